package dev.hearth.client.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OwnNickTest {

    @Test
    void theTypedNickFirstThenTheAccountNameThenHost() {
        assertEquals("小明", OwnNick.choose(" 小明 ", "ming"));
        assertEquals("ming", OwnNick.choose("", "ming"));
        assertEquals("ming", OwnNick.choose("@bad nick", "ming"));
        assertEquals("host", OwnNick.choose("", null));
        assertEquals("host", OwnNick.choose(null, "#also bad"));
    }
}
