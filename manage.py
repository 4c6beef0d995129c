#!/usr/bin/env python
"""Django's command-line utility; `tscplus` (installed with the package) does the same."""

from tscplus.__main__ import main

if __name__ == "__main__":
    main()
