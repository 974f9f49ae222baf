package io.orgaudit.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

import io.orgaudit.access.AwsAccess;
import io.orgaudit.access.AwsTarget;
import io.orgaudit.settings.ActionableFailure;
import io.orgaudit.settings.ScanSettings;
import io.orgaudit.simulator.SimulatedAws;
import io.orgaudit.simulator.scenario.Scenario;

/** The organization as the hub reads it over HTTP: every account with its OU path, and who may read it. */
class OrganizationDirectoryTest {

    static SimulatedAws simulator;

    @BeforeAll
    static void start() {
        simulator = SimulatedAws.start(Scenario.demo());
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private static AwsAccess access(StaticCredentialsProvider credentials) {
        return access(simulator, credentials);
    }

    private static AwsAccess access(SimulatedAws simulator, StaticCredentialsProvider credentials) {
        ScanSettings settings = new ScanSettings(ScanSettings.Source.AWS, "gsl", List.of("D9.AWS.MON.01"), new ScanSettings.Frameworks(null), 
                new ScanSettings.Exceptions(null, java.time.Duration.ofDays(365), java.time.Duration.ofDays(30)),
                new ScanSettings.Owners(List.of(), 5), new ScanSettings.Trend(30), List.of(),
                new ScanSettings.Accounts(List.of(), List.of(), List.of(), List.of()), new ScanSettings.Role("OrgAuditReadOnly", null, "orgaudit"),
                4, new ScanSettings.Output(Path.of("reports")),
                new ScanSettings.Aws(null, "us-east-1", Duration.ofSeconds(10), Duration.ofSeconds(5), 2),
                new ScanSettings.Simulator("demo", Duration.ZERO), new ScanSettings.Delivery(null, "", null, null),
                "run", new ScanSettings.Rerun(null, List.of()),
                Duration.ofSeconds(1));
        return new AwsAccess(settings, new AwsTarget(Optional.of(simulator.endpoint()), credentials, "test"));
    }

    private static StaticCredentialsProvider hub() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(simulator.hubAccessKeyId(),
                simulator.hubSecretAccessKey()));
    }

    @Test
    void listsEveryAccountWithItsOuPathAcrossPages() {
        try (AwsAccess access = access(hub())) {
            OrganizationDirectory directory = new OrganizationDirectory(access);
            assertThat(directory.describe()).isEqualTo(new OrganizationInfo("o-demo1234567", "111111111111"));
            List<MemberAccount> accounts = directory.accounts();
            assertThat(accounts).hasSize(simulator.scenario().accounts().size()).hasSizeGreaterThan(20);
            assertThat(accounts).filteredOn(a -> a.id().equals("333333333301")).singleElement()
                    .extracting(MemberAccount::ouPath).isEqualTo("Workloads/Prod");
            assertThat(accounts).filteredOn(a -> !a.active()).extracting(MemberAccount::status).containsOnly("SUSPENDED");
            // One walk of the tree, 20 accounts a page; ListAccounts would only repeat it.
            assertThat(simulator.calls().count("ListAccountsForParent")).isGreaterThanOrEqualTo(2);
            assertThat(simulator.calls().count("ListAccounts")).isZero();
        }
    }

    @Test
    void listsAParentsAccountsBesideItsChildOus() {
        Scenario flat = Scenario.builder().organizationId("o-flat12345678").managementAccount("111111111111")
                .account("111111111111", a -> a.name("management")).account("222222222222", a -> a.name("member"))
                .build();
        try (SimulatedAws organization = SimulatedAws.start(flat);
             AwsAccess access = access(organization, StaticCredentialsProvider.create(AwsBasicCredentials.create(
                     organization.hubAccessKeyId(), organization.hubSecretAccessKey())))) {
            organization.faults().latency(Duration.ofMillis(200));

            assertThat(new OrganizationDirectory(access).accounts()).hasSize(2);

            // The root's child OUs and its accounts are asked at once: an OU's first page does not wait for the
            // listing of its child OUs, level after level.
            assertThat(organization.requestsInFlight().peak()).isEqualTo(2);
        }
    }

    @Test
    void handsTheAccountsOnPageByPageAsTheyAreListed() {
        try (AwsAccess access = access(hub())) {
            List<List<MemberAccount>> pages = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            new OrganizationDirectory(access).accounts(pages::add);
            assertThat(pages).hasSizeGreaterThan(1).allSatisfy(page -> assertThat(page).isNotEmpty().hasSizeLessThanOrEqualTo(20));
            assertThat(pages.stream().flatMap(List::stream).map(MemberAccount::id).distinct())
                    .hasSize(simulator.scenario().accounts().size());
        }
    }

    @Test
    void credentialsOfAMemberAccountAreToldToUseTheManagementAccount() {
        Credentials member;
        try (StsClient sts = StsClient.builder().endpointOverride(simulator.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(hub()).build()) {
            member = sts.assumeRole(r -> r.roleArn("arn:aws:iam::444444444401:role/OrgAuditReadOnly")
                    .roleSessionName("test")).credentials();
        }
        try (AwsAccess access = access(StaticCredentialsProvider.create(AwsSessionCredentials.create(
                member.accessKeyId(), member.secretAccessKey(), member.sessionToken())))) {
            assertThatThrownBy(() -> new OrganizationDirectory(access).accounts())
                    .isInstanceOf(ActionableFailure.class)
                    .hasMessageStartingWith("the hub credentials (account 444444444401) may not list the organization's "
                            + "accounts (AccessDeniedException): run orgaudit as the management account or a delegated "
                            + "administrator");
        }
    }
}
