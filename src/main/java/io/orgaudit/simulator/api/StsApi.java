package io.orgaudit.simulator.api;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.orgaudit.simulator.protocol.ApiRequest;
import io.orgaudit.simulator.protocol.Caller;
import io.orgaudit.simulator.protocol.ErrorDialect;
import io.orgaudit.simulator.protocol.QueryApi;
import io.orgaudit.simulator.protocol.Xml;
import io.orgaudit.simulator.scenario.Scenario;
import io.orgaudit.simulator.scenario.SimAccount;
import io.orgaudit.simulator.server.CredentialStore;
import io.orgaudit.simulator.server.Faults;

/** AWS STS (query protocol): AssumeRole into the scenario's audit role, GetCallerIdentity. */
final class StsApi implements QueryApi {

    static final ErrorDialect ERRORS = ErrorDialect.query("AccessDenied", "ValidationError", "ValidationError");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws:iam::(\\d{12}):role/(?:[\\w+=,.@/-]*/)?([\\w+=,.@-]{1,64})");
    private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");
    /** The audit role's MaxSessionDuration, as IAM creates roles by default. */
    private static final int MAX_SESSION_SECONDS = 3600;

    private final CredentialStore credentials;
    private final Faults faults;

    StsApi(CredentialStore credentials, Faults faults) {
        this.credentials = credentials;
        this.faults = faults;
    }

    @Override
    public void call(ApiRequest request, Xml result) {
        switch (request.operation()) {
            case "AssumeRole" -> assumeRole(request, result);
            case "GetCallerIdentity" -> result.leaf("UserId", request.caller().userId())
                    .leaf("Account", request.accountId()).leaf("Arn", request.caller().arn());
            default -> throw request.errors().unknownOperation(request.operation());
        }
    }

    private void assumeRole(ApiRequest request, Xml result) {
        String roleArn = request.required("RoleArn");
        String sessionName = request.required("RoleSessionName");
        if (!SESSION_NAME.matcher(sessionName).matches()) {
            throw request.errors().validation("1 validation error detected: Value '" + sessionName
                    + "' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*");
        }
        int seconds = request.integer("DurationSeconds").orElse(MAX_SESSION_SECONDS);
        if (seconds < 900 || seconds > 43_200) {
            throw request.errors().validation("1 validation error detected: Value '" + seconds
                    + "' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200");
        }
        if (seconds > MAX_SESSION_SECONDS) {
            throw request.errors().validation("The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
        }
        Matcher arn = ROLE_ARN.matcher(roleArn);
        if (!arn.matches()) {
            throw request.errors().validation(roleArn + " is invalid");
        }
        String accountId = arn.group(1);
        String roleName = arn.group(2);
        if (!mayAssume(request, accountId, roleName, request.optional("ExternalId"))) {
            throw request.notAuthorized("sts:AssumeRole", roleArn);
        }
        Caller session = credentials.issueRoleSession(accountId, roleName, sessionName, Duration.ofSeconds(seconds));
        result.open("Credentials")
                .leaf("AccessKeyId", session.accessKeyId())
                .leaf("SecretAccessKey", session.secretAccessKey())
                .leaf("SessionToken", session.sessionToken().orElseThrow())
                .leaf("Expiration", session.expiration().orElseThrow())
                .close("Credentials")
                .open("AssumedRoleUser").leaf("AssumedRoleId", session.userId()).leaf("Arn", session.arn()).close("AssumedRoleUser");
    }

    /** The role exists (audit role of an active member), trusts us (external id) and no fault denies it. */
    private boolean mayAssume(ApiRequest request, String accountId, String roleName, Optional<String> externalId) {
        Scenario scenario = request.scenario();
        Optional<SimAccount> account = scenario.account(accountId);
        if (account.isEmpty() || !account.get().active() || !roleName.equals(scenario.auditRoleName())) {
            return false;
        }
        if (scenario.externalId().isPresent() && !scenario.externalId().equals(externalId)) {
            return false;
        }
        return faults.assumeRoleOverride(accountId).orElse(account.get().auditRoleDeployed());
    }
}
