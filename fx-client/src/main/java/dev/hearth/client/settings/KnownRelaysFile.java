package dev.hearth.client.settings;

import dev.hearth.client.net.KnownRelays;
import dev.hearth.client.net.RelayAddress;
import dev.hearth.protocol.Fingerprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The pinned relays in {@code known-relays.json} in the config directory: {@code host:port} to
 * {@code sha256:} fingerprint. Written whole, atomically and owner-only on every change, so a
 * crash never leaves a half-written pin. Any thread; calls are serialised.
 */
public final class KnownRelaysFile implements KnownRelays {

    public static final String FILE_NAME = "known-relays.json";

    private final Path file;
    // Guarded by this.
    private final Map<String, String> pins;
    private Path setAside;

    public KnownRelaysFile(Path configDirectory) {
        this.file = configDirectory.resolve(FILE_NAME);
        this.pins = new TreeMap<>(readOrEmpty(file));
    }

    @Override
    public synchronized Optional<String> pinFor(RelayAddress address) {
        return Optional.ofNullable(pins.get(address.key()));
    }

    @Override
    public synchronized void pin(RelayAddress address, String fingerprint) {
        if (!Fingerprint.isWellFormed(fingerprint)) {
            throw new IllegalArgumentException("not a sha256: fingerprint");
        }
        pins.put(address.key(), fingerprint);
        save();
    }

    @Override
    public synchronized void forget(RelayAddress address) {
        if (pins.remove(address.key()) != null) {
            save();
        }
    }

    private void save() {
        try {
            JsonFiles.write(file, new Pins(Map.copyOf(pins)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + file, e);
        }
    }

    /** Where a damaged pin file was moved when this store started, if it was: the keys must be confirmed again. */
    public Optional<Path> setAside() {
        return Optional.ofNullable(setAside);
    }

    /**
     * A damaged file pins nothing (the user is asked again, the safe direction), and it is set
     * aside first: the next pin must not write over every other relay's key.
     */
    private Map<String, String> readOrEmpty(Path file) {
        JsonFiles.Read<Pins> read = JsonFiles.readOrSetAside(file, Pins.class);
        setAside = read.setAside();
        return read.value() == null || read.value().relays() == null ? Map.of() : read.value().relays();
    }

    /** The file's JSON shape. */
    record Pins(Map<String, String> relays) {}
}
