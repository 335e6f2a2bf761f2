package org.wbcigateway.gateway.platform.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.gateway.platform.partners.PartnerDirectory;
import org.wbcigateway.gateway.platform.tenancy.Tenants;

/**
 * The synchronous side of WBCI: {@code wbci.teq} counts the TEQs we answered partners with ({@code direction=sent},
 * including the SOAP faults that name a TEQ code for unreadable input) and the TEQs partners answered our deliveries
 * with ({@code received}); {@code wbci.teq.latency} times each delivery attempt from the start of the HTTP call to
 * the partner's TEQ read and checked; {@code wbci.inbound.duration} times each inbound SOAP request from its arrival
 * to our answer. A partner tag names a registered partner only, else "unknown" (a claimed Absender is anyone's to
 * invent, and every new value would be a new time series).
 */
@Component
public class TeqMetrics {

    /** Outcome of a delivery attempt: a positive TEQ, a negative one, or none usable (network, HTTP, unreadable). */
    public enum Outcome {
        OK,
        NEGATIVE,
        ERROR
    }

    /** The answer to an inbound request that was no TEQ at all: a Server fault (e.g. database away). */
    public static final String FAULT = "fault";

    private static final String UNKNOWN = "unknown";

    private final MeterRegistry meters;
    private final PartnerDirectory partners;
    private final Tenants tenants;

    public TeqMetrics(MeterRegistry meters, PartnerDirectory partners, Tenants tenants) {
        this.meters = meters;
        this.partners = partners;
        this.tenants = tenants;
    }

    /** A TEQ (or a fault naming a TEQ code) we answered an inbound message with; {@code partner} may be null. */
    public void sent(String code, CarrierCode partner) {
        count("sent", code, partner);
    }

    /** The TEQ a partner answered one of our deliveries with. */
    public void received(TeqCode code, CarrierCode partner) {
        count("received", code.code(), partner);
    }

    public void delivery(CarrierCode partner, Outcome outcome, Duration took) {
        Timer.builder("wbci.teq.latency")
                .description("Delivery attempt: HTTP call to the partner until its TEQ is read")
                .tag("partner", partnerTag(partner))
                .tag("outcome", outcome.name())
                .publishPercentileHistogram()
                .register(meters)
                .record(took);
    }

    /** How long an inbound request took until answered with {@code answer}: a TEQ code or {@link #FAULT}. */
    public void inbound(String answer, Duration took) {
        Timer.builder("wbci.inbound.duration")
                .description("Inbound SOAP request from arrival to our answer")
                .tag("code", answer)
                .publishPercentileHistogram()
                .register(meters)
                .record(took);
    }

    private void count(String direction, String code, CarrierCode partner) {
        Counter.builder("wbci.teq")
                .description("TEQs sent to partners and received from them, by code")
                .tag("direction", direction)
                .tag("code", code)
                .tag("partner", partnerTag(partner))
                .tag("tenant", tenants.metricTag())
                .register(meters)
                .increment();
    }

    private String partnerTag(CarrierCode partner) {
        return partner != null && partners.find(partner).isPresent() ? partner.value() : UNKNOWN;
    }
}
