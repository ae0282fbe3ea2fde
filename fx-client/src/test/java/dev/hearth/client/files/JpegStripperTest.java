package dev.hearth.client.files;

import static dev.hearth.client.files.MetadataKind.EXIF;
import static dev.hearth.client.files.MetadataKind.IPTC;
import static dev.hearth.client.files.MetadataKind.LOCATION;
import static dev.hearth.client.files.MetadataKind.OTHER;
import static dev.hearth.client.files.MetadataKind.TEXT;
import static dev.hearth.client.files.MetadataKind.XMP;
import static dev.hearth.client.files.TestPictures.CAMERA;
import static dev.hearth.client.files.TestPictures.DATE;
import static dev.hearth.client.files.TestPictures.LATITUDE_SECONDS;
import static dev.hearth.client.files.TestPictures.afterJfif;
import static dev.hearth.client.files.TestPictures.cameraExif;
import static dev.hearth.client.files.TestPictures.comment;
import static dev.hearth.client.files.TestPictures.concat;
import static dev.hearth.client.files.TestPictures.contains;
import static dev.hearth.client.files.TestPictures.decode;
import static dev.hearth.client.files.TestPictures.encode;
import static dev.hearth.client.files.TestPictures.exifApp1;
import static dev.hearth.client.files.TestPictures.halves;
import static dev.hearth.client.files.TestPictures.indexOf;
import static dev.hearth.client.files.TestPictures.insert;
import static dev.hearth.client.files.TestPictures.jpegSegment;
import static dev.hearth.client.files.TestPictures.latin1;
import static dev.hearth.client.files.TestPictures.pixels;
import static dev.hearth.client.files.TestPictures.xmpApp1;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JpegStripperTest {

    private static final byte[] PLAIN = encode(halves(64, 48), "jpeg");
    private static final int AFTER_JFIF = afterJfif(PLAIN);

    @Test
    void dropsExifXmpIptcAndCommentsAndKeepsOnlyTheOrientation() throws BadImageException {
        byte[] fromCamera = insert(PLAIN, AFTER_JFIF, exifApp1(cameraExif(6, true)), xmpApp1(),
            comment("taken at Alice's house"), jpegSegment(0xED, latin1("Photoshop 3.0\08BIM\u0004\u0004 captions")));

        StrippedImage stripped = MetadataStripper.strip(fromCamera);

        assertEquals(ImageKind.JPEG, stripped.kind());
        assertEquals(Orientation.ROTATE_90, stripped.orientation());
        assertEquals(Set.of(LOCATION, EXIF, XMP, IPTC, TEXT), stripped.removed());
        byte[] out = stripped.bytes();
        for (String gone : new String[] {CAMERA, DATE, "ns.adobe.com", "GPSLatitude", "Alice", "Photoshop", "8BIM"}) {
            assertFalse(contains(out, gone), gone);
        }
        assertEquals(-1, indexOf(out, LATITUDE_SECONDS));
        assertEquals(-1, indexOf(out, new byte[] {(byte) 0x25, (byte) 0x88})); // GPS directory tag, little-endian
        assertEquals(-1, indexOf(out, new byte[] {(byte) 0xFF, (byte) 0xFE}), "no COM segment");
        // what is left: the original file with an Exif holding only the orientation right after JFIF
        assertArrayEquals(insert(PLAIN, AFTER_JFIF, exifApp1(Exif.orientationOnly(Orientation.ROTATE_90))), out);
        assertEquals(Orientation.ROTATE_90, MetadataStripper.orientation(out));
    }

    @Test
    void copiesTheScanDataByteForByteAndDecodesToTheSamePixels() throws BadImageException {
        byte[] fromCamera = insert(PLAIN, AFTER_JFIF, exifApp1(cameraExif(6, true)), xmpApp1(), comment("hello"));

        byte[] out = MetadataStripper.strip(fromCamera).bytes();

        assertArrayEquals(fromStartOfScan(PLAIN), fromStartOfScan(out));
        assertArrayEquals(pixels(decode(PLAIN)), pixels(decode(out)));
    }

    @Test
    void anUprightPictureKeepsNoExifAtAll() throws BadImageException {
        StrippedImage stripped = MetadataStripper.strip(insert(PLAIN, AFTER_JFIF, exifApp1(cameraExif(1, true))));

        assertEquals(Orientation.NORMAL, stripped.orientation());
        assertEquals(Set.of(LOCATION, EXIF), stripped.removed());
        assertArrayEquals(PLAIN, stripped.bytes());
    }

    @Test
    void aPictureWithoutMetadataComesBackUnchanged() throws BadImageException {
        StrippedImage stripped = MetadataStripper.strip(PLAIN);

        assertEquals(Set.of(), stripped.removed());
        assertEquals(Orientation.NORMAL, stripped.orientation());
        assertArrayEquals(PLAIN, stripped.bytes());
    }

    @Test
    void readsABigEndianExifAndOneWithoutLocation() throws BadImageException {
        byte[] bigEndian = insert(PLAIN, AFTER_JFIF, exifApp1(Exif.orientationOnly(Orientation.ROTATE_270)));
        byte[] noGps = insert(PLAIN, AFTER_JFIF, exifApp1(cameraExif(3, false)));

        assertEquals(Orientation.ROTATE_270, MetadataStripper.orientation(bigEndian));
        StrippedImage stripped = MetadataStripper.strip(noGps);
        assertEquals(Orientation.ROTATE_180, stripped.orientation());
        assertEquals(Set.of(EXIF), stripped.removed());
    }

    @Test
    void anUnreadableExifIsDroppedAndCountsAsUpright() throws BadImageException {
        byte[] garbled = insert(PLAIN, AFTER_JFIF, exifApp1(latin1("XX\u0000*garbage")));

        StrippedImage stripped = MetadataStripper.strip(garbled);

        assertEquals(Orientation.NORMAL, stripped.orientation());
        assertArrayEquals(PLAIN, stripped.bytes());
    }

    @Test
    void keepsTheColourProfileAndAdobeSegmentsAndDropsOtherApplicationSegments() throws BadImageException {
        byte[] icc = jpegSegment(0xE2, latin1("ICC_PROFILE\0\u0001\u0001profile bytes"));
        byte[] adobe = jpegSegment(0xEE, latin1("Adobe\0\u0064\0\0\0\0\u0001"));
        byte[] multiPicture = jpegSegment(0xE2, latin1("MPF\0II*\0index of the second picture"));
        byte[] maker = jpegSegment(0xEB, latin1("JP\0content credentials of Alice"));
        byte[] withSegments = insert(PLAIN, AFTER_JFIF, icc, multiPicture, adobe, maker);
        byte[] secondPicture = concat(withSegments, latin1("\u00ff\u00d8\u00ff\u00e1 depth map with its own Exif"));

        StrippedImage stripped = MetadataStripper.strip(secondPicture);

        assertEquals(Set.of(OTHER), stripped.removed());
        assertArrayEquals(insert(PLAIN, AFTER_JFIF, icc, adobe), stripped.bytes());
    }

    @Test
    void dropsTheJfifPreviewWhichMayShowThePictureBeforeACrop() throws BadImageException {
        byte[] jfifWithPreview = jpegSegment(0xE0, concat(Arrays.copyOfRange(PLAIN, 6, 6 + 12),
            new byte[] {2, 1, 1, 2, 3, 4, 5, 6}));
        byte[] withPreview = concat(Arrays.copyOf(PLAIN, 2), jfifWithPreview, Arrays.copyOfRange(PLAIN, AFTER_JFIF, PLAIN.length));

        StrippedImage stripped = MetadataStripper.strip(withPreview);

        assertEquals(Set.of(OTHER), stripped.removed());
        assertArrayEquals(PLAIN, stripped.bytes(), "javax.imageio writes JFIF without a preview");
    }

    @Test
    void theOrientationGoesRightAfterTheStartWhenThereIsNoJfif() throws BadImageException {
        byte[] noJfif = concat(Arrays.copyOf(PLAIN, 2), exifApp1(cameraExif(8, true)),
            Arrays.copyOfRange(PLAIN, AFTER_JFIF, PLAIN.length));

        byte[] out = MetadataStripper.strip(noJfif).bytes();

        byte[] expected = concat(Arrays.copyOf(PLAIN, 2), exifApp1(Exif.orientationOnly(Orientation.ROTATE_270)),
            Arrays.copyOfRange(PLAIN, AFTER_JFIF, PLAIN.length));
        assertArrayEquals(expected, out);
        assertArrayEquals(pixels(decode(PLAIN)), pixels(decode(out)));
    }

    @Test
    void toleratesFillBytesBeforeAMarker() throws BadImageException {
        byte[] filled = insert(PLAIN, AFTER_JFIF, new byte[] {(byte) 0xFF, (byte) 0xFF}, comment("x"));

        StrippedImage stripped = MetadataStripper.strip(filled);

        assertEquals(Set.of(TEXT), stripped.removed());
        assertArrayEquals(PLAIN, stripped.bytes());
    }

    /** The bytes from the first start-of-scan marker to the end, found by walking the segments. */
    static byte[] fromStartOfScan(byte[] jpeg) {
        int pos = 2;
        while ((jpeg[pos + 1] & 0xFF) != 0xDA) {
            pos += 2 + (((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF));
        }
        assertTrue(pos > 2);
        return Arrays.copyOfRange(jpeg, pos, jpeg.length);
    }
}
