package org.wbcigateway.gateway.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One audit line for every answer of a handler marked {@link PersonalDataRead} that showed something (2xx): who read
 * what ({@code READ GET /api/vorabstimmungen/{id}}, and the path variable as target, e.g. the VA-ID or contract id),
 * through which channel. For a search, the names of the
 * criteria, not their values: the audit log itself should not become a second copy of the data. Refused and empty
 * reads (403, 404) are audited already by {@link ApiAuditFilter} and the console's model advice.
 */
public class PersonalDataReadAudit implements HandlerInterceptor {

    private final AuditTrail audit;

    public PersonalDataReadAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!(handler instanceof HandlerMethod method) || ex != null || response.getStatus() >= 300) {
            return;
        }
        PersonalDataRead read = method.getMethodAnnotation(PersonalDataRead.class);
        if (read == null) {
            return;
        }
        boolean console = request.getRequestURI().startsWith(request.getContextPath() + "/console");
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        audit.record(
                AuditTrail.currentActor(),
                console ? AuditEntry.Channel.CONSOLE : AuditEntry.Channel.API,
                "READ " + request.getMethod() + " " + pattern,
                target(request, read),
                String.valueOf(response.getStatus()),
                criteria(request),
                request.getRemoteAddr());
    }

    private static String target(HttpServletRequest request, PersonalDataRead read) {
        Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (vars instanceof Map<?, ?> map && !map.isEmpty()) {
            return String.valueOf(
                    map.containsKey("id")
                            ? map.get("id")
                            : map.values().iterator().next());
        }
        for (String parameter : read.targetParameters()) {
            String value = request.getParameter(parameter);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    /** The query's parameter names ({@code criteria: name, number}), or nothing. */
    private static String criteria(HttpServletRequest request) {
        TreeSet<String> names = new TreeSet<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 0 && !values[0].isBlank()) {
                names.add(name);
            }
        });
        return names.isEmpty() ? null : "criteria: " + String.join(", ", names);
    }
}
