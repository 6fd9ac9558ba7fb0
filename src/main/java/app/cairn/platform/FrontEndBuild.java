package app.cairn.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether this build of Cairn can show its UI: a production build carries its compiled front end (Vaadin's
 * {@code flow-build-info.json} says production mode), a development build runs Vaadin's development server. A plain
 * {@code ./mvnw package} makes neither: its jar would start and then fail on the first page with "'vaadin-dev-server'
 * not found", so it is stopped at once with what to build instead.
 */
public final class FrontEndBuild {

    static final String BUILD_INFO = "META-INF/VAADIN/config/flow-build-info.json";
    static final String DEV_SERVER = "com/vaadin/base/devserver/DevModeHandlerManagerImpl.class";
    private static final Pattern PRODUCTION = Pattern.compile("\"productionMode\"\\s*:\\s*true");

    private FrontEndBuild() {}

    /** Why the classes seen by the loader cannot show the UI, or empty when they can. */
    public static Optional<String> problem(ClassLoader loader) {
        if (loader.getResource(DEV_SERVER) != null || productionBuild(loader)) {
            return Optional.empty();
        }
        return Optional.of("""
                This jar has no compiled front end and no Vaadin development server, so Cairn's pages cannot be shown.
                Build the production jar with:   ./mvnw -Pproduction -DskipTests package
                (it compiles the front end; Node 24 must be on the PATH), then run java -jar target/cairn.jar.
                To run from the sources instead:  ./mvnw spring-boot:run""");
    }

    private static boolean productionBuild(ClassLoader loader) {
        URL info = loader.getResource(BUILD_INFO);
        if (info == null) {
            return false;
        }
        try (InputStream in = info.openStream()) {
            return PRODUCTION
                    .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .find();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
