package dev.hearth.client.files;

import static dev.hearth.client.files.TestPictures.AFTER_IHDR;
import static dev.hearth.client.files.TestPictures.afterJfif;
import static dev.hearth.client.files.TestPictures.cameraExif;
import static dev.hearth.client.files.TestPictures.comment;
import static dev.hearth.client.files.TestPictures.concat;
import static dev.hearth.client.files.TestPictures.encode;
import static dev.hearth.client.files.TestPictures.exifApp1;
import static dev.hearth.client.files.TestPictures.halves;
import static dev.hearth.client.files.TestPictures.insert;
import static dev.hearth.client.files.TestPictures.latin1;
import static dev.hearth.client.files.TestPictures.pngChunk;
import static dev.hearth.client.files.TestPictures.riffChunk;
import static dev.hearth.client.files.TestPictures.twoColours;
import static dev.hearth.client.files.TestPictures.vp8l;
import static dev.hearth.client.files.TestPictures.vp8x;
import static dev.hearth.client.files.TestPictures.webp;
import static dev.hearth.client.files.TestPictures.xmpApp1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Damaged files give a {@link BadImageException} saying why: never another exception, never a hang. */
@Timeout(20)
class MalformedPicturesTest {

    private static final byte[] JPEG = jpeg();
    /** Where the length of the JPEG's Exif segment is. */
    private static final int EXIF_LENGTH_AT = afterJfif(JPEG) + 2;
    private static final byte[] PNG = insert(encode(halves(16, 12), "png"), AFTER_IHDR,
        pngChunk("eXIf", cameraExif(6, true)), pngChunk("tEXt", latin1("Author\0Alice")));
    private static final byte[] GIF = insert(encode(halves(16, 12), "gif"), GifStripperTest.firstBlock(encode(halves(16, 12), "gif")),
        GifStripperTest.extension(0xFE, latin1("a comment")));
    private static final byte[] WEBP = webp(vp8x(0x0C, 16, 12),
        riffChunk("VP8L", vp8l(16, 12, twoColours(16, 12, 0xFF000000, 0xFFFFFFFF))),
        riffChunk("EXIF", cameraExif(6, true)), riffChunk("XMP ", latin1("<x:xmpmeta/>")));
    private static final List<byte[]> ALL = List.of(JPEG, PNG, GIF, WEBP);

    @Test
    void theSamplesAreWellFormed() throws BadImageException {
        assertEquals(Orientation.ROTATE_90, MetadataStripper.orientation(JPEG));
        assertEquals(Orientation.ROTATE_90, MetadataStripper.orientation(PNG));
        assertEquals(Orientation.NORMAL, MetadataStripper.orientation(GIF));
        assertEquals(Orientation.ROTATE_90, MetadataStripper.orientation(WEBP));
    }

    @Test
    void everyTruncationIsRefused() {
        for (byte[] sample : ALL) {
            for (int length = 0; length < sample.length; length++) {
                byte[] cut = Arrays.copyOf(sample, length);
                assertThrows(BadImageException.class, () -> MetadataStripper.strip(cut), "cut at " + length);
            }
        }
    }

    @Test
    void randomDamageGivesAResultOrABadImageExceptionAndNothingElse() {
        Random random = new Random(20_240_501);
        for (int round = 0; round < 4_000; round++) {
            byte[] damaged = ALL.get(round % ALL.size()).clone();
            for (int k = 0; k <= random.nextInt(3); k++) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            try {
                MetadataStripper.strip(damaged);
            } catch (BadImageException expected) {
                // the other outcome allowed
            }
        }
    }

    @Test
    void sayWhatIsWrong() {
        assertMessage("not a PNG, JPEG, GIF or WebP picture", latin1("%PDF-1.7 and more"));
        byte[] shortSegment = JPEG.clone();
        shortSegment[EXIF_LENGTH_AT] = 0;
        shortSegment[EXIF_LENGTH_AT + 1] = 1;
        assertMessage("JPEG: segment length 1 at byte " + EXIF_LENGTH_AT, shortSegment);
        assertMessage("JPEG: no frame header before the end-of-image marker",
            new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9});
        assertMessage("JPEG: the file ends inside the image data (no end-of-image marker)",
            Arrays.copyOf(JPEG, JPEG.length - 2));
        assertMessage("JPEG: the file ends inside segment 0xe1 (at byte " + EXIF_LENGTH_AT + ")",
            Arrays.copyOf(JPEG, EXIF_LENGTH_AT + 10));
        assertMessage("PNG: the first chunk is tEXt, not IHDR",
            insert(PNG, 8, pngChunk("tEXt", latin1("Author\0Alice"))));
        assertMessage("PNG: the file ends inside a chunk header (at byte " + (PNG.length - 12) + ")",
            Arrays.copyOf(PNG, PNG.length - 12));
        assertMessage("GIF: unknown block 0x0 at byte " + (GIF.length - 1), concat(Arrays.copyOf(GIF, GIF.length - 1), new byte[] {0}));
        assertMessage("WebP: the file ends inside the RIFF container (at byte 8)", Arrays.copyOf(WEBP, WEBP.length - 1));
        assertMessage("WebP: no image data (VP8, VP8L or ANMF chunk)", webp(vp8x(0, 1, 1)));
    }

    private static void assertMessage(String expected, byte[] file) {
        BadImageException e = assertThrows(BadImageException.class, () -> MetadataStripper.strip(file));
        assertEquals(expected, e.getMessage());
    }

    private static byte[] jpeg() {
        byte[] plain = encode(halves(16, 12), "jpeg");
        return insert(plain, afterJfif(plain), exifApp1(cameraExif(6, true)), xmpApp1(), comment("hello"));
    }
}
