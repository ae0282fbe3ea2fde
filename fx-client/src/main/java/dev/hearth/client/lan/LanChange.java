package dev.hearth.client.lan;

import dev.hearth.lan.LanRecord;
import java.util.Objects;

/**
 * What the {@link LanBrowser} heard, handed to the FX thread in batches. {@code key} is the
 * announcement's instance name as DNS compares it (case-insensitively), so a relay found again
 * replaces itself rather than showing twice.
 */
public sealed interface LanChange {

    String key();

    /** A relay announced itself, or announced something new (another address, port or key). */
    record Found(String key, LanRecord record) implements LanChange {
        public Found {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(record, "record");
        }
    }

    /** A relay said goodbye, or its announcement expired. */
    record Lost(String key) implements LanChange {
        public Lost {
            Objects.requireNonNull(key, "key");
        }
    }

    static String keyOf(String instanceName) {
        return instanceName.toLowerCase(java.util.Locale.ROOT);
    }
}
