"""Telegram's wire format (python-telegram-bot v22): updates in, replies out.

Only the mapping lives here. What a user says goes to `Conversations.turn` (channel
"telegram", the chat id, which turn() pseudonymises at once): commands and button taps as
the payload ids of bot/conversation/payloads.py, typed text as text, a voice note or photo
as "nontext". The `TurnResult` comes back as sendMessage calls.

Decisions (README, "Telegram"):
- Plain text, no parse_mode: answers are plain text from the content store, and without a
  parse mode nothing needs escaping, so `<`, `&`, `*` or `_` reach the user as written.
- Right-to-left: Telegram picks a message's direction from its first strong character, so
  an Arabic answer that starts with "112" or "Alarm Phone" would be laid out left to right;
  a RIGHT-TO-LEFT MARK in front fixes the direction.
- Groups: a conversation about someone's route is not for a group to read, so in groups the
  bot answers only when addressed (a command, an @mention, a reply to it), and then only
  with an invitation to a private chat. Nothing from a group reaches Rasa or the database.
- Edits: an edited text is answered like a new message (the user corrected the question);
  edited media (a live location moving on) is ignored, or it would repeat the reply.
- Order: updates of one chat are handled one after the other, different chats at once
  (`PerChatUpdateProcessor`); every reply is retried until delivered (`deliver`).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import logging
import os
import re
import warnings
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    MessageEntity,
    Update,
    User,
)
from telegram.constants import ChatType, InlineKeyboardButtonLimit, MessageLimit
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    BaseUpdateProcessor,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.channels.splitting import split_text
from bot.conversation.normalize import normalize
from bot.conversation.turn import Conversations, TurnResult
from bot.i18n import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, gettext, is_rtl
from bot.settings import Settings

# PTB 22 reports RetryAfter.retry_after as a timedelta when this is set, as its next major
# version always will; retry_after_seconds() reads both, so opt in now and spare every 429
# a deprecation warning (PTB reads the variable when the attribute is read).
os.environ.setdefault("PTB_TIMEDELTA", "true")

log = logging.getLogger(__name__)
T = TypeVar("T")

CHANNEL = "telegram"
MAX_TEXT = MessageLimit.MAX_TEXT_LENGTH  # 4096
MAX_CALLBACK_DATA = InlineKeyboardButtonLimit.MAX_CALLBACK_DATA  # 64 bytes
RLM = "\u200f"
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
#: Command -> the payload id turn() knows. /help shows what the assistant can do: the menu.
COMMANDS = {
    "start": "start",
    "menu": "menu",
    "help": "menu",
    "language": "lang",
    "verify": "verify",
    "delete": "delete",
}
#: Shown by Telegram next to each command (setMyCommands), translated in bot/i18n.
COMMAND_DESCRIPTIONS = {
    "start": "Start: privacy note, language and topics",
    "menu": "Topics I can answer",
    "language": "Change the language",
    "help": "What I can help with",
    "verify": "Check that this is the real assistant",
    "delete": "Delete my data",
}
GROUP_NOTE = (
    "To keep your questions private, I only answer in a private chat. "
    "Tap the button to write to me there."
)
PRIVATE_CHAT = "Open a private chat"
#: The only updates the bot asks Telegram for.
ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]
NON_TEXT = (
    filters.PHOTO | filters.VOICE | filters.AUDIO | filters.VIDEO | filters.VIDEO_NOTE
    | filters.Sticker.ALL | filters.LOCATION | filters.VENUE | filters.CONTACT
    | filters.Document.ALL | filters.ANIMATION
)  # fmt: skip
PRIVATE = filters.ChatType.PRIVATE
#: A 429 is retried by the rate limiter this often, then by `deliver` until GIVE_UP_SECONDS.
RATE_LIMIT_RETRIES = 5
GIVE_UP_SECONDS = 15 * 60
FIRST_RETRY_SECONDS, MAX_RETRY_SECONDS = 1.0, 30.0
#: Updates handled at once across all chats (each chat still one at a time).
MAX_CONCURRENT_UPDATES = 256
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Different chats at once, each chat's updates one after the other, in arrival order.

    The application starts a task per update in the order Telegram delivered them; each task
    queues on its chat's lock, and asyncio locks wake waiters first come, first served. So a
    slow answer (Rasa, a 429) delays only its own chat, and a user's second message is never
    answered before their first.
    """

    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT_UPDATES) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiting: dict[int, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
            return
        lock = self._locks.setdefault(chat.id, asyncio.Lock())
        self._waiting[chat.id] = self._waiting.get(chat.id, 0) + 1
        try:
            async with lock:
                await coroutine
        finally:
            self._waiting[chat.id] -= 1
            if not self._waiting[chat.id]:  # forget idle chats: no id stays in memory
                del self._waiting[chat.id], self._locks[chat.id]

    async def initialize(self) -> None:
        """Nothing to allocate."""

    async def shutdown(self) -> None:
        """Nothing to free."""


def retry_after_seconds(error: RetryAfter) -> float:
    with warnings.catch_warnings():  # v22 deprecates the int form; both are handled here
        warnings.simplefilter("ignore")
        value = error.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)


