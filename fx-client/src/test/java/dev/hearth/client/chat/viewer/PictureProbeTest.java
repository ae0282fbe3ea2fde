package dev.hearth.client.chat.viewer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hearth.client.files.BadImageException;
import dev.hearth.client.files.Orientation;
import dev.hearth.client.files.PictureFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the viewer reads of a file before decoding it: its stored size and how to turn it. */
class PictureProbeTest {

    @TempDir
    Path dir;

    @Test
    void aCameraJpegOnItsSideIsSeenTallerThanWide() throws Exception {
        Path file = Files.write(dir.resolve("phone.jpg"),
                PictureFiles.cameraJpeg(PictureFiles.halves(120, 80, 0xFFD02010, 0xFF1030D0), Orientation.ROTATE_90));
        PictureProbe probe = PictureProbe.of(file);
        assertEquals(new PictureProbe(120, 80, Orientation.ROTATE_90), probe);
        assertEquals(80, probe.seenWidth());
        assertEquals(120, probe.seenHeight());
    }

    @Test
    void aPngWithoutExifIsAsStored() throws Exception {
        Path file = Files.write(dir.resolve("p.png"), PictureFiles.png(PictureFiles.halves(30, 20, 0xFF000000, 0xFFFFFFFF)));
        assertEquals(new PictureProbe(30, 20, Orientation.NORMAL), PictureProbe.of(file));
    }

    @Test
    void whatIsNotAPictureIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.jpg"), "not a picture at all");
        assertThrows(BadImageException.class, () -> PictureProbe.of(file));
        Path cut = Files.write(dir.resolve("cut.png"), java.util.Arrays.copyOf(
                PictureFiles.png(PictureFiles.halves(30, 20, 0xFF000000, 0xFFFFFFFF)), 20));
        assertThrows(BadImageException.class, () -> PictureProbe.of(cut));
    }

    @Test
    void onlyAHugePictureIsDecodedSmaller() {
        assertArrayEquals(new double[] {0, 0}, new PictureProbe(6000, 4000, Orientation.NORMAL).decodeSize());
        assertArrayEquals(new double[] {0, 0}, new PictureProbe(8000, 6000, Orientation.NORMAL).decodeSize());
        double[] smaller = new PictureProbe(12000, 9000, Orientation.NORMAL).decodeSize();
        assertEquals(12000 / 9000.0, smaller[0] / smaller[1], 0.001, "same shape");
        assertEquals(PictureProbe.MAX_DECODED_PIXELS, smaller[0] * smaller[1], PictureProbe.MAX_DECODED_PIXELS * 0.001);
    }
}
