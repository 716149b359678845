package com.moodbot.emotion;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.convert.TypeConverter;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Binds {@code moodbot.model.views} (MOODBOT_MODEL_VIEWS) by its labels, {@code ten-crop} included. */
@Singleton
final class TestTimeViewsConverter implements TypeConverter<String, TestTimeViews> {

    @Override
    public Optional<TestTimeViews> convert(String value, Class<TestTimeViews> type, ConversionContext context) {
        try {
            return Optional.of(TestTimeViews.parse(value));
        } catch (IllegalArgumentException e) {
            context.reject(value, e);
            return Optional.empty();
        }
    }
}
