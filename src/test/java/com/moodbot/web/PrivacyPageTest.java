package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.support.TestModels;
import com.moodbot.support.TestServers;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The data-deletion instructions a person opens: in their language, beside Meta's callback on the same path. */
class PrivacyPageTest {

    static EmbeddedServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        var model = TestModels.random(21);
        server = ApplicationContext.run(EmbeddedServer.class, TestServers.merged(Map.of("micronaut.server.port", -1,
                "moodbot.model.dir", model.toString(), "moodbot.warm-up.enabled", false), TestServers.NEVER_ASK));
    }

    @AfterAll
    static void stop() {
        server.getApplicationContext().close();
    }

    private static HttpResponse<String> page(String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/privacy/deletion"))
                .header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPersonGetsTheInstructionsInTheirLanguage() throws Exception {
        HttpResponse<String> english = page("en-GB,en;q=0.9");
        assertEquals(200, english.statusCode());
        assertTrue(english.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(english.body().contains("<strong>forget me</strong>") && english.body().contains("never kept"),
                english.body());
        assertTrue(english.headers().firstValue("Content-Security-Policy").isPresent(), "served like every page");
        HttpResponse<String> spanish = page("es-ES,es;q=0.9");
        assertEquals("es", spanish.headers().firstValue("Content-Language").orElse(""));
        assertTrue(spanish.body().contains("<strong>olvídame</strong>"), spanish.body());
    }

    @Test
    void metasCallbackStillAnswersThePost() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/privacy/deletion"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("signed_request=x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, post.statusCode(), "not configured here: the callback's own answer, not the page's");
    }
}
