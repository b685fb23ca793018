"""Index entries by kind and language again: listing a kind with no query nor facet filter starts there."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("search", "0003_filter_terms")]

    operations = [
        migrations.AddIndex(
            model_name="entry",
            index=models.Index(fields=["kind", "language"], name="search_entry_kind_lang"),
        ),
    ]
