"""Load the ISCO-08 groups with Latvian and English labels."""

from django.db import migrations


def load(apps, schema_editor):
    from microcity.core.occupations import load_occupations

    load_occupations(apps.get_model("core", "Occupation"))


class Migration(migrations.Migration):
    dependencies = [("core", "0004_occupation")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
