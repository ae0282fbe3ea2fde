package dev.hearth.client.connect;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.NameRuleText;
import dev.hearth.model.NameCheck;
import dev.hearth.protocol.ErrorCode;
import dev.hearth.protocol.ErrorReply;
import dev.hearth.protocol.InvalidInviteException;
import java.util.ResourceBundle;

/**
 * The connect screen's messages in the UI's language: nick rules and invite mistakes (both
 * reported as data by the shared model) and login refusals. Pure logic; any thread.
 */
final class ConnectMessages {

    private final ResourceBundle bundle;

    ConnectMessages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Why the nick was refused, in the UI's language. */
    String nickReason(NameCheck.Rejected rejected) {
        return NameRuleText.describe(rejected, bundle.getLocale());
    }

    /** Where a login refusal is shown: under the nick, under the password, or as a banner. */
    enum Place { NICK, PASSWORD, BANNER }

    record Refusal(Place place, String text) {}

    /**
     * The refusal's text and the place the user has to act on.
     *
     * @param passwordGiven whether the login carried a password: without one, {@code auth-failed}
     *                      means the relay needs one, not that it was wrong
     */
    Refusal refusal(ErrorReply error, String nick, boolean passwordGiven) {
        return switch (ErrorCode.fromWire(error.code()).orElse(null)) {
            case NICK_TAKEN -> new Refusal(Place.NICK, text("refusal.nickTaken", nick));
            case NICK_INVALID -> new Refusal(Place.NICK, text("refusal.nickInvalid"));
            case AUTH_FAILED -> new Refusal(Place.PASSWORD, text(passwordGiven ? "refusal.authFailed" : "refusal.passwordNeeded"));
            case THROTTLED -> new Refusal(Place.BANNER, text("refusal.throttled"));
            case UNSUPPORTED_VERSION -> new Refusal(Place.BANNER, text("refusal.unsupportedVersion"));
            case null, default -> new Refusal(Place.BANNER, text("refusal.other", String.valueOf(error.code())));
        };
    }

    /** Why an invite cannot be used, in the UI's language. */
    String inviteProblem(InvalidInviteException problem) {
        String reasonKey = "invite.reason." + problem.mistake().name();
        String reason = problem.subject() == null ? text(reasonKey) : text(reasonKey, problem.subject());
        return text("invite.invalid", reason);
    }

    String text(String key, Object... args) {
        return I18n.format(bundle, key, args);
    }
}
