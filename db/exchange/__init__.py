"""The record as data for other systems: FHIR R4 resources (one patient's Bundle, the whole
clinic as NDJSON) and a PDF summary for the patient."""
