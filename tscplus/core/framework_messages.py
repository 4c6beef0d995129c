"""Django's own messages that our pages show but Django's Thai catalogue leaves untranslated.

Listing them here puts them in `locale/th` (LOCALE_PATHS is searched before Django's catalogues),
so a Thai reader never meets an English validation error. Nothing imports this module: it exists
for `makemessages`. Keep each msgid exactly as Django writes it."""

from django.utils.translation import gettext_noop, ngettext_lazy

MESSAGES = (
    gettext_noop("Enter the same password as before, for verification."),
    gettext_noop("The password is too similar to the %(verbose_name)s."),
    gettext_noop("Your password can’t be too similar to your other personal information."),
    gettext_noop("This password is too common."),
    gettext_noop("Your password can’t be a commonly used password."),
    gettext_noop("This password is entirely numeric."),
    gettext_noop("Your password can’t be entirely numeric."),
    gettext_noop("Enter a valid integer."),
    gettext_noop("Value %(value)r is not a valid choice."),
    gettext_noop("Password reset sent"),
    gettext_noop("This field is required."),
)

PLURAL_MESSAGES = (
    ngettext_lazy(
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
        8,
    ),
    ngettext_lazy(
        "Your password must contain at least %(min_length)d character.",
        "Your password must contain at least %(min_length)d characters.",
        "min_length",
    ),
    ngettext_lazy(
        "Ensure this value has at least %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at least %(limit_value)d characters (it has %(show_value)d).",
        "limit_value",
    ),
    ngettext_lazy(
        "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
        "limit_value",
    ),
)
