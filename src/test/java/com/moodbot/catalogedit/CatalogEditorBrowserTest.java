package com.moodbot.catalogedit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.recommend.CatalogService;
import com.moodbot.support.Browsers;
import com.moodbot.support.ChatPage;
import com.moodbot.support.Required;
import com.moodbot.support.ShippedCatalogs;
import com.moodbot.support.TestFiles;
import com.moodbot.support.TestModels;
import com.moodbot.support.TestServers;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * In Chromium: an admin adds a film in /admin/catalog and the chat page recommends it at once, no
 * restart. The catalog is a copy in which every mood draws disgust films and one film suits disgust
 * (Inside Out): the first photo gets it, so once the new film is saved it is the only one the person
 * has not seen, and the next photo must get it.
 */
class CatalogEditorBrowserTest {

    private static final String TOKEN = "editor-browser-token-0123";
    private static final Path CATALOG = copy();
    @RegisterExtension
    static final ChatPage page = ChatPage.of("en-US", "1000,1400", () -> {
        Required.fer2013("for the face on the photo");
        return TestServers.merged(ChatPage.model(TestModels.shippedOrRandom(8)), TestServers.NEVER_ASK,
                Map.of("moodbot.catalog.dir", CATALOG.toString(), "moodbot.admin.token", TOKEN));
    });

    /**
     * The shipped catalogs with disgust taken off every film but the first that has it, and every mood drawing
     * disgust; the first food item has a picture of its own.
     */
    private static Path copy() {
        try {
            Path dir = ShippedCatalogs.copyNamingPicture(TestFiles.dir("moodbot-catalog"), "soup.png");
            Files.createDirectories(dir.resolve("images"));
            ImageIO.write(new BufferedImage(200, 120, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("images/soup.png").toFile());
            String films = Files.readString(dir.resolve("films.yml"));
            int keep = films.indexOf("disgust", films.indexOf("id: inside-out-2015"));
            Matcher m = Pattern.compile("(, disgust|disgust, )").matcher(films);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, m.start() <= keep && m.end() > keep ? "$1" : "");
            }
            // a film that suits disgust alone suits another mood here
            Files.writeString(dir.resolve("films.yml"), m.appendTail(out).toString()
                    .replace("moods: [disgust]\n", "moods: [neutral]\n"));
            Files.writeString(dir.resolve("policy.yml"), Files.readString(dir.resolve("policy.yml"))
                    .replaceAll("draw_from: \\[[a-z, ]+]", "draw_from: [disgust]")
                    .replaceAll("categories: \\[[a-z, ]+]", "categories: [film, song, food, place]"));
            return dir;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> comments(Path file) throws Exception {
        return Files.readAllLines(file).stream().filter(l -> l.strip().startsWith("#")).toList();
    }

    private String cardTitleForASelfie() throws Exception {
        page.open("/");
        int before = page.browser().findElements(By.cssSelector(".card")).size();
        page.send(ChatPage.selfie());
        page.waitForCards(before + 1, 30);
        List<WebElement> titles = page.browser().findElements(By.cssSelector(".card h2"));
        return titles.get(titles.size() - 1).getText();
    }

    /**
     * Drops the session cookie, which the browser shows only to pages under its path, /admin: from a page there
     * that runs no script (the figures page, signed in, would reload itself on the 401 that follows, at any
     * moment, even in the middle of the next page).
     */
    private void signOut() {
        page.open("/admin/no-such-page");
        page.browser().manage().deleteAllCookies();
    }

    /** Signs in on the sign-in form the browser shows, and waits for the page it leads to. */
    private void signIn() {
        page.browser().findElement(By.id("token")).sendKeys(TOKEN);
        WebElement button = page.browser().findElement(By.cssSelector("#login button"));
        button.click();
        page.waitUpTo(10).until(Browsers.replaced(button));
    }

    private void openTheEditorSignedInAfresh() {
        signOut();
        page.open("/admin/catalog");
        signIn();
        waitUntilLoaded();
    }

    /** The page has drawn the catalog; if not within 30 s (a loaded 2-core machine), says where it stopped. */
    private void waitUntilLoaded() {
        try {
            page.waitUpTo(30).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
        } catch (TimeoutException e) {
            String body = page.browser().findElement(By.tagName("body")).getText();
            throw new AssertionError("not drawn at " + page.browser().getCurrentUrl() + "; the page says: "
                    + body.substring(0, Math.min(300, body.length())), e);
        }
    }

    private WebElement field(String name) {
        return page.browser().findElement(By.cssSelector(".item-form [name=" + name + "]"));
    }

    /** Everything a film needs besides its id and English title: its Spanish title, descriptions, a mood and links. */
    private void completeTheForm(String titleEs, String mood) {
        field("titleEs").sendKeys(titleEs);
        field("descriptionEn").sendKeys("Slow, quiet and kind.");
        field("descriptionEs").sendKeys("Lenta, tranquila y amable.");
        page.browser().findElement(By.cssSelector(".item-form input[name=moods][value=" + mood + "]")).click();
        field("urlEn").sendKeys("https://example.org/" + field("id").getAttribute("value")); // after its https://
        assertEquals("https://example.org/" + field("id").getAttribute("value"), field("urlEn").getAttribute("value"),
                "a whole link typed after the field's https:// keeps one scheme");
        field("urlEs").sendKeys("https://example.org/es/" + field("id").getAttribute("value"));
    }

    private void waitForProblems(String text) {
        By problems = By.cssSelector(".item-form .problems");
        page.waitUpTo(10).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "the form says: " + page.browser().findElement(problems).getText())
                .until(d -> d.findElement(problems).getText().contains(text));
    }

