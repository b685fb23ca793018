"""The search index: one row per indexed document, plus its facet values in a normalised table.

The full-text structures are not Django fields: on SQLite an FTS5 table (``search_entry_fts``) and on
PostgreSQL a generated ``search_vector`` tsvector column are created by migrations (0002, rebuilt in
0003) and kept up to date by the database itself, from ``title_terms``, ``text_terms`` and
``filter_terms``. See docs/decisions/0007-search-service.md.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

KEY_MAX_LENGTH = 200
KIND_MAX_LENGTH = 40
FACET_FIELD_MAX_LENGTH = 40
FACET_VALUE_MAX_LENGTH = 100


class Entry(models.Model):
    """A searchable document, owned by another app and replaced whole when that app re-indexes it."""

    key = models.CharField(_("key"), max_length=KEY_MAX_LENGTH, unique=True)
    kind = models.CharField(_("kind"), max_length=KIND_MAX_LENGTH)
    language = models.CharField(_("language"), max_length=8)
    # A plain number rather than a foreign key to core.City: the index is a projection that other apps
    # rebuild at will, and an external engine (OpenSearch) holding the same documents would not have
    # the constraint either. Owners remove entries when a city's content goes.
    city_id = models.BigIntegerField(_("city"), null=True, blank=True)
    title = models.TextField(_("title"))
    text = models.TextField(_("text"), blank=True)
    # Distinct analysed terms (textsearch.analyze), space-joined in order of first occurrence. The
    # database's full-text structures index these, so both databases see exactly the analyser's terms.
    title_terms = models.TextField(_("title terms"), blank=True)
    text_terms = models.TextField(_("text terms"), blank=True)
    # A token per facet value (terms.filter_terms), indexed with the words so that one full-text match
    # applies every facet filter.
    filter_terms = models.TextField(_("filter tokens"), blank=True)
    # Distinct analysed terms of the labels of the entry's categories (material type, skill area,
    # occupation group …, in both languages), weighted between title and text (decision 0026).
    label_terms = models.TextField(_("category label terms"), blank=True, default="")
    published_at = models.DateTimeField(_("published at"))
    popularity = models.BigIntegerField(_("popularity"), default=0)
    indexed_at = models.DateTimeField(_("indexed at"))

    class Meta:
        db_table = "search_entry"
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [
            # Listing a kind with no query and no facet filter starts here.
            models.Index(fields=["kind", "language"], name="search_entry_kind_lang"),
        ]

    def __str__(self) -> str:
        return self.key


class EntryFacet(models.Model):
    """One value of one facet field of an entry ("grade" = "7-9"); an entry has several per field."""

    # No separate index on entry: the unique constraint below starts with it.
    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="facet_values", db_index=False)
    field = models.CharField(_("field"), max_length=FACET_FIELD_MAX_LENGTH)
    value = models.CharField(_("value"), max_length=FACET_VALUE_MAX_LENGTH)

    class Meta:
        db_table = "search_entry_facet"
        verbose_name = _("search facet value")
        verbose_name_plural = _("search facet values")
        constraints = [
            # Also the index that facet counting walks: matching entry → its (field, value) pairs,
            # read from the index alone. Filtering by value needs no index here: filters are tokens
            # of the full-text index (Entry.filter_terms).
            models.UniqueConstraint(
                fields=["entry", "field", "value"], name="search_facet_entry_field_value"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.field}={self.value}"


class Change(models.Model):
    """A write to the index (an entry added, replaced or removed), so that each process's in-memory copy
    of the index can catch up by reading only what changed (docs/decisions/0014).

    Writers take a lock before recording changes, so ids grow in commit order. Replicas read the log
    as a whole (by id), whatever the kind, so an entry re-indexed under another kind leaves its old
    kind's replica as well; ``kind`` is for people reading the log. ``token`` is random per write: a process that read a change which was later rolled back finds its last id gone or holding
    another token, and loads the index again.
    """

    kind = models.CharField(_("kind"), max_length=KIND_MAX_LENGTH)
    entry_id = models.BigIntegerField(_("entry"))
    token = models.BigIntegerField(_("token"))
    changed_at = models.DateTimeField(_("changed at"))

    class Meta:
        db_table = "search_change"
        verbose_name = _("search index change")
        verbose_name_plural = _("search index changes")

    def __str__(self) -> str:
        return f"{self.kind}:{self.entry_id}"


class SynonymGroup(models.Model):
    """Words and phrases that mean the same to a searcher, added by editors in the Wagtail admin to
    the thesaurus file (``search/data/thesaurus.txt``). A query that contains one finds the others
    too, ranked below what matches the words as typed (docs/decisions/0026)."""

    phrases = models.TextField(
        _("words and phrases"),
        help_text=_(
            "One per line, in Latvian or English, e.g. “pašizziņa”, “sevis izzināšana”, “self-knowledge”."
        ),
    )
    note = models.CharField(_("note"), max_length=200, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        db_table = "search_synonym_group"
        verbose_name = _("synonym group")
        verbose_name_plural = _("synonym groups")
        ordering = ["pk"]

    def __str__(self) -> str:
        return " | ".join(self.phrase_list()[:4])

    def phrase_list(self) -> list[str]:
        return [line.strip() for line in self.phrases.splitlines() if line.strip()]
