package dev.hearth.client.emoji;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.image.Image;

/**
 * The colour emoji pictures bundled with the client (Noto Emoji, through emoji-datasource), for
 * the message text: JavaFX draws colour emoji fonts blank on Linux and grey on Windows, so the
 * client draws emoji as pictures, as Signal Desktop and Element do. The index is read at first
 * use; the pictures' bytes are read when the first emoji is drawn and held softly; each picture
 * is decoded once and kept while it is among the recently drawn. FX thread.
 */
public final class EmojiPack {

    private static final String FOLDER = "/dev/hearth/client/emoji/";
    private static final int DECODED_KEPT = 512;

    private static EmojiPack bundled;

    private final EmojiIndex index;
    private SoftReference<byte[]> bytes = new SoftReference<>(null);
    private final Map<String, Image> decoded = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > DECODED_KEPT;
        }
    };

    private EmojiPack(EmojiIndex index) {
        this.index = index;
    }

    /** The pack in the client's resources. */
    public static EmojiPack bundled() {
        if (bundled == null) {
            bundled = new EmojiPack(readIndex());
        }
        return bundled;
    }

    public EmojiIndex index() {
        return index;
    }

    /** The picture of {@code run}'s emoji (a trailing U+FE0F allowed), if the pack has it. */
    public Optional<Image> image(EmojiRun.Emoji run) {
        String sequence = run.text();
        EmojiIndex.Slice slice = index.slice(sequence);
        if (slice == null && sequence.endsWith("\uFE0F")) {
            slice = index.slice(sequence.substring(0, sequence.length() - 1));
        }
        if (slice == null) {
            return Optional.empty();
        }
        EmojiIndex.Slice found = slice;
        return Optional.of(decoded.computeIfAbsent(sequence,
                key -> new Image(new ByteArrayInputStream(pictures(), found.offset(), found.length()))));
    }

    private byte[] pictures() {
        byte[] all = bytes.get();
        if (all == null) {
            all = read("emoji.bin");
            bytes = new SoftReference<>(all);
        }
        return all;
    }

    private static EmojiIndex readIndex() {
        Map<String, EmojiIndex.Slice> slices = new HashMap<>();
        for (String line : new String(read("emoji.idx"), StandardCharsets.UTF_8).split("\n")) {
            String[] fields = line.split(" ");
            if (fields.length == 3) {
                slices.put(sequence(fields[0]), new EmojiIndex.Slice(Integer.parseInt(fields[1]), Integer.parseInt(fields[2])));
            }
        }
        return new EmojiIndex(slices);
    }

    private static String sequence(String hex) {
        StringBuilder text = new StringBuilder();
        for (String codePoint : hex.split("-")) {
            text.appendCodePoint(Integer.parseInt(codePoint, 16));
        }
        return text.toString();
    }

    private static byte[] read(String name) {
        try (InputStream in = EmojiPack.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the client is missing its emoji pack: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
