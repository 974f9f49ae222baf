package io.orgaudit.access;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

import io.orgaudit.settings.ScanSettings;

/**
 * The hub identity and a session per member account. The hub's own account is read with the hub credentials;
 * every other account through its audit role. A role that cannot be assumed is remembered for the run, so a log
 * group shared by hundreds of members does not cost hundreds of failing AssumeRole calls.
 */
public final class AwsAccess implements AutoCloseable {

    private final ScanSettings settings;
    private final AwsTarget target;
    private final AwsClientFactory factory;
    private final StsClient hubSts;
    private final OncePerKey<String, AccountSession> sessions = new OncePerKey<>();
    private final RequestRate assumeRoleRate = ServiceQuotas.hubAssumeRole();
    private final Map<String, RoleAssumptionException> refused = new ConcurrentHashMap<>();
    private volatile String hubAccountId;

    public AwsAccess(ScanSettings settings, AwsTarget target) {
        this.settings = settings;
        this.target = target;
        this.factory = new AwsClientFactory(settings, target);
        this.hubSts = factory.build(StsClient.builder(), settings.aws().region(), target.hubCredentials());
    }

    public String targetDescription() {
        return target.description();
    }

    /** The endpoint calls go to, as a message names it: "the AWS endpoint http://..." or "AWS". */
    String endpointName() {
        return target.endpoint().map(uri -> "the AWS endpoint " + uri).orElse("AWS");
    }

    /** The account the hub credentials belong to (normally the management or delegated administrator account). */
    public String hubAccountId() {
        String known = hubAccountId;
        if (known == null) {
            synchronized (this) { // asked from the listing and the first accounts at once: one GetCallerIdentity
                if (hubAccountId == null) {
                    hubAccountId = hubSts.getCallerIdentity().account();
                }
                known = hubAccountId;
            }
        }
        return known;
    }

    public OrganizationsClient organizations() {
        return factory.build(OrganizationsClient.builder(), settings.aws().region(), target.hubCredentials());
    }

    /** S3 as the hub identity, for delivering reports; the caller closes it. */
    public S3Client s3(String region) {
        return factory.build(S3Client.builder().forcePathStyle(target.endpoint().isPresent()),
                region == null || region.isBlank() ? settings.aws().region() : region, target.hubCredentials());
    }

    public String roleArn(String accountId) {
        return "arn:aws:iam::" + accountId + ":role/" + settings.role().name();
    }

    /**
     * The session of an account, assuming its role on first use. Callers that want the same account at once wait for
     * the one AssumeRole rather than making their own; callers that want other accounts do not wait at all.
     */
    public AccountSession session(String accountId) {
        RoleAssumptionException known = refused.get(accountId);
        if (known != null) {
            throw known;
        }
        return sessions.get(accountId, () -> {
            try {
                return openSession(accountId);
            } catch (RoleAssumptionException e) {
                refused.put(accountId, e);
                throw e;
            }
        });
    }

    /**
     * Builds, one task per service, the shared clients a member account's scan uses in this region: CloudTrail for
     * its first call, then Logs, CloudWatch and SNS for its trail's chain. A cold SDK client takes a few tenths of a
     * second to build, and the first accounts all wait for the organization trail's chain, read through three of
     * them one after another; built side by side while the organization is still being listed, they are ready.
     */
    public List<Runnable> memberClientBuilds(String region) {
        return List.of(
                () -> factory.shared(CloudTrailClient.class, region, CloudTrailClient::builder),
                () -> factory.shared(CloudWatchLogsClient.class, region, CloudWatchLogsClient::builder),
                () -> factory.shared(CloudWatchClient.class, region, CloudWatchClient::builder),
                () -> factory.shared(SnsClient.class, region, SnsClient::builder));
    }

    /** A new run starts from scratch: a role fixed since the last run is tried again. */
    public void forgetSessions() {
        refused.clear();
        sessions.forgetAll(AccountSession::close);
    }

    /** Forgets an account's credentials once its scan is done; the hub's session stays for shared evidence. */
    public void release(String accountId) {
        if (!accountId.equals(hubAccountId)) {
            sessions.forget(accountId, AccountSession::close);
        }
    }

    private AccountSession openSession(String accountId) {
        boolean hub = accountId.equals(hubAccountId());
        return new AccountSession(accountId, hub ? target.hubCredentials() : assumeRole(accountId), !hub, factory,
                settings.aws().region());
    }

    private AwsCredentialsProvider assumeRole(String accountId) {
        ScanSettings.Role role = settings.role();
        StsAssumeRoleCredentialsProvider provider = StsAssumeRoleCredentialsProvider.builder()
                .stsClient(hubSts)
                .refreshRequest(request -> request.roleArn(roleArn(accountId))
                        .roleSessionName(role.sessionName())
                        .externalId(role.externalId() == null || role.externalId().isBlank() ? null : role.externalId())
                        .durationSeconds(3600))
                .build();
        try {
            assumeRoleRate.acquire(); // the hub's AssumeRole quota is the one every account of the scan shares
            provider.resolveCredentials(); // fail here, once, with a clear reason rather than in every later call
            return provider;
        } catch (RuntimeException e) {
            provider.close();
            throw new RoleAssumptionException(AwsFailures.classify("sts:AssumeRole", e), e);
        }
    }

    @Override
    public void close() {
        sessions.forgetAll(AccountSession::close);
        hubSts.close();
        factory.close();
    }
}
