package com.moodbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.Application;
import com.moodbot.bench.FakeGraphApi;
import com.moodbot.support.CommandRun;
import com.moodbot.support.Photos;
import com.moodbot.support.Required;
import com.moodbot.support.ShippedCatalogs;
import com.moodbot.support.TestFiles;
import com.moodbot.support.TestModels;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path dir;

    private static String capture(Runnable run) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void catalogCheckExitsZeroWhenCleanAndListsProblemsOtherwise() throws Exception {
        int[] code = new int[1];
        String clean = capture(() -> code[0] = Application.run("catalog", "check", "recommendations"));
        assertEquals(0, code[0]);
        assertTrue(clean.contains("recommendations: OK"), clean);
        assertTrue(clean.contains("pinned: none\nlearning from taps: every category\n"), clean);
        assertTrue(clean.contains("pictures in images/ that no item names: none\n"), clean);
        assertTrue(clean.matches("(?s).*films\\.yml: \\d+ items \\(angry \\d+, disgust \\d+, .*neutral \\d+\\).*"), clean);

        for (String f : new String[] {"films.yml", "songs.yml", "food.yml", "places.yml", "policy.yml"}) {
            Files.copy(Path.of("recommendations", f), dir.resolve(f));
        }
        Path songs = dir.resolve("songs.yml");
        int moodLine = lineOf(Files.readString(songs), "moods: [happy]");
        Files.writeString(songs, Files.readString(songs).replaceFirst("moods: \\[happy\\]", "moods: [jolly]"));
        Path food = dir.resolve("food.yml");
        int titleLine = lineOf(Files.readString(food), "    title:");
        Files.writeString(food, Files.readString(food).replaceFirst("\n      es: \"Sopa de pollo con fideos\"", ""));
        String broken = capture(() -> code[0] = Application.run("catalog", "check", dir.toString()));
        assertEquals(1, code[0]);
        assertTrue(broken.contains(songs + ":" + moodLine + ": unknown mood 'jolly'"), broken);
        assertTrue(broken.contains(food + ":" + titleLine + ": missing Español (es) title"), broken);
        assertTrue(broken.contains(": 2 problems"), broken);
    }

    @Test
    void catalogCheckNamesThePicturesNoItemNames() throws Exception {
        ShippedCatalogs.copyNamingPicture(dir, "soup.png");
        Path images = Files.createDirectories(dir.resolve("images"));
        ImageIO.write(new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB), "png", images.resolve("soup.png").toFile());
        Files.write(images.resolve("left-by-an-undo.jpg"), new byte[] {1});
        Files.writeString(images.resolve("notes.txt"), "not a picture's name");
        int[] code = new int[1];
        String out = capture(() -> code[0] = Application.run("catalog", "check", dir.toString()));
        assertEquals(0, code[0], out);
        assertTrue(out.contains("pictures in images/ that no item names: left-by-an-undo.jpg\n"), out);
    }

    @Test
    void catalogCheckOfAFolderThatIsNotThereIsOneLineAndExitTwo() {
        Path missing = dir.resolve("no-such-catalogs");
        CommandRun run = CommandRun.of("catalog", "check", missing.toString());
        assertEquals(CliErrors.USER_ERROR, run.code(), run.err());
        assertEquals("catalog check: no such folder: " + missing, run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void catalogCheckNamesPinsAndCategoriesThatDoNotLearnAndRefusesAWrongType() throws Exception {
        for (String f : new String[] {"films.yml", "songs.yml", "food.yml", "places.yml", "policy.yml"}) {
            Files.copy(Path.of("recommendations", f), dir.resolve(f));
        }
        Path films = dir.resolve("films.yml");
        Path policy = dir.resolve("policy.yml");
        Files.writeString(films, Files.readString(films).replaceFirst("    weight: 2\n", "    weight: 2\n    pin: true\n"));
        Files.writeString(policy, Files.readString(policy).replace("  food: true", "  food: false"));
        int[] code = new int[1];
        String clean = capture(() -> code[0] = Application.run("catalog", "check", dir.toString()));
        assertEquals(0, code[0], clean);
        assertTrue(clean.contains("pinned: paddington-2-2017\nlearning from taps: every category but food\n"), clean);

        int pinLine = lineOf(Files.readString(films), "    pin: true");
        Files.writeString(films, Files.readString(films).replace("    pin: true", "    pin: 1"));
        int learningLine = lineOf(Files.readString(policy), "  food: false");
        Files.writeString(policy, Files.readString(policy).replace("  food: false", "  food: off"));
        String broken = capture(() -> code[0] = Application.run("catalog", "check", dir.toString()));
        assertEquals(1, code[0]);
        assertTrue(broken.contains(films + ":" + pinLine + ": pin must be true or false, not '1'"), broken);
        assertTrue(broken.contains(policy + ":" + learningLine + ": learning.food must be true or false, not 'off'"),
                broken);
    }

    private static int lineOf(String text, String start) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(start) || lines[i].contains(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start + " not found");
    }

    @Test
    void predictPrintsOneJsonObjectPerImage() throws Exception {
        Required.fer2013("for the fixture photo");
        Path model = TestModels.writeRandom(dir.resolve("model"), 4);
        Path photo = dir.resolve("selfie.jpg");
        Files.write(photo, Photos.jpeg(Photos.canvas(640, 480,
                List.of(Photos.detectableFaces().get(2)), new int[][] {{170, 90, 300}})));
        Path junk = dir.resolve("junk.jpg");
        Files.writeString(junk, "not an image");
        int[] code = new int[1];
        String out = capture(() -> code[0] = Application.run("predict", "--json", "--model", model.toString(),
                photo.toString(), junk.toString()));
        assertEquals(1, code[0], "one image failed");
        String[] lines = out.strip().split("\n");
        assertEquals(2, lines.length, out);
        var json = JsonMapper.createDefault();
        var first = json.readValue(lines[0], JsonNode.class);
        assertEquals(photo.toString(), first.get("file").getStringValue());
        assertEquals(1, first.get("faces").getNumberValue().intValue());
        assertEquals(7, first.get("probabilities").size());
        String emotion = first.get("emotion").getStringValue();
        assertEquals(first.get("probabilities").get(emotion).getNumberValue().floatValue(),
                first.get("confidence").getNumberValue().floatValue(), 1e-6f);
        assertTrue(first.get("recommendation").get("title").getStringValue().length() > 0);
        var second = json.readValue(lines[1], JsonNode.class);
        assertEquals("not an image format we know", second.get("error").getStringValue());
        String plain = capture(() -> Application.run("predict", "--model", model.toString(), photo.toString()));
        assertTrue(plain.startsWith(photo + ": " + emotion + " ("), plain);
        assertTrue(plain.contains("%), 1 face; try "), plain);
    }

    @Test
    void messengerSetupConfiguresTheProfile() {
        try (FakeGraphApi graph = new FakeGraphApi()) {
            assertEquals(0, messengerSetup(graph));
            assertEquals(2, graph.calls().size(), "Messenger's profile, then Instagram's");
            FakeGraphApi.Call call = graph.calls().get(0);
            assertEquals("/v25.0/me/messenger_profile", call.path());
            assertEquals(null, call.query(), "no token in the URL");
            assertEquals("Bearer PAGE_TOKEN", call.authorization());
            assertEquals("GET_STARTED", call.body().get("get_started").get("payload").getStringValue());
            assertTrue(call.body().get("greeting").get(0).get("text").getStringValue().contains("selfie"));
            assertEquals("HELP", call.body().get("persistent_menu").get(0).get("call_to_actions").get(0)
                    .get("payload").getStringValue());
            JsonNode spanishGreeting = java.util.stream.StreamSupport.stream(call.body().get("greeting").values().spliterator(), false)
                    .filter(g -> g.get("locale").getStringValue().equals("es_ES")).findFirst().orElseThrow();
            assertTrue(spanishGreeting.get("text").getStringValue().contains("selfi"));
            JsonNode spanishMenu = java.util.stream.StreamSupport.stream(call.body().get("persistent_menu").values().spliterator(), false)
                    .filter(m -> m.get("locale").getStringValue().equals("es_LA")).findFirst().orElseThrow();
            assertEquals(List.of("Cómo funciona", "🌐 Idioma", "Empezar de nuevo"), java.util.stream.StreamSupport.stream(spanishMenu.get("call_to_actions")
                    .values().spliterator(), false).map(a -> a.get("title").getStringValue()).toList());
            assertEquals(List.of("HELP|es", "LANGUAGE|es", "GET_STARTED|es"), java.util.stream.StreamSupport.stream(
                    spanishMenu.get("call_to_actions").values().spliterator(), false).map(a -> a.get("payload").getStringValue()).toList(),
                    "the Spanish menu's items say it is Spanish, so the bot answers in it");

            FakeGraphApi.Call instagram = graph.calls().get(1);
            assertEquals("/v25.0/me/messenger_profile", instagram.path());
            assertEquals("platform=instagram", instagram.query(), "the platform, and no token, in the URL");
            assertEquals("Bearer PAGE_TOKEN", instagram.authorization());
            assertEquals("instagram", instagram.body().get("platform").getStringValue());
            List<JsonNode> iceBreakers = java.util.stream.StreamSupport.stream(
                    instagram.body().get("ice_breakers").values().spliterator(), false).toList();
            assertEquals(List.of("default", "en_US", "en_GB", "es_ES", "es_LA"),
                    iceBreakers.stream().map(i -> i.get("locale").getStringValue()).toList());
            assertEquals(List.of("What mood am I in?|GET_STARTED", "How does it work?|HELP", "🌐 Language|LANGUAGE"),
                    questions(iceBreakers.get(0)));
            assertEquals(List.of("¿Cuál es mi estado de ánimo?|GET_STARTED|es", "¿Cómo funciona?|HELP|es", "🌐 Idioma|LANGUAGE|es"),
                    questions(iceBreakers.get(3)));
            JsonNode instagramMenu = instagram.body().get("persistent_menu").get(4);
            assertEquals("es_LA", instagramMenu.get("locale").getStringValue());
            assertEquals("LANGUAGE|es", instagramMenu.get("call_to_actions").get(1).get("payload").getStringValue());
            assertEquals(null, instagramMenu.get("composer_input_disabled"), "not a field Instagram's menu has");
        }
    }

    @Test
    void messengerSetupWithoutAnAnswerSaysSoInOneLine() {
        CommandRun run = CommandRun.with(Map.of("moodbot.messenger.graph-url", "http://127.0.0.1:1",
                "moodbot.messenger.page-access-token", "PAGE_TOKEN"), "messenger", "setup");
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith("messenger setup: cannot reach the Graph API ("), run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line, no stack trace: " + run.err());
    }

    @Test
    void predictExitsOneForAPhotoWithNoFaceAndTwoForAModelFolderWithNoModelInOneLine() throws Exception {
        Path model = TestModels.writeRandom(dir.resolve("model"), 4);
        Path sky = dir.resolve("sky.jpg");
        Files.write(sky, Photos.jpeg(new java.awt.image.BufferedImage(320, 240, java.awt.image.BufferedImage.TYPE_3BYTE_BGR)));
        int[] code = new int[1];
        String out = capture(() -> code[0] = Application.run("predict", "--model", model.toString(), sky.toString()));
        assertEquals(sky + ": no readable face", out.strip());
        assertEquals(1, code[0], "as README says: a file with no readable face makes the status 1");

        Path empty = Files.createDirectories(dir.resolve("empty"));
        CommandRun noModel = CommandRun.of("predict", "--model", empty.toString(), sky.toString());
        assertEquals(2, noModel.code(), noModel.err());
        assertEquals("predict: no such file: " + empty.resolve("emotion-model.properties") + " (model spec not found)",
                noModel.err().strip());
        CommandRun noYunet = CommandRun.of("predict", "--model", model.toString(), "--yunet",
                dir.resolve("yunet.onnx").toString(), sky.toString());
        assertEquals(2, noYunet.code(), noYunet.err());
        assertEquals("predict: --yunet: no such file: " + dir.resolve("yunet.onnx")
                + " (--yunet none asks for OpenCV's Haar cascade)", noYunet.err().strip());
        CommandRun cascade = CommandRun.of("predict", "--model", model.toString(), "--yunet", "none", sky.toString());
        assertEquals(1, cascade.code(), "the cascade, asked for, finds no face either: " + cascade.err());
        assertEquals(sky + ": no readable face", cascade.out().strip());
    }

    @Test
    void aLanguageTheBotDoesNotSpeakIsRefusedInOneLine() {
        CommandRun run = CommandRun.with(Map.of("moodbot.default-locale", "fr",
                "moodbot.messenger.page-access-token", "PAGE_TOKEN"), "messenger", "setup");
        assertEquals(2, run.code());
        assertEquals("messenger setup: MOODBOT_DEFAULT_LOCALE is 'fr'; the bot speaks en and es", run.err().strip());
    }

    @Test
    void serveWithoutAModelFolderNamesTheSettingAndExitsTwo() throws Exception {
        Path nowhere = TestFiles.dir("moodbot-no-model").resolve("nosuch");
        CommandRun run = CommandRun.with(Map.of("moodbot.model.dir", nowhere.toString()), "serve");
        assertEquals(2, run.code(), run.err());
        assertEquals("serve: refusing to start: " + nowhere.resolve("emotion-model.properties")
                + ": model spec not found (the model folder is MOODBOT_MODEL_DIR, by default models)", run.err().strip());
    }

    @Test
    void messengerSetupCanLeaveInstagramAlone() {
        try (FakeGraphApi graph = new FakeGraphApi()) {
            assertEquals(0, messengerSetup(graph, "--skip-instagram"));
            assertEquals(1, graph.calls().size());
            assertEquals(null, graph.calls().get(0).query());
        }
    }

    private static List<String> questions(JsonNode iceBreakers) {
        return java.util.stream.StreamSupport.stream(iceBreakers.get("call_to_actions").values().spliterator(), false)
                .map(q -> q.get("question").getStringValue() + "|" + q.get("payload").getStringValue()).toList();
    }

    /** {@code messenger setup} against {@code graph} with the page token {@code PAGE_TOKEN}: its exit status. */
    private static int messengerSetup(FakeGraphApi graph, String... options) {
        System.setProperty("moodbot.messenger.graph-url", graph.url());
        System.setProperty("moodbot.messenger.page-access-token", "PAGE_TOKEN");
        try {
            List<String> args = new ArrayList<>(List.of("messenger", "setup"));
            args.addAll(List.of(options));
            return Application.run(args.toArray(String[]::new));
        } finally {
            System.clearProperty("moodbot.messenger.graph-url");
            System.clearProperty("moodbot.messenger.page-access-token");
        }
    }
}
