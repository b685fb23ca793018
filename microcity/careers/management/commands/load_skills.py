"""Load or refresh the curated skills list from microcity/careers/data/skills.csv; safe to rerun."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from microcity.careers.models import Skill
from microcity.careers.skills import load_skills


class Command(BaseCommand):
    help = "Load the skills list (Latvian and English labels) that youths pick from in their portfolio."

    def handle(self, *args: Any, **options: Any) -> None:
        created, updated = load_skills(Skill)
        self.stdout.write(f"Skills: {created} created, {updated} updated.")
