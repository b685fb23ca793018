"""The issue's own examples on the demo data (issue 20, decision 0026), on the replica and on the
database alone, with the pages that show them in Latvian and English."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from microcity.core.models import Occupation
from microcity.core.tests.factories import OrganisationFactory
from microcity.library.demo_data import demo_materials
from microcity.library.models import Material, MaterialStatus
from microcity.library.services import material_entry
from microcity.search.selectors import search
from microcity.search.services import index_entries
from microcity.talent.management.commands.seed_jobs import demo_jobs
from microcity.talent.models import Job, JobStatus
from microcity.talent.services import job_entry

pytestmark = pytest.mark.django_db

PROGRAMMERS = {"Programmētājs (Python)", "Jaunākais programmētājs"}


@pytest.fixture(autouse=True, params=["memory", "database"])
def engine(request, settings):
    settings.MICROCITY_SEARCH_IN_MEMORY = request.param == "memory"
    return request.param


@pytest.fixture
def materials(db):
    now = timezone.now()
    Material.objects.bulk_create(
        Material(
            title=row["title"],
            summary=row["summary"],
            body=row["body"],
            material_type=row["material_type"],
            grade_bands=row["grade_bands"],
            skill_areas=row["skill_areas"],
            subjects=row["subjects"],
            duration_minutes=row["duration_minutes"],
            language=row["language"],
            authors=row["authors"],
            licence=row["licence"],
            status=MaterialStatus.PUBLISHED,
            published_at=now,
        )
        for row in demo_materials()
    )
    rows = list(Material.objects.prefetch_related("files", "occupations"))
    index_entries(entries=[material_entry(material) for material in rows])
    return {material.pk: material for material in rows}


@pytest.fixture
def jobs(valmiera):
    organisation = OrganisationFactory(city=valmiera, name="SIA Vidzemes Darbs")
    codes = {o.code: o for o in Occupation.objects.filter(level=4)}
    made = [
        Job.objects.create(
            organisation=organisation,
            city=valmiera,
            title=row["title"],
            occupation=codes[str(row["occupation"])],
            description=row["description"],
            requirements=row["requirements"],
            skills=row["skills"],
            languages=["lv"],
            employment_type=row["employment_type"],
            workplace_type=row["workplace_type"],
            address="Rīgas iela 1, Valmiera",
            salary_min=Decimal(row["salary_min"]),
            salary_max=Decimal(row["salary_max"]),
            deadline=timezone.localdate() + dt.timedelta(days=30),
            how_to_apply="Sūtiet CV.",
            apply_email="darbs@example.lv",
            status=JobStatus.PUBLISHED,
            published_at=timezone.now() - dt.timedelta(days=number),
        )
        for number, row in enumerate(demo_jobs())
    ]
    index_entries(entries=[job_entry(job) for job in made])
    return {f"talent.job:{job.pk}": job.title for job in made}


def material_titles(materials, result):
    return [materials[int(hit.key.rsplit(":", 1)[1])].title for hit in result.hits]


def test_pasizzina_finds_the_self_knowledge_materials(materials):
    self_knowledge = {pk for pk, m in materials.items() if "self_knowledge" in m.skill_areas}
    assert len(self_knowledge) >= 80
    for query in ("pašizziņa", "pasizzina", "Pašizziņas", "self-knowledge", "sevis izzināšana"):
        result = search(kind="material", query=query, facet_fields=["skill"], per_page=100)
        assert result.facets["skill"]["self_knowledge"] == len(self_knowledge), query
        found = {int(hit.key.rsplit(":", 1)[1]) for hit in result.hits}
        if result.total <= 100:
            assert self_knowledge <= found, query


def test_the_one_material_that_says_pasizzina_comes_first(materials):
    result = search(kind="material", query="pašizziņa")
    first = materials[int(result.hits[0].key.rsplit(":", 1)[1])]
    assert "pašizziņa" in (first.body + first.summary + first.title).lower()


def test_it_finds_the_programmer_jobs(jobs):
    result = search(kind="job", query="IT")
    titles = [jobs[hit.key] for hit in result.hits]
    assert titles[0] == "IT atbalsta speciālists"
    assert set(titles) >= PROGRAMMERS
    assert "Pavārs" not in titles and "Metinātājs" not in titles
    for query in ("programm", "programmētāji", "developer", "software developer", "izstrādātājs"):
        assert {jobs[hit.key] for hit in search(kind="job", query=query).hits} >= PROGRAMMERS, query


def test_mistyped_queries_are_corrected_visibly(materials, jobs):
    result = search(kind="material", query="karjeras planošanna")
    assert result.corrected_query == "karjeras planošana"
    assert result.total > 0
    assert any("plānošana" in title.lower() for title in material_titles(materials, result)[:10])
    english = search(kind="material", query="carrer planning")
    assert english.corrected_query == "career planning" and english.total > 0
    typo_job = search(kind="job", query="programetājs")
    assert typo_job.corrected_query == "programmetājs"  # the letters as typed, one added
    assert {jobs[hit.key] for hit in typo_job.hits} >= PROGRAMMERS


@pytest.mark.parametrize("language", ["lv", "en"])
def test_the_pages_say_showing_results_for(client, materials, jobs, language):
    expected = {
        "lv": ("Rāda rezultātus vaicājumam", "Meklēt tomēr"),
        "en": ("Showing results for", "Search instead for"),
    }
    for url in (
        f"/{language}/materials/?q=karjeras+plano%C5%A1anna",
        f"/{language}/valmiera/jobs/?q=programet%C4%81js",
        f"/{language}/valmiera/search/?q=programet%C4%81js",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        page = response.content.decode()
        assert expected[language][0] in page, url
        assert expected[language][1] in page, url
        assert "exact=1" in page
        exact = client.get(url + "&exact=1").content.decode()
        assert expected[language][0] not in exact, url
