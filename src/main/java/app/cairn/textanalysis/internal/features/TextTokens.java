package app.cairn.textanalysis.internal.features;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Cuts text into the words the models read. Latin-script words are lower-cased, accents kept; Chinese runs are cut
 * into words by Lucene's smartcn (the segmenter search uses); the marks that carry feeling ({@code !}, {@code ?}) are
 * kept as words.
 *
 * <p>Negation is marked on the words it governs: after "not", "never", "no", "n't", "without" (and 不, 没, 没有, 别,
 * 未, 无) every word up to the next punctuation or "but"/但 is flagged, so "not good" and "good" are different
 * features while the unnegated word keeps its own weight.
 */
public final class TextTokens {

    /**
     * One word.
     *
     * @param text the word, lower-cased
     * @param negated whether a negation governs it
     * @param chinese whether it came from a Chinese run
     */
    public record Token(String text, boolean negated, boolean chinese) {}

    private static final Set<String> NEGATORS = Set.of(
            "not",
            "no",
            "never",
            "none",
            "nothing",
            "nobody",
            "neither",
            "nor",
            "cannot",
            "without",
            "hardly",
            "barely",
            "dont",
            "didnt",
            "doesnt",
            "isnt",
            "wasnt",
            "arent",
            "werent",
            "wont",
            "cant",
            "couldnt",
            "shouldnt",
            "wouldnt",
            "havent",
            "hasnt",
            "hadnt",
            "aint");
    private static final Set<String> CHINESE_NEGATORS = Set.of("不", "没", "没有", "别", "未", "无", "非", "不是", "不太", "不够");
    private static final Set<String> SCOPE_ENDS = Set.of("but", "however", "although", "though", "但", "但是", "可是", "不过");

    private static final ThreadLocal<HMMChineseTokenizer> SEGMENTER = ThreadLocal.withInitial(HMMChineseTokenizer::new);

    private TextTokens() {}

    /** The text's words in order; empty for blank text. */
    public static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return tokens;
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        Scope scope = new Scope();
        int i = 0;
        int n = normal.length();
        while (i < n) {
            int cp = normal.codePointAt(i);
            if (isHan(cp)) {
                int end = i;
                while (end < n && isHan(normal.codePointAt(end))) {
                    end += Character.charCount(normal.codePointAt(end));
                }
                segment(normal.substring(i, end), tokens, scope);
                i = end;
            } else if (Character.isLetterOrDigit(cp)) {
                int end = i;
                while (end < n) {
                    int c = normal.codePointAt(end);
                    if (Character.isLetterOrDigit(c) && !isHan(c)) {
                        end += Character.charCount(c);
                    } else if ((c == '\'' || c == '’') && end + 1 < n && Character.isLetter(normal.charAt(end + 1))) {
                        end++;
                    } else {
                        break;
                    }
                }
                String word = normal.substring(i, end).replace("'", "").replace("’", "");
                scope.add(word, false, tokens);
                i = end;
            } else {
                if (cp == '!' || cp == '?' || cp == '！' || cp == '？') {
                    tokens.add(new Token(cp == '！' ? "!" : cp == '？' ? "?" : Character.toString(cp), false, false));
                }
                if (isClauseEnd(cp)) {
                    scope.reset();
                }
                i += Character.charCount(cp);
            }
        }
        return tokens;
    }

    private static void segment(String run, List<Token> tokens, Scope scope) {
        HMMChineseTokenizer tokenizer = SEGMENTER.get();
        try {
            tokenizer.setReader(new StringReader(run));
            CharTermAttribute term = tokenizer.getAttribute(CharTermAttribute.class);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                scope.add(term.toString(), true, tokens);
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeQuietly(tokenizer);
        }
    }

    private static void closeQuietly(Tokenizer tokenizer) {
        try {
            tokenizer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static boolean isClauseEnd(int cp) {
        return switch (cp) {
            case '.', ',', ';', ':', '!', '?', '，', '。', '；', '：', '！', '？', '、', '\n' -> true;
            default -> false;
        };
    }

    /** Tracks whether a negation governs the words that follow, up to the clause's end. */
    private static final class Scope {
        private boolean negating;

        void add(String word, boolean chinese, List<Token> tokens) {
            if (SCOPE_ENDS.contains(word)) {
                negating = false;
            }
            tokens.add(new Token(word, negating, chinese));
            if (NEGATORS.contains(word) || CHINESE_NEGATORS.contains(word)) {
                negating = true;
            }
        }

        void reset() {
            negating = false;
        }
    }
}
