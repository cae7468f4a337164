package id.kombel.platform.web;

import java.util.List;
import java.util.Locale;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Maps every failure to an RFC 9457 problem, once for all services. Client mistakes get a stable type
 * and field errors; anything unexpected is logged with its stack trace and answered with a generic
 * 500 that reveals nothing about the internals.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final Problems problems;

    public ProblemDetailsAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> onApiException(ApiException e) {
        log.debug("{}: {}", e.type(), e.getMessage());
        return ResponseEntity.status(e.status()).body(problems.of(e.status(), e.type(), locale(), e.detailArguments()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> onConcurrentChange(OptimisticLockingFailureException e) {
        log.debug("concurrent modification: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problems.of(HttpStatus.CONFLICT, "concurrent-modification", locale()));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> onDuplicate(DuplicateKeyException e) {
        log.debug("duplicate key: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problems.of(HttpStatus.CONFLICT, "duplicate", locale()));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> onUnauthenticated(AuthenticationException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", locale()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> onAccessDenied(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(problems.of(HttpStatus.FORBIDDEN, "forbidden", locale()));
    }

    /**
     * Tomcat decodes the query string only when a parameter is first read, in the handler's argument
     * resolution: bytes that are not UTF-8 (an encoded lone surrogate) are the client's mistake.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> onUndecodableParameters(InvalidParameterException e) {
        log.debug("undecodable request parameters: {}", e.getMessage());
        return ResponseEntity.badRequest().body(problems.of(HttpStatus.BAD_REQUEST, "malformed-request", locale()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> onUnexpected(Exception e) {
        log.error("unexpected failure", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", locale()));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return validationProblem(fieldErrors(e.getBindingResult()), headers);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> parameterErrors(result).stream())
                .toList();
        return validationProblem(errors, headers);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(
            Exception e, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String type = typeOf(e, status);
        ProblemDetail problem = problems.of(status, type, locale());
        if (e instanceof MissingServletRequestParameterException missing) {
            problem.setProperty("parameter", missing.getParameterName());
        }
        if (e instanceof MissingRequestHeaderException missing) {
            problem.setProperty("header", missing.getHeaderName());
        }
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            problem.setProperty("parameter", mismatch.getName());
        }
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    private static String typeOf(Exception e, HttpStatusCode status) {
        if (e instanceof HttpMessageNotReadableException) {
            return "malformed-request";
        }
        if (e instanceof MethodArgumentTypeMismatchException
                || e instanceof MissingServletRequestParameterException
                || e instanceof MissingRequestHeaderException) {
            return "invalid-parameter";
        }
        if (e instanceof HttpRequestMethodNotSupportedException) {
            return "method-not-allowed";
        }
        if (e instanceof HttpMediaTypeNotSupportedException) {
            return "unsupported-media-type";
        }
        if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
            return "not-found";
        }
        return status.is5xxServerError() ? "internal" : "bad-request";
    }

    private ResponseEntity<Object> validationProblem(List<FieldError> errors, HttpHeaders headers) {
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "validation", locale());
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    private List<FieldError> fieldErrors(BindingResult result) {
        return result.getFieldErrors().stream()
                .map(error -> new FieldError(
                        error.getField(),
                        error.getCode() == null ? "Invalid" : error.getCode(),
                        problems.fieldMessage(
                                error.getCode() == null ? "Invalid" : error.getCode(),
                                error.getArguments(),
                                error.getDefaultMessage() == null ? "invalid" : error.getDefaultMessage(),
                                locale())))
                .toList();
    }

    private List<FieldError> parameterErrors(ParameterValidationResult result) {
        String name = result.getMethodParameter().getParameterName();
        return result.getResolvableErrors().stream()
                .map(error -> {
                    String[] codes = error.getCodes();
                    String code = codes == null || codes.length == 0 ? "Invalid" : last(codes[codes.length - 1]);
                    return new FieldError(
                            name == null ? "parameter" : name,
                            code,
                            problems.fieldMessage(
                                    code,
                                    error.getArguments(),
                                    error.getDefaultMessage() == null ? "invalid" : error.getDefaultMessage(),
                                    locale()));
                })
                .toList();
    }

    private static String last(String code) {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? code : code.substring(dot + 1);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
