"""Thai dictionary order for short lists of names (provinces, districts, subdistricts).

Thai writes the vowels เ แ โ ใ ไ before the consonant they follow in speech, and dictionaries
order a word by that consonant: เชียงใหม่ is found under ช, next to ชลบุรี, not after อ่างทอง.
Neither PostgreSQL's "C" collation nor SQLite's binary one knows this, so the key moves a leading
vowel after its consonant before comparing. (Tone marks then decide only between otherwise equal
words, as in dictionaries.)"""

LEADING_VOWELS = frozenset("เแโใไ")
TONE_MARKS = frozenset("่้๊๋")


def thai_sort_key(text: str) -> tuple[str, str]:
    chars = list(text)
    i = 0
    while i < len(chars) - 1:
        if chars[i] in LEADING_VOWELS:
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
            i += 2
        else:
            i += 1
    swapped = "".join(chars)
    return "".join(c for c in swapped if c not in TONE_MARKS), swapped
