package io.customercodes.retention;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the nightly retention work (our records); the engine's history cleanup runs as an engine job. */
@Configuration
@EnableScheduling
class RetentionSchedule {
}
