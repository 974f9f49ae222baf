package io.orgaudit.access;

import software.amazon.awssdk.core.exception.SdkException;

import io.orgaudit.settings.EnvironmentNotReadyException;

/**
 * The hub's first call (sts:GetCallerIdentity, which the scan makes anyway and caches), made before a run is opened:
 * no credentials, an endpoint that is closed, not AWS or failing then stop orgaudit with one line, and no run is
 * recorded for a scan that could not have started.
 */
public final class HubCheck {

    private final AwsAccess access;

    public HubCheck(AwsAccess access) {
        this.access = access;
    }

    public void confirm() {
        String target = access.endpointName();
        String account;
        try {
            account = access.hubAccountId();
        } catch (SdkException e) {
            throw new EnvironmentNotReadyException(EndpointProblems.describe(e, target), e);
        }
        if (account == null || account.isBlank()) {
            throw new EnvironmentNotReadyException(EndpointProblems.notAws(target,
                    "sts:GetCallerIdentity answered without an account id"), null);
        }
    }
}
