"""Opening, checking, backing up, copying and following the clinic database."""
