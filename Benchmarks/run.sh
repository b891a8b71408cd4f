#!/bin/sh
# Runs the innodash benchmark on a release build (see BENCHMARKS.md).
#   Benchmarks/run.sh            every figure, 5 runs each (about 10 minutes on 2 cores)
#   Benchmarks/run.sh --quick    20 and 1,000 targets, 3 runs: to try it
# Other options: Benchmarks/run.sh --help
set -e
cd "$(dirname "$0")/.."
# A scratch folder of its own, so that the release build does not disturb the debug one.
swift build -c release --scratch-path .build-release --product innodash
swift build -c release --scratch-path .build-release --product innodash-bench
exec .build-release/release/innodash-bench "$@"
