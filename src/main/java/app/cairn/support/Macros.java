package app.cairn.support;

import app.cairn.customer.CustomerManagement;
import app.cairn.customer.CustomerProfile;
import app.cairn.shared.StorableText;
import app.cairn.support.internal.MacroStore;
import app.cairn.support.internal.TicketStore;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Canned replies admins keep and agents use: a text with merge fields ({@link Macro#FIELDS}), filled in for a
 * ticket, and the status, priority and tags sending it sets. Merge fields are replaced as plain text (nothing in
 * them runs), and a field the text names that does not exist is refused when the macro is saved.
 */
@Service
public class Macros {

    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([a-z_.]+)\\s*}}");

    private final MacroStore macros;
    private final TicketStore tickets;
    private final CustomerManagement customers;
    private final Clock clock;

    Macros(MacroStore macros, TicketStore tickets, CustomerManagement customers, Clock clock) {
        this.macros = macros;
        this.tickets = tickets;
        this.customers = customers;
        this.clock = clock;
    }

    /** Every macro, those in use first, by name. */
    @Transactional(readOnly = true)
    public List<Macro> all() {
        return macros.all();
    }

    /**
     * Creates (id null) or changes a macro.
     *
     * @throws TicketException naming the name, the text or a merge field that cannot be used
     */
    @Transactional
    public Macro save(Macro macro) {
        StorableText.require("support.macro.name", macro.name());
        String name = macro.name() == null ? "" : macro.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new TicketException("support.macro.error.name", 100);
        }
        macros.idOfName(name).filter(id -> !id.equals(macro.id())).ifPresent(id -> {
            throw new TicketException("support.macro.error.name-taken", name);
        });
        String body = macro.body() == null ? "" : macro.body().strip();
        StorableText.require("support.macro.body", body);
        if (body.isEmpty() || body.length() > 20_000) {
            throw new TicketException("support.macro.error.body", 20_000);
        }
        Matcher fields = FIELD.matcher(body);
        while (fields.find()) {
            if (!Macro.FIELDS.contains(fields.group(1))) {
                throw new TicketException(
                        "support.macro.error.field",
                        "{{" + fields.group(1) + "}}",
                        String.join(
                                " ",
                                Macro.FIELDS.stream()
                                        .sorted()
                                        .map(f -> "{{" + f + "}}")
                                        .toList()));
            }
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : macro.tags() == null ? Set.<String>of() : macro.tags()) {
            tags.add(TicketManagement.tag(tag));
        }
        long id = macros.save(
                new Macro(macro.id(), name, body, macro.status(), macro.priority(), tags, false), clock.instant());
        return macros.find(id).orElseThrow();
    }

    /** Archives a macro: agents no longer see it; it can be used again by saving it. */
    @Transactional
    public void archive(long id) {
        macros.archive(id, clock.instant());
    }

    /** Deletes a macro. */
    @Transactional
    public void delete(long id) {
        macros.delete(id);
    }

    /**
     * The macro filled in for the ticket, as the agent would send it.
     *
     * @throws TicketException when the macro or the ticket does not exist
     */
    @Transactional(readOnly = true)
    public Macro.Filled fill(long macroId, long ticketNumber, String agentName) {
        Macro macro =
                macros.find(macroId).orElseThrow(() -> new TicketException("support.macro.error.unknown", macroId));
        Ticket ticket = tickets.find(ticketNumber, false).orElseThrow(() -> TicketManagement.unknown(ticketNumber));
        CustomerProfile customer = customers.find(ticket.customerId()).orElse(null);
        String first = customer == null || customer.firstName() == null ? "" : customer.firstName();
        String last = customer == null || customer.lastName() == null ? "" : customer.lastName();
        Map<String, String> values = Map.of(
                "customer.first_name",
                first,
                "customer.name",
                (first + " " + last).strip(),
                "customer.email",
                customer == null || customer.email() == null ? "" : customer.email(),
                "ticket.number",
                "#" + ticket.number(),
                "ticket.subject",
                ticket.subject(),
                "ticket.order",
                ticket.orderNumber() == null ? "" : ticket.orderNumber(),
                "agent.name",
                agentName == null ? "" : agentName);
        Matcher fields = FIELD.matcher(macro.body());
        StringBuilder text = new StringBuilder();
        while (fields.find()) {
            fields.appendReplacement(text, Matcher.quoteReplacement(values.getOrDefault(fields.group(1), "")));
        }
        fields.appendTail(text);
        return new Macro.Filled(text.toString(), macro.status(), macro.priority(), macro.tags());
    }
}
