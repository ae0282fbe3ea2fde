package dev.hearth.client.files;

import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import java.util.Set;

/**
 * Takes the comment extensions and the application extensions out of a GIF, except the two that
 * make an animation loop ({@code NETSCAPE2.0}, {@code ANIMEXTS1.0}); application extensions are
 * where XMP and editors' notes live. Graphic control and plain text extensions, the colour
 * tables and the image data are copied byte for byte; extensions GIF89a does not define and bytes
 * after the trailer are dropped. GIF has no orientation.
 */
final class GifStripper {

    private static final String FORMAT = "GIF";
    private static final int HEADER = 6;
    private static final int SCREEN_DESCRIPTOR = 7;
    private static final int IMAGE_DESCRIPTOR = 10;

    private static final int EXTENSION = 0x21;
    private static final int IMAGE = 0x2C;
    private static final int TRAILER = 0x3B;
    private static final int PLAIN_TEXT = 0x01;
    private static final int GRAPHIC_CONTROL = 0xF9;
    private static final int COMMENT = 0xFE;
    private static final int APPLICATION = 0xFF;

    private GifStripper() {
    }

    static StrippedImage strip(byte[] in) throws BadImageException {
        if (ImageKind.of(in).orElse(null) != ImageKind.GIF) {
            throw new BadImageException(FORMAT + ": no GIF87a or GIF89a header");
        }
        Bytes.need(in, HEADER, SCREEN_DESCRIPTOR, FORMAT, "the screen descriptor");
        int pos = HEADER + SCREEN_DESCRIPTOR + colourTable(Bytes.u8(in, HEADER + 4));
        Bytes.need(in, HEADER + SCREEN_DESCRIPTOR, pos - HEADER - SCREEN_DESCRIPTOR, FORMAT, "the global colour table");
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, pos);
        Set<MetadataKind> removed = EnumSet.noneOf(MetadataKind.class);
        boolean image = false;
        while (true) {
            Bytes.need(in, pos, 1, FORMAT, "a block");
            int block = Bytes.u8(in, pos);
            int start = pos;
            if (block == TRAILER) {
                out.write(TRAILER);
                pos++;
                break;
            } else if (block == IMAGE) {
                Bytes.need(in, pos, IMAGE_DESCRIPTOR, FORMAT, "an image descriptor");
                pos += IMAGE_DESCRIPTOR + colourTable(Bytes.u8(in, pos + 9));
                Bytes.need(in, pos, 1, FORMAT, "an image's colour table or code size");
                pos = afterSubBlocks(in, pos + 1);
                out.write(in, start, pos - start);
                image = true;
            } else if (block == EXTENSION) {
                Bytes.need(in, pos, 2, FORMAT, "an extension");
                int label = Bytes.u8(in, pos + 1);
                pos = afterSubBlocks(in, pos + 2);
                if (label == GRAPHIC_CONTROL || label == PLAIN_TEXT || (label == APPLICATION && loops(in, start + 2))) {
                    out.write(in, start, pos - start);
                } else {
                    removed.add(label == COMMENT ? MetadataKind.TEXT : MetadataKind.OTHER);
                }
            } else {
                throw new BadImageException(FORMAT + ": unknown block 0x" + Integer.toHexString(block) + " at byte " + pos);
            }
        }
        if (!image) {
            throw new BadImageException(FORMAT + ": no image before the trailer");
        }
        if (pos < in.length) {
            removed.add(MetadataKind.OTHER);
        }
        return new StrippedImage(ImageKind.GIF, out.toByteArray(), Orientation.NORMAL, removed);
    }

    /** The size of the colour table a packed-fields byte announces (0 when it has none). */
    private static int colourTable(int packed) {
        return (packed & 0x80) == 0 ? 0 : 3 << ((packed & 0x07) + 1);
    }

    /** The position after the sub-blocks starting at {@code pos} and their zero-length terminator. */
    private static int afterSubBlocks(byte[] in, int pos) throws BadImageException {
        while (true) {
            Bytes.need(in, pos, 1, FORMAT, "a data sub-block");
            int size = Bytes.u8(in, pos);
            if (size == 0) {
                return pos + 1;
            }
            Bytes.need(in, pos + 1, size, FORMAT, "a data sub-block");
            pos += size + 1;
        }
    }

    /** Whether the application extension whose first sub-block starts at {@code pos} is a loop count. */
    private static boolean loops(byte[] in, int pos) {
        return Bytes.u8(in, pos) == 11
            && (Bytes.startsWithAscii(in, pos + 1, "NETSCAPE2.0") || Bytes.startsWithAscii(in, pos + 1, "ANIMEXTS1.0"));
    }
}
