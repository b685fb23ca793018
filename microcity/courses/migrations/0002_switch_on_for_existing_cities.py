"""Cities that existed before retraining courses were built run them too, as a new city would (a city's
administrator switches them off at /<lang>/staff/<city>/programmes/)."""

from django.db import migrations


def switch_on(apps, schema_editor):
    City = apps.get_model("core", "City")
    for city in City.objects.all():
        keys = [key.strip() for key in (city.programmes or "").split(",") if key.strip()]
        if "courses" not in keys:
            city.programmes = ",".join([*keys, "courses"])
            city.save(update_fields=["programmes"])


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("core", "0007_city_programmes"),
    ]

    operations = [migrations.RunPython(switch_on, migrations.RunPython.noop)]
