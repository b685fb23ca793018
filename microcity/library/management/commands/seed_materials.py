"""Load the demo career-education materials (published, in review and returned); safe to rerun."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from microcity.accounts.models import Role, User
from microcity.core.models import Occupation
from microcity.library import services
from microcity.library.demo_data import demo_materials
from microcity.library.documents import docx_bytes, pdf_bytes
from microcity.library.models import Material, MaterialStatus

# Every n-th demo material gets a file (DOCX, and a PDF for a few), so downloads and text search in
# files can be tried; the last few stay in review or returned so that editors have work to do.
FILE_EVERY = 7
PDF_EVERY = 35
NOT_PUBLISHED = 6


class Command(BaseCommand):
    help = "Create the demo materials of the career-education library and index them for search."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--limit", type=int, default=None, help="Load only the first N materials.")

    def handle(self, *args: Any, limit: int | None = None, **options: Any) -> None:
        author = self._user("skolotajs@demo.microcity.lv", Role.TEACHER)
        editor = self._user("redaktors@demo.microcity.lv", Role.CONTENT_EDITOR)
        materials = demo_materials()
        rows = materials[:limit] if limit else materials
        codes = {o.code: o for o in Occupation.objects.filter(level=4)}
        existing = set(Material.objects.values_list("title", flat=True))
        created = 0
        base = timezone.now() - dt.timedelta(days=400)
        for index, row in enumerate(rows):
            if row["title"] in existing:
                continue
            with transaction.atomic():
                self._create(row, index, len(rows), author, editor, codes, base)
            created += 1
        count = services.materials_reindex()
        self.stdout.write(
            f"{created} demo materials created; {count} published materials indexed for search."
        )

    @staticmethod
    def _user(email: str, role: str) -> User:
        user = User.objects.filter(email=email).first()
        if user is None or not user.memberships.filter(role=role).exists():
            raise SystemExit(f"Run seed_demo first: {email} with role {role} is missing.")
        return user

    def _create(
        self,
        row: dict[str, Any],
        index: int,
        total: int,
        author: User,
        editor: User,
        codes: dict[str, Occupation],
        base: dt.datetime,
    ) -> None:
        data = {key: row[key] for key in services.FIELDS if key in row}
        data.setdefault("video_urls", [])
        material = services.material_save(
            by=author, data=data, occupations=[codes[c] for c in row.get("occupations", []) if c in codes]
        )
        if index % FILE_EVERY == 0:
            paragraphs = [row["summary"], *str(row["body"]).split("\n")]
            if index % PDF_EVERY == 0:
                content, name = (
                    pdf_bytes(row["title"], paragraphs, language=row["language"]),
                    "darba-lapa.pdf",
                )
            else:
                content, name = docx_bytes(row["title"], paragraphs), "darba-lapa.docx"
            services.material_file_add(material=material, upload=SimpleUploadedFile(name, content), by=author)
        services.material_submit(material=material, by=author)
        if index >= total - NOT_PUBLISHED:
            if index % 2:
                services.material_return(
                    material=material, by=editor, comment="Lūdzu, pievienojiet darba lapu un norādiet ilgumu."
                )
            return
        services.material_publish(material=material, by=editor)
        Material.objects.filter(pk=material.pk).update(
            published_at=base + dt.timedelta(days=index * 400 // max(total, 1)),
            download_count=int(row.get("popularity", 0)),
            view_count=int(row.get("popularity", 0)) * 4,
            status=MaterialStatus.PUBLISHED,
        )
