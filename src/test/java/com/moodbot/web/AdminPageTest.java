package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.support.TestModels;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admin page's gate: a login form, a signed session cookie, bearer access for scripts, 404 when off. */
class AdminPageTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private static EmbeddedServer server(Map<String, Object> extra) throws Exception {
        Map<String, Object> props = new java.util.HashMap<>(Map.of("micronaut.server.port", -1, "moodbot.model.dir",
                TestModels.random(21).toString(),
                "moodbot.warm-up.enabled", false));
        props.putAll(extra);
        return ApplicationContext.run(EmbeddedServer.class, props);
    }

    private HttpResponse<String> get(EmbeddedServer server, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURL() + path));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> login(EmbeddedServer server, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/admin/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + token)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSignInLeadsBackToTheAdminPageAskedForAndNowhereElse() throws Exception {
        try (EmbeddedServer server = server(Map.of("moodbot.admin.token", "tok-123-4567890abcdef"))) {
            assertTrue(get(server, "/admin?next=/admin/catalog").body()
                    .contains("name=\"next\" value=\"/admin/catalog\""));
            assertTrue(get(server, "/admin?next=https://evil.example/").body().contains("name=\"next\" value=\"/admin\""));
            for (String[] next : new String[][] {{"/admin/catalog/preview", "/admin/catalog/preview"},
                    {"https://evil.example/", "/admin"}, {"//evil.example", "/admin"}}) {
                HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/admin/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("token=tok-123-4567890abcdef&next="
                                + java.net.URLEncoder.encode(next[0], java.nio.charset.StandardCharsets.UTF_8))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(303, signedIn.statusCode());
                assertEquals(next[1], signedIn.headers().firstValue("Location").orElseThrow(), next[0]);
            }
        }
    }

    @Test
    void theSignInAndSignOutAndOldAddressesOpenedInABrowserLeadToThePage() throws Exception {
        try (EmbeddedServer server = server(Map.of("moodbot.admin.token", "tok-123-4567890abcdef"))) {
            for (String[] visit : new String[][] {{"/admin/login", "/admin"}, {"/admin/logout", "/admin"},
                    {"/admin/login?next=/admin/catalog", "/admin/catalog"}, {"/admin/login?next=//evil.example", "/admin"},
                    {"/catalog.html", "/admin/catalog/preview"}}) {
                HttpResponse<String> answer = get(server, visit[0], "Accept", "text/html");
                assertEquals(303, answer.statusCode(), visit[0] + ": " + answer.body());
                assertEquals(visit[1], answer.headers().firstValue("Location").orElseThrow(), visit[0]);
            }
            String cookie = login(server, "tok-123-4567890abcdef").headers().firstValue("Set-Cookie").orElseThrow();
            cookie = cookie.substring(0, cookie.indexOf(';'));
            get(server, "/admin/logout", "Cookie", cookie);
            assertEquals(200, get(server, "/admin/api/usage", "Cookie", cookie).statusCode(),
                    "opening the sign-out address does not sign out: only the page's form does");
        }
    }

    @Test
    void offWithoutATokenAndThePagesSayHowToTurnThemOn() throws Exception {
        try (EmbeddedServer server = server(Map.of())) {
            for (String page : List.of("/admin", "/admin/catalog", "/admin/catalog/preview")) {
                HttpResponse<String> off = get(server, page);
                assertEquals(404, off.statusCode(), page);
                assertTrue(off.body().contains("<code>MOODBOT_ADMIN_TOKEN</code> set to a secret of 16 characters or more"),
                        page + ": " + off.body());
            }
            assertEquals(404, get(server, "/admin/api/usage").statusCode());
            assertEquals("", get(server, "/admin/api/usage").body(), "the JSON stays a bare 404");
        }
    }

    @Test
    void aLoginFormThenASignedSessionCookie() throws Exception {
        try (EmbeddedServer server = server(Map.of("moodbot.admin.token", "tok-123-4567890abcdef",
                "moodbot.public-url", "https://bot.example.com"))) {
            HttpResponse<String> form = get(server, "/admin");
            assertEquals(200, form.statusCode());
            assertTrue(form.body().contains("name=\"token\""), "the login form, not the figures");
            HttpResponse<String> noToken = get(server, "/admin/api/usage");
            assertEquals(401, noToken.statusCode());
            assertEquals("Bearer realm=\"moodbot admin\"", noToken.headers().firstValue("WWW-Authenticate").orElse(""),
                    "a script is told which scheme to use");

            HttpResponse<String> wrong = login(server, "nope");
            assertEquals(401, wrong.statusCode());
            assertTrue(wrong.body().contains("That token is not right."));
            assertTrue(wrong.headers().firstValue("Set-Cookie").isEmpty());

            HttpResponse<String> right = login(server, "tok-123-4567890abcdef");
            assertEquals(303, right.statusCode());
            String setCookie = right.headers().firstValue("Set-Cookie").orElseThrow();
            for (String attribute : new String[] {"HTTPOnly", "SameSite=Strict", "Path=/admin", "Secure"}) {
                assertTrue(setCookie.toLowerCase().contains(attribute.toLowerCase()), attribute + " in " + setCookie);
            }
            assertTrue(!setCookie.contains("tok-123-4567890abcdef"), "the cookie holds a signed expiry, not the token");
            String cookie = setCookie.substring(0, setCookie.indexOf(';'));
            HttpResponse<String> page = get(server, "/admin", "Cookie", cookie);
            assertTrue(page.body().contains("id=\"moods\""), "the figures page");
            assertTrue(page.body().contains("href=\"/admin/catalog\""), "the figures link the catalog editor");
            HttpResponse<String> usage = get(server, "/admin/api/usage?hours=24", "Cookie", cookie);
            assertEquals(200, usage.statusCode());
            assertTrue(usage.body().contains("\"moodLabels\""), usage.body());
            for (String empty : new String[] {"\"photos\":{}", "\"categories\":[{\"category\":\"film\"", "\"items\":[]",
                    "\"noFaceRate\":0", "\"corrections\":[[0,", "\"webCorrections\":[[0,", "\"bin\":\"hour\"",
                    "\"channels\":[{\"channel\":\"messenger\",\"photos\":0,", "\"notMyMoodDaily\":{\"days\":[\"",
                    "\"web\":[null", "\"photos\":{\"current\":0.0,\"previous\":0.0,", "\"notMyMoodRate\":{\"current\":0.0,"}) {
                assertTrue(usage.body().contains(empty), "a fresh install's figures have " + empty + ": " + usage.body());
            }

            String forged = AdminSessions.COOKIE + "=" + (Instant.now().getEpochSecond() + 3600) + ".AAAA";
            assertEquals(401, get(server, "/admin/api/usage", "Cookie", forged).statusCode());
            assertEquals(200, get(server, "/admin/api/usage", "Authorization", "Bearer tok-123-4567890abcdef").statusCode(),
                    "scripts use the bearer token");
        }
    }

    @Test
    void signingOutEndsThisSessionOnTheServerAndNoOtherAdmins() throws Exception {
        try (EmbeddedServer server = server(Map.of("moodbot.admin.token", "sign-out-token-0123456"))) {
            HttpResponse<String> right = login(server, "sign-out-token-0123456");
            assertEquals(303, right.statusCode());
            String setCookie = right.headers().firstValue("Set-Cookie").orElseThrow();
            String cookie = setCookie.substring(0, setCookie.indexOf(';'));
            assertEquals(200, get(server, "/admin/api/usage", "Cookie", cookie).statusCode());
            String otherSetCookie = login(server, "sign-out-token-0123456").headers().firstValue("Set-Cookie").orElseThrow();
            String otherAdmin = otherSetCookie.substring(0, otherSetCookie.indexOf(';'));

            HttpResponse<String> out = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/admin/logout"))
                    .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(303, out.statusCode(), "the page's sign-out form: " + out.body());
            assertEquals("/admin?signed-out", out.headers().firstValue("Location").orElseThrow());
            assertTrue(get(server, "/admin?signed-out").body().contains(">You are signed out.</p>"),
                    "the sign-in form says the sign-out worked");
            assertEquals(401, get(server, "/admin/api/usage", "Cookie", cookie).statusCode(),
                    "a copy of the old cookie no longer works");
            assertEquals(200, get(server, "/admin/api/usage", "Cookie", otherAdmin).statusCode(),
                    "another admin's session goes on");
            HttpResponse<String> again = login(server, "sign-out-token-0123456");
            String fresh = again.headers().firstValue("Set-Cookie").orElseThrow();
            assertEquals(200, get(server, "/admin/api/usage", "Cookie", fresh.substring(0, fresh.indexOf(';')))
                    .statusCode(), "signing in again works at once");
        }
    }

    @Test
    void anExpiredOrOtherTokensSessionIsRefused() {
        AdminSessions sessions = new AdminSessions(new AdminConfig("a-token-0123456789", 10, 10));
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        String session = sessions.issue(now);
        assertTrue(sessions.valid(session, now.plusSeconds(3600)));
        assertTrue(!sessions.valid(session, now.plus(AdminSessions.LIFETIME).plusSeconds(1)), "expired");
        assertTrue(!new AdminSessions(new AdminConfig("b-token-0123456789", 10, 10)).valid(session, now), "another token's session");
    }
}
