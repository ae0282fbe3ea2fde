package dev.hearth.client.files;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

/**
 * Takes the metadata segments out of a JPEG and copies everything a decoder needs byte for byte:
 * the tables, the frame and scan headers and the entropy-coded data. Kept: APP0 JFIF (its
 * embedded preview dropped), APP2 ICC profile, APP14 Adobe (colour transform), every segment that
 * is not APPn or COM. Dropped: APP1 (Exif, XMP), APP13 (IPTC), COM, every other APPn (multi-picture
 * indexes, previews, maker blocks, content credentials) and any bytes after the end-of-image
 * marker (phones append depth maps and second pictures there, each with its own Exif).
 */
final class JpegStripper {

    private static final String FORMAT = "JPEG";

    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int TEM = 0x01;
    private static final int APP0 = 0xE0;
    private static final int APP1 = 0xE1;
    private static final int APP2 = 0xE2;
    private static final int APP13 = 0xED;
    private static final int APP14 = 0xEE;
    private static final int APP15 = 0xEF;
    private static final int COM = 0xFE;

    private static final byte[] JFIF = {'J', 'F', 'I', 'F', 0};
    private static final byte[] ICC = {'I', 'C', 'C', '_', 'P', 'R', 'O', 'F', 'I', 'L', 'E', 0};
    private static final byte[] ADOBE = {'A', 'd', 'o', 'b', 'e'};
    private static final byte[] XMP = "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] XMP_EXTENDED = "http://ns.adobe.com/xmp/extension/\0".getBytes(StandardCharsets.ISO_8859_1);
    /** JFIF's APP0 payload without a preview: identifier, version, units, densities, 0 x 0 preview. */
    private static final int JFIF_PAYLOAD = 14;

    private final byte[] in;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Set<MetadataKind> removed = EnumSet.noneOf(MetadataKind.class);
    private Orientation orientation;
    private int exifGoesAt = 2;
    private boolean frame;
    private boolean scan;

    private JpegStripper(byte[] in) {
        this.in = in;
    }

    static StrippedImage strip(byte[] in) throws BadImageException {
        return new JpegStripper(in).run();
    }

    private StrippedImage run() throws BadImageException {
        if (in.length < 2 || Bytes.u8(in, 0) != 0xFF || Bytes.u8(in, 1) != SOI) {
            throw new BadImageException(FORMAT + ": no start-of-image marker");
        }
        out.write(in, 0, 2);
        int pos = 2;
        while (true) {
            int code = markerCode(pos);
            int marker = Bytes.u8(in, code);
            pos = code + 1;
            if (marker == EOI) {
                break;
            }
            if (marker == SOI || marker == 0) {
                throw new BadImageException(FORMAT + ": unexpected marker 0x" + Integer.toHexString(marker) + " at byte " + code);
            }
            if (marker == TEM || (marker >= 0xD0 && marker <= 0xD7)) {
                out.write(0xFF);
                out.write(marker);
                continue;
            }
            Bytes.need(in, pos, 2, FORMAT, "a segment length");
            int length = Bytes.u16be(in, pos);
            if (length < 2) {
                throw new BadImageException(FORMAT + ": segment length " + length + " at byte " + pos);
            }
            Bytes.need(in, pos, length, FORMAT, "segment 0x" + Integer.toHexString(marker));
            segment(marker, pos + 2, length - 2);
            pos += length;
            if (marker == SOS) {
                scan = true;
                int end = entropyCodedEnd(pos);
                out.write(in, pos, end - pos);
                pos = end;
            }
        }
        out.write(0xFF);
        out.write(EOI);
        if (!frame || !scan) {
            throw new BadImageException(FORMAT + ": no " + (frame ? "scan" : "frame header") + " before the end-of-image marker");
        }
        if (pos < in.length) {
            removed.add(MetadataKind.OTHER);
        }
        Orientation seen = orientation == null ? Orientation.NORMAL : orientation;
        return new StrippedImage(ImageKind.JPEG, withOrientation(out.toByteArray(), seen), seen, removed);
    }

    /** The position of the marker code of the marker at {@code pos}, after any fill bytes. */
    private int markerCode(int pos) throws BadImageException {
        Bytes.need(in, pos, 2, FORMAT, "a marker");
        if (Bytes.u8(in, pos) != 0xFF) {
            throw new BadImageException(FORMAT + ": expected a marker at byte " + pos);
        }
        while (pos < in.length && Bytes.u8(in, pos) == 0xFF) {
            pos++;
        }
        Bytes.need(in, pos, 1, FORMAT, "a marker");
        return pos;
    }

