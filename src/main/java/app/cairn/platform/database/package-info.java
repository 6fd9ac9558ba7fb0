/** The database connection: embedded MariaDB by default, an external MySQL or MariaDB when configured. */
package app.cairn.platform.database;
