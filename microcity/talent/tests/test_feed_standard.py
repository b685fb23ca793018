"""The jobs feed to the letter of RFC 4287 (checked against the RFC's RELAX NG schema with lxml, and read by
feedparser), with stable IRI ids and conditional GET (issue 22)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import feedparser
import pytest
from django.test import Client
from django.utils import timezone
from lxml import etree

from microcity.talent.models import Job

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"
SCHEMA = etree.RelaxNG(etree.parse(str(Path(__file__).parents[2] / "core/tests/data/atom.rng")))
IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S+")


def _feed(client: Client | None = None, **headers: str):  # type: ignore[no-untyped-def]
    return (client or Client()).get("/lv/valmiera/jobs/feed/", headers=headers)


def test_feed_is_valid_atom_with_updated_author_and_iri_ids(post_job):
    post_job()
    post_job(title="Grāmatvedis")
    response = _feed()
    document = etree.fromstring(response.content)
    assert SCHEMA.validate(document), SCHEMA.error_log
    assert document.find(f"{ATOM}updated") is not None
    assert document.find(f"{ATOM}author/{ATOM}name").text
    entries = document.findall(f"{ATOM}entry")
    assert len(entries) == 2
    for entry in entries:
        assert entry.find(f"{ATOM}updated") is not None
        assert entry.find(f"{ATOM}author/{ATOM}name").text == "SIA Valmieras Programmatūra"
        assert IRI.fullmatch(entry.findtext(f"{ATOM}id")), entry.findtext(f"{ATOM}id")
        assert entry.findtext(f"{ATOM}id").startswith("tag:")
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10" and parsed.feed.updated_parsed and parsed.feed.author
    assert all(e.updated_parsed and e.author and e.id.startswith("tag:") for e in parsed.entries)


def test_entry_id_stays_when_the_job_is_edited(post_job):
    job = post_job()
    before = feedparser.parse(_feed().content).entries[0]
    Job.objects.filter(pk=job.pk).update(title="Vecākais programmētājs", updated_at=timezone.now())
    after = feedparser.parse(_feed().content).entries[0]
    assert before.id == after.id and before.title != after.title


def test_conditional_get_answers_304_until_something_changes(post_job):
    job = post_job()
    first = _feed()
    assert first.status_code == 200 and first["ETag"] and first["Last-Modified"]
    assert _feed(**{"If-None-Match": first["ETag"]}).status_code == 304
    assert _feed(**{"If-Modified-Since": first["Last-Modified"]}).status_code == 304
    # The job leaves the feed (withdrawn): both validators see the change.
    Job.objects.filter(pk=job.pk).update(
        status="withdrawn", updated_at=timezone.now() + dt.timedelta(seconds=2)
    )
    assert _feed(**{"If-None-Match": first["ETag"]}).status_code == 200
    assert _feed(**{"If-Modified-Since": first["Last-Modified"]}).status_code == 200


def test_a_deadline_passing_is_a_change_for_if_modified_since(post_job):
    job = post_job()
    long_ago = timezone.now() - dt.timedelta(days=5)
    Job.objects.filter(pk=job.pk).update(updated_at=long_ago, published_at=long_ago)
    last_seen = _feed()["Last-Modified"]
    assert _feed(**{"If-Modified-Since": last_seen}).status_code == 304
    # Nothing was edited since, but the deadline passed at midnight: a reader that last looked yesterday
    # must get the feed without the job.
    Job.objects.filter(pk=job.pk).update(deadline=timezone.localdate() - dt.timedelta(days=1))
    response = _feed(**{"If-Modified-Since": last_seen})
    assert response.status_code == 200 and not feedparser.parse(response.content).entries
