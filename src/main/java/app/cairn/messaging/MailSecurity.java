package app.cairn.messaging;

/** How a connection to a mail server is protected. */
public enum MailSecurity {
    /** Plain connection (a local relay or test server only). */
    NONE,
    /** Plain connection upgraded with STARTTLS, which must succeed. */
    STARTTLS,
    /** TLS from the first byte (SMTPS on 465, IMAPS on 993). */
    TLS;

    /** Key of the option's name in the UI translations. */
    public String labelKey() {
        return "email-settings.security." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
