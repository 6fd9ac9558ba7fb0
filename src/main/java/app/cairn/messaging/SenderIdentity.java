package app.cairn.messaging;

/** Who a message comes from: the name and address in its From header, and where replies go (null: the From). */
public record SenderIdentity(long id, String fromName, String fromAddress, String replyTo) {

    /** Name and address as a mail program shows them. */
    public String display() {
        return fromName + " <" + fromAddress + ">";
    }
}
