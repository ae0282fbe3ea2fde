package dev.hearth.client.lan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LanSettingTest {

    @Test
    void listensOnTheMainAddressUnlessTurnedOff() {
        assertEquals(new LanSetting.On(null), LanSetting.from(props(null)));
        assertEquals(new LanSetting.On(null), LanSetting.from(props(" ON ")));
        assertEquals(new LanSetting.Off(), LanSetting.from(props("off")));
        assertEquals(new LanSetting.Off(), LanSetting.from(props("OFF")));
    }

    @Test
    void anAddressChoosesTheNetworkAndANameIsNeverLookedUp() throws Exception {
        assertEquals(new LanSetting.On(InetAddress.getByName("10.213.0.1")), LanSetting.from(props("10.213.0.1")));
        assertEquals(new LanSetting.On(InetAddress.getByName("fe80::1")), LanSetting.from(props("fe80::1")));
        assertEquals(new LanSetting.Off(), LanSetting.from(props("kitchen.local")));
    }

    private static Properties props(String value) {
        Properties properties = new Properties();
        if (value != null) {
            properties.setProperty(LanSetting.PROPERTY, value);
        }
        return properties;
    }
}
