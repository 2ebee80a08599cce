"""Building what an agency installs: the lock file, the offline bundle and the frozen app.

These modules run from a source checkout (``make lock``, ``make bundle``,
``make frozen``, and the offline install check ``make install-check``); they
are not part of the installed app and are left out of the wheel. None of them
imports the app's heavy libraries or Qt.
"""
