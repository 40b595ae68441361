#include "BimiPanel.h"

#include <QFormLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace {
QLabel* makeLabel(QWidget* parent, const char* name) {
    auto* l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QString bullets(const QStringList& items) {
    QStringList out;
    for (const QString& i : items)
        out << QStringLiteral("• ") + i;
    return out.join(QLatin1Char('\n'));
}
} // namespace

BimiPanel::BimiPanel(QWidget* parent)
    : QWidget(parent)
    , m_record(makeLabel(this, "bimiRecord"))
    , m_dmarc(makeLabel(this, "bimiDmarc"))
    , m_logo(new QLabel(this))
    , m_logoText(makeLabel(this, "bimiLogoText"))
    , m_authority(makeLabel(this, "bimiAuthority")) {
    m_logo->setObjectName(QStringLiteral("bimiLogo"));
    m_logo->setFixedSize(logoSize, logoSize);
    m_logo->setAlignment(Qt::AlignCenter);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Record:"), m_record);
    form->addRow(tr("DMARC prerequisite:"), m_dmarc);
    form->addRow(tr("Logo:"), m_logo);
    form->addRow(QString(), m_logoText);
    form->addRow(tr("Mark Certificate:"), m_authority);
    setBimi(BimiResult{});
}

void BimiPanel::setBimi(const BimiResult& b) {
    m_logo->clear();
    m_logoShown = false;
    m_dmarc->clear();
    m_logoText->clear();
    m_authority->clear();
    if (!b.record) {
        m_record->setText(b.name.isEmpty() ? tr("Not checked yet.")
                          : b.dnsError.isEmpty()
                              ? tr("No BIMI record at %1: receivers show no brand logo.").arg(b.name)
                              : tr("The BIMI record at %1 could not be read: %2").arg(b.name, b.dnsError));
        return;
    }
    QString record = b.record->text;
    if (b.fromOrganizationalDomain)
        record +=
            QLatin1Char('\n') + tr("Found at %1 (the organizational domain's record applies).").arg(b.name);
    if (!b.record->errors.isEmpty())
        record += QLatin1Char('\n') + tr("Invalid; receivers ignore it:") + QLatin1Char('\n') +
                  bullets(b.record->errors);
    if (b.declined())
        record += QLatin1Char('\n') + tr("Declination to publish: receivers show no logo for this domain.");
    m_record->setText(record);
    if (!b.record->isValid() || b.declined())
        return;

    if (b.dmarc.checked)
        m_dmarc->setText(
            b.dmarc.enforced
                ? tr("Met: DMARC quarantine or reject for all mail (RFC 9989: %1, RFC 7489: %2).")
                      .arg(b.dmarc.policy9989, b.dmarc.policy7489)
                : tr("Not met, no logo is shown:") + QLatin1Char('\n') + bullets(b.dmarc.problems));

    // The logo is drawn only when it passed the profile check: never render what failed it.
    if (b.logo.valid && !b.logo.svg.isEmpty()) {
        QSvgRenderer renderer(b.logo.svg);
        if (renderer.isValid()) {
            const qreal dpr = devicePixelRatioF();
            QPixmap pixmap(QSize(logoSize, logoSize) * dpr);
            pixmap.setDevicePixelRatio(dpr);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            renderer.render(&painter, QRectF(0, 0, logoSize, logoSize));
            painter.end();
            m_logo->setPixmap(pixmap);
            m_logoShown = true;
        }
    }
    if (!b.notFetched.isEmpty())
        m_logoText->setText(b.notFetched);
    else if (b.logo.fetched)
        m_logoText->setText(b.logo.valid ? tr("%1\nSVG Tiny PS, title \"%2\".").arg(b.logo.url, b.logo.title)
                                         : tr("%1\nNot valid; not shown:").arg(b.logo.url) +
                                               QLatin1Char('\n') + bullets(b.logo.errors));

    if (b.authority.url.isEmpty()) {
        m_authority->setText(tr("None (a= is empty): most mailbox providers need a VMC or CMC."));
    } else if (b.authority.fetched) {
        QStringList lines{b.authority.url};
        if (const auto& e = b.authority.evidence) {
            lines
                << tr("Subject: %1").arg(e->subject) << tr("Issuer: %1").arg(e->issuer)
                << tr("Valid from %1 to %2")
                       .arg(QLocale().toString(e->notBefore, QLocale::ShortFormat),
                            QLocale().toString(e->notAfter, QLocale::ShortFormat))
                << tr("Names: %1").arg(e->sans.isEmpty() ? tr("(none)") : e->sans.join(QStringLiteral(", ")));
        }
        lines << (b.authority.valid ? tr("Valid.")
                                    : tr("Not valid:") + QLatin1Char('\n') + bullets(b.authority.errors));
        m_authority->setText(lines.join(QLatin1Char('\n')));
    }
}
