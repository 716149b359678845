package com.moodbot.catalogedit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Only the edited item's lines change: comments between items, after the list and after a key stay put. */
class CatalogTextTest {

    private static final String FILE = """
            # Films. Comments stay.
            category: film
            items:
              # the first one
              - id: one
                title: "One"
                description: {en: "First.", es: "Primero."}
                moods: [happy]
                url: https://example.org/one

              # --- the second one ---
              - id: two
                title: "Two"   # a name
                description: {en: "Second.", es: "Segundo."}
                moods: [sad]
                url: https://example.org/two
            # after the list
            """;

    /** How {@link #item} is written, as a list entry. */
    private static final String WRITTEN = """
              - id: %s
                title:
                  en: "New"
                  es: "Nuevo"
                description:
                  en: "Fresh."
                  es: "Fresco."
                moods: [sad, happy]
                weight: 2.5
                url: https://example.org/x
                image: "soup.jpg"
                tags: [a tag, "yes"]
            """;

    private static ItemForm item(String id) {
        return new ItemForm(id, "New", "Nuevo", "Fresh.", "Fresco.", List.of("sad", "happy"), 2.5,
                "https://example.org/x", "", "soup.jpg", List.of("a tag", "yes"), false, false);
    }

    @Test
    void replacingTheFirstItemKeepsTheCommentsAroundIt() throws Exception {
        CatalogText.Result r = CatalogText.apply(FILE, new ItemEdit("film", "one", item("one"), null));
        String itemOne = FILE.substring(FILE.indexOf("  - id: one"), FILE.indexOf("\n\n  # --- the second") + 1);
        assertEquals(FILE.replace(itemOne, WRITTEN.formatted("one")), r.text(), "only item one's lines change");
        assertEquals(4, r.start());
        assertEquals(16, r.end());
    }

    @Test
    void addingAndRemovingTheLastItemLeavesTheClosingComment() throws Exception {
        String added = CatalogText.apply(FILE, new ItemEdit("film", null, item("three"), null)).text();
        assertEquals(FILE.replace("# after the list", WRITTEN.formatted("three") + "# after the list"), added);
        String removed = CatalogText.apply(FILE, new ItemEdit("film", "two", null, null)).text();
        String itemTwo = FILE.substring(FILE.indexOf("  - id: two"), FILE.indexOf("# after the list"));
        assertEquals(FILE.replace(itemTwo, ""), removed, "item two's lines go; the comment above it stays");
    }

    @Test
    void anEmptyListTakesItsFirstItemAndAnUnknownIdIsRefused() throws Exception {
        String added = CatalogText.apply("category: song\nitems: []  # none yet\n",
                new ItemEdit("song", null, item("first"), null)).text();
        assertEquals("category: song\nitems:\n  - id: first\n", added.substring(0, added.indexOf("    title")));
        assertThrows(CatalogText.NoSuchItemException.class,
                () -> CatalogText.apply(FILE, new ItemEdit("film", "nope", item("nope"), null)));
        assertThrows(ItemBlocks.UneditableException.class,
                () -> CatalogText.apply("items: [\n", new ItemEdit("film", null, item("x"), null)));
        ItemBlocks.UneditableException control = assertThrows(ItemBlocks.UneditableException.class,
                () -> CatalogText.apply("category: film\nitems:\n  - id: a\u0000\n", new ItemEdit("film", null, item("x"), null)));
        assertEquals(3, control.line, "a control character is refused at its line, not thrown past the editor");
        assertEquals("yaml.character", control.what.key());
    }

    @Test
    void aFileWithCrlfLineEndsKeepsThem() throws Exception {
        String crlf = FILE.replace("\n", "\r\n");
        String edited = CatalogText.apply(crlf, new ItemEdit("film", "one", item("one"), null)).text();
        String added = CatalogText.apply(crlf, new ItemEdit("film", null, item("three"), null)).text();
        for (String text : List.of(edited, added)) {
            assertEquals(text.split("\n", -1).length - 1, text.split("\r\n", -1).length - 1, "every line ends in CRLF");
        }
        assertEquals(CatalogText.apply(FILE, new ItemEdit("film", "one", item("one"), null)).text().replace("\n", "\r\n"),
                edited);
    }
}
