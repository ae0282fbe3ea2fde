package dev.hearth.client.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.compose.Command.Problem;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class HelpTextTest {
    private final ResourceBundle english = ComposeBundle.load(Locale.ENGLISH);
    private final ResourceBundle chinese = ComposeBundle.load(Locale.SIMPLIFIED_CHINESE);

    @Test
    void overviewListsEveryCommandWithUsageAndDescription() {
        List<String> lines = new HelpText(english).lines(null);
        assertEquals("Commands (type /help COMMAND for more):", lines.getFirst());
        assertEquals(CommandSpec.values().length + 2, lines.size());
        assertEquals("/join ROOM  \u2014 Enter a room; a room nobody is in yet is created.", lines.get(1));
        for (String name : HelpText.commandNames()) {
            assertTrue(lines.stream().anyMatch(line -> line.startsWith("/" + name)), name);
        }
    }

    @Test
    void topicShowsUsageDescriptionAndAliases() {
        assertEquals(List.of("Usage: /leave [ROOM]", "Leave a room (this one when you name none).", "Also: /part"),
                new HelpText(english).lines("leave"));
        assertEquals(List.of("Usage: /quit", "Leave the relay."), new HelpText(english).lines("quit"));
    }

    @Test
    void topicIsInChineseWithTheChineseBundle() {
        assertEquals(List.of("用法：/mute [聊天室] [on|off]", "屏蔽或恢复某个聊天室的消息；不写 on 或 off 时在两者之间切换。", "别名：/i"),
                new HelpText(chinese).lines("mute"));
    }

    @Test
    void unknownTopicSaysSo() {
        assertEquals(List.of("There is no command /frob \u2014 type /help for the list"), new HelpText(english).lines("frob"));
    }

    @Test
    void problemsReadAsSentencesInBothLanguages() {
        Command usage = CommandParser.parse("/join");
        assertEquals("Usage: /join ROOM", ((Problem) usage).text(english));
        assertEquals("用法：/join 聊天室", ((Problem) usage).text(chinese));
        assertEquals("Unknown command /foo \u2014 type /help for the list", ((Problem) CommandParser.parse("/foo")).text(english));
        assertEquals("未知命令 /foo — 输入 /help 查看命令列表", ((Problem) CommandParser.parse("/foo")).text(chinese));
        assertEquals("\u201C#bob\u201D is not a nick: A nick cannot start with \u201C#\u201D.",
                ((Problem) CommandParser.parse("/msg #bob hi")).text(english));
        assertEquals("“#bob”不是有效的昵称：昵称不能以“#”开头。",
                ((Problem) CommandParser.parse("/msg #bob hi")).text(chinese));
        assertEquals("“##x”不是有效的聊天室名：聊天室名不能以“#”开头。",
                ((Problem) CommandParser.parse("/join ##x")).text(chinese));
    }
}
