package dev.hearth.relay.bench;

import dev.hearth.protocol.Frame;
import dev.hearth.protocol.FrameReader;
import dev.hearth.protocol.ProtocolDefaults;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.net.ssl.SSLSocket;

/**
 * One load session, behaving as the protocol asks of a client: it logs in, joins its room,
 * acknowledges every 50 lines, answers pings and, when the relay cuts it off, resumes with its
 * token and resends what it had not seen confirmed. Its reader thread counts what arrives; sends
 * come from its sender (or the run's pacer) through {@link #say}.
 */
final class BenchConnection {
    private static final byte[] MESSAGE = LineScan.typePrefix("message");
    private static final byte[] PING = LineScan.typePrefix("ping");
    private static final byte[] WELCOME = LineScan.typePrefix("welcome");
    private static final byte[] JOINED = LineScan.typePrefix("joined");
    private static final byte[] PRESENCE = LineScan.typePrefix("presence");
    private static final byte[] ERROR = LineScan.typePrefix("error");
    private static final int ACK_EVERY = 50;
    private static final int MAX_LINE = ProtocolDefaults.LARGEST_FRAME_BYTES;
    /** Attempts to resume a session, backing off to a second apart, before giving it up. */
    private static final int MAX_ATTEMPTS = 30;

    private final int index;
    private final String nick;
    private final String room;
    private final BenchTarget target;
    private final BenchTls tls;
    private final BenchTotals totals;
    private final CountDownLatch loggedIn = new CountDownLatch(1);
    private final CountDownLatch joined = new CountDownLatch(1);
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Condition reconnected = writeLock.newCondition();

    // Guarded by writeLock
    private Socket socket;
    private OutputStream out;
    // Guarded by writeLock: says not yet echoed, by id, to send again after a resumption
    private final LinkedHashMap<String, String> unconfirmed = new LinkedHashMap<>();
    // Written by the reader thread
    private volatile String token;
    private volatile long lastN;
    private volatile int ratePerSecond = ProtocolDefaults.RATE_PER_SECOND;
    private volatile int burst = ProtocolDefaults.BURST;
    private volatile String refusal;
    private volatile boolean stopping;
    /** The connection that got its welcome (a reader whose connection never did was only an attempt). */
    private volatile Socket welcomedOn;
    /** Reconnection attempts since the last welcome. */
    private int attempts;
    private int sinceAck;

    BenchConnection(int index, String nick, String room, BenchTarget target, BenchTls tls, BenchTotals totals) {
        this.index = index;
        this.nick = nick;
        this.room = room;
        this.target = target;
        this.tls = tls;
        this.totals = totals;
    }

    int index() {
        return index;
    }

    String room() {
        return room;
    }

    int ratePerSecond() {
        return ratePerSecond;
    }

    int burst() {
        return burst;
    }

