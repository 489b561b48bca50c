"""The clinical record: patients, procedures, follow-ups, reviews, complications."""
