"""A signed-in person's own pages: /<lang>/account/…"""

from django.urls import path

from microcity.accounts import views

app_name = "accounts"
urlpatterns = [
    path("", views.start, name="start"),
    path("profile/", views.profile, name="profile"),
    path("my-data/", views.my_data, name="my_data"),
    path("delete/", views.delete_account, name="delete"),
    path("guardian-links/<int:pk>/revoke/", views.guardian_link_revoke, name="guardian_link_revoke"),
]
