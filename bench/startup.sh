#!/usr/bin/env bash
# Cold and warm start of the packaged jar on the embedded PostgreSQL with demo data.
# Cold: an empty data directory (PostgreSQL binaries unpacked, initdb, all migrations, demo data).
# Warm: the same directory again. Prints seconds until /actuator/health answers UP, and Boot's own figure.
# usage: bench/startup.sh [java-binary] [warm-runs]     (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin=${1:-java}
runs=${2:-5}
jar=$(ls target/backcare-*.jar | grep -v plain | head -1)
port=18090
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

once() {
  local log; log=$(mktemp)
  local start; start=$(date +%s.%N)
  BACKCARE_DATA_DIR=$data "$java_bin" -jar "$jar" --spring.profiles.active=demo --server.port=$port >"$log" 2>&1 &
  local pid=$!
  until curl -sf "localhost:$port/actuator/health" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.05
  done
  local end; end=$(date +%s.%N)
  printf "%-5s health UP after %5.2f s   %s\n" "$1" "$(echo "$end - $start" | bc)" \
    "$(grep -o 'Started BackCare in [0-9.]* seconds' "$log")"
  kill $pid; wait $pid 2>/dev/null || true
  rm -f "$log"
}

"$java_bin" -version 2>&1 | head -1
once cold
for _ in $(seq "$runs"); do once warm; done
