"""The whole summer season end to end in Chromium, in Latvian and English, on the demo data: from an
employer's offer to a youth's accepted place, after which the coordinator reads the season dashboard and
the equity report (charts included); and from a recently ended job through the contract, the papers, the
timesheet (an unlawful entry refused), payroll exports and the certificate to the youth's portfolio and
both sides' feedback. Every page visited is checked by axe and must fit a phone's width (the shared `page`
fixture's size). The reports ride on the first journey because seeding the demo is the slow part."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from django.core import mail
from django.utils import timezone, translation

from microcity.accounts.management.commands.seed_demo import demo_email
from microcity.accounts.models import User
from microcity.careers.models import Entry, Section
from microcity.core.models import City, Indicator, Occupation, OutcomeRecord, Person
from microcity.core.selectors import headline_count
from microcity.summerjobs.contracts import services
from microcity.summerjobs.models import (
    Application,
    Assignment,
    AssignmentStatus,
    Contract,
    Feedback,
    Placement,
    PlacementPeriod,
    PlacementStatus,
    StartDocument,
    TimesheetEntry,
    WorkCertificate,
)
from microcity.summerjobs.seasons import selectors as seasons_selectors
from microcity.summerjobs.tests.factories import (
    ApplicationFactory,
    PlacementFactory,
    PlacementPeriodFactory,
    SeasonFactory,
    SeasonPeriodFactory,
    accepted_assignment,
)
from microcity.summerjobs.tests.test_browser import fill_placement_form, sign_in
from microcity.summerjobs.timesheets import services as timesheets_services
from microcity.tests.browser import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = ["lv", "en"]

# For the failure message: what sticks out of the screen without a scrolling box (such as a wide table's)
# around it.
WIDER_THAN_SCREEN = """() => {
  const width = document.documentElement.clientWidth;
  const clipped = (element) => {
    for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
      if (getComputedStyle(up).overflowX !== "visible") return true;
    }
    return false;
  };
  return [...document.body.querySelectorAll("*")]
    .filter((element) => element.getBoundingClientRect().right > width + 1 && !clipped(element))
    .slice(0, 5)
    .map((element) => element.outerHTML.slice(0, 200));
}"""


def check(page, label):
    """axe finds no serious problem, and nothing makes the page scroll sideways on a phone."""
    assert_accessible(page, label)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, (
        f"{label} is {overflow}px wider than a phone's screen: {page.evaluate(WIDER_THAN_SCREEN)}"
    )


def htmx_post(page, button, then: str):
    """Click a button of an htmx form and wait for the answer's fragment to show `then`."""
    with page.expect_response(lambda response: response.request.method == "POST"):
        button.click()
    page.wait_for_selector(then)


