package dev.hearth.client.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP forwarder in front of a relay, so a test can cut the client's connection the way
 * a flaky network does: {@link #cutAll()} closes every forwarded connection abruptly, and while
 * {@link #refuse(boolean) refusing}, new connections are closed at once. Bytes are forwarded
 * untouched (TLS passes through).
 */
public final class CuttableProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean refusing;
    private final Object thaw = new Object();
    private boolean frozen; // guarded by thaw

    public CuttableProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("proxy-accept").start(this::acceptLoop);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Closes every forwarded connection now, in both directions. */
    public void cutAll() {
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    /** While true, new connections are accepted and closed at once (a relay that is "down"). */
    public void refuse(boolean on) {
        refusing = on;
    }

    /**
     * While true, nothing is forwarded and new connections are held, but every socket stays open:
     * a path that silently stops working, as a Wi-Fi that drops or a NAT that forgets.
     */
    public void freeze(boolean on) {
        synchronized (thaw) {
            frozen = on;
            thaw.notifyAll();
        }
    }

    private void awaitThaw() throws InterruptedException {
        synchronized (thaw) {
            while (frozen) {
                thaw.wait();
            }
        }
    }

    /** How many client connections are being forwarded right now. */
    public int openConnections() {
        return open.size() / 2;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (refusing) {
                    closeQuietly(client);
                    continue;
                }
                awaitThaw();
                Socket relay = new Socket();
                relay.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 5_000);
                open.add(client);
                open.add(relay);
                pipe(client, relay);
                pipe(relay, client);
            } catch (IOException e) {
                // Closed server, or the relay is gone: the next accept decides.
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread.ofVirtual().name("proxy-pipe").start(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    awaitThaw();
                    out.write(buffer, 0, read);
                }
            } catch (IOException | InterruptedException e) {
                // Either side went away; close both below.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        });
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Cutting is the point; nothing to report.
        }
    }

    @Override
    public void close() throws IOException {
        refusing = true;
        freeze(false);
        server.close();
        cutAll();
    }
}
