package dev.hearth.client.app;

import javafx.application.Application;

/**
 * The main class. It does not extend {@link Application} on purpose: started from the class path,
 * JavaFX refuses a main class that does, so this one hands over to {@link HearthApp}. Options:
 * {@code --config-dir=PATH}, {@code --locale=zh-CN}, {@code --theme=light|dark|system}, or the
 * system properties {@code hearth.config.dir}, {@code hearth.locale}, {@code hearth.theme}.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        Application.launch(HearthApp.class, args);
    }
}
