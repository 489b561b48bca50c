"""Consent per purpose (treatment, photographs, their teaching use, reminders, health data)."""
