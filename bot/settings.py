"""All configuration, read from the environment (documented in README.md)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="", extra="ignore", frozen=True)

    #: The project's own database: content store, users' conversation state, statistics.
    database_url: str = f"sqlite:///{ROOT / 'var' / 'bot.db'}"
    #: Rasa's SQL tracker store; the gateway deletes and purges trackers in it.
    tracker_database_url: str = f"sqlite:///{ROOT / 'var' / 'tracker.db'}"
    #: Secret for the keyed pseudonyms; `bot run` creates var/pseudonym.key when unset.
    bot_pseudonym_key: str = ""
    rasa_url: str = "http://127.0.0.1:5005"
    rasa_token: str = ""
    rasa_timeout_seconds: float = 20.0
    #: endpoints.yml (SQLite trackers, in-memory locks) or endpoints.production.yml
    #: (PostgreSQL trackers, Redis locks: several Rasa servers can share conversations).
    rasa_endpoints: str = "endpoints.yml"
    redis_host: str = "127.0.0.1"
    redis_port: int = 6379
    redis_db: int = 1
    redis_key_prefix: str = "safemigration"
    actions_port: int = 5055
    gateway_host: str = "127.0.0.1"
    gateway_port: int = 8000
    #: Language of last resort; every content topic has a published item in it.
    default_language: str = "en"
    #: Content fallback chains beyond the default language, e.g. "ps:fa,ur:ar".
    fallback_languages: str = "ps:fa"
    tracker_retention_days: int = Field(default=30, ge=1)
    stats_k_anonymity: int = Field(default=10, ge=1)
    #: How users recognise the official assistant (the /verify answer).
    official_telegram_handle: str = ""
    official_whatsapp_number: str = ""
    official_web_address: str = "http://127.0.0.1:8000/"
    log_level: str = "INFO"

    telegram_bot_token: str = ""
    telegram_api_base: str = "https://api.telegram.org/bot"
    telegram_webhook_url: str = ""
    telegram_webhook_secret: str = ""
    whatsapp_api_base: str = "https://graph.facebook.com/v21.0"
    whatsapp_phone_number_id: str = ""
    whatsapp_access_token: str = ""
    whatsapp_app_secret: str = ""
    whatsapp_verify_token: str = ""
    #: false: this gateway only stores WhatsApp webhooks; other gateways answer them.
    whatsapp_worker: bool = True

    def fallback_chain(self, language: str) -> list[str]:
        """The languages to try, in order, for a user who reads `language`."""
        extra = dict(
            pair.split(":", 1) for pair in self.fallback_languages.split(",") if ":" in pair
        )
        chain = [language]
        while chain[-1] in extra and extra[chain[-1]] not in chain:
            chain.append(extra[chain[-1]])
        if self.default_language not in chain:
            chain.append(self.default_language)
        return chain


@lru_cache
def get_settings() -> Settings:
    return Settings()
