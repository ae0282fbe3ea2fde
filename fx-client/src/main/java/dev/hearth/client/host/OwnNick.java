package dev.hearth.client.host;

import dev.hearth.model.NameCheck;
import dev.hearth.model.Nicknames;

/**
 * The nick the host joins their own group with, so that hosting is one click: what they typed on
 * the connect screen, else their name on this computer, else "host". They can change it in the
 * chat ({@code /nick}) like anyone.
 */
public final class OwnNick {

    static final String FALLBACK = "host";

    private OwnNick() {}

    /**
     * @param typed the connect form's nick, possibly empty
     * @param accountName the user's account name on this computer ({@code user.name}), or null
     */
    public static String choose(String typed, String accountName) {
        for (String candidate : new String[] {typed, accountName}) {
            if (candidate != null && !candidate.isBlank()
                    && Nicknames.check(candidate.strip()) instanceof NameCheck.Accepted accepted) {
                return accepted.name();
            }
        }
        return FALLBACK;
    }
}
