"""Pages of the jobs board: list with search and filters, detail with JSON-LD, feed, alerts, employers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.html import escape, linebreaks
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from microcity.accounts.http import acting_user
from microcity.core import exports, throttle
from microcity.core import pagecache as core_pagecache
from microcity.core.apps import SITE_GENERATION
from microcity.core.dates import long_date
from microcity.core.decorators import with_city
from microcity.core.http import client_address
from microcity.core.links import absolute_url
from microcity.core.models import City, Organisation
from microcity.core.refusals import refusal_as_form_error, refusal_as_message
from microcity.search.pagecache import cache_public_page
from microcity.search.templatetags.search_correction import exact_requested
from microcity.talent import indexing, permissions, selectors, services
from microcity.talent.forms import AlertForm, JobForm, JobSearchForm, ReturnForm
from microcity.talent.models import LANGUAGE_CHOICES, SCHEMA_EMPLOYMENT_TYPE, Job, JobAlert

PER_PAGE = 20


def _page(request: HttpRequest) -> int:
    try:
        return max(1, min(500, int(request.GET.get("page", "1"))))
    except ValueError:
        return 1


@cache_public_page()
@with_city
@require_GET
def job_list(request: HttpRequest, city: City) -> HttpResponse:
    form = JobSearchForm(request.GET or None)
    query = form.cleaned_data.get("q", "") if form.is_valid() else ""
    sort = (form.cleaned_data.get("sort") if form.is_valid() else "") or ("relevance" if query else "newest")
    filters = form.filters()
    result = selectors.jobs_search(
        city=city,
        query=query,
        filters=filters,
        sort=sort,
        page=_page(request),
        correct=not exact_requested(request.GET),
    )
    params = request.GET.copy()
    params.pop("page", None)
    context = {
        "city": city,
        "form": form,
        "result": result,
        "query": query,
        "sort": sort,
        "querystring": params.urlencode(),
        "can_post": permissions.can_post_job(request.user),
        "can_review": permissions.can_review_jobs(request.user, city),
    }
    template = "talent/job_list.html#results" if request.htmx else "talent/job_list.html"  # type: ignore[attr-defined]
    return render(request, template, context)


@with_city
@require_http_methods(["GET", "POST"])
def alert_new(request: HttpRequest, city: City) -> HttpResponse:
    """Save the search in the address (the jobs list's query and filters) as an e-mail alert."""
    search_form = JobSearchForm(request.GET or None)
    query = search_form.cleaned_data.get("q", "") if search_form.is_valid() else ""
    filters = search_form.filters()
    form = AlertForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not throttle.allow(f"alert:{client_address(request)}", limit=10, seconds=3600):
            messages.error(request, _("Too many requests from your address. Please try again later."))
            return redirect(request.get_full_path())
        services.alert_create(
            city=city,
            email=form.cleaned_data["email"],
            query=query,
            filters=filters,
            language=(translation.get_language() or "lv")[:2],
        )
        messages.success(request, _("Almost done: open the link we sent to your e-mail to start the alert."))
        return redirect(f"{reverse('talent:jobs', kwargs={'city': city.slug})}?{request.GET.urlencode()}")
    params = request.GET.copy()
    params.pop("page", None)
    context = {
        "city": city,
        "form": form,
        "query": query,
        "summary": search_form.summary(),
        "querystring": params.urlencode(),
    }
    return render(request, "talent/alert_new.html", context)


def _riga(moment: dt.datetime) -> str:
    """An ISO 8601 date and time with Riga's offset on that day (+02:00 in winter, +03:00 in summer)."""
    return timezone.localtime(moment).isoformat(timespec="seconds")


def job_posting_html(job: Job) -> str:
    """The full text of the job for aggregators (Google asks for it as HTML in `description`): the duties,
    the requirements, the skills and languages, the pay and how to apply. Typed text is escaped."""

    def section(heading: str, text: str) -> str:
        return f"<h3>{escape(heading)}</h3>{linebreaks(escape(text))}" if text.strip() else ""

    languages = ", ".join(str(dict(LANGUAGE_CHOICES).get(code, code)) for code in job.languages or [])
    apply = [job.how_to_apply]
    if job.apply_email:
        apply.append(_("E-mail: %(email)s") % {"email": job.apply_email})
    if job.apply_url:
        apply.append(_("Online: %(url)s") % {"url": job.apply_url})
    return "".join(
        [
            linebreaks(escape(job.description)),
            section(_("Requirements"), job.requirements),
            section(_("Skills"), job.skills),
            section(_("Languages"), languages),
            section(
                _("Salary"),
                _("%(low)s–%(high)s EUR gross a month")
                % {
                    "low": formats.number_format(job.salary_min, 2),
                    "high": formats.number_format(job.salary_max, 2),
                },
            ),
            section(_("How to apply"), "\n".join(apply)),
            section(_("Apply by"), long_date(job.deadline, "nominative")),
        ]
    )


def job_posting_jsonld(request: HttpRequest, job: Job) -> str:
    """schema.org JobPosting with Google's required and recommended properties that we hold: the salary
    range Latvian law requires, dates in Riga time with the offset of the day, the full text as HTML."""
    deadline_end = timezone.make_aware(dt.datetime.combine(job.deadline, dt.time(23, 59, 59)))
    url = absolute_url("talent:job", city=job.city.slug, pk=job.pk, slug=job.slug)
    data: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": job.title,
        "description": job_posting_html(job),
        "identifier": {"@type": "PropertyValue", "name": job.organisation.name, "value": str(job.pk)},
        "datePosted": _riga(job.published_at or job.created_at),
        "validThrough": _riga(deadline_end),
        "employmentType": SCHEMA_EMPLOYMENT_TYPE.get(job.employment_type, "OTHER"),
        "hiringOrganization": {"@type": "Organization", "name": job.organisation.name},
        "jobLocation": {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "streetAddress": job.address,
                "addressLocality": job.city.name_lv,
                "addressCountry": "LV",
            },
        },
        "baseSalary": {
            "@type": "MonetaryAmount",
            "currency": "EUR",
            "value": {
                "@type": "QuantitativeValue",
                "minValue": float(job.salary_min),
                "maxValue": float(job.salary_max),
                "unitText": "MONTH",
            },
        },
        # Applications go to the employer (e-mail or its own site): our page has no application form.
        "directApply": False,
        "occupationalCategory": f"{job.occupation.code} {job.occupation.label_en}",
        "url": url,
    }
    if job.requirements.strip():
        data["qualifications"] = job.requirements
    if job.skills.strip():
        data["skills"] = job.skills
    if job.languages:
        data["inLanguage"] = list(job.languages)
    if job.organisation.website:
        data["hiringOrganization"]["sameAs"] = job.organisation.website
    if job.workplace_type == "remote":
        data["jobLocationType"] = "TELECOMMUTE"
        data["applicantLocationRequirements"] = {"@type": "Country", "name": "LV"}
    if job.start_date:
        data["jobStartDate"] = job.start_date.isoformat()
    return exports.json_for_script(data)


