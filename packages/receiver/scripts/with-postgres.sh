#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster: installs PostgreSQL from Debian's
# packages when missing, starts a cluster in a temporary folder on a free loopback port, creates
# a database, runs "$@" with DATABASE_URL set, and always stops and removes the cluster.
#   usage: scripts/with-postgres.sh node --test test/
set -euo pipefail

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
PGBIN="$(find_bin)"
if [[ -z "$PGBIN" || ! -x "$PGBIN/pg_ctl" ]]; then
  echo "with-postgres: installing PostgreSQL from Debian's packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
  PGBIN="$(find_bin)"
fi

# PostgreSQL refuses to run as root: run the cluster as the postgres user then.
if [[ "$(id -u)" == 0 ]]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi

TMP="$(mktemp -d /tmp/bandeau-pg.XXXXXX)"
chmod 755 "$TMP"
PGDATA="$TMP/data"
mkdir -p "$PGDATA"
[[ "$(id -u)" == 0 ]] && chown postgres "$TMP" "$PGDATA"

cleanup() {
  local rc=$?
  as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$TMP"
  exit $rc
}
trap cleanup EXIT INT TERM

PORT="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
PGOPTS="-c listen_addresses=127.0.0.1 -p $PORT -k $TMP -c max_connections=200 -c shared_buffers=256MB"
as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --no-locale >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$TMP/postgres.log" -w -t 60 start -o "$PGOPTS" >/dev/null

# For the tests that stop and start the server under load: "$RECEIVER_TEST_PG_CTL" stop fast|immediate, or start.
RUNAS=""; [[ "$(id -u)" == 0 ]] && RUNAS="runuser -u postgres --"
cat > "$TMP/pg-ctl" <<EOF
#!/usr/bin/env bash
set -euo pipefail
case "\$1" in
  stop) $RUNAS "$PGBIN/pg_ctl" -D "$PGDATA" -m "\$2" -w -t 60 stop >/dev/null ;;
  start) $RUNAS "$PGBIN/pg_ctl" -D "$PGDATA" -l "$TMP/postgres.log" -w -t 60 start -o "$PGOPTS" >/dev/null ;;
  *) echo "usage: pg-ctl stop fast|immediate | start" >&2; exit 2 ;;
esac
EOF
chmod 755 "$TMP/pg-ctl"
export RECEIVER_TEST_PG_CTL="$TMP/pg-ctl"
"$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres receipts
echo "with-postgres: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT" >&2

export DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/receipts"
set +e
"$@"
rc=$?
set -e
exit $rc
