#!/usr/bin/env bash
# Runs every test of the project: unit and process tests (in-memory engine), integration tests
# against PostgreSQL, and the model lint (bpmnlint). Works on a fresh Debian machine:
#  - uses TEST_DATABASE_URL (+ TEST_DATABASE_USERNAME, TEST_DATABASE_PASSWORD) if set; the role
#    needs CREATEDB, since each test run creates its own databases;
#  - otherwise uses the local cluster on 127.0.0.1:5432: starts it if it is stopped, installs
#    PostgreSQL with apt if it is missing (as root), and creates the test role and database;
#  - installs Node.js/npm with apt if missing (as root), for the portal bundle and the model
#    lint, and Chromium with its driver (as root), for the browser tests.
# Fails when a test fails or when no test ran; ends with a line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n=== %s\n' "$*"; }
die() { printf '\nERROR: %s\n' "$*" >&2; exit 1; }

apt_install() {
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    die "$1 is missing. Install it ($2), or run this script as root on Debian to install it."
  fi
  log "installing $2 with apt"
  if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq; APT_UPDATED=1; fi
  # shellcheck disable=SC2086 # $2 is a list of packages
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $2 >/dev/null
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi
}

ensure_local_postgres() {
  command -v pg_lsclusters >/dev/null || apt_install "PostgreSQL" "postgresql"
  local version
  version=$(pg_lsclusters --no-header | awk '$2 == "main" {print $1}' | sort -V | tail -n1)
  [ -n "$version" ] || die "no PostgreSQL cluster 'main' found (pg_lsclusters)."
  if ! pg_lsclusters --no-header | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q online; then
    log "starting PostgreSQL $version"
    if [ "$(id -u)" = 0 ]; then
      pg_ctlcluster --skip-systemctl-redirect "$version" main start
    else
      sudo -n pg_ctlcluster --skip-systemctl-redirect "$version" main start \
        || die "PostgreSQL $version is stopped; start it: pg_ctlcluster $version main start"
    fi
  fi
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  pg_isready -q -h 127.0.0.1 -p 5432 || die "PostgreSQL does not answer on 127.0.0.1:5432."

  log "preparing test role and database"
  as_postgres psql -q -v ON_ERROR_STOP=1 -d postgres <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$TEST_DATABASE_USERNAME') THEN
    CREATE ROLE $TEST_DATABASE_USERNAME LOGIN CREATEDB PASSWORD '$TEST_DATABASE_PASSWORD';
  ELSE
    ALTER ROLE $TEST_DATABASE_USERNAME LOGIN CREATEDB PASSWORD '$TEST_DATABASE_PASSWORD';
  END IF;
END
\$\$;
SQL
  if [ -z "$(as_postgres psql -tAc "SELECT 1 FROM pg_database WHERE datname = 'funding_test'" -d postgres)" ]; then
    as_postgres createdb -O "$TEST_DATABASE_USERNAME" funding_test
  fi
  # databases left behind by interrupted runs
  as_postgres psql -tAc "SELECT datname FROM pg_database WHERE datname LIKE 'funding_it_%'" -d postgres \
    | while read -r db; do
        if [ -n "$db" ]; then as_postgres dropdb --force "$db" || true; fi
      done
}

if [ -z "${TEST_DATABASE_URL:-}" ]; then
  export TEST_DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/funding_test"
  export TEST_DATABASE_USERNAME="funding_test"
  export TEST_DATABASE_PASSWORD="funding_test"   # a local, test-only role
  ensure_local_postgres
else
  log "using TEST_DATABASE_URL=$TEST_DATABASE_URL"
fi

command -v java >/dev/null || apt_install "Java 17" "openjdk-17-jdk-headless"
command -v npm >/dev/null || apt_install "Node.js and npm" "nodejs npm"
command -v chromium >/dev/null || apt_install "Chromium" "chromium"
command -v chromedriver >/dev/null || apt_install "the Chromium driver" "chromium-driver"

log "running the Maven build with every test"
rm -rf target/surefire-reports target/failsafe-reports
status=0
./mvnw -B -ntp clean verify "$@" || status=$?

# count what ran, so that a run without tests cannot pass unnoticed
read -r tests failures errors skipped < <(
  cat target/surefire-reports/TEST-*.xml target/failsafe-reports/TEST-*.xml 2>/dev/null \
    | grep -o '<testsuite [^>]*>' \
    | awk '{
        match($0, / tests="[0-9]+"/);    t += substr($0, RSTART + 8, RLENGTH - 9)
        match($0, / failures="[0-9]+"/); f += substr($0, RSTART + 11, RLENGTH - 12)
        match($0, / errors="[0-9]+"/);   e += substr($0, RSTART + 9, RLENGTH - 10)
        match($0, / skipped="[0-9]+"/);  s += substr($0, RSTART + 10, RLENGTH - 11)
      } END { print t + 0, f + 0, e + 0, s + 0 }')
failed=$((failures + errors))
passed=$((tests - failed - skipped))
echo
echo "Tests: $passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] || die "the Maven build failed (exit $status)."
[ "$tests" -gt 0 ] || die "no test ran."
[ "$failed" -eq 0 ] || die "$failed tests failed."
echo "$passed passed, $failed failed"
