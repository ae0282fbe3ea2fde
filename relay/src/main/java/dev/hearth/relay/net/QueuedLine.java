package dev.hearth.relay.net;

import dev.hearth.relay.session.OutLine;

/** A line waiting in an {@link Outbox}, and whether the client asked for it in bulk (a replay, a backlog). */
record QueuedLine(OutLine line, boolean requested) {}
