package io.orgaudit.simulator.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.orgaudit.simulator.protocol.ApiRequest;
import io.orgaudit.simulator.protocol.AwsServiceError;
import io.orgaudit.simulator.protocol.ErrorDialect;
import io.orgaudit.simulator.protocol.JsonApi;
import io.orgaudit.simulator.protocol.Pages;
import io.orgaudit.simulator.scenario.OrganizationTree;
import io.orgaudit.simulator.scenario.Scenario;
import io.orgaudit.simulator.scenario.SimAccount;

/**
 * AWS Organizations (JSON 1.1): the organization, its root, OUs, accounts and the accounts' tags. Listing is for the
 * management account.
 */
final class OrganizationsApi implements JsonApi {

    static final ErrorDialect ERRORS = ErrorDialect.json("TooManyRequestsException", "InvalidInputException");
    private static final int PAGE = 20;
    /** Tags per page of ListTagsForResource (AWS does not document its own; an account may carry 50). */
    static final int TAG_PAGE = 20;
    /** Accounts "joined" a fixed, plausible date apart so listings are stable between runs. */
    private static final Instant FOUNDED = Instant.parse("2021-03-01T09:00:00Z");

    @Override
    public ObjectNode call(ApiRequest request) {
        if (request.world().account(request.accountId()).isEmpty()) {
            throw new AwsServiceError(400, "AWSOrganizationsNotInUseException",
                    "Your account is not a member of an organization.");
        }
        return switch (request.operation()) {
            case "DescribeOrganization" -> describeOrganization(request);
            case "ListAccounts" -> accounts(request, request.scenario().accounts(), "ListAccounts");
            case "ListRoots" -> listRoots(request);
            case "ListOrganizationalUnitsForParent" -> listOrganizationalUnits(request);
            case "ListAccountsForParent" -> listAccountsForParent(request);
            case "ListTagsForResource" -> listTagsForResource(request);
            default -> throw request.errors().unknownOperation(request.operation());
        };
    }

    private ObjectNode describeOrganization(ApiRequest request) {
        Scenario scenario = request.scenario();
        SimAccount management = scenario.managementAccount();
        ObjectNode organization = JSON.createObjectNode()
                .put("Id", scenario.organizationId())
                .put("Arn", "arn:aws:organizations::" + management.id() + ":organization/" + scenario.organizationId())
                .put("FeatureSet", "ALL")
                .put("MasterAccountArn", management.arn(management.id(), scenario.organizationId()))
                .put("MasterAccountId", management.id())
                .put("MasterAccountEmail", management.email());
        organization.putArray("AvailablePolicyTypes");
        ObjectNode output = JSON.createObjectNode();
        output.set("Organization", organization);
        return output;
    }

    private ObjectNode listRoots(ApiRequest request) {
        requireManagement(request);
        OrganizationTree tree = request.world().tree();
        ObjectNode output = JSON.createObjectNode();
        ObjectNode root = output.putArray("Roots").addObject()
                .put("Id", tree.rootId()).put("Arn", tree.rootArn()).put("Name", "Root");
        root.putArray("PolicyTypes");
        return output;
    }

    private ObjectNode listOrganizationalUnits(ApiRequest request) {
        requireManagement(request);
        String parentId = request.required("ParentId");
        OrganizationTree tree = request.world().tree();
        String parentPath = parentPath(request, parentId);
        Pages.Page<String> page = Pages.page(request, tree.childOus(parentPath), "NextToken", "MaxResults", PAGE,
                "ListOrganizationalUnitsForParent/" + parentId);
        ObjectNode output = JSON.createObjectNode();
        ArrayNode units = output.putArray("OrganizationalUnits");
        for (String path : page.items()) {
            String id = tree.idOf(path);
            units.addObject().put("Id", id).put("Arn", tree.ouArn(id)).put("Name", OrganizationTree.nameOf(path));
        }
        page.nextToken().ifPresent(token -> output.put("NextToken", token));
        return output;
    }

    private ObjectNode listAccountsForParent(ApiRequest request) {
        String parentId = request.required("ParentId");
        String parentPath = parentPath(request, parentId);
        List<SimAccount> children = request.scenario().accounts().stream()
                .filter(account -> account.ouPath().equals(parentPath)).toList();
        return accounts(request, children, "ListAccountsForParent/" + parentId);
    }

    private ObjectNode accounts(ApiRequest request, List<SimAccount> accounts, String scope) {
        requireManagement(request);
        Scenario scenario = request.scenario();
        Pages.Page<SimAccount> page = Pages.page(request, accounts, "NextToken", "MaxResults", PAGE, scope);
        ObjectNode output = JSON.createObjectNode();
        ArrayNode items = output.putArray("Accounts");
        for (SimAccount account : page.items()) {
            int position = request.world().position(account.id());
            items.addObject()
                    .put("Id", account.id())
                    .put("Arn", account.arn(scenario.managementAccountId(), scenario.organizationId()))
                    .put("Email", account.email())
                    .put("Name", account.name())
                    .put("Status", account.status())
                    .put("State", account.status())
                    .put("JoinedMethod", "CREATED")
                    .put("JoinedTimestamp", FOUNDED.plusSeconds(86_400L * position).getEpochSecond());
        }
        page.nextToken().ifPresent(token -> output.put("NextToken", token));
        return output;
    }

    /**
     * An account's tags, a page at a time. ListTagsForResource has no page-size member: AWS picks the page and hands
     * a NextToken while more remain, so a caller must follow it (the SDK's paginator does). Roots, OUs and policies
     * are taggable too in AWS; the scenario tags only accounts, so any other id is a target that does not exist.
     */
    private ObjectNode listTagsForResource(ApiRequest request) {
        requireManagement(request);
        String resourceId = request.required("ResourceId");
        SimAccount account = request.scenario().account(resourceId).orElseThrow(() -> new AwsServiceError(400,
                "TargetNotFoundException", "You specified a target that doesn't exist."));
        List<Map.Entry<String, String>> tags = List.copyOf(account.tags().entrySet());
        Pages.Page<Map.Entry<String, String>> page = Pages.page(request, tags, "NextToken", null, TAG_PAGE,
                "ListTagsForResource/" + resourceId);
        ObjectNode output = JSON.createObjectNode();
        ArrayNode items = output.putArray("Tags");
        page.items().forEach(tag -> items.addObject().put("Key", tag.getKey()).put("Value", tag.getValue()));
        page.nextToken().ifPresent(token -> output.put("NextToken", token));
        return output;
    }

    private static String parentPath(ApiRequest request, String parentId) {
        return request.world().tree().pathOf(parentId).orElseThrow(() -> new AwsServiceError(400,
                "ParentNotFoundException", "We can't find a root or OU with the ParentId that you specified."));
    }

    private static void requireManagement(ApiRequest request) {
        if (!request.accountId().equals(request.scenario().managementAccountId())) {
            throw request.errors().accessDenied("You don't have permissions to access this resource.");
        }
    }
}