@with_city
def job_detail(request: HttpRequest, city: City, pk: int, slug: str = "") -> HttpResponse:
    try:
        job = selectors.job_for_viewer(user=request.user, city=city, pk=pk)
    except Job.DoesNotExist as exc:
        raise Http404 from exc
    return render(
        request,
        "talent/job_detail.html",
        {
            "city": city,
            "job": job,
            "jsonld": job_posting_jsonld(request, job) if job.is_open else "",
            "employer_public": job.is_open
            or selectors.employer_has_public_page(city=city, organisation_id=job.organisation_id),
            "can_edit": permissions.can_edit_job(request.user, job),
            "can_review": permissions.can_review_jobs(request.user, city),
            "return_form": ReturnForm(),
        },
    )


class JobFeed(exports.AtomFeedView):
    """The newest open jobs of a city as an Atom feed: each entry's author is the employer, its id a tag URI
    that stays when the job is edited, and readers that ask again get 304 while nothing has changed."""

    def get_object(self, request: HttpRequest, city: str) -> City:  # type: ignore[override]
        return get_object_or_404(City, slug=city, is_active=True)

    def title(self, obj: City) -> str:
        return _("Jobs in %(city)s") % {"city": obj.name}

    def link(self, obj: City) -> str:
        return absolute_url("talent:jobs", city=obj.slug)

    def feed_url(self, obj: City) -> str:
        return absolute_url("talent:feed", city=obj.slug)

    def author_name(self, obj: City) -> str:
        return _("%(site)s, %(city)s") % {"site": settings.WAGTAIL_SITE_NAME, "city": obj.name}

    def author_link(self, obj: City) -> str:
        return absolute_url("talent:jobs", city=obj.slug)

    def feed_guid(self, obj: City) -> str:
        return exports.tag_uri("jobs-feed", obj.pk, dt.date(2024, 1, 1))

    def feed_updated(self, obj: City) -> dt.datetime:
        return selectors.jobs_feed_changed_at(city=obj)

    def subtitle(self, obj: City) -> str:
        return _("New jobs from employers in %(city)s, with the salary range.") % {"city": obj.name}

    def items(self, obj: City) -> Any:
        return selectors.open_jobs(city=obj).select_related("organisation").order_by("-published_at")[:50]

    def item_title(self, item: Job) -> str:
        return f"{item.title} — {item.organisation.name}"

    def item_description(self, item: Job) -> str:
        return (
            _("%(low)s–%(high)s EUR gross a month. Apply by %(deadline)s.")
            % {
                "low": item.salary_min,
                "high": item.salary_max,
                "deadline": long_date(item.deadline, "dative"),
            }
            + "\n\n"
            + item.description
        )

    def item_link(self, item: Job) -> str:
        return absolute_url("talent:job", city=item.city.slug, pk=item.pk, slug=item.slug)

    def item_pubdate(self, item: Job) -> Any:
        return item.published_at

    def item_updateddate(self, item: Job) -> Any:
        return max(item.updated_at, item.published_at or item.updated_at)

    def item_author_name(self, item: Job) -> str:
        return item.organisation.name

    def item_guid(self, item: Job) -> str:
        return exports.tag_uri("job", item.pk, item.created_at)

    def item_guid_is_permalink(self, item: Job) -> bool:
        return False


