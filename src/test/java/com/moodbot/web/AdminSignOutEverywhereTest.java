package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.support.RedisServer;
import com.moodbot.support.TestModels;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two instances behind one (imaginary) load balancer, sharing a real redis-server: a session signed
 * in on one works on the other, and signing out on one ends it on both, a copied cookie included,
 * while another admin's session goes on.
 */
class AdminSignOutEverywhereTest {

    private static final String TOKEN = "sign-out-everywhere-0123";
    private final HttpClient http = HttpClient.newHttpClient();

    private static EmbeddedServer instance(RedisServer redis) throws Exception {
        return ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1,
                "moodbot.model.dir", TestModels.random(22).toString(),
                "moodbot.warm-up.enabled", false, "moodbot.admin.token", TOKEN, "redis.uri", redis.uri()));
    }

    @Test
    void signingOutOnOneInstanceEndsTheSessionOnEvery() throws Exception {
        try (RedisServer redis = RedisServer.start();
             EmbeddedServer a = instance(redis);
             EmbeddedServer b = instance(redis)) {
            String cookie = signIn(a);
            String otherAdmin = signIn(b);
            assertEquals(200, usage(b, cookie), "a session from one instance works on the other");

            HttpResponse<String> out = http.send(HttpRequest.newBuilder(URI.create(a.getURL() + "/admin/logout"))
                    .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(303, out.statusCode(), out.body());
            assertEquals(401, usage(b, cookie), "signed out on a: the other instance refuses the cookie too");
            assertEquals(401, usage(a, cookie));
            assertEquals(200, usage(a, otherAdmin), "another admin's session goes on");
            assertEquals(200, usage(b, otherAdmin));

            RedisClient client = RedisClient.create(redis.uri());
            try (StatefulRedisConnection<String, String> c = client.connect()) {
                String key = c.sync().keys(RedisEndedSessions.PREFIX + "*").get(0);
                long ttl = c.sync().pttl(key);
                assertTrue(ttl > 0 && ttl <= AdminSessions.LIFETIME.toMillis(), "kept one session lifetime: " + ttl);
            } finally {
                client.shutdown();
            }

            String fresh = signIn(b);
            assertEquals(200, usage(a, fresh), "signing in again works at once, everywhere");
        }
    }

    private String signIn(EmbeddedServer server) throws Exception {
        HttpResponse<String> right = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/admin/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + TOKEN)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, right.statusCode(), right.body());
        String setCookie = right.headers().firstValue("Set-Cookie").orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private int usage(EmbeddedServer server, String cookie) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/admin/api/usage"))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
