package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.analytics.UsageCounters;
import com.moodbot.support.Axe;
import com.moodbot.support.Browsers;
import com.moodbot.support.ChatPage;
import com.moodbot.support.SimulatedUsage;
import com.moodbot.support.TestModels;
import com.moodbot.support.TestServers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The figures page on a 390x844 phone, over two weeks of counts: nothing wider than the screen,
 * the last 7 days as seven daily bars (today last), the last 24 hours hourly, the channels side by
 * side, the change against the week before, and no serious accessibility problem.
 */
class AdminPagePhoneBrowserTest {

    private static final String TOKEN = "admin-phone-token";
    private static final int PHONE_WIDTH = 390;
    @RegisterExtension
    static final ChatPage page = ChatPage.of("en-US", PHONE_WIDTH + ",844", () -> TestServers.merged(
            ChatPage.model(TestModels.random(30)),
            Map.of("moodbot.admin.token", TOKEN)));

    private static Object script(String js) {
        return ((JavascriptExecutor) page.browser()).executeScript(js);
    }

    private static String text(String id) {
        return page.browser().findElement(By.id(id)).getText();
    }

    private static void waitForBin(String bin) {
        page.waitUpTo(15).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-bin", bin));
    }

    @Test
    void theWeekFitsAPhoneInSevenDailyBarsWithTheChannelsAndTheChange() throws IOException {
        long now = System.currentTimeMillis() / 3_600_000L;
        SimulatedUsage.add(page.server().getApplicationContext().getBean(UsageCounters.class), now - 2 * 168, now, 7);
        // headless Chromium's window is at least 500 px wide: the phone's screen is emulated
        ((ChromeDriver) page.browser()).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        page.open("/admin");
        page.browser().findElement(By.id("token")).sendKeys(TOKEN);
        page.browser().findElement(By.cssSelector("#login button")).click();
        waitForBin("day");

        assertTrue(((Number) script("return document.documentElement.scrollWidth;")).intValue() <= PHONE_WIDTH,
                "no sideways scrolling: " + widest());
        assertEquals(PHONE_WIDTH, ((Number) script("return window.innerWidth;")).intValue(), "the phone's width, not zoomed out");
        assertEquals(7L, script("return Chart.getChart('moods').data.labels.length;"), "a bar per day");
        String today = (String) script("return new Date('" + LocalDate.now(ZoneOffset.UTC) + "T00:00:00Z')"
                + ".toLocaleDateString([], { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });");
        assertEquals(today, script("const l = Chart.getChart('moods').data.labels; return l[l.length - 1];"),
                "today (UTC) is the last bar");
        assertEquals(7L, script("return new Set(Chart.getChart('moods').data.labels).size;"), "seven different days");
        assertEquals("Detected moods per day (UTC)", text("moods-title"));
        assertEquals(7L, script("return Chart.getChart('not-my-mood-daily').data.labels.length;"),
                "the \"not my mood\" rate per day");
        assertEquals(List.of("Messenger", "web page", "Instagram"),
                script("return Chart.getChart('not-my-mood-daily').data.datasets.map(d => d.label);"), "a line per channel");
        assertTrue(text("photos-change").endsWith("vs before"), text("photos-change"));
        assertTrue(text("compared").startsWith("\"vs before\": against the same hours one period earlier"), text("compared"));
        List<String> channelRows = page.browser().findElements(By.cssSelector("#channels tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertEquals(6, channelRows.size(), channelRows.toString());
        assertTrue(channelRows.get(3).matches("cards tapped \\d+ \\d+ \\d+"), channelRows.get(3));
        assertTrue(channelRows.get(0).matches("photos read \\d+ \\d+ \\d+"), channelRows.get(0));
        assertTrue(page.browser().findElement(By.id("web-corrections")).isDisplayed(), "the web page's matrix");
        page.waitUpTo(15).until(ExpectedConditions.attributeToBeNotEmpty(page.browser().findElement(By.tagName("body")),
                "data-learning"));
        assertEquals("shown", page.browser().findElement(By.tagName("body")).getAttribute("data-learning"));
        assertEquals(List.of(), Axe.seriousViolations(page.browser()), "full figures on a phone");
        screenshot("admin-phone.png");

        new Select(page.browser().findElement(By.id("hours"))).selectByValue("24");
        waitForBin("hour");
        assertEquals(24L, script("return Chart.getChart('moods').data.labels.length;"), "hourly up to 48 hours");
        assertEquals("Detected moods per hour", text("moods-title"));
        assertTrue(((Number) script("return document.documentElement.scrollWidth;")).intValue() <= PHONE_WIDTH,
                "no sideways scrolling: " + widest());
        assertEquals(List.of(), Browsers.policyViolations(page.browser()), "nothing was blocked by the CSP");

        try {
            new Select(page.browser().findElement(By.id("language"))).selectByValue("es");
            assertEquals("Estados de ánimo detectados por hora", text("moods-title"));
            assertTrue(((Number) script("return document.documentElement.scrollWidth;")).intValue() <= PHONE_WIDTH,
                    "no sideways scrolling in Spanish either: " + widest());
            assertEquals(List.of(), script("return [...document.querySelectorAll('.scroll')]"
                    + ".filter(b => b.offsetParent && b.scrollWidth > b.clientWidth + 1)"
                    + ".map(b => (b.firstElementChild && b.firstElementChild.id) + ' ' + b.scrollWidth + '>' + b.clientWidth);"),
                    "no table scrolls sideways in its box either, in Spanish");
            screenshot("admin-phone-es.png");
            page.browser().navigate().refresh();
            waitForBin("hour");
            assertEquals("24", new Select(page.browser().findElement(By.id("hours"))).getFirstSelectedOption()
                    .getAttribute("value"), "the period chosen is kept");
        } finally {
            script("localStorage.clear(); return null;");
        }
    }

    /** The whole page, in target/, to look at. */
    private static void screenshot(String name) throws IOException {
        byte[] png = Base64.getDecoder().decode((String) ((ChromeDriver) page.browser()).executeCdpCommand(
                "Page.captureScreenshot", Map.of("captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0,
                        "width", PHONE_WIDTH, "height", script("return document.documentElement.scrollHeight;"),
                        "scale", 1))).get("data"));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", name), png);
    }

    /** For a failure's message: the elements that reach past the screen's right edge. */
    private static Object widest() {
        return script("return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
                + PHONE_WIDTH + ").slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' '"
                + " + Math.round(e.getBoundingClientRect().right));");
    }
}
