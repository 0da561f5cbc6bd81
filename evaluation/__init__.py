"""Scoring Veille against the gold set (`gold/`) and public benchmarks; used by `veille eval`, bench/ and tests."""
