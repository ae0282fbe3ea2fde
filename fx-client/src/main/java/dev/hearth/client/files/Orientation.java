package dev.hearth.client.files;

/**
 * The Exif orientation of a picture: how its stored pixels must be turned to be seen upright.
 * Cameras store the sensor's rows as they came and note the turn here; JavaFX and javax.imageio
 * ignore it, so the client applies it itself.
 */
public enum Orientation {
    /** 1: as stored. */
    NORMAL,
    /** 2: mirrored left to right. */
    MIRROR_HORIZONTAL,
    /** 3: turned half a turn. */
    ROTATE_180,
    /** 4: mirrored top to bottom. */
    MIRROR_VERTICAL,
    /** 5: mirrored along the top-left to bottom-right diagonal. */
    TRANSPOSE,
    /** 6: turned a quarter clockwise to be seen upright (a phone held upright). */
    ROTATE_90,
    /** 7: mirrored along the top-right to bottom-left diagonal. */
    TRANSVERSE,
    /** 8: turned a quarter counter-clockwise to be seen upright. */
    ROTATE_270;

    /** The orientation with Exif value {@code value}; anything but 1 to 8 counts as 1, as viewers do. */
    public static Orientation ofExif(int value) {
        return value >= 1 && value <= 8 ? values()[value - 1] : NORMAL;
    }

    /** The Exif value, 1 to 8. */
    public int exif() {
        return ordinal() + 1;
    }

    /** Whether the picture as seen is as wide as the stored one is high. */
    public boolean swapsWidthAndHeight() {
        return ordinal() >= TRANSPOSE.ordinal();
    }
}
