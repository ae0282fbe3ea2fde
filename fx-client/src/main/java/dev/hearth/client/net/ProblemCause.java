package dev.hearth.client.net;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/**
 * Why a connection attempt failed, sorted into the few cases a person can act on differently. The
 * exception's own text comes from the operating system or the JDK, in English; the UI says these
 * in its own language instead.
 */
public enum ProblemCause {
    /** Nothing listens on that port, or a firewall rejects it. */
    REFUSED,
    /** The network has no route to the host. */
    UNREACHABLE,
    /** The host name does not resolve. */
    UNKNOWN_HOST,
    /** No answer in time. */
    TIMED_OUT,
    /** The TLS handshake failed for a reason other than the pin (e.g. a plaintext relay). */
    TLS_FAILED,
    /** The relay hung up before letting us in. */
    CLOSED,
    /** The relay sent something that is not protocol v1. */
    UNREADABLE,
    /** Anything else; the detail is shown as given. */
    OTHER;

    static ProblemCause of(Exception e) {
        return switch (e) {
            case ConnectException refused -> REFUSED;
            case NoRouteToHostException noRoute -> UNREACHABLE;
            case UnknownHostException unknown -> UNKNOWN_HOST;
            case SocketTimeoutException timeout -> TIMED_OUT;
            case SSLException tls -> TLS_FAILED;
            case EOFException closed -> CLOSED;
            case RelayConnection.UnreadableRelay unreadable -> UNREADABLE;
            default -> OTHER;
        };
    }
}
