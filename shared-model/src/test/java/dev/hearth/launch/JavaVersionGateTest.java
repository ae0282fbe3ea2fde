package dev.hearth.launch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The gate's parts; the jar tests of the relay and the client run it for real on an old Java. */
class JavaVersionGateTest {

    @Test
    void readsBothStylesOfSpecificationVersion() {
        assertEquals(8, JavaVersionGate.featureRelease("1.8"));
        assertEquals(17, JavaVersionGate.featureRelease("17"));
        assertEquals(25, JavaVersionGate.featureRelease("25"));
        assertEquals(26, JavaVersionGate.featureRelease("26-ea"));
        assertEquals(0, JavaVersionGate.featureRelease(null));
        assertEquals(0, JavaVersionGate.featureRelease("x"));
    }

    @Test
    void saysInOneLineWhatIsNeededAndWhatToDo() {
        assertEquals("hearth-relay needs Java 25 or newer; this is Java 17 (/usr/lib/jvm/java-17-openjdk-amd64)."
                        + " Set JAVA_HOME to a Java 25 and use its bin/java, or install one (e.g. Temurin 25).",
                JavaVersionGate.tooOld("hearth-relay", 25, 17, "/usr/lib/jvm/java-17-openjdk-amd64"));
    }

    @Test
    void passesTheArgumentsThroughUnchanged() throws Throwable {
        String[] args = {"--motd", "two  words *", "", "ü"};
        JavaVersionGate.callMain(RecordingMain.class.getName(), args);

        assertSame(args, RecordingMain.received);
        assertArrayEquals(new String[] {"--motd", "two  words *", "", "ü"}, RecordingMain.received);
    }

    @Test
    void whatTheRealMainThrowsComesOutUnwrapped() {
        Exception thrown = assertThrows(Exception.class,
                () -> JavaVersionGate.callMain(ThrowingMain.class.getName(), new String[0]));

        assertSame(ThrowingMain.FAILURE, thrown);
    }

    @Test
    void isCompiledForJava8() throws IOException {
        try (InputStream in = JavaVersionGate.class.getResourceAsStream("JavaVersionGate.class");
                DataInputStream data = new DataInputStream(in)) {
            assertEquals(0xCAFEBABE, data.readInt());
            data.readUnsignedShort(); // minor version
            assertEquals(52, data.readUnsignedShort(), "class file major version 52 is Java 8");
        }
    }

    static final class RecordingMain {
        static String[] received;

        public static void main(String[] args) {
            received = args;
        }
    }

    static final class ThrowingMain {
        static final Exception FAILURE = new java.io.IOException("from the real main");

        public static void main(String[] args) throws Exception {
            throw FAILURE;
        }
    }
}
