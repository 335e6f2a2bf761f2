package org.wbcigateway.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.w3c.dom.Element;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.gateway.platform.observability.TeqMetrics;
import org.wbcigateway.gateway.support.Soap;
import org.wbcigateway.gateway.support.TestKeys;
import org.wbcigateway.wire.InboundMessage;
import org.wbcigateway.wire.WbciCodec;
import org.wbcigateway.wire.security.SignatureVerifier;
import org.wbcigateway.wire.v2.envelope.AnnehmenAnfrageRequest;

/**
 * One pass per inbound message (issue 13, ADR 0009): the filter reads the bytes once and hands the endpoint that
 * reading, typed; the inbox checks the signature on the DOM it was handed, not on a new parse of the bytes; the POST
 * never reaches Spring-WS; the TEQ goes out as signed bytes.
 */
class InboundHandOffTest extends SampleEndpointContext {

    @LocalServerPort
    int port;

    @Autowired
    WbciCodec codec;

    @Autowired
    InboxService inbox;

    @Autowired
    RefusalRepository refusals;

    @Autowired
    TeqMetrics teqMetrics;

    @Autowired
    InboundLimit limit;

    private static byte[] va(String idSuffix) {
        return signed(Soap.replace(Soap.sample("va-kue-orn.xml"), "DEU.MNET.V000000005", "DEU.MNET.V" + idSuffix));
    }

    @Test
    void theFilterHandsTheEndpointItsReadingTypedAndNothingReachesSpringWs() throws Exception {
        List<InboundMessage> handed = new ArrayList<>();
        WbciEndpoint recording = new WbciEndpoint(null, null, null, null, null, null) {
            @Override
            String answer(InboundMessage message, HttpServletRequest request, HttpServletResponse response) {
                handed.add(message);
                return TeqCode.OK.code();
            }
        };
        RawMessageFilter filter = new RawMessageFilter(
                codec.reader(),
                limit,
                recording,
                refusals,
                teqMetrics,
                Clock.systemUTC(),
                new org.wbcigateway.gateway.platform.tenancy.TenantScope.OfProvider("public_provider"));
        byte[] va = va("000000951");
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/wbci/v2");
        request.setContent(va);

        filter.doFilter(request, new MockHttpServletResponse(), (rq, rs) -> fail("the POST reached the SOAP stack"));

        assertThat(handed).singleElement().satisfies(message -> {
            assertThat(message.raw()).isEqualTo(va);
            assertThat(message.document().getDocumentElement().getLocalName()).isEqualTo("Envelope");
            assertThat(message.root()).isInstanceOf(AnnehmenAnfrageRequest.class);
        });
    }

    @Test
    void theInboxChecksTheSignatureOnTheDocumentItIsHandedNotOnTheBytesAgain() {
        byte[] va = va("000000952");
        InboundMessage message = codec.reader().parse(va);
        // the bytes still verify; the DOM the inbox is handed no longer does
        Element hausnummer = (Element)
                message.document().getElementsByTagNameNS("*", "hausnummer").item(0);
        hausnummer.setTextContent("12");

        assertThat(inbox.receive(message, null).teq().payload().code()).isEqualTo(TeqCode.SIGNATUR_UNGUELTIG);
        assertThat(inbox.receive(va, null).teq().payload().code()).isEqualTo(TeqCode.OK);
    }

    @Test
    void theTeqGoesOutAsSignedBytes() {
        Soap.Response response = Soap.post("http://127.0.0.1:" + port + "/wbci/v2", va("000000953"));

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        X509Certificate ownCertificate = TestKeys.key("DEU.DTAG").certificate();
        SignatureVerifier verifier = new SignatureVerifier(List.of(ownCertificate), Clock.systemUTC(), 2048);
        assertThat(verifier.verify(response.body()).certificate()).isEqualTo(ownCertificate);
        assertThat(codec.readQuittung(response.body()).payload().code()).isEqualTo(TeqCode.OK);
    }
}
