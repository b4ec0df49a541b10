#!/usr/bin/env bash
# Times the practice outcome page and its CSV over HTTP, signed in as the demo admin, with curl: 5 warm-up
# requests, then RUNS timed ones each. On a shared machine wall time measures the neighbours too, so it also
# reports the CPU time the app and its PostgreSQL spent per request (from /proc, all processes whose command line
# names DATA_DIR, the app's --backcare.data-dir): on an idle core a request takes about that long.
# Usage: DATA_DIR=/tmp/bench-data bench/reports/time-report.sh [base-url] [runs]
set -euo pipefail
BASE=${1:-http://127.0.0.1:18095}
RUNS=${2:-20}
DATA_DIR=${DATA_DIR:-/tmp/bench-data}
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT
csrf=$(curl -s -c "$JAR" -b "$JAR" "$BASE/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "email=admin@demo.backcare.test" \
	--data-urlencode "password=backcare-demo" --data-urlencode "_csrf=$csrf" "$BASE/sign-in"
cpu_ticks() {   # user + system clock ticks of the app and of every PostgreSQL process under DATA_DIR
	local total=0
	local roots
	roots=$(pgrep -d, -f -- "$DATA_DIR")
	for pid in $(pgrep -f -- "$DATA_DIR") $(pgrep -P "$roots"); do   # PostgreSQL's backends are the postmaster's children
		total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
	done
	echo "$total"
}
time_of() {
	local url=$1 before after
	for _ in 1 2 3 4 5; do curl -s -o /dev/null -b "$JAR" "$url"; done
	before=$(cpu_ticks)
	for _ in $(seq "$RUNS"); do curl -s -o /dev/null -b "$JAR" -w '%{http_code} %{time_total}\n' "$url"; done |
		sort -k2 -n | awk -v url="$url" '$1 != 200 { bad++ } { t[NR] = $2 * 1000; sum += $2 * 1000 }
			END { printf "%s: %d runs, wall median %.0f ms, min %.0f ms, max %.0f ms%s\n",
				url, NR, t[int((NR + 1) / 2)], t[1], t[NR], bad ? ", " bad " not 200" : "" }'
	after=$(cpu_ticks)
	echo "  CPU per request (app + PostgreSQL): $(( (after - before) * 1000 / $(getconf CLK_TCK) / RUNS )) ms; load average $(cut -d' ' -f1-3 /proc/loadavg)"
}
time_of "$BASE/admin/outcomes"
time_of "$BASE/admin/outcomes.csv"
