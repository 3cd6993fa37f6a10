package ch.ag.funding.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Multiplies cases that the engine itself created (over REST, with every listener) by copying
 * their rows: the runtime and history rows of each process instance (but the insert-only logs),
 * the byte arrays they refer to and the authorizations on their tasks, with every engine id among them given a suffix, so
 * that each copy is a case of its own with the same shape; its reference and business key get
 * the suffix too. Used to reach 50,000 open tasks or 10,000 due reminders in seconds instead of
 * the half hour that REST starts take on two busy cores; the copies are then read and executed
 * by the engine like any case.
 */
final class CaseCloner {

  /**
   * History logs that the engine only ever appends to (variable details, the user operation log,
   * the job log): not copied, since nothing reads them back for a running case, and copying
   * them would take most of the time.
   */
  private static final String INSERT_ONLY_LOGS = "'act_hi_detail', 'act_hi_op_log',"
      + " 'act_hi_job_log'";

  private CaseCloner() {}

  /** Starts a number of cases over REST (with every listener); see {@link #seed}. */
  interface Starter {
    void start(int cases) throws Exception;
  }

  /**
   * Makes {@code total} cases of the funding process: {@link BenchmarkSettings#startedOverRest}
   * of them started by {@code starter}, the rest copied from those. Returns the seeding's
   * figures: {@code startedOverRest}, {@code copiedFromThose}, {@code seedSeconds}.
   */
  static Map<String, Object> seed(BenchmarkSettings settings, BenchmarkDatabase database,
      int total, Starter starter) throws Exception {
    long started = System.nanoTime();
    int overRest = settings.startedOverRest(total);
    starter.start(overRest);
    cloneRunningCases(database, "fundingApplication", total / overRest - 1);
    // statistics for the copied rows now, as autovacuum keeps them in a database that grew over
    // months. Without them the node's connections keep the generic plans they made while the
    // tables were small (during the REST starts) until autovacuum's analyze comes round, up to
    // a minute into the measurement: one of them read ACT_RU_VARIABLE sequentially for each
    // execution's variables, 16 ms a time (README "Benchmarks", third round)
    database.update("analyze");
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("startedOverRest", overRest);
    figures.put("copiedFromThose", total - overRest);
    figures.put("seedSeconds", Latencies.round((System.nanoTime() - started) / 1e9));
    return figures;
  }

  /** Adds {@code copies} copies of every running case of the process definition key. */
  static void cloneRunningCases(BenchmarkDatabase database, String processDefinitionKey,
      int copies) throws SQLException {
    if (copies <= 0) {
      return;
    }
    try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
      connection.setAutoCommit(false);
      sql.execute("create temporary table template_instance on commit drop as select id_ from"
          + " act_ru_execution where id_ = proc_inst_id_ and proc_def_key_ = '"
          + processDefinitionKey + "'");
      List<String> tables = new ArrayList<>();
      List<String> instanceColumns = new ArrayList<>();
      try (ResultSet rows = sql.executeQuery("select table_name, column_name from"
          + " information_schema.columns where table_schema = current_schema() and"
          + " (table_name like 'act_ru_%' or table_name like 'act_hi_%') and column_name in"
          + " ('proc_inst_id_', 'process_instance_id_') and table_name not in ("
          + INSERT_ONLY_LOGS + ")"
          + " order by table_name <> 'act_ru_execution', table_name")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
          instanceColumns.add(rows.getString(2));
        }
      }
      // every id owned by the template cases: their rows' ids and the byte arrays they use
      sql.execute("create temporary table owned (id varchar(64) primary key) on commit drop");
      for (int i = 0; i < tables.size(); i++) {
        sql.execute("insert into owned select id_ from " + tables.get(i) + " where "
            + instanceColumns.get(i) + " in (select id_ from template_instance)"
            + " on conflict do nothing");
        for (String byteArray : byteArrayColumns(connection, tables.get(i))) {
          sql.execute("insert into owned select " + byteArray + " from " + tables.get(i)
              + " where " + instanceColumns.get(i) + " in (select id_ from template_instance)"
              + " and " + byteArray + " is not null on conflict do nothing");
        }
      }
      // the tasks' candidate groups (identity links carry no process instance id)
      sql.execute("insert into owned select id_ from act_ru_identitylink where task_id_ in"
          + " (select id from owned) on conflict do nothing");
      sql.execute("insert into owned select id_ from act_ru_authorization where resource_id_ in"
          + " (select id from owned) on conflict do nothing");
      sql.execute("create temporary table copy_number on commit drop as"
          + " select generate_series(1, " + copies + ") as n");
      copy(connection, "act_ge_bytearray", "id_ in (select id from owned)");
      for (int i = 0; i < tables.size(); i++) {
        copy(connection, tables.get(i), instanceColumns.get(i)
            + " in (select id_ from template_instance)");
      }
      copy(connection, "act_ru_identitylink", "task_id_ in (select id from owned)");
      copy(connection, "act_ru_authorization", "resource_id_ in (select id from owned)"
          + " and id_ in (select id from owned)");
      connection.commit();
    }
  }

  private static List<String> byteArrayColumns(Connection connection, String table)
      throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(
        "select column_name from information_schema.columns where table_schema ="
            + " current_schema() and table_name = '" + table + "' and column_name in"
            + " ('bytearray_id_', 'byte_array_id_', 'exception_stack_id_',"
            + " 'error_details_id_')")) {
      while (rows.next()) {
        columns.add(rows.getString(1));
      }
    }
    return columns;
  }

  /** Copies the rows, suffixing owned ids, references and business keys with the copy's number. */
  private static void copy(Connection connection, String table, String templateRows)
      throws SQLException {
    List<String> names = new ArrayList<>();
    List<String> values = new ArrayList<>();
    boolean variables = table.equals("act_ru_variable") || table.equals("act_hi_varinst");
    try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(
        "select column_name, data_type from information_schema.columns where table_schema ="
            + " current_schema() and table_name = '" + table + "' order by ordinal_position")) {
      while (rows.next()) {
        String column = rows.getString(1);
        String type = rows.getString(2);
        names.add(column);
        if (!type.startsWith("character")) {
          values.add(column);
        } else if (column.equals("business_key_")) {
          values.add(column + " || '-' || n");
        } else if (variables && column.equals("text_")) {
          values.add("case when name_ in ('reference', 'listReference') then text_ || '-' || n"
              + " else text_ end");
        } else {
          values.add("case when " + column + " in (select id from owned) then " + column
              + " || '-' || n else " + column + " end");
        }
      }
    }
    try (Statement sql = connection.createStatement()) {
      sql.execute("insert into " + table + " (" + String.join(", ", names) + ") select "
          + String.join(", ", values) + " from " + table + ", copy_number where "
          + templateRows);
    }
  }
}
