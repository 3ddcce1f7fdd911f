from allegiance.cli import app

app()
