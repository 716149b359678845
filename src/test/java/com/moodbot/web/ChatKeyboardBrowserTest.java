package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.support.ChatPage;
import com.moodbot.support.Required;
import com.moodbot.support.TestModels;
import com.moodbot.support.TestServers;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The chat page's small things: Tab shows a focus ring on "Send a photo", the page has an icon,
 * a face at the photo's top edge keeps its whole label, and quick replies under earlier messages
 * are spent once the person sends another photo.
 */
class ChatKeyboardBrowserTest {

    @RegisterExtension
    static final ChatPage page = ChatPage.of("en-US", "900,1300", () -> TestServers.merged(
            ChatPage.model(TestModels.shippedOrRandom(8)), TestServers.NEVER_ASK));

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) page.browser()).executeScript(script, args);
    }

    @Test
    void tabShowsAFocusRingOnSendAPhoto() {
        page.open("/");
        WebElement label = page.browser().findElement(By.cssSelector("label[for=photo]"));
        assertEquals("none", label.getCssValue("outline-style"), "no ring before");
        for (int i = 0; i < 10 && !"photo".equals(js("return document.activeElement.id")); i++) {
            new Actions(page.browser()).sendKeys(Keys.TAB).perform();
        }
        assertEquals("photo", js("return document.activeElement.id"), "Tab reaches the photo picker");
        assertNotEquals("none", label.getCssValue("outline-style"), "the button standing for it shows the ring");
    }

    @Test
    void thePageHasAnIcon() {
        page.open("/");
        Object status = ((JavascriptExecutor) page.browser()).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; const link = document.querySelector('link[rel~=icon]');"
                        + "if (!link) { done('no icon link'); return; }"
                        + "fetch(link.href).then(r => done(r.status + ' ' + r.headers.get('Content-Type')), e => done('' + e));");
        assertTrue(String.valueOf(status).startsWith("200 image/"), String.valueOf(status));
    }

    @Test
    void aFaceAtTheTopEdgeKeepsItsLabelAndEarlierQuickRepliesAreSpent() throws Exception {
        Required.fer2013("for the faces on the photos");
        Path top = ChatPage.facePhoto("top-edge", 0);
        page.open("/");
        page.send(top);
        page.waitForCards(1, 30);
        WebElement frame = page.browser().findElement(By.cssSelector(".msg.me .photo"));
        WebElement label = page.browser().findElement(By.cssSelector(".facebox span"));
        assertTrue(label.getRect().getY() >= frame.getRect().getY() - 1,
                "label at " + label.getRect().getY() + ", photo from " + frame.getRect().getY());
        assertTrue(page.browser().findElements(By.cssSelector(".card + .quick button")).stream().allMatch(WebElement::isEnabled));

        page.send(top);
        page.waitForCards(2, 30);
        List<WebElement> rows = page.browser().findElements(By.cssSelector(".card + .quick"));
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).findElements(By.tagName("button")).stream().noneMatch(WebElement::isEnabled),
                "the first card's quick replies are spent");
        assertTrue(rows.get(1).findElements(By.tagName("button")).stream().allMatch(WebElement::isEnabled),
                "the newest answer");
    }
}