    private void segment(int marker, int payload, int size) {
        if (marker == COM) {
            removed.add(MetadataKind.TEXT);
        } else if (marker < APP0 || marker > APP15) {
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                frame = true; // SOF0 to SOF15; C4, C8 and CC are DHT, JPG and DAC
            }
            keep(payload, size);
        } else if (marker == APP0 && startsWith(payload, size, JFIF)) {
            keepJfif(payload, size);
        } else if ((marker == APP2 && startsWith(payload, size, ICC)) || (marker == APP14 && startsWith(payload, size, ADOBE))) {
            keep(payload, size);
        } else if (marker == APP1 && startsWith(payload, size, Exif.JPEG_PREFIX)) {
            Orientation found = Exif.read(in, payload + Exif.JPEG_PREFIX.length, size - Exif.JPEG_PREFIX.length, removed);
            if (orientation == null) {
                orientation = found;
            }
        } else if (marker == APP1 && (startsWith(payload, size, XMP) || startsWith(payload, size, XMP_EXTENDED))) {
            removed.add(MetadataKind.XMP);
        } else if (marker == APP13) {
            removed.add(MetadataKind.IPTC);
        } else {
            removed.add(MetadataKind.OTHER);
        }
    }

    private boolean startsWith(int payload, int size, byte[] identifier) {
        return size >= identifier.length && Bytes.startsWith(in, payload, identifier);
    }

    private void keep(int payload, int size) {
        out.write(in, payload - 4, size + 4);
    }

    /** Keeps JFIF's densities; drops its embedded preview, which may show the picture before a crop. */
    private void keepJfif(int payload, int size) {
        boolean first = out.size() == 2;
        if (size <= JFIF_PAYLOAD) {
            keep(payload, size);
        } else {
            removed.add(MetadataKind.OTHER);
            byte[] segment = new byte[4 + JFIF_PAYLOAD];
            System.arraycopy(in, payload - 4, segment, 0, segment.length - 2); // the preview's 0 x 0 stays
            segment[2] = 0;
            segment[3] = JFIF_PAYLOAD + 2;
            out.write(segment, 0, segment.length);
        }
        if (first) {
            exifGoesAt = out.size(); // JFIF wants APP0 right after SOI; the Exif goes after it
        }
    }

    /**
     * The end of the entropy-coded data starting at {@code pos}: the first marker that is not a
     * stuffed 0xFF00 or a restart marker.
     */
    private int entropyCodedEnd(int pos) throws BadImageException {
        int n = in.length;
        while (pos < n) {
            if (Bytes.u8(in, pos) != 0xFF) {
                pos++;
                continue;
            }
            Bytes.need(in, pos, 2, FORMAT, "the image data");
            int next = Bytes.u8(in, pos + 1);
            if (next == 0 || (next >= 0xD0 && next <= 0xD7)) {
                pos += 2;
            } else if (next == 0xFF) {
                pos++;
            } else {
                return pos;
            }
        }
        throw new BadImageException(FORMAT + ": the file ends inside the image data (no end-of-image marker)");
    }

    /**
     * Puts back an Exif APP1 holding only the orientation, when it is not normal: without it the
     * picture would show on its side in every viewer.
     */
    private byte[] withOrientation(byte[] stripped, Orientation seen) {
        if (seen == Orientation.NORMAL) {
            return stripped;
        }
        byte[] tiff = Exif.orientationOnly(seen);
        int length = 2 + Exif.JPEG_PREFIX.length + tiff.length;
        byte[] result = new byte[stripped.length + 2 + length];
        System.arraycopy(stripped, 0, result, 0, exifGoesAt);
        int at = exifGoesAt;
        result[at++] = (byte) 0xFF;
        result[at++] = (byte) APP1;
        result[at++] = (byte) (length >> 8);
        result[at++] = (byte) length;
        System.arraycopy(Exif.JPEG_PREFIX, 0, result, at, Exif.JPEG_PREFIX.length);
        at += Exif.JPEG_PREFIX.length;
        System.arraycopy(tiff, 0, result, at, tiff.length);
        at += tiff.length;
        System.arraycopy(stripped, exifGoesAt, result, at, stripped.length - exifGoesAt);
        return result;
    }
}
