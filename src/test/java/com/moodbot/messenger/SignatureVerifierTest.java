package com.moodbot.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SignatureVerifierTest {

    private final SignatureVerifier verifier = new SignatureVerifier("app-secret");
    private final byte[] body = "{\"object\":\"page\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void matchesAKnownHmac() {
        // printf '{"object":"page"}' | openssl dgst -sha256 -hmac app-secret
        String expected = "sha256=ae958d6f00b134dd32b95a9a76bedaaeb068c0949769358355023f7d1a0c580b";
        assertEquals(expected, verifier.header(body));
        assertTrue(verifier.verify(body, expected));
        assertTrue(verifier.verify(body, verifier.header(body).toUpperCase().replace("SHA256=", "sha256=")));
    }

    @Test
    void rejectsWrongMissingAndMalformedSignatures() {
        String good = verifier.header(body);
        assertFalse(verifier.verify(body, null));
        assertFalse(verifier.verify(body, ""));
        assertFalse(verifier.verify(body, good.substring(7)));
        assertFalse(verifier.verify(body, "sha1=" + good.substring(7)));
        assertFalse(verifier.verify(body, "sha256=zz"));
        assertFalse(verifier.verify(body, good.substring(0, good.length() - 2)));
        assertFalse(new SignatureVerifier("other").verify(body, good));
        byte[] tampered = body.clone();
        tampered[2]++;
        assertFalse(verifier.verify(tampered, good));
    }
}
