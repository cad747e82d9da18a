"""What every part of the app shares: context, task runner, preferences, i18n, resources, errors and the store's services."""
