#!/usr/bin/env bash
# Renders the pictures of the shipped summary that the README shows, from the program
# itself, so they can be regenerated whenever the summary changes:
#   docs/summary.svg, docs/summary-zh.svg   the summary as of 2020 (what the README shows)
#   docs/summary.png, docs/summary-zh.png   the same as PNG images
# The PNGs need rsvg-convert (Debian: librsvg2-bin) and a CJK font (fonts-noto-cjk);
# without them the script makes the SVGs only and says why.
set -euo pipefail
cd "$(dirname "$0")/.."

swift build --product innodash >/dev/null
innodash="$(swift build --show-bin-path)/innodash"

for lang in en zh; do
  name=summary$([ "$lang" = en ] || echo "-$lang")
  "$innodash" summary --format svg --as-of 2020 --lang "$lang" --output "docs/$name.svg" --force
  echo "wrote docs/$name.svg"
done

if ! command -v rsvg-convert >/dev/null; then
  echo "no PNGs: rsvg-convert is not installed (apt-get install librsvg2-bin)" >&2
  exit 0
fi
if [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
  echo "no PNGs: no Chinese font, the PNGs would show boxes (apt-get install fonts-noto-cjk)" >&2
  exit 0
fi
for name in summary summary-zh; do
  rsvg-convert --format png --output "docs/$name.png.tmp" "docs/$name.svg"
  mv "docs/$name.png.tmp" "docs/$name.png"
  echo "wrote docs/$name.png"
done
