"""The reference data the migrations load (geography, setting categories, standards, knowledge
topics), loaded again after a test on real transactions emptied every table."""


def reference_data_loaded() -> None:
    from tscplus.core.geography import geography_sync_current
    from tscplus.core.models import Province
    from tscplus.knowledge.models import HLQuestion, Topic
    from tscplus.knowledge.seed_topics import reference_sync
    from tscplus.places.models import SettingCategory, SettingGroup
    from tscplus.places.seed import categories_sync
    from tscplus.search.backends import backend
    from tscplus.standards import models as standard_models
    from tscplus.standards.seed import standards_seed

    if not Province.objects.exists():
        geography_sync_current()
    if not SettingCategory.objects.exists():
        categories_sync(group_model=SettingGroup, category_model=SettingCategory)
        models = {
            name: getattr(standard_models, name)
            for name in ("Standard", "StandardVersion", "Section", "Item")
        }
        standards_seed(models={**models, "SettingGroup": SettingGroup})
    reference_sync(topic_model=Topic, question_model=HLQuestion)
    # The full-text tables are not model tables: the flush between tests leaves them as they were.
    backend().clear()
