package app.cairn.help.ui;

import app.cairn.support.Macro;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ranks canned replies for a ticket by the words they share with it: Latin words of three letters or more and pairs
 * of Chinese characters, over the reply's name (counted twice) and text, scaled down for long replies. A few dozen
 * replies are ranked in microseconds, so no index is kept for them.
 */
final class MacroRanking {

    private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}\\p{Nd}]{3,}|\\p{IsHan}+");

    private MacroRanking() {}

    /** The replies sharing words with the text, most first (archived ones left out). */
    static List<Macro> best(List<Macro> macros, String text, int limit) {
        Set<String> words = words(text);
        record Scored(Macro macro, double score) {}
        return macros.stream()
                .filter(m -> !m.archived())
                .map(m -> new Scored(m, score(m, words)))
                .filter(s -> s.score() > 0)
                .sorted(Comparator.comparingDouble(Scored::score).reversed())
                .limit(limit)
                .map(Scored::macro)
                .toList();
    }

    private static double score(Macro macro, Set<String> words) {
        Set<String> name = words(macro.name());
        Set<String> body = words(macro.body());
        double shared = 0;
        for (String word : words) {
            shared += (name.contains(word) ? 2 : 0) + (body.contains(word) ? 1 : 0);
        }
        return shared / Math.sqrt(1 + name.size() + body.size());
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        if (text == null) {
            return words;
        }
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            String word = matcher.group();
            if (Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.HAN) {
                for (int i = 0; i + 1 < word.length(); i++) {
                    words.add(word.substring(i, i + 2));
                }
                if (word.length() == 1) {
                    words.add(word);
                }
            } else {
                words.add(word);
            }
        }
        return words;
    }
}
