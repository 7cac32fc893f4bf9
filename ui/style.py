"""The station's look: one palette, one type scale, one stylesheet for every page and dialog.

Designed for 1366x768 and 1280x720 laptops used all day in bright rooms: dark text on light
surfaces (every text colour here has a contrast ratio of at least 4.5:1 on its background,
checked in tests/ui/test_ui_fit.py), one blue for the primary action and for focus, red / green /
amber only together with an icon or words (never colour alone), a visible focus ring on every
control reached with the keyboard.

`apply_style(app)` is called once from ui/app.py (idempotent). Pages mark their main action with
`primary(button)`; the header, the navigation and the status bar use object names styled here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QFormLayout, QPushButton, QWidget

ICONS = Path(__file__).with_name("icons")
ICON_URL = ICONS.as_posix()

# Colours (names say where they are used).
INK = "#1d2733"  # body text                       (13.9:1 on SURFACE)
MUTED = "#4f5b67"  # secondary text                (7.0:1 on SURFACE)
SURFACE = "#ffffff"  # fields, tables, cards
WINDOW = "#f1f4f7"  # page background            (INK on it: 12.8:1)
LINE = "#b8c2cc"  # borders
PRIMARY = "#1b5e91"  # primary buttons, focus, selection (white on it: 6.9:1)
PRIMARY_DARK = "#134670"
NAV = "#17324a"  # navigation column and header (white on it: 12.9:1)
NAV_TEXT = "#ffffff"
NAV_MUTED = "#c9d6e2"  # (8.6:1 on NAV)
NAV_SELECTED = "#2a6ea3"  # (white on it: 5.5:1)
DANGER = "#a52a1f"  # (white on it: 7.0:1; on SURFACE: 7.0:1)
OK = "#1e6b34"  # (6.6:1 on SURFACE)
WARN = "#7a5200"  # (6.6:1 on SURFACE)
DISABLED = "#58636d"  # disabled text (5.6:1 on #eef1f4)

FONT_FAMILIES = ("Noto Sans", "Ubuntu", "Liberation Sans", "Arimo", "DejaVu Sans")
FONT_POINTS = 10

CONTRAST_PAIRS = {  # foreground, background: used by the contrast test
    "body": (INK, SURFACE), "body on window": (INK, WINDOW), "muted": (MUTED, SURFACE),
    "muted on window": (MUTED, WINDOW),
    "primary button": (NAV_TEXT, PRIMARY), "navigation": (NAV_TEXT, NAV),
    "navigation muted": (NAV_MUTED, NAV), "navigation selected": (NAV_TEXT, NAV_SELECTED),
    "danger button": (NAV_TEXT, DANGER), "error text": (DANGER, SURFACE),
    "ok text": (OK, SURFACE), "warning text": (WARN, SURFACE),
    "disabled": (DISABLED, "#eef1f4"),
}

STYLESHEET = f"""
QWidget {{ color: {INK}; }}
QMainWindow, QDialog, QStackedWidget, QScrollArea > QWidget > QWidget {{ background: {WINDOW}; }}
QDialog {{ border: 1px solid #8795a3; }}
QToolTip {{ color: {INK}; background: {SURFACE}; border: 1px solid {LINE}; padding: 4px; }}

QLabel {{ background: transparent; }}
QLabel[role="hint"] {{ color: {MUTED}; }}
QLabel[role="title"] {{ font-size: 15pt; font-weight: 600; }}

QLineEdit, QComboBox, QSpinBox, QDateEdit, QPlainTextEdit, QTextEdit, QTextBrowser {{
    background: {SURFACE}; border: 1px solid {LINE}; border-radius: 4px;
    padding: 3px 6px; selection-background-color: {PRIMARY}; selection-color: white;
}}
QLineEdit, QComboBox, QSpinBox, QDateEdit {{ min-height: 22px; }}
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus, QPlainTextEdit:focus,
QTextEdit:focus, QTextBrowser:focus, QListWidget:focus, QTableWidget:focus, QTableView:focus {{
    border: 2px solid {PRIMARY};
}}
QLineEdit:disabled, QComboBox:disabled, QSpinBox:disabled {{
    background: #eef1f4; color: {DISABLED};
}}
QComboBox {{ padding-right: 24px; }}
QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: top right; width: 22px;
    border: none; border-left: 1px solid {LINE}; }}
