"""Import and export: spreadsheets, Open Referral UK, GeoJSON and OpenStreetMap (Qt-free)."""
