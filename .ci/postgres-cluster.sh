# A throwaway PostgreSQL cluster for the tests: sourced by .ci/run (and by hand:
# `. .ci/postgres-cluster.sh; pg_cluster_start; …; pg_cluster_stop`).
#
# pg_cluster_start installs PostgreSQL from the system packages when no initdb is found,
# makes a cluster in a temporary folder as the `postgres` user (a server refuses to run as
# root), starts it on a Unix socket in that folder and on 127.0.0.1 at a free port, creates
# the role `innodash` (password `innodash-ci`, for the tests of TCP logins; CREATEDB and CREATEROLE, so
# that each test gets a database of its own and a read-only role can be tried) and the database
# `innodash_test` it owns, and exports INNODASH_TEST_POSTGRES (over the socket, no password)
# and INNODASH_TEST_POSTGRES_TCP. Local (socket) logins are trusted; TCP ones need the
# password (scram-sha-256). A second server speaks TLS only (pg_cluster_start_tls).

pg_cluster_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

pg_cluster_start() {
  local bin
  if ! bin=$(pg_cluster_bin); then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
    bin=$(pg_cluster_bin)
  fi
  PG_CLUSTER_AS=()
  PG_CLUSTER_DIR=$(mktemp -d /tmp/innodash-pg.XXXXXX)
  export PG_CLUSTER_DIR PG_CLUSTER_BIN=$bin
  chown postgres "$PG_CLUSTER_DIR" 2>/dev/null || true
  chmod 700 "$PG_CLUSTER_DIR"
  local as_postgres=()
  [ "$(id -u)" -eq 0 ] && as_postgres=(runuser -u postgres --)
  PG_CLUSTER_AS=("${as_postgres[@]}")
  # A free port: the kernel picks one for a socket bound to port 0.
  PG_CLUSTER_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  export PG_CLUSTER_PORT
  "${as_postgres[@]}" "$bin/initdb" -D "$PG_CLUSTER_DIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$PG_CLUSTER_DIR/initdb.log"
  cat >"$PG_CLUSTER_DIR/data/pg_hba.conf" <<'HBA'
local all all trust
host all all 127.0.0.1/32 scram-sha-256
HBA
  "${as_postgres[@]}" "$bin/pg_ctl" -D "$PG_CLUSTER_DIR/data" -l "$PG_CLUSTER_DIR/server.log" -w \
    -o "-p $PG_CLUSTER_PORT -k $PG_CLUSTER_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  local psql=("${as_postgres[@]}" "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_CLUSTER_DIR" -p "$PG_CLUSTER_PORT" -U postgres)
  "${psql[@]}" -d postgres -c "CREATE ROLE innodash LOGIN CREATEDB CREATEROLE PASSWORD 'innodash-ci'"
  "${psql[@]}" -d postgres -c "CREATE DATABASE innodash_test OWNER innodash"
  export INNODASH_TEST_POSTGRES="postgres://innodash@:$PG_CLUSTER_PORT/innodash_test?host=$PG_CLUSTER_DIR"
  export INNODASH_TEST_POSTGRES_TCP="postgres://innodash@127.0.0.1:$PG_CLUSTER_PORT/innodash_test"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $PG_CLUSTER_PORT, socket in $PG_CLUSTER_DIR: INNODASH_TEST_POSTGRES=$INNODASH_TEST_POSTGRES"
  pg_cluster_start_tls || echo "no TLS server (openssl missing?): the tests of sslmode=verify-ca/verify-full are skipped"
}

# A second server that speaks TLS only (the first offers none, so that "the server does not
# offer TLS" can be tried): a certificate authority made here signs the server's certificate
# for localhost (and not for 127.0.0.1, so that verify-full can be seen to check the name).
# Exports INNODASH_TEST_POSTGRES_TLS (TCP, password innodash-ci) and
# INNODASH_TEST_POSTGRES_TLS_CA (the authority's certificate).
pg_cluster_start_tls() {
  command -v openssl >/dev/null || return 1
  local bin=$PG_CLUSTER_BIN dir=$PG_CLUSTER_DIR/tls as_postgres=(${PG_CLUSTER_AS[@]+"${PG_CLUSTER_AS[@]}"})
  mkdir -p "$dir" && chown postgres "$dir" 2>/dev/null; chmod 700 "$dir"
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=innodash test authority" \
    -keyout "$dir/ca.key" -out "$dir/ca.crt" 2>/dev/null || return 1
  openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$dir/server.key" -out "$dir/server.csr" 2>/dev/null || return 1
  printf 'subjectAltName=DNS:localhost\n' >"$dir/san.ext"
  openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial -days 2 \
    -extfile "$dir/san.ext" -out "$dir/server.crt" 2>/dev/null || return 1
  chmod 644 "$dir/ca.crt" && chmod 600 "$dir/server.key" && chown postgres "$dir/server.key" "$dir/server.crt" 2>/dev/null
  PG_CLUSTER_TLS_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "${as_postgres[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" || return 1
  cat >"$dir/data/pg_hba.conf" <<'HBA'
local all all trust
hostssl all all 127.0.0.1/32 scram-sha-256
HBA
  "${as_postgres[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-p $PG_CLUSTER_TLS_PORT -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c ssl=on -c ssl_cert_file=$dir/server.crt -c ssl_key_file=$dir/server.key" start >/dev/null || return 1
  local psql=("${as_postgres[@]}" "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$PG_CLUSTER_TLS_PORT" -U postgres)
  "${psql[@]}" -d postgres -c "CREATE ROLE innodash LOGIN CREATEDB PASSWORD 'innodash-ci'" -c "CREATE DATABASE innodash_test OWNER innodash" >/dev/null || return 1
  export INNODASH_TEST_POSTGRES_TLS="postgres://innodash@127.0.0.1:$PG_CLUSTER_TLS_PORT/innodash_test"
  export INNODASH_TEST_POSTGRES_TLS_CA="$dir/ca.crt"
}

pg_cluster_stop() {
  [ -n "${PG_CLUSTER_DIR:-}" ] || return 0
  local data
  for data in "$PG_CLUSTER_DIR/data" "$PG_CLUSTER_DIR/tls/data"; do
    if [ -f "$data/postmaster.pid" ]; then
      ${PG_CLUSTER_AS[@]+"${PG_CLUSTER_AS[@]}"} "$PG_CLUSTER_BIN/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
  done
  rm -rf "$PG_CLUSTER_DIR"
  PG_CLUSTER_DIR=
}
