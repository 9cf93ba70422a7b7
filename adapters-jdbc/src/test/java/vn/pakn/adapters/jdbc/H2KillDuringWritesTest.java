package vn.pakn.adapters.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2KillDuringWritesTest extends AbstractKillDuringWritesTest {

  @TempDir
  Path directory;

  @Override
  protected String databaseUrl() {
    return DataSourceFactory.h2Url(directory);
  }
}
