package app.cairn.help;

import app.cairn.help.internal.ArticleSearcher;
import app.cairn.help.internal.ArticleStore;
import app.cairn.shared.StorableText;
import app.cairn.textanalysis.Intent;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The help articles: written and changed by agents, published to the help centre, found by customers' words and
 * ranked for a ticket's intent and text. The HTML agents write is cleaned to formatting, headings, lists and links
 * (jsoup's safelist) before it is kept.
 */
@Service
public class HelpArticles {

    /** The longest title. */
    public static final int MAX_TITLE = 200;
    /** The longest text, in characters of HTML. */
    public static final int MAX_HTML = 100_000;
    /** The longest category name. */
    public static final int MAX_CATEGORY = 100;
    /** The languages articles are written in. */
    public static final Set<String> LANGUAGES = Set.of("en", "zh");

    private static final Safelist ALLOWED = Safelist.basic().addTags("h2", "h3", "h4");

    private final ArticleStore articles;
    private final ArticleSearcher searcher;
    private final Clock clock;

    HelpArticles(ArticleStore articles, ArticleSearcher searcher, Clock clock) {
        this.articles = articles;
        this.searcher = searcher;
        this.clock = clock;
    }

    /** A page of articles, most recently changed first; of one status when it is given. */
    public List<HelpArticle> page(ArticleStatus status, int offset, int limit) {
        return articles.page(status, offset, limit);
    }

    /** How many articles (of the status, when given). */
    public long count(ArticleStatus status) {
        return articles.count(status);
    }

    public Optional<HelpArticle> find(long id) {
        return articles.find(id);
    }

    /** A published article, for the public help centre. */
    public Optional<HelpArticle> published(long id) {
        return articles.find(id).filter(a -> a.status() == ArticleStatus.PUBLISHED);
    }

    /** The published articles in a language, by category and title. */
    public List<HelpArticle> published(String language, int limit) {
        return articles.published(language, limit);
    }

    /**
     * Saves a new article (id 0) or changes one, keeping its status.
     *
     * @throws HelpException naming the title, text, language or category that cannot be used
     */
    @Transactional
    public HelpArticle save(HelpArticle article, String by) {
        String title = article.title() == null ? "" : article.title().strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw new HelpException("help.error.title", MAX_TITLE);
        }
        StorableText.require("help.field.title", title);
        String html = article.html() == null ? "" : article.html();
        StorableText.require("help.field.body", html);
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        String clean = Jsoup.clean(html, "", ALLOWED, output);
        String text = Jsoup.parse(clean).wholeText().strip();
        if (text.isEmpty() || clean.length() > MAX_HTML) {
            throw new HelpException("help.error.body", MAX_HTML);
        }
        if (!LANGUAGES.contains(article.language())) {
            throw new HelpException("help.error.language", String.valueOf(article.language()));
        }
        String category = article.category() == null || article.category().isBlank()
                ? null
                : article.category().strip();
        if (category != null && category.length() > MAX_CATEGORY) {
            throw new HelpException("help.error.category", MAX_CATEGORY);
        }
        ArticleStatus status = article.id() == 0
                ? ArticleStatus.DRAFT
                : articles.find(article.id())
                        .map(HelpArticle::status)
                        .orElseThrow(() -> new HelpException("help.error.unknown", article.id()));
        HelpArticle cleaned = new HelpArticle(
                article.id(), title, clean, article.language(), category, article.intent(), status, null, null);
        long id = articles.save(cleaned, text, clock.instant(), by);
        return articles.find(id).orElseThrow();
    }

    /** Publishes an article to the help centre (and to answers). */
    @Transactional
    public void publish(long id, String by) {
        articles.status(id, ArticleStatus.PUBLISHED, clock.instant(), by);
    }

    /** Takes an article down; it is kept and can be published again. */
    @Transactional
    public void archive(long id, String by) {
        articles.status(id, ArticleStatus.ARCHIVED, clock.instant(), by);
    }

    /** Deletes an article. */
    @Transactional
    public void delete(long id) {
        articles.delete(id);
    }

    /** Published articles matching a customer's words, best first. */
    public List<HelpArticle> search(String words, int limit) {
        return articles.all(searcher.find(words, null, limit));
    }

    /**
     * The published articles that best answer a ticket: those written for its intent first, then by its words.
     *
     * @param intent the ticket's intent, or null
     */
    public List<HelpArticle> suggestions(Intent intent, String text, int limit) {
        return articles.all(searcher.find(text, intent == Intent.OTHER ? null : intent, limit));
    }
}
