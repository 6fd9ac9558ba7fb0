package app.cairn.returns.ui;

import app.cairn.customer.CustomerSection;
import app.cairn.returns.Returns;
import app.cairn.shared.Roles;
import app.cairn.staff.StaffManagement;
import app.cairn.support.Actor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The customer page's returns. Agents and admins move them on from here; marketers see them. A refunded return's
 * credit note shows among the orders, and the spend figures above already count it.
 */
@org.springframework.stereotype.Component
class CustomerReturnsSection implements CustomerSection {

    private final Returns returns;
    private final AuthenticationContext authentication;
    private final StaffManagement staff;

    CustomerReturnsSection(Returns returns, AuthenticationContext authentication, StaffManagement staff) {
        this.returns = returns;
        this.authentication = authentication;
        this.staff = staff;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public String titleKey() {
        return "returns.section.customer";
    }

    @Override
    public Component create(long customerId) {
        Actor actor = authentication.hasAnyRole(Roles.ADMIN, Roles.AGENT)
                ? authentication
                        .getPrincipalName()
                        .flatMap(staff::findByUsername)
                        .map(member -> Actor.staff(member.id(), member.username()))
                        .orElse(null)
                : null;
        ReturnsList list = new ReturnsList(
                returns,
                () -> returns.ofCustomer(customerId, 0, 100),
                actor,
                () -> com.vaadin.flow.component.UI.getCurrent().refreshCurrentRoute(false));
        list.setId("customer-returns");
        return list;
    }
}
