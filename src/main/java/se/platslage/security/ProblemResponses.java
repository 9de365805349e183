package se.platslage.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import se.platslage.system.ProblemType;

/** problem+json answers written from the security filters, which run before Spring MVC's error advice. */
@Component
class ProblemResponses {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    void write(HttpServletResponse response, ProblemType type, String detail) throws IOException {
        write(response, type, detail, null);
    }

    void write(HttpServletResponse response, ProblemType type, String detail, String field) throws IOException {
        ProblemDetail problem = type.problem(detail);
        if (field != null) {
            problem.setProperty("field", field);
        }
        response.setStatus(type.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
