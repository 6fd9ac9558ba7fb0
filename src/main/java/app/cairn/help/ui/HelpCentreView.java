package app.cairn.help.ui;

import app.cairn.help.HelpArticle;
import app.cairn.help.HelpArticles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public help centre (no sign-in, in the visitor's language): a search over the published articles, and the
 * articles by category; a link to the contact page for anything they do not answer.
 */
@Route(value = "help", autoLayout = false)
@AnonymousAllowed
public class HelpCentreView extends VerticalLayout implements HasDynamicTitle {

    private static final int SHOWN = 200;
    private static final int FOUND = 20;

    private final transient HelpArticles articles;
    private final Div results = new Div();

    /** Builds the page over the help module's API. */
    public HelpCentreView(HelpArticles articles) {
        this.articles = articles;
        setMaxWidth("48rem");
        getStyle().set("margin", "0 auto");
        TextField search = new TextField();
        search.setId("help-search");
        search.setPlaceholder(getTranslation("help.centre.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setWidthFull();
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> show(e.getValue()));
        results.setId("help-results");
        results.setWidthFull();
        add(
                new H2(getTranslation("help.centre.title")),
                search,
                results,
                new Anchor("contact", getTranslation("help.centre.contact")));
        show("");
    }

    private void show(String words) {
        results.removeAll();
        if (!words.isBlank()) {
            List<HelpArticle> found = articles.search(words, FOUND);
            if (found.isEmpty()) {
                Paragraph none = new Paragraph(getTranslation("help.centre.no-match", words.strip()));
                none.setId("help-no-match");
                results.add(none);
            }
            found.forEach(a -> results.add(link(a)));
            return;
        }
        String language = "zh".equals(getLocale().getLanguage()) ? "zh" : "en";
        List<HelpArticle> published = articles.published(language, SHOWN);
        if (published.isEmpty()) {
            published = articles.published("zh".equals(language) ? "en" : "zh", SHOWN);
        }
        if (published.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("help.centre.empty"));
            none.setId("help-empty");
            results.add(none);
        }
        Map<String, List<HelpArticle>> byCategory = new LinkedHashMap<>();
        published.forEach(a -> byCategory
                .computeIfAbsent(
                        a.category() == null ? getTranslation("help.centre.general") : a.category(),
                        k -> new java.util.ArrayList<>())
                .add(a));
        byCategory.forEach((category, list) -> {
            results.add(new H3(category));
            list.forEach(a -> results.add(link(a)));
        });
    }

    private Div link(HelpArticle article) {
        Div line = new Div(new Anchor("help/articles/" + article.id(), article.title()));
        line.addClassName("help-article-link");
        line.getStyle().set("margin", "var(--lumo-space-xs) 0");
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("help.centre.title");
    }
}
