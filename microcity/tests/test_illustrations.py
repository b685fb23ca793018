"""The city home and each programme's first page carry their illustration: decorative (alt=""), lazy, and
hidden on a phone by the stylesheet (`.mc-hero-illustration`, `.mc-aside-illustration`)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from microcity.talent.tests.test_living import guide  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def illustrations(html: str) -> list[str]:
    """Every illustration on the page as its file name; fails if one is not decorative."""
    found = []
    for tag in re.findall(r"<img [^>]*img/illustrations/[^>]*>", html):
        assert 'alt=""' in tag and 'loading="lazy"' in tag, tag
        assert re.search(r'class="mc-(hero|aside)-illustration', tag), tag
        found.append(re.search(r"img/illustrations/([\w-]+\.svg)", tag).group(1))  # type: ignore[union-attr]
    return found


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/lv/valmiera/", ["city-valmiera.svg"]),
        ("/en/ventspils/", ["city-ventspils.svg"]),
        ("/en/valmiera/jobs/", ["jobs.svg"]),
        ("/en/valmiera/counselling/", ["careers.svg"]),
        ("/en/valmiera/activities/", ["careers.svg"]),
        ("/en/valmiera/summer-jobs/", ["summer-jobs.svg"]),
        ("/en/materials/", ["library.svg"]),
    ],
)
def test_programme_pages_show_their_illustration(client, valmiera, ventspils, path, expected):
    response = client.get(path)
    assert response.status_code == 200
    assert illustrations(response.content.decode()) == expected


def test_the_living_guide_shows_its_illustration(client, guide):  # noqa: F811
    response = client.get("/en/valmiera/living/")
    assert response.status_code == 200
    assert illustrations(response.content.decode()) == ["living.svg"]


def test_the_illustrations_are_hidden_on_a_phone():
    from django.contrib.staticfiles import finders

    path = finders.find("css/microcity.css")
    assert path
    css = Path(path).read_text(encoding="utf-8")
    assert ".mc-hero-illustration, .mc-aside-illustration { display: none; }" in css
    assert re.search(r"@media \(min-width: 768px\) \{\s*\.mc-hero-illustration \{ display: block;", css)
