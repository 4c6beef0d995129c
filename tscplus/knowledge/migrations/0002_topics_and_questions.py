from django.db import migrations


def seed(apps, schema_editor):
    from tscplus.knowledge.seed_topics import reference_sync

    reference_sync(
        topic_model=apps.get_model("knowledge", "Topic"),
        question_model=apps.get_model("knowledge", "HLQuestion"),
    )


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0001_knowledge")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
