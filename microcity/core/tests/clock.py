"""A clock for tests of what changes at a moment without any write: moves `timezone.now` and the page
cache's own clock (core/pagecache.py) on together."""

from __future__ import annotations

import datetime as dt
import time
from types import SimpleNamespace
from typing import Any

from django.utils import timezone

from microcity.core import pagecache


class Clock:
    def __init__(self, monkeypatch: Any) -> None:
        self.offset = 0.0
        real_now, real_time = timezone.now, time.time
        monkeypatch.setattr(timezone, "now", lambda: real_now() + dt.timedelta(seconds=self.offset))
        monkeypatch.setattr(
            pagecache, "time", SimpleNamespace(time=lambda: real_time() + self.offset, time_ns=time.time_ns)
        )

    def move(self, seconds: float) -> None:
        self.offset += seconds
