package id.kombel.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Properties;

/**
 * The local platform's secrets: the admin and demo passwords and the key of erased members'
 * tombstones, generated on the first run and kept in the data folder (readable by its owner only),
 * never a value in the repository. {@code KOMBEL_ADMIN_EMAIL} and {@code KOMBEL_ADMIN_PASSWORD}
 * override the admin's, {@code KOMBEL_PRIVACY_SECRET} the tombstone key.
 */
record Credentials(String adminEmail, String adminPassword, String demoPassword, String privacySecret) {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    static Credentials load(Path dataDir, Map<String, String> env) throws IOException {
        Path file = dataDir.resolve("credentials.properties");
        Properties stored = new Properties();
        if (Files.exists(file)) {
            try (var in = Files.newInputStream(file)) {
                stored.load(in);
            }
        }
        boolean added = false;
        for (String key : new String[] {"admin.password", "demo.password", "privacy.secret"}) {
            // a data folder from an older version lacks the keys added since: they are added to it
            if (stored.getProperty(key) == null) {
                stored.setProperty(key, generate());
                added = true;
            }
        }
        if (added) {
            store(dataDir, file, stored);
        }
        return new Credentials(
                env.getOrDefault("KOMBEL_ADMIN_EMAIL", "admin@kombel.local"),
                env.getOrDefault("KOMBEL_ADMIN_PASSWORD", stored.getProperty("admin.password")),
                stored.getProperty("demo.password"),
                env.getOrDefault("KOMBEL_PRIVACY_SECRET", stored.getProperty("privacy.secret")));
    }

    private static void store(Path dataDir, Path file, Properties stored) throws IOException {
        Files.createDirectories(dataDir);
        if (!Files.exists(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        try (var out = Files.newOutputStream(file)) {
            stored.store(out, "Kombel local platform: generated secrets (not in the repository)");
        }
    }

    /** 20 characters from a 56-letter alphabet: about 116 bits, and easy to type. */
    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder("Kombel-");
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
