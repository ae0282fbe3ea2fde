package dev.hearth.relay.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.protocol.ProtocolDefaults;
import dev.hearth.relay.TestClient;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;

/** A file as the file tests send it: its bytes, their SHA-256, and the contract's chunks of them. */
record TestFile(String name, String mime, byte[] bytes) {
    static final int CHUNK = ProtocolDefaults.CHUNK_BYTES;

    /** {@code size} bytes no compression would shrink, the same for the same seed. */
    static TestFile random(String name, String mime, int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return new TestFile(name, mime, bytes);
    }

    String sha256() {
        return sha256(bytes);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    int chunkCount() {
        return (bytes.length + CHUNK - 1) / CHUNK;
    }

    /** Chunk {@code i} as base64, as a chunk envelope carries it. */
    String chunk(int i) {
        return Base64.getEncoder().encodeToString(Arrays.copyOfRange(bytes, i * CHUNK, Math.min(bytes.length, (i + 1) * CHUNK)));
    }

    /** Offers it to a room ({@code to} null) or a person ({@code room} null). */
    void offer(TestClient client, String room, String to, String caption, String id) {
        client.request("type", "file-offer", "room", room, "to", to, "name", name, "mime", mime, "size", bytes.length,
                "sha256", sha256(), "text", caption, "id", id);
    }

    /** Offers it, waits for {@code file-ready} and sends every chunk; returns the blob. */
    String upload(TestClient client, String room, String to, String caption, String id) {
        offer(client, room, to, caption, id);
        JsonNode ready = client.next("file-ready");
        assertEquals(id, ready.path("id").asText(null));
        String blob = ready.path("blob").asText();
        sendChunks(client, blob, 0, chunkCount());
        return blob;
    }

    void sendChunks(TestClient client, String blob, int from, int to) {
        for (int i = from; i < to; i++) {
            client.request("type", "chunk", "blob", blob, "i", i, "data", chunk(i));
        }
    }

    /**
     * Fetches every byte of {@code blob} one window of {@code window} bytes at a time, checking
     * that each window's chunks come numbered in order and its {@code fetched} says where the next
     * starts; other envelopes between them are skipped.
     */
    static byte[] fetchAll(TestClient client, String blob, long size, int window) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        long from = 0;
        while (true) {
            client.request("type", "fetch", "blob", blob, "from", from, "max", window, "id", "f" + from);
            long expected = from / CHUNK;
            while (true) {
                JsonNode node = client.nextMatching(n -> n.path("type").asText().equals("chunk")
                        || n.path("type").asText().equals("fetched") || n.path("type").asText().equals("error"),
                        "chunks of " + blob);
                if (node.path("type").asText().equals("error")) {
                    throw new AssertionError("fetch failed: " + node);
                }
                if (node.path("type").asText().equals("fetched")) {
                    assertEquals("f" + from, node.path("id").asText());
                    assertEquals(blob, node.path("blob").asText());
                    long next = from + window;
                    if (next < size) {
                        assertEquals(next, node.path("next").asLong());
                    } else {
                        assertEquals(true, node.path("next").isMissingNode(), "the last window has no next: " + node);
                    }
                    break;
                }
                assertEquals(blob, node.path("blob").asText());
                assertEquals(expected++, node.path("i").asLong(), "chunks come in order");
                all.writeBytes(Base64.getDecoder().decode(node.path("data").asText()));
            }
            from += window;
            if (from >= size) {
                return all.toByteArray();
            }
        }
    }
}
