package dev.hearth.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The privacy promise, checked from the outside: message text, DM text, typing state, the
 * password and session tokens never reach the relay's log, its console or its disk, while the
 * log still records metadata such as who logged in.
 */
class PrivacyIT {
    private static final int MAX_TEXT = 100;

    @Test
    void logsAndConsoleHoldMetadataButNoTextTypingOrSecrets() throws Exception {
        Secrets secrets = new Secrets();
        List<String> records = new ArrayList<>();
        Handler capture = new Handler() {
            private final SimpleFormatter formatter = new SimpleFormatter();

            @Override
            public void publish(LogRecord record) {
                synchronized (records) {
                    records.add(everythingIn(record, formatter));
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        Level rootLevel = root.getLevel();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream captured = new PrintStream(console, true, StandardCharsets.UTF_8);
        root.addHandler(capture);
        root.setLevel(Level.ALL);
        System.setOut(captured);
        System.setErr(captured);
        try {
            Relay relay = TestTransport.startRelay(config(secrets.password).build());
            try {
                exercise(relay.port(), secrets);
            } finally {
                relay.shutdown();
            }
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
            root.setLevel(rootLevel);
            root.removeHandler(capture);
        }

        List<String> logs;
        synchronized (records) {
            logs = List.copyOf(records);
        }
        assertTrue(logs.stream().anyMatch(r -> r.contains("alice")), "the log records metadata such as nicks");
        assertTrue(logs.stream().anyMatch(r -> r.contains("alicia")), "the log records renames");
        for (String record : logs) {
            assertNoSecret("log record", record, secrets);
            assertFalse(record.toLowerCase(Locale.ROOT).contains("typing"), () -> "typing state in the log: " + record);
        }
        assertNoSecret("stdout/stderr", console.toString(StandardCharsets.UTF_8), secrets);
        System.out.printf("privacy: %d log records checked for %d secrets%n", logs.size(), secrets.all().size());
    }

    @Test
    void aRelayProcessWritesNoFileAndPrintsNoSecret(@TempDir Path sandbox) throws Exception {
        Secrets secrets = new Secrets();
        Path work = Files.createDirectories(sandbox.resolve("work"));
        Path home = Files.createDirectories(sandbox.resolve("home"));
        Path tmp = Files.createDirectories(sandbox.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData", "-Xshare:off",
                "-Duser.home=" + home, "-Djava.io.tmpdir=" + tmp));
        command.addAll(TestTransport.childJvmOptions());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ChildRelay.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().put("HOME", home.toString());
        builder.environment().put("TMPDIR", tmp.toString());
        builder.environment().put(ChildRelay.PASSWORD_ENV, secrets.password);
        Process child = builder.start();
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> readAll(child.getErrorStream()));
        String stdout;
        try {
            int port = readPort(child.getInputStream());
            exercise(port, secrets);
        } finally {
            child.toHandle().destroy(); // SIGTERM, leaving our pipes open; the child's shutdown hook stops its relay
            assertTrue(child.waitFor(10, TimeUnit.SECONDS), "the relay process did not stop");
            stdout = readAll(child.getInputStream());
        }

        String console = stdout + stderr.get(10, TimeUnit.SECONDS);
        assertTrue(console.contains("logged in as alice"), () -> "the child's log went to its console:\n" + console);
        assertNoSecret("the relay process's console", console, secrets);
        try (Stream<Path> files = Files.walk(sandbox)) {
            List<Path> written = files.filter(Files::isRegularFile).toList();
            // Over TLS too: the child serves an identity this JVM made outside the sandbox.
            assertEquals(List.of(), written, "a relay writes no file");
        }
    }

    /** Everything a relay does with text: rooms, DMs, typing, errors, rename, resumption, bye. */
    private static void exercise(int port, Secrets s) throws IOException {
        try (TestClient alice = TestClient.connect(port);
             TestClient bob = TestClient.connect(port);
             TestClient eve = TestClient.connect(port);
             TestClient big = TestClient.connect(port);
             // From another network: the relay's log is rate-limited per network, and carol's lines
             // would otherwise crowd out the ones this test looks for.
             TestClient carol = TestClient.connectFrom(InetAddress.getByName("127.0.1.1"), port)) {
            String token = alice.login("alice", s.password).get("session").asText();
            s.tokens.add(token);
            alice.join("lobby");
            s.tokens.add(bob.login("bob", s.password).get("session").asText());
            bob.join("lobby");
            alice.next("presence");

            alice.say("lobby", s.say, "s1");
            JsonNode said = bob.next("message");
            assertEquals(s.say, said.get("text").asText());
            String mid = said.get("mid").asText();
            alice.dm("bob", s.dm, "d1");
            assertEquals(s.dm, bob.next("dm").get("text").asText());
            bob.dm("alice", s.dmBack, "d2");
            alice.send("{\"type\":\"typing\",\"room\":\"lobby\",\"on\":true}");
            bob.next("typing");
            bob.send("{\"type\":\"typing\",\"to\":\"alice\",\"on\":true}");
            alice.nextMatching(n -> n.path("type").asText().equals("typing") && n.has("to"), "DM typing");
            // Protocol 1.1: a reply, a reaction and an edit carry content too.
            bob.request("type", "say", "room", "lobby", "text", s.reply, "reply", mid, "id", "r1");
            assertEquals(s.reply, alice.next("message").get("text").asText());
            bob.request("type", "react", "mid", mid, "emoji", s.reaction, "on", true, "id", "r2");
            assertEquals(s.reaction, alice.next("reaction").get("emoji").asText());
            alice.request("type", "edit", "mid", mid, "text", s.edit, "id", "e1");
            assertEquals(s.edit, bob.next("edited").get("text").asText());
            alice.next("edited");

            shareFiles(carol, bob, s);
            alice.nextMatching(n -> n.has("file"), "carol's file"); // after her presence

            alice.say("lobby", s.tooLong, "s2");
            alice.expectError("text-too-long");
            alice.say("lobby", s.withNul, "s3");
            alice.expectError("bad-request");
            alice.send("{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"" + s.inBrokenJson);
            alice.expectError("bad-request");
            alice.send("{\"type\":\"say\",\"room\":\"lobby\",\"text\":[" + TestClient.quote(s.inWrongKind) + "]}");
            alice.expectError("bad-request");
            alice.dm("nobody", s.dmNowhere, "d3");
            alice.expectError("no-such-nick");
            for (int i = 0; i < 5; i++) { // a burst of 3: some of these are refused
                alice.say("lobby", s.flood + " " + i, "f" + i);
            }
            alice.nextMatching(n -> "rate-limited".equals(n.path("code").asText()), "rate-limited");

            alice.send("{\"type\":\"nick\",\"nick\":\"alicia\"}");
            alice.next("nick");
            alice.close();
            try (TestClient again = TestClient.connect(port)) {
                again.send("{\"type\":\"hello\",\"v\":1,\"resume\":" + TestClient.quote(token) + ",\"last\":0,\"password\":"
                        + TestClient.quote(s.password) + "}");
                JsonNode welcome = again.next();
                assertEquals("welcome", welcome.path("type").asText(), welcome::toString);
                assertEquals(s.say, again.next("message").get("text").asText(), "the replay holds the text");
                again.send("{\"type\":\"bye\"}");
                assertTrue(again.closedByRelay());
            }
            bob.nextMatching(n -> "leave".equals(n.path("event").asText()), "alicia's leave");

            eve.send("{\"type\":\"hello\",\"v\":1,\"nick\":\"eve\",\"password\":" + TestClient.quote(s.wrongPassword) + "}");
            eve.expectError("auth-failed");
            big.sendRaw(("{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"" + s.tooBig + "x".repeat(70_000) + "\"}\n")
                    .getBytes(StandardCharsets.UTF_8));
            big.expectError("frame-too-large");
            bob.send("{\"type\":\"bye\"}");
            assertTrue(bob.closedByRelay());
        }
    }

    /** Protocol 1.1: a file's name, caption, thumbnail and bytes are content, delivered, fetched and refused. */
    private static void shareFiles(TestClient carol, TestClient bob, Secrets s) {
        s.tokens.add(carol.login("carol", s.password).get("session").asText());
        carol.join("lobby");
        byte[] content = s.fileBytes.getBytes(StandardCharsets.UTF_8);
        String sha = sha256(content);
        carol.request("type", "file-offer", "room", "lobby", "name", s.fileName, "mime", "text/plain", "size",
                content.length, "sha256", sha, "thumb", s.thumbBase64(), "text", s.caption, "id", "c1");
        String blob = carol.next("file-ready").get("blob").asText();
        carol.request("type", "chunk", "blob", blob, "i", 0, "data", Base64.getEncoder().encodeToString(content));
        JsonNode delivered = bob.nextMatching(n -> n.has("file"), "the file's message");
        carol.next("message");
        assertEquals(s.fileName, delivered.get("file").get("name").asText());
        bob.request("type", "fetch", "blob", blob, "from", 0, "max", 1000, "id", "f1");
        assertEquals(Base64.getEncoder().encodeToString(content), bob.next("chunk").get("data").asText());
        bob.next("fetched");

        carol.request("type", "file-offer", "room", "lobby", "name", s.refusedName, "mime", "text/plain", "size",
                Long.MAX_VALUE, "sha256", sha, "text", s.refusedCaption, "id", "c2");
        carol.expectError("file-too-large");
        carol.request("type", "file-offer", "to", "bob", "name", s.failedName, "mime", "text/plain", "size",
                content.length, "sha256", sha, "id", "c3");
        String failing = carol.next("file-ready").get("blob").asText();
        carol.request("type", "chunk", "blob", failing, "i", 0, "data", Base64.getEncoder().encodeToString(
                s.failedBytes.getBytes(StandardCharsets.UTF_8)), "id", "k1");
        carol.expectError("upload-failed");
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertNoSecret(String where, String text, Secrets secrets) {
        for (String secret : secrets.all()) {
            if (text.contains(secret)) {
                fail(where + " contains the secret " + secret + ":\n" + text);
            }
        }
    }

    /** Message, parameters, formatted form and anything thrown: all a handler could write. */
    private static String everythingIn(LogRecord record, SimpleFormatter formatter) {
        StringBuilder all = new StringBuilder(record.getLoggerName()).append(' ').append(record.getMessage());
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                all.append(" | ").append(parameter);
            }
        }
        all.append(" | ").append(formatter.format(record));
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            all.append(trace);
        }
        return all.toString();
    }