    @Test
    void anItemAddedInTheEditorIsRecommendedWithoutARestartAndTheFileKeepsItsComments() throws Exception {
        page.open("/");
        assertEquals(0, page.browser().findElements(By.cssSelector("a[href*='catalog']")).size(),
                "the people's page does not link the catalog");
        assertEquals("Inside Out (2015)", cardTitleForASelfie(), "the one film that suits disgust");
        List<String> commentsBefore = comments(CATALOG.resolve("films.yml"));

        signOut();
        page.open("/admin/catalog");
        signIn();
        assertTrue(page.browser().getCurrentUrl().endsWith("/admin/catalog"), "back where the admin was going: "
                + page.browser().getCurrentUrl());
        waitUntilLoaded();
        page.browser().findElement(By.cssSelector("section[data-category=film] button.add")).click();
        field("titleEn").sendKeys("A Néw Calm Film (2026)");
        assertEquals("a-new-calm-film-2026", field("id").getAttribute("value"), "a new item's id follows its title");
        field("id").clear();
        field("id").sendKeys("paddington-2-2017");
        waitForProblems("Id: another item already has “paddington-2-2017”: write another");
        field("id").clear();
        field("id").sendKeys("a-new-calm-film");
        field("titleEn").clear();
        field("titleEn").sendKeys("A New Calm Film (2026)");
        assertEquals("a-new-calm-film", field("id").getAttribute("value"), "until the admin writes one");
        waitForProblems("To fix before saving:");
        String problems = page.browser().findElement(By.cssSelector(".item-form .problems")).getText();
        assertTrue(problems.startsWith("To fix before saving:\n") && problems.contains("\nMoods: tick at least one")
                        && !problems.contains("films.yml"),
                "catalog check's problems show beside the item as it is typed, without the lines of a file it is not in yet: "
                        + problems);
        page.browser().findElement(By.cssSelector(".item-form button[type=submit]")).click();
        waitForProblems("Not saved: first fix the problems below.");
        assertTrue(page.browser().findElement(By.cssSelector(".item-form .problems")).getText()
                .contains("Moods: tick at least one"), "the refused save keeps the problems in view");
        Select pageLanguage = new Select(page.browser().findElement(By.id("language")));
        pageLanguage.selectByValue("es");
        waitForProblems("Estados de ánimo: marca al menos uno");
        assertTrue(page.browser().findElement(By.cssSelector(".item-form .problems")).getText()
                .startsWith("Por corregir antes de guardar:"), "catalog check answers in the page's language");
        assertEquals(List.of("Título", "alegría", "Guardar"), List.of(
                page.browser().findElement(By.cssSelector(".item-form legend")).getText(),
                page.browser().findElement(By.cssSelector(".item-form [data-mood=happy]")).getText(),
                page.browser().findElement(By.cssSelector(".item-form button[type=submit]")).getText()),
                "the open form's own words follow the switch");
        assertEquals("es", page.browser().findElement(By.id("text-language")).getAttribute("value"),
                "and so do the items' texts");
        pageLanguage.selectByValue("en");
        waitForProblems("Moods: tick at least one");
        assertEquals("a-new-calm-film", field("id").getAttribute("value"), "a language switch keeps the open form");
        completeTheForm("A New Calm Film (2026)", "disgust");
        waitForProblems("Nothing to fix: ready to save.");
        field("descriptionEs").sendKeys("x".repeat(81 - "Lenta, tranquila y amable.".length()));
        waitForProblems("Spanish description: 81 characters, and Messenger shows 80 at most: shorten it");
        field("descriptionEs").sendKeys(Keys.BACK_SPACE.toString().repeat(81 - "Lenta, tranquila y amable.".length()));
        waitForProblems("Nothing to fix: ready to save.");
        page.browser().findElement(By.cssSelector(".item-form button[type=submit]")).click();
        page.waitUpTo(10).until(ExpectedConditions.textToBe(By.id("status"), "Saved. The bot uses it now."));
        assertEquals(1, page.browser().findElements(By.cssSelector("#items-film li[data-id='a-new-calm-film']")).size());
        assertTrue(page.browser().findElement(By.cssSelector("#versions time")).getText().startsWith("replaced "),
                "the replaced file is kept, with a human date");
        assertEquals(": a-new-calm-film was added", page.browser().findElement(By.cssSelector("#versions .change")).getText(),
                "and the save that replaced it");

        assertEquals(commentsBefore, comments(CATALOG.resolve("films.yml")), "the file keeps its comments");
        assertTrue(Files.readString(CATALOG.resolve("films.yml")).contains("  - id: a-new-calm-film\n"));
        assertTrue(Files.readString(CATALOG.resolve("films.yml")).contains("    url:\n      en: https://example.org/"
                + "a-new-calm-film\n      es: https://example.org/es/a-new-calm-film\n"), "both links, as typed");
        assertEquals("A New Calm Film (2026)", cardTitleForASelfie(), "recommended at once: the only film not seen yet");
        assertEquals(List.of(), Browsers.policyViolations(page.browser()), "nothing on the pages was blocked by their CSP");

        page.open("/admin/catalog");
        waitUntilLoaded();
        page.browser().findElement(By.cssSelector("section[data-category=song] button.add")).click();
        field("id").sendKeys("half-typed");
        page.browser().manage().deleteCookieNamed("moodbot_admin");
        field("titleEn").sendKeys("A song");
        waitForProblems("Your session has ended. Sign in again in another tab");
        assertEquals("A song", field("titleEn").getAttribute("value"), "what the admin typed stays when the session ends");
        assertEquals("Your session has ended. Sign in again.", page.browser().findElement(By.id("status")).getText(),
                "the status line says so too, not an earlier save's news");
    }

