"""Facet tokens join the full-text index; the facet table's (field, value) index goes.

(The index on entry kind and language that this migration removes came back in 0004.)

With facet values in the full-text index, one match applies every facet filter (posting lists are
intersected by the engine), and the facet table is only read to count. The full-text structures of
0002 are rebuilt with a third column; on SQLite the triggers must be created again anyway, because
adding a column makes Django rebuild the table, which drops them. On PostgreSQL the heap rows are also
made narrow (see the storage settings below).
"""

import hashlib
import importlib

from django.db import migrations, models

full_text_0002 = importlib.import_module("microcity.search.migrations.0002_full_text")

SQLITE_FTS = """
CREATE VIRTUAL TABLE search_entry_fts USING fts5(
    title_terms, text_terms, filter_terms,
    content='search_entry', content_rowid='id',
    tokenize="unicode61 remove_diacritics 0 tokenchars '''_'",
    detail=none
)
"""

SQLITE_TRIGGERS = [
    """
CREATE TRIGGER search_entry_fts_insert AFTER INSERT ON search_entry BEGIN
    INSERT INTO search_entry_fts(rowid, title_terms, text_terms, filter_terms)
    VALUES (new.id, new.title_terms, new.text_terms, new.filter_terms);
END
""",
    """
CREATE TRIGGER search_entry_fts_delete AFTER DELETE ON search_entry BEGIN
    INSERT INTO search_entry_fts(search_entry_fts, rowid, title_terms, text_terms, filter_terms)
    VALUES ('delete', old.id, old.title_terms, old.text_terms, old.filter_terms);
END
""",
    """
CREATE TRIGGER search_entry_fts_update AFTER UPDATE OF title_terms, text_terms, filter_terms
ON search_entry BEGIN
    INSERT INTO search_entry_fts(search_entry_fts, rowid, title_terms, text_terms, filter_terms)
    VALUES ('delete', old.id, old.title_terms, old.text_terms, old.filter_terms);
    INSERT INTO search_entry_fts(rowid, title_terms, text_terms, filter_terms)
    VALUES (new.id, new.title_terms, new.text_terms, new.filter_terms);
END
""",
    "INSERT INTO search_entry_fts(search_entry_fts) VALUES ('rebuild')",
]

# As in 0002, plus the filter tokens at position 3 with weight D.
POSTGRESQL = [
    r"""
CREATE FUNCTION search_entry_vector(title_terms text, text_terms text, filter_terms text)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (
        coalesce((
            SELECT string_agg('''' || replace(replace(term, '\', '\\'), '''', '''''') || ''':1A', ' ')
            FROM unnest(string_to_array(title_terms, ' ')) AS term WHERE term <> ''
        ), '')
        || ' ' ||
        coalesce((
            SELECT string_agg('''' || replace(replace(term, '\', '\\'), '''', '''''') || ''':2B', ' ')
            FROM unnest(string_to_array(text_terms, ' ')) AS term WHERE term <> ''
        ), '')
        || ' ' ||
        coalesce((
            SELECT string_agg('''' || term || ''':3', ' ')
            FROM unnest(string_to_array(filter_terms, ' ')) AS term WHERE term <> ''
        ), '')
    )::tsvector
$$
""",
    """
ALTER TABLE search_entry ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (search_entry_vector(title_terms, text_terms, filter_terms)) STORED
""",
    "CREATE INDEX search_entry_vector_gin ON search_entry USING gin (search_vector)",
    # Keep heap rows narrow: a search reads a row per match (dates, popularity, title terms) and never
    # the text, the text terms, the filter tokens or the vector, so those go out of line (TOAST) as
    # soon as a row is larger than 256 bytes, and the matching rows of a search share few pages.
    "ALTER TABLE search_entry SET (toast_tuple_target = 256)",
    """
ALTER TABLE search_entry
    ALTER COLUMN text SET STORAGE EXTERNAL,
    ALTER COLUMN text_terms SET STORAGE EXTERNAL,
    ALTER COLUMN filter_terms SET STORAGE EXTERNAL,
    ALTER COLUMN search_vector SET STORAGE EXTERNAL,
    ALTER COLUMN title_terms SET STORAGE MAIN,
    ALTER COLUMN key SET STORAGE MAIN
""",
]

POSTGRESQL_REVERSE = [
    "ALTER TABLE search_entry RESET (toast_tuple_target)",
    "DROP INDEX IF EXISTS search_entry_vector_gin",
    "ALTER TABLE search_entry DROP COLUMN IF EXISTS search_vector",
    "DROP FUNCTION IF EXISTS search_entry_vector(text, text, text)",
]


def _run(schema_editor, statements):
    for statement in statements:
        schema_editor.execute(statement, params=None)


def drop_0002_full_text(apps, schema_editor):
    full_text_0002.drop_full_text(apps, schema_editor)


def restore_0002_full_text(apps, schema_editor):
    full_text_0002.create_full_text(apps, schema_editor)
    if schema_editor.connection.vendor == "sqlite":
        _run(schema_editor, ["INSERT INTO search_entry_fts(search_entry_fts) VALUES ('rebuild')"])


def facet_token(field, value):
    # As microcity.search.terms.facet_token, copied so that this migration never changes.
    return "_" + hashlib.blake2b(f"facet\x00{field}\x00{value}".encode(), digest_size=8).hexdigest()


def fill_filter_terms(apps):
    entry_model = apps.get_model("search", "Entry")
    facet_model = apps.get_model("search", "EntryFacet")
    facets = {}
    for entry_id, field, value in facet_model.objects.values_list("entry_id", "field", "value"):
        facets.setdefault(entry_id, []).append((field, value))
    entries = list(entry_model.objects.only("pk"))
    for entry in entries:
        tokens = dict.fromkeys(facet_token(field, value) for field, value in facets.get(entry.pk, []))
        entry.filter_terms = " ".join(tokens)
    entry_model.objects.bulk_update(entries, ["filter_terms"], batch_size=500)


def create_full_text(apps, schema_editor):
    fill_filter_terms(apps)
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(schema_editor, [SQLITE_FTS, *SQLITE_TRIGGERS])
    elif vendor == "postgresql":
        _run(schema_editor, POSTGRESQL)


def drop_full_text(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(schema_editor, full_text_0002.SQLITE_REVERSE)
    elif vendor == "postgresql":
        _run(schema_editor, POSTGRESQL_REVERSE)


class Migration(migrations.Migration):
    dependencies = [("search", "0002_full_text")]

    operations = [
        migrations.RemoveIndex(model_name="entry", name="search_entry_kind_lang"),
        migrations.RemoveIndex(model_name="entryfacet", name="search_facet_field_value"),
        migrations.RunPython(drop_0002_full_text, restore_0002_full_text),
        migrations.AddField(
            model_name="entry",
            name="filter_terms",
            field=models.TextField(blank=True, verbose_name="filter tokens"),
        ),
        migrations.RunPython(create_full_text, drop_full_text),
    ]
