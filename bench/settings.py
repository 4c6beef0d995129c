"""Benchmark settings: the platform's own, plus a bare constant view as the baseline."""

from tscplus.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
