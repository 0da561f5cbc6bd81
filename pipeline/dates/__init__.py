"""French temporal expressions in article text (`find.find_dates`), normalised to ISO 8601 values."""
