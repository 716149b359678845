package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.support.Axe;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** axe-core in Chromium finds no serious or critical violation on the chat page, the catalog preview and /admin. */
class AccessibilityBrowserTest {

    private static final String TOKEN = "axe-admin-token-0123456789";
    static EmbeddedServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Browsers.require();
        Path model = TestModels.shippedOrRandom(8);
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1,
                "moodbot.model.dir", model.toString(), "moodbot.admin.token", TOKEN, "moodbot.warm-up.enabled", false));
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
    void theChatPageWithAnAnswer() throws Exception {
        Required.fer2013("for the face on the photo");
        browser.get(server.getURL() + "/");
        assertEquals(List.of(), Axe.seriousViolations(browser), "the empty chat page");
        Path photo = Files.createTempFile("selfie", ".jpg");
        Files.write(photo, Photos.jpeg(Photos.canvas(900, 700, List.of(Photos.detectableFaces().get(0)),
                new int[][] {{300, 150, 330}})));
        browser.findElement(By.id("photo")).sendKeys(photo.toString());
        waitUpTo(30).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".card"), 1));
        assertEquals(List.of(), Axe.seriousViolations(browser), "with a photo, the chart, a card and quick replies");
    }

    @Test
    void theCatalogPreview() {
        browser.get(server.getURL() + "/catalog.html");
        waitUpTo(10).until(d -> !d.findElement(By.id("summary")).getText().startsWith("Loading"));
        assertEquals(List.of(), Axe.seriousViolations(browser));
    }

    @Test
    void theAdminSignInAndFigures() {
        browser.get(server.getURL() + "/admin");
        assertEquals(List.of(), Axe.seriousViolations(browser), "the sign-in form");
        browser.findElement(By.id("token")).sendKeys(TOKEN);
        browser.findElement(By.cssSelector("#login button")).click();
        waitUpTo(15).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
        assertEquals(List.of(), Axe.seriousViolations(browser), "the figures");
    }
}
