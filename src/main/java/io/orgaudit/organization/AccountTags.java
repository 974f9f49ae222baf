package io.orgaudit.organization;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.ListTagsForResourceResponse;
import software.amazon.awssdk.services.organizations.model.Tag;

import io.orgaudit.access.AwsAccess;
import io.orgaudit.access.AwsFailures;
import io.orgaudit.access.RequestRate;

/**
 * The configured tag keys of each account's Organizations tags, read through the hub identity with the same kind of
 * Organizations client the listing uses, one ListTagsForResource (and one more per further page) per account.
 * <p>
 * Organizations is a global service whose request quotas apply to the whole organization and mostly to calls made
 * from the management account ("Quotas and service limits for AWS Organizations",
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html); AWS publishes no
 * per-operation rate for ListTagsForResource and answers TooManyRequestsException when the shared quota is
 * exceeded. So the calls are paced at {@code orgaudit.owners.calls-per-second} (default 5) without a burst, leaving
 * the listing and the organization's other tools most of the quota; the SDK's retries handle what throttling remains.
 */
public final class AccountTags implements AutoCloseable {

    public static final String OPERATION = "organizations:ListTagsForResource";

    private final OrganizationsClient organizations;
    private final RequestRate rate;
    private final List<String> keys;

    public AccountTags(AwsAccess access, List<String> keys, double callsPerSecond) {
        this.organizations = access.organizations();
        this.rate = new RequestRate(callsPerSecond, 1);
        this.keys = List.copyOf(keys);
    }

    /**
     * The account's values of the configured keys, in their order; a key the account is not tagged with is absent.
     *
     * @throws TagsNotRead when a call failed after the SDK's retries (denied, throttled, the account left)
     */
    public Map<String, String> read(String accountId) {
        Map<String, String> all = new HashMap<>();
        try {
            String token = null;
            do {
                rate.acquire();
                String page = token;
                ListTagsForResourceResponse response = organizations.listTagsForResource(
                        request -> request.resourceId(accountId).nextToken(page));
                for (Tag tag : response.tags()) {
                    all.put(tag.key(), tag.value());
                }
                token = response.nextToken();
            } while (token != null && !token.isEmpty());
        } catch (SdkException e) {
            throw new TagsNotRead(accountId, AwsFailures.classify(OPERATION, e), e);
        }
        Map<String, String> kept = new LinkedHashMap<>();
        for (String key : keys) {
            if (all.containsKey(key)) {
                kept.put(key, all.get(key));
            }
        }
        return kept;
    }

    @Override
    public void close() {
        organizations.close();
    }
}
