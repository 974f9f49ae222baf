package io.orgaudit.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

import io.orgaudit.settings.ScanSettings;
import io.orgaudit.simulator.SimulatedAws;
import io.orgaudit.simulator.scenario.Scenario;

/** Clients that act as an account: the account's credentials on every call and page, one AssumeRole per account. */
class AccountSessionTest {

    private static final String MEMBER_A = "222222222222";
    private static final String MEMBER_B = "333333333333";

    private SimulatedAws simulator;
    private AwsAccess access;

    @BeforeEach
    void start() {
        simulator = SimulatedAws.start(Scenario.builder()
                .account(MEMBER_A, a -> a.trail("a-trail", "us-east-1", t -> { })
                        .logGroup("big", "us-east-1", g -> {
                            for (int i = 0; i < 120; i++) {
                                g.metricFilter("filter-" + i, "{ $.n = " + i + " }", "Metric" + i, "Test");
                            }
                        }))
                .account(MEMBER_B, b -> b.trail("b-trail", "us-east-1", t -> { })
                        .topic("alerts", "us-east-1", t -> t.confirmed("email", "sec@example.com")))
                .build());
        ScanSettings settings = new Binder(new MapConfigurationPropertySource(Map.of("orgaudit.source", "aws")))
                .bindOrCreate("orgaudit", ScanSettings.class);
        access = new AwsAccess(settings, new AwsTarget(Optional.of(simulator.endpoint()), StaticCredentialsProvider.create(
                AwsBasicCredentials.create(simulator.hubAccessKeyId(), simulator.hubSecretAccessKey())), "test"));
    }

    @AfterEach
    void stop() {
        access.close();
        simulator.close();
    }

    @Test
    void eachAccountsClientsCallAsThatAccount() {
        List<String> a = trailNames(access.session(MEMBER_A).cloudTrail("us-east-1"));
        List<String> b = trailNames(access.session(MEMBER_B).cloudTrail("us-east-1"));

        assertThat(a).containsExactly("a-trail");
        assertThat(b).containsExactly("b-trail");
        assertThat(simulator.calls().count("DescribeTrails", MEMBER_A)).isEqualTo(1);
        assertThat(simulator.calls().count("DescribeTrails", MEMBER_B)).isEqualTo(1);
    }

    @Test
    void everyPageOfAPaginatedCallCarriesTheAccountsCredentials() {
        long filters = access.session(MEMBER_A).logs("us-east-1")
                .describeMetricFiltersPaginator(r -> r.logGroupName("big")).metricFilters().stream().count();

        assertThat(filters).isEqualTo(120);
        assertThat(simulator.calls().count("DescribeMetricFilters", MEMBER_A)).isEqualTo(3);
    }

    @Test
    void everyOperationTheEvidenceNeedsGoesOutAsTheAccount() {
        AccountSession session = access.session(MEMBER_A);
        String trail = "arn:aws:cloudtrail:us-east-1:" + MEMBER_A + ":trail/a-trail";

        session.cloudTrail("us-east-1").getTrailStatus(r -> r.name(trail));
        session.cloudTrail("us-east-1").getEventSelectors(r -> r.trailName(trail));
        session.cloudWatch("us-east-1").describeAlarmsForMetric(r -> r.metricName("Metric1").namespace("Test"));
        session.account().listRegionsPaginator(r -> { }).regions().stream().count();
        // A topic is read as the account that owns it.
        long subscribers = access.session(MEMBER_B).sns("us-east-1").listSubscriptionsByTopicPaginator(r -> r.topicArn(
                "arn:aws:sns:us-east-1:" + MEMBER_B + ":alerts")).subscriptions().stream().count();

        for (String operation : List.of("GetTrailStatus", "GetEventSelectors", "DescribeAlarmsForMetric", "ListRegions")) {
            assertThat(simulator.calls().count(operation, MEMBER_A)).as(operation).isEqualTo(1);
        }
        assertThat(subscribers).isEqualTo(1);
        assertThat(simulator.calls().count("ListSubscriptionsByTopic", MEMBER_B)).isEqualTo(1);
        // DescribeTrails and paginated DescribeMetricFilters: the tests above.
    }

    @Test
    void anOperationTheScanDoesNotMakeIsRefusedRatherThanSentWithoutTheAccountsCredentials() {
        CloudTrailClient cloudTrail = access.session(MEMBER_A).cloudTrail("us-east-1");

        assertThatThrownBy(() -> cloudTrail.listTrails(r -> { })).isInstanceOf(UnsupportedOperationException.class);
        assertThat(simulator.calls().count("ListTrails")).isZero();
    }

    @Test
    void closingOneAccountsClientLeavesTheOthersWorking() {
        access.session(MEMBER_A).cloudTrail("us-east-1").close();
        access.release(MEMBER_A);

        assertThat(trailNames(access.session(MEMBER_B).cloudTrail("us-east-1"))).containsExactly("b-trail");
        assertThat(trailNames(access.session(MEMBER_A).cloudTrail("us-east-1"))).containsExactly("a-trail");
    }

    @Test
    void theRoleIsAssumedOncePerAccountHoweverManyAskAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<AccountSession>> sessions = pool.invokeAll(java.util.Collections.nCopies(16,
                    () -> access.session(MEMBER_A)));
            for (Future<AccountSession> session : sessions) {
                assertThat(session.get()).isSameAs(sessions.get(0).get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(simulator.calls().count("AssumeRole")).isEqualTo(1);
    }

    private static List<String> trailNames(CloudTrailClient cloudTrail) {
        return cloudTrail.describeTrails(r -> r.includeShadowTrails(true)).trailList().stream()
                .map(trail -> trail.name()).toList();
    }
}
