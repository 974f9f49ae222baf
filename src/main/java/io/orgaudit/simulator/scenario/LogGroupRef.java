package io.orgaudit.simulator.scenario;

/** Where a trail delivers its events: a log group named in a given account and region. */
public record LogGroupRef(String accountId, String region, String name) {

    /** The form CloudTrail reports as {@code CloudWatchLogsLogGroupArn}. */
    public String arn() {
        return "arn:aws:logs:" + region + ":" + accountId + ":log-group:" + name + ":*";
    }
}
