package dev.hearth.client.settings;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The preferences the user can change while Hearth runs. Every change is saved at once; a theme
 * change is also applied at once (through {@code applyTheme}), as is the cap on kept files (its
 * owner listens to {@link #keepFilesMbProperty}), a language change at the next start. Properties are changed on the FX thread; {@link #doNotDisturb()} may be read from any
 * thread (notifications ask it).
 */
public final class PreferencesViewModel {

    /** Language tags offered; the empty string means "follow the system". */
    public static final List<String> LANGUAGES = List.of("", "en", "zh-CN");

    private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(this, "theme");
    private final BooleanProperty doNotDisturbOn = new SimpleBooleanProperty(this, "doNotDisturb");
    private final ObjectProperty<String> language = new SimpleObjectProperty<>(this, "language");
    private final BooleanProperty autoConnect = new SimpleBooleanProperty(this, "autoConnect");

    private final BooleanProperty keepHistory = new SimpleBooleanProperty(this, "keepHistory");
    private final ReadOnlyBooleanProperty keepHistoryView = ReadOnlyBooleanProperty.readOnlyBooleanProperty(keepHistory);
    private final ObjectProperty<Integer> keepFilesMb = new SimpleObjectProperty<>(this, "keepFilesMb");

    private final PreferencesStore store;
    private final Consumer<Boolean> historyChoice;
    private volatile boolean quiet;

    public PreferencesViewModel(PreferencesStore store, Consumer<ThemeChoice> applyTheme) {
        this(store, applyTheme, on -> { });
    }

    /** @param historyChoice told when the user starts or stops keeping history (stopping erases it) */
    public PreferencesViewModel(PreferencesStore store, Consumer<ThemeChoice> applyTheme, Consumer<Boolean> historyChoice) {
        this.store = Objects.requireNonNull(store, "store");
        this.historyChoice = historyChoice;
        Preferences saved = store.load();
        theme.set(saved.theme());
        doNotDisturbOn.set(saved.doNotDisturb());
        quiet = saved.doNotDisturb();
        language.set(saved.language() == null || !LANGUAGES.contains(saved.language()) ? "" : saved.language());
        theme.addListener((o, was, now) -> {
            applyTheme.accept(now);
            save();
        });
        doNotDisturbOn.addListener((o, was, now) -> {
            quiet = now;
            save();
        });
        language.addListener(o -> save());
        keepHistory.set(saved.keepHistory());
        autoConnect.set(saved.autoConnect());
        autoConnect.addListener(o -> save());
        keepFilesMb.set(saved.keepFilesMb());
        keepFilesMb.addListener((o, was, now) -> {
            int fitting = now == null ? was : Math.clamp(now, 0, Preferences.MAX_KEEP_FILES_MB);
            if (now == null || fitting != now) {
                keepFilesMb.set(fitting); // told again with the value that fits
            } else {
                save();
            }
        });
    }

    public ObjectProperty<ThemeChoice> themeProperty() { return theme; }
    public BooleanProperty doNotDisturbProperty() { return doNotDisturbOn; }
    public ObjectProperty<String> languageProperty() { return language; }
    /** Reconnect to the last relay, into its rooms, when Hearth starts. */
    public BooleanProperty autoConnectProperty() { return autoConnect; }

    /**
     * Megabytes of fetched pictures and files kept with the history, 0 to
     * {@value Preferences#MAX_KEEP_FILES_MB} (a value outside is brought into it). A smaller cap
     * gives up files at once, the least recently used first.
     */
    public ObjectProperty<Integer> keepFilesMbProperty() { return keepFilesMb; }

    /** Whether conversations are kept on this computer; {@link #setKeepHistory} changes it. */
    public ReadOnlyBooleanProperty keepHistoryProperty() { return keepHistoryView; }

    /**
     * The user chose whether to keep history. Stopping erases what was kept: the view asks first.
     */
    public void setKeepHistory(boolean on) {
        if (on != keepHistory.get()) {
            keepHistory.set(on);
            save();
            historyChoice.accept(on);
        }
    }

    /** Any thread: whether notifications are silenced right now. */
    public boolean doNotDisturb() {
        return quiet;
    }

    /** The preferences as they stand. */
    public Preferences current() {
        return new Preferences(theme.get(), doNotDisturbOn.get(), language.get(), autoConnect.get(), keepHistory.get(),
                keepFilesMb.get());
    }

    private void save() {
        try {
            store.save(current());
        } catch (IOException e) {
            // The choice still applies for this run; only remembering it failed.
        }
    }
}
