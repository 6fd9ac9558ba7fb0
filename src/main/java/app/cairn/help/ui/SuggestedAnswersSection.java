package app.cairn.help.ui;

import app.cairn.help.HelpArticle;
import app.cairn.help.HelpArticles;
import app.cairn.help.SelfService;
import app.cairn.help.SelfServiceMode;
import app.cairn.support.Actor;
import app.cairn.support.AuthorType;
import app.cairn.support.Macro;
import app.cairn.support.Macros;
import app.cairn.support.MessageKind;
import app.cairn.support.Ticket;
import app.cairn.support.TicketInbox;
import app.cairn.support.TicketInsights;
import app.cairn.support.TicketMessage;
import app.cairn.support.TicketReading;
import app.cairn.support.TicketSection;
import app.cairn.textanalysis.Intent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * The ticket page's suggested answers: the published articles that best answer the ticket (those written for its
 * intent first, then by the customer's words; none when self-service is off for its intent) and the canned replies sharing the most words with it. Agents open an
 * article to send its link, or pick the canned reply in the reply box.
 */
@org.springframework.stereotype.Component
class SuggestedAnswersSection implements TicketSection {

    private static final int SHOWN = 3;
    private static final int FIRST_MESSAGES = 5;

    private final HelpArticles articles;
    private final Macros macros;
    private final TicketInsights insights;
    private final TicketInbox inbox;
    private final SelfService selfService;

    SuggestedAnswersSection(
            HelpArticles articles, Macros macros, TicketInsights insights, TicketInbox inbox, SelfService selfService) {
        this.selfService = selfService;
        this.articles = articles;
        this.macros = macros;
        this.insights = insights;
        this.inbox = inbox;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String titleKey() {
        return "help.suggested.title";
    }

    @Override
    public Component create(Ticket ticket, Actor actor, Runnable changed) {
        Intent intent =
                insights.reading(ticket.number()).map(TicketReading::intent).orElse(null);
        String text = ticket.subject() + "\n"
                + inbox.messages(ticket.number(), 0, FIRST_MESSAGES).stream()
                        .filter(m -> m.kind() == MessageKind.REPLY && m.authorType() == AuthorType.CUSTOMER)
                        .map(TicketMessage::displayText)
                        .findFirst()
                        .orElse("");
        VerticalLayout section = new VerticalLayout();
        section.setId("ticket-suggestions");
        section.setPadding(false);
        section.setSpacing(false);
        boolean off = intent != null && selfService.settings().get(intent).mode() == SelfServiceMode.OFF;
        List<HelpArticle> found = off ? List.of() : articles.suggestions(intent, text, SHOWN);
        List<Macro> replies = MacroRanking.best(macros.all(), text, SHOWN);
        if (found.isEmpty() && replies.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("help.suggested.none")));
            return section;
        }
        for (HelpArticle article : found) {
            Anchor link = new Anchor("help/articles/" + article.id(), article.title());
            link.setTarget("_blank");
            Span kind = badge(section.getTranslation("help.suggested.article"));
            Div line = new Div(kind, link);
            line.addClassName("suggested-article");
            section.add(line);
        }
        for (Macro macro : replies) {
            Div line = new Div(badge(section.getTranslation("help.suggested.reply")), new Span(macro.name()));
            line.addClassName("suggested-reply");
            section.add(line);
        }
        return section;
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge contrast small");
        badge.getStyle().set("margin-right", "var(--lumo-space-s)");
        return badge;
    }
}
