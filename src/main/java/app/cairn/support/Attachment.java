package app.cairn.support;

/**
 * A file that came with a ticket message.
 *
 * @param size its size in bytes
 * @param refused why it was not kept ({@code TOO_LARGE}, {@code BLOCKED_TYPE}), or null when it was
 */
public record Attachment(long id, long messageId, String fileName, String contentType, long size, String refused) {

    /** Whether the file was kept and can be downloaded. */
    public boolean kept() {
        return refused == null;
    }
}
