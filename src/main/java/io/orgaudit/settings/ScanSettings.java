package io.orgaudit.settings;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything a scan can be told, bound from {@code orgaudit.*} (application.yml, a jobs/ file, environment or
 * command line). Checked once at start-up by {@link ScanSettingsValidator} so a typo stops the job before any call.
 * Each setting is read here and only here: the beans take its value from this record, already checked (the
 * concurrency is 1 to 1024, the progress interval positive), so none of them clamps or defaults it again.
 *
 * @param progressInterval the time between progress lines
 */
@ConfigurationProperties("orgaudit")
public record ScanSettings(
        @DefaultValue("demo") Source source,
        @DefaultValue("gsl") String profile,
        @DefaultValue List<String> rules,
        @DefaultValue Frameworks frameworks,
        @DefaultValue Exceptions exceptions,
        @DefaultValue Owners owners,
        @DefaultValue Trend trend,
        @DefaultValue List<String> regions,
        @DefaultValue Accounts accounts,
        @DefaultValue Role role,
        @DefaultValue("16") int concurrency,
        @DefaultValue Output output,
        @DefaultValue Aws aws,
        @DefaultValue Simulator simulator,
        @DefaultValue Delivery delivery,
        @DefaultValue("run") String command,
        @DefaultValue Rerun rerun,
        @DefaultValue("1s") Duration progressInterval) {

    /** Where the organization comes from: the built-in simulated organization, or real AWS. */
    public enum Source { DEMO, AWS }

    /**
     * Which accounts to scan: by id and by organizational unit path ("Workloads" covers "Workloads/Prod" too).
     * Empty includes mean every ACTIVE account; excludes win over includes.
     */
    public record Accounts(@DefaultValue List<String> include, @DefaultValue List<String> exclude,
                           @DefaultValue List<String> includeOus, @DefaultValue List<String> excludeOus) {

        public boolean selects(String accountId, String ouPath) {
            boolean included = (include.isEmpty() && includeOus.isEmpty()) || include.contains(accountId)
                    || includeOus.stream().anyMatch(ou -> within(ouPath, ou));
            return included && !exclude.contains(accountId) && excludeOus.stream().noneMatch(ou -> within(ouPath, ou));
        }

        /** The OU path is the OU or lies below it ("Workloads" holds "Workloads/Prod"). */
        public static boolean within(String ouPath, String ou) {
            String path = ou.replaceAll("^/+|/+$", "");
            return ouPath.equals(path) || ouPath.startsWith(path + "/");
        }
    }

    /** @param directory the operator's own framework files (one .yaml each), after the built-in ones; null: none */
    public record Frameworks(Path directory) {

        /** The folder, or null when the setting is unset or empty (as the jobs files leave it). */
        public Path operatorDirectory() {
            return directory == null || directory.toString().isBlank() ? null : directory;
        }
    }

    /**
     * Accepted risks: a YAML file of exceptions, each with an approver and a required expiry date.
     *
     * @param file            the exceptions file; null or empty: none
     * @param longestHorizon  the furthest an expiry date may lie after the run's day (default one year)
     * @param expiringWithin  the Summary lists exceptions whose expiry date comes within this (default 30 days)
     */
    public record Exceptions(Path file, @DefaultValue("365d") Duration longestHorizon,
                             @DefaultValue("30d") Duration expiringWithin) {

        /** The file, or null when the setting is unset or empty (as the jobs files leave it). */
        public Path exceptionsFile() {
            return file == null || file.toString().isBlank() ? null : file;
        }
    }

    /**
     * Account owners from the organization: these tag keys of each account's Organizations tags become columns.
     *
     * @param tagKeys        e.g. [owner, team, cost-center]; empty (default): no tags are read
     * @param callsPerSecond the pace of Organizations ListTagsForResource calls, shared with the listing's quota
     */
    public record Owners(@DefaultValue List<String> tagKeys, @DefaultValue("5") double callsPerSecond) {

        public boolean enabled() {
            return !tagKeys.isEmpty();
        }
    }

    /** @param runs the finished runs the Trend sheet covers, this one included (default 30) */
    public record Trend(@DefaultValue("30") int runs) {}

    public record Role(@DefaultValue("OrgAuditReadOnly") String name, String externalId,
                       @DefaultValue("orgaudit") String sessionName) {}

    public record Output(@DefaultValue("reports") Path directory) {}

    /**
     * @param endpoint one URL for every AWS service (LocalStack, moto, the simulator); empty for real AWS
     * @param region   the hub's region for global services (Organizations, STS)
     */
    public record Aws(URI endpoint, @DefaultValue("us-east-1") String region,
                      @DefaultValue("30s") Duration apiCallTimeout, @DefaultValue("10s") Duration attemptTimeout,
                      @DefaultValue("8") int maxAttempts) {}

    /** @param scenario "demo" or the path of a scenario YAML file; @param latency added to every simulated call */
    public record Simulator(@DefaultValue("demo") String scenario, @DefaultValue("0ms") Duration latency) {}

    /**
     * Optional upload of the workbook and findings files to S3 (server-side encrypted).
     *
     * @param bucket   empty: no upload
     * @param prefix   key prefix, e.g. "orgaudit/nightly/"
     * @param region   the bucket's region; empty: orgaudit.aws.region
     * @param kmsKeyId empty: SSE-S3 (AES256); else SSE-KMS with this key
     */
    public record Delivery(String bucket, @DefaultValue("") String prefix, String region, String kmsKeyId) {
        public boolean enabled() {
            return bucket != null && !bucket.isBlank();
        }
    }

    /**
     * What {@code orgaudit.command=rerun-failed} rescans.
     *
     * @param runId    the run to complete; empty: the latest run
     * @param accounts account ids to rescan; empty: the accounts that are ERROR in that run
     */
    public record Rerun(Long runId, @DefaultValue List<String> accounts) {}

    public boolean demo() {
        return source == Source.DEMO;
    }
}
