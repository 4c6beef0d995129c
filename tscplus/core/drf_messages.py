"""Django REST framework's error messages that API users meet, listed so that `make messages` puts
them in our own catalogue. DRF's Thai translation covers about half of its messages, and an API
error must read in the caller's language; our catalogue (LOCALE_PATHS) wins over DRF's. Nothing
calls this module: it is read by makemessages only. The messages DRF writes without gettext at all
(a body that is not JSON, no body, a CSRF failure, the throttle's wait) are reworded in
`core.rest.exception_handler`."""

from django.utils.translation import gettext_noop as _

MESSAGES = (
    _("This field is required."),
    _("This field may not be blank."),
    _("This field may not be null."),
    _('"{input}" is not a valid choice.'),
    _('"{input}" is not a valid path choice.'),
    _("Must be a valid boolean."),
    _("Must be a valid UUID."),
    _("Not a valid string."),
    _("Invalid input."),
    _("Malformed request."),
    _("Datetime value out of range."),
    _('Invalid datetime for the timezone "{timezone}".'),
    _("Ensure this field has at least {min_length} elements."),
    _("Ensure this field has no more than {max_length} elements."),
    _("Ensure this filename has at most {max_length} characters (it has {length})."),
    _('Enter a valid "slug" consisting of Unicode letters, numbers, underscores, or hyphens.'),
    _("Incorrect type. Expected URL string, received {data_type}."),
    _("Incorrect type. Expected pk value, received {data_type}."),
    _('Invalid pk "{pk_value}" - object does not exist.'),
    _("Object with {slug_name}={value} does not exist."),
    _("Surrogate characters are not allowed: U+{code_point:X}."),
    _("The fields {field_names} must make a unique set."),
    _("This dictionary may not be empty."),
    _("This selection may not be empty."),
    _("This field must be unique."),
    _("Upload a valid image. The file you uploaded was either not an image or a corrupted image."),
    _("Could not satisfy the request Accept header."),
    _('Method "{method}" not allowed.'),
    _("Request was throttled."),
)
