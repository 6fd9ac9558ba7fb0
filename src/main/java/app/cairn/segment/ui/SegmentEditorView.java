package app.cairn.segment.ui;

import app.cairn.customer.CustomerSummary;
import app.cairn.segment.MembershipChange;
import app.cairn.segment.RuleField;
import app.cairn.segment.RuleOperator;
import app.cairn.segment.RuleProblem;
import app.cairn.segment.Segment;
import app.cairn.segment.SegmentManagement;
import app.cairn.segment.SegmentRule;
import app.cairn.segment.SegmentRuleException;
import app.cairn.shared.RefusedException;
import app.cairn.shared.Roles;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.util.List;

/**
 * A segment's page: its name, its rule in the builder with a live count of the customers it matches and its
 * problems shown where they are, and its members worked out on request.
 */
@Route("segments/edit")
@RolesAllowed({Roles.ADMIN, Roles.MARKETER})
public class SegmentEditorView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient SegmentManagement segments;
    private final H2 title = new H2();
    private final TextField name = new TextField();
    private final TextField description = new TextField();
    private final RuleBuilder builder = new RuleBuilder();
    private final Span count = new Span();
    private final Span status = new Span();
    private final Button save = new Button();
    private final Button rebuild = new Button();
    private Long id;
    private boolean isStatic;

    /** Builds the page over the segment module's API. */
    public SegmentEditorView(SegmentManagement segments) {
        this.segments = segments;
        name.setLabel(getTranslation("segments.name"));
        name.setId("segment-name");
        name.setWidth("24rem");
        description.setLabel(getTranslation("segments.description"));
        description.setId("segment-description");
        description.setWidth("36rem");
        count.setId("segment-count");
        count.getStyle().set("font-weight", "600");
        status.setId("segment-status");
        save.setText(getTranslation("segments.save"));
        save.setId("segment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(false));
        rebuild.setText(getTranslation("segments.save-rebuild"));
        rebuild.setId("segment-rebuild");
        rebuild.addClickListener(e -> save(true));
        builder.addRuleChangeListener(this::recount);
        HorizontalLayout actions = new HorizontalLayout(save, rebuild, count);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, new HorizontalLayout(name, description), builder, actions, status);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long parameter) {
        id = parameter;
        Segment segment = parameter == null ? null : segments.find(parameter).orElse(null);
        if (parameter != null && segment == null) {
            title.setText(getTranslation("segment.not-found", parameter));
            return;
        }
        title.setText(segment == null ? getTranslation("segments.new") : segment.name());
        if (segment != null) {
            name.setValue(segment.name());
            description.setValue(segment.description() == null ? "" : segment.description());
            isStatic = segment.isStatic();
            builder.setVisible(!isStatic);
            rebuild.setVisible(!isStatic);
            builder.setRule(segment.rule());
            showStatus(segment);
            showMembers(segment);
        }
        recount(builder.rule());
    }

    private void recount(SegmentRule rule) {
        if (isStatic) {
            count.setText("");
            return;
        }
        List<RuleProblem> problems = segments.check(rule, id);
        builder.showProblems(problems, this::words);
        if (!problems.isEmpty()) {
            count.setText(getTranslation("segments.count.problems", problems.size()));
            return;
        }
        long matching = segments.count(rule, id);
        count.setText(getTranslation(
                "segments.count", NumberFormat.getIntegerInstance(getLocale()).format(matching)));
    }

    private void save(boolean andRebuild) {
        try {
            Segment saved = id == null
                    ? segments.create(name.getValue(), description.getValue(), builder.rule())
                    : segments.update(id, name.getValue(), description.getValue(), isStatic ? null : builder.rule());
            if (andRebuild && !saved.isStatic()) {
                MembershipChange change = segments.rebuild(saved.id());
                Notification.show(getTranslation(
                        "segments.rebuilt",
                        format(change.members()),
                        format(change.entered()),
                        format(change.exited())));
            } else {
                Notification.show(getTranslation("segments.saved", saved.name()));
            }
            getUI().ifPresent(ui -> ui.navigate(SegmentEditorView.class, saved.id()));
        } catch (SegmentRuleException invalid) {
            builder.showProblems(invalid.problems(), this::words);
            count.setText(
                    getTranslation("segments.count.problems", invalid.problems().size()));
        } catch (RefusedException refused) {
            name.setInvalid(true);
            name.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void showStatus(Segment segment) {
        status.setText(
                segment.rebuiltAt() == null
                        ? getTranslation("segments.status.never")
                        : getTranslation(
                                "segments.status",
                                format(segment.members()),
                                StaffTimeZone.format(segment.rebuiltAt(), StaffTimeZone.current(), getLocale())));
        if (segment.isStatic()) {
            add(new Paragraph(getTranslation("segments.static-help")));
        }
    }

    /** The members, page by page as the grid scrolls, and the whole list as CSV. */
    private void showMembers(Segment segment) {
        Anchor download = new Anchor(
                (DownloadEvent event) -> {
                    event.setFileName("segment-" + segment.id() + "-members.csv");
                    event.setContentType("text/csv; charset=UTF-8");
                    try (OutputStream out = event.getOutputStream()) {
                        segments.writeMembers(segment.id(), out);
                    }
                },
                getTranslation("segments.download-members"));
        download.setId("segment-download");
        download.getElement().setAttribute("download", true);
        Grid<CustomerSummary> members = new Grid<>();
        members.setId("segment-members");
        members.addColumn(CustomerSummary::displayName).setHeader(getTranslation("segments.member.name"));
        members.addColumn(CustomerSummary::email).setHeader(getTranslation("segments.member.email"));
        members.addColumn(CustomerSummary::country).setHeader(getTranslation("segments.member.country"));
        members.setItems(query -> segments.members(segment.id(), query.getOffset(), query.getLimit()).stream());
        members.addItemClickListener(e -> members.getUI()
                .ifPresent(ui -> ui.navigate("customers/" + e.getItem().id())));
        members.setHeight("24rem");
        add(new H3(getTranslation("segments.members")), download, members);
    }

    /** A problem in the staff member's words, with fields and operators by their labels. */
    private String words(RuleProblem problem) {
        List<Object> arguments = new java.util.ArrayList<>(problem.arguments().stream()
                .map(a -> switch (a) {
                    case RuleField f -> getTranslation("segment.field." + ConditionEditor.slug(f));
                    case RuleOperator o -> getTranslation("segment.operator." + ConditionEditor.slug(o));
                    default -> a;
                })
                .toList());
        if (problem.messageKey().equals("segment.rule.value-type")) {
            arguments.set(1, getTranslation("segment.value-kind." + arguments.get(1)));
        }
        return getTranslation(problem.messageKey(), arguments.toArray());
    }

    private String format(long value) {
        return NumberFormat.getIntegerInstance(getLocale()).format(value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.segments") + " · Cairn";
    }
}
