package dev.hearth.relay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.protocol.ProtocolDefaults;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files in flight at once, against the jar in its own JVM: ten sessions upload a 32 MiB file each
 * while fifty fetch 32 MiB files shared before (five files, ten fetchers each) one 1 MiB window at
 * a time, and two friends chat in a room of their own every 20 ms (the fetchers are in it too, so
 * chat reaches them between chunks). Every upload is delivered (its sender's echo), every fetch is
 * complete and has the SHA-256 offered, nobody gets an error or is cut off, the heap after
 * collections stays within {@code -Xmx} with no full collection for want of space, and the relay
 * stops cleanly. Speeds, latencies and the heap are printed, never asserted.
 *
 * <p>Ten uploads of the largest file reserve 320 MiB, more than the default file memory holds, so
 * the relay gets the file memory this load needs and the heap docs/relay.md ("Memory") asks for it:
 * {@code --file-memory} = (10 uploads + 5 shared files) × 32 MiB = 480 MiB; the heap holds at most
 * 209 MiB (chat limits) + 480 MiB (files) + 30 MiB (chunks being decoded) = 719 MiB; divided by 0.8
 * to leave a fifth to the collector, 899 MiB, rounded up to a multiple of 32 MiB as the docs' table
 * rounds: {@code -Xmx928m}, with the launchers' other options. The chat has a room of its own
 * because a file lives as long as its message is in its room's backlog (100 messages), which the
 * chat would fill within seconds.
 *
 * <p>Plaintext: the subject is the relay's memory and its files' path, not TLS, whose cost on two
 * cores shared with the clients would only stretch the run. Each session comes from an address of
 * a /24 of its own (127.group.index.1), so the per-address and per-network caps let them all in.
 * Every client runs on a platform thread: the fetchers' decoding and hashing would keep virtual
 * threads' carriers busy for seconds, and the chat, and its clocks, would wait for them.
 */
class FileLoadIT {
    private static final Pattern LISTENING = Pattern.compile("listening on \\S+:(\\d+)");
    private static final Pattern GC_PAUSE = Pattern.compile("GC\\(\\d+\\) (Pause .+?) \\d+M->(\\d+)M\\(\\d+M\\) ([\\d.]+)ms");
    private static final int CHUNK = ProtocolDefaults.CHUNK_BYTES;
    private static final int FILE_BYTES = (int) ProtocolDefaults.MAX_FILE_BYTES;
    private static final int CHUNKS = FILE_BYTES / CHUNK;
    private static final int WINDOW = 1_048_576;
    private static final int UPLOADERS = 10;
    private static final int SHARED = 5;
    private static final int FETCHERS = 50;
    private static final long FILE_MEMORY = (long) (UPLOADERS + SHARED) * FILE_BYTES;
    private static final int HEAP_MIB = 928;
    private static final Duration CHAT_EVERY = Duration.ofMillis(20);
    /** How long the load may take before the test gives up on it; it takes well under a minute. */
    private static final Duration LOAD_LIMIT = Duration.ofMinutes(3);

    @TempDir
    Path temp;

    private final LoadCrew crew = new LoadCrew();
    private final List<Wire> wires = new ArrayList<>(); // Guarded by itself
    private final CountDownLatch ready = new CountDownLatch(UPLOADERS + FETCHERS);
    private final CountDownLatch go = new CountDownLatch(1);
    private final CountDownLatch done = new CountDownLatch(UPLOADERS + FETCHERS);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final AtomicInteger uploadsDelivered = new AtomicInteger();
    private final AtomicInteger fetchesIntact = new AtomicInteger();
    private final AtomicLong lastUploadNanos = new AtomicLong();
    private final AtomicLong lastFetchNanos = new AtomicLong();
    /** When chat line k was said (System.nanoTime), 0 before. */
    private final AtomicLongArray saidAt = new AtomicLongArray(100_000);
    private final Latencies toFriend = new Latencies();
    private final Latencies echo = new Latencies();
    private final Latencies toFetchers = new Latencies();
    private TestBytes bytes;
    private int port;

    @Test
    void tenUploadsAndFiftyFetchesOf32MiBFilesStayInTheHeapWhileChatFlowsAndTheRelayStopsCleanly() throws Exception {
        bytes = new TestBytes(UPLOADERS + SHARED);
        Path gcLog = temp.resolve("gc.log");
        try (RelayProcess relay = RelayProcess.start(temp, jvmOptions(gcLog), "--plaintext", "--open", "--port", "0",
                "--bind", "127.0.0.1", "--data-dir", temp.resolve("data").toString(), "--file-memory",
                String.valueOf(FILE_MEMORY), "--rate", "100", "--burst", "100")) {
            Matcher listening = LISTENING.matcher(relay.awaitStdout(l -> l.contains("listening on"), Duration.ofSeconds(30)));
            assertTrue(listening.find());
            port = Integer.parseInt(listening.group(1));

            Wire ann = friend("ann", 0);
            friend("bob", 1);
            List<Thread> load = startLoad(share());
            awaitReady();
            Thread chat = Thread.ofPlatform().daemon().name("chat").start(() -> crew.guarded(() -> chat(ann)));
            long started = System.nanoTime();
            go.countDown();
            watch(relay, started);
            long loadNanos = System.nanoTime() - started;

            crew.stop();
            chat.join(Duration.ofSeconds(10));
            closeAll();
            for (Thread t : load) {
                assertTrue(t.join(Duration.ofSeconds(30)), () -> t.getName() + " did not stop");
            }
            assertEquals(List.of(), crew.failures());
            assertEquals(UPLOADERS, uploadsDelivered.get(), "every upload delivered");
            assertEquals(FETCHERS, fetchesIntact.get(), "every fetch complete and intact");
            assertEquals(UPLOADERS + FETCHERS, mostInFlight.get(), "every transfer in flight at once");

            relay.process().destroy();
            assertEquals(0, relay.awaitExit(Duration.ofSeconds(30)), () -> "exit after SIGTERM; " + relay.stderr());
            GcSummary gc = GcSummary.of(gcLog);
            report(started, loadNanos, gc);
            assertEquals(0, gc.fullPauses(), "full collections for want of space");
            assertTrue(gc.peakAfterMiB() <= HEAP_MIB, () -> "heap after a collection " + gc.peakAfterMiB() + " MiB");
        }
    }

    /** The launchers' options with the heap this load's file memory needs, and a GC log. */
    private static List<String> jvmOptions(Path gcLog) {
        List<String> jvm = new ArrayList<>(RelayProcess.LAUNCHER_JVM_OPTIONS.stream()
                .filter(o -> !o.startsWith("-Xmx")).toList());
        jvm.add("-Xmx" + HEAP_MIB + "m");
        jvm.add("-Xlog:gc:file=" + gcLog);
        return jvm;
    }

    /** Until every uploader has its blob and every fetcher is in its rooms; a failure ends the wait early. */
    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!ready.await(250, TimeUnit.MILLISECONDS)) {
            assertEquals(List.of(), crew.failures());
            assertTrue(System.nanoTime() < deadline, () -> ready.getCount() + " sessions not ready after a minute");
        }
    }

    /** Until every transfer is done: the relay stays up, and a failure ends the wait early. */
    private void watch(RelayProcess relay, long started) throws InterruptedException {
        long deadline = started + LOAD_LIMIT.toNanos();
        while (!done.await(250, TimeUnit.MILLISECONDS)) {
            assertTrue(relay.process().isAlive(), () -> "the relay died: " + relay.stderr());
            assertEquals(List.of(), crew.failures());
            assertTrue(System.nanoTime() < deadline, () -> done.getCount() + " transfers unfinished after " + LOAD_LIMIT);
        }
        assertTrue(relay.process().isAlive(), () -> "the relay died: " + relay.stderr());
    }

    private void report(long started, long loadNanos, GcSummary gc) {
        double up = (double) UPLOADERS * FILE_BYTES / 1e6 / ((lastUploadNanos.get() - started) / 1e9);
        double down = (double) FETCHERS * FILE_BYTES / 1e6 / ((lastFetchNanos.get() - started) / 1e9);
        System.out.printf("file load: %d uploads and %d fetches of 32 MiB in %.1f s; up %.0f MB/s, down %.0f MB/s;"
                + " chat to the friend p50/p99/max %s ms (echo %s, to fetchers %s); heap after GC at most %d MiB of"
                + " %d; GC pauses %d ms in all (%d pauses)%n", UPLOADERS, FETCHERS, loadNanos / 1e9, up, down,
                toFriend.summary(), echo.summary(), toFetchers.summary(), gc.peakAfterMiB(), HEAP_MIB,
                Math.round(gc.pauseMillis()), gc.pauses());
    }

    /** A friend in the chat room, reading on a thread of its own. */
    private Wire friend(String nick, int index) throws Exception {
        Wire wire = login(LoadCrew.address(3, index), nick);
        wire.join("chat");
        Latencies latencies = nick.equals("ann") ? echo : toFriend;
        Thread.ofPlatform().daemon().name(nick).start(() -> crew.guarded(() -> readOn(wire, latencies)));
        return wire;
    }

    /** The files the fetchers fetch, each uploaded by a session of its own: their blobs. */
    private List<String> share() throws Exception {
        List<String> blobs = new ArrayList<>();
        for (int f = 0; f < SHARED; f++) {
            Wire sharer = login(LoadCrew.address(4, f), "sharer" + f);
            sharer.join("files");
            blobs.add(sharer.offer(f, bytes));
            upload(sharer, blobs.get(f), f);
            sharer.awaitEcho(f, blobs.get(f), bytes);
            Thread.ofPlatform().daemon().name("sharer-" + f).start(() -> crew.guarded(() -> readOn(sharer, null)));
        }
        return blobs;
    }

    /** Every uploader and fetcher on a thread of its own; each counts down {@code ready} once it may start. */
    private List<Thread> startLoad(List<String> shared) {
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < UPLOADERS; u++) {
            int file = SHARED + u;
            threads.add(Thread.ofPlatform().daemon().name("uploader-" + u).start(() -> crew.guarded(() -> uploader(file))));
        }
        for (int f = 0; f < FETCHERS; f++) {
            int fetcher = f;
            int file = f % SHARED;
            threads.add(Thread.ofPlatform().daemon().name("fetcher-" + f)
                    .start(() -> crew.guarded(() -> fetcher(fetcher, file, shared.get(file)))));
        }
        return threads;
    }

    /** Offers its file, waits for the others, sends every chunk and waits for its message's echo. */
    private void uploader(int file) throws Exception {
        Wire wire = login(LoadCrew.address(5, file), "up" + file);
        wire.join("files");
        String blob = wire.offer(file, bytes);
        ready.countDown();
        go.await();
        started();
        upload(wire, blob, file);
        wire.awaitEcho(file, blob, bytes);
        uploadsDelivered.incrementAndGet();
        finished(lastUploadNanos);
        readOn(wire, null);
    }

    private void upload(Wire wire, String blob, int file) throws IOException {
        byte[] chunk = new byte[CHUNK];
        byte[] base64 = new byte[(CHUNK + 2) / 3 * 4];
        for (int i = 0; i < CHUNKS; i++) {
            bytes.chunk(file, i, chunk);
            int length = Base64.getEncoder().encode(chunk, base64);
            wire.sendChunk(blob, i, base64, length);
        }
    }

    /** Fetches the whole file window by window, checking every chunk, then stays to hear the chat. */
    private void fetcher(int fetcher, int file, String blob) throws Exception {
        Wire wire = login(LoadCrew.address(6, fetcher), "fetch" + fetcher);
        wire.join("files");
        wire.join("chat");
        ready.countDown();
        go.await();
        started();
        MessageDigest sha256 = sha256();
        for (long from = 0; from < FILE_BYTES; from += WINDOW) {
            wire.send("{\"type\":\"fetch\",\"blob\":\"" + blob + "\",\"from\":" + from + ",\"max\":" + WINDOW
                    + ",\"id\":\"w" + from + "\"}");
            fetchWindow(wire, file, blob, from, sha256);
            wire.send("{\"type\":\"ack\",\"n\":" + wire.lastN + "}");
        }
        assertEquals(bytes.sha256(file), HexFormat.of().formatHex(sha256.digest()), "the fetched file's SHA-256");
        fetchesIntact.incrementAndGet();
        finished(lastFetchNanos);
        readOn(wire, toFetchers);
    }

    /** Reads one window's chunks, in order and each of them the right one, up to its {@code fetched}. */
    private void fetchWindow(Wire wire, int file, String blob, long from, MessageDigest sha256) throws IOException {
        long expected = from / CHUNK;
        long end = Math.min(FILE_BYTES, from + WINDOW) / CHUNK;
        while (true) {
            wire.readLine();
            if (wire.is("chunk")) {
                assertEquals(blob, wire.text("blob"), "a chunk of the file fetched");
                assertEquals(expected, wire.number("i"), "chunks in order");
                ByteBuffer data = wire.base64("data");
                assertEquals(bytes.stamp(file, expected), data.getLong(0), () -> "chunk " + wire.number("i")
                        + " is not that chunk of file " + file);
                sha256.update(data);
                expected++;
            } else if (wire.is("fetched")) {
                assertEquals("w" + from, wire.text("id"));
                assertEquals(end, expected, "every chunk of the window before its fetched");
                return;
            } else {
                heard(wire, toFetchers);
            }
        }
    }

    /** Says a numbered line every 20 ms until the load is over, never faster, well within the rate limit. */
    private void chat(Wire ann) throws IOException {
        long next = System.nanoTime();
        for (int k = 0; !crew.stopping() && k < saidAt.length(); k++) {
            LockSupport.parkNanos(next - System.nanoTime()); // the chat's pace, not a synchronisation
            next = Math.max(next + CHAT_EVERY.toNanos(), System.nanoTime()); // late: no burst to catch up
            saidAt.set(k, System.nanoTime());
            ann.send("{\"type\":\"say\",\"room\":\"chat\",\"text\":\"chat " + k + "\",\"id\":\"s" + k + "\"}");
        }
    }

    /** Reads until the test closes the connection: chat lines measured, errors and pings answered. */
    private void readOn(Wire wire, Latencies latencies) throws IOException {
        try {
            for (int lines = 1; ; lines++) {
                try {
                    wire.readLine();
                } catch (SocketTimeoutException quiet) {
                    continue; // nothing to hear for a while: a sharer's room is quiet once the uploads are in
                }
                heard(wire, latencies);
                if (lines % 64 == 0) {
                    wire.send("{\"type\":\"ack\",\"n\":" + wire.lastN + "}");
                }
            }
        } catch (IOException e) {
            if (!crew.stopping()) {
                throw e;
            }
        }
    }

    /** A line besides the ones awaited: a chat line is timed, an error fails the test, a ping is answered. */
    private void heard(Wire wire, Latencies latencies) throws IOException {
        if (wire.is("error")) {
            throw new AssertionError(wire.nick + " got " + wire.line());
        } else if (wire.is("ping")) {
            wire.send("{\"type\":\"pong\"}");
        } else if (latencies != null && wire.is("message") && wire.has("\"room\":\"chat\"")) {
            long said = saidAt.get((int) wire.chatNumber());
            latencies.add(System.nanoTime() - said);
        }
    }

    private void started() {
        int now = inFlight.incrementAndGet();
        mostInFlight.accumulateAndGet(now, Math::max);
    }

    private void finished(AtomicLong last) {
        inFlight.decrementAndGet();
        last.accumulateAndGet(System.nanoTime(), Math::max);
        done.countDown();
    }

    private Wire login(InetAddress from, String nick) throws IOException {
        Wire wire = Wire.connect(from, port, nick);
        synchronized (wires) {
            wires.add(wire);
        }
        wire.send("{\"type\":\"hello\",\"v\":1,\"nick\":\"" + nick + "\"}");
        wire.readLine();
        assertTrue(wire.is("welcome"), () -> nick + " was not welcomed: " + wire.line());
        return wire;
    }

    private void closeAll() throws IOException {
        synchronized (wires) {
            for (Wire wire : wires) {
                wire.close();
            }
        }
    }





    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The files' bytes without holding them: one 32 MiB pool of random bytes, each chunk of file
     * {@code f} stamped in its first 8 bytes with {@code f} and its index, so that every chunk of
     * every file differs and a chunk served from the wrong place is told by its stamp.
     */
    private static final class TestBytes {
        private final byte[] pool = new byte[FILE_BYTES];
        private final String[] sha256;

        TestBytes(int files) {
            new Random(42).nextBytes(pool);
            sha256 = new String[files];
            byte[] chunk = new byte[CHUNK];
            for (int f = 0; f < files; f++) {
                MessageDigest digest = FileLoadIT.sha256();
                for (int i = 0; i < CHUNKS; i++) {
                    chunk(f, i, chunk);
                    digest.update(chunk);
                }
                sha256[f] = HexFormat.of().formatHex(digest.digest());
            }
        }

        void chunk(int file, int i, byte[] into) {
            System.arraycopy(pool, i * CHUNK, into, 0, CHUNK);
            ByteBuffer.wrap(into).putLong(0, stamp(file, i));
        }

        long stamp(int file, long i) {
            return (long) file << 32 | i;
        }

        String sha256(int file) {
            return sha256[file];
        }
    }

    /**
     * A plaintext connection from a chosen local address whose lines are read into a buffer of its
     * own and looked at in place, without a JSON parse: fifty fetchers take 1.6 GB of chunk lines
     * on the two cores the relay runs on. Sends from any thread; reads from one.
     */
    private static final class Wire implements AutoCloseable {
        private static final byte[] NEWLINE = {'\n'};

        final String nick;
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private byte[] buffer = new byte[256 * 1024];
        private int unreadFrom;
        private int unreadTo;
        private int lineFrom;
        private int lineTo;
        /** The counter of the last numbered line read. */
        long lastN;

        private Wire(String nick, Socket socket) throws IOException {
            this.nick = nick;
            this.socket = socket;
            this.in = socket.getInputStream();
            this.out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
        }

        static Wire connect(InetAddress local, int port, String nick) throws IOException {
            Socket socket = new Socket();
            try {
                socket.setTcpNoDelay(true);
                socket.bind(new InetSocketAddress(local, 0));
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
                socket.setSoTimeout(30_000);
                return new Wire(nick, socket);
            } catch (IOException e) {
                socket.close();
                throw e;
            }
        }

        synchronized void send(String line) throws IOException {
            out.write(line.getBytes(StandardCharsets.UTF_8));
            out.write(NEWLINE);
            out.flush();
        }

        synchronized void sendChunk(String blob, int i, byte[] base64, int length) throws IOException {
            out.write(("{\"type\":\"chunk\",\"blob\":\"" + blob + "\",\"i\":" + i + ",\"data\":\"")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(base64, 0, length);
            out.write("\"}\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        void join(String room) throws IOException {
            send("{\"type\":\"join\",\"room\":\"" + room + "\"}");
            do {
                readLine();
                failOnError();
            } while (!is("joined"));
        }

        /** Offers file {@code f} to the files room: its blob. */
        String offer(int f, TestBytes bytes) throws IOException {
            send("{\"type\":\"file-offer\",\"room\":\"files\",\"name\":\"file" + f + ".bin\",\"mime\":"
                    + "\"application/octet-stream\",\"size\":" + FILE_BYTES + ",\"sha256\":\"" + bytes.sha256(f)
                    + "\",\"id\":\"o" + f + "\"}");
            do {
                readLine();
                failOnError();
            } while (!is("file-ready"));
            assertEquals("o" + f, text("id"));
            return text("blob");
        }

        /** Waits for the message delivering its upload, which confirms it. */
        void awaitEcho(int f, String blob, TestBytes bytes) throws IOException {
            do {
                readLine();
                failOnError();
            } while (!(is("message") && has("\"id\":\"o" + f + "\"")));
            assertEquals(nick, text("from"));
            assertTrue(has("\"blob\":\"" + blob + "\""), this::line);
            assertTrue(has("\"sha256\":\"" + bytes.sha256(f) + "\""), this::line);
            assertTrue(has("\"size\":" + FILE_BYTES), this::line);
        }

        /** The next line, looked at by the methods below until the next call. */
        void readLine() throws IOException {
            int scanned = unreadFrom;
            while (true) {
                for (; scanned < unreadTo; scanned++) {
                    if (buffer[scanned] == '\n') {
                        lineFrom = unreadFrom;
                        lineTo = scanned;
                        unreadFrom = scanned + 1;
                        counter();
                        return;
                    }
                }
                int alreadyScanned = scanned - unreadFrom;
                fill();
                scanned = unreadFrom + alreadyScanned;
            }
        }

        private void fill() throws IOException {
            int unread = unreadTo - unreadFrom;
            System.arraycopy(buffer, unreadFrom, buffer, 0, unread);
            unreadFrom = 0;
            unreadTo = unread;
            if (unreadTo == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            int read;
            try {
                read = in.read(buffer, unreadTo, buffer.length - unreadTo);
            } catch (SocketTimeoutException e) {
                throw (SocketTimeoutException) new SocketTimeoutException(nick + " heard nothing for 30 s").initCause(e);
            }
            if (read < 0) {
                throw new EOFException(nick + ": the relay closed the connection");
            }
            unreadTo += read;
        }

        boolean is(String type) {
            return startsWith("{\"type\":\"" + type + "\"");
        }

        boolean has(String text) {
            return indexOf(text.getBytes(StandardCharsets.UTF_8)) >= 0;
        }

        /** A string field's value; no escapes in the ones asked for. */
        String text(String field) {
            int from = valueAt(field) + 1;
            int to = from;
            while (buffer[to] != '"') {
                to++;
            }
            return new String(buffer, from, to - from, StandardCharsets.UTF_8);
        }

        long number(String field) {
            return digits(valueAt(field));
        }

        /** A base64 field's bytes. */
        ByteBuffer base64(String field) {
            int from = valueAt(field) + 1;
            int to = from;
            while (buffer[to] != '"') {
                to++;
            }
            return Base64.getDecoder().decode(ByteBuffer.wrap(buffer, from, to - from));
        }

        /** The k of a chat line's text "chat k". */
        long chatNumber() {
            return digits(valueAt("text") + "\"chat ".length());
        }

        String line() {
            return new String(buffer, lineFrom, lineTo - lineFrom, StandardCharsets.UTF_8);
        }

        private void failOnError() {
            if (is("error")) {
                throw new AssertionError(nick + " got " + line());
            }
        }

        /** The relay puts a numbered line's counter last: {@code ,"n":123}}. */
        private void counter() {
            int at = lineTo - 2;
            while (at > lineFrom && buffer[at] >= '0' && buffer[at] <= '9') {
                at--;
            }
            if (at < lineTo - 2 && at - 4 >= lineFrom && buffer[at] == ':' && buffer[at - 1] == '"'
                    && buffer[at - 2] == 'n' && buffer[at - 3] == '"') {
                lastN = digits(at + 1);
            }
        }

        private int valueAt(String field) {
            int at = indexOf(("\"" + field + "\":").getBytes(StandardCharsets.UTF_8));
            if (at < 0) {
                throw new AssertionError("no \"" + field + "\" in " + line());
            }
            return at + field.length() + 3;
        }

        private long digits(int from) {
            long value = 0;
            for (int at = from; buffer[at] >= '0' && buffer[at] <= '9'; at++) {
                value = value * 10 + buffer[at] - '0';
            }
            return value;
        }

        private boolean startsWith(String prefix) {
            if (lineTo - lineFrom < prefix.length()) {
                return false;
            }
            for (int k = 0; k < prefix.length(); k++) {
                if (buffer[lineFrom + k] != prefix.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Where {@code needle} starts in the line, or -1. A chunk's data holds no quote, so a
         * search for a field skips it quickly.
         */
        private int indexOf(byte[] needle) {
            outer:
            for (int at = lineFrom; at <= lineTo - needle.length; at++) {
                for (int k = 0; k < needle.length; k++) {
                    if (buffer[at + k] != needle[k]) {
                        continue outer;
                    }
                }
                return at;
            }
            return -1;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** Latencies in nanoseconds, from any thread. */
    private static final class Latencies {
        private long[] values = new long[4096]; // Guarded by this
        private int count; // Guarded by this

        synchronized void add(long nanos) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = nanos;
        }

        /** {@code p50/p99/max} in milliseconds. */
        synchronized String summary() {
            if (count == 0) {
                return "-/-/-";
            }
            long[] sorted = Arrays.copyOf(values, count);
            Arrays.sort(sorted);
            return millis(sorted[count / 2]) + "/" + millis(sorted[(int) (count * 0.99)]) + "/" + millis(sorted[count - 1]);
        }

        private static String millis(long nanos) {
            return String.format("%.1f", nanos / 1e6);
        }
    }

    /**
     * The GC log's story: the most the heap held after a collection (dead objects in the old
     * generation included), how many full collections the heap's filling up forced, and the pauses.
     */
    private record GcSummary(long peakAfterMiB, int fullPauses, int pauses, double pauseMillis) {
        static GcSummary of(Path log) throws IOException {
            long peak = 0;
            int full = 0;
            int pauses = 0;
            double millis = 0;
            for (String line : Files.readAllLines(log)) {
                Matcher m = GC_PAUSE.matcher(line);
                if (m.find()) {
                    peak = Math.max(peak, Long.parseLong(m.group(2)));
                    pauses++;
                    millis += Double.parseDouble(m.group(3));
                    if (m.group(1).startsWith("Pause Full") && !m.group(1).contains("System.gc")) {
                        full++;
                    }
                }
            }
            return new GcSummary(peak, full, pauses, millis);
        }
    }
}
