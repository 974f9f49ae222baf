package io.orgaudit.evidence;

import java.util.List;

import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedFieldSelector;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

import io.orgaudit.access.AccountSession;
import io.orgaudit.access.AwsAccess;
import io.orgaudit.access.RoleAssumptionException;
import io.orgaudit.access.AwsFailures;
import io.orgaudit.failure.Failure;

/**
 * Reads a trail's status and event selectors in its home region, once per run per trail, as the account that owns
 * it: CloudTrail refuses both calls on an organization trail from a member account ("AccountID in ARN is wrong, you
 * can only access resources with AccountID ...", as reported in joshlarsen/aws-recon#22 and
 * turbot/steampipe-plugin-aws#577), although DescribeTrails shows the trail there.
 */
final class TrailSettingsReader {

    record Result(TrailSettings settings, Failure failure) {

        /** The run's profile does not need the settings, so they were not asked for (nothing is stored). */
        static final Result NOT_READ = new Result(null, null);
    }

    private final AwsAccess access;
    private final SharedEvidence shared;

    TrailSettingsReader(AwsAccess access, SharedEvidence shared) {
        this.access = access;
        this.shared = shared;
    }

    Result read(long runId, AccountSession session, Trail trail) {
        return shared.once(runId, key(trail), () -> readAsOwner(session, trail));
    }

    private Result readAsOwner(AccountSession session, Trail trail) {
        String owner = Arns.accountOf(trail.trailARN(), session.accountId());
        if (owner.equals(session.accountId())) {
            return readNow(session, trail);
        }
        try {
            return readNow(access.session(owner), trail);
        } catch (RoleAssumptionException e) {
            return new Result(null, e.failure());
        }
    }

    /** Whether the run has read this trail's settings already (then {@link #read} makes no call). */
    boolean known(long runId, Trail trail) {
        return shared.known(runId, key(trail));
    }

    private static String key(Trail trail) {
        return "trail-settings|" + trail.trailARN();
    }

    private static Result readNow(AccountSession session, Trail trail) {
        CloudTrailClient cloudTrail = session.cloudTrail(trail.homeRegion());
        boolean logging;
        try {
            logging = Boolean.TRUE.equals(cloudTrail.getTrailStatus(r -> r.name(trail.trailARN())).isLogging());
        } catch (RuntimeException e) {
            return new Result(null, AwsFailures.classify("cloudtrail:GetTrailStatus", e));
        }
        try {
            GetEventSelectorsResponse selectors = cloudTrail.getEventSelectors(r -> r.trailName(trail.trailARN()));
            return new Result(new TrailSettings(logging, recordsAllManagementEvents(selectors),
                    summary(selectors)), null);
        } catch (RuntimeException e) {
            return new Result(null, AwsFailures.classify("cloudtrail:GetEventSelectors", e));
        }
    }

    static boolean recordsAllManagementEvents(GetEventSelectorsResponse response) {
        if (response.hasAdvancedEventSelectors() && !response.advancedEventSelectors().isEmpty()) {
            return response.advancedEventSelectors().stream().anyMatch(TrailSettingsReader::allManagement);
        }
        List<EventSelector> basic = response.eventSelectors();
        boolean read = false;
        boolean write = false;
        for (EventSelector selector : basic) {
            if (!Boolean.TRUE.equals(selector.includeManagementEvents())) {
                continue;
            }
            ReadWriteType type = selector.readWriteType() == null ? ReadWriteType.ALL : selector.readWriteType();
            read |= type == ReadWriteType.ALL || type == ReadWriteType.READ_ONLY;
            write |= type == ReadWriteType.ALL || type == ReadWriteType.WRITE_ONLY;
        }
        return read && write;
    }

    /** A management-event selector with no readOnly restriction and no excluded event sources. */
    private static boolean allManagement(AdvancedEventSelector selector) {
        boolean management = false;
        for (AdvancedFieldSelector field : selector.fieldSelectors()) {
            switch (field.field()) {
                case "eventCategory" -> management = field.equalsValue().contains("Management");
                case "readOnly" -> {
                    return false;
                }
                case "eventSource" -> {
                    if (field.hasNotEquals() && !field.notEquals().isEmpty()) {
                        return false;
                    }
                }
                default -> { }
            }
        }
        return management;
    }

    /**
     * What the selectors record, as the end of a sentence: "its event selector records write-only management
     * events", "its event selectors record data events only and read-only management events", "its advanced event
     * selector "Data" does not select every management event".
     */
    static String summary(GetEventSelectorsResponse response) {
        if (response.hasAdvancedEventSelectors() && !response.advancedEventSelectors().isEmpty()) {
            List<String> names = response.advancedEventSelectors().stream()
                    .map(s -> s.name() == null ? "(unnamed)" : "\"" + s.name() + "\"").toList();
            return names.size() == 1
                    ? "its advanced event selector " + names.get(0) + " does not select every management event"
                    : "none of its advanced event selectors (" + String.join(", ", names)
                            + ") selects every management event";
        }
        List<EventSelector> basic = response.eventSelectors();
        if (basic.isEmpty()) {
            return "it has no event selectors";
        }
        List<String> recorded = basic.stream().map(TrailSettingsReader::records).distinct().toList();
        return (basic.size() == 1 ? "its event selector records " : "its event selectors record ")
                + (recorded.size() == 1 ? recorded.get(0)
                        : String.join(", ", recorded.subList(0, recorded.size() - 1)) + " and "
                                + recorded.get(recorded.size() - 1));
    }

    private static String records(EventSelector selector) {
        if (!Boolean.TRUE.equals(selector.includeManagementEvents())) {
            return "data events only";
        }
        ReadWriteType type = selector.readWriteType() == null ? ReadWriteType.ALL : selector.readWriteType();
        return switch (type) {
            case READ_ONLY -> "read-only management events";
            case WRITE_ONLY -> "write-only management events";
            default -> "all management events";
        };
    }
}
