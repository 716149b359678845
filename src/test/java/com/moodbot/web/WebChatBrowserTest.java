package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.support.Browsers;
import com.moodbot.support.ChatPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The chat page in headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs):
 * upload a photo, see the face box, the probability chart and the replies, and use the quick replies.
 */
class WebChatBrowserTest {

    @RegisterExtension
    static final ChatPage page = ChatPage.neverAsking("en-US", "for the fixture photo");

    @Test
    void uploadAPhotoThenUseTheQuickReplies() throws Exception {
        Path photo = ChatPage.selfie();
        page.open("/");
        page.send(photo);

        page.waitForCards(1, 30);
        assertEquals(1, page.browser().findElements(By.cssSelector(".facebox")).size());
        assertEquals(7, page.browser().findElements(By.cssSelector(".chart .bar")).size());
        assertTrue(page.lastBubble().contains("% sure"), page.lastBubble());
        Path shot = Path.of("target", "chat-screenshot.png");
        Files.createDirectories(shot.getParent());
        Files.copy(((TakesScreenshot) page.browser()).getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);

        page.browser().findElement(By.cssSelector("button[data-payload^='MORE|']")).click();
        page.waitForCards(2, 10);

        page.browser().findElement(By.cssSelector("button[data-payload^='WRONG|']")).click();
        page.waitUpTo(10).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("button[data-payload^='MOOD|']"), 6));
        page.browser().findElement(By.cssSelector("button[data-payload^='MOOD|sad|']")).click();
        page.waitForCards(3, 10);
        assertTrue(page.browser().findElements(By.cssSelector(".msg.bot .bubble")).stream()
                .anyMatch(b -> b.getText().startsWith("Got it: sad. ") && !b.getText().contains("look")),
                "a chosen mood is not seen");
        assertEquals(List.of(), Browsers.policyViolations(page.browser()), "nothing on the page was blocked by its CSP");

        // the network fails once: the tap is marked unread and the card's quick replies are usable again
        ((JavascriptExecutor) page.browser()).executeScript("const f = window.fetch; window.fetch = (u, i) => {"
                + " window.fetch = f; return Promise.reject(new TypeError('offline')); };");
        int cards = page.browser().findElements(By.cssSelector(".card")).size();
        page.browser().findElement(By.cssSelector("button[data-payload^='MORE|']")).click();
        page.waitUpTo(10).until(d -> page.lastBubble().startsWith("I couldn't reach the server"));
        List<WebElement> mine = page.browser().findElements(By.cssSelector(".msg.me"));
        assertEquals("Not read", mine.get(mine.size() - 1).findElement(By.tagName("small")).getText());
        page.browser().findElement(By.cssSelector("button[data-payload^='MORE|']")).click();
        page.waitForCards(cards + 1, 10);

        page.open("/a-page-that-is-not-here");
        assertEquals("There is nothing here. Please send me a photo.", page.browser().findElement(By.cssSelector("main p")).getText());
        page.browser().findElement(By.linkText("Try it here")).click();
        page.waitUpTo(10).until(ExpectedConditions.urlToBe(page.server().getURL() + "/"));
        assertEquals(List.of(), Browsers.policyViolations(page.browser()), "nor on the page for a wrong address");
    }

    @Test
    void someoneWithNoSelfieTapsAKindUnderTheGreetingThenAMoodAndGetsACard() {
        page.open("/");
        assertEquals(List.of("🎬 A film", "🎵 A song", "🍜 A dish", "📍 A place"),
                page.browser().findElements(By.cssSelector("button[data-kind]")).stream().map(WebElement::getText).toList());
        page.browser().findElement(By.cssSelector("button[data-payload='BROWSE|song']")).click();
        page.waitUpTo(10).until(d -> page.lastBubble().startsWith("Sure, a song! For which mood?"));
        page.browser().findElement(By.cssSelector("button[data-payload='BROWSE|song|happy']")).click();
        page.waitForCards(1, 10);
        assertTrue(page.lastBubble().startsWith("A song for when you feel happy."), page.bubbles().toString());
        assertEquals("Listen", page.browser().findElement(By.cssSelector(".card a")).getText());
        assertEquals(List.of("🎵 A song", "😄 Happy"), page.browser().findElements(By.cssSelector(".msg.me .bubble")).stream()
                .map(WebElement::getText).toList(), "the taps, as the person's own bubbles");
    }
}
