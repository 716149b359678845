package com.moodbot.catalogedit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import ch.qos.logback.classic.Level;
import com.moodbot.bench.ManualClock;
import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.Language;
import com.moodbot.metrics.MoodbotMetrics;
import com.moodbot.recommend.CatalogConfig;
import com.moodbot.recommend.CatalogItem;
import com.moodbot.recommend.CatalogService;
import com.moodbot.recommend.Category;
import com.moodbot.support.CapturedLog;
import io.micronaut.scheduling.TaskScheduler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saves through the editor on a copy of the shipped catalogs: what is written, kept, refused and logged. */
class CatalogEditorTest {

    @TempDir
    Path dir;
    private CatalogService service;
    private CatalogEditor editor;
    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-04T05:00:00Z"));

    @BeforeEach
    void copyTheShippedCatalogs() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("recommendations"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        service = new CatalogService(new CatalogConfig(dir, Duration.ofSeconds(1)), mock(TaskScheduler.class), clock,
                MoodbotMetrics.none());
        service.start();
        editor = new CatalogEditor(service, clock);
    }

    private static ItemForm form(String id, String titleEn, String descriptionEs, List<String> moods) {
        return new ItemForm(id, titleEn, titleEn, "A calm film for a quiet evening.", descriptionEs, moods, 1,
                "https://example.org/" + id, "", null, List.of("calm"), false, false);
    }

    private String films() throws Exception {
        return Files.readString(dir.resolve("films.yml"));
    }

    @Test
    void aSavedEditIsInServiceAtOnceAndTheRestOfTheFileIsUntouched() throws Exception {
        String before = films();
        ItemForm amelie = ItemForm.of(find("amelie-2001"));
        ItemForm edited = new ItemForm(amelie.id(), amelie.titleEn(), amelie.titleEs(), amelie.descriptionEn(),
                "Una camarera tímida de París cambia vidas.", List.of("happy", "disgust"), 3, amelie.urlEn(), amelie.urlEs(), null,
                amelie.tags(), amelie.pinned(), amelie.group());
        try (CapturedLog log = new CapturedLog(CatalogEditor.class, Level.INFO)) {
            EditOutcome outcome = editor.save(new ItemEdit("film", "amelie-2001", edited, CatalogEditor.revision(
                    before.getBytes(java.nio.charset.StandardCharsets.UTF_8))), Language.EN);
            assertEquals("ok", outcome.result(), outcome.problems().toString());
            assertEquals(List.of("Catalog edit saved: films.yml item 'amelie-2001' edited (description.es, moods, weight)"),
                    log.lines());
        }
        CatalogItem now = find("amelie-2001");
        assertEquals(java.util.Set.of(Emotion.HAPPY, Emotion.DISGUST), now.moods(), "in service without a poll");
        assertEquals(3, now.weight());
        String after = films();
        assertEquals(withoutBlock(before, "amelie-2001"), withoutBlock(after, "amelie-2001"),
                "every other line, comments and blank lines included, is as it was");
        assertEquals(comments(before), comments(after));
        assertEquals(ids(before), ids(after), "the items keep their order");
        assertEquals(new CatalogVersions.Change("edited", "amelie-2001", List.of("description.es", "moods", "weight")),
                editor.versions().list("films.yml").get(0).change(), "the kept version says which save replaced it");
    }

    @Test
    void pinAndGroupSurviveAnEditAndCanBeTurnedOn() throws Exception {
        ItemForm knivesOut = ItemForm.of(find("knives-out-2019"));
        assertTrue(knivesOut.group(), "marked for groups in the shipped catalog");
        assertEquals("ok", editor.save(new ItemEdit("film", knivesOut.id(), retitled(knivesOut, "Knives Out"), null), Language.EN).result());
        assertTrue(find("knives-out-2019").group(), "kept through the edit");
        assertTrue(films().contains("    group: true\n"), films());

        ItemForm amelie = ItemForm.of(find("amelie-2001"));
        assertFalse(amelie.group() || amelie.pinned());
        assertEquals("ok", editor.save(new ItemEdit("film", amelie.id(), new ItemForm(amelie.id(), amelie.titleEn(),
                amelie.titleEs(), amelie.descriptionEn(), amelie.descriptionEs(), amelie.moods(), amelie.weight(), amelie.urlEn(),
                amelie.urlEs(), amelie.image(), amelie.tags(), true, true), null), Language.EN).result());
        assertTrue(find("amelie-2001").pinned() && find("amelie-2001").group());
        assertEquals(List.of("pin", "group"), ItemForm.of(find("amelie-2001")).changedFrom(amelie));
        assertTrue(films().contains("    pin: true\n    group: true\n"), films());
        ItemForm pinned = ItemForm.of(find("amelie-2001"));
        assertEquals("ok", editor.save(new ItemEdit("film", pinned.id(), retitled(pinned, "Amélie"), null), Language.EN).result());
        assertTrue(find("amelie-2001").pinned(), "a pin is kept through an edit of something else");
    }

