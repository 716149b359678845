package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.support.Browsers;
import com.moodbot.support.Photos;
import com.moodbot.support.Required;
import com.moodbot.support.SharedData;
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
 * The chat page in headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs):
 * upload a photo, see the face box, the probability chart and the replies, and use the quick replies.
 */
class WebChatBrowserTest {

    static EmbeddedServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Browsers.require();
        Required.fer2013("for the fixture photo");
        Path model = TestModels.shippedOrRandom(8);
        server = ApplicationContext.run(EmbeddedServer.class, TestServers.merged(Map.of("micronaut.server.port", -1,
                "moodbot.model.dir", model.toString()), TestServers.NEVER_ASK));
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

    @Test
    void uploadAPhotoThenUseTheQuickReplies() throws Exception {
        Path photo = Files.createTempFile("selfie", ".jpg");
        Files.write(photo, Photos.jpeg(Photos.canvas(900, 700, List.of(Photos.detectableFaces().get(0)), new int[][] {{300, 150, 330}})));
        browser.get(server.getURL() + "/");
        browser.findElement(By.id("photo")).sendKeys(photo.toString());

        waitUpTo(30).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".card"), 1));
        assertEquals(1, browser.findElements(By.cssSelector(".facebox")).size());
        assertEquals(7, browser.findElements(By.cssSelector(".chart .bar")).size());
        List<WebElement> bubbles = browser.findElements(By.cssSelector(".msg.bot .bubble"));
        assertTrue(bubbles.get(bubbles.size() - 1).getText().contains("% sure"), bubbles.get(bubbles.size() - 1).getText());
        Path shot = Path.of("target", "chat-screenshot.png");
        Files.createDirectories(shot.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);

        browser.findElement(By.cssSelector("button[data-payload^='MORE|']")).click();
        waitUpTo(10).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".card"), 2));

        browser.findElement(By.cssSelector("button[data-payload^='WRONG|']")).click();
        waitUpTo(10).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("button[data-payload^='MOOD|']"), 7));
        browser.findElement(By.cssSelector("button[data-payload^='MOOD|sad|']")).click();
        waitUpTo(10).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".card"), 3));
        assertTrue(browser.findElements(By.cssSelector(".msg.bot .bubble")).stream()
                .anyMatch(b -> b.getText().startsWith("Got it: sad. ") && !b.getText().contains("look")),
                "a chosen mood is not seen");
        assertEquals(List.of(), Browsers.policyViolations(browser), "nothing on the page was blocked by its CSP");
    }

    @Test
    void catalogPreviewFiltersByMoodAndCategory() {
        browser.get(server.getURL() + "/catalog.html");
        waitUpTo(10).until(d -> d.findElements(By.cssSelector("#items tr")).size() > 100);
        new Select(browser.findElement(By.id("mood"))).selectByValue("disgust");
        new Select(browser.findElement(By.id("category"))).selectByValue("song");
        assertEquals(10, browser.findElements(By.cssSelector("#items tr")).size());
        assertEquals("10 items", browser.findElement(By.id("count")).getText());
        assertEquals(List.of(), Browsers.policyViolations(browser), "nothing on the page was blocked by its CSP");
    }
}
