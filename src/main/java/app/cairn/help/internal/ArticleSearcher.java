package app.cairn.help.internal;

import app.cairn.search.SearchText;
import app.cairn.search.TextLanguage;
import app.cairn.textanalysis.Intent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * Finds published articles for a text: its words in the English field (stemmed) and the Chinese one (cut into
 * words), any of them matching, the best first; articles written for the given intent rank far above the others.
 */
@Component
public class ArticleSearcher {

    private static final float INTENT_BOOST = 20f;

    private final EntityManagerFactory factory;

    ArticleSearcher(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** The ids of the best published articles for the text (and intent, when given), best first. */
    public List<Long> find(String text, Intent intent, int limit) {
        String words = text == null ? "" : text.strip();
        if (words.isEmpty() && intent == null) {
            return List.of();
        }
        try (EntityManager entityManager = factory.createEntityManager()) {
            return Search.session(entityManager)
                    .search(IndexedArticle.class)
                    .select(f -> f.id(Long.class))
                    .where(f -> f.bool().with(all -> {
                        all.filter(f.match().field("status").matching("PUBLISHED"));
                        all.must(f.bool().with(any -> {
                            if (!words.isEmpty()) {
                                any.should(f.match()
                                        .field(IndexedArticle.ENGLISH)
                                        .matching(SearchText.query(words, TextLanguage.ENGLISH)));
                                if (SearchText.hasChinese(words)) {
                                    any.should(f.match()
                                            .field(IndexedArticle.CHINESE)
                                            .matching(SearchText.query(words, TextLanguage.CHINESE)));
                                }
                            }
                            if (intent != null) {
                                any.should(f.match()
                                        .field("intent")
                                        .matching(intent.name())
                                        .boost(INTENT_BOOST));
                            }
                        }));
                    }))
                    .fetchHits(limit);
        }
    }
}
