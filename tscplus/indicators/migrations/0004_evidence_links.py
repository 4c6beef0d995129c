"""Published reports made before evidence files had their own view linked them under /media/,
which production does not serve. Point those links at the view (and note the evidence's id, which
the view checks); a link to somewhere else is left as it is."""

from django.conf import settings
from django.db import migrations


def relink(apps, schema_editor):
    Evidence = apps.get_model("indicators", "Evidence")
    ReportRevision = apps.get_model("indicators", "ReportRevision")
    media = settings.MEDIA_URL if settings.MEDIA_URL.startswith("/") else f"/{settings.MEDIA_URL}"
    for revision in ReportRevision.objects.filter(status="published").iterator():
        changed = False
        for row in revision.content.get("indicators", []):
            for item in (row.get("current") or {}).get("evidence", []):
                url = item.get("url", "")
                if "id" in item or not url.startswith(f"{media}indicators/evidence/"):
                    continue
                evidence = Evidence.objects.filter(file=url[len(media) :]).first()
                if evidence is not None:
                    item["id"] = evidence.pk
                    item["url"] = f"{settings.SITE_URL}/indicators/evidence/{evidence.pk}/"
                    changed = True
        if changed:
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [("indicators", "0003_reporting_window")]
    operations = [migrations.RunPython(relink, migrations.RunPython.noop)]
