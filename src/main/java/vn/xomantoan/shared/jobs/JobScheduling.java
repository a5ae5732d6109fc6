package vn.xomantoan.shared.jobs;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on scheduled methods (the job heartbeat of {@link JobLeases}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class JobScheduling {
}
