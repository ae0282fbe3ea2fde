package dev.hearth.client.net;

import dev.hearth.protocol.Decoded;
import dev.hearth.protocol.Envelope;
import dev.hearth.protocol.EnvelopeCodec;
import dev.hearth.protocol.Frame;
import dev.hearth.protocol.FrameReader;
import dev.hearth.protocol.ProtocolDefaults;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * One TCP (usually TLS 1.3) connection to a relay, framed as NDJSON. {@link #read} is called only
 * by the client's receive thread; {@link #write} is called by the login step on that thread and
 * afterwards only by the send thread, so the two directions never share a lock.
 */
final class RelayConnection implements Closeable, EnvelopeLine {

    /**
     * Frames the relay sends are bounded by its own limit, which it may set as high as this (a room
     * of thousands); the read buffer grows only as far as a line needs.
     */
    static final int MAX_INBOUND_FRAME = ProtocolDefaults.LARGEST_FRAME_BYTES;

    private final Socket socket;
    private final FrameReader reader;
    private final OutputStream out;
    private final EnvelopeCodec codec;
    private final String fingerprint;

    private RelayConnection(Socket socket, EnvelopeCodec codec, String fingerprint) throws IOException {
        this.socket = socket;
        this.reader = new FrameReader(socket.getInputStream(), MAX_INBOUND_FRAME);
        this.out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
        this.codec = codec;
        this.fingerprint = fingerprint;
    }

    /**
     * Connects and, for TLS, completes the handshake against {@code pin}.
     *
     * @throws PinProblem when the relay's key is not the pinned one (or nothing is pinned);
     *     nothing has been sent to the relay then
     */
    static RelayConnection open(RelayAddress address, String pin, Duration timeout, EnvelopeCodec codec)
            throws IOException, PinProblem {
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(address.host(), address.port()), (int) timeout.toMillis());
            plain.setTcpNoDelay(true);
            if (!address.tls()) {
                return new RelayConnection(plain, codec, null);
            }
            PinningTrustManager trust = new PinningTrustManager(pin);
            SSLSocket tls = handshake(plain, address, trust, timeout);
            return new RelayConnection(tls, codec, trust.presented());
        } catch (IOException | PinProblem | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    private static SSLSocket handshake(Socket plain, RelayAddress address, PinningTrustManager trust, Duration timeout)
            throws IOException, PinProblem {
        SSLSocket tls;
        try {
            SSLContext context = SSLContext.getInstance("TLSv1.3");
            context.init(null, new TrustManager[] {trust}, null);
            tls = (SSLSocket) context.getSocketFactory().createSocket(plain, address.host(), address.port(), true);
        } catch (GeneralSecurityException e) {
            throw new IOException("TLS 1.3 is not available in this Java runtime", e);
        }
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setProtocols(new String[] {"TLSv1.3"});
        if (address.host().indexOf(':') < 0 && !address.host().chars().allMatch(c -> c == '.' || Character.isDigit(c))) {
            parameters.setServerNames(List.of(new SNIHostName(address.host())));
        }
        tls.setSSLParameters(parameters);
        tls.setSoTimeout((int) timeout.toMillis());
        try {
            tls.startHandshake();
        } catch (IOException e) {
            if (trust.presented() != null) {
                throw new PinProblem(trust.presented());
            }
            throw e;
        }
        tls.setSoTimeout(0);
        return tls;
    }

    /** The verified fingerprint, or null for plaintext. */
    String fingerprint() {
        return fingerprint;
    }

    void readTimeout(Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
    }

    /**
     * The next envelope. A line we cannot decode comes back as {@link Decoded.Malformed} (the caller
     * reports and skips it); the end of the stream is an {@link EOFException}.
     */
    Decoded read() throws IOException {
        Frame frame = reader.next();
        return switch (frame) {
            case Frame.Line line -> codec.decode(line.bytes());
            case Frame.TooLarge tooLarge -> throw new UnreadableRelay("the relay sent a line over " + tooLarge.limit() + " bytes");
            case Frame.EndOfStream end -> throw new EOFException("the relay closed the connection");
        };
    }

    @Override
    public void write(Envelope envelope) throws IOException {
        out.write(codec.encode(envelope));
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void finishSending() {
        try {
            out.flush();
            socket.shutdownOutput();
        } catch (IOException | UnsupportedOperationException e) {
            close();
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing is best effort: the socket is going away either way.
        }
    }

    /** The relay sent something no protocol v1 relay sends. */
    static final class UnreadableRelay extends IOException {
        UnreadableRelay(String message) {
            super(message);
        }
    }

    /** The relay's key is not the pinned one, or nothing was pinned; carries what it presented. */
    static final class PinProblem extends Exception {
        private final String presented;

        PinProblem(String presented) {
            super("relay key " + presented + " is not the pinned one", null, false, false);
            this.presented = presented;
        }

        String presented() {
            return presented;
        }
    }
}