    @Test
    void aSpanishTitleLeftEmptyIsTheEnglishOneWrittenOnceAsTheFilesAllow() throws Exception {
        ItemForm calm = new ItemForm("calm-harbour-2024", "Calm Harbour (2024)", " ",
                "A calm film for a quiet evening.", "Una película tranquila para una noche en calma.",
                List.of("sad"), 1, "https://example.org/calm", "", null, List.of(), false, false);
        assertEquals("Calm Harbour (2024)", calm.titleEs());
        assertEquals("ok", editor.save(new ItemEdit("film", null, calm, null), Language.EN).result());
        assertTrue(films().contains("  - id: calm-harbour-2024\n    title: \"Calm Harbour (2024)\"\n"), films());
    }

    @Test
    void aSpanishLinkIsWrittenBesideTheEnglishOneAndLeftEmptyIsTheEnglishOne() throws Exception {
        ItemForm soup = ItemForm.of(findIn(Category.FOOD, "chicken-noodle-soup"));
        assertTrue(soup.urlEs().contains("Receta"), "the shipped food links are per language: " + soup.urlEs());
        ItemForm oneLink = new ItemForm(soup.id(), soup.titleEn(), soup.titleEs(), soup.descriptionEn(),
                soup.descriptionEs(), soup.moods(), soup.weight(), "https://example.org/soup", "", null, soup.tags(),
                false, false);
        assertEquals("ok", editor.save(new ItemEdit("food", soup.id(), oneLink, null), Language.EN).result());
        String food = Files.readString(dir.resolve("food.yml"));
        assertTrue(food.contains("    url: https://example.org/soup\n"), food);
        assertTrue(food.contains("  - id: chicken-noodle-soup\n    title:\n      en: \"Chicken noodle soup\"\n"
                + "      es: \"Sopa de pollo con fideos\"\n    description:"), "in the file's own form: " + food);
        assertTrue(food.contains("    moods: [sad, fear, neutral]\n"), "the moods in the file's order, as they were: " + food);
        assertEquals("https://example.org/soup", findIn(Category.FOOD, soup.id()).url().in(Language.ES));
        assertEquals(List.of("url.en", "url.es"), oneLink.changedFrom(soup));

        ItemForm twoLinks = new ItemForm(soup.id(), soup.titleEn(), soup.titleEs(), soup.descriptionEn(),
                soup.descriptionEs(), soup.moods(), soup.weight(), "https://example.org/soup", "https://example.org/sopa?a=b:",
                null, soup.tags(), false, false);
        assertEquals("ok", editor.save(new ItemEdit("food", soup.id(), twoLinks, null), Language.EN).result());
        assertTrue(Files.readString(dir.resolve("food.yml")).contains(
                "    url:\n      en: https://example.org/soup\n      es: \"https://example.org/sopa?a=b:\"\n"),
                "a link ending in a colon is quoted, or YAML would read a mapping");
        assertEquals("https://example.org/sopa?a=b:", findIn(Category.FOOD, soup.id()).url().in(Language.ES));

        ItemForm badSpanishLink = new ItemForm(soup.id(), soup.titleEn(), soup.titleEs(), soup.descriptionEn(),
                soup.descriptionEs(), soup.moods(), soup.weight(), "https://example.org/soup", "www.example.org/sopa",
                null, soup.tags(), false, false);
        EditOutcome refused = editor.check(new ItemEdit("food", soup.id(), badSpanishLink, null), Language.EN);
        assertEquals(List.of("url.es"), refused.problems().stream().map(EditProblem::field).toList(), refused.toString());
    }

