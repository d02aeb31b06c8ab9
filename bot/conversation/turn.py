"""One conversation turn: the only path from any channel to Rasa and back.

Normalisation, the stable pseudonym, language, the emergency safety net, payload
ids, the privacy note and the degraded answer all live here, once, so Telegram,
WhatsApp and the web chat behave the same.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, ParamSpec

from prometheus_client import Counter
from sqlalchemy import Engine, delete

from bot.content.repository import ContentRepository
from bot.content.topics import intent_for
from bot.conversation.language import decide
from bot.conversation.models import Conversation
from bot.conversation.normalize import normalize
from bot.conversation.payloads import intent_message, parse_payload
from bot.conversation.rasa_client import RasaClient, RasaUnavailable
from bot.conversation.safety import detect_emergency
from bot.conversation.trackers import TrackerStore
from bot.database import session_scope
from bot.i18n import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, gettext, isolate_numbers, language_name
from bot.i18n.phrases import EMERGENCY_LINES
from bot.privacy.pseudonyms import stable_pseudonym
from bot.settings import Settings

log = logging.getLogger(__name__)

PRIVACY_NOTE = (
    "Before we start: to answer you, I keep our messages for {days} days under a code name, "
    "never your phone number or your name. The app you write in can also see our messages. "
    'Write "delete my data" at any time and I erase what I keep at once; the chat on your phone '
    "stays until you delete it there."
)


#: Operators see what kind of answers go out (never who asked or what): topic ids and
#: language codes only, served on /metrics.
ANSWERS = Counter(
    "assistant_answers",
    "Answers sent, by topic id, conversation language and whether Rasa was down",
    ["topic", "language", "degraded"],
)
SAFETY_NET_ALARMS = Counter(
    "assistant_safety_net_alarms",
    "Messages the emergency safety net caught before NLU, by emergency topic",
    ["topic"],
)


P = ParamSpec("P")


def _counted(turn: Callable[P, Awaitable[TurnResult]]) -> Callable[P, Awaitable[TurnResult]]:
    """Every answer, whichever way the turn ends, is counted once on /metrics."""

    @functools.wraps(turn)
    async def counted(*args: P.args, **kwargs: P.kwargs) -> TurnResult:
        result = await turn(*args, **kwargs)
        ANSWERS.labels(result.topic, result.language, str(result.degraded).lower()).inc()
        return result

    return counted


@dataclass
class TurnResult:
    language: str
    content_language: str
    topic: str
    messages: list[dict[str, Any]] = field(default_factory=list)
    degraded: bool = False


def _message(text: str, buttons: list[dict[str, str]] | None = None) -> dict[str, Any]:
    return {"text": text, "buttons": buttons or []}


def language_choice() -> dict[str, Any]:
    """Asked in every language we speak, since we do not know which one the user reads."""
    prompt = " / ".join(gettext(code, "Choose your language:") for code in SUPPORTED_LANGUAGES)
    return _message(
        prompt,
        [{"title": language_name(code), "payload": f"lang:{code}"} for code in SUPPORTED_LANGUAGES],
    )


class Conversations:
    """Handles turns for every channel; one instance per process."""

    def __init__(
        self, settings: Settings, engine: Engine, rasa: RasaClient, trackers: TrackerStore
    ) -> None:
        self.settings = settings
        self.engine = engine
        self.rasa = rasa
        self.trackers = trackers
        self.content = ContentRepository(engine)

    def pseudonym(self, channel: str, raw_user_id: str) -> str:
        return stable_pseudonym(self.settings.bot_pseudonym_key, channel, raw_user_id)

    @_counted
    async def turn(
        self,
        channel: str,
        raw_user_id: str,
        text: str,
        *,
        language: str | None = None,
        language_hint: str | None = None,
    ) -> TurnResult:
        sender = self.pseudonym(channel, raw_user_id)
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        payload = parse_payload(text)
        normalised = None if payload else normalize(text)
        emergency = detect_emergency(normalised) if normalised else None
        if emergency:
            SAFETY_NET_ALARMS.labels(emergency).inc()

        with session_scope(self.engine) as session:
            state = session.get(Conversation, sender)
            first_contact = state is None
            if state is None:
                state = Conversation(pseudonym=sender, created_at=now, last_seen_at=now)
                session.add(state)
            chosen, explicit = decide(
                current=state.language,
                explicit=state.language_explicit,
                requested=language or (payload.language if payload else None),
                text=None if payload else text,
                hint=language_hint,
            )
            # A voice note or photo from someone we have never heard from may be a call for
            # help from a person who cannot type: the emergency lines must not wait for a
            # language choice.
            non_text = payload is not None and payload.rasa_message == "/non_text"
            if chosen is None and (emergency or non_text):
                chosen = language_hint if language_hint in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE
            state.language, state.language_explicit, state.last_seen_at = chosen, explicit, now

        starting = bool(payload and payload.start)
        prefix = []
        if (first_contact or starting) and chosen:
            prefix.append(
                _message(gettext(chosen, PRIVACY_NOTE, days=self.settings.tracker_retention_days))
            )
        if starting and chosen:
            prefix.append(language_choice())
        if chosen is None:
            note = " ".join(
                gettext(code, PRIVACY_NOTE, days=self.settings.tracker_retention_days)
                for code in SUPPORTED_LANGUAGES
            )
            messages = (
                [_message(note), language_choice()]
                if first_contact or starting
                else [language_choice()]
            )
            return TurnResult(DEFAULT_LANGUAGE, DEFAULT_LANGUAGE, "meta.language", messages)

        if payload:
            message = payload.rasa_message
        elif emergency:
            # Danger wins over whatever the conversation was doing, and does not wait for
            # a confident NLU guess: the safety net decides, Rasa answers from the store.
            message = intent_message(intent_for(emergency))
        else:
            message = normalised or ""
        try:
            reply = await self.rasa.send(sender, message, {"language": chosen})
        except RasaUnavailable as exc:
            log.warning("assistant degraded: %s", exc)
            return self._degraded(chosen, emergency, prefix, non_text=message == "/non_text")

        custom = reply.custom
        if custom.get("erase"):
            self.erase(sender)
        return TurnResult(
            language=str(custom.get("language") or chosen),
            content_language=str(custom.get("content_language") or chosen),
            topic=str(custom["topic"]),
            messages=prefix + reply.messages,
        )

    def _degraded(
        self,
        language: str,
        emergency: str | None,
        prefix: list[dict[str, Any]],
        *,
        non_text: bool = False,
    ) -> TurnResult:
        """Rasa is down: an apology, and the emergency answer straight from the store if needed.

        A voice note or photo may be a call for help from someone who cannot type: it still
        gets the emergency lines.
        """
        messages = list(prefix)
        topic, content_language = "meta.fallback", language
        if non_text:
            messages.append(_message(isolate_numbers(gettext(language, EMERGENCY_LINES), language)))
            topic = "meta.non_text"
        if emergency:
            answer = self.content.answer(emergency, self.settings.fallback_chain(language))
            if answer is not None:
                messages.append(_message(isolate_numbers(answer.text, answer.language)))
                topic, content_language = emergency, answer.language
        messages.append(
            _message(
                gettext(
                    language, "Sorry, I cannot answer right now. Please try again in a few minutes."
                )
            )
        )
        return TurnResult(language, content_language, topic, messages, degraded=True)

    def purge_expired(self, now: dt.datetime | None = None) -> int:
        """Forget conversations idle for longer than the retention period (default 30 days)."""
        days = self.settings.tracker_retention_days
        now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
        removed = self.trackers.purge_inactive(days, now=now.replace(tzinfo=dt.UTC).timestamp())
        cutoff = now - dt.timedelta(days=days)
        with session_scope(self.engine) as session:
            session.execute(delete(Conversation).where(Conversation.last_seen_at < cutoff))
        return removed

    def erase(self, sender: str) -> None:
        """Delete my data: Rasa's tracker and our own rows for this pseudonym, at once."""
        self.trackers.erase(sender)
        with session_scope(self.engine) as session:
            state = session.get(Conversation, sender)
            if state is not None:
                session.delete(state)


__all__ = ["Conversations", "TurnResult"]