# --- Journey A: from an offer to an accepted place, then the season's reports ---------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_from_an_offered_placement_to_an_accepted_place_and_the_reports(page, live_server, demo, lang):
    base = live_server.url
    summer = f"{base}/{lang}/valmiera/summer-jobs"
    # The city's current season (the demo also has last summer's, finished).
    season = seasons_selectors.seasons_in(city=City.objects.get(slug="valmiera")).first()
    periods = list(season.periods.order_by("starts_on"))
    workplace = f"Lietotņu testēšana telefonos ({lang})"

    # The employer offers a placement in the first two periods and sends it for approval.
    sign_in(page, base, lang, "darba-devejs")
    page.goto(f"{summer}/employer/new/")
    check(page, "new placement")
    fill_placement_form(
        page,
        workplace=workplace,
        duties="Lietotņu pārbaude telefonos un atrasto kļūdu apraksts.",
        places={periods[0].pk: 1, periods[1].pk: 1},
    )
    page.wait_for_url(f"**/{lang}/valmiera/summer-jobs/employer/")
    assert page.locator("tr", has_text=workplace).locator("[data-status=submitted]").count() == 1
    check(page, "employer's placements")
    placement = Placement.objects.get(workplace=workplace)
    assert placement.status == PlacementStatus.SUBMITTED

    # The coordinator approves it.
    sign_in(page, base, lang, "koordinators")
    page.goto(f"{summer}/manage/review/")
    check(page, "review queue")
    page.locator(f"section:has-text('{workplace}') form:has(input[value=approve]) button").click()
    page.wait_for_load_state()
    placement.refresh_from_db()
    assert placement.status == PlacementStatus.APPROVED

    # The youth ranks three placements, the new one first, and submits.
    others = [
        Placement.objects.get(season=season, workplace=name)
        for name in ("Parku un skvēru sakopšana", "Bibliotēkas palīgs")
    ]
    sign_in(page, base, lang, "jaunietis")
    page.goto(f"{summer}/apply/")
    check(page, "application form")
    for rank, choice in enumerate([placement, *others], 1):
        page.select_option(f"#id_choice_{rank}", str(choice.pk))
    page.check("#id_periods_0")
    page.locator("button[name=submit_application]").click()
    page.wait_for_url(f"**/{lang}/valmiera/summer-jobs/mine/")
    application = Application.objects.get(season=season, youth__user__email=demo_email("jaunietis"))
    assert [choice.placement for choice in application.choices.order_by("rank")] == [placement, *others]
    # The page also lists last summer's application of the demo youth.
    mine = page.locator(f"section[aria-labelledby='application-{application.pk}']")
    assert mine.locator("[data-status=submitted]").count() == 1
    check(page, "my application, submitted")

    # The coordinator closes registration, reveals the lottery secret, previews the run and reads its
    # statistics.
    sign_in(page, base, lang, "koordinators")
    page.goto(f"{summer}/manage/")
    check(page, "coordination")
    close = page.locator("details:has(input[value=close_registration])")
    close.locator("summary").click()  # the confirmation step opens first
    close.locator("form button").click()
    page.wait_for_load_state()
    assert page.locator("[data-state=youth-closed]").count() == 1
    page.locator("form:has(input[value=reveal]) button").click()
    page.wait_for_load_state()
    check(page, "coordination with the secret revealed")
    page.locator("form:has(input[value=run]) button").click()
    page.wait_for_url("**/manage/runs/*/")
    assert page.locator("[data-status=preview]").count() == 1
    placed = int(page.locator("[data-stat=placed]").inner_text())
    assert placed >= 1 and page.locator("[data-stat=unplaced]").is_visible()
    assert page.locator("[data-rank]").count() >= 1
    check(page, "run preview with its statistics")
    mail.outbox.clear()
    page.locator("form:has(input[value=publish]) button").click()
    page.wait_for_load_state()
    assert page.locator("[data-status=published]").count() == 1
    assert any(m.to == [demo_email("jaunietis")] for m in mail.outbox)
    page.goto(f"{summer}/")
    assert page.locator("[data-seed]").count() == 1
    check(page, "season page after the lottery")
    page.locator("[data-link=lottery-check]").click()
    page.wait_for_url(f"**/summer-jobs/lottery/{season.pk}/")
    assert page.locator("[data-check=commitment][data-result=matches]").count() == 1
    assert page.locator("[data-check=numbers][data-result=matches]").count() == 1
    check(page, "public lottery check")

    # The youth reads why she got her place, and accepts it.
    sign_in(page, base, lang, "jaunietis")
    page.goto(f"{summer}/mine/")
    offer = Assignment.objects.get(application=application)
    assert mine.locator("[data-explanation] p").count() >= 1
    assert page.locator(f"[data-offer='{offer.pk}'] [data-status=offered]").count() == 1
    check(page, "my application with an offer")
    page.locator(f"[data-offer='{offer.pk}'] form:has(input[value=accept]) button").click()
    page.wait_for_load_state()
    assert page.locator(f"[data-offer='{offer.pk}'] [data-status=accepted]").count() == 1
    assert page.locator(f"[data-offer='{offer.pk}'] [data-link=job]").is_visible()
    check(page, "my application with an accepted place")
    offer.refresh_from_db()
    assert offer.status == AssignmentStatus.ACCEPTED
    assert offer.placement_period.placement == placement and offer.choice_rank == 1

    # The coordinator reads the season's reports, the youth's answer included.
    sign_in(page, base, lang, "koordinators")
    read_the_reports(page, summer, lang)


