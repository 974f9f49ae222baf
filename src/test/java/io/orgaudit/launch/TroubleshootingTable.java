package io.orgaudit.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bad-input table of docs/troubleshooting.md, as rows made from {@link BadInputCatalog}, so the guide claims
 * exactly what the tests assert. The test's folder and ports are shown as /srv/orgaudit, 8999 (closed), 8080 (HTML)
 * and 8500 (HTTP 500).
 */
final class TroubleshootingTable {

    private TroubleshootingTable() {
    }

    static List<String> rows() {
        return BadInputCatalog.all().stream().map(TroubleshootingTable::row).toList();
    }

    static String row(BadInput input) {
        List<String> given = new ArrayList<>();
        new TreeMap<>(input.environment()).forEach((variable, value) -> given.add(variable + "=" + value));
        given.addAll(input.arguments());
        String line = "orgaudit: " + shown(input.line());
        return "| " + input.name() + " | `" + shown(String.join(" ", given)) + "` | `"
                + (line.endsWith("...") ? line.substring(0, line.length() - 3) + "`…" : line + "`")
                + " | " + input.exitCode() + " |";
    }

    private static String shown(String text) {
        String result = text;
        for (Map.Entry<String, String> placeholder : Map.of("{dir}", "/srv/orgaudit", "{closed}", "8999",
                "{html}", "8080", "{failing}", "8500").entrySet()) {
            result = result.replace(placeholder.getKey(), placeholder.getValue());
        }
        return result;
    }
}
