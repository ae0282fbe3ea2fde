package dev.hearth.client.files;

import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Takes the metadata chunks out of a PNG ({@code eXIf}, {@code tEXt}, {@code zTXt}, {@code iTXt},
 * {@code tIME}, and {@code caBX}, the content credentials that name who made the picture) and
 * copies every other chunk byte for byte, checksum included. Every chunk's CRC is checked, so a
 * damaged file fails here rather than half-decoding later. Bytes after {@code IEND} are dropped.
 *
 * <p>An {@code eXIf} whose orientation is not 1 is replaced by one holding only the orientation,
 * right after {@code IHDR}. The pixels cannot be turned without re-encoding them, and dropping the
 * orientation would leave the picture on its side in every viewer that honours {@code eXIf}
 * (browsers do, and so does this client: the thumbnail is made upright and {@link
 * StrippedImage#orientation()} tells the viewer); a viewer that ignores {@code eXIf} shows it as
 * it would have shown the original. The orientation says nothing about the sender.
 */
final class PngStripper {

    private static final String FORMAT = "PNG";
    private static final int SIGNATURE = 8;

    private PngStripper() {
    }

    static StrippedImage strip(byte[] in) throws BadImageException {
        if (ImageKind.of(in).orElse(null) != ImageKind.PNG) {
            throw new BadImageException(FORMAT + ": no PNG signature");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, SIGNATURE);
        Set<MetadataKind> removed = EnumSet.noneOf(MetadataKind.class);
        Orientation orientation = null;
        int afterHeader = -1;
        boolean data = false;
        int pos = SIGNATURE;
        while (true) {
            Bytes.need(in, pos, 8, FORMAT, "a chunk header");
            long length = Bytes.u32be(in, pos);
            String type = Bytes.fourCc(in, pos + 4);
            if (length > Integer.MAX_VALUE || !type.chars().allMatch(Character::isLetter)) {
                throw new BadImageException(FORMAT + ": bad chunk header at byte " + pos);
            }
            Bytes.need(in, pos + 8, length + 4, FORMAT, "chunk " + type);
            int size = (int) length;
            checkCrc(in, pos, size, type);
            if (afterHeader < 0 && !type.equals("IHDR")) {
                throw new BadImageException(FORMAT + ": the first chunk is " + type + ", not IHDR");
            }
            switch (type) {
                case "eXIf" -> {
                    Orientation found = Exif.read(in, pos + 8, size, removed);
                    orientation = orientation == null ? found : orientation;
                }
                case "tEXt", "zTXt", "iTXt" -> removed.add(MetadataKind.TEXT);
                case "tIME" -> removed.add(MetadataKind.TIME);
                case "caBX" -> removed.add(MetadataKind.OTHER);
                default -> {
                    out.write(in, pos, size + 12);
                    data |= type.equals("IDAT");
                    if (afterHeader < 0) {
                        afterHeader = out.size();
                    }
                }
            }
            pos += size + 12;
            if (type.equals("IEND")) {
                break;
            }
        }
        if (!data) {
            throw new BadImageException(FORMAT + ": no image data (IDAT)");
        }
        if (pos < in.length) {
            removed.add(MetadataKind.OTHER);
        }
        Orientation seen = orientation == null ? Orientation.NORMAL : orientation;
        byte[] stripped = out.toByteArray();
        return new StrippedImage(ImageKind.PNG, withOrientation(stripped, afterHeader, seen), seen, removed);
    }

    private static void checkCrc(byte[] in, int pos, int size, String type) throws BadImageException {
        CRC32 crc = new CRC32();
        crc.update(in, pos + 4, size + 4);
        if (crc.getValue() != Bytes.u32be(in, pos + 8 + size)) {
            throw new BadImageException(FORMAT + ": chunk " + type + " at byte " + pos + " fails its checksum");
        }
    }

    private static byte[] withOrientation(byte[] stripped, int at, Orientation seen) {
        if (seen == Orientation.NORMAL) {
            return stripped;
        }
        byte[] chunk = chunk("eXIf", Exif.orientationOnly(seen));
        byte[] result = new byte[stripped.length + chunk.length];
        System.arraycopy(stripped, 0, result, 0, at);
        System.arraycopy(chunk, 0, result, at, chunk.length);
        System.arraycopy(stripped, at, result, at + chunk.length, stripped.length - at);
        return result;
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] chunk = new byte[data.length + 12];
        Bytes.putU32be(chunk, 0, data.length);
        for (int i = 0; i < 4; i++) {
            chunk[4 + i] = (byte) type.charAt(i);
        }
        System.arraycopy(data, 0, chunk, 8, data.length);
        CRC32 crc = new CRC32();
        crc.update(chunk, 4, data.length + 4);
        Bytes.putU32be(chunk, 8 + data.length, crc.getValue());
        return chunk;
    }
}
