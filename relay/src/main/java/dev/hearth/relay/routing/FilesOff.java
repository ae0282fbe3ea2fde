package dev.hearth.relay.routing;

import dev.hearth.protocol.Chunk;
import dev.hearth.protocol.ErrorCode;
import dev.hearth.protocol.Fetch;
import dev.hearth.protocol.FileOffer;
import dev.hearth.protocol.MessageIds;
import dev.hearth.relay.session.Peer;
import dev.hearth.relay.session.Session;

/**
 * Files, as protocol 1.1 has a relay answer them while it takes none: its welcome says
 * {@code "maxFile":0} and its features omit {@code file}; every offer is {@code file-too-large},
 * a chunk fails its upload (there is none to go into) and a fetch finds no file. Called with the
 * router lock held.
 */
final class FilesOff implements FileRequests {
    private final RouterContext ctx;

    FilesOff(RouterContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void offer(Peer peer, Session session, FileOffer offer) {
        ctx.out().error(peer, ErrorCode.FILE_TOO_LARGE, "this relay takes no files", offer.id());
    }

    /**
     * Names the blob back only when it has the shape of a name a relay hands out (that of a
     * {@code mid}): a client's arbitrary string could make the answer longer than a line may be.
     */
    @Override
    public void chunk(Peer peer, Session session, Chunk chunk, byte[] data) {
        String blob = MessageIds.fits(chunk.blob()) ? chunk.blob() : null;
        ctx.out().errorAbout(peer, blob, ErrorCode.UPLOAD_FAILED, "there is no upload into this blob", chunk.id());
    }

    @Override
    public void fetch(Peer peer, Session session, Fetch fetch) {
        ctx.out().error(peer, ErrorCode.NO_SUCH_FILE, "this relay holds no files", fetch.id());
    }

    @Override
    public void roomForBulk(Session session) {}

    @Override
    public void resumed(Session session) {}

    @Override
    public void ended(Session session) {}

    @Override
    public void expire() {}
}
