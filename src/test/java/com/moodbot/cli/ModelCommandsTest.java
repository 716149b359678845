package com.moodbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.emotion.Calibration;
import com.moodbot.emotion.ModelFiles;
import com.moodbot.emotion.ServedModel;
import com.moodbot.vision.VisionConfig;
import com.moodbot.support.CommandRun;
import com.moodbot.support.FerFixture;
import com.moodbot.support.Photos;
import com.moodbot.support.Required;
import com.moodbot.support.TestModels;
import com.moodbot.data.LabeledFace;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import org.junit.jupiter.api.io.TempDir;

/** {@code calibrate} and {@code evaluate} on a small FER-format CSV with FER+ votes, and how user errors end. */
class ModelCommandsTest {

    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void predictNamesAMissingFileInOneLineAndExitsTwoBeforeLoadingTheModel() throws Exception {
        Path missing = dir.resolve("no-such-selfie.jpg");
        CommandRun run = run("predict", "--model", dir.resolve("no-model-here").toString(), missing.toString());
        assertEquals(2, run.code(), run.err());
        assertEquals("predict: no such file: " + missing, run.err().strip(), "one line, about the file, not the model");
        assertEquals("", run.out());
        CommandRun folder = run("predict", "--model", dir.resolve("no-model-here").toString(), dir.toString());
        assertEquals(2, folder.code(), folder.err());
        assertEquals("predict: a folder, not a photo: " + dir + " (`moodbot album --emotion MOOD " + dir
                + "` ranks the photos in a folder)", folder.err().strip());
    }

    @Test
    void albumNamesAFolderThatIsNotThereAndRefusesToListNoPhotos() throws Exception {
        CommandRun missing = run("album", dir.resolve("holidays").toString(), "--emotion", "happy");
        assertEquals(2, missing.code(), missing.err());
        assertEquals("album: no such folder: " + dir.resolve("holidays"), missing.err().strip());
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        assertEquals("album: not a folder: " + file, run("album", file.toString(), "--emotion", "happy").err().strip());
        CommandRun none = run("album", dir.toString(), "--emotion", "happy", "--top", "0");
        assertEquals(2, none.code(), none.err());
        assertEquals("album: --top is how many photos to list: 1 or more, not 0", none.err().strip());
    }

