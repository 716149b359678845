package com.moodbot.catalogedit;

import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.Language;
import com.moodbot.recommend.CatalogItem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One catalog item as the editor shows and sends it: both languages side by side (a Spanish title or link left
 * empty is the English one); {@code pinned}: leads for its moods whatever the taps say; {@code group}: for groups.
 */
@Serdeable
public record ItemForm(String id, String titleEn, String titleEs, String descriptionEn, String descriptionEs,
                       List<String> moods, double weight, String urlEn, String urlEs, @Nullable String image,
                       List<String> tags, boolean pinned, boolean group) {

    public ItemForm {
        id = strip(id);
        titleEn = strip(titleEn);
        titleEs = orEnglish(titleEs, titleEn);
        descriptionEn = strip(descriptionEn);
        descriptionEs = strip(descriptionEs);
        moods = moods == null ? List.of() : moods.stream().map(ItemForm::strip).filter(m -> !m.isEmpty()).toList();
        urlEn = strip(urlEn);
        urlEs = orEnglish(urlEs, urlEn);
        image = image == null || image.isBlank() ? null : image.strip();
        tags = tags == null ? List.of() : tags.stream().map(ItemForm::strip).filter(t -> !t.isEmpty()).toList();
    }

    static ItemForm of(CatalogItem item) {
        return new ItemForm(item.id(), item.title().in(Language.EN), item.title().in(Language.ES),
                item.description().in(Language.EN), item.description().in(Language.ES),
                item.moods().stream().map(Emotion::label).toList(), item.weight(), item.url().in(Language.EN),
                item.url().in(Language.ES), item.image().orElse(null), item.tags(),
                item.pinned(), item.group());
    }

    /** The names of the fields that differ from {@code before}, for the save's log line (never the values). */
    List<String> changedFrom(ItemForm before) {
        List<String> changed = new ArrayList<>();
        compare(changed, "id", before.id, id);
        compare(changed, "title.en", before.titleEn, titleEn);
        compare(changed, "title.es", before.titleEs, titleEs);
        compare(changed, "description.en", before.descriptionEn, descriptionEn);
        compare(changed, "description.es", before.descriptionEs, descriptionEs);
        compare(changed, "moods", new TreeSet<>(before.moods), new TreeSet<>(moods));
        compare(changed, "weight", before.weight, weight);
        compare(changed, "url.en", before.urlEn, urlEn);
        compare(changed, "url.es", before.urlEs, urlEs);
        compare(changed, "image", before.image, image);
        compare(changed, "tags", before.tags, tags);
        compare(changed, "pin", before.pinned, pinned);
        compare(changed, "group", before.group, group);
        return changed;
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    /** A Spanish title or link left empty is the English one: one for both, as the files allow. */
    private static String orEnglish(String spanish, String english) {
        return strip(spanish).isEmpty() ? english : strip(spanish);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
