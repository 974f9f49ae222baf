package io.orgaudit.rule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.orgaudit.settings.ScanSettings;

@Configuration(proxyBeanMethods = false)
class RuleConfiguration {

    @Bean
    RuleCatalog ruleCatalog() {
        return RuleCatalog.fromClasspath();
    }

    @Bean
    SelectedRules selectedRules(RuleCatalog catalog, ScanSettings settings) {
        return new SelectedRules(catalog.selectOrAll(settings.rules()));
    }

    @Bean
    RuleEngine ruleEngine(RuleCatalog catalog) {
        return new RuleEngine(catalog);
    }
}
