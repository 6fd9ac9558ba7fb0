package app.cairn.search;

/** The languages search analyses text in; each has its own analyser. */
public enum TextLanguage {
    /** English: stemmed. */
    ENGLISH(Analyzers.ENGLISH, "en"),
    /** Chinese: segmented into words. */
    CHINESE(Analyzers.CHINESE, "zh"),
    /** Any other language: words as written. */
    OTHER(Analyzers.PLAIN, "plain");

    private final String analyzer;
    private final String suffix;

    TextLanguage(String analyzer, String suffix) {
        this.analyzer = analyzer;
        this.suffix = suffix;
    }

    /** The analyser text of this language is indexed and searched with. */
    public String analyzer() {
        return analyzer;
    }

    /** The ending of the field names that hold text of this language (e.g. {@code body_en}). */
    public String suffix() {
        return suffix;
    }

    /** The field holding text of this language, for the given base name. */
    public String field(String base) {
        return base + "_" + suffix;
    }
}
