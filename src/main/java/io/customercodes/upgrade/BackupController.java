package io.customercodes.upgrade;

import io.customercodes.security.CurrentUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators back up the default H2 database while the app runs (README: "Upgrades, backup and restore"). */
@RestController
class BackupController {

    private static final Logger log = LoggerFactory.getLogger(BackupController.class);

    record BackupJson(String file, long bytes) {
    }

    private final DatabaseBackup backup;
    private final CurrentUser user;

    BackupController(DatabaseBackup backup, CurrentUser user) {
        this.backup = backup;
        this.user = user;
    }

    @PostMapping("/api/admin/backups")
    @ResponseStatus(HttpStatus.CREATED)
    BackupJson backUp() {
        String admin = user.requireAdministrator();
        Path file = backup.backUp();
        try {
            long bytes = Files.size(file);
            log.info("{} backed up the database to {} ({} bytes)", admin, file, bytes);
            return new BackupJson(file.toString(), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
