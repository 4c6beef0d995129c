#!/usr/bin/env bash
# `check --deploy` with production-like settings: must report no issues.
# It checks the settings, so it runs against an empty database of its own: the development one may
# hold demo accounts (`make run`), which the demo-account check (accounts/checks.py) rightly
# refuses. On a server, `tscplus check --deploy` runs against the real database (docs/deploy.md).
set -euo pipefail
BIN=${1:-.venv/bin}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
DJANGO_DEBUG=off \
DJANGO_SECRET_KEY="ci-$(head -c 48 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9' | head -c 60)" \
DJANGO_ALLOWED_HOSTS=tscplus.example.org \
SITE_URL=https://tscplus.example.org \
DATABASE_URL="sqlite:///$scratch/deploy-check.sqlite3" \
  "$BIN/tscplus" check --deploy --fail-level WARNING
