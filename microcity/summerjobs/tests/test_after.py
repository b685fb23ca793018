"""After the summer job: payroll rows and their exports (who sees which rows, CSV and XLSX parsed back),
feedback once per side, the certificate of work (number, portfolio entry, the ledger counting a youth
once) and every page and download for every role that could leak something."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import GuardianLinkFactory, MembershipFactory, UserFactory
from microcity.careers.models import Entry
from microcity.core.models import AuditAction, AuditEvent, Indicator, OutcomeRecord
from microcity.core.tests.factories import OrganisationFactory, PersonFactory
from microcity.summerjobs.after import services
from microcity.summerjobs.models import (
    Assignment,
    AssignmentStatus,
    Contract,
    Feedback,
    MatchRun,
    MatchRunKind,
    MatchRunStatus,
    PlacementPeriod,
    PriorityKind,
    TimesheetEntry,
    WorkCertificate,
)
from microcity.summerjobs.pay import payroll as pay_payroll
from microcity.summerjobs.tests.factories import PriorityGroupFactory, SeasonFactory, SeasonPeriodFactory
from microcity.summerjobs.workflows import NotAllowed, SummerJobsError

pytestmark = pytest.mark.django_db
D = Decimal
PAST = 2026  # the tests run after this summer; the jobs are over
TODAY = dt.date(PAST, 11, 1)


@pytest.fixture
def season(valmiera):
    return SeasonFactory(city=valmiera, name="Valmieras vasaras darbi", year=PAST)


@pytest.fixture
def june(season):
    return SeasonPeriodFactory(
        season=season, name="Jūnijs", starts_on=dt.date(PAST, 6, 1), ends_on=dt.date(PAST, 6, 19)
    )


def _run(season):
    return MatchRun.objects.filter(season=season).first() or MatchRun.objects.create(
        season=season,
        kind=MatchRunKind.INITIAL,
        status=MatchRunStatus.PUBLISHED,
        seed="seed",
        inputs_digest="0" * 64,
        published_at=timezone.now(),
    )


def work(assignment, days, confirmed=True, start="09:00", end="13:00"):
    """Four hours a day on the first `days` working days of the period (Monday 1 June 2026 onwards)."""
    first = assignment.period.starts_on
    for index in range(days):
        TimesheetEntry.objects.create(
            assignment=assignment,
            day=first + dt.timedelta(days=index + 2 * (index // 5)),
            start=dt.time.fromisoformat(start),
            end=dt.time.fromisoformat(end),
            confirmed_at=timezone.now() if confirmed else None,
        )


@pytest.fixture
def make_job(season, june, placement_with, applicant):
    """make_job(organisation, first_name=…) → an accepted job in June 2026 of a youth with an account."""

    def make(organisation, status=AssignmentStatus.ACCEPTED, youth=None, **fields):
        placement = placement_with({june: 3}, organisation=organisation, workplace=f"Dārzs {organisation.pk}")
        application = applicant([placement], [june], youth={"user": UserFactory(), **(youth or {})}, **fields)
        now = timezone.now()
        return Assignment.objects.create(
            run=_run(season),
            application=application,
            placement_period=PlacementPeriod.objects.get(placement=placement, period=june),
            period=june,
            choice_rank=1,
            lottery_number=application.pk,
            status=status,
            offered_at=now,
            deadline=now + dt.timedelta(days=5),
            responded_at=now,
        )

    return make


@pytest.fixture
def other_employer(valmiera):
    return OrganisationFactory(city=valmiera, name="SIA Cits")


@pytest.fixture
def other_rep(other_employer):
    user = UserFactory()
    MembershipFactory(
        user=user, city=other_employer.city, role=Role.EMPLOYER_REPRESENTATIVE, organisation=other_employer
    )
    return user


@pytest.fixture
def ventspils_coordinator(ventspils):
    user = UserFactory()
    MembershipFactory(user=user, city=ventspils, role=Role.PROGRAMME_COORDINATOR)
    return user


@pytest.fixture
def jobs(make_job, employer, other_employer):
    """Ours: Anna with 15 confirmed days and one unconfirmed; theirs: Pēteris with 5 confirmed days."""
    ours = make_job(employer, youth={"first_name": "Anna", "last_name": "Bērziņa"})
    work(ours, 15)
    TimesheetEntry.objects.create(
        assignment=ours, day=dt.date(PAST, 6, 19), start=dt.time(14), end=dt.time(16), confirmed_at=None
    )
    theirs = make_job(other_employer, youth={"first_name": "Pēteris", "last_name": "Ozols"})
    work(theirs, 5)
    return {"ours": ours, "theirs": theirs}


def client(user):
    c = Client()
    c.force_login(user)
    return c


def url(name, **kwargs):
    return reverse(f"summerjobs:{name}", kwargs={"city": "valmiera", **kwargs})


# --- Payroll rows ---------------------------------------------------------------------------------


def test_pay_comes_from_confirmed_hours_only(jobs, coordinator, season):
    rows = {row.assignment.pk: row for row in pay_payroll.payroll_rows(season=season, user=coordinator)}
    anna = rows[jobs["ours"].pk]
    assert anna.worked.confirmed_hours == D("60.00") and anna.worked.days_worked == 15
    assert anna.worked.unconfirmed_hours == D("2.00")
    assert anna.contract_number == "" and anna.line.rate == D("4.6429")
    assert (anna.line.gross, anna.line.subsidy, anna.line.supervisor) == (
        D("278.57"),
        D("139.29"),
        D("27.86"),
    )
    assert (anna.starts_on, anna.ends_on) == (dt.date(PAST, 6, 1), dt.date(PAST, 6, 19))
    peteris = rows[jobs["theirs"].pk]
    assert peteris.worked.confirmed_hours == D("20.00")
    assert peteris.line.gross == D("92.86")  # 20 × 4.6429 = 92.858


def test_the_contract_sets_rate_dates_and_number(jobs, coordinator, season):
    Contract.objects.create(
        assignment=jobs["ours"],
        number="VAL-2026-0007",
        starts_on=dt.date(PAST, 6, 1),
        ends_on=dt.date(PAST, 6, 26),
        hours_per_day=D("4"),
        hourly_rate=D("5.0000"),
    )
    row = next(
        r for r in pay_payroll.payroll_rows(season=season, user=coordinator) if r.assignment == jobs["ours"]
    )
    assert row.contract_number == "VAL-2026-0007" and row.ends_on == dt.date(PAST, 6, 26)
    assert row.line.rate == D("5.0000") and row.line.gross == D("300.00")
    assert row.line.subsidy == D("139.29")  # the subsidy stays a share of the minimum wage
    assert row.line.employer_cost == D("160.71")


def test_only_a_checked_disability_earns_the_higher_subsidy(make_job, employer, season, coordinator):
    group = PriorityGroupFactory(season=season, kind=PriorityKind.DISABILITY, rank=1)
    checked = make_job(employer, priority_group=group, priority_verified_at=timezone.now())
    claimed = make_job(employer, priority_group=group)
    work(checked, 5)
    work(claimed, 5)
    rows = {row.assignment.pk: row for row in pay_payroll.payroll_rows(season=season, user=coordinator)}
    assert rows[checked.pk].line.subsidy == D("92.86") and rows[checked.pk].subsidy_share == D("1.000")
    assert rows[claimed.pk].line.subsidy == D("46.43") and rows[claimed.pk].subsidy_share == D("0.500")


def test_who_sees_which_rows(jobs, season, coordinator, rep, other_rep, ventspils_coordinator):
    def names(user):
        return {row.youth.first_name for row in pay_payroll.payroll_rows(season=season, user=user)}

    assert names(coordinator) == {"Anna", "Pēteris"}
    assert names(rep) == {"Anna"}
    assert names(other_rep) == {"Pēteris"}
    assert names(ventspils_coordinator) == set()
    assert names(jobs["ours"].application.youth.user) == set()


def test_declined_offers_without_hours_are_not_payroll_rows(make_job, employer, season, coordinator):
    make_job(employer, status=AssignmentStatus.DECLINED)
    gave_up = make_job(employer, status=AssignmentStatus.DECLINED)
    work(gave_up, 2)
    rows = pay_payroll.payroll_rows(season=season, user=coordinator)
    assert [row.assignment for row in rows] == [gave_up]
    assert rows[0].line.gross == D("37.14")  # the confirmed 8 hours are still paid


def test_payroll_rows_take_a_fixed_number_of_queries(make_job, employer, season, coordinator):
    def count():
        with CaptureQueriesContext(connection) as queries:
            pay_payroll.payroll_rows(season=season, user=coordinator)
        return len(queries)

    work(make_job(employer), 3)
    count()  # the coordinator's memberships are read once per user object
    one = count()
    for _ in range(4):
        work(make_job(employer), 3)
    assert count() == one <= 4


def test_claims_per_employer(jobs, season, coordinator):
    claims = pay_payroll.employer_claims(pay_payroll.payroll_rows(season=season, user=coordinator))
    by_name = {claim.organisation.name: claim for claim in claims}
    assert by_name["SIA Valmieras Dārzi"].totals.subsidy == D("139.29")
    assert by_name["SIA Cits"].totals.subsidy == D("46.43")
    assert by_name["SIA Cits"].youths == 1 and by_name["SIA Cits"].totals.jobs == 1


# --- Exports ----------------------------------------------------------------------------------------


def parse_csv(content):
    assert content.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


def test_payroll_csv_for_latvian_excel_with_an_audit_row(jobs, season, coordinator):
    exported = pay_payroll.payroll_export(season=season, by=coordinator, kind="payroll", fmt="csv")
    assert exported.filename.endswith(".csv") and exported.rows == 2
    table = parse_csv(exported.content)
    header, rows = table[0], {row[0]: dict(zip(table[0], row, strict=True)) for row in table[1:]}
    assert header[:3] == ["First name", "Last name", "Employer"]
    anna = rows["Anna"]
    assert anna["Confirmed hours"] == "60,00" and anna["Unconfirmed hours (not paid)"] == "2,00"
    assert anna["Hourly rate"] == "4,6429" and anna["Gross pay"] == "278,57"
    assert anna["Employer subsidy"] == "139,29" and anna["First day"] == "2026-06-01"
    assert anna["Currency"] == "EUR"
    event = AuditEvent.objects.get(action=AuditAction.EXPORT, object_id=str(season.pk))
    assert event.actor == coordinator and event.details["rows"] == 2 and event.details["export"] == "payroll"


def test_an_employer_exports_only_its_own_rows(jobs, season, rep):
    table = parse_csv(pay_payroll.payroll_export(season=season, by=rep, kind="payroll", fmt="csv").content)
    assert [row[0] for row in table[1:]] == ["Anna"]
    claims = parse_csv(pay_payroll.payroll_export(season=season, by=rep, kind="claims", fmt="csv").content)
    assert [row[0] for row in claims[1:]] == ["SIA Valmieras Dārzi", "Total"]
    assert AuditEvent.objects.filter(action=AuditAction.EXPORT, actor=rep).count() == 2


def test_exports_are_refused_to_youths_and_other_cities(jobs, season, ventspils_coordinator):
    for user in (jobs["ours"].application.youth.user, ventspils_coordinator):
        with pytest.raises(NotAllowed):
            pay_payroll.payroll_export(season=season, by=user, kind="payroll", fmt="csv")
    assert not AuditEvent.objects.filter(action=AuditAction.EXPORT).exists()


def test_xlsx_exports_have_numbers_formats_and_a_frozen_bold_header(jobs, season, coordinator):
    from openpyxl import load_workbook

    exported = pay_payroll.payroll_export(season=season, by=coordinator, kind="payroll", fmt="xlsx")
    sheet = load_workbook(io.BytesIO(exported.content)).active
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.bold
    header = [cell.value for cell in sheet[1]]
    rows = {
        row[0]: dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=2, values_only=True)
    }
    anna = rows["Anna"]
    assert D(str(anna["Gross pay"])) == D("278.57") and D(str(anna["Confirmed hours"])) == D("60")
    assert anna["First day"].date() == dt.date(PAST, 6, 1)
    gross = sheet.cell(row=2, column=header.index("Gross pay") + 1)
    assert gross.number_format == "#,##0.00" and sheet.column_dimensions["A"].width >= 12

    claims = load_workbook(
        io.BytesIO(
            pay_payroll.payroll_export(season=season, by=coordinator, kind="claims", fmt="xlsx").content
        )
    ).active
    values = list(claims.iter_rows(values_only=True))
    total = values[-1]
    assert total[0] == "Total" and claims.cell(row=len(values), column=1).font.bold
    assert D(str(total[values[0].index("Employer subsidy")])) == D("185.72")  # 139.29 + 46.43


def test_exports_cannot_carry_spreadsheet_formulas(make_job, employer, season, coordinator):
    work(make_job(employer, youth={"first_name": '=HYPERLINK("http://x")', "last_name": "Z"}), 1)
    table = parse_csv(
        pay_payroll.payroll_export(season=season, by=coordinator, kind="payroll", fmt="csv").content
    )
    assert table[1][0] == '\'=HYPERLINK("http://x")'
    from openpyxl import load_workbook

    xlsx = pay_payroll.payroll_export(season=season, by=coordinator, kind="payroll", fmt="xlsx").content
    cell = load_workbook(io.BytesIO(xlsx)).active["A2"]
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("http://x")'


# --- Feedback ---------------------------------------------------------------------------------------


def give(assignment, role, by, **answers):
    values = {"rating": 5, "would_repeat": "yes", **answers}
    return services.feedback_submit(assignment=assignment, role=role, by=by, today=TODAY, **values)


def test_each_side_gives_feedback_once(jobs, rep):
    job = jobs["ours"]
    youth = job.application.youth.user
    feedback = give(job, "youth", youth, learned="Kā kopt rozes", would_offer_without_programme="no")
    assert feedback.would_offer_without_programme == ""  # not a youth's question
    with pytest.raises(SummerJobsError, match="only once"):
        give(job, "youth", youth)
    with pytest.raises(SummerJobsError, match="without the programme"):
        give(job, "employer", rep)
    give(job, "employer", rep, rating=4, would_offer_without_programme="no")
    assert Feedback.objects.filter(assignment=job).count() == 2
    assert AuditEvent.objects.filter(object_type__model="feedback", action=AuditAction.CREATE).count() == 2


def test_feedback_waits_until_the_job_is_over(jobs):
    job = jobs["ours"]
    with pytest.raises(SummerJobsError, match="once the job is over"):
        services.feedback_submit(
            assignment=job,
            role="youth",
            by=job.application.youth.user,
            rating=5,
            would_repeat="yes",
            today=dt.date(PAST, 6, 19),  # the last day itself
        )


def test_who_may_give_which_feedback(jobs, rep, other_rep, coordinator, valmiera):
    job = jobs["ours"]
    other_youth = jobs["theirs"].application.youth.user
    for user, role in [
        (other_youth, "youth"),
        (other_rep, "employer"),
        (coordinator, "employer"),
        (rep, "youth"),
    ]:
        with pytest.raises(NotAllowed):
            give(job, role, user, would_offer_without_programme="yes")
    parent = PersonFactory(user=UserFactory(), city=valmiera)
    GuardianLinkFactory(guardian=parent, youth=job.application.youth)
    assert give(job, "youth", parent.user).submitted_by == parent.user


def test_feedback_results(jobs, rep, other_rep, season):
    give(jobs["ours"], "youth", jobs["ours"].application.youth.user, rating=5)
    give(jobs["theirs"], "youth", jobs["theirs"].application.youth.user, rating=2, would_repeat="no")
    give(jobs["ours"], "employer", rep, rating=4, would_offer_without_programme="no")
    give(jobs["theirs"], "employer", other_rep, rating=3, would_offer_without_programme="yes")
    results = services.feedback_results(season=season, today=TODAY)
    youth, employer = results.roles
    assert (youth.count, youth.average_rating) == (2, 3.5)
    assert (employer.count, employer.average_rating) == (2, 3.5)
    assert {a.answer: a.share for a in youth.would_repeat} == {"yes": 50.0, "no": 50.0, "not_sure": 0.0}
    assert {a.answer: a.count for a in results.additionality} == {"yes": 1, "no": 1, "not_sure": 0}
    assert results.jobs_over == 2 and results.additionality_count == 2


# --- Certificates -----------------------------------------------------------------------------------


def test_issuing_a_certificate(jobs, rep, season):
    job = jobs["ours"]
    certificate = services.certificate_issue(assignment=job, by=rep, today=TODAY)
    assert certificate.number == f"SJ-VALMIERA-{PAST}-00001"
    assert (certificate.days_worked, certificate.hours_worked) == (15, D("60.00"))
    assert certificate.issued_on == TODAY and certificate.issued_by == rep
    entry = Entry.objects.get(source_key=f"summerjobs.assignment:{job.pk}")
    assert entry.portfolio.person == job.application.youth and entry.section == "experience"
    assert entry.organisation_name == "SIA Valmieras Dārzi" and entry.hours == 60
    assert entry.occupation.code == "9214" and entry.verified_at is not None
    assert (entry.starts_on, entry.ends_on) == (dt.date(PAST, 6, 1), dt.date(PAST, 6, 19))
    assert certificate.number in entry.description
    record = OutcomeRecord.objects.get(indicator=Indicator.SUMMER_JOB_COMPLETED)
    assert record.person == job.application.youth and record.city == season.city
    assert record.programme == "summerjobs" and record.occurred_on == dt.date(PAST, 6, 19)
    assert AuditEvent.objects.filter(object_type__model="workcertificate", action=AuditAction.CREATE).exists()


def test_issuing_twice_changes_nothing_and_counts_once(jobs, rep, coordinator):
    job = jobs["ours"]
    first = services.certificate_issue(assignment=job, by=rep, today=TODAY)
    again = services.certificate_issue(assignment=job, by=coordinator, today=TODAY)
    assert again == first and WorkCertificate.objects.count() == 1
    assert OutcomeRecord.objects.filter(indicator=Indicator.SUMMER_JOB_COMPLETED).count() == 1
    assert Entry.objects.filter(source_key=f"summerjobs.assignment:{job.pk}").count() == 1


def test_numbers_run_per_city_and_year(jobs, coordinator):
    services.certificate_issue(assignment=jobs["theirs"], by=coordinator, today=TODAY)
    second = services.certificate_issue(assignment=jobs["ours"], by=coordinator, today=TODAY)
    assert second.number == f"SJ-VALMIERA-{PAST}-00002"


def test_a_certificate_needs_the_end_of_the_job_and_confirmed_hours(jobs, make_job, employer, rep):
    with pytest.raises(SummerJobsError, match="once the job is over"):
        services.certificate_issue(assignment=jobs["ours"], by=rep, today=dt.date(PAST, 6, 19))
    idle = make_job(employer)
    work(idle, 3, confirmed=False)
    with pytest.raises(SummerJobsError, match="confirmed working hours"):
        services.certificate_issue(assignment=idle, by=rep, today=TODAY)
    declined = make_job(employer, status=AssignmentStatus.DECLINED)
    work(declined, 1)
    with pytest.raises(SummerJobsError, match="accepted"):
        services.certificate_issue(assignment=declined, by=rep, today=TODAY)
    assert not WorkCertificate.objects.exists() and not OutcomeRecord.objects.exists()


def test_who_may_issue_a_certificate(jobs, other_rep, ventspils_coordinator, valmiera):
    job = jobs["ours"]
    parent = PersonFactory(user=UserFactory(), city=valmiera)
    GuardianLinkFactory(guardian=parent, youth=job.application.youth)
    for user in (other_rep, ventspils_coordinator, job.application.youth.user, parent.user):
        with pytest.raises(NotAllowed):
            services.certificate_issue(assignment=job, by=user, today=TODAY)


def test_the_coordinator_issues_all_completed_certificates(
    jobs, make_job, employer, season, coordinator, rep
):
    idle = make_job(employer)  # no hours: left out
    issued = services.certificates_issue_all(season=season, by=coordinator, today=TODAY)
    assert len(issued.issued) == 2 and not issued.refused
    assert not WorkCertificate.objects.filter(assignment=idle).exists()
    assert services.certificates_issue_all(season=season, by=coordinator, today=TODAY).issued == []
    assert OutcomeRecord.objects.filter(indicator=Indicator.SUMMER_JOB_COMPLETED).count() == 2
    with pytest.raises(NotAllowed):
        services.certificates_issue_all(season=season, by=rep, today=TODAY)


def test_certificate_pdf_says_what_was_done(jobs, rep):
    from pypdf import PdfReader

    from microcity.core.certificates import certificate_pdf

    certificate = services.certificate_issue(assignment=jobs["ours"], by=rep, today=TODAY)
    data = services.certificate_data(certificate=certificate, language="en")
    content = certificate_pdf(data, language="en")
    assert content.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(content))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert len(reader.pages) == 1
    for expected in (
        "Certificate of work",
        "Anna Bērziņa",
        "SIA Valmieras Dārzi",
        certificate.number,
        "60.00",
    ):
        assert expected in text, expected
    assert "VALMIERA" in text.upper() and "9214" in text


# --- Pages --------------------------------------------------------------------------------------------


def test_the_overview_for_each_role(jobs, coordinator, rep, other_rep, ventspils_coordinator):
    page = client(coordinator).get(url("after"))
    assert page.status_code == 200
    assert "Anna Bērziņa" in page.text and "Pēteris Ozols" in page.text
    assert 'data-action="issue-all"' in page.text
    own = client(rep).get(url("after"))
    assert own.status_code == 200 and "Anna Bērziņa" in own.text and "Pēteris" not in own.text
    assert 'data-action="issue-all"' not in own.text
    theirs = client(other_rep).get(url("after"))
    assert "Anna" not in theirs.text and "Pēteris Ozols" in theirs.text
    assert client(ventspils_coordinator).get(url("after")).status_code == 403
    assert client(jobs["ours"].application.youth.user).get(url("after")).status_code == 403
    assert Client().get(url("after")).status_code == 302


def test_downloads_for_each_role(jobs, coordinator, rep, ventspils_coordinator):
    for kind in ("payroll", "claims"):
        for fmt in ("csv", "xlsx"):
            response = client(coordinator).get(url("after_export", kind=kind, fmt=fmt))
            assert response.status_code == 200, (kind, fmt)
            assert "attachment" in response["Content-Disposition"]
    csv_rows = parse_csv(client(rep).get(url("after_export", kind="payroll", fmt="csv")).content)
    assert [row[0] for row in csv_rows[1:]] == ["Anna"]
    assert client(rep).get(url("after_export", kind="salaries", fmt="csv")).status_code == 404
    assert (
        client(ventspils_coordinator).get(url("after_export", kind="payroll", fmt="csv")).status_code == 403
    )
    assert (
        client(jobs["ours"].application.youth.user)
        .get(url("after_export", kind="payroll", fmt="xlsx"))
        .status_code
        == 403
    )
    assert Client().get(url("after_export", kind="payroll", fmt="csv")).status_code == 302
    assert AuditEvent.objects.filter(action=AuditAction.EXPORT).count() == 5


def test_the_job_page_for_each_role(jobs, coordinator, rep, other_rep, ventspils_coordinator, valmiera):
    job = jobs["ours"]
    parent = PersonFactory(user=UserFactory(), city=valmiera)
    GuardianLinkFactory(guardian=parent, youth=job.application.youth)
    page = url("after_job", pk=job.pk)
    for user in (job.application.youth.user, parent.user, rep, coordinator):
        response = client(user).get(page)
        assert response.status_code == 200 and "Anna Bērziņa" in response.text
    assert 'data-subsidy="139.29"' in client(rep).get(page).text
    assert "data-subsidy" not in client(job.application.youth.user).get(page).text
    for user in (jobs["theirs"].application.youth.user, other_rep, ventspils_coordinator):
        assert client(user).get(page).status_code == 404
    assert Client().get(page).status_code == 302


def test_the_feedback_form(jobs, rep):
    job = jobs["ours"]
    youth = client(job.application.youth.user)
    form = url("after_feedback_form", pk=job.pk, role="youth")
    page = youth.get(form)
    assert page.status_code == 200 and "Would you like to work in this profession" in page.text
    assert "without the programme" not in page.text
    invalid = youth.post(form, {"would_repeat": "yes"})
    assert (
        invalid.status_code == 200
        and "error-summary" in invalid.text
        and 'href="#id_rating_0"' in invalid.text
    )
    assert youth.post(form, {"rating": "5", "would_repeat": "yes", "learned": "Rozes"}).status_code == 302
    again = youth.post(form, {"rating": "1", "would_repeat": "no"}, follow=True)
    assert "only once" in again.text
    assert Feedback.objects.get(assignment=job, role="youth").rating == 5
    assert youth.get(url("after_feedback_form", pk=job.pk, role="employer")).status_code == 404
    employer_form = client(rep).get(url("after_feedback_form", pk=job.pk, role="employer"))
    assert "without the programme" in employer_form.text
    response = client(rep).post(
        url("after_feedback_form", pk=job.pk, role="employer"),
        {"rating": "4", "would_repeat": "yes", "would_offer_without_programme": "no"},
    )
    assert response.status_code == 302 and Feedback.objects.filter(assignment=job).count() == 2


def test_issuing_and_downloading_a_certificate_through_the_pages(jobs, rep, other_rep, coordinator):
    job = jobs["ours"]
    youth_user = job.application.youth.user
    assert client(youth_user).post(url("after_certificate_issue", pk=job.pk)).status_code == 403
    assert client(other_rep).post(url("after_certificate_issue", pk=job.pk)).status_code == 404
    assert client(youth_user).get(url("after_certificate", pk=job.pk)).status_code == 404  # not issued yet
    assert client(rep).post(url("after_certificate_issue", pk=job.pk)).status_code == 302
    certificate = WorkCertificate.objects.get(assignment=job)
    mine = client(youth_user).get(url("mine"))
    assert url("after_certificate", pk=job.pk) in mine.text and url("after_job", pk=job.pk) in mine.text
    pdf = client(youth_user).get(url("after_certificate", pk=job.pk))
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    assert not AuditEvent.objects.filter(
        object_type__model="workcertificate", action=AuditAction.VIEW
    ).exists()
    assert client(coordinator).get(url("after_certificate", pk=job.pk)).status_code == 200
    assert AuditEvent.objects.filter(
        object_type__model="workcertificate", action=AuditAction.VIEW, actor=coordinator
    ).exists()
    lv = client(youth_user).get(f"/lv/valmiera/summer-jobs/after/jobs/{job.pk}/certificate.pdf")
    assert lv.status_code == 200 and lv.content.startswith(b"%PDF")
    for user in (other_rep, jobs["theirs"].application.youth.user):
        assert client(user).get(url("after_certificate", pk=job.pk)).status_code == 404
    assert certificate.number in client(youth_user).get(url("after_job", pk=job.pk)).text


def test_bulk_issue_and_feedback_results_pages(jobs, coordinator, rep, ventspils_coordinator, season):
    assert client(rep).post(url("after_issue_all")).status_code == 403
    response = client(coordinator).post(url("after_issue_all"), {"season": season.pk}, follow=True)
    assert response.status_code == 200 and "Certificates issued: 2" in response.text
    assert WorkCertificate.objects.count() == 2
    give(jobs["ours"], "employer", rep, would_offer_without_programme="no")
    results = client(coordinator).get(url("after_feedback"))
    assert results.status_code == 200 and 'data-table="additionality"' in results.text
    assert 'data-answer="no"' in results.text
    for user in (rep, ventspils_coordinator, jobs["ours"].application.youth.user):
        assert client(user).get(url("after_feedback")).status_code == 403


def test_links_from_the_existing_pages(jobs, coordinator, rep):
    assert url("after") in client(coordinator).get(url("manage")).text
    assert url("after") in client(rep).get(url("employer_placements")).text
