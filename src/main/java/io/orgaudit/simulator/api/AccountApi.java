package io.orgaudit.simulator.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.orgaudit.simulator.protocol.ApiRequest;
import io.orgaudit.simulator.protocol.ErrorDialect;
import io.orgaudit.simulator.protocol.JsonApi;
import io.orgaudit.simulator.protocol.Pages;
import io.orgaudit.simulator.scenario.RegionCatalog;
import io.orgaudit.simulator.scenario.SimAccount;

/**
 * AWS Account Management (REST-JSON): ListRegions. An account's enabled regions are ENABLED_BY_DEFAULT (or
 * ENABLED for opt-in ones); opt-in regions it has not enabled are DISABLED.
 */
final class AccountApi implements JsonApi {

    static final ErrorDialect ERRORS = ErrorDialect.restJson();
    static final Map<String, String> ROUTES = Map.of("POST /listRegions", "ListRegions");
    private static final int PAGE = 50;

    @Override
    public ObjectNode call(ApiRequest request) {
        if (!request.operation().equals("ListRegions")) {
            throw request.errors().unknownOperation(request.operation());
        }
        SimAccount account = target(request);
        List<String> wanted = request.strings("RegionOptStatusContains");
        List<Map.Entry<String, String>> regions = new ArrayList<>();
        account.enabledRegions().forEach(region -> regions.add(Map.entry(region, RegionCatalog.optStatus(region))));
        RegionCatalog.OPT_IN.stream().filter(region -> !account.enabledRegions().contains(region))
                .forEach(region -> regions.add(Map.entry(region, "DISABLED")));
        regions.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
        List<Map.Entry<String, String>> selected = regions.stream()
                .filter(region -> wanted.isEmpty() || wanted.contains(region.getValue())).toList();
        Pages.Page<Map.Entry<String, String>> page = Pages.page(request, selected, "NextToken", "MaxResults", PAGE,
                "ListRegions/" + account.id() + "/" + String.join(",", wanted));
        ObjectNode output = JSON.createObjectNode();
        ArrayNode items = output.putArray("Regions");
        page.items().forEach(region -> items.addObject().put("RegionName", region.getKey()).put("RegionOptStatus", region.getValue()));
        page.nextToken().ifPresent(token -> output.put("NextToken", token));
        return output;
    }

    /** The caller's account, or (for the management account only) the member named by AccountId. */
    private static SimAccount target(ApiRequest request) {
        Optional<String> accountId = request.optional("AccountId");
        if (accountId.isEmpty() || accountId.get().equals(request.accountId())) {
            return request.account();
        }
        boolean management = request.accountId().equals(request.scenario().managementAccountId());
        return request.world().account(accountId.get()).filter(account -> management)
                .orElseThrow(() -> request.notAuthorized("account:ListRegions", "arn:aws:account::" + request.accountId()
                        + ":account/" + request.scenario().organizationId() + "/" + accountId.get()));
    }
}
