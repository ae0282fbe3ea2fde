package dev.hearth.model;

/**
 * Room-name rules of protocol v1: the nick character rules, compared case-insensitively
 * (NFC, then full case folding).
 */
public final class RoomNames {
    private RoomNames() {}

    public static NameCheck check(String raw) {
        if (raw == null) {
            return new NameCheck.Rejected(NameKind.ROOM, new NameViolation.Empty());
        }
        String name = NameCharacters.nfc(raw);
        NameViolation violation = NameCharacters.violation(name);
        return violation != null
                ? new NameCheck.Rejected(NameKind.ROOM, violation)
                : new NameCheck.Accepted(name, NameCharacters.fold(name));
    }

    public static String key(String room) {
        return NameCharacters.fold(NameCharacters.nfc(room));
    }
}
