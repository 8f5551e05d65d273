#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test run (CTest fixture "postgresql"):
#   postgres_server.sh start <state-dir>   initdb + start on 127.0.0.1 (a free port), create
#                                          the database devpulse_test; writes the URL the tests
#                                          connect to into <state-dir>/url
#   postgres_server.sh stop <state-dir>    stop the server and remove its files
# Without PostgreSQL's server programs (Debian: apt install postgresql) <state-dir>/url says
# "unavailable: ..." and the PostgreSQL variants of the tests skip with that sentence.
set -euo pipefail
action=${1:?start|stop}
state_dir=${2:?state directory}
mkdir -p "$state_dir"

bin_dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
run_as_server_user() {
    # initdb and postgres refuse to run as root; the Debian package's "postgres" user runs them.
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
    # A server a crashed earlier run left behind is stopped first.
    "$0" stop "$state_dir"
    rm -f "$state_dir/url"
    if [ -z "$bin_dir" ] || [ ! -x "$bin_dir/initdb" ]; then
        echo "unavailable: PostgreSQL's server programs are not installed (apt install postgresql)" >"$state_dir/url"
        echo "PostgreSQL is not installed: the PostgreSQL variants of the tests will skip" >&2
        exit 0
    fi
    cluster=$(mktemp -d "${TMPDIR:-/tmp}/devpulse-pg.XXXXXX")
    echo "$cluster" >"$state_dir/cluster"
    [ "$(id -u)" -eq 0 ] && chown postgres "$cluster"
    run_as_server_user "$bin_dir/initdb" -D "$cluster/data" -U devpulse -A trust -E UTF8 \
        --locale=C.UTF-8 --no-sync >"$cluster/initdb.log" 2>&1 \
        || { cat "$cluster/initdb.log" >&2; exit 1; }
    # A free port: try random ones until the server starts (it refuses a port in use).
    for attempt in $(seq 1 20); do
        port=$((20000 + RANDOM % 20000))
        if run_as_server_user "$bin_dir/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 30 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $cluster -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            start >/dev/null 2>&1; then
            "$bin_dir/psql" -h 127.0.0.1 -p "$port" -U devpulse -d postgres -qAt \
                -c "CREATE DATABASE devpulse_test" >/dev/null
            echo "postgresql://devpulse@127.0.0.1:$port/devpulse_test" >"$state_dir/url"
            echo "PostgreSQL $("$bin_dir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($cluster)"
            exit 0
        fi
    done
    cat "$cluster/server.log" >&2
    exit 1
    ;;
stop)
    if [ -f "$state_dir/cluster" ]; then
        cluster=$(cat "$state_dir/cluster")
        run_as_server_user "$bin_dir/pg_ctl" -D "$cluster/data" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "$cluster" "$state_dir/cluster"
    fi
    rm -f "$state_dir/url"
    ;;
*) echo "usage: $0 start|stop <state-dir>" >&2; exit 2 ;;
esac
