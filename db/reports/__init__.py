"""Clinic reports: complication rates, outcomes, follow-up adherence and stock, over a period."""
