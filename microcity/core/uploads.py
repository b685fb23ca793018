"""Checks an uploaded file by its content (magic bytes) and size, and gives it a safe stored name."""

from __future__ import annotations

import uuid
from pathlib import PurePath

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

# Types a person may upload somewhere in Microcity, by their detected MIME type. Anything that a
# browser would run (HTML, SVG, scripts) is absent on purpose.
IMAGE_TYPES = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", "image/gif": "gif"}
DOCUMENT_TYPES = {
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
}
AUDIO_TYPES = {"audio/mpeg": "mp3", "audio/ogg": "ogg", "audio/x-wav": "wav", "audio/wav": "wav"}


def detect_type(upload: UploadedFile) -> str | None:
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    kind = filetype.guess(head)
    return kind.mime if kind else None


def validate_upload(upload: UploadedFile, *, allowed: dict[str, str], max_bytes: int | None = None) -> str:
    """Return the detected MIME type, or raise a translated ValidationError."""
    limit = max_bytes or settings.MICROCITY_UPLOAD_MAX_BYTES
    if upload.size is None or upload.size == 0:
        raise ValidationError(_("The file is empty."), code="empty")
    if upload.size > limit:
        raise ValidationError(
            _("The file is too large (%(size)s); the limit is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            code="too_large",
        )
    mime = detect_type(upload)
    if mime not in allowed:
        names = ", ".join(sorted({ext.upper() for ext in allowed.values()}))
        raise ValidationError(
            _("This file's content is not an allowed type. Allowed: %(types)s.") % {"types": names},
            code="bad_type",
        )
    return mime


def safe_name(upload: UploadedFile, *, mime: str, allowed: dict[str, str]) -> str:
    """A random stored name with the extension of the detected type; the original name is never trusted."""
    stem = PurePath(upload.name or "file").stem[:40]
    cleaned = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in stem).strip("-") or "file"
    return f"{uuid.uuid4().hex[:12]}-{cleaned}.{allowed[mime]}"
