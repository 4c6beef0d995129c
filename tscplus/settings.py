"""Settings of the TSC+ platform: every value comes from the environment, with a safe default for
development. `.env.example` lists the variables; `docs/deploy.md` shows production values."""

import sys
from pathlib import Path

import environ
import fontpkg_sarabun
import redis
from django.utils.translation import gettext_lazy as _

from tscplus.core.storage import uploads

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(environ.Env().str("TSCPLUS_VAR_DIR", default=str(BASE_DIR / "var")))

env = environ.Env()
# A local `.env` is read when present (development); production sets real environment variables.
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DJANGO_DEBUG", default=True)
# The development key is only accepted while DEBUG is on; `check --deploy` flags it otherwise.
SECRET_KEY = env.str(
    "DJANGO_SECRET_KEY",
    default="django-insecure-development-only-key-change-me-in-production-0123456789",
)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[SITE_URL])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_htmx",
    "axes",
    "huey.contrib.djhuey",
    "tscplus.core",
    "tscplus.accounts",
    "tscplus.places",
    "tscplus.standards",
    "tscplus.assessments",
    "tscplus.voice",
    "tscplus.oversight",
    "tscplus.search",
    "tscplus.knowledge",
    "tscplus.learning",
    "tscplus.indicators",
    "tscplus.insights",
    # The project package itself: site-wide templates, the demo command and the periodic job schedule.
    "tscplus",
]

MIDDLEWARE = [
    # Outermost, so that every answer carries the policy, the verification page's cached ones too.
    "tscplus.core.middleware.ContentSecurityPolicyMiddleware",
    # The verification page (every QR scan) is answered from its cache before anything else runs;
    # what it serves is what the whole stack below produced (see assessments/verify_cache.py).
    "tscplus.assessments.verify_cache.VerifyPageCacheMiddleware",
    # Answers made for a signed-in person are never stored by a cache (inside the one above).
    "tscplus.core.middleware.PersonalAnswerMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "tscplus.core.middleware.ApiLanguageMiddleware",
    # An address holding NUL (%00) is a 400, in the language just chosen, before anything below
    # looks it up in the database.
    "tscplus.core.middleware.RefuseNulMiddleware",
    "django.middleware.common.CommonMiddleware",
    "tscplus.core.middleware.ApiConditionalGetMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "tscplus.core.middleware.RequestContextMiddleware",
    # Marks the few pages a phone may keep for offline use (core/pwa.py).
    "tscplus.core.pwa.OfflinePageMiddleware",
    # Axes last, as its documentation asks, so it sees the outcome of authentication.
    "axes.middleware.AxesMiddleware",
]

# Scripts, styles, images and fonts from this site only; no inline script; no framing.
CONTENT_SECURITY_POLICY = env.str(
    "CONTENT_SECURITY_POLICY",
    default="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
    "base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
)
CSP_EXEMPT_PREFIXES = ["/api/docs/", "/admin/", "/en/admin/"]

ROOT_URLCONF = "tscplus.urls"
WSGI_APPLICATION = "tscplus.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "tscplus.core.context_processors.site",
                "tscplus.accounts.context_processors.navigation",
            ],
            "builtins": ["tscplus.core.templatetags.thaidate", "tscplus.core.templatetags.areas"],
        },
    }
]

# --- Database -------------------------------------------------------------------------------------
# A web process (gunicorn, runserver, tests) or a job (the consumer and every other `tscplus`
# command, see tscplus/__main__.py): jobs may wait longer on the database and on Redis.
TSCPLUS_PROCESS = env.str("TSCPLUS_PROCESS", default="web")
# The consumer is a job however it was started (`tscplus run_huey` or `django-admin run_huey`).
_job = TSCPLUS_PROCESS == "job" or "run_huey" in sys.argv
VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'tscplus.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the job consumer and the web server write the same file without "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )
    # Tests use a file, not SQLite's shared-cache memory database: the browser tests' live server
    # answers each request in its own thread, and shared-cache connections fail at once with
    # "database table is locked" where a file in WAL mode waits its turn, as in production.
    DATABASES["default"]["TEST"] = {
        "NAME": env.str("TSCPLUS_TEST_SQLITE_PATH", default=str(VAR_DIR / "test.sqlite3"))
    }
