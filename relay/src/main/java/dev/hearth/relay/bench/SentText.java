package dev.hearth.relay.bench;

import java.nio.charset.StandardCharsets;

/**
 * The text of a load message: who sent it and when ({@code System.nanoTime()} of this process,
 * which sends and receives alike, so the latency needs no synchronised clocks), padded to size:
 * {@code b.<sender>.<nanos>.xxxx…}.
 */
final class SentText {
    private static final byte[] MARK = "\"text\":\"b.".getBytes(StandardCharsets.US_ASCII);

    private SentText() {
    }

    static String of(int sender, long sentNanos, int bytes) {
        StringBuilder text = new StringBuilder(bytes).append("b.").append(sender).append('.').append(sentNanos).append('.');
        while (text.length() < bytes) {
            text.append('x');
        }
        return text.toString();
    }

    /** The sender and send time in a delivered line, or null when it carries no load text. */
    static Stamp read(byte[] line) {
        int at = indexOf(line, MARK);
        if (at < 0) {
            return null;
        }
        int i = at + MARK.length;
        long sender = 0;
        for (; i < line.length && line[i] != '.'; i++) {
            sender = sender * 10 + (line[i] - '0');
        }
        long nanos = 0;
        boolean negative = i + 1 < line.length && line[i + 1] == '-';
        for (i += negative ? 2 : 1; i < line.length && line[i] != '.'; i++) {
            nanos = nanos * 10 + (line[i] - '0');
        }
        return new Stamp((int) sender, negative ? -nanos : nanos);
    }

    record Stamp(int sender, long sentNanos) {}

    private static int indexOf(byte[] line, byte[] mark) {
        outer:
        for (int i = 0; i + mark.length <= line.length; i++) {
            for (int j = 0; j < mark.length; j++) {
                if (line[i + j] != mark[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
