"""The web server behind `flashpoint serve`: a JSON API and an offline dashboard over the store.

Needs the `web` extra (FastAPI, uvicorn, Jinja2); nothing here is imported until the command runs.
"""
