package se.platslage.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import se.platslage.system.ProblemType;

/**
 * Addresses Spring Security's firewall refuses (an encoded ; % or / in a path, a path that walks up with
 * ..) get the same problem+json every other client mistake gets, naming the path, instead of a bare 400.
 * Picked up by Spring Security as the application's RequestRejectedHandler.
 */
@Component
class RejectedAddresses implements RequestRejectedHandler {

    private final ProblemResponses problems;

    RejectedAddresses(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        // The firewall's own reason names the kind of character, never echoes the address.
        problems.write(response, ProblemType.INVALID_INPUT, "the address is not accepted: " + e.getMessage(), "path");
    }
}
