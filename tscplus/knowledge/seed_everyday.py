"""Seeded knowledge (see seed.py for the keys of an item): food safety (street food, reused frying oil, food poisoning), drinking water and water dispensers, public toilets, PM2.5 and smoke, heat stroke, older people, stress and sleep. Written in our own words
from the public advice of the Department of Health and its sister departments, each item with its
source and the date it was last checked against it."""

from __future__ import annotations

from typing import Any

P, E, S = "public", "establishments", "staff"

ITEMS: list[dict[str, Any]] = []
