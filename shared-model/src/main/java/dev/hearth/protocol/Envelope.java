package dev.hearth.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One line of the Hearth wire protocol (version 1 and the additions of 1.1): a JSON object whose {@code "type"} names the record.
 *
 * <p>Several type names travel in both directions ({@code who}, {@code typing}, {@code dm},
 * {@code nick}, {@code ping}, {@code pong}); their record carries the fields of both, absent ones
 * null and omitted on the wire. The per-session counter {@code "n"} is framing, not content: the
 * {@link EnvelopeCodec} adds it when encoding and reports it when decoding.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Hello.class, name = Hello.TYPE),
    @JsonSubTypes.Type(value = Welcome.class, name = Welcome.TYPE),
    @JsonSubTypes.Type(value = Join.class, name = Join.TYPE),
    @JsonSubTypes.Type(value = Joined.class, name = Joined.TYPE),
    @JsonSubTypes.Type(value = Leave.class, name = Leave.TYPE),
    @JsonSubTypes.Type(value = Left.class, name = Left.TYPE),
    @JsonSubTypes.Type(value = Say.class, name = Say.TYPE),
    @JsonSubTypes.Type(value = Message.class, name = Message.TYPE),
    @JsonSubTypes.Type(value = Who.class, name = Who.TYPE),
    @JsonSubTypes.Type(value = Rooms.class, name = Rooms.TYPE),
    @JsonSubTypes.Type(value = Mute.class, name = Mute.TYPE),
    @JsonSubTypes.Type(value = Muted.class, name = Muted.TYPE),
    @JsonSubTypes.Type(value = Typing.class, name = Typing.TYPE),
    @JsonSubTypes.Type(value = Dm.class, name = Dm.TYPE),
    @JsonSubTypes.Type(value = Ignore.class, name = Ignore.TYPE),
    @JsonSubTypes.Type(value = Ignored.class, name = Ignored.TYPE),
    @JsonSubTypes.Type(value = Nick.class, name = Nick.TYPE),
    @JsonSubTypes.Type(value = Presence.class, name = Presence.TYPE),
    @JsonSubTypes.Type(value = Ping.class, name = Ping.TYPE),
    @JsonSubTypes.Type(value = Pong.class, name = Pong.TYPE),
    @JsonSubTypes.Type(value = Ack.class, name = Ack.TYPE),
    @JsonSubTypes.Type(value = Bye.class, name = Bye.TYPE),
    @JsonSubTypes.Type(value = ErrorReply.class, name = ErrorReply.TYPE),
    @JsonSubTypes.Type(value = React.class, name = React.TYPE),
    @JsonSubTypes.Type(value = Reaction.class, name = Reaction.TYPE),
    @JsonSubTypes.Type(value = Edit.class, name = Edit.TYPE),
    @JsonSubTypes.Type(value = Edited.class, name = Edited.TYPE),
    @JsonSubTypes.Type(value = Delete.class, name = Delete.TYPE),
    @JsonSubTypes.Type(value = Deleted.class, name = Deleted.TYPE),
    @JsonSubTypes.Type(value = FileOffer.class, name = FileOffer.TYPE),
    @JsonSubTypes.Type(value = FileReady.class, name = FileReady.TYPE),
    @JsonSubTypes.Type(value = Chunk.class, name = Chunk.TYPE),
    @JsonSubTypes.Type(value = Fetch.class, name = Fetch.TYPE),
    @JsonSubTypes.Type(value = Fetched.class, name = Fetched.TYPE),
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface Envelope
        permits Hello, Welcome, Join, Joined, Leave, Left, Say, Message, Who, Rooms, Mute, Muted, Typing, Dm,
                Ignore, Ignored, Nick, Presence, Ping, Pong, Ack, Bye, ErrorReply,
                React, Reaction, Edit, Edited, Delete, Deleted, FileOffer, FileReady, Chunk, Fetch, Fetched {

    /** Longest request id the relay accepts and copies back, in code points. */
    int MAX_ID_LENGTH = 64;

    /** The client's request id this envelope carries or answers, or null. */
    String id();
}