async def deliver(send: Callable[[], Awaitable[T]]) -> T:
    """Make one Bot API call, retrying until it succeeds: a reply is never dropped.

    429 waits the retry_after Telegram asks for (the rate limiter has already tried a few
    times); network errors and 5xx back off exponentially, capped. The caller awaits this
    before sending the next part, so a chat's messages keep their order. A 400 (BadRequest)
    or 403 (the user blocked the bot) will not get better by retrying and is raised; so is
    an outage longer than GIVE_UP_SECONDS, which the error handler logs. A timeout may mean
    Telegram did get the message: sending it again risks a duplicate, which beats a loss.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + GIVE_UP_SECONDS
    backoff = FIRST_RETRY_SECONDS
    while True:
        try:
            return await send()
        except RetryAfter as exc:
            wait, reason = retry_after_seconds(exc) + 0.1, "RetryAfter"
            if loop.time() + wait > deadline:
                raise
        except BadRequest:
            raise
        except NetworkError as exc:  # includes TimedOut and 5xx answers
            wait, reason = backoff, type(exc).__name__
            backoff = min(backoff * 2, MAX_RETRY_SECONDS)
            if loop.time() + wait > deadline:
                raise
        log.warning("telegram: a send failed (%s); retrying in %.1f s", reason, wait)
        await asyncio.sleep(wait)


def _directed(text: str, rtl: bool) -> str:
    """`text` with a RIGHT-TO-LEFT MARK in front when it is right-to-left text in an RTL chat."""
    return RLM + text if rtl and _RTL_LETTER.search(text) and not text.startswith(RLM) else text


def telegram_parts(text: str, rtl: bool) -> list[str]:
    """`text` in messages Telegram accepts: at most 4096 UTF-16 units, cut at paragraphs."""
    prefix = RLM if _directed(text, rtl) != text else ""
    limit = MAX_TEXT - len(prefix)
    parts: list[str] = []
    for part in split_text(text, limit):
        if len((prefix + part).encode("utf-16-le")) // 2 > MAX_TEXT:
            parts.extend(split_text(part, limit // 2))  # astral characters count twice
        else:
            parts.append(part)
    return [prefix + part for part in parts]


def keyboard(buttons: list[dict[str, str]], rtl: bool) -> InlineKeyboardMarkup | None:
    """Rasa's buttons as an inline keyboard, one per row; the payload id is the callback_data.

    Payload ids are short by design ("t:route.central_med"); one over Telegram's 64 bytes
    would make Telegram refuse the whole message, so it is left out and logged instead.
    """
    rows = []
    for button in buttons:
        data = button["payload"]
        if not 1 <= len(data.encode()) <= MAX_CALLBACK_DATA:
            log.warning("telegram: button payload over %d bytes left out", MAX_CALLBACK_DATA)
            continue
        title = _directed(button["title"], rtl)
        rows.append([InlineKeyboardButton(title, callback_data=data)])
    return InlineKeyboardMarkup(rows) if rows else None


async def send_result(bot: Bot, chat_id: int, result: TurnResult) -> list[Message]:
    """Every message of a turn, in order; long ones in parts, the keyboard on the last part."""
    rtl = is_rtl(result.language)
    sent: list[Message] = []
    for message in result.messages:
        markup = keyboard(message.get("buttons") or [], rtl)
        parts = telegram_parts(str(message.get("text") or ""), rtl)
        if not parts and markup is not None:
            parts = ["⋯"]  # Telegram needs text under a keyboard
        for index, part in enumerate(parts):
            send = functools.partial(
                bot.send_message,
                chat_id,
                part,
                reply_markup=markup if index == len(parts) - 1 else None,
                link_preview_options=NO_PREVIEW,
            )
            sent.append(await deliver(send))
    return sent


def _hint(user: User | None) -> str | None:
    """Telegram's language_code ("ar", "fr-CA") as a hint turn() may use for a new user."""
    code = (user.language_code or "").split("-")[0].lower() if user else ""
    return code or None


