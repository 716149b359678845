package com.moodbot.web;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The admin page's login: the token is checked once, in constant time, and the browser then holds
 * a signed expiry ({@code EXPIRES.HMAC}) instead of the token. Keyed by the token itself, so every
 * instance accepts every other's sessions and changing the token ends them all.
 */
@Singleton
public class AdminSessions {

    public static final String COOKIE = "moodbot_admin";
    public static final Duration LIFETIME = Duration.ofHours(12);
    private final AdminConfig config;

    public AdminSessions(AdminConfig config) {
        this.config = config;
    }

    public boolean tokenMatches(String given) {
        return config.enabled() && given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                config.token().getBytes(StandardCharsets.UTF_8));
    }

    public boolean bearerMatches(String authorization) {
        return authorization != null && authorization.startsWith("Bearer ")
                && tokenMatches(authorization.substring("Bearer ".length()));
    }

    public String issue(Instant now) {
        String expires = Long.toString(now.plus(LIFETIME).getEpochSecond());
        return expires + "." + sign(expires);
    }

    public boolean valid(String session, Instant now) {
        if (!config.enabled() || session == null) {
            return false;
        }
        int dot = session.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        String expires = session.substring(0, dot);
        boolean signed = MessageDigest.isEqual(sign(expires).getBytes(StandardCharsets.US_ASCII),
                session.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
        try {
            return signed && Long.parseLong(expires) > now.getEpochSecond();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String sign(String expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(("admin-session:" + config.token()).getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(expires.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
