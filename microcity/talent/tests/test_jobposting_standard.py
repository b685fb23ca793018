"""Every demo job's schema.org JobPosting has Google's required and recommended properties that we hold, with
dates in Riga time and the offset of that day (issue 22)."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal

import pytest
from django.test import Client
from django.utils import timezone
from lxml import html as lxml_html

from microcity.core.models import Occupation
from microcity.talent import views
from microcity.talent.management.commands.seed_jobs import demo_jobs
from microcity.talent.models import Job

pytestmark = pytest.mark.django_db
# Google's job-posting guide: required, then the recommended ones we have data for.
REQUIRED = {"datePosted", "description", "hiringOrganization", "jobLocation", "title"}
RECOMMENDED = {"baseSalary", "directApply", "employmentType", "identifier", "validThrough"}
ISO_WITH_OFFSET = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d")


def json_ld(page: bytes) -> list[dict]:
    """The JSON-LD blocks of a page, found as a parser finds them (script elements of that type)."""
    tree = lxml_html.fromstring(page)
    return [json.loads(s.text) for s in tree.xpath('//script[@type="application/ld+json"]')]


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_every_demo_job_has_the_documented_properties(post_job, lang):
    for record in demo_jobs():
        fields = {key: record[key] for key in ("title", "description", "requirements", "skills")}
        post_job(
            occupation=Occupation.objects.get(code=str(record["occupation"])),
            employment_type=record["employment_type"],
            workplace_type=record["workplace_type"],
            salary_min=Decimal(str(record["salary_min"])),
            salary_max=Decimal(str(record["salary_max"])),
            **fields,
        )
    client = Client()
    jobs = list(Job.objects.select_related("organisation"))
    assert len(jobs) == len(demo_jobs())
    for job in jobs:
        [data] = json_ld(client.get(f"/{lang}/valmiera/jobs/{job.pk}-{job.slug}/").content)
        assert data["@type"] == "JobPosting"
        missing = (REQUIRED | RECOMMENDED) - set(data)
        assert not missing, (job.title, missing)
        assert ISO_WITH_OFFSET.fullmatch(data["validThrough"]) and ISO_WITH_OFFSET.fullmatch(
            data["datePosted"]
        )
        assert data["identifier"]["value"] == str(job.pk) and data["directApply"] is False
        description = data["description"]
        # The whole advertisement, as HTML: duties, requirements, skills, pay and how to apply.
        assert job.requirements.split("\n")[0][:30] in lxml_html.fromstring(description).text_content()
        assert "<h3>" in description and "Sūtiet CV." in description
        assert data["url"].startswith("http") and f"/jobs/{job.pk}-" in data["url"]


@pytest.mark.parametrize(
    "deadline, offset",
    [(dt.date(2027, 7, 15), "+03:00"), (dt.date(2027, 1, 15), "+02:00")],
)
def test_dates_carry_rigas_offset_of_that_day(post_job, deadline, offset):
    job = post_job()
    job.deadline = deadline
    # Published at 00:30 on the 1st in Riga: 22:30 (or 21:30) UTC the day before.
    job.published_at = timezone.make_aware(dt.datetime(deadline.year, deadline.month, 1, 0, 30))
    data = json.loads(
        views.job_posting_jsonld(None, job)
        .replace("\\u003c", "<")
        .replace("\\u003e", ">")
        .replace("\\u0026", "&")  # type: ignore[arg-type]
    )
    assert data["validThrough"] == f"{deadline.isoformat()}T23:59:59{offset}"
    assert data["datePosted"] == f"{deadline.year}-{deadline.month:02d}-01T00:30:00{offset}"


def test_sitemap_lists_open_jobs_and_public_pages_in_both_languages_and_robots_points_to_it(post_job):
    job = post_job()
    closed = post_job(title="Grāmatvedis")
    Job.objects.filter(pk=closed.pk).update(status="withdrawn")
    response = Client().get("/sitemap.xml")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/xml")
    from lxml import etree

    tree = etree.fromstring(response.content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = tree.xpath("//s:url/s:loc/text()", namespaces=ns)
    assert len(locations) == len(set(locations))
    for lang in ("lv", "en"):
        assert any(loc.endswith(f"/{lang}/valmiera/jobs/{job.pk}-{job.slug}/") for loc in locations)
        assert any(loc.endswith(f"/{lang}/valmiera/jobs/") for loc in locations)
        assert any(loc.endswith(f"/{lang}/valmiera/") for loc in locations)
        for page in ("summer-jobs/", "activities/", "counselling/"):
            assert any(loc.endswith(f"/{lang}/valmiera/{page}") for loc in locations), page
        assert any(loc.endswith(f"/{lang}/materials/") for loc in locations)
    assert not any(f"/jobs/{closed.pk}-" in loc for loc in locations)
    assert all(loc.startswith("http") for loc in locations)
    stamps = tree.xpath("//s:url[contains(s:loc, '/jobs/')]/s:lastmod/text()", namespaces=ns)
    assert stamps and all(ISO_WITH_OFFSET.fullmatch(stamp) for stamp in stamps)
    robots = Client().get("/robots.txt").content.decode()
    assert "Sitemap: http" in robots and robots.rstrip().endswith("/sitemap.xml")
    assert "Disallow: /admin/" in robots and "Disallow: /*/account/" in robots
