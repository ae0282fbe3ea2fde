package dev.hearth.client.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * Converts between a position in a message's text and one in its {@code TextFlow}: text runs
 * count their characters in both, but an emoji drawn as a picture is several characters of text
 * and one place in the flow. A text position inside an emoji moves to its start, so a selection
 * takes an emoji whole or not at all. Built once per message; FX thread.
 */
final class FlowIndex {

    /** One piece of the flow: where it starts and ends in the text and in the flow. */
    private record Piece(int textStart, int textEnd, int flowStart, int flowEnd) {}

    private final List<Piece> pieces = new ArrayList<>();
    private int textLength;
    private int flowLength;

    void addText(int length) {
        add(length, length);
    }

    void addPicture(int textLength) {
        add(textLength, 1);
    }

    private void add(int text, int flow) {
        pieces.add(new Piece(textLength, textLength + text, flowLength, flowLength + flow));
        textLength += text;
        flowLength += flow;
    }

    int toFlow(int textIndex) {
        for (Piece piece : pieces) {
            if (textIndex < piece.textEnd()) {
                boolean picture = piece.flowEnd() - piece.flowStart() != piece.textEnd() - piece.textStart();
                return piece.flowStart() + (picture ? 0 : textIndex - piece.textStart());
            }
        }
        return flowLength;
    }

    int toText(int flowIndex) {
        for (Piece piece : pieces) {
            if (flowIndex < piece.flowEnd()) {
                boolean picture = piece.flowEnd() - piece.flowStart() != piece.textEnd() - piece.textStart();
                return piece.textStart() + (picture ? 0 : flowIndex - piece.flowStart());
            }
        }
        return textLength;
    }
}
