"""Describe the seeded standards (the start of a self-assessment shows what each one covers)."""

from django.db import migrations


def describe(apps, schema_editor):
    from tscplus.standards.seed import standards_seed

    names = ("Standard", "StandardVersion", "Section", "Item")
    models = {name: apps.get_model("standards", name) for name in names}
    models["SettingGroup"] = apps.get_model("places", "SettingGroup")
    standards_seed(models=models)  # creates nothing that exists; fills blank descriptions


class Migration(migrations.Migration):
    dependencies = [("standards", "0002_seed_standards")]

    operations = [migrations.RunPython(describe, migrations.RunPython.noop)]
