package app.cairn;

import app.cairn.platform.FrontEndBuild;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Starts Cairn: one deployable monolith whose modules are the top-level packages below this one. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class CairnApplication {

    /**
     * Runs the application.
     *
     * @param args command-line arguments, passed on to Spring Boot
     *     <p>A jar without its front end (a plain {@code ./mvnw package}) stops at once, saying what to build.
     */
    public static void main(String[] args) {
        Optional<String> frontEnd = FrontEndBuild.problem(CairnApplication.class.getClassLoader());
        if (frontEnd.isPresent()) {
            LoggerFactory.getLogger(CairnApplication.class).error(frontEnd.get());
            System.exit(2);
        }
        SpringApplication.run(CairnApplication.class, args);
    }
}
