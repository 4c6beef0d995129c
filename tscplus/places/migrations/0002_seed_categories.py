"""Seed the TSC+ setting groups and categories."""

from django.db import migrations


def load(apps, schema_editor):
    from tscplus.places.seed import categories_sync

    categories_sync(
        group_model=apps.get_model("places", "SettingGroup"),
        category_model=apps.get_model("places", "SettingCategory"),
    )


class Migration(migrations.Migration):
    dependencies = [("places", "0001_establishments")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
