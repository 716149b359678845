package com.moodbot.emotion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFilesTest {

    @TempDir
    Path dir;

    @Test
    void specRoundTripsAndAnUncalibratedModelHasTemperatureOne() throws IOException {
        NetworkSpec spec = new NetworkSpec(0.5f, 44, 0f);
        ModelFiles.writeSpec(dir, spec);
        assertEquals(spec, ModelFiles.readSpec(dir));
        assertEquals(1.0, ModelFiles.readTemperature(dir));
        ModelFiles.writeTemperature(dir, 1.37, "PublicTest");
        assertEquals(1.37, ModelFiles.readTemperature(dir), 1e-9);
        assertEquals(spec, ModelFiles.readSpec(dir));
    }

    @Test
    void aModelWithAnotherLabelOrderOrArchitectureIsRefused() throws IOException {
        ModelFiles.writeSpec(dir, new NetworkSpec(0.25f, 44, 0f));
        Path file = dir.resolve(ModelFiles.SPEC);
        String spec = Files.readString(file);
        Files.writeString(file, spec.replace("labels=angry,disgust", "labels=disgust,angry"));
        IOException labels = assertThrows(IOException.class, () -> ModelFiles.readSpec(dir));
        assertTrue(labels.getMessage().contains("labels"), labels.getMessage());

        Files.writeString(file, spec.replace("architecture=vgg19-bn", "architecture=resnet18"));
        IOException arch = assertThrows(IOException.class, () -> ModelFiles.readSpec(dir));
        assertTrue(arch.getMessage().contains("resnet18"), arch.getMessage());
    }

    @Test
    void calibrationRoundTripsAndRemovingTheOffsetsLeavesTheTemperature() throws IOException {
        ModelFiles.writeSpec(dir, new NetworkSpec(0.25f, 44, 0f));
        assertEquals(Calibration.NONE, ModelFiles.readCalibration(dir));
        Calibration fitted = new Calibration(1.25, new double[] {-0.5, 0.4, 0.2, 0.1, 0, 0, -0.2});
        ModelFiles.writeCalibration(dir, fitted, "PublicTest");
        assertEquals(fitted, ModelFiles.readCalibration(dir));
        ModelFiles.writeCalibration(dir, Calibration.temperatureOnly(1.1), "PublicTest");
        assertEquals(Calibration.temperatureOnly(1.1), ModelFiles.readCalibration(dir));
        assertTrue(!Files.readString(dir.resolve(ModelFiles.SPEC)).contains("classOffsets"));
    }

    @Test
    void offsetsThatAreNotOnePerClassAreRefused() throws IOException {
        ModelFiles.writeSpec(dir, new NetworkSpec(0.25f, 44, 0f));
        Files.writeString(dir.resolve(ModelFiles.SPEC), "classOffsets=0.1,0.2\n", StandardOpenOption.APPEND);
        IOException e = assertThrows(IOException.class, () -> ModelFiles.readCalibration(dir));
        assertTrue(e.getMessage().contains("classOffsets '0.1,0.2' is not 7 numbers"), e.getMessage());
    }

    @Test
    void aTemperatureThatIsNotPositiveIsRefused() throws IOException {
        ModelFiles.writeSpec(dir, new NetworkSpec(0.25f, 44, 0f));
        Files.writeString(dir.resolve(ModelFiles.SPEC), "temperature=-2\n", StandardOpenOption.APPEND);
        assertThrows(IOException.class, () -> ModelFiles.readTemperature(dir));
    }
}
