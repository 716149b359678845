package com.moodbot.ops;

import com.moodbot.config.Settings;
import io.lettuce.core.RedisURI;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.ConfigurationReader;
import io.micronaut.context.exceptions.BeanInstantiationException;
import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.naming.NameUtils;
import io.micronaut.core.type.Argument;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every setting the service reads, checked before it starts: a value that does not convert to its
 * setting's type (MOODBOT_DRAIN_TIMEOUT=3, no unit) would otherwise be dropped for the default without a
 * word, and a value a configuration record refuses (MOODBOT_WEB_CONCURRENT=0) would fail later, at its
 * first use. Each problem is one line naming the variable. MOODBOT_PORT and REDIS_URI, which Micronaut
 * reads, are checked too: the framework's own refusal of them is a stack trace.
 */
public final class SettingsCheck {

    private SettingsCheck() {
    }

    public static List<String> problems(ApplicationContext context) {
        List<String> problems = new ArrayList<>();
        for (BeanDefinition<?> config : context.getBeanDefinitions(Qualifiers.byStereotype(ConfigurationProperties.class))) {
            String prefix = config.stringValue(ConfigurationReader.class, ConfigurationReader.PREFIX).orElse(null);
            if (prefix == null || !prefix.startsWith("moodbot")) {
                continue;
            }
            int before = problems.size();
            for (Argument<?> setting : config.getConstructor().getArguments()) {
                String property = prefix + "." + NameUtils.hyphenate(setting.getName());
                // a blank value (MOODBOT_X= in an env file) is as good as unset: the default applies
                context.getProperty(property, String.class).filter(raw -> !raw.isBlank())
                        .filter(raw -> !converts(context, property, setting, raw))
                        .ifPresent(raw -> problems.add(variable(property) + " is '" + raw + "', which is not "
                                + expected(setting.getType())));
            }
            if (problems.size() == before) {
                refused(context, config).ifPresent(problems::add);
            }
        }
        context.getProperty("micronaut.server.port", String.class).filter(raw -> !isPort(raw))
                .ifPresent(raw -> problems.add("MOODBOT_PORT is '" + raw + "', which is not a port from 0 to 65535"));
        context.getProperty("redis.uri", String.class).flatMap(SettingsCheck::notRedis).ifPresent(problems::add);
        return problems;
    }

    private static boolean isPort(String raw) {
        try {
            int port = Integer.parseInt(raw.strip());
            return port >= -1 && port <= 65535; // -1: Micronaut's pick of a free port
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Neither the value nor the parser's words (which quote it) are repeated: it may hold a password. */
    private static Optional<String> notRedis(String raw) {
        try {
            RedisURI.create(raw.strip());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("REDIS_URI is not a Redis address such as redis://redis:6379 or rediss://:PASSWORD@HOST:6380");
        }
    }

    /** Micronaut reads any word as a boolean (an unknown one, "1" included, as false): here only its own words pass. */
    private static boolean converts(ApplicationContext context, String property, Argument<?> setting, String raw) {
        if (setting.getType() == boolean.class || setting.getType() == Boolean.class) {
            return BOOLEANS.contains(raw.strip().toLowerCase(Locale.ROOT));
        }
        Optional<?> value = context.getProperty(property, ConversionContext.of(setting));
        return value.isPresent() && !(value.get() instanceof Duration d && d.isNegative());
    }

    private static final List<String> BOOLEANS = List.of("true", "false", "yes", "no", "y", "n", "on", "off");

    /** What a configuration record's own checks say about its values, if it refuses them. */
    private static Optional<String> refused(ApplicationContext context, BeanDefinition<?> config) {
        try {
            context.getBean(config);
            return Optional.empty();
        } catch (BeanInstantiationException e) {
            return Optional.of(Settings.refusal(e).orElseThrow(() -> e));
        }
    }

    static String variable(String property) {
        return property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    private static String expected(Class<?> type) {
        if (type == Duration.class) {
            return "a duration (0 or more) such as 500ms, 20s, 5m or 14d";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number such as 0.5";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + String.join(", ", Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
        }
        return "a " + type.getSimpleName();
    }
}
