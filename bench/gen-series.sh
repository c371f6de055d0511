#!/usr/bin/env bash
# Writes N session folders into DIR, each a copy of the Dutch example with its own date and
# action ids, for timing `actions` over a large series.
set -euo pipefail
n=${1:?usage: gen-series.sh SESSIONS DIR}
dir=${2:?usage: gen-series.sh SESSIONS DIR}
src="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/examples/nl/session.yaml"
mkdir -p "$dir"
for ((i = 0; i < n; i++)); do
  d=$(date -u -d "2020-01-06 + $((i * 7)) days" +%F)
  mkdir -p "$dir/s$i"
  sed -e "s/^date: .*/date: $d/" -e "s/^title: \(.*\)/title: \1 $i/" "$src" >"$dir/s$i/session.yaml"
done
