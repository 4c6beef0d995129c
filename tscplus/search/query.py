"""How a query is read, as people type them: every rule about the words of a query is here.

- Words are cut as the index cuts them (`thai.segment`); a compound also matches its parts.
- Synonyms: a run of words that is a term of the synonym dictionary (มาสก์, covid 19, แอร์) is
  one group, found by any term of its set; the reader is told ("also searched for ...").
- Filler words of questions (วิธี, อย่างไร, ที่, how, to ...) are left out when the query has other
  words: "ล้างมือที่ถูกวิธีทำอย่างไร" searches ล้างมือ. The reader is told which were left out.
- Words in double quotes are searched as typed: no synonyms, no filler left out, no spelling
  correction."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tscplus.search.backends import Alternatives
from tscplus.search.synonyms import Thesaurus, term_words, thesaurus
from tscplus.search.thai import compound_parts, normalize, segment

MAX_GROUPS = 16  # the words of a query that count; a pasted paragraph is cut here
MAX_LENGTH = 500  # characters of a query that are read

# The words people wrap a question in. Left out when the query has any other word; a query made
# only of them is searched as it is.
FILLER = frozenset(
    {
        # Thai: question words, particles, and the glue of a question
        "ที่", "วิธี", "วิธีการ", "อย่างไร", "ยังไง", "ไง", "ทำไม", "อะไร", "ไหม", "มั้ย",
        "หรือไม่", "หรือเปล่า", "เปล่า", "บ้าง", "ได้", "ให้", "การ", "ความ", "ควร", "ต้อง",
        "จะ", "คือ", "เป็น", "มี", "ของ", "และ", "กับ", "ใน", "แบบ", "ถูกต้อง", "ถูกวิธี",
        "เมื่อไร", "เมื่อไหร่", "ที่ไหน", "แค่ไหน", "เท่าไร", "เท่าไหร่", "ครับ", "ค่ะ",
        "คะ", "นะ", "จ้า", "หน่อย", "ช่วย", "อยาก", "รู้", "ทราบ", "ทำ", "ดี", "ไป", "หรือ",
        "เรา", "ฉัน", "ผม", "ใคร", "ตัวเอง", "เอง", "แล้ว", "แล้วแต่", "ยัง", "อยู่", "ไหน", "โดย", "เพื่อ",
        "สำหรับ", "ถ้า", "หาก", "เวลา", "ตอน", "กัน", "นี้", "นั้น", "ไร", "ขึ้น", "ถูก",
        "วิธีทำ", "ทำยังไง", "ทำอย่างไร", "อย่างไรบ้าง", "ยังไงบ้าง", "ได้ไหม", "ได้หรือไม่",
        "ดีไหม", "อะไรบ้าง", "ยังไงดี", "ไหมคะ", "ไหมครับ", "เหรอ", "หรอ", "มั๊ย", "ไม่", "เมื่อ",
        "แค่", "บ่อย", "กี่", "หรือยัง", "ถึง", "ครั้ง", "จน", "ก็", "แต่", "มาก", "ต่อ", "เอา", "ใช้ได้",
        # English
        "how", "to", "what", "is", "are", "the", "a", "an", "of", "for", "do", "does", "can",
        "i", "my", "should", "properly", "way", "ways", "best", "in", "on", "with", "and",
        "or", "why", "when", "where", "which", "who", "it", "be", "at", "about", "you",
    }
)  # fmt: skip
_QUOTED = re.compile(r"[\"“”]([^\"“”]+)[\"“”]")
_LATIN = re.compile(r"^[0-9a-z]")
_THAI = re.compile("[\u0e00-\u0e7f]")


@dataclass(frozen=True)
class Group:
    """One word (or synonym term) of a query and what finds it."""

    word: str
    alternatives: Alternatives
    span: tuple[int, int] | None = None  # its words in `ParsedQuery.words`; None: in quotes
    synonyms: tuple[str, ...] = ()  # the other terms of its synonym set

    @property
    def terms(self) -> list[str]:
        """Every term that finds the group, as marked in titles and snippets: a filler word that
        only comes with a synonym's other words (การ of การล้างมือ) is not marked on its own."""
        return list(
            dict.fromkeys(
                t for a in self.alternatives for t in a if t == self.word or t not in FILLER
            )
        )


