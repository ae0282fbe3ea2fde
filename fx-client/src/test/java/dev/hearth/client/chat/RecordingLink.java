package dev.hearth.client.chat;

import dev.hearth.client.net.OutgoingFile;
import dev.hearth.client.net.RelayLink;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The outgoing side for view-model tests: records each request as a readable line, hands out ids. */
final class RecordingLink implements RelayLink {

    final List<String> sent = new ArrayList<>();
    private int ids;

    @Override
    public String say(String room, String text, String reply) {
        String id = "id" + (++ids);
        sent.add("say " + room + " " + text + " " + id + (reply == null ? "" : " reply " + reply));
        return id;
    }

    @Override
    public String dm(String to, String text, String reply) {
        String id = "id" + (++ids);
        sent.add("dm " + to + " " + text + " " + id + (reply == null ? "" : " reply " + reply));
        return id;
    }

    @Override
    public void react(String mid, String emoji, boolean on) {
        sent.add("react " + mid + " " + emoji + " " + on);
    }

    @Override
    public void edit(String mid, String text) {
        sent.add("edit " + mid + " " + text);
    }

    @Override
    public void delete(String mid) {
        sent.add("delete " + mid);
    }

    @Override
    public void join(String room) {
        sent.add("join " + room);
    }

    @Override
    public void leave(String room) {
        sent.add("leave " + room);
    }

    @Override
    public void who(String room) {
        sent.add("who " + room);
    }

    @Override
    public void checkOnline() {
        sent.add("who (online check)");
    }

    @Override
    public void mute(String room, boolean on) {
        sent.add("mute " + room + " " + on);
    }

    @Override
    public void ignore(String nick, boolean on) {
        sent.add("ignore " + nick + " " + on);
    }

    @Override
    public void rename(String nick) {
        sent.add("nick " + nick);
    }

    @Override
    public void typing(String room, String to, boolean on) {
        sent.add("typing " + (room != null ? "#" + room : "@" + to) + " " + on);
    }

    @Override
    public void leaveRelay() {
        sent.add("bye");
    }

    String last() {
        return sent.getLast();
    }

    @Override
    public String sendFile(String room, String to, OutgoingFile file, String caption, String reply) {
        String id = "id" + (++ids);
        sent.add("file " + (room != null ? room : "to " + to) + " " + file.name() + " " + file.size() + " " + id
                + (caption == null ? "" : " caption " + caption) + (reply == null ? "" : " reply " + reply));
        return id;
    }

    @Override
    public void cancelUpload(String id) {
        sent.add("cancel upload " + id);
    }

    @Override
    public void fetchFile(String blob, long size, String sha256, Path target) {
        sent.add("fetch " + blob + " " + size + " " + target.getFileName());
    }

    @Override
    public void cancelFetch(String blob) {
        sent.add("cancel fetch " + blob);
    }
}
