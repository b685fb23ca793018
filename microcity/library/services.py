"""State changes of the library: editing, the review workflow, files, indexing for search, and use."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from microcity.accounts.models import User
from microcity.core import workflow
from microcity.core.models import Occupation
from microcity.core.uploads import AUDIO_TYPES, DOCUMENT_TYPES, IMAGE_TYPES, safe_name, validate_upload
from microcity.library import permissions
from microcity.library.extract import extract_text
from microcity.library.models import (
    ClassUse,
    Collection,
    CollectionItem,
    ContentLanguage,
    Favourite,
    GradeBand,
    Material,
    MaterialFile,
    MaterialStatus,
    MaterialType,
    MaterialVersion,
    ReviewComment,
    SkillArea,
)
from microcity.search.labels import in_both_languages
from microcity.search.services import IndexEntry, index_entries, index_remove

MATERIAL_FILE_TYPES = {**DOCUMENT_TYPES, **IMAGE_TYPES, **AUDIO_TYPES}
MAX_FILES = 10

FIELDS = [
    "title",
    "summary",
    "body",
    "material_type",
    "grade_bands",
    "skill_areas",
    "subjects",
    "duration_minutes",
    "language",
    "authors",
    "licence",
    "video_urls",
]


class LibraryError(workflow.DomainError):
    """A library action that cannot be done; the message is translated and shown to the user."""


class NotAllowed(LibraryError, workflow.NotAllowed):
    pass


# The review workflow: the states each status may be entered from. Only the services below change a status.
MATERIALS = workflow.Workflow(
    labels=MaterialStatus,
    allowed=workflow.allowed(
        {
            MaterialStatus.IN_REVIEW: {MaterialStatus.DRAFT, MaterialStatus.RETURNED},
            MaterialStatus.PUBLISHED: {MaterialStatus.IN_REVIEW, MaterialStatus.PUBLISHED},
            MaterialStatus.RETURNED: {MaterialStatus.IN_REVIEW},
            MaterialStatus.ARCHIVED: {
                MaterialStatus.DRAFT,
                MaterialStatus.RETURNED,
                MaterialStatus.IN_REVIEW,
                MaterialStatus.PUBLISHED,
            },
        }
    ),
    refusal=gettext_lazy("A material that is “%(from)s” cannot become “%(to)s”."),
    error=LibraryError,
)


def _snapshot(material: Material, *, by: User, reason: str) -> MaterialVersion:
    data = {field: getattr(material, field) for field in FIELDS}
    data["occupations"] = list(material.occupations.values_list("code", flat=True))
    data["files"] = list(material.files.values_list("original_name", flat=True))
    number = (material.versions.order_by("-number").values_list("number", flat=True).first() or 0) + 1
    return MaterialVersion.objects.create(
        material=material, number=number, snapshot=data, created_by=by, reason=reason
    )


@transaction.atomic
def material_save(
    *,
    by: User,
    data: dict[str, Any],
    occupations: Iterable[Occupation] = (),
    material: Material | None = None,
) -> Material:
    """Create a draft, or change a material the user may edit. A published material stays published
    and is re-indexed; the change is kept as a new version."""
    if material is None:
        if not permissions.can_submit_material(by):
            raise NotAllowed(_("Your role cannot submit materials."))
        material = Material(submitted_by=by, status=MaterialStatus.DRAFT)
    elif not permissions.can_edit_material(by, material):
        raise NotAllowed(_("You cannot change this material now."))
    for field, value in data.items():
        if field not in FIELDS:
            raise LibraryError(f"Unknown field {field}")
        setattr(material, field, value)
    material.full_clean()
    material.save()
    material.occupations.set(list(occupations))
    if material.status == MaterialStatus.PUBLISHED:
        _snapshot(material, by=by, reason="edited")
        material_index(material=material)
    return material


@transaction.atomic
def material_file_add(*, material: Material, upload: UploadedFile, by: User) -> MaterialFile:
    if not permissions.can_edit_material(by, material):
        raise NotAllowed(_("You cannot change this material now."))
    if material.files.count() >= MAX_FILES:
        raise LibraryError(_("A material can have at most %(n)s files.") % {"n": MAX_FILES})
    try:
        mime = validate_upload(upload, allowed=MATERIAL_FILE_TYPES)
    except ValidationError as exc:
        raise LibraryError(" ".join(exc.messages)) from exc
    upload.seek(0)
    data = upload.read()
    stored = MaterialFile(
        material=material,
        original_name=(upload.name or "file")[:200],
        content_type=mime,
        size=len(data),
        extracted_text=extract_text(data, mime),
    )
    stored.file.save(safe_name(upload, mime=mime, allowed=MATERIAL_FILE_TYPES), ContentFile(data), save=False)
    stored.save()
    if material.status == MaterialStatus.PUBLISHED:
        material_index(material=material)
    return stored


@transaction.atomic
def material_file_remove(*, material_file: MaterialFile, by: User) -> None:
    material = material_file.material
    if not permissions.can_edit_material(by, material):
        raise NotAllowed(_("You cannot change this material now."))
    material_file.file.delete(save=False)
    material_file.delete()
    if material.status == MaterialStatus.PUBLISHED:
        material_index(material=material)


@transaction.atomic
def material_submit(*, material: Material, by: User) -> Material:
    if material.submitted_by_id != by.pk and not permissions.can_review_material(by, material):
        raise NotAllowed(_("Only the author can send this material for review."))
    workflow.transition(material, MaterialStatus.IN_REVIEW, workflow=MATERIALS, by=by, city=None)
    _snapshot(material, by=by, reason="submitted")
    return material


@transaction.atomic
def material_publish(*, material: Material, by: User, comment: str = "") -> Material:
    if not permissions.can_review_material(by, material):
        raise NotAllowed(_("Only an editor can publish materials."))
    material.published_at = material.published_at or timezone.now()
    workflow.transition(
        material, MaterialStatus.PUBLISHED, workflow=MATERIALS, by=by, city=None, fields=["published_at"]
    )
    ReviewComment.objects.create(
        material=material,
        author=by,
        # No comment is stored as none: the decision itself is shown in the reader's language.
        text=comment,
        decision=ReviewComment.Decision.PUBLISHED,
    )
    _snapshot(material, by=by, reason="published")
    material_index(material=material)
    return material


@transaction.atomic
def material_return(*, material: Material, by: User, comment: str) -> Material:
    if not permissions.can_review_material(by, material):
        raise NotAllowed(_("Only an editor can return materials."))
    if not comment.strip():
        raise LibraryError(_("Say what the author should change."))
    workflow.transition(material, MaterialStatus.RETURNED, workflow=MATERIALS, by=by, city=None)
    ReviewComment.objects.create(
        material=material, author=by, text=comment, decision=ReviewComment.Decision.RETURNED
    )
    return material


@transaction.atomic
def material_archive(*, material: Material, by: User) -> Material:
    if not (permissions.can_review_material(by, material) or material.submitted_by_id == by.pk):
        raise NotAllowed(_("You cannot archive this material."))
    workflow.transition(material, MaterialStatus.ARCHIVED, workflow=MATERIALS, by=by, city=None)
    index_remove(keys=[material_key(material)])
    return material


def material_comment(*, material: Material, by: User, text: str) -> ReviewComment:
    if not (permissions.can_review_material(by, material) or material.submitted_by_id == by.pk):
        raise NotAllowed(_("You cannot comment on this material."))
    if not text.strip():
        raise LibraryError(_("The comment is empty."))
    return ReviewComment.objects.create(material=material, author=by, text=text.strip())


def material_key(material: Material) -> str:
    return f"library.material:{material.pk}"


def material_entry(material: Material) -> IndexEntry:
    """What the search service indexes for a material, facets included."""
    files_text = "\n".join(f.extracted_text for f in material.files.all() if f.extracted_text)
    occupations = list(material.occupations.all())
    occupation_text = " ".join(f"{o.label_lv} {o.label_en}" for o in occupations)
    return IndexEntry(
        key=material_key(material),
        kind="material",
        language=material.language if material.language in ("lv", "en") else "lv",
        city_id=None,
        title=material.title,
        text="\n".join([material.summary, material.body, material.subjects, occupation_text, files_text]),
        facets={
            "type": [material.material_type],
            "grade": list(material.grade_bands),
            "skill": list(material.skill_areas),
            "language": [material.language],
            "licence": [material.licence],
            "occupation": [o.code for o in occupations],
        },
        published_at=material.published_at or material.created_at,
        popularity=material.download_count + material.use_count * 5 + material.view_count // 10,
        labels=material_labels(material, occupations),
    )


def material_labels(material: Material, occupations: list[Occupation]) -> list[str]:
    """The names of a material's categories in both languages, searchable as words (search decision 0026)."""

    def labels() -> list[object]:
        names: list[object] = (
            [MaterialType(material.material_type).label]
            if material.material_type in MaterialType.values
            else []
        )
        names += [GradeBand(value).label for value in material.grade_bands if value in GradeBand.values]
        names += [SkillArea(value).label for value in material.skill_areas if value in SkillArea.values]
        if material.language in ContentLanguage.values:
            names.append(ContentLanguage(material.language).label)
        return names

    return [*in_both_languages(labels), *(label for o in occupations for label in (o.label_lv, o.label_en))]


