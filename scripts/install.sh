#!/bin/sh
# Installs innodash as a command-line tool:
#   scripts/install.sh            into /usr/local
#   scripts/install.sh PREFIX     into PREFIX (for example ~/.local)
# It builds the release program (scripts/build-release.sh: one file, the shipped plan and
# figures embedded in it), then installs
#   PREFIX/bin/innodash
#   PREFIX/share/man/man1/innodash.1                      (man innodash)
#   PREFIX/share/bash-completion/completions/innodash
#   PREFIX/share/zsh/site-functions/_innodash
#   PREFIX/share/fish/vendor_completions.d/innodash.fish
# The manual and the completions are made by swift-argument-parser from the program's own
# commands and options, so they cannot fall behind it.
set -eu
cd "$(dirname "$0")/.."
prefix=${1:-/usr/local}
case $prefix in
  -*) echo "usage: scripts/install.sh [PREFIX]   (default /usr/local)" >&2; exit 64 ;;
esac
mkdir -p "$prefix" 2>/dev/null || { echo "install.sh: cannot create $prefix; choose a PREFIX you may write to (scripts/install.sh ~/.local)" >&2; exit 73; }
[ -w "$prefix" ] || { echo "install.sh: $prefix is not writable; run it as root, or choose another PREFIX (scripts/install.sh ~/.local)" >&2; exit 73; }

scripts/build-release.sh innodash
swift build -c release --scratch-path .build-release --product generate-manual
program=.build-release/release/innodash

# Everything is made in a folder of its own first, so a failure installs nothing.
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
.build-release/release/generate-manual "$program" --output-directory "$staging"
"$program" --generate-completion-script bash > "$staging/innodash.bash"
"$program" --generate-completion-script zsh > "$staging/_innodash"
"$program" --generate-completion-script fish > "$staging/innodash.fish"

install -D -m 755 "$program" "$prefix/bin/innodash"
install -D -m 644 "$staging/innodash.1" "$prefix/share/man/man1/innodash.1"
install -D -m 644 "$staging/innodash.bash" "$prefix/share/bash-completion/completions/innodash"
install -D -m 644 "$staging/_innodash" "$prefix/share/zsh/site-functions/_innodash"
install -D -m 644 "$staging/innodash.fish" "$prefix/share/fish/vendor_completions.d/innodash.fish"
echo "installed $prefix/bin/innodash, its manual (man innodash) and bash, zsh and fish completions"
