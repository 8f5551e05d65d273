#pragma once

#include <QLoggingCategory>

// One logging category per module of core. Debug output is off unless asked for
// (QT_LOGGING_RULES="devpulse.*.debug=true"); nothing logged may contain a secret.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)  // devpulse.storage
Q_DECLARE_LOGGING_CATEGORY(lcNet)      // devpulse.net
Q_DECLARE_LOGGING_CATEGORY(lcAuth)     // devpulse.auth
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)  // devpulse.secrets
Q_DECLARE_LOGGING_CATEGORY(lcAccounts) // devpulse.accounts
Q_DECLARE_LOGGING_CATEGORY(lcSync)     // devpulse.sync
