# shellcheck shell=bash disable=SC2034  # variables are used by the scripts that source this
# Shared settings and helpers for tools/db/* and tools/test. Sourced, never run.
#
# The test servers live entirely under one directory of our own so that starting and stopping
# them never touches the machine's packaged PostgreSQL / MariaDB services or their data.

SQLPORT_TEST_DIR=${SQLPORT_TEST_DIR:-/tmp/sqlport-test}
# Fixed ports, away from the defaults (5432 / 3306) so a packaged server can keep running.
PG_PORT=54329
MARIADB_PORT=33069

PG_DIR="$SQLPORT_TEST_DIR/pg"
PG_DATA="$PG_DIR/data"
PG_RUN="$PG_DIR/run"            # unix socket directory
PG_LOG="$PG_DIR/server.log"

MARIADB_DIR="$SQLPORT_TEST_DIR/mariadb"
MARIADB_DATA="$MARIADB_DIR/data"
MARIADB_RUN="$MARIADB_DIR/run"
MARIADB_SOCKET="$MARIADB_RUN/mariadb.sock"
MARIADB_PID="$MARIADB_RUN/mariadb.pid"
MARIADB_LOG="$MARIADB_DIR/server.log"

# How long to wait for a server to accept connections, or to exit, before giving up.
SERVER_WAIT_SECONDS=${SERVER_WAIT_SECONDS:-60}

log() { printf '[sqlport-db] %s\n' "$*" >&2; }
die() { printf '[sqlport-db] error: %s\n' "$*" >&2; exit 1; }

# PostgreSQL 15's server binaries; Debian keeps them out of PATH.
pg_bin() {
    local dir=${PG_BIN:-/usr/lib/postgresql/15/bin}
    [ -x "$dir/pg_ctl" ] || die "PostgreSQL 15 server binaries not found in $dir (set PG_BIN or install postgresql-15)"
    printf '%s' "$dir"
}

# PostgreSQL refuses to run as root, so as root we run it as the `postgres` account;
# a developer without root runs it as themselves.
pg_user() { if [ "$(id -u)" -eq 0 ]; then printf 'postgres'; else id -un; fi; }
as_pg_user() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# MariaDB drops privileges itself when started as root with --user.
mariadb_user() { if [ "$(id -u)" -eq 0 ]; then printf 'mysql'; else id -un; fi; }

# True when something accepts TCP connections on 127.0.0.1:$1.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# True when pid $1 is alive and its command line mentions $2 (our data directory). Guards
# against a stale pid file whose number now belongs to an unrelated process.
pid_is_ours() {
    local pid=$1 marker=$2
    [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$marker"
}

# Waits until pid $1 has exited; returns 1 on timeout.
wait_for_exit() {
    local pid=$1 i
    for ((i = 0; i < SERVER_WAIT_SECONDS * 10; i++)); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    return 1
}

# The environment a `swift test` run needs to reach the servers. No passwords: the test servers
# trust loopback connections (PostgreSQL) and have a password-less root (MariaDB).
print_env() {
    cat <<ENV
export SQLPORT_LIVE=1
export SQLPORT_PG_URL=postgresql://postgres@127.0.0.1:$PG_PORT/postgres
export SQLPORT_MARIADB_URL=mariadb://root@127.0.0.1:$MARIADB_PORT/
ENV
}

# True when both of our servers are running from our data directories and accept queries.
servers_answer() {
    [ -r "$MARIADB_PID" ] && pid_is_ours "$(cat "$MARIADB_PID")" "$MARIADB_DATA" || return 1
    [ -r "$PG_DATA/postmaster.pid" ] && pid_is_ours "$(head -1 "$PG_DATA/postmaster.pid")" "$PG_DATA" || return 1
    "$(pg_bin)/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" || return 1
    mariadb-admin --protocol=tcp -h 127.0.0.1 -P "$MARIADB_PORT" -u root ping >/dev/null 2>&1
}
