"""Latin forms of names for the MRZ and the QR short form (ICAO 9303 Part 3 transliteration)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from cards.errors import CardError
from cards.record import CardRecord


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    from mrz.generator.dictionaries.arabic import transliteration as arabic
    from mrz.generator.dictionaries.latin_based import transliteration as latin

    return {**arabic, **latin}


def latin_name(text: str, field: str) -> str:
    """Upper-case A-Z words separated by single spaces; CardError when the script is unsupported.

    Latin letters with diacritics follow the ICAO table (e.g. Ü -> UE, ß -> SS), then lose any
    remaining accents; Arabic follows the ICAO Arabic table. Other scripts (Ethiopic, ...) need
    the `latin_*` field filled in by the officer.
    """
    table = _table()
    out = []
    for ch in unicodedata.normalize("NFC", text):
        mapped = table.get(ch, ch)
        out.append(mapped)
    joined = "".join(out)
    joined = "".join(c for c in unicodedata.normalize("NFKD", joined)
                     if not unicodedata.combining(c))
    joined = re.sub(r"['’ʼ`ʻ.]", "", joined.upper())
    joined = re.sub(r"[\s,\-‐]+", " ", joined).strip()
    if not re.fullmatch(r"[A-Z ]*", joined):
        raise CardError("this name needs a Latin transliteration for the MRZ and QR", field=field)
    return joined


def latin_names(record: CardRecord) -> tuple[str, str]:
    """(family, given) in Latin capitals, from the `latin_*` fields or transliterated."""
    family = (latin_name(record.latin_family_name, "latin_family_name")
              if record.latin_family_name else latin_name(record.family_name, "latin_family_name"))
    given = (latin_name(record.latin_given_names, "latin_given_names")
             if record.latin_given_names else latin_name(record.given_names, "latin_given_names"))
    return family, given


def short_latin_names(record: CardRecord, limit: int) -> tuple[str, str]:
    family, given = latin_names(record)
    return family[:limit].rstrip(), given[:limit].rstrip()
