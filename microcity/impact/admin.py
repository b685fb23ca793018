"""Django admin for the platform's administrators: reporting periods and the targets of all cities."""

from django.contrib import admin

from microcity.impact.models import ReportingPeriod, Target


@admin.register(ReportingPeriod)
class ReportingPeriodAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("slug", "name_lv", "name_en", "starts_on", "ends_on")


@admin.register(Target)
class TargetAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("period", "city", "indicator", "value", "updated_at")
    list_filter = ("period", "city", "indicator")
    readonly_fields = ("updated_by",)
