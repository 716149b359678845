package com.moodbot.messenger;

import io.micronaut.json.tree.JsonNode;
import java.util.List;
import java.util.Optional;

/** Lenient reads of a webhook body's fields: a field of the wrong type reads as missing. */
final class JsonFields {

    static final int MAX_ID = 128;

    private JsonFields() {
    }

    static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode a = node.get(field);
        return a != null && a.isArray() ? a.values() : List.of();
    }

    static Optional<JsonNode> object(JsonNode node, String field) {
        JsonNode o = node.get(field);
        return o != null && o.isObject() ? Optional.of(o) : Optional.empty();
    }

    static Optional<String> text(JsonNode node, String field) {
        JsonNode t = node.get(field);
        return t != null && t.isString() ? Optional.of(t.getStringValue()) : Optional.empty();
    }

    static Optional<String> id(JsonNode node, String field) {
        return text(node, field).filter(s -> !s.isBlank() && s.length() <= MAX_ID);
    }

    static boolean bool(JsonNode node, String field) {
        JsonNode b = node.get(field);
        return b != null && b.isBoolean() && b.getBooleanValue();
    }
}
