#!/bin/sh
# Runs the innodash benchmark on a release build (see BENCHMARKS.md).
#   Benchmarks/run.sh            every figure, 5 runs each (about 10 minutes on 2 cores)
#   Benchmarks/run.sh --quick    20 and 1,000 targets, 3 runs: to try it
# Other options: Benchmarks/run.sh --help
set -e
cd "$(dirname "$0")/.."
# The release innodash as it ships (scripts/build-release.sh: its own scratch folder,
# .build-release, so that the debug build is left alone), and the benchmark and the bare
# ncurses floor built the same way.
scripts/build-release.sh innodash innodash-bench ncurses-floor
exec .build-release/release/innodash-bench "$@"
