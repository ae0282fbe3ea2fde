package dev.hearth.relay.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The relay's file memory on its own: offers, ordered chunks, SHA-256, fetch windows, room and lifetimes. */
class FileMemoryTest {
    private static final int CHUNK = 4;
    private static final long MINUTE = 60_000_000_000L;
    private final FileMemory<String> memory = new FileMemory<>(20, CHUNK, 10 * MINUTE, 24 * 60 * MINUTE);
    private final Object alice = "alice";
    private final Object bob = "bob";

    @Test
    void anUploadInOrderWithTheRightHashIsHeldAndFetchedInWindows() throws Exception {
        byte[] file = "0123456789".getBytes();
        String blob = memory.offer(alice, file.length, sha(file), "note", 0).orElseThrow();
        assertEquals(10, memory.reservedBytes(), "the whole size is reserved at once");
        assertInstanceOf(ChunkResult.Taken.class, memory.chunk(alice, blob, 0, FileMemory.decode(b64(file, 0, 4)), 1));
        assertInstanceOf(ChunkResult.Taken.class, memory.chunk(alice, blob, 1, FileMemory.decode(b64(file, 4, 8)), 2));
        assertEquals(new ChunkResult.Complete<>(blob, "note"), memory.chunk(alice, blob, 2, FileMemory.decode(b64(file, 8, 10)), 3));

        assertEquals(new FileWindow(10, 0, 2, 8L), memory.window(blob, 0, 8).orElseThrow());
        FileWindow last = memory.window(blob, 8, 8).orElseThrow();
        assertEquals(new FileWindow(10, 2, 3, null), last, "nothing remains after the file's end");
        assertArrayEquals("89".getBytes(), memory.chunkOf(blob, 2));
        assertArrayEquals("4567".getBytes(), memory.chunkOf(blob, 1));
        assertNull(memory.chunkOf(blob, 3));
        assertEquals(new FileWindow(10, 0, 1, 1L), memory.window(blob, 0, 1).orElseThrow(), "a byte's window is its chunk");
        assertEquals(new FileWindow(10, 3, 3, null), memory.window(blob, 12, 4).orElseThrow(), "past the end: nothing");
        assertEquals(10, memory.reservedBytes());
    }

    @Test
    void aWrongChunkFailsTheUploadAndGivesItsRoomBack() throws Exception {
        byte[] file = "01234567".getBytes();
        for (List<Object[]> chunks : List.of(
                List.<Object[]>of(new Object[] {1L, b64(file, 0, 4)}),                  // out of order
                List.<Object[]>of(new Object[] {0L, "not base64!"}),                     // bad base64
                List.<Object[]>of(new Object[] {0L, b64(file, 0, 3)}),                  // short, not the last
                List.<Object[]>of(new Object[] {0L, b64(file, 0, 4)}, new Object[] {1L, b64("45678".getBytes(), 0, 5)}))) {
            String blob = memory.offer(alice, file.length, sha(file), "note", 0).orElseThrow();
            ChunkResult result = null;
            for (Object[] chunk : chunks) {
                result = memory.chunk(alice, blob, (Long) chunk[0], FileMemory.decode((String) chunk[1]), 1);
            }
            assertInstanceOf(ChunkResult.Failed.class, result);
            assertEquals(0, memory.reservedBytes());
            assertTrue(memory.window(blob, 0, 4).isEmpty());
        }
    }

    @Test
    void aHashMismatchDeliversNothing() throws Exception {
        byte[] file = "0123".getBytes();
        String blob = memory.offer(alice, 4, sha("3210".getBytes()), "note", 0).orElseThrow();
        assertInstanceOf(ChunkResult.Failed.class, memory.chunk(alice, blob, 0, FileMemory.decode(b64(file, 0, 4)), 1));
        assertTrue(memory.window(blob, 0, 4).isEmpty());
        assertEquals(0, memory.reservedBytes());
    }

