package com.moodbot.web;

import com.moodbot.logging.LogThrottle;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin page's login: the token is checked once, in constant time, and the browser then holds
 * a signed issue time and session generation ({@code ISSUED_MILLIS.GENERATION.HMAC}, good for
 * {@link #LIFETIME}) instead of the token. Keyed by the token itself, so every instance accepts every
 * other's sessions and changing the token ends them all. Signing out moves to the next generation
 * ({@link SessionGenerations}: in Redis, shared by every instance), so every session issued until
 * then ends everywhere, a copied cookie included. A session whose generation cannot be read (Redis
 * down) is refused.
 */
@Singleton
public class AdminSessions {

    private static final Logger LOG = LoggerFactory.getLogger(AdminSessions.class);
    public static final String COOKIE = "moodbot_admin";
    public static final Duration LIFETIME = Duration.ofHours(12);
    private final AdminConfig config;
    private final SessionGenerations generations;
    private final LogThrottle unreadable = new LogThrottle(Duration.ofMinutes(1));

    @Inject
    public AdminSessions(AdminConfig config, SessionGenerations generations) {
        this.config = config;
        this.generations = generations;
    }

    /** One instance on its own (tests). */
    public AdminSessions(AdminConfig config) {
        this(config, new MemorySessionGenerations());
    }

    public boolean tokenMatches(String given) {
        return config.enabled() && given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                config.token().getBytes(StandardCharsets.UTF_8));
    }

    public boolean bearerMatches(String authorization) {
        return authorization != null && authorization.startsWith("Bearer ")
                && tokenMatches(authorization.substring("Bearer ".length()));
    }

    /** @throws RuntimeException when the generation cannot be read (Redis down) */
    public String issue(Instant now) {
        String body = now.toEpochMilli() + "." + generations.forNewSession();
        return body + "." + sign(body);
    }

    /** Signs out: every session issued until now stops being valid, on every instance sharing Redis. */
    public void endAll() {
        generations.advance();
    }

    public boolean valid(String session, Instant now) {
        if (!config.enabled() || session == null) {
            return false;
        }
        String[] parts = session.split("\\.", -1);
        if (parts.length != 3) {
            return false;
        }
        String body = parts[0] + "." + parts[1];
        boolean signed = MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII));
        try {
            long at = Long.parseLong(parts[0]);
            return signed && now.toEpochMilli() < at + LIFETIME.toMillis()
                    && Long.parseLong(parts[1]) == generations.current();
        } catch (NumberFormatException e) {
            return false;
        } catch (RuntimeException e) {
            int dropped = unreadable.admit("generation");
            if (dropped >= 0) {
                LOG.warn("Admin session refused: its generation could not be checked ({}){}",
                        e.getClass().getSimpleName(), LogThrottle.note(dropped));
            }
            return false;
        }
    }

    private String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(("admin-session:" + config.token()).getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
