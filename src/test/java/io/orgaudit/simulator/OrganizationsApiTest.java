package io.orgaudit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.AccountStatus;
import software.amazon.awssdk.services.organizations.model.ListAccountsResponse;
import software.amazon.awssdk.services.organizations.model.OrganizationalUnit;
import software.amazon.awssdk.services.organizations.model.OrganizationsException;
import software.amazon.awssdk.services.organizations.model.ParentNotFoundException;

import io.orgaudit.simulator.scenario.Scenario;
import io.orgaudit.simulator.scenario.ScenarioBuilder;

class OrganizationsApiTest {

    private static SimulatedAws sim;
    private static SdkClients sdk;
    private static OrganizationsClient organizations;

    /** 45 members (beyond two pages of 20) in nested OUs, one of them suspended. */
    @BeforeAll
    static void start() {
        ScenarioBuilder builder = Scenario.builder().organizationId("o-abcdefghij").ou("Prod/Web").ou("Dev");
        for (int i = 1; i <= 45; i++) {
            String ou = i % 3 == 0 ? "Prod/Web" : i % 3 == 1 ? "Prod" : "Dev";
            int n = i;
            builder.account(String.format("2000000000%02d", i), a -> a.name("member-" + n).ou(ou)
                    .status(n == 7 ? "SUSPENDED" : "ACTIVE"));
        }
        sim = SimulatedAws.start(builder.build());
        sdk = new SdkClients(sim);
        organizations = sdk.organizations(sdk.hub());
    }

    @AfterAll
    static void stop() {
        sdk.close();
        sim.close();
    }

    @Test
    void describesTheOrganizationAndItsManagementAccount() {
        var organization = organizations.describeOrganization().organization();
        assertThat(organization.id()).isEqualTo("o-abcdefghij");
        assertThat(organization.masterAccountId()).isEqualTo("111111111111");
        assertThat(organization.arn()).isEqualTo("arn:aws:organizations::111111111111:organization/o-abcdefghij");
        assertThat(organization.featureSetAsString()).isEqualTo("ALL");
    }

    @Test
    void listsAccountsTwentyAPageAndThePaginatorSeesEveryOne() {
        List<ListAccountsResponse> pages = organizations.listAccountsPaginator().stream().toList();
        assertThat(pages).extracting(page -> page.accounts().size()).containsExactly(20, 20, 6);
        List<Account> accounts = pages.stream().flatMap(page -> page.accounts().stream()).toList();
        assertThat(accounts).extracting(Account::id).doesNotHaveDuplicates().contains("111111111111", "200000000045");
        assertThat(accounts).filteredOn(a -> a.status() == AccountStatus.SUSPENDED).extracting(Account::id)
                .containsExactly("200000000007");
        Account first = accounts.stream().filter(a -> a.id().equals("200000000001")).findFirst().orElseThrow();
        assertThat(first.name()).isEqualTo("member-1");
        assertThat(first.email()).isEqualTo("aws+200000000001@example.com");
        assertThat(first.arn()).isEqualTo("arn:aws:organizations::111111111111:account/o-abcdefghij/200000000001");
        assertThat(first.joinedTimestamp()).isNotNull();
    }

    @Test
    void honoursASmallerPageSizeAndRefusesMoreThanTwenty() {
        assertThat(organizations.listAccounts(r -> r.maxResults(7)).accounts()).hasSize(7);
        assertThatThrownBy(() -> organizations.listAccounts(r -> r.maxResults(21)))
                .isInstanceOfSatisfying(OrganizationsException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidInputException"));
    }

    @Test
    void refusesATokenFromAnotherListing() {
        String token = organizations.listAccounts().nextToken();
        String root = organizations.listRoots().roots().get(0).id();
        assertThatThrownBy(() -> organizations.listAccountsForParent(r -> r.parentId(root).nextToken(token)))
                .isInstanceOf(OrganizationsException.class);
    }

    @Test
    void walksTheTreeFromTheRootThroughNestedOus() {
        var root = organizations.listRoots().roots().get(0);
        assertThat(root.id()).isEqualTo("r-abcd");
        assertThat(root.name()).isEqualTo("Root");
        List<OrganizationalUnit> topLevel = organizations.listOrganizationalUnitsForParentPaginator(r -> r.parentId(root.id()))
                .stream().flatMap(page -> page.organizationalUnits().stream()).toList();
        assertThat(topLevel).extracting(OrganizationalUnit::name).containsExactlyInAnyOrder("Prod", "Dev");
        OrganizationalUnit prod = topLevel.stream().filter(ou -> ou.name().equals("Prod")).findFirst().orElseThrow();
        assertThat(prod.id()).startsWith("ou-abcd-");
        assertThat(organizations.listOrganizationalUnitsForParent(r -> r.parentId(prod.id())).organizationalUnits())
                .extracting(OrganizationalUnit::name).containsExactly("Web");
        List<Account> inProd = organizations.listAccountsForParentPaginator(r -> r.parentId(prod.id()))
                .stream().flatMap(page -> page.accounts().stream()).toList();
        assertThat(inProd).hasSize(15).allMatch(a -> Integer.parseInt(a.id().substring(10)) % 3 == 1);
        assertThat(organizations.listAccountsForParent(r -> r.parentId(root.id())).accounts()).extracting(Account::id)
                .containsExactly("111111111111");
    }

    @Test
    void unknownParentIsParentNotFound() {
        assertThatThrownBy(() -> organizations.listAccountsForParent(r -> r.parentId("ou-abcd-00000000")))
                .isInstanceOf(ParentNotFoundException.class);
    }

    @Test
    void memberAccountsCannotListTheOrganization() {
        try (OrganizationsClient asMember = sdk.organizations(sdk.assume("200000000001"))) {
            assertThat(asMember.describeOrganization().organization().id()).isEqualTo("o-abcdefghij");
            assertThatThrownBy(asMember::listAccounts).isInstanceOfSatisfying(OrganizationsException.class,
                    e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException"));
        }
    }
}
