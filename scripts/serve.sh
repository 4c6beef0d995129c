#!/usr/bin/env bash
# Serve the platform for development: the job consumer in the background, the web server in front.
set -euo pipefail
BIN=${BIN:-.venv/bin}
HOST=${HOST:-127.0.0.1}
PORT=${PORT:-8000}
export SITE_URL=${SITE_URL:-http://$HOST:$PORT}
"$BIN/tscplus" run_huey --quiet &
consumer=$!
trap 'kill $consumer 2>/dev/null || true' EXIT INT TERM
echo "TSC+ กำลังให้บริการที่ / is serving at http://$HOST:$PORT/  (ภาษาไทย /, English /en/; Ctrl+C หยุด / stops)"
"$BIN/tscplus" runserver "$HOST:$PORT"
