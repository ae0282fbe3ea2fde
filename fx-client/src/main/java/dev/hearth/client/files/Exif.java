package dev.hearth.client.files;

import java.util.Set;

/**
 * The two things the client reads from an Exif block (a TIFF structure) before dropping it, and
 * the one it writes back: an Exif block holding only an orientation.
 */
final class Exif {

    /** What JPEG's APP1 puts before the TIFF structure. */
    static final byte[] JPEG_PREFIX = {'E', 'x', 'i', 'f', 0, 0};

    private static final int TAG_ORIENTATION = 0x0112;
    private static final int TAG_GPS_DIRECTORY = 0x8825;
    private static final int TYPE_SHORT = 3;

    private Exif() {
    }

    /**
     * Notes the Exif block in {@code b[offset, offset+length)} as removed, with {@link
     * MetadataKind#LOCATION} when it has a GPS directory, and returns its orientation. An
     * unreadable block is dropped all the same and counts as orientation 1, as in every viewer.
     */
    static Orientation read(byte[] b, int offset, int length, Set<MetadataKind> removed) {
        removed.add(MetadataKind.EXIF);
        if (Bytes.startsWith(b, offset, JPEG_PREFIX) && length >= JPEG_PREFIX.length) {
            offset += JPEG_PREFIX.length; // PNG eXIf and WebP EXIF should not have it, some writers add it
            length -= JPEG_PREFIX.length;
        }
        if (length < 8 || offset < 0 || offset + length > b.length) {
            return Orientation.NORMAL;
        }
        boolean little;
        if (b[offset] == 'I' && b[offset + 1] == 'I') {
            little = true;
        } else if (b[offset] == 'M' && b[offset + 1] == 'M') {
            little = false;
        } else {
            return Orientation.NORMAL;
        }
        Tiff tiff = new Tiff(b, offset, length, little);
        if (tiff.u16(2) != 42) {
            return Orientation.NORMAL;
        }
        long directory = tiff.u32(4);
        if (directory < 8 || directory + 2 > length) {
            return Orientation.NORMAL;
        }
        int entries = tiff.u16((int) directory);
        Orientation orientation = Orientation.NORMAL;
        for (int i = 0; i < entries; i++) {
            long entry = directory + 2 + 12L * i;
            if (entry + 12 > length) {
                break;
            }
            int tag = tiff.u16((int) entry);
            if (tag == TAG_GPS_DIRECTORY) {
                removed.add(MetadataKind.LOCATION);
            } else if (tag == TAG_ORIENTATION && tiff.u16((int) entry + 2) == TYPE_SHORT && tiff.u32((int) entry + 4) == 1) {
                orientation = Orientation.ofExif(tiff.u16((int) entry + 8));
            }
        }
        return orientation;
    }

    /**
     * A TIFF structure (big-endian) whose first and only directory holds one entry, the
     * orientation: 26 bytes, nothing about the camera, the place or the time.
     */
    static byte[] orientationOnly(Orientation orientation) {
        return new byte[] {
            'M', 'M', 0, 42, 0, 0, 0, 8,                  // header: big-endian, directory at byte 8
            0, 1,                                         // one entry
            0x01, 0x12, 0, TYPE_SHORT, 0, 0, 0, 1,        // Orientation, SHORT, count 1
            0, (byte) orientation.exif(), 0, 0,           // the value, left-justified
            0, 0, 0, 0                                    // no next directory
        };
    }

    private record Tiff(byte[] b, int offset, int length, boolean little) {

        int u16(int at) {
            return little ? Bytes.u16le(b, offset + at) : Bytes.u16be(b, offset + at);
        }

        long u32(int at) {
            return little ? Bytes.u32le(b, offset + at) : Bytes.u32be(b, offset + at);
        }
    }
}
