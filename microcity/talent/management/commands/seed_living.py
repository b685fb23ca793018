"""Create the demo living guides of both cities in Latvian and English as published Wagtail pages."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.html import escape
from wagtail.models import Locale, Page

from microcity.core.models import City
from microcity.talent.indexing import pages_reindex
from microcity.talent.living_access import guide_access_ensure
from microcity.talent.living_demo import guide
from microcity.talent.models import GuidePage, LivingGuideIndexPage, StoryPage

TITLES = {"lv": "Dzīve: %s", "en": "Living in %s"}


def paragraphs_to_html(text: str) -> str:
    """The demo texts use blank-line paragraphs, "## " subheadings and "- " bullets."""
    parts: list[str] = []
    for block in text.strip().split("\n\n"):
        lines = [line.strip() for line in block.strip().splitlines() if line.strip()]
        if not lines:
            continue
        if lines[0].startswith("## "):
            parts.append(f"<h2>{escape(lines[0][3:])}</h2>")
            lines = lines[1:]
        bullets = [line[2:] for line in lines if line.startswith("- ")]
        prose = [line for line in lines if not line.startswith("- ")]
        if prose:
            parts.append(f"<p>{escape(' '.join(prose))}</p>")
        if bullets:
            parts.append("<ul>" + "".join(f"<li>{escape(b)}</li>" for b in bullets) + "</ul>")
    return "".join(parts)


class Command(BaseCommand):
    help = "Create or refresh the demo living guides (topics and stories) in Latvian and English."

    @transaction.atomic
    def handle(self, *args: Any, **options: Any) -> None:
        root = Page.get_first_root_node()
        if root is None:  # a flushed test database has no tree
            Locale.objects.get_or_create(language_code="lv")
            root = Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.get_default()))
        created = 0
        demo = guide()
        for slug, data in demo.items():
            city = City.objects.filter(slug=slug).first()
            if city is None:
                continue
            translation_keys: dict[str, Any] = {}
            for language in ("lv", "en"):
                locale, _ = Locale.objects.get_or_create(language_code=language)
                index_page = LivingGuideIndexPage.objects.filter(city=city, locale=locale).first()
                if index_page is None:
                    index_page = LivingGuideIndexPage(
                        title=TITLES[language] % (city.name_lv if language == "lv" else city.name_en),
                        slug=f"living-{slug}-{language}",
                        city=city,
                        intro=data["intro"][language],
                        locale=locale,
                    )
                    if "index" in translation_keys:
                        index_page.translation_key = translation_keys["index"]
                    root.add_child(instance=index_page)
                    index_page.save_revision().publish()
                    created += 1
                translation_keys["index"] = index_page.translation_key
                topics: list[dict[str, Any]] = data["topics"]
                stories: list[dict[str, Any]] = data["stories"]
                items: list[tuple[type[Page], dict[str, Any]]] = [(GuidePage, t) for t in topics] + [
                    (StoryPage, s) for s in stories
                ]
                for model, item in items:
                    if index_page.get_children().filter(slug=item["slug"]).exists():
                        continue
                    text = item[language]
                    fields: dict[str, Any] = {
                        "title": text["title"],
                        "slug": item["slug"],
                        "summary": text["summary"],
                        "body": paragraphs_to_html(text["body"]),
                        "locale": locale,
                    }
                    if model is GuidePage:
                        fields["topic"] = item["topic"]
                    else:
                        fields["person"] = text["person"]
                    page = model(**fields)
                    key = f"{model.__name__}:{item['slug']}"
                    if key in translation_keys:
                        page.translation_key = translation_keys[key]
                    index_page.add_child(instance=page)
                    page.save_revision().publish()
                    translation_keys[key] = page.translation_key
                    created += 1
        for city in City.objects.filter(slug__in=demo):
            guide_access_ensure(city=city)
        self.stdout.write(
            f"{created} living-guide pages created; {pages_reindex()} pages indexed for search."
        )
