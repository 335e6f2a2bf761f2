package org.wbcigateway.gateway.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of failure in words, never with a Java class name (what the outbox and webhook show operators). */
class FailuresTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new ConnectException("Connection refused"), "connection refused"),
                Arguments.of(new ExecutionException(new ConnectException()), "connection refused"),
                Arguments.of(new HttpConnectTimeoutException("HTTP connect timed out"), "timed out: no connection"),
                Arguments.of(new HttpTimeoutException("request timed out"), "timed out: no answer"),
                Arguments.of(new UnknownHostException("wbci.example"), "unknown host wbci.example"),
                Arguments.of(new SSLHandshakeException("PKIX path building failed"), "TLS handshake failed: PKIX"),
                Arguments.of(new EOFException(), "connection closed before the answer was complete"),
                Arguments.of(new IOException("closed by org.apache.Foo$Bar"), "closed by a value"),
                Arguments.of(new IllegalStateException(), "unexpected error (see the gateway's log)"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void isDescribedWithoutJavaNames(Throwable failure, String expected) {
        String text = Failures.describe(failure);
        assertThat(text).startsWith(expected).doesNotContainPattern("java\\.|Exception|\\$[A-Z]");
    }
}
