#!/usr/bin/env bash
# Regenerates docs/screens/*.txt: every dashboard screen as a terminal shows it, at 80x24
# and 120x40, in English and Chinese, so a reader sees the interface without running it.
# Needs tmux. Usage: scripts/capture-screens.sh
set -euo pipefail
cd "$(dirname "$0")/.."

swift build --product innodash >/dev/null
bin="$(swift build --show-bin-path)/innodash"
out=docs/screens
mkdir -p "$out"
work="$(mktemp -d)"
sock=""
tm() { tmux -u -S "$sock" "$@"; }
cleanup() {
  if [ -n "$sock" ]; then tm kill-server 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# Waits until the screen shows $1 and has stopped changing, then prints it.
settled() {
  local want="$1" previous="" current
  for _ in $(seq 1 200); do
    current="$(tm capture-pane -p -t cap)"
    if [[ "$current" == *"$want"* && "$current" == "$previous" ]]; then
      printf '%s\n' "$current"
      return 0
    fi
    previous="$current"
    sleep 0.05
  done
  echo "capture-screens: the screen never showed \"$want\"" >&2
  return 1
}

for size in 80x24 120x40; do
  width="${size%x*}"
  height="${size#*x}"
  for lang in en zh; do
    sock="$work/sock-$size-$lang"  # a server of its own: no race with the last one stopping
    tm -f /dev/null new-session -d -s cap -x "$width" -y "$height" \
      "cd '$work' && LANG=C.UTF-8 TERM=xterm-256color '$bin' --as-of 2020 --lang $lang"
    if [ "$lang" = en ]; then
      names=(Overview Detail Entry "innovation-driven" Help)
    else
      names=(总览 详情 录入 创新驱动发展战略 帮助)
    fi
    keys=(o d e s '?')
    screens=(overview detail entry summary help)
    for i in "${!screens[@]}"; do
      tm send-keys -t cap o "${keys[$i]}"
      settled "${names[$i]}" > "$out/${screens[$i]}-$lang-$size.txt"
    done
    # A value the entry grid refuses stays in its cell, with the reason.
    tm send-keys -t cap o e
    tm send-keys -t cap -l 12a
    tm send-keys -t cap Enter
    if [ "$lang" = zh ]; then refused="不是数字"; else refused="is not a number"; fi
    settled "$refused" > "$out/entry-refused-$lang-$size.txt"
    tm send-keys -t cap Escape q
    tm kill-server 2>/dev/null || true
    sock=""
  done
done
echo "capture-screens: wrote $(ls "$out"/*.txt | wc -l) screens to $out"
