package dev.hearth.relay.routing;

import dev.hearth.protocol.Chunk;
import dev.hearth.protocol.Dm;
import dev.hearth.protocol.ErrorCode;
import dev.hearth.protocol.Fetch;
import dev.hearth.protocol.FileInfo;
import dev.hearth.protocol.FileOffer;
import dev.hearth.protocol.FileReady;
import dev.hearth.protocol.Message;
import dev.hearth.protocol.MessageIds;
import dev.hearth.relay.file.ChunkResult;
import dev.hearth.relay.file.FileMemory;
import dev.hearth.relay.file.FileWindow;
import dev.hearth.relay.message.KnownMessage;
import dev.hearth.relay.room.Room;
import dev.hearth.relay.session.Peer;
import dev.hearth.relay.session.Session;

/**
 * Files, as protocol 1.1 has a relay take them: an offer reserves room in the relay's file memory,
 * chunks fill it in order, and the last one delivers the file's message to its room or person, the
 * sender included; members fetch it in windows ({@link Fetches}). Every check of a request is made
 * before anything changes; the file's bytes, name and caption are never logged. Called with the
 * router lock held.
 */
final class FilesOn implements FileRequests {
    private final RouterContext ctx;
    private final RoomHandler rooms;
    private final DirectHandler directs;
    private final Conversations conversations;
    private final FileMemory<FileNote> files;
    private final Fetches fetches;

    FilesOn(RouterContext ctx, RoomHandler rooms, DirectHandler directs, Conversations conversations) {
        this.ctx = ctx;
        this.rooms = rooms;
        this.directs = directs;
        this.conversations = conversations;
        this.files = ctx.state().files();
        this.fetches = new Fetches(ctx, files);
    }

    @Override
    public void offer(Peer peer, Session session, FileOffer offer) {
        if (offer.id() != null && session.echoes().find(offer.id()) instanceof Message original && original.file() != null) {
            ctx.out().toSession(session, original); // delivered already: a resent offer gets its echo
            return;
        }
        if (offer.id() != null && session.echoes().find(offer.id()) instanceof Dm original && original.file() != null) {
            ctx.out().toSession(session, original);
            return;
        }
        long maxFile = ctx.config().maxFile();
        if (offer.size() > maxFile) {
            ctx.out().error(peer, ErrorCode.FILE_TOO_LARGE, "the file has " + offer.size() + " bytes; this relay takes "
                    + maxFile + " at most", offer.id());
            return;
        }
        FileNote.Offered note = destination(peer, session, offer);
        if (note == null || !captionFits(peer, offer)) {
            return;
        }
        // The same request again (its sender lost the connection and cannot know how far its
        // chunks got): the upload starts over instead of taking a second place.
        if (offer.id() != null) {
            files.dropUploadsOf(session, n -> n instanceof FileNote.Offered o && offer.id().equals(o.offer().id()));
        }
        if (!files.couldHold(session, offer.size(), ctx.nanos())) {
            ctx.out().error(peer, ErrorCode.FILES_FULL, "the relay cannot hold this file now: at most "
                    + FileMemory.UPLOADS_PER_OWNER + " uploads of yours at once, and its file memory is taken by"
                    + " uploads under way; try again later", offer.id());
            return;
        }
        if (!TextRule.takeToken(ctx, peer, session, offer.id())) {
            return;
        }
        String blob = files.offer(session, offer.size(), offer.sha256(), note, ctx.nanos()).orElseThrow();
        ctx.out().toSession(session, new FileReady(blob, offer.id()));
    }

    @Override
    public void chunk(Peer peer, Session session, Chunk chunk, byte[] data) {
        switch (files.chunk(session, chunk.blob(), chunk.i(), data, ctx.nanos())) {
            case ChunkResult.Taken<FileNote> taken -> { }
            case ChunkResult.Failed<FileNote>(String why) -> failed(peer, chunk, why);
            case ChunkResult.Complete<FileNote>(String blob, FileNote note) -> deliver(peer, session, chunk, blob,
                    (FileNote.Offered) note);
        }
    }

    @Override
    public void fetch(Peer peer, Session session, Fetch fetch) {
        FileWindow window = files.note(fetch.blob())
                .filter(note -> mayFetch(session, note))
                .flatMap(note -> files.window(fetch.blob(), fetch.from(), fetch.max()))
                .orElse(null);
        if (window == null) {
            String blob = MessageIds.fits(fetch.blob()) ? fetch.blob() : null;
            ctx.out().errorAbout(peer, blob, ErrorCode.NO_SUCH_FILE, "the relay holds no such file you may fetch",
                    fetch.id());
        } else if (fetch.from() >= window.size()) {
            ctx.out().error(peer, ErrorCode.BAD_REQUEST, "\"from\" is past the file's end: it has " + window.size()
                    + " bytes", fetch.id());
        } else if (!fetches.add(session, fetch.blob(), window, fetch.id())) {
            ctx.out().error(peer, ErrorCode.BAD_REQUEST, "you have " + Fetches.WINDOWS_PER_SESSION
                    + " fetches waiting already; fetch one window at a time", fetch.id());
        }
    }

