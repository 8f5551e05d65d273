#include "ui/pages/firststepsview.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

FirstStepsView::FirstStepsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));

    auto *title = new QLabel(tr("Welcome to DevPulse"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *intro = new QLabel(
        tr("Your cache is empty. Connect a source of activity and DevPulse will keep a copy on "
           "this computer, then chart your commits, pull requests and coding time."),
        this);
    intro->setObjectName(QStringLiteral("firstStepsIntro"));
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);
    // Word-wrapped labels in a centred layout shrink to their narrowest, and an aligned layout
    // item asks for the one-line height: give it a width and the height of its lines there.
    intro->setFixedWidth(560);
    intro->setMinimumHeight(intro->heightForWidth(560));

    const struct
    {
        const char *objectName;
        QString label;
        QString hint;
        const char *providerId;
    } steps[] = {
        {"connectGitHubButton", tr("Connect &GitHub"),
         tr("Sign in through your browser: repositories, commits, pull requests, issues."),
         "github"},
        {"addApiKeyButton", tr("Add an &API key"),
         tr("WakaTime, Codewars or Exercism: your coding time and solved exercises."), "wakatime"},
        {"importCsvButton", tr("&Import a CSV file"),
         tr("Activity you tracked elsewhere: date, service, minutes, title."), "csv"},
        {"addLocalRepositoryButton", tr("Add a &local repository"),
         tr("A git folder on this computer; no account needed."), "localgit"},
    };

    // Command link buttons carry a title and a sentence each, like a first-run wizard.
    auto *stepsLayout = new QVBoxLayout;
    stepsLayout->setSpacing(6);
    for (const auto &step : steps) {
        auto *button = new QCommandLinkButton(step.label, step.hint, this);
        button->setObjectName(QLatin1String(step.objectName));
        button->setAccessibleDescription(step.hint);
        stepsLayout->addWidget(button);
        const QString providerId = QLatin1String(step.providerId);
        connect(button, &QPushButton::clicked, this,
                [this, providerId] { emit stepChosen(providerId); });
    }

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(intro, 0, Qt::AlignHCenter);
    layout->addSpacing(24);
    auto *stepsHolder = new QWidget(this);
    stepsHolder->setLayout(stepsLayout);
    stepsHolder->setFixedWidth(560);
    layout->addWidget(stepsHolder, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}
