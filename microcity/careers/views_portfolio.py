"""Pages of the career portfolio under /<lang>/portfolio/: the owner's overview and section editors,
the interest questionnaire, goals, evidence files, share links and the public shared page, exports,
future professions, and the read-only view for a guardian or counsellor.

Every read of someone else's portfolio goes through selectors.portfolio_for_viewer (which audits) or
share_link_open (which logs the opening); evidence files are served as attachments after a check."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from microcity.accounts.http import acting_user
from microcity.careers import conf, exports, permissions, selectors, services
from microcity.careers.forms import (
    AboutForm,
    EntryForm,
    EvidenceForm,
    ExportForm,
    GoalForm,
    GoalStatusForm,
    InterestForm,
    PlanStepForm,
    ShareLinkForm,
    SkillForm,
    VisibilityForm,
)
from microcity.careers.interest_statements import STATEMENTS
from microcity.careers.models import (
    ENTRY_SECTIONS,
    Entry,
    Evidence,
    Goal,
    Portfolio,
    PortfolioSkill,
    Section,
    ShareLink,
    Visibility,
)
from microcity.core import exports as files
from microcity.core.http import client_address, id_param
from microcity.core.links import absolute_url
from microcity.core.models import AuditAction, Person
from microcity.core.refusals import refusal_as_message
from microcity.core.services import audit_log

# URL words for the list sections (the model's values use underscores).
SECTION_SLUGS: dict[str, str] = {
    "education": Section.EDUCATION,
    "experience": Section.EXPERIENCE,
    "informal-learning": Section.INFORMAL_LEARNING,
    "achievements": Section.ACHIEVEMENTS,
    "reflections": Section.REFLECTIONS,
}
SLUG_OF: dict[str, str] = {value: slug for slug, value in SECTION_SLUGS.items()}


def _person(request: HttpRequest) -> Person | None:
    return getattr(request.user, "person", None)


def _own_portfolio(request: HttpRequest) -> Portfolio:
    """The signed-in user's portfolio; 404 if they have none (the overview offers to start one)."""
    person = _person(request)
    portfolio = selectors.portfolio_of(person=person) if person else None
    if portfolio is None or not permissions.can_edit_portfolio(request.user, portfolio):
        raise Http404
    return portfolio


def _to_overview(section: str | None = None) -> HttpResponse:
    url = reverse("portfolio:overview")
    return redirect(f"{url}#section-{section}" if section else url)


def _section_rows(view: selectors.PortfolioView, sections: list[str] | None = None) -> list[dict[str, Any]]:
    """The sections in display order, with their content and their visibility, for the templates."""
    rows = []
    for value, label in Section.choices:
        if sections is not None and value not in sections:
            continue
        if value not in view.sections:
            continue
        rows.append(
            {
                "key": value,
                "label": label,
                "items": view.sections[value],
                "visibility": view.visibility.get(value, ""),
                "slug": SLUG_OF.get(value, ""),
                "is_list": value in ENTRY_SECTIONS,
            }
        )
    return rows


def _interest_context(view: selectors.PortfolioView) -> dict[str, Any]:
    history = view.sections.get(Section.INTERESTS) or []
    latest = history[0] if history else None
    return {"latest": latest, "profile": exports.profile_rows(latest.scores) if latest else []}


# --- The owner's pages ----------------------------------------------------------------------------


@login_required
def overview(request: HttpRequest) -> HttpResponse:
    person = _person(request)
    portfolio = selectors.portfolio_of(person=person) if person else None
    if portfolio is None:
        return render(
            request,
            "careers/portfolio_start.html",
            {
                "person": person,
                "can_start": bool(person and permissions.can_create_portfolio(request.user, person)),
                "min_age": conf.portfolio_min_age(),
            },
        )
    view = selectors.portfolio_for_viewer(viewer=request.user, portfolio=portfolio)
    context = {
        "portfolio": portfolio,
        "view": view,
        "rows": _section_rows(view),
        "section_slugs": SLUG_OF,
        "visibility_choices": Visibility.choices,
        **_interest_context(view),
    }
    return render(request, "careers/portfolio.html", context)


