package dev.hearth.client.files;

import static dev.hearth.client.files.TestPictures.encode;
import static dev.hearth.client.files.TestPictures.halves;
import static dev.hearth.client.files.TestPictures.latin1;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageKindTest {

    @Test
    void tellsEachFormatFromItsFirstBytes() {
        assertEquals(Optional.of(ImageKind.JPEG), ImageKind.of(encode(halves(8, 8), "jpeg")));
        assertEquals(Optional.of(ImageKind.PNG), ImageKind.of(encode(halves(8, 8), "png")));
        assertEquals(Optional.of(ImageKind.GIF), ImageKind.of(encode(halves(8, 8), "gif")));
        assertEquals(Optional.of(ImageKind.GIF), ImageKind.of(latin1("GIF87a")));
        assertEquals(Optional.of(ImageKind.WEBP), ImageKind.of(latin1("RIFF\u0024\0\0\0WEBPVP8L")));
    }

    @Test
    void needsOnlyTheFirstTwelveBytes() {
        byte[] png = encode(halves(8, 8), "png");
        assertEquals(Optional.of(ImageKind.PNG), ImageKind.of(Arrays.copyOf(png, ImageKind.SNIFF_BYTES)));
    }

    @Test
    void anythingElseIsNotAPictureWeShow() {
        assertEquals(Optional.empty(), ImageKind.of(new byte[0]));
        assertEquals(Optional.empty(), ImageKind.of(latin1("%PDF-1.7")));
        assertEquals(Optional.empty(), ImageKind.of(latin1("RIFF\0\0\0\0WAVEfmt ")));
        assertEquals(Optional.empty(), ImageKind.of(latin1("GIF90a")));
        assertEquals(Optional.empty(), ImageKind.of(new byte[] {(byte) 0xFF, (byte) 0xD8}));
        assertEquals(Optional.empty(), ImageKind.of(latin1("\u0089PNG\r\n\u001a"))); // one byte short
    }

    @Test
    void namesTheMediaTypeForTheOffer() {
        assertEquals("image/jpeg", ImageKind.JPEG.mime());
        assertEquals("image/png", ImageKind.PNG.mime());
        assertEquals("image/gif", ImageKind.GIF.mime());
        assertEquals("image/webp", ImageKind.WEBP.mime());
    }
}
