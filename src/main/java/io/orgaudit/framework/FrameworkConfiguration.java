package io.orgaudit.framework;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.orgaudit.rule.RuleCatalog;
import io.orgaudit.settings.ScanSettings;

@Configuration(proxyBeanMethods = false)
class FrameworkConfiguration {

    @Bean
    FrameworkCatalog frameworkCatalog(ScanSettings settings, RuleCatalog rules) {
        return FrameworkCatalog.load(settings.frameworks().operatorDirectory(), rules.ids());
    }
}
