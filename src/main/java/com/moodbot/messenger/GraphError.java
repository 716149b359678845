package com.moodbot.messenger;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.util.Optional;
import java.util.Set;

/**
 * A Graph API error ({@code {"error":{"code":..,"error_subcode":..,"fbtrace_id":..}}}) and what to do
 * about it: retry transient ones, pause on rate limits, give up on permanent ones.
 */
public record GraphError(int status, int code, int subcode, String message, String fbtraceId) {

    public enum Action { RETRY, PAUSE_AND_RETRY, GIVE_UP }

    private static final Set<Integer> TRANSIENT_CODES = Set.of(1, 2, 1200);
    private static final Set<Integer> RATE_LIMIT_CODES = Set.of(4, 613);

    public Action action() {
        if (RATE_LIMIT_CODES.contains(code)) {
            return Action.PAUSE_AND_RETRY;
        }
        if (TRANSIENT_CODES.contains(code) || (status >= 500 && code == 0) || status == 0) {
            return Action.RETRY;
        }
        return Action.GIVE_UP;
    }

    /** A failure with no HTTP answer at all (timeout, refused connection). */
    public static GraphError noResponse(String what) {
        return new GraphError(0, 0, 0, what, "-");
    }

    public static GraphError parse(JsonMapper json, int status, Optional<String> body) {
        try {
            JsonNode error = body.isPresent() ? json.readValue(body.get(), JsonNode.class).get("error") : null;
            if (error != null && error.isObject()) {
                return new GraphError(status, number(error, "code"), number(error, "error_subcode"),
                        string(error, "message"), string(error, "fbtrace_id"));
            }
        } catch (Exception ignored) {
            // not a Graph error body; fall through
        }
        return new GraphError(status, 0, 0, "HTTP " + status, "-");
    }

    private static int number(JsonNode node, String field) {
        JsonNode n = node.get(field);
        return n != null && n.isNumber() ? n.getNumberValue().intValue() : 0;
    }

    private static String string(JsonNode node, String field) {
        JsonNode n = node.get(field);
        return n != null && n.isString() ? n.getStringValue() : "-";
    }
}
