"""`POST /api/chat`: the web channel, and the entry tests and evaluation use.

The contract is in shared/DESIGN.md ("Chat API").
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from bot.conversation.normalize import normalize
from bot.gateway.deps import ConversationsDep

MAX_TEXT = 4096

router = APIRouter(prefix="/api", tags=["chat"])


class ChatRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    user_id: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9._:-]{1,128}$")] = Field(
        description="The web client's own id for this user: 1-128 of A-Z a-z 0-9 . _ : -"
    )
    text: str = Field(description="The message, or a button payload the assistant issued")
    language: Literal["en", "fr", "ar"] | None = Field(
        default=None, description="An explicit language choice; it sticks for the conversation"
    )

    @field_validator("text")
    @classmethod
    def _text_fits(cls, value: str) -> str:
        normalised = normalize(value)
        if not normalised:
            raise ValueError("text is empty")
        if len(normalised) > MAX_TEXT:
            raise ValueError(f"text is longer than {MAX_TEXT} characters")
        return value


class Button(BaseModel):
    title: str
    payload: str


class Message(BaseModel):
    text: str
    buttons: list[Button] = []


class ChatResponse(BaseModel):
    language: str
    content_language: str
    topic: str
    messages: list[Message]
    degraded: bool = False


@router.post("/chat", response_model=ChatResponse)
async def chat(request: ChatRequest, conversations: ConversationsDep) -> ChatResponse:
    # Web users live in their own namespace: no web client can reach a Telegram or
    # WhatsApp user's conversation by guessing an id.
    result = await conversations.turn(
        "web", f"web:{request.user_id}", request.text, language=request.language
    )
    return ChatResponse.model_validate(result, from_attributes=True)
