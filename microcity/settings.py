"""One environment-driven configuration for every way Microcity runs: laptop demo, tests, CI and production.

Everything that differs between installations comes from environment variables (see docs/configuration.md);
with none set, Microcity runs on an embedded SQLite database with console e-mail and tasks run in-process.
"""

from __future__ import annotations

import ipaddress
import os
import zoneinfo
from pathlib import Path
from typing import cast

import dj_database_url

from microcity.core.logs import logging_config

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("MICROCITY_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# PRODUCTION switches on every safeguard that a laptop demo would find in its way (HTTPS, HSTS,
# secure cookies, SMTP, two-factor sign-in for staff). DEBUG can never be on in production.
PRODUCTION = env_bool("PRODUCTION")
# DEMO (make demo) shows the laptop demo as visitors would see it: DEBUG off, so that a missing page is
# the site's own 404 and never Django's debug page, with static files served by WhiteNoise straight from
# the source folders (no collectstatic). Debug pages are for development only (make serve, DEBUG=1).
DEMO = env_bool("DEMO") and not PRODUCTION
DEBUG = env_bool("DEBUG", default=not PRODUCTION) and not PRODUCTION and not DEMO
TESTING = env_bool("MICROCITY_TESTING")

_DEV_SECRET = "django-insecure-microcity-development-key-do-not-use-in-production"  # noqa: S105
SECRET_KEY = os.environ.get("SECRET_KEY", "" if PRODUCTION else _DEV_SECRET)
if PRODUCTION and (not SECRET_KEY or SECRET_KEY == _DEV_SECRET):
    raise RuntimeError("SECRET_KEY must be set to a long random value when PRODUCTION=1")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "" if PRODUCTION else "127.0.0.1,localhost,testserver,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Our apps first so that their templates override those of the libraries (allauth, wagtail).
    "microcity.core",
    "microcity.accounts",
    "microcity.search",
    "microcity.library",
    "microcity.grants",
    "microcity.talent",
    "microcity.impact",
    "microcity.careers",
    "microcity.summerjobs",
    "microcity.accessibility",
    "microcity.investors",
    "microcity.makerspace",
    "microcity.courses",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "csp",
    "django_htmx",
    "template_partials",
    "huey.contrib.djhuey",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "microcity.core.middleware.PrivateResponsesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "microcity.core.backoffice.ContentSecurityPolicyMiddleware",
    "microcity.core.backoffice.BackofficeLanguageMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "microcity.accounts.middleware.SecondFactorSessionMiddleware",
    "microcity.accounts.middleware.StaffMfaRequiredMiddleware",
    "microcity.accounts.middleware.BackOfficeRoleMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Domain errors that leave a view: NotAllowed → 403, NotFound → 404 (core/refusals.py).
    "microcity.core.refusals.RefusalMiddleware",
]

ROOT_URLCONF = "microcity.urls"
WSGI_APPLICATION = "microcity.wsgi.application"
ASGI_APPLICATION = "microcity.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "microcity" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "microcity.core.context_processors.platform",
                "microcity.accounts.context_processors.roles",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------------
# SQLite by default (embedded, nothing to install); PostgreSQL when DATABASE_URL says so.
VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'microcity.sqlite3'}"),
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and a busy timeout let the embedded database take concurrent readers and one writer
    # without "database is locked" errors under a handful of users.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache and tasks ------------------------------------------------------------------------------
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHES: dict[str, dict[str, object]]
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "microcity",
        }
    }
else:
    # A database cache keeps rate limits shared between processes even without Redis.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "microcity_cache",
        }
    }
# Search results and shared public pages, per process: nothing shared is written on a miss, and the
# search index's generation (in "default") says when they are stale (docs/decisions/0012).
CACHES["local"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "microcity-local",
    "OPTIONS": {"MAX_ENTRIES": 5000},
}

# Searches are answered from an in-memory replica of the search index in each process, kept in step
# with the database through its change log (docs/decisions/0014); off, every search runs in the database.
MICROCITY_SEARCH_IN_MEMORY = env_bool("SEARCH_IN_MEMORY", default=True)

# Huey is the one task queue: Redis in production; without Redis, tasks run in-process right after
# the transaction commits (see microcity/core/tasks.py and docs/decisions/0003-task-queue.md).
HUEY = {
    "name": "microcity",
    "immediate": not REDIS_URL,
    "results": False,
    "utc": True,
    "consumer": {"workers": int(os.environ.get("HUEY_WORKERS", "2")), "worker_type": "thread"},
}
if REDIS_URL:
    HUEY["huey_class"] = "huey.RedisHuey"
    HUEY["url"] = REDIS_URL
else:
    HUEY["huey_class"] = "huey.MemoryHuey"

# --- Authentication -------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
# Django's and allauth's backends, loading the user with whether they have a second factor (0015).
AUTHENTICATION_BACKENDS = [
    "microcity.accounts.backends.ModelBackend",
    "microcity.accounts.backends.AuthenticationBackend",
    "microcity.accounts.backends.RolePermissionBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
if TESTING:
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "accounts:start"
ACCOUNT_LOGOUT_REDIRECT_URL = "core:home"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = os.environ.get("ACCOUNT_EMAIL_VERIFICATION", "mandatory")
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Microcity] "
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_ADAPTER = "microcity.accounts.adapter.AccountAdapter"
# Throttled sign-in: allauth counts failures per address and per account in the shared cache.
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Microcity"
# Staff roles must have two-factor sign-in in production (microcity/accounts/middleware.py).
MICROCITY_REQUIRE_STAFF_MFA = env_bool("REQUIRE_STAFF_MFA", default=PRODUCTION)

