package com.moodbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.Application;
import com.moodbot.bench.PipelineBench;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.management.health.monitor.HealthMonitorTask;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one context each command runs in ({@link Application#context}): what is in it and what is not. */
class CommandContextTest {

    @Test
    void noHealthMonitorRunsInsideACommand() {
        try (ApplicationContext context = Application.context("train", Map.of())) {
            assertFalse(context.containsBean(HealthMonitorTask.class), "Micronaut's health monitor would run every "
                    + "health indicator each minute, building the conversation stack inside a training or bench process");
        }
    }

    @Test
    void serveHoldsNoBenchNorStandIn() {
        try (ApplicationContext context = Application.context("serve", Map.of())) {
            List<String> tools = beanTypes(context).stream()
                    .filter(t -> t.startsWith("com.moodbot.bench.") || t.contains("Fake") || t.contains("StandIn"))
                    .toList();
            assertEquals(List.of(), tools, "beans of the load tools and fakes in serve's context");
        }
    }

    @Test
    void theBenchesBeansExistInTheBenchContextOnly() {
        try (ApplicationContext bench = Application.context("bench", Map.of())) {
            assertTrue(beanTypes(bench).contains(PipelineBench.class.getName()), "the gate lets the bench's own beans in");
        }
    }

    private static List<String> beanTypes(ApplicationContext context) {
        return context.getAllBeanDefinitions().stream().map(BeanDefinition::getBeanType).map(Class::getName).toList();
    }
}
