"""Pages of grants: the public call pages with the funded projects; the applicant's application with its
budget table (htmx autosave, and a plain form without JavaScript); the coordinator's set-up, ranked
table, screening, assignment, decisions, agreements, reports and exports; the evaluator's reviews."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from microcity.accounts.http import acting_user
from microcity.accounts.models import User
from microcity.core import exports
from microcity.core.decorators import with_city
from microcity.core.http import client_address
from microcity.core.models import AuditAction, City, Organisation
from microcity.core.refusals import refusal_caught
from microcity.core.services import audit_log
from microcity.grants import documents, forms, permissions, selectors, services
from microcity.grants.models import (
    Application,
    ApplicationStatus,
    Attachment,
    Call,
    Criterion,
    FollowUp,
    Payment,
    Question,
    ReportStatus,
    Review,
    Strand,
)
from microcity.grants.workflows import GrantsError

S = ApplicationStatus
PER_PAGE = 50


def _coordinator(request: HttpRequest, city: City) -> User:
    user = acting_user(request)
    if not permissions.is_coordinator(user, city):
        raise PermissionDenied
    return user


def _call(city: City, pk: int, *, public: bool = True) -> Call:
    call = get_object_or_404(Call.objects.select_related("city"), pk=pk, city=city)
    if public and not call.is_public:
        raise Http404
    return call


def _nav(request: HttpRequest, city: City) -> dict[str, Any]:
    user = request.user
    return {
        "city": city,
        "is_coordinator": permissions.is_coordinator(user, city),
        "is_evaluator": permissions.is_evaluator(user, city),
        "is_applicant": bool(permissions.represented_organisation_ids(user)),
    }


# --- Public -------------------------------------------------------------------------------------------


@with_city
@require_http_methods(["GET"])
def index(request: HttpRequest, city: City) -> HttpResponse:
    calls = list(selectors.calls_public(city=city))
    now = timezone.now()
    rows = [(call, selectors.call_totals(call)) for call in calls]
    return render(request, "grants/index.html", {**_nav(request, city), "rows": rows, "now": now})


@with_city
@require_http_methods(["GET"])
def call_detail(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    call = _call(city, pk)
    user = request.user
    organisations = Organisation.objects.filter(pk__in=permissions.represented_organisation_ids(user))
    start_form = forms.StartForm(organisations=organisations, call=call) if organisations else None
    return render(
        request,
        "grants/call.html",
        {
            **_nav(request, city),
            "call": call,
            "strands": list(call.strands.all()),
            "totals": selectors.call_totals(call),
            "funded": list(selectors.funded_projects(call)),
            "is_open": call.is_open(),
            "start_form": start_form,
        },
    )


# --- Applicant ----------------------------------------------------------------------------------------


@login_required
@with_city
@require_POST
def application_start(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    call = _call(city, pk)
    user = acting_user(request)
    organisations = Organisation.objects.filter(pk__in=permissions.represented_organisation_ids(user))
    form = forms.StartForm(request.POST, organisations=organisations, call=call)
    if not organisations:
        raise PermissionDenied
    if form.is_valid():
        with refusal_caught() as refusal:
            application = services.application_start(
                call=call,
                organisation=form.cleaned_data["organisation"],
                strand=form.cleaned_data["strand"],
                title=form.cleaned_data["title"],
                by=user,
            )
        if refusal.error is None:
            return redirect("grants:application", city=city.slug, pk=application.pk)
        for message in refusal.messages:
            messages.error(request, message)
    else:
        messages.error(request, _("Choose the organisation and the strand, and give the project a title."))
    return redirect("grants:call", city=city.slug, pk=call.pk)


@login_required
@with_city
@require_http_methods(["GET"])
def mine(request: HttpRequest, city: City) -> HttpResponse:
    user = acting_user(request)
    rows = list(selectors.applications_of(user=user, city=city))
    open_calls = [c for c in selectors.calls_public(city=city) if c.is_open()]
    return render(
        request, "grants/mine.html", {**_nav(request, city), "applications": rows, "open_calls": open_calls}
    )


def _application(city: City, pk: int) -> Application:
    return get_object_or_404(
        Application.objects.select_related("call__city", "strand", "organisation", "applicant"),
        pk=pk,
        call__city=city,
    )


def _edit_forms(request: HttpRequest, application: Application) -> tuple[Any, Any, Any]:
    if request.method == "POST":
        return (
            forms.ApplicationForm(request.POST, application=application),
            forms.BudgetFormSet(request.POST, prefix="lines"),
            forms.PriorAidFormSet(request.POST, prefix="aid"),
        )
    answers = application.answers or {}
    initial = {
        "title": application.title,
        "summary": application.summary,
        "strand": application.strand_id,
        "company_registered_on": application.company_registered_on,
        "sector": application.sector,
        "requested": application.requested,
        "linked_undertakings": application.linked_undertakings,
        "deminimis_declared": application.deminimis_declared,
        "consent": application.consent,
        "truthful": application.truthful,
        **{f"q_{key}": value for key, value in answers.items()},
    }
    lines = [
        {
            "description": line.description,
            "quantity": line.quantity,
            "unit_price": line.unit_price,
            "eligible": line.eligible,
        }
        for line in application.budget_lines.all()
    ]
    aid = [
        {
            "undertaking": a.undertaking,
            "granting_body": a.granting_body,
            "granted_on": a.granted_on,
            "amount": a.amount,
        }
        for a in application.prior_aid.all()
    ]
    return (
        forms.ApplicationForm(initial=initial, application=application),
        forms.BudgetFormSet(initial=lines, prefix="lines"),
        forms.PriorAidFormSet(initial=aid, prefix="aid"),
    )


def _save_draft(
    request: HttpRequest, application: Application, form: Any, lines: Any, aid: Any
) -> Application | None:
    if not (form.is_valid() and lines.is_valid() and aid.is_valid()):
        return None
    with refusal_caught() as refusal:
        application = services.application_save(
            application=application,
            data=form.fields_data(),
            by=acting_user(request),
            lines=[row for row in (f.line() for f in lines.forms) if row],
            prior=[row for row in (f.row() for f in aid.forms) if row],
        )
    if refusal.error is not None:
        for message in refusal.messages:
            form.add_error(None, message)
        return None
    return application


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def application_detail(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    """The applicant's page of one application: the form while it is a draft (saved as they type), then
    what was submitted, the questions of the coordinator, the decision, the agreement and the report."""
    application = _application(city, pk)
    user = acting_user(request)
    if not permissions.is_applicant_of(user, application):
        if permissions.is_coordinator(user, city):
            return redirect("grants:manage_application", city=city.slug, pk=application.pk)
        raise Http404
    if application.status == S.DRAFT:
        return _edit(request, city, application)
    action = request.POST.get("action", "") if request.method == "POST" else ""
    if action in APPLICANT_ACTIONS:
        response = APPLICANT_ACTIONS[action](request, city, application)
        if response is not None:
            return response
        application = _application(city, pk)
    return _applicant_page(request, city, application)


def _attachments(request: HttpRequest, city: City, application: Application) -> HttpResponse | None:
    """The file forms beside the draft: attach one file, or remove one."""
    action = request.POST.get("action", "")
    if action == "attach":
        upload = request.FILES.get("upload")
        if upload is None:
            messages.error(request, _("Choose a file."))
        else:
            with refusal_caught() as refusal:
                services.attachment_add(application=application, upload=upload, by=acting_user(request))
            for message in refusal.messages:
                messages.error(request, message)
            if refusal.error is None:
                messages.success(request, _("The file is attached."))
    elif action.startswith("detach-") and action.removeprefix("detach-").isdigit():
        attachment = get_object_or_404(
            Attachment, pk=int(action.removeprefix("detach-")), application=application
        )
        services.attachment_remove(attachment=attachment, by=acting_user(request))
        messages.success(request, _("The file is removed."))
    else:
        return None
    return redirect("grants:application", city=city.slug, pk=application.pk)


def _edit(request: HttpRequest, city: City, application: Application) -> HttpResponse:
    if request.method == "POST":
        response = _attachments(request, city, application)
        if response is not None:
            return response
    form, lines, aid = _edit_forms(request, application)
    problems: list[str] = []
    if request.method == "POST":
        saved = _save_draft(request, application, form, lines, aid)
        action = request.POST.get("action", "save")
        if saved is not None:
            application = saved
            if action == "submit":
                with refusal_caught() as refusal:
                    services.application_submit(application=application, by=acting_user(request))
                if refusal.error is None:
                    messages.success(
                        request,
                        _("Your application is submitted. A receipt with its PDF is on its way by e-mail."),
                    )
                    return redirect("grants:application", city=city.slug, pk=application.pk)
                problems = refusal.messages
            elif not request.htmx:  # type: ignore[attr-defined]
                messages.success(request, _("Draft saved."))
                return redirect("grants:application", city=city.slug, pk=application.pk)
    application = (
        Application.objects.select_related("call__city", "strand", "organisation")
        .prefetch_related("budget_lines", "prior_aid")
        .get(pk=application.pk)
    )
    context = {
        **_nav(request, city),
        "application": application,
        "form": form,
        "lines": lines,
        "aid": aid,
        "totals": application.totals(),
        "live_problems": services.budget_problems(application),
        "problems": problems,
        "headroom": services.deminimis_headroom(application),
        "saved_at": timezone.now(),
        "attachments": list(application.attachments.all()),
    }
    template = "grants/application_edit.html#summary" if request.htmx else "grants/application_edit.html"  # type: ignore[attr-defined]
    return render(request, template, context)


def _applicant_answer(request: HttpRequest, city: City, application: Application) -> HttpResponse | None:
    form = forms.AnswerForm(request.POST)
    if form.is_valid():
        with refusal_caught() as refusal:
            services.application_answer(
                application=application, answer=form.cleaned_data["answer"], by=acting_user(request)
            )
        if refusal.error is None:
            messages.success(request, _("Your answer is sent; the application is back with the coordinator."))
            return redirect("grants:application", city=city.slug, pk=application.pk)
        for message in refusal.messages:
            messages.error(request, message)
    else:
        messages.error(request, _("Write your answer."))
    return None


def _applicant_withdraw(request: HttpRequest, city: City, application: Application) -> HttpResponse | None:
    services.application_withdraw(application=application, by=acting_user(request))
    messages.success(request, _("The application is withdrawn."))
    return redirect("grants:application", city=city.slug, pk=application.pk)


def _applicant_report(request: HttpRequest, city: City, application: Application) -> HttpResponse | None:
    form = forms.ReportForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Check the report's figures."))
        return None
    submit = request.POST.get("submit_report") == "1"
    with refusal_caught() as refusal:
        services.report_save(
            application=application, data=form.cleaned_data, by=acting_user(request), submit=submit
        )
    if refusal.error is not None:
        for message in refusal.messages:
            messages.error(request, message)
        return None
    messages.success(request, _("The report is submitted.") if submit else _("The report is saved."))
    return redirect("grants:application", city=city.slug, pk=application.pk)


APPLICANT_ACTIONS: dict[str, Callable[[HttpRequest, City, Application], HttpResponse | None]] = {
    "answer": _applicant_answer,
    "withdraw": _applicant_withdraw,
    "report": _applicant_report,
}


def _applicant_page(request: HttpRequest, city: City, application: Application) -> HttpResponse:
    report = getattr(application, "report", None) if hasattr(application, "report") else None
    report_form = None
    if application.status == S.CONTRACTED and (
        report is None or report.status in (ReportStatus.DRAFT, ReportStatus.RETURNED)
    ):
        initial = {f: getattr(report, f) for f in services.REPORT_FIELDS} if report else {}
        report_form = forms.ReportForm(initial=initial)
    return render(
        request,
        "grants/application.html",
        {
            **_nav(request, city),
            "application": application,
            "snapshot": application.submitted_snapshot or {},
            "requests": list(application.info_requests.all()),
            "answer_form": forms.AnswerForm() if application.status == S.RETURNED else None,
            "can_withdraw": permissions.can_withdraw_application(request.user, application),
            "agreement": getattr(application, "agreement", None)
            if hasattr(application, "agreement")
            else None,
            "report": report,
            "report_form": report_form,
            "payments": list(application.payments.all()),
        },
    )


def _pdf_allowed(request: HttpRequest, application: Application) -> None:
    if not permissions.can_view_application(request.user, application):
        raise Http404


@login_required
@with_city
@require_http_methods(["GET"])
def application_pdf(request: HttpRequest, city: City, pk: int, kind: str) -> HttpResponse:
    application = _application(city, pk)
    _pdf_allowed(request, application)
    language = translation.get_language() or "lv"
    if kind == "application" and application.submitted_at:
        content = documents.application_pdf(application, language=language)
    elif kind == "decision" and application.decided_at:
        content = documents.decision_pdf(application, language=language)
    elif kind == "agreement" and hasattr(application, "agreement"):
        content = documents.agreement_pdf(application, language=language)
    else:
        raise Http404
    if not permissions.is_applicant_of(request.user, application):
        audit_log(
            actor=request.user,
            action=AuditAction.VIEW,
            obj=application,
            city=city,
            address=client_address(request),
            details={"pdf": kind},
        )
    return exports.download(
        content, filename=f"{kind}-{application.number or application.pk}.pdf", content_type="application/pdf"
    )


@login_required
@with_city
@require_http_methods(["GET"])
def attachment_download(request: HttpRequest, city: City, pk: int, file_id: int) -> HttpResponse:
    """An attached file for the applicant, the city's coordinators and its evaluators (no conflict);
    staff downloads are audited."""
    application = _application(city, pk)
    user = request.user
    evaluator = Review.objects.filter(application=application, evaluator_id=user.pk, conflict=False).exists()
    if not (
        permissions.can_view_application(user, application)
        or (evaluator and permissions.is_evaluator(user, city))
    ):
        raise Http404
    attachment = get_object_or_404(Attachment, pk=file_id, application=application)
    if not permissions.is_applicant_of(user, application):
        audit_log(
            actor=user,
            action=AuditAction.VIEW,
            obj=application,
            city=city,
            address=client_address(request),
            details={"attachment": attachment.pk},
        )
    response = FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=attachment.original_name,
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response  # type: ignore[return-value]  # a streamed file, as with_city passes it on


@with_city
@require_http_methods(["GET", "POST"])
def follow_up(request: HttpRequest, city: City, token: str) -> HttpResponse:
    """The one-time link of the yearly follow-up: the token is the key, no sign-in; answered once."""
    found = (
        FollowUp.objects.select_related("application__organisation", "application__call")
        .filter(token=token, application__call__city=city)
        .first()
    )
    if found is None:
        raise Http404
    form = forms.FollowUpForm(request.POST or None)
    if request.method == "POST" and found.answered_at is None and form.is_valid():
        with refusal_caught() as refusal:
            services.follow_up_answer(token=token, data=form.cleaned_data, address=client_address(request))
        if refusal.error is None:
            return redirect("grants:follow_up", city=city.slug, token=token)
    response = render(request, "grants/follow_up.html", {"city": city, "follow_up": found, "form": form})
    response["Referrer-Policy"] = "no-referrer"  # the token must not leak to other sites
    return response


# --- Coordinator ---------------------------------------------------------------------------------------


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def manage(request: HttpRequest, city: City) -> HttpResponse:
    user = _coordinator(request, city)
    form = forms.CallForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with refusal_caught() as refusal:
            call = services.call_create(city=city, data=form.cleaned_data, by=user)
        if refusal.error is None:
            messages.success(
                request, _("The call is created as a draft: add its strands, criteria and questions.")
            )
            return redirect("grants:setup", city=city.slug, pk=call.pk)
        for message in refusal.messages:
            form.add_error(None, message)
    calls = list(selectors.calls_managed(city=city))
    return render(request, "grants/manage.html", {**_nav(request, city), "calls": calls, "form": form})


SETUP_PARTS: dict[str, tuple[type[Any], Any, type[Any]]] = {
    "strand": (forms.StrandForm, services.strand_add, Strand),
    "criterion": (forms.CriterionForm, services.criterion_add, Criterion),
    "question": (forms.QuestionForm, services.question_add, Question),
}


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def setup(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    """The call's set-up in one page: its texts and rules, strands, criteria, questions and status."""
    user = _coordinator(request, city)
    call = _call(city, pk, public=False)
    action = request.POST.get("action", "") if request.method == "POST" else ""
    call_form = forms.CallForm(request.POST if action == "call" else None, instance=call)
    part_forms = {
        key: spec[0](request.POST if action == key else None, prefix=key) for key, spec in SETUP_PARTS.items()
    }
    if action:
        with refusal_caught() as refusal:
            done = _setup_action(request, call, action, call_form, part_forms, user)
        if refusal.error is not None:
            for message in refusal.messages:
                messages.error(request, message)
        elif done:
            return redirect("grants:setup", city=city.slug, pk=call.pk)
    call = _call(city, pk, public=False)
    return render(
        request,
        "grants/setup.html",
        {
            **_nav(request, city),
            "call": call,
            "call_form": call_form,
            "part_forms": part_forms,
            "strands": list(call.strands.all()),
            "criteria": list(call.criteria.all()),
            "questions": list(call.questions.all()),
            "frozen": call.first_submission_at is not None,
        },
    )


