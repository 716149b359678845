package com.moodbot.conversation;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Person ids appear in logs and stores only as a keyed hash: HMAC-SHA256 under a secret key, first
 * 8 bytes in hex. Without the key nobody can test a guessed (numeric, enumerable) id against a
 * log line or a Redis key. Every instance must share the key to share history.
 */
public final class PersonIds {

    private final SecretKeySpec key;

    public PersonIds(byte[] key) {
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /** The web page's sessions ({@code web:...}) keep a {@code web-} tag, so stores can keep them apart. */
    public String hash(String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            String hex = HexFormat.of().formatHex(mac.doFinal(("person:" + id).getBytes(StandardCharsets.UTF_8)), 0, 8);
            return id.startsWith("web:") ? "web-" + hex : hex;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
