package dev.hearth.client.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.net.RelayAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownRelaysFileTest {

    private static final String KEY = "sha256:" + "B".repeat(43);
    private static final RelayAddress HOME = new RelayAddress("home.example", 7777, true);

    @TempDir
    Path dir;

    @Test
    void aPinSurvivesARestartAndCanBeForgotten() {
        new KnownRelaysFile(dir).pin(HOME, KEY);
        assertEquals(Optional.of(KEY), new KnownRelaysFile(dir).pinFor(HOME));
        assertEquals(Optional.empty(), new KnownRelaysFile(dir).pinFor(new RelayAddress("home.example", 7778, true)));

        new KnownRelaysFile(dir).forget(HOME);
        assertEquals(Optional.empty(), new KnownRelaysFile(dir).pinFor(HOME));
    }

    @Test
    void theFileIsReadableByItsOwnerOnly() throws Exception {
        new KnownRelaysFile(dir).pin(HOME, KEY);
        Path file = dir.resolve(KnownRelaysFile.FILE_NAME);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file left behind");
        }
    }

    @Test
    void aDamagedFilePinsNothingIsSetAsideAndReportedAndTheNextPinLeavesItIntact() throws Exception {
        String damaged = "{\"relays\":{\"home.example:7777\":\"" + KEY + "\",\"work.example:7777\":";
        Files.writeString(dir.resolve(KnownRelaysFile.FILE_NAME), damaged);

        KnownRelaysFile pins = new KnownRelaysFile(dir);
        assertTrue(pins.pinFor(HOME).isEmpty(), "the user is asked again: the safe direction");
        Path aside = pins.setAside().orElseThrow(() -> new AssertionError("reported"));
        assertTrue(aside.getFileName().toString().startsWith(KnownRelaysFile.FILE_NAME + ".damaged-"), aside.toString());

        pins.pin(new RelayAddress("new.example", 7777, true), KEY);
        assertEquals(damaged, Files.readString(aside), "every other relay's key is still there to recover");
        assertEquals(Optional.of(KEY), new KnownRelaysFile(dir).pinFor(new RelayAddress("new.example", 7777, true)));
        assertTrue(new KnownRelaysFile(dir).setAside().isEmpty(), "a sound file is not set aside");
    }

    @Test
    void onlyWellFormedFingerprintsArePinned() {
        assertThrows(IllegalArgumentException.class, () -> new KnownRelaysFile(dir).pin(HOME, "md5:abc"));
    }
}