    private static ItemForm retitled(ItemForm item, String titleEn) {
        return new ItemForm(item.id(), titleEn, item.titleEs(), item.descriptionEn(), item.descriptionEs(), item.moods(),
                item.weight(), item.urlEn(), item.urlEs(), item.image(), item.tags(), item.pinned(), item.group());
    }

    @Test
    void anAddedItemGoesAfterTheLastAndARemovedOneTakesOnlyItsLines() throws Exception {
        String before = films();
        assertEquals("ok", editor.save(new ItemEdit("film", null, form("quiet-film-2020", "A \"quiet\" film",
                "Una película tranquila.", List.of("neutral")), null), Language.EN).result());
        String added = films();
        assertTrue(added.startsWith(before.stripTrailing()), "the old text is all there, in front");
        List<String> ids = ids(added);
        assertEquals("quiet-film-2020", ids.get(ids.size() - 1));
        assertEquals("A \"quiet\" film", find("quiet-film-2020").title().english());

        assertEquals("ok", editor.save(new ItemEdit("film", "amelie-2001", null, null), Language.EN).result());
        String removed = films();
        assertFalse(ids(removed).contains("amelie-2001"));
        assertEquals(withoutBlock(added, "amelie-2001"), removed);
        assertEquals(comments(before), comments(removed));
        assertEquals(List.of(new CatalogVersions.Change("removed", "amelie-2001", List.of()),
                new CatalogVersions.Change("added", "quiet-film-2020", List.of())),
                editor.versions().list("films.yml").stream().map(CatalogVersions.Version::change).toList());
    }

    @Test
    void problemsComeWithFileAndLineAndNothingIsWritten() throws Exception {
        String before = films();
        EditOutcome outcome = editor.save(new ItemEdit("film", null, form("bad-film", "Bad", "", List.of("grumpy")), null), Language.EN);
        assertEquals("invalid", outcome.result());
        int first = before.split("\n", -1).length; // the new item's lines start after the old last line
        List<String> inItem = outcome.problems().stream().filter(EditProblem::inItem).map(EditProblem::toString).toList();
        assertEquals(2, inItem.size(), outcome.problems().toString());
        assertTrue(inItem.stream().anyMatch(p -> p.matches("films\\.yml:" + (first + 4) + " \\(bad-film\\): empty es description")), inItem.toString());
        assertTrue(inItem.stream().anyMatch(p -> p.matches("films\\.yml:\\d+ \\(bad-film\\): unknown mood 'grumpy'.*")), inItem.toString());
        assertTrue(outcome.problems().stream().filter(EditProblem::inItem).allMatch(p -> "bad-film".equals(p.item())),
                "each problem names the item its line is in: " + outcome.problems());
        assertEquals(List.of("description.es", "moods"), outcome.problems().stream().filter(EditProblem::inItem)
                .map(EditProblem::field).sorted().toList(), "and the field there, for the form to mark");
        assertEquals(before, films(), "nothing written");
        assertEquals(List.of(), editor.versions().all(), "nothing kept");
        assertEquals(outcome, editor.check(new ItemEdit("film", null, form("bad-film", "Bad", "", List.of("grumpy")), null), Language.EN),
                "the check as the page types says the same");
    }

    @Test
    void aProblemElsewhereNamesTheItemItIsIn() throws Exception {
        Files.writeString(dir.resolve("films.yml"), films().replaceFirst("(?s)(id: amelie-2001.*?moods: \\[)", "$1happpy, "));
        EditProblem broken = EditorView.of(editor, service, Language.EN, 8 << 20).problems().get(0);
        assertEquals("amelie-2001", broken.item(), "the files on disk: " + broken);
        assertTrue(broken.message().startsWith("unknown mood 'happpy'"), broken.toString());
        ItemForm song = ItemForm.of(service.current().items().get(Category.SONG).get(0));
        EditOutcome elsewhere = editor.check(new ItemEdit("song", song.id(), song, null), Language.EN);
        assertEquals(List.of("amelie-2001"), elsewhere.problems().stream().map(EditProblem::item).toList(),
                "an edit elsewhere: " + elsewhere.problems());
    }

