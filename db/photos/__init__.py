"""Clinical photographs: import, storage, viewing and comparison."""
