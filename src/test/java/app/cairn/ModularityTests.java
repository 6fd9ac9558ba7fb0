package app.cairn;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Checks the module structure on every build and writes the module documentation (target/spring-modulith-docs). */
class ModularityTests {

    final ApplicationModules modules = ApplicationModules.of(CairnApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
