package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.analytics.UsageCounters;
import com.moodbot.support.Browsers;
import com.moodbot.support.Photos;
import com.moodbot.support.Required;
import com.moodbot.support.SimulatedUsage;
import com.moodbot.support.TestFiles;
import com.moodbot.support.TestModels;
import com.moodbot.support.TestServers;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In headless Chromium: a person taps the card on the chat page and lands on the item's page (a
 * local stand-in for the catalog's sites); the admin signs in and sees that tap on {@code /admin}.
 * The screenshot in docs/features.md is taken here, after two simulated weeks of counts are added.
 */
class AdminPageBrowserTest {

    private static final String TOKEN = "admin-browser-token";
    static EmbeddedServer server;
    static WebDriver browser;
    static HttpServer sites;
    static final AtomicInteger visits = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        Browsers.require();
        Required.fer2013("for the fixture photo");
        sites = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        sites.createContext("/", exchange -> {
            if (!exchange.getRequestURI().getPath().equals("/favicon.ico")) {
                visits.incrementAndGet();
            }
            byte[] page = "<!doctype html><title>item page</title><h1>the item's own page</h1>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        sites.start();
        Path catalog = TestFiles.dir("moodbot-catalog");
        try (Stream<Path> files = Files.list(Path.of("recommendations"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.writeString(catalog.resolve(f.getFileName()), Files.readString(f).replaceAll(
                        "((?:url|en|es): )https?://[^/\\s]+", "$1http://127.0.0.1:" + sites.getAddress().getPort()));
            }
        }
        Path model = TestModels.shippedOrRandom(8);
        server = ApplicationContext.run(EmbeddedServer.class, TestServers.merged(Map.of("micronaut.server.port", -1,
                "moodbot.model.dir", model.toString(), "moodbot.catalog.dir", catalog.toString(),
                "moodbot.admin.token", TOKEN, "moodbot.warm-up.enabled", false), TestServers.NEVER_ASK));
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
        if (sites != null) {
            sites.stop(0);
        }
    }

    private static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    @Test
    void aTapOnTheChatPageShowsOnTheAnalyticsPage() throws Exception {
        Path photo = TestFiles.file("selfie", ".jpg");
        Files.write(photo, Photos.jpeg(Photos.canvas(900, 700, List.of(Photos.detectableFaces().get(0)),
                new int[][] {{300, 150, 330}})));
        browser.get(server.getURL() + "/");
        browser.findElement(By.id("photo")).sendKeys(photo.toString());
        waitUpTo(30).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".card"), 1));
        String title = browser.findElement(By.cssSelector(".card h2")).getText();
        String chat = browser.getWindowHandle();
        browser.findElement(By.cssSelector(".card a")).click();
        waitUpTo(10).until(d -> d.getWindowHandles().size() == 2);
        browser.switchTo().window(browser.getWindowHandles().stream().filter(h -> !h.equals(chat)).findFirst()
                .orElseThrow());
        waitUpTo(10).until(ExpectedConditions.titleIs("item page"));
        assertTrue(browser.getCurrentUrl().startsWith("http://127.0.0.1:" + sites.getAddress().getPort()),
                "landed on the item's link: " + browser.getCurrentUrl());
        assertEquals(1, visits.get());
        browser.close();
        browser.switchTo().window(chat);

