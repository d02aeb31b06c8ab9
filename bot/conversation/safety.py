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

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields

SEA = "emergency.sea"
DESERT = "emergency.desert"
GENERAL = "emergency.general"
SELF_HARM = "emergency.self_harm"

#: When a message reports several emergencies, the first of these is the one answered.
PRECEDENCE: tuple[str, ...] = (SEA, DESERT, SELF_HARM, GENERAL)


def _alt(*options: str) -> str:
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


# --- English (also SOS and mayday, which every language uses) -----------------------------

_EN_KIN = _alt(
    "(?:little |younger |older |big |small |elder )?(?:brother|bro|sister|sis|son|daughter)",
    "wife",
    "husband",
    "child",
    "children",
    "baby",
    "kid",
    "kids",
    "friend",
    "friends",
    "mother",
    "father",
    "mom",
    "mum",
    "mama",
    "dad",
    "papa",
    "cousin",
    "uncle",
    "aunt",
    "nephew",
    "niece",
    "family",
    "parents",
    "girlfriend",
    "boyfriend",
    "fiance",
    "fiancee",
    "roommate",
    "frend",
    "freind",
    "frnd",
    "neighbou?r",
    "relatives?",
    "grand(?:mother|father|ma|pa|son|daughter)",
    "(?:brother|sister|son|daughter)[- ]in[- ]law",
)

EN = Lexicon(
    words={
        "we_are": _alt(
            "we are",
            "we're",
            "we re",
            "(?<!we )(?<!they )(?<!you )(?<!he )(?<!she )(?<!it )(?<!there )were",
            "we r",
            "we",
        ),
        "sinking": _alt("sinking", "sinkin", "sinkng", "snking", "sinkig", "sinkning"),
        "drowning": _alt("drowning", "drownin", "drouning", "drowing", "drawning", "drowining"),
        "i_am": _alt("i am", "i'm", "i m", "im", "i"),
        # Any word but one that opens a question or a condition.
        "w": "(?!(?:if|when|what|how|do|does|did|is|are|can|could|should|would|will|why|where"
        "|who|whether|case|often|common|normal|usual|true|possible|likely|say|says|said|heard"
        "|that)(?: |$))[^ ]+",
        "be": "(?:'s|'re|'m| is| are| am| has| have| just| now| still| been| being| got| r"
        "| slowly| quickly| already| really| completely| totally| almost| nearly| badly)*",
        "the": "(?:(?:the|our|my|this|that|a|da|their|his|her) )?",
        "boat": _alt(
            "boat",
            "boats",
            "baot",
            "boad",
            "bote",
            "dinghy",
            "dingy",
            "zodiac",
            "rubber boat",
            "ship",
            "vessel",
            "raft",
            "canoe",
            "pirogue",
            "cayuco",
            "patera",
        ),
        "engine": _alt("engine", "engines", "engin", "enjine", "motor", "moter", "outboard"),
        "kin": _EN_KIN,
        # Cutting or burning one's own body.
        "self_cut": _alt(
            "cut",
            "cutting",
            "cuts",
            "slice",
            "slicing",
            "sliced",
            "slash",
            "slashing",
            "slashed",
            "slit",
            "slitting",
            "carve",
            "carving",
            "carved",
            "burn",
            "burning",
            "burned",
            "burnt",
            "stab",
            "stabbing",
        ),
        "own_body": "my (?:own )?(?:arms?|forearms?|wrists?|legs?|thighs?|skin|body|veins)",
        "blade": "(?:razors?|razor blades?|blades?|(?:broken |a piece of )?glass|knife|knives"
        "|cutter|box cutter|scissors|needles?|lighter|cigarettes?)",
        # What a wound by accident is about: cooking, work, a fall, a fence.
        "not_accident": "(?![^.!?;]*(?:while|by accident|accidental|cooking|chopping|shaving"
        "|kitchen|at work|fell|slipped|tripped|fence|wire|stove|oven|iron|kettle"
        "|hot water|boiling|sun|heat|acid|fever|cold|wind|frost"
        "| on (?:a|the|some) (?:rock|rocks|nail|metal|door|stone|tree|sharp)))",
        # Not someone or something else cutting or burning ("they are cutting my arms" is
        # violence; "the sun is burning my skin").
        "not_by_others": "(?<!is )(?<!are )(?<!was )(?<!were )(?<!'s )(?<!'re )(?<!he )(?<!she )"
        "(?<!they )(?<!it )(?<!who )(?<!has )(?<!they have )(?<!they've )(?<!sun )(?<!fever )"
        "(?<!cold )(?<!wind )(?<!heat )(?<!acid )",
        # Where one "goes back" only in a figure of speech.
        "beyond": "(?:god|allah|heaven|paradise|my creator|the dust|dust|the earth|the grave"
        "|my grave|the other side|the sea|the water|die|end it|kill|rest forever)(?![^ ,.!?;:])",
        "victim": _alt("me", "us", "him", "her", "them", "all of us", "(?:my|our|his|her) <kin>"),
        # Decimal coordinates as phones show them ("34.9012, 12.4487", "35.2N 12.4E").
        "coordinates": _alt(
            r"\d{1,2}[.,]\d{4,} ?°?,? ?[ /]? ?\d{1,3}[.,]\d{4,}",
            r"\d{1,2}(?:[.,]\d+)? ?°? ?(?:\d{1,2}(?:[.,]\d+)? ?'? ?)?[ns],? ?[ /]? ?"
            r"\d{1,3}(?:[.,]\d+)? ?°? ?(?:\d{1,2}(?:[.,]\d+)? ?'? ?)?[ewo]",
            r"[ns] ?\d{1,2}(?:[.,]\d+)? ?°? ?(?:\d{1,2}(?:[.,]\d+)? ?'? ?)?,? ?[ /]? ?"
            r"[ewo] ?\d{1,3}(?:[.,]\d+)? ?°? ?(?:\d{1,2}(?:[.,]\d+)? ?'?)?",
            r"(?:lat|latitude|gps|position|coordinates|coords|location)[: ]+ ?\d{1,3}[.,°]\d+",
        ),
        "they": _alt(
            "they",
            "he",
            "she",
            "(?:the )?smugglers?",
            "(?:the )?kidnappers?",
            "(?:the )?traffickers?",
            "(?:the )?police",
            "(?:the )?policemen",
            "(?:the )?guards?",
            "(?:the )?soldiers",
            "(?:the )?militias?",
            "armed men",
            "(?:the )?men",
            "(?:a )?gang",
            "someone",
            "somebody",
            "people",
            "(?:the )?bandits",
            "(?:the )?coast ?guards?",
            "gunmen",
            "(?:a|the|some|two) (?:man|men)",
            "a group",
            "a gang",
        ),
        # Armed men (not guards, soldiers or a militia at their post: "armed guards at the
        # gate" is no alarm, unless they break in).
        "armed": _alt(
            "(?:armed|masked) (?:men|man|guys|guy|people|group|gang|thugs|bandits)",
            "gunm[ae]n",
            "(?:men|man|guys|guy|people|someone|somebody|thugs|bandits|smugglers) with"
            " (?:guns?|rifles?|knives|knife|weapons|machetes?|pistols?|kalash[a-z]*|ak-?47s?"
            "|sticks|bats|iron bars)",
        ),
        "violent": _alt(
            "<armed>",
            "(?:the |a |some )?(?:militia(?:s|men)?|soldiers|police(?:men)?|guards)",
        ),
        "door": "(?:the |our |my |this |that |their )?(?:front |main |room |house |tent |metal )?"
        "(?:door|doors|gate|window|room|house|home|tent|shelter|container|apartment|flat"
        "|compound)",
        "person": _alt(
            "(?:my|our) <kin>",
            "(?:a|the) (?:man|woman|child|kid|baby|boy|girl|person|pregnant woman|old man)",
            "someone",
            "somebody",
            "one of us",
            "he",
            "she",
        ),
        "subj_be": _alt(
            "i am",
            "i'm",
            "im",
            "i m",
            "i've been",
            "i have been",
            "i got",
            "i been",
            "i was",
            "we are",
            "we're",
            "were",
            "we r",
            "we've been",
            "we have been",
            "we got",
            "we been",
            "we were",
            "he is",
            "he's",
            "he was",
            "he has been",
            "he got",
            "she is",
            "she's",
            "she was",
            "she has been",
            "she got",
            "(?:my|our) <kin>(?: is| are| was| were| has been| have been| got| been|'s)",
        ),
        "tail": "(?: (?:please|pls|plz|now|quickly|quick|fast|urgently|urgent|asap"
        "|immediately|god|allah|anyone|anybody|someone|somebody|help|sos|me|us))*"
        "(?= ?(?:$|[.!?,;:]|(?:we|i|our|my|they|there|people|he|she|im|i'm|were|we're"
        "|its|it's|this|someone|somebody|water|no|sos|(?:the |a |our )?(?:boat|engine|police"
        "|smugglers?|driver|car|truck|water|sea|desert|men|soldiers|guards|captain|baby"
        "|child))"
        r"(?![\w])))",
    },
    sea=(
        "<the><boat><be> (?:<sinking>|going down|going under|taking (?:on |in )?water"
        "|filling (?:up )?with water|full of water|leaking|leaks|deflating|losing air"
        "|breaking(?: apart| up)?|falling apart|capsizing|turning over|flipping(?: over)?|tilting"
        "|leaning over|listing"
        "|tipping over|in pieces|broken in two|broken|on fire|exploded|burst|torn|punctured"
        "|destroyed|(?:going to|gonna|about to|starting to|beginning to|begins to|starts to)"
        " (?:sink|flip|capsize|break|turn over|go down))",
        "<the><boat>(?: from [^ ]+)?<be> in (?:distress|trouble|danger)",
        "(?:hit|struck|crashed into|crashed on|ran into|on) (?:a |the |some )?(?:rock|rocks|reef)",
        "<boat><be> (?:leaning|tilting|listing)(?: [^ ]+){0,3} (?:and|,) (?:will|is going to|gonna"
        "|about to) (?:flip|capsize|sink|turn over)",
        "(?:will|going to|gonna) (?:flip|capsize|sink|turn over) any (?:moment|minute|second|time)",
        r"(?:people|persons|\d+|two|three|some|one|a (?:man|woman|child|baby)|someone) (?:have )?"
        "(?:died|dead) (?:on|in) (?:the|our|this) <boat>",
        "(?:tube|tubes|side|floor|bottom|balloon) of (?:the |our )?<boat><be> (?:exploded|burst"
        "|broken|broke|torn|leaking|deflating|punctured|open)",
        "(?:our|my|this) <boat><be> (?:sank|sunk|capsized|flipped(?: over)?|turned over"
        "|overturned|broke(?: apart| in two)?|broken|destroyed|exploded|burst|torn|punctured)",
        "(?:the |their |his |her )?<boat><be> (?:capsized|flipped(?: over)?|turned over"
        "|overturned|lost (?:all )?(?:the |its )?air|broke (?:in two|apart|in half|in pieces))",
        "<we_are><be> (?:all |now |slowly )?(?:<sinking>|<drowning>|going down"
        "|taking (?:on )?water|capsizing|overboard|in the water|in the sea|in water)",
        "<we_are><be>(?: [^ ]+){0,2} in the water",
        "(?:people|persons|children|kids|everyone|everybody|many|lot of people|lots of people)"
        " in water",
        "(?:<we_are>|<i_am>)<be> (?:all )?(?:going to|gonna|about to) (?:drown|sink|die at sea"
        "|die in the sea)",
        "(?:we|i) (?:will|'ll) (?:all )?(?:drown|sink)",
        "(?:<we_are>|<i_am>)<be> (?:now |still |all )?(?:lost|stuck|stranded|alone|trapped"
        "|abandoned|drifting|left alone) (?:in|at|on) (?:the )?(?:middle of (?:the )?)?(?:sea"
        "|ocean|water|open sea)",
        "(?:threw|throwing|thrown|pushed|pushing) (?:people|us|me|him|her|someone|children"
        "|kids|a [^ ]+|[0-9]+ people) (?:in|into|to|off) (?:the )?(?:sea|water|ocean|<boat>)",
        "we(?: have|'ve| just)* (?:capsized|sank|sunk|flipped over|turned over)",
        "(?:sea ?)?water<be> (?:coming|getting|entering|pouring|flowing|rushing|leaking)"
        " (?:in|into|inside|on board|over (?:the )?(?:side|sides|boat|edge))",
        "water<be> (?:entering|pouring in|rushing in|comes in|come in|comes inside)",
        "(?:there is|there's|theres|we have) (?:a |an |one |big |a big )?(?:hole|leak|crack)"
        " in (?:the |our )?<boat>",
        "<the>captain<be> (?:abandoned|left|jumped off|escaped from|ran from) (?:the |our )?<boat>",
        "water<be> (?:up )?to (?:our|my|the) (?:knees|knee|waist|waists|legs|ankles|chest"
        "|chests|neck|belly)",
        "water<be> (?:coming|entering|getting|pouring|leaking) (?:from|through) (?:the )?"
        "(?:bottom|floor|side|hole|holes|crack)",
        "water<be> (?:coming|entering|filling) (?:the |our )?<boat>",
        "(?:there is|there's|theres|there are|so much|too much|a lot of|lots of)"
        " (?:a lot of |lots of |too much |so much )?water (?:in|inside|into) (?:the |our |this )?"
        "<boat>",
        "(?<!no )(?<!bring )(?<!take )(?<!have )(?<!enough )(?<!drinking )(?<!much )water"
        " (?:in|inside) (?:the |our |this |my )?<boat>",
        "(?:people|persons|children|kids|bodies) (?:are )?everywhere in the (?:sea|water)",
        "(?:the )?waves<be> (?:coming|breaking|crashing) (?:in|inside|into|over)"
        " (?:the |our )?<boat>",
        "(?:one |a |the |our )?tubes?<be> (?:empty|flat|deflated|burst|gone|torn)",
        "^(?:we )?(?:capsized|sinking|sinkin)(?= ?(?:$|[.!,]))",
        "(?:bailing|bail|bailed)(?: out)?(?: the)? water",
        "(?:removing|emptying|scooping|throwing out) (?:the )?water (?:with|from|out)",
        "water (?:keeps|kept|is still|still|continues to) (?:rising|coming|entering|getting in"
        "|coming in)",
        "water (?:everywhere|is rising|rising)",
        "<the><boat> (?:has|have|got)(?: a| two| many| big)? (?:hole|holes|leak|leaks|crack"
        "|cracks)",
        r"(?<!help )(?<!save )(?<!rescue )(?:people|persons|children|kids|<person>|everyone"
        r"|everybody|two of us|\d+ (?:people|persons|of us)|they|man|woman|child)<be> (?:now )?"
        r"(?:in the water|drowning|overboard)",
        r"(?:people|persons|children|kids|<person>|everyone|everybody|two of us"
        r"|\d+ (?:people|persons|of us)|they|man|woman|child)(?:'s|'re| is| are| r)"
        r"(?: now)? in the sea",
        "(?:they|he|she|everyone|everybody|people|one|one of (?:us|them|the boats)|the other"
        " boat)<be> (?:<sinking>|<drowning>|taking (?:on )?water|capsizing|going down|swimming"
        "|floating)",
        "(?:fell|fallen|jumped|thrown|falls|falling|went) (?:in|into|in to|off|from|out of)"
        " (?:the )?(?:water|sea|ocean|<boat>)",
        "(?:fell|fallen|jumped|thrown|falls|falling|went) overboard",
        "(?:man|person|child|someone) overboard",
        "(?:please |pls |plz )?(?:call|contact|alert|tell|send) (?:the )?(?:[^ ]+ )?"
        "(?:coast ?guards?"
        "|coastguards?|navy|alarm ?phone|sea ?watch|rescue boat)",
    ),
    vessel=(
        "<the><engine><be> (?:stopped|stoped|stop|stops working|stopped working|died|dead"
        "|broken|broke|broke down|broken down|failed|failing|not working|no working"
        "|isn't working|isnt working|doesn't work|doesnt work|dont work|don't work"
        "|does not work|do not work|won't start|wont start|not starting|off|kaput|on fire"
        "|burning|smoking|exploded|damaged|caught fire|catches fire)",
        "lost (?:the|its|our|their|his|her) (?:engine|motor|propeller)",
        "(?:saying|said|says|told (?:me|us)|texted|wrote)(?: that)? (?:the )?(?:water (?:was|is)"
        " (?:coming|entering|getting) in|(?:the |their |our )?boat (?:was|is) (?:sinking"
        "|taking water|broken|leaking)|(?:the |their )?engine (?:was|is|had) (?:broken|stopped"
        "|dead))",
        "<we_are><be> (?:very |too |so )?far from (?:the |any )?(?:land|coast|shore)",
        "(?:we see|we can see|i see|there is|there's|theres) (?:a |the )?(?:big |large )?(?:ship"
        "|boat|vessel|tanker)(?: [^ ]+){0,4} (?:but|and) (?:they |it )?(?:don't|dont|doesn't|doesnt"
        "|won't|wont|didn't|didnt|do not|does not|not) (?:stop|help|come|see)",
        "<coordinates>",
        "<the><engine><be> (?:not|no|doesn't|doesnt|don't|dont|does not|do not|won't|wont"
        "|can't|cant|isn't|isnt|is not) ?(?:work|working|run|running|start|starting|going"
        "|moving)",
        "<the><boat><be> (?:stopped|not moving|stuck|doesn't move|doesnt move|dont move"
        "|don't move|no moving|no move|not move|not going)",
        "(?:the )?water<be> (?:coming|entering|rising|getting in)"
        "(?= ?(?:$|[.!,]| and| fast| quickly| everywhere| we))",
        "(?:engine|motor) (?:failure|breakdown|problem|trouble)",
        "(?:no|without|out of|ran out of|run out of|running out of|finished the|finished our"
        "|no more|lost the|lost our|have no|don't have|dont have|got no) (?:more )?(?:fuel"
        "|petrol|gas|gasoline|diesel|benzine|benzin)",
        "(?:fuel|petrol|gasoline|diesel|benzine)<be> (?:finished|over|gone|empty|ran out"
        "|run out|done|out)",
        "(?:it|its|it's)<be> (?:sinking|going down|taking (?:on )?water|filling with water"
        "|deflating|losing air|capsizing)",
        "<we_are><be> (?:now |still )?(?:drifting|adrift|floating|lost at sea|stuck at sea"
        "|stranded at sea|in the middle of the sea)",
        "(?:our|the) (?:gps )?(?:position|location|coordinates)(?: is| are|:)",
        "(?:can't|cant|cannot|can not) (?:see|find) (?:the )?(?:land|coast|shore)",
        "(?:we have |with |have |has )?no (?:engine|motor)(?: and|,)",
        "without (?:an |the |any )?(?:engine|motor)",
    ),
    desert=(
        r"(?:(?:<we_are>|<i_am>|we got|we have been|we've been|we been|we are still|we still"
        r"|i got|i have been|i've been|everyone is|all of us|\d+ of us|\d+ people"
        r"|(?:<w> )?<w> (?:is|are|got|has been|have been|still)) |^)"
        "(?:now |still |completely |totally |really )?(?:lost|stuck|stranded|trapped"
        "|abandoned|left alone|alone|walking|dying|waiting) (?:in|inside|at|on|between|among)"
        " (?:the )?(?:middle of (?:the )?)?(?:desert|sahara|dunes|sand|tenere)",
        r"(?:left|abandoned|dropped|dumped|threw|thrown|put|leaving) (?:us|me|all of us"
        r"|\d+ of us)(?: [^ ]+){0,4} (?:in|into|at|on|among"
        r"|between) (?:the )?(?:middle of (?:the )?)?"
        "(?:desert|sahara|dunes|sand|tenere)",
    ),
    stranded=(
        "(?:the |our |that )?(?:driver|drivers|smugglers?|captain|guide|traffickers?)<be>"
        " (?:already )?(?:left|abandoned|dumped|dropped|deserted|forgot|forgotten)"
        " (?:us|me|all of us|the group|them|him|her|our group|my group|everyone|everybody"
        "|the passengers|(?:my|our) <kin>)",
        "(?:driver|smugglers?|guide)(?: [^ ]+){0,10} (?:but|and) (?:it'?s|it has|it's|already)"
        " (?:been )?(?:[0-9]+|two|three|four|five|many|several) (?:days|hours|nights)",
        "(?:driver|drivers|smugglers?|guide|captain)(?: [^ ]+){0,6} (?:never came back"
        "|didn't come back|didnt come back|did not come back|hasn't come back|has not come back"
        "|never returned|didn't return|did not return)",
        "(?:left|abandoned|dropped|dumped|threw|thrown|put) (?:us|me|them|all of us)"
        "(?: [^ ]+){0,6} (?:without|with no) (?:any )?(?:food (?:or|and) )?water",
        "(?:already|just) (?:died|dead) (?:of|from) (?:thirst|dehydration|the heat)",
        "(?:the |our )?(?:drivers?|smugglers?|guides?|captain)<be> (?:ran away|run away|escaped"
        "|disappeared|gone|went away|went back|fled|drove away|drove off|ran off|took off"
        "|left without us)",
        "(?:the |our |my )?(?:car|truck|lorry|vehicle|pickup|pick-up|pick up|4x4|toyota"
        "|land ?cruiser|jeep|hilux)<be> (?:broke down|broken down|broken|broke|stopped|stuck"
        "|not working|doesn't work|doesnt work|dont work|don't work|won't start|wont start"
        "|out of fuel|flipped|overturned|turned over|crashed|in the sand"
        "|(?:buried|sunk|sinking|stuck) in (?:the )?sand)",
        "(?:we|i|we've|i've|we have|i have|we got|i got|we still have|we've got|they|they have"
        "|they've|he has|she has) (?:no|zero) (?:more |drinking |clean )?water",
        "(?:we|i) (?:do not|don't|dont|did not|didn't|didnt) (?:have|got) (?:any )?(?:more )?"
        "(?:drinking )?water",
        "(?:ran out of|run out of|running out of|(?:are|is|'re) out of"
        "|finished(?: all)?(?: the| our)?|drank(?: all)?(?: the| our)? last) (?:drinking )?water",
        "(?:no|zero) (?:drinking |more )?water (?:for|since|from|left|anymore|any more|at all"
        "|now|here)",
        "(?:^|[,.!;] ?|and |with |still |so )no (?:more |drinking |clean )?water"
        "(?!(?: [^ ]+){0,4} (?:is|are|was|can be|means) (?:a |an |the )?(?:big |real |serious )?"
        "(?:risk|danger|problem))",
        "(?<!is there )(?<!are there )(?<!has )(?<!had )(?<!have )no (?:more |drinking |clean )?"
        "water(?= ?(?:$|[,.!]| for| since| left| anymore| at all| and| no| here| now))",
        "(?:days|hours|yesterday|since [^ ]+|for [^ ]+ days) (?:without|with no) (?:any )?"
        "(?:food (?:or|and|nor) )?water",
        "(?:we|i)(?: have| got| only have|'ve got)? (?:very little|little|almost no|nearly no"
        "|only a little|not enough|no more) (?:drinking )?water",
        "water<be> (?:almost|nearly) (?:finished|gone|over|empty)",
        "(?:last|final) (?:bottle|drop|drops|litre|liter) of water",
        "(?:the |our |drinking )?water<be> (?:finished|gone|over|ran out|run out|all gone"
        "|done|empty)",
        "no food,? (?:and )?no water|no water,? (?:and )?no food",
        "(?:we|i) (?:have not|haven't|havent|didn't|didnt|did not|have not had"
        "|haven't had) (?:drunk |drink |drank |had )?(?:any )?(?:water|anything to drink)",
        "(?:<we_are>|<i_am>|they|he|she)(?:'ve| have| has)?<be>(?: [^ ]+){0,4} (?:without"
        "|with no|with zero) (?:any )?water",
        "(?:no idea|don't know|dont know|do not know) where (?:we|i) (?:are|am)",
        "(?:dying|going to die|gonna die|will die|dead) (?:of|from) (?:thirst"
        "|dehydration|(?:the )?heat)",
        "(?:drinking|drank|drink|finished|finishing) (?:all )?(?:the |our )?last (?:of (?:the "
        "|our )?)?"
        "water",
        "(?:car|truck|pickup|vehicle|4x4|toyota)<be> (?:left|abandoned|dropped|dumped) (?:us|me"
        "|them)",
        "(?:truck|car|driver|pickup|4x4|smugglers?|vehicle|toyota)<be> (?:left|went|drove off"
        "|drove away|gone) without us",
        r"(?:one|a|only one|last|just one|the last) (?:jerrycan|bottle|gallon|can|jar)s? of water"
        r"(?: left)? for (?:\d+|all)",
        "<we_are><be> (?:very |so |really |too |extremely )?(?:thirsty|dehydrated)",
        r"<we_are><be> (?:walking|been walking|walked|walk)(?: for| since)? (?:\d+|two|three|four"
        r"|five|many|several) (?:days|day|nights)",
        r"we walked (?:\d+|two|three|four|five|many|several) (?:days|day|nights)",
    ),
    self_harm=(
        # "I'm going to die" is danger, not a wish: future verbs take only what one does to
        # oneself.
        "<i_am>(?: really| just| seriously| now)? (?:going|gonna|will)(?: to)? (?:kill myself"
        "|end my life|end it all|end everything|take my (?:own )?life|commit suicide"
        "|hurt myself|harm myself|cut myself|throw myself|jump off|finish my life"
        "|stop living)",
        "<i_am>(?: really| just| seriously| now| will)? (?:want|wanna|need|would like"
        "|plan|planning|decided|have decided|try|trying|tried|thinking"
        "|think|thought)(?: to| of| about)? (?:die|dying|kill myself|killing myself"
        "|end my life|ending my life|end it all|ending it all|end everything"
        "|take my (?:own )?life|taking my (?:own )?life|commit suicide|committing suicide"
        "|suicide|hurt myself|hurting myself|harm myself|harming myself|cut myself"
        "|cutting myself|disappear forever|throw myself|jump off|finish my life|stop living"
        "|not wake up|sleep forever|be dead)",
        "(?:kill|killing|hurt|hurting|harm|harming|cut|cutting) (?:myself|my self|me self)",
        "<not_by_others>(?:cut|cutting|slit|slitting) (?:my|myself) (?:arm|arms|wrist|wrists"
        "|veins|skin|legs)<not_accident>",
        "want (?:everything|it all|it|my life|this life|all this) to end",
        "^(?:suicide|suicidal)[.!]*$",
        "(?:want|wanna) to disappear(?! from(?! (?:this|the) world| earth| existence))",
        "no point (?:in )?(?:anything )?any ?more(?= ?(?:$|[.!,]))",
        "(?:and|to) end (?:everything|it all|my life|this life)(?= ?(?:$|[.!,]))",
        "(?:thinking (?:of|about)|want to|going to|gonna|wanna) end(?:ing)? (?:things|everything"
        "|it all)",
        "(?:want|wanna|wish|need|going) to (?:rest|sleep|go to sleep|fall asleep|disappear"
        "|go away|be gone) (?:forever"
        "|for ever|for good|eternally)",
        "(?:won't|will not|wont) be (?:here|alive|around) (?:tomorrow|anymore|any more"
        "|much longer|for long)",
        "(?:nobody|no one|noone) (?:would|will|'d|is going to) (?:care|miss me|notice|cry for me"
        "|even notice)",
        "(?:never|not) (?:been )?born",
        "wish (?:i could|to) (?:just )?disappear",
        "(?:i'm|im|i am|i) (?:going to|gonna|will|'ll|want to|wanna|should|must)(?: just)? end it",
        "(?:take|taking|took|end|ending) my (?:own )?life",
        "(?:swallowed|took|taken|ate|downed|overdosed on) (?:a |the |my )?(?:whole |entire"
        " |full )?(?:pack|packet|box|bottle|strip|handful|lot|bunch|blister)(?: of)? (?:my )?"
        "(?:pills|tablets|meds|medicine|medication|sleeping pills|painkillers)",
        "(?:goodbye|farewell|forgive me)[,.!]?(?: [^ ]+){0,6} tell (?:my|our) <kin> (?:that )?"
        "(?:i love|i loved|i'm sorry|im sorry|i am sorry)",
        "tell (?:my|our) <kin> (?:that )?i (?:love|loved) (?:her|him|them)[,.!]?(?: [^ ]+){0,4}"
        " (?:goodbye|forgive me|farewell)",
        "(?:hang|hanging|drown|drowning|poison|poisoning|shoot|shooting|burn|burning|throw"
        "|throwing|threw) myself",
        "(?:will|going to|gonna|wants? to|trying to|tried to|about to|threatens? to|says he'll"
        "|says she'll) (?:throw|hang|drown|kill|hurt|cut|poison|shoot|burn) (?:himself|herself"
        "|themselves)",
        "(?:sleep|go to sleep|fall asleep|close my eyes)(?: forever)?(?: and| &)? (?:never|not"
        "|don't|do not|won't|wont) (?:wake|waking)(?: up)?(?! early| late| on time)",
        "wish i (?:would |could |had )?(?:never|not) (?:woke|wake|waking|woken) up",
        "i (?:hope|pray|wish) (?:that )?i (?:die|drown|never wake up|don't wake up|do not wake up)",
        "(?:hope|pray|wish) (?:that )?(?:the|our|this|my) boat (?:sinks|sink|will sink|capsizes"
        "|goes down) with me",
        "(?:death|dying|being dead)(?: would be| is| will be|'d be) (?:better|easier|preferable"
        "|a relief)",
        "better (?:off )?(?:for (?:everyone|everybody|all|my family|them|us) )?(?:if|when) i"
        " (?:(?:was|were|am|'m|wasn't|was not|weren't) (?:gone|dead|not here|not around|here"
        "|around|alive)|died|die|disappeared)",
        "(?:rope|pills|poison|razor|knife|gun)(?: [^ ]+){0,4} (?:i'm|i am|im) ready",
        "(?:easier|better) (?:to |if i )?(?:just )?(?:not exist|not be here|not be alive"
        "|stop existing|didn't exist|did not exist|not wake up)",
        "(?:don't|dont|do not) care (?:if|whether) i (?:live|die|am alive|wake up)",
        "(?:can't|cant|cannot|don't|dont|do not) see (?:any |a )?way out(?! (?:of|from) )",
        "(?:want|wish|need) (?:it all|everything|all of this|all this|this life|my life"
        "|the suffering|this suffering)(?: just)? to (?:stop|end)",
        "(?:want|wish) (?:the|this|my) pain to (?:stop|end) (?:forever|for good|for ever)",
        "(?:want|wanna|going|gonna|need) to end (?:this|my|the|all this) (?:suffering|pain|misery)",
        "(?:don't|dont|do not) want to be (?:here|around|alive|on this earth|in this world)"
        " any ?more",
        "(?:i should|should i|i must|i'd better|i better|i might as well) (?:just )?(?:die"
        "|kill myself|end it|be dead|disappear forever|end my life)",
        "nothing (?:left )?(?:for me )?to live for",
        "(?:goodbye|farewell|suicide) (?:letter|note)",
        "(?:written|wrote|writing|write) my (?:goodbye|farewell|last (?:letter|message|words))",
        "my last message(?: [^ ]+){0,3}[,.!]? ?(?:goodbye|bye|farewell|forgive me|i love you"
        "|sorry for everything)",
        "into the (?:sea|water|river|ocean) and (?:never|not) (?:come back|return|come out)",
        "(?:jump|jumping|throw myself|throwing myself|lie down|lying down) (?:in front of|under)"
        " (?:a |the )?(?:train|car|truck|bus|metro|lorry)",
        "(?:the |my )?(?:pills|tablets|rope|poison|razor)(?: is| are)? ready",
        "god (?:please )?(?:take me|kill me|let me die)",
        "(?:do|doing|done) something (?:stupid |bad |crazy |terrible )?to myself",
        "why (?:am i|i am|do i stay) (?:still )?alive",
        "(?:lost|no|without|have no|don't have|dont have) (?:the |my |any |all )?(?:will|desire"
        "|wish|strength|energy|reason)(?: left)? to (?:live|go on|continue|keep living"
        "|keep going)",
        "(?:i'm|im|i am) done(?:,| with everything| with it all)? i (?:can't|cant|cannot)"
        " (?:do this |take this |take it )?any ?more",
        "^i (?:can't|cant|cannot) (?:do this |take this )?any ?more(?= ?(?:$|[.!,]))",
        "(?<!don't )(?<!dont )(?<!do not )(?<!not )(?<!never )(?<!doesn't )(?<!doesnt )"
        "(?<!didn't )(?<!didnt )(?<!nobody )(?<!no one )(?<!who )(?:want|wanna|wants|wish)"
        " to die",
        "(?:don't|dont|do not|can't|cant|cannot) (?:see|find|have) (?:any |a |the )?(?:reason"
        "|point) (?:(?:to|in|for|of) )?(?:live|living|life|go on|going on|stay alive"
        "|keep living|continue living|go on living|keep going)",
        "(?:better off|happier|better) without me",
        "feel(?:ing)? like (?:dying|killing myself|ending it|ending my life|i want to die"
        "|disappearing)",
        "(?:thinking|think|thought|thoughts) (?:of|about) (?:suicide|killing myself|dying"
        "|ending it|ending my life|taking my life)",
        "(?:want|wanna|going|gonna) to (?:jump (?:off|from|out of|in front of)|throw myself)",
        "(?:take|swallow|taking|swallowing) (?:them all|all of them|all the pills|all my pills"
        "|all the tablets|the whole box)",
        "(?:i'll|i will) (?:end it|end my life|kill myself)",
        "suicidal",
        "(?:suicide|suicidal) (?:thoughts|ideas|plans?)",
        "thoughts of (?:suicide|killing myself|dying|death|ending my life)",
        "end (?:my|this) life",
        "end it all",
        "take my (?:own )?life",
        "(?:don't|dont|do not|no longer|not) (?:want|wanna|wish) (?:to )?(?:live|be alive"
        "|exist|wake up)(?! in| there| here| with| like| under| at| late| early| before| too)",
        "(?:no|lost all|lost|without|don't have any|dont have any|have no|lost my) hope"
        "(?: left| anymore| any more| at all)?(?! (?:of|for|in|to|that) )",
        "(?:i feel|i am|i.m|im|feeling) (?:so |very |completely |totally )?hopeless",
        "(?:give|giving|gave) up on (?:life|living|everything|myself)",
        "better (?:that |if )?i (?:die|drown|am dead|was dead)",
        "(?:wants?|going|trying|threatening|about) to jump (?:off|from) (?:the |a )?(?:bridge"
        "|roof|building|window|balcony|cliff)",
        "(?:will|'ll|is going to|is gonna|is about to) jump (?:off|from)(?: (?:the |a )?(?:bridge"
        "|roof|building|window|balcony|cliff))?(?= ?(?:$|[.!,]))",
        "put an end to (?:everything|it all|my life|this life|all this|all of this)",
        "(?:want to|wanna|going to|gonna|will) finish (?:it|it all|everything|my life)"
        "(?= ?(?:$|[.!,]))",
        "(?:dead|died|killed|drowned),?(?: [^ ]+){0,7} (?:i want|want|i wish|wish) to (?:join"
        "|be with"
        "|follow) (?:them|him|her)",
        "(?:think|thinking|thought) about death",
        "(?:don't|dont|do not) deserve to (?:live|be alive|exist)",
        "(?:nobody|no one|noone) (?:would|will) (?:be )?(?:sad|cry|care|miss me)(?: [^ ]+)? if i"
        " (?:died|die|was gone|were gone|disappear)",
        "dead inside",
        "(?:see|think of) death as (?:a |my )?(?:rest|relief|release|solution|peace|mercy)",
        "(?:everything|it) is over for me",
        "^i give up[.!]*$",
        "(?:don't|dont|do not|no longer) want to (?:continue|go on|keep) (?:living|like this)",
        "(?:what is|what's|whats) the point (?:of|in) (?:living|life|going on|anything"
        "|continuing|carrying on|trying|fighting|staying alive|being alive|this life|my life)",
        "why (?:should i|do i|would i|even) (?:live|go on|continue living|stay alive)",
        "(?:no|nothing to|no more|lost all|lost the|lost my|without) (?:reason|reasons|will"
        "|point|hope|wish|desire)(?: for me| left)?(?: (?:to|for|in))? (?:live|living|life|go on"
        "|stay alive|continue)",
        "(?:life|my life)(?: is| has)? (?:no meaning|no sense|no point|not worth living"
        "|worthless|pointless|meaningless|no value)",
        "(?:better|rather|prefer) (?:to )?(?:die|be dead|drown)",
        "(?:don't|dont|do not) want to (?:continue|go on|keep going)(?= ?(?:$|[.!,]))",
        "better off dead",
        "(?:i'd|i would|i'll|i will|i'm|i am) (?:be )?better (?:off )?dead",
        "(?:want|wish) to (?:just )?(?:stop existing|not exist|cease to exist|not be alive)",
        "(?:can't|cannot|can not|won't|will not|not|don't think i can|do not think i can"
        "|dont think i can) (?:survive|make it|last|go on|hold on) (?:another|one more) (?:day"
        "|night|week)",
        "(?:happier|better off) (?:if|when) i (?:was|were|am|'m) (?:gone|dead|not here)",
        "(?:wish|wished) (?:i was|i were|i'm|to be|i could be|i had) (?:dead|died|never born)",
        "nobody (?:would|will) (?:care|miss me|notice) if i (?:die|disappear|kill myself|was gone)",
        "(?:took|swallowed|taken) (?:a lot of |many |all the |all my |too many |lots of )"
        "(?:pills|tablets|medicine|medicines)",
        "(?:drank|drink|took) poison",
        "(?:wants?|wanted|going|trying|tried|threatening|plans?|planning) to (?:kill|hurt)"
        " (?:himself|herself|themselves)",
        "(?:about|of) (?:killing|hurting|ending) (?:himself|herself|themselves|his life"
        "|her life|their lives)",
        "wish (?:i )?(?:could |would |can )?(?:die|be dead)",
        "(?:i am|i'm|im|i) (?:going to|gonna|will|want to|wanna) jump[.!]*$",
        # Cutting or hurting oneself, also "again" ("back to cutting", "I relapsed").
        "<not_by_others><self_cut> (?:into )?<own_body><not_accident>",
        "(?:scratch|scratching|scratched) <own_body>(?: [^ ]+){0,2} (?:with|using)"
        " (?:a |the |my |some )?<blade>",
        "<own_body>(?: [^ ]+){0,5} until (?:it|they|i) (?:bleed|bleeds|bled)",
        "<blade>(?: [^ ]+){0,2} (?:on|to|into|across|against) <own_body>",
        "(?:started|start|starting|began|begun|back to|went back to|going back to|gone back to"
        "|keep|kept|can't stop|cant stop|cannot stop|couldn't stop|relapsed(?: and)?"
        "|i'm|im|i am|i've been|ive been|i have been|been) (?:self[- ]?harming|cutting"
        "|hurting myself|harming myself|burning myself)(?= ?(?:$|[.!?,;:]| again| tonight"
        "| today| now| and| since| every| at night| myself| my ))",
        "(?:self[- ]?harming|cutting) again(?= ?(?:$|[.!?,;:]| tonight| today| now| and| since"
        "| every| at night))",
        "(?:i|i've|ive|i have) (?:self[- ]?harm(?:ed)?|relapsed into self[- ]?harm)",
        "(?:want|wanna|need|going|gonna|have|urge|trying|try|tried|started|keep|kept)(?: to)?"
        " (?:hurt|harm|punish|injure|damage|cut|burn|torture|destroy) (?:my (?:own )?body"
        "|myself|my self)",
        "deserve (?:the |this |all the )?(?:pain|to (?:hurt|suffer|bleed|be hurt|be punished"
        "|feel pain))",
        "(?:hitting|punching|slapping|hit|punch|slap|bang|banging) myself(?! up)<not_accident>",
        "(?:bang|banging|smash|smashing|hitting|beating|beat) my head (?:against|into)"
        " (?:the |a )?(?:wall|walls|floor|door)",
        "(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|hit|hitting|punish|punishing)"
        "(?: [^ ]+){0,4} (?:to|so i can|so that i can|just to|the only way to|only way i can"
        "|only way i) (?:feel|can feel) (?:something|anything|alive|real|the pain)",
    ),
    despair=(
        "(?:tired|sick) of (?:living|life|being alive)",
        "(?:done|finished) with (?:life|living|my life|this life|everything)",
        "(?:can't|cant|cannot|can not) (?:go on|continue living|take (?:it|this|this life)"
        " any ?more|live like this|bear (?:it|this) any ?more)(?! with| to| the| like(?! this"
        "| that))",
    ),
    plan=(
        "(?:go|going|get|getting|travel|fly|move|head|come)(?: back(?: home)?| home)"
        " to (?!<beyond>)",
        "return(?: home)? to (?!<beyond>)",
        "(?:how|where|who|can|could|help|way|want|wanna|need|would like|'d like|plan|planning"
        "|decided)(?: [^ ]+){0,4} (?:go back|go home|get home|get back|return|travel back"
        "|fly back|move back)(?! (?:to )?(?:<beyond>))(?= ?(?:$|[.!?,;:]| to| home| there"
        "| how| and (?:see|live|work|be with)))",
        "(?:voluntary|assisted|free) return",
        "return (?:home|programme|program|ticket|flight)",
        "iom",
        "(?:ticket|flight|bus|way) (?:back )?home",
    ),
    general=(
        "(?:<we_are>|<i_am>|we|i|he|she|(?:my|our) <kin>)<be> (?:being )?(?:held|kept"
        "|locked up|imprisoned|detained) (?:by|for) (?:the )?(?:smugglers?|kidnappers?"
        "|traffickers?|gang|militias?|armed men|men|ransom|money)",
        "(?:held|kept) (?:as )?(?:prisoners?|captives?|hostages?)",
        "<they><be> (?:selling|buying) (?:people|women|girls|children|kids|migrants|humans|us"
        "|boys|men)(?! (?:fake|false|tickets?|places?|spots?|seats?|papers|documents|passports"
        "|visas|phones|drugs|food|water|dreams|lies))",
        "in the hands of (?:the )?(?:kidnappers|smugglers|traffickers|militias?|a militia|a gang"
        "|bandits|captors|armed men)",
        "(?:photo|picture|video) of (?:my|our) <kin> (?:tied|tied up|chained|bleeding|beaten|hurt)",
        "<they> locked (?:the |our |my )?(?:door|doors|room)",
        "(?:forcing|forced|forces) (?:me|us|my <kin>) to (?:follow|go with|come with|get in"
        "|get into)",
        "(?:they|bandits|men|smugglers|the men|the bandits|he)(?: have| had| are carrying"
        "| carry| got) (?:guns|knives|weapons|rifles|a gun|a knife|machetes)",
        "(?:the )?(?:house|room|camp|tent|building|shelter)(?: [^ ]+){0,3}<be> (?:on fire|burning)",
        "(?:holding|hold|keeping|keep|kept|held) <victim> (?:for|until|till) (?:a )?ransom",
        "<they><be> (?:holding|keeping) (?:us|me|him|her|(?:my|our) <kin>)",
        "<they> (?:have|has|got|hold) (?:my|our) <kin>",
        "<they><be> coming to (?:beat|kill|attack|take|get|hurt|rape) <victim>",
        "<they><be> (?:taking|kidnapping|grabbing|raping|beating|hitting) (?:the )?(?:women|girls"
        "|children|kids|boys|men)",
        "<they><be> (?:torturing|beating|killing|raping|shooting|hitting|attacking) (?:people"
        "|everyone|women|men|children|prisoners)(?: [^ ]+){0,4} (?:here|now|right now"
        "|in front of me)",
        "(?:someone|somebody|men|they|people|the police|soldiers|thieves|a man)<be>"
        " (?:breaking|trying to break|forcing (?:the|our) door|forcing their way) (?:in|into)?",
        "(?:scared|afraid|fear|terrified) for (?:my|our) li(?:fe|ves)",
        # Armed men at the door, or breaking it.
        "<armed><be>(?: now| right now| still| standing| waiting| gathered)? (?:at|outside"
        "|in front of|behind|by) <door>",
        "(?:the |a |some )?militia(?:s|men)?<be>(?: now| right now| still)? (?:at|outside"
        "|in front of|behind) (?:our|my) (?:front |main |room |house |tent )?(?:door|gate|house"
        "|home|room|tent|shelter)",
        "<violent><be>(?: now| right now| still)? (?:banging on|knocking on|pounding on|kicking"
        "|hitting|breaking|forcing|shooting at|trying to (?:open|break|force|kick|get into"
        "|come into)) <door>",
        "<they><be> (?:breaking|kicking|smashing|forcing|banging on|pounding on|trying to"
        " (?:break|open|force|kick|smash)) (?:down |open |in )?<door>",
        "(?:banging|pounding|kicking|hitting|knocking|breaking) (?:on |at |down )?<door>"
        "(?: [^ ]+){0,5} (?:<violent>|(?:with |have |has |got )(?:guns?|rifles?|knives|weapons))",
        "<they><be> (?:threatening|pointing (?:guns|a gun|knives|a knife) at) <victim>(?: with"
        " (?:guns?|knives?|a gun|a knife|weapons))?(?: right now| now| here)",
        "<they><be> threatening <victim> with (?:guns?|knives?|a gun|a knife|weapons)",
        "(?:are|is|'re) (?:beating|hitting|attacking|torturing|raping|killing) (?:everyone"
        "|everybody|all of us)",
        "video of (?:my|our) <kin> being (?:beaten|tortured|hit|raped|burned|electrocuted|whipped)",
        "<they>(?: are| is|'re)? (?:want|wants|ask|asks|asking|demand|demands|demanding)(?: for)?"
        " (?:a )?ransom",
        r"(?:asking|ask|want|wants|demand|demanding|demanded|asked)(?: for)? (?:\d+[^ ]*|money"
        "|ransom)(?: [^ ]+){0,2} (?:each|per person|for each|for every one|a head|per head)",
        "(?:calling|call|calls|called) (?:us |me |my family |my parents )?(?:for|asking for"
        "|about) (?:money|ransom|the ransom)",
        "(?:my|our) <kin> (?:was|has been|got|were|have been) (?:taken|taken away|grabbed"
        "|snatched)(?! to (?:the |a )?(?:hospital|doctor|clinic|school|police station))",
        "(?:call|calls|called|calling|phone|phones)(?: [^ ]+){0,3} (?:asking|to ask|demanding"
        r"|to demand) (?:for )?(?:money|ransom|\d+)",
        "(?:held|kept|locked up|detained|imprisoned|caught|captured|kidnappers?|captors"
        "|kidnapped|abducted)(?: [^ ]+){0,10} (?:ask"
        "|asking|want|wants|demand|demanding)(?: for| us for| me for)? (?:money|ransom"
        r"|\d+[^ ]*)",
        "(?:gun|knife|pistol|rifle|weapon|machete) (?:to|on|at|against) (?:my|our|his|her|the)"
        " (?:head|neck|throat|chest)",
        "(?:there is |there's |theres |we have )?no (?:air|oxygen)(?= ?(?:$|[.!,]| left| here"
        "| inside| in the| to breathe))",
        "<they><be> (?:looking for|searching for|hunting|coming for|after) (?:us|me)",
        "(?:kidnappers?|the kidnappers?|captors) (?:called|call|calls|are calling|phoned"
        "|phone|keep calling) (?:my|our) (?:family|families|parents|mother|father|mom|mum|dad"
        "|wife|husband|brother|sister|relatives)",
        "(?:the )?(?:kidnappers?|captors) (?:want|wants|are asking|asked|demand|demanding|said"
        "|say|told|threaten|threatened|will)",
        "ransom (?:for|of) <victim>",
        "(?:asking|asked|demanding|demanded|want|wants|wanting)(?: [^ ]+){0,3} (?:ransom"
        r"|money|\d+[^ ]*|dollars|euros|dinars) (?:from|to) (?:my|our) (?:family|families"
        "|parents|mother|father|relatives|mum|mom|dad)",
        "(?:ask|asking|asked|call|calling|called|demand|demanding) (?:my|our) (?:family"
        r"|families|parents|mother|father|relatives) (?:to pay|to send|for ransom|for money"
        r"|ransom|money|\d+)",
        r"(?:money|\d+[^ ]*|dollars|euros|dinars|ransom) (?:to|for|before they) (?:release"
        "|free|let go|set free) <victim>",
        "<they><be> (?:beating|hitting|torturing|attacking|raping|shooting|whipping|kicking"
        "|stabbing|burning|killing|electrocuting|hurting|abusing|chasing|hunting)(?: at| on)?"
        " <victim>",
        "(?:shooting|shots|gunshots|gunfire|firing|bullets)(?: [^ ]+){0,2} (?:at|on|towards"
        "|around|near) (?:us|me|our|the boat|the car|the camp)",
        "(?:someone|somebody|they|people|men|police|soldiers|the police|the soldiers"
        "|militias?|the militia|gunmen)<be> (?:shooting|firing)",
        "(?:there is|there's|theres|i hear|we hear|hearing|heavy) (?:shooting|gunfire"
        "|gunshots|shots|bombing|explosions)",
        "(?:locked|locking|lock|shut|trapped) <victim> (?:in|inside|up|into)",
        "(?:<we_are>|<i_am>|(?:my|our) <kin>(?: is| are|'s)|he is|she is|he's|she's)<be>"
        " (?:being )?(?:locked|trapped|shut|stuck) (?:in|inside|into) (?:a |the |an )?(?:[^ ]+ )?"
        "(?:room|truck|lorry|container|house|warehouse|basement|trunk|van|cell|building|garage"
        "|hole)",
        "(?:won't|wont|will not|don't|dont|do not|refuse to|doesn't|doesnt) let (?:us|me|him|her"
        "|them|(?:my|our) <kin>) (?:go|leave|out|escape)",
        "(?:<we_are>|<i_am>|(?:my|our) <kin> (?:is|are))<be> being (?:followed|chased"
        "|hunted|attacked|beaten|tortured|raped|held|sold|trafficked|threatened)",
        "(?:men|man|people|someone|somebody|guys|gunmen) with (?:a )?(?:guns?|knives?|knife"
        "|weapons|machetes?)",
        "(?:broke|came|coming|entered|breaking|come) (?:in|into)(?: [^ ]+){0,3} with (?:a )?"
        "(?:guns?|knives?|knife|weapons?)",
        "<we_are><be> (?:hostages?|captives?|prisoners of)",
        "<they><be> (?:took|take|taken) (?:us|me) (?:as )?(?:hostages?|prisoners?|captives?"
        "|by force)",
        "<they><be> (?:took|taken) (?:my|our) <kin>",
    ),
    injury=(
        "<person><be> (?:trapped|stuck|pinned|crushed) (?:under|beneath|below)",
        "(?:having|has) (?:convulsions|a seizure|seizures|a fit|fits)",
        "(?:snake|scorpion) (?:bite|bit|sting|stung)",
        "(?:bitten|bit|stung) by a (?:snake|scorpion)",
        "<person><be> (?:bleeding|unconscious|not breathing|not moving|fainted|passed out"
        "|collapsed|having a (?:heart attack|seizure|stroke|fit)|giving birth|in labou?r"
        "|dying|losing (?:a lot of |too much |much )?blood|badly (?:hurt|injured|burned"
        "|burnt)|seriously (?:hurt|injured|ill)|can't breathe|cant breathe|cannot breathe"
        "|can not breathe|stopped breathing|not waking up|not responding|unresponsive)",
        "(?<!heart )(?:is|are|'s|and|,) (?:still )?(?:bleeding|unconscious|not breathing"
        "|not waking up|not moving|having a seizure|convulsing|fainted|passed out|not responding"
        "|unresponsive)",
        "burning (?:up )?with fever",
        # Labour: the waters broke, the contractions started, the baby is coming.
        "(?:her|my|(?:my|our|his) <kin>(?:'s)?|(?:wife|sister|friend|cousin|woman)'s) waters?"
        " (?:has |have |just |already )*(?:broke|broken|burst|came)",
        "(?:started|starting|begun|began|begins|going into|went into|gone into|having|has|have"
        "|in active) (?:labou?r|contractions)(?! (?:camp|market|law|rights|union|party|force"
        "|exploitation|office|card|permit))",
        "(?<!forced )(?:labou?r|contractions|labou?r pains|birth pains)(?: have| has)?"
        " (?:just |already )?(?:started|begun|began|start(?= ?(?:$|[.!,]))|are coming"
        "|getting (?:stronger|closer))",
        "(?:strong|painful|heavy|regular) contractions",
        "contractions(?: are)? (?:(?:coming |now )?every [0-9]+|(?:coming |getting )?(?:closer"
        "|stronger))",
        "(?:having|delivering|giving birth to) (?:the|her|a|my|our) baby (?:now|right now|here"
        "|as we speak)",
        "baby(?:'s| is) coming(?: out)?(?: now| right now)?(?= ?(?:$|[.!,]| and| but| we| she"
        "| there| no))",
        "(?:swallowed|drank|drunk) (?:a lot of |too much |so much )?(?:sea ?water|salt water"
        "|salty water)",
        "(?:heavy|a lot of|too much) (?:bleeding|blood loss)",
        "(?:can|could) (?:hardly|barely) breathe?",
        "(?:broke|broken|fractured) (?:my|his|her) (?:leg|ankle|arm|foot|back|hip)(?! (?:last|in 20"
        "|years|when))",
        "(?:cut|slashed|stabbed) with a (?:knife|blade|machete|razor)",
        "(?:following|stalking|chasing) (?:me|us) (?:for|since)",
        "(?:not breathing (?:well|properly|normally)|breathing badly|hard to breathe"
        "|trouble breathing|difficulty breathing|struggling to breathe)",
        "bleeding (?:a lot|heavily|badly|too much|everywhere)",
        "(?:blood everywhere|blood all over|so much blood|lots of blood|a lot of blood)",
        "(?:hurt|injured|wounded) (?:very |really |so )?(?:bad|badly|seriously)",
        "(?:my|his|her|our) (?:leg|legs|arm|back|neck|hip|foot) (?:is|are) broken",
        "(?:ate|drank|swallowed|eaten|drunk) (?:something )?(?:poison|poisonous|toxic|bleach)",
        "vomiting (?:a lot|blood|non ?stop)",
        "(?:won't|wont|doesn't|doesnt|can't|cant|does not|will not) wake up",
        "<i_am> (?:bleeding|losing (?:a lot of )?blood|badly (?:hurt|injured)|can't breathe"
        "|cant breathe|cannot breathe|cant breath|can't breath)",
        "(?:we|they|the children|the kids|people|everyone|nobody|i)(?: can't| cant| cannot"
        "| can not| couldn't| could not) breathe?",
        "(?:call|send|need|bring) (?:an? |the )?(?:ambulance|paramedics?)",
        "(?:need|needs) (?:a )?(?:doctor|medic) (?:now|urgently|immediately|quickly|fast|asap"
        "|right now)",
        # A hospital that turns a sick person away.
        "(?:hospital|clinic|doctors?|health cent(?:er|re))(?: [^ ]+)? (?:refused|refuse|refuses"
        "|won't|wont|will not|doesn't want to|don't want to|turned|sent|kicked|threw) (?:to )?"
        "(?:treat|admit|help|accept|receive|us away|me away|us out|me out|him away|her away)"
        "(?! (?:until|till|before|without an? appointment))(?![^.!,;:]*[?])",
        # Very sick and sleeping in the street.
        "(?:sleeping|sleep|living|live|stuck) (?:on|in) the streets?(?: [^ ]+){0,8} (?:very"
        "|really|so|seriously|badly|terribly) (?:sick|ill)",
        "(?:very|really|so|seriously|badly|terribly) (?:sick|ill)(?: [^ ]+){0,8} (?:sleeping"
        "|sleep|living) (?:on|in) the streets?",
    ),
    threat=(
        "(?:going to|gonna|want to|wants to|will|'ll|threaten(?:s|ing|ed)? to|about to"
        "|trying to|try to) (?:kill|hurt|rape|beat|sell|torture|attack) <victim>",
        "or (?:they|he|she) (?:will )?(?:kill|sell|hurt) <victim>",
        "(?<!i )(?<!i've )(?<!ive )(?<!i have )(?<!i just )(?:cut|cutting|cuts) (?:off )?"
        "(?:my|his|her|our|the) (?:<kin>'s )?(?:finger|fingers|ear"
        "|ears|hand|kidney|toe)",
        "(?:kill|hurt|sell|torture|beat) <victim> if (?:we|i|my|our|they|he|she)"
        " (?:don't|dont|do not|doesn't|doesnt|cannot|can't|cant|won't|wont|didn't|didnt|not)"
        " (?:pay|send)",
    ),
    harm=(
        "<they><be> (?:kidnapped|kidnaped|abducted|captured|sold) <victim>",
        "<they><be> (?:cutting|burning|stabbing|slashing|whipping) (?:<victim>|(?:my|our|his"
        "|her) (?:arms?|legs?|hands?|fingers?|skin|body|face|back))",
        "<they> (?:beat|beats|hit|hits|torture|tortures|attack|attacks|rape|rapes|shoot"
        "|shoots|whip|whips|kick|kicks|electrocute|abuse|abuses|chase|chases) <victim>",
        "(?:armed men|gunmen|men with guns|(?:the )?militias?|(?:the )?kidnappers|(?:the )?"
        "smugglers|(?:the )?traffickers|(?:the )?bandits|a gang|the gang|rebels)(?: [^ ]+){0,4}"
        " (?:took|grabbed|snatched|captured|kidnapped|abducted|took away|have taken"
        "|have kidnapped) (?:<victim>|(?:the )?(?:women|girls|children|kids|boys))",
        "(?:forced|pushed|dragged|pulled|threw) <victim> into (?:a |the |their )?(?:car|truck|van"
        "|vehicle|pickup)",
        r"<they> (?:shot|killed|stabbed) (?:a|one|another|two|three|\d+|some) (?:man|men|woman"
        "|women|person|people|boy|boys|guy|guys|child|of us)",
        "<subj_be> (?:being |just )?(?:kidnapped|kidnaped|abducted|taken hostage"
        "|held hostage|captured|sold|beaten|tortured|attacked|raped|shot|stabbed|abused"
        "|whipped|electrocuted|burned|burnt|wounded|injured)",
        "(?:took|grabbed|snatched|came for) (?:away )?(?:my|our) <kin>",
        "<they> (?:attacked|attack|burned|burnt|raided|raid|broke into|destroyed) (?:our|my|the)"
        " (?:house|home|camp|room|tent|building|shelter)",
        "<they> (?:tortured|attacked|raped|shot|stabbed|whipped|kicked|electrocuted|burned"
        "|burnt|abused|threatened|beat up) <victim>",
        "<subj_be> (?:taken|taken away|grabbed|captured) by (?:armed |some |the )?(?:men"
        "|smugglers|kidnappers|militias?|gang|soldiers|rebels|traffickers|gunmen)",
    ),
    danger=(
        "(?:<we_are>|<i_am>|my life|our lives|our life|my family|(?:my|our) <kin>)<be>"
        " (?:now |still |really |very )?in (?:big |great |serious |real |grave |mortal"
        " |immediate )?(?:danger|distress|trouble)",
        "(?:<we_are>|<i_am>)<be> (?:all )?(?:going to die|gonna die|about to die|dying)"
        "(?! to| for| of laughter| laughing| of boredom)",
        "(?<!afraid )(?<!scared )(?<!worried )(?<!fear )(?<!that )(?:we|i) (?:will|'ll"
        "|are going to|am going to) (?:all )?die",
        "<we_are><be> (?:now |completely |totally |really )?(?:lost(?! (?:the|a|an|our|my|his"
        "|her|their|all|everything|contact|money|it|him|them|everyone|[0-9]+)(?![^ ,.!?;:]))"
        "|surrounded"
        "|freezing|frozen|trapped|hiding|in the middle of nowhere)",
        "(?:dying|die|freezing) (?:of|from) (?:the )?cold",
        "(?:is|are|'s) on fire",
        "(?:there is|there's|theres) (?:a )?fire",
        "^fire",
        "(?:they|he|she|everyone|everybody|the guide|the group)<be> (?:left|abandoned"
        "|deserted) (?:us|me)",
        "(?:coast ?guards?|coastguards?|rescue|the rescue|help|nobody|no one|noone|police"
        "|ambulance)<be> (?:not coming|doesn't come|doesnt come|don't come|dont come"
        "|didn't come|didnt come|not answering|don't answer|dont answer|doesn't answer"
        "|doesnt answer|never came|hasn't come|has not come|came|is coming|answers)",
        "(?:we|i) (?:don't|dont|do not) know where (?:we|i) (?:are|am)",
        "(?:only|nothing(?: around| here)? but|just) sand(?: everywhere)?|sand everywhere",
    ),
    cry=(
        "(?:^|(?<=[.!?,;:] )|(?<=[.!?,;:])|(?<!can )(?<!could )(?<!would )(?<!will )"
        "(?:please|pls|plz|pleas|someone|somebody|anyone|anybody|god|oh god|allah"
        "|for god'?s sake) )(?:help|he+lp|hlp|halp|hepl|helpp|hellp)(?: <victim>)?<tail>",
        r"(?<!an )(?<!a )(?<!the )(?<!send )(?<!sending )(?<!is )(?<!what's )(?<!whats )"
        r"s\.? ?o\.? ?s(?! (?:mediterran|mediteran|humanity|village|children|racisme|med |med$))",
        "(?<!what is )(?<!what's )(?<!a )(?<!the )may ?day",
        "(?:save|rescue) (?:us|me|my <kin>|our <kin>)(?! (?:money|time|data|some|the|a))",
        "(?:^|(?:i|we) (?:really |urgently |badly )?)(?:need|needs) (?:your |urgent"
        " |immediate )?help<tail>",
        "(?:send|need) (?:us )?(?:help|rescue|a rescue|someone|a rescue boat|a boat|the rescue)"
        "(?: at sea| in the desert)?<tail>",
        "^(?:please|pls|plz|plzz)(?: (?:please|pls|plz|plzz))+(?= |$|[.!,])",
        "(?:^|this is an |it is an |it's an |its an |we have an |i have an |there is an )"
        "emergency(?! (?:number|numbers|contact|contacts|phone|line|service|services|call"
        "|room|exit|kit|plan))",
        "^(?:very )?(?:urgent|urgently)(?=$|[.!,]| please| help)",
        "urgent help",
        "(?:please|pls|plz) (?:come|hurry|be quick)(?: (?:quickly|quick|fast|now|please|pls))*"
        "(?= ?(?:$|[.!,]))",
        "come (?:quickly|quick|fast|now)(?=$|[.!,]| please)",
        "^hurry",
        "(?:where are you|are you coming|when are you coming|when will (?:you|they|help"
        "|the rescue|rescue|someone) come)",
    ),
    plea=(
        "(?:can|could|would|will|please can|pls can) (?:you|u|someone|anyone|somebody"
        "|anybody) (?:please |pls )?(?:help|save|rescue) (?:us|me)",
        "(?:battery|batt|phone)(?: is| at| on|:)? (?:almost |nearly |about to |going to |soon )?"
        "(?:[0-9]{1,2} ?%|low|dying|die|dead|empty|finished|finishing|running out|run out"
        "|go off|switch off)",
        "[0-9]{1,2} ?% (?:battery|left|charge)",
        "(?:find|found|see|saw|meet|met|there is|there's) (?:nobody|no one|noone)(?= ?(?:$|[.!,]"
        "| here| around| to help))",
        "(?:fell|fallen|falling) (?:off|from|out of) (?:the |a )?(?:truck|car|pickup|vehicle)",
        "(?:people|persons|children|kids|everyone|many|some|several people|someone|the children"
        "|the kids)(?: (?:on|in) (?:the|our) <boat>| here| with us)?<be> (?:very |so |really"
        " |seriously |badly )?(?:sick|ill|weak|dying|dead|unconscious|fainting)",
        "(?:drinking|drink|drank) (?:dirty|salt|salty|sea|our own|bad|radiator) (?:water|urine)",
        "(?:they|he|she)(?:'re| are| is|'s) (?:now |still |completely )?lost(?! (?:the|a|an"
        "|our|my|his|her|their|all|everything|contact|money|it|him|them|in (?:the )?(?:papers"
        "|paperwork|system))(?![^ ,.!?;:]))",
    ),
    sea_context=(
        "boat",
        "boats",
        "dinghy",
        "dingy",
        "zodiac",
        "ship",
        "raft",
        "canoe",
        "pirogue",
        "cayuco",
        "patera",
        "sea",
        "ocean",
        "waves",
        "coast ?guards?",
        "coastguards?",
        "overboard",
        "capsiz[a-z]*",
        "sinking",
        "drown[a-z]*",
        "life ?jackets?",
        "lampedusa",
        "malta",
        "mediterranean",
        "in the water",
        "into the water",
        "alarm ?phone",
        "may ?day",
        "captain",
        "shore",
        "adrift",
        "drifting",
    ),
    desert_context=(
        "desert",
        "sahara",
        "sand",
        "dessert",
        "dunes?",
        "tenere",
        "thirst[a-z]*",
        "dehydrat[a-z]*",
        "no water",
        "without water",
        "out of water",
        "driver",
        "agadez",
        "dirkou",
        "sabha",
        "kufra",
        "niger",
        "chad",
        "mali",
        "algeria",
        "tamanrasset",
        "arlit",
        "madama",
        "toyota",
        "hilux",
        "pickup",
        "4x4",
    ),
    information=(
        "asylum",
        "papers",
        "paperwork",
        "visas?",
        "documents?",
        "application",
        "apply",
        "appeal",
        "information",
        "info",
        "questions?",
        "procedure",
        "process",
        "dublin",
        "fingerprints?",
        "interview",
        "lawyer",
        "reunification",
        "resettlement",
        "scholarship",
        "study",
        "studies",
        "university",
        "jobs?",
        "menu",
        "language",
        "translate",
        "translation",
        "forms?",
        "find my",
        "finding my",
        "looking for",
        "search for",
        "relatives",
        "family members?",
        "missing",
        "registration",
        "register",
        "residence permit",
        "permit",
        "legal",
        "legally",
        "school",
        "course",
        "want to go",
        "wants to go",
        "travel",
        "traveling",
        "travelling",
        "migrate",
        "emigrate",
        "come to europe",
        "go to europe",
        "which country",
        "which route",
        "choose",
        "choice",
        "decide",
        "decision",
        "mechanic",
        "garage",
        "repair",
        "hospital",
        "clinic",
        "pharmacy",
        "homework",
        "protect (?:myself|ourselves|yourself|yourselves|himself|herself|themselves|us|me|him"
        "|her|them|my <kin>|our <kin>)",
        "(?:to|how|can|should) (?:stay|keep|be) safe",
        "avoid(?:ing|ed)?",
        "advice",
        "advise",
        "tips",
        "precautions?",
    ),
    not_now=(
        "if",
        "what if",
        "even if",
        "only if",
        "in case",
        "incase",
        "in the event",
        "suppose",
        "supposing",
        "imagine",
        "whenever",
        "what (?:to do|should (?:i|we|you|one|people) do|do (?:i|we|you|people) do"
        "|can (?:i|we|you) do|happens|will happen|would happen|could happen|do you do)"
        " (?:when|after|once)",
        "how (?:to|do (?:i|we|you|people)|can (?:i|we|you|people)|should (?:i|we)|would"
        "|could|long can|many|often|much)",
        "what does",
        "is it true(?: that)?",
        "it is true that",
        "^(?:can|could|will|would|do|does|did|may|might|should|shall|is|are|am)",
        "is it (?:common|normal|usual|frequent|likely|possible|true|dangerous|safe)"
        "(?: that| for| to)?",
        "how (?:common|likely|often)",
        "videos?",
        "news",
        "story",
        "stories",
        "movie",
        "film",
        "documentary",
        "article",
        "photos?",
        "pictures?",
        "risks? of",
        "chance of",
        "danger of",
        "is it possible(?: that| to)?",
    ),
    reported=(
        "i heard(?: that)?",
        "^(?:they say|they said)(?: that)?",
        "people say(?: that)?",
        "(?:people|they|some) told (?:me|us)(?: that)?",
        "rumou?rs?(?: say)?(?: that)?",
    ),
    claim=(
        "(?:the |a |our |my |that |this |their )?(?:smugglers?|coxeurs?|connection ?man"
        "|connection|organi[sz]ers?|agents?|brokers?|traffickers?|middle ?man|chairman|boss"
        "|samsar)(?: [^ ]+){0,4} (?:said|says|say|told (?:me|us|them)|tells? (?:me|us)"
        "|keeps? telling (?:me|us)|kept telling (?:me|us)|promised|promises|assured (?:me|us)"
        "|assures (?:me|us)|swears?|swore|claims?|claimed)(?: (?:to )?(?:me|us))?(?: that)?",
        "according to (?:the |our |my )?(?:smugglers?|coxeurs?|connection ?man|organi[sz]ers?"
        "|agents?|brokers?|him|them)",
    ),
    long_ago=(
        "last year",
        "years ago",
        "a year ago",
        r"in (?:19|20)\d\d",
        "every (?:year|month|week)",
        "last month",
        r"(?:\d+|two|three|four|five|six|several|many|a few) months ago",
        "each (?:year|month|week)",
        "per year",
        "when i was (?:a )?(?:child|kid|young|little)",
        "in the past",
        "back then",
        "last summer",
        "last winter",
        "when (?:i|we) (?:crossed|came|was|were|left)",
        "during (?:my|our) (?:trip|journey|crossing)",
        "(?:i|we|he|she|they) survived",
    ),
    ongoing=(
        "still",
        "right now",
        "now",
        "today",
        "tonight",
        "currently",
        "at the moment",
        "this morning",
        "yesterday",
    ),
    over=(
        "(?:i am|i'm|im|we are|we're|he is|he's|she is|she's|they are) (?:now )?(?:safe|in safety"
        "|fine now|ok now|okay now|free now)",
        "now (?:i am|we are|i'm|we're|he is|she is|he's|she's|they are|they're) (?:safe|free|in)",
        "now (?:he|she|they|i|we) (?:lives?|works?|stays?) in",
        "(?:we|i) (?:escaped|fled|got away|ran away|were saved|was saved|were rescued"
        "|was rescued|were released|was released)",
        "(?:released|freed|rescued|saved) (?:me|us|him|her|them)",
        "(?:he|she|they) (?:was|were|has been|have been) (?:released|freed|rescued|saved)",
        "(?:paid|payed) the ransom and",
        "so we left",
        "then (?:we|i) (?:left|arrived|reached|got to|made it|crossed)",
    ),
    alarm_sea=(
        "(?<!not )(?<!isn't )(?<!isnt )(?<!never )(?<!no )(?<!stop )sinking",
        "drowning(?! in (?:debt|debts|paperwork|papers|work|bills|problems))",
        "capsized",
        "capsizing",
        "overboard",
        "adrift",
        "taking (?:on )?water",
        "deflating",
        "water (?:is )?coming in",
    ),
    alarm_desert=(
        "thirsty",
        "dehydrated",
        "thirst",
        "stranded",
        "lost in the (?:desert|sahara)",
        "abandoned (?:us|me)",
        "(?<!had )(?<!has )(?<!have )no water",
    ),
    alarm_general=(
        "kidnapped",
        "kidnaped",
        "abducted",
        "hostages?",
        "ransom",
        "bleeding",
        "unconscious",
        "gunshots",
        "gunfire",
        "shooting",
        "stabbed",
        "torturing",
        "attacking",
        "not breathing",
        "seizure",
        "heart attack",
        "in labou?r",
        "giving birth",
        "rape",
        "raped",
    ),
    question=(
        "what",
        "how",
        "is",
        "are",
        "do",
        "does",
        "did",
        "can",
        "could",
        "should",
        "would",
        "will",
        "why",
        "where",
        "when",
        "which",
        "who",
        "whom",
        "whose",
        "am",
        "was",
        "were",
        "has",
        "have",
        "any",
        "tell me",
        "explain",
        "i want to know",
        "i wonder",
    ),
    tag=(
        r"(?:is|isn't|isnt) (?:it|that|this) (?:really )?(?:true|so|correct)(?= ?\??$)",
        r"true or (?:false|not)(?= ?\??$)",
        # "... if the waves are high?": what happens if, not what happens (not "if you can").
        r"(?:if|in case) (?!(?:you|u|anyone|someone|somebody|possible|please)(?![a-z]))[^?]+\?$",
        r"(?:really|true|for real|seriously)(?= ?\?$)",
        r"(?:(?:in|on) )?(?:which|what) (?:year|date|day|month)(?= ?\??$)",
        r"when (?:was|did) (?:it|that|this)(?: happen)?(?= ?\??$)",
    ),
    vague=(
        "afraid",
        "scared",
        "fear",
        "nightmares?",
        "dreams?",
        "worried",
        "worry",
        "remember",
        "memories",
        "trauma",
        "told (?:me|us)",
        "said",
        "says",
        "heard",
        "rumou?rs?",
        "apparently",
        "supposedly",
        "i read",
        "often",
        "usually",
        "always",
        "sometimes",
        "people",
        "migrants",
        "refugees",
        "many",
        "risks?",
        "dangers?",
        "dangerous",
        "league",
        "match",
        "football",
        "soccer",
        "team",
        "season",
        "tells? (?:me|us)",
        "telling (?:me|us)",
        "promised",
        "assured",
        "swears?",
        "swore",
        "claims?",
    ),
    fear=(
        "(?:scared|afraid|worried|worry|worries|fear|fears|feared|fearing|fearful|terrified"
        "|frightened|nervous|anxious|concerned|panicking|panicked)(?: (?:that|of|about|for))?"
        "(?: [^ ]+){0,10}?(?: (?:will|might|may|could|would|gonna|going to)|'ll|'d)",
        "(?:scared|afraid|worried|fear|terrified|frightened|nervous|anxious|concerned)"
        " (?:of|about) (?:being|getting|ending up)",
        "(?:scared|afraid|worried|terrified|frightened) to (?:be|get|end up)",
    ),
    now=(
        "now",
        "right now",
        "at the moment",
        "currently",
        "as we speak",
        "any (?:moment|minute|second)",
        "in (?:a|a few|few|two|[0-9]+) (?:moments?|minutes?|seconds)",
        "because",
        "becoz",
        "bcoz",
        "coz",
        "cuz",
    ),
)


# --- French ----------------------------------------------------------------------------

_FR_PARENT = _alt(
    "frere",
    "soeur",
    "sœur",
    "fils",
    "fille",
    "femme",
    "mari",
    "enfant",
    "enfants",
    "bebe",
    "ami",
    "amie",
    "amis",
    "pere",
    "mere",
    "cousin",
    "cousine",
    "oncle",
    "tante",
    "famille",
    "neveu",
    "niece",
    "copain",
    "copine",
    "epoux",
    "epouse",
)

FR = Lexicon(
    words={
        "on_est": _alt(
            "on est",
            "on et",
            "on e",
            "on es",
            "nous sommes",
            "nous somme",
            "nous on est",
            "ont est",
            "on s'est",
            "on sest",
            "nous nous sommes",
            "on se retrouve",
        ),
        "je_suis": _alt("je suis", "j'suis", "jsuis", "chui", "je sui"),
        # One's own body, cut, burnt or scarred.
        "mon_corps": "(?:les|le|la|l'|mes|mon|ma) ?(?:bras|avant-bras|poignets?|veines|cuisses?"
        "|jambes?|peau|ventre|corps)",
        # What a wound by accident is about: cooking, work, a fall, a fence.
        "pas_expres": "(?![^.!?;]*(?:en (?:cuisinant|tombant|travaillant|coupant|bricolant"
        "|me rasant|jouant)|par accident|accidentellement|sans faire expres|au travail|cuisine"
        "|barbele|grillage|cloture|clou|en tombant|je suis tombee?|fer a repasser|four|poele"
        "|casserole|huile|eau bouillante|soleil))",
        # Where one "goes back" only in a figure of speech.
        "au_dela": "(?:dieu|allah|ciel|paradis|seigneur|createur|la terre|la poussiere|la mer"
        "|l'eau|mourir)(?![^ ,.!?;:])",
        # Not followed by a negation ("le bateau coule pas": it does not sink).
        "not_neg": "(?! (?:pas|plus|jamais|point|pa)(?![^ ,.!?;:]))",
        # Not after a negation ("il peut pas couler", "ne risque pas de couler").
        "not_after_neg": "(?<!pas )(?<!pa )(?<!plus )(?<!jamais )(?<!ne )(?<!n')(?<!pas de )"
        "(?<!sans )",
        # Armed or violent men (not guards at their post).
        "arme": _alt(
            "<gens> (?:armes|cagoules|masques)(?: avec (?:des|un|une|leurs) [^ ]+)?",
            "<gens> avec (?:des|un|une|leurs|ses) (?:couteaux?|armes?|fusils?|pistolets?"
            "|machettes?|kalachs?|kalachnikovs?|kalach|batons|gourdins|barres de fer)",
            "quelqu'un (?:d'arme|avec (?:un|une|des) (?:couteaux?|armes?|fusils?|pistolets?"
            "|machettes?))",
        ),
        "gens": "(?:des |les |deux |trois |quatre |plusieurs |[0-9]+ )?(?:hommes|types|gars"
        "|mecs|gens|individus|bandits|jeunes|personnes|inconnus)",
        # ... and those who carry arms at their post: only when they break in.
        "force": "(?:<arme>|(?:des |les |deux |trois |plusieurs )?(?:soldats|militaires"
        "|miliciens|policiers|gardes|gardiens)(?: armes)?|(?:la |une )?milice)",
        "porte": "(?:la |le |l'|notre |nos |ma |mon |leur |cette |ce )?(?:porte|portes|portail"
        "|fenetre|chambre|maison|tente|foyer|batiment|cour|piece|appartement|ghetto"
        "|connexion)",
        # Any word but one that opens a question or a condition.
        "w": "(?!(?:si|s'il|s'ils|quand|lorsque|comment|que|qu'[^ ]*|pourquoi|combien"
        "|est-ce|cas|vrai|possible|frequent|normal|dit|disent|entendu)(?: |$))[^ ]+",
        "le": "(?:(?:le|la|notre|ce|cette|un|une|mon|ma) |l')?",
        "bateau": _alt(
            "bateau",
            "bato",
            "batau",
            "bateaux",
            "barque",
            "zodiac",
            "zodiak",
            "pneumatique",
            "canot",
            "pirogue",
            "embarcation",
            "navire",
            "radeau",
        ),
        "moteur": _alt("moteur", "moteure", "moteurs", "moter", "motor"),
        "parent": _FR_PARENT,
        "ils": _alt(
            "ils",
            "il",
            "elle",
            "elles",
            "on",
            "(?:la )?police",
            "(?:les )?policiers",
            "(?:les )?gardes",
            "les gardiens",
            "(?:les )?passeurs",
            "(?:des|les) hommes",
            "des gens",
            "les militaires",
            "(?:les )?soldats",
            "les milices",
            "(?:les )?ravisseurs",
            "les kidnappeurs",
            "(?:des|les) bandits",
            "les trafiquants",
            "quelqu'un",
            "un homme",
            "un groupe",
            "une bande",
            "des inconnus",
            "un inconnu",
            "des types",
            "un type",
        ),
        "eau": _alt("l'eau", "l eau", "leau"),
        "de_l_eau": _alt("de l'eau", "de l eau", "de leau", "d'eau", "d eau", "deau"),
        # "En finir" with one's life, not with a file or a procedure.
        "en_finir": "en finir(?! avec (?:ce|cette|ces|cet|le|la|les|mon|ma|mes|l') ?(?:dossier"
        "|procedure|demande|papiers|paperasse|attente|histoire|probleme|travail|boulot|examen"
        "|cours|voyage|affaire|asile|administration)[^ ]*)",
        # What "kills" only in a figure of speech ("cet examen va me tuer").
        "not_figurative": "".join(
            f"(?<!{noun} )"
            for noun in (
                "examen",
                "examens",
                "travail",
                "boulot",
                "taf",
                "attente",
                "stress",
                "ennui",
                "procedure",
                "paperasse",
                "dossier",
                "film",
                "serie",
                "cours",
                "prof",
                "ca",
                "sa",
                "cela",
                "rire",
                "ecole",
                "match",
                "patron",
                "chef",
                "maths",
                "devoirs",
                "questions",
            )
        ),
        # What people beat with, and how they say it (West Africa: "chicoter", to whip).
        "hit": "(?:frappent|frappe|battent|bat|tabassent|tabasse|tapent|tape|cognent|cogne"
        "|chicotent|chicote|fouettent|fouette|torturent|torture)",
        "tail": "(?: (?:svp|stp|s'il vous plait|s'il te plait|sil vous plait|sil te plait|vite"
        "|maintenant|urgent|urgence|tout de suite|aidez|au secours|a l'aide|sos|pitie|nous"
        "|moi|help|please))*(?= ?(?:$|[.!?,;:]|(?:on|nous|je|j'|jai|il|ils|elle|notre|nos"
        r"|mon|ma|y a|ya|il y a|personne|c'est|ca|sa|pas|plus)(?![\w])))",
    },
    sea=(
        "<le><bateau>(?: qui)? (?:est |a |va |commence a |est en train de |en train de )?(?:coule"
        "|couler|sombre|sombrer|chavire|chavirer|se renverse|s'est renverse|renverse"
        "|se retourne|s'est retourne|retourne|prend l'eau|prend de l'eau|prends l'eau"
        "|prend leau|se degonfle|degonfle|se degonfler|se casse|s'est casse|casse|se brise"
        "|brise|fuit|perce|troue|plein <de_l_eau>|se remplit <de_l_eau>|rempli <de_l_eau>"
        "|explose|creve|en morceaux|en feu|perd (?:de l'air|l'air|de l air|son air)|penche"
        "|se remplit (?:doucement |vite |lentement |de plus en plus )<de_l_eau>|en panne"
        "|remplie <de_l_eau>|s'est fendue?|fendue?|s'est ouverte|ouverte en deux"
        "|(?:cassee|percee|trouee|renversee|retournee|degonflee|crevee|explosee|brisee|coulee"
        "|chaviree)(?! (?:l'an|il y a|en 20))"
        "|se couche|gite|se remplit(?= ?(?:$|[.!,]| vite| d'eau| de plus en plus)))<not_neg>",
        "(?:un |le |les |nos |notre )?(?:boudin|boudins|tube|tubes) (?:est |sont )?(?:vide|vides"
        "|degonfle|degonfles|creve|creves|eclate|perce)",
        "(?:fond|plancher|boudin|boudins|cote|tube) (?:du|de notre|de la|de ce) <bateau>"
        " (?:a cede|cede|a lache|lache|est casse|a eclate|eclate|s'est dechire|est dechire"
        "|est perce|a creve)",
        "(?:on|nous|je) (?:ecope|ecopons|ecopes|vide l'eau|vidons l'eau|enleve l'eau"
        "|enlevons l'eau|jette l'eau)",
        "(?:les |nos )?pieds dans l'eau",
        "^(?:on )?(?:chavire|chavirons|coule|coulons)(?= ?(?:$|[.!,]))",
        "(?:ils|elles|on|nous) (?:coulent|coulons|coule|sont en train de couler)<not_neg>",
        "<le><bateau> (?:a|ont) (?:un |des |deux )?(?:trou|trous|fuite|fuites)",
        "(?:il y a|ya|y a|il ya|y'a) (?:un |des |deux |un gros )?(?:trou|trous|fuite|fuites)"
        " (?:dans|sur) (?:le|notre|la) <bateau>",
        "(?:on|nous|ca|sa|il|tout) (?:est en train de |est entrain de |va |commence a )?"
        "(?:coule|coulons|couler|sombre|sombrons|chavire|chavirons|prend l'eau|prend leau)"
        "<not_neg>(?! (?:souvent|parfois|rarement|facilement|tout le temps|chaque|en general"
        "|d'habitude)(?![^ ,.!?;:]))",
        "(?:on|nous|ils|il|elle|quelqu'un|des gens|des personnes|des enfants|les gens"
        "|mon <parent>|ma <parent>|un enfant|une femme|un homme|un bebe|le bebe"
        "|plusieurs personnes) (?:est en train de |sont en train de |va |vont )?(?:se noie"
        "|se noient|se noyer|nous noyons|noye|noyes|noyee)",
        "(?:<eau>|la mer|l'eau de mer|les vagues)(?: froide| salee| glacee)? (?:rentre"
        "|entre(?! (?:[^ ]+ ){1,3}et )|rentrent|monte|penetre"
        "|entrait|rentrait|montait"
        "|arrive|coule|envahit|remplit|passe par[- ]dessus|passent par[- ]dessus|deborde"
        "|nous submerge|submerge)",
        "(?:<de_l_eau>|<eau>)(?: [^ ]+)? jusqu'(?:a|aux|au) ?(?:la taille|aux genoux|la poitrine"
        "|aux chevilles|au ventre|au cou|genoux|taille)",
        "(?:le |notre )?(?:capitaine|pilote|passeur) (?:a saute|a plonge|s'est jete|est parti a la"
        " nage|a quitte le bateau|a abandonne le bateau|s'est enfui)",
        "(?:il y a|ya|y a|il ya|y'a|plein) (?:<de_l_eau>|beaucoup <de_l_eau>|trop <de_l_eau>"
        "|<eau>) (?:qui rentre|qui entre|qui monte|dans le <bateau>|dans notre <bateau>"
        "|dans la <bateau>|partout)",
        "(?:<de_l_eau>|<eau>) (?:partout|dans (?:le|notre|la) <bateau>)",
        "<le><bateau> (?:est )?en (?:difficulte|detresse|danger|perdition)",
        "(?:on|nous) (?:flotte|flottons|derive) (?:en pleine mer|au milieu de la mer|au large"
        "|sur la mer)",
        "(?:de la )?fumee (?:sort|sort du|du) moteur",
        "(?:des|les) passagers (?:sont |se )?(?:tombes?|tombent|glissent|glisse|jetes?)"
        " (?:a l'eau|a la mer|dans l'eau|dans la mer)",
        "(?:glisse|glissent|glisses) (?:a l'eau|a la mer|dans l'eau|dans la mer)",
        "<le><bateau>(?: (?:de|du) (?:mon|ma|mes|notre) <parent>)? (?:est |sont )?(?:immobilise"
        "|immobilisee|bloque|bloquee|arrete|arretee)(?: (?:en|au|a) (?:mer|large))",
        "(?:on est|nous sommes|je suis) (?:bloques?|coinces?|perdus?|seuls?|en panne) en"
        " (?:pleine )?mer",
        "(?:tombe|tombent|tombes|tombee|tombees) (?:a leau|dans leau|a l eau|dans l eau)",
        "(?:des gens|des personnes|quelqu'un|quelquun|un enfant|une femme|un homme|un bebe"
        "|mon <parent>|ma <parent>|il|elle|ils|des enfants|plusieurs personnes|les gens"
        "|[0-9]+ personnes|on|nous) (?:est |sont |a |ont |vient de |viennent de )?(?:tombe"
        "|tombes|tombee|tombees|tomber|tombent|jete|jetes|saute|sautent) (?:a l'eau"
        "|a la mer|dans l'eau|dans la mer|du bateau|par dessus bord|par-dessus bord)",
        "(?:des gens|des personnes|gens|personnes|des enfants|quelqu'un|il|elle|ils|on|nous"
        "|tout le monde|plusieurs|[0-9]+ personnes) (?:sont |est |se retrouvent )?(?:partout )?"
        "(?:dans l'eau|a l'eau|dans la mer)",
        "(?:passe|passes|passee|passees|tombe|tombes|tombee|tombees|jete|jetes) par[- ]dessus bord",
        "homme a la mer",
        "(?<!si )(?:prend|prennent|prends) (?:de )?<eau>",
        "(?:se vide|se vident|a perdu|perd) (?:de )?(?:son |tout son |tout l'|l')air",
        "(?:<w> ){1,2}(?:est|sont) (?:tombe|tombes|tombee|tombees) (?:a l'eau|a la mer"
        "|dans l'eau|dans la mer|du bateau|par dessus bord|par-dessus bord)",
        "(?:appelez|appelle|contactez|contacte|prevenez|previens|alertez|envoyez|envoie)"
        " (?:les |la |le |un |une )?(?:garde[- ]?cotes?|gardes[- ]?cotes|secours en mer"
        "|marine|alarm ?phone|bateau de secours|sauvetage)",
    ),
    vessel=(
        "<le><moteur> (?:est |s'est |a |est tombe |vient de |est completement )?(?:en panne"
        "|tombe en panne|arrete|s'arrete|s'est arrete|ne marche (?:plus|pas)|marche plus"
        "|marche pas|fonctionne plus|ne fonctionne plus|ne demarre (?:plus|pas)"
        "|demarre plus|demarre pas|mort|casse|lache|a lache|brule|en feu|eteint|coupe|hs"
        "|foutu|a pris feu|prend feu|fume|gate|gatee|s'est gate)",
        "(?:perdu|perd) (?:le|notre) moteur",
        "<le><bateau> (?:ne )?(?:bouge|avance|marche) (?:plus|pas|pa|plu)",
        "(?:coordonnees|coordonnees gps|notre position|la position)[: ]+ ?[0-9]{1,3}[.,°][0-9]+",
        "panne (?:de |du )?moteur",
        "(?:sans|pas de|plus de) moteur",
        "(?:plus|pas|plu|sans|manque|plus du tout|on a plus|on n'a plus|y a plus"
        "|il n'y a plus) (?:d'|de |d |du )?(?:essence|carburant|gasoil|gazoil|fuel|diesel)",
        "(?:essence|carburant|gasoil|fuel) (?:est )?(?:fini|finie|termine|epuise|vide)",
        "(?:on|nous)(?: est| sommes)? (?:a la derive|en derive|derive|derivons)",
        "on (?:ne )?voit (?:plus |pas )?(?:la cote|la terre)",
        "(?:notre |nos )?(?:position|coordonnees|gps) (?:est|sont|:)",
    ),
    desert=(
        "(?:(?:<on_est>|<je_suis>|(?:<w> ){0,2}(?:est|sont|etait|etaient)) |^)"
        "(?:[0-9]+ |encore |toujours |completement |tous )?(?:perdu"
        "|perdus|perdue|perdues|egare|egares|egaree|egarees|bloque|bloques|bloquee"
        "|bloquees|coince|coinces|coincee|coincees|abandonne|abandonnes|seuls|seul|paume"
        "|paumes) (?:dans le|en plein|au milieu du|au milieu de|dans ce|entre les|dans les)"
        " (?:desert|sahara|sable|dunes|tenere)",
        "(?:a|ont|nous a|nous ont|m'a|m'ont|on a ete|nous avons ete|j'ai ete|on est"
        "|nous sommes|je suis) (?:abandonne|laisse|lache|jete|depose|largue)(?:e|s|es)?"
        " (?:[^ ]+ ){0,4}(?:dans le|en plein|au milieu du) (?:desert|sahara|tenere)",
    ),
    stranded=(
        "(?:le |notre |les |nos )?(?:chauffeur|chauffeurs|passeur|passeurs|conducteur|guide"
        "|capitaine|trafiquants|pick-?up|camion|4x4|voiture|vehicule)(?: nous| m'| m)? ?(?:a|ont)"
        " (?:abandonne|laisse|lache|jete|depose|largue|oublie)(?:e|s|es)?",
        "(?:est|sont) (?:parti|partie|partis|reparti|repartis) sans nous",
        "(?:perdus?|perdues?|bloques?|coinces?|seuls?)(?: et)? sans eau",
        "personne n'est (?:venu|venue|revenu|arrive)",
        "il (?:nous|me) reste (?:juste |seulement |que |qu')?(?:un|une|qu'un|qu'une|un peu|peu)"
        " (?:de )?(?:bidon|bouteille|litre|jerrican|gorgee|d'eau)",
        "(?:on|nous) (?:marche|marchons) dans le (?:sable|desert|sahara) depuis",
        "(?:les |le |notre |nos )?(?:chauffeurs?|conducteurs?|passeurs?|guides?) (?:ont|a|sont"
        "|est) (?:disparu|partis?|fui|enfuis?)",
        "(?:le |notre )?(?:chauffeur|conducteur|passeur|guide) (?:est parti|est reparti"
        "|s'est enfui|s'est sauve|a fui|a disparu|a pris la fuite)",
        "(?:la |notre |le |nos )?(?:voiture|camion|4x4|pick-?up|pick up|vehicule|toyota"
        "|land ?cruiser|jeep|hilux)(?: est| s'est| a)? (?:en panne|tombee? en panne|casse"
        "|cassee|ensable|ensablee|bloque|bloquee|renverse|renversee|coince|coincee|enterre"
        "|enterree|enfonce|enfoncee"
        "|ne marche (?:plus|pas)|marche plus|arrete|arretee|s'est arrete|s'est arretee|gate"
        "|gatee|s'est gate|s'est gatee)",
        "(?:on n'a|on na|on a|nous n'avons|nous avons|j'ai|je n'ai|jai) (?:plus|pas|plu|pa"
        "|plus du tout|pas du tout|pas une goutte) (?:d'eau|deau|d eau|de l'eau|a boire)",
        "(?:il n'y a|il ny a|il y a|y a|ya|y'a|n'y a) plus <de_l_eau>",
        "(?<!prendre )(?<!faut )(?<!besoin de )(?<!beaucoup )(?<!avoir )(?<!acheter )"
        "(?<!emporter )(?<!apporter )(?<!boire )(?<!n'y a )(?<!ny a )(?<!n'avait )(?<!navait )"
        "(?<!avait )(?:plus|plu) <de_l_eau>(?! que)",
        "(?:^|[,.!;] ?|et )(?:pas|pa) <de_l_eau>",
        "(?:pas|pa) <de_l_eau> (?:depuis|du tout|ici|maintenant)",
        "(?:pas|pa|plus) <de_l_eau> (?:depuis |ca fait )?(?:[0-9]+|deux|trois|quatre) (?:jours?"
        "|heures?|nuits?)",
        "(?:sans|pas de|plus de|ni) (?:nourriture|manger|bouffe) (?:ni|et) (?:d')?eau",
        "(?:jours?|heures?|hier|depuis [^ ]+) sans (?:eau|boire|rien boire)",
        "(?:sans|pas d'|plus d'|ni) ?eau (?:ni|et) (?:de )?(?:nourriture|manger|bouffe)",
        "(?:des gens|quelqu'un|il|elle|mon <parent>|ma <parent>|des enfants|on|nous|un enfant"
        "|une femme|un homme|le bebe|mon bebe|les enfants|des personnes|[0-9]+ personnes)"
        " (?:meurt|meurent|est en train de mourir|sont en train de mourir) de soif",
        "(?:meurent|meurt|mourons|meurs) de soif (?:ici|maintenant)",
        "sans eau depuis",
        "(?:on est|nous sommes|je suis)(?: [^ ]+){0,5} sans eau",
        "(?:laisse|abandonne|jete|depose|largue)(?:e|s|es)?(?: [^ ]+){0,6} sans eau",
        "(?:derniere|dernieres) (?:bouteille|bouteilles|goutte|gouttes|gorgee|litre|litres)"
        " (?:d'eau|deau|d eau)",
        "(?:plus|pas|sans) une (?:seule )?goutte (?:d'eau|deau|d eau)",
        "(?:un seul|une seule|qu'un|qu'une|juste un|juste une) (?:jerrican|bidon|bouteille|litre)"
        " d'eau pour (?:[0-9]+|dix|quinze|vingt|trente|quarante|tout le monde)",
        "(?:chauffeur|passeur|passeurs|guide|conducteur)(?: [^ ]+){0,6} (?:n'est jamais"
        "|n'est pas|ne sont jamais|ne sont pas|jamais) (?:revenu|revenus|reviendra)",
        "(?:[0-9]+|deux|trois|quatre|cinq|plusieurs) personnes (?:sont )?(?:deja )?(?:mortes?"
        "|morts?|decedees?) de soif",
        "(?:on a|nous avons|j'ai) (?:tres |trop |tellement )?soif(?! de)",
        "(?:depuis [^ ]+(?: [^ ]+)?|on reste|on marche|nous marchons) sans eau",
        "(?:plus|pas) rien a boire",
        "rien a boire depuis",
        "(?:l'eau|leau|notre eau) (?:est )?(?:finie|fini|terminee|termine|epuisee)",
        "(?:on a|nous avons|j'ai) (?:fini|termine|bu) (?:toute |tout |toute notre"
        " |la derniere )?(?:l'eau|leau|notre eau|eau)",
        "(?:on|nous|je) (?:meurt|meurs|mourons|va mourir|vais mourir|allons mourir"
        "|est en train de mourir) de soif",
        "(?:on|nous) (?:marche|marchons)(?: [^ ]+){0,4} depuis (?:[0-9]+|deux|trois|quatre"
        "|cinq|plusieurs) jours",
    ),
    self_harm=(
        "(?:je|j|j'|moi je) ?(?:vais|vai) (?:me tuer|me suicider|<en_finir>|mettre fin a (?:ma vie"
        "|mes jours)|me jeter|me pendre|me faire du mal)",
        "(?:je|j|j'|moi je) ?(?:veux|veut|veu|voudrais|ve|vx|souhaite|prefere"
        "|prefererais|pense a|pense au|pense (?:souvent|sans arret|tout le temps|toujours) a"
        "|songe a) (?:juste |vraiment |bien )?"
        "(?:mourir|crever|me tuer|me suicider|me suicide|suicider|<en_finir>|disparaitre"
        "|me jeter|mettre fin a (?:ma vie|mes jours)|me faire du mal|me faire mal|me blesser"
        "|me noyer|m'ouvrir les veines|me couper les veines"
        "|me pendre|suicide|la mort|tout arreter|les rejoindre)",
        "(?<!ne )(?:veux|veut|voudrais) (?:juste |vraiment )?(?:mourir|me suicider|<en_finir>)",
        "(?:(?<!tu )veux|(?:je|j'|j) ?(?:veut|veu|voudrais)) (?:juste |vraiment )?me tuer",
        "(?:ca|sa|cela) (?:ne )?sert a rien de vivre|vivre ne sert a rien",
        "(?:je vais|jvais|j'vais|je veux) sauter (?:du|d'un|par la|de la|dans le) (?:pont|toit"
        "|fenetre|immeuble|falaise|vide|balcon)",
        "dieu (?:reprends|prends)[- ]moi",
        "(?:je suis|chui|jsuis) au bout(?! du| de)",
        "(?:adieu|au revoir) (?:a tous|tout le monde|pour toujours)",
        "je me deteste",
        "(?:ne )?merite (?:pas|plus) de vivre",
        "(?:personne|nul) ne (?:serait|sera) (?:triste|malheureux)(?: [^ ]+)? si je (?:meurs"
        "|mourais|disparais|disparaissais)",
        "(?:va|vont|veut|veulent) se faire du mal",
        "mettre fin a (?:ma vie|mes jours|ses jours|sa vie|leurs jours)",
        "(?:vois|trouve) (?:plus |pas |aucun |aucune )?(?:l'interet|d'interet|le sens|de sens"
        "|de raison|la raison|l'utilite) (?:de|a) vivre",
        "envie (?:de|d') ?(?:mourir|crever|me tuer|me suicider|<en_finir>|me faire du mal"
        "|disparaitre)",
        "en finir avec (?:la vie|ma vie|tout|moi|mes jours)",
        "(?:idees?|pensees?) (?:suicidaires?|noires|de suicide|de mort|de me tuer)",
        "pense (?:tout le temps |toujours |souvent |sans arret )?a (?:la mort|mourir|me tuer"
        "|me suicider|en finir)",
        "(?:parle|parlent|pense|pensent) (?:de|a) se (?:tuer|suicider)",
        "(?:aimerais|aimerai|voudrais|souhaite|souhaiterais) (?:juste )?mourir",
        "(?:je vais|jvais|j'vais) sauter[.!]*$",
        "(?:plus|pas) envie de vivre",
        "(?:veux|voudrais) (?:plus|pas) (?:me reveiller|vivre|exister)(?! (?:en|a|au|aux|dans"
        "|ici|la-bas|avec|sans|chez|loin|pres|seule?|tard|tot|avant|trop)(?![^ ,.!?;:]))",
        "ne plus (?:me reveiller|vivre|exister)(?! (?:en|a|au|aux|dans|ici|la-bas|avec|sans|chez"
        "|loin|pres|seule?|tard|tot|avant|trop)(?![^ ,.!?;:]))",
        "(?:je |j|j')?(?:ne )?veux plus vivre",
        "(?:me|se) foutre en l'air",
        "(?:me|se) (?:flinguer|buter|pendre)",
        "vie (?:n'a|na|a) plus (?:de|aucun) sens",
        "(?:plus|pas) (?:d'espoir|aucun espoir|d espoir)(?! (?:d'|de |pour |que |qu'))",
        "(?:perdu|plus) (?:tout |aucun )?espoir(?! (?:d'|de |pour |que |qu'))",
        "(?:je suis |suis )?(?:desespere|desesperee)",
        "a quoi (?:bon|ca sert de|sert de) vivre",
        "(?:aucune|plus de|pas de) raison de vivre",
        "(?:prefere|prefererais|plutot|mieux vaut|vaut mieux) (?:me noyer|crever|me tuer|me jeter)",
        "(?:j'aurais du|jaurais du|j'aurais voulu|j'aurais prefere) (?:mourir|me noyer|crever"
        "|y rester|rester dans la mer)",
        "autant (?:en finir|mourir|me tuer|crever)",
        "a quoi bon (?:continuer|vivre|me battre|rester en vie|tout ca)(?= ?(?:$|[.!?,]| comme))",
        "(?:veux|voudrais|j'aimerais) (?:juste )?que (?:tout|la douleur|cette vie|ma vie"
        "|la souffrance|tout ca|cette souffrance) (?:s'arrete|se termine|finisse)",
        "(?:dormir|m'endormir) (?:pour toujours|a jamais|et ne (?:jamais|plus|pas) me reveiller)",
        "ne (?:jamais|plus|plus jamais|jamais plus) me reveiller(?! (?:tard|tot|en retard|avant"
        "|a [0-9]|trop))",
        "je saute (?:du|d'un|par la|de la) (?:pont|toit|fenetre|immeuble|falaise|balcon)",
        "(?:idee|pensee|envie) de (?:me noyer|me tuer|me suicider|mourir|en finir|me jeter)",
        "(?:plus rien|rien) n'a (?:plus )?(?:de|aucun) sens|plus aucun sens",
        "envie (?:de|d') ?(?:me blesser|me couper|me noyer|sauter (?:dans la mer|du pont"
        "|par la fenetre|dans le vide)"
        "|tout arreter|ne plus exister|ne plus me reveiller)",
        "(?:me reposer|dormir|disparaitre|partir) (?:pour toujours|a jamais|pour de bon)",
        "(?:jamais|pas) (?:ne )?naitre|(?:jamais|pas) ete ne(?:e)?",
        "(?:avaler|prendre|avale|pris|prends|vais prendre) (?:tous|toutes) (?:mes|les) (?:cachets"
        "|pilules|medicaments|comprimes)",
        "(?:serais|serait|serai) mieux (?:mort|morte|morts)",
        "(?:la vie|ma vie|vivre|cette vie)(?: est| devient| est devenue| devenue)? (?:insupportable"
        "|invivable)",
        "je ne serai (?:plus|pas) (?:la|en vie|vivant|vivante)(?! (?:pour|a|au|demain a))",
        "(?:veux|vais|envie de) me couper(?! les cheveux| les ongles| la barbe)",
        "que (?:tout|ca|tout ca) (?:finisse|s'arrete|se termine)(?= ?(?:$|[.!,]))",
        "(?:ne )?veux plus etre la(?= ?(?:$|[.!,]))",
        "(?:vois|trouve) (?:pas|plus|aucune) d'issue",
        "(?:mieux|plus heureux|plus heureuse) sans moi",
        "(?:un fardeau|une charge) pour (?:ma famille|tout le monde|les autres|mes parents)",
        "(?:prepare|achete|garde|cache) (?:les|mes|des|la|une) (?:cachets|pilules|medicaments"
        "|corde)",
        "(?:lettre|message|mot) d'adieu",
        "(?:ecrit|ecris|ecrire|fait) mes adieux",
        "(?:je vais|jvais|j'vais|peur de|envie de|risque de) faire une (?:betise|connerie|folie)",
        "pourquoi (?:je suis encore en vie|je vis encore|suis-je encore en vie|je suis encore la)",
        "(?:survivre|tenir) (?:un jour|une nuit|une journee) de plus",
        "dernier message(?: [^ ]+){0,3}[,.!]? ?(?:adieu|pardon|pardonnez[- ]moi|je vous aime)",
        "(?:dans la mer|dans l'eau|dans le fleuve) et ne (?:pas|jamais|plus) (?:revenir|remonter)",
        "(?:egal|m'en fous|m'en fiche) de (?:vivre ou (?:de )?mourir|mourir)",
        "(?:vie|vivre) ne vaut (?:plus|pas) la peine",
        "(?:plus|pas) la peine de vivre",
        "me jeter (?:sous|du haut|par la fenetre|d'un pont|dans la mer|a l'eau|dans le fleuve)",
        "la mort (?:serait|est|sera) (?:mieux|meilleure|plus douce|preferable|un soulagement)",
        "(?:plus|pas|perdu|aucune) (?:la |l')?(?:force|volonte|envie|gout|energie) de (?:vivre"
        "|continuer a vivre|me battre)",
        "rien (?:pour quoi|a quoi) vivre",
        "(?:decide|decidee|decider|resolu) (?:de |d')(?:me tuer|me suicider|mourir|en finir"
        "|mettre fin a)",
        "(?:il n'y a|ya|y a|il y a) plus rien pour moi(?: dans cette vie| ici| sur terre)?",
        "(?:corde|cachets|pilules|couteau|lame|poison)(?: [^ ]+){0,4} (?:je suis|suis) pret(?:e)?",
        "(?:mieux|plus simple) (?:pour (?:tout le monde|tous|ma famille|eux) )?si je (?:mourais"
        "|meurs|disparaissais|disparais|n'etais plus la|n'existais plus)",
        "(?:j'espere|jespere|je prie|je souhaite) que (?:le|notre|ce) <bateau> (?:coule|coulera"
        "|chavire|chavirera)",
        "(?:je devrais|je dois|il faut que je) (?:juste )?(?:mourir|me tuer|disparaitre|en finir)",
        "(?:je me|j'me|jme) (?:coupe|scarifie|fais du mal|suicide|tue|pends|jette)(?! (?:au|a la"
        "|de) (?:travail|boulot|tache)| les cheveux| les ongles)",
        "(?:coupe|couper|ouvert|ouvrir|tailler|taillade) (?:les|mes) (?:bras|veines|poignets)",
        "(?:ma vie|vivre|la vie) ne (?:sert (?:plus )?a rien|vaut (?:plus )?rien)",
        "(?:j'en ai|jen ai|j en ai) (?:fini|termine|marre) avec (?:la vie|ma vie|tout)",
        "(?:plutot|vaut mieux|mieux vaut) mourir",
        "personne ne (?:me regrettera|me regretterait|remarquera|s'en souciera)",
        "(?:pris|avale) (?:des|trop de|beaucoup de|plein de|tous mes|toutes mes)"
        " (?:medicaments|cachets|pilules|comprimes)",
        "(?:veut|veulent|va|vont|essaye de|essaie de|a essaye de|menace de) se (?:suicider"
        "|tuer|pendre|jeter)",
        "suicidaire",
        "(?:avale|pris|bu|prendre|avaler) (?:toute |tout |toutes |une |la |ma |mes )?"
        "(?:la |une |ma )?"
        "(?:plaquette|plaquettes|boite|boites|tube|flacon)(?: entiere| entieres)? (?:de |d')?"
        "(?:medicaments|cachets|pilules|comprimes|somniferes|doliprane|paracetamol)",
        "(?:pardonnez|pardonne|excusez|excuse)[- ]moi (?:pour|de) ce que je vais faire",
        "(?:c'est fini|c'est la fin|tout est fini) pour moi(?: [^ ]+){0,6} (?:adieu|pardon"
        "|pardonnez|je vous aime|je t'aime|dites a|dis a)",
        "(?:adieu|pardonnez[- ]moi|pardonne[- ]moi|je vous aime|dites a|dis a)(?: [^ ]+){0,8}"
        " (?:c'est fini|c'est la fin|tout est fini) pour moi",
        "vous ne me (?:reverrez|verrez) (?:plus|plus jamais|jamais)(?= ?(?:$|[.!,]))",
        "(?:j'en|j en|jen) (?:finis|termine)(?= ?(?:$|[.!,]| ce soir| cette nuit| demain"
        "| aujourd'hui| avec (?:la vie|ma vie|tout)))",
        # Cutting or hurting oneself, also again ("je recommence a me couper").
        "(?:recommence|recommencer|remis|remise|repris|reprendre|reprends|continue|continuer"
        "|arrive pas a arreter de|arrive plus a arreter de|peux pas arreter de|peux plus arreter"
        " de|arrete pas de|envie de|besoin de|besoin urgent de|veux|vais) (?:a |de |d')?me"
        " (?:couper|taillader|scarifier|bruler|mutiler|blesser|faire du mal|faire mal|frapper"
        "|griffer|entailler|faire souffrir|punir)(?! (?:les cheveux|les ongles|la barbe))",
        "(?:je me|j'me|jme) (?:refais|refait|recoupe|retaillade|rescarifie) ?(?:du mal"
        "|<mon_corps>)?",
        "(?:je me|j'me|jme|je me suis|je me suis encore|je me suis de nouveau|me suis)"
        " (?:taillade|tailladee|mutile|mutilee|entaille|entaillee|brule|brulee|griffe"
        "|griffee|scarifie|scarifiee|coupe|coupee|lacere|laceree)s? (?:encore |de nouveau"
        " |a nouveau )?<mon_corps><pas_expres>",
        "(?:me|se) (?:blesse|blesser|fais mal|faire mal|frappe|brule|coupe|mutile)"
        " (?:expres|volontairement|moi-meme)",
        "(?:punir|punis|punit|detruire|abimer|faire souffrir|mutiler) (?:mon corps|ma peau)",
        "(?:je me|jme|j'me) (?:tape|cogne|frappe) la tete contre (?:le|les|un) murs?"
        "(?! (?:avec|a cause))",
        "(?:me faire mal|me faire du mal|me couper|me blesser|me bruler|me frapper|me taillader)"
        "(?: [^ ]+){0,3} pour (?:sentir|ressentir) (?:quelque chose|qqch|enfin quelque chose"
        "|la douleur|que je suis (?:vivant|vivante|en vie))",
    ),
    despair=(
        "(?:je|j') ?(?:ne )?(?:peux|peut|supporte) plus (?:vivre|continuer|supporter"
        "|cette vie|la vie|ma vie)",
        "(?:marre|fatigue|fatiguee|las|lasse) de (?:la vie|vivre)",
        "(?:je n'en|je nen|j'en|jen|je en) peux plus(?! d'(?!exister)| de (?!vivre|cette vie"
        "|la vie|ma vie)| des | du )",
        "(?:ne )?(?:peux|peut) (?:pas|plus) continuer comme (?:ca|sa|cela)",
    ),
    plan=(
        "(?:rentrer|retourner|repartir|revenir|rentre|retourne|reparte|revienne)(?: chez moi"
        "| chez nous| a la maison| au pays| au bled| dans mon pays| (?:en|au|aux|a|chez)"
        " (?!<au_dela>)[^ ,.!?;:]+)",
        "comment (?:je |on )?(?:rentre|rentrer|retourne|retourner|repartir|revenir)",
        "(?:retour volontaire|retour au pays|aide au retour|billet (?:de )?retour|oim)",
    ),
    general=(
        "(?:<on_est>|<je_suis>|(?:mon|ma|mes|notre|nos) <parent> (?:est|sont)|il est"
        "|elle est|ils sont)(?: encore| toujours)? (?:retenu|retenus|retenue|retenues|otage"
        "|otages|enferme|enfermes|enfermee|enfermees|sequestre|sequestres|sequestree"
        "|prisonniers?) (?:contre|pour|par|chez|dans)",
        "rancon (?:de|pour|contre) (?:[0-9]+|mon|ma|mes|moi|nous|lui|elle)",
        "(?:demandent|demande|veulent|exigent|reclament) (?:une |la )?rancon",
        "(?:demandent|demande|veulent|veut|exigent|exige|reclament|ont demande)(?: [^ ]+){0,3}"
        " (?:rancon|argent|l'argent|de l'argent|sous|[0-9]+[^ ]*|euros|dollars|dinars)"
        " (?:a|aupres de) (?:ma|mes|notre|nos|mon) (?:famille|familles|parents|mere|pere"
        "|proches|frere)",
        "(?:pour|avant de) (?:me|nous|le|la|les|l') ?(?:liberer|relacher|laisser partir)",
        "<ils> (?:nous|me|m'|m|le|la|les|l') ?(?:frappe|frappent|bat|battent|torture|torturent"
        "|tabasse"
        "|tabassent|attaque|attaquent|agresse|agressent|viole|violent|tire|tirent|poursuit"
        "|poursuivent|fouette|fouettent|electrocute|electrocutent|brule"
        "|brulent|tape|tapent|cogne|cognent|chicote|chicotent)",
        "(?:sont|est) en train de (?:nous |me |m'|les |le |la |l')?(?:frapper|tabasser|torturer"
        "|tuer|violer|attaquer|battre|taper|chicoter|fouetter)(?! le temps)",
        "en train de (?:nous |me |m')vendre",
        "en train de vendre (?:les |des )?(?:gens|femmes|filles|enfants|migrants|personnes|noirs"
        "|etres humains|hommes)",
        "(?:un homme|un monsieur|quelqu'un|un type|un gars|le voisin|mon voisin|il|ils) qui <hit>"
        " (?:sa|une|la|des|les|son|ses) (?:femme|fille|enfant|enfants|gens|femmes|filles|soeur"
        "|copine|mere|fils|bebe)(?: [^ ]+){0,5} (?:a cote|dans la (?:chambre|piece|maison)"
        " (?:a cote|d'a cote|voisine)|maintenant|en ce moment|ici|elle crie|il crie|ca crie)",
        "(?:tirent|tire) sur (?:nous|moi|le bateau|notre)",
        "(?:il y a|ya|y a|on entend|j'entends) des (?:tirs|coups de feu|balles|explosions)",
        "<ils> (?:attaquent|attaque) (?:le|notre|la) (?:camp|maison|bateau|groupe|voiture|foyer)",
        "(?:des hommes|hommes|quelqu'un) armes?",
        "(?:des hommes|un homme|des gens|quelqu'un) avec (?:des|un|une) (?:couteaux?|armes?"
        "|fusils?|pistolets?|machettes?|kalachnikovs?)",
        "(?:pistolet|arme|fusil|couteau) (?:sur|contre|sous) (?:la|ma|sa|notre) (?:tete|gorge"
        "|tempe|cou)",
        "(?:entre les|aux) mains (?:d'une|de la|des|d'un) (?:milice|passeurs|ravisseurs|kidnappeurs"
        "|trafiquants|bande|gang)",
        "(?:emmene|emmenee|emmenes|pris|prise|fait monter|embarque|embarquee|traine|trainee"
        "|pousse|poussee)(?: [^ ]+){0,3} de force",
        "(?:tirent|tire) (?:sur|dans) (?:nous|moi|le bateau|notre|le camp|la maison|les gens"
        "|tout le monde|la foule)",
        "(?:nous|m'|me|l'|les) ?(?:ont|a) (?:enferme|sequestre|enfermee|enfermes|sequestres)",
        "(?:personne|on|nous|je) ne (?:peut|peux|pouvons) (?:pas |plus )?(?:sortir|partir"
        "|s'enfuir)(?= ?(?:$|[.!,]))",
        "(?:demandent|demande|veulent|veut|exigent) (?:[0-9]+[^ ]*|une rancon)(?: [^ ]+)?"
        " (?:chacun|par personne|par tete|pour chacun)",
        "(?:veulent|demandent|exigent) (?:[0-9]+[^ ]*|de l'argent)(?: [^ ]+){0,2} pour (?:mon"
        "|ma|mes|notre|nos) <parent>",
        "(?:appellent|appelle|ont appele)(?: [^ ]+){0,3} pour (?:de l'argent|la rancon"
        "|une rancon|l'argent)",
        "(?:attrape|arrete|capture|pris|enleve)(?:e|s|es)?(?: [^ ]+){0,4} (?:demandent|veulent"
        "|exigent) (?:[0-9]|de l'argent|une rancon|rancon)",
        "<ils> (?:<hit>|tuent|violent|attaquent) tout le monde",
        "<ils> (?:frappent|battent|torturent|tabassent|violent) (?:les|des) (?:femmes|filles"
        "|enfants|gens) (?:a cote|dans la piece a cote|dans l'autre piece|juste a cote)",
        "<ils> (?:nous|m') ?(?:ont |a )?(?:enferme|enfermes|sequestre|sequestres|enfermee)",
        "(?:nous|me|m') laissent (?:pas|plus) (?:partir|sortir)",
        "<ils> (?:nous |me |m')?(?:retiennent|retient|detiennent|detient|sequestrent|gardent"
        "|enferment)(?: (?:mon|ma|mes|notre|nos) <parent>)?(?! les gens| des gens| les migrants"
        "| (?:mon|ma|mes|notre|nos|leur|leurs|les|le|la) (?:passeports?|papiers|documents"
        "|argent|telephones?|salaire))",
        "<ils> (?:ont|detiennent|tiennent|gardent) (?:mon|ma|mes|notre|nos) <parent>",
        "(?:les )?(?:ravisseurs|kidnappeurs) (?:veulent|demandent|exigent|ont appele|appellent"
        "|menacent|disent|ont dit|nous ont appeles|m'ont appele|ont appele)",
        "<ils> (?:nous|me|m') ?(?:font|fait|vont faire) du mal",
        "<ils> (?:<hit>|tuent|violent|tue|viole) (?:des gens|les gens|tout le monde|les femmes"
        "|les enfants|des femmes"
        "|des enfants|les prisonniers|les migrants)(?: [^ ]+){0,4} (?:ici|maintenant"
        "|en ce moment|devant moi)",
        "<ils> (?:nous|me|m') ?(?:cherchent|traquent|poursuivent)",
        "<ils> (?:frappent|battent|torturent|tabassent|attaquent|agressent|violent|tuent"
        "|menacent) (?:mon|ma|mes|notre|nos) <parent>",
        "(?:recu|pris|prend|a pris) une balle",
        "(?:blesse|blessee|blesses|touche|touchee) par (?:balle|balles|un couteau)",
        "(?:on se fait|je me fais|ils se font|il se fait|elle se fait|on se font|s'est fait"
        "|se sont fait|je me suis fait|on s'est fait|s'est faite)"
        " (?:attaquer|frapper|tabasser|tirer dessus|violer|agresser|torturer|kidnapper"
        "|enlever|poignarder|tuer|battre)",
        "(?:on est|nous sommes|je suis) (?:poursuivi|suivi|traque|encercle)(?:e|s|es)?",
        "(?:peur|crains|crainte) pour (?:ma|nos|notre) vie",
        "(?:ca|sa|ils|on|quelqu'un|un homme|des hommes|des gens|la police) (?:tire|tirent)"
        " (?:partout|dans la rue|dehors|de partout|sur nous|sur les gens|devant)",
        "photo de (?:mon|ma|mes|notre) <parent> (?:attache|attachee|ligote|ligotee|enchaine"
        "|frappe|en sang)",
        "(?:ont|a) (?:ferme|verrouille) la porte (?:a cle|a clef)",
        "(?:essaient|essaie|essayent|tentent|tente) (?:d'entrer|de rentrer|de forcer la porte"
        "|d'enfoncer la porte|de casser la porte)",
        # Armed men at the door, or breaking it.
        "<arme>(?: qui)?(?: (?:sont|est))?(?: (?:la|deja|encore|maintenant))? (?:devant|derriere"
        "|a|contre|sur|pres de|autour de|dans) <porte>",
        "(?:des |les )?(?:miliciens|milices?)(?: (?:sont|est))?(?: (?:la|deja|encore|maintenant))?"
        " (?:devant|derriere|a|dans) (?:notre|ma|mon|nos) (?:porte|maison|chambre|tente|piece"
        "|appartement)",
        "<force>(?: qui)?(?: (?:sont|est) en train de)? (?:tapent|frappent|cognent|tambourinent"
        "|donnent des coups|cassent|defoncent|enfoncent|forcent|tirent|taper|frapper|casser"
        "|defoncer|enfoncer|forcer|essaient d'ouvrir|essayent d'ouvrir|essaie d'ouvrir"
        "|veulent ouvrir|veut ouvrir)(?: (?:a|sur|contre|dans))? <porte>",
        "(?:<ils>|ca|sa)(?: (?:sont|est) en train de)? (?:cassent|casse|casser|defoncent|defonce"
        "|defoncer|enfoncent|enfonce|enfoncer|forcent|force|forcer|fracassent|fracasse) <porte>",
        "(?:essaient|essaie|essayent|tentent|tente) (?:d'ouvrir|de defoncer|d'enfoncer"
        "|de casser|de forcer) (?:la|notre|ma) (?:porte|fenetre)",
        "(?:tapent|frappent|cognent|tambourinent|cassent|defoncent)(?: fort)? (?:a |sur |contre )?"
        "<porte>(?: [^ ]+){0,5} (?:<force>|armes|fusils|couteaux|kalachs?|machettes)",
        "(?:retenu|enleve|kidnappe|kidnape|sequestre|detenu|enferme|pris|prise|attrape"
        "|ravisseurs|kidnappeurs)(?:e|s|es)?(?: [^ ]+){0,10} (?:demandent|veulent|exigent"
        "|reclament|demande|veut)"
        "(?: [^ ]+)? (?:[0-9]+[^ ]*|de l'argent|l'argent|une rancon|la rancon|rancon)",
        "(?:coince|coincee|enferme|enfermee|bloque|bloquee|retenu|retenue|sequestre|sequestree)"
        "(?:s)?(?: [^ ]+){0,5} (?:par|avec|chez) (?:des|les) (?:trafiquants|passeurs|ravisseurs"
        "|kidnappeurs|bandits|miliciens)",
        "(?:mon|ma) <parent> (?:me|nous) (?:frappe|bat|tabasse|viole|torture)",
        "(?<!vagues )(?<!vague )(?<!vent )(?:nous|me) (?:frappent|battent|tabassent|torturent"
        "|violent)",
        "(?:on )?(?:me|nous) (?:garde|gardent) (?:enferme|enfermee|enfermes|prisonniers?)",
        "(?:me|nous|m') ?(?:force|forcent|oblige|obligent) a (?:le |la |les )?(?:suivre|monter"
        "|venir|partir avec|entrer)",
        "incapable de (?:me lever|bouger|marcher|respirer)",
        "(?:m'|me |nous )enferme(?:nt)? (?:chez|dans|ici)",
        "(?:la maison|le camp|la tente|la chambre|le foyer|le batiment)(?: [^ ]+){0,3} (?:brule"
        "|est en feu|prend feu)",
        "(?:nous|les) ont arretes(?: [^ ]+){0,4} (?:ils ont|avec) (?:des )?(?:fusils|armes"
        "|couteaux|kalachnikovs)",
    ),
    injury=(
        "(?:coince|coincee|bloque|bloquee|ecrase|ecrasee) sous (?:le|la|un|une)",
        "(?:gravement|grievement|tres gravement) (?:blesse|blessee|blesses|blessees|brule|brulee)",
        "ne (?:peut|peux) plus bouger",
        "(?:je|il|elle) (?:ne )?(?:peux|peut) plus (?:bouger|marcher|me lever|se lever)",
        "(?:il|elle|ils|elles) (?:ne )?(?:bouge|bougent|respire|respirent) (?:plus|pas)"
        "(?= ?(?:$|[.!,]| a cause| depuis| du tout))",
        "(?:la |ma |sa )?(?:jambe|pied|bras|dos|cheville) (?:est )?cassee?(?! l'an| il y a)",
        "(?:serpent|scorpion) (?:m'a|l'a|nous a|a) (?:pique|mordu)(?:e)?",
        "(?:convulse|fait des convulsions|a des convulsions|fait une crise d'epilepsie)",
        "ne se reveille (?:pas|plus)",
        "(?:il|elle|mon <parent>|ma <parent>|quelqu'un|un enfant|le bebe|mon bebe|une femme"
        "|un homme|une personne|la femme|l'enfant)(?: enceinte| [^ ]+ (?:notre|le|la|ce) [^ ]+)?"
        "(?: est| a| se)? (?:saigne|saignent|perd (?:beaucoup de |du |trop de |le |son )?sang"
        "|inconscient|inconsciente|evanoui|evanouie|s'est evanoui|ne respire (?:plus|pas)"
        "|respire (?:plus|pas|mal|difficilement|tres mal)|accouche|va accoucher"
        "|en train d'accoucher|fait une crise"
        "|mourant|mourante|en train de mourir|ne bouge plus|perd connaissance"
        "|a perdu connaissance|fait un malaise)",
        "(?:on|nous|je|j') ?(?:ne )?(?:peut|peux|pouvons|arrive) (?:plus |pas )?(?:a )?respirer",
        "(?:on|nous|je) (?:respire|respirons) (?:plus|pas)",
        "(?:on|nous|j') ?(?:etouffe|etouffons)",
        "(?:appelez|appelle|envoyez|envoie) (?:une |l')?ambulance",
        "besoin d'une ambulance",
        "(?:besoin d'un|il faut un) medecin (?:vite|urgent|urgence|maintenant|tout de suite)",
        "(?:je|j') ?(?:saigne|perds (?:beaucoup de |du |trop de )?sang)",
        "(?:morsure|mordu|mordue|pique|piquee) (?:de|par un) (?:serpent|scorpion)",
        "(?:ne )?(?:peut|peux|pouvons|peuvent|arrive|arrivent) (?:plus|pas) (?:a )?respirer",
        "(?:perd|perdent) (?:beaucoup de|trop de|enormement de) sang",
        "(?:tres|gravement) malade,?(?: [^ ]+){0,4} (?:ne )?(?:peux|peut) (?:pas|plus) (?:me lever"
        "|se lever|bouger|marcher)",
        "(?:avale|bu|mange) (?:un produit toxique|du poison|de la javel|quelque chose de toxique"
        "|un produit)",
        "(?:vomit|vomi) (?:du sang|beaucoup|sans arret)",
        "(?:evanoui|evanouie|evanouis)(?: a cause)? (?:du soleil|de la chaleur)",
        "(?:est|sont|et) (?:inconscient|inconsciente|inconscients|evanoui|evanouie"
        "|en train de mourir|mourant|mourante|en train d'accoucher)",
        "ne (?:reagit|repond) (?:plus|pas)(?! (?:au telephone|aux messages|a mes messages))",
        "(?:brule|brulante?) de fievre",
        # Labour: the waters broke, contractions, the baby is coming.
        "(?:perd|perdu|vient de perdre|a perdu|perdre) (?:les|ses) eaux",
        "poche des eaux (?:s'est |a |est |vient de )?(?:rompue|rompu|rompre|percee|perce|cassee"
        "|eclatee|eclate|fissuree)",
        "(?:a|ont|avec) (?:des|de fortes|de grosses|de vraies) contractions",
        "(?:les |ses |des )?contractions (?:ont |a |viennent de |vont )?(?:commence|debute"
        "|commencent|sont (?:tres |trop |de plus en plus )?(?:fortes|rapprochees)|tres fortes"
        "|fortes|rapprochees|toutes les [0-9]+)",
        "(?:le|son) travail (?:a |vient de |a deja )?(?:commence|debute)r?(?![^.!?]*(?:chantier"
        "|usine|boulot|bureau|patron|salaire|contrat|heures?|restaurant|champs|lundi|demain"
        "|semaine))",
        "(?:elle|<parent>|la femme|une femme) (?:est|se met|s'est mise) en (?:plein )?travail",
        "(?:le )?(?:bebe|petit) (?:arrive|sort|est en train de sortir|va sortir|pousse)"
        "(?= ?(?:$|[.!,]| et| maintenant| la| on| il| elle| aidez))",
        "(?:avale|bu) (?:beaucoup d'|trop d'|de l')eau de mer",
        "(?:il|elle|mon <parent>|ma <parent>|le bebe|mon bebe|l'enfant|la femme|le petit"
        "|la petite) (?:va|vont) mourir(?! (?:de rire|d'ennui|de honte|de jalousie|de faim"
        "|d'impatience|de peur))(?![^.!,;:]*[?])",
        # A hospital that turns a sick person away.
        "(?:l'hopital|hopital|la clinique|clinique|le centre de sante|le dispensaire|le medecin"
        "|le docteur|les medecins|les docteurs|l'infirmerie)(?: [^ ]+)? (?:a refuse|refuse"
        "|refusent|ont refuse|veut pas|veulent pas|ne veut pas|ne veulent pas|nous a chasses"
        "|nous ont chasses|m'a chasse|m'ont chasse|nous a renvoyes|nous ont renvoyes) (?:de )?"
        "(?:nous |me |m'|le |la |les |l')?(?:soigner|recevoir|accepter|admettre|traiter|examiner"
        "|hospitaliser|faire entrer)(?! (?:sans|avant|apres) (?:rendez-vous|rdv|lundi|demain))"
        "(?![^.!,;:]*[?])",
        # A fever with a sign of danger.
        "(?:fievre|chaud chaud|corps (?:est )?chaud|temperature)(?: [^ ]+){0,6} (?:et )?"
        "(?:il |elle )?(?:tremble|convulse|respire (?:mal|plus|pas)|ne respire|ne se reveille"
        "|ne reagit|reagit plus|ne bouge|bouge plus|ne parle plus|delire|fait (?:la|une|des)"
        " crises?)(?![^.!,;:]*[?])",
        # Very sick and sleeping in the street.
        "(?:dort|dormons|dors|dorment|dormir|vit|vivons) (?:dehors|dans la rue|a la rue"
        "|sous (?:un|les|le) ponts?)(?: [^ ]+){0,8} (?:tres|gravement|trop|vraiment) malade",
        "(?:tres|gravement|trop|vraiment) malade(?: [^ ]+){0,8} (?:on dort|nous dormons|je dors"
        "|dort|dorment) (?:dehors|dans la rue|a la rue)",
        "(?:il|elle|mon <parent>|ma <parent>|le bebe|l'enfant|la femme|le petit|la petite"
        "|quelqu'un)(?: [^ ]+)? fait (?:la|une|des) crises?(?! (?:de nerfs|de colere|de panique"
        "|de jalousie|d'angoisse|de larmes|d'asthme legere))",
        "(?:il|elle|ils|elles|l'enfant|le bebe|mon <parent>|ma <parent>) (?:est|reste|sont|restent)"
        "(?: [^ ]+)? (?:couche|couchee|couches|allonge|allongee|etendu|etendue|par terre|au sol)"
        "(?: la)? sans (?:bouger|reagir|respirer|parler)(?![^.!,;:]*[?])",
    ),
    threat=(
        "(?:essaie|essaye|essaient|essayent|tente|tentent|cherche|cherchent) de (?:me|nous)"
        " (?:tuer|enlever|violer|frapper|kidnapper)",
        "<not_figurative>(?:vont|va|veulent|veut|menacent de|menace de) (?:nous |me |m'|le |la |l'"
        "|les )?(?:tuer"
        "|vendre|violer|torturer)",
        "sinon (?:ils|il|elle|on) (?:vont )?(?:le|la|les|me|nous|l') ?(?:tuent|tue|tuer|vendent"
        "|vendre|tuera|tueront)",
        "(?<!me )(?<!m')(?<!se )(?<!suis )(?:couper|coupent|coupe) (?:le doigt|la main"
        "|l'oreille|un doigt|les doigts|la tete)",
        "(?:peur|crains) (?:qu'(?:il|ils|elle|on)|que (?:mon|ma) <parent>) (?:ne )?(?:me|nous)"
        " (?:tue|tuent|tuer|frappe|fasse du mal|fassent du mal)",
        "<ils> (?:nous|me|m') ?(?:menacent|menace) (?:avec|de) (?:des |une |un )?(?:armes?"
        "|fusils?|couteaux?|pistolets?|mort)",
    ),
    harm=(
        "<ils> (?:ont |a |m'ont |nous ont |l'ont |les ont )?(?:kidnappe|kidnape|enleve"
        "|capture|sequestre|pris en otage|vendu)(?:e|s|es)?(?: (?:mon|ma|mes|notre|nos)"
        " <parent>)?",
        "(?:<je_suis>|<on_est>|j'ai ete|jai ete|on a ete|nous avons ete|il a ete|elle a ete"
        "|ils ont ete|(?:mon|ma|mes|notre|nos) <parent> (?:a ete|ont ete|est|sont)|il est"
        "|elle est|ils sont)(?: encore| toujours)? (?:kidnappe|kidnape|enleve|sequestre"
        "|pris en otage|prise en otage|vendu|viole|frappe|torture|poignarde|blesse|agresse"
        "|tabasse|battu|attaque)(?:e|s|es)?",
        "<ils> (?:m'ont|nous ont|l'ont|ont) (?:frappe|battu|tabasse|torture|poignarde"
        "|tire dessus|viole|agresse|attaque)(?:e|s|es)?",
        "(?:ont|a) tire sur (?:un|une|des|deux|trois|[0-9]+|quelqu'un)",
        "(?:sont entres|est entre|ont fait irruption|a fait irruption) (?:dans|chez)(?: [^ ]+){0,3}"
        " (?:et|,) (?:frappent|frappe|battent|tirent|attaquent|tabassent)",
    ),
    danger=(
        "(?:<on_est>|<je_suis>|(?:ma|notre|nos|mes) vies? (?:est|sont)|(?:mon|ma|mes)"
        " <parent> (?:est|sont)) en (?:grand |gros |serieux )?(?:danger|detresse|difficulte)",
        "(?:on|nous|je) (?:va|vais|allons) (?:tous )?mourir",
        "(?:on|nous) (?:meurt|mourons)",
        "(?:on est|nous sommes) en train de mourir",
        "<on_est> (?:perdus|perdu|encercles|pieges|piege|caches)",
        "(?:on|nous|je) (?:ne )?(?:sait|savons|sais) (?:pas|plus) ou (?:on est|nous sommes"
        "|je suis|aller)",
        "(?:aucune idee|on ne sait pas|on sait pas|je ne sais pas) (?:d'ou|ou) (?:on se trouve"
        "|on est|nous sommes|je suis)",
        "sans savoir ou (?:aller|on est|nous sommes)",
        "toujours personne(?= ?(?:$|[.!,]))",
        "(?:aucune voiture|personne|aucun vehicule) n'est (?:passe|passee|venu|venue)",
        "(?:est|sont) en flammes",
        "(?:on|nous) (?:gele|gelons|meurt de froid|mourons de froid)",
        "(?:on est|nous sommes) geles",
        "(?:il y a|ya|y a|y'a|il ya) le feu",
        "(?:il y a|ya|y a) un incendie",
        "(?:est|sont) en feu",
        "au feu",
        "(?:ils|il|elle|tout le monde) (?:nous|m') ?(?:a|ont) (?:abandonne|laisse|lache|jete"
        "|largue)(?:e|s|es)?",
        "(?:les )?(?:garde[- ]?cotes?|gardes[- ]?cotes|secours|personne) (?:ne )?(?:vient"
        "|viennent|arrive|arrivent|repond|repondent) (?:pas|toujours pas)",
        "personne (?:n'est|est) (?:venu|venue|revenu|arrive)",
        "(?:un homme|quelqu'un|des hommes|ils|il) (?:me|nous) (?:suit|suivent|poursuit"
        "|poursuivent)(?: partout| depuis)?",
    ),
    cry=(
        "au secours",
        "au secour",
        "au secoure",
        "o secour",
        "o secours",
        "ausecours",
        "(?:^|(?<=[.!?,;:] )|(?<=[.!?,;:])|(?:svp|stp|s'il vous plait|vite|pitie|quelqu'un) )"
        "(?:aidez|aide)[- ]?(?:nous|moi|nou|moa)?<tail>",
        "aidez[- ]?(?:nous|moi|nou|moa)<tail>",
        "^(?:suicide|suicidaire)[.!]*$",
        "a l'aide",
        "a laide",
        "alaide",
        "a l aide",
        "(?:sauvez|secourez)[- ]?(?:nous|moi)",
        "(?:^|on a |j'ai |jai |nous avons |on a vraiment |j'ai vraiment |j'ai tres )"
        "besoin d'aide<tail>",
        "(?:^|c'est |c est |cest |il y a )(?:une )?urgence(?= ?(?:$|[.!,]))",
        "^urgence",
        "c'est (?:tres )?urgent",
        "(?:venez|venez vite|vite venez)(?: nous)?(?: aider| chercher| sauver| vite)?"
        "(?= ?(?:$|[.!,]))",
    ),
    plea=(
        "(?:pouvez|pourriez|peux|pourrais|vous pouvez|tu peux|quelqu'un peut"
        "|quelqu'un pourrait)(?:[- ](?:vous|tu))? (?:nous|m'|m|me) ?(?:aider|sauver"
        "|secourir)",
        "(?:batterie|telephone|portable)(?: est| a|:)? (?:presque |bientot |va )?(?:[0-9]{1,2}"
        " ?%|faible|morte|vide|a plat|s'eteindre|mourir|finie|presque finie)",
        "[0-9]{1,2} ?% (?:de )?batterie",
        "(?:tombe|tombee|tombes) (?:du|d'un|de la|d'une) (?:camion|voiture|pick-?up|4x4|vehicule)",
        "(?:les |des )?(?:enfants|gens|personnes|femmes|bebes?)(?: sur (?:notre|le|la) <bateau>)?"
        " (?:sont|est) (?:tres |gravement )?(?:malades?|faibles?|en train de mourir"
        "|inconscients?)",
        "(?:boivent|buvons|bois|boit|boire) (?:de l'eau sale|de l'eau de mer|notre urine"
        "|leur urine|de l'eau salee|de l'eau du radiateur)",
        "(?:ils|elles|il|elle) (?:sont|est) (?:perdus?|perdues?|egares?|egarees?)(?! (?:de|du"
        "|dans les papiers|avec))",
        "(?:chauffeur|passeur|guide)(?: [^ ]+){0,10} (?:mais|et) (?:ca|sa) fait (?:[0-9]+|deux"
        "|trois|quatre|plusieurs) (?:jours|heures|nuits)",
    ),
    sea_context=(
        "bateau",
        "bateaux",
        "bato",
        "barque",
        "zodiac",
        "zodiak",
        "pneumatique",
        "pirogue",
        "canot",
        "embarcation",
        "navire",
        "radeau",
        "mer",
        "ocean",
        "vagues",
        "garde[- ]?cotes?",
        "gardes[- ]?cotes",
        "naufrage",
        "coule",
        "coulons",
        "couler",
        "noie",
        "noient",
        "noyer",
        "noyade",
        "gilets? de sauvetage",
        "derive",
        "lampedusa",
        "malte",
        "canaries",
        "mediterranee",
        "dans l'eau",
        "a l'eau",
        "capitaine",
        "au large",
    ),
    desert_context=(
        "desert",
        "sahara",
        "sable",
        "dunes?",
        "soif",
        "deshydrat[a-z]*",
        "chauffeur",
        "pas d'eau",
        "plus d'eau",
        "sans eau",
        "agadez",
        "dirkou",
        "sebha",
        "koufra",
        "tenere",
        "4x4",
        "niger",
        "tchad",
        "mali",
        "algerie",
        "tamanrasset",
        "arlit",
    ),
    information=(
        "asile",
        "papiers",
        "visas?",
        "dossier",
        "demande",
        "recours",
        "informations?",
        "renseignements?",
        "titre de sejour",
        "sejour",
        "regroupement familial",
        "etudes",
        "etudier",
        "emploi",
        "travail",
        "bourse",
        "avocat",
        "empreintes",
        "dublin",
        "ofpra",
        "cnda",
        "prefecture",
        "rendez-vous",
        "rdv",
        "langue",
        "menu",
        "questions?",
        "procedure",
        "formulaire",
        "retrouver",
        "chercher ma",
        "chercher mon",
        "disparus?",
        "cours",
        "ecole",
        "inscription",
        "aller en",
        "venir en",
        "voyager",
        "partir en",
        "emigrer",
        "legalement",
        "legales?",
        "quel pays",
        "choisir",
        "choix",
        "decider",
        "garagiste",
        "hopital",
        "medecin",
        "docteur",
        "pharmacie",
        "clinique",
        "devoirs?",
        "cherche (?:mon|ma|mes)",
        "garage",
        "mecanicien",
        "reparer",
        "reparation",
        "(?:me|se|nous|vous|te|les|la|le|l') ?proteger",
        "eviter",
        "conseils?",
        "precautions?",
        "prevoir",
    ),
    not_now=(
        "si",
        "s'il(?! vous plait| te plait)",
        "s'ils",
        "et si",
        "meme si",
        "en cas(?: de| d')?",
        "^(?:peut|peuvent|va-t-il|vont-ils|est-ce)",
        "au cas ou",
        "imaginons",
        "supposons",
        "(?:que faire|que se passe[- ]t[- ]il|qu'est[- ]ce qui se passe|comment faire"
        "|comment reagir|on fait quoi) (?:quand|lorsque|apres)",
        "lorsque",
        "comment (?:faire pour|appeler|contacter|survivre|savoir|reconnaitre|eviter"
        "|se proteger|on fait pour)",
        "est[- ]ce qu(?:e|'[^ ]*)",
        "est[- ]il vrai",
        "est[- ]ce vrai",
        "c'est vrai qu(?:e|'[^ ]*)",
        "videos?",
        "reportage",
        "film",
        "article",
        "photos?",
        "infos",
        "informations",
        "journal",
        "tele",
        "television",
        "(?:que )?veut dire",
        "signifie",
        "c'est quoi",
        "qu'est[- ]ce qu'(?:un|une)",
        "risques? de",
        "possible de",
        "peut[- ]on",
        "peut[- ]il",
        "peuvent[- ]ils",
        "combien",
        "pourquoi",
        "(?:en|a|de|dans|depuis|pour) quel(?:le)?s? (?:annee|an|date|jour|mois|epoque|siecle)",
        "quelle (?:annee|date|epoque)",
        "(?:depuis|c'etait|c etait|c'est arrive|ca s'est passe|ca a eu lieu) quand",
        "quand est[- ]ce qu(?:e|'[^ ]*)",
        "c'est vrai",
        "(?:est[- ]ce|est[- ]il|c'est|c est) (?:que c'est )?vrai",
        "vrai que",
        "(?:est[- ]il|c'est|c est|est[- ]ce) (?:possible|frequent|normal|courant|vrai|probable"
        "|dangereux|risque) qu(?:e|'[^ ]*)",
    ),
    reported=(
        "il parait qu(?:e|'[^ ]*)",
        "d'apres (?:le|la|les|lui|eux|mon|ma|ses)(?: [^ ]+)?",
        "on dit qu(?:e|'[^ ]*)",
        "les gens disent(?: qu(?:e|'[^ ]*))?",
        "j'ai entendu(?: dire)?(?: qu(?:e|'[^ ]*))?",
        "^(?:ils disent|ils ont dit)(?: que| qu'[^ ]*)?",
        "on m'a dit qu(?:e|'[^ ]*)",
        "selon (?:le|les|lui|eux|mon|ma|ses|leur)(?: [^ ]+)?",
        "on (?:m'|nous )?a (?:dit|assure|promis|garanti|jure)(?: que| qu'[^ ]*)?",
        "(?:m'a|nous a|m'ont|nous ont|a|ont|me|nous) (?:raconte|racontait|racontaient)"
        "(?: que| qu'[^ ]*)?",
    ),
    claim=(
        "(?:le |les |un |une |notre |nos |mon |ce |leur )?(?:passeurs?|coxeurs?|cokseurs?"
        "|coxers?|intermediaires?|organisateurs?|trafiquants?|rabatteurs?|convoyeurs?|chairman"
        "|boss|connexion|samsar)(?: [^ ]+){0,4} (?:(?:m'|nous |leur |lui )?(?:a|ont) (?:dit"
        "|assure|jure|promis|affirme|garanti|raconte|explique)|(?:me |nous )?(?:dit|disent"
        "|assure|assurent|jure|jurent|promet|promettent|affirme|affirment|pretend|pretendent"
        "|garantit|garantissent))(?: que| qu'[^ ]*)?",
    ),
    long_ago=(
        "l'an dernier",
        "l'annee derniere",
        "l'an passe",
        "l'annee passee",
        "il y a (?:[0-9]+|deux|trois|quatre|cinq|six|quelques|plusieurs) (?:ans|mois)",
        "le mois dernier",
        "en (?:19|20)[0-9][0-9]",
        "chaque (?:annee|mois|semaine)",
        "tous les (?:ans|mois)",
        "toutes les semaines",
        "par an",
        "quand j'etais (?:petit|petite|enfant|jeune)",
        "autrefois",
        "dans le passe",
        "quand (?:j'ai|on a|nous avons) (?:traverse|quitte)",
        "pendant (?:mon|notre) voyage",
        "(?:j'ai|on a|il a|elle a|ils ont) survecu",
    ),
    ongoing=(
        "toujours",
        "encore",
        "maintenant",
        "en ce moment",
        "actuellement",
        "aujourd'hui",
        "ce soir",
        "ce matin",
        "hier",
    ),
    alarm_sea=(
        "(?<!n'a )(?<!n'ont )<not_after_neg>coule<not_neg>",
        "<not_after_neg>coulent<not_neg>",
        "<not_after_neg>coulons<not_neg>",
        "<not_after_neg>couler<not_neg>",
        "se noie<not_neg>",
        "se noient<not_neg>",
        "noyons<not_neg>",
        "<not_after_neg>chavire<not_neg>",
        "<not_after_neg>chavirer<not_neg>",
        "a la derive",
        "prend l'eau",
        "se degonfle",
        "degonfle",
    ),
    alarm_desert=(
        "soif(?! de)",
        "deshydrates?",
        "deshydratees?",
        "abandonnes",
        "perdus dans le desert",
        "(?<!avait )(?<!n'avait )(?<!navait )(?<!prendre )(?<!faut )plus <de_l_eau>(?! que)",
    ),
    alarm_general=(
        "kidnappee?s?",
        "otages?",
        "rancon",
        "saigne(?! (?:un peu|legerement|a peine|pas|plus|du nez))",
        "saignent",
        "inconsciente?",
        "tirs",
        "coups de feu",
        "poignardee?",
        "torturent",
        "attaquent",
        "sequestree?s?",
        "accouche",
        "respire plus",
    ),
    question=(
        "que",
        "qu'[^ ]*",
        "quoi",
        "comment",
        "pourquoi",
        "combien",
        "quand",
        "quel",
        "quelle",
        "quels",
        "quelles",
        "ou",
        "qui",
        "est-ce",
        "est ce",
        "est-il",
        "est-elle",
        "y a-t-il",
        "peut-on",
        "peux",
        "pouvez",
        "faut-il",
        "c'est quoi",
        "dites",
        "je voudrais savoir",
        "je veux savoir",
        "savez-vous",
    ),
    tag=(
        r"c'est (?:vrai|juste|exact)(?: (?:ca|ou pas|ou non|ou faux))?(?= ?\??$)",
        r"(?:est[- ]ce|est[- ]il) vrai(?= ?\??$)",
        r"vrai ou (?:faux|pas)(?= ?\??$)",
        r"(?:si |en cas de |en cas d')(?!(?:vous|tu|possible|si)(?![a-z]))[^?]+\?$",
        r"(?:vraiment|vrai|serieux)(?= ?\?$)",
        r"(?:en|a|de|depuis|dans) quel(?:le)?s? (?:annee|an|date|jour|mois|epoque)(?= ?\??$)",
        r"(?:c'etait|c'est arrive|ca s'est passe|ca a eu lieu) quand(?= ?\??$)",
    ),
    over=(
        "(?:je suis|on est|nous sommes|il est|elle est) (?:maintenant )?(?:en securite|sauve"
        "|sauves|sauvee|libre|libres|libere|liberes)",
        "(?:ils|on) (?:m'ont|nous ont|m'a|nous a) (?:libere|liberee|liberes|sauve|sauves|secouru"
        "|secourus|relache|relaches)",
        "(?:j'ai|on a|nous avons) ete (?:libere|liberes|liberee|sauve|sauves|secouru|secourus"
        "|relache|relaches)",
        "(?:je me suis|on s'est|nous nous sommes) (?:echappe|echappes|enfui|enfuis|sauve|sauves)",
        "(?:alors|donc) (?:on est|je suis|nous sommes) partis?",
        "maintenant (?:il|elle|ils|elles|je|on) (?:vit|vivent|vis|travaille|habite|habitent|est"
        " en securite)",
        "maintenant (?:il|elle|ils|elles|je|on) (?:est|sont|suis|vit|vivent|habite) (?:en|au|aux"
        "|a) (?:france|italie|espagne|allemagne|europe|belgique|suisse|angleterre|grece|securite)",
        "a paye la rancon",
        "(?:il|elle|ils|elles) (?:a|ont) ete (?:libere|liberee|liberes|liberees|relache"
        "|relachee|relaches|secouru|secourue|secourus|sauve|sauvee|sauves)",
    ),
    vague=(
        "peur",
        "cauchemars?",
        "reves?",
        "inquiete?",
        "souviens",
        "souvenirs?",
        "trauma",
        "m'a dit",
        "m'ont dit",
        "dit que",
        "dit qu'[^ ]*",
        "disent",
        "entendu",
        "rumeurs?",
        "apparemment",
        "parait",
        "souvent",
        "parfois",
        "d'habitude",
        "les gens",
        "des gens",
        "migrants",
        "refugies",
        "risques?",
        "dangers?",
        "dangereux",
        "dangereuse",
        "beaucoup de",
        "classement",
        "match",
        "foot",
        "football",
        "equipe",
        "championnat",
        "ligue",
        "a dit",
        "ont dit",
        "nous a dit",
        "assure",
        "promis",
        "jure",
        "selon",
        "d'apres",
        "raconte",
        "racontait",
    ),
    fear=(
        "(?:peur|crains|craint|craignons|craignez|craignent|crainte|redoute|redoutons|inquiet"
        "|inquiete|inquiets|inquietes|m'inquiete|nous inquiete|angoisse|angoissee|terrifie"
        "|terrifiee|terrifies|effraye|effrayee|stresse|stressee|trouille|flippe|flippee)"
        "(?: [^ ]+){0,2}? (?:que"
        "|qu'[^ ]*|de|d'[^ ]*)",
    ),
    now=(
        "maintenant",
        "en ce moment",
        "actuellement",
        "a l'instant",
        "tout de suite",
        "la tout de suite",
        "d'un moment a l'autre",
        "d'une minute a l'autre",
        "parce qu(?:e|'[^ ]*)",
        "car",
        "puisque",
        "vu qu(?:e|'[^ ]*)",
    ),
)


# --- Arabic (standard and spoken: Libyan, Egyptian, Sudanese, Syrian, Moroccan, Tunisian) ---

_AR_KIN = _alt(
    "اخوي",
    "اخويا",
    "اخي",
    "خويا",
    "خوي",
    "اخونا",
    "اختي",
    "ختي",
    "اختنا",
    "ابني",
    "ولدي",
    "بنتي",
    "ابنتي",
    "زوجي",
    "جوزي",
    "راجلي",
    "زوجتي",
    "مراتي",
    "مرتي",
    "امي",
    "ابوي",
    "ابويا",
    "ابي",
    "صاحبي",
    "صديقي",
    "صاحبتي",
    "صديقتي",
    "ولادي",
    "اولادي",
    "اطفالي",
    "عيالي",
    "ابن عمي",
    "بنت عمي",
    "خالي",
    "عمي",
    "عيلتي",
    "عائلتي",
    "عايلتي",
    "اهلي",
    "اسرتي",
    "عيلتنا",
    "اهلنا",
    "(?:ود|ولد|ابن|بنت) (?:عمي|خالي|خالتي|عمتي|اختي|اخوي|اخي)",
    "رفيقي",
    "رفيقتي",
    "صحبي",
    "خويي",
    "ختي",
    "بابا",
    "ماما",
    "خالتي",
    "عمتي",
    "جدي",
    "جدتي",
    "نسيبي",
    "طفلي",
    "طفلتي",
    "رضيعي",
    "رضيعتي",
    "صغيري",
    "صغيرتي",
    "وليدي",
    "بنيتي",
)

# What "kills" someone only in a figure of speech ("الانتظار عم يقتلني", the waiting is
# killing me): "الحر" and not "حر", which would also end "بحر" (the sea).
_AR_FIGURATIVE = "".join(
    f"(?<!{noun} )(?<!{noun} عم )(?<!{noun} قاعد )"
    for noun in (
        "انتظار",
        "الحر",
        "شوق",
        "تفكير",
        "ملل",
        "امتحان",
        "شغل",
        "جوع",
        "وجع",
        "صداع",
        "غربه",
        "زهق",
        "ايجار",
        "روتين",
        "قلق",
        "ضحك",
    )
)

AR = Lexicon(
    arabic_script=True,
    words={
        "not_figurative": _AR_FIGURATIVE,
        # After "I don't want to live": the end of the thought, not a place ("in Italy").
        "life_end": "(?= ?(?:$|[.!?,;:]|(?:بعد|تاني|هيك|كده|كدا|هكا|هكذا|اصلا|خلاص|ابدا|<al>دنيا"
        "|<al>حياه|في <al>دنيا|في <al>حياه|<al>عيشه|اكتر|اكثر|لحظه|يوم|بكرا|بكره|غدا|غدوه|الصبح"
        "|و(?:بدي|ابي|نحب|عايز|عاوز|اريد|نبي|بغيت|حاب|ارتاح|نرتاح|اموت|نموت|خلاص|تعبت|زهقت"
        "|مليت))(?![^ ,.!?;:])))",
        # A heart bleeds for others only in a figure of speech (even as "قلبي بينزف").
        "not_heart": "(?<!قلبي )(?<!قلبنا )(?<!قلبي [وفبلكع])(?<!قلبنا [وفبلكع])",
        # A noun's clitics: conjunction, preposition and article (بال، وال، لل، ...).
        # ... and a demonstrative (هالحياه: this life).
        "al": "(?:[وفبكع]?ال|لل|[وفبكع]?هال|[وفبلكع])?",
        "al_req": "(?:[وفبكع]?ال|لل|[وفبكع]?هال)",
        "we": _alt("احنا", "نحن", "نحنا", "حنا", "احني", "انحنا"),
        "boat": "<al>(?:قارب|مركب|بلم|زودياك|شقف|باطو|بطو|لنش|بابور|بوطي|زورق|فلوكه|فلوكا"
        "|فلوكت|سفينه|سفينت|باتيرا|بطيره|بطيرت|طراد|شختوره|لانش)(?:نا|هم|ه|ها|كم)?"
        "(?: <al>(?:مطاطي|مطاطيه|خشبي|خشبيه|صغير|صغيره|كبير|كبيره|قديم|قديمه))?"
        "(?: (?:تبعنا|تبعهم|تبعه|تبعها|تاعنا|تاعهم|ديالنا|ديالهم|متاعنا|متاعهم|بتاعنا|بتاعهم"
        "|بتاعتنا|بتاعتهم|حقنا|حقهم))?",
        "money": "<al>(?:فلوس|مصاري|مصريات|قروش|دراهم|بيزات|مال|فديه|دولار|دولارات|دينار"
        "|يورو|الاف|الف|مبلغ|ملاين|ملايين|مليون)",
        "want": "(?:طالبين|بيطلبوا|بيطلبو|يطلبوا|يطلبو|كيطلبو|يطلبون|طلبوا|طلبو|بدهم|بدهن"
        "|عايزين|عاوزين|يبوا|يبو|يبون|يبغون|يبغوا|يريدون|يريدوا|يحبو|يحبوا|باغيين|دايرين"
        "|يطالبون|يطالبوا|حابين|بغاو|كيبغيو)",
        "water": _alt("ماء", "مي", "ميه", "مياه", "ماي", "مايه", "مويه"),
        "the_water": "<al_req>(?:ماء|ما|مي|ميه|مياه|ماي|مايه|مويه)(?: <al>(?:بارد|بارده|ساقع"
        "|ساقعه|مالح|مالحه))?",
        "engine": "<al>(?:محرك|موتور|ماتور|موطور|ماطور|مطور|موتير|مكينه|ماكينه|مكنه|ماكينا)(?:نا)?",
        "aux": "(?:(?:عم|قاعد|قاعده|قاعدين|راه|راهو|راهي|راهم|راني|رانا|بدا|بدات|بلش|بلشت"
        "|باش|رح|راح|رايح|رايحه|غادي|غاديه|غادا|داير|دايره|كاد|كادت|علي وشك|خلاص|تقريبا"
        "|دا|دي)"
        " )*",
        "kin": _AR_KIN,
        "person": _alt(
            "<kin>",
            "واحد",
            "وحده",
            "شخص",
            "حد",
            "حدا",
            "حدي",
            "طفل",
            "الطفل",
            "ولد",
            "الولد",
            "بنت",
            "البنت",
            "بيبي",
            "البيبي",
            "رضيع",
            "الرضيع",
            "مره",
            "امراه",
            "الست",
            "راجل",
            "رجل",
            "الراجل",
            "الرجل",
            "مريض",
            "المريض",
            "هو",
            "هي",
            "شاب",
        ),
        "people": _alt(
            "ناس",
            "الناس",
            "في ناس",
            "فيه ناس",
            "اشخاص",
            "نفرين",
            "شخص",
            "واحد",
            "حد",
            "حدا",
            "طفل",
            "ولد",
            "بنت",
            "مره",
            "امراه",
            "راجل",
            "رجل",
            "ولاد",
            "اطفال",
            "عيال",
            "<kin>",
            "كثير من الناس",
            "نص الناس",
            "بعض الناس",
            "ناس كتير",
        ),
        "driver": "<al>(?:سواق|سايق|سائق|شوفير|شيفور|شوفور|دريفر|مهرب|مهربين|مهربون|قبطان"
        "|سمسار|وسيط|كونكسيون"
        "|ريس|كابتن|دليل|قايد|مهربون|مهربو)",
        "car": "<al>(?:عربيه|سياره|شاحنه|تويوتا|لاندكروزر|لاند كروزر|هايلوكس|هيلوكس|بيكب"
        "|بيك اب|جيب|ترك|لوري|تراك|كات كات|طوموبيل|طونوبيل|كاميو|كاميون|موتر|عربيتنا"
        "|سيارتنا|شاحنتنا|كرهبه|دفار|بوكس|هايس|بيكاب)",
        "desert": "(?:(?:في|ف|ب|وسط|بنص|بوسط|جوه|جوا|في نص|في وسط|في قلب) ?)?(?:<al>(?:تينيري"
        "|تنيري|ديزير|ديسير|خلا|خلاء)|"
        "(?:نص |وسط |قلب )?<al>(?:صحر(?:ا|اء|ي)|رمل|رمال|رمله))",
        # After "dying": a figure of speech (of laughter, of hunger; "يموت عليها": he is crazy
        # about her).
        "fig_tail": "(?! (?:(?:من|م) )?<al>(?:ضحك|فرحه|شوق|جوع|تعب|زهق|ملل|غيظ|نوم|قهر|غيره"
        "|سخانه|حشمه|خوف|فضول)(?![^ ,.!?;:])| (?:علي|ع|عليه|عليها|عليك|عليكي|عليكم|فيه|فيها"
        "|فيك|فيكي|فيكم)(?![^ ,.!?;:]))",
        # "I want", first person (where it is used, a negation before it is excluded).
        "i_want": "(?:بدي|ودي|عايز|عاوز|عايزه|عاوزه|ابي|ابغي|ابا|اريد|نبي|نحب|بغيت|باغي|باغيه"
        "|نبغي|حابب|حابه|حاب|داير|دايره|اشتي|نشتي|بدنا|عايزين|نبوا|حابين|نفسي|اتمني|نتمني"
        "|بتمني|اود|خاطري)",
        # This world, this life (not "the life here, in the camp"); "عيشه" is also a way of
        # living, so only verbs of rest and of ending take it.
        "this_world": "(?:(?:هاد|هاذ|هذي|هذه|هادي|هاذي|هاي|هذا) )?<al>(?:دنيا|حياه)(?: (?:هاد|هادي"
        "|هذي|هذه|هاذي|دي|ديه|ده|هاي))?<not_life_here>",
        "this_life": "(?:(?:هاد|هاذ|هذي|هذه|هادي|هاذي|هاي|هذا) )?<al>(?:دنيا|حياه|عيشه)(?: (?:هاد"
        "|هادي|هذي|هذه|هاذي|دي|ديه|ده|هاي))?<not_life_here>",
        # ... and not "this life, here" or "this life, and go to Europe".
        "not_life_here": "(?! (?:هون|هنا|هنايا|(?:في|ف|ب|بال|فال) ?(?!<al>دنيا)[^ ]+)"
        "| ?و ?(?:ن|ا|ب)?"
        "(?:مشي|روح|سافر|هاجر|حرق|طلع|قطع|بدا|ابدا|لقي|دور|رجع)[^ ]*)",
        "self": "(?:نفسي|روحي|حالي|راسي)",
        # Oneself or one's own body, arms, wrists, legs, skin.
        "self_body": "(?:نفسي|روحي|حالي|راسي|ذاتي|جسمي|جسدي|بدني)",
        "own_body": "(?:ايدي|يدي|ايديا|يديا|ايديي|يداي|ايداي|دراعي|ذراعي|دراعيا|ذراعيا|ذراعاي"
        "|دراعاتي|ذراعاتي|زندي|زنودي|ساعدي|معصمي|معاصمي|رسغي|رجلي|رجليا|رجلاي|رجليي|فخذي|فخدي"
        "|فخادي|افخاذي|جلدي|بطني|صدري|عروقي|شراييني|جسمي|جسدي|بدني)",
        "blade": "<al>(?:موس|امواس|شفره|شفرات|لامه|زاج|زجاج|قزاز|ازاز|قزازه|سكين|سكينه|سكاكين"
        "|كتر|كاتر)",
        # A verb in the first person: "اجرح", "نجرح" (Maghreb), "بجرح", "كنجرح", "هجرح", "سأجرح".
        "i_pre": "(?:[انبحه]|بن|كن|كان|سا)",
        # What a wound by accident is about: cooking, work, a fall, a fence; and "أقطع إيدي
        # لو ..." (I bet my hand that ...).
        "not_accident": "(?![^.!?]*(?:وانا|وانايا|وقت ما|وقتما|بالغلط|بالخطا|غلط|بدون قصد"
        "|من غير قصد|بلا قصد|بلا ما نقصد|في الشغل|فالخدمه|في الخدمه|فالشغل|بالشغل|بالسلك"
        "|في السلك|فالسلك|<al>سياج|طحت|وقعت|<al>مطبخ|<al>بصل|نطيب|اطبخ|بطبخ|كنطيب|<al>شمس"
        "|<al>مكواه|<al>زيت))(?! (?:لو|اذا|ان|انه|انو|الا|ولا|وما|قبل)(?![^ ,.!?;:]))",
        # Tormenting oneself with the papers, the waiting: a figure of speech.
        "not_figurative_pain": "(?! (?:مع|ب|في|ف|علي|ع)? ?<al>(?:اوراق|ورق|انتظار|شغل|خدمه"
        "|تفكير|دراسه|قرايه|ملف|حب|فاضي|غربه)(?![^ ,.!?;:]))(?! (?:بلا|بدون) فايده)",
        # Verbs of going back home ("نرجع", "نولي", "نروح"), and where one goes back only in a
        # figure of speech (to God, to the dust) or in a coffin.
        "go_back": "(?:<i_pre>?(?:رجع|رجعو|رجعوا|عود|سافر)|(?:[انب]|بن|كن)(?:روح|روحو|روحوا)"
        "|نولي|نوليو|نولو|نعاود نرجع|<al>(?:عوده|رجوع|رجعه))",
        "home": "(?!(?:و|ما|مش|لا|ولا)(?![^ ,.!?;:]))(?!(?:ل|لل|ال|عند |الي |ع|علي )?"
        "(?:الله|لله|ربي|ربنا|خالقي|التراب|تراب|القبر|قبري|الاخره|اخره|الجنه|جنه|السما|السماء"
        "|سما|جنب ربي)"
        "(?![^ ,.!?;:]))[^ ,.!?;:]+(?![^.!?,]* (?:في|ف|ب) ?<al>(?:صندوق|تابوت|كفن|نعش))",
        "how": "(?:كيف|كيفاش|كيفاه|ازاي|شلون|كيفيه|شنو|شو|ايش|وش|واش|ماذا|اشنو|شن|اش|ايه"
        "|شنهو|شنيه)",
        # How many, when: every dialect.
        # ("جم" is also "they came" in Egypt: only before what is counted).
        "how_many": "(?:قداش|قداه|قديه|شحال|اشحال|كام|بكام|شكد|اشكد|قد ايش|قد ايه|اد ايه"
        "|اديش|جم (?=واحد|شخص|نفر|زول|قارب|مركب|سفينه|بلم|مهاجر|لاجئ|نفس|مره|عدد|ناس|انسان"
        "|حد|ولد|طفل|بني|سنه))(?! (?:يوم|ساعه|ايام|ساعات|نهار|ليله|ليالي|هادي|هذي|من نهار"
        "|من يوم|وحنا|واحنا)(?![^ ,.!?;:]))",
        "when": "(?:(?:ا|اي|ي)?متي|امتا|ايمتا|امتين|وقتاش|فوقاش|شوكت|(?:في |ف)?(?:اي|اياه"
        "|انهو|انهي|اشمن|ياتو|انو) (?:سنه|عام|تاريخ|يوم)|(?:سنه|عام) (?:كم|كام|قداش|شحال"
        "|قديش))",
        # Not after a negation, nor a mere possibility ("ما رح يغرق", "لا يمكن ان يغرق").
        "not_neg": "(?<!ما )(?<!مش )(?<!مو )(?<!مب )(?<!لا )(?<!لن )(?<!لم )(?<!محال )"
        "(?<!مستحيل )(?<!ما رح )(?<!مش رح )(?<!مو رح )(?<!ما راح )(?<!مش راح )(?<!مارح )"
        "(?<!ماراح )(?<!غاديش )(?<!ماشي غادي )(?<!مشي غادي )(?<!ماهوش غادي )(?<!يمكن ان )"
        "(?<!يمكن )(?<!ممكن )(?<!ممكن ان )(?<!ما [بحهكتد])(?<!مش [بحهكتد])(?<!لا [بحهكتد])",
        # Who says the boat is safe: the smuggler and his people.
        "speaker": "<al>(?:مهرب|مهربين|مهربه|كوكسور|كوكسير|كوكسورات|كونكسيون|كونيكسيون|سمسار"
        "|سماسره|حراك|حراق|حراكه|وسيط|منظم|مقاول|تاجر|تجار)",
        "said": "(?:قال|قالو|قالوا|قالي|قاللي|قالنا|قال لي|قال لنا|قال لينا|قالولي|قالولنا"
        "|قالوا لنا|قالو لنا|قالوا لي|قالو لي|قلي|قللي|قلنا|[كبي]?[يت]قول(?:و|وا|ون)?"
        "(?: (?:لي|لنا|لينا))?|عم [يت]قول(?:و|وا)?|[كبي]?[يت]كول(?:و|ون)?|كال(?:ي|نا|و|وا|ولي"
        "|ولنا)?|اكد(?:لنا|لي| لنا| لي)?|اكدو|اكدوا|وعد(?:نا|ني)|حلف(?:لنا|لي)?|[كبي]?[يت]حلف"
        "|اخبر(?:نا|ني)|حكا(?:لي|لنا)|حكي(?:لي|لنا)|[كبي]?[يت]حكي|زعم|[يت]زعم|ادعي|[يت]دعي"
        "|طمن(?:نا|ي|ا)|[بيك]?[يت]طمن(?:ا|نا))",
        # Armed men (not guards, soldiers or police at their post: only when they break in).
        "armed": "(?<!حراس )(?<!الحراس )(?<!حارس )(?<!الحارس )(?<!شرطه )(?<!الشرطه )(?<!بوليس )"
        "(?<!البوليس )(?<!جنود )(?<!الجنود )(?<!عساكر )(?<!العساكر )(?:<al>(?:مسلحين|مسلحون"
        "|ملثمين|ملثمون|جنجويد)|(?:ناس|رجال|رجاله|زلام|زلم|شباب|جماعه|ولاد|واحد|شخص|اشخاص"
        "|افراد|حد|حدا|شي ناس|شي رجال|شي واحد)(?: (?:مسلحين|مسلحون|مسلحه|مسلح|ملثمين|ملثمون"
        "|ملثم)| (?:ب|بال)(?:سلاح|سكاكين|سكين|بنادق|بواريد|كلاش|كلاشات|مسدسات|عصي|سيوف)"
        "| (?:معاهم|معهم|معهن|معاه|معه|عندهم|حاملين|شايلين|هازين|مشهرين|رافعين|ماسكين)"
        " (?:سلاح|اسلحه|سكاكين|سكين|بنادق|بواريد|كلاش|كلاشات|كلاشنكوف|مسدسات|مسدس|جنوي|عصي"
        "|سيوف|موس)))",
        "door": "<al>(?:باب|بيبان|ابواب|بوابه|شباك)",
        "at_door": "(?:(?:قدام|برا|بره|عند|علي|جنب|حدا|حدي|يم|امام|قبال|ورا|خلف|حول|حوالين|ع)"
        " ?<al>(?:باب|بيبان|ابواب|بوابه|شباك|دار|بيت|حوش|غرفه|خيمه|شقه|براكه|كوخ|مستودع|كامب"
        "|مخيم|فوايي)|(?:جوه|جوا|داخل|في|ف|ب) ?<al>(?:دار|بيت|حوش|غرفه|خيمه|شقه|براكه))"
        "(?:نا|ي|هم)?",
        "violent": "(?:<armed>|<al>(?:مليشيا|ميليشيا|مليشيات|ميليشيات|عسكر|عساكر|جنود|شرطه"
        "|بوليس|حراس|عصابه|عصابات|مهربين))",
        "knock": "<aux>(?:[بكيد]?[يت])?(?:دق|دقدق|خبط|طرق|ضرب|كسر|خلع|دفش|رفس|طبز)(?:و|وا|ون)?",
        # A fever in someone (not the heat of the day: "السخانة" is also the weather).
        "fever": "(?:(?:<person>|<al>(?:طفل|طفله|بيبي|رضيع|رضيعه|صغير|صغيره)) <aux>(?:سخون|سخونه"
        "|سخن|سخنت|سخنه|سخنان|سخنانه|سخان|سخانه|محموم|محمومه)|(?:عند(?:ه|ها|و|ي|هم)|فيه|فيها"
        "|جات(?:ه|ها|و|ني)|جت(?:ه|ها)|ضارب(?:ه|ها|و|ته|تها|تو|تني)) <al>(?:سخونه|سخونيه|سخانه"
        "|حمي|حمه|حراره)|<al>حمي|سخانت(?:ه|ها|و)|حرارت(?:ه|ها|و|ي)|(?:جسم|جسد|بدن)(?:ه|ها|و|ي)"
        " (?:نار|سخون|سخن|حار|حامي|[بكي]?[يت]?غلي|مولع))",
        # A sign of danger in a sick person: shivering, fits, no waking, no breath, no answer.
        "danger_sign": "(?:(?:(?:عم|قاعد|قاعده|راه|راهو|راهي|دا|دي) )?[كبيدت]?[يت](?:رجف|رتجف"
        "|رتعش|رعش|ترعد|رعد|نتفض|تنفض|تشنج)|<al>(?:تشنج|تشنجات|رجفه|رعشه)|(?:ما|مش|مو|ماهوش"
        "|ماهيش) ?(?:(?:عاد|عم|عادش|بقاش|بقي|بغاش|بغاتش|راضي|راضيه|دا|قاعد|قاعده|كي) )?"
        "[كبيدت]?[يت](?:فيق|فوق|صحي|صحا|نوض|رد|تنفس|حرك|تحرك|فتح|حل|تكلم|حكي|هدر|نطق|رضع)[^ ]*"
        "|<eyes_rolled>|<turned_blue>|[كبيدت]?[يت](?:خرف|هلوس|هذي)|[كبيدت]?[يت](?:هدر|حكي|تكلم)"
        " بلا (?:ما [يت]?فهم|وعي))",
        "eyes_rolled": "عيون(?:ه|ها|و) (?:مقلوبه|مقلوبين|شاخصه|شاخصين)",
        "turned_blue": "(?:لون(?:ه|ها|و)|وجه(?:ه|ها|و)|شفايف(?:ه|ها|و)) (?:(?:صار|ولي|بقي|رجع) )?"
        "(?:ازرق|زرقا|زرقاء|ازرقت|زرق)",
        "now_here": "(?:هون|هنا|هنايا|هلا|هلق|هسه|هسع|هسي|دلوقتي|الان|الحين|قدامي|قدامنا|توا"
        "|توه|دابا|دوكا|درك|حاليا)",
        # Who sells people: women, girls, children, migrants, us (not goods to children).
        "sold": "(?:في |ف)?(?:<al>(?:ناس|بنات|بنيات|نسوان|نساء|اطفال|ولاد|صغار|دراري|شباب|مهاجرين"
        "|افارقه|بشر|عبيد|حراقه)|فينا|فيا|فيهم|<kin>)(?! (?:<al>)?(?:حشيش|مخدرات|قرقوبي|دخان"
        "|سجاير|حبوب|ماكله|اكل|خبز|ماء|مي|تلفونات|اوراق|فيز|بطاقات))",
        # Who attacks: police, soldiers, militias, gangs, smugglers.
        "attackers": "<al>(?:مسلحين|مسلحون|عصابه|عصابات|مليشيا|ميليشيا|مليشيات|شرطه|بوليس|عسكر"
        "|جيش|جنود|حرس|حراس|دعم السريع|جنجويد|مهربين|حراقه|رباطه|بلطجيه|شبيحه|اسما بويز)",
        # A goodbye to the family, and a last word.
        "farewell": "(?:سامحوني|سامحني|سامحيني|سامحونا|سمحولي|سمحو لي|سمحلي|سمحيلي|سمحيني"
        "|اعذروني|اعذرني|وداعا|<al>وداع|ودعتكم|نودعكم|اودعكم|اودع (?:عائلتي|اهلي|عيلتي|<kin>))",
        "last_word": "(?:(?:اخر|اخير) (?:رساله|كلام|كلمه|مكالمه|مسج|ميساج)(?![^.!?]*(?:بطاري|شحن"
        "|شارج|قبل ما|قبل ان))|اخر مره(?: [^ ]+)? [تينبا]{0,2}(?:سمع|شوف|حكي|هدر|كتب|كلم|تكلم)"
        "[^ ]*|(?:ما ?عاد|ما ?عادش|ماعادش|ما ?بقاش|مابقاش|مش|مانيش|لن|ولا|مو|مب)(?: (?:رح|راح"
        "|باش|غادي|ح|ه|بش))? ?[حهتي]?[تي](?:سمع|شوف|لاقا|لاقي|لقا)(?:و|وا|ون|ي)?(?:ني|نيش|ش)?"
        "(?: (?:صوتي|مني|وجهي|تاني|ثاني|ابدا|مره اخري|بعد اليوم))?(?= ?(?:$|[.!,])))",
        "family": _alt(
            "اهلي",
            "اهلنا",
            "اهالينا",
            "اهله",
            "اهلها",
            "عائلتي",
            "عائلتنا",
            "عيلتي",
            "عيلتنا",
            "اسرتي",
            "اسرتنا",
            "امي",
            "ابوي",
            "ابويا",
            "اخوي",
            "اهلو",
            "اهلهم",
            "عائلاتنا",
            "عايلتي",
            "عايلتنا",
            "<al>واليدين",
            "<al>والدين",
            "والديا",
            "والدي",
            "والدتي",
            "اسرته",
            "اسرتها",
            "عائلته",
            "عائلتها",
            "عيلته",
            "عيلتها",
        ),
    },
    sea=(
        "<boat> <aux>(?:[بحهكتد]?[يت]غر[قك]|بغرق|غرقان|غرقانه|غارق|غارقه|بيتسرب|يتسرب|مخروم|مخرومه"
        "|تقطع|اتقطع|انقطع|تشقق|انشق|تمزق|اتمزق|تخسر|تهرس|تفرقع|انفرقع"
        "|مثقوب|مثقوبه|انفجر|انفجرت|انفش|فش|فشت|بيفش|انكسر|اتكسر|تكسر|بيتكسر|يتكسر|انقسم"
        "|[بحهكت]?[يت]نقلب|[بحهكت]?[يت]تقلب|[بيت]?[يت]?خر|عم [يت]خر|[بحهكت]?[يت]نكسر"
        "|ثقبت|انثقب|انثقبت|انخرم|انخرمت|اتخرم|اتخرمت"
        "|انقلب|اتقلب|انقلبت|اتقلبت|مقلوب|بيتقلب|يتقلب|[كب]?[يت]?تفش|[كبد]?[يت]غرق|تقلب|تقلبت"
        "|تقلبات|قلب|قلبت)",
        "<not_neg>(?:[بحهكد]?[يت]غرق|عم [يت]غرق|بدا [يت]غرق) <boat>",
        "(?:[يت]خسر|بيخسر|[كب]?[يت]خسر|خسر|فقد|[يت]فقد|ضيع|[يت]ضيع) <al>هوا(?:ء)?",
        "(?<!بدنا )(?<!عايزين )(?<!نحب )(?<!ما )(?<!مش )(?<!لا )(?<!كي لا )(?<!حتي ما )"
        "(?<!محال )(?<!مستحيل )(?<!لن )(?<!لي )(?<!خير )(?<!احسن )(?<!افضل )"
        "(?<!عشان ما )(?<!باش ما )(?:<we> )?<aux>(?:[بحهكد]?نغر[قك](?:و|وا)?|غرقانين|غرقنا)",
        "<the_water> <aux>(?:يملؤه|يملؤها|يملاه|يملاها|يغمره|يغمرها|[يت]تدفق|[يت]تسرب|[يت]ندفع"
        "|تغمر|يغمر|دخل|تدخل|يدخل|بتدخل|بيدخل"
        "|داخل|داخله|دخلت|تفوت|بتفوت|فايته|فاتت"
        "|يفوت|بيفوت|تخش|بتخش|خشت|خش|طالعه|طلعت|تطلع|يتسرب|تتسرب|بيتسرب|بتتسرب|كترت|كثرت"
        "|بتعلي|تعلي|غمرت|غمر|في كل مكان|وصلت|واصله|طالع|في <boat>|جوا <boat>|جوه <boat>"
        "|داخل <boat>)",
        "(?:دخل|دخلت|بتدخل|بيدخل|عم تدخل|عم تفوت|فاتت|خشت|بتخش|داخله|تدخل|يدخل)"
        "(?:ها|ه|و|نا|لها|له|لنا)? <the_water>",
        "(?:في|فيه|فيها|في كتير|فيه كتير|اكو|كاين|فما|فيه برشا|كاين بزاف) (?:<water>|<the_water>)"
        " (?:في|ب|جوا|جوه|داخل|علي|ف) ?<boat>",
        "<boat> <aux>(?:بياخد|ياخد|بياخذ|ياخذ|بيشرب|بيسحب|[يت]تشرب|بيتشرب|[يت]شرب) (?:<water>"
        "|<the_water>)",
        "(?:جنب|جانب|<al>جنب|تيوب|<al>تيوب|دولاب|<al>دولاب|بالون|<al>بالون)(?: (?:من|تاع|ديال"
        "|تبع))? <boat> <aux>(?:فضي|فش|فشت|انفش|فاضي|انفجر|فقع|انثقب)",
        "<boat>(?: [^ ]+){0,4} (?:و)?(?:بيشرب|بتشرب|عم يشرب|عم تشرب|بياخد|بتاخد|بياخذ|عم ياخد)"
        " (?:<water>|<the_water>)",
        "(?:دخل|دخلت|بتدخل|بيدخل|قاعده تدخل|عم تدخل|دخلتنا|دخلنا)(?:ه|ها|و|هم)?(?: (?:فيه|فيها"
        "|فيهو|فينا"
        "|علينا|عليهم|جواه|جواها))? (?:مي|ميه|ماء|مويه|مياه|ماي|مايه)(?! (?:للشرب|نشرب))",
        "(?:<al>دولاب|<al>تيوب|<al>كاوتش|<al>جنب|<al>جوانب) <aux>(?:فقع|انفقع|انفجر|فش|انفش|تقطع"
        "|انقطع|تمزق|اتمزق|انثقب)",
        "(?:التيار|الموج|البحر) (?:داينا|دانا|ماخدنا|واخدنا|ساحبنا|جارفنا|جارنا|هازنا|داني)",
        "<driver> <aux>(?:نط|قفز|رمي (?:حاله|حالو|روحه|روحو|نفسه|نفسو)|طلع) (?:(?:في|ف|ب|من|الي)"
        " ?)?<al>(?:بحر|مي"
        "|ماء|ميه|<boat>)",
        "<the_water> <aux>(?:(?:وصل|واصل|وصلت|واصله|طالع|طالعه)(?: ل| الي| لحد| عند| ع)?"
        "|(?:ل|لل|لحد|الي|حتي))? ?<al>?"
        "(?:ركب|ركبه|ركبنا|ركبتنا|ركبتي|ركابي|ركابينا|ركايبنا|ركبينا|ركبتينا|كرشنا|كروشنا"
        "|صدرنا|رقبتنا|خصور|خصورنا|خصري|وسطنا|صدورنا|صدري|رقابنا|بطوننا"
        "|بطني)",
        "<al>هوا(?:ء)? <aux>(?:[يت]طلع|بيطلع|طالع|[يت]فضي|نازل|[يت]تسرب|بيتسرب) (?:من|منه) ?<boat>",
        "(?:[يت]فضي|بيفضي|عم يفضي|فضي|فاضي|نازل|[يت]نزل|بينزل|طالع|بيطلع|[يت]طلع) (?:منه |منها )?"
        "<al>هوا(?:ء)?",
        "<boat> <aux>(?:[يت]متلئ|[يت]متلي|امتلا|امتلات|امتلي) (?:ب|من )?<al>(?:ماء|مياه|مي|ميه)",
        "<boat> <aux>(?:فيه|فيها|مليان|مليانه|امتلا|امتلات|امتلي|اتملي|تملي|اتعبي|بيمتلي|بتمتلي"
        "|يمتلي|تمتلي|بيتملي"
        "|بتتملي|يتملي|تتملي|بيتعبي|بتتعبي|[يت]تعبي|صار فيه)"
        " (?:<water>|<the_water>)(?! (?:للشرب|نشرب|كفايه|كافي)| ?و ?(?:اكل|طعام|ماكله)| يكفي)",
        "<people> <aux>(?:وقع|وقعوا|وقعو|وقعت|طاح|طاحو|طاحوا|طاحت|سقط|سقطوا|سقطت|نط|نطوا"
        "|نطو|نطت|انرمي|رموه|رموها|رموهم|غطس|غطسوا|[بت]?[يت]وقع(?:و|وا)?|[كب]?[يت]طيح(?:و|وا)?)"
        " (?:(?:في |جوه |جوا |علي |الي |داخل )?"
        "<al>(?:بحر|مي|ميه|ماء|مويه|مياه|ماي|مايه|موج)|(?:(?:في|جوه|جوا|داخل) )?<the_water>"
        "|(?:من|عن) <boat>)",
        "(?:انفجر|انفجرت|فقع|انفقع|انثقب|انفش|فش|تقطع|انقطع|تمزق|اتمزق)(?: [^ ]+)? (?:جنب|جانب"
        "|تيوب|بالون|دولاب|جوانب)(?: (?:من|تاع|ديال|تبع))? <boat>",
        "(?:<people>|<we>|انا) <aux>(?:(?:(?:في|جوه|جوا|داخل|وسط) |[فب])ال(?:مي|ميه|ماء|ما"
        "|مويه|مياه|ماي|مايه)|(?:في|جوه|جوا|داخل|وسط) (?:مي|ميه|ماء|مويه|مياه|ماي|مايه))",
        "<the_water> <aux>(?:مالي|ماليه|مليت|ملات|ملت|عبت|معبيه|غرقت) <boat>",
        "<boat> <aux>(?:عامر|عامره|مليان|مليانه|ماليه|عمر|عمرات|عمرت|تعمر|تعمرات|تعمرت"
        "|[كت]?[يت]تعمر"
        "|[كت]?[يت]عمر) ب?<al>(?:ماء|ما|مي|ميه|مياه|ماي|مويه)",
        "(?:عمر|عمرات|عمرت|تعمر|تعمرات|امتلا|امتلات|تملات|تعبي|تعبات)(?: [^ ]+)? <boat>"
        " ب?<al>(?:ماء|ما|مي|ميه|مياه|ماي|مويه)",
        "(?:عم|قاعدين|قاعد|راهم|راه|راهي) [يت]غرق(?:و|وا|ون)?",
        "(?:سقط|وقع|سقطت|وقعت|سقطوا|وقعوا|طاح|طاحت|طاحو|طاحوا)(?: [^ ]+){0,2} (?:من <boat> )?"
        "(?:(?:في|الي) ?)?"
        "<al>(?:بحر|ماء|مياه|مي|ميه)",
        "(?<!يوم )(?<!نهار )(?<!ليله )(?<!ملي )(?:انقلب|غرق|انقلبت|غرقت) (?:بنا |بينا )?<boat>",
        "<boat> <aux>(?:صار قطع|قطع قطع|تفرتك|اتفرتك|تقسم|انقسم|تفكك|اتفكك)",
        "<al>(?:موج|امواج) <aux>(?:بيفوت|يفوت|بتفوت|تفوت|داخل|بيدخل|يدخل|بيضرب|[يت]غطي|غطي|غمر"
        "|[يت]غمر) (?:علي|ع|في|جوا|جوه|داخل)? ?<boat>",
        "<boat> <aux>(?:مال|مالت) (?:علي|ع|بينا|بنا)",
        "<boat> <aux>(?:مكسور|مكسوره|مكسر|مكسره|معطوب|معطوبه|مايل|مايله|بيميل|عم يميل|[يت]ميل"
        "|[كب]?[يت]فش|ضايع|ضايعه|تايه|تايهه)",
        "<boat> <aux>(?:ضرب|خبط|دق|ضربت|خبطت) (?:ب|في|علي|ف) ?<al>(?:صخر|صخره|صخور|حجر|حجره)",
        "(?:مات|ماتو|ماتوا|توفي|توفوا|غرق|غرقوا|غرقو) (?:واحد|اتنين|اثنين|ناس|شخص|طفل|ولد|مره"
        "|بعض|[0-9]+|تلاته|ثلاثه|رجل|راجل)(?: [^ ]+)? (?:منا|معنا|من جماعتنا"
        "|قدام عيونا|قدامنا|(?:في|ب|علي) ?<boat>)",
        "(?:[بي]?[يت]طلع(?:و|وا)|[بي]?[يت]فضي(?:و|وا)|[بي]?[يت]كب(?:و|وا)|نطلع|نكب|نفضي|نخرج)"
        " <the_water>(?: (?:بايدينا|بايديهم|بالسطل|بالقناني|برا|بره))?",
        "(?:شايفين|نشوف|نشوفو|شفنا|شايف|في|فيه|كاين)(?: [^ ]+){0,3} (?:بابور|فابور|سفينه|باخره"
        "|مركب)(?: [^ ]+){0,3} (?:و)?(?:ما|مش|مو|لا) ?(?:حب|حبش|بدو|وقف|وقفش|يوقف|[يت]وقف|وقفت"
        "|بيوقف|رضي|عبرنا|شافنا|ساعدنا|[يت]ساعدنا)",
        "<boat> (?:علي وشك|قريب من|بدا في|بدا ب|يكاد|كاد) (?:ان )?(?:<al>غرق|[يت]غرق|<al>انقلاب"
        "|[يت]نقلب)",
        "(?:ارسال|ارسلوا|ابعتوا|ابعثوا|اطلبوا|استدعاء) (?:لنا )?<al>(?:خفر السواحل|حرس السواحل"
        "|قارب انقاذ)",
        "(?:في|فيه) (?:خرم|ثقب|فتحه|شق|خزق) (?:في|ب) ?<boat>",
        "<driver> <aux>(?:ترك|تركنا في|هرب من|نط من|قفز من|ساب|سابنا في) <boat>",
        "<boat> <aux>(?:[^ ]+ ){0,2}(?:منه|منها) <al>هوا",
        "(?:الناس|ناس|في ناس|فيه ناس|اطفال|ولاد) <aux>(?:[بت]?تغرق|بيغرقوا|يغرقوا|بيغرقو"
        "|غرقانين|غرقوا|غرقو|[بك]?يغرقو)",
        "(?:<we> )?<aux>(?:تايهين|ضايعين|تالفين|عالقين|تائهين|ضائعين|تايهون|مزنوقين)"
        " (?:في |ف|ب|وسط |بوسط |بنص |في نص |في وسط )?(?:عرض |نص |وسط )?<al>بحر",
        "(?:اتصلوا|اتصلو|اتصل|كلموا|كلمو|كلم|بلغوا|بلغو|بلغ|نادوا|ابعتوا|ابعتو|ابعثوا"
        "|ارسلوا|تواصلوا|خبروا|خبرو|عيطو|عيطوا) (?:مع |ب|علي |لنا |لينا |ل)?<al>(?:خفر السواحل"
        "|حرس السواحل|خفر|خفر سواحل|انقاذ|كوستا|غارديا|قارب انقاذ|الاسعاف البحري|بحريه"
        "|هاتف الانذار|الارم فون|الارمفون)",
        "<al>(?:خفر السواحل|انقاذ|كوستا|حرس السواحل) (?:ما|مش|مو|لا|لسه ما) ?(?:جاي|جايين|جا"
        "|اجا|وصل|وصلوا|رد|ردوا|يرد|يردوا|بيرد|بيردوا|جاو|جاوا|جاش|بيجي|يجي)",
    ),
    vessel=(
        "(?:عطل|عطب|خلل|مشكله) (?:في |ب)?<engine>",
        "<engine>(?: <boat>)? <aux>(?:متوقف|توقف|توقفت|متعطل|وقف|واقف|وقفت|طفي|طفا|مطفي|انطفي"
        "|انطفا|خرب"
        "|خربان|خربت|تعطل|اتعطل"
        "|عطل|عطلان|عطلت|معطل|معطوب|بطل|باظ|بايظ|مات|سكت|حبس|حابس|تحبس|ما ?بيشتغل"
        "|ما ?يشتغل|مش ?شغال|مو ?شغال|ماشي ?شغال|ما ?يخدمش|ما ?خدامش|ما ?بقاش يخدم"
        "|مابقاش يخدم|ما ?عاد يشتغل|ما ?يشتغلش|ما ?خدمش|ولع|ولعت|احترق|فيه مشكله|فصل|طافي"
        "|خسر|خسرت|تخسر|مخسر|مخسور|تقود|تفركع|طفت|طفات|انطفت|وكف|واكف|ميت)",
        "(?:موقعنا|<al>موقع|<al>احداثيات|احداثياتنا|<al>لوكيشن)[: ]+ ?[0-9]{1,3}[.,°][0-9]+",
        "<the_water> <aux>(?:[يت]رتفع|بيرتفع|بترتفع|عم ترتفع|عم يرتفع|بتزيد|عم تزيد|[يت]زيد"
        "|بتعلي|عم تعلي|كل شوي تزيد)",
        "<boat> <aux>(?:واقف|واقفه|وقف|وقفت|خربان|خربانه|معطل|معطله|متعطل|متعطله|متوقف|متوقفه"
        "|ما ?[يت]مشيش|ما ?ب?[يت]مشي|مش ماشي|مش ماشيه"
        "|ما ?عاد ?ش? ?[يت]مشي|ما ?عادتش [يت]مشي|ما ?[يت]تحركش|مش بي?[يت]تحرك|ما ?ب?[يت]تحرك)",
        "(?:وقف|طفي|طفا|انطفي|خرب|تعطل|اتعطل|عطل|بطل|باظ|مات|سكت|حبس|ولع|احترق|خربان|واقف"
        "|عطلان) <engine>",
        "(?:خلص|خلصت|كمل|كملت|نفد|نفذ|نفدت|نفذت|سالا|سالي|فرغ|فرغت|ما عاد في|ما ?في|مفيش"
        "|ما ?فيش|ما ?عندنا|ما ?عندناش|ما ?بقي|مابقاش|ما ?بقاش|بلا|بدون|ماكو|لا يوجد"
        "|لم يعد (?:هناك|لدينا)|ليس لدينا|سالات|ما ?كاش|ما ?فماش)(?: منا| معنا| عندنا| لينا| لنا"
        "| علينا)? <al>(?:بنزين"
        "|بانزين|وقود|سولار|مازوت|ديزل|غازوال|كازوال|ليصانص|ليسانس|جازولين|بنزينه)",
        "<al>(?:بنزين|وقود|سولار|مازوت|ديزل|غازوال|ليصانص|ليسانس|جازولين) <aux>(?:خلص|خلصت"
        "|كمل|كملت|نفد|نفذ|نفدت|سالا|سالي|فرغ|خالص|مخلص|قرب يخلص)",
        "(?:بدون|بلا|من غير|ما ?في|ما ?فيه|مافيش|ما ?فيش|ما ?عندنا) <engine>",
        # The French word in Arabic: only searched in a message with both scripts.
        "(?:le |l|el |lel )?(?:moteur|motor) (?:ما ?يخدمش|ما ?خدامش|حبس|طفا|طفي|وقف|خسر|مات"
        "|عطل|تعطل|خربان|ما ?بيشتغل|مش شغال|ما ?يمشيش)",
        "(?:ننجرف|بننجرف|عم ننجرف|انجرفنا|منجرفين|ماشيين مع الموج|ماشي مع الموج"
        "|ماشي مع التيار|الموج ماخدنا|الموج واخدنا|التيار ماخدنا|[بد]?[نت]تسحب(?:و)?"
        "|ماشيين مع التيار|قاعدين نتسحبو)",
    ),
    desert=(
        "(?:<we> )?<aux>(?:تايهين|تايه|تايهه|ضايعين|ضايع|ضايعه|تالفين|تالف|تالفه|تلفت|ضعت|تهت"
        "|تلفنا|ضعنا|تهنا|عالقين"
        "|عالق|عالقه|محاصرين|متروكين|مرميين|عالقون|تائهون|تائهين|ضائعين|مزنوقين|واقفين"
        "|قاعدين|محبوسين|محجوزين|لوحدنا|لوحدي|وحدي|وحدنا|مقطوعين|مقطوع) <desert>",
        "(?:تركونا|تركنا|خلونا|خلانا|رمونا|رمانا|سابونا|سيبونا|سابنا|لاحونا|نزلونا|نزلنا"
        "|حطونا|رماونا|خلاونا|خلاوني|تركوني|خلوني|سابوني|رماوني|لاحوني"
        "|تخلي عنا|تخلوا عنا|هبطنا|هبطونا|طيحونا|رماهم|رموهم|تركهم|تركوهم|خلاهم"
        "|خلوهم|سابهم|سابوهم|لاحهم|لاحوهم|نزلهم|نزلوهم|هبطهم|هبطوهم)(?: [^ ]+){0,6} <desert>",
        "(?:خلوا|تركوا|رموا|سابوا|لاحوا|نزلوا|حطوا) (?:<kin>|ناس|جماعه|<al>ناس)(?: [^ ]+){0,5}"
        " <desert>",
        "(?:تركونا|خلونا|رمونا|سابونا|لاحونا|نزلونا|خلاونا|تركوهم|رموهم)(?: [^ ]+){0,2} (?:بدون"
        "|بلا|من غير|من دون) (?:<water>|<the_water>)",
    ),
    stranded=(
        "<driver> <aux>(?:تخلي عنا|تخلوا عنا|تخلي عني|تخلوا عني|تركنا|تركونا|تركني|خلانا|خلاونا"
        "|خلاني|خلونا|سابنا|سابونا|سيبنا"
        "|سيبونا|رمانا|رمونا|رماني|رموني|نزلنا|نزلونا|هرب|هربوا|هربو|شرد|شردوا|شردو"
        "|فات علينا|هرب علينا|اختفي|اختفوا|لاحنا|لاحونا|راح وخلانا|راح وتركنا|مشي وخلانا"
        "|راح وسابنا|رماهم|رموهم|تركهم|تركوهم|خلاهم|خلوهم|سابهم|سابوهم|هبطنا|هبطونا|حبسنا)",
        "(?:تركونا|تركنا|خلونا|خلانا|رمونا|رمانا|سابونا|سيبونا|لاحونا|نزلونا|حطونا)"
        " <al>(?:سواق|سايق|سائق|شوفير|مهرب|مهربين)",
        "<car> <aux>(?:عطلت|عطلانه|اتعطلت|تعطلت|خربت|خربانه|وقفت|واقفه|بطلت|باظت|بايظه"
        "|قلبت|تقلبت|قلبات|تقلبات"
        "|انقلبت|اتقلبت|غرزت|غارزه|غرزانه|علقت|عالقه|مقلوبه|ما ?بتمشي|ما ?تمشيش|مش ?شغاله"
        "|مو ?ماشيه|طفات|حبسات|عطل|خرب|اتعطل|تعطل|عطلان|خربان|بطل|وقف|خسر|خسرت|تحبسات|متعطل"
        "|متعطله|تركتنا|خلتنا|سابتنا|رمتنا|نزلتنا"
        "|معطله|معطل)",
        "(?:عطلت|اتعطلت|تعطلت|خربت|وقفت|بطلت|انقلبت|اتقلبت|قلبت|تقلبت|غرزت|عطل|خرب|اتعطل|تعطل)"
        " (?:بينا |بنا |علينا )?<car>",
        "(?:ما ?عندنا|ما ?عندناش|معندناش|ما ?عندي|ما ?عنديش|ما ?بقي|مابقاش|ما ?بقاش|ما ?بقاتش"
        "|ما ?عاد في|ما ?عاد عندنا|ليس لدينا|ليس معنا|ما ?معنا|ما ?معناش|ما ?معانا|ما ?معاناش"
        "|ما ?عادش عندنا|ما ?عادش عندي|ما ?عندهم|ما ?عندهمش|ما ?عنده|ما ?عندوش|ما ?عندهاش"
        "|ما ?معاهم|ما ?معهم|ما ?معاهمش|ما ?كاش|ما ?فماش|ما ?فماش عندنا"
        "|لم (?:يبق|يتبق|يعد) (?:لدينا|معنا|عندنا|لنا))"
        "(?: (?:معنا|معانا|عندنا|لنا|لينا))?"
        " (?:ولا |حتي |اي |شي |نقطه |قطره )*(?:<water>|<the_water>)"
        "(?! (?:في البيت|بالبيت|في الدار|بالدار))",
        "(?:^|[,.!;] ?|و)(?:ما ?في|ما ?فيش|مافيش|مفيش|ماكو|ما ?كاين|ما ?كاينش|لا يوجد|ما ?كاش"
        "|ما ?فماش)"
        " (?:ولا |حتي |اي |شي |نقطه |قطره )*(?:<water>|<the_water>)",
        "(?:ما ?في|ما ?فيش|مافيش|مفيش|ماكو|ما ?كاين|ما ?كاينش|لا يوجد) (?:<water>|<the_water>)"
        " (?:خالص|ابدا|نهائي|بالمره|من)",
        "(?:ما ?عندناش|ما ?عندنا|ما ?عنديش|ما ?بقاش|مابقاش|ما ?كاينش|ما ?عادش عندنا"
        "|ما ?عاد عندنا|ما ?عندهمش|ما ?عندوش|ما ?كاش|ما ?فماش) ما"
        "(?! (?:نقول|نديرو|ندير|نعمل|نخسرو|نخسر|نقولو))",
        "(?:بدون|بلا|من غير|من دون) (?:اي )?(?:<water>|<the_water>) (?:من|منذ|مده|لمده|ل)?"
        " ?(?:امس|امبارح|البارح|يوم|يومين|[0-9]+|ثلاث|تلات|تلت|اربع|خمس|كم يوم|ايام|الصبح"
        "|ساعات)",
        "<we> <aux>(?:بدون|بلا|من غير|من دون) (?:<water>|<the_water>)",
        "(?:من|منذ|صار لنا|صارلنا|لنا) (?:امس|امبارح|البارح|يومين|[0-9]+ (?:ايام|يوم)"
        "|ثلاث ايام|تلات ايام|كم يوم|ايام|يوم) (?:و)?(?:<we> )?(?:بدون|بلا|من غير|ما ?في"
        "|ما ?شربنا|ما ?عندنا)",
        "(?:خلص|خلصت|كمل|كملت|نفد|نفذ|نفدت|نفذت|سالا|سالي|سالات|فرغ|فرغت|خلاص)"
        "(?: منا| معنا| عندنا| علينا)? <the_water>",
        "(?:يوم|يومين|[0-9]+ (?:ايام|يوم)|تلات ايام|ثلاث ايام|اربع ايام|من امس|من امبارح)"
        " (?:بلا|بدون|من غير|من دون|ما في|مافي) (?:<water>|<the_water>)",
        "<desert>(?: [^ ]+){0,2} (?:بلا|بدون|من غير|من دون) (?:اي )?(?:<water>|<the_water>"
        "|ما(?= ?(?:$|[.!,]|و))|اكل"
        "|<al>اكل|ماكله|طعام|<al>طعام)",
        "(?:خلصنا|كملنا|شربنا كل|سالينا|فرغنا|كملنا كل|خلصنا كل) <the_water>",
        "(?:خلصت|خلص|كملت|فرغت|سالات|سالا) <al>(?:قرب|قربه|جراكن|جركانات|جالونات|بيدونات|قناني)",
        "<car> <al>(?:مهربين|مهرب|سواق|شوفير) <aux>(?:تركتنا|خلتنا|سابتنا|رمتنا|نزلتنا|راحت|هربت"
        "|مشيت|مشت)",
        "اخر (?:قطره|نقطه|قنينه|قطرات|بيدون) (?:<water>|<the_water>)",
        "(?:مات|ماتو|ماتوا|ماتت|توفي|توفوا)(?: [^ ]+)? (?:من|ب) <al>?(?:عطش|حر|شمس)(?: [^ ]+)?"
        " (?:قدامنا|قدامي|معنا|معانا|منا|هون|هنا|اليوم|امبارح|البارح)",
        "(?:ما ?بقا|ما ?بقي|ما ?بقاش|ما ?بقات|ما ?عاد|ما ?كاين|ماكو|ما ?فيش|ما ?فماش|ما ?عندناش"
        "|ما ?عندنا) (?:والو|حتي شي|حتي قطره|شي|حاجه|ولا قطره|ولا نقطه|حتي نقطه) (?:ديال|د|من"
        "|تاع|متاع|نتاع)? ?(?:<water>|<the_water>)(?!(?: [^ ]+)? (?:في|ف|ب) ?<al>(?:بيت|دار|كوزينه"
        "|مطبخ|حنفيه|روبيني|مخيم|كامب|فوايي|مركز))",
        "<car> <aux>(?:غرزت|طاحت|دخلت|علقت|تغرزت|غاصت|تحبسات|تحبست) (?:في|ف|ب) ?<al>(?:رمل|رمله"
        "|رمال)",
        "(?:نشرب|بنشرب|كنشربو|نشربو|شربنا|قاعدين نشربو|عم نشرب|صرنا نشرب) (?:من )?(?:بولنا|بولي"
        "|<al>بول|ماء الراديتير|مي الراديتير|ماء الرادياتير)",
        "(?:تركونا|خلونا|سابونا|رمونا|سيبونا|خلاونا|لاحونا|نزلونا|هبطونا)(?! ن)(?!(?: [^ ]+){0,3}"
        " (?:في|ف|ب) ?<al>(?:مطار|شارع|مدينه|محطه|بيت|دار|فندق|مركز|كامب|مخيم|بلاد|بلد))"
        "(?: [^ ]+){0,3} و ?(?:هربوا|هربو|راحوا|راحو|مشيوا|مشيو|مشاو|مشو|مشوا|فاتو|زادو)",
        "(?:[بت]?تموت|بيموتوا|يموتوا|عم تموت|بدات تموت|قاعده تموت|بدو يموتوا) (?:من )?<al>?عطش"
        "(?![^.!,;:]*[?])",
        "<driver> <aux>(?:مات|توفي|ميت)",
        "(?:ما ?حد|ما ?حدا|ماحد|ولا واحد|ما ?في حد) (?:منا|فينا) (?:يعرف|بيعرف|عارف|يعرفش)"
        " <al>طريق",
        "<driver>(?: [^ ]+){0,6} (?:و)?(?:ما ?رجع|ما ?رجعش|ما ?جاش|ما ?اجا|لم يعد|لم يرجع|ما ?رجعوا"
        "|ما ?وقف|ما ?وقفش|ما ?استني|ما ?استناش"
        "|ما ?رجعوش|ما ?جاوش|ماجاش|ما ?ولاش)",
        "<driver>(?: [^ ]+){0,8} (?:بس |و ?|لكن |ولكن )(?:صرلو|صار له|صار لو|صارلو|صرله|صار لنا"
        "|صارلنا|صرلنا|من|الو|له|عنده|ليه|ولا|هادي|هاي|هذي|هاذي) (?:[0-9]+|يومين|تلات|ثلاث|اربع"
        "|خمس|كم) ?(?:ايام"
        "|يوم|ساعات)?",
        "(?:ماشيين|ماشين|نمشي|بنمشي|عم نمشي|قاعدين|عايشين|صرلنا|صار لنا)(?: [^ ]+){0,3}"
        " (?:بدون|بلا|من غير) (?:<water>|<the_water>)",
        "<the_water>(?: (?:تبعنا|اللي معنا|الي معانا|ديالنا|متاعنا|حقتنا|بتاعتنا))? <aux>(?:خلص"
        "|خلصت|كمل|كملت|نفد|نفذ|نفدت|سالا|سالات|سالي|فرغ|فرغت|خلاص"
        "|راحت|خالصه|خلصانه|قربت تخلص)",
        "(?:ما ?شربنا|ما ?شربناش|لم نشرب|ما ?شربت|ما ?شربتش|ما ?ذقنا|ما ?شربوا|ما ?شربوش"
        "|لم يشربوا|ما ?شربو)(?: (?:<water>"
        "|<the_water>|شي|حاجه|ولا نقطه))?",
        "<aux>(?:عطشانين|عطشي|عطاشي|عطشانه|عطشان|عطشنا)(?! (?:ل|لل)[^ ]*)",
        "(?:نموت|بنموت|نكاد نموت|سنموت|عم نموت|رح نموت) (?:عطشا|عطش|جوعا)",
        "(?:[حهسبك]?نموت(?:و)?|<aux>نموت(?:و)?|ميتين|(?:عم|قاعد|قاعدين|قاعده|رح|راح|راهم)"
        " [يت]موت(?:و|وا|ون)?) من <al>(?:عطش|حر|حراره|شمس)",
        "(?:ماشيين|ماشين|نمشي|بنمشي|عم نمشي|مشينا|نمشيو|كنمشيو)(?: في <al>صحر(?:ا|اء))?"
        " (?:من|صار لنا|صارلنا|لمده|مده)? ?(?:يومين|امس|امبارح|[0-9]+ ايام|تلات ايام"
        "|ثلاث ايام|اربع ايام|ايام)",
    ),
    self_harm=(
        "(?<!ما )(?<!مش )(?<!مو )(?<!مب )(?<!لا )(?:بدي|ودي|عايز|عاوز|عايزه|عاوزه|ابي|ابغي"
        "|اريد|نبي|نحب|بغيت|باغي|نبغي|حابب|حابه|حاب|داير|دايره|بدنا|عايزين|نبوا|حابين|نفسي"
        "|اتمني|نتمني|بتمني|اود|خاطري|اشتي|نشتي|ابا)(?: غير| بس| فقط| والله| خلاص)?(?: ان| انو"
        "| اني)?"
        " (?:اموت|موت|نموت|الموت|انتحر|ننتحر"
        "|اقتل نفسي|اقتل حالي|اقتل روحي|نقتل روحي|نقتل نفسي|انهي حياتي|نهي حياتي"
        "|اخلص من حياتي|خلص من حياتي|خلص من حالي|اخلص من نفسي|نخلص من روحي|نخلص من حياتي"
        "|ارمي حالي|ارمي نفسي|نرمي روحي|نرمي نفسي|اذي نفسي|اذي حالي|اجرح نفسي|اجرح حالي"
        "|نجرح روحي|اختفي من الدنيا|ارتاح من الدنيا|ارتاح من الحياه|افارق الحياه)"
        "(?! (?:من|م) <al>(?:ملل|ضحك|جوع|تعب|زهق|فرحه|شوق|حر|برد|نوم))",
        "(?:يا رب|يارب|يا الله|ربي|ربنا|الله) (?:خدني|خذني|خودني|اخدني|اخذني|ياخدني|ياخذني|يديني"
        "|ياخد روحي|ياخذ روحي|موتني|يموتني|(?:[يت]اخ[دذ]|خو?[دذ]|اخ[دذ]) امانت(?:و|ه|ك))",
        "(?:اعمل|ادير|نعمل|ندير|اسوي|نسوي|هعمل|حعمل)(?: (?:شي حاجه|شي|شيء|حاجه))? (?:ب|في |ف)"
        "(?:نفسي|حالي|روحي|راسي)(?: (?:شي|حاجه))?",
        "(?:اقطع|نقطع|قطعت|اشرط|نشرط|شرطت|افتح) (?:شرايين|شراييني|عروقي|عروق|<al>شرايين)",
        "(?:اغرق|نغرق) (?:حالي|نفسي|روحي|راسي)",
        "(?:رح|راح|ح|ه|س|غادي|باش|راني|رايح|رايحه|قررت|ناوي|ناويه|بفكر|افكر|نفكر|كنفكر"
        "|عم فكر|قاعد نفكر|قاعد افكر|قاعده افكر)(?: ان| انو| اني)? ?(?:انتحر|ننتحر|اقتل نفسي"
        "|اقتل حالي|نقتل روحي|نقتل نفسي|اقتل روحي|انهي حياتي|ارمي حالي|ارمي نفسي|نرمي روحي"
        "|نقتل راسي|نرمي راسي|اقتل راسي|ارمي راسي)",
        "(?:[حهسب]?ننتحر|[حهس]انتحر|[حهسب]نتحر)",
        "(?:افكر|بفكر|نفكر|عم فكر|كنفكر|افكار|فكره|تفكير) (?:في|ب|بال|فال|ف)? ?<al>انتحار",
        "افكار (?:انتحاريه|سوداء|سودا|سوداويه)",
        "(?:ما ?في|مافي|مابقاش عندي|ما ?بقاش عندي|ما ?بقي عندي|ما ?عندي|ماعنديش|ما ?عاد عندي"
        "|ما ?عادش عندي) (?:علاش|ليش|شي|حاجه|سبب) (?:نعيش|اعيش|عيش)",
        "(?:ما ?بقاش عندي|ما ?بقي عندي|ما ?عنديش|ما ?عندي|ما ?عاد عندي|ما ?عادش عندي"
        "|ما ?عادش فيا|ما ?عاد فيا|ما ?بقاش فيا|ما ?بقي فيا|ما ?فيا|ما ?عاد فيني|فقدت)"
        " (?:<al>خاطر|<al>رغبه|<al>نفس|<al>جهد|<al>قوه|<al>حيل|<al>صبر|<al>خلق) ?(?:في |ل|باش"
        " |ان )?"
        "(?:نعيش|اعيش|<al>عيش|<al>حياه|للعيش|للحياه|نكمل حياتي|اكمل حياتي)",
        "(?:ما|مش|مو|مب|ماعاد|ما عاد|ما عدت|ما عدتش|ماعدت|لم اعد|لا|ما بقيتش|مابقيتش|مبقتش"
        "|ما بقيت|ماني|ماعادش|ما عادش|ماعدتش) ?(?:عايز|عاوز|عايزه|بدي|ابي|ابغي|حابب|حاب|نحب"
        "|بغيت|باغي|داير|اريد|نبي)"
        "(?: ان)? ?(?:اعيش|عيش|نعيش|<al>حياه|اصحي|افيق|نفيق|نصحي)<life_end>",
        "(?:ماريد|مااريد|ما ريد|مابي|مانبي|مابغيت|مابغي|مانحب|ماني حاب|مانيش حاب|ماني باغي"
        "|مانيش باغي) (?:اعيش|عيش|نعيش|<al>حياه)<life_end>",
        "(?:ما|مش|ماعاد|ما عاد) ?(?:بدي|عايز|ابي|نحب|بغيت|اريد) (?:كون|اكون|نكون) (?:موجود"
        "|موجوده|عايش|عايشه|عالدنيا|في <al>دنيا)",
        "(?:وصلت|وصلنا) (?:ل|الي )?(?:مرحله|درجه|حد)(?: [^ ]+){0,2} (?:ما ?بدي|ما ?عاد بدي"
        "|مش عايز|ما ابي|ما اريد|ما بغيتش|ما نحبش) (?:ا|ن)?عيش",
        "(?:ما ?لقيت|ما ?لاقي|ما ?القي|ما ?بلاقي|مش لاقي|ما ?شايف|ما ?نلقي|ما ?لقيتش) (?:اي )?"
        "(?:سبب|دافع|هدف) (?:ل|عشان |حتي |باش )?(?:اعيش|نعيش|اكمل|نكمل|للعيش|للحياه)",
        "(?:احسن|افضل|خير) (?:للكل|لكل الناس|لاهلي|للجميع|لعيلتي|للناس|لكل حد) ?(?:لو|اذا|ان)"
        " (?:انا )?(?:مت|اموت|رحت|اختفيت|ما كنت موجود)",
        "(?:حبل|حبوب|سم|موس|شفره|سكين)(?: [^ ]+){0,3} (?:و)?(?:انا )?(?:جاهز|جاهزه|مستعد|مستعده)",
        "<al>(?:حبل|سم)(?: [^ ]+){0,3} (?:و ?)?(?:ناوي|ناويه|نويت|قررت)(?= ?(?:$|[.!,]|الليله|اليوم"
        "|بكره|بكرا|غدوه|غدا))",
        "<al>سم(?: [^ ]+){0,4} (?:و ?)?(?:ناوي|ناويه|نويت|قررت) (?:ن|ا)(?:شرب|بلع|اكل)(?:ه|ها|و)",
        "(?:ما ?عاد|ما ?عادش|ما ?بقي|ما ?بقاش|ما|مافي|مفيش|ما ?فماش|ماكو|ما ?كاين|ما ?كانش)"
        " ?(?:في |فيه |فما |كاين |اكو )?(?:شي|حاجه|حد|شيء) (?:الو|له|لو|ليه|الها|لها|عنده"
        "|بقاله|عاد الو) ?(?:معني|قيمه|طعم)",
        "(?:و|عشان |حتي |باش |لكي |ل)?(?:ا|ن)?(?:خلص|ارتاح) من كل (?:شي|شيء|حاجه|هالشي|هذا|هاد"
        "|ده|هادا)",
        "(?:احسن|افضل|خير|خيرلي|خير لي) (?:لي |ليا )?(?:ان )?(?:اغرق|نغرق)",
        "<al>غرق (?:اهون|اريح|ارحم|احسن|افضل|خير)(?: لي| ليا)? (?:من|مليون مره)",
        "كل (?:شي|شيء) (?:خلص|انتهي) (?:بالنسبالي|بالنسبه لي|عندي)",
        "<al>موت (?:صار|هو|اصبح|بقي) (?:بعيني |بالنسبالي )?(?:راحه|رحمه|الحل|حل)",
        "(?:ارتاح|نرتاح|انام|نام|ننام|اختفي|نختفي|ارحل|نرحل|نغيب|اغيب)(?: (?:عليكم|عليها|عليه"
        "|عليهم|عليك|عنكم|عنها|عنهم|عنك))? (?:للابد|الي الابد|نهائيا)",
        "(?:ليتني|يا ?ريتني|ياليتني|يا ريت|ياريت|ليت|اتمني|نتمني) (?:لم اولد|ما انولدت|ما خلقت"
        "|ما جيت (?:للدنيا|علي الدنيا|عالدنيا)|ما اتولدت|ما تولدت|ما زدت|ما ولدت|ماتولدتش"
        "|ما تخلقت|ما زديت)|(?:ليش|ليه|علاش|لماذا|علاه) (?:انولدت|خلقت|اتولدت|تولدت|زدت|ولدت"
        "|زديت)",
        "(?:نشرب|اشرب|ناكل|ابلع|نبلع|بلعت|شربت|اخدت|اخذت|خذيت|خديت|[حهس]اشرب|[حهس]ابلع"
        "|[حهس]اخد|هشرب|حشرب|هبلع|حبلع)(?: [^ ]+)? (?:كل|كاع|قاع|جميع|كامل|علبه|العلبه|باكو"
        "|شريط) (?:<al>دوا|<al>دواء|<al>حبوب|<al>حبات|<al>ادويه|<al>فانيد|<al>برشام|<al>كاشيات"
        "|<al>اقراص)",
        "(?:<al>موت|الموت) (?:اهون|اريح|ارحم|احسن|افضل|خير)(?:لي|ليا| لي| ليا)?"
        "(?= ?(?:$|[.!,]| من| بكتير| مليون))",
        "(?:بكره|بكرا|غدا|غدوه|باكر)(?: [^ ]+)? (?:ما|مش|مو|لن|ماني|مانيش|ما رح|مش رح|ماراح)"
        " ?(?:[حهر]?كون|اكون|بكون|نكون|تلاقوني|تشوفوني) (?:موجود|موجوده|عايش|عايشه|هنا|هون"
        "|علي قيد الحياه|معكم|بينكم)",
        "(?<!ما )(?<!مش )(?<!مو )(?<!حدا )(?<!حد )(?<!احد )(?<!محدش )(?<!مين )(?<!ان )"
        "(?:بدو|بدها|عايز|عاوز|عايزه|يبي|تبي|يبغي|تبغي|يريد|تريد|حابب"
        "|حابه|يحب|تحب|داير|دايره|نفسه|نفسها|بغا|بغات|ناوي|ناويه)(?: ان)? (?:ي|ت)موت(?! من)",
        "(?:بدي|اريد|عايز|ابي|نبي|نحب|بغيت|اتمني|نفسي) كل (?:شي|شيء|حاجه) (?:[يت]نتهي|يخلص"
        "|[يت]خلص|يوفي|يكمل|[يت]وقف)",
        "كرهت (?:نفسي|روحي|حالي|عمري)",
        "<al>دنيا (?:صارت |ولات |رجعت )?(?:ضاقت|ضايقه|ضيقه|سوداء|سودا|سوده|مسكره|كحله|كحلا|ظلام"
        "|مظلمه) (?:بيا|بي|عليا|فيا|بعيني|بعيوني|فعيني|فعينيا|في عينيا"
        "|في عيني|في وجهي)",
        "ياكل(?:ني|نا) <al>حوت",
        "(?:اموت|نموت|موت|الموت)(?: [^ ]+){0,3} (?:ولا|وما|بدل ما|ولا اني|ولا ان|علي ان|من ان)"
        " (?:ارجع|نرجع|نعاود|نولي|نروح|نعود|اعود|اروح)",
        "(?:انام|نام|ننام|نرقد|ارقد) و ?(?:لا |ما |مش |ماعاد |ما عاد |معادش )?(?:اصحي|اصحا|اصحو"
        "|نصحي|نصحا|صحي|اصحاش|نصحاش|افيق|نفيق|فيق|افيقش|نفيقش|فيقش|اقوم|نقوم|اقومش|نقومش"
        "|اوعي|اوعا|استيقظ|انوض|ننوض|نوض|مصحاش|ماصحاش|مافيقش|ماقومش|مانوضش|ما نفيقش)"
        "(?! (?:بكير|بكري|بدري|الصبح بكير|متاخر))",
        "(?:ما ?في|مافي|ما ?فيش|مفيش|ماكو|ما ?كاين|ما ?فماش|لا يوجد) (?:شي|حاجه|حد|حدا|احد"
        "|شيء)(?: [^ ]+)? (?:[بي]?[يت]ستاهل|[بي]?[يت]ستحق|[بي]?[يت]خليني|[بي]?[يت]خليه"
        "|[بي]?[يت]خليها) (?:ا|ن|ت|ي)?عيش",
        "(?:[حهسب]?[يت](?:قتل|موت|ذبح|شنق|حرق|رمي)) (?:نفسه|نفسها|حاله|حالها|روحه|روحها|راسه"
        "|راسها)",
        "(?:موت|اموت|نموت|[حهب]موت|[حهب]نموت|هرمي|حرمي|هقتل|حقتل|هشنق|حشنق) (?:حالي|نفسي"
        "|روحي|راسي)",
        "(?:احسن|افضل|خير|خيرلي|خير لي) (?:لي |ليا )?(?:ان )?(?:اموت|الموت|موت|نموت)",
        "(?:<al>موت|الموت) (?:اهون|اريح|ارحم|احسن|افضل)(?: لي| ليا)? (?:من|مليون مره)",
        "(?:شو|ما|ايش|وش|شن|شنو|اش|شنهي|واش) <al>(?:فايده|فائده|جدوي|لازمه) (?:من )?(?:<al>عيشه"
        "|<al>حياه|عيشتي|حياتي|<al>دنيا|عمري)",
        "(?:احسن|افضل|مرتاحين|ارتاحوا|يرتاحوا|حيرتاحوا|هيرتاحوا|سيكونون افضل|سيكونون احسن"
        "|يكونوا احسن|يكونو احسن) (?:من )?(?:بدوني|بلاي|من غيري|مني|بغيابي)",
        "(?:عبء|عبئ|حمل تقيل|حمل ثقيل) (?:علي|ع) (?:عائلتي|اهلي|الكل|عيلتي|اسرتي|الجميع|<kin>)",
        "(?:حياتي|عيشتي|عمري) (?:صارت|ولات|اصبحت|بقت|رجعت)? ?(?:عبء|عبئ|حمل تقيل|حمل ثقيل)",
        "(?:رساله|رسالت) (?:وداع|الوداع)|رسالتي الاخيره|كتبت(?: [^ ]+)? (?:وصيتي|<al>وصيه(?= ?(?:$"
        "|[.!,]|و)))",
        "اخر رساله(?: [^ ]+){0,3}[,.!]? ?(?:سامحوني|سامحني|وداعا|مع السلامه|بحبكم|ادعولي|اسف)",
        "(?:بدي|اريد|عايز|ابي|نحب|بغيت|اتمني|نفسي)(?: ان)? (?:[يت]نتهي|يخلص|تخلص|[يت]وقف) كل"
        " (?:شي|شيء|حاجه|شيئ)",
        "(?:لا|ما|مش) (?:اري|شايف|بشوف|نشوف|اجد|لاقي) (?:اي )?مخرج",
        "(?:<al>حياه|حياتي|الدنيا)(?: ما)? ?(?:ما ?الها|مالهاش|ما ?لها|ليس لها|بلا|ملهاش"
        "|مالها|ما عاد الها|ما عندها) (?:معني|قيمه|طعم|لازمه|فايده)",
        "(?:ما ?عاد في|ما ?في|مافي|ما ?عاد عندي|ما ?عندي|ما ?بقي عندي|مابقاش عندي|ماعنديش|فقدت"
        "|ضاع|ضيعت|راح) (?:كل )?"
        "<al>?امل(?! (?:ب|في|اني|ان|انو|ل)[^ ]*)",
        "(?:يئست|انا يائس|انا يائسه|انا يايس|انا يايسه)(?! من (?:<al>?اوراق|<al>?انتظار))",
        "(?:فقدت|ضيعت|ما ?عاد عندي) (?:كل )?<al>امل (?:في|ب|من) ?<al>(?:حياه|عيش|دنيا)",
        "(?:شو|ما|ايش|وش) <al>فايده من (?:<al>عيشه|<al>حياه|عيشتي|حياتي|<al>دنيا)",
        "(?:ليش|ليه|علاش|لماذا) (?:انا )?(?:لسه |لسا |بعدني |مازلت |ما زلت )?(?:عايش|اعيش|بعيش"
        "|عايشه)",
        "(?:<al>حياه|حياتي|<al>دنيا|عمري) (?:ما ?عادلهاش|ما ?عاد لها|ما ?عاد الها|ما ?بقالهاش"
        "|مابقالهاش|ما ?بقي لها|ما ?عادش عندها|فقدت) (?:اي )?(?:معني|قيمه|طعم)",
        "(?:[سحهب]?اقفز|[سحهب]?انط|[سحهب]?نقفز|[سحهب]?ننط|رح انط|رح اقفز|بدي انط|بدي اقفز"
        "|[حرس] ?ارمي (?:نفسي|حالي|روحي)) (?:(?:من|عن) )?(?:فوق )?<al>?(?:جسر|كوبري|سطح|بلكونه"
        "|شباك|عماره"
        "|برج|قنطره|بنايه)",
        "(?:لا|ما|مش) (?:استحق|استاهل|نستاهل|بستاهل|نستحق)(?:ش)? (?:<al>حياه|اعيش|<al>عيش|نعيش)",
        "(?:<i_want>|رح|راح|ح)(?: ان)? (?:انهي|نهي|انهاء|ننهي|اخلص|نخلص) كل (?:شي|شيء|حاجه|شيئ)",
        "(?:<al>موت|الموت)(?: [^ ]+){1,3} (?:اهون|اريح|ارحم|احسن|افضل|خير) (?:لي |ليا )?من",
        "ما ?(?:عنده|عندها|عندهم|عندوش|عندهاش)(?:ش)? (?:سبب|شي|حاجه|علاش) (?:[يت]عيش|يعيشوا"
        "|للعيش|للحياه)",
        "(?:ما ?في|مافي|ما ?عندي|ماعنديش|ما ?عاد عندي|ما ?عادش عندي|ما ?بقي عندي|ما ?بقاش عندي"
        "|ما ?بقالي|ما ?بقاليش) (?:اي |حتي )?(?:سبب|امل|دافع) (?:للعيش|لعيش|للحياه|لاعيش"
        "|عشان اعيش|باش نعيش|باش اعيش)",
        "<al>(?:حياه|دنيا)(?: كلها)? (?:ظلام|سودا|سوداء|سوده|ظلمه|عتمه)",
        "(?:بلعت|شربت|اخدت|اخذت|خذيت|خديت|كليت|اكلت) (?:<al>)?(?:حبوب|حبات|دوا|ادويه|برشام"
        "|كينات|كاشيات|كاشي|اقراص|فانيد|منوم|منومات|كبسولات)(?: [^ ]+)? "
        "(?:كثير|كتير|بزاف|برشا|وايد|هواي|كلها|كاملين|اوي|بالكوم)",
        "(?:اشربها|ابلعها|اخدها|اخذها|ناكلها|نشربها|نبلعها|اشربهم|ابلعهم) (?:كلها|كلهم|كاملين"
        "|كامله|كاع|قاع)",
        "(?:مات|ماتت|ماتو|ماتوا|توفي|توفت|توفوا|غرق|غرقوا|غرقو|راحوا)(?: [^ ]+){0,6} (?:و)?(?:بدي"
        "|اريد|ابي|نبي|نحب|بغيت|عايز|حابب|نفسي)(?: ان)? (?:الحق|نلحق|اروح عند|اكون مع)(?:هم|ه|ها)",
        "(?:نخمم|نفكر|افكر|بفكر|كنفكر|كنخمم|بخمم) (?:غير |بس |الا |كل الوقت |ديما |دايما |طول"
        " الوقت )?(?:في|ف|ب) ?<al>موت",
        "(?:لا|ما|مش|ما ?عاد|ماعاد) ?(?:اريد|بدي|عايز|ابي|نحب|بغيت|نبي) (?:<al>استمرار|استمر"
        "|اكمل|نكمل) (?:في|ب|ف) ?<al>(?:حياه|عيش|دنيا)",
        "انتهي كل (?:شيء|شي) (?:بالنسبه لي|بالنسبالي|بالنسبه ليا)",
        "(?:انا انتهيت|خلصت حياتي|انتهت حياتي|حياتي انتهت|حياتي خلصت)(?! من)",
        "حاولت (?:ان )?(?:انتحر|اقتل (?:نفسي|حالي|روحي)|اموت)",
        "(?:ما ?حد|ما ?حدا|ماحد|ما ?حدش|محدش|ما ?في حدا|ولا حد|لا احد) (?:[حهرب]?[يت]?(?:زعل|حزن"
        "|بكي|سال|فقد|حس)|رح يزعل|رح يحزن|رح يفتقدني|رح يبكي|هيزعل|هيحزن|سيحزن|سيفتقدني|يفتقدني"
        "|هيفتكرني|حيفتكرني|رح يتذكرني|هيتذكرني|هيفتقدني|رح يفتكرني)"
        "(?: [^ ]+){0,2} (?:لو|اذا|ان|كان) (?:مت|اموت|رحت|اختفيت|انتحرت)",
        "(?:نكره|اكره|كرهت|كاره|كارهه) (?:روحي|نفسي|حالي)",
        # Someone who hurts himself: not a habit of the past, nor anyone at all ("كيف اساعد
        # شخص يجرح نفسه").
        "(?<!كان )(?<!كانت )(?<!كانو )(?<!كانوا )(?<!شخص )(?<!واحد )(?<!حد )(?<!احد )(?<!حدا )"
        "(?<!اللي )(?<!الي )(?<!الذي )(?<!التي )(?<!من )(?<!لما )(?<!عندما )"
        "[حهسب]?[يت](?:اذي|ؤذي|جرح|حرق|قطع) (?:نفسها|نفسه|حالها|حاله|روحها|روحه)",
        "(?:ما|مش|ما ?عاد|ما ?بقاش|ما ?بقات|ماعادش|ما ?بقي|ما ?عادت) ?(?:حابه|حاب|عايز|عايزه|بدو"
        "|بدها|يبي|تبي|تحب|يحب|بغا|بغات|باغي|باغيه) (?:[يت]عيش)<life_end>",
        "(?:اشوف|بشوف|نشوف|شايف|شايفه|صرت اشوف) <al>موت (?:راحه|رحمه|حل|الحل)",
        "(?:ما ?بقيتش|مابقيتش|ما ?عدتش|ما ?عادش|ما ?عاد|ما ?بقاش|ما|مش) ?(?:حاب|حابه|باغي|نحب|بغيت"
        "|ابغي|ابي|بدي|عايز) (?:نكمل|اكمل|كمل)<life_end>",
        "من (?:داخلي|جوايا|جوا) ميت(?:ه)?",
        "ميت(?:ه)? من (?:جوا|جوه|الداخل)",
        "(?:لا|ما|ما ?في|مافي|ما ?عندي|ماعنديش|ماكو|ما ?كاين) (?:امل|سبب) (?:للعيش|لعيش"
        "|لاعيش|لنعيش|للحياه|اعيش|عيش|نعيش|في الحياه|عشان اعيش|حتي اعيش|باش نعيش)",
        "(?:اتمني|ياريت|يا ريت|يا ليت|ياليت|ليتني|ليت) (?:اموت|الموت|ميت|كنت ميت|مت|انا ميت|موت)",
        "(?:<al>موت (?:احسن|افضل|ارحم) (?:لي|من)|(?:احسن|افضل) (?:لي )?(?:اموت|الموت|موت))",
        "(?:اخلص|خلص|نخلص|بخلص|خلصت) من (?:حياتي|حالي|نفسي|روحي|الدنيا|<al>حياه)",
        "^(?:<al>انتحار)[.!]*$",
        "(?<!ما )(?<!مش )(?:بدي|عايز|عاوز|نحب|بغيت|ابي|نبي|اريد) (?:اختفي|نختفي)",
        "(?:شرطت|بشرط|قطعت|جرحت) (?:شراييني|عروقي|معصمي)",
        "(?:جرحت|قطعت|شرطت) (?:ايدي|يدي|ايديا) (?:بالموس|بموس|بشفره|بالشفره)",
        "(?:اذي|اذيت|باذي|نذي|جرحت|بجرح|اجرح|نجرح|قطعت|بقطع|اقطع|حرقت|اشنق|نشنق|بشنق|اقتل"
        "|نقتل|بقتل|احرق|بحرق|اسمم|نسمم|اذبح|ارمي|نرمي|برمي) (?:نفسي|حالي|روحي|راسي)",
        "(?:بدو|بدها|عايز|عاوز|عايزه|عاوزه|يبي|تبي|يريد|تريد|حابب|ناوي|ناويه) (?:ي|ت)?(?:قتل"
        " (?:حاله|نفسه|روحه|حالها|نفسها|روحها)|نتحر)",
        "(?:بفكر|افكر|نفكر|عم فكر|كنفكر) (?:دايما |كل يوم |كتير |طول الوقت )?(?:بال|في ال|فال)موت",
        "(?:يا ?ريتني|ليتني) (?:مت|ميت|اموت)",
        "(?:قتل|ايذاء|اذيه|انهاء|انهي|اقتل|اذي|اؤذي|اوذي|نؤذي) (?:نفسي|حياتي|حالي|روحي)",
        "(?:لا|لم اعد|ما عدت|ما ?عاد) (?:اري|اجد|بشوف|شايف) (?:اي )?(?:فائده|فايده|معني|سببا|سبب"
        "|جدوي) (?:من|في|ل) ?(?:<al>حياه|حياتي|<al>عيش|العيشه)",
        "(?:لا|ما|مفيش|ما ?فيش|مافي|ما ?في|ماكو|ما ?كاين|ما ?فماش) (?:جدوي|فائده|فايده|معني)"
        " (?:من|ل|في) ?(?:<al>حياه|حياتي|<al>عيش|عمري|عيشتي)",
        "(?:اشعر|حاسس|حاسه|عندي) (?:ب)?<al>ياس",
        "(?:رح|راح|ح|بدي) (?:انط|اقفز|نقفز|ننقز)[.!]*$",
        "(?:<kin>|واحد معنا|حدا معنا|واحده معنا|حد معانا) (?:بدو|بدها|عايز|عايزه|عاوز|عاوزه"
        "|يبي|تبي|يريد|تريد|حابب|حابه|ناوي|ناويه|راح|رح|ح|ه|بيفكر|بتفكر|يفكر|تفكر|هدد|هددت"
        "|حاول|حاولت|بغا|بغات)(?: ان| انو)? ?(?:[يت]نتحر|[يت]قتل (?:نفسه|حاله|روحه|نفسها"
        "|حالها|روحها))",
        # Leave this world, rest from it, go to God.
        "(?:[انتي]?رحل|اغادر|نغادر|[انت]?مشي|[انت]?روح|[انت]?طلع|[انت]?سيب|افارق|نفارق)"
        " (?:من|عن) <this_world>",
        "(?:[انتيب]?رتاح|نتهني|اتهني|نفتك|افتك|[انتيب]?خلص) (?:من|عن) <this_life>",
        "(?:[انت]?مشي|[انت]?روح|[انت]?لحق) (?:عند|لعند) (?:الله|ربي)(?! (?:ن|ا)?(?:توب|صلي))",
        "(?:باش|بش|عشان|علشان|مشان|منشان|لكي) (?:اموت|نموت)<fig_tail>(?! (?:من|م|ب|بال)"
        " ?(?:ال)?(?:برد|حر|عطش))",
        "ما ?(?:يهمني|يهمنيش|بيهمني|بهمني|عاد يهمني|بقاش يهمني|فارقه معي|فارقه معايا|تفرق معي)"
        "(?:ش)? (?:ان )?(?:اموت|نموت|<al>موت|اعيش ولا اموت|نعيش ولا نموت|اعيش او اموت)",
        "(?:ابتلعت|بلعت|شربت|اخذت|اخدت|خذيت|خديت|كليت|تناولت) (?:كميه|علب(?:ه|تين)?|شريط(?:ين)?"
        "|شرايط|باكو|باكوات|بلاكه|بلاكيت|حفنه|كيس|ظرف)(?: [^ ]+){0,2} (?:من )?<al>(?:حبوب|حبات"
        "|دوا|دواء|ادويه|اقراص"
        "|برشام|كاشيات|فانيد|منوم|منومات)",
        "(?:[انبحهس]?شعل|[انبحهس]?ولع|[انبحهس]?حرق|[انبحهس]?لهب|نصب|اصب|نكب|اكب) (?:<al>(?:نار"
        "|بنزين|ليسانس|ليصانص|غاز|كاز) )?(?:في|ف|ب|علي|ع) ?(?:<self>|جسمي|جسدي)",
        "(?:[انبحهس]?حرق|[انبحهس]?شعل|[انبحهس]?طيح|[انبحهس]?لوح|[انبحهس]?قذف|القي|نلقي"
        "|[انبحهس]?كتل|بنكتل|هنكتل) (?:ب)?<self>",
        "(?:اضع|ساضع|نضع|سنضع|احط|نحط|بحط|حط) (?:حدا?|نهايه) (?:ل ?)?(?:حياتي|عمري|معاناتي"
        "|<al>حياه)",
        "(?:سانهي|سننهي|هنهي|حنهي|هخلص|حخلص) كل (?:شي|شيء|حاجه|شيئ)(?= ?(?:$|[.!,]|الليله"
        "|اليوم|الحين|هلا|دلوقتي|خلاص))",
        "(?:خلي|خلو|خليه|خليو|يا ?ريت|ان شاء الله|انشاء الله|نشالله|<i_want>) <al>(?:بحر|موج|حوت)"
        " (?:[يت]اخدني|[يت]اخذني|ياكلني|يبلعني|يديني|يخطفني|يهزني|اخدني|اخذني|بلعني|كلاني|اكلني"
        "|داني)",
        # Finish oneself off, put an end to it all.
        "(?:[انبحهس]|رح ا|راح ا|غادي ن|باش ن)(?:كمل|خلص|قضي) (?:علي|ع) (?:<self>|حياتي|عمري)",
        "(?<!لازم )(?<!يجب )(?<!خاصنا )(?:[ابحهس]عمل|ادير|اسوي|رح اعمل) (?:حدا?|نهايه) (?:ل ?)?"
        "(?:حياتي|عمري|معاناتي|<al>حياه|كل (?:شي|شيء|هذا|هاد|ده|هالشي)(?= ?(?:$|[.!,])))",
        "(?:حتي لو|ولو|لو) بموتي",
        "(?:افكر|بفكر|نفكر|كنفكر|كنخمم|نخمم|عم فكر|قاعد افكر)(?: ان| انو| اني)? ?(?:انط|اقفز"
        "|نقفز|ننط|ننقز|نطيح|ارمي|نرمي|نلوح)(?= ?(?:$|[.!,]|(?:من|عن) (?:فوق )?<al>(?:شباك|سطح"
        "|جسر|كوبري|بلكون|بلكونه|عماره|برج|بنايه|طابق)))",
        "(?:نرجع|ارجع|نروح|اروح|نعود|اعود)(?: [^ ]+){0,2} (?:في|ف|ب) ?<al>(?:صندوق|تابوت|كفن|نعش)"
        "(?: [^ ]+)? (?:خير|احسن|افضل|اهون|ارحم|ولا)",
        "(?:صرت|بديت|بدات|رجعت|كل يوم|كل ليله|دايما|ديما)(?: [^ ]+)? (?:ا|ن|ب|كن)?(?:جرح|شرط|قطع"
        "|حرق) (?:ايدي|يدي|ذراعي|دراعي|رجلي|جلدي|جسمي|ايديا)(?![^.!?]*(?:نطيب|نطبخ|بطبخ|طبخ"
        "|مطبخ|بالغلط|بلا قصد))",
        "نوم(?:ه|ت)? (?:ما فيها|مافيهاش|بلا|بدون|من غير) (?:صحوه|صحيان|قومه|فيقه|نوض)",
        "(?:ماكو|ما ?في|مافي|ما ?بقي|ما ?بقاش|ما ?عاد في|ما ?كاين|ما ?فماش|مفيش|ما ?لقيت)"
        " (?:حل )?(?:غير|الا|سوي|بس) <al>موت",
        "(?:ا|ن)?طلع (?:(?:علي|ع|الي|لفوق|فوق) )?<al>(?:سطح|جسر|كوبري|عماره|برج|بنايه)(?: [^ ]+)?"
        " و ?(?:(?:ا|ن)?(?:نط|قفز|نقز)(?= ?(?:$|[.!,]|من|عن))|(?:ا|ن)?(?:طيح|رمي) <self>)",
        "(?:احسن|افضل|خير|يا ?ريت|ليت) (?:لي )?(?:لو|ان|اذا) (?:ما|لم) (?:ا|ن)?(?:صحيت|صحي|فقت|فيق"
        "|قمت|نوضت|استيقظ|اصحي|اقوم)(?! (?:بكير|بكري|بدري|متاخر|الساعه))",
        "(?<!ما )(?<!مش )(?<!مو )(?<!لا )<i_want>(?: ان)? (?:ا|ن)?غرق(?= ?(?:$|[.!,]|و ?(?:خلص"
        "|خلاص|ارتاح|نرتاح|نتهني|اتهني)|(?:في|ف|ب) ?<al>بحر))",
        "(?<!ما )(?<!مش )(?<!مو )(?<!لا )<i_want> (?:ا|ن)وفي(?= ?(?:$|[.!,]))",
        "(?:ما ?في|مافي|مفيش|ما ?فيش|ماكو|ما ?فماش|ما ?عاد في|ماعادش فما|ما ?كاين|ما ?كاينش|لا"
        "|ما ?بقات|ما ?بقاش|ما ?عادش) (?:اي |حتي )?(?:فايده|فائده|جدوي|لازمه|معني|طعم) (?:من|ل"
        "|في|فال|بال)? ?(?:<this_life>|<al>بقاء(?: علي قيد <al>حياه)?|حياتي|عيشتي|عمري|وجودي"
        "|<al>عيش)",
        "<farewell>[,.!]?(?: [^ ]+){0,8} <last_word>",
        "<last_word>[,.!]?(?: [^ ]+){0,6} <farewell>",
        # Cutting one's arms, wrists, legs, also again ("رجعت نجرح يديا", "صرت جرّح ايدي").
        "<i_pre>(?:جرح|قطع|شرط|قص|شطب|خدش|حرق) (?:في |ف)?<own_body><not_accident>",
        "(?:صرت|رجعت|عم|رديت|بلشت|بديت|بقيت) (?:جرح|قطع|شرط|قص|شطب|خدش|حرق) (?:في |ف)?"
        "<own_body><not_accident>",
        "(?:جرحت|قطعت|شرطت|شطبت|خدشت|حرقت|قصيت) (?:في |ف)?<own_body>(?: [^ ]+)? <blade>"
        "<not_accident>",
        # Hurting oneself: "نأذي روحي", "أؤذي نفسي", "جرّح حالي", "قاعد اجرح في نفسي".
        # ("أذى نفسي", "جرح نفسي" are also nouns: a psychological harm, a wound of the soul).
        "(?:<i_pre>?[اؤو]ذي|<i_pre>ذي)(?:ت)? (?:في |ف|ب)?(?:نفسي|حالي|روحي|راسي)<not_accident>",
        "<i_pre>(?:جرح|شرط|حرق)(?:ت)? (?:في |ف|ب)?<self_body><not_accident>",
        "(?:جرح|شرط|حرق)(?:ت (?:في |ف|ب)?<self_body>| (?:في |ف)?حالي)<not_accident>",
        # ... with a word of pain that only a wish, a habit or a purpose makes literal
        # ("بغيت نضر راسي", "نعذب روحي باش يحبس الوجع"; not "ليش نعذب روحي بالانتظار").
        "(?<!ما )(?<!مش )(?<!مو )(?<!لا )(?:<i_want>|قاعد|قاعده|عم|صرت|رجعت|رديت|وليت|عاودت"
        "|بقيت|ناوي|ناويه|لازم|كل يوم|كل ليله|دايما|ديما|ارغب في|احتاج)(?: (?:غير|بس|ان|انو"
        "|اني))? <i_pre>?(?:عذب|عاقب|ضرب|ضر|وجع|عور) (?:في |ف|ب)?<self_body>"
        "<not_figurative_pain>",
        "<i_pre>(?:عذب|عاقب|ضرب|ضر|وجع|عور) (?:في |ف|ب)?<self_body>(?: [^ ]+){0,2} (?:باش|عشان"
        "|علشان|حتي|لحد|لحدي|لحتي|لين|كي|لكي|ليخلص|ليوقف|ليسكت|بضرب|بجرح|بحرق|<blade>)",
        "<i_pre>?ضرب راسي (?:في|ب|مع|ع|علي) ?<al>(?:حيط|حائط|جدار|حيطان|حيطه|ارض)",
        "(?:عدت|رجعت|رديت|ارغب|افكر|بفكر|احتاج|بدات|ابدا|اواصل|عاودت|وليت"
        "|لا استطيع التوقف عن|ما قدرت اوقف)(?: (?:الي|في|ب|ان))? ?<al>(?:ايذاء|اذيه|جرح|تجريح"
        "|تقطيع|تشريط|حرق|معاقبه|عقاب|تعذيب) (?:<self_body>|<own_body>|<al>ذات|<al>نفس)",
    ),
    despair=(
        "(?:<al>حياه|حياتي|<al>عيشه|عيشتي|<al>دنيا|عمري)(?: [^ ]+)? (?:ما ?تنطاقش|ما ?تنطاق"
        "|ما ?بتنطاق|ما ?عادت تنطاق|لا تطاق|ما ?تتحملش|ما ?بتنحمل|ما ?عادت تنحمل|صارت جحيم"
        "|جحيم|ما ?تنعاشش)",
        "(?:ما ?عادش نطيق|ما ?عاد اطيق|ما ?نطيقش|ما ?عدت اطيق|لم اعد اطيق|لم اعد احتمل"
        "|ما ?عاد احتمل|ما ?عدت احتمل|مش طايق|ما ?عادش نحمل|ما ?عاد ?فيي|ما ?عدت اتحمل"
        "|ما ?عاد فيني اتحمل)(?= ?(?:$|[.!?,;:]|(?:شي|حاجه|اكتر|اكثر|هيك|كده|<al>حياه|حياتي"
        "|<al>دنيا|عمري|خلاص|بعد|نفسي|روحي)(?![^ ,.!?;:])))",
        "(?:ما ?عاد فيني|ما ?بقي فيني|ما ?عاد بقدر|ما ?عدت قادر|ما ?نجمش|ما ?نقدرش|مبقتش قادر"
        "|ما ?بقتش قادر|ما ?بقيتش قادر|ما ?بقيت قادر|مش قادر|مو قادر|ما ?عدتش قادر"
        "|ما ?عاد ?ش? ?فيا|ما ?بقاش فيا|ما عدت اقدر|لم اعد اقدر|لم اعد استطيع)(?: حيل| جهد)?"
        " (?:كمل|اكمل|عيش|اعيش|نعيش|نكمل)(?= ?(?:$|[.!?,;:]|(?:هيك|هكا|هكذا|كده|كدا|<al>حياه"
        "|<al>دنيا|حياتي|عمري|في <al>حياه|في <al>دنيا)(?![^ ,.!?;:])))",
        "(?:ما ?بقيتش|ما ?بقيت|مبقتش|ما ?عدتش|ما ?عدت) قادر(?= ?(?:$|[.!,]))",
        "(?:تعبت|زهقت|مليت|كرهت|قرفت|عيفت|سئمت|عييت|قلقت|زهجت|طفشت|فديت|شبعت) (?:من )?"
        "(?:(?:هاد|هاذ|هذي|هذه|هادي|هاي|دي) )?(?:<al>حياه|حياتي|<al>عيشه|عيشتي|<al>دنيا|عمري)",
        "(?:ضاقت|ضايقه) (?:بيا|بي|عليا|علي|فيا) <al>دنيا",
        "ضاقت <al>دنيا(?: (?:بيا|بي|عليا|علي|فيا|بعيني|بعيوني))?",
        "(?:ما ?بقيتش نقدر|ما ?عدتش نقدر|ما ?عاد نقدر|ما ?نقدرش|ما ?بقدر|مش قادر|ما ?عدت اقدر"
        "|ما ?بقيتش قادر) (?:نكمل|اكمل|نعيش|اعيش) (?:هاد|هاذ|هذي|هذه|هاي|دي|في) <al>(?:حياه|دنيا"
        "|عيشه)",
        "(?:نكره|اكره|كرهت|كاره|كارهه) (?:حياتي|عمري|<al>دنيا|<al>حياه|عيشتي)",
    ),
    plan=(
        "(?<!ما )(?<!مش )(?<!مو )(?<!لا )<i_want>(?: (?:غير|بس|فقط|ان|انو|اني|الي|ل))*"
        " (?:<go_back>|روح) <home>",
        "<go_back> <home>(?: [^ ]+){0,3} <how>(?![^ ,.!?;:])",
        "(?:<how>|طريقه|مساعده|ساعدني|ساعدوني|عاوني|عاونوني)(?: [^ ]+){0,2} <go_back>",
        "<al>(?:عوده|رجوع) <al>طوعي(?:ه)?",
        "(?:منظمه|<al>منظمه الدوليه) <al>هجره",
        "(?:برنامج|تذكره|تذكرت|بطاقه) <al>(?:عوده|رجوع)",
    ),
    general=(
        "<aux>[بكد]?[يت](?:ضرب|عذب|هاجم|غتصب|قوص|طخ|جلد|خنق|حرق|كهرب|طق|سلخ)(?:و|ون|وا)?(?:نا|ني"
        "|ننا|نني)",
        "(?:عم|قاعد|قاعده|قاعدين|راه|راهي|راهم|دا|دي) [يت](?:ضرب|عذب|غتصب|ذبح|جلد|طق|كهرب)"
        "(?:و|ون|وا)?(?:ه|ها|هم|هن)",
        # Selling people, as it happens.
        "(?:قاعدين|عم|راهم|راهو|راه|دا) [كبد]?[يت]بيع(?:و|وا|ون) <sold>",
        "د[يت]بيع(?:و|وا|ون) <sold>",
        "<aux>[كبد]?[يت]بيع(?:و|وا|ون) <sold>(?: [^ ]+){0,3} <now_here>",
        "<attackers> (?:داخلين|هاجمين|[بكد]?[يت]هجم(?:و|وا|ون)|عم [يت]هجم(?:و|وا)?) (?:علينا|عليا)",
        "(?<!ما )(?<!مش )(?:[بكيد]?[يت]|(?:عم|قاعد|قاعدين|راه|راهم|دا) [يت])(?:كسر|خلع)(?:و|وا"
        "|ون)? <al>باب",
        "<aux>[بكد]?[يت](?:ضرب|عذب|قوص|طخ|جلد|كسر|طق|سلخ|دق)(?:و|وا|ون) (?:فينا|فيا|فيني|علينا"
        "|فيه|فيها|فيهم"
        "|في <kin>)",
        "(?:[بكد][يت]|(?:عم|قاعدين|قاعد|راهم|راه|دا) [يت])(?:ضرب|عذب|غتصب|ذبح|حرق|كهرب|جلد)"
        "(?:و|ون|وا)(?:ه|ها|هم)",
        "<aux>[بكد]?[يت](?:ضرب|طلق|قوص|طخ|رمي)(?:و|وا|ون)? (?:علينا|فينا|عليا|علي(?= ?(?:$"
        "|[.!?,;:]|و)))"
        "(?: <al>(?:نار|رصاص))?",
        "(?:[بكد]?[يت]طلق(?:و|وا|ون)?|[بكد]?[يت]ضرب(?:و|وا|ون)) <al>(?:نار|رصاص)"
        " (?:علينا|عليا|علي(?= ?(?:$|[.!?,;:]|و))|فينا)",
        "(?:في|فيه) (?:ضرب نار|اطلاق نار|اطلاق رصاص|رصاص|قواص|ضرب رصاص|رمايه|قصف)",
        "رمايه (?:علينا|عليا)",
        "(?:(?:شد|مسك|خطف|اختطف|حكم|حجز|حبس|قبض|خد|اخد|اخذ|شال|دا|هز)(?:و|وا)(?:نا|ني|ه|ها"
        "|هم)?"
        "|(?:حاكمين|حاجزين|حابسين|خاطفين|ماسكين|شادين|ماسكه|شاده)(?:ه|ها|هم|نا|ني)?"
        "|(?:محجوز|محبوس|محتجز|مخطوف|مسجون)(?:ه|ين|ون)?)(?: [^ ]+){0,6} (?:و)?<want>"
        "(?: (?:فيه|فيها|فينا|منا|مني|منهم))? (?:<money>|[0-9]+)",
        "<kin> (?:محجوز|محبوس|محتجز|مخطوف|مسجون)(?:ه)? (?:عند|لدي|مع) (?:ناس|جماعه|عصابه"
        "|مهربين|مليشيا|ميليشيا|مسلحين)",
        "(?:ماسكه|ماسكين|ماسك|شادين|حاكمين|حاجزين) <kin>",
        "(?:بايد|في ايد|بيد|في يد|بايدين|في ايدين) <al>(?:خاطفين|مهربين|عصابه|مليشيا|ميليشيا"
        "|مسلحين|خاطف)",
        "[بكد]?[يت](?:لحق|لاحق|طارد)(?:و|ون|وا)(?:نا|ني)",
        "(?:عم|قاعد|قاعده|راه|راهو|دا) [يت](?:لحق|لاحق|طارد)(?:و|ون|وا)?(?:نا|ني)",
        "(?:لدغ|لسع|قرص|عض)(?:ت)?(?:ني|ه|ها|نا) <al>?(?:حيه|افعي|عقرب|عقربه|تعبان|ثعبان|حنش)",
        "(?:لاحقتنا|لاحقونا|طاردونا|طاردتنا|لحقونا|لحقتنا|لاحقيننا|لاحقينا)",
        "(?:ما ?في|مافي|ماكو|ما ?فيش|مفيش) <al>هوا(?= ?(?:$|[.!,]| هون| هنا| جوا))",
        "(?:ضرب نار|اطلاق نار|اطلاق رصاص) (?:علينا|حوالينا|قريب منا)",
        "(?:طالبين|يطلبوا|يطلبو|بيطلبوا|بيطلبو|يطلبون|طلبوا|طلبو|بدهم|بدن|عايزين|عاوزين|يبوا"
        "|يبو|يبغوا|يبغون|يريدون|حابين|بغاو|باغيين|دايرين|يطالبون|يطالبوا)(?: [^ ]+){0,2}"
        " (?:فديه|فديا)",
        "<al>(?:فلوس|مصاري|مال|فديه|دولار|دينار|يورو|الاف|الف|مبلغ)(?: [^ ]+){0,2} من <family>",
        "(?:[0-9]+[^ ]*)(?: [^ ]+){0,2} من <family>",
        "(?:اطلاق سراح|يطلقوا سراح|يطلقو سراح|يفرجوا عن|الافراج عن|يطلقوني|يطلقونا|يطلقوه"
        "|يطلقوها|يفكوني|يفكونا|يفكوه|يسيبوني|يسيبونا|يخلوني اطلع|يخلونا نطلع|يسرحوني"
        "|يسرحونا|يسرحوه|يطلقو سراحنا)",
        "(?:<we> |انا )?(?:رهائن|رهينه|محتجزين كرهائن)",
        "(?:حاجزين|حابسين|خاطفين|ماسكين|محتجزين) <kin>",
        "(?:محتجزون|محتجزين|محبوسون|محبوسين|مخطوفون|مختطفون) (?:كسجناء|كرهائن|لدي|من قبل)",
        "<kin> (?:عندهم|معهم|بايديهم)(?: [^ ]+){0,2} (?:و)?(?:بدهم|طالبين|يبوا|يبغوا|عايزين"
        "|يطلبوا|بيطلبوا|يريدون)",
        "<aux>[بك]?[يت]اذ(?:و|وا|ون)?(?:نا|ني)",
        "(?:مقفول|مقفل|مسكر|مقفلين|قافلين|مسكرين|قافل|قافله|سادد|سادين) (?:علينا|علي|عليا|عليه"
        "|عليها)(?! (?:<al>)?(?:خط|تلفون|تليفون|موبايل|هاتف))",
        # Shooting at people, as it happens.
        "(?:(?:عم|قاعدين|قاعد|راهم|راهو|دا) [بكد]?[يت]|د[يت])(?:طلق|ضرب|رمي|رش)(?:و|وا|ون)?"
        " (?:في )?"
        "<al>(?:نار|رصاص|كرطوش|قرطاس) (?:علي|ع|في) ?<al>(?:ناس|شباب|مهاجرين|حراقه|عالم|خيم|خيام)",
        "<aux>[بكد]?[يت](?:طلق|ضرب|رمي|رش)(?:و|وا|ون)? (?:في )?<al>(?:نار|رصاص|كرطوش|قرطاس)"
        " (?:علي|ع|في) ?<al>(?:ناس|شباب|مهاجرين|حراقه|عالم|خيم|خيام)(?: [^ ]+){0,4} <now_here>",
        # Beating someone who is screaming now.
        "[بكد]?[يت](?:ضرب|عذب|جلد|خنق)(?:و|وا|ون)?(?: [^ ]+){1,3} (?:و ?)?(?:هي|هو|هم|هما)"
        " (?:[بكد]?[يت]|(?:عم|قاعد|قاعده|قاعدين|راهي|راهو) [يت])(?:صرخ|عيط|غوت|صيح|بكي)(?:و|وا)?",
        # Burning the tents.
        "(?:عم|قاعدين|قاعد|راهم|راه|دا) [يت]حرق(?:و|وا|ون)? <al>(?:خيم|خيام|خيمه|بيوت|بيت|دار"
        "|ديار|حوش|كامب|مخيم|براكات|براكه)",
        "<aux>[بك]?[يت](?:ضرب|عذب|قتل|غتصب|ذبح|حرق|كهرب)(?:و|ون|وا) <kin>",
        "<aux>(?:[بكد]?[يت]|ب)(?:ضرب|عذب|قتل|كتل|غتصب|ذبح|طخ|قوص|طق|سلخ)(?:و|ون|وا) (?:في |ف)?"
        "(?:<al>ناس|<al>نسوان|<al>ولاد"
        "|<al>اطفال|كل الناس|<al>مساجين|<al>بنات|<al>مهاجرين)(?: [^ ]+){0,3} (?:هون|هنا|هلا|هسه"
        "|هسع|هسي|دلوقتي|الان|الحين|قدامي|توا|توه|دابا|دوكا|درك|حاليا|هلق)",
        "<aux>[بكد]?[يت](?:دور|دورو|فتش)(?:وا|و|ون)? (?:علينا|عليا|علي(?= ?(?:$|[.!?,;:]|و)))",
        "(?:في|فيه) (?:<al>?مسلحين|ناس مسلحه|رجال مسلحين|ناس مسلحين) (?:قدام|حوالين|جنب|عند|برا"
        "|بره|داخل|جوا|حول)",
        "(?:انضرب|اتضرب|انضربت|اتضربت|انصاب|اتصاب|انصابت|اتصابت|تضرب|تضربت|تطعن|تطعنت)"
        " (?:بال)?(?:جنوي|موس|خنجر|مديه|رصاص|نار|رصاصه"
        "|طلق|سكين)",
        "(?:مصاب|مصابه|مصابين) (?:برصاص|بطلق|برصاصه|بسكين|بجروح)",
        "<aux>[بك]?[يت](?:لاحق|طارد|تبع)(?:و|ون|وا)?(?:نا|ني|ننا|نني)",
        "(?:حابسينا|حابسيني|حبسونا|حبسوني|حابسنا|حابسني|حاجزني|حاجزنا|قافلني|قافلنا|قافلين علينا"
        "|قفلوا علينا|قفلو علينا"
        "|مسكرين علينا|سكروا علينا|محتجزينا|حاجزينا|حاجزيني|حجزونا|حجزوني|شادينا|ماسكينا"
        "|خاطفينا|خاطفيني)",
        "(?:<we> |انا )?<aux>(?:محبوسين|محتجزين|محجوزين|مسجونين|مقفول علينا|مخطوفين|محاصرين"
        "|مقفولين|مسكر علينا|محبوس|محبوسه|محتجز|محتجزه|محجوز|محجوزه|مخطوف|مخطوفه|محبوسون"
        "|محتجزون|محجوزون|مسجونون|مخطوفون)"
        " (?:عند|لدي|مع|في|ف|ب|جوه|جوا|داخل|من|تحت)? ?<al>(?:مهربين|مهرب|عصابه"
        "|مليشيا|ميليشيا|غرفه|شاحنه|مخزن|حوش|بيت|كونتينر|حاويه|عربيه|سياره|بدروم|قبو|ترك"
        "|كاميو|مستودع|جماعه مسلحه|مسلحين|دار|فيرمه|مزرعه|شقه|كوخ|هنقار|مكان)",
        "(?:في حد|في حدا|في واحد|واحد|ناس|رجال|شي واحد|حد|حدا|زلمه|رجل|راجل|شب) (?:ماشي|ماشيين"
        "|جاي|بيمشي|بيمشوا"
        "|عم يمشي|متبعني|متبعنا|لاحقني|لاحقنا|تابعني|تابعنا) (?:ورايا|وراي|ورانا|خلفي|خلفنا)",
        "خايف(?:ه|ين)? (?:علي|ع) (?:حياتي|حياتنا|روحي|عمري|ارواحنا)",
        "(?:دخل|دخلوا|دخلو|داخلين|جا|جاو|جو) (?:علينا|عليا|علي) (?:ب|بال)(?:سلاح|سكاكين|سكين|جنوي"
        "|عصي|مسدس|بنادق|كلاش)",
        "(?:هجمت|هجموا|هجمو|داهمت|داهموا|داهمو|اقتحموا) (?:علي|ع) ?<al>?(?:حوش|بيت|دار|مخيم|كامب"
        "|غرفه|مكان)",
        "(?:[بي]?[يت]جري|[بي]?[يت]جروا|جاري|جاريين|بيجروا|عم يركضوا|راكضين) (?:ورانا|ورايا|وراي"
        "|وراءنا|وراءي|خلفنا)",
        "<kin> (?:خدوها|خدوه|اخدوها|اخدوه|اخذوها|اخذوه|خذوها|خذوه|شالوها|شالوه|داوها|داوه|هزوها"
        "|هزوه|خطفوها|خطفوه) (?:رجال|ناس|مسلحين|عصابه|جماعه|ولاد الحرام|<al>مهربين)",
        "(?:رجال|ناس|مسلحين|واحد|شباب|جماعه) (?:بالسلاح|مسلحين|معاهم سلاح|بسلاح|بالسكاكين|بالسيوف)",
        "(?:<al>حراس|<al>شرطه|<al>بوليس|<al>مهربين|<al>عسكر|<al>حرس) <aux>(?:[بيكد]?[يت]ضرب(?:و|وا"
        "|ون))(?: [^ ]+)? (?:بالعصي|بالكرابيج|بالسياط|بالكابلات|بالحديد|فينا|<al>ناس|فيهم)",
        "(?:<we>|انا) <aux>(?:محبوسين|محتجزين|مخطوفين|محجوزين|مسجونين|محبوس|محبوسه|مخطوف|مخطوفه)"
        "(?= ?(?:$|[.!,]))",
        "(?:لا|ما) (?:يسمحون|يسمحوا) (?:لنا|لي) (?:بالخروج|بالمغادره|ان نخرج|ان اخرج)",
        "(?:ما|مش|مو) ?(?:بيخلونا|بيخلوني|يخلونا|يخلوني|خلونا|خلوني|راضيين يخلونا"
        "|راضيين يطلعونا|بيسيبونا|يسيبونا|خلاونيش|خلاوناش|خلاوني|خلاونا|يخلوناش|يخلونيش"
        "|يخليونا|يخليوني|يخليوناش|يخليونيش|يسيبوناش|يسيبونيش|يخليوهاش|يخلوهاش|بيخلوها|يخلوها"
        "|يسيبوها|يخليوهش|يخلوهوش|بيخلوه|يخلوه|يخليوه|يخليوها)"
        " (?:نطلع|اطلع|نمشي|امشي|نروح|اروح|نخرج|اخرج|نخرجو|نطلعو|نمشيو|تخرج|تطلع|يخرج|يطلع"
        "|تمشي|يمشي)",
        "(?:قفلوا|قفلو|سكروا|سكرو|سكرولي|قفلولي) (?:<al>باب )?(?:علي|عليا|علينا)",
        "(?:عم|قاعد|قاعدين|راه|راهم|دا) [يت](?:قوص|طخ|طلق(?:و|وا)? نار|ضرب(?:و|وا)? نار"
        "|رمي رصاص)(?:و|وا|ون)?",
        "<al>(?:خاطفين|خاطف|مختطفين|عصابه)(?: [^ ]+){0,8} (?:و)?<want>(?: [^ ]+)? (?:<money>"
        "|[0-9]+)",
        "صوره <kin> (?:مربوط|مربوطه|مكتف|مكتفه|بينزف|بتنزف|مضروب|مضروبه)",
        # Armed men at the door, or knocking on it, or breaking it.
        "<armed>(?: <aux>(?:واقفين|واقفون|قاعدين|موجودين|متجمعين|متلمين|مستنيين|ينتظرون|بيستنوا"
        "|جايين|وصلوا|وصلو))? <at_door>",
        "<violent>(?: [^ ]+){0,3} <knock> (?:علي |ع|في |ف)?<door>",
        "<al>(?:مليشيا|ميليشيا|مليشيات|ميليشيات|عصابه)(?: <aux>(?:واقفين|قاعدين|موجودين))?"
        " (?:قدام|برا|بره|عند|علي|جنب|حدا|يم|امام|ع) ?(?:<al>باب (?:<al>)?(?:دار|بيت|غرفه|خيمه"
        "|حوش)(?:نا|ي)|(?:باب|بيبان|دار|بيت|غرفه|خيمه|حوش)(?:نا|ي))",
        "<knock> (?:علي |ع|في |ف)?<door>(?: [^ ]+){0,4} <violent>",
        "<knock> <violent> (?:علي |ع|في |ف)?<door>",
        "<al>(?:خاطفين|خاطف|مختطفين|عصابه) (?:بدهم|طالبين|يبوا|يبغوا|عايزين|يطلبوا|بيطلبوا"
        "|يريدون|اتصلوا|بيتصلوا|هددوا|بيهددوا|قالوا)",
        "(?:ناس|رجال|رجاله|جماعه|عصابه|واحد|شباب|مسلحين|ناس مسلحين) (?:معهم|معاهم|عندهم|معه"
        "|حاملين|شايلين) (?:سلاح|اسلحه|سكاكين|سكين|بنادق|كلاشنكوف|مسدسات|مسدس)",
        "(?:شدونا|شدوني|مسكونا|مسكوني|قبضوا علينا|قبضو علينا|خدونا|اخدونا|اخذونا|حجزونا)"
        "(?: [^ ]+){0,3} (?:و)?(?:طالبين|بدهم|يبوا|يطلبوا|بيطلبوا|عايزين|باغيين) (?:فلوس|مصاري"
        "|فديه|<al>فلوس|[0-9]+)",
        "<al>(?:مسلحين|عصابه|مليشيا|ميليشيا) (?:داخلين|دخلوا|دخلو|هاجمين|جايين) (?:علينا|علي|ع)",
        "(?:هجموا|هجمو|هاجموا|هاجمو|داهموا|داهمو|اقتحموا|اقتحمو) (?:علينا|علي [^ ]+"
        "|ع[^ ]+|[^ ]+نا)",
    ),
    injury=(
        "<al>دم (?:[كبي]?[يت]سيل|نازل|سايل|بيسيل|عم يسيل)",
        "[كبي]?[يت]?سيل (?:منو |منه |منها |من راسه |من راسها )?<al>دم",
        "(?:لدغ|لدغه|لدغها|لدغته|لدغتها|قرص|قرصه|قرصها|قرصته|قرصتها|لسع|لسعه|لسعها|لسعته"
        "|لسعتها|عضه|عضها|عضته|عضتها|تلسع|تلسعت|تلدغ|تلدغت|اتلدغ|اتلدغت|اتلسع|اتلسعت|انلدغ"
        "|انلدغت|ملدوغ|ملدوغه|ملسوع|ملسوعه|مقروص|مقروصه)(?: من| بواسطه)? <al>?(?:حيه|افعي"
        "|عقرب|تعبان|ثعبان|حنش|لفعه)",
        "(?:تشنجات|تشنج|بيتشنج|عم يتشنج|عنده صرع|جاته نوبه|جاتو نوبه|عنده نوبه|عندها نوبه"
        "|جاتها نوبه)",
        "(?:ما|مش|مو) ?(?:عم |عاد |عادش |قاعد |دا )?[بي]?[يت](?:فيق|صحي|صحا)(?:ش)?(?! (?:بكير"
        "|بكري|بدري|للمدرسه|للشغل|للصلاه|الصبح|من النوم|بسهوله|الا|غير|قبل|بعد|متاخر|الساعه))",
        "(?:مش ?بيفوق|ما ?بيفوقش|مش ?بيصحي|ما ?بيصحاش|ما ?يفيقش|ما ?يصحاش|ما ?فاقتش"
        "|مش ?راضي يصحي|مش ?راضي يفوق)",
        "(?:ما|مش|مو|لا) ?(?:دا |عم |عاد |عادش |بقاش |بقي |عاد ي)?[بي]?[يت]تنفس(?:ش)?",
        "(?:مصاب|مصابه|مصابون|مصابين) (?:بشده|بجروح|باصابه|اصابه بالغه|اصابات بالغه|بليغه)",
        "(?:[يت]حتاج|نحتاج|بحاجه) (?:الي )?(?:طبيب|دكتور|اسعاف|مستشفي)(?:ا)? (?:الان|حالا|فورا"
        "|بسرعه|عاجلا|ضروري)",
        "فاقده? (?:لل|ال)وعي",
        "(?:تلد|بتولد|عم تولد) (?:الان|الحين|حالا|هلا|دلوقتي)",
        "(?:شرب|بلع|ابتلع|شربت|بلعت)(?: [^ ]+)? (?:مي|ميه|ماء|مويه|ماي) (?:<al>)?بحر",
        "(?:حرارته|حرارتها|سخن|سخنت|سخونه|مغمي|طاح|طاحت|وقع|وقعت|مرمي|طايح|واقع)(?: [^ ]+){0,4}"
        " (?:و)?(?:ما|مش|مو) ?(?:عم )?(?:[بي]?[يت]رد|[بي]?[يت]حرك|[بي]?[يت]فيق|[بي]?[يت]صحي"
        "|[بي]?[يت]نفس|[بي]?[يت](?:تكلم|هدر|حكي|نطق))(?:ش)?",
        "<al>دم (?:ما ?بيوقف|ما ?وقف|ما ?بيقف|ما ?يوقف|ما ?وقفش|مش راضي يوقف)",
        "ما ?(?:بقاش|بقي) [يت](?:فيق|صحي|تنفس|تحرك)",
        "[بوت]?[يت]تشنج",
        "<not_heart>(?:<person> )?<aux>(?:[بي]?ينزف|بتنزف|تنزف|نازف|نازفه"
        "|نزيف (?:قوي|شديد|كتير|كبير)"
        "|مغمي عليه|مغمي عليها|مغمي علي|اغمي عليه|اغمي عليها|اغمي علي|فاقد الوعي"
        "|فاقده الوعي|فقد الوعي|فقدت الوعي|ما ?بيتنفس|ما ?بتتنفس|مش ?قادر يتنفس"
        "|مش ?قادره تتنفس|ما ?يتنفسش|ما ?تتنفسش|ما ?يقدرش يتنفس|لا يتنفس|لا تتنفس"
        "|(?:ما|مش|مو) ?(?:[يت]قدر(?:ش)?|قادر|قادره|قادراش|قادرش) [يت]تنفس(?:ش)?"
        "|ما عم يتنفس|ما عم تتنفس|بتولد|عم تولد|جاها الطلق|جاها المخاض|عندها طلق|جلطه"
        "|نوبه قلبيه|ازمه قلبيه|سكته قلبيه|نوبه صرع|بيتشنج|عم يتشنج|بيحتضر|يحتضر|تحتضر"
        "|ما ?بيتحرك|ما ?يتحركش|ما ?بيصحي|ما ?بيفيق|ما ?فاقش|ما عم يتحرك|ما عم تتحرك"
        "|مش بيتحرك|ما ?بتتحرك|ما ?يتحرك)",
        "(?:حاله طبيه طارئه|حاله طارئه|حاله حرجه|حالته حرجه|حالتها حرجه|حالته خطيره|حالتها خطيره)",
        "(?:لا|ما|مش) (?:نستطيع|نقدر|قادرين|استطيع|اقدر|بقدر|نقدروش) (?:ال)?[ان]?تنفس",
        "(?:انا )?(?:مصاب|مصابه)? ?و?(?:بنزف|انزف|عم انزف|نزفت|نازف|نازفه)",
        "<al>?(?:حيه|افعي|عقرب|تعبان|ثعبان|حنش) (?:لدغ|لدغت|لسع|لسعت|قرص|قرصت|عض|عضت)(?:ني|ه|ها"
        "|ته|تني|تها|نا|تنا)?",
        "جرح (?:كبير|عميق|خطير|بليغ)",
        "(?:كلا|اكل|كل|شرب|بلع|بلعت|كلات|شربت|كلت|ابتلع|ابتلعت|بلعات)(?: [^ ]+){0,3} (?:مسموم"
        "|مسمومه|سم|سموم|كلور|جافيل|ماء جافيل|بطاريه|مبيد|بنزين|كاز|مازوت)",
        "<eyes_rolled>",
        "(?:(?:<kin>|<al>(?:طفل|بيبي|رضيع|ولد|بنت))(?: [^ ]+)? |(?:صار|ولي|ولات|بقي|رجع|بدا) )"
        "<turned_blue>",
        "(?:طاح|طاحت|وقع|وقعت|سقط|سقطت)(?: [^ ]+)? من (?:فوق )?<al>(?:طابق|سطح|شباك|بلكون|بلكونه"
        "|عماره|سور|كاميون|شاحنه|تريلا)(?![^.!,;:]*[?])",
        "(?:راس|جمجم)(?:ه|ها|و|ي|ت(?:ه|ها|و)) (?:مفلوق|مفلوقه|مشقوق|مشقوقه|مفجوج|مفجوجه|انفلق"
        "|انفلقت|تفلق|تفلقت)",
        "(?:[كبيت]?[يت]قلب|[كبيت]?[يت]رجع|[كبيت]?[يت]تقيا|[كبيت]?[يت]بزق|[كبيت]?[يت]كح"
        "|[كبيت]?[يت]سعل|[كبيت]?[يت]ستفرغ) (?:في )?<al>دم",
        "(?<!تحليل )(?<!فحص )(?<!شويه )(?<!شوي )(?<!قليل )(?<!نقطه )<al>دم(?: [^ ]+)? من (?:فم|بق"
        "|بوق|ودن|اذن|وذن)(?:ه|ها|و|ي)?(?![^.!?]*(?:ضرس|سن|سنان|اسنان|فرشه))",
        "[كبيدت]?[يت]تنفس (?:بصعوبه|بالعافيه|بالزور|بالكاد|بشق الانفس|بتقل|بثقل)(?![^.!,;:]*[?])",
        "<al>(?:مستشفي|مشفي|سبيطار|صبيطار|اسبيطار|سبيطال|عياده|مستوصف|كلينيك|مصحه)(?: [^ ]+)?"
        " (?:طردنا|طردونا|طردوني|طردوها|طردوه|قفلوا الباب في وشنا|سكروا الباب"
        " بوجهنا)(?![^.!,;:]*[?])",
        "[بكد]?[يت]ختنق(?= ?(?:$|[.!,]))",
        "(?:[كبي]?[يت]تقيا|[كبي]?[يت]رجع دم|بيستفرغ|عم يستفرغ) (?:بزاف|كتير|كثير|دم|بلا توقف)",
        "حامل(?: [^ ]+){0,4} (?:و)?(?:<al>وجع|<al>طلق|<al>مخاض) (?:بدا|بلش|جا|جاني|جاها|بدات)",
        "(?:غاب|غايب|غابت|غايبه) عن <al>وعي",
        "ما ?عاد ?ش? [يت](?:فيق|صحي|تنفس|تحرك)",
        "<al>تشنجات",
        "حامل(?: [^ ]+){0,2} (?:و)?(?:تعبانه|مريضه|تنزف|بتنزف) (?:بالحيل|كتير|بزاف|جدا|اوي|شديد"
        "|برشا)",
        "(?:لدغه|لدغته|لدغتها|عضه|عضته|عضتها|قرصه|قرصته|قرصتها) (?:<al>)?(?:حيه|افعي|عقرب|تعبان)",
        "<person> <aux>(?:بيموت|عم يموت|قاعد يموت|راح يموت|رح يموت|حيموت|هيموت|رايح يموت"
        "|بتموت|عم تموت|قاعده تموت|راح تموت|حتموت|هتموت|ديموت|دتموت|كيموت|كتموت|راهو يموت"
        "|راه يموت|راهي تموت|راها تموت)<fig_tail>",
        "(?:<we> |انا )?<aux>(?:مش قادرين نتنفس|ما ?نقدر نتنفس|ما ?عم نتنفس|مخنوقين|بنختنق"
        "|عم نختنق|نختنق|مش قادر اتنفس|ما ?بقدر اتنفس|ما ?قادرين ?ش نتنفسو)",
        "(?:اتصلوا|اتصلو|اطلبوا|اطلبو|ابعتوا|ابعثوا|نحتاج|محتاجين|بدنا|عايزين|نبوا|نبي|جيبوا"
        "|جيبو) (?:ب|لنا |لينا |ل)?<al>(?:اسعاف|دكتور بسرعه|طبيب بسرعه|دكتور حالا|طبيب حالا"
        "|دكتور ضروري|طبيب ضروري|دكتور فورا|طبيب فورا)",
        "<fever>(?: [^ ]+){0,5} (?:و ?)?<danger_sign>(?![^.!;:]*[?])",
        "(?:<person>|حامل|امراه|مره)(?: [^ ]+)? (?:في |ف)(?:حاله|حالت) (?:ولاده|وضع|مخاض|طلق)",
        # Labour: it started, it came to her; her waters broke.
        "(?:في |ف)(?:حاله|حالت) (?:ولاده|وضع|مخاض|طلق) (?:<al_req>ان|<al_req>حين|حاليا|دلوقتي"
        "|هلق|هلا|هسه|هسع|توا|دابا|حالا)",
        "(?:بدا|بدات|بدت|بلش|بلشت|ابتدا|ابتدي|ابتدت|ابتدات|جا|جات|اجا|اجت|جاء|جاءت|ضرب|ماسك"
        "|مسك|شد|دخل|دخلت|داخل|داخله)(?:ها|ت|تها|لها|و|تو)?(?: (?:معاها|معها|عليها|لها|عندها|ل<kin>"
        "|لمرتي|لزوجتي|لمراتي|لامراه|لمره|لست))?(?: (?:في|ف))? <al>(?:طلق|مخاض|ولاده)"
        "(?! (?:ناري|نار|<al>قيصريه))",
        "(?:عندها|فيها|بيها|معاها|ماسكها|ضاربها|شادها|جايها|جاياها) <al>(?:طلق|مخاض)"
        "(?! (?:ناري|نار))",
        "<al_req>(?:طلق|مخاض|ولاده) (?:بدا|بدات|بدت|بلش|بلشت|ابتدا|ابتدت|جا|جات|اجا|اجت"
        "|جاها|جاتها|اجاها|جالها|شد|شدها|زاد|قوي|قويت)(?:ها|ت|لها|عليها)?",
        "(?:بدات|بدت|بلشت|ابتدت|ابتدات|شرعت|قعدت) (?:في |ف)?(?:تولد|تلد|<al>ولاده|<al>وضع)",
        "(?:نزل|نزلت|نزلو|تنزل|بتنزل|عم تنزل|طلع|طلعت|سال|سالت|انفجر|انفجرت|فقع|فقعت|انفقع"
        "|انفقعت|تفقع|تفقعت|اتفقع|اتفقعت|انفتح|انقطع|تقطع|شرق|خرج|خرجت)(?: [^ ]+)? (?:لها|منها"
        "|مني|معاها|معها|عندها|ل<kin>|لمرتي|لزوجتي|لمراتي) (?:كيس |جيب )?<al>(?:مي|ميه|ماء"
        "|مويه|مياه|ماي|مايه)",
        "(?:كيس|جيب) <al>(?:مي|ميه|ماء|مويه|مياه|ماي|مايه)(?: (?:تاعها|ديالها|متاعها|تبعها"
        "|بتاعها|حقها|عندها|لها))? <aux>(?:انفجر|انفقع|فقع|تفقع|اتفقع|انفتح|تقطع|انقطع|نزل|شرق"
        "|خرج|تفرقع|انفزر)",
        "(?:انفجر|انفقع|فقع|تفقع|اتفقع|انفتح|انقطع|تقطع)(?: (?:لها|عندها|معها|معاها|ل<kin>"
        "|لمرتي|لزوجتي))? (?:كيس|جيب) <al>(?:مي|ميه|ماء|مويه|مياه|ماي|مايه)",
        "(?:كتولد|كاتولد|راهي تولد|راها تولد|قاعده تولد|دا تولد|دتولد|تولد (?:<now_here>|حالا))",
        "(?:<kin>|<al>(?:طفل|بيبي|رضيع|مريض)|هو|هي) (?:[يت]موت|[يت]حتضر)<fig_tail>",
        "(?:دا|دي) [يت]موت<fig_tail>",
        "<person> <aux>(?:[بكد]?[يت]ختنق|عم [يت]ختنق)(?! (?:من|م|ب) )",
        "(?:في|فيه|فما|كاين|اكو) (?:ناس|واحد|حد|حدا|اطفال|ولاد|نسوان|جماعه) (?:متعورين|متعور"
        "|مجروحين|مجروح|مصابين|مصاب|جرحي|مدممين|ميتين|موتي)(?! (?:ب|بال)[^ ]*)",
        "(?:صابت|صابته|صابتها|صابتني|صابتو|جاته|جاتو|جاتها|جاتني|اصابته|اصابتها|اصابتني"
        "|دخلت فيه|دخلت فيها|دخلت فيا|جات فيه|جات فيها) <al>(?:رصاصه|رصاص|طلقه|قرطاسه"
        "|كرطوسه|طعنه)",
        "(?<!تحليل )(?<!تحاليل )(?<!فحص )(?<!ضغط )(?<!سكر )(?<!خفيف )(?<!ثقيل )(?<!تقيل )<al>دم"
        " (?:طالع|[كبي]?[يت]طلع|[كبي]?[يت]خرج|خارج|شاخب|[كبي]?[يت]شخب|فاير|[كبي]?[يت]فور|كتير"
        "|كثير|بزاف|برشا|هلبا|وايد|هواي|ياسر|في كل مكان|كل مكان)",
        "(?:هلبا|بزاف|برشا|كتير|كثير|وايد|هواي|ياسر|كلش) (?:من )?<al>دم(?![^ ,.!?;:])",
        # A hospital that turns a sick person away.
        "<al>(?:مستشفي|مشفي|سبيطار|صبيطار|اسبيطار|سبيطال|عياده|مستوصف|كلينيك|مصحه|دكتور"
        "|دكاتره|طبيب|اطباء)(?: [^ ]+)? (?:رفض|رفضت|رفضوا|رفضو|رافض|رافضه|رافضين|ما ?رضي"
        "|ما ?رضيش|ما ?رضيوش|ما ?رضاوش|ما ?رضاش|ما ?قبل|ما ?قبلش|ما ?قبلوش|ما ?حبوش|ما ?حبش"
        "|ما ?بغاوش|ما ?بغاش|مش راضي|مش راضيين|مو راضين|ما ?يبوش|ما ?يبيش|طردنا|طردونا"
        "|طردوني|طردوها|طردوه)(?: [^ ]+)? (?:[يتن](?:داو|عالج|ستقبل|كشف|فحص|دخل|قبل|سعف"
        "|شوف)[^ ]*|<al>علاج[^ ]*)(?! (?:<al>)?(?:اوراق|ورق|ملف|طلب|بطاق|تامين|كارت|شهاد|موعد"
        "|فيزا)[^ ]*)(?![^.!,;:]*[?])",
    ),
    threat=(
        "(?:اذا|لو|ان|ايلا|الا|كان)(?: [^ ]+){0,3} (?:ما|مش|لم) ?(?:[تيدن]?دفع|دفعوا|دفعتوا|دفعنا"
        "|[تيدن]?بعت|[تيدن]?بعث|[تيدن]?حول|[تيدن]?جيب|جبتوا|بعتوا|بعثوا|حولوا|وصل|وصلت|وصلو)[^ ]*"
        "(?: [^ ]+){0,4} (?:[حهسبنر]?[يتن]?(?:قتل|بيع|ذبح|دبح)[^ ]*|(?:من|بن|حن|هن|رح ن|راح ن"
        "|غادي ن)قتل[^ ]*|ناخد|ناخذ|نقطع|[حهرس] ?ناخد|(?:رح |ح |ه )?[يتن]اخ[دذ](?:و|وا)? كلي[^ ]*)",
        "[يت]حاول(?:ون|وا|و)? (?:قتلي|قتلنا|خطفي|خطفنا|اغتصابي|ايذائي|ايذاءنا|اذيتي|اذيتنا"
        "|قتل <kin>)",
        "[يت]هدد(?:ون|وا|و)?(?:نا|ني)? ب(?:قتلي|قتلنا|قتله|قتلها|<al>قتل|ذبحنا|<al>سلاح|سكين"
        "|<al>سكاكين|مسدس|<al>رصاص)",
        "<not_figurative>(?:<aux>|بدهم |بدن |عايزين |عاوزين |يبوا |يبغوا |يريدون |ناويين |حابين"
        " |يهددوا |بيهددوا )?[حهس]?[يت]قتل(?:و|ون|وا)?(?:نا|ني|ننا|نني)",
        "<aux>[حهس]?[يت]بيع(?:و|ون|وا)?(?:نا|ني|ننا|نني)",
        "(?:<want>|ناويين|رح|راح|غادي|باش|عم|قاعدين) [حهس]?[يت]?(?:بيع|قتل|ذبح|غتصب)(?:و|ون|وا)"
        "(?:ه|ها|هم|نا|ني)",
        "(?:والا|ولا|وان لا|وان ما|والا راح|والا رح) [حهس]?[يت]?(?:قتل|ذبح|بيع)(?:و|ون|وا)"
        "(?:ه|ها|هم|نا|ني)",
        "<aux>[حهس]?[يت]قتل(?:و|وا|ون) <kin>",
        "(?:هددونا|هددوني|يهددونا|بيهددونا|يهددوننا|هددوا) (?:[^ ]+ )?(?:بال)?(?:قتل|موت|ذبح)",
    ),
    harm=(
        "(?:خطفوا|خطفو|خطفوه|خطفوها|خطفوهم|خطفوني|خطفونا|اختطفوا|اختطفو|اختطفوه|اختطفوني"
        "|اختطفونا|مخطوف|مخطوفين|مخطوفه|مختطف|مختطفين|مختطفه|انخطف|انخطفت|انخطفنا|اتخطف"
        "|اتخطفت|اتخطفنا|تم خطفي|تم خطفنا|تم اختطافي|تم اختطافنا|تم خطف|تم اختطاف)",
        "(?:اغتصبوا|اغتصبو|اغتصبوني|اغتصبوها|اغتصبونا|اعتدوا علي|اعتدوا عليا|اعتدوا عليها"
        "|اعتدوا علينا|اعتدو علينا|تعرضت للاغتصاب|تعرضت للضرب|تعرضنا للضرب|انضربت|انضربنا"
        "|اتضربت|اتضربنا|انطعن|انطعنت|اتطعن|طعنوه|طعنوني|طعنوها|ضربوه|ضربوها|ضربوني|ضربونا"
        "|قوصوه|قوصونا|طخوه|طخونا|عذبوني|عذبونا|عذبوه|باعوني|باعونا|بايعيني|بايعينا|بايعني"
        "|باعني|باعتني|باعوها|باعوه|بايعينها|بايعينه)",
        "(?:اخدوا|اخدو|خدوا|خدو|اخذوا|اخذو|خذوا|خذو|شالوا|شالو|سحبوا|سحبو|داوا|داو|ديو|هزو"
        "|هزوا) (?:<kin>|<al>نسوان|<al>بنات|<al>نساء|<al>اطفال|<al>ولاد|<al>صغار|<al>بنيات"
        "|<al>شباب|<al>رجال|<al>رجاله)",
        "(?:مسلحين|<al>مسلحين|<al>عصابه|<al>مليشيا|<al>ميليشيا|ناس مسلحين|رجال مسلحين)"
        "(?: [^ ]+){0,4} (?:و)?(?:خدوا|اخدوا|خذوا|اخذوا|شالوا|داو|هزو|خطفوا)",
    ),
    danger=(
        "(?:<we>|حياتنا|حياتي|حياته|حياتها|ارواحنا|انا|<boat>) (?:في|ف|ب)? ?(?:خطر|ورطه|محنه)",
        "(?:الناس|ناس|<people>) (?:[بت]?تموت|بيموتوا|يموتوا|يموتون|عم تموت|عم يموتوا|قاعده تموت)"
        " من <al>(?:برد|عطش|جوع|حر)(?![^.!,;:]*[?])",
        "(?:(?:رح|راح|غادي|غاديين|رايحين|قاعدين|عم|رانا) نموت(?:و)?|[حهسد]نموت(?:و)?|بنموت"
        "|كنموتو|كنموت)<fig_tail>",
        "(?:(?:رح|راح|ح|ه|س) ?اموت|(?:رح|راح) موت|حموت|هموت|ساموت)<fig_tail>"
        "(?! (?:من|م) <al>(?:ضحك|فرحه|شوق|جوع|تعب|زهق|ملل|غيظ|نوم|قهر|غيره))",
        "(?:<we> )?<aux>(?:تائهون|تائهين|ضائعون|ضائعين|تايهين|ضايعين|ضعنا|تهنا|تلفنا|تالفين"
        "|محاصرين|محاصرون|مطاردين|بردانين"
        "|متجمدين|مخبيين|مستخبيين|متخبيين|متخبيه|مختبئين|مختبئون|مخبعين|متخبعين|مدرقين"
        "|مستخبيه)",
        "(?:نموت|بنموت|عم نموت|راح نموت|ميتين|متجمدين|بنتجمد|عم نتجمد) من <al>برد",
        "(?:في|فيه) حريق(?![^.!;:]*[?])",
        "<al>نار (?:ماسكه|ولعت|شاعله|والعه)",
        "(?:ولعت النار|شب حريق)",
        "<al>نار (?:شعلت|شعلات|ولعات|شبت|اشتعلت|[كبيت]?[يت]شتعل|كلات|اكلت|مسكت|مسكات|لحقت|قامت)",
        "(?:هناك|فيه|فما|كاين|اكو|ثمه|شب|شبت|اندلع|اندلعت) (?:حريق|حرايق|حريقه)(?![^.!;:]*[?])",
        "<al>(?:بيت|دار|خيمه|خيام|حوش|مخيم|كامب|غرفه|شقه|عماره|بنايه|مبني|مخزن|كوخ|براكه"
        "|براكات|سكن)(?: [^ ]+)? <aux>(?:[بكيدت]?[يت]ولع|[بكيدت]?[يت]حترق|[بكيدت]?[يت]تحرق"
        "|[بكيدت]?[يت]شتعل|[كبيد]?[يت]شعل|فيه النار|فيها النار|(?:ولع|ولعت|احترق|احترقت|اتحرق"
        "|اتحرقت|شعلت|شعلات|اشتعل|اشتعلت)(?= ?(?:$|[.!,]|و)))",
        "(?:تركونا|خلونا|سابونا|رمونا|سيبونا|خلاونا) (?:لوحدنا|وحدنا|هون|هنا|هنايا|وهربوا"
        "|وهربو|وراحوا|وراحو|ومشيوا)",
        "<person> (?:مريض|مريضه|تعبان|تعبانه) (?:كتير|بزاف|جدا|اوي|شديد|برشا|وايد|هواي|بالحيل)",
        "ما ?(?:بنعرف|نعرف|نعرفش|بنعرفش|منعرف|نعرفو|نعرفوش|بنعرفش) (?:وين|فين) (?:نحنا|احنا|حنا"
        "|نحن)",
        "ما ?(?:لقينا|نلقاو|لقيناش|لاقينا|شفنا|شفناش|نلاقي|نلقي) (?:حتي )?(?:حد|حدا|احد|واحد"
        "|حتي واحد|حدش)",
        "(?:ما ?حد|ما ?حدا|ما ?في حدا|مافي حدا|مافيش حد|ما ?فيش حد|محدش) (?:جاي|جا|بيرد|يرد"
        "|رد|بيساعدنا|يساعدنا|سمعنا)",
    ),
    cry=(
        # An imperative takes no preposition: "بساعدنا" is "(who) helps us".
        "(?<![بلكع])(?<!هذا )(?<!هاد )(?<!هادا )(?<!هاذا )(?<!هاي )(?<!هذي )(?<!اللي )(?<!الي )"
        "(?<!انت )"
        "(?<!انتي )(?<!انتا )(?:ساعدونا|ساعدوني|ساعدني|ساعدنا|ساعدو|انقذونا|انقذوني|انقذنا|انقذني"
        "|الحقونا|الحقوني"
        "|الحقنا|الحقني|اغيثونا|اغيثوني|الغوث|عاونونا|عاونوني|عتقونا|عتقوني|نجدونا|انجدونا"
        "|فزعتكم|الحقو|الحقوا|نجدوني)(?! ?(?:في|ب|علي|ل|ان|اني|انو|عشان|علشان|باش|لكي|كي"
        "|حتي)? ?(?:الاقي|القي|نلاقي|نلقي|لاقي|اعرف|نعرف|افهم|نفهم|اجد|لاجد|ايجاد|البحث"
        "|ابحث|اروح|نروح|اسافر|نسافر|اقدم|نقدم|احصل|نحصل|ادرس|اتعلم|اكتب|اترجم|اعبي|نعبي"
        "|املا|اختار|نختار|كثير|كتير|بزاف|برشا|هواي|وايد|جدا|اوي|ياسر|هلبا|نلقاه|نلقاها|نلاقيه"
        "|نلاقيها|القاه|الاقيه|الاقيها))",
        "(?<!رقم )(?<!ارقام )(?<!شرطه )(?<!خط )<al>نجد(?:ه|ا)",
        "(?:^|(?:محتاج|محتاجه|محتاجين|نحتاج|احتاج|بحاجه|بدنا|بدي|عايزين|عاوزين|نبي"
        "|ابي|نبغي|ابغي|نحتاجو|خاصنا|خاصني|بغينا|بغيت) (?:الي )?)(?:ل)?<al>(?:مساعده|مساعدتكم|نجده"
        "|انقاذ)(?: (?:حالا|بسرعه|فورا|ضروري|عاجل|عاجله|الان|الحين|دلوقتي|هلا|هلق|توا|دابا"
        "|ارجوكم|من فضلكم|الله يخليكم|يا ناس|يا جماعه|يعيشكم))*(?= ?(?:$|[.!?,;:]|(?:<we>|انا"
        r"|القارب|المركب|في ناس|الناس)(?![\w])))",
        "(?:عندنا|عندي|في|هاي|هذه|هذي|هادي|دي|هاذي) حاله طوارئ",
        "^طوارئ",
        "(?:تعالوا|تعالو|تعالولنا|اجو|ايجو|ايجيو|جيو) (?:بسرعه|حالا|فورا|الحقونا|ساعدونا)",
        "(?:ابعتوا|ابعثوا|ارسلوا|ابعتولنا|ابعثولنا|ابعتو|ابعثو|صيفطو|صيفطوا) (?:لنا |لينا )?"
        "(?:قارب|مركب|انقاذ|حد|احد|حدا|مساعده|نجده|الاسعاف|الشرطه|شرطه)",
        "(?:متي جايين|امتي جايين|وقتاش جايين|امتي حتيجوا|امتي هتيجوا)",
        "(?<!ممكن )(?<!في )(?<!فيه )(?:حدا|حد|حدي|اي حد|اي حدا|واحد) (?:يساعدني|يساعدنا|يلحقني"
        "|يلحقنا|ينقذني|ينقذنا|يعاوني|يعاونا)",
    ),
    plea=(
        "(?:ممكن|تقدروا|تقدرو|تقدر|بتقدروا|بتقدر|ممكن حد|ممكن حدا|حد يقدر|حدا يقدر|في حدا"
        "|في حد|تنجمو|تنجم|واش تقدرو|يمكنكم|يمكنك)(?: [^ ]+)? (?:تساعدونا|تساعدوني|تساعدني"
        "|تساعدنا|يساعدنا|يساعدني|تنقذونا|تنقذنا|ينقذنا|تعاونونا|تعاونا)",
        "(?:<al>بطاريه|بطاريتي|<al>تلفون|<al>تليفون|<al>تيليفون|<al>موبايل|<al>هاتف|<al>جوال"
        "|تلفوني|موبايلي)(?: [^ ]+){0,2} (?:[0-9]{1,2} ?%|ضعيفه|رح تخلص|قربت تخلص|قرب يطفي"
        "|قريب تطفي|قريب يطفي|رح يطفي|رح تطفي|غادي يطفا|غادي يطفي|باش يطفي|باش تطفي|هتخلص|حتخلص"
        "|علي وشك النفاد|خالصه|فاضيه|رح تموت|رح يموت|قربت تفضي)",
        "(?:<water>|<the_water>) (?:كتير|كثير|بزاف|وايد|هواي|برشا|ياسر)",
        "(?:سقط|وقع|طاح|طاحت|وقعت)(?: [^ ]+){0,2} من <car>",
        "(?:ما ?فيه|ما ?في|ماكو|ما ?كاين|ما ?فماش|مافي) (?:غير|الا|بس|سوي) <al>(?:رمل|رمال)",
        "<desert>(?: [^ ]+){0,2} (?:و)?(?:ما ?في|ما ?فيش|مافيش|مفيش|ماكو|ما ?كاين|ما ?كاش|ما ?فماش"
        "|ما ?عندنا) (?:<water>|<the_water>)",
    ),
    sea_context=(
        "<boat>",
        "<al>بحر",
        "<al>موج",
        "<al>امواج",
        "خفر السواحل",
        "حرس السواحل",
        "خفر",
        "سترات النجاه",
        "ستره نجاه",
        "<al>شط",
        "<al>شاطئ",
        "لامبيدوزا",
        "لامبدوزا",
        "مالطا",
        "عرض البحر",
        "[بحهكت]?[يتن]غرق[^ ]*",
        "غرقان[^ ]*",
        "غرقنا",
    ),
    desert_context=(
        "<al>صحر(?:ا|اء|ي)",
        "<al>رمل",
        "<al>شمس (?:قاتله|حارقه|ناريه|كتقتل)",
        "<al>رمال",
        "<al>عطش",
        "عطشانين",
        "عطشان",
        "عطشانه",
        "<al>(?:سواق|سايق|سائق|شوفير|شيفور|دريفر)",
        "اغاديز",
        "اجاديز",
        "اقاديز",
        "سبها",
        "<al>نيجر",
        "تشاد",
        "مالي",
        "<al>جزائر",
        "تمنراست",
        "الكفره",
        "<al>تويوتا",
        "ديركو",
        "(?<!بيت )<al_req>خلا(?:ء)?",
        "<al>(?:تينيري|تنيري)",
    ),
    information=(
        "لجوء",
        "<al>لجوء",
        "لجوئي",
        "<al>اوراق",
        "ورق",
        "ورقي",
        "اوراقي",
        "<al>فيزا",
        "فيزه",
        "<al>تاشيره",
        "<al>اقامه",
        "<al>معلومات",
        "معلومه",
        "لم الشمل",
        "شمل",
        "جواز سفر",
        "<al>دراسه",
        "<al>منحه",
        "<al>شغل",
        "وظيفه",
        "سؤال",
        "استفسار",
        "محامي",
        "<al>بصمه",
        "<al>بصمات",
        "دبلن",
        "موعد",
        "<al>لغه",
        "<al>قائمه",
        "ملف",
        "ملفي",
        "<al>اجراءات",
        "<al>عثور",
        "الاقي",
        "نلاقي",
        "القي",
        "نلقي",
        "ادور علي",
        "ابحث",
        "<al>بحث",
        "ايجاد",
        "(?<!و)اجد",
        "مفقود",
        "مفقودين",
        "افهم",
        "نفهم",
        "<al>تسجيل",
        "كورس",
        "مدرسه",
        "جامعه",
        "نسافر",
        "اسافر",
        "نهاجر",
        "اهاجر",
        "نروح",
        "اروح",
        "اي بلد",
        "نختار",
        "اختار",
        "نقرر",
        "اقرر",
        "<al>هجره",
        "<al>سفر",
        "قانوني",
        "قانونيه",
        "بطريقه قانونيه",
        "<al>واجب",
        "<al>رياضيات",
        "<al>امتحان",
        "<al>ترجمه",
        "<al>مستشفي",
        "<al>مستوصف",
        "<al>صيدليه",
        "<al>عياده",
        "بشكل قانوني",
        "[انب]?شتكي",
        "[ابتنيك]{0,2}حمي(?:و|وا|ون)? (?:(?:نفس|حال|روح|راس|رواح|ريوس|انفس)(?:ي|نا|ك|كم|ه|ها"
        "|هم|و)?|<kin>)",
        "[انتيبمك]{0,2}(?:تجنب|تفادي|تفادا)(?:و|وا|ون)?(?:ه|ها|هم|هن)?",
        "نصيح(?:ه|ت)",
        "نصايح",
        "نصائح",
        "[تي]نصح(?:ني|نا|وني|ونا)",
        "<al>(?:احتياطات|وقايه)",
        "<al>شكوي",
    ),
    not_now=(
        "^هل(?: [^ ]+){0,4}",
        "اذا",
        "لو",
        "الا",
        "ايلا",
        "ان كان",
        "في حال",
        "في حاله",
        "بحال",
        "عندما",
        "حينما",
        "لما",
        "وقت ما",
        "لو صار",
        "هل",
        "صحيح",
        "صح انه",
        "^(?:بيقدروا|يقدروا|يقدرو)",
        "كان",
        "كانت",
        "كانوا",
        "كانو",
        "كنا",
        "كنت",
        "(?:عادي|طبيعي|ممكن|بيصير|بيحصل|بيصير كتير) (?:انه|انو|ان)",
        "فيديو",
        "فيديوهات",
        "<al>فيديو",
        "<al>(?:صوره|صور|مقطع|فيلم|فلم)",
        "<al>اخبار",
        "خبر",
        "صور",
        "كيف",
        "ازاي",
        "كيفاش",
        "كيفيه",
        "شلون",
        "ليش",
        "لماذا",
        "ليه",
        "علاش",
        "كم(?! يوم| ساعه| ايام| ساعات)",
        "قديش",
        "<how_many>",
        "<when>(?! (?:[تيبحهر]|رح|راح|جاي|جايين)[^ ]*)",
        "(?<!ب)صح",
        "(?:بجد|صدق|صدك|صج|بالحق|عن جد) (?:ان|انه|انها|انو|اللي|الي|بلي|بللي)",
        "احتمال",
        "(?:ماذا|شو|ايش|وش|شنو|اش|ايه|واش) (?:نفعل|افعل|نعمل|اعمل|بنعمل|بعمل|لازم نعمل"
        "|لازم اعمل|يجب|نسوي|اسوي|نديرو|ندير|يصير|بيصير|يحدث|بيحصل|يحصل) (?:عند|بعد|وقت)",
    ),
    reported=(
        "يقال",
        "قالوا ان",
        "سمعت",
        "سمعنا",
        "^(?:بيقولوا|بيقولو|يقولوا|يقولو|يقولون|قالوا|قالو)",
    ),
    claim=(
        "^(?:قالي|قاللي|قلي|قالنا|قال لنا|قال لي|قال لينا|قالولي|قالولنا|قالوا لنا|قالو لنا"
        "|كالولنا|كالولي|كالوا|كالو|كيقولو|كيقولوا|يكولون|يكولو|بيحكو|بيحكوا|حكولي|حكولنا)"
        "(?! <kin>)",
        "<speaker>(?: [^ ]+){0,3} <said>(?: (?:ان|انه|انها|انو|بلي|بللي|اللي|الي))?",
        "<said> (?:لنا |لي |لينا )?<speaker>(?: (?:ان|انه|انها|انو|بلي|بللي))?",
    ),
    long_ago=(
        "<al>سنه (?:الماضيه|اللي فاتت|الي فاتت|الفايته)",
        "<al>شهر (?:الماضي|اللي فات|الي فات|الفايت)",
        "(?:من|قبل) (?:شهرين|[0-9]+ (?:شهور|اشهر)|كم شهر|تلات شهور|ثلاثه اشهر)",
        "<al>عام (?:الماضي|اللي فات)",
        "من (?:[0-9]+|سنتين|تلات|ثلاث|اربع|خمس|كم) (?:سنين|سنوات|سنه)",
        "قبل (?:[0-9]+ |سنتين|سنه|سنين|كم سنه|عام|عامين)",
        "(?:سنه|عام|في) (?:19|20)[0-9][0-9]",
        "كل سنه",
        "كل (?:اسبوع|شهر|جمعه)",
        "كل عام",
        "سنويا",
        "بالسنه",
        "لما كنت صغير",
        "زمان",
        "(?:لما|وقت|وقت ما|عندما|ملي|مللي|كي) (?:قطعت|قطعنا|عبرت|عبرنا|كنت|كنا|طلعت|طلعنا"
        "|وصلت|وصلنا|جيت|جينا|دخلت|دخلنا)",
        "(?:نجيت|نجينا|نجا|نجت|عاش|عشت|نجوت|نجونا)",
    ),
    ongoing=(
        "لسه",
        "لسا",
        "لسي",
        "مازال",
        "ما زال",
        "مازالو",
        "لا يزال",
        "لا زال",
        "لازال",
        "حتي الان",
        "حتي اليوم",
        "الان",
        "الحين",
        "هلا",
        "هلق",
        "دلوقتي",
        "دلوقت",
        "توا",
        "دابا",
        "هسه",
        "هسع",
        "حاليا",
        "اليوم",
        "امبارح",
        "امس",
        "البارح",
    ),
    alarm_sea=(
        "<not_neg>[بحهكتد]?[يتن]غرق(?:و|وا|ون)?",
        "غرقان(?:ه|ين)?(?! (?:في|ب|بال|فال|ف) ?(?:ال)?(?:ديون|دين|شغل|اوراق|مشاكل|هموم|تفكير|حب"
        "|نوم|دراسه|ترتيب))",
        "غارقه?",
        "مخرومه?",
        "عرض البحر",
    ),
    alarm_desert=(
        "<al>عطش(?! (?:ل|لل)[^ ]*)",
        "عطشان(?:ين|ه)?(?! (?:ل|لل)[^ ]*)",
        "تايهين",
        "ضايعين",
        "تالفين",
    ),
    alarm_general=(
        "مخطوف(?:ه|ين)?",
        "خطفو(?:ا|نا|ني|ه|ها)?",
        "<al>فديه",
        "رهائن",
        "رهينه",
        "<al>نزيف",
        "<not_heart>[بي]?ينزف",
        "<not_heart>بتنزف",
        "نازفه?",
        "مغمي",
        "<al>رصاص",
        "ضرب نار",
        "اطلاق نار",
        "مطعونه?",
        "[بك]?يعذبو",
    ),
    question=(
        "هل",
        "شو",
        "ايش",
        "اش",
        "وش",
        "ماذا",
        "ما هو",
        "ما هي",
        "كيف",
        "ليش",
        "لماذا",
        "ليه",
        "علاش",
        "وين",
        "فين",
        "اين",
        "متي",
        "امتي",
        "قديش",
        "كم",
        "مين",
        "من هو",
        "اي",
        "ازاي",
        "كيفاش",
        "شنو",
        "واش",
        "بدي اعرف",
        "ابي اعرف",
        "بغيت نعرف",
        "ممكن",
        "فينا",
        "بقدر",
        "يمكن",
        "لازم",
    ),
    tag=(
        r"(?:(?:واش|هل|هذا|هاد|هادا|دا|ده|هيدا|هاذا|هذي|هادي|يعني) )?(?<!ب)(?:صح|صحيح)"
        r"(?: (?:ولا|او|والا) (?:لا|لالا|غلط|كذب|كدب|كذبه))?(?= ?\??$)",
        r"(?:ولا|او|والا) (?:لا|لالا|كذب|كدب|كذبه|غلط|مش صحيح|ماشي صحيح|مو صحيح|اشاعه"
        r"|اشاعات)(?= ?\??$)",
        r"(?:بجد|والله|صدق|صدك|صج|حقا|فعلا|بالحق|عن جد|جد)(?= ?\?$)",
        r"(?:لو|اذا|ايلا|الا|ان كان|في حال) (?!(?:سمحت|سمحتو|سمحتوا|سمحتم|سمحتي|بتريد|بتريدو"
        r"|ممكن|امكن|تقدر|تقدرو|تقدروا|قدرتو|بدك|بدكم|حبيت|تكرمت|تكرمتم|عندكم|عندك)(?![^ ]))"
        r"[^?]+\?$",
        r"(?:(?:في|ف) )?(?:اي|اياه|انهو|انهي|اشمن|ياتو|انو) (?:سنه|عام)(?= ?\??$)",
        r"(?:كان|كانت|صار|صارت|حصل|حصلت|وقع|وقعت) (?:ا|اي|ي)?متي(?= ?\??$)",
    ),
    vague=(
        "قالولي",
        "قالوا",
        "قال",
        "بيقولوا",
        "يقولوا",
        "يقولون",
        "سمعت",
        "سمعنا",
        "خبر",
        "<al>اخبار",
        "خايف",
        "خايفين",
        "بخاف",
        "كابوس",
        "كوابيس",
        "احلام",
        "بتذكر",
        "ذكريات",
        "صدمه",
        "عاده",
        "دايما",
        "احيانا",
        "غالبا",
        "كتير من",
        "<al>ناس",
        "<al>خطر",
        "خطير",
        "خطيره",
        "<al>مخاطر",
        "<al>مهاجرين",
        "<al>لاجئين",
        "<al>(?:فريق|ترتيب|دوري|ماتش|مباراه|كوره|منتخب)",
        "قالولنا",
        "قالو",
        "قالنا",
        "قالي",
        "قاللي",
        "قلي",
        "[كبي]?[يت]قول(?:و|وا|ون)?",
        "[كبي]?[يت]كول(?:و|ون)?",
        "كال(?:ي|و|وا|نا|ولي|ولنا)",
        "اخبر(?:نا|ني)",
        "حكا(?:لي|لنا)",
        "وعد(?:نا|ني)",
        "حلف",
        "اكد(?:لنا|لي)?",
        "طمنا",
    ),
    fear=(
        "(?:[كبن]?[اتني]?خاف(?:و|وا|ون)?|خايف(?:ه|ين|ون)?|خائف(?:ه|ين|ون)?|متخوف(?:ه|ين|ون)?"
        "|خوفي|خوفنا|خوفها|خوفه|خوفو|قلقان(?:ه|ين)?|قلق(?:ه|ين|ون|انه)?|مرعوب(?:ه|ين|ون)?"
        "|[انتي]?خشي|خشيه|خشيتي|خشيتنا|متوتر(?:ه|ين)?)",
    ),
    now=(
        "عم",
        "قاعد",
        "قاعده",
        "قاعدين",
        "راه",
        "راهو",
        "راهي",
        "راهم",
        "رانا",
        "راني",
        "راها",
        "دا",
        "بدا",
        "بدات",
        "بدت",
        "بلش",
        "بلشت",
        "هلا",
        "هلق",
        "هسه",
        "هسع",
        "هسي",
        "دلوقتي",
        "<al_req>ان",
        "<al_req>حين",
        "توا",
        "توه",
        "دابا",
        "دوكا",
        "درك",
        "حاليا",
        "ذحين",
        "دحين",
        "دلوقت",
        "حالا",
        "(?:هاد|هذه|هاي|هذي|هادي) <al>لحظه",
        "لان(?:ه|ها|و|هم|نا)?",
        "حيت",
        "بما ان",
        "بسبب ان",
    ),
    over=(
        "(?:انا|احنا|نحن|صرت|صرنا|هلا انا|هلا احنا) (?:ب)?امان",
        "(?:هربت|هربنا|طلعت منها|طلعنا منها|اطلقوا سراحي|اطلقو سراحي|افرجوا عني|طلعوني|فكوني"
        "|وصلنا بالسلامه|وصلت بالسلامه)",
        "دفعوا <al>فديه",
        "(?:طلعوه|طلعوها|طلعوهم|فكوه|فكوها|فكوهم|سيبوه|سابوه|سابوها|سرحوه|سرحوها|طلقوه|طلقوها"
        "|اطلقوا سراحه|اطلقوا سراحها|اطلقوا سراحهم|افرجوا عنه|افرجوا عنها|افرجوا عنهم"
        "|طلقوا سراحه|خلوا سبيله|خلوا سبيلها)",
    ),
)


# --- Basic patterns for more languages (cries, sinking, thirst, suicide) -------------------

FA = Lexicon(  # Persian / Dari
    arabic_script=True,
    sea=(
        "(?:قايق|كشتي|لنج|بلم)(?: ما| مون| مان)? (?:داره |دارد |در حال )?غرق (?:ميشه|ميشود"
        "|شدن|شد|شده)",
        "داريم غرق مي ?ش(?:يم|ويم)",
        "اب (?:وارد|داخل|تو|توي) (?:قايق|كشتي|لنج) (?:شده|ميشه|ميشود|شد|مياد|ميايد)",
    ),
    vessel=("موتور (?:قايق )?(?:خاموش|خراب) (?:شده|شد|است)",),
    desert=(
        "(?:در|تو|توي) (?:بيابان|صحرا|كوير) (?:گم|گير|تنها) (?:شديم|شده ايم|افتاديم|مانديم|مونديم)",
        "(?:گم|گير) (?:شديم|شده ايم|افتاديم) (?:در|تو|توي) (?:بيابان|صحرا|كوير)",
    ),
    stranded=(
        "اب نداريم",
        "راننده (?:ما را |ما رو |مارو )?(?:ولمون كرد|ول كرد|رها كرد|تنها گذاشت|فرار كرد)",
    ),
    general=(
        "(?:ما را|مارو|ما رو|برادرم را|برادرمو|پسرم را|پسرمو|منو|مرا) (?:دزديدند|دزديدن"
        "|ربودند|ربودن|گروگان گرفتند|گروگان گرفتن|ميزنند|ميزنن|كتك ميزنند|كتك ميزنن"
        "|شكنجه ميكنند|شكنجه ميكنن)",
        "گروگان (?:هستيم|گرفتند|گرفتن)",
        "كتكمون ميزنن",
        "مي ?خوا(?:هند|ن) (?:ما را|مارو|منو|ما رو|مرا) بكش(?:ند|ن)",
    ),
    danger=("(?:در|تو) خطر(?:يم| هستيم)", "جان(?:مان|مون) در خطر", "جونمون در خطره"),
    cry=(
        "كمك ?(?:م|مان|مون)? ?(?:كنيد|كنين)(?! (?:تا|كه|براي))",
        "^كمك(?= ?(?:$|[.!,]))",
        "نجات ?(?:م|مان|مون)? ?(?:بدهيد|دهيد|بدين)",
        "به داد ?(?:م|مان|مون| ما)? ?(?:برسيد|برسين)",
    ),
    self_harm=(
        "مي ?خوا(?:هم|م) (?:بميرم|خودكشي كنم|خودمو بكشم|خودم را بكشم)",
        "دلم مي ?خواد بميرم",
        "(?:به )?خودكشي فكر مي ?كنم",
        "فكر خودكشي",
        "خود(?:م را|مو) مي ?كشم",
        "نمي ?خوا(?:هم|م) (?:زنده باشم|زندگي كنم)",
    ),
    sea_context=("قايق", "كشتي", "لنج", "دريا", "بلم"),
    desert_context=("بيابان", "صحرا", "كوير"),
    information=(
        "پناهندگي",
        "پناهنده",
        "ويزا",
        "مدارك",
        "اطلاعات",
        "اقامت",
        "فرم",
        "پرونده",
        "پيدا كنم",
        "پيدا كردن",
        "سفر",
    ),
    not_now=("اگر", "اگه", "ايا", "چطور", "چگونه", "چرا"),
)

UR = Lexicon(  # Urdu, in Urdu script and in Latin letters
    arabic_script=True,
    sea=(
        "(?:كشتي|بوٹ) (?:ڈوب|ڈوبن[ےي] لگي) ر[هہ]ي",
        "[هہ]م ڈوب ر[هہ][ےي]",
        "kashti (?:doob|dub) (?:rahi|rhi|gayi)",
        "(?:hum|ham) (?:doob|dub) (?:rahe|rhe)",
    ),
    desert=("صحرا (?:ميں|مي) (?:پھنس|گم|كھو)",),
    stranded=("پاني (?:ن[هہ]يں|ختم)", "(?:paani|pani) (?:nahi|nahin|khatam)"),
    general=(
        "اغوا (?:كر ليا|كرليا|[هہ]و گيا|[هہ]و گئے)",
        "تاوان مانگ",
        "(?:[هہ]ميں|مجھے) مار ر[هہ][ےي]",
        "agwa kar (?:liya|lia)",
        "(?:hamein|humein|hume|mujhe) maar rahe",
    ),
    cry=(
        "بچاؤ",
        "بچاو",
        "(?:[هہ]ماري|ميري) مدد (?:كرو|كريں)",
        "(?:[هہ]ميں|مجھے) بچا(?:ؤ|ئيں)",
        "bachao",
        "bachaao",
        "bacha lo",
        "(?:hamari|humari|meri) madad karo",
        "madad (?:karo|kijiye|kijye)",
        "(?:hamein|humein|hume|mujhe) bachao",
    ),
    self_harm=(
        "مرنا چا[هہ]ت(?:ا|ي)",
        "خودكشي كرنا چا[هہ]",
        "خود كو مار (?:دوں|لوں)",
        "(?:main|mai|me|mein) marna chah?t(?:a|i)",
        "khudkushi kar(?:na|unga|ungi|lun|lu)",
        "khud ko maar",
    ),
    sea_context=("كشتي", "سمندر", "kashti", "samundar", "samandar"),
    desert_context=("صحرا", "ريگستان", "registan", "sehra"),
    information=("پناه", "ويزا", "كاغذات", "معلومات", "visa", "kaghzat", "malumat"),
    not_now=("اگر", "كيا", "agar", "kya"),
)

PS = Lexicon(  # Pashto
    arabic_script=True,
    sea=(
        "(?:بېړۍ|بيړۍ|كشتۍ|كښتۍ|كشتي) ډوب(?:ې|ي)ږ(?:ي|ې)",
        "(?:موږ|مونږ) ډوب(?:ې|ي)ږو",
    ),
    cry=(
        "مرسته وك(?:ړئ|ړي|ړه)",
        "(?:موږ|مونږ)? ?وژغورئ",
    ),
    self_harm=("ځان ووژنم", "غواړم (?:چې )?مړ شم"),
    sea_context=("بېړۍ", "بيړۍ", "كشتۍ", "كښتۍ", "سمندر", "درياب"),
    desert_context=("دښته", "دښت", "صحرا"),
    information=("پناه", "ويزه", "اسناد", "معلومات", "كاغذونه"),
    not_now=("كه", "ايا"),
)

SO = Lexicon(  # Somali
    sea=(
        "(?:doonta|doonyada|markabka)(?: [^ ]+)? (?:way |waa |ayaa )?(?:degaysaa|degeysaa"
        "|quusaysaa|dagaysaa)",
        "(?:waan|waa) (?:qarqoomaynaa|qarqoomeynaa|quusaynaa)",
        "biyo (?:ayaa )?(?:soo )?galaya",
    ),
    stranded=("biyo ma (?:haysanno|hayno|haysano)",),
    danger=("waan (?:lumnay|lunnay)", "khatar (?:baan|ayaan) ku (?:jirnaa|jiraa)"),
    general=(
        "(?:nala|waa la|waa nala|ayaa la) afduub(?:ay|tay)",
        "afduubeen",
        "madax ?furasho",
        "na (?:garaacayaan|garaacaya|garaaceen)",
    ),
    cry=(
        "(?:i|na|naga|noo) (?:caawiya|caawi|gargaara|badbaadiya|badbaadi)"
        "(?! (?:sidee|sida|in|inaan|warqad|magangalyo))",
        "^caawimaad(?= ?(?:$|[.!,]| degdeg))",
        "(?:caawimaad|gargaar) (?:degdeg|deg deg)",
    ),
    self_harm=(
        "(?:waxaan rabaa|waxaan doonayaa|waan rabaa) (?:inaan|in aan) (?:dhinto|dhimato|is dilo"
        "|isdilo)",
    ),
    sea_context=("doon[a-z]*", "markab[a-z]*", "badda", "badweyn[a-z]*"),
    desert_context=("lamadegaan[a-z]*", "saxaraha", "saxare"),
    information=("magangalyo", "warqad[a-z]*", "fiisa", "sharci", "macluumaad", "qoyskayga"),
    not_now=("haddii", "ma run", "sidee"),
)

TI = Lexicon(  # Tigrinya
    cry=("ሓግዙና", "ሓግዙኒ", "ኣድሕኑና", "ኣድሕኑኒ", "ሓገዝ ሓገዝ"),
    self_harm=("ክመውት (?:ደልየ|እደሊ)",),
    sea_context=("ጀልባ", "ባሕሪ"),
    desert_context=("በረኻ",),
)

BN = Lexicon(  # Bengali, in Bengali script and in Latin letters
    sea=(
        "নৌকা ডুবে যাচ্ছে",
        "নৌকা ডুবছে",
        "আমরা ডুবে যাচ্ছি",
        "nouka (?:dube jacche|dubche)",
        "amra dube jacchi",
    ),
    desert=("মরুভূমিতে আটকে",),
    general=("অপহরণ করেছে", "আমাদের মারছে", "মুক্তিপণ চাইছে"),
    cry=(
        "বাঁচাও",
        "বাঁচান",
        "সাহায্য করুন",
        "সাহায্য করো",
        "(?:amader|amake) bachan",
    ),
    self_harm=(
        "আমি মরতে চাই",
        "আত্মহত্যা করতে চাই",
        "আত্মহত্যা করব",
        "নিজেকে মেরে ফেলব",
        "ami morte chai",
        "attohotta korbo",
    ),
    sea_context=("নৌকা", "সমুদ্র", "সাগর", "nouka"),
    desert_context=("মরুভূমি",),
    information=("ভিসা", "কাগজ", "তথ্য"),
    not_now=("যদি",),
)

AR_LATIN = Lexicon(  # Spoken Arabic in Latin letters and digits ("arabizi": 3 = ع, 7 = ح, 9 = ق)
    words={
        "boat": "(?:el |l|le |la )?(?:9a?re?b|qa?re?b|flou?ka|felou?ka|babou?r|bateau|bato|batou"
        "|zodia?c|zodyak|marke?b|ma?rkab|bala?m|boti|chakf|chgo?f|chi9f)",
        "aux": "(?:(?:ka|k|ra|rah|raho|rahou|rahi|rana|rani|ghadi|ghad|gha|bda|bdat|3am|3m|9a3ed"
        "|9a3da|9a3din|da) )?",
        "sink": "(?:y|t|i|n|ky|kt|kn|by|bt|bn)?(?:gh|g|8)[aeiou]{0,2}r[aeiou]{0,2}(?:9|q|k|g)"
        "(?:o|ou|u|w)?",
        "we": "(?:ahna|a7na|7na|hna|n7na|ne7na|nahnu|ana)",
        "water": "(?:el ?|l)?(?:ma|maa|may|mayya|moya|mi|mya|miya|lma)",
        "desert": "(?:f|fi|fel|fil|f el|f l|fe)? ?(?:el |l)?(?:sahra|sa7ra|s7ra|sahraa|sa7ara|rmel"
        "|rmal)",
        "want": "(?:bghit|bghyt|baghi|baghya|bdi|bde|bidi|3ayez|3ayz|3ayza|3aiz|nheb|n7eb|n7ib|n7b"
        "|nebghi|nabghi|abi|abghi|nbi|nebi|nifsi|nefsi|7abeb|7ab|7aba|dayer|dayra)",
        # Going back home ("nrja3 l bladi", "arga3 masr").
        "go_back": "(?:n|a|b|bn|kn)?(?:rja3|rje3|rj3|rjo3|rga3|rge3|arga3|wlli|welli|walli|rou7"
        "|ro7|rawa7|rawah|3awd)(?:ou|o|w|u)?",
        "die": "(?:nmout|nmot|nmoot|amout|amot|amoot|mout|moot|mot|ntihar|nentahar|nentaher"
        "|antahir|ntahar|antahar|(?:n|a)?(?:9|q|k)t(?:e)?l (?:rasi|rou7i|rohi|nafsi|7ali|hali))",
        "live": "(?:n3ich|n3eesh|n3ish|3ich|3ish|a3ich|a3ish|a3eesh|3eesh|nkamel|nkammel|nkml)",
        "money": "(?:l|el ?)?(?:flous|fulus|flos|fidya|fedya|fedia|fidia|masari|msari|dollar"
        "|euro|dinar|drahem)",
    },
    sea=(
        "<boat> <aux><sink>",
        "(?:<we> )?<aux>n<sink>",
        "(?:gh|g|8)ar(?:9|q|k|g)(?:in|ine|een|na|nah|ana)",
        "<water> (?:dkhel|da5el|dakhel|dakhla|da5la|dkhal|dkhlat|d5al|d5el|kaydkhel|ydkhol"
        "|yedkhol)",
        "(?:dkhel|da5el|dkhal|dkhlat|d5al|d5el)(?: fiha| fih| fina| 3lina)? <water>",
        "<boat> <aux>(?:t?kesser|t?ksar|tkassar|tkesser|mkasar|mkesser|t9leb|tqleb|t9aleb|tqaleb"
        "|ynqleb|yt9leb|m9loub|m9loub)",
    ),
    vessel=(
        "(?:el |l|le )?(?:moteur|motor|motour|mator|matour|motur|makina|mkina) <aux>(?:t7abes"
        "|t7bes|7bes|7abes|habes|ta7|tafi|tfa|tfat|w9ef|wqef|wa9ef|w9af|mat|khser|5ser|5sar"
        "|t5asser|tkhasser|ma ?ykhdemch|ma ?ykhdmch|ma ?khdamch|ma ?yemchich|khrab|5rab|kharbane"
        "|5arban|3atel|3tel|3atla|wa9f)",
    ),
    desert=(
        "(?:<we> )?(?:tayhin|tayhine|tayhen|talfin|talfine|tlafna|tellefna|day3in|daya3na"
        "|dayeen|3al9in|3al9ine|m9at3in|m9ot3in|ma9to3in) <desert>",
    ),
    stranded=(
        "(?:ma ?3ndna ?ch|ma ?3andna ?ch|ma ?3ndna|ma ?3andna|ma ?kaynch|ma ?kanch|ma ?kansh"
        "|ma ?fihach|ma ?fich|ma ?fish|ma ?fih ?ch|ma ?kach|ma ?famach|ma ?fammach|mako"
        "|ma ?3ndnash|ma ?b9ach|ma ?b9atch) <water>",
        "(?:el |l)?(?:chifour|chifor|chauffeur|chofer|chofir|sawa9|sawaq|sewa9|sayeg|saye9"
        "|mohareb|muhareb|mhareb|mharbin|passeur) (?:khalana|5alana|khallana|tarakna|trakna|sabna"
        "|sebna|la7na|la7ouna|lahna|rmana|rmatna|harab|hrab|hreb|hereb|charad|chrad)",
    ),
    self_harm=(
        "(?<!ma )(?<!mich )(?<!mch )(?<!msh )<want>(?: gher| ghir| ghi| bas| bss)? <die>",
        "(?:n|a|ghadi n|ra7 a|7a)(?:9|q|k)t(?:e)?l (?:rasi|rou7i|rohi|nafsi|7ali|hali)",
        "(?:ma ?b9itch|ma ?bqitch|ma ?3adch|ma ?3adsh|ma ?3ad|mich|mch|msh|mish|ma|ma ?3odt"
        "|ma ?3dt) ?<want> <live>",
        # Cutting or hurting oneself ("rja3t nqatta3 yeddi b lmous").
        "(?:n|a|kan|kn|b|bn)?(?:jra7|jrah|jre7|jr7|(?:9|q)a?tt?a3|(?:9|q)te3|chre?t|chert"
        "|shre?t|shart|(?:7|h)r(?:a|e)?(?:9|q)|2adi|n2adi|3add?e?b|3adab|3azeb|3dhab)"
        "(?:t)? (?:f |fi )?(?:yeddi|yeddiya|yedi|yeddia|idi|iddi|ydi|dra3i|dra3iya|der3i|dhra3i"
        "|ro?u?7i|rohi|nafsi|7ali|hali|jesmi|jismi|jasadi)"
        "(?![^.!?]*(?: w ana| wana| bl ?ghalat| bel ?ghalat| f ?lkhedma| fel ?khedma))",
    ),
    despair=(
        "(?:t3bt|t3abt|t3ebt|3yit|3yeet|3iit|9le9t|qle9t|9la9t|zhe9t|zh9t|zha9t|mallit|malit"
        "|kraht|krehet|kre7t) (?:mn|men|min)? ?(?:had|hal|hadi|hed|hethi)? ?(?:el |l)?(?:7ayat"
        "|7ayet|7ayah|hayat|hayet|7yati|7ayati|hayati|dounya|donya|dnya|dunya|3icha|3isha)",
    ),
    plan=(
        "<want>(?: [^ ]+)? <go_back> (?:(?:l|li|lel|le|3la|ila|la|f) ?)?(?!(?:l ?)?(?:lah|allah"
        "|rabi|rebbi|rabbi|9ber|qber|9bar|jenna|janna)(?![a-z0-9]))[a-z0-9']+",
        "(?:kifach|kifech|kifah|kif|ezay|izay|chlon|chnou|chno|wach)(?: [^ ]+){0,2} <go_back>",
    ),
    general=(
        "(?:khat?fou|5at?fou|5tfou|khtfou|khetfou|khtafou)(?:h|ha|ni|na|hom)?(?: [^ ]+){0,5}"
        " (?:w )?(?:talbin|talbine|bghaw|baghyin|bghaou|ybghiw|bdhom|bedhom|3ayzin|3aizin|yabou"
        "|yebou|ybou|y7ebbou|y7ebou|y7bou) <money>",
        "(?:<aux>)?(?:y|t)?(?:dorbou|drbou|edorbo|ydrbo|yedrbou|yodorbou|darbou|dharbou|3adbou"
        "|3azbou)(?:na|ni| fina| fiya| fih)",
        "talbin (?:el ?|l)?(?:fidya|fedya|fidia|fedia)",
    ),
    harm=(
        "(?:khat?fou|5at?fou|5tfou|khtfou|khetfou|khtafou)(?:h|ha|ni|na|hom)?",
        "m(?:kh|5)t(?:o|ou|u)f(?:a|in|ine|een)?",
    ),
    threat=(
        "(?:bghaw|baghyin|bdhom|ghadi|ghad|ra7|7a|ybghiw) ?y(?:9|q|k)(?:e|a)?t(?:e|a)?l(?:ou|o|u)"
        "(?:na|ni|h|ha)",
    ),
    cry=(
        "(?:sa3dona|sa3douna|sa3edna|sa3dna|sa3dni|sa3edni|sa3douni|3ti9ouna|3tiqouna|3te9ouna"
        "|3t9ouna|el ?7a9ouna|l7a9ouna|el ?7aqouna|l7aqouna|7a9ouna|al7a9ouna|3awnouna|3awenouna"
        "|fza3tkom|najda|l ?najda)(?! (?:f|fi|bach|besh|nl9a|nla9i|na3ref|n3ref))",
    ),
    sea_context=("<boat>", "(?:el |l)?(?:b7ar|ba7r|bahr|bhar)", "lb7ar", "lbahr"),
    desert_context=("(?:el |l)?(?:sahra|sa7ra|s7ra|sahraa|sa7ara)",),
)

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
