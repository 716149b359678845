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
    void aTemperatureThatIsNotPositiveIsRefused() throws IOException {
        ModelFiles.writeSpec(dir, new NetworkSpec(0.25f, 44, 0f));
        Files.writeString(dir.resolve(ModelFiles.SPEC), "temperature=-2\n", StandardOpenOption.APPEND);
        assertThrows(IOException.class, () -> ModelFiles.readTemperature(dir));
    }
}
