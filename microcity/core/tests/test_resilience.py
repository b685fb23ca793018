"""The parts behind issue 23 one by one: the resilient cache, the outbox, request ids and log lines, health."""

from __future__ import annotations

import json
import logging
import re
import socket
from typing import Any
from unittest import mock

import pytest
from django.core import mail
from django.core.cache import caches
from django.db import transaction

from microcity.core import cache as resilient_cache
from microcity.core import logs, outages, outbox, tasks
from microcity.core.models import OutboxMessage
from microcity.core.tasks import enqueue, outbox_relay, send_email_task

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_outage_state(monkeypatch: Any) -> Any:
    resilient_cache._down_until.clear()
    outages.forget()
    monkeypatch.setattr(tasks, "_queue_down_until", 0.0)
    yield
    resilient_cache._down_until.clear()
    outages.forget()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def redis_cache_at_closed_port(settings: Any, **options: Any) -> Any:
    settings.CACHES = {
        **settings.CACHES,
        "unreachable": {
            "BACKEND": "microcity.core.cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": options,
        },
    }
    return caches["unreachable"]


# --- The cache --------------------------------------------------------------------------------------


def test_without_redis_and_without_a_fallback_the_cache_misses_quietly_and_logs_once(settings, caplog):
    cache = redis_cache_at_closed_port(settings)
    with caplog.at_level(logging.WARNING, logger="microcity.outages"):
        for _ in range(20):
            cache.set("page", "content", 60)
            assert cache.get("page") is None
            assert cache.get("page", "default") == "default"
            assert cache.add("page", "content") is False
    assert len(caplog.records) == 1 and "cache misses" in caplog.records[0].getMessage()
    with pytest.raises(ValueError):  # as for any cache: there is no counter to increment
        cache.incr("counter")


def test_without_redis_the_cache_keeps_counting_in_its_fallback(settings):
    cache = redis_cache_at_closed_port(settings, FALLBACK="default")
    assert cache.add("throttle:x", 1, timeout=60)
    assert cache.incr("throttle:x") == 2
    assert caches["default"].get("throttle:x") == 2


def test_redis_is_asked_again_after_a_rest(settings, monkeypatch):
    cache = redis_cache_at_closed_port(settings)
    with mock.patch("django.core.cache.backends.redis.RedisCache.get", side_effect=ConnectionError) as get:
        cache.get("a")
        cache.get("a")
        assert get.call_count == 1  # resting: the second read did not wait for Redis
        monkeypatch.setattr(resilient_cache, "RETRY_AFTER", 0.0)
        resilient_cache._down_until.clear()
        get.side_effect = None
        get.return_value = "back"
        assert cache.get("a") == "back"


# --- The outbox -------------------------------------------------------------------------------------


def test_work_of_a_rolled_back_action_is_not_kept():
    with pytest.raises(RuntimeError), transaction.atomic():
        enqueue(send_email_task, subject="Never", body="x", to=["a@example.lv"])
        raise RuntimeError
    assert not OutboxMessage.objects.exists()


def test_only_module_level_tasks_with_plain_arguments_can_be_queued():
    with pytest.raises(TypeError):
        enqueue(lambda: None)
    with pytest.raises(TypeError):
        enqueue(send_email_task, subject=object(), body="x", to=["a@example.lv"])


def test_a_queue_that_fails_keeps_the_work_and_the_relay_sends_it_once(django_capture_on_commit_callbacks):
    with (
        mock.patch("microcity.core.tasks.outbox_deliver_task", side_effect=ConnectionError("refused")),
        django_capture_on_commit_callbacks(execute=True),
    ):
        enqueue(
            send_email_task,
            subject="Sveiki",
            body="Teksts",
            to=["a@example.lv"],
            attachments=[("a.ics", b"BEGIN:VCALENDAR\x00\xff", "text/calendar")],
        )
    message = OutboxMessage.objects.get()
    assert message.queued_at is None and message.done_at is None and mail.outbox == []
    tasks._queue_down_until = 0.0  # the queue (in-process here) is back; no need to wait for the rest
    assert outbox_relay() == 1
    assert outbox_relay() == 0
    assert outbox.message_deliver(message.pk) is False  # a second copy of the message does nothing
    assert len(mail.outbox) == 1
    assert mail.outbox[0].attachments[0][1] == b"BEGIN:VCALENDAR\x00\xff"


def test_a_queue_that_failed_is_not_asked_again_at_once(django_capture_on_commit_callbacks):
    with (
        mock.patch(
            "microcity.core.tasks.outbox_deliver_task", side_effect=ConnectionError("refused")
        ) as push,
        django_capture_on_commit_callbacks(execute=True),
    ):
        for n in range(3):
            enqueue(send_email_task, subject=f"S{n}", body="B", to=["a@example.lv"])
    assert push.call_count == 1 and OutboxMessage.objects.filter(queued_at__isnull=True).count() == 3


