package dev.hearth.relay;

/** The relay's version, as the jar manifest states it (falls back for runs from classes). */
public final class RelayVersion {
    public static final String VERSION = detect();

    private RelayVersion() {}

    private static String detect() {
        String fromManifest = RelayVersion.class.getPackage().getImplementationVersion();
        return fromManifest != null ? fromManifest : "1.0.0";
    }
}
