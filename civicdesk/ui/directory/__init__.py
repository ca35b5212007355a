"""The printed directory: options, preview, save and print."""