else:
    # Every wait is bounded, so one stuck query or a held lock never holds every worker: web
    # requests give up fast (and answer 503, core/outage.py); jobs and commands (`tscplus ...`,
    # which sets TSCPLUS_PROCESS=job) may run long. Values in milliseconds, 0 for none.
    DATABASE_TIMEOUTS = {
        "connect_timeout": env.int("DB_CONNECT_TIMEOUT", default=10 if _job else 3),
        "statement_timeout": env.int("DB_STATEMENT_TIMEOUT_MS", default=0 if _job else 10_000),
        "lock_timeout": env.int("DB_LOCK_TIMEOUT_MS", default=60_000 if _job else 5_000),
        "idle_in_transaction_session_timeout": env.int(
            "DB_IDLE_IN_TRANSACTION_TIMEOUT_MS", default=30 * 60_000 if _job else 60_000
        ),
    }
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "connect_timeout": DATABASE_TIMEOUTS["connect_timeout"],
            "options": " ".join(
                f"-c {name}={value}"
                for name, value in DATABASE_TIMEOUTS.items()
                if name != "connect_timeout"
            ),
        }
    )
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("DJANGO_CONN_MAX_AGE", default=60)
    # Off by default: the check costs a round trip on every request that touches the database
    # (measured on the verification page); a connection that died is replaced on the next request.
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = env.bool(
        "DJANGO_CONN_HEALTH_CHECKS", default=False
    )
# PgBouncer in transaction mode between the web machines and PostgreSQL: a server connection is
# lent for one transaction only, so Django keeps none open, declares no server-side cursor (it
# would outlive its transaction) and sends no time-outs at connection start (PgBouncer cannot
# pass them on: set them on the database role instead, see docs/deploy.md).
DATABASE_POOLER = env.str("DATABASE_POOLER", default="")
if DATABASE_POOLER == "pgbouncer" and DATABASES["default"]["ENGINE"].endswith("postgresql"):
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = True
    DATABASES["default"]["OPTIONS"].pop("options", None)
# Read replicas (core/db_router.py): the reads that may be a little behind go to them.
DATABASE_REPLICA_URLS = env.list("DATABASE_REPLICA_URLS", default=[])
REPLICA_MAX_LAG_SECONDS = env.float("REPLICA_MAX_LAG_SECONDS", default=10.0)
REPLICA_CHECK_SECONDS = env.float("REPLICA_CHECK_SECONDS", default=2.0)
READ_YOUR_WRITES_SECONDS = env.int("READ_YOUR_WRITES_SECONDS", default=30)
for _number, _url in enumerate(DATABASE_REPLICA_URLS, start=1):
    _replica = env.db_url_config(_url)
    _replica["OPTIONS"] = {
        **DATABASES["default"].get("OPTIONS", {}),
        # A replica that does not answer at once is skipped: the primary answers instead.
        "connect_timeout": 2,
    }
    _replica["CONN_MAX_AGE"] = DATABASES["default"].get("CONN_MAX_AGE", 0)
    # In tests a replica reads the primary's test database, which streaming replication copies.
    _replica["TEST"] = {"MIRROR": "default"}
    DATABASES[f"replica{_number}"] = _replica
