package org.wbcigateway.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The interop samples (shared/interop-samples) and the fixtures (src/test/resources/wire). */
final class TestData {

    static final String[] FIXTURES = {
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
        "erlm-storno.xml",
        "teq.xml"
    };

    static final String[] SAMPLES = {"va-kue-mrn.xml", "va-kue-orn.xml", "va-rrnp.xml", "teq.xml"};

    private TestData() {}

    static byte[] sample(String name) {
        try {
            return Files.readAllBytes(sharedDir().resolve("interop-samples").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fixture(String name) {
        try (InputStream in = TestData.class.getResourceAsStream("/wire/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture with the first occurrence of {@code from} replaced; fails if it does not occur. */
    static byte[] fixtureWith(String name, String from, String to) {
        String xml = fixture(name);
        int at = xml.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException(name + " does not contain " + from);
        }
        return utf8(xml.substring(0, at) + to + xml.substring(at + from.length()));
    }

    static byte[] utf8(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** The payload document without its XML declaration, inside a SOAP 1.1 envelope. */
    static String soap(String payloadXml) {
        String payload = payloadXml.replaceFirst("^<\\?xml[^>]*\\?>\\s*", "");
        return "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<SOAP-ENV:Header/><SOAP-ENV:Body>" + payload + "</SOAP-ENV:Body></SOAP-ENV:Envelope>";
    }

    private static Path sharedDir() {
        String property = System.getProperty("shared.dir");
        if (property != null && Files.isDirectory(Path.of(property))) {
            return Path.of(property);
        }
        return Path.of("../../shared");
    }
}
