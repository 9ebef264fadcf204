package org.khabar.ingest.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Listeners on one port of 127.0.0.1 and ::1 (when the machine has IPv6 loopback) that count every
 * connection: a request refused "before connecting" must leave the count at zero.
 */
public final class Canary implements AutoCloseable {
    private final List<ServerSocket> sockets = new ArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final int port;

    public Canary() throws IOException {
        ServerSocket v4 = new ServerSocket();
        v4.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        port = v4.getLocalPort();
        sockets.add(v4);
        try {
            ServerSocket v6 = new ServerSocket();
            v6.bind(new InetSocketAddress(InetAddress.getByName("::1"), port));
            sockets.add(v6);
        } catch (IOException noIpv6) {
            // IPv4 only here
        }
        for (ServerSocket s : sockets) {
            Thread t = new Thread(() -> accept(s), "canary");
            t.setDaemon(true);
            t.start();
        }
    }

    private void accept(ServerSocket s) {
        while (!s.isClosed()) {
            try {
                Socket c = s.accept();
                connections.incrementAndGet();
                c.close();
            } catch (IOException closed) {
                return;
            }
        }
    }

    public int port() {
        return port;
    }

    public int connections() {
        return connections.get();
    }

    public boolean listensOnIpv6() {
        return sockets.size() > 1;
    }

    @Override
    public void close() throws IOException {
        for (ServerSocket s : sockets) {
            s.close();
        }
    }
}
