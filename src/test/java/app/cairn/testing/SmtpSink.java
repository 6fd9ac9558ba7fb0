package app.cairn.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * A minimal SMTP server on 127.0.0.1 that keeps no message, only how many arrived and how often each Message-ID
 * did: what the delivery failure tests, the reliability runs and the throughput benchmark need. GreenMail (used
 * elsewhere) keeps every message in memory and cannot refuse a recipient with a chosen reply; this can
 * ({@link #refuseRecipients}), and it can be stopped and started on the same port to play a server that is down.
 */
public final class SmtpSink implements AutoCloseable {

    private final Map<String, Integer> messageIds = new ConcurrentHashMap<>();
    /** Open connections, each with whether it is inside a mail transaction (from MAIL to the reply to DATA). */
    private final Map<Socket, java.util.concurrent.atomic.AtomicBoolean> connections = new ConcurrentHashMap<>();

    private final AtomicLong received = new AtomicLong();
    private volatile UnaryOperator<String> recipientReply = address -> null;
    private volatile ServerSocket server;
    private volatile boolean closing;
    private int port;

    /** Starts on a free port. */
    public static SmtpSink start() throws IOException {
        SmtpSink sink = new SmtpSink();
        sink.listen(0);
        return sink;
    }

    /** The port it listens on (the same after a restart). */
    public int port() {
        return port;
    }

    /** Messages accepted so far. */
    public long received() {
        return received.get();
    }

    /** How many different Message-IDs arrived. */
    public int distinctMessages() {
        return messageIds.size();
    }

    /** How many Message-IDs arrived more than once. */
    public long doubled() {
        return messageIds.values().stream().filter(n -> n > 1).count();
    }

    /** Answers RCPT TO with the reply the function gives for the address (null: accept). */
    public void refuseRecipients(UnaryOperator<String> reply) {
        this.recipientReply = reply;
    }

    /**
     * Goes down as a server does for maintenance: stops listening, closes idle connections at once and each
     * busy one as soon as it has answered the message it is taking, so no message is left half-accepted.
     */
    public void stop() throws IOException {
        closing = true;
        server.close();
        for (Map.Entry<Socket, java.util.concurrent.atomic.AtomicBoolean> connection : connections.entrySet()) {
            if (!connection.getValue().get()) {
                connection.getKey().close();
            }
        }
    }

    /**
     * Goes down as a crashing server does: stops listening and cuts every connection at once, even one whose
     * message it has taken but not yet confirmed. The sender cannot know that such a message arrived (the
     * duplicate-message problem of SMTP, RFC 1047) and sends it again.
     */
    public void drop() throws IOException {
        closing = true;
        server.close();
        for (Socket socket : connections.keySet()) {
            socket.close();
        }
    }

    /** Listens again on the same port. */
    public void restart() throws IOException {
        closing = false;
        listen(port);
    }

    @Override
    public void close() throws IOException {
        drop();
    }

    private void listen(int at) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), at), 100);
        server = socket;
        port = socket.getLocalPort();
        Thread.ofVirtual().name("smtp-sink-accept").start(() -> accept(socket));
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                connections.put(client, new java.util.concurrent.atomic.AtomicBoolean());
                Thread.ofVirtual().start(() -> serve(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client;
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
                OutputStream out = client.getOutputStream()) {
            java.util.concurrent.atomic.AtomicBoolean busy = connections.get(client);
            reply(out, "220 sink ESMTP");
            String line;
            while (!closing && (line = in.readLine()) != null) {
                String command = line.length() < 4
                        ? line.toUpperCase(Locale.ROOT)
                        : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO" -> reply(out, "250-sink\r\n250-PIPELINING\r\n250 8BITMIME");
                    case "MAIL" -> {
                        busy.set(true);
                        reply(out, "250 OK");
                    }
                    case "RSET" -> {
                        busy.set(false);
                        reply(out, "250 OK");
                    }
                    case "HELO", "NOOP" -> reply(out, "250 OK");
                    case "RCPT" -> {
                        String refusal = recipientReply.apply(address(line));
                        reply(out, refusal == null ? "250 OK" : refusal);
                    }
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        data(in);
                        reply(out, "250 OK queued");
                        busy.set(false);
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "502 not implemented");
                }
            }
        } catch (IOException dropped) {
            // the client went away, or the sink was stopped
        } finally {
            connections.remove(client);
        }
    }

    private void data(BufferedReader in) throws IOException {
        String id = null;
        boolean headers = true;
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            if (headers && line.isEmpty()) {
                headers = false;
            } else if (headers && line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                id = line.substring(11).strip();
            }
        }
        received.incrementAndGet();
        if (id != null) {
            messageIds.merge(id, 1, Integer::sum);
        }
    }

    private static String address(String line) {
        int start = line.indexOf('<');
        int end = line.indexOf('>');
        return start >= 0 && end > start
                ? line.substring(start + 1, end)
                : line.substring(8).strip();
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
