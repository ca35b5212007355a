# Generated from forms/role_editor.ui by civicdesk.ui.build_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'role_editor.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

from civicdesk.ui.editors.widgets import (DateField, RecordPicker)

class Ui_RoleEditor(object):
    def setupUi(self, RoleEditor):
        if not RoleEditor.objectName():
            RoleEditor.setObjectName(u"RoleEditor")
        RoleEditor.resize(460, 300)
        self.outer = QVBoxLayout(RoleEditor)
        self.outer.setObjectName(u"outer")
        self.fields_form = QFormLayout()
        self.fields_form.setObjectName(u"fields_form")
        self.fields_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.group_id_label = QLabel(RoleEditor)
        self.group_id_label.setObjectName(u"group_id_label")

        self.fields_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.group_id_label)

        self.group_id = RecordPicker(RoleEditor)
        self.group_id.setObjectName(u"group_id")

        self.fields_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.group_id)

        self.role_label = QLabel(RoleEditor)
        self.role_label.setObjectName(u"role_label")

        self.fields_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role = QComboBox(RoleEditor)
        self.role.setObjectName(u"role")
        self.role.setEditable(True)

        self.fields_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.role)

        self.since_label = QLabel(RoleEditor)
        self.since_label.setObjectName(u"since_label")

        self.fields_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.since_label)

        self.since = DateField(RoleEditor)
        self.since.setObjectName(u"since")

        self.fields_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.since)

        self.until_label = QLabel(RoleEditor)
        self.until_label.setObjectName(u"until_label")

        self.fields_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.until_label)

        self.until = DateField(RoleEditor)
        self.until.setObjectName(u"until")

        self.fields_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.until)


        self.outer.addLayout(self.fields_form)

        self.buttons = QDialogButtonBox(RoleEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.group_id_label.setBuddy(self.group_id)
        self.role_label.setBuddy(self.role)
        self.since_label.setBuddy(self.since)
        self.until_label.setBuddy(self.until)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RoleEditor)

        QMetaObject.connectSlotsByName(RoleEditor)
    # setupUi

    def retranslateUi(self, RoleEditor):
        RoleEditor.setWindowTitle(QCoreApplication.translate("RoleEditor", u"Role", None))
        self.group_id_label.setText(QCoreApplication.translate("RoleEditor", u"&Group:", None))
#if QT_CONFIG(accessibility)
        self.group_id.setAccessibleName(QCoreApplication.translate("RoleEditor", u"Group", None))
#endif // QT_CONFIG(accessibility)
        self.role_label.setText(QCoreApplication.translate("RoleEditor", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.role.setAccessibleName(QCoreApplication.translate("RoleEditor", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.since_label.setText(QCoreApplication.translate("RoleEditor", u"&Since:", None))
#if QT_CONFIG(accessibility)
        self.since.setAccessibleName(QCoreApplication.translate("RoleEditor", u"Since", None))
#endif // QT_CONFIG(accessibility)
        self.until_label.setText(QCoreApplication.translate("RoleEditor", u"&Until:", None))
#if QT_CONFIG(accessibility)
        self.until.setAccessibleName(QCoreApplication.translate("RoleEditor", u"Until", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

