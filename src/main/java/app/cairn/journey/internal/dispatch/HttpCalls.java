package app.cairn.journey.internal.dispatch;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * One outgoing HTTP call, with its answer sorted into done, worth trying again, and refused for good. The answer's
 * body is never read into Cairn (it may hold whatever the other side chose to say), only its status.
 */
public final class HttpCalls {

    private HttpCalls() {}

    /**
     * Makes the call.
     *
     * @throws IOException when it failed but may succeed later: unreachable, timed out, 408, 429 or 5xx
     * @throws IllegalArgumentException when it was refused for good: any other status from 300 up
     */
    public static void send(HttpClient http, HttpRequest request) throws IOException {
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", interrupted);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        String answer = "HTTP " + status;
        if (status == 408 || status == 429 || status >= 500) {
            throw new IOException(answer);
        }
        throw new IllegalArgumentException(answer);
    }
}
