"""One clock and one shape for every log line, Django's and gunicorn's alike: UTC with its offset
(2026-12-07T18:50:00.123+00:00), the request id of the request being served, and JSON lines on request.

No Django here: gunicorn's configuration (gunicorn.conf.py) imports this before Django is set up.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import json
import logging
import re
import uuid
from collections.abc import Mapping
from typing import Any

# The id of the request this thread or task is serving ("-" outside a request).
request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")

# An id a proxy or load balancer sends along (X-Request-ID) is kept if it looks like one; else a new one.
_ACCEPTED_ID = re.compile(r"^[A-Za-z0-9._:-]{8,100}$")

PLAIN_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"


def new_request_id(offered: str | None) -> str:
    if offered and _ACCEPTED_ID.match(offered):
        return offered
    return uuid.uuid4().hex


def utc_timestamp(created: float) -> str:
    """ISO 8601 in UTC with milliseconds and the offset written out: 2026-12-07T18:50:00.123+00:00."""
    return dt.datetime.fromtimestamp(created, tz=dt.UTC).isoformat(timespec="milliseconds")


class RequestIdFilter(logging.Filter):
    """Puts the current request id on every record (a filter of the handler, so every logger gets it)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = _from_request(record) or _from_access_line(record) or request_id.get()
        return True


def _from_request(record: logging.LogRecord) -> str | None:
    """django.request's lines (a 4xx or 5xx answer) are written after the middleware has finished: they
    carry the request, and the request its id (core/middleware.py, RequestIdMiddleware)."""
    return getattr(getattr(record, "request", None), "request_id", None)


def _from_access_line(record: logging.LogRecord) -> str | None:
    """gunicorn's access line is written after the app has answered: its id is the response's header."""
    if record.name != "gunicorn.access" or not isinstance(record.args, Mapping):
        return None
    try:
        value = record.args["{x-request-id}o"]
    except (KeyError, TypeError):
        return None
    return str(value) if value and value != "-" else None


class UtcFormatter(logging.Formatter):
    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802
        return utc_timestamp(record.created)


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, request_id, message (and the traceback, if any)."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": utc_timestamp(record.created),
            "level": record.levelname,
            "logger": record.name,
            "request_id": getattr(record, "request_id", request_id.get()),
            "message": record.getMessage(),
        }
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False)


def logging_config(*, json_lines: bool = False, level: str = "INFO") -> dict[str, Any]:
    """The dictConfig of settings.LOGGING and of gunicorn's logconfig_dict (one format for both)."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": "microcity.core.logs.RequestIdFilter"}},
        "formatters": {
            "plain": {"()": "microcity.core.logs.UtcFormatter", "format": PLAIN_FORMAT},
            "json": {"()": "microcity.core.logs.JsonFormatter"},
        },
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "formatter": "json" if json_lines else "plain",
                "filters": ["request_id"],
            }
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            "django.db.backends": {"level": "INFO"},
            "weasyprint": {"level": "ERROR"},
            # Huey's consumer (run_huey) adds a handler of its own unless the "huey" logger has one.
            "huey": {"handlers": ["console"], "propagate": False, "level": level},
            # gunicorn's own loggers write through the same handler instead of their own.
            "gunicorn.error": {"handlers": [], "propagate": True, "level": level},
            "gunicorn.access": {"handlers": [], "propagate": True, "level": "INFO"},
        },
    }
