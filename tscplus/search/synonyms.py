"""The synonym dictionary as the query reader uses it: each set's terms cut into words the way the
index cuts them, so a term is found in a query as a run of its words (มาสก์, covid 19, แอร์).

Sets come from the database (`SynonymSet`, kept by editors); `data/synonyms_th.txt` is what a new
installation starts with. Each process keeps the dictionary for `KEEP_SECONDS`, and drops it at
once when its own editors change it: a change reaches every server within that time."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tscplus.search.thai import normalize, segment

SEED_FILE = Path(__file__).resolve().parent / "data" / "synonyms_th.txt"
KEEP_SECONDS = 60.0
MAX_TERM = 100  # characters in one term
_SPACES = re.compile(r"\s+")


def clean_term(term: str) -> str:
    """A term as it is kept and shown: one form of its letters, single spaces."""
    return _SPACES.sub(" ", normalize(term)).strip()


def split_terms(text: str) -> list[str]:
    """The terms of a set as an editor typed them (commas or new lines between), cleaned and
    without repeats, in their order."""
    terms = (clean_term(t) for t in re.split(r"[,\n]", text))
    return list(dict.fromkeys(t for t in terms if t))


def term_words(term: str) -> tuple[str, ...]:
    """The words a term is found as in a query: the query's own normalisation and segmentation."""
    return tuple(segment(normalize(term, join_thai=True)))


@dataclass
class Thesaurus:
    """Each set's terms by the run of words they are typed as."""

    sets: list[tuple[str, ...]] = field(default_factory=list)
    by_words: dict[tuple[str, ...], int] = field(default_factory=dict)
    longest: int = 0

    @classmethod
    def of(cls, sets: list[list[str]]) -> Thesaurus:
        thesaurus = cls()
        for terms in sets:
            index = len(thesaurus.sets)
            thesaurus.sets.append(tuple(terms))
            for term in terms:
                words = term_words(term)
                if words and words not in thesaurus.by_words:
                    thesaurus.by_words[words] = index
                    thesaurus.longest = max(thesaurus.longest, len(words))
        return thesaurus

    def find(self, words: list[str], start: int) -> tuple[int, int] | None:
        """The longest run of `words` from `start` that is a term: (its set, its length)."""
        for length in range(min(self.longest, len(words) - start), 0, -1):
            found = self.by_words.get(tuple(words[start : start + length]))
            if found is not None:
                return found, length
        return None


_kept: dict[str, Any] = {"until": 0.0, "thesaurus": None}


def thesaurus() -> Thesaurus:
    if _kept["thesaurus"] is None or time.monotonic() > _kept["until"]:
        from tscplus.search.models import SynonymSet

        sets = [s.term_list for s in SynonymSet.objects.only("terms")]
        _kept.update(thesaurus=Thesaurus.of(sets), until=time.monotonic() + KEEP_SECONDS)
    return _kept["thesaurus"]


def forget() -> None:
    """Read the dictionary afresh at the next search (after an editor's change)."""
    _kept.update(thesaurus=None, until=0.0)


def seed_sets() -> list[list[str]]:
    """The sets a new installation starts with: one a line, and lines that share a term are one
    set (a term means one thing)."""
    sets: list[list[str]] = []
    where: dict[str, int] = {}
    for line in SEED_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        terms = split_terms(line)
        joined = sorted({where[t] for t in terms if t in where})
        if joined:
            target = joined[0]
            for other in joined[1:]:
                sets[target].extend(sets[other])
                sets[other] = []
            sets[target] = list(dict.fromkeys([*sets[target], *terms]))
        else:
            target = len(sets)
            sets.append(terms)
        for term in sets[target]:
            where[term] = target
    return [s for s in sets if len(s) >= 2]


def seed_synonyms(model: Any = None) -> int:
    """Add the seed file's sets none of whose terms is in the dictionary yet (an editor's own
    changes are kept); returns how many. `model`: the migration's historical model."""
    if model is None:
        from tscplus.search.models import SynonymSet

        model = SynonymSet
    known = {t for s in model.objects.only("terms") for t in split_terms(s.terms)}
    added = []
    for terms in seed_sets():
        fresh = [t for t in terms if t not in known]
        if len(fresh) == len(terms):
            added.append(model(terms=", ".join(terms)))
            known.update(terms)
    model.objects.bulk_create(added)
    forget()
    return len(added)
