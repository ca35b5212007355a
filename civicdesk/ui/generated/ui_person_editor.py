# Generated from forms/person_editor.ui by civicdesk.ui.build_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QTabWidget,
    QVBoxLayout, QWidget)

from civicdesk.ui.editors.widgets import (AddressEditor, ConsentEditor, SafeguardingEditor)

class Ui_PersonEditor(object):
    def setupUi(self, PersonEditor):
        if not PersonEditor.objectName():
            PersonEditor.setObjectName(u"PersonEditor")
        PersonEditor.resize(640, 540)
        self.outer = QVBoxLayout(PersonEditor)
        self.outer.setObjectName(u"outer")
        self.tabs = QTabWidget(PersonEditor)
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

        self.email_label = QLabel(self.details_tab)
        self.email_label.setObjectName(u"email_label")

        self.details_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(self.details_tab)
        self.email.setObjectName(u"email")

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.email)

        self.phone_label = QLabel(self.details_tab)
        self.phone_label.setObjectName(u"phone_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(self.details_tab)
        self.phone.setObjectName(u"phone")

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phone)

        self.skills_label = QLabel(self.details_tab)
        self.skills_label.setObjectName(u"skills_label")

        self.details_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.skills_label)

        self.skills = QLineEdit(self.details_tab)
        self.skills.setObjectName(u"skills")

        self.details_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.skills)

        self.availability_label = QLabel(self.details_tab)
        self.availability_label.setObjectName(u"availability_label")

        self.details_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.availability_label)

        self.availability = QLineEdit(self.details_tab)
        self.availability.setObjectName(u"availability")

        self.details_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.availability)

        self.notes_label = QLabel(self.details_tab)
        self.notes_label.setObjectName(u"notes_label")

        self.details_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(self.details_tab)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 70))

        self.details_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notes)


        self.details_layout.addLayout(self.details_form)

        self.address_group = QGroupBox(self.details_tab)
        self.address_group.setObjectName(u"address_group")
        self.address_group_layout = QVBoxLayout(self.address_group)
        self.address_group_layout.setObjectName(u"address_group_layout")
        self.address = AddressEditor(self.address_group)
        self.address.setObjectName(u"address")

        self.address_group_layout.addWidget(self.address)


        self.details_layout.addWidget(self.address_group)

        self.details_layout_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.details_layout.addItem(self.details_layout_spacer)

        self.tabs.addTab(self.details_tab, "")
        self.consent_tab = QWidget()
        self.consent_tab.setObjectName(u"consent_tab")
        self.consent_layout = QVBoxLayout(self.consent_tab)
        self.consent_layout.setObjectName(u"consent_layout")
        self.consent_note = QLabel(self.consent_tab)
        self.consent_note.setObjectName(u"consent_note")
        self.consent_note.setWordWrap(True)

        self.consent_layout.addWidget(self.consent_note)

        self.consent = ConsentEditor(self.consent_tab)
        self.consent.setObjectName(u"consent")

        self.consent_layout.addWidget(self.consent)

        self.consent_layout_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.consent_layout.addItem(self.consent_layout_spacer)

        self.tabs.addTab(self.consent_tab, "")
        self.safeguarding_tab = QWidget()
        self.safeguarding_tab.setObjectName(u"safeguarding_tab")
        self.safeguarding_layout = QVBoxLayout(self.safeguarding_tab)
        self.safeguarding_layout.setObjectName(u"safeguarding_layout")
        self.safeguarding_group = QGroupBox(self.safeguarding_tab)
        self.safeguarding_group.setObjectName(u"safeguarding_group")
        self.safeguarding_group_layout = QVBoxLayout(self.safeguarding_group)
        self.safeguarding_group_layout.setObjectName(u"safeguarding_group_layout")
        self.safeguarding = SafeguardingEditor(self.safeguarding_group)
        self.safeguarding.setObjectName(u"safeguarding")

        self.safeguarding_group_layout.addWidget(self.safeguarding)


        self.safeguarding_layout.addWidget(self.safeguarding_group)

        self.safeguarding_layout_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.safeguarding_layout.addItem(self.safeguarding_layout_spacer)

        self.tabs.addTab(self.safeguarding_tab, "")
        self.roles_tab = QWidget()
        self.roles_tab.setObjectName(u"roles_tab")
        self.roles_layout = QVBoxLayout(self.roles_tab)
        self.roles_layout.setObjectName(u"roles_layout")
        self.roles_container = QWidget(self.roles_tab)
        self.roles_container.setObjectName(u"roles_container")

        self.roles_layout.addWidget(self.roles_container)

        self.tabs.addTab(self.roles_tab, "")

        self.outer.addWidget(self.tabs)

        self.buttons = QDialogButtonBox(PersonEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.email_label.setBuddy(self.email)
        self.phone_label.setBuddy(self.phone)
        self.skills_label.setBuddy(self.skills)
        self.availability_label.setBuddy(self.availability)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PersonEditor)
    # setupUi

    def retranslateUi(self, PersonEditor):
        PersonEditor.setWindowTitle(QCoreApplication.translate("PersonEditor", u"Person", None))
        self.name_label.setText(QCoreApplication.translate("PersonEditor", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.email_label.setText(QCoreApplication.translate("PersonEditor", u"&Email:", None))
        self.email.setPlaceholderText(QCoreApplication.translate("PersonEditor", u"name@example.org", None))
#if QT_CONFIG(accessibility)
        self.email.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.phone_label.setText(QCoreApplication.translate("PersonEditor", u"&Phone:", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("PersonEditor", u"for example 07700 900123", None))
#if QT_CONFIG(accessibility)
        self.phone.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.skills_label.setText(QCoreApplication.translate("PersonEditor", u"S&kills:", None))
        self.skills.setPlaceholderText(QCoreApplication.translate("PersonEditor", u"separate with commas", None))
#if QT_CONFIG(accessibility)
        self.skills.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Skills", None))
#endif // QT_CONFIG(accessibility)
        self.availability_label.setText(QCoreApplication.translate("PersonEditor", u"A&vailability:", None))
        self.availability.setPlaceholderText(QCoreApplication.translate("PersonEditor", u"for example weekday evenings", None))
#if QT_CONFIG(accessibility)
        self.availability.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Availability", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("PersonEditor", u"Note&s:", None))
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.address_group.setTitle(QCoreApplication.translate("PersonEditor", u"Home address (private, never printed)", None))
#if QT_CONFIG(accessibility)
        self.address.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Home address", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.details_tab), QCoreApplication.translate("PersonEditor", u"Details", None))
        self.consent_note.setText(QCoreApplication.translate("PersonEditor", u"Tick what this person has agreed to, with the date and how they told you. To record a withdrawal, untick it and give the date.", None))
#if QT_CONFIG(accessibility)
        self.consent.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Consents", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.consent_tab), QCoreApplication.translate("PersonEditor", u"Consent", None))
        self.safeguarding_group.setTitle(QCoreApplication.translate("PersonEditor", u"DBS check", None))
#if QT_CONFIG(accessibility)
        self.safeguarding.setAccessibleName(QCoreApplication.translate("PersonEditor", u"DBS check", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.safeguarding_tab), QCoreApplication.translate("PersonEditor", u"Safeguarding", None))
        self.tabs.setTabText(self.tabs.indexOf(self.roles_tab), QCoreApplication.translate("PersonEditor", u"Roles in groups", None))
    # retranslateUi

