package com.moodbot.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.emotion.TestTimeViews;
import com.moodbot.Application;
import com.moodbot.analysis.PhotoAnalyzer;
import com.moodbot.emotion.EmotionClassifier;
import com.moodbot.emotion.ModelConfig;
import com.moodbot.support.TestModels;
import com.moodbot.vision.FaceFinder;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** A command's options configure the same beans serve uses. */
class ModelOptionsTest {

    @TempDir
    Path dir;

    @Command
    static final class Holder {
        @Mixin
        ModelOptions options;
    }

    @Test
    void optionsBecomeTheConfigurationOfServesBeans() throws Exception {
        Path model = TestModels.writeRandom(dir.resolve("model"), 8);
        Holder holder = CommandLine.populateCommand(new Holder(), "--model", model.toString(), "--views", "ten-crop");
        try (ApplicationContext context = Application.context("evaluate", holder.options.properties(2))) {
            ModelConfig config = context.getBean(ModelConfig.class);
            assertEquals(model, config.dir());
            assertEquals(2, config.predictorCount());
            assertEquals(TestTimeViews.TEN_CROP, config.views());
            assertEquals(TestModels.TINY, context.getBean(EmotionClassifier.class).spec());
            assertEquals("cascade", context.getBean(FaceFinder.class).detectorName());
            assertTrue(context.getBean(PhotoAnalyzer.class) != null);
        }
    }
}
