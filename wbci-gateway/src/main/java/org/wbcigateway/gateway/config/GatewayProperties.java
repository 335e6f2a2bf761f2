package org.wbcigateway.gateway.config;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;

/**
 * The gateway's configuration ({@code wbci.*}): who we are, our partners, how the outbox retries.
 *
 * @param carrierCode        our own carrier code, e.g. {@code DEU.AAAA}
 * @param portierungskennung our Portierungskennung (PKIauf when EKPauf, PKIabg when EKPabg)
 * @param bundesland         the Bundesland whose holidays count for our deadlines
 * @param partners           per partner carrier code: its endpoint
 * @param signaturId         what we write into Control/signaturId until messages are signed
 * @param decision           how incoming VAs are decided from CRM data
 * @param events             the event feed's optional webhook push
 * @param fixedClock         run on a fixed date and time (tests, demos, replaying the interop samples); empty = now
 */
@ConfigurationProperties("wbci")
public record GatewayProperties(
        String carrierCode,
        String portierungskennung,
        @DefaultValue("BY") Bundesland bundesland,
        Map<String, Partner> partners,
        @DefaultValue SignaturId signaturId,
        @DefaultValue Outbox outbox,
        @DefaultValue Decision decision,
        @DefaultValue Events events,
        Optional<OffsetDateTime> fixedClock) {

    public GatewayProperties {
        CarrierCode.of(carrierCode);
        Portierungskennung.of(portierungskennung);
        partners = partners == null ? Map.of() : Map.copyOf(partners);
        partners.keySet().forEach(CarrierCode::of);
        fixedClock = fixedClock == null ? Optional.empty() : fixedClock;
    }

    public CarrierCode ownCarrier() {
        return CarrierCode.of(carrierCode);
    }

    public Optional<Partner> partner(CarrierCode carrier) {
        return Optional.ofNullable(partners.get(carrier.value()));
    }

    /** A partner carrier: where its WBCI endpoint listens. */
    public record Partner(String endpoint) {
    }

    /**
     * How incoming VAs are decided (EKPabg).
     *
     * @param mode          AUTOMATIC: by the decision table from CRM data, the rest to the review queue; REVIEW: every
     *                      VA goes to the review queue and is answered by a person
     * @param projektkenner the Projektkenner agreed with partners; a VA naming another one is answered UPK
     */
    public record Decision(@DefaultValue("AUTOMATIC") Mode mode, @DefaultValue("1s") Duration pollInterval,
                           java.util.List<String> projektkenner) {

        public enum Mode { AUTOMATIC, REVIEW }

        public Decision {
            projektkenner = projektkenner == null ? java.util.List.of() : java.util.List.copyOf(projektkenner);
        }
    }

    public record SignaturId(@DefaultValue("CN=wbci-gateway") String issuer, @DefaultValue("01") String serial) {
    }

    /**
     * @param pollInterval   how often the sender looks for due messages
     * @param initialBackoff wait before the first retry; doubles per attempt
     * @param maxBackoff     cap of the wait between retries
     * @param maxAttempts    attempts before a message goes to the dead letters
     * @param requestTimeout how long a partner may take to answer with a TEQ
     * @param lease          how long a node owns a message it is sending
     */
    public record Outbox(@DefaultValue("500ms") Duration pollInterval, @DefaultValue("2s") Duration initialBackoff,
                         @DefaultValue("5m") Duration maxBackoff, @DefaultValue("10") int maxAttempts,
                         @DefaultValue("30s") Duration requestTimeout, @DefaultValue("2m") Duration lease) {
    }

    /** The event feed (crm_event as a durable stream); read over REST, optionally pushed to a webhook. */
    public record Events(@DefaultValue Webhook webhook) {

        /**
         * Push of every event to one HTTP endpoint, in offset order, one at a time, retried forever.
         *
         * @param url            where events are POSTed; empty = no push
         * @param secret         key of the HMAC-SHA256 in {@code X-WBCI-Signature}; required with a url
         * @param pollInterval   how often the sender looks for new events
         * @param initialBackoff wait before the first retry; doubles per attempt
         * @param maxBackoff     cap of the wait between retries
         * @param requestTimeout how long the receiver may take to answer
         * @param lease          how long a node owns the delivery; longer than the request timeout
         */
        public record Webhook(String url, String secret, @DefaultValue("500ms") Duration pollInterval,
                              @DefaultValue("1s") Duration initialBackoff, @DefaultValue("5m") Duration maxBackoff,
                              @DefaultValue("10s") Duration requestTimeout, @DefaultValue("1m") Duration lease) {

            public Webhook {
                if (url != null && !url.isBlank()) {
                    if (secret == null || secret.isEmpty()) {
                        throw new IllegalArgumentException("wbci.events.webhook.secret is required with a url");
                    }
                    if (lease.compareTo(requestTimeout) <= 0) {
                        throw new IllegalArgumentException("wbci.events.webhook.lease must be longer than its "
                                + "request-timeout, or a second node could deliver while the first still waits");
                    }
                }
            }

            public boolean enabled() {
                return url != null && !url.isBlank();
            }
        }
    }
}
