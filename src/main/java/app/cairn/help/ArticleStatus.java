package app.cairn.help;

/** Where an article is in its life. */
public enum ArticleStatus {
    /** Being written: agents see it, customers do not. */
    DRAFT,
    /** On the public help centre, and used for answers. */
    PUBLISHED,
    /** Taken down; kept, and can be published again. */
    ARCHIVED
}
