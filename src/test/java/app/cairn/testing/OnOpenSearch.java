package app.cairn.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a {@link CairnTest} (usually a subclass of a Lucene one, so the same tests run on both backends) with the
 * search index on the tests' OpenSearch node ({@link OpenSearchServer}). All such tests share one application
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ContextConfiguration(initializers = OnOpenSearch.Initializer.class)
public @interface OnOpenSearch {

    /** Points {@code cairn.search.url} at the node, starting it first. */
    class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "opensearch", java.util.Map.of("cairn.search.url", OpenSearchServer.url())));
        }
    }
}
