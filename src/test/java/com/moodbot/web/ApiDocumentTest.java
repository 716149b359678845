package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.moodbot.support.Photos;
import com.moodbot.support.Required;
import com.moodbot.support.TestFiles;
import com.moodbot.support.TestModels;
import com.moodbot.support.TestServers;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the service serves, generated from the code, describes what it answers: the JSON
 * examples in README (each after a {@code <!-- example: SCHEMA -->} line) and live answers validate against it.
 */
class ApiDocumentTest {

    static EmbeddedServer server;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();
    static Path document;

    @BeforeAll
    static void start() throws Exception {
        var model = TestModels.random(23);
        server = ApplicationContext.run(EmbeddedServer.class, TestServers.merged(Map.of("micronaut.server.port", -1,
                "moodbot.model.dir", model.toString(), "moodbot.warm-up.enabled", false), TestServers.NEVER_ASK));
        HttpResponse<String> served = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/openapi/moodbot.yml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, served.statusCode(), "the OpenAPI document");
        document = TestFiles.file("moodbot-openapi", ".yml");
        Files.writeString(document, served.body());
    }

    @AfterAll
    static void stop() {
        server.getApplicationContext().close();
    }

    /** The document's schema {@code name}, with OpenAPI 3.0's keywords (nullable) understood. */
    private static JsonSchema schema(String name) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, builder -> builder
                .metaSchema(OpenApi30.getInstance()).defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
        return factory.getSchema(SchemaLocation.of(document.toUri() + "#/components/schemas/" + name));
    }

    private static Set<ValidationMessage> problems(String schemaName, String body) throws Exception {
        return schema(schemaName).validate(json.readTree(body));
    }

    /** README's examples, then docs/api.md's, by the schema each is an example of. */
    static Map<String, String> readmeExamples() throws Exception {
        String readme = Files.readString(Path.of("README.md")) + Files.readString(Path.of("docs/api.md"));
        Matcher m = Pattern.compile("<!-- example: ([\\w.]+) -->\\s*```json\\n(.*?)\\n```", Pattern.DOTALL).matcher(readme);
        Map<String, String> examples = new LinkedHashMap<>();
        while (m.find()) {
            examples.put(m.group(1), m.group(2));
        }
        return examples;
    }

    @Test
    void readmesExamplesOfASuccessAndAnErrorValidateAgainstTheServedDocument() throws Exception {
        Map<String, String> examples = readmeExamples();
        assertEquals(List.of("PhotoAnswer", "Problem", "PhotoAnswer.Group"), List.copyOf(examples.keySet()));
        for (var example : examples.entrySet()) {
            assertEquals(Set.of(), problems(example.getKey(), example.getValue()), example.getKey() + " in README or docs/api.md");
        }
    }

    @Test
    void theSchemasAreStrictEnoughToRefuseTheOldShapes() throws Exception {
        String oldError = "{\"error\":\"busy\",\"retryAfterSeconds\":3}";
        assertTrue(!problems("Problem", oldError).isEmpty(), "the old 429 body is not a problem");
        JsonNode success = json.readTree(readmeExamples().get("PhotoAnswer"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) success.get("recommendation")).remove("category");
        assertTrue(!schema("PhotoAnswer").validate(success).isEmpty(), "a recommendation without its category");
    }

    private static HttpResponse<String> upload(byte[] photo) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--b\r\nContent-Disposition: form-data; name=\"image\"; filename=\"selfie.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(photo);
        body.writeBytes("\r\n--b--\r\n".getBytes(StandardCharsets.US_ASCII));
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/analyze"))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theServicesOwnAnswersValidateAgainstIt() throws Exception {
        Required.fer2013("for a face, so that the answer has a card");
        byte[] selfie = Photos.jpeg(Photos.canvas(800, 600, List.of(Photos.detectableFaces().get(1)), new int[][] {{250, 120, 320}}));
        HttpResponse<String> read = upload(selfie);
        assertEquals(200, read.statusCode(), read.body());
        JsonNode answer = json.readTree(read.body());
        assertTrue(!answer.path("recommendation").path("category").asText().isEmpty(), "the card's category: " + read.body());
        assertTrue(!answer.path("recommendation").path("id").asText().isEmpty(), "the item's id: " + read.body());
        assertEquals(Set.of(), problems("PhotoAnswer", read.body()), read.body());

        HttpResponse<String> refused = upload("<html>hi</html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals(Set.of(), problems("Problem", refused.body()), refused.body());
    }
}
