package org.wbcigateway.gateway.platform.observability;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Failures in words an operator or a client reads (outbox and webhook errors, API problems): what happened, never a
 * Java class or package name. The exception itself goes to the log.
 */
public final class Failures {

    private Failures() {}

    /** A transport or processing failure, e.g. "connection refused". */
    public static String describe(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof ExecutionException
                        || t instanceof CompletionException
                        || t instanceof java.io.UncheckedIOException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? "" : withoutJavaNames(t.getMessage());
        if (t instanceof ConnectException) {
            return "connection refused";
        }
        if (t instanceof HttpConnectTimeoutException) {
            return "timed out: no connection within the connect timeout";
        }
        if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException) {
            return "timed out: no answer within the request timeout";
        }
        if (t instanceof UnknownHostException) {
            return "unknown host " + message;
        }
        if (t instanceof NoRouteToHostException) {
            return "no route to the host";
        }
        if (t instanceof SSLHandshakeException) {
            return "TLS handshake failed" + (message.isEmpty() ? "" : ": " + message);
        }
        if (t instanceof SSLException) {
            return "TLS failed" + (message.isEmpty() ? "" : ": " + message);
        }
        if (t instanceof EOFException) {
            return "connection closed before the answer was complete";
        }
        if (t instanceof IOException) {
            return message.isEmpty() ? "connection failed" : message;
        }
        return message.isEmpty() ? "unexpected error (see the gateway's log)" : message;
    }

    /** A message with every {@code org.x.Y$Z}-like class name replaced by "a value", and no "(class ...)". */
    public static String withoutJavaNames(String message) {
        if (message == null) {
            return "";
        }
        return message.replaceAll("`?\\b(?:[a-z_][\\w]*\\.)+[A-Z][\\w$]*`?", "a value")
                .replaceAll("\\(class [^)]*\\)", "")
                .replaceAll("JsonToken\\.", "")
                .trim();
    }
}
