package org.wbcigateway.gateway.vorabstimmung;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Control;
import org.wbcigateway.domain.message.Envelope;
import org.wbcigateway.domain.message.Quittung;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;
import org.wbcigateway.wire.WbciCodec;
import org.wbcigateway.wire.security.MessageSigner;

/** Puts our Control around outgoing messages and TEQs and writes them as they go on the wire. */
@Component
public class MessageComposer {

    private final WbciCodec codec;
    private final GatewayProperties properties;
    private final MessageSigner signer;
    private final Clock clock;

    /** Control/zeitstempel is when a message is written: real time, even when business dates run on a fixed clock. */
    public MessageComposer(
            WbciCodec codec,
            GatewayProperties properties,
            MessageSigner signer,
            @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock) {
        this.codec = codec;
        this.properties = properties;
        this.signer = signer;
        this.clock = clock;
    }

    /** signaturId names the certificate we sign with (spec §5). */
    public Control control() {
        return Control.v200(
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS),
                new Control.SignaturId(signer.key().issuer(), signer.key().serial()));
    }

    /**
     * The signed SOAP message as it will be stored and sent (and re-sent byte for byte): marshalled into a SOAP DOM,
     * signed, written once.
     */
    public byte[] soap(WbciMessage message) {
        return signer.signAndWrite(codec.messageSoap(new Envelope<>(control(), message)));
    }

    /** A TEQ ({@code answersAnfrage}: to a VA, TV or Storno), signed and written as it goes on the wire. */
    public byte[] teqSoap(Envelope<Quittung> teq, boolean answersAnfrage) {
        return signer.signAndWrite(codec.quittungSoap(teq, answersAnfrage));
    }

    public Envelope<Quittung> teq(VorabstimmungsId vaRef, TeqCode code) {
        return new Envelope<>(control(), Quittung.of(properties.ownCarrier(), vaRef, code));
    }
}
