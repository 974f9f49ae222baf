package io.orgaudit.launch;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

import io.orgaudit.access.KnownRegions;
import io.orgaudit.demo.DemoConfiguration;
import io.orgaudit.framework.FrameworkCatalog;
import io.orgaudit.rule.RuleCatalog;
import io.orgaudit.settings.ScanSettings;
import io.orgaudit.settings.StartupSettings;

/**
 * Checks the whole configuration once the environment is prepared (every jobs file imported, logging set up) and
 * before the application context exists, so bad input stops orgaudit before the database is opened: nothing
 * collected can change. Registered in META-INF/spring.factories.
 */
public final class StartupChecks implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ScanSettings settings = StartupSettings.check(event.getEnvironment(), event.getArgs(),
                KnownRegions.ofSdk().names());
        RuleCatalog rules = RuleCatalog.fromClasspath();
        rules.selectOrAll(settings.rules());
        FrameworkCatalog.load(settings.frameworks().operatorDirectory(), rules.ids());
        if (settings.demo() && !"demo".equals(settings.simulator().scenario())) {
            DemoConfiguration.checkScenario(settings.simulator().scenario());
        }
        OutputDirectoryCheck.confirmWritable(settings.output().directory());
    }

    /** After Boot's listeners (config files, logging), so the check sees every setting and logs as configured. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