    @Test
    void aFileChangedSinceTheEditorReadItIsNotOverwritten() throws Exception {
        String stale = CatalogEditor.revision(films().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("films.yml"), films() + "# edited on the server\n");
        assertEquals("stale", editor.save(new ItemEdit("film", "amelie-2001", null, stale), Language.EN).result());
        assertTrue(ids(films()).contains("amelie-2001"));
    }

    @Test
    void theLastTwentyVersionsAreKeptAndOneCanBeRestored() throws Exception {
        String original = films();
        List<String> texts = new ArrayList<>(List.of(original));
        for (int i = 0; i < 22; i++) {
            clock.advance(Duration.ofSeconds(60));
            ItemForm item = form("film-" + i, "Film " + i, "Una película.", List.of("happy"));
            assertEquals("ok", editor.save(new ItemEdit("film", null, item, null), Language.EN).result());
            texts.add(films());
        }
        List<CatalogVersions.Version> kept = editor.versions().list("films.yml");
        assertEquals(CatalogVersions.KEPT, kept.size());
        assertEquals(clock.instant(), kept.get(0).savedAt(), "newest first");
        CatalogVersions.Version oldest = kept.get(kept.size() - 1);
        assertEquals(texts.get(2), new String(editor.versions().read(oldest), java.nio.charset.StandardCharsets.UTF_8),
                "the first two replaced texts were dropped");

        clock.advance(Duration.ofSeconds(60));
        assertEquals("ok", editor.restore(oldest.id(), Language.EN).result());
        assertEquals(texts.get(2), films());
        assertTrue(find("film-1").title().english().equals("Film 1") && service.current().items().get(Category.FILM)
                .stream().noneMatch(i -> i.id().equals("film-2")), "the restored catalog is in service");
        assertEquals(texts.get(22), new String(editor.versions().read(editor.versions().list("films.yml").get(0)),
                java.nio.charset.StandardCharsets.UTF_8), "the text the restore replaced is kept in turn");
        assertEquals(CatalogVersions.Change.restore(oldest.id()), editor.versions().list("films.yml").get(0).change());
        assertEquals(new CatalogVersions.Change("added", "film-21", List.of()), editor.versions().list("films.yml").get(1).change());
        try (Stream<Path> notes = Files.list(dir.resolve(CatalogVersions.FOLDER))) {
            assertEquals(CatalogVersions.KEPT, notes.filter(p -> p.toString().endsWith(".change")).count(),
                    "a dropped version's note goes with it");
        }
        assertEquals("missing", editor.restore("../films.yml.1", Language.EN).result());
    }

