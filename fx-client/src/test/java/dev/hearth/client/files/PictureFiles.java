package dev.hearth.client.files;

import java.awt.image.BufferedImage;

/**
 * Picture files for tests outside this package (the picture viewer's): encoded by javax.imageio,
 * a camera's Exif spliced in by {@link TestPictures}.
 */
public final class PictureFiles {

    private PictureFiles() {}

    /** {@code width} x {@code height}, the left half {@code left} and the right half {@code right} (RGB). */
    public static BufferedImage halves(int width, int height, int left, int right) {
        return TestPictures.picture(width, height, BufferedImage.TYPE_INT_RGB, (x, y) -> x < width / 2 ? left : right);
    }

    public static byte[] png(BufferedImage image) {
        return TestPictures.encode(image, "png");
    }

    public static byte[] jpeg(BufferedImage image) {
        return TestPictures.encode(image, "jpeg");
    }

    /** A JPEG as a camera writes it: its Exif (make, date, no place) says how to turn it upright. */
    public static byte[] cameraJpeg(BufferedImage stored, Orientation orientation) {
        byte[] plain = jpeg(stored);
        return TestPictures.insert(plain, TestPictures.afterJfif(plain),
                TestPictures.exifApp1(TestPictures.cameraExif(orientation.exif(), false)));
    }
}
