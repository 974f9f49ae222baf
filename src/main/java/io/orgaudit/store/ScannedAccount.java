package io.orgaudit.store;

import java.util.List;

/** An account as this run recorded it: what Organizations said, and how far the scan got. */
public record ScannedAccount(String id, String name, String email, String ouPath, String orgStatus, String scanState,
                             List<String> regions) {}