# Proxies (addresses or networks, comma-separated) whose X-Forwarded-For is believed; from anyone else the
# header is ignored and the connection's own address is the client's (microcity/core/http.py).
MICROCITY_TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
for _proxy in MICROCITY_TRUSTED_PROXIES:
    ipaddress.ip_network(_proxy, strict=False)  # a typo stops start-up instead of trusting nobody silently

# --- Internationalisation -------------------------------------------------------------------------
LANGUAGE_CODE = "lv"
LANGUAGES = [("lv", "Latviešu"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "microcity" / "locale"]
TIME_ZONE = "Europe/Riga"
USE_I18N = True
USE_TZ = True
USE_THOUSAND_SEPARATOR = True
FORMAT_MODULE_PATH = ["microcity.formats"]

# --- Static and media files -----------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "microcity" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
MICROCITY_UPLOAD_MAX_BYTES = int(os.environ.get("UPLOAD_MAX_BYTES", str(20 * 1024 * 1024)))

STORAGES: dict[str, dict[str, object]] = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or TESTING or DEMO
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    # S3-compatible object storage keeps uploads off the app servers so that they stay stateless.
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "default_acl": None,
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
WHITENOISE_AUTOREFRESH = DEBUG
# Without DEBUG, runserver serves no static files; in the demo WhiteNoise finds them where they are
# (and, on a fresh clone, finds an empty STATIC_ROOT rather than warning that there is none).
WHITENOISE_USE_FINDERS = DEBUG or DEMO
if DEMO:
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)

# --- E-mail ---------------------------------------------------------------------------------------
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Microcity <noreply@microcity.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if PRODUCTION
    else "django.core.mail.backends.console.EmailBackend",
)
if EMAIL_BACKEND.endswith("filebased.EmailBackend"):
    EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", str(VAR_DIR / "mail"))
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=True)

# --- Security -------------------------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = False  # htmx reads the token from a meta tag, not the cookie.
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
if PRODUCTION:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    # Health checks from the load balancer arrive over plain HTTP inside the network.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

# Content-Security-Policy of the public site: no inline scripts; styles from our origin (plus inline
# style attributes, e.g. a city's colours). The back office has its own policy below.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

# The back office (Wagtail's admin) starts its date pickers and panels with inline scripts and draws
# with inline styles, data: and blob: images, and shows page previews in a frame of its own: it gets
# this policy, and only under these prefixes (microcity/core/backoffice.py), so the public site's
# policy stays as strict as it is.
MICROCITY_BACKOFFICE_URL_PREFIXES = ["/admin/"]
MICROCITY_BACKOFFICE_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "media-src": ["'self'", "blob:"],
        "worker-src": ["'self'", "blob:"],
        "frame-src": ["'self'"],
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

# --- Wagtail --------------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Microcity"
# The one address of the site that every link leaving it is built from (core/links.py: e-mails, calendar
# files, feeds, PDFs, share links); `make demo` and `make serve` set BASE_URL from PORT.
SITE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# The back office speaks the site's languages (microcity/core/backoffice.py picks the staff member's).
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Avatars are uploaded or the default one: staff e-mail addresses are not sent to Gravatar.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Real places only: the full tz database of the server also lists names that browsers refuse
# ("localtime", "Factory"), and one of them breaks the account page's time-zone list.
WAGTAIL_USER_TIME_ZONES = ["UTC"] + sorted(
    zone
    for zone in zoneinfo.available_timezones()
    if zone.split("/")[0]
    in {"Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"}
)

# --- Microcity ------------------------------------------------------------------------------------
# How long an audit event is kept (days) before the scheduled clean-up removes it.
MICROCITY_AUDIT_RETENTION_DAYS = int(os.environ.get("AUDIT_RETENTION_DAYS", str(365 * 3)))

# --- Keeping up when a part fails (issue 23; docs/operations.md) ----------------------------------
# Redis down is not an outage: the cache falls back to the database cache (so sign-in throttling and the
# per-address limits keep counting) and misses quietly where it cannot, logging once a minute
# (core/cache.py); work for the queue waits in the outbox (core/tasks.py). Timeouts keep a Redis that
# hangs from holding requests.
if REDIS_URL:
    CACHES["default"]["BACKEND"] = "microcity.core.cache.ResilientRedisCache"
    CACHES["default"]["OPTIONS"] = {
        **cast(dict[str, object], CACHES["default"].get("OPTIONS") or {}),
        "FALLBACK": "fallback",
    }
    CACHES["fallback"] = {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "microcity_cache",
    }
    _sep = "&" if "?" in REDIS_URL else "?"
    HUEY["url"] = f"{REDIS_URL}{_sep}socket_connect_timeout=2&socket_timeout=10"
# A request id on every log line (outermost, so that every other middleware's lines carry it too); a
# database that does not answer is a 503 page and a missing stored file a 404 page (core/middleware.py).
MIDDLEWARE.insert(0, "microcity.core.middleware.RequestIdMiddleware")
MIDDLEWARE.append("microcity.core.middleware.UnavailableMiddleware")
if PRODUCTION:
    SECURE_REDIRECT_EXEMPT = [r"^healthz(/live|/ready)?$"]
# Every line in UTC with its offset and the request id, as gunicorn's (gunicorn.conf.py); LOG_FORMAT=json
# for one JSON object per line.
LOGGING = logging_config(
    json_lines=os.environ.get("LOG_FORMAT", "plain") == "json", level=os.environ.get("LOG_LEVEL", "INFO")
)
# --- end of issue 23's block ----------------------------------------------------------------------
