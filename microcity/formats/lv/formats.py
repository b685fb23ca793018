"""Latvian formats: "2026. gada 26. novembris" (the year first), 26.11.2026. (the numeric form ends with
a dot, as Latvian writes it), 1 234,56 (a space groups thousands). After a preposition the month is
declined: use core/dates.py (filters long_date, day_month). Money: core/money.py ("1 234,50 EUR")."""

DATE_FORMAT = r"Y. \g\a\d\a j. F"
SHORT_DATE_FORMAT = "d.m.Y."
DATETIME_FORMAT = r"Y. \g\a\d\a j. F, H:i"
SHORT_DATETIME_FORMAT = "d.m.Y. H:i"
MONTH_DAY_FORMAT = "j. F"
YEAR_MONTH_FORMAT = r"Y. \g\a\d\a F"
TIME_FORMAT = "H:i"
DATE_INPUT_FORMATS = ["%d.%m.%Y.", "%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y"]
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"
NUMBER_GROUPING = 3
FIRST_DAY_OF_WEEK = 1
