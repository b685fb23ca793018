"""Seasons: a summer programme's rules as configuration (periods, ages, working-time limits, priority groups,
registration windows, money), the public season page and the coordinator's choice of season."""
