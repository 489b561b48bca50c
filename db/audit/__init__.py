"""The audit trail: rows chained as changes are written, and reading them back."""
