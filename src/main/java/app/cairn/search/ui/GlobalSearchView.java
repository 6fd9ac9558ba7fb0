package app.cairn.search.ui;

import app.cairn.shared.GlobalSearchSource;
import app.cairn.shared.StaffRole;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the header's search box found: customers, orders and tickets (each group only for the roles that may see
 * it), the best few of each with a link to all. Every result is a link, so the keyboard moves through them.
 */
@Route("search")
@PermitAll
public class GlobalSearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PER_GROUP = 5;

    private final transient List<GlobalSearchSource> sources;
    private final transient AuthenticationContext authentication;
    private final Div results = new Div();
    private String text = "";

    /** Builds the page over every module's search source. */
    public GlobalSearchView(List<GlobalSearchSource> sources, AuthenticationContext authentication) {
        this.sources = sources.stream()
                .sorted(Comparator.comparingInt(GlobalSearchSource::order))
                .toList();
        this.authentication = authentication;
        results.setId("global-results");
        results.setWidthFull();
        add(results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        text = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("q")
                .orElse("")
                .strip();
        show();
    }

    private void show() {
        results.removeAll();
        if (text.isEmpty()) {
            results.add(new Paragraph(getTranslation("search.global.prompt")));
            return;
        }
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (StaffRole role : StaffRole.values()) {
            if (authentication.hasRole(role.name())) {
                roles.add(role);
            }
        }
        String username = authentication.getPrincipalName().orElse("");
        boolean any = false;
        for (GlobalSearchSource source : sources) {
            if (!source.visibleTo(roles)) {
                continue;
            }
            GlobalSearchSource.Found found;
            try {
                found = source.search(text, username, PER_GROUP, getLocale(), StaffTimeZone.current());
            } catch (app.cairn.shared.RefusedException refused) {
                results.add(group(source, refusal(refused)));
                any = true;
                continue;
            }
            if (found.total() > 0) {
                results.add(group(source, found));
                any = true;
            }
        }
        if (!any) {
            Paragraph none = new Paragraph(getTranslation("search.global.none", text));
            none.setId("global-none");
            results.add(none);
        }
    }

    private Div group(GlobalSearchSource source, GlobalSearchSource.Found found) {
        Div group = new Div();
        String key = source.titleKey().replace('.', '-');
        group.setId("global-group-" + key.substring(key.lastIndexOf('-') + 1));
        group.addClassName("cairn-search-group");
        String count = java.text.NumberFormat.getIntegerInstance(getLocale()).format(found.total());
        group.add(new H3(getTranslation(source.titleKey()) + " · " + count + (found.atLeast() ? "+" : "")));
        for (GlobalSearchSource.Hit hit : found.hits()) {
            group.add(hit(hit));
        }
        if (found.moreLocation() != null && found.total() > found.hits().size()) {
            Anchor more = new Anchor(found.moreLocation(), getTranslation("search.global.more", found.total()));
            more.addClassName("cairn-search-more");
            group.add(more);
        }
        return group;
    }

    private Anchor hit(GlobalSearchSource.Hit hit) {
        Anchor link = new Anchor(hit.location(), "");
        link.addClassName("cairn-search-hit");
        Span title = new Span(hit.title());
        title.addClassName("cairn-search-hit-title");
        Span detail = new Span(hit.detail() == null ? "" : hit.detail());
        detail.addClassName("cairn-search-hit-detail");
        link.add(title, detail);
        if (hit.snippetHtml() != null) {
            link.add(new Html("<span class=\"cairn-search-snippet\">" + hit.snippetHtml() + "</span>"));
        }
        return link;
    }

    private GlobalSearchSource.Found refusal(app.cairn.shared.RefusedException refused) {
        return new GlobalSearchSource.Found(
                0,
                false,
                List.of(new GlobalSearchSource.Hit(
                        getTranslation(refused.messageKey(), refused.arguments()), null, null, "search")),
                null);
    }

    @Override
    public String getPageTitle() {
        return text.isEmpty() ? getTranslation("search.global.title") : getTranslation("search.global.title-for", text);
    }
}
