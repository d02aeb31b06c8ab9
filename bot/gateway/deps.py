"""Dependencies shared by the routers, as `Annotated` aliases, in one place."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from bot.channels.whatsapp_worker import WhatsAppWorker
from bot.conversation.turn import Conversations
from bot.settings import Settings


def get_conversations(request: Request) -> Conversations:
    return request.app.state.conversations


def get_app_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_whatsapp(request: Request) -> WhatsAppWorker | None:
    """The WhatsApp worker, or None when WhatsApp is not configured."""
    return getattr(request.app.state, "whatsapp", None)


ConversationsDep = Annotated[Conversations, Depends(get_conversations)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]
WhatsAppDep = Annotated[WhatsAppWorker | None, Depends(get_whatsapp)]
