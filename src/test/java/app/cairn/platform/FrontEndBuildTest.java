package app.cairn.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontEndBuildTest {

    @TempDir
    Path classes;

    @Test
    void aJarWithoutFrontEndOrDevelopmentServerSaysHowToBuildTheProductionJar() throws Exception {
        try (URLClassLoader jar = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            assertThat(FrontEndBuild.problem(jar)).hasValueSatisfying(message -> assertThat(message)
                    .contains("./mvnw -Pproduction -DskipTests package"));
        }
    }

    @Test
    void aProductionBuildStarts() throws Exception {
        Path info = classes.resolve(FrontEndBuild.BUILD_INFO);
        Files.createDirectories(info.getParent());
        Files.writeString(info, "{\"productionMode\": true, \"npmFolder\": \"x\"}");
        try (URLClassLoader jar = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            assertThat(FrontEndBuild.problem(jar)).isEmpty();
        }
    }

    @Test
    void theDevelopmentBuildOnTheTestClassPathStarts() {
        assertThat(FrontEndBuild.problem(getClass().getClassLoader())).isEmpty();
    }
}