        browser.get(server.getURL() + "/admin");
        browser.findElement(By.id("token")).sendKeys("not-the-token");
        browser.findElement(By.cssSelector("#login button")).click();
        waitUpTo(10).until(ExpectedConditions.textToBe(By.id("error"), "That token is not right."));
        browser.findElement(By.id("token")).sendKeys(TOKEN);
        browser.findElement(By.cssSelector("#login button")).click();
        waitForFigures();
        assertEquals("1", browser.findElement(By.id("taps")).getText());
        assertEquals("1", browser.findElement(By.id("photos")).getText());
        var first = browser.findElements(By.cssSelector("#items tbody tr td"));
        assertEquals(title, first.get(0).findElement(By.className("title")).getText(), "the tapped item heads the table");
        assertEquals(List.of("1", "1", "100.0%"), List.of(first.get(1).getText(), first.get(2).getText(),
                first.get(3).getText()), "shown once, tapped once");
        waitUpTo(10).until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#learning tbody tr"), 0));
        String learned = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(server.getURL() + "/admin/api/learning")).header("Authorization", "Bearer " + TOKEN)
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(learned.matches("(?s).*\"title\":\"" + java.util.regex.Pattern.quote(title)
                + "\",\"shows\":(1\\.0|0\\.9999\\d*),\"taps\":(1\\.0|0\\.9999\\d*).*"),
                "the tap taught the recommender: " + learned);
        List<List<String>> rows = browser.findElements(By.cssSelector("#learning tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals(title) && r.get(2).endsWith("%")),
                "the table opens on the one mood and category shown so far, the tapped item with its rate: " + rows);
        List<List<String>> notShown = rows.stream().filter(r -> r.get(1).equals("not shown yet")).toList();
        assertTrue(!notShown.isEmpty() && notShown.stream().allMatch(r -> r.get(2).equals("\u2013")),
                "an item not shown yet has no tap-through of its own: " + rows);

        long now = System.currentTimeMillis() / 3_600_000L;
        SimulatedUsage.add(server.getApplicationContext().getBean(UsageCounters.class), now - 2 * 168, now - 1, 42);
        simulateLearning(server.getApplicationContext());
        browser.navigate().refresh();
        waitForFigures();
        waitUpTo(10).until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#learning tbody tr"), 3));
        var learning = browser.findElement(By.id("learning-section"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", learning);
        Files.copy(learning.getScreenshotAs(OutputType.FILE).toPath(),
                Path.of("target", "admin-learning-screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        Path shot = Path.of("target", "admin-screenshot.png");
        Files.createDirectories(shot.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), shot,
                StandardCopyOption.REPLACE_EXISTING);
        assertEquals(List.of(), Browsers.policyViolations(browser), "nothing on the pages was blocked by their CSP");

        try {
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("language"))).selectByValue("es");
            assertEquals("moodbot: qué ve y hace la gente", browser.findElement(By.tagName("h1")).getText());
            // drawn again at once, then again with the titles fetched in Spanish: the rows may be replaced meanwhile
            assertEquals("fotos leídas", waitUpTo(10).ignoring(StaleElementReferenceException.class).until(d -> {
                String head = d.findElement(By.cssSelector("#channels tbody th")).getText();
                return head.equals("fotos leídas") ? head : null;
            }), "the figures drawn again in Spanish");
            assertTrue(browser.findElement(By.id("status")).getText().startsWith("Contado por hora en UTC"),
                    browser.findElement(By.id("status")).getText());
            browser.navigate().refresh();
            waitForFigures();
            assertEquals("es", browser.findElement(By.tagName("html")).getAttribute("lang"), "the choice is remembered");
            assertEquals("Editor del catálogo", browser.findElement(By.cssSelector("header nav a[href='/admin/catalog']")).getText());
            String spanish = server.getApplicationContext().getBean(com.moodbot.recommend.CatalogService.class).current()
                    .items().values().stream().flatMap(List::stream).filter(i -> i.title().english().equals(title))
                    .findFirst().orElseThrow().title().in(com.moodbot.i18n.Language.ES);
            waitUpTo(10).ignoring(StaleElementReferenceException.class).until(d -> d.findElements(By.cssSelector("#items tbody .title")).stream()
                    .anyMatch(t -> t.getText().equals(spanish)));
        } finally {
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("localStorage.clear();");
        }
    }

    /** The page navigates (login redirect, reload): an element found mid-way may go stale. */
    private static void waitForFigures() {
        waitUpTo(15).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
    }

    /** For the screenshot only: made-up shows and taps for the first mood and category the page shows. */
    private static void simulateLearning(ApplicationContext context) {
        var catalog = context.getBean(com.moodbot.recommend.CatalogService.class).current();
        var rule = catalog.rule(com.moodbot.emotion.Emotion.ANGRY);
        var store = context.getBean(com.moodbot.recommend.learning.TapThroughStore.class);
        Random random = new Random(7);
        for (var item : catalog.candidates(rule.categories().get(0), rule.drawFrom())) {
            int shows = 5 + random.nextInt(300);
            double rate = 0.02 + 0.25 * random.nextDouble() * random.nextDouble();
            for (int i = 0; i < shows; i++) {
                store.shown(com.moodbot.emotion.Emotion.ANGRY, item.category(), item.id());
                if (random.nextDouble() < rate) {
                    store.tapped(com.moodbot.emotion.Emotion.ANGRY, item.category(), item.id());
                }
            }
        }
    }
}
