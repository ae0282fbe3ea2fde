package dev.hearth.relay.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NatPmpProbeTest {

    @Test
    void readsTheRoutersPublicAddress() throws Exception {
        Optional<NatPmpProbe.Answer> answer = NatPmpProbe.parse(reply(0, 128, 0, 11, 22, 33, 1));

        assertTrue(answer.orElseThrow().succeeded());
        assertEquals(InetAddress.getByName("11.22.33.1"), answer.orElseThrow().externalAddress());
    }

    @Test
    void keepsTheRoutersReasonForSayingNo() {
        NatPmpProbe.Answer refused = NatPmpProbe.parse(reply(0, 128, 2, 0, 0, 0, 0)).orElseThrow();

        assertFalse(refused.succeeded());
        assertNull(refused.externalAddress());
        assertEquals("not authorised: port mapping is switched off in the router's settings",
                refused.resultInWords());
        assertTrue(NatPmpProbe.parse(reply(0, 128, 3, 0, 0, 0, 0)).orElseThrow().resultInWords()
                .contains("no usable public address"));
    }

    @Test
    void aPcpRouterAnswersWithItsOwnVersion() {
        NatPmpProbe.Answer pcp = NatPmpProbe.parse(new byte[] {2, (byte) 0x80, 0, 1}).orElseThrow();

        assertEquals(2, pcp.version());
        assertFalse(pcp.succeeded());
    }

    @Test
    void ignoresWhatIsNotAnAnswerToTheQuestion() {
        assertEquals(Optional.empty(), NatPmpProbe.parse(new byte[] {0, (byte) 128}));
        assertEquals(Optional.empty(), NatPmpProbe.parse(reply(0, 129, 0, 1, 2, 3, 4)), "a mapping answer");
    }

    @Test
    void asksOverUdpAndHearsTheAnswer() throws Exception {
        try (DatagramSocket router = router()) {
            Thread answering = Thread.ofVirtual().start(() -> answerOnce(router, reply(0, 128, 0, 100, 64, 0, 1)));

            Optional<NatPmpProbe.Answer> answer = NatPmpProbe.ask(router.getLocalAddress(), Duration.ofSeconds(3));

            answering.join();
            assertEquals(InetAddress.getByName("100.64.0.1"), answer.orElseThrow().externalAddress());
        }
    }

    @Test
    void silenceIsNoRouter() throws Exception {
        try (DatagramSocket router = router()) {
            assertEquals(Optional.empty(), NatPmpProbe.ask(router.getLocalAddress(), Duration.ofMillis(300)));
        }
    }

    /** A NAT-PMP port on a loopback address of its own, so nothing else on the machine is in the way. */
    private static DatagramSocket router() throws Exception {
        return new DatagramSocket(new InetSocketAddress(InetAddress.getByName("127.0.0.77"), NatPmpProbe.PORT));
    }

    private static void answerOnce(DatagramSocket router, byte[] answer) {
        try {
            DatagramPacket request = new DatagramPacket(new byte[16], 16);
            router.receive(request);
            if (request.getLength() == 2 && request.getData()[0] == 0 && request.getData()[1] == 0) {
                router.send(new DatagramPacket(answer, answer.length, request.getSocketAddress()));
            }
        } catch (SocketException closed) {
            // The test is over.
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** RFC 6886 section 3.2: version, opcode, result code, seconds since start, external address. */
    private static byte[] reply(int version, int opcode, int result, int a, int b, int c, int d) {
        return new byte[] {(byte) version, (byte) opcode, 0, (byte) result, 0, 0, 0, 42,
            (byte) a, (byte) b, (byte) c, (byte) d};
    }
}
