package org.wbcigateway.gateway.web.console;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The console's words for values the gateway stores as codes (contract status, event types, change requests, audit
 * channels and outcomes, refusal kinds, Geschaeftsfall): {@code @labels.of('contractStatus', c.status)} in a
 * template. A value without a label (a CRM's own status, say) is shown as it is.
 */
@Component("labels")
public class ConsoleLabels {

    private final MessageSource messages;

    ConsoleLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** The label of {@code group.value} in the current language; the value itself if there is none. */
    public String of(String group, Object value) {
        if (value == null) {
            return "–";
        }
        String name = value instanceof Enum<?> e ? e.name() : value.toString();
        return messages.getMessage(group + "." + name, null, name, locale());
    }

    /**
     * A CRM event type (its feed name): received or sent with the message, a new state, or one of the gateway's own
     * events.
     */
    public String event(String type) {
        if (type == null) {
            return "–";
        }
        if (type.startsWith("RECEIVED_")) {
            return messages.getMessage("event.received", new Object[] {type.substring(9)}, locale());
        }
        if (type.startsWith("SENT_")) {
            return messages.getMessage("event.sent", new Object[] {type.substring(5)}, locale());
        }
        if (type.startsWith("STATE_")) {
            return messages.getMessage("event.state", new Object[] {of("phase", type.substring(6))}, locale());
        }
        return of("event", type);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
