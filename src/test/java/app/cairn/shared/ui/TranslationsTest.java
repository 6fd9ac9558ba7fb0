package app.cairn.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The translation files: both languages have the same keys, and apostrophes are written as the provider shows them
 * (a message with arguments goes through {@code MessageFormat}, where an apostrophe is written twice; one without
 * is shown as written).
 */
class TranslationsTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("translations_zh_CN.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        load("translations.properties").stringPropertyNames());
    }

    @Test
    void apostrophesAreWrittenTwiceExactlyWhereTheMessageHasArguments() throws IOException {
        for (String file : new String[] {"translations.properties", "translations_zh_CN.properties"}) {
            Properties messages = load(file);
            for (String key : messages.stringPropertyNames()) {
                String pattern = messages.getProperty(key);
                boolean formatted = ARGUMENT.matcher(pattern).find();
                String withoutDoubled = pattern.replace("''", "");
                if (formatted) {
                    assertThat(withoutDoubled)
                            .as("%s in %s: a lone apostrophe vanishes", key, file)
                            .doesNotContain("'");
                } else {
                    assertThat(pattern)
                            .as("%s in %s: shown as written", key, file)
                            .doesNotContain("''");
                }
            }
        }
    }

    @Test
    void theProviderShowsBothKindsAsWritten() {
        Translations translations = new Translations();
        assertThat(translations.getTranslation("broadcasts.skip.topic-left", Locale.ENGLISH))
                .isEqualTo("left the template's topic");
        assertThat(translations.getTranslation("journey.error.name-taken", Locale.ENGLISH, "Welcome"))
                .isEqualTo("There is already a journey called 'Welcome'.");
    }

    private static Properties load(String file) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }
}
