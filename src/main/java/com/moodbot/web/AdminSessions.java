package com.moodbot.web;

import com.moodbot.logging.LogThrottle;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin page's login: the token is checked once, in constant time, and the browser then holds
 * a signed issue time and session id ({@code ISSUED_MILLIS.ID.HMAC}, good for {@link #LIFETIME})
 * instead of the token. Keyed by the token itself, so every instance accepts every other's sessions
 * and changing the token ends them all. Signing out ends that one session ({@link EndedSessions}: in
 * Redis, shared by every instance), a copied cookie included, and no other admin's. A session whose
 * state cannot be read (Redis down) is refused.
 */
@Singleton
public class AdminSessions {

    private static final Logger LOG = LoggerFactory.getLogger(AdminSessions.class);
    public static final String COOKIE = "moodbot_admin";
    public static final Duration LIFETIME = Duration.ofHours(12);
    private final AdminConfig config;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** 16 random bytes, base64url: what {@link #issue} writes, and nothing else is a session id. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{22}");
    private final EndedSessions ended;
    private final LogThrottle unreadable = new LogThrottle(Duration.ofMinutes(1));

    @Inject
    public AdminSessions(AdminConfig config, EndedSessions ended) {
        this.config = config;
        this.ended = ended;
    }

    /** One instance on its own (tests). */
    public AdminSessions(AdminConfig config) {
        this(config, new MemoryEndedSessions(java.time.Clock.systemUTC()));
    }

    public boolean tokenMatches(String given) {
        return config.enabled() && given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                config.token().getBytes(StandardCharsets.UTF_8));
    }

    public boolean bearerMatches(String authorization) {
        return authorization != null && authorization.startsWith("Bearer ")
                && tokenMatches(authorization.substring("Bearer ".length()));
    }

    /** @throws RuntimeException when the store of ended sessions cannot be read: a session no page could check */
    public String issue(Instant now) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ended.isEnded(id); // only a probe: where the store does not answer, no session is handed out
        String body = now.toEpochMilli() + "." + id;
        return body + "." + sign(body);
    }

    /**
     * Signs out: this session (every copy of its cookie) stops being valid, on every instance sharing Redis.
     * Needs only a signed, unexpired cookie, so it does not depend on reading the store first.
     *
     * @return false when the cookie is no session of this token (nothing to end)
     * @throws RuntimeException when the store cannot be written (Redis down): the session goes on
     */
    public boolean end(String session, Instant now) {
        Optional<Signed> signed = signed(session, now);
        signed.ifPresent(s -> ended.end(s.id(), s.expires()));
        return signed.isPresent();
    }

    public boolean valid(String session, Instant now) {
        Optional<Signed> signed = signed(session, now);
        if (signed.isEmpty()) {
            return false;
        }
        try {
            return !ended.isEnded(signed.get().id());
        } catch (RuntimeException e) {
            unreadable.warn(LOG, "ended", "Admin session refused: whether it was signed out could not be checked ({})",
                    e.getClass().getSimpleName());
            return false;
        }
    }

    private record Signed(String id, Instant expires) {
    }

    /** The session's id and expiry when it is this token's, of this format, and not expired. */
    private Optional<Signed> signed(String session, Instant now) {
        if (!config.enabled() || session == null) {
            return Optional.empty();
        }
        String[] parts = session.split("\\.", -1);
        if (parts.length != 3 || !ID.matcher(parts[1]).matches() || !parts[0].matches("\\d{1,15}")) {
            return Optional.empty();
        }
        String body = parts[0] + "." + parts[1];
        boolean signed = MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII));
        Instant expires = Instant.ofEpochMilli(Long.parseLong(parts[0])).plus(LIFETIME);
        return signed && now.isBefore(expires) ? Optional.of(new Signed(parts[1], expires)) : Optional.empty();
    }

    private String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(("admin-session-v2:" + config.token()).getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
