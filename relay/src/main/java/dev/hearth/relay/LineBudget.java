package dev.hearth.relay;

import dev.hearth.protocol.Chunk;
import dev.hearth.protocol.Deleted;
import dev.hearth.protocol.Dm;
import dev.hearth.protocol.Edited;
import dev.hearth.protocol.EnvelopeCodec;
import dev.hearth.protocol.ErrorReply;
import dev.hearth.protocol.FileInfo;
import dev.hearth.protocol.FileRules;
import dev.hearth.protocol.Joined;
import dev.hearth.protocol.Message;
import dev.hearth.protocol.ProtocolDefaults;
import dev.hearth.protocol.Reaction;
import dev.hearth.protocol.Rooms;
import dev.hearth.protocol.Welcome;
import dev.hearth.protocol.Who;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The longest line the relay may have to send under a configuration, found by encoding the worst
 * case of every envelope whose size the configuration bounds: the longest text made of characters
 * JSON escapes to six bytes, names of four-byte characters, every session in one member list, the
 * longest request id. A relay whose frame limit is below that would send lines its own clients
 * must refuse, so such a configuration is refused at start instead.
 *
 * <p>Encoding is the exact answer but costs a start about 100 ms, Jackson building its first
 * serializers (docs/performance.md, "Start-up"). Every worst case is a fixed part plus so many
 * bytes per character of text or per member name, so a bound found by arithmetic settles every
 * configuration with room to spare, the defaults among them; only a frame limit below that bound
 * is checked by encoding.
 */
public final class LineBudget {
    /** The per-session counter a line may carry, at its longest. */
    private static final int COUNTER_BYTES = (",\"n\":" + Long.MAX_VALUE).length();
    private static final int NAME_CODE_POINTS = 32;
    private static final String WIDEST_NAME = "😀".repeat(NAME_CODE_POINTS);
    private static final String WIDEST_ID = "\u0001".repeat(dev.hearth.protocol.Envelope.MAX_ID_LENGTH);
    private static final String LONGEST_TOKEN = "t".repeat(43);
    private static final String WIDEST_FILE_NAME = "😀".repeat(FileRules.MAX_NAME_CODE_POINTS);
    private static final String LONGEST_MIME = "a".repeat(127) + "/" + "b".repeat(127);
    private static final String LONGEST_MID = "m".repeat(dev.hearth.protocol.MessageIds.MAX_LENGTH);
    private static final String WIDEST_EMOJI = "😀".repeat(dev.hearth.protocol.ReactionEmoji.MAX_CODE_POINTS);
    /** Error reasons quote at most a name or 80 characters of what the peer sent. */
    private static final String LONGEST_REASON = "r".repeat(120) + WIDEST_NAME + "😀".repeat(80);

    /*
     * The bound's parts. The fixed parts measured with this codec: 914 bytes for the longest text
     * line, 584 for a member list, 900 for a welcome, at most 1,051 for the lines of fixed size; a
     * file adds 23,293 to a text line, and a chunk line is 43,809. Each is rounded well up, and
     * LineBudgetTest checks the bound against the encodes, so an envelope that outgrows it fails
     * that test.
     */
    private static final int FIXED_PART_BYTES = 2_048;
    private static final int FILE_PART_BYTES = 24_576;
    private static final int CHUNK_LINE_BYTES = 45_056;
    /** The worst character of a text: a control character, which JSON writes as a six-byte escape. */
    private static final int ESCAPED_CHAR_BYTES = 6;
    /** The widest name in a member list: its four-byte characters, two quotes and a comma. */
    private static final int LISTED_NAME_BYTES = 4 * NAME_CODE_POINTS + 3;

    private LineBudget() {}

    /** @throws IllegalArgumentException saying what does not fit */
    static void check(int maxFrame, int maxText, int maxConnections, String motd, long outboxBytes, long replayBudget,
            long outboundBudget, boolean files) {
        if (files && maxFrame < ProtocolDefaults.MIN_FRAME_WITH_FILES) {
            throw new IllegalArgumentException("max frame " + maxFrame + " bytes is too small for files: a relay that"
                    + " takes them needs at least " + ProtocolDefaults.MIN_FRAME_WITH_FILES + " (or turn files off with"
                    + " max file 0)");
        }
        if (maxFrame < upperBound(maxText, maxConnections, motd, files)) {
            int needed = requiredFrame(maxText, maxConnections, motd, files);
            if (maxFrame < needed) {
                throw new IllegalArgumentException("max frame " + maxFrame + " bytes is too small for max text "
                        + maxText + " and max connections " + maxConnections + ": the relay may have to send lines of"
                        + " up to " + needed + " bytes");
            }
        }
        if (outboxBytes < maxFrame) {
            throw new IllegalArgumentException("outbox bytes " + outboxBytes + " must hold at least one line of max frame "
                    + maxFrame + " bytes");
        }
        // Below one line, every line would be over the budget: each session would lose its replay,
        // or each connection be cut off, the moment it was sent anything.
        if (replayBudget < maxFrame) {
            throw new IllegalArgumentException("replay budget " + replayBudget + " must hold at least one line of max"
                    + " frame " + maxFrame + " bytes");
        }
        if (outboundBudget < maxFrame) {
            throw new IllegalArgumentException("outbound budget " + outboundBudget + " must hold at least one line of"
                    + " max frame " + maxFrame + " bytes");
        }
    }

