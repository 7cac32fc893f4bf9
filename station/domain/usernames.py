"""One rule for account names, shared by the station's operators and the registry's accounts.

A name is normalised (Unicode NFKC: full-width letters, ligatures and other compatibility forms
become the plain letters they stand for) and then refused when it mixes scripts (a Cyrillic "а"
in a Latin "admin") or looks like an existing name once case and look-alike characters are
folded (`skeleton`). Two accounts one person cannot tell apart in the audit are the attack.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

# Characters that look alike in the fonts staff read the audit in: names that differ only in
# these (or in case) would be two accounts one person cannot tell apart.
_LOOK_ALIKE = str.maketrans({"0": "o", "1": "l", "i": "l", "|": "l", "5": "s", "2": "z",
                             "8": "b", "-": ".", "_": "."})

# Letters of other scripts drawn like Latin ones (after lower-casing): a whole-Cyrillic or
# whole-Greek name made of them looks like a Latin name (Unicode's confusables, the part that
# matters for names typed at a station).
_CONFUSABLE = str.maketrans({
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "һ": "h", "і": "i", "ї": "i", "ј": "j", "к": "k",
    "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "ѕ": "s", "т": "t", "у": "y", "х": "x",
    "ԁ": "d", "ԛ": "q", "ԝ": "w", "ь": "b", "ӏ": "l", "п": "n", "г": "r",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "ω": "w", "γ": "y", "μ": "u",
    # Latin letters drawn like others
    "ı": "i", "ɡ": "g", "ℓ": "l",
})

_SEPARATORS = ".-_"


def normalise(name: str) -> str:
    """The form a name is stored and compared in (NFKC)."""
    return unicodedata.normalize("NFKC", name)


def skeleton(name: str) -> str:
    """What a name looks like: NFKC, lower case, letters of other scripts drawn like Latin ones,
    0/o, 1/l/i, 5/s, 2/z, 8/b and . - _ folded, "rn" read as "m", "vv" as "w"."""
    folded = normalise(name).casefold().translate(_CONFUSABLE)
    # accents dropped: "é" looks like "e" at a glance
    folded = "".join(ch for ch in unicodedata.normalize("NFD", folded)
                     if not unicodedata.combining(ch))
    return folded.translate(_LOOK_ALIKE).replace("rn", "m").replace("vv", "w")


def script_of(ch: str) -> str:
    """The script of a letter (the first word of its Unicode name: LATIN, CYRILLIC, GREEK...);
    digits and separators belong to every script ("")."""
    if ch.isdigit() or ch in _SEPARATORS:
        return ""
    try:
        return unicodedata.name(ch).split()[0]
    except ValueError:
        return "UNKNOWN"


def scripts(name: str) -> list[str]:
    return sorted({script_of(ch) for ch in normalise(name)} - {""})


def mixed_script_problem(name: str) -> str | None:
    """Words for a name whose letters come from more than one script, else None."""
    found = scripts(name)
    if len(found) <= 1:
        return None
    named = " and ".join(s.capitalize() for s in found)
    return (f"the name mixes {named} letters, which can look alike (a Cyrillic \"а\" in "
            "\"admin\"): write it in one script")


def look_alike(name: str, existing: Iterable[str]) -> str | None:
    """An existing name that `name` looks like (and is not), else None."""
    wanted = skeleton(name)
    for other in existing:
        if other != name and skeleton(other) == wanted:
            return other
    return None


def look_alike_problem(name: str, other: str) -> str:
    return (f"an account named {other} exists already and {name} looks like it (names that "
            "differ only in case, in letters of another script or in look-alike characters "
            "such as 0/o, 1/l/i, rn/m or . - _ get mixed up): choose another name")