# --- Journey B: from work to the certificate ----------------------------------------------------------


def free_fortnight(youth: Person) -> tuple[dt.date, dt.date]:
    """Monday to Friday of two working weeks that ended at least a week ago, in which the youth has no
    hours at any other job (the demo gives her a job last summer, and the Labour Law's limits add up)."""
    today = timezone.localdate()
    monday = today - dt.timedelta(days=today.weekday(), weeks=3)
    while TimesheetEntry.objects.filter(
        assignment__application__youth=youth,
        day__gte=monday - dt.timedelta(days=7),
        day__lte=monday + dt.timedelta(days=18),
    ).exists():
        monday -= dt.timedelta(weeks=1)
    return monday, monday + dt.timedelta(days=11)


def recent_job():
    """The demo youth's accepted place at the demo employer in a period that ended recently (so that the
    job is over and its certificate may be issued), with no contract and no papers yet."""
    city = City.objects.get(slug="valmiera")
    representative = User.objects.get(email=demo_email("darba-devejs"))
    organisation = representative.memberships.get(organisation__isnull=False).organisation
    youth = Person.objects.get(user__email=demo_email("jaunietis"))
    first_day, last_day = free_fortnight(youth)
    opened = timezone.now() - dt.timedelta(days=120)
    season = SeasonFactory(
        city=city,
        # Sorts after the demo's own season of the same year, which stays the city's current one.
        name="Valmieras vasaras darbi, papildu periods",
        year=first_day.year,
        employer_registration_opens=opened,
        employer_registration_closes=opened + dt.timedelta(days=30),
        youth_registration_opens=opened + dt.timedelta(days=30),
        youth_registration_closes=opened + dt.timedelta(days=60),
    )
    period = SeasonPeriodFactory(
        season=season, name="Papildu periods", starts_on=first_day, ends_on=last_day, working_days=10
    )
    placement = PlacementFactory(
        season=season,
        organisation=organisation,
        workplace="Mājaslapu testēšana",
        occupation=Occupation.objects.get(code="2512"),
    )
    PlacementPeriodFactory(placement=placement, period=period, capacity=2)
    application = ApplicationFactory(season=season, youth=youth, periods=[period], choices=[placement])
    return accepted_assignment(application, PlacementPeriod.objects.get(placement=placement, period=period))


def fill_hours(page, day: dt.date, start: str, end: str, then: str):
    page.fill("#id_day", day.isoformat())
    page.fill("#id_start", start)
    page.fill("#id_end", end)
    page.fill("#id_break_minutes", "0")
    htmx_post(page, page.locator("#timesheet form[action$='/hours/'] button[type=submit]"), then)


