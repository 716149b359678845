package com.moodbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.data.FaceExport;
import com.moodbot.data.LabeledFace;
import com.moodbot.support.CommandProcess;
import com.moodbot.support.CommandRun;
import com.moodbot.support.FerFixture;
import com.moodbot.support.Required;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loop of docs/teacher.md: faces exported, a teacher's scores made elsewhere, a student distilled from them. */
class TeacherLoopTest {

    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private Path[] data() throws Exception {
        return FerFixture.write(dir);
    }

    @Test
    void trainExportsItsFacesForATeacherTrainedElsewhereAndDistilsFromThatTeachersScores() throws Exception {
        Path[] data = data();
        Path exported = dir.resolve("faces");
        CommandRun export = run("train", "--data", data[0].toString(), "--out", dir.resolve("export-run").toString(),
                "--export-faces", exported.toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(export.out().contains("40 training faces"), export.out());
        assertTrue(Files.exists(exported.resolve("PublicTest.bin")), export.out());
        assertTrue(Files.notExists(dir.resolve("export-run/metrics.json")), "exporting does not train");

        StringBuilder scores = new StringBuilder("key,p0,p1,p2,p3,p4,p5,p6\n");
        byte[] bin = Files.readAllBytes(exported.resolve("train.bin"));
        int record = 2 + 7 * Float.BYTES + LabeledFace.PIXELS;
        for (int at = 8; at < bin.length; at += record) {
            byte[] pixels = Arrays.copyOfRange(bin, at + record - LabeledFace.PIXELS, at + record);
            scores.append(FaceExport.key(pixels)).append(",0,0,0,1,0,0,0\n");
        }
        Path teacher = Files.writeString(dir.resolve("teacher-scores.csv"), scores);
        Path out = dir.resolve("distilled");
        CommandRun r = run("train", "--data", data[0].toString(), "--out", out.toString(), "--width", "0.0625",
                "--epochs", "1", "--teacher", teacher.toString(), "--teacher-weight", "0.5");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(out.resolve("metrics.json")).contains("(weight 0.5, its own views)"));

        Files.writeString(teacher, "key,p0,p1,p2,p3,p4,p5,p6\n" + "0123456789abcdef,1,0,0,0,0,0,0\n");
        CommandRun missing = run("train", "--data", data[0].toString(), "--out", dir.resolve("d2").toString(),
                "--width", "0.0625", "--epochs", "1", "--teacher", teacher.toString());
        assertEquals(CliErrors.USER_ERROR, missing.code(), missing.err());
        assertTrue(missing.err().contains("teacher scores hold no answer for 40 of 40 distinct faces"), missing.err());
    }

    @Test
    void anExportFolderThatIsAFileOrNotEmptyIsOneLineAndExitTwo() throws Exception {
        Path[] data = data();
        Path inTheWay = Files.writeString(dir.resolve("faces"), "not a folder");
        CommandRun export = run("train", "--data", data[0].toString(), "--out", dir.resolve("export-run").toString(),
                "--export-faces", inTheWay.toString());
        assertEquals(CliErrors.USER_ERROR, export.code(), export.err());
        assertTrue(export.err().contains("train: a file is in the way of a folder: " + inTheWay), export.err());
        assertTrue(!export.err().contains("\tat "), "no stack trace: " + export.err());

        Path used = Files.createDirectories(dir.resolve("used"));
        Files.writeString(used.resolve("expw-train-calibration.bin"), "an earlier export's set");
        CommandRun again = run("train", "--data", data[0].toString(), "--out", dir.resolve("export-run").toString(),
                "--export-faces", used.toString());
        assertEquals(CliErrors.USER_ERROR, again.code(), "an earlier export's sets would be packed with this one");
        assertTrue(again.err().contains(used + " is not empty"), again.err());
    }

    @Test
    void theGpuScriptsRunOnTheExportAndTheirStudentsLoadInJava() throws Exception {
        Required.pythonWithTorch("to run src/main/python (the teacher scripts) on a tiny export");
        Path[] data = data();
        Path exported = dir.resolve("faces");
        assertEquals(0, run("train", "--data", data[0].toString(), "--ferplus", data[1].toString(),
                "--out", dir.resolve("export-run").toString(), "--export-faces", exported.toString()).code());
        assertTrue(Files.notExists(dir.resolve("export-run").resolve("train-arguments.txt")), "an export leaves --out alone");
        Path pack = dir.resolve("pack.npz");
        python("src/main/python/pack_faces.py", exported.toString(), pack.toString());
        Path out = Files.createDirectories(dir.resolve("teacher"));
        python("src/main/python/teacher.py", "--pack", pack.toString(), "--out", out.toString(), "--folds", "2",
                "--epochs", "1", "--width", "0.0625", "--batch", "16");

        String report = Files.readString(out.resolve("teacher-report.txt"));
        assertTrue(report.contains("40 training faces"), report);
        assertTrue(report.contains("mean of 2 teachers, ten-crop, PublicTest"), report);
        List<String> scores = Files.readAllLines(out.resolve("teacher-scores.csv"));
        assertEquals(41, scores.size(), "a header and a line per training face");
        CommandRun student = run("train", "--data", data[0].toString(), "--ferplus", data[1].toString(),
                "--out", dir.resolve("student").toString(), "--width", "0.0625", "--epochs", "1",
                "--teacher", out.resolve("teacher-scores.csv").toString());
        assertEquals(0, student.code(), "every exported face found its score: " + student.err());

        Path gpuStudent = Files.createDirectories(dir.resolve("gpu-student"));
        python("src/main/python/student.py", "--pack", pack.toString(), "--out", gpuStudent.toString(),
                "--teacher", out.resolve("teacher-scores.csv").toString(), "--epochs", "4", "--max-seconds", "0.001",
                "--width", "0.0625", "--batch", "16");
        assertTrue(Files.readString(gpuStudent.resolve("student-report.txt")).contains("4 epochs cut to 3"),
                "the time budget cuts the epochs, never under three");
        Path weights = gpuStudent.resolve("student.npz");
        CommandRun imported = run("import-weights", "--weights", weights.toString(), "--width", "0.0625",
                "--out", dir.resolve("imported").toString());
        assertEquals(0, imported.code(), "PyTorch's parameters line up with the network: " + imported.err());
        assertEquals(0, run("evaluate", "--model", dir.resolve("imported").toString(), "--data", data[0].toString(),
                "--split", "PublicTest").code());
        CommandRun again = run("import-weights", "--weights", weights.toString(), "--width", "0.0625",
                "--out", dir.resolve("imported").toString());
        assertEquals(CliErrors.USER_ERROR, again.code(), "a model folder is never overwritten: " + again.err());
        CommandRun wider = run("import-weights", "--weights", weights.toString(), "--width", "0.125",
                "--out", dir.resolve("wider").toString());
        assertEquals(CliErrors.USER_ERROR, wider.code(), wider.err());
        assertTrue(wider.err().contains("the network's") && !wider.err().contains("\tat "), wider.err());
        assertTrue(Files.notExists(dir.resolve("wider")), "a refused import leaves no folder behind");
    }

    private static void python(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Required.PYTHON3.toString()));
        command.addAll(Arrays.asList(args));
        CommandProcess run = CommandProcess.exec(command, Map.of(), Duration.ofMinutes(5));
        assertEquals(0, run.exitCode(), String.join(" ", command) + "\n" + run.stdout() + run.stderr());
    }
}
