package org.wbcigateway.gateway.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;
import org.wbcigateway.gateway.platform.config.TextInput;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request of the API or the console whose path or parameters hold a control character (400,
 * problem+json, rule {@code control-character}): no identifier, name or search term has one, and PostgreSQL refuses
 * NUL in a text parameter — the query would fail with a 500. JSON bodies are checked as they are read
 * ({@link TextInput}); the WBCI endpoint has its own answers (TEQ 0995).
 */
public class ControlCharacters extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (TextInput.controlCharacter(path) >= 0) {
            refuse(response, "the path holds a control character");
            return;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            boolean found = TextInput.controlCharacter(parameter.getKey()) >= 0;
            for (String value : parameter.getValue()) {
                found |= TextInput.controlCharacter(value) >= 0;
            }
            if (found) {
                refuse(
                        response,
                        "the parameter '" + TextInput.storable(parameter.getKey()) + "' holds a control character");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The problem, written by a JSON mapper: the detail quotes a parameter's name, which may hold anything. */
    private static void refuse(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/problem+json");
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", "Invalid request");
        problem.put("status", HttpServletResponse.SC_BAD_REQUEST);
        problem.put("detail", detail);
        problem.put("rule", "control-character");
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
