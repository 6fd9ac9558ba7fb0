package app.cairn.help.internal;

import app.cairn.help.ArticleStatus;
import app.cairn.help.HelpArticle;
import app.cairn.help.IntentSetting;
import app.cairn.help.SelfService;
import app.cairn.help.SelfServiceMode;
import app.cairn.support.Actor;
import app.cairn.support.TicketChannel;
import app.cairn.support.TicketManagement;
import app.cairn.support.TicketRead;
import app.cairn.support.TicketStatus;
import com.vaadin.flow.i18n.I18NProvider;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers a new ticket at once when its intent's self-service is automatic, the model is at least as sure of the
 * intent as the intent's threshold, and a published article is written for that intent: the customer gets the best
 * articles written for it (those in their language, when there are any) as a public reply (e-mailed when the ticket came by e-mail or the web form and a
 * mailbox is set up), with an unguessable link to say they answered the question. The ticket then waits for the
 * customer; a reply of theirs brings it back to the agents as any reply does.
 */
@Component
class AutoReplier {

    private static final Set<TicketChannel> CUSTOMER_CHANNELS = Set.of(TicketChannel.WEB_FORM, TicketChannel.EMAIL);
    private static final int ARTICLES = 3;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SettingStore settings;
    private final ArticleSearcher searcher;
    private final ArticleStore articles;
    private final AnswerStore answers;
    private final TicketManagement tickets;
    private final I18NProvider translations;
    private final Environment environment;
    private final String publicUrl;
    private final Clock clock;

    AutoReplier(
            SettingStore settings,
            ArticleSearcher searcher,
            ArticleStore articles,
            AnswerStore answers,
            TicketManagement tickets,
            I18NProvider translations,
            Environment environment,
            @Value("${cairn.messaging.public-url:}") String publicUrl,
            Clock clock) {
        this.settings = settings;
        this.searcher = searcher;
        this.articles = articles;
        this.answers = answers;
        this.tickets = tickets;
        this.translations = translations;
        this.environment = environment;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(TicketRead read) {
        IntentSetting setting = settings.all().get(read.intent());
        if (!CUSTOMER_CHANNELS.contains(read.channel())
                || setting.mode() != SelfServiceMode.AUTO
                || read.confidence() < setting.threshold()) {
            return;
        }
        List<HelpArticle> forIntent = articles.all(searcher.find(read.text(), read.intent(), ARTICLES * 3)).stream()
                .filter(a -> a.status() == ArticleStatus.PUBLISHED && a.intent() == read.intent())
                .toList();
        List<HelpArticle> inLanguage = forIntent.stream()
                .filter(a -> a.language().equals(read.language()))
                .toList();
        List<HelpArticle> found = (inLanguage.isEmpty() ? forIntent : inLanguage)
                .stream().limit(ARTICLES).toList();
        if (found.isEmpty()) {
            return; // nothing written for this intent: words alone are not enough to answer for the shop
        }
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        if (!answers.insert(
                read.ticketNumber(),
                token,
                read.intent(),
                found.stream().map(HelpArticle::id).toList(),
                now,
                now.plus(SelfService.VALIDITY))) {
            return; // answered already (the event was handled before a crash)
        }
        Locale locale = "zh".equals(read.language()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        tickets.reply(
                read.ticketNumber(),
                text(found, token, locale),
                html(found, token, locale),
                TicketStatus.PENDING,
                Actor.system("help centre"));
    }

    private String text(List<HelpArticle> found, String token, Locale locale) {
        StringBuilder text = new StringBuilder(t("help.answer.intro", locale)).append("\n\n");
        found.forEach(a -> text.append("- ")
                .append(a.title())
                .append(": ")
                .append(articleUrl(a))
                .append('\n'));
        text.append('\n')
                .append(t("help.answer.answered", locale))
                .append(' ')
                .append(answerUrl(token))
                .append("\n\n")
                .append(t("help.answer.otherwise", locale));
        return text.toString();
    }

    private String html(List<HelpArticle> found, String token, Locale locale) {
        StringBuilder html = new StringBuilder("<p>")
                .append(escape(t("help.answer.intro", locale)))
                .append("</p><ul>");
        found.forEach(a -> html.append("<li><a href=\"")
                .append(escape(articleUrl(a)))
                .append("\">")
                .append(escape(a.title()))
                .append("</a></li>"));
        html.append("</ul><p><a href=\"")
                .append(escape(answerUrl(token)))
                .append("\">")
                .append(escape(t("help.answer.answered-link", locale)))
                .append("</a></p><p>")
                .append(escape(t("help.answer.otherwise", locale)))
                .append("</p>");
        return html.toString();
    }

    private String t(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }

    private String articleUrl(HelpArticle article) {
        return base() + "/help/articles/" + article.id();
    }

    private String answerUrl(String token) {
        return base() + "/help/answer/" + token;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }

    private String base() {
        String url = publicUrl == null ? "" : publicUrl.strip();
        if (!url.isEmpty()) {
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
        return "http://localhost:" + environment.getProperty("local.server.port", "8080");
    }
}
