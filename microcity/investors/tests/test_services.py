"""The pipeline's services: the workflow map, the guards, the ledger once per organisation, info packs
from live figures, the hiring plan handed to the jobs board, reminders and anonymisation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone

from microcity.core import registry
from microcity.core.models import AuditAction, AuditEvent, Indicator, Occupation, OutcomeRecord
from microcity.core.tests.factories import OrganisationFactory
from microcity.investors import selectors, services
from microcity.investors.figures import suppressed
from microcity.investors.models import ActivityKind, Lead, Stage
from microcity.investors.tests.factories import IncentiveFactory, LeadFactory, SiteFactory
from microcity.talent.models import Job, JobStatus

pytestmark = pytest.mark.django_db


def walk(lead, by, *stages):
    for stage in stages:
        lead = services.lead_transition(lead=lead, to=stage, by=by)
    return lead


def test_every_change_not_in_the_map_is_refused(valmiera, manager):
    for state in Stage.values:
        for to in Stage.values:
            if services.LEADS.allows(state, to):
                continue
            lead = LeadFactory(
                city=valmiera,
                stage=state,
                lost_reason="other" if state == "lost" else "",
                organisation=OrganisationFactory(city=valmiera) if state in ("won", "aftercare") else None,
            )
            with pytest.raises(services.LeadError):
                services.lead_transition(lead=lead, to=to, by=manager, lost_reason="other")


def test_lost_needs_a_reason_and_reopening_clears_it(valmiera, manager):
    lead = LeadFactory(city=valmiera)
    with pytest.raises(services.LeadError):
        services.lead_transition(lead=lead, to=Stage.LOST, by=manager)
    with pytest.raises(services.LeadError):
        services.lead_transition(lead=lead, to=Stage.LOST, by=manager, lost_reason="made-up")
    lead = services.lead_transition(lead=lead, to=Stage.LOST, by=manager, lost_reason="costs")
    assert (lead.stage, lead.lost_reason, lead.decided_on) == ("lost", "costs", timezone.localdate())
    lead = services.lead_transition(lead=lead, to=Stage.LEAD, by=manager)
    assert (lead.lost_reason, lead.decided_on) == ("", None)


def test_a_decision_is_not_dated_in_the_future(valmiera, manager):
    lead = walk(LeadFactory(city=valmiera), manager, Stage.VISIT)
    with pytest.raises(services.LeadError):
        services.lead_transition(
            lead=lead, to=Stage.WON, by=manager, on=timezone.localdate() + dt.timedelta(days=1)
        )


def test_won_makes_an_organisation_and_counts_once_per_organisation(valmiera, manager):
    lead = walk(LeadFactory(city=valmiera, company="Windarc SIA"), manager, Stage.INFO_PACK, Stage.VISIT)
    day = timezone.localdate() - dt.timedelta(days=3)
    lead = services.lead_transition(lead=lead, to=Stage.WON, by=manager, on=day)
    assert lead.organisation is not None and lead.organisation.name == "Windarc SIA"
    assert lead.organisation.city == valmiera
    records = OutcomeRecord.objects.filter(indicator=Indicator.INVESTOR_ATTRACTED)
    assert [(r.organisation_id, r.occurred_on, r.programme) for r in records] == [
        (lead.organisation.pk, day, "investors")
    ]
    # A second lead of the same company, won again, is the same investor: nothing more is counted.
    second = walk(LeadFactory(city=valmiera, organisation=lead.organisation), manager, Stage.VISIT, Stage.WON)
    assert second.organisation == lead.organisation
    assert records.count() == 1
    services.lead_transition(lead=second, to=Stage.AFTERCARE, by=manager)
    assert records.count() == 1


def test_a_transition_is_audited_and_on_the_timeline(valmiera, manager):
    lead = walk(LeadFactory(city=valmiera), manager, Stage.INFO_PACK)
    event = AuditEvent.objects.filter(action=AuditAction.CHANGE, object_id=str(lead.pk)).get()
    assert event.details["stage"] == ["lead", "info_pack"]
    entry = lead.activities.get()
    assert (entry.kind, entry.to_stage) == (ActivityKind.STAGE, "info_pack")


def test_only_the_citys_managers_and_admins_change_leads(valmiera, ventspils_manager, outsider, city_admin):
    lead = LeadFactory(city=valmiera)
    for user in (ventspils_manager, outsider):
        with pytest.raises(services.NotAllowed):
            services.lead_transition(lead=lead, to=Stage.INFO_PACK, by=user)
        with pytest.raises(services.NotAllowed):
            services.activity_add(lead=lead, by=user, kind="note", text="x")
        with pytest.raises(services.NotAllowed):
            services.lead_viewed(lead=lead, by=user, address=None)
        with pytest.raises(services.NotAllowed):
            services.lead_create(city=valmiera, by=user, data={})
    services.lead_transition(lead=lead, to=Stage.INFO_PACK, by=city_admin)


def test_tasks_and_visits_need_a_date_and_aftercare_a_won_investor(valmiera, manager):
    lead = LeadFactory(city=valmiera)
    with pytest.raises(services.LeadError):
        services.activity_add(lead=lead, by=manager, kind="task", text="Call back")
    with pytest.raises(services.LeadError):
        services.activity_add(
            lead=lead, by=manager, kind="aftercare", text="Visit", due_on=timezone.localdate()
        )
    with pytest.raises(services.LeadError):
        services.activity_add(lead=lead, by=manager, kind="stage", text="forged")
    with pytest.raises(services.LeadError):
        services.activity_add(lead=lead, by=manager, kind="note", text="   ")
    task = services.activity_add(
        lead=lead, by=manager, kind="task", text="Call back", due_on=timezone.localdate()
    )
    services.activity_done(activity=task, by=manager)
    task.refresh_from_db()
    assert task.done_at is not None


def test_inquiry_makes_a_lead_assigned_in_turn_and_tells_the_managers(
    valmiera, manager, user_with_role, django_capture_on_commit_callbacks
):
    from microcity.accounts.models import Role

    other = user_with_role(Role.INVESTMENT_MANAGER, valmiera, email="second@valmiera.example.lv")
    LeadFactory(city=valmiera, manager=manager)
    data = {
        "company": "Seaweed Foods Oy",
        "country": "FI",
        "sector": "C",
        "size": "micro",
        "contact_name": "Elina Mäkinen",
        "contact_email": "elina@seaweed.example.com",
        "contact_phone": "",
        "project": "A factory for seaweed snacks.",
        "planned_jobs": 15,
        "planned_capital_eur": Decimal("1200000"),
    }
    with django_capture_on_commit_callbacks(execute=True):
        lead = services.inquiry_submit(city=valmiera, data=data, language="en")
    assert (lead.source, lead.manager, lead.stage) == ("inquiry", other, "lead")
    assert lead.consent_given_at is not None
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == sorted(["elina@seaweed.example.com", manager.email, other.email])
    # The managers' notice names no company: e-mail leaves the platform.
    notices = [m for m in mail.outbox if m.to != ["elina@seaweed.example.com"]]
    assert all("Seaweed" not in m.body + m.subject for m in notices)
    assert selectors.new_inquiries(user=manager, city=valmiera) == 1


def test_city_figures_are_live_grouped_and_suppressed(valmiera, monkeypatch):
    figures = [
        registry.WorkforceFigure("test.jobs", "Open jobs", "7", 12, Decimal("1200.00"), Decimal("2100.00")),
        registry.WorkforceFigure("test.jobs", "Open jobs", "2", 3, Decimal("2400"), Decimal("3900")),
        registry.WorkforceFigure("test.people", "People", "", 4),
    ]
    monkeypatch.setattr(registry.workforce_figures, "_providers", {"talent.test": (0, lambda city: figures)})
    valmiera.population = 22600
    data = selectors.city_figures(city=valmiera)
    assert data["population"] == 22600
    rows = {row["group"]: row for row in data["rows"]}
    assert rows["7"]["cells"] == [12] and rows["7"]["salary"] == ["1200", "2100"]
    # Three open jobs in a group could point at an employer: shown as "under 5", with no salary.
    assert rows["2"]["cells"] == [None] and "salary" not in rows["2"]
    assert {t["key"]: t["count"] for t in data["totals"]} == {"test.jobs": 15, "test.people": 4}


def test_suppression():
    assert [suppressed(n) for n in (0, 1, 4, 5, 9)] == [0, None, None, 5, 9]


def test_talent_contributes_its_open_jobs(valmiera):
    from microcity.talent.tests.conftest import job_data

    employer = OrganisationFactory(city=valmiera)
    for _ in range(6):
        Job.objects.create(organisation=employer, city=valmiera, status=JobStatus.PUBLISHED, **job_data())
    Job.objects.create(organisation=employer, city=valmiera, status=JobStatus.DRAFT, **job_data())
    data = selectors.city_figures(city=valmiera)
    jobs = {t["key"]: t["count"] for t in data["totals"]}["talent.open_jobs"]
    assert jobs == 6
    assert [row["group"] for row in data["rows"]] == ["2"]


def test_info_pack_keeps_the_figures_and_is_sent_as_pdf(
    valmiera, manager, django_capture_on_commit_callbacks
):
    lead = LeadFactory(city=valmiera, language="en")
    site, incentive = SiteFactory(city=valmiera), IncentiveFactory(city=valmiera)
    with django_capture_on_commit_callbacks(execute=True):
        pack = services.info_pack_make(
            lead=lead,
            by=manager,
            language="lv",
            sites=[site],
            incentives=[incentive],
            message="Sveiki!",
            send=True,
        )
    lead.refresh_from_db()
    assert lead.stage == Stage.INFO_PACK
    assert pack.figures["as_of"] == timezone.localdate().isoformat()
    [message] = mail.outbox
    assert message.to == [lead.contact_email]
    name, content, mimetype = message.attachments[0]
    assert mimetype == "application/pdf" and content.startswith(b"%PDF")
    assert lead.activities.filter(kind=ActivityKind.INFO_PACK).exists()


def test_info_pack_takes_only_the_citys_own_sites(valmiera, ventspils, manager):
    lead = LeadFactory(city=valmiera)
    with pytest.raises(services.NotAllowed):
        services.info_pack_make(
            lead=lead, by=manager, language="en", sites=[SiteFactory(city=ventspils)], incentives=[]
        )
    with pytest.raises(services.LeadError):
        services.info_pack_make(lead=lead, by=manager, language="en", sites=[], incentives=[])


def test_hiring_plan_becomes_draft_job_posts_once(valmiera, manager):
    lead = walk(LeadFactory(city=valmiera), manager, Stage.VISIT, Stage.WON)
    welder = Occupation.objects.get(code="7212")
    with pytest.raises(services.LeadError):
        services.hiring_line_add(
            lead=lead,
            by=manager,
            occupation=Occupation.objects.get(code="72"),
            count=3,
            needed_by=timezone.localdate(),
            salary_min=Decimal(1),
            salary_max=Decimal(2),
        )
    services.hiring_line_add(
        lead=lead,
        by=manager,
        occupation=welder,
        count=12,
        needed_by=timezone.localdate() + dt.timedelta(days=90),
        salary_min=Decimal("1400"),
        salary_max=Decimal("1900"),
    )
    assert services.hiring_plan_hand_over(lead=lead, by=manager) == 1
    assert services.hiring_plan_hand_over(lead=lead, by=manager) == 0
    job = Job.objects.get()
    assert (job.status, job.organisation, job.city, job.occupation) == (
        "draft",
        lead.organisation,
        valmiera,
        welder,
    )
    assert (job.salary_min, job.salary_max) == (Decimal("1400"), Decimal("1900"))
    # The same plan is retraining demand for the courses coordinator, through the registry.
    [need] = registry.hiring_plans.needs_for_city(valmiera)
    assert (need.occupation, need.count, need.organisation) == (welder, 12, lead.organisation)


def test_draft_job_posts_only_for_won_investors(valmiera, manager):
    lead = walk(LeadFactory(city=valmiera), manager, Stage.VISIT, Stage.NEGOTIATION)
    with pytest.raises(services.LeadError):
        services.hiring_plan_hand_over(lead=lead, by=manager)


def test_reminders_once_per_task(valmiera, manager):
    lead = LeadFactory(city=valmiera, manager=manager)
    services.activity_add(lead=lead, by=manager, kind="task", text="Send NDA", due_on=timezone.localdate())
    assert services.tasks_remind() == 1
    assert services.tasks_remind() == 0
    assert mail.outbox[0].to == [manager.email]
    assert (
        selectors.overdue_count(
            user=manager, city=valmiera, today=timezone.localdate() + dt.timedelta(days=1)
        )
        == 1
    )


def test_lost_leads_are_anonymised_after_the_retention_period(valmiera, manager):
    old = LeadFactory(city=valmiera)
    services.activity_add(lead=old, by=manager, kind="note", text="Private note about Jonas")
    old = services.lead_transition(
        lead=old,
        to=Stage.LOST,
        by=manager,
        lost_reason="costs",
        on=timezone.localdate() - dt.timedelta(days=800),
    )
    recent = services.lead_transition(
        lead=LeadFactory(city=valmiera), to=Stage.LOST, by=manager, lost_reason="costs"
    )
    assert services.leads_anonymise() == 1
    old.refresh_from_db()
    assert (old.contact_name, old.contact_email, old.anonymised_at is not None) == ("—", "", True)
    assert not old.activities.filter(text__contains="Jonas").exists()
    assert old.activities.filter(kind="stage").exists()  # the report still knows the path
    recent.refresh_from_db()
    assert recent.anonymised_at is None
    with pytest.raises(services.LeadError):
        services.lead_transition(lead=old, to=Stage.LEAD, by=manager)
    assert services.leads_anonymise() == 0


def test_report_funnel_and_time_in_stage(valmiera, manager):
    start = timezone.now() - dt.timedelta(days=30)
    lead = services.lead_create(
        city=valmiera,
        by=manager,
        now=start,
        data={
            "company": "A",
            "country": "DE",
            "sector": "C",
            "contact_name": "X",
            "source": "liaa",
            "planned_jobs": 10,
            "planned_capital_eur": Decimal(100),
        },
    )
    services.lead_transition(lead=lead, to=Stage.INFO_PACK, by=manager, now=start + dt.timedelta(days=10))
    services.lead_transition(
        lead=Lead.objects.get(pk=lead.pk),
        to=Stage.LOST,
        by=manager,
        lost_reason="costs",
        now=start + dt.timedelta(days=20),
    )
    LeadFactory(city=valmiera)
    data = selectors.report(user=manager, city=valmiera)
    steps = {row["stage"].value: row for row in data["funnel"]}
    assert [steps[s]["count"] for s in ("lead", "info_pack", "visit", "negotiation", "won")] == [
        2,
        1,
        0,
        0,
        0,
    ]
    assert steps["info_pack"]["rate"] == 50
    assert steps["info_pack"]["days"] == 10
    assert data["total"] == 2
