package app.cairn.journey.step;

import app.cairn.journey.step.SettingField.Input;
import java.util.List;
import java.util.Set;

/** Something the journey does for or to the customer. */
public sealed interface ActionStep extends StepSettings {

    /** Sends an e-mail made from a template (frozen as it was at publishing). */
    record SendEmail(Long template) implements ActionStep {

        public static final List<SettingField> FORM = List.of(SettingField.of("template", Input.TEMPLATE));

        public static SendEmail read(StoredSettings s) {
            return new SendEmail(s.id("template"));
        }

        @Override
        public List<String> missing() {
            return Unset.of("template", template);
        }
    }

    /** Sends a text message through the configured gateway; {@code {{first_name}}} and the like are filled in. */
    record SendSms(String text) implements ActionStep {

        public static final List<SettingField> FORM = List.of(SettingField.of("text", Input.TEXT_AREA));

        public static SendSms read(StoredSettings s) {
            return new SendSms(s.text("text"));
        }

        @Override
        public List<String> missing() {
            return Unset.of("text", text);
        }
    }

    /** Sets one of the customer's custom attributes to a value. */
    record UpdateProfile(String field, String value) implements ActionStep {

        public static final List<SettingField> FORM =
                List.of(SettingField.of("field", Input.TEXT), SettingField.of("value", Input.TEXT));

        public static UpdateProfile read(StoredSettings s) {
            return new UpdateProfile(s.text("field"), s.text("value"));
        }

        @Override
        public List<String> missing() {
            return Unset.of("field", field, "value", value);
        }
    }

    /**
     * Adds the customer to a static segment, or takes them out of it.
     *
     * @param change {@code add} or {@code remove}
     */
    record Membership(Long segment, String change) implements ActionStep {

        public static final List<SettingField> FORM =
                List.of(SettingField.of("segment", Input.STATIC_LIST), SettingField.options("change", "add", "remove"));

        public static Membership read(StoredSettings s) {
            return new Membership(s.id("segment"), s.word("change", Set.of("add", "remove"), null));
        }

        /** Whether the customer is taken out rather than added. */
        public boolean removes() {
            return "remove".equals(change);
        }

        @Override
        public List<String> missing() {
            return Unset.of("segment", segment, "change", change);
        }
    }

    /**
     * Opens a support ticket for the customer, for staff to act on (call a VIP back, check a large order): it starts
     * with an internal note, so the customer is not written to. {@code {{first_name}}} and the like are filled in.
     *
     * @param priority {@code low}, {@code normal}, {@code high} or {@code urgent}
     */
    record OpenTicket(String subject, String body, String priority) implements ActionStep {

        /** The longest subject a ticket has. */
        public static final int MAX_SUBJECT = 255;

        public static final List<SettingField> FORM = List.of(
                SettingField.of("subject", Input.TEXT),
                SettingField.of("body", Input.TEXT_AREA),
                SettingField.options("priority", "low", "normal", "high", "urgent"));

        public static OpenTicket read(StoredSettings s) {
            return new OpenTicket(
                    s.text("subject"),
                    s.text("body"),
                    s.word("priority", Set.of("low", "normal", "high", "urgent"), "normal"));
        }

        @Override
        public List<String> missing() {
            return Unset.of("subject", subject, "body", body);
        }

        @Override
        public List<app.cairn.journey.JourneyProblem> problems(String step) {
            return subject != null && subject.length() > MAX_SUBJECT
                    ? List.of(new app.cairn.journey.JourneyProblem(step, "journey.problem.subject-too-long", "subject"))
                    : List.of();
        }
    }

    /**
     * Posts the customer's details to a URL, signed with the secret.
     *
     * @param secret the key the request's signature is made with
     */
    record Webhook(String url, String secret) implements ActionStep {

        public static final List<SettingField> FORM =
                List.of(SettingField.of("url", Input.TEXT), SettingField.of("secret", Input.SECRET));

        public static Webhook read(StoredSettings s) {
            return new Webhook(s.text("url"), s.text("secret"));
        }

        @Override
        public List<String> missing() {
            return Unset.of("url", url, "secret", secret);
        }

        @Override
        public String toString() {
            return "Webhook[url=" + url + ", secret=" + (secret == null ? "unset" : "set") + "]";
        }
    }
}
