"""Pages of the materials library: search, detail, download, submit, review, favourites, collections."""

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
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from microcity.accounts.http import acting_user
from microcity.core.http import id_param, safe_next
from microcity.core.refusals import refusal_as_form_error, refusal_as_message, refusal_caught
from microcity.library import permissions, selectors, services
from microcity.library.forms import (
    ClassUseForm,
    CollectionForm,
    CommentForm,
    MaterialFileForm,
    MaterialForm,
    ReviewForm,
    SearchForm,
)
from microcity.library.models import Collection, CollectionItem, Material, MaterialFile, MaterialStatus
from microcity.search.pagecache import cache_public_page
from microcity.search.templatetags.search_correction import exact_requested

PER_PAGE = 20


def _page_number(request: HttpRequest) -> int:
    try:
        return max(1, min(500, int(request.GET.get("page", "1"))))
    except ValueError:
        return 1


@cache_public_page()
@require_http_methods(["GET"])
def index(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None)
    query = form.cleaned_data.get("q", "") if form.is_valid() else ""
    sort = (form.cleaned_data.get("sort") if form.is_valid() else "") or ("relevance" if query else "newest")
    result = selectors.materials_search(
        query=query,
        filters=form.filters(),
        sort=sort,
        page=_page_number(request),
        per_page=PER_PAGE,
        correct=not exact_requested(request.GET),
    )
    params = request.GET.copy()
    params.pop("page", None)
    context = {
        "form": form,
        "result": result,
        "query": query,
        "sort": sort,
        "querystring": params.urlencode(),
        "can_submit": permissions.can_submit_material(request.user),
        "can_review": permissions.can_review_material(request.user),
    }
    template = "library/index.html#results" if request.htmx else "library/index.html"  # type: ignore[attr-defined]
    return render(request, template, context)


def _material_for(request: HttpRequest, pk: int) -> Material:
    try:
        material = selectors.material_detail(pk=pk)
    except Material.DoesNotExist as exc:
        raise Http404 from exc
    if not permissions.can_view_material(request.user, material):
        raise Http404
    return material


@require_http_methods(["GET", "POST"])
def detail(request: HttpRequest, pk: int, slug: str = "") -> HttpResponse:
    material = _material_for(request, pk)
    use_form = ClassUseForm(request.POST or None) if request.method == "POST" else ClassUseForm()
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect(f"{_login_url()}?next={request.path}")
        if use_form.is_valid():
            try:
                services.class_use_record(material=material, by=acting_user(request), **use_form.cleaned_data)
            except services.LibraryError as exc:
                use_form.add_error(None, str(exc))
            else:
                messages.success(request, _("Thank you: your use with a class is recorded."))
                return redirect(request.path)
    elif material.is_published:
        services.material_viewed(material=material)
    uses = material.uses.select_related("user").exclude(feedback="")[:5]
    context = {
        "material": material,
        "files": list(material.files.all()),
        "occupations": list(material.occupations.all()),
        "related": selectors.related_materials(material=material) if material.is_published else [],
        "use_form": use_form,
        "uses": uses,
        "is_favourite": selectors.is_favourite(user=request.user, material=material),
        "can_edit": permissions.can_edit_material(request.user, material),
        "can_review": permissions.can_review_material(request.user, material),
        "collections": list(Collection.objects.filter(owner=request.user))
        if request.user.is_authenticated
        else [],
    }
    return render(request, "library/detail.html", context)


def _login_url() -> str:
    from django.urls import reverse

    return reverse("account_login")


@require_http_methods(["GET"])
def download(request: HttpRequest, file_id: int) -> FileResponse:
    stored = get_object_or_404(MaterialFile.objects.select_related("material"), pk=file_id)
    if not permissions.can_view_material(request.user, stored.material):
        raise Http404
    if stored.material.is_published:
        services.material_downloaded(material=stored.material)
    response = FileResponse(
        stored.file.open("rb"),
        as_attachment=True,
        filename=stored.original_name,
        content_type=stored.content_type,
    )
    # Never let a browser run or render an upload inline, whatever it claims to be.
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
@require_POST
def favourite(request: HttpRequest, pk: int) -> HttpResponse:
    material = _material_for(request, pk)
    is_favourite = services.favourite_toggle(material=material, by=acting_user(request))
    if request.htmx:  # type: ignore[attr-defined]
        return render(
            request, "library/detail.html#favourite", {"material": material, "is_favourite": is_favourite}
        )
    messages.success(
        request, _("Added to your favourites.") if is_favourite else _("Removed from your favourites.")
    )
    return redirect("library:detail", pk=material.pk, slug=material.slug)