def _addressed_to(message: Message, bot: Bot) -> bool:
    """In a group: a command (for us or for every bot), an @mention of us, a reply to us."""
    replied = message.reply_to_message
    if replied and replied.from_user and replied.from_user.id == bot.id:
        return True
    username = f"@{bot.username}".lower()
    for entity, value in message.parse_entities().items():
        if entity.type == MessageEntity.MENTION and value.lower() == username:
            return True
        if entity.type == MessageEntity.BOT_COMMAND and entity.offset == 0:
            _, _, target = value.partition("@")
            if not target or target.lower() == bot.username.lower():
                return True
    return False


class TelegramChannel:
    """The handlers: each maps one kind of update to one conversation turn."""

    def __init__(self, conversations: Conversations) -> None:
        self.conversations = conversations

    async def _turn(self, update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
        chat = update.effective_chat
        assert chat is not None  # every handler below is for updates in a chat
        result = await self.conversations.turn(
            CHANNEL, str(chat.id), text, language_hint=_hint(update.effective_user)
        )
        await send_result(context.bot, chat.id, result)

    async def command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/start, /menu, /help, /language, /verify, /delete -> their payload ids."""
        message = update.effective_message
        assert message is not None and message.text
        name = message.text.split()[0][1:].partition("@")[0].lower()
        await self._turn(update, context, COMMANDS[name])

    async def text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Typed text (also an edited message, or an unknown /command) goes through NLU."""
        message = update.effective_message
        assert message is not None and message.text is not None
        # Text with nothing readable in it (only control or zero-width characters) is
        # answered like a photo: what we can read, and the emergency lines first.
        await self._turn(update, context, message.text if normalize(message.text) else "nontext")

    async def non_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Voice, photo, sticker, location, file...: possibly someone who cannot type."""
        await self._turn(update, context, "nontext")

    async def button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A tap: answer it (the spinner stops), then its payload id is the user's message."""
        query = update.callback_query
        assert query is not None
        try:
            await query.answer()
        except TelegramError as exc:  # e.g. the query expired: the tap still deserves a reply
            log.warning("telegram: answerCallbackQuery failed (%s)", type(exc).__name__)
        chat = update.effective_chat
        if query.data and chat is not None and chat.type == ChatType.PRIVATE:
            await self._turn(update, context, query.data)

    async def group(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """In a group, answer only when addressed, and only to invite to a private chat."""
        message = update.message
        if message is None or not _addressed_to(message, context.bot):
            return
        language = _hint(update.effective_user)
        language = language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE
        link = InlineKeyboardButton(
            gettext(language, PRIVATE_CHAT), url=f"https://t.me/{context.bot.username}"
        )
        text = _directed(gettext(language, GROUP_NOTE), is_rtl(language))
        await deliver(
            functools.partial(
                context.bot.send_message,
                message.chat_id,
                text,
                reply_markup=InlineKeyboardMarkup([[link]]),
            )
        )

    async def error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log what failed without the update: it holds names, ids and text."""
        log.warning("telegram: handling an update failed: %s", type(context.error).__name__)

    def register(self, application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        """Every handler, in the one place; the first that matches an update handles it."""
        groups = filters.ChatType.GROUPS
        application.add_handler(MessageHandler(groups & filters.UpdateType.MESSAGES, self.group))
        application.add_handler(CommandHandler(list(COMMANDS), self.command, PRIVATE))
        application.add_handler(MessageHandler(PRIVATE & filters.TEXT, self.text))
        application.add_handler(
            MessageHandler(PRIVATE & filters.UpdateType.MESSAGE & NON_TEXT, self.non_text)
        )
        application.add_handler(CallbackQueryHandler(self.button))
        application.add_error_handler(self.error)


def build_application(
    settings: Settings, conversations: Conversations
) -> Application[Any, Any, Any, Any, Any, Any]:
    """The python-telegram-bot application for these settings, its handlers registered."""
    application = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token)
        .base_url(settings.telegram_api_base)
        .rate_limiter(AIORateLimiter(max_retries=RATE_LIMIT_RETRIES))
        .concurrent_updates(PerChatUpdateProcessor())
        .job_queue(None)
        .build()
    )
    TelegramChannel(conversations).register(application)
    return application
