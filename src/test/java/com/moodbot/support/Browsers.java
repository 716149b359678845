package com.moodbot.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium for the browser tests (.ci/run installs chromium and chromium-driver). */
public final class Browsers {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browsers() {
    }

    public static void require() {
        Required.executables(Required.BROWSER,
                "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)",
                CHROMIUM, CHROMEDRIVER);
    }

    /**
     * @param language the browser's language (what it sends as Accept-Language), e.g. {@code en-US}
     * @param size     the window, e.g. {@code 900,1300}
     */
    public static WebDriver chromium(String language, String size) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=" + size, "--lang=" + language,
                "--user-data-dir=" + TestFiles.dir("moodbot-chromium"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages",
                language + "," + language.substring(0, 2)));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL")); // for policyViolations
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
                options);
    }

    /** What the browser's console said about the Content-Security-Policy since the last call: empty when nothing was blocked. */
    public static List<String> policyViolations(WebDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
    }

    /**
     * {@link org.openqa.selenium.support.ui.ExpectedConditions#stalenessOf}, also for what Chromium answers while
     * the element's page is being replaced by the next: not a stale element but "unknown error: ... Node with given
     * id does not belong to the document", which stalenessOf lets through as a failure.
     */
    public static ExpectedCondition<Boolean> replaced(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException stale) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }
}
