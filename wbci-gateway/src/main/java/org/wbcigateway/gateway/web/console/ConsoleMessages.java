package org.wbcigateway.gateway.web.console;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.wbcigateway.domain.rule.Violation;

/** Console texts (i18n/console*.properties, i18n/rules*.properties) in the request's language, for text built in Java. */
@Component
class ConsoleMessages {

    private final MessageSource messages;

    ConsoleMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(HttpServletRequest request, String key, Object... args) {
        return messages.getMessage(key, args, key, RequestContextUtils.getLocale(request));
    }

    /**
     * A broken rule as the operator reads it: the rule in the request's language (i18n/rules*.properties), then its
     * id and the detail of this occurrence, which stay as the gateway logs them.
     */
    String violation(HttpServletRequest request, Violation v) {
        String rule = messages.getMessage(
                "rule." + v.rule().id(), null, v.rule().description(), RequestContextUtils.getLocale(request));
        return rule + " (" + v.rule().id() + ": " + v.detail() + ")";
    }
}
