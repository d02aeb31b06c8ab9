"""The fixed topic ids (shared/TOPICS.md) and how Rasa intents map onto them.

Topic ids are a public contract (chat API, statistics, evaluation sets), so they
live in one place. Rasa intent names cannot carry dots nicely, so each topic that
NLU classifies has an intent named after it with ``.`` replaced by ``_``; route
questions share one intent (``ask_route``) and are resolved by the place named.
"""

from __future__ import annotations

EMERGENCY_TOPICS: tuple[str, ...] = (
    "emergency.sea",
    "emergency.desert",
    "emergency.general",
    "emergency.self_harm",
)

ROUTE_TOPICS: tuple[str, ...] = (
    "route.central_med",
    "route.eastern_med",
    "route.western_med",
    "route.atlantic",
    "route.balkans",
    "route.channel",
    "route.sahara",
)

#: Topics whose answer text lives in the content store (content/<topic>.yml).
CONTENT_TOPICS: tuple[str, ...] = (
    *EMERGENCY_TOPICS,
    *ROUTE_TOPICS,
    "risk.detention",
    "risk.trafficking",
    "risk.debt",
    "smuggler.ads",
    "myth.safe_boat",
    "myth.asylum_guaranteed",
    "myth.jobs_money",
    "myth.fake_documents",
    "myth.quick_trip",
    "pathway.overview",
    "pathway.work",
    "pathway.study",
    "pathway.family",
    "pathway.resettlement",
    "asylum.apply",
    "asylum.dublin",
    "asylum.minors",
    "asylum.rejected",
    "asylum.voluntary_return",
    "help.contacts",
    "help.family_tracing",
    "help.human",
)

#: Conversational topics: answered with fixed phrases (bot/i18n), no content item.
META_TOPICS: tuple[str, ...] = (
    "meta.greet",
    "meta.goodbye",
    "meta.menu",
    "meta.clarify",
    "meta.verify",
    "meta.non_text",
    "meta.language",
    "meta.feedback",
    "meta.delete_data",
    "meta.out_of_scope",
    "meta.fallback",
)

ALL_TOPICS: tuple[str, ...] = (*CONTENT_TOPICS, *META_TOPICS)

#: Intents the NLU model classifies from what users type, and the topic each means.
#: ``ask_route`` has no fixed topic: the ``place`` entity picks the route.
TYPED_INTENTS: dict[str, str | None] = {
    **{t.replace(".", "_"): t for t in CONTENT_TOPICS if t not in ROUTE_TOPICS},
    "ask_route": None,
    "greet": "meta.greet",
    "goodbye": "meta.goodbye",
    "menu": "meta.menu",
    "verify": "meta.verify",
    "choose_language": "meta.language",
    "feedback": "meta.feedback",
    "delete_data": "meta.delete_data",
    "out_of_scope": "meta.out_of_scope",
}


#: Menu categories: payload key -> (label msgid for bot.i18n, topics in the category).
CATEGORIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "emergency": ("Emergency", EMERGENCY_TOPICS),
    "route": ("Routes and risks", ROUTE_TOPICS),
    "risk": ("Other risks", ("risk.detention", "risk.trafficking", "risk.debt")),
    "myth": (
        "Smugglers' claims",
        tuple(t for t in CONTENT_TOPICS if t.startswith(("myth.", "smuggler."))),
    ),
    "pathway": ("Legal ways", tuple(t for t in CONTENT_TOPICS if t.startswith("pathway."))),
    "asylum": ("Asylum", tuple(t for t in CONTENT_TOPICS if t.startswith("asylum."))),
    "help": ("Find help", tuple(t for t in CONTENT_TOPICS if t.startswith("help."))),
}


def intent_for(topic: str) -> str:
    """The typed intent of a content topic (routes share ``ask_route``)."""
    if topic in ROUTE_TOPICS:
        return "ask_route"
    return topic.replace(".", "_")


def topic_for(intent: str) -> str | None:
    """The topic an intent answers, or None for ``ask_route`` and unknown intents."""
    return TYPED_INTENTS.get(intent)


def is_emergency(topic: str | None) -> bool:
    return topic is not None and topic.startswith("emergency.")
