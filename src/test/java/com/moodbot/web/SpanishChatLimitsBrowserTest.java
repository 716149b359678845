package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.support.Browsers;
import com.moodbot.support.Photos;
import com.moodbot.support.TestModels;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The server's refusals on the chat page, in a Spanish Chromium: a photo over the server's cap on
 * one photo (413; the cap lowered here from 10 MB, under the page's own) and one upload too many (429) each end in a Spanish reply, the second
 * saying how many seconds to wait, from Retry-After.
 */
class SpanishChatLimitsBrowserTest {

    static EmbeddedServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Browsers.require();
        Path model = TestModels.writeRandom(Files.createTempDirectory("moodbot-model"), 31);
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1,
                "moodbot.model.dir", model.toString(), "moodbot.warm-up.enabled", false,
                "micronaut.server.max-request-size", "5MB", "micronaut.server.multipart.max-file-size", "200KB",
                "moodbot.web.per-minute", 2, "moodbot.web.burst", 1));
        browser = Browsers.chromium("es-ES", "900,1300");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.getApplicationContext().close();
        }
    }

    private static String sendAndWait(Path file) {
        int before = browser.findElements(By.cssSelector(".msg.bot")).size();
        browser.findElement(By.id("photo")).sendKeys(file.toString());
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                d.findElements(By.cssSelector(".msg.bot")).size() > before
                        && d.findElement(By.id("status")).getText().isEmpty());
        List<String> bubbles = browser.findElements(By.cssSelector(".msg.bot .bubble")).stream()
                .map(WebElement::getText).toList();
        return bubbles.get(bubbles.size() - 1);
    }

    @Test
    void tooBigThenTooFastEachGetASpanishReplyTheSecondWithTheWait() throws Exception {
        BufferedImage noise = new BufferedImage(1200, 1000, BufferedImage.TYPE_3BYTE_BGR);
        new Random(3).nextBytes(((DataBufferByte) noise.getRaster().getDataBuffer()).getData());
        Path big = Files.createTempFile("ruido", ".jpg");
        Files.write(big, Photos.jpeg(noise));
        assertTrue(Files.size(big) > 300 * 1024, "over the lowered cap (as the page sends it too): " + Files.size(big));
        browser.get(server.getURL() + "/");
        assertEquals("es", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Idioma", browser.findElement(By.id("language")).getAttribute("aria-label"),
                "the language menu's accessible name in Spanish too");

        assertEquals("Esa foto es demasiado grande para mí. Mándame una más pequeña.", sendAndWait(big));

        Path small = Files.createTempFile("selfi", ".jpg");
        Files.write(small, Photos.jpeg(new BufferedImage(320, 240, BufferedImage.TYPE_3BYTE_BGR)));
        String wait = sendAndWait(small);
        Matcher m = Pattern.compile("Vas un poco rápido\\. Espera (\\d+) segundos? y vuelve a intentarlo\\.").matcher(wait);
        assertTrue(m.matches(), wait);
        int seconds = Integer.parseInt(m.group(1));
        assertTrue(seconds >= 20 && seconds <= 60, "two uploads a minute, one spent: about 30 s to wait, not " + seconds);
    }
}
