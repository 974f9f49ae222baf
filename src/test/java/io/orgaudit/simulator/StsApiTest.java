package io.orgaudit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.StsException;

import io.orgaudit.simulator.scenario.Scenario;

class StsApiTest {

    private SimulatedAws sim;
    private SdkClients sdk;
    private StsClient sts;

    @BeforeEach
    void start() {
        sim = SimulatedAws.start(Scenario.builder()
                .account("222222222222", a -> a.name("workload"))
                .account("333333333333", a -> a.name("no-role").auditRoleDeployed(false))
                .account("444444444444", a -> a.name("closed").status("SUSPENDED"))
                .build());
        sdk = new SdkClients(sim);
        sts = sdk.sts(sdk.hub());
    }

    @AfterEach
    void stop() {
        sdk.close();
        sim.close();
    }

    @Test
    void hubKeysActAsTheManagementAccount() {
        var identity = sts.getCallerIdentity();
        assertThat(identity.account()).isEqualTo("111111111111");
        assertThat(identity.arn()).isEqualTo("arn:aws:iam::111111111111:user/orgaudit-hub");
    }

    @Test
    void assumeRoleIssuesFreshCredentialsThatLandInTheMemberAccount() {
        AssumeRoleResponse first = assume("222222222222", "audit-run-1");
        AssumeRoleResponse second = assume("222222222222", "audit-run-1");
        assertThat(first.credentials().accessKeyId()).startsWith("ASIA").isNotEqualTo(second.credentials().accessKeyId());
        assertThat(first.credentials().expiration()).isAfter(java.time.Instant.now().plusSeconds(3000));
        assertThat(first.assumedRoleUser().arn()).isEqualTo("arn:aws:sts::222222222222:assumed-role/OrgAuditReadOnly/audit-run-1");
        try (StsClient asMember = sdk.sts(sdk.assume("222222222222"))) {
            var identity = asMember.getCallerIdentity();
            assertThat(identity.account()).isEqualTo("222222222222");
            assertThat(identity.arn()).isEqualTo("arn:aws:sts::222222222222:assumed-role/OrgAuditReadOnly/orgaudit-test");
        }
    }

    @Test
    void missingRoleIsAccessDeniedLikeRealSts() {
        assertThatThrownBy(() -> assume("333333333333", "run-1"))
                .isInstanceOfSatisfying(StsException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("User: arn:aws:iam::111111111111:user/orgaudit-hub"
                            + " is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::333333333333:role/OrgAuditReadOnly");
                });
    }

    @Test
    void faultsDenyAndAllowAssumeRoleOverTheScenario() {
        sim.faults().denyAssumeRole("222222222222").allowAssumeRole("333333333333");
        assertThatThrownBy(() -> assume("222222222222", "run-1")).isInstanceOf(StsException.class);
        assertThat(assume("333333333333", "run-1").credentials()).isNotNull();
        sim.faults().clear();
        assertThat(assume("222222222222", "run-1").credentials()).isNotNull();
        assertThatThrownBy(() -> assume("333333333333", "run-1")).isInstanceOf(StsException.class);
    }

    @Test
    void deniesOtherRolesUnknownAndSuspendedAccounts() {
        assertThat(AwsErrors.codeOf(() -> sts.assumeRole(r -> r.roleArn("arn:aws:iam::222222222222:role/Admin")
                .roleSessionName("run-1")))).isEqualTo("AccessDenied");
        assertThat(AwsErrors.codeOf(() -> assume("999999999999", "run-1"))).isEqualTo("AccessDenied");
        assertThat(AwsErrors.codeOf(() -> assume("444444444444", "run-1"))).isEqualTo("AccessDenied");
    }

    @Test
    void externalIdMustMatchWhenTheScenarioSetsOne() {
        sim.replaceScenario(sim.scenario().toBuilder().externalId("s3cret").build());
        assertThatThrownBy(() -> assume("222222222222", "run-1")).isInstanceOf(StsException.class);
        assertThat(sts.assumeRole(r -> r.roleArn("arn:aws:iam::222222222222:role/OrgAuditReadOnly")
                .roleSessionName("run-1").externalId("s3cret")).credentials()).isNotNull();
    }

    @Test
    void validatesSessionNameAndDuration() {
        assertThatThrownBy(() -> sts.assumeRole(r -> r.roleArn("arn:aws:iam::222222222222:role/OrgAuditReadOnly")
                .roleSessionName("has space"))).isInstanceOfSatisfying(StsException.class,
                e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationError"));
        assertThatThrownBy(() -> sts.assumeRole(r -> r.roleArn("arn:aws:iam::222222222222:role/OrgAuditReadOnly")
                .roleSessionName("run-1").durationSeconds(7200))).hasMessageContaining("MaxSessionDuration");
    }

    @Test
    void aCredentialTheSimulatorNeverIssuedIsInvalidClientTokenId() {
        try (StsClient stranger = sdk.sts(StaticCredentialsProvider.create(
                AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")))) {
            assertThatThrownBy(stranger::getCallerIdentity).isInstanceOfSatisfying(StsException.class,
                    e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId"));
        }
    }

    @Test
    void theRightKeyWithTheWrongSecretFailsTheSignatureCheck() {
        try (StsClient forger = sdk.sts(StaticCredentialsProvider.create(
                AwsBasicCredentials.create(sim.hubAccessKeyId(), "not-the-secret")))) {
            assertThatThrownBy(forger::getCallerIdentity).isInstanceOfSatisfying(StsException.class,
                    e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch"));
        }
    }

    private AssumeRoleResponse assume(String accountId, String session) {
        return sts.assumeRole(r -> r.roleArn("arn:aws:iam::" + accountId + ":role/OrgAuditReadOnly").roleSessionName(session));
    }
}
