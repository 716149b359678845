package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.support.ChatPage;
import com.moodbot.support.Photos;
import com.moodbot.support.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

/**
 * A group photo on the chat page: a box with its mood on every face, the group's moods counted, the group line and
 * a card.
 */
class GroupChatBrowserTest {

    @RegisterExtension
    static final ChatPage page = ChatPage.neverAsking("en-US", "for the composed group photo");

    @Test
    void everyFaceGetsItsBoxAndTheGroupItsLine() throws Exception {
        Path photo = TestFiles.file("group", ".jpg");
        // the third face near the right edge, where a label drawn rightwards from the box's left would stick out
        Files.write(photo, Photos.jpeg(Photos.canvas(1280, 720, Photos.detectableFaces().subList(0, 3),
                new int[][] {{40, 200, 300}, {490, 200, 300}, {975, 200, 300}})));
        page.browser().manage().window().setSize(new Dimension(390, 844));
        page.open("/");
        page.send(photo);

        page.waitForCards(1, 30);
        var boxes = page.browser().findElements(By.cssSelector(".facebox"));
        assertEquals(3, boxes.size());
        for (WebElement box : boxes) {
            assertTrue(!box.getAttribute("data-emotion").isEmpty());
            assertTrue(box.getText().matches("(★ )?\\p{L}[\\p{L} ]* \\d+%"), "a mood: " + box.getText());
        }
        Rectangle frame = page.browser().findElement(By.cssSelector(".photo img")).getRect();
        for (WebElement box : boxes) {
            Rectangle label = box.findElement(By.tagName("span")).getRect();
            int left = label.getX();
            int right = left + label.getWidth();
            assertTrue(left >= frame.getX() - 3 && right <= frame.getX() + frame.getWidth() + 3,
                    "on a phone, the label '" + box.getText() + "' at " + left + "-" + right
                            + " stays over the photo at " + frame.getX() + "-" + (frame.getX() + frame.getWidth()));
        }
        assertTrue(boxes.stream().noneMatch(b -> b.getText().startsWith("★ ")),
                "no face starred: the answer is the group's");
        assertEquals("The group's 3 faces, by mood:", page.browser().findElement(By.cssSelector(".chart-face")).getText(),
                "the chart is for the group, as the answer is");
        List<Integer> counts = page.browser().findElements(By.cssSelector(".chart .row span:last-child")).stream()
                .map(c -> Integer.parseInt(c.getText())).toList();
        assertEquals(3, counts.stream().mapToInt(Integer::intValue).sum(), "every face counted once");
        WebElement first = page.browser().findElement(By.cssSelector(".chart .row:first-child span"));
        assertEquals("top", first.getAttribute("class"), "the card's mood first, marked");
        boolean tie = counts.size() > 1 && counts.get(0).equals(counts.get(1));
        assertTrue(page.lastBubble().contains("For the group: " + first.getText() + (tie ? " (a tie, so I picked the one I'm surest of). "
                : ". ")),
                "the chart's first mood is the answer's: " + page.lastBubble());
        assertTrue(page.lastBubble().startsWith("3 faces: "), page.lastBubble());
    }
}
