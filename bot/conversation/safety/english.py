"""English rules (also SOS and mayday, which every language uses)."""

from __future__ import annotations

from bot.conversation.safety.lexicon import Lexicon, any_of

# --- English (also SOS and mayday, which every language uses) -----------------------------

_EN_KIN = any_of(
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
        "we_are": any_of(
            "we are",
            "we're",
            "we re",
            "(?<!we )(?<!they )(?<!you )(?<!he )(?<!she )(?<!it )(?<!there )were",
            "we r",
            "we",
        ),
        "sinking": any_of("sinking", "sinkin", "sinkng", "snking", "sinkig", "sinkning"),
        "drowning": any_of("drowning", "drownin", "drouning", "drowing", "drawning", "drowining"),
        "i_am": any_of("i am", "i'm", "i m", "im", "i"),
        # Any word but one that opens a question or a condition.
        "w": "(?!(?:if|when|what|how|do|does|did|is|are|can|could|should|would|will|why|where"
        "|who|whether|case|often|common|normal|usual|true|possible|likely|say|says|said|heard"
        "|that)(?: |$))[^ ]+",
        "be": "(?:'s|'re|'m| is| are| am| has| have| just| now| still| been| being| got| r"
        "| slowly| quickly| already| really| completely| totally| almost| nearly| badly)*",
        "the": "(?:(?:the|our|my|this|that|a|da|their|his|her) )?",
        "boat": any_of(
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
        "engine": any_of("engine", "engines", "engin", "enjine", "motor", "moter", "outboard"),
        "kin": _EN_KIN,
        # Cutting or burning one's own body.
        "self_cut": any_of(
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
        "victim": any_of("me", "us", "him", "her", "them", "all of us", "(?:my|our|his|her) <kin>"),
        # Decimal coordinates as phones show them ("34.9012, 12.4487", "35.2N 12.4E").
        "coordinates": any_of(
            r"\d{1,2}[.,]\d{4,} ?°?,? ?[ /]? ?\d{1,3}[.,]\d{4,}",
            r"\d{1,2}(?:[.,]\d+)? ?°? ?(?:\d{1,2}(?:[.,]\d+)? ?'? ?)?[ns],? ?[ /]? ?"
            r"\d{1,3}(?:[.,]\d+)? ?°? ?(?:\d{1,2}(?:[.,]\d+)? ?'? ?)?[ewo]",
            r"[ns] ?\d{1,2}(?:[.,]\d+)? ?°? ?(?:\d{1,2}(?:[.,]\d+)? ?'? ?)?,? ?[ /]? ?"
            r"[ewo] ?\d{1,3}(?:[.,]\d+)? ?°? ?(?:\d{1,2}(?:[.,]\d+)? ?'?)?",
            r"(?:lat|latitude|gps|position|coordinates|coords|location)[: ]+ ?\d{1,3}[.,°]\d+",
        ),
        "they": any_of(
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
        "armed": any_of(
            "(?:armed|masked) (?:men|man|guys|guy|people|group|gang|thugs|bandits)",
            "gunm[ae]n",
            "(?:men|man|guys|guy|people|someone|somebody|thugs|bandits|smugglers) with"
            " (?:guns?|rifles?|knives|knife|weapons|machetes?|pistols?|kalash[a-z]*|ak-?47s?"
            "|sticks|bats|iron bars)",
        ),
        "violent": any_of(
            "<armed>",
            "(?:the |a |some )?(?:militia(?:s|men)?|soldiers|police(?:men)?|guards)",
        ),
        "door": "(?:the |our |my |this |that |their )?(?:front |main |room |house |tent |metal )?"
        "(?:door|doors|gate|window|room|house|home|tent|shelter|container|apartment|flat"
        "|compound)",
        "person": any_of(
            "(?:my|our) <kin>",
            "(?:a|the) (?:man|woman|child|kid|baby|boy|girl|person|pregnant woman|old man)",
            "someone",
            "somebody",
            "one of us",
            "he",
            "she",
        ),
        "subj_be": any_of(
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