    /** At least {@link #requiredFrame}, found without encoding anything. */
    static long upperBound(int maxText, int maxConnections, String motd, boolean files) {
        long textLine = FIXED_PART_BYTES + (long) ESCAPED_CHAR_BYTES * maxText + (files ? FILE_PART_BYTES : 0);
        long memberList = FIXED_PART_BYTES + (long) LISTED_NAME_BYTES * maxConnections;
        long welcome = FIXED_PART_BYTES + (motd == null ? 0 : (long) ESCAPED_CHAR_BYTES * motd.length());
        return Math.max(Math.max(textLine, memberList), Math.max(welcome, files ? CHUNK_LINE_BYTES : 0));
    }

    /** The smallest frame limit, newline included, that every line the relay sends fits in. */
    public static int requiredFrame(int maxText, int maxConnections, String motd, boolean files) {
        String text = "\u0001".repeat(maxText);
        List<String> everyone = Collections.nCopies(maxConnections, WIDEST_NAME);
        Instant ts = Instant.parse("2026-12-31T23:59:59.999Z");
        int numbered = IntStream.of(
                // A backlog message's reactions are bounded as they are added, against this limit itself.
                size(new Message(WIDEST_NAME, Long.MAX_VALUE, ts, WIDEST_NAME, text, LONGEST_MID, LONGEST_MID, ts, null,
                        true, WIDEST_ID)),
                size(new Dm(WIDEST_NAME, WIDEST_NAME, text, ts, LONGEST_MID, LONGEST_MID, true, WIDEST_ID)),
                size(new Edited(WIDEST_NAME, LONGEST_MID, WIDEST_NAME, text, ts, WIDEST_ID)),
                size(new Reaction(WIDEST_NAME, LONGEST_MID, WIDEST_NAME, WIDEST_EMOJI, true, ts, WIDEST_ID)),
                size(new Deleted(WIDEST_NAME, LONGEST_MID, WIDEST_NAME, ts, WIDEST_ID)),
                size(new Joined(WIDEST_NAME, everyone, WIDEST_ID)),
                size(new Who(WIDEST_NAME, everyone, WIDEST_ID)),
                size(new Rooms(List.of(widestRoom()), true, WIDEST_ID)),
                size(new ErrorReply("resume-failed", LONGEST_REASON, WIDEST_ID, false))).max().orElseThrow()
                + COUNTER_BYTES;
        int withFiles = files ? fileLines(text, ts) + COUNTER_BYTES : 0;
        return Math.max(Math.max(numbered, withFiles), welcomeSize(motd));
    }

    /** A file's message and dm with every field at its longest, and a chunk of a fetch. */
    private static int fileLines(String text, Instant ts) {
        FileInfo file = new FileInfo(LONGEST_MID, WIDEST_FILE_NAME, LONGEST_MIME, Long.MAX_VALUE, "f".repeat(64),
                Base64.getEncoder().encodeToString(new byte[ProtocolDefaults.MAX_THUMB_BYTES]));
        return IntStream.of(
                size(new Message(WIDEST_NAME, Long.MAX_VALUE, ts, WIDEST_NAME, text, LONGEST_MID, LONGEST_MID, ts, null,
                        null, file, WIDEST_ID)),
                size(new Dm(WIDEST_NAME, WIDEST_NAME, text, ts, LONGEST_MID, LONGEST_MID, null, file, WIDEST_ID)),
                size(new Chunk(LONGEST_MID, Long.MAX_VALUE,
                        Base64.getEncoder().encodeToString(new byte[ProtocolDefaults.CHUNK_BYTES]), null)),
                size(ErrorReply.about(LONGEST_MID, dev.hearth.protocol.ErrorCode.UPLOAD_FAILED, LONGEST_REASON, WIDEST_ID)))
                .max().orElseThrow();
    }

    private static int welcomeSize(String motd) {
        // The welcome lists as many of the busiest rooms as fit; with none it must fit all the same.
        return size(new Welcome(Integer.MAX_VALUE, WIDEST_NAME, LONGEST_TOKEN, "hearth-relay/" + RelayVersion.VERSION,
                motd, List.of(), Integer.MAX_VALUE,
                new Welcome.Limits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE,
                        Integer.MAX_VALUE),
                dev.hearth.protocol.Features.ALL, WIDEST_ID));
    }

    private static Welcome.RoomSummary widestRoom() {
        return new Welcome.RoomSummary(WIDEST_NAME, Integer.MAX_VALUE);
    }

    private static int size(dev.hearth.protocol.Envelope envelope) {
        return Codec.CODEC.encode(envelope).length;
    }

    /** Made on first use only: a start whose frame limit is within the bound never builds it. */
    private static final class Codec {
        static final EnvelopeCodec CODEC = new EnvelopeCodec();
    }
}
