<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivitySync</name>
    <message>
        <source>%1 answered in a form DevPulse does not know (%2). The service may have changed; look for a DevPulse update.</source>
        <translation>%1 hat in einer Form geantwortet, die DevPulse nicht kennt (%2). Möglicherweise hat sich der Dienst geändert; suchen Sie nach einer neuen Version von DevPulse.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>bars above %1 are cut (▲; hover for their value)</source>
        <translation>Balken über %1 sind abgeschnitten (▲; der Tooltip zeigt ihren Wert)</translation>
    </message>
    <message>
        <source>bars below %1 are cut (▼)</source>
        <translation>Balken unter %1 sind abgeschnitten (▼)</translation>
    </message>
    <message>
        <source>scale: %1</source>
        <translation>Skala: %1</translation>
    </message>
</context>
<context>
    <name>BarChartView</name>
    <message>
        <source>%1 %2</source>
        <extracomment>e.g. &quot;Lines per week&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>BlockingApiClient</name>
    <message>
        <source>Sync cancelled.</source>
        <translation>Synchronisierung abgebrochen.</translation>
    </message>
    <message>
        <source>%1&apos;s rate limit for this account is used up until %2. DevPulse will sync again after that.</source>
        <translation>Das Anfragelimit von %1 für dieses Konto ist bis %2 ausgeschöpft. Danach synchronisiert DevPulse wieder.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 when DevPulse asked for %3. Try again later; if it keeps happening, reconnect the account.</source>
        <translation>%1 hat mit HTTP %2 geantwortet, als DevPulse %3 abgefragt hat. Versuchen Sie es später erneut; wenn der Fehler weiterhin auftritt, verbinden Sie das Konto erneut.</translation>
    </message>
    <message>
        <source>%1 sent an answer DevPulse cannot read (%2). The sync stopped here and will continue from this point next time.</source>
        <translation>%1 hat eine Antwort gesendet, die DevPulse nicht lesen kann (%2). Die Synchronisierung wurde hier angehalten und wird beim nächsten Mal an dieser Stelle fortgesetzt.</translation>
    </message>
    <message>
        <source>%1 sent an answer DevPulse cannot read (%2), several times. The sync stopped here and will continue from this point next time.</source>
        <translation>%1 hat mehrmals eine Antwort geschickt, die DevPulse nicht lesen kann (%2). Die Synchronisierung hat hier angehalten und macht beim nächsten Mal an dieser Stelle weiter.</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>This copy of DevPulse has no GitHub OAuth App configured, so it cannot sign in through the browser. Paste a personal access token instead, or set DEVPULSE_GITHUB_CLIENT_ID (see the README).</source>
        <translation>In dieser DevPulse-Installation ist keine GitHub OAuth App eingerichtet, daher ist keine Anmeldung über den Browser möglich. Fügen Sie stattdessen ein persönliches Zugriffstoken ein oder setzen Sie DEVPULSE_GITHUB_CLIENT_ID (siehe README).</translation>
    </message>
    <message>
        <source>No answer came from the browser in time. Start the sign-in again, or sign in with a code.</source>
        <translation>Vom Browser kam nicht rechtzeitig eine Antwort. Starten Sie die Anmeldung erneut oder melden Sie sich mit einem Code an.</translation>
    </message>
</context>
<context>
    <name>CacheAddress</name>
    <message>
        <source>“%1” is not a PostgreSQL address DevPulse can use: %2 Write it as postgresql://user@host:port/database.</source>
        <translation>„%1“ ist keine PostgreSQL-Adresse, die DevPulse verwenden kann: %2 Schreiben Sie sie als postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>it is not a postgresql:// web address.</source>
        <translation>Sie ist keine postgresql://-Adresse.</translation>
    </message>
    <message>
        <source>Leave the password out of the database address: DevPulse keeps it in your keychain. Store it with “devpulse cache password”.</source>
        <translation>Lassen Sie das Passwort aus der Datenbankadresse weg: DevPulse bewahrt es in Ihrem Schlüsselbund auf. Speichern Sie es mit „devpulse cache password“.</translation>
    </message>
    <message>
        <source>it names no host.</source>
        <translation>Sie nennt keinen Host.</translation>
    </message>
    <message>
        <source>it names no database.</source>
        <translation>Sie nennt keine Datenbank.</translation>
    </message>
    <message>
        <source>it names no user.</source>
        <translation>Sie nennt keinen Benutzer.</translation>
    </message>
    <message>
        <source>the schema must be a plain lower-case name.</source>
        <translation>Das Schema muss ein einfacher Name in Kleinbuchstaben sein.</translation>
    </message>
    <message>
        <source>sslmode must be one of %1.</source>
        <translation>sslmode muss einer dieser Werte sein: %1.</translation>
    </message>
    <message>
        <source>DevPulse does not know the option “%1”.</source>
        <translation>DevPulse kennt die Option „%1“ nicht.</translation>
    </message>
    <message>
        <source>the CA file&apos;s path must not hold &apos; or ;.</source>
        <translation>der Pfad der CA-Datei darf weder &apos; noch ; enthalten.</translation>
    </message>
    <message>
        <source>the CA file “%1” does not exist.</source>
        <translation>die CA-Datei „%1“ gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>CacheCopy</name>
    <message>
        <source>The target already holds another cache&apos;s data (account “%1”). Copy into an empty database or schema, or into the one this cache was copied to before.</source>
        <translation>Das Ziel enthält bereits Daten eines anderen Caches (Konto „%1“). Kopieren Sie in eine leere Datenbank oder ein leeres Schema oder in das, in das dieser Cache schon einmal kopiert wurde.</translation>
    </message>
    <message>
        <source>Both caches must be at this DevPulse&apos;s schema (version %1); one is at version %2. Open it with this DevPulse once first.</source>
        <translation>Beide Caches müssen das Schema dieses DevPulse haben (Version %1); einer hat Version %2. Öffnen Sie ihn zuerst einmal mit diesem DevPulse.</translation>
    </message>
    <message>
        <source>The copy is incomplete: table %1 has %2 rows here and %3 in the target. Run the copy again; it continues where it stopped.</source>
        <translation>Die Kopie ist unvollständig: Tabelle %1 hat hier %2 Zeilen und im Ziel %3. Starten Sie die Kopie erneut; sie setzt dort fort, wo sie aufgehört hat.</translation>
    </message>
    <message>
        <source>The target holds %1 this cache does not have: a copy of another cache of the same accounts, or syncs made into it since. Copying this cache over it would mix the two. Copy into an empty database or schema, or let this DevPulse sync the team database directly (devpulse sync --database URL).</source>
        <translation>Das Ziel enthält %1, die dieser Cache nicht hat: eine Kopie eines anderen Caches derselben Konten oder seither dort gemachte Synchronisierungen. Diesen Cache darüber zu kopieren, würde beide vermischen. Kopieren Sie in eine leere Datenbank oder ein leeres Schema, oder lassen Sie dieses DevPulse die Team-Datenbank direkt synchronisieren (devpulse sync --database URL).</translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <source>DevPulse&apos;s cache file %1 is damaged and could not be moved aside. Move or rename it yourself, then start DevPulse again.</source>
        <translation>Die Cache-Datei %1 von DevPulse ist beschädigt und konnte nicht beiseitegelegt werden. Verschieben Sie sie selbst oder benennen Sie sie um und starten Sie DevPulse dann erneut.</translation>
    </message>
    <message>
        <source>DevPulse could not connect to the team database %1. Check that the server is running and reachable from here, and the user and its password (devpulse cache password). DevPulse tries again at the next refresh.</source>
        <translation>DevPulse konnte keine Verbindung zur Team-Datenbank %1 herstellen. Prüfen Sie, ob der Server läuft und von hier erreichbar ist, sowie den Benutzer und sein Passwort (devpulse cache password). DevPulse versucht es bei der nächsten Aktualisierung erneut.</translation>
    </message>
    <message>
        <source>DevPulse needs Qt&apos;s PostgreSQL driver for a team database. Install it (Debian: apt install libqt6sql6-psql) and start DevPulse again.</source>
        <translation>DevPulse braucht für eine Team-Datenbank den PostgreSQL-Treiber von Qt. Installieren Sie ihn (Debian: apt install libqt6sql6-psql) und starten Sie DevPulse erneut.</translation>
    </message>
    <message>
        <source>The team database %1 has schema version %2, this DevPulse needs %3, and your database user may only read it. Ask whoever runs the syncing DevPulse to run the same version as you.</source>
        <translation>Die Team-Datenbank %1 hat die Schemaversion %2, dieses DevPulse braucht %3, und Ihr Datenbankbenutzer darf sie nur lesen. Bitten Sie die Person, die das synchronisierende DevPulse betreibt, dieselbe Version wie Sie zu verwenden.</translation>
    </message>
    <message>
        <source>DevPulse could not make a secure connection to the team database %1: the server&apos;s certificate or TLS settings do not match the address. Check its sslmode, and with verify-ca or verify-full its sslrootcert (the CA file).</source>
        <translation>DevPulse konnte keine sichere Verbindung zur Team-Datenbank %1 herstellen: Das Zertifikat des Servers oder die TLS-Einstellungen passen nicht zur Adresse. Prüfen Sie ihr sslmode und bei verify-ca oder verify-full ihr sslrootcert (die CA-Datei).</translation>
    </message>
</context>
<context>
    <name>CacheQuery</name>
    <message>
        <source>“%1” is not a field of %2. Fields: %3.</source>
        <translation>„%1“ ist kein Feld von %2. Felder: %3.</translation>
    </message>
    <message>
        <source>“%1” is not a valid value for %2.</source>
        <translation>„%1“ ist kein gültiger Wert für %2.</translation>
    </message>
    <message>
        <source>“%1” is not a collection. Collections: %2.</source>
        <translation>„%1“ ist keine Sammlung. Sammlungen: %2.</translation>
    </message>
    <message>
        <source>--limit must be between 1 and 10000 and --page at least 1.</source>
        <translation>--limit muss zwischen 1 und 10000 liegen und --page mindestens 1 sein.</translation>
    </message>
</context>
<context>
    <name>CalendarHeatmapWidget</name>
    <message>
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n commits</source>
        <translation>
            <numerusform>%1: %n Commit</numerusform>
            <numerusform>%1: %n Commits</numerusform>
        </translation>
    </message>
    <message>
        <source>Commits per day</source>
        <translation>Commits pro Tag</translation>
    </message>
    <message>
        <source>Calendar: a block per year, one square per day, darker for more commits.</source>
        <translation>Kalender: ein Block pro Jahr, ein Quadrat pro Tag, dunkler bei mehr Commits.</translation>
    </message>
    <message>
        <source>%1 · %2 commits</source>
        <comment>year, commits</comment>
        <translation>%1 · %2 Commits</translation>
    </message>
    <message>
        <source>More (up to %1 commits a day)</source>
        <translation>Mehr (bis zu %1 Commits am Tag)</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Bars per</source>
        <translation>Balken pro</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>How long one bar lasts. A finer one than the chart&apos;s width can show is replaced by the finest that fits.</source>
        <translation>Wie lange ein Balken dauert. Ist die Wahl feiner, als die Breite des Diagramms zeigen kann, gilt die feinste, die passt.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Show the numbers as a table</source>
        <translation>Die Zahlen als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Numbers as CSV…</source>
        <translation>Zahlen als CSV…</translation>
    </message>
    <message>
        <source>Picture as PNG…</source>
        <translation>Bild als PNG…</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>Export the numbers as CSV</source>
        <translation>Die Zahlen als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>bucket</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Das Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>ChecklistButton</name>
    <message>
        <source>Type to filter…</source>
        <translation>Tippen zum Filtern…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>“%1” needs a subcommand.

%2</source>
        <translation>„%1“ braucht einen Unterbefehl.

%2</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Bei %1 als %2 angemeldet.</translation>
    </message>
    <message>
        <source>GitHub Enterprise address (default github.com).</source>
        <translation>Adresse von GitHub Enterprise (Standard: github.com).</translation>
    </message>
    <message>
        <source>Read a personal access token from standard input.</source>
        <translation>Ein persönliches Zugriffstoken von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Sign in with a code entered in a browser anywhere.</source>
        <translation>Mit einem Code anmelden, der in einem beliebigen Browser eingegeben wird.</translation>
    </message>
    <message>
        <source>Sign in in this computer&apos;s browser.</source>
        <translation>Im Browser dieses Computers anmelden.</translation>
    </message>
    <message>
        <source>Usage: devpulse auth login [--host URL] (--with-token | --device | --web)</source>
        <translation>Aufruf: devpulse auth login [--host URL] (--with-token | --device | --web)</translation>
    </message>
    <message>
        <source>Choose one of --with-token, --device or --web.</source>
        <translation>Wählen Sie eine der Optionen --with-token, --device oder --web.</translation>
    </message>
    <message>
        <source>No token on standard input. Example: devpulse auth login --with-token &lt; token.txt</source>
        <translation>Kein Token auf der Standardeingabe. Beispiel: devpulse auth login --with-token &lt; token.txt</translation>
    </message>
    <message>
        <source>This copy of DevPulse has no GitHub OAuth App client id. Set DEVPULSE_GITHUB_CLIENT_ID (see README) or use --with-token.</source>
        <translation>Diese DevPulse-Installation hat keine Client-ID für eine GitHub OAuth App. Setzen Sie DEVPULSE_GITHUB_CLIENT_ID (siehe README) oder verwenden Sie --with-token.</translation>
    </message>
    <message>
        <source>Open %1 and enter the code %2 (valid until %3).</source>
        <translation>Öffnen Sie %1 und geben Sie den Code %2 ein (gültig bis %3).</translation>
    </message>
    <message>
        <source>Opening your browser; if nothing opens, visit:
%1</source>
        <translation>Ihr Browser wird geöffnet; falls sich nichts öffnet, rufen Sie folgende Adresse auf:
%1</translation>
    </message>
    <message>
        <source>Sign-in stopped.</source>
        <translation>Anmeldung gestoppt.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Usage: devpulse auth status [--json]</source>
        <translation>Aufruf: devpulse auth status [--json]</translation>
    </message>
    <message>
        <source>No accounts. Sign in with: devpulse auth login --with-token</source>
        <translation>Keine Konten. Anmelden mit: devpulse auth login --with-token</translation>
    </message>
    <message>
        <source>The account: id, login or provider:login.</source>
        <translation>Das Konto: ID, Benutzername oder provider:login.</translation>
    </message>
    <message>
        <source>Also delete everything cached for the account.</source>
        <translation>Auch alle zwischengespeicherten Daten des Kontos löschen.</translation>
    </message>
    <message>
        <source>Usage: devpulse auth logout [--account A] [--purge]</source>
        <translation>Aufruf: devpulse auth logout [--account A] [--purge]</translation>
    </message>
    <message>
        <source>Signed out of %1; its cached data was deleted.</source>
        <translation>Von %1 abgemeldet; die zwischengespeicherten Daten wurden gelöscht.</translation>
    </message>
    <message>
        <source>Signed out of %1; its cached data was kept.</source>
        <translation>Von %1 abgemeldet; die zwischengespeicherten Daten wurden behalten.</translation>
    </message>
    <message>
        <source>There is no account yet. Sign in with: devpulse auth login</source>
        <translation>Es gibt noch kein Konto. Anmelden mit: devpulse auth login</translation>
    </message>
    <message>
        <source>No account “%1”. See: devpulse auth status</source>
        <translation>Kein Konto „%1“. Siehe: devpulse auth status</translation>
    </message>
    <message>
        <source>Several accounts match; choose one with --account: %1</source>
        <translation>Mehrere Konten passen; wählen Sie eines mit --account: %1</translation>
    </message>
    <message>
        <source>Unknown auth command “%1”: use login, status or logout.</source>
        <translation>Unbekannter auth-Befehl „%1“: Verwenden Sie login, status oder logout.</translation>
    </message>
    <message>
        <source>Unknown provider command “%1”: use add.</source>
        <translation>Unbekannter provider-Befehl „%1“: Verwenden Sie add.</translation>
    </message>
    <message>
        <source>Your username there.</source>
        <translation>Ihr Benutzername dort.</translation>
    </message>
    <message>
        <source>The repository folder (localgit).</source>
        <translation>Der Repository-Ordner (localgit).</translation>
    </message>
    <message>
        <source>A self-hosted server&apos;s address.</source>
        <translation>Die Adresse eines selbst betriebenen Servers.</translation>
    </message>
    <message>
        <source>wakatime, codewars, exercism or localgit</source>
        <translation>wakatime, codewars, exercism oder localgit</translation>
    </message>
    <message>
        <source>Usage: devpulse provider add wakatime|codewars|exercism|localgit [--user NAME] [--folder DIR] (keys on standard input)</source>
        <translation>Aufruf: devpulse provider add wakatime|codewars|exercism|localgit [--user NAME] [--folder DIR] (Schlüssel über die Standardeingabe)</translation>
    </message>
    <message>
        <source>Unknown provider “%1”. GitHub: devpulse auth login; CSV files: devpulse import csv FILE.
%2</source>
        <translation>Unbekannter Dienst „%1“. GitHub: devpulse auth login; CSV-Dateien: devpulse import csv FILE.
%2</translation>
    </message>
    <message>
        <source>Connected %1 (%2). Sync it with: devpulse sync --account %3:%2</source>
        <translation>%1 (%2) verbunden. Synchronisieren mit: devpulse sync --account %3:%2</translation>
    </message>
    <message>
        <source>Use the cache in &lt;folder&gt; (also: environment variable %1).</source>
        <translation>Den Cache in &lt;Ordner&gt; verwenden (auch: Umgebungsvariable %1).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>devpulse: the cache was damaged; it was kept as %1 and a fresh one started.
</source>
        <translation>devpulse: Der Cache war beschädigt; er wurde als %1 aufbewahrt und ein neuer angelegt.
</translation>
    </message>
    <message>
        <source>table (default), json or csv.</source>
        <translation>table (Standard), json oder csv.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use table, json or csv.</source>
        <translation>Unbekanntes Format „%1“: Verwenden Sie table, json oder csv.</translation>
    </message>
    <message>
        <source>--%1 wants a date like 2026-11-25, not “%2”.</source>
        <translation>--%1 erwartet ein Datum wie 2026-11-25, nicht „%2“.</translation>
    </message>
    <message>
        <source>Only rows whose FIELD equals VALUE; repeatable.</source>
        <translation>Nur Zeilen, deren FIELD gleich VALUE ist; wiederholbar.</translation>
    </message>
    <message>
        <source>From this day (UTC).</source>
        <translation>Ab diesem Tag (UTC).</translation>
    </message>
    <message>
        <source>Up to this day (UTC).</source>
        <translation>Bis zu diesem Tag (UTC).</translation>
    </message>
    <message>
        <source>Sort by FIELD, :asc or :desc (default desc).</source>
        <translation>Nach FIELD sortieren, :asc oder :desc (Standard: desc).</translation>
    </message>
    <message>
        <source>Rows per page (default 50).</source>
        <translation>Zeilen pro Seite (Standard: 50).</translation>
    </message>
    <message>
        <source>Page number, from 1.</source>
        <translation>Seitennummer, ab 1.</translation>
    </message>
    <message>
        <source>Usage: devpulse query %1 [--filter FIELD=VALUE]... [--since D] [--until D] [--sort FIELD[:asc|:desc]] [--limit N] [--page N] [--format table|json|csv]
