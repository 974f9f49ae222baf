package io.orgaudit.simulator.server;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.orgaudit.simulator.protocol.Caller;

/** Every credential the simulator has issued: the hub's static key and AssumeRole's session keys. */
public final class CredentialStore {

    private static final String KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Caller> byAccessKeyId = new ConcurrentHashMap<>();
    private final Caller hub;

    public CredentialStore(String managementAccountId) {
        String keyId = keyId("AKIA");
        hub = new Caller(keyId, secret(30), Optional.empty(), managementAccountId,
                "arn:aws:iam::" + managementAccountId + ":user/orgaudit-hub", keyId("AIDA"), Optional.empty());
        byAccessKeyId.put(hub.accessKeyId(), hub);
    }

    public Caller hub() {
        return hub;
    }

    Optional<Caller> find(String accessKeyId) {
        return Optional.ofNullable(byAccessKeyId.get(accessKeyId));
    }

    public Caller issueRoleSession(String accountId, String roleName, String sessionName, Duration duration) {
        String roleId = "AROA" + Integer.toHexString((accountId + roleName).hashCode()).toUpperCase() + "SIMROLE";
        Caller session = new Caller(keyId("ASIA"), secret(30), Optional.of(secret(120)), accountId,
                "arn:aws:sts::" + accountId + ":assumed-role/" + roleName + "/" + sessionName,
                roleId + ":" + sessionName, Optional.of(Instant.now().plus(duration)));
        byAccessKeyId.put(session.accessKeyId(), session);
        return session;
    }

    private String keyId(String prefix) {
        StringBuilder id = new StringBuilder(prefix);
        for (int i = 0; i < 16; i++) {
            id.append(KEY_ALPHABET.charAt(random.nextInt(KEY_ALPHABET.length())));
        }
        return id.toString();
    }

    private String secret(int bytes) {
        byte[] raw = new byte[bytes];
        random.nextBytes(raw);
        return Base64.getEncoder().encodeToString(raw);
    }
}
