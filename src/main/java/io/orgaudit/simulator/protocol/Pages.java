package io.orgaudit.simulator.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** AWS-style pagination with opaque tokens bound to the listing they came from. */
public final class Pages {

    public record Page<T>(List<T> items, Optional<String> nextToken) {
    }

    private Pages() {
    }

    /**
     * @param sizeParameter the request's page-size member, or null when the caller cannot choose
     * @param scope what is being listed (operation and key), so a token from another listing is refused
     */
    public static <T> Page<T> page(ApiRequest request, List<T> all, String tokenParameter, String sizeParameter, int maxSize,
                            String scope) {
        int size = sizeParameter == null ? maxSize : request.integer(sizeParameter).orElse(maxSize);
        if (size < 1 || size > maxSize) {
            throw request.errors().validation("1 validation error detected: Value '" + size + "' at '" + sizeParameter
                    + "' failed to satisfy constraint: Member must have value between 1 and " + maxSize);
        }
        int offset = request.optional(tokenParameter).map(token -> decode(request, token, scope, all.size())).orElse(0);
        int end = Math.min(all.size(), offset + size);
        Optional<String> next = end < all.size() ? Optional.of(encode(scope, end)) : Optional.empty();
        return new Page<>(all.subList(offset, end), next);
    }

    private static String encode(String scope, int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("sim1|" + scope + "|" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(ApiRequest request, String token, String scope, int total) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String prefix = "sim1|" + scope + "|";
            if (text.startsWith(prefix)) {
                int offset = Integer.parseInt(text.substring(prefix.length()));
                if (offset >= 0 && offset <= total) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw request.errors().validation("The specified next token is not valid for this request.");
    }
}
