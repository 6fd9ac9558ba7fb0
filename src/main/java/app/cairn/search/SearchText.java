package app.cairn.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Prepares text for the index and queries for the search: tells a text's language and cuts Chinese into words.
 *
 * <p>Chinese is segmented here, by Lucene's smartcn, rather than by the backend, so that an index on Elasticsearch
 * or OpenSearch (which need a plug-in for smartcn) splits words exactly as the embedded Lucene one does.
 *
 * <p>The language is told from the script and, for Latin text, from English function words: text that is mostly
 * Chinese characters is Chinese; Latin text is English when enough of its words are common English ones (or it is
 * a few plain ASCII words, like most subjects); anything else is searched as written, without stemming.
 */
public final class SearchText {

    private static final Set<String> ENGLISH_WORDS = Set.of(
            "the", "a", "an", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "from", "by", "is",
            "are", "was", "were", "be", "been", "it", "this", "that", "i", "you", "we", "my", "your", "our", "me",
            "have", "has", "had", "not", "no", "can", "could", "would", "will", "please", "thanks", "thank", "hi",
            "hello", "do", "did", "does", "as", "if", "so", "what", "when", "where", "how", "why", "there", "they",
            "order", "still", "yet", "just", "any", "all", "up", "out", "about");

    private SearchText() {}

    /** The language the text is indexed in; {@link TextLanguage#OTHER} for blank text. */
    public static TextLanguage languageOf(String text) {
        if (text == null || text.isBlank()) {
            return TextLanguage.OTHER;
        }
        int han = 0;
        int letters = 0;
        int nonAscii = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                    han++;
                } else if (cp > 127) {
                    nonAscii++;
                }
            }
        }
        if (han >= 2 && han * 5 >= letters) {
            return TextLanguage.CHINESE;
        }
        return looksEnglish(text, nonAscii) ? TextLanguage.ENGLISH : TextLanguage.OTHER;
    }

    private static boolean looksEnglish(String text, int nonAsciiLetters) {
        int words = 0;
        int english = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            if (!word.isEmpty()) {
                words++;
                if (ENGLISH_WORDS.contains(word)) {
                    english++;
                }
            }
        }
        if (words == 0) {
            return false;
        }
        if (words <= 4 && nonAsciiLetters == 0) {
            return true;
        }
        return english * 100 >= words * 12;
    }

    /** The text as the index takes it in the given language: Chinese cut into words, other text unchanged. */
    public static String indexable(String text, TextLanguage language) {
        if (text == null || language != TextLanguage.CHINESE) {
            return text;
        }
        return segment(text);
    }

    /**
     * A query as it must be searched in the given language: for Chinese, every run of Chinese characters is cut
     * into words (inside quotes too, so a quoted phrase stays a phrase of words); quotes, {@code *}, {@code -} and
     * {@code |} are kept. Other languages get the query unchanged.
     */
    public static String query(String query, TextLanguage language) {
        if (language != TextLanguage.CHINESE) {
            return query;
        }
        StringBuilder out = new StringBuilder(query.length() + 8);
        int runStart = -1;
        for (int i = 0; i <= query.length(); ) {
            int cp = i < query.length() ? query.codePointAt(i) : -1;
            boolean hanChar = cp >= 0 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            if (hanChar && runStart < 0) {
                runStart = i;
            } else if (!hanChar && runStart >= 0) {
                out.append(segment(query.substring(runStart, i)));
                runStart = -1;
            }
            if (cp < 0) {
                break;
            }
            if (!hanChar) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** Whether the text holds a Chinese character. */
    public static boolean hasChinese(String text) {
        return text != null
                && text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /**
     * A highlighted snippet of segmented Chinese as it was written: the spaces segmentation put between two Chinese
     * characters (or a Chinese character and a highlight mark) are taken out again.
     */
    public static String unsegmented(String snippet) {
        if (snippet == null || !hasChinese(snippet)) {
            return snippet;
        }
        return snippet.replaceAll("(?<=[\\p{IsHan}>]) (?=[\\p{IsHan}<])", "")
                .replaceAll("(?<=\\p{IsHan}) (?=\\p{IsHan})", "");
    }

    private static String segment(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 2);
        try (Tokenizer words = new HMMChineseTokenizer()) {
            words.setReader(new StringReader(text));
            CharTermAttribute term = words.addAttribute(CharTermAttribute.class);
            words.reset();
            while (words.incrementToken()) {
                if (hasLetterOrDigit(term)) {
                    if (!out.isEmpty()) {
                        out.append(' ');
                    }
                    out.append(term);
                }
            }
            words.end();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    private static boolean hasLetterOrDigit(CharSequence term) {
        for (int i = 0; i < term.length(); i++) {
            if (Character.isLetterOrDigit(term.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
