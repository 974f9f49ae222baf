package io.orgaudit.simulator.protocol;

import java.time.Instant;
import java.util.Optional;

/** Who signed a request: a credential the simulator issued, and the account and principal it acts as. */
public record Caller(String accessKeyId, String secretAccessKey, Optional<String> sessionToken, String accountId,
              String arn, String userId, Optional<Instant> expiration) {
}
