package com.moodbot.messenger;

import com.moodbot.channel.Channel;
import com.moodbot.conversation.InboundEvent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An event as the fields of one Redis Stream entry, and back. */
final class StreamEvents {

    static final String PERSON = "p";
    /** The channel, when it is not Messenger (entries written before it existed, or with it empty, are Messenger's). */
    static final String CHANNEL = "c";

    private StreamEvents() {
    }

    static Map<String, String> fields(InboundEvent event) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put(PERSON, event.person());
        if (event.channel() != Channel.MESSENGER) {
            f.put(CHANNEL, event.channel().name());
        }
        f.put("m", event.id());
        f.putAll(event.accept(KIND_FIELDS));
        return f;
    }

    /** The kind ("k") and what that kind carries ("u" for image URLs, "v" for the rest). */
    private static final InboundEvent.Visitor<Map<String, String>> KIND_FIELDS = new InboundEvent.Visitor<>() {
        @Override
        public Map<String, String> photo(InboundEvent.Photo p) {
            return Map.of("k", "photo", "u", String.join("\n", p.imageUrls()));
        }

        @Override
        public Map<String, String> sticker(InboundEvent.Sticker s) {
            return Map.of("k", "sticker");
        }

        @Override
        public Map<String, String> text(InboundEvent.Text t) {
            return Map.of("k", "text", "v", t.text());
        }

        @Override
        public Map<String, String> choice(InboundEvent.Choice c) {
            return Map.of("k", "choice", "v", c.payload());
        }

        @Override
        public Map<String, String> unsupported(InboundEvent.Unsupported u) {
            return Map.of("k", "unsupported", "v", u.kind());
        }
    };

    /** @throws IllegalArgumentException for an entry this code did not write */
    static InboundEvent event(Map<String, String> f) {
        Channel channel = channel(f.get(CHANNEL));
        String person = required(f, PERSON);
        String id = required(f, "m");
        return switch (required(f, "k")) {
            case "photo" -> new InboundEvent.Photo(channel, person, id, urls(required(f, "u")));
            case "sticker" -> new InboundEvent.Sticker(channel, person, id);
            case "text" -> new InboundEvent.Text(channel, person, id, required(f, "v"));
            case "choice" -> new InboundEvent.Choice(channel, person, id, required(f, "v"));
            case "unsupported" -> new InboundEvent.Unsupported(channel, person, id, required(f, "v"));
            default -> throw new IllegalArgumentException("unknown event kind " + f.get("k"));
        };
    }

    private static Channel channel(String name) {
        try {
            return name == null || name.isEmpty() ? Channel.MESSENGER : Channel.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown channel " + name);
        }
    }

    private static List<String> urls(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }

    private static String required(Map<String, String> f, String key) {
        String v = f.get(key);
        if (v == null) {
            throw new IllegalArgumentException("stream entry has no field " + key);
        }
        return v;
    }
}
