package dev.hearth.client.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.Languages;
import dev.hearth.client.net.ClientEvent;
import dev.hearth.client.net.ProblemCause;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Connection problems are told in the UI's language, not in the operating system's English. */
class ChatTextTest {
    private static final String OS_WORDING = "Connection refused";
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{3,}");
    private final ChatText english = new ChatText(I18n.bundle(MainView.class.getName(), Locale.ENGLISH));
    private final ChatText chinese = new ChatText(I18n.bundle(MainView.class.getName(), Languages.SIMPLIFIED_CHINESE));

    @ParameterizedTest
    @EnumSource(value = ProblemCause.class, names = {"OTHER", "UNREADABLE"}, mode = EnumSource.Mode.EXCLUDE)
    void everyCauseWeCanNameIsASentenceOfOurOwn(ProblemCause cause) {
        ClientEvent.Problem problem = new ClientEvent.Problem(cause, OS_WORDING);
        assertFalse(english.problem(problem).contains(OS_WORDING), english.problem(problem));
        assertFalse(ENGLISH_WORD.matcher(chinese.problem(problem).replace("hearth+tcp", "")).find(), chinese.problem(problem));
    }

    @Test
    void whatWeCannotNameIsShownAsGiven() {
        assertEquals("Broken pipe", chinese.problem(new ClientEvent.Problem(ProblemCause.OTHER, "Broken pipe")));
        assertEquals("中继发来了 Hearth 无法读取的内容（bad json）。",
                chinese.problem(new ClientEvent.Problem(ProblemCause.UNREADABLE, "bad json")));
    }

    @Test
    void theConnectScreenNamesTheRelayAndTheCause() {
        String text = chinese.format("problem.unreachable", "127.0.0.1:7777",
                chinese.problem(new ClientEvent.Problem(ProblemCause.REFUSED, OS_WORDING)));
        assertEquals("无法连接到 127.0.0.1:7777：该端口没有响应。中继是否在运行，端口是否已转发？", text);
    }
}
