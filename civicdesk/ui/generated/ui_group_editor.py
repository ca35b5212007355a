# Generated from forms/group_editor.ui by civicdesk.ui.build_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'group_editor.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_GroupEditor(object):
    def setupUi(self, GroupEditor):
        if not GroupEditor.objectName():
            GroupEditor.setObjectName(u"GroupEditor")
        GroupEditor.resize(620, 520)
        self.outer = QVBoxLayout(GroupEditor)
        self.outer.setObjectName(u"outer")
        self.tabs = QTabWidget(GroupEditor)
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

        self.kind_label = QLabel(self.details_tab)
        self.kind_label.setObjectName(u"kind_label")

        self.details_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(self.details_tab)
        self.kind.setObjectName(u"kind")

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.status_label = QLabel(self.details_tab)
        self.status_label.setObjectName(u"status_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status = QComboBox(self.details_tab)
        self.status.setObjectName(u"status")

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.status)

        self.description_label = QLabel(self.details_tab)
        self.description_label.setObjectName(u"description_label")

        self.details_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description = QPlainTextEdit(self.details_tab)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumSize(QSize(16777215, 80))

        self.details_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.description)

        self.activities_label = QLabel(self.details_tab)
        self.activities_label.setObjectName(u"activities_label")

        self.details_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.activities_label)

        self.activities = QLineEdit(self.details_tab)
        self.activities.setObjectName(u"activities")

        self.details_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.activities)

        self.audiences_label = QLabel(self.details_tab)
        self.audiences_label.setObjectName(u"audiences_label")

        self.details_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.audiences_label)

        self.audiences = QLineEdit(self.details_tab)
        self.audiences.setObjectName(u"audiences")

        self.details_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.audiences)

        self.languages_label = QLabel(self.details_tab)
        self.languages_label.setObjectName(u"languages_label")

        self.details_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.languages_label)

        self.languages = QLineEdit(self.details_tab)
        self.languages.setObjectName(u"languages")

        self.details_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.languages)

        self.tags_label = QLabel(self.details_tab)
        self.tags_label.setObjectName(u"tags_label")

        self.details_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.tags_label)

        self.tags = QLineEdit(self.details_tab)
        self.tags.setObjectName(u"tags")

        self.details_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.tags)


        self.details_layout.addLayout(self.details_form)

        self.details_layout_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.details_layout.addItem(self.details_layout_spacer)

        self.tabs.addTab(self.details_tab, "")
        self.contact_tab = QWidget()
        self.contact_tab.setObjectName(u"contact_tab")
        self.contact_layout = QVBoxLayout(self.contact_tab)
        self.contact_layout.setObjectName(u"contact_layout")
        self.contact_form = QFormLayout()
        self.contact_form.setObjectName(u"contact_form")
        self.contact_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.contact_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.contact_name_label = QLabel(self.contact_tab)
        self.contact_name_label.setObjectName(u"contact_name_label")

        self.contact_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contact_name_label)

        self.contact_name = QLineEdit(self.contact_tab)
        self.contact_name.setObjectName(u"contact_name")

        self.contact_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contact_name)

        self.contact_email_label = QLabel(self.contact_tab)
        self.contact_email_label.setObjectName(u"contact_email_label")

        self.contact_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contact_email_label)

        self.contact_email = QLineEdit(self.contact_tab)
        self.contact_email.setObjectName(u"contact_email")

        self.contact_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contact_email)

        self.contact_phone_label = QLabel(self.contact_tab)
        self.contact_phone_label.setObjectName(u"contact_phone_label")

        self.contact_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contact_phone_label)

        self.contact_phone = QLineEdit(self.contact_tab)
        self.contact_phone.setObjectName(u"contact_phone")

        self.contact_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contact_phone)

        self.website_label = QLabel(self.contact_tab)
        self.website_label.setObjectName(u"website_label")

        self.contact_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.website_label)

        self.website = QLineEdit(self.contact_tab)
        self.website.setObjectName(u"website")

        self.contact_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.website)

        self.charity_number_label = QLabel(self.contact_tab)
        self.charity_number_label.setObjectName(u"charity_number_label")

        self.contact_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.charity_number_label)

        self.charity_number = QLineEdit(self.contact_tab)
        self.charity_number.setObjectName(u"charity_number")

        self.contact_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.charity_number)

        self.company_number_label = QLabel(self.contact_tab)
        self.company_number_label.setObjectName(u"company_number_label")

        self.contact_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.company_number_label)

        self.company_number = QLineEdit(self.contact_tab)
        self.company_number.setObjectName(u"company_number")

        self.contact_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.company_number)


        self.contact_layout.addLayout(self.contact_form)

        self.contact_layout_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contact_layout.addItem(self.contact_layout_spacer)

        self.tabs.addTab(self.contact_tab, "")
        self.meetings_tab = QWidget()
        self.meetings_tab.setObjectName(u"meetings_tab")
        self.meetings_layout = QVBoxLayout(self.meetings_tab)
        self.meetings_layout.setObjectName(u"meetings_layout")
        self.meetings_container = QWidget(self.meetings_tab)
        self.meetings_container.setObjectName(u"meetings_container")

        self.meetings_layout.addWidget(self.meetings_container)

        self.tabs.addTab(self.meetings_tab, "")

        self.outer.addWidget(self.tabs)

        self.buttons = QDialogButtonBox(GroupEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.kind_label.setBuddy(self.kind)
        self.status_label.setBuddy(self.status)
        self.description_label.setBuddy(self.description)
        self.activities_label.setBuddy(self.activities)
        self.audiences_label.setBuddy(self.audiences)
        self.languages_label.setBuddy(self.languages)
        self.tags_label.setBuddy(self.tags)
        self.contact_name_label.setBuddy(self.contact_name)
        self.contact_email_label.setBuddy(self.contact_email)
        self.contact_phone_label.setBuddy(self.contact_phone)
        self.website_label.setBuddy(self.website)
        self.charity_number_label.setBuddy(self.charity_number)
        self.company_number_label.setBuddy(self.company_number)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GroupEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(GroupEditor)
    # setupUi

    def retranslateUi(self, GroupEditor):
        GroupEditor.setWindowTitle(QCoreApplication.translate("GroupEditor", u"Group", None))
        self.name_label.setText(QCoreApplication.translate("GroupEditor", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("GroupEditor", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.kind_label.setText(QCoreApplication.translate("GroupEditor", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("GroupEditor", u"Kind of group", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("GroupEditor", u"S&tatus:", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("GroupEditor", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.description_label.setText(QCoreApplication.translate("GroupEditor", u"D&escription:", None))
#if QT_CONFIG(accessibility)
        self.description.setAccessibleName(QCoreApplication.translate("GroupEditor", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.activities_label.setText(QCoreApplication.translate("GroupEditor", u"&Activities:", None))
        self.activities.setPlaceholderText(QCoreApplication.translate("GroupEditor", u"separate with commas", None))
#if QT_CONFIG(accessibility)
        self.activities.setAccessibleName(QCoreApplication.translate("GroupEditor", u"Activities", None))
#endif // QT_CONFIG(accessibility)
        self.audiences_label.setText(QCoreApplication.translate("GroupEditor", u"A&udiences:", None))
        self.audiences.setPlaceholderText(QCoreApplication.translate("GroupEditor", u"for example families, older people", None))
#if QT_CONFIG(accessibility)
        self.audiences.setAccessibleName(QCoreApplication.translate("GroupEditor", u"Audiences", None))
#endif // QT_CONFIG(accessibility)
        self.languages_label.setText(QCoreApplication.translate("GroupEditor", u"&Languages:", None))
        self.languages.setPlaceholderText(QCoreApplication.translate("GroupEditor", u"for example English, Polish", None))
#if QT_CONFIG(accessibility)
        self.languages.setAccessibleName(QCoreApplication.translate("GroupEditor", u"Languages", None))
#endif // QT_CONFIG(accessibility)
        self.tags_label.setText(QCoreApplication.translate("GroupEditor", u"Ta&gs:", None))
        self.tags.setPlaceholderText(QCoreApplication.translate("GroupEditor", u"separate with commas", None))
#if QT_CONFIG(accessibility)
        self.tags.setAccessibleName(QCoreApplication.translate("GroupEditor", u"Tags", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.details_tab), QCoreApplication.translate("GroupEditor", u"Details", None))
        self.contact_name_label.setText(QCoreApplication.translate("GroupEditor", u"Contact &name:", None))
        self.contact_name.setPlaceholderText(QCoreApplication.translate("GroupEditor", u"who people should ask for", None))
#if QT_CONFIG(accessibility)
        self.contact_name.setAccessibleName(QCoreApplication.translate("GroupEditor", u"Contact name", None))
#endif // QT_CONFIG(accessibility)
        self.contact_email_label.setText(QCoreApplication.translate("GroupEditor", u"&Email:", None))
        self.contact_email.setPlaceholderText(QCoreApplication.translate("GroupEditor", u"name@example.org", None))
#if QT_CONFIG(accessibility)
        self.contact_email.setAccessibleName(QCoreApplication.translate("GroupEditor", u"Contact email", None))
#endif // QT_CONFIG(accessibility)
        self.contact_phone_label.setText(QCoreApplication.translate("GroupEditor", u"&Phone:", None))
        self.contact_phone.setPlaceholderText(QCoreApplication.translate("GroupEditor", u"for example 0113 496 0000", None))
#if QT_CONFIG(accessibility)
        self.contact_phone.setAccessibleName(QCoreApplication.translate("GroupEditor", u"Contact phone", None))
#endif // QT_CONFIG(accessibility)
        self.website_label.setText(QCoreApplication.translate("GroupEditor", u"&Website:", None))
        self.website.setPlaceholderText(QCoreApplication.translate("GroupEditor", u"https://\u2026", None))
#if QT_CONFIG(accessibility)
        self.website.setAccessibleName(QCoreApplication.translate("GroupEditor", u"Website", None))
#endif // QT_CONFIG(accessibility)
        self.charity_number_label.setText(QCoreApplication.translate("GroupEditor", u"&Charity number:", None))
#if QT_CONFIG(accessibility)
        self.charity_number.setAccessibleName(QCoreApplication.translate("GroupEditor", u"Charity number", None))
#endif // QT_CONFIG(accessibility)
        self.company_number_label.setText(QCoreApplication.translate("GroupEditor", u"Company n&umber:", None))
#if QT_CONFIG(accessibility)
        self.company_number.setAccessibleName(QCoreApplication.translate("GroupEditor", u"Company number", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.contact_tab), QCoreApplication.translate("GroupEditor", u"Contact", None))
        self.tabs.setTabText(self.tabs.indexOf(self.meetings_tab), QCoreApplication.translate("GroupEditor", u"Where and when it meets", None))
    # retranslateUi

