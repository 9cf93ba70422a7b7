package vn.pakn.adapters.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;

class H2DatabaseBehaviourTest extends AbstractDatabaseBehaviourTest {

  private Path directory;

  @Override
  protected String newDatabaseUrl() throws Exception {
    directory = Files.createTempDirectory("pakn-h2-");
    return DataSourceFactory.h2Url(directory);
  }

  @Override
  protected void dropDatabase() throws Exception {
    TestDatabase.deleteTree(directory);
  }
}
