package com.moodbot.catalogedit;

import com.moodbot.web.AdminConfig;
import com.moodbot.web.AdminSessions;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.time.Instant;

/** Whether the admin pages are on, and whether a request carries a valid admin session cookie. */
@Singleton
class AdminSignIn {

    private final AdminConfig config;
    private final AdminSessions sessions;

    AdminSignIn(AdminConfig config, AdminSessions sessions) {
        this.config = config;
        this.sessions = sessions;
    }

    boolean enabled() {
        return config.enabled();
    }

    boolean signedIn(HttpRequest<?> request) {
        return request.getCookies().findCookie(AdminSessions.COOKIE)
                .map(c -> sessions.valid(c.getValue(), Instant.now())).orElse(false);
    }
}
