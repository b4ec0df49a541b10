#!/usr/bin/env bash
# Digest run benchmark (bench/README.md, "Newsletter"). Expects the app running on the demo profile with its mail
# going to the sink, e.g. from a build copy:
#   java -cp "$(cat /tmp/bench-cp.txt)" bench/newsletter/SmtpSink.java 3025 &
#   ./mvnw -q -o spring-boot:run -Dspring-boot.run.arguments="--spring.mail.host=127.0.0.1 --spring.mail.port=3025 --backcare.mail.bulk-per-second=1000" &
# then: bench/newsletter/run.sh [subscribers]
set -euo pipefail
N=${1:-100000}
BASE=${BASE:-http://localhost:8080}
PG_PORT=$(ps aux | grep '[p]ostgres' | grep -o '\-p [0-9]*' | head -1 | cut -c4-)
PSQL="psql -h localhost -p $PG_PORT -U postgres -d postgres -qAt"
APP_PID=$(pgrep -f org.backcare.BackCare | head -1)

$PSQL -v n="$N" -f "$(dirname "$0")/seed-subscribers.sql"
echo "confirmed subscribers: $($PSQL -c "select count(*) from newsletter_subscribers where status = 'CONFIRMED'")"

TOKEN=$(curl -sf -H 'Content-Type: application/json' -d '{"email":"admin@demo.backcare.test","password":"backcare-demo","name":"bench"}' \
  "$BASE/api/v1/auth/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')
RUN=$(curl -sf -X POST -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/admin/newsletter/runs" | sed 's/.*"id":\([0-9]*\).*/\1/')
echo "run $RUN started $(date -u +%T)"

# Once every 10 s: progress, the app's old generation (what survives collections: a list of every recipient would
# grow it) and its resident memory.
while true; do
  PROGRESS=$(curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/admin/newsletter/runs/$RUN")
  OLD=$(jstat -gc "$APP_PID" | awk 'NR==2 {printf "%.0f MB", $8/1024}')
  RSS=$(ps -o rss= -p "$APP_PID" | awk '{printf "%.0f MB", $1/1024}')
  echo "$(date -u +%T) $PROGRESS old gen $OLD rss $RSS"
  case "$PROGRESS" in *FINISHED*) break ;; esac
  sleep 10
done

$PSQL -F ' ' -c "
  select count(*) as sent,
         round(extract(epoch from max(m.sent_at) - min(m.sent_at))::numeric, 1) as seconds,
         round(count(*) / nullif(extract(epoch from max(m.sent_at) - min(m.sent_at)), 0)::numeric, 0) as per_second
  from outbox_messages m join newsletter_run_recipients r on m.reference = 'newsletter-recipient:' || r.id
  where r.run_id = $RUN and m.status = 'SENT'" | awk '{print "sent " $1 " digests in " $2 " s: " $3 " messages/s"}'
