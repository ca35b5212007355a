"""The Tools view: the social app store of methods, apps, templates and shared kit."""
