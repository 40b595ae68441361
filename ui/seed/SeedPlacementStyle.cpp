#include "SeedPlacementStyle.h"

#include "AppTheme.h"
#include "seed/SeedResult.h"

#include <QApplication>
#include <QStyle>

namespace {
QString tr(const char* text) {
    return QApplication::translate("SeedPlacementStyle", text);
}
} // namespace

QString SeedPlacementStyle::word(SeedPlacement placement) {
    switch (placement) {
    case SeedPlacement::Inbox:
        return tr("Inbox");
    case SeedPlacement::Spam:
        return tr("Spam");
    case SeedPlacement::Other:
        return tr("Other folder");
    case SeedPlacement::Missing:
        return tr("Missing");
    }
    return {};
}

QString SeedPlacementStyle::errorWord(SeedMailboxObservation::Error error) {
    using E = SeedMailboxObservation::Error;
    switch (error) {
    case E::None:
        return {};
    case E::HostNotFound:
        return tr("host not found");
    case E::Refused:
        return tr("connection refused");
    case E::Timeout:
        return tr("timeout");
    case E::TlsCertificate:
        return tr("bad certificate");
    case E::TlsHandshake:
        return tr("TLS failed");
    case E::LoginRefused:
        return tr("login refused");
    case E::Protocol:
        return tr("not IMAP / protocol error");
    case E::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QString SeedPlacementStyle::word(const SeedResult& result) {
    if (result.failed())
        return errorWord(result.error);
    if (!result.lookedInto)
        return tr("Not checked");
    return word(result.placement);
}

SeedPlacementStyle::Kind SeedPlacementStyle::kind(SeedPlacement placement) {
    switch (placement) {
    case SeedPlacement::Inbox:
        return Kind::Good;
    case SeedPlacement::Other:
        return Kind::Neutral;
    case SeedPlacement::Spam:
    case SeedPlacement::Missing:
        return Kind::Bad;
    }
    return Kind::Neutral;
}

SeedPlacementStyle::Kind SeedPlacementStyle::kind(const SeedResult& result) {
    if (result.failed())
        return result.error == SeedMailboxObservation::Error::Cancelled ? Kind::Neutral : Kind::Failed;
    if (!result.lookedInto)
        return Kind::Neutral;
    return kind(result.placement);
}

QIcon SeedPlacementStyle::icon(Kind kind) {
    const QStyle* style = QApplication::style();
    if (!style)
        return {};
    switch (kind) {
    case Kind::Good:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case Kind::Bad:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Kind::Neutral:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case Kind::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

QColor SeedPlacementStyle::colour(Kind kind) {
    switch (kind) {
    case Kind::Good:
        return AppTheme::readable(QColor(0x2e, 0x8b, 0x57));
    case Kind::Bad:
        return AppTheme::readable(QColor(0xb0, 0x6a, 0x00));
    case Kind::Neutral:
        return AppTheme::readable(QColor(0x4a, 0x7e, 0xbb));
    case Kind::Failed:
        return AppTheme::readable(QColor(0xd0, 0x3a, 0x2f));
    }
    return {};
}

QString SeedPlacementStyle::waitingWord() {
    return tr("waiting");
}

QString SeedPlacementStyle::progressWord(const SeedProgress& progress) {
    using S = SeedProgress::State;
    switch (progress.state) {
    case S::Sending:
        return tr("sending");
    case S::Sent:
        return tr("sent");
    case S::Waiting:
        return tr("looked, not there yet");
    case S::Found:
        return tr("found in \"%1\"").arg(progress.detail);
    case S::Failed:
        return tr("failed: %1").arg(progress.detail);
    }
    return {};
}
