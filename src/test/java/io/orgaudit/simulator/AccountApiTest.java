package io.orgaudit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.account.AccountClient;
import software.amazon.awssdk.services.account.model.ListRegionsResponse;
import software.amazon.awssdk.services.account.model.RegionOptStatus;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

import io.orgaudit.simulator.scenario.RegionCatalog;
import io.orgaudit.simulator.scenario.Scenario;

class AccountApiTest {

    private static SimulatedAws sim;
    private static SdkClients sdk;

    @BeforeAll
    static void start() {
        sim = SimulatedAws.start(Scenario.builder()
                .defaultRegions("us-east-1", "eu-west-1")
                .account("222222222222", a -> a.regions("us-east-1", "af-south-1"))
                .build());
        sdk = new SdkClients(sim);
    }

    @AfterAll
    static void stop() {
        sdk.close();
        sim.close();
    }

    @Test
    void listsTheCallersEnabledRegions() {
        try (AccountClient account = sdk.account(sdk.assume("222222222222"))) {
            ListRegionsResponse enabled = account.listRegions(r -> r.regionOptStatusContains(
                    RegionOptStatus.ENABLED, RegionOptStatus.ENABLED_BY_DEFAULT));
            assertThat(enabled.regions()).extracting(r -> r.regionName() + "=" + r.regionOptStatus())
                    .containsExactly("af-south-1=ENABLED", "us-east-1=ENABLED_BY_DEFAULT");
        }
        try (AccountClient account = sdk.account(sdk.hub())) {
            assertThat(account.listRegionsPaginator(r -> r.regionOptStatusContains(RegionOptStatus.ENABLED_BY_DEFAULT))
                    .regions().stream().map(r -> r.regionName()).toList()).containsExactly("eu-west-1", "us-east-1");
        }
    }

    @Test
    void listsDisabledOptInRegionsWhenUnfilteredAndPages() {
        try (AccountClient account = sdk.account(sdk.hub())) {
            List<ListRegionsResponse> pages = account.listRegionsPaginator(r -> r.maxResults(5)).stream().toList();
            assertThat(pages.get(0).regions()).hasSize(5);
            var all = pages.stream().flatMap(p -> p.regions().stream()).toList();
            assertThat(all).hasSize(2 + RegionCatalog.OPT_IN.size());
            assertThat(all).filteredOn(r -> r.regionName().equals("af-south-1")).singleElement()
                    .satisfies(r -> assertThat(r.regionOptStatus()).isEqualTo(RegionOptStatus.DISABLED));
        }
    }

    @Test
    void managementAccountMayAskForAMembersRegionsButAMemberMayNotAskForAnothers() {
        try (AccountClient hub = sdk.account(sdk.hub());
             AccountClient member = sdk.account(sdk.assume("222222222222"))) {
            assertThat(hub.listRegions(r -> r.accountId("222222222222").regionOptStatusContains(RegionOptStatus.ENABLED))
                    .regions()).extracting(r -> r.regionName()).containsExactly("af-south-1");
            var denied = AwsErrors.errorOf(() -> member.listRegions(r -> r.accountId("111111111111")));
            assertThat(denied.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
            assertThat(denied.statusCode()).isEqualTo(403);
        }
    }

    @Test
    void regionalServicesRefuseAnOptInRegionTheAccountHasNotEnabled() {
        try (CloudTrailClient disabled = sdk.cloudTrail(sdk.hub(), Region.AF_SOUTH_1);
             CloudTrailClient enabled = sdk.cloudTrail(sdk.assume("222222222222"), Region.AF_SOUTH_1)) {
            assertThat(AwsErrors.codeOf(disabled::describeTrails)).isEqualTo("UnrecognizedClientException");
            assertThat(enabled.describeTrails().trailList()).isEmpty();
        }
    }
}
