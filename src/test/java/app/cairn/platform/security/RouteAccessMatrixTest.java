package app.cairn.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.browser.FailingTestView;
import app.cairn.commerce.ui.CurrenciesView;
import app.cairn.customer.ui.CustomerView;
import app.cairn.customer.ui.CustomersView;
import app.cairn.customer.ui.DuplicatesView;
import app.cairn.imports.ui.ImportView;
import app.cairn.ingest.ui.ApiKeysView;
import app.cairn.journey.ui.JourneyEditorView;
import app.cairn.journey.ui.JourneysView;
import app.cairn.messaging.ui.BroadcastView;
import app.cairn.messaging.ui.BroadcastsView;
import app.cairn.messaging.ui.EmailSettingsView;
import app.cairn.messaging.ui.PreferencesView;
import app.cairn.messaging.ui.SuppressionsView;
import app.cairn.messaging.ui.TemplateEditorView;
import app.cairn.messaging.ui.TemplatesView;
import app.cairn.messaging.ui.UnsubscribeView;
import app.cairn.platform.ui.LoginView;
import app.cairn.search.ui.GlobalSearchView;
import app.cairn.search.ui.SearchIndexView;
import app.cairn.segment.ui.ClustersView;
import app.cairn.segment.ui.RfmView;
import app.cairn.segment.ui.SegmentEditorView;
import app.cairn.segment.ui.SegmentsView;
import app.cairn.shared.StaffRole;
import app.cairn.shared.ui.HomeView;
import app.cairn.shared.ui.OperationsView;
import app.cairn.staff.ui.UsersView;
import app.cairn.support.ui.ContactView;
import app.cairn.support.ui.SupportReportView;
import app.cairn.support.ui.SupportSettingsView;
import app.cairn.support.ui.SurveyView;
import app.cairn.support.ui.TicketSearchView;
import app.cairn.support.ui.TicketView;
import app.cairn.support.ui.TicketsView;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Which role may open which page. Every route in the application must appear here, so a new view cannot
 * ship without someone deciding who may see it.
 */
class RouteAccessMatrixTest {

    /** The routes anyone may open without signing in. */
    static final Set<Class<?>> ANONYMOUS = Set.of(
            LoginView.class,
            UnsubscribeView.class,
            PreferencesView.class,
            ContactView.class,
            SurveyView.class,
            app.cairn.help.ui.HelpCentreView.class,
            app.cairn.help.ui.HelpArticleView.class,
            app.cairn.help.ui.HelpAnswerView.class);

    /** For every other route: the roles that may open it. */
    static final Map<Class<?>, Set<StaffRole>> SIGNED_IN = Map.ofEntries(
            Map.entry(HomeView.class, EnumSet.allOf(StaffRole.class)),
            Map.entry(OperationsView.class, EnumSet.of(StaffRole.ADMIN)),
            Map.entry(app.cairn.support.ui.TextModelsView.class, EnumSet.of(StaffRole.ADMIN)),
            Map.entry(app.cairn.help.ui.HelpArticlesView.class, EnumSet.of(StaffRole.ADMIN, StaffRole.AGENT)),
            Map.entry(UsersView.class, EnumSet.of(StaffRole.ADMIN)),
            Map.entry(ApiKeysView.class, EnumSet.of(StaffRole.ADMIN)),
            Map.entry(CurrenciesView.class, EnumSet.of(StaffRole.ADMIN)),
            Map.entry(CustomersView.class, EnumSet.allOf(StaffRole.class)),
            Map.entry(ImportView.class, EnumSet.of(StaffRole.ADMIN, StaffRole.MARKETER)),
            Map.entry(DuplicatesView.class, EnumSet.of(StaffRole.ADMIN, StaffRole.MARKETER)),
            Map.entry(CustomerView.class, EnumSet.allOf(StaffRole.class)),
            Map.entry(SegmentsView.class, EnumSet.of(StaffRole.ADMIN, StaffRole.MARKETER)),
            Map.entry(SegmentEditorView.class, EnumSet.of(StaffRole.ADMIN, StaffRole.MARKETER)),
            Map.entry(RfmView.class, EnumSet.of(StaffRole.ADMIN, StaffRole.MARKETER)),
            Map.entry(ClustersView.class, EnumSet.of(StaffRole.ADMIN, StaffRole.MARKETER)),
            Map.entry(TemplatesView.class, EnumSet.of(StaffRole.ADMIN, StaffRole.MARKETER)),
            Map.entry(TemplateEditorView.class, EnumSet.of(StaffRole.ADMIN, StaffRole.MARKETER)),
            Map.entry(BroadcastsView.class, EnumSet.of(StaffRole.ADMIN, StaffRole.MARKETER)),
            Map.entry(BroadcastView.class, EnumSet.of(StaffRole.ADMIN, StaffRole.MARKETER)),
            Map.entry(SuppressionsView.class, EnumSet.of(StaffRole.ADMIN, StaffRole.MARKETER)),
            Map.entry(EmailSettingsView.class, EnumSet.of(StaffRole.ADMIN)),
            Map.entry(JourneysView.class, EnumSet.of(StaffRole.ADMIN, StaffRole.MARKETER)),
            Map.entry(JourneyEditorView.class, EnumSet.of(StaffRole.ADMIN, StaffRole.MARKETER)),
            Map.entry(TicketsView.class, EnumSet.of(StaffRole.ADMIN, StaffRole.AGENT)),
            Map.entry(TicketView.class, EnumSet.of(StaffRole.ADMIN, StaffRole.AGENT)),
            Map.entry(SupportReportView.class, EnumSet.of(StaffRole.ADMIN, StaffRole.AGENT)),
            Map.entry(SupportSettingsView.class, EnumSet.of(StaffRole.ADMIN)),
            Map.entry(TicketSearchView.class, EnumSet.of(StaffRole.ADMIN, StaffRole.AGENT)),
            Map.entry(GlobalSearchView.class, EnumSet.allOf(StaffRole.class)),
            Map.entry(SearchIndexView.class, EnumSet.of(StaffRole.ADMIN)),
            // exists only in the tests, for the error-handler browser test
            Map.entry(FailingTestView.class, EnumSet.allOf(StaffRole.class)));

    final AccessAnnotationChecker checker = new AccessAnnotationChecker();

    @Test
    void everyRouteIsInTheMatrix() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> routes = scanner.findCandidateComponents("app.cairn").stream()
                .map(bean -> bean.getBeanClassName())
                .collect(Collectors.toSet());

        Set<String> inMatrix = java.util.stream.Stream.concat(ANONYMOUS.stream(), SIGNED_IN.keySet().stream())
                .map(Class::getName)
                .collect(Collectors.toSet());
        assertThat(routes).containsExactlyInAnyOrderElementsOf(inMatrix);
    }

    @Test
    void eachRoleReachesExactlyItsRoutes() {
        SIGNED_IN.forEach((view, allowed) -> {
            for (StaffRole role : StaffRole.values()) {
                boolean access = checker.hasAccess(view, principal(role), name -> name.equals(role.name()));
                assertThat(access)
                        .as("%s may open %s", role, view.getSimpleName())
                        .isEqualTo(allowed.contains(role));
            }
            assertThat(checker.hasAccess(view, null, name -> false))
                    .as("anonymous may open %s", view.getSimpleName())
                    .isFalse();
        });
    }

    @Test
    void anyoneReachesTheAnonymousRoutes() {
        ANONYMOUS.forEach(
                view -> assertThat(checker.hasAccess(view, null, name -> false)).isTrue());
    }

    private static Principal principal(StaffRole role) {
        return () -> role.name().toLowerCase();
    }
}
