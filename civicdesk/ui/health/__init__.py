"""The Health feature's widgets: check form, history chart, compliance panel and dashboard."""

from civicdesk.ui.health.check_form import HealthCheckDialog
from civicdesk.ui.health.compliance_panel import CompliancePanel
from civicdesk.ui.health.dashboard import HealthDashboard
from civicdesk.ui.health.history import HealthHistoryWidget

__all__ = ["CompliancePanel", "HealthCheckDialog", "HealthDashboard", "HealthHistoryWidget"]
