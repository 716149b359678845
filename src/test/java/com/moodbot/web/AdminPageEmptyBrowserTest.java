package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.support.ChatPage;
import com.moodbot.support.Photos;
import com.moodbot.support.TestFiles;
import com.moodbot.support.TestModels;
import com.moodbot.support.TestServers;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A fresh install: the admin signs in before anyone has sent a photo and sees zeros and "nothing
 * yet" notes, not an error; after one photo without a face, still no error.
 */
class AdminPageEmptyBrowserTest {

    private static final String TOKEN = "admin-empty-token";
    @RegisterExtension
    static final ChatPage page = ChatPage.of("en-US", "1100,1650", () -> TestServers.merged(
            ChatPage.model(TestModels.random(30)),
            Map.of("moodbot.admin.token", TOKEN)));

    private static String text(String id) {
        return page.browser().findElement(By.id(id)).getText();
    }

    private static boolean shown(String id) {
        return page.browser().findElement(By.id(id)).isDisplayed();
    }

    private static void waitForFigures() {
        page.waitUpTo(15).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("body")).getAttribute("data-loaded") != null
                        || !d.findElement(By.id("status")).getText().isEmpty());
    }

    @Test
    void anEmptyServiceShowsZerosAndNothingYetThenANoFacePhotoStillDraws() throws Exception {
        page.open("/admin");
        Select language = new Select(page.browser().findElement(By.id("language")));
        language.selectByValue("es");
        assertEquals(List.of("moodbot: administración", "Entrar"), List.of(page.browser().findElement(By.tagName("h1"))
                .getText(), page.browser().findElement(By.cssSelector("#login button")).getText()),
                "the sign-in page has the admin pages' language choice");
        language.selectByValue("en");
        page.browser().findElement(By.id("token")).sendKeys(TOKEN);
        page.browser().findElement(By.cssSelector("#login button")).click();
        waitForFigures();
        assertFalse(text("status").startsWith("Could not load"), text("status"));
        assertEquals("true", page.browser().findElement(By.tagName("body")).getAttribute("data-loaded"));
        assertEquals(List.of("0", "-", "-", "0", "0", "-"), List.of(text("photos"), text("no-face"), text("unreadable"),
                text("shown"), text("taps"), text("tap-rate")));
        assertTrue(shown("moods-empty"), "a note where the mood chart has nothing");
        assertTrue(shown("categories-empty"), "a note where the category chart has nothing");
        assertTrue(text("items").contains("Nothing yet"), text("items"));
        assertTrue(shown("corrections-empty") && text("corrections-empty").equals("None yet."), "the empty matrix says so");
        assertTrue(shown("web-corrections-empty"), "the web page's matrix too");
        assertEquals("", text("compared"), "no note on \"vs before\" where no tile compares");

        BufferedImage plain = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = plain.createGraphics();
        g.setColor(new Color(180, 190, 200));
        g.fillRect(0, 0, 640, 480);
        g.dispose();
        Path photo = TestFiles.file("wall", ".jpg");
        Files.write(photo, Photos.jpeg(plain));
        page.open("/");
        page.send(photo);
        page.waitUpTo(30).until(
                ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".msg.bot"), 1));

        page.open("/admin");
        waitForFigures();
        assertFalse(text("status").startsWith("Could not load"), text("status"));
        assertEquals(List.of("1", "100.0%", "0.0%", "0"), List.of(text("photos"), text("no-face"), text("unreadable"),
                text("shown")));
        assertTrue(shown("categories-empty"));
    }
}
