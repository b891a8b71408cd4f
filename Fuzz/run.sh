#!/usr/bin/env bash
# Runs each fuzz target for SECONDS (default 30) on its committed corpus.
# New inputs that find new paths go to a scratch corpus, not into git; crashes are
# written to Fuzz/crashes/ and the script fails.
set -euo pipefail
seconds=${1:-30}
cd "$(dirname "$0")"
swift build -c release --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld >/dev/null
bin=$(swift build -c release --scratch-path .build-fuzz --show-bin-path)
mkdir -p crashes
status=0
for target in FuzzPlanLoader:plan FuzzFigureInput:number; do
  name=${target%%:*}; corpus=${target##*:}
  scratch=$(mktemp -d)
  cp Corpus/"$corpus"/* "$scratch"/
  echo "== $name for ${seconds}s"
  if ! "$bin/$name" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
       -artifact_prefix=crashes/"$name"- -print_final_stats=1 "$scratch" 2>"$scratch.log"; then
    status=1
    tail -40 "$scratch.log"
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|cov:" "$scratch.log" | tail -3
  rm -rf "$scratch" "$scratch.log"
done
exit $status
