package com.moodbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.Application;
import com.moodbot.bench.PipelineBench;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.management.health.monitor.HealthMonitorTask;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void aCommandTakesItsBeansFromTheContextItsOptionsConfigure(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("films.yml"), "category: film\nitems: []\n");
        Path photo = Files.writeString(dir.resolve("selfie.jpg"), "not read: the catalogs fail first");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Application.run("predict", "--catalog", dir.toString(), photo.toString());
        } finally {
            System.setErr(old);
        }
        assertEquals(CliErrors.USER_ERROR, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("predict: the catalogs are invalid:"),
                "--catalog became the catalog service's folder: " + err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anInjectedCommandRunsWithItsConfiguration() {
        assertEquals(2, Application.run("messenger", "setup"), "MessengerConfig was injected, and has no page token");
    }

    private static List<String> beanTypes(ApplicationContext context) {
        return context.getAllBeanDefinitions().stream().map(BeanDefinition::getBeanType).map(Class::getName).toList();
    }
}
