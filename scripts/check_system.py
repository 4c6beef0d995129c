"""Check the system packages a goal needs, and say in Thai and English how to get them.

Usage: check_system.py python|run|test. Exit 1 with a clear message instead of a traceback later."""

import ctypes.util
import os
import shutil
import sys

APT_PANGO = "libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0"


def fail(th: str, en: str, fix: str) -> None:
    print(f"\n  ✗ {th}\n  ✗ {en}\n    {fix}\n", file=sys.stderr)
    sys.exit(1)


def check_python() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 (this script runs before the venv exists)
        fail(
            f"ต้องใช้ Python 3.11 ขึ้นไป (พบ {sys.version.split()[0]})",
            f"Python 3.11 or newer is needed (found {sys.version.split()[0]})",
            "Set PYTHON=/path/to/python3.11 (make run PYTHON=python3.11)",
        )


def check_pango() -> None:
    missing = [lib for lib in ("pango-1.0", "pangoft2-1.0") if not ctypes.util.find_library(lib)]
    if missing:
        fail(
            "ไม่พบไลบรารี Pango ที่ใช้สร้างไฟล์ PDF (ใบรับรอง รายงาน)",
            "The Pango libraries that render PDFs (certificates, reports) are missing",
            f"Debian/Ubuntu: sudo apt-get install {APT_PANGO}",
        )


def chromium_path() -> str | None:
    path = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    return path if os.path.exists(path) else None


def check_chromium() -> None:
    if chromium_path() is None:
        fail(
            "ไม่พบเบราว์เซอร์ Chromium สำหรับการทดสอบผ่านเบราว์เซอร์",
            "Chromium, which the browser tests drive, is missing",
            "Debian/Ubuntu: sudo apt-get install chromium (or set CHROMIUM_PATH)",
        )


if __name__ == "__main__":
    goal = sys.argv[1] if len(sys.argv) > 1 else "run"
    check_python()
    if goal in ("run", "test"):
        check_pango()
    if goal == "test":
        check_chromium()
