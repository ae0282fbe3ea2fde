package dev.hearth.client.files;

import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import java.util.Set;

/**
 * Takes the {@code EXIF} and {@code XMP } chunks out of a WebP, clears their flags in {@code VP8X}
 * and writes the new RIFF size; every other chunk is copied byte for byte. Bytes after the RIFF
 * container are dropped.
 *
 * <p>As for PNG, an orientation other than 1 is written back as an {@code EXIF} chunk holding only
 * the orientation (after the image data, where the container puts Exif), with its flag set, so the
 * picture stays upright wherever WebP's Exif is honoured.
 */
final class WebpStripper {

    private static final String FORMAT = "WebP";
    private static final int HEADER = 12;
    private static final int FLAG_EXIF = 0x08;
    private static final int FLAG_XMP = 0x04;

    private WebpStripper() {
    }

    static StrippedImage strip(byte[] in) throws BadImageException {
        if (ImageKind.of(in).orElse(null) != ImageKind.WEBP) {
            throw new BadImageException(FORMAT + ": no RIFF WEBP header");
        }
        long riffSize = Bytes.u32le(in, 4);
        Bytes.need(in, 8, riffSize, FORMAT, "the RIFF container");
        int end = (int) (8 + riffSize);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, HEADER);
        Set<MetadataKind> removed = EnumSet.noneOf(MetadataKind.class);
        Orientation orientation = null;
        int flags = -1;
        boolean image = false;
        int pos = HEADER;
        while (pos < end) {
            if (end - pos < 8) {
                throw new BadImageException(FORMAT + ": the RIFF container ends inside a chunk header");
            }
            String type = Bytes.fourCc(in, pos);
            long size = Bytes.u32le(in, pos + 4);
            long padded = size + (size & 1);
            if (pos + 8 + padded > end) {
                throw new BadImageException(FORMAT + ": chunk " + type + " at byte " + pos + " runs past the RIFF container");
            }
            switch (type) {
                case "EXIF" -> {
                    Orientation found = Exif.read(in, pos + 8, (int) size, removed);
                    orientation = orientation == null ? found : orientation;
                }
                case "XMP " -> removed.add(MetadataKind.XMP);
                default -> {
                    if (type.equals("VP8X") && pos == HEADER && size >= 10) {
                        flags = out.size() + 8;
                    }
                    image |= type.equals("VP8 ") || type.equals("VP8L") || type.equals("ANMF");
                    out.write(in, pos, (int) (8 + padded));
                }
            }
            pos += (int) (8 + padded);
        }
        if (!image) {
            throw new BadImageException(FORMAT + ": no image data (VP8, VP8L or ANMF chunk)");
        }
        if (end < in.length) {
            removed.add(MetadataKind.OTHER);
        }
        // Without VP8X (the simple format) decoders ignore an EXIF chunk, so its orientation is not the picture's.
        Orientation seen = orientation == null || flags < 0 ? Orientation.NORMAL : orientation;
        if (seen != Orientation.NORMAL) {
            byte[] tiff = Exif.orientationOnly(seen);
            byte[] header = {'E', 'X', 'I', 'F', 0, 0, 0, 0};
            Bytes.putU32le(header, 4, tiff.length);
            out.write(header, 0, header.length);
            out.write(tiff, 0, tiff.length); // 26 bytes: even, no padding
        }
        byte[] result = out.toByteArray();
        Bytes.putU32le(result, 4, result.length - 8);
        if (flags >= 0) {
            int kept = seen != Orientation.NORMAL ? FLAG_EXIF : 0;
            result[flags] = (byte) ((result[flags] & ~(FLAG_EXIF | FLAG_XMP)) | kept);
        }
        return new StrippedImage(ImageKind.WEBP, result, seen, removed);
    }
}
