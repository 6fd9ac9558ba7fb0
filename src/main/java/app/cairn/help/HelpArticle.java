package app.cairn.help;

import app.cairn.textanalysis.Intent;
import java.time.Instant;

/**
 * A help article.
 *
 * @param id its id; 0 for one not yet saved
 * @param title its title
 * @param html its text as sanitised HTML (formatting and links only)
 * @param language {@code en} or {@code zh}
 * @param category the category it is listed under, or null
 * @param intent the customer intent it answers, or null
 * @param status draft, published or archived
 * @param updatedAt when it last changed
 * @param updatedBy who changed it last
 */
public record HelpArticle(
        long id,
        String title,
        String html,
        String language,
        String category,
        Intent intent,
        ArticleStatus status,
        Instant updatedAt,
        String updatedBy) {

    /** A new draft. */
    public static HelpArticle draft(String title, String html, String language, String category, Intent intent) {
        return new HelpArticle(0, title, html, language, category, intent, ArticleStatus.DRAFT, null, null);
    }
}
