package app.cairn.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.messaging.internal.templates.TemplateEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Staff-written templates reach no file, class-path resource or other template, in any part. */
class TemplateSandboxTest {

    private static final String SECRET = "the-secret-in-a-file-7c1f";

    @TempDir
    static Path folder;

    private final TemplateEngine engine = new TemplateEngine();

    static List<Object[]> attempts() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), SECRET);
        String path = secret.toString();
        List<String> snippets = List.of(
                "{% include \"" + path + "\" %}",
                "{% include \"application.yml\" %}",
                "{% import \"" + path + "\" %}",
                "{% from \"" + path + "\" import x %}",
                "{% embed \"" + path + "\" %}{% endembed %}",
                "{% extends \"" + path + "\" %}",
                "{% parallel %}x{% endparallel %}",
                "{% cache 'k' %}x{% endcache %}",
                "{{ i18n(\"cairn-quartz\", \"org.quartz.scheduler.instanceName\") }}",
                "{{ parent() }}");
        List<Object[]> cases = new ArrayList<>();
        for (String part : List.of("subject", "preheader", "body")) {
            for (String snippet : snippets) {
                cases.add(new Object[] {part, snippet});
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("attempts")
    void aTagOrFunctionThatReachesOutsideTheTemplateIsRefusedInEveryPart(String part, String snippet) {
        assertThatThrownBy(() -> compileAndFill(part, "Hello " + snippet))
                .isInstanceOfSatisfying(
                        TemplateSyntaxException.class,
                        refused -> assertThat(refused.problem().part()).isEqualTo(part))
                .satisfies(refused -> assertThat(refused.getMessage()).doesNotContain(SECRET));
    }

    @Test
    void aRefusedTagIsNamedInTheMessage() {
        assertThatThrownBy(() -> engine.compile("Hi", null, "<p>{% include \"/etc/passwd\" %}</p>"))
                .isInstanceOfSatisfying(TemplateSyntaxException.class, refused -> assertThat(
                                refused.problem().message())
                        .contains("'include'")
                        .contains("cannot load files"));
    }

    @Test
    void ordinaryTemplateLanguageStillWorks() {
        TemplateEngine.Compiled compiled = engine.compile(
                "Hi {{ first_name | default('there') }}",
                "{% set n = 2 %}{{ n * 3 }}",
                "{% macro greet(who) %}<b>{{ who }}</b>{% endmacro %}{{ greet(first_name) }}"
                        + "{% for i in range(1, 3) %}{{ i }}{% endfor %}{% block b %}[block]{% endblock %}");

        Map<String, Object> values = Map.of("first_name", "Ada");

        assertThat(compiled.subject(values)).isEqualTo("Hi Ada");
        assertThat(compiled.preheader(values)).isEqualTo("6");
        assertThat(compiled.body(values)).isEqualTo("<b>Ada</b>123[block]");
    }

    @Test
    void nestedLoopsStopAtTheBudgetWithAMessageInsteadOfRunningForSeconds() {
        TemplateEngine.Compiled compiled = engine.compile(
                "Hi", null, "{% for i in range(1, 3000) %}{% for j in range(1, 3000) %}{% endfor %}{% endfor %}done");

        long started = System.nanoTime();
        assertThatThrownBy(() -> compiled.body(Map.of()))
                .isInstanceOfSatisfying(
                        TemplateSyntaxException.class,
                        refused -> assertThat(refused.problem().message()).contains("more than 100000 times"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void loopsOverListsWrittenInTheTemplateCountToo() {
        String list = "[" + "1,".repeat(999) + "1]";
        TemplateEngine.Compiled compiled = engine.compile(
                "Hi",
                null,
                "{% set l = " + list + " %}{% for a in l %}{% for b in l %}{% for c in l %}{% endfor %}{% endfor %}"
                        + "{% endfor %}");

        assertThatThrownBy(() -> compiled.body(Map.of())).isInstanceOf(TemplateSyntaxException.class);
    }

    @Test
    void aRangeTooLongToLoopOverIsRefusedBeforeItIsMade() {
        TemplateEngine.Compiled compiled = engine.compile("Hi", null, "{% for i in range(1, 100000000) %}{% endfor %}");

        assertThatThrownBy(() -> compiled.body(Map.of()))
                .isInstanceOfSatisfying(
                        TemplateSyntaxException.class,
                        refused -> assertThat(refused.problem().message()).contains("range() may make at most"));
    }

    @Test
    void aMacroThatCallsItselfForEverIsStoppedWithAMessage() {
        TemplateEngine.Compiled compiled =
                engine.compile("Hi", null, "{% macro m(n) %}{{ m(n) }}{% endmacro %}{{ m(1) }}");

        assertThatThrownBy(() -> compiled.body(Map.of()))
                .isInstanceOfSatisfying(
                        TemplateSyntaxException.class,
                        refused -> assertThat(refused.problem().message()).contains("without end"));
    }

    private void compileAndFill(String part, String source) {
        TemplateEngine.Compiled compiled =
                switch (part) {
                    case "subject" -> engine.compile(source, null, "<p>x</p>");
                    case "preheader" -> engine.compile("Hi", source, "<p>x</p>");
                    default -> engine.compile("Hi", null, source);
                };
        compiled.subject(Map.of());
        compiled.preheader(Map.of());
        compiled.body(Map.of());
    }
}
