# Generated from forms/space_editor.ui by civicdesk.ui.build_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'space_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QVBoxLayout, QWidget)

from civicdesk.ui.editors.widgets import (AccessibilityEditor, AcvEditor, AddressEditor, OpeningHoursEditor,
    PartyEditor)

class Ui_SpaceEditor(object):
    def setupUi(self, SpaceEditor):
        if not SpaceEditor.objectName():
            SpaceEditor.setObjectName(u"SpaceEditor")
        SpaceEditor.resize(720, 640)
        self.outer = QVBoxLayout(SpaceEditor)
        self.outer.setObjectName(u"outer")
        self.tabs = QTabWidget(SpaceEditor)
        self.tabs.setObjectName(u"tabs")
        self.details_tab = QWidget()
        self.details_tab.setObjectName(u"details_tab")
        self.details_layout = QVBoxLayout(self.details_tab)
        self.details_layout.setObjectName(u"details_layout")
        self.details_form = QFormLayout()
        self.details_form.setObjectName(u"details_form")
        self.details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.details_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.name_label = QLabel(self.details_tab)
        self.name_label.setObjectName(u"name_label")

        self.details_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(self.details_tab)
        self.name.setObjectName(u"name")

        self.details_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.category_label = QLabel(self.details_tab)
        self.category_label.setObjectName(u"category_label")

        self.details_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category = QComboBox(self.details_tab)
        self.category.setObjectName(u"category")

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.category)

        self.subtype_label = QLabel(self.details_tab)
        self.subtype_label.setObjectName(u"subtype_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.subtype_label)

        self.subtype = QLineEdit(self.details_tab)
        self.subtype.setObjectName(u"subtype")

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.subtype)

        self.status_label = QLabel(self.details_tab)
        self.status_label.setObjectName(u"status_label")

        self.details_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status = QComboBox(self.details_tab)
        self.status.setObjectName(u"status")

        self.details_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.status)

        self.description_label = QLabel(self.details_tab)
        self.description_label.setObjectName(u"description_label")

        self.details_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description = QPlainTextEdit(self.details_tab)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumSize(QSize(16777215, 80))

        self.details_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.description)

        self.capacity_label = QLabel(self.details_tab)
        self.capacity_label.setObjectName(u"capacity_label")

        self.details_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.capacity_label)

        self.capacity = QSpinBox(self.details_tab)
        self.capacity.setObjectName(u"capacity")
        self.capacity.setMinimum(-1)
        self.capacity.setMaximum(100000)

        self.details_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.capacity)

        self.facilities_label = QLabel(self.details_tab)
        self.facilities_label.setObjectName(u"facilities_label")

        self.details_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.facilities_label)

        self.facilities = QLineEdit(self.details_tab)
        self.facilities.setObjectName(u"facilities")

        self.details_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.facilities)

        self.hire_cost_label = QLabel(self.details_tab)
        self.hire_cost_label.setObjectName(u"hire_cost_label")

        self.details_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.hire_cost_label)

        self.hire_cost = QLineEdit(self.details_tab)
        self.hire_cost.setObjectName(u"hire_cost")

        self.details_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.hire_cost)

        self.tags_label = QLabel(self.details_tab)
        self.tags_label.setObjectName(u"tags_label")

        self.details_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.tags_label)

        self.tags = QLineEdit(self.details_tab)
        self.tags.setObjectName(u"tags")

        self.details_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.tags)


        self.details_layout.addLayout(self.details_form)

        self.details_layout_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.details_layout.addItem(self.details_layout_spacer)

        self.tabs.addTab(self.details_tab, "")
        self.where_tab = QWidget()
        self.where_tab.setObjectName(u"where_tab")
        self.where_layout = QVBoxLayout(self.where_tab)
        self.where_layout.setObjectName(u"where_layout")
        self.address_group = QGroupBox(self.where_tab)
        self.address_group.setObjectName(u"address_group")
        self.address_group_layout = QVBoxLayout(self.address_group)
        self.address_group_layout.setObjectName(u"address_group_layout")
        self.address = AddressEditor(self.address_group)
        self.address.setObjectName(u"address")

        self.address_group_layout.addWidget(self.address)


        self.where_layout.addWidget(self.address_group)

        self.online_group = QGroupBox(self.where_tab)
        self.online_group.setObjectName(u"online_group")
        self.online_form = QFormLayout(self.online_group)
        self.online_form.setObjectName(u"online_form")
        self.online_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.online_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.website_label = QLabel(self.online_group)
        self.website_label.setObjectName(u"website_label")

        self.online_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.website_label)

        self.website = QLineEdit(self.online_group)
        self.website.setObjectName(u"website")

        self.online_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.website)

        self.latitude_label = QLabel(self.online_group)
        self.latitude_label.setObjectName(u"latitude_label")

        self.online_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.latitude_label)

        self.latitude = QLineEdit(self.online_group)
        self.latitude.setObjectName(u"latitude")

        self.online_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.latitude)

        self.longitude_label = QLabel(self.online_group)
        self.longitude_label.setObjectName(u"longitude_label")

        self.online_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.longitude_label)

        self.longitude = QLineEdit(self.online_group)
        self.longitude.setObjectName(u"longitude")

        self.online_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.longitude)


        self.where_layout.addWidget(self.online_group)

        self.where_layout_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.where_layout.addItem(self.where_layout_spacer)

        self.tabs.addTab(self.where_tab, "")
        self.hours_tab = QWidget()
        self.hours_tab.setObjectName(u"hours_tab")
        self.hours_layout = QVBoxLayout(self.hours_tab)
        self.hours_layout.setObjectName(u"hours_layout")
        self.hours_group = QGroupBox(self.hours_tab)
        self.hours_group.setObjectName(u"hours_group")
        self.hours_group_layout = QVBoxLayout(self.hours_group)
        self.hours_group_layout.setObjectName(u"hours_group_layout")
        self.opening_hours = OpeningHoursEditor(self.hours_group)
        self.opening_hours.setObjectName(u"opening_hours")

        self.hours_group_layout.addWidget(self.opening_hours)


        self.hours_layout.addWidget(self.hours_group)

        self.access_group = QGroupBox(self.hours_tab)
        self.access_group.setObjectName(u"access_group")
        self.access_group_layout = QVBoxLayout(self.access_group)
        self.access_group_layout.setObjectName(u"access_group_layout")
        self.accessibility = AccessibilityEditor(self.access_group)
        self.accessibility.setObjectName(u"accessibility")

        self.access_group_layout.addWidget(self.accessibility)


        self.hours_layout.addWidget(self.access_group)

        self.hours_layout_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.hours_layout.addItem(self.hours_layout_spacer)

        self.tabs.addTab(self.hours_tab, "")
        self.ownership_tab = QWidget()
        self.ownership_tab.setObjectName(u"ownership_tab")
        self.ownership_layout = QVBoxLayout(self.ownership_tab)
        self.ownership_layout.setObjectName(u"ownership_layout")
        self.parties_group = QGroupBox(self.ownership_tab)
        self.parties_group.setObjectName(u"parties_group")
        self.parties_form = QFormLayout(self.parties_group)
        self.parties_form.setObjectName(u"parties_form")
        self.parties_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.parties_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.owner_label = QLabel(self.parties_group)
        self.owner_label.setObjectName(u"owner_label")

        self.parties_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.owner_label)

        self.owner = PartyEditor(self.parties_group)
        self.owner.setObjectName(u"owner")

        self.parties_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.owner)

        self.operator_label = QLabel(self.parties_group)
        self.operator_label.setObjectName(u"operator_label")

        self.parties_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.operator_label)

        self.operator = PartyEditor(self.parties_group)
        self.operator.setObjectName(u"operator")

        self.parties_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.operator)

        self.maintainer_label = QLabel(self.parties_group)
        self.maintainer_label.setObjectName(u"maintainer_label")

        self.parties_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.maintainer_label)

        self.maintainer = PartyEditor(self.parties_group)
        self.maintainer.setObjectName(u"maintainer")

        self.parties_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.maintainer)

        self.ownership_type_label = QLabel(self.parties_group)
        self.ownership_type_label.setObjectName(u"ownership_type_label")

        self.parties_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.ownership_type_label)

        self.ownership_type = QComboBox(self.parties_group)
        self.ownership_type.setObjectName(u"ownership_type")

        self.parties_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ownership_type)


        self.ownership_layout.addWidget(self.parties_group)

        self.acv_group = QGroupBox(self.ownership_tab)
        self.acv_group.setObjectName(u"acv_group")
        self.acv_group_layout = QVBoxLayout(self.acv_group)
        self.acv_group_layout.setObjectName(u"acv_group_layout")
        self.acv = AcvEditor(self.acv_group)
        self.acv.setObjectName(u"acv")

        self.acv_group_layout.addWidget(self.acv)


        self.ownership_layout.addWidget(self.acv_group)

        self.ownership_layout_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.ownership_layout.addItem(self.ownership_layout_spacer)

        self.tabs.addTab(self.ownership_tab, "")

        self.outer.addWidget(self.tabs)

        self.buttons = QDialogButtonBox(SpaceEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.category_label.setBuddy(self.category)
        self.subtype_label.setBuddy(self.subtype)
        self.status_label.setBuddy(self.status)
        self.description_label.setBuddy(self.description)
        self.capacity_label.setBuddy(self.capacity)
        self.facilities_label.setBuddy(self.facilities)
        self.hire_cost_label.setBuddy(self.hire_cost)
        self.tags_label.setBuddy(self.tags)
        self.website_label.setBuddy(self.website)
        self.latitude_label.setBuddy(self.latitude)
        self.longitude_label.setBuddy(self.longitude)
        self.owner_label.setBuddy(self.owner)
        self.operator_label.setBuddy(self.operator)
        self.maintainer_label.setBuddy(self.maintainer)
        self.ownership_type_label.setBuddy(self.ownership_type)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SpaceEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SpaceEditor)
    # setupUi

    def retranslateUi(self, SpaceEditor):
        SpaceEditor.setWindowTitle(QCoreApplication.translate("SpaceEditor", u"Space", None))
        self.name_label.setText(QCoreApplication.translate("SpaceEditor", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("SpaceEditor", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.category_label.setText(QCoreApplication.translate("SpaceEditor", u"&Category:", None))
#if QT_CONFIG(accessibility)
        self.category.setAccessibleName(QCoreApplication.translate("SpaceEditor", u"Category", None))
#endif // QT_CONFIG(accessibility)
        self.subtype_label.setText(QCoreApplication.translate("SpaceEditor", u"&Type:", None))
        self.subtype.setPlaceholderText(QCoreApplication.translate("SpaceEditor", u"for example village hall, mosque, allotment", None))
#if QT_CONFIG(accessibility)
        self.subtype.setAccessibleName(QCoreApplication.translate("SpaceEditor", u"Type of place", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("SpaceEditor", u"Stat&us:", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("SpaceEditor", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.description_label.setText(QCoreApplication.translate("SpaceEditor", u"D&escription:", None))
#if QT_CONFIG(accessibility)
        self.description.setAccessibleName(QCoreApplication.translate("SpaceEditor", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.capacity_label.setText(QCoreApplication.translate("SpaceEditor", u"Capac&ity:", None))
        self.capacity.setSpecialValueText(QCoreApplication.translate("SpaceEditor", u"Not known", None))
        self.capacity.setSuffix(QCoreApplication.translate("SpaceEditor", u" people", None))
#if QT_CONFIG(accessibility)
        self.capacity.setAccessibleName(QCoreApplication.translate("SpaceEditor", u"Capacity", None))
#endif // QT_CONFIG(accessibility)
        self.facilities_label.setText(QCoreApplication.translate("SpaceEditor", u"&Facilities:", None))
        self.facilities.setPlaceholderText(QCoreApplication.translate("SpaceEditor", u"kitchen, stage, garden (separate with commas)", None))
#if QT_CONFIG(accessibility)
        self.facilities.setAccessibleName(QCoreApplication.translate("SpaceEditor", u"Facilities", None))
#endif // QT_CONFIG(accessibility)
        self.hire_cost_label.setText(QCoreApplication.translate("SpaceEditor", u"Hire c&ost:", None))
        self.hire_cost.setPlaceholderText(QCoreApplication.translate("SpaceEditor", u"for example \u00a315 an hour", None))
#if QT_CONFIG(accessibility)
        self.hire_cost.setAccessibleName(QCoreApplication.translate("SpaceEditor", u"Hire cost", None))
#endif // QT_CONFIG(accessibility)
        self.tags_label.setText(QCoreApplication.translate("SpaceEditor", u"Ta&gs:", None))
        self.tags.setPlaceholderText(QCoreApplication.translate("SpaceEditor", u"separate with commas", None))
#if QT_CONFIG(accessibility)
        self.tags.setAccessibleName(QCoreApplication.translate("SpaceEditor", u"Tags", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.details_tab), QCoreApplication.translate("SpaceEditor", u"Details", None))
        self.address_group.setTitle(QCoreApplication.translate("SpaceEditor", u"Address", None))
#if QT_CONFIG(accessibility)
        self.address.setAccessibleName(QCoreApplication.translate("SpaceEditor", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.online_group.setTitle(QCoreApplication.translate("SpaceEditor", u"Online and on the map", None))
        self.website_label.setText(QCoreApplication.translate("SpaceEditor", u"We&bsite:", None))
        self.website.setPlaceholderText(QCoreApplication.translate("SpaceEditor", u"https://\u2026", None))
#if QT_CONFIG(accessibility)
        self.website.setAccessibleName(QCoreApplication.translate("SpaceEditor", u"Website or online link", None))
#endif // QT_CONFIG(accessibility)
        self.latitude_label.setText(QCoreApplication.translate("SpaceEditor", u"&Latitude:", None))
        self.latitude.setPlaceholderText(QCoreApplication.translate("SpaceEditor", u"for example 53.8008", None))
#if QT_CONFIG(accessibility)
        self.latitude.setAccessibleName(QCoreApplication.translate("SpaceEditor", u"Latitude", None))
#endif // QT_CONFIG(accessibility)
        self.longitude_label.setText(QCoreApplication.translate("SpaceEditor", u"L&ongitude:", None))
        self.longitude.setPlaceholderText(QCoreApplication.translate("SpaceEditor", u"for example -1.5491", None))
#if QT_CONFIG(accessibility)
        self.longitude.setAccessibleName(QCoreApplication.translate("SpaceEditor", u"Longitude", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.where_tab), QCoreApplication.translate("SpaceEditor", u"Where", None))
        self.hours_group.setTitle(QCoreApplication.translate("SpaceEditor", u"Opening hours", None))
#if QT_CONFIG(accessibility)
        self.opening_hours.setAccessibleName(QCoreApplication.translate("SpaceEditor", u"Opening hours", None))
#endif // QT_CONFIG(accessibility)
        self.access_group.setTitle(QCoreApplication.translate("SpaceEditor", u"Accessibility", None))
#if QT_CONFIG(accessibility)
        self.accessibility.setAccessibleName(QCoreApplication.translate("SpaceEditor", u"Accessibility", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.hours_tab), QCoreApplication.translate("SpaceEditor", u"Opening and access", None))
        self.parties_group.setTitle(QCoreApplication.translate("SpaceEditor", u"Who owns, runs and looks after it", None))
        self.owner_label.setText(QCoreApplication.translate("SpaceEditor", u"&Owner:", None))
#if QT_CONFIG(accessibility)
        self.owner.setAccessibleName(QCoreApplication.translate("SpaceEditor", u"Owner", None))
#endif // QT_CONFIG(accessibility)
        self.operator_label.setText(QCoreApplication.translate("SpaceEditor", u"Ope&rator:", None))
#if QT_CONFIG(accessibility)
        self.operator.setAccessibleName(QCoreApplication.translate("SpaceEditor", u"Operator", None))
#endif // QT_CONFIG(accessibility)
        self.maintainer_label.setText(QCoreApplication.translate("SpaceEditor", u"M&aintainer:", None))
#if QT_CONFIG(accessibility)
        self.maintainer.setAccessibleName(QCoreApplication.translate("SpaceEditor", u"Maintainer", None))
#endif // QT_CONFIG(accessibility)
        self.ownership_type_label.setText(QCoreApplication.translate("SpaceEditor", u"Ownership typ&e:", None))
#if QT_CONFIG(accessibility)
        self.ownership_type.setAccessibleName(QCoreApplication.translate("SpaceEditor", u"Ownership type", None))
#endif // QT_CONFIG(accessibility)
        self.acv_group.setTitle(QCoreApplication.translate("SpaceEditor", u"Asset of Community Value", None))
#if QT_CONFIG(accessibility)
        self.acv.setAccessibleName(QCoreApplication.translate("SpaceEditor", u"Asset of Community Value", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.ownership_tab), QCoreApplication.translate("SpaceEditor", u"Ownership", None))
    # retranslateUi

