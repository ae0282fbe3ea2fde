package dev.hearth.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** "At most 64 chars" counts code points, like message text: an emoji is one character, not two. */
class RequestIdTest {
    private static final EnvelopeCodec CODEC = new EnvelopeCodec();

    @ParameterizedTest
    @ValueSource(strings = {"i", "😀", "小"})
    void acceptsSixtyFourCharactersAndEchoesThemIntact(String character) {
        String id = character.repeat(Envelope.MAX_ID_LENGTH);
        var request = decodeValid("{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"hi\",\"id\":\"" + id + "\"}");
        assertEquals(id, request.id());
        assertEquals(new Say("lobby", "hi", id), request.envelope());
        // What the relay sends back carries the same id, byte for byte.
        var echo = decodeValid(CODEC.encode(ErrorReply.of(ErrorCode.NOT_IN_ROOM, "join it first", id)));
        assertEquals(id, echo.envelope().id());
        assertEquals(id, roundTrip(new Say("lobby", "hi", id)).id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"i", "😀", "小"})
    void refusesSixtyFiveCharacters(String character) {
        String id = character.repeat(Envelope.MAX_ID_LENGTH + 1);
        var malformed = assertInstanceOf(Decoded.Malformed.class,
                CODEC.decode(("{\"type\":\"ping\",\"id\":\"" + id + "\"}").getBytes(UTF_8)));
        assertEquals(ErrorCode.BAD_REQUEST, malformed.code());
        assertEquals("\"id\" must be a string of at most 64 characters", malformed.reason());
        assertNull(malformed.id(), "an id that is refused is not echoed");
        var thrown = assertThrows(IllegalArgumentException.class, () -> new Ping(id));
        assertEquals("id is longer than 64 characters", thrown.getMessage());
    }

    @Test
    void countsAnEmojiAmongAsciiAsOneCharacter() {
        // 64 characters in 65 UTF-16 units: the old unit count refused it.
        String id = "i".repeat(Envelope.MAX_ID_LENGTH - 1) + "😀";
        assertEquals(new Ping(id), decodeValid("{\"type\":\"ping\",\"id\":\"" + id + "\"}").envelope());
    }

    private static Envelope roundTrip(Envelope envelope) {
        return decodeValid(CODEC.encode(envelope)).envelope();
    }

    private static Decoded.Valid decodeValid(String line) {
        return decodeValid((line + "\n").getBytes(UTF_8));
    }

    private static Decoded.Valid decodeValid(byte[] line) {
        byte[] withoutNewline = Arrays.copyOf(line, line.length - 1);
        return assertInstanceOf(Decoded.Valid.class, CODEC.decode(withoutNewline), () -> new String(line, UTF_8));
    }
}
