"""faultline: raw news pages in, a sourced, time-ordered record of who did what to whom out."""

__version__ = "0.1.0"
