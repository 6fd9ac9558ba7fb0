package app.cairn.shared.ui;

import app.cairn.shared.StorableText;
import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every UI string, from {@code vaadin-i18n/translations*.properties}. English comes first, so a browser
 * asking for a language Cairn does not have gets English; Simplified Chinese is the second language.
 */
@Component
public class Translations implements I18NProvider {

    /** The languages of the UI, the default first. */
    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final String BUNDLE = "vaadin-i18n.translations";

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported(locale), NoFallback.INSTANCE)
                    .getString(key);
            if (params.length == 0) {
                return pattern;
            }
            Object[] values = params.clone();
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof StorableText.Translatable name) {
                    values[i] = getTranslation(name.key(), locale);
                }
            }
            return new MessageFormat(pattern, locale).format(values);
        } catch (MissingResourceException missing) {
            log.warn("No translation for '{}' in {}", key, locale);
            return key;
        }
    }

    private static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
    }

    /** Looks only at the requested bundle and the base one, never at the JVM's default locale. */
    private static final class NoFallback extends ResourceBundle.Control {
        static final NoFallback INSTANCE = new NoFallback();

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }
}
