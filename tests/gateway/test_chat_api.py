"""/api/chat as a client sees it when things go wrong: bad requests, and Rasa down."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from bot.gateway.app import create_app
from bot.settings import Settings
from tests.conftest import TEST_KEY, free_port, seeded_database


@pytest.fixture
def client(sqlite_url: str, tmp_path) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    seeded_database(sqlite_url)
    settings = Settings(
        database_url=sqlite_url,
        tracker_database_url=f"sqlite:///{tmp_path}/tracker.db",
        rasa_url=f"http://127.0.0.1:{free_port()}",  # nothing listens: Rasa is down
        actions_port=free_port(),
        bot_pseudonym_key=TEST_KEY,
    )
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def _field_errors(response) -> list[str]:  # type: ignore[no-untyped-def]
    assert response.status_code == 422, response.text
    return [".".join(str(part) for part in error["loc"]) for error in response.json()["detail"]]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"text": "hello"}, "body.user_id"),
        ({"user_id": "u1"}, "body.text"),
        ({"user_id": "u1", "text": "   "}, "body.text"),
        ({"user_id": "u1", "text": "help me " * 1_250}, "body.text"),
        ({"user_id": "u1", "text": 42}, "body.text"),
        ({"user_id": "has spaces!", "text": "hello"}, "body.user_id"),
        ({"user_id": "u" * 129, "text": "hello"}, "body.user_id"),
        ({"user_id": "u1", "text": "hello", "language": "xx"}, "body.language"),
        ({"user_id": "u1", "text": "hello", "surprise": 1}, "body.surprise"),
    ],
)
def test_bad_requests_say_which_field_is_wrong(client: TestClient, body: dict, field: str) -> None:
    assert field in _field_errors(client.post("/api/chat", json=body))


def test_text_too_long_says_so(client: TestClient) -> None:
    response = client.post("/api/chat", json={"user_id": "u1", "text": "help me " * 1_250})
    assert "longer than 4096" in response.text


def test_a_body_over_64_kb_is_refused_before_parsing(client: TestClient) -> None:
    response = client.post(
        "/api/chat",
        content=b'{"user_id": "u1", "text": "' + b"x" * 70_000 + b'"}',
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 422
    assert "larger than 65536 bytes" in response.text


def test_not_json_is_a_422(client: TestClient) -> None:
    response = client.post(
        "/api/chat", content=b"hello", headers={"content-type": "application/json"}
    )
    assert response.status_code == 422


def test_rasa_down_still_answers_politely_and_health_says_so(client: TestClient) -> None:
    response = client.post(
        "/api/chat",
        json={
            "user_id": "u1",
            "text": "what are the legal ways to come to europe",
            "language": "fr",
        },
    )
    assert response.status_code == 200
    reply = response.json()
    assert reply["degraded"] is True
    assert reply["language"] == "fr"
    assert reply["messages"][-1]["text"].startswith("Désolé, je ne peux pas répondre")
    health = client.get("/healthz")
    assert health.status_code == 503
    assert health.json()["database"] == "ok"
    assert health.json()["rasa"] != "ok"


def test_rasa_down_an_emergency_still_gets_the_emergency_answer(client: TestClient) -> None:
    response = client.post("/api/chat", json={"user_id": "u2", "text": "help our boat is sinking"})
    reply = response.json()
    assert reply["degraded"] is True
    assert reply["topic"] == "emergency.sea"
    assert any("112" in m["text"] for m in reply["messages"])


def test_metrics_count_answers_by_topic_without_what_was_said(client: TestClient) -> None:
    client.post("/api/chat", json={"user_id": "+491701234567", "text": "help our boat is sinking"})
    metrics = client.get("/metrics")
    assert metrics.status_code == 200
    assert 'assistant_safety_net_alarms_total{topic="emergency.sea"}' in metrics.text
    assert (
        'assistant_answers_total{degraded="true",language="en",topic="emergency.sea"}'
        in metrics.text
    )
    assert "sinking" not in metrics.text
    assert "491701234567" not in metrics.text
