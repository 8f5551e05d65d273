#include "core/common/logging.h"

Q_LOGGING_CATEGORY(lcStorage, "devpulse.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "devpulse.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "devpulse.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "devpulse.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAccounts, "devpulse.accounts", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "devpulse.sync", QtInfoMsg)
