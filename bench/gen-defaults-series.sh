#!/usr/bin/env bash
# Writes a series of N sessions into DIR that lean on a defaults file: examples/series's
# klantarena.yaml on top, and its three sessions in turn, one a week, with their own dates,
# titles and action ids. For timing `actions` (and check) over a large series with inheritance.
set -euo pipefail
n=${1:?usage: gen-defaults-series.sh SESSIONS DIR}
dir=${2:?usage: gen-defaults-series.sh SESSIONS DIR}
src="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/examples/series"
mkdir -p "$dir"
cp "$src/klantarena.yaml" "$dir/klantarena.yaml"
sessions=("$src"/2026-*/session.yaml)
for ((i = 0; i < n; i++)); do
  d=$(date -u -d "2016-01-04 + $((i * 7)) days" +%F)
  mkdir -p "$dir/$d"
  sed -e "s/^date: .*/date: $d/" -e "s/^title: \(.*\)/title: \1 ($i)/" \
    -e "s/^\(  - id: [A-Z]\)\([0-9]\)/\1\2-$i/" "${sessions[$((i % 3))]}" >"$dir/$d/session.yaml"
done
