package dev.hearth.client.chat;

import dev.hearth.client.compose.Command;
import dev.hearth.client.compose.CommandParser;
import dev.hearth.client.compose.ComposeBundle;
import dev.hearth.client.compose.HelpText;
import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.NameRuleText;
import dev.hearth.client.net.RelayLink;
import dev.hearth.model.NameCheck;
import dev.hearth.model.RoomNames;
import java.util.ResourceBundle;

/**
 * Runs what the user typed: plain text goes to the selected conversation, slash commands to the
 * relay or to a local answer. An unknown command is explained and never sent as text; text longer
 * than the relay takes is not sent at all. FX thread.
 */
final class CommandRunner {

    private final ChatState chat;
    private final RelayLink link;
    private final ChatText text;
    private final ResourceBundle compose = ComposeBundle.load(I18n.locale());

    CommandRunner(ChatState chat, RelayLink link, ChatText text) {
        this.chat = chat;
        this.link = link;
        this.text = text;
    }

    /** @param replyMid the message a plain line answers (protocol 1.1), or null */
    SubmitResult run(String line, String replyMid) {
        Command command = CommandParser.parse(line);
        switch (command) {
            case Command.Empty empty -> {
                return SubmitResult.KEEP_INPUT;
            }
            case Command.Problem problem -> {
                chat.info(null, problem.text(compose));
                return SubmitResult.NOT_UNDERSTOOD;
            }
            case Command.Say say -> {
                return say(say.text(), replyMid);
            }
            case Command.DirectMessage dm -> {
                if (tooLong(dm.text())) {
                    return SubmitResult.KEEP_INPUT;
                }
                sendDirect(dm.nick(), dm.text(), null);
            }
            case Command.OpenDirect open -> chat.openDirect(open.nick());
            case Command.Join join -> {
                Conversation already = chat.existingRoom(join.room());
                if (already != null) {
                    chat.select(already);
                }
                link.join(join.room());
            }
            case Command.Leave leave -> {
                String room = leave.room() != null ? leave.room() : currentRoom();
                if (room == null) {
                    return notInARoom();
                }
                link.leave(room);
            }
            case Command.Who who -> {
                String room = who.room() != null ? who.room() : currentRoom();
                link.who(room);
            }
            case Command.ListOnline list -> link.who(null);
            case Command.Rename rename -> link.rename(rename.nick());
            case Command.Mute mute -> {
                return mute(mute);
            }
            case Command.Ignore ignore -> link.ignore(ignore.nick(), ignore.on());
            case Command.Help help -> new HelpText(compose).lines(help.topic()).forEach(l -> chat.info(null, l));
            case Command.Quit quit -> link.leaveRelay();
        }
        return SubmitResult.DONE;
    }

    /** A room name typed in the sidebar, with or without its {@code #}. */
    SubmitResult joinTyped(String room) {
        return switch (RoomNames.check(room.startsWith("#") ? room.substring(1) : room)) {
            case NameCheck.Accepted ok -> {
                link.join(ok.name());
                yield SubmitResult.DONE;
            }
            case NameCheck.Rejected no -> {
                chat.info(null, text.format("room.invalid", NameRuleText.describe(no, text.bundle().getLocale())));
                yield SubmitResult.KEEP_INPUT;
            }
        };
    }

    /** A room is left on the relay; a direct conversation is only closed here. */
    void leaveSelected() {
        Conversation conversation = chat.selected();
        if (conversation == null) {
            return;
        }
        if (conversation.kind() == ConversationKind.ROOM) {
            link.leave(conversation.name());
        } else {
            chat.close(conversation);
        }
    }

    private SubmitResult say(String body, String replyMid) {
        Conversation conversation = chat.selected();
        if (conversation == null) {
            chat.info(null, text.format("nowhere.to.send"));
            return SubmitResult.KEEP_INPUT;
        }
        if (tooLong(body)) {
            return SubmitResult.KEEP_INPUT;
        }
        if (conversation.kind() == ConversationKind.DIRECT) {
            sendDirect(conversation.name(), body, replyMid);
            return SubmitResult.DONE;
        }
        String id = link.say(conversation.name(), body, replyMid);
        conversation.addUnsent(ChatLine.MessageLine.pending(chat.now(), chat.ownNick(), body, id, replyMid));
        return SubmitResult.DONE;
    }

    private void sendDirect(String nick, String body, String replyMid) {
        Conversation conversation = chat.direct(nick);
        chat.select(conversation);
        String id = link.dm(conversation.name(), body, replyMid);
        conversation.addUnsent(ChatLine.MessageLine.pending(chat.now(), chat.ownNick(), body, id, replyMid));
    }

    /** The input shows the count in red already; the relay would only refuse it. */
    private boolean tooLong(String body) {
        return body.codePointCount(0, body.length()) > chat.relay().maxTextProperty().get();
    }

    private SubmitResult mute(Command.Mute mute) {
        String room = mute.room() != null ? mute.room() : currentRoom();
        if (room == null) {
            return notInARoom();
        }
        Conversation existing = chat.existingRoom(room);
        boolean on = mute.on() != null ? mute.on() : existing == null || !existing.mutedProperty().get();
        link.mute(room, on);
        return SubmitResult.DONE;
    }

    private String currentRoom() {
        Conversation conversation = chat.selected();
        return conversation != null && conversation.kind() == ConversationKind.ROOM ? conversation.name() : null;
    }

    private SubmitResult notInARoom() {
        chat.info(null, text.format("not.in.a.room"));
        return SubmitResult.KEEP_INPUT;
    }
}
