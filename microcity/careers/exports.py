"""The portfolio as documents: a printable PDF (WeasyPrint) and JSON Resume (jsonresume.org schema
v1.0.0), in Latvian or English, from the sections the owner chose to include."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from microcity.careers.models import Entry, Portfolio, Section
from microcity.careers.selectors import PortfolioView, portfolio_view_for_sections
from microcity.core import exports, pdf

RIASEC_LABELS: dict[str, Any] = {
    "R": gettext_lazy("Realistic: practical, hands-on work"),
    "I": gettext_lazy("Investigative: finding things out"),
    "A": gettext_lazy("Artistic: creating and expressing"),
    "S": gettext_lazy("Social: helping and teaching people"),
    "E": gettext_lazy("Enterprising: leading and persuading"),
    "C": gettext_lazy("Conventional: order, data and detail"),
}
RIASEC_NAMES: dict[str, Any] = {
    "R": gettext_lazy("Realistic"),
    "I": gettext_lazy("Investigative"),
    "A": gettext_lazy("Artistic"),
    "S": gettext_lazy("Social"),
    "E": gettext_lazy("Enterprising"),
    "C": gettext_lazy("Conventional"),
}


def profile_rows(scores: dict[str, Any]) -> list[dict[str, Any]]:
    """The six types with score and label, highest first (ties in R-I-A-S-E-C order)."""
    order = "RIASEC"
    rows = [
        {"type": t, "name": RIASEC_NAMES[t], "label": RIASEC_LABELS[t], "score": int(scores.get(t, 0))}
        for t in order
    ]
    return sorted(rows, key=lambda row: (-row["score"], order.index(row["type"])))


def _view(portfolio: Portfolio, sections: list[str]) -> PortfolioView:
    return portfolio_view_for_sections(portfolio=portfolio, sections=sections)


def pdf_context(*, portfolio: Portfolio, sections: list[str]) -> dict[str, Any]:
    view = _view(portfolio, sections)
    interests = view.sections.get(Section.INTERESTS) or []
    latest = interests[0] if interests else None
    person = portfolio.person
    return {
        "view": view,
        "person": person,
        "city": person.city,
        "s": view.sections,
        "latest": latest,
        "profile": profile_rows(latest.scores) if latest else [],
        "generated": timezone.localdate(),
        "brand": (person.city.brand_colour if person.city else "") or "#1d4f91",
    }


def portfolio_pdf(*, portfolio: Portfolio, sections: list[str], language: str) -> bytes:

    with translation.override(language):
        context = pdf_context(portfolio=portfolio, sections=sections)
        context["language"] = language
        html = render_to_string("careers/portfolio_pdf.html", context)
    return pdf.html_to_pdf(html)


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _prune(item: dict[str, Any]) -> dict[str, Any]:
    """JSON Resume leaves out what is unknown rather than writing null or empty strings."""
    return {key: value for key, value in item.items() if value not in (None, "", [], {})}


def _verified_note(entry: Entry) -> list[str]:
    if not entry.is_verified:
        return []
    return [_("Verified by %(source)s") % {"source": entry.source_label}]


def json_resume(*, portfolio: Portfolio, sections: list[str], language: str) -> dict[str, Any]:
    """The portfolio in the JSON Resume schema (basics, work, education, awards, skills, interests…)."""
    with translation.override(language):
        view = _view(portfolio, sections)
        s = view.sections
        person = portfolio.person
        basics: dict[str, Any] = {
            "name": person.full_name,
            "email": person.email or (person.user.email if person.user else ""),
            "summary": s.get(Section.ABOUT, ""),
            "location": _prune({"city": person.city.name if person.city else "", "countryCode": "LV"}),
        }
        resume: dict[str, Any] = {
            "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
            "basics": _prune(basics),
        }
        if Section.EXPERIENCE in s:
            resume["work"] = [
                _prune(
                    {
                        "name": e.organisation_name,
                        "position": e.title,
                        "startDate": _date(e.starts_on),
                        "endDate": _date(e.ends_on),
                        "summary": e.description,
                        "highlights": _verified_note(e)
                        + ([_("%(hours)s hours") % {"hours": e.hours}] if e.hours else []),
                    }
                )
                for e in s[Section.EXPERIENCE]
            ]
        education = []
        for e in s.get(Section.EDUCATION, []):
            education.append(
                _prune(
                    {
                        "institution": e.organisation_name,
                        "area": e.title,
                        "studyType": _("Formal education"),
                        "startDate": _date(e.starts_on),
                        "endDate": _date(e.ends_on),
                    }
                )
            )
        for e in s.get(Section.INFORMAL_LEARNING, []):
            education.append(
                _prune(
                    {
                        "institution": e.organisation_name,
                        "area": e.title,
                        "studyType": _("Informal learning"),
                        "startDate": _date(e.starts_on),
                        "endDate": _date(e.ends_on),
                        "courses": [e.description] if e.description else [],
                    }
                )
            )
        if education:
            resume["education"] = education
        if Section.ACHIEVEMENTS in s:
            resume["awards"] = [
                _prune(
                    {
                        "title": e.title,
                        "date": _date(e.starts_on),
                        "awarder": e.organisation_name,
                        "summary": e.description,
                    }
                )
                for e in s[Section.ACHIEVEMENTS]
            ]
        if Section.SKILLS in s:
            resume["skills"] = [
                _prune(
                    {
                        "name": str(row),
                        "keywords": [row.note] if row.note else [],
                    }
                )
                for row in s[Section.SKILLS]
            ]
        if Section.INTERESTS in s and s[Section.INTERESTS]:
            latest = s[Section.INTERESTS][0]
            resume["interests"] = [
                {"name": str(row["name"]), "keywords": [str(row["label"]), f"{row['score']}/100"]}
                for row in profile_rows(latest.scores)[:3]
            ]
        if Section.REFLECTIONS in s or Section.GOALS in s:
            # Not part of the schema: kept under the schema's extension point so that a reader can skip it.
            extra: dict[str, Any] = {}
            if Section.GOALS in s:
                extra["goals"] = [
                    _prune(
                        {
                            "title": g.title,
                            "description": g.description,
                            "targetDate": _date(g.target_on),
                            "status": g.get_status_display(),
                            "steps": [
                                _prune(
                                    {"title": st.title, "dueDate": _date(st.due_on), "done": bool(st.done_at)}
                                )
                                for st in g.steps.all()
                            ],
                        }
                    )
                    for g in s[Section.GOALS]
                ]
            if Section.REFLECTIONS in s:
                extra["reflections"] = [
                    _prune({"title": e.title, "date": _date(e.starts_on), "text": e.description})
                    for e in s[Section.REFLECTIONS]
                ]
            resume["x-microcity"] = extra
        resume["meta"] = {
            "version": "v1.0.0",
            "language": language,
            "lastModified": portfolio.updated_at.isoformat(timespec="seconds"),
        }
    return resume


def json_resume_bytes(*, portfolio: Portfolio, sections: list[str], language: str) -> bytes:
    data = json_resume(portfolio=portfolio, sections=sections, language=language)
    return exports.json_bytes(data)
