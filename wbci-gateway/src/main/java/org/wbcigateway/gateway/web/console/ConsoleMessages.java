package org.wbcigateway.gateway.web.console;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Console texts (i18n/console*.properties) in the request's language, for text built in Java. */
@Component
class ConsoleMessages {

    private final MessageSource messages;

    ConsoleMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(HttpServletRequest request, String key, Object... args) {
        return messages.getMessage(key, args, key, RequestContextUtils.getLocale(request));
    }
}
