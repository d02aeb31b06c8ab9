"""One normal form for what users type, shared by the gateway and the training data.

Rasa's whitespace tokeniser and char n-grams see exactly what we give them, so the
same function renders the training data into ``build/`` and cleans every message
before NLU: people write with and without diacritics, with Persian or Arabic
letter forms, Eastern Arabic digits and stretched letters ("heeelp"), and the
model must see one spelling of each word.

It also makes typed text safe: a message can never start with ``/``, so nobody can
type ``/intent{...}`` and make Rasa skip its NLU (intent injection).
"""

from __future__ import annotations

import re
import unicodedata

_ARABIC_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_STRETCHED = re.compile(r"(\w)\1{2,}")
_SPACES = re.compile(r"\s+")

_LETTER_FORMS = str.maketrans(
    {
        "ی": "ي",  # Persian yeh
        "ى": "ي",  # alef maksura
        "ک": "ك",  # Persian kaf
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "؟": "?",
        "،": ",",
        "؛": ";",
        "’": "'",
        "‘": "'",
        "`": "'",
        "´": "'",
        "“": '"',
        "”": '"',
        "«": '"',
        "»": '"',
        **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + d): str(d) for d in range(10)},  # Persian digits
    }
)


def _is_latin(char: str) -> bool:
    code = ord(char)
    return code < 0x250 or 0x1E00 <= code <= 0x1EFF


def _strip_latin_accents(text: str) -> str:
    """Drop accents on Latin letters only: vowel signs of Bengali or Devanagari are
    combining marks too, and removing those would destroy the word."""
    out: list[str] = []
    base_is_latin = False
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.category(char) == "Mn":
            if base_is_latin:
                continue
        else:
            base_is_latin = _is_latin(char)
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


def normalize(text: str) -> str:
    """Return the normal form of a user's message (may be empty)."""
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    text = _ARABIC_DIACRITICS.sub("", text)
    text = text.translate(_LETTER_FORMS)
    text = _strip_latin_accents(text)
    text = text.casefold()
    text = _STRETCHED.sub(r"\1", text)
    text = _SPACES.sub(" ", text).strip()
    return text.lstrip("/ ").strip()
