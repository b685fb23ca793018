"""Portfolio services: starting one, entries, verified entries from programmes, evidence files, skills,
the interest self-assessment with its history, goals and plan steps, section sharing."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from microcity.careers import services
from microcity.careers.interest_statements import STATEMENTS
from microcity.careers.models import (
    Entry,
    Evidence,
    GoalStatus,
    InterestAssessment,
    Portfolio,
    PortfolioSkill,
    Section,
    SectionSharing,
    Skill,
    SkillCategory,
    Visibility,
)
from microcity.careers.services import CareersError, NotAllowed
from microcity.core.models import AuditEvent

pytestmark = pytest.mark.django_db


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, format="PNG")
    return buffer.getvalue()


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


# --- Starting a portfolio -------------------------------------------------------------------------


def test_a_youth_of_thirteen_starts_their_portfolio(make_youth):
    youth = make_youth(age=13)
    portfolio = services.portfolio_create(person=youth, by=youth.user)
    assert portfolio.person == youth
    assert services.portfolio_create(person=youth, by=youth.user) == portfolio  # no second one
    assert AuditEvent.objects.filter(action="create", person=youth).count() == 1


def test_under_thirteen_cannot_start_one(make_youth):
    child = make_youth(age=12)
    with pytest.raises(CareersError, match="13"):
        services.portfolio_create(person=child, by=child.user)
    assert not Portfolio.objects.exists()


def test_nobody_starts_a_portfolio_for_someone_else(youth, counsellor, guardian):
    for other in (counsellor, guardian):
        with pytest.raises(NotAllowed):
            services.portfolio_create(person=youth, by=other)


# --- Entries --------------------------------------------------------------------------------------


def test_owner_adds_and_edits_entries(portfolio, owner):
    entry = services.entry_create(
        portfolio=portfolio,
        by=owner,
        section=Section.INFORMAL_LEARNING,
        title="  Robotikas pulciņš ",
        organisation_name="Valmieras Jauniešu centrs",
        starts_on=dt.date(2025, 9, 1),
        hours=40,
    )
    assert entry.title == "Robotikas pulciņš" and not entry.is_verified
    services.entry_update(entry=entry, by=owner, data={"title": "Robotika", "ends_on": dt.date(2026, 5, 1)})
    entry.refresh_from_db()
    assert (entry.title, entry.ends_on) == ("Robotika", dt.date(2026, 5, 1))


def test_entry_rules(portfolio, owner, counsellor):
    with pytest.raises(CareersError):
        services.entry_create(portfolio=portfolio, by=owner, section=Section.SKILLS, title="x")
    with pytest.raises(CareersError):
        services.entry_create(
            portfolio=portfolio,
            by=owner,
            section=Section.EDUCATION,
            title="x",
            starts_on=dt.date(2026, 1, 2),
            ends_on=dt.date(2026, 1, 1),
        )
    with pytest.raises(NotAllowed):
        services.entry_create(portfolio=portfolio, by=counsellor, section=Section.EDUCATION, title="x")
    entry = services.entry_create(portfolio=portfolio, by=owner, section=Section.EDUCATION, title="9. klase")
    with pytest.raises(CareersError):
        services.entry_update(entry=entry, by=owner, data={"source_key": "forged"})
    with pytest.raises(NotAllowed):
        services.entry_update(entry=entry, by=counsellor, data={"title": "y"})
    with pytest.raises(NotAllowed):
        services.entry_delete(entry=entry, by=counsellor)
    services.entry_delete(entry=entry, by=owner)
    assert not Entry.objects.exists()


def test_verified_entry_is_idempotent_by_source_and_starts_a_portfolio(make_youth):
    youth = make_youth()
    assert not Portfolio.objects.filter(person=youth).exists()
    kwargs = {
        "person": youth,
        "section": Section.EXPERIENCE,
        "title": "Dārznieka palīgs",
        "source_key": "summerjobs.placement:7",
        "source_label": "Valmieras vasaras darbi 2026",
        "organisation_name": "SIA Zaļais dārzs",
        "starts_on": dt.date(2026, 6, 1),
        "ends_on": dt.date(2026, 6, 19),
    }
    first = services.portfolio_add_verified_entry(**kwargs)
    again = services.portfolio_add_verified_entry(**{**kwargs, "title": "Changed later"})
    assert first.pk == again.pk and again.title == "Dārznieka palīgs"
    assert first.is_verified and first.verified_at is not None
    assert Entry.objects.filter(portfolio__person=youth).count() == 1
    other = services.portfolio_add_verified_entry(**{**kwargs, "source_key": "summerjobs.placement:8"})
    assert other.pk != first.pk
    with pytest.raises(CareersError):
        services.portfolio_add_verified_entry(**{**kwargs, "source_key": ""})
    with pytest.raises(CareersError):
        services.portfolio_add_verified_entry(**{**kwargs, "section": Section.GOALS, "source_key": "x:1"})


def test_verified_facts_stay_but_the_owner_may_describe_and_delete(youth, owner):
    entry = services.portfolio_add_verified_entry(
        person=youth,
        section=Section.EXPERIENCE,
        title="Ēnu diena",
        source_key="careers.activity:1",
        source_label="Karjeras diena",
        starts_on=dt.date(2026, 3, 1),
    )
    with pytest.raises(CareersError, match="verified"):
        services.entry_update(entry=entry, by=owner, data={"title": "Direktors"})
    with pytest.raises(CareersError):
        services.entry_update(entry=entry, by=owner, data={"starts_on": dt.date(2020, 1, 1)})
    services.entry_update(
        entry=entry, by=owner, data={"description": "Uzzināju, kā strādā ostā.", "title": "Ēnu diena"}
    )
    entry.refresh_from_db()
    assert entry.description == "Uzzināju, kā strādā ostā."
    services.entry_delete(entry=entry, by=owner)
    assert not Entry.objects.filter(pk=entry.pk).exists()


# --- Evidence -------------------------------------------------------------------------------------


@pytest.fixture
def achievement(portfolio, owner):
    return services.entry_create(
        portfolio=portfolio, by=owner, section=Section.ACHIEVEMENTS, title="Olimpiāde"
    )


def test_images_and_pdf_are_kept_under_random_names(achievement, owner):
    image = services.evidence_add(
        entry=achievement, by=owner, upload=SimpleUploadedFile("../../diploms.png", png_bytes())
    )
    pdf = services.evidence_add(entry=achievement, by=owner, upload=SimpleUploadedFile("Diploms 1.pdf", PDF))
    assert (image.mime_type, pdf.mime_type) == ("image/png", "application/pdf")
    assert image.file.name.startswith(f"careers/evidence/{achievement.portfolio_id}/")
    assert image.file.name.endswith(".png") and ".." not in image.file.name
    assert pdf.original_name == "Diploms 1.pdf" and pdf.size == len(PDF)
    assert image.file.storage.exists(image.file.name)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("page.html", b"<html><script>alert(1)</script></html>"),
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("diploms.pdf", b"MZ\x90\x00 not a pdf at all, an executable"),
        ("empty.pdf", b""),
    ],
)
def test_other_files_are_refused(achievement, owner, name, content):
    with pytest.raises(CareersError):
        services.evidence_add(entry=achievement, by=owner, upload=SimpleUploadedFile(name, content))
    assert not Evidence.objects.exists()


def test_evidence_size_limit(achievement, owner, settings):
    settings.CAREERS_EVIDENCE_MAX_BYTES = 100
    with pytest.raises(CareersError, match="100"):
        services.evidence_add(
            entry=achievement, by=owner, upload=SimpleUploadedFile("a.pdf", PDF + b" " * 200)
        )


def test_only_the_owner_adds_evidence_and_deleting_removes_the_file(
    achievement, owner, counsellor, django_capture_on_commit_callbacks
):
    with pytest.raises(NotAllowed):
        services.evidence_add(entry=achievement, by=counsellor, upload=SimpleUploadedFile("a.pdf", PDF))
    evidence = services.evidence_add(entry=achievement, by=owner, upload=SimpleUploadedFile("a.pdf", PDF))
    storage, name = evidence.file.storage, evidence.file.name
    with django_capture_on_commit_callbacks(execute=True):
        services.entry_delete(entry=achievement, by=owner)
    assert not storage.exists(name)


# --- Skills ---------------------------------------------------------------------------------------


def test_skills_list_is_loaded_with_both_languages():
    assert Skill.objects.filter(is_active=True).count() >= 150
    python = Skill.objects.get(code="program-in-python")
    assert (python.label_lv, python.label_en, python.category) == (
        "programmēt Python valodā",
        "program in Python",
        SkillCategory.DIGITAL,
    )
    assert python.group_codes == ["25"]
    assert Skill.objects.exclude(esco_uri="").count() >= 30


def test_load_skills_command_is_safe_to_rerun(capsys):
    from django.core.management import call_command

    Skill.objects.filter(code="weld").update(label_lv="changed")
    call_command("load_skills")
    assert "0 created, 1 updated" in capsys.readouterr().out
    assert Skill.objects.get(code="weld").label_lv == "metināt"


def test_skills_from_the_list_or_in_own_words(portfolio, owner, counsellor):
    weld = Skill.objects.get(code="weld")
    row = services.skill_add(portfolio=portfolio, by=owner, skill=weld, note="Vasaras darbā")
    assert services.skill_add(portfolio=portfolio, by=owner, skill=weld) == row
    own = services.skill_add(portfolio=portfolio, by=owner, free_text="  Bišu kopšana ")
    assert str(own) == "Bišu kopšana"
    with pytest.raises(CareersError):
        services.skill_add(portfolio=portfolio, by=owner)
    with pytest.raises(CareersError):
        services.skill_add(portfolio=portfolio, by=owner, skill=weld, free_text="both")
    with pytest.raises(NotAllowed):
        services.skill_add(portfolio=portfolio, by=counsellor, free_text="x")
    services.skill_remove(portfolio_skill=own, by=owner)
    assert list(PortfolioSkill.objects.values_list("skill__code", flat=True)) == ["weld"]


# --- Interests ------------------------------------------------------------------------------------


def test_assessment_is_scored_and_retaking_keeps_history(portfolio, owner):
    first_answers = {s.key: (5 if s.type == "I" else 4 if s.type == "R" else 2) for s in STATEMENTS}
    first = services.assessment_submit(portfolio=portfolio, by=owner, answers=first_answers)
    assert first.scores == {"R": 75, "I": 100, "A": 25, "S": 25, "E": 25, "C": 25}
    assert first.code == "IRA" and first.version == "2026-1"
    # Answers from a form arrive as text.
    second = services.assessment_submit(
        portfolio=portfolio, by=owner, answers={s.key: "5" if s.type == "S" else "1" for s in STATEMENTS}
    )
    assert second.code[0] == "S"
    assert list(InterestAssessment.objects.filter(portfolio=portfolio)) == [second, first]


def test_incomplete_or_foreign_assessment_is_refused(portfolio, owner, guardian):
    partial = {s.key: 3 for s in STATEMENTS[:-1]}
    with pytest.raises(CareersError):
        services.assessment_submit(portfolio=portfolio, by=owner, answers=partial)
    with pytest.raises(CareersError):
        services.assessment_submit(portfolio=portfolio, by=owner, answers={s.key: "x" for s in STATEMENTS})
    with pytest.raises(NotAllowed):
        services.assessment_submit(portfolio=portfolio, by=guardian, answers={s.key: 3 for s in STATEMENTS})
    assert not InterestAssessment.objects.exists()


# --- Goals ----------------------------------------------------------------------------------------


def test_goal_with_dated_steps(portfolio, owner, counsellor):
    today = timezone.localdate()
    goal = services.goal_create(
        portfolio=portfolio,
        by=owner,
        title="Iestāties Vidzemes Augstskolā",
        target_on=today + dt.timedelta(days=400),
        steps=[("Uzzināt uzņemšanas prasības", today + dt.timedelta(days=30)), ("Nokārtot eksāmenus", None)],
    )
    steps = list(goal.steps.all())
    assert [(s.title, s.position) for s in steps] == [
        ("Uzzināt uzņemšanas prasības", 0),
        ("Nokārtot eksāmenus", 1),
    ]
    third = services.plan_step_add(goal=goal, by=owner, title="Atvērto durvju diena")
    assert third.position == 2
    services.plan_step_set_done(step=steps[0], by=owner)
    steps[0].refresh_from_db()
    assert steps[0].done_at is not None
    services.goal_set_status(goal=goal, by=owner, status=GoalStatus.ACHIEVED)
    with pytest.raises(CareersError):
        services.goal_set_status(goal=goal, by=owner, status=GoalStatus.DROPPED)
    with pytest.raises(NotAllowed):
        services.plan_step_add(goal=goal, by=counsellor, title="x")


# --- Sharing per section --------------------------------------------------------------------------


def test_owner_sets_who_sees_each_section(portfolio, owner, guardian):
    services.section_visibility_set(
        portfolio=portfolio, by=owner, section=Section.GOALS, visibility=Visibility.BOTH
    )
    services.section_visibility_set(
        portfolio=portfolio, by=owner, section=Section.GOALS, visibility=Visibility.COUNSELLOR
    )
    assert list(SectionSharing.objects.values_list("section", "visibility")) == [("goals", "counsellor")]
    with pytest.raises(CareersError):
        services.section_visibility_set(portfolio=portfolio, by=owner, section="diary", visibility="both")
    with pytest.raises(CareersError):
        services.section_visibility_set(portfolio=portfolio, by=owner, section="goals", visibility="everyone")
    with pytest.raises(NotAllowed):
        services.section_visibility_set(portfolio=portfolio, by=guardian, section="goals", visibility="both")
