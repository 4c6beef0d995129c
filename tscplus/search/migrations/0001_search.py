from django.db import migrations, models

from tscplus.search.schema import DDL, DROP


def create_index(apps, schema_editor):
    for statement in DDL.get(schema_editor.connection.vendor, []):
        schema_editor.execute(statement)


def drop_index(apps, schema_editor):
    for statement in DROP.get(schema_editor.connection.vendor, []):
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        migrations.CreateModel(
            name="SearchDocument",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("scope", models.CharField(max_length=30, verbose_name="scope")),
                ("object_id", models.PositiveBigIntegerField(verbose_name="object")),
                ("language", models.CharField(default="th", max_length=5, verbose_name="language")),
                ("title", models.CharField(max_length=300, verbose_name="title")),
                ("text", models.TextField(blank=True, verbose_name="text")),
                ("kind", models.CharField(blank=True, max_length=20, verbose_name="kind")),
                ("audiences", models.CharField(blank=True, max_length=100, verbose_name="audiences")),
                ("topics", models.CharField(blank=True, max_length=300, verbose_name="topics")),
                ("restricted", models.BooleanField(default=False, verbose_name="staff only")),
                ("indexed_at", models.DateTimeField(auto_now=True, verbose_name="indexed at")),
            ],
            options={"verbose_name": "search document", "verbose_name_plural": "search documents"},
        ),
        migrations.AddConstraint(
            model_name="searchdocument",
            constraint=models.UniqueConstraint(fields=("scope", "object_id"), name="search_doc_unique"),
        ),
        migrations.AddIndex(
            model_name="searchdocument",
            index=models.Index(
                fields=["id", "scope", "restricted", "kind", "audiences", "topics"],
                name="search_doc_facets",
            ),
        ),
        migrations.RunPython(create_index, drop_index),
    ]