DATABASE_ROUTERS = ["tscplus.core.db_router.ReplicaRouter"] if DATABASE_REPLICA_URLS else []
if DATABASE_REPLICA_URLS:
    # After a change, that browser reads from the primary for a while (core/db_router.py).
    MIDDLEWARE.insert(
        MIDDLEWARE.index("django.contrib.sessions.middleware.SessionMiddleware"),
        "tscplus.core.db_router.WroteCookieMiddleware",
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# While the database cannot answer, pages and the API answer 503 and ask to come back after this.
OUTAGE_RETRY_AFTER_SECONDS = env.int("OUTAGE_RETRY_AFTER_SECONDS", default=15)

# --- Cache, sessions, queue -----------------------------------------------------------------------
REDIS_URL = env.str("REDIS_URL", default="")
# Redis is a cache and a queue, never the reason a request fails or hangs: short time-outs, then
# the cache falls back to each process's memory for a few seconds (core/cache.py, core/breaker.py).
REDIS_TIMEOUT = env.float("REDIS_TIMEOUT", default=0.5)
REDIS_RETRY_SECONDS = env.float("REDIS_RETRY_SECONDS", default=5.0)
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "tscplus.core.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"socket_connect_timeout": REDIS_TIMEOUT, "socket_timeout": REDIS_TIMEOUT},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# A small cache inside each web process, for the hottest pages (a few seconds at most).
CACHES["local"] = {
    "BACKEND": "tscplus.core.cache.ProcessCache",
    "LOCATION": "tscplus-local",
    "OPTIONS": {"MAX_ENTRIES": 20000},  # verification pages are ~0.7 KB compressed: ~14 MB at most
}
SESSION_ENGINE = "django.contrib.sessions.backends.db"

HUEY_NAME = env.str("HUEY_NAME", default="tscplus")
if REDIS_URL:
    HUEY = {
        "huey_class": "tscplus.core.queue.OncePerMinuteRedisHuey",
        "name": HUEY_NAME,
        # The consumer waits up to a second for work (huey's read_timeout), so its reads may take
        # longer; a web process only hands jobs over and gives up as fast as the cache does.
        "connection_pool": redis.ConnectionPool.from_url(
            REDIS_URL,
            socket_connect_timeout=REDIS_TIMEOUT,
            socket_timeout=5 if _job else REDIS_TIMEOUT,
        ),
        "immediate": False,
        "utc": True,
    }
else:
    HUEY = {
        "huey_class": "huey.SqliteHuey",
        "name": HUEY_NAME,
        "filename": env.str("HUEY_SQLITE_PATH", default=str(VAR_DIR / "huey.sqlite3")),
        "immediate": False,
        "utc": True,
    }
HUEY["consumer"] = {"workers": env.int("HUEY_WORKERS", default=2), "worker_type": "thread"}
# The outbox (core/outbox.py): how often each consumer hands over promised jobs that are due, when
# a job handed over but never started counts as lost, when one started but never finished (its
# consumer died) is given back, and after how many failed attempts a job waits for an administrator.
OUTBOX_RELAY_SECONDS = env.float("OUTBOX_RELAY_SECONDS", default=2.0)
OUTBOX_REQUEUE_SECONDS = env.int("OUTBOX_REQUEUE_SECONDS", default=30)
OUTBOX_RUNNING_LEASE_SECONDS = env.int("OUTBOX_RUNNING_LEASE_SECONDS", default=30 * 60)
OUTBOX_MAX_ATTEMPTS = env.int("OUTBOX_MAX_ATTEMPTS", default=8)

# --- Authentication and accounts ------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # Django's model backend, refusing demo accounts while DEBUG is off.
    "tscplus.accounts.backends.AccountBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:profile"
LOGOUT_REDIRECT_URL = "home"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24

AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_MINUTES", default=15.0) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_FORM_FIELD = "username"
AXES_USERNAME_CALLABLE = "tscplus.accounts.lockout.username_of"
AXES_LOCKOUT_CALLABLE = "tscplus.accounts.lockout.lockout_response"
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "tscplus.core.middleware.client_ip"
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_VERBOSE = False

# The date the privacy notice took effect; consent records store it as the notice version.
PRIVACY_NOTICE_VERSION = "2026-11-01"

# --- Settings standards ---------------------------------------------------------------------------
CERTIFICATE_VALID_DAYS = env.int("CERTIFICATE_VALID_DAYS", default=365)
CERTIFICATE_GRACE_DAYS = env.int("CERTIFICATE_GRACE_DAYS", default=30)
# Unknown certificate tokens one client may look up in a minute before it is refused (429).
VERIFY_MISS_LIMIT = env.int("VERIFY_MISS_LIMIT", default=20)
# The verification page is kept in the database for its day, emptied with every change to what
# it shows (assessments/verify_cache.py), and in each web process for this long: the most a change
# takes to show on every web machine.
VERIFY_PAGE_LOCAL_SECONDS = env.int("VERIFY_PAGE_LOCAL_SECONDS", default=15)
# While the database cannot be read, a page this process served in the last this many seconds is
# served again: it says when the status was read, and while the database is down nothing changes.
VERIFY_PAGE_OUTAGE_SECONDS = env.int("VERIFY_PAGE_OUTAGE_SECONDS", default=600)
# People Voice: how long a QR scan counts as a visit, and what one client address may send.
VISIT_TOKEN_SECONDS = env.int("VISIT_TOKEN_SECONDS", default=3 * 3600)
RATING_LIMIT_PER_HOUR = env.int("RATING_LIMIT_PER_HOUR", default=20)
COMPLAINT_LIMIT_PER_HOUR = env.int("COMPLAINT_LIMIT_PER_HOUR", default=5)
TRACKING_MISS_LIMIT = env.int("TRACKING_MISS_LIMIT", default=20)  # unknown codes per 10 minutes
# Reports of unknown QR codes from one client address an hour (the page and the API together).
QR_REPORT_LIMIT_PER_HOUR = env.int("QR_REPORT_LIMIT_PER_HOUR", default=5)
# Knowledge hub: published items are due for review this many days after their last review.
KNOWLEDGE_REVIEW_DAYS = env.int("KNOWLEDGE_REVIEW_DAYS", default=365)
# How long a request receipt is kept (core/idempotency.py): an offline queue replayed within it
# gets the first answer. Longer than any officer stays out of signal.
IDEMPOTENCY_KEEP_DAYS = env.int("IDEMPOTENCY_KEEP_DAYS", default=60)

# Area oversight: an owner may appeal a decision this many days after it (counted from the day
# it was made, that day included in the count's start), and the appeal is to be decided this many
# days after it was filed.
OVERSIGHT_APPEAL_DAYS = env.int("OVERSIGHT_APPEAL_DAYS", default=21)
OVERSIGHT_APPEAL_DECISION_DAYS = env.int("OVERSIGHT_APPEAL_DECISION_DAYS", default=14)
# Area oversight: the days an owner has to correct what a suspension found (a decision requiring
# corrections names its own date, this by default), and the reminders before that date.
OVERSIGHT_CORRECTIONS_DAYS = env.int("OVERSIGHT_CORRECTIONS_DAYS", default=30)
OVERSIGHT_CORRECTIONS_REMINDER_DAYS = tuple(
    env.list("OVERSIGHT_CORRECTIONS_REMINDER_DAYS", cast=int, default=[7, 1])
)

# --- Indicators and reports (the seed's procedure) -------------------------------------------------
# A month's report is due on this day of the next month; reminders go out on these days of it.
INDICATOR_REPORT_DUE_DAY = env.int("INDICATOR_REPORT_DUE_DAY", default=10)
INDICATOR_REMINDER_DAYS = tuple(env.list("INDICATOR_REMINDER_DAYS", cast=int, default=[1, 5, 8]))
# Half-year summaries are made for these months (February and July, as in the SOP).
INDICATOR_HALF_YEAR_MONTHS = tuple(env.list("INDICATOR_HALF_YEAR_MONTHS", cast=int, default=[2, 7]))
INDICATOR_EVIDENCE_MAX_MB = env.int("INDICATOR_EVIDENCE_MAX_MB", default=10)
DATA_UPLOAD_MAX_MEMORY_SIZE = 6 * 1024 * 1024  # a 5 MB photo plus the form around it

# --- Email ----------------------------------------------------------------------------------------
_email = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(_email)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="TSC+ <no-reply@anamai.moph.go.th>")

