"""State changes of the jobs board: posting and approval, expiry, search indexing, and job alerts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from microcity.accounts.models import User
from microcity.core import workflow
from microcity.core.links import absolute_url
from microcity.core.models import City, Occupation, Organisation, Person
from microcity.core.tasks import enqueue, send_email_task
from microcity.search.labels import esco_labels, in_both_languages
from microcity.search.selectors import search
from microcity.search.services import IndexEntry, index_entries, index_remove
from microcity.talent import permissions
from microcity.talent.models import EmploymentType, Job, JobAlert, JobStatus, WorkplaceType

FIELDS = [
    "title",
    "occupation",
    "description",
    "requirements",
    "skills",
    "languages",
    "employment_type",
    "workplace_type",
    "address",
    "salary_min",
    "salary_max",
    "start_date",
    "deadline",
    "how_to_apply",
    "apply_email",
    "apply_url",
]
# Salary filter steps (EUR gross a month): a job is listed under every step its ceiling reaches.
SALARY_STEPS = [1000, 1500, 2000, 2500, 3000, 4000]


class JobError(workflow.DomainError):
    """A jobs-board action that cannot be done; the message is translated and shown to the user."""


class NotAllowed(JobError, workflow.NotAllowed):
    pass


# The states each status of a job may be entered from (expiry moves published jobs in bulk: jobs_expire).
JOBS = workflow.Workflow(
    labels=JobStatus,
    allowed=workflow.allowed(
        {
            JobStatus.PENDING: {JobStatus.DRAFT, JobStatus.RETURNED},
            JobStatus.PUBLISHED: {JobStatus.PENDING},
            JobStatus.RETURNED: {JobStatus.PENDING},
            JobStatus.WITHDRAWN: {
                JobStatus.DRAFT,
                JobStatus.RETURNED,
                JobStatus.PENDING,
                JobStatus.PUBLISHED,
            },
            JobStatus.EXPIRED: {JobStatus.PUBLISHED},
        }
    ),
    refusal=gettext_lazy("A job that is “%(from)s” cannot become “%(to)s”."),
    error=JobError,
)


def _check_salary(data: dict[str, Any]) -> None:
    low, high = data.get("salary_min"), data.get("salary_max")
    if low is None or high is None:
        raise JobError(_("Latvian law requires the gross monthly salary range in every job advertisement."))
    if Decimal(low) <= 0 or Decimal(high) < Decimal(low):
        raise JobError(_("The salary range must be positive and “to” not lower than “from”."))


@transaction.atomic
def job_save(*, by: User, organisation: Organisation, data: dict[str, Any], job: Job | None = None) -> Job:
    if job is None:
        if not permissions.can_post_job(by, organisation):
            raise NotAllowed(_("You do not represent this employer."))
        job = Job(organisation=organisation, city=organisation.city, posted_by=by)
    elif not permissions.can_edit_job(by, job):
        raise NotAllowed(_("You cannot change this job now."))
    _check_salary(data)
    if data.get("deadline") and data["deadline"] < timezone.localdate():
        raise JobError(_("The application deadline has already passed."))
    for field, value in data.items():
        if field not in FIELDS:
            raise JobError(f"Unknown field {field}")
        setattr(job, field, value)
    job.full_clean()
    job.save()
    return job


@transaction.atomic
def job_submit(*, job: Job, by: User) -> Job:
    if not permissions.can_post_job(by, job.organisation):
        raise NotAllowed(_("You do not represent this employer."))
    workflow.transition(job, JobStatus.PENDING, workflow=JOBS, by=by, city=job.city)
    return job


@transaction.atomic
def job_approve(*, job: Job, by: User) -> Job:
    if not permissions.can_review_jobs(by, job.city):
        raise NotAllowed(_("Only the city's editors approve jobs."))
    if job.deadline < timezone.localdate():
        raise JobError(_("The application deadline has already passed."))
    job.published_at = timezone.now()
    job.return_reason = ""
    workflow.transition(
        job,
        JobStatus.PUBLISHED,
        workflow=JOBS,
        by=by,
        city=job.city,
        fields=["published_at", "return_reason"],
    )
    job_index(job=job)
    return job


@transaction.atomic
def job_return(*, job: Job, by: User, reason: str) -> Job:
    if not permissions.can_review_jobs(by, job.city):
        raise NotAllowed(_("Only the city's editors approve jobs."))
    if not reason.strip():
        raise JobError(_("Say what the employer should change."))
    job.return_reason = reason.strip()
    workflow.transition(
        job, JobStatus.RETURNED, workflow=JOBS, by=by, city=job.city, fields=["return_reason"]
    )
    return job


@transaction.atomic
def job_withdraw(*, job: Job, by: User) -> Job:
    if not (permissions.can_post_job(by, job.organisation) or permissions.can_review_jobs(by, job.city)):
        raise NotAllowed(_("You cannot withdraw this job."))
    workflow.transition(job, JobStatus.WITHDRAWN, workflow=JOBS, by=by, city=job.city)
    index_remove(keys=[job_key(job)])
    return job


def jobs_expire(*, today: dt.date | None = None) -> int:
    """Published jobs whose deadline has passed become expired and leave the search index."""
    day = today or timezone.localdate()
    expired = list(
        Job.objects.filter(status=JobStatus.PUBLISHED, deadline__lt=day).values_list("pk", flat=True)
    )
    if expired:
        with transaction.atomic():
            Job.objects.filter(pk__in=expired).update(status=JobStatus.EXPIRED, updated_at=timezone.now())
            index_remove(keys=[f"talent.job:{pk}" for pk in expired])
    return len(expired)


def job_key(job: Job) -> str:
    return f"talent.job:{job.pk}"


def job_entry(job: Job) -> IndexEntry:
    occupation = job.occupation
    ceiling = int(job.salary_max)
    return IndexEntry(
        key=job_key(job),
        kind="job",
        language="lv",
        city_id=job.city_id,
        title=job.title,
        text="\n".join(
            [
                occupation.label_lv,
                occupation.label_en,
                job.organisation.name,
                job.description,
                job.requirements,
                job.skills,
            ]
        ),
        facets={
            "group": [occupation.code[:1]],
            "type": [job.employment_type],
            "workplace": [job.workplace_type],
            "salary": [str(step) for step in SALARY_STEPS if ceiling >= step],
            "organisation": [str(job.organisation_id)],
        },
        published_at=job.published_at or job.created_at,
        # For jobs, "popular" order means best paid first.
        popularity=ceiling,
        labels=job_labels(job),
    )


def job_labels(job: Job) -> list[str]:
    """The names of a job's categories as searchable words (search decision 0026): its ISCO-08 groups
    from the unit group up in both languages, ESCO's names for the occupation, the employer, the city,
    the employment and workplace types in both languages."""
    groups = []
    occupation: Occupation | None = job.occupation
    while occupation is not None:
        groups += [occupation.label_lv, occupation.label_en]
        occupation = occupation.parent
    city = job.city
    return [
        *groups,
        *esco_labels(job.occupation.code),
        job.organisation.name,
        city.name_lv,
        city.name_en,
        *in_both_languages(
            lambda: [EmploymentType(job.employment_type).label, WorkplaceType(job.workplace_type).label]
        ),
    ]


def job_index(*, job: Job) -> None:
    if job.is_open:
        index_entries(entries=[job_entry(job)])
    else:
        index_remove(keys=[job_key(job)])


def jobs_reindex() -> int:
    rows = Job.objects.filter(status=JobStatus.PUBLISHED, deadline__gte=timezone.localdate()).select_related(
        "occupation__parent__parent__parent", "organisation", "city"
    )
    return index_entries(entries=(job_entry(job) for job in rows.iterator(chunk_size=500)))


# --- Job alerts ---------------------------------------------------------------------------------


@transaction.atomic
def alert_create(
    *, city: City, email: str, query: str, filters: dict[str, list[str]], language: str
) -> JobAlert:
    """Save a search and send the link that confirms the address; nothing is sent before it is clicked."""
    alert = JobAlert.objects.create(
        city=city, email=email.strip().lower(), query=query.strip()[:200], filters=filters, language=language
    )
    with translation.override(language):
        link = absolute_url("talent:alert_confirm", city=city.slug, token=alert.token)
        body = render_to_string(
            "talent/email/alert_confirm.txt", {"alert": alert, "link": link, "city": city}
        )
        subject = _("Confirm your job alert for %(city)s") % {"city": city.name}
    enqueue(send_email_task, subject=subject, body=body, to=[alert.email])
    return alert


def alert_confirm(*, token: str) -> JobAlert:
    alert = JobAlert.objects.get(token=token, unsubscribed_at__isnull=True)
    if alert.confirmed_at is None:
        alert.confirmed_at = timezone.now()
        alert.save(update_fields=["confirmed_at"])
    return alert


def alert_unsubscribe(*, token: str) -> JobAlert:
    alert = JobAlert.objects.get(token=token)
    if alert.unsubscribed_at is None:
        alert.unsubscribed_at = timezone.now()
        alert.save(update_fields=["unsubscribed_at"])
    return alert


def _new_jobs_for(alert: JobAlert, since: dt.datetime) -> list[Job]:
    result = search(
        kind="job",
        query=alert.query,
        filters={k: list(v) for k, v in (alert.filters or {}).items()},
        city_id=alert.city_id,
        include_platform_wide=False,
        sort="newest",
        per_page=50,
    )
    ids = [int(hit.key.rsplit(":", 1)[1]) for hit in result.hits]
    return list(
        Job.objects.filter(pk__in=ids, status=JobStatus.PUBLISHED, published_at__gt=since)
        .select_related("organisation")
        .order_by("-published_at")[:20]
    )


def alerts_send(*, now: dt.datetime | None = None) -> int:
    """Send each active alert its new jobs, at most once a day; returns how many e-mails went out."""
    moment = now or timezone.now()
    day_ago = moment - dt.timedelta(hours=23)
    sent = 0
    alerts = JobAlert.objects.filter(confirmed_at__isnull=False, unsubscribed_at__isnull=True).select_related(
        "city"
    )
    for alert in alerts.iterator():
        if alert.last_emailed_at and alert.last_emailed_at > day_ago:
            continue  # at most one e-mail a day
        # Only jobs published after confirming (or after the last e-mail) are new for this alert.
        since = alert.last_emailed_at or alert.confirmed_at
        assert since is not None
        jobs = _new_jobs_for(alert, since)
        if not jobs:
            continue
        _send_alert(alert, jobs)
        JobAlert.objects.filter(pk=alert.pk).update(last_emailed_at=moment)
        sent += 1
    return sent


def _send_alert(alert: JobAlert, jobs: Iterable[Job]) -> None:
    from django.core.mail import EmailMultiAlternatives

    with translation.override(alert.language):
        unsubscribe = absolute_url("talent:alert_unsubscribe", city=alert.city.slug, token=alert.token)
        items = [
            {
                "job": job,
                "url": absolute_url("talent:job", city=alert.city.slug, pk=job.pk, slug=job.slug),
            }
            for job in jobs
        ]
        context = {"alert": alert, "items": items, "unsubscribe": unsubscribe, "city": alert.city}
        body = render_to_string("talent/email/alert_jobs.txt", context)
        html = render_to_string("talent/email/alert_jobs.html", context)
        subject = _("New jobs in %(city)s for you") % {"city": alert.city.name}
    message = EmailMultiAlternatives(
        subject=subject,
        body=body,
        to=[alert.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative(html, "text/html")
    message.send()


def export_person_job_alerts(person: Person) -> list[dict[str, Any]]:
    """The job alerts confirmed from the person's e-mail address (an alert is kept by address, not by
    account: confirming it proved the address is theirs), for their own data download."""
    if not person.email:
        return []
    alerts = JobAlert.objects.filter(email__iexact=person.email, confirmed_at__isnull=False)
    return [
        {
            "city": alert.city.slug,
            "search_words": alert.query,
            "filters": alert.filters,
            "language": alert.language,
            "created_at": alert.created_at,
            "confirmed_at": alert.confirmed_at,
            "unsubscribed_at": alert.unsubscribed_at,
            "last_emailed_at": alert.last_emailed_at,
        }
        for alert in alerts.select_related("city").order_by("created_at")
    ]


def job_draft_from_need(need: Any) -> Job:
    """A won investor's hiring need (core.registry.HiringNeed) as a draft job post of the investor, for its
    representative to complete (requirements, how to apply) and send for approval."""
    with translation.override("lv"):
        description = _("%(count)s people needed by %(date)s (the investor's hiring plan).") % {
            "count": need.count,
            "date": need.needed_by.strftime("%d.%m.%Y"),
        }
    if need.note:
        description = f"{description}\n\n{need.note}"
    return Job.objects.create(
        organisation=need.organisation,
        city=need.city,
        title=need.occupation.label_lv[:150],
        occupation=need.occupation,
        description=description,
        requirements="",
        employment_type="full_time",
        address=need.organisation.address,
        salary_min=need.salary_min,
        salary_max=need.salary_max,
        start_date=need.needed_by,
        deadline=need.needed_by,
        how_to_apply="",
        status=JobStatus.DRAFT,
        posted_by=need.by,
    )
