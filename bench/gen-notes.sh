#!/usr/bin/env bash
# Writes a notes.csv of N notes (the import's output format) for the Dutch example, to stdout.
set -euo pipefail
n=${1:?usage: gen-notes.sh NOTES}
awk -v n="$n" 'BEGIN {
  split("Fatima Ouali|Gerard Kuipers|Eline Bos|Wilma de Graaf", who, "|")
  split("reparaties|bereikbaarheid|verduurzaming|leefbaarheid|", theme, "|")
  split("remark|remark|question|remark|question", kind, "|")
  print "id,time,round,speaker,role,theme,kind,text,source,owner,due"
  for (i = 1; i <= n; i++) {
    s = i * 2
    printf "N%06d,%02d:%02d:%02d,%d,%s,customer,%s,%s,\"Opmerking %d over de dienst, met wat tekst erbij.\",bench.vtt:%d,,\n", i, s/3600, (s%3600)/60, s%60, 1 + (i % 2), who[1 + i % 4], theme[1 + i % 5], kind[1 + i % 5], i, i * 4
  }
}'