@login_required
@require_POST
def start(request: HttpRequest) -> HttpResponse:
    person = _person(request)
    if person is None:
        raise PermissionDenied
    with refusal_as_message(request):
        services.portfolio_create(person=person, by=acting_user(request))
    return redirect("portfolio:overview")


@login_required
@require_http_methods(["GET", "POST"])
def about(request: HttpRequest) -> HttpResponse:
    portfolio = _own_portfolio(request)
    form = AboutForm(request.POST or None, initial={"about": portfolio.about})
    if request.method == "POST" and form.is_valid():
        services.portfolio_update_about(
            portfolio=portfolio, by=acting_user(request), about=form.cleaned_data["about"]
        )
        messages.success(request, _("Saved."))
        return _to_overview(Section.ABOUT)
    return render(request, "careers/about_edit.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def visibility(request: HttpRequest) -> HttpResponse:
    portfolio = _own_portfolio(request)
    current = selectors.visibility_of(portfolio=portfolio)
    form = VisibilityForm(request.POST or None, visibility=current)
    if request.method == "POST" and form.is_valid():
        for section, value in form.cleaned_data.items():
            if current.get(section) != value:
                services.section_visibility_set(
                    portfolio=portfolio, by=acting_user(request), section=section, visibility=value
                )
        messages.success(request, _("Who sees what is saved."))
        return _to_overview()
    return render(request, "careers/visibility.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def entry_new(request: HttpRequest, section: str) -> HttpResponse:
    portfolio = _own_portfolio(request)
    value = SECTION_SLUGS.get(section)
    if value is None:
        raise Http404
    form = EntryForm(request.POST or None, section=value)
    if request.method == "POST" and form.is_valid():
        try:
            entry = services.entry_create(
                portfolio=portfolio, by=acting_user(request), section=value, **form.entry_data()
            )
        except services.CareersError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Added."))
            return redirect("portfolio:entry_edit", pk=entry.pk)
    return render(
        request,
        "careers/entry_edit.html",
        {"form": form, "section_label": Section(value).label, "section": value, "entry": None},
    )


def _own_entry(request: HttpRequest, pk: int) -> Entry:
    portfolio = _own_portfolio(request)
    return get_object_or_404(Entry.objects.select_related("portfolio__person"), pk=pk, portfolio=portfolio)


@login_required
@require_http_methods(["GET", "POST"])
def entry_edit(request: HttpRequest, pk: int) -> HttpResponse:
    entry = _own_entry(request, pk)
    form = EntryForm(request.POST or None, instance=entry, section=entry.section)
    if request.method == "POST" and form.is_valid():
        entry.refresh_from_db()
        try:
            services.entry_update(entry=entry, by=acting_user(request), data=form.entry_data())
        except services.CareersError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Saved."))
            return _to_overview(entry.section)
    return render(
        request,
        "careers/entry_edit.html",
        {
            "form": form,
            "entry": entry,
            "section": entry.section,
            "section_label": entry.get_section_display(),
            "evidence": list(entry.evidence.all()),
            "evidence_form": EvidenceForm(),
        },
    )


@login_required
@require_POST
def entry_delete(request: HttpRequest, pk: int) -> HttpResponse:
    entry = _own_entry(request, pk)
    section = entry.section
    services.entry_delete(entry=entry, by=acting_user(request))
    messages.success(request, _("Deleted."))
    return _to_overview(section)


@login_required
@require_POST
def evidence_add(request: HttpRequest, pk: int) -> HttpResponse:
    entry = _own_entry(request, pk)
    form = EvidenceForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            services.evidence_add(entry=entry, by=acting_user(request), upload=form.cleaned_data["file"])
        except services.CareersError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, _("The file is added."))
    else:
        messages.error(request, " ".join(str(e) for e in form.errors.get("file", [])))
    return redirect("portfolio:entry_edit", pk=entry.pk)


@login_required
@require_POST
def evidence_delete(request: HttpRequest, pk: int) -> HttpResponse:
    portfolio = _own_portfolio(request)
    evidence = get_object_or_404(Evidence.objects.select_related("entry"), pk=pk, entry__portfolio=portfolio)
    services.evidence_delete(evidence=evidence, by=acting_user(request))
    messages.success(request, _("The file is deleted."))
    return redirect("portfolio:entry_edit", pk=evidence.entry_id)


def _file_response(evidence: Evidence) -> FileResponse:
    try:
        handle = evidence.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    response = FileResponse(
        handle, as_attachment=True, filename=evidence.original_name, content_type=evidence.mime_type
    )
    # Never let a browser run or render an upload inline, whatever it claims to be.
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def evidence_download(request: HttpRequest, pk: int) -> FileResponse:
    """The owner, or a guardian or counsellor the entry's section is shared with; nobody else."""
    evidence = get_object_or_404(Evidence.objects.select_related("entry__portfolio__person"), pk=pk)
    portfolio = evidence.entry.portfolio
    if not permissions.can_view_section(request.user, portfolio, evidence.entry.section):
        raise Http404
    if not permissions.is_owner(request.user, portfolio):
        audit_log(
            actor=request.user,
            action=AuditAction.VIEW,
            obj=portfolio,
            person=portfolio.person,
            address=client_address(request),
            details={"evidence": evidence.pk},
        )
    return _file_response(evidence)


@login_required
@require_http_methods(["GET", "POST"])
def skills(request: HttpRequest) -> HttpResponse:
    portfolio = _own_portfolio(request)
    form = SkillForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.skill_add(
                portfolio=portfolio,
                by=acting_user(request),
                skill=data["skill_obj"],
                free_text="" if data["skill_obj"] else data["free_text"],
                note=data["note"],
            )
        except services.CareersError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("The skill is added."))
            return redirect("portfolio:skills")
    rows = list(PortfolioSkill.objects.filter(portfolio=portfolio).select_related("skill"))
    return render(request, "careers/skills.html", {"form": form, "rows": rows})


