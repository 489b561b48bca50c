"""Fictional records for trying Threadbook out; never mixed into a clinic's own data."""
