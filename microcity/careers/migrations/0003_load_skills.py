"""Load the curated skills list with Latvian and English labels."""

from django.db import migrations


def load(apps, schema_editor):
    from microcity.careers.skills import load_skills

    load_skills(apps.get_model("careers", "Skill"))


class Migration(migrations.Migration):
    dependencies = [("careers", "0002_skills")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
