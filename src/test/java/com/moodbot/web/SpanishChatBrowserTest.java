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
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The chat page in a Chromium whose language is Spanish: the page, the bot's replies, the card and
 * the quick replies are all in Spanish; the switch turns everything after it to English. The
 * Spanish screenshot in README.md is taken here.
 */
class SpanishChatBrowserTest {

    static EmbeddedServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Browsers.require();
        Required.fer2013("for the fixture photo");
        Path model = TestModels.shippedOrRandom(8);
        server = ApplicationContext.run(EmbeddedServer.class, TestServers.merged(Map.of("micronaut.server.port", -1,
                "moodbot.model.dir", model.toString(), "moodbot.warm-up.enabled", false), TestServers.NEVER_ASK));
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

    private static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private static List<String> bubbles() {
        return browser.findElements(By.cssSelector(".msg.bot .bubble")).stream().map(WebElement::getText).toList();
    }

    @Test
    void aSpanishBrowserGetsSpanishThenTheSwitchTurnsItToEnglish() throws Exception {
        Path photo = Files.createTempFile("selfie", ".jpg");
        Files.write(photo, Photos.jpeg(Photos.canvas(900, 700, List.of(Photos.detectableFaces().get(0)),
                new int[][] {{300, 150, 330}})));
        browser.get(server.getURL() + "/");
        assertEquals("es", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("📸 Enviar una foto", browser.findElement(By.cssSelector("label[for=photo]")).getText());
        assertTrue(bubbles().get(0).startsWith("¡Hola, soy moodbot!"), bubbles().get(0));

        browser.findElement(By.id("photo")).sendKeys(photo.toString());
        waitUpTo(30).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".card"), 1));
        String mood = bubbles().get(bubbles().size() - 1);
        assertTrue(mood.contains("(seguro al "), mood);
        assertTrue(browser.findElement(By.cssSelector(".card img")).getAttribute("src").contains("/cards/es/"),
                "the card art with Spanish words");
        String button = browser.findElement(By.cssSelector(".card a")).getText();
        assertTrue(button.startsWith("Buscar") || button.equals("Escuchar"), button);
        assertTrue(browser.findElements(By.cssSelector(".chart span")).stream().map(WebElement::getText)
                .anyMatch(t -> t.equals("alegría")), "the chart names moods in Spanish");
        List<String> quick = browser.findElements(By.cssSelector(".quick button")).stream().map(WebElement::getText)
                .toList();
        assertEquals("🔁 Otra idea", quick.get(0));
        assertEquals("🤔 No es mi ánimo", quick.get(quick.size() - 1));

        browser.findElement(By.cssSelector("button[data-payload^='MORE|']")).click();
        waitUpTo(10).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".card"), 2));
        assertEquals("🔁 Otra idea", browser.findElement(By.cssSelector(".quick button")).getText());
        Path shot = Path.of("target", "chat-es-screenshot.png");
        Files.createDirectories(shot.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), shot,
                StandardCopyOption.REPLACE_EXISTING);

        new Select(browser.findElement(By.id("language"))).selectByValue("en");
        waitUpTo(10).until(d -> bubbles().get(bubbles().size() - 1).startsWith("Okay, I'll speak English"));
        assertEquals("📸 Send a photo", browser.findElement(By.cssSelector("label[for=photo]")).getText());
        browser.findElement(By.cssSelector("button[data-payload^='MORE|']")).click();
        waitUpTo(10).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".card"), 3));
        assertEquals("🔁 Another one", browser.findElement(By.cssSelector(".quick button")).getText());
    }
}
