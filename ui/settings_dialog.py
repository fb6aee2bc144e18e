"""The settings dialog: language, camera, database, gate and survey options."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.settings import SURVEY_LIMITS, Settings


class SettingsDialog(QDialog):
    """Edits a `Settings`; `result_settings()` gives the edited copy after `accepted`.

    Every setting but the database address applies on saving (the desk rebuilds its gate);
    the dialog says so."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("设置"))
        self.language = QComboBox()
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.camera = QLineEdit(settings.camera_source)
        self.camera.setPlaceholderText(self.tr("视频文件、rtsp:// 或 http:// 地址、USB 摄像头编号"))
        self.database = QLineEdit(settings.database_url)
        self.database.setPlaceholderText(self.tr("留空：本机 SQLite 数据库"))
        self.backend = QComboBox()
        self.backend.addItem(self.tr("ONNX（默认）"), "onnx")
        self.backend.addItem("PaddleOCR", "paddle")
        self.backend.setCurrentIndex(max(0, self.backend.findData(settings.ocr_backend)))
        self.popup_timeout = self._spin(5, 3600, settings.popup_timeout_s, self.tr(" 秒"))
        self.cooldown = self._spin(0, 86400, settings.gate_cooldown_s, self.tr(" 秒"))
        self.retention = self._spin(1, 3650, settings.snapshot_retention_days, self.tr(" 天"))
        self.survey_delay = self._spin(*SURVEY_LIMITS["survey_delay_days"],
                                       settings.survey_delay_days, self.tr(" 天"))
        self.survey_low_stars = self._spin(*SURVEY_LIMITS["survey_low_stars"],
                                           settings.survey_low_stars, self.tr(" 星及以下"))
        self.survey_low_ten = self._spin(*SURVEY_LIMITS["survey_low_ten"],
                                         settings.survey_low_ten, self.tr(" 分及以下"))
        form = QFormLayout(self)
        form.addRow(self.tr("界面语言"), self.language)
        form.addRow(self.tr("道闸摄像头"), self.camera)
        form.addRow(self.tr("数据库地址（重启后生效）"), self.database)
        form.addRow(self.tr("识别引擎"), self.backend)
        form.addRow(self.tr("到店弹窗自动关闭"), self.popup_timeout)
        form.addRow(self.tr("同一车牌冷却时间"), self.cooldown)
        form.addRow(self.tr("车牌抓拍保留"), self.retention)
        form.addRow(self.tr("交车/工单交车后回访"), self.survey_delay)
        form.addRow(self.tr("低分自动投诉（1–5 星题）"), self.survey_low_stars)
        form.addRow(self.tr("低分自动投诉（0–10 分题）"), self.survey_low_ten)
        self.note = QLabel(self.tr("除数据库地址（重启后生效）外，设置保存后立即生效；"
                                   "更换摄像头、识别引擎或冷却时间会重新启动道闸。"))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        form.addRow(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.buttons = buttons

    @staticmethod
    def _spin(low: int, high: int, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    def result_settings(self) -> Settings:
        """The settings as edited in the dialog."""
        return replace(
            self._settings,
            language=self.language.currentData(),
            camera_source=self.camera.text().strip(),
            database_url=self.database.text().strip(),
            ocr_backend=self.backend.currentData(),
            popup_timeout_s=self.popup_timeout.value(),
            gate_cooldown_s=self.cooldown.value(),
            snapshot_retention_days=self.retention.value(),
            survey_delay_days=self.survey_delay.value(),
            survey_low_stars=self.survey_low_stars.value(),
            survey_low_ten=self.survey_low_ten.value(),
        )
