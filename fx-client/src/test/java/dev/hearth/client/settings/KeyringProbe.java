package dev.hearth.client.settings;

import java.nio.file.Path;

/**
 * Run by {@link KeyringPasswordsIT} in a child JVM inside a private D-Bus session with its own
 * GNOME Keyring: remembers a relay with a password through the real credential store and prints
 * what it finds, one fact per line.
 */
public final class KeyringProbe {

    private KeyringProbe() {}

    public static void main(String[] args) throws Exception {
        Path config = Path.of(args[0]);
        try (SavedPasswords passwords = SavedPasswords.forThisComputer()) {
            System.out.println("place=" + passwords.place());
            RecentRelays relays = new RecentRelays(config, passwords);
            if (args.length > 1 && args[1].equals("remember")) {
                relays.remember(new RecentRelay("home.example", 7777, true, "alice", null, "open sesame"));
            }
            System.out.println("loaded=" + relays.load().getFirst().password());
        }
        System.out.flush();
    }
}
