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
hearsay leads into it ("if", "what happens when", "they say") or the story is over ("two
years ago", "now I am safe"). Danger words that fit no pattern still count in a plain
statement ("hostages, 3000 each"), never in a question. Thoughts of suicide count however
they are put.

A bare cry for help ("help", "sos", "au secours", "ساعدونا") counts too, unless the rest of
the message asks for information ("help me with my asylum papers"); a polite request
("can you help us?") counts only where it names the sea or the desert.

When one message reports several dangers, ``PRECEDENCE`` decides which answer comes
first: the sea (a boat in distress needs the rescue numbers in minutes, even if someone
on it is also being threatened), then the desert, then thoughts of suicide or self-harm
(which a violence or medical answer would not address), then any other danger on land.
A danger without a place of its own (an engine that stopped, "we are going to die",
"help") takes the place the message names: sea, desert, or else its usual one.

Patterns are written in the normal form of ``normalize.py`` (casefolded, no Latin
accents, Arabic letter forms unified) and are compiled once, at import.
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
    - ``harm``: harm already done (kidnapped, beaten): general, unless the message asks
      for information ("I was beaten in Libya, can I get asylum?");
    - ``vessel``, ``stranded``, ``danger``: danger that takes the place the message
      names, else sea (engine, fuel), desert (no water, the driver left) or general;
    - ``cry``: a cry for help (general or the place named), unless asking for information;
    - ``plea``: a polite request for help, only counted where the sea or desert is named;
    - ``sea_context``, ``desert_context``: words that name the place;
    - ``information``: words of a request for information (asylum, papers, routes ...);
    - ``threat``: a threat against the person or their family: general, even when
      reported ("they say they will kill my son"), which ``reported`` cancels elsewhere;
    - ``not_now``: words that, just before a match, make it hypothetical (or a question);
    - ``reported``: words that, just before a match, make it hearsay ("they say ...");
    - ``long_ago``, ``ongoing``: a story long past, unless it is still going on;
    - ``over``: the danger is over (rescued, released, safe now);
    - ``alarm_sea``, ``alarm_desert``, ``alarm_general``: words of danger that count only in
      a plain statement: no question (``question`` opens no clause, no "?"), no request
      for information, no condition, and no fear, memory, habit or generality (``vague``).
    """

    arabic_script: bool = False
    words: dict[str, str] = field(default_factory=dict)
    sea: tuple[str, ...] = ()
    desert: tuple[str, ...] = ()
    self_harm: tuple[str, ...] = ()
    general: tuple[str, ...] = ()
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
    long_ago: tuple[str, ...] = ()
    ongoing: tuple[str, ...] = ()
    over: tuple[str, ...] = ()
    alarm_sea: tuple[str, ...] = ()
    alarm_desert: tuple[str, ...] = ()
    alarm_general: tuple[str, ...] = ()
    question: tuple[str, ...] = ()
    vague: tuple[str, ...] = ()


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
        "be": "(?:'s|'re|'m| is| are| am| has| have| just| now| still| been| being| got| r)*",
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
        "victim": _alt("me", "us", "him", "her", "all of us", "(?:my|our|his|her) <kin>"),
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
        "|its|it's|this|someone|somebody|water|no|sos|the (?:boat|engine|police|smugglers?"
        "|driver|car|truck|water|sea|desert|men|soldiers|guards|captain|baby|child))"
        r"(?![\w])))",
    },
    sea=(
        "<the><boat><be> (?:<sinking>|going down|going under|taking (?:on |in )?water"
        "|filling (?:up )?with water|full of water|leaking|leaks|deflating|losing air"
        "|breaking(?: apart| up)?|falling apart|capsizing|turning over|flipping(?: over)?"
        "|tipping over|in pieces|broken in two|broken|on fire|exploded|burst|torn|punctured"
        "|destroyed|(?:going to|gonna|about to|starting to|beginning to|begins to|starts to)"
        " (?:sink|flip|capsize|break|turn over|go down))",
        "<the><boat><be> in (?:distress|trouble|danger)",
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
        " (?:in|into|inside|on board)",
        "water<be> (?:entering|pouring in|rushing in|comes in|come in|comes inside)",
        "(?:there is|there's|theres|we have) (?:a |an |one |big |a big )?(?:hole|leak|crack)"
        " in (?:the |our )?<boat>",
        "<the>captain<be> (?:abandoned|left|jumped off|escaped from|ran from) (?:the |our )?<boat>",
        "water (?:up )?to (?:our|my) (?:knees|waist|legs|ankles|chest)",
        "water<be> (?:coming|entering|getting|pouring|leaking) (?:from|through) (?:the )?"
        "(?:bottom|floor|side|hole|holes|crack)",
        "water<be> (?:coming|entering|filling) (?:the |our )?<boat>",
        "(?:there is|there's|theres|there are|so much|too much|a lot of|lots of)"
        " (?:a lot of |lots of |too much |so much )?water (?:in|inside|into) (?:the |our |this )?"
        "<boat>",
        "water (?:in|inside) our <boat>",
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
        "|burning|smoking|exploded|damaged)",
        "<the><engine><be> (?:not|no|doesn't|doesnt|don't|dont|does not|do not|won't|wont"
        "|can't|cant|isn't|isnt|is not) ?(?:work|working|run|running|start|starting|going"
        "|moving)",
        "<the><boat><be> (?:stopped|not moving|stuck|doesn't move|doesnt move|dont move"
        "|don't move)",
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
        "|abandoned|left alone|alone|walking|dying|waiting) (?:in|inside|at|on) (?:the )?"
        "(?:middle of (?:the )?)?(?:desert|sahara|dunes|sand)",
        r"(?:left|abandoned|dropped|dumped|threw|thrown|put|leaving) (?:us|me|all of us"
        r"|\d+ of us) (?:alone |behind |here )?(?:in|into|at|on) (?:the )?(?:middle of (?:the )?)?"
        "(?:desert|sahara|dunes|sand)",
    ),
    stranded=(
        "(?:the |our |that )?(?:driver|drivers|smugglers?|captain|guide|traffickers?)<be>"
        " (?:already )?(?:left|abandoned|dumped|dropped|deserted|forgot|forgotten)"
        " (?:us|me|all of us|the group)",
        "(?:the |our )?(?:drivers?|smugglers?|guides?|captain)<be> (?:ran away|run away|escaped"
        "|disappeared|gone|went away|went back|fled|drove away|drove off|ran off|took off"
        "|left without us)",
        "(?:the |our |my )?(?:car|truck|lorry|vehicle|pickup|pick-up|pick up|4x4|toyota"
        "|land ?cruiser|jeep|hilux)<be> (?:broke down|broken down|broken|broke|stopped|stuck"
        "|not working|doesn't work|doesnt work|dont work|don't work|won't start|wont start"
        "|out of fuel|flipped|overturned|turned over|crashed|in the sand)",
        "(?:we|i|we've|i've|we have|i have|we got|i got|we still have|we've got) (?:no|zero)"
        " (?:more |drinking |clean )?water",
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
        "(?:<we_are>|<i_am>)<be>(?: [^ ]+){0,4} (?:without|with no) (?:any )?water",
        "(?:dying|going to die|gonna die|will die|dead) (?:of|from) (?:thirst"
        "|dehydration|the heat)",
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
        "(?:cut|cutting|slit|slitting) (?:my|myself) (?:arm|arms|wrist|wrists|veins|skin|legs)",
        "want (?:everything|it all|it|my life|this life|all this) to end",
        "^(?:suicide|suicidal)[.!]*$",
        "(?:done|finished) with (?:life|living|my life|this life|everything)",
        "(?:want|wanna) to disappear(?! from)",
        "(?:i'm|im|i am|i) (?:going to|gonna|will|'ll|want to|wanna) end it",
        "(?:take|taking|took|end|ending) my (?:own )?life",
        "(?:hang|hanging|drown|drowning|poison|poisoning|shoot|shooting|burn|burning) myself",
        "(?<!don't )(?<!dont )(?<!do not )(?<!not )(?<!never )(?<!doesn't )(?<!doesnt )"
        "(?<!didn't )(?<!didnt )(?<!nobody )(?<!no one )(?<!who )(?:want|wanna|wants|wish)"
        " to die",
        "(?:don't|dont|do not|can't|cant|cannot) (?:see|find|have) (?:any |a |the )?(?:reason"
        "|point) (?:to|in|for|of) (?:live|living|life|go on|going on|stay alive)",
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
        "|exist|wake up)(?! in| there| here| with| like| under| at)",
        "(?:no|lost all|lost|without|don't have any|dont have any|have no|lost my) hope"
        "(?: left| anymore| any more| at all)?(?! (?:of|for|in|to|that) )",
        "(?:i feel|i am|i.m|im|feeling) (?:so |very |completely |totally )?hopeless",
        "give up on (?:life|living|everything|myself)",
        "^i give up[.!]*$",
        "(?:don't|dont|do not|no longer) want to (?:continue|go on|keep) (?:living|like this)",
        "(?:what is|what's|whats) the point (?:of|in) (?:living|life|going on|anything)",
        "why (?:should i|do i|would i|even) (?:live|go on|continue living|stay alive)",
        "(?:no|nothing to|no more|lost all|without) (?:reason|reasons|will|point|hope|wish"
        "|desire)(?: for me| left)? (?:to|for|in) (?:live|living|life|go on|stay alive"
        "|continue)",
        "(?:life|my life)(?: is| has)? (?:no meaning|no sense|no point|not worth living"
        "|worthless|pointless|meaningless|no value)",
        "(?:can't|cant|cannot|can not) (?:go on|continue living|take (?:it|this|this life)"
        " any ?more|live like this|bear (?:it|this) any ?more)(?! with| to| the| like)",
        "(?:better|rather|prefer) (?:to )?(?:die|be dead)",
        "better off dead",
        "(?:wish|wished) (?:i was|i were|i'm|to be|i could be|i had) (?:dead|died|never born)",
        "nobody (?:would|will) (?:care|miss me|notice) if i (?:die|disappear|kill myself|was gone)",
        "(?:took|swallowed|taken) (?:a lot of |many |all the |all my |too many |lots of )"
        "(?:pills|tablets|medicine|medicines)",
        "(?:drank|drink|took) poison",
        "(?:tired|sick) of (?:living|life|being alive)",
        "(?:wants?|wanted|going|trying|tried|threatening|plans?|planning) to (?:kill|hurt)"
        " (?:himself|herself|themselves)",
        "(?:about|of) (?:killing|hurting|ending) (?:himself|herself|themselves|his life"
        "|her life|their lives)",
        "wish (?:i )?(?:could |would |can )?(?:die|be dead)",
        "(?:i am|i'm|im|i) (?:going to|gonna|will|want to|wanna) jump[.!]*$",
    ),
    general=(
        "(?:<we_are>|<i_am>|we|i|he|she|(?:my|our) <kin>)<be> (?:being )?(?:held|kept"
        "|locked up|imprisoned|detained) (?:by|for) (?:the )?(?:smugglers?|kidnappers?"
        "|traffickers?|gang|militias?|armed men|men|ransom|money)",
        "(?:holding|hold|keeping|keep|kept|held) <victim> (?:for|until|till) (?:a )?ransom",
        "<they><be> (?:holding|keeping) (?:us|me|him|her|(?:my|our) <kin>)",
        "<they> (?:have|has|got|hold) (?:my|our) <kin>",
        "<they><be> coming to (?:beat|kill|attack|take|get|hurt|rape) <victim>",
        "<they><be> (?:taking|kidnapping|grabbing|raping|beating|hitting) (?:the )?(?:women|girls"
        "|children|kids|boys|men)",
        "<they><be> (?:torturing|beating|killing|raping|shooting|hitting|attacking) (?:people"
        "|everyone|women|men|children|prisoners)(?: [^ ]+)? (?:here|now|right now"
        "|in front of me)",
        "<they><be> (?:looking for|searching for|hunting|coming for|after) (?:us|me)",
        "(?:kidnappers?|the kidnappers?|captors|they) (?:called|call|calls|are calling|phoned"
        "|phone|keep calling) (?:my|our) (?:family|families|parents|mother|father|mom|mum|dad"
        "|wife|husband|brother|sister|relatives)",
        "(?:snake|scorpion) (?:bite|bit|sting|stung)",
        "(?:bitten|bit|stung) by a (?:snake|scorpion)",
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
        "|stabbing|burning|killing|electrocuting|hurting|abusing|chasing|hunting"
        "|threatening)(?: at| on)? <victim>",
        "<they> (?:beat|beats|hit|hits|torture|tortures|attack|attacks|rape|rapes|shoot"
        "|shoots|whip|whips|kick|kicks|electrocute|abuse|abuses|threaten|threatens|chase"
        "|chases) <victim>",
        "(?:shooting|shots|gunshots|gunfire|firing|bullets)(?: [^ ]+){0,2} (?:at|on|towards"
        "|around|near) (?:us|me|our|the boat|the car|the camp)",
        "(?:someone|somebody|they|people|men|police|soldiers|the police|the soldiers"
        "|militias?|the militia|gunmen)<be> (?:shooting|firing)",
        "(?:there is|there's|theres|i hear|we hear|hearing|heavy) (?:shooting|gunfire"
        "|gunshots|shots|bombing|explosions)",
        "<person><be> (?:bleeding|unconscious|not breathing|not moving|fainted|passed out"
        "|collapsed|having a (?:heart attack|seizure|stroke|fit)|giving birth|in labou?r"
        "|dying|losing (?:a lot of |too much |much )?blood|badly (?:hurt|injured|burned"
        "|burnt)|seriously (?:hurt|injured|ill)|can't breathe|cant breathe|cannot breathe"
        "|can not breathe|stopped breathing|not waking up)",
        "(?:is|are|'s|and|,) (?:still )?(?:bleeding|unconscious|not breathing|not waking up"
        "|not moving|having a seizure|convulsing|fainted|passed out)",
        "(?:heavy|a lot of|too much) (?:bleeding|blood loss)",
        "(?:not breathing (?:well|properly|normally)|breathing badly|hard to breathe"
        "|trouble breathing|difficulty breathing|struggling to breathe)",
        "bleeding (?:a lot|heavily|badly|too much|everywhere)",
        "(?:won't|wont|doesn't|doesnt|can't|cant|does not|will not) wake up",
        "<i_am> (?:bleeding|losing (?:a lot of )?blood|badly (?:hurt|injured)|can't breathe"
        "|cant breathe|cannot breathe)",
        "(?:we|they|the children|the kids|people|everyone|nobody)(?: can't| cant| cannot"
        "| can not| couldn't| could not) breathe",
        "(?:call|send|need|bring) (?:an? |the )?(?:ambulance|paramedics?)",
        "(?:need|needs) (?:a )?(?:doctor|medic) (?:now|urgently|immediately|quickly|fast|asap"
        "|right now)",
        "(?:locked|locking|lock|shut|trapped) <victim> (?:in|inside|up|into)",
        "(?:<we_are>|<i_am>)<be> (?:being )?(?:locked|trapped|shut|stuck) (?:in|inside|into)"
        " (?:a |the |an )?(?:room|truck|lorry|container|house|warehouse|basement|trunk|van"
        "|cell|building|garage|hole)",
        "(?:won't|wont|will not|don't|dont|do not|refuse to|doesn't|doesnt) let (?:us|me)"
        " (?:go|leave|out|escape)",
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
    threat=(
        "(?:going to|gonna|want to|wants to|will|'ll|threaten(?:s|ing|ed)? to|about to"
        "|trying to|try to) (?:kill|hurt|rape|beat|sell|torture) <victim>",
        "or (?:they|he|she) (?:will )?(?:kill|sell|hurt) <victim>",
        "(?:kill|hurt|sell|torture|beat) <victim> if (?:we|i|my|our|they|he|she)"
        " (?:don't|dont|do not|doesn't|doesnt|cannot|can't|cant|won't|wont|didn't|didnt|not)"
        " (?:pay|send)",
    ),
    harm=(
        "<they><be> (?:kidnapped|kidnaped|abducted|captured|sold) <victim>",
        "<subj_be> (?:being |just )?(?:kidnapped|kidnaped|abducted|taken hostage"
        "|held hostage|captured|sold|beaten|tortured|attacked|raped|shot|stabbed|abused"
        "|whipped|electrocuted|burned|burnt|wounded|injured)",
        "(?:took|grabbed|snatched|came for) (?:away )?(?:my|our) <kin>",
        "<they> (?:attacked|attack|burned|burnt|raided|raid|broke into|destroyed) (?:our|my)"
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
        "<we_are><be> (?:now |completely |totally |really )?(?:lost|surrounded|freezing"
        "|frozen|trapped|hiding|in the middle of nowhere)",
        "(?:dying|die|freezing) (?:of|from) (?:the )?cold",
        "(?:is|are|'s) on fire",
        "(?:there is|there's|theres) (?:a )?fire",
        "^fire",
        "(?:they|he|she|everyone|everybody|the guide|the group)<be> (?:left|abandoned"
        "|deserted) (?:us|me)",
        "(?:coast ?guards?|coastguards?|rescue|the rescue|help|nobody|no one|noone|police"
        "|ambulance)<be> (?:not coming|doesn't come|doesnt come|don't come|dont come"
        "|didn't come|didnt come|not answering|don't answer|dont answer|doesn't answer"
        "|doesnt answer|never came|hasn't come|has not come)",
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
        "dunes?",
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
        "|could|long can|many|often)",
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
    long_ago=(
        "last year",
        "years ago",
        "a year ago",
        r"in (?:19|20)\d\d",
        "every year",
        "each year",
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
        "now (?:i am|we are|i'm|we're|he is|she is) (?:safe|free|in)",
        "(?:we|i) (?:escaped|fled|got away|ran away|were saved|was saved|were rescued"
        "|was rescued|were released|was released)",
        "(?:released|freed|rescued|saved) (?:me|us|him|her|them)",
        "(?:paid|payed) the ransom and",
        "so we left",
        "then (?:we|i) (?:left|arrived|reached|got to|made it|crossed)",
    ),
    alarm_sea=(
        "sinking",
        "drowning",
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
    ),
)


# --- French ----------------------------------------------------------------------------

_FR_PARENT = _alt(
    "frere",
    "soeur",
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
        ),
        "eau": _alt("l'eau", "l eau", "leau"),
        "de_l_eau": _alt("de l'eau", "de l eau", "de leau", "d'eau", "d eau", "deau"),
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
        "|explose|creve|en morceaux|en feu|perd (?:de l'air|l'air|de l air|son air))",
        "(?:ils|elles|on|nous) (?:coulent|coulons|coule|sont en train de couler)",
        "<le><bateau> (?:a|ont) (?:un |des |deux )?(?:trou|trous|fuite|fuites)",
        "(?:il y a|ya|y a|il ya|y'a) (?:un |des |deux |un gros )?(?:trou|trous|fuite|fuites)"
        " (?:dans|sur) (?:le|notre|la) <bateau>",
        "(?:on|nous|ca|sa|il|tout) (?:est en train de |est entrain de |va |commence a )?"
        "(?:coule|coulons|couler|sombre|sombrons|chavire|chavirons|prend l'eau|prend leau)",
        "(?:on|nous|ils|il|elle|quelqu'un|des gens|des personnes|des enfants|les gens"
        "|mon <parent>|ma <parent>|un enfant|une femme|un homme|un bebe|le bebe"
        "|plusieurs personnes) (?:est en train de |sont en train de |va |vont )?(?:se noie"
        "|se noient|se noyer|nous noyons|noye|noyes|noyee)",
        "(?:<eau>|la mer|l'eau de mer) (?:rentre|entre|rentrent|monte|penetre"
        "|arrive|coule|envahit|remplit)",
        "(?:il y a|ya|y a|il ya|y'a|plein) (?:<de_l_eau>|beaucoup <de_l_eau>|trop <de_l_eau>"
        "|<eau>) (?:qui rentre|qui entre|qui monte|dans le <bateau>|dans notre <bateau>"
        "|dans la <bateau>|partout)",
        "(?:<de_l_eau>|<eau>) (?:partout|dans (?:le|notre|la) <bateau>)",
        "<le><bateau> (?:est )?en (?:difficulte|detresse|danger|perdition)",
        "(?:des gens|des personnes|quelqu'un|quelquun|un enfant|une femme|un homme|un bebe"
        "|mon <parent>|ma <parent>|il|elle|ils|des enfants|plusieurs personnes|les gens"
        "|[0-9]+ personnes|on|nous) (?:est |sont |a |ont |vient de |viennent de )?(?:tombe"
        "|tombes|tombee|tombees|tomber|tombent|jete|jetes|saute|sautent) (?:a l'eau"
        "|a la mer|dans l'eau|dans la mer|du bateau|par dessus bord|par-dessus bord)",
        "(?:des gens|des personnes|gens|personnes|des enfants|quelqu'un|il|elle|ils|on|nous"
        "|tout le monde|plusieurs|[0-9]+ personnes) (?:sont |est |se retrouvent )?"
        "(?:dans l'eau|a l'eau|dans la mer)",
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
        "|foutu)",
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
        "(?:encore |toujours |completement |tous )?(?:perdu"
        "|perdus|perdue|perdues|egare|egares|egaree|egarees|bloque|bloques|bloquee"
        "|bloquees|coince|coinces|coincee|coincees|abandonne|abandonnes|seuls|seul|paume"
        "|paumes) (?:dans le|en plein|au milieu du|au milieu de|dans ce) (?:desert|sahara"
        "|sable)",
        "(?:a|ont|nous a|nous ont|m'a|m'ont|on a ete|nous avons ete|j'ai ete|on est"
        "|nous sommes|je suis) (?:abandonne|laisse|lache|jete|depose|largue)(?:e|s|es)?"
        " (?:[^ ]+ )?(?:dans le|en plein|au milieu du) (?:desert|sahara)",
    ),
    stranded=(
        "(?:le |notre |les |nos )?(?:chauffeur|chauffeurs|passeur|passeurs|conducteur|guide"
        "|capitaine|trafiquants)(?: nous| m'| m)? ?(?:a|ont) (?:abandonne|laisse|lache|jete"
        "|depose|largue|oublie)(?:e|s|es)?",
        "(?:les |le |notre |nos )?(?:chauffeurs?|conducteurs?|passeurs?|guides?) (?:ont|a|sont"
        "|est) (?:disparu|partis?|fui|enfuis?)",
        "(?:le |notre )?(?:chauffeur|conducteur|passeur|guide) (?:est parti|est reparti"
        "|s'est enfui|s'est sauve|a fui|a disparu|a pris la fuite)",
        "(?:la |notre |le |nos )?(?:voiture|camion|4x4|pick-?up|pick up|vehicule|toyota"
        "|land ?cruiser|jeep|hilux)(?: est| s'est| a)? (?:en panne|tombee? en panne|casse"
        "|cassee|ensable|ensablee|bloque|bloquee|renverse|renversee|coince|coincee"
        "|ne marche (?:plus|pas)|marche plus|arrete|arretee|s'est arrete|s'est arretee)",
        "(?:on n'a|on na|on a|nous n'avons|nous avons|j'ai|je n'ai|jai) (?:plus|pas|plu|pa"
        "|plus du tout|pas du tout|pas une goutte) (?:d'eau|deau|d eau|de l'eau|a boire)",
        "(?:il n'y a|il ny a|il y a|y a|ya|y'a|n'y a) plus <de_l_eau>",
        "(?<!prendre )(?<!faut )(?<!besoin de )(?<!beaucoup )(?<!avoir )(?<!acheter )"
        "(?<!emporter )(?<!apporter )(?<!boire )(?<!n'y a )(?<!ny a )(?<!n'avait )(?<!navait )"
        "(?<!avait )(?:plus|plu) <de_l_eau>(?! que)",
        "(?:^|[,.!;] ?|et )(?:pas|pa) <de_l_eau>",
        "(?:pas|pa) <de_l_eau> (?:depuis|du tout|ici|maintenant)",
        "(?:sans|pas de|plus de|ni) (?:nourriture|manger|bouffe) (?:ni|et) (?:d')?eau",
        "(?:jours?|heures?|hier|depuis [^ ]+) sans (?:eau|boire|rien boire)",
        "(?:sans|pas d'|plus d'|ni) ?eau (?:ni|et) (?:de )?(?:nourriture|manger|bouffe)",
        "(?:des gens|quelqu'un|il|elle|mon <parent>|ma <parent>|des enfants|on|nous)"
        " (?:meurt|meurent|est en train de mourir|sont en train de mourir) de soif",
        "(?:meurent|meurt|mourons|meurs) de soif (?:ici|maintenant)",
        "sans eau depuis",
        "(?:on est|nous sommes|je suis) sans eau",
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
        "(?:je|j|j'|moi je) ?(?:vais|vai) (?:me tuer|me suicider|en finir|mettre fin a (?:ma vie"
        "|mes jours)|me jeter|me pendre|me faire du mal)",
        "(?:je|j|j'|moi je) ?(?:veux|veut|voudrais|ve|vx|souhaite|prefere"
        "|prefererais|pense a|pense au|pense souvent a|songe a) (?:juste |vraiment |bien )?"
        "(?:mourir|crever|me tuer|me suicider|me suicide|suicider|en finir|disparaitre"
        "|me jeter|mettre fin a (?:ma vie|mes jours)|me faire du mal|me blesser|me pendre"
        "|suicide|la mort)",
        "(?<!ne )(?:veux|veut|voudrais) (?:juste |vraiment )?(?:mourir|me tuer|me suicider"
        "|en finir)",
        "mettre fin a (?:ma vie|mes jours)",
        "(?:vois|trouve) (?:plus |pas |aucun |aucune )?(?:l'interet|d'interet|le sens|de sens"
        "|de raison|la raison|l'utilite) (?:de|a) vivre",
        "envie (?:de|d') ?(?:mourir|crever|me tuer|me suicider|en finir|me faire du mal"
        "|disparaitre)",
        "en finir avec (?:la vie|ma vie|tout|moi|mes jours)",
        "(?:idees?|pensees?) (?:suicidaires?|noires|de suicide|de mort|de me tuer)",
        "pense (?:tout le temps |toujours |souvent |sans arret )?a (?:la mort|mourir|me tuer"
        "|me suicider|en finir)",
        "(?:parle|parlent|pense|pensent) (?:de|a) se (?:tuer|suicider)",
        "(?:aimerais|aimerai|voudrais|souhaite|souhaiterais) (?:juste )?mourir",
        "(?:je vais|jvais|j'vais) sauter[.!]*$",
        "(?:plus|pas) envie de vivre",
        "(?:je|j') ?(?:ne )?(?:peux|peut|supporte) plus (?:vivre|continuer|supporter"
        "|cette vie|la vie|ma vie)",
        "(?:veux|voudrais) (?:plus|pas) (?:me reveiller|vivre|exister)",
        "ne plus (?:me reveiller|vivre|exister)",
        "(?:je |j|j')?(?:ne )?veux plus vivre",
        "(?:me|se) foutre en l'air",
        "(?:me|se) (?:flinguer|buter|pendre)",
        "(?:marre|fatigue|fatiguee|las|lasse) de (?:la vie|vivre)",
        "vie (?:n'a|na|a) plus (?:de|aucun) sens",
        "(?:plus|pas) (?:d'espoir|aucun espoir|d espoir)(?! (?:d'|de |pour |que |qu'))",
        "(?:perdu|plus) (?:tout |aucun )?espoir(?! (?:d'|de |pour |que |qu'))",
        "(?:je suis |suis )?(?:desespere|desesperee)",
        "a quoi (?:bon|ca sert de|sert de) vivre",
        "(?:aucune|plus de|pas de) raison de vivre",
        "(?:je n'en|je nen|j'en|jen|je en) peux plus",
        "(?:je me|j'me|jme) (?:coupe|scarifie|fais du mal|suicide)",
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
        "<ils> (?:nous|me|m'|m) ?(?:frappe|frappent|bat|battent|torture|torturent|tabasse"
        "|tabassent|attaque|attaquent|agresse|agressent|viole|violent|tire|tirent|poursuit"
        "|poursuivent|menace|menacent|fouette|fouettent|electrocute|electrocutent|brule"
        "|brulent|tape|tapent)",
        "(?:tirent|tire) sur (?:nous|moi|le bateau|notre)",
        "(?:il y a|ya|y a|on entend|j'entends) des (?:tirs|coups de feu|balles|explosions)",
        "<ils> (?:attaquent|attaque) (?:le|notre|la) (?:camp|maison|bateau|groupe|voiture|foyer)",
        "(?:des hommes|hommes|quelqu'un) armes?",
        "(?:il|elle|mon <parent>|ma <parent>|quelqu'un|un enfant|le bebe|mon bebe|une femme"
        "|un homme)(?: est| a| se)? (?:saigne|saignent|perd (?:beaucoup de |du |trop de )?sang"
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
        "<ils> (?:nous|m') ?(?:ont |a )?(?:enferme|enfermes|sequestre|sequestres|enfermee)",
        "(?:nous|me|m') laissent (?:pas|plus) (?:partir|sortir)",
        "<ils> (?:nous |me |m')?(?:retiennent|retient|detiennent|detient|sequestrent|gardent"
        "|enferment)(?: (?:mon|ma|mes|notre|nos) <parent>)?(?! les gens| des gens| les migrants)",
        "(?:je|j') ?(?:saigne|perds (?:beaucoup de |du |trop de )?sang)",
        "<ils> (?:ont|detiennent|tiennent|gardent) (?:mon|ma|mes|notre|nos) <parent>",
        "(?:les )?(?:ravisseurs|kidnappeurs) (?:veulent|demandent|exigent|ont appele|appellent"
        "|menacent|disent|ont dit)",
        "(?:morsure|mordu|mordue|pique|piquee) (?:de|par un) (?:serpent|scorpion)",
        "(?:ne )?(?:peut|peux|pouvons|peuvent|arrive|arrivent) (?:plus|pas) (?:a )?respirer",
        "<ils> (?:nous|me|m') ?(?:font|fait|vont faire) du mal",
        "<ils> (?:torturent|frappent|battent|tabassent|tuent|violent) (?:des gens|les gens"
        "|tout le monde|les femmes|les enfants|des femmes|des enfants|les prisonniers)"
        " (?:ici|maintenant|en ce moment|devant moi)",
        "<ils> (?:nous|me|m') ?(?:cherchent|traquent|poursuivent)",
        "(?:est|sont|et) (?:inconscient|inconsciente|inconscients|evanoui|evanouie"
        "|en train de mourir|mourant|mourante|en train d'accoucher)",
        "<ils> (?:frappent|battent|torturent|tabassent|attaquent|agressent|violent|tuent"
        "|menacent) (?:mon|ma|mes|notre|nos) <parent>",
        "(?:recu|pris|prend|a pris) une balle",
        "(?:blesse|blessee|blesses|touche|touchee) par (?:balle|balles|un couteau)",
        "(?:on se fait|je me fais|ils se font|il se fait|elle se fait|on se font|s'est fait"
        "|se sont fait|je me suis fait|on s'est fait|s'est faite)"
        " (?:attaquer|frapper|tabasser|tirer dessus|violer|agresser|torturer|kidnapper"
        "|enlever|poignarder|tuer|battre)",
        "(?:on est|nous sommes|je suis) (?:poursuivi|poursuivis|suivi|suivis|traque|traques"
        "|encercle|encercles)",
    ),
    threat=(
        "(?:essaie|essaye|essaient|essayent|tente|tentent|cherche|cherchent) de (?:me|nous)"
        " (?:tuer|enlever|violer|frapper|kidnapper)",
        "(?:vont|va|veulent|veut|menacent de|menace de) (?:nous |me |m'|le |la |l'|les )?(?:tuer"
        "|vendre|violer|torturer)",
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
    ),
    danger=(
        "(?:<on_est>|<je_suis>|(?:ma|notre|nos|mes) vies? (?:est|sont)|(?:mon|ma|mes)"
        " <parent> (?:est|sont)) en (?:grand |gros |serieux )?(?:danger|detresse|difficulte)",
        "(?:on|nous|je) (?:va|vais|allons) (?:tous )?mourir",
        "(?:on|nous) (?:meurt|mourons)",
        "(?:on est|nous sommes) en train de mourir",
        "<on_est> (?:perdus|perdu|encercles|pieges|piege|caches)",
        "(?:on|nous) (?:gele|gelons|meurt de froid|mourons de froid)",
        "(?:on est|nous sommes) geles",
        "il y a le feu",
        "(?:il y a|ya|y a) un incendie",
        "(?:est|sont) en feu",
        "au feu",
        "(?:ils|il|elle|tout le monde) (?:nous|m') ?(?:a|ont) (?:abandonne|laisse|lache|jete"
        "|largue)(?:e|s|es)?",
        "(?:les )?(?:garde[- ]?cotes?|gardes[- ]?cotes|secours|personne) (?:ne )?(?:vient"
        "|viennent|arrive|arrivent|repond|repondent) (?:pas|toujours pas)",
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
        "risques? de",
        "possible de",
        "peut[- ]on",
        "peut[- ]il",
        "peuvent[- ]ils",
        "combien",
        "pourquoi",
        "(?:est[- ]il|c'est|c est|est[- ]ce) (?:possible|frequent|normal|courant|vrai|probable"
        "|dangereux|risque) qu(?:e|'[^ ]*)",
    ),
    reported=(
        "il parait qu(?:e|'[^ ]*)",
        "on dit qu(?:e|'[^ ]*)",
        "les gens disent(?: qu(?:e|'[^ ]*))?",
        "j'ai entendu(?: dire)?(?: qu(?:e|'[^ ]*))?",
        "^(?:ils disent|ils ont dit)(?: que| qu'[^ ]*)?",
        "on m'a dit qu(?:e|'[^ ]*)",
    ),
    long_ago=(
        "l'an dernier",
        "l'annee derniere",
        "l'an passe",
        "l'annee passee",
        "il y a (?:[0-9]+|deux|trois|quatre|cinq|quelques|plusieurs) ans",
        "en (?:19|20)[0-9][0-9]",
        "chaque annee",
        "tous les ans",
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
        "coule",
        "coulent",
        "coulons",
        "couler",
        "se noie",
        "se noient",
        "noyons",
        "chavire",
        "chavirer",
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
        "saigne",
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
    over=(
        "(?:je suis|on est|nous sommes|il est|elle est) (?:maintenant )?(?:en securite|sauve"
        "|sauves|sauvee|libre|libres|libere|liberes)",
        "(?:ils|on) (?:m'ont|nous ont|m'a|nous a) (?:libere|liberee|liberes|sauve|sauves|secouru"
        "|secourus|relache|relaches)",
        "(?:j'ai|on a|nous avons) ete (?:libere|liberes|liberee|sauve|sauves|secouru|secourus"
        "|relache|relaches)",
        "(?:je me suis|on s'est|nous nous sommes) (?:echappe|echappes|enfui|enfuis|sauve|sauves)",
        "(?:alors|donc) (?:on est|je suis|nous sommes) partis?",
        "a paye la rancon",
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
)

AR = Lexicon(
    arabic_script=True,
    words={
        # A noun's clitics: conjunction, preposition and article (بال، وال، لل، ...).
        "al": "(?:[وفبكع]?ال|لل|[وفبلكع])?",
        "al_req": "(?:[وفبكع]?ال|لل)",
        "we": _alt("احنا", "نحن", "نحنا", "حنا", "احني", "انحنا"),
        "boat": "<al>(?:قارب|مركب|بلم|زودياك|شقف|باطو|بطو|لنش|بابور|بوطي|زورق|فلوكه|فلوكا"
        "|فلوكت|سفينه|سفينت|باتيرا|بطيره|بطيرت)(?:نا|هم|ه|ها|كم)?",
        "water": _alt("ماء", "مي", "ميه", "مياه", "ماي", "مايه", "مويه"),
        "the_water": "<al_req>(?:ماء|ما|مي|ميه|مياه|ماي|مايه|مويه)",
        "engine": "<al>(?:محرك|موتور|ماتور|موطور|موتير|مكينه|ماكينه|مكنه|ماكينا)(?:نا)?",
        "aux": "(?:(?:عم|قاعد|قاعده|قاعدين|راه|راهو|راهي|راهم|راني|رانا|بدا|بدات|بلش|بلشت"
        "|باش|رح|راح|رايح|رايحه|غادي|غاديه|غادا|داير|دايره|كاد|كادت|علي وشك|خلاص|تقريبا)"
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
        "|ريس|كابتن|دليل|قايد|مهربون|مهربو)",
        "car": "<al>(?:عربيه|سياره|شاحنه|تويوتا|لاندكروزر|لاند كروزر|هايلوكس|هيلوكس|بيكب"
        "|بيك اب|جيب|ترك|لوري|تراك|كات كات|طوموبيل|طونوبيل|كاميو|كاميون|موتر|عربيتنا"
        "|سيارتنا|شاحنتنا)",
        "desert": "(?:(?:في|ف|ب|وسط|بنص|بوسط|جوه|جوا|في نص|في وسط|في قلب) ?)?"
        "(?:نص |وسط |قلب )?<al>(?:صحر(?:ا|اء|ي)|رمل|رمال)",
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
        ),
    },
    sea=(
        "<boat> <aux>(?:[بحهكت]?[يت]غرق|بغرق|غرقان|غرقانه|غارق|غارقه|بيتسرب|يتسرب|مخروم|مخرومه"
        "|تقطع|اتقطع|انقطع|تشقق|انشق|تمزق|اتمزق|تخسر|تهرس|تفرقع|انفرقع"
        "|مثقوب|مثقوبه|انفجر|انفجرت|انفش|فش|فشت|بيفش|انكسر|اتكسر|تكسر|بيتكسر|يتكسر|انقسم"
        "|[بحهكت]?[يت]نقلب|[بحهكت]?[يت]تقلب|[بيت]?[يت]?خر|عم [يت]خر|[بحهكت]?[يت]نكسر"
        "|ثقبت|انثقب|انثقبت|انخرم|انخرمت|اتخرم|اتخرمت"
        "|انقلب|اتقلب|انقلبت|اتقلبت|مقلوب|بيتقلب|يتقلب)",
        "(?:[بحهك]?[يت]غرق|عم [يت]غرق|بدا [يت]غرق) <boat>",
        "(?<!بدنا )(?<!عايزين )(?<!نحب )(?<!ما )(?<!مش )(?<!لا )(?<!كي لا )(?<!حتي ما )"
        "(?<!عشان ما )(?<!باش ما )(?:<we> )?<aux>(?:[بحهك]?نغرق(?:و|وا)?|غرقانين|غرقنا)",
        "<the_water> <aux>(?:يملؤه|يملؤها|يملاه|يملاها|يغمره|يغمرها|[يت]تدفق|[يت]تسرب|[يت]ندفع"
        "|تغمر|يغمر|دخل|تدخل|يدخل|بتدخل|بيدخل"
        "|داخل|داخله|دخلت|تفوت|بتفوت|فايته|فاتت"
        "|يفوت|بيفوت|تخش|بتخش|خشت|خش|طالعه|طلعت|تطلع|يتسرب|تتسرب|بيتسرب|بتتسرب|كترت|كثرت"
        "|بتعلي|تعلي|غمرت|غمر|في كل مكان|وصلت|واصله|طالع|في <boat>|جوا <boat>|جوه <boat>"
        "|داخل <boat>)",
        "(?:دخل|دخلت|بتدخل|بيدخل|عم تدخل|عم تفوت|فاتت|خشت|بتخش|داخله|تدخل|يدخل)"
        "(?:ها|ه|و|نا|لها|له|لنا)? <the_water>",
        "(?:في|فيه|فيها|في كتير|فيه كتير) (?:<water>|<the_water>) (?:في|ب|جوا|جوه|داخل|علي)"
        " ?<boat>",
        "<boat> <aux>(?:بياخد|ياخد|بياخذ|ياخذ|بيشرب|بيسحب) (?:<water>|<the_water>)",
        "(?:[يت]فضي|بيفضي|عم يفضي|فضي|فاضي|نازل|[يت]نزل|بينزل|طالع|بيطلع|[يت]طلع) (?:منه |منها )?"
        "<al>هوا(?:ء)?",
        "<boat> <aux>(?:[يت]متلئ|[يت]متلي|امتلا|امتلات|امتلي) (?:ب|من )?<al>(?:ماء|مياه|مي|ميه)",
        "<boat> <aux>(?:فيه|فيها|مليان|مليانه|امتلا|امتلات|امتلي|اتملي|تملي|اتعبي|بيمتلي|بتمتلي"
        "|يمتلي|تمتلي|بيتملي"
        "|بتتملي|يتملي|تتملي|بيتعبي|بتتعبي|صار فيه)"
        " (?:<water>|<the_water>)(?! (?:للشرب|نشرب|كفايه|كافي))",
        "<people> <aux>(?:وقع|وقعوا|وقعو|وقعت|طاح|طاحو|طاحوا|طاحت|سقط|سقطوا|سقطت|نط|نطوا"
        "|نطو|نطت|انرمي|رموه|رموها|رموهم|غطس|غطسوا) (?:(?:في |جوه |جوا |علي |الي |داخل )?"
        "<al>(?:بحر|مي|ميه|ماء|مويه|مياه|ماي|مايه|موج)|(?:من|عن) <boat>)",
        "(?:<people>|<we>|انا) <aux>(?:(?:في|ف|جوه|جوا|داخل|وسط) ?)?(?:<al>(?:مي|ميه|ماء|مويه"
        "|مياه|ماي|مايه)|الما)",
        "(?:عم|قاعدين|قاعد|راهم|راه|راهي) [يت]غرق(?:و|وا|ون)?",
        "(?:سقط|وقع|سقطت|وقعت|سقطوا|وقعوا|طاح|طاحت) (?:<people> |<person> )?(?:من <boat> )?"
        "(?:في|الي) ?"
        "<al>(?:بحر|ماء|مياه|مي|ميه)",
        "(?:انقلب|غرق|انقلبت|غرقت) (?:بنا |بينا )?<boat>",
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
        "<engine> <aux>(?:متوقف|توقف|توقفت|متعطل|وقف|واقف|وقفت|طفي|طفا|مطفي|انطفي|انطفا|خرب"
        "|خربان|خربت|تعطل|اتعطل"
        "|عطل|عطلان|عطلت|معطل|معطوب|بطل|باظ|بايظ|مات|سكت|حبس|حابس|تحبس|ما ?بيشتغل"
        "|ما ?يشتغل|مش ?شغال|مو ?شغال|ماشي ?شغال|ما ?يخدمش|ما ?خدامش|ما ?بقاش يخدم"
        "|مابقاش يخدم|ما ?عاد يشتغل|ما ?يشتغلش|ما ?خدمش|ولع|ولعت|احترق|فيه مشكله|فصل|طافي"
        "|خسر|تخسر|مخسر|مخسور|تقود|تفركع)",
        "<boat> <aux>(?:واقف|وقف|ما ?يمشيش|ما ?بيمشي|مش ماشي|ما ?عاد يمشي|ما ?يتحركش"
        "|مش بيتحرك|ما ?بيتحرك)",
        "(?:وقف|طفي|طفا|انطفي|خرب|تعطل|اتعطل|عطل|بطل|باظ|مات|سكت|حبس|ولع|احترق|خربان|واقف"
        "|عطلان) <engine>",
        "(?:خلص|خلصت|كمل|كملت|نفد|نفذ|نفدت|نفذت|سالا|سالي|فرغ|فرغت|ما عاد في|ما ?في|مفيش"
        "|ما ?فيش|ما ?عندنا|ما ?عندناش|ما ?بقي|مابقاش|ما ?بقاش|بلا|بدون|ماكو|لا يوجد"
        "|لم يعد (?:هناك|لدينا)|ليس لدينا)(?: منا| معنا| عندنا)? <al>(?:بنزين"
        "|بانزين|وقود|سولار|مازوت|ديزل|غازوال|كازوال|ليصانص|ليسانس|جازولين|بنزينه)",
        "<al>(?:بنزين|وقود|سولار|مازوت|ديزل|غازوال|ليصانص|ليسانس|جازولين) <aux>(?:خلص|خلصت"
        "|كمل|كملت|نفد|نفذ|نفدت|سالا|سالي|فرغ|خالص|مخلص|قرب يخلص)",
        "(?:بدون|بلا|من غير|ما ?في|ما ?فيه|مافيش|ما ?فيش|ما ?عندنا) <engine>",
        "(?:ننجرف|بننجرف|عم ننجرف|انجرفنا|منجرفين|ماشيين مع الموج|ماشي مع الموج"
        "|ماشي مع التيار|الموج ماخدنا|الموج واخدنا|التيار ماخدنا)",
    ),
    desert=(
        "(?:<we> )?<aux>(?:تايهين|تايه|تايهه|ضايعين|ضايع|ضايعه|تالفين|تلفنا|ضعنا|تهنا|عالقين"
        "|عالق|عالقه|محاصرين|متروكين|مرميين|عالقون|تائهون|تائهين|ضائعين|مزنوقين|واقفين"
        "|قاعدين|محبوسين|محجوزين|لوحدنا|لوحدي|وحدي|وحدنا) <desert>",
        "(?:تركونا|تركنا|خلونا|خلانا|رمونا|رمانا|سابونا|سيبونا|سابنا|لاحونا|نزلونا|نزلنا"
        "|حطونا|رماونا|تخلي عنا|تخلوا عنا)(?: [^ ]+)? <desert>",
    ),
    stranded=(
        "<driver> <aux>(?:تخلي عنا|تخلوا عنا|تخلي عني|تخلوا عني|تركنا|تركونا|تركني|خلانا|خلاونا"
        "|خلاني|خلونا|سابنا|سابونا|سيبنا"
        "|سيبونا|رمانا|رمونا|رماني|رموني|نزلنا|نزلونا|هرب|هربوا|هربو|شرد|شردوا|شردو"
        "|فات علينا|هرب علينا|اختفي|اختفوا|لاحنا|لاحونا|راح وخلانا|راح وتركنا|مشي وخلانا"
        "|راح وسابنا)",
        "(?:تركونا|تركنا|خلونا|خلانا|رمونا|رمانا|سابونا|سيبونا|لاحونا|نزلونا|حطونا)"
        " <al>(?:سواق|سايق|سائق|شوفير|مهرب|مهربين)",
        "<car> <aux>(?:عطلت|عطلانه|اتعطلت|تعطلت|خربت|خربانه|وقفت|واقفه|بطلت|باظت|بايظه"
        "|انقلبت|اتقلبت|غرزت|غارزه|غرزانه|علقت|عالقه|مقلوبه|ما ?بتمشي|ما ?تمشيش|مش ?شغاله"
        "|مو ?ماشيه|طفات|حبسات|عطل|خرب|اتعطل|تعطل|عطلان|خربان|بطل|وقف)",
        "(?:عطلت|اتعطلت|تعطلت|خربت|وقفت|بطلت|انقلبت|اتقلبت|غرزت|عطل|خرب|اتعطل|تعطل)"
        " (?:بينا |بنا |علينا )?<car>",
        "(?:ما ?عندنا|ما ?عندناش|معندناش|ما ?عندي|ما ?عنديش|ما ?بقي|مابقاش|ما ?بقاش|ما ?بقاتش"
        "|ما ?عاد في|ما ?عاد عندنا|ليس لدينا|ليس معنا|ما ?معنا|ما ?معناش|ما ?معانا|ما ?معاناش"
        "|لم (?:يبق|يتبق|يعد) (?:لدينا|معنا|عندنا|لنا))"
        " (?:ولا |حتي |اي |شي |نقطه |قطره )*(?:<water>|<the_water>)"
        "(?! (?:في البيت|بالبيت|في الدار|بالدار))",
        "(?:^|[,.!;] ?|و)(?:ما ?في|ما ?فيش|مافيش|مفيش|ماكو|ما ?كاين|ما ?كاينش|لا يوجد)"
        " (?:ولا |حتي |اي |شي |نقطه |قطره )*(?:<water>|<the_water>)",
        "(?:ما ?في|ما ?فيش|مافيش|مفيش|ماكو|ما ?كاين|ما ?كاينش|لا يوجد) (?:<water>|<the_water>)"
        " (?:خالص|ابدا|نهائي|بالمره|من)",
        "(?:ما ?عندناش|ما ?عندنا|ما ?عنديش|ما ?بقاش|مابقاش|ما ?كاينش) ما"
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
        "(?:ماشيين|ماشين|نمشي|بنمشي|عم نمشي|قاعدين|عايشين|صرلنا|صار لنا)(?: [^ ]+){0,3}"
        " (?:بدون|بلا|من غير) (?:<water>|<the_water>)",
        "<the_water>(?: (?:تبعنا|اللي معنا|الي معانا|ديالنا|متاعنا|حقتنا|بتاعتنا))? <aux>(?:خلص"
        "|خلصت|كمل|كملت|نفد|نفذ|نفدت|سالا|سالات|سالي|فرغ|فرغت|خلاص"
        "|راحت|خالصه|خلصانه|قربت تخلص)",
        "(?:ما ?شربنا|ما ?شربناش|لم نشرب|ما ?شربت|ما ?شربتش|ما ?ذقنا)(?: (?:<water>"
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
        "|اريد|نبي|نحب|بغيت|باغي|نبغي|حابب|حابه|داير|دايره|بدنا|عايزين|نبوا|حابين|نفسي"
        "|اتمني|نتمني|بتمني|اود|خاطري)(?: ان| انو| اني)? (?:اموت|موت|نموت|الموت|انتحر|ننتحر"
        "|اقتل نفسي|اقتل حالي|اقتل روحي|نقتل روحي|نقتل نفسي|انهي حياتي|نهي حياتي"
        "|اخلص من حياتي|خلص من حياتي|خلص من حالي|اخلص من نفسي|نخلص من روحي|نخلص من حياتي"
        "|ارمي حالي|ارمي نفسي|نرمي روحي|نرمي نفسي|اذي نفسي|اذي حالي|اجرح نفسي|اجرح حالي"
        "|نجرح روحي|اختفي من الدنيا|ارتاح من الدنيا|ارتاح من الحياه|افارق الحياه)",
        "(?:رح|راح|ح|ه|س|غادي|باش|راني|رايح|رايحه|قررت|ناوي|ناويه|بفكر|افكر|نفكر|كنفكر"
        "|عم فكر|قاعد نفكر|قاعد افكر|قاعده افكر)(?: ان| انو| اني)? ?(?:انتحر|ننتحر|اقتل نفسي"
        "|اقتل حالي|نقتل روحي|نقتل نفسي|اقتل روحي|انهي حياتي|ارمي حالي|ارمي نفسي|نرمي روحي)",
        "(?:[حهسب]?ننتحر|[حهس]انتحر|[حهس]نتحر)",
        "(?:افكر|بفكر|نفكر|عم فكر|كنفكر|افكار|فكره|تفكير) (?:في|ب|بال|فال|ف)? ?<al>انتحار",
        "افكار (?:انتحاريه|سوداء|سودا|سوداويه)",
        "(?:ما ?في|مافي|مابقاش عندي|ما ?بقي عندي|ما ?عندي|ماعنديش|ما ?عاد عندي) (?:علاش|ليش"
        "|شي|حاجه|سبب) (?:نعيش|اعيش|عيش)",
        "(?:ما|مش|مو|مب|ماعاد|ما عاد|ما عدت|ما عدتش|ماعدت|لم اعد|لا|ما بقيتش|مابقيتش|مبقتش"
        "|ما بقيت|ماني|ماعادش|ما عادش|ماعدتش) ?(?:عايز|عاوز|عايزه|بدي|ابي|ابغي|حابب|نحب|بغيت"
        "|باغي|داير|اريد|نبي)"
        "(?: ان)? ?(?:اعيش|عيش|نعيش|الحياه|اصحي|افيق|نفيق|نصحي)"
        r"(?! (?:في|هون|هنا|هناك|مع|فيها|فيه|بليبيا|ببلد|بهالبلد|بالبلد|باوروبا)(?![\w]))",
        "(?:ما ?عاد فيني|ما ?بقي فيني|ما ?عاد بقدر|ما ?عدت قادر|ما ?نجمش|ما ?نقدرش)"
        " (?:كمل|اكمل|عيش|اعيش|نعيش|نكمل)",
        "(?:تعبت|زهقت|مليت|كرهت|قرفت|عيفت|سئمت) (?:من )?(?:<al>حياه|حياتي|العيشه|عيشتي|الدنيا)",
        "(?:<al>حياه|حياتي|الدنيا)(?: ما)? ?(?:ما ?الها|مالهاش|ما ?لها|ليس لها|بلا|ملهاش"
        "|مالها|ما عاد الها|ما عندها) (?:معني|قيمه|طعم|لازمه|فايده)",
        "(?:ما ?عاد عندي|ما ?عندي|ما ?بقي عندي|مابقاش عندي|ماعنديش|فقدت|ضاع|ضيعت|راح) (?:كل )?"
        "<al>?امل(?! (?:ب|في|اني|ان|انو|ل)[^ ]*)",
        "(?:يئست|انا يائس|انا يائسه|انا يايس|انا يايسه)(?! من (?:<al>?اوراق|<al>?انتظار))",
        "(?:فقدت|ضيعت|ما ?عاد عندي) (?:كل )?<al>امل (?:في|ب|من) ?<al>(?:حياه|عيش|دنيا)",
        "(?:شو|ما|ايش|وش) <al>فايده من (?:<al>عيشه|<al>حياه|عيشتي|حياتي|<al>دنيا)",
        "(?:ليش|ليه|علاش|لماذا) (?:انا )?(?:عايش|اعيش|بعيش|عايشه)",
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
        "|نقتل|بقتل|احرق|بحرق|اسمم|نسمم|اذبح|ارمي|نرمي|برمي) (?:نفسي|حالي|روحي)",
        "(?:بدو|بدها|عايز|عاوز|عايزه|عاوزه|يبي|تبي|يريد|تريد|حابب|ناوي|ناويه) (?:ي|ت)?(?:قتل"
        " (?:حاله|نفسه|روحه|حالها|نفسها|روحها)|نتحر)",
        "(?:بفكر|افكر|نفكر|عم فكر|كنفكر) (?:دايما |كل يوم |كتير |طول الوقت )?(?:بال|في ال|فال)موت",
        "(?:يا ?ريتني|ليتني) (?:مت|ميت|اموت)",
        "(?:قتل|ايذاء|اذيه|انهاء|انهي|اقتل|اذي|اؤذي|اوذي|نؤذي) (?:نفسي|حياتي|حالي|روحي)",
        "(?:لا|لم اعد|ما عدت|ما ?عاد) (?:اري|اجد|بشوف|شايف) (?:اي )?(?:فائده|فايده|معني|سببا|سبب"
        "|جدوي) (?:من|في|ل) ?(?:<al>حياه|حياتي|<al>عيش|العيشه)",
        "(?:لا|ما) (?:جدوي|فائده|فايده|معني) (?:من|ل|في) ?(?:<al>حياه|حياتي|<al>عيش)",
        "(?:اشعر|حاسس|حاسه|عندي) (?:ب)?<al>ياس",
        "(?:رح|راح|ح|بدي) (?:انط|اقفز|نقفز|ننقز)[.!]*$",
        "(?:<kin>|واحد معنا|حدا معنا|واحده معنا|حد معانا) (?:بدو|بدها|عايز|عايزه|عاوز|عاوزه"
        "|يبي|تبي|يريد|تريد|حابب|حابه|ناوي|ناويه|راح|رح|ح|ه|بيفكر|بتفكر|يفكر|تفكر|هدد|هددت"
        "|حاول|حاولت|بغا|بغات)(?: ان| انو)? ?(?:[يت]نتحر|[يت]قتل (?:نفسه|حاله|روحه|نفسها"
        "|حالها|روحها))",
    ),
    general=(
        "<aux>[بك]?[يت](?:ضرب|عذب|هاجم|غتصب|قوص|طخ|جلد|خنق|حرق|كهرب|هدد)(?:و|ون|وا)?"
        "(?:نا|ني|ننا|نني)",
        "<aux>[بك]?[يت](?:ضرب|عذب|قوص|طخ|جلد)(?:و|وا|ون) (?:فينا|فيا|فيني|علينا)",
        "<aux>[بك]?[يت](?:ضرب|طلق|قوص|طخ|رمي)(?:و|وا|ون)? (?:علينا|فينا|عليا|علي)"
        "(?: <al>(?:نار|رصاص))?",
        "(?:[بك]?[يت]طلق(?:و|وا|ون)?|[بك]?[يت]ضرب(?:و|وا|ون)) <al>(?:نار|رصاص)"
        " (?:علينا|عليا|علي|فينا)",
        "(?:في|فيه) (?:ضرب نار|اطلاق نار|اطلاق رصاص|رصاص|قواص|ضرب رصاص)",
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
        "(?:مصاب|مصابه|مصابون|مصابين) (?:بشده|بجروح|باصابه|اصابه بالغه|اصابات بالغه|بليغه)",
        "(?:[يت]حتاج|نحتاج|بحاجه) (?:الي )?(?:طبيب|دكتور|اسعاف|مستشفي)(?:ا)? (?:الان|حالا|فورا"
        "|بسرعه|عاجلا|ضروري)",
        "فاقده? (?:لل|ال)وعي",
        "(?:تلد|بتولد|عم تولد) (?:الان|الحين|حالا|هلا|دلوقتي)",
        "<kin> (?:عندهم|معهم|بايديهم)(?: [^ ]+){0,2} (?:و)?(?:بدهم|طالبين|يبوا|يبغوا|عايزين"
        "|يطلبوا|بيطلبوا|يريدون)",
        "<aux>[بك]?[يت]اذ(?:و|وا|ون)?(?:نا|ني)",
        "(?:مقفول|مقفل|مسكر|مقفلين|قافلين|مسكرين) (?:علينا|علي|عليا|عليه|عليها)",
        "<aux>[بك]?[يت](?:ضرب|عذب|قتل|غتصب|ذبح|حرق|كهرب)(?:و|ون|وا) <kin>",
        "<aux>[بك]?[يت](?:ضرب|عذب|قتل|غتصب|ذبح|طخ|قوص)(?:و|ون|وا) (?:<al>ناس|<al>نسوان|<al>ولاد"
        "|<al>اطفال|كل الناس|<al>مساجين|<al>بنات) (?:هون|هنا|هلا|هسه|دلوقتي|الان|الحين|قدامي)",
        "<aux>[بك]?[يت](?:دور|دورو|فتش)(?:وا|و|ون)? (?:علينا|عليا|علي)",
        "(?:في|فيه) <al>?مسلحين (?:قدام|حوالين|جنب|عند|برا|بره|داخل|جوا|حول)",
        "(?:انضرب|اتضرب|انضربت|اتضربت|انصاب|اتصاب|انصابت|اتصابت) (?:بال)?(?:رصاص|نار|رصاصه"
        "|طلق|سكين)",
        "(?:مصاب|مصابه|مصابين) (?:برصاص|بطلق|برصاصه|بسكين|بجروح)",
        "<aux>[بك]?[يت](?:لاحق|طارد|تبع)(?:و|ون|وا)?(?:نا|ني|ننا|نني)",
        "(?:حابسينا|حابسيني|حبسونا|حبسوني|حابسنا|قافلين علينا|قفلوا علينا|قفلو علينا"
        "|مسكرين علينا|سكروا علينا|محتجزينا|حاجزينا|حاجزيني|حجزونا|حجزوني|شادينا|ماسكينا"
        "|خاطفينا|خاطفيني)",
        "(?:<we> |انا )?<aux>(?:محبوسين|محتجزين|محجوزين|مسجونين|مقفول علينا|مخطوفين|محاصرين"
        "|مقفولين|مسكر علينا|محبوس|محبوسه|محتجز|محتجزه|محجوز|محجوزه|مخطوف|مخطوفه|محبوسون"
        "|محتجزون|محجوزون|مسجونون|مخطوفون)"
        " (?:عند|لدي|مع|في|ف|ب|جوه|جوا|داخل|من|تحت)? ?<al>(?:مهربين|مهرب|عصابه"
        "|مليشيا|ميليشيا|غرفه|شاحنه|مخزن|حوش|بيت|كونتينر|حاويه|عربيه|سياره|بدروم|قبو|ترك"
        "|كاميو|مستودع|جماعه مسلحه|مسلحين)",
        "(?:لا|ما) (?:يسمحون|يسمحوا) (?:لنا|لي) (?:بالخروج|بالمغادره|ان نخرج|ان اخرج)",
        "(?:ما|مش|مو) ?(?:بيخلونا|بيخلوني|يخلونا|يخلوني|خلونا|خلوني|راضيين يخلونا"
        "|راضيين يطلعونا|بيسيبونا|يسيبونا) (?:نطلع|اطلع|نمشي|امشي|نروح|اروح|نخرج|اخرج)",
        "(?:<person> )?<aux>(?:[بي]?ينزف|بتنزف|تنزف|نازف|نازفه|نزيف (?:قوي|شديد|كتير|كبير)"
        "|مغمي عليه|مغمي عليها|مغمي علي|اغمي عليه|اغمي عليها|اغمي علي|فاقد الوعي"
        "|فاقده الوعي|فقد الوعي|فقدت الوعي|ما ?بيتنفس|ما ?بتتنفس|مش ?قادر يتنفس"
        "|مش ?قادره تتنفس|ما ?يتنفسش|ما ?تتنفسش|ما ?يقدرش يتنفس|لا يتنفس|لا تتنفس"
        "|(?:ما|مش|مو) ?(?:[يت]قدر(?:ش)?|قادر|قادره|قادراش|قادرش) [يت]تنفس(?:ش)?"
        "|ما عم يتنفس|ما عم تتنفس|بتولد|عم تولد|جاها الطلق|جاها المخاض|عندها طلق|جلطه"
        "|نوبه قلبيه|ازمه قلبيه|سكته قلبيه|نوبه صرع|بيتشنج|عم يتشنج|بيحتضر|يحتضر|تحتضر"
        "|ما ?بيتحرك|ما ?يتحركش|ما ?بيصحي|ما ?بيفيق|ما ?فاقش|ما عم يتحرك|ما عم تتحرك"
        "|مش بيتحرك|ما ?بتتحرك|ما ?يتحرك)",
        "(?:حاله طبيه طارئه|حاله طارئه|حاله حرجه|حالته حرجه|حالتها حرجه|حالته خطيره|حالتها خطيره)",
        "<al>(?:خاطفين|خاطف|مختطفين|عصابه) (?:بدهم|طالبين|يبوا|يبغوا|عايزين|يطلبوا|بيطلبوا"
        "|يريدون|اتصلوا|بيتصلوا|هددوا|بيهددوا|قالوا)",
        "(?:لدغه|لدغته|لدغتها|عضه|عضته|عضتها|قرصه|قرصته|قرصتها) (?:<al>)?(?:حيه|افعي|عقرب|تعبان)",
        "<person> <aux>(?:بيموت|عم يموت|قاعد يموت|راح يموت|رح يموت|حيموت|هيموت|رايح يموت"
        "|بتموت|عم تموت|قاعده تموت|راح تموت|حتموت|هتموت)",
        "(?:<we> |انا )?<aux>(?:مش قادرين نتنفس|ما ?نقدر نتنفس|ما ?عم نتنفس|مخنوقين|بنختنق"
        "|عم نختنق|نختنق|مش قادر اتنفس|ما ?بقدر اتنفس|ما ?قادرين ?ش نتنفسو)",
        "(?:اتصلوا|اتصلو|اطلبوا|اطلبو|ابعتوا|ابعثوا|نحتاج|محتاجين|بدنا|عايزين|نبوا|نبي|جيبوا"
        "|جيبو) (?:ب|لنا |لينا |ل)?<al>(?:اسعاف|دكتور بسرعه|طبيب بسرعه|دكتور حالا|طبيب حالا"
        "|دكتور ضروري|طبيب ضروري|دكتور فورا|طبيب فورا)",
        "(?:ناس|رجال|رجاله|جماعه|عصابه|واحد|شباب|مسلحين|ناس مسلحين) (?:معهم|معاهم|عندهم|معه"
        "|حاملين|شايلين) (?:سلاح|اسلحه|سكاكين|سكين|بنادق|كلاشنكوف|مسدسات|مسدس)",
        "(?:شدونا|شدوني|مسكونا|مسكوني|قبضوا علينا|قبضو علينا|خدونا|اخدونا|اخذونا|حجزونا)"
        "(?: [^ ]+){0,3} (?:و)?(?:طالبين|بدهم|يبوا|يطلبوا|بيطلبوا|عايزين|باغيين) (?:فلوس|مصاري"
        "|فديه|<al>فلوس|[0-9]+)",
        "<al>(?:مسلحين|عصابه|مليشيا|ميليشيا) (?:داخلين|دخلوا|دخلو|هاجمين|جايين) (?:علينا|علي|ع)",
        "(?:هجموا|هجمو|هاجموا|هاجمو|داهموا|داهمو|اقتحموا|اقتحمو) (?:علينا|علي [^ ]+"
        "|ع[^ ]+|[^ ]+نا)",
    ),
    threat=(
        "[يت]حاول(?:ون|وا|و)? (?:قتلي|قتلنا|خطفي|خطفنا|اغتصابي|ايذائي|ايذاءنا|اذيتي|اذيتنا"
        "|قتل <kin>)",
        "[يت]هدد(?:ون|وا|و)?(?:نا|ني)? ب(?:قتلي|قتلنا|قتله|قتلها|<al>قتل|ذبحنا)",
        "(?:<aux>|بدهم |بدن |عايزين |عاوزين |يبوا |يبغوا |يريدون |ناويين |حابين |يهددوا"
        " |بيهددوا )?[حهس]?[يت]قتل(?:و|ون|وا)?(?:نا|ني|ننا|نني)",
        "<aux>[حهس]?[يت]بيع(?:و|ون|وا)?(?:نا|ني|ننا|نني)",
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
        "|قوصوه|قوصونا|طخوه|طخونا|عذبوني|عذبونا|عذبوه)",
        "(?:اخدوا|اخدو|خدوا|خدو|اخذوا|اخذو|شالوا|شالو|سحبوا|سحبو|داوا|ديو) <kin>",
    ),
    danger=(
        "(?:<we>|حياتنا|حياتي|حياته|حياتها|ارواحنا|انا) (?:في|ف|ب)? ?(?:خطر|ورطه|محنه)",
        "(?:(?:رح|راح|غادي|غاديين|رايحين|قاعدين|عم|رانا) نموت(?:و)?|[حهس]نموت(?:و)?|بنموت"
        "|كنموتو|كنموت)",
        "(?:(?:رح|راح|ح|ه|س) ?اموت|(?:رح|راح) موت|حموت|هموت|ساموت)"
        "(?! من (?:<al>ضحك|<al>فرحه|<al>شوق))",
        "(?:<we> )?<aux>(?:تائهون|تائهين|ضائعون|ضائعين|تايهين|ضايعين|ضعنا|تهنا|تلفنا|تالفين"
        "|محاصرين|محاصرون|مطاردين|بردانين"
        "|متجمدين|مخبيين|مستخبيين)",
        "(?:نموت|بنموت|عم نموت|راح نموت|ميتين|متجمدين|بنتجمد|عم نتجمد) من <al>برد",
        "(?:في|فيه) حريق",
        "<al>نار (?:ماسكه|ولعت|شاعله|والعه)",
        "(?:ولعت النار|شب حريق)",
        "(?:تركونا|خلونا|سابونا|رمونا|سيبونا|خلاونا) (?:لوحدنا|وحدنا|هون|هنا|هنايا|وهربوا"
        "|وهربو|وراحوا|وراحو|ومشيوا)",
        "(?:ما ?حد|ما ?حدا|ما ?في حدا|مافي حدا|مافيش حد|ما ?فيش حد|محدش) (?:جاي|جا|بيرد|يرد"
        "|رد|بيساعدنا|يساعدنا|سمعنا)",
    ),
    cry=(
        "(?:ساعدونا|ساعدوني|ساعدني|ساعدنا|ساعدو|انقذونا|انقذوني|انقذنا|انقذني|الحقونا|الحقوني"
        "|الحقنا|الحقني|اغيثونا|اغيثوني|الغوث|عاونونا|عاونوني|عتقونا|عتقوني|نجدونا|انجدونا"
        "|فزعتكم|الحقو|الحقوا|نجدوني)(?! ?(?:في|ب|علي|ل|ان|اني|انو|عشان|علشان|باش|لكي|كي"
        "|حتي)? ?(?:الاقي|القي|نلاقي|نلقي|لاقي|اعرف|نعرف|افهم|نفهم|اجد|لاجد|ايجاد|البحث"
        "|ابحث|اروح|نروح|اسافر|نسافر|اقدم|نقدم|احصل|نحصل|ادرس|اتعلم|اكتب|اترجم|اعبي|نعبي"
        "|املا|اختار|نختار))",
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
        "اجد",
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
        "بشكل قانوني",
    ),
    not_now=(
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
        "خايف",
        "خايفين",
        "اخاف",
        "نخاف",
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
        "قالولي",
        "قالولنا",
    ),
    long_ago=(
        "<al>سنه (?:الماضيه|اللي فاتت|الي فاتت|الفايته)",
        "<al>عام (?:الماضي|اللي فات)",
        "من (?:[0-9]+|سنتين|تلات|ثلاث|اربع|خمس|كم) (?:سنين|سنوات|سنه)",
        "قبل (?:[0-9]+ |سنتين|سنه|سنين|كم سنه|عام|عامين)",
        "(?:سنه|عام|في) (?:19|20)[0-9][0-9]",
        "كل سنه",
        "كل عام",
        "سنويا",
        "بالسنه",
        "لما كنت صغير",
        "زمان",
        "(?:لما|وقت|وقت ما|عندما) (?:قطعت|قطعنا|عبرت|عبرنا|كنت|كنا|طلعت|طلعنا)",
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
        "[بحهكت]?[يتن]غرق(?:و|وا|ون)?",
        "غرقان(?:ه|ين)?",
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
        "[بي]?ينزف",
        "بتنزف",
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
    ),
    over=(
        "(?:انا|احنا|نحن|صرت|صرنا|هلا انا|هلا احنا) (?:ب)?امان",
        "(?:هربت|هربنا|طلعت منها|طلعنا منها|اطلقوا سراحي|اطلقو سراحي|افرجوا عني|طلعوني|فكوني"
        "|وصلنا بالسلامه|وصلت بالسلامه)",
        "دفعوا <al>فديه",
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
}


# --- Compilation ------------------------------------------------------------------------

_LETTER = r"[\w\u0900-\u0dff\u1200-\u139f]"  # \w misses the vowel signs of Indic scripts
_NOT_LETTER_BEFORE = rf"(?<!{_LETTER})"
_NOT_LETTER_AFTER = rf"(?!{_LETTER})"
# A word in Arabic script may carry و/ف (and, so) and ب/ل/ك/ع (with, for, as, on) in front.
_ARABIC_CLITICS = "(?:[وف]?[بلكع]?)"
_PLACEHOLDER = re.compile(r"<([a-z_]+)>")
_CLAUSE_BREAK = re.compile(r"[.!?;:,\n]")


def _expand(pattern: str, words: dict[str, str]) -> str:
    """Replace ``<name>`` placeholders (which may nest) by their definitions."""
    for _ in range(5):
        expanded = _PLACEHOLDER.sub(lambda m: words[m.group(1)], pattern)
        if expanded == pattern:
            return expanded
        pattern = expanded
    raise ValueError(f"placeholders nest too deep in {pattern!r}")


def _alternatives(kind: str) -> Iterable[str]:
    for lexicon in LEXICONS.values():
        clitics = _ARABIC_CLITICS if lexicon.arabic_script else ""
        for pattern in getattr(lexicon, kind):
            yield f"{_NOT_LETTER_BEFORE}{clitics}(?:{_expand(pattern, lexicon.words)})" + (
                _NOT_LETTER_AFTER
            )


def _compile(kind: str) -> re.Pattern[str]:
    return re.compile("|".join(_alternatives(kind)) or "(?!)")


_KINDS = tuple(f.name for f in fields(Lexicon) if f.name not in ("arabic_script", "words"))
_RULES: dict[str, re.Pattern[str]] = {kind: _compile(kind) for kind in _KINDS}
_NOT_PLAIN = ("not_now", "reported", "information", "vague")


def _lead_in(kind: str) -> re.Pattern[str]:
    """A marker counts when at most three words separate it from the match, in one clause."""
    return re.compile("(?:" + "|".join(_alternatives(kind)) + ")(?: [^ ]+){0,3} ?$")


_NOT_NOW = _lead_in("not_now")
_HEARSAY = _lead_in("reported")


def _happening(kind: str, text: str) -> bool:
    """Whether the message reports evidence of this kind as happening now: not led into by
    a condition or a question, nor (except for threats) by hearsay."""
    for match in _RULES[kind].finditer(text):
        clause = _CLAUSE_BREAK.split(text[: match.start()])[-1]
        if _NOT_NOW.search(clause) is None and (kind == "threat" or not _HEARSAY.search(clause)):
            return True
    return False


def _plain_statement(text: str) -> bool:
    """No question, condition, request for information, fear, memory or hearsay."""
    if "?" in text or any(_RULES[kind].search(text) for kind in _NOT_PLAIN):
        return False
    return not any(_RULES["question"].match(clause.strip()) for clause in _CLAUSE_BREAK.split(text))


def detect_emergency(text: str) -> str | None:
    """The emergency topic id ("emergency.sea" | "emergency.desert" | "emergency.general" |
    "emergency.self_harm") if `text` reports danger happening now, else None.

    `text` must already be in the normal form of ``normalize()``."""
    if not text:
        return None
    found: set[str] = set()
    # Thoughts of suicide count however they are put, even in a question or a memory.
    if _RULES["self_harm"].search(text):
        found.add(SELF_HARM)
    long_ago = bool(_RULES["long_ago"].search(text)) and not _RULES["ongoing"].search(text)
    if long_ago or _RULES["over"].search(text):
        return SELF_HARM if found else None

    at_sea = bool(_RULES["sea_context"].search(text))
    in_desert = bool(_RULES["desert_context"].search(text))

    def place(default: str) -> str:
        return SEA if at_sea else DESERT if in_desert else default

    # Danger described as it happens, with its own topic or the place the message names.
    for kind, topic in (("sea", SEA), ("desert", DESERT), ("general", GENERAL)):
        if _happening(kind, text):
            found.add(topic)
    for kind, default in (("vessel", SEA), ("stranded", DESERT)):
        if _happening(kind, text):
            found.add(place(default))
    # Harm done, threats, danger and cries without a place are often the start of a
    # question ("my family is in danger at home, can I get asylum?"): the question decides.
    weak_evidence_counts = at_sea or in_desert or not _RULES["information"].search(text)
    if weak_evidence_counts:
        if _happening("harm", text) or _happening("threat", text):
            found.add(GENERAL)
        if _happening("danger", text):
            found.add(place(GENERAL))
    if not found:
        cried = weak_evidence_counts and _happening("cry", text)
        if cried or ((at_sea or in_desert) and _happening("plea", text)):
            found.add(place(GENERAL))
    if not found and _plain_statement(text):
        # Last resort: danger words in a plain statement ("hostages, 3000 each").
        for kind, topic in (
            ("alarm_sea", SEA),
            ("alarm_desert", place(DESERT)),
            ("alarm_general", GENERAL),
        ):
            if _RULES[kind].search(text):
                found.add(topic)
    return next((topic for topic in PRECEDENCE if topic in found), None)
