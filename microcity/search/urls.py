"""Search page of a city: /<lang>/<city>/search/"""

from django.urls import path

from microcity.search import views

app_name = "search"
urlpatterns = [path("<slug:city>/search/", views.city_search, name="city")]
