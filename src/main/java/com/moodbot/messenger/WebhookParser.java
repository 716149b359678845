package com.moodbot.messenger;

import com.moodbot.channel.Channel;
import com.moodbot.conversation.InboundEvent;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a Messenger webhook body leniently: walks every {@code entry[]} and {@code messaging[]} item,
 * tolerates unknown fields and attachment types, skips (and counts) items that are malformed, and
 * ignores echoes, deliveries, reads, reactions and {@code standby}.
 */
@Singleton
public final class WebhookParser {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookParser.class);
    private static final int MAX_ID = 128;
    private final JsonMapper json;

    public WebhookParser(JsonMapper json) {
        this.json = json;
    }

    public record Parsed(List<InboundEvent> events, int skipped) {
    }

    public Parsed parse(byte[] body) {
        JsonNode root;
        try {
            root = json.readValue(body, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Webhook body is not JSON; ignored");
            return new Parsed(List.of(), 1);
        }
        List<InboundEvent> events = new ArrayList<>();
        int skipped = 0;
        if (root == null || !root.isObject() || !"page".equals(text(root, "object").orElse("page"))) {
            return new Parsed(events, root == null || !root.isObject() ? 1 : 0);
        }
        for (JsonNode entry : array(root, "entry")) {
            for (JsonNode item : array(entry, "messaging")) {
                Optional<InboundEvent> event;
                try {
                    event = item.isObject() ? event(item) : Optional.empty();
                } catch (RuntimeException e) {
                    event = Optional.empty();
                }
                if (event.isPresent()) {
                    events.add(event.get());
                } else if (item.isObject() && isMessageOrPostback(item)) {
                    skipped++;
                }
            }
        }
        return new Parsed(events, skipped);
    }

    private Optional<InboundEvent> event(JsonNode item) {
        Optional<String> person = object(item, "sender").flatMap(s -> id(s, "id"));
        Optional<JsonNode> message = object(item, "message");
        if (message.isPresent()) {
            JsonNode m = message.get();
            if (bool(m, "is_echo")) {
                return Optional.empty();
            }
            Optional<String> mid = id(m, "mid");
            if (person.isEmpty() || mid.isEmpty()) {
                return Optional.empty();
            }
            return message(person.get(), mid.get(), m);
        }
        Optional<JsonNode> postback = object(item, "postback");
        if (postback.isPresent() && person.isPresent()) {
            Optional<String> payload = text(postback.get(), "payload").filter(p -> !p.isBlank());
            String mid = id(postback.get(), "mid").orElseGet(() -> "postback:" + person.get() + ":"
                    + Optional.ofNullable(item.get("timestamp")).filter(JsonNode::isNumber).map(JsonNode::getNumberValue)
                    .map(Number::longValue).orElse(0L));
            return payload.map(p -> new InboundEvent.Choice(Channel.MESSENGER, person.get(), mid, p));
        }
        return Optional.empty();
    }

    private Optional<InboundEvent> message(String person, String mid, JsonNode m) {
        Optional<String> quickReply = object(m, "quick_reply").flatMap(q -> text(q, "payload")).filter(p -> !p.isBlank());
        if (quickReply.isPresent()) {
            return Optional.of(new InboundEvent.Choice(Channel.MESSENGER, person, mid, quickReply.get()));
        }
        if (m.get("sticker_id") != null) {
            return Optional.of(new InboundEvent.Sticker(Channel.MESSENGER, person, mid));
        }
        List<String> images = new ArrayList<>();
        boolean sticker = false;
        String other = null;
        for (JsonNode a : array(m, "attachments")) {
            String type = text(a, "type").orElse("unknown");
            Optional<JsonNode> payload = object(a, "payload");
            if (type.equals("sticker") || payload.map(p -> p.get("sticker_id") != null).orElse(false)) {
                sticker = true;
            } else if (type.equals("image")) {
                payload.flatMap(p -> text(p, "url")).filter(u -> !u.isBlank()).ifPresent(images::add);
            } else {
                other = type;
            }
        }
        if (!images.isEmpty()) {
            return Optional.of(new InboundEvent.Photo(Channel.MESSENGER, person, mid, images));
        }
        if (sticker) {
            return Optional.of(new InboundEvent.Sticker(Channel.MESSENGER, person, mid));
        }
        if (other != null) {
            return Optional.of(new InboundEvent.Unsupported(Channel.MESSENGER, person, mid, other));
        }
        return text(m, "text").filter(t -> !t.isBlank()).map(t -> new InboundEvent.Text(Channel.MESSENGER, person, mid, t));
    }

    private static boolean isMessageOrPostback(JsonNode item) {
        JsonNode m = item.get("message");
        if (m != null && m.isObject() && bool(m, "is_echo")) {
            return false;
        }
        return m != null || item.get("postback") != null;
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode a = node.get(field);
        return a != null && a.isArray() ? a.values() : List.of();
    }

    private static Optional<JsonNode> object(JsonNode node, String field) {
        JsonNode o = node.get(field);
        return o != null && o.isObject() ? Optional.of(o) : Optional.empty();
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode t = node.get(field);
        return t != null && t.isString() ? Optional.of(t.getStringValue()) : Optional.empty();
    }

    private static Optional<String> id(JsonNode node, String field) {
        return text(node, field).filter(s -> !s.isBlank() && s.length() <= MAX_ID);
    }

    private static boolean bool(JsonNode node, String field) {
        JsonNode b = node.get(field);
        return b != null && b.isBoolean() && b.getBooleanValue();
    }
}
