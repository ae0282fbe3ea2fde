package dev.hearth.relay.routing;

import dev.hearth.protocol.ErrorCode;
import dev.hearth.relay.session.Peer;
import dev.hearth.relay.session.Session;

/**
 * What say and dm must pass before anything is delivered: the relay's length limit (maxText code
 * points; the request record already refused empty text and NUL), then the session's rate limit.
 * Called with the router lock held.
 */
final class TextRule {
    private TextRule() {}

    /**
     * Answers the request with the right error when it may not be delivered. The rate is checked
     * last, so a refused request takes no token.
     *
     * @return true when the text may be delivered
     */
    static boolean admit(RouterContext ctx, Peer peer, Session session, String text, String id) {
        // Present, not empty and without NUL: the request record has seen to that.
        int length = text.codePointCount(0, text.length());
        int maxText = ctx.config().maxText();
        if (length > maxText) {
            ctx.out().error(peer, ErrorCode.TEXT_TOO_LONG, "text has " + length + " characters; the limit is " + maxText, id);
            return false;
        }
        return takeToken(ctx, peer, session, id);
    }

    /**
     * One token of the session's message rate, which say, dm, react, edit and delete each cost;
     * answers {@code rate-limited} when there is none.
     */
    static boolean takeToken(RouterContext ctx, Peer peer, Session session, String id) {
        if (!session.rate().tryTake()) {
            ctx.out().error(peer, ErrorCode.RATE_LIMITED,
                    "slow down: at most " + ctx.config().ratePerSecond() + " messages per second", id);
            return false;
        }
        return true;
    }
}
