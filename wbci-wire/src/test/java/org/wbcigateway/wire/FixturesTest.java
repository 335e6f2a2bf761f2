package org.wbcigateway.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wbcigateway.wire.v2.envelope.AnnehmenAnfrageRequest;
import org.wbcigateway.wire.v2.envelope.AnnehmenMeldungRequest;
import org.wbcigateway.wire.v2.envelope.AnnehmenMeldungResponse;

/** Every fixture is valid, alone and inside a SOAP envelope, and unmarshals to the class its xsi:type names. */
class FixturesTest {

    private static final WireReader READER = new WireReader();

    static String[] fixtures() {
        return TestData.FIXTURES;
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void readsAloneAndInSoap(String fixture) {
        String xml = TestData.fixture(fixture);

        Object alone = READER.read(TestData.utf8(xml));
        Object inSoap = READER.read(TestData.utf8(TestData.soap(xml)));

        assertThat(inSoap).hasSameClassAs(alone);
        String xsiType = xml.replaceFirst("(?s).*?xsi:type=\"\\w+:(\\w+)\".*", "$1");
        if (alone instanceof AnnehmenAnfrageRequest request) {
            assertThat(request.getAnfrage().getClass().getSimpleName()).isEqualTo(xsiType);
        } else if (alone instanceof AnnehmenMeldungRequest request) {
            assertThat(request.getMeldung().getClass().getSimpleName()).isEqualTo(xsiType);
        } else {
            assertThat(alone).isInstanceOf(AnnehmenMeldungResponse.class);
        }
    }
}
