package org.wbcigateway.gateway.web.api;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.wbcigateway.domain.id.InvalidValueException;
import org.wbcigateway.domain.rule.Violation;
import org.wbcigateway.gateway.actions.ProtocolViolationException;
import org.wbcigateway.gateway.actions.ResendMessage;
import org.wbcigateway.gateway.platform.observability.Failures;
import org.wbcigateway.gateway.platform.partners.PartnerDirectoryException;
import org.wbcigateway.gateway.platform.persistence.DatabaseUnavailable;
import org.wbcigateway.gateway.platform.persistence.ValueTooLong;
import org.wbcigateway.gateway.vorabstimmung.NotFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every refusal of the REST API as an RFC 9457 problem ({@code application/problem+json}): 400 for a body or value
 * that cannot be read or breaks its simple type, 404 for what does not exist, 409 for an action the Vorabstimmung's
 * state forbids, 422 for a message whose content or dates break a protocol rule, 503 while the database is away.
 * Never a stack trace.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /** One broken rule in a problem's {@code violations}. */
    record ViolationView(String rule, String description, String detail) {

        static ViolationView of(Violation v) {
            return new ViolationView(v.rule().id(), v.rule().description(), v.detail());
        }
    }

    @ExceptionHandler(ProtocolViolationException.class)
    ProblemDetail protocolViolation(ProtocolViolationException e) {
        HttpStatus status = e.kind() == ProtocolViolationException.Kind.STATE
                ? HttpStatus.CONFLICT
                : HttpStatus.UNPROCESSABLE_CONTENT;
        List<Violation> violations = e.violations();
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        p.setTitle(
                violations.isEmpty()
                        ? "Protocol rule broken"
                        : "Protocol rule broken: " + violations.get(0).rule().id()
                                + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""));
        p.setProperty("kind", e.kind().name());
        p.setProperty("violations", violations.stream().map(ViolationView::of).toList());
        log.info("refused ({}): {}", e.kind(), e.getMessage());
        return p;
    }

    /** A caller whose role allows the operation, but not on this data (e.g. the provider's audit for a tenant's user). */
    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ProblemDetail forbidden(org.springframework.security.access.AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(org.springframework.http.HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setTitle("Not found");
        return p;
    }

    @ExceptionHandler(PartnerDirectoryException.class)
    ProblemDetail partnerDirectory(PartnerDirectoryException e) {
        boolean notFound = e.reason() == PartnerDirectoryException.Reason.NOT_FOUND;
        ProblemDetail p =
                ProblemDetail.forStatusAndDetail(notFound ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT, e.getMessage());
        p.setTitle(notFound ? "Not found" : "Managed by configuration");
        p.setProperty("reason", e.reason().name());
        return p;
    }

    @ExceptionHandler(org.wbcigateway.gateway.inbound.BundleInbox.AlreadyRoutedException.class)
    ProblemDetail alreadyRouted(org.wbcigateway.gateway.inbound.BundleInbox.AlreadyRoutedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("Routed already");
        return p;
    }

    @ExceptionHandler(org.wbcigateway.gateway.platform.security.TenantSigningKeys.NotConfiguredException.class)
    ProblemDetail notConfigured(RuntimeException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("Not configured");
        return p;
    }

    @ExceptionHandler(org.wbcigateway.gateway.platform.tenancy.Tenants.ConfiguredException.class)
    ProblemDetail managedByConfiguration(RuntimeException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("Managed by configuration");
        return p;
    }

    @ExceptionHandler(org.wbcigateway.gateway.privacy.Erasure.StillOpenException.class)
    ProblemDetail stillOpen(RuntimeException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("Vorabstimmung still open");
        return p;
    }

    @ExceptionHandler(ResendMessage.NotDeadException.class)
    ProblemDetail notDead(ResendMessage.NotDeadException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("Not a dead letter");
        return p;
    }

    /** A domain value that breaks its simple type (rule = the type's name) or a missing/contradictory part. */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalidValue(IllegalArgumentException e) {
        String rule = e instanceof InvalidValueException ive && ive.type() != null
                ? ive.type().name()
                : "structure";
        return badRequest(rule, e.getMessage());
    }

    /** Malformed JSON, a value of the wrong type, an unknown enum constant, a missing body. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof JacksonException j) {
                return badRequest("structure", describe(j));
            }
        }
        return badRequest(
                "structure",
                e.getMessage() != null && e.getMessage().startsWith("Required request body")
                        ? "a JSON request body is required"
                        : "the request body cannot be read as JSON");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return badRequest(
                "structure",
                e.getName() + ": '" + e.getValue() + "' is not "
                        + (e.getRequiredType() == null ? "valid" : expected(e.getRequiredType())));
    }

    @ExceptionHandler(ConcurrencyFailureException.class)
    ProblemDetail concurrentChange(ConcurrencyFailureException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "the Vorabstimmung was changed concurrently; read it again and retry");
        p.setTitle("Concurrent change");
        return p;
    }

    /**
     * Framework errors keep their status (415, 405, ...); the database being away is a 503 with Retry-After (the
     * transaction was rolled back, or in the rare cut during its commit may have been applied: a client that retries
     * a creating request should check first); anything else is a 500 without internals.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> other(Exception e) {
        if (e instanceof ErrorResponse er) {
            ProblemDetail body = er.getBody();
            body.setDetail(Failures.withoutJavaNames(body.getDetail()));
            return ResponseEntity.status(er.getStatusCode())
                    .headers(er.getHeaders())
                    .body(body);
        }
        if (DatabaseUnavailable.is(e)) {
            log.warn("REST request answered 503: database unavailable ({})", e.getMessage());
            ProblemDetail p = ProblemDetail.forStatusAndDetail(
                    HttpStatus.SERVICE_UNAVAILABLE, "the database is unavailable; retry later");
            p.setTitle("Database unavailable");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header("Retry-After", "5")
                    .body(p);
        }
        if (ValueTooLong.is(e)) {
            return ResponseEntity.badRequest()
                    .body(badRequest(
                            "structure",
                            "a value of the request is longer than the gateway keeps for it; nothing was changed"));
        }
        log.error("unexpected error in the REST API", e);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "an internal error occurred; see the gateway's log");
        p.setTitle("Internal error");
        return ResponseEntity.internalServerError().body(p);
    }

    /** The problem this handler answers for {@code e}, for a line of a bulk request. */
    ResponseEntity<ProblemDetail> problemOf(Exception e) {
        ProblemDetail p;
        if (e instanceof ProtocolViolationException v) {
            p = protocolViolation(v);
        } else if (e instanceof NotFoundException n) {
            p = notFound(n);
        } else if (e instanceof ResendMessage.NotDeadException d) {
            p = notDead(d);
        } else if (e instanceof IllegalArgumentException i) {
            p = invalidValue(i);
        } else if (e instanceof ConcurrencyFailureException c) {
            p = concurrentChange(c);
        } else if (e instanceof JacksonException j) {
            p = badRequest("structure", describe(j));
        } else {
            return other(e);
        }
        return ResponseEntity.status(p.getStatus()).body(p);
    }

    private static ProblemDetail badRequest(String rule, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        p.setTitle("Invalid request");
        p.setProperty("rule", rule);
        return p;
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == java.time.OffsetDateTime.class || type == java.time.Instant.class) {
            return "a date and time (ISO 8601, e.g. 2026-12-16T10:00:00+01:00)";
        }
        return shape(type);
    }

    /** Where in the body reading failed, and why: Jackson's message, or for a bad value what was expected. */
    private static String describe(JacksonException j) {
        String path = j.getPath().stream()
                .map(r -> r.getPropertyName() != null
                        ? "." + r.getPropertyName()
                        : r.getIndex() >= 0 ? "[" + r.getIndex() + "]" : "")
                .collect(Collectors.joining());
        String message;
        if (j instanceof UnrecognizedPropertyException u) {
            message = "unknown field \"" + u.getPropertyName() + "\""
                    + (u.getKnownPropertyIds() == null
                                    || u.getKnownPropertyIds().isEmpty()
                            ? ""
                            : "; known: "
                                    + u.getKnownPropertyIds().stream()
                                            .map(String::valueOf)
                                            .sorted()
                                            .collect(Collectors.joining(", ")));
        } else if (j instanceof InvalidFormatException f && f.getTargetType() != null) {
            message = "'" + f.getValue() + "' is not " + expected(f.getTargetType());
        } else if (j instanceof MismatchedInputException m && m.getTargetType() != null) {
            message = "expected " + shape(m.getTargetType());
        } else {
            message = Failures.withoutJavaNames(j.getOriginalMessage());
        }
        return (path.isEmpty() ? "" : "at " + path.substring(path.startsWith(".") ? 1 : 0) + ": ") + message;
    }

    /** What a JSON value for this type looks like, in the client's terms. */
    private static String shape(Class<?> type) {
        if (type.isEnum() || type == LocalDate.class) {
            return expected(type);
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
