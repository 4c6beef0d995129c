from django.apps import AppConfig


class TscplusConfig(AppConfig):
    """The project package as an app: site-wide templates, the demo command, the job schedule."""

    name = "tscplus"
    verbose_name = "TSC+"

    def ready(self) -> None:
        # The periodic job schedule lives in one module; importing it registers the jobs.
        from tscplus import tasks  # noqa: F401
