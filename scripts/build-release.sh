#!/bin/sh
# Builds the release innodash for installing or measuring:
#   scripts/build-release.sh                 the innodash program
#   scripts/build-release.sh innodash-bench  other products, built the same way
# The program is .build-release/release/innodash: one file, the shipped plan and figures
# embedded in it (scripts/install.sh installs it).
#
# How it differs from a plain `swift build -c release`, and why (BENCHMARKS.md, "Peak
# resident memory"):
# - The Swift standard library and Foundation are linked in statically: the program runs
#   on a machine without the Swift toolchain, and no shared library brings its whole code
#   into memory.
# - lld links (shipped with the toolchain), with packed relative relocations: a smaller
#   table to apply at start-up, and the program stays position independent.
#
# Its own scratch folder (.build-release): the debug build of `swift build` and
# `swift test` is left as it is.
set -e
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- innodash
for product in "$@"; do
  swift build -c release --scratch-path .build-release --product "$product" \
    --static-swift-stdlib \
    -Xswiftc -use-ld=lld \
    -Xlinker -z -Xlinker pack-relative-relocs
done
