package app.cairn.help.ui;

import app.cairn.help.ArticleStatus;
import app.cairn.help.HelpArticle;
import app.cairn.help.HelpArticles;
import app.cairn.help.SelfService;
import app.cairn.shared.Roles;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * The help articles agents write: a page at a time, newest change first, with their state; a dialog to write or
 * change one; publishing, taking down and deleting; and below, what self-service does per intent (admins change it).
 */
@Route("help-articles")
@Menu(order = 7, icon = "vaadin:book", title = "nav.help-articles")
@RolesAllowed({Roles.ADMIN, Roles.AGENT})
public class HelpArticlesView extends VerticalLayout implements HasDynamicTitle {

    private final transient HelpArticles articles;
    private final String me;
    private final Grid<HelpArticle> grid = new Grid<>();
    private final Select<ArticleStatus> status = new Select<>();
    private final Paragraph empty = new Paragraph();

    /** Builds the page over the help module's API. */
    public HelpArticlesView(HelpArticles articles, SelfService selfService, AuthenticationContext authentication) {
        this.articles = articles;
        this.me = authentication.getPrincipalName().orElse("staff");
        Button create = new Button(
                getTranslation("help.article.new"), e -> new ArticleDialog(articles, null, me, this::refresh).open());
        create.setId("article-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        status.setId("article-status-filter");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("help.article.all"));
        status.setItems(ArticleStatus.values());
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("help.article.all") : getTranslation("help.status." + s.name()));
        status.addValueChangeListener(e -> refresh());
        Anchor centre = new Anchor("help", getTranslation("help.centre.open"));
        centre.setTarget("_blank");
        configureGrid();
        empty.setId("articles-empty");
        empty.setText(getTranslation("help.article.none"));
        add(
                new HorizontalLayout(create, status, centre),
                grid,
                empty,
                new SelfServicePanel(selfService, authentication.hasRole(Roles.ADMIN)));
        refresh();
    }

    private void configureGrid() {
        grid.setId("help-articles");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(HelpArticle::title)
                .setHeader(getTranslation("help.field.title"))
                .setFlexGrow(3);
        grid.addColumn(a -> getTranslation("help.language." + a.language()))
                .setHeader(getTranslation("help.field.language"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.category() == null ? "—" : a.category()).setHeader(getTranslation("help.field.category"));
        grid.addColumn(a -> a.intent() == null ? "—" : getTranslation(a.intent().messageKey()))
                .setHeader(getTranslation("help.field.intent"))
                .setFlexGrow(2);
        grid.addComponentColumn(a -> {
                    Span badge =
                            new Span(getTranslation("help.status." + a.status().name()));
                    badge.getElement().getThemeList().add("badge");
                    if (a.status() == ArticleStatus.PUBLISHED) {
                        badge.getElement().getThemeList().add("success");
                    } else if (a.status() == ArticleStatus.ARCHIVED) {
                        badge.getElement().getThemeList().add("contrast");
                    }
                    return badge;
                })
                .setHeader(getTranslation("help.field.status"))
                .setAutoWidth(true);
        grid.addColumn(a -> StaffTimeZone.format(a.updatedAt(), StaffTimeZone.current(), getLocale()) + " · "
                        + a.updatedBy())
                .setHeader(getTranslation("help.field.updated"))
                .setWidth("12rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
    }

    private HorizontalLayout actions(HelpArticle article) {
        Button edit = new Button(
                getTranslation("support.settings.edit"),
                e -> new ArticleDialog(articles, article, me, this::refresh).open());
        Button publish = new Button(getTranslation("help.article.publish"), e -> {
            articles.publish(article.id(), me);
            refresh();
        });
        publish.setVisible(article.status() != ArticleStatus.PUBLISHED);
        Button archive = new Button(getTranslation("help.article.archive"), e -> {
            articles.archive(article.id(), me);
            refresh();
        });
        archive.setVisible(article.status() == ArticleStatus.PUBLISHED);
        Button delete = new Button(getTranslation("support.settings.delete"), e -> {
            articles.delete(article.id());
            refresh();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button button : java.util.List.of(edit, publish, archive, delete)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(edit, publish, archive, delete);
    }

    private void refresh() {
        grid.setItems(query -> articles.page(status.getValue(), query.getOffset(), query.getLimit()).stream());
        boolean none = articles.count(status.getValue()) == 0;
        grid.setVisible(!none);
        empty.setVisible(none);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.help-articles");
    }
}
