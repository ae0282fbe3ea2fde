package dev.hearth.relay.file;

/**
 * What a fetch gets: chunks {@code first} up to but not including {@code end}, numbered as the
 * contract numbers them ({@code i} = offset / chunk size), of a file of {@code size} bytes, and
 * where the next window starts ({@code null}: nothing remains after this one).
 */
public record FileWindow(long size, long first, long end, Long next) {}
