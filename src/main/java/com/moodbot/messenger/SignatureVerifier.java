package com.moodbot.messenger;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Checks {@code X-Hub-Signature-256: sha256=<hex>} against HMAC-SHA256 of the raw body, in constant time. */
public final class SignatureVerifier {

    private static final String PREFIX = "sha256=";
    private final ThreadLocal<Mac> macs;

    public SignatureVerifier(String appSecret) {
        SecretKeySpec key = new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> newMac(key));
    }

    public boolean verify(byte[] body, String header) {
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        byte[] provided;
        try {
            provided = HexFormat.of().parseHex(header.substring(PREFIX.length()).trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(sign(body), provided);
    }

    public byte[] sign(byte[] body) {
        return macs.get().doFinal(body);
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /** The header value Facebook would send for this body. */
    public String header(byte[] body) {
        return PREFIX + HexFormat.of().formatHex(sign(body));
    }
}
