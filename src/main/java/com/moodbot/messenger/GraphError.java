package com.moodbot.messenger;

import com.moodbot.logging.LogSafe;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Graph API error ({@code {"error":{"code":..,"error_subcode":..,"fbtrace_id":..}}}), its text fit for one
 * log line, and what to do about it: retry transient ones, pause on rate limits, give up on permanent ones, and
 * never send again what Facebook may already have (no answer after the request was sent, a gateway timeout).
 */
public record GraphError(int status, int code, int subcode, String message, String fbtraceId) {

    /** {@link #MAY_HAVE_ARRIVED}: not sent again, and the caller goes on as if it had arrived. */
    public enum Action { RETRY, PAUSE_AND_RETRY, GIVE_UP, MAY_HAVE_ARRIVED }

    /** The status {@link #unanswered} carries: the request went out and no answer came. */
    private static final int UNANSWERED = -1;

    private static final Set<Integer> TRANSIENT_CODES = Set.of(1, 2, 1200);
    private static final Set<Integer> RATE_LIMIT_CODES = Set.of(4, 613);
    /** The token is bad (190), the Page may not message (200, 10) or the person cannot be reached (551). */
    private static final Set<Integer> UNREACHABLE_CODES = Set.of(10, 190, 200, 551);
    /** How Facebook's Page and user access tokens begin. */
    private static final Pattern ACCESS_TOKEN = Pattern.compile("EAA[A-Za-z0-9]{16,}");

    public Action action() {
        if (status == UNANSWERED || (status == 504 && code == 0)) {
            return Action.MAY_HAVE_ARRIVED;
        }
        if (RATE_LIMIT_CODES.contains(code) || status == 429) {
            return Action.PAUSE_AND_RETRY;
        }
        if (TRANSIENT_CODES.contains(code) || (status >= 500 && code == 0) || status == 0) {
            return Action.RETRY;
        }
        return Action.GIVE_UP;
    }

    /** Whether nothing can reach the person now, so an answer's other requests would fail the same way. */
    public boolean unreachable() {
        return UNREACHABLE_CODES.contains(code);
    }

    /** A failure with no HTTP answer before the request was sent (refused connection, connect timeout). */
    public static GraphError noResponse(String what) {
        return new GraphError(0, 0, 0, what, "-");
    }

    /** No answer within the read timeout after the request was sent: Facebook may have it. */
    public static GraphError unanswered(String what) {
        return new GraphError(UNANSWERED, 0, 0, what, "-");
    }

    /**
     * @param token the access token the request carried, kept out of the message whatever its shape (one under 8
     *              characters, a test's, is no token Facebook would echo)
     */
    public static GraphError parse(JsonMapper json, int status, Optional<String> body, @Nullable String token) {
        try {
            JsonNode error = body.isPresent() ? json.readValue(body.get(), JsonNode.class).get("error") : null;
            if (error != null && error.isObject()) {
                String message = string(error, "message");
                if (token != null && token.length() >= 8) {
                    message = message.replace(token, "[access token]");
                }
                return new GraphError(status, number(error, "code"), number(error, "error_subcode"),
                        loggable(message), LogSafe.value(string(error, "fbtrace_id")));
            }
        } catch (Exception ignored) {
            // not a Graph error body; fall through
        }
        return new GraphError(status, 0, 0, "HTTP " + status, "-");
    }

    /** Facebook's words as one log line: no line breaks, a length cap, and no access token even if it echoes one. */
    private static String loggable(String message) {
        return LogSafe.value(ACCESS_TOKEN.matcher(message).replaceAll("[access token]"), 200);
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
