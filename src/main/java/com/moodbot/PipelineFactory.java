package com.moodbot;

import com.moodbot.analysis.PhotoAnalyzer;
import com.moodbot.conversation.PersonIdConfig;
import com.moodbot.conversation.PersonIds;
import com.moodbot.emotion.EmotionClassifier;
import com.moodbot.emotion.ModelConfig;
import com.moodbot.emotion.ServedModel;
import com.moodbot.messenger.MessengerConfig;
import com.moodbot.metrics.MoodbotMetrics;
import com.moodbot.recommend.CatalogService;
import com.moodbot.recommend.ChannelHistories;
import com.moodbot.recommend.InMemoryHistoryStore;
import com.moodbot.recommend.Recommender;
import com.moodbot.recommend.RedisHistoryStore;
import com.moodbot.recommend.TapLinks;
import com.moodbot.recommend.learning.BanditChoice;
import com.moodbot.recommend.learning.LearningConfig;
import com.moodbot.recommend.learning.LearningOverview;
import com.moodbot.recommend.learning.TapThroughStore;
import com.moodbot.vision.FaceFinder;
import com.moodbot.vision.VisionConfig;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the stages that are plain Java (vision, model, selection) into the application context. */
@Factory
public class PipelineFactory {

    private static final AtomicBoolean RANDOM_KEYS_LOGGED = new AtomicBoolean();

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    @Bean(preDestroy = "close")
    FaceFinder faceFinder(VisionConfig config, ModelConfig model) {
        return config.newFaceFinder(model.dir());
    }

    @Singleton
    @Bean(preDestroy = "close")
    ServedModel servedModel(ModelConfig config) {
        try {
            return ServedModel.load(config.dir(), config.predictorCount());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the emotion model from " + config.dir() + ": " + e.getMessage(), e);
        }
    }

    /** The folder's own network (closed with the served model): its spec, calibration and device; not a FaceScorer bean. */
    @Singleton
    @Bean(typed = EmotionClassifier.class)
    EmotionClassifier emotionClassifier(ServedModel model) {
        return model.primary();
    }

    @Singleton
    PhotoAnalyzer photoAnalyzer(FaceFinder finder, ServedModel model, ModelConfig config, MoodbotMetrics metrics) {
        return new PhotoAnalyzer(finder, model, config.views(), metrics);
    }

    /** Keyed person-id hashes: MOODBOT_PERSON_ID_KEY, else derived from the app secret, else random. */
    @Singleton
    PersonIds personIds(PersonIdConfig config, MessengerConfig messenger, @Value("${redis.uri:}") String redis) {
        return new PersonIds(secret("person-id:", config, messenger, !redis.isEmpty()));
    }

    /** Card-button tokens, keyed the same way, so any instance checks any other's. */
    @Singleton
    TapLinks tapLinks(PersonIdConfig config, MessengerConfig messenger, Clock clock, @Value("${redis.uri:}") String redis) {
        return new TapLinks(secret("tap-link:", config, messenger, !redis.isEmpty()), clock);
    }

    private static byte[] secret(String purpose, PersonIdConfig config, MessengerConfig messenger, boolean shared) {
        if (config.key() != null && !config.key().isBlank()) {
            return (purpose + config.key()).getBytes(StandardCharsets.UTF_8);
        }
        if (messenger.appSecret() != null && !messenger.appSecret().isBlank()) {
            return (purpose + messenger.appSecret()).getBytes(StandardCharsets.UTF_8);
        }
        if (!RANDOM_KEYS_LOGGED.getAndSet(true)) {
            Logger log = LoggerFactory.getLogger(PipelineFactory.class);
            if (shared) {
                log.warn("Neither MOODBOT_PERSON_ID_KEY nor an app secret is set: person ids and card links are keyed "
                        + "at random, so instances sharing REDIS_URI cannot read each other's histories or links; "
                        + "give every instance the same MOODBOT_PERSON_ID_KEY");
            } else {
                log.info("Neither MOODBOT_PERSON_ID_KEY nor an app secret is set: person ids and card links are keyed "
                        + "at random until this process stops");
            }
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
    }

    /** The embedded default; with {@code redis.uri} (REDIS_URI) set, history lives in Redis instead. */
    @Singleton
    @Requires(missingProperty = "redis.uri")
    ChannelHistories histories() {
        return new ChannelHistories(new InMemoryHistoryStore(100_000),
                new InMemoryHistoryStore(ChannelHistories.WEB_SESSIONS));
    }

    @Singleton
    @Requires(property = "redis.uri")
    ChannelHistories redisHistories(BeanProvider<StatefulRedisConnection<String, String>> redis) {
        return new ChannelHistories(new RedisHistoryStore(redis::get),
                new InMemoryHistoryStore(ChannelHistories.WEB_SESSIONS));
    }

    /** Learns from taps (Thompson sampling) unless MOODBOT_LEARNING_ENABLED=false or the policy turns it off. */
    @Singleton
    Recommender recommender(CatalogService catalogs, ChannelHistories histories, TapThroughStore learned,
                            LearningConfig learning) {
        return new Recommender(catalogs, histories, new BanditChoice(learned, learning, new SecureRandom()));
    }

    @Singleton
    LearningOverview learningOverview(CatalogService catalogs, TapThroughStore learned, LearningConfig learning) {
        return new LearningOverview(catalogs, learned, learning);
    }
}
