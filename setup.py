"""Package layout that pyproject.toml cannot express: the top-level `resources/` folder ships
inside the wheel as `civicdesk/resources`, where `civicdesk.paths.resource_path` looks for it.

Everything else (metadata, dependencies, package data globs) is in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["civicdesk", "civicdesk.*"]), "civicdesk.resources"],
    package_dir={"civicdesk.resources": "resources"},
)
