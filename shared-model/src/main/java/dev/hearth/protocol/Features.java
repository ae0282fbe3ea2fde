package dev.hearth.protocol;

import java.util.List;

/**
 * The protocol 1.1 features a relay may list in {@code welcome.features}. A client uses one only
 * when its relay lists it; a relay without the list (version 1) offers none of them.
 */
public final class Features {
    private Features() {}

    /** Every message and dm carries a {@code mid}. */
    public static final String MID = "mid";
    /** {@code say} and {@code dm} may name the message they answer. */
    public static final String REPLY = "reply";
    /** {@code react} and {@code reaction}. */
    public static final String REACT = "react";
    /** {@code edit} and {@code edited}. */
    public static final String EDIT = "edit";
    /** {@code delete} and {@code deleted}. */
    public static final String DELETE = "delete";
    /** Offers, chunks and fetches of files. */
    public static final String FILE = "file";

    /** Every feature of protocol 1.1, in the order the contract lists them. */
    public static final List<String> ALL = List.of(MID, REPLY, REACT, EDIT, DELETE, FILE);
}