    @Test
    void onlyTheSenderUploadsIntoItsBlob() throws Exception {
        byte[] file = "0123".getBytes();
        String blob = memory.offer(alice, 4, sha(file), "note", 0).orElseThrow();
        assertInstanceOf(ChunkResult.Failed.class, memory.chunk(bob, blob, 0, FileMemory.decode(b64(file, 0, 4)), 1));
        assertInstanceOf(ChunkResult.Failed.class, memory.chunk(alice, "b999", 0, FileMemory.decode(b64(file, 0, 4)), 1));
        assertEquals(new ChunkResult.Complete<>(blob, "note"), memory.chunk(alice, blob, 0, FileMemory.decode(b64(file, 0, 4)), 1), "bob's try changed nothing");
    }

    @Test
    void twoUploadsUnderWayPerSessionAndNeverMoreThanTheMemory() throws Exception {
        assertTrue(memory.offer(alice, 1, sha(new byte[1]), "note", 0).isPresent());
        assertTrue(memory.offer(alice, 1, sha(new byte[1]), "note", 0).isPresent());
        assertEquals(Optional.empty(), memory.offer(alice, 1, sha(new byte[1]), "note", 0), "a third: files-full");
        assertTrue(memory.offer(bob, 18, sha(new byte[18]), "note", 0).isPresent());
        assertEquals(Optional.empty(), memory.offer(bob, 1, sha(new byte[1]), "note", 0), "uploads under way are never given up for another");
        memory.dropUploadsOf(alice);
        assertEquals(18, memory.reservedBytes(), "a session's end drops its uploads");
    }

    @Test
    void aNewOfferTakesTheRoomOfTheOldestDeliveredFiles() throws Exception {
        String first = held(alice, "aaaaaaaa", 0);
        String second = held(alice, "bbbbbbbb", 1);
        String third = held(bob, "cccccccc", 2); // 24 would not fit 20: the first gave way
        assertTrue(memory.window(first, 0, 4).isEmpty());
        assertTrue(memory.window(second, 0, 4).isPresent());
        assertTrue(memory.window(third, 0, 4).isPresent());
        assertEquals(16, memory.reservedBytes());
        memory.drop(second);
        assertTrue(memory.window(second, 0, 4).isEmpty(), "a deleted message's file goes at once");
        assertEquals(8, memory.reservedBytes());
    }

    @Test
    void uploadsTakeTenMinutesAtMostAndFilesLiveTheirLifetime() throws Exception {
        String file = held(alice, "0123", 0);
        String slow = memory.offer(bob, 8, sha(new byte[8]), "note", 0).orElseThrow();
        memory.expire(10 * MINUTE - 1);
        assertInstanceOf(ChunkResult.Taken.class, memory.chunk(bob, slow, 0, FileMemory.decode(b64(new byte[8], 0, 4)), 10 * MINUTE - 1));
        memory.expire(10 * MINUTE);
        assertInstanceOf(ChunkResult.Failed.class, memory.chunk(bob, slow, 1, FileMemory.decode(b64(new byte[8], 4, 8)), 10 * MINUTE));
        assertTrue(memory.window(file, 0, 4).isPresent());
        memory.expire(24 * 60 * MINUTE);
        assertTrue(memory.window(file, 0, 4).isEmpty(), "a day after delivery it is gone");
        assertEquals(0, memory.reservedBytes());
    }

    private String held(Object owner, String content, long now) throws Exception {
        byte[] file = content.getBytes();
        String blob = memory.offer(owner, file.length, sha(file), "note", now).orElseThrow();
        ChunkResult result = null;
        for (int at = 0, i = 0; at < file.length; at += CHUNK, i++) {
            result = memory.chunk(owner, blob, i, FileMemory.decode(b64(file, at, Math.min(file.length, at + CHUNK))), now);
        }
        assertEquals(new ChunkResult.Complete<>(blob, "note"), result);
        return blob;
    }

    private static String sha(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String b64(byte[] bytes, int from, int to) {
        return Base64.getEncoder().encodeToString(Arrays.copyOfRange(bytes, from, to));
    }
}