    @Test
    void aSaveRefusedBecauseTheFileChangedMeanwhileKeepsWhatTheAdminTypedForTheNextSave() throws Exception {
        openTheEditorSignedInAfresh();
        page.browser().findElement(By.cssSelector("section[data-category=film] button.add")).click();
        field("id").sendKeys("a-film-saved-twice");
        field("titleEn").sendKeys("A Film Saved Twice (2026)");
        completeTheForm("Una película guardada dos veces (2026)", "happy");
        waitForProblems("Nothing to fix: ready to save.");
        Path films = CATALOG.resolve("films.yml");
        Files.writeString(films, Files.readString(films) + "# a note another admin saved meanwhile\n");

        page.browser().findElement(By.cssSelector(".item-form button[type=submit]")).click();
        String kept = "Someone changed this file meanwhile. The list now shows their version; your change is still in "
                + "the form: check it and save again.";
        page.waitUpTo(10).until(ExpectedConditions.textToBe(By.id("status"), kept));
        waitForProblems(kept);
        assertEquals("A Film Saved Twice (2026)", field("titleEn").getAttribute("value"), "what the admin typed stays");
        page.browser().findElement(By.cssSelector(".item-form button[type=submit]")).click();
        page.waitUpTo(10).until(ExpectedConditions.textToBe(By.id("status"), "Saved. The bot uses it now."));
        String saved = Files.readString(films);
        assertTrue(saved.contains("# a note another admin saved meanwhile"), "the other admin's version is kept");
        assertTrue(saved.contains("  - id: a-film-saved-twice\n"), "and the film saved over it");
    }

