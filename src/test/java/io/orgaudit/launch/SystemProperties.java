package io.orgaudit.launch;

import java.util.HashMap;
import java.util.Map;

/** Sets JVM system properties for the length of one action (the AWS SDK reads its settings from them), then restores them. */
final class SystemProperties {

    interface Action<T> {
        T run() throws Exception;
    }

    private SystemProperties() {
    }

    static <T> T with(Map<String, String> properties, Action<T> action) throws Exception {
        Map<String, String> previous = new HashMap<>();
        properties.forEach((key, value) -> previous.put(key, System.setProperty(key, value)));
        try {
            return action.run();
        } finally {
            previous.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
        }
    }
}