QComboBox::down-arrow {{ image: url({ICON_URL}/chevron-down.svg); width: 12px; height: 12px; }}
QComboBox QAbstractItemView {{ background: {SURFACE}; border: 1px solid {LINE};
    selection-background-color: {PRIMARY}; selection-color: white; }}
QAbstractSpinBox {{ padding-right: 22px; }}
QAbstractSpinBox::up-button {{ subcontrol-origin: border; subcontrol-position: top right;
    width: 20px; border-left: 1px solid {LINE}; }}
QAbstractSpinBox::down-button {{ subcontrol-origin: border; subcontrol-position: bottom right;
    width: 20px; border-left: 1px solid {LINE}; }}
QAbstractSpinBox::up-arrow {{ image: url({ICON_URL}/chevron-up.svg); width: 10px; height: 10px; }}
QAbstractSpinBox::down-arrow {{ image: url({ICON_URL}/chevron-down.svg); width: 10px;
    height: 10px; }}

QPushButton {{
    background: {SURFACE}; border: 1px solid #8795a3; border-radius: 4px;
    padding: 5px 12px; min-height: 22px;
}}
QPushButton:hover {{ background: #e4ecf4; }}
QPushButton:pressed {{ background: #d3e0ec; }}
QPushButton:focus {{ border: 2px solid {PRIMARY}; padding: 4px 11px; }}
QPushButton:default {{ border: 2px solid {PRIMARY}; padding: 4px 11px; }}
QPushButton:disabled {{ color: {DISABLED}; background: #eef1f4; border-color: #c9d0d7; }}
QPushButton:flat {{ border: none; background: transparent; }}
QPushButton#bannerClose {{ padding: 0; min-height: 0; font-size: 13pt; border: none;
    background: transparent; }}
QPushButton#bannerClose:focus {{ border: 2px solid {PRIMARY}; }}
QPushButton[primary="true"] {{
    background: {PRIMARY}; color: white; border: 2px solid {PRIMARY}; font-weight: 600;
    padding: 4px 16px;
}}
QPushButton[primary="true"]:hover {{ background: {PRIMARY_DARK}; }}
QPushButton[primary="true"]:focus {{ border: 2px solid #0b2a44; }}
QPushButton[primary="true"]:disabled {{ background: #9fb4c6; border-color: #9fb4c6;
    color: #22313f; }}

QPushButton[danger="true"] {{
    background: {DANGER}; color: white; border: 2px solid {DANGER}; font-weight: 600; }}
QPushButton[danger="true"]:focus {{ border: 2px solid #4a0f0a; }}
QPushButton[danger="true"]:disabled {{ background: #d9a9a4; border-color: #d9a9a4;
    color: #3b1410; }}

QCheckBox, QRadioButton {{ spacing: 8px; padding: 2px 0; background: transparent; }}
QCheckBox:focus, QRadioButton:focus {{ color: {PRIMARY_DARK}; text-decoration: underline; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: 18px; height: 18px; }}
QCheckBox::indicator:unchecked {{ image: url({ICON_URL}/checkbox-off.svg); }}
QCheckBox::indicator:checked {{ image: url({ICON_URL}/checkbox-on.svg); }}
QCheckBox::indicator:unchecked:disabled {{ image: url({ICON_URL}/checkbox-off-disabled.svg); }}
QCheckBox::indicator:checked:disabled {{ image: url({ICON_URL}/checkbox-on-disabled.svg); }}
QRadioButton::indicator:unchecked {{ image: url({ICON_URL}/radio-off.svg); }}
QRadioButton::indicator:checked {{ image: url({ICON_URL}/radio-on.svg); }}

QGroupBox {{
    background: {SURFACE}; border: 1px solid {LINE}; border-radius: 6px;
    margin-top: 14px; padding: 10px 8px 8px 8px; font-weight: 600;
}}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; color: {INK}; }}
QGroupBox QLabel, QGroupBox QCheckBox, QGroupBox QRadioButton {{ font-weight: normal; }}

QTableWidget, QTableView, QListWidget, QTreeView {{
    background: {SURFACE}; border: 1px solid {LINE}; border-radius: 4px;
    alternate-background-color: #f6f8fa; gridline-color: #dde3e8;
    selection-background-color: {PRIMARY}; selection-color: white;
}}
QHeaderView::section {{
    background: #e6ebf0; color: {INK}; border: none; border-right: 1px solid {LINE};
    border-bottom: 1px solid {LINE}; padding: 4px 6px; font-weight: 600;
}}
QTabWidget::pane {{ border: 1px solid {LINE}; background: {SURFACE}; top: -1px; }}
QTabBar::tab {{
    background: #e6ebf0; border: 1px solid {LINE}; padding: 5px 12px; margin-right: 2px;
    border-top-left-radius: 4px; border-top-right-radius: 4px;
}}
QTabBar::tab:selected {{ background: {SURFACE}; border-bottom-color: {SURFACE};
    font-weight: 600; }}
QTabBar::tab:focus {{ border: 2px solid {PRIMARY}; }}
QProgressBar {{ border: 1px solid {LINE}; border-radius: 4px; background: {SURFACE};
    text-align: center; min-height: 16px; }}
QProgressBar::chunk {{ background: {PRIMARY}; border-radius: 3px; }}
QScrollArea {{ border: none; background: transparent; }}
QSplitter::handle {{ background: transparent; }}

/* the start screens: a card in the middle */
QFrame#startCard {{ background: {SURFACE}; border: 1px solid {LINE}; border-radius: 8px; }}

/* the header over the workspace */
QFrame#header {{ background: {NAV}; border: none; }}
QFrame#header QLabel {{ color: {NAV_TEXT}; }}
QFrame#header QLabel[role="hint"] {{ color: {NAV_MUTED}; }}
QFrame#header QPushButton {{
    background: transparent; color: {NAV_TEXT}; border: 1px solid {NAV_MUTED};
    padding: 4px 10px;
}}
QFrame#header QPushButton:hover {{ background: {NAV_SELECTED}; }}
QFrame#header QPushButton:focus {{ border: 2px solid white; padding: 3px 9px; }}

/* the navigation column */
QListWidget#nav {{
    background: {NAV}; color: {NAV_TEXT}; border: none; border-radius: 0;
    padding: 6px 0; outline: none;
}}
QListWidget#nav::item {{ padding: 9px 10px; border-left: 4px solid transparent; }}
QListWidget#nav::item:selected {{
    background: {NAV_SELECTED}; color: white; border-left: 4px solid #ffffff;
}}
QListWidget#nav::item:hover:!selected {{ background: #21425f; }}
QListWidget#nav:focus {{ border: 2px solid #ffffff; }}

QListWidget#checklist {{ font-size: 11pt; }}
QListWidget#checklist::item {{ padding: 3px 4px; border-bottom: 1px solid #e3e8ed; }}
QLabel#stepHeader {{ font-size: 11pt; padding: 4px 0 6px 0; }}

QStatusBar {{ background: #e2e8ee; color: {INK}; border-top: 1px solid {LINE}; }}
QStatusBar QLabel {{ color: {INK}; padding: 0 8px; }}
QStatusBar::item {{ border: none; }}
"""


def step_header(titles: list[tuple[int, str]], current: int) -> str:
    """The wizard's step header (as MOSIP's registration client shows it): every step numbered,
    the steps done ticked, this one bold on the primary colour; colour is never the only sign
    (ticks, numbers and bold say the same)."""
    import html

    parts = []
    for number, (index, title) in enumerate(titles, start=1):
        text = html.escape(title)
        if index == current:
            parts.append(f'<span style="background:{PRIMARY}; color:#ffffff; font-weight:600;">'
                         f"&nbsp;{number}&nbsp;{text}&nbsp;</span>")
        elif index < current:
            parts.append(f'<span style="color:{OK};">\u2713&nbsp;{text}</span>')
        else:
            parts.append(f'<span style="color:{MUTED};">{number}&nbsp;{text}</span>')
    return f'<span style="color:{MUTED};"> › </span>'.join(parts)


def contrast(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two colours."""

    def luminance(name: str) -> float:
        colour = QColor(name)
        channels = []
        for value in (colour.redF(), colour.greenF(), colour.blueF()):
            channels.append(value / 12.92 if value <= 0.03928 else
                            ((value + 0.055) / 1.055) ** 2.4)
        red, green, blue = channels
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def palette() -> QPalette:
    colours = QPalette()
    role = QPalette.ColorRole
    for which, name in ((role.Window, WINDOW), (role.WindowText, INK), (role.Base, SURFACE),
                        (role.AlternateBase, "#f6f8fa"), (role.Text, INK),
                        (role.Button, SURFACE), (role.ButtonText, INK),
                        (role.Highlight, PRIMARY), (role.HighlightedText, "#ffffff"),
                        (role.ToolTipBase, SURFACE), (role.ToolTipText, INK),
                        (role.PlaceholderText, MUTED), (role.Link, PRIMARY)):
        colours.setColor(which, QColor(name))
    for which in (role.Text, role.WindowText, role.ButtonText):
        colours.setColor(QPalette.ColorGroup.Disabled, which, QColor(DISABLED))
    return colours


def font() -> QFont:
    """The first installed family of FONT_FAMILIES (narrow enough for French and Swahili)."""
    installed = set(QFontDatabase.families())
    chosen = QFont(QApplication.font())
    families = [name for name in FONT_FAMILIES if name in installed]
    if families:
        chosen.setFamilies(families)
    chosen.setPointSize(FONT_POINTS)
    return chosen


def apply_style(app: QApplication) -> None:
    """Palette, font and stylesheet, once per application."""
    if app.property("station_style"):
        return
    app.setStyle("Fusion")
    app.setPalette(palette())
    app.setFont(font())
    app.setStyleSheet(STYLESHEET)
    app.setProperty("station_style", True)


def icon(name: str) -> QIcon:
    """One of ui/icons/<name>.svg (drawn for the station; see ui/icons/README.md)."""
    return QIcon(str(ICONS / f"{name}.svg"))


ICON_SIZE = QSize(20, 20)


def primary(button: QPushButton) -> QPushButton:
    """Mark the page's main action (one a page): filled blue, bold."""
    button.setProperty("primary", True)
    _repolish(button)
    return button


def centred_labels(form: QFormLayout) -> QFormLayout:
    """Form labels on their field's middle line (Fusion puts them at its top edge)."""
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return form


def align_form_labels(root: QWidget) -> None:
    """Every form under `root`: each label as tall as its one-line field and centred on it."""
    for form in root.findChildren(QFormLayout):
        centred_labels(form)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            shown = label.widget() if label is not None else None
            editor = field.widget() if field is not None else None
            if shown is None or editor is None:
                continue
            height = editor.sizeHint().height()
            if height <= 48 and hasattr(shown, "setAlignment"):  # one-line fields only
                shown.setMinimumHeight(height)
                shown.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def danger(button: QPushButton) -> QPushButton:
    """Mark an action that cannot be undone (revoke, deactivate): filled red, bold."""
    button.setProperty("danger", True)
    _repolish(button)
    return button


Styled = TypeVar("Styled", bound=QWidget)


def set_role(widget: Styled, role: str) -> Styled:
    """Style a label as a `hint` (secondary text) or a `title`."""
    widget.setProperty("role", role)
    _repolish(widget)
    return widget


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
