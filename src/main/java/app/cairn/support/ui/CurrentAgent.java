package app.cairn.support.ui;

import app.cairn.staff.StaffManagement;
import app.cairn.staff.StaffMember;
import app.cairn.support.Actor;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The staff member signed in to this page, as the support module's actor. */
final class CurrentAgent {

    private CurrentAgent() {}

    /** The signed-in staff member (pages of this module are only reachable signed in). */
    static StaffMember of(AuthenticationContext authentication, StaffManagement staff) {
        String username = authentication.getPrincipalName().orElseThrow();
        return staff.findByUsername(username).orElseThrow(() -> new IllegalStateException("No account " + username));
    }

    /** The signed-in staff member as the actor of a change. */
    static Actor actor(AuthenticationContext authentication, StaffManagement staff) {
        StaffMember member = of(authentication, staff);
        return Actor.staff(member.id(), member.username());
    }
}
