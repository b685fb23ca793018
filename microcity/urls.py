"""Root URL configuration: language-prefixed public site, Wagtail's back office, health check."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from microcity.accounts.views import one_sign_in
from microcity.core import views as core_views
from microcity.core import views_manifest, views_sitemap

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("manifest.webmanifest", views_manifest.manifest),
    path("healthz/ready", core_views.healthz, name="healthz_ready"),
    path("healthz/live", core_views.healthz_live, name="healthz_live"),
    # Before the admins' own URLs, so that their password-only sign-in forms are never reached.
    path("admin/login/", one_sign_in, {"default_next": "/admin/"}),
    path("django-admin/login/", one_sign_in, {"default_next": "/django-admin/"}),
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", views_sitemap.sitemap, name="sitemap"),
    path("robots.txt", views_sitemap.robots, name="robots"),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("account/", include("microcity.accounts.urls")),
    path("staff/", include("microcity.accounts.staff_urls")),
    path("materials/", include("microcity.library.urls")),
    # Wagtail's sign-in for private pages: the same redirect as the admins' above.
    path("pages/_util/login/", one_sign_in, {"default_next": "/"}),
    path("pages/", include(wagtail_urls)),
    path("portfolio/", include("microcity.careers.urls_portfolio")),
    path("", include("microcity.accessibility.urls")),
    path("", include("microcity.grants.urls")),
    path("", include("microcity.summerjobs.urls")),
    path("", include("microcity.courses.urls")),
    path("", include("microcity.careers.urls")),
    path("", include("microcity.makerspace.urls")),
    path("", include("microcity.talent.urls")),
    path("", include("microcity.investors.urls")),
    path("", include("microcity.search.urls")),
    path("", include("microcity.impact.urls")),
    path("", include("microcity.core.urls")),
    prefix_default_language=True,
)

# A database that does not answer gives a 503 page, any other failure the 500 page (core/views.py).
handler500 = "microcity.core.views.server_error"
