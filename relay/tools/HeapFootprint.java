import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Measures the relay's heap: the JVM's own baseline when idle, and what each logged-in connection
 * adds: idle, after it has sent and received one line of the longest text (4,000 emoji), and while
 * it is in the middle of sending a line just under the frame limit (the read buffer at its
 * largest), in plaintext and over TLS. Starts the packaged jar the way the launchers do (-Xmx640m
 * -XX:+ExitOnOutOfMemoryError, default limits) and reads the heap after a full GC with jcmd.
 * docs/performance.md ("Memory under the default limits") holds the results.
 *
 * <pre>
 * ./mvnw -q -pl shared-model,relay -DskipTests verify
 * java relay/tools/HeapFootprint.java relay/target/hearth-relay.jar [connections, default 256]
 * </pre>
 *
 * Connections come from 127.1.N.1, one per /24, so the per-address and per-network caps let all in.
 * A measuring tool, not a test: run by hand, on Linux (it needs 127.0.0.0/8 on loopback).
 */
public class HeapFootprint {
    private static final Pattern LISTENING = Pattern.compile("listening on \\S+:(\\d+)");
    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private static final String JAVA_HOME = System.getProperty("java.home");
    private static final String BIG_TEXT = "😀".repeat(4000);
    /** Just under the default frame limit, and never finished: the relay's read buffer at its largest. */
    private static final int UNFINISHED_LINE_BYTES = 60_000;

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "relay/target/hearth-relay.jar");
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        for (boolean tls : new boolean[] {false, true}) {
            measure(jar, connections, tls);
        }
    }

    private static void measure(Path jar, int count, boolean tls) throws Exception {
        Path dataDir = Files.createTempDirectory("hearth-heap");
        List<String> command = new ArrayList<>(List.of(Path.of(JAVA_HOME, "bin", "java").toString(), "-Xmx640m",
                "-XX:+ExitOnOutOfMemoryError", "-jar", jar.toString(), "--port", "0", "--bind", "127.0.0.1",
                "--data-dir", dataDir.toString()));
        if (!tls) {
            command.add("--plaintext");
        }
        Process relay = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            int port = port(relay);
            String transport = tls ? "TLS 1.3" : "plaintext";
            long idle = heapUsedKiB(relay);
            List<Client> clients = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                clients.add(Client.login(port, i, tls));
            }
            long loggedIn = heapUsedKiB(relay);
            for (Client client : clients) {
                client.dmSelfAndAck();
            }
            long afterLongLine = heapUsedKiB(relay);
            for (Client client : clients) {
                client.send("{\"type\":\"ping\",\"id\":\"" + "z".repeat(UNFINISHED_LINE_BYTES) + "\"", false);
            }
            long midLine = heapUsedKiB(relay);
            System.out.printf("%s: idle relay %,d KiB heap used after full GC; %d connections logged in: %,d KiB"
                    + " (%,d KiB each); after one %,d-byte text each way: %,d KiB (%,d KiB each); each in the middle of"
                    + " a %,d-byte line: %,d KiB (%,d KiB each); relay RSS %,d KiB%n",
                    transport, idle, count, loggedIn, (loggedIn - idle) / count,
                    BIG_TEXT.getBytes(StandardCharsets.UTF_8).length, afterLongLine, (afterLongLine - idle) / count,
                    UNFINISHED_LINE_BYTES, midLine, (midLine - idle) / count, rssKiB(relay));
            for (Client client : clients) {
                client.close();
            }
        } finally {
            relay.destroy();
            relay.waitFor(15, TimeUnit.SECONDS);
            relay.destroyForcibly();
        }
    }

    private static int port(Process relay) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(relay.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        throw new IllegalStateException("the relay exited without listening");
    }

    /** Heap used after a full GC, the lowest of three tries (a GC may run while a connection settles). */
    private static long heapUsedKiB(Process relay) throws Exception {
        long lowest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            jcmd(relay, "GC.run");
            Matcher m = USED.matcher(jcmd(relay, "GC.heap_info"));
            if (!m.find()) {
                throw new IllegalStateException("no heap figure from jcmd");
            }
            lowest = Math.min(lowest, Long.parseLong(m.group(1)));
        }
        return lowest;
    }

    private static String jcmd(Process relay, String what) throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(JAVA_HOME, "bin", "jcmd").toString(), String.valueOf(relay.pid()), what)
                .redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        return out;
    }

    private static long rssKiB(Process relay) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(relay.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    /** One logged-in connection, reading line by line. */
    private record Client(Socket socket, BufferedReader in, OutputStream out, String nick) {
        static Client login(int port, int i, boolean tls) throws Exception {
            Socket tcp = new Socket();
            tcp.bind(new InetSocketAddress(InetAddress.getByName("127.1." + i + ".1"), 0));
            tcp.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
            Socket socket = tcp;
            if (tls) {
                SSLSocket secured = (SSLSocket) trustAll().getSocketFactory().createSocket(tcp, "127.0.0.1", port, true);
                secured.setEnabledProtocols(new String[] {"TLSv1.3"});
                secured.startHandshake();
                socket = secured;
            }
            socket.setSoTimeout(30_000);
            Client client = new Client(socket,
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)),
                    socket.getOutputStream(), "m" + i);
            client.send("{\"type\":\"hello\",\"v\":1,\"nick\":\"" + client.nick + "\"}");
            client.await("\"welcome\"");
            return client;
        }

        /** A direct message to itself: the relay reads one long line and writes one back; the ack frees it. */
        void dmSelfAndAck() throws IOException {
            send("{\"type\":\"dm\",\"to\":\"" + nick + "\",\"text\":\"" + BIG_TEXT + "\"}");
            String echo = await("\"dm\"");
            Matcher n = Pattern.compile("\"n\":(\\d+)").matcher(echo);
            if (!n.find()) {
                throw new IllegalStateException("an echo without n");
            }
            send("{\"type\":\"ack\",\"n\":" + n.group(1) + "}");
        }

        void send(String line) throws IOException {
            send(line, true);
        }

        void send(String line, boolean finished) throws IOException {
            out.write((finished ? line + "\n" : line).getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        String await(String type) throws IOException {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.contains("\"type\":" + type)) {
                    return line;
                }
            }
            throw new IOException("closed while waiting for " + type);
        }

        void close() throws IOException {
            socket.close();
        }
    }

    private static SSLContext trustAll() throws Exception {
        // Measuring only: the relay's own self-signed certificate, not checked.
        TrustManager any = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String auth) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String auth) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(null, new TrustManager[] {any}, new SecureRandom());
        return context;
    }
}
