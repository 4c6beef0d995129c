"""Thai text for search: one normalisation and one segmentation, used when a text is indexed and
when a query is read, so both sides always agree.

- `normalize` folds what people type differently into one form: zero-width characters and stray
  spaces between Thai letters go, Thai digits become 0-9, Latin letters lower case, and common
  Thai typing slips are repaired (เเ typed for แ, ํา for ำ, a tone mark typed before its vowel,
  a doubled mark).
- `segment` cuts text into words with nlpO3 (Rust) and PyThaiNLP's dictionary (the same words
  PyThaiNLP's own newmm uses).
- `index_terms` adds the parts of compound words: the dictionary keeps ร้านอาหาร, ล้างมือ and
  ไก่ทอด whole, and a search for อาหาร, มือ or ไก่ must still find them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

DICTIONARY_NAME = "tscplus-th"
MAX_WORD = 30  # no dictionary word is longer; compound splitting looks no further
MIN_PART = 3  # the shortest part of a compound worth finding on its own (มือ, ไก่)
# Words too common at the ends of compounds to index there (they form nouns and clauses).
AFFIX_STOP = frozenset({"การ", "ความ", "ที่", "ของ", "และ", "ผู้", "นัก"})

THAI = "\u0e00-\u0e7f"
MARKS = frozenset({"ๆ", "ฯ"})  # signs of repeating and shortening a word: never words themselves
_HAS_MARK = re.compile("[ๆฯ]")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_THAI_DIGIT = re.compile("[\u0e50-\u0e59]")
_SPACE_IN_THAI = re.compile(rf"(?<=[{THAI}])\s+(?=[{THAI}])")
# Above and below vowels, and tone marks with the thanthakhat.
_VOWELS_ABOVE_BELOW = "\u0e31\u0e34-\u0e3a\u0e47"
_TONES = "\u0e48-\u0e4c"
_TONE_BEFORE_VOWEL = re.compile(rf"([{_TONES}])([{_VOWELS_ABOVE_BELOW}])")
_TONE_AFTER_AM = re.compile(rf"(\u0e33)([{_TONES}])")  # นำ้ typed for น้ำ
_DOUBLED_MARK = re.compile(rf"([{_VOWELS_ABOVE_BELOW}{_TONES}])\1+")
# A word is a run of Thai letters, or of Latin letters and digits; everything else separates.
_WORDS = re.compile(rf"[{THAI}]+|[0-9a-z]+")
_THAI_WORD = re.compile(rf"^[{THAI}]+$")


def normalize(text: str, *, join_thai: bool = False) -> str:
    """One form for the same words however they were typed. `join_thai` also drops spaces between
    Thai letters (a query's spaces are not reliable word breaks: ร้าน อาหาร, ล้า งมือ)."""
    text = unicodedata.normalize("NFC", _ZERO_WIDTH.sub("", text)).lower()
    if _THAI_DIGIT.search(text):  # translate() reads the whole text: only where there are some
        text = text.translate(_THAI_DIGITS)
    text = text.replace("เเ", "แ").replace("\u0e4d\u0e32", "\u0e33")  # เเ -> แ, ํา -> ำ
    text = _TONE_BEFORE_VOWEL.sub(r"\2\1", text)
    text = _TONE_AFTER_AM.sub(r"\2\1", text)
    text = _DOUBLED_MARK.sub(r"\1", text)
    if join_thai:
        text = _SPACE_IN_THAI.sub("", text)
    return text


def dictionary_path() -> Path:
    from pythainlp.corpus import corpus_path

    return Path(corpus_path()) / "words_th.txt"


# Entries of the word list that are no Thai words and cut common ones apart: แล้วจะ was read
# as แล้ + วจะ (in queries and in the items alike).
NOT_WORDS = frozenset({"แล้", "วจะ"})


@functools.cache
def _load() -> frozenset[str]:
    import tempfile

    import nlpo3

    lines = dictionary_path().read_text(encoding="utf-8").split()
    words = [w for w in lines if w not in NOT_WORDS]
    # nlpo3 reads its dictionary from a file: the list without NOT_WORDS, written once a process.
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt") as kept:
        kept.write("\n".join(words))
        kept.flush()
        nlpo3.load_dict(kept.name, DICTIONARY_NAME)
    return frozenset(w for w in words if _THAI_WORD.match(w))


def dictionary() -> frozenset[str]:
    return _load()


def segment(text: str) -> list[str]:
    """The words of an already normalised text, in order: Thai by the dictionary, Latin letters
    and digits as they stand; punctuation and spaces dropped."""
    import nlpo3

    _load()
    words: list[str] = []
    for run in _WORDS.findall(text):
        if "a" <= run[0] <= "z" or "0" <= run[0] <= "9":
            words.append(run)
        else:
            cut = nlpo3.segment(run, DICTIONARY_NAME, safe=True)
            # A run of Thai letters has no spaces: only the marks are taken out of its words.
            words.extend([w for w in cut if w not in MARKS] if _HAS_MARK.search(run) else cut)
    return words


@functools.lru_cache(maxsize=200_000)
def compound_parts(word: str) -> tuple[str, ...]:
    """The dictionary words a compound is made of (ร้านอาหาร -> ร้าน, อาหาร; ล้างมือ -> ล้าง, มือ), or
    () when it is not one. The fewest parts win, and each part must have at least MIN_PART letters:
    shorter dictionary entries are mostly syllables (สะอาด is not สะ + อาด), and a search for a
    syllable should not find every word that happens to contain it."""
    if len(word) < 2 * MIN_PART or not _THAI_WORD.match(word):
        return ()
    words = dictionary()
    n = len(word)
    # best[i]: the fewest dictionary words that make up word[:i] (the whole word itself excluded).
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        start = best[i]
        if start is None:
            continue
        for j in range(i + MIN_PART, min(n, i + MAX_WORD) + 1):
            piece = word[i:j]
            if piece != word and piece in words:
                candidate = [*start, piece]
                known = best[j]
                if known is None or len(candidate) < len(known):
                    best[j] = candidate
    return tuple(dict.fromkeys(best[n] or ()))


@functools.lru_cache(maxsize=200_000)
def affix_words(word: str) -> tuple[str, ...]:
    """The dictionary words a compound starts or ends with, beyond its fewest-parts split: ใบรับรอง
    splits as ใบรับ + รอง (ใบ is too short to be a part), yet ends with รับรอง; โทรศัพท์มือถือ ends
    with มือถือ. Only the ends, only where the rest is a dictionary word itself (ใบ, โทรศัพท์, นำ),
    and never a word that mostly forms nouns (การ, ความ): a word found in the middle of a compound,
    or beside a broken rest (ร้า in ร้าน|อาหาร, เมิน in การประ|เมิน), is a chance run of letters."""
    if len(word) < 2 * MIN_PART or not _THAI_WORD.match(word):
        return ()
    words = dictionary()
    found = [
        word[:i] for i in range(MIN_PART, len(word)) if word[:i] in words and word[i:] in words
    ]
    found += [
        word[i:]
        for i in range(1, len(word) - MIN_PART + 1)
        if word[i:] in words and word[:i] in words
    ]
    return tuple(w for w in found if w not in AFFIX_STOP)


def index_terms(text: str) -> list[str]:
    """The terms a text is indexed under: its words, each compound followed by its parts and the
    words it starts or ends with."""
    terms: list[str] = []
    for word in segment(normalize(text)):
        terms.extend(_terms(word))
    return terms


@functools.lru_cache(maxsize=200_000)
def _terms(word: str) -> tuple[str, ...]:
    """A word's terms, as `index_terms` gives them (a text repeats its words: looked up once)."""
    parts = compound_parts(word)
    return (word, *parts, *(w for w in affix_words(word) if w not in parts))


def cut_texts(texts: list[tuple[str, str, str]]) -> list[tuple[list[str], list[str]]]:
    """The terms of each (title, tags, body): the title's and tags' together, and the body's.
    Plain values in and out, so another process can do it for a long indexing run."""
    return [
        (index_terms(title) + index_terms(tags), index_terms(body)) for title, tags, body in texts
    ]
