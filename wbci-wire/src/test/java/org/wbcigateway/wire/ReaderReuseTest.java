package org.wbcigateway.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.wbcigateway.wire.v2.envelope.AnnehmenAnfrageRequest;

/** The per-thread parser stays usable after every kind of refused input, and threads do not share one. */
class ReaderReuseTest {

    private final WireReader reader = new WireReader(new WireLimits(1024 * 1024, 64, 10_000));

    @Test
    void aValidMessageReadsAfterEachKindOfFailure() {
        String tv = TestData.fixture("tv.xml");
        List<byte[]> bad = List.of(
                TestData.utf8("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]>"
                        + tv.replaceFirst("^<\\?xml[^>]*\\?>", "")),
                TestData.utf8(tv.substring(0, tv.length() / 2)),
                TestData.fixtureWith("tv.xml", "<majorRelease>02<", "<majorRelease>03<"),
                TestData.fixtureWith("tv.xml", "<NeuerKundenwunschtermin>", "<NeuerKundenwunschtermin>x"),
                TestData.fixtureWith("tv.xml", "</Anfrage>", "<a>".repeat(70) + "</a>".repeat(70) + "</Anfrage>"));
        for (byte[] message : bad) {
            assertThatThrownBy(() -> reader.read(message)).isInstanceOf(WireException.class);
            assertThat(reader.read(TestData.utf8(tv))).isInstanceOf(AnnehmenAnfrageRequest.class);
        }
    }

    @Test
    void concurrentReadsAllSucceed() throws Exception {
        byte[] va = TestData.sample("va-kue-mrn.xml");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Object>> tasks = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                tasks.add(() -> reader.read(va));
            }
            for (Future<Object> f : pool.invokeAll(tasks)) {
                assertThat(f.get()).isInstanceOf(AnnehmenAnfrageRequest.class);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