def download(page, selector: str, target: Path) -> bytes:
    with page.expect_download() as info:
        page.locator(selector).click()
    info.value.save_as(target)
    return target.read_bytes()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_from_work_to_the_certificate(page, live_server, demo, lang, tmp_path: Path):
    base = live_server.url
    summer = f"{base}/{lang}/valmiera/summer-jobs"
    job = recent_job()
    season = job.application.season
    youth = job.application.youth
    job_url = f"{summer}/jobs/{job.pk}/"
    after_url = f"{summer}/after/jobs/{job.pk}/"
    first = job.period.starts_on
    counted = OutcomeRecord.objects.filter(indicator=Indicator.SUMMER_JOB_COMPLETED, person=youth).count()
    headline = headline_count(indicator=Indicator.SUMMER_JOB_COMPLETED, city=season.city)

    # The employer opens the job: no hours before the contract and the papers, and the page says what is
    # missing: the papers that the youth's age category needs (two or three).
    kinds = [str(kind) for kind in services.required_start_documents(job)]
    assert len(kinds) >= 2
    sign_in(page, base, lang, "darba-devejs")
    page.goto(job_url)
    assert page.locator("[data-ready=no]").is_visible()
    assert page.locator("[data-contract=none]").count() == 1
    assert page.locator("[data-missing=contract_missing]").count() == 1
    assert page.locator("[data-missing=document_missing]").count() == len(kinds)
    check(page, "job before the contract")
    fill_hours(page, first, "09:00", "13:00", then="#timesheet #error-summary")
    summary = page.locator("#timesheet #error-summary")
    assert summary.is_visible()
    with translation.override(lang):
        missing = [item.message for item in services.start_readiness(job)]
    assert missing and all(message in summary.inner_text() for message in missing)
    assert not TimesheetEntry.objects.filter(assignment=job).exists()
    check(page, "hours refused before the contract")

    # The contract, filled in from the placement and the period, is drawn up and then signed.
    page.goto(job_url)
    page.locator("form:has(input[name=action][value=save]) button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator("[data-contract=draft]").count() == 1
    assert page.locator("[data-missing=contract_unsigned]").count() == 1
    check(page, "job with a draft contract")
    page.fill("#id_signed_on", (first - dt.timedelta(days=5)).isoformat())
    page.locator("form:has(input[name=action][value=sign]) button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator("[data-contract=signed]").count() == 1
    contract = Contract.objects.get(assignment=job)
    assert contract.signed_on == first - dt.timedelta(days=5) and contract.hours_per_day == 4

    # The papers, one by one.
    for kind in kinds:
        row = page.locator(f"[data-document={kind}]")
        assert row.get_attribute("data-received") == "no"
        page.fill(f"#id_doc-{kind}-received_on", (first - dt.timedelta(days=4)).isoformat())
        row.locator("form:has(input[value=record]) button[type=submit]").click()
        page.wait_for_load_state()
        assert page.locator(f"[data-document={kind}]").get_attribute("data-received") == "yes"
    assert page.locator("[data-ready=yes]").is_visible()
    assert StartDocument.objects.filter(assignment=job).count() == len(kinds)
    check(page, "job ready to start")

    # A lawful day's work is recorded (and confirmed, as the employer entered it) …
    fill_hours(page, first, "09:00", "13:00", then="#timesheet [role=status]")
    lawful = TimesheetEntry.objects.get(assignment=job)
    assert lawful.is_confirmed
    assert page.locator(f"tr[data-entry='{lawful.pk}'] [data-confirmed=yes]").count() == 1

    # … then one that breaks the law for a minor more than once: eight and a half hours, into the night.
    # It is refused with every reason in the error summary; neither the typed values nor the saved day is
    # lost.
    tuesday = first + dt.timedelta(days=1)
    fill_hours(page, tuesday, "14:00", "22:30", then="#timesheet #error-summary")
    summary = page.locator("#timesheet #error-summary")
    assert summary.is_visible()
    with translation.override(lang):
        reasons = [
            timesheets_services.violation_message(violation)
            for violation in timesheets_services.timesheet_entry_check(
                assignment=job,
                youth=youth,
                day=tuesday,
                start=dt.time(14),
                end=dt.time(22, 30),
                break_minutes=0,
            )
        ]
    assert len(reasons) >= 2
    for reason in reasons:
        assert reason in summary.inner_text()
    assert page.input_value("#id_day") == tuesday.isoformat()
    assert page.input_value("#id_start") == "14:00" and page.input_value("#id_end") == "22:30"
    assert page.locator(f"tr[data-entry='{lawful.pk}']").count() == 1
    assert TimesheetEntry.objects.filter(assignment=job).count() == 1
    check(page, "an unlawful entry refused")

    # The youth records a day of her own; it waits for the employer.
    sign_in(page, base, lang, "jaunietis")
    page.goto(f"{summer}/mine/")
    page.locator(f"[data-offer='{job.pk}'] [data-link=job]").click()
    page.wait_for_url(f"**/jobs/{job.pk}/")
    check(page, "the youth's job page")
    wednesday = first + dt.timedelta(days=2)
    fill_hours(page, wednesday, "09:00", "13:00", then="#timesheet [role=status]")
    own = TimesheetEntry.objects.get(assignment=job, day=wednesday)
    assert not own.is_confirmed
    assert page.locator(f"tr[data-entry='{own.pk}'] [data-confirmed=no]").count() == 1
    check(page, "the youth's hours waiting for confirmation")

    # The employer confirms them.
    sign_in(page, base, lang, "darba-devejs")
    page.goto(job_url)
    htmx_post(
        page,
        page.locator(f"tr[data-entry='{own.pk}'] form button[type=submit]"),
        then=f"tr[data-entry='{own.pk}'] [data-confirmed=yes]",
    )
    assert page.locator("#timesheet [role=status]").is_visible()
    own.refresh_from_db()
    assert own.is_confirmed
    check(page, "hours confirmed")

    # The coordinator downloads the payroll of that summer as CSV and as Excel.
    sign_in(page, base, lang, "koordinators")
    page.goto(f"{summer}/after/?season={season.pk}")
    check(page, "pay, feedback and certificates")
    content = download(page, "[data-export=payroll-csv]", tmp_path / "payroll.csv")
    assert content.startswith("\ufeff".encode())
    table = list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))
    assert len(table) == 2 and table[1][:2] == [youth.first_name, youth.last_name]
    assert "8,00" in table[1] and contract.number in table[1]
    content = download(page, "[data-export=payroll-xlsx]", tmp_path / "payroll.xlsx")
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][:2] == (youth.first_name, youth.last_name)
    assert 8 in rows[1] and contract.number in rows[1]

    # She issues the certificate; the same form, still open in a second tab, is sent again.
    page.locator(f"tr[data-job='{job.pk}'] a[href$='/after/jobs/{job.pk}/']").click()
    page.wait_for_url(f"**/after/jobs/{job.pk}/")
    check(page, "the job after the summer, before the certificate")
    second_tab = page.context.new_page()
    second_tab.goto(after_url)
    issue = f"form[action$='/after/jobs/{job.pk}/certificate/'] button[type=submit]"
    page.locator(issue).click()
    page.wait_for_load_state()
    second_tab.locator(issue).click()
    second_tab.wait_for_load_state()
    for tab in (page, second_tab):
        tab.reload()
        assert tab.locator("[data-certificate]").is_visible()
    second_tab.close()
    certificate = WorkCertificate.objects.get(assignment=job)
    assert certificate.hours_worked == 8 and certificate.days_worked == 2
    ledger = OutcomeRecord.objects.filter(indicator=Indicator.SUMMER_JOB_COMPLETED, person=youth)
    assert ledger.count() == counted + 1
    assert ledger.filter(details__certificate=certificate.number).count() == 1
    # A youth is counted once, however many jobs she completed.
    assert headline_count(indicator=Indicator.SUMMER_JOB_COMPLETED, city=season.city) == headline + (
        0 if counted else 1
    )
    check(page, "the job after the summer, with its certificate")

    # The youth finds the certificate and the verified experience in her portfolio, and gives feedback.
    sign_in(page, base, lang, "jaunietis")
    page.goto(f"{summer}/mine/")
    link = page.locator(f"[data-offer='{job.pk}'] [data-link=certificate]")
    assert link.is_visible()
    check(page, "my application with the certificate")
    pdf = page.request.get(f"{base}{link.get_attribute('href')}")
    assert pdf.ok and pdf.headers["content-type"] == "application/pdf" and pdf.body().startswith(b"%PDF")
    page.goto(f"{base}/{lang}/portfolio/")
    entry = Entry.objects.get(portfolio__person=youth, source_key=f"summerjobs.assignment:{job.pk}")
    assert entry.section == Section.EXPERIENCE and entry.is_verified
    shown = page.locator(f"#section-{Section.EXPERIENCE} [data-entry='{entry.pk}']")
    assert shown.is_visible() and "✓" in shown.locator(".badge").inner_text()
    check(page, "portfolio with the summer job")

    page.goto(after_url)
    page.locator("[data-feedback=youth] a").click()
    page.wait_for_url(f"**/after/jobs/{job.pk}/feedback/youth/")
    check(page, "the youth's feedback form")
    page.check("#id_rating_0")
    page.check("#id_would_repeat_0")
    page.fill("#id_learned", "Kā pārbaudīt mājaslapu telefonā.")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"**/after/jobs/{job.pk}/")
    assert page.locator("[data-feedback=youth] a").count() == 0

    # The employer's side gives theirs.
    sign_in(page, base, lang, "darba-devejs")
    page.goto(after_url)
    page.locator("[data-feedback=employer] a").click()
    page.wait_for_url(f"**/after/jobs/{job.pk}/feedback/employer/")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator("#error-summary").is_visible()
    check(page, "the employer's feedback form with errors")
    page.check("#id_rating_0")
    page.check("#id_would_repeat_0")
    page.check("#id_would_offer_without_programme_1")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"**/after/jobs/{job.pk}/")
    check(page, "the job after the summer, with both sides' feedback")
    assert sorted(Feedback.objects.filter(assignment=job).values_list("role", flat=True)) == [
        "employer",
        "youth",
    ]


