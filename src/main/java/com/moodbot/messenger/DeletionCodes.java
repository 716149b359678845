package com.moodbot.messenger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Confirmation codes for erased data that any instance can check without storing them: 8 random
 * bytes followed by the first 8 bytes of their HMAC under the app secret, in hex. The status page
 * answers only for codes this service issued.
 */
final class DeletionCodes {

    private static final int HALF = 8;
    private static final HexFormat HEX = HexFormat.of();
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SignatureVerifier mac;

    DeletionCodes(String appSecret) {
        this.mac = new SignatureVerifier(appSecret);
    }

    String issue() {
        byte[] nonce = new byte[HALF];
        RANDOM.nextBytes(nonce);
        return HEX.formatHex(nonce) + HEX.formatHex(tag(nonce));
    }

    boolean issuedHere(String code) {
        if (code == null || code.length() != 4 * HALF || !code.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return false;
        }
        byte[] bytes = HEX.parseHex(code.toLowerCase(Locale.ROOT));
        return MessageDigest.isEqual(tag(Arrays.copyOf(bytes, HALF)), Arrays.copyOfRange(bytes, HALF, 2 * HALF));
    }

    private byte[] tag(byte[] nonce) {
        byte[] message = ("deletion:" + HEX.formatHex(nonce)).getBytes(StandardCharsets.US_ASCII);
        return Arrays.copyOf(mac.sign(message), HALF);
    }
}