@with_city
def alert_confirm(request: HttpRequest, city: City, token: str) -> HttpResponse:
    try:
        alert = services.alert_confirm(token=token)
    except JobAlert.DoesNotExist as exc:
        raise Http404 from exc
    return render(request, "talent/alert_status.html", {"city": city, "alert": alert, "state": "confirmed"})


@csrf_exempt  # the token in the address is the secret; mail clients post here without a form
@with_city
@require_http_methods(["GET", "POST"])
def alert_unsubscribe(request: HttpRequest, city: City, token: str) -> HttpResponse:
    """GET asks for confirmation (mail scanners follow links); POST, from the page or from a mail client's
    one-click List-Unsubscribe-Post, unsubscribes."""
    alert = get_object_or_404(JobAlert, token=token)
    if request.method == "POST":
        services.alert_unsubscribe(token=token)
        return render(
            request, "talent/alert_status.html", {"city": city, "alert": alert, "state": "unsubscribed"}
        )
    return render(request, "talent/alert_status.html", {"city": city, "alert": alert, "state": "ask"})


@cache_public_page()
@with_city
def employer(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    organisation = get_object_or_404(selectors.public_employers(city=city), pk=pk)
    jobs = selectors.open_jobs(city=city).filter(organisation=organisation).select_related("occupation")
    return render(request, "talent/employer.html", {"city": city, "organisation": organisation, "jobs": jobs})


@cache_public_page()
@with_city
def employers(request: HttpRequest, city: City) -> HttpResponse:
    page = Paginator(selectors.employers_with_open_jobs(city=city), 30).get_page(request.GET.get("page"))
    return render(request, "talent/employers.html", {"city": city, "page": page})


@login_required
@with_city
def my_jobs(request: HttpRequest, city: City) -> HttpResponse:
    if not permissions.can_post_job(request.user):
        raise PermissionDenied
    page = Paginator(selectors.jobs_of_employer(user=request.user, city=city), PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(request, "talent/my_jobs.html", {"city": city, "page": page})


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def job_edit(request: HttpRequest, city: City, pk: int | None = None) -> HttpResponse:
    job = get_object_or_404(Job, pk=pk, city=city) if pk else None
    if job is not None and not permissions.can_edit_job(request.user, job):
        raise PermissionDenied
    if job is None and not permissions.can_post_job(request.user):
        raise PermissionDenied
    organisations = (
        Organisation.objects.filter(city=city, pk__in=permissions.employer_organisation_ids(request.user))
        if not request.user.is_superuser
        else Organisation.objects.filter(city=city)
    )
    form = JobForm(request.POST or None, instance=job, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        with refusal_as_form_error(form):
            saved = services.job_save(
                by=acting_user(request),
                organisation=form.cleaned_data["organisation"],
                data=form.job_data(),
                job=Job.objects.get(pk=job.pk) if job else None,
            )
            if request.POST.get("submit_for_approval"):
                services.job_submit(job=saved, by=acting_user(request))
                messages.success(request, _("Sent to the city's editors for approval."))
            else:
                messages.success(request, _("The job is saved as a draft."))
            return redirect("talent:my_jobs", city=city.slug)
    return render(request, "talent/job_edit.html", {"city": city, "form": form, "job": job})


@login_required
@with_city
def review_queue(request: HttpRequest, city: City) -> HttpResponse:
    if not permissions.can_review_jobs(request.user, city):
        raise PermissionDenied
    page = Paginator(selectors.review_queue(city=city), PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "talent/review_queue.html", {"city": city, "page": page})


def _approve_job(request: HttpRequest, city: City, job: Job) -> HttpResponse | None:
    services.job_approve(job=job, by=acting_user(request))
    messages.success(request, _("The job is published."))
    return None


def _return_job(request: HttpRequest, city: City, job: Job) -> HttpResponse | None:
    form = ReturnForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say what the employer should change."))
        return redirect("talent:job", city=city.slug, pk=job.pk, slug=job.slug)
    services.job_return(job=job, by=acting_user(request), reason=form.cleaned_data["reason"])
    messages.success(request, _("The job is returned to the employer."))
    return None


def _withdraw_job(request: HttpRequest, city: City, job: Job) -> HttpResponse | None:
    services.job_withdraw(job=job, by=acting_user(request))
    messages.success(request, _("The job is withdrawn."))
    return None


def _submit_job(request: HttpRequest, city: City, job: Job) -> HttpResponse | None:
    services.job_submit(job=job, by=acting_user(request))
    messages.success(request, _("Sent to the city's editors for approval."))
    return None


JOB_ACTIONS: dict[str, Callable[[HttpRequest, City, Job], HttpResponse | None]] = {
    "approve": _approve_job,
    "return": _return_job,
    "withdraw": _withdraw_job,
    "submit": _submit_job,
}


@login_required
@with_city
@require_http_methods(["POST"])
def job_action(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    job = get_object_or_404(Job.objects.select_related("organisation", "occupation"), pk=pk, city=city)
    action = request.POST.get("action", "")
    act = JOB_ACTIONS.get(action)
    if act is None:
        raise PermissionDenied
    with refusal_as_message(request):
        response = act(request, city, job)
        if response is not None:
            return response
    if permissions.can_review_jobs(request.user, city) and action in {"approve", "return"}:
        return redirect("talent:review_queue", city=city.slug)
    return redirect("talent:my_jobs", city=city.slug)


@core_pagecache.cache_public_page(depends_on=(SITE_GENERATION, indexing.GUIDE_GENERATION))
@with_city
def living(request: HttpRequest, city: City, slug: str | None = None) -> HttpResponse:
    """The city's living guide in the current language, served from Wagtail pages."""
    from microcity.talent.models import LivingGuideIndexPage

    language = (translation.get_language() or "lv")[:2]
    index_page = LivingGuideIndexPage.objects.live().filter(city=city, locale__language_code=language).first()
    if index_page is None:
        raise Http404
    if slug is None:
        return index_page.serve(request)
    page = index_page.get_children().live().filter(slug=slug).specific().first()
    if page is None:
        raise Http404
    return page.serve(request)
