package app.cairn.help.ui;

import app.cairn.help.HelpArticles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** One published help article, public. Its HTML was cleaned when it was saved. */
@Route(value = "help/articles/:id", autoLayout = false)
@AnonymousAllowed
public class HelpArticleView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient HelpArticles articles;
    private String title = "";

    /** Builds the page over the help module's API. */
    public HelpArticleView(HelpArticles articles) {
        this.articles = articles;
        setMaxWidth("48rem");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException notANumber) {
            id = -1;
        }
        articles.published(id)
                .ifPresentOrElse(
                        article -> {
                            title = article.title();
                            Div body = new Div();
                            body.setId("help-article-body");
                            body.getElement().setProperty("innerHTML", article.html());
                            H2 heading = new H2(article.title());
                            heading.setId("help-article-title");
                            add(heading, body);
                        },
                        () -> {
                            Paragraph missing = new Paragraph(getTranslation("help.article.missing"));
                            missing.setId("help-article-missing");
                            add(missing);
                        });
        add(new Anchor("help", getTranslation("help.centre.back")));
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("help.centre.title") : title;
    }
}
