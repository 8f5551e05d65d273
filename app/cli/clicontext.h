#pragma once

#include "app/cli/cli.h"
#include "app/cli/clioutput.h"
#include "core/common/result.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

class SecretStore;

/// What every command shares: the parsed data folder and cache, the keychain, standard
/// output and error, and how an Error becomes an exit code and a line on standard error.
class CliContext final
{
public:
    explicit CliContext(QStringList arguments);
    ~CliContext();

    /// The arguments after the command words ("devpulse auth login --x" -> ["--x"]).
    const QStringList &arguments() const { return m_arguments; }

    /// Parses `parser` against arguments() (with --data-dir and --help added); false (and the
    /// exit code in `exitCode`) when the command should stop: help shown or usage error.
    bool parse(QCommandLineParser &parser, const QString &usage, int *exitCode);

    /// Opens the cache: the team database chosen by --database, $DEVPULSE_DATABASE or
    /// Settings (its password from the keychain), else the SQLite cache in the data folder
    /// (migrating it); an error is printed.
    bool openCache(int *exitCode);
    /// openCache for commands that write (sync, sign-in, import): refused, with a sentence,
    /// when this DevPulse only reads the team database.
    bool openCacheForWriting(int *exitCode);
    bool readOnly() const { return m_readOnly; }
    /// The data folder the user named (--data-dir), "" for the default.
    QString dataDirOption() const { return m_dataDir; }
    /// The keychain's password of a team database for this process's connections.
    Result<void> loadDatabasePassword(const QString &address);
    QString cacheAddress() const { return m_cacheAddress; }
    SecretStore &secrets();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    bool errIsTerminal() const { return m_errIsTerminal; }
    /// Standard input, whole (tokens and keys are read from there, never from arguments).
    QString readStandardInput();

    /// --format table|json|csv, for commands that print rows.
    static QCommandLineOption outputFormatOption();
    /// The --format value, or nothing after a usage error (its exit code in `exitCode`).
    std::optional<CliOutput::Format> outputFormat(const QCommandLineParser &parser, int *exitCode);

    /// Prints the error and returns its exit code.
    int fail(const Error &error);
    int usageError(const QString &message);

private:
    QStringList m_arguments;
    QString m_dataDir;
    QString m_database;
    bool m_readOnly = false;
    QString m_cacheAddress;
    std::unique_ptr<SecretStore> m_secrets;
    QTextStream m_out;
    QTextStream m_err;
    bool m_errIsTerminal = false;
};
