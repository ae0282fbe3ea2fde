package dev.hearth.client.files;

import static dev.hearth.client.files.MetadataKind.EXIF;
import static dev.hearth.client.files.MetadataKind.LOCATION;
import static dev.hearth.client.files.MetadataKind.OTHER;
import static dev.hearth.client.files.MetadataKind.TEXT;
import static dev.hearth.client.files.MetadataKind.TIME;
import static dev.hearth.client.files.TestPictures.AFTER_IHDR;
import static dev.hearth.client.files.TestPictures.CAMERA;
import static dev.hearth.client.files.TestPictures.LATITUDE_SECONDS;
import static dev.hearth.client.files.TestPictures.XMP_PACKET;
import static dev.hearth.client.files.TestPictures.cameraExif;
import static dev.hearth.client.files.TestPictures.concat;
import static dev.hearth.client.files.TestPictures.contains;
import static dev.hearth.client.files.TestPictures.decode;
import static dev.hearth.client.files.TestPictures.encode;
import static dev.hearth.client.files.TestPictures.halves;
import static dev.hearth.client.files.TestPictures.indexOf;
import static dev.hearth.client.files.TestPictures.insert;
import static dev.hearth.client.files.TestPictures.latin1;
import static dev.hearth.client.files.TestPictures.pixels;
import static dev.hearth.client.files.TestPictures.pngChunk;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

class PngStripperTest {

    private static final byte[] PLAIN = encode(halves(40, 30), "png");

    @Test
    void dropsExifTextAndTimeAndKeepsOnlyTheOrientation() throws BadImageException {
        byte[] fromPhone = concat(insert(PLAIN, AFTER_IHDR,
            pngChunk("eXIf", cameraExif(6, true)),
            pngChunk("tEXt", latin1("Author\0Alice")),
            pngChunk("zTXt", concat(latin1("Comment\0\0"), deflate("taken at Alice's house"))),
            pngChunk("iTXt", latin1("XML:com.adobe.xmp\0\0\0\0\0" + XMP_PACKET)),
            pngChunk("tIME", new byte[] {7, (byte) 232, 5, 1, 12, 0, 0})),
            latin1("bytes after IEND"));

        StrippedImage stripped = MetadataStripper.strip(fromPhone);

        assertEquals(ImageKind.PNG, stripped.kind());
        assertEquals(Orientation.ROTATE_90, stripped.orientation());
        assertEquals(Set.of(LOCATION, EXIF, TEXT, TIME, OTHER), stripped.removed());
        byte[] out = stripped.bytes();
        for (String gone : new String[] {CAMERA, "Alice", "adobe", "tEXt", "zTXt", "iTXt", "tIME", "after IEND"}) {
            assertFalse(contains(out, gone), gone);
        }
        assertEquals(-1, indexOf(out, LATITUDE_SECONDS));
        assertArrayEquals(insert(PLAIN, AFTER_IHDR, pngChunk("eXIf", Exif.orientationOnly(Orientation.ROTATE_90))), out);
        assertArrayEquals(pixels(decode(PLAIN)), pixels(decode(out)));
        assertEquals(Orientation.ROTATE_90, MetadataStripper.orientation(out));
    }

    @Test
    void anUprightPictureKeepsNoExifAndEveryOtherChunk() throws BadImageException {
        byte[] physical = pngChunk("pHYs", new byte[] {0, 0, 0x0B, 0x13, 0, 0, 0x0B, 0x13, 1});
        byte[] gamma = pngChunk("gAMA", new byte[] {0, 0, (byte) 0xB1, (byte) 0x8F});
        byte[] withExif = insert(PLAIN, AFTER_IHDR, gamma, pngChunk("eXIf", cameraExif(1, true)), physical);

        StrippedImage stripped = MetadataStripper.strip(withExif);

        assertEquals(Orientation.NORMAL, stripped.orientation());
        assertEquals(Set.of(LOCATION, EXIF), stripped.removed());
        assertArrayEquals(insert(PLAIN, AFTER_IHDR, gamma, physical), stripped.bytes());
    }

    @Test
    void readsAnExifWithTheJpegPrefixSomeWritersAdd() throws BadImageException {
        byte[] prefixed = insert(PLAIN, AFTER_IHDR, pngChunk("eXIf", concat(Exif.JPEG_PREFIX, cameraExif(8, false))));

        assertEquals(Orientation.ROTATE_270, MetadataStripper.orientation(prefixed));
    }

    @Test
    void aPictureWithoutMetadataComesBackUnchanged() throws BadImageException {
        StrippedImage stripped = MetadataStripper.strip(PLAIN);

        assertEquals(Set.of(), stripped.removed());
        assertArrayEquals(PLAIN, stripped.bytes());
    }

    @Test
    void aWrongChecksumIsRefused() {
        byte[] damaged = insert(PLAIN, AFTER_IHDR, pngChunk("tEXt", latin1("Author\0Alice")));
        damaged[AFTER_IHDR + 9] ^= 1;

        BadImageException e = assertThrows(BadImageException.class, () -> MetadataStripper.strip(damaged));
        assertEquals("PNG: chunk tEXt at byte 33 fails its checksum", e.getMessage());
    }

    private static byte[] deflate(String text) {
        Deflater deflater = new Deflater();
        deflater.setInput(latin1(text));
        deflater.finish();
        byte[] buffer = new byte[256];
        int n = deflater.deflate(buffer);
        deflater.end();
        return java.util.Arrays.copyOf(buffer, n);
    }
}
