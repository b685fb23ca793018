"""Cities that existed before grants did run them too, as a new city does (City.programmes' default);
a city switches them off in its settings."""

from django.db import migrations


def forwards(apps, schema_editor):
    City = apps.get_model("core", "City")
    for city in City.objects.all():
        keys = [k.strip() for k in city.programmes.split(",") if k.strip()]
        if "grants" not in keys:
            city.programmes = ",".join([*keys, "grants"])
            city.save(update_fields=["programmes"])


def backwards(apps, schema_editor):
    City = apps.get_model("core", "City")
    for city in City.objects.all():
        keys = [k.strip() for k in city.programmes.split(",") if k.strip() and k.strip() != "grants"]
        city.programmes = ",".join(keys)
        city.save(update_fields=["programmes"])


class Migration(migrations.Migration):
    dependencies = [("grants", "0001_initial"), ("core", "0007_city_programmes")]
    operations = [migrations.RunPython(forwards, backwards)]
