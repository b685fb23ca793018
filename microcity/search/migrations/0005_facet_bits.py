"""Facet values as bits of a mask on each entry, so that a search counts facets in one GROUP BY.

Adds Entry.facet_mask (nullable, so that SQLite adds the column in place: rebuilding the table would
drop the FTS triggers) and FacetBit, then numbers the values already in the index and fills the masks.
"""

from collections import defaultdict

from django.db import migrations, models

MAX_FACET_BITS = 62  # as microcity.search.models, copied so that this migration never changes


def number_existing_values(apps, schema_editor):
    Entry = apps.get_model("search", "Entry")
    EntryFacet = apps.get_model("search", "EntryFacet")
    FacetBit = apps.get_model("search", "FacetBit")
    db = schema_editor.connection.alias
    kinds = dict(Entry.objects.using(db).values_list("id", "kind"))
    facets = defaultdict(list)
    for entry_id, field, value in (
        EntryFacet.objects.using(db).values_list("entry_id", "field", "value").iterator(chunk_size=5000)
    ):
        facets[entry_id].append((field, value))
    values = defaultdict(set)
    for entry_id, pairs in facets.items():
        values[kinds[entry_id]].update(pairs)
    bits = {}
    rows = []
    for kind, pairs in values.items():
        for number, (field, value) in enumerate(sorted(pairs)):
            bit = number if number < MAX_FACET_BITS else None
            bits[(kind, field, value)] = bit
            rows.append(FacetBit(kind=kind, field=field, value=value, bit=bit))
    FacetBit.objects.using(db).bulk_create(rows, batch_size=500)
    Entry.objects.using(db).update(facet_mask=0)
    changed = []
    for entry_id, pairs in facets.items():
        mask = 0
        for field, value in pairs:
            bit = bits[(kinds[entry_id], field, value)]
            if bit is None:
                mask = None
                break
            mask |= 1 << bit
        changed.append(Entry(id=entry_id, facet_mask=mask))
    Entry.objects.using(db).bulk_update(changed, ["facet_mask"], batch_size=500)


class Migration(migrations.Migration):

    dependencies = [
        ('search', '0004_entry_kind_language_index'),
    ]

    operations = [
        migrations.AddField(
            model_name='entry',
            name='facet_mask',
            field=models.BigIntegerField(blank=True, null=True, verbose_name='facet bits'),
        ),
        migrations.CreateModel(
            name='FacetBit',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('kind', models.CharField(max_length=40, verbose_name='kind')),
                ('field', models.CharField(max_length=40, verbose_name='field')),
                ('value', models.CharField(max_length=100, verbose_name='value')),
                ('bit', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='bit')),
            ],
            options={
                'verbose_name': 'facet bit',
                'verbose_name_plural': 'facet bits',
                'db_table': 'search_facet_bit',
                'constraints': [models.UniqueConstraint(fields=('kind', 'field', 'value'), name='search_facet_bit_value'), models.UniqueConstraint(fields=('kind', 'bit'), name='search_facet_bit_number')],
            },
        ),
        migrations.RunPython(number_existing_values, migrations.RunPython.noop, elidable=True),
    ]
