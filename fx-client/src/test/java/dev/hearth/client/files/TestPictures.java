package dev.hearth.client.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.function.IntBinaryOperator;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Real picture files for the tests: encoded by javax.imageio (JPEG, PNG, GIF) or by the small
 * lossless WebP writer below, with metadata spliced in by hand the way cameras and editors write it.
 * Public for the tests that send such pictures through the chat window.
 */
public final class TestPictures {

    /** Bytes that only the hand-made Exif holds: the camera's make, its date, the GPS latitude. */
    public static final String CAMERA = "HearthCam";
    static final String DATE = "2024:05:01 12:00:00";
    public static final byte[] LATITUDE_SECONDS = {(byte) 0xD2, 0x04, 0, 0, 100, 0, 0, 0}; // 1234/100, little-endian

    private TestPictures() {
    }

    static BufferedImage picture(int width, int height, int type, IntBinaryOperator argb) {
        BufferedImage image = new BufferedImage(width, height, type);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, argb.applyAsInt(x, y));
            }
        }
        return image;
    }

    /** Two colour halves, left and right, with a soft diagonal so every pixel differs a little. */
    public static BufferedImage halves(int width, int height) {
        return picture(width, height, BufferedImage.TYPE_INT_RGB,
            (x, y) -> x < width / 2 ? 0xFFD02010 + (y % 8) : 0xFF1030D0 + (x % 8));
    }

    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static BufferedImage decode(byte[] file) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    // --- Exif -----------------------------------------------------------------------------------

    /**
     * An Exif TIFF structure as a camera writes it (little-endian): make, orientation, date and a
     * GPS directory with a latitude when {@code gps}.
     */
    public static byte[] cameraExif(int orientation, boolean gps) {
        ByteBuffer b = ByteBuffer.allocate(146).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        b.putShort((short) (gps ? 4 : 3));
        entry(b, 0x010F, 2, 10, 62);                     // Make, ASCII, at 62
        entry(b, 0x0112, 3, 1, orientation);             // Orientation, SHORT
        entry(b, 0x0132, 2, 20, 72);                     // DateTime, ASCII, at 72
        if (gps) {
            entry(b, 0x8825, 4, 1, 92);                  // GPS directory at 92
        } else {
            b.put(new byte[12]);
        }
        b.putInt(0);
        b.put((CAMERA + "\0").getBytes(StandardCharsets.US_ASCII));
        b.put((DATE + "\0").getBytes(StandardCharsets.US_ASCII));
        b.putShort((short) 2);                           // GPS directory: two entries
        entry(b, 0x0001, 2, 2, 'N');                     // GPSLatitudeRef "N"
        entry(b, 0x0002, 5, 3, 122);                     // GPSLatitude, 3 RATIONAL at 122
        b.putInt(0);
        b.putInt(51).putInt(1).putInt(30).putInt(1).put(LATITUDE_SECONDS);
        return b.array();
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count);
        if (type == 3) {
            b.putShort((short) value).putShort((short) 0);
        } else {
            b.putInt(value);
        }
    }

    static final String XMP_PACKET = "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF><rdf:Description"
        + " exif:GPSLatitude='51,30.2N' xmp:CreatorTool='HearthEdit'/></rdf:RDF></x:xmpmeta>";

    // --- JPEG -----------------------------------------------------------------------------------

    static byte[] jpegSegment(int marker, byte[] payload) {
        byte[] segment = new byte[payload.length + 4];
        segment[0] = (byte) 0xFF;
        segment[1] = (byte) marker;
        segment[2] = (byte) ((payload.length + 2) >> 8);
        segment[3] = (byte) (payload.length + 2);
        System.arraycopy(payload, 0, segment, 4, payload.length);
        return segment;
    }

    public static byte[] exifApp1(byte[] tiff) {
        return jpegSegment(0xE1, concat(Exif.JPEG_PREFIX, tiff));
    }

    static byte[] xmpApp1() {
        return jpegSegment(0xE1, ("http://ns.adobe.com/xap/1.0/\0" + XMP_PACKET).getBytes(StandardCharsets.UTF_8));
    }

    static byte[] comment(String text) {
        return jpegSegment(0xFE, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Where a javax.imageio JPEG's segments start after its JFIF APP0. */
    public static int afterJfif(byte[] jpeg) {
        if ((jpeg[3] & 0xFF) != 0xE0) {
            throw new IllegalStateException("expected JFIF APP0 first");
        }
        return 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
    }

    // --- PNG ------------------------------------------------------------------------------------

    static byte[] pngChunk(String type, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(data.length + 12);
        b.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(b.array(), 4, data.length + 4);
        b.putInt((int) crc.getValue());
        return b.array();
    }

    static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The position after a PNG's IHDR chunk. */
    static final int AFTER_IHDR = 8 + 12 + 13;

    // --- WebP -----------------------------------------------------------------------------------

    /**
     * A lossless WebP bitstream (VP8L) of {@code argb}, in which every channel takes at most two
     * values: no transforms, no colour cache, one "simple" prefix code per channel.
     */
    static byte[] vp8l(int width, int height, int[] argb) {
        Bits bits = new Bits();
        boolean alpha = Arrays.stream(argb).anyMatch(p -> p >>> 24 != 0xFF);
        bits.put(0x2F, 8).put(width - 1, 14).put(height - 1, 14).put(alpha ? 1 : 0, 1).put(0, 3);
        bits.put(0, 1).put(0, 1).put(0, 1);              // no transform, no colour cache, one prefix-code group
        int[] shifts = {8, 16, 0, 24};                  // code order: green, red, blue, alpha
        int[][] symbols = new int[4][];
        for (int c = 0; c < 4; c++) {
            TreeSet<Integer> seen = new TreeSet<>();
            for (int p : argb) {
                seen.add((p >>> shifts[c]) & 0xFF);
            }
            symbols[c] = seen.stream().mapToInt(Integer::intValue).toArray();
            if (symbols[c].length > 2) {
                throw new IllegalArgumentException("at most two values per channel");
            }
            bits.put(1, 1).put(symbols[c].length - 1, 1).put(1, 1).put(symbols[c][0], 8);
            if (symbols[c].length == 2) {
                bits.put(symbols[c][1], 8);
            }
        }
        bits.put(1, 1).put(0, 1).put(0, 1).put(0, 1);  // distance code: one symbol, 0
        for (int p : argb) {
            for (int c = 0; c < 4; c++) {
                if (symbols[c].length == 2) {
                    bits.put(((p >>> shifts[c]) & 0xFF) == symbols[c][0] ? 0 : 1, 1);
                }
            }
        }
        return bits.bytes();
    }

    /**
     * A test resource of this package. {@code camera-lossy.webp} (48 x 32, VP8X + VP8 + EXIF + XMP,
     * the Exif with orientation 6 and GPS) and {@code sticker-lossy.webp} (40 x 30, VP8X + ALPH +
     * VP8, a green disc on transparency) were written by libwebp 1.2.4's {@code cwebp -q 60
     * -metadata all} from pictures made by this class, so the tests also see libwebp's own lossy files.
     */
    static byte[] resource(String name) {
        try (var in = TestPictures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] riffChunk(String type, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        b.put(type.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        return b.array();
    }

    static byte[] webp(byte[]... chunks) {
        byte[] body = concat(chunks);
        ByteBuffer b = ByteBuffer.allocate(12 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(latin1("RIFF")).putInt(4 + body.length).put(latin1("WEBP")).put(body);
        return b.array();
    }

    static byte[] vp8x(int flags, int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) flags).put(new byte[3]);
        b.put((byte) (width - 1)).put((byte) ((width - 1) >> 8)).put((byte) ((width - 1) >> 16));
        b.put((byte) (height - 1)).put((byte) ((height - 1) >> 8)).put((byte) ((height - 1) >> 16));
        return riffChunk("VP8X", b.array());
    }

    /** A two-colour picture for WebP: left half {@code left}, right half {@code right}. */
    static int[] twoColours(int width, int height, int left, int right) {
        int[] argb = new int[width * height];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = i % width < width / 2 ? left : right;
        }
        return argb;
    }

    private static final class Bits {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int acc;
        private int used;

        Bits put(int value, int count) {
            for (int i = 0; i < count; i++) {
                acc |= ((value >>> i) & 1) << used;
                if (++used == 8) {
                    out.write(acc);
                    acc = 0;
                    used = 0;
                }
            }
            return this;
        }

        byte[] bytes() {
            if (used > 0) {
                out.write(acc);
            }
            return out.toByteArray();
        }
    }

    // --- bytes ----------------------------------------------------------------------------------

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    public static byte[] insert(byte[] into, int at, byte[]... parts) {
        return concat(Arrays.copyOfRange(into, 0, at), concat(parts), Arrays.copyOfRange(into, at, into.length));
    }

    public static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (haystack[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    public static boolean contains(byte[] haystack, String ascii) {
        return indexOf(haystack, latin1(ascii)) >= 0;
    }
}
