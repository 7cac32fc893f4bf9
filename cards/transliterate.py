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


def is_latin(text: str) -> bool:
    """True when every letter of `text` is a Latin letter (accents allowed)."""
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in text
               if unicodedata.category(ch) in ("Lu", "Ll", "Lt", "Lo"))


def display_latin_names(record: CardRecord) -> tuple[str, str]:
    """(family, given) in Latin letters as printed on the card and carried in the QR.

    The officer's `latin_*` form when given; else the name itself when it is in Latin letters
    (accents kept); else the ICAO 9303 transliteration (capitals), which refuses scripts it has
    no table for (Ethiopic and others need the `latin_*` fields).
    """
    out = []
    for native, latin, field in ((record.family_name, record.latin_family_name,
                                  "latin_family_name"),
                                 (record.given_names, record.latin_given_names,
                                  "latin_given_names")):
        if latin and latin.strip() and is_latin(latin):
            out.append(" ".join(latin.split()))
        elif is_latin(native):
            out.append(" ".join(native.split()))
        else:
            out.append(latin_name(latin or native, field))
    return out[0], out[1]


# ISO 639-3 code of the most common language written in a script: the default for the Claim 169
# secondary language when the record does not say (`CardRecord.name_language`).
SCRIPT_LANGUAGE = {"ARABIC": "ara", "ETHIOPIC": "amh", "CYRILLIC": "rus", "DEVANAGARI": "hin",
                   "HEBREW": "heb", "GREEK": "ell"}


def name_language(record: CardRecord) -> str | None:
    """The language code of the name in the holder's own script; None when it is Latin."""
    native = record.given_names + record.family_name
    if is_latin(native):
        return None
    if record.name_language:
        return record.name_language
    for ch in native:
        if ch.isalpha():
            script = unicodedata.name(ch, "").split(" ")[0]
            return SCRIPT_LANGUAGE.get(script, "und")
    return "und"
