"""`python -m eventwire.schema`: regenerate the JSON Schema and the API models from records.py."""

from .generate import write_all

for path in write_all():
    print(f"rewrote {path}")
