package com.moodbot.messenger;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Meta's {@code signed_request}: {@code base64url(HMAC-SHA256(payload, app secret)) . base64url(JSON)}.
 * Returns the payload's {@code user_id} and {@code issued_at} only when the signature is valid
 * (compared in constant time) and both are present.
 */
public final class SignedRequest {

    private SignedRequest() {
    }

    /** What a valid request says: whose data, and when Meta signed it. */
    public record Verified(String userId, Instant issuedAt) {
    }

    public static Optional<Verified> verify(String signedRequest, String appSecret, JsonMapper json) {
        if (signedRequest == null) {
            return Optional.empty();
        }
        int dot = signedRequest.indexOf('.');
        if (dot <= 0 || dot == signedRequest.length() - 1) {
            return Optional.empty();
        }
        try {
            byte[] signature = Base64.getUrlDecoder().decode(signedRequest.substring(0, dot));
            String payload = signedRequest.substring(dot + 1);
            byte[] expected = new SignatureVerifier(appSecret).sign(payload.getBytes(StandardCharsets.US_ASCII));
            if (!MessageDigest.isEqual(expected, signature)) {
                return Optional.empty();
            }
            JsonNode data = json.readValue(Base64.getUrlDecoder().decode(payload), JsonNode.class);
            JsonNode algorithm = data.get("algorithm");
            JsonNode user = data.get("user_id");
            JsonNode issued = data.get("issued_at");
            if (algorithm == null || !"HMAC-SHA256".equalsIgnoreCase(algorithm.getStringValue()) || user == null
                    || !user.isString() || user.getStringValue().isBlank() || issued == null || !issued.isNumber()) {
                return Optional.empty();
            }
            return Optional.of(new Verified(user.getStringValue(),
                    Instant.ofEpochSecond(issued.getNumberValue().longValue())));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** Builds a signed request the way Meta does (for tests and local tools). */
    public static String sign(String json, String appSecret) {
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        byte[] signature = new SignatureVerifier(appSecret).sign(payload.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signature) + "." + payload;
    }
}
