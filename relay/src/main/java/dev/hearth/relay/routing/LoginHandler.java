package dev.hearth.relay.routing;

import dev.hearth.model.NameCheck;
import dev.hearth.model.Nicknames;
import dev.hearth.protocol.ErrorCode;
import dev.hearth.protocol.Hello;
import dev.hearth.protocol.ProtocolDefaults;
import dev.hearth.protocol.Welcome;
import dev.hearth.relay.RelayVersion;
import dev.hearth.relay.auth.AuthThrottle;
import dev.hearth.relay.auth.PasswordCheck;
import dev.hearth.relay.session.OutLine;
import dev.hearth.relay.session.Peer;
import dev.hearth.relay.session.RecentEchoes;
import dev.hearth.relay.session.ReplayBuffer;
import dev.hearth.relay.session.Session;
import dev.hearth.relay.session.TokenBucket;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/** {@code hello}: a fresh login or the resumption of a session. Called with the router lock held. */
final class LoginHandler {
    /** How many say/dm ids a session remembers for resend de-duplication. */
    static final int REMEMBERED_IDS = 1000;

    private final RouterContext ctx;
    private final Departures departures;
    private final FileRequests files;
    private final AuthThrottle throttle;
    private PasswordCheck password; // Replaced by changePassword, under the router lock like every call here
    private final SecureRandom random = new SecureRandom();

    LoginHandler(RouterContext ctx, Departures departures, FileRequests files) {
        this.ctx = ctx;
        this.departures = departures;
        this.files = files;
        this.password = new PasswordCheck(ctx.config().password());
        this.throttle = new AuthThrottle(ctx.config().authFailures(), ctx.config().authFailuresRelayWide(),
                ctx.config().authWindow(), ctx.config().authBan(), ctx.nanoClock());
    }

    AuthThrottle throttle() {
        return throttle;
    }

    /** Logins from now on need {@code newPassword}; who is logged in already is the caller's business. */
    void changePassword(String newPassword) {
        password = new PasswordCheck(newPassword);
    }

    /** Whether {@code candidate} is the password logins need now. */
    boolean isCurrentPassword(String candidate) {
        return password.required() && password.accepts(candidate);
    }

    void hello(Peer peer, Hello hello) {
        if (throttle.refuses(peer.address())) {
            ctx.out().error(peer, ErrorCode.THROTTLED, "too many failed logins from your network; try again later", hello.id());
        } else if (hello.v() != Hello.VERSION) {
            ctx.out().error(peer, ErrorCode.UNSUPPORTED_VERSION, "this relay speaks protocol version 1", hello.id());
        } else if (!password.accepts(hello.password())) {
            throttle.recordFailure(peer.address());
            peer.log().warning("wrong or missing password");
            ctx.out().error(peer, ErrorCode.AUTH_FAILED,
                    password.required() && hello.password() == null ? "this relay needs a password" : "wrong password",
                    hello.id());
        } else if (hello.resume() != null) {
            resume(peer, hello);
        } else {
            login(peer, hello);
        }
    }

    private void login(Peer peer, Hello hello) {
        NameCheck check = Nicknames.check(hello.nick());
        if (check instanceof NameCheck.Rejected rejected) {
            peer.restartLoginDeadline();
            ctx.out().error(peer, ErrorCode.NICK_INVALID, rejected.reason(), hello.id());
            return;
        }
        String nick = ((NameCheck.Accepted) check).name();
        String key = ((NameCheck.Accepted) check).key();
        if (ctx.state().byNickKey(key) != null) {
            peer.restartLoginDeadline();
            ctx.out().error(peer, ErrorCode.NICK_TAKEN,
                    "\"" + nick + "\" is taken (or looks the same as a nick in use)", hello.id());
            return;
        }
        if (!departures.makeRoomForOneMore()) {
            ctx.out().error(peer, ErrorCode.RELAY_FULL, "the relay has all the people it can take; try again later",
                    hello.id());
            return;
        }
        Session session = new Session(newToken(), nick, key, new ReplayBuffer(ctx.config().replayBytes()),
                new RecentEchoes(REMEMBERED_IDS),
                new TokenBucket(ctx.config().ratePerSecond(), ctx.config().burst(), ctx.nanoClock()),
                ctx.state().replayBudget());
        ctx.state().add(session);
        ctx.state().attach(session, peer);
        // Attached before the welcome leaves: whoever reads it may count on being logged in.
        peer.attach(session);
        peer.send(OutLine.plain(ctx.out().encode(welcome(session, hello.id()))));
        peer.log().info("logged in as " + nick);
    }

    private void resume(Peer peer, Hello hello) {
        Session session = ctx.state().byToken(hello.resume());
        if (session == null || session.ended()) {
            peer.restartLoginDeadline();
            ctx.out().error(peer, ErrorCode.RESUME_FAILED, "unknown or expired session; send a fresh hello", hello.id());
            return;
        }
        long last = hello.last();
        if (!session.replay().canReplayAfter(last, session.lastN())) {
            // The token holder cannot get its session back; free its nick at once for the fresh hello.
            Peer old = session.peer();
            departures.end(session, "resumption impossible");
            if (old != null) {
                old.close();
            }
            peer.restartLoginDeadline();
            ctx.out().error(peer, ErrorCode.RESUME_FAILED,
                    "the relay no longer holds everything after n=" + last + "; send a fresh hello", hello.id());
            return;
        }
        Peer previous = session.peer();
        if (previous != null) {
            previous.attach(null);
            previous.close();
        }
        session.acknowledge(last);
        ctx.state().attach(session, peer);
        peer.attach(session);
        peer.send(OutLine.plain(ctx.out().encode(welcome(session, hello.id()))));
        List<OutLine> replay = session.replay().after(last);
        peer.sendRequested(replay);
        peer.log().info("resumed session of " + session.nick() + ", replayed " + replay.size() + " envelopes");
        files.resumed(session);
    }

    /**
     * Lists the busiest rooms only, at most {@link Welcome#MAX_ROOMS_LISTED} and as many as the
     * frame limit leaves room for, so the line stays short however many rooms there are.
     */
    private Welcome welcome(Session session, String id) {
        List<Welcome.RoomSummary> all = ctx.state().roomSummaries();
        List<Welcome.RoomSummary> busiest = all.subList(0, Math.min(all.size(), Welcome.MAX_ROOMS_LISTED));
        var config = ctx.config();
        // maxFile 0: this relay takes no files (FilesOff); chunk is the protocol's all the same.
        var limits = new Welcome.Limits(config.maxFrame(), config.maxText(), config.ratePerSecond(), config.burst(),
                config.maxFile(), ProtocolDefaults.CHUNK_BYTES);
        List<String> features = RelayFeatures.offered(config.filesOn());
        Welcome empty = new Welcome(Hello.VERSION, session.nick(), session.token(), "hearth-relay/" + RelayVersion.VERSION,
                config.motd(), List.of(), all.size(), limits, features, id);
        List<Welcome.RoomSummary> listed = RoomSummaries.fitting(busiest, ctx.out().roomFor(empty));
        return new Welcome(empty.v(), empty.nick(), empty.session(), empty.relay(), empty.motd(), listed, all.size(),
                limits, features, id);
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
