"""On PostgreSQL the database itself refuses two bookings that hold overlapping time on one machine (an
exclusion constraint over a range of time); SQLite has one writer at a time and relies on the service's lock
of the machine's row. See docs/decisions/0022."""

from django.db import migrations

CREATE = """
CREATE EXTENSION IF NOT EXISTS btree_gist;
ALTER TABLE makerspace_booking ADD CONSTRAINT makerspace_booking_no_overlap
    EXCLUDE USING gist (equipment_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
    WHERE (status IN ('booked', 'used', 'no_show'));
"""
DROP = "ALTER TABLE makerspace_booking DROP CONSTRAINT IF EXISTS makerspace_booking_no_overlap;"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("makerspace", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
