package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.support.ChatPage;
import com.moodbot.support.TestModels;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A body over the server's caps (13 MB, over the 12 MB request limit too), posted by Chromium, which reads an
 * answer only once its upload has ended or failed: the server answers 413 before reading the body and closes
 * the connection, and the page gets the 413 as a problem with its Spanish message within the script timeout
 * (10 s), not its own 45 s timeout or a network error.
 */
class OversizedUploadBrowserTest {

    @RegisterExtension
    static final ChatPage page = ChatPage.of("es-ES", "900,1300",
            () -> ChatPage.model(TestModels.random(41)));

    @Test
    @SuppressWarnings("unchecked")
    void aThirteenMegabyteBodyPostedFromThePageGetsThe413AndItsSpanishMessage() {
        page.open("/");
        page.browser().manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        List<Object> answer = (List<Object>) ((JavascriptExecutor) page.browser()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const body = new Blob([new Uint8Array(13 * 1000 * 1000)]);"
                        + "fetch('/api/analyze', { method: 'POST', body,"
                        + "  headers: { 'Content-Type': 'multipart/form-data; boundary=b', 'Accept-Language': 'es' } })"
                        + ".then(r => r.json().then(p => done([r.status, r.headers.get('Content-Type'), p.code, p.message])))"
                        + ".catch(e => done(['failed', String(e)]));");
        assertEquals(List.of(413L, "application/problem+json", "request_too_large",
                "Esa foto es demasiado grande para mí. Mándame una más pequeña."), answer);
    }
}
