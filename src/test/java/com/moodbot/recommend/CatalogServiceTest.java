package com.moodbot.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import ch.qos.logback.classic.Level;
import com.moodbot.metrics.MoodbotMetrics;
import com.moodbot.support.CapturedLog;
import io.micronaut.scheduling.TaskScheduler;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogServiceTest {

    @TempDir
    Path dir;

    private CatalogService service() {
        return new CatalogService(new CatalogConfig(dir, Duration.ofSeconds(1)), mock(TaskScheduler.class), Clock.systemUTC(),
                MoodbotMetrics.none());
    }

    @Test
    void goodEditIsPickedUpAndBadEditKeepsTheLastGoodCatalog() throws Exception {
        CatalogFixtures.write(dir);
        CatalogService service = service();
        service.start();
        assertEquals(2, service.current().items().get(Category.FOOD).size());
        assertFalse(service.reloadIfChanged(), "nothing changed");

        Path food = dir.resolve("food.yml");
        Files.writeString(food, Files.readString(food) + CatalogFixtures.item("food-three", "Soup", "[sad]"));
        assertFalse(service.reloadIfChanged(), "changed since the last poll: it waits one poll more");
        try (CapturedLog log = new CapturedLog(CatalogService.class, Level.INFO)) {
            assertTrue(service.reloadIfChanged());
            assertTrue(log.lines().stream().anyMatch(l -> l.contains("(food.yml changed)")), log.lines().toString());
        }
        assertEquals(3, service.current().items().get(Category.FOOD).size());
        assertEquals("reloaded", service.status().lastResult());

        Files.writeString(food, Files.readString(food) + CatalogFixtures.item("food-three", "Duplicate", "[sad]"));
        assertFalse(service.reloadIfChanged());
        assertFalse(service.reloadIfChanged());
        assertEquals(3, service.current().items().get(Category.FOOD).size(), "last good catalog stays");
        assertEquals("rejected", service.status().lastResult());
        assertEquals(1, service.status().problems().size());
        assertTrue(service.status().problems().get(0).startsWith(food + ":"), service.status().problems().get(0));
        assertTrue(service.status().problems().get(0).endsWith("duplicate id 'food-three' (first used on line 13)"));

        Files.writeString(food, Files.readString(food).replace(CatalogFixtures.item("food-three", "Duplicate", "[sad]"), ""));
        assertFalse(service.reloadIfChanged(), "the edit undone: it waits one poll more");
        assertTrue(service.reloadIfChanged());
        assertEquals(List.of(), service.status().problems(), "no problem left to report (the figures page counts them)");
    }

    @Test
    void aFileStillBeingWrittenGoesLiveOnlyOnceItHasStayedTheSameForAPoll() throws Exception {
        CatalogFixtures.write(dir);
        CatalogService service = service();
        service.start();
        Path food = dir.resolve("food.yml");
        String header = "category: food\nitems:\n";
        String whole = header + CatalogFixtures.item("food-one", "Bread", CatalogFixtures.ALL_MOODS)
                + CatalogFixtures.item("food-two", "Rice", "[happy, sad]")
                + CatalogFixtures.item("food-three", "Soup", "[sad]")
                + CatalogFixtures.item("food-four", "Stew", "[sad]");
        String firstPart = header + CatalogFixtures.item("food-one", "Bread", CatalogFixtures.ALL_MOODS);
        Files.writeString(food, firstPart); // the editor has written the first item so far: valid, and short

        assertFalse(service.reloadIfChanged(), "a file that just changed is not taken");
        assertEquals(2, service.current().items().get(Category.FOOD).size(), "the catalog in service is untouched");

        Files.writeString(food, whole);
        assertFalse(service.reloadIfChanged(), "it changed again since the last poll");
        assertEquals(2, service.current().items().get(Category.FOOD).size());
        assertTrue(service.reloadIfChanged(), "unchanged for one poll: it goes live");
        assertEquals(4, service.current().items().get(Category.FOOD).size());
    }

    @Test
    void anEditWaitingForItsPictureGoesLiveWhenThePictureArrives() throws Exception {
        CatalogFixtures.write(dir);
        CatalogService service = service();
        service.start();
        Path food = dir.resolve("food.yml");
        Files.writeString(food, Files.readString(food) + CatalogFixtures.item("food-three", "Soup", "[sad]")
                + "    image: soup.png\n");
        assertFalse(service.reloadIfChanged(), "changed since the last poll: it waits one poll more");
        assertFalse(service.reloadIfChanged());
        assertEquals("rejected", service.status().lastResult(), "images/soup.png is not there yet");

        picture("soup.png", 400);
        assertFalse(service.reloadIfChanged(), "the picture just arrived: it waits one poll more");
        try (CapturedLog log = new CapturedLog(CatalogService.class, Level.INFO)) {
            assertTrue(service.reloadIfChanged(), "the picture arrived: the edit is checked again");
            assertTrue(log.lines().stream().anyMatch(l -> l.contains("(food.yml, images/ changed)")), log.lines().toString());
        }
        assertEquals(3, service.current().items().get(Category.FOOD).size());
    }

    @Test
    void aPictureReplacedByABrokenOneIsCheckedAgain() throws Exception {
        CatalogFixtures.write(dir);
        Path food = dir.resolve("food.yml");
        Files.writeString(food, Files.readString(food) + CatalogFixtures.item("food-three", "Soup", "[sad]")
                + "    image: soup.png\n");
        picture("soup.png", 400);
        CatalogService service = service();
        service.start();
        assertFalse(service.reloadIfChanged(), "nothing changed");

        Files.writeString(dir.resolve("images/soup.png"), "not a picture any more");
        assertFalse(service.reloadIfChanged());
        assertFalse(service.reloadIfChanged());
        assertEquals("rejected", service.status().lastResult());
        assertEquals(1, service.status().problems().size());
        assertTrue(service.status().problems().get(0).endsWith("image images/soup.png is not a PNG or JPEG picture"),
                service.status().problems().get(0));

        picture("soup.png", 300);
        assertFalse(service.reloadIfChanged());
        assertTrue(service.reloadIfChanged(), "a good picture again");
    }

    private void picture(String name, int side) throws Exception {
        Files.createDirectories(dir.resolve(LocalImages.FOLDER));
        ImageIO.write(new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB), "png",
                dir.resolve(LocalImages.FOLDER).resolve(name).toFile());
    }

    @Test
    void invalidCatalogRefusesToStart() throws Exception {
        CatalogFixtures.write(dir);
        Files.writeString(dir.resolve("policy.yml"), "moods: {}\n");
        InvalidCatalogException e = assertThrows(InvalidCatalogException.class, () -> service().start());
        assertEquals(7, e.problems().size());
    }

    @Test
    void anErrorDuringAReloadDoesNotStopHotReloadAndAnOversizedFileIsAProblem() throws Exception {
        CatalogFixtures.write(dir);
        MoodbotMetrics metrics = mock(MoodbotMetrics.class);
        CatalogService service = new CatalogService(new CatalogConfig(dir, Duration.ofSeconds(1)),
                mock(TaskScheduler.class), Clock.systemUTC(), metrics);
        service.start();
        Path food = dir.resolve("food.yml");
        Files.writeString(food, Files.readString(food) + CatalogFixtures.item("food-three", "Soup", "[sad]"));
        doThrow(new StackOverflowError("deep")).doNothing().when(metrics).catalogReload(any());
        service.poll();
        service.poll();
        assertEquals("error", service.status().lastResult(), "reported, and nothing escaped the poll");

        Files.writeString(food, Files.readString(food) + CatalogFixtures.item("food-four", "Stew", "[sad]"));
        service.poll();
        service.poll();
        assertEquals(4, service.current().items().get(Category.FOOD).size(), "the next edit is still picked up");

        Files.writeString(food, Files.readString(food) + "#".repeat(YamlFile.MAX_BYTES));
        service.poll();
        service.poll();
        assertEquals("rejected", service.status().lastResult());
        assertTrue(service.status().problems().get(0).contains("bytes a catalog file may have"),
                service.status().problems().toString());
        assertEquals(4, service.current().items().get(Category.FOOD).size());
    }
}
