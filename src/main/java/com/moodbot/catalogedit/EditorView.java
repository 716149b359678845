package com.moodbot.catalogedit;

import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.Language;
import com.moodbot.recommend.Catalog;
import com.moodbot.recommend.CatalogService;
import com.moodbot.recommend.Category;
import io.micronaut.serde.annotation.Serdeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the editor page and the read-only preview show: the items as the files hold them now
 * (the catalog in service when the files do not validate, with their problems), each file's
 * revision, the mood x category coverage, the kept versions, and, while the files fail the check, those that
 * differ from the catalog in service's (each with its revision), which can be put back.
 */
@Serdeable
public record EditorView(List<Entry> items, Map<String, String> revisions, Map<String, Map<String, Integer>> coverage,
                         List<String> moods, int coverageFloor, List<CatalogVersions.Version> versions,
                         List<EditProblem> problems, Map<String, String> differFromService, long pictureMaxBytes) {

    /** Fewer items than this for a mood in a category is flagged: "another one" soon repeats. */
    static final int COVERAGE_FLOOR = 3;

    @Serdeable
    public record Entry(String category, ItemForm item) {
    }

    /** @param pictureMaxBytes the most an uploaded picture may have: the photo cap, which the upload's route takes */
    static EditorView of(CatalogEditor editor, CatalogService service, Language language, long pictureMaxBytes)
            throws IOException {
        Map<String, byte[]> onDisk = editor.filesOnDisk();
        CatalogEditor.Checked checked = editor.checked(onDisk, language, null, null);
        Catalog catalog = checked.catalog().orElseGet(service::current);
        List<EditProblem> problems = checked.problems();
        List<Entry> items = new ArrayList<>();
        Map<String, String> revisions = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> coverage = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            catalog.items().getOrDefault(category, List.of())
                    .forEach(i -> items.add(new Entry(category.label(), ItemForm.of(i))));
            byte[] text = onDisk.getOrDefault(category.fileName(), CatalogEditor.NONE);
            revisions.put(category.label(), CatalogEditor.revision(text));
            Map<String, Integer> perMood = new LinkedHashMap<>();
            catalog.counts().getOrDefault(category, Map.of()).forEach((mood, n) -> perMood.put(mood.label(), n));
            coverage.put(category.label(), perMood);
        }
        List<String> moods = java.util.Arrays.stream(Emotion.values()).map(Emotion::label).toList();
        return new EditorView(items, revisions, coverage, moods, COVERAGE_FLOOR, editor.versions().all(), problems,
                problems.isEmpty() ? Map.of() : editor.differingFromService(onDisk), pictureMaxBytes);
    }
}
