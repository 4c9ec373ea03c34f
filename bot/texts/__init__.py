"""Every user-facing string of the bot, in one package so wording can be reviewed together.

`from bot import texts` then `texts.NAME`: the subjects live in the modules beside this one
(common, quiz, admin, extra); nothing user-facing is written anywhere else in bot/.
Strings that take values are functions or str.format templates with named fields.
HTML strings are marked as such; everything inserted into them must be escaped.
"""

from bot.texts.admin import *  # noqa: F403
from bot.texts.common import *  # noqa: F403
from bot.texts.extra import *  # noqa: F403
from bot.texts.quiz import *  # noqa: F403
