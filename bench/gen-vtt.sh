#!/usr/bin/env bash
# Writes a WebVTT transcript of N cues in the shape Microsoft Teams exports (voice tags, GUID cue
# ids, CRLF), with speakers taken from the Dutch example session, to stdout. The cues fill at most
# 23 hours however many there are (import refuses times beyond a day, as no meeting lasts longer),
# so 200,000 cues are about 0.4 s each.
set -euo pipefail
n=${1:?usage: gen-vtt.sh CUES}
awk -v n="$n" 'BEGIN {
  split("Fatima Ouali|Gerard Kuipers|Eline Bos|Wilma de Graaf|Ruud Jacobs|Sevda Kaya|Joost Hendriks", who, "|")
  split("De wachttijd aan de telefoon is te lang.|Ik word nooit teruggebeld.|De factuur is onduidelijk.|De monteur was erg vriendelijk.|Kunt u uitleggen wat u bedoelt?|Wat zou het voor u makkelijker maken?", say, "|")
  printf "WEBVTT\r\n\r\n"
  step = 82800000 / n; if (step > 5000) step = 5000
  t = 0
  for (i = 1; i <= n; i++) {
    s = t; t += step; e = t - 1
    printf "%08x-0000-4000-8000-%012d/%d-0\r\n", i, i, i
    printf "%02d:%02d:%02d.%03d --> %02d:%02d:%02d.%03d\r\n", s/3600000, (s%3600000)/60000, (s%60000)/1000, s%1000, e/3600000, (e%3600000)/60000, (e%60000)/1000, e%1000
    printf "<v %s>%s</v>\r\n\r\n", who[1 + int(i / 3) % 7], say[1 + i % 6]
  }
}'
