package io.orgaudit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

import io.orgaudit.simulator.scenario.EventSelectors;
import io.orgaudit.simulator.scenario.Scenario;

class CloudTrailApiTest {

    private static final String ORG_TRAIL = "arn:aws:cloudtrail:us-east-1:111111111111:trail/org";
    private static final String MEMBER_TRAIL = "arn:aws:cloudtrail:eu-west-1:222222222222:trail/everywhere";

    private static SimulatedAws sim;
    private static SdkClients sdk;
    private static AwsCredentialsProvider member;
    private static AwsCredentialsProvider sandbox;

    @BeforeAll
    static void start() {
        sim = SimulatedAws.start(Scenario.builder()
                .defaultRegions("us-east-1", "us-west-2", "eu-west-1")
                .account("111111111111", a -> a
                        .trail("org", "us-east-1", t -> t.organizationTrail(true).appliesToOus("Workloads").logGroup("org-logs"))
                        .trail("org-west", "us-west-2", t -> t.organizationTrail(true).multiRegion(false)))
                .account("222222222222", a -> a.ou("Workloads/Prod")
                        .trail("local", "us-west-2", t -> t.multiRegion(false))
                        .trail("everywhere", "eu-west-1", t -> t.logging(false).eventSelectors(EventSelectors.ADVANCED)
                                .logGroup("ct", null, "us-east-1")))
                .account("333333333333", a -> a.ou("Sandbox"))
                .build());
        sdk = new SdkClients(sim);
        member = sdk.assume("222222222222");
        sandbox = sdk.assume("333333333333");
    }

    @AfterAll
    static void stop() {
        sdk.close();
        sim.close();
    }

    @Test
    void memberSeesItsTrailsItsShadowTrailsAndTheOrganizationTrailsThatCoverIt() {
        assertThat(names(member, Region.US_EAST_1, true)).containsExactlyInAnyOrder("everywhere", "org");
        assertThat(names(member, Region.US_WEST_2, true)).containsExactlyInAnyOrder("local", "everywhere", "org", "org-west");
        assertThat(names(member, Region.US_EAST_1, false)).containsExactly("org");
    }

    @Test
    void organizationTrailLimitedToAnOuIsInvisibleOutsideIt() {
        assertThat(names(sandbox, Region.US_EAST_1, true)).isEmpty();
        assertThat(names(sandbox, Region.US_WEST_2, true)).containsExactly("org-west");
    }

    @Test
    void describesTrailFieldsIncludingTheLogGroupArn() {
        Trail org = trails(member, Region.US_EAST_1, true).stream().filter(t -> t.name().equals("org")).findFirst().orElseThrow();
        assertThat(org.trailARN()).isEqualTo(ORG_TRAIL);
        assertThat(org.homeRegion()).isEqualTo("us-east-1");
        assertThat(org.isOrganizationTrail()).isTrue();
        assertThat(org.isMultiRegionTrail()).isTrue();
        assertThat(org.cloudWatchLogsLogGroupArn()).isEqualTo("arn:aws:logs:us-east-1:111111111111:log-group:org-logs:*");
        assertThat(org.cloudWatchLogsRoleArn()).startsWith("arn:aws:iam::111111111111:role/");
        assertThat(org.hasCustomEventSelectors()).isFalse();
        Trail local = trails(member, Region.US_WEST_2, true).stream().filter(t -> t.name().equals("local")).findFirst().orElseThrow();
        assertThat(local.cloudWatchLogsLogGroupArn()).isNull();
        assertThat(local.isOrganizationTrail()).isFalse();
        Trail everywhere = trails(member, Region.US_WEST_2, true).stream().filter(t -> t.name().equals("everywhere")).findFirst().orElseThrow();
        assertThat(everywhere.cloudWatchLogsLogGroupArn()).isEqualTo("arn:aws:logs:us-east-1:222222222222:log-group:ct:*");
    }

