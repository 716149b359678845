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
 * a signed issue time ({@code ISSUED_MILLIS.HMAC}, good for {@link #LIFETIME}) instead of the token.
 * Keyed by the token itself, so every instance accepts every other's sessions and changing the
 * token ends them all. Signing out ends every session issued until then on this instance
 * ({@link #endAll}), so a copied cookie stops working too; other instances keep theirs until
 * they expire.
 */
@Singleton
public class AdminSessions {

    public static final String COOKIE = "moodbot_admin";
    public static final Duration LIFETIME = Duration.ofHours(12);
    private final AdminConfig config;
    /** Sessions issued at or before this instant (epoch millis) were signed out. */
    private volatile long endedAt = Long.MIN_VALUE;

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
        String issued = Long.toString(now.toEpochMilli());
        return issued + "." + sign(issued);
    }

    /** Signs out: every session issued until {@code now} stops being valid here. */
    public void endAll(Instant now) {
        endedAt = Math.max(endedAt, now.toEpochMilli());
    }

    public boolean valid(String session, Instant now) {
        if (!config.enabled() || session == null) {
            return false;
        }
        int dot = session.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        String issued = session.substring(0, dot);
        boolean signed = MessageDigest.isEqual(sign(issued).getBytes(StandardCharsets.US_ASCII),
                session.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
        try {
            long at = Long.parseLong(issued);
            return signed && at > endedAt && now.toEpochMilli() < at + LIFETIME.toMillis();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String sign(String issued) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(("admin-session:" + config.token()).getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(issued.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
