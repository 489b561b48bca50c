"""The clinic's record and its rules. Nothing in this package imports Qt."""
