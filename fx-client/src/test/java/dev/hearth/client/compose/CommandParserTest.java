package dev.hearth.client.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.compose.Command.DirectMessage;
import dev.hearth.client.compose.Command.Empty;
import dev.hearth.client.compose.Command.Help;
import dev.hearth.client.compose.Command.Ignore;
import dev.hearth.client.compose.Command.Join;
import dev.hearth.client.compose.Command.Leave;
import dev.hearth.client.compose.Command.ListOnline;
import dev.hearth.client.compose.Command.Mute;
import dev.hearth.client.compose.Command.OpenDirect;
import dev.hearth.client.compose.Command.Problem;
import dev.hearth.client.compose.Command.Quit;
import dev.hearth.client.compose.Command.Rename;
import dev.hearth.client.compose.Command.Say;
import dev.hearth.client.compose.Command.Who;
import dev.hearth.model.NameCheck;
import dev.hearth.model.Nicknames;
import dev.hearth.model.RoomNames;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CommandParserTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("lines")
    void parsesEveryFormOfLine(String line, Command expected) {
        assertEquals(expected, CommandParser.parse(line));
    }

    static Stream<Arguments> lines() {
        return Stream.of(
                // plain text keeps inner spaces and line breaks exactly
                row("hello", new Say("hello")),
                row("hello   world", new Say("hello   world")),
                row("line one\n  line two\n\nline four", new Say("line one\n  line two\n\nline four")),
                row("  indented code", new Say("  indented code")),
                row("\n\nafter blank lines\n\n", new Say("after blank lines")),
                row("trailing spaces   ", new Say("trailing spaces")),
                row("你好，世界", new Say("你好，世界")),
                row("", new Empty()),
                row("   \n\t ", new Empty()),
                // the // escape sends one slash
                row("//shrug", new Say("/shrug")),
                row("// leading space", new Say("/ leading space")),
                row("//", new Say("/")),
                row("//join lobby", new Say("/join lobby")),
                row("text with /join inside", new Say("text with /join inside")),
                // join
                row("/join lobby", new Join("lobby")),
                row("/join #lobby", new Join("lobby")),
                row("/join ##lobby", invalidRoom("##lobby")),
                row("/JOIN Lobby", new Join("Lobby")),
                row("/j lobby", new Join("lobby")),
                row("  /join   lobby  ", new Join("lobby")),
                row("/join 茶馆", new Join("茶馆")),
                row("/join", usage("join")),
                row("/join   ", usage("join")),
                row("/join two words", invalidRoom("two words")),
                row("/join #", invalidRoom("#")),
                row("／join lobby", new Join("lobby")),
                // leave
                row("/leave", new Leave(null)),
                row("/leave lobby", new Leave("lobby")),
                row("/leave #lobby", new Leave("lobby")),
                row("/part lobby", new Leave("lobby")),
                row("/Leave", new Leave(null)),
                // direct messages
                row("/msg bob hi there", new DirectMessage("bob", "hi there")),
                row("/msg bob   spaced  out  ", new DirectMessage("bob", "spaced  out")),
                row("/msg bob line one\nline two", new DirectMessage("bob", "line one\nline two")),
                row("/msg bob\n  indented", new DirectMessage("bob", "  indented")),
                row("/msg @bob hi", new DirectMessage("bob", "hi")),
                row("/MSG bob hi", new DirectMessage("bob", "hi")),
                row("/msg 小明 你好", new DirectMessage("小明", "你好")),
                row("/msg bob", new OpenDirect("bob")),
                row("/msg", usage("msg")),
                row("/msg #bob hi", invalidNick("#bob")),
                row("@bob hi", new DirectMessage("bob", "hi")),
                row("@bob  two  spaces", new DirectMessage("bob", "two  spaces")),
                row("@小明 你好", new DirectMessage("小明", "你好")),
                row("＠小明 你好", new DirectMessage("小明", "你好")),
                row("@bob", new OpenDirect("bob")),
                row("@bob   ", new OpenDirect("bob")),
                row("@@bob hi", invalidNick("@bob")),
                row("@ not a nick", new Say("@ not a nick")),
                row("@", new Say("@")),
                // who and everyone
                row("/who", new Who(null)),
                row("/who lobby", new Who("lobby")),
                row("/who #lobby", new Who("lobby")),
                row("/names lobby", new Who("lobby")),
                row("/ls", new ListOnline()),
                row("/LS", new ListOnline()),
                row("/ls lobby", usage("ls")),
                // rename
                row("/nick alice2", new Rename("alice2")),
                row("/nick 小红", new Rename("小红")),
                row("/nick", usage("nick")),
                row("/nick two words", invalidNick("two words")),
                row("/nick /slash", invalidNick("/slash")),
                row("/nick zero\u200Bwidth", invalidNick("zero\u200Bwidth")),
                row("/nick " + "x".repeat(33), invalidNick("x".repeat(33))),
                // mute and its alias
                row("/mute", new Mute(null, null)),
                row("/mute on", new Mute(null, true)),
                row("/mute OFF", new Mute(null, false)),
                row("/mute lobby", new Mute("lobby", null)),
                row("/mute #lobby on", new Mute("lobby", true)),
                row("/mute lobby off", new Mute("lobby", false)),
                row("/mute #on", new Mute("on", null)),
                row("/i", new Mute(null, null)),
                row("/I off", new Mute(null, false)),
                row("/mute lobby maybe", usage("mute")),
                row("/mute a b on", usage("mute")),
                // ignore
                row("/ignore mallory", new Ignore("mallory", true)),
                row("/unignore mallory", new Ignore("mallory", false)),
                row("/ignore @mallory", new Ignore("mallory", true)),
                row("/ignore", usage("ignore")),
                row("/unignore", usage("unignore")),
                // help and quit
                row("/help", new Help(null)),
                row("/help join", new Help("join")),
                row("/help /JOIN", new Help("join")),
                row("/help part", new Help("leave")),
                row("/help frobnicate", Problem.of("problem.unknownHelpTopic", "frobnicate")),
                row("/quit", new Quit()),
                row("/QUIT see you", new Quit()),
                // not understood: never sent as text
                row("/foo", Problem.of("problem.unknownCommand", "foo")),
                row("/Foo bar baz", Problem.of("problem.unknownCommand", "Foo")),
                row("/", Problem.of("problem.emptyCommand")),
                row("/ hello", Problem.of("problem.emptyCommand")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hello|true", "//slash|true", "  hi|true", "@ x|true", "@|false", "/join|false", "/|false", "@bob hi|false", "＠小明|false",
        "／join|false", "''|false", "'   '|false"})
    void onlyConversationTextCountsAsTyping(String draft, boolean expected) {
        assertEquals(expected, CommandParser.isConversationText(draft));
    }

    @Test
    void problemsNeverBecomeText() {
        assertInstanceOf(Problem.class, CommandParser.parse("/unknown some text"));
    }

    @Test
    void acceptedNamesAreNfcNormalised() {
        String decomposed = "Ame\u0301lie";
        assertEquals(new Rename("Am\u00E9lie"), CommandParser.parse("/nick " + decomposed));
        assertTrue(CommandParser.parse("/join caf\u0065\u0301") instanceof Join(String room) && room.equals("caf\u00E9"));
        assertFalse(CommandParser.parse("/join café") instanceof Problem);
    }

    private static Arguments row(String line, Command expected) {
        return Arguments.of(line, expected);
    }

    private static Problem usage(String command) {
        return Problem.of("problem.usage", new Problem.Lookup("syntax." + command));
    }

    private static Problem invalidNick(String raw) {
        return Problem.of("problem.invalidNick", raw, reason(Nicknames.check(raw)));
    }

    /** The parser strips one leading {@code #} before asking the shared rule. */
    private static Problem invalidRoom(String raw) {
        String checked = raw.length() > 1 && raw.startsWith("#") ? raw.substring(1) : raw;
        return Problem.of("problem.invalidRoom", raw, reason(RoomNames.check(checked)));
    }

    private static NameCheck.Rejected reason(NameCheck check) {
        return (NameCheck.Rejected) check;
    }
}