    private static RelayConfig.Builder config(String password) {
        return RelayConfig.builder().bind(InetAddress.getLoopbackAddress()).port(0)
                .password(password).maxText(MAX_TEXT).ratePerSecond(1).burst(3);
    }

    private static int readPort(InputStream stdout) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = stdout.read(); c != '\n'; c = stdout.read()) {
            assertTrue(c >= 0, () -> "the relay process ended before saying its port: " + line);
            line.append((char) c);
        }
        assertTrue(line.toString().startsWith("port "), line::toString);
        return Integer.parseInt(line.substring("port ".length()).trim());
    }

    private static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "<unreadable: " + e.getMessage() + ">";
        }
    }

    /** Unique strings that must never show up anywhere but on the wire to the clients. */
    private static final class Secrets {
        final String say = marker("say");
        final String dm = marker("dm");
        final String dmBack = marker("dmback");
        final String dmNowhere = marker("dmnowhere");
        final String tooLongMarker = marker("toolong");
        final String tooLong = tooLongMarker + "x".repeat(MAX_TEXT);
        final String nulMarker = marker("nul");
        final String withNul = nulMarker + "\u0000";
        final String inBrokenJson = marker("brokenjson");
        final String inWrongKind = marker("wrongkind");
        final String flood = marker("flood");
        final String reply = marker("reply");
        final String edit = marker("edit");
        /** An emoji nothing else the relay writes would contain. */
        final String reaction = "🦩";
        final String tooBig = marker("toobig");
        final String fileName = marker("filename") + ".txt";
        final String caption = marker("caption");
        final String thumb = marker("thumb");
        final String fileBytes = marker("filebytes");
        final String refusedName = marker("refusedname");
        final String refusedCaption = marker("refusedcaption");
        final String failedName = marker("failedname");
        final String failedBytes = marker("failedbytes") + "!";
        final String password = marker("password");
        final String wrongPassword = marker("wrongpassword");
        final List<String> tokens = new ArrayList<>();

        List<String> all() {
            List<String> all = new ArrayList<>(List.of(say, dm, dmBack, dmNowhere, tooLongMarker, nulMarker,
                    inBrokenJson, inWrongKind, flood, tooBig, password, wrongPassword, reply, edit, reaction));
            all.addAll(List.of(fileName, caption, thumb, thumbBase64(), fileBytes, base64(fileBytes), refusedName,
                    refusedCaption, failedName, failedBytes, base64(failedBytes)));
            all.addAll(tokens);
            return all;
        }

        String thumbBase64() {
            return base64(thumb);
        }

        private static String base64(String text) {
            return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }

        private static String marker(String what) {
            return what + "-" + UUID.randomUUID();
        }
    }

    /** A relay in its own process, so its working directory, home and temp directory are ours to inspect. */
    public static final class ChildRelay {
        static final String PASSWORD_ENV = "HEARTH_TEST_PASSWORD";

        private ChildRelay() {}

        public static void main(String[] args) throws Exception {
            Logger root = Logger.getLogger("");
            root.setLevel(Level.ALL);
            for (Handler handler : root.getHandlers()) {
                handler.setLevel(Level.ALL);
            }
            String password = System.getenv(PASSWORD_ENV);
            assertNotNull(password);
            Relay relay = TestTransport.startRelay(config(password).build());
            Runtime.getRuntime().addShutdownHook(new Thread(relay::shutdown));
            System.out.println("port " + relay.port());
            System.out.flush();
            Thread.sleep(Duration.ofMinutes(5)); // until SIGTERM
        }
    }
}
