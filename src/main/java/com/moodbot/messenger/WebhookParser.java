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

import static com.moodbot.messenger.JsonFields.array;
import static com.moodbot.messenger.JsonFields.bool;
import static com.moodbot.messenger.JsonFields.id;
import static com.moodbot.messenger.JsonFields.object;
import static com.moodbot.messenger.JsonFields.text;

/**
 * Reads a webhook body leniently: walks every {@code entry[]} and {@code messaging[]} item,
 * tolerates unknown fields and attachment types, skips (and counts) items that are malformed, and
 * ignores echoes, deliveries, reads, reactions, deleted messages and {@code standby}. The body's
 * {@code object} says the channel: {@code page} is Messenger (also when missing), {@code instagram}
 * Instagram Direct, whose items have the same shape with Instagram-scoped ids; any other is ignored.
 */
@Singleton
public final class WebhookParser {

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
            return new Parsed(List.of(), 1); // the caller logs one line for what was skipped
        }
        List<InboundEvent> events = new ArrayList<>();
        int skipped = 0;
        if (root == null || !root.isObject()) {
            return new Parsed(events, 1);
        }
        Optional<Channel> channel = channel(text(root, "object").orElse("page"));
        if (channel.isEmpty()) {
            return new Parsed(events, 0);
        }
        for (JsonNode entry : array(root, "entry")) {
            for (JsonNode item : array(entry, "messaging")) {
                Optional<InboundEvent> event;
                try {
                    event = item.isObject() ? event(channel.get(), item) : Optional.empty();
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

    private static Optional<Channel> channel(String object) {
        return switch (object) {
            case "page" -> Optional.of(Channel.MESSENGER);
            case "instagram" -> Optional.of(Channel.INSTAGRAM);
            default -> Optional.empty();
        };
    }

    private Optional<InboundEvent> event(Channel channel, JsonNode item) {
        Optional<String> person = object(item, "sender").flatMap(s -> id(s, "id"));
        Optional<JsonNode> message = object(item, "message");
        if (message.isPresent()) {
            JsonNode m = message.get();
            if (bool(m, "is_echo") || bool(m, "is_deleted")) {
                return Optional.empty();
            }
            Optional<String> mid = id(m, "mid");
            if (person.isEmpty() || mid.isEmpty()) {
                return Optional.empty();
            }
            return message(channel, person.get(), mid.get(), m);
        }
        Optional<JsonNode> postback = object(item, "postback");
        if (postback.isPresent() && person.isPresent()) {
            Optional<String> payload = text(postback.get(), "payload").filter(p -> !p.isBlank());
            // without its mid (older postbacks), the tap's time names it; with neither it cannot be told from the
            // person's next tap, so it is malformed, as a message without a mid is
            Optional<String> mid = id(postback.get(), "mid").or(() -> Optional.ofNullable(item.get("timestamp"))
                    .filter(JsonNode::isNumber)
                    .map(t -> "postback:" + person.get() + ":" + t.getNumberValue().longValue()));
            return mid.flatMap(id -> payload.map(p -> new InboundEvent.Choice(channel, person.get(), id, p)));
        }
        return Optional.empty();
    }

    private Optional<InboundEvent> message(Channel channel, String person, String mid, JsonNode m) {
        Optional<String> quickReply = object(m, "quick_reply").flatMap(q -> text(q, "payload")).filter(p -> !p.isBlank());
        if (quickReply.isPresent()) {
            return Optional.of(new InboundEvent.Choice(channel, person, mid, quickReply.get()));
        }
        if (m.get("sticker_id") != null) {
            return Optional.of(new InboundEvent.Sticker(channel, person, mid));
        }
        List<String> images = new ArrayList<>();
        boolean sticker = false;
        boolean imageWithoutUrl = false;
        String other = null;
        for (JsonNode a : array(m, "attachments")) {
            String type = text(a, "type").orElse("unknown");
            Optional<JsonNode> payload = object(a, "payload");
            if (type.equals("sticker") || payload.map(p -> p.get("sticker_id") != null).orElse(false)) {
                sticker = true;
            } else if (type.equals("image")) {
                Optional<String> url = payload.flatMap(p -> text(p, "url")).filter(u -> !u.isBlank());
                url.ifPresent(images::add);
                imageWithoutUrl |= url.isEmpty();
            } else {
                other = type;
            }
        }
        if (!images.isEmpty()) {
            return Optional.of(new InboundEvent.Photo(channel, person, mid, images));
        }
        if (imageWithoutUrl) { // a photo came, whatever else did: answered as one that could not be fetched
            return Optional.of(new InboundEvent.Unsupported(channel, person, mid,
                    InboundEvent.Unsupported.IMAGE_WITHOUT_URL));
        }
        if (sticker) {
            return Optional.of(new InboundEvent.Sticker(channel, person, mid));
        }
        if (other == null && bool(m, "is_unsupported")) {
            other = "unsupported";
        }
        if (other != null) {
            return Optional.of(new InboundEvent.Unsupported(channel, person, mid, other));
        }
        return text(m, "text").filter(t -> !t.isBlank()).map(t -> new InboundEvent.Text(channel, person, mid, t));
    }

    private static boolean isMessageOrPostback(JsonNode item) {
        JsonNode m = item.get("message");
        if (m != null && m.isObject() && (bool(m, "is_echo") || bool(m, "is_deleted"))) {
            return false;
        }
        return m != null || item.get("postback") != null;
    }
}
