"""The in-memory replica: it catches up from the change log, notices rolled-back and pruned changes,
and answers exactly as the database does."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from django.db import connection, transaction
from django.utils import timezone

from microcity.search.backends import get_backend, get_database_backend
from microcity.search.backends.base import DatabaseBackend, Query
from microcity.search.backends.memory import MemoryBackend, replica_for
from microcity.search.models import Change
from microcity.search.selectors import search
from microcity.search.services import changes_prune, index_remove
from microcity.search.terms import query_terms
from microcity.search.tests.factories import index, make_entry

pytestmark = pytest.mark.django_db

FIELDS = ["type", "grade", "licence"]
COUNTED = (*FIELDS, "organisation")


def keys(result):
    return [hit.key for hit in result.hits]


def test_the_setting_chooses_the_backend(settings):
    settings.MICROCITY_SEARCH_IN_MEMORY = True
    assert isinstance(get_backend(), MemoryBackend)
    settings.MICROCITY_SEARCH_IN_MEMORY = False
    assert isinstance(get_backend(), DatabaseBackend)


def test_every_write_is_logged_with_one_token_per_write():
    index(make_entry("a1", title="Skola"), make_entry("a2", title="Darbs"))
    index_remove(keys=["a1", "unknown"])
    rows = list(Change.objects.order_by("id").values_list("kind", "entry_id", "token"))
    assert len(rows) == 3
    assert rows[0][2] == rows[1][2] != rows[2][2]
    assert rows[2][:2] == rows[0][:2]  # the removed entry


def test_the_replica_catches_up_without_loading_again():
    index(make_entry("a1", title="Skolotājs"), make_entry("a2", title="Skola"))
    assert keys(search(kind="material", query="skolotaji")) == ["a1"]
    replica = replica_for("default", "material")
    loaded = replica.index

    index(make_entry("a3", title="Skolotāja palīgs", days=1))
    index(make_entry("a2", title="Skolotāju istaba", days=2))  # replaced
    index_remove(keys=["a1"])
    assert keys(search(kind="material", query="skolotaji")) == ["a2", "a3"]
    assert replica.index is loaded
    assert replica.change_id == Change.objects.order_by("-id").first().pk


def test_a_rolled_back_write_leaves_the_replica():
    index(make_entry("a1", title="Skola"))
    search(kind="material", query="skola")
    with pytest.raises(RuntimeError), transaction.atomic():
        index(make_entry("gone", title="Skolotājs"))
        # Read in the same transaction, so the replica has applied it …
        assert keys(search(kind="material", query="skolotajs", page=2, per_page=1)) == []
        assert search(kind="material", query="skolotajs").total == 1
        raise RuntimeError
    # … and must forget it, even when the next write takes the same change id (SQLite reuses it).
    index(make_entry("a2", title="Direktors"))
    assert search(kind="material", query="skolotaji", sort="newest").total == 0
    assert keys(search(kind="material", query="direktors")) == ["a2"]


def test_a_pruned_position_loads_the_index_again():
    index(make_entry("a1", title="Skola"))
    search(kind="material", query="skola")
    replica = replica_for("default", "material")
    loaded = replica.index
    index(make_entry("a2", title="Skolas soma"))
    index(make_entry("a3", title="Skolas galds"))
    assert changes_prune(older_than=dt.timedelta(seconds=-1)) == 2  # all but the newest
    assert Change.objects.count() == 1
    assert search(kind="material", query="skola").total == 3
    assert replica.index is not loaded


def test_pruning_keeps_recent_changes():
    index(make_entry("a1", title="Skola"))
    assert changes_prune() == 0
    assert changes_prune(older_than=dt.timedelta(seconds=-1)) == 0  # the newest always stays


def test_pruning_removes_only_a_prefix_of_the_log():
    for number in range(4):
        index(make_entry(f"a{number}", title="Skola"))
    ids = list(Change.objects.order_by("id").values_list("id", flat=True))
    long_ago = timezone.now() - dt.timedelta(days=3)
    # Clocks of several servers disagree: a later change may carry an older time than an earlier one.
    Change.objects.filter(pk__in=[ids[0], ids[2]]).update(changed_at=long_ago)
    assert changes_prune() == 1
    assert list(Change.objects.order_by("id").values_list("id", flat=True)) == ids[1:]


def test_a_prune_during_a_catch_up_cannot_hide_changes(monkeypatch):
    from microcity.search.backends import memory

    index(make_entry("a1", title="Skola"))
    assert search(kind="material", query="skola").total == 1
    replica = replica_for("default", "material")
    loaded = replica.index
    index(make_entry("a2", title="Skolas soma"))
    index(make_entry("a3", title="Skolas galds"))
    real_newest = memory._newest_change

    def newest_then_prune(alias):
        found = real_newest(alias)
        changes_prune(older_than=dt.timedelta(seconds=-1))  # between reading the head and the log
        return found

    monkeypatch.setattr(memory, "_newest_change", newest_then_prune)
    assert search(kind="material", query="skola", sort="newest").total == 3
    assert replica.index is not loaded  # its position was pruned: loaded again, nothing skipped


def test_a_forked_worker_gets_fresh_locks():
    from microcity.search.backends import memory

    index(make_entry("a1", title="Skola"))
    search(kind="material", query="skola")
    replica = replica_for("default", "material")
    replica.lock.acquire()  # as if a loading thread held it when the server forked
    memory._after_fork_in_child()
    assert replica.lock.acquire(timeout=1)
    replica.lock.release()
    assert search(kind="material", query="skolas").total == 1


def test_a_large_catch_up_loads_everything_again(monkeypatch):
    from microcity.search.backends import memory

    index(make_entry("a0", title="Skola"))
    search(kind="material", query="skola")
    replica = replica_for("default", "material")
    loaded = replica.index
    monkeypatch.setattr(memory, "DELTA_RELOAD_SHARE", 0.0)
    monkeypatch.setattr(memory, "DELTA_RELOAD_MIN", 1)
    index(*(make_entry(f"b{n}", title="Skolas grāmata") for n in range(3)))
    assert search(kind="material", query="skola").total == 4
    assert replica.index is not loaded


# --- The same answers as the database, on random collections ------------------------------------------

WORDS_LV = [
    "skola",
    "skolas",
    "darbs",
    "darba",
    "karjera",
    "karjeras",
    "plānošana",
    "prakse",
    "klase",
    "nozare",
]
WORDS_EN = ["school", "work", "career", "planning", "class", "practice"]


def _random_collection(rng: random.Random, size: int) -> None:
    entries = []
    for number in range(size):
        language = rng.choice(["lv", "lv", "en"])
        words = WORDS_LV if language == "lv" else WORDS_EN
        entries.append(
            make_entry(
                f"r{number}",
                kind=rng.choice(["material", "material", "job"]),
                language=language,
                title=" ".join(rng.sample(words, rng.randint(0, 2))) or "x",
                text=" ".join(rng.choices(words, k=rng.randint(0, 6))),
                city_id=rng.choice([None, 1, 2]),
                days=rng.randint(0, 5),
                popularity=rng.randint(0, 3),
                facets={
                    **{
                        field: rng.sample(["a", "b", "c"], rng.randint(0, 2))
                        for field in rng.sample(FIELDS, 2)
                    },
                    # Many values: small results are counted by walking them, large ones by bitmaps.
                    "organisation": [str(rng.randint(1, 30))],
                },
            )
        )
    index(*entries)


@pytest.mark.parametrize("seed", range(3))
def test_the_replica_answers_exactly_as_the_database(seed):
    rng = random.Random(seed)
    _random_collection(rng, 60)
    memory_backend = MemoryBackend(get_database_backend())
    database_backend = get_database_backend()
    for _ in range(80):
        words = rng.sample(WORDS_LV + WORDS_EN, rng.randint(0, 2))
        filters = {
            field: rng.sample(["a", "b", "c", "d"], rng.randint(1, 2))
            for field in rng.sample(FIELDS, rng.randint(0, 2))
        }
        query = Query(
            kind=rng.choice(["material", "job"]),
            terms=query_terms(" ".join(words)),
            filters=filters,
            city_id=rng.choice([None, 1, 2]),
            include_platform_wide=rng.random() < 0.7,
            sort=rng.choice(["relevance", "newest", "popular"]),
            offset=rng.choice([0, 0, 3, 10]),
            limit=rng.choice([5, 20]),
            facet_fields=COUNTED,
        )
        expected = database_backend.search(query)
        got = memory_backend.search(query)
        assert got.total == expected.total, (connection.vendor, query)
        assert [(hit.key, hit.score) for hit in got.hits] == [
            (hit.key, hit.score) for hit in expected.hits
        ], query
        assert got.facets == expected.facets, query
        if rng.random() < 0.1:  # change the collection between searches now and then
            _random_collection(rng, 5)
        if rng.random() < 0.05:
            index_remove(keys=[f"r{rng.randint(0, 60)}" for _ in range(3)])


def test_the_selector_uses_the_replica_by_default(monkeypatch):
    index(make_entry("a1", title="Skola"))
    called = []
    real = MemoryBackend.search

    def spy(self, query, **options):
        called.append(query.kind)
        return real(self, query, **options)

    monkeypatch.setattr(MemoryBackend, "search", spy)
    assert keys(search(kind="material", query="skolas")) == ["a1"]
    assert called == ["material"]


def test_warming_loads_a_replica_per_kind(django_assert_max_num_queries):
    from microcity.search.backends.memory import warm

    index(make_entry("a1", title="Skola"), make_entry("j1", kind="job", title="Darbs"))
    assert warm() == ["job", "material"]
    assert replica_for("default", "job").loaded
    with django_assert_max_num_queries(2):  # nothing left to load
        assert keys(search(kind="job", query="darbs")) == ["j1"]
