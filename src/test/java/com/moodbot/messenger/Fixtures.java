package com.moodbot.messenger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Webhook payload fixtures from src/test/resources/webhook, with {{PLACEHOLDERS}} filled in. */
public final class Fixtures {
    private Fixtures() {
    }

    public static byte[] webhook(String name, Map<String, String> values) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/webhook/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> e : values.entrySet()) {
                text = text.replace("{{" + e.getKey() + "}}", e.getValue());
            }
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] webhook(String name) {
        return webhook(name, Map.of());
    }
}
