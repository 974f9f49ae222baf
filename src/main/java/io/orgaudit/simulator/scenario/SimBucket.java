package io.orgaudit.simulator.scenario;

/**
 * An S3 bucket the scenario declares, in the account that owns it and its region. Only the owner may put objects
 * in it (the simulator has no bucket policies), and only when the request is signed for the bucket's region.
 */
public record SimBucket(String name, String accountId, String region) {

    public String arn() {
        return "arn:aws:s3:::" + name;
    }
}