    @Override
    public void roomForBulk(Session session) {
        fetches.pump(session);
    }

    @Override
    public void resumed(Session session) {
        fetches.pump(session);
    }

    @Override
    public void ended(Session session) {
        files.dropUploadsOf(session);
        fetches.forget(session);
    }

    @Override
    public void expire() {
        files.expire(ctx.nanos());
    }

    /** Where the file goes, or null after answering with the right error. */
    private FileNote.Offered destination(Peer peer, Session session, FileOffer offer) {
        if (offer.room() != null) {
            Room room = rooms.memberRoom(peer, session, offer.room(), offer.id());
            if (room == null || !replyFits(peer, session, offer, room, null)) {
                return null;
            }
            return new FileNote.Offered(offer, room, null);
        }
        Session to = directs.online(peer, offer.to(), offer.id());
        if (to == null || !replyFits(peer, session, offer, null, to)) {
            return null;
        }
        return new FileNote.Offered(offer, null, to);
    }

    /** The reply names a message of the same conversation the sender may see, or there is none. */
    private boolean replyFits(Peer peer, Session session, FileOffer offer, Room room, Session to) {
        if (offer.reply() == null) {
            return true;
        }
        KnownMessage known = conversations.visible(session, offer.reply());
        boolean fits = known != null && switch (known.where()) {
            case KnownMessage.InRoom(Room inRoom, var posted) -> inRoom == room;
            case KnownMessage.Between between -> to != null && between.includes(to.nickKey());
        };
        if (!fits) {
            ctx.out().error(peer, ErrorCode.NO_SUCH_MESSAGE, "the relay knows no message \"" + offer.reply()
                    + "\" in this conversation to reply to", offer.id());
        }
        return fits;
    }

    private boolean captionFits(Peer peer, FileOffer offer) {
        String text = offer.text() == null ? "" : offer.text();
        int length = text.codePointCount(0, text.length());
        if (length > ctx.config().maxText()) {
            ctx.out().error(peer, ErrorCode.TEXT_TOO_LONG, "the caption has " + length + " characters; the limit is "
                    + ctx.config().maxText(), offer.id());
            return false;
        }
        return true;
    }

    /**
     * The last chunk is in and matches: the file's message goes to its conversation, unless the
     * sender has left the room or the person it was for has gone since the offer.
     */
    private void deliver(Peer peer, Session session, Chunk chunk, String blob, FileNote.Offered note) {
        FileOffer offer = note.offer();
        boolean stillThere = note.room() != null
                ? ctx.state().membership().isMember(session, note.room())
                : !note.to().ended();
        if (!stillThere) {
            files.drop(blob);
            failed(peer, chunk, note.room() != null ? "you are no longer in \"" + note.room().name() + "\""
                    : note.to().nick() + " is no longer on the relay");
            return;
        }
        FileInfo file = new FileInfo(blob, offer.name(), offer.mime(), offer.size(), offer.sha256(), offer.thumb());
        String caption = offer.text() == null ? "" : offer.text();
        String mid = note.room() != null
                ? rooms.post(session, note.room(), caption, offer.reply(), file, offer.id()).mid()
                : directs.send(session, note.to(), caption, offer.reply(), file, offer.id()).mid();
        // From now on its message says who may fetch it, and the file goes when the message is
        // known no more. A backlog that could not keep the message has dropped the file already
        // (renote then does nothing); a direct message is not remembered at all with --dm-memory 0,
        // so its file lives out its lifetime, fetched by the two people it was between.
        KnownMessage known = ctx.state().known().find(mid);
        if (known != null) {
            files.renote(blob, new FileNote.Delivered(known.where()));
        } else if (note.to() != null) {
            files.renote(blob, new FileNote.Delivered(new KnownMessage.Between(session.nickKey(), note.to().nickKey())));
        }
    }

    private boolean mayFetch(Session session, FileNote note) {
        return switch (note) {
            case FileNote.Offered offered -> false;
            case FileNote.Delivered(KnownMessage.InRoom(Room room, var posted)) ->
                    ctx.state().membership().isMember(session, room);
            case FileNote.Delivered(KnownMessage.Between between) -> between.includes(session.nickKey());
        };
    }

    /** Names the blob back only when it has the shape of one a relay hands out (see {@link FilesOff#chunk}). */
    private void failed(Peer peer, Chunk chunk, String why) {
        String blob = MessageIds.fits(chunk.blob()) ? chunk.blob() : null;
        ctx.out().errorAbout(peer, blob, ErrorCode.UPLOAD_FAILED, "the upload failed: " + why, chunk.id());
    }
}
