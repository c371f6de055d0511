#!/usr/bin/env bash
# Writes N session folders into DIR, each a copy of the Dutch example with its own date, one a
# week from 6 January 2020, for timing `actions` and `report` over a large series (put a
# klantarena.yaml on top of DIR to make them one series).
#
# Every date of a copy moves with its session date (due dates stay after the session), and the
# actions of the sessions more than half a year before the last one are done, as in a series that
# is kept up: the open actions carried over from earlier sessions are then a few dozen, not every
# action ever agreed (which would make each report as long as the series).
set -euo pipefail
n=${1:?usage: gen-series.sh SESSIONS DIR}
dir=${2:?usage: gen-series.sh SESSIONS DIR}
src="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/examples/nl/session.yaml"
mkdir -p "$dir"
python3 - "$n" "$dir" "$src" <<'EOF'
import datetime, os, re, sys

n, out, src = int(sys.argv[1]), sys.argv[2], sys.argv[3]
text = open(src, encoding="utf-8").read()
base = datetime.date.fromisoformat(re.search(r"(?m)^date: (\S+)", text).group(1))
first = datetime.date(2020, 1, 6)
for i in range(n):
    d = first + datetime.timedelta(days=7 * i)
    shift = d - base
    t = re.sub(r"(?m)^date: .*", f"date: {d}", text)
    t = re.sub(r"(?m)^title: (.*)", rf"title: \1 {i}", t)
    t = re.sub(r"(?m)^(\s*due: )(\d{4}-\d{2}-\d{2})",
               lambda m: m.group(1) + str(datetime.date.fromisoformat(m.group(2)) + shift), t)
    if i < n - 26:
        t = re.sub(r"(?m)^(\s*status: )open$", r"\1done", t)
    os.makedirs(f"{out}/s{i}", exist_ok=True)
    with open(f"{out}/s{i}/session.yaml", "w", encoding="utf-8") as f:
        f.write(t)
EOF