    @Test
    void aFileBrokenByHandIsPutBackAsTheCatalogInServiceReadItAndSavesWorkAgain() throws Exception {
        String good = films();
        Files.writeString(dir.resolve("films.yml"), good.replaceFirst("Paddington 2 \\(2017\\)\"", "Paddington 2 (2017)"));
        ItemForm song = ItemForm.of(service.current().items().get(Category.SONG).get(0));
        EditOutcome blocked = editor.save(new ItemEdit("song", song.id(), song, null), Language.EN);
        assertEquals("invalid", blocked.result());
        assertTrue(blocked.problems().get(0).message().startsWith("YAML syntax error on this line or one just above"),
                blocked.problems().toString());

        String broken = films();
        Map<String, String> differing = EditorView.of(editor, service, Language.EN, 8 << 20).differFromService();
        assertEquals(Map.of("films.yml", CatalogEditor.revision(broken.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                differing, "the one file that differs from the catalog in service, as the page read it");
        assertEquals("stale", editor.putBackInService("films.yml", "0123456789abcdef", Language.EN).result(),
                "changed since the page read it");
        assertEquals("ok", editor.putBackInService("films.yml", differing.get("films.yml"), Language.EN).result());
        assertEquals(good, films());
        CatalogVersions.Version kept = editor.versions().list("films.yml").get(0);
        assertEquals(new CatalogVersions.Change("put-back", null, null), kept.change());
        assertEquals(broken, new String(editor.versions().read(kept), java.nio.charset.StandardCharsets.UTF_8),
                "the broken text kept");
        assertEquals("ok", editor.putBackInService("films.yml", null, Language.EN).result());
        assertEquals(1, editor.versions().list("films.yml").size(), "a file already as in service is left alone");
        assertEquals("ok", editor.save(new ItemEdit("song", song.id(), song, null), Language.EN).result(), "saves work again");
        assertEquals(Map.of(), EditorView.of(editor, service, Language.EN, 8 << 20).differFromService());
        assertEquals("missing", editor.putBackInService("../films.yml", null, Language.EN).result());
    }

    @Test
    void aFileDeletedByHandIsReadAsEmptyAndCanBePutBack() throws Exception {
        String good = films();
        Files.delete(dir.resolve("films.yml"));
        EditOutcome refused = editor.save(new ItemEdit("film", null, form("new-film", "New", "Nueva.", List.of("happy")), null),
                Language.EN);
        assertEquals("invalid", refused.result(), "refused with the reason, not an error: " + refused.problems());
        EditorView view = EditorView.of(editor, service, Language.EN, 8 << 20);
        assertEquals(List.of("file is missing"), view.problems().stream().filter(p -> p.file().endsWith("films.yml"))
                .map(EditProblem::message).toList(), "the page says so: " + view.problems());
        String emptyRevision = CatalogEditor.revision(new byte[0]);
        assertEquals(emptyRevision, view.revisions().get("film"));
        assertEquals(emptyRevision, view.differFromService().get("films.yml"));
        assertEquals("ok", editor.putBackInService("films.yml", emptyRevision, Language.EN).result());
        assertEquals(good, films());
    }

    @Test
    void aFileWithAControlCharacterIsRefusedWithItsFileAndLineNotAsTheFormsProblem() throws Exception {
        Files.writeString(dir.resolve("films.yml"), films().replaceFirst("\n", "\n# a pasted \u0007 bell\n"));
        EditOutcome refused = editor.save(new ItemEdit("film", null, form("new-film", "New", "Nueva.", List.of("happy")), null),
                Language.EN);
        assertEquals("invalid", refused.result(), refused.problems().toString());
        EditProblem problem = refused.problems().get(0);
        assertEquals(List.of("films.yml", 2, false, "yaml.character"),
                List.of(problem.file(), problem.line(), problem.inItem(), problem.key()), problem.toString());
    }

    @Test
    void aVersionWithoutAReadableNoteIsListedWithoutOne() throws Exception {
        Path versions = Files.createDirectories(dir.resolve(CatalogVersions.FOLDER));
        Files.writeString(versions.resolve("films.yml.1000"), films());
        Files.writeString(versions.resolve("songs.yml.2000"), "category: song\n");
        Files.write(versions.resolve("songs.yml.2000.change"), new byte[] {(byte) 0xff, (byte) 0xfe, 'k'});
        assertEquals(java.util.Arrays.asList(null, null),
                editor.versions().all().stream().map(CatalogVersions.Version::change).toList());
    }

    @Test
    void aWriteIsARenameOfAWholeFileInTheSameFolder() throws Exception {
        Path films = dir.resolve("films.yml");
        Object before = Files.readAttributes(films, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        AtomicFiles.write(films, "category: film\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("category: film\n", Files.readString(films));
        assertNotEquals(before, Files.readAttributes(films, java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                "a new file renamed over the old one, not the old one rewritten in place");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    private CatalogItem find(String id) {
        return findIn(Category.FILM, id);
    }

    private CatalogItem findIn(Category category, String id) {
        return service.current().items().get(category).stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow();
    }

    /** The text without the item's block, found by its {@code - id:} line and the next item's. */
    static String withoutBlock(String text, String id) throws Exception {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        ItemBlocks.Block block = ItemBlocks.of(lines).find(id).orElseThrow();
        lines.subList(block.start(), block.end()).clear();
        return String.join("\n", lines);
    }

    static List<String> comments(String text) {
        return Stream.of(text.split("\n")).filter(l -> l.strip().startsWith("#")).toList();
    }

    static List<String> ids(String text) {
        return Stream.of(text.split("\n")).filter(l -> l.strip().startsWith("- id:"))
                .map(l -> l.strip().substring("- id:".length()).strip()).toList();
    }
}
