"""Load the 13 health regions and every province, district and subdistrict (from `geothai`)."""

from django.db import migrations


def load(apps, schema_editor):
    from tscplus.core.geography import geography_sync

    geography_sync(
        region_model=apps.get_model("core", "HealthRegion"),
        province_model=apps.get_model("core", "Province"),
        district_model=apps.get_model("core", "District"),
        subdistrict_model=apps.get_model("core", "Subdistrict"),
    )


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
