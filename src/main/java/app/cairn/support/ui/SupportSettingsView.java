package app.cairn.support.ui;

import app.cairn.shared.Roles;
import app.cairn.shared.ui.StaffTimeZone;
import app.cairn.staff.StaffManagement;
import app.cairn.staff.StaffMember;
import app.cairn.support.Macros;
import app.cairn.support.RoutingRules;
import app.cairn.support.SlaSettings;
import app.cairn.support.SupportGroup;
import app.cairn.support.SupportGroups;
import app.cairn.support.SupportMailbox;
import app.cairn.support.SupportMailboxes;
import app.cairn.support.TicketInbox;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where admins set up support: the groups tickets go to and who is in each, the mailboxes read for tickets, the
 * canned replies agents use, and the rules that route new tickets by what text analysis read in them.
 */
@Route("admin/support")
@Menu(order = 93, icon = "vaadin:headphones", title = "nav.support-settings")
@RolesAllowed(Roles.ADMIN)
public class SupportSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final transient SupportGroups groups;
    private final transient SupportMailboxes mailboxes;
    private final Collection<StaffMember> agents;
    private final Grid<SupportGroup> groupGrid = new Grid<>();
    private final Grid<SupportMailbox> mailboxGrid = new Grid<>();

    /** Builds the page over the support module's API. */
    public SupportSettingsView(
            SupportGroups groups,
            SupportMailboxes mailboxes,
            Macros macros,
            SlaSettings sla,
            app.cairn.segment.SegmentManagement segments,
            TicketInbox inbox,
            StaffManagement staff,
            RoutingRules rules) {
        this.groups = groups;
        this.mailboxes = mailboxes;
        this.agents = inbox.assignees().values();
        Button newGroup = new Button(
                getTranslation("support.settings.new-group"),
                e -> new GroupDialog(groups, agents, null, this::refresh).open());
        newGroup.setId("support-new-group");
        Button newMailbox = new Button(
                getTranslation("support.settings.new-mailbox"),
                e -> new MailboxDialog(mailboxes, groups.all(), null, this::refresh).open());
        newMailbox.setId("support-new-mailbox");
        Button readNow = new Button(getTranslation("support.settings.read-now"), e -> {
            int read = mailboxes.readAll();
            Notification.show(getTranslation("support.settings.read", read));
            refresh();
        });
        readNow.setId("support-read-now");
        configureGroups();
        configureMailboxes();
        add(
                new H3(getTranslation("support.settings.groups")),
                newGroup,
                groupGrid,
                new H3(getTranslation("support.settings.mailboxes")),
                new HorizontalLayout(newMailbox, readNow),
                mailboxGrid,
                new MacrosPanel(macros),
                new RoutingRulesPanel(rules, groups, segments),
                new SlaPanel(sla, segments));
        refresh();
    }

    private void configureGroups() {
        groupGrid.setId("support-groups");
        groupGrid.setAllRowsVisible(true);
        Map<Long, String> names = agents.stream().collect(Collectors.toMap(StaffMember::id, StaffMember::displayName));
        groupGrid.addColumn(SupportGroup::name).setHeader(getTranslation("support.field.group-name"));
        groupGrid
                .addColumn(g -> g.memberIds().stream()
                        .map(id -> names.getOrDefault(id, "#" + id))
                        .sorted()
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("support.settings.members"))
                .setFlexGrow(3);
        groupGrid
                .addColumn(g -> getTranslation("support.assignment."
                        + g.assignment().name().toLowerCase().replace('_', '-')))
                .setHeader(getTranslation("support.settings.assignment"));
        groupGrid
                .addColumn(g -> g.archived() ? getTranslation("support.settings.archived") : "")
                .setHeader(getTranslation("support.settings.state"));
        groupGrid
                .addComponentColumn(g -> {
                    Button edit = new Button(
                            getTranslation("support.settings.edit"),
                            e -> new GroupDialog(groups, agents, g, this::refresh).open());
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    Button archive = new Button(getTranslation("support.settings.archive"), e -> {
                        groups.archive(g.id());
                        refresh();
                    });
                    archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    archive.setEnabled(!g.archived());
                    return new HorizontalLayout(edit, archive);
                })
                .setAutoWidth(true);
        groupGrid.setEmptyStateText(getTranslation("support.settings.no-groups"));
    }

    private void configureMailboxes() {
        mailboxGrid.setId("support-mailboxes");
        mailboxGrid.setAllRowsVisible(true);
        mailboxGrid
                .addColumn(SupportMailbox::address)
                .setHeader(getTranslation("support.mailbox.address"))
                .setFlexGrow(2);
        mailboxGrid.addColumn(m -> m.host() + ":" + m.port()).setHeader(getTranslation("support.mailbox.server"));
        mailboxGrid
                .addColumn(m -> m.groupId() == null
                        ? "—"
                        : groups.all().stream()
                                .filter(g -> g.id() == m.groupId())
                                .map(SupportGroup::name)
                                .findFirst()
                                .orElse("—"))
                .setHeader(getTranslation("support.field.group-name"));
        mailboxGrid
                .addColumn(
                        m -> m.enabled() ? getTranslation("support.mailbox.on") : getTranslation("support.mailbox.off"))
                .setHeader(getTranslation("support.settings.state"));
        mailboxGrid
                .addColumn(m -> m.lastReadAt() == null
                        ? "—"
                        : StaffTimeZone.format(m.lastReadAt(), StaffTimeZone.current(), getLocale()))
                .setHeader(getTranslation("support.mailbox.last-read"));
        mailboxGrid
                .addColumn(m -> m.lastError() == null ? "" : m.lastError())
                .setHeader(getTranslation("support.mailbox.last-error"))
                .setFlexGrow(2);
        mailboxGrid
                .addComponentColumn(m -> {
                    Button edit = new Button(
                            getTranslation("support.settings.edit"),
                            e -> new MailboxDialog(mailboxes, groups.all(), m, this::refresh).open());
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    Button delete = new Button(getTranslation("support.settings.delete"), e -> {
                        mailboxes.delete(m.id());
                        refresh();
                    });
                    delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    return new HorizontalLayout(edit, delete);
                })
                .setAutoWidth(true);
        mailboxGrid.setEmptyStateText(getTranslation("support.settings.no-mailboxes"));
    }

    private void refresh() {
        List<SupportGroup> all = groups.all();
        groupGrid.setItems(all);
        mailboxGrid.setItems(mailboxes.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.support-settings");
    }
}
