"""The emergency safety net: rules, applied before NLU, that spot danger happening now.

Why rules and not the model: a person whose boat is taking water must get the emergency
answer on the first message, whatever the model's confidence, the state of the dialogue
or how little of their language we speak; rules fail the same way every time, and
reviewers can read every line of them.

Why "now" matters as much as the danger words: most messages that name a danger are
questions about it ("is the boat safe?", "do they kidnap people in the desert?", "what to
do if the engine stops"). Answering those with an emergency script would be wrong and
would teach people to skip it. So the patterns describe danger as it happens (first person,
present tense, urgency), and a match does not count when a condition, a question or
hearsay leads into it ("if", "what happens when", "how many", "is it true that", "they
say"), when a question is tagged on after it ("..., is it true?", "... in which year") or
the story is over ("two years ago", "now I am safe"). Fear of what may happen is not danger
now either ("I'm afraid they will lock me up on the way, how do I protect myself?"), unless
the clause says it is happening ("I'm scared, they are beating us": two clauses); nor is
what the smuggler promises about the crossing ("the smuggler said the boat is big"), and a
danger denied is none ("it won't sink", "ما يغرقش"). Danger words that fit no pattern still
count in a plain statement ("hostages, 3000 each"), never in a question. Thoughts of
suicide or self-harm count however they are put; despair that names no death ("I'm tired
of this life") counts too, unless the message goes on to a practical plan ("..., I want to
go back to my country, how do I do it?"), which is a request and not a farewell.

A bare cry for help ("help", "sos", "au secours", "ساعدونا") counts too, unless the rest of
the message asks for information ("help me with my asylum papers"); a polite request
("can you help us?") counts only where it names the sea or the desert.

When one message reports several dangers, ``PRECEDENCE`` decides which answer comes
first: the sea (a boat in distress needs the rescue numbers in minutes, even if someone
on it is also being threatened), then the desert, then thoughts of suicide or self-harm
(which a violence or medical answer would not address), then any other danger on land.
A danger without a place of its own (an engine that stopped, "we are going to die",
"help") takes the place the message names: sea, desert, or else its usual one.

A medical emergency (bleeding, not breathing, a woman in labour) has no place of its own
either: on a boat it gets the sea answer, whose rescue numbers are the ones that can help.
Armed men at the door, or breaking it, are danger now; armed guards at a gate are not.

Patterns are written in the normal form of ``normalize.py`` (casefolded, no Latin
accents, Arabic letter forms unified) and are compiled once, at import: one regular
expression per kind of evidence, in three versions (all patterns, only those without
Arabic letters, only those without Latin letters) so that a message in one script is not
searched for the words of the other.
"""

from __future__ import annotations

from bot.conversation.safety.detection import LEXICONS, detect_emergency
from bot.conversation.safety.lexicon import (
    DESERT,
    GENERAL,
    PRECEDENCE,
    SEA,
    SELF_HARM,
    Lexicon,
)

__all__ = [
    "DESERT",
    "GENERAL",
    "LEXICONS",
    "PRECEDENCE",
    "SEA",
    "SELF_HARM",
    "Lexicon",
    "detect_emergency",
]
