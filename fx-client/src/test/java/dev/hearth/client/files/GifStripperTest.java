package dev.hearth.client.files;

import static dev.hearth.client.files.MetadataKind.OTHER;
import static dev.hearth.client.files.MetadataKind.TEXT;
import static dev.hearth.client.files.TestPictures.XMP_PACKET;
import static dev.hearth.client.files.TestPictures.concat;
import static dev.hearth.client.files.TestPictures.contains;
import static dev.hearth.client.files.TestPictures.decode;
import static dev.hearth.client.files.TestPictures.encode;
import static dev.hearth.client.files.TestPictures.halves;
import static dev.hearth.client.files.TestPictures.insert;
import static dev.hearth.client.files.TestPictures.latin1;
import static dev.hearth.client.files.TestPictures.pixels;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GifStripperTest {

    private static final byte[] PLAIN = encode(halves(40, 30), "gif");
    private static final byte[] LOOP = concat(new byte[] {0x21, (byte) 0xFF, 11}, latin1("NETSCAPE2.0"),
        new byte[] {3, 1, 0, 0, 0});

    @Test
    void dropsCommentsAndApplicationBlocksButKeepsTheLoop() throws BadImageException {
        byte[] edited = concat(insert(PLAIN, firstBlock(PLAIN),
            extension(0xFE, latin1("taken at Alice's house")),
            LOOP,
            concat(new byte[] {0x21, (byte) 0xFF, 11}, latin1("XMP DataXMP"), subBlocks(latin1(XMP_PACKET)))),
            latin1("after the trailer"));

        StrippedImage stripped = MetadataStripper.strip(edited);

        assertEquals(ImageKind.GIF, stripped.kind());
        assertEquals(Orientation.NORMAL, stripped.orientation());
        assertEquals(Set.of(TEXT, OTHER), stripped.removed());
        for (String gone : new String[] {"Alice", "XMP", "adobe", "after the trailer"}) {
            assertFalse(contains(stripped.bytes(), gone), gone);
        }
        assertArrayEquals(insert(PLAIN, firstBlock(PLAIN), LOOP), stripped.bytes());
        assertArrayEquals(pixels(decode(PLAIN)), pixels(decode(stripped.bytes())));
    }

    @Test
    void aPictureWithoutMetadataComesBackUnchanged() throws BadImageException {
        StrippedImage stripped = MetadataStripper.strip(PLAIN);

        assertEquals(Set.of(), stripped.removed());
        assertArrayEquals(PLAIN, stripped.bytes());
    }

    /** After the header, the screen descriptor and the global colour table. */
    static int firstBlock(byte[] gif) {
        int packed = gif[10] & 0xFF;
        return 13 + ((packed & 0x80) == 0 ? 0 : 3 << ((packed & 7) + 1));
    }

    static byte[] extension(int label, byte[] data) {
        return concat(new byte[] {0x21, (byte) label}, subBlocks(data));
    }

    static byte[] subBlocks(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < data.length; i += 255) {
            int n = Math.min(255, data.length - i);
            out.write(n);
            out.write(data, i, n);
        }
        out.write(0);
        return out.toByteArray();
    }
}
