"""The `tscplus` console command: any Django management command (`tscplus migrate`, `tscplus demo`)."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tscplus.settings")
    # Commands (the job consumer, migrations, imports) get the job's database time-outs; the
    # development server gets a web process's (see settings.DATABASE_TIMEOUTS).
    web = sys.argv[1:2] == ["runserver"]
    os.environ.setdefault("TSCPLUS_PROCESS", "web" if web else "job")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
