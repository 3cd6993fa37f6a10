package ch.ag.funding.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class ApiExceptionHandlerTest {

  private final ApiExceptionHandler handler = new ApiExceptionHandler();

  private static MockHttpServletRequest apiRequest() {
    return new MockHttpServletRequest("POST", "/api/applications");
  }

  @Test
  void aDatabaseThatIsAwayIsAServiceUnavailableWithAGermanMessage() throws Exception {
    // as the engine reports a connection the server closed while restarting
    Exception failure = new ProcessEngineException("could not start the case",
        new PersistenceException(new SQLException("terminating connection due to"
            + " administrator command", "57P01")));

    ResponseEntity<ApiError> answer = handler.other(failure, apiRequest());

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
    assertThat(answer.getBody().message()).startsWith("Der Dienst ist im Moment nicht"
        + " erreichbar; Ihre Anfrage wurde nicht bearbeitet.");
  }

  @Test
  void noConnectionToBeHadIsUnreachableToo() {
    assertThat(ApiExceptionHandler.databaseUnreachable(new CannotCreateTransactionException(
        "no connection", new SQLTransientConnectionException("pool timed out")))).isTrue();
    assertThat(ApiExceptionHandler.databaseUnreachable(new IllegalStateException("wrapped",
        new SQLException("Connection refused", "08001")))).isTrue();
  }

  @Test
  void aRollbackThatFailedAfterTheDatabaseWentAwayIsUnreachable() {
    // as seen in ClusterFaultIT: the submission's statement broke off, then its rollback found
    // the connection closed (HikariCP's "Connection is closed" has no SQL state)
    TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
        new SQLException("Connection is closed"));
    rollback.initApplicationException(new ProcessEngineException("persistence",
        new PersistenceException(new SQLException("An I/O error occurred while sending to the"
            + " backend.", "08006"))));

    assertThat(ApiExceptionHandler.databaseUnreachable(rollback)).isTrue();
    assertThat(ApiExceptionHandler.databaseUnreachable(new TransactionSystemException(
        "JDBC rollback failed", new SQLException("Connection is closed")))).isFalse();
  }

  @Test
  void otherFailuresStayUnexpectedErrors() throws Exception {
    assertThat(ApiExceptionHandler.databaseUnreachable(new ProcessEngineException("bug",
        new SQLException("duplicate key", "23505")))).isFalse();

    ResponseEntity<ApiError> answer = handler.other(new IllegalStateException("bug"),
        apiRequest());

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(answer.getBody().message()).startsWith("Ein unerwarteter Fehler");
  }
}
