package org.wbcigateway.wire.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wbcigateway.domain.message.Envelope;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.wire.WbciCodec;

/** Every hand-written wire fixture maps to the domain and is written back to an equal message. */
class FixtureMappingTest {

    private final WbciCodec codec = new WbciCodec();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "va-kue-mrn.xml",
                "va-kue-orn.xml",
                "va-rrnp.xml",
                "tv.xml",
                "str-aufh-auf.xml",
                "str-aen-auf.xml",
                "str-aufh-abg.xml",
                "str-aen-abg.xml",
                "ruem-va.xml",
                "ruem-va-rrnp.xml",
                "abbm.xml",
                "abbm-tv.xml",
                "akm-tr.xml",
                "abbm-tr.xml",
                "erlm.xml",
                "erlm-storno.xml"
            })
    void fixtureMapsAndRoundTrips(String name) throws IOException {
        byte[] xml;
        try (InputStream in = getClass().getResourceAsStream("/wire/" + name)) {
            xml = in.readAllBytes();
        }
        Envelope<WbciMessage> envelope = codec.readMessage(xml);
        assertThat(codec.readMessage(codec.writeMessage(envelope))).isEqualTo(envelope);
    }
}