    @Test
    void everyPredictOptionHasHelpNoCommandIsAUsageMistakeAndATypoIsOneLine() {
        CommandRun help = run("predict", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--views") && help.out().contains("centre|mirror|ten-crop"), help.out());
        CommandRun none = run();
        assertEquals(2, none.code());
        assertTrue(none.err().contains("Usage: moodbot"), none.err());
        CommandRun bench = run("bench");
        assertEquals(2, bench.code());
        assertTrue(bench.err().startsWith("Usage: moodbot bench "), "as --help names it: " + bench.err());
        CommandRun typo = run("train", "--bogus");
        assertEquals(CliErrors.USER_ERROR, typo.code());
        assertEquals("train: Unknown option: '--bogus' (`moodbot train --help` lists the options)", typo.err().strip());
        CommandRun command = run("serv");
        assertEquals(CliErrors.USER_ERROR, command.code());
        assertEquals("moodbot: unknown command 'serv'; did you mean serve? (`moodbot --help` lists the commands)",
                command.err().strip());
    }

    private Path[] data() throws Exception {
        return FerFixture.write(dir);
    }

    @Test
    void calibrateStoresATemperatureThatEvaluateThenUses() throws Exception {
        Path[] data = data();
        Path model = TestModels.writeRandom(dir.resolve("model"), 6);
        CommandRun calibrate = run("calibrate", "--model", model.toString(), "--data", data[0].toString(),
                "--png", dir.resolve("charts").toString());
        assertEquals(0, calibrate.code(), calibrate.err());
        assertTrue(calibrate.out().contains("expected calibration error"), calibrate.out());
        assertTrue(calibrate.out().contains("class offsets ["), calibrate.out());
        assertTrue(calibrate.out().contains("PublicTest   accuracy "), calibrate.out());
        double t = ModelFiles.readTemperature(model);
        assertNotEquals(1.0, t);
        assertTrue(Files.size(dir.resolve("charts/reliability-publictest-calibrated.png")) > 0);

        CommandRun evaluate = run("evaluate", "--model", model.toString(), "--data", data[0].toString(), "--json",
                "--ferplus", data[1].toString(), "--reliability", dir.resolve("rel.png").toString());
        assertEquals(0, evaluate.code(), evaluate.err());
        JsonNode report = JsonMapper.createDefault().readValue(evaluate.out(), JsonNode.class);
        assertEquals(40, report.get("faces").getNumberValue().intValue());
        assertEquals(t, report.get("temperature").getNumberValue().doubleValue(), 1e-4);
        double ece = report.get("expectedCalibrationError").getNumberValue().doubleValue();
        assertTrue(ece >= 0 && ece <= 1, "ECE " + ece);
        assertTrue(report.get("ferPlusMajorityAccuracy").isNumber(), evaluate.out());
        assertTrue(Files.size(dir.resolve("rel.png")) > 0);
    }

    @Test
    void evaluateAveragesEveryNetworkOfEveryFolderEvenly() throws Exception {
        Path[] data = data();
        Path model = TestModels.writeRandom(dir.resolve("model"), 6);
        TestModels.writeRandom(model.resolve(ServedModel.MEMBERS).resolve("second"), 7);
        Path other = TestModels.writeRandom(dir.resolve("other"), 8);
        TestModels.writeRandom(other.resolve(ServedModel.MEMBERS).resolve("fourth"), 9);
        CommandRun evaluate = run("evaluate", "--model", model.toString(), "--with-model", other.toString(),
                "--data", data[0].toString(), "--json");
        assertEquals(0, evaluate.code(), evaluate.err());
        JsonNode report = JsonMapper.createDefault().readValue(evaluate.out(), JsonNode.class);
        assertEquals(4, report.get("networks").getNumberValue().intValue());
        assertTrue(report.get("temperature") == null, "an ensemble has no one temperature: " + evaluate.out());
        CommandRun text = run("evaluate", "--model", model.toString(), "--data", data[0].toString());
        assertTrue(text.out().contains("2 networks averaged, each calibrated in its own folder"), text.out());
    }

    @Test
    void withoutOffsetsOnlyTheTemperatureIsFitted() throws Exception {
        Path[] data = data();
        Path model = TestModels.writeRandom(dir.resolve("model"), 6);
        CommandRun r = run("calibrate", "--model", model.toString(), "--data", data[0].toString(), "--no-offsets");
        assertEquals(0, r.code(), r.err());
        Calibration c = ModelFiles.readCalibration(model);
        assertNotEquals(1.0, c.temperature());
        assertTrue(!c.hasOffsets(), c.toString());
        assertTrue(!r.out().contains("class offsets"), r.out());
    }

    @Test
    void theViewsFittedOnAreThoseAskedForAndNamedInTheSpec() throws Exception {
        Path[] data = data();
        Path centre = TestModels.writeRandom(dir.resolve("centre"), 6);
        Path mirror = TestModels.writeRandom(dir.resolve("mirror"), 6);
        assertEquals(0, run("calibrate", "--model", centre.toString(), "--data", data[0].toString(), "--no-offsets").code());
        CommandRun r = run("calibrate", "--model", mirror.toString(), "--data", data[0].toString(), "--no-offsets",
                "--views", "mirror");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(centre.resolve(ModelFiles.SPEC)).contains("PublicTest, centre view, 40 faces"));
        assertTrue(Files.readString(mirror.resolve(ModelFiles.SPEC)).contains("PublicTest, mirror views, 40 faces"));
    }

    @Test
    void offsetsAreFittedOnThePhotosTooAndCheckedOnHalvesHeldOut() throws Exception {
        Required.fer2013("for the fixture photos");
        Path[] data = data();
        Path photos = Files.createDirectories(dir.resolve("photos"));
        StringBuilder labels = new StringBuilder("file,label\n");
        List<LabeledFace> faces = Photos.detectableFaces();
        for (int i = 0; i < 8; i++) {
            LabeledFace face = faces.get(i);
            Files.write(photos.resolve(i + ".jpg"), Photos.jpeg(Photos.canvas(640, 480, List.of(face),
                    new int[][] {{170, 90, 300}})));
            labels.append(i).append(".jpg,").append(face.label().label()).append('\n');
        }
        Files.writeString(dir.resolve("labels.csv"), labels);
        Path model = TestModels.writeRandom(dir.resolve("model"), 6);
        CommandRun r = run("calibrate", "--model", model.toString(), "--data", data[0].toString(), "--ferplus",
                data[1].toString(), "--photos", photos.toString(), "--labels", dir.resolve("labels.csv").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("photos       accuracy "), r.out());
        assertTrue(r.out().contains("PublicTest FER+ accuracy "), r.out());
        assertTrue(r.out().contains("photo half 1 held out (4 faces)"), r.out());
        assertTrue(r.out().contains("photo half 2 held out (4 faces)"), r.out());
        assertTrue(Files.readString(model.resolve(ModelFiles.SPEC)).contains("class offsets also on 8 photo faces"));

        CommandRun evaluate = run("evaluate", "--model", model.toString(), "--photos", photos.toString(), "--labels",
                dir.resolve("labels.csv").toString(), "--png", dir.resolve("charts").toString());
        assertEquals(0, evaluate.code(), evaluate.err());
        assertTrue(evaluate.out().contains("8 photos: face found in "), evaluate.out());
        assertTrue(evaluate.out().matches("(?s).*face found in \\d+ \\([0-9.]+%\\) by (yunet|cascade), .*"), evaluate.out());
        assertTrue(evaluate.out().contains("accuracy where a face was found "), evaluate.out());
        String set = "confusion-" + dir.getFileName().toString().toLowerCase(java.util.Locale.ROOT) + "-labels";
        assertTrue(Files.size(dir.resolve("charts").resolve(set + ".png")) > 0);
        assertTrue(Files.readString(dir.resolve("charts").resolve(set + ".txt")).contains("true\\pred"));
    }

