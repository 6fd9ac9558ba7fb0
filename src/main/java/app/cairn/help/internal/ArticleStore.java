package app.cairn.help.internal;

import app.cairn.help.ArticleStatus;
import app.cairn.help.HelpArticle;
import app.cairn.search.SearchIndexing;
import app.cairn.search.SearchText;
import app.cairn.search.TextLanguage;
import app.cairn.shared.UtcColumns;
import app.cairn.textanalysis.Intent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Help articles in {@code help_article}; every change is queued for the search index in the same transaction. */
@Component
public class ArticleStore {

    private static final String COLUMNS =
            "id, title, body_html, language, category, intent, status, updated_at, updated_by";

    private static final RowMapper<HelpArticle> ARTICLE = (rs, n) -> new HelpArticle(
            rs.getLong(1),
            rs.getString(2),
            rs.getString(3),
            rs.getString(4),
            rs.getString(5),
            rs.getString(6) == null ? null : Intent.valueOf(rs.getString(6)),
            ArticleStatus.valueOf(rs.getString(7)),
            UtcColumns.read(rs, 8),
            rs.getString(9));

    private final JdbcClient jdbc;
    private final SearchIndexing search;

    public ArticleStore(JdbcClient jdbc, SearchIndexing search) {
        this.jdbc = jdbc;
        this.search = search;
    }

    /** Articles, newest change first; only those with the status when one is given. */
    public List<HelpArticle> page(ArticleStatus status, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM help_article"
                        + (status == null ? "" : " WHERE status = :status")
                        + " ORDER BY updated_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("status", status == null ? null : status.name())
                .param("limit", limit)
                .param("offset", offset)
                .query(ARTICLE)
                .list();
    }

    public long count(ArticleStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM help_article" + (status == null ? "" : " WHERE status = ?"))
                .params(status == null ? List.of() : List.of(status.name()))
                .query(Long.class)
                .single();
    }

    /** Published articles in a category order, then newest first. */
    public List<HelpArticle> published(String language, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM help_article WHERE status = 'PUBLISHED' AND language = ?"
                        + " ORDER BY category IS NULL, category, title LIMIT ?")
                .params(language, limit)
                .query(ARTICLE)
                .list();
    }

    public Optional<HelpArticle> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM help_article WHERE id = ?")
                .param(id)
                .query(ARTICLE)
                .optional();
    }

    /** The articles of these ids, in the order given (missing ones left out). */
    public List<HelpArticle> all(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, HelpArticle> found = new HashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM help_article WHERE id IN (:ids)")
                .param("ids", ids)
                .query(ARTICLE)
                .list()
                .forEach(a -> found.put(a.id(), a));
        List<HelpArticle> ordered = new ArrayList<>();
        ids.forEach(id -> {
            if (found.containsKey(id)) {
                ordered.add(found.get(id));
            }
        });
        return ordered;
    }

    /** Inserts or updates an article (already checked and sanitised) and returns its id. */
    public long save(HelpArticle article, String text, Instant at, String by) {
        TextLanguage language = "zh".equals(article.language()) ? TextLanguage.CHINESE : TextLanguage.ENGLISH;
        String indexable = SearchText.indexable(article.title() + "\n" + text, language);
        Object[] values = {
            article.title(),
            article.html(),
            text,
            article.language(),
            article.category(),
            article.intent() == null ? null : article.intent().name(),
            article.status().name(),
            language == TextLanguage.ENGLISH ? indexable : null,
            language == TextLanguage.CHINESE ? indexable : null,
            UtcColumns.toColumn(at),
            by
        };
        long id;
        if (article.id() == 0) {
            var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("""
                            INSERT INTO help_article (title, body_html, body_text, language, category, intent, status,
                                index_en, index_zh, updated_at, updated_by, created_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(append(values, UtcColumns.toColumn(at))).update(keys, "id");
            id = keys.getKeyAs(Number.class).longValue();
        } else {
            jdbc.sql("""
                            UPDATE help_article SET title = ?, body_html = ?, body_text = ?, language = ?, category = ?,
                                intent = ?, status = ?, index_en = ?, index_zh = ?, updated_at = ?, updated_by = ?
                            WHERE id = ?""").params(append(values, article.id())).update();
            id = article.id();
        }
        search.changed(IndexedArticle.class, id);
        return id;
    }

    public void status(long id, ArticleStatus status, Instant at, String by) {
        jdbc.sql("UPDATE help_article SET status = ?, updated_at = ?, updated_by = ? WHERE id = ?")
                .params(status.name(), UtcColumns.toColumn(at), by, id)
                .update();
        search.changed(IndexedArticle.class, id);
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM help_article WHERE id = ?").param(id).update();
        search.changed(IndexedArticle.class, id);
    }

    private static Object[] append(Object[] values, Object value) {
        Object[] more = java.util.Arrays.copyOf(values, values.length + 1);
        more[values.length] = value;
        return more;
    }
}
