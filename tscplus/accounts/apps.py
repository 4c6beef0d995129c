from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Users, roles and area memberships, consent records (PDPA), data-subject requests."""

    name = "tscplus.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        from tscplus.accounts import checks  # noqa: F401 (registers the deploy checks)
