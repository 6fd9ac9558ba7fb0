package app.cairn.search;

/**
 * Names of the analysers and normalisers every index may use. Both backends define them alike, so a mapping
 * means the same on Lucene and on Elasticsearch/OpenSearch.
 */
public final class Analyzers {

    /** English: words stemmed ("refunds", "refunded" and "refunding" all find "refund"). */
    public static final String ENGLISH = "cairn_english";
    /**
     * Chinese: text already cut into words by {@link SearchText#indexable} (Lucene's smartcn); the backend only
     * splits at the spaces between them and lower-cases Latin letters.
     */
    public static final String CHINESE = "cairn_chinese";
    /** Any other language, names and addresses: words lower-cased, accents folded, not stemmed. */
    public static final String PLAIN = "cairn_plain";
    /**
     * Words of addresses and codes: split at every character that is not a letter or digit ("hugo.martin@example.com"
     * gives hugo, martin, example, com), lower-cased, accents folded.
     */
    public static final String WORDS = "cairn_words";
    /** Keywords (statuses, tags, e-mail addresses, order numbers): lower-cased whole, accents folded. */
    public static final String KEYWORD = "cairn_keyword";

    private Analyzers() {}
}