def material_index(*, material: Material) -> None:
    if material.status == MaterialStatus.PUBLISHED:
        index_entries(entries=[material_entry(material)])
    else:
        index_remove(keys=[material_key(material)])


def materials_reindex(*, batch_size: int = 500) -> int:
    """Rebuild the library's part of the search index from the published materials."""
    count = 0
    batch: list[IndexEntry] = []
    published = Material.objects.filter(status=MaterialStatus.PUBLISHED).prefetch_related(
        "files", "occupations"
    )
    for material in published.iterator(chunk_size=batch_size):
        batch.append(material_entry(material))
        if len(batch) >= batch_size:
            count += index_entries(entries=batch)
            batch = []
    if batch:
        count += index_entries(entries=batch)
    return count


def material_viewed(*, material: Material) -> None:
    Material.objects.filter(pk=material.pk).update(view_count=F("view_count") + 1)


def material_downloaded(*, material: Material) -> None:
    Material.objects.filter(pk=material.pk).update(download_count=F("download_count") + 1)


@transaction.atomic
def favourite_toggle(*, material: Material, by: User) -> bool:
    """Returns True when the material is now a favourite."""
    if not permissions.can_use_material(by, material):
        raise NotAllowed(_("Sign in to keep favourites."))
    deleted, _unused = Favourite.objects.filter(user=by, material=material).delete()
    if deleted:
        return False
    Favourite.objects.get_or_create(user=by, material=material)
    return True


