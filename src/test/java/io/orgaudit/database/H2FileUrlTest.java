package io.orgaudit.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class H2FileUrlTest {

    @Test
    void theDefaultUrlNamesTheMvDbFileInTheWorkingDirectory() {
        assertThat(H2FileUrl.databaseFile("jdbc:h2:file:./data/orgaudit;DB_CLOSE_ON_EXIT=FALSE"))
                .contains(Path.of("data/orgaudit.mv.db").toAbsolutePath());
    }

    @Test
    void anAbsolutePathWithoutFilePrefixIsAFile() {
        assertThat(H2FileUrl.databaseFile("jdbc:h2:/var/lib/orgaudit/db")).contains(Path.of("/var/lib/orgaudit/db.mv.db"));
    }

    @Test
    void theHomeFolderIsExpanded() {
        assertThat(H2FileUrl.databaseFile("jdbc:h2:~/orgaudit"))
                .contains(Path.of(System.getProperty("user.home"), "orgaudit.mv.db"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:mem:test", "jdbc:h2:mem:", "jdbc:h2:tcp://db:9092/orgaudit", "jdbc:h2:ssl://db/x",
            "jdbc:h2:zip:/backup.zip!/orgaudit", "jdbc:h2:file:/data/orgaudit;CIPHER=AES",
            "jdbc:postgresql://db:5432/orgaudit", ""})
    void otherDatabasesAndH2ModesAreLeftAlone(String url) {
        assertThat(H2FileUrl.databaseFile(url)).isEmpty();
    }

    @Test
    void noUrlIsLeftAlone() {
        assertThat(H2FileUrl.databaseFile(null)).isEmpty();
    }
}
