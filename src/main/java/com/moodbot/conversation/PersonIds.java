package com.moodbot.conversation;

import com.moodbot.channel.Channel;
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

    /**
     * A Messenger id hashes as it always has (history in Redis is found under it); an Instagram id or
     * a web session is hashed apart from it, so the same string on two channels is two people.
     */
    public String hash(Channel channel, String id) {
        String input = channel == Channel.MESSENGER ? "person:" + id : "person:" + channel.name() + ":" + id;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
