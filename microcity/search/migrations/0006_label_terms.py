"""Category labels become searchable words (decision 0026): a fourth column of terms, ``label_terms``.

The full-text structures of 0003 are rebuilt with it: on SQLite the FTS5 table gets a fourth column
(and its triggers come back, since adding a column makes Django rebuild ``search_entry``, which drops
them); on PostgreSQL the vector gives label terms weight C. Entries indexed before this migration have
no label terms until their owners index them again (``reindex_materials``, the talent re-index).
"""

import importlib

from django.db import migrations, models

filter_terms_0003 = importlib.import_module("microcity.search.migrations.0003_filter_terms")

SQLITE_FTS = """
CREATE VIRTUAL TABLE search_entry_fts USING fts5(
    title_terms, text_terms, label_terms, filter_terms,
    content='search_entry', content_rowid='id',
    tokenize="unicode61 remove_diacritics 0 tokenchars '''_'",
    detail=none
)
"""

_COLUMNS = "title_terms, text_terms, label_terms, filter_terms"
_OLD = "old.title_terms, old.text_terms, old.label_terms, old.filter_terms"
_NEW = "new.title_terms, new.text_terms, new.label_terms, new.filter_terms"

SQLITE_TRIGGERS = [
    f"""
CREATE TRIGGER search_entry_fts_insert AFTER INSERT ON search_entry BEGIN
    INSERT INTO search_entry_fts(rowid, {_COLUMNS}) VALUES (new.id, {_NEW});
END
""",
    f"""
CREATE TRIGGER search_entry_fts_delete AFTER DELETE ON search_entry BEGIN
    INSERT INTO search_entry_fts(search_entry_fts, rowid, {_COLUMNS}) VALUES ('delete', old.id, {_OLD});
END
""",
    f"""
CREATE TRIGGER search_entry_fts_update AFTER UPDATE OF {_COLUMNS}
ON search_entry BEGIN
    INSERT INTO search_entry_fts(search_entry_fts, rowid, {_COLUMNS}) VALUES ('delete', old.id, {_OLD});
    INSERT INTO search_entry_fts(rowid, {_COLUMNS}) VALUES (new.id, {_NEW});
END
""",
    "INSERT INTO search_entry_fts(search_entry_fts) VALUES ('rebuild')",
]

SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS search_entry_fts_update",
    "DROP TRIGGER IF EXISTS search_entry_fts_delete",
    "DROP TRIGGER IF EXISTS search_entry_fts_insert",
    "DROP TABLE IF EXISTS search_entry_fts",
]

# As in 0003, plus the label terms at position 3 with weight C; the facet tokens move to position 4.
POSTGRESQL = [
    r"""
CREATE FUNCTION search_entry_vector(title_terms text, text_terms text, label_terms text, filter_terms text)
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
            SELECT string_agg('''' || replace(replace(term, '\', '\\'), '''', '''''') || ''':3C', ' ')
            FROM unnest(string_to_array(label_terms, ' ')) AS term WHERE term <> ''
        ), '')
        || ' ' ||
        coalesce((
            SELECT string_agg('''' || term || ''':4', ' ')
            FROM unnest(string_to_array(filter_terms, ' ')) AS term WHERE term <> ''
        ), '')
    )::tsvector
$$
""",
    """
ALTER TABLE search_entry ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (search_entry_vector(title_terms, text_terms, label_terms, filter_terms)) STORED
""",
    "CREATE INDEX search_entry_vector_gin ON search_entry USING gin (search_vector)",
    """
ALTER TABLE search_entry
    ALTER COLUMN label_terms SET STORAGE EXTERNAL,
    ALTER COLUMN search_vector SET STORAGE EXTERNAL
""",
]

POSTGRESQL_REVERSE = [
    "DROP INDEX IF EXISTS search_entry_vector_gin",
    "ALTER TABLE search_entry DROP COLUMN IF EXISTS search_vector",
    "DROP FUNCTION IF EXISTS search_entry_vector(text, text, text, text)",
]


def _run(schema_editor, statements):
    for statement in statements:
        schema_editor.execute(statement, params=None)


def drop_0003_full_text(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(schema_editor, filter_terms_0003.full_text_0002.SQLITE_REVERSE)
    elif vendor == "postgresql":
        # Only the vector and its function: 0003's storage settings stay.
        _run(schema_editor, filter_terms_0003.POSTGRESQL_REVERSE[1:])


def restore_0003_full_text(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(schema_editor, [filter_terms_0003.SQLITE_FTS, *filter_terms_0003.SQLITE_TRIGGERS])
    elif vendor == "postgresql":
        _run(schema_editor, filter_terms_0003.POSTGRESQL)


def create_full_text(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(schema_editor, [SQLITE_FTS, *SQLITE_TRIGGERS])
    elif vendor == "postgresql":
        _run(schema_editor, POSTGRESQL)


def drop_full_text(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(schema_editor, SQLITE_REVERSE)
    elif vendor == "postgresql":
        _run(schema_editor, POSTGRESQL_REVERSE)


class Migration(migrations.Migration):
    dependencies = [("search", "0005_change_log")]

    operations = [
        migrations.RunPython(drop_0003_full_text, restore_0003_full_text),
        migrations.AddField(
            model_name="entry",
            name="label_terms",
            field=models.TextField(blank=True, default="", verbose_name="category label terms"),
        ),
        migrations.RunPython(create_full_text, drop_full_text),
    ]
