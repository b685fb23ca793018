"""The page cache's generations (core/pagecache.py) and the per-request work every page shares."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.template import engines
from django.template.loaders.cached import Loader as CachedLoader
from django.test import Client

from microcity.core import pagecache


def test_a_generation_starts_from_the_clock_and_moves_on_at_once_and_after_commit(
    db, django_capture_on_commit_callbacks
):
    first = pagecache.generation("example")
    assert first > 10**18  # nanoseconds since 1970: an evicted generation never comes back smaller
    with django_capture_on_commit_callbacks(execute=True):
        pagecache.bump("example")
        assert pagecache.generation("example") == first + 1
    assert pagecache.generation("example") == first + 2
    assert pagecache.generations(("example", "other"))[0] == first + 2
    cache.delete("example:generation")  # evicted: starts again from the clock, never from an old number
    assert pagecache.generation("example") > first + 2


def test_a_page_stored_under_old_generations_is_not_served(db):
    current = pagecache.generations(("a", "b"))
    pagecache.store("page:x", current, ("html", "text/html"), 60)
    assert pagecache.lookup("page:x", ("a", "b"))[1] == ("html", "text/html")
    pagecache.bump("b")
    assert pagecache.lookup("page:x", ("a", "b"))[1] is None


def test_templates_are_compiled_once_per_process():
    loaders = engines["django"].engine.template_loaders
    found = list(loaders)
    while found and not any(isinstance(loader, CachedLoader) for loader in found):
        found = [inner for loader in found for inner in getattr(loader, "loaders", [])]
    assert any(isinstance(loader, CachedLoader) for loader in found)


@pytest.mark.parametrize(("path", "other"), [("/lv/valmiera/jobs/?q=a", "/en/valmiera/jobs/?q=a")])
def test_language_links_point_at_the_same_page_every_time(valmiera, path, other):
    for _ in range(2):  # the second answer comes from the memo and must be the same
        html = Client().get(path).content.decode()
        assert f'href="{other}"' in html
    english = Client().get(other).content.decode()
    assert f'href="{path}"' in english


def test_a_page_is_kept_only_until_the_moment_its_content_changes_without_a_write(db, monkeypatch):
    from microcity.core.tests.clock import Clock

    clock = Clock(monkeypatch)
    current = pagecache.generations(("a",))
    pagecache.store("page:y", current, "html", 120, until=pagecache.time.time() + 30)
    assert pagecache.lookup("page:y", ("a",))[1] == "html"
    clock.move(29.9)
    assert pagecache.lookup("page:y", ("a",))[1] == "html"
    clock.move(0.2)
    assert pagecache.lookup("page:y", ("a",))[1] is None
    pagecache.store("page:z", current, "html", 120, until=pagecache.time.time() - 1)  # already past
    assert pagecache.lookup("page:z", ("a",))[1] is None


def test_changes_at_is_told_only_while_a_shared_page_is_built(db):
    import datetime as dt

    from django.http import HttpResponse
    from django.test import RequestFactory
    from django.utils import timezone

    told = {}

    def view(request):
        pagecache.changes_at(timezone.now() + dt.timedelta(hours=2))
        pagecache.changes_at(timezone.now() + dt.timedelta(minutes=5))  # the earliest wins
        pagecache.changes_at(timezone.now() - dt.timedelta(minutes=5))  # already happened: ignored
        told["moment"] = pagecache._changes_at.get()
        return HttpResponse("ok")

    cached = pagecache.cache_public_page(depends_on=("a",))(view)
    cached(RequestFactory().get("/x"))
    assert told["moment"] is not None
    assert 299 < told["moment"] - pagecache.time.time() <= 300
    assert pagecache._changes_at.get() is None  # nothing leaks into the next request
    pagecache.changes_at(timezone.now() + dt.timedelta(minutes=1))  # outside a cached page: nothing kept
    assert pagecache._changes_at.get() is None
