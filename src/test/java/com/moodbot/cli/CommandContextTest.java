package com.moodbot.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.moodbot.Application;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.management.health.monitor.HealthMonitorTask;
import org.junit.jupiter.api.Test;

/** The context every command runs in: nothing of the service wakes up on its own inside train, evaluate or bench. */
class CommandContextTest {

    @Test
    void noHealthMonitorRunsInsideACommand() {
        try (ApplicationContext context = ApplicationContext.builder(Application.class, Environment.CLI).start()) {
            assertFalse(context.containsBean(HealthMonitorTask.class), "Micronaut's health monitor would run every "
                    + "health indicator each minute, building the conversation stack inside a training or bench process");
        }
    }
}