def _setup_action(
    request: HttpRequest, call: Call, action: str, call_form: Any, part_forms: dict[str, Any], user: User
) -> bool:
    if action == "call":
        if not call_form.is_valid():
            return False
        fresh = Call.objects.get(pk=call.pk)  # the form changed `call` in memory; the service compares
        services.call_update(call=fresh, data=call_form.cleaned_data, by=user)
        messages.success(request, _("The call is saved."))
        return True
    if action in SETUP_PARTS:
        form = part_forms[action]
        if not form.is_valid():
            return False
        SETUP_PARTS[action][1](call=call, data=form.cleaned_data, by=user)
        messages.success(request, _("Added."))
        return True
    if action.startswith("remove-"):
        kind, _sep, raw = action.removeprefix("remove-").partition("-")
        if kind not in SETUP_PARTS or not raw.isdigit():
            raise Http404
        part = get_object_or_404(SETUP_PARTS[kind][2], pk=int(raw), call=call)
        services.call_part_remove(call=call, part=part, by=user)
        messages.success(request, _("Removed."))
        return True
    transitions = {
        "publish": services.call_publish,
        "decide": services.call_decide,
        "close": services.call_close,
    }
    if action in transitions:
        transitions[action](call=call, by=user)
        messages.success(request, _("The call's status is changed."))
        return True
    raise Http404