    @Test
    void anEditThatLeavesTheMoodsAloneKeepsTheirOrderInTheFile() throws Exception {
        openTheEditorSignedInAfresh();
        page.browser().findElement(By.cssSelector("#items-food li[data-id='chicken-noodle-soup'] .actions button")).click();
        WebElement note = page.browser().findElement(By.cssSelector(".item-form p.note"));
        String spanishLink = field("urlEs").getAttribute("value");
        assertFalse(note.isDisplayed(), "a food item with its Spanish link");
        WebElement thumb = page.browser().findElement(By.cssSelector(".item-form img.thumb"));
        page.waitUpTo(10).withMessage(() -> "the item's picture beside its name").until(d -> thumb.isDisplayed());
        field("image").sendKeys("x");
        page.waitUpTo(10).withMessage(() -> "no picture for a name with none").until(d -> !thumb.isDisplayed());
        field("image").sendKeys(Keys.BACK_SPACE);
        page.waitUpTo(10).until(d -> thumb.isDisplayed());
        field("urlEs").clear();
        field("urlEs").sendKeys(" ");
        assertTrue(note.isDisplayed() && note.getText().startsWith("Spanish speakers will get the English link"),
                "left empty, the admin is told who gets what");
        field("urlEs").sendKeys("www.example.org/sopa");
        waitForProblems("Spanish link: “www.example.org/sopa” is not a whole web link");
        assertEquals("true", field("urlEs").getAttribute("aria-invalid"), "the field with the problem is marked");
        assertEquals(null, field("urlEn").getAttribute("aria-invalid"));
        field("urlEs").clear();
        field("urlEs").sendKeys(spanishLink);
        assertFalse(note.isDisplayed());
        waitForProblems("Nothing to fix: ready to save.");
        assertEquals(null, field("urlEs").getAttribute("aria-invalid"), "and unmarked once it is right");
        Path big = Files.write(Files.createTempFile("big", ".jpg"), new byte[9 << 20]);
        page.browser().findElement(By.cssSelector(".item-form input[name=picture]")).sendKeys(big.toString());
        waitForProblems("Picture not uploaded: the file is over the 8 MiB a picture may have: save a smaller copy and "
                + "upload that.");
        Files.delete(big);
        field("weight").clear();
        field("weight").sendKeys("3");
        waitForProblems("Nothing to fix: ready to save.");
        page.browser().findElement(By.cssSelector(".item-form button[type=submit]")).click();
        page.waitUpTo(10).until(ExpectedConditions.textToBe(By.id("status"), "Saved. The bot uses it now."));
        String food = Files.readString(CATALOG.resolve("food.yml"));
        assertTrue(food.contains("    moods: [sad, fear, neutral]\n    weight: 3\n"), food);
    }

