"""The package's version, in one place: the build reads it from here, the command prints it."""

__version__ = "0.1.0"