    @Test
    void evaluateInTextPrintsAccuracyPerClassScoresAndTheFerPlusAgreement() throws Exception {
        Path[] data = data();
        Path model = TestModels.writeRandom(dir.resolve("model"), 6);
        CommandRun r = run("evaluate", "--model", model.toString(), "--data", data[0].toString(), "--ferplus",
                data[1].toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("PrivateTest: 40 faces, accuracy "), r.out());
        assertTrue(r.out().contains("accuracy against the FER+ majority "), r.out());
        assertTrue(r.out().contains("precision    recall        f1  support"), r.out());
        assertTrue(r.out().contains("true\\pred"), r.out());
    }

    @Test
    void withAnotherModelEvaluateScoresTheMeanOfTheirProbabilities() throws Exception {
        Path[] data = data();
        Path a = TestModels.writeRandom(dir.resolve("a"), 6);
        Path b = TestModels.writeRandom(dir.resolve("b"), 7);
        JsonNode alone = report(run("evaluate", "--model", a.toString(), "--data", data[0].toString(), "--json"));
        JsonNode twice = report(run("evaluate", "--model", a.toString(), "--data", data[0].toString(), "--json",
                "--with-model", a.toString()));
        JsonNode pair = report(run("evaluate", "--model", a.toString(), "--data", data[0].toString(), "--json",
                "--with-model", b.toString()));
        assertEquals(alone.get("confusion").toString(), twice.get("confusion").toString());
        assertEquals(number(alone, "expectedCalibrationError"), number(twice, "expectedCalibrationError"), 1e-6);
        assertNotEquals(number(alone, "expectedCalibrationError"), number(pair, "expectedCalibrationError"), 1e-6);

        CommandRun photos = run("evaluate", "--model", a.toString(), "--photos", dir.toString(), "--labels",
                data[0].toString(), "--with-model", b.toString());
        assertEquals(CliErrors.USER_ERROR, photos.code());
        assertTrue(photos.err().contains("evaluate: --with-model scores face crops (--data), not --photos"), photos.err());
    }

    private static JsonNode report(CommandRun r) throws Exception {
        assertEquals(0, r.code(), r.err());
        return JsonMapper.createDefault().readValue(r.out(), JsonNode.class);
    }

    private static double number(JsonNode report, String field) {
        return report.get(field).getNumberValue().doubleValue();
    }

    @Test
    void averageWritesAModelThatEvaluateLoads() throws Exception {
        Path[] data = data();
        Path a = TestModels.writeRandom(dir.resolve("a"), 6);
        Path b = TestModels.writeRandom(dir.resolve("b"), 7);
        Path mean = dir.resolve("mean");
        CommandRun r = run("average", "--run", a.toString(), "--out", mean.toString(),
                a.resolve(ModelFiles.PARAMS).toString(), b.resolve(ModelFiles.PARAMS).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("averaged 2 snapshots"), r.out());
        assertEquals(Files.size(Path.of(VisionConfig.SHIPPED_YUNET)), Files.size(mean.resolve(VisionConfig.YUNET_FILE)),
                "the folder finds faces as served");
        CommandRun noDetector = run("average", "--run", a.toString(), "--out", dir.resolve("mean2").toString(),
                "--yunet", dir.resolve("none.onnx").toString(), a.resolve(ModelFiles.PARAMS).toString());
        assertEquals(0, noDetector.code(), noDetector.err());
        assertTrue(noDetector.err().contains("will find faces with OpenCV's Haar cascade"), noDetector.err());
        CommandRun evaluate = run("evaluate", "--model", mean.toString(), "--data", data[0].toString(), "--json");
        assertEquals(0, evaluate.code(), evaluate.err());
    }

