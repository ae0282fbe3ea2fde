package dev.hearth.client.connect;

import dev.hearth.client.i18n.I18n;
import dev.hearth.protocol.ErrorCode;
import dev.hearth.protocol.ErrorReply;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the shared model's English sentences (nick rules, invite mistakes) into the UI's
 * language. The shared model names the rule in English for the relay's log and for tests; we
 * recognise the sentences we know and translate them, and show anything new as given rather than
 * hide it. Pure logic; any thread.
 */
final class ConnectMessages {

    private record Rule(Pattern pattern, Function<Matcher, String> translate) {}

    private static final Map<String, String> FORBIDDEN_KINDS = Map.of(
            "spaces or other whitespace", "nick.kind.whitespace",
            "control characters", "nick.kind.control",
            "invisible formatting characters", "nick.kind.format",
            "unpaired surrogates", "nick.kind.surrogate",
            "private-use characters", "nick.kind.privateUse",
            "unassigned code points", "nick.kind.unassigned");

    private static final Map<String, String> INVITE_REASONS = Map.of(
            "it is empty", "invite.reason.empty",
            "it should start with hearth:// or hearth+tcp://", "invite.reason.scheme",
            "the port is missing (HOST:PORT)", "invite.reason.noPort",
            "the port must be a number from 1 to 65535", "invite.reason.badPort",
            "a hearth+tcp:// (plaintext) invite cannot carry a fingerprint", "invite.reason.plaintextWithFp");

    private static final String INVITE_PREFIX = "not a valid Hearth invite: ";
    private static final String NO_FINGERPRINT = "it has no fingerprint";

    private final ResourceBundle bundle;
    private final List<Rule> nickRules;

    ConnectMessages(ResourceBundle bundle) {
        this.bundle = bundle;
        this.nickRules = List.of(
                new Rule(Pattern.compile("A nick (is required|cannot be empty)\\."), m -> text("nick.rule.empty")),
                new Rule(Pattern.compile("A nick has at most (\\d+) characters \\(this one has (\\d+)\\)\\."),
                        m -> text("nick.rule.tooLong", m.group(1), m.group(2))),
                new Rule(Pattern.compile("A nick cannot start with \"(.+)\"\\."), m -> text("nick.rule.badStart", m.group(1))),
                new Rule(Pattern.compile("A nick cannot contain (.+) \\((U\\+[0-9A-F]+) at position (\\d+)\\)\\."),
                        this::forbidden));
    }

    /** The nick rule's reason in the UI's language, or as given when the sentence is new to us. */
    String nickReason(String english) {
        for (Rule rule : nickRules) {
            Matcher m = rule.pattern().matcher(english);
            if (m.matches()) {
                String translated = rule.translate().apply(m);
                return translated != null ? translated : english;
            }
        }
        return english;
    }

    /** Where a login refusal is shown: under the nick, under the password, or as a banner. */
    enum Place { NICK, PASSWORD, BANNER }

    record Refusal(Place place, String text) {}

    /** The refusal's text and the place the user has to act on. */
    Refusal refusal(ErrorReply error, String nick) {
        return switch (ErrorCode.fromWire(error.code()).orElse(null)) {
            case NICK_TAKEN -> new Refusal(Place.NICK, text("refusal.nickTaken", nick));
            case NICK_INVALID -> new Refusal(Place.NICK, text("refusal.nickInvalid"));
            case AUTH_FAILED -> new Refusal(Place.PASSWORD, text("refusal.authFailed"));
            case THROTTLED -> new Refusal(Place.BANNER, text("refusal.throttled"));
            case UNSUPPORTED_VERSION -> new Refusal(Place.BANNER, text("refusal.unsupportedVersion"));
            case null, default -> new Refusal(Place.BANNER, text("refusal.other", String.valueOf(error.code())));
        };
    }

    /** Why an invite did not parse, in the UI's language where we know the sentence. */
    String inviteProblem(String english) {
        String reason = english.startsWith(INVITE_PREFIX) ? english.substring(INVITE_PREFIX.length()) : english;
        String key = reason.startsWith(NO_FINGERPRINT) ? "invite.reason.noFingerprint" : INVITE_REASONS.get(reason);
        return text("invite.invalid", key != null ? text(key) : reason);
    }

    String text(String key, Object... args) {
        return I18n.format(bundle, key, args);
    }

    private String forbidden(Matcher m) {
        String kind = FORBIDDEN_KINDS.get(m.group(1));
        return kind == null ? null : text("nick.rule.forbidden", text(kind), m.group(2), m.group(3));
    }
}
