"""Benchmarks that print figures; run from the README."""