    @Test
    void withFilesThatFailTheCheckAnEditFormSaysItShowsTheCatalogInServiceAndWhatSavingDrops() throws Exception {
        Path songs = CATALOG.resolve("songs.yml");
        String good = Files.readString(songs);
        Files.writeString(songs, good.replaceFirst("moods: \\[", "moods: [joyful, "));
        try {
            openTheEditorSignedInAfresh();
            CatalogService service = page.server().getApplicationContext().getBean(CatalogService.class);
            page.waitUpTo(15).until(d -> !service.status().problems().isEmpty()); // the service's poll has seen it
            page.open("/admin");
            page.waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("catalog-problems")));
            assertEquals("The catalog files on the server have a problem: the bot keeps using the last good catalog, and "
                    + "edits wait until they are fixed. See them in the catalog editor.",
                    page.browser().findElement(By.id("catalog-problems")).getText(), "the figures page says so too");
            page.browser().findElement(By.cssSelector("#catalog-problems a")).click();
            waitUntilLoaded();
            assertTrue(page.browser().findElement(By.id("disk-problems")).getText().contains("unknown mood 'joyful'"));
            page.browser().findElement(By.cssSelector("#items-song li .actions button")).click();
            assertTrue(page.browser().findElement(By.cssSelector(".item-form .from-service")).getText()
                    .startsWith("The files on the server do not pass the check (above), so this list shows"));
            assertEquals("", field("urlEs").getAttribute("value"), "a song's one link: the Spanish field left empty");
            assertEquals("empty: the English one", field("urlEs").getAttribute("placeholder"));
            assertEquals("needed: written in Spanish", field("descriptionEs").getAttribute("placeholder"),
                    "the one Spanish text that does not fall back to the English");

            WebElement editFilm = page.browser().findElement(By.cssSelector("#items-film li .actions button"));
            ((JavascriptExecutor) page.browser()).executeScript("arguments[0].scrollIntoView({block: 'center'});", editFilm);
            editFilm.click();
            field("titleEs").clear();
            field("titleEs").sendKeys("Un título escrito a mano");
            page.browser().findElement(By.cssSelector(".item-form button[type=submit]")).click();
            String refused = "Not saved: the problems below are in the catalog files on the server, not in this form.";
            waitForProblems(refused);
            assertEquals("Not saved: see the form.", page.browser().findElement(By.id("status")).getText(),
                    "the status line says so in short, not an earlier answer");

