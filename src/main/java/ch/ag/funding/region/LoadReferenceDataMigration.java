package ch.ag.funding.region;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 3.1: loads the initial reference data (municipalities, RIF regions and their
 * perimeters) from the CSV files in {@code src/main/resources/reference/} into the tables of
 * migration 3. Runs once per database; later changes are made by administrators.
 */
@Component
class LoadReferenceDataMigration implements JavaMigration {

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("3.1");
  }

  @Override
  public String getDescription() {
    return "load reference data from CSV";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    try (PreparedStatement insert = connection.prepareStatement("insert into municipality"
        + " (bfs_number, name, district, valid_from, valid_to) values (?, ?, ?, ?, ?)")) {
      for (Municipality municipality : ReferenceDataCsv.municipalities()) {
        insert.setInt(1, municipality.bfsNumber());
        insert.setString(2, municipality.name());
        insert.setString(3, municipality.district());
        setDate(insert, 4, municipality.validFrom());
        setDate(insert, 5, municipality.validTo());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "insert into region (id, name, contact_email) values (?, ?, ?)")) {
      for (Region region : ReferenceDataCsv.regions()) {
        insert.setString(1, region.id());
        insert.setString(2, region.name());
        insert.setString(3, region.contactEmail());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert = connection.prepareStatement("insert into region_membership"
        + " (region_id, bfs_number, valid_from, valid_to) values (?, ?, ?, ?)")) {
      for (Membership membership : ReferenceDataCsv.perimeters()) {
        insert.setString(1, membership.regionId());
        insert.setInt(2, membership.bfsNumber());
        setDate(insert, 3, membership.validFrom());
        setDate(insert, 4, membership.validTo());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void setDate(PreparedStatement statement, int index, LocalDate date)
      throws SQLException {
    if (date == null) {
      statement.setNull(index, Types.DATE);
    } else {
      statement.setDate(index, Date.valueOf(date));
    }
  }
}
