package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.support.Browsers;
import com.moodbot.support.Photos;
import com.moodbot.support.Required;
import com.moodbot.support.TestModels;
import com.moodbot.support.TestServers;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The chat page in headless Chromium with the service set to ask on every photo: the question and
 * its quick replies, an answer that brings the card, and "something else" in Spanish.
 */
class UnsureChatBrowserTest {

    static EmbeddedServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Browsers.require();
        Required.fer2013("for the fixture photo");
        Path model = TestModels.shippedOrRandom(8);
        server = ApplicationContext.run(EmbeddedServer.class, TestServers.merged(Map.of("micronaut.server.port", -1,
                "moodbot.model.dir", model.toString(), "moodbot.warm-up.enabled", false), TestServers.ALWAYS_ASK));
        browser = Browsers.chromium("en-US", "900,1300");
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

    private static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private static String lastBubble() {
        List<WebElement> bubbles = browser.findElements(By.cssSelector(".msg.bot .bubble"));
        return bubbles.get(bubbles.size() - 1).getText();
    }

    private static List<WebElement> answers() {
        return browser.findElements(By.cssSelector("button[data-payload^='ANSWER|']"));
    }

    private static void send(Path photo) {
        browser.findElement(By.id("photo")).sendKeys(photo.toString());
        waitUpTo(30).until(d -> !answers().isEmpty());
    }

    @Test
    void theBotAsksAndTheAnswerBringsTheCardThenSomethingElseInSpanish() throws Exception {
        Path photo = Files.createTempFile("selfie", ".jpg");
        Files.write(photo, Photos.jpeg(Photos.canvas(900, 700, List.of(Photos.detectableFaces().get(0)),
                new int[][] {{300, 150, 330}})));
        browser.get(server.getURL() + "/");
        send(photo);
        assertTrue(lastBubble().startsWith("I can't quite tell. "), lastBubble());
        assertTrue(answers().size() == 2 || answers().size() == 3, "two or three likely moods: " + answers().size());
        assertEquals(0, browser.findElements(By.cssSelector(".card")).size(), "no card before the answer");
        assertEquals("🤷 Something else", browser.findElement(By.cssSelector("button[data-payload^='WRONG|']")).getText());

        WebElement second = answers().get(1);
        String mood = second.getText().substring(second.getText().indexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        second.click();
        waitUpTo(10).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".card"), 1));
        assertTrue(browser.findElements(By.cssSelector(".msg.bot .bubble")).stream()
                .anyMatch(b -> b.getText().startsWith("Got it: " + mood + ". ")), "the answer is the mood now");

        new Select(browser.findElement(By.id("language"))).selectByValue("es");
        waitUpTo(10).until(d -> lastBubble().startsWith("Vale, a partir de ahora te hablo en español"));
        send(photo);
        assertTrue(lastBubble().startsWith("No lo tengo claro. ¿"), lastBubble());
        List<WebElement> rows = browser.findElements(By.cssSelector(".quick"));
        WebElement somethingElse = rows.get(rows.size() - 1).findElement(By.cssSelector("button[data-payload^='WRONG|']"));
        assertEquals("🤷 Otra cosa", somethingElse.getText());
        somethingElse.click();
        waitUpTo(10).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("button[data-payload^='MOOD|']"), 7));
        assertEquals("Gracias por decírmelo. ¿Cuál te describe mejor?", lastBubble());
    }
}
