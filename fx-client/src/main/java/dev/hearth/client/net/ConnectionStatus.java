package dev.hearth.client.net;

/** What the status bar shows about the link to the relay. */
public enum ConnectionStatus {
    /** First contact: connecting, TLS handshake or login in progress. */
    CONNECTING,
    /** Logged in; envelopes flow. */
    CONNECTED,
    /** The connection dropped; the client waits out its backoff and resumes the session. */
    RECONNECTING,
    /** Not connected and not trying: never started, closed by the user, or stopped by a fatal refusal. */
    OFFLINE
}
