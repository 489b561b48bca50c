"""The thread map: body diagrams on which each thread is drawn where it lies under the skin."""
