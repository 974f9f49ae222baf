package io.orgaudit.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Hides personal data before it reaches a file that is mailed around: e-mail addresses keep only their domain,
 * URLs keep scheme and host, phone numbers keep their last two digits. ARNs are resource names, not secrets, and stay.
 */
final class Masking {

    private static final String HIDDEN = "***";
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{4,}");

    private Masking() {
    }

    /** {@code alice@example.com} becomes {@code ***@example.com}; text without an @ is hidden entirely. */
    static String email(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        String trimmed = address.strip();
        int at = trimmed.lastIndexOf('@');
        if (at < 0 || at == trimmed.length() - 1) {
            return HIDDEN;
        }
        return HIDDEN + "@" + trimmed.substring(at + 1);
    }

    /** Masks one SNS subscription endpoint by its shape. */
    static String endpoint(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            return "";
        }
        String trimmed = endpoint.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("arn:")) {
            return trimmed;
        }
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return url(trimmed);
        }
        if (lower.startsWith("mailto:")) {
            return "mailto:" + email(trimmed.substring("mailto:".length()));
        }
        if (trimmed.indexOf('@') >= 0) {
            return email(trimmed);
        }
        if (PHONE.matcher(trimmed).matches()) {
            return phone(trimmed);
        }
        return HIDDEN;
    }

    /** Keeps scheme, host and port; user info, path and query may carry tokens (webhook secrets) and are hidden. */
    private static String url(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null) {
                return HIDDEN;
            }
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            boolean hasMore = uri.getRawUserInfo() != null || notEmpty(uri.getRawPath()) || uri.getRawQuery() != null
                    || uri.getRawFragment() != null;
            return uri.getScheme() + "://" + uri.getHost() + port + (hasMore ? "/" + HIDDEN : "");
        } catch (URISyntaxException e) {
            return HIDDEN;
        }
    }

    private static boolean notEmpty(String path) {
        return path != null && !path.isEmpty() && !path.equals("/");
    }

    /** {@code +15551234567} becomes {@code +*********67}. */
    private static String phone(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        String prefix = phone.startsWith("+") ? "+" : "";
        int shown = Math.min(2, digits.length());
        return prefix + "*".repeat(digits.length() - shown) + digits.substring(digits.length() - shown);
    }
}
