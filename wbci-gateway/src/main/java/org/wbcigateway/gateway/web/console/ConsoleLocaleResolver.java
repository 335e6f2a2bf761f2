package org.wbcigateway.gateway.web.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The console's language: German unless the operator chose English ({@code ?lang=en}, kept in a cookie). A document
 * for a person outside the console (the access export, {@code /api/personal-data/document}) is German unless the
 * request asks for English (Accept-Language). Elsewhere the Accept-Language header decides, as before.
 */
class ConsoleLocaleResolver implements LocaleResolver {

    static final Locale ENGLISH = Locale.ENGLISH;
    static final Locale GERMAN = Locale.GERMAN;

    private final CookieLocaleResolver console = new CookieLocaleResolver("wbci-console-lang");
    private final AcceptHeaderLocaleResolver documents = new AcceptHeaderLocaleResolver();
    private final AcceptHeaderLocaleResolver elsewhere = new AcceptHeaderLocaleResolver();

    ConsoleLocaleResolver() {
        console.setDefaultLocale(GERMAN);
        documents.setDefaultLocale(GERMAN);
        documents.setSupportedLocales(java.util.List.of(GERMAN, ENGLISH));
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (isConsole(request)) {
            return console.resolveLocale(request);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api/personal-data/document")
                ? documents.resolveLocale(request)
                : elsewhere.resolveLocale(request);
    }

    /** Only German and English, only in the console; anything else is ignored. */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (isConsole(request)
                && locale != null
                && (locale.getLanguage().equals(GERMAN.getLanguage())
                        || locale.getLanguage().equals(ENGLISH.getLanguage()))) {
            console.setLocale(request, response, new Locale(locale.getLanguage()));
        }
    }

    static boolean isConsole(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/console") || path.startsWith("/console/");
    }
}
