package io.orgaudit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.ListSubscriptionsByTopicResponse;
import software.amazon.awssdk.services.sns.model.Subscription;

import io.orgaudit.simulator.scenario.Scenario;

class SnsApiTest {

    private static final String ALERTS = "arn:aws:sns:us-east-1:111111111111:alerts";
    private static final String CROWDED = "arn:aws:sns:us-east-1:111111111111:crowded";

    private static SimulatedAws sim;
    private static SdkClients sdk;

    @BeforeAll
    static void start() {
        sim = SimulatedAws.start(Scenario.builder()
                .account("111111111111", a -> a
                        .topic("alerts", "us-east-1", t -> t.confirmed("email", "soc@example.com").pending("email", "new@example.com"))
                        .topic("crowded", "us-east-1", t -> {
                            for (int i = 0; i < 250; i++) {
                                t.confirmed("sqs", "arn:aws:sqs:us-east-1:111111111111:queue-" + i);
                            }
                        }))
                .account("222222222222", a -> a.name("member"))
                .build());
        sdk = new SdkClients(sim);
    }

    @AfterAll
    static void stop() {
        sdk.close();
        sim.close();
    }

    @Test
    void listsConfirmedAndPendingSubscriptions() {
        try (SnsClient sns = sdk.sns(sdk.hub(), Region.US_EAST_1)) {
            List<Subscription> subscriptions = sns.listSubscriptionsByTopic(r -> r.topicArn(ALERTS)).subscriptions();
            assertThat(subscriptions).hasSize(2);
            Subscription confirmed = subscriptions.get(0);
            assertThat(confirmed.subscriptionArn()).startsWith(ALERTS + ":").hasSize(ALERTS.length() + 37);
            assertThat(confirmed.protocol()).isEqualTo("email");
            assertThat(confirmed.endpoint()).isEqualTo("soc@example.com");
            assertThat(confirmed.owner()).isEqualTo("111111111111");
            assertThat(confirmed.topicArn()).isEqualTo(ALERTS);
            assertThat(subscriptions.get(1).subscriptionArn()).isEqualTo("PendingConfirmation");
            assertThat(sns.listSubscriptionsByTopic(r -> r.topicArn(ALERTS)).subscriptions().get(0).subscriptionArn())
                    .as("stable between calls").isEqualTo(confirmed.subscriptionArn());
        }
    }

    @Test
    void pagesAHundredSubscriptionsAtATime() {
        try (SnsClient sns = sdk.sns(sdk.hub(), Region.US_EAST_1)) {
            List<ListSubscriptionsByTopicResponse> pages = sns.listSubscriptionsByTopicPaginator(r -> r.topicArn(CROWDED))
                    .stream().toList();
            assertThat(pages).extracting(page -> page.subscriptions().size()).containsExactly(100, 100, 50);
            assertThat(pages.stream().flatMap(page -> page.subscriptions().stream()).map(Subscription::endpoint))
                    .hasSize(250).doesNotHaveDuplicates();
        }
    }

    @Test
    void unknownTopicIsNotFoundAndAnotherAccountsTopicIsAnAuthorizationError() {
        try (SnsClient hub = sdk.sns(sdk.hub(), Region.US_EAST_1);
             SnsClient member = sdk.sns(sdk.assume("222222222222"), Region.US_EAST_1);
             SnsClient elsewhere = sdk.sns(sdk.hub(), Region.EU_WEST_1)) {
            var notFound = AwsErrors.errorOf(() -> hub.listSubscriptionsByTopic(r -> r.topicArn(ALERTS + "-gone")));
            assertThat(notFound.awsErrorDetails().errorCode()).isEqualTo("NotFound");
            assertThat(notFound.statusCode()).isEqualTo(404);
            var denied = AwsErrors.errorOf(() -> member.listSubscriptionsByTopic(r -> r.topicArn(ALERTS)));
            assertThat(denied.awsErrorDetails().errorCode()).isEqualTo("AuthorizationError");
            assertThat(denied.statusCode()).isEqualTo(403);
            assertThat(AwsErrors.codeOf(() -> elsewhere.listSubscriptionsByTopic(r -> r.topicArn(ALERTS))))
                    .isEqualTo("InvalidParameter");
        }
    }
}
