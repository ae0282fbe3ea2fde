package dev.hearth.client.chat;

import dev.hearth.model.Nicknames;

/**
 * A stable colour per nick: the same person has the same colour on every line, in every
 * conversation and after a restart. Keyed by the uniqueness key, so {@code Alice} and
 * {@code alice} (the same nick to the relay) look the same.
 */
final class NickColors {

    static final int PALETTE_SIZE = 12;

    private NickColors() {}

    static String styleClass(String nick) {
        return "nick-color-" + index(nick);
    }

    static int index(String nick) {
        return Math.floorMod(fnv1a(Nicknames.key(nick)), PALETTE_SIZE);
    }

    /** FNV-1a: a fixed, well-spread hash; {@code String.hashCode} clusters on short similar nicks. */
    private static int fnv1a(String text) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x01000193;
        }
        return hash;
    }
}
