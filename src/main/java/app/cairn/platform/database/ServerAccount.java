package app.cairn.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

/**
 * The account Cairn signs in to its embedded server with: user {@value #USER} on 127.0.0.1 with a generated
 * password, kept beside the data folder in a file only the owner can read. At each start the server is handed a
 * start-up script (owner-only, deleted once the server is up) that creates the schema and the account, sets the
 * password from the file, grants the account that schema alone (and {@code PROCESS}, for the InnoDB status), and
 * removes anonymous accounts. Root signs in only through the server's socket as the operating-system root, and the
 * socket sits in the owner-only data folder.
 */
final class ServerAccount {

    static final String USER = "cairn";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int LENGTH = 32;

    private final Path startScript;
    private final String password;

    private ServerAccount(Path startScript, String password) {
        this.startScript = startScript;
        this.password = password;
    }

    /** The account of the server with data in {@code dataDir}: its password read, or made and stored. */
    static ServerAccount of(Path dataDir) throws IOException {
        String name = dataDir.getFileName().toString();
        Path passwordFile = dataDir.resolveSibling(name + "-password");
        Path startScript = dataDir.resolveSibling(name + "-start.sql");
        Files.createDirectories(dataDir.getParent());
        String password;
        if (Files.exists(passwordFile)) {
            password = Files.readString(passwordFile).strip();
            if (!password.matches("[A-Za-z0-9]{16,}")) {
                throw new IllegalStateException("The embedded database password in " + passwordFile
                        + " must be at least 16 letters and digits; delete the file to have a new one made");
            }
            Files.setPosixFilePermissions(passwordFile, OWNER_ONLY);
        } else {
            password = generate();
            Files.deleteIfExists(passwordFile);
            Files.createFile(passwordFile, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.writeString(passwordFile, password + "\n");
        }
        return new ServerAccount(startScript, password);
    }

    String password() {
        return password;
    }

    /** Writes the start-up script for {@code schema} (owner-only) and returns its path. */
    Path writeStartScript(String schema) throws IOException {
        String database = "`" + schema.replace("`", "") + "`";
        String account = "'" + USER + "'@'127.0.0.1'";
        String script = String.join(
                "\n",
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "FLUSH PRIVILEGES;",
                "CREATE DATABASE IF NOT EXISTS " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + password + "';",
                "ALTER USER " + account + " IDENTIFIED BY '" + password + "';",
                "GRANT ALL PRIVILEGES ON " + database + ".* TO " + account + ";",
                "GRANT PROCESS ON *.* TO " + account + ";",
                "");
        Files.deleteIfExists(startScript);
        Files.createFile(startScript, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.writeString(startScript, script);
        return startScript;
    }

    /** Deletes the start-up script, which holds the password. */
    void deleteStartScript() throws IOException {
        Files.deleteIfExists(startScript);
    }

    /** Makes a folder the server uses readable and writable by the owner only. */
    static void ownerOnly(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
        }
    }

    // letters and digits only, so the password needs no quoting in SQL
    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return password.toString();
    }
}
