package dev.hearth.relay.file;

import java.util.List;

/**
 * What a fetch gets: the chunks covering its window, numbered as the contract numbers them
 * ({@code i} = offset / chunk size), and where the next window starts ({@code null}: nothing
 * remains after this one).
 */
public record FileWindow(List<Numbered> chunks, Long next) {
    public FileWindow {
        chunks = List.copyOf(chunks);
    }

    /** One chunk of a window. */
    public record Numbered(long i, byte[] data) {}
}