# --- The coordinator's reports ----------------------------------------------------------------------

CHART_DRAWN = """() => {
  const canvases = [...document.querySelectorAll('[data-chart]:not([hidden]) canvas')];
  return canvases.length > 0 && canvases.every((canvas) => {
    if (!window.Chart || !window.Chart.getChart(canvas) || !canvas.width || !canvas.height) return false;
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]) return true;
    return false;
  });
}"""


def open_section_menu_link(page, selector):
    """Follow a link of the section menu, which on a narrow window is folded until its toggle is tapped."""
    link = page.locator(selector).first
    if not link.is_visible():
        page.locator(".mc-section-nav__toggle").click()
    link.click()


def read_the_reports(page, summer, lang):
    """The coordinator opens the season dashboard and the equity report from the coordination page: the
    tables are there, and the vendored Chart.js has drawn their charts."""
    page.goto(f"{summer}/manage/")
    open_section_menu_link(page, f"a[href$='/{lang}/valmiera/summer-jobs/manage/dashboard/']")
    page.wait_for_url("**/manage/dashboard/")
    page.wait_for_function(CHART_DRAWN)
    assert int(page.locator("[data-summary] [data-places]").inner_text()) >= 1
    assert int(page.locator("[data-summary] [data-offers-total]").inner_text()) >= 1
    assert int(page.locator("[data-summary] [data-accepted]").inner_text()) >= 1
    assert page.locator("[data-applications=submitted]").count() == 1
    assert page.locator("tr[data-profession]").count() >= 1
    assert page.locator("[data-table=priority-group] table").count() == 1
    assert page.locator("[data-chart]:not([hidden]) canvas").count() >= 2
    check(page, "season dashboard")

    open_section_menu_link(page, f"a[href$='/{lang}/valmiera/summer-jobs/manage/equity/']")
    page.wait_for_url("**/manage/equity/")
    page.wait_for_function(CHART_DRAWN)
    tables = page.locator("section[data-table]")
    assert tables.count() >= 3
    for index in range(tables.count()):
        assert tables.nth(index).locator("table tbody tr").count() >= 1
    assert page.locator("[data-privacy-note]").is_visible()
    check(page, "equity report")
