package vn.pakn.adapters.jdbc;

import org.junit.jupiter.api.AfterEach;

class PostgresKillDuringWritesTest extends AbstractKillDuringWritesTest {

  private String base;
  private String schema;

  @Override
  protected String databaseUrl() throws Exception {
    base = TestDatabase.requirePostgresUrl();
    schema = TestDatabase.randomSchema();
    return TestDatabase.createSchema(base, schema);
  }

  @AfterEach
  void drop() throws Exception {
    if (schema != null) {
      TestDatabase.dropSchema(base, schema);
    }
  }
}
