"""Make sure Wagtail has both content locales, Latvian and English, on every installation."""

from django.db import migrations


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code in ("lv", "en"):
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [("core", "0002_cache_table"), ("wagtailcore", "0054_initial_locale")]
    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
