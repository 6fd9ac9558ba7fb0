package app.cairn.ingest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How large an API request's body may be, per endpoint ({@link #LIMITS}; 256 KB for any other): a body
 * announced as larger is answered 413 before it is read, and a body sent without its length is read no further than
 * one byte past the limit and answered 413 as well, so a few huge requests cannot fill the memory. A body within
 * the limit is read here, once, and handed on.
 */
final class RequestBodyLimit extends OncePerRequestFilter {

    /** The largest body each endpoint takes, by path. */
    static final List<Limit> LIMITS = List.of(
            new Limit(Pattern.compile("/api/v1/orders"), 1 << 20),
            new Limit(Pattern.compile("/api/v1/journeys/[^/]+/enrolments"), 4 << 20));

    static final int OTHERS = 256 << 10;

    /** A body limit for the paths matching {@code path}. */
    record Limit(Pattern path, int bytes) {}

    /** The largest body the path takes. */
    static int limitFor(String path) {
        return LIMITS.stream()
                .filter(limit -> limit.path().matcher(path).matches())
                .mapToInt(Limit::bytes)
                .findFirst()
                .orElse(OTHERS);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        int limit = limitFor(path);
        if (request.getContentLengthLong() > limit) {
            refuse(response, limit);
            return;
        }
        // read at most one byte past the limit: a body sent without its length is cut off there
        byte[] body = request.getInputStream().readNBytes(limit + 1);
        if (body.length > limit) {
            refuse(response, limit);
            return;
        }
        chain.doFilter(new ReadRequest(request, body), response);
    }

    private static void refuse(HttpServletResponse response, int limit) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Connection", "close");
        String detail = "The body is larger than this endpoint takes (" + limit + " bytes)";
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":\"" + detail
                        + "\",\"limit\":" + limit + ",\"errors\":[]}");
    }

    /** The request with its body already read (never more than the limit). */
    private static final class ReadRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            Charset charset =
                    getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
