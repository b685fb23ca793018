"""Cities that existed before investor attraction was built run it too, as a new city does (City.programmes
defaults to every registered programme): no city could have chosen to leave out what did not exist. A city
that runs no programme at all stays so."""

from django.db import migrations


def switch_on(apps, schema_editor):
    City = apps.get_model("core", "City")
    for city in City.objects.all():
        keys = [key.strip() for key in (city.programmes or "").split(",") if key.strip()]
        if keys and "investors" not in keys:  # a city that runs nothing stays so
            city.programmes = ",".join([*keys, "investors"])
            city.save(update_fields=["programmes"])


class Migration(migrations.Migration):
    dependencies = [("investors", "0001_initial"), ("core", "0007_city_programmes")]

    operations = [migrations.RunPython(switch_on, migrations.RunPython.noop)]
