package dev.hearth.client.files;

/** What {@link MetadataStripper} took out of a picture, for the UI to say so. */
public enum MetadataKind {
    /** A GPS position: where the picture was taken (found in its Exif). */
    LOCATION,
    /** Exif: camera and lens, settings, dates, often a small preview of the uncropped picture. */
    EXIF,
    /** XMP: editing history, ratings, names of people, sometimes a location. */
    XMP,
    /** IPTC / Photoshop: captions, credits, keywords. */
    IPTC,
    /** Comments and text notes (JPEG comments, PNG text chunks, GIF comments). */
    TEXT,
    /** A last-modified time (PNG {@code tIME}). */
    TIME,
    /**
     * Anything else that is not needed to show the picture: application blocks, multi-picture
     * indexes, embedded previews, bytes after the end of the picture.
     */
    OTHER
}
