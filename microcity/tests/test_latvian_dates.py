"""Dates in e-mails and PDFs read as Latvian: the year first, the month declined after a preposition
("līdz 2026. gada 3. jūlijam", "no 7. decembra"), a span written once ("2026. gada 1.–15. jūlijs"); English
stays natural. The e-mail and PDF templates are rendered as they are sent, in each language."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace as Thing
from zoneinfo import ZoneInfo

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from microcity.core import dates
from microcity.core.certificates import CertificateData, certificate_html

RIGA = ZoneInfo("Europe/Riga")


def render(template: str, context: dict, language: str) -> str:
    with translation.override(language):
        return render_to_string(template, context)


@pytest.mark.parametrize(
    ("function", "latvian", "english"),
    [
        (lambda: dates.long_datetime(dt.datetime(2026, 5, 5, 14, 0, tzinfo=RIGA), "locative"),
         "2026. gada 5. maijā plkst. 14:00", "5 May 2026, 14:00"),
        (lambda: dates.date_range(dt.date(2026, 7, 1), dt.date(2026, 7, 15)),
         "2026. gada 1.–15. jūlijs", "1–15 July 2026"),
        (lambda: dates.date_range(dt.date(2026, 6, 29), dt.date(2026, 7, 15), "genitive"),
         "2026. gada 29. jūnija – 15. jūlija", "29 June – 15 July 2026"),
        (lambda: dates.date_range(dt.date(2026, 12, 29), dt.date(2027, 1, 5)),
         "2026. gada 29. decembris – 2027. gada 5. janvāris", "29 December 2026 – 5 January 2027"),
        (lambda: dates.date_range(dt.date(2026, 7, 1), dt.date(2026, 7, 1)), "2026. gada 1. jūlijs", "1 July 2026"),
        (lambda: dates.weekday_date(dt.date(2026, 12, 7)), "Pirmdiena, 7. decembris", "Monday 7 December"),
        (lambda: dates.month_year(dt.date(2026, 9, 1)), "09.2026.", "Sep 2026"),
    ],
)  # fmt: skip
def test_spans_times_and_weekdays(function, latvian, english):
    with translation.override("lv"):
        assert function() == latvian
    with translation.override("en"):
        assert function() == english


def offer_context() -> dict:
    placement = Thing(
        workplace="Pilsētas parks", organisation=Thing(name="SIA Zaļā Valmiera"), address="Rīgas iela 1",
        starts_at=dt.time(9, 0), ends_at=dt.time(13, 0),
    )  # fmt: skip
    offer = Thing(
        placement_period=Thing(placement=placement),
        period=Thing(name="1. periods", starts_on=dt.date(2026, 7, 1), ends_on=dt.date(2026, 7, 15)),
        deadline=dt.datetime(2026, 6, 3, 12, 0, tzinfo=RIGA),
    )
    return {
        "city": Thing(name="Valmiera"), "season": Thing(name="Vasaras darbi", year=2026),
        "youth": Thing(first_name="Anna"), "offer": offer, "lines": [], "link": "https://x.example/",
    }  # fmt: skip


def test_the_summer_job_offer_email_declines_the_deadline_and_writes_the_period_once():
    latvian = render("summerjobs/email/offer.txt", offer_context(), "lv")
    assert "1. periods: 2026. gada 1.–15. jūlijs" in latvian
    assert "līdz 2026. gada 3. jūnijam plkst. 12:00" in latvian
    english = render("summerjobs/email/offer.txt", offer_context(), "en")
    assert "1. periods: 1–15 July 2026" in english and "by 3 June 2026, 12:00" in english
    reminder = render("summerjobs/email/reminder.txt", offer_context(), "lv")
    assert "beidzas 2026. gada 3. jūnijā plkst. 12:00" in reminder


def test_the_job_alert_email_says_until_when_in_the_dative():
    job = Thing(
        title="Programmētājs", organisation=Thing(name="SIA X"), salary_min=2000, salary_max=3000,
        deadline=dt.date(2027, 1, 6),
    )  # fmt: skip
    context = {"alert": Thing(query="", language="lv"), "items": [{"job": job, "url": "https://x.example/"}],
               "unsubscribe": "https://x.example/u", "city": Thing(name="Valmiera", brand_colour="#000")}  # fmt: skip
    for template in ("talent/email/alert_jobs.txt", "talent/email/alert_jobs.html"):
        assert "pieteikties līdz 2027. gada 6. janvārim" in render(template, context, "lv")
        assert "apply by 6 January 2027" in render(template, context, "en")


def test_the_counselling_email_writes_the_time_in_words():
    booking = Thing(
        starts_at=dt.datetime(2026, 12, 7, 14, 0, tzinfo=RIGA), ends_at=dt.datetime(2026, 12, 7, 15, 0, tzinfo=RIGA),
        location="", cancel_reason="",
    )  # fmt: skip
    context = {"booking": booking, "youth": Thing(first_name="Anna", full_name="Anna Bērziņa"),
               "counsellor": Thing(get_full_name="Ilze Kalniņa", email="i@x.lv"), "for_counsellor": False}  # fmt: skip
    assert "2026. gada 7. decembris plkst. 14:00–15:00" in render(
        "careers/email/booking_confirmed.txt", context, "lv"
    )
    assert "7 December 2026, 14:00–15:00" in render("careers/email/booking_confirmed.txt", context, "en")


def test_the_certificate_pdf_writes_the_period_once_and_the_day_of_issue_in_words():
    with translation.override("lv"):
        period = dates.date_range(dt.date(2026, 7, 1), dt.date(2026, 7, 15))
    data = CertificateData(
        city_name="Valmiera", title="Darba apliecinājums", holder_name="Anna Bērziņa", statement="…",
        details=[("Periods", period)], issued_on=dt.date(2026, 8, 20),
    )  # fmt: skip
    html = certificate_html(data, language="lv")
    assert "2026. gada 1.–15. jūlijs" in html and "2026. gada 20. augusts" in html
    assert "20 August 2026" in certificate_html(data, language="en")


def test_the_portfolio_pdf_entries_use_latvian_month_forms():
    entry = Thing(
        starts_on=dt.date(2026, 6, 1), ends_on=dt.date(2026, 8, 31), title="Vasaras darbs", is_verified=False,
        organisation_name="SIA X", hours=0, description="",
    )  # fmt: skip
    latvian = render("careers/_pdf_entry.html", {"e": entry}, "lv")
    assert "06.2026. – 08.2026." in latvian and "Jūn" not in latvian
    assert "Jun 2026 – Aug 2026" in render("careers/_pdf_entry.html", {"e": entry}, "en")