def test_a_task_that_fails_gives_its_claim_back():
    message = outbox.message_add(
        task=send_email_task, args=(), kwargs={"subject": "S", "body": "B", "to": ["a@x.lv"]}
    )
    with (
        mock.patch("django.core.mail.EmailMessage.send", side_effect=OSError("SMTP down")),
        pytest.raises(OSError),
    ):
        outbox.message_deliver(message.pk)
    message.refresh_from_db()
    assert message.claimed_until is None and message.done_at is None
    assert outbox.message_deliver(message.pk) is True and len(mail.outbox) == 1


# --- Request ids and log lines ----------------------------------------------------------------------


def test_every_response_names_its_request_id_and_a_proxys_id_is_kept(client):
    made = client.get("/healthz/live")["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", made)
    assert client.get("/healthz/live", HTTP_X_REQUEST_ID="lb-1234-abcd")["X-Request-ID"] == "lb-1234-abcd"
    assert client.get("/healthz/live", HTTP_X_REQUEST_ID="<script>")["X-Request-ID"] != "<script>"


def test_log_lines_are_in_utc_with_the_offset_and_the_request_id():
    record = logging.LogRecord("microcity.x", logging.WARNING, __file__, 1, "hello %s", ("there",), None)
    record.created = 1796669400.123  # 2026-12-07 18:50:00.123 UTC
    handler_filter = logs.RequestIdFilter()
    token = logs.request_id.set("abc123def456")
    try:
        handler_filter.filter(record)
    finally:
        logs.request_id.reset(token)
    plain = logs.UtcFormatter(logs.PLAIN_FORMAT).format(record)
    assert plain == "2026-12-07T18:50:00.123+00:00 WARNING microcity.x [abc123def456] hello there"
    line = json.loads(logs.JsonFormatter().format(record))
    assert line["time"] == "2026-12-07T18:50:00.123+00:00" and line["request_id"] == "abc123def456"
    assert line["message"] == "hello there"


def test_gunicorns_access_line_takes_the_id_the_app_answered_with():
    record = logging.LogRecord("gunicorn.access", logging.INFO, __file__, 1, "%(r)s", None, None)
    record.args = {"r": "GET / HTTP/1.1", "{x-request-id}o": "feedbeef12345678"}
    logs.RequestIdFilter().filter(record)
    assert record.request_id == "feedbeef12345678"


# --- Health -----------------------------------------------------------------------------------------


def test_live_and_ready_name_every_dependency_with_state_and_latency(client):
    assert client.get("/healthz/live").json() == {"status": "ok"}
    response = client.get("/healthz/ready")
    assert response.status_code == 200
    body = response.json()
    assert set(body["checks"]) >= {"database", "cache", "queue", "storage", "search"}
    for check in body["checks"].values():
        assert check["state"] == "ok" and isinstance(check["latency_ms"], float)
    assert client.get("/healthz").json()["checks"].keys() == body["checks"].keys()


def test_ready_is_503_when_the_file_storage_cannot_be_written(client, settings, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x")
    settings.MEDIA_ROOT = blocked
    response = client.get("/healthz/ready")
    assert response.status_code == 503
    assert response.json()["checks"]["storage"]["state"] == "error"


def test_ready_is_degraded_not_down_when_redis_is_gone(client, settings):
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "microcity.core.cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {"FALLBACK": "local"},
        },
    }
    response = client.get("/healthz/ready")
    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["checks"]["cache"]["state"] == "degraded"


def test_ready_names_work_that_keeps_failing(client):
    message = outbox.message_add(
        task=send_email_task, args=(), kwargs={"subject": "S", "body": "B", "to": ["x"]}
    )
    OutboxMessage.objects.filter(pk=message.pk).update(attempts=outbox.MAX_ATTEMPTS)
    queue = client.get("/healthz/ready").json()["checks"]["queue"]
    assert queue["state"] == "degraded" and "wait for an operator" in queue["detail"]


def test_json_lines_on_request():
    handler = logs.logging_config(json_lines=True)["handlers"]["console"]
    assert handler["formatter"] == "json" and handler["filters"] == ["request_id"]


def test_other_failures_are_still_the_500_page(client, settings):
    from django.test import Client

    quiet = Client(raise_request_exception=False)
    with mock.patch("microcity.core.views.selectors.cities_public", side_effect=KeyError("bug")):
        response = quiet.get("/lv/")
    assert response.status_code == 500 and "Radās kļūda" in response.content.decode()
