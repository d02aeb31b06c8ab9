"""Compiles every language's rules once, at import, and applies them to a message."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import fields

from bot.conversation.safety.arabic import AR
from bot.conversation.safety.english import EN
from bot.conversation.safety.french import FR
from bot.conversation.safety.lexicon import DESERT, GENERAL, PRECEDENCE, SEA, SELF_HARM, Lexicon
from bot.conversation.safety.more_languages import AR_LATIN, BN, FA, PS, SO, TI, UR

LEXICONS: dict[str, Lexicon] = {
    "en": EN,
    "fr": FR,
    "ar": AR,
    "fa": FA,
    "ur": UR,
    "ps": PS,
    "so": SO,
    "ti": TI,
    "bn": BN,
    "ar-latn": AR_LATIN,
}


# --- Compilation ------------------------------------------------------------------------

_LETTER_CHARS = r"\w\u0900-\u0dff\u1200-\u139f"  # \w misses the vowel signs of Indic scripts
_LETTER = f"[{_LETTER_CHARS}]"
_NOT_LETTER_BEFORE = rf"(?<!{_LETTER})"
_NOT_LETTER_AFTER = rf"(?!{_LETTER})"
# A word in Arabic script may carry و/ف (and, so) and ب/ل/ك/ع (with, for, as, on) in front.
_ARABIC_CLITICS = "(?:[وف]?[بلكع]?)"
_PLACEHOLDER = re.compile(r"<([a-z_]+)>")
_CLAUSE_MARKS = ".!?;:,\n"
_CLAUSE_BREAK = re.compile(f"[{re.escape(_CLAUSE_MARKS)}]")
# Rules are searched in ``_START + text`` and begin by consuming the character before the
# match, which must not be a letter. That is the same test as a look-behind, but a pattern
# that starts with a character class lets the regex engine skip, in C, every position
# inside a word instead of trying hundreds of alternatives there: several times faster.
# ``normalize()`` turns control characters into spaces, so the sentinel never occurs in
# a message; "^" in a rule becomes "just after the sentinel".
_START = "\x00"
_ANCHOR = re.compile(r"(?<![\[\\])\^")


def _expand(pattern: str, words: dict[str, str]) -> str:
    """Replace ``<name>`` placeholders (which may nest) by their definitions."""
    for _ in range(5):
        expanded = _PLACEHOLDER.sub(lambda m: words[m.group(1)], pattern)
        if expanded == pattern:
            return expanded
        pattern = expanded
    raise ValueError(f"placeholders nest too deep in {pattern!r}")


# A message is nearly always written in one script, and a pattern in Arabic letters cannot
# match a message in Latin letters (nor the reverse): each kind is also compiled without
# them, which halves the work on a long message.
_SCRIPTS = {
    "arabic": re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]"),
    "latin": re.compile("[a-z\u00c0-\u024f]"),
}
_ESCAPE = re.compile(r"\\.")


def _alternatives(kind: str, script: str | None = None) -> Iterable[str]:
    """Each pattern of this kind, in every language, as a whole-word alternative; with a
    script, only the patterns that use no letters of another script of ``_SCRIPTS``."""
    for lexicon in LEXICONS.values():
        clitics = _ARABIC_CLITICS if lexicon.arabic_script else ""
        for pattern in getattr(lexicon, kind):
            expanded = _expand(pattern, lexicon.words)
            letters = _ESCAPE.sub("", expanded)
            if script and any(
                other != script and rx.search(letters) for other, rx in _SCRIPTS.items()
            ):
                continue
            yield f"{clitics}(?:{expanded}){_NOT_LETTER_AFTER}"


def _compile(kind: str, script: str | None) -> re.Pattern[str]:
    """One regular expression for the patterns of a kind, to search in ``_START + text``;
    a match starts one character early, so its ``start()`` is its place in ``text``."""
    alternatives = _alternatives(kind, script)
    body = "|".join(_ANCHOR.sub(f"(?<={_START})", alt) for alt in alternatives)
    return re.compile(f"[^{_LETTER_CHARS}](?:{body})" if body else "(?!)")


_KINDS = tuple(f.name for f in fields(Lexicon) if f.name not in ("arabic_script", "words"))
_Rules = dict[str, re.Pattern[str]]
_RULESETS: dict[str | None, _Rules] = {
    script: {kind: _compile(kind, script) for kind in _KINDS} for script in (None, *_SCRIPTS)
}
_NOT_PLAIN = ("not_now", "reported", "claim", "information", "vague", "fear")


def _rules_for(text: str) -> _Rules:
    """The rules for the script of the message (all of them for a mix or another script)."""
    scripts = [script for script, rx in _SCRIPTS.items() if rx.search(text)]
    return _RULESETS[scripts[0] if len(scripts) == 1 else None]


def _search(rules: _Rules, kind: str, text: str) -> bool:
    return rules[kind].search(_START + text) is not None


def _lead_in(kind: str) -> re.Pattern[str]:
    """A marker counts when at most three words separate it from the match, in one clause;
    group 1 holds those words."""
    alternatives = (f"{_NOT_LETTER_BEFORE}{alt}" for alt in _alternatives(kind))
    return re.compile("(?:" + "|".join(alternatives) + ")((?: [^ ]+){0,3}) ?$")


_NOT_NOW = _lead_in("not_now")
_HEARSAY = _lead_in("reported")
_CLAIM = _lead_in("claim")
# What a smuggler's claim is about: the boat, the crossing, the desert.
_JOURNEY = ("sea", "vessel", "desert", "stranded", "danger")


def _anywhere(kind: str) -> re.Pattern[str]:
    """The words of a kind, in every language, wherever they are in a clause."""
    alternatives = [f"{_NOT_LETTER_BEFORE}{alt}" for alt in _alternatives(kind)]
    return re.compile("|".join(alternatives) if alternatives else "(?!)")


_FEAR = _anywhere("fear")
_NOW = _anywhere("now")
# A marker has at most 13 words ("the connection man who ... keeps telling us that"), so a
# lead-in lies within the last 16 words of its clause.
_LEAD_IN_WORDS = 16


def _lead_in_start(clause: str) -> int:
    """Where to start looking for a lead-in: a long clause is only searched at its end."""
    start = len(clause)
    for _ in range(_LEAD_IN_WORDS):
        start = clause.rfind(" ", 0, start)
        if start < 0:
            return 0
    return start


# People who type in a hurry leave out the punctuation: in "how can I get help we are
# sinking" the question ends before "we", which starts a statement of its own. A match that
# starts with "we" or "I" two words or more after the marker is not governed by it, unless
# those words make it a reported thought ("do you think we will drown").
_SUBJECT = re.compile(
    "(?:we|i|i'm|im|we're|we are|i am|on|nous|je|j'|jsuis|[و]?(?:احنا|نحن|نحنا|حنا|انا|راني"
    "|رانا))(?: |$)"
)
_THOUGHT = re.compile(
    "(?:^| )(?:think|believe|know|sure|possible|true|that|if|whether|penses?|crois|sais|que"
    "|qu'[^ ]*|si|تعتقد|تظن|رايك|بتعرف|تعرف|ممكن|انو|ان|انه|اذا|لو)(?: |$)"
)


def _led_into(clause: str, match_text: str) -> bool:
    """Whether a condition or a question in this clause leads into the match."""
    lead = _NOT_NOW.search(clause, _lead_in_start(clause))
    if lead is None:
        return False
    gap = lead.group(1)
    return not (gap.count(" ") >= 2 and _SUBJECT.match(match_text) and not _THOUGHT.search(gap))


def _clause_before(text: str, end: int) -> str:
    """The part of the clause that ends at ``end``."""
    return text[max(text.rfind(mark, 0, end) for mark in _CLAUSE_MARKS) + 1 : end]


def _feared(clause: str, rest: str) -> bool:
    """Whether fear of what may happen leads into the rest of this clause (``rest``, which
    starts with the match), and nothing in it says that it is happening now."""
    fear = _FEAR.search(clause)
    if fear is None:
        return False
    end = _CLAUSE_BREAK.search(rest)
    return not _NOW.search(clause[fear.end() :] + " " + rest[: end.start() if end else None])


_SENTENCE_END = re.compile(r"[.!?;\n]")
_COMMA = re.compile("[,:]")


def _tagged(rules: _Rules, text: str, start: int) -> bool:
    """Whether a question is tagged on to the sentence that goes on from ``start``: at the
    end of its clause ("boats sink near Zuwara is it true") or as the last clause ("the
    police beat people at that border, is it true?"), its "?" included."""
    end = _SENTENCE_END.search(text, start)
    stop = len(text) if end is None else end.end() if end.group() == "?" else end.start()
    clauses = _COMMA.split(text[start:stop])
    tag = rules["tag"]
    return tag.search(_START + clauses[0].strip()) is not None or (
        len(clauses) > 1 and tag.match(_START + clauses[-1].strip()) is not None
    )


def _happening(rules: _Rules, kind: str, text: str) -> bool:
    """Whether the message reports evidence of this kind as happening now: not led into by
    a condition or a question (before it, or tagged on after it), nor (except for threats) by
    hearsay or the fear of it, nor (for the journey) by a smuggler's claim."""
    for match in rules[kind].finditer(_START + text):
        clause = _clause_before(text, match.start())
        if _led_into(clause, text[match.start() :]) or _tagged(rules, text, match.start()):
            continue
        if kind == "threat":
            return True
        start = _lead_in_start(clause)
        if _HEARSAY.search(clause, start):
            continue
        if kind in _JOURNEY and _CLAIM.search(clause, start):
            continue
        if not _feared(clause, text[match.start() :]):
            return True
    return False


def _plain_statement(rules: _Rules, text: str) -> bool:
    """No question, condition, request for information, fear, memory or hearsay."""
    if "?" in text or any(_search(rules, kind, text) for kind in (*_NOT_PLAIN, "tag")):
        return False
    question = rules["question"]
    return not any(question.match(_START + clause.strip()) for clause in _CLAUSE_BREAK.split(text))


def detect_emergency(text: str) -> str | None:
    """The emergency topic id ("emergency.sea" | "emergency.desert" | "emergency.general" |
    "emergency.self_harm") if `text` reports danger happening now, else None.

    `text` must already be in the normal form of ``normalize()``."""
    if not text:
        return None
    rules = _rules_for(text)

    def search(kind: str) -> bool:
        return _search(rules, kind, text)

    def happening(kind: str) -> bool:
        return _happening(rules, kind, text)

    found: set[str] = set()
    # Thoughts of suicide count however they are put, even in a question or a memory; so
    # does despair, unless it leads to a practical plan ("I'm tired of this life, I want to
    # go back to my country, how?"), which is a request and not a farewell.
    if search("self_harm") or (search("despair") and not search("plan")):
        found.add(SELF_HARM)
    long_ago = search("long_ago") and not search("ongoing")
    if long_ago or search("over"):
        return SELF_HARM if found else None

    at_sea = search("sea_context")
    in_desert = search("desert_context")
    # Harm done, threats, danger, cries and a breakdown without a place are often the start
    # of a question ("my family is in danger at home, can I get asylum?", "my car broke
    # down in Lyon, where is a mechanic?"): the question decides.
    weak_evidence_counts = at_sea or in_desert or not search("information")

    def place(default: str) -> str:
        return SEA if at_sea else DESERT if in_desert else default

    # Danger described as it happens, with its own topic or the place the message names.
    for kind, topic in (("sea", SEA), ("desert", DESERT), ("general", GENERAL)):
        if happening(kind):
            found.add(topic)
    if happening("vessel"):
        found.add(place(SEA))
    if happening("injury"):
        found.add(place(GENERAL))
    if weak_evidence_counts and happening("stranded"):
        found.add(place(DESERT))
    if weak_evidence_counts:
        if happening("harm") or happening("threat"):
            found.add(GENERAL)
        if happening("danger"):
            found.add(place(GENERAL))
    if not found:
        cried = weak_evidence_counts and happening("cry")
        if cried or ((at_sea or in_desert) and happening("plea")):
            found.add(place(GENERAL))
    if not found and _plain_statement(rules, text):
        # Last resort: danger words in a plain statement ("hostages, 3000 each").
        for kind, topic in (
            ("alarm_sea", SEA),
            ("alarm_desert", place(DESERT)),
            ("alarm_general", GENERAL),
        ):
            if search(kind):
                found.add(topic)
    return next((topic for topic in PRECEDENCE if topic in found), None)