@login_required
def favourites(request: HttpRequest) -> HttpResponse:
    page = Paginator(selectors.favourites_of(user=request.user), PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "library/favourites.html", {"page": page})


@login_required
@require_http_methods(["GET", "POST"])
def edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    material = _material_for(request, pk) if pk else None
    if material is None and not permissions.can_submit_material(request.user):
        raise PermissionDenied
    if material is not None and not permissions.can_edit_material(request.user, material):
        raise PermissionDenied
    form = MaterialForm(request.POST or None, instance=material)
    if request.method == "POST" and form.is_valid():
        with refusal_as_form_error(form):
            saved = services.material_save(
                by=acting_user(request),
                data=form.material_data(),
                occupations=form.cleaned_data["occupations"],
                material=Material.objects.get(pk=material.pk) if material else None,
            )
            messages.success(request, _("The material is saved. Add files, then send it for review."))
            return redirect("library:manage", pk=saved.pk)
    return render(request, "library/edit.html", {"form": form, "material": material})


# The actions of the manage page: each may replace a form in `forms` (to show it again with its errors)
# and returns where to go next, or None to show the page again.
ManageAction = Callable[[HttpRequest, Material, dict[str, Any]], HttpResponse | None]


def _upload(request: HttpRequest, material: Material, forms: dict[str, Any]) -> HttpResponse | None:
    form = forms["file_form"] = MaterialFileForm(request.POST, request.FILES)
    if not form.is_valid():
        return None
    with refusal_caught() as refusal:
        services.material_file_add(
            material=material, upload=form.cleaned_data["upload"], by=acting_user(request)
        )
        messages.success(request, _("The file is added."))
        return redirect("library:manage", pk=material.pk)
    messages.error(request, str(refusal.error))
    form.add_error("upload", str(refusal.error))
    return None


def _remove_file(request: HttpRequest, material: Material, forms: dict[str, Any]) -> HttpResponse | None:
    stored = get_object_or_404(MaterialFile, pk=id_param(request.POST.get("file")), material=material)
    services.material_file_remove(material_file=stored, by=acting_user(request))
    messages.success(request, _("The file is removed."))
    return redirect("library:manage", pk=material.pk)


def _submit(request: HttpRequest, material: Material, forms: dict[str, Any]) -> HttpResponse | None:
    services.material_submit(material=material, by=acting_user(request))
    messages.success(request, _("Sent for review. An editor will look at it soon."))
    return redirect("library:manage", pk=material.pk)


def _comment(request: HttpRequest, material: Material, forms: dict[str, Any]) -> HttpResponse | None:
    form = forms["comment_form"] = CommentForm(request.POST)
    if not form.is_valid():
        return None
    services.material_comment(material=material, by=acting_user(request), text=form.cleaned_data["text"])
    return redirect("library:manage", pk=material.pk)


def _review(request: HttpRequest, material: Material, forms: dict[str, Any]) -> HttpResponse | None:
    if forms["review_form"] is None:
        raise PermissionDenied
    form = forms["review_form"] = ReviewForm(request.POST)
    if not form.is_valid():
        return None
    comment = form.cleaned_data["comment"]
    if form.cleaned_data["decision"] == "publish":
        services.material_publish(material=material, by=acting_user(request), comment=comment)
        messages.success(request, _("The material is published."))
    else:
        services.material_return(material=material, by=acting_user(request), comment=comment)
        messages.success(request, _("The material is returned to its author."))
    return redirect("library:manage", pk=material.pk)


def _archive(request: HttpRequest, material: Material, forms: dict[str, Any]) -> HttpResponse | None:
    services.material_archive(material=material, by=acting_user(request))
    messages.success(request, _("The material is archived."))
    return redirect("library:manage", pk=material.pk)


