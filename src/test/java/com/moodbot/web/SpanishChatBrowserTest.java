package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.support.ChatPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The chat page in a Chromium whose language is Spanish: the page, the bot's replies, the card and
 * the quick replies are all in Spanish; the switch turns everything after it to English. The
 * Spanish screenshot in README.md is taken here.
 */
class SpanishChatBrowserTest {

    @RegisterExtension
    static final ChatPage page = ChatPage.neverAsking("es-ES", "for the fixture photo");

    @Test
    void aSpanishBrowserGetsSpanishThenTheSwitchTurnsItToEnglish() throws Exception {
        Path photo = ChatPage.selfie();
        page.open("/");
        assertEquals("es", page.browser().findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("📸 Enviar una foto", page.browser().findElement(By.cssSelector("label[for=photo]")).getText());
        assertTrue(page.bubbles().get(0).startsWith("¡Hola, soy moodbot!"), page.bubbles().get(0));
        assertEquals("🎬 Una película", page.browser().findElement(By.cssSelector("button[data-kind]")).getText());

        page.send(photo);
        page.waitForCards(1, 30);
        String mood = page.lastBubble();
        assertTrue(mood.contains("(con un "), mood);
        assertTrue(page.browser().findElement(By.cssSelector(".card img")).getAttribute("src").contains("/cards/es/"),
                "the card art with Spanish words");
        String button = page.browser().findElement(By.cssSelector(".card a")).getText();
        assertTrue(button.startsWith("Buscar") || button.equals("Escuchar"), button);
        assertTrue(page.browser().findElements(By.cssSelector(".chart span")).stream().map(WebElement::getText)
                .anyMatch(t -> t.equals("alegría")), "the chart names moods in Spanish");
        List<String> quick = page.browser().findElements(By.cssSelector(".card + .quick button")).stream()
                .map(WebElement::getText).toList();
        assertEquals("🔁 Otra idea", quick.get(0));
        assertEquals("🤔 No me siento así", quick.get(quick.size() - 1));

        page.browser().findElement(By.cssSelector("button[data-payload^='MORE|']")).click();
        page.waitForCards(2, 10);
        page.waitUpTo(10).until(d -> "🔁 Otra idea".equals(d.findElement(By.cssSelector(".card + .quick button")).getText()));
        Path shot = Path.of("target", "chat-es-screenshot.png");
        Files.createDirectories(shot.getParent());
        Files.copy(((TakesScreenshot) page.browser()).getScreenshotAs(OutputType.FILE).toPath(), shot,
                StandardCopyOption.REPLACE_EXISTING);

        new Select(page.browser().findElement(By.id("language"))).selectByValue("en");
        page.waitUpTo(10).until(d -> page.lastBubble().startsWith("Okay, I'll speak English"));
        assertEquals("📸 Send a photo", page.browser().findElement(By.cssSelector("label[for=photo]")).getText());
        assertTrue(page.bubbles().get(0).startsWith("Hi, I'm moodbot!"), "the page's greeting follows the switch");
        assertEquals("🎬 A film", page.browser().findElement(By.cssSelector("button[data-kind]")).getText(), "and its buttons");
        List<String> kinds = lastQuickRow(page.browser()).stream().map(WebElement::getText).toList();
        assertEquals(List.of("🎬 A film", "🎵 A song", "🍜 A dish", "📍 A place"), kinds, "under the switch's answer");
        page.browser().findElement(By.cssSelector("button[data-payload^='MORE|']")).click();
        page.waitForCards(3, 10);
        page.waitUpTo(10).until(d -> "🔁 Another one".equals(lastQuickRow(d).get(0).getText()));
    }

    /** The buttons under the bot's latest answer that has any. */
    private static List<WebElement> lastQuickRow(WebDriver browser) {
        List<WebElement> rows = browser.findElements(By.cssSelector(".quick"));
        return rows.get(rows.size() - 1).findElements(By.tagName("button"));
    }
}
