package dev.hearth.relay.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A bare TLS 1.3 connection to a relay process, from a chosen local address (so that many of them
 * pass the per-address and per-network caps), for load tests: lines are sent as given and read one
 * at a time, or read and thrown away, or not read at all.
 */
final class TlsPeer implements AutoCloseable {
    private final Socket tcp;
    private final InputStream in;
    private final OutputStream out;

    private TlsPeer(Socket tcp, SSLSocket tls) throws IOException {
        this.tcp = tcp;
        this.in = new BufferedInputStream(tls.getInputStream());
        this.out = tls.getOutputStream();
    }

    /**
     * @param pinned             a client context trusting only the relay's certificate
     * @param receiveBufferBytes the socket's receive buffer, small for a reader that stops; 0 for the default
     */
    static TlsPeer connect(InetAddress local, int port, SSLContext pinned, int receiveBufferBytes) throws IOException {
        Socket tcp = new Socket();
        try {
            if (receiveBufferBytes > 0) {
                tcp.setReceiveBufferSize(receiveBufferBytes);
            }
            tcp.setTcpNoDelay(true);
            tcp.bind(new InetSocketAddress(local, 0));
            tcp.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
            tcp.setSoTimeout(20_000);
            SSLSocket tls = (SSLSocket) pinned.getSocketFactory()
                    .createSocket(tcp, InetAddress.getLoopbackAddress().getHostAddress(), port, true);
            tls.setEnabledProtocols(new String[] {"TLSv1.3"});
            tls.startHandshake();
            return new TlsPeer(tcp, tls);
        } catch (IOException e) {
            tcp.close();
            throw e;
        }
    }

    void send(String jsonLine) throws IOException {
        sendRaw((jsonLine + "\n").getBytes(StandardCharsets.UTF_8));
    }

    void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Logs in; true when welcomed, false when refused (the refusal, e.g. relay-full, is the relay's to give). */
    boolean login(String nick) throws IOException {
        send("{\"type\":\"hello\",\"v\":1,\"nick\":\"" + nick + "\"}");
        return isType(readLine(), "welcome");
    }

    /** The next line of that type, skipping others. */
    String await(String type) throws IOException {
        while (true) {
            String line = readLine();
            if (isType(line, type)) {
                return line;
            }
        }
    }

    /** Reads and throws away everything until the relay closes the connection. */
    void discardUntilClosed() throws IOException {
        byte[] buffer = new byte[64 * 1024];
        while (in.read(buffer) >= 0) {
            // Read only to keep the relay's queue for this connection short.
        }
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the relay closed the connection");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private static boolean isType(String line, String type) {
        return line.startsWith("{\"type\":\"" + type + "\"");
    }

    /** Closes the TCP connection abruptly, like a dropped connection. */
    @Override
    public void close() throws IOException {
        tcp.close();
    }
}
