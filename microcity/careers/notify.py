"""E-mails of career support, in the recipient's language, queued after the transaction commits."""

from __future__ import annotations

from typing import Any

from django.template.loader import render_to_string
from django.utils import translation

from microcity.careers import ics as calendar_files
from microcity.core.models import Person
from microcity.core.tasks import enqueue, send_email_task


def language_of(person_or_user: Any) -> str:
    user = person_or_user.user if isinstance(person_or_user, Person) else person_or_user
    return getattr(user, "preferred_language", None) or "lv"


def email(
    *,
    to: str,
    language: str,
    subject: Any,
    subject_args: dict[str, Any] | None = None,
    template: str,
    context: dict[str, Any],
    ics: bytes | None = None,
    ics_name: str = "invite.ics",
) -> bool:
    """Render in `language` and queue; returns False (and sends nothing) when there is no address."""
    if not to:
        return False
    with translation.override(language):
        body = render_to_string(template, context)
        # A lazy subject is translated here, inside the recipient's language.
        subject_text = str(subject) % (subject_args or {})
    # The method goes into the MIME type; Django adds the charset (naming it here too wrote it twice).
    attachments = [(ics_name, ics, calendar_files.mimetype(ics))] if ics is not None else None
    enqueue(send_email_task, subject=subject_text, body=body, to=[to], attachments=attachments)
    return True
