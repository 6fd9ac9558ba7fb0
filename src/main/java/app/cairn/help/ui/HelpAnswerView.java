package app.cairn.help.ui;

import app.cairn.help.HelpAnswer;
import app.cairn.help.HelpArticle;
import app.cairn.help.SelfService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where a customer's answer link leads (public, unguessable, valid 30 days): the articles sent, and the choice to
 * say they answered the question (the request is then solved) or that an agent is still needed.
 */
@Route(value = "help/answer/:token", autoLayout = false)
@AnonymousAllowed
public class HelpAnswerView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient SelfService selfService;

    /** Builds the page over the help module's API. */
    public HelpAnswerView(SelfService selfService) {
        this.selfService = selfService;
        setMaxWidth("48rem");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new H2(getTranslation("help.answer.title")));
        selfService.answer(token).ifPresentOrElse(answer -> show(token, answer), () -> {
            Paragraph unknown = new Paragraph(getTranslation("help.answer.unknown"));
            unknown.setId("help-answer-unknown");
            add(unknown);
        });
    }

    private void show(String token, HelpAnswer answer) {
        for (HelpArticle article : answer.articles()) {
            Div box = new Div(new Anchor("help/articles/" + article.id(), article.title()));
            box.addClassName("help-answer-article");
            add(box);
        }
        Paragraph state = new Paragraph();
        state.setId("help-answer-state");
        if (answer.answered()) {
            state.setText(getTranslation("help.answer.thanks"));
            add(state);
            return;
        }
        if (answer.expired()) {
            state.setText(getTranslation("help.answer.expired"));
            add(state);
            return;
        }
        Button yes = new Button(getTranslation("help.answer.yes"));
        yes.setId("help-answer-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button no = new Button(getTranslation("help.answer.no"));
        no.setId("help-answer-no");
        HorizontalLayout choice = new HorizontalLayout(yes, no);
        yes.addClickListener(e -> {
            selfService.answered(token);
            choice.setVisible(false);
            state.setText(getTranslation("help.answer.thanks"));
        });
        no.addClickListener(e -> {
            selfService.notAnswered(token);
            choice.setVisible(false);
            state.setText(getTranslation("help.answer.agent"));
        });
        add(new Paragraph(getTranslation("help.answer.question")), choice, state);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("help.answer.title");
    }
}
