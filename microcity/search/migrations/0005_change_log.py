"""The log of index writes from which each process's in-memory index catches up (decision 0014)."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('search', '0004_entry_kind_language_index'),
    ]

    operations = [
        migrations.CreateModel(
            name='Change',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('kind', models.CharField(max_length=40, verbose_name='kind')),
                ('entry_id', models.BigIntegerField(verbose_name='entry')),
                ('token', models.BigIntegerField(verbose_name='token')),
                ('changed_at', models.DateTimeField(verbose_name='changed at')),
            ],
            options={
                'verbose_name': 'search index change',
                'verbose_name_plural': 'search index changes',
                'db_table': 'search_change',
            },
        ),
    ]
