"""Basic rules for more languages (cries, sinking, thirst, suicide), and spoken Arabic
in Latin letters."""

from __future__ import annotations

from bot.conversation.safety.lexicon import Lexicon

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
