package app.cairn.support;

import app.cairn.customer.CustomerFixtures;
import app.cairn.shared.StaffRole;
import app.cairn.staff.StaffFixtures;
import app.cairn.staff.StaffManagement;
import app.cairn.staff.StaffMember;

/** Tickets and agents for support tests. */
public final class SupportFixtures {

    private SupportFixtures() {}

    /** A new agent, saved. */
    public static StaffMember agent(StaffManagement staff) {
        return staff.create(StaffFixtures.newAccount("agent", StaffRole.AGENT));
    }

    /** The actor for a staff member. */
    public static Actor as(StaffMember member) {
        return Actor.staff(member.id(), member.username());
    }

    /** A ticket a new customer opened through the API about a late parcel. */
    public static Ticket lateParcel(TicketManagement tickets) {
        return tickets.open(
                NewTicket.fromCustomer(
                        TicketChannel.API,
                        CustomerFixtures.uniqueEmail("late"),
                        "Where is my parcel?",
                        "I ordered a week ago and nothing has arrived."),
                Actor.system("test"));
    }
}
