"""Staff URLs of a city: /<lang>/staff/<city>/…"""

from django.urls import path

from microcity.accounts import staff_views
from microcity.accounts import views as account_views

app_name = "staff"
urlpatterns = [
    path("<slug:city>/people/", staff_views.people, name="people"),
    path("<slug:city>/people/<int:pk>/", staff_views.person_detail, name="person"),
    path("<slug:city>/people/<int:pk>/edit/", staff_views.person_edit, name="person_edit"),
    path("<slug:city>/people/<int:pk>/birth-date/", staff_views.person_birth_date, name="person_birth_date"),
    path("<slug:city>/audit/", staff_views.audit, name="audit"),
    path("<slug:city>/programmes/", staff_views.city_programmes, name="programmes"),
    path("<slug:city>/roles/", account_views.roles, name="roles"),
    path("<slug:city>/roles/<int:pk>/remove/", account_views.role_revoke, name="role_revoke"),
]
