package io.orgaudit.scan;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import io.orgaudit.access.AwsAccess;
import io.orgaudit.evidence.EvidenceCollector;
import io.orgaudit.organization.OrganizationDirectory;
import io.orgaudit.organization.RegionResolver;
import io.orgaudit.rule.RuleCatalog;
import io.orgaudit.rule.RuleEngine;
import io.orgaudit.rule.SelectedRules;
import io.orgaudit.settings.ScanSettings;
import io.orgaudit.store.AccountStore;
import io.orgaudit.store.EvidenceStore;
import io.orgaudit.store.OwnerTagStore;
import io.orgaudit.store.RunStore;

/** What a scan of the organization is made of: the listing, the collection of evidence and the judging. */
@Configuration(proxyBeanMethods = false)
class ScanBeans {

    @Bean
    OrganizationDirectory organizationDirectory(AwsAccess access) {
        return new OrganizationDirectory(access);
    }

    @Bean
    RegionResolver regionResolver(ScanSettings settings) {
        return new RegionResolver(settings.regions());
    }

    @Bean
    EvidenceCollector evidenceCollector(AwsAccess access, RuleCatalog catalog, SelectedRules rules,
                                        ScanSettings settings) {
        // Under gsl no rule looks at a trail's status or event selectors: two calls per trail saved.
        boolean readTrailSettings = rules.rules().stream().anyMatch(rule -> rule.needsTrailSettings(settings.profile()));
        return new EvidenceCollector(access, catalog.filterOfInterest(rules.rules()), readTrailSettings);
    }

    @Bean
    AccountJudge accountJudge(RuleEngine engine, SelectedRules selectedRules, ScanSettings settings) {
        return new AccountJudge(engine, selectedRules.rules(), settings.profile());
    }

    @Bean
    AccountFeeds accountFeeds() {
        return new AccountFeeds();
    }

    @Bean
    ScanProgress scanProgress(ScanSettings settings) {
        return new ScanProgress(settings.progressInterval());
    }

    /** Accounts in flight at once; each account's calls run one after another, within its own AWS quotas. */
    @Bean
    ThreadPoolTaskExecutor scanExecutor(ScanSettings settings) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(settings.concurrency()); // 1 to 1024: checked at start-up, before any bean
        executor.setMaxPoolSize(settings.concurrency());
        executor.setThreadNamePrefix("scan-");
        return executor;
    }

    /**
     * The time a run starts at, and so the day its exceptions are judged on. The system's clock; a test that needs
     * another day (an exception's last day, the day after) registers its own Clock bean.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    AccountListing accountListing(ScanSettings settings, AwsAccess access, OrganizationDirectory directory,
                                  RunStore runs, AccountStore accounts, AccountFeeds feeds, Clock clock,
                                  OwnerTagStore ownerTags) {
        return new AccountListing(settings, access, directory, runs, accounts, feeds, clock,
                new OwnerTagReading(settings.owners(), access, ownerTags));
    }

    @Bean
    EvidenceCollection evidenceCollection(RunStore runs, AccountStore accounts, EvidenceStore evidence,
                                          AccountFeeds feeds, AwsAccess access, RegionResolver regions,
                                          EvidenceCollector collector, AccountJudge judge,
                                          ThreadPoolTaskExecutor scanExecutor, ScanSettings settings,
                                          ScanProgress progress) {
        AccountScanner scanner = new AccountScanner(access, regions, collector, judge, evidence,
                settings.aws().region());
        return new EvidenceCollection(runs, accounts, feeds, scanner, scanExecutor, settings.concurrency(), progress);
    }
}
