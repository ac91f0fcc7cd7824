"""nhs-extract: organisations, people, figures and relations from UK health-policy news."""
from . import extensions  # noqa: F401  (registers Doc._/Span._ attributes)

__version__ = "0.1.0"
