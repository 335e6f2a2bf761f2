package org.wbcigateway.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on a loopback port in front of a server (here: PostgreSQL), with plain sockets and threads, that a test
 * can cut: {@link #cut()} closes every open connection and stops listening, so new connections are refused, just as
 * while the server restarts; {@link #restore()} listens again on the same port. The server itself is never touched.
 */
public final class TcpProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger cutConnections = new AtomicInteger();
    private volatile ServerSocket server;

    public TcpProxy(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.port = Gateway.freePort();
        listen();
    }

    public int port() {
        return port;
    }

    /** Connections accepted so far. */
    public int accepted() {
        return accepted.get();
    }

    /** Connections closed by {@link #cut()} so far. */
    public int cutConnections() {
        return cutConnections.get();
    }

    public boolean listening() {
        return server != null;
    }

    /** Refuses new connections and closes every open one, both sides, abruptly. */
    public synchronized void cut() {
        ServerSocket s = server;
        server = null;
        closeQuietly(s);
        for (Socket socket : open) {
            // each connection is a pair (client side, server side); count the client sides
            if (socket.getLocalPort() == port) {
                cutConnections.incrementAndGet();
            }
            try {
                socket.setSoLinger(true, 0); // RST, not an orderly FIN
            } catch (IOException e) {
                // closed already
            }
            closeQuietly(socket);
        }
        open.clear();
    }

    /** Listens again on the same port. */
    public synchronized void restore() {
        if (server == null) {
            listen();
        }
    }

    private synchronized void listen() {
        // the port may still be held by the socket closed at the cut; the last bind failure is the timeout's cause
        ServerSocket s = Patience.awaiting("listening on " + port, Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(100))
                .ignoreExceptions()
                .until(this::bind, Objects::nonNull);
        server = s;
        ServerSocket listening = s;
        Thread acceptor = new Thread(() -> accept(listening), "tcp-proxy-" + port + "-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            Socket client;
            try {
                client = listening.accept();
            } catch (IOException e) {
                return; // cut or closed
            }
            Socket upstream;
            try {
                upstream = new Socket(targetHost, targetPort);
            } catch (IOException e) {
                closeQuietly(client);
                continue;
            }
            try {
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
            } catch (IOException e) {
                // not important
            }
            accepted.incrementAndGet();
            open.add(client);
            open.add(upstream);
            if (listening != server) { // cut while connecting
                closeQuietly(client);
                closeQuietly(upstream);
                continue;
            }
            pump(client, upstream, "up");
            pump(upstream, client, "down");
        }
    }

    private void pump(Socket from, Socket to, String direction) {
        Thread t = new Thread(
                () -> {
                    byte[] buffer = new byte[16 * 1024];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        for (int n; (n = in.read(buffer)) >= 0; ) {
                            out.write(buffer, 0, n);
                            out.flush();
                        }
                    } catch (IOException e) {
                        // cut, or the other side closed
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                        open.remove(from);
                        open.remove(to);
                    }
                },
                "tcp-proxy-" + port + "-" + direction);
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(java.io.Closeable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (IOException e) {
            // already closed
        }
    }

    private ServerSocket bind() throws IOException {
        ServerSocket s = new ServerSocket();
        try {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 100);
            return s;
        } catch (IOException e) {
            closeQuietly(s);
            throw e;
        }
    }

    @Override
    public void close() {
        cut();
    }
}
