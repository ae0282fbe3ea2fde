package dev.hearth.client.chat;

/** Whether the other person of a direct conversation is on the relay, as far as we have heard. */
public enum Online { UNKNOWN, ONLINE, OFFLINE }
