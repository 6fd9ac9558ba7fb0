/**
 * CSV import of customers, products and orders: reading any common CSV dialect, column mapping remembered by
 * the file's header, validation and normalisation row by row, idempotent writes on natural keys in one
 * transaction per file, progress, and a downloadable report of every problem.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Import",
        allowedDependencies = {"customer", "commerce", "shared"})
package app.cairn.imports;
