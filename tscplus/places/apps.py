from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlacesConfig(AppConfig):
    """Establishments and public places, and the setting categories they belong to."""

    name = "tscplus.places"
    label = "places"
    verbose_name = _("Establishments")

    def ready(self) -> None:
        from tscplus.accounts import personal_data
        from tscplus.places.personal import places_owned

        personal_data.register("places_owned", places_owned)

        # An operator lands on their places after logging in.
        from tscplus.accounts import landing
        from tscplus.accounts.choices import Role

        landing.register(Role.OPERATOR, "places:mine", order=50)
