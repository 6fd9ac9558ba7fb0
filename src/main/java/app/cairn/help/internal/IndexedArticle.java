package app.cairn.help.internal;

import app.cairn.search.Analyzers;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A help article as the search index reads it: the {@code help_article} row, its text in the field of its language
 * (English stemmed, Chinese already cut into words). Read only; articles are written by {@link ArticleStore}.
 */
@Entity(name = "IndexedArticle")
@Table(name = "help_article")
@Immutable
@Indexed(index = IndexedArticle.INDEX)
public class IndexedArticle {

    /** The index's name. */
    public static final String INDEX = "help-articles";

    static final String ENGLISH = "text_en";
    static final String CHINESE = "text_zh";

    @Id
    private Long id;

    @KeywordField(normalizer = Analyzers.KEYWORD)
    private String status;

    @KeywordField(normalizer = Analyzers.KEYWORD)
    private String language;

    @KeywordField(normalizer = Analyzers.KEYWORD)
    private String intent;

    @Column(name = "index_en")
    @FullTextField(name = ENGLISH, analyzer = Analyzers.ENGLISH)
    private String indexEn;

    @Column(name = "index_zh")
    @FullTextField(name = CHINESE, analyzer = Analyzers.CHINESE)
    private String indexZh;

    protected IndexedArticle() {}

    Long id() {
        return id;
    }
}
