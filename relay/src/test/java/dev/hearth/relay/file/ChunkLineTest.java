package dev.hearth.relay.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hearth.protocol.Chunk;
import dev.hearth.protocol.Decoded;
import dev.hearth.protocol.EnvelopeCodec;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A chunk line built by hand is the envelope the codec reads, and as long as the codec's own. */
class ChunkLineTest {
    private final EnvelopeCodec codec = new EnvelopeCodec();

    @Test
    void aHandBuiltLineIsTheCodecsChunk() {
        for (int size : new int[] {1, 2, 3, 32_767, 32_768}) {
            byte[] data = new byte[size];
            new Random(size).nextBytes(data);
            byte[] line = ChunkLine.of("Ab-_9", 12_345, data);
            Chunk expected = new Chunk("Ab-_9", 12_345L, Base64.getEncoder().encodeToString(data), null);
            Decoded decoded = codec.decode(line);
            assertEquals(new Decoded.Valid(expected, null, null), decoded, "size " + size);
            assertEquals(codec.encode(expected).length, line.length, "the codec's length too");
            assertEquals(line.length, ChunkLine.length("Ab-_9", 12_345, size), "known before it is made");
            assertEquals('\n', line[line.length - 1]);
            assertArrayEquals(data, Base64.getDecoder().decode(((Chunk) ((Decoded.Valid) decoded).envelope()).data()));
        }
    }
}
