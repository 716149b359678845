package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.support.Browsers;
import com.moodbot.support.Photos;
import com.moodbot.support.Required;
import com.moodbot.support.TestModels;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The chat page's small things: Tab shows a focus ring on "Send a photo", the page has an icon,
 * a face at the photo's top edge keeps its whole label, and quick replies under earlier messages
 * are spent once the person sends another photo.
 */
class ChatKeyboardBrowserTest {

    static EmbeddedServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Browsers.require();
        Path model = TestModels.shippedOrRandom(8);
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1,
                "moodbot.model.dir", model.toString(), "moodbot.warm-up.enabled", false));
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

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    @Test
    void tabShowsAFocusRingOnSendAPhoto() {
        browser.get(server.getURL() + "/");
        WebElement label = browser.findElement(By.cssSelector("label[for=photo]"));
        assertEquals("none", label.getCssValue("outline-style"), "no ring before");
        for (int i = 0; i < 10 && !"photo".equals(js("return document.activeElement.id")); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        assertEquals("photo", js("return document.activeElement.id"), "Tab reaches the photo picker");
        assertNotEquals("none", label.getCssValue("outline-style"), "the button standing for it shows the ring");
    }

    @Test
    void thePageHasAnIcon() {
        browser.get(server.getURL() + "/");
        Object status = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; const link = document.querySelector('link[rel~=icon]');"
                        + "if (!link) { done('no icon link'); return; }"
                        + "fetch(link.href).then(r => done(r.status + ' ' + r.headers.get('Content-Type')), e => done('' + e));");
        assertTrue(String.valueOf(status).startsWith("200 image/"), String.valueOf(status));
    }

    @Test
    void aFaceAtTheTopEdgeKeepsItsLabelAndEarlierQuickRepliesAreSpent() throws Exception {
        Required.fer2013("for the faces on the photos");
        Path top = Files.createTempFile("top-edge", ".jpg");
        Files.write(top, Photos.jpeg(Photos.canvas(900, 700, List.of(Photos.detectableFaces().get(0)),
                new int[][] {{300, 0, 330}})));
        browser.get(server.getURL() + "/");
        browser.findElement(By.id("photo")).sendKeys(top.toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".card"), 1));
        WebElement frame = browser.findElement(By.cssSelector(".msg.me .photo"));
        WebElement label = browser.findElement(By.cssSelector(".facebox span"));
        assertTrue(label.getRect().getY() >= frame.getRect().getY() - 1,
                "label at " + label.getRect().getY() + ", photo from " + frame.getRect().getY());
        assertTrue(browser.findElements(By.cssSelector(".quick button")).stream().allMatch(WebElement::isEnabled));

        browser.findElement(By.id("photo")).sendKeys(top.toString());
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".card"), 2));
        List<WebElement> rows = browser.findElements(By.cssSelector(".quick"));
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).findElements(By.tagName("button")).stream().noneMatch(WebElement::isEnabled),
                "the first card's quick replies are spent");
        assertTrue(rows.get(1).findElements(By.tagName("button")).stream().allMatch(WebElement::isEnabled),
                "the newest answer");
    }
}
