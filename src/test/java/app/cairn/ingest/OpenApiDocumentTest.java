package app.cairn.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.testing.CairnTest;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.yaml.snakeyaml.Yaml;

/** The OpenAPI document says what the controllers do: the same calls, and the fields each body takes. */
@CairnTest
class OpenApiDocumentTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyCallTheApiAnswersIsDocumentedAndNothingElse() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().equals(IngestController.class.getPackageName())) {
                info.getPatternValues().stream()
                        .filter(path -> path.startsWith("/api/v1/"))
                        .forEach(path -> info.getMethodsCondition()
                                .getMethods()
                                .forEach(verb -> served.add(
                                        verb.name().toLowerCase() + " " + path.substring("/api/v1".length()))));
            }
        });

        assertThat(documentedCalls()).isEqualTo(served);
    }

    @Test
    void eachBodysDocumentedFieldsAreTheFieldsItTakes() {
        Map<String, Object> schemas = section(section(document(), "components"), "schemas");

        assertThat(properties(schemas, "Customer")).isEqualTo(components(IngestRequests.CustomerRequest.class));
        assertThat(properties(schemas, "Product")).isEqualTo(components(IngestRequests.ProductRequest.class));
        assertThat(properties(schemas, "Order")).isEqualTo(components(IngestRequests.OrderRequest.class));
        assertThat(properties(schemas, "Event")).isEqualTo(components(IngestRequests.EventRequest.class));
        assertThat(properties(schemas, "Ticket")).isEqualTo(components(TicketApi.TicketRequest.class));
        assertThat(properties(schemas, "TicketMessage")).isEqualTo(components(TicketApi.MessageRequest.class));
        assertThat(properties(schemas, "TicketRead")).isEqualTo(components(TicketApi.TicketAnswer.class));
        assertThat(properties(schemas, "TextAnalyse")).isEqualTo(components(TextApi.AnalyseRequest.class));
        assertThat(properties(schemas, "TextSentiment")).isEqualTo(components(TextApi.SentimentAnswer.class));
    }

    private Set<String> documentedCalls() {
        Set<String> documented = new TreeSet<>();
        section(document(), "paths").forEach((path, operations) -> ((Map<?, ?>) operations)
                .keySet().stream()
                        .map(String::valueOf)
                        .filter(verb ->
                                Set.of("get", "put", "post", "patch", "delete").contains(verb))
                        .forEach(verb -> documented.add(verb + " " + path)));
        return documented;
    }

    private static Set<String> properties(Map<String, Object> schemas, String name) {
        return new TreeSet<>(section(section(schemas, name), "properties").keySet());
    }

    private static Set<String> components(Class<? extends Record> type) {
        return new TreeSet<>(Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .toList());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> parent, String name) {
        return (Map<String, Object>) parent.get(name);
    }

    private Map<String, Object> document() {
        try (InputStream in = getClass().getResourceAsStream("/static/api/v1/openapi.yaml")) {
            return new Yaml().load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
