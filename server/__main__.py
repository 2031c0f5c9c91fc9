"""``python -m server``: the same as ``regelwerk serve``."""

from server.cli import serve

if __name__ == "__main__":
    serve(prog_name="python -m server")