@dataclass
class ParsedQuery:
    groups: list[Group] = field(default_factory=list)
    words: list[str] = field(default_factory=list)  # the words outside quotes, in order
    ignored: list[str] = field(default_factory=list)  # filler words left out

    @property
    def expanded(self) -> list[tuple[str, tuple[str, ...]]]:
        """(word typed, the other words searched for it) of each synonym found."""
        return [(g.word, g.synonyms) for g in self.groups if g.synonyms]

    @property
    def terms(self) -> list[str]:
        return list(dict.fromkeys(t for g in self.groups for t in g.terms))

    @property
    def alternatives(self) -> tuple[Alternatives, ...]:
        return tuple(g.alternatives for g in self.groups)


def join_words(words: list[str] | tuple[str, ...]) -> str:
    """Words back into text: Thai runs together, Latin letters and digits apart."""
    text = ""
    for word in words:
        if text and (_LATIN.match(word) or _LATIN.match(text[-1])):
            text += " "
        text += word
    return text


def compounds(parsed: ParsedQuery) -> list[str]:
    """The query's words (synonyms' included) that have compound parts among their
    alternatives."""
    return list(
        dict.fromkeys(
            a[0]
            for g in parsed.groups
            for a in g.alternatives
            if len(a) == 1 and compound_parts(a[0])
        )
    )


def focused(alternatives: Alternatives, whole: set[str]) -> Alternatives:
    """A group without the parts of a compound the index has whole. Every item with the
    compound also has its parts indexed (see `thai.index_terms`), so the parts would count the same
    word again and make a compound weigh more than the other words of the query; they are kept
    only for a compound no item has whole (written apart, or cut otherwise)."""
    drop = {compound_parts(a[0]) for a in alternatives if len(a) == 1 and a[0] in whole}
    kept = [a for a in alternatives if a not in drop] or list(alternatives)
    # An alternative that holds all of another's terms finds nothing more: it would only count
    # the same words again (การล้างมือ beside ล้างมือ).
    return tuple(a for a in kept if not any(b != a and set(b) <= set(a) for b in kept))


def word_alternatives(word: str) -> Alternatives:
    parts = compound_parts(word)
    return ((word,), parts) if parts else ((word,),)


def in_language(term: str, language: str) -> bool:
    """Whether a term is written in the page's language: Thai letters for Thai, none for
    English. A Thai page's items use English words seldom, and a synonym found in both forms in
    one item would count twice."""
    if not language:
        return True
    return bool(_THAI.search(term)) == (language == "th")


def synonym_group(
    thesaurus: Thesaurus, index: int, typed: tuple[str, ...], span, language: str
) -> Group:
    """The typed term and the other terms of its set in the page's language."""
    alternatives: list[tuple[str, ...]] = []
    others = []
    for term in thesaurus.sets[index]:
        words = term_words(term)
        if not words or (words != typed and not in_language(term, language)):
            continue
        alternatives.extend(word_alternatives(words[0]) if len(words) == 1 else (words,))
        if words != typed:
            others.append(term)
    word = join_words(typed)
    return Group(word, tuple(dict.fromkeys(alternatives)), span, tuple(others))


def parse(query: str, *, dictionary: Thesaurus | None = None, language: str = "") -> ParsedQuery:
    """A query's groups: synonyms found (in `language`, when given), filler words left out,
    quoted words as typed."""
    query = query[:MAX_LENGTH]
    dictionary = dictionary if dictionary is not None else thesaurus()
    parsed = ParsedQuery()
    quoted = [
        w for part in _QUOTED.findall(query) for w in segment(normalize(part, join_thai=True))
    ]
    parsed.words = segment(normalize(_QUOTED.sub(" ", query), join_thai=True))
    words = parsed.words
    found: list[Group] = []
    filler: list[Group] = []
    start = 0
    while start < len(words):
        synonym = dictionary.find(words, start)
        if synonym is not None:
            index, length = synonym
            typed = tuple(words[start : start + length])
            span = (start, start + length)
            found.append(synonym_group(dictionary, index, typed, span, language))
            start += length
            continue
        word = words[start]
        group = Group(word, word_alternatives(word), (start, start + 1))
        (filler if word in FILLER else found).append(group)
        start += 1
    exact = [Group(w, word_alternatives(w)) for w in quoted]
    if found or exact:
        parsed.ignored = list(dict.fromkeys(g.word for g in filler))
    else:
        found = filler
    seen: set[str] = set()
    for group in [*found, *exact]:
        if group.word not in seen:
            seen.add(group.word)
            parsed.groups.append(group)
    parsed.groups = parsed.groups[:MAX_GROUPS]
    return parsed
