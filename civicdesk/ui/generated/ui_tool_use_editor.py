# Generated from forms/tool_use_editor.ui by civicdesk.ui.build_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tool_use_editor.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from civicdesk.ui.editors.widgets import RecordPicker

class Ui_ToolUseEditor(object):
    def setupUi(self, ToolUseEditor):
        if not ToolUseEditor.objectName():
            ToolUseEditor.setObjectName(u"ToolUseEditor")
        ToolUseEditor.resize(460, 300)
        self.outer = QVBoxLayout(ToolUseEditor)
        self.outer.setObjectName(u"outer")
        self.fields_form = QFormLayout()
        self.fields_form.setObjectName(u"fields_form")
        self.fields_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.group_id_label = QLabel(ToolUseEditor)
        self.group_id_label.setObjectName(u"group_id_label")

        self.fields_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.group_id_label)

        self.group_id = RecordPicker(ToolUseEditor)
        self.group_id.setObjectName(u"group_id")

        self.fields_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.group_id)

        self.rating_label = QLabel(ToolUseEditor)
        self.rating_label.setObjectName(u"rating_label")

        self.fields_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.rating_label)

        self.rating = QComboBox(ToolUseEditor)
        self.rating.setObjectName(u"rating")

        self.fields_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rating)

        self.review_label = QLabel(ToolUseEditor)
        self.review_label.setObjectName(u"review_label")

        self.fields_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.review_label)

        self.review = QPlainTextEdit(ToolUseEditor)
        self.review.setObjectName(u"review")
        self.review.setTabChangesFocus(True)
        self.review.setMaximumSize(QSize(16777215, 90))

        self.fields_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.review)


        self.outer.addLayout(self.fields_form)

        self.buttons = QDialogButtonBox(ToolUseEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.group_id_label.setBuddy(self.group_id)
        self.rating_label.setBuddy(self.rating)
        self.review_label.setBuddy(self.review)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ToolUseEditor)

        QMetaObject.connectSlotsByName(ToolUseEditor)
    # setupUi

    def retranslateUi(self, ToolUseEditor):
        ToolUseEditor.setWindowTitle(QCoreApplication.translate("ToolUseEditor", u"Group using this tool", None))
        self.group_id_label.setText(QCoreApplication.translate("ToolUseEditor", u"&Group:", None))
#if QT_CONFIG(accessibility)
        self.group_id.setAccessibleName(QCoreApplication.translate("ToolUseEditor", u"Group", None))
#endif // QT_CONFIG(accessibility)
        self.rating_label.setText(QCoreApplication.translate("ToolUseEditor", u"&Rating:", None))
#if QT_CONFIG(accessibility)
        self.rating.setAccessibleName(QCoreApplication.translate("ToolUseEditor", u"Rating", None))
#endif // QT_CONFIG(accessibility)
        self.review_label.setText(QCoreApplication.translate("ToolUseEditor", u"Re&view:", None))
#if QT_CONFIG(accessibility)
        self.review.setAccessibleName(QCoreApplication.translate("ToolUseEditor", u"Review", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

