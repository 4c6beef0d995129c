"""Demo data of the knowledge hub: the seeded items, and one item by the demo editor waiting for
review (an administrator, who is not its author, can publish it)."""

from __future__ import annotations

from tscplus.accounts.selectors import user_by_email
from tscplus.knowledge import services
from tscplus.knowledge.choices import Kind
from tscplus.knowledge.models import KnowledgeItem, Topic
from tscplus.knowledge.seed import seed_knowledge

DRAFT_TITLE = "เตรียมร้านก่อนเปิดบริการหลังวันหยุดยาว"


def load() -> None:
    seed_knowledge()
    editor = user_by_email("editor@demo.tscplus.test")
    if editor is None or KnowledgeItem.objects.filter(title=DRAFT_TITLE).exists():
        return
    item = services.item_create(
        actor=editor,
        data={
            "kind": Kind.ARTICLE,
            "title": DRAFT_TITLE,
            "for_establishments": True,
            "summary": "รายการตรวจความพร้อมของร้านหลังปิดหลายวัน",
            "body": "- ล้างและฆ่าเชื้อพื้นผิวที่สัมผัสบ่อย\n- ตรวจจุดล้างมือและเติมสบู่\n"
            "- เปิดประตูหน้าต่างระบายอากาศก่อนเปิดร้าน\n- ทบทวนมาตรการกับพนักงาน",
        },
        topics=Topic.objects.filter(code="covid-prevention"),
    )
    services.item_submit(actor=editor, item=item)
