package io.orgaudit.exceptions;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.orgaudit.rule.RuleCatalog;
import io.orgaudit.settings.ScanSettings;

@Configuration(proxyBeanMethods = false)
class ExceptionsConfiguration {

    /** Read and checked at start-up: a broken file stops the run (exit 2) before any AWS call. */
    @Bean
    RunExceptions exceptionsOfFile(ScanSettings settings, RuleCatalog rules, Clock clock) {
        Path file = settings.exceptions().exceptionsFile();
        if (file == null) {
            return RunExceptions.NONE;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return new RunExceptions(file.toString(), ExceptionsFile.load(file, rules.ids(), today,
                settings.exceptions().longestHorizon().toDays()));
    }
}
