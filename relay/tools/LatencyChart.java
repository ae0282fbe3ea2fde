import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Draws p99 latency against offered load from the side-by-side harness's results file
 * ({@code ../shared/bench}, one JSON object per line): one line per server, a point per offered
 * rate at the median of its runs, the range of runs as a bar. Usage:
 * {@code java relay/tools/LatencyChart.java results.jsonl SCENARIO out.png}, where SCENARIO is
 * the label's scenario without its rate ({@code ap} matches {@code hearth/ap5000}).
 */
public final class LatencyChart {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 540;
    private static final int LEFT = 90;
    private static final int RIGHT = 30;
    private static final int TOP = 50;
    private static final int BOTTOM = 70;
    private static final Color[] COLOURS = {new Color(0xD9480F), new Color(0x1864AB), new Color(0x2B8A3E), new Color(0x862E9C)};

    public static void main(String[] args) throws IOException {
        Pattern label = Pattern.compile("\"label\":\"([^/\"]+)/" + Pattern.quote(args[1]) + "(\\d+)(-tls)?\"");
        Pattern p99 = Pattern.compile("\"p99_ms\":([0-9.]+)");
        // server -> offered rate -> p99 of each run
        Map<String, Map<Integer, List<Double>>> runs = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            Matcher name = label.matcher(line);
            Matcher latency = p99.matcher(line);
            if (name.find() && latency.find()) {
                String server = name.group(1) + (name.group(3) != null ? " (TLS)" : "");
                runs.computeIfAbsent(server, s -> new TreeMap<>())
                        .computeIfAbsent(Integer.parseInt(name.group(2)), r -> new ArrayList<>())
                        .add(Double.parseDouble(latency.group(1)));
            }
        }
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs labelled SERVER/" + args[1] + "RATE in " + args[0]);
        }
        ImageIO.write(draw(runs, args[1]), "png", Path.of(args[2]).toFile());
        runs.forEach((server, byRate) -> byRate.forEach((rate, p) ->
                System.out.printf("%s %d msg/s: p99 median %.1f ms over %d runs%n", server, rate, median(p), p.size())));
    }

    private static BufferedImage draw(Map<String, Map<Integer, List<Double>>> runs, String scenario) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        double maxRate = runs.values().stream().flatMap(m -> m.keySet().stream()).mapToInt(Integer::intValue).max().orElse(1);
        double maxMs = runs.values().stream().flatMap(m -> m.values().stream()).flatMap(List::stream)
                .mapToDouble(Double::doubleValue).max().orElse(1);
        double minMs = Math.max(0.1, runs.values().stream().flatMap(m -> m.values().stream()).flatMap(List::stream)
                .mapToDouble(Double::doubleValue).min().orElse(1));
        double logLow = Math.floor(Math.log10(minMs));
        double logHigh = Math.ceil(Math.log10(maxMs));
        Axes axes = new Axes(maxRate * 1.05, logLow, Math.max(logHigh, logLow + 1));
        axes.draw(g, scenario);
        int colour = 0;
        for (var server : runs.entrySet()) {
            g.setColor(COLOURS[colour % COLOURS.length]);
            g.setStroke(new BasicStroke(2.5f));
            int[] previous = null;
            for (var point : server.getValue().entrySet()) {
                List<Double> p = point.getValue();
                int x = axes.x(point.getKey());
                int y = axes.y(median(p));
                g.setStroke(new BasicStroke(1.2f));
                g.drawLine(x, axes.y(p.stream().mapToDouble(Double::doubleValue).min().orElseThrow()), x,
                        axes.y(p.stream().mapToDouble(Double::doubleValue).max().orElseThrow()));
                g.setStroke(new BasicStroke(2.5f));
                g.fillOval(x - 4, y - 4, 9, 9);
                if (previous != null) {
                    g.drawLine(previous[0], previous[1], x, y);
                }
                previous = new int[] {x, y};
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            g.drawString(server.getKey(), LEFT + 20, TOP + 20 + 20 * colour);
            colour++;
        }
        g.dispose();
        return image;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }

    /** Offered msg/s across, linear; p99 up, on a log scale, since the servers differ by powers of ten. */
    private record Axes(double maxRate, double logLow, double logHigh) {

        int x(double rate) {
            return LEFT + (int) Math.round(rate / maxRate * (WIDTH - LEFT - RIGHT));
        }

        int y(double ms) {
            double at = (Math.log10(Math.max(ms, Math.pow(10, logLow))) - logLow) / (logHigh - logLow);
            return HEIGHT - BOTTOM - (int) Math.round(at * (HEIGHT - TOP - BOTTOM));
        }

        void draw(Graphics2D g, String scenario) {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            for (int decade = (int) logLow; decade <= logHigh; decade++) {
                int y = y(Math.pow(10, decade));
                g.setColor(new Color(0xDDDDDD));
                g.drawLine(LEFT, y, WIDTH - RIGHT, y);
                g.setColor(Color.DARK_GRAY);
                String ms = decade < 0 ? String.valueOf(Math.pow(10, decade)) : String.valueOf((long) Math.pow(10, decade));
                g.drawString(ms + " ms", LEFT - 60, y + 4);
            }
            double step = niceStep(maxRate / 6);
            for (double rate = 0; rate <= maxRate; rate += step) {
                int x = x(rate);
                g.setColor(new Color(0xEEEEEE));
                g.drawLine(x, TOP, x, HEIGHT - BOTTOM);
                g.setColor(Color.DARK_GRAY);
                g.drawString(String.format("%,d", (long) rate), x - 15, HEIGHT - BOTTOM + 18);
            }
            g.setColor(Color.BLACK);
            g.drawLine(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM);
            g.drawLine(LEFT, TOP, LEFT, HEIGHT - BOTTOM);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            g.drawString("offered load, messages/s into one room (scenario " + scenario + ")", LEFT + 200, HEIGHT - 25);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            g.drawString("p99 delivery latency against offered load (median of runs; bars: range)", LEFT, 30);
        }

        private static double niceStep(double raw) {
            double power = Math.pow(10, Math.floor(Math.log10(raw)));
            for (double m : new double[] {1, 2, 2.5, 5, 10}) {
                if (m * power >= raw) {
                    return m * power;
                }
            }
            return 10 * power;
        }
    }
}
