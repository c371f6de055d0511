#!/usr/bin/env bash
# Writes a WebVTT transcript of N cues in the shape Microsoft Teams exports (voice tags, GUID cue
# ids, CRLF), with speakers taken from the Dutch example session, to stdout.
set -euo pipefail
n=${1:?usage: gen-vtt.sh CUES}
awk -v n="$n" 'BEGIN {
  split("Fatima Ouali|Gerard Kuipers|Eline Bos|Wilma de Graaf|Ruud Jacobs|Sevda Kaya|Joost Hendriks", who, "|")
  split("De wachttijd aan de telefoon is te lang.|Ik word nooit teruggebeld.|De factuur is onduidelijk.|De monteur was erg vriendelijk.|Kunt u uitleggen wat u bedoelt?|Wat zou het voor u makkelijker maken?", say, "|")
  printf "WEBVTT\r\n\r\n"
  t = 0
  for (i = 1; i <= n; i++) {
    s = t; t += 3 + (i % 5)
    printf "%08x-0000-4000-8000-%012d/%d-0\r\n", i, i, i
    printf "%02d:%02d:%02d.000 --> %02d:%02d:%02d.500\r\n", s/3600, (s%3600)/60, s%60, t/3600, (t%3600)/60, t%60
    printf "<v %s>%s</v>\r\n\r\n", who[1 + int(i / 3) % 7], say[1 + i % 6]
  }
}'
