package se.platslage.system;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The service's one vocabulary of problem types (RFC 9457 §3.1.1): every error answer, from the error advice
 * or from a security filter, names one of these, so a client can tell kinds of failure apart by {@code type}
 * without parsing titles. The URIs identify; they are not meant to be fetched.
 */
public enum ProblemType {
    INVALID_INPUT("invalid-input", HttpStatus.BAD_REQUEST, "Invalid input"),
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Unauthorized"),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Forbidden"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
    CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict"),
    GONE("gone", HttpStatus.GONE, "Gone"),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    PRECONDITION_REQUIRED("precondition-required", HttpStatus.PRECONDITION_REQUIRED, "Precondition required"),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error"),
    UNAVAILABLE("unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable");

    private static final String BASE = "https://platslage.se/problems/";

    private final URI uri;
    private final HttpStatus status;
    private final String title;

    ProblemType(String code, HttpStatus status, String title) {
        this.uri = URI.create(BASE + code);
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return uri;
    }

    public HttpStatus status() {
        return status;
    }

    /** A problem of this type with its status and title. */
    public ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(uri);
        problem.setTitle(title);
        return problem;
    }

    /** The type for an HTTP status, for answers Spring builds itself (405, 406, 415 …). */
    public static Optional<ProblemType> of(int status) {
        return Arrays.stream(values()).filter(t -> t.status.value() == status).findFirst();
    }
}
