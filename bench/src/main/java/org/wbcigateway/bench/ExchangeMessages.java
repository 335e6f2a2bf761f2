package org.wbcigateway.bench;

import java.io.IOException;
import java.io.InputStream;

/** The messages two gateways really exchanged, recorded by {@code CaptureExchange} into {@code exchange/*.xml}. */
final class ExchangeMessages {

    private ExchangeMessages() {}

    static byte[] read(String name) throws IOException {
        try (InputStream in = ExchangeMessages.class.getResourceAsStream("/exchange/" + name)) {
            if (in == null) {
                throw new IOException("missing /exchange/" + name + " (run CaptureExchange)");
            }
            return in.readAllBytes();
        }
    }
}
