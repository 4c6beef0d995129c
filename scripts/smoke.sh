#!/usr/bin/env bash
# Start gunicorn and the job consumer with production settings against PostgreSQL and Redis, and
# check that /healthz answers 200 and that the consumer runs a job. Usage: smoke.sh DB_URL REDIS_URL
set -euo pipefail
BIN=${BIN:-.venv/bin}
export DATABASE_URL="$1" REDIS_URL="$2" DJANGO_DEBUG=off DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost
export DJANGO_SECRET_KEY="smoke-$(head -c 48 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9' | head -c 60)"
export SITE_URL=http://127.0.0.1:8099 DJANGO_SECURE_SSL_REDIRECT=off DJANGO_SECURE_COOKIES=off
export HUEY_NAME="tscplus-smoke-$$" STATIC_ROOT="$(mktemp -d)"
port=8099
"$BIN/tscplus" migrate --noinput >/dev/null
"$BIN/tscplus" collectstatic --noinput >/dev/null
"$BIN/gunicorn" -c python:tscplus.gunicorn_config tscplus.wsgi --bind "127.0.0.1:$port" --workers 2 &
web=$!
"$BIN/tscplus" run_huey --quiet &
consumer=$!
# Stop both and wait for them, so their last log lines come before CI's summary line.
trap 'kill $web $consumer 2>/dev/null || true; wait $web $consumer 2>/dev/null || true; rm -rf "$STATIC_ROOT"' EXIT
for _ in $(seq 40); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.5; done
body=$(curl -s -w ' %{http_code}' "http://127.0.0.1:$port/healthz")
echo "healthz: $body"
case "$body" in *'"status": "ok"'*' 200') ;; *) echo "smoke: /healthz is not ok"; exit 1 ;; esac
home=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")
[ "$home" = 200 ] || { echo "smoke: home page answered $home"; exit 1; }
# The consumer proves itself: the heartbeat job it runs shows up in /healthz.
"$BIN/python" - <<'PY'
import os, time
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tscplus.settings")
import django
django.setup()
from tscplus.core.health import consumer_last_seen
from tscplus.tasks import consumer_heartbeat
consumer_heartbeat()
for _ in range(150):
    if consumer_last_seen():
        break
    time.sleep(0.2)
else:
    raise SystemExit("smoke: the consumer ran no job")
print(f"consumer ran the heartbeat job at {consumer_last_seen()}")
PY
curl -s "http://127.0.0.1:$port/healthz" | grep -q '"consumer_last_seen": "' || { echo "smoke: no heartbeat"; exit 1; }
echo "smoke: ok"