    @Test
    void filtersByTrailNameOrArn() {
        try (CloudTrailClient cloudTrail = sdk.cloudTrail(member, Region.US_WEST_2)) {
            assertThat(cloudTrail.describeTrails(r -> r.trailNameList("local", ORG_TRAIL)).trailList())
                    .extracting(Trail::name).containsExactlyInAnyOrder("local", "org");
        }
    }

    @Test
    void trailStatusIsAnsweredInTheHomeRegionToTheOwnerOnly() {
        try (CloudTrailClient covered = sdk.cloudTrail(member, Region.US_EAST_1);
             CloudTrailClient outsider = sdk.cloudTrail(sandbox, Region.US_EAST_1);
             CloudTrailClient owner = sdk.cloudTrail(sdk.hub(), Region.US_EAST_1);
             CloudTrailClient ownerAway = sdk.cloudTrail(sdk.hub(), Region.US_WEST_2)) {
            assertThat(owner.getTrailStatus(r -> r.name(ORG_TRAIL)).isLogging()).isTrue();
            assertThat(owner.getTrailStatus(r -> r.name(ORG_TRAIL)).latestCloudWatchLogsDeliveryTime()).isNotNull();
            assertThat(AwsErrors.codeOf(() -> ownerAway.getTrailStatus(r -> r.name(ORG_TRAIL))))
                    .isEqualTo("TrailNotFoundException");
            // A member sees the organization trail in DescribeTrails, but CloudTrail refuses it the trail's status.
            for (CloudTrailClient other : List.of(covered, outsider)) {
                assertThat(AwsErrors.codeOf(() -> other.getTrailStatus(r -> r.name(ORG_TRAIL))))
                        .isEqualTo("CloudTrailARNInvalidException");
                assertThat(AwsErrors.codeOf(() -> other.getEventSelectors(r -> r.trailName(ORG_TRAIL))))
                        .isEqualTo("CloudTrailARNInvalidException");
            }
        }
        try (CloudTrailClient euWest = sdk.cloudTrail(member, Region.EU_WEST_1)) {
            var status = euWest.getTrailStatus(r -> r.name(MEMBER_TRAIL));
            assertThat(status.isLogging()).isFalse();
            assertThat(status.stopLoggingTime()).isNotNull();
            assertThat(euWest.getTrailStatus(r -> r.name("everywhere")).isLogging()).isFalse();
        }
    }

    @Test
    void eventSelectorsAreBasicOrAdvancedAsDescribed() {
        try (CloudTrailClient usEast = sdk.cloudTrail(sdk.hub(), Region.US_EAST_1);
             CloudTrailClient euWest = sdk.cloudTrail(member, Region.EU_WEST_1)) {
            var basic = usEast.getEventSelectors(r -> r.trailName(ORG_TRAIL));
            assertThat(basic.trailARN()).isEqualTo(ORG_TRAIL);
            assertThat(basic.eventSelectors()).singleElement().satisfies(s -> {
                assertThat(s.readWriteType()).isEqualTo(ReadWriteType.ALL);
                assertThat(s.includeManagementEvents()).isTrue();
            });
            var advanced = euWest.getEventSelectors(r -> r.trailName(MEMBER_TRAIL));
            assertThat(advanced.eventSelectors()).isEmpty();
            assertThat(advanced.advancedEventSelectors()).singleElement().satisfies(s -> assertThat(s.fieldSelectors())
                    .singleElement().satisfies(f -> {
                        assertThat(f.field()).isEqualTo("eventCategory");
                        assertThat(f.equalsValue()).containsExactly("Management");
                    }));
        }
    }

    private static List<String> names(AwsCredentialsProvider credentials, Region region, boolean shadows) {
        return trails(credentials, region, shadows).stream().map(Trail::name).toList();
    }

    private static List<Trail> trails(AwsCredentialsProvider credentials, Region region, boolean shadows) {
        try (CloudTrailClient cloudTrail = sdk.cloudTrail(credentials, region)) {
            return cloudTrail.describeTrails(r -> r.includeShadowTrails(shadows)).trailList();
        }
    }
}
