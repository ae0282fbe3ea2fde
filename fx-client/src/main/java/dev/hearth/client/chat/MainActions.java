package dev.hearth.client.chat;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * What the main window needs from the application around it.
 *
 * @param openLink        opens a web link in the browser (HostServices in the app)
 * @param doNotDisturb    the saved do-not-disturb preference, toggled from the sidebar
 * @param openPreferences opens the preferences window
 * @param disconnect      leaves the relay and goes back to the connect screen
 * @param chooseFiles     asks for files to send (the system's file chooser in the app)
 * @param chooseSaveTarget asks where to save a copy of a file (the system's dialog in the app)
 * @param hostingGroup    whether this computer hosts a group now ("Host a group on this computer")
 * @param showHosting     brings the hosting window (the invite, who can join, stop) to the front
 */
public record MainActions(Consumer<String> openLink, BooleanProperty doNotDisturb, Runnable openPreferences,
                          Runnable disconnect, FileChoice chooseFiles, SaveChoice chooseSaveTarget,
                          ObservableBooleanValue hostingGroup, Runnable showHosting) {}
