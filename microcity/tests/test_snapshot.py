"""The database snapshot behind the browser tests' demo: what a test changes is gone when it is laid back."""

from __future__ import annotations

import pytest
from django.db import connection

from microcity.core.models import City
from microcity.core.tests.factories import CityFactory
from microcity.tests.snapshot import snapshot_of

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_snapshot_lays_the_database_back_as_it_was_taken():
    CityFactory(slug="valmiera", name_lv="Valmiera")
    # Not the demo's snapshot, which this worker may hold already.
    snapshot = snapshot_of(connection, name="selftest")
    snapshot.take()
    try:
        City.objects.filter(slug="valmiera").update(name_lv="Pārdēvēta")
        CityFactory(slug="ventspils")
        snapshot.restore()
        assert list(City.objects.values_list("slug", "name_lv")) == [("valmiera", "Valmiera")]
        # Sequences too: the next city takes the id that it would have taken right after the snapshot.
        first = CityFactory(slug="cesis")
        snapshot.restore()
        assert CityFactory(slug="cesis").pk == first.pk
        # Laid back again, any number of times.
        CityFactory(slug="liepaja")
        snapshot.restore()
        assert list(City.objects.values_list("slug", flat=True)) == ["valmiera"]
    finally:
        snapshot.drop()
