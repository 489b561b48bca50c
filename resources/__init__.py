"""Data files shipped with Threadbook: fonts, care texts, translations, diagrams, icons.

A package (holding no code) so that importlib.resources finds these files the same way in a
source checkout, an installed wheel and the desktop bundle; see db/resources.py.
"""