# --- Internationalisation -------------------------------------------------------------------------
LANGUAGE_CODE = "th"
LANGUAGES = [("th", _("Thai")), ("en", _("English"))]
# Inside the package, so that a plain `pip install` carries the catalogues.
LOCALE_PATHS = [BASE_DIR / "tscplus" / "locale"]
TIME_ZONE = "Asia/Bangkok"
USE_I18N = True
USE_TZ = True
LANGUAGE_COOKIE_NAME = "tscplus_language"

# --- Static and media files -----------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
# Sarabun comes from its PyPI package at install time, never from a CDN or a copy in the repo.
STATICFILES_DIRS = [("fonts/sarabun", str(fontpkg_sarabun.ROOT / "files"))]
# Pages use WOFF2 subsets of it, built from those files on first use (core/fonts.py).
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    "tscplus.core.fonts.SubsetFontFinder",
]
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # WhiteNoise warns when it is missing
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(VAR_DIR / "media")))
# Uploads on the disk, or in an S3-compatible store every web machine shares (core/storage.py).
OBJECT_STORE_URL = env.str("OBJECT_STORE_URL", default="")
STORAGES = {
    "default": uploads(OBJECT_STORE_URL),
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# --- REST API -------------------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # Personal tokens first: an unauthenticated call then gets 401 with `WWW-Authenticate: Bearer`.
        "tscplus.accounts.tokens.ApiTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    # JSON with its nesting bounded (core/parsers.py); forms and uploads as DRF reads them.
    "DEFAULT_PARSER_CLASSES": [
        "tscplus.core.parsers.JSONParser",
        "tscplus.core.parsers.FormParser",
        "tscplus.core.parsers.MultiPartParser",
    ],
    "DEFAULT_PAGINATION_CLASS": "tscplus.core.rest.Pagination",
    "PAGE_SIZE": 50,
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_THROTTLE_CLASSES": [
        "tscplus.core.throttling.AnonRateThrottle",
        "tscplus.core.throttling.UserRateThrottle",
        "tscplus.core.throttling.ScopedRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env.str("API_THROTTLE_ANON", default="120/minute"),
        "user": env.str("API_THROTTLE_USER", default="600/minute"),
        "verify": env.str("API_THROTTLE_VERIFY", default="60/minute"),
        "tracking": env.str("API_THROTTLE_TRACKING", default="20/minute"),
    },
    "EXCEPTION_HANDLER": "tscplus.core.rest.exception_handler",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "TSC+ API",
    "DESCRIPTION": (
        "REST API of the Thai Stop COVID Plus platform of the Department of Health, Thailand. "
        'Errors always have the shape {"errors": {...}}.'
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    # Example dates that must stay valid are written afresh for each schema (core.rest).
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "tscplus.core.rest.fresh_example_dates",
    ],
    # Choice sets that share a field name ("status", "decision") get names of their own.
    "ENUM_NAME_OVERRIDES": {
        "ModerationEnum": "tscplus.voice.choices.Moderation",
        "ComplaintStatusEnum": "tscplus.voice.choices.ComplaintStatus",
        "InspectionStatusEnum": "tscplus.oversight.choices.InspectionStatus",
        "InspectionDecisionEnum": "tscplus.oversight.choices.Decision",
        "ModerationVerdictEnum": [("approve", "approve"), ("reject", "reject")],
        "CaseStatusEnum": "tscplus.oversight.choices.CaseStatus",
        "CaseOutcomeEnum": "tscplus.oversight.choices.CaseOutcome",
        "CaseCloseOutcomeEnum": "tscplus.oversight.choices.CLOSE_OUTCOME_CHOICES",
        "ImportStatusEnum": "tscplus.places.choices.ImportStatus",
        "ImportModeEnum": "tscplus.places.choices.ImportMode",
        "EstablishmentStatusEnum": "tscplus.places.choices.EstablishmentStatus",
        "AssessmentStatusEnum": "tscplus.assessments.choices.AssessmentStatus",
        "CertificateStatusEnum": "tscplus.assessments.choices.CertificateStatus",
        "AssessmentKindEnum": "tscplus.assessments.choices.AssessmentKind",
        "KnowledgeKindEnum": "tscplus.knowledge.choices.Kind",
        "AudienceEnum": "tscplus.knowledge.choices.Audience",
        "LanguageEnum": "tscplus.knowledge.choices.Language",
        "AssetKindEnum": "tscplus.learning.choices.AssetKind",
        "LessonKindEnum": "tscplus.learning.choices.LessonKind",
        "AssetAccessEnum": "tscplus.learning.choices.Access",
        "InnovationStageEnum": "tscplus.learning.choices.Stage",
        "IndicatorKindEnum": "tscplus.indicators.choices.IndicatorKind",
        "PlanStepStatusEnum": "tscplus.indicators.choices.StepStatus",
        "ReportRevisionStatusEnum": "tscplus.indicators.choices.RevisionStatus",
    },
}

# --- Security -------------------------------------------------------------------------------------
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Addresses of our own reverse proxies (nginx, load balancer): only their X-Forwarded-For is believed.
TRUSTED_PROXIES = frozenset(env.list("DJANGO_TRUSTED_PROXIES", default=[]))
SESSION_COOKIE_SECURE = env.bool("DJANGO_SECURE_COOKIES", default=not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = False
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SILENCED_SYSTEM_CHECKS = env.list("DJANGO_SILENCED_SYSTEM_CHECKS", default=["security.W021"])

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # One line, no traceback, for a request that failed because the database could not answer
    # and for the consumer's "Error reading from queue" while Redis is away (core/outage.py).
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["quiet_outages"]}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "axes": {"level": "WARNING"},
        "huey": {"level": "WARNING"},
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
        # Before any handler, too (a handler added by a test or a library sees the short line).
        "django.request": {"filters": ["quiet_outages"]},
    },
    "filters": {"quiet_outages": {"()": "tscplus.core.outage.QuietOutages"}},
}
