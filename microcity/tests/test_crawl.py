"""An anonymous visitor's crawl of the demo from `/lv/` and `/en/`: every page a link leads to answers,
and every public programme page is reached from a city's home page in at most two clicks."""

from __future__ import annotations

import re
from collections import deque
from html import unescape
from urllib.parse import urldefrag, urlparse

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db(transaction=True)

MAX_PAGES = 400
# Links a crawler does not follow: downloads, feeds, sign-out and the back office.
NOT_FOLLOWED = re.compile(
    r"(/accounts/logout/|/admin/|/django-admin/|/documents/|/files/|/feed/|\.(csv|xlsx|pdf|ics|json)$)"
)
HREF = re.compile(r'<a\b[^>]*\bhref="([^"]+)"')
# Each city's public programme landing pages, below /<lang>/<city>/ (materials are the platform's).
LANDING_PAGES = (
    "jobs/",
    "living/",
    "employers/",
    "counselling/",
    "activities/",
    "summer-jobs/",
    "relocate/",
)


def links(html: str, lang: str) -> list[str]:
    found = []
    for raw in HREF.findall(html):
        href = urldefrag(unescape(raw))[0]
        parsed = urlparse(href)
        if parsed.scheme or parsed.netloc or not parsed.path.startswith(f"/{lang}/"):
            continue
        if NOT_FOLLOWED.search(parsed.path):
            continue
        found.append(parsed.path + (f"?{parsed.query}" if parsed.query else ""))
    return found


def crawl(
    client: Client, start: str, lang: str, *, max_depth: int, without_trail: list[str] | None = None
) -> dict[str, int]:
    """Breadth first from `start`: each page reached, with the fewest clicks it takes. Pages that show no
    breadcrumb trail back home, below `start`, are added to `without_trail`."""
    depth = {start: 0}
    queue = deque([start])
    fetched = 0
    while queue and fetched < MAX_PAGES:
        path = queue.popleft()
        response = client.get(path)
        fetched += 1
        assert response.status_code in (200, 302), f"{path} answered {response.status_code}"
        if response.status_code != 200:
            continue
        if "text/html" not in response.get("Content-Type", ""):
            continue
        html = response.content.decode()
        if (
            without_trail is not None
            and path.startswith(start)
            and f'<a href="/{lang}/" itemprop="item">' not in html
        ):
            without_trail.append(path)
        if depth[path] >= max_depth:
            continue
        for link in links(html, lang):
            if link not in depth:
                depth[link] = depth[path] + 1
                queue.append(link)
    return depth


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_every_public_programme_page_is_within_two_clicks_of_the_city_home(demo, lang):
    client = Client()
    from_home = crawl(client, f"/{lang}/", lang, max_depth=3)
    for city in ("valmiera", "ventspils"):
        assert from_home.get(f"/{lang}/{city}/") == 1, f"{city}'s home is not linked from /{lang}/"
        without_trail: list[str] = []
        reached = crawl(client, f"/{lang}/{city}/", lang, max_depth=2, without_trail=without_trail)
        assert without_trail == [], f"pages without breadcrumbs back home: {without_trail}"
        for landing in LANDING_PAGES:
            path = f"/{lang}/{city}/{landing}"
            assert reached.get(path, 99) <= 2, f"{path} is not within two clicks of /{lang}/{city}/"
        assert reached.get(f"/{lang}/materials/", 99) <= 2
        assert reached[f"/{lang}/{city}/counselling/"] == 1
        assert reached[f"/{lang}/{city}/activities/"] == 1
        assert reached[f"/{lang}/{city}/summer-jobs/"] == 1
