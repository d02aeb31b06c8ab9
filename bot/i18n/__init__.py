"""The assistant's fixed phrases (gettext catalogs) and locale data (Babel's CLDR).

Answers come from the content store; only the frame around them (menus, buttons,
errors, the privacy note) is translated here, in `locales/<lang>/LC_MESSAGES/messages.po`.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from babel import Locale
from babel.messages.pofile import read_po

LOCALES = Path(__file__).parent / "locales"
#: Languages the assistant speaks (NLU, content, phrases).
SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "fr", "ar")
DEFAULT_LANGUAGE = "en"

#: A number as one unit: "+33 4 86 51 71 61", "116 000", "1,372", "17.5".
_NUMBER = re.compile(r"\+?\d+(?:[ ,.\-]\d+)*")
_LRI, _PDI = "\u2066", "\u2069"


@cache
def _catalog(language: str) -> dict[str, str]:
    path = LOCALES / language / "LC_MESSAGES" / "messages.po"
    if not path.exists():
        return {}
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    return {str(m.id): str(m.string) for m in catalog if m.id and m.string and not m.fuzzy}


def gettext(lang: str, message: str, /, **values: object) -> str:
    """`message` in `lang` (English when not translated), with `{name}` values filled in."""
    text = _catalog(lang).get(message) or message
    return text.format(**values) if values else text


def language_name(code: str, in_language: str | None = None, *, in_sentence: bool = False) -> str:
    """A language's name from CLDR, by default in that language itself ("العربية").

    Capitalised to stand alone on a button; as CLDR has it inside a sentence
    ("j'écris en français").
    """
    name = Locale.parse(code).get_display_name(in_language or code) or code
    return name if in_sentence else name[:1].upper() + name[1:]


def is_rtl(language: str) -> bool:
    return Locale.parse(language).character_order == "right-to-left"


def isolate_numbers(text: str, language: str) -> str:
    """Keep numbers whole and left to right inside right-to-left text (Unicode isolates).

    A phone number or "1,372" split by the bidi algorithm reads as another number.
    """
    if not is_rtl(language):
        return text
    return _NUMBER.sub(lambda m: f"{_LRI}{m.group(0)}{_PDI}", text)
