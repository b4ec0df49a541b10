#!/usr/bin/env bash
# A digest run to 100,000 confirmed subscribers into a discarding SMTP sink: messages a second (from the outbox's
# sent_at) and the JVM's heap and RSS while it runs. Package the jar first: ./mvnw -DskipTests package
# Usage: bench/newsletter/run.sh [bulk-per-second] [extra app args...]
# With --spring.profiles.active=demo (articles, stories and products in the digests) sign in as the demo admin:
#   ADMIN_EMAIL=admin@demo.backcare.test ADMIN_PASSWORD=backcare-demo bench/newsletter/run.sh 1000 --spring.profiles.active=demo
set -euo pipefail
cd "$(dirname "$0")/../.."
RATE=${1:-1000}; shift || true
ADMIN_EMAIL=${ADMIN_EMAIL:-bench@bench.example}; ADMIN_PASSWORD=${ADMIN_PASSWORD:-bench-password-long}
JAR=$(ls target/backcare-*.jar | grep -v plain | head -1)
WORK=$(mktemp -d /tmp/bench-newsletter-XXXX)
SMTP_PORT=2525; HTTP_PORT=8089
java bench/newsletter/Sink.java $SMTP_PORT > "$WORK/sink.log" 2>&1 & SINK=$!
java -Xmx512m -jar "$JAR" --server.port=$HTTP_PORT --backcare.data-dir="$WORK/data" \
  --spring.mail.host=127.0.0.1 --spring.mail.port=$SMTP_PORT --backcare.mail.bulk-per-second="$RATE" \
  --backcare.newsletter.run-check=- --backcare.admin.email=bench@bench.example \
  --backcare.admin.password=bench-password-long "$@" > "$WORK/app.log" 2>&1 & APP=$!
trap 'kill $APP $SINK 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$HTTP_PORT/actuator/health" > /dev/null; do sleep 1; done
PG_PORT=$(sed -n 4p "$WORK/data/postgres/postmaster.pid")
SQL() { psql -h localhost -p "$PG_PORT" -U postgres -d postgres -qtA -c "$1"; }
psql -h localhost -p "$PG_PORT" -U postgres -d postgres -q -f bench/newsletter/subscribers.sql
TOKEN=$(curl -sf -H 'Content-Type: application/json' -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" \
  "http://localhost:$HTTP_PORT/api/v1/auth/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')
START=$(date +%s)
RUN=$(curl -sf -X POST -H "Authorization: Bearer $TOKEN" "http://localhost:$HTTP_PORT/api/v1/admin/newsletter/runs" \
  | sed 's/.*"id":\([0-9]*\).*/\1/')
echo "run $RUN started; seconds, sent, heap used MiB, RSS MiB"
while true; do
  PROGRESS=$(curl -sf -H "Authorization: Bearer $TOKEN" "http://localhost:$HTTP_PORT/api/v1/admin/newsletter/runs/$RUN")
  HEAP=$(jstat -gc $APP | awk 'NR==2 {printf "%.0f", ($3+$4+$6+$8)/1024}')
  RSS=$(ps -o rss= -p $APP | awk '{printf "%.0f", $1/1024}')
  SENT=$(echo "$PROGRESS" | sed 's/.*"sent":\([0-9]*\).*/\1/')
  echo "$(( $(date +%s) - START )), $SENT, $HEAP, $RSS"
  echo "$PROGRESS" | grep -q '"status":"FINISHED"' && break
  sleep 10
done
SQL "select count(*) as sent, round(count(*) / extract(epoch from max(sent_at) - min(sent_at))::numeric, 1) as per_second,
            max(sent_at) - min(sent_at) as took
     from outbox_messages where lane = 'BULK' and status = 'SENT'"
echo "per minute:"; SQL "select date_trunc('minute', sent_at), count(*) from outbox_messages where lane = 'BULK'
     group by 1 order by 1"
echo "sink received: $(grep -c . "$WORK/sink.log") log lines; app log in $WORK/app.log"
