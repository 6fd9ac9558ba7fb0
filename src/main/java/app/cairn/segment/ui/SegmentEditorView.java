package app.cairn.segment.ui;

import app.cairn.segment.MembershipChange;
import app.cairn.segment.RebuildProgress;
import app.cairn.segment.RuleProblem;
import app.cairn.segment.Segment;
import app.cairn.segment.SegmentLists;
import app.cairn.segment.SegmentManagement;
import app.cairn.segment.SegmentMembership;
import app.cairn.segment.SegmentRule;
import app.cairn.segment.SegmentRuleException;
import app.cairn.shared.RefusedException;
import app.cairn.shared.Roles;
import app.cairn.shared.ui.LineChart;
import app.cairn.shared.ui.Poller;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.List;

/**
 * A segment's page: its name, its rule in the builder with a live count of the customers it matches and its
 * problems shown where they are, and its members worked out on request.
 */
@Route("segments/edit")
@RolesAllowed({Roles.ADMIN, Roles.MARKETER})
public class SegmentEditorView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final int SIZE_DAYS = 90;

    private final transient SegmentManagement segments;
    private final transient SegmentLists lists;
    private final transient SegmentMembership membership;
    private SegmentMembers members;
    private final LineChart sizeChart = new LineChart();
    private final ProgressBar progress = new ProgressBar(0, RebuildProgress.STEPS);
    private final Span progressText = new Span();
    private final Poller poller = new Poller();
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
    public SegmentEditorView(SegmentManagement segments, SegmentLists lists, SegmentMembership membership) {
        this.segments = segments;
        this.lists = lists;
        this.membership = membership;
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
        progress.setId("segment-progress");
        progress.setWidth("12rem");
        progressText.setId("segment-progress-text");
        HorizontalLayout following = new HorizontalLayout(status, progress, progressText);
        following.setAlignItems(FlexComponent.Alignment.CENTER);
        progress.setVisible(false);
        add(title, new HorizontalLayout(name, description), builder, actions, following);
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
            // the last rebuild asked for here: followed while it runs, its outcome shown once it has ended (it
            // may end before this page is shown)
            segments.rebuildProgress(segment.id()).ifPresent(last -> {
                if (last.finished()) {
                    showProgress(last);
                } else {
                    follow(segment.id());
                }
            });
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
                segments.requestRebuild(saved.id());
            } else {
                Notification.show(getTranslation(
                        saved.isStatic() ? "segments.saved" : "segments.saved-members-later", saved.name()));
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
    }

    /** The members; a static segment's can be added by hand or from a file, and taken out. */
    private void showMembers(Segment segment) {
        sizeChart.setId("segment-size-chart");
        add(new H3(getTranslation("segments.size-over-time")), sizeChart);
        showSizes(segment.id());
        SegmentMembers members = new SegmentMembers(lists, membership, segment, () -> membersChanged(segment.id()));
        this.members = members;
        if (segment.isStatic()) {
            add(new ListMembersPanel(lists, segment.id(), () -> membersChanged(segment.id())));
        }
        add(members);
    }

    /** Shows a requested rebuild's steps until it ends, then its result. */
    private void follow(long segmentId) {
        progress.setVisible(true);
        rebuild.setEnabled(false);
        poller.start(500, () -> segments.rebuildProgress(segmentId).ifPresent(this::showProgress));
    }

    private void showProgress(RebuildProgress now) {
        progress.setValue(Math.max(0, now.step() - 1));
        progressText.setText(getTranslation(
                now.state() == RebuildProgress.State.WAITING
                        ? "segments.rebuild.waiting"
                        : "segments.rebuild.step." + now.step(),
                now.step(),
                RebuildProgress.STEPS));
        if (!now.finished()) {
            return;
        }
        poller.stop();
        progress.setVisible(false);
        rebuild.setEnabled(true);
        if (now.state() == RebuildProgress.State.FAILED) {
            progressText.setText(
                    getTranslation("segments.rebuild.failed", now.failure(), String.valueOf(now.segmentId())));
            return;
        }
        MembershipChange change = now.result();
        progressText.setText(getTranslation(
                "segments.rebuilt", format(change.members()), format(change.entered()), format(change.exited())));
        membersChanged(now.segmentId());
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        poller.stop();
        super.onDetach(detachEvent);
    }

    private void showSizes(long segmentId) {
        sizeChart.show(
                getTranslation("segments.members"),
                membership.sizeHistory(segmentId, SIZE_DAYS).stream()
                        .map(size -> new LineChart.Point(
                                StaffTimeZone.format(size.at(), StaffTimeZone.current(), getLocale()), size.members()))
                        .toList());
    }

    private void membersChanged(long segmentId) {
        segments.find(segmentId).ifPresent(this::showStatus);
        showSizes(segmentId);
        members.refresh();
    }

    private String words(RuleProblem problem) {
        return RuleWords.of(problem, this);
    }

    private String format(long value) {
        return NumberFormat.getIntegerInstance(getLocale()).format(value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.segments") + " · Cairn";
    }
}