@login_required
@require_POST
def skill_remove(request: HttpRequest, pk: int) -> HttpResponse:
    portfolio = _own_portfolio(request)
    row = get_object_or_404(
        PortfolioSkill.objects.select_related("portfolio__person"), pk=pk, portfolio=portfolio
    )
    services.skill_remove(portfolio_skill=row, by=acting_user(request))
    messages.success(request, _("The skill is removed."))
    return redirect("portfolio:skills")


@login_required
def interests(request: HttpRequest) -> HttpResponse:
    portfolio = _own_portfolio(request)
    history = selectors.interest_history(portfolio=portfolio)
    latest = history[0] if history else None
    return render(
        request,
        "careers/interests.html",
        {
            "history": history,
            "latest": latest,
            "profile": exports.profile_rows(latest.scores) if latest else [],
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def interests_take(request: HttpRequest) -> HttpResponse:
    portfolio = _own_portfolio(request)
    form = InterestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.assessment_submit(portfolio=portfolio, by=acting_user(request), answers=form.answers())
        except services.CareersError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Your interest profile is ready."))
            return redirect("portfolio:interests")
    return render(request, "careers/interests_take.html", {"form": form, "count": len(STATEMENTS)})


@login_required
@require_http_methods(["GET", "POST"])
def goal_new(request: HttpRequest) -> HttpResponse:
    portfolio = _own_portfolio(request)
    form = GoalForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            goal = services.goal_create(portfolio=portfolio, by=acting_user(request), **form.cleaned_data)
        except services.CareersError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("The goal is added. Now plan its steps."))
            return redirect("portfolio:goal", pk=goal.pk)
    return render(request, "careers/goal_new.html", {"form": form})


# The actions of a goal's page: each may replace a form in `forms` (to show it again with its errors) and
# returns where to go next, or None to show the page again.
GoalAction = Callable[[HttpRequest, Goal, dict[str, Any]], HttpResponse | None]


def _add_step(request: HttpRequest, goal: Goal, forms: dict[str, Any]) -> HttpResponse | None:
    form = forms["step_form"] = PlanStepForm(request.POST)
    if not form.is_valid():
        return None
    services.plan_step_add(goal=goal, by=acting_user(request), **form.cleaned_data)
    messages.success(request, _("The step is added."))
    return redirect("portfolio:goal", pk=goal.pk)


def _set_goal_status(request: HttpRequest, goal: Goal, forms: dict[str, Any]) -> HttpResponse | None:
    form = forms["status_form"] = GoalStatusForm(request.POST)
    if not (form.is_valid() and form.cleaned_data["status"] != goal.status):
        return None
    services.goal_set_status(goal=goal, by=acting_user(request), status=form.cleaned_data["status"])
    messages.success(request, _("Saved."))
    return redirect("portfolio:goal", pk=goal.pk)


def _tick_step(request: HttpRequest, goal: Goal, forms: dict[str, Any], *, done: bool) -> HttpResponse | None:
    step = get_object_or_404(goal.steps, pk=id_param(request.POST.get("step")))
    services.plan_step_set_done(step=step, by=acting_user(request), done=done)
    return redirect("portfolio:goal", pk=goal.pk)


GOAL_ACTIONS: dict[str, GoalAction] = {
    "step": _add_step,
    "status": _set_goal_status,
    "done": lambda request, goal, forms: _tick_step(request, goal, forms, done=True),
    "undone": lambda request, goal, forms: _tick_step(request, goal, forms, done=False),
}


@login_required
@require_http_methods(["GET", "POST"])
def goal_detail(request: HttpRequest, pk: int) -> HttpResponse:
    portfolio = _own_portfolio(request)
    goal = get_object_or_404(Goal.objects.select_related("portfolio__person"), pk=pk, portfolio=portfolio)
    forms: dict[str, Any] = {
        "step_form": PlanStepForm(),
        "status_form": GoalStatusForm(initial={"status": goal.status}),
    }
    if request.method == "POST":
        act = GOAL_ACTIONS.get(request.POST.get("action", ""))
        if act is None:
            raise Http404
        with refusal_as_message(request):
            response = act(request, goal, forms)
            if response is not None:
                return response
    return render(
        request, "careers/goal_detail.html", {"goal": goal, "steps": list(goal.steps.all()), **forms}
    )


# --- Sharing --------------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def share_links(request: HttpRequest) -> HttpResponse:
    portfolio = _own_portfolio(request)
    form = ShareLinkForm(request.POST or None)
    new_url = None
    if request.method == "POST" and form.is_valid():
        try:
            _link, token = services.share_link_create(
                portfolio=portfolio,
                by=acting_user(request),
                label=form.cleaned_data["label"],
                sections=form.cleaned_data["sections"],
                expires_at=form.expires_at(),
            )
        except services.CareersError as exc:
            form.add_error(None, str(exc))
        else:
            # The token is shown this once: only its hash is kept.
            new_url = absolute_url("portfolio:shared", token=token)
            form = ShareLinkForm()
    links = list(selectors.share_links_of(portfolio=portfolio))
    labels = dict(Section.choices)
    for link in links:
        link.section_labels = [labels.get(s, s) for s in link.sections]  # type: ignore[attr-defined]
    return render(
        request,
        "careers/share_links.html",
        {"form": form, "links": links, "new_url": new_url, "now": timezone.now()},
    )


@login_required
@require_POST
def share_link_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    portfolio = _own_portfolio(request)
    link = get_object_or_404(
        ShareLink.objects.select_related("portfolio__person"), pk=pk, portfolio=portfolio
    )
    services.share_link_revoke(link=link, by=acting_user(request))
    messages.success(request, _("The link is withdrawn: it no longer opens."))
    return redirect("portfolio:share_links")


@login_required
def share_link_openings(request: HttpRequest, pk: int) -> HttpResponse:
    portfolio = _own_portfolio(request)
    link = get_object_or_404(ShareLink, pk=pk, portfolio=portfolio)
    openings = list(link.openings.all()[:200])
    return render(request, "careers/share_link_openings.html", {"link": link, "openings": openings})


@require_http_methods(["GET"])
def shared(request: HttpRequest, token: str) -> HttpResponse:
    """The public read-only page of a share link; each opening is logged for the owner to see."""
    try:
        view = services.share_link_open(
            token=token,
            address=client_address(request),
            user_agent=request.META.get("HTTP_USER_AGENT", ""),
        )
    except services.ShareLinkClosed:
        response = render(request, "careers/shared_closed.html", status=404)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response
    response = render(
        request,
        "careers/shared.html",
        {"view": view, "rows": _section_rows(view), "token": token, **_interest_context(view)},
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response


@require_http_methods(["GET"])
def shared_evidence(request: HttpRequest, token: str, pk: int) -> FileResponse:
    link = ShareLink.objects.filter(token_hash=services.token_hash(token)).first()
    if link is None or not link.is_open():
        raise Http404
    evidence = get_object_or_404(
        Evidence.objects.select_related("entry"), pk=pk, entry__portfolio_id=link.portfolio_id
    )
    if evidence.entry.section not in link.sections:
        raise Http404
    return _file_response(evidence)


# --- Exports --------------------------------------------------------------------------------------


@login_required
def export(request: HttpRequest) -> HttpResponse:
    """The export form; with `format` in the query, the download itself."""
    portfolio = _own_portfolio(request)
    fmt = request.GET.get("format")
    initial = {"language": (translation.get_language() or "lv")[:2]}
    form = ExportForm(request.GET if fmt else None, initial=initial)
    if fmt and form.is_valid():
        language = form.cleaned_data["language"]
        sections = form.cleaned_data["sections"]
        stamp = timezone.localdate().isoformat()
        if fmt == "pdf":
            content = exports.portfolio_pdf(portfolio=portfolio, sections=sections, language=language)
            filename, content_type = f"portfolio-{language}-{stamp}.pdf", "application/pdf"
        elif fmt == "json":
            content = exports.json_resume_bytes(portfolio=portfolio, sections=sections, language=language)
            filename, content_type = f"resume-{language}-{stamp}.json", files.JSON_CONTENT_TYPE
        else:
            raise Http404
        response = files.download(content, filename=filename, content_type=content_type)
        response["Cache-Control"] = "private, no-store"
        return response
    return render(request, "careers/export.html", {"form": form})


@login_required
def professions(request: HttpRequest) -> HttpResponse:
    portfolio = _own_portfolio(request)
    person = portfolio.person
    suggestions = selectors.future_professions(person=person)
    has_profile = bool(selectors.interest_history(portfolio=portfolio))
    return render(
        request,
        "careers/professions.html",
        {"suggestions": suggestions, "city": person.city, "has_profile": has_profile},
    )


# --- Guardians and counsellors --------------------------------------------------------------------


@login_required
def youths(request: HttpRequest) -> HttpResponse:
    """A guardian's list of the portfolios of youths in their care."""
    rows = list(selectors.portfolios_for_guardian(user=request.user))
    return render(request, "careers/youths.html", {"portfolios": rows})


@login_required
def youth_portfolio(request: HttpRequest, pk: int) -> HttpResponse:
    """A youth's portfolio as a guardian or counsellor may see it: the shared sections only, audited."""
    portfolio = get_object_or_404(
        Portfolio.objects.select_related("person", "person__user", "person__city"), pk=pk
    )
    if permissions.is_owner(request.user, portfolio):
        return redirect("portfolio:overview")
    # A counsellor of the city with nothing shared sees no more than a stranger: not even that it exists.
    kinds = permissions.viewer_kinds(request.user, portfolio)
    visibility = selectors.visibility_of(portfolio=portfolio)
    if not any(permissions.visibility_allows(v, kinds) for v in visibility.values()):
        raise Http404
    try:
        view = selectors.portfolio_for_viewer(
            viewer=request.user, portfolio=portfolio, address=client_address(request)
        )
    except Portfolio.DoesNotExist as exc:
        raise Http404 from exc
    return render(
        request,
        "careers/youth_portfolio.html",
        {"view": view, "rows": _section_rows(view), "portfolio": portfolio, **_interest_context(view)},
    )
