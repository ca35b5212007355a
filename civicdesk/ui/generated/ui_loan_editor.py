# Generated from forms/loan_editor.ui by civicdesk.ui.build_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'loan_editor.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from civicdesk.ui.editors.widgets import (DateField, PartyEditor)

class Ui_LoanEditor(object):
    def setupUi(self, LoanEditor):
        if not LoanEditor.objectName():
            LoanEditor.setObjectName(u"LoanEditor")
        LoanEditor.resize(460, 300)
        self.outer = QVBoxLayout(LoanEditor)
        self.outer.setObjectName(u"outer")
        self.fields_form = QFormLayout()
        self.fields_form.setObjectName(u"fields_form")
        self.fields_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.borrower_label = QLabel(LoanEditor)
        self.borrower_label.setObjectName(u"borrower_label")

        self.fields_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.borrower_label)

        self.borrower = PartyEditor(LoanEditor)
        self.borrower.setObjectName(u"borrower")

        self.fields_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.borrower)

        self.out_on_label = QLabel(LoanEditor)
        self.out_on_label.setObjectName(u"out_on_label")

        self.fields_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.out_on_label)

        self.out_on = DateField(LoanEditor)
        self.out_on.setObjectName(u"out_on")

        self.fields_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.out_on)

        self.due_on_label = QLabel(LoanEditor)
        self.due_on_label.setObjectName(u"due_on_label")

        self.fields_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.due_on_label)

        self.due_on = DateField(LoanEditor)
        self.due_on.setObjectName(u"due_on")

        self.fields_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.due_on)

        self.returned_on_label = QLabel(LoanEditor)
        self.returned_on_label.setObjectName(u"returned_on_label")

        self.fields_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.returned_on_label)

        self.returned_on = DateField(LoanEditor)
        self.returned_on.setObjectName(u"returned_on")

        self.fields_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.returned_on)

        self.notes_label = QLabel(LoanEditor)
        self.notes_label.setObjectName(u"notes_label")

        self.fields_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QLineEdit(LoanEditor)
        self.notes.setObjectName(u"notes")

        self.fields_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notes)


        self.outer.addLayout(self.fields_form)

        self.buttons = QDialogButtonBox(LoanEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.borrower_label.setBuddy(self.borrower)
        self.out_on_label.setBuddy(self.out_on)
        self.due_on_label.setBuddy(self.due_on)
        self.returned_on_label.setBuddy(self.returned_on)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LoanEditor)

        QMetaObject.connectSlotsByName(LoanEditor)
    # setupUi

    def retranslateUi(self, LoanEditor):
        LoanEditor.setWindowTitle(QCoreApplication.translate("LoanEditor", u"Loan", None))
        self.borrower_label.setText(QCoreApplication.translate("LoanEditor", u"&Borrower:", None))
#if QT_CONFIG(accessibility)
        self.borrower.setAccessibleName(QCoreApplication.translate("LoanEditor", u"Borrower", None))
#endif // QT_CONFIG(accessibility)
        self.out_on_label.setText(QCoreApplication.translate("LoanEditor", u"&Out on:", None))
#if QT_CONFIG(accessibility)
        self.out_on.setAccessibleName(QCoreApplication.translate("LoanEditor", u"Lent out on", None))
#endif // QT_CONFIG(accessibility)
        self.due_on_label.setText(QCoreApplication.translate("LoanEditor", u"&Due back:", None))
#if QT_CONFIG(accessibility)
        self.due_on.setAccessibleName(QCoreApplication.translate("LoanEditor", u"Due back on", None))
#endif // QT_CONFIG(accessibility)
        self.returned_on_label.setText(QCoreApplication.translate("LoanEditor", u"&Returned on:", None))
#if QT_CONFIG(accessibility)
        self.returned_on.setAccessibleName(QCoreApplication.translate("LoanEditor", u"Returned on", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("LoanEditor", u"&Notes:", None))
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("LoanEditor", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

