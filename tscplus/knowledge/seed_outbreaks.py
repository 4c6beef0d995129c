"""Seeded knowledge (see seed.py for the keys of an item): dengue and mosquito breeding sites, leptospirosis and floods, COVID-19 and ATK, masks, hand hygiene and vaccination. Written in our own words
from the public advice of the Department of Health and its sister departments, each item with its
source and the date it was last checked against it."""

from __future__ import annotations

from typing import Any

P, E, S = "public", "establishments", "staff"

ITEMS: list[dict[str, Any]] = []
