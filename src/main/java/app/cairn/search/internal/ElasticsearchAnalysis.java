package app.cairn.search.internal;

import app.cairn.search.Analyzers;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The shared analysers ({@link Analyzers}) on Elasticsearch/OpenSearch, built from the server's own components so
 * that they split and fold text as {@link LuceneAnalysis} does (Chinese is segmented before it reaches either).
 */
public class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("cairn_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenizer("cairn_words_tokenizer").type("pattern").param("pattern", "[^\\p{L}\\p{N}]+");
        context.analyzer(Analyzers.ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilters("cairn_possessive", "lowercase", "asciifolding", "porter_stem");
        context.analyzer(Analyzers.CHINESE).custom().tokenizer("whitespace").tokenFilters("lowercase");
        context.analyzer(Analyzers.PLAIN).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
        context.analyzer(Analyzers.WORDS)
                .custom()
                .tokenizer("cairn_words_tokenizer")
                .tokenFilters("lowercase", "asciifolding");
        context.normalizer(Analyzers.KEYWORD).custom().tokenFilters("lowercase", "asciifolding");
    }
}
