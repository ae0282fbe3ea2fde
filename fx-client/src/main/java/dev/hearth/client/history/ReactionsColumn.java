package dev.hearth.client.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A message's reactions in one text column, as the wire shows them: {@code {"👍":["bob","carol"]}}, order kept. */
final class ReactionsColumn {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, List<String>>> TYPE = new TypeReference<>() {};

    private ReactionsColumn() {}

    static String write(Map<String, List<String>> reactions) {
        if (reactions.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(reactions);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    static Map<String, List<String>> read(String column) {
        if (column == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(column, TYPE);
        } catch (JsonProcessingException damaged) {
            return Map.of(); // reactions are decoration: a damaged cell never hides the message
        }
    }
}
