"""gunicorn's set-up for production: `gunicorn -c python:tscplus.gunicorn_config tscplus.wsgi`.

Threaded workers (gthread): a request that waits on the database (a held lock, a slow query,
bounded by the time-outs in settings) holds one thread, not a whole worker, so cached QR pages and
`/healthz` keep answering beside it. Every value can be set from the environment; see
docs/deploy.md for what was measured."""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "4"))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "8"))
# A worker takes no more connections than it has threads: one whose threads all wait on a lock
# leaves new requests (a cached QR page, /healthz) to a worker that can answer them, instead of
# queueing them behind the lock (gthread's default is 1,000 per worker).
worker_connections = threads
# A request still running after this is ended (the database time-outs end queries well before).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
# No keep-alive: a worker that may take only as many connections as it has threads cannot keep
# idle ones open (gunicorn would warn at each start); nginx reconnects over loopback instead.
keepalive = 0
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
# The web process's database time-outs (settings.DATABASE_TIMEOUTS), whatever the shell says.
raw_env = ["TSCPLUS_PROCESS=web"]
# No control socket in the service user's home (gunicorn 25+): systemd manages the process, and
# several servers on one machine (tests, benchmarks) would share one path.
control_socket_disable = True
