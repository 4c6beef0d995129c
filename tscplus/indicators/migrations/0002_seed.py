from django.db import migrations


def seed(apps, schema_editor):
    from tscplus.indicators.seed import indicators_seed

    indicators_seed(models={name: apps.get_model("indicators", name)
                            for name in ("FiscalYear", "Indicator", "IndicatorLevel", "PlanStep")})


class Migration(migrations.Migration):
    dependencies = [("indicators", "0001_indicators")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
