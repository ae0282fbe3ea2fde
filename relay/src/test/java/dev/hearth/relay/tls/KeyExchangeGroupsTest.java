package dev.hearth.relay.tls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class KeyExchangeGroupsTest {

    @Test
    void prefersTheHybridThenX25519ThenP256WhenTheJdkHasAllThree() {
        String[] supported = {"secp256r1", "ffdhe2048", "x25519", "X25519MLKEM768", "secp384r1", "ffdhe8192"};

        assertArrayEquals(new String[] {"X25519MLKEM768", "x25519", "secp256r1"},
                KeyExchangeGroups.chooseFrom(supported));
    }

    @Test
    void leavesOutTheHybridWhenTheJdkLacksIt() {
        String[] jdk25 = {"x25519", "secp256r1", "secp384r1", "secp521r1", "x448",
            "ffdhe2048", "ffdhe3072", "ffdhe4096", "ffdhe6144", "ffdhe8192"};

        assertArrayEquals(new String[] {"x25519", "secp256r1"}, KeyExchangeGroups.chooseFrom(jdk25));
    }

    @Test
    void keepsTheJdksSpellingOfEachName() {
        assertArrayEquals(new String[] {"x25519mlkem768", "X25519", "SECP256R1"},
                KeyExchangeGroups.chooseFrom(new String[] {"SECP256R1", "X25519", "x25519mlkem768"}));
    }

    @Test
    void aJdkWithNoneOfTheGroupsIsAnErrorNotARelayThatRefusesEveryone() {
        assertThrows(IllegalStateException.class,
                () -> KeyExchangeGroups.chooseFrom(new String[] {"ffdhe2048", "secp384r1"}));
    }
}
