package vn.pakn.adapters.jdbc;

class PostgresDatabaseBehaviourTest extends AbstractDatabaseBehaviourTest {

  private String base;
  private String schema;

  @Override
  protected String newDatabaseUrl() throws Exception {
    base = TestDatabase.requirePostgresUrl();
    schema = TestDatabase.randomSchema();
    return TestDatabase.createSchema(base, schema);
  }

  @Override
  protected void dropDatabase() throws Exception {
    if (schema != null) {
      TestDatabase.dropSchema(base, schema);
    }
  }
}
