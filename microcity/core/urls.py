"""Public URLs of the platform (under the language prefix)."""

from django.urls import path

from microcity.core import views, views_manifest, views_styleguide

app_name = "core"
urlpatterns = [
    path("", views.home, name="home"),
    path("about/", views.about, name="about"),
    path("manifest.webmanifest", views_manifest.manifest, name="manifest"),
    path("styleguide/", views_styleguide.styleguide, name="styleguide"),
    path("<slug:city>/", views.city_home, name="city"),
]
