# Generated from forms/meeting_editor.ui by civicdesk.ui.build_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_editor.ui'
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
    QSizePolicy, QTimeEdit, QVBoxLayout, QWidget)

from civicdesk.ui.editors.widgets import (DaysEditor, RecordPicker)

class Ui_MeetingEditor(object):
    def setupUi(self, MeetingEditor):
        if not MeetingEditor.objectName():
            MeetingEditor.setObjectName(u"MeetingEditor")
        MeetingEditor.resize(520, 300)
        self.outer = QVBoxLayout(MeetingEditor)
        self.outer.setObjectName(u"outer")
        self.fields_form = QFormLayout()
        self.fields_form.setObjectName(u"fields_form")
        self.fields_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.space_id_label = QLabel(MeetingEditor)
        self.space_id_label.setObjectName(u"space_id_label")

        self.fields_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.space_id_label)

        self.space_id = RecordPicker(MeetingEditor)
        self.space_id.setObjectName(u"space_id")

        self.fields_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.space_id)

        self.days_label = QLabel(MeetingEditor)
        self.days_label.setObjectName(u"days_label")

        self.fields_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.days_label)

        self.days = DaysEditor(MeetingEditor)
        self.days.setObjectName(u"days")

        self.fields_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.days)

        self.start_label = QLabel(MeetingEditor)
        self.start_label.setObjectName(u"start_label")

        self.fields_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start = QTimeEdit(MeetingEditor)
        self.start.setObjectName(u"start")
        self.start.setDisplayFormat(u"HH:mm")

        self.fields_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.start)

        self.end_label = QLabel(MeetingEditor)
        self.end_label.setObjectName(u"end_label")

        self.fields_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.end_label)

        self.end = QTimeEdit(MeetingEditor)
        self.end.setObjectName(u"end")
        self.end.setDisplayFormat(u"HH:mm")

        self.fields_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.end)

        self.frequency_label = QLabel(MeetingEditor)
        self.frequency_label.setObjectName(u"frequency_label")

        self.fields_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.frequency_label)

        self.frequency = QComboBox(MeetingEditor)
        self.frequency.setObjectName(u"frequency")

        self.fields_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.frequency)

        self.notes_label = QLabel(MeetingEditor)
        self.notes_label.setObjectName(u"notes_label")

        self.fields_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QLineEdit(MeetingEditor)
        self.notes.setObjectName(u"notes")

        self.fields_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notes)


        self.outer.addLayout(self.fields_form)

        self.buttons = QDialogButtonBox(MeetingEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.space_id_label.setBuddy(self.space_id)
        self.days_label.setBuddy(self.days)
        self.start_label.setBuddy(self.start)
        self.end_label.setBuddy(self.end)
        self.frequency_label.setBuddy(self.frequency)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeetingEditor)

        QMetaObject.connectSlotsByName(MeetingEditor)
    # setupUi

    def retranslateUi(self, MeetingEditor):
        MeetingEditor.setWindowTitle(QCoreApplication.translate("MeetingEditor", u"Meeting", None))
        self.space_id_label.setText(QCoreApplication.translate("MeetingEditor", u"&Where:", None))
#if QT_CONFIG(accessibility)
        self.space_id.setAccessibleName(QCoreApplication.translate("MeetingEditor", u"Space where it meets", None))
#endif // QT_CONFIG(accessibility)
        self.days_label.setText(QCoreApplication.translate("MeetingEditor", u"&Days:", None))
#if QT_CONFIG(accessibility)
        self.days.setAccessibleName(QCoreApplication.translate("MeetingEditor", u"Days", None))
#endif // QT_CONFIG(accessibility)
        self.start_label.setText(QCoreApplication.translate("MeetingEditor", u"&Starts:", None))
#if QT_CONFIG(accessibility)
        self.start.setAccessibleName(QCoreApplication.translate("MeetingEditor", u"Start time", None))
#endif // QT_CONFIG(accessibility)
        self.end_label.setText(QCoreApplication.translate("MeetingEditor", u"&Ends:", None))
#if QT_CONFIG(accessibility)
        self.end.setAccessibleName(QCoreApplication.translate("MeetingEditor", u"End time", None))
#endif // QT_CONFIG(accessibility)
        self.frequency_label.setText(QCoreApplication.translate("MeetingEditor", u"&How often:", None))
#if QT_CONFIG(accessibility)
        self.frequency.setAccessibleName(QCoreApplication.translate("MeetingEditor", u"How often", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("MeetingEditor", u"N&otes:", None))
        self.notes.setPlaceholderText(QCoreApplication.translate("MeetingEditor", u"for example term time only", None))
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("MeetingEditor", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

