"""The thread map: where each placed thread lies, drawn on a diagram of the face, neck or torso."""
