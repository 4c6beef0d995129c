"""Seed the TSC+ COVID-19 prevention standards (one per setting group) and COVID Free Setting."""

from django.db import migrations


def load(apps, schema_editor):
    from tscplus.standards.seed import standards_seed

    names = ("Standard", "StandardVersion", "Section", "Item")
    models = {name: apps.get_model("standards", name) for name in names}
    models["SettingGroup"] = apps.get_model("places", "SettingGroup")
    standards_seed(models=models)


class Migration(migrations.Migration):
    dependencies = [("standards", "0001_standards"), ("places", "0002_seed_categories")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