    @Test
    void trainDistilsFromATeacherModelAndSaysSoInItsMetrics() throws Exception {
        Path[] data = data();
        Path teacher = TestModels.writeRandom(dir.resolve("teacher"), 6);
        Path out = dir.resolve("student");
        CommandRun r = run("train", "--data", data[0].toString(), "--out", out.toString(), "--width", "0.0625",
                "--epochs", "1", "--teacher", teacher.toString(), "--teacher-weight", "0.5");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Best selection score"), r.out());
        String metrics = Files.readString(out.resolve("metrics.json"));
        assertTrue(metrics.contains("teacher [" + teacher + "] (weight 0.5, ten-crop)"), metrics);

        CommandRun missing = run("train", "--data", data[0].toString(), "--out", out.toString(), "--teacher",
                dir.resolve("no-teacher").toString());
        assertEquals(CliErrors.USER_ERROR, missing.code(), missing.err());
        assertTrue(!missing.err().contains("\tat "), "no stack trace: " + missing.err());
    }

    @Test
    void everyTrainOptionSaysWhatItDoes() {
        for (OptionSpec option : new CommandLine(new TrainCommand()).getCommandSpec().options()) {
            String description = String.join(" ", option.description()).strip();
            assertTrue(!description.isEmpty() && !description.startsWith("("), option.longestName() + ": " + description);
        }
    }

    @Test
    void trainsDefaultsAreTheShippedRecipe() {
        TrainCommand train = new TrainCommand();
        new picocli.CommandLine(train).parseArgs("--data", "fer2013.csv.gz");
        // models/README.md, "Recipe": --ferplus-weight 0.25 --width 0.5 --epochs 50 --photo-repeat 3
        assertEquals(50, train.recipe.epochs);
        assertEquals(0.25f, train.recipe.ferPlusWeight);
        assertEquals(0.5f, train.recipe.width);
        assertEquals(3, train.recipe.photoRepeat);
        assertEquals(0.02f, train.recipe.learningRate);
        assertEquals(64, train.recipe.batchSize);
    }

    @Test
    void aResumeContinuesWithTheRunsOptionsAndRefusesOneThatDiffers() throws Exception {
        Path[] data = data();
        Path out = dir.resolve("run");
        CommandRun first = run("train", "--data", data[0].toString(), "--out", out.toString(), "--width", "0.0625",
                "--epochs", "2", "--lr", "0.01", "--max-minutes", "0.0001");
        assertEquals(0, first.code(), first.err());
        assertEquals(1, epochsDone(out), "stopped by --max-minutes after one epoch");

        CommandRun changed = run("train", "--out", out.toString(), "--resume", "--epochs", "3");
        assertEquals(CliErrors.USER_ERROR, changed.code(), changed.err());
        assertTrue(changed.err().startsWith("train: --epochs 3 differs from the run's 2 ("), changed.err());
        assertEquals(1, epochsDone(out), "nothing trained");

        CommandRun resumed = run("train", "--out", out.toString(), "--resume", "--lr", "0.010");
        assertEquals(0, resumed.code(), resumed.err());
        assertEquals(2, epochsDone(out), "the run's two epochs, not the default 50");
        assertEquals(0.0625, state(out).get("width").getDoubleValue(), 1e-6, "the run's width");
    }

    private static JsonNode state(Path run) throws Exception {
        return JsonMapper.createDefault().readValue(Files.readAllBytes(run.resolve("metrics.json")), JsonNode.class);
    }

    private static int epochsDone(Path run) throws Exception {
        return state(run).get("epochsDone").getIntValue();
    }

    @Test
    void nothingIsFittedOnPrivateTest() throws Exception {
        Path[] data = data();
        Path model = TestModels.writeRandom(dir.resolve("model"), 6);
        CommandRun r = run("calibrate", "--model", model.toString(), "--data", data[0].toString(), "--split", "PrivateTest");
        assertEquals(CliErrors.USER_ERROR, r.code());
        assertTrue(r.err().contains("calibrate: PrivateTest is the reported test split"), r.err());
        assertEquals(1.0, ModelFiles.readTemperature(model));
    }

    @Test
    void evaluateNeedsACsvOrPhotos() {
        CommandRun r = run("evaluate");
        assertEquals(CliErrors.USER_ERROR, r.code());
        assertTrue(r.err().contains("evaluate: --data CSV (or an image folder) is needed unless --photos is given"),
                r.err());
    }

    @Test
    void aMissingFileIsOneLineAndExitCodeTwoForEveryCommand() {
        Path missing = dir.resolve("nope.csv");
        for (String[] args : new String[][] {
            {"train", "--data", missing.toString(), "--out", dir.resolve("out").toString()},
            {"evaluate", "--data", missing.toString()},
            {"calibrate", "--data", missing.toString()},
        }) {
            CommandRun r = run(args);
            assertEquals(CliErrors.USER_ERROR, r.code(), String.join(" ", args));
            assertEquals(args[0] + ": no such file: " + missing, r.err().strip().lines().reduce((a, b) -> b).orElse(""),
                    r.err());
            assertTrue(!r.err().contains("\tat "), "no stack trace: " + r.err());
        }
    }
}
