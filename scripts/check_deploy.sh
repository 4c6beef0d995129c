#!/usr/bin/env bash
# `check --deploy` with production-like settings: must report no issues.
set -euo pipefail
BIN=${1:-.venv/bin}
DJANGO_DEBUG=off \
DJANGO_SECRET_KEY="ci-$(head -c 48 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9' | head -c 60)" \
DJANGO_ALLOWED_HOSTS=tscplus.example.org \
SITE_URL=https://tscplus.example.org \
  "$BIN/tscplus" check --deploy --fail-level WARNING
