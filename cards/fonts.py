"""Where the card fonts come from: PyPI font packages installed by `uv sync`.

- Noto Sans (package fontpkg-noto-sans): Latin with accents, Greek, Cyrillic; labels and names.
- Noto Sans Arabic (fontpkg-noto-sans-arabic): Arabic script names.
- Noto Sans Ethiopic (justmytype-intl-africa): Amharic and Tigrinya names.
- IBM Plex Mono (fontpkg-ibm-plex-mono): the MRZ font before OCR-B; no longer drawn.
- OCR-B (cards/fonts/OCRB.otf, shipped here, public domain; from Debian's fonts-ocr-b, see
  cards/fonts/OCRB-LICENSE.txt): the MRZ, as ICAO 9303 requires. It has CFF outlines, which
  reportlab cannot embed, so the MRZ is drawn as glyph outlines (`cards.text`).
Debian's fonts-noto-core (or fonts-ocr-b) is used as a fallback when a package is missing.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from cards.errors import CardError

DEBIAN_NOTO = Path("/usr/share/fonts/truetype/noto")

# name -> (python package, path inside it, Debian fallback file)
FONT_FILES: dict[str, tuple[str, str, str]] = {
    "latin": ("fontpkg_noto_sans", "files/NotoSans[wdth,wght].ttf", "NotoSans-Regular.ttf"),
    "arabic": ("fontpkg_noto_sans_arabic", "files/NotoSansArabic[wdth,wght].ttf",
               "NotoSansArabic-Regular.ttf"),
    "ethiopic": ("justmytype_intl_africa",
                 "fonts/ofl/notosansethiopic/NotoSansEthiopic[wdth,wght].ttf",
                 "NotoSansEthiopic-Regular.ttf"),
    "mono": ("fontpkg_ibm_plex_mono", "files/IBMPlexMono-Regular.ttf", "NotoSansMono-Regular.ttf"),
    "ocrb": ("cards", "fonts/OCRB.otf", "/usr/share/fonts/opentype/ocr-b/OCRB.otf"),
}

# Fonts tried in order for each character of a name.
NAME_FONTS = ("latin", "arabic", "ethiopic")


@cache
def font_path(name: str) -> Path:
    """The TTF file for `name`; CardError when neither the package nor Debian's file is there."""
    package, inner, debian = FONT_FILES[name]
    try:
        candidate = Path(str(resources.files(package).joinpath(inner)))
        if candidate.is_file():
            return candidate
    except ModuleNotFoundError:
        pass
    fallback = DEBIAN_NOTO / debian  # an absolute `debian` path replaces the folder
    if fallback.is_file():
        return fallback
    raise CardError(f"font '{name}' is missing: run `uv sync` (package {package})", field="font")
