package dev.hearth.client.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.Languages;
import dev.hearth.client.net.ConnectRequest;
import dev.hearth.client.net.RelayAddress;
import dev.hearth.client.settings.RecentRelay;
import dev.hearth.client.settings.RecentRelays;
import dev.hearth.lan.LanRecord;
import dev.hearth.protocol.ErrorCode;
import dev.hearth.protocol.ErrorReply;
import dev.hearth.protocol.InvalidInviteException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConnectViewModelTest {

    static final String FP = "sha256:3q2-7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    @TempDir Path temp;
    private final List<ConnectRequest> requests = new ArrayList<>();
    private RecentRelays store;
    private ConnectViewModel model;

    @BeforeEach
    void setUp() {
        store = new RecentRelays(temp);
        model = newModel(Locale.ENGLISH);
    }

    private ConnectViewModel newModel(Locale locale) {
        return new ConnectViewModel(store, I18n.bundle(ConnectView.class.getName(), locale), requests::add);
    }

    @Test
    void tlsInviteFillsHostPortFingerprintAndPassword() {
        model.inviteProperty().set("  hearth://relay.example.org:7443?fp=" + FP + "&pw=open%20sesame ");
        assertEquals("", model.inviteErrorProperty().get());
        assertEquals("relay.example.org", model.hostProperty().get());
        assertEquals("7443", model.portProperty().get());
        assertFalse(model.plaintextProperty().get());
        assertEquals(FP, model.fingerprintProperty().get());
        assertEquals("open sesame", model.passwordProperty().get());
    }

    @Test
    void plaintextInviteTicksPlaintextAndHasNoFingerprint() {
        model.inviteProperty().set("hearth+tcp://[fe80::1%25eth0]:7777");
        assertEquals("fe80::1%eth0", model.hostProperty().get());
        assertTrue(model.plaintextProperty().get());
        assertEquals("", model.fingerprintProperty().get());
    }

    @Test
    void badInviteShowsWhy() {
        model.inviteProperty().set("http://example.org");
        assertEquals("Not a valid Hearth invite: \u201Chttp://\u201D is neither hearth:// nor hearth+tcp://.",
                model.inviteErrorProperty().get());
        model.inviteProperty().set("");
        assertEquals("", model.inviteErrorProperty().get());
    }

    @Test
    void tlsInviteWithoutFingerprintIsRefused() {
        model.inviteProperty().set("hearth://relay.example.org:7777");
        assertTrue(model.inviteErrorProperty().get().contains("no fingerprint"), model.inviteErrorProperty().get());
        assertEquals("", model.hostProperty().get());
    }

    @Test
    void inviteErrorsAreTranslated() {
        ConnectViewModel chinese = newModel(Languages.SIMPLIFIED_CHINESE);
        chinese.inviteProperty().set("hearth://relay.example.org:7777");
        assertTrue(chinese.inviteErrorProperty().get().startsWith("不是有效的 Hearth 邀请：缺少指纹"),
                chinese.inviteErrorProperty().get());
        chinese.inviteProperty().set("hearth://relay.example.org:7777?fp=" + FP + "&fp=" + FP);
        assertEquals("不是有效的 Hearth 邀请：“fp”出现了不止一次。", chinese.inviteErrorProperty().get());
    }

    @ParameterizedTest
    @EnumSource(InvalidInviteException.Mistake.class)
    void everyInviteMistakeHasASentenceInEveryLanguage(InvalidInviteException.Mistake mistake) {
        for (Locale locale : I18n.supported()) {
            ResourceBundle bundle = I18n.bundle(ConnectView.class.getName(), locale);
            assertTrue(bundle.containsKey("invite.reason." + mistake.name()), locale + " lacks " + mistake);
        }
    }

    @Test
    void editingTheAddressDropsThePinFromTheInvite() {
        model.inviteProperty().set("hearth://relay.example.org:7443?fp=" + FP);
        model.hostProperty().set("other.example.org");
        assertEquals("", model.fingerprintProperty().get());
    }

    @Test
    void aRelayFromTheLocalNetworkFillsTheAddressButIsNeverPinnedOnItsAnnouncement() {
        model.inviteProperty().set("hearth://other.example.org:7443?fp=" + FP); // an earlier pin must not stay
        String announced = "sha256:" + "L".repeat(43);
        model.useLan(new LanRecord("Hearth on kitchen", "192.168.1.20", 7777, announced, true, 1));
        model.nickProperty().set("alice");

        assertEquals("192.168.1.20", model.hostProperty().get());
        assertEquals("7777", model.portProperty().get());
        assertFalse(model.plaintextProperty().get());
        assertEquals("", model.fingerprintProperty().get(), "no pin");
        assertEquals(announced, model.announcedProperty().get());
        assertTrue(model.connect());

        ConnectRequest request = requests.getLast();
        assertNull(request.fingerprint(), "the first contact asks the user");
        assertEquals(announced, request.announced());
        assertEquals(new RelayAddress("192.168.1.20", 7777, true), request.address());
    }

    @Test
    void aRelayWithoutTlsOnTheLocalNetworkTicksPlaintext() {
        model.useLan(new LanRecord("Hearth on test", "10.0.0.2", 7000, null, false, 1));

        assertTrue(model.plaintextProperty().get());
        assertEquals("", model.announcedProperty().get());
    }

    @Test
    void editingTheAddressOrPastingAnInviteDropsTheAnnouncedFingerprint() {
        LanRecord kitchen = new LanRecord("Hearth on kitchen", "192.168.1.20", 7777, FP, true, 1);
        model.useLan(kitchen);
        model.portProperty().set("7778");
        assertEquals("", model.announcedProperty().get());

        model.useLan(kitchen);
        model.inviteProperty().set("hearth://relay.example.org:7443?fp=" + FP);
        assertEquals("", model.announcedProperty().get());
        model.nickProperty().set("alice");
        model.connect();
        assertNull(requests.getLast().announced());
        assertEquals(FP, requests.getLast().fingerprint(), "the invite's pin, as before");
    }

    @Test
    void nickRuleIsShownAsTyped() {
        model.nickProperty().set("@alice");
        assertEquals("A nick cannot start with \u201C@\u201D.", model.nickErrorProperty().get());
        model.nickProperty().set("al ice");
        assertEquals("A nick cannot contain spaces or other whitespace (U+0020 at position 3).",
                model.nickErrorProperty().get());
        model.nickProperty().set("小明");
        assertEquals("", model.nickErrorProperty().get());
    }

    @Test
    void nickRuleIsTranslated() {
        ConnectViewModel chinese = newModel(Languages.SIMPLIFIED_CHINESE);
        chinese.nickProperty().set("x".repeat(33));
        assertEquals("昵称最多 32 个字符（当前有 33 个）。", chinese.nickErrorProperty().get());
        chinese.nickProperty().set("小\u200B明");
        assertEquals("昵称不能包含不可见的格式字符（第 2 个字符 U+200B）。", chinese.nickErrorProperty().get());
    }

    @Test
    void connectIsEnabledOnlyWhenHostPortAndNickAreValid() {
        assertFalse(model.canConnectProperty().get());
        model.hostProperty().set("relay.example.org");
        model.nickProperty().set("alice");
        assertTrue(model.canConnectProperty().get());
        model.portProperty().set("70000");
        assertFalse(model.canConnectProperty().get());
        assertEquals("The port is a number from 1 to 65535.", model.portErrorProperty().get());
        model.portProperty().set("7777");
        model.hostProperty().set("bad host");
        assertFalse(model.canConnectProperty().get());
        assertFalse(model.hostErrorProperty().get().isEmpty());
        assertFalse(model.connect());
        assertTrue(requests.isEmpty());
    }

    @Test
    void connectProducesTheRequest() {
        model.inviteProperty().set("hearth://relay.example.org:7443?fp=" + FP);
        model.nickProperty().set("alice");
        model.passwordProperty().set("pw");
        assertTrue(model.connect());
        assertEquals(List.of(new ConnectRequest(new RelayAddress("relay.example.org", 7443, true), FP, "alice", "pw")),
                requests);
    }

    @Test
    void manualConnectionHasNoPinAndEmptyPasswordIsNull() {
        model.hostProperty().set("10.0.0.5");
        model.nickProperty().set("bob");
        model.plaintextProperty().set(true);
        model.connect();
        assertEquals(new ConnectRequest(new RelayAddress("10.0.0.5", 7777, false), null, "bob", null), requests.getFirst());
    }

    @Test
    void passwordIsSavedOnlyWhenRemembered() throws Exception {
        model.hostProperty().set("relay.example.org");
        model.nickProperty().set("alice");
        model.passwordProperty().set("hunter2");
        model.connect();
        model.connected("alice");
        assertNull(store.load().getFirst().password());
        assertFalse(Files.readString(store.file()).contains("hunter2"));
        model.rememberPasswordProperty().set(true);
        model.connect();
        model.connected("alice");
        assertEquals("hunter2", store.load().getFirst().password());
        assertEquals(1, model.recentRelays().size());
    }

    @Test
    void onlyARelayThatLetUsInIsRememberedAndWithTheNickInUse() {
        model.hostProperty().set("relay.example.org");
        model.nickProperty().set("alice");
        model.connect();
        model.showRefusal(ErrorReply.of(ErrorCode.NICK_TAKEN, "taken", null));
        assertEquals(List.of(), store.load(), "a refused attempt is not a recent relay");
        assertEquals(List.of(), model.recentRelays());

        model.nickProperty().set("alice2");
        model.connect();
        model.connected("alice2");
        model.connected("queen"); // a /nick later
        assertEquals("queen", store.load().getFirst().nick());
        assertEquals("queen", model.recentRelays().getFirst().nick());
        assertEquals("queen", model.nickProperty().get(), "the form offers the nick in use next time");
    }

    @Test
    void theRememberBoxSaysWhereAPasswordIsKept() {
        assertEquals("Remember password on this computer (in Hearth\u2019s settings file, readable only by you)",
                model.rememberLabel());
    }

    @Test
    void theRoomsYouWereInAreJoinedAgainWithOneClick() {
        assertNull(model.lastRelayProperty().get(), "nothing to reconnect to yet");
        assertFalse(model.reconnectLast());
        model.hostProperty().set("relay.example.org");
        model.nickProperty().set("alice");
        model.rememberPasswordProperty().set(true);
        model.passwordProperty().set("pw");
        model.connect();
        model.connected("alice");
        model.roomsNow(List.of("kitchen"));
        model.roomsNow(List.of("kitchen", "lobby"));

        ConnectViewModel later = newModel(Locale.ENGLISH);
        assertEquals("relay.example.org:7777", later.lastRelayProperty().get().key());
        assertTrue(later.reconnectLast());
        ConnectRequest again = requests.getLast();
        assertEquals(List.of("kitchen", "lobby"), again.rooms());
        assertEquals("alice", again.nick());
        assertEquals("pw", again.password());

        later.hostProperty().set("other.example.org");
        later.connect();
        assertEquals(List.of(), requests.getLast().rooms(), "another relay's rooms are not joined here");
    }

    @Test
    void noPasswordToARelayThatNeedsOneSaysSoAndFocusesThePassword() {
        model.hostProperty().set("relay.example.org");
        model.nickProperty().set("alice");
        model.connect();
        model.showRefusal(ErrorReply.of(ErrorCode.AUTH_FAILED, "no", null));
        assertEquals("This relay needs a password. Ask your host for it, or for an invite that carries it.",
                model.passwordErrorProperty().get());
        assertEquals(ConnectViewModel.Field.PASSWORD, model.focusProperty().get());

        model.passwordProperty().set("guess");
        model.connect();
        assertNull(model.focusProperty().get());
        model.showRefusal(ErrorReply.of(ErrorCode.AUTH_FAILED, "no", null));
        assertEquals("Wrong password. Ask your host for the right one.", model.passwordErrorProperty().get());
        model.showRefusal(ErrorReply.of(ErrorCode.NICK_TAKEN, "taken", null));
        assertEquals(ConnectViewModel.Field.NICK, model.focusProperty().get());
    }

    @Test
    void choosingARecentRelayFillsTheForm() {
        RecentRelay recent = new RecentRelay("relay.example.org", 7443, true, "alice", FP, "pw");
        model.useRecent(recent);
        assertEquals("relay.example.org", model.hostProperty().get());
        assertEquals(FP, model.fingerprintProperty().get());
        assertEquals("alice", model.nickProperty().get());
        assertEquals("pw", model.passwordProperty().get());
        assertTrue(model.rememberPasswordProperty().get());
        assertTrue(model.canConnectProperty().get());
    }

    @Test
    void refusalsAppearWhereTheUserCanFixThem() {
        model.nickProperty().set("alice");
        model.showRefusal(ErrorReply.of(ErrorCode.NICK_TAKEN, "taken", null));
        assertTrue(model.nickErrorProperty().get().contains("\"alice\""), model.nickErrorProperty().get());
        model.nickProperty().set("alice2");
        assertEquals("", model.nickErrorProperty().get());

        model.showRefusal(ErrorReply.of(ErrorCode.AUTH_FAILED, "no", null));
        assertTrue(model.passwordErrorProperty().get().contains("password"), model.passwordErrorProperty().get());
        model.passwordProperty().set("again");
        assertEquals("", model.passwordErrorProperty().get());

        model.showRefusal(ErrorReply.of(ErrorCode.THROTTLED, "slow down", null));
        assertTrue(model.bannerProperty().get().startsWith("Too many failed attempts"));
        model.showRefusal(ErrorReply.of(ErrorCode.UNSUPPORTED_VERSION, "v2", null));
        assertTrue(model.bannerProperty().get().contains("different version"));
        model.showRefusal(new ErrorReply("future-code", "?", null, true));
        assertTrue(model.bannerProperty().get().contains("future-code"));
    }

    @Test
    void refusalsAreTranslated() {
        ConnectViewModel chinese = newModel(Languages.SIMPLIFIED_CHINESE);
        chinese.showRefusal(ErrorReply.of(ErrorCode.AUTH_FAILED, "no", null));
        assertEquals("这个中继需要密码。请向主持人索取密码，或索取带密码的邀请。", chinese.passwordErrorProperty().get());
        chinese.showRefusal(ErrorReply.of(ErrorCode.NICK_INVALID, "no", null));
        assertEquals("中继不接受这个昵称。请换一个。", chinese.nickErrorProperty().get());
    }
}
