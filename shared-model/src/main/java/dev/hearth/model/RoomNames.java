package dev.hearth.model;

/**
 * Room-name rules of protocol v1: the nick character rules, compared case-insensitively
 * (NFC, then full case folding).
 */
public final class RoomNames {
    private RoomNames() {}

    public static NameCheck check(String raw) {
        if (raw == null) {
            return new NameCheck.Rejected("A room name is required.");
        }
        String name = NameCharacters.nfc(raw);
        String violation = NameCharacters.violation("room name", name);
        return violation != null ? new NameCheck.Rejected(violation) : new NameCheck.Accepted(name, NameCharacters.fold(name));
    }

    public static String key(String room) {
        return NameCharacters.fold(NameCharacters.nfc(room));
    }
}
