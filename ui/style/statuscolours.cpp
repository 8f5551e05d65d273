#include "ui/style/statuscolours.h"

namespace StatusColours {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness()
           < palette.color(QPalette::WindowText).lightness();
}

QColor error(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QColor warning(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xcc, 0x80) : QColor(0xb2, 0x6a, 0x00);
}

QString errorStyleSheet(const QPalette &palette)
{
    return QStringLiteral("color: %1;").arg(error(palette).name());
}

QString bannerStyleSheet(const QPalette &palette)
{
    const bool dark = isDark(palette);
    return QStringLiteral("QLabel { background: %1; color: %2; padding: 8px 12px; }")
        .arg(dark ? QStringLiteral("#5c1a16") : QStringLiteral("#fdecea"),
             dark ? QStringLiteral("#fdecea") : QStringLiteral("#611a15"));
}

} // namespace StatusColours
