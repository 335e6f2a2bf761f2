package org.wbcigateway.gateway.vorabstimmung;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Control;
import org.wbcigateway.domain.message.Envelope;
import org.wbcigateway.domain.message.Quittung;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;
import org.wbcigateway.gateway.platform.security.OwnSigningKey;
import org.wbcigateway.gateway.platform.tenancy.Tenants;
import org.wbcigateway.wire.WbciCodec;
import org.wbcigateway.wire.security.MessageSigner;

/** Puts our Control around outgoing messages and TEQs and writes them as they go on the wire. */
@Component
public class MessageComposer {

    private final WbciCodec codec;
    private final Tenants tenants;
    private final OwnSigningKey ownKey;
    private final Clock clock;

    /** Control/zeitstempel is when a message is written: real time, even when business dates run on a fixed clock. */
    public MessageComposer(
            WbciCodec codec,
            Tenants tenants,
            OwnSigningKey ownKey,
            @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock) {
        this.codec = codec;
        this.tenants = tenants;
        this.ownKey = ownKey;
        this.clock = clock;
    }

    /** signaturId names the certificate we sign with (spec §5). */
    public Control control() {
        return control(ownKey.signer());
    }

    private Control control(MessageSigner signer) {
        return Control.v200(
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS),
                new Control.SignaturId(signer.key().issuer(), signer.key().serial()));
    }

    /**
     * The signed SOAP message as it will be stored and sent (and re-sent byte for byte): marshalled into a SOAP DOM,
     * signed, written once.
     */
    public byte[] soap(WbciMessage message) {
        MessageSigner signer = ownKey.signer();
        return signer.signAndWrite(codec.messageSoap(new Envelope<>(control(signer), message)));
    }

    /** A TEQ ({@code answersAnfrage}: to a VA, TV or Storno), signed and written as it goes on the wire. */
    public byte[] teqSoap(Envelope<Quittung> teq, boolean answersAnfrage) {
        return ownKey.signer().signAndWrite(codec.quittungSoap(teq, answersAnfrage));
    }

    public Envelope<Quittung> teq(VorabstimmungsId vaRef, TeqCode code) {
        return teq(vaRef, code, tenants.current().code());
    }

    /** A TEQ from {@code absender}: the bundle code a message held for routing was addressed to (ADR 0015). */
    public Envelope<Quittung> teq(VorabstimmungsId vaRef, TeqCode code, CarrierCode absender) {
        return new Envelope<>(control(), Quittung.of(absender, vaRef, code));
    }
}
