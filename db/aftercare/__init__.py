"""Aftercare sheets: the care texts, what a sheet says, its PDF layout, and printing it.

No Qt here: the window, the command line and the tests all make the same sheet from plain data.
"""
