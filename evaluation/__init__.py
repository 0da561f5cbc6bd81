"""Evaluation: gold files and the scorers `veille eval` runs."""
