package app.cairn.support.ui;

import app.cairn.shared.RefusedException;
import app.cairn.support.Surveys;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The satisfaction survey a customer opens from the link in the e-mail sent when their ticket was solved, without
 * signing in: a rating from 1 to 5 and a comment. An expired, answered or unknown link says so.
 */
@Route(value = "survey", autoLayout = false)
@AnonymousAllowed
public class SurveyView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient Surveys surveys;

    /** Builds the page over the support module's API. */
    public SurveyView(Surveys surveys) {
        this.surveys = surveys;
        setMaxWidth("40rem");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        add(new H2(getTranslation("support.survey.title")));
        Surveys.Survey survey = surveys.find(token);
        if (survey.state() != Surveys.State.OPEN) {
            Paragraph state = new Paragraph(getTranslation(
                    "support.survey.state." + survey.state().name().toLowerCase()));
            state.setId("survey-state");
            add(state);
            return;
        }
        add(new Paragraph(getTranslation("support.survey.question", survey.subject())));
        TextArea comment = new TextArea(getTranslation("support.survey.comment"));
        comment.setId("survey-comment");
        comment.setWidthFull();
        Paragraph error = new Paragraph();
        error.setId("survey-error");
        HorizontalLayout ratings = new HorizontalLayout();
        for (int rating = 1; rating <= 5; rating++) {
            int chosen = rating;
            Button button = new Button(getTranslation("support.survey.rating." + rating), e -> {
                try {
                    surveys.answer(token, chosen, comment.getValue());
                    removeAll();
                    add(new H2(getTranslation("support.survey.title")));
                    Paragraph thanks = new Paragraph(getTranslation("support.survey.thanks"));
                    thanks.setId("survey-thanks");
                    add(thanks);
                } catch (RefusedException refused) {
                    error.setText(getTranslation(refused.messageKey(), refused.arguments()));
                }
            });
            button.setId("survey-rating-" + rating);
            button.addThemeVariants(
                    rating >= 4
                            ? ButtonVariant.LUMO_SUCCESS
                            : rating <= 2 ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
            ratings.add(button);
        }
        ratings.setWrap(true);
        add(comment, new Paragraph(getTranslation("support.survey.choose")), ratings, error);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support.survey.title");
    }
}