@transaction.atomic
def class_use_record(
    *, material: Material, by: User, used_on: Any, grade: int | None, rating: int | None, feedback: str
) -> ClassUse:
    if not permissions.can_use_material(by, material):
        raise NotAllowed(_("Sign in to record a use with your class."))
    if used_on > timezone.localdate():
        raise LibraryError(_("The date cannot be in the future."))
    use = ClassUse.objects.create(
        material=material, user=by, used_on=used_on, grade=grade, rating=rating, feedback=feedback.strip()
    )
    Material.objects.filter(pk=material.pk).update(use_count=F("use_count") + 1)
    return use


@transaction.atomic
def collection_add(*, collection: Collection, material: Material, by: User) -> CollectionItem:
    if collection.owner_id != by.pk:
        raise NotAllowed(_("This is not your collection."))
    if material.status != MaterialStatus.PUBLISHED:
        raise LibraryError(_("Only published materials can be collected."))
    position = collection.items.count()
    item, _created = CollectionItem.objects.get_or_create(
        collection=collection, material=material, defaults={"position": position}
    )
    return item


@transaction.atomic
def collection_remove(*, collection: Collection, material: Material, by: User) -> None:
    if collection.owner_id != by.pk:
        raise NotAllowed(_("This is not your collection."))
    CollectionItem.objects.filter(collection=collection, material=material).delete()
