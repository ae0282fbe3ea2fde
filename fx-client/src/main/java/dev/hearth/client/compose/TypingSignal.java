package dev.hearth.client.compose;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;

/**
 * Decides when to tell the current conversation "typing on/off". Pure logic: every method
 * returns the {@link TypingChange}s to send now (usually none), reading time from the injected
 * clock, so tests drive it with an adjustable one. UI thread only.
 *
 * <p>{@code on} at the first keystroke of a draft that is conversation text (never a slash
 * command or an {@code @nick} direct message), again at most every {@link #REFRESH} while
 * keystrokes continue, so others' indicators do not expire; {@code off} after {@link #IDLE}
 * without a keystroke (seen by {@link #tick()}, which the caller runs about once a second), when
 * the draft empties or stops being conversation text, when the line is sent, and for the old
 * conversation when it changes.
 */
public final class TypingSignal {
    public static final Duration REFRESH = Duration.ofSeconds(3);
    public static final Duration IDLE = Duration.ofSeconds(5);

    private final InstantSource clock;
    private TypingTarget target;
    private boolean on;
    private Instant lastOn = Instant.MIN;
    private Instant lastKeystroke = Instant.MIN;

    /** @param clock {@code Clock.systemUTC()} in the app */
    public TypingSignal(InstantSource clock) {
        this.clock = clock;
    }

    /** The view now shows {@code next} (null: no conversation); an "on" for the old one ends. */
    public List<TypingChange> conversationChanged(TypingTarget next) {
        List<TypingChange> changes = stop();
        target = next;
        return changes;
    }

    /** The user changed the draft (a keystroke, a paste, a completion) to {@code draft}. */
    public List<TypingChange> edited(String draft) {
        if (target == null) {
            return List.of();
        }
        if (!CommandParser.isConversationText(draft)) {
            return stop();
        }
        Instant now = clock.instant();
        lastKeystroke = now;
        if (on && now.isBefore(lastOn.plus(REFRESH))) {
            return List.of();
        }
        on = true;
        lastOn = now;
        return List.of(new TypingChange(target, true));
    }

    /** The line was sent (or the draft thrown away). */
    public List<TypingChange> sent() {
        return stop();
    }

    /** Called periodically: ends "typing" once the keyboard has been quiet for {@link #IDLE}. */
    public List<TypingChange> tick() {
        return on && !clock.instant().isBefore(lastKeystroke.plus(IDLE)) ? stop() : List.of();
    }

    private List<TypingChange> stop() {
        if (!on) {
            return List.of();
        }
        on = false;
        return List.of(new TypingChange(target, false));
    }
}