    /** Connects, logs in and joins; false (with the reason in {@link #refusal}) when the relay said no or time ran out. */
    boolean open(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        connect(hello(null, 0));
        if (!loggedIn.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS) || refusal != null) {
            return false;
        }
        if (room == null) {
            return true;
        }
        write("{\"type\":\"join\",\"room\":\"" + room + "\"}\n", true, true);
        return joined.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS) && refusal == null;
    }

    String refusal() {
        return refusal;
    }

    /** Sends one message to this session's room, waiting out a reconnection if one is under way. */
    void say(String id, String text, boolean flush) {
        String line = "{\"type\":\"say\",\"room\":\"" + room + "\",\"text\":\"" + text + "\",\"id\":\"" + id + "\"}\n";
        writeLock.lock();
        try {
            unconfirmed.put(id, line);
        } finally {
            writeLock.unlock();
        }
        write(line, flush, true);
    }

    void flush() {
        writeLock.lock();
        try {
            if (out != null) {
                out.flush();
            }
        } catch (IOException e) {
            breakConnection();
        } finally {
            writeLock.unlock();
        }
    }

    /** Ends the session with {@code bye}, so that its nick is free for the next run at once. */
    void close() {
        stopping = true;
        writeLock.lock();
        try {
            if (out != null) {
                out.write("{\"type\":\"bye\"}\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        } catch (IOException ignored) {
            // Going away either way.
        } finally {
            closeSocket();
            reconnected.signalAll();
            writeLock.unlock();
        }
    }

    private void connect(String hello) throws IOException {
        Socket tcp = new Socket();
        tcp.setTcpNoDelay(true);
        tcp.connect(new InetSocketAddress(target.host(), target.port()), 10_000);
        Socket s = tcp;
        if (tls != null) {
            SSLSocket secure = (SSLSocket) tls.context().getSocketFactory().createSocket(tcp, target.host(), target.port(), true);
            secure.setEnabledProtocols(new String[] {"TLSv1.3"});
            secure.startHandshake();
            s = secure;
        }
        Socket opened = s;
        writeLock.lock();
        try {
            socket = opened;
            out = new BufferedOutputStream(opened.getOutputStream(), 16 * 1024);
            out.write(hello.getBytes(StandardCharsets.UTF_8));
            out.flush();
            reconnected.signalAll();
        } finally {
            writeLock.unlock();
        }
        Thread.ofVirtual().name("bench-read-" + index).start(() -> read(opened));
    }

    /** The socket in use, for the reader to tell its own connection's welcome. */
    private Socket currentSocket() {
        writeLock.lock();
        try {
            return socket;
        } finally {
            writeLock.unlock();
        }
    }

    private String hello(String resume, long last) {
        StringBuilder hello = new StringBuilder("{\"type\":\"hello\",\"v\":1,\"client\":\"hearth-relay-bench\"");
        if (resume == null) {
            hello.append(",\"nick\":\"").append(nick).append('"');
        } else {
            hello.append(",\"resume\":\"").append(resume).append("\",\"last\":").append(last);
        }
        if (target.password() != null) {
            hello.append(",\"password\":").append(JsonText.quote(target.password()));
        }
        return hello.append("}\n").toString();
    }

    private void read(Socket from) {
        try {
            FrameReader reader = new FrameReader(from.getInputStream(), MAX_LINE);
            while (true) {
                Frame frame = reader.next();
                if (!(frame instanceof Frame.Line(byte[] line))) {
                    break;
                }
                handle(line);
            }
        } catch (IOException e) {
            // The connection ended: handled below like the end of the stream.
        }
        if (!stopping && socketIs(from)) {
            dropped(welcomedOn == from);
        }
    }

    private void handle(byte[] line) {
        long n = LineScan.number(line, "n");
        if (n > 0) {
            lastN = n;
            if (++sinceAck >= ACK_EVERY) {
                sinceAck = 0;
                write("{\"type\":\"ack\",\"n\":" + n + "}\n", true, false);
            }
        }
        if (LineScan.isType(line, MESSAGE)) {
            SentText.Stamp stamp = SentText.read(line);
            if (stamp != null) {
                long latency = System.nanoTime() - stamp.sentNanos();
                if (stamp.sender() == index) {
                    if (confirmed(LineScan.string(line, "id"))) {
                        totals.echoes.increment();
                    }
                } else {
                    totals.delivered.increment();
                    totals.latency(latency);
                }
            }
        } else if (LineScan.isType(line, PRESENCE)) {
            totals.presence.increment();
        } else if (LineScan.isType(line, PING)) {
            String id = LineScan.string(line, "id");
            write(id == null ? "{\"type\":\"pong\"}\n" : "{\"type\":\"pong\",\"id\":\"" + id + "\"}\n", true, false);
        } else if (LineScan.isType(line, WELCOME)) {
            welcomed(line);
        } else if (LineScan.isType(line, JOINED)) {
            if (joined.getCount() > 0) {
                totals.joined.increment();
                joined.countDown();
            }
        } else if (LineScan.isType(line, ERROR)) {
            String code = LineScan.string(line, "code");
            totals.error(code);
            if ("resume-failed".equals(code)) {
                refusal = code; // the relay forgot the session: it is not brought back
            }
            if (loggedIn.getCount() > 0 || joined.getCount() > 0 && room != null) {
                refusal = code;
                loggedIn.countDown();
                joined.countDown();
            }
        }
    }

    private void welcomed(byte[] line) {
        boolean resumed = token != null;
        welcomedOn = currentSocket();
        attempts = 0;
        token = LineScan.string(line, "session");
        long rate = LineScan.number(line, "ratePerSecond");
        long allowed = LineScan.number(line, "burst");
        if (rate > 0) {
            ratePerSecond = (int) Math.min(Integer.MAX_VALUE, rate);
        }
        if (allowed > 0) {
            burst = (int) Math.min(Integer.MAX_VALUE, allowed);
        }
        if (resumed) {
            totals.resumptions.increment();
            resendUnconfirmed();
        } else {
            totals.loggedIn.increment();
            lastN = 0;
        }
        loggedIn.countDown();
    }

    /** Our say came back; false when it had come back already (an echo repeated for a resend). */
    private boolean confirmed(String id) {
        writeLock.lock();
        try {
            return id == null || unconfirmed.remove(id) != null;
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * After a resumption, as the protocol asks of a client: every say not yet echoed goes again
     * with its id; the relay answers one it already had with its first echo, delivering nothing
     * twice. Runs on the new connection's reader thread, so it never waits for a connection.
     */
    private void resendUnconfirmed() {
        List<String> again;
        writeLock.lock();
        try {
            again = List.copyOf(unconfirmed.values());
        } finally {
            writeLock.unlock();
        }
        for (String line : again) {
            write(line, false, false);
        }
        flush();
    }

    /**
     * The connection ended: a cut-off when it was logged in ({@code wasLive}), else a refused
     * attempt to resume (the relay may still count the old connection against its per-address
     * cap). Either way, resume after a backoff, as a client does; a session the relay no longer
     * knows ({@code resume-failed}) is not brought back.
     */
    private void dropped(boolean wasLive) {
        writeLock.lock();
        try {
            if (stopping || socket == null) {
                return;
            }
            closeSocket();
        } finally {
            writeLock.unlock();
        }
        if (wasLive) {
            totals.cutOffs.increment();
        }
        String resumeToken = token;
        if (resumeToken == null || "resume-failed".equals(refusal)) {
            return;
        }
        while (!stopping && attempts < MAX_ATTEMPTS) {
            try {
                Thread.sleep(Math.min(1_000, 20L << Math.min(attempts++, 6)));
                connect(hello(resumeToken, lastN));
                return;
            } catch (IOException e) {
                // Try again after a longer pause.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        totals.error("reconnect-failed");
    }

    /**
     * @param patient wait for a resumption if the connection is down (a request that must arrive);
     *                otherwise (an ack, a pong, which the next connection does not want) drop it
     */
    private void write(String text, boolean flush, boolean patient) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        writeLock.lock();
        try {
            while (!stopping) {
                if (out == null) {
                    if (!patient) {
                        return;
                    }
                    // Cut off: wait for the resumption, then send it (a say again with its id,
                    // which the relay answers with the first echo if it had it already).
                    if (!reconnected.await(30, TimeUnit.SECONDS)) {
                        totals.error("no-reconnect");
                        return;
                    }
                    continue;
                }
                try {
                    out.write(bytes);
                    if (flush) {
                        out.flush();
                    }
                    return;
                } catch (IOException e) {
                    breakConnection();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            writeLock.unlock();
        }
    }

    private boolean socketIs(Socket s) {
        writeLock.lock();
        try {
            return socket == s;
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * A write failed: close the socket so its reader sees the end and resumes, and stop writing
     * to it meanwhile. Guarded by writeLock.
     */
    private void breakConnection() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing is best effort.
            }
        }
        out = null;
    }

    /** Guarded by writeLock. */
    private void closeSocket() {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException ignored) {
            // Closing is best effort.
        }
        socket = null;
        out = null;
    }
}
