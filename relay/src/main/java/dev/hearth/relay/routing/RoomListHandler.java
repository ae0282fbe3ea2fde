package dev.hearth.relay.routing;

import dev.hearth.protocol.Rooms;
import dev.hearth.protocol.Welcome;
import dev.hearth.relay.session.Session;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rooms}: every room on the relay, busiest first, in as many lines as it takes to keep each
 * within the frame limit. Called with the router lock held.
 */
final class RoomListHandler {
    private final RouterContext ctx;

    RoomListHandler(RouterContext ctx) {
        this.ctx = ctx;
    }

    void list(Session session, Rooms request) {
        int room = ctx.out().roomFor(new Rooms(List.of(), true, request.id()));
        List<List<Welcome.RoomSummary>> pages = RoomSummaries.pages(ctx.state().roomSummaries(), room);
        List<Session.Body> lines = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            boolean more = i < pages.size() - 1;
            lines.add(new Session.Body(ctx.out().encode(new Rooms(pages.get(i), more ? Boolean.TRUE : null, request.id()))));
        }
        session.deliverRequested(lines);
    }
}
