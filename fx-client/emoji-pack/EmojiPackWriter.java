import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;

/**
 * Cuts the emoji-datasource sprite sheet into one PNG per emoji and writes them as a pack the
 * client reads lazily: {@code emoji.bin} (the PNGs one after another) and {@code emoji.idx} (one
 * line per sequence: code points in hex joined by '-', offset, length). Run by update.sh.
 */
public final class EmojiPackWriter {

    private record Entry(String key, int x, int y) {}

    public static void main(String[] args) throws IOException {
        Path datasource = Path.of(args[0]);
        int size = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        JsonNode all = new ObjectMapper().readTree(datasource.resolve("emoji.json").toFile());
        BufferedImage sheet = ImageIO.read(datasource.resolve("img/google/sheets-clean/" + size + ".png").toFile());
        List<Entry> entries = new ArrayList<>();
        for (JsonNode emoji : all) {
            add(entries, emoji);
            emoji.path("skin_variations").forEach(skin -> add(entries, skin));
        }
        Map<String, long[]> index = new TreeMap<>();
        Files.createDirectories(out);
        try (OutputStream bin = Files.newOutputStream(out.resolve("emoji.bin"))) {
            long offset = 0;
            Map<String, long[]> byCell = new TreeMap<>();
            for (Entry entry : entries) {
                String cell = entry.x() + "," + entry.y();
                long[] at = byCell.get(cell);
                if (at == null) {
                    byte[] png = png(sheet.getSubimage(entry.x() * (size + 2) + 1, entry.y() * (size + 2) + 1, size, size));
                    bin.write(png);
                    at = new long[] {offset, png.length};
                    byCell.put(cell, at);
                    offset += png.length;
                }
                index.put(entry.key(), at);
            }
        }
        try (Writer idx = Files.newBufferedWriter(out.resolve("emoji.idx"), StandardCharsets.UTF_8)) {
            for (var line : index.entrySet()) {
                idx.write(line.getKey() + " " + line.getValue()[0] + " " + line.getValue()[1] + "\n");
            }
        }
        System.out.println(index.size() + " sequences");
    }

    /** The fully qualified sequence, and its unqualified spelling when that is still unmistakably emoji (more than one code point). */
    private static void add(List<Entry> entries, JsonNode emoji) {
        int x = emoji.get("sheet_x").asInt();
        int y = emoji.get("sheet_y").asInt();
        entries.add(new Entry(emoji.get("unified").asText(), x, y));
        String loose = emoji.path("non_qualified").asText("");
        if (loose.contains("-")) {
            entries.add(new Entry(loose, x, y));
        }
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
