"""Public URLs of the platform (under the language prefix)."""

from django.urls import path

from microcity.core import views

app_name = "core"
urlpatterns = [
    path("", views.home, name="home"),
    path("about/", views.about, name="about"),
    path("<slug:city>/", views.city_home, name="city"),
]
