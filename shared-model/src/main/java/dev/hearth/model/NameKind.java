package dev.hearth.model;

/** What a {@link NameCheck} was about: the same character rules, named differently to people. */
public enum NameKind {
    NICK("nick"),
    ROOM("room name");

    private final String englishNoun;

    NameKind(String englishNoun) {
        this.englishNoun = englishNoun;
    }

    String englishNoun() {
        return englishNoun;
    }
}
