/**
 * Technical wiring every module stands on: the database (embedded MariaDB or external MySQL), security,
 * Quartz, error handling and the injected clock. Holds no domain types.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Platform",
        allowedDependencies = {"shared"})
package app.cairn.platform;
