package app.cairn.textanalysis.internal.nlp;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Finds the noun phrases a sentence talks about. English: OpenNLP's tokenizer and part-of-speech tagger (Universal
 * Dependencies tags), a phrase being a run of nouns with the adjectives before the last run kept out ("the battery
 * life" gives "battery life"). Chinese: Lucene's smartcn cuts the words and HanLP's core dictionary gives each word's
 * most common part of speech; nouns and verbal nouns (快递, 包装) of two or more characters are the phrases.
 */
public final class Phrases {

    private static final Set<String> ENGLISH_NOUNS = Set.of("NOUN", "PROPN");
    private static final Set<String> VAGUE = Set.of(
            "thing",
            "things",
            "lot",
            "lots",
            "bit",
            "time",
            "times",
            "way",
            "day",
            "days",
            "one",
            "ones",
            "everything",
            "something",
            "anything",
            "nothing",
            "stuff",
            "hi",
            "hello",
            "thanks",
            "thank",
            "please",
            "sir",
            "madam",
            "week",
            "weeks",
            "month",
            "months",
            "year",
            "years",
            "hour",
            "hours",
            "minute",
            "minutes",
            "today",
            "tomorrow",
            "yesterday",
            "morning",
            "evening",
            "night",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday");
    private static final int MAX_WORDS = 3;

    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;

    /** Loads the English models. */
    public Phrases() {
        this.tokenizer = new ThreadSafeTokenizerME(
                OpenNlpModels.<TokenizerModel>load(OpenNlpModels.TOKENS, TokenizerModel::new));
        this.tagger =
                new ThreadSafePOSTaggerME(OpenNlpModels.<POSModel>load(OpenNlpModels.PARTS_OF_SPEECH, POSModel::new));
    }

    /** The noun phrases of one sentence, lower-cased, in order. */
    public List<String> of(String sentence, String language) {
        return "zh".equals(language) ? chinese(sentence) : english(sentence);
    }

    private List<String> english(String sentence) {
        String[] tokens = tokenizer.tokenize(sentence);
        String[] tags = tagger.tag(tokens);
        List<String> phrases = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (int i = 0; i <= tokens.length; i++) {
            boolean noun = i < tokens.length
                    && ENGLISH_NOUNS.contains(tags[i])
                    && tokens[i].chars().allMatch(Character::isLetter);
            if (noun) {
                run.add(tokens[i].toLowerCase(Locale.ROOT));
                continue;
            }
            if (!run.isEmpty()) {
                List<String> kept = run.size() > MAX_WORDS ? run.subList(run.size() - MAX_WORDS, run.size()) : run;
                String phrase = String.join(" ", kept);
                if (!(kept.size() == 1 && VAGUE.contains(phrase)) && phrase.length() > 1) {
                    phrases.add(phrase);
                }
                run.clear();
            }
        }
        return phrases;
    }

    private static List<String> chinese(String sentence) {
        List<String> phrases = new ArrayList<>();
        try (HMMChineseTokenizer words = new HMMChineseTokenizer()) {
            words.setReader(new StringReader(sentence));
            CharTermAttribute term = words.getAttribute(CharTermAttribute.class);
            words.reset();
            while (words.incrementToken()) {
                String word = term.toString();
                if (word.length() >= 2 && isHan(word) && isNoun(word)) {
                    phrases.add(word);
                }
            }
            words.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return phrases;
    }

    private static boolean isNoun(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null || attribute.nature.length == 0) {
            return false;
        }
        String nature = attribute.nature[0].toString();
        return nature.startsWith("n") || nature.equals("vn");
    }

    private static boolean isHan(String word) {
        return word.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
