"""Jobs: youths at work, the job page where the contract, the start documents and the hours are kept (the
rules are in contracts/ and timesheets/)."""
