package io.orgaudit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

import io.orgaudit.simulator.scenario.Scenario;
import io.orgaudit.simulator.scenario.ScenarioException;
import io.orgaudit.simulator.scenario.SimAccount;
import io.orgaudit.simulator.scenario.SimTrail;

class ScenarioBuilderTest {

    @Test
    void smallScenariosNeedOnlyWhatTheyTestAbout() {
        Scenario scenario = Scenario.builder().account("222222222222", a -> a.ou("Sandbox")).build();
        assertThat(scenario.organizationId()).isEqualTo("o-exampleorg1");
        assertThat(scenario.auditRoleName()).isEqualTo("OrgAuditReadOnly");
        assertThat(scenario.managementAccount().id()).isEqualTo("111111111111");
        assertThat(scenario.ouPaths()).containsExactly("Sandbox");
        SimAccount member = scenario.account("222222222222").orElseThrow();
        assertThat(member.name()).isEqualTo("account-222222222222");
        assertThat(member.status()).isEqualTo("ACTIVE");
        assertThat(member.enabledRegions()).containsExactly("us-east-1");
        assertThat(member.expected()).isEmpty();
        assertThat(member.auditRoleDeployed()).isTrue();
    }

    @Test
    void anOrganizationTrailWithoutAppliesToOusCoversEveryAccount() {
        Scenario scenario = Scenario.builder()
                .account("111111111111", a -> a.trail("org", "us-east-1", t -> t.organizationTrail(true)))
                .account("222222222222", a -> a.ou("Deep/Down/Here"))
                .build();
        SimTrail trail = scenario.organizationTrails().get(0);
        assertThat(trail.coversOu("Deep/Down/Here")).isTrue();
        assertThat(trail.coversOu("")).isTrue();
        assertThat(trail.arn()).isEqualTo("arn:aws:cloudtrail:us-east-1:111111111111:trail/org");
        assertThat(scenario.ouPaths()).containsExactly("Deep", "Deep/Down", "Deep/Down/Here");
    }

    @Test
    void builderComplaintsNameTheField() {
        assertThatThrownBy(() -> Scenario.builder().account("2222", a -> { }))
                .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.path()).isEqualTo("id"));
        assertThatThrownBy(() -> Scenario.builder().account("222222222222", a -> a.trail("t", "mars-1", t -> { })))
                .hasMessageStartingWith("homeRegion: 'mars-1' is not an AWS region name");
        assertThatThrownBy(() -> Scenario.builder().account("222222222222", a -> a.ou("/Sandbox")))
                .hasMessageStartingWith("ou: '/Sandbox' is not an OU path");
        assertThatThrownBy(() -> Scenario.builder().account("222222222222",
                a -> a.alarm("a", "us-east-1", al -> al.action("topic")))).hasMessage("metricName: must be given");
        assertThatThrownBy(() -> Scenario.builder().account("111111111111", a -> a.status("SUSPENDED")).build())
                .hasMessageStartingWith("accounts[id=111111111111].status: the management account cannot be SUSPENDED");
    }

    @Test
    void toBuilderDerivesAChangedCopyAndLeavesTheOriginalAlone() {
        Scenario original = Scenario.demo();
        Scenario same = original.toBuilder().build();
        assertThat(same.accounts()).isEqualTo(original.accounts());
        assertThat(same.ouPaths()).isEqualTo(original.ouPaths());

        Scenario fixed = original.toBuilder()
                .account("444444444402", a -> a.clearResources().trail("main-trail", "us-east-1", t -> t.logGroup("cloudtrail/main")))
                .removeAccount("444444444401")
                .build();
        assertThat(fixed.account("444444444401")).isEmpty();
        assertThat(fixed.account("444444444402").orElseThrow().trails().get(0).logGroup()).isPresent();
        assertThat(original.account("444444444402").orElseThrow().trails().get(0).logGroup()).isEmpty();
    }

    @Test
    void aRunningSimulatorServesTheReplacementScenarioAndKeepsIssuedCredentials() {
        Scenario before = Scenario.builder().account("222222222222", a -> a.ou("Sandbox")).build();
        try (SimulatedAws sim = SimulatedAws.start(before); SdkClients sdk = new SdkClients(sim)) {
            var member = sdk.assume("222222222222");
            try (CloudTrailClient cloudTrail = sdk.cloudTrail(member, Region.US_EAST_1)) {
                assertThat(cloudTrail.describeTrails().trailList()).isEmpty();
                sim.replaceScenario(before.toBuilder()
                        .account("222222222222", a -> a.trail("new", "us-east-1", t -> { })).build());
                assertThat(cloudTrail.describeTrails().trailList()).extracting(Trail::name).containsExactly("new");
            }
            assertThatThrownBy(() -> sim.replaceScenario(Scenario.builder().managementAccount("999999999999").build()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
