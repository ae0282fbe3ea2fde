package dev.hearth.client.files;

import static dev.hearth.client.files.MetadataKind.EXIF;
import static dev.hearth.client.files.MetadataKind.LOCATION;
import static dev.hearth.client.files.MetadataKind.OTHER;
import static dev.hearth.client.files.MetadataKind.XMP;
import static dev.hearth.client.files.TestPictures.CAMERA;
import static dev.hearth.client.files.TestPictures.LATITUDE_SECONDS;
import static dev.hearth.client.files.TestPictures.XMP_PACKET;
import static dev.hearth.client.files.TestPictures.cameraExif;
import static dev.hearth.client.files.TestPictures.concat;
import static dev.hearth.client.files.TestPictures.contains;
import static dev.hearth.client.files.TestPictures.decode;
import static dev.hearth.client.files.TestPictures.indexOf;
import static dev.hearth.client.files.TestPictures.latin1;
import static dev.hearth.client.files.TestPictures.pixels;
import static dev.hearth.client.files.TestPictures.resource;
import static dev.hearth.client.files.TestPictures.riffChunk;
import static dev.hearth.client.files.TestPictures.twoColours;
import static dev.hearth.client.files.TestPictures.vp8l;
import static dev.hearth.client.files.TestPictures.vp8x;
import static dev.hearth.client.files.TestPictures.webp;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebpStripperTest {

    static final int FLAG_ALPHA = 0x10;
    static final int FLAG_EXIF = 0x08;
    static final int FLAG_XMP = 0x04;

    private static final byte[] PIXELS = riffChunk("VP8L", vp8l(24, 16, twoColours(24, 16, 0xFFD02010, 0xFF1030D0)));
    /** Odd length, so the chunk carries a padding byte. */
    private static final byte[] XMP_CHUNK = riffChunk("XMP ", latin1(XMP_PACKET + "!"));

    @Test
    void dropsExifAndXmpClearsTheirFlagsAndFixesTheSize() throws BadImageException {
        byte[] fromCamera = webp(vp8x(FLAG_EXIF | FLAG_XMP, 24, 16), PIXELS,
            riffChunk("EXIF", cameraExif(1, true)), XMP_CHUNK);

        StrippedImage stripped = MetadataStripper.strip(fromCamera);

        assertEquals(ImageKind.WEBP, stripped.kind());
        assertEquals(Orientation.NORMAL, stripped.orientation());
        assertEquals(Set.of(LOCATION, EXIF, XMP), stripped.removed());
        assertFalse(contains(stripped.bytes(), CAMERA));
        assertFalse(contains(stripped.bytes(), "adobe"));
        assertEquals(-1, indexOf(stripped.bytes(), LATITUDE_SECONDS));
        assertArrayEquals(webp(vp8x(0, 24, 16), PIXELS), stripped.bytes());
    }

    @Test
    void keepsAnOrientationOnlyExifWithItsFlag() throws BadImageException {
        byte[] fromCamera = webp(vp8x(FLAG_ALPHA | FLAG_EXIF | FLAG_XMP, 24, 16), PIXELS, XMP_CHUNK,
            riffChunk("EXIF", cameraExif(6, true)));

        StrippedImage stripped = MetadataStripper.strip(fromCamera);

        assertEquals(Orientation.ROTATE_90, stripped.orientation());
        byte[] expected = webp(vp8x(FLAG_ALPHA | FLAG_EXIF, 24, 16), PIXELS,
            riffChunk("EXIF", Exif.orientationOnly(Orientation.ROTATE_90)));
        assertArrayEquals(expected, stripped.bytes());
        assertEquals(Orientation.ROTATE_90, MetadataStripper.orientation(stripped.bytes()));
    }

    @Test
    void aSimpleFileComesBackUnchangedAndBytesAfterTheContainerAreDropped() throws BadImageException {
        byte[] simple = webp(PIXELS);

        assertArrayEquals(simple, MetadataStripper.strip(simple).bytes());
        StrippedImage trailing = MetadataStripper.strip(concat(simple, latin1("Alice")));
        assertEquals(Set.of(OTHER), trailing.removed());
        assertArrayEquals(simple, trailing.bytes());
    }

    @Test
    void anExifInASimpleFileIsIgnoredAsDecodersIgnoreIt() throws BadImageException {
        StrippedImage stripped = MetadataStripper.strip(webp(PIXELS, riffChunk("EXIF", cameraExif(6, false))));

        assertEquals(Orientation.NORMAL, stripped.orientation());
        assertArrayEquals(webp(PIXELS), stripped.bytes());
    }

    @Test
    void stripsALossyFileWrittenByLibwebpAndItStillDecodesToTheSamePixels() throws BadImageException {
        byte[] fromLibwebp = resource("camera-lossy.webp");

        StrippedImage stripped = MetadataStripper.strip(fromLibwebp);

        assertEquals(Orientation.ROTATE_90, stripped.orientation());
        assertEquals(Set.of(LOCATION, EXIF, XMP), stripped.removed());
        byte[] out = stripped.bytes();
        assertFalse(contains(out, CAMERA));
        assertFalse(contains(out, "adobe"));
        assertEquals(FLAG_EXIF, out[20], "VP8X flags: the orientation's Exif only");
        byte[] imageData = Arrays.copyOfRange(fromLibwebp, 30, 30 + 8 + 86); // the VP8 chunk after VP8X
        assertEquals(30, indexOf(out, imageData));
        assertArrayEquals(pixels(decode(fromLibwebp)), pixels(decode(out)));
    }

    @Test
    void keepsTheAlphaChunk() throws BadImageException {
        byte[] sticker = resource("sticker-lossy.webp");

        StrippedImage stripped = MetadataStripper.strip(sticker);

        assertEquals(Set.of(), stripped.removed());
        assertArrayEquals(sticker, stripped.bytes());
        assertEquals(0, decode(sticker).getRGB(1, 1) >>> 24, "javax.imageio reads it, transparent corner and all");
    }
}
