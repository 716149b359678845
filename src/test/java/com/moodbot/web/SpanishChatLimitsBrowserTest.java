package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.support.ChatPage;
import com.moodbot.support.Photos;
import com.moodbot.support.TestFiles;
import com.moodbot.support.TestModels;
import com.moodbot.support.TestServers;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The server's refusals on the chat page, in a Spanish Chromium: a photo over the server's cap on one photo (413;
 * the cap lowered here, the page sending what the server refuses) and one upload too many (429) each end in a
 * Spanish reply, the second saying how many seconds to wait, from Retry-After.
 */
class SpanishChatLimitsBrowserTest {

    @RegisterExtension
    static final ChatPage page = ChatPage.of("es-ES", "900,1300", () -> TestServers.merged(
            ChatPage.model(TestModels.random(31)),
            Map.of("micronaut.server.max-request-size", "5MB", "micronaut.server.multipart.max-file-size", "200KB",
                    "moodbot.web.per-minute", 2, "moodbot.web.burst", 1)));

    private static String sendAndWait(Path file) {
        page.sendAndWaitForReply(file, 10);
        return page.lastBubble();
    }

    @Test
    void tooBigThenTooFastEachGetASpanishReplyTheSecondWithTheWait() throws Exception {
        BufferedImage noise = new BufferedImage(1200, 1000, BufferedImage.TYPE_3BYTE_BGR);
        new Random(3).nextBytes(((DataBufferByte) noise.getRaster().getDataBuffer()).getData());
        Path big = TestFiles.file("ruido", ".jpg");
        Files.write(big, Photos.jpeg(noise));
        assertTrue(Files.size(big) > 300 * 1024, "over the lowered cap (as the page sends it too): " + Files.size(big));
        page.open("/");
        assertEquals("es", page.browser().findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Idioma", page.browser().findElement(By.id("language")).getAttribute("aria-label"),
                "the language menu's accessible name in Spanish too");

        assertEquals("Esa foto es demasiado grande para mí. Mándame una más pequeña.", sendAndWait(big));

        Path small = TestFiles.file("selfi", ".jpg");
        Files.write(small, Photos.jpeg(new BufferedImage(320, 240, BufferedImage.TYPE_3BYTE_BGR)));
        String wait = sendAndWait(small);
        Matcher m = Pattern.compile("Vas un poco rápido\\. Espera (\\d+) segundos? y vuelve a intentarlo\\.").matcher(wait);
        assertTrue(m.matches(), wait);
        int seconds = Integer.parseInt(m.group(1));
        assertTrue(seconds >= 20 && seconds <= 60, "two uploads a minute, one spent: about 30 s to wait, not " + seconds);
        List<WebElement> mine = page.browser().findElements(By.cssSelector(".msg.me"));
        assertEquals("Sin leer", mine.get(mine.size() - 1).findElement(By.tagName("small")).getText(),
                "the refused photo does not look answered");
    }
}
