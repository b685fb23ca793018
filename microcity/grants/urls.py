"""Grants URLs: /<lang>/<city>/grants/…"""

from django.urls import path

from microcity.grants import views

app_name = "grants"
urlpatterns = [
    path("<slug:city>/grants/", views.index, name="index"),
]
