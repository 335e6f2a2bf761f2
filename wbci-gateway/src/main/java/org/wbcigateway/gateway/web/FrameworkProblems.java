package org.wbcigateway.gateway.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Spring MVC's own refusals as problems (in place of Spring Boot's default handler, which it replaces), worded for
 * a client: a path that no endpoint serves is "no endpoint GET /api/x", not the framework's "No static resource".
 */
@ControllerAdvice
class FrameworkProblems extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        e.getBody().setDetail("no endpoint " + e.getHttpMethod() + " /" + e.getResourcePath());
        e.getBody().setTitle("Not found");
        return handleExceptionInternal(e, null, headers, status, request);
    }
}
