package se.platslage.system;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where exceptions become HTTP answers: RFC 9457 problem+json, with {@code field} naming
 * the request field at fault. A client mistake is always a 4xx; only our own faults are a 500, and those
 * never echo internals.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    /** A record's own URL, whose version a lost race reports; tables from this fixed map, never the request. */
    private static final Pattern RECORD = Pattern.compile(
            "/api/(places|problems|measures|targets)/(\\d{1,18})(/.*)?");
    private static final Map<String, String> TABLES = Map.of("places", "place",
            "problems", "problem", "measures", "measure", "targets", "classification_target");

    private final JdbcTemplate jdbc;

    ApiErrors(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail problem = fieldProblem(e.field(), e.getMessage());
        if (e instanceof InvalidInputsException many) {
            problem.setProperty("errors", many.errors());
        }
        if (e instanceof PreconditionRequiredException) {
            problem.setStatus(HttpStatus.PRECONDITION_REQUIRED);
            problem.setType(ProblemType.PRECONDITION_REQUIRED.uri());
            problem.setTitle("Precondition required");
        }
        return problem;
    }

    @ExceptionHandler(TooLargeException.class)
    ProblemDetail tooLarge(TooLargeException e) {
        ProblemDetail problem = ProblemType.PAYLOAD_TOO_LARGE.problem(e.field() + ": " + e.getMessage());
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return ProblemType.FORBIDDEN.problem(e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemType.NOT_FOUND.problem(e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = ProblemType.CONFLICT.problem(e.getMessage());
        e.details().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail staleWrite(ObjectOptimisticLockingFailureException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemType.CONFLICT.problem(
                "the record was changed by someone else meanwhile; read it again and repeat the change");
        problem.setProperty("currentVersion", currentVersion(request.getRequestURI().substring(
                request.getContextPath().length())));
        return problem;
    }

    /**
     * The version the record of the request's URL has now (a 409 always says it, as the README promises), read
     * after the losing transaction rolled back. The database's own race detection does not always say which row
     * (a batched update only reports a count), the URL does.
     */
    private Long currentVersion(String path) {
        Matcher m = RECORD.matcher(path);
        if (!m.matches()) {
            return null;
        }
        try {
            return jdbc.query("select version from " + TABLES.get(m.group(1)) + " where id = ?",
                    rs -> rs.next() ? rs.getLong(1) : null, Long.parseLong(m.group(2)));
        } catch (RuntimeException e) {
            log.warn("could not read the current version of {}", path, e);
            return null;
        }
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return fieldProblem(e.getName(), "'" + e.getValue() + "' is not " + kind(e.getRequiredType()));
    }

    /** The read timeout ({@link ReadTimeout}) cancelled the query, or its deadline had passed before one ran. */
    @ExceptionHandler({QueryTimeoutException.class, TransactionTimedOutException.class,
            jakarta.persistence.QueryTimeoutException.class})
    ProblemDetail timedOut(Exception e) {
        log.warn("Request stopped by the read timeout: {}", e.getMessage());
        ProblemDetail problem = ProblemType.UNAVAILABLE.problem(
                "the request took longer than the read timeout and was stopped; narrow the selection (bbox, "
                        + "filters) or try again later");
        problem.setTitle("Timed out");
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error", e);
        return ProblemType.INTERNAL_ERROR.problem("an unexpected error occurred; it has been logged");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getMostSpecificCause();
        InvalidInputException invalid = findCause(e, InvalidInputException.class);
        RequestBodyLimit.TooLargeException tooLarge = findCause(e, RequestBodyLimit.TooLargeException.class);
        ProblemDetail problem;
        if (tooLarge != null) {
            problem = ProblemType.PAYLOAD_TOO_LARGE.problem(tooLarge.getMessage());
            problem.setProperty("field", "body");
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
        } else if (e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")) {
            problem = fieldProblem("body", "the request body is missing");
        } else if (invalid != null) {
            JsonMappingException mapping = findCause(e, JsonMappingException.class);
            String field = mapping != null && !mapping.getPath().isEmpty() ? path(mapping.getPath()) : invalid.field();
            problem = fieldProblem(field, invalid.getMessage());
        } else if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            problem = fieldProblem(path(unknown.getPath()), "unknown property; expected one of "
                    + unknown.getKnownPropertyIds());
        } else if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            problem = fieldProblem(path(mapping.getPath()), "wrong type or format: expected "
                    + kind(mapping instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null));
        } else {
            problem = fieldProblem("body", "malformed JSON: " + (cause == null ? e.getMessage() : cause.getMessage())
                    .replaceAll("\\s*at \\[Source.*", "").replaceAll("\\n.*", ""));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /** Answers Spring MVC builds itself (405, 406, 415, 404 for no route …) get the service's types too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && URI.create("about:blank").equals(problem.getType())) {
            ProblemType.of(status.value()).ifPresent(type -> problem.setType(type.uri()));
        }
        return response;
    }

    /** Spring's own multipart limit (spring.servlet.multipart.*), the backstop behind the photo limits. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            org.springframework.web.multipart.MaxUploadSizeExceededException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemType.PAYLOAD_TOO_LARGE.problem("file: the upload exceeds the largest accepted");
        problem.setProperty("field", "file");
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(fieldErrors(e.getFieldErrors()));
    }

    @ExceptionHandler(BindException.class)
    ProblemDetail bind(BindException e) {
        return fieldErrors(e.getFieldErrors());
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var result = e.getParameterValidationResults().get(0);
        String field = result.getMethodParameter().getParameterName();
        String message = result.getResolvableErrors().get(0).getDefaultMessage();
        return ResponseEntity.badRequest().body(fieldProblem(field, message));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(fieldProblem(e.getParameterName(), "is required"));
    }

    /**
     * What a client should send, in the API's words, never a Java type name (issue 17: 400s said
     * {@code java.lang.Long}).
     */
    static String kind(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        } else if (type == Long.class || type == long.class || type == Integer.class || type == int.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        } else if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        } else if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        } else if (type == java.time.LocalDate.class) {
            return "a date YYYY-MM-DD";
        } else if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "a date and time (ISO 8601, e.g. 2025-09-30T18:00:00Z)";
        } else if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c instanceof Coded coded ? coded.code() : c.toString()).toList();
        } else if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
            return "text";
        } else if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    private static ProblemDetail fieldErrors(List<FieldError> unordered) {
        // Bean Validation reports in no fixed order; sorted, the same request always names the same field.
        List<FieldError> errors = unordered.stream().sorted(java.util.Comparator.comparing(FieldError::getField)).toList();
        FieldError first = errors.get(0);
        ProblemDetail problem = fieldProblem(first.getField(), describe(first));
        problem.setProperty("errors", errors.stream()
                .map(error -> java.util.Map.of("field", error.getField(), "message", describe(error)))
                .toList());
        return problem;
    }

    private static String describe(FieldError error) {
        return error.isBindingFailure()
                ? "'" + error.getRejectedValue() + "' has the wrong type"
                : error.getDefaultMessage();
    }

    private static ProblemDetail fieldProblem(String field, String message) {
        ProblemDetail problem = ProblemType.INVALID_INPUT.problem(field + ": " + message);
        problem.setProperty("field", field);
        return problem;
    }

    private static String path(List<JsonMappingException.Reference> path) {
        return path.stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
