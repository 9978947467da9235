#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests that run the core on a server.
#   scripts/test-server.sh start STATE_DIR   initdb into a new folder under /tmp, start it on a free port
#                                            of 127.0.0.1 only, write STATE_DIR/url (mode 600)
#   scripts/test-server.sh stop STATE_DIR    stop that cluster at once and remove its folder
#   scripts/test-server.sh restart STATE_DIR restart that cluster (its sessions are dropped), same port
# The cluster belongs to an unprivileged user (PostgreSQL refuses to run as root): when this runs as
# root, the user `postgres` (or `nobody`). Never a system service, never another address. A watchdog
# stops the cluster when the process that started it (CTest) goes away, so a killed test run leaves
# nothing behind either.
set -euo pipefail

command=${1:-}
state=${2:-}
if [ -z "$command" ] || [ -z "$state" ]; then
  echo "usage: $0 start|stop|restart STATE_DIR" >&2
  exit 2
fi

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "PostgreSQL's server programs are not installed (scripts/install-deps.sh installs postgresql-15)" >&2
  exit 1
fi

# Runs a command as the cluster's owner.
owner=""
if [ "$(id -u)" -eq 0 ]; then
  if id postgres >/dev/null 2>&1; then owner=postgres; else owner=nobody; fi
fi
as_owner() {
  if [ -n "$owner" ]; then
    runuser -u "$owner" -- "$@"
  else
    "$@"
  fi
}

stop_cluster() {
  local cluster=$1
  [ -d "$cluster/data" ] && as_owner "$bin/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$cluster"
}

case "$command" in
start)
  mkdir -p "$state"
  if [ -f "$state/cluster" ]; then
    stop_cluster "$(cat "$state/cluster")"
    rm -f "$state/cluster" "$state/url"
  fi
  cluster=$(mktemp -d /tmp/casedesk-pg.XXXXXX)
  echo "$cluster" >"$state/cluster"
  trap 'stop_cluster "$cluster"; rm -f "$state/cluster"' ERR
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  printf '%s\n' "$password" >"$cluster/pwfile"
  [ -n "$owner" ] && chown -R "$owner" "$cluster"
  chmod 700 "$cluster"
  as_owner "$bin/initdb" -D "$cluster/data" -U casedesk_test -A scram-sha-256 --pwfile="$cluster/pwfile" \
    --locale=C.UTF-8 --encoding=UTF8 >"$cluster/initdb.log" 2>&1 ||
    { cat "$cluster/initdb.log" >&2; false; }
  rm -f "$cluster/pwfile"
  # A free port: try random ones until the server starts on one.
  started=""
  for _ in 1 2 3 4 5 6 7 8; do
    port=$((20000 + RANDOM % 30000))
    if as_owner "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
      -o "-p $port -k $cluster -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c casedesk.login_prefix=%d_" \
      start >/dev/null 2>&1; then
      started=yes
      break
    fi
  done
  if [ -z "$started" ]; then
    cat "$cluster/server.log" >&2
    false
  fi
  trap - ERR
  (umask 077 && printf 'postgresql://casedesk_test:%s@127.0.0.1:%s/postgres\n' "$password" "$port" >"$state/url")
  # The watchdog: stops the cluster when the starter's parent (CTest) has gone. By hand, give
  # CASEDESK_TEST_SERVER_WATCH=PID to keep the cluster while that process lives (1: until stop).
  watched=${CASEDESK_TEST_SERVER_WATCH:-$PPID}
  (
    exec </dev/null >/dev/null 2>&1
    while kill -0 "$watched" 2>/dev/null && [ -d "$cluster/data" ]; do sleep 2; done
    stop_cluster "$cluster"
  ) &
  disown
  echo "test server on 127.0.0.1:$port ($cluster)"
  ;;
restart)
  cluster=$(cat "$state/cluster")
  as_owner "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -m fast -w -t 60 restart >/dev/null
  ;;
stop)
  if [ -f "$state/cluster" ]; then
    stop_cluster "$(cat "$state/cluster")"
  fi
  rm -f "$state/cluster" "$state/url"
  ;;
*)
  echo "usage: $0 start|stop|restart STATE_DIR" >&2
  exit 2
  ;;
esac
