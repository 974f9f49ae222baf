package io.orgaudit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AccessDeniedException;
import software.amazon.awssdk.services.organizations.model.InvalidInputException;
import software.amazon.awssdk.services.organizations.model.ListTagsForResourceResponse;
import software.amazon.awssdk.services.organizations.model.Tag;
import software.amazon.awssdk.services.organizations.model.TargetNotFoundException;

import io.orgaudit.simulator.scenario.Scenario;
import io.orgaudit.simulator.server.CallLog;
import io.orgaudit.simulator.scenario.ScenarioBuilder;

/** Organizations ListTagsForResource over the wire, as the SDK's paginator and error mapping see it. */
class OrganizationsTagsApiTest {

    private static final String MANY_TAGS = "200000000001";
    private static final String UNTAGGED = "200000000002";

    private static SimulatedAws sim;
    private static SdkClients sdk;
    private static OrganizationsClient organizations;

    /** One account with 45 tags (beyond two pages), one without any. */
    @BeforeAll
    static void start() {
        ScenarioBuilder builder = Scenario.builder();
        builder.account(MANY_TAGS, account -> {
            for (int i = 1; i <= 45; i++) {
                account.tag(String.format("key-%02d", i), "value " + i);
            }
            account.tag("empty", "");
        });
        builder.account(UNTAGGED, account -> account.name("untagged"));
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
    void pagesAnAccountsTagsWithNextTokensAndThePaginatorSeesEveryOne() {
        List<ListTagsForResourceResponse> pages = organizations.listTagsForResourcePaginator(
                request -> request.resourceId(MANY_TAGS)).stream().toList();

        assertThat(pages).extracting(page -> page.tags().size()).containsExactly(20, 20, 6);
        assertThat(pages.get(2).nextToken()).isNull();
        Map<String, String> tags = pages.stream().flatMap(page -> page.tags().stream())
                .collect(Collectors.toMap(Tag::key, Tag::value));
        assertThat(tags).hasSize(46).containsEntry("key-01", "value 1").containsEntry("key-45", "value 45")
                .containsEntry("empty", "");
    }

    @Test
    void answersAnUntaggedAccountWithNoTagsAndNoToken() {
        ListTagsForResourceResponse response = organizations.listTagsForResource(r -> r.resourceId(UNTAGGED));

        assertThat(response.tags()).isEmpty();
        assertThat(response.nextToken()).isNull();
    }

    @Test
    void refusesAnAccountTheOrganizationDoesNotHaveAsTargetNotFound() {
        assertThatThrownBy(() -> organizations.listTagsForResource(r -> r.resourceId("999999999999")))
                .isInstanceOfSatisfying(TargetNotFoundException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("TargetNotFoundException");
                });
    }

    @Test
    void refusesATokenFromAnotherAccountsTags() {
        String token = organizations.listTagsForResource(r -> r.resourceId(MANY_TAGS)).nextToken();

        assertThatThrownBy(() -> organizations.listTagsForResource(r -> r.resourceId(UNTAGGED).nextToken(token)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void answersOnlyTheManagementAccount() {
        try (OrganizationsClient member = sdk.organizations(sdk.assume(UNTAGGED))) {
            assertThatThrownBy(() -> member.listTagsForResource(r -> r.resourceId(UNTAGGED)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void countsEachCallWithTheAccountItAsksAbout() {
        sim.calls().reset();
        organizations.listTagsForResource(r -> r.resourceId(UNTAGGED));

        assertThat(sim.calls().count("ListTagsForResource")).isEqualTo(1);
        assertThat(sim.calls().all()).extracting(CallLog.Call::subject).containsExactly(UNTAGGED);
    }
}
