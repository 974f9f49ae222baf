package io.orgaudit.simulator.scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The organization's root and OUs with stable ids derived from the organization id and OU paths. */
public final class OrganizationTree {

    private final String organizationId;
    private final String managementAccountId;
    private final String rootId;
    private final Map<String, String> idByPath = new HashMap<>();
    private final Map<String, String> pathById = new HashMap<>();
    private final List<String> paths;

    OrganizationTree(Scenario scenario) {
        this.organizationId = scenario.organizationId();
        this.managementAccountId = scenario.managementAccountId();
        String suffix = organizationId.substring(2, 6);
        this.rootId = "r-" + suffix;
        this.paths = scenario.ouPaths();
        idByPath.put("", rootId);
        pathById.put(rootId, "");
        for (String path : paths) {
            String id = "ou-" + suffix + "-" + hash(path);
            idByPath.put(path, id);
            pathById.put(id, path);
        }
    }

    /** The given OU paths plus the OUs of the accounts, each with all its parent paths, parents first. */
    static List<String> closeOverParents(List<String> ouPaths, List<SimAccount> accounts) {
        Set<String> all = new LinkedHashSet<>();
        List<String> wanted = new ArrayList<>(ouPaths);
        accounts.forEach(account -> wanted.add(account.ouPath()));
        for (String path : wanted) {
            if (path.isEmpty()) {
                continue;
            }
            String[] parts = path.split("/");
            StringBuilder prefix = new StringBuilder();
            for (String part : parts) {
                prefix.append(prefix.length() == 0 ? "" : "/").append(part);
                all.add(prefix.toString());
            }
        }
        return List.copyOf(all);
    }

    public String rootId() {
        return rootId;
    }

    public String rootArn() {
        return "arn:aws:organizations::" + managementAccountId + ":root/" + organizationId + "/" + rootId;
    }

    public String ouArn(String ouId) {
        return "arn:aws:organizations::" + managementAccountId + ":ou/" + organizationId + "/" + ouId;
    }

    /** The OU path ("" for the root) of a parent id, if it exists. */
    public Optional<String> pathOf(String parentId) {
        return Optional.ofNullable(pathById.get(parentId));
    }

    public String idOf(String path) {
        return idByPath.get(path);
    }

    /** Direct child OU paths of a parent path. */
    public List<String> childOus(String parentPath) {
        return paths.stream().filter(path -> parentOf(path).equals(parentPath)).toList();
    }

    static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    public static String nameOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String hash(String path) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            StringBuilder id = new StringBuilder();
            for (int i = 0; id.length() < 8; i++) {
                id.append(Character.forDigit((digest[i] & 0xff) % 36, 36));
            }
            return id.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
