"""nhs-extract: organisations, people, figures and relations from UK health-policy news."""
from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["load"]

if TYPE_CHECKING:
    from .dataframes import load


def __getattr__(name: str):
    # `pipeline.load` is imported on first use, so `import pipeline` stays cheap (no pandas, no spaCy).
    if name == "load":
        from .dataframes import load

        return load
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
