"""The Telegram application of the Tabuk bot."""

import os

# PTB 22.8 warns whenever a duration is read as a number; ask it for timedelta values
# everywhere, so no deprecation path is ever taken (tests run with warnings as errors).
os.environ.setdefault("PTB_TIMEDELTA", "true")
