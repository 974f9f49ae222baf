package io.orgaudit.simulator.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.orgaudit.simulator.protocol.ApiRequest;
import io.orgaudit.simulator.protocol.AwsServiceError;
import io.orgaudit.simulator.protocol.ErrorDialect;
import io.orgaudit.simulator.protocol.JsonApi;
import io.orgaudit.simulator.scenario.EventSelectors;
import io.orgaudit.simulator.scenario.SimAccount;
import io.orgaudit.simulator.scenario.SimTrail;

/** AWS CloudTrail (JSON 1.1): the trails an account sees in a region, their status and event selectors. */
final class CloudTrailApi implements JsonApi {

    static final ErrorDialect ERRORS = ErrorDialect.json("ThrottlingException", "InvalidParameterException");
    private static final Pattern TRAIL_ARN = Pattern.compile("arn:aws:cloudtrail:([a-z0-9-]+):(\\d{12}):trail/(.+)");

    @Override
    public ObjectNode call(ApiRequest request) {
        return switch (request.operation()) {
            case "DescribeTrails" -> describeTrails(request);
            case "GetTrailStatus" -> TrailDetails.status(trailOf(request, request.required("Name")));
            case "GetEventSelectors" -> TrailDetails.eventSelectors(trailOf(request, request.required("TrailName")));
            default -> throw request.errors().unknownOperation(request.operation());
        };
    }

    /**
     * The account's trails homed here, its multi-region trails homed elsewhere (shadow trails), and the
     * organization trails that cover it under the same rule.
     */
    private ObjectNode describeTrails(ApiRequest request) {
        boolean includeShadowTrails = request.bool("includeShadowTrails", true);
        List<String> names = request.strings("trailNameList");
        SimAccount account = request.account();
        List<SimTrail> visible = new ArrayList<>();
        List<SimTrail> candidates = new ArrayList<>(account.trails());
        candidates.addAll(request.world().organizationTrailsCovering(account));
        for (SimTrail trail : candidates) {
            boolean homedHere = trail.homeRegion().equals(request.region());
            boolean shadow = !homedHere && trail.multiRegion() && includeShadowTrails;
            boolean named = names.isEmpty() || names.contains(trail.name()) || names.contains(trail.arn());
            if ((homedHere || shadow) && named) {
                visible.add(trail);
            }
        }
        ObjectNode output = JSON.createObjectNode();
        ArrayNode list = output.putArray("trailList");
        visible.forEach(trail -> list.add(TrailDetails.describe(trail)));
        return output;
    }

    /** Status and selectors are answered in the trail's home region, to its owner only. */
    private SimTrail trailOf(ApiRequest request, String nameOrArn) {
        SimAccount caller = request.account();
        Matcher arn = TRAIL_ARN.matcher(nameOrArn);
        Optional<SimTrail> trail;
        if (arn.matches()) {
            String owner = arn.group(2);
            if (!owner.equals(caller.id())) {
                // As CloudTrail answers a member account asking about the organization trail it can see (reported in
                // joshlarsen/aws-recon#22 and turbot/steampipe-plugin-aws#577).
                throw new AwsServiceError(400, "CloudTrailARNInvalidException", "AccountID in ARN is wrong, you can "
                        + "only access resources with AccountID " + caller.id() + ".");
            }
            trail = caller.trails().stream()
                    .filter(t -> t.name().equals(arn.group(3)) && t.homeRegion().equals(arn.group(1))).findFirst();
        } else {
            trail = caller.trails().stream().filter(t -> t.name().equals(nameOrArn)).findFirst();
        }
        return trail.filter(t -> t.homeRegion().equals(request.region())).orElseThrow(() -> new AwsServiceError(400,
                "TrailNotFoundException", "Unknown trail: " + nameOrArn + " for the user: " + caller.id()));
    }

    /** The JSON shapes of a trail, its status and its selectors. */
    static final class TrailDetails {

        private TrailDetails() {
        }

        static ObjectNode describe(SimTrail trail) {
            ObjectNode node = JSON.createObjectNode()
                    .put("Name", trail.name())
                    .put("S3BucketName", trail.s3BucketName())
                    .put("IncludeGlobalServiceEvents", true)
                    .put("IsMultiRegionTrail", trail.multiRegion())
                    .put("HomeRegion", trail.homeRegion())
                    .put("TrailARN", trail.arn())
                    .put("LogFileValidationEnabled", true)
                    .put("HasCustomEventSelectors", trail.eventSelectors() != EventSelectors.BASIC)
                    .put("HasInsightSelectors", false)
                    .put("IsOrganizationTrail", trail.organizationTrail());
            trail.logGroup().ifPresent(group -> node
                    .put("CloudWatchLogsLogGroupArn", group.arn())
                    .put("CloudWatchLogsRoleArn", "arn:aws:iam::" + trail.accountId() + ":role/CloudTrail_CloudWatchLogs_Role"));
            return node;
        }

        static ObjectNode status(SimTrail trail) {
            Instant now = Instant.now();
            ObjectNode node = JSON.createObjectNode().put("IsLogging", trail.logging());
            Instant lastDelivery = now.minus(Duration.ofMinutes(trail.logging() ? 4 : 90 * 24 * 60));
            node.put("LatestDeliveryTime", lastDelivery.getEpochSecond());
            if (trail.logging()) {
                node.put("StartLoggingTime", now.minus(Duration.ofDays(400)).getEpochSecond());
            } else {
                node.put("StopLoggingTime", lastDelivery.getEpochSecond());
            }
            if (trail.logging() && trail.logGroup().isPresent()) {
                node.put("LatestCloudWatchLogsDeliveryTime", now.minus(Duration.ofMinutes(2)).getEpochSecond());
            }
            return node;
        }

        static ObjectNode eventSelectors(SimTrail trail) {
            ObjectNode output = JSON.createObjectNode().put("TrailARN", trail.arn());
            EventSelectors style = trail.eventSelectors();
            if (style == EventSelectors.ADVANCED || style == EventSelectors.ADVANCED_WRITE_ONLY) {
                ObjectNode selector = output.putArray("AdvancedEventSelectors").addObject().put("Name", "Management events");
                ArrayNode fields = selector.putArray("FieldSelectors");
                fields.addObject().put("Field", "eventCategory").putArray("Equals").add("Management");
                if (style == EventSelectors.ADVANCED_WRITE_ONLY) {
                    fields.addObject().put("Field", "readOnly").putArray("Equals").add("false");
                }
                return output;
            }
            ObjectNode selector = output.putArray("EventSelectors").addObject()
                    .put("ReadWriteType", switch (style) {
                        case BASIC_WRITE_ONLY -> "WriteOnly";
                        case BASIC_READ_ONLY -> "ReadOnly";
                        default -> "All";
                    })
                    .put("IncludeManagementEvents", style != EventSelectors.BASIC_NO_MANAGEMENT);
            ArrayNode data = selector.putArray("DataResources");
            if (style == EventSelectors.BASIC_NO_MANAGEMENT) {
                data.addObject().put("Type", "AWS::S3::Object").putArray("Values").add("arn:aws:s3");
            }
            selector.putArray("ExcludeManagementEventSources");
            return output;
        }
    }
}
