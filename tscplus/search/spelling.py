""" "Did you mean": a query word no document has is replaced by the nearest word the index does
have, when one is a single slip away (edit distance 1: a letter missing, extra, wrong or two
swapped). Thai slips are what Thai typists make: a tone mark missing or wrong, ะ typed for า, ค
for ฅ, and a vowel or tone typed twice (`thai.normalize` already mends some). A word may also be
cut wrongly because of the slip (ไขเลือดออก reads as ไข + เลือดออก), so a word is tried joined to
its neighbours too."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from tscplus.search.backends import Backend
from tscplus.search.query import FILLER, Group, ParsedQuery, join_words
from tscplus.search.thai import dictionary

THAI_LETTERS = "".join(
    chr(c) for c in range(0x0E01, 0x0E4D) if chr(c) not in "\u0e3b\u0e3c\u0e3d\u0e3e\u0e3f"
)
LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789"
# Marks and vowels a Thai typist most often misses or swaps: a candidate reached by changing one of
# these is preferred to one reached by changing a consonant.
THAI_CONSONANTS = frozenset(chr(c) for c in range(0x0E01, 0x0E2F))
THAI_SLIPS = frozenset(
    "\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e30\u0e32\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e47\u0e24\u0e04\u0e05"
)
_THAI_START = re.compile("[\u0e01-\u0e4c]")
MAX_WINDOW = 24  # letters: a longer run is not corrected
MAX_UNKNOWN = 3  # unknown words corrected in one query
MAX_JOINED = 8  # runs of a short word and its neighbours tried in one query
FRAGMENT = 3  # letters: a word this short beside another may be a piece of a mistyped one
NEAREST_PREFIX = 2  # letters a nearest word shares with the unknown one


@dataclass(frozen=True)
class Fix:
    start: int  # the words replaced, in `ParsedQuery.words`
    end: int
    typed: str
    word: str


def edits(word: str, *, slips_only: bool = False) -> dict[str, int]:
    """Every string one edit from `word`, with its cost: 1 for a Thai slip, 2 otherwise. A
    letter left out of Thai is looked for among the marks and vowels only (a missing consonant
    is a rarer slip, and 44 more candidates at every place); `slips_only`: Thai slips alone."""
    latin = word[:1] in LATIN_LETTERS
    letters = THAI_SLIPS if slips_only else (LATIN_LETTERS if latin else THAI_LETTERS)
    inserted = letters if latin else [c for c in letters if c not in THAI_CONSONANTS]
    found: dict[str, int] = {}

    def add(candidate: str, changed: Iterable[str]) -> None:
        cost = 1 if all(c in THAI_SLIPS for c in changed) else 2
        # A Latin word's first letter is taken as typed (covd, not ovid, for covid): its
        # spellings are then one range of the index's vocabulary.
        if candidate and candidate != word and not (latin and candidate[0] != word[0]):
            found[candidate] = min(cost, found.get(candidate, cost))

    for i in range(len(word) + 1):
        for c in inserted:
            add(word[:i] + c + word[i:], c)
        if i < len(word) and (not slips_only or word[i] in THAI_SLIPS):
            add(word[:i] + word[i + 1 :], word[i])
            for c in letters:
                add(word[:i] + c + word[i + 1 :], (c, word[i]))
        if i < len(word) - 1 and not slips_only:
            add(word[:i] + word[i + 1] + word[i] + word[i + 2 :], "")
    return found


def _windows(words: list[str], i: int) -> list[tuple[int, int]]:
    """The runs of words around the unknown word i, the longest first: a slip may have cut its
    word apart (ไขเลือดออก reads as ไข + เลือด + ออก), and the word alone, tried first, would
    mend ไข into ไข่."""
    runs = [(i, i + 3), (i - 2, i + 1), (i - 1, i + 2), (i - 1, i + 1), (i, i + 2), (i, i + 1)]
    return [(a, b) for a, b in runs if a >= 0 and b <= len(words)]


def unknown_words(parsed: ParsedQuery, engine: Backend, *, slips: bool = False) -> list[Group]:
    """The query's groups (outside quotes) that no document has in any of their forms; with
    `slips`, only those that are no Thai word either (ท่าน is a word the items may lack, not a
    slip to mend) and are no number (อายุ 80 is not a slip of 20)."""
    words = dictionary() if slips else frozenset()
    groups = [
        g
        for g in parsed.groups
        if g.span is not None
        and not g.synonyms
        and g.word not in words
        and not (slips and g.word.isdigit())
    ]
    known = engine.known([t for g in groups for t in g.terms])
    return [g for g in groups if not any(all(t in known for t in a) for a in g.alternatives)]


def nearest(parsed: ParsedQuery, engine: Backend, *, limit: int = 6) -> list[str]:
    """For a page with nothing: the index's words that start as the unknown words do, in the
    most documents first."""
    found: dict[str, int] = {}
    for group in unknown_words(parsed, engine)[:MAX_UNKNOWN]:
        found.update(engine.starting_with(group.word[:NEAREST_PREFIX], limit))
    return sorted(found, key=lambda w: (-found[w], w))[:limit]


def corrections(parsed: ParsedQuery, engine: Backend) -> list[Fix]:
    """The fixes for a query that found little: first its words no document has; then a short
    word (not a question's filler) joined to its neighbours, when a slip cut one word apart
    (ล้างมอ reads as ล้าง + มอ; joined, it is one slip from ล้างมือ)."""
    words = parsed.words
    fixes: list[Fix] = []
    taken: set[int] = _settled(parsed)

    def take(fix: Fix | None) -> None:
        if fix is not None:
            fixes.append(fix)
            taken.update(range(fix.start, fix.end))

    for group in unknown_words(parsed, engine, slips=True)[:MAX_UNKNOWN]:
        assert group.span is not None
        if group.span[0] not in taken:
            take(_best(words, _windows(words, group.span[0]), engine, joined=False, taken=taken))
    runs = [
        (a, b)
        for i, word in enumerate(words)
        if _fragment(word) and word not in FILLER
        for a, b in ((i, i + 3), (i - 2, i + 1), (i - 1, i + 2), (i - 1, i + 1), (i, i + 2))
        if a >= 0 and b <= len(words)
    ]
    while fix := _best(
        words, list(dict.fromkeys(runs))[:MAX_JOINED], engine, joined=True, taken=taken
    ):
        take(fix)
    return fixes


def _best(
    words: list[str],
    windows: list[tuple[int, int]],
    engine: Backend,
    *,
    joined: bool,
    taken: set[int],
) -> Fix | None:
    """The best fix in the first of `windows` (runs of words, none of them mended yet) that has
    one: a known word one edit away, the cheapest slip first, then the word in the most
    documents. `joined`: known words run together, mended by a Thai typist's slip only. The
    vocabulary is asked once for every window's candidates."""
    tried = []
    for start, end in windows:
        typed = "".join(words[start:end])
        if (
            len(typed) <= MAX_WINDOW
            and not _mixed(typed)
            and typed not in dictionary()
            and not taken & {*range(start, end)}
        ):
            candidates = edits(typed, slips_only=joined)
            if _THAI_START.match(typed):
                # The index's Thai words are the segmenter's dictionary words: only those are
                # asked of the index (a few, instead of a thousand strings of letters).
                words_th = dictionary()
                candidates = {w: c for w, c in candidates.items() if w in words_th}
            tried.append((start, end, candidates))
    counts = engine.vocabulary([w for *_run, candidates in tried for w in candidates])
    for start, end, candidates in tried:
        found = {
            w: counts[w] for w in candidates if w in counts and (candidates[w] == 1 or not joined)
        }
        if found:
            word = min(found, key=lambda w: (candidates[w], -found[w], w))
            return Fix(start, end, join_words(words[start:end]), word)
    return None


def _mixed(text: str) -> bool:
    """Thai and Latin letters in one run: never one word, so nothing to mend (insomnia joined to
    แก้ would ask the index for a thousand strings of letters)."""
    return bool(_THAI_START.search(text)) and any(c in LATIN_LETTERS for c in text.lower())


def _fragment(word: str) -> bool:
    return len(word) <= FRAGMENT and bool(_THAI_START.match(word))


def has_fragments(parsed: ParsedQuery) -> bool:
    """Whether the query has two short Thai words side by side, outside the synonym
    dictionary's terms: what a slip inside one word often leaves (หกลม reads as หก + ลม; its
    word, หกล้ม, is one tone mark away)."""
    words, settled = parsed.words, _settled(parsed)
    return any(
        _fragment(words[i]) and _fragment(words[i + 1]) and not {i, i + 1} & settled
        for i in range(len(words) - 1)
    )


def _settled(parsed: ParsedQuery) -> set[int]:
    """The query's words that make a term of the synonym dictionary (กัน + ยุง of ยากันยุง):
    typed as people write them, so not slips to mend."""
    return {i for g in parsed.groups if g.synonyms and g.span for i in range(*g.span)}


def corrected_text(parsed: ParsedQuery, fixes: list[Fix]) -> str:
    """The query's words (outside quotes) with the fixes made."""
    out: list[str] = []
    at = 0
    for fix in sorted(fixes, key=lambda f: f.start):
        out.extend(parsed.words[at : fix.start])
        out.append(fix.word)
        at = fix.end
    out.extend(parsed.words[at:])
    return join_words(out)