Fields of %1: %2</source>
        <translation>Aufruf: devpulse query %1 [--filter FIELD=VALUE]... [--since D] [--until D] [--sort FIELD[:asc|:desc]] [--limit N] [--page N] [--format table|json|csv]
Felder von %1: %2</translation>
    </message>
    <message>
        <source>--filter wants FIELD=VALUE, not “%1”.</source>
        <translation>--filter erwartet FIELD=VALUE, nicht „%1“.</translation>
    </message>
    <message>
        <source>--sort wants FIELD, FIELD:asc or FIELD:desc.</source>
        <translation>--sort erwartet FIELD, FIELD:asc oder FIELD:desc.</translation>
    </message>
    <message>
        <source>--limit and --page want whole numbers.</source>
        <translation>--limit und --page erwarten ganze Zahlen.</translation>
    </message>
    <message>
        <source>Where to look: commits, pulls, issues (comma separated).</source>
        <translation>Wo gesucht wird: commits, pulls, issues (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>At most N hits (default 50).</source>
        <translation>Höchstens N Treffer (Standard: 50).</translation>
    </message>
    <message>
        <source>Words to find (prefixes match).</source>
        <translation>Zu suchende Wörter (Wortanfänge genügen).</translation>
    </message>
    <message>
        <source>Usage: devpulse search TEXT [--in commits,pulls,issues] [--limit N] [--format table|json|csv]</source>
        <translation>Aufruf: devpulse search TEXT [--in commits,pulls,issues] [--limit N] [--format table|json|csv]</translation>
    </message>
    <message>
        <source>What should DevPulse search for? devpulse search TEXT</source>
        <translation>Wonach soll DevPulse suchen? devpulse search TEXT</translation>
    </message>
    <message>
        <source>--in takes commits, pulls and issues, not “%1”.</source>
        <translation>--in akzeptiert commits, pulls und issues, nicht „%1“.</translation>
    </message>
    <message>
        <source>--limit wants a number from 1 to 10000.</source>
        <translation>--limit erwartet eine Zahl von 1 bis 10000.</translation>
    </message>
    <message>
        <source>Up to this day.</source>
        <translation>Bis zu diesem Tag.</translation>
    </message>
    <message>
        <source>Only this repository (owner/name); repeatable.</source>
        <translation>Nur dieses Repository (owner/name); wiederholbar.</translation>
    </message>
    <message>
        <source>Hours in your time zone (local, default) or each author&apos;s (author).</source>
        <translation>Uhrzeiten in Ihrer Zeitzone (local, Standard) oder in der Zeitzone der jeweiligen Person (author).</translation>
    </message>
    <message>
        <source>Only this person&apos;s work (login, or email for commits without one); repeatable.</source>
        <translation>Nur die Arbeit dieser Person (Benutzername oder, bei Commits ohne Benutzername, E-Mail-Adresse); wiederholbar.</translation>
    </message>
    <message>
        <source>Unknown metric “%1”.
%2</source>
        <translation>Unbekannte Kennzahl „%1“.
%2</translation>
    </message>
    <message>
        <source>--tz takes local or author.</source>
        <translation>--tz akzeptiert local oder author.</translation>
    </message>
    <message>
        <source>No repository “%1” in the cache.</source>
        <translation>Kein Repository „%1“ im Cache.</translation>
    </message>
    <message>
        <source>Unknown import “%1”: use devpulse import csv FILE.</source>
        <translation>Unbekannter Import „%1“: Verwenden Sie devpulse import csv FILE.</translation>
    </message>
    <message>
        <source>Check the file and print the report; write nothing.</source>
        <translation>Datei prüfen und Bericht ausgeben; nichts schreiben.</translation>
    </message>
    <message>
        <source>A CSV file: date,service,minutes,title.</source>
        <translation>Eine CSV-Datei: date,service,minutes,title.</translation>
    </message>
    <message>
        <source>Usage: devpulse import csv FILE [--dry-run]</source>
        <translation>Aufruf: devpulse import csv FILE [--dry-run]</translation>
    </message>
    <message>
        <source>Which file? devpulse import csv FILE</source>
        <translation>Welche Datei? devpulse import csv FILE</translation>
    </message>
    <message>
        <source>%1 valid rows, %2 rows with problems.</source>
        <translation>%1 gültige Zeilen, %2 Zeilen mit Problemen.</translation>
    </message>
    <message>
        <source>Imported: %1 new rows, %2 already there, %3 left out.</source>
        <translation>Importiert: %1 neue Zeilen, %2 bereits vorhanden, %3 ausgelassen.</translation>
    </message>
    <message>
        <source>pdf, csv or png.</source>
        <translation>pdf, csv oder png.</translation>
    </message>
    <message>
        <source>One chart (%1) or all (default).</source>
        <translation>Ein Diagramm (%1) oder alle (Standard).</translation>
    </message>
    <message>
        <source>From this day (instead of --range).</source>
        <translation>Ab diesem Tag (statt --range).</translation>
    </message>
    <message>
        <source>The file to write; a folder for --chart all with csv or png.</source>
        <translation>Die zu schreibende Datei; ein Ordner bei --chart all mit csv oder png.</translation>
    </message>
    <message>
        <source>PNG scale (default 2).</source>
        <translation>PNG-Skalierung (Standard: 2).</translation>
    </message>
    <message>
        <source>Start CSV files with a byte order mark (Excel).</source>
        <translation>CSV-Dateien mit einer Byte-Reihenfolge-Markierung (BOM) beginnen (Excel).</translation>
    </message>
    <message>
        <source>--format takes pdf, csv or png.</source>
        <translation>--format akzeptiert pdf, csv oder png.</translation>
    </message>
    <message>
        <source>Unknown chart “%1”. Charts: %2.</source>
        <translation>Unbekanntes Diagramm „%1“. Diagramme: %2.</translation>
    </message>
    <message>
        <source>Where to? Add -o PATH.</source>
        <translation>Wohin? Geben Sie -o PATH an.</translation>
    </message>
    <message>
        <source>--page-size takes a4 or letter.</source>
        <translation>--page-size akzeptiert a4 oder letter.</translation>
    </message>
    <message>
        <source>--scale takes a number from 0.5 to 8.</source>
        <translation>--scale akzeptiert eine Zahl von 0.5 bis 8.</translation>
    </message>
    <message>
        <source>--range takes 7d, 30d, 90d, 1y or all.</source>
        <translation>--range akzeptiert 7d, 30d, 90d, 1y oder all.</translation>
    </message>
    <message>
        <source>The cache is empty: sync an account first (devpulse sync).</source>
        <translation>Der Cache ist leer: Synchronisieren Sie zuerst ein Konto (devpulse sync).</translation>
    </message>
    <message>
        <source>Computing the charts took too long.</source>
        <translation>Die Berechnung der Diagramme hat zu lange gedauert.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages).</source>
        <translation>%1 geschrieben (%2 Seiten).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>Sync only this account (id, login or provider:login); repeatable.</source>
        <translation>Nur dieses Konto synchronisieren (ID, Benutzername oder provider:login); wiederholbar.</translation>
    </message>
    <message>
        <source>Read everything again instead of what is new.</source>
        <translation>Alles erneut lesen statt nur das Neue.</translation>
    </message>
    <message>
        <source>Usage: devpulse sync [--account A]... [--repo owner/name]... [--full]</source>
        <translation>Aufruf: devpulse sync [--account A]... [--repo owner/name]... [--full]</translation>
    </message>
    <message>
        <source>Nothing to sync: no connected account. See: devpulse auth status</source>
        <translation>Nichts zu synchronisieren: kein verbundenes Konto. Siehe: devpulse auth status</translation>
    </message>
    <message>
        <source>%1; %2 requests, %3 not modified, %4 waits (%5 s)</source>
        <translation>%1; %2 Anfragen, %3 unverändert, %4 Wartezeiten (%5 s)</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>(row)</source>
        <translation>(Zeile)</translation>
    </message>
    <message>
        <source>Only this team&apos;s people; repeatable.</source>
        <translation>Nur die Personen dieses Teams; wiederholbar.</translation>
    </message>
    <message>
        <source>Usage: devpulse cache status [--database URL]</source>
        <translation>Aufruf: devpulse cache status [--database URL]</translation>
    </message>
    <message>
        <source>Team database: %1</source>
        <translation>Team-Datenbank: %1</translation>
    </message>
    <message>
        <source>Cache file: %1</source>
        <translation>Cache-Datei: %1</translation>
    </message>
    <message>
        <source>Access: read only (no sync here)</source>
        <translation>Zugriff: nur lesend (keine Synchronisierung hier)</translation>
    </message>
    <message>
        <source>Access: read and write</source>
        <translation>Zugriff: lesend und schreibend</translation>
    </message>
    <message>
        <source>Usage: devpulse cache password --database URL &lt; password-file</source>
        <translation>Aufruf: devpulse cache password --database URL &lt; passwort-datei</translation>
    </message>
    <message>
        <source>Name the team database with --database URL.</source>
        <translation>Nennen Sie die Team-Datenbank mit --database URL.</translation>
    </message>
    <message>
        <source>No password on standard input. Example: devpulse cache password --database URL &lt; password-file</source>
        <translation>Kein Passwort auf der Standardeingabe. Beispiel: devpulse cache password --database URL &lt; passwort-datei</translation>
    </message>
    <message>
        <source>Password stored in the keychain; connected to %1.</source>
        <translation>Passwort im Schlüsselbund gespeichert; verbunden mit %1.</translation>
    </message>
    <message>
        <source>The team database to copy into (postgresql://...).</source>
        <translation>Die Team-Datenbank, in die kopiert wird (postgresql://...).</translation>
    </message>
    <message>
        <source>Usage: devpulse cache copy --to URL [--data-dir DIR]</source>
        <translation>Aufruf: devpulse cache copy --to URL [--data-dir DIR]</translation>
    </message>
    <message>
        <source>--to wants a postgresql:// address.</source>
        <translation>--to erwartet eine postgresql://-Adresse.</translation>
    </message>
    <message>
        <source>Your database user may only read %1; copy with the user the syncing DevPulse uses.</source>
        <translation>Ihr Datenbankbenutzer darf %1 nur lesen; kopieren Sie mit dem Benutzer, den das synchronisierende DevPulse verwendet.</translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3</source>
        <translation>Kopiere %1: %2 von %3</translation>
    </message>
    <message>
        <source>Copied %1 rows into %2; every table has the same rows as here.</source>
        <translation>%1 Zeilen nach %2 kopiert; jede Tabelle hat dieselben Zeilen wie hier.</translation>
    </message>
    <message>
        <source>Unknown subcommand “%1”. Use: devpulse cache status|password|copy</source>
        <translation>Unbekannter Unterbefehl „%1“. Verwenden Sie: devpulse cache status|password|copy</translation>
    </message>
    <message>
        <source>Use the team database at &lt;url&gt; instead (postgresql://user@host:port/database; also: environment variable %1).</source>
        <translation>Stattdessen die Team-Datenbank unter &lt;URL&gt; verwenden (postgresql://benutzer@host:port/datenbank; auch: Umgebungsvariable %1).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>This DevPulse only reads the team database %1: syncing, accounts and imports belong to the DevPulse that syncs it.</source>
        <translation>Dieses DevPulse liest die Team-Datenbank %1 nur: Synchronisierung, Konten und Importe gehören zu dem DevPulse, das sie synchronisiert.</translation>
    </message>
    <message>
        <source>a4 or letter (default: the locale&apos;s, as in the window).</source>
        <translation>a4 oder letter (Standard: wie im Fenster, nach dem Gebietsschema).</translation>
    </message>
    <message>
        <source>Write PDF/A-1b (for archiving).</source>
        <translation>PDF/A-1b schreiben (zur Archivierung).</translation>
    </message>
    <message>
        <source>cancelled (%1)</source>
        <translation>abgebrochen (%1)</translation>
    </message>
    <message>
        <source>Cancelling the sync; it continues from here next time. Press Ctrl+C again to stop at once.</source>
        <translation>Die Synchronisierung wird abgebrochen; sie setzt beim nächsten Mal hier fort. Erneut Strg+C beendet sofort.</translation>
    </message>
    <message>
        <source>Usage: devpulse metrics %1 %2 [--format table|json|csv]</source>
        <translation>Aufruf: devpulse metrics %1 %2 [--format table|json|csv]</translation>
    </message>
    <message>
        <source>Usage: devpulse export --format pdf|csv|png [--chart NAME|all] %1 -o PATH</source>
        <translation>Aufruf: devpulse export --format pdf|csv|png [--chart NAME|all] %1 -o PFAD</translation>
    </message>
    <message>
        <source>7d, 30d, 90d, 1y or all (default %1).</source>
        <translation>7d, 30d, 90d, 1y oder all (Standard %1).</translation>
    </message>
    <message>
        <source>Only this account (id, login or provider:login).</source>
        <translation>Nur dieses Konto (ID, Benutzername oder provider:login).</translation>
    </message>
    <message>
        <source>Ask the service for the list again (new repositories, organisations joined).</source>
        <translation>Die Liste erneut beim Dienst abfragen (neue Repositorys, neu beigetretene Organisationen).</translation>
    </message>
    <message>
        <source>Usage: devpulse repos list [--account A] [--refresh] [--format table|json|csv]</source>
        <translation>Aufruf: devpulse repos list [--account A] [--refresh] [--format table|json|csv]</translation>
    </message>
    <message>
        <source>This DevPulse only reads the team database: the list is the one the syncing machine stored.</source>
        <translation>Dieses DevPulse liest die Team-Datenbank nur: Die Liste ist die, die der synchronisierende Rechner gespeichert hat.</translation>
    </message>
    <message>
        <source>The account (id, login or provider:login); needed when there are several.</source>
        <translation>Das Konto (ID, Benutzername oder provider:login); nötig, wenn es mehrere gibt.</translation>
    </message>
    <message>
        <source>Every repository of this organisation the list holds.</source>
        <translation>Jedes Repository dieser Organisation, das die Liste enthält.</translation>
    </message>
    <message>
        <source>The organisation and every repository of it.</source>
        <translation>Die Organisation und jedes ihrer Repositorys.</translation>
    </message>
    <message>
        <source>With --org: the organisation itself, so its new repositories are synced too.</source>
        <translation>Mit --org: die Organisation selbst, sodass auch ihre neuen Repositorys synchronisiert werden.</translation>
    </message>
    <message>
        <source>Repositories, as owner/name.</source>
        <translation>Repositorys, als owner/name.</translation>
    </message>
    <message>
        <source>Usage: devpulse repos %1 owner/name... | --org NAME [--all] [--account A]</source>
        <translation>Aufruf: devpulse repos %1 owner/name... | --org NAME [--all] [--account A]</translation>
    </message>
    <message>
        <source>Name repositories (owner/name) or one organisation (--org NAME), not both.</source>
        <translation>Nennen Sie Repositorys (owner/name) oder eine Organisation (--org NAME), nicht beides.</translation>
    </message>
    <message>
        <source>--all goes with --org NAME.</source>
        <translation>--all gehört zu --org NAME.</translation>
    </message>
    <message>
        <source>“%1” is not a repository name: write owner/name.</source>
        <translation>„%1“ ist kein Repository-Name: Schreiben Sie owner/name.</translation>
    </message>
    <message>
        <source>See: devpulse repos list --refresh</source>
        <translation>Siehe: devpulse repos list --refresh</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message>
        <source>Unselected: %1</source>
        <translation>Abgewählt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Unselected %1: %n repositories no longer synced.</source>
        <translation>
            <numerusform>%1 abgewählt: %n Repository wird nicht mehr synchronisiert.</numerusform>
            <numerusform>%1 abgewählt: %n Repositorys werden nicht mehr synchronisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected %1 with every repository, also those created later (%n known now).</source>
        <translation>
            <numerusform>%1 mit jedem Repository ausgewählt, auch später angelegten (%n jetzt bekannt).</numerusform>
            <numerusform>%1 mit jedem Repository ausgewählt, auch später angelegten (%n jetzt bekannt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected the %n repositories of %1 the list holds.</source>
        <translation>
            <numerusform>Das %n Repository von %1 aus der Liste ausgewählt.</numerusform>
            <numerusform>Die %n Repositorys von %1 aus der Liste ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import did not run.</source>
        <translation>Der Import lief nicht.</translation>
    </message>
    <message>
        <source>Only commits of this kind of work (feat, fix, refactor, perf, docs, test, build, ci, chore, style, revert, merge, other); repeatable.</source>
        <translation>Nur Commits dieser Art von Arbeit (feat, fix, refactor, perf, docs, test, build, ci, chore, style, revert, merge, other); wiederholbar.</translation>
    </message>
    <message>
        <source>[--range 90d | --since D --until D] [--repo owner/name]... [--author login]... [--team name]... [--kind K]... [--tz local|author]</source>
        <translation>[--range 90d | --since D --until D] [--repo owner/name]... [--author login]... [--team name]... [--kind K]... [--tz local|author]</translation>
    </message>
    <message>
        <source>--kind takes one of %1, not “%2”.</source>
        <translation>--kind erwartet eines von %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>GitHub deployments to this environment.</source>
        <translation>GitHub-Deployments in diese Umgebung.</translation>
    </message>
    <message>
        <source>Published releases.</source>
        <translation>Veröffentlichte Releases.</translation>
    </message>
    <message>
        <source>Tags matching this pattern (* for every tag).</source>
        <translation>Tags, die zu diesem Muster passen (* für alle Tags).</translation>
    </message>
    <message>
        <source>Let DevPulse choose from what the repository has.</source>
        <translation>DevPulse nach dem wählen lassen, was das Repository hat.</translation>
    </message>
    <message>
        <source>The repository.</source>
        <translation>Das Repository.</translation>
    </message>
    <message>
        <source>No repository “%1” in the cache. See: devpulse repos list</source>
        <translation>Kein Repository „%1“ im Cache. Siehe: devpulse repos list</translation>
    </message>
    <message>
        <source>%1: DevPulse chooses what counts as a deployment.</source>
        <translation>%1: DevPulse wählt, was als Deployment zählt.</translation>
    </message>
    <message>
        <source>%1: what counts as a deployment is saved.</source>
        <translation>%1: Was als Deployment zählt, ist gespeichert.</translation>
    </message>
    <message>
        <source>Unknown repos command “%1”: use list, select, unselect or delivery.</source>
        <translation>Unbekannter repos-Befehl „%1“: list, select, unselect oder delivery verwenden.</translation>
    </message>
    <message>
        <source>Usage: devpulse &lt;command&gt; [options]   (no command: the window)

Commands:
  auth login [--host URL] (--with-token | --device | --web)   sign in to GitHub
  auth status [--json]                     accounts, scopes, rate limit, last sync
  auth logout [--account A] [--purge]      sign out (--purge: delete its data)
  provider add wakatime|codewars|exercism|localgit [--user NAME] [--folder DIR]
  import csv FILE [--dry-run]              check and import an activity file
  repos list [--account A] [--refresh] [--format F]   repositories, which are synced
  repos select|unselect owner/name... | --org NAME [--all]   choose what to sync
  repos delivery owner/name --environment NAME | --workflow NAME | --releases |
        --tags PATTERN | --automatic       what counts as a deployment there
  repos delivery [--failure-window DAYS] [--incident-label LABEL]   what a failure is
  sync [--account A]... [--repo owner/name]... [--full]   sync into the cache
  query commits|pulls|issues|repos|activities [--filter F=V]... [--since D]
        [--until D] [--sort F[:asc|:desc]] [--limit N] [--page N] [--format F]
  search TEXT [--in commits,pulls,issues] [--limit N] [--format F]
  metrics punchcard|calendar|merge-delay|reviews|review-load|dora|contributions|
        lines|activity|work-types
        [--range 1y | --since D --until D] [--repo R]... [--author A]... [--team T]...
        [--kind K]... [--tz local|author] [--format F]
  export --format pdf|csv|png [--chart NAME|all] [--range 90d] [--repo R]... -o PATH
  cache status                             which cache, its rows, read-only or not
  cache password --database URL            store the team database&apos;s password
  cache copy --to URL                      copy this cache into a team database

Every command takes --data-dir, --database URL (a team database on PostgreSQL) and
--help; --data-dir and --database may also come before the command. Tokens, keys
and passwords are read from standard input, never from arguments. Exit codes: 0 ok,
2 usage, 3 sign-in needed, 4 rate-limited, 5 other failure. See docs/CLI.md.</source>
        <translation>Aufruf: devpulse &lt;Befehl&gt; [Optionen]   (ohne Befehl: das Fenster)

Befehle:
  auth login [--host URL] (--with-token | --device | --web)   bei GitHub anmelden
  auth status [--json]                     Konten, Scopes, Anfragelimit, letzte Synchronisierung
  auth logout [--account A] [--purge]      abmelden (--purge: Daten des Kontos löschen)
  provider add wakatime|codewars|exercism|localgit [--user NAME] [--folder DIR]
  import csv FILE [--dry-run]              Aktivitätsdatei prüfen und importieren
  repos list [--account A] [--refresh] [--format F]   Repositorys, welche synchronisiert werden
  repos select|unselect owner/name... | --org NAME [--all]   auswählen, was synchronisiert wird
  repos delivery owner/name --environment NAME | --workflow NAME | --releases |
        --tags PATTERN | --automatic       was dort als Deployment zählt
  repos delivery [--failure-window DAYS] [--incident-label LABEL]   was ein Fehlschlag ist
  sync [--account A]... [--repo owner/name]... [--full]   in den Cache synchronisieren
  query commits|pulls|issues|repos|activities [--filter F=V]... [--since D]
        [--until D] [--sort F[:asc|:desc]] [--limit N] [--page N] [--format F]
  search TEXT [--in commits,pulls,issues] [--limit N] [--format F]
  metrics punchcard|calendar|merge-delay|reviews|review-load|dora|contributions|
        lines|activity|work-types
        [--range 1y | --since D --until D] [--repo R]... [--author A]... [--team T]...
        [--kind K]... [--tz local|author] [--format F]
  export --format pdf|csv|png [--chart NAME|all] [--range 90d] [--repo R]... -o PATH
  cache status                             welcher Cache, seine Zeilen, nur lesend oder nicht
  cache password --database URL            das Passwort der Team-Datenbank speichern
  cache copy --to URL                      diesen Cache in eine Team-Datenbank kopieren

Jeder Befehl akzeptiert --data-dir, --database URL (eine Team-Datenbank in PostgreSQL)
und --help; --data-dir und --database dürfen auch vor dem Befehl stehen. Tokens,
Schlüssel und Passwörter werden von der Standardeingabe gelesen, nie aus Argumenten.
Exit-Codes: 0 OK, 2 Aufruffehler, 3 Anmeldung nötig, 4 Anfragelimit erreicht,
5 sonstiger Fehler. Siehe docs/CLI.md.</translation>
    </message>
    <message>
        <source>Runs of this GitHub Actions workflow (read from the next sync on).</source>
        <translation>Läufe dieses GitHub-Actions-Workflows (ab der nächsten Synchronisierung gelesen).</translation>
    </message>
    <message>
        <source>Days after a deployment a failure counts against it (1 to 90; 7 at first).</source>
        <translation>Tage nach einem Deployment, in denen ein Fehlschlag ihm zugerechnet wird (1 bis 90; anfangs 7).</translation>
    </message>
    <message>
        <source>The issue label that marks an incident (“incident” at first).</source>
        <translation>Das Issue-Label, das einen Vorfall kennzeichnet (anfangs „incident“).</translation>
    </message>
    <message>
        <source>Usage: devpulse repos delivery owner/name --environment NAME | --workflow NAME | --releases | --tags PATTERN | --automatic
   or: devpulse repos delivery [--failure-window DAYS] [--incident-label LABEL]</source>
        <translation>Aufruf: devpulse repos delivery owner/name --environment NAME | --workflow NAME | --releases | --tags MUSTER | --automatic
  oder: devpulse repos delivery [--failure-window TAGE] [--incident-label LABEL]</translation>
    </message>
    <message>
        <source>--failure-window takes a number of days from 1 to 90.</source>
        <translation>--failure-window erwartet eine Zahl von Tagen zwischen 1 und 90.</translation>
    </message>
    <message>
        <source>--incident-label takes a label&apos;s name.</source>
        <translation>--incident-label erwartet den Namen eines Labels.</translation>
    </message>
    <message>
        <source>A deployment counts as failed when, within %1, a failure follows it or an issue labelled “%2” is opened.</source>
        <translation>Ein Deployment gilt als fehlgeschlagen, wenn innerhalb von %1 ein Fehlschlag folgt oder ein Issue mit dem Label „%2“ eröffnet wird.</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>einem Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tagen</translation>
    </message>
</context>
<context>
    <name>CodeMetrics</name>
    <message numerus="yes">
        <source>Others (%n people)</source>
        <translation>
            <numerusform>Andere (%n Person)</numerusform>
            <numerusform>Andere (%n Personen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Others (%n repositories)</source>
        <translation>
            <numerusform>Andere (%n Repository)</numerusform>
            <numerusform>Andere (%n Repositorys)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodewarsProvider</name>
    <message>
        <source>Codewars rejected the API key. Enter it again with Reconnect on the Connections page, or leave it empty: your public profile needs none.</source>
        <translation>Codewars hat den API-Schlüssel abgelehnt. Geben Sie ihn über „Erneut verbinden“ auf der Seite „Verbindungen“ erneut ein oder lassen Sie das Feld leer: Für Ihr öffentliches Profil ist keiner nötig.</translation>
    </message>
    <message>
        <source>Completed kata from your public profile.</source>
        <translation>Gelöste Kata aus Ihrem öffentlichen Profil.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>API key (optional)</source>
        <translation>API-Schlüssel (optional)</translation>
    </message>
    <message>
        <source>Enter your Codewars username.</source>
        <translation>Geben Sie Ihren Codewars-Benutzernamen ein.</translation>
    </message>
    <message>
        <source>your profile</source>
        <translation>Ihr Profil</translation>
    </message>
    <message>
        <source>Codewars has no user named “%1”. Check the spelling; it is the name in your profile&apos;s address.</source>
        <translation>Bei Codewars gibt es keinen Benutzer namens „%1“. Prüfen Sie die Schreibweise; gemeint ist der Name in der Adresse Ihres Profils.</translation>
    </message>
    <message>
        <source>completed kata</source>
        <translation>gelöste Kata</translation>
    </message>
    <message>
        <source>Reading completed kata: page %1 of %2</source>
        <translation>Gelöste Kata werden gelesen: Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>DevPulse: a desktop dashboard of your development activity.</source>
        <translation>DevPulse: eine Desktop-Übersicht Ihrer Entwicklungsaktivität.</translation>
    </message>
    <message>
        <source>Keep the cache in &lt;folder&gt; instead of the default location (also: environment variable %1).</source>
        <translation>Den Cache in &lt;Ordner&gt; statt am Standardort ablegen (auch: Umgebungsvariable %1).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>Use the team database at &lt;url&gt; (postgresql://user@host:port/database) instead of the cache in the data folder (also: environment variable %1).</source>
        <translation>Die Team-Datenbank unter &lt;URL&gt; (postgresql://benutzer@host:port/datenbank) statt des Caches im Datenordner verwenden (auch: Umgebungsvariable %1).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>ConnectionFlows</name>
    <message>
        <source>Connected %1.</source>
        <translation>%1 verbunden.</translation>
    </message>
    <message>
        <source>Cannot add the folder</source>
        <translation>Ordner kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Connected GitHub account %1.</source>
        <translation>GitHub-Konto %1 verbunden.</translation>
    </message>
    <message>
        <source>Choose a git repository folder</source>
        <translation>git-Repository-Ordner auswählen</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Import activity CSV</source>
        <translation>Aktivitäts-CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Disconnect failed</source>
        <translation>Trennen fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusCards</name>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open the %1 connection</source>
        <translation>Verbindung zu %1 öffnen</translation>
    </message>
    <message>
        <source>%1 · signed out</source>
        <translation>%1 · abgemeldet</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>synchronisiert am %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>%1 requests left</source>
        <translation>%1 Anfragen übrig</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) connected</source>
        <translation>
            <numerusform>%n Konto verbunden</numerusform>
            <numerusform>%n Konten verbunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · &lt;span style=&apos;color:%2&apos;&gt;needs re-authorisation&lt;/span&gt;</source>
        <translation>%1 · &lt;span style=&apos;color:%2&apos;&gt;erneute Autorisierung nötig&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>&amp;Add folder…</source>
        <translation>Ordner &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Import CSV file…</source>
        <translation>CSV-Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>Connect %1…</source>
        <translation>%1 verbinden…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Connections&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Verbindungen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Connect &amp;GitHub…</source>
        <translation>&amp;GitHub verbinden…</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
    <message>
        <source> · connected</source>
        <translation> · verbunden</translation>
    </message>
    <message>
        <source>needs re-authorisation</source>
        <translation>erneute Autorisierung nötig</translation>
    </message>
    <message>
        <source> · signed out (cached data kept)</source>
        <translation> · abgemeldet (zwischengespeicherte Daten behalten)</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>scopes: none listed (fine-grained token)</source>
        <translation>Scopes: keine angegeben (differenziertes Token)</translation>
    </message>
    <message>
        <source>scopes: %1</source>
        <translation>Scopes: %1</translation>
    </message>
    <message>
        <source>rate limit %1 of %2 left</source>
        <translation>Anfragelimit: %1 von %2 übrig</translation>
    </message>
    <message>
        <source>, resets %1</source>
        <translation>, zurückgesetzt am %1</translation>
    </message>
    <message numerus="yes">
        <source>%n repositories</source>
        <translation>
            <numerusform>%n Repository</numerusform>
            <numerusform>%n Repositorys</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Avatar of %1</source>
        <translation>Avatar von %1</translation>
    </message>
    <message>
        <source>Enter the credentials of %1 again</source>
        <translation>Zugangsdaten für %1 erneut eingeben</translation>
    </message>
    <message>
        <source>Sign in to %1 again</source>
        <translation>Erneut bei %1 anmelden</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Full re-sync (walk everything again)</source>
        <translation>&amp;Vollständig neu synchronisieren (alles erneut durchgehen)</translation>
    </message>
    <message>
        <source>C&amp;hoose repositories…</source>
        <translation>Repositorys &amp;auswählen…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Trennen…</translation>
    </message>
    <message>
        <source>Disconnect %1 and choose whether to keep its cached data</source>
        <translation>%1 trennen und wählen, ob die zwischengespeicherten Daten behalten werden</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>Synchronisierung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Re&amp;connect…</source>
        <translation>Erneut &amp;verbinden…</translation>
    </message>
    <message>
        <source>Imported activity</source>
        <translation>Importierte Aktivität</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>Sync progress of %1</source>
        <translation>Synchronisierungsfortschritt von %1</translation>
    </message>
    <message>
        <source>%v of %m repositories</source>
        <translation>%v von %m Repositorys</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
</context>
<context>
    <name>ContributorsTable</name>
    <message>
        <source>Developer</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>PRs opened</source>
        <translation>PRs geöffnet</translation>
    </message>
    <message>
        <source>PRs merged</source>
        <translation>PRs zusammengeführt</translation>
    </message>
    <message>
        <source>Contributors leaderboard</source>
        <translation>Rangliste der Mitwirkenden</translation>
    </message>
</context>
<context>
    <name>CsvActivityImport</name>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>DevPulse cannot read “%1”: %2.</source>
        <translation>DevPulse kann „%1“ nicht lesen: %2.</translation>
    </message>
    <message>
        <source>“%1” is empty. An activity file starts with the line date,service,minutes,title.</source>
        <translation>„%1“ ist leer. Eine Aktivitätsdatei beginnt mit der Zeile date,service,minutes,title.</translation>
    </message>
    <message>
        <source>The header line of “%1” cannot be read: %2.</source>
        <translation>Die Kopfzeile von „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Column %1 of the header, “%2”, is not one of date, service, minutes, title. Rename or remove it and import again.</source>
        <translation>Spalte %1 der Kopfzeile, „%2“, ist keine von date, service, minutes, title. Benennen Sie sie um oder entfernen Sie sie und importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>The header names the column “%1” twice.</source>
        <translation>Die Kopfzeile nennt die Spalte „%1“ zweimal.</translation>
    </message>
    <message>
        <source>The header has no “%1” column. The first line must name the columns date, service, minutes and title, in any order.</source>
        <translation>Die Kopfzeile hat keine Spalte „%1“. Die erste Zeile muss die Spalten date, service, minutes und title in beliebiger Reihenfolge nennen.</translation>
    </message>
    <message>
        <source>has %1 fields; the header has %2</source>
        <translation>hat %1 Felder; die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>“%1” is not a date (write YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (Schreibweise: JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>the service is empty</source>
        <translation>der Dienst ist leer</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of minutes, 0 or more</source>
        <translation>„%1“ ist keine ganze Minutenzahl von 0 oder mehr</translation>
    </message>
    <message>
        <source>%1 minutes is more than a day</source>
        <translation>%1 Minuten sind mehr als ein Tag</translation>
    </message>
    <message>
        <source>“%1” has no valid rows, so nothing was imported. Check it with the import window&apos;s report or devpulse import csv FILE --dry-run.</source>
        <translation>„%1“ hat keine gültigen Zeilen, daher wurde nichts importiert. Prüfen Sie die Datei mit dem Bericht des Importfensters oder mit devpulse import csv DATEI --dry-run.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Datei wird geprüft…</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>In der Datei gefundene Probleme</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n valid row(s) ready to import.</source>
        <translation>
            <numerusform>%n gültige Zeile bereit zum Import.</numerusform>
            <numerusform>%n gültige Zeilen bereit zum Import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems and will be left out; fix them in the file and import it again to add them.</source>
        <translation>
            <numerusform>%n Zeile hat Probleme und wird ausgelassen; korrigieren Sie sie in der Datei und importieren Sie die Datei erneut, um sie hinzuzufügen.</numerusform>
            <numerusform>%n Zeilen haben Probleme und werden ausgelassen; korrigieren Sie sie in der Datei und importieren Sie die Datei erneut, um sie hinzuzufügen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 of %2 problems are listed.</source>
        <translation>Die ersten %1 von %2 Problemen werden aufgeführt.</translation>
    </message>
    <message>
        <source>(row)</source>
        <translation>(Zeile)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n valid row(s)</source>
        <translation>
            <numerusform>%n gültige Zeile &amp;importieren</numerusform>
            <numerusform>%n gültige Zeilen &amp;importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Imported: %1 new rows, %2 already in DevPulse, %3 left out.</source>
        <translation>Importiert: %1 neue Zeilen, %2 bereits in DevPulse, %3 ausgelassen.</translation>
    </message>
    <message>
        <source>the import could not start; try again.</source>
        <translation>der Import konnte nicht beginnen; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>CsvProvider</name>
    <message>
        <source>CSV import</source>
        <translation>CSV-Import</translation>
    </message>
    <message>
        <source>Activity from a file with the columns date, service, minutes and title.</source>
        <translation>Aktivität aus einer Datei mit den Spalten date, service, minutes und title.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Reading %1: %2%</source>
        <translation>%1 wird gelesen: %2 %</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file are invalid and were left out; import the file again to see the report.</source>
        <translation>
            <numerusform>%n Zeile der Datei ist ungültig und wurde ausgelassen; importieren Sie die Datei erneut, um den Bericht zu sehen.</numerusform>
            <numerusform>%n Zeilen der Datei sind ungültig und wurden ausgelassen; importieren Sie die Datei erneut, um den Bericht zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported file(s) are no longer there: %1. Import them again from their new place; what they brought stays in the cache.</source>
        <translation>
            <numerusform>%n importierte Datei ist nicht mehr da: %1. Importieren Sie sie erneut von ihrem neuen Ort; was sie gebracht hat, bleibt im Cache.</numerusform>
            <numerusform>%n importierte Dateien sind nicht mehr da: %1. Importieren Sie sie erneut von ihrem neuen Ort; was sie gebracht haben, bleibt im Cache.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>text follows a closing quote (write &quot;&quot; for a quote inside a field)</source>
        <translation>auf ein schließendes Anführungszeichen folgt Text (schreiben Sie &quot;&quot; für ein Anführungszeichen innerhalb eines Feldes)</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
</context>
<context>
    <name>DashboardCards</name>
    <message>
        <source>When commits happen</source>
        <translation>Wann Commits entstehen</translation>
    </message>
    <message>
        <source>Commits, %1 %2:00–%2:59</source>
        <comment>weekday, hour</comment>
        <translation>Commits, %1 %2:00–%2:59</translation>
    </message>
    <message>
        <source>Pull requests by time from opening to merge</source>
        <translation>Pull-Requests nach Zeit vom Öffnen bis zum Merge</translation>
    </message>
    <message>
        <source>No pull requests in this range. Sync a GitHub account, or choose a longer range.</source>
        <translation>Keine Pull-Requests in diesem Zeitraum. Synchronisieren Sie ein GitHub-Konto oder wählen Sie einen längeren Zeitraum.</translation>
    </message>
    <message>
        <source>Time from opening to merge</source>
        <translation>Zeit vom Öffnen bis zum Merge</translation>
    </message>
    <message>
        <source>Commits per day</source>
        <translation>Commits pro Tag</translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation>Kalenderjahr</translation>
    </message>
    <message>
        <source>Show a year…</source>
        <translation>Jahr anzeigen…</translation>
    </message>
    <message>
        <source>Commits on %1</source>
        <translation>Commits am %1</translation>
    </message>
    <message>
        <source>Lines added and removed over time</source>
        <translation>Hinzugefügte und entfernte Zeilen im Zeitverlauf</translation>
    </message>
    <message>
        <source>No commits with line counts in this range.</source>
        <translation>Keine Commits mit Zeilenzahlen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Lines changed</source>
        <translation>Geänderte Zeilen</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Mitwirkende</translation>
    </message>
    <message>
        <source>Contributions over time, stacked</source>
        <translation>Beiträge im Zeitverlauf, gestapelt</translation>
    </message>
    <message>
        <source>Nothing to count in this range.</source>
        <translation>Nichts zu zählen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Contributions over time</source>
        <translation>Beiträge im Zeitverlauf</translation>
    </message>
    <message>
        <source>What to count</source>
        <translation>Was gezählt wird</translation>
    </message>
    <message>
        <source>commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <source>pull requests opened</source>
        <translation>geöffnete Pull-Requests</translation>
    </message>
    <message>
        <source>pull requests merged</source>
        <translation>zusammengeführte Pull-Requests</translation>
    </message>
    <message>
        <source>issues opened</source>
        <translation>geöffnete Issues</translation>
    </message>
    <message>
        <source>issues closed</source>
        <translation>geschlossene Issues</translation>
    </message>
    <message>
        <source>by developer</source>
        <translation>nach Person</translation>
    </message>
    <message>
        <source>by repository</source>
        <translation>nach Repository</translation>
    </message>
    <message>
        <source>Branches created and deleted and tags over time</source>
        <translation>Erstellte und gelöschte Branches und Tags im Zeitverlauf</translation>
    </message>
    <message>
        <source>No branches or tags in this range yet: they arrive with a sync.</source>
        <translation>Noch keine Branches oder Tags in diesem Zeitraum; diese werden bei der Synchronisierung abgerufen.</translation>
    </message>
    <message>
        <source>Branches and tags</source>
        <translation>Branches und Tags</translation>
    </message>
    <message>
        <source>Minutes of activity per service, stacked</source>
        <translation>Aktivitätsminuten pro Dienst, gestapelt</translation>
    </message>
    <message>
        <source>No coding time or challenges in this range. Connect WakaTime, Codewars or Exercism, or import a CSV file of activity, on the Connections page.</source>
        <translation>Keine Programmierzeit und keine gelösten Aufgaben in diesem Zeitraum. Verbinden Sie auf der Seite „Verbindungen“ WakaTime, Codewars oder Exercism oder importieren Sie eine CSV-Datei mit Aktivitäten.</translation>
    </message>
    <message>
        <source>Activity by service</source>
        <translation>Aktivität nach Dienst</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>Still open (age)</source>
        <translation>Noch offen (Alter)</translation>
    </message>
    <message>
        <source>%1 merged · %2 closed without merging · %3 open</source>
        <translation>%1 zusammengeführt · %2 ohne Merge geschlossen · %3 offen</translation>
    </message>
    <message>
        <source>Week of %1: median %2 h, 90th percentile %3 h</source>
        <translation>Woche vom %1: Median %2 h, 90. Perzentil %3 h</translation>
    </message>
    <message>
        <source>No merged pull request with line counts in this range.</source>
        <translation>Kein zusammengeführter Pull-Request mit Zeilenzahlen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Per merged pull request (%1): on average +%2 / −%3 lines, median +%4 / −%5.</source>
        <translation>Pro zusammengeführtem Pull-Request (%1): im Durchschnitt +%2 / −%3 Zeilen, Median +%4 / −%5.</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>%1 %2 h</source>
        <translation>%1 %2 h</translation>
    </message>
    <message>
        <source>%1 hours in this range: %2</source>
        <translation>%1 Stunden in diesem Zeitraum: %2</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tags; a new tag every %1 days (median, per repository).</source>
        <translation>
            <numerusform>Tags: %Ln; ein neues Tag alle %1 Tage (Median, pro Repository).</numerusform>
            <numerusform>Tags: %Ln; ein neues Tag alle %1 Tage (Median, pro Repository).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tags.</source>
        <translation>
            <numerusform>Tags: %Ln.</numerusform>
            <numerusform>Tags: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln branches were there when DevPulse first read their repository; when they were created is not known, so they are in no month.</source>
        <translation>
            <numerusform>%Ln Branch war schon da, als DevPulse sein Repository zum ersten Mal las; wann er entstand, ist unbekannt, daher steht er in keinem Monat.</numerusform>
            <numerusform>%Ln Branches waren schon da, als DevPulse ihr Repository zum ersten Mal las; wann sie entstanden, ist unbekannt, daher stehen sie in keinem Monat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kinds of work, share of commits</source>
        <translation>Arten von Arbeit, Anteil der Commits</translation>
    </message>
    <message>
        <source>No commits in this range.</source>
        <translation>Keine Commits in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Kinds of work</source>
        <translation>Arten von Arbeit</translation>
    </message>
    <message>
        <source>How kinds are read…</source>
        <translation>Wie die Art bestimmt wird…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each commit gets one kind from the first line of its message, when DevPulse stores it:&lt;/p&gt;&lt;ol&gt;%1&lt;/ol&gt;</source>
        <translation>&lt;p&gt;Jeder Commit erhält beim Speichern eine Art, aus der ersten Zeile seiner Nachricht:&lt;/p&gt;&lt;ol&gt;%1&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Share of commits</source>
        <translation>Anteil der Commits</translation>
    </message>
    <message>
        <source>Pull requests by time to first review and from approval to merge</source>
        <translation>Pull Requests nach Zeit bis zum ersten Review und von der Freigabe bis zum Merge</translation>
    </message>
    <message>
        <source>No reviewed pull requests in this range. Reviews arrive with a GitHub sync.</source>
        <translation>Keine begutachteten Pull Requests in diesem Zeitraum. Reviews kommen mit einer GitHub-Synchronisierung.</translation>
    </message>
    <message>
        <source>Code review speed</source>
        <translation>Tempo der Code-Reviews</translation>
    </message>
    <message>
        <source>How reviews are counted…</source>
        <translation>Wie Reviews gezählt werden…</translation>
    </message>
    <message>
        <source>Code review</source>
        <translation>Code-Review</translation>
    </message>
    <message>
        <source>&lt;p&gt;A review counts when someone other than the pull request&apos;s author submitted it, and that someone is a person, not an app (bot). Drafts of reviews are never read.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Time to first review&lt;/b&gt;: from the first time the pull request was marked ready for review (else its opening) to its first review; a review of a draft counts as no wait. Counted in the range of the first review.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Approval to merge&lt;/b&gt;: from the last approval before the merge to the merge.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Review rounds&lt;/b&gt;: how often changes were requested before the first approval.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Merged without review&lt;/b&gt;: merged with no review before the merge.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Given, received, asked&lt;/b&gt;: reviews someone submitted, reviews others submitted on their pull requests, and requests to review (a team as team:name).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;People and teams filter the pull requests by their author.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Review zählt, wenn jemand anderes als der Autor des Pull Requests es abgegeben hat, und zwar eine Person, keine App (Bot). Entwürfe von Reviews werden nie gelesen.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Zeit bis zum ersten Review&lt;/b&gt;: vom ersten Mal, als der Pull Request zum Review bereit gemeldet wurde (sonst seiner Eröffnung), bis zu seinem ersten Review; ein Review eines Entwurfs zählt als keine Wartezeit. Gezählt im Zeitraum des ersten Reviews.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Freigabe bis Merge&lt;/b&gt;: von der letzten Freigabe vor dem Merge bis zum Merge.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Review-Runden&lt;/b&gt;: wie oft vor der ersten Freigabe Änderungen verlangt wurden.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ohne Review gemergt&lt;/b&gt;: gemergt ohne ein Review vor dem Merge.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Gegeben, erhalten, angefragt&lt;/b&gt;: Reviews, die jemand abgegeben hat, Reviews anderer zu seinen Pull Requests und Anfragen für ein Review (ein Team als team:Name).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Personen und Teams filtern die Pull Requests nach ihrem Autor.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Hours from opening to merge by pull request size, median and 90th percentile</source>
        <translation>Stunden von der Eröffnung bis zum Merge nach Größe des Pull Requests, Median und 90. Perzentil</translation>
    </message>
    <message>
        <source>Pull request size and time to merge</source>
        <translation>Größe von Pull Requests und Zeit bis zum Merge</translation>
    </message>
    <message>
        <source>Reviews given and received</source>
        <translation>Gegebene und erhaltene Reviews</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Changes</source>
        <comment>reviews that requested changes</comment>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Who reviews whom</source>
        <translation>Wer begutachtet wen</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Author</source>
        <comment>of the pull requests reviewed</comment>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>First review</source>
        <translation>Erstes Review</translation>
    </message>
    <message>
        <source>Approval to merge</source>
        <translation>Freigabe bis Merge</translation>
    </message>
    <message>
        <source>Median hours</source>
        <translation>Stunden, Median</translation>
    </message>
    <message>
        <source>90th percentile hours</source>
        <translation>Stunden, 90. Perzentil</translation>
    </message>
    <message>
        <source>Deployments to production and failed changes</source>
        <translation>Deployments in Produktion und fehlgeschlagene Änderungen</translation>
    </message>
    <message>
        <source>Delivery (DORA)</source>
        <translation>Auslieferung (DORA)</translation>
    </message>
    <message>
        <source>How delivery is measured…</source>
        <translation>Wie Auslieferung gemessen wird…</translation>
    </message>
    <message>
        <source>&lt;p&gt;The four keys of DORA&apos;s research, with the band its 2023 report puts each value in (elite, high, medium, low):&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Repositories filter what is counted; people do not (a deployment is nobody&apos;s).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die vier Schlüsselwerte der DORA-Forschung, mit der Stufe, in die ihr Bericht von 2023 jeden Wert einordnet (Elite, hoch, mittel, niedrig):&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Repositorys filtern, was gezählt wird; Personen nicht (ein Deployment gehört niemandem).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Delivery per repository</source>
        <translation>Auslieferung je Repository</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Counts as a deployment</source>
        <translation>Zählt als Deployment</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Deployments</translation>
    </message>
    <message>
        <source>Failed changes</source>
        <translation>Fehlgeschlagene Änderungen</translation>
    </message>
    <message>
        <source>Lead time, median h</source>
        <translation>Vorlaufzeit, Median h</translation>
    </message>
    <message>
        <source>Time to restore, median h</source>
        <translation>Wiederherstellung, Median h</translation>
    </message>
    <message>
        <source>No deployments in this range. DevPulse counts GitHub deployments to production, else runs of a deploying GitHub Actions workflow, else published releases, else tags: they arrive with a sync.</source>
        <translation>Keine Deployments in diesem Zeitraum. DevPulse zählt GitHub-Deployments in die Produktion, sonst Läufe eines ausliefernden GitHub-Actions-Workflows, sonst veröffentlichte Releases, sonst Tags: Sie kommen mit einer Synchronisierung.</translation>
    </message>
    <message>
        <source>Choose what counts…</source>
        <translation>Wählen, was zählt…</translation>
    </message>
    <message>
        <source>Per repository, what counts as a deployment to production; and what counts as a failed change.</source>
        <translation>Je Repository, was als Deployment in die Produktion zählt; und was als fehlgeschlagene Änderung zählt.</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Branches created</source>
        <translation>Erstellte Branches</translation>
    </message>
    <message>
        <source>Branches deleted</source>
        <translation>Gelöschte Branches</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Branches first seen by DevPulse</source>
        <translation>Branches, von DevPulse zuerst gesehen</translation>
    </message>
    <message numerus="yes">
        <source>Others (%n services)</source>
        <translation>
            <numerusform>Andere (%n Dienst)</numerusform>
            <numerusform>Andere (%n Dienste)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other and %n smaller kinds</source>
        <translation>
            <numerusform>Sonstiges und %n kleinere Art</numerusform>
            <numerusform>Sonstiges und %n kleinere Arten</numerusform>
        </translation>
    </message>
    <message>
        <source>% of commits</source>
        <translation>% der Commits</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Deployments</translation>
    </message>
    <message>
        <source>Failed changes</source>
        <translation>Fehlgeschlagene Änderungen</translation>
    </message>
    <message>
        <source>deployments</source>
        <translation>Deployments</translation>
    </message>
</context>
<context>
    <name>DashboardExport</name>
    <message>
        <source>DevPulse could not write “%1”: %2. Choose another folder or free some space.</source>
        <translation>DevPulse konnte „%1“ nicht schreiben: %2. Wählen Sie einen anderen Ordner oder geben Sie Speicherplatz frei.</translation>
    </message>
    <message>
        <source>DevPulse report · page %1</source>
        <translation>DevPulse-Bericht · Seite %1</translation>
    </message>
    <message>
        <source>This chart has no picture, only numbers: export it as CSV.</source>
        <translation>Dieses Diagramm hat kein Bild, nur Zahlen: Exportieren Sie es als CSV.</translation>
    </message>
    <message>
        <source>the image could not be saved</source>
        <translation>das Bild konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>DevPulse report</source>
        <translation>DevPulse-Bericht</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the PDF could not be created</source>
        <translation>das PDF konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>the file could not be replaced</source>
        <translation>die Datei konnte nicht ersetzt werden</translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation>Tabelle als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>Die Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Key numbers</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>DevPulse report: %1</source>
        <translation>DevPulse-Bericht: %1</translation>
    </message>
    <message>
        <source>How delivery is measured</source>
        <translation>Wie die Auslieferung gemessen wird</translation>
    </message>
    <message>
        <source>Nothing in this range</source>
        <translation>In diesem Zeitraum ohne Daten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DashboardExportActions</name>
    <message>
        <source>Nothing to export yet</source>
        <translation>Noch nichts zu exportieren</translation>
    </message>
    <message>
        <source>The dashboard has no numbers yet: sync an account or import activity, then open the Dashboard.</source>
        <translation>Die Übersicht enthält noch keine Zahlen: Synchronisieren Sie ein Konto oder importieren Sie Aktivitäten und öffnen Sie dann die Übersicht.</translation>
    </message>
    <message>
        <source>Export the dashboard as PDF</source>
        <translation>Übersicht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Report written: %1 (%n pages).</source>
        <translation>
            <numerusform>Bericht geschrieben: %1 (%n Seite).</numerusform>
            <numerusform>Bericht geschrieben: %1 (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Dashboard as &amp;PDF…</source>
        <translation>Übersicht als &amp;PDF…</translation>
    </message>
    <message>
        <source>A &amp;chart (CSV or PNG)…</source>
        <translation>Ein &amp;Diagramm (CSV oder PNG)…</translation>
    </message>
    <message>
        <source>&amp;Print dashboard…</source>
        <translation>Übersicht &amp;drucken…</translation>
    </message>
</context>
<context>
    <name>DashboardFilterBar</name>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>My time zone</source>
        <translation>In meiner Zeitzone</translation>
    </message>
    <message>
        <source>Each author&apos;s own time</source>
        <translation>In der Ortszeit jeder Person</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Hours in:</source>
        <translation>&amp;Uhrzeiten:</translation>
    </message>
    <message>
        <source>All repositories</source>
        <translation>Alle Repositorys</translation>
    </message>
    <message numerus="yes">
        <source>%Ln repositories</source>
        <translation>
            <numerusform>%Ln Repository</numerusform>
            <numerusform>%Ln Repositorys</numerusform>
        </translation>
    </message>
    <message>
        <source>Repositories shown</source>
        <translation>Angezeigte Repositorys</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle Personen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>People shown</source>
        <translation>Angezeigte Personen</translation>
    </message>
    <message>
        <source>Commits by login, else email; pull requests and issues by login</source>
        <translation>Commits nach Benutzername, sonst nach E-Mail-Adresse; Pull-Requests und Issues nach Benutzername</translation>
    </message>
    <message>
        <source>Merge people, teams…</source>
        <translation>Personen und Teams…</translation>
    </message>
    <message>
        <source>Merge a person&apos;s emails and logins into one, and make teams</source>
        <translation>E-Mail-Adressen und Benutzernamen einer Person zusammenführen und Teams bilden</translation>
    </message>
    <message>
        <source>Search commits, pull requests, issues (Ctrl+F)</source>
        <translation>Commits, Pull-Requests und Issues durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>Team %1</translation>
    </message>
    <message numerus="yes">
        <source>Team %1 (%Ln people)</source>
        <translation>
            <numerusform>Team %1 (%Ln Person)</numerusform>
            <numerusform>Team %1 (%Ln Personen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln kinds of work</source>
        <translation>
            <numerusform>%Ln Art von Arbeit</numerusform>
            <numerusform>%Ln Arten von Arbeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Kinds of work shown</source>
        <translation>Angezeigte Arten von Arbeit</translation>
    </message>
    <message>
        <source>Commits by kind of work (from their subject); pull requests, issues, branches and activity are not filtered by kind</source>
        <translation>Commits nach Art der Arbeit (aus ihrer Betreffzeile); Pull-Requests, Issues, Branches und Aktivität werden nicht nach Art gefiltert</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>%1 commits</source>
        <translation>%1 Commits</translation>
    </message>
    <message>
        <source>%1 pull requests (%2 merged)</source>
        <translation>%1 Pull-Requests (%2 zusammengeführt)</translation>
    </message>
    <message>
        <source>%1 commits in the cache</source>
        <translation>%1 Commits im Cache</translation>
    </message>
</context>
<context>
    <name>DashboardTables</name>
    <message>
        <source>When commits happen</source>
        <translation>Wann Commits entstehen</translation>
    </message>
    <message>
        <source>No commits in this range.</source>
        <translation>Keine Commits in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commits; the busiest hour is %1 %2:00 (%3).</source>
        <translation>
            <numerusform>%Ln Commit; die aktivste Stunde ist %1 %2:00 (%3).</numerusform>
            <numerusform>%Ln Commits; die aktivste Stunde ist %1 %2:00 (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Commits per day</source>
        <translation>Commits pro Tag</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commits on %1 days.</source>
        <translation>
            <numerusform>%Ln Commit an %1 Tagen.</numerusform>
            <numerusform>%Ln Commits an %1 Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time from opening to merge</source>
        <translation>Zeit vom Öffnen bis zum Merge</translation>
    </message>
    <message>
        <source>%1 merged, %2 closed without merging, %3 open.</source>
        <translation>%1 zusammengeführt, %2 ohne Merge geschlossen, %3 offen.</translation>
    </message>
    <message>
        <source>Merge delay per week</source>
        <translation>Merge-Dauer pro Woche</translation>
    </message>
    <message>
        <source>Latest week (%1): median %2 h, 90th percentile %3 h.</source>
        <translation>Neueste Woche (%1): Median %2 h, 90. Perzentil %3 h.</translation>
    </message>
    <message>
        <source>No merged pull requests in this range.</source>
        <translation>Keine zusammengeführten Pull-Requests in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Lines added and removed</source>
        <translation>Hinzugefügte und entfernte Zeilen</translation>
    </message>
    <message>
        <source>No merged pull request with line counts in this range.</source>
        <translation>Kein zusammengeführter Pull-Request mit Zeilenzahlen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Per merged pull request (%1): on average +%2 / -%3 lines, median +%4 / -%5.</source>
        <translation>Pro zusammengeführtem Pull-Request (%1): im Durchschnitt +%2 / -%3 Zeilen, Median +%4 / -%5.</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Mitwirkende</translation>
    </message>
    <message>
        <source>Nobody committed in this range.</source>
        <translation>In diesem Zeitraum hat niemand Commits erstellt.</translation>
    </message>
    <message>
        <source>Most commits: %1 (%2).</source>
        <translation>Meiste Commits: %1 (%2).</translation>
    </message>
    <message>
        <source>Contributions over time</source>
        <translation>Beiträge im Zeitverlauf</translation>
    </message>
    <message>
        <source>Branches and tags</source>
        <translation>Branches und Tags</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tags; a new tag every %1 days (median).</source>
        <translation>
            <numerusform>Tags: %Ln; ein neues Tag alle %1 Tage (Median).</numerusform>
            <numerusform>Tags: %Ln; ein neues Tag alle %1 Tage (Median).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tags.</source>
        <translation>
            <numerusform>Tags: %Ln.</numerusform>
            <numerusform>Tags: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity by service</source>
        <translation>Aktivität nach Dienst</translation>
    </message>
    <message>
        <source>No provider activity in this range.</source>
        <translation>Keine Aktivität von Diensten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>%1 hours of activity.</source>
        <translation>%1 Stunden Aktivität.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>gesamter Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>%n selected repositories</source>
        <translation>
            <numerusform>%n ausgewähltes Repository</numerusform>
            <numerusform>%n ausgewählte Repositorys</numerusform>
        </translation>
    </message>
    <message>
        <source>hours in local time</source>
        <translation>Uhrzeiten in lokaler Zeit</translation>
    </message>
    <message>
        <source>hours in each author&apos;s time</source>
        <translation>Uhrzeiten in der Ortszeit jeder Person</translation>
    </message>
    <message numerus="yes">
        <source>all %Ln repositories</source>
        <translation>
            <numerusform>%Ln Repository</numerusform>
            <numerusform>alle %Ln Repositorys</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all.</source>
        <translation>%1 insgesamt.</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <source>People who committed</source>
        <translation>Personen mit Commits</translation>
    </message>
    <message>
        <source>Pull requests merged</source>
        <translation>Zusammengeführte Pull-Requests</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Time to merge, median</source>
        <translation>Zeit bis zum Merge, Median</translation>
    </message>
    <message>
        <source>Time to merge, 90th percentile</source>
        <translation>Zeit bis zum Merge, 90. Perzentil</translation>
    </message>
    <message>
        <source>Lines per merged pull request, median</source>
        <translation>Zeilen pro zusammengeführtem Pull-Request, Median</translation>
    </message>
    <message>
        <source>+%1 / −%2</source>
        <translation>+%1 / −%2</translation>
    </message>
    <message>
        <source>Busiest hour</source>
        <translation>Geschäftigste Stunde</translation>
    </message>
    <message>
        <source>%1 %2:00</source>
        <translation>%1 %2:00</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere Person</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Kinds of work</source>
        <translation>Arten von Arbeit</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <comment>kind of work, its share in percent</comment>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Of %1 commits: %2.</source>
        <translation>Von %1 Commits: %2.</translation>
    </message>
    <message>
        <source>commits of kind %1</source>
        <translation>Commits der Art %1</translation>
    </message>
    <message>
        <source>Time to first review, median</source>
        <translation>Zeit bis zum ersten Review, Median</translation>
    </message>
    <message>
        <source>Merged without review</source>
        <translation>Ohne Review gemergt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No reviewed or merged pull requests in this range.</source>
        <translation>Keine begutachteten oder gemergten Pull Requests in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pull requests got a first review after %1 (median; 90th percentile %2).</source>
        <translation>
            <numerusform>%Ln Pull Request bekam sein erstes Review nach %1 (Median; 90. Perzentil %2).</numerusform>
            <numerusform>%Ln Pull Requests bekamen ihr erstes Review nach %1 (Median; 90. Perzentil %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln merged without a review; %2 review rounds on average.</source>
        <translation>
            <numerusform>%1 von %Ln ohne Review gemergt; im Mittel %2 Review-Runden.</numerusform>
            <numerusform>%1 von %Ln ohne Review gemergt; im Mittel %2 Review-Runden.</numerusform>
        </translation>
    </message>
    <message>
        <source>From approval to merge: %1 (median).</source>
        <translation>Von der Freigabe bis zum Merge: %1 (Median).</translation>
    </message>
    <message>
        <source>Time to first review</source>
        <translation>Zeit bis zum ersten Review</translation>
    </message>
    <message>
        <source>Review speed per week</source>
        <translation>Review-Tempo pro Woche</translation>
    </message>
    <message>
        <source>No reviews in this range.</source>
        <translation>Keine Reviews in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Latest week (%1): first review after %2 (median), 90th percentile %3.</source>
        <translation>Letzte Woche (%1): erstes Review nach %2 (Median), 90. Perzentil %3.</translation>
    </message>
    <message>
        <source>Reviews given and received</source>
        <translation>Gegebene und erhaltene Reviews</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reviews; %1 gave the most (%2).</source>
        <translation>
            <numerusform>%Ln Review; die meisten gab %1 (%2).</numerusform>
            <numerusform>%Ln Reviews; die meisten gab %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Who reviews whom</source>
        <translation>Wer begutachtet wen</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln pairs with the most reviews: reviewer, then the author of the pull requests.</source>
        <translation>
            <numerusform>Das %Ln Paar mit den meisten Reviews: Reviewer, dann der Autor der Pull Requests.</numerusform>
            <numerusform>Die %Ln Paare mit den meisten Reviews: Reviewer, dann der Autor der Pull Requests.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pull request size and time to merge</source>
        <translation>Größe von Pull Requests und Zeit bis zum Merge</translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged pull requests by lines added plus removed: median and 90th percentile hours from opening to merge.</source>
        <translation>
            <numerusform>%Ln gemergter Pull Request nach hinzugefügten plus entfernten Zeilen: Median und 90. Perzentil der Stunden von der Eröffnung bis zum Merge.</numerusform>
            <numerusform>%Ln gemergte Pull Requests nach hinzugefügten plus entfernten Zeilen: Median und 90. Perzentil der Stunden von der Eröffnung bis zum Merge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review rounds</source>
        <translation>Review-Runden</translation>
    </message>
    <message>
        <source>Times changes were requested before the first approval, per merged pull request: %1 on average.</source>
        <translation>Wie oft vor der ersten Freigabe Änderungen verlangt wurden, je gemergtem Pull Request: im Mittel %1.</translation>
    </message>
    <message>
        <source>Deployments per week</source>
        <translation>Deployments pro Woche</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Change failure rate</source>
        <translation>Änderungsfehlerrate</translation>
    </message>
    <message>
        <source>%1 % (%2)</source>
        <translation>%1 % (%2)</translation>
    </message>
    <message>
        <source>No deployments in this range.</source>
        <translation>Keine Deployments in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Deployment frequency: %1 per week (%2).</source>
        <translation>Deployment-Häufigkeit: %1 pro Woche (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Lead time for changes: %1 (median of %Ln commits, %2).</source>
        <translation>
            <numerusform>Vorlaufzeit für Änderungen: %1 (Median von %Ln Commit, %2).</numerusform>
            <numerusform>Vorlaufzeit für Änderungen: %1 (Median von %Ln Commits, %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead time for changes: not measured.</source>
        <translation>Vorlaufzeit für Änderungen: nicht gemessen.</translation>
    </message>
    <message>
        <source>Change failure rate: %1 % (%2).</source>
        <translation>Änderungsfehlerrate: %1 % (%2).</translation>
    </message>
    <message>
        <source>Time to restore: %1 (median, %2).</source>
        <translation>Zeit bis zur Wiederherstellung: %1 (Median, %2).</translation>
    </message>
    <message>
        <source>Time to restore: no restored failure.</source>
        <translation>Zeit bis zur Wiederherstellung: kein behobener Fehler.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deployments reach commits synced before DevPulse kept parents: a full sync measures their lead time.</source>
        <translation>
            <numerusform>%Ln Deployment erreicht Commits, die synchronisiert wurden, bevor DevPulse Eltern speicherte: Eine vollständige Synchronisierung misst ihre Vorlaufzeit.</numerusform>
            <numerusform>%Ln Deployments erreichen Commits, die synchronisiert wurden, bevor DevPulse Eltern speicherte: Eine vollständige Synchronisierung misst ihre Vorlaufzeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery (DORA)</source>
        <translation>Auslieferung (DORA)</translation>
    </message>
    <message>
        <source>Deployment frequency</source>
        <translation>Deployment-Häufigkeit</translation>
    </message>
    <message>
        <source>deployments per week</source>
        <translation>Deployments pro Woche</translation>
    </message>
    <message>
        <source>Lead time for changes</source>
        <translation>Vorlaufzeit für Änderungen</translation>
    </message>
    <message>
        <source>hours, median</source>
        <translation>Stunden, Median</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>Time to restore</source>
        <translation>Zeit bis zur Wiederherstellung</translation>
    </message>
    <message>
        <source>Delivery per repository</source>
        <translation>Auslieferung je Repository</translation>
    </message>
    <message>
        <source>%1 (automatic)</source>
        <translation>%1 (automatisch)</translation>
    </message>
    <message>
        <source>No deployments, workflow runs, releases or tags to count. Sync a GitHub account whose repositories deploy or publish releases.</source>
        <translation>Keine Deployments, Workflow-Läufe, Releases oder Tags zu zählen. Synchronisieren Sie ein GitHub-Konto, dessen Repositorys ausliefern oder Releases veröffentlichen.</translation>
    </message>
    <message>
        <source>No repository has deployments, workflow runs, releases or tags.</source>
        <translation>Kein Repository hat Deployments, Workflow-Läufe, Releases oder Tags.</translation>
    </message>
    <message numerus="yes">
        <source>What counts as a deployment in each of %Ln repositories: chosen from what it has unless you chose (“Choose what counts…”, or devpulse repos delivery).</source>
        <translation>
            <numerusform>Was in %Ln Repository als Deployment zählt: aus dem gewählt, was es hat, sofern Sie nicht gewählt haben („Wählen, was zählt…“ oder devpulse repos delivery).</numerusform>
            <numerusform>Was in jedem der %Ln Repositorys als Deployment zählt: aus dem gewählt, was es hat, sofern Sie nicht gewählt haben („Wählen, was zählt…“ oder devpulse repos delivery).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataLocation</name>
    <message>
        <source>DevPulse could not find a folder for its data. Start it with --data-dir pointing to a writable folder.</source>
        <translation>DevPulse konnte keinen Ordner für seine Daten finden. Starten Sie DevPulse mit --data-dir und einem beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>The data location %1 is a file, not a folder. Choose another one with --data-dir.</source>
        <translation>Der Datenort %1 ist eine Datei, kein Ordner. Wählen Sie mit --data-dir einen anderen.</translation>
    </message>
    <message>
        <source>DevPulse could not create its data folder %1. Check the permissions or choose another folder with --data-dir.</source>
        <translation>DevPulse konnte seinen Datenordner %1 nicht anlegen. Prüfen Sie die Berechtigungen oder wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>DevPulse cannot write to its data folder %1. Check the permissions or choose another folder with --data-dir.</source>
        <translation>DevPulse kann nicht in seinen Datenordner %1 schreiben. Prüfen Sie die Berechtigungen oder wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>DeliveryMetrics</name>
    <message>
        <source>elite</source>
        <translation>Elite</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>Deployment frequency: successful deployments per week in the range. Elite: daily or more; high: weekly to daily; medium: monthly to weekly; low: less often.</source>
        <translation>Deployment-Häufigkeit: erfolgreiche Deployments pro Woche im Zeitraum. Elite: täglich oder öfter; hoch: wöchentlich bis täglich; mittel: monatlich bis wöchentlich; niedrig: seltener.</translation>
    </message>
    <message>
        <source>Lead time for changes: from a commit&apos;s time to the first successful deployment that contains it, by the history&apos;s parents (a merged branch&apos;s commits count from the deployment of the merge). A repository&apos;s first deployment sets where counting starts. Elite: under a day; high: under a week; medium: under a month; low: longer.</source>
        <translation>Vorlaufzeit für Änderungen: von der Zeit eines Commits bis zum ersten erfolgreichen Deployment, das ihn enthält, nach den Eltern der Historie (die Commits eines gemergten Branches zählen ab dem Deployment des Merges). Das erste Deployment eines Repositorys legt fest, wo das Zählen beginnt. Elite: unter einem Tag; hoch: unter einer Woche; mittel: unter einem Monat; niedrig: länger.</translation>
    </message>
    <message>
        <source>Time to restore: from such a failure to the next successful deployment. Elite: under an hour; high: under a day; medium: under a week; low: longer.</source>
        <translation>Zeit bis zur Wiederherstellung: von einem solchen Fehler bis zum nächsten erfolgreichen Deployment. Elite: unter einer Stunde; hoch: unter einem Tag; mittel: unter einer Woche; niedrig: länger.</translation>
    </message>
    <message>
        <source>deployments to %1</source>
        <translation>Deployments nach %1</translation>
    </message>
    <message>
        <source>published releases</source>
        <translation>veröffentlichte Releases</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>nothing to count</source>
        <translation>nichts zu zählen</translation>
    </message>
    <message>
        <source>tags matching %1</source>
        <translation>Tags passend zu %1</translation>
    </message>
    <message>
        <source>What counts as a deployment to production, per repository: GitHub deployments to the environment named production (or prod, live), else to the environment with the most deployments; else the runs of the GitHub Actions workflow named like deploy, release or publish with the most successful runs (on the default branch or for a release); else published releases (not drafts or pre-releases); else tags. Each repository&apos;s choice can be changed.</source>
        <translation>Was je Repository als Deployment in die Produktion zählt: GitHub-Deployments in die Umgebung namens production (oder prod, live), sonst in die Umgebung mit den meisten Deployments; sonst die Läufe des GitHub-Actions-Workflows mit einem Namen wie deploy, release oder publish und den meisten erfolgreichen Läufen (auf dem Standard-Branch oder für ein Release); sonst veröffentlichte Releases (keine Entwürfe oder Vorabversionen); sonst Tags. Die Wahl jedes Repositorys lässt sich ändern.</translation>
    </message>
    <message>
        <source>Change failure rate: of the successful deployments, those followed within %1 by a failed deployment attempt, a revert of one of their commits, or (before the next deployment) a release named hotfix or an issue labelled “%2”. Elite: 5 % or less; high: 10 %; medium: 15 %; low: more.</source>
        <translation>Änderungsfehlerrate: von den erfolgreichen Deployments jene, denen innerhalb von %1 ein fehlgeschlagener Deployment-Versuch, ein Revert eines ihrer Commits oder (vor dem nächsten Deployment) ein Release namens hotfix oder ein Issue mit dem Label „%2“ folgte. Elite: 5 % oder weniger; hoch: 10 %; mittel: 15 %; niedrig: mehr.</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>einem Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tagen</translation>
    </message>
    <message>
        <source>runs of workflow %1</source>
        <translation>Läufe des Workflows %1</translation>
    </message>
</context>
<context>
    <name>DeliverySourcesDialog</name>
    <message>
        <source>What counts as a deployment</source>
        <translation>Was als Deployment zählt</translation>
    </message>
    <message>
        <source>Choose, per repository, what counts as a deployment to production for the delivery keys. Automatic lets DevPulse choose from what the repository has. A workflow&apos;s runs are read from the next sync on.</source>
        <translation>Wählen Sie je Repository, was für die Auslieferungskennzahlen als Deployment in die Produktion zählt. „Automatisch“ lässt DevPulse aus dem wählen, was das Repository hat. Die Läufe eines Workflows werden ab der nächsten Synchronisierung gelesen.</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Counts as a deployment</source>
        <translation>Zählt als Deployment</translation>
    </message>
    <message>
        <source>No repository has deployments, workflows, releases or tags yet: they arrive with a sync of a GitHub account.</source>
        <translation>Noch hat kein Repository Deployments, Workflows, Releases oder Tags: Sie kommen mit der Synchronisierung eines GitHub-Kontos.</translation>
    </message>
    <message>
        <source>A failed change, in every repository</source>
        <translation>Eine fehlgeschlagene Änderung, in jedem Repository</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>A failure counts against the deployment before it &amp;within:</source>
        <translation>Ein Fehlschlag zählt gegen das Deployment davor &amp;innerhalb von:</translation>
    </message>
    <message>
        <source>Issues with this &amp;label are incidents:</source>
        <translation>Issues mit diesem &amp;Label sind Vorfälle:</translation>
    </message>
    <message>
        <source>Could not read the repositories: %1</source>
        <translation>Die Repositorys konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>What counts as a deployment in %1</source>
        <translation>Was in %1 als Deployment zählt</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Automatic (now: %1)</source>
        <translation>Automatisch (jetzt: %1)</translation>
    </message>
    <message>
        <source>Deployments to %1</source>
        <translation>Deployments nach %1</translation>
    </message>
    <message>
        <source>Runs of workflow %1</source>
        <translation>Läufe des Workflows %1</translation>
    </message>
    <message numerus="yes">
        <source>Published releases (%Ln)</source>
        <translation>
            <numerusform>Veröffentlichte Releases (%Ln)</numerusform>
            <numerusform>Veröffentlichte Releases (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every tag (%Ln)</source>
        <translation>
            <numerusform>Jeder Tag (%Ln)</numerusform>
            <numerusform>Jeder Tag (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags matching %1</source>
        <translation>Tags passend zu %1</translation>
    </message>
    <message>
        <source>Tags matching a pattern…</source>
        <translation>Tags passend zu einem Muster…</translation>
    </message>
    <message>
        <source>Tags matching a pattern</source>
        <translation>Tags passend zu einem Muster</translation>
    </message>
    <message>
        <source>Tags that count as deployments (* stands for anything, as in v* or release-*):</source>
        <translation>Tags, die als Deployments zählen (* steht für Beliebiges, wie in v* oder release-*):</translation>
    </message>
    <message>
        <source>Name the issue label that marks an incident (for example “incident”).</source>
        <translation>Nennen Sie das Issue-Label, das einen Vorfall kennzeichnet (zum Beispiel „incident“).</translation>
    </message>
    <message>
        <source>Could not save what counts as a deployment: %1</source>
        <translation>Was als Deployment zählt, konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>DeviceSignIn</name>
    <message>
        <source>This copy of DevPulse has no GitHub OAuth App configured, so it cannot sign in with a code. Paste a personal access token instead, or set DEVPULSE_GITHUB_CLIENT_ID (see the README).</source>
        <translation>In dieser DevPulse-Installation ist keine GitHub OAuth App eingerichtet, daher ist keine Anmeldung mit einem Code möglich. Fügen Sie stattdessen ein persönliches Zugriffstoken ein oder setzen Sie DEVPULSE_GITHUB_CLIENT_ID (siehe README).</translation>
    </message>
    <message>
        <source>GitHub did not provide a sign-in code (HTTP %1). Try again in a moment, or use another way to sign in.</source>
        <translation>GitHub hat keinen Anmeldecode geliefert (HTTP %1). Versuchen Sie es gleich noch einmal oder melden Sie sich auf andere Weise an.</translation>
    </message>
</context>
<context>
    <name>DisconnectDialog</name>
    <message>
        <source>Disconnect %1</source>
        <translation>%1 trennen</translation>
    </message>
    <message>
        <source>Disconnect &lt;b&gt;%1&lt;/b&gt;? Its token or key is removed from your keychain.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; trennen? Das zugehörige Token bzw. der Schlüssel wird aus Ihrem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Remove &lt;b&gt;%1&lt;/b&gt; from DevPulse? The files themselves are not touched.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; aus DevPulse entfernen? Die Dateien selbst bleiben unverändert.</translation>
    </message>
    <message>
        <source>DevPulse has cached %1 repositories, %2 commits, %3 pull requests, %4 issues, %5 activities and %6 events of this account. Keep them to go on seeing them in the dashboard, or delete them now (this cannot be undone).</source>
        <translation>DevPulse hat von diesem Konto %1 Repositorys, %2 Commits, %3 Pull-Requests, %4 Issues, %5 Aktivitäten und %6 Ereignisse zwischengespeichert. Behalten Sie sie, um sie weiterhin in der Übersicht zu sehen, oder löschen Sie sie jetzt (dies kann nicht rückgängig gemacht werden).</translation>
    </message>
    <message>
        <source>Disconnect, &amp;keep data</source>
        <translation>Trennen, Daten &amp;behalten</translation>
    </message>
    <message numerus="yes">
        <source>Disconnect and &amp;delete %n cached items</source>
        <translation>
            <numerusform>Trennen und %n zwischengespeichertes Element &amp;löschen</numerusform>
            <numerusform>Trennen und %n zwischengespeicherte Elemente &amp;löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExercismProvider</name>
    <message>
        <source>Exercism rejected the API token. Copy it from exercism.org/settings/api_cli and enter it again with Reconnect on the Connections page.</source>
        <translation>Exercism hat das API-Token abgelehnt. Kopieren Sie es von exercism.org/settings/api_cli und geben Sie es über „Erneut verbinden“ auf der Seite „Verbindungen“ erneut ein.</translation>
    </message>
    <message>
        <source>your solutions</source>
        <translation>Ihre Lösungen</translation>
    </message>
    <message>
        <source>Submitted solutions, with your Exercism API token.</source>
        <translation>Eingereichte Lösungen, mit Ihrem Exercism-API-Token.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Enter your Exercism API token.</source>
        <translation>Geben Sie Ihr Exercism-API-Token ein.</translation>
    </message>
    <message>
        <source>Enter your Exercism username.</source>
        <translation>Geben Sie Ihren Exercism-Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Reading solutions: page %1 of %2</source>
        <translation>Lösungen werden gelesen: Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>ExportChartDialog</name>
    <message>
        <source>Export a chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Its &amp;numbers as CSV</source>
        <translation>Die &amp;Zahlen als CSV</translation>
    </message>
    <message>
        <source>Its &amp;picture as PNG</source>
        <translation>Das &amp;Bild als PNG</translation>
    </message>
    <message>
        <source>PNG scale</source>
        <translation>PNG-Skalierung</translation>
    </message>
    <message>
        <source>Start with a byte order mark (for Excel)</source>
        <translation>Mit Byte-Reihenfolge-Markierung (BOM) beginnen (für Excel)</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Skalierung:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
</context>
<context>
    <name>FirstStepsView</name>
    <message>
        <source>Welcome to DevPulse</source>
        <translation>Willkommen bei DevPulse</translation>
    </message>
    <message>
        <source>Your cache is empty. Connect a source of activity and DevPulse will keep a copy on this computer, then chart your commits, pull requests and coding time.</source>
        <translation>Ihr Cache ist leer. Verbinden Sie eine Aktivitätsquelle; DevPulse legt dann eine Kopie auf diesem Computer ab und stellt Ihre Commits, Pull-Requests und Programmierzeit in Diagrammen dar.</translation>
    </message>
    <message>
        <source>Connect &amp;GitHub</source>
        <translation>&amp;GitHub verbinden</translation>
    </message>
    <message>
        <source>Sign in through your browser: repositories, commits, pull requests, issues.</source>
        <translation>Anmeldung über Ihren Browser: Repositorys, Commits, Pull-Requests, Issues.</translation>
    </message>
    <message>
        <source>Add an &amp;API key</source>
        <translation>&amp;API-Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>WakaTime, Codewars or Exercism: your coding time and solved exercises.</source>
        <translation>WakaTime, Codewars oder Exercism: Ihre Programmierzeit und gelösten Übungen.</translation>
    </message>
    <message>
        <source>&amp;Import a CSV file</source>
        <translation>CSV-Datei &amp;importieren</translation>
    </message>
    <message>
        <source>Activity you tracked elsewhere: date, service, minutes, title.</source>
        <translation>Anderswo erfasste Aktivität: date, service, minutes, title.</translation>
    </message>
    <message>
        <source>Add a &amp;local repository</source>
        <translation>&amp;Lokales Repository hinzufügen</translation>
    </message>
    <message>
        <source>A git folder on this computer; no account needed.</source>
        <translation>Ein git-Ordner auf diesem Computer; kein Konto nötig.</translation>
    </message>
</context>
<context>
    <name>GitHubApiClient</name>
    <message>
        <source>GitHub sent an answer DevPulse cannot read (%1). The sync stopped here and will continue from this point next time.</source>
        <translation>GitHub hat eine Antwort gesendet, die DevPulse nicht lesen kann (%1). Die Synchronisierung wurde hier angehalten und wird beim nächsten Mal an dieser Stelle fortgesetzt.</translation>
    </message>
    <message>
        <source>GitHub&apos;s GraphQL API answered HTTP %1. The sync stopped here and will continue from this point next time.</source>
        <translation>Die GraphQL-API von GitHub hat mit HTTP %1 geantwortet. Die Synchronisierung wurde hier angehalten und wird beim nächsten Mal an dieser Stelle fortgesetzt.</translation>
    </message>
    <message>
        <source>GitHub could not answer a query: %1</source>
        <translation>GitHub konnte eine Abfrage nicht beantworten: %1</translation>
    </message>
</context>
<context>
    <name>GitHubHost</name>
    <message>
        <source>&quot;%1&quot; is not a web address. Enter the address of your GitHub Enterprise Server, for example https://github.example.com.</source>
        <translation>„%1“ ist keine Webadresse. Geben Sie die Adresse Ihres GitHub Enterprise Servers ein, zum Beispiel https://github.example.com.</translation>
    </message>
</context>
<context>
    <name>GitHubSignIn</name>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
</context>
<context>
    <name>GitHubSignInDialog</name>
    <message>
        <source>Connect GitHub</source>
        <translation>GitHub verbinden</translation>
    </message>
    <message>
        <source>GitHub.&amp;com</source>
        <translation>GitHub.&amp;com</translation>
    </message>
    <message>
        <source>GitHub &amp;Enterprise Server:</source>
        <translation>GitHub &amp;Enterprise Server:</translation>
    </message>
    <message>
        <source>GitHub Enterprise Server address</source>
        <translation>Adresse des GitHub Enterprise Servers</translation>
    </message>
    <message>
        <source>&amp;Browser</source>
        <translation>&amp;Browser</translation>
    </message>
    <message>
        <source>Co&amp;de</source>
        <translation>Co&amp;de</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>This copy of DevPulse has no GitHub OAuth App configured, so browser and code sign-in are off. Paste a personal access token, or see the README to register an OAuth App.</source>
        <translation>In dieser DevPulse-Installation ist keine GitHub OAuth App eingerichtet, daher sind die Anmeldung per Browser und per Code deaktiviert. Fügen Sie ein persönliches Zugriffstoken ein oder lesen Sie in der README nach, wie Sie eine OAuth App registrieren.</translation>
    </message>
    <message>
        <source>Your browser opens GitHub&apos;s page to approve DevPulse. When you approve, GitHub sends you back here and the account is connected.</source>
        <translation>Ihr Browser öffnet die Seite von GitHub, auf der Sie DevPulse genehmigen. Nach der Genehmigung leitet GitHub Sie hierher zurück und das Konto wird verbunden.</translation>
    </message>
    <message>
        <source>Sign in with &amp;browser</source>
        <translation>Im Browser &amp;anmelden</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Copy the sign-in address to open it in a browser yourself</source>
        <translation>Die Anmeldeadresse kopieren, um sie selbst in einem Browser zu öffnen</translation>
    </message>
    <message>
        <source>For remote sessions: DevPulse shows a code; enter it on GitHub&apos;s device page, on this computer or any other.</source>
        <translation>Für entfernte Sitzungen: DevPulse zeigt einen Code an; geben Sie ihn auf der Geräteseite von GitHub ein, auf diesem oder einem beliebigen anderen Computer.</translation>
    </message>
    <message>
        <source>&amp;Get a code</source>
        <translation>Code an&amp;fordern</translation>
    </message>
    <message>
        <source>Your sign-in code</source>
        <translation>Ihr Anmeldecode</translation>
    </message>
    <message>
        <source>C&amp;opy code</source>
        <translation>Code k&amp;opieren</translation>
    </message>
    <message>
        <source>O&amp;pen GitHub&apos;s device page</source>
        <translation>Geräte&amp;seite von GitHub öffnen</translation>
    </message>
    <message>
        <source>Create a personal access token (classic with the scopes &lt;i&gt;repo&lt;/i&gt;, &lt;i&gt;read:user&lt;/i&gt; and &lt;i&gt;read:org&lt;/i&gt;, or fine-grained with read access to contents, pull requests and issues) in GitHub&apos;s &lt;b&gt;Settings → Developer settings → Personal access tokens&lt;/b&gt;, then paste it here. It is checked with GitHub before it is saved in your keychain.</source>
        <translation>Erstellen Sie auf GitHub unter &lt;b&gt;Settings → Developer settings → Personal access tokens&lt;/b&gt; ein persönliches Zugriffstoken (klassisch mit den Scopes &lt;i&gt;repo&lt;/i&gt;, &lt;i&gt;read:user&lt;/i&gt; und &lt;i&gt;read:org&lt;/i&gt; oder differenziert mit Lesezugriff auf Inhalte, Pull-Requests und Issues) und fügen Sie es hier ein. Es wird bei GitHub geprüft, bevor es in Ihrem Schlüsselbund gespeichert wird.</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Enter the address of your GitHub Enterprise Server.</source>
        <translation>Geben Sie die Adresse Ihres GitHub Enterprise Servers ein.</translation>
    </message>
    <message>
        <source>Approved. Finishing sign-in…</source>
        <translation>Genehmigt. Anmeldung wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Waiting for you to approve DevPulse in your browser…</source>
        <translation>Warten auf Ihre Genehmigung für DevPulse im Browser…</translation>
    </message>
    <message>
        <source>Asking GitHub for a code…</source>
        <translation>Code wird bei GitHub angefordert…</translation>
    </message>
    <message>
        <source>Enter this code at %1. DevPulse waits until you have approved it (the code expires at %2).</source>
        <translation>Geben Sie diesen Code unter %1 ein. DevPulse wartet, bis Sie ihn bestätigt haben (der Code läuft um %2 ab).</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>Token wird bei %1 geprüft…</translation>
    </message>
    <message>
        <source>Signed in. Checking the account and saving the token in your keychain…</source>
        <translation>Angemeldet. Konto wird geprüft und Token im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>DevPulse could not open a web browser. Copy the link and open it in your browser: %1</source>
        <translation>DevPulse konnte keinen Webbrowser öffnen. Kopieren Sie den Link und öffnen Sie ihn in Ihrem Browser: %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sign-in stopped.</source>
        <translation>Anmeldung gestoppt.</translation>
    </message>
</context>
<context>
    <name>GitHubSync</name>
    <message>
        <source>GitHub did not list the repositories (HTTP %1).</source>
        <translation>GitHub hat die Repositorys nicht aufgelistet (HTTP %1).</translation>
    </message>
    <message>
        <source>GitHub no longer shows this repository.</source>
        <translation>GitHub zeigt dieses Repository nicht mehr an.</translation>
    </message>
    <message>
        <source>GitHub refused this repository&apos;s issues (HTTP %1).</source>
        <translation>GitHub hat die Issues dieses Repositorys verweigert (HTTP %1).</translation>
    </message>
    <message>
        <source>GitHub did not list the issues (HTTP %1).</source>
        <translation>GitHub hat die Issues nicht aufgelistet (HTTP %1).</translation>
    </message>
    <message>
        <source>GitHub refused this list (HTTP %1).</source>
        <translation>GitHub hat diese Liste verweigert (HTTP %1).</translation>
    </message>
    <message>
        <source>GitHub did not list the %1 (HTTP %2).</source>
        <translation>GitHub hat die Liste „%1“ nicht geliefert (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 is not among the repositories this account syncs. Tick it with Choose repositories (Connections page) or devpulse repos select first.</source>
        <translation>%1 gehört nicht zu den Repositorys, die dieses Konto synchronisiert. Wählen Sie es zuerst unter „Repositorys auswählen“ (Seite Verbindungen) oder mit devpulse repos select aus.</translation>
    </message>
    <message>
        <source>GitHub did not list the workflows (HTTP %1).</source>
        <translation>GitHub hat die Workflows nicht aufgelistet (HTTP %1).</translation>
    </message>
    <message>
        <source>GitHub did not list the runs of workflow %1 (HTTP %2).</source>
        <translation>GitHub hat die Läufe des Workflows %1 nicht aufgelistet (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>The secure connection to %1 could not be verified (certificate problem). DevPulse never connects over an unverified connection; check the date and time of this computer and any proxy that intercepts HTTPS.</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht überprüft werden (Zertifikatsproblem). DevPulse verbindet sich nie über eine nicht überprüfte Verbindung; prüfen Sie Datum und Uhrzeit dieses Computers sowie jeden Proxy, der HTTPS abfängt.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your internet connection and try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 could not be found. Check the address and your internet connection.</source>
        <translation>%1 wurde nicht gefunden. Prüfen Sie die Adresse und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>%1 refused the connection. Check the address, or try again later.</source>
        <translation>%1 hat die Verbindung abgelehnt. Prüfen Sie die Adresse oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Identities</name>
    <message>
        <source>Choose at least two people to merge.</source>
        <translation>Wählen Sie mindestens zwei Personen zum Zusammenführen aus.</translation>
    </message>
    <message>
        <source>Give the merged person a name.</source>
        <translation>Geben Sie der zusammengeführten Person einen Namen.</translation>
    </message>
</context>
<context>
    <name>LocalGitProvider</name>
    <message>
        <source>DevPulse reads local repositories with git, which is not installed. Install it (on Debian: sudo apt install git) and try again.</source>
        <translation>DevPulse liest lokale Repositorys mit git, das nicht installiert ist. Installieren Sie es (unter Debian: sudo apt install git) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>git did not answer within two minutes in “%1”.</source>
        <translation>git hat in „%1“ nicht innerhalb von zwei Minuten geantwortet.</translation>
    </message>
    <message>
        <source>git could not read “%1”: %2</source>
        <translation>git konnte „%1“ nicht lesen: %2</translation>
    </message>
    <message>
        <source>Local git repositories</source>
        <translation>Lokale git-Repositorys</translation>
    </message>
    <message>
        <source>Commit history of git folders on this computer; no account needed.</source>
        <translation>Commit-Verlauf von git-Ordnern auf diesem Computer; kein Konto nötig.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>„%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <source>“%1” is not inside a git repository. Choose the folder that holds the repository (the one with .git in it).</source>
        <translation>„%1“ liegt nicht in einem git-Repository. Wählen Sie den Ordner, der das Repository enthält (den mit .git darin).</translation>
    </message>
    <message>
        <source>The repository folder “%1” is no longer there. Add it again from its new place, or remove it.</source>
        <translation>Der Repository-Ordner „%1“ ist nicht mehr vorhanden. Fügen Sie ihn von seinem neuen Ort erneut hinzu oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>DevPulse could not create a temporary file to read the history of “%1”: %2</source>
        <translation>DevPulse konnte keine temporäre Datei anlegen, um den Verlauf von „%1“ zu lesen: %2</translation>
    </message>
    <message>
        <source>Reading %1: %2 of %3 commits</source>
        <translation>%1 wird gelesen: %2 von %3 Commits</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Synchronisierung abgebrochen.</translation>
    </message>
    <message>
        <source>git could not read the history of “%1”: %2</source>
        <translation>git konnte den Verlauf von „%1“ nicht lesen: %2</translation>
    </message>
</context>
<context>
    <name>LoopbackListener</name>
    <message>
        <source>DevPulse could not open a local port to receive GitHub&apos;s answer (%1). Use sign-in with a code instead.</source>
        <translation>DevPulse konnte keinen lokalen Port öffnen, um die Antwort von GitHub zu empfangen (%1). Melden Sie sich stattdessen mit einem Code an.</translation>
    </message>
    <message>
        <source>Not here</source>
        <translation>Nicht hier</translation>
    </message>
    <message>
        <source>This sign-in link is not the current one</source>
        <translation>Dieser Anmeldelink ist nicht der aktuelle</translation>
    </message>
    <message>
        <source>DevPulse is waiting for another sign-in attempt and ignored this one. Go back to DevPulse and start the sign-in again if it does not finish.</source>
        <translation>DevPulse wartet auf einen anderen Anmeldeversuch und hat diesen ignoriert. Kehren Sie zu DevPulse zurück und starten Sie die Anmeldung erneut, falls sie nicht abgeschlossen wird.</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Anmeldung abgebrochen</translation>
    </message>
    <message>
        <source>DevPulse was not connected. You can close this tab and return to DevPulse.</source>
        <translation>DevPulse wurde nicht verbunden. Sie können diesen Tab schließen und zu DevPulse zurückkehren.</translation>
    </message>
    <message>
        <source>Sign-in answer incomplete</source>
        <translation>Anmeldeantwort unvollständig</translation>
    </message>
    <message>
        <source>GitHub&apos;s answer had no authorization code. Return to DevPulse and try again.</source>
        <translation>Die Antwort von GitHub enthielt keinen Autorisierungscode. Kehren Sie zu DevPulse zurück und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>DevPulse is connected</source>
        <translation>DevPulse ist verbunden</translation>
    </message>
    <message>
        <source>You can close this tab and return to DevPulse.</source>
        <translation>Sie können diesen Tab schließen und zu DevPulse zurückkehren.</translation>
    </message>
    <message>
        <source>DevPulse is still signing in</source>
        <translation>DevPulse meldet sich noch an</translation>
    </message>
    <message>
        <source>GitHub has not answered DevPulse yet. Return to DevPulse: it says whether the sign-in worked.</source>
        <translation>GitHub hat DevPulse noch nicht geantwortet. Kehren Sie zu DevPulse zurück: Dort sehen Sie, ob die Anmeldung geklappt hat.</translation>
    </message>
    <message>
        <source>DevPulse was not connected</source>
        <translation>DevPulse wurde nicht verbunden</translation>
    </message>
    <message>
        <source>Return to DevPulse and start the sign-in again.</source>
        <translation>Kehren Sie zu DevPulse zurück und starten Sie die Anmeldung erneut.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation>Synchronisierungsverlauf</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>DevPulse</source>
        <translation>DevPulse</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Sync all now</source>
        <translation>Alle jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Import activity CSV…</source>
        <translation>Aktivitäts-CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Add local &amp;git repository…</source>
        <translation>Lokales &amp;git-Repository hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About DevPulse</source>
        <translation>Ü&amp;ber DevPulse</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About DevPulse</source>
        <translation>Über DevPulse</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DevPulse %1&lt;/h3&gt;&lt;p&gt;A desktop dashboard of your development activity: GitHub, WakaTime, Codewars, Exercism, CSV imports and local git repositories, cached on your computer.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;Data folder: &lt;tt&gt;%4&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DevPulse %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Übersicht Ihrer Entwicklungsaktivität: GitHub, WakaTime, Codewars, Exercism, CSV-Importe und lokale git-Repositorys, zwischengespeichert auf Ihrem Computer.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (läuft mit Qt %3).&lt;/p&gt;&lt;p&gt;Datenordner: &lt;tt&gt;%4&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Synchronisierung abgeschlossen.</translation>
    </message>
    <message>
        <source>Sync cancelled; the next one continues where it stopped.</source>
        <translation>Synchronisierung abgebrochen; die nächste setzt dort fort, wo diese aufgehört hat.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>DevPulse keeps running in the tray.</source>
        <translation>DevPulse läuft in der Kontrollleiste weiter.</translation>
    </message>
    <message>
        <source>&amp;People and teams…</source>
        <translation>&amp;Personen und Teams…</translation>
    </message>
    <message>
        <source>Team database · read only</source>
        <translation>Team-Datenbank · nur lesend</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Team-Datenbank</translation>
    </message>
    <message>
        <source>This DevPulse only reads the team database; accounts and syncing belong to the DevPulse that syncs it.</source>
        <translation>Dieses DevPulse liest die Team-Datenbank nur; Konten und Synchronisierung gehören zu dem DevPulse, das sie synchronisiert.</translation>
    </message>
    <message>
        <source>Read the list of repositories.</source>
        <translation>Die Repository-Liste wurde gelesen.</translation>
    </message>
</context>
<context>
    <name>MergeDelay</name>
    <message>
        <source>&lt;1h</source>
        <translation>&lt;1 h</translation>
    </message>
    <message>
        <source>1–4h</source>
        <translation>1–4 h</translation>
    </message>
    <message>
        <source>4–24h</source>
        <translation>4–24 h</translation>
    </message>
    <message>
        <source>1–3d</source>
        <translation>1–3 Tage</translation>
    </message>
    <message>
        <source>3–7d</source>
        <translation>3–7 Tage</translation>
    </message>
    <message>
        <source>&gt;7d</source>
        <translation>&gt;7 Tage</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This cache was written by a newer version of DevPulse (schema %1; this version understands up to %2). Install the newer DevPulse again, or start this one with --data-dir pointing to another folder.</source>
        <translation>Dieser Cache wurde von einer neueren DevPulse-Version geschrieben (Schema %1; diese Version versteht bis %2). Installieren Sie die neuere DevPulse-Version erneut oder starten Sie diese mit --data-dir und einem anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>OAuthTokenResponse</name>
    <message>
        <source>Sign-in was cancelled on GitHub. Nothing was connected; start again whenever you like.</source>
        <translation>Die Anmeldung wurde auf GitHub abgebrochen. Es wurde nichts verbunden; Sie können jederzeit neu beginnen.</translation>
    </message>
    <message>
        <source>GitHub did not accept the sign-in code; it may have expired. Start the sign-in again.</source>
        <translation>GitHub hat den Anmeldecode nicht akzeptiert; er ist möglicherweise abgelaufen. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>GitHub rejected DevPulse&apos;s OAuth App credentials. Check the client id and secret (DEVPULSE_GITHUB_CLIENT_ID and DEVPULSE_GITHUB_CLIENT_SECRET, see the README), or paste a personal access token instead.</source>
        <translation>GitHub hat die Zugangsdaten der OAuth App von DevPulse abgelehnt. Prüfen Sie Client-ID und Client-Secret (DEVPULSE_GITHUB_CLIENT_ID und DEVPULSE_GITHUB_CLIENT_SECRET, siehe README) oder fügen Sie stattdessen ein persönliches Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>GitHub refused DevPulse&apos;s return address. The OAuth App&apos;s callback URL must be http://127.0.0.1/callback (see the README).</source>
        <translation>GitHub hat die Rücksprungadresse von DevPulse abgelehnt. Die Callback-URL der OAuth App muss http://127.0.0.1/callback lauten (siehe README).</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was entered. Start the sign-in again to get a new code.</source>
        <translation>Der Anmeldecode ist abgelaufen, bevor er eingegeben wurde. Starten Sie die Anmeldung erneut, um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <source>Sign-in with a code is not enabled for this OAuth App. Use the browser sign-in or paste a personal access token.</source>
        <translation>Die Anmeldung mit einem Code ist für diese OAuth App nicht aktiviert. Melden Sie sich über den Browser an oder fügen Sie ein persönliches Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>GitHub did not accept the sign-in request. Start the sign-in again.</source>
        <translation>GitHub hat die Anmeldeanfrage nicht akzeptiert. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>GitHub refused the sign-in: %1</source>
        <translation>GitHub hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>GitHub&apos;s sign-in server sent an answer DevPulse cannot read (HTTP %1). Try again in a moment.</source>
        <translation>Der Anmeldeserver von GitHub hat eine Antwort gesendet, die DevPulse nicht lesen kann (HTTP %1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>GitHub&apos;s sign-in server answered without a token (HTTP %1). Try again in a moment.</source>
        <translation>Der Anmeldeserver von GitHub hat ohne Token geantwortet (HTTP %1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People and teams</source>
        <translation>Personen und Teams</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <source>Someone who commits as several emails or logins counts as several people until you merge them. Select them (Ctrl+click) and choose Merge; Split undoes it.</source>
        <translation>Wer unter mehreren E-Mail-Adressen oder Benutzernamen committet, zählt als mehrere Personen, bis Sie diese zusammenführen. Wählen Sie sie aus (Strg+Klick) und klicken Sie auf „Zusammenführen“; „Trennen“ macht das rückgängig.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation>T&amp;rennen</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>&amp;New team…</source>
        <translation>&amp;Neues Team…</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Umbe&amp;nennen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Type to filter…</source>
        <translation>Zum Filtern tippen…</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Personen filtern</translation>
    </message>
    <message>
        <source>Members of the team</source>
        <translation>Mitglieder des Teams</translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation>Teams:</translation>
    </message>
    <message>
        <source>Members (ticked):</source>
        <translation>Mitglieder (angehakt):</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>Personen zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>Name of the merged person (%Ln entries):</source>
        <translation>
            <numerusform>Name der zusammengeführten Person (%Ln Eintrag):</numerusform>
            <numerusform>Name der zusammengeführten Person (%Ln Einträge):</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename person</source>
        <translation>Person umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Neues Team</translation>
    </message>
    <message>
        <source>Team name:</source>
        <translation>Teamname:</translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation>Team umbenennen</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Team löschen</translation>
    </message>
    <message>
        <source>Delete the team “%1”? Its people stay; only the group goes.</source>
        <translation>Das Team „%1“ löschen? Die Personen bleiben erhalten; nur die Gruppe wird entfernt.</translation>
    </message>
    <message>
        <source>login</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Suggested by .mailmap</source>
        <translation>Vorschläge aus .mailmap</translation>
    </message>
    <message>
        <source>People .mailmap says are one</source>
        <translation>Personen, die laut .mailmap eine sind</translation>
    </message>
    <message>
        <source>Merge &amp;these…</source>
        <translation>&amp;Diese zusammenführen…</translation>
    </message>
    <message>
        <source>%1: %2 are one person, says .mailmap</source>
        <translation>%1: %2 sind laut .mailmap eine Person</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>%1 accounts are connected by signing in, not with a key.</source>
        <translation>%1-Konten werden durch Anmelden verbunden, nicht mit einem Schlüssel.</translation>
    </message>
</context>
<context>
    <name>ProviderAccounts</name>
    <message>
        <source>This version of DevPulse does not know “%1”.</source>
        <translation>Diese DevPulse-Version kennt „%1“ nicht.</translation>
    </message>
    <message>
        <source>Another account is being checked; wait for it to finish.</source>
        <translation>Ein anderes Konto wird gerade geprüft; warten Sie, bis dies abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Das Verbinden wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ProviderCatalog</name>
    <message>
        <source>Repositories, commits with line counts, pull requests, issues, branches and tags.</source>
        <translation>Repositorys, Commits mit Zeilenzahlen, Pull-Requests, Issues, Branches und Tags.</translation>
    </message>
</context>
<context>
    <name>ProviderConnectDialog</name>
    <message>
        <source>Connect %1</source>
        <translation>%1 verbinden</translation>
    </message>
    <message>
        <source>Find it at &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;. It is kept in your system keychain, nowhere else.</source>
        <translation>Zu finden unter &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;. Die Angabe wird nur im Schlüsselbund Ihres Systems aufbewahrt, nirgendwo sonst.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>Only for a self-hosted server; leave empty for the public service.</source>
        <translation>Nur für einen selbst betriebenen Server; für den öffentlichen Dienst leer lassen.</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>API-Adresse:</translation>
    </message>
    <message>
        <source>Checking with %1…</source>
        <translation>Wird bei %1 geprüft…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>Die API-Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Fill in “%1”.</source>
        <translation>Bitte „%1“ ausfüllen.</translation>
    </message>
</context>
<context>
    <name>PunchCardWidget</name>
    <message>
        <source>Commits by weekday and hour</source>
        <translation>Commits nach Wochentag und Stunde</translation>
    </message>
    <message>
        <source>Punch card: each circle is one hour of one weekday; its size follows the number of commits. The data table lists the same numbers.</source>
        <translation>Wochenraster: Jeder Kreis steht für eine Stunde eines Wochentags; seine Größe richtet sich nach der Anzahl der Commits. Die Datentabelle listet dieselben Zahlen auf.</translation>
    </message>
    <message>
        <source>No commits in this range</source>
        <translation>Keine Commits in diesem Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2:00–%2:59: %n commits</source>
        <translation>
            <numerusform>%1 %2:00–%2:59: %n Commit</numerusform>
            <numerusform>%1 %2:00–%2:59: %n Commits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commits in all; circle area per hour, up to</source>
        <translation>
            <numerusform>%Ln Commit insgesamt; Kreisfläche pro Stunde, bis zu</numerusform>
            <numerusform>%Ln Commits insgesamt; Kreisfläche pro Stunde, bis zu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commits; per hour up to</source>
        <translation>
            <numerusform>%Ln Commit; pro Stunde bis zu</numerusform>
            <numerusform>%Ln Commits; pro Stunde bis zu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>DevPulse cannot start</source>
        <translation>DevPulse kann nicht starten</translation>
    </message>
    <message>
        <source>DevPulse is already running; its window was brought to the front.</source>
        <translation>DevPulse läuft bereits; das Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>Cache was damaged</source>
        <translation>Cache war beschädigt</translation>
    </message>
    <message>
        <source>DevPulse&apos;s cache file was damaged and could not be read. It was kept as %1 and a fresh cache was started: sync your accounts again to fill it.</source>
        <translation>Die Cache-Datei von DevPulse war beschädigt und konnte nicht gelesen werden. Sie wurde als %1 aufbewahrt und ein neuer Cache wurde angelegt: Synchronisieren Sie Ihre Konten erneut, um ihn zu füllen.</translation>
    </message>
</context>
<context>
    <name>RateLimitPolicy</name>
    <message>
        <source>%1 answered with a server error (HTTP %2) %3 times. Try again later.</source>
        <translation>%1 hat %3-mal mit einem Serverfehler (HTTP %2) geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 no longer accepts this account&apos;s credentials (%2). Reconnect the account on the Connections page.</source>
        <translation>%1 akzeptiert die Zugangsdaten dieses Kontos nicht mehr (%2). Verbinden Sie das Konto auf der Seite „Verbindungen“ erneut.</translation>
    </message>
    <message>
        <source>%1 kept asking DevPulse to slow down. Try again later.</source>
        <translation>%1 hat DevPulse wiederholt gebeten, langsamer zu werden. Versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>RepoSelection</name>
    <message>
        <source>Not among this account&apos;s repositories: %1. Read the account&apos;s list of repositories again if it is new.</source>
        <translation>Nicht unter den Repositorys dieses Kontos: %1. Lesen Sie die Repository-Liste des Kontos erneut, falls es neu ist.</translation>
    </message>
    <message>
        <source>%1 is not among this account&apos;s organisations. Read the account&apos;s list of repositories again if it joined it lately.</source>
        <translation>%1 gehört nicht zu den Organisationen dieses Kontos. Lesen Sie die Repository-Liste des Kontos erneut, falls das Konto ihr kürzlich beigetreten ist.</translation>
    </message>
</context>
<context>
    <name>RepositoryChoice</name>
    <message>
        <source>Selection saved; the next sync follows it.</source>
        <translation>Auswahl gespeichert; die nächste Synchronisierung berücksichtigt sie.</translation>
    </message>
    <message>
        <source>Reading the list of repositories of %1…</source>
        <translation>Die Repository-Liste von %1 wird gelesen…</translation>
    </message>
</context>
<context>
    <name>RepositoryPickerDialog</name>
    <message>
        <source>Choose repositories of %1</source>
        <translation>Repositorys von %1 auswählen</translation>
    </message>
    <message>
        <source>Type to filter repositories…</source>
        <translation>Tippen, um Repositorys zu filtern…</translation>
    </message>
    <message>
        <source>Filter repositories</source>
        <translation>Repositorys filtern</translation>
    </message>
    <message>
        <source>Repositories</source>
        <translation>Repositorys</translation>
    </message>
    <message>
        <source> (private)</source>
        <translation> (privat)</translation>
    </message>
    <message numerus="yes">
        <source> · %n commits cached</source>
        <translation>
            <numerusform> · %n Commit im Cache</numerusform>
            <numerusform> · %n Commits im Cache</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticked repositories are synced. Tick an organisation to sync every repository of it, also those created later, or tick single repositories of it.</source>
        <translation>Angehakte Repositorys werden synchronisiert. Haken Sie eine Organisation an, um jedes ihrer Repositorys zu synchronisieren, auch später angelegte, oder haken Sie einzelne Repositorys an.</translation>
    </message>
    <message numerus="yes">
        <source>Your repositories (%1) — %n</source>
        <translation>
            <numerusform>Ihre Repositorys (%1) — %n</numerusform>
            <numerusform>Ihre Repositorys (%1) — %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Organisation %1 — every repository, also new ones (%n known)</source>
        <translation>
            <numerusform>Organisation %1 — jedes Repository, auch neue (%n bekannt)</numerusform>
            <numerusform>Organisation %1 — jedes Repository, auch neue (%n bekannt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Forks</source>
        <translation>Forks</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n repositories)</source>
        <translation>
            <numerusform>%1 (%n Repository)</numerusform>
            <numerusform>%1 (%n Repositorys)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your organisations: %1. Tick what DevPulse should include; your own repositories are ticked already. The first sync starts when you save (or cancel: then only your own).</source>
        <translation>Ihre Organisationen: %1. Haken Sie an, was DevPulse einbeziehen soll; Ihre eigenen Repositorys sind bereits angehakt. Die erste Synchronisierung beginnt beim Speichern (oder beim Abbrechen: dann nur Ihre eigenen).</translation>
    </message>
    <message>
        <source>&amp;Read the list again</source>
        <translation>Liste erneut &amp;lesen</translation>
    </message>
    <message>
        <source>Ask the service for the account&apos;s repositories and organisations again (ticks not saved yet are dropped).</source>
        <translation>Den Dienst erneut nach den Repositorys und Organisationen des Kontos fragen (noch nicht gespeicherte Haken gehen verloren).</translation>
    </message>
    <message>
        <source>Synced with its organisation, which is ticked.</source>
        <translation>Wird mit seiner Organisation synchronisiert, die ausgewählt ist.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the list (Esc)</source>
        <translation>Die Liste schließen (Esc)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Commits of the selected hour or day</source>
        <translation>Commits der ausgewählten Stunde oder des ausgewählten Tages</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Enter or double-click opens it in your browser</source>
        <translation>Eingabetaste oder Doppelklick öffnet den Eintrag in Ihrem Browser</translation>
    </message>
    <message numerus="yes">
        <source>%n results for “%1”</source>
        <translation>
            <numerusform>%n Ergebnis für „%1“</numerusform>
            <numerusform>%n Ergebnisse für „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>ReviewMetrics</name>
    <message>
        <source>&lt;10</source>
        <translation>&lt;10</translation>
    </message>
    <message>
        <source>10–49</source>
        <translation>10–49</translation>
    </message>
    <message>
        <source>50–199</source>
        <translation>50–199</translation>
    </message>
    <message>
        <source>200–499</source>
        <translation>200–499</translation>
    </message>
    <message>
        <source>500–999</source>
        <translation>500–999</translation>
    </message>
    <message>
        <source>1,000+</source>
        <translation>1.000+</translation>
    </message>
    <message numerus="yes">
        <source>Others (%n people)</source>
        <translation>
            <numerusform>Andere (%n Person)</numerusform>
            <numerusform>Andere (%n Personen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search for at most %1 words and %2 characters at a time (this search has %3 words and %4 characters). Leave some out and search again.</source>
        <translation>Suchen Sie nach höchstens %1 Wörtern und %2 Zeichen auf einmal (diese Suche hat %3 Wörter und %4 Zeichen). Lassen Sie einige weg und suchen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Your keychain is locked or refused access. Unlock it (for example by logging in again, or in &quot;Passwords and Keys&quot;) and try again.</source>
        <translation>Ihr Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie ihn (zum Beispiel durch erneutes Anmelden oder in „Passwörter und Verschlüsselung“) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keychain is available to keep your tokens safe. DevPulse stores tokens only in the system keychain: install and start one (on Debian and Ubuntu: apt install gnome-keyring, then log in again; on KDE: KWallet) and try again.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, um Ihre Tokens sicher aufzubewahren. DevPulse speichert Tokens nur im Schlüsselbund des Systems: Installieren und starten Sie einen (unter Debian und Ubuntu: apt install gnome-keyring, danach neu anmelden; unter KDE: KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>The system keychain did not answer. It may be waiting for you to unlock it in another window; unlock it and try again.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet. Möglicherweise wartet er darauf, dass Sie ihn in einem anderen Fenster entsperren; entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The token for this account is no longer in your keychain. Reconnect the account to sign in again.</source>
        <translation>Das Token für dieses Konto ist nicht mehr in Ihrem Schlüsselbund. Verbinden Sie das Konto erneut, um sich wieder anzumelden.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Cache file:</source>
        <translation>Cache-Datei:</translation>
    </message>
    <message>
        <source>Cache schema:</source>
        <translation>Cache-Schema:</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Einstellungsdatei:</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>Daten&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Minutes per Codewars kata:</source>
        <translation>Minuten pro Codewars-Kata:</translation>
    </message>
    <message>
        <source>Minutes per Exercism solution:</source>
        <translation>Minuten pro Exercism-Lösung:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>These services say what you solved, not for how long. New solutions use the value set here; a full re-sync applies it to all.</source>
        <translation>Diese Dienste melden, was Sie gelöst haben, aber nicht, wie lange Sie dafür gebraucht haben. Neue Lösungen verwenden den hier eingestellten Wert; eine vollständige Neusynchronisierung wendet ihn auf alle an.</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation>Automatische Synchronisierung</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Alle 15 Minuten</translation>
    </message>
    <message>
        <source>Every 30 minutes</source>
        <translation>Alle 30 Minuten</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Every 3 hours</source>
        <translation>Alle 3 Stunden</translation>
    </message>
    <message>
        <source>Every 12 hours</source>
        <translation>Alle 12 Stunden</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation>Einmal täglich</translation>
    </message>
    <message>
        <source>&amp;Automatic sync:</source>
        <translation>&amp;Automatische Synchronisierung:</translation>
    </message>
    <message>
        <source>&amp;Keep DevPulse in the tray when its window is closed</source>
        <translation>DevPulse beim Schließen des Fensters in der &amp;Kontrollleiste behalten</translation>
    </message>
    <message>
        <source>Automatic syncs wait while you are offline or have paused them from the tray, and back off after failures.</source>
        <translation>Automatische Synchronisierungen warten, solange Sie offline sind oder sie über die Kontrollleiste pausiert haben, und lassen nach Fehlschlägen mehr Zeit bis zum nächsten Versuch.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>DevPulse uses the new language from its next start.</source>
        <translation>DevPulse verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Einstellungen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Team database:</source>
        <translation>Team-Datenbank:</translation>
    </message>
    <message>
        <source> (read only)</source>
        <translation> (nur lesend)</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Team-Datenbank</translation>
    </message>
    <message>
        <source>Team database address</source>
        <translation>Adresse der Team-Datenbank</translation>
    </message>
    <message>
        <source>&amp;Only read it (a teammate&apos;s DevPulse: no accounts, no sync)</source>
        <translation>&amp;Nur lesen (das DevPulse eines Teammitglieds: keine Konten, keine Synchronisierung)</translation>
    </message>
    <message>
        <source>DevPulse uses the cache in its data folder from its next start.</source>
        <translation>DevPulse verwendet ab dem nächsten Start den Cache in seinem Datenordner.</translation>
    </message>
    <message>
        <source>DevPulse uses this team database from its next start. If it needs a password, store it first with: devpulse cache password --database %1</source>
        <translation>DevPulse verwendet diese Team-Datenbank ab dem nächsten Start. Falls sie ein Passwort braucht, speichern Sie es zuerst mit: devpulse cache password --database %1</translation>
    </message>
    <message>
        <source>Applies from the next start.</source>
        <translation>Gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database</source>
        <translation>postgresql://benutzer@host:5432/datenbank</translation>
    </message>
    <message>
        <source>In use now: %1 (given by --database or DEVPULSE_DATABASE; the address here applies when neither is given).</source>
        <translation>Jetzt in Gebrauch: %1 (über --database oder DEVPULSE_DATABASE angegeben; die Adresse hier gilt, wenn keins von beiden angegeben ist).</translation>
    </message>
    <message>
        <source>Tokens and API keys are kept in your system&apos;s keychain, never in these files. To start over, quit DevPulse and delete the data folder and the settings file; to forget the tokens too, disconnect the accounts first, or remove the “DevPulse” entries from your keychain.</source>
        <translation>Tokens und API-Schlüssel liegen im Schlüsselbund Ihres Systems, nie in diesen Dateien. Um neu anzufangen, beenden Sie DevPulse und löschen Sie den Datenordner und die Einstellungsdatei; um auch die Tokens zu vergessen, trennen Sie vorher die Konten oder entfernen Sie die „DevPulse“-Einträge aus Ihrem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Anfragen gleichzeitig</translation>
    </message>
    <message>
        <source>How many requests a sync sends at once, each for another repository. After GitHub asks DevPulse to slow down, it sends one at a time for a while. 1: one repository after the other.</source>
        <translation>Wie viele Anfragen eine Synchronisierung gleichzeitig sendet, jede für ein anderes Repository. Bittet GitHub DevPulse, langsamer zu werden, sendet es eine Weile nur eine Anfrage nach der anderen. 1: ein Repository nach dem anderen.</translation>
    </message>
    <message>
        <source>&amp;Requests at once:</source>
        <translation>&amp;Anfragen gleichzeitig:</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>another DevPulse started at the same time</source>
        <translation>eine weitere DevPulse-Instanz wurde gleichzeitig gestartet</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>DevPulse&apos;s cache file is damaged. Restart DevPulse: it will keep the damaged file aside and start a fresh cache.</source>
        <translation>Die Cache-Datei von DevPulse ist beschädigt. Starten Sie DevPulse neu: Die beschädigte Datei wird beiseitegelegt und ein neuer Cache angelegt.</translation>
    </message>
    <message>
        <source>The disk holding DevPulse&apos;s cache is full. Free some space and try again.</source>
        <translation>Der Datenträger mit dem Cache von DevPulse ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>DevPulse could not read or write its cache (%1).</source>
        <translation>DevPulse konnte seinen Cache nicht lesen oder schreiben (%1).</translation>
    </message>
</context>
<context>
    <name>SyncHistoryModel</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 (%2 unchanged)</source>
        <translation>%1 (%2 unverändert)</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Waits</source>
        <translation>Wartezeiten</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>SyncHistoryPage</name>
    <message>
        <source>Sync history</source>
        <translation>Synchronisierungsverlauf</translation>
    </message>
    <message>
        <source>No sync has run yet. Connect an account on the Connections page; each sync will be listed here with what it brought.</source>
        <translation>Es ist noch keine Synchronisierung gelaufen. Verbinden Sie ein Konto auf der Seite „Verbindungen“; jede Synchronisierung wird hier mit ihren Ergebnissen aufgeführt.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Run the selected failed or cancelled sync again</source>
        <translation>Die ausgewählte fehlgeschlagene oder abgebrochene Synchronisierung erneut ausführen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sync history&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Synchronisierungsverlauf&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>SyncManager</name>
    <message>
        <source>This version of DevPulse cannot sync %1 accounts.</source>
        <translation>Diese DevPulse-Version kann keine %1-Konten synchronisieren.</translation>
    </message>
    <message>
        <source>DevPulse is reading the imported files again right now; import this one when that is done.</source>
        <translation>DevPulse liest die importierten Dateien gerade erneut; importieren Sie diese, sobald das fertig ist.</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message numerus="yes">
        <source>%Ln commits</source>
        <translation>
            <numerusform>%Ln Commit</numerusform>
            <numerusform>%Ln Commits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pull requests</source>
        <translation>
            <numerusform>%Ln Pull-Request</numerusform>
            <numerusform>%Ln Pull-Requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln issues</source>
        <translation>
            <numerusform>%Ln Issue</numerusform>
            <numerusform>%Ln Issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln issue events</source>
        <translation>
            <numerusform>%Ln Issue-Ereignis</numerusform>
            <numerusform>%Ln Issue-Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln Ereignis</numerusform>
            <numerusform>%Ln Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln repositories</source>
        <translation>
            <numerusform>%Ln Repository</numerusform>
            <numerusform>%Ln Repositorys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln branches</source>
        <translation>
            <numerusform>%Ln Branch</numerusform>
            <numerusform>%Ln Branches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tags</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln Aktivität</numerusform>
            <numerusform>%Ln Aktivitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities removed (deleted on the service)</source>
        <translation>
            <numerusform>%Ln Aktivität entfernt (beim Dienst gelöscht)</numerusform>
            <numerusform>%Ln Aktivitäten entfernt (beim Dienst gelöscht)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities left out (no date or id in the answer)</source>
        <translation>
            <numerusform>%Ln Aktivität ausgelassen (ohne Datum oder ID in der Antwort)</numerusform>
            <numerusform>%Ln Aktivitäten ausgelassen (ohne Datum oder ID in der Antwort)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate-limited until %1</source>
        <translation>Anfragelimit erreicht bis %1</translation>
    </message>
    <message>
        <source>Repository %1 of %2 (%3)</source>
        <translation>Repository %1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Reading the list of repositories…</source>
        <translation>Die Repository-Liste wird gelesen…</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>weniger als eine Minute übrig</translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes left</source>
        <translation>
            <numerusform>etwa %n Minute übrig</numerusform>
            <numerusform>etwa %n Minuten übrig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hours left</source>
        <translation>
            <numerusform>etwa %n Stunde übrig</numerusform>
            <numerusform>etwa %n Stunden übrig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deployments and releases</source>
        <translation>
            <numerusform>%Ln Deployment oder Release</numerusform>
            <numerusform>%Ln Deployments und Releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln workflow runs</source>
        <translation>
            <numerusform>%Ln Workflow-Lauf</numerusform>
            <numerusform>%Ln Workflow-Läufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Sync progress (repositories)</source>
        <translation>Synchronisierungsfortschritt (Repositorys)</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Idle · never synced</source>
        <translation>Bereit · noch nie synchronisiert</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>%1 wird synchronisiert…</translation>
    </message>
    <message>
        <source>Last sync failed · %1</source>
        <translation>Letzte Synchronisierung fehlgeschlagen · %1</translation>
    </message>
    <message>
        <source>Idle · last sync %1</source>
        <translation>Bereit · letzte Synchronisierung %1</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>This version of DevPulse cannot sync %1 accounts.</source>
        <translation>Diese DevPulse-Version kann keine %1-Konten synchronisieren.</translation>
    </message>
    <message>
        <source>Another DevPulse is syncing this account right now (another window, a scheduled devpulse sync or the team&apos;s syncing machine); this sync was skipped.</source>
        <translation>Ein anderes DevPulse synchronisiert dieses Konto gerade (ein anderes Fenster, ein geplantes devpulse sync oder der synchronisierende Rechner des Teams); diese Synchronisierung wurde übersprungen.</translation>
    </message>
</context>
<context>
    <name>Teams</name>
    <message>
        <source>Give the team a name.</source>
        <translation>Geben Sie dem Team einen Namen.</translation>
    </message>
    <message>
        <source>There is already a team called “%1”.</source>
        <translation>Es gibt bereits ein Team namens „%1“.</translation>
    </message>
    <message>
        <source>There is no team “%1”: no team has been made yet.</source>
        <translation>Es gibt kein Team „%1“: Es wurde noch kein Team angelegt.</translation>
    </message>
    <message>
        <source>There is no team “%1”. Teams: %2.</source>
        <translation>Es gibt kein Team „%1“. Teams: %2.</translation>
    </message>
</context>
<context>
    <name>TimeBuckets</name>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>pro Quartal</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter, year</comment>
        <translation>Q%1 %2</translation>
    </message>
</context>
<context>
    <name>TokenValidator</name>
    <message>
        <source>%1 rejected this token (%2). Check that you copied all of it and that it has not expired or been revoked.</source>
        <translation>%1 hat dieses Token abgelehnt (%2). Prüfen Sie, ob Sie es vollständig kopiert haben und ob es nicht abgelaufen ist oder widerrufen wurde.</translation>
    </message>
    <message>
        <source>%1 refused access with this token: %2</source>
        <translation>%1 hat den Zugriff mit diesem Token verweigert: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 while checking the token. Try again in a moment.</source>
        <translation>%1 hat beim Prüfen des Tokens mit HTTP %2 geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 sent an answer DevPulse cannot read while checking the token. Try again in a moment.</source>
        <translation>%1 hat beim Prüfen des Tokens eine Antwort gesendet, die DevPulse nicht lesen kann. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The token is empty. Paste the whole token from GitHub&apos;s settings.</source>
        <translation>Das Token ist leer. Fügen Sie das vollständige Token aus den GitHub-Einstellungen ein.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>&amp;Open DevPulse</source>
        <translation>DevPulse ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Quit DevPulse</source>
        <translation>DevPulse &amp;beenden</translation>
    </message>
    <message>
        <source>DevPulse: sync failed</source>
        <translation>DevPulse: Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Last sync failed: %1</source>
        <translation>Letzte Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Rate-limited until %1</source>
        <translation>Anfragelimit erreicht bis %1</translation>
    </message>
    <message>
        <source>Offline: syncing waits for the network</source>
        <translation>Offline: Synchronisierung wartet auf das Netzwerk</translation>
    </message>
    <message>
        <source>Last sync %1: %2</source>
        <translation>Letzte Synchronisierung %1: %2</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Automatic sync paused</source>
        <translation>Automatische Synchronisierung pausiert</translation>
    </message>
    <message>
        <source>&amp;Resume automatic sync</source>
        <translation>Automatische Synchronisierung for&amp;tsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause automatic sync</source>
        <translation>Automatische Synchronisierung &amp;pausieren</translation>
    </message>
</context>
<context>
    <name>WakaTimeProvider</name>
    <message>
        <source>WakaTime rejected the API key. Copy your key from wakatime.com/settings/api-key and enter it again with Reconnect on the Connections page.</source>
        <translation>WakaTime hat den API-Schlüssel abgelehnt. Kopieren Sie Ihren Schlüssel von wakatime.com/settings/api-key und geben Sie ihn über „Erneut verbinden“ auf der Seite „Verbindungen“ erneut ein.</translation>
    </message>
    <message>
        <source>Coding time per day, project and language, with your personal API key.</source>
        <translation>Programmierzeit pro Tag, Projekt und Sprache, mit Ihrem persönlichen API-Schlüssel.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Enter your WakaTime API key.</source>
        <translation>Geben Sie Ihren WakaTime-API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>your profile</source>
        <translation>Ihr Profil</translation>
    </message>
    <message>
        <source>coding time</source>
        <translation>Programmierzeit</translation>
    </message>
    <message>
        <source>Reading coding time: %1 of %2 days</source>
        <translation>Programmierzeit wird gelesen: %1 von %2 Tagen</translation>
    </message>
</context>
<context>
    <name>WorkKinds</name>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Fixes</source>
        <translation>Fehlerbehebungen</translation>
    </message>
    <message>
        <source>Refactoring</source>
        <translation>Refactoring</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>CI</source>
        <translation>CI</translation>
    </message>
    <message>
        <source>Chores</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>Reverts</source>
        <translation>Rücknahmen</translation>
    </message>
    <message>
        <source>Merges</source>
        <translation>Merges</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>A Conventional Commits type at the start of the subject gives the kind: feat, fix, refactor, perf, docs, test, build, ci, chore, style or revert, with or without a scope or “!” (“feat(ui)!: …”).</source>
        <translation>Ein Conventional-Commits-Typ am Anfang der Betreffzeile gibt die Art an: feat, fix, refactor, perf, docs, test, build, ci, chore, style oder revert, mit oder ohne Bereich oder „!“ („feat(ui)!: …“).</translation>
    </message>
    <message>
        <source>Otherwise a subject starting with Revert &quot;…&quot; is a revert, and one starting with “Merge pull request”, “Merge branch”, “Merge remote-tracking branch”, “Merge tag”, “Merge commit” or “Merge changes” is a merge.</source>
        <translation>Sonst ist eine Betreffzeile, die mit Revert &quot;…&quot; beginnt, eine Rücknahme, und eine, die mit „Merge pull request“, „Merge branch“, „Merge remote-tracking branch“, „Merge tag“, „Merge commit“ oder „Merge changes“ beginnt, ein Merge.</translation>
    </message>
    <message>
        <source>Otherwise the words fix, fixes, fixed, fixing, bug, bugs, bugfix or hotfix in the subject make it a fix.</source>
        <translation>Sonst machen die Wörter fix, fixes, fixed, fixing, bug, bugs, bugfix oder hotfix in der Betreffzeile sie zu einer Fehlerbehebung.</translation>
    </message>
    <message>
        <source>Everything else is other.</source>
        <translation>Alles andere ist Sonstiges.</translation>
    </message>
</context>
</TS>
