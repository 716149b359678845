package com.moodbot.messenger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Confirmation codes that carry what was erased, so that any instance can answer the status page
 * without storing anything: 8 random bytes, the four counts of {@link ErasedData} (2 bytes each,
 * capped at 65,535), then the first 8 bytes of their HMAC under the app secret, in hex. The status
 * page answers only for codes this service issued.
 */
final class DeletionCodes {

    private static final int NONCE = 8;
    private static final int COUNTS = 8;
    private static final int TAG = 8;
    private static final HexFormat HEX = HexFormat.of();
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SignatureVerifier mac;

    DeletionCodes(String appSecret) {
        this.mac = new SignatureVerifier(appSecret);
    }

    String issue(ErasedData erased) {
        ByteBuffer body = ByteBuffer.allocate(NONCE + COUNTS);
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        body.put(nonce);
        for (int n : new int[] {erased.historyLists(), erased.languageSettings(), erased.pendingEvents(),
                erased.orderingLines()}) {
            body.putShort((short) Math.min(n, 0xFFFF));
        }
        return HEX.formatHex(body.array()) + HEX.formatHex(tag(body.array()));
    }

    /** What a code this service issued says was erased; empty for any other string. */
    Optional<ErasedData> read(String code) {
        int length = 2 * (NONCE + COUNTS + TAG);
        if (code == null || code.length() != length || !code.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return Optional.empty();
        }
        byte[] bytes = HEX.parseHex(code.toLowerCase(Locale.ROOT));
        byte[] body = Arrays.copyOf(bytes, NONCE + COUNTS);
        if (!MessageDigest.isEqual(tag(body), Arrays.copyOfRange(bytes, NONCE + COUNTS, bytes.length))) {
            return Optional.empty();
        }
        ByteBuffer counts = ByteBuffer.wrap(body, NONCE, COUNTS);
        return Optional.of(new ErasedData(Short.toUnsignedInt(counts.getShort()), Short.toUnsignedInt(counts.getShort()),
                Short.toUnsignedInt(counts.getShort()), Short.toUnsignedInt(counts.getShort())));
    }

    private byte[] tag(byte[] body) {
        byte[] message = ("deletion:" + HEX.formatHex(body)).getBytes(StandardCharsets.US_ASCII);
        return Arrays.copyOf(mac.sign(message), TAG);
    }
}
