"""Reports: the coordinator's season dashboard and equity report, with small groups hidden."""
