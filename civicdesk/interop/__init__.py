"""Reading and writing other formats: CSV/XLSX, Open Referral, GeoJSON, OSM, iCalendar."""
