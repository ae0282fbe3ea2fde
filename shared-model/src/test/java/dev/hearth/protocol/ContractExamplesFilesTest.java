package dev.hearth.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The JSON lines of protocol-v1.1.md's "Files and pictures", with the page's placeholders
 * ({@code <64 hex>}, {@code <base64>}, {@code …}) filled in, decoded to their records and encoded
 * back; and lines of the wrong shape the page names as {@code bad-request}.
 */
class ContractExamplesFilesTest {
    private static final EnvelopeCodec CODEC = new EnvelopeCodec();
    private static final Instant TS = Instant.parse("2026-11-22T13:00:00.123Z");
    private static final String T = "\"2026-11-22T13:00:00.123Z\"";
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String THUMB = Base64.getEncoder().encodeToString(new byte[] {1, 2, 3});

    static Stream<Arguments> examples() {
        FileInfo file = new FileInfo("b1", "cat.jpg", "image/jpeg", 123456L, SHA, THUMB);
        return Stream.of(
                argumentSet("file-offer", "{\"type\":\"file-offer\",\"room\":\"lobby\",\"name\":\"cat.jpg\",\"mime\":\"image/jpeg\","
                        + "\"size\":123456,\"sha256\":\"" + SHA + "\",\"thumb\":\"" + THUMB + "\",\"text\":\"caption\",\"reply\":\"m1\",\"id\":\"c5\"}",
                        new FileOffer("lobby", null, "cat.jpg", "image/jpeg", 123456L, SHA, THUMB, "caption", "m1", "c5")),
                argumentSet("file-offer to a nick (described)", "{\"type\":\"file-offer\",\"to\":\"bob\",\"name\":\"a.txt\","
                        + "\"mime\":\"text/plain\",\"size\":1,\"sha256\":\"" + SHA + "\"}",
                        new FileOffer(null, "bob", "a.txt", "text/plain", 1L, SHA, null, null, null, null)),
                argumentSet("file-ready", "{\"type\":\"file-ready\",\"blob\":\"b1\",\"id\":\"c5\"}", new FileReady("b1", "c5")),
                argumentSet("chunk", "{\"type\":\"chunk\",\"blob\":\"b1\",\"i\":0,\"data\":\"" + THUMB + "\"}",
                        new Chunk("b1", 0L, THUMB, null)),
                argumentSet("message with a file (ts filled in)", "{\"type\":\"message\",\"room\":\"lobby\",\"seq\":8,\"ts\":" + T
                        + ",\"from\":\"alice\",\"text\":\"\",\"mid\":\"m2\",\"file\":{\"blob\":\"b1\",\"name\":\"cat.jpg\",\"mime\":\"image/jpeg\","
                        + "\"size\":123456,\"sha256\":\"" + SHA + "\",\"thumb\":\"" + THUMB + "\"},\"id\":\"c5\"}",
                        new Message("lobby", 8L, TS, "alice", "", "m2", null, null, null, null, file, "c5")),
                argumentSet("dm with a file and no caption (described)", "{\"type\":\"dm\",\"from\":\"alice\",\"to\":\"bob\",\"text\":\"\","
                        + "\"ts\":" + T + ",\"mid\":\"m3\",\"file\":{\"blob\":\"b1\",\"name\":\"cat.jpg\",\"mime\":\"image/jpeg\","
                        + "\"size\":123456,\"sha256\":\"" + SHA + "\",\"thumb\":\"" + THUMB + "\"}}",
                        new Dm("alice", "bob", "", TS, "m3", null, null, file, null)),
                argumentSet("fetch", "{\"type\":\"fetch\",\"blob\":\"b1\",\"from\":0,\"max\":1048576,\"id\":\"c6\"}",
                        new Fetch("b1", 0L, 1048576L, "c6")),
                argumentSet("fetched", "{\"type\":\"fetched\",\"blob\":\"b1\",\"next\":1048576,\"id\":\"c6\"}",
                        new Fetched("b1", 1048576L, "c6")),
                argumentSet("fetched at the end (described)", "{\"type\":\"fetched\",\"blob\":\"b1\",\"id\":\"c6\"}",
                        new Fetched("b1", null, "c6")),
                argumentSet("upload-failed naming its blob (described)",
                        "{\"type\":\"error\",\"code\":\"upload-failed\",\"message\":\"why\",\"id\":\"k1\",\"fatal\":false,\"blob\":\"b1\"}",
                        ErrorReply.about("b1", ErrorCode.UPLOAD_FAILED, "why", "k1")));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void decodesThePagesLinesAndEncodesThemBack(String line, Envelope expected) {
        var decoded = assertInstanceOf(Decoded.Valid.class, CODEC.decode(line.getBytes(UTF_8)));
        assertEquals(expected, decoded.envelope());
        var again = assertInstanceOf(Decoded.Valid.class, CODEC.decode(CODEC.encode(expected)));
        assertEquals(expected, again.envelope());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\":\"file-offer\",\"name\":\"a\",\"mime\":\"a/b\",\"size\":1,\"sha256\":\"" + SHA + "\"}",
        "{\"type\":\"file-offer\",\"room\":\"r\",\"to\":\"bob\",\"name\":\"a\",\"mime\":\"a/b\",\"size\":1,\"sha256\":\"" + SHA + "\"}",
        "{\"type\":\"file-offer\",\"room\":\"r\",\"name\":\"\",\"mime\":\"a/b\",\"size\":1,\"sha256\":\"" + SHA + "\"}",
        "{\"type\":\"file-offer\",\"room\":\"r\",\"name\":\"a/b\",\"mime\":\"a/b\",\"size\":1,\"sha256\":\"" + SHA + "\"}",
        "{\"type\":\"file-offer\",\"room\":\"r\",\"name\":\"a\\\\b\",\"mime\":\"a/b\",\"size\":1,\"sha256\":\"" + SHA + "\"}",
        "{\"type\":\"file-offer\",\"room\":\"r\",\"name\":\"a\\u0000\",\"mime\":\"a/b\",\"size\":1,\"sha256\":\"" + SHA + "\"}",
        "{\"type\":\"file-offer\",\"room\":\"r\",\"name\":\"a\",\"mime\":\"image\",\"size\":1,\"sha256\":\"" + SHA + "\"}",
        "{\"type\":\"file-offer\",\"room\":\"r\",\"name\":\"a\",\"mime\":\"a/b\",\"size\":0,\"sha256\":\"" + SHA + "\"}",
        "{\"type\":\"file-offer\",\"room\":\"r\",\"name\":\"a\",\"mime\":\"a/b\",\"size\":1,\"sha256\":\"abc\"}",
        "{\"type\":\"file-offer\",\"room\":\"r\",\"name\":\"a\",\"mime\":\"a/b\",\"size\":1,\"sha256\":\"" + SHA + "\",\"thumb\":\"not base64!\"}",
        "{\"type\":\"fetch\",\"blob\":\"b1\",\"from\":100,\"max\":10}",
        "{\"type\":\"fetch\",\"blob\":\"b1\",\"from\":-32768,\"max\":10}",
        "{\"type\":\"fetch\",\"blob\":\"b1\",\"from\":0,\"max\":0}",
        "{\"type\":\"fetch\",\"blob\":\"b1\",\"from\":0,\"max\":1048577}",
        "{\"type\":\"chunk\",\"i\":0,\"data\":\"\"}"})
    void refusesLinesOfTheWrongShapeAsBadRequest(String line) {
        var malformed = assertInstanceOf(Decoded.Malformed.class, CODEC.decode(line.getBytes(UTF_8)));
        assertEquals(ErrorCode.BAD_REQUEST, malformed.code());
    }

    @ParameterizedTest
    @ValueSource(ints = {ProtocolDefaults.MAX_THUMB_BYTES + 1})
    void refusesAThumbnailOverItsLimit(int bytes) {
        String line = "{\"type\":\"file-offer\",\"room\":\"r\",\"name\":\"a\",\"mime\":\"a/b\",\"size\":1,\"sha256\":\"" + SHA
                + "\",\"thumb\":\"" + Base64.getEncoder().encodeToString(new byte[bytes]) + "\"}";
        var malformed = assertInstanceOf(Decoded.Malformed.class, CODEC.decode(line.getBytes(UTF_8)));
        assertEquals(ErrorCode.BAD_REQUEST, malformed.code());
    }
}
