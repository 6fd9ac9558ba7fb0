package app.cairn.textanalysis.internal.nlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;

/**
 * Tells the language of a text: by its script where the script decides it (Han characters for Chinese, kana for
 * Japanese, Hangul for Korean), otherwise with OpenNLP's language detector (183 languages, character n-grams).
 * Answers ISO 639-1 codes; {@code und} when a text has no letters.
 */
public final class LanguageDetection {

    /** The code of a text whose language cannot be told. */
    public static final String UNDETERMINED = "und";

    private static final Map<String, String> TWO_LETTER = twoLetterCodes();

    private final ThreadSafeLanguageDetectorME detector;

    /** Loads the detector's model (about 10 MB). */
    public LanguageDetection() {
        LanguageDetectorModel model = OpenNlpModels.load(OpenNlpModels.LANGUAGES, LanguageDetectorModel::new);
        this.detector = new ThreadSafeLanguageDetectorME(model);
    }

    /** The text's language as an ISO 639-1 code. */
    public String languageOf(String text) {
        int letters = 0;
        int han = 0;
        int kana = 0;
        int hangul = 0;
        boolean ascii = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            ascii &= cp < 128;
            switch (Character.UnicodeScript.of(cp)) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                default -> {}
            }
        }
        if (letters == 0) {
            return UNDETERMINED;
        }
        if (kana * 10 >= letters) {
            return "ja";
        }
        if (hangul * 3 >= letters) {
            return "ko";
        }
        if (han * 3 >= letters) {
            return "zh";
        }
        if (ascii && letters < 20) {
            return "en"; // too short for the detector to be right; plain ASCII words in a shop's inbox are English
        }
        Language best = detector.predictLanguage(text);
        return TWO_LETTER.getOrDefault(best.getLang(), best.getLang());
    }

    private static Map<String, String> twoLetterCodes() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            try {
                codes.put(Locale.of(code).getISO3Language(), code);
            } catch (java.util.MissingResourceException e) {
                // a language without a three-letter code keeps none
            }
        }
        // the detector names Chinese by its spoken varieties
        codes.put("cmn", "zh");
        codes.put("yue", "zh");
        codes.put("wuu", "zh");
        // and some macro-languages by one member
        codes.put("pes", "fa");
        codes.put("zlm", "ms");
        codes.put("ekk", "et");
        codes.put("lvs", "lv");
        return Map.copyOf(codes);
    }
}
