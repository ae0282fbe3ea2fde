package dev.hearth.relay.reach;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Asks the gateway for its external address with NAT-PMP (RFC 6886, opcode 0). It is the quickest
 * way to learn whether a NAT-PMP or PCP router is there (a PCP server answers a version-0 request
 * with "unsupported version", RFC 6887 section 9) and, unlike the library, it keeps the router's
 * result code, which is the only way to tell "no router" from "the router refuses".
 */
final class NatPmpProbe {

    static final int PORT = 5351;
    private static final int ATTEMPTS = 3;

    private NatPmpProbe() {}

    /**
     * What the router answered.
     *
     * @param version 0 for NAT-PMP; a PCP-only router answers with its own version
     * @param externalAddress null unless {@code resultCode} is 0
     */
    record Answer(int version, int resultCode, InetAddress externalAddress) {

        boolean succeeded() {
            return resultCode == 0 && externalAddress != null;
        }

        /** RFC 6886 section 3.5, in words a host can act on. */
        String resultInWords() {
            return switch (resultCode) {
                case 0 -> "success";
                case 1 -> "it speaks a newer version (PCP) only";
                case 2 -> "not authorised: port mapping is switched off in the router's settings";
                case 3 -> "network failure: the router has no usable public address of its own (result 3);"
                        + " it may itself sit behind another router or the carrier's NAT";
                case 4 -> "out of resources: the router has no room for more mappings";
                case 5 -> "unsupported request";
                default -> "result code " + resultCode;
            };
        }
    }

    /** Empty when no answer came within {@code timeout} (three tries). */
    static Optional<Answer> ask(InetAddress gateway, Duration timeout) throws IOException {
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.connect(gateway, PORT);
            socket.setSoTimeout((int) Math.max(1, timeout.toMillis() / ATTEMPTS));
            byte[] request = {0, 0};
            byte[] buffer = new byte[64];
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                socket.send(new DatagramPacket(request, request.length));
                DatagramPacket reply = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(reply);
                } catch (SocketTimeoutException e) {
                    continue;
                }
                Optional<Answer> answer = parse(Arrays.copyOf(buffer, reply.getLength()));
                if (answer.isPresent()) {
                    return answer;
                }
            }
            return Optional.empty();
        }
    }

    /** A reply that is not a NAT-PMP answer to opcode 0 is ignored, as RFC 6886 says. */
    static Optional<Answer> parse(byte[] reply) {
        if (reply.length < 4) {
            return Optional.empty();
        }
        int version = reply[0] & 0xff;
        int opcode = reply[1] & 0xff;
        int resultCode = ((reply[2] & 0xff) << 8) | (reply[3] & 0xff);
        if (version != 0) {
            return Optional.of(new Answer(version, resultCode, null));
        }
        if (opcode != 128) {
            return Optional.empty();
        }
        InetAddress external = null;
        if (resultCode == 0 && reply.length >= 12) {
            try {
                external = InetAddress.getByAddress(Arrays.copyOfRange(reply, 8, 12));
            } catch (UnknownHostException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        return Optional.of(new Answer(version, resultCode, external));
    }
}
