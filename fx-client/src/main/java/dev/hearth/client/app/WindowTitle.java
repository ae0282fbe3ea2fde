package dev.hearth.client.app;

import dev.hearth.client.i18n.I18n;
import java.util.ResourceBundle;

/** The main window's title: "Hearth", or "(3) Hearth" with unread messages. Any thread. */
public final class WindowTitle {

    private WindowTitle() {}

    public static String format(int unread) {
        return format(unread, I18n.bundle(WindowTitle.class.getName()));
    }

    static String format(int unread, ResourceBundle bundle) {
        return unread <= 0 ? bundle.getString("title") : I18n.format(bundle, "title.unread", Integer.toString(unread));
    }
}
