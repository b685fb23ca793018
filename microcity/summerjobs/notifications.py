"""E-mails of the summer programme: when a match run is published, every placed youth gets the offer with
its deadline and a link, every youth who was not placed gets the explanation, each in the recipient's
language; a parent or guardian who applied for the youth gets the same message.

One background task renders the messages of a run (after the publication has committed) and queues one
e-mail task per message, so that a retry never sends anybody the same e-mail twice."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from huey.contrib.djhuey import db_task

from microcity.core.tasks import enqueue, send_email_task
from microcity.summerjobs.explanations import explain
from microcity.summerjobs.models import (
    Assignment,
    AssignmentStatus,
    MatchExplanation,
    MatchRun,
    MatchRunStatus,
)

DEFAULT_LANGUAGE = "lv"


def _absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _recipients(explanation: MatchExplanation) -> list[tuple[str, str]]:
    """(address, language) of the youth and, if a parent or guardian applied, of them."""
    application = explanation.application
    youth = application.youth
    youth_user = youth.user
    found: dict[str, str] = {}
    youth_address = (youth_user.email if youth_user is not None else "") or youth.email
    youth_language = youth_user.preferred_language if youth_user is not None else DEFAULT_LANGUAGE
    if youth_address:
        found[youth_address.lower()] = youth_language or DEFAULT_LANGUAGE
    submitter = application.submitted_by
    if submitter is not None and (youth_user is None or submitter.pk != youth_user.pk) and submitter.email:
        found.setdefault(submitter.email.lower(), submitter.preferred_language or DEFAULT_LANGUAGE)
    return list(found.items())


def run_published_messages(*, run: MatchRun) -> list[dict[str, Any]]:
    """The e-mails of a published run: one per recipient, rendered in their language (three queries)."""
    if run.status != MatchRunStatus.PUBLISHED:
        return []
    season = run.season
    city = season.city
    offers = {
        offer.application_id: offer
        for offer in Assignment.objects.filter(run=run, status=AssignmentStatus.OFFERED).select_related(
            "placement_period__placement__organisation", "placement_period__placement__occupation", "period"
        )
    }
    explanations = MatchExplanation.objects.filter(run=run).select_related(
        "application__youth__user", "application__submitted_by"
    )
    messages: list[dict[str, Any]] = []
    for explanation in explanations.order_by("pk").iterator(chunk_size=2000):
        offer = offers.get(explanation.application_id)
        for address, language in _recipients(explanation):
            with translation.override(language):
                # reverse() puts the active language into the address.
                link = _absolute(reverse("summerjobs:mine", kwargs={"city": city.slug}))
                context = {
                    "city": city,
                    "season": season,
                    "youth": explanation.application.youth,
                    "offer": offer,
                    "lines": explain(explanation),
                    "link": link,
                }
                if offer is not None:
                    subject = _("A summer job offer for %(name)s: answer by %(deadline)s") % {
                        "name": explanation.application.youth.first_name,
                        "deadline": _deadline(offer),
                    }
                    body = render_to_string("summerjobs/email/offer.txt", context)
                else:
                    subject = _("Summer jobs in %(city)s: the lottery result for %(name)s") % {
                        "city": city.name,
                        "name": explanation.application.youth.first_name,
                    }
                    body = render_to_string("summerjobs/email/not_placed.txt", context)
            messages.append({"subject": subject, "body": body, "to": [address]})
    return messages


def _deadline(offer: Assignment) -> str:
    assert offer.deadline is not None
    return date_format(timezone.localtime(offer.deadline), "SHORT_DATE_FORMAT")


@db_task(retries=2, retry_delay=60)
def run_published_emails_task(*, run_id: int) -> None:
    run = MatchRun.objects.select_related("season__city").get(pk=run_id)
    for message in run_published_messages(run=run):
        send_email_task(**message)


def run_published_notify(*, run: MatchRun) -> None:
    """Queue the run's e-mails to go out after the publication commits."""
    enqueue(run_published_emails_task, run_id=run.pk)
