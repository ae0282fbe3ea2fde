package dev.hearth.client.chat;

import dev.hearth.client.chat.viewer.PictureViewer;
import dev.hearth.client.i18n.ViewLoader;
import java.time.ZoneId;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The chat window: conversations, the selected conversation, its members, the input and the
 * status bar. A thin controller: it binds controls to the {@link ChatViewModel} and forwards
 * actions. FX thread.
 */
public final class MainView {

    private static final PseudoClass TOO_LONG = PseudoClass.getPseudoClass("too-long");

    private final ChatViewModel chat;
    private final MainActions actions;
    private final ZoneId zone;
    private final Timeline ticker;
    private LinesPane linesPane;
    private Attaching attaching;

    @FXML private ListView<Conversation> conversations;
    @FXML private TextField joinField;
    @FXML private ToggleButton doNotDisturb;
    @FXML private Button hostingButton;
    @FXML private Label title;
    @FXML private Label memberCount;
    @FXML private ToggleButton mute;
    @FXML private Button leave;
    @FXML private ListView<ChatLine> lines;
    @FXML private javafx.scene.layout.HBox findBar;
    @FXML private TextField findField;
    @FXML private Label findStatus;
    @FXML private Button findOlder;
    @FXML private Button findNewer;
    @FXML private Button findClose;
    @FXML private Button newBelow;
    @FXML private Button firstUnread;
    @FXML private Label typing;
    @FXML private TextArea input;
    @FXML private Button attachButton;
    @FXML private javafx.scene.layout.StackPane attachHolder;
    @FXML private javafx.scene.Node conversationPane;
    @FXML private Label dropHint;
    @FXML private javafx.scene.layout.HBox composeBar;
    @FXML private Label composeWords;
    @FXML private Button composeCancel;
    @FXML private Label draftCount;
    @FXML private ListView<String> members;
    @FXML private VBox memberPane;
    @FXML private Label status;
    @FXML private Label fingerprint;

    private MainView(ChatViewModel chat, MainActions actions, ZoneId zone) {
        this.chat = chat;
        this.actions = actions;
        this.zone = zone;
        this.ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> chat.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
    }

    /** Loads the window's content; the caller puts it in a scene. */
    public static Parent load(ChatViewModel chat, MainActions actions, ZoneId zone) {
        MainView view = new MainView(chat, actions, zone);
        Parent root = ViewLoader.load(view);
        root.setUserData(view);
        return root;
    }

    @FXML
    private void initialize() {
        ConversationHeader.bind(title, memberCount, mute, leave, chat);
        typing.textProperty().bind(chat.open().typingProperty());
        input.promptTextProperty().bind(chat.open().promptProperty());
        MemberPanel.bind(memberPane, members, chat);
        ConversationPicker.bind(conversations, chat);
        linesPane = new LinesPane(lines, newBelow, chat, actions.openLink(), zone, this::edit, () -> {
            input.requestFocus();
            input.end();
        }, actions.chooseSaveTarget(), this::openPicture);
        chat.selectedProperty().subscribe(conversation -> linesPane.show(conversation == null ? null : conversation.lines()));
        doNotDisturb.selectedProperty().bindBidirectional(actions.doNotDisturb());
        // The hosting window can be closed while the group stays open: this brings it back.
        hostingButton.visibleProperty().bind(actions.hostingGroup());
        hostingButton.managedProperty().bind(hostingButton.visibleProperty());
        new InputBox(input, chat);
        attaching = Attaching.install(chat, actions.chooseFiles(), zone, attachButton, attachHolder, conversationPane, dropHint,
                input);
        ComposeBar.bind(composeBar, composeWords, composeCancel, chat);
        chat.selectedProperty().flatMap(Conversation::unreadMarkProperty)
                .subscribe(mark -> firstUnread.setVisible(mark != null));
        FindBar find = new FindBar(findBar, findField, findStatus, findOlder, findNewer, findClose, chat);
        findField.sceneProperty().subscribe(scene -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), find::open);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        () -> SearchEverywhere.open(scene.getWindow(), chat, zone));
            }
        });
        draftCount.textProperty().bind(chat.draft().countProperty());
        chat.draft().tooLongProperty().subscribe(over -> draftCount.pseudoClassStateChanged(TOO_LONG, over));
        StatusLine.bind(status, fingerprint, chat.statusBar());
        WindowHooks.install(chat, conversations, input);
        ticker.play();
    }

    /** A failed line's Edit: its text is in the input now, ready to change. */
    private void edit(ChatLine.MessageLine line) {
        chat.failedLines().edit(line);
        input.requestFocus();
        input.end();
    }

    /** To the "new messages" line; the button has done its work until the next one. */
    @FXML
    private void showFirstUnread() {
        Conversation open = chat.selectedProperty().get();
        if (open != null && open.unreadMarkProperty().get() != null) {
            linesPane.reveal(open.unreadMarkProperty().get());
        }
        firstUnread.setVisible(false);
    }

    @FXML
    private void showNewest() {
        linesPane.jumpToEnd();
    }

    /** The attach button: choose files to send. */
    @FXML
    private void attach() {
        attaching.choose();
    }

    @FXML
    private void join() {
        if (chat.joinRoom(joinField.getText().strip()) == SubmitResult.DONE) {
            joinField.clear();
        }
    }

    @FXML
    private void openPreferences() {
        actions.openPreferences().run();
    }

    @FXML
    private void showHosting() {
        actions.showHosting().run();
    }

    @FXML
    private void disconnect() {
        ticker.stop();
        actions.disconnect().run();
    }

    /** For tests: the controller behind a loaded root. */
    /** A picture of the conversation, here on this computer, shown large. */
    private void openPicture(ChatLine.Attachment file, java.nio.file.Path local) {
        PictureViewer.open(lines.getScene().getWindow(), file, local, chat.files(), actions.chooseSaveTarget());
    }

    public static MainView of(Parent root) {
        return (MainView) root.getUserData();
    }

    /** Stops the once-a-second tick when the window goes away. */
    public void dispose() {
        ticker.stop();
    }
}
