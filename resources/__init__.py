"""The content files that ship with the app: catalog, capabilities, rule packs, fonts, guides.

This folder is a package only so that ``importlib.resources`` finds it wherever
the app is installed (a wheel in a virtualenv, a frozen one-folder build, a
source checkout); it holds no code. ``app.resources.RESOURCES_DIR`` is the one
place that locates it.
"""
