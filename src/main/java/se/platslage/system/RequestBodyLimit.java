package se.platslage.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Refuses request bodies above {@code platslage.api.max-body-bytes} with 413 before they are parsed:
 * by Content-Length when it is sent, and by counting when the body is chunked. File uploads (multipart)
 * have their own limits.
 */
@Component
class RequestBodyLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final ObjectMapper json;

    RequestBodyLimit(ApiProperties api, ObjectMapper json) {
        this.maxBytes = api.maxBodyBytes();
        this.json = json;
    }

    /** Thrown by the counting stream; {@link ApiErrors} turns it into a 413. */
    static class TooLargeException extends IOException {
        TooLargeException(long maxBytes) {
            super("the request body exceeds " + maxBytes + " bytes");
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            ProblemDetail problem = ProblemType.PAYLOAD_TOO_LARGE.problem("the request body is "
                    + request.getContentLengthLong() + " bytes; at most " + maxBytes + " are accepted");
            problem.setProperty("field", "body");
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        chain.doFilter(new Limited(request, maxBytes), response);
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long maxBytes;

        Limited(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    count(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] buffer, int off, int len) throws IOException {
                    int n = in.read(buffer, off, len);
                    count(Math.max(n, 0));
                    return n;
                }

                private void count(int n) throws TooLargeException {
                    read += n;
                    if (read > maxBytes) {
                        throw new TooLargeException(maxBytes);
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
