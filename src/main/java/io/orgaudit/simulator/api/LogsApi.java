package io.orgaudit.simulator.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.orgaudit.simulator.protocol.ApiRequest;
import io.orgaudit.simulator.protocol.AwsServiceError;
import io.orgaudit.simulator.protocol.ErrorDialect;
import io.orgaudit.simulator.protocol.JsonApi;
import io.orgaudit.simulator.protocol.Pages;
import io.orgaudit.simulator.scenario.SimAccount;
import io.orgaudit.simulator.scenario.SimLogGroup;
import io.orgaudit.simulator.scenario.SimMetricFilter;

/** Amazon CloudWatch Logs (JSON 1.1): DescribeMetricFilters in the caller's own account and region. */
final class LogsApi implements JsonApi {

    static final ErrorDialect ERRORS = ErrorDialect.json("ThrottlingException", "InvalidParameterException");
    private static final int PAGE = 50;
    private static final long CREATED = Instant.parse("2023-05-02T08:30:00Z").toEpochMilli();

    private record FilterInGroup(String logGroupName, SimMetricFilter filter) {
    }

    @Override
    public ObjectNode call(ApiRequest request) {
        if (!request.operation().equals("DescribeMetricFilters")) {
            throw request.errors().unknownOperation(request.operation());
        }
        return describeMetricFilters(request);
    }

    private ObjectNode describeMetricFilters(ApiRequest request) {
        Optional<String> logGroupName = request.optional("logGroupName");
        Optional<String> prefix = request.optional("filterNamePrefix");
        Optional<String> metricName = request.optional("metricName");
        Optional<String> metricNamespace = request.optional("metricNamespace");
        if (prefix.isPresent() && logGroupName.isEmpty()) {
            throw request.errors().validation("If you specify filterNamePrefix, you must also specify logGroupName.");
        }
        if (metricName.isPresent() != metricNamespace.isPresent()) {
            throw request.errors().validation("metricName and metricNamespace must be specified together.");
        }
        SimAccount account = request.account();
        List<SimLogGroup> groups;
        if (logGroupName.isPresent()) {
            groups = List.of(account.logGroup(request.region(), logGroupName.get()).orElseThrow(() ->
                    new AwsServiceError(400, "ResourceNotFoundException", "The specified log group does not exist.")));
        } else {
            groups = account.logGroups().stream().filter(group -> group.region().equals(request.region())).toList();
        }
        List<FilterInGroup> matching = new ArrayList<>();
        for (SimLogGroup group : groups) {
            group.metricFilters().stream()
                    .filter(f -> prefix.map(p -> f.name().startsWith(p)).orElse(true))
                    .filter(f -> metricName.map(m -> m.equals(f.metricName()) && metricNamespace.get().equals(f.namespace())).orElse(true))
                    .sorted(Comparator.comparing(SimMetricFilter::name))
                    .forEach(f -> matching.add(new FilterInGroup(group.name(), f)));
        }
        String scope = "DescribeMetricFilters/" + request.accountId() + "/" + request.region() + "/" + logGroupName.orElse("*");
        Pages.Page<FilterInGroup> page = Pages.page(request, matching, "nextToken", "limit", PAGE, scope);
        ObjectNode output = JSON.createObjectNode();
        ArrayNode filters = output.putArray("metricFilters");
        for (FilterInGroup item : page.items()) {
            ObjectNode filter = filters.addObject()
                    .put("filterName", item.filter().name())
                    .put("filterPattern", item.filter().pattern());
            filter.putArray("metricTransformations").addObject()
                    .put("metricName", item.filter().metricName())
                    .put("metricNamespace", item.filter().namespace())
                    .put("metricValue", "1");
            filter.put("creationTime", CREATED).put("logGroupName", item.logGroupName()).put("applyOnTransformedLogs", false);
        }
        page.nextToken().ifPresent(token -> output.put("nextToken", token));
        return output;
    }
}
