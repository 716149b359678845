package com.moodbot.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The service on a random port and a headless Chromium ({@link Browsers}) looking at it, started
 * before a browser test class and stopped after it, and the chat page's moves those tests share.
 * Register it as {@code @RegisterExtension static final ChatPage page = ChatPage.of(...)}.
 */
public final class ChatPage implements BeforeAllCallback, AfterAllCallback {

    /** The service's properties, worked out once the browser is known to be there. */
    @FunctionalInterface
    public interface Properties {
        Map<String, Object> get() throws Exception;
    }

    private final String language;
    private final String size;
    private final Properties properties;
    private EmbeddedServer server;
    private WebDriver browser;

    private ChatPage(String language, String size, Properties properties) {
        this.language = language;
        this.size = size;
        this.properties = properties;
    }

    /**
     * @param language   the browser's language, e.g. {@code en-US}
     * @param size       the window, e.g. {@code 900,1300}
     * @param properties the service's properties (the random port is added); any {@code Required} checks go here
     */
    public static ChatPage of(String language, String size, Properties properties) {
        return new ChatPage(language, size, properties);
    }

    /**
     * A 900x1300 window on the shipped model (a random one without it) that answers every face without
     * asking, for a test whose photo is made from FER2013's faces ({@code why} says what for).
     */
    public static ChatPage neverAsking(String language, String why) {
        return of(language, "900,1300", () -> {
            Required.fer2013(why);
            return TestServers.merged(model(TestModels.shippedOrRandom(8)), TestServers.NEVER_ASK);
        });
    }

    /** The web chat's usual properties: the model in {@code model}, no warm-up. */
    public static Map<String, Object> model(Path model) {
        return Map.of("moodbot.model.dir", model.toString(), "moodbot.warm-up.enabled", false);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Browsers.require();
        server = ApplicationContext.run(EmbeddedServer.class,
                TestServers.merged(Map.of("micronaut.server.port", -1), properties.get()));
        browser = Browsers.chromium(language, size);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (server != null) {
            server.getApplicationContext().close();
            server = null;
        }
    }

    public EmbeddedServer server() {
        return server;
    }

    public WebDriver browser() {
        return browser;
    }

    /** A JPEG of 900x700 with the first detectable FER2013 face, 330 px wide, its top-left at (300, {@code top}). */
    public static Path facePhoto(String prefix, int top) throws IOException {
        Path photo = TestFiles.file(prefix, ".jpg");
        Files.write(photo, Photos.jpeg(Photos.canvas(900, 700, List.of(Photos.detectableFaces().get(0)),
                new int[][] {{300, top, 330}})));
        return photo;
    }

    /** The usual selfie: {@link #facePhoto} 150 px from the top. */
    public static Path selfie() throws IOException {
        return facePhoto("selfie", 150);
    }

    public WebDriverWait waitUpTo(int seconds) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Opens the chat page (or another {@code path} of the service). */
    public void open(String path) {
        browser.get(server.getURL() + path);
    }

    /** Picks {@code photo} in "Send a photo"; waits for nothing. */
    public void send(Path photo) {
        browser.findElement(By.id("photo")).sendKeys(photo.toString());
    }

    /** Waits at most {@code seconds} until the page shows exactly {@code count} cards. */
    public void waitForCards(int count, int seconds) {
        waitUpTo(seconds).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".card"), count));
    }

    /**
     * Sends the file and waits (at most {@code seconds}) for a new bot message and for the page to be idle.
     *
     * @return the milliseconds that took
     */
    public long sendAndWaitForReply(Path file, int seconds) {
        int before = browser.findElements(By.cssSelector(".msg.bot")).size();
        long start = System.nanoTime();
        send(file);
        waitUpTo(seconds).until(d -> d.findElements(By.cssSelector(".msg.bot")).size() > before
                && d.findElement(By.id("status")).getText().isEmpty());
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The texts of the bot's bubbles, oldest first. */
    public List<String> bubbles() {
        // one script call reads every bubble at once, so a bubble the page replaces meanwhile cannot go stale
        Object texts = ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('.msg.bot .bubble')).map(e => e.innerText.trim());");
        return ((List<?>) texts).stream().map(String::valueOf).toList();
    }

    /** The text of the bot's newest bubble. */
    public String lastBubble() {
        List<String> b = bubbles();
        return b.get(b.size() - 1);
    }
}
