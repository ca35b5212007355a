# Generated from forms/tool_editor.ui by civicdesk.ui.build_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tool_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QTabWidget, QVBoxLayout, QWidget)

from civicdesk.ui.editors.widgets import PartyEditor

class Ui_ToolEditor(object):
    def setupUi(self, ToolEditor):
        if not ToolEditor.objectName():
            ToolEditor.setObjectName(u"ToolEditor")
        ToolEditor.resize(620, 540)
        self.outer = QVBoxLayout(ToolEditor)
        self.outer.setObjectName(u"outer")
        self.tabs = QTabWidget(ToolEditor)
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

        self.description_label = QLabel(self.details_tab)
        self.description_label.setObjectName(u"description_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description = QPlainTextEdit(self.details_tab)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumSize(QSize(16777215, 70))

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.description)

        self.how_to_use_label = QLabel(self.details_tab)
        self.how_to_use_label.setObjectName(u"how_to_use_label")

        self.details_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.how_to_use_label)

        self.how_to_use = QPlainTextEdit(self.details_tab)
        self.how_to_use.setObjectName(u"how_to_use")
        self.how_to_use.setTabChangesFocus(True)
        self.how_to_use.setMaximumSize(QSize(16777215, 70))

        self.details_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.how_to_use)

        self.link_label = QLabel(self.details_tab)
        self.link_label.setObjectName(u"link_label")

        self.details_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.link_label)

        self.link = QLineEdit(self.details_tab)
        self.link.setObjectName(u"link")

        self.details_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.link)

        self.cost_label = QLabel(self.details_tab)
        self.cost_label.setObjectName(u"cost_label")

        self.details_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.cost_label)

        self.cost = QLineEdit(self.details_tab)
        self.cost.setObjectName(u"cost")

        self.details_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.cost)

        self.tags_label = QLabel(self.details_tab)
        self.tags_label.setObjectName(u"tags_label")

        self.details_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.tags_label)

        self.tags = QLineEdit(self.details_tab)
        self.tags.setObjectName(u"tags")

        self.details_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.tags)

        self.hidden = QCheckBox(self.details_tab)
        self.hidden.setObjectName(u"hidden")

        self.details_form.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.hidden)


        self.details_layout.addLayout(self.details_form)

        self.details_layout_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.details_layout.addItem(self.details_layout_spacer)

        self.tabs.addTab(self.details_tab, "")
        self.kit_tab = QWidget()
        self.kit_tab.setObjectName(u"kit_tab")
        self.kit_layout = QVBoxLayout(self.kit_tab)
        self.kit_layout.setObjectName(u"kit_layout")
        self.kit_form = QFormLayout()
        self.kit_form.setObjectName(u"kit_form")
        self.kit_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kit_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.holder_label = QLabel(self.kit_tab)
        self.holder_label.setObjectName(u"holder_label")

        self.kit_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.holder_label)

        self.holder = PartyEditor(self.kit_tab)
        self.holder.setObjectName(u"holder")

        self.kit_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.holder)

        self.condition_label = QLabel(self.kit_tab)
        self.condition_label.setObjectName(u"condition_label")

        self.kit_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.condition_label)

        self.condition = QLineEdit(self.kit_tab)
        self.condition.setObjectName(u"condition")

        self.kit_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.condition)

        self.setup_time_label = QLabel(self.kit_tab)
        self.setup_time_label.setObjectName(u"setup_time_label")

        self.kit_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.setup_time_label)

        self.setup_time = QLineEdit(self.kit_tab)
        self.setup_time.setObjectName(u"setup_time")

        self.kit_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.setup_time)

        self.purposes_label = QLabel(self.kit_tab)
        self.purposes_label.setObjectName(u"purposes_label")

        self.kit_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.purposes_label)

        self.purposes = QLineEdit(self.kit_tab)
        self.purposes.setObjectName(u"purposes")

        self.kit_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.purposes)

        self.skills_label = QLabel(self.kit_tab)
        self.skills_label.setObjectName(u"skills_label")

        self.kit_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.skills_label)

        self.skills = QLineEdit(self.kit_tab)
        self.skills.setObjectName(u"skills")

        self.kit_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.skills)

        self.accessibility_notes_label = QLabel(self.kit_tab)
        self.accessibility_notes_label.setObjectName(u"accessibility_notes_label")

        self.kit_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.accessibility_notes_label)

        self.accessibility_notes = QPlainTextEdit(self.kit_tab)
        self.accessibility_notes.setObjectName(u"accessibility_notes")
        self.accessibility_notes.setTabChangesFocus(True)
        self.accessibility_notes.setMaximumSize(QSize(16777215, 70))

        self.kit_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.accessibility_notes)


        self.kit_layout.addLayout(self.kit_form)

        self.kit_layout_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.kit_layout.addItem(self.kit_layout_spacer)

        self.tabs.addTab(self.kit_tab, "")
        self.uses_tab = QWidget()
        self.uses_tab.setObjectName(u"uses_tab")
        self.uses_layout = QVBoxLayout(self.uses_tab)
        self.uses_layout.setObjectName(u"uses_layout")
        self.uses_container = QWidget(self.uses_tab)
        self.uses_container.setObjectName(u"uses_container")

        self.uses_layout.addWidget(self.uses_container)

        self.tabs.addTab(self.uses_tab, "")
        self.loans_tab = QWidget()
        self.loans_tab.setObjectName(u"loans_tab")
        self.loans_layout = QVBoxLayout(self.loans_tab)
        self.loans_layout.setObjectName(u"loans_layout")
        self.loans_container = QWidget(self.loans_tab)
        self.loans_container.setObjectName(u"loans_container")

        self.loans_layout.addWidget(self.loans_container)

        self.tabs.addTab(self.loans_tab, "")

        self.outer.addWidget(self.tabs)

        self.buttons = QDialogButtonBox(ToolEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.kind_label.setBuddy(self.kind)
        self.description_label.setBuddy(self.description)
        self.how_to_use_label.setBuddy(self.how_to_use)
        self.link_label.setBuddy(self.link)
        self.cost_label.setBuddy(self.cost)
        self.tags_label.setBuddy(self.tags)
        self.holder_label.setBuddy(self.holder)
        self.condition_label.setBuddy(self.condition)
        self.setup_time_label.setBuddy(self.setup_time)
        self.purposes_label.setBuddy(self.purposes)
        self.skills_label.setBuddy(self.skills)
        self.accessibility_notes_label.setBuddy(self.accessibility_notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ToolEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ToolEditor)
    # setupUi

    def retranslateUi(self, ToolEditor):
        ToolEditor.setWindowTitle(QCoreApplication.translate("ToolEditor", u"Tool", None))
        self.name_label.setText(QCoreApplication.translate("ToolEditor", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("ToolEditor", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.kind_label.setText(QCoreApplication.translate("ToolEditor", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("ToolEditor", u"Kind of tool", None))
#endif // QT_CONFIG(accessibility)
        self.description_label.setText(QCoreApplication.translate("ToolEditor", u"D&escription:", None))
#if QT_CONFIG(accessibility)
        self.description.setAccessibleName(QCoreApplication.translate("ToolEditor", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.how_to_use_label.setText(QCoreApplication.translate("ToolEditor", u"&How to use:", None))
#if QT_CONFIG(accessibility)
        self.how_to_use.setAccessibleName(QCoreApplication.translate("ToolEditor", u"How to use", None))
#endif // QT_CONFIG(accessibility)
        self.link_label.setText(QCoreApplication.translate("ToolEditor", u"&Link:", None))
        self.link.setPlaceholderText(QCoreApplication.translate("ToolEditor", u"https://\u2026", None))
#if QT_CONFIG(accessibility)
        self.link.setAccessibleName(QCoreApplication.translate("ToolEditor", u"Link", None))
#endif // QT_CONFIG(accessibility)
        self.cost_label.setText(QCoreApplication.translate("ToolEditor", u"&Cost:", None))
        self.cost.setPlaceholderText(QCoreApplication.translate("ToolEditor", u"for example free, \u00a35 a month", None))
#if QT_CONFIG(accessibility)
        self.cost.setAccessibleName(QCoreApplication.translate("ToolEditor", u"Cost", None))
#endif // QT_CONFIG(accessibility)
        self.tags_label.setText(QCoreApplication.translate("ToolEditor", u"Ta&gs:", None))
        self.tags.setPlaceholderText(QCoreApplication.translate("ToolEditor", u"separate with commas", None))
#if QT_CONFIG(accessibility)
        self.tags.setAccessibleName(QCoreApplication.translate("ToolEditor", u"Tags", None))
#endif // QT_CONFIG(accessibility)
        self.hidden.setText(QCoreApplication.translate("ToolEditor", u"Hide from the &printed directory", None))
#if QT_CONFIG(accessibility)
        self.hidden.setAccessibleName(QCoreApplication.translate("ToolEditor", u"Hide from the printed directory", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.details_tab), QCoreApplication.translate("ToolEditor", u"Details", None))
        self.holder_label.setText(QCoreApplication.translate("ToolEditor", u"Held &by:", None))
#if QT_CONFIG(accessibility)
        self.holder.setAccessibleName(QCoreApplication.translate("ToolEditor", u"Held by", None))
#endif // QT_CONFIG(accessibility)
        self.condition_label.setText(QCoreApplication.translate("ToolEditor", u"C&ondition:", None))
        self.condition.setPlaceholderText(QCoreApplication.translate("ToolEditor", u"for example good, needs new batteries", None))
#if QT_CONFIG(accessibility)
        self.condition.setAccessibleName(QCoreApplication.translate("ToolEditor", u"Condition", None))
#endif // QT_CONFIG(accessibility)
        self.setup_time_label.setText(QCoreApplication.translate("ToolEditor", u"Se&tup time:", None))
        self.setup_time.setPlaceholderText(QCoreApplication.translate("ToolEditor", u"for example 10 minutes", None))
#if QT_CONFIG(accessibility)
        self.setup_time.setAccessibleName(QCoreApplication.translate("ToolEditor", u"Setup time", None))
#endif // QT_CONFIG(accessibility)
        self.purposes_label.setText(QCoreApplication.translate("ToolEditor", u"&Purposes:", None))
        self.purposes.setPlaceholderText(QCoreApplication.translate("ToolEditor", u"separate with commas", None))
#if QT_CONFIG(accessibility)
        self.purposes.setAccessibleName(QCoreApplication.translate("ToolEditor", u"Purposes", None))
#endif // QT_CONFIG(accessibility)
        self.skills_label.setText(QCoreApplication.translate("ToolEditor", u"Skills &needed:", None))
        self.skills.setPlaceholderText(QCoreApplication.translate("ToolEditor", u"separate with commas", None))
#if QT_CONFIG(accessibility)
        self.skills.setAccessibleName(QCoreApplication.translate("ToolEditor", u"Skills needed", None))
#endif // QT_CONFIG(accessibility)
        self.accessibility_notes_label.setText(QCoreApplication.translate("ToolEditor", u"&Accessibility notes:", None))
#if QT_CONFIG(accessibility)
        self.accessibility_notes.setAccessibleName(QCoreApplication.translate("ToolEditor", u"Accessibility notes", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.kit_tab), QCoreApplication.translate("ToolEditor", u"Kit and use", None))
        self.tabs.setTabText(self.tabs.indexOf(self.uses_tab), QCoreApplication.translate("ToolEditor", u"Groups using it", None))
        self.tabs.setTabText(self.tabs.indexOf(self.loans_tab), QCoreApplication.translate("ToolEditor", u"Loans", None))
    # retranslateUi

