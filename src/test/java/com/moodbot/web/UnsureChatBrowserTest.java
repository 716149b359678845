package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.support.ChatPage;
import com.moodbot.support.Required;
import com.moodbot.support.TestModels;
import com.moodbot.support.TestServers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The chat page in headless Chromium with the service set to ask on every photo: the question and
 * its quick replies, an answer that brings the card, and "something else" in Spanish.
 */
class UnsureChatBrowserTest {

    @RegisterExtension
    static final ChatPage page = ChatPage.of("en-US", "900,1300", () -> {
        Required.fer2013("for the fixture photo");
        return TestServers.merged(ChatPage.model(TestModels.shippedOrRandom(8)), TestServers.ALWAYS_ASK);
    });

    private static List<WebElement> answers() {
        return page.browser().findElements(By.cssSelector("button[data-payload^='ANSWER|']"));
    }

    private static void send(Path photo) {
        page.send(photo);
        page.waitUpTo(30).until(d -> !answers().isEmpty());
    }

    @Test
    void theBotAsksAndTheAnswerBringsTheCardThenSomethingElseInSpanish() throws Exception {
        Path photo = ChatPage.selfie();
        page.open("/");
        send(photo);
        assertTrue(page.lastBubble().startsWith("I can't quite tell. "), page.lastBubble());
        assertTrue(answers().size() == 2 || answers().size() == 3, "two or three likely moods: " + answers().size());
        assertEquals(0, page.browser().findElements(By.cssSelector(".card")).size(), "no card before the answer");
        assertEquals("🤷 Something else", page.browser().findElement(By.cssSelector("button[data-payload^='WRONG|']")).getText());

        Path notes = Files.writeString(Files.createTempFile("notes", ".txt"), "not a photo");
        page.sendAndWaitForReply(notes, 10);
        assertTrue(page.lastBubble().startsWith("I couldn't open that as a photo"), page.lastBubble());
        page.waitUpTo(10).until(d -> answers().stream().allMatch(WebElement::isEnabled)); // not spent by a file refused

        WebElement second = answers().get(1);
        String mood = second.getText().substring(second.getText().indexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        second.click();
        page.waitUpTo(10).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".card"), 1));
        assertTrue(page.browser().findElements(By.cssSelector(".msg.bot .bubble")).stream()
                .anyMatch(b -> b.getText().startsWith("Got it: " + mood + ". ")), "the answer is the mood now");

        new Select(page.browser().findElement(By.id("language"))).selectByValue("es");
        page.waitUpTo(10).until(d -> page.lastBubble().startsWith("Vale, a partir de ahora te hablo en español"));
        send(photo);
        assertTrue(page.lastBubble().startsWith("No lo tengo claro. ¿"), page.lastBubble());
        List<WebElement> rows = page.browser().findElements(By.cssSelector(".quick"));
        WebElement somethingElse = rows.get(rows.size() - 1).findElement(By.cssSelector("button[data-payload^='WRONG|']"));
        assertEquals("🤷 Otra cosa", somethingElse.getText());
        somethingElse.click();
        // the moods not offered in the question: 7 less its two or three
        page.waitUpTo(10).until(d -> List.of(4, 5).contains(
                d.findElements(By.cssSelector("button[data-payload^='MOOD|']")).size()));
        assertEquals("Gracias por decírmelo. ¿Cuál describe mejor cómo te sientes?", page.lastBubble());
    }
}
