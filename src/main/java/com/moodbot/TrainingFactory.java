package com.moodbot;

import com.moodbot.training.TrainingArtifacts;
import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

/** Wires what training and evaluation write (metrics, charts, confusion matrices) into the context. */
@Factory
public class TrainingFactory {

    @Singleton
    TrainingArtifacts trainingArtifacts(JsonMapper json) {
        return new TrainingArtifacts(json);
    }
}
