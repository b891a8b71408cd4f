#!/bin/sh
# Builds the release innodash for installing or measuring, small in memory:
#   scripts/build-release.sh                 the innodash program
#   scripts/build-release.sh innodash-bench  other products, built the same way
# The program is .build-release/release/innodash, with the folder
# innodash_innodash.resources beside it (keep the two together when installing).
#
# How it differs from a plain `swift build -c release`, and why (BENCHMARKS.md, "Peak
# resident memory"):
# - The Swift standard library and Foundation are linked in statically, so that no shared
#   library brings its whole code into memory.
# - lld links, with packed relative relocations (a smaller table to apply at start-up; the
#   program stays position independent).
# - Every function of our code and of the packages gets its own section, and the functions
#   that run from launch to the first frame are put side by side: those with a name by
#   scripts/startup.order, the compiler's private ones (no name the linker can order by) by
#   scripts/startup-private.ld, just before the rest of the code. Start-up then touches a few
#   megabytes of code instead of pages scattered over all of it. Both lists are made by
#   scripts/record-startup-order.py; an entry that no longer exists only costs memory,
#   never correctness, so lld is told not to warn.
# INNODASH_LINK_MAP=FILE (a path without spaces) also writes lld's link map there.
#
# Its own scratch folder (.build-release): the debug build of `swift build` and
# `swift test` is left as it is.
set -e
cd "$(dirname "$0")/.."
root="$(pwd)"
[ $# -gt 0 ] || set -- innodash
for product in "$@"; do
  # SwiftPM does not see a change to the two lists: link again every time (a second or two).
  rm -f ".build-release/release/$product"
  swift build -c release --scratch-path .build-release --product "$product" \
    --static-swift-stdlib \
    -Xswiftc -use-ld=lld \
    -Xswiftc -Xfrontend -Xswiftc -function-sections \
    -Xlinker -z -Xlinker pack-relative-relocs \
    -Xlinker --symbol-ordering-file="$root/scripts/startup.order" \
    -Xlinker --no-warn-symbol-ordering \
    -Xlinker -T -Xlinker "$root/scripts/startup-private.ld" \
    ${INNODASH_LINK_MAP:+-Xlinker} ${INNODASH_LINK_MAP:+-Map=$INNODASH_LINK_MAP}
done
