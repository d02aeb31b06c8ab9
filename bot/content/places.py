"""Places people name when they ask about a route, and which route each points to.

Country names come from Babel's CLDR data in every supported language, so they
match what the content says; places CLDR does not know (islands, seas, towns at
the coast) and everyday names ("UK", "Turkey", "Libyan") are listed here by hand.
The training renderer turns this table into Rasa lookup tables and synonyms for
the ``place`` entity; the answer action turns the recognised places back into a
route with :func:`route_for_places`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from babel import Locale

from bot.conversation.normalize import normalize

#: place key -> {route topic: weight}. Keys of two upper-case letters are CLDR
#: territory codes; the weight says how strongly the place points to the route.
PLACE_ROUTES: dict[str, dict[str, int]] = {
    # Central Mediterranean. Libya is also where the Sahara crossing ends: "from Chad or
    # Niger to Libya" is the desert route, "Libya" alone or "Libya to Italy" the sea.
    "LY": {"route.central_med": 2, "route.sahara": 1},
    "TN": {"route.central_med": 2},
    "IT": {"route.central_med": 2},
    "MT": {"route.central_med": 2},
    "central_med": {"route.central_med": 3},
    "lampedusa": {"route.central_med": 3},
    "sicily": {"route.central_med": 3},
    # Eastern Mediterranean
    "TR": {"route.eastern_med": 2},
    "GR": {"route.eastern_med": 2},
    "CY": {"route.eastern_med": 2},
    "LB": {"route.eastern_med": 1},
    "BG": {"route.eastern_med": 1, "route.balkans": 1},
    "eastern_med": {"route.eastern_med": 3},
    "aegean": {"route.eastern_med": 3},
    "lesbos": {"route.eastern_med": 3},
    "samos": {"route.eastern_med": 3},
    "evros": {"route.eastern_med": 3},
    "crete": {"route.eastern_med": 3},
    # Western Mediterranean
    "ES": {"route.western_med": 2, "route.atlantic": 1},
    "MA": {"route.western_med": 1, "route.atlantic": 1},
    "DZ": {"route.western_med": 1, "route.sahara": 1},
    "western_med": {"route.western_med": 3},
    "EA": {"route.western_med": 3},
    "ceuta": {"route.western_med": 3},
    "melilla": {"route.western_med": 3},
    "gibraltar": {"route.western_med": 3},
    "alboran": {"route.western_med": 3},
    "balearics": {"route.western_med": 3},
    # Atlantic
    "IC": {"route.atlantic": 3},
    "SN": {"route.atlantic": 2},
    "GM": {"route.atlantic": 2},
    "MR": {"route.atlantic": 2},
    "atlantic": {"route.atlantic": 3},
    "cayuco": {"route.atlantic": 3},
    # Western Balkans
    "RS": {"route.balkans": 2},
    "BA": {"route.balkans": 2},
    "HU": {"route.balkans": 2},
    "HR": {"route.balkans": 2},
    "MK": {"route.balkans": 2},
    "SI": {"route.balkans": 2},
    "AL": {"route.balkans": 1},
    "ME": {"route.balkans": 1},
    "balkans": {"route.balkans": 3},
    "drina": {"route.balkans": 3},
    # English Channel
    "GB": {"route.channel": 3},
    "FR": {"route.channel": 1},
    "channel": {"route.channel": 3},
    "calais": {"route.channel": 3},
    "dunkirk": {"route.channel": 3},
    # Sahara
    "NE": {"route.sahara": 2},
    "TD": {"route.sahara": 2},
    "ML": {"route.sahara": 2},
    "SD": {"route.sahara": 2},
    "sahara": {"route.sahara": 3},
    "desert": {"route.sahara": 3},
    "agadez": {"route.sahara": 3},
}

#: Names CLDR does not give: everyday country names, adjectives, and places that
#: are not countries. Written as people type them; normalised when rendered.
EXTRA_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "LY": (
            "libyan",
            "libia",
            "tripoli",
            "zuwara",
            "sabratha",
            "benghazi",
            "tobruk",
        ),
        "TN": (
            "tunisian",
            "sfax",
        ),
        "IT": (
            "italian",
            "italia",
        ),
        "TR": (
            "turkey",
            "turkish",
            "turky",
            "bodrum",
            "izmir",
        ),
        "GR": (
            "greek",
            "grece",
            "kos",
            "chios",
            "rhodes",
        ),
        "ES": (
            "spanish",
            "espana",
            "almeria",
            "malaga",
        ),
        "MA": (
            "moroccan",
            "marocco",
            "morroco",
            "nador",
            "tangier",
        ),
        "DZ": (
            "algerian",
            "oran",
        ),
        "SN": (
            "senegalese",
            "dakar",
        ),
        "MR": (
            "mauritanian",
            "nouadhibou",
            "nouakchott",
        ),
        "GB": ("uk", "britain", "great britain", "england", "english coast"),
        "BA": (
            "bosnia",
            "bosnian",
        ),
        "MK": ("macedonia",),
        "lampedusa": ("lampedusa",),
        "sicily": ("sicily",),
        "aegean": ("aegean",),
        "lesbos": ("lesbos", "lesvos"),
        "samos": ("samos",),
        "evros": ("evros",),
        "crete": ("crete",),
        "ceuta": ("ceuta",),
        "melilla": ("melilla",),
        "gibraltar": ("gibraltar", "strait of gibraltar"),
        "alboran": ("alboran",),
        "balearics": ("balearic", "balearics", "mallorca", "ibiza"),
        "IC": (
            "canaries",
            "canary",
            "tenerife",
            "gran canaria",
            "lanzarote",
            "el hierro",
            "canarias",
        ),
        "atlantic": ("atlantic",),
        "cayuco": ("cayuco", "cayucos", "pirogue", "pirogues"),
        "balkans": ("balkans", "balkan"),
        "drina": ("drina",),
        "channel": ("channel", "english channel"),
        "calais": ("calais",),
        "dunkirk": ("dunkirk", "dunkerque"),
        "sahara": (
            "sahara",
            "tamanrasset",
            "kufra",
        ),
        "desert": ("desert",),
        "agadez": ("agadez",),
        "ML": ("gao",),
        "SD": ("khartoum",),
        "HR": ("croatian",),
        "RS": ("serbian",),
        "HU": ("hungarian",),
        "central_med": (
            "central mediterranean",
            "central med",
        ),
        "eastern_med": (
            "eastern mediterranean",
            "eastern med",
        ),
        "western_med": (
            "western mediterranean",
            "western med",
        ),
    },
    "fr": {
        "LY": (
            "libyen",
            "libyenne",
            "libyennes",
            "libia",
            "tripoli",
            "zouara",
            "zuwara",
            "sabratha",
            "benghazi",
        ),
        "TN": (
            "tunisien",
            "tunisienne",
            "sfax",
        ),
        "IT": (
            "italien",
            "italienne",
            "italiennes",
            "italia",
        ),
        "TR": (
            "turc",
            "turque",
            "turques",
            "bodrum",
            "izmir",
        ),
        "GR": (
            "grec",
            "grecque",
            "grecques",
            "grece",
            "kos",
            "chios",
        ),
        "ES": (
            "espagnol",
            "espagnole",
            "espagnoles",
            "espana",
            "almeria",
        ),
        "MA": (
            "marocain",
            "marocaine",
            "nador",
            "tanger",
        ),
        "DZ": (
            "algerien",
            "algerienne",
            "oran",
        ),
        "SN": (
            "senegalais",
            "dakar",
        ),
        "MR": (
            "mauritanien",
            "mauritanienne",
            "nouadhibou",
            "nouakchott",
        ),
        "GB": ("angleterre", "grande-bretagne", "uk", "anglaise", "anglaises"),
        "BA": ("bosnie",),
        "MK": ("macedoine",),
        "lampedusa": ("lampedusa", "lampedouse"),
        "sicily": ("sicile",),
        "aegean": ("egee",),
        "lesbos": ("lesbos",),
        "samos": ("samos",),
        "evros": ("evros",),
        "crete": ("crete",),
        "ceuta": ("ceuta",),
        "melilla": ("melilla",),
        "gibraltar": ("gibraltar", "detroit de gibraltar"),
        "alboran": ("alboran",),
        "balearics": ("baleares",),
        "IC": (
            "canaries",
            "tenerife",
            "lanzarote",
            "el hierro",
            "canarias",
        ),
        "atlantic": ("atlantique",),
        "cayuco": ("pirogue", "pirogues", "cayuco", "cayucos"),
        "balkans": (
            "balkans",
            "balkanique",
            "balkaniques",
            "balkan",
        ),
        "drina": ("drina",),
        "channel": ("manche",),
        "calais": ("calais",),
        "dunkirk": ("dunkerque",),
        "sahara": (
            "sahara",
            "tamanrasset",
            "koufra",
            "kufra",
        ),
        "desert": ("desert",),
        "agadez": ("agadez",),
        "HR": ("croate",),
        "RS": ("serbe",),
        "HU": ("hongrois",),
        "central_med": ("mediterranee centrale",),
        "eastern_med": ("mediterranee orientale",),
        "western_med": ("mediterranee occidentale",),
        "ML": ("gao",),
        "SD": ("khartoum",),
    },
    "ar": {
        "LY": (
            "الليبي",
            "الليبيه",
            "ليبيه",
            "طرابلس",
            "زواره",
            "زوارا",
            "صبراته",
            "صبراطه",
            "الزاويه",
            "مصراته",
            "الخمس",
            "بني وليد",
            "بنغازي",
            "طبرق",
        ),
        "TN": (
            "التونسي",
            "التونسيه",
            "صفاقس",
            "صفاقص",
            "المهديه",
            "قليبيه",
            "جرجيس",
            "قرقنه",
        ),
        "IT": ("الايطالي", "الايطاليه", "ايطاليا", "ايطاليه", "الطاليان", "طاليا", "كالابريا"),
        "MT": ("مالطه",),
        "TR": (
            "التركي",
            "التركيه",
            "تركيا",
            "تركيه",
            "ازمير",
            "بودروم",
            "اسطنبول",
        ),
        "GR": ("اليونانيه", "اليوناني", "يونان", "خيوس", "رودس", "ليروس", "اثينا"),
        "ES": (
            "الاسباني",
            "الاسبانيه",
            "اسبانيا",
            "اسبانيه",
            "سبانيا",
            "المريه",
            "الميريا",
            "مالقه",
            "ملقا",
            "الخزيرات",
            "طريفه",
            "اليكانتي",
            "مورسيا",
        ),
        "MA": (
            "المغربي",
            "المغربيه",
            "الناظور",
            "طنجه",
            "الحسيمه",
            "الفنيدق",
        ),
        "DZ": (
            "الجزائري",
            "الجزائريه",
            "الجزاير",
            "وهران",
            "مستغانم",
            "عين تموشنت",
        ),
        "GB": ("بريطانيا", "انجلترا", "انكلترا", "انقلترا", "لندن"),
        "BA": ("البوسنه", "بيهاتش", "فيليكا كلادوشا"),
        "RS": ("بلغراد",),
        "HU": ("هنغاريا", "هنغاري"),
        "MK": ("مقدونيا",),
        "lampedusa": ("لامبيدوزا", "لامبدوزا", "لمبيدوزا", "لمبادوزا", "لامبيدوسا", "لمبيدوسا"),
        "sicily": ("صقليه", "سيسيليا", "كاتانيا"),
        "aegean": ("ايجه",),
        "lesbos": ("ليسبوس", "ميتيليني"),
        "samos": ("ساموس",),
        "evros": ("ايفروس", "نهر ايفروس"),
        "crete": ("كريت",),
        "ceuta": ("سبته",),
        "melilla": ("مليليه",),
        "gibraltar": ("جبل طارق", "مضيق جبل طارق"),
        "alboran": ("البوران",),
        "balearics": ("البليار", "جزر البليار", "مايوركا"),
        "IC": (
            "الكناري",
            "جزر الكناري",
            "كناريا",
            "الكناريا",
            "تينيريفي",
            "تنريفي",
            "لاس بالماس",
            "لانزاروتي",
            "الهييرو",
        ),
        "atlantic": ("الاطلسي", "الاطلنطي", "العيون", "طرفايه", "الداخله", "بوجدور"),
        "cayuco": ("القارب الخشبي", "الكايوكو"),
        "balkans": ("البلقان",),
        "drina": ("درينا",),
        "channel": ("المانش", "بحر المانش"),
        "calais": ("كاليه", "كالي"),
        "dunkirk": ("دونكيرك", "دنكيرك", "دونكرك"),
        "sahara": (
            "الصحراء الكبرى",
            "تمنراست",
            "الكفره",
            "سبها",
            "القطرون",
            "ابشي",
            "دنقلا",
        ),
        "desert": ("الصحراء", "صحراء", "الصحرا"),
        "agadez": ("اغاديز", "اغاديس", "اقاديز"),
        "MR": (
            "نواذيبو",
            "انواذيبو",
            "نواكشوط",
        ),
        "SN": ("داكار", "امبور"),
        "GM": ("بانجول",),
        "central_med": (
            "وسط المتوسط",
            "وسط البحر المتوسط",
        ),
        "eastern_med": (
            "شرق المتوسط",
            "شرق البحر المتوسط",
        ),
        "western_med": (
            "غرب المتوسط",
            "غرب البحر المتوسط",
        ),
        "SD": ("الخرطوم",),
    },
}

#: Arabic joins some prepositions and the article to the next word ("لليبيا", "بتركيا").
_ARABIC_PREFIXES = ("", "و", "ب", "ل", "ف", "وب", "ول", "من")


def _arabic_variants(name: str) -> Iterator[str]:
    for prefix in _ARABIC_PREFIXES:
        yield prefix + name
    if name.startswith("ال"):
        yield "لل" + name[2:]
        yield "ولل" + name[2:]


def names_of(place: str, language: str) -> set[str]:
    """Every normalised surface form of a place in one language."""
    raw: list[str] = list(EXTRA_NAMES.get(language, {}).get(place, ()))
    if len(place) == 2 and place.isupper():
        raw.append(Locale.parse(language).territories[place])
    names = {normalize(name) for name in raw if name}
    names |= {name.replace("-", " ") for name in names}  # "royaume uni" as typed
    if language == "ar":
        names = {variant for name in names for variant in _arabic_variants(name)}
    return names


def place_names(languages: Iterable[str]) -> dict[str, set[str]]:
    """place key -> its names in all the given languages."""
    return {
        place: set().union(*(names_of(place, lang) for lang in languages)) for place in PLACE_ROUTES
    }


def route_for_places(places: Iterable[str]) -> str | None:
    """The route the named places point to most, or None when none or a tie."""
    scores: Counter[str] = Counter()
    for place in places:
        scores.update(PLACE_ROUTES.get(place, {}))
    ranked = scores.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def candidate_routes(places: Iterable[str]) -> list[str]:
    """Routes the named places point to at all, for a clarifying question."""
    seen: dict[str, None] = {}
    for place in places:
        for route in PLACE_ROUTES.get(place, {}):
            seen[route] = None
    return list(seen)
