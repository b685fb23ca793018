"""Library URLs: /<lang>/materials/…"""

from django.urls import path

from microcity.library import views

app_name = "library"
urlpatterns = [
    path("", views.index, name="index"),
    path("new/", views.edit, name="new"),
    path("mine/", views.mine, name="mine"),
    path("review/", views.review_queue, name="review_queue"),
    path("favourites/", views.favourites, name="favourites"),
    path("collections/", views.collections, name="collections"),
    path("collections/<int:pk>/", views.collection, name="collection"),
    path("collections/change/", views.collection_change, name="collection_change"),
    path("files/<int:file_id>/", views.download, name="download"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/manage/", views.manage, name="manage"),
    path("<int:pk>/favourite/", views.favourite, name="favourite"),
    path("<int:pk>-<slug:slug>/", views.detail, name="detail"),
    path("<int:pk>/", views.detail, name="detail_short"),
]
