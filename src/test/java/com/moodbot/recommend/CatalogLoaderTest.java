package com.moodbot.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.Language;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoaderTest {

    @TempDir
    Path dir;

    private final CatalogLoader loader = new CatalogLoader(Clock.systemUTC());

    private List<String> problems() {
        InvalidCatalogException e = assertThrows(InvalidCatalogException.class, () -> loader.load(dir));
        return e.problems().stream().map(CatalogProblem::toString).toList();
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    private void writeFilms(String items) throws Exception {
        Files.writeString(dir.resolve("films.yml"), "category: film\nitems:\n" + items);
    }

    @Test
    void shippedCatalogsAreValidAndRich() throws Exception {
        Catalog catalog = loader.load(Path.of("recommendations"));
        for (Category c : Category.values()) {
            for (Emotion mood : Emotion.values()) {
                assertTrue(catalog.counts().get(c).get(mood) >= 10, c + " has fewer than 10 items for " + mood);
            }
        }
    }

    @Test
    void fixtureIsValid() throws Exception {
        CatalogFixtures.write(dir);
        Catalog catalog = loader.load(dir);
        assertEquals(2, catalog.items().get(Category.FILM).size());
        assertEquals(List.of(Emotion.SAD), catalog.rule(Emotion.SAD).drawFrom());
    }

    @Test
    void itemProblemsAreReportedWithFileAndLine() throws Exception {
        CatalogFixtures.write(dir);
        writeFilms(CatalogFixtures.item("one", "One", CatalogFixtures.ALL_MOODS)  // lines 3-7
                + CatalogFixtures.item("one", "Again", "[happy, grumpy]")          // lines 8-12
                + "  - id: three\n    description: {en: \"no title\", es: \"sin título\"}\n    moods: [sad]\n    url: ftp://example.org/x\n" // 13-16
                + "  - id: four\n    title: \"" + "x".repeat(81) + "\"\n    mood: [sad]\n    url: https://example.org/4\n" // 17-20
                + "  - id: five\n    title: Five\n    moods: [sad]\n    weight: -2\n    url: https://example.org/5\n"); // 21-25
        assertEquals(List.of(
                file("films.yml") + ":8: duplicate id 'one' (first used on line 3)",
                file("films.yml") + ":11: unknown mood 'grumpy' (expected angry, disgust, fear, happy, sad, surprise, neutral, "
                        + "the names the files use; to people the bot says disgusted, scared, surprised and calm)",
                file("films.yml") + ":13: missing title",
                file("films.yml") + ":16: url 'ftp://example.org/x' is not a whole web link: write it like "
                        + "https://www.example.org/page (http:// or https://, a site, no spaces)",
                file("films.yml") + ":19: unknown field 'mood' (expected one of id, title, description, moods, weight, url, image, tags, pin, group)",
                file("films.yml") + ":18: title is 81 characters; Messenger allows 80",
                file("films.yml") + ":17: missing moods",
                file("films.yml") + ":24: weight must be a positive number"), problems());
    }

    @Test
    void everyMissingTranslationIsReportedWithFileAndLine() throws Exception {
        CatalogFixtures.write(dir);
        writeFilms(CatalogFixtures.item("one", "One", CatalogFixtures.ALL_MOODS)                     // lines 3-7
                + "  - id: two\n    title: {en: \"Two\"}\n    description: {en: \"A second one.\", es: \"\"}\n"
                + "    moods: [happy]\n    url: https://example.org/2\n"                              // lines 8-12
                + "  - id: three\n    title: Three\n    description: \"English only.\"\n"
                + "    moods: [happy]\n    url: https://example.org/3\n"                              // lines 13-17
                + "  - id: four\n    title: {en: Four, es: Cuatro, fr: Quatre}\n    moods: [sad]\n"
                + "    url: https://example.org/4\n");                                             // lines 18-21
        assertEquals(List.of(
                file("films.yml") + ":9: missing Español (es) title",
                file("films.yml") + ":10: empty es description",
                file("films.yml") + ":15: description needs every language (en, es): write it as description: "
                        + "{en: \"...\", es: \"...\"}",
                file("films.yml") + ":19: unknown language 'fr' in title (expected en, es)"), problems());
    }

    @Test
    void aLinkIsOneForEveryLanguageOrOnePerLanguageEachCheckedAtItsLine() throws Exception {
        CatalogFixtures.write(dir);
        writeFilms(CatalogFixtures.item("one", "One", CatalogFixtures.ALL_MOODS)                     // lines 3-7
                + "  - id: two\n    title: Two\n    moods: [sad]\n"
                + "    url: {en: \"https://example.org/two\", es: \"https://example.org/dos\"}\n");   // lines 8-11
        Catalog catalog = loader.load(dir);
        CatalogItem two = catalog.items().get(Category.FILM).get(1);
        assertEquals("https://example.org/two", two.url().in(Language.EN));
        assertEquals("https://example.org/dos", two.url().in(Language.ES));
        CatalogItem one = catalog.items().get(Category.FILM).get(0);
        assertEquals(one.url().in(Language.EN), one.url().in(Language.ES), "a plain url: one for every language");

        writeFilms(CatalogFixtures.item("one", "One", CatalogFixtures.ALL_MOODS)                     // lines 3-7
                + "  - id: two\n    title: Two\n    moods: [sad]\n    url:\n"
                + "      en: https://example.org/two\n      es: mailto:dos@example.org\n"                // lines 8-13
                + "  - id: three\n    title: Three\n    moods: [sad]\n    url: {en: https://example.org/3}\n" // 14-17
                + "  - id: four\n    title: Four\n    moods: [sad]\n    url: https://https://www.imdb.com/t/4\n" // 18-21
                + "  - id: five\n    title: Five\n    moods: [sad]\n    url: https://imdb\n"); // 22-25
        String rest = " is not a whole web link: write it like https://www.example.org/page (http:// or https://, a site, "
                + "no spaces)";
        assertEquals(List.of(
                file("films.yml") + ":13: url (es) 'mailto:dos@example.org'" + rest,
                file("films.yml") + ":17: missing Español (es) url",
                file("films.yml") + ":21: url 'https://https://www.imdb.com/t/4'" + rest,
                file("films.yml") + ":25: url 'https://imdb'" + rest), problems());
    }

    @Test
    void moodLeftWithoutItemsIsReported() throws Exception {
        CatalogFixtures.write(dir);
        writeFilms(CatalogFixtures.item("one", "One", "[happy, sad, angry, fear, surprise, neutral]"));
        assertEquals(List.of(file("films.yml") + ":2: mood 'disgust' has no film item"), problems());
    }

    @Test
    void yamlSyntaxErrorsCarryTheirLine() throws Exception {
        CatalogFixtures.write(dir);
        writeFilms(CatalogFixtures.item("one", "One", CatalogFixtures.ALL_MOODS) + "  - id: [unclosed\n");
        List<String> problems = problems();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith(file("films.yml") + ":9: YAML syntax error on this line or one just above"), problems.get(0));
    }

    @Test
    void aControlCharacterIsReportedAtItsLine() throws Exception {
        CatalogFixtures.write(dir);
        writeFilms(CatalogFixtures.item("one", "One", CatalogFixtures.ALL_MOODS)
                + CatalogFixtures.item("two", "Two\u0007", CatalogFixtures.ALL_MOODS));
        assertEquals(List.of(file("films.yml") + ":9: character U+0007 is not allowed in YAML: delete it (it is "
                + "invisible in most editors; it often comes with pasted text)"), problems());
    }

    @Test
    void tooManyAliasesAreReportedNotThrown() throws Exception {
        CatalogFixtures.write(dir);
        Files.writeString(dir.resolve("films.yml"), "category: film\nx: &a [1]\ny: [" + "*a, ".repeat(11)
                + "*a]\nitems:\n" + CatalogFixtures.item("one", "One", CatalogFixtures.ALL_MOODS));
        List<String> problems = problems();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith(file("films.yml") + ":1: the file is too deeply nested or uses too many "
                + "aliases"), problems.get(0));
    }

    @Test
    void policyProblemsAreReported() throws Exception {
        CatalogFixtures.write(dir);
        Files.writeString(dir.resolve("policy.yml"), "moods:\n"
                + "  happy:\n    draw_from: [happy]\n    categories: [film, poems]\n    line: {en: \"Yay\", es: \"Bien\"}\n"
                + "  glum:\n    draw_from: [sad]\n    categories: [film]\n    line: {en: \"Hm\", es: \"Mm\"}\n");
        List<String> problems = problems();
        assertEquals(file("policy.yml") + ":4: unknown category 'poems' (expected film, song, food, place)", problems.get(0));
        assertEquals(file("policy.yml") + ":6: unknown mood 'glum' (expected angry, disgust, fear, happy, sad, surprise, neutral, "
                + "the names the files use; to people the bot says disgusted, scared, surprised and calm)", problems.get(1));
        assertTrue(problems.contains(file("policy.yml") + ":1: no rule for mood 'angry'"));
        assertEquals(2 + 6, problems.size());
    }

    @Test
    void pinAndLearningAreReadWhenTrueOrFalse() throws Exception {
        CatalogFixtures.write(dir);
        writeFilms(CatalogFixtures.item("one", "One", CatalogFixtures.ALL_MOODS) + "    pin: true\n"
                + CatalogFixtures.item("two", "Two", CatalogFixtures.ALL_MOODS) + "    pin: false\n");
        Files.writeString(dir.resolve("policy.yml"), "learning:\n  food: false\n  film: true\n"
                + Files.readString(dir.resolve("policy.yml")));
        Catalog catalog = loader.load(dir);
        assertEquals(List.of(true, false), catalog.items().get(Category.FILM).stream().map(CatalogItem::pinned).toList());
        assertEquals(false, catalog.learns(Category.FOOD));
        assertEquals(true, catalog.learns(Category.FILM));
        assertEquals(true, catalog.learns(Category.SONG), "a category left out keeps learning");
    }

    @Test
    void aPinOrLearningSwitchOfTheWrongTypeIsReportedWithItsLine() throws Exception {
        CatalogFixtures.write(dir);
        writeFilms(CatalogFixtures.item("one", "One", CatalogFixtures.ALL_MOODS) + "    pin: yes\n"     // lines 3-8
                + CatalogFixtures.item("two", "Two", CatalogFixtures.ALL_MOODS) + "    pin: [true]\n"); // lines 9-14
        Files.writeString(dir.resolve("policy.yml"), "learning:\n  food: maybe\n  poems: false\n"
                + Files.readString(dir.resolve("policy.yml")) + "learnings: {film: false}\n");
        List<String> problems = problems();
        assertEquals(List.of(file("films.yml") + ":8: pin must be true or false, not 'yes'",
                file("films.yml") + ":14: pin must be true or false, not a list or mapping",
                file("policy.yml") + ":33: unknown field 'learnings' (expected moods, learning)",
                file("policy.yml") + ":2: learning.food must be true or false, not 'maybe'",
                file("policy.yml") + ":3: unknown category 'poems' under learning (expected film, song, food, place)"),
                problems);
        CatalogFixtures.write(dir);
        Files.writeString(dir.resolve("policy.yml"), "learning: [food]\n" + Files.readString(dir.resolve("policy.yml")));
        assertEquals(List.of(file("policy.yml") + ":1: learning must be a mapping of category: true or false, like {food: false}"),
                problems());
    }

    @Test
    void groupIsReadWhenTrueOrFalseAndAnythingElseIsReportedWithItsLine() throws Exception {
        CatalogFixtures.write(dir);
        writeFilms(CatalogFixtures.item("one", "One", CatalogFixtures.ALL_MOODS) + "    group: true\n"
                + CatalogFixtures.item("two", "Two", CatalogFixtures.ALL_MOODS) + "    group: false\n"
                + CatalogFixtures.item("three", "Three", CatalogFixtures.ALL_MOODS));
        assertEquals(List.of(true, false, false),
                loader.load(dir).items().get(Category.FILM).stream().map(CatalogItem::group).toList());
        writeFilms(CatalogFixtures.item("one", "One", CatalogFixtures.ALL_MOODS) + "    group: 3\n"       // lines 3-8
                + CatalogFixtures.item("two", "Two", CatalogFixtures.ALL_MOODS) + "    group: {a: 1}\n"); // lines 9-14
        assertEquals(List.of(file("films.yml") + ":8: group must be true or false, not '3'",
                file("films.yml") + ":14: group must be true or false, not a list or mapping"), problems());
    }

    @Test
    void missingFileIsReported() throws Exception {
        CatalogFixtures.write(dir);
        Files.delete(dir.resolve("songs.yml"));
        assertEquals(List.of(file("songs.yml") + ":1: file is missing"), problems());
    }

    @Test
    void anItemMayNameAPictureInImagesAndAMissingOrBadOneIsReportedWithItsLine() throws Exception {
        CatalogFixtures.write(dir);
        Path food = dir.resolve("food.yml");
        Files.writeString(food, Files.readString(food) + CatalogFixtures.item("food-three", "Soup", "[sad]")
                + "    image: soup.png\n" + CatalogFixtures.item("food-four", "Stew", "[sad]") + "    image: ../policy.yml\n");
        InvalidCatalogException e = assertThrows(InvalidCatalogException.class, () -> new CatalogLoader(Clock.systemUTC()).load(dir));
        List<String> problems = e.problems().stream().map(CatalogProblem::toString).toList();
        assertTrue(problems.contains(food + ":18: image file images/soup.png does not exist"), problems.toString());
        assertTrue(problems.contains(food + ":24: image '../policy.yml' must be an https URL or a .png/.jpg file name in images/"),
                problems.toString());

        Files.writeString(food, Files.readString(food).replace("    image: ../policy.yml\n", ""));
        Files.createDirectories(dir.resolve("images"));
        ImageIO.write(new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("images/soup.png").toFile());
        e = assertThrows(InvalidCatalogException.class, () -> new CatalogLoader(Clock.systemUTC()).load(dir));
        assertTrue(e.problems().get(0).toString().endsWith("is 40x40 px; pictures must be 100 to 4096 px a side"),
                e.problems().toString());

        ImageIO.write(new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("images/soup.png").toFile());
        Catalog catalog = new CatalogLoader(Clock.systemUTC()).load(dir);
        assertEquals(Optional.of("soup.png"), catalog.items().get(Category.FOOD).get(2).image());
    }
}
