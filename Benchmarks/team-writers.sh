#!/usr/bin/env bash
# The team database measured beside SQLite (BENCHMARKS.md, "A team database"):
#   - 8 writer processes recording 500 figures each at once (one transaction per figure),
#     then the count of figures and revisions (4,000 each: none lost) and the wall time;
#   - one writer alone: the mean latency of a save;
#   - `innodash summary` on the shipped plan: opening the database, reading the plans and
#     figures, and drawing the summary (what the dashboard does before its first frame);
#   - the dashboard on the shipped plan in a pseudo-terminal, on SQLite and on PostgreSQL:
#     launch to the first full frame, a row move, a save (innodash-bench --postgres).
# Starts a throwaway PostgreSQL cluster (.ci/postgres-cluster.sh) and removes it after.
# Uses the debug build (`swift build`), or with --release the release build of
# scripts/build-release.sh (.build-release: a release build of postgres-nio takes minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = --release ]; then
  scripts/build-release.sh innodash StoreWriter innodash-bench >/dev/null
  bin=.build-release/release
else
  swift build --product StoreWriter >/dev/null
  swift build --product innodash >/dev/null
  swift build --product innodash-bench >/dev/null
  bin=$(swift build --show-bin-path)
fi
. .ci/postgres-cluster.sh
work=$(mktemp -d)
trap 'pg_cluster_stop; rm -rf "$work"' EXIT
pg_cluster_start >/dev/null
psql=("${PG_CLUSTER_AS[@]}" "$PG_CLUSTER_BIN/psql" -X -q -t -A -h "$PG_CLUSTER_DIR" -p "$PG_CLUSTER_PORT" -U innodash)

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

writers() {  # DATABASE: 8 writers x 500 figures at once; prints the wall time
  local database=$1 start end i
  start=$(now)
  for i in 1 2 3 4 5 6 7 8; do "$bin/StoreWriter" "$database" "w$i" s 500 & done
  wait
  end=$(now)
  seconds "$start" "$end"
}

one_writer() {  # DATABASE: one writer x 500 figures; prints the mean ms per save
  local database=$1 start end
  start=$(now)
  "$bin/StoreWriter" "$database" alone s 500
  end=$(now)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", (b - a) * 1000 / 500 }'
}

summary() {  # DATABASE: innodash summary, best of 5, in ms
  local database=$1 best=999999 start end ms i
  "$bin/innodash" summary --db "$database" >/dev/null  # creates and loads it
  for i in 1 2 3 4 5; do
    start=$(now); "$bin/innodash" summary --db "$database" >/dev/null; end=$(now)
    ms=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%d", (b - a) * 1000 }')
    [ "$ms" -lt "$best" ] && best=$ms
  done
  echo "$best"
}

# SQLite
sqlite="$work/team.sqlite"
"$bin/StoreWriter" "$sqlite" setup s 1
sqlite_time=$(writers "$sqlite")
sqlite_count=$(sqlite3 "$sqlite" "SELECT (SELECT count(*) FROM figure WHERE region LIKE 'w%') || ' figures, ' || (SELECT count(*) FROM revision WHERE region LIKE 'w%') || ' revisions'" 2>/dev/null || echo "(sqlite3 not installed: not counted)")
sqlite_latency=$(one_writer "$work/alone.sqlite")
sqlite_summary=$(summary "$work/summary.sqlite")

# PostgreSQL
url="$INNODASH_TEST_POSTGRES"
"$bin/StoreWriter" "$url" setup s 1
pg_time=$(writers "$url")
pg_count=$("${psql[@]}" -d innodash_test -c "SELECT (SELECT count(*) FROM innodash.figure WHERE region LIKE 'w%') || ' figures, ' || (SELECT count(*) FROM innodash.revision WHERE region LIKE 'w%') || ' revisions'")
"${psql[@]}" -d postgres -c "CREATE DATABASE alone" -c "CREATE DATABASE summary"
pg_latency=$(one_writer "${url/innodash_test/alone}")
pg_summary=$(summary "${url/innodash_test/summary}")

"${psql[@]}" -d postgres -c "CREATE DATABASE dashboard"
"$bin/innodash-bench" --sizes none --no-visidata --runs 5 --idle 1 --postgres "${url/innodash_test/dashboard}" \
  --output "$work/dashboard.json" >"$work/dashboard.md"

cat <<TABLE
| | SQLite (WAL, local file) | PostgreSQL $("$PG_CLUSTER_BIN/postgres" --version | awk '{print $3}') (Unix socket, fsync off) |
|---|---|---|
| 8 writers x 500 figures at once | ${sqlite_time} s: ${sqlite_count} | ${pg_time} s: ${pg_count} |
| one save (one writer alone, mean of 500) | ${sqlite_latency} ms | ${pg_latency} ms |
| \`innodash summary\` on the shipped plan (best of 5) | ${sqlite_summary} ms | ${pg_summary} ms |
TABLE
cat <<DASHBOARD

The dashboard on the shipped plan (innodash-bench, median of 5), SQLite and PostgreSQL:

$(grep -E '^\|( plan|---| shipped)' "$work/dashboard.md" | grep -E 'plan \||^\|---|first full frame \||first full frame at|row down: key|a save' | cut -d'|' -f1-4)
DASHBOARD
