"""Pure processing stages: extract, filter, nlp, resolve, stories. No network, no database."""
