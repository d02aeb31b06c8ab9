"""What a language's rules are made of: the emergency topics and the ``Lexicon`` of
patterns, one per language (see the package docstring for how they are applied)."""

from __future__ import annotations

from dataclasses import dataclass, field

SEA = "emergency.sea"
DESERT = "emergency.desert"
GENERAL = "emergency.general"
SELF_HARM = "emergency.self_harm"

#: When a message reports several emergencies, the first of these is the one answered.
PRECEDENCE: tuple[str, ...] = (SEA, DESERT, SELF_HARM, GENERAL)


def any_of(*options: str) -> str:
    return "(?:" + "|".join(options) + ")"


@dataclass(frozen=True)
class Lexicon:
    """One language's patterns: regular expressions in normal form, where ``<name>``
    stands for ``words[name]``. Each kind is a different kind of evidence:

    - ``sea``, ``desert``, ``self_harm``, ``general``: danger now, with its topic;
    - ``despair``: despair that names no death ("tired of this life", "I can't take it
      anymore"): self-harm too, unless the message goes on to a practical ``plan``;
    - ``plan``: a practical plan that despair leads to, going back home ("I want to go back
      to my country, how do I do it?", voluntary return): a request, not a farewell;
    - ``injury``: a medical emergency now (bleeding, not breathing, giving birth): general,
      or the sea or the desert if the message names it, since help comes from there;
    - ``harm``: harm already done (kidnapped, beaten): general, unless the message asks
      for information ("I was beaten in Libya, can I get asylum?");
    - ``vessel``, ``stranded``, ``danger``: danger that takes the place the message
      names, else sea (engine, fuel), desert (no water, the driver left) or general;
    - ``cry``: a cry for help (general or the place named), unless asking for information;
    - ``plea``: a polite request for help, or a sign of distress that needs a place to mean
      danger (a phone about to die, "they are lost"), only counted where the sea or desert
      is named;
    - ``sea_context``, ``desert_context``: words that name the place;
    - ``information``: words of a request for information (asylum, papers, routes ...);
    - ``threat``: a threat against the person or their family: general, even when
      reported ("they say they will kill my son"), which ``reported`` cancels elsewhere;
    - ``not_now``: words that, just before a match, make it hypothetical (or a question);
    - ``reported``: words that, just before a match, make it hearsay ("they say ...");
    - ``claim``: what the smuggler and his people promise ("the smuggler said ...", "قالي"):
      just before a match about the journey (sea, boat, desert), a claim and not news; it
      does not cancel violence (the smuggler who says he holds your brother), and a
      relative who calls from the boat is no smuggler;
    - ``fear``: fear or worry about what may happen ("afraid they will", "peur qu'", "نخاف"):
      what follows in its clause has not happened, unless ``now`` says it is happening
      ("I'm scared, they are beating us" is two clauses; threats count anyway);
    - ``now``: words that say it is happening as the person writes ("right now", "عم"), or
      that give it as a fact ("because");
    - ``long_ago``, ``ongoing``: a story long past, unless it is still going on;
    - ``over``: the danger is over (rescued, released, safe now);
    - ``alarm_sea``, ``alarm_desert``, ``alarm_general``: words of danger that count only in
      a plain statement: no question (``question`` opens no clause, no "?"), no request
      for information, no condition, and no fear, memory, habit or generality (``vague``);
    - ``tag``: a question tagged on at the end of a sentence ("..., is it true?", "صح؟"):
      what the sentence says is asked about, not reported.
    """

    arabic_script: bool = False
    words: dict[str, str] = field(default_factory=dict)
    sea: tuple[str, ...] = ()
    desert: tuple[str, ...] = ()
    self_harm: tuple[str, ...] = ()
    despair: tuple[str, ...] = ()
    plan: tuple[str, ...] = ()
    general: tuple[str, ...] = ()
    injury: tuple[str, ...] = ()
    harm: tuple[str, ...] = ()
    vessel: tuple[str, ...] = ()
    stranded: tuple[str, ...] = ()
    danger: tuple[str, ...] = ()
    threat: tuple[str, ...] = ()
    cry: tuple[str, ...] = ()
    plea: tuple[str, ...] = ()
    sea_context: tuple[str, ...] = ()
    desert_context: tuple[str, ...] = ()
    information: tuple[str, ...] = ()
    not_now: tuple[str, ...] = ()
    reported: tuple[str, ...] = ()
    claim: tuple[str, ...] = ()
    long_ago: tuple[str, ...] = ()
    ongoing: tuple[str, ...] = ()
    over: tuple[str, ...] = ()
    alarm_sea: tuple[str, ...] = ()
    alarm_desert: tuple[str, ...] = ()
    alarm_general: tuple[str, ...] = ()
    question: tuple[str, ...] = ()
    tag: tuple[str, ...] = ()
    vague: tuple[str, ...] = ()
    fear: tuple[str, ...] = ()
    now: tuple[str, ...] = ()
