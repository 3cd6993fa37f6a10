package ch.ag.funding.region;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The reference data tables of the RIF perimeters. */
@Repository
class PerimeterRepository {

  private final JdbcTemplate jdbc;

  PerimeterRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * All perimeters with their history: a few hundred rows. Inside a transaction they are read
   * once (a submission needs them for its responsibility, its office mail and its budget check)
   * and again after {@link #replaceMemberships}; outside one, at every call.
   */
  Perimeters load() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return read();
    }
    Perimeters perimeters = (Perimeters) TransactionSynchronizationManager.getResource(this);
    if (perimeters == null) {
      perimeters = read();
      TransactionSynchronizationManager.bindResource(this, perimeters);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(PerimeterRepository.this);
        }
      });
    }
    return perimeters;
  }

  private Perimeters read() {
    return new Perimeters(
        jdbc.query("select bfs_number, name, district, valid_from, valid_to from municipality"
                + " order by bfs_number",
            (row, i) -> new Municipality(row.getInt("bfs_number"), row.getString("name"),
                row.getString("district"), date(row, "valid_from"), date(row, "valid_to"))),
        jdbc.query("select id, name, contact_email from region order by id",
            (row, i) -> new Region(row.getString("id"), row.getString("name"),
                row.getString("contact_email"))),
        jdbc.query("select region_id, bfs_number, valid_from, valid_to from region_membership"
                + " order by region_id, bfs_number, valid_from",
            (row, i) -> new Membership(row.getString("region_id"), row.getInt("bfs_number"),
                date(row, "valid_from"), date(row, "valid_to"))));
  }

  /**
   * Replaces all memberships, with their history, by these: only inside the caller's transaction,
   * so that the perimeters are never half replaced. Locks the region rows first, so that two
   * replacements at the same time run one after the other instead of adding up.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  void replaceMemberships(List<Membership> memberships) {
    jdbc.queryForList("select id from region order by id for update", String.class);
    // the transaction's next load() reads the new memberships
    TransactionSynchronizationManager.unbindResourceIfPossible(this);
    jdbc.update("delete from region_membership");
    jdbc.batchUpdate("insert into region_membership (region_id, bfs_number, valid_from, valid_to)"
        + " values (?, ?, ?, ?)", memberships, 500, (insert, membership) -> {
          insert.setString(1, membership.regionId());
          insert.setInt(2, membership.bfsNumber());
          insert.setDate(3, Date.valueOf(membership.validFrom()));
          if (membership.validTo() == null) {
            insert.setNull(4, Types.DATE);
          } else {
            insert.setDate(4, Date.valueOf(membership.validTo()));
          }
        });
  }

  private static LocalDate date(ResultSet row, String column) throws SQLException {
    Date value = row.getDate(column);
    return value == null ? null : value.toLocalDate();
  }
}