MANAGE_ACTIONS: dict[str, ManageAction] = {
    "upload": _upload,
    "remove_file": _remove_file,
    "submit": _submit,
    "comment": _comment,
    "review": _review,
    "archive": _archive,
}


@login_required
@require_http_methods(["GET", "POST"])
def manage(request: HttpRequest, pk: int) -> HttpResponse:
    """The author's (or editor's) page of one material: files, status, review comments, actions."""
    material = _material_for(request, pk)
    if not (
        material.submitted_by_id == request.user.pk or permissions.can_review_material(request.user, material)
    ):
        raise PermissionDenied
    forms: dict[str, Any] = {
        "file_form": MaterialFileForm(),
        "comment_form": CommentForm(),
        "review_form": ReviewForm() if permissions.can_review_material(request.user, material) else None,
    }
    if request.method == "POST":
        act = MANAGE_ACTIONS.get(request.POST.get("action", ""))
        if act is None:
            raise PermissionDenied
        with refusal_as_message(request):
            response = act(request, material, forms)
            if response is not None:
                return response
    context = {
        "material": material,
        "files": list(material.files.all()),
        "comments": list(material.review_comments.select_related("author")),
        "versions": list(material.versions.all()[:10]),
        **forms,
        "can_edit": permissions.can_edit_material(request.user, material),
        "can_submit": material.status in {MaterialStatus.DRAFT, MaterialStatus.RETURNED},
    }
    return render(request, "library/manage.html", context)


@login_required
def mine(request: HttpRequest) -> HttpResponse:
    if not permissions.can_submit_material(request.user):
        raise PermissionDenied
    page = Paginator(selectors.materials_of_author(user=request.user), PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(request, "library/mine.html", {"page": page})


@login_required
def review_queue(request: HttpRequest) -> HttpResponse:
    if not permissions.can_review_material(request.user):
        raise PermissionDenied
    page = Paginator(selectors.review_queue(), PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "library/review_queue.html", {"page": page})


@require_http_methods(["GET", "POST"])
def collections(request: HttpRequest) -> HttpResponse:
    form = CollectionForm(request.POST or None)
    if request.method == "POST":
        if not request.user.is_authenticated:
            raise PermissionDenied
        if form.is_valid():
            collection = Collection.objects.create(owner=request.user, **form.cleaned_data)
            messages.success(request, _("The collection is created. Add materials from their pages."))
            return redirect("library:collection", pk=collection.pk)
    rows = selectors.collections_visible_to(user=request.user).order_by("title")
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "library/collections.html", {"page": page, "form": form})


@require_http_methods(["GET"])
def collection(request: HttpRequest, pk: int) -> HttpResponse:
    item_rows = CollectionItem.objects.filter(material__status=MaterialStatus.PUBLISHED).select_related(
        "material"
    )
    found = get_object_or_404(
        selectors.collections_visible_to(user=request.user).prefetch_related(
            Prefetch("items", queryset=item_rows)
        ),
        pk=pk,
    )
    return render(request, "library/collection.html", {"collection": found, "items": list(found.items.all())})


def _add_to_collection(request: HttpRequest, found: Collection, material: Material) -> None:
    services.collection_add(collection=found, material=material, by=acting_user(request))
    messages.success(request, _("Added to the collection “%(title)s”.") % {"title": found.title})


def _remove_from_collection(request: HttpRequest, found: Collection, material: Material) -> None:
    services.collection_remove(collection=found, material=material, by=acting_user(request))
    messages.success(request, _("Removed from the collection."))


# Adding is what the form does unless it says "remove".
COLLECTION_ACTIONS: dict[str, Callable[[HttpRequest, Collection, Material], None]] = {
    "add": _add_to_collection,
    "remove": _remove_from_collection,
}


@login_required
@require_POST
def collection_change(request: HttpRequest) -> HttpResponse:
    found = get_object_or_404(Collection, pk=id_param(request.POST.get("collection")), owner=request.user)
    material = _material_for(request, id_param(request.POST.get("material")))
    act = COLLECTION_ACTIONS.get(request.POST.get("action", ""), _add_to_collection)
    with refusal_as_message(request):
        act(request, found, material)
    return redirect(safe_next(request) or found_url(found))


def found_url(found: Collection) -> str:
    from django.urls import reverse

    return reverse("library:collection", kwargs={"pk": found.pk})
