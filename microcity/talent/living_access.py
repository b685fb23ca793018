"""Who may edit which city's living guide in Wagtail's back office.

Each city gets two groups (names from accounts.services: "<slug> · guide editors" and
"<slug> · guide moderators") with page permissions on that city's guide index pages only (both
languages), a moderation workflow whose approval task belongs to the city's moderators, and a
collection for the city's images and documents. Roles put people in the groups
(accounts.services.wagtail_groups_sync). Safe to run again: it only adds what is missing.
"""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from microcity.accounts import services as account_services
from microcity.accounts.models import User
from microcity.core.models import City
from microcity.talent.models import LivingGuideIndexPage

EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")
MODERATOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
MEDIA_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
)


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def guide_access_ensure(*, city: City) -> tuple[Group, Group]:
    """The city's editor and moderator groups, with their permissions, workflow and collection."""
    editors, _ = Group.objects.get_or_create(name=account_services.GUIDE_EDITORS.format(slug=city.slug))
    moderators, _ = Group.objects.get_or_create(name=account_services.GUIDE_MODERATORS.format(slug=city.slug))
    index_pages = list(LivingGuideIndexPage.objects.filter(city=city))
    for group, codenames in ((editors, EDITOR_PAGE_PERMISSIONS), (moderators, MODERATOR_PAGE_PERMISSIONS)):
        for codename in codenames:
            permission = _permission("wagtailcore", codename)
            for page in index_pages:
                GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)

    # Pages under the city's guide go to the city's moderators, not to the site-wide default workflow.
    workflow, _ = Workflow.objects.get_or_create(name=f"{city.name_lv}: living guide")
    task_name = f"{city.name_lv}: moderators approve"
    task = GroupApprovalTask.objects.filter(name=task_name).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=task_name)
    task.groups.set([moderators])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in index_pages:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})

    # Wagtail's migration creates the root collection; a database emptied since (a flushed test database)
    # has none.
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    collection = root.get_children().filter(name=city.name_lv).first() or root.add_child(name=city.name_lv)
    for group in (editors, moderators):
        for app_label, codename in MEDIA_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=_permission(app_label, codename)
            )

    # People who already hold a role in the city join the groups now that they exist.
    for user in User.objects.filter(memberships__city=city).distinct():
        account_services.wagtail_groups_sync(user=user)
    return editors, moderators
