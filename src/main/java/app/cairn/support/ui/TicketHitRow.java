package app.cairn.support.ui;

import app.cairn.shared.ui.StaffTimeZone;
import app.cairn.staff.StaffMember;
import app.cairn.support.TicketHit;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Map;

/**
 * One ticket found: its number and subject (a link to it), status and priority, who has it, when it last changed,
 * and the passages that matched. Passages come from the index as HTML escaped but for {@code <mark>}.
 */
class TicketHitRow extends Div {

    TicketHitRow(TicketHit hit, Map<Long, StaffMember> assignees, Map<Long, String> groups) {
        addClassName("cairn-ticket-hit");
        setId("ticket-hit-" + hit.number());
        Anchor link = new Anchor("tickets/" + hit.number(), "#" + hit.number() + " " + hit.subject());
        link.addClassName("cairn-search-hit-title");
        Span meta = new Span(String.join(
                " · ",
                hit.assigneeId() == null
                        ? getTranslation("support.search.unassigned")
                        : assignees.containsKey(hit.assigneeId())
                                ? assignees.get(hit.assigneeId()).displayName()
                                : "#" + hit.assigneeId(),
                hit.groupId() == null ? "—" : groups.getOrDefault(hit.groupId(), "#" + hit.groupId()),
                StaffTimeZone.format(hit.updatedAt(), StaffTimeZone.current(), getLocale())));
        meta.addClassName("cairn-search-hit-detail");
        Div head =
                new Div(link, TicketLabels.badge(this, hit.status()), TicketLabels.badge(this, hit.priority()), meta);
        head.addClassName("cairn-ticket-hit-head");
        add(head);
        for (String snippet : hit.snippets()) {
            add(new Html("<div class=\"cairn-search-snippet\">" + snippet + "</div>"));
        }
    }
}
