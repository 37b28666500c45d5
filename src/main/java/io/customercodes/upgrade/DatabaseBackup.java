package io.customercodes.upgrade;

import io.customercodes.system.EngineClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * A consistent copy of the default H2 file database while the app runs, made by H2's own {@code BACKUP TO}: the
 * database file is locked by the running app, so no outside tool may open it, and a plain file copy could catch
 * it half written. The zip holds the database file as it is; restoring is unpacking it into an empty data folder.
 */
@Component
class DatabaseBackup {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final JdbcTemplate jdbc;
    private final String url;
    private final Path folder;

    DatabaseBackup(JdbcTemplate jdbc, @Value("${spring.datasource.url}") String url,
            @Value("${customer-codes.backup.folder}") Path folder) {
        this.jdbc = jdbc;
        this.url = url;
        this.folder = folder;
    }

    /** Backs the database up into a new zip file in the backup folder and returns that file. */
    Path backUp() {
        if (!url.startsWith("jdbc:h2:file:")) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "The app does not run on an H2 file database; "
                    + "back PostgreSQL up with pg_dump");
        }
        try {
            Files.createDirectories(folder);
            String name = "customer-codes-" + STAMP.format(EngineClock.now());
            Path file = folder.resolve(name + ".zip").toAbsolutePath();
            for (int i = 2; Files.exists(file); i++) {
                file = folder.resolve(name + "-" + i + ".zip").toAbsolutePath();
            }
            // The path is ours (configured folder, timestamp), never a caller's.
            jdbc.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a backup into " + folder.toAbsolutePath(), e);
        }
    }
}
