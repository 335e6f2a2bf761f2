package org.wbcigateway.gateway.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;
import org.wbcigateway.gateway.platform.config.TextInput;

/**
 * Refuses a request of the API or the console whose path or parameters hold a control character (400,
 * problem+json, rule {@code control-character}): no identifier, name or search term has one, and PostgreSQL refuses
 * NUL in a text parameter — the query would fail with a 500. JSON bodies are checked as they are read
 * ({@link TextInput}); the WBCI endpoint has its own answers (TEQ 0995).
 */
public class ControlCharacters extends OncePerRequestFilter {

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
                        "the parameter '" + TextInput.printable(parameter.getKey()) + "' holds a control character");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/problem+json");
        response.getOutputStream()
                .write(("{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,\"detail\":\"" + detail
                                + "\",\"rule\":\"control-character\"}")
                        .getBytes(StandardCharsets.UTF_8));
    }
}
