"""The eventwire version, in a module of its own so that any module may read it without
importing the package's whole public API (`eventwire/__init__.py`)."""

__version__ = "0.1.0"