            ((JavascriptExecutor) page.browser()).executeScript("window.confirm = () => true; window.scrollTo(0, 0);");
            page.browser().findElement(By.cssSelector("#disk-problems button.put-back")).click();
            page.waitUpTo(30).until(ExpectedConditions.textToBe(By.id("status"), "Put back: the file is the one the bot uses."));
            assertEquals(good, Files.readString(songs), "the file the bot uses, back on disk");
            assertFalse(page.browser().findElement(By.id("disk-problems")).isDisplayed());
            waitForProblems("Nothing to fix: ready to save.");
            assertEquals("Un título escrito a mano", field("titleEs").getAttribute("value"), "the open form is kept");
            assertEquals(0, page.browser().findElements(By.cssSelector(".item-form .from-service")).size(),
                    "and no longer says the list is the catalog in service's");
            page.browser().findElement(By.cssSelector(".item-form button[data-text=cancel]")).click();
            assertEquals(": the file the bot used was put back",
                    page.browser().findElement(By.cssSelector("#versions .change")).getText());
        } finally {
            Files.writeString(songs, good);
        }
    }

    private void assertBothPagesFitAPhone(String language) {
        for (String path : List.of("/catalog.html", "/admin/catalog")) {
            page.open(path);
            waitUntilLoaded();
            Object width = ((JavascriptExecutor) page.browser()).executeScript("return document.documentElement.scrollWidth;");
            assertTrue(((Number) width).intValue() <= 390, path + " in " + language + " is " + width + " px wide on a phone");
        }
    }

    @Test
    void thePreviewIsForAdminsInTheirLanguageAndBothPagesFitAPhone() {
        signOut();
        page.open("/catalog.html");
        assertEquals(1, page.browser().findElements(By.id("token")).size(), "signed out: the sign-in form");
        signIn();
        page.browser().manage().window().setSize(new Dimension(390, 844));
        try {
            assertBothPagesFitAPhone("English");
            page.open("/catalog.html");
            waitUntilLoaded();
            assertEquals(0, page.browser().findElements(By.cssSelector(".item-form, button.add, #versions, #text-language"))
                    .size(), "read-only");
            assertTrue(page.browser().findElement(By.cssSelector("li[data-id='knives-out-2019'] .meta")).getText()
                    .contains(" · for groups"), "what the catalog marks an item with shows under it");
            WebElement picture = page.browser().findElement(By.cssSelector("li[data-id='chicken-noodle-soup'] img.thumb"));
            ((JavascriptExecutor) page.browser()).executeScript("arguments[0].scrollIntoView();", picture);
            page.waitUpTo(10).until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                    "return arguments[0].naturalWidth;", picture)).intValue() == 200);
            assertEquals("page", page.browser().findElement(By.cssSelector("nav a[href='/admin/catalog/preview']"))
                    .getAttribute("aria-current"));
            assertEquals("moodbot: catalog preview", page.browser().getTitle());
            new Select(page.browser().findElement(By.id("mood"))).selectByValue("disgust");
            List<String> films = page.browser().findElements(By.cssSelector(".category:first-of-type li strong")).stream()
                    .map(WebElement::getText).toList();
            assertTrue(films.contains("Inside Out (2015)") && !films.contains("Paddington 2 (2017)"), films.toString());
            page.browser().findElement(By.id("search")).sendKeys("zzzz-nothing-like-it");
            page.waitUpTo(10).until(d -> d.findElements(By.cssSelector("#categories > p.note")).size() == 1);
            assertEquals("No item matches: try other words, or all moods.",
                    page.browser().findElement(By.cssSelector("#categories > p.note")).getText());
            page.browser().findElement(By.id("search")).clear();
            page.browser().findElement(By.id("search")).sendKeys(" ");
            new Select(page.browser().findElement(By.id("language"))).selectByValue("es");
            assertEquals("Vista previa del catálogo", page.browser().findElement(By.tagName("h1")).getText());
            // the switch asks the server again in Spanish, and the answer redraws the status line
            page.waitUpTo(10).ignoring(StaleElementReferenceException.class).until(d ->
                    d.findElement(By.cssSelector("#status time")).getText().startsWith("Archivos del catálogo leídos "));
            List<String> links = page.browser().findElements(By.cssSelector(".category li a")).stream()
                    .map(a -> a.getAttribute("href")).toList();
            assertTrue(links.stream().anyMatch(l -> l.contains("Receta")) && links.stream().noneMatch(l -> l.endsWith("+recipe")),
                    "the links a Spanish speaker gets: " + links);
            // headless Chromium's window is at least 500 px wide: the phone's screen is emulated
            ((ChromeDriver) page.browser()).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                    "width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
            assertEquals(List.of(), ((JavascriptExecutor) page.browser()).executeScript("return [...document.querySelectorAll('.scroll')]"
                    + ".filter(b => b.offsetParent && b.scrollWidth > b.clientWidth + 1)"
                    + ".map(b => (b.firstElementChild && b.firstElementChild.className) + ' ' + b.scrollWidth + '>' + b.clientWidth);"),
                    "the coverage grid fits a 390 px phone in Spanish");
            assertBothPagesFitAPhone("Spanish");
        } finally {
            ((ChromeDriver) page.browser()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            page.browser().manage().window().setSize(new Dimension(1000, 1400));
            ((JavascriptExecutor) page.browser()).executeScript("localStorage.clear();");
        }
    }
}
