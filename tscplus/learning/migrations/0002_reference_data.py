from django.db import migrations


def seed(apps, schema_editor):
    from tscplus.learning.inventory import platform_assets_sync
    from tscplus.learning.seed import communities_sync

    platform_assets_sync(model=apps.get_model("learning", "KnowledgeAsset"))
    communities_sync(model=apps.get_model("learning", "Community"))


class Migration(migrations.Migration):
    dependencies = [("learning", "0001_learning")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