def _filtered(request: HttpRequest, call: Call) -> tuple[Any, Any]:
    form = forms.FilterForm(request.GET or None, call=call)
    data = form.cleaned_data if form.is_valid() else {}
    rows = selectors.applications_ranked(
        call=call,
        status=data.get("status") or "",
        strand=data.get("strand"),
        query=data.get("q") or "",
        disagreement=bool(data.get("disagreement")),
        sort=data.get("sort") or "score",
    )
    return form, rows


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def ranked(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    """The ranked table with filters; bulk actions apply to every application the filter matches."""
    user = _coordinator(request, city)
    call = _call(city, pk, public=False)
    form, rows = _filtered(request, call)
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "assign":
            ids = list(rows.filter(status=S.ELIGIBLE).values_list("pk", flat=True))
            with refusal_caught() as refusal:
                n = services.reviews_assign_matching(call=call, application_ids=ids, by=user)
            if refusal.error is None:
                messages.success(request, _("%(n)d evaluator assignments made.") % {"n": n})
        else:
            raise Http404
        return redirect(request.get_full_path())
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
    counts = selectors.review_counts([a.pk for a in page.object_list])
    for application in page.object_list:
        application.n_reviews, application.n_scored = counts.get(application.pk, (0, 0))  # type: ignore[attr-defined]
    params = request.GET.copy()
    params.pop("page", None)
    context = {
        **_nav(request, city),
        "call": call,
        "form": form,
        "page": page,
        "count": page.paginator.count,
        "querystring": params.urlencode(),
        "totals": selectors.call_totals(call),
        "margin": call.disagreement_margin,
        "budget_left": call.budget - services.awarded_total(call),
    }
    template = "grants/ranked.html#results" if request.htmx else "grants/ranked.html"  # type: ignore[attr-defined]
    return render(request, template, context)


@login_required
@with_city
@require_http_methods(["GET"])
def export(request: HttpRequest, city: City, pk: int, what: str, fmt: str) -> HttpResponse:
    """Payment orders, the de minimis register and the applications, as CSV or XLSX (formula-safe)."""
    user = _coordinator(request, city)
    call = _call(city, pk, public=False)
    if what == "payments":
        header = [
            _("Number"),
            _("Beneficiary"),
            _("Registration number"),
            _("Kind"),
            _("Amount (EUR)"),
            _("Ordered on"),
        ]
        rows: list[list[Any]] = [
            [
                p.application.number,
                p.application.organisation.name,
                p.application.organisation.registration_number,
                p.get_kind_display(),
                p.amount,
                p.ordered_on,
            ]
            for p in Payment.objects.filter(application__call=call)
            .select_related("application__organisation")
            .order_by("ordered_on", "pk")
        ]
    elif what == "deminimis":
        header = [
            _("Beneficiary"),
            _("Registration number"),
            _("Number"),
            _("Award (EUR)"),
            _("Decided on"),
            _("Strand"),
        ]
        rows = [
            [
                a.organisation.name,
                a.organisation.registration_number,
                a.number,
                a.award,
                timezone.localdate(a.decided_at) if a.decided_at else None,
                a.strand.name,
            ]
            for a in selectors.funded_projects(call)
        ]
    elif what == "applications":
        _form, ranked_rows = _filtered(request, call)
        header = [
            _("Number"),
            _("Organisation"),
            _("Title"),
            _("Strand"),
            _("Status"),
            _("Total costs (EUR)"),
            _("Grant requested (EUR)"),
            _("Average score"),
            _("Spread"),
            _("Award (EUR)"),
        ]
        statuses = dict(S.choices)
        strands = {strand.pk: strand.name for strand in call.strands.all()}
        rows = [
            [
                number,
                organisation,
                title,
                strands.get(strand, ""),
                statuses.get(status, status),
                total,
                requested,
                average,
                spread,
                award,
            ]
            for number, organisation, title, strand, status, total, requested, average, spread, award in (
                ranked_rows.values_list(
                    "number",
                    "organisation__name",
                    "title",
                    "strand_id",
                    "status",
                    "total_cost",
                    "requested",
                    "average_score",
                    "score_spread",
                    "award",
                ).iterator(chunk_size=2000)
            )
        ]
    else:
        raise Http404
    audit_log(
        actor=user,
        action=AuditAction.EXPORT,
        obj=call,
        city=city,
        address=client_address(request),
        details={"export": what, "rows": len(rows)},
    )
    filename = f"grants-{what}-{call.pk}"
    if fmt == "xlsx":
        content = exports.xlsx_bytes(title=what, header=header, rows=rows, filters=True)
        return exports.xlsx_response(content, filename=f"{filename}.xlsx")
    if fmt == "csv":
        return exports.csv_response([header, *rows], filename=f"{filename}.csv")
    raise Http404


def _staff_application(city: City, pk: int) -> Application:
    return get_object_or_404(
        Application.objects.select_related(
            "call__city", "strand", "organisation", "applicant"
        ).prefetch_related(
            "budget_lines",
            "prior_aid",
            "info_requests",
            "payments",
            Prefetch(
                "reviews",
                queryset=Review.objects.select_related("evaluator").prefetch_related("scores__criterion"),
            ),
        ),
        pk=pk,
        call__city=city,
    )


def _staff_screen(request: HttpRequest, application: Application, user: User) -> None:
    form = forms.ScreeningForm(request.POST)
    if form.is_valid():
        services.application_screen(
            application=application, checklist=form.checklist(), reason=form.cleaned_data["reason"], by=user
        )
        messages.success(request, _("The screening is recorded."))


def _staff_return(request: HttpRequest, application: Application, user: User) -> None:
    form = forms.InfoRequestForm(request.POST)
    if form.is_valid():
        services.application_return(application=application, question=form.cleaned_data["question"], by=user)
        messages.success(request, _("The application is returned to the applicant for information."))
    else:
        raise GrantsError(_("Write what information is needed."))


def _staff_assign(request: HttpRequest, application: Application, user: User) -> None:
    form = forms.AssignForm(request.POST, evaluators=_evaluator_choices(application.call.city))
    if form.is_valid():
        services.review_assign(application=application, evaluator=form.cleaned_data["evaluator"], by=user)
        messages.success(request, _("The evaluator is assigned."))


def _staff_decide(request: HttpRequest, application: Application, user: User) -> None:
    form = forms.DecisionForm(request.POST)
    if form.is_valid():
        services.decision_save(
            application=application,
            award=form.cleaned_data["award"],
            reason=form.cleaned_data["reason"],
            by=user,
        )
        messages.success(request, _("The decision is recorded and the letter goes out by e-mail."))
    else:
        raise GrantsError(_("Check the award."))


def _staff_agreement(request: HttpRequest, application: Application, user: User) -> None:
    form = forms.AgreementForm(request.POST)
    if form.is_valid():
        agreement = services.agreement_sign(
            application=application, signed_on=form.cleaned_data["signed_on"], by=user
        )
        messages.success(
            request, _("Agreement %(n)s is recorded; the advance is ordered.") % {"n": agreement.number}
        )
    else:
        raise GrantsError(_("Enter the date of signing."))


def _staff_report(request: HttpRequest, application: Application, user: User) -> None:
    form = forms.ReportReviewForm(request.POST)
    if not form.is_valid():
        raise GrantsError(_("Check the accepted costs."))
    report = application.report
    if request.POST.get("decision") == "return":
        services.report_return(report=report, note=form.cleaned_data["note"], by=user)
        messages.success(request, _("The report is returned to the applicant."))
        return
    accepted = form.cleaned_data["accepted_eligible"]
    if accepted is None:
        raise GrantsError(_("Enter the accepted eligible costs."))
    payment = services.report_accept(report=report, accepted_eligible=accepted, by=user)
    messages.success(
        request,
        _("The report is accepted.")
        + (f" {payment.get_kind_display()}: EUR {payment.amount}" if payment else ""),
    )


STAFF_ACTIONS: dict[str, Callable[[HttpRequest, Application, User], None]] = {
    "screen": _staff_screen,
    "return": _staff_return,
    "assign": _staff_assign,
    "decide": _staff_decide,
    "agreement": _staff_agreement,
    "report": _staff_report,
}


def _evaluator_choices(city: City) -> Any:
    return (
        User.objects.filter(
            memberships__city=city, memberships__role__in=permissions.EVALUATOR_ROLES, is_active=True
        )
        .distinct()
        .order_by("last_name", "first_name")
    )


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def manage_application(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    """The coordinator's page of one application; every opening is kept in the audit log."""
    user = _coordinator(request, city)
    application = _staff_application(city, pk)
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action not in STAFF_ACTIONS:
            raise Http404
        STAFF_ACTIONS[action](request, application, user)
        return redirect("grants:manage_application", city=city.slug, pk=application.pk)
    services.application_viewed(application=application, by=user, address=client_address(request))
    reviews = list(application.reviews.all())
    suggestion = services.suggested_screening(application)
    screening = forms.ScreeningForm(initial={**suggestion})
    proposal = (
        services.funding_proposal(application.call).get(application.pk)
        if application.status == S.ELIGIBLE
        else None
    )
    report = application.report if hasattr(application, "report") else None
    return render(
        request,
        "grants/manage_application.html",
        {
            **_nav(request, city),
            "application": application,
            "call": application.call,
            "snapshot": application.submitted_snapshot or {},
            "reviews": reviews,
            "screening_form": screening,
            "return_form": forms.InfoRequestForm(),
            "assign_form": forms.AssignForm(evaluators=_evaluator_choices(city)),
            "decision_form": forms.DecisionForm(initial={"award": proposal}),
            "agreement_form": forms.AgreementForm(initial={"signed_on": timezone.localdate()}),
            "report": report,
            "report_form": forms.ReportReviewForm(
                initial={"accepted_eligible": report.actual_eligible if report else None}
            ),
            "headroom": services.deminimis_headroom(application),
            "proposal": proposal,
            "agreement": application.agreement if hasattr(application, "agreement") else None,
            "budget_left": application.call.budget
            - services.awarded_total(application.call, exclude=application),
        },
    )


# --- Evaluator -----------------------------------------------------------------------------------------


@login_required
@with_city
@require_http_methods(["GET"])
def reviews(request: HttpRequest, city: City) -> HttpResponse:
    user = acting_user(request)
    if not permissions.is_evaluator(user, city):
        raise PermissionDenied
    rows = list(selectors.reviews_of(user=user, city=city))
    return render(request, "grants/reviews.html", {**_nav(request, city), "reviews": rows})


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def review(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    """One assignment: first the conflict-of-interest declaration, then the scores; the others' scores
    only after one's own are submitted. A review with a declared conflict is not found."""
    user = acting_user(request)
    found = get_object_or_404(
        Review.objects.select_related(
            "application__call__city", "application__strand", "application__organisation"
        ),
        pk=pk,
        application__call__city=city,
        evaluator=user,
        conflict=False,
    )
    if not permissions.can_review(user, found):
        raise Http404
    application = found.application
    criteria = list(application.call.criteria.all())
    conflict_form = forms.ConflictForm(request.POST if request.POST.get("action") == "declare" else None)
    score_form = forms.ScoreForm(
        request.POST if request.POST.get("action") == "score" else None, criteria=criteria
    )
    if request.method == "POST":
        if conflict_form.is_bound and conflict_form.is_valid():
            conflict = conflict_form.cleaned_data["conflict"] == "yes"
            services.review_declare(
                review=found, conflict=conflict, reason=conflict_form.cleaned_data["reason"], by=user
            )
            if conflict:
                messages.success(
                    request,
                    _("Your conflict of interest is recorded; the application goes to another evaluator."),
                )
                return redirect("grants:reviews", city=city.slug)
            return redirect("grants:review", city=city.slug, pk=found.pk)
        if score_form.is_bound and score_form.is_valid():
            with refusal_caught() as refusal:
                services.review_submit(review=found, scores=score_form.scores(), by=user)
            if refusal.error is None:
                messages.success(request, _("Your scores are submitted."))
                return redirect("grants:review", city=city.slug, pk=found.pk)
            for message in refusal.messages:
                score_form.add_error(None, message)
    else:
        audit_log(
            actor=user, action=AuditAction.VIEW, obj=application, city=city, address=client_address(request)
        )
    others = []
    if found.submitted_at is not None:
        others = list(
            application.reviews.filter(conflict=False, submitted_at__isnull=False)
            .exclude(pk=found.pk)
            .select_related("evaluator")
            .prefetch_related("scores__criterion")
        )
    return render(
        request,
        "grants/review.html",
        {
            **_nav(request, city),
            "review": found,
            "application": application,
            "snapshot": application.submitted_snapshot or {},
            "conflict_form": conflict_form,
            "score_form": score_form,
            "others": others,
            "my_scores": list(found.scores.select_related("criterion")),
        },
    )
