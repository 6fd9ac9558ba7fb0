package app.cairn.messaging.internal.templates;

import app.cairn.messaging.TemplateSyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Compiled frozen templates by content id, so a broadcast's template is compiled once, not once per message. A
 * frozen template never changes, so an entry never goes stale; the least recently used go beyond
 * {@value #SIZE}.
 */
@Component
public class ContentCache {

    public static final int SIZE = 64;

    private final TemplateStore templates;
    private final TemplateEngine engine;
    private final Map<Long, Prepared> cache = new LinkedHashMap<>(SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Prepared> eldest) {
            return size() > SIZE;
        }
    };

    public ContentCache(TemplateStore templates, TemplateEngine engine) {
        this.templates = templates;
        this.engine = engine;
    }

    /** The frozen template, compiled; throws {@link TemplateSyntaxException} if it does not compile. */
    public Prepared get(long contentId) {
        synchronized (cache) {
            Prepared hit = cache.get(contentId);
            if (hit != null) {
                return hit;
            }
        }
        TemplateStore.Content content = templates
                .content(contentId)
                .orElseThrow(() -> new IllegalStateException("No e-mail content " + contentId));
        Prepared prepared =
                new Prepared(content, engine.compile(content.subject(), content.preheader(), content.htmlBody()));
        synchronized (cache) {
            cache.put(contentId, prepared);
        }
        return prepared;
    }

    /** A frozen template and its compiled form. */
    public record Prepared(TemplateStore.Content content, TemplateEngine.Compiled compiled) {}
}
