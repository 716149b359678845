package com.moodbot.conversation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Person ids appear in logs and stores only as a short SHA-256 hash. */
public final class PersonId {
    private PersonId() {
    }

    public static String hash(String id) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(("moodbot:" + id).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
