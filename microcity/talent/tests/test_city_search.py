"""One search for a city finds its jobs, its living-guide pages and library materials."""

from __future__ import annotations

import pytest
from django.test import Client

from microcity.talent.tests.test_living import guide  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db


def test_city_search_finds_jobs_guide_pages_and_materials(guide, post_job, publish, valmiera):  # noqa: F811
    post_job(title="Dzīvokļu apsaimniekotājs", description="Pārvaldīsiet speciālistu dzīvokļus.")
    publish(title="Kā izvēlēties dzīvokli pēc studijām", summary="Nodarbība par dzīvokļa īri jauniešiem.")
    html = Client().get("/lv/valmiera/search/", {"q": "dzivokli"}).content.decode()
    assert "Dzīvokļu apsaimniekotājs" in html
    assert "Mājoklis un speciālistu dzīvokļi" in html
    assert "Kā izvēlēties dzīvokli pēc studijām" in html
    assert "/lv/valmiera/living/housing/" in html


def test_city_search_in_english_shows_english_guide_pages(guide, valmiera):  # noqa: F811
    html = Client().get("/en/valmiera/search/", {"q": "specialist flats"}).content.decode()
    assert "Housing and specialist flats" in html and "Mājoklis" not in html


def test_empty_search_shows_the_form(valmiera):
    response = Client().get("/en/valmiera/search/")
    assert response.status_code == 200 and 'name="q"' in response.content.decode()
