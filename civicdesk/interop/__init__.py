"""Reading and writing other formats: CSV/XLSX, Open Referral UK, GeoJSON, OpenStreetMap, iCalendar."""
