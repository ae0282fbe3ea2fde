package dev.hearth.client.files;

import static dev.hearth.client.files.TestPictures.afterJfif;
import static dev.hearth.client.files.TestPictures.cameraExif;
import static dev.hearth.client.files.TestPictures.decode;
import static dev.hearth.client.files.TestPictures.encode;
import static dev.hearth.client.files.TestPictures.exifApp1;
import static dev.hearth.client.files.TestPictures.halves;
import static dev.hearth.client.files.TestPictures.insert;
import static dev.hearth.client.files.TestPictures.picture;
import static dev.hearth.client.files.TestPictures.pngChunk;
import static dev.hearth.client.files.TestPictures.riffChunk;
import static dev.hearth.client.files.TestPictures.twoColours;
import static dev.hearth.client.files.TestPictures.vp8l;
import static dev.hearth.client.files.TestPictures.vp8x;
import static dev.hearth.client.files.TestPictures.webp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.ByteBuffer;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThumbnailsTest {

    @Test
    void aLargeNoisyPhotoFitsTheLimit() throws BadImageException {
        BufferedImage noise = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        int[] data = ((DataBufferInt) noise.getRaster().getDataBuffer()).getData();
        Random random = new Random(7);
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextInt();
        }

        Thumbnail thumbnail = Thumbnails.of(MetadataStripper.strip(encode(noise, "jpeg")));

        assertTrue(thumbnail.bytes().length <= Thumbnails.MAX_BYTES, "bytes: " + thumbnail.bytes().length);
        assertEquals(ImageKind.JPEG, thumbnail.kind());
        assertEquals(4000, thumbnail.pictureWidth());
        assertEquals(3000, thumbnail.pictureHeight());
        assertEquals(4.0 / 3, (double) thumbnail.width() / thumbnail.height(), 0.02);
        assertTrue(thumbnail.width() <= Thumbnails.MAX_EDGE);
        BufferedImage decoded = decode(thumbnail.bytes());
        assertEquals(thumbnail.width(), decoded.getWidth());
        assertEquals(thumbnail.height(), decoded.getHeight());
    }

    @Test
    void anOrdinaryPhotoGetsTheFullEdge() throws BadImageException {
        Thumbnail thumbnail = Thumbnails.of(MetadataStripper.strip(encode(halves(1600, 1200), "jpeg")));

        assertEquals(320, thumbnail.width());
        assertEquals(240, thumbnail.height());
        assertTrue(thumbnail.bytes().length <= Thumbnails.MAX_BYTES);
    }

    @Test
    void orientationSixTurnsThePictureAndSwapsWidthAndHeight() throws BadImageException {
        byte[] plain = encode(halves(800, 600), "jpeg");
        byte[] fromPhone = insert(plain, afterJfif(plain), exifApp1(cameraExif(6, true)));

        Thumbnail thumbnail = Thumbnails.of(MetadataStripper.strip(fromPhone));

        assertEquals(600, thumbnail.pictureWidth());
        assertEquals(800, thumbnail.pictureHeight());
        assertEquals(240, thumbnail.width());
        assertEquals(320, thumbnail.height());
        BufferedImage upright = decode(thumbnail.bytes());
        assertReddish(upright.getRGB(120, 20));     // the stored left half (red) is now on top
        assertBluish(upright.getRGB(120, 300));
    }

    @Test
    void aSmallPictureIsNeverEnlarged() throws BadImageException {
        Thumbnail thumbnail = Thumbnails.of(MetadataStripper.strip(encode(halves(10, 10), "png")));

        assertEquals(10, thumbnail.width());
        assertEquals(10, thumbnail.height());
        assertEquals(10, thumbnail.pictureWidth());
        assertEquals(10, thumbnail.pictureHeight());
        assertEquals(ImageKind.JPEG, thumbnail.kind());
    }

    @Test
    void transparencyIsKeptInAPngThumbnail() throws BadImageException {
        BufferedImage sticker = picture(600, 400, BufferedImage.TYPE_INT_ARGB,
            (x, y) -> (x - 300) * (x - 300) + (y - 200) * (y - 200) < 150 * 150 ? 0xFF20A040 : 0x00000000);

        Thumbnail thumbnail = Thumbnails.of(MetadataStripper.strip(encode(sticker, "png")));

        assertEquals(ImageKind.PNG, thumbnail.kind());
        assertEquals(320, thumbnail.width());
        assertEquals(213, thumbnail.height());
        BufferedImage decoded = decode(thumbnail.bytes());
        assertEquals(0, decoded.getRGB(5, 5) >>> 24, "a corner stays transparent");
        assertEquals(0xFF20A040, decoded.getRGB(160, 106), "the middle keeps its colour");
    }

    @Test
    void anAlphaChannelWithoutTransparencyGivesAJpeg() throws BadImageException {
        BufferedImage opaque = picture(50, 40, BufferedImage.TYPE_INT_ARGB, (x, y) -> 0xFF000000 | (x * 5 << 16) | y * 6);

        Thumbnail thumbnail = Thumbnails.of(MetadataStripper.strip(encode(opaque, "png")));

        assertEquals(ImageKind.JPEG, thumbnail.kind());
        assertEquals(50, thumbnail.width());
    }

    @Test
    void aNoisyTransparentPictureGetsASmallerPng() throws BadImageException {
        Random random = new Random(3);
        BufferedImage noise = picture(400, 400, BufferedImage.TYPE_INT_ARGB, (x, y) -> random.nextInt());

        Thumbnail thumbnail = Thumbnails.of(MetadataStripper.strip(encode(noise, "png")));

        assertEquals(ImageKind.PNG, thumbnail.kind());
        assertTrue(thumbnail.bytes().length <= Thumbnails.MAX_BYTES, "bytes: " + thumbnail.bytes().length);
        assertTrue(thumbnail.width() < Thumbnails.MAX_EDGE && thumbnail.width() >= 32, "width: " + thumbnail.width());
    }

    @Test
    void aGifGetsAThumbnail() throws BadImageException {
        Thumbnail thumbnail = Thumbnails.of(MetadataStripper.strip(encode(halves(640, 100), "gif")));

        assertEquals(320, thumbnail.width());
        assertEquals(50, thumbnail.height());
        assertEquals(640, thumbnail.pictureWidth());
        assertReddish(decode(thumbnail.bytes()).getRGB(10, 25));
    }

    @Test
    void aLosslessWebpIsDecodedThroughThePlugin() throws BadImageException {
        int[] argb = twoColours(24, 16, 0xFFD02010, 0xFF1030D0);
        byte[] file = webp(vp8x(0x08, 24, 16), riffChunk("VP8L", vp8l(24, 16, argb)), riffChunk("EXIF", cameraExif(6, true)));

        StrippedImage stripped = MetadataStripper.strip(file);
        assertEquals(Set.of(MetadataKind.EXIF, MetadataKind.LOCATION), stripped.removed());
        BufferedImage decoded = decode(stripped.bytes());
        assertEquals(24, decoded.getWidth());
        assertEquals(0xFFD02010, decoded.getRGB(0, 0));
        assertEquals(0xFF1030D0, decoded.getRGB(23, 15));

        Thumbnail thumbnail = Thumbnails.of(stripped);
        assertEquals(16, thumbnail.width());
        assertEquals(24, thumbnail.height());
        assertEquals(16, thumbnail.pictureWidth());
        assertReddish(decode(thumbnail.bytes()).getRGB(8, 2));
    }

    @Test
    void aTransparentWebpGivesAPngThumbnail() throws BadImageException {
        byte[] file = webp(riffChunk("VP8L", vp8l(20, 20, twoColours(20, 20, 0x00000000, 0xFF1030D0))));

        Thumbnail thumbnail = Thumbnails.of(MetadataStripper.strip(file));

        assertEquals(ImageKind.PNG, thumbnail.kind());
        assertEquals(0, decode(thumbnail.bytes()).getRGB(2, 10) >>> 24);
        assertEquals(0xFF1030D0, decode(thumbnail.bytes()).getRGB(17, 10));
    }

    @Test
    void lossyWebpFilesFromLibwebpGetUprightThumbnails() throws BadImageException {
        Thumbnail photo = Thumbnails.of(MetadataStripper.strip(TestPictures.resource("camera-lossy.webp")));
        Thumbnail sticker = Thumbnails.of(MetadataStripper.strip(TestPictures.resource("sticker-lossy.webp")));

        assertEquals(32, photo.width());
        assertEquals(48, photo.height());
        assertEquals(ImageKind.JPEG, photo.kind());
        assertReddish(decode(photo.bytes()).getRGB(16, 4));
        assertEquals(ImageKind.PNG, sticker.kind());
        assertEquals(40, sticker.pictureWidth());
        assertEquals(0, decode(sticker.bytes()).getRGB(1, 1) >>> 24);
        assertEquals(0xFF, decode(sticker.bytes()).getRGB(20, 15) >>> 24);
    }

    @Test
    void theThumbnailCarriesNoMetadata() throws BadImageException {
        byte[] plain = encode(halves(400, 300), "jpeg");
        byte[] fromPhone = insert(plain, afterJfif(plain), exifApp1(cameraExif(6, true)), TestPictures.xmpApp1());

        Thumbnail thumbnail = Thumbnails.of(MetadataStripper.strip(fromPhone));

        StrippedImage again = MetadataStripper.strip(thumbnail.bytes());
        assertEquals(Set.of(), again.removed());
        assertEquals(Orientation.NORMAL, again.orientation(), "the thumbnail's pixels are upright");
    }

    @Test
    void aPictureTheDecoderCannotReadIsABadImage() {
        byte[] plain = encode(halves(40, 30), "png");
        byte[] notDeflate = insert(plain, TestPictures.AFTER_IHDR, pngChunk("IDAT", new byte[] {1, 2, 3, 4}));

        assertThrows(BadImageException.class, () -> Thumbnails.of(MetadataStripper.strip(notDeflate)));
    }

    @Test
    void aHugePictureIsRefusedBeforeDecoding() throws BadImageException {
        byte[] plain = encode(halves(40, 30), "png");
        byte[] header = ByteBuffer.allocate(13).putInt(20_000).putInt(20_000).put(new byte[] {8, 2, 0, 0, 0}).array();
        byte[] bomb = TestPictures.concat(java.util.Arrays.copyOf(plain, 8), pngChunk("IHDR", header),
            java.util.Arrays.copyOfRange(plain, TestPictures.AFTER_IHDR, plain.length));
        StrippedImage stripped = MetadataStripper.strip(bomb);

        BadImageException e = assertThrows(BadImageException.class, () -> Thumbnails.of(stripped));
        assertEquals("PNG: 20000 x 20000 pixels is more than a picture we show", e.getMessage());
    }

    private static void assertReddish(int rgb) {
        assertTrue(((rgb >> 16) & 0xFF) > 150 && (rgb & 0xFF) < 100, Integer.toHexString(rgb));
    }

    private static void assertBluish(int rgb) {
        assertTrue(((rgb >> 16) & 0xFF) < 100 && (rgb & 0xFF) > 150, Integer.toHexString(rgb));
    }
}
