package io.orgaudit.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The stores of orgaudit's own tables, as beans so that their @Transactional methods run in transactions. */
@Configuration(proxyBeanMethods = false)
class StoreBeans {

    @Bean
    RunStore runStore(JdbcTemplate jdbc) {
        return new RunStore(jdbc);
    }

    @Bean
    AccountStore accountStore(JdbcTemplate jdbc) {
        return new AccountStore(jdbc);
    }

    @Bean
    OwnerTagStore ownerTagStore(JdbcTemplate jdbc) {
        return new OwnerTagStore(jdbc);
    }

    @Bean
    VerdictStore verdictStore(JdbcTemplate jdbc) {
        return new VerdictStore(jdbc);
    }

    @Bean
    ExceptionStore exceptionStore(JdbcTemplate jdbc) {
        return new ExceptionStore(jdbc);
    }

    @Bean
    TrendStore trendStore(JdbcTemplate jdbc) {
        return new TrendStore(jdbc);
    }

    @Bean
    EvidenceStore evidenceStore(JdbcTemplate jdbc, VerdictStore verdictStore) {
        return new EvidenceStore(jdbc, verdictStore);
    }
}
