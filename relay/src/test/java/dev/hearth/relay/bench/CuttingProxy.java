package dev.hearth.relay.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback forwarder in front of a relay that can cut every connection at once, as a network
 * does, and says how many bytes it has carried towards the clients.
 */
final class CuttingProxy implements AutoCloseable {
    private final ServerSocket server;
    private final int target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong downstream = new AtomicLong();

    CuttingProxy(int target) throws IOException {
        this.target = target;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    long bytesToClients() {
        return downstream.get();
    }

    void cutAll() {
        open.forEach(CuttingProxy::closeQuietly);
    }

    private void accept() {
        try {
            while (true) {
                Socket client = server.accept();
                Socket relay = new Socket();
                relay.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), target));
                open.add(client);
                open.add(relay);
                Thread.ofVirtual().start(() -> pipe(client, relay, null));
                Thread.ofVirtual().start(() -> pipe(relay, client, downstream));
            }
        } catch (IOException e) {
            // Closed.
        }
    }

    private void pipe(Socket from, Socket to, AtomicLong counted) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                if (counted != null) {
                    counted.addAndGet(n);
                }
            }
        } catch (IOException e) {
            // Cut, or the other side went away.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing is best effort.
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        cutAll();
    }
}
