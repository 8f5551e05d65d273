<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>CalendarHeatmapWidget</name>
    <message numerus="yes">
        <source>%1: %n commits</source>
        <translation>
            <numerusform>%1: %n commit</numerusform>
            <numerusform>%1: %n commits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Unselected %1: %n repositories no longer synced.</source>
        <translation>
            <numerusform>Unselected %1: %n repository no longer synced.</numerusform>
            <numerusform>Unselected %1: %n repositories no longer synced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected %1 with every repository, also those created later (%n known now).</source>
        <translation>
            <numerusform>Selected %1 with every repository, also those created later (%n known now).</numerusform>
            <numerusform>Selected %1 with every repository, also those created later (%n known now).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected the %n repositories of %1 the list holds.</source>
        <translation>
            <numerusform>Selected the %n repository of %1 the list holds.</numerusform>
            <numerusform>Selected the %n repositories of %1 the list holds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeMetrics</name>
    <message numerus="yes">
        <source>Others (%n people)</source>
        <translation>
            <numerusform>Others (%n person)</numerusform>
            <numerusform>Others (%n people)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Others (%n repositories)</source>
        <translation>
            <numerusform>Others (%n repository)</numerusform>
            <numerusform>Others (%n repositories)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionStatusCards</name>
    <message numerus="yes">
        <source>%n account(s) connected</source>
        <translation>
            <numerusform>%n account connected</numerusform>
            <numerusform>%n accounts connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message numerus="yes">
        <source>%n repositories</source>
        <translation>
            <numerusform>%n repository</numerusform>
            <numerusform>%n repositories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message numerus="yes">
        <source>%n valid row(s) ready to import.</source>
        <translation>
            <numerusform>%n valid row ready to import.</numerusform>
            <numerusform>%n valid rows ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems and will be left out; fix them in the file and import it again to add them.</source>
        <translation>
            <numerusform>%n row has problems and will be left out; fix it in the file and import it again to add it.</numerusform>
            <numerusform>%n rows have problems and will be left out; fix them in the file and import them again to add them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n valid row(s)</source>
        <translation>
            <numerusform>&amp;Import %n valid row</numerusform>
            <numerusform>&amp;Import %n valid rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvProvider</name>
    <message numerus="yes">
        <source>%n row(s) of the file are invalid and were left out; import the file again to see the report.</source>
        <translation>
            <numerusform>%n row of the file is invalid and was left out; import the file again to see the report.</numerusform>
            <numerusform>%n rows of the file are invalid and were left out; import the file again to see the report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported file(s) are no longer there: %1. Import them again from their new place; what they brought stays in the cache.</source>
        <translation>
            <numerusform>%n imported file is no longer there: %1. Import it again from its new place; what it brought stays in the cache.</numerusform>
            <numerusform>%n imported files are no longer there: %1. Import them again from their new place; what they brought stays in the cache.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardCards</name>
    <message numerus="yes">
        <source>%Ln tags; a new tag every %1 days (median, per repository).</source>
        <translation>
            <numerusform>%Ln tag; a new tag every %1 days (median, per repository).</numerusform>
            <numerusform>%Ln tags; a new tag every %1 days (median, per repository).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tags.</source>
        <translation>
            <numerusform>%Ln tag.</numerusform>
            <numerusform>%Ln tags.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln branches were there when DevPulse first read their repository; when they were created is not known, so they are in no month.</source>
        <translation>
            <numerusform>%Ln branch was there when DevPulse first read its repository; when it was created is not known, so it is in no month.</numerusform>
            <numerusform>%Ln branches were there when DevPulse first read their repository; when they were created is not known, so they are in no month.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message numerus="yes">
        <source>Others (%n services)</source>
        <translation>
            <numerusform>Others (%n service)</numerusform>
            <numerusform>Others (%n services)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other and %n smaller kinds</source>
        <translation>
            <numerusform>Other and %n smaller kind</numerusform>
            <numerusform>Other and %n smaller kinds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardExportActions</name>
    <message numerus="yes">
        <source>Report written: %1 (%n pages).</source>
        <translation>
            <numerusform>Report written: %1 (%n page).</numerusform>
            <numerusform>Report written: %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardFilterBar</name>
    <message numerus="yes">
        <source>%Ln repositories</source>
        <translation>
            <numerusform>%Ln repository</numerusform>
            <numerusform>%Ln repositories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team %1 (%Ln people)</source>
        <translation>
            <numerusform>Team %1 (%Ln person)</numerusform>
            <numerusform>Team %1 (%Ln people)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kinds of work</source>
        <translation>
            <numerusform>%Ln kind of work</numerusform>
            <numerusform>%Ln kinds of work</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardTables</name>
    <message numerus="yes">
        <source>%Ln commits; the busiest hour is %1 %2:00 (%3).</source>
        <translation>
            <numerusform>%Ln commit; the busiest hour is %1 %2:00 (%3).</numerusform>
            <numerusform>%Ln commits; the busiest hour is %1 %2:00 (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commits on %1 days.</source>
        <translation>
            <numerusform>%Ln commit on %1 days.</numerusform>
            <numerusform>%Ln commits on %1 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tags; a new tag every %1 days (median).</source>
        <translation>
            <numerusform>%Ln tag; a new tag every %1 days (median).</numerusform>
            <numerusform>%Ln tags; a new tag every %1 days (median).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tags.</source>
        <translation>
            <numerusform>%Ln tag.</numerusform>
            <numerusform>%Ln tags.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected repositories</source>
        <translation>
            <numerusform>%n selected repository</numerusform>
            <numerusform>%n selected repositories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %Ln repositories</source>
        <translation>
            <numerusform>%Ln repository</numerusform>
            <numerusform>all %Ln repositories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pull requests got a first review after %1 (median; 90th percentile %2).</source>
        <translation>
            <numerusform>%Ln pull request got a first review after %1 (median; 90th percentile %2).</numerusform>
            <numerusform>%Ln pull requests got a first review after %1 (median; 90th percentile %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln merged without a review; %2 review rounds on average.</source>
        <translation>
            <numerusform>%1 of %Ln merged without a review; %2 review rounds on average.</numerusform>
            <numerusform>%1 of %Ln merged without a review; %2 review rounds on average.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reviews; %1 gave the most (%2).</source>
        <translation>
            <numerusform>%Ln review; %1 gave the most (%2).</numerusform>
            <numerusform>%Ln reviews; %1 gave the most (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln pairs with the most reviews: reviewer, then the author of the pull requests.</source>
        <translation>
            <numerusform>The %Ln pair with the most reviews: reviewer, then the author of the pull requests.</numerusform>
            <numerusform>The %Ln pairs with the most reviews: reviewer, then the author of the pull requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged pull requests by lines added plus removed: median and 90th percentile hours from opening to merge.</source>
        <translation>
            <numerusform>%Ln merged pull request by lines added plus removed: median and 90th percentile hours from opening to merge.</numerusform>
            <numerusform>%Ln merged pull requests by lines added plus removed: median and 90th percentile hours from opening to merge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lead time for changes: %1 (median of %Ln commits, %2).</source>
        <translation>
            <numerusform>Lead time for changes: %1 (median of %Ln commit, %2).</numerusform>
            <numerusform>Lead time for changes: %1 (median of %Ln commits, %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deployments reach commits synced before DevPulse kept parents: a full sync measures their lead time.</source>
        <translation>
            <numerusform>%Ln deployment reaches commits synced before DevPulse kept parents: a full sync measures their lead time.</numerusform>
            <numerusform>%Ln deployments reach commits synced before DevPulse kept parents: a full sync measures their lead time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What counts as a deployment in each of %Ln repositories: chosen from what it has unless you chose (“Choose what counts…”, or devpulse repos delivery).</source>
        <translation>
            <numerusform>What counts as a deployment in %Ln repository: chosen from what it has unless you chose (“Choose what counts…”, or devpulse repos delivery).</numerusform>
            <numerusform>What counts as a deployment in each of %Ln repositories: chosen from what it has unless you chose (“Choose what counts…”, or devpulse repos delivery).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliverySourcesDialog</name>
    <message numerus="yes">
        <source>Published releases (%Ln)</source>
        <translation>
            <numerusform>Published releases (%Ln)</numerusform>
            <numerusform>Published releases (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every tag (%Ln)</source>
        <translation>
            <numerusform>Every tag (%Ln)</numerusform>
            <numerusform>Every tag (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisconnectDialog</name>
    <message numerus="yes">
        <source>Disconnect and &amp;delete %n cached items</source>
        <translation>
            <numerusform>Disconnect and &amp;delete %n cached item</numerusform>
            <numerusform>Disconnect and &amp;delete %n cached items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message numerus="yes">
        <source>Name of the merged person (%Ln entries):</source>
        <translation>
            <numerusform>Name of the merged person (%Ln entry):</numerusform>
            <numerusform>Name of the merged person (%Ln entries):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PunchCardWidget</name>
    <message numerus="yes">
        <source>%1 %2:00–%2:59: %n commits</source>
        <translation>
            <numerusform>%1 %2:00–%2:59: %n commit</numerusform>
            <numerusform>%1 %2:00–%2:59: %n commits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commits in all; circle area per hour, up to</source>
        <translation>
            <numerusform>%Ln commit in all; circle area per hour, up to</numerusform>
            <numerusform>%Ln commits in all; circle area per hour, up to</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commits; per hour up to</source>
        <translation>
            <numerusform>%Ln commit; per hour up to</numerusform>
            <numerusform>%Ln commits; per hour up to</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepositoryPickerDialog</name>
    <message numerus="yes">
        <source> · %n commits cached</source>
        <translation>
            <numerusform> · %n commit cached</numerusform>
            <numerusform> · %n commits cached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your repositories (%1) — %n</source>
        <translation>
            <numerusform>Your repositories (%1) — %n</numerusform>
            <numerusform>Your repositories (%1) — %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Organisation %1 — every repository, also new ones (%n known)</source>
        <translation>
            <numerusform>Organisation %1 — every repository, also new ones (%n known)</numerusform>
            <numerusform>Organisation %1 — every repository, also new ones (%n known)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n repositories)</source>
        <translation>
            <numerusform>%1 (%n repository)</numerusform>
            <numerusform>%1 (%n repositories)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message numerus="yes">
        <source>%n results for “%1”</source>
        <translation>
            <numerusform>%n result for “%1”</numerusform>
            <numerusform>%n results for “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewMetrics</name>
    <message numerus="yes">
        <source>Others (%n people)</source>
        <translation>
            <numerusform>Others (%n person)</numerusform>
            <numerusform>Others (%n people)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message numerus="yes">
        <source>%Ln commits</source>
        <translation>
            <numerusform>%Ln commit</numerusform>
            <numerusform>%Ln commits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pull requests</source>
        <translation>
            <numerusform>%Ln pull request</numerusform>
            <numerusform>%Ln pull requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln issues</source>
        <translation>
            <numerusform>%Ln issue</numerusform>
            <numerusform>%Ln issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln issue events</source>
        <translation>
            <numerusform>%Ln issue event</numerusform>
            <numerusform>%Ln issue events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln repositories</source>
        <translation>
            <numerusform>%Ln repository</numerusform>
            <numerusform>%Ln repositories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln branches</source>
        <translation>
            <numerusform>%Ln branch</numerusform>
            <numerusform>%Ln branches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tags</source>
        <translation>
            <numerusform>%Ln tag</numerusform>
            <numerusform>%Ln tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln activity</numerusform>
            <numerusform>%Ln activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities removed (deleted on the service)</source>
        <translation>
            <numerusform>%Ln activity removed (deleted on the service)</numerusform>
            <numerusform>%Ln activities removed (deleted on the service)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities left out (no date or id in the answer)</source>
        <translation>
            <numerusform>%Ln activity left out (no date or id in the answer)</numerusform>
            <numerusform>%Ln activities left out (no date or id in the answer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hours left</source>
        <translation>
            <numerusform>about %n hour left</numerusform>
            <numerusform>about %n hours left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deployments and releases</source>
        <translation>
            <numerusform>%Ln deployment or release</numerusform>
            <numerusform>%Ln deployments and releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln workflow runs</source>
        <translation>
            <numerusform>%Ln workflow run</numerusform>
            <numerusform>%Ln workflow runs</numerusform>
        </translation>
    </message>
</context>
</TS>
