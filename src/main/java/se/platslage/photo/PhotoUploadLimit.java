package se.platslage.photo;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import se.platslage.system.ProblemType;

/**
 * Refuses a photo upload whose Content-Length is above {@code platslage.photos.max-request-size} with 413
 * before a byte of it is read or parsed. Uploads without a length (chunked) are held to the same limit by
 * the multipart parser ({@code spring.servlet.multipart.max-request-size}) and each photo by {@link Photos}.
 */
@Component
class PhotoUploadLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final ObjectMapper json;

    PhotoUploadLimit(PhotoProperties properties, ObjectMapper json) {
        this.maxBytes = properties.maxRequestSize().toBytes();
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !path.startsWith("/api/") || !path.endsWith("/photos");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > maxBytes) {
            ProblemDetail problem = ProblemType.PAYLOAD_TOO_LARGE.problem("file: the upload is " + length
                    + " bytes; at most " + maxBytes + " are accepted per request");
            problem.setProperty("field", "file");
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            // Nothing of the body is read: tell the client not to send the rest on this connection.
            response.setHeader("Connection", "close");
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        chain.doFilter(request, response);
    }
}
