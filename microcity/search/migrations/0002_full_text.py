"""Full-text structures over the analysed terms: an FTS5 table on SQLite, a tsvector column on PostgreSQL.

Each statement runs only on its own database. Both are maintained by the database itself from
search_entry.title_terms and .text_terms, so the ORM's upserts and deletes are all the code needs.

Careful on SQLite: Django alters a SQLite table by rebuilding it, which drops its triggers. A later
migration that alters search_entry must run ``SQLITE_TRIGGERS`` again (and rebuild the FTS index with
``INSERT INTO search_entry_fts(search_entry_fts) VALUES ('rebuild')``).
"""

from django.db import migrations

# External content: the terms are stored once, in search_entry. detail=none stores only which rows
# contain a term, all a term-presence AND query needs (no phrases, no positions). The terms are already
# lower-cased and folded by textsearch, so the tokenizer must not change them; it keeps the apostrophe
# that English terms may contain ("o'neil").
SQLITE_FTS = """
CREATE VIRTUAL TABLE search_entry_fts USING fts5(
    title_terms, text_terms,
    content='search_entry', content_rowid='id',
    tokenize="unicode61 remove_diacritics 0 tokenchars ''''",
    detail=none
)
"""

SQLITE_TRIGGERS = [
    """
CREATE TRIGGER search_entry_fts_insert AFTER INSERT ON search_entry BEGIN
    INSERT INTO search_entry_fts(rowid, title_terms, text_terms)
    VALUES (new.id, new.title_terms, new.text_terms);
END
""",
    """
CREATE TRIGGER search_entry_fts_delete AFTER DELETE ON search_entry BEGIN
    INSERT INTO search_entry_fts(search_entry_fts, rowid, title_terms, text_terms)
    VALUES ('delete', old.id, old.title_terms, old.text_terms);
END
""",
    """
CREATE TRIGGER search_entry_fts_update AFTER UPDATE OF title_terms, text_terms ON search_entry BEGIN
    INSERT INTO search_entry_fts(search_entry_fts, rowid, title_terms, text_terms)
    VALUES ('delete', old.id, old.title_terms, old.text_terms);
    INSERT INTO search_entry_fts(rowid, title_terms, text_terms)
    VALUES (new.id, new.title_terms, new.text_terms);
END
""",
]

SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS search_entry_fts_update",
    "DROP TRIGGER IF EXISTS search_entry_fts_delete",
    "DROP TRIGGER IF EXISTS search_entry_fts_insert",
    "DROP TABLE IF EXISTS search_entry_fts",
]

# The vector is built from tsvector *input syntax* rather than to_tsvector('simple', …): the parser
# behind to_tsvector would split again what the analyser already split (o'neil → o, neil) and treat
# some terms as numbers or hosts. Each distinct term gets one position, 1A for the title and 2B for
# the text, which is all that term-presence matching and the A/B score need. Weights need positions,
# which is why array_to_tsvector (no positions) is not used either.
POSTGRESQL = [
    r"""
CREATE FUNCTION search_entry_vector(title_terms text, text_terms text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
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
    )::tsvector
$$
""",
    """
ALTER TABLE search_entry ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (search_entry_vector(title_terms, text_terms)) STORED
""",
    "CREATE INDEX search_entry_vector_gin ON search_entry USING gin (search_vector)",
]

POSTGRESQL_REVERSE = [
    "DROP INDEX IF EXISTS search_entry_vector_gin",
    "ALTER TABLE search_entry DROP COLUMN IF EXISTS search_vector",
    "DROP FUNCTION IF EXISTS search_entry_vector(text, text)",
]


def _run(schema_editor, statements):
    for statement in statements:
        schema_editor.execute(statement, params=None)


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
    dependencies = [("search", "0001_initial")]
    operations = [migrations.RunPython(create_full_text, drop_full_text)]
