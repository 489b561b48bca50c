"""Who is at the keyboard: staff accounts, passwords, permissions and the screen lock."""
