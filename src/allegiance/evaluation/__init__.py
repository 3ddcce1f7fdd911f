"""Scoring the coder: against annotated articles and against gold sentence files."""
