package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.support.Axe;
import com.moodbot.support.Browsers;
import com.moodbot.support.ChatPage;
import com.moodbot.support.Required;
import com.moodbot.support.TestModels;
import com.moodbot.support.TestServers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** axe-core in Chromium finds no serious or critical violation on the chat page, the catalog preview and editor, and /admin. */
class AccessibilityBrowserTest {

    private static final String TOKEN = "axe-admin-token-0123456789";
    @RegisterExtension
    static final ChatPage page = ChatPage.of("en-US", "900,1300", () -> TestServers.merged(
            ChatPage.model(TestModels.shippedOrRandom(8)), TestServers.NEVER_ASK, Map.of("moodbot.admin.token", TOKEN)));

    @Test
    void theChatPageWithAnAnswer() throws Exception {
        Required.fer2013("for the face on the photo");
        page.open("/");
        assertEquals(List.of(), Axe.seriousViolations(page.browser()), "the empty chat page");
        page.send(ChatPage.selfie());
        page.waitForCards(1, 30);
        assertEquals(List.of(), Axe.seriousViolations(page.browser()), "with a photo, the chart, a card and quick replies");
    }

    @Test
    void theCatalogPreviewAndEditor() {
        signOut();
        page.open("/catalog.html");
        page.browser().findElement(By.id("token")).sendKeys(TOKEN);
        WebElement signIn = page.browser().findElement(By.cssSelector("#login button"));
        signIn.click();
        page.waitUpTo(10).until(Browsers.replaced(signIn));
        try {
            for (String path : List.of("/catalog.html", "/admin/catalog")) {
                page.open(path);
                page.waitUpTo(15).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
                assertEquals(List.of(), Axe.seriousViolations(page.browser()), path);
            }
            page.browser().findElement(By.cssSelector("#items-film li button")).click();
            page.waitUpTo(10).until(d -> !d.findElement(By.cssSelector(".item-form .problems")).getText().isEmpty());
            assertEquals(List.of(), Axe.seriousViolations(page.browser()), "an item's form open, checked");
        } finally {
            signOut();
        }
    }

    /** Drops the session cookie, which the browser shows only to pages under its path, /admin. */
    /** From a page under /admin that runs no script: the figures page would reload itself on the 401 that follows. */
    private static void signOut() {
        page.open("/admin/no-such-page");
        page.browser().manage().deleteAllCookies();
    }

    @Test
    void theAdminSignInAndFigures() {
        page.open("/admin");
        assertEquals(List.of(), Axe.seriousViolations(page.browser()), "the sign-in form");
        page.browser().findElement(By.id("token")).sendKeys(TOKEN);
        page.browser().findElement(By.cssSelector("#login button")).click();
        page.waitUpTo(15).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
        // the learning table loads on its own: checked once it is drawn, not while it is
        page.waitUpTo(15).until(ExpectedConditions.attributeToBeNotEmpty(page.browser().findElement(By.tagName("body")),
                "data-learning"));
        assertEquals("shown", page.browser().findElement(By.tagName("body")).getAttribute("data-learning"));
        assertEquals(List.of(), Axe.seriousViolations(page.browser()), "the figures");
    }
}
