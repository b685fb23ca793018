"""Pure Python: opening hours, bookable slots and overlap checks for booking machines and rooms (no Django).

A week's pattern of opening hours plus dated exceptions (holidays closed all day, or special hours) gives
the open intervals of any range of days; a machine's step cuts them into slots; bookings already taken mark
slots busy. Times are aware datetimes in the zone given (Europe/Riga for the makerspace)."""

from microcity.slots.engine import (
    DayException,
    Interval,
    Slot,
    WeeklyHours,
    fits_open_hours,
    free_slots,
    open_intervals,
    overlapping,
    overlaps,
    slots_in,
)

__all__ = [
    "DayException",
    "Interval",
    "Slot",
    "WeeklyHours",
    "fits_open_hours",
    "free_slots",
    "open_intervals",
    "overlaps",
    "overlapping",
    "slots_in",
]
