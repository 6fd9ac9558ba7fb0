package app.cairn.platform.ui;

import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/** The sign-in page. After a failed attempt it says why (wrong credentials, locked or disabled account). */
@Route(value = "login", autoLayout = false)
@PageTitle("Cairn")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    /** Builds the sign-in form, posting to Spring Security's login processing URL. */
    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> error =
                event.getLocation().getQueryParameters().getParameters().get("error");
        form.setI18n(i18n(error == null || error.isEmpty() ? null : error.getFirst()));
        form.setError(error != null);
    }

    private LoginI18n i18n(String reason) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage message = i18n.getErrorMessage();
        String key = "locked".equals(reason) || "disabled".equals(reason) ? reason : "credentials";
        message.setTitle(getTranslation("login.error." + key + ".title"));
        message.setMessage(getTranslation("login.error." + key + ".text"));
        return i18n;
    }
}
