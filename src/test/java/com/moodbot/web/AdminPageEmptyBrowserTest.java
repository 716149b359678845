package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.support.Browsers;
import com.moodbot.support.Photos;
import com.moodbot.support.TestModels;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
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

/**
 * A fresh install: the admin signs in before anyone has sent a photo and sees zeros and "nothing
 * yet" notes, not an error; after one photo without a face, still no error.
 */
class AdminPageEmptyBrowserTest {

    private static final String TOKEN = "admin-empty-token";
    static EmbeddedServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Browsers.require();
        Path model = TestModels.writeRandom(Files.createTempDirectory("moodbot-model"), 30);
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1,
                "moodbot.model.dir", model.toString(), "moodbot.admin.token", TOKEN, "moodbot.warm-up.enabled", false));
        browser = Browsers.chromium("en-US", "1100,1650");
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

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static boolean shown(String id) {
        return browser.findElement(By.id(id)).isDisplayed();
    }

    private static void waitForFigures() {
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("body")).getAttribute("data-loaded") != null
                        || !d.findElement(By.id("status")).getText().isEmpty());
    }

    @Test
    void anEmptyServiceShowsZerosAndNothingYetThenANoFacePhotoStillDraws() throws Exception {
        browser.get(server.getURL() + "/admin");
        browser.findElement(By.id("token")).sendKeys(TOKEN);
        browser.findElement(By.cssSelector("#login button")).click();
        waitForFigures();
        assertFalse(text("status").startsWith("Could not load"), text("status"));
        assertEquals("true", browser.findElement(By.tagName("body")).getAttribute("data-loaded"));
        assertEquals(List.of("0", "-", "-", "0", "0", "-"), List.of(text("photos"), text("no-face"), text("unreadable"),
                text("shown"), text("taps"), text("tap-rate")));
        assertTrue(shown("moods-empty"), "a note where the mood chart has nothing");
        assertTrue(shown("categories-empty"), "a note where the category chart has nothing");
        assertTrue(text("items").contains("Nothing yet"), text("items"));
        assertTrue(shown("corrections-empty") && text("corrections-empty").equals("None yet."), "the empty matrix says so");
        assertTrue(shown("web-corrections-empty"), "the web page's matrix too");

        BufferedImage plain = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = plain.createGraphics();
        g.setColor(new Color(180, 190, 200));
        g.fillRect(0, 0, 640, 480);
        g.dispose();
        Path photo = Files.createTempFile("wall", ".jpg");
        Files.write(photo, Photos.jpeg(plain));
        browser.get(server.getURL() + "/");
        browser.findElement(By.id("photo")).sendKeys(photo.toString());
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(
                ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".msg.bot"), 1));

        browser.get(server.getURL() + "/admin");
        waitForFigures();
        assertFalse(text("status").startsWith("Could not load"), text("status"));
        assertEquals(List.of("1", "100.0%", "0.0%", "0"), List.of(text("photos"), text("no-face"), text("unreadable"),
                text("shown")));
        assertTrue(shown("categories-empty"));
    }
}
