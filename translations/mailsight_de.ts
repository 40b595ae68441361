<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppTheme</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>ArcChainVerifier</name>
    <message>
        <source>the message carries no ARC header fields</source>
        <translation>die Nachricht enthält keine ARC-Header-Felder</translation>
    </message>
    <message>
        <source>The ARC-Message-Signature of i=%1 (d=%2) lists Authentication-Results in h=.</source>
        <translation>Die ARC-Message-Signature von i=%1 (d=%2) führt Authentication-Results in h= auf.</translation>
    </message>
    <message>
        <source>%1 ARC-Seal fields: more than the 50 sets allowed</source>
        <translation>%1 ARC-Seal-Felder: mehr als die erlaubten 50 Sets</translation>
    </message>
    <message>
        <source>The message carries %1 ARC-Seal header fields.</source>
        <translation>Die Nachricht enthält %1 ARC-Seal-Header-Felder.</translation>
    </message>
    <message>
        <source> Today the ARC-Message-Signature of i=%1 (d=%2) does not verify: %3.</source>
        <translation> Heute lässt sich die ARC-Message-Signature von i=%1 (d=%2) nicht verifizieren: %3.</translation>
    </message>
    <message>
        <source> Today the ARC-Seal of i=%1 (d=%2) does not verify: %3.</source>
        <translation> Heute lässt sich das ARC-Seal von i=%1 (d=%2) nicht verifizieren: %3.</translation>
    </message>
    <message>
        <source>the sealer of i=%1 (d=%2) found the chain already broken and sealed it with cv=fail</source>
        <translation>der Versiegler von i=%1 (d=%2) fand die Kette bereits unterbrochen vor und versiegelte sie mit cv=fail</translation>
    </message>
    <message>
        <source>The ARC-Seal of i=%1 (d=%2) says cv=fail.</source>
        <translation>Das ARC-Seal von i=%1 (d=%2) sagt cv=fail.</translation>
    </message>
    <message>
        <source>%1 ARC header field(s) without a valid instance number</source>
        <translation>%1 ARC-Header-Feld(er) ohne gültige Instanznummer</translation>
    </message>
    <message>
        <source>Fields without a valid i=: %1.</source>
        <translation>Felder ohne gültiges i=: %1.</translation>
    </message>
    <message>
        <source>instance %1 is missing: the sets are not numbered 1..%2</source>
        <translation>Instanz %1 fehlt: Die Sets sind nicht von 1..%2 durchnummeriert</translation>
    </message>
    <message>
        <source>The chain has sets up to i=%1 but none with i=%2.</source>
        <translation>Die Kette hat Sets bis i=%1, aber keines mit i=%2.</translation>
    </message>
    <message>
        <source>instance %1 appears more than once</source>
        <translation>Instanz %1 kommt mehr als einmal vor</translation>
    </message>
    <message>
        <source>Repeated at i=%1: %2.</source>
        <translation>Wiederholt bei i=%1: %2.</translation>
    </message>
    <message>
        <source>the set of instance %1 has no %2</source>
        <translation>dem Set der Instanz %1 fehlt %2</translation>
    </message>
    <message>
        <source>The set i=%1 lacks: %2.</source>
        <translation>Dem Set i=%1 fehlt: %2.</translation>
    </message>
    <message>
        <source>an ARC header field of instance %1 cannot be read</source>
        <translation>ein ARC-Header-Feld der Instanz %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>At i=%1: %2.</source>
        <translation>Bei i=%1: %2.</translation>
    </message>
    <message>
        <source>the seal of instance %1 says cv=%2 where cv=%3 is required</source>
        <translation>das Siegel der Instanz %1 sagt cv=%2, wo cv=%3 verlangt ist</translation>
    </message>
    <message>
        <source>The ARC-Seal of i=%1 (d=%2) says cv=%3; at this place in the chain it must say cv=%4.</source>
        <translation>Das ARC-Seal von i=%1 (d=%2) sagt cv=%3; an dieser Stelle der Kette muss es cv=%4 sagen.</translation>
    </message>
    <message>
        <source>the ARC-Message-Signature of i=%1 (d=%2) does not verify: %3</source>
        <translation>die ARC-Message-Signature von i=%1 (d=%2) lässt sich nicht verifizieren: %3</translation>
    </message>
    <message>
        <source>The ARC-Message-Signature of i=%1 (d=%2): %3.</source>
        <translation>Die ARC-Message-Signature von i=%1 (d=%2): %3.</translation>
    </message>
    <message>
        <source>The key of the ARC-Message-Signature of i=%1 could not be fetched: %2.</source>
        <translation>Der Schlüssel der ARC-Message-Signature von i=%1 konnte nicht abgerufen werden: %2.</translation>
    </message>
    <message>
        <source>The ARC-Message-Signature of i=%1 (d=%2) no longer verifies (%3): the message was changed after %2 signed it, before %4 (i=%5) did. oldest-pass=%5.</source>
        <translation>Die ARC-Message-Signature von i=%1 (d=%2) lässt sich nicht mehr verifizieren (%3): Die Nachricht wurde verändert, nachdem %2 sie signiert hatte und bevor %4 (i=%5) es tat. oldest-pass=%5.</translation>
    </message>
    <message>
        <source>the ARC-Seal of i=%1 (d=%2) does not verify: %3</source>
        <translation>das ARC-Seal von i=%1 (d=%2) lässt sich nicht verifizieren: %3</translation>
    </message>
    <message>
        <source>The ARC-Seal of i=%1 (d=%2): %3.</source>
        <translation>Das ARC-Seal von i=%1 (d=%2): %3.</translation>
    </message>
    <message>
        <source>%1 ARC set(s), sealed by %2: every seal verifies and the latest signature matches the message</source>
        <translation>%1 ARC-Set(s), versiegelt von %2: Jedes Siegel lässt sich verifizieren, und die letzte Signatur passt zur Nachricht</translation>
    </message>
    <message>
        <source>a=rsa-sha1 is not accepted (RFC 8301)</source>
        <translation>a=rsa-sha1 wird nicht akzeptiert (RFC 8301)</translation>
    </message>
    <message>
        <source>the ARC-Message-Signature cannot be read: %1</source>
        <translation>die ARC-Message-Signature kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the key at %1 is %2 bits; RFC 8301 forbids accepting keys under 1024 bits</source>
        <translation>der Schlüssel unter %1 hat %2 Bit; RFC 8301 verbietet, Schlüssel unter 1024 Bit zu akzeptieren</translation>
    </message>
    <message>
        <source>l=%1 is longer than the body: the body was cut</source>
        <translation>l=%1 ist länger als der Body: Der Body wurde gekürzt</translation>
    </message>
    <message>
        <source>the body hash does not match: the body changed after this hop signed it</source>
        <translation>der Body-Hash stimmt nicht: Der Body wurde verändert, nachdem diese Station ihn signiert hat</translation>
    </message>
    <message>
        <source>the signature does not verify with the key at %1 (a signed header changed, or the key is not the signer&apos;s)</source>
        <translation>die Signatur lässt sich mit dem Schlüssel unter %1 nicht verifizieren (ein signierter Header wurde verändert, oder der Schlüssel ist nicht der des Signierers)</translation>
    </message>
    <message>
        <source>verifies with the %1 key at %2</source>
        <translation>lässt sich mit dem %1-Schlüssel unter %2 verifizieren</translation>
    </message>
    <message>
        <source>the header signature verifies with the key at %1; the body was not given, so its hash was not checked</source>
        <translation>die Header-Signatur lässt sich mit dem Schlüssel unter %1 verifizieren; der Body wurde nicht angegeben, daher wurde sein Hash nicht geprüft</translation>
    </message>
    <message>
        <source>the ARC-Seal cannot be read: %1</source>
        <translation>das ARC-Seal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not checked: the sets up to i=%1 are not complete and numbered 1..%1</source>
        <translation>nicht geprüft: Die Sets bis i=%1 sind nicht vollständig und nicht von 1..%1 durchnummeriert</translation>
    </message>
    <message>
        <source>the seal does not verify with the key at %1: an ARC header field of sets 1..%2 changed after sealing, or the key is not the sealer&apos;s</source>
        <translation>das Siegel lässt sich mit dem Schlüssel unter %1 nicht verifizieren: Ein ARC-Header-Feld der Sets 1..%2 wurde nach dem Versiegeln verändert, oder der Schlüssel ist nicht der des Versieglers</translation>
    </message>
    <message>
        <source>the seal over sets 1..%1 verifies with the %2 key at %3</source>
        <translation>das Siegel über die Sets 1..%1 lässt sich mit dem %2-Schlüssel unter %3 verifizieren</translation>
    </message>
</context>
<context>
    <name>AreaSummaryHtml</name>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
</context>
<context>
    <name>AuditAreaCard</name>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Opens the %1 tab</source>
        <translation>Öffnet den Reiter %1</translation>
    </message>
    <message>
        <source>%1 — %2
%3
Click to open the %1 tab.</source>
        <translation>%1 — %2
%3
Klicken, um den Reiter %1 zu öffnen.</translation>
    </message>
</context>
<context>
    <name>AuditAreaCards</name>
    <message>
        <source>Areas of the audit</source>
        <translation>Bereiche der Prüfung</translation>
    </message>
</context>
<context>
    <name>AuditAreaSummary</name>
    <message>
        <source>No SPF record: receivers cannot tell who may send</source>
        <translation>Kein SPF-Eintrag: Empfänger können nicht erkennen, wer senden darf</translation>
    </message>
    <message>
        <source>More than one SPF record: SPF fails</source>
        <translation>Mehr als ein SPF-Eintrag: SPF schlägt fehl</translation>
    </message>
    <message>
        <source>The SPF record could not be read</source>
        <translation>Der SPF-Eintrag konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The SPF record has a syntax error: SPF fails</source>
        <translation>Der SPF-Eintrag hat einen Syntaxfehler: SPF schlägt fehl</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>%1 of %2 lookups: SPF fails</source>
        <translation>%1 von %2 Lookups: SPF schlägt fehl</translation>
    </message>
    <message>
        <source>%1 of %2 lookups</source>
        <translation>%1 von %2 Lookups</translation>
    </message>
    <message>
        <source>%1 of %2 lookups, ends in %3</source>
        <translation>%1 von %2 Lookups, endet auf %3</translation>
    </message>
    <message numerus="yes">
        <source>No key among %n selector(s) tried</source>
        <translation>
            <numerusform>Kein Schlüssel unter %n geprüften Selektor</numerusform>
            <numerusform>Kein Schlüssel unter %n geprüften Selektoren</numerusform>
        </translation>
    </message>
    <message>
        <source>No selector known</source>
        <translation>Kein Selektor bekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s): </source>
        <translation>
            <numerusform>%n Schlüssel: </numerusform>
            <numerusform>%n Schlüssel: </numerusform>
        </translation>
    </message>
    <message>
        <source>No DMARC record: forged mail is not refused</source>
        <translation>Kein DMARC-Eintrag: Gefälschte Mails werden nicht abgewiesen</translation>
    </message>
    <message numerus="yes">
        <source>reports to %n address(es)</source>
        <translation>
            <numerusform>Berichte an %n Adresse</numerusform>
            <numerusform>Berichte an %n Adressen</numerusform>
        </translation>
    </message>
    <message>
        <source>no aggregate reports (rua)</source>
        <translation>keine Sammelberichte (rua)</translation>
    </message>
    <message>
        <source>No DMARC or TLS-RPT report imported</source>
        <translation>Kein DMARC- oder TLS-RPT-Bericht importiert</translation>
    </message>
    <message numerus="yes">
        <source>%1 messages from %n source(s), %2% pass DMARC</source>
        <translation>
            <numerusform>%1 Nachrichten von %n Quelle, %2 % bestehen DMARC</numerusform>
            <numerusform>%1 Nachrichten von %n Quellen, %2 % bestehen DMARC</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed TLS session(s)</source>
        <translation>
            <numerusform>%n fehlgeschlagene TLS-Sitzung</numerusform>
            <numerusform>%n fehlgeschlagene TLS-Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n TLS-RPT report(s), no failure</source>
        <translation>
            <numerusform>%n TLS-RPT-Bericht, kein Fehler</numerusform>
            <numerusform>%n TLS-RPT-Berichte, kein Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>The MX records could not be read</source>
        <translation>Die MX-Einträge konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Null MX: receives no mail</source>
        <translation>Null-MX: empfängt keine Mails</translation>
    </message>
    <message>
        <source>No MX record</source>
        <translation>Kein MX-Eintrag</translation>
    </message>
    <message>
        <source>no MTA-STS</source>
        <translation>kein MTA-STS</translation>
    </message>
    <message>
        <source>MTA-STS record invalid</source>
        <translation>MTA-STS-Eintrag ungültig</translation>
    </message>
    <message>
        <source>MTA-STS policy not fetched</source>
        <translation>MTA-STS-Richtlinie nicht abgerufen</translation>
    </message>
    <message>
        <source>MTA-STS policy not usable</source>
        <translation>MTA-STS-Richtlinie nicht verwendbar</translation>
    </message>
    <message>
        <source>MTA-STS %1</source>
        <translation>MTA-STS %1</translation>
    </message>
    <message numerus="yes">
        <source>%n MX</source>
        <translation>
            <numerusform>%n MX</numerusform>
            <numerusform>%n MX</numerusform>
        </translation>
    </message>
    <message>
        <source>DNSSEC not validated</source>
        <translation>DNSSEC nicht validiert</translation>
    </message>
    <message>
        <source>chain secure</source>
        <translation>Kette sicher</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <source>chain broken</source>
        <translation>Kette unterbrochen</translation>
    </message>
    <message>
        <source>DNSSEC %1</source>
        <translation>DNSSEC %1</translation>
    </message>
    <message>
        <source>servers not checked</source>
        <translation>Server nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s), answers differ</source>
        <translation>
            <numerusform>%n Server, Antworten unterscheiden sich</numerusform>
            <numerusform>%n Server, Antworten unterscheiden sich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) agree</source>
        <translation>
            <numerusform>%n Server stimmt überein</numerusform>
            <numerusform>%n Server stimmen überein</numerusform>
        </translation>
    </message>
    <message>
        <source>blocklists not asked</source>
        <translation>Sperrlisten nicht abgefragt</translation>
    </message>
    <message numerus="yes">
        <source>listed %n time(s)</source>
        <translation>
            <numerusform>%n-mal gelistet</numerusform>
            <numerusform>%n-mal gelistet</numerusform>
        </translation>
    </message>
    <message>
        <source>on no blocklist</source>
        <translation>auf keiner Sperrliste</translation>
    </message>
    <message>
        <source>no blocklist answered</source>
        <translation>keine Sperrliste hat geantwortet</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Not checked: the audit was cancelled</source>
        <translation>Nicht geprüft: Die Prüfung wurde abgebrochen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>AuditController</name>
    <message>
        <source>Not audited: the resolver could not be set up.</source>
        <translation>Nicht geprüft: Der Resolver konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>Auditing %1 via %2…</source>
        <translation>Prüfe %1 über %2…</translation>
    </message>
    <message>
        <source>Audit of %1 cancelled after %2 ms: %3 queries answered, %4 cut short. Nothing is known about what they would have returned.</source>
        <translation>Prüfung von %1 nach %2 ms abgebrochen: %3 Abfragen beantwortet, %4 abgebrochen. Was diese geliefert hätten, ist unbekannt.</translation>
    </message>
    <message>
        <source>%1 audited in %2 ms; DNS queries: %3</source>
        <translation>%1 in %2 ms geprüft; DNS-Abfragen: %3</translation>
    </message>
    <message>
        <source>, of which failed: %1 (see the query log)</source>
        <translation>, davon fehlgeschlagen: %1 (siehe Abfrageprotokoll)</translation>
    </message>
</context>
<context>
    <name>AuditDiff</name>
    <message>
        <source>improved</source>
        <translation>verbessert</translation>
    </message>
    <message>
        <source>regressed</source>
        <translation>verschlechtert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Grade: %1 -&gt; %2 (%3)</source>
        <translation>Note: %1 -&gt; %2 (%3)</translation>
    </message>
    <message>
        <source>New: </source>
        <translation>Neu: </translation>
    </message>
    <message>
        <source>Fixed: </source>
        <translation>Behoben: </translation>
    </message>
    <message>
        <source>DMARC policy: %1 -&gt; %2</source>
        <translation>DMARC-Richtlinie: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>SPF lookups: %1 -&gt; %2</source>
        <translation>SPF-Lookups: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>SPF include added: %1 (%2 lookups)</source>
        <translation>SPF-Include hinzugefügt: %1 (%2 Lookups)</translation>
    </message>
    <message>
        <source>SPF include removed: %1</source>
        <translation>SPF-Include entfernt: %1</translation>
    </message>
    <message>
        <source>DKIM key added: %1 (%2 %3 bits)</source>
        <translation>DKIM-Schlüssel hinzugefügt: %1 (%2 %3 Bit)</translation>
    </message>
    <message>
        <source>DKIM key removed: %1</source>
        <translation>DKIM-Schlüssel entfernt: %1</translation>
    </message>
    <message>
        <source>DKIM key replaced: %1</source>
        <translation>DKIM-Schlüssel ersetzt: %1</translation>
    </message>
    <message>
        <source>Record added: </source>
        <translation>Eintrag hinzugefügt: </translation>
    </message>
    <message>
        <source>Record removed: </source>
        <translation>Eintrag entfernt: </translation>
    </message>
    <message>
        <source>Record changed: </source>
        <translation>Eintrag geändert: </translation>
    </message>
</context>
<context>
    <name>AuditDiffFindingsModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Found in the later audit, not in the earlier one</source>
        <translation>In der späteren Prüfung gefunden, nicht in der früheren</translation>
    </message>
    <message>
        <source>Found in the earlier audit, gone from the later one</source>
        <translation>In der früheren Prüfung gefunden, in der späteren nicht mehr</translation>
    </message>
    <message>
        <source>Found in both audits</source>
        <translation>In beiden Prüfungen gefunden</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
</context>
<context>
    <name>AuditDiffRecordsModel</name>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 Bit</translation>
    </message>
    <message numerus="yes">
        <source>%n DNS lookup(s)</source>
        <translation>
            <numerusform>%n DNS-Lookup</numerusform>
            <numerusform>%n DNS-Lookups</numerusform>
        </translation>
    </message>
    <message>
        <source>DMARC policy</source>
        <translation>DMARC-Richtlinie</translation>
    </message>
    <message>
        <source>SPF lookups</source>
        <translation>SPF-Lookups</translation>
    </message>
    <message>
        <source>SPF term</source>
        <translation>SPF-Term</translation>
    </message>
    <message>
        <source>SPF include</source>
        <translation>SPF-Include</translation>
    </message>
    <message>
        <source>DKIM key</source>
        <translation>DKIM-Schlüssel</translation>
    </message>
    <message>
        <source>DNS record</source>
        <translation>DNS-Eintrag</translation>
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
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>AuditDocument</name>
    <message numerus="yes">
        <source>%n domain(s) audited for SPF, DKIM and DMARC</source>
        <translation>
            <numerusform>%n Domain auf SPF, DKIM und DMARC geprüft</numerusform>
            <numerusform>%n Domains auf SPF, DKIM und DMARC geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>Email authentication audit</source>
        <translation>Prüfung der E-Mail-Authentifizierung</translation>
    </message>
    <message>
        <source>Email authentication audit — %1</source>
        <translation>Prüfung der E-Mail-Authentifizierung — %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The SPF check was not run.</source>
        <translation>Die SPF-Prüfung wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Eintrag:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>DNS lookups needed: %1 of the 10 allowed; void lookups: %2; deepest include chain: %3.</source>
        <translation>Benötigte DNS-Lookups: %1 der 10 erlaubten; Void Lookups: %2; tiefste Include-Kette: %3.</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was er bewirkt</translation>
    </message>
    <message>
        <source>The DKIM check was not run.</source>
        <translation>Die DKIM-Prüfung wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>No DKIM key was found at the selectors tried.</source>
        <translation>An den versuchten Selectors wurde kein DKIM-Schlüssel gefunden.</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Selector</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bit</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerabdruck (SHA-256)</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>The DMARC check was not run.</source>
        <translation>Die DMARC-Prüfung wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Policy applied by RFC 9989 receivers: %1; by RFC 7489 receivers: %2.</source>
        <translation>Von Empfängern nach RFC 9989 angewandte Richtlinie: %1; von Empfängern nach RFC 7489: %2.</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Beleg:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <source>The %1 biggest of %2 are shown; the Reports tab and `mailsight-cli reports summary` list them all.</source>
        <translation>Die %1 größten von %2 werden gezeigt; der Reiter Berichte und `mailsight-cli reports summary` listen alle auf.</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>alle Daten</translation>
    </message>
    <message numerus="yes">
        <source>Receivers sent %n DMARC aggregate report(s) about %1 for %2: %3 messages claimed to come from the domain.</source>
        <translation>
            <numerusform>Empfänger haben %n DMARC-Aggregate-Report über %1 für %2 gesendet: %3 Nachrichten gaben vor, von der Domain zu stammen.</numerusform>
            <numerusform>Empfänger haben %n DMARC-Aggregate-Reports über %1 für %2 gesendet: %3 Nachrichten gaben vor, von der Domain zu stammen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>DMARC pass</source>
        <translation>DMARC-Pass</translation>
    </message>
    <message>
        <source>SPF aligned pass</source>
        <translation>SPF-Pass (ausgerichtet)</translation>
    </message>
    <message>
        <source>DKIM aligned pass</source>
        <translation>DKIM-Pass (ausgerichtet)</translation>
    </message>
    <message>
        <source>Policy the receivers saw: p=%1 (pct=%2).</source>
        <translation>Richtlinie, die die Empfänger sahen: p=%1 (pct=%2).</translation>
    </message>
    <message>
        <source>Volume over time, by result</source>
        <translation>Volumen im Zeitverlauf, nach Ergebnis</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <source>Failed, delivered</source>
        <translation>Fehlgeschlagen, zugestellt</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Unter Quarantäne</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Top sources</source>
        <translation>Wichtigste Quellen</translation>
    </message>
    <message>
        <source>Each source address with the SPF term of the domain that covers it (from the SPF tree stored by the last audit; &quot;unknown&quot;: none does) and the share of its messages that passed aligned SPF, aligned DKIM and DMARC.</source>
        <translation>Jede Quelladresse mit dem SPF-Term der Domain, der sie abdeckt (aus dem bei der letzten Prüfung gespeicherten SPF-Baum; „unbekannt“: keiner), und der Anteil ihrer Nachrichten, die ausgerichtetes SPF, ausgerichtetes DKIM und DMARC bestanden haben.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Reverse name</source>
        <translation>Reverse-Name</translation>
    </message>
    <message>
        <source>Matched SPF term</source>
        <translation>Zutreffender SPF-Term</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>Unknown sources that send mail as the domain</source>
        <translation>Unbekannte Quellen, die als die Domain Mail versenden</translation>
    </message>
    <message>
        <source>No term of the SPF record covers these addresses: %1 messages. Those that pass DKIM are often a service someone signed up for without telling IT (shadow IT: add it to SPF or have it sign with the domain&apos;s key); those failing everything are spoofing that a reject policy stops.</source>
        <translation>Kein Term des SPF-Eintrags deckt diese Adressen ab: %1 Nachrichten. Die, die DKIM bestehen, sind oft ein Dienst, bei dem sich jemand ohne Wissen der IT angemeldet hat (Schatten-IT: in SPF aufnehmen oder mit dem Schlüssel der Domain signieren lassen); die, bei denen alles fehlschlägt, sind Spoofing, das eine Reject-Richtlinie stoppt.</translation>
    </message>
    <message>
        <source>DKIM pass</source>
        <translation>DKIM-Pass</translation>
    </message>
    <message>
        <source>DMARC fail</source>
        <translation>DMARC-Fail</translation>
    </message>
    <message>
        <source>Forwarders</source>
        <translation>Weiterleitungen</translation>
    </message>
    <message>
        <source>Mail that passed DKIM but failed SPF: it was relayed (a mailing list, a forwarding mailbox) and the signature survived. DMARC still passes through DKIM, so keep signing all mail.</source>
        <translation>Mail, die DKIM bestanden, aber SPF nicht bestanden hat: Sie wurde weitergeleitet (eine Mailingliste, ein weiterleitendes Postfach), und die Signatur ist erhalten geblieben. DMARC besteht weiterhin über DKIM, signieren Sie also weiterhin alle Mail.</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Weitergeleitet</translation>
    </message>
    <message>
        <source>What a stricter policy would do</source>
        <translation>Was eine strengere Richtlinie bewirken würde</translation>
    </message>
    <message>
        <source>Under p=reject, %1 messages from %2 sources would have been rejected; %3 of them already were.</source>
        <translation>Unter p=reject wären %1 Nachrichten von %2 Quellen abgewiesen worden; %3 davon wurden es bereits.</translation>
    </message>
    <message>
        <source>Under p=quarantine, %1 messages from %2 sources would have been quarantined; %3 of them already were (or were rejected).</source>
        <translation>Unter p=quarantine wären %1 Nachrichten von %2 Quellen unter Quarantäne gestellt worden; %3 davon wurden es bereits (oder wurden abgewiesen).</translation>
    </message>
    <message>
        <source>%1 of them come from addresses the SPF record authorises: fix their alignment (DKIM signing) before enforcing.</source>
        <translation>%1 davon stammen von Adressen, die der SPF-Eintrag autorisiert: Beheben Sie deren Alignment (DKIM-Signatur), bevor Sie die Richtlinie durchsetzen.</translation>
    </message>
    <message>
        <source>Failing messages</source>
        <translation>Fehlschlagende Nachrichten</translation>
    </message>
    <message>
        <source>TLS-RPT: failures delivering to the domain</source>
        <translation>TLS-RPT: Fehlschläge bei der Zustellung an die Domain</translation>
    </message>
    <message numerus="yes">
        <source>%n SMTP TLS report(s): %1 sessions succeeded, %2 failed (%3).</source>
        <translation>
            <numerusform>%n SMTP-TLS-Bericht: %1 Sitzungen erfolgreich, %2 fehlgeschlagen (%3).</numerusform>
            <numerusform>%n SMTP-TLS-Berichte: %1 Sitzungen erfolgreich, %2 fehlgeschlagen (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Failure type</source>
        <translation>Fehlerart</translation>
    </message>
    <message>
        <source>Failed sessions</source>
        <translation>Fehlgeschlagene Sitzungen</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more domain(s)</source>
        <translation>
            <numerusform>%1 und %n weitere Domain</numerusform>
            <numerusform>%1 und %n weitere Domains</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>Nachrichten pro Tag</translation>
    </message>
    <message>
        <source>Not expanded to its end: %1.</source>
        <translation>Nicht bis zum Ende aufgelöst: %1.</translation>
    </message>
</context>
<context>
    <name>AuditExpectations</name>
    <message>
        <source>%1 Expected: %2. Actual: %3.</source>
        <translation>%1 Erwartet: %2. Tatsächlich: %3.</translation>
    </message>
    <message>
        <source>no DMARC record</source>
        <translation>kein DMARC-Eintrag</translation>
    </message>
    <message>
        <source>The DMARC policy must be at least the expected one.</source>
        <translation>Die DMARC-Richtlinie muss mindestens der erwarteten entsprechen.</translation>
    </message>
    <message>
        <source>DMARC aggregate reports must be requested.</source>
        <translation>DMARC-Aggregate-Reports müssen angefordert werden.</translation>
    </message>
    <message>
        <source>an authorised rua= address</source>
        <translation>eine autorisierte rua=-Adresse</translation>
    </message>
    <message>
        <source>no rua= address</source>
        <translation>keine rua=-Adresse</translation>
    </message>
    <message>
        <source>%1 rua= address(es), none authorised</source>
        <translation>%1 rua=-Adresse(n), keine autorisiert</translation>
    </message>
    <message>
        <source>SPF must stay within the lookup budget.</source>
        <translation>SPF muss innerhalb des Lookup-Budgets bleiben.</translation>
    </message>
    <message>
        <source>at most %1 lookups</source>
        <translation>höchstens %1 Lookups</translation>
    </message>
    <message>
        <source>%1 lookups</source>
        <translation>%1 Lookups</translation>
    </message>
    <message>
        <source>Every SPF include must be on the allowed list.</source>
        <translation>Jedes SPF-Include muss auf der Liste der erlaubten stehen.</translation>
    </message>
    <message>
        <source>no includes</source>
        <translation>keine Includes</translation>
    </message>
    <message>
        <source>The selector &apos;%1&apos; must publish a key.</source>
        <translation>Der Selector „%1“ muss einen Schlüssel veröffentlichen.</translation>
    </message>
    <message>
        <source>a key at %1._domainkey.%2</source>
        <translation>ein Schlüssel unter %1._domainkey.%2</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>nicht abgefragt</translation>
    </message>
    <message>
        <source>The key at selector &apos;%1&apos; must be large enough.</source>
        <translation>Der Schlüssel am Selector „%1“ muss lang genug sein.</translation>
    </message>
    <message>
        <source>at least %1 bits</source>
        <translation>mindestens %1 Bit</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>The key at selector &apos;%1&apos; must be rotated in time (first seen %2).</source>
        <translation>Der Schlüssel am Selector „%1“ muss rechtzeitig rotiert werden (zuerst gesehen %2).</translation>
    </message>
    <message>
        <source>at most %1 days old</source>
        <translation>höchstens %1 Tage alt</translation>
    </message>
    <message>
        <source>%1 days old</source>
        <translation>%1 Tage alt</translation>
    </message>
</context>
<context>
    <name>AuditExportWriter</name>
    <message>
        <source>There is no finished audit to export.</source>
        <translation>Es gibt keine abgeschlossene Prüfung zum Exportieren.</translation>
    </message>
    <message>
        <source>Unknown export format &apos;.%1&apos;: use .pdf, .html, .json, .csv, .sarif or .xml (JUnit).</source>
        <translation>Unbekanntes Exportformat „.%1“: verwenden Sie .pdf, .html, .json, .csv, .sarif oder .xml (JUnit).</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>JSON, the full report (*.json)</source>
        <translation>JSON, der vollständige Bericht (*.json)</translation>
    </message>
    <message>
        <source>CSV, one row per finding (*.csv)</source>
        <translation>CSV, eine Zeile pro Befund (*.csv)</translation>
    </message>
    <message>
        <source>SARIF 2.1.0 (*.sarif)</source>
        <translation>SARIF 2.1.0 (*.sarif)</translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation>JUnit-XML (*.xml)</translation>
    </message>
</context>
<context>
    <name>AuditFindingsModel</name>
    <message>
        <source>Fix: </source>
        <translation>Behebung: </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
</context>
<context>
    <name>AuditGrader</name>
    <message>
        <source>F: nothing could be checked (invalid name, resolver failure, audit timed out), or neither SPF nor DMARC is published, or 3 or more errors.</source>
        <translation>F: Nichts konnte geprüft werden (ungültiger Name, Resolver-Ausfall, Zeitlimit der Prüfung überschritten), oder weder SPF noch DMARC ist veröffentlicht, oder 3 oder mehr Fehler.</translation>
    </message>
    <message>
        <source>D: 1 or 2 errors.</source>
        <translation>D: 1 oder 2 Fehler.</translation>
    </message>
    <message>
        <source>C: no errors, but DMARC does not enforce (p=none or t=y), or 4 or more warnings.</source>
        <translation>C: keine Fehler, aber DMARC setzt nichts durch (p=none oder t=y), oder 4 oder mehr Warnungen.</translation>
    </message>
    <message>
        <source>B: no errors, 1 to 3 warnings.</source>
        <translation>B: keine Fehler, 1 bis 3 Warnungen.</translation>
    </message>
    <message>
        <source>A: no errors and no warnings (information notes allowed).</source>
        <translation>A: keine Fehler und keine Warnungen (Hinweise erlaubt).</translation>
    </message>
    <message>
        <source>F because nothing could be checked: %1</source>
        <translation>F, weil nichts geprüft werden konnte: %1</translation>
    </message>
    <message>
        <source>F because neither SPF nor DMARC is published (SPF-MISSING, DMARC-MISSING)</source>
        <translation>F, weil weder SPF noch DMARC veröffentlicht ist (SPF-MISSING, DMARC-MISSING)</translation>
    </message>
    <message>
        <source>F because of %1 errors: %2</source>
        <translation>F wegen %1 Fehlern: %2</translation>
    </message>
    <message numerus="yes">
        <source>D because of %n error(s): %1</source>
        <translation>
            <numerusform>D wegen %n Fehler: %1</numerusform>
            <numerusform>D wegen %n Fehlern: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>C because DMARC does not enforce its policy (p=none or t=y)</source>
        <translation>C, weil DMARC seine Richtlinie nicht durchsetzt (p=none oder t=y)</translation>
    </message>
    <message>
        <source>C because of %1 warnings: %2</source>
        <translation>C wegen %1 Warnungen: %2</translation>
    </message>
    <message numerus="yes">
        <source>B because of %n warning(s): %1</source>
        <translation>
            <numerusform>B wegen %n Warnung: %1</numerusform>
            <numerusform>B wegen %n Warnungen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A: no errors and no warnings</source>
        <translation>A: keine Fehler und keine Warnungen</translation>
    </message>
</context>
<context>
    <name>AuditHistoryModel</name>
    <message>
        <source>%1 · grade %2 · staged</source>
        <translation>%1 · Note %2 · vorgemerkt</translation>
    </message>
    <message>
        <source>%1 · grade %2</source>
        <translation>%1 · Note %2</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>Vorgemerkt</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Some records came from staged zone files or a plan, not live DNS</source>
        <translation>Einige Einträge stammen aus vorgemerkten Zonendateien oder einem Plan, nicht aus dem Live-DNS</translation>
    </message>
    <message>
        <source>Every answer came from the resolver</source>
        <translation>Jede Antwort kam vom Resolver</translation>
    </message>
    <message>
        <source>Audited</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Resolver</source>
        <translation>Resolver</translation>
    </message>
</context>
<context>
    <name>AuditHtmlExporter</name>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung für die Leitung</translation>
    </message>
    <message>
        <source>Grades and findings over the quarters</source>
        <translation>Noten und Befunde im Quartalsverlauf</translation>
    </message>
    <message>
        <source>Appendix A: raw records</source>
        <translation>Anhang A: Rohdaten der Einträge</translation>
    </message>
    <message>
        <source>Appendix B: resolver and evidence</source>
        <translation>Anhang B: Resolver und Belege</translation>
    </message>
    <message>
        <source>Appendix C: how grades are given</source>
        <translation>Anhang C: Wie Noten vergeben werden</translation>
    </message>
    <message>
        <source>Email authentication audit</source>
        <translation>Prüfung der E-Mail-Authentifizierung</translation>
    </message>
    <message>
        <source>Audit period:</source>
        <translation>Prüfungszeitraum:</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Since the previous audit</source>
        <translation>Seit der vorigen Prüfung</translation>
    </message>
    <message>
        <source>no earlier audit</source>
        <translation>keine frühere Prüfung</translation>
    </message>
    <message>
        <source>improved</source>
        <translation>verbessert</translation>
    </message>
    <message>
        <source>regressed</source>
        <translation>verschlechtert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>staged</source>
        <translation>vorgemerkt</translation>
    </message>
    <message>
        <source>What improved</source>
        <translation>Was sich verbessert hat</translation>
    </message>
    <message>
        <source>Nothing was fixed since the previous audit, or there is no earlier audit.</source>
        <translation>Seit der vorigen Prüfung wurde nichts behoben, oder es gibt keine frühere Prüfung.</translation>
    </message>
    <message>
        <source>What regressed</source>
        <translation>Was sich verschlechtert hat</translation>
    </message>
    <message>
        <source>Nothing new went wrong since the previous audit, or there is no earlier audit.</source>
        <translation>Seit der vorigen Prüfung ist nichts Neues schiefgegangen, oder es gibt keine frühere Prüfung.</translation>
    </message>
    <message>
        <source>The three most urgent fixes</source>
        <translation>Die drei dringendsten Behebungen</translation>
    </message>
    <message>
        <source>Nothing urgent: no errors or warnings.</source>
        <translation>Nichts Dringendes: keine Fehler oder Warnungen.</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>No stored audits yet: the trend starts with this one.</source>
        <translation>Noch keine gespeicherten Prüfungen: Der Verlauf beginnt mit dieser.</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Noten</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Staged audit:</source>
        <translation>Vorab-Prüfung:</translation>
    </message>
    <message>
        <source>some records come from files not yet deployed (%1); they are marked in Appendix A.</source>
        <translation>Einige Einträge stammen aus noch nicht veröffentlichten Dateien (%1); sie sind in Anhang A markiert.</translation>
    </message>
    <message>
        <source>Changes since the previous audit</source>
        <translation>Änderungen seit der vorigen Prüfung</translation>
    </message>
    <message>
        <source>SPF: who may send mail, and what it costs in lookups</source>
        <translation>SPF: Wer Mail senden darf und was es an Lookups kostet</translation>
    </message>
    <message>
        <source>DKIM keys</source>
        <translation>DKIM-Schlüssel</translation>
    </message>
    <message>
        <source>DMARC: what receivers do with mail that fails</source>
        <translation>DMARC: Was Empfänger mit fehlschlagender Mail tun</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>No records were found.</source>
        <translation>Es wurden keine Einträge gefunden.</translation>
    </message>
    <message>
        <source>Resolver used:</source>
        <translation>Verwendeter Resolver:</translation>
    </message>
    <message>
        <source>The complete query log (every question, its outcome, timing and source) is stored with each audit and included in the JSON export, so the audit can be replayed and defended later.</source>
        <translation>Das vollständige Abfrageprotokoll (jede Frage, ihr Ergebnis, Zeitbedarf und Quelle) wird mit jeder Prüfung gespeichert und ist im JSON-Export enthalten, sodass die Prüfung später nachvollzogen und belegt werden kann.</translation>
    </message>
    <message>
        <source>Audited (UTC)</source>
        <translation>Geprüft (UTC)</translation>
    </message>
    <message>
        <source>DNS queries</source>
        <translation>DNS-Abfragen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>The first rule that matches gives the grade. Codes and severities are listed in docs/findings.md.</source>
        <translation>Die erste zutreffende Regel bestimmt die Note. Codes und Schweregrade sind in docs/findings.md aufgeführt.</translation>
    </message>
    <message>
        <source>%1: who sends as this domain</source>
        <translation>%1: Wer als diese Domain versendet</translation>
    </message>
    <message>
        <source>Who sends as this domain</source>
        <translation>Wer als diese Domain versendet</translation>
    </message>
    <message>
        <source>Each area at a glance</source>
        <translation>Alle Bereiche auf einen Blick</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditOverviewTab</name>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <source>Audit a domain to see its grade.</source>
        <translation>Prüfen Sie eine Domain, um ihre Note zu sehen.</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Note %1</translation>
    </message>
    <message>
        <source>Staged: some records come from files not yet deployed.</source>
        <translation>Vorgemerkt: Einige Einträge stammen aus noch nicht veröffentlichten Dateien.</translation>
    </message>
    <message>
        <source>%1: grade %2, %3 finding(s)</source>
        <translation>%1: Note %2, %3 Befund(e)</translation>
    </message>
    <message>
        <source>There is no audit to export yet.</source>
        <translation>Es gibt noch keine Prüfung zum Exportieren.</translation>
    </message>
    <message>
        <source>Export the audit</source>
        <translation>Prüfung exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Save this audit as PDF, HTML, JSON, CSV, SARIF or JUnit XML</source>
        <translation>Diese Prüfung als PDF, HTML, JSON, CSV, SARIF oder JUnit-XML speichern</translation>
    </message>
    <message>
        <source>Compared with the audit of %1 (grade %2):</source>
        <translation>Verglichen mit der Prüfung vom %1 (Note %2):</translation>
    </message>
    <message>
        <source>The history could not be used: %1</source>
        <translation>Der Verlauf konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>No history is kept (Settings → Audit history).</source>
        <translation>Es wird kein Verlauf gespeichert (Einstellungen → Prüfungsverlauf).</translation>
    </message>
    <message>
        <source>The audit was cancelled, so it was not stored or compared.</source>
        <translation>Die Prüfung wurde abgebrochen, daher wurde sie weder gespeichert noch verglichen.</translation>
    </message>
    <message>
        <source>No earlier live audit of this domain to compare the staged one with.</source>
        <translation>Keine frühere Live-Prüfung dieser Domain, mit der die Vorab-Prüfung verglichen werden kann.</translation>
    </message>
    <message>
        <source>No earlier audit of this domain: this one is the first in the history.</source>
        <translation>Keine frühere Prüfung dieser Domain: Dies ist die erste im Verlauf.</translation>
    </message>
    <message>
        <source>No finding and no record changed.</source>
        <translation>Kein Befund und kein Eintrag hat sich geändert.</translation>
    </message>
    <message>
        <source>Show findings of severity</source>
        <translation>Befunde mit diesem Schweregrad zeigen</translation>
    </message>
    <message>
        <source>Show findings of area</source>
        <translation>Befunde aus diesem Bereich zeigen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Changes since the last audit</source>
        <translation>Änderungen seit der letzten Prüfung</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Since the &amp;last audit:</source>
        <translation>Seit der &amp;letzten Prüfung:</translation>
    </message>
    <message>
        <source>Auditing %1: SPF, DMARC, DKIM, transport and DNS trust…</source>
        <translation>Prüfe %1: SPF, DMARC, DKIM, Zustellweg und DNS-Vertrauen…</translation>
    </message>
    <message>
        <source>Not audited: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
</context>
<context>
    <name>AuditRunner</name>
    <message>
        <source>The checks of %1 were stopped after %2 ms.</source>
        <translation>Die Prüfungen von %1 wurden nach %2 ms angehalten.</translation>
    </message>
</context>
<context>
    <name>AuditTabWidget</name>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
</context>
<context>
    <name>BatchAuditDialog</name>
    <message>
        <source>&amp;Load from file…</source>
        <translation>Aus Datei &amp;laden…</translation>
    </message>
    <message>
        <source>&amp;Start audit</source>
        <translation>Prüfung &amp;starten</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Batch audit</source>
        <translation>Stapelprüfung</translation>
    </message>
    <message>
        <source>Domains to audit</source>
        <translation>Zu prüfende Domains</translation>
    </message>
    <message>
        <source>example.com
example.org   # a comment
…</source>
        <translation>example.com
example.org   # ein Kommentar
…</translation>
    </message>
    <message>
        <source>Read the domains from a text file: one a line, # starts a comment</source>
        <translation>Die Domains aus einer Textdatei lesen: eine pro Zeile, # leitet einen Kommentar ein</translation>
    </message>
    <message>
        <source>How many domains are audited at the same time</source>
        <translation>Wie viele Domains gleichzeitig geprüft werden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A domain whose checks take longer is stopped and marked timed out</source>
        <translation>Eine Domain, deren Prüfungen länger dauern, wird angehalten und als Zeitüberschreitung markiert</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Fortschritt der Stapelprüfung</translation>
    </message>
    <message>
        <source>No batch started yet</source>
        <translation>Noch keine Stapelprüfung gestartet</translation>
    </message>
    <message>
        <source>Filter domains</source>
        <translation>Domains filtern</translation>
    </message>
    <message>
        <source>Filter the domains</source>
        <translation>Die Domains filtern</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Alle Domains</translation>
    </message>
    <message>
        <source>Grade C or worse</source>
        <translation>Note C oder schlechter</translation>
    </message>
    <message>
        <source>Not audited (timed out, cancelled, DNS failure)</source>
        <translation>Nicht geprüft (Zeitüberschreitung, abgebrochen, DNS-Fehler)</translation>
    </message>
    <message>
        <source>Double-click a domain, or select it and press Enter, to open it in the main window</source>
        <translation>Doppelklicken Sie auf eine Domain oder wählen Sie sie und drücken Sie Enter, um sie im Hauptfenster zu öffnen</translation>
    </message>
    <message>
        <source>Grades per domain</source>
        <translation>Noten pro Domain</translation>
    </message>
    <message>
        <source>Save the finished audits as PDF, HTML, JSON, CSV, SARIF or JUnit XML</source>
        <translation>Die abgeschlossenen Prüfungen als PDF, HTML, JSON, CSV, SARIF oder JUnit-XML speichern</translation>
    </message>
    <message>
        <source>&amp;Domains to audit, one a line (# starts a comment):</source>
        <translation>&amp;Zu prüfende Domains, eine pro Zeile (# leitet einen Kommentar ein):</translation>
    </message>
    <message>
        <source>Domains at &amp;once:</source>
        <translation>Domains &amp;gleichzeitig:</translation>
    </message>
    <message>
        <source>&amp;Time bound per domain:</source>
        <translation>Zeitl&amp;imit pro Domain:</translation>
    </message>
    <message>
        <source>Paste or load a list of domains, then start the audit.</source>
        <translation>Fügen Sie eine Liste von Domains ein oder laden Sie sie und starten Sie dann die Prüfung.</translation>
    </message>
    <message>
        <source>Domain list not loaded</source>
        <translation>Domainliste nicht geladen</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Load a domain list</source>
        <translation>Eine Domainliste laden</translation>
    </message>
    <message>
        <source>Text files (*.txt *.list);;All files (*)</source>
        <translation>Textdateien (*.txt *.list);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) to audit</source>
        <translation>
            <numerusform>%n Domain zu prüfen</numerusform>
            <numerusform>%n Domains zu prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n duplicate line(s) counted once</source>
        <translation>
            <numerusform>; %n doppelte Zeile einmal gezählt</numerusform>
            <numerusform>; %n doppelte Zeilen einmal gezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: “%2” is not a domain name (%3)</source>
        <translation>Zeile %1: „%2“ ist kein Domainname (%3)</translation>
    </message>
    <message numerus="yes">
        <source>✖ %n line(s) will be skipped:</source>
        <translation>
            <numerusform>✖ %n Zeile wird übersprungen:</numerusform>
            <numerusform>✖ %n Zeilen werden übersprungen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no valid domain name in the list: nothing was audited.</source>
        <translation>Die Liste enthält keinen gültigen Domainnamen: Es wurde nichts geprüft.</translation>
    </message>
    <message>
        <source>%v of %m domains</source>
        <translation>%v von %m Domains</translation>
    </message>
    <message>
        <source>%v of %m domains, %1 a second, about %2:%3 left</source>
        <translation>%v von %m Domains, %1 pro Sekunde, noch etwa %2:%3</translation>
    </message>
    <message numerus="yes">
        <source>Auditing %n domain(s)…</source>
        <translation>
            <numerusform>Prüfe %n Domain…</numerusform>
            <numerusform>Prüfe %n Domains…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: the domains being audited stop, those not started are not asked.</source>
        <translation>Abbruch: Die laufenden Domains halten an, noch nicht gestartete werden nicht abgefragt.</translation>
    </message>
    <message>
        <source>Not audited: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Batch audit not started</source>
        <translation>Stapelprüfung nicht gestartet</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n domain(s) audited in %2 s</source>
        <translation>
            <numerusform>%1 von %n Domain in %2 s geprüft</numerusform>
            <numerusform>%1 von %n Domains in %2 s geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>; grades %1</source>
        <translation>; Noten %1</translation>
    </message>
    <message>
        <source>; cancelled: %1</source>
        <translation>; abgebrochen: %1</translation>
    </message>
    <message>
        <source>; timed out: %1</source>
        <translation>; Zeitüberschreitung: %1</translation>
    </message>
    <message>
        <source>; DNS failure: %1</source>
        <translation>; DNS-Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stored in the history: %n audit(s).</source>
        <translation>
            <numerusform>Im Verlauf gespeichert: %n Prüfung.</numerusform>
            <numerusform>Im Verlauf gespeichert: %n Prüfungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>History not written: %1</source>
        <translation>Verlauf nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Double-click a domain to open it in the main window.</source>
        <translation>Doppelklicken Sie auf eine Domain, um sie im Hauptfenster zu öffnen.</translation>
    </message>
    <message>
        <source>Export the batch audit</source>
        <translation>Die Stapelprüfung exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit(s) to %1</source>
        <translation>
            <numerusform>%n Prüfung nach %1 exportiert</numerusform>
            <numerusform>%n Prüfungen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no finished audit to show.</source>
        <translation>%1 hat keine abgeschlossene Prüfung zum Anzeigen.</translation>
    </message>
    <message>
        <source>Show domains</source>
        <translation>Domains zeigen</translation>
    </message>
</context>
<context>
    <name>BatchAuditModel</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>DNS failure</source>
        <translation>DNS-Fehler</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>sehr gut</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>befriedigend</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>mangelhaft</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>ungenügend</translation>
    </message>
    <message>
        <source>Double-click to open %1 in the main window</source>
        <translation>Doppelklicken, um %1 im Hauptfenster zu öffnen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source> (staged)</source>
        <translation> (vorgemerkt)</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Infos</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>BimiPanel</name>
    <message>
        <source>Record:</source>
        <translation>Eintrag:</translation>
    </message>
    <message>
        <source>DMARC prerequisite:</source>
        <translation>DMARC-Voraussetzung:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Mark Certificate:</source>
        <translation>Markenzertifikat:</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>No BIMI record at %1: receivers show no brand logo.</source>
        <translation>Kein BIMI-Eintrag unter %1: Empfänger zeigen kein Markenlogo.</translation>
    </message>
    <message>
        <source>The BIMI record at %1 could not be read: %2</source>
        <translation>Der BIMI-Eintrag unter %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Found at %1 (the organizational domain&apos;s record applies).</source>
        <translation>Gefunden unter %1 (der Eintrag der Organisationsdomain gilt).</translation>
    </message>
    <message>
        <source>Invalid; receivers ignore it:</source>
        <translation>Ungültig; Empfänger ignorieren ihn:</translation>
    </message>
    <message>
        <source>Declination to publish: receivers show no logo for this domain.</source>
        <translation>Verzicht auf Veröffentlichung: Empfänger zeigen für diese Domain kein Logo.</translation>
    </message>
    <message>
        <source>Met: DMARC quarantine or reject for all mail (RFC 9989: %1, RFC 7489: %2).</source>
        <translation>Erfüllt: DMARC quarantine oder reject für alle Mails (RFC 9989: %1, RFC 7489: %2).</translation>
    </message>
    <message>
        <source>Not met, no logo is shown:</source>
        <translation>Nicht erfüllt, es wird kein Logo gezeigt:</translation>
    </message>
    <message>
        <source>%1
SVG Tiny PS, title &quot;%2&quot;.</source>
        <translation>%1
SVG Tiny PS, Titel „%2“.</translation>
    </message>
    <message>
        <source>%1
Not valid; not shown:</source>
        <translation>%1
Nicht gültig; wird nicht gezeigt:</translation>
    </message>
    <message>
        <source>None (a= is empty): most mailbox providers need a VMC or CMC.</source>
        <translation>Keines (a= ist leer): Die meisten Mailbox-Provider verlangen ein VMC oder CMC.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Gültig vom %1 bis %2</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Namen: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation>Gültig.</translation>
    </message>
    <message>
        <source>Not valid:</source>
        <translation>Nicht gültig:</translation>
    </message>
</context>
<context>
    <name>BimiSectionHtml</name>
    <message>
        <source>BIMI (brand logo)</source>
        <translation>BIMI (Markenlogo)</translation>
    </message>
    <message>
        <source>No BIMI record at %1.</source>
        <translation>Kein BIMI-Eintrag unter %1.</translation>
    </message>
    <message>
        <source>The BIMI record at %1 could not be read: %2.</source>
        <translation>Der BIMI-Eintrag unter %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>(the organizational domain&apos;s record, at %1)</source>
        <translation>(der Eintrag der Organisationsdomain, unter %1)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Declined: the domain asks receivers to show no logo.</source>
        <translation>Abgelehnt: Die Domain bittet Empfänger, kein Logo anzuzeigen.</translation>
    </message>
    <message>
        <source>DMARC prerequisite</source>
        <translation>DMARC-Voraussetzung</translation>
    </message>
    <message>
        <source>Met: quarantine or reject for all mail (RFC 9989: %1, RFC 7489: %2).</source>
        <translation>Erfüllt: quarantine oder reject für alle Mails (RFC 9989: %1, RFC 7489: %2).</translation>
    </message>
    <message>
        <source>Not met:</source>
        <translation>Nicht erfüllt:</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>SVG Tiny PS, title &quot;%1&quot;.</source>
        <translation>SVG Tiny PS, Titel „%1“.</translation>
    </message>
    <message>
        <source>Not valid; not shown:</source>
        <translation>Ungültig; wird nicht angezeigt:</translation>
    </message>
    <message>
        <source>Mark Certificate</source>
        <translation>Markenzertifikat (Mark Certificate)</translation>
    </message>
    <message>
        <source>None (a= is empty).</source>
        <translation>Keines (a= ist leer).</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Gültig vom %1 bis %2</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Namen: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation>Gültig.</translation>
    </message>
    <message>
        <source>Not valid:</source>
        <translation>Ungültig:</translation>
    </message>
</context>
<context>
    <name>BlocklistPanel</name>
    <message>
        <source>Blocklist results</source>
        <translation>Ergebnisse der Sperrlisten</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Address or name</source>
        <translation>Adresse oder Name</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Gelistet</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Nicht gelistet</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Verweigert</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Blocklists not checked.</source>
        <translation>Sperrlisten nicht geprüft.</translation>
    </message>
    <message>
        <source>No blocklist was asked: %1</source>
        <translation>Keine Sperrliste wurde gefragt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s) found: receivers that use these lists reject or junk the mail.</source>
        <translation>
            <numerusform>%n Eintrag gefunden: Empfänger, die diese Listen nutzen, weisen die Mail ab oder stufen sie als Spam ein.</numerusform>
            <numerusform>%n Einträge gefunden: Empfänger, die diese Listen nutzen, weisen die Mail ab oder stufen sie als Spam ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>No listing found on the lists that answered.</source>
        <translation>Kein Eintrag auf den Listen, die geantwortet haben.</translation>
    </message>
    <message numerus="yes">
        <source>%n lookup(s) refused by the list: query through your own resolver.</source>
        <translation>
            <numerusform>%n Abfrage von der Liste verweigert: über einen eigenen Resolver fragen.</numerusform>
            <numerusform>%n Abfragen von der Liste verweigert: über einen eigenen Resolver fragen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lookup(s) got no usable answer: unknown, not listed.</source>
        <translation>
            <numerusform>%n Abfrage ohne brauchbare Antwort: unbekannt, nicht als gelistet gewertet.</numerusform>
            <numerusform>%n Abfragen ohne brauchbare Antwort: unbekannt, nicht als gelistet gewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>removal: %1</source>
        <translation>Austragung: %1</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>hat geantwortet</translation>
    </message>
    <message>
        <source>nothing to look up</source>
        <translation>nichts nachzuschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3, %n queries</source>
        <translation>
            <numerusform>%1 (%2): %3, %n Abfrage</numerusform>
            <numerusform>%1 (%2): %3, %n Abfragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlocklistSectionHtml</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Gelistet</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Nicht gelistet</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Verweigert</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Nicht abgefragt</translation>
    </message>
    <message>
        <source>No blocklist was asked: %1</source>
        <translation>Keine Sperrliste wurde abgefragt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s): receivers that use these lists reject or junk the mail.</source>
        <translation>
            <numerusform>%n Listung: Empfänger, die diese Listen nutzen, weisen die Mails ab oder stufen sie als Spam ein.</numerusform>
            <numerusform>%n Listungen: Empfänger, die diese Listen nutzen, weisen die Mails ab oder stufen sie als Spam ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No listing on the lists that answered (%n lookup(s) clear).</source>
        <translation>
            <numerusform>Keine Listung auf den Listen, die geantwortet haben (%n Abfrage ohne Treffer).</numerusform>
            <numerusform>Keine Listung auf den Listen, die geantwortet haben (%n Abfragen ohne Treffer).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lookup(s) refused by the list (query through your own resolver) and %2 without a usable answer: these are unknown, not listings.</source>
        <translation>%1 Abfrage(n) von der Liste verweigert (über einen eigenen Resolver abfragen) und %2 ohne verwertbare Antwort: Diese sind unbekannt, keine Listungen.</translation>
    </message>
    <message>
        <source>Removal:</source>
        <translation>Entfernung:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Address or name</source>
        <translation>Adresse oder Name</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>nothing to look up</source>
        <translation>nichts abzufragen</translation>
    </message>
    <message>
        <source>Lists asked:</source>
        <translation>Abgefragte Listen:</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Include &amp;MX, MTA-STS and TLS-RPT</source>
        <translation>&amp;MX, MTA-STS und TLS-RPT einbeziehen</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Show &amp;differences only</source>
        <translation>Nur &amp;Unterschiede zeigen</translation>
    </message>
    <message>
        <source>Compare two domains</source>
        <translation>Zwei Domains vergleichen</translation>
    </message>
    <message>
        <source>staging.example.com</source>
        <translation>staging.example.com</translation>
    </message>
    <message>
        <source>Domain A (for example staging)</source>
        <translation>Domain A (zum Beispiel Staging)</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Domain B (for example production)</source>
        <translation>Domain B (zum Beispiel Produktion)</translation>
    </message>
    <message>
        <source>staging.example.com=example.com</source>
        <translation>staging.example.com=example.com</translation>
    </message>
    <message>
        <source>Expected differences in names</source>
        <translation>Erwartete Unterschiede in Namen</translation>
    </message>
    <message>
        <source>Names on A&apos;s side that stand for names on B&apos;s side, as FROM=TO; several separated by commas or spaces. They are rewritten before comparing, so that only unexpected differences remain.</source>
        <translation>Namen auf der Seite von A, die für Namen auf der Seite von B stehen, als VON=NACH; mehrere durch Kommas oder Leerzeichen getrennt. Sie werden vor dem Vergleich umgeschrieben, sodass nur unerwartete Unterschiede bleiben.</translation>
    </message>
    <message>
        <source>Comparison progress</source>
        <translation>Fortschritt des Vergleichs</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Both sides per area</source>
        <translation>Beide Seiten pro Bereich</translation>
    </message>
    <message>
        <source>Domain &amp;A (staging):</source>
        <translation>Domain &amp;A (Staging):</translation>
    </message>
    <message>
        <source>Domain &amp;B (production):</source>
        <translation>Domain &amp;B (Produktion):</translation>
    </message>
    <message>
        <source>Name &amp;map (optional):</source>
        <translation>Namens&amp;zuordnung (optional):</translation>
    </message>
    <message>
        <source>Enter two domains, then compare.</source>
        <translation>Geben Sie zwei Domains ein und vergleichen Sie sie dann.</translation>
    </message>
    <message>
        <source>Both domains are audited (SPF, DMARC, DKIM and, if checked, MX, MTA-STS and TLS-RPT) and compared item by item, not as text.</source>
        <translation>Beide Domains werden geprüft (SPF, DMARC, DKIM und, wenn angekreuzt, MX, MTA-STS und TLS-RPT) und Eintrag für Eintrag verglichen, nicht als Text.</translation>
    </message>
    <message>
        <source>✖ “%1” is not a domain name: %2</source>
        <translation>✖ „%1“ ist kein Domainname: %2</translation>
    </message>
    <message>
        <source>%v of %m domains audited</source>
        <translation>%v von %m Domains geprüft</translation>
    </message>
    <message>
        <source>Auditing %1 and %2…</source>
        <translation>%1 und %2 werden geprüft…</translation>
    </message>
    <message>
        <source>Cancelling: the DNS questions in flight stop.</source>
        <translation>Wird abgebrochen: die laufenden DNS-Anfragen werden beendet.</translation>
    </message>
    <message>
        <source>Not compared</source>
        <translation>Nicht verglichen</translation>
    </message>
    <message>
        <source>Not compared.</source>
        <translation>Nicht verglichen.</translation>
    </message>
    <message>
        <source>✖ The resolver could not be set up: %1</source>
        <translation>✖ Der Resolver konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled: nothing was compared.</source>
        <translation>Abgebrochen: es wurde nichts verglichen.</translation>
    </message>
    <message>
        <source>Start again to compare the two domains.</source>
        <translation>Starten Sie erneut, um die beiden Domains zu vergleichen.</translation>
    </message>
    <message>
        <source>Both domains audited</source>
        <translation>Beide Domains geprüft</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>Identisch</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Unterschiedlich</translation>
    </message>
    <message numerus="yes">
        <source>all %n item(s) are the same on both sides</source>
        <translation>
            <numerusform>%n Eintrag ist auf beiden Seiten gleich</numerusform>
            <numerusform>alle %n Einträge sind auf beiden Seiten gleich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) differ</source>
        <translation>
            <numerusform>%1 von %n Eintrag unterscheidet sich</numerusform>
            <numerusform>%1 von %n Einträgen unterscheiden sich</numerusform>
        </translation>
    </message>
    <message>
        <source>Names mapped on A: %1.</source>
        <translation>Zugeordnete Namen auf A: %1.</translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>Hinweis: %1.</translation>
    </message>
    <message>
        <source>Select a row to see why a difference matters.</source>
        <translation>Wählen Sie eine Zeile, um zu sehen, warum ein Unterschied wichtig ist.</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>Warum es wichtig ist: %1</translation>
    </message>
    <message>
        <source>%1 is the same on both sides.</source>
        <translation>%1 ist auf beiden Seiten gleich.</translation>
    </message>
</context>
<context>
    <name>ConfigComparisonModel</name>
    <message>
        <source>The same on both sides.</source>
        <translation>Auf beiden Seiten gleich.</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Unterschiedlich</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
</context>
<context>
    <name>DeliverabilityTab</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Progress per seed</source>
        <translation>Fortschritt je Seed-Postfach</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed-Postfach</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Verstrichen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Placement per seed</source>
        <translation>Platzierung je Seed-Postfach</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Time between two looks</source>
        <translation>Zeit zwischen zwei Nachsehen</translation>
    </message>
    <message>
        <source>Verdicts of the selected seed</source>
        <translation>Urteile des ausgewählten Seed-Postfachs</translation>
    </message>
    <message>
        <source>Findings of the run</source>
        <translation>Befunde des Durchlaufs</translation>
    </message>
    <message>
        <source>Seed mailboxes</source>
        <translation>Seed-Postfächer</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Testnachricht</translation>
    </message>
    <message>
        <source>&amp;Wait up to:</source>
        <translation>&amp;Warten bis zu:</translation>
    </message>
    <message>
        <source>&amp;Look every:</source>
        <translation>&amp;Nachsehen alle:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No desktop keyring is available: Mailsight does not store the seeds&apos; passwords; it asks for them before each run and forgets them when the run ends.</source>
        <translation>Kein Desktop-Schlüsselbund verfügbar: Mailsight speichert die Passwörter der Seed-Postfächer nicht; es fragt vor jedem Durchlauf danach und vergisst sie, wenn der Durchlauf endet.</translation>
    </message>
    <message>
        <source>Where do the big mailbox providers put your mail? Seed mailboxes tell.</source>
        <translation>Wohin legen die großen Mailbox-Provider Ihre Mail? Seed-Postfächer verraten es.</translation>
    </message>
    <message>
        <source>Where do the big mailbox providers put mail from %1?</source>
        <translation>Wohin legen die großen Mailbox-Provider Mail von %1?</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Seed mailboxes&lt;/b&gt; are mailboxes you own at the providers your recipients use (Gmail, Outlook, Yahoo, your own server). Mailsight sends a test message through your submission server to each of them, then looks over IMAP where it landed: inbox, spam, another folder, or nowhere; and compares the receiver&apos;s verdict with its own.&lt;/p&gt;&lt;p&gt;Add a seed with &lt;b&gt;Add seed…&lt;/b&gt; (IMAP server, user, address; the password goes to the desktop keyring), give your &lt;b&gt;Submission server…&lt;/b&gt;, then press &lt;b&gt;Send test and check&lt;/b&gt;. If your own system sends the message, tick &lt;b&gt;Only watch&lt;/b&gt; and give its token.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Seed-Postfächer&lt;/b&gt; sind Postfächer, die Ihnen bei den Providern Ihrer Empfänger gehören (Gmail, Outlook, Yahoo, Ihr eigener Server). Mailsight sendet über Ihren Submission-Server eine Testnachricht an jedes davon und sieht dann per IMAP nach, wo sie gelandet ist: im Posteingang, im Spam, in einem anderen Ordner oder nirgends; und vergleicht das Urteil des Empfängers mit seinem eigenen.&lt;/p&gt;&lt;p&gt;Fügen Sie ein Seed-Postfach mit &lt;b&gt;Seed-Postfach hinzufügen…&lt;/b&gt; hinzu (IMAP-Server, Benutzer, Adresse; das Passwort kommt in den Desktop-Schlüsselbund), geben Sie Ihren &lt;b&gt;Submission-Server…&lt;/b&gt; an und drücken Sie dann &lt;b&gt;Test senden und prüfen&lt;/b&gt;. Wenn Ihr eigenes System die Nachricht sendet, kreuzen Sie &lt;b&gt;Nur beobachten&lt;/b&gt; an und geben Sie sein Token an.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No seed run of %1 is stored yet: nothing is sent until you ask.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Für %1 ist noch kein Seed-Durchlauf gespeichert: Es wird nichts gesendet, bevor Sie es verlangen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where each seed put the test message, run after run, appears here once a domain is audited and a seed run is stored.</source>
        <translation>Wohin jedes Seed-Postfach die Testnachricht gelegt hat, Durchlauf für Durchlauf, erscheint hier, sobald eine Domain geprüft und ein Seed-Durchlauf gespeichert ist.</translation>
    </message>
    <message>
        <source>No seed run of %1 is stored yet. Where each seed put the test message, run after run, appears here.</source>
        <translation>Für %1 ist noch kein Seed-Durchlauf gespeichert. Wohin jedes Seed-Postfach die Testnachricht gelegt hat, Durchlauf für Durchlauf, erscheint hier.</translation>
    </message>
    <message>
        <source>Check &amp;only</source>
        <translation>Nur &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Send test and check</source>
        <translation>Test &amp;senden und prüfen</translation>
    </message>
    <message>
        <source>Look into every seed for the message your own system sends</source>
        <translation>In jedem Seed-Postfach nach der Nachricht suchen, die Ihr eigenes System sendet</translation>
    </message>
    <message>
        <source>Send the test message through your submission server, then look where each seed put it</source>
        <translation>Die Testnachricht über Ihren Submission-Server senden und dann nachsehen, wohin jedes Seed-Postfach sie gelegt hat</translation>
    </message>
    <message>
        <source>Add a seed mailbox first.</source>
        <translation>Fügen Sie zuerst ein Seed-Postfach hinzu.</translation>
    </message>
    <message>
        <source>Give the token your own system puts in its message: 8 to 64 letters, digits and &apos;-&apos;.</source>
        <translation>Geben Sie das Token an, das Ihr eigenes System in seine Nachricht schreibt: 8 bis 64 Buchstaben, Ziffern und &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Give your submission server first (Submission server…), or only watch.</source>
        <translation>Geben Sie zuerst Ihren Submission-Server an (Submission-Server…), oder beobachten Sie nur.</translation>
    </message>
    <message>
        <source>The demo and offline mode make no connection: seed mailboxes are real IMAP accounts. Leave the demo (or offline mode) to use them.</source>
        <translation>Die Demo und der Offline-Modus stellen keine Verbindung her: Seed-Postfächer sind echte IMAP-Konten. Verlassen Sie die Demo (oder den Offline-Modus), um sie zu verwenden.</translation>
    </message>
    <message>
        <source>Reading the passwords…</source>
        <translation>Passwörter werden gelesen…</translation>
    </message>
    <message>
        <source>Not started: no password for %1.</source>
        <translation>Nicht gestartet: kein Passwort für %1.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>(submission)</source>
        <translation>(Submission)</translation>
    </message>
    <message numerus="yes">
        <source>Sending the test message, then looking into %n seed(s)…</source>
        <translation>
            <numerusform>Testnachricht wird gesendet, dann wird in %n Seed-Postfach nachgesehen…</numerusform>
            <numerusform>Testnachricht wird gesendet, dann wird in %n Seed-Postfächern nachgesehen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looking into %n seed(s)…</source>
        <translation>
            <numerusform>Es wird in %n Seed-Postfach nachgesehen…</numerusform>
            <numerusform>Es wird in %n Seed-Postfächern nachgesehen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>not found in time</source>
        <translation>nicht rechtzeitig gefunden</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <source>Sent through %1.</source>
        <translation>Über %1 gesendet.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>The seed history cannot be read: %1</source>
        <translation>Der Seed-Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Deliverability</source>
        <translation>Zustellbarkeit</translation>
    </message>
</context>
<context>
    <name>DemoWorld</name>
    <message>
        <source>A clean setup: one SPF provider, 2048-bit DKIM, DMARC p=reject.</source>
        <translation>Eine saubere Konfiguration: ein SPF-Anbieter, 2048-Bit-DKIM, DMARC p=reject.</translation>
    </message>
    <message>
        <source>Each team added its sender: SPF needs more than 10 DNS lookups.</source>
        <translation>Jedes Team hat seinen Versender ergänzt: SPF braucht mehr als 10 DNS-Lookups.</translation>
    </message>
    <message>
        <source>DMARC only monitors (p=none) and reports go to an address that never agreed.</source>
        <translation>DMARC überwacht nur (p=none), und Berichte gehen an eine Adresse, die nie zugestimmt hat.</translation>
    </message>
    <message>
        <source>A 1024-bit DKIM key left in testing mode, and sampled DMARC (pct=50).</source>
        <translation>Ein 1024-Bit-DKIM-Schlüssel, im Testmodus belassen, und DMARC mit Stichprobe (pct=50).</translation>
    </message>
    <message>
        <source>An SPF include loop: the record includes itself.</source>
        <translation>Eine SPF-Include-Schleife: Der Eintrag bindet sich selbst ein.</translation>
    </message>
    <message>
        <source>Newsletter from example.com</source>
        <translation>Newsletter von example.com</translation>
    </message>
    <message>
        <source>Signed and sent from example.com&apos;s own server: SPF and DKIM pass, aligned.</source>
        <translation>Signiert und vom eigenen Server von example.com gesendet: SPF und DKIM bestehen, ausgerichtet.</translation>
    </message>
    <message>
        <source>The same, through a mailing list</source>
        <translation>Dieselbe, über eine Mailingliste</translation>
    </message>
    <message>
        <source>A list tagged the subject and added a footer: DKIM breaks and DMARC fails (p=reject), but the list&apos;s ARC chain is intact.</source>
        <translation>Eine Liste hat den Betreff markiert und eine Fußzeile angefügt: DKIM bricht und DMARC schlägt fehl (p=reject), aber die ARC-Kette der Liste ist intakt.</translation>
    </message>
    <message>
        <source>A spoof of monitor.test</source>
        <translation>Eine Fälschung von monitor.test</translation>
    </message>
    <message>
        <source>Sent from an outside server in monitor.test&apos;s name: DMARC fails, but p=none lets it through.</source>
        <translation>Von einem fremden Server im Namen von monitor.test gesendet: DMARC schlägt fehl, aber p=none lässt sie durch.</translation>
    </message>
    <message>
        <source>An older message, key rotated since</source>
        <translation>Eine ältere Nachricht, Schlüssel inzwischen gewechselt</translation>
    </message>
    <message>
        <source>The receiver verified its DKIM signature in June; the key has been withdrawn since.</source>
        <translation>Der Empfänger hat ihre DKIM-Signatur im Juni verifiziert; der Schlüssel wurde inzwischen zurückgezogen.</translation>
    </message>
</context>
<context>
    <name>DkimChecker</name>
    <message>
        <source>%1 of %2 queries for common selectors failed; a key published at one of them could not be seen.</source>
        <translation>%1 von %2 Abfragen für gängige Selectors sind fehlgeschlagen; ein dort veröffentlichter Schlüssel wäre nicht zu sehen gewesen.</translation>
    </message>
    <message>
        <source>No key at any of the %1 selectors tried for %2. %3</source>
        <translation>Kein Schlüssel an einem der %1 für %2 versuchten Selectors. %3</translation>
    </message>
</context>
<context>
    <name>DkimKeyAnalyzer</name>
    <message>
        <source> It decodes as a DER public key: an RSA key published with k=ed25519?</source>
        <translation> Es lässt sich als öffentlicher DER-Schlüssel dekodieren: ein RSA-Schlüssel, veröffentlicht mit k=ed25519?</translation>
    </message>
    <message>
        <source>an Ed25519 key is 32 raw bytes; p= decodes to %1 bytes.</source>
        <translation>ein Ed25519-Schlüssel besteht aus 32 Rohbytes; p= ergibt dekodiert %1 Bytes.</translation>
    </message>
    <message>
        <source>OpenSSL rejected the Ed25519 key: %1</source>
        <translation>OpenSSL hat den Ed25519-Schlüssel abgelehnt: %1</translation>
    </message>
    <message>
        <source>k=%1 is not a key type this program can read</source>
        <translation>k=%1 ist kein Schlüsseltyp, den dieses Programm lesen kann</translation>
    </message>
    <message>
        <source>k=rsa but the key is a %1 key</source>
        <translation>k=rsa, aber der Schlüssel ist ein %1-Schlüssel</translation>
    </message>
    <message>
        <source>p= holds 32 bytes, the size of an Ed25519 key, but the record says k=rsa (or no k=, which means rsa): add k=ed25519</source>
        <translation>p= enthält 32 Bytes, die Größe eines Ed25519-Schlüssels, aber der Eintrag gibt k=rsa an (oder kein k=, was rsa bedeutet): ergänzen Sie k=ed25519</translation>
    </message>
    <message>
        <source>p= decodes to %1 bytes that are not a DER RSA public key (truncated, or a key split wrongly across strings?)</source>
        <translation>p= ergibt dekodiert %1 Bytes, die kein öffentlicher DER-RSA-Schlüssel sind (abgeschnitten oder falsch auf Strings verteilt?)</translation>
    </message>
    <message>
        <source>A verifier ignores this record, so every signature made with this selector fails: %1.</source>
        <translation>Ein Prüfer ignoriert diesen Eintrag, daher schlägt jede mit diesem Selector erstellte Signatur fehl: %1.</translation>
    </message>
    <message>
        <source>The RSA key is %1 bits. RFC 8301 §3.2: verifiers must not accept keys under 1024 bits, and such keys can be factored.</source>
        <translation>Der RSA-Schlüssel hat %1 Bit. RFC 8301 §3.2: Prüfer dürfen Schlüssel unter 1024 Bit nicht akzeptieren, und solche Schlüssel lassen sich faktorisieren.</translation>
    </message>
    <message>
        <source>The RSA key is %1 bits. RFC 8301 §3.2 asks signers to use at least 2048 bits.</source>
        <translation>Der RSA-Schlüssel hat %1 Bit. RFC 8301 §3.2 verlangt von Signierern mindestens 2048 Bit.</translation>
    </message>
    <message>
        <source>The RSA key is %1 bits. RFC 8301 §3.2 only requires verifiers to handle keys up to 4096 bits; larger ones may not be verified.</source>
        <translation>Der RSA-Schlüssel hat %1 Bit. RFC 8301 §3.2 verlangt von Prüfern nur Schlüssel bis 4096 Bit; größere werden womöglich nicht geprüft.</translation>
    </message>
    <message>
        <source>The public exponent is %1.</source>
        <translation>Der öffentliche Exponent ist %1.</translation>
    </message>
    <message>
        <source>h=%1 allows only SHA-1: RFC 8301 §3.1 forbids signing with it and verifiers treat such signatures as failing.</source>
        <translation>h=%1 erlaubt nur SHA-1: RFC 8301 §3.1 verbietet das Signieren damit, und Prüfer werten solche Signaturen als fehlgeschlagen.</translation>
    </message>
    <message>
        <source>h=%1 still allows SHA-1 next to SHA-256 (RFC 8301 §3.1): drop sha1.</source>
        <translation>h=%1 erlaubt neben SHA-256 noch SHA-1 (RFC 8301 §3.1): Entfernen Sie sha1.</translation>
    </message>
    <message>
        <source>g=%1 comes from DomainKeys (RFC 4870). RFC 6376 ignores it, but old verifiers may reject signatures whose i= local part does not match it.</source>
        <translation>g=%1 stammt aus DomainKeys (RFC 4870). RFC 6376 ignoriert es, aber alte Prüfer lehnen womöglich Signaturen ab, deren i=-Local-Part nicht dazu passt.</translation>
    </message>
    <message>
        <source>the key is empty (p=): the key is revoked</source>
        <translation>der Schlüssel ist leer (p=): Der Schlüssel ist widerrufen</translation>
    </message>
    <message>
        <source>p= is not base64: the character &apos;%1&apos; is not allowed</source>
        <translation>p= ist kein Base64: Das Zeichen „%1“ ist nicht erlaubt</translation>
    </message>
    <message>
        <source>p= is not valid base64: its length (%1 characters) is not a multiple of 4 (truncated or badly split record?)</source>
        <translation>p= ist kein gültiges Base64: Seine Länge (%1 Zeichen) ist kein Vielfaches von 4 (abgeschnittener oder falsch aufgeteilter Eintrag?)</translation>
    </message>
    <message>
        <source>p= is not valid base64 (&apos;=&apos; padding in the middle of the key?)</source>
        <translation>p= ist kein gültiges Base64 („=“-Auffüllung mitten im Schlüssel?)</translation>
    </message>
</context>
<context>
    <name>DkimKeyGenDialog</name>
    <message>
        <source>Generate a new DKIM key</source>
        <translation>Neuen DKIM-Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>RSA 2048 bits (recommended)</source>
        <translation>RSA 2048 Bit (empfohlen)</translation>
    </message>
    <message>
        <source>RSA 3072 bits</source>
        <translation>RSA 3072 Bit</translation>
    </message>
    <message>
        <source>RSA 4096 bits</source>
        <translation>RSA 4096 Bit</translation>
    </message>
    <message>
        <source>Ed25519 (add an RSA key too)</source>
        <translation>Ed25519 (zusätzlich einen RSA-Schlüssel anlegen)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>The record to publish and the rotation plan appear here. The private key is written to the folder with permissions 0600 and never shown.</source>
        <translation>Hier erscheinen der zu veröffentlichende Eintrag und der Rotationsplan. Der private Schlüssel wird mit den Rechten 0600 in den Ordner geschrieben und nie angezeigt.</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domain:</translation>
    </message>
    <message>
        <source>New selector:</source>
        <translation>Neuer Selector:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Private key folder:</source>
        <translation>Ordner für den privaten Schlüssel:</translation>
    </message>
    <message>
        <source>Folder for the private key</source>
        <translation>Ordner für den privaten Schlüssel</translation>
    </message>
    <message>
        <source>Enter a valid domain and selector.</source>
        <translation>Geben Sie eine gültige Domain und einen gültigen Selector ein.</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Erzeuge…</translation>
    </message>
    <message>
        <source>Generation failed: %1</source>
        <translation>Erzeugung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Private key written to %1 (mode 0600).
Key: %2 %3 bits, %4

</source>
        <translation>Privater Schlüssel nach %1 geschrieben (Modus 0600).
Schlüssel: %2 %3 Bit, %4

</translation>
    </message>
    <message>
        <source>BIND zone line:
%1

Terraform:
%2
Rotation plan:
%3
</source>
        <translation>BIND-Zonenzeile:
%1

Terraform:
%2
Rotationsplan:
%3
</translation>
    </message>
</context>
<context>
    <name>DkimKeyGenerator</name>
    <message>
        <source>1. Publish the record at %1 and wait until it is visible everywhere (at least the old TTL; check with: mailsight-cli dkim %2 --selector %3).</source>
        <translation>1. Veröffentlichen Sie den Eintrag unter %1 und warten Sie, bis er überall sichtbar ist (mindestens die alte TTL; prüfen mit: mailsight-cli dkim %2 --selector %3).</translation>
    </message>
    <message>
        <source>2. Check that the private key matches what DNS serves: mailsight-cli dkim match %1 %2 --private-key FILE.</source>
        <translation>2. Prüfen Sie, ob der private Schlüssel zu dem passt, was das DNS ausliefert: mailsight-cli dkim match %1 %2 --private-key DATEI.</translation>
    </message>
    <message>
        <source>3. Switch the signer (MTA, provider) to selector %1 with the new private key; send a test message and verify it: mailsight-cli dkim verify MESSAGE.eml.</source>
        <translation>3. Stellen Sie den Signierer (MTA, Anbieter) auf Selector %1 mit dem neuen privaten Schlüssel um; senden Sie eine Testnachricht und prüfen Sie sie: mailsight-cli dkim verify NACHRICHT.eml.</translation>
    </message>
    <message>
        <source>4. Keep the old selector&apos;s key published until mail signed with it has aged out (a week is common; DMARC reports show when it stops appearing).</source>
        <translation>4. Lassen Sie den Schlüssel des alten Selectors veröffentlicht, bis damit signierte Mail veraltet ist (eine Woche ist üblich; DMARC-Berichte zeigen, wann er nicht mehr auftaucht).</translation>
    </message>
    <message>
        <source>5. Revoke the old key by publishing its record with an empty p= (v=DKIM1; p=), rather than deleting it, so verifiers see a clear revocation; remove it later.</source>
        <translation>5. Widerrufen Sie den alten Schlüssel, indem Sie seinen Eintrag mit leerem p= veröffentlichen (v=DKIM1; p=), statt ihn zu löschen, damit Prüfer einen eindeutigen Widerruf sehen; entfernen Sie ihn später.</translation>
    </message>
    <message>
        <source>6. Delete the old private key from the signing host.</source>
        <translation>6. Löschen Sie den alten privaten Schlüssel vom signierenden Host.</translation>
    </message>
    <message>
        <source>the output folder %1 does not exist</source>
        <translation>der Ausgabeordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>key generation failed: %1</source>
        <translation>Schlüsselerzeugung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot encode the private key: %1</source>
        <translation>der private Schlüssel kann nicht kodiert werden: %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DkimKeyMatchDialog</name>
    <message>
        <source>Does my private key match %1?</source>
        <translation>Passt mein privater Schlüssel zu %1?</translation>
    </message>
    <message>
        <source>Choose the private key file your signer uses (PEM or DER, PKCS#1 or PKCS#8, RSA or Ed25519). It is read in memory only and compared with the key published at &lt;b&gt;%1&lt;/b&gt;; it is never stored, copied or shown.</source>
        <translation>Wählen Sie die Datei des privaten Schlüssels, die Ihr Signierer verwendet (PEM oder DER, PKCS#1 oder PKCS#8, RSA oder Ed25519). Sie wird nur im Speicher gelesen und mit dem unter &lt;b&gt;%1&lt;/b&gt; veröffentlichten Schlüssel verglichen; sie wird nie gespeichert, kopiert oder angezeigt.</translation>
    </message>
    <message>
        <source>Choose private key…</source>
        <translation>Privaten Schlüssel wählen…</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot read the key:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Schlüssel kann nicht gelesen werden:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;MATCH&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;PASST&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;MISMATCH&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;PASST NICHT&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>&lt;br/&gt;Private key (public half): &lt;span style=&apos;font-family:%1&apos;&gt;%2&lt;/span&gt;</source>
        <translation>&lt;br/&gt;Privater Schlüssel (öffentliche Hälfte): &lt;span style=&apos;font-family:%1&apos;&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;br/&gt;Published key: &lt;span style=&apos;font-family:%1&apos;&gt;%2&lt;/span&gt;</source>
        <translation>&lt;br/&gt;Veröffentlichter Schlüssel: &lt;span style=&apos;font-family:%1&apos;&gt;%2&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>DkimKeyMatcher</name>
    <message>
        <source>the file is not a private key this program reads (PEM or DER, PKCS#1 or PKCS#8, RSA or Ed25519; an encrypted key must be decrypted first)</source>
        <translation>die Datei ist kein privater Schlüssel, den dieses Programm liest (PEM oder DER, PKCS#1 oder PKCS#8, RSA oder Ed25519; ein verschlüsselter Schlüssel muss zuerst entschlüsselt werden)</translation>
    </message>
    <message>
        <source>the private key is neither RSA nor Ed25519</source>
        <translation>der private Schlüssel ist weder RSA noch Ed25519</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a private key</source>
        <translation>%1 ist zu groß für einen privaten Schlüssel</translation>
    </message>
    <message>
        <source>the selector&apos;s key is revoked (empty p=): nothing to match</source>
        <translation>der Schlüssel des Selectors ist widerrufen (leeres p=): nichts zu vergleichen</translation>
    </message>
    <message>
        <source>the published key cannot be read: %1</source>
        <translation>der veröffentlichte Schlüssel kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the private key matches the published %1 key (%2)</source>
        <translation>der private Schlüssel passt zum veröffentlichten %1-Schlüssel (%2)</translation>
    </message>
    <message>
        <source>the private key is %1, the published key is %2</source>
        <translation>der private Schlüssel ist %1, der veröffentlichte Schlüssel ist %2</translation>
    </message>
    <message>
        <source>the private key&apos;s public half is not the published key (fingerprints differ)</source>
        <translation>die öffentliche Hälfte des privaten Schlüssels ist nicht der veröffentlichte Schlüssel (Fingerabdrücke verschieden)</translation>
    </message>
</context>
<context>
    <name>DkimPublicKey</name>
    <message>
        <source>the key at %1 could not be fetched: %2</source>
        <translation>der Schlüssel unter %1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>no key published at %1 (%2)</source>
        <translation>kein Schlüssel unter %1 veröffentlicht (%2)</translation>
    </message>
    <message>
        <source>the key at %1 is revoked (empty p=)</source>
        <translation>der Schlüssel unter %1 ist widerrufen (leeres p=)</translation>
    </message>
    <message>
        <source>the key record at %1 is unusable: %2</source>
        <translation>der Schlüsseleintrag unter %1 ist unbrauchbar: %2</translation>
    </message>
    <message>
        <source>the signature uses %1 but the key is k=%2</source>
        <translation>die Signatur verwendet %1, aber der Schlüssel ist k=%2</translation>
    </message>
    <message>
        <source>the key&apos;s h=%1 does not allow %2</source>
        <translation>h=%1 des Schlüssels erlaubt %2 nicht</translation>
    </message>
    <message>
        <source>the key has t=s but i=%1 is a subdomain of d=%2</source>
        <translation>der Schlüssel hat t=s, aber i=%1 ist eine Subdomain von d=%2</translation>
    </message>
    <message>
        <source>the public key at %1 cannot be read: %2</source>
        <translation>der öffentliche Schlüssel unter %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>DkimSelectorDiscovery</name>
    <message>
        <source>%1 selectors were tried. DNS cannot list a domain&apos;s DKIM selectors, so a selector that is not on the list and not named (or seen in a message you gave) stays unknown: finding none does not prove there is none.</source>
        <translation>Es wurden %1 Selectors versucht. DNS kann die DKIM-Selectors einer Domain nicht auflisten, daher bleibt ein Selector unbekannt, der nicht auf der Liste steht und nicht genannt (oder in einer von Ihnen gegebenen Nachricht gesehen) wurde: Keinen zu finden beweist nicht, dass es keinen gibt.</translation>
    </message>
</context>
<context>
    <name>DkimSelectorInspector</name>
    <message>
        <source>The query for %1 TXT failed (%2). Whether a key is published there is unknown.</source>
        <translation>Die Abfrage für %1 TXT ist fehlgeschlagen (%2). Ob dort ein Schlüssel veröffentlicht ist, ist unbekannt.</translation>
    </message>
    <message>
        <source>%1 is a CNAME to %2, where %3.</source>
        <translation>%1 ist ein CNAME auf %2, wo %3.</translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN)</source>
        <translation>der Name nicht existiert (NXDOMAIN)</translation>
    </message>
    <message>
        <source>no DKIM key record is published</source>
        <translation>kein DKIM-Schlüsseleintrag veröffentlicht ist</translation>
    </message>
    <message>
        <source>No key at %1 (%2).</source>
        <translation>Kein Schlüssel unter %1 (%2).</translation>
    </message>
    <message>
        <source>%1 holds %2 TXT records; a verifier may use any of them.</source>
        <translation>%1 enthält %2 TXT-Einträge; ein Prüfer kann einen beliebigen davon verwenden.</translation>
    </message>
</context>
<context>
    <name>DkimSelectorModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>DNS error</source>
        <translation>DNS-Fehler</translation>
    </message>
    <message>
        <source>dangling CNAME</source>
        <translation>verwaister CNAME</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>found</source>
        <translation>gefunden</translation>
    </message>
    <message>
        <source>common list</source>
        <translation>gängige Liste</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>Nachricht %1</translation>
    </message>
    <message>
        <source>DMARC reports</source>
        <translation>DMARC-Berichte</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Selector</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bit</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>DkimSignatureModel</name>
    <message>
        <source>unsigned</source>
        <translation>unsigniert</translation>
    </message>
    <message>
        <source>the message has no DKIM-Signature header</source>
        <translation>die Nachricht hat keinen DKIM-Signature-Header</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>d=</source>
        <translation>d=</translation>
    </message>
    <message>
        <source>s=</source>
        <translation>s=</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Alignment with From</source>
        <translation>From-Alignment</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>DomainKeys only</source>
        <translation>nur DomainKeys</translation>
    </message>
    <message>
        <source>a DomainKey-Signature (RFC 4870, historic) is not evaluated; without a DKIM-Signature the message counts as unsigned</source>
        <translation>eine DomainKey-Signature (RFC 4870, historisch) wird nicht ausgewertet; ohne DKIM-Signature gilt die Nachricht als unsigniert</translation>
    </message>
    <message>
        <source>RFC 9989: %1
RFC 7489: %2</source>
        <translation>RFC 9989: %1
RFC 7489: %2</translation>
    </message>
</context>
<context>
    <name>DkimTab</name>
    <message>
        <source>Audit a domain to look for its DKIM selectors, or drop .eml/.mbox files here.</source>
        <translation>Prüfen Sie eine Domain, um nach ihren DKIM-Selectors zu suchen, oder ziehen Sie .eml/.mbox-Dateien hierher.</translation>
    </message>
    <message>
        <source>selector, e.g. s2024 (Enter adds it)</source>
        <translation>Selector, z. B. s2024 (Enter fügt ihn hinzu)</translation>
    </message>
    <message>
        <source>Add selector</source>
        <translation>Selector hinzufügen</translation>
    </message>
    <message>
        <source>Check private key…</source>
        <translation>Privaten Schlüssel prüfen…</translation>
    </message>
    <message>
        <source>Confirm that a private key file matches the key published at the selected selector</source>
        <translation>Bestätigen, dass eine Datei mit privatem Schlüssel zum am ausgewählten Selector veröffentlichten Schlüssel passt</translation>
    </message>
    <message>
        <source>Generate new key…</source>
        <translation>Neuen Schlüssel erzeugen…</translation>
    </message>
    <message>
        <source>Signatures of dropped messages (drop .eml or .mbox files anywhere on this tab):</source>
        <translation>Signaturen hineingezogener Nachrichten (.eml- oder .mbox-Dateien irgendwo auf diesen Reiter ziehen):</translation>
    </message>
    <message>
        <source>Looking for DKIM selectors of %1…</source>
        <translation>Suche DKIM-Selectors von %1…</translation>
    </message>
    <message>
        <source>DKIM: asking %1 selectors of %2</source>
        <translation>DKIM: frage %1 Selectors von %2 ab</translation>
    </message>
    <message>
        <source>%1: no DKIM key found at the %2 selectors tried — which does not prove there is none.</source>
        <translation>%1: an den %2 versuchten Selectors kein DKIM-Schlüssel gefunden — was nicht beweist, dass es keinen gibt.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n usable DKIM key(s)</source>
        <translation>
            <numerusform>%1: %n brauchbarer DKIM-Schlüssel</numerusform>
            <numerusform>%1: %n brauchbare DKIM-Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> at %n selector(s) found</source>
        <translation>
            <numerusform> an %n Selector gefunden</numerusform>
            <numerusform> an %n Selectors gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source> — worst finding: %1</source>
        <translation> — schwerster Befund: %1</translation>
    </message>
    <message>
        <source> — no problems found</source>
        <translation> — keine Probleme gefunden</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a selector to see its key record, every tag explained, the key&apos;s fingerprint and where a CNAME leads.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Selector, um seinen Schlüsseleintrag, jedes Tag erklärt, den Fingerabdruck des Schlüssels und das Ziel eines CNAME zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;CNAME → &lt;span style=&apos;font-family:%1&apos;&gt;%2&lt;/span&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;CNAME → &lt;span style=&apos;font-family:%1&apos;&gt;%2&lt;/span&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source> &lt;b&gt;(dangling: the target holds no key)&lt;/b&gt;</source>
        <translation> &lt;b&gt;(verwaist: Das Ziel enthält keinen Schlüssel)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;DNS error:&lt;/b&gt; %1. Whether a key is published here is unknown.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;DNS-Fehler:&lt;/b&gt; %1. Ob hier ein Schlüssel veröffentlicht ist, ist unbekannt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No key record here (%1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hier kein Schlüsseleintrag (%1).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Record as published (strings of at most 255 bytes):</source>
        <translation>Eintrag wie veröffentlicht (Strings mit höchstens 255 Bytes):</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Key:&lt;/b&gt; %1, %2 bits%3, %4&lt;br/&gt;&lt;b&gt;Fingerprint:&lt;/b&gt; &lt;span style=&apos;font-family:%5&apos;&gt;%6&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Schlüssel:&lt;/b&gt; %1, %2 Bit%3, %4&lt;br/&gt;&lt;b&gt;Fingerabdruck:&lt;/b&gt; &lt;span style=&apos;font-family:%5&apos;&gt;%6&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, exponent %1</source>
        <translation>, Exponent %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The key cannot be read:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Der Schlüssel kann nicht gelesen werden:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Audit a domain first, then add its selectors.</source>
        <translation>Prüfen Sie zuerst eine Domain und fügen Sie dann ihre Selectors hinzu.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a selector of %2.</source>
        <translation>„%1“ kann kein Selector von %2 sein.</translation>
    </message>
    <message>
        <source>no DKIM signature</source>
        <translation>keine DKIM-Signatur</translation>
    </message>
    <message>
        <source>DKIM for DMARC: a signature aligned with From %1 passes</source>
        <translation>DKIM für DMARC: Eine mit From %1 ausgerichtete Signatur besteht</translation>
    </message>
    <message>
        <source>DKIM for DMARC: no passing signature aligned with From %1</source>
        <translation>DKIM für DMARC: keine bestehende, mit From %1 ausgerichtete Signatur</translation>
    </message>
    <message numerus="yes">
        <source>DKIM: %n message(s) verified</source>
        <translation>
            <numerusform>DKIM: %n Nachricht geprüft</numerusform>
            <numerusform>DKIM: %n Nachrichten geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>DKIM selector to add</source>
        <translation>Hinzuzufügender DKIM-Selector</translation>
    </message>
    <message>
        <source>DKIM selectors</source>
        <translation>DKIM-Selectors</translation>
    </message>
    <message>
        <source>The selected selector&apos;s key record explained</source>
        <translation>Der Schlüsseleintrag des ausgewählten Selectors erklärt</translation>
    </message>
    <message>
        <source>Signatures of dropped messages</source>
        <translation>Signaturen hineingezogener Nachrichten</translation>
    </message>
    <message>
        <source>no DKIM signature; a DomainKey-Signature (RFC 4870, historic) by %1 is not evaluated</source>
        <translation>keine DKIM-Signatur; eine DomainKey-Signature (RFC 4870, historisch) von %1 wird nicht ausgewertet</translation>
    </message>
    <message>
        <source>DKIM for DMARC: receivers disagree on alignment with From %3 (RFC 9989: %1, RFC 7489: %2)</source>
        <translation>DKIM für DMARC: Empfänger sind uneins über das Alignment mit From %3 (RFC 9989: %1, RFC 7489: %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>aligned</source>
        <translation>ausgerichtet</translation>
    </message>
    <message>
        <source>not aligned</source>
        <translation>nicht ausgerichtet</translation>
    </message>
</context>
<context>
    <name>DkimTagExplainer</name>
    <message>
        <source>Version: this is a DKIM key record (DKIM1). It must be the first tag.</source>
        <translation>Version: Dies ist ein DKIM-Schlüsseleintrag (DKIM1). Es muss das erste Tag sein.</translation>
    </message>
    <message>
        <source>Version %1 is unknown: verifiers ignore the record (only DKIM1 exists).</source>
        <translation>Version %1 ist unbekannt: Prüfer ignorieren den Eintrag (es gibt nur DKIM1).</translation>
    </message>
    <message>
        <source>Key type RSA (the default): signatures use rsa-sha256.</source>
        <translation>Schlüsseltyp RSA (Standard): Signaturen verwenden rsa-sha256.</translation>
    </message>
    <message>
        <source>Key type Ed25519 (RFC 8463): signatures use ed25519-sha256; the key is 32 raw bytes. Not every receiver verifies it yet.</source>
        <translation>Schlüsseltyp Ed25519 (RFC 8463): Signaturen verwenden ed25519-sha256; der Schlüssel besteht aus 32 Rohbytes. Noch prüft ihn nicht jeder Empfänger.</translation>
    </message>
    <message>
        <source>Key type %1 is unknown: verifiers ignore the record.</source>
        <translation>Schlüsseltyp %1 ist unbekannt: Prüfer ignorieren den Eintrag.</translation>
    </message>
    <message>
        <source>Hash algorithms allowed with this key: %1. Without h=, every hash is allowed; sha1 must no longer be used (RFC 8301).</source>
        <translation>Mit diesem Schlüssel erlaubte Hash-Algorithmen: %1. Ohne h= ist jeder Hash erlaubt; sha1 darf nicht mehr verwendet werden (RFC 8301).</translation>
    </message>
    <message>
        <source>Public key: empty, so the key is revoked and every signature naming this selector fails.</source>
        <translation>Öffentlicher Schlüssel: leer, daher ist der Schlüssel widerrufen, und jede Signatur, die diesen Selector nennt, schlägt fehl.</translation>
    </message>
    <message>
        <source>Public key, base64 (%1 characters). Verifiers check signatures with it.</source>
        <translation>Öffentlicher Schlüssel, Base64 (%1 Zeichen). Prüfer verifizieren damit Signaturen.</translation>
    </message>
    <message>
        <source>Notes for people; ignored by verifiers.</source>
        <translation>Notizen für Menschen; von Prüfern ignoriert.</translation>
    </message>
    <message>
        <source>Service types the key may be used for: %1 (email or * for mail).</source>
        <translation>Diensttypen, für die der Schlüssel verwendet werden darf: %1 (email oder * für Mail).</translation>
    </message>
    <message>
        <source>y: testing mode, receivers may treat signed mail as unsigned</source>
        <translation>y: Testmodus, Empfänger dürfen signierte Mail wie unsignierte behandeln</translation>
    </message>
    <message>
        <source>s: the signing identity i= may not be a subdomain of d=</source>
        <translation>s: Die signierende Identität i= darf keine Subdomain von d= sein</translation>
    </message>
    <message>
        <source>%1: unknown flag, ignored</source>
        <translation>%1: unbekanntes Flag, ignoriert</translation>
    </message>
    <message>
        <source>Flags: %1.</source>
        <translation>Flags: %1.</translation>
    </message>
    <message>
        <source>Granularity %1 from DomainKeys (RFC 4870): ignored by DKIM verifiers, may be enforced by very old ones.</source>
        <translation>Granularität %1 aus DomainKeys (RFC 4870): von DKIM-Prüfern ignoriert, von sehr alten womöglich durchgesetzt.</translation>
    </message>
    <message>
        <source>Unknown tag: ignored by verifiers.</source>
        <translation>Unbekanntes Tag: von Prüfern ignoriert.</translation>
    </message>
</context>
<context>
    <name>DkimVerifier</name>
    <message>
        <source>malformed signature: %1</source>
        <translation>fehlerhafte Signatur: %1</translation>
    </message>
    <message>
        <source>l=%1 of a canonical body of %2 bytes.</source>
        <translation>l=%1 eines kanonischen Bodys von %2 Bytes.</translation>
    </message>
    <message>
        <source>The signature uses a=rsa-sha1, which RFC 8301 forbids.</source>
        <translation>Die Signatur verwendet a=rsa-sha1, was RFC 8301 verbietet.</translation>
    </message>
    <message>
        <source>The key at %1 could not be read (%2).</source>
        <translation>Der Schlüssel unter %1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>the key could not be fetched: %1</source>
        <translation>der Schlüssel konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>No key record at %1 (%2).</source>
        <translation>Kein Schlüsseleintrag unter %1 (%2).</translation>
    </message>
    <message>
        <source>no key published at %1</source>
        <translation>kein Schlüssel unter %1 veröffentlicht</translation>
    </message>
    <message>
        <source>The signature names %1, whose key is revoked.</source>
        <translation>Die Signatur nennt %1, dessen Schlüssel widerrufen ist.</translation>
    </message>
    <message>
        <source>the key at %1 is revoked (empty p=)</source>
        <translation>der Schlüssel unter %1 ist widerrufen (leeres p=)</translation>
    </message>
    <message>
        <source>the key record is unusable: %1</source>
        <translation>der Schlüsseleintrag ist unbrauchbar: %1</translation>
    </message>
    <message>
        <source>the signature uses %1 but the key is k=%2</source>
        <translation>die Signatur verwendet %1, aber der Schlüssel ist k=%2</translation>
    </message>
    <message>
        <source>the key&apos;s h=%1 does not allow %2</source>
        <translation>h=%1 des Schlüssels erlaubt %2 nicht</translation>
    </message>
    <message>
        <source>the key has t=s but i=%1 is a subdomain of d=%2</source>
        <translation>der Schlüssel hat t=s, aber i=%1 ist eine Subdomain von d=%2</translation>
    </message>
    <message>
        <source>the public key cannot be read: %1</source>
        <translation>der öffentliche Schlüssel kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1-bit key.</source>
        <translation>%1-Bit-Schlüssel.</translation>
    </message>
    <message>
        <source>the key is %1 bits; RFC 8301 forbids accepting keys under 1024 bits</source>
        <translation>der Schlüssel hat %1 Bit; RFC 8301 verbietet, Schlüssel unter 1024 Bit zu akzeptieren</translation>
    </message>
    <message>
        <source>l=%1 is longer than the body: the body was cut</source>
        <translation>l=%1 ist länger als der Body: Der Body wurde gekürzt</translation>
    </message>
    <message>
        <source>bh=%1 was signed; the body now hashes to %2.</source>
        <translation>bh=%1 wurde signiert; der Body ergibt jetzt den Hash %2.</translation>
    </message>
    <message>
        <source>the body hash did not match: the body changed after signing</source>
        <translation>der Body-Hash stimmte nicht: Der Body wurde nach dem Signieren verändert</translation>
    </message>
    <message>
        <source>the body hash matches but the signature does not verify with the published key (a signed header changed, or the key does not match the signer&apos;s)</source>
        <translation>der Body-Hash stimmt, aber die Signatur lässt sich mit dem veröffentlichten Schlüssel nicht verifizieren (ein signierter Header wurde verändert, oder der Schlüssel passt nicht zu dem des Signierers)</translation>
    </message>
    <message>
        <source>x=%1 (%2) is in the past.</source>
        <translation>x=%1 (%2) liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>the signature verifies with the %1 key at %2</source>
        <translation>die Signatur ist mit dem %1-Schlüssel unter %2 gültig</translation>
    </message>
    <message>
        <source> (the key is in testing mode, t=y)</source>
        <translation> (der Schlüssel ist im Testmodus, t=y)</translation>
    </message>
    <message>
        <source>From is %1; signatures: %2.</source>
        <translation>From ist %1; Signaturen: %2.</translation>
    </message>
    <message>
        <source>it uses rsa-sha1, which verifiers must not accept (RFC 8301)</source>
        <translation>sie verwendet rsa-sha1, das Prüfer nicht akzeptieren dürfen (RFC 8301)</translation>
    </message>
    <message>
        <source>it expired at %1 (x=)</source>
        <translation>sie ist am %1 abgelaufen (x=)</translation>
    </message>
    <message>
        <source>the signature verifies but is refused: %1</source>
        <translation>die Signatur lässt sich verifizieren, wird aber abgelehnt: %1</translation>
    </message>
    <message>
        <source>a DomainKey-Signature (RFC 4870, historic) by d=%1 with selector s=%2%3</source>
        <translation>eine DomainKey-Signature (RFC 4870, historisch) von d=%1 mit Selector s=%2%3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>, a=%1</source>
        <translation>, a=%1</translation>
    </message>
    <message>
        <source>The message carries %1 and no DKIM-Signature. DomainKeys is not evaluated (by Mailsight or by receivers): for DKIM and DMARC the message is unsigned.</source>
        <translation>Die Nachricht enthält %1 und keine DKIM-Signature. DomainKeys wird nicht ausgewertet (weder von Mailsight noch von Empfängern): Für DKIM und DMARC ist die Nachricht unsigniert.</translation>
    </message>
    <message>
        <source>The message carries %1 besides its DKIM signatures; it is not evaluated.</source>
        <translation>Die Nachricht enthält %1 neben ihren DKIM-Signaturen; das wird nicht ausgewertet.</translation>
    </message>
    <message>
        <source>cannot tell (a DNS query failed)</source>
        <translation>nicht feststellbar (eine DNS-Abfrage ist fehlgeschlagen)</translation>
    </message>
    <message>
        <source>an aligned signature passes</source>
        <translation>eine ausgerichtete Signatur besteht</translation>
    </message>
    <message>
        <source>no passing signature is aligned</source>
        <translation>keine bestehende Signatur ist ausgerichtet</translation>
    </message>
    <message>
        <source>From is %1. RFC 9989 receivers (organizational domain by the DNS tree walk, adkim=%2): %3. RFC 7489 receivers (Public Suffix List, adkim=%4): %5.</source>
        <translation>From ist %1. Empfänger nach RFC 9989 (Organisationsdomain per DNS-Tree-Walk, adkim=%2): %3. Empfänger nach RFC 7489 (Public Suffix List, adkim=%4): %5.</translation>
    </message>
</context>
<context>
    <name>Dmarc</name>
    <message>
        <source>delivered as if there were no DMARC (only reported)</source>
        <translation>zugestellt, als gäbe es kein DMARC (nur gemeldet)</translation>
    </message>
    <message>
        <source>treated as suspicious (usually put in the spam folder)</source>
        <translation>als verdächtig behandelt (meist in den Spam-Ordner verschoben)</translation>
    </message>
    <message>
        <source>refused during delivery</source>
        <translation>bei der Zustellung abgewiesen</translation>
    </message>
</context>
<context>
    <name>DmarcAlignment</name>
    <message>
        <source>%1 is a public suffix (or a single label): it stands for itself</source>
        <translation>%1 ist ein Public Suffix (oder ein einzelnes Label): Er steht für sich selbst</translation>
    </message>
    <message>
        <source>the registrable domain under the public suffix %1 (Public Suffix List)</source>
        <translation>die registrierbare Domain unter dem Public Suffix %1 (Public Suffix List)</translation>
    </message>
    <message>
        <source>no tree walk was made</source>
        <translation>es wurde kein Tree Walk durchgeführt</translation>
    </message>
    <message>
        <source>the query for %1 failed (%2)</source>
        <translation>die Abfrage für %1 ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>DNS tree walk, RFC 9989 §4.10.2</source>
        <translation>DNS-Tree-Walk, RFC 9989 §4.10.2</translation>
    </message>
    <message>
        <source>Public Suffix List, RFC 7489 §3.2</source>
        <translation>Public Suffix List, RFC 7489 §3.2</translation>
    </message>
    <message>
        <source>there is no From domain to align with</source>
        <translation>es gibt keine From-Domain, mit der ausgerichtet werden könnte</translation>
    </message>
    <message>
        <source>there is no authenticated domain to align</source>
        <translation>es gibt keine authentifizierte Domain, die ausgerichtet werden könnte</translation>
    </message>
    <message>
        <source>%1 is the From domain itself (aligned in both modes)</source>
        <translation>%1 ist die From-Domain selbst (in beiden Modi ausgerichtet)</translation>
    </message>
    <message>
        <source>strict alignment needs %1 exactly; %2 is another name</source>
        <translation>striktes Alignment verlangt genau %1; %2 ist ein anderer Name</translation>
    </message>
    <message>
        <source>the organizational domain of %1 cannot be determined: a query of the tree walk failed</source>
        <translation>die Organisationsdomain von %1 kann nicht bestimmt werden: Eine Abfrage des Tree Walks ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>relaxed: %1 and %2 share the organizational domain %3 (%4)</source>
        <translation>relaxed: %1 und %2 teilen sich die Organisationsdomain %3 (%4)</translation>
    </message>
    <message>
        <source>relaxed: the organizational domain of %1 is %2, that of %3 is %4 (%5)</source>
        <translation>relaxed: Die Organisationsdomain von %1 ist %2, die von %3 ist %4 (%5)</translation>
    </message>
    <message>
        <source>; a query of the tree walk failed, so a record higher up could change this</source>
        <translation>; eine Abfrage des Tree Walks ist fehlgeschlagen, daher könnte ein Eintrag weiter oben dies ändern</translation>
    </message>
</context>
<context>
    <name>DmarcCheck</name>
    <message>
        <source>The query %1 TXT failed: %2. %3</source>
        <translation>Die Abfrage %1 TXT ist fehlgeschlagen: %2. %3</translation>
    </message>
    <message>
        <source>The RFC 7489 query %1 TXT failed: %2.</source>
        <translation>Die RFC-7489-Abfrage %1 TXT ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>%1 has %2 DMARC records. RFC 7489 receivers apply no DMARC when this is the From domain&apos;s or organizational domain&apos;s name; RFC 9989 receivers discard them and continue the tree walk%3.</source>
        <translation>%1 hat %2 DMARC-Einträge. Empfänger nach RFC 7489 wenden kein DMARC an, wenn dies der Name der From-Domain oder der Organisationsdomain ist; Empfänger nach RFC 9989 verwerfen sie und setzen den Tree Walk fort%3.</translation>
    </message>
    <message>
        <source> (here to %1)</source>
        <translation> (hier bis %1)</translation>
    </message>
    <message>
        <source>, which finds nothing above</source>
        <translation>, der darüber nichts findet</translation>
    </message>
    <message>
        <source>%1 answers with an SPF record, most likely through a wildcard TXT record (*.%2); receivers ignore it as not DMARC.</source>
        <translation>%1 antwortet mit einem SPF-Eintrag, höchstwahrscheinlich über einen Wildcard-TXT-Eintrag (*.%2); Empfänger ignorieren ihn als Nicht-DMARC.</translation>
    </message>
    <message>
        <source>%1 is a CNAME to %2, which holds an SPF record; receivers ignore it as not DMARC.</source>
        <translation>%1 ist ein CNAME auf %2, das einen SPF-Eintrag enthält; Empfänger ignorieren ihn als Nicht-DMARC.</translation>
    </message>
    <message>
        <source>%1 itself has the TXT record &quot;%2&quot;; receivers never read it there.</source>
        <translation>%1 selbst hat den TXT-Eintrag „%2“; dort lesen Empfänger ihn nie.</translation>
    </message>
    <message>
        <source>No DMARC record applies to %1. %2.</source>
        <translation>Für %1 gilt kein DMARC-Eintrag. %2.</translation>
    </message>
    <message>
        <source> The TXT record at %1 looks like DMARC but is discarded: %2.</source>
        <translation> Der TXT-Eintrag unter %1 sieht nach DMARC aus, wird aber verworfen: %2.</translation>
    </message>
    <message>
        <source>%1%2: %3 — %4.</source>
        <translation>%1%2: %3 — %4.</translation>
    </message>
    <message>
        <source>(in _dmarc.%1)</source>
        <translation>(in _dmarc.%1)</translation>
    </message>
    <message>
        <source>_dmarc.%1 says p=none: mail that fails DMARC, forged mail included, is delivered.</source>
        <translation>_dmarc.%1 gibt p=none an: Mail, die DMARC nicht besteht, auch gefälschte, wird zugestellt.</translation>
    </message>
    <message>
        <source>sp=%1 for existing subdomains</source>
        <translation>sp=%1 für existierende Subdomains</translation>
    </message>
    <message>
        <source>np%1=%2 for non-existent subdomains</source>
        <translation>np%1=%2 für nicht existierende Subdomains</translation>
    </message>
    <message>
        <source> (from sp)</source>
        <translation> (aus sp)</translation>
    </message>
    <message>
        <source>p=%1, but %2.</source>
        <translation>p=%1, aber %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>t=y has no effect while the policy that applies is none.</source>
        <translation>t=y ist wirkungslos, solange die geltende Richtlinie none ist.</translation>
    </message>
    <message>
        <source>t=y: RFC 9989 receivers apply %1 instead of %2; RFC 7489 receivers ignore t and apply %2.</source>
        <translation>t=y: Empfänger nach RFC 9989 wenden %1 statt %2 an; Empfänger nach RFC 7489 ignorieren t und wenden %2 an.</translation>
    </message>
    <message>
        <source>pct=%1: RFC 7489 receivers apply %2 to %1% of failing mail and %3 to the rest; RFC 9989 receivers apply %2 to all of it.</source>
        <translation>pct=%1: Empfänger nach RFC 7489 wenden %2 auf %1 % der fehlschlagenden Mail an und %3 auf den Rest; Empfänger nach RFC 9989 wenden %2 auf alles an.</translation>
    </message>
    <message>
        <source>_dmarc.%1 has no rua tag.</source>
        <translation>_dmarc.%1 hat kein rua-Tag.</translation>
    </message>
    <message>
        <source>_dmarc.%1 has rua, but none of its addresses is usable.</source>
        <translation>_dmarc.%1 hat rua, aber keine seiner Adressen ist brauchbar.</translation>
    </message>
    <message>
        <source>Checking the %1 destination %2 failed: %3.</source>
        <translation>Die Prüfung des %1-Ziels %2 ist fehlgeschlagen: %3.</translation>
    </message>
    <message>
        <source>%1 sends %2 reports to %3, outside %4, but %5 has no v=DMARC1 record: receivers send nothing there.</source>
        <translation>%1 sendet %2-Berichte an %3 außerhalb von %4, aber %5 hat keinen v=DMARC1-Eintrag: Empfänger senden dorthin nichts.</translation>
    </message>
    <message>
        <source>aggregate</source>
        <translation>Aggregate</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (RFC 7505): reports to %2 are refused.</source>
        <translation>%1 veröffentlicht einen Null-MX (RFC 7505): Berichte an %2 werden abgewiesen.</translation>
    </message>
    <message>
        <source>%1 has no MX record: reports to %2 cannot be delivered (some senders fall back to its address record; many report generators do not).</source>
        <translation>%1 hat keinen MX-Eintrag: Berichte an %2 können nicht zugestellt werden (manche Absender weichen auf den Adresseintrag aus, viele Berichtsgeneratoren nicht).</translation>
    </message>
    <message>
        <source>%1 has no record of its own; %2 applies (%3). %4</source>
        <translation>%1 hat keinen eigenen Eintrag; es gilt %2 (%3). %4</translation>
    </message>
    <message>
        <source>For mail from %1, RFC 9989 receivers apply %2 (%3), RFC 7489 receivers apply %4 (%5).</source>
        <translation>Für Mail von %1 wenden Empfänger nach RFC 9989 %2 an (%3), Empfänger nach RFC 7489 %4 (%5).</translation>
    </message>
    <message>
        <source>RFC 9989: %1</source>
        <translation>RFC 9989: %1</translation>
    </message>
    <message>
        <source>RFC 7489: %1</source>
        <translation>RFC 7489: %1</translation>
    </message>
    <message>
        <source>RFC 9989 tree walk: %1 (%2). RFC 7489 Public Suffix List: %3.</source>
        <translation>Tree Walk nach RFC 9989: %1 (%2). Public Suffix List nach RFC 7489: %3.</translation>
    </message>
    <message>
        <source>The tree walk stopped at %1 TXT, above the record that applies: %2. The organizational domain, and with it the record that applies, may lie higher than shown. %3</source>
        <translation>Der Tree Walk hielt bei %1 TXT an, oberhalb des geltenden Eintrags: %2. Die Organisationsdomain, und mit ihr der geltende Eintrag, kann höher liegen als gezeigt. %3</translation>
    </message>
</context>
<context>
    <name>DmarcDestinationChecker</name>
    <message>
        <source>not usable: %1</source>
        <translation>unbrauchbar: %1</translation>
    </message>
    <message>
        <source>inside the organizational domain: no authorization needed</source>
        <translation>innerhalb der Organisationsdomain: keine Autorisierung nötig</translation>
    </message>
    <message>
        <source>external; %1 authorizes reports for %2</source>
        <translation>extern; %1 autorisiert Berichte für %2</translation>
    </message>
    <message>
        <source>external; the authorization query %1 failed (%2)</source>
        <translation>extern; die Autorisierungsabfrage %1 ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>external and not authorized: %1 has no v=DMARC1 TXT record, so receivers send nothing there</source>
        <translation>extern und nicht autorisiert: %1 hat keinen v=DMARC1-TXT-Eintrag, daher senden Empfänger dorthin nichts</translation>
    </message>
    <message>
        <source>the MX query failed (%1)</source>
        <translation>die MX-Abfrage ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>%1 publishes a null MX: it takes no mail</source>
        <translation>%1 veröffentlicht einen Null-MX: Es nimmt keine Mail an</translation>
    </message>
    <message>
        <source>%1 has no MX record</source>
        <translation>%1 hat keinen MX-Eintrag</translation>
    </message>
</context>
<context>
    <name>DmarcDiscovery</name>
    <message>
        <source>the query for %1 failed (%2); the tree walk cannot go on</source>
        <translation>die Abfrage für %1 ist fehlgeschlagen (%2); der Tree Walk kann nicht fortgesetzt werden</translation>
    </message>
    <message>
        <source>published at %1</source>
        <translation>veröffentlicht unter %1</translation>
    </message>
    <message>
        <source>; the several records at %1 were discarded</source>
        <translation>; die mehreren Einträge unter %1 wurden verworfen</translation>
    </message>
    <message>
        <source>several records at %1 were discarded and no other name on the walk has one (asked: %2)</source>
        <translation>mehrere Einträge unter %1 wurden verworfen, und kein anderer Name auf dem Walk hat einen (abgefragt: %2)</translation>
    </message>
    <message>
        <source>no DMARC record at any name of the tree walk (asked: %1)</source>
        <translation>kein DMARC-Eintrag unter irgendeinem Namen des Tree Walks (abgefragt: %1)</translation>
    </message>
    <message>
        <source>the query for %1 failed (%2)</source>
        <translation>die Abfrage für %1 ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>several DMARC records at %1: RFC 7489 receivers apply no DMARC</source>
        <translation>mehrere DMARC-Einträge unter %1: Empfänger nach RFC 7489 wenden kein DMARC an</translation>
    </message>
    <message>
        <source>inherited from the organizational domain (Public Suffix List): %1</source>
        <translation>geerbt von der Organisationsdomain (Public Suffix List): %1</translation>
    </message>
    <message>
        <source>no DMARC record at %1</source>
        <translation>kein DMARC-Eintrag unter %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>inherited from the organizational domain %1 (%2): the record at %3</source>
        <translation>geerbt von der Organisationsdomain %1 (%2): der Eintrag unter %3</translation>
    </message>
    <message>
        <source>inherited from the public suffix domain %1 (psd=y): the organizational domain %2 has no record of its own</source>
        <translation>geerbt von der Public-Suffix-Domain %1 (psd=y): Die Organisationsdomain %2 hat keinen eigenen Eintrag</translation>
    </message>
    <message>
        <source>; the record at %1 is neither the From domain&apos;s nor the organizational domain&apos;s and is not applied (RFC 9989 §4.10.1)</source>
        <translation>; der Eintrag unter %1 ist weder der der From-Domain noch der der Organisationsdomain und wird nicht angewendet (RFC 9989 §4.10.1)</translation>
    </message>
</context>
<context>
    <name>DmarcExplainer</name>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Not set: subdomains get p=%1.</source>
        <translation>Nicht gesetzt: Subdomains erhalten p=%1.</translation>
    </message>
    <message>
        <source>Not set: non-existent subdomains get sp (or p).</source>
        <translation>Nicht gesetzt: Nicht existierende Subdomains erhalten sp (oder p).</translation>
    </message>
    <message>
        <source>Not set: nobody receives aggregate reports.</source>
        <translation>Nicht gesetzt: Niemand erhält Aggregate-Reports.</translation>
    </message>
    <message>
        <source>Not set: no failure reports (usual; few receivers send them).</source>
        <translation>Nicht gesetzt: keine Fehlerberichte (üblich; nur wenige Empfänger senden sie).</translation>
    </message>
    <message>
        <source>Not set: the default applies.</source>
        <translation>Nicht gesetzt: Es gilt der Standardwert.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Unknown: the DMARC record of %1 could not be read because DNS failed.</source>
        <translation>Unbekannt: Der DMARC-Eintrag von %1 konnte wegen eines DNS-Fehlers nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Not protected: no DMARC policy applies to mail from %1.</source>
        <translation>Nicht geschützt: Für Mail von %1 gilt keine DMARC-Richtlinie.</translation>
    </message>
    <message>
        <source>Protected: mail from %1 that fails DMARC is refused.</source>
        <translation>Geschützt: Mail von %1, die DMARC nicht besteht, wird abgewiesen.</translation>
    </message>
    <message>
        <source>Monitoring only: mail from %1 that fails DMARC is still delivered.</source>
        <translation>Nur Überwachung: Mail von %1, die DMARC nicht besteht, wird trotzdem zugestellt.</translation>
    </message>
    <message>
        <source>Partly protected: mail from %1 that fails DMARC goes to spam, it is not refused.</source>
        <translation>Teilweise geschützt: Mail von %1, die DMARC nicht besteht, landet im Spam, wird aber nicht abgewiesen.</translation>
    </message>
    <message>
        <source>Partly protected: receivers disagree; some %1 failing mail from %2, others only %3 it.</source>
        <translation>Teilweise geschützt: Empfänger sind uneins; fehlschlagende Mail von %2 wird von manchen %1, von anderen nur %3.</translation>
    </message>
    <message>
        <source>refuse</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <source>quarantine</source>
        <translation>unter Quarantäne gestellt</translation>
    </message>
    <message>
        <source>report</source>
        <translation>gemeldet</translation>
    </message>
    <message>
        <source>The DNS queries for the DMARC record failed, so Mailsight cannot tell what receivers do. This is not the same as having no record: receivers in the same situation usually try again later.</source>
        <translation>Die DNS-Abfragen für den DMARC-Eintrag sind fehlgeschlagen, daher kann Mailsight nicht sagen, was Empfänger tun. Das ist nicht dasselbe wie kein Eintrag: Empfänger in derselben Lage versuchen es meist später erneut.</translation>
    </message>
    <message>
        <source>Several DMARC records are published where one is expected; receivers discard them all.</source>
        <translation>Wo einer erwartet wird, sind mehrere DMARC-Einträge veröffentlicht; Empfänger verwerfen sie alle.</translation>
    </message>
    <message>
        <source>No DMARC record covers %1, so receivers apply no policy: anyone can send mail that claims to come from it and it will be judged on spam filters alone. Nobody receives reports about it.</source>
        <translation>Kein DMARC-Eintrag deckt %1 ab, daher wenden Empfänger keine Richtlinie an: Jeder kann Mail senden, die vorgibt, von dort zu kommen, und sie wird allein von Spamfiltern beurteilt. Niemand erhält Berichte darüber.</translation>
    </message>
    <message>
        <source>%1 has no DMARC record of its own; the record of %2 applies.</source>
        <translation>%1 hat keinen eigenen DMARC-Eintrag; es gilt der Eintrag von %2.</translation>
    </message>
    <message>
        <source>Mail that claims to come from %1 and fails DMARC (neither an aligned SPF pass nor an aligned DKIM signature) is %2.</source>
        <translation>Mail, die vorgibt, von %1 zu kommen, und DMARC nicht besteht (weder ausgerichtetes SPF-Pass noch ausgerichtete DKIM-Signatur), wird %2.</translation>
    </message>
    <message>
        <source>The record is in testing mode (t=y): RFC 9989 receivers apply one level less than it says, RFC 7489 receivers apply it in full.</source>
        <translation>Der Eintrag ist im Testmodus (t=y): Empfänger nach RFC 9989 wenden eine Stufe weniger an als angegeben, Empfänger nach RFC 7489 wenden ihn voll an.</translation>
    </message>
    <message>
        <source>Receivers disagree: under RFC 9989 it is %1, under RFC 7489 it is %2.</source>
        <translation>Empfänger sind uneins: Nach RFC 9989 wird sie %1, nach RFC 7489 wird sie %2.</translation>
    </message>
    <message>
        <source>Its subdomains get %1; names under it that do not exist get %2.</source>
        <translation>Ihre Subdomains erhalten %1; nicht existierende Namen darunter erhalten %2.</translation>
    </message>
    <message>
        <source>No aggregate reports are delivered anywhere, so nobody sees who sends mail as this domain.</source>
        <translation>Aggregate-Reports werden nirgends zugestellt, daher sieht niemand, wer als diese Domain Mail versendet.</translation>
    </message>
    <message>
        <source>Daily aggregate reports go to %1.</source>
        <translation>Tägliche Aggregate-Reports gehen an %1.</translation>
    </message>
    <message>
        <source>Risky: %1.</source>
        <translation>Riskant: %1.</translation>
    </message>
    <message>
        <source>strict: a DKIM signature aligns only if d=%1 exactly (d=mail.%2 does not)</source>
        <translation>strict: Eine DKIM-Signatur ist nur ausgerichtet, wenn d=%1 exakt stimmt (d=mail.%2 nicht)</translation>
    </message>
    <message>
        <source>relaxed: a DKIM signature aligns if its d= is in %1 (d=%1 or d=mail.%1 both align with From: %2)</source>
        <translation>relaxed: Eine DKIM-Signatur ist ausgerichtet, wenn ihr d= in %1 liegt (d=%1 und d=mail.%1 sind beide mit From: %2 ausgerichtet)</translation>
    </message>
    <message>
        <source>strict: SPF aligns only if the envelope sender (Return-Path) domain is exactly %1</source>
        <translation>strict: SPF ist nur ausgerichtet, wenn die Domain des Envelope-Absenders (Return-Path) exakt %1 ist</translation>
    </message>
    <message>
        <source>relaxed: SPF aligns if the envelope sender domain is in %1 (bounce.%1 aligns with From: %2)</source>
        <translation>relaxed: SPF ist ausgerichtet, wenn die Domain des Envelope-Absenders in %1 liegt (bounce.%1 ist mit From: %2 ausgerichtet)</translation>
    </message>
    <message>
        <source>Publish p=none with aggregate reports</source>
        <translation>p=none mit Aggregate-Reports veröffentlichen</translation>
    </message>
    <message>
        <source>Nothing yet; this step only collects reports. Keep it for 2-4 weeks.</source>
        <translation>Noch nichts; dieser Schritt sammelt nur Berichte. Behalten Sie ihn 2–4 Wochen bei.</translation>
    </message>
    <message>
        <source>Quarantine failing mail</source>
        <translation>Fehlschlagende Mail unter Quarantäne stellen</translation>
    </message>
    <message>
        <source>In the reports, every legitimate source (your servers, newsletter and CRM services, ticketing, invoicing) passes with aligned SPF or DKIM; what still fails is forged or forwarded mail. Adding t=y first softens the step for RFC 9989 receivers only.</source>
        <translation>In den Berichten besteht jede legitime Quelle (Ihre Server, Newsletter- und CRM-Dienste, Ticketsystem, Rechnungsversand) mit ausgerichtetem SPF oder DKIM; was noch fehlschlägt, ist gefälschte oder weitergeleitete Mail. Zuerst t=y zu ergänzen, mildert den Schritt nur für Empfänger nach RFC 9989.</translation>
    </message>
    <message>
        <source>Reject failing mail</source>
        <translation>Fehlschlagende Mail abweisen</translation>
    </message>
    <message>
        <source>After 2-4 weeks of quarantine, no legitimate mail shows up as failing (and no user reports missing mail from the spam folder); remove t=y if set.</source>
        <translation>Nach 2–4 Wochen Quarantäne erscheint keine legitime Mail als fehlgeschlagen (und kein Benutzer vermisst Mail aus dem Spam-Ordner); entfernen Sie t=y, falls gesetzt.</translation>
    </message>
    <message>
        <source>Protect every subdomain</source>
        <translation>Jede Subdomain schützen</translation>
    </message>
    <message>
        <source>Subdomains that send mail appear in the reports and pass; then nothing under the domain can be forged.</source>
        <translation>Subdomains, die Mail senden, erscheinen in den Berichten und bestehen; dann lässt sich unter der Domain nichts mehr fälschen.</translation>
    </message>
    <message>
        <source>Add aggregate reports (rua) to p=none</source>
        <translation>Aggregate-Reports (rua) zu p=none ergänzen</translation>
    </message>
    <message>
        <source>Gmail, Yahoo (2024)</source>
        <translation>Gmail, Yahoo (2024)</translation>
    </message>
    <message>
        <source>Gmail, Yahoo (2024); Outlook.com (2025)</source>
        <translation>Gmail, Yahoo (2024); Outlook.com (2025)</translation>
    </message>
    <message>
        <source>SPF or DKIM for every sender</source>
        <translation>SPF oder DKIM für jeden Versender</translation>
    </message>
    <message>
        <source>%1 publishes an SPF record.</source>
        <translation>%1 veröffentlicht einen SPF-Eintrag.</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record; DKIM cannot be seen from DNS without knowing the selectors.</source>
        <translation>%1 veröffentlicht keinen SPF-Eintrag; DKIM ist ohne Kenntnis der Selectors im DNS nicht zu sehen.</translation>
    </message>
    <message>
        <source>SPF and DKIM for bulk senders (5,000+ a day)</source>
        <translation>SPF und DKIM für Massenversender (über 5.000 pro Tag)</translation>
    </message>
    <message>
        <source>SPF is published; whether mail is DKIM-signed cannot be seen from DNS (use the DKIM tab with your selectors).</source>
        <translation>SPF ist veröffentlicht; ob Mail DKIM-signiert ist, lässt sich im DNS nicht sehen (nutzen Sie den DKIM-Reiter mit Ihren Selectors).</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record.</source>
        <translation>%1 veröffentlicht keinen SPF-Eintrag.</translation>
    </message>
    <message>
        <source>A DMARC record, at least p=none (bulk senders)</source>
        <translation>Ein DMARC-Eintrag, mindestens p=none (Massenversender)</translation>
    </message>
    <message>
        <source>Policy %1 from _dmarc.%2.</source>
        <translation>Richtlinie %1 aus _dmarc.%2.</translation>
    </message>
    <message>
        <source>DNS failed; the record could not be read.</source>
        <translation>DNS-Fehler; der Eintrag konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No DMARC record applies.</source>
        <translation>Es gilt kein DMARC-Eintrag.</translation>
    </message>
    <message>
        <source>From domain aligned with SPF or DKIM</source>
        <translation>From-Domain mit SPF oder DKIM ausgerichtet</translation>
    </message>
    <message>
        <source>Possible: an envelope sender in %1 passes SPF with %2 alignment; actual alignment shows in the aggregate reports.</source>
        <translation>Möglich: Ein Envelope-Absender in %1 besteht SPF mit %2-Alignment; das tatsächliche Alignment zeigen die Aggregate-Reports.</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>strict</translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation>relaxed</translation>
    </message>
    <message>
        <source>Depends on the envelope sender and DKIM d= of real mail; the aggregate reports show it.</source>
        <translation>Hängt vom Envelope-Absender und DKIM-d= echter Mail ab; die Aggregate-Reports zeigen es.</translation>
    </message>
    <message>
        <source>Aggregate reports to watch alignment (recommended)</source>
        <translation>Aggregate-Reports zur Beobachtung des Alignments (empfohlen)</translation>
    </message>
    <message>
        <source>Outlook.com (2025), M3AAWG</source>
        <translation>Outlook.com (2025), M3AAWG</translation>
    </message>
    <message>
        <source>rua is set and at least one destination can receive reports.</source>
        <translation>rua ist gesetzt, und mindestens ein Ziel kann Berichte empfangen.</translation>
    </message>
    <message>
        <source>rua is set, but no destination will receive reports (not authorized or no MX).</source>
        <translation>rua ist gesetzt, aber kein Ziel wird Berichte empfangen (nicht autorisiert oder kein MX).</translation>
    </message>
    <message>
        <source>No valid rua address.</source>
        <translation>Keine gültige rua-Adresse.</translation>
    </message>
    <message>
        <source>One-click unsubscribe, spam rate below 0.3%, forward and reverse DNS of sending IPs, TLS</source>
        <translation>Abmeldung mit einem Klick, Spamrate unter 0,3 %, Forward- und Reverse-DNS der sendenden IPs, TLS</translation>
    </message>
    <message>
        <source>Cannot be seen from the domain&apos;s DNS.</source>
        <translation>Im DNS der Domain nicht zu sehen.</translation>
    </message>
    <message>
        <source>not a policy: receivers ignore this value</source>
        <translation>keine Richtlinie: Empfänger ignorieren diesen Wert</translation>
    </message>
    <message>
        <source>Mail from %1 that fails DMARC is %2.</source>
        <translation>Mail von %1, die DMARC nicht besteht, wird %2.</translation>
    </message>
    <message>
        <source>Marks the TXT record as a DMARC record (version 1).</source>
        <translation>Kennzeichnet den TXT-Eintrag als DMARC-Eintrag (Version 1).</translation>
    </message>
    <message>
        <source>subdomains of %1</source>
        <translation>Subdomains von %1</translation>
    </message>
    <message>
        <source>subdomains of %1 that do not exist</source>
        <translation>nicht existierenden Subdomains von %1</translation>
    </message>
    <message>
        <source>This domain is a public suffix (like a registry): names under it are separate organizations.</source>
        <translation>Diese Domain ist ein Public Suffix (wie eine Registry): Namen darunter sind eigenständige Organisationen.</translation>
    </message>
    <message>
        <source>This domain is an organizational domain: the tree walk stops here.</source>
        <translation>Diese Domain ist eine Organisationsdomain: Der Tree Walk endet hier.</translation>
    </message>
    <message>
        <source>Not stated: the tree walk decides where the organization starts.</source>
        <translation>Nicht angegeben: Der Tree Walk entscheidet, wo die Organisation beginnt.</translation>
    </message>
    <message>
        <source>Testing: RFC 9989 receivers apply one level less (reject acts as quarantine, quarantine as none).</source>
        <translation>Test: Empfänger nach RFC 9989 wenden eine Stufe weniger an (reject wirkt wie quarantine, quarantine wie none).</translation>
    </message>
    <message>
        <source>The policy is enforced as written.</source>
        <translation>Die Richtlinie wird wie angegeben durchgesetzt.</translation>
    </message>
    <message>
        <source>Strict DKIM alignment: the signing domain (d=) must equal the From domain exactly; d=mail.%1 does not align with From: %1.</source>
        <translation>Striktes DKIM-Alignment: Die signierende Domain (d=) muss exakt der From-Domain entsprechen; d=mail.%1 ist nicht mit From: %1 ausgerichtet.</translation>
    </message>
    <message>
        <source>Relaxed DKIM alignment: a signature by any name in the same organization aligns; d=mail.%1 aligns with From: %1.</source>
        <translation>Relaxed DKIM-Alignment: Eine Signatur von jedem Namen derselben Organisation ist ausgerichtet; d=mail.%1 ist mit From: %1 ausgerichtet.</translation>
    </message>
    <message>
        <source>Strict SPF alignment: the envelope sender (Return-Path) domain must equal the From domain; bounce.%1 does not align with From: %1.</source>
        <translation>Striktes SPF-Alignment: Die Domain des Envelope-Absenders (Return-Path) muss der From-Domain entsprechen; bounce.%1 ist nicht mit From: %1 ausgerichtet.</translation>
    </message>
    <message>
        <source>Relaxed SPF alignment: an envelope sender in the same organization aligns; bounce.%1 aligns with From: %1.</source>
        <translation>Relaxed SPF-Alignment: Ein Envelope-Absender in derselben Organisation ist ausgerichtet; bounce.%1 ist mit From: %1 ausgerichtet.</translation>
    </message>
    <message>
        <source>when both SPF and DKIM fail alignment</source>
        <translation>wenn sowohl SPF als auch DKIM das Alignment verfehlen</translation>
    </message>
    <message>
        <source>when either fails</source>
        <translation>wenn eines von beiden fehlschlägt</translation>
    </message>
    <message>
        <source>when a DKIM signature fails</source>
        <translation>wenn eine DKIM-Signatur fehlschlägt</translation>
    </message>
    <message>
        <source>when SPF fails</source>
        <translation>wenn SPF fehlschlägt</translation>
    </message>
    <message>
        <source>Failure reports are requested %1.</source>
        <translation>Fehlerberichte werden angefordert, %1.</translation>
    </message>
    <message>
        <source>by default (both fail)</source>
        <translation>standardmäßig (beide schlagen fehl)</translation>
    </message>
    <message>
        <source>, or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Daily aggregate reports (who sent mail as the domain, what passed) go to: %1.</source>
        <translation>Tägliche Aggregate-Reports (wer als die Domain Mail versendet hat, was bestanden hat) gehen an: %1.</translation>
    </message>
    <message>
        <source>Per-message failure reports go to: %1 (few receivers send them).</source>
        <translation>Fehlerberichte pro Nachricht gehen an: %1 (nur wenige Empfänger senden sie).</translation>
    </message>
    <message>
        <source>RFC 7489 receivers apply the policy to %1% of failing mail; RFC 9989 receivers ignore it.</source>
        <translation>Empfänger nach RFC 7489 wenden die Richtlinie auf %1 % der fehlschlagenden Mail an; Empfänger nach RFC 9989 ignorieren das.</translation>
    </message>
    <message>
        <source>Format of failure reports (afrf); RFC 9989 receivers ignore it.</source>
        <translation>Format der Fehlerberichte (afrf); Empfänger nach RFC 9989 ignorieren es.</translation>
    </message>
    <message>
        <source>Asks for aggregate reports every %1 s (%2 h); most receivers send daily anyway.</source>
        <translation>Fordert Aggregate-Reports alle %1 s (%2 h) an; die meisten Empfänger senden ohnehin täglich.</translation>
    </message>
    <message>
        <source>Requested report interval; not a number here.</source>
        <translation>Gewünschtes Berichtsintervall; hier keine Zahl.</translation>
    </message>
    <message>
        <source>Not a DMARC tag: receivers ignore it.</source>
        <translation>Kein DMARC-Tag: Empfänger ignorieren es.</translation>
    </message>
    <message>
        <source>RFC 9989 (unknown to RFC 7489 receivers)</source>
        <translation>RFC 9989 (unbekannt in RFC 7489)</translation>
    </message>
    <message>
        <source>RFC 7489 only (removed by RFC 9989)</source>
        <translation>nur RFC 7489 (durch RFC 9989 entfernt)</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(Pflicht)</translation>
    </message>
    <message>
        <source>the value of p</source>
        <translation>der Wert von p</translation>
    </message>
    <message>
        <source>the value of sp, else p</source>
        <translation>der Wert von sp, sonst p</translation>
    </message>
    <message>
        <source>(none: no aggregate reports)</source>
        <translation>(keiner: keine Aggregate-Reports)</translation>
    </message>
    <message>
        <source>(none: no failure reports)</source>
        <translation>(keiner: keine Fehlerberichte)</translation>
    </message>
    <message>
        <source>none (with rua), else no DMARC</source>
        <translation>none (mit rua), sonst kein DMARC</translation>
    </message>
    <message>
        <source>%1 publishes a DMARC record at %2, but receivers apply no DMARC with it: %3</source>
        <translation>%1 veröffentlicht einen DMARC-Eintrag unter %2, aber Empfänger wenden damit kein DMARC an: %3</translation>
    </message>
    <message>
        <source>Under RFC 7489: %1</source>
        <translation>Nach RFC 7489: %1</translation>
    </message>
    <message>
        <source>no DMARC at all</source>
        <translation>überhaupt kein DMARC</translation>
    </message>
    <message>
        <source>; under RFC 7489 (Public Suffix List) the organizational domain is %1 instead of %2 (RFC 9989, DNS tree walk), so a name inside one but not the other aligns for some receivers only</source>
        <translation>; nach RFC 7489 (Public Suffix List) ist die Organisationsdomain %1 statt %2 (RFC 9989, DNS-Tree-Walk), daher ist ein Name, der in der einen, aber nicht in der anderen liegt, nur für einen Teil der Empfänger ausgerichtet</translation>
    </message>
    <message>
        <source>_dmarc.%1 has no valid p (or an invalid sp/np) and no valid rua: receivers apply no DMARC with it.</source>
        <translation>_dmarc.%1 hat kein gültiges p (oder ein ungültiges sp/np) und kein gültiges rua: Empfänger wenden damit kein DMARC an.</translation>
    </message>
</context>
<context>
    <name>DmarcPolicyResolver</name>
    <message>
        <source>%1 does not exist (NXDOMAIN), so np=%2 from %3 applies</source>
        <translation>%1 existiert nicht (NXDOMAIN), daher gilt np=%2 aus %3</translation>
    </message>
    <message>
        <source>%1 is below %2, so sp=%3 applies</source>
        <translation>%1 liegt unter %2, daher gilt sp=%3</translation>
    </message>
    <message>
        <source>(the name does not exist, but the record has no np)</source>
        <translation>(der Name existiert nicht, aber der Eintrag hat kein np)</translation>
    </message>
    <message>
        <source>the record at %1 says p=%2</source>
        <translation>der Eintrag unter %1 gibt p=%2 an</translation>
    </message>
    <message>
        <source>%1 is below %2, which sets no sp, so p=%3 applies</source>
        <translation>%1 liegt unter %2, das kein sp setzt, daher gilt p=%3</translation>
    </message>
    <message>
        <source>t=y (testing) lowers it one level to %1</source>
        <translation>t=y (Test) senkt sie um eine Stufe auf %1</translation>
    </message>
    <message>
        <source>pct=%1 is ignored (removed by RFC 9989)</source>
        <translation>pct=%1 wird ignoriert (durch RFC 9989 entfernt)</translation>
    </message>
    <message>
        <source>%1: failing mail is %2.</source>
        <translation>%1: Fehlschlagende Mail wird %2.</translation>
    </message>
    <message>
        <source>%1 is below the organizational domain %2, so sp=%3 applies</source>
        <translation>%1 liegt unter der Organisationsdomain %2, daher gilt sp=%3</translation>
    </message>
    <message>
        <source>%1 is below the organizational domain %2, which sets no sp, so p=%3 applies</source>
        <translation>%1 liegt unter der Organisationsdomain %2, die kein sp setzt, daher gilt p=%3</translation>
    </message>
    <message>
        <source>np is not part of RFC 7489 and is ignored</source>
        <translation>np gehört nicht zu RFC 7489 und wird ignoriert</translation>
    </message>
    <message>
        <source>t is not part of RFC 7489 and is ignored</source>
        <translation>t gehört nicht zu RFC 7489 und wird ignoriert</translation>
    </message>
    <message>
        <source>pct=0: no message is sampled, so every failing message gets %1</source>
        <translation>pct=0: Keine Nachricht wird ausgewählt, daher erhält jede fehlschlagende Nachricht %1</translation>
    </message>
    <message>
        <source>pct=%1: %1% of failing messages get %2, the other %3% get %4</source>
        <translation>pct=%1: %1 % der fehlschlagenden Nachrichten erhalten %2, die übrigen %3 % erhalten %4</translation>
    </message>
    <message>
        <source> (Shown: what most failing messages get.)</source>
        <translation> (Angezeigt: was die meisten fehlschlagenden Nachrichten erhalten.)</translation>
    </message>
    <message>
        <source>DNS failed (%1): receivers defer or skip DMARC; the policy cannot be determined.</source>
        <translation>DNS-Fehler (%1): Empfänger stellen DMARC zurück oder lassen es aus; die Richtlinie lässt sich nicht bestimmen.</translation>
    </message>
    <message>
        <source>No DMARC policy applies (%1): failing mail is delivered as if DMARC did not exist.</source>
        <translation>Es gilt keine DMARC-Richtlinie (%1): Fehlschlagende Mail wird zugestellt, als gäbe es kein DMARC.</translation>
    </message>
    <message>
        <source>an invalid p (p=%1)</source>
        <translation>ein ungültiges p (p=%1)</translation>
    </message>
    <message>
        <source>no p tag</source>
        <translation>kein p-Tag</translation>
    </message>
    <message>
        <source>an invalid sp (sp=%1)</source>
        <translation>ein ungültiges sp (sp=%1)</translation>
    </message>
    <message>
        <source>an invalid np (np=%1)</source>
        <translation>ein ungültiges np (np=%1)</translation>
    </message>
    <message>
        <source>RFC 9989 receivers (§4.10.1)</source>
        <translation>Empfänger nach RFC 9989 (§4.10.1)</translation>
    </message>
    <message>
        <source>RFC 7489 receivers (§6.6.3)</source>
        <translation>Empfänger nach RFC 7489 (§6.6.3)</translation>
    </message>
    <message>
        <source>The record at %1 has %2 and no valid rua address, so %3 apply no DMARC at all: failing mail is delivered as if DMARC did not exist.</source>
        <translation>Der Eintrag unter %1 hat %2 und keine gültige rua-Adresse, daher wenden %3 überhaupt kein DMARC an: Fehlschlagende Mails werden zugestellt, als gäbe es kein DMARC.</translation>
    </message>
    <message>
        <source>The record at %1 has %2; because rua holds a valid address %3 act as if it said p=none: failing mail is %4.</source>
        <translation>Der Eintrag unter %1 hat %2; da rua eine gültige Adresse enthält, verhalten sich %3, als stünde dort p=none: Fehlschlagende Mails werden %4.</translation>
    </message>
</context>
<context>
    <name>DmarcRecordParser</name>
    <message>
        <source>%1 has an empty entry (a comma at the end or two commas in a row)</source>
        <translation>%1 hat einen leeren Eintrag (ein Komma am Ende oder zwei Kommas hintereinander)</translation>
    </message>
    <message>
        <source>receivers skip the empty entry</source>
        <translation>Empfänger überspringen den leeren Eintrag</translation>
    </message>
    <message>
        <source>%1 destination &quot;%2&quot;: %3</source>
        <translation>%1-Ziel „%2“: %3</translation>
    </message>
    <message>
        <source>receivers skip this destination; no %1 reports are sent to it</source>
        <translation>Empfänger überspringen dieses Ziel; es werden keine %1-Berichte dorthin gesendet</translation>
    </message>
    <message>
        <source>aggregate</source>
        <translation>Aggregate</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&quot;!%1&quot; is not a size limit (digits with an optional k, m, g or t); a literal &apos;!&apos; must be written %21</source>
        <translation>„!%1“ ist keine Größenbegrenzung (Ziffern mit optionalem k, m, g oder t); ein wörtliches „!“ muss als %21 geschrieben werden</translation>
    </message>
    <message>
        <source>%1 destination &quot;%2&quot; carries the size limit &quot;!%3&quot;, which RFC 9990 no longer defines</source>
        <translation>%1-Ziel „%2“ trägt die Größenbegrenzung „!%3“, die RFC 9990 nicht mehr definiert</translation>
    </message>
    <message>
        <source>RFC 7489 receivers skip reports larger than %1 for this destination; RFC 9989/9990 receivers ignore the suffix</source>
        <translation>Empfänger nach RFC 7489 lassen Berichte über %1 für dieses Ziel aus; Empfänger nach RFC 9989/9990 ignorieren das Suffix</translation>
    </message>
    <message>
        <source>it has no URI scheme; write it as mailto:%1</source>
        <translation>es hat kein URI-Schema; schreiben Sie es als mailto:%1</translation>
    </message>
    <message>
        <source>only mailto: destinations are used (RFC 9990 §3.2.1, RFC 9991); &quot;%1:&quot; is not</source>
        <translation>nur mailto:-Ziele werden verwendet (RFC 9990 §3.2.1, RFC 9991); „%1:“ nicht</translation>
    </message>
    <message>
        <source>the address contains white space</source>
        <translation>die Adresse enthält Leerraum</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address (local-part@domain)</source>
        <translation>„%1“ ist keine E-Mail-Adresse (local-part@domain)</translation>
    </message>
    <message>
        <source>the domain of &quot;%1&quot; is not valid: %2</source>
        <translation>die Domain von „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>it has a single label</source>
        <translation>sie hat nur ein Label</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tag=value pair</source>
        <translation>„%1“ ist kein Tag=Wert-Paar</translation>
    </message>
    <message>
        <source>receivers ignore it</source>
        <translation>Empfänger ignorieren es</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag name</source>
        <translation>„%1“ ist kein gültiger Tag-Name</translation>
    </message>
    <message>
        <source>receivers ignore the tag</source>
        <translation>Empfänger ignorieren das Tag</translation>
    </message>
    <message>
        <source>the record has an empty tag (&quot;;;&quot; or &quot;; ;&quot;)</source>
        <translation>der Eintrag hat ein leeres Tag („;;“ oder „; ;“)</translation>
    </message>
    <message>
        <source>receivers skip it</source>
        <translation>Empfänger überspringen es</translation>
    </message>
    <message>
        <source>receivers discard the record: the domain is treated as having no DMARC record</source>
        <translation>Empfänger verwerfen den Eintrag: Die Domain wird behandelt, als hätte sie keinen DMARC-Eintrag</translation>
    </message>
    <message>
        <source>v=DMARC1 must be the first tag; here it is tag %1</source>
        <translation>v=DMARC1 muss das erste Tag sein; hier ist es Tag %1</translation>
    </message>
    <message>
        <source>the record has no v=DMARC1 tag</source>
        <translation>der Eintrag hat kein v=DMARC1-Tag</translation>
    </message>
    <message>
        <source>v=%1 must be written exactly &quot;DMARC1&quot; (upper case)</source>
        <translation>v=%1 muss exakt „DMARC1“ lauten (Großbuchstaben)</translation>
    </message>
    <message>
        <source>v=%1 is not a DMARC version; the only version is DMARC1</source>
        <translation>v=%1 ist keine DMARC-Version; die einzige Version ist DMARC1</translation>
    </message>
    <message>
        <source>the record must start with v=DMARC1; here &quot;%1&quot; stands before it</source>
        <translation>der Eintrag muss mit v=DMARC1 beginnen; hier steht „%1“ davor</translation>
    </message>
    <message>
        <source>the record starts with white space before v=DMARC1</source>
        <translation>der Eintrag beginnt mit Leerraum vor v=DMARC1</translation>
    </message>
    <message>
        <source>most receivers accept it; strict ones discard records that do not start with &quot;v=DMARC1&quot;</source>
        <translation>die meisten Empfänger akzeptieren es; strenge verwerfen Einträge, die nicht mit „v=DMARC1“ beginnen</translation>
    </message>
    <message>
        <source>the tag %1 appears more than once (&quot;%1=%2&quot; repeats it)</source>
        <translation>das Tag %1 kommt mehr als einmal vor („%1=%2“ wiederholt es)</translation>
    </message>
    <message>
        <source>the tag-list rules (RFC 6376 §3.2) make the whole record invalid; receivers differ: some discard the record, most keep the first value, some the last. Mailsight reads the first</source>
        <translation>nach den Tag-List-Regeln (RFC 6376 §3.2) ist der ganze Eintrag ungültig; Empfänger verhalten sich unterschiedlich: manche verwerfen den Eintrag, die meisten behalten den ersten Wert, manche den letzten. Mailsight liest den ersten</translation>
    </message>
    <message>
        <source>the tag name &quot;%1&quot; is not lower case</source>
        <translation>der Tag-Name „%1“ ist nicht kleingeschrieben</translation>
    </message>
    <message>
        <source>%1 has no value; allowed: %2</source>
        <translation>%1 hat keinen Wert; erlaubt: %2</translation>
    </message>
    <message>
        <source>%1=%2 is not valid; allowed: %3</source>
        <translation>%1=%2 ist ungültig; erlaubt: %3</translation>
    </message>
    <message>
        <source>fo holds &quot;%1&quot;, which is not an option (0, 1, d, s separated by &apos;:&apos;)</source>
        <translation>fo enthält „%1“, was keine Option ist (0, 1, d, s, getrennt durch „:“)</translation>
    </message>
    <message>
        <source>receivers ignore the unknown options and use the others</source>
        <translation>Empfänger ignorieren die unbekannten Optionen und verwenden die anderen</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>receivers send no %1 reports</source>
        <translation>Empfänger senden keine %1-Berichte</translation>
    </message>
    <message>
        <source>RFC 7489 receivers use pct=100; RFC 9989 receivers ignore pct anyway</source>
        <translation>Empfänger nach RFC 7489 verwenden pct=100; Empfänger nach RFC 9989 ignorieren pct ohnehin</translation>
    </message>
    <message>
        <source>pct=%1 was removed by RFC 9989</source>
        <translation>pct=%1 wurde durch RFC 9989 entfernt</translation>
    </message>
    <message>
        <source>no effect under either reading</source>
        <translation>ohne Wirkung nach beiden Lesarten</translation>
    </message>
    <message>
        <source>RFC 7489 receivers apply the policy to %1% of failing messages and the next weaker policy to the rest; RFC 9989 receivers ignore pct and apply the policy to all of them</source>
        <translation>Empfänger nach RFC 7489 wenden die Richtlinie auf %1 % der fehlschlagenden Nachrichten an und auf den Rest die nächstschwächere; Empfänger nach RFC 9989 ignorieren pct und wenden die Richtlinie auf alle an</translation>
    </message>
    <message>
        <source>RFC 7489 receivers use rf=afrf; RFC 9989 receivers ignore rf anyway</source>
        <translation>Empfänger nach RFC 7489 verwenden rf=afrf; Empfänger nach RFC 9989 ignorieren rf ohnehin</translation>
    </message>
    <message>
        <source>rf was removed by RFC 9989</source>
        <translation>rf wurde durch RFC 9989 entfernt</translation>
    </message>
    <message>
        <source>RFC 7489 receivers read it (afrf is the only format they know); RFC 9989 receivers ignore it: failure reports are always in the RFC 9991 format</source>
        <translation>Empfänger nach RFC 7489 lesen es (afrf ist das einzige Format, das sie kennen); Empfänger nach RFC 9989 ignorieren es: Fehlerberichte sind immer im Format von RFC 9991</translation>
    </message>
    <message>
        <source>RFC 7489 receivers use ri=86400 (one day); RFC 9989 receivers ignore ri anyway</source>
        <translation>Empfänger nach RFC 7489 verwenden ri=86400 (ein Tag); Empfänger nach RFC 9989 ignorieren ri ohnehin</translation>
    </message>
    <message>
        <source>ri=%1 was removed by RFC 9989</source>
        <translation>ri=%1 wurde durch RFC 9989 entfernt</translation>
    </message>
    <message>
        <source>RFC 7489 receivers may honour it (most send daily regardless); RFC 9989 receivers ignore it and send daily reports</source>
        <translation>Empfänger nach RFC 7489 können es beachten (die meisten senden trotzdem täglich); Empfänger nach RFC 9989 ignorieren es und senden tägliche Berichte</translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (meinten Sie „%1“?)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DMARC tag%2</source>
        <translation>„%1“ ist kein DMARC-Tag%2</translation>
    </message>
    <message>
        <source>the record has no p tag</source>
        <translation>der Eintrag hat kein p-Tag</translation>
    </message>
    <message>
        <source>p is not the second tag; RFC 7489&apos;s grammar puts it right after v</source>
        <translation>p ist nicht das zweite Tag; die Grammatik von RFC 7489 stellt es direkt hinter v</translation>
    </message>
    <message>
        <source>receivers accept any order; a few strict RFC 7489 parsers do not</source>
        <translation>Empfänger akzeptieren jede Reihenfolge; einige strenge RFC-7489-Parser nicht</translation>
    </message>
    <message>
        <source>tag names are case-insensitive (the ABNF of RFC 9989 §4.8 and RFC 7489 §6.4 writes them as quoted strings): receivers read &quot;%1&quot; as &quot;%2&quot;; lower case is the usual spelling</source>
        <translation>Tag-Namen unterscheiden nicht zwischen Groß- und Kleinschreibung (die ABNF von RFC 9989 §4.8 und RFC 7489 §6.4 schreibt sie als Strings in Anführungszeichen): Empfänger lesen „%1“ als „%2“; Kleinschreibung ist die übliche Schreibweise</translation>
    </message>
    <message>
        <source>RFC 9989 receivers act as if the record said p=none when rua holds a valid address, and otherwise apply no DMARC at all (§4.10.1); RFC 7489 receivers do not know np and ignore it</source>
        <translation>Empfänger nach RFC 9989 verhalten sich, als stünde im Eintrag p=none, wenn rua eine gültige Adresse enthält, und wenden sonst überhaupt kein DMARC an (§4.10.1); Empfänger nach RFC 7489 kennen np nicht und ignorieren es</translation>
    </message>
    <message>
        <source>receivers of both RFCs act as if the record said p=none when rua holds a valid address, and otherwise apply no DMARC at all (RFC 9989 §4.10.1, RFC 7489 §6.6.3)</source>
        <translation>Empfänger beider RFCs verhalten sich, als stünde im Eintrag p=none, wenn rua eine gültige Adresse enthält, und wenden sonst überhaupt kein DMARC an (RFC 9989 §4.10.1, RFC 7489 §6.6.3)</translation>
    </message>
    <message>
        <source>rua holds a valid address, so receivers of both RFCs act as if it said p=none (RFC 9989 §4.10.1, RFC 7489 §6.6.3)</source>
        <translation>rua enthält eine gültige Adresse, daher verhalten sich Empfänger beider RFCs, als stünde dort p=none (RFC 9989 §4.10.1, RFC 7489 §6.6.3)</translation>
    </message>
    <message>
        <source>rua holds no valid address either, so receivers of both RFCs apply no DMARC at all (RFC 9989 §4.10.1, RFC 7489 §6.6.3)</source>
        <translation>rua enthält ebenfalls keine gültige Adresse, daher wenden Empfänger beider RFCs überhaupt kein DMARC an (RFC 9989 §4.10.1, RFC 7489 §6.6.3)</translation>
    </message>
</context>
<context>
    <name>DmarcTab</name>
    <message>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <source>Partly protected</source>
        <translation>Teilweise geschützt</translation>
    </message>
    <message>
        <source>Monitoring only</source>
        <translation>Nur Überwachung</translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation>Nicht geschützt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>unknown (DNS failed)</source>
        <translation>unbekannt (DNS-Fehler)</translation>
    </message>
    <message>
        <source>none (no DMARC)</source>
        <translation>none (kein DMARC)</translation>
    </message>
    <message>
        <source>&amp;Try</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Enter a domain and press Audit to read its DMARC policy.</source>
        <translation>Geben Sie eine Domain ein und klicken Sie auf Prüfen, um ihre DMARC-Richtlinie zu lesen.</translation>
    </message>
    <message>
        <source>a From subdomain, e.g. newsletter or billing.example.com</source>
        <translation>eine From-Subdomain, z. B. newsletter oder billing.example.com</translation>
    </message>
    <message>
        <source>Which policy applies to mail whose From address is in this subdomain</source>
        <translation>Welche Richtlinie für Mail gilt, deren From-Adresse in dieser Subdomain liegt</translation>
    </message>
    <message>
        <source>Mail &amp;from:</source>
        <translation>Mail &amp;von:</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name: %2</source>
        <translation>„%1“ ist kein Domainname: %2</translation>
    </message>
    <message>
        <source>Showing the policy for mail From: …@%1</source>
        <translation>Angezeigt wird die Richtlinie für Mail From: …@%1</translation>
    </message>
    <message>
        <source>Reading the DMARC policy for %1…</source>
        <translation>Lese die DMARC-Richtlinie für %1…</translation>
    </message>
    <message>
        <source>DMARC: %1</source>
        <translation>DMARC: %1</translation>
    </message>
    <message>
        <source>How receivers read it</source>
        <translation>Wie Empfänger ihn lesen</translation>
    </message>
    <message>
        <source>RFC 9989 and RFC 7489 receivers agree:</source>
        <translation>Empfänger nach RFC 9989 und RFC 7489 sind sich einig:</translation>
    </message>
    <message>
        <source>Policy applied</source>
        <translation>Angewandte Richtlinie</translation>
    </message>
    <message>
        <source>Record used</source>
        <translation>Verwendeter Eintrag</translation>
    </message>
    <message>
        <source>Organizational domain</source>
        <translation>Organisationsdomain</translation>
    </message>
    <message>
        <source>Public Suffix List</source>
        <translation>Public Suffix List</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>DKIM alignment: </source>
        <translation>DKIM-Alignment: </translation>
    </message>
    <message>
        <source>SPF alignment: </source>
        <translation>SPF-Alignment: </translation>
    </message>
    <message>
        <source>Report destinations</source>
        <translation>Berichtsziele</translation>
    </message>
    <message>
        <source>None: no rua or ruf address.</source>
        <translation>Keine: keine rua- oder ruf-Adresse.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Autorisiert</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>authorized</source>
        <translation>autorisiert</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>nicht autorisiert</translation>
    </message>
    <message>
        <source>Roll-out, step by step</source>
        <translation>Einführung, Schritt für Schritt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>nächster Schritt</translation>
    </message>
    <message>
        <source>later</source>
        <translation>später</translation>
    </message>
    <message>
        <source>Before this step: </source>
        <translation>Vor diesem Schritt: </translation>
    </message>
    <message>
        <source>Bulk-sender checklist</source>
        <translation>Checkliste für Massenversender</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>Cannot be seen from DNS</source>
        <translation>Im DNS nicht sichtbar</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation>Behebung: </translation>
    </message>
    <message>
        <source>DMARC record</source>
        <translation>DMARC-Eintrag</translation>
    </message>
    <message>
        <source>DMARC tags</source>
        <translation>DMARC-Tags</translation>
    </message>
    <message>
        <source>DMARC details: readings, report destinations, roll-out, checklist</source>
        <translation>DMARC-Details: Auswertungen, Berichtsziele, Einführung, Checkliste</translation>
    </message>
</context>
<context>
    <name>DmarcTagModel</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Default if absent</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Defined by</source>
        <translation>Definiert durch</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>DmarcTreeWalk</name>
    <message>
        <source>the record at %1 says psd=n</source>
        <translation>der Eintrag unter %1 sagt psd=n</translation>
    </message>
    <message>
        <source>the record at %1 says psd=y (a public suffix domain): the organizational domain is one label below it</source>
        <translation>der Eintrag unter %1 sagt psd=y (eine Public-Suffix-Domain): Die Organisationsdomain liegt ein Label darunter</translation>
    </message>
    <message>
        <source>the record with the fewest labels on the tree walk is at %1</source>
        <translation>der Eintrag mit den wenigsten Labels auf dem Tree Walk liegt unter %1</translation>
    </message>
    <message>
        <source>no record on the tree walk: %1 is its own organizational domain</source>
        <translation>kein Eintrag auf dem Tree Walk: %1 ist ihre eigene Organisationsdomain</translation>
    </message>
    <message>
        <source> (a query of the walk failed: the organizational domain may lie higher)</source>
        <translation> (eine Abfrage des Tree Walks ist fehlgeschlagen: Die Organisationsdomain kann höher liegen)</translation>
    </message>
</context>
<context>
    <name>DnsName</name>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>the name contains white space</source>
        <translation>der Name enthält Leerraum</translation>
    </message>
    <message>
        <source>the character &apos;%1&apos; is not allowed in a domain name (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only)</source>
        <translation>das Zeichen „%1“ ist in einem Domainnamen nicht erlaubt (nur Buchstaben, Ziffern, „-“, „_“ und „.“)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be converted to an internationalised domain name (IDNA)</source>
        <translation>„%1“ kann nicht in einen internationalisierten Domainnamen (IDNA) umgewandelt werden</translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; starts or ends with a hyphen</source>
        <translation>das Label „%1“ beginnt oder endet mit einem Bindestrich</translation>
    </message>
    <message>
        <source>the name has an empty label (two dots in a row, or a leading dot)</source>
        <translation>der Name hat ein leeres Label (zwei Punkte hintereinander oder ein führender Punkt)</translation>
    </message>
    <message>
        <source>the label &quot;%1…&quot; is %2 bytes long; a DNS label is at most 63 bytes (RFC 1035 §2.3.4)</source>
        <translation>das Label „%1…“ ist %2 Bytes lang; ein DNS-Label hat höchstens 63 Bytes (RFC 1035 §2.3.4)</translation>
    </message>
    <message>
        <source>the name is %1 bytes long; a domain name is at most 253 bytes (RFC 1035 §2.3.4)</source>
        <translation>der Name ist %1 Bytes lang; ein Domainname hat höchstens 253 Bytes (RFC 1035 §2.3.4)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IP address, not a domain name: give the domain instead (the address&apos;s own name is found by a PTR query for %2)</source>
        <translation>„%1“ ist eine IP-Adresse, kein Domainname: Geben Sie stattdessen die Domain an (den eigenen Namen der Adresse findet eine PTR-Abfrage für %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an address literal, not a domain name: give the domain instead</source>
        <translation>„%1“ ist ein Adressliteral, kein Domainname: Geben Sie stattdessen die Domain an</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name: its last label &quot;%2&quot; is all digits, which no top-level domain is (RFC 3696 §2); an IP address is not accepted where a domain is</source>
        <translation>„%1“ ist kein Domainname: Sein letztes Label „%2“ besteht nur aus Ziffern, was auf keine Top-Level-Domain zutrifft (RFC 3696 §2); eine IP-Adresse wird nicht akzeptiert, wo eine Domain erwartet wird</translation>
    </message>
</context>
<context>
    <name>DnsOutcome</name>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>NODATA: the name exists but has no record of this type</source>
        <translation>NODATA: Der Name existiert, hat aber keinen Eintrag dieses Typs</translation>
    </message>
    <message>
        <source>NXDOMAIN: the name does not exist</source>
        <translation>NXDOMAIN: Der Name existiert nicht</translation>
    </message>
    <message>
        <source>SERVFAIL: the server could not answer (not the same as no record)</source>
        <translation>SERVFAIL: Der Server konnte nicht antworten (nicht dasselbe wie kein Eintrag)</translation>
    </message>
    <message>
        <source>REFUSED: the server refused to answer</source>
        <translation>REFUSED: Der Server hat die Antwort verweigert</translation>
    </message>
    <message>
        <source>timeout: no answer within the time limit (not the same as no record)</source>
        <translation>Zeitüberschreitung: keine Antwort innerhalb des Zeitlimits (nicht dasselbe wie kein Eintrag)</translation>
    </message>
    <message>
        <source>network error: the server could not be reached</source>
        <translation>Netzwerkfehler: Der Server war nicht erreichbar</translation>
    </message>
    <message>
        <source>format error: the reply was malformed or did not match the question</source>
        <translation>Formatfehler: Die Antwort war fehlerhaft oder passte nicht zur Frage</translation>
    </message>
    <message>
        <source>invalid name: not asked</source>
        <translation>ungültiger Name: nicht abgefragt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>CNAME loop or chain too long: the aliases never reach a record (not the same as no record)</source>
        <translation>CNAME-Schleife oder Kette zu lang: Die Aliase erreichen nie einen Eintrag (nicht dasselbe wie kein Eintrag)</translation>
    </message>
</context>
<context>
    <name>DnsSession</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>DnsTab</name>
    <message>
        <source>Chain of trust (DNSSEC)</source>
        <translation>Vertrauenskette (DNSSEC)</translation>
    </message>
    <message>
        <source>Every authoritative server</source>
        <translation>Jeder autoritative Server</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Sperrlisten</translation>
    </message>
    <message>
        <source>DNS trust details</source>
        <translation>Details zum DNS-Vertrauen</translation>
    </message>
    <message>
        <source>DNS trust</source>
        <translation>DNS-Vertrauen</translation>
    </message>
    <message>
        <source>Audit a domain to see whether its DNS can be trusted.</source>
        <translation>Prüfen Sie eine Domain, um zu sehen, ob ihrem DNS zu trauen ist.</translation>
    </message>
    <message>
        <source>No audit yet.</source>
        <translation>Noch keine Prüfung.</translation>
    </message>
    <message>
        <source>Checking %1: DNSSEC, every authoritative server and the blocklists, once the other checks are done…</source>
        <translation>Prüfe %1: DNSSEC, jeden autoritativen Server und die Sperrlisten, sobald die anderen Prüfungen fertig sind…</translation>
    </message>
    <message>
        <source>The audit was cancelled before this check ran.</source>
        <translation>Die Prüfung wurde abgebrochen, bevor dieser Teil lief.</translation>
    </message>
    <message>
        <source>The audit ran out of time before this check finished.</source>
        <translation>Die Zeit der Prüfung lief ab, bevor dieser Teil fertig war.</translation>
    </message>
    <message>
        <source>Not part of this audit (left out in the settings or on the command line).</source>
        <translation>Nicht Teil dieser Prüfung (in den Einstellungen oder auf der Kommandozeile ausgelassen).</translation>
    </message>
    <message>
        <source>%1: the audit was cancelled.</source>
        <translation>%1: die Prüfung wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n problem(s) that break trust in the DNS</source>
        <translation>
            <numerusform>%1 %2: %n Problem, das das Vertrauen ins DNS bricht</numerusform>
            <numerusform>%1 %2: %n Probleme, die das Vertrauen ins DNS brechen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n warning(s).</source>
        <translation>
            <numerusform>, und %n Warnung.</numerusform>
            <numerusform>, und %n Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n warning(s) about the DNS.</source>
        <translation>
            <numerusform>%1 %2: %n Warnung zum DNS.</numerusform>
            <numerusform>%1 %2: %n Warnungen zum DNS.</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ %1: no problem found with DNSSEC, the servers or the blocklists checked.</source>
        <translation>✔ %1: kein Problem mit DNSSEC, den Servern oder den geprüften Sperrlisten gefunden.</translation>
    </message>
</context>
<context>
    <name>DnsTrustSectionHtml</name>
    <message>
        <source>Not part of this audit.</source>
        <translation>Nicht Teil dieser Prüfung.</translation>
    </message>
    <message>
        <source>Chain of trust (DNSSEC)</source>
        <translation>Vertrauenskette (DNSSEC)</translation>
    </message>
    <message>
        <source>Every authoritative server</source>
        <translation>Jeder autoritative Server</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Sperrlisten</translation>
    </message>
    <message>
        <source>Can the DNS of %1 be trusted</source>
        <translation>Ist dem DNS von %1 zu trauen</translation>
    </message>
</context>
<context>
    <name>DnssecPanel</name>
    <message>
        <source>Secure</source>
        <translation>Sicher</translation>
    </message>
    <message>
        <source>Insecure (unsigned)</source>
        <translation>Unsicher (unsigniert)</translation>
    </message>
    <message>
        <source>Bogus</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <translation>Unbestimmt</translation>
    </message>
    <message>
        <source>Names validated</source>
        <translation>Geprüfte Namen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Chain of trust</source>
        <translation>Vertrauenskette</translation>
    </message>
    <message>
        <source>delegates to</source>
        <translation>delegiert an</translation>
    </message>
    <message>
        <source>Where the chain breaks: %1</source>
        <translation>Wo die Kette bricht: %1</translation>
    </message>
    <message>
        <source>DNSSEC not checked yet.</source>
        <translation>DNSSEC noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Not validated: %1</source>
        <translation>Nicht validiert: %1</translation>
    </message>
    <message>
        <source>every record checked is signed and its chain of trust is intact.</source>
        <translation>jeder geprüfte Eintrag ist signiert und seine Vertrauenskette ist intakt.</translation>
    </message>
    <message>
        <source>records are not signed: nothing proves they come from the domain&apos;s owner.</source>
        <translation>die Einträge sind nicht signiert: nichts beweist, dass sie vom Inhaber der Domain stammen.</translation>
    </message>
    <message>
        <source>signatures do not validate: validating resolvers cannot read these names.</source>
        <translation>die Signaturen sind ungültig: validierende Resolver können diese Namen nicht lesen.</translation>
    </message>
    <message>
        <source>the chain of trust could not be checked.</source>
        <translation>die Vertrauenskette konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Signing health:</source>
        <translation>Zustand der Signaturen:</translation>
    </message>
    <message>
        <source>No DNSSEC findings.</source>
        <translation>Keine DNSSEC-Befunde.</translation>
    </message>
</context>
<context>
    <name>DnssecSectionHtml</name>
    <message>
        <source>indeterminate</source>
        <translation>unbestimmt</translation>
    </message>
    <message>
        <source>secure</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>insecure (unsigned)</source>
        <translation>unsicher (nicht signiert)</translation>
    </message>
    <message>
        <source>bogus</source>
        <translation>fehlerhaft (bogus)</translation>
    </message>
    <message>
        <source>DNSSEC was not validated: %1.</source>
        <translation>DNSSEC wurde nicht validiert: %1.</translation>
    </message>
    <message>
        <source>Every record checked is signed and its chain of trust from the root is intact.</source>
        <translation>Jeder geprüfte Eintrag ist signiert und seine Vertrauenskette von der Root-Zone ist intakt.</translation>
    </message>
    <message>
        <source>Records are not signed: nothing proves they come from the domain&apos;s owner, and senders ignore DANE (TLSA) records.</source>
        <translation>Die Einträge sind nicht signiert: Nichts belegt, dass sie vom Inhaber der Domain stammen, und Absender ignorieren DANE-Einträge (TLSA).</translation>
    </message>
    <message>
        <source>Signatures do not validate: validating resolvers answer SERVFAIL for these names, so mail and its authentication fail for their users.</source>
        <translation>Die Signaturen sind ungültig: Validierende Resolver antworten für diese Namen mit SERVFAIL, daher scheitern Mailzustellung und Authentifizierung für ihre Nutzer.</translation>
    </message>
    <message>
        <source>The chain of trust could not be checked (a lookup failed).</source>
        <translation>Die Vertrauenskette konnte nicht geprüft werden (eine Abfrage schlug fehl).</translation>
    </message>
    <message>
        <source>Trust anchor: %1</source>
        <translation>Vertrauensanker: %1</translation>
    </message>
    <message>
        <source>Chain of trust</source>
        <translation>Vertrauenskette</translation>
    </message>
    <message>
        <source>Names validated</source>
        <translation>Validierte Namen</translation>
    </message>
    <message>
        <source>Signing health</source>
        <translation>Zustand der Signierung</translation>
    </message>
    <message>
        <source>DNSSEC findings</source>
        <translation>DNSSEC-Befunde</translation>
    </message>
    <message>
        <source>Where the chain breaks: %1</source>
        <translation>Wo die Kette bricht: %1</translation>
    </message>
    <message>
        <source>No name was validated.</source>
        <translation>Kein Name wurde validiert.</translation>
    </message>
    <message>
        <source>Names (types)</source>
        <translation>Namen (Typen)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>%1 more names were not validated.</source>
        <translation>%1 weitere Namen wurden nicht validiert.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
</context>
<context>
    <name>DomainBar</name>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>Domain to audit</source>
        <translation>Zu prüfende Domain</translation>
    </message>
    <message>
        <source>example.com, bücher.example, …</source>
        <translation>example.com, bücher.example, …</translation>
    </message>
    <message>
        <source>The domain to audit (Ctrl+L). Enter starts the audit.</source>
        <translation>Die zu prüfende Domain (Strg+L). Enter startet die Prüfung.</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Read the domain&apos;s records and check them (Enter)</source>
        <translation>Die Einträge der Domain lesen und prüfen (Enter)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Stop the running audit (Esc)</source>
        <translation>Die laufende Prüfung anhalten (Esc)</translation>
    </message>
    <message>
        <source>Audit progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>%v of %m checks</source>
        <translation>%v von %m Prüfungen</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>The DMARC policy is weaker than the expectations file requires</source>
        <translation>Die DMARC-Richtlinie ist schwächer, als die Erwartungsdatei verlangt</translation>
    </message>
    <message>
        <source>The team&apos;s expectations file asks for a minimum DMARC policy (none &lt; quarantine &lt; reject). The policy a receiver applies for this domain is weaker, so spoofed mail is treated more leniently than agreed.</source>
        <translation>Die Erwartungsdatei des Teams verlangt eine Mindest-DMARC-Richtlinie (none &lt; quarantine &lt; reject). Die Richtlinie, die ein Empfänger für diese Domain anwendet, ist schwächer, sodass gefälschte Mail nachsichtiger behandelt wird als vereinbart.</translation>
    </message>
    <message>
        <source>Publish the agreed policy (p=) at _dmarc.&lt;domain&gt;, or change the expectation in the file through review if the weaker policy is intended.</source>
        <translation>Veröffentlichen Sie die vereinbarte Richtlinie (p=) unter _dmarc.&lt;domain&gt; oder ändern Sie die Erwartung in der Datei per Review, falls die schwächere Richtlinie beabsichtigt ist.</translation>
    </message>
    <message>
        <source>DMARC aggregate reports are required but not requested</source>
        <translation>DMARC-Aggregate-Reports sind vorgeschrieben, werden aber nicht angefordert</translation>
    </message>
    <message>
        <source>The expectations file requires an rua= report address, and the DMARC record has none (or none that is authorised). Without reports nobody sees who sends mail in the domain&apos;s name.</source>
        <translation>Die Erwartungsdatei verlangt eine rua=-Berichtsadresse, und der DMARC-Eintrag hat keine (oder keine autorisierte). Ohne Berichte sieht niemand, wer im Namen der Domain Mail versendet.</translation>
    </message>
    <message>
        <source>Add rua=mailto:&lt;mailbox&gt; to the DMARC record; for an external mailbox publish its authorisation record.</source>
        <translation>Ergänzen Sie rua=mailto:&lt;mailbox&gt; im DMARC-Eintrag; für ein externes Postfach veröffentlichen Sie dessen Autorisierungseintrag.</translation>
    </message>
    <message>
        <source>SPF needs more DNS lookups than the expectations file allows</source>
        <translation>SPF braucht mehr DNS-Lookups, als die Erwartungsdatei erlaubt</translation>
    </message>
    <message>
        <source>The team set a lookup budget below the RFC limit of 10 so that a provider adding an include does not break SPF overnight. The expanded record needs more lookups than that budget.</source>
        <translation>Das Team hat ein Lookup-Budget unter dem RFC-Limit von 10 festgelegt, damit ein Anbieter, der ein Include hinzufügt, SPF nicht über Nacht bricht. Der aufgelöste Eintrag braucht mehr Lookups als dieses Budget.</translation>
    </message>
    <message>
        <source>Remove unused includes, replace a/mx terms with ip4/ip6 ranges, or raise the budget in the expectations file through review.</source>
        <translation>Entfernen Sie ungenutzte Includes, ersetzen Sie a/mx-Terme durch ip4/ip6-Bereiche oder erhöhen Sie das Budget in der Erwartungsdatei per Review.</translation>
    </message>
    <message>
        <source>SPF includes a domain the expectations file does not allow</source>
        <translation>SPF bindet eine Domain per Include ein, die die Erwartungsdatei nicht erlaubt</translation>
    </message>
    <message>
        <source>Every include: authorises another organisation to send mail as this domain. The expectations file lists the allowed ones; this include is not among them.</source>
        <translation>Jedes include: autorisiert eine weitere Organisation, Mail als diese Domain zu versenden. Die Erwartungsdatei listet die erlaubten auf; dieses Include gehört nicht dazu.</translation>
    </message>
    <message>
        <source>Remove the include, or add it to allowedIncludes in the expectations file through review.</source>
        <translation>Entfernen Sie das Include oder nehmen Sie es per Review in allowedIncludes der Erwartungsdatei auf.</translation>
    </message>
    <message>
        <source>An expected DKIM selector publishes no key</source>
        <translation>Ein erwarteter DKIM-Selector veröffentlicht keinen Schlüssel</translation>
    </message>
    <message>
        <source>The expectations file names the selectors the domain signs with. No DKIM key record was found at this one, so mail signed with it fails DKIM.</source>
        <translation>Die Erwartungsdatei nennt die Selectors, mit denen die Domain signiert. Bei diesem wurde kein DKIM-Schlüsseleintrag gefunden, daher besteht damit signierte Mail DKIM nicht.</translation>
    </message>
    <message>
        <source>Publish the key at &lt;selector&gt;._domainkey.&lt;domain&gt;, or remove the selector from the expectations file if it was retired.</source>
        <translation>Veröffentlichen Sie den Schlüssel unter &lt;selector&gt;._domainkey.&lt;domain&gt; oder entfernen Sie den Selector aus der Erwartungsdatei, falls er stillgelegt wurde.</translation>
    </message>
    <message>
        <source>A DKIM key is smaller than the expectations file requires</source>
        <translation>Ein DKIM-Schlüssel ist kürzer, als die Erwartungsdatei verlangt</translation>
    </message>
    <message>
        <source>The team requires RSA keys of at least this many bits; this selector publishes a smaller one. Ed25519 keys are exempt.</source>
        <translation>Das Team verlangt RSA-Schlüssel mit mindestens dieser Bitlänge; dieser Selector veröffentlicht einen kürzeren. Ed25519-Schlüssel sind ausgenommen.</translation>
    </message>
    <message>
        <source>Generate a larger key (mailsight-cli dkim keygen), publish it under a new selector, switch the signer, then revoke the old key.</source>
        <translation>Erzeugen Sie einen längeren Schlüssel (mailsight-cli dkim keygen), veröffentlichen Sie ihn unter einem neuen Selector, stellen Sie den Signierer um und widerrufen Sie dann den alten Schlüssel.</translation>
    </message>
    <message>
        <source>A DKIM key is older than the expectations file allows</source>
        <translation>Ein DKIM-Schlüssel ist älter, als die Erwartungsdatei erlaubt</translation>
    </message>
    <message>
        <source>The key&apos;s age counts from the first stored audit that saw it. Keys that live long are more likely to have leaked; the team agreed to rotate them.</source>
        <translation>Das Alter des Schlüssels zählt ab der ersten gespeicherten Prüfung, die ihn gesehen hat. Langlebige Schlüssel sind eher kompromittiert; das Team hat vereinbart, sie zu rotieren.</translation>
    </message>
    <message>
        <source>Rotate the key: publish a new selector, switch the signer, keep the old key until its mail has aged out, then publish it with an empty p=.</source>
        <translation>Rotieren Sie den Schlüssel: neuen Selector veröffentlichen, Signierer umstellen, den alten Schlüssel behalten, bis seine Mails veraltet sind, und ihn dann mit leerem p= veröffentlichen.</translation>
    </message>
    <message>
        <source>The audit of this domain did not finish in time</source>
        <translation>Die Prüfung dieser Domain wurde nicht rechtzeitig fertig</translation>
    </message>
    <message>
        <source>The domain&apos;s checks ran past the per-domain time bound and were stopped. Results that were not complete are not graded as missing.</source>
        <translation>Die Prüfungen der Domain überschritten das Zeitlimit pro Domain und wurden angehalten. Unvollständige Ergebnisse werden nicht als fehlend bewertet.</translation>
    </message>
    <message>
        <source>Run the audit again, raise --domain-timeout, or check the resolver.</source>
        <translation>Führen Sie die Prüfung erneut aus, erhöhen Sie --domain-timeout oder prüfen Sie den Resolver.</translation>
    </message>
    <message>
        <source>The audit of this domain was cancelled</source>
        <translation>Die Prüfung dieser Domain wurde abgebrochen</translation>
    </message>
    <message>
        <source>The batch was interrupted (Ctrl-C, SIGTERM) before this domain&apos;s checks were done: nothing about the domain was concluded, and the audit was not stored in the history.</source>
        <translation>Der Stapel wurde unterbrochen (Strg-C, SIGTERM), bevor die Prüfungen dieser Domain fertig waren: Über die Domain wurde nichts festgestellt, und die Prüfung wurde nicht im Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>Run the audit of this domain again.</source>
        <translation>Führen Sie die Prüfung dieser Domain erneut aus.</translation>
    </message>
    <message>
        <source>No DKIM key was found at any selector tried</source>
        <translation>Bei keinem der versuchten Selectors wurde ein DKIM-Schlüssel gefunden</translation>
    </message>
    <message>
        <source>DKIM keys live at &lt;selector&gt;._domainkey.&lt;domain&gt; and DNS offers no way to list selectors. None of the selectors tried (a list of common ones, the ones you named, and those read from your messages) holds a key. This does not prove the domain has no DKIM key: it may use a selector not on the list.</source>
        <translation>DKIM-Schlüssel liegen unter &lt;selector&gt;._domainkey.&lt;domain&gt;, und DNS bietet keine Möglichkeit, Selectors aufzulisten. Keiner der versuchten Selectors (eine Liste gängiger, die von Ihnen genannten und die aus Ihren Nachrichten gelesenen) enthält einen Schlüssel. Das beweist nicht, dass die Domain keinen DKIM-Schlüssel hat: Sie kann einen Selector verwenden, der nicht auf der Liste steht.</translation>
    </message>
    <message>
        <source>Name the selector your mail server or provider signs with (--selector, or drop a message signed by it), or set up DKIM signing if there is none.</source>
        <translation>Nennen Sie den Selector, mit dem Ihr Mailserver oder Anbieter signiert (--selector, oder ziehen Sie eine damit signierte Nachricht hinein), oder richten Sie DKIM-Signierung ein, falls es keine gibt.</translation>
    </message>
    <message>
        <source>A selector that was named or used in a message has no key</source>
        <translation>Ein genannter oder in einer Nachricht verwendeter Selector hat keinen Schlüssel</translation>
    </message>
    <message>
        <source>The selector was named by you or appears in the s= tag of a message&apos;s DKIM-Signature, but DNS says no key record exists there (NXDOMAIN or no TXT record). Signatures made with it fail.</source>
        <translation>Der Selector wurde von Ihnen genannt oder steht im s=-Tag der DKIM-Signature einer Nachricht, aber laut DNS existiert dort kein Schlüsseleintrag (NXDOMAIN oder kein TXT-Eintrag). Damit erstellte Signaturen schlagen fehl.</translation>
    </message>
    <message>
        <source>Publish the key record at &lt;selector&gt;._domainkey.&lt;domain&gt;, or stop signing with that selector.</source>
        <translation>Veröffentlichen Sie den Schlüsseleintrag unter &lt;selector&gt;._domainkey.&lt;domain&gt; oder signieren Sie nicht mehr mit diesem Selector.</translation>
    </message>
    <message>
        <source>The RSA key is shorter than 1024 bits</source>
        <translation>Der RSA-Schlüssel ist kürzer als 1024 Bit</translation>
    </message>
    <message>
        <source>Generate a 2048-bit RSA key (mailsight-cli dkim keygen), publish it at a new selector and switch the signer to it.</source>
        <translation>Erzeugen Sie einen 2048-Bit-RSA-Schlüssel (mailsight-cli dkim keygen), veröffentlichen Sie ihn unter einem neuen Selector und stellen Sie den Signierer darauf um.</translation>
    </message>
    <message>
        <source>The RSA key is shorter than 2048 bits</source>
        <translation>Der RSA-Schlüssel ist kürzer als 2048 Bit</translation>
    </message>
    <message>
        <source>A 1024-bit RSA key is still accepted, but RFC 8301 asks signers for at least 2048 bits and 1024-bit keys are within reach of well-funded attackers.</source>
        <translation>Ein 1024-Bit-RSA-Schlüssel wird noch akzeptiert, aber RFC 8301 verlangt von Signierern mindestens 2048 Bit, und 1024-Bit-Schlüssel sind für gut ausgestattete Angreifer in Reichweite.</translation>
    </message>
    <message>
        <source>Rotate to a 2048-bit RSA key at a new selector (mailsight-cli dkim keygen), then revoke the old one.</source>
        <translation>Wechseln Sie zu einem 2048-Bit-RSA-Schlüssel unter einem neuen Selector (mailsight-cli dkim keygen) und widerrufen Sie dann den alten.</translation>
    </message>
    <message>
        <source>The RSA key is larger than 4096 bits</source>
        <translation>Der RSA-Schlüssel ist länger als 4096 Bit</translation>
    </message>
    <message>
        <source>Verifiers are only required to handle RSA keys from 1024 to 4096 bits; some reject larger keys, and the record may not fit in DNS replies comfortably.</source>
        <translation>Prüfer müssen nur RSA-Schlüssel von 1024 bis 4096 Bit verarbeiten; manche lehnen längere ab, und der Eintrag passt womöglich nicht bequem in DNS-Antworten.</translation>
    </message>
    <message>
        <source>Use a 2048- or 3072-bit RSA key.</source>
        <translation>Verwenden Sie einen RSA-Schlüssel mit 2048 oder 3072 Bit.</translation>
    </message>
    <message>
        <source>The RSA public exponent is unusually small</source>
        <translation>Der öffentliche RSA-Exponent ist ungewöhnlich klein</translation>
    </message>
    <message>
        <source>Public exponents below 65537 (such as 3) have a history of implementation attacks and are rejected by some libraries.</source>
        <translation>Öffentliche Exponenten unter 65537 (etwa 3) waren wiederholt Ziel von Implementierungsangriffen und werden von manchen Bibliotheken abgelehnt.</translation>
    </message>
    <message>
        <source>Generate a new key with the standard exponent 65537.</source>
        <translation>Erzeugen Sie einen neuen Schlüssel mit dem Standardexponenten 65537.</translation>
    </message>
    <message>
        <source>The key at this selector is revoked (empty p=)</source>
        <translation>Der Schlüssel an diesem Selector ist widerrufen (leeres p=)</translation>
    </message>
    <message>
        <source>An empty p= tag means the key was withdrawn: every signature that names this selector fails. That is the right last step of a key rotation, and wrong if a signer still uses the selector.</source>
        <translation>Ein leeres p=-Tag bedeutet, dass der Schlüssel zurückgezogen wurde: Jede Signatur, die diesen Selector nennt, schlägt fehl. Das ist der richtige letzte Schritt einer Schlüsselrotation und falsch, wenn ein Signierer den Selector noch verwendet.</translation>
    </message>
    <message>
        <source>Nothing to do if the selector is retired; otherwise publish the current public key or switch the signer to a live selector.</source>
        <translation>Nichts zu tun, wenn der Selector stillgelegt ist; andernfalls veröffentlichen Sie den aktuellen öffentlichen Schlüssel oder stellen den Signierer auf einen aktiven Selector um.</translation>
    </message>
    <message>
        <source>The key record cannot be used</source>
        <translation>Der Schlüsseleintrag ist unbrauchbar</translation>
    </message>
    <message>
        <source>The record has a syntax error, an unknown key type, a public key that is not valid base64 or DER, or a version other than DKIM1. A verifier ignores such a record, so every signature made with this selector fails.</source>
        <translation>Der Eintrag hat einen Syntaxfehler, einen unbekannten Schlüsseltyp, einen öffentlichen Schlüssel, der kein gültiges Base64 oder DER ist, oder eine andere Version als DKIM1. Ein Prüfer ignoriert einen solchen Eintrag, daher schlägt jede mit diesem Selector erstellte Signatur fehl.</translation>
    </message>
    <message>
        <source>Publish the record exactly as the signer generated it: v=DKIM1; k=rsa (or ed25519); p=&lt;base64 key&gt;. Check that long keys were split into strings without losing characters.</source>
        <translation>Veröffentlichen Sie den Eintrag genau so, wie der Signierer ihn erzeugt hat: v=DKIM1; k=rsa (oder ed25519); p=&lt;base64 key&gt;. Prüfen Sie, dass lange Schlüssel ohne Zeichenverlust in Strings aufgeteilt wurden.</translation>
    </message>
    <message>
        <source>The key is in testing mode (t=y)</source>
        <translation>Der Schlüssel ist im Testmodus (t=y)</translation>
    </message>
    <message>
        <source>With t=y, receivers are asked to treat signatures as if unsigned; DMARC may still count them, but some receivers ignore DKIM results for such keys. It is often left on by mistake after setup.</source>
        <translation>Mit t=y werden Empfänger gebeten, Signaturen wie unsigniert zu behandeln; DMARC kann sie trotzdem werten, aber manche Empfänger ignorieren DKIM-Ergebnisse für solche Schlüssel. Oft bleibt es nach der Einrichtung versehentlich aktiv.</translation>
    </message>
    <message>
        <source>Remove t=y from the record once signing works.</source>
        <translation>Entfernen Sie t=y aus dem Eintrag, sobald das Signieren funktioniert.</translation>
    </message>
    <message>
        <source>The key may not sign for subdomains (t=s)</source>
        <translation>Der Schlüssel darf nicht für Subdomains signieren (t=s)</translation>
    </message>
    <message>
        <source>With t=s, the i= identity of a signature must be in exactly the signing domain, not a subdomain. Mail signed with i=@sub.&lt;domain&gt; and this key fails.</source>
        <translation>Mit t=s muss die i=-Identität einer Signatur genau in der signierenden Domain liegen, nicht in einer Subdomain. Mail, die mit i=@sub.&lt;domain&gt; und diesem Schlüssel signiert ist, schlägt fehl.</translation>
    </message>
    <message>
        <source>Keep t=s only if no signer uses a subdomain in i=.</source>
        <translation>Behalten Sie t=s nur, wenn kein Signierer eine Subdomain in i= verwendet.</translation>
    </message>
    <message>
        <source>The record carries the DomainKeys g= tag</source>
        <translation>Der Eintrag enthält das DomainKeys-Tag g=</translation>
    </message>
    <message>
        <source>g= comes from DomainKeys (RFC 4870) and limits which local parts may sign. RFC 6376 dropped it; current verifiers ignore it, old ones may enforce it.</source>
        <translation>g= stammt aus DomainKeys (RFC 4870) und beschränkt, welche Local Parts signieren dürfen. RFC 6376 hat es gestrichen; aktuelle Prüfer ignorieren es, alte setzen es womöglich durch.</translation>
    </message>
    <message>
        <source>Remove g= from the record unless you rely on DomainKeys verifiers.</source>
        <translation>Entfernen Sie g= aus dem Eintrag, sofern Sie nicht auf DomainKeys-Prüfer angewiesen sind.</translation>
    </message>
    <message>
        <source>SHA-1 is allowed or used</source>
        <translation>SHA-1 ist erlaubt oder wird verwendet</translation>
    </message>
    <message>
        <source>Sign with rsa-sha256 (or ed25519-sha256) and remove h=sha1 from the key record.</source>
        <translation>Signieren Sie mit rsa-sha256 (oder ed25519-sha256) und entfernen Sie h=sha1 aus dem Schlüsseleintrag.</translation>
    </message>
    <message>
        <source>Several TXT records at one selector</source>
        <translation>Mehrere TXT-Einträge an einem Selector</translation>
    </message>
    <message>
        <source>A selector must hold one key record. With several, verifiers may pick any of them or give up (RFC 6376 §3.6.2.2 leaves it open), so signatures fail unpredictably.</source>
        <translation>Ein Selector darf nur einen Schlüsseleintrag enthalten. Bei mehreren nehmen Prüfer womöglich einen beliebigen oder geben auf (RFC 6376 §3.6.2.2 lässt das offen), sodass Signaturen unvorhersehbar fehlschlagen.</translation>
    </message>
    <message>
        <source>Delete every TXT record at the selector except the current key.</source>
        <translation>Löschen Sie alle TXT-Einträge am Selector außer dem aktuellen Schlüssel.</translation>
    </message>
    <message>
        <source>The selector is a CNAME that leads nowhere</source>
        <translation>Der Selector ist ein CNAME, der ins Leere führt</translation>
    </message>
    <message>
        <source>The selector is delegated by CNAME (as cloud mail providers ask), but the target does not exist or holds no key. Signatures made with this selector fail; a dangling CNAME to a provider&apos;s namespace may also be claimed by someone else.</source>
        <translation>Der Selector ist per CNAME delegiert (wie Cloud-Mail-Anbieter es verlangen), aber das Ziel existiert nicht oder enthält keinen Schlüssel. Mit diesem Selector erstellte Signaturen schlagen fehl; ein verwaister CNAME in den Namensraum eines Anbieters kann zudem von jemand anderem übernommen werden.</translation>
    </message>
    <message>
        <source>Point the CNAME at the target your provider shows in its console, or delete it if the provider is no longer used.</source>
        <translation>Lassen Sie den CNAME auf das Ziel zeigen, das Ihr Anbieter in seiner Konsole angibt, oder löschen Sie ihn, wenn der Anbieter nicht mehr genutzt wird.</translation>
    </message>
    <message>
        <source>Every key found is Ed25519</source>
        <translation>Alle gefundenen Schlüssel sind Ed25519</translation>
    </message>
    <message>
        <source>Ed25519 (RFC 8463) is sound, but some large receivers still do not verify it: mail signed only with Ed25519 counts as unsigned there and fails DMARC.</source>
        <translation>Ed25519 (RFC 8463) ist solide, aber einige große Empfänger prüfen es noch nicht: Nur mit Ed25519 signierte Mail gilt dort als unsigniert und besteht DMARC nicht.</translation>
    </message>
    <message>
        <source>Sign with an RSA-2048 key as well (two signatures on each message).</source>
        <translation>Signieren Sie zusätzlich mit einem RSA-2048-Schlüssel (zwei Signaturen pro Nachricht).</translation>
    </message>
    <message>
        <source>The key record could not be read: DNS failed</source>
        <translation>Der Schlüsseleintrag konnte nicht gelesen werden: DNS-Fehler</translation>
    </message>
    <message>
        <source>The DNS query for the selector timed out, was refused or failed (SERVFAIL). This says nothing about whether the key exists: it was not read. Receivers facing the same failure give a temporary error.</source>
        <translation>Die DNS-Abfrage für den Selector lief in eine Zeitüberschreitung, wurde abgewiesen oder schlug fehl (SERVFAIL). Das sagt nichts darüber, ob der Schlüssel existiert: Er wurde nicht gelesen. Empfänger mit demselben Fehler melden einen vorübergehenden Fehler.</translation>
    </message>
    <message>
        <source>Check the domain&apos;s name servers (they must answer for _domainkey names), or choose another resolver, then retry.</source>
        <translation>Prüfen Sie die Nameserver der Domain (sie müssen für _domainkey-Namen antworten) oder wählen Sie einen anderen Resolver und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The message has no DKIM signature</source>
        <translation>Die Nachricht hat keine DKIM-Signatur</translation>
    </message>
    <message>
        <source>No DKIM-Signature header was found, so the message cannot pass DKIM and DMARC relies on SPF alone.</source>
        <translation>Es wurde kein DKIM-Signature-Header gefunden, daher kann die Nachricht DKIM nicht bestehen, und DMARC stützt sich allein auf SPF.</translation>
    </message>
    <message>
        <source>Enable DKIM signing on the system that sent the message.</source>
        <translation>Aktivieren Sie DKIM-Signierung auf dem System, das die Nachricht versendet hat.</translation>
    </message>
    <message>
        <source>A DKIM-Signature header is malformed</source>
        <translation>Ein DKIM-Signature-Header ist fehlerhaft</translation>
    </message>
    <message>
        <source>A required tag is missing or a tag value is invalid (version, algorithm, domain, canonicalization, base64). Verifiers give permerror and ignore the signature.</source>
        <translation>Ein Pflicht-Tag fehlt oder ein Tag-Wert ist ungültig (Version, Algorithmus, Domain, Kanonisierung, Base64). Prüfer melden permerror und ignorieren die Signatur.</translation>
    </message>
    <message>
        <source>Check the signer&apos;s configuration; the header must carry v=1, a=, b=, bh=, d=, h= (with From) and s=.</source>
        <translation>Prüfen Sie die Konfiguration des Signierers; der Header muss v=1, a=, b=, bh=, d=, h= (mit From) und s= enthalten.</translation>
    </message>
    <message>
        <source>The body hash does not match: the body changed after signing</source>
        <translation>Der Body-Hash stimmt nicht: Der Body wurde nach dem Signieren verändert</translation>
    </message>
    <message>
        <source>The hash of the canonicalized body differs from bh=. Something modified the body in transit (a footer added by a list or a gateway, line endings or encoding changed), or it was signed wrongly.</source>
        <translation>Der Hash des kanonisierten Bodys weicht von bh= ab. Etwas hat den Body unterwegs verändert (eine von einer Liste oder einem Gateway angefügte Fußzeile, geänderte Zeilenenden oder Kodierung), oder er wurde falsch signiert.</translation>
    </message>
    <message>
        <source>Find the hop that changes the body (mailing list footers, antivirus banners, re-encoding); sign after it, or use c=relaxed/relaxed.</source>
        <translation>Finden Sie die Station, die den Body verändert (Fußzeilen von Mailinglisten, Virenscanner-Banner, Umkodierung); signieren Sie danach oder verwenden Sie c=relaxed/relaxed.</translation>
    </message>
    <message>
        <source>The signature does not verify against the published key</source>
        <translation>Die Signatur lässt sich mit dem veröffentlichten Schlüssel nicht verifizieren</translation>
    </message>
    <message>
        <source>The body hash matches, but the signature over the headers does not verify: a signed header was changed in transit, or the private key used does not match the key published at the selector.</source>
        <translation>Der Body-Hash stimmt, aber die Signatur über die Header lässt sich nicht verifizieren: Ein signierter Header wurde unterwegs verändert, oder der verwendete private Schlüssel passt nicht zum am Selector veröffentlichten Schlüssel.</translation>
    </message>
    <message>
        <source>Check that the signer&apos;s private key matches the published key (mailsight-cli dkim match), and that no hop rewrites signed headers (Subject tags, From rewriting).</source>
        <translation>Prüfen Sie, ob der private Schlüssel des Signierers zum veröffentlichten passt (mailsight-cli dkim match) und dass keine Station signierte Header umschreibt (Subject-Markierungen, From-Umschreibung).</translation>
    </message>
    <message>
        <source>The signature&apos;s key is not published</source>
        <translation>Der Schlüssel der Signatur ist nicht veröffentlicht</translation>
    </message>
    <message>
        <source>The selector named in s= has no key record in DNS (NXDOMAIN or no TXT record). Verifiers give permerror.</source>
        <translation>Der in s= genannte Selector hat keinen Schlüsseleintrag im DNS (NXDOMAIN oder kein TXT-Eintrag). Prüfer melden permerror.</translation>
    </message>
    <message>
        <source>Publish the key at &lt;s&gt;._domainkey.&lt;d&gt;, or configure the signer to use a published selector.</source>
        <translation>Veröffentlichen Sie den Schlüssel unter &lt;s&gt;._domainkey.&lt;d&gt; oder konfigurieren Sie den Signierer für einen veröffentlichten Selector.</translation>
    </message>
    <message>
        <source>The signature has expired (x=)</source>
        <translation>Die Signatur ist abgelaufen (x=)</translation>
    </message>
    <message>
        <source>If the message is recent, give the signer a longer expiry (or none).</source>
        <translation>Ist die Nachricht neu, geben Sie dem Signierer eine längere Gültigkeit (oder keine Ablaufzeit).</translation>
    </message>
    <message>
        <source>The signature covers only part of the body (l=)</source>
        <translation>Die Signatur deckt nur einen Teil des Bodys ab (l=)</translation>
    </message>
    <message>
        <source>With l=, anything appended after the signed length is not covered: an attacker can add content to a validly signed message.</source>
        <translation>Mit l= ist alles, was nach der signierten Länge angehängt wird, nicht abgedeckt: Ein Angreifer kann einer gültig signierten Nachricht Inhalt hinzufügen.</translation>
    </message>
    <message>
        <source>Configure the signer not to use the body length limit.</source>
        <translation>Konfigurieren Sie den Signierer so, dass er die Body-Längenbegrenzung nicht verwendet.</translation>
    </message>
    <message>
        <source>From is not over-signed</source>
        <translation>From ist nicht übersigniert</translation>
    </message>
    <message>
        <source>h= lists From only as many times as it occurs, so a second From header added in transit would not break the signature. Listing it once more than it occurs (over-signing) prevents that.</source>
        <translation>h= führt From nur so oft auf, wie es vorkommt, daher würde ein unterwegs hinzugefügter zweiter From-Header die Signatur nicht brechen. Es einmal öfter aufzuführen, als es vorkommt (Übersignieren), verhindert das.</translation>
    </message>
    <message>
        <source>Configure the signer to over-sign From (and Subject, To, Date).</source>
        <translation>Konfigurieren Sie den Signierer so, dass er From (sowie Subject, To, Date) übersigniert.</translation>
    </message>
    <message>
        <source>No passing signature is aligned with the From domain</source>
        <translation>Keine gültige Signatur ist an der From-Domain ausgerichtet (Alignment)</translation>
    </message>
    <message>
        <source>DMARC counts a DKIM pass only when the signing domain d= matches the From domain (exactly in strict mode, same organizational domain in relaxed mode). No signature of this message both passes and aligns.</source>
        <translation>DMARC wertet ein DKIM-Pass nur, wenn die signierende Domain d= zur From-Domain passt (im Strict-Modus exakt, im Relaxed-Modus dieselbe Organisationsdomain). Keine Signatur dieser Nachricht ist zugleich gültig und ausgerichtet.</translation>
    </message>
    <message>
        <source>Sign with the From domain (or a subdomain of it) as d=, not only with the provider&apos;s domain.</source>
        <translation>Signieren Sie mit der From-Domain (oder einer ihrer Subdomains) als d=, nicht nur mit der Domain des Anbieters.</translation>
    </message>
    <message>
        <source>The domain name is not valid</source>
        <translation>Der Domainname ist ungültig</translation>
    </message>
    <message>
        <source>The name cannot be asked in DNS: a label is empty or longer than 63 bytes, the name is longer than 253 bytes, or it holds a forbidden character.</source>
        <translation>Der Name kann nicht im DNS abgefragt werden: Ein Label ist leer oder länger als 63 Bytes, der Name ist länger als 253 Bytes, oder er enthält ein unzulässiges Zeichen.</translation>
    </message>
    <message>
        <source>Correct the name and run the audit again.</source>
        <translation>Korrigieren Sie den Namen und führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>The resolver did not answer; nothing could be checked</source>
        <translation>Der Resolver hat nicht geantwortet; nichts konnte geprüft werden</translation>
    </message>
    <message>
        <source>Every query timed out or could not reach the server. This says nothing about the domain&apos;s records: they were not read.</source>
        <translation>Jede Abfrage lief in eine Zeitüberschreitung oder erreichte den Server nicht. Das sagt nichts über die Einträge der Domain: Sie wurden nicht gelesen.</translation>
    </message>
    <message>
        <source>Check the network, or choose another resolver in Settings (or --resolver), then retry.</source>
        <translation>Prüfen Sie das Netzwerk oder wählen Sie einen anderen Resolver in den Einstellungen (oder --resolver) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No DMARC record applies to the domain</source>
        <translation>Für die Domain gilt kein DMARC-Eintrag</translation>
    </message>
    <message>
        <source>Neither the domain nor any parent publishes a DMARC record, so receivers apply no DMARC policy: anyone can send mail that claims to come from this domain, and no reports tell you about it. Gmail, Yahoo and Outlook.com require a DMARC record from bulk senders.</source>
        <translation>Weder die Domain noch eine übergeordnete Domain veröffentlicht einen DMARC-Eintrag, daher wenden Empfänger keine DMARC-Richtlinie an: Jeder kann Mail versenden, die vorgibt, von dieser Domain zu kommen, und keine Berichte informieren Sie darüber. Gmail, Yahoo und Outlook.com verlangen von Massenversendern einen DMARC-Eintrag.</translation>
    </message>
    <message>
        <source>Publish a TXT record at _dmarc.&lt;domain&gt;: &quot;v=DMARC1; p=none; rua=mailto:dmarc-reports@&lt;domain&gt;&quot;, then tighten the policy as the reports allow.</source>
        <translation>Veröffentlichen Sie einen TXT-Eintrag unter _dmarc.&lt;domain&gt;: „v=DMARC1; p=none; rua=mailto:dmarc-reports@&lt;domain&gt;“ und verschärfen Sie die Richtlinie dann, soweit die Berichte es erlauben.</translation>
    </message>
    <message>
        <source>More than one DMARC record at the same name</source>
        <translation>Mehr als ein DMARC-Eintrag unter demselben Namen</translation>
    </message>
    <message>
        <source>Several TXT records at _dmarc start with v=DMARC1. Receivers discard them all: RFC 7489 receivers then apply no DMARC, RFC 9989 receivers continue the tree walk towards the parent domains.</source>
        <translation>Mehrere TXT-Einträge unter _dmarc beginnen mit v=DMARC1. Empfänger verwerfen sie alle: Empfänger nach RFC 7489 wenden dann kein DMARC an, Empfänger nach RFC 9989 setzen den Tree Walk zu den übergeordneten Domains fort.</translation>
    </message>
    <message>
        <source>Keep exactly one v=DMARC1 TXT record at _dmarc.&lt;domain&gt;; merge the tags.</source>
        <translation>Behalten Sie genau einen v=DMARC1-TXT-Eintrag unter _dmarc.&lt;domain&gt;; führen Sie die Tags zusammen.</translation>
    </message>
    <message>
        <source>The DMARC record has a syntax error</source>
        <translation>Der DMARC-Eintrag hat einen Syntaxfehler</translation>
    </message>
    <message>
        <source>A tag or value cannot be read. Depending on the tag, receivers ignore the value and use the default, or discard the whole record.</source>
        <translation>Ein Tag oder Wert kann nicht gelesen werden. Je nach Tag ignorieren Empfänger den Wert und verwenden den Standardwert oder verwerfen den ganzen Eintrag.</translation>
    </message>
    <message>
        <source>Correct the tag as the detail says; each tag is name=value, separated by &apos;;&apos;.</source>
        <translation>Korrigieren Sie das Tag wie im Detail beschrieben; jedes Tag lautet name=wert, getrennt durch „;“.</translation>
    </message>
    <message>
        <source>The DMARC record has a tag that is not DMARC</source>
        <translation>Der DMARC-Eintrag enthält ein Tag, das nicht zu DMARC gehört</translation>
    </message>
    <message>
        <source>Receivers ignore tags they do not know. Usually a typo, so the intended setting has no effect.</source>
        <translation>Empfänger ignorieren Tags, die sie nicht kennen. Meist ein Tippfehler, sodass die beabsichtigte Einstellung wirkungslos bleibt.</translation>
    </message>
    <message>
        <source>Correct the tag name or remove the tag.</source>
        <translation>Korrigieren Sie den Tag-Namen oder entfernen Sie das Tag.</translation>
    </message>
    <message>
        <source>The record uses a tag removed by RFC 9989</source>
        <translation>Der Eintrag verwendet ein von RFC 9989 entferntes Tag</translation>
    </message>
    <message>
        <source>pct, rf and ri exist only in RFC 7489. RFC 7489 receivers still honour them, RFC 9989 receivers ignore them, so the same record means different things to different receivers.</source>
        <translation>pct, rf und ri gibt es nur in RFC 7489. Empfänger nach RFC 7489 beachten sie weiterhin, Empfänger nach RFC 9989 ignorieren sie, sodass derselbe Eintrag für verschiedene Empfänger Verschiedenes bedeutet.</translation>
    </message>
    <message>
        <source>Remove pct, rf and ri. Instead of pct=0 use t=y for a testing phase.</source>
        <translation>Entfernen Sie pct, rf und ri. Statt pct=0 verwenden Sie t=y für eine Testphase.</translation>
    </message>
    <message>
        <source>The policy is p=none: failing mail is delivered</source>
        <translation>Die Richtlinie ist p=none: Fehlschlagende Mail wird zugestellt</translation>
    </message>
    <message>
        <source>p=none only asks for reports; mail that fails DMARC (including forged mail) is delivered normally. It is the right first step, not a place to stay.</source>
        <translation>p=none fordert nur Berichte an; Mail, die DMARC nicht besteht (auch gefälschte), wird normal zugestellt. Das ist der richtige erste Schritt, aber kein Dauerzustand.</translation>
    </message>
    <message>
        <source>Read the aggregate reports; once every legitimate source passes with aligned SPF or DKIM, move to p=quarantine, then p=reject.</source>
        <translation>Lesen Sie die Aggregate-Reports; sobald jede legitime Quelle mit ausgerichtetem SPF oder DKIM besteht, wechseln Sie zu p=quarantine, dann zu p=reject.</translation>
    </message>
    <message>
        <source>Subdomains get a weaker policy than the domain</source>
        <translation>Subdomains erhalten eine schwächere Richtlinie als die Domain</translation>
    </message>
    <message>
        <source>sp (existing subdomains) or np (non-existent subdomains) is weaker than p, so attackers can forge mail from any name under the domain, such as billing.&lt;domain&gt;, even where the domain itself is protected.</source>
        <translation>sp (existierende Subdomains) oder np (nicht existierende Subdomains) ist schwächer als p, daher können Angreifer Mail von beliebigen Namen unter der Domain fälschen, etwa billing.&lt;domain&gt;, auch wenn die Domain selbst geschützt ist.</translation>
    </message>
    <message>
        <source>Raise sp and np to at least p, or remove them so that p applies.</source>
        <translation>Setzen Sie sp und np mindestens auf p oder entfernen Sie sie, damit p gilt.</translation>
    </message>
    <message>
        <source>The policy is in testing mode (t=y)</source>
        <translation>Die Richtlinie ist im Testmodus (t=y)</translation>
    </message>
    <message>
        <source>t=y asks RFC 9989 receivers to apply one level less than the policy: reject becomes quarantine, quarantine becomes none. RFC 7489 receivers do not know t and apply the policy in full.</source>
        <translation>t=y bittet Empfänger nach RFC 9989, eine Stufe weniger als die Richtlinie anzuwenden: Aus reject wird quarantine, aus quarantine wird none. Empfänger nach RFC 7489 kennen t nicht und wenden die Richtlinie voll an.</translation>
    </message>
    <message>
        <source>When the reports show no legitimate failures, remove t=y.</source>
        <translation>Wenn die Berichte keine legitimen Fehlschläge zeigen, entfernen Sie t=y.</translation>
    </message>
    <message>
        <source>pct applies the policy to only part of the failing mail</source>
        <translation>pct wendet die Richtlinie nur auf einen Teil der fehlschlagenden Mail an</translation>
    </message>
    <message>
        <source>With pct below 100, RFC 7489 receivers apply the policy to that share of failing messages and the next weaker policy to the rest. RFC 9989 removed pct: its receivers apply the policy to all of them.</source>
        <translation>Mit pct unter 100 wenden Empfänger nach RFC 7489 die Richtlinie auf diesen Anteil der fehlschlagenden Nachrichten an und auf den Rest die nächstschwächere. RFC 9989 hat pct entfernt: Seine Empfänger wenden die Richtlinie auf alle an.</translation>
    </message>
    <message>
        <source>Remove pct (use t=y while testing).</source>
        <translation>Entfernen Sie pct (verwenden Sie t=y während der Tests).</translation>
    </message>
    <message>
        <source>No aggregate reports are requested</source>
        <translation>Es werden keine Aggregate-Reports angefordert</translation>
    </message>
    <message>
        <source>Without a valid rua address nobody learns which servers send mail as the domain or what fails, so the policy cannot be tightened safely. Without a valid p, RFC 7489 receivers also need a valid rua to apply any DMARC at all.</source>
        <translation>Ohne gültige rua-Adresse erfährt niemand, welche Server als die Domain Mail versenden oder was fehlschlägt, daher lässt sich die Richtlinie nicht sicher verschärfen. Ohne gültiges p brauchen Empfänger nach RFC 7489 zudem ein gültiges rua, um überhaupt DMARC anzuwenden.</translation>
    </message>
    <message>
        <source>Add rua=mailto:dmarc-reports@&lt;domain&gt; (or a report-processing service&apos;s address).</source>
        <translation>Ergänzen Sie rua=mailto:dmarc-reports@&lt;domain&gt; (oder die Adresse eines Dienstes, der Berichte auswertet).</translation>
    </message>
    <message>
        <source>A report destination is not usable</source>
        <translation>Ein Berichtsziel ist unbrauchbar</translation>
    </message>
    <message>
        <source>A rua or ruf entry is not a mailto: URI with a valid address. Receivers skip it.</source>
        <translation>Ein rua- oder ruf-Eintrag ist keine mailto:-URI mit gültiger Adresse. Empfänger überspringen ihn.</translation>
    </message>
    <message>
        <source>Write each destination as mailto:local@domain, separated by commas.</source>
        <translation>Schreiben Sie jedes Ziel als mailto:local@domain, getrennt durch Kommas.</translation>
    </message>
    <message>
        <source>An external report destination has not authorised the domain</source>
        <translation>Ein externes Berichtsziel hat die Domain nicht autorisiert</translation>
    </message>
    <message>
        <source>Reports to a domain outside the organizational domain are sent only if that domain publishes &lt;domain&gt;._report._dmarc.&lt;destination&gt; TXT &quot;v=DMARC1&quot; (or a wildcard). Without it receivers send nothing there.</source>
        <translation>Berichte an eine Domain außerhalb der Organisationsdomain werden nur gesendet, wenn diese Domain &lt;domain&gt;._report._dmarc.&lt;destination&gt; TXT „v=DMARC1“ (oder einen Wildcard-Eintrag) veröffentlicht. Ohne ihn senden Empfänger dorthin nichts.</translation>
    </message>
    <message>
        <source>Ask the destination&apos;s owner (often a report-processing service) to publish the authorization record, or use an address inside your own domain.</source>
        <translation>Bitten Sie den Betreiber des Ziels (oft ein Dienst, der Berichte auswertet), den Autorisierungseintrag zu veröffentlichen, oder verwenden Sie eine Adresse in Ihrer eigenen Domain.</translation>
    </message>
    <message>
        <source>A report destination&apos;s domain receives no mail</source>
        <translation>Die Domain eines Berichtsziels empfängt keine Mail</translation>
    </message>
    <message>
        <source>The destination domain has no MX record (or a null MX), so reports cannot be delivered there.</source>
        <translation>Die Zieldomain hat keinen MX-Eintrag (oder einen Null-MX), daher können Berichte dort nicht zugestellt werden.</translation>
    </message>
    <message>
        <source>Publish an MX for the destination domain or use another address.</source>
        <translation>Veröffentlichen Sie einen MX für die Zieldomain oder verwenden Sie eine andere Adresse.</translation>
    </message>
    <message>
        <source>A report destination carries the obsolete !size suffix</source>
        <translation>Ein Berichtsziel trägt das veraltete Suffix !size</translation>
    </message>
    <message>
        <source>RFC 7489 let a destination limit report size (mailto:a@b!10m). RFC 9990 dropped it: RFC 9989 receivers ignore it, RFC 7489 receivers skip larger reports.</source>
        <translation>RFC 7489 erlaubte einem Ziel, die Berichtsgröße zu begrenzen (mailto:a@b!10m). RFC 9990 hat das gestrichen: Empfänger nach RFC 9989 ignorieren es, Empfänger nach RFC 7489 lassen größere Berichte aus.</translation>
    </message>
    <message>
        <source>Remove the !size suffix.</source>
        <translation>Entfernen Sie das Suffix !size.</translation>
    </message>
    <message>
        <source>The policy comes from a parent domain</source>
        <translation>Die Richtlinie stammt von einer übergeordneten Domain</translation>
    </message>
    <message>
        <source>The domain has no record of its own; the record of a parent domain applies (through sp or np where given).</source>
        <translation>Die Domain hat keinen eigenen Eintrag; es gilt der Eintrag einer übergeordneten Domain (über sp oder np, falls angegeben).</translation>
    </message>
    <message>
        <source>Nothing to do if intended; publish _dmarc.&lt;domain&gt; to set its own policy.</source>
        <translation>Nichts zu tun, wenn beabsichtigt; veröffentlichen Sie _dmarc.&lt;domain&gt;, um eine eigene Richtlinie festzulegen.</translation>
    </message>
    <message>
        <source>RFC 9989 and RFC 7489 receivers apply different policies</source>
        <translation>Empfänger nach RFC 9989 und RFC 7489 wenden unterschiedliche Richtlinien an</translation>
    </message>
    <message>
        <source>Receivers will follow both specifications for years. Here they reach different results (different record found, t=y, pct, np), so the domain is protected differently depending on the receiver.</source>
        <translation>Empfänger werden noch jahrelang beiden Spezifikationen folgen. Hier kommen sie zu unterschiedlichen Ergebnissen (anderer Eintrag gefunden, t=y, pct, np), daher ist die Domain je nach Empfänger unterschiedlich geschützt.</translation>
    </message>
    <message>
        <source>Publish a record both readings agree on: no pct, rf or ri, a record at the organizational domain.</source>
        <translation>Veröffentlichen Sie einen Eintrag, den beide Lesarten gleich verstehen: kein pct, rf oder ri, ein Eintrag an der Organisationsdomain.</translation>
    </message>
    <message>
        <source>The two methods find different organizational domains</source>
        <translation>Die beiden Verfahren finden unterschiedliche Organisationsdomains</translation>
    </message>
    <message>
        <source>RFC 9989 finds the organizational domain by walking the DNS tree, RFC 7489 from the Public Suffix List. They disagree here, so relaxed alignment and the subdomain policy can differ between receivers.</source>
        <translation>RFC 9989 ermittelt die Organisationsdomain per Tree Walk im DNS, RFC 7489 aus der Public Suffix List. Hier weichen sie voneinander ab, daher können Relaxed Alignment und die Subdomain-Richtlinie je nach Empfänger verschieden sein.</translation>
    </message>
    <message>
        <source>Publish a record at the organizational domain (with psd=n if needed).</source>
        <translation>Veröffentlichen Sie einen Eintrag an der Organisationsdomain (bei Bedarf mit psd=n).</translation>
    </message>
    <message>
        <source>An SPF record answers at _dmarc</source>
        <translation>Unter _dmarc antwortet ein SPF-Eintrag</translation>
    </message>
    <message>
        <source>A TXT query for _dmarc.&lt;domain&gt; returns an SPF record, through a wildcard TXT or a CNAME. Receivers ignore it as not DMARC, but it hides the absence of a DMARC record and shows that a wildcard catches names it should not.</source>
        <translation>Eine TXT-Abfrage für _dmarc.&lt;domain&gt; liefert einen SPF-Eintrag, über einen Wildcard-TXT-Eintrag oder einen CNAME. Empfänger ignorieren ihn als Nicht-DMARC, aber er verdeckt das Fehlen eines DMARC-Eintrags und zeigt, dass ein Wildcard Namen erfasst, die er nicht erfassen sollte.</translation>
    </message>
    <message>
        <source>Publish a real DMARC record at _dmarc.&lt;domain&gt; (an explicit name overrides the wildcard), or fix the CNAME.</source>
        <translation>Veröffentlichen Sie einen echten DMARC-Eintrag unter _dmarc.&lt;domain&gt; (ein expliziter Name hat Vorrang vor dem Wildcard) oder korrigieren Sie den CNAME.</translation>
    </message>
    <message>
        <source>A DMARC record is published at the domain itself, not at _dmarc</source>
        <translation>Ein DMARC-Eintrag ist an der Domain selbst veröffentlicht, nicht unter _dmarc</translation>
    </message>
    <message>
        <source>A v=DMARC1 TXT record at the domain&apos;s own name is never read: receivers only look at _dmarc.&lt;domain&gt;.</source>
        <translation>Ein v=DMARC1-TXT-Eintrag unter dem Namen der Domain selbst wird nie gelesen: Empfänger schauen nur unter _dmarc.&lt;domain&gt; nach.</translation>
    </message>
    <message>
        <source>Move the record to _dmarc.&lt;domain&gt;.</source>
        <translation>Verschieben Sie den Eintrag nach _dmarc.&lt;domain&gt;.</translation>
    </message>
    <message>
        <source>The DMARC record could not be read because DNS failed</source>
        <translation>Der DMARC-Eintrag konnte wegen eines DNS-Fehlers nicht gelesen werden</translation>
    </message>
    <message>
        <source>A DMARC query timed out or failed (SERVFAIL, REFUSED). This is not the same as having no record: receivers in the same situation defer or skip DMARC.</source>
        <translation>Eine DMARC-Abfrage lief in eine Zeitüberschreitung oder schlug fehl (SERVFAIL, REFUSED). Das ist nicht dasselbe wie kein Eintrag: Empfänger in derselben Lage stellen DMARC zurück oder lassen es aus.</translation>
    </message>
    <message>
        <source>Retry, or choose another resolver; if it persists, check the domain&apos;s name servers.</source>
        <translation>Versuchen Sie es erneut oder wählen Sie einen anderen Resolver; hält das Problem an, prüfen Sie die Nameserver der Domain.</translation>
    </message>
    <message>
        <source>The domain publishes no SPF record</source>
        <translation>Die Domain veröffentlicht keinen SPF-Eintrag</translation>
    </message>
    <message>
        <source>No TXT record starting with &quot;v=spf1&quot; exists, so receivers cannot tell which servers may send mail for this domain (SPF result &quot;none&quot;).</source>
        <translation>Es gibt keinen TXT-Eintrag, der mit „v=spf1“ beginnt, daher können Empfänger nicht erkennen, welche Server für diese Domain Mail senden dürfen (SPF-Ergebnis „none“).</translation>
    </message>
    <message>
        <source>Publish one TXT record such as &quot;v=spf1 mx -all&quot; listing the servers that send your mail, or &quot;v=spf1 -all&quot; if the domain sends no mail.</source>
        <translation>Veröffentlichen Sie einen TXT-Eintrag wie „v=spf1 mx -all“, der die Server nennt, die Ihre Mail versenden, oder „v=spf1 -all“, wenn die Domain keine Mail versendet.</translation>
    </message>
    <message>
        <source>The domain publishes more than one SPF record</source>
        <translation>Die Domain veröffentlicht mehr als einen SPF-Eintrag</translation>
    </message>
    <message>
        <source>Exactly one &quot;v=spf1&quot; record is allowed; with two or more, every check ends in permerror.</source>
        <translation>Genau ein „v=spf1“-Eintrag ist erlaubt; bei zwei oder mehr endet jede Prüfung mit permerror.</translation>
    </message>
    <message>
        <source>Merge the records into one TXT record and delete the others.</source>
        <translation>Führen Sie die Einträge zu einem TXT-Eintrag zusammen und löschen Sie die anderen.</translation>
    </message>
    <message>
        <source>The SPF record has a syntax error</source>
        <translation>Der SPF-Eintrag hat einen Syntaxfehler</translation>
    </message>
    <message>
        <source>A term does not follow the RFC 7208 grammar; receivers stop at once with permerror.</source>
        <translation>Ein Term entspricht nicht der Grammatik von RFC 7208; Empfänger brechen sofort mit permerror ab.</translation>
    </message>
    <message>
        <source>Correct the term shown (the character position points at the problem).</source>
        <translation>Korrigieren Sie den angezeigten Term (die Zeichenposition zeigt auf das Problem).</translation>
    </message>
    <message>
        <source>More than 10 DNS lookups: SPF evaluation fails</source>
        <translation>Mehr als 10 DNS-Lookups: Die SPF-Auswertung schlägt fehl</translation>
    </message>
    <message>
        <source>include, a, mx, ptr, exists and redirect each cost one DNS lookup, counted across every include. Past 10, receivers return permerror and your mail fails SPF.</source>
        <translation>include, a, mx, ptr, exists und redirect kosten je einen DNS-Lookup, gezählt über alle Includes hinweg. Ab dem elften melden Empfänger permerror, und Ihre Mail besteht SPF nicht.</translation>
    </message>
    <message>
        <source>Remove unused includes, replace a/mx with ip4/ip6 where addresses are stable, or move senders to subdomains with their own records.</source>
        <translation>Entfernen Sie ungenutzte Includes, ersetzen Sie a/mx durch ip4/ip6, wo die Adressen stabil sind, oder verlagern Sie Versender auf Subdomains mit eigenen Einträgen.</translation>
    </message>
    <message>
        <source>SPF uses 8 to 10 of its 10 DNS lookups</source>
        <translation>SPF nutzt 8 bis 10 seiner 10 DNS-Lookups</translation>
    </message>
    <message>
        <source>The record still works, but one more include (or a provider adding one inside theirs) breaks it.</source>
        <translation>Der Eintrag funktioniert noch, aber ein weiteres Include (oder ein Anbieter, der in seinem eines ergänzt) bricht ihn.</translation>
    </message>
    <message>
        <source>Make room now: drop unused includes or replace a/mx terms by ip4/ip6.</source>
        <translation>Schaffen Sie jetzt Luft: Entfernen Sie ungenutzte Includes oder ersetzen Sie a/mx-Terme durch ip4/ip6.</translation>
    </message>
    <message>
        <source>More than 2 lookups find nothing (void lookups)</source>
        <translation>Mehr als 2 Lookups finden nichts (Void Lookups)</translation>
    </message>
    <message>
        <source>Lookups that answer NXDOMAIN or no records are limited to two; the third gives permerror.</source>
        <translation>Lookups, die NXDOMAIN oder keine Einträge liefern, sind auf zwei begrenzt; der dritte ergibt permerror.</translation>
    </message>
    <message>
        <source>Remove terms that point at names without records.</source>
        <translation>Entfernen Sie Terme, die auf Namen ohne Einträge zeigen.</translation>
    </message>
    <message>
        <source>An include or redirect loops back to itself</source>
        <translation>Ein Include oder Redirect führt im Kreis zu sich selbst zurück</translation>
    </message>
    <message>
        <source>Following the chain comes back to a record already on the path; evaluation can only end in permerror at the lookup limit.</source>
        <translation>Die Kette führt zu einem Eintrag zurück, der schon auf dem Pfad liegt; die Auswertung kann nur mit permerror am Lookup-Limit enden.</translation>
    </message>
    <message>
        <source>Remove the include or redirect that points back up the chain.</source>
        <translation>Entfernen Sie das Include oder Redirect, das in der Kette zurückverweist.</translation>
    </message>
    <message>
        <source>An include or redirect target has no SPF record</source>
        <translation>Ein Include- oder Redirect-Ziel hat keinen SPF-Eintrag</translation>
    </message>
    <message>
        <source>include and redirect need the target to publish an SPF record; without one, evaluation ends in permerror.</source>
        <translation>include und redirect setzen voraus, dass das Ziel einen SPF-Eintrag veröffentlicht; ohne ihn endet die Auswertung mit permerror.</translation>
    </message>
    <message>
        <source>Fix the target name (a typo?) or remove the term.</source>
        <translation>Korrigieren Sie den Zielnamen (ein Tippfehler?) oder entfernen Sie den Term.</translation>
    </message>
    <message>
        <source>The same include is evaluated more than once</source>
        <translation>Dasselbe Include wird mehr als einmal ausgewertet</translation>
    </message>
    <message>
        <source>A target reached twice costs its lookups twice without authorising anything new.</source>
        <translation>Ein zweimal erreichtes Ziel kostet seine Lookups doppelt, ohne etwas Neues zu autorisieren.</translation>
    </message>
    <message>
        <source>Keep one include of that target.</source>
        <translation>Behalten Sie nur ein Include dieses Ziels.</translation>
    </message>
    <message>
        <source>The record ends in &quot;+all&quot;: anyone may send</source>
        <translation>Der Eintrag endet mit „+all“: Jeder darf senden</translation>
    </message>
    <message>
        <source>&quot;+all&quot; (or a bare &quot;all&quot;) authorises every server on the Internet to send mail for the domain.</source>
        <translation>„+all“ (oder ein bloßes „all“) autorisiert jeden Server im Internet, Mail für die Domain zu versenden.</translation>
    </message>
    <message>
        <source>End the record with &quot;-all&quot; (or &quot;~all&quot; while testing).</source>
        <translation>Beenden Sie den Eintrag mit „-all“ (oder „~all“ während der Tests).</translation>
    </message>
    <message>
        <source>The record does not say what happens to other senders</source>
        <translation>Der Eintrag sagt nicht, was mit anderen Absendern geschieht</translation>
    </message>
    <message>
        <source>&quot;?all&quot;, or no &quot;all&quot; and no redirect, leaves every unlisted sender neutral: SPF then protects nothing.</source>
        <translation>„?all“ oder kein „all“ und kein redirect lässt jeden nicht aufgeführten Absender neutral: SPF schützt dann nichts.</translation>
    </message>
    <message>
        <source>End the record with &quot;-all&quot; (or &quot;~all&quot;).</source>
        <translation>Beenden Sie den Eintrag mit „-all“ (oder „~all“).</translation>
    </message>
    <message>
        <source>The record uses the &quot;ptr&quot; mechanism</source>
        <translation>Der Eintrag verwendet den Mechanismus „ptr“</translation>
    </message>
    <message>
        <source>ptr is slow, unreliable and must not be used; many receivers skip it.</source>
        <translation>ptr ist langsam, unzuverlässig und darf nicht verwendet werden; viele Empfänger überspringen ihn.</translation>
    </message>
    <message>
        <source>Replace ptr with ip4/ip6 or a terms naming the servers.</source>
        <translation>Ersetzen Sie ptr durch ip4/ip6- oder a-Terme, die die Server nennen.</translation>
    </message>
    <message>
        <source>An obsolete SPF (type 99) record is published</source>
        <translation>Ein veralteter SPF-Eintrag (Typ 99) ist veröffentlicht</translation>
    </message>
    <message>
        <source>RFC 7208 removed the SPF record type; only TXT is read. A type-99 record that differs from the TXT one misleads anyone reading DNS.</source>
        <translation>RFC 7208 hat den SPF-Eintragstyp abgeschafft; gelesen wird nur TXT. Ein Typ-99-Eintrag, der vom TXT-Eintrag abweicht, führt jeden in die Irre, der das DNS liest.</translation>
    </message>
    <message>
        <source>Delete the type-99 record and keep the TXT record.</source>
        <translation>Löschen Sie den Typ-99-Eintrag und behalten Sie den TXT-Eintrag.</translation>
    </message>
    <message>
        <source>The SPF record is longer than 450 bytes</source>
        <translation>Der SPF-Eintrag ist länger als 450 Bytes</translation>
    </message>
    <message>
        <source>Long records risk DNS answers over 512 bytes, which some receivers do not fetch over TCP.</source>
        <translation>Lange Einträge riskieren DNS-Antworten über 512 Bytes, die manche Empfänger nicht über TCP abrufen.</translation>
    </message>
    <message>
        <source>Shorten it: move senders to an include on a subdomain.</source>
        <translation>Kürzen Sie ihn: Verlagern Sie Versender in ein Include auf einer Subdomain.</translation>
    </message>
    <message>
        <source>An &quot;mx&quot; term finds more than 10 mail servers</source>
        <translation>Ein „mx“-Term findet mehr als 10 Mailserver</translation>
    </message>
    <message>
        <source>mx may look up at most 10 names; with more, evaluation ends in permerror.</source>
        <translation>mx darf höchstens 10 Namen nachschlagen; bei mehr endet die Auswertung mit permerror.</translation>
    </message>
    <message>
        <source>Use ip4/ip6 for the servers instead of mx.</source>
        <translation>Verwenden Sie für die Server ip4/ip6 statt mx.</translation>
    </message>
    <message>
        <source>redirect is ignored because the record has &quot;all&quot;</source>
        <translation>redirect wird ignoriert, weil der Eintrag „all“ enthält</translation>
    </message>
    <message>
        <source>With an &quot;all&quot; mechanism anywhere, redirect never applies.</source>
        <translation>Steht irgendwo ein „all“-Mechanismus, greift redirect nie.</translation>
    </message>
    <message>
        <source>Remove either the redirect or the all.</source>
        <translation>Entfernen Sie entweder das redirect oder das all.</translation>
    </message>
    <message>
        <source>Terms after &quot;all&quot; are never evaluated</source>
        <translation>Terme nach „all“ werden nie ausgewertet</translation>
    </message>
    <message>
        <source>Evaluation stops at &quot;all&quot;; whatever follows it has no effect.</source>
        <translation>Die Auswertung endet bei „all“; alles Folgende bleibt wirkungslos.</translation>
    </message>
    <message>
        <source>Move the terms before &quot;all&quot;, or delete them.</source>
        <translation>Verschieben Sie die Terme vor „all“ oder löschen Sie sie.</translation>
    </message>
    <message>
        <source>Two terms authorise overlapping address ranges</source>
        <translation>Zwei Terme autorisieren überlappende Adressbereiche</translation>
    </message>
    <message>
        <source>The same addresses are listed twice (often through two includes); harmless but it hides stale entries.</source>
        <translation>Dieselben Adressen sind doppelt aufgeführt (oft über zwei Includes); harmlos, verdeckt aber veraltete Einträge.</translation>
    </message>
    <message>
        <source>Remove the narrower duplicate.</source>
        <translation>Entfernen Sie das engere Duplikat.</translation>
    </message>
    <message>
        <source>A DNS lookup failed while reading SPF</source>
        <translation>Beim Lesen von SPF ist ein DNS-Lookup fehlgeschlagen</translation>
    </message>
    <message>
        <source>A lookup timed out or the server failed (temperror). This says nothing about whether the record exists: it could not be read.</source>
        <translation>Ein Lookup lief in eine Zeitüberschreitung oder der Server versagte (temperror). Das sagt nichts darüber, ob der Eintrag existiert: Er konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check the domain&apos;s name servers answer, then retry.</source>
        <translation>Prüfen Sie, ob die Nameserver der Domain antworten, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>An address or name of the domain is on a blocklist</source>
        <translation>Eine Adresse oder ein Name der Domain steht auf einer Sperrliste</translation>
    </message>
    <message>
        <source>A DNS blocklist lists one of the domain&apos;s sending or receiving addresses (an MX host, an address the SPF record authorises, a busy source of the aggregate reports) or the domain or an MX host name. Receivers that use the list reject or junk mail from the address, or mail that names the domain. The list&apos;s return code says why it lists it.</source>
        <translation>Eine DNS-Sperrliste führt eine der sendenden oder empfangenden Adressen der Domain (einen MX-Host, eine vom SPF-Eintrag autorisierte Adresse, eine häufige Quelle der Aggregate-Reports) oder die Domain bzw. den Namen eines MX-Hosts. Empfänger, die die Liste nutzen, weisen Mails von der Adresse oder Mails, die die Domain nennen, ab oder sortieren sie als Spam aus. Der Rückgabecode der Liste nennt den Grund des Eintrags.</translation>
    </message>
    <message>
        <source>Find and stop what got the address listed (a compromised account, a bulk send to old addresses, an open relay), then ask for removal on the list&apos;s page named in the finding; most lists also drop entries on their own some days after the last spam.</source>
        <translation>Finden und beseitigen Sie die Ursache des Eintrags (ein kompromittiertes Konto, ein Massenversand an alte Adressen, ein offenes Relay) und beantragen Sie dann die Entfernung auf der im Befund genannten Seite der Liste; die meisten Listen entfernen Einträge auch von selbst einige Tage nach dem letzten Spam.</translation>
    </message>
    <message>
        <source>A blocklist refused to answer: query through your own resolver</source>
        <translation>Eine Sperrliste verweigerte die Antwort: Fragen Sie über Ihren eigenen Resolver ab</translation>
    </message>
    <message>
        <source>The list answered with one of its refusal codes (Spamhaus: 127.255.255.254 for queries through public resolvers, 127.255.255.255 for too many queries; SURBL: 127.0.0.1). That is not a listing: the list did not say anything about the domain&apos;s addresses or names.</source>
        <translation>Die Liste antwortete mit einem ihrer Verweigerungscodes (Spamhaus: 127.255.255.254 für Abfragen über öffentliche Resolver, 127.255.255.255 für zu viele Abfragen; SURBL: 127.0.0.1). Das ist kein Eintrag: Die Liste hat nichts über die Adressen oder Namen der Domain gesagt.</translation>
    </message>
    <message>
        <source>Run the check through your own recursive resolver (--resolver ADDR) rather than a public one such as 8.8.8.8, 1.1.1.1 or 9.9.9.9, and keep within the list&apos;s terms of use (docs/blocklists.md).</source>
        <translation>Führen Sie die Prüfung über Ihren eigenen rekursiven Resolver aus (--resolver ADDR) statt über einen öffentlichen wie 8.8.8.8, 1.1.1.1 oder 9.9.9.9, und halten Sie die Nutzungsbedingungen der Liste ein (docs/blocklists.md).</translation>
    </message>
    <message>
        <source>Some blocklists could not be asked</source>
        <translation>Einige Sperrlisten konnten nicht abgefragt werden</translation>
    </message>
    <message>
        <source>A list did not answer its test query or a lookup (timeout, SERVFAIL, REFUSED by the resolver, an answer outside 127.0.0.0/8), so whether the domain&apos;s addresses are listed there is unknown. An unreachable list is not the domain&apos;s fault and is never counted as a listing.</source>
        <translation>Eine Liste beantwortete ihre Testabfrage oder eine Abfrage nicht (Zeitüberschreitung, SERVFAIL, REFUSED durch den Resolver, eine Antwort außerhalb von 127.0.0.0/8), daher ist unbekannt, ob die Adressen der Domain dort gelistet sind. Eine unerreichbare Liste ist nicht der Fehler der Domain und wird nie als Eintrag gezählt.</translation>
    </message>
    <message>
        <source>Check that your resolver reaches the list&apos;s zone (dig 2.0.0.127.&lt;list zone&gt; A should answer 127.0.0.2), register the resolver where a list requires it (Barracuda), and run the check again.</source>
        <translation>Prüfen Sie, ob Ihr Resolver die Zone der Liste erreicht (dig 2.0.0.127.&lt;Listenzone&gt; A sollte 127.0.0.2 liefern), registrieren Sie den Resolver, wo eine Liste das verlangt (Barracuda), und führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>Keys under 1024 bits can be factored with modest resources; RFC 8301 forbids verifiers to accept them, so a signature made with this key is refused even when it verifies (RFC 8601 result &quot;policy&quot;) and never counts for DMARC.</source>
        <translation>Schlüssel unter 1024 Bit lassen sich mit bescheidenen Mitteln faktorisieren; RFC 8301 verbietet Prüfern, sie zu akzeptieren, daher wird eine mit diesem Schlüssel erstellte Signatur abgelehnt, selbst wenn sie sich verifizieren lässt (RFC-8601-Ergebnis „policy“), und zählt nie für DMARC.</translation>
    </message>
    <message>
        <source>RFC 8301 forbids signing with rsa-sha1 and tells verifiers not to accept it: SHA-1 collisions are practical. A key with h=sha1, or a signature with a=rsa-sha1, fails at most receivers: a verifying rsa-sha1 signature gets the RFC 8601 result &quot;policy&quot; and does not count for DMARC.</source>
        <translation>RFC 8301 verbietet das Signieren mit rsa-sha1 und weist Prüfer an, es nicht zu akzeptieren: SHA-1-Kollisionen sind praktisch machbar. Ein Schlüssel mit h=sha1 oder eine Signatur mit a=rsa-sha1 scheitert bei den meisten Empfängern: Eine sich verifizierende rsa-sha1-Signatur erhält das RFC-8601-Ergebnis „policy“ und zählt nicht für DMARC.</translation>
    </message>
    <message>
        <source>The signature&apos;s expiry time x= is in the past: verifiers refuse it even when it verifies (RFC 8601 result &quot;policy&quot;). This is expected for old messages and a problem for fresh ones.</source>
        <translation>Die Ablaufzeit x= der Signatur liegt in der Vergangenheit: Prüfer lehnen sie ab, selbst wenn sie sich verifizieren lässt (RFC-8601-Ergebnis „policy“). Bei alten Nachrichten ist das zu erwarten, bei frischen ein Problem.</translation>
    </message>
    <message>
        <source>RFC 9989 and RFC 7489 receivers disagree on DKIM alignment</source>
        <translation>Empfänger nach RFC 9989 und RFC 7489 sind uneins über das DKIM-Alignment</translation>
    </message>
    <message>
        <source>Relaxed alignment compares organizational domains. RFC 9989 receivers find them with the DNS tree walk (psd=y, psd=n, else the DMARC record with the fewest labels), RFC 7489 receivers with the Public Suffix List; the two readings can also apply different DMARC records with different adkim. Here a passing signature aligns with From under one reading and not under the other, so the message passes DMARC at some receivers and fails at others.</source>
        <translation>Relaxed-Alignment vergleicht Organisationsdomains. Empfänger nach RFC 9989 ermitteln sie per DNS-Tree-Walk (psd=y, psd=n, sonst der DMARC-Eintrag mit den wenigsten Labels), Empfänger nach RFC 7489 mit der Public Suffix List; die beiden Lesarten können auch verschiedene DMARC-Einträge mit verschiedenem adkim anwenden. Hier ist eine bestehende Signatur nach der einen Lesart mit From ausgerichtet und nach der anderen nicht, daher besteht die Nachricht DMARC bei einigen Empfängern und scheitert bei anderen.</translation>
    </message>
    <message>
        <source>Sign with the From domain itself as d= (aligned under both readings and both modes), or align the DMARC records (psd tags, adkim) so that both readings agree.</source>
        <translation>Signieren Sie mit der From-Domain selbst als d= (ausgerichtet nach beiden Lesarten und in beiden Modi), oder gleichen Sie die DMARC-Einträge (psd-Tags, adkim) an, sodass beide Lesarten übereinstimmen.</translation>
    </message>
    <message>
        <source>The message carries a DomainKeys signature (RFC 4870), not evaluated</source>
        <translation>Die Nachricht enthält eine DomainKeys-Signatur (RFC 4870), nicht ausgewertet</translation>
    </message>
    <message>
        <source>DomainKey-Signature is the header of DomainKeys, DKIM&apos;s predecessor, historic since DKIM replaced it in 2007. Mailsight reports it (domain, selector, algorithm) but does not evaluate it, and neither do receivers: without a DKIM-Signature the message counts as unsigned for DKIM and DMARC.</source>
        <translation>DomainKey-Signature ist der Header von DomainKeys, dem Vorgänger von DKIM, historisch, seit DKIM es 2007 abgelöst hat. Mailsight meldet ihn (Domain, Selector, Algorithmus), wertet ihn aber nicht aus, und Empfänger tun es ebenfalls nicht: Ohne DKIM-Signature gilt die Nachricht für DKIM und DMARC als unsigniert.</translation>
    </message>
    <message>
        <source>Sign with DKIM (rsa-sha256 or ed25519-sha256) and stop adding DomainKey-Signature.</source>
        <translation>Signieren Sie mit DKIM (rsa-sha256 oder ed25519-sha256) und fügen Sie keine DomainKey-Signature mehr hinzu.</translation>
    </message>
    <message>
        <source>A DNSSEC signature does not validate (bogus)</source>
        <translation>Eine DNSSEC-Signatur validiert nicht (bogus)</translation>
    </message>
    <message>
        <source>The zone is signed, but the chain of trust from the root to this record is broken: a signature expired or is not yet valid, a record has no signature, the DS record at the parent matches no key of the zone, or the NSEC/NSEC3 records do not prove that a name or record does not exist. Validating resolvers (most large mail providers use one) answer SERVFAIL for such names: they cannot read the record at all, so mail to the domain is delayed or bounced and SPF, DKIM and DMARC fail as temporary errors.</source>
        <translation>Die Zone ist signiert, aber die Vertrauenskette von der Root bis zu diesem Eintrag ist unterbrochen: Eine Signatur ist abgelaufen oder noch nicht gültig, ein Eintrag hat keine Signatur, der DS-Eintrag beim Parent passt zu keinem Schlüssel der Zone, oder die NSEC/NSEC3-Einträge beweisen nicht, dass ein Name oder Eintrag nicht existiert. Validierende Resolver (die meisten großen Mail-Provider nutzen einen) antworten für solche Namen mit SERVFAIL: Sie können den Eintrag gar nicht lesen, daher werden Mails an die Domain verzögert oder zurückgewiesen, und SPF, DKIM und DMARC scheitern mit temporären Fehlern.</translation>
    </message>
    <message>
        <source>Re-sign the zone (check that the signer runs and its clock is right), or publish at the parent (your registrar) the DS record of the key the zone really uses. To leave DNSSEC, remove the DS at the parent first and wait for its TTL before unsigning the zone.</source>
        <translation>Signieren Sie die Zone neu (prüfen Sie, ob der Signierer läuft und seine Uhr stimmt), oder veröffentlichen Sie beim Parent (Ihrem Registrar) den DS-Eintrag des Schlüssels, den die Zone tatsächlich verwendet. Um DNSSEC zu verlassen, entfernen Sie zuerst den DS beim Parent und warten dessen TTL ab, bevor Sie die Signierung der Zone aufheben.</translation>
    </message>
    <message>
        <source>The domain is not signed with DNSSEC</source>
        <translation>Die Domain ist nicht mit DNSSEC signiert</translation>
    </message>
    <message>
        <source>The chain of trust ends at a delegation without a DS record, so nothing proves that the records senders read (MX, SPF, DKIM keys, DMARC, MTA-STS, TLSA) come from the domain&apos;s owner. An attacker on the path can forge them. DANE for SMTP needs DNSSEC: without it, senders ignore TLSA records.</source>
        <translation>Die Vertrauenskette endet an einer Delegierung ohne DS-Eintrag, daher beweist nichts, dass die Einträge, die Absender lesen (MX, SPF, DKIM-Schlüssel, DMARC, MTA-STS, TLSA), vom Inhaber der Domain stammen. Ein Angreifer auf dem Weg kann sie fälschen. DANE für SMTP braucht DNSSEC: Ohne es ignorieren Absender TLSA-Einträge.</translation>
    </message>
    <message>
        <source>Sign the zone at your DNS provider (most offer it with one switch) and publish the DS record it gives you at your registrar.</source>
        <translation>Signieren Sie die Zone bei Ihrem DNS-Provider (die meisten bieten das mit einem Schalter an) und veröffentlichen Sie den DS-Eintrag, den er Ihnen gibt, bei Ihrem Registrar.</translation>
    </message>
    <message>
        <source>DNSSEC signatures expire within 7 days</source>
        <translation>DNSSEC-Signaturen laufen innerhalb von 7 Tagen ab</translation>
    </message>
    <message>
        <source>Signatures carry an expiration date. Signers renew them well ahead of time (usually days to weeks); a signature this close to its end suggests the signer has stopped. When it expires, validating resolvers treat the record as bogus and the domain stops resolving for them.</source>
        <translation>Signaturen tragen ein Ablaufdatum. Signierer erneuern sie weit im Voraus (meist Tage bis Wochen); eine Signatur, die so kurz vor ihrem Ende steht, deutet darauf hin, dass der Signierer stehen geblieben ist. Läuft sie ab, behandeln validierende Resolver den Eintrag als bogus, und die Domain lässt sich für sie nicht mehr auflösen.</translation>
    </message>
    <message>
        <source>Check that the zone&apos;s signer (or your DNS provider&apos;s automatic signing) runs and re-signs the zone; re-sign it now by hand if it does not.</source>
        <translation>Prüfen Sie, ob der Signierer der Zone (oder die automatische Signierung Ihres DNS-Providers) läuft und die Zone neu signiert; signieren Sie sie jetzt von Hand neu, falls nicht.</translation>
    </message>
    <message>
        <source>The zone is signed with an algorithm that must no longer be used</source>
        <translation>Die Zone ist mit einem Algorithmus signiert, der nicht mehr verwendet werden darf</translation>
    </message>
    <message>
        <source>RFC 8624 says not to sign with RSAMD5, DSA, RSASHA1, DSA-NSEC3-SHA1, RSASHA1-NSEC3-SHA1 or ECC-GOST: they are weak or no longer implemented. Validators are dropping them (some distributions already treat SHA-1 signatures as insecure), and then the zone counts as unsigned or fails to validate.</source>
        <translation>RFC 8624 rät davon ab, mit RSAMD5, DSA, RSASHA1, DSA-NSEC3-SHA1, RSASHA1-NSEC3-SHA1 oder ECC-GOST zu signieren: Sie sind schwach oder nicht mehr implementiert. Validatoren geben sie auf (einige Distributionen behandeln SHA-1-Signaturen bereits als unsicher), und dann gilt die Zone als unsigniert oder scheitert bei der Validierung.</translation>
    </message>
    <message>
        <source>Roll the zone over to ECDSAP256SHA256 (13) or ED25519 (15): add keys of the new algorithm, sign with both, replace the DS at the parent, then remove the old keys (RFC 6781 §4.1.4).</source>
        <translation>Stellen Sie die Zone auf ECDSAP256SHA256 (13) oder ED25519 (15) um: Fügen Sie Schlüssel des neuen Algorithmus hinzu, signieren Sie mit beiden, ersetzen Sie den DS beim Parent und entfernen Sie dann die alten Schlüssel (RFC 6781 §4.1.4).</translation>
    </message>
    <message>
        <source>NSEC3 uses additional hash iterations</source>
        <translation>NSEC3 verwendet zusätzliche Hash-Iterationen</translation>
    </message>
    <message>
        <source>Extra NSEC3 iterations add no real protection against zone walking but cost every validating resolver CPU time. RFC 9276 says to use 0; resolvers may treat answers with more iterations as insecure or even bogus (RFC 9276 §3.2).</source>
        <translation>Zusätzliche NSEC3-Iterationen bieten keinen echten Schutz gegen Zone Walking, kosten aber jeden validierenden Resolver CPU-Zeit. RFC 9276 sagt, 0 zu verwenden; Resolver dürfen Antworten mit mehr Iterationen als unsicher oder sogar bogus behandeln (RFC 9276 §3.2).</translation>
    </message>
    <message>
        <source>Set the NSEC3 parameters to 0 iterations and no salt (NSEC3PARAM 1 0 0 -), or switch to NSEC, and re-sign the zone.</source>
        <translation>Setzen Sie die NSEC3-Parameter auf 0 Iterationen und kein Salt (NSEC3PARAM 1 0 0 -) oder wechseln Sie zu NSEC, und signieren Sie die Zone neu.</translation>
    </message>
    <message>
        <source>The message carries more than 50 ARC sets</source>
        <translation>Die Nachricht enthält mehr als 50 ARC-Sets</translation>
    </message>
    <message>
        <source>RFC 8617 allows at most 50 ARC sets on a message; with more, the chain fails without further checks. A message this far forwarded is most likely looping between intermediaries.</source>
        <translation>RFC 8617 erlaubt höchstens 50 ARC-Sets in einer Nachricht; bei mehr scheitert die Kette ohne weitere Prüfung. Eine so weit weitergeleitete Nachricht kreist höchstwahrscheinlich zwischen Zwischenstationen.</translation>
    </message>
    <message>
        <source>Look for a forwarding loop between the intermediaries that sealed the message (the ARC-Seal d= values) and break it.</source>
        <translation>Suchen Sie eine Weiterleitungsschleife zwischen den Zwischenstationen, die die Nachricht versiegelt haben (die d=-Werte der ARC-Seals), und unterbrechen Sie sie.</translation>
    </message>
    <message>
        <source>The most recent ARC-Seal says the chain had already failed</source>
        <translation>Das jüngste ARC-Seal sagt, dass die Kette bereits gescheitert war</translation>
    </message>
    <message>
        <source>An intermediary that finds a broken chain still seals the message, with cv=fail. Every later verifier must then treat the chain as failed: the failure is propagated, whatever the earlier sets look like now.</source>
        <translation>Eine Zwischenstation, die eine unterbrochene Kette vorfindet, versiegelt die Nachricht trotzdem, mit cv=fail. Jeder spätere Prüfer muss die Kette dann als gescheitert behandeln: Das Scheitern wird weitergegeben, wie auch immer die früheren Sets jetzt aussehen.</translation>
    </message>
    <message>
        <source>Find the hop before the sealer that wrote cv=fail: its ARC set did not verify when the message arrived there (a modified message, a missing key or a broken sealer).</source>
        <translation>Suchen Sie die Station vor dem Versiegler, der cv=fail geschrieben hat: Deren ARC-Set ließ sich nicht verifizieren, als die Nachricht dort ankam (eine veränderte Nachricht, ein fehlender Schlüssel oder ein fehlerhafter Versiegler).</translation>
    </message>
    <message>
        <source>An ARC set lacks one of its three header fields</source>
        <translation>Einem ARC-Set fehlt eines seiner drei Header-Felder</translation>
    </message>
    <message>
        <source>Each ARC set holds exactly one ARC-Authentication-Results, one ARC-Message-Signature and one ARC-Seal with the same i=. A set missing one of them makes the whole chain fail.</source>
        <translation>Jedes ARC-Set enthält genau ein ARC-Authentication-Results, eine ARC-Message-Signature und ein ARC-Seal mit demselben i=. Ein Set, dem eines davon fehlt, lässt die ganze Kette scheitern.</translation>
    </message>
    <message>
        <source>The intermediary of that instance writes incomplete ARC sets, or a later hop removed a field: fix the sealer&apos;s configuration, or stop the hop that strips ARC header fields.</source>
        <translation>Die Zwischenstation dieser Instanz schreibt unvollständige ARC-Sets, oder eine spätere Station hat ein Feld entfernt: Korrigieren Sie die Konfiguration des Versieglers oder unterbinden Sie die Station, die ARC-Header-Felder entfernt.</translation>
    </message>
    <message>
        <source>An ARC instance appears more than once</source>
        <translation>Eine ARC-Instanz kommt mehr als einmal vor</translation>
    </message>
    <message>
        <source>Two ARC header fields of the same kind carry the same i=. Instances must run from 1 to N without repetition; a repeated one makes the chain fail. Two intermediaries that both thought they were first, or a sealer that signs twice, cause this.</source>
        <translation>Zwei ARC-Header-Felder derselben Art tragen dasselbe i=. Instanzen müssen ohne Wiederholung von 1 bis N laufen; eine wiederholte lässt die Kette scheitern. Ursache sind zwei Zwischenstationen, die sich beide für die erste hielten, oder ein Versiegler, der zweimal signiert.</translation>
    </message>
    <message>
        <source>Each sealer must add the next instance (the highest i= seen plus one) and seal a message once.</source>
        <translation>Jeder Versiegler muss die nächste Instanz hinzufügen (das höchste gesehene i= plus eins) und eine Nachricht einmal versiegeln.</translation>
    </message>
    <message>
        <source>The ARC instances do not run from 1 without gaps</source>
        <translation>Die ARC-Instanzen laufen nicht lückenlos ab 1</translation>
    </message>
    <message>
        <source>The instance numbers of the ARC sets must form the sequence 1, 2, ... N. A gap means a set was removed, or a sealer numbered its set wrongly; the chain fails.</source>
        <translation>Die Instanznummern der ARC-Sets müssen die Folge 1, 2, ... N bilden. Eine Lücke bedeutet, dass ein Set entfernt wurde oder ein Versiegler sein Set falsch nummeriert hat; die Kette scheitert.</translation>
    </message>
    <message>
        <source>Check which hop removes ARC header fields or numbers its set wrongly (the sealer of the instance after the gap).</source>
        <translation>Prüfen Sie, welche Station ARC-Header-Felder entfernt oder ihr Set falsch nummeriert (der Versiegler der Instanz nach der Lücke).</translation>
    </message>
    <message>
        <source>An ARC header field has no valid instance number</source>
        <translation>Ein ARC-Header-Feld hat keine gültige Instanznummer</translation>
    </message>
    <message>
        <source>Every ARC header field starts with i= and a number from 1 to 50. A field without one cannot be placed in a set, and the chain fails.</source>
        <translation>Jedes ARC-Header-Feld beginnt mit i= und einer Zahl von 1 bis 50. Ein Feld ohne sie kann keinem Set zugeordnet werden, und die Kette scheitert.</translation>
    </message>
    <message>
        <source>Fix the sealer that writes the field without a valid i= tag.</source>
        <translation>Korrigieren Sie den Versiegler, der das Feld ohne gültigen i=-Tag schreibt.</translation>
    </message>
    <message>
        <source>An ARC-Seal has the wrong cv= value for its place in the chain</source>
        <translation>Ein ARC-Seal hat den falschen cv=-Wert für seine Stelle in der Kette</translation>
    </message>
    <message>
        <source>The first seal (i=1) must say cv=none and every later seal cv=pass; any other value, or cv=fail on a seal that is not the most recent, makes the chain fail.</source>
        <translation>Das erste Siegel (i=1) muss cv=none sagen und jedes spätere cv=pass; jeder andere Wert, oder cv=fail auf einem Siegel, das nicht das jüngste ist, lässt die Kette scheitern.</translation>
    </message>
    <message>
        <source>Fix the sealer of that instance: it must state the result of its own chain validation (none when it adds the first set).</source>
        <translation>Korrigieren Sie den Versiegler dieser Instanz: Er muss das Ergebnis seiner eigenen Kettenvalidierung angeben (none, wenn er das erste Set hinzufügt).</translation>
    </message>
    <message>
        <source>An ARC header field cannot be read</source>
        <translation>Ein ARC-Header-Feld kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>A required tag is missing, a value is malformed (base64, domain, algorithm), or the field breaks the tag=value syntax. An unreadable ARC field makes the chain fail.</source>
        <translation>Ein Pflicht-Tag fehlt, ein Wert ist fehlerhaft (base64, Domain, Algorithmus), oder das Feld verletzt die tag=value-Syntax. Ein unlesbares ARC-Feld lässt die Kette scheitern.</translation>
    </message>
    <message>
        <source>Fix the sealer that wrote the field; the detail names the tag at fault.</source>
        <translation>Korrigieren Sie den Versiegler, der das Feld geschrieben hat; das Detail nennt den fehlerhaften Tag.</translation>
    </message>
    <message>
        <source>The most recent ARC-Message-Signature does not verify</source>
        <translation>Die jüngste ARC-Message-Signature lässt sich nicht verifizieren</translation>
    </message>
    <message>
        <source>The signature the last intermediary put on the message no longer matches it: the message was changed after the last sealer, its key is missing or changed, or the sealer signs badly. The chain fails.</source>
        <translation>Die Signatur, die die letzte Zwischenstation auf die Nachricht gesetzt hat, passt nicht mehr zu ihr: Die Nachricht wurde nach dem letzten Versiegler verändert, dessen Schlüssel fehlt oder hat sich geändert, oder der Versiegler signiert fehlerhaft. Die Kette scheitert.</translation>
    </message>
    <message>
        <source>Find what changed the message after the last sealer (a footer, a gateway that rewrites headers) or check the sealer&apos;s published key at &lt;selector&gt;._domainkey.&lt;d&gt;.</source>
        <translation>Finden Sie heraus, was die Nachricht nach dem letzten Versiegler verändert hat (eine Fußzeile, ein Gateway, das Header umschreibt), oder prüfen Sie den veröffentlichten Schlüssel des Versieglers unter &lt;selector&gt;._domainkey.&lt;d&gt;.</translation>
    </message>
    <message>
        <source>An earlier ARC-Message-Signature no longer verifies</source>
        <translation>Eine frühere ARC-Message-Signature lässt sich nicht mehr verifizieren</translation>
    </message>
    <message>
        <source>An intermediary changed the message after an earlier hop had signed it (a subject tag, a footer). That is what ARC exists for and does not make the chain fail; the oldest signature that still verifies (oldest-pass) shows where the change happened.</source>
        <translation>Eine Zwischenstation hat die Nachricht verändert, nachdem eine frühere Station sie signiert hatte (eine Betreff-Markierung, eine Fußzeile). Genau dafür gibt es ARC, und die Kette scheitert dadurch nicht; die älteste Signatur, die sich noch verifizieren lässt (oldest-pass), zeigt, wo die Änderung geschah.</translation>
    </message>
    <message>
        <source>Nothing to fix if the intermediary is expected to modify messages (a mailing list). Receivers decide from the seals and the earlier authentication results.</source>
        <translation>Nichts zu beheben, wenn die Zwischenstation Nachrichten erwartungsgemäß verändert (eine Mailingliste). Empfänger entscheiden anhand der Siegel und der früheren Authentifizierungsergebnisse.</translation>
    </message>
    <message>
        <source>An ARC-Seal does not verify</source>
        <translation>Ein ARC-Seal lässt sich nicht verifizieren</translation>
    </message>
    <message>
        <source>The seal covers every ARC set up to its own. When it does not verify, an ARC header field was changed or removed after sealing, the sealer&apos;s key is missing or changed, or the sealer signs badly. The chain fails at that instance.</source>
        <translation>Das Siegel deckt jedes ARC-Set bis zu seinem eigenen ab. Lässt es sich nicht verifizieren, wurde ein ARC-Header-Feld nach dem Versiegeln verändert oder entfernt, der Schlüssel des Versieglers fehlt oder hat sich geändert, oder der Versiegler signiert fehlerhaft. Die Kette scheitert an dieser Instanz.</translation>
    </message>
    <message>
        <source>Check the sealer&apos;s key at &lt;selector&gt;._domainkey.&lt;d&gt; and whether a later hop rewrites or reorders ARC header fields.</source>
        <translation>Prüfen Sie den Schlüssel des Versieglers unter &lt;selector&gt;._domainkey.&lt;d&gt; und ob eine spätere Station ARC-Header-Felder umschreibt oder umsortiert.</translation>
    </message>
    <message>
        <source>A key of the ARC chain could not be fetched</source>
        <translation>Ein Schlüssel der ARC-Kette konnte nicht abgerufen werden</translation>
    </message>
    <message>
        <source>The DNS query for a sealer&apos;s key failed (timeout, SERVFAIL): the signature could not be checked and the chain counts as failed. This is not the same as a missing key; a retry may succeed.</source>
        <translation>Die DNS-Abfrage nach dem Schlüssel eines Versieglers ist fehlgeschlagen (Zeitüberschreitung, SERVFAIL): Die Signatur konnte nicht geprüft werden, und die Kette gilt als gescheitert. Das ist nicht dasselbe wie ein fehlender Schlüssel; ein erneuter Versuch kann gelingen.</translation>
    </message>
    <message>
        <source>Retry, or ask another resolver; if it persists, the sealer&apos;s DNS is broken.</source>
        <translation>Versuchen Sie es erneut oder fragen Sie einen anderen Resolver; hält es an, ist das DNS des Versieglers defekt.</translation>
    </message>
    <message>
        <source>An ARC-Message-Signature signs Authentication-Results</source>
        <translation>Eine ARC-Message-Signature signiert Authentication-Results</translation>
    </message>
    <message>
        <source>Authentication-Results header fields are removed or rewritten by later hops as a matter of course; an ARC-Message-Signature that covers them breaks as soon as one is touched.</source>
        <translation>Authentication-Results-Header-Felder werden von späteren Stationen routinemäßig entfernt oder umgeschrieben; eine ARC-Message-Signature, die sie abdeckt, bricht, sobald eines angefasst wird.</translation>
    </message>
    <message>
        <source>Remove Authentication-Results from the header list (h=) the sealer signs.</source>
        <translation>Entfernen Sie Authentication-Results aus der Header-Liste (h=), die der Versiegler signiert.</translation>
    </message>
    <message>
        <source>The message has no usable From address</source>
        <translation>Die Nachricht hat keine brauchbare From-Adresse</translation>
    </message>
    <message>
        <source>DMARC is applied to the domain of the From header field. Without a From field, or with one whose address has no domain, there is nothing to align SPF and DKIM with; receivers typically reject such messages.</source>
        <translation>DMARC wird auf die Domain des From-Header-Felds angewendet. Ohne From-Feld, oder mit einem, dessen Adresse keine Domain hat, gibt es nichts, womit SPF und DKIM ausgerichtet werden könnten; Empfänger weisen solche Nachrichten typischerweise ab.</translation>
    </message>
    <message>
        <source>Make the sending application write one From field with one full address (name@domain).</source>
        <translation>Lassen Sie die sendende Anwendung ein From-Feld mit einer vollständigen Adresse (name@domain) schreiben.</translation>
    </message>
    <message>
        <source>The message has several From fields or addresses</source>
        <translation>Die Nachricht hat mehrere From-Felder oder -Adressen</translation>
    </message>
    <message>
        <source>With several From fields, or several addresses in one, the author domain is ambiguous: receivers reject the message, or apply DMARC to every domain and take the strictest outcome. Mailsight evaluates the first one.</source>
        <translation>Bei mehreren From-Feldern, oder mehreren Adressen in einem, ist die Autorendomain mehrdeutig: Empfänger weisen die Nachricht ab oder wenden DMARC auf jede Domain an und nehmen das strengste Ergebnis. Mailsight wertet die erste aus.</translation>
    </message>
    <message>
        <source>Send with a single author address in a single From field; put other addresses in Sender or Reply-To.</source>
        <translation>Senden Sie mit einer einzigen Autorenadresse in einem einzigen From-Feld; setzen Sie weitere Adressen in Sender oder Reply-To.</translation>
    </message>
    <message>
        <source>Only the header was given: body hashes were not checked</source>
        <translation>Nur der Header wurde angegeben: Body-Hashes wurden nicht geprüft</translation>
    </message>
    <message>
        <source>DKIM and ARC signatures cover the body through a hash (bh=). Without the body, only the header part of each signature can be verified, so a signature marked as passing here could still fail on a changed body.</source>
        <translation>DKIM- und ARC-Signaturen decken den Body über einen Hash ab (bh=). Ohne den Body lässt sich nur der Header-Teil jeder Signatur verifizieren, daher könnte eine hier als bestanden markierte Signatur an einem veränderten Body trotzdem scheitern.</translation>
    </message>
    <message>
        <source>Give the whole message (save it as .eml from the mail client: &quot;Show original&quot; or &quot;View source&quot;) for a complete verification.</source>
        <translation>Geben Sie die ganze Nachricht an (speichern Sie sie im Mailprogramm als .eml: „Original anzeigen“ oder „Quelltext anzeigen“) für eine vollständige Verifikation.</translation>
    </message>
    <message>
        <source>The address of the sending server could not be read from the message</source>
        <translation>Die Adresse des sendenden Servers konnte nicht aus der Nachricht gelesen werden</translation>
    </message>
    <message>
        <source>SPF checks the address that connected to the receiving server. It is read from the Received field the receiving system added (or its Received-SPF); none of them names an address here, so SPF was not evaluated.</source>
        <translation>SPF prüft die Adresse, die sich mit dem empfangenden Server verbunden hat. Sie wird aus dem Received-Feld gelesen, das das empfangende System hinzugefügt hat (oder aus dessen Received-SPF); hier nennt keines davon eine Adresse, daher wurde SPF nicht ausgewertet.</translation>
    </message>
    <message>
        <source>Give the whole header including every Received field, or name the address with --ip (and --helo, --mail-from).</source>
        <translation>Geben Sie den ganzen Header einschließlich jedes Received-Felds an, oder nennen Sie die Adresse mit --ip (und --helo, --mail-from).</translation>
    </message>
    <message>
        <source>A Received field could not be read</source>
        <translation>Ein Received-Feld konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>A Received field has no recognisable from/by clauses or an unreadable date. The delivery path shows it as written; delays next to it are unknown.</source>
        <translation>Ein Received-Feld hat keine erkennbaren from/by-Klauseln oder ein unlesbares Datum. Der Zustellweg zeigt es so, wie es geschrieben ist; Verzögerungen daneben sind unbekannt.</translation>
    </message>
    <message>
        <source>Nothing to do for the message; if the field comes from your own server, check its trace header format.</source>
        <translation>Für die Nachricht nichts zu tun; stammt das Feld von Ihrem eigenen Server, prüfen Sie dessen Trace-Header-Format.</translation>
    </message>
    <message>
        <source>A hop is dated before the hop that handed the message to it</source>
        <translation>Eine Station ist früher datiert als die Station, die ihr die Nachricht übergeben hat</translation>
    </message>
    <message>
        <source>The Received fields record the time at each server. A later hop dated earlier than the one before it means one of the two clocks is wrong, which also makes signature times (t=, x=) and report periods unreliable.</source>
        <translation>Die Received-Felder halten die Uhrzeit an jedem Server fest. Ist eine spätere Station früher datiert als die vorige, geht eine der beiden Uhren falsch, was auch Signaturzeiten (t=, x=) und Berichtszeiträume unzuverlässig macht.</translation>
    </message>
    <message>
        <source>Synchronise the clocks of the servers named in the two fields with NTP.</source>
        <translation>Synchronisieren Sie die Uhren der in den beiden Feldern genannten Server mit NTP.</translation>
    </message>
    <message>
        <source>The message waited more than an hour between two hops</source>
        <translation>Die Nachricht wartete mehr als eine Stunde zwischen zwei Stationen</translation>
    </message>
    <message>
        <source>A long gap between two Received fields means the message sat in a queue: the next server was unreachable, deferred it (greylisting, rate limits), or the sender retried late.</source>
        <translation>Eine lange Lücke zwischen zwei Received-Feldern bedeutet, dass die Nachricht in einer Warteschlange lag: Der nächste Server war nicht erreichbar, hat sie zurückgestellt (Greylisting, Ratenbegrenzung), oder der Absender hat spät erneut versucht.</translation>
    </message>
    <message>
        <source>Look at the logs of the server that held the message (the &quot;by&quot; of the earlier hop) for deferrals at that time.</source>
        <translation>Sehen Sie in den Logs des Servers nach, der die Nachricht festhielt (das „by“ der früheren Station), ob es zu dieser Zeit Zurückstellungen gab.</translation>
    </message>
    <message>
        <source>The message fails DMARC</source>
        <translation>Die Nachricht scheitert an DMARC</translation>
    </message>
    <message>
        <source>Neither SPF nor any DKIM signature passes for a domain aligned with the From domain, and the From domain publishes DMARC: receivers apply its policy (reject, quarantine, or only report with p=none).</source>
        <translation>Weder SPF noch eine DKIM-Signatur besteht für eine mit der From-Domain ausgerichtete Domain, und die From-Domain veröffentlicht DMARC: Empfänger wenden ihre Richtlinie an (reject, quarantine oder bei p=none nur Berichte).</translation>
    </message>
    <message>
        <source>Sign the mail with DKIM under the From domain (or a subdomain of it) at the sending service, and authorise the service&apos;s servers in the SPF record of a MAIL FROM domain under the From domain.</source>
        <translation>Signieren Sie die Mails beim sendenden Dienst mit DKIM unter der From-Domain (oder einer Subdomain davon), und autorisieren Sie die Server des Dienstes im SPF-Eintrag einer MAIL-FROM-Domain unter der From-Domain.</translation>
    </message>
    <message>
        <source>RFC 9989 and RFC 7489 receivers treat the message differently</source>
        <translation>Empfänger nach RFC 9989 und RFC 7489 behandeln die Nachricht unterschiedlich</translation>
    </message>
    <message>
        <source>The organizational domain (DNS tree walk against the Public Suffix List), the policy record found, or the pct and t tags lead the two kinds of receiver to different results or policies for this message.</source>
        <translation>Die Organisationsdomain (DNS-Tree-Walk gegenüber Public Suffix List), der gefundene Richtlinieneintrag oder die Tags pct und t führen die beiden Arten von Empfängern für diese Nachricht zu unterschiedlichen Ergebnissen oder Richtlinien.</translation>
    </message>
    <message>
        <source>Publish records that give the same answer under both readings: a DMARC record at the organizational domain with an explicit sp, no pct below 100 and no t=y.</source>
        <translation>Veröffentlichen Sie Einträge, die nach beiden Lesarten dieselbe Antwort geben: einen DMARC-Eintrag an der Organisationsdomain mit explizitem sp, kein pct unter 100 und kein t=y.</translation>
    </message>
    <message>
        <source>A receiver could accept the message on its ARC chain</source>
        <translation>Ein Empfänger könnte die Nachricht aufgrund ihrer ARC-Kette annehmen</translation>
    </message>
    <message>
        <source>The message fails DMARC, but its ARC chain passes and an intermediary recorded aligned authentication before it changed the message. A receiver that trusts the sealers may override the DMARC policy locally (reported as local_policy or arc); nothing obliges it to.</source>
        <translation>Die Nachricht scheitert an DMARC, aber ihre ARC-Kette besteht, und eine Zwischenstation hat eine ausgerichtete Authentifizierung festgehalten, bevor sie die Nachricht veränderte. Ein Empfänger, der den Versieglern vertraut, kann die DMARC-Richtlinie lokal übergehen (gemeldet als local_policy oder arc); verpflichtet ist er dazu nicht.</translation>
    </message>
    <message>
        <source>Nothing to fix at the sender if the message went through a mailing list or forwarder; the intermediary can avoid the failure by not modifying messages or by rewriting From to its own domain.</source>
        <translation>Beim Absender nichts zu beheben, wenn die Nachricht über eine Mailingliste oder Weiterleitung lief; die Zwischenstation kann das Scheitern vermeiden, indem sie Nachrichten nicht verändert oder From auf ihre eigene Domain umschreibt.</translation>
    </message>
    <message>
        <source>The receiver&apos;s verdict differs from Mailsight&apos;s</source>
        <translation>Das Urteil des Empfängers weicht von dem von Mailsight ab</translation>
    </message>
    <message>
        <source>The receiving system recorded its own results in Authentication-Results when the message arrived. Mailsight verifies again now, from the message as given: DNS may have changed since, the message may have been changed after delivery, or the receiver may read the rules differently.</source>
        <translation>Das empfangende System hat bei Ankunft der Nachricht seine eigenen Ergebnisse in Authentication-Results festgehalten. Mailsight verifiziert jetzt erneut, anhand der Nachricht, wie sie angegeben wurde: Das DNS kann sich seitdem geändert haben, die Nachricht kann nach der Zustellung verändert worden sein, oder der Empfänger liest die Regeln anders.</translation>
    </message>
    <message>
        <source>Read the explanation next to each difference; when in doubt, trust the receiver&apos;s verdict for what happened at delivery and Mailsight&apos;s for what the same message would get today.</source>
        <translation>Lesen Sie die Erklärung neben jeder Abweichung; vertrauen Sie im Zweifel dem Urteil des Empfängers für das, was bei der Zustellung geschah, und dem von Mailsight für das, was dieselbe Nachricht heute erhielte.</translation>
    </message>
    <message>
        <source>A DKIM key changed since the message was delivered</source>
        <translation>Ein DKIM-Schlüssel hat sich seit der Zustellung der Nachricht geändert</translation>
    </message>
    <message>
        <source>The receiver verified the signature at delivery, but the key it names is now missing, revoked or different. The signer rotated its key since; old messages cannot be verified any more, which is expected after a rotation.</source>
        <translation>Der Empfänger hat die Signatur bei der Zustellung verifiziert, aber der Schlüssel, den sie nennt, fehlt jetzt, ist widerrufen oder anders. Der Signierer hat seinen Schlüssel seitdem gewechselt; alte Nachrichten lassen sich nicht mehr verifizieren, was nach einem Schlüsselwechsel zu erwarten ist.</translation>
    </message>
    <message>
        <source>Nothing to fix for delivered mail. If the message is recent, check that the signer already signs with the new selector before the old key was withdrawn.</source>
        <translation>Für zugestellte Mails nichts zu beheben. Ist die Nachricht neu, prüfen Sie, ob der Signierer bereits mit dem neuen Selector signierte, bevor der alte Schlüssel zurückgezogen wurde.</translation>
    </message>
    <message>
        <source>The message carries no verdict of its receiver</source>
        <translation>Die Nachricht enthält kein Urteil ihres Empfängers</translation>
    </message>
    <message>
        <source>No Authentication-Results or Received-SPF field was found from the receiving system, so there is nothing to compare Mailsight&apos;s results with. Some systems remove them, and a message copied before delivery has none.</source>
        <translation>Es wurde kein Authentication-Results- oder Received-SPF-Feld des empfangenden Systems gefunden, daher gibt es nichts, womit die Ergebnisse von Mailsight verglichen werden könnten. Manche Systeme entfernen sie, und eine vor der Zustellung kopierte Nachricht hat keine.</translation>
    </message>
    <message>
        <source>Take the message from the recipient&apos;s mailbox (&quot;Show original&quot;), as the receiver stored it.</source>
        <translation>Nehmen Sie die Nachricht aus dem Postfach des Empfängers („Original anzeigen“), so wie der Empfänger sie gespeichert hat.</translation>
    </message>
    <message>
        <source>The authoritative servers serve different records</source>
        <translation>Die autoritativen Server liefern unterschiedliche Einträge</translation>
    </message>
    <message>
        <source>Asked directly, the domain&apos;s authoritative servers do not all give the same answer for a mail record. Resolvers pick a server at random, so receivers see one version or the other: a stale secondary still handing out an old SPF, DMARC or DKIM record fails part of the mail, silently and only now and then.</source>
        <translation>Direkt gefragt, geben nicht alle autoritativen Server der Domain dieselbe Antwort für einen Mail-Eintrag. Resolver wählen einen Server zufällig, daher sehen Empfänger mal die eine, mal die andere Version: Ein veralteter Secondary, der noch einen alten SPF-, DMARC- oder DKIM-Eintrag ausliefert, lässt einen Teil der Mails scheitern, still und nur hin und wieder.</translation>
    </message>
    <message>
        <source>Find out why the servers named here hold another version: a secondary that no longer transfers the zone (check NOTIFY and the transfer ACLs, RFC 1996), or a provider edited by hand. Make every server serve the current zone, then run the check again.</source>
        <translation>Finden Sie heraus, warum die hier genannten Server eine andere Version haben: ein Secondary, der die Zone nicht mehr überträgt (prüfen Sie NOTIFY und die Transfer-ACLs, RFC 1996), oder ein von Hand bearbeiteter Provider. Sorgen Sie dafür, dass jeder Server die aktuelle Zone ausliefert, und führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>The authoritative servers hold different versions of the zone</source>
        <translation>Die autoritativen Server haben unterschiedliche Versionen der Zone</translation>
    </message>
    <message>
        <source>The SOA serial differs between the domain&apos;s authoritative servers. Right after a change this lasts until the secondaries have transferred the zone (seconds with NOTIFY); if it lasts longer, a secondary has stopped following the primary and serves old records.</source>
        <translation>Die SOA-Seriennummer unterscheidet sich zwischen den autoritativen Servern der Domain. Direkt nach einer Änderung hält das an, bis die Secondaries die Zone übertragen haben (Sekunden mit NOTIFY); dauert es länger, folgt ein Secondary dem Primary nicht mehr und liefert alte Einträge aus.</translation>
    </message>
    <message>
        <source>Check again in a few minutes; if the serials still differ, look at the transfer logs of the servers with the lower serial (NOTIFY reaching them, transfers allowed from them), or raise the serial and reload the primary.</source>
        <translation>Prüfen Sie in ein paar Minuten erneut; unterscheiden sich die Seriennummern dann noch, sehen Sie in die Transfer-Logs der Server mit der niedrigeren Seriennummer (kommt NOTIFY an, sind Transfers für sie erlaubt), oder erhöhen Sie die Seriennummer und laden Sie den Primary neu.</translation>
    </message>
    <message>
        <source>An authoritative server does not serve the zone (lame)</source>
        <translation>Ein autoritativer Server liefert die Zone nicht aus (lame)</translation>
    </message>
    <message>
        <source>A server named for the zone gave no usable answer to its SOA question: no answer at all, REFUSED, SERVFAIL, or an answer without the authoritative (AA) flag. Resolvers that pick it wait for a timeout or retry elsewhere, which slows every lookup of the domain and, when all servers are lame, makes its mail records unreachable.</source>
        <translation>Ein für die Zone genannter Server gab auf die SOA-Frage keine brauchbare Antwort: gar keine Antwort, REFUSED, SERVFAIL oder eine Antwort ohne das Authoritative-Flag (AA). Resolver, die ihn wählen, warten auf eine Zeitüberschreitung oder versuchen es anderswo, was jede Abfrage der Domain verlangsamt und, wenn alle Server lame sind, ihre Mail-Einträge unerreichbar macht.</translation>
    </message>
    <message>
        <source>Configure the server named here to serve the zone (as a primary or a secondary), or remove its NS record from the zone and from the delegation at the parent (your registrar).</source>
        <translation>Konfigurieren Sie den hier genannten Server so, dass er die Zone ausliefert (als Primary oder Secondary), oder entfernen Sie seinen NS-Eintrag aus der Zone und aus der Delegierung beim Parent (Ihrem Registrar).</translation>
    </message>
    <message>
        <source>The parent&apos;s delegation differs from the zone&apos;s own NS records</source>
        <translation>Die Delegierung beim Parent weicht von den eigenen NS-Einträgen der Zone ab</translation>
    </message>
    <message>
        <source>The NS set the parent zone hands out (set at the registrar) is not the NS set the zone itself publishes. Resolvers use one or the other depending on what they saw first, so a server listed only on one side is asked by some and ignored by others; after a provider move, the old servers often stay at the parent and keep answering with old records.</source>
        <translation>Die NS-Menge, die die Parent-Zone ausgibt (beim Registrar gesetzt), ist nicht die NS-Menge, die die Zone selbst veröffentlicht. Resolver verwenden die eine oder die andere, je nachdem, was sie zuerst gesehen haben, daher wird ein nur auf einer Seite aufgeführter Server von manchen gefragt und von anderen ignoriert; nach einem Providerwechsel bleiben die alten Server oft beim Parent stehen und antworten weiter mit alten Einträgen.</translation>
    </message>
    <message>
        <source>Make both sets the same: update the name servers at the registrar, or the NS records in the zone, so that they list exactly the servers that serve it.</source>
        <translation>Gleichen Sie beide Mengen an: Aktualisieren Sie die Nameserver beim Registrar oder die NS-Einträge in der Zone, sodass sie genau die Server aufführen, die sie ausliefern.</translation>
    </message>
    <message>
        <source>The zone has fewer than two authoritative servers</source>
        <translation>Die Zone hat weniger als zwei autoritative Server</translation>
    </message>
    <message>
        <source>The zone is served by a single name server (one name, or several names on one address). When it is down or unreachable, the domain&apos;s MX, SPF, DKIM and DMARC records cannot be read and mail to and from the domain fails.</source>
        <translation>Die Zone wird von einem einzigen Nameserver ausgeliefert (ein Name oder mehrere Namen auf einer Adresse). Ist er ausgefallen oder unerreichbar, lassen sich die MX-, SPF-, DKIM- und DMARC-Einträge der Domain nicht lesen, und Mails an die und von der Domain scheitern.</translation>
    </message>
    <message>
        <source>Add at least one more authoritative server, on another address (a secondary from another provider or your registrar), and list it both in the zone and at the registrar.</source>
        <translation>Fügen Sie mindestens einen weiteren autoritativen Server auf einer anderen Adresse hinzu (einen Secondary von einem anderen Provider oder Ihrem Registrar) und führen Sie ihn sowohl in der Zone als auch beim Registrar auf.</translation>
    </message>
    <message>
        <source>Every authoritative server is in the same network</source>
        <translation>Alle autoritativen Server liegen im selben Netz</translation>
    </message>
    <message>
        <source>All addresses of the zone&apos;s name servers lie in one IPv4 /24 (and one IPv6 /48): very likely one site, one upstream link or one provider. A single outage or routing problem there takes every server, and with them the domain&apos;s mail records, off the net at once.</source>
        <translation>Alle Adressen der Nameserver der Zone liegen in einem IPv4-/24 (und einem IPv6-/48): sehr wahrscheinlich ein Standort, eine Upstream-Anbindung oder ein Provider. Ein einziger Ausfall oder ein Routing-Problem dort nimmt jeden Server, und mit ihnen die Mail-Einträge der Domain, auf einmal vom Netz.</translation>
    </message>
    <message>
        <source>Place at least one secondary in another network (another provider or another site with another upstream), and add it to the zone and at the registrar.</source>
        <translation>Platzieren Sie mindestens einen Secondary in einem anderen Netz (ein anderer Provider oder ein anderer Standort mit anderem Upstream) und tragen Sie ihn in der Zone und beim Registrar ein.</translation>
    </message>
    <message>
        <source>A seed mailbox put the test message in spam</source>
        <translation>Ein Seed-Postfach hat die Testnachricht in den Spam-Ordner gelegt</translation>
    </message>
    <message>
        <source>The test message arrived, but the receiving provider filed it in the spam (junk) folder. Real messages from the domain to that provider are likely to land there too. Authentication (SPF, DKIM, DMARC) is one input; reputation of the sending IP and domain, content and recipient engagement are others.</source>
        <translation>Die Testnachricht ist angekommen, aber der empfangende Provider hat sie im Spam-Ordner (Junk) abgelegt. Echte Nachrichten der Domain an diesen Provider landen wahrscheinlich ebenfalls dort. Authentifizierung (SPF, DKIM, DMARC) ist ein Faktor; die Reputation der sendenden IP und der Domain, der Inhalt und das Verhalten der Empfänger sind weitere.</translation>
    </message>
    <message>
        <source>Check the receiver&apos;s verdict shown beside the seed: fix any SPF, DKIM or DMARC failure first; then check the sending IP&apos;s blocklist listings and the provider&apos;s postmaster tools (Gmail Postmaster, Microsoft SNDS).</source>
        <translation>Prüfen Sie das neben dem Seed angezeigte Urteil des Empfängers: Beheben Sie zuerst jedes SPF-, DKIM- oder DMARC-Scheitern; prüfen Sie dann die Sperrlisteneinträge der sendenden IP und die Postmaster-Tools des Providers (Gmail Postmaster, Microsoft SNDS).</translation>
    </message>
    <message>
        <source>A seed mailbox did not receive the test message in time</source>
        <translation>Ein Seed-Postfach hat die Testnachricht nicht rechtzeitig erhalten</translation>
    </message>
    <message>
        <source>The token was not found in any folder of the seed within the waiting time. The message may have been rejected or silently dropped by the provider, be delayed (greylisting), or was never sent (when the seed only watches, the own system must send a message carrying the token).</source>
        <translation>Das Token wurde innerhalb der Wartezeit in keinem Ordner des Seed-Postfachs gefunden. Die Nachricht wurde vielleicht vom Provider abgewiesen oder stillschweigend verworfen, ist verzögert (Greylisting) oder wurde nie gesendet (wenn das Seed-Postfach nur beobachtet, muss das eigene System eine Nachricht mit dem Token senden).</translation>
    </message>
    <message>
        <source>Look for a bounce in the sending mailbox and in the submission server&apos;s log; run the check again with a longer --wait to tell a delay from a loss.</source>
        <translation>Suchen Sie im sendenden Postfach und im Log des Submission-Servers nach einem Bounce; führen Sie die Prüfung mit einem längeren --wait erneut aus, um eine Verzögerung von einem Verlust zu unterscheiden.</translation>
    </message>
    <message>
        <source>A seed mailbox put the test message in a folder other than the inbox</source>
        <translation>Ein Seed-Postfach hat die Testnachricht in einen anderen Ordner als den Posteingang gelegt</translation>
    </message>
    <message>
        <source>The message arrived and is not in spam, but a rule, a category tab or an archive moved it out of the inbox. Recipients may not see it.</source>
        <translation>Die Nachricht ist angekommen und liegt nicht im Spam, aber eine Regel, ein Kategorie-Tab oder ein Archiv hat sie aus dem Posteingang verschoben. Empfänger sehen sie möglicherweise nicht.</translation>
    </message>
    <message>
        <source>Check the seed&apos;s own filtering rules first; if there are none, the provider classified the message (promotions, bulk) by its content and headers.</source>
        <translation>Prüfen Sie zuerst die eigenen Filterregeln des Seed-Postfachs; gibt es keine, hat der Provider die Nachricht anhand von Inhalt und Headern eingeordnet (Werbung, Massenmail).</translation>
    </message>
    <message>
        <source>A seed mailbox could not be reached</source>
        <translation>Ein Seed-Postfach war nicht erreichbar</translation>
    </message>
    <message>
        <source>Mailsight could not look into the seed mailbox: the host name does not resolve, the connection was refused or timed out, the TLS certificate is not trusted, or the server did not answer as an IMAP server. Where the message landed is unknown.</source>
        <translation>Mailsight konnte nicht in das Seed-Postfach sehen: Der Hostname lässt sich nicht auflösen, die Verbindung wurde abgelehnt oder lief in eine Zeitüberschreitung, dem TLS-Zertifikat wird nicht vertraut, oder der Server antwortete nicht als IMAP-Server. Wo die Nachricht gelandet ist, ist unbekannt.</translation>
    </message>
    <message>
        <source>Check the seed&apos;s host, port and TLS mode in the seed configuration; for a private certificate authority give its certificate with caFile or --ca-file.</source>
        <translation>Prüfen Sie Host, Port und TLS-Modus des Seed-Postfachs in der Seed-Konfiguration; für eine private Zertifizierungsstelle geben Sie deren Zertifikat mit caFile oder --ca-file an.</translation>
    </message>
    <message>
        <source>A seed mailbox refused the login</source>
        <translation>Ein Seed-Postfach hat die Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>The IMAP server refused the user name or password of the seed. Providers also refuse a normal password when the account requires an app password or OAuth.</source>
        <translation>Der IMAP-Server hat den Benutzernamen oder das Passwort des Seed-Postfachs abgelehnt. Provider lehnen ein normales Passwort auch ab, wenn das Konto ein App-Passwort oder OAuth verlangt.</translation>
    </message>
    <message>
        <source>Check the user name and the password&apos;s source (the environment variable or file named in the configuration); create an app password where the provider asks for one.</source>
        <translation>Prüfen Sie den Benutzernamen und die Quelle des Passworts (die in der Konfiguration genannte Umgebungsvariable oder Datei); legen Sie ein App-Passwort an, wo der Provider eines verlangt.</translation>
    </message>
    <message>
        <source>The test message could not be sent</source>
        <translation>Die Testnachricht konnte nicht gesendet werden</translation>
    </message>
    <message>
        <source>The submission server could not be reached, its certificate was not accepted, it refused the login (535) or refused the sender or a seed address. No seed could receive the message.</source>
        <translation>Der Submission-Server war nicht erreichbar, sein Zertifikat wurde nicht akzeptiert, er hat die Anmeldung abgelehnt (535) oder den Absender oder eine Seed-Adresse abgelehnt. Kein Seed-Postfach konnte die Nachricht erhalten.</translation>
    </message>
    <message>
        <source>Check the submission host, port and TLS mode (587 with STARTTLS, 465 with implicit TLS), the user and password, and that the From address may be used by that user.</source>
        <translation>Prüfen Sie Host, Port und TLS-Modus der Submission (587 mit STARTTLS, 465 mit implizitem TLS), Benutzer und Passwort, und ob dieser Benutzer die From-Adresse verwenden darf.</translation>
    </message>
    <message>
        <source>The Authentication-Results the receiving provider wrote on the seed&apos;s copy disagree with Mailsight&apos;s own evaluation of the same copy. Each difference is explained; the usual reasons are DNS changed since delivery, a receiver that does not look up a key or include, or a forwarding hop that changed the message.</source>
        <translation>Die Authentication-Results, die der empfangende Provider auf die Kopie des Seed-Postfachs geschrieben hat, weichen von der eigenen Auswertung derselben Kopie durch Mailsight ab. Jede Abweichung wird erklärt; die üblichen Gründe sind seit der Zustellung geändertes DNS, ein Empfänger, der einen Schlüssel oder ein include nicht abfragt, oder eine weiterleitende Station, die die Nachricht verändert hat.</translation>
    </message>
    <message>
        <source>Read the explanation of each difference; when the receiver failed what Mailsight passes, fix the record or key the receiver could not use.</source>
        <translation>Lesen Sie die Erklärung zu jeder Abweichung; wo der Empfänger scheitern ließ, was bei Mailsight besteht, korrigieren Sie den Eintrag oder Schlüssel, den der Empfänger nicht verwenden konnte.</translation>
    </message>
    <message>
        <source>A seed&apos;s receiver recorded DMARC as failed</source>
        <translation>Der Empfänger eines Seed-Postfachs hat DMARC als gescheitert festgehalten</translation>
    </message>
    <message>
        <source>The receiving provider evaluated DMARC on the test message and recorded a failure in its Authentication-Results: neither SPF nor DKIM passed aligned with the From domain as that provider saw them. Messages failing DMARC are filed as spam or rejected under the domain&apos;s policy.</source>
        <translation>Der empfangende Provider hat DMARC für die Testnachricht ausgewertet und in seinen Authentication-Results ein Scheitern festgehalten: Weder SPF noch DKIM bestand ausgerichtet mit der From-Domain, so wie dieser Provider sie sah. Nachrichten, die an DMARC scheitern, werden nach der Richtlinie der Domain als Spam abgelegt oder abgewiesen.</translation>
    </message>
    <message>
        <source>Make the submission server sign with a DKIM key of the From domain, and list its sending addresses in the domain&apos;s SPF record.</source>
        <translation>Lassen Sie den Submission-Server mit einem DKIM-Schlüssel der From-Domain signieren, und führen Sie seine sendenden Adressen im SPF-Eintrag der Domain auf.</translation>
    </message>
    <message>
        <source>No TLSA record matches the certificate an MX host presents</source>
        <translation>Kein TLSA-Eintrag passt zum Zertifikat, das ein MX-Host vorlegt</translation>
    </message>
    <message>
        <source>The MX host publishes TLSA records at _25._tcp.&lt;host&gt;, so DANE senders (Postfix, Exim, and the large providers that validate DNSSEC) require STARTTLS and a certificate chain that one of those records matches. None does: DANE-EE(3) records are compared with the server&apos;s own certificate or key, DANE-TA(2) records with the CA certificates the server sends above it. DANE senders refuse to deliver to this host and queue the mail until it bounces; senders without DANE are not affected, which is why this goes unnoticed.</source>
        <translation>Der MX-Host veröffentlicht TLSA-Einträge unter _25._tcp.&lt;host&gt;, daher verlangen DANE-Absender (Postfix, Exim und die großen Provider, die DNSSEC validieren) STARTTLS und eine Zertifikatskette, zu der einer dieser Einträge passt. Keiner passt: DANE-EE(3)-Einträge werden mit dem eigenen Zertifikat oder Schlüssel des Servers verglichen, DANE-TA(2)-Einträge mit den CA-Zertifikaten, die der Server darüber mitsendet. DANE-Absender verweigern die Zustellung an diesen Host und halten die Mails in der Warteschlange, bis sie zurückgehen; Absender ohne DANE sind nicht betroffen, weshalb das unbemerkt bleibt.</translation>
    </message>
    <message>
        <source>Publish a TLSA record for the key the server uses now, e.g. &quot;_25._tcp.mx.example.com. IN TLSA 3 1 1 &lt;SHA-256 of the SubjectPublicKeyInfo&gt;&quot; (openssl x509 -in cert.pem -noout -pubkey | openssl pkey -pubin -outform DER | sha256sum), wait for the old records&apos; TTL, then remove the stale records. If the server should present a different certificate, install it (with its CA certificate in the chain for 2 x x records).</source>
        <translation>Veröffentlichen Sie einen TLSA-Eintrag für den Schlüssel, den der Server jetzt verwendet, z. B. &quot;_25._tcp.mx.example.com. IN TLSA 3 1 1 &lt;SHA-256 der SubjectPublicKeyInfo&gt;&quot; (openssl x509 -in cert.pem -noout -pubkey | openssl pkey -pubin -outform DER | sha256sum), warten Sie die TTL der alten Einträge ab und entfernen Sie dann die veralteten Einträge. Soll der Server ein anderes Zertifikat vorlegen, installieren Sie es (mit seinem CA-Zertifikat in der Kette bei 2-x-x-Einträgen).</translation>
    </message>
    <message>
        <source>TLSA records of an MX host are not DNSSEC-secure</source>
        <translation>TLSA-Einträge eines MX-Hosts sind nicht DNSSEC-gesichert</translation>
    </message>
    <message>
        <source>TLSA records protect anything only when DNSSEC proves them authentic. When the _25._tcp.&lt;host&gt; records are insecure (an unsigned zone, or a delegation without DS), senders ignore them and deliver with opportunistic TLS, as if no TLSA were published: the records give a false sense of protection. When they are bogus (signatures that do not check out), validating senders cannot use the MX host at all and defer the mail.</source>
        <translation>TLSA-Einträge schützen nur, wenn DNSSEC ihre Echtheit beweist. Sind die Einträge unter _25._tcp.&lt;host&gt; unsicher (eine unsignierte Zone oder eine Delegierung ohne DS), ignorieren Absender sie und stellen mit opportunistischem TLS zu, als wäre kein TLSA veröffentlicht: Die Einträge vermitteln eine falsche Sicherheit. Sind sie bogus (Signaturen, die nicht aufgehen), können validierende Absender den MX-Host gar nicht nutzen und stellen die Mails zurück.</translation>
    </message>
    <message>
        <source>Sign the zone that holds the TLSA records (and the MX host&apos;s address records) with DNSSEC and publish its DS record at the parent; if they are bogus, fix the signatures (re-sign, or correct the DS at the parent) before anything else.</source>
        <translation>Signieren Sie die Zone, die die TLSA-Einträge (und die Adresseinträge des MX-Hosts) enthält, mit DNSSEC und veröffentlichen Sie ihren DS-Eintrag beim Parent; sind sie bogus, korrigieren Sie vor allem anderen die Signaturen (neu signieren oder den DS beim Parent berichtigen).</translation>
    </message>
    <message>
        <source>A single TLSA record pins only the current certificate</source>
        <translation>Ein einzelner TLSA-Eintrag pinnt nur das aktuelle Zertifikat</translation>
    </message>
    <message>
        <source>The MX host has exactly one usable TLSA record and it is DANE-EE(3): it names only the key (or certificate) the server uses today. The next certificate renewal with a new key breaks delivery from DANE senders until the TLSA record is updated and the old one&apos;s TTL has run out; automated renewals (ACME) do this without warning.</source>
        <translation>Der MX-Host hat genau einen verwendbaren TLSA-Eintrag, und der ist DANE-EE(3): Er nennt nur den Schlüssel (oder das Zertifikat), den der Server heute verwendet. Die nächste Zertifikatserneuerung mit neuem Schlüssel unterbricht die Zustellung von DANE-Absendern, bis der TLSA-Eintrag aktualisiert und die TTL des alten abgelaufen ist; automatische Erneuerungen (ACME) tun das ohne Vorwarnung.</translation>
    </message>
    <message>
        <source>Publish a second record before each renewal: either &quot;3 1 1&quot; for the next key (generate it in advance and keep it across renewals), or &quot;2 1 1&quot; for your CA&apos;s intermediate key beside the &quot;3 1 1&quot; record; then reuse the key on renewal or roll the records in the order current + next, switch, remove the old one.</source>
        <translation>Veröffentlichen Sie vor jeder Erneuerung einen zweiten Eintrag: entweder &quot;3 1 1&quot; für den nächsten Schlüssel (erzeugen Sie ihn im Voraus und behalten Sie ihn über Erneuerungen hinweg) oder &quot;2 1 1&quot; für den Intermediate-Schlüssel Ihrer CA neben dem &quot;3 1 1&quot;-Eintrag; verwenden Sie dann den Schlüssel bei der Erneuerung weiter, oder wechseln Sie die Einträge in der Reihenfolge aktuell + nächster, umschalten, alten entfernen.</translation>
    </message>
    <message>
        <source>The MX records could not be read</source>
        <translation>Die MX-Einträge konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The MX query failed (timeout, SERVFAIL, refused). Sending servers that see the same failure queue mail and retry, then bounce it after a few days. Nothing about the domain&apos;s mail hosts could be checked.</source>
        <translation>Die MX-Abfrage ist fehlgeschlagen (Zeitüberschreitung, SERVFAIL, abgelehnt). Sendende Server, die denselben Fehler sehen, halten Mails in der Warteschlange, versuchen es erneut und weisen sie nach einigen Tagen zurück. Nichts über die Mail-Hosts der Domain konnte geprüft werden.</translation>
    </message>
    <message>
        <source>Check that every authoritative name server of the domain answers MX queries, then run the check again.</source>
        <translation>Prüfen Sie, ob jeder autoritative Nameserver der Domain MX-Abfragen beantwortet, und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>The domain publishes no MX record</source>
        <translation>Die Domain veröffentlicht keinen MX-Eintrag</translation>
    </message>
    <message>
        <source>Without MX records, sending servers fall back to the domain&apos;s own A/AAAA address (the implicit MX of RFC 5321 §5.1) and try to deliver there. If that address is a web server, mail waits in queues for days and then bounces; if there is no address, mail bounces at once but without saying that the domain takes no mail.</source>
        <translation>Ohne MX-Einträge greifen sendende Server auf die eigene A/AAAA-Adresse der Domain zurück (der implizite MX nach RFC 5321 §5.1) und versuchen, dorthin zuzustellen. Ist diese Adresse ein Webserver, warten Mails tagelang in Warteschlangen und gehen dann zurück; gibt es keine Adresse, gehen Mails sofort zurück, aber ohne zu sagen, dass die Domain keine Mails annimmt.</translation>
    </message>
    <message>
        <source>Publish MX records for the hosts that receive mail, or, if the domain receives no mail, the null MX &quot;@ IN MX 0 .&quot; (RFC 7505).</source>
        <translation>Veröffentlichen Sie MX-Einträge für die Hosts, die Mails empfangen, oder, wenn die Domain keine Mails empfängt, den Null-MX &quot;@ IN MX 0 .&quot; (RFC 7505).</translation>
    </message>
    <message>
        <source>The domain receives no mail (null MX)</source>
        <translation>Die Domain empfängt keine Mails (Null-MX)</translation>
    </message>
    <message>
        <source>The single MX record &quot;0 .&quot; declares that the domain accepts no mail. Senders bounce mail to it at once instead of queueing it, and may reject mail whose envelope sender uses the domain, since replies could not be delivered.</source>
        <translation>Der einzelne MX-Eintrag &quot;0 .&quot; erklärt, dass die Domain keine Mails annimmt. Absender weisen Mails an sie sofort zurück, statt sie in die Warteschlange zu stellen, und können Mails ablehnen, deren Envelope-Absender die Domain verwendet, da Antworten nicht zugestellt werden könnten.</translation>
    </message>
    <message>
        <source>Nothing to do if the domain really takes no mail; otherwise replace the null MX with the MX records of your mail servers.</source>
        <translation>Nichts zu tun, wenn die Domain wirklich keine Mails annimmt; ersetzen Sie andernfalls den Null-MX durch die MX-Einträge Ihrer Mailserver.</translation>
    </message>
    <message>
        <source>A null MX is published beside other MX records</source>
        <translation>Neben anderen MX-Einträgen ist ein Null-MX veröffentlicht</translation>
    </message>
    <message>
        <source>A domain that advertises a null MX must not advertise any other MX. With both, senders disagree: some deliver to the other hosts, some bounce the mail as undeliverable.</source>
        <translation>Eine Domain, die einen Null-MX angibt, darf keinen anderen MX angeben. Mit beiden sind sich Absender uneins: Manche stellen an die anderen Hosts zu, manche weisen die Mails als unzustellbar zurück.</translation>
    </message>
    <message>
        <source>Remove the &quot;0 .&quot; record if the domain receives mail, or remove every other MX record if it does not.</source>
        <translation>Entfernen Sie den Eintrag &quot;0 .&quot;, wenn die Domain Mails empfängt, oder jeden anderen MX-Eintrag, wenn nicht.</translation>
    </message>
    <message>
        <source>An MX host name is an alias (CNAME)</source>
        <translation>Ein MX-Hostname ist ein Alias (CNAME)</translation>
    </message>
    <message>
        <source>The exchange named by an MX record must have its own address records; an MX that points at a CNAME is forbidden. Most senders follow the alias anyway, some do not, and TLS name checks (MTA-STS, DANE) then use the alias target.</source>
        <translation>Der von einem MX-Eintrag genannte Exchange muss eigene Adresseinträge haben; ein MX, der auf einen CNAME zeigt, ist verboten. Die meisten Absender folgen dem Alias trotzdem, manche nicht, und TLS-Namensprüfungen (MTA-STS, DANE) verwenden dann das Alias-Ziel.</translation>
    </message>
    <message>
        <source>Point the MX record at the canonical name (the CNAME&apos;s target), or replace the CNAME with A/AAAA records.</source>
        <translation>Lassen Sie den MX-Eintrag auf den kanonischen Namen (das Ziel des CNAME) zeigen, oder ersetzen Sie den CNAME durch A/AAAA-Einträge.</translation>
    </message>
    <message>
        <source>An MX record names an IP address</source>
        <translation>Ein MX-Eintrag nennt eine IP-Adresse</translation>
    </message>
    <message>
        <source>The exchange of an MX record is a host name. &quot;MX 10 192.0.2.25&quot; asks senders to look up a host literally called 192.0.2.25, which does not exist, so they cannot deliver to it.</source>
        <translation>Der Exchange eines MX-Eintrags ist ein Hostname. &quot;MX 10 192.0.2.25&quot; fordert Absender auf, einen Host namens 192.0.2.25 nachzuschlagen, den es nicht gibt, daher können sie nicht dorthin zustellen.</translation>
    </message>
    <message>
        <source>Give the mail server a host name with an A/AAAA record (mx.example.com A 192.0.2.25) and name that host in the MX record.</source>
        <translation>Geben Sie dem Mailserver einen Hostnamen mit einem A/AAAA-Eintrag (mx.example.com A 192.0.2.25) und nennen Sie diesen Host im MX-Eintrag.</translation>
    </message>
    <message>
        <source>An MX host has no address</source>
        <translation>Ein MX-Host hat keine Adresse</translation>
    </message>
    <message>
        <source>The host named by an MX record has neither an A nor an AAAA record, so senders skip it. When it is the only host, or all hosts lack addresses, no mail can be delivered.</source>
        <translation>Der von einem MX-Eintrag genannte Host hat weder einen A- noch einen AAAA-Eintrag, daher überspringen Absender ihn. Ist er der einzige Host, oder fehlen allen Hosts Adressen, kann keine Mail zugestellt werden.</translation>
    </message>
    <message>
        <source>Publish the A and/or AAAA record of the mail host, or remove the MX record that names it.</source>
        <translation>Veröffentlichen Sie den A- und/oder AAAA-Eintrag des Mail-Hosts, oder entfernen Sie den MX-Eintrag, der ihn nennt.</translation>
    </message>
    <message>
        <source>An MX address has no forward-confirmed reverse name</source>
        <translation>Eine MX-Adresse hat keinen vorwärts bestätigten Reverse-Namen (FCrDNS)</translation>
    </message>
    <message>
        <source>The address of an MX host has no PTR record, or its PTR names a host that does not resolve back to the same address. Mail servers usually send from the same address they receive on, and many receivers reject or downgrade mail from addresses without forward-confirmed reverse DNS.</source>
        <translation>Die Adresse eines MX-Hosts hat keinen PTR-Eintrag, oder ihr PTR nennt einen Host, der nicht auf dieselbe Adresse zurückauflöst. Mailserver senden meist von derselben Adresse, auf der sie empfangen, und viele Empfänger weisen Mails von Adressen ohne vorwärts bestätigtes Reverse-DNS ab oder stufen sie herab.</translation>
    </message>
    <message>
        <source>Ask whoever runs the address (your hosting or network provider) to set a PTR record naming the mail host, and make that name resolve to the address.</source>
        <translation>Bitten Sie den Betreiber der Adresse (Ihren Hosting- oder Netzwerk-Provider), einen PTR-Eintrag zu setzen, der den Mail-Host nennt, und sorgen Sie dafür, dass dieser Name auf die Adresse auflöst.</translation>
    </message>
    <message>
        <source>The domain publishes no MTA-STS policy</source>
        <translation>Die Domain veröffentlicht keine MTA-STS-Richtlinie</translation>
    </message>
    <message>
        <source>Without MTA-STS, sending servers use STARTTLS opportunistically: an attacker on the path can strip STARTTLS or present any certificate and read the mail. MTA-STS lets the domain require valid TLS to its MX hosts.</source>
        <translation>Ohne MTA-STS verwenden sendende Server STARTTLS opportunistisch: Ein Angreifer auf dem Weg kann STARTTLS entfernen oder ein beliebiges Zertifikat vorlegen und die Mails lesen. Mit MTA-STS kann die Domain gültiges TLS zu ihren MX-Hosts verlangen.</translation>
    </message>
    <message>
        <source>Serve a policy at https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt (start with mode: testing), then publish _mta-sts.&lt;domain&gt; TXT &quot;v=STSv1; id=&lt;date&gt;&quot;.</source>
        <translation>Stellen Sie eine Richtlinie unter https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt bereit (beginnen Sie mit mode: testing) und veröffentlichen Sie dann _mta-sts.&lt;domain&gt; TXT &quot;v=STSv1; id=&lt;date&gt;&quot;.</translation>
    </message>
    <message>
        <source>The _mta-sts record is invalid</source>
        <translation>Der _mta-sts-Eintrag ist ungültig</translation>
    </message>
    <message>
        <source>The _mta-sts TXT record has a syntax error, no id, or there is more than one record starting with v=STSv1. Sending servers then act as if the domain had no MTA-STS policy at all: the policy file is never fetched.</source>
        <translation>Der _mta-sts-TXT-Eintrag hat einen Syntaxfehler, keine id, oder es gibt mehr als einen Eintrag, der mit v=STSv1 beginnt. Sendende Server verhalten sich dann, als hätte die Domain überhaupt keine MTA-STS-Richtlinie: Die Richtliniendatei wird nie abgerufen.</translation>
    </message>
    <message>
        <source>Publish exactly one record of the form &quot;v=STSv1; id=20260101T000000&quot; (the id: 1 to 32 letters and digits, changed whenever the policy changes).</source>
        <translation>Veröffentlichen Sie genau einen Eintrag der Form &quot;v=STSv1; id=20260101T000000&quot; (die id: 1 bis 32 Buchstaben und Ziffern, bei jeder Änderung der Richtlinie geändert).</translation>
    </message>
    <message>
        <source>The MTA-STS policy file could not be fetched</source>
        <translation>Die MTA-STS-Richtliniendatei konnte nicht abgerufen werden</translation>
    </message>
    <message>
        <source>The record announces a policy, but fetching https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt failed (no address, connection refused, timeout, or an HTTP status other than 200). Senders without a cached policy deliver without MTA-STS; senders with a cached one keep using it until it expires.</source>
        <translation>Der Eintrag kündigt eine Richtlinie an, aber der Abruf von https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt ist fehlgeschlagen (keine Adresse, Verbindung abgelehnt, Zeitüberschreitung oder ein anderer HTTP-Status als 200). Absender ohne zwischengespeicherte Richtlinie stellen ohne MTA-STS zu; Absender mit einer zwischengespeicherten verwenden sie weiter, bis sie abläuft.</translation>
    </message>
    <message>
        <source>Make mta-sts.&lt;domain&gt; resolve and serve the policy over HTTPS with status 200 at /.well-known/mta-sts.txt.</source>
        <translation>Sorgen Sie dafür, dass mta-sts.&lt;domain&gt; auflöst und die Richtlinie per HTTPS mit Status 200 unter /.well-known/mta-sts.txt ausliefert.</translation>
    </message>
    <message>
        <source>The MTA-STS policy is invalid</source>
        <translation>Die MTA-STS-Richtlinie ist ungültig</translation>
    </message>
    <message>
        <source>The policy file was fetched but a sending server would reject it: a content type other than text/plain, a body over 64 KiB, a missing or wrong version, mode or max_age, or no mx pattern. Senders then treat the domain as having no valid policy.</source>
        <translation>Die Richtliniendatei wurde abgerufen, aber ein sendender Server würde sie ablehnen: ein anderer Content-Type als text/plain, ein Body über 64 KiB, eine fehlende oder falsche version, mode oder max_age, oder kein mx-Muster. Absender behandeln die Domain dann, als hätte sie keine gültige Richtlinie.</translation>
    </message>
    <message>
        <source>Serve the file as text/plain with the lines &quot;version: STSv1&quot;, &quot;mode: testing|enforce|none&quot;, &quot;max_age: 604800&quot; and one &quot;mx: &lt;host or *.domain&gt;&quot; per MX host.</source>
        <translation>Liefern Sie die Datei als text/plain mit den Zeilen &quot;version: STSv1&quot;, &quot;mode: testing|enforce|none&quot;, &quot;max_age: 604800&quot; und einer Zeile &quot;mx: &lt;host or *.domain&gt;&quot; pro MX-Host aus.</translation>
    </message>
    <message>
        <source>The certificate of mta-sts.&lt;domain&gt; is not valid</source>
        <translation>Das Zertifikat von mta-sts.&lt;domain&gt; ist nicht gültig</translation>
    </message>
    <message>
        <source>Senders fetch the policy only over HTTPS with a certificate that chains to a trusted root, is within its validity dates and names mta-sts.&lt;domain&gt;. This one fails that check, so no sender can read the policy.</source>
        <translation>Absender rufen die Richtlinie nur per HTTPS mit einem Zertifikat ab, das zu einer vertrauenswürdigen Root führt, innerhalb seiner Gültigkeitsdaten liegt und mta-sts.&lt;domain&gt; nennt. Dieses besteht die Prüfung nicht, daher kann kein Absender die Richtlinie lesen.</translation>
    </message>
    <message>
        <source>Install a certificate from a public CA that covers mta-sts.&lt;domain&gt; (with its intermediate certificates), and renew it before it expires.</source>
        <translation>Installieren Sie ein Zertifikat einer öffentlichen CA, das mta-sts.&lt;domain&gt; abdeckt (mit seinen Intermediate-Zertifikaten), und erneuern Sie es, bevor es abläuft.</translation>
    </message>
    <message>
        <source>The MTA-STS policy URL redirects</source>
        <translation>Die URL der MTA-STS-Richtlinie leitet um</translation>
    </message>
    <message>
        <source>The policy URL answered with an HTTP redirect. Sending servers must not follow redirects when fetching the policy, so for them the policy does not exist.</source>
        <translation>Die Richtlinien-URL antwortete mit einer HTTP-Umleitung. Sendende Server dürfen beim Abruf der Richtlinie keinen Umleitungen folgen, daher existiert die Richtlinie für sie nicht.</translation>
    </message>
    <message>
        <source>Serve the policy directly at https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt with status 200.</source>
        <translation>Liefern Sie die Richtlinie direkt unter https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt mit Status 200 aus.</translation>
    </message>
    <message>
        <source>An MX host is not covered by the MTA-STS policy</source>
        <translation>Ein MX-Host ist nicht von der MTA-STS-Richtlinie abgedeckt</translation>
    </message>
    <message>
        <source>No mx pattern of the policy matches this MX host. In enforce mode, senders that apply the policy refuse to deliver to it; in testing mode they deliver but report a failure through TLS-RPT.</source>
        <translation>Kein mx-Muster der Richtlinie passt zu diesem MX-Host. Im enforce-Modus verweigern Absender, die die Richtlinie anwenden, die Zustellung an ihn; im testing-Modus stellen sie zu, melden aber einen Fehler über TLS-RPT.</translation>
    </message>
    <message>
        <source>Add an &quot;mx:&quot; line naming the host (or a *.domain pattern covering it) to the policy, change the id in the _mta-sts record, or remove the MX record.</source>
        <translation>Fügen Sie der Richtlinie eine &quot;mx:&quot;-Zeile hinzu, die den Host nennt (oder ein *.domain-Muster, das ihn abdeckt), ändern Sie die id im _mta-sts-Eintrag, oder entfernen Sie den MX-Eintrag.</translation>
    </message>
    <message>
        <source>The MTA-STS policy is in testing mode</source>
        <translation>Die MTA-STS-Richtlinie ist im testing-Modus</translation>
    </message>
    <message>
        <source>In testing mode senders report TLS failures (to the TLS-RPT address) but still deliver over unauthenticated or plain connections, so the policy does not yet protect mail.</source>
        <translation>Im testing-Modus melden Absender TLS-Fehler (an die TLS-RPT-Adresse), stellen aber weiterhin über nicht authentifizierte oder unverschlüsselte Verbindungen zu, daher schützt die Richtlinie die Mails noch nicht.</translation>
    </message>
    <message>
        <source>Once TLS-RPT reports show no failures, switch the policy to &quot;mode: enforce&quot; and change the id in the _mta-sts record.</source>
        <translation>Sobald TLS-RPT-Berichte keine Fehler mehr zeigen, stellen Sie die Richtlinie auf &quot;mode: enforce&quot; um und ändern Sie die id im _mta-sts-Eintrag.</translation>
    </message>
    <message>
        <source>The MTA-STS max_age is short</source>
        <translation>Das MTA-STS-max_age ist kurz</translation>
    </message>
    <message>
        <source>max_age tells senders how long to cache the policy. Under a day, an attacker who blocks the policy fetch for a short time makes senders forget the policy; weeks or more are recommended once the policy is stable.</source>
        <translation>max_age sagt Absendern, wie lange sie die Richtlinie zwischenspeichern sollen. Unter einem Tag kann ein Angreifer, der den Abruf der Richtlinie kurz blockiert, Absender die Richtlinie vergessen lassen; Wochen oder mehr werden empfohlen, sobald die Richtlinie stabil ist.</translation>
    </message>
    <message>
        <source>Set max_age to at least 604800 (one week), ideally 31557600, once the MX hosts are stable.</source>
        <translation>Setzen Sie max_age auf mindestens 604800 (eine Woche), idealerweise 31557600, sobald die MX-Hosts stabil sind.</translation>
    </message>
    <message>
        <source>The domain publishes no TLS-RPT record</source>
        <translation>Die Domain veröffentlicht keinen TLS-RPT-Eintrag</translation>
    </message>
    <message>
        <source>Without a _smtp._tls record, sending servers cannot tell you when TLS to your MX hosts fails (expired certificates, MTA-STS mismatches, stripped STARTTLS).</source>
        <translation>Ohne _smtp._tls-Eintrag können sendende Server Ihnen nicht mitteilen, wenn TLS zu Ihren MX-Hosts scheitert (abgelaufene Zertifikate, MTA-STS-Abweichungen, entferntes STARTTLS).</translation>
    </message>
    <message>
        <source>Publish _smtp._tls.&lt;domain&gt; TXT &quot;v=TLSRPTv1; rua=mailto:tls-reports@&lt;domain&gt;&quot;.</source>
        <translation>Veröffentlichen Sie _smtp._tls.&lt;domain&gt; TXT &quot;v=TLSRPTv1; rua=mailto:tls-reports@&lt;domain&gt;&quot;.</translation>
    </message>
    <message>
        <source>The TLS-RPT record is invalid</source>
        <translation>Der TLS-RPT-Eintrag ist ungültig</translation>
    </message>
    <message>
        <source>The _smtp._tls record has a syntax error, no usable rua URI (only mailto: and https: are allowed), or there is more than one record starting with v=TLSRPTv1. Senders then send no reports.</source>
        <translation>Der _smtp._tls-Eintrag hat einen Syntaxfehler, keine verwendbare rua-URI (nur mailto: und https: sind erlaubt), oder es gibt mehr als einen Eintrag, der mit v=TLSRPTv1 beginnt. Absender senden dann keine Berichte.</translation>
    </message>
    <message>
        <source>Publish exactly one record of the form &quot;v=TLSRPTv1; rua=mailto:tls-reports@&lt;domain&gt;&quot; (several URIs separated by commas).</source>
        <translation>Veröffentlichen Sie genau einen Eintrag der Form &quot;v=TLSRPTv1; rua=mailto:tls-reports@&lt;domain&gt;&quot; (mehrere URIs durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>An MX host does not offer working STARTTLS</source>
        <translation>Ein MX-Host bietet kein funktionierendes STARTTLS</translation>
    </message>
    <message>
        <source>The MX host answered EHLO without STARTTLS, or accepted STARTTLS and then failed the TLS handshake. Mail to it travels in clear text, readable and changeable by anyone on the path; senders bound by MTA-STS in enforce mode refuse to deliver to it.</source>
        <translation>Der MX-Host antwortete auf EHLO ohne STARTTLS, oder er akzeptierte STARTTLS, und dann scheiterte der TLS-Handshake. Mails an ihn gehen im Klartext, lesbar und veränderbar für jeden auf dem Weg; Absender, die an MTA-STS im enforce-Modus gebunden sind, verweigern die Zustellung an ihn.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on the mail server with a certificate for the MX host name (in Postfix: smtpd_tls_security_level = may, smtpd_tls_chain_files).</source>
        <translation>Aktivieren Sie STARTTLS auf dem Mailserver mit einem Zertifikat für den MX-Hostnamen (in Postfix: smtpd_tls_security_level = may, smtpd_tls_chain_files).</translation>
    </message>
    <message>
        <source>The STARTTLS certificate of an MX host is not valid</source>
        <translation>Das STARTTLS-Zertifikat eines MX-Hosts ist nicht gültig</translation>
    </message>
    <message>
        <source>The certificate the MX host presents after STARTTLS does not chain to a trusted root, is self-signed, or is outside its validity dates. Opportunistic senders still deliver; senders that apply an MTA-STS policy (or DANE) refuse to, so with MTA-STS in enforce mode this stops mail.</source>
        <translation>Das Zertifikat, das der MX-Host nach STARTTLS vorlegt, führt zu keiner vertrauenswürdigen Root, ist selbstsigniert oder liegt außerhalb seiner Gültigkeitsdaten. Opportunistische Absender stellen trotzdem zu; Absender, die eine MTA-STS-Richtlinie (oder DANE) anwenden, verweigern es, daher hält das bei MTA-STS im enforce-Modus die Mails auf.</translation>
    </message>
    <message>
        <source>Install a certificate from a public CA for the MX host name, with its intermediate certificates, and renew it automatically.</source>
        <translation>Installieren Sie ein Zertifikat einer öffentlichen CA für den MX-Hostnamen, mit seinen Intermediate-Zertifikaten, und erneuern Sie es automatisch.</translation>
    </message>
    <message>
        <source>The STARTTLS certificate does not name the MX host</source>
        <translation>Das STARTTLS-Zertifikat nennt den MX-Host nicht</translation>
    </message>
    <message>
        <source>Neither the subjectAltName nor the common name of the certificate matches the MX host name. Senders that apply MTA-STS check exactly this name and refuse to deliver when it does not match.</source>
        <translation>Weder der subjectAltName noch der Common Name des Zertifikats passt zum MX-Hostnamen. Absender, die MTA-STS anwenden, prüfen genau diesen Namen und verweigern die Zustellung, wenn er nicht passt.</translation>
    </message>
    <message>
        <source>Get a certificate whose subjectAltName lists the MX host name as published in the MX record (or point the MX record at the name the certificate covers).</source>
        <translation>Besorgen Sie ein Zertifikat, dessen subjectAltName den MX-Hostnamen so aufführt, wie er im MX-Eintrag veröffentlicht ist (oder lassen Sie den MX-Eintrag auf den Namen zeigen, den das Zertifikat abdeckt).</translation>
    </message>
    <message>
        <source>The STARTTLS certificate expires within 21 days</source>
        <translation>Das STARTTLS-Zertifikat läuft innerhalb von 21 Tagen ab</translation>
    </message>
    <message>
        <source>The certificate is valid today but expires soon. When it does, senders that apply MTA-STS stop delivering and the rest lose authenticated TLS.</source>
        <translation>Das Zertifikat ist heute gültig, läuft aber bald ab. Dann stellen Absender, die MTA-STS anwenden, nicht mehr zu, und die übrigen verlieren authentifiziertes TLS.</translation>
    </message>
    <message>
        <source>Renew the certificate now and automate renewal (ACME).</source>
        <translation>Erneuern Sie das Zertifikat jetzt und automatisieren Sie die Erneuerung (ACME).</translation>
    </message>
    <message>
        <source>An MX host negotiates TLS older than 1.2</source>
        <translation>Ein MX-Host handelt TLS älter als 1.2 aus</translation>
    </message>
    <message>
        <source>TLS 1.0 and 1.1 are deprecated: they rely on weak constructions and many senders no longer accept them, falling back to clear text or refusing to deliver.</source>
        <translation>TLS 1.0 und 1.1 sind veraltet: Sie beruhen auf schwachen Konstruktionen, und viele Absender akzeptieren sie nicht mehr und fallen auf Klartext zurück oder verweigern die Zustellung.</translation>
    </message>
    <message>
        <source>Enable TLS 1.2 and 1.3 on the mail server and disable TLS 1.0 and 1.1.</source>
        <translation>Aktivieren Sie TLS 1.2 und 1.3 auf dem Mailserver und deaktivieren Sie TLS 1.0 und 1.1.</translation>
    </message>
    <message>
        <source>The SMTP port of an MX host could not be probed</source>
        <translation>Der SMTP-Port eines MX-Hosts konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>The connection to port 25 was refused, nothing answered, or the server did not speak SMTP. This says nothing about TLS. Many networks block outgoing port 25, so check from a network that allows it before concluding the host is down.</source>
        <translation>Die Verbindung zu Port 25 wurde abgelehnt, nichts hat geantwortet, oder der Server sprach kein SMTP. Das sagt nichts über TLS aus. Viele Netze sperren ausgehenden Port 25, prüfen Sie also aus einem Netz, das ihn erlaubt, bevor Sie schließen, dass der Host ausgefallen ist.</translation>
    </message>
    <message>
        <source>Probe again from a network that allows port 25; if the host is really unreachable, fix the server or firewall, or remove its MX record.</source>
        <translation>Prüfen Sie erneut aus einem Netz, das Port 25 erlaubt; ist der Host wirklich unerreichbar, reparieren Sie Server oder Firewall, oder entfernen Sie seinen MX-Eintrag.</translation>
    </message>
    <message>
        <source>The BIMI record is invalid</source>
        <translation>Der BIMI-Eintrag ist ungültig</translation>
    </message>
    <message>
        <source>The TXT record at default._bimi.&lt;domain&gt; starts with v=BIMI1 but breaks the record syntax: a missing or malformed l= tag, an a= or l= value that is not a single https URI, a tag written twice, or more than one v=BIMI1 record. Receivers must not repair records, so they ignore it and show no logo.</source>
        <translation>Der TXT-Eintrag unter default._bimi.&lt;domain&gt; beginnt mit v=BIMI1, verletzt aber die Eintragssyntax: ein fehlender oder fehlerhafter l=-Tag, ein a=- oder l=-Wert, der keine einzelne https-URI ist, ein doppelt geschriebener Tag oder mehr als ein v=BIMI1-Eintrag. Empfänger dürfen Einträge nicht reparieren, daher ignorieren sie ihn und zeigen kein Logo.</translation>
    </message>
    <message>
        <source>Publish exactly one record of the form &quot;v=BIMI1; l=https://&lt;host&gt;/logo.svg; a=https://&lt;host&gt;/vmc.pem&quot; (or &quot;v=BIMI1; l=; a=;&quot; to decline BIMI).</source>
        <translation>Veröffentlichen Sie genau einen Eintrag der Form &quot;v=BIMI1; l=https://&lt;host&gt;/logo.svg; a=https://&lt;host&gt;/vmc.pem&quot; (oder &quot;v=BIMI1; l=; a=;&quot;, um BIMI abzulehnen).</translation>
    </message>
    <message>
        <source>BIMI is published but DMARC is not enforced</source>
        <translation>BIMI ist veröffentlicht, aber DMARC wird nicht durchgesetzt</translation>
    </message>
    <message>
        <source>Receivers show a BIMI logo only for domains whose DMARC policy is quarantine or reject for all failing mail: p=none or sp=none at the domain or its organizational domain, pct below 100 (RFC 7489) or t=y (RFC 9989) all stop BIMI. The logo is not shown.</source>
        <translation>Empfänger zeigen ein BIMI-Logo nur für Domains, deren DMARC-Richtlinie für alle fehlschlagenden Mails quarantine oder reject ist: p=none oder sp=none an der Domain oder ihrer Organisationsdomain, pct unter 100 (RFC 7489) oder t=y (RFC 9989) verhindern BIMI. Das Logo wird nicht gezeigt.</translation>
    </message>
    <message>
        <source>Move the DMARC record to p=quarantine or p=reject without pct (or pct=100) and without t=y, and make sure no sp=none applies, once your DMARC reports show that all legitimate mail passes.</source>
        <translation>Stellen Sie den DMARC-Eintrag auf p=quarantine oder p=reject ohne pct (oder pct=100) und ohne t=y um, und stellen Sie sicher, dass kein sp=none gilt, sobald Ihre DMARC-Berichte zeigen, dass alle legitimen Mails bestehen.</translation>
    </message>
    <message>
        <source>The BIMI logo cannot be fetched or is not SVG Tiny PS</source>
        <translation>Das BIMI-Logo kann nicht abgerufen werden oder ist kein SVG Tiny PS</translation>
    </message>
    <message>
        <source>The logo at the l= URL could not be fetched over HTTPS with a valid certificate, or it breaks the SVG Tiny Portable/Secure profile: no baseProfile=&quot;tiny-ps&quot; version=&quot;1.2&quot;, no &lt;title&gt;, scripts or event attributes, external references, raster images, foreignObject, animation, a viewBox that is not square, x=/y= on the root, or more than 32 KiB. Receivers do not show such a logo.</source>
        <translation>Das Logo unter der l=-URL konnte nicht per HTTPS mit gültigem Zertifikat abgerufen werden, oder es verletzt das Profil SVG Tiny Portable/Secure: kein baseProfile=&quot;tiny-ps&quot; version=&quot;1.2&quot;, kein &lt;title&gt;, Skripte oder Event-Attribute, externe Verweise, Rasterbilder, foreignObject, Animation, eine nicht quadratische viewBox, x=/y= am Wurzelelement oder mehr als 32 KiB. Empfänger zeigen ein solches Logo nicht.</translation>
    </message>
    <message>
        <source>Export the logo as SVG Tiny 1.2 and convert it to SVG Tiny PS (square viewBox, a &lt;title&gt; with the brand name, no scripts, links, images or animation), keep it under 32 KiB, and serve it as image/svg+xml over HTTPS.</source>
        <translation>Exportieren Sie das Logo als SVG Tiny 1.2 und wandeln Sie es in SVG Tiny PS um (quadratische viewBox, ein &lt;title&gt; mit dem Markennamen, keine Skripte, Links, Bilder oder Animation), halten Sie es unter 32 KiB und liefern Sie es als image/svg+xml per HTTPS aus.</translation>
    </message>
    <message>
        <source>The BIMI Mark Certificate is not valid</source>
        <translation>Das BIMI-Markenzertifikat ist nicht gültig</translation>
    </message>
    <message>
        <source>The evidence document at the a= URL (a Verified or Common Mark Certificate in PEM) could not be fetched, does not chain to a trusted root, is outside its validity dates, lacks the BIMI extended key usage, does not name the domain in its subjectAltName, or its logotype extension (RFC 3709) does not embed the same SVG as the one at l=. Receivers that require a Mark Certificate show no logo.</source>
        <translation>Das Nachweisdokument unter der a=-URL (ein Verified oder Common Mark Certificate in PEM) konnte nicht abgerufen werden, führt zu keiner vertrauenswürdigen Root, liegt außerhalb seiner Gültigkeitsdaten, hat nicht die BIMI-Extended-Key-Usage, nennt die Domain nicht in seinem subjectAltName, oder seine Logotype-Erweiterung (RFC 3709) bettet nicht dasselbe SVG ein wie das unter l=. Empfänger, die ein Markenzertifikat verlangen, zeigen kein Logo.</translation>
    </message>
    <message>
        <source>Publish the full chain (leaf first, then intermediates) from your mark certificate issuer at the a= URL, renew it before it expires, and publish at l= exactly the SVG the certificate embeds.</source>
        <translation>Veröffentlichen Sie die vollständige Kette (Leaf zuerst, dann Intermediates) Ihres Markenzertifikat-Ausstellers unter der a=-URL, erneuern Sie sie, bevor sie abläuft, und veröffentlichen Sie unter l= genau das SVG, das das Zertifikat einbettet.</translation>
    </message>
    <message>
        <source>The BIMI record has no Mark Certificate</source>
        <translation>Der BIMI-Eintrag hat kein Markenzertifikat</translation>
    </message>
    <message>
        <source>The record has an empty or no a= tag, so there is no evidence that the domain owner holds the mark. BIMI allows this, but the large mailbox providers show logos only for domains with a Verified or Common Mark Certificate.</source>
        <translation>Der Eintrag hat einen leeren oder keinen a=-Tag, daher gibt es keinen Nachweis, dass der Domaininhaber die Marke besitzt. BIMI erlaubt das, aber die großen Mailbox-Provider zeigen Logos nur für Domains mit einem Verified oder Common Mark Certificate.</translation>
    </message>
    <message>
        <source>Obtain a VMC (registered trademark) or CMC from a mark verifying authority and publish its PEM chain at an https URL named in a=.</source>
        <translation>Besorgen Sie ein VMC (eingetragene Marke) oder CMC bei einer Mark Verifying Authority und veröffentlichen Sie dessen PEM-Kette unter einer in a= genannten https-URL.</translation>
    </message>
</context>
<context>
    <name>HistoryConnectionCheck</name>
    <message>
        <source>Connected to %1: the history can be kept there.</source>
        <translation>Verbunden mit %1: der Verlauf kann dort gespeichert werden.</translation>
    </message>
    <message>
        <source>Connected to %1 (PostgreSQL %2): the history can be kept there.</source>
        <translation>Verbunden mit %1 (PostgreSQL %2): der Verlauf kann dort gespeichert werden.</translation>
    </message>
    <message>
        <source>The server refused the connection: nothing accepts connections at %1.</source>
        <translation>Der Server hat die Verbindung abgelehnt: unter %1 nimmt niemand Verbindungen an.</translation>
    </message>
    <message>
        <source>Timeout: %1 did not answer in time.</source>
        <translation>Zeitüberschreitung: %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Authentication failed for %1: check the user name and the password.</source>
        <translation>Anmeldung bei %1 fehlgeschlagen: prüfen Sie Benutzernamen und Passwort.</translation>
    </message>
    <message>
        <source>The host of %1 was not found in the DNS.</source>
        <translation>Der Host von %1 wurde im DNS nicht gefunden.</translation>
    </message>
    <message>
        <source>The server has no such database: %1.</source>
        <translation>Der Server hat keine solche Datenbank: %1.</translation>
    </message>
    <message>
        <source>The history store could not be opened.</source>
        <translation>Der Verlaufsspeicher konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>HistoryStoreBox</name>
    <message>
        <source>Audit history</source>
        <translation>Prüfungsverlauf</translation>
    </message>
    <message>
        <source>&amp;Keep every audit in the history</source>
        <translation>Jede Prüfung im &amp;Verlauf speichern</translation>
    </message>
    <message>
        <source>S&amp;QLite file on this computer</source>
        <translation>S&amp;QLite-Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>Shared Post&amp;greSQL server (with the team and the CLI)</source>
        <translation>Gemeinsamer Post&amp;greSQL-Server (mit dem Team und der CLI)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Remember in the desktop ke&amp;yring</source>
        <translation>Im Desktop-Schlüsselbund mer&amp;ken</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Stored audits feed the History tab and the Overview&apos;s &quot;since the last audit&quot;; the CLI&apos;s --history uses the same file by default</source>
        <translation>Gespeicherte Prüfungen speisen den Reiter Verlauf und „seit der letzten Prüfung“ in der Übersicht; --history der CLI verwendet standardmäßig dieselbe Datei</translation>
    </message>
    <message>
        <source>The SQLite database of the audit history; empty: the default</source>
        <translation>Die SQLite-Datenbank des Prüfungsverlaufs; leer: der Standard</translation>
    </message>
    <message>
        <source>Browse for the history database file</source>
        <translation>Verlaufsdatenbank-Datei auswählen</translation>
    </message>
    <message>
        <source>The CLI&apos;s --database URL: postgresql://USER@HOST:PORT/DB, with sslmode=… and connect_timeout=… allowed after a ?; never the password</source>
        <translation>Die URL von --database der CLI: postgresql://BENUTZER@HOST:PORT/DB, nach einem ? sind sslmode=… und connect_timeout=… erlaubt; nie das Passwort</translation>
    </message>
    <message>
        <source>Empty: libpq&apos;s PGPASSFILE or ~/.pgpass</source>
        <translation>Leer: PGPASSFILE oder ~/.pgpass von libpq</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>PostgreSQL-Passwort</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>Server-URL:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>The demo keeps its own temporary history.</source>
        <translation>Die Demo führt ihren eigenen temporären Verlauf.</translation>
    </message>
    <message>
        <source>History database</source>
        <translation>Verlaufsdatenbank</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No desktop keyring is available: the password is kept for this session only.</source>
        <translation>Kein Desktop-Schlüsselbund verfügbar: das Passwort wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>This is a server&apos;s URL, not a file: choose PostgreSQL server and enter it there.</source>
        <translation>Das ist die URL eines Servers, keine Datei: wählen Sie PostgreSQL-Server und geben Sie sie dort ein.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s URL: postgresql://USER@HOST:PORT/DB.</source>
        <translation>Geben Sie die URL des Servers ein: postgresql://BENUTZER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <source>Enter a postgresql:// URL here; an SQLite file goes in the Database field above.</source>
        <translation>Geben Sie hier eine postgresql://-URL ein; eine SQLite-Datei gehört in das Feld Datenbank darüber.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Show &amp;unchanged findings</source>
        <translation>&amp;Unveränderte Befunde zeigen</translation>
    </message>
    <message>
        <source>Select two audits to compare them</source>
        <translation>Wählen Sie zwei Prüfungen zum Vergleichen</translation>
    </message>
    <message>
        <source>Stored audits</source>
        <translation>Gespeicherte Prüfungen</translation>
    </message>
    <message>
        <source>Trend of grade and findings</source>
        <translation>Verlauf von Note und Befunden</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Earlier audit</source>
        <translation>Frühere Prüfung</translation>
    </message>
    <message>
        <source>Later audit</source>
        <translation>Spätere Prüfung</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>&amp;mit</translation>
    </message>
    <message>
        <source>Audit a domain to see its past audits, how they changed and the trend.</source>
        <translation>Prüfen Sie eine Domain, um ihre früheren Prüfungen, deren Änderungen und den Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Two stored audits of a domain are compared here, finding by finding and record by record.</source>
        <translation>Hier werden zwei gespeicherte Prüfungen einer Domain verglichen, Befund für Befund und Eintrag für Eintrag.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: no history is kept. Turn it on in Settings → Audit history to compare audits over time.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Es wird kein Verlauf gespeichert. Schalten Sie ihn unter Einstellungen → Prüfungsverlauf ein, um Prüfungen über die Zeit zu vergleichen.</translation>
    </message>
    <message>
        <source>History is off, so there is nothing to compare.</source>
        <translation>Der Verlauf ist aus, daher gibt es nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>History is off.</source>
        <translation>Der Verlauf ist aus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: reading the history…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: lese den Verlauf…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: the history could not be read: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Der Verlauf konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n audit(s) in the demo&apos;s own history (temporary, removed when Mailsight closes).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Prüfung im eigenen Verlauf der Demo (temporär, wird beim Schließen von Mailsight entfernt).</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Prüfungen im eigenen Verlauf der Demo (temporär, wird beim Schließen von Mailsight entfernt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n audit(s) stored in %2</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Prüfung gespeichert in %2</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Prüfungen gespeichert in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read, so nothing can be compared.</source>
        <translation>Der Verlauf konnte nicht gelesen werden, daher lässt sich nichts vergleichen.</translation>
    </message>
    <message>
        <source>No audit of %1 is stored yet. When this audit finishes it is stored, and the next one can be compared with it.</source>
        <translation>Noch keine Prüfung von %1 gespeichert. Wenn diese Prüfung fertig ist, wird sie gespeichert, und die nächste kann mit ihr verglichen werden.</translation>
    </message>
    <message>
        <source>Only one audit of %1 is stored. Audit it again later (or stage a planned change) to see what changed.</source>
        <translation>Nur eine Prüfung von %1 ist gespeichert. Prüfen Sie später erneut (oder merken Sie eine geplante Änderung vor), um zu sehen, was sich geändert hat.</translation>
    </message>
    <message>
        <source>Compared since last quarter: with the last audit of %1.</source>
        <translation>Verglichen seit dem letzten Quartal: mit der letzten Prüfung von %1.</translation>
    </message>
    <message>
        <source>Compared with the last live audit before: none is from an earlier quarter.</source>
        <translation>Verglichen mit der letzten Live-Prüfung davor: Keine stammt aus einem früheren Quartal.</translation>
    </message>
    <message>
        <source>Compared with the audit before: no live audit is stored.</source>
        <translation>Verglichen mit der Prüfung davor: Es ist keine Live-Prüfung gespeichert.</translation>
    </message>
    <message>
        <source>Pick two different audits to compare.</source>
        <translation>Wählen Sie zwei verschiedene Prüfungen zum Vergleichen.</translation>
    </message>
    <message>
        <source>The audits could not be compared: %1</source>
        <translation>Die Prüfungen konnten nicht verglichen werden: %1</translation>
    </message>
    <message>
        <source>Findings: %1 new, %2 fixed, %3 unchanged</source>
        <translation>Befunde: %1 neu, %2 behoben, %3 unverändert</translation>
    </message>
    <message numerus="yes">
        <source>Records: %n change(s)</source>
        <translation>
            <numerusform>Einträge: %n Änderung</numerusform>
            <numerusform>Einträge: %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>improved</source>
        <translation>verbessert</translation>
    </message>
    <message>
        <source>regressed</source>
        <translation>verschlechtert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Grade &lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: &lt;span style=&quot;color:%3&quot;&gt;%4 %5&lt;/span&gt;</source>
        <translation>Note &lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: &lt;span style=&quot;color:%3&quot;&gt;%4 %5&lt;/span&gt;</translation>
    </message>
    <message>
        <source>staged</source>
        <translation>vorgemerkt</translation>
    </message>
    <message>
        <source>The trend of the grade and of the findings by severity over the stored audits appears here.</source>
        <translation>Hier erscheint der Verlauf der Note und der Befunde nach Schweregrad über die gespeicherten Prüfungen.</translation>
    </message>
    <message>
        <source>No stored audit of %1 yet.</source>
        <translation>Noch keine gespeicherte Prüfung von %1.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Findings that changed between the two audits</source>
        <translation>Befunde, die sich zwischen den beiden Prüfungen geändert haben</translation>
    </message>
    <message>
        <source>Records that changed between the two audits</source>
        <translation>Einträge, die sich zwischen den beiden Prüfungen geändert haben</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>No keyring backend: %1</source>
        <translation>Kein Schlüsselbund-Backend: %1</translation>
    </message>
    <message>
        <source>The keyring answered: %1</source>
        <translation>Der Schlüsselbund antwortete: %1</translation>
    </message>
    <message numerus="yes">
        <source>The desktop keyring did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Desktop-Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Desktop-Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Query log</source>
        <translation>&amp;Abfrageprotokoll</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Mailsight</source>
        <translation>&amp;Über Mailsight</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open zone file…</source>
        <translation>Zonendatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Overlay zone files on live DNS to audit a change before deploying it</source>
        <translation>Zonendateien über das Live-DNS legen, um eine Änderung vor der Veröffentlichung zu prüfen</translation>
    </message>
    <message>
        <source>Open &amp;Terraform plan…</source>
        <translation>&amp;Terraform-Plan öffnen…</translation>
    </message>
    <message>
        <source>Overlay the DNS records of a `terraform show -json` plan on live DNS to audit them before apply</source>
        <translation>Die DNS-Einträge eines Plans aus `terraform show -json` über das Live-DNS legen, um sie vor dem Apply zu prüfen</translation>
    </message>
    <message>
        <source>&amp;Close staged files</source>
        <translation>Vorgemerkte Dateien s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Recent domains</source>
        <translation>&amp;Zuletzt geprüfte Domains</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>Audit fictional domains from the bundled zone files, offline</source>
        <translation>Fiktive Domains aus den mitgelieferten Zonendateien prüfen, offline</translation>
    </message>
    <message>
        <source>Demo: stage the &amp;planned change</source>
        <translation>Demo: &amp;geplante Änderung vormerken</translation>
    </message>
    <message>
        <source>Overlay the demo&apos;s planned zone change and audit it</source>
        <translation>Die geplante Zonenänderung der Demo darüberlegen und prüfen</translation>
    </message>
    <message>
        <source>&amp;Batch audit…</source>
        <translation>&amp;Stapelprüfung…</translation>
    </message>
    <message>
        <source>Audit a list of domains and compare their grades</source>
        <translation>Eine Liste von Domains prüfen und ihre Noten vergleichen</translation>
    </message>
    <message>
        <source>Mo&amp;nitor…</source>
        <translation>Über&amp;wachung…</translation>
    </message>
    <message>
        <source>Re-audit domains every few hours and be told when one regresses</source>
        <translation>Domains alle paar Stunden erneut prüfen und benachrichtigt werden, wenn sich eine verschlechtert</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <source>Compare two domains&apos; mail configuration, staging against production</source>
        <translation>Die Mail-Konfiguration zweier Domains vergleichen, Staging mit Produktion</translation>
    </message>
    <message>
        <source>&amp;Export audit…</source>
        <translation>Prüfung &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the audit as PDF, HTML, JSON, CSV, SARIF or JUnit XML</source>
        <translation>Die Prüfung als PDF, HTML, JSON, CSV, SARIF oder JUnit-XML speichern</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ei&amp;nstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>No domain audited yet</source>
        <translation>Noch keine Domain geprüft</translation>
    </message>
    <message>
        <source>About Mailsight</source>
        <translation>Über Mailsight</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mailsight %1&lt;/h3&gt;&lt;p&gt;Audits a domain&apos;s email authentication (SPF, DKIM, DMARC) from what its DNS publishes, live or from zone files before they are deployed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keyboard&lt;/b&gt;&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Enter&lt;/td&gt;&lt;td&gt;&amp;nbsp;audit the domain in the field&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+L&lt;/td&gt;&lt;td&gt;&amp;nbsp;go to the domain field&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+1…9&lt;/td&gt;&lt;td&gt;&amp;nbsp;show the first… ninth tab&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+PgDown, Ctrl+PgUp&lt;/td&gt;&lt;td&gt;&amp;nbsp;next, previous tab&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tab, Shift+Tab&lt;/td&gt;&lt;td&gt;&amp;nbsp;move between the controls of a tab&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+F&lt;/td&gt;&lt;td&gt;&amp;nbsp;search the SPF tree&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F5&lt;/td&gt;&lt;td&gt;&amp;nbsp;audit again (staged zone files are read again)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc&lt;/td&gt;&lt;td&gt;&amp;nbsp;cancel the running audit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+O&lt;/td&gt;&lt;td&gt;&amp;nbsp;open a zone file for a staged audit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+B&lt;/td&gt;&lt;td&gt;&amp;nbsp;batch audit of a list of domains&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+C&lt;/td&gt;&lt;td&gt;&amp;nbsp;copy the selected records or queries&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Q&lt;/td&gt;&lt;td&gt;&amp;nbsp;quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Mailsight %1&lt;/h3&gt;&lt;p&gt;Prüft die E-Mail-Authentifizierung einer Domain (SPF, DKIM, DMARC) anhand dessen, was ihr DNS veröffentlicht, live oder aus Zonendateien, bevor diese veröffentlicht werden.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tastatur&lt;/b&gt;&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Enter&lt;/td&gt;&lt;td&gt;&amp;nbsp;die Domain im Feld prüfen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+L&lt;/td&gt;&lt;td&gt;&amp;nbsp;zum Domainfeld wechseln&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+1…9&lt;/td&gt;&lt;td&gt;&amp;nbsp;den ersten… neunten Reiter zeigen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+Bild ab, Strg+Bild auf&lt;/td&gt;&lt;td&gt;&amp;nbsp;nächster, vorheriger Reiter&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tab, Umschalt+Tab&lt;/td&gt;&lt;td&gt;&amp;nbsp;zwischen den Bedienelementen eines Reiters wechseln&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+F&lt;/td&gt;&lt;td&gt;&amp;nbsp;im SPF-Baum suchen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F5&lt;/td&gt;&lt;td&gt;&amp;nbsp;erneut prüfen (vorgemerkte Zonendateien werden neu gelesen)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc&lt;/td&gt;&lt;td&gt;&amp;nbsp;die laufende Prüfung abbrechen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+O&lt;/td&gt;&lt;td&gt;&amp;nbsp;eine Zonendatei für eine Vorab-Prüfung öffnen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+B&lt;/td&gt;&lt;td&gt;&amp;nbsp;Stapelprüfung einer Liste von Domains&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+C&lt;/td&gt;&lt;td&gt;&amp;nbsp;die ausgewählten Einträge oder Abfragen kopieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+Q&lt;/td&gt;&lt;td&gt;&amp;nbsp;beenden&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Type a domain and press Enter to audit it, or try the demo (File menu).</source>
        <translation>Geben Sie eine Domain ein und drücken Sie Enter, um sie zu prüfen, oder probieren Sie die Demo aus (Menü Datei).</translation>
    </message>
    <message>
        <source>Demo zones (offline)</source>
        <translation>Demo-Zonen (offline)</translation>
    </message>
    <message>
        <source>System resolver</source>
        <translation>System-Resolver</translation>
    </message>
    <message>
        <source>Servers: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Offline zone files</source>
        <translation>Offline-Zonendateien</translation>
    </message>
    <message>
        <source> + staged</source>
        <translation> + vorgemerkt</translation>
    </message>
    <message>
        <source>Not audited: %1.</source>
        <translation>Nicht geprüft: %1.</translation>
    </message>
    <message>
        <source>The domain name is not valid; nothing was asked.</source>
        <translation>Der Domainname ist ungültig; es wurde nichts abgefragt.</translation>
    </message>
    <message>
        <source>Auditing %1 — asked as %2</source>
        <translation>Prüfe %1 — abgefragt als %2</translation>
    </message>
    <message>
        <source>%1 (staged)</source>
        <translation>%1 (vorgemerkt)</translation>
    </message>
    <message>
        <source>Demo closed; audits use the resolver chosen in Settings.</source>
        <translation>Demo beendet; Prüfungen nutzen den in den Einstellungen gewählten Resolver.</translation>
    </message>
    <message>
        <source>Zone file not loaded</source>
        <translation>Zonendatei nicht geladen</translation>
    </message>
    <message>
        <source>The zone file could not be read, so nothing was staged.

%1</source>
        <translation>Die Zonendatei konnte nicht gelesen werden, daher wurde nichts vorgemerkt.

%1</translation>
    </message>
    <message>
        <source>Open zone files to stage</source>
        <translation>Zonendateien zum Vormerken öffnen</translation>
    </message>
    <message>
        <source>Zone files (*.zone *.db *.txt);;All files (*)</source>
        <translation>Zonendateien (*.zone *.db *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Settings saved; they apply when you leave the demo.</source>
        <translation>Einstellungen gespeichert; sie gelten, sobald Sie die Demo verlassen.</translation>
    </message>
    <message>
        <source>Settings saved; the next audit uses them.</source>
        <translation>Einstellungen gespeichert; die nächste Prüfung verwendet sie.</translation>
    </message>
    <message>
        <source>Terraform plan not loaded</source>
        <translation>Terraform-Plan nicht geladen</translation>
    </message>
    <message>
        <source>The Terraform plan could not be used, so nothing was staged.

%1</source>
        <translation>Der Terraform-Plan konnte nicht verwendet werden, daher wurde nichts vorgemerkt.

%1</translation>
    </message>
    <message>
        <source>%1 plans no DNS record of the types Mailsight reads (aws_route53_record, cloudflare_record, cloudflare_dns_record, google_dns_record_set, azurerm_dns_txt_record).</source>
        <translation>%1 plant keinen DNS-Eintrag der Typen, die Mailsight liest (aws_route53_record, cloudflare_record, cloudflare_dns_record, google_dns_record_set, azurerm_dns_txt_record).</translation>
    </message>
    <message numerus="yes">
        <source>Staged (%n file(s)): press Enter to audit with them.</source>
        <translation>
            <numerusform>Vorgemerkt (%n Datei): Enter drücken, um damit zu prüfen.</numerusform>
            <numerusform>Vorgemerkt (%n Dateien): Enter drücken, um damit zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan resources skipped: %1</source>
        <translation>Übersprungene Plan-Ressourcen: %1</translation>
    </message>
    <message>
        <source>Staged files closed; audits ask live DNS again.</source>
        <translation>Vorgemerkte Dateien geschlossen; Prüfungen fragen wieder das Live-DNS.</translation>
    </message>
    <message>
        <source>Open a Terraform plan to stage</source>
        <translation>Einen Terraform-Plan zum Vormerken öffnen</translation>
    </message>
    <message>
        <source>Terraform plan, `terraform show -json` output (*.json);;All files (*)</source>
        <translation>Terraform-Plan, Ausgabe von `terraform show -json` (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The demo&apos;s DMARC reports could not be loaded.</source>
        <translation>Die DMARC-Berichte der Demo konnten nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>MemoryCredentialStore</name>
    <message>
        <source>No keyring is available.</source>
        <translation>Kein Schlüsselbund verfügbar.</translation>
    </message>
</context>
<context>
    <name>MessageAnalyzer</name>
    <message>
        <source>Hop %1: %2.</source>
        <translation>Station %1: %2.</translation>
    </message>
    <message>
        <source>Hop %1 (by %2) is dated %3 s before hop %4 (by %5).</source>
        <translation>Station %1 (by %2) ist %3 s früher datiert als Station %4 (by %5).</translation>
    </message>
    <message>
        <source>The message waited %1 min before hop %2 (by %3) took it.</source>
        <translation>Die Nachricht wartete %1 min, bevor Station %2 (by %3) sie übernahm.</translation>
    </message>
    <message>
        <source>the connecting IP is unknown (give --ip)</source>
        <translation>die verbindende IP ist unbekannt (geben Sie --ip an)</translation>
    </message>
    <message>
        <source>no %1 identity is known</source>
        <translation>keine %1-Identität bekannt</translation>
    </message>
    <message>
        <source>%1 is not a domain name: check_host() gives none (RFC 7208 §4.3)</source>
        <translation>%1 ist kein Domainname: check_host() liefert none (RFC 7208 §4.3)</translation>
    </message>
    <message>
        <source>%1: p=%2 from _dmarc.%3, so the message is %4.</source>
        <translation>%1: p=%2 von _dmarc.%3, daher wird die Nachricht %4.</translation>
    </message>
    <message>
        <source>RFC 9989: %1%2 (organizational domain %3). RFC 7489: %4%5 (organizational domain %6).</source>
        <translation>RFC 9989: %1%2 (Organisationsdomain %3). RFC 7489: %4%5 (Organisationsdomain %6).</translation>
    </message>
    <message>
        <source>The message has no From domain: DMARC cannot be applied.</source>
        <translation>Die Nachricht hat keine From-Domain: DMARC kann nicht angewendet werden.</translation>
    </message>
    <message>
        <source>passes (%1, aligned with %2)</source>
        <translation>besteht (%1, ausgerichtet mit %2)</translation>
    </message>
    <message>
        <source>fails: p=%1, the message is %2</source>
        <translation>scheitert: p=%1, die Nachricht wird %2</translation>
    </message>
    <message>
        <source>cannot be determined (DNS failed)</source>
        <translation>kann nicht bestimmt werden (DNS fehlgeschlagen)</translation>
    </message>
    <message>
        <source>does not apply (%1 has no DMARC policy)</source>
        <translation>greift nicht (%1 hat keine DMARC-Richtlinie)</translation>
    </message>
    <message>
        <source>DMARC %1 under both RFC 9989 and RFC 7489.</source>
        <translation>DMARC nach RFC 9989 und RFC 7489: %1.</translation>
    </message>
    <message>
        <source>DMARC under RFC 9989 %1; under RFC 7489 it %2.</source>
        <translation>DMARC nach RFC 9989: %1; nach RFC 7489: %2.</translation>
    </message>
    <message>
        <source> A receiver trusting the ARC sealers (%1) may still accept it.</source>
        <translation> Ein Empfänger, der den ARC-Versieglern (%1) vertraut, kann sie trotzdem annehmen.</translation>
    </message>
    <message>
        <source>%1 From field(s) with %2 address(es): %3.</source>
        <translation>%1 From-Feld(er) mit %2 Adresse(n): %3.</translation>
    </message>
    <message>
        <source>the header signature does not verify with the published key (the body was not given)</source>
        <translation>die Header-Signatur lässt sich mit dem veröffentlichten Schlüssel nicht verifizieren (der Body wurde nicht angegeben)</translation>
    </message>
    <message>
        <source>the header signature verifies but the signature has expired (the body was not given)</source>
        <translation>die Header-Signatur lässt sich verifizieren, aber die Signatur ist abgelaufen (der Body wurde nicht angegeben)</translation>
    </message>
    <message>
        <source>the header signature verifies but uses rsa-sha1, which RFC 8301 forbids</source>
        <translation>die Header-Signatur lässt sich verifizieren, verwendet aber rsa-sha1, was RFC 8301 verbietet</translation>
    </message>
    <message>
        <source>the header signature verifies with the key at %1; the body was not given, so its hash (bh=) was not checked</source>
        <translation>die Header-Signatur lässt sich mit dem Schlüssel unter %1 verifizieren; der Body wurde nicht angegeben, daher wurde sein Hash (bh=) nicht geprüft</translation>
    </message>
    <message>
        <source>SPF for %1</source>
        <translation>SPF für %1</translation>
    </message>
    <message>
        <source>DKIM d=%1</source>
        <translation>DKIM d=%1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>MessageDetailHtml</name>
    <message>
        <source>aligned</source>
        <translation>ausgerichtet</translation>
    </message>
    <message>
        <source>not aligned</source>
        <translation>nicht ausgerichtet</translation>
    </message>
    <message>
        <source>SPF for the HELO identity</source>
        <translation>SPF für die HELO-Identität</translation>
    </message>
    <message>
        <source>SPF for the MAIL FROM identity</source>
        <translation>SPF für die MAIL-FROM-Identität</translation>
    </message>
    <message>
        <source>Domain checked</source>
        <translation>Geprüfte Domain</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Connecting IP</source>
        <translation>Verbindende IP</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>HELO</source>
        <translation>HELO</translation>
    </message>
    <message>
        <source>MAIL FROM</source>
        <translation>MAIL FROM</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Path through the records</source>
        <translation>Weg durch die Einträge</translation>
    </message>
    <message>
        <source>%1 DNS lookups of 10, %2 void lookups of 2.</source>
        <translation>%1 von 10 DNS-Lookups, %2 von 2 leeren Lookups.</translation>
    </message>
    <message>
        <source>Alignment with the From domain</source>
        <translation>Ausrichtung an der From-Domain</translation>
    </message>
    <message>
        <source>&lt;p&gt;The message carries no DKIM signature.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Nachricht trägt keine DKIM-Signatur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Canonicalization</source>
        <translation>Kanonisierung</translation>
    </message>
    <message>
        <source>Signed header fields</source>
        <translation>Signierte Header-Felder</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Body hash</source>
        <translation>Body-Hash</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>stimmt</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>stimmt nicht</translation>
    </message>
    <message>
        <source>Header signature</source>
        <translation>Header-Signatur</translation>
    </message>
    <message>
        <source>verifies</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>does not verify</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>ARC chain</source>
        <translation>ARC-Kette</translation>
    </message>
    <message>
        <source>The chain broke at instance %1.</source>
        <translation>Die Kette ist bei Instanz %1 gebrochen.</translation>
    </message>
    <message>
        <source>oldest-pass = %1: the message was changed after the hop before it.</source>
        <translation>oldest-pass = %1: die Nachricht wurde nach der Station davor verändert.</translation>
    </message>
    <message>
        <source>Sealer</source>
        <translation>Versiegler</translation>
    </message>
    <message>
        <source>Signature (AMS)</source>
        <translation>Signatur (AMS)</translation>
    </message>
    <message>
        <source>Seal (AS)</source>
        <translation>Siegel (AS)</translation>
    </message>
    <message>
        <source>What it recorded</source>
        <translation>Was sie festhielt</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>Organizational domain</source>
        <translation>Organisationsdomain</translation>
    </message>
    <message>
        <source>ARC override plausible:</source>
        <translation>ARC-Ausnahme plausibel:</translation>
    </message>
    <message>
        <source>ARC override not plausible:</source>
        <translation>ARC-Ausnahme nicht plausibel:</translation>
    </message>
    <message>
        <source>The receiver&apos;s verdict</source>
        <translation>Das Urteil des Empfängers</translation>
    </message>
    <message>
        <source>The message carries no Authentication-Results of its receiver.</source>
        <translation>Die Nachricht trägt keine Authentication-Results ihres Empfängers.</translation>
    </message>
    <message>
        <source>The receiver&apos;s verdict (%1)</source>
        <translation>Das Urteil des Empfängers (%1)</translation>
    </message>
    <message>
        <source>Mailsight agrees with the receiver.</source>
        <translation>Mailsight stimmt mit dem Empfänger überein.</translation>
    </message>
    <message>
        <source>Where Mailsight differs, and why</source>
        <translation>Wo Mailsight abweicht, und warum</translation>
    </message>
    <message>
        <source>Select a check to see its evidence.</source>
        <translation>Wählen Sie eine Prüfung, um ihre Belege zu sehen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No findings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Befunde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Behebung:</translation>
    </message>
</context>
<context>
    <name>MessageDmarcEvaluator</name>
    <message>
        <source>SPF was not evaluated</source>
        <translation>SPF wurde nicht ausgewertet</translation>
    </message>
    <message>
        <source>no DKIM signature</source>
        <translation>keine DKIM-Signatur</translation>
    </message>
    <message>
        <source>an aligned identifier passes: DMARC passes and the policy (%1) is not applied.</source>
        <translation>ein ausgerichteter Identifier besteht: DMARC besteht, und die Richtlinie (%1) wird nicht angewendet.</translation>
    </message>
    <message>
        <source>a passing identifier&apos;s alignment cannot be decided (DNS failed): DMARC cannot be determined.</source>
        <translation>das Alignment eines bestehenden Identifiers lässt sich nicht entscheiden (DNS fehlgeschlagen): DMARC kann nicht bestimmt werden.</translation>
    </message>
    <message>
        <source>no aligned identifier passes: DMARC fails</source>
        <translation>kein ausgerichteter Identifier besteht: DMARC scheitert</translation>
    </message>
    <message>
        <source>the policy is none: failing mail is delivered anyway, there is nothing to override</source>
        <translation>die Richtlinie ist none: Fehlschlagende Mails werden ohnehin zugestellt, es gibt nichts zu übergehen</translation>
    </message>
    <message>
        <source>the message has no ARC chain: no intermediary vouches for it</source>
        <translation>die Nachricht hat keine ARC-Kette: Keine Zwischenstation bürgt für sie</translation>
    </message>
    <message>
        <source>the ARC chain fails (%1): receivers cannot rely on it</source>
        <translation>die ARC-Kette scheitert (%1): Empfänger können sich nicht auf sie verlassen</translation>
    </message>
    <message>
        <source>the ARC chain passes (sealed by %1) and %2 (i=%3) recorded %4 before the message changed: a receiver that trusts %5 may accept the message in spite of p=%6 (local policy)</source>
        <translation>die ARC-Kette besteht (versiegelt von %1), und %2 (i=%3) hat %4 festgehalten, bevor die Nachricht verändert wurde: Ein Empfänger, der %5 vertraut, kann die Nachricht trotz p=%6 annehmen (lokale Richtlinie)</translation>
    </message>
    <message>
        <source>the ARC chain passes, but no intermediary recorded authentication aligned with %1: an override would have nothing to rest on</source>
        <translation>die ARC-Kette besteht, aber keine Zwischenstation hat eine mit %1 ausgerichtete Authentifizierung festgehalten: Ein Übergehen hätte keine Grundlage</translation>
    </message>
    <message>
        <source>The message has no From domain: DMARC cannot be applied.</source>
        <translation>Die Nachricht hat keine From-Domain: DMARC kann nicht angewendet werden.</translation>
    </message>
    <message>
        <source> (alignment unknown: a DNS query failed)</source>
        <translation> (Alignment unbekannt: Eine DNS-Abfrage ist fehlgeschlagen)</translation>
    </message>
    <message>
        <source>aligned, %1</source>
        <translation>ausgerichtet, %1</translation>
    </message>
    <message>
        <source>not aligned</source>
        <translation>nicht ausgerichtet</translation>
    </message>
    <message>
        <source>, tentative</source>
        <translation>, vorläufig</translation>
    </message>
</context>
<context>
    <name>MessageTab</name>
    <message>
        <source>Drop a received message (.eml, .mbox) here, open one, or paste its header: Mailsight tells why it passed or failed DMARC.</source>
        <translation>Legen Sie eine empfangene Nachricht (.eml, .mbox) hier ab, öffnen Sie eine oder fügen Sie ihren Header ein: Mailsight sagt, warum sie DMARC bestanden hat oder nicht.</translation>
    </message>
    <message>
        <source>Open message…</source>
        <translation>Nachricht öffnen…</translation>
    </message>
    <message>
        <source>Paste header…</source>
        <translation>Header einfügen…</translation>
    </message>
    <message>
        <source>Demo messages</source>
        <translation>Demo-Nachrichten</translation>
    </message>
    <message>
        <source>Connecting IP</source>
        <translation>Verbindende IP</translation>
    </message>
    <message>
        <source>IP (from the message)</source>
        <translation>IP (aus der Nachricht)</translation>
    </message>
    <message>
        <source>HELO name</source>
        <translation>HELO-Name</translation>
    </message>
    <message>
        <source>HELO (from the message)</source>
        <translation>HELO (aus der Nachricht)</translation>
    </message>
    <message>
        <source>MAIL FROM address</source>
        <translation>MAIL-FROM-Adresse</translation>
    </message>
    <message>
        <source>MAIL FROM (from the message)</source>
        <translation>MAIL FROM (aus der Nachricht)</translation>
    </message>
    <message>
        <source>Analyze again</source>
        <translation>Erneut analysieren</translation>
    </message>
    <message>
        <source>Analyze the same message again, with the IP, HELO and MAIL FROM given here</source>
        <translation>Dieselbe Nachricht erneut analysieren, mit der hier angegebenen IP, HELO und MAIL FROM</translation>
    </message>
    <message>
        <source>Message of the file</source>
        <translation>Nachricht der Datei</translation>
    </message>
    <message>
        <source>Pasted message header</source>
        <translation>Eingefügter Nachrichten-Header</translation>
    </message>
    <message>
        <source>Paste the message header here (&quot;Show original&quot; or &quot;View source&quot; in the mail client), with the body if you have it.</source>
        <translation>Fügen Sie hier den Header der Nachricht ein („Original anzeigen“ oder „Quelltext anzeigen“ im Mailprogramm), mit dem Text, falls vorhanden.</translation>
    </message>
    <message>
        <source>Analyze pasted text</source>
        <translation>Eingefügten Text analysieren</translation>
    </message>
    <message>
        <source>Checks of the message</source>
        <translation>Prüfungen der Nachricht</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Evidence of the selected check</source>
        <translation>Belege der gewählten Prüfung</translation>
    </message>
    <message>
        <source>Delivery path</source>
        <translation>Zustellweg</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>From (HELO)</source>
        <translation>Von (HELO)</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Reverse name</source>
        <translation>Reverse-Name</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Datum (UTC)</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Findings of the message</source>
        <translation>Befunde der Nachricht</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Open a received message</source>
        <translation>Eine empfangene Nachricht öffnen</translation>
    </message>
    <message>
        <source>Messages (*.eml *.mbox *.msg *.txt);;All files (*)</source>
        <translation>Nachrichten (*.eml *.mbox *.msg *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Demo messages…</source>
        <translation>Demo-Nachrichten…</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing to analyze: paste a message header first.</source>
        <translation>Nichts zu analysieren: Fügen Sie zuerst einen Nachrichten-Header ein.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation>„%1“ ist keine IPv4- oder IPv6-Adresse.</translation>
    </message>
    <message>
        <source>Analyzing…</source>
        <translation>Analyse läuft…</translation>
    </message>
    <message>
        <source>Analyzing the message: SPF, DKIM, ARC and DMARC…</source>
        <translation>Die Nachricht wird analysiert: SPF, DKIM, ARC und DMARC…</translation>
    </message>
    <message numerus="yes">
        <source>Message analyzed: %n message(s)</source>
        <translation>
            <numerusform>Nachricht analysiert: %n Nachricht</numerusform>
            <numerusform>Nachricht analysiert: %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no header field: give a message or its header.</source>
        <translation>%1 enthält kein Header-Feld: Geben Sie eine Nachricht oder ihren Header an.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 · From %2 · %3 · via %4 (%5)</source>
        <translation>%1 · Von %2 · %3 · über %4 (%5)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>an unknown IP</source>
        <translation>eine unbekannte IP</translation>
    </message>
    <message>
        <source>give it above</source>
        <translation>oben angeben</translation>
    </message>
    <message>
        <source>DMARC (%1)</source>
        <translation>DMARC (%1)</translation>
    </message>
    <message>
        <source>p=%1 → %2</source>
        <translation>p=%1 → %2</translation>
    </message>
    <message>
        <source>SPF (%1)</source>
        <translation>SPF (%1)</translation>
    </message>
    <message>
        <source>HELO</source>
        <translation>HELO</translation>
    </message>
    <message>
        <source>MAIL FROM</source>
        <translation>MAIL FROM</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>aligned</source>
        <translation>ausgerichtet</translation>
    </message>
    <message>
        <source>not aligned</source>
        <translation>nicht ausgerichtet</translation>
    </message>
    <message>
        <source>SPF (HELO)</source>
        <translation>SPF (HELO)</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>no signature</source>
        <translation>keine Signatur</translation>
    </message>
    <message>
        <source>s=%1, %2</source>
        <translation>s=%1, %2</translation>
    </message>
    <message>
        <source>ARC</source>
        <translation>ARC</translation>
    </message>
    <message>
        <source>i=%1 %2</source>
        <translation>i=%1 %2</translation>
    </message>
    <message>
        <source>AMS %1, seal %2, cv=%3</source>
        <translation>AMS %1, Siegel %2, cv=%3</translation>
    </message>
    <message>
        <source>Receiver&apos;s verdict</source>
        <translation>Urteil des Empfängers</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>weicht ab</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n difference(s)</source>
        <translation>
            <numerusform>%1: %n Abweichung</numerusform>
            <numerusform>%1: %n Abweichungen</numerusform>
        </translation>
    </message>
    <message>
        <source>no Authentication-Results of the receiver</source>
        <translation>keine Authentication-Results des Empfängers</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The receiving system accepted the message here: %1</source>
        <translation>Hier hat das empfangende System die Nachricht angenommen: %1</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>ModeBanner</name>
    <message>
        <source>Mode of the audit</source>
        <translation>Art der Prüfung</translation>
    </message>
    <message>
        <source>answers for the zones in %1 come from these files</source>
        <translation>Antworten für die Zonen in %1 kommen aus diesen Dateien</translation>
    </message>
    <message>
        <source>the records planned in the Terraform plan %1 are answered from it</source>
        <translation>die im Terraform-Plan %1 geplanten Einträge werden aus ihm beantwortet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Staged audit:&lt;/b&gt; %1, overlaid on %2. Nothing is published yet.</source>
        <translation>&lt;b&gt;Vorab-Prüfung:&lt;/b&gt; %1, über %2 gelegt. Noch ist nichts veröffentlicht.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>the demo zones</source>
        <translation>die Demo-Zonen</translation>
    </message>
    <message>
        <source>live DNS</source>
        <translation>das Live-DNS</translation>
    </message>
    <message>
        <source>Close staged files</source>
        <translation>Vorgemerkte Dateien schließen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; offline, answering from the bundled zones of fictional domains. Try %1.</source>
        <translation>&lt;b&gt;Demo:&lt;/b&gt; offline, Antworten aus den mitgelieferten Zonen fiktiver Domains. Probieren Sie %1.</translation>
    </message>
    <message>
        <source>Leave demo</source>
        <translation>Demo verlassen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline:&lt;/b&gt; answering only from the zone files chosen in Settings (%1); names outside them are not asked.</source>
        <translation>&lt;b&gt;Offline:&lt;/b&gt; Antworten nur aus den in den Einstellungen gewählten Zonendateien (%1); Namen außerhalb davon werden nicht abgefragt.</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;New to Mailsight?&lt;/b&gt; Type a domain above and press Enter, or try the demo: fictional domains with good and broken mail setups, answered offline from bundled zone files.</source>
        <translation>&lt;b&gt;Neu bei Mailsight?&lt;/b&gt; Geben Sie oben eine Domain ein und drücken Sie Enter, oder probieren Sie die Demo: fiktive Domains mit guten und fehlerhaften Mail-Konfigurationen, offline aus mitgelieferten Zonendateien beantwortet.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
</context>
<context>
    <name>MonitorController</name>
    <message>
        <source>&apos;%1&apos; is not a domain name: %2</source>
        <translation>„%1“ ist kein Domainname: %2</translation>
    </message>
    <message>
        <source>Not compared: the history could not be used (%1)</source>
        <translation>Nicht verglichen: der Verlauf konnte nicht verwendet werden (%1)</translation>
    </message>
    <message>
        <source>Not compared: no history is kept (Settings → Audit history)</source>
        <translation>Nicht verglichen: es wird kein Verlauf gespeichert (Einstellungen → Prüfungsverlauf)</translation>
    </message>
    <message>
        <source>First audit: the baseline of the next runs</source>
        <translation>Erste Prüfung: die Vergleichsbasis der nächsten Läufe</translation>
    </message>
</context>
<context>
    <name>MonitorDialog</name>
    <message>
        <source>Monitor &amp;while Mailsight runs</source>
        <translation>Über&amp;wachen, solange Mailsight läuft</translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Mailsight audits these domains again every few hours while it runs, compares each audit with the previous one, and tells you (tray icon and desktop notification) when something regresses: a lower grade, a new warning or error, a changed record or DKIM key. To audit while Mailsight is closed, install a systemd user timer.</source>
        <translation>Mailsight prüft diese Domains, solange es läuft, alle paar Stunden erneut, vergleicht jede Prüfung mit der vorigen und meldet Ihnen (Symbol im Infobereich und Desktop-Benachrichtigung), wenn sich etwas verschlechtert: eine schlechtere Note, eine neue Warnung oder ein neuer Fehler, ein geänderter Eintrag oder DKIM-Schlüssel. Um auch bei geschlossenem Mailsight zu prüfen, installieren Sie einen systemd-Benutzer-Timer.</translation>
    </message>
    <message>
        <source>example.com, example.net</source>
        <translation>example.com, example.net</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation>Auswahl &amp;entfernen</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>stündlich</translation>
    </message>
    <message>
        <source>every %1 hours</source>
        <translation>alle %1 Stunden</translation>
    </message>
    <message>
        <source>Select a domain to see everything that changed.</source>
        <translation>Wählen Sie eine Domain, um alles zu sehen, was sich geändert hat.</translation>
    </message>
    <message>
        <source>%v of %m domains</source>
        <translation>%v von %m Domains</translation>
    </message>
    <message>
        <source>&amp;Install as a systemd user timer</source>
        <translation>Als systemd-Benutzer-Timer &amp;installieren</translation>
    </message>
    <message>
        <source>Remove the timer</source>
        <translation>Timer entfernen</translation>
    </message>
    <message>
        <source>The timer&apos;s name: mailsight-audit@NAME.timer, ~/.config/mailsight/NAME.conf</source>
        <translation>Der Name des Timers: mailsight-audit@NAME.timer, ~/.config/mailsight/NAME.conf</translation>
    </message>
    <message>
        <source>Timer name:</source>
        <translation>Name des Timers:</translation>
    </message>
    <message>
        <source>Run finished: no regression.</source>
        <translation>Lauf beendet: keine Verschlechterung.</translation>
    </message>
    <message>
        <source>Run finished: %1 domain(s) regressed, %2 failed.</source>
        <translation>Lauf beendet: %1 Domain(s) verschlechtert, %2 fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>Auditing %n domain(s)…</source>
        <translation>
            <numerusform>%n Domain wird geprüft…</numerusform>
            <numerusform>%n Domains werden geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>next run: %1</source>
        <translation>nächster Lauf: %1</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>mailsight-cli was not found beside Mailsight or on PATH: the timer needs it.</source>
        <translation>mailsight-cli wurde weder neben Mailsight noch im PATH gefunden: der Timer braucht es.</translation>
    </message>
    <message>
        <source>The timer was not installed: %1</source>
        <translation>Der Timer wurde nicht installiert: %1</translation>
    </message>
    <message>
        <source>Written: %1, %2 and %3.
Enable it with:  %4
Remove it with:  %5, then “Remove the timer” here.</source>
        <translation>Geschrieben: %1, %2 und %3.
Aktivieren mit:  %4
Entfernen mit:  %5, dann hier „Timer entfernen“.</translation>
    </message>
    <message>
        <source>The timer was not removed: %1</source>
        <translation>Der Timer wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>There was no timer named %1.</source>
        <translation>Es gab keinen Timer namens %1.</translation>
    </message>
    <message>
        <source>Removed: %1. %2</source>
        <translation>Entfernt: %1. %2</translation>
    </message>
    <message>
        <source>If it was enabled, also run:  %1</source>
        <translation>Falls er aktiviert war, führen Sie auch aus:  %1</translation>
    </message>
    <message>
        <source>The timer was stopped and disabled.</source>
        <translation>Der Timer wurde gestoppt und deaktiviert.</translation>
    </message>
    <message>
        <source>systemctl could not disable it; if it was enabled, run:  %1</source>
        <translation>systemctl konnte ihn nicht deaktivieren; falls er aktiviert war, führen Sie aus:  %1</translation>
    </message>
    <message>
        <source>Stopping mailsight-audit@%1.timer…</source>
        <translation>mailsight-audit@%1.timer wird gestoppt…</translation>
    </message>
</context>
<context>
    <name>MonitorHub</name>
    <message>
        <source>Monitor: %1</source>
        <translation>Überwachung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Monitor: %n domain(s) audited, no regression.</source>
        <translation>
            <numerusform>Überwachung: %n Domain geprüft, keine Verschlechterung.</numerusform>
            <numerusform>Überwachung: %n Domains geprüft, keine Verschlechterung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitor: regressed: %1 (File → Monitor… says what changed).</source>
        <translation>Überwachung: verschlechtert: %1 (Datei → Überwachung… zeigt, was sich geändert hat).</translation>
    </message>
    <message>
        <source>Monitor: regressed: %1; not audited: %2.</source>
        <translation>Überwachung: verschlechtert: %1; nicht geprüft: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Show Mailsight</source>
        <translation>Mailsight anzeigen</translation>
    </message>
    <message>
        <source>Monitor…</source>
        <translation>Überwachung…</translation>
    </message>
    <message>
        <source>Run the Monitor now</source>
        <translation>Überwachung jetzt ausführen</translation>
    </message>
    <message numerus="yes">
        <source>Mailsight Monitor: %n domain(s) regressed</source>
        <translation>
            <numerusform>Mailsight-Überwachung: %n Domain verschlechtert</numerusform>
            <numerusform>Mailsight-Überwachung: %n Domains verschlechtert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mailsight Monitor: %n domain(s), no regression</source>
        <translation>
            <numerusform>Mailsight-Überwachung: %n Domain, keine Verschlechterung</numerusform>
            <numerusform>Mailsight-Überwachung: %n Domains, keine Verschlechterung</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 regressed</source>
        <translation>%1 hat sich verschlechtert</translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… und %n weitere</numerusform>
            <numerusform>
… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitorStateModel</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>auditing…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>no regression</source>
        <translation>keine Verschlechterung</translation>
    </message>
    <message>
        <source>regressed</source>
        <translation>verschlechtert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Last audit</source>
        <translation>Letzte Prüfung</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
</context>
<context>
    <name>MtaStsExplanation</name>
    <message>
        <source>%1 s (about %2 years)</source>
        <translation>%1 s (etwa %2 Jahre)</translation>
    </message>
    <message>
        <source>%1 s (about a year)</source>
        <translation>%1 s (etwa ein Jahr)</translation>
    </message>
    <message>
        <source>%1 s (%2 days)</source>
        <translation>%1 s (%2 Tage)</translation>
    </message>
    <message>
        <source>%1 s (a day)</source>
        <translation>%1 s (ein Tag)</translation>
    </message>
    <message>
        <source>%1 s (%2 hours)</source>
        <translation>%1 s (%2 Stunden)</translation>
    </message>
    <message>
        <source>%1 s (an hour)</source>
        <translation>%1 s (eine Stunde)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>mode: enforce — senders that apply MTA-STS deliver only over TLS with a valid certificate to an MX host matching one of the mx patterns; otherwise they keep the message and retry, and never fall back to clear text.</source>
        <translation>mode: enforce — Absender, die MTA-STS anwenden, stellen nur über TLS mit gültigem Zertifikat an einen MX-Host zu, der zu einem der mx-Muster passt; sonst behalten sie die Nachricht und versuchen es erneut, ohne je auf Klartext zurückzufallen.</translation>
    </message>
    <message>
        <source>mode: testing — senders check TLS and the certificate and report failures (TLS-RPT), but deliver anyway: nothing is protected yet.</source>
        <translation>mode: testing — Absender prüfen TLS und das Zertifikat und melden Fehler (TLS-RPT), stellen aber trotzdem zu: noch ist nichts geschützt.</translation>
    </message>
    <message>
        <source>mode: none — senders drop any policy they cached: the way to retire MTA-STS.</source>
        <translation>mode: none — Absender verwerfen jede zwischengespeicherte Richtlinie: so wird MTA-STS zurückgezogen.</translation>
    </message>
    <message>
        <source>mode: missing or unknown — senders reject the policy.</source>
        <translation>mode: fehlt oder unbekannt — Absender verwerfen die Richtlinie.</translation>
    </message>
    <message>
        <source>max_age: %1 — how long senders keep applying this policy after fetching it, even if the policy host becomes unreachable. RFC 8461 suggests weeks (e.g. 1209600 s, 14 days) or more.</source>
        <translation>max_age: %1 — wie lange Absender diese Richtlinie nach dem Abruf anwenden, auch wenn der Richtlinien-Host unerreichbar wird. RFC 8461 empfiehlt Wochen (z. B. 1209600 s, 14 Tage) oder mehr.</translation>
    </message>
    <message>
        <source>max_age: missing — senders reject the policy.</source>
        <translation>max_age: fehlt — Absender verwerfen die Richtlinie.</translation>
    </message>
    <message>
        <source>mx: none — no MX host can match, so an enforce policy would stop all mail.</source>
        <translation>mx: keine — kein MX-Host kann passen, eine enforce-Richtlinie würde also alle Mail aufhalten.</translation>
    </message>
    <message>
        <source>mx: %1 — the MX host names senders accept; &quot;*.example.com&quot; matches exactly one label in place of the &quot;*&quot; (mx1.example.com, not a.b.example.com).</source>
        <translation>mx: %1 — die MX-Hostnamen, die Absender akzeptieren; &quot;*.example.com&quot; passt auf genau ein Label anstelle des &quot;*&quot; (mx1.example.com, nicht a.b.example.com).</translation>
    </message>
    <message>
        <source>id: %1 (in the _mta-sts TXT record) — senders re-fetch the policy only when this id changes or their cached copy expires: change the id every time you change the policy file.</source>
        <translation>id: %1 (im _mta-sts-TXT-Record) — Absender rufen die Richtlinie erst wieder ab, wenn sich diese id ändert oder ihre Kopie abläuft: ändern Sie die id bei jeder Änderung der Richtliniendatei.</translation>
    </message>
</context>
<context>
    <name>NetPlan</name>
    <message>
        <source>The connect-to rule &quot;%1&quot; in Settings is not valid: %2</source>
        <translation>Die Connect-to-Regel &quot;%1&quot; in den Einstellungen ist ungültig: %2</translation>
    </message>
</context>
<context>
    <name>NsSectionHtml</name>
    <message>
        <source>Authoritative servers not compared:</source>
        <translation>Autoritative Server nicht verglichen:</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Zone:</translation>
    </message>
    <message>
        <source>Delegation not checked:</source>
        <translation>Delegierung nicht geprüft:</translation>
    </message>
    <message>
        <source>Delegation matches the zone.</source>
        <translation>Die Delegierung stimmt mit der Zone überein.</translation>
    </message>
    <message>
        <source>Delegation differs from the zone.</source>
        <translation>Die Delegierung weicht von der Zone ab.</translation>
    </message>
    <message>
        <source>At the parent (%1)</source>
        <translation>In der Elternzone (%1)</translation>
    </message>
    <message>
        <source>In the zone</source>
        <translation>In der Zone</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Lame: %1</source>
        <translation>Nicht autoritativ (lame): %1</translation>
    </message>
    <message>
        <source>Differs: %1</source>
        <translation>Abweichend: %1</translation>
    </message>
    <message>
        <source>Older serial</source>
        <translation>Ältere Seriennummer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Every server that serves the zone gives the same records.</source>
        <translation>Jeder Server der Zone liefert dieselben Einträge.</translation>
    </message>
    <message>
        <source>Records that differ between servers:</source>
        <translation>Einträge, die sich zwischen den Servern unterscheiden:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Records served</source>
        <translation>Gelieferte Einträge</translation>
    </message>
    <message numerus="yes">
        <source>%n direct question(s) without recursion, listed in the JSON report.</source>
        <translation>
            <numerusform>%n direkte Abfrage ohne Rekursion, aufgeführt im JSON-Bericht.</numerusform>
            <numerusform>%n direkte Abfragen ohne Rekursion, aufgeführt im JSON-Bericht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NsServersPanel</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Records served</source>
        <translation>Ausgelieferte Einträge</translation>
    </message>
    <message>
        <source>Authoritative servers</source>
        <translation>Autoritative Server</translation>
    </message>
    <message>
        <source>Records that differ between servers</source>
        <translation>Einträge, die sich zwischen Servern unterscheiden</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>The authoritative servers were not compared: %1</source>
        <translation>Die autoritativen Server wurden nicht verglichen: %1</translation>
    </message>
    <message>
        <source>Lame: %1</source>
        <translation>Lahm: %1</translation>
    </message>
    <message>
        <source>Differs: %1</source>
        <translation>Weicht ab: %1</translation>
    </message>
    <message>
        <source>Older serial</source>
        <translation>Ältere Seriennummer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Differs: %1 %2</source>
        <translation>Weicht ab: %1 %2</translation>
    </message>
    <message>
        <source>Delegation not checked: %1</source>
        <translation>Delegation nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Delegation at %1 matches the zone: %2</source>
        <translation>Delegation bei %1 stimmt mit der Zone überein: %2</translation>
    </message>
    <message>
        <source>Delegation differs: at %1: %2; in the zone: %3</source>
        <translation>Delegation weicht ab: bei %1: %2; in der Zone: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n server address(es) of %1 answer alike.</source>
        <translation>
            <numerusform>%n Serveradresse von %1 antwortet gleich.</numerusform>
            <numerusform>%n Serveradressen von %1 antworten gleich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record set(s) differ between servers</source>
        <translation>
            <numerusform>%n Eintragsmenge unterscheidet sich zwischen Servern</numerusform>
            <numerusform>%n Eintragsmengen unterscheiden sich zwischen Servern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different serials</source>
        <translation>
            <numerusform>%n abweichende Seriennummer</numerusform>
            <numerusform>%n abweichende Seriennummern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lame server address(es)</source>
        <translation>
            <numerusform>%n lahme Serveradresse</numerusform>
            <numerusform>%n lahme Serveradressen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomeStyle</name>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>NODATA</source>
        <translation>NODATA</translation>
    </message>
    <message>
        <source>NXDOMAIN</source>
        <translation>NXDOMAIN</translation>
    </message>
    <message>
        <source>SERVFAIL</source>
        <translation>SERVFAIL</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>REFUSED</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>format error</source>
        <translation>Formatfehler</translation>
    </message>
    <message>
        <source>invalid name</source>
        <translation>ungültiger Name</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>not answered: audit cancelled</source>
        <translation>nicht beantwortet: Prüfung abgebrochen</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nicht abgefragt</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>network %1</source>
        <translation>Netzwerk %1</translation>
    </message>
    <message>
        <source>zone file</source>
        <translation>Zonendatei</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source> (staged)</source>
        <translation> (vorgemerkt)</translation>
    </message>
    <message>
        <source>CNAME loop</source>
        <translation>CNAME-Schleife</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Average grade</source>
        <translation>Durchschnittsnote</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
</context>
<context>
    <name>QueryLogDock</name>
    <message>
        <source>Query log</source>
        <translation>Abfrageprotokoll</translation>
    </message>
    <message>
        <source>Filter: a name, a type, an outcome (timeout, NXDOMAIN…), a server</source>
        <translation>Filter: ein Name, ein Typ, ein Ergebnis (Zeitüberschreitung, NXDOMAIN…), ein Server</translation>
    </message>
    <message>
        <source>Filter the query log</source>
        <translation>Abfrageprotokoll filtern</translation>
    </message>
    <message>
        <source>&amp;Copy selected queries</source>
        <translation>Ausgewählte Abfragen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the whole log as &amp;JSON</source>
        <translation>Gesamtes Protokoll als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>Queries copied.</source>
        <translation>Abfragen kopiert.</translation>
    </message>
    <message>
        <source>Query log copied as JSON (the &quot;queries&quot; array of the CLI&apos;s output).</source>
        <translation>Abfrageprotokoll als JSON kopiert (das Array „queries“ der CLI-Ausgabe).</translation>
    </message>
    <message>
        <source>Query log — queries: %1</source>
        <translation>Abfrageprotokoll — Abfragen: %1</translation>
    </message>
    <message>
        <source>Query log — queries: %1, failed or cut short: %2</source>
        <translation>Abfrageprotokoll — Abfragen: %1, fehlgeschlagen oder abgebrochen: %2</translation>
    </message>
</context>
<context>
    <name>QueryLogModel</name>
    <message>
        <source>%1, shared with an identical query</source>
        <translation>%1, geteilt mit einer identischen Abfrage</translation>
    </message>
    <message>
        <source>The UDP reply was truncated; the answer came over TCP.</source>
        <translation>Die UDP-Antwort war abgeschnitten; die Antwort kam über TCP.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Source / server</source>
        <translation>Quelle / Server</translation>
    </message>
</context>
<context>
    <name>RecordSetModel</name>
    <message>
        <source>Not published: the name %1 does not exist.</source>
        <translation>Nicht veröffentlicht: Der Name %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Not published: %1 exists but has no %2 record.</source>
        <translation>Nicht veröffentlicht: %1 existiert, hat aber keinen %2-Eintrag.</translation>
    </message>
    <message>
        <source>Could not be read: %1. Not the same as having no record.</source>
        <translation>Konnte nicht gelesen werden: %1. Das ist nicht dasselbe wie kein Eintrag.</translation>
    </message>
    <message>
        <source>Not read: the audit was cancelled.</source>
        <translation>Nicht gelesen: Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>asking…</source>
        <translation>frage an…</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>CNAME</source>
        <translation>CNAME</translation>
    </message>
    <message>
        <source>%1, %2 strings</source>
        <translation>%1, %2 Strings</translation>
    </message>
    <message>
        <source>Character-strings: %1 bytes; joined: %2 bytes</source>
        <translation>Character-Strings: %1 Bytes; zusammengefügt: %2 Bytes</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>noch keine Antwort</translation>
    </message>
    <message>
        <source>not read, the audit was cancelled</source>
        <translation>nicht gelesen, die Prüfung wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <source>Show 255-byte string &amp;splits</source>
        <translation>255-Byte-&amp;Aufteilung der Strings zeigen</translation>
    </message>
    <message>
        <source>&amp;Copy records</source>
        <translation>Einträge &amp;kopieren</translation>
    </message>
    <message>
        <source>Enter a domain and press Audit to read what it publishes.</source>
        <translation>Geben Sie eine Domain ein und klicken Sie auf Prüfen, um zu lesen, was sie veröffentlicht.</translation>
    </message>
    <message>
        <source>A TXT record is a list of character-strings of at most 255 bytes each. Receivers join them without spaces; show them as published to check where they are split.</source>
        <translation>Ein TXT-Eintrag ist eine Liste von Character-Strings mit je höchstens 255 Bytes. Empfänger fügen sie ohne Leerzeichen zusammen; zeigen Sie sie wie veröffentlicht, um zu prüfen, wo sie geteilt sind.</translation>
    </message>
    <message>
        <source>Copy the selected record sets (or all) as zone-file lines (Ctrl+C)</source>
        <translation>Die ausgewählten Eintragsgruppen (oder alle) als Zonendatei-Zeilen kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>Published records</source>
        <translation>Veröffentlichte Einträge</translation>
    </message>
    <message>
        <source>Selected records as zone-file text</source>
        <translation>Ausgewählte Einträge als Zonendatei-Text</translation>
    </message>
    <message>
        <source>The selected record sets as zone-file text.</source>
        <translation>Die ausgewählten Eintragsgruppen als Zonendatei-Text.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>TXT at the domain (SPF lives here)</source>
        <translation>TXT an der Domain (hier steht SPF)</translation>
    </message>
    <message>
        <source>SPF type 99 (obsolete, RFC 7208 §3.1)</source>
        <translation>SPF-Typ 99 (veraltet, RFC 7208 §3.1)</translation>
    </message>
    <message>
        <source>Mail exchangers</source>
        <translation>Mail-Exchanger</translation>
    </message>
    <message>
        <source>IPv4 addresses</source>
        <translation>IPv4-Adressen</translation>
    </message>
    <message>
        <source>IPv6 addresses</source>
        <translation>IPv6-Adressen</translation>
    </message>
    <message>
        <source>Name servers</source>
        <translation>Nameserver</translation>
    </message>
    <message>
        <source>DMARC policy</source>
        <translation>DMARC-Richtlinie</translation>
    </message>
    <message>
        <source>MTA-STS policy id</source>
        <translation>MTA-STS-Richtlinien-ID</translation>
    </message>
    <message>
        <source>TLS reporting (TLS-RPT)</source>
        <translation>TLS-Berichte (TLS-RPT)</translation>
    </message>
    <message>
        <source>Reading %1 record sets of %2…</source>
        <translation>Lese %1 Eintragsgruppen von %2…</translation>
    </message>
    <message>
        <source>Reading the records %1 publishes…</source>
        <translation>Lese die Einträge, die %1 veröffentlicht…</translation>
    </message>
    <message>
        <source>Reading %1 record sets of %2… %3 answered</source>
        <translation>Lese %1 Eintragsgruppen von %2… %3 beantwortet</translation>
    </message>
    <message>
        <source>1 record set read in %1 ms</source>
        <translation>1 Eintragsgruppe in %1 ms gelesen</translation>
    </message>
    <message>
        <source>%1 record sets read in %2 ms</source>
        <translation>%1 Eintragsgruppen in %2 ms gelesen</translation>
    </message>
    <message>
        <source>%1 not published</source>
        <translation>%1 nicht veröffentlicht</translation>
    </message>
    <message>
        <source>1 lookup failed (%1)</source>
        <translation>1 Abfrage fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>%1 lookups failed (%2)</source>
        <translation>%1 Abfragen fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>1 lookup cancelled</source>
        <translation>1 Abfrage abgebrochen</translation>
    </message>
    <message>
        <source>%1 lookups cancelled</source>
        <translation>%1 Abfragen abgebrochen</translation>
    </message>
    <message>
        <source>The name is outside the loaded zone files, so nothing could be read: offline audits answer only for names inside them. Audit a name of the loaded zones, or ask live DNS (File → Settings).</source>
        <translation>Der Name liegt außerhalb der geladenen Zonendateien, daher konnte nichts gelesen werden: Offline-Prüfungen antworten nur für Namen darin. Prüfen Sie einen Namen der geladenen Zonen oder fragen Sie das Live-DNS (Datei → Einstellungen).</translation>
    </message>
    <message>
        <source>A lookup that failed says nothing about whether the record exists: it is unknown, not missing. Retry, or choose another resolver in File → Settings.</source>
        <translation>Eine fehlgeschlagene Abfrage sagt nichts darüber, ob der Eintrag existiert: Er ist unbekannt, nicht fehlend. Versuchen Sie es erneut oder wählen Sie einen anderen Resolver unter Datei → Einstellungen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Records copied as zone-file lines.</source>
        <translation>Einträge als Zonendatei-Zeilen kopiert.</translation>
    </message>
</context>
<context>
    <name>ReportSourcesModel</name>
    <message>
        <source>authorised</source>
        <translation>autorisiert</translation>
    </message>
    <message>
        <source>forwarder</source>
        <translation>Weiterleiter</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>besteht</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>scheitert</translation>
    </message>
    <message>
        <source>unknown sender</source>
        <translation>unbekannter Absender</translation>
    </message>
    <message>
        <source>(not looked up)</source>
        <translation>(nicht nachgeschlagen)</translation>
    </message>
    <message>
        <source>%1: %2 messages, SPF pass %3, DKIM pass %4, DMARC pass %5, forwarded %6, quarantined %7, rejected %8</source>
        <translation>%1: %2 Nachrichten, SPF-Pass %3, DKIM-Pass %4, DMARC-Pass %5, weitergeleitet %6, unter Quarantäne %7, abgewiesen %8</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>Quell-IP</translation>
    </message>
    <message>
        <source>Reverse name</source>
        <translation>Reverse-Name</translation>
    </message>
    <message>
        <source>SPF include</source>
        <translation>SPF-Include</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>SPF aligned</source>
        <translation>SPF ausgerichtet</translation>
    </message>
    <message>
        <source>DKIM aligned</source>
        <translation>DKIM ausgerichtet</translation>
    </message>
    <message>
        <source>DMARC pass</source>
        <translation>DMARC-Pass</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Weitergeleitet</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>No sending source in these reports</source>
        <translation>Keine sendende Quelle in diesen Berichten</translation>
    </message>
    <message>
        <source>The domain the reports are about (policy_published)</source>
        <translation>Die Domain, um die es in den Berichten geht (policy_published)</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Alle Daten</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Dateien importieren…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Ordner importieren…</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Drop DMARC aggregate or TLS-RPT reports here (.xml, .gz, .zip, .json, .eml, .mbox or folders), or use Import.</source>
        <translation>Ziehen Sie DMARC-Aggregate- oder TLS-RPT-Berichte hierher (.xml, .gz, .zip, .json, .eml, .mbox oder Ordner) oder verwenden Sie Importieren.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Filter by address, reverse name, include or verdict</source>
        <translation>Nach Adresse, Reverse-Name, Include oder Urteil filtern</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>p=quarantine</source>
        <translation>p=quarantine</translation>
    </message>
    <message>
        <source>p=reject</source>
        <translation>p=reject</translation>
    </message>
    <message>
        <source>If the domain published</source>
        <translation>Wenn die Domain veröffentlichte</translation>
    </message>
    <message>
        <source>Policy impact</source>
        <translation>Auswirkung der Richtlinie</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>TLS-RPT</source>
        <translation>TLS-RPT</translation>
    </message>
    <message>
        <source>No import yet.</source>
        <translation>Noch kein Import.</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>Importprotokoll</translation>
    </message>
    <message>
        <source>DMARC pass</source>
        <translation>DMARC-Pass</translation>
    </message>
    <message>
        <source>fail, delivered</source>
        <translation>fehlgeschlagen, zugestellt</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>unter Quarantäne</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <source>No TLS-RPT report for this domain.</source>
        <translation>Kein TLS-RPT-Bericht für diese Domain.</translation>
    </message>
    <message>
        <source>The history database could not be opened: %1</source>
        <translation>Die Verlaufsdatenbank konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The reports could not be read: %1</source>
        <translation>Die Berichte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Choose a domain, or drop reports here to import them.</source>
        <translation>Wählen Sie eine Domain oder ziehen Sie Berichte zum Importieren hierher.</translation>
    </message>
    <message>
        <source>No report about %1 in the database yet. Drop its DMARC aggregate (rua) or TLS-RPT reports here, or use Import.</source>
        <translation>Noch kein Bericht über %1 in der Datenbank. Ziehen Sie ihre DMARC-Aggregate- (rua) oder TLS-RPT-Berichte hierher oder verwenden Sie Importieren.</translation>
    </message>
    <message>
        <source>%1: %2 messages from %3 sources in %4 reports; DMARC pass %5%.</source>
        <translation>%1: %2 Nachrichten von %3 Quellen in %4 Berichten; DMARC-Pass %5 %.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) match no SPF include.</source>
        <translation>
            <numerusform>%n Quelle passt zu keinem SPF-Include.</numerusform>
            <numerusform>%n Quellen passen zu keinem SPF-Include.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tables list the %1 biggest of %2 sources.</source>
        <translation>Die Tabellen zeigen die %1 größten von %2 Quellen.</translation>
    </message>
    <message>
        <source>(No SPF tree stored yet: includes show as unknown.)</source>
        <translation>(Noch kein SPF-Baum gespeichert: Includes erscheinen als unbekannt.)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>TLS reports: %1. Sessions: %2 successful, %3 failed.%4</source>
        <translation>TLS-Berichte: %1. Sitzungen: %2 erfolgreich, %3 fehlgeschlagen.%4</translation>
    </message>
    <message>
        <source>Failures by type: %1.</source>
        <translation>Fehlschläge nach Typ: %1.</translation>
    </message>
    <message>
        <source>successful sessions</source>
        <translation>erfolgreiche Sitzungen</translation>
    </message>
    <message>
        <source>failed sessions</source>
        <translation>fehlgeschlagene Sitzungen</translation>
    </message>
    <message>
        <source>Messages from %1 per day</source>
        <translation>Nachrichten von %1 pro Tag</translation>
    </message>
    <message>
        <source>No DMARC aggregate data for this domain and period.</source>
        <translation>Keine DMARC-Aggregate-Daten für diese Domain und diesen Zeitraum.</translation>
    </message>
    <message>
        <source>Under p=%1, %2 of %3 messages (from %4 sources) would have been %5; %6 of them were not already.</source>
        <translation>Unter p=%1 wären %2 von %3 Nachrichten (von %4 Quellen) betroffen gewesen (%5); bei %6 davon war das nicht schon der Fall.</translation>
    </message>
    <message>
        <source>%1 of them come from senders the SPF record authorises: fix their DKIM or SPF alignment first.</source>
        <translation>%1 davon stammen von Absendern, die der SPF-Eintrag autorisiert: Beheben Sie zuerst deren DKIM- oder SPF-Alignment.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importiere…</translation>
    </message>
    <message>
        <source>Importing reports…</source>
        <translation>Importiere Berichte…</translation>
    </message>
    <message>
        <source>imported   %1 (%2 report(s), %3 rows)
</source>
        <translation>importiert %1 (%2 Bericht(e), %3 Zeilen)
</translation>
    </message>
    <message>
        <source>           warning: %1
</source>
        <translation>           Warnung: %1
</translation>
    </message>
    <message>
        <source>duplicate  %1 (already imported)
</source>
        <translation>doppelt    %1 (bereits importiert)
</translation>
    </message>
    <message>
        <source>REFUSED    %1
           %2
</source>
        <translation>ABGELEHNT  %1
           %2
</translation>
    </message>
    <message>
        <source>%1 imported, %2 skipped as duplicates, %3 refused.</source>
        <translation>%1 importiert, %2 als doppelt übersprungen, %3 abgelehnt.</translation>
    </message>
    <message>
        <source>See the Import log tab for why.</source>
        <translation>Die Gründe stehen im Reiter Importprotokoll.</translation>
    </message>
    <message>
        <source>Import reports</source>
        <translation>Berichte importieren</translation>
    </message>
    <message>
        <source>Reports (*.xml *.gz *.zip *.json *.eml *.mbox);;All files (*)</source>
        <translation>Berichte (*.xml *.gz *.zip *.json *.eml *.mbox);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a folder of reports</source>
        <translation>Einen Ordner mit Berichten importieren</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Domain the reports are about</source>
        <translation>Domain, um die es in den Berichten geht</translation>
    </message>
    <message>
        <source>Include in PDF report</source>
        <translation>In den PDF-Bericht aufnehmen</translation>
    </message>
    <message>
        <source>File → Export adds &quot;Who sends as this domain&quot; to the PDF and HTML report: volume, top sources, unknown senders, forwarders, the policy simulation and TLS-RPT failures of the dates chosen here (else the last 90 days)</source>
        <translation>Datei → Exportieren fügt „Wer als diese Domain versendet“ dem PDF- und HTML-Bericht hinzu: Volumen, wichtigste Quellen, unbekannte Absender, Weiterleitungen, die Richtliniensimulation und TLS-RPT-Fehlschläge der hier gewählten Daten (sonst der letzten 90 Tage)</translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation>Do&amp;main:</translation>
    </message>
    <message>
        <source>Reports from</source>
        <translation>Berichte vom</translation>
    </message>
    <message>
        <source>Reports until</source>
        <translation>Berichte bis</translation>
    </message>
    <message>
        <source>Report views</source>
        <translation>Berichtsansichten</translation>
    </message>
    <message>
        <source>Chart: messages per day by DMARC result</source>
        <translation>Diagramm: Nachrichten pro Tag nach DMARC-Ergebnis</translation>
    </message>
    <message>
        <source>Filter the sources</source>
        <translation>Die Quellen filtern</translation>
    </message>
    <message>
        <source>Sending sources</source>
        <translation>Sendende Quellen</translation>
    </message>
    <message>
        <source>Chart: the selected source&apos;s messages per day</source>
        <translation>Diagramm: Nachrichten der ausgewählten Quelle pro Tag</translation>
    </message>
    <message>
        <source>Policy to simulate</source>
        <translation>Zu simulierende Richtlinie</translation>
    </message>
    <message>
        <source>Sources under the simulated policy</source>
        <translation>Quellen unter der simulierten Richtlinie</translation>
    </message>
    <message>
        <source>Chart: TLS sessions per day</source>
        <translation>Diagramm: TLS-Sitzungen pro Tag</translation>
    </message>
    <message>
        <source>Connecting to the history database…</source>
        <translation>Verbindung zur Verlaufsdatenbank wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>ResolverPlan</name>
    <message>
        <source>The demo zones could not be loaded: %1</source>
        <translation>Die Demo-Zonen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Offline mode has no zone file to answer from. Add one in Settings.</source>
        <translation>Der Offline-Modus hat keine Zonendatei zum Antworten. Fügen Sie eine in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; in Settings is not valid: %2</source>
        <translation>Der Server „%1“ in den Einstellungen ist ungültig: %2</translation>
    </message>
    <message>
        <source>No custom DNS server is set. Add one in Settings.</source>
        <translation>Kein eigener DNS-Server festgelegt. Fügen Sie einen in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>/etc/resolv.conf lists no DNS server. Choose custom servers or offline zone files in Settings.</source>
        <translation>/etc/resolv.conf nennt keinen DNS-Server. Wählen Sie in den Einstellungen eigene Server oder Offline-Zonendateien.</translation>
    </message>
    <message>
        <source>The staged zone file could not be read: %1</source>
        <translation>Die vorgemerkte Zonendatei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The Terraform plan could not be read: %1</source>
        <translation>Der Terraform-Plan konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>SectionFindingsHtml</name>
    <message>
        <source>Fix:</source>
        <translation>Behebung:</translation>
    </message>
</context>
<context>
    <name>SeedAccountDialog</name>
    <message>
        <source>Edit seed mailbox</source>
        <translation>Seed-Postfach bearbeiten</translation>
    </message>
    <message>
        <source>Add seed mailbox</source>
        <translation>Seed-Postfach hinzufügen</translation>
    </message>
    <message>
        <source>gmail-1</source>
        <translation>gmail-1</translation>
    </message>
    <message>
        <source>imap.example.net</source>
        <translation>imap.example.net</translation>
    </message>
    <message>
        <source>TLS (IMAPS, usually port 993)</source>
        <translation>TLS (IMAPS, meist Port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (meist Port 143)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>seed@example.net</source>
        <translation>seed@example.net</translation>
    </message>
    <message>
        <source>The password is kept in the desktop keyring, never in Mailsight&apos;s settings.</source>
        <translation>Das Passwort wird im Desktop-Schlüsselbund aufbewahrt, nie in den Einstellungen von Mailsight.</translation>
    </message>
    <message>
        <source>No desktop keyring is available: the password is used for the next run only and written nowhere.</source>
        <translation>Kein Desktop-Schlüsselbund verfügbar: Das Passwort wird nur für den nächsten Durchlauf verwendet und nirgends gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>IMAP &amp;server:</source>
        <translation>IMAP-&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Give the seed a name.</source>
        <translation>Geben Sie dem Seed-Postfach einen Namen.</translation>
    </message>
    <message>
        <source>Another seed is already named &quot;%1&quot;.</source>
        <translation>Ein anderes Seed-Postfach heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Give the IMAP server&apos;s host name.</source>
        <translation>Geben Sie den Hostnamen des IMAP-Servers an.</translation>
    </message>
    <message>
        <source>Give the user name of the mailbox.</source>
        <translation>Geben Sie den Benutzernamen des Postfachs an.</translation>
    </message>
    <message>
        <source>Give the mailbox&apos;s address (the test message goes there).</source>
        <translation>Geben Sie die Adresse des Postfachs an (dorthin geht die Testnachricht).</translation>
    </message>
    <message>
        <source>Give the mailbox&apos;s password.</source>
        <translation>Geben Sie das Passwort des Postfachs an.</translation>
    </message>
</context>
<context>
    <name>SeedListPanel</name>
    <message>
        <source>&amp;Add seed…</source>
        <translation>Seed-Postfach &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Submission &amp;server…</source>
        <translation>Submission-Se&amp;rver…</translation>
    </message>
    <message>
        <source>Only &amp;watch (my system sends)</source>
        <translation>Nur be&amp;obachten (mein System sendet)</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Seed mailboxes</source>
        <translation>Seed-Postfächer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Mailsight sends nothing: it looks for the message your own system sends with the token in its X-Mailsight-Token header or subject.</source>
        <translation>Mailsight sendet nichts: Es sucht nach der Nachricht, die Ihr eigenes System mit dem Token im Header X-Mailsight-Token oder im Betreff sendet.</translation>
    </message>
    <message>
        <source>Token of the message your system sends</source>
        <translation>Token der Nachricht, die Ihr System sendet</translation>
    </message>
    <message>
        <source>8 to 64 letters, digits and &apos;-&apos;</source>
        <translation>8 bis 64 Buchstaben, Ziffern und &apos;-&apos;</translation>
    </message>
    <message>
        <source>Sends through %1:%2 (%3) as %4, from %5</source>
        <translation>Sendet über %1:%2 (%3) als %4, von %5</translation>
    </message>
    <message>
        <source>No submission server yet: give yours to send the test message, or only watch.</source>
        <translation>Noch kein Submission-Server: Geben Sie Ihren an, um die Testnachricht zu senden, oder beobachten Sie nur.</translation>
    </message>
</context>
<context>
    <name>SeedPasswordCollector</name>
    <message>
        <source>the submission server</source>
        <translation>den Submission-Server</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>Seed-Postfach %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password of %1 (for this run only):</source>
        <translation>Passwort für %1 (nur für diesen Durchlauf):</translation>
    </message>
</context>
<context>
    <name>SeedPlacementChart</name>
    <message>
        <source>Placement of the test message over time, per seed</source>
        <translation>Platzierung der Testnachricht im Zeitverlauf, je Seed-Postfach</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Other folder</source>
        <translation>Anderer Ordner</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
</context>
<context>
    <name>SeedPlacementStyle</name>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Other folder</source>
        <translation>Anderer Ordner</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>bad certificate</source>
        <translation>ungültiges Zertifikat</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>TLS fehlgeschlagen</translation>
    </message>
    <message>
        <source>login refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>not IMAP / protocol error</source>
        <translation>kein IMAP / Protokollfehler</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>looked, not there yet</source>
        <translation>nachgesehen, noch nicht da</translation>
    </message>
    <message>
        <source>found in &quot;%1&quot;</source>
        <translation>gefunden in „%1“</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>SeedRunStore</name>
    <message>
        <source>Cancelled: the run is not stored.</source>
        <translation>Abgebrochen: Der Durchlauf wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Not stored: the test message was not sent, so nothing was measured.</source>
        <translation>Nicht gespeichert: Die Testnachricht wurde nicht gesendet, daher wurde nichts gemessen.</translation>
    </message>
    <message>
        <source>Not stored: audit a domain first, the run is filed under it.</source>
        <translation>Nicht gespeichert: Prüfen Sie zuerst eine Domain, der Durchlauf wird unter ihr abgelegt.</translation>
    </message>
    <message>
        <source>Not stored: the history is off (Settings).</source>
        <translation>Nicht gespeichert: Der Verlauf ist aus (Einstellungen).</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Stored in the history of %1.</source>
        <translation>Im Verlauf von %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>SeedVerdictHtml</name>
    <message>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <source>Found in &quot;%1&quot; after %2 s</source>
        <translation>Gefunden in „%1“ nach %2 s</translation>
    </message>
    <message>
        <source>The copy was not analyzed (no DNS resolver for this run).</source>
        <translation>Die Kopie wurde nicht analysiert (kein DNS-Resolver für diesen Durchlauf).</translation>
    </message>
    <message>
        <source>No copy arrived: there is no verdict to compare.</source>
        <translation>Keine Kopie ist angekommen: Es gibt kein Urteil zum Vergleichen.</translation>
    </message>
    <message>
        <source>The receiver added no Authentication-Results field.</source>
        <translation>Der Empfänger hat kein Authentication-Results-Feld hinzugefügt.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Receiver (%1)</source>
        <translation>Empfänger (%1)</translation>
    </message>
    <message>
        <source>Mailsight</source>
        <translation>Mailsight</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>ARC</source>
        <translation>ARC</translation>
    </message>
    <message>
        <source>The receiver and Mailsight agree.</source>
        <translation>Der Empfänger und Mailsight stimmen überein.</translation>
    </message>
    <message>
        <source>Nothing to compare.</source>
        <translation>Nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>receiver %1, Mailsight %2</source>
        <translation>Empfänger %1, Mailsight %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;System resolver</source>
        <translation>&amp;System-Resolver</translation>
    </message>
    <message>
        <source>C&amp;ustom DNS servers</source>
        <translation>&amp;Eigene DNS-Server</translation>
    </message>
    <message>
        <source>&amp;Offline: answer only from zone files</source>
        <translation>&amp;Offline: nur aus Zonendateien antworten</translation>
    </message>
    <message>
        <source>&amp;Add zone files…</source>
        <translation>Zonendateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>/etc/resolv.conf lists no server.</source>
        <translation>/etc/resolv.conf nennt keinen Server.</translation>
    </message>
    <message>
        <source>From /etc/resolv.conf: %1</source>
        <translation>Aus /etc/resolv.conf: %1</translation>
    </message>
    <message>
        <source>One per line: 192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53</source>
        <translation>Einer pro Zeile: 192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long to wait for each server&apos;s answer before trying again or reporting a timeout</source>
        <translation>Wie lange auf die Antwort jedes Servers gewartet wird, bevor erneut gefragt oder eine Zeitüberschreitung gemeldet wird</translation>
    </message>
    <message>
        <source>Where answers come from</source>
        <translation>Woher die Antworten kommen</translation>
    </message>
    <message>
        <source>&amp;Timeout per query:</source>
        <translation>&amp;Zeitlimit pro Abfrage:</translation>
    </message>
    <message>
        <source>Enter at least one server address.</source>
        <translation>Geben Sie mindestens eine Serveradresse ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Add at least one zone file to answer from.</source>
        <translation>Fügen Sie mindestens eine Zonendatei hinzu, aus der geantwortet wird.</translation>
    </message>
    <message>
        <source>Zone files to answer from</source>
        <translation>Zonendateien, aus denen geantwortet wird</translation>
    </message>
    <message>
        <source>Zone files (*.zone *.db *.txt);;All files (*)</source>
        <translation>Zonendateien (*.zone *.db *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Mailsight.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Mailsight.</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Custom DNS servers</source>
        <translation>Eigene DNS-Server</translation>
    </message>
    <message>
        <source>Dark and High contrast keep severity readable: icon and word as well as colour</source>
        <translation>Dunkel und Hoher Kontrast halten den Schweregrad lesbar: Symbol und Wort zusätzlich zur Farbe</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>Farbsche&amp;ma:</translation>
    </message>
    <message>
        <source>&amp;Probe SMTP automatically (port 25 STARTTLS)</source>
        <translation>SMTP automatisch &amp;prüfen (Port 25, STARTTLS)</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <source>Off by default: many networks block outgoing port 25, and a blocked port says nothing about the MX host. The Transport tab&apos;s Probe SMTP button works either way.</source>
        <translation>Standardmäßig aus: viele Netze sperren ausgehenden Port 25, und ein gesperrter Port sagt nichts über den MX-Host. Die Schaltfläche „SMTP prüfen“ im Tab Transport funktioniert in jedem Fall.</translation>
    </message>
    <message>
        <source>Connect-to rules</source>
        <translation>Connect-to-Regeln</translation>
    </message>
    <message>
        <source>One per line, like curl&apos;s --connect-to: mta-sts.example.com:443:192.0.2.10:8443</source>
        <translation>Eine pro Zeile, wie curls --connect-to: mta-sts.example.com:443:192.0.2.10:8443</translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities only</source>
        <translation>Nur die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities trusted in addition to the system&apos;s (a private PKI)</source>
        <translation>Eine PEM-Datei mit Zertifizierungsstellen, denen zusätzlich zu denen des Systems vertraut wird (private PKI)</translation>
    </message>
    <message>
        <source>Mail transport (MTA-STS, STARTTLS)</source>
        <translation>Mail-Transport (MTA-STS, STARTTLS)</translation>
    </message>
    <message>
        <source>Extra certificate authorities</source>
        <translation>Zusätzliche Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Co&amp;nnect-to rules:</source>
        <translation>Co&amp;nnect-to-Regeln:</translation>
    </message>
    <message>
        <source>E&amp;xtra CA file:</source>
        <translation>Zusätzl&amp;iche CA-Datei:</translation>
    </message>
    <message>
        <source>Ask e&amp;very authoritative server</source>
        <translation>&amp;Jeden autoritativen Server fragen</translation>
    </message>
    <message>
        <source>Asks each of the domain&apos;s name servers directly on port 53, which some networks block</source>
        <translation>Fragt jeden Nameserver der Domain direkt auf Port 53 ab, den manche Netze sperren</translation>
    </message>
    <message>
        <source>Blocklist files (*.conf *.ini *.txt);;All files (*)</source>
        <translation>Sperrlisten-Dateien (*.conf *.ini *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Sperrlisten</translation>
    </message>
    <message>
        <source>Brows&amp;e…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the blocklists file</source>
        <translation>Sperrlisten-Datei auswählen</translation>
    </message>
    <message>
        <source>Browse for the trust anchor file</source>
        <translation>Vertrauensanker-Datei auswählen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Check blockl&amp;ists</source>
        <translation>Sperr&amp;listen prüfen</translation>
    </message>
    <message>
        <source>Custo&amp;m blocklists:</source>
        <translation>Ei&amp;gene Sperrlisten:</translation>
    </message>
    <message>
        <source>DNS trust and reputation</source>
        <translation>DNS-Vertrauen und Reputation</translation>
    </message>
    <message>
        <source>DNSSEC trust anchor</source>
        <translation>DNSSEC-Vertrauensanker</translation>
    </message>
    <message>
        <source>DS or DNSKEY records to validate DNSSEC from (a private root or a test tree); empty: the system&apos;s root key, or offline the zone files&apos; own keys</source>
        <translation>DS- oder DNSKEY-Einträge, von denen aus DNSSEC validiert wird (eine private Root oder ein Testbaum); leer: der Root-Schlüssel des Systems, offline die eigenen Schlüssel der Zonendateien</translation>
    </message>
    <message>
        <source>Looks up the MX and SPF addresses and the domain. Some lists forbid queries through public resolvers (8.8.8.8, 1.1.1.1) and answer those with an error code.</source>
        <translation>Fragt die MX- und SPF-Adressen und die Domain ab. Manche Listen verbieten Abfragen über öffentliche Resolver (8.8.8.8, 1.1.1.1) und beantworten sie mit einem Fehlercode.</translation>
    </message>
    <message>
        <source>The built-in lists</source>
        <translation>Die eingebauten Listen</translation>
    </message>
    <message>
        <source>The system&apos;s root key: %1</source>
        <translation>Der Root-Schlüssel des Systems: %1</translation>
    </message>
    <message>
        <source>Trust anchor &amp;file:</source>
        <translation>Vertrauensanker-Da&amp;tei:</translation>
    </message>
    <message>
        <source>Trust anchors, DS or DNSKEY records (*.key *.ds *.anchor);;All files (*)</source>
        <translation>Vertrauensanker, DS- oder DNSKEY-Einträge (*.key *.ds *.anchor);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Your own set of DNS blocklists, one [zone] section each (docs/blocklists.md; `mailsight-cli blocklists --print-defaults` writes the built-in ones)</source>
        <translation>Ihre eigene Auswahl an DNS-Sperrlisten, je eine [zone]-Sektion (docs/blocklists.md; `mailsight-cli blocklists --print-defaults` schreibt die eingebauten)</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>SourceVolumeChart</name>
    <message>
        <source>Chart: messages of the biggest sources by DMARC result</source>
        <translation>Diagramm: Nachrichten der größten Quellen nach DMARC-Ergebnis</translation>
    </message>
    <message>
        <source>%1
%2 messages: %3 pass DMARC, %4 fail (%5 quarantined, %6 rejected)</source>
        <translation>%1
%2 Nachrichten: %3 bestehen DMARC, %4 scheitern (%5 in Quarantäne, %6 abgewiesen)</translation>
    </message>
</context>
<context>
    <name>SpfEvaluator</name>
    <message>
        <source>This sender is not authorised by the domain&apos;s SPF record</source>
        <translation>Dieser Absender ist durch den SPF-Eintrag der Domain nicht autorisiert</translation>
    </message>
    <message>
        <source>more than %1 DNS lookups found nothing (void lookup limit, RFC 7208 §4.6.4)</source>
        <translation>mehr als %1 DNS-Lookups fanden nichts (Void-Lookup-Limit, RFC 7208 §4.6.4)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid multi-label domain name (RFC 7208 §4.3)</source>
        <translation>„%1“ ist kein gültiger Domainname mit mehreren Labels (RFC 7208 §4.3)</translation>
    </message>
    <message>
        <source>includes nest too deeply</source>
        <translation>Includes sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>syntax error in the record of %1: %2</source>
        <translation>Syntaxfehler im Eintrag von %1: %2</translation>
    </message>
    <message>
        <source>the TXT lookup of %1 failed: %2</source>
        <translation>der TXT-Lookup von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record</source>
        <translation>%1 veröffentlicht keinen SPF-Eintrag</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records; exactly one is allowed (RFC 7208 §4.5)</source>
        <translation>%1 veröffentlicht %2 SPF-Einträge; genau einer ist erlaubt (RFC 7208 §4.5)</translation>
    </message>
    <message>
        <source>more than %1 DNS-querying terms; the limit is crossed at &quot;%2&quot; in %3 (RFC 7208 §4.6.4)</source>
        <translation>mehr als %1 Terme mit DNS-Abfrage; das Limit wird bei „%2“ in %3 überschritten (RFC 7208 §4.6.4)</translation>
    </message>
    <message>
        <source>the client matched &quot;%1&quot; in %2</source>
        <translation>der Client passte auf „%1“ in %2</translation>
    </message>
    <message>
        <source>the redirect target %1 has no SPF record (RFC 7208 §6.1): %2</source>
        <translation>das Redirect-Ziel %1 hat keinen SPF-Eintrag (RFC 7208 §6.1): %2</translation>
    </message>
    <message>
        <source>(no term matched)</source>
        <translation>(kein Term passte)</translation>
    </message>
    <message>
        <source>no term of %1 matched; the default result is neutral</source>
        <translation>kein Term von %1 passte; das Standardergebnis ist neutral</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name, so &quot;%2&quot; matches nothing</source>
        <translation>„%1“ ist kein gültiger Domainname, daher passt „%2“ auf nichts</translation>
    </message>
    <message>
        <source>the %1 lookup of %2 for &quot;%3&quot; failed: %4</source>
        <translation>der %1-Lookup von %2 für „%3“ ist fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>%1 passes for this client (%2)</source>
        <translation>%1 besteht für diesen Client (%2)</translation>
    </message>
    <message>
        <source>the include target %1 has no SPF record (RFC 7208 §5.2): %2</source>
        <translation>das Include-Ziel %1 hat keinen SPF-Eintrag (RFC 7208 §5.2): %2</translation>
    </message>
    <message>
        <source>%1 has %2 MX records; &quot;mx&quot; may look up at most %3 (RFC 7208 §4.6.4)</source>
        <translation>%1 hat %2 MX-Einträge; „mx“ darf höchstens %3 nachschlagen (RFC 7208 §4.6.4)</translation>
    </message>
</context>
<context>
    <name>SpfExpansionBudget</name>
    <message>
        <source>not expanded: the tree is shown up to its %1th lookup (a receiver stops at the 10th)</source>
        <translation>nicht weiter verfolgt: Der Baum wird bis zu seinem %1. Lookup gezeigt (ein Empfänger bricht beim 10. ab)</translation>
    </message>
    <message>
        <source>not resolved: the %1 DNS questions this tree may ask are spent</source>
        <translation>nicht aufgelöst: Die %1 DNS-Anfragen, die dieser Baum stellen darf, sind aufgebraucht</translation>
    </message>
</context>
<context>
    <name>SpfFlattener</name>
    <message>
        <source>Flattened records go stale: providers change their ranges without notice, and a flattened record then rejects their mail or authorises addresses they gave up. Re-flatten regularly (daily) or keep the includes.</source>
        <translation>Geflachte Einträge veralten: Anbieter ändern ihre Bereiche ohne Vorankündigung, und ein geflachter Eintrag weist dann ihre Mail ab oder autorisiert Adressen, die sie aufgegeben haben. Flachen Sie regelmäßig (täglich) neu oder behalten Sie die Includes.</translation>
    </message>
</context>
<context>
    <name>SpfGraph</name>
    <message>
        <source> · %1×</source>
        <translation> · %1×</translation>
    </message>
    <message>
        <source>%1 %2 (crosses 10)</source>
        <translation>%1 %2 (überschreitet 10)</translation>
    </message>
    <message>
        <source>DNS error</source>
        <translation>DNS-Fehler</translation>
    </message>
    <message>
        <source>crosses 10</source>
        <translation>überschreitet 10</translation>
    </message>
    <message>
        <source>loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <source>near limit</source>
        <translation>nahe am Limit</translation>
    </message>
    <message>
        <source>no record</source>
        <translation>kein Eintrag</translation>
    </message>
    <message>
        <source>not expanded</source>
        <translation>nicht weiter verfolgt</translation>
    </message>
    <message>
        <source>over limit</source>
        <translation>über dem Limit</translation>
    </message>
    <message>
        <source>own %1 · total %2</source>
        <translation>eigene %1 · gesamt %2</translation>
    </message>
    <message>
        <source>void</source>
        <translation>ohne Ergebnis</translation>
    </message>
    <message>
        <source>what-if path</source>
        <translation>Was-wäre-wenn-Pfad</translation>
    </message>
    <message>
        <source>within limit</source>
        <translation>innerhalb des Limits</translation>
    </message>
</context>
<context>
    <name>SpfGraphSvg</name>
    <message>
        <source>%1 %2 (up to 8)   %3 %4 (9–10)   %5 %6 (past 10)   dashed: loop or void</source>
        <translation>%1 %2 (bis 8)   %3 %4 (9–10)   %5 %6 (über 10)   gestrichelt: Schleife oder ohne Ergebnis</translation>
    </message>
    <message>
        <source>%1: %2 of 10 DNS lookups, %3 void</source>
        <translation>%1: %2 von 10 DNS-Lookups, %3 ohne Ergebnis</translation>
    </message>
    <message>
        <source>No SPF record to draw</source>
        <translation>Kein SPF-Eintrag zum Zeichnen</translation>
    </message>
</context>
<context>
    <name>SpfGraphView</name>
    <message>
        <source>SPF include graph</source>
        <translation>SPF-Include-Graph</translation>
    </message>
    <message>
        <source>record: %1</source>
        <translation>Eintrag: %1</translation>
    </message>
</context>
<context>
    <name>SpfMacroExpander</name>
    <message>
        <source>a &apos;%&apos; at the end must be written &apos;%%&apos;</source>
        <translation>ein „%“ am Ende muss als „%%“ geschrieben werden</translation>
    </message>
    <message>
        <source>&apos;%&apos; must be followed by &apos;{&apos;, &apos;%&apos;, &apos;_&apos; or &apos;-&apos; (write &apos;%%&apos; for a percent sign)</source>
        <translation>auf „%“ muss „{“, „%“, „_“ oder „-“ folgen (schreiben Sie „%%“ für ein Prozentzeichen)</translation>
    </message>
    <message>
        <source>the character &apos;%1&apos; is not 7-bit ASCII</source>
        <translation>das Zeichen „%1“ ist kein 7-Bit-ASCII</translation>
    </message>
    <message>
        <source>the character (code %1) is not allowed here</source>
        <translation>das Zeichen (Code %1) ist hier nicht erlaubt</translation>
    </message>
    <message>
        <source>the macro is not closed with &apos;}&apos;</source>
        <translation>das Makro ist nicht mit „}“ geschlossen</translation>
    </message>
    <message>
        <source>the macro letter &apos;%1&apos; is allowed only in explanation text (RFC 7208 §7.2)</source>
        <translation>der Makrobuchstabe „%1“ ist nur im Erklärungstext erlaubt (RFC 7208 §7.2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a macro letter (s, l, o, d, i, p, h, v; c, r, t in explanations)</source>
        <translation>„%1“ ist kein Makrobuchstabe (s, l, o, d, i, p, h, v; c, r, t in Erklärungen)</translation>
    </message>
    <message>
        <source>the number of parts in a macro must not be zero (RFC 7208 §7.3)</source>
        <translation>die Anzahl der Teile in einem Makro darf nicht null sein (RFC 7208 §7.3)</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; in a macro (expected a delimiter or &apos;}&apos;)</source>
        <translation>unerwartetes Zeichen „%1“ in einem Makro (erwartet: ein Trennzeichen oder „}“)</translation>
    </message>
</context>
<context>
    <name>SpfRecordParser</name>
    <message>
        <source>a domain is required here</source>
        <translation>hier ist eine Domain erforderlich</translation>
    </message>
    <message>
        <source>the domain must end in a dot and a top-level label (such as &quot;.com&quot;)</source>
        <translation>die Domain muss mit einem Punkt und einem Top-Level-Label enden (etwa „.com“)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid top-level label (letters, digits, inner hyphens; not all digits)</source>
        <translation>„%1“ ist kein gültiges Top-Level-Label (Buchstaben, Ziffern, innere Bindestriche; nicht nur Ziffern)</translation>
    </message>
    <message>
        <source>the record does not start with &quot;v=spf1&quot;</source>
        <translation>der Eintrag beginnt nicht mit „v=spf1“</translation>
    </message>
    <message>
        <source>the character (code %1) is not allowed: SPF records are 7-bit ASCII</source>
        <translation>das Zeichen (Code %1) ist nicht erlaubt: SPF-Einträge sind 7-Bit-ASCII</translation>
    </message>
    <message>
        <source>the modifier &quot;%1&quot; appears more than once (RFC 7208 §6)</source>
        <translation>der Modifier „%1“ kommt mehr als einmal vor (RFC 7208 §6)</translation>
    </message>
    <message>
        <source>a mechanism name is missing</source>
        <translation>ein Mechanismusname fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SPF mechanism (all, include, a, mx, ptr, ip4, ip6, exists) nor a modifier (name=value)</source>
        <translation>„%1“ ist weder ein SPF-Mechanismus (all, include, a, mx, ptr, ip4, ip6, exists) noch ein Modifier (name=wert)</translation>
    </message>
    <message>
        <source>&quot;all&quot; takes no argument</source>
        <translation>„all“ nimmt kein Argument</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;:domain&quot;</source>
        <translation>„%1“ braucht „:domain“</translation>
    </message>
    <message>
        <source>&quot;ptr&quot; takes only &quot;:domain&quot;</source>
        <translation>„ptr“ nimmt nur „:domain“</translation>
    </message>
    <message>
        <source>&quot;//%1&quot; is not an IPv6 prefix length (0-128)</source>
        <translation>„//%1“ ist keine IPv6-Präfixlänge (0–128)</translation>
    </message>
    <message>
        <source>&quot;/%1&quot; is not an IPv4 prefix length (0-32)</source>
        <translation>„/%1“ ist keine IPv4-Präfixlänge (0–32)</translation>
    </message>
    <message>
        <source>expected &quot;:domain&quot; or &quot;/prefix&quot; after &quot;%1&quot;</source>
        <translation>nach „%1“ wird „:domain“ oder „/prefix“ erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;:address&quot;</source>
        <translation>„%1“ braucht „:address“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 prefix length (0-32)</source>
        <translation>„%1“ ist keine IPv4-Präfixlänge (0–32)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 prefix length (0-128)</source>
        <translation>„%1“ ist keine IPv6-Präfixlänge (0–128)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address (four numbers 0-255, no leading zeros)</source>
        <translation>„%1“ ist keine IPv4-Adresse (vier Zahlen 0–255, keine führenden Nullen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>„%1“ ist keine IPv6-Adresse</translation>
    </message>
</context>
<context>
    <name>SpfSyntaxError</name>
    <message>
        <source>term %1 &quot;%2&quot; (character %3): %4</source>
        <translation>Term %1 „%2“ (Zeichen %3): %4</translation>
    </message>
</context>
<context>
    <name>SpfTab</name>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Enter a domain and audit it to see its SPF tree.</source>
        <translation>Geben Sie eine Domain ein und prüfen Sie sie, um ihren SPF-Baum zu sehen.</translation>
    </message>
    <message>
        <source>Copy record</source>
        <translation>Eintrag kopieren</translation>
    </message>
    <message>
        <source>Search the tree (Ctrl+F)</source>
        <translation>Im Baum suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Expand to problems</source>
        <translation>Bis zu Problemen aufklappen</translation>
    </message>
    <message>
        <source>192.0.2.1 or 2001:db8::1</source>
        <translation>192.0.2.1 oder 2001:db8::1</translation>
    </message>
    <message>
        <source>user@domain (optional)</source>
        <translation>user@domain (optional)</translation>
    </message>
    <message>
        <source>mail.example.com (optional)</source>
        <translation>mail.example.com (optional)</translation>
    </message>
    <message>
        <source>Optional: a record to test instead of the published one (v=spf1 …)</source>
        <translation>Optional: ein Eintrag, der statt des veröffentlichten getestet wird (v=spf1 …)</translation>
    </message>
    <message>
        <source>What if (IP, sender, HELO):</source>
        <translation>Was wäre, wenn (IP, Absender, HELO):</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Eintrag:</translation>
    </message>
    <message>
        <source>Audit a domain first.</source>
        <translation>Prüfen Sie zuerst eine Domain.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation>„%1“ ist keine IPv4- oder IPv6-Adresse.</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Werte aus…</translation>
    </message>
    <message>
        <source>Reading the SPF tree of %1…</source>
        <translation>Lese den SPF-Baum von %1…</translation>
    </message>
    <message>
        <source>~ softfail</source>
        <translation>~ softfail</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>nicht ausgewertet</translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation>Lookups</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Kumuliert</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation>Behebung: </translation>
    </message>
    <message>
        <source>%1 → %2. %3</source>
        <translation>%1 → %2. %3</translation>
    </message>
    <message>
        <source>SPF: %1 DNS lookups of 10</source>
        <translation>SPF: %1 von 10 DNS-Lookups</translation>
    </message>
    <message>
        <source>✖ Error: %1 publishes no SPF record.</source>
        <translation>✖ Fehler: %1 veröffentlicht keinen SPF-Eintrag.</translation>
    </message>
    <message>
        <source>✖ Error: %1 publishes more than one SPF record.</source>
        <translation>✖ Fehler: %1 veröffentlicht mehr als einen SPF-Eintrag.</translation>
    </message>
    <message>
        <source>✖ Error: the SPF record of %1 could not be read (%2) — not the same as having none. Retry, or choose another resolver.</source>
        <translation>✖ Fehler: Der SPF-Eintrag von %1 konnte nicht gelesen werden (%2) — das ist nicht dasselbe wie keiner. Versuchen Sie es erneut oder wählen Sie einen anderen Resolver.</translation>
    </message>
    <message>
        <source>✖ Error: the SPF record has a syntax error: %1</source>
        <translation>✖ Fehler: Der SPF-Eintrag hat einen Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>✔ OK</source>
        <translation>✔ OK</translation>
    </message>
    <message>
        <source>✖ Error</source>
        <translation>✖ Fehler</translation>
    </message>
    <message>
        <source>⚠ Warning</source>
        <translation>⚠ Warnung</translation>
    </message>
    <message>
        <source>ℹ Info</source>
        <translation>ℹ Info</translation>
    </message>
    <message>
        <source>%1: %2 of 10 DNS lookups, %3 void, %4 finding(s).</source>
        <translation>%1: %2 von 10 DNS-Lookups, %3 ohne Ergebnis, %4 Befund(e).</translation>
    </message>
    <message>
        <source> Receivers stop at the 11th lookup: SPF fails with permerror.</source>
        <translation> Empfänger brechen beim 11. Lookup ab: SPF scheitert mit permerror.</translation>
    </message>
    <message>
        <source> An include loops back: receivers follow it until the limit (permerror).</source>
        <translation> Ein Include führt im Kreis: Empfänger folgen ihm bis zum Limit (permerror).</translation>
    </message>
    <message>
        <source>1–8</source>
        <translation>1–8</translation>
    </message>
    <message>
        <source>9–10: near</source>
        <translation>9–10: knapp</translation>
    </message>
    <message>
        <source>11+: fails</source>
        <translation>11+: scheitert</translation>
    </message>
    <message>
        <source>DNS lookups</source>
        <translation>DNS-Lookups</translation>
    </message>
    <message>
        <source>Lookups per branch: %1 of 10</source>
        <translation>Lookups pro Zweig: %1 von 10</translation>
    </message>
    <message>
        <source>&lt;p&gt;Published as %1 strings: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Veröffentlicht als %1 Strings: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Resolved: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aufgelöst: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Authorises: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Autorisiert: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Flags: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Markierungen: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cost %1; running count after it: %2 of 10.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kosten %1; Zwischenstand danach: %2 von 10.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>SPF record</source>
        <translation>SPF-Eintrag</translation>
    </message>
    <message>
        <source>Search the SPF tree</source>
        <translation>Den SPF-Baum durchsuchen</translation>
    </message>
    <message>
        <source>SPF lookup tree</source>
        <translation>SPF-Lookup-Baum</translation>
    </message>
    <message>
        <source>SPF findings</source>
        <translation>SPF-Befunde</translation>
    </message>
    <message>
        <source>Explanation of the selected term</source>
        <translation>Erklärung des ausgewählten Terms</translation>
    </message>
    <message>
        <source>Chart: DNS lookups per branch of the SPF tree</source>
        <translation>Diagramm: DNS-Lookups pro Zweig des SPF-Baums</translation>
    </message>
    <message>
        <source>What if: client IP address</source>
        <translation>Was wäre, wenn: Client-IP-Adresse</translation>
    </message>
    <message>
        <source>What if: sender address</source>
        <translation>Was wäre, wenn: Absenderadresse</translation>
    </message>
    <message>
        <source>What if: HELO name</source>
        <translation>Was wäre, wenn: HELO-Name</translation>
    </message>
    <message>
        <source>What if: SPF record to test instead of the published one</source>
        <translation>Was wäre, wenn: SPF-Eintrag, der statt des veröffentlichten getestet wird</translation>
    </message>
    <message>
        <source> Not expanded to its end: %1.</source>
        <translation> Nicht bis zum Ende verfolgt: %1.</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Drag to pan. Colour, icon and word: within the limit of 10 lookups (up to 8), near it (9–10), over it; dashed: loop or void lookup.</source>
        <translation>Ziehen verschiebt die Ansicht. Farbe, Symbol und Wort: innerhalb des Limits von 10 Lookups (bis 8), nahe daran (9–10), darüber; gestrichelt: Schleife oder Lookup ohne Ergebnis.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the whole graph in view (Ctrl+0)</source>
        <translation>Den ganzen Graphen einpassen (Strg+0)</translation>
    </message>
    <message>
        <source>Include graph</source>
        <translation>Include-Graph</translation>
    </message>
    <message>
        <source>Lookups per branch</source>
        <translation>Lookups pro Zweig</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=, or the mouse wheel)</source>
        <translation>Vergrößern (Strg+= oder Mausrad)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-, or the mouse wheel)</source>
        <translation>Verkleinern (Strg+- oder Mausrad)</translation>
    </message>
</context>
<context>
    <name>SpfTermExplainer</name>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>besteht</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>scheitert</translation>
    </message>
    <message>
        <source>soft-fails (accepted but marked suspicious)</source>
        <translation>scheitert weich (angenommen, aber als verdächtig markiert)</translation>
    </message>
    <message>
        <source>is neutral (neither passes nor fails)</source>
        <translation>ist neutral (weder bestanden noch gescheitert)</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>The SPF record of %1; evaluating it costs %2 DNS lookups.</source>
        <translation>Der SPF-Eintrag von %1; seine Auswertung kostet %2 DNS-Lookups.</translation>
    </message>
    <message>
        <source>Depends on the message (macros %1): with an IP and sender it looks up &quot;%2&quot; expanded; costs 1 lookup.</source>
        <translation>Hängt von der Nachricht ab (Makros %1): Mit IP und Absender wird „%2“ expandiert nachgeschlagen; kostet 1 Lookup.</translation>
    </message>
    <message>
        <source>Every other sender %1.</source>
        <translation>Jeder andere Absender %1.</translation>
    </message>
    <message>
        <source>Mail from %1 %2.</source>
        <translation>Mail von %1 %2.</translation>
    </message>
    <message>
        <source>Looks up the addresses of %1, but the lookup failed (temperror); costs 1 lookup.</source>
        <translation>Schlägt die Adressen von %1 nach, aber der Lookup ist fehlgeschlagen (temperror); kostet 1 Lookup.</translation>
    </message>
    <message>
        <source>Mail from the addresses of %1 %2, but it has none (a void lookup); costs 1 lookup.</source>
        <translation>Mail von den Adressen von %1 %2, aber es hat keine (ein Void Lookup); kostet 1 Lookup.</translation>
    </message>
    <message>
        <source>Mail from the addresses of %1 (%2) %3; costs 1 lookup.</source>
        <translation>Mail von den Adressen von %1 (%2) %3; kostet 1 Lookup.</translation>
    </message>
    <message>
        <source>Mail from the mail servers of %1 %2, but it has no MX records (a void lookup); costs 1 lookup.</source>
        <translation>Mail von den Mailservern von %1 %2, aber es hat keine MX-Einträge (ein Void Lookup); kostet 1 Lookup.</translation>
    </message>
    <message>
        <source>Mail from the mail servers of %1 (%2) %3; costs 1 lookup plus address lookups of %4 host(s).</source>
        <translation>Mail von den Mailservern von %1 (%2) %3; kostet 1 Lookup plus Adress-Lookups für %4 Host(s).</translation>
    </message>
    <message>
        <source>Mail %1 if the client&apos;s reverse DNS name, confirmed forward, ends in %2 (slow and discouraged); costs 1 lookup plus up to 10 more.</source>
        <translation>Mail %1, wenn der per Forward-Lookup bestätigte Reverse-DNS-Name des Clients auf %2 endet (langsam und nicht empfohlen); kostet 1 Lookup plus bis zu 10 weitere.</translation>
    </message>
    <message>
        <source>Mail %1 if %2 has an IPv4 address (any address); costs 1 lookup.</source>
        <translation>Mail %1, wenn %2 eine IPv4-Adresse hat (beliebige Adresse); kostet 1 Lookup.</translation>
    </message>
    <message>
        <source>Evaluates %1, which is already on this path: a loop, not followed.</source>
        <translation>Wertet %1 aus, das bereits auf diesem Pfad liegt: eine Schleife, der nicht gefolgt wird.</translation>
    </message>
    <message>
        <source>Evaluates %1, which has no SPF record: evaluation ends in permerror here.</source>
        <translation>Wertet %1 aus, das keinen SPF-Eintrag hat: Die Auswertung endet hier mit permerror.</translation>
    </message>
    <message>
        <source>Evaluates %1; %2 if that passes; costs 1 lookup plus %3 inside.</source>
        <translation>Wertet %1 aus; %2, wenn das besteht; kostet 1 Lookup plus %3 darin.</translation>
    </message>
    <message>
        <source>Ignored: the record has &quot;all&quot;, so redirect to %1 never applies.</source>
        <translation>Ignoriert: Der Eintrag hat „all“, daher greift redirect auf %1 nie.</translation>
    </message>
    <message>
        <source>If nothing above matched, the result is that of %1&apos;s record; costs 1 lookup plus %2 inside.</source>
        <translation>Passte nichts davor, gilt das Ergebnis des Eintrags von %1; kostet 1 Lookup plus %2 darin.</translation>
    </message>
    <message>
        <source>On fail, the reason shown to the sender comes from the TXT record of %1; costs no counted lookup.</source>
        <translation>Bei fail stammt die dem Absender gezeigte Begründung aus dem TXT-Eintrag von %1; kostet keinen gezählten Lookup.</translation>
    </message>
    <message>
        <source>An unknown modifier &quot;%1&quot;: receivers ignore it.</source>
        <translation>Ein unbekannter Modifier „%1“: Empfänger ignorieren ihn.</translation>
    </message>
    <message>
        <source>Evaluates %1; costs 1 lookup plus what it holds, not followed here: %2.</source>
        <translation>Wertet %1 aus; kostet 1 Lookup plus das, was es enthält, hier nicht verfolgt: %2.</translation>
    </message>
    <message>
        <source>Looks up %1; costs 1 lookup. Not resolved here: the tree is shown only up to its %2th lookup, and asks at most %3 DNS questions.</source>
        <translation>Schlägt %1 nach; kostet 1 Lookup. Hier nicht aufgelöst: Der Baum wird nur bis zu seinem %2. Lookup gezeigt und stellt höchstens %3 DNS-Anfragen.</translation>
    </message>
</context>
<context>
    <name>SpfTreeBuilder</name>
    <message>
        <source>&quot;%1&quot; is not a valid domain name</source>
        <translation>„%1“ ist kein gültiger Domainname</translation>
    </message>
    <message>
        <source>the TXT lookup failed: %1</source>
        <translation>der TXT-Lookup ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN)</source>
        <translation>der Name existiert nicht (NXDOMAIN)</translation>
    </message>
    <message>
        <source>no TXT record starts with &quot;v=spf1&quot;</source>
        <translation>kein TXT-Eintrag beginnt mit „v=spf1“</translation>
    </message>
    <message>
        <source>%1 SPF records: %2</source>
        <translation>%1 SPF-Einträge: %2</translation>
    </message>
    <message>
        <source>not a valid domain name</source>
        <translation>kein gültiger Domainname</translation>
    </message>
    <message>
        <source>loop: %1 is already on this path (%2)</source>
        <translation>Schleife: %1 liegt bereits auf diesem Pfad (%2)</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 also publishes %2 type-99 record(s): %3</source>
        <translation>%1 veröffentlicht außerdem %2 Typ-99-Einträge: %3</translation>
    </message>
    <message>
        <source>The record of %1 is %2 bytes long.</source>
        <translation>Der Eintrag von %1 ist %2 Bytes lang.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 comes after &quot;all&quot;.</source>
        <translation>„%1“ in %2 steht nach „all“.</translation>
    </message>
    <message>
        <source>The expanded record needs %1 DNS lookups. The count passes 10 at &quot;%2&quot; in %3: evaluation ends in permerror there.%4</source>
        <translation>Der aufgelöste Eintrag braucht %1 DNS-Lookups. Die Zählung überschreitet 10 bei „%2“ in %3: Die Auswertung endet dort mit permerror.%4</translation>
    </message>
    <message>
        <source> The costliest branch is &quot;%1&quot; with %2 lookups.</source>
        <translation> Der teuerste Zweig ist „%1“ mit %2 Lookups.</translation>
    </message>
    <message>
        <source>The third lookup that finds nothing is &quot;%1&quot; in %2.</source>
        <translation>Der dritte Lookup, der nichts findet, ist „%1“ in %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 leads back to %3. A receiver follows the loop until the 10-lookup limit: permerror, unless an earlier term matches. The counts shown stop at the loop.</source>
        <translation>„%1“ in %2 führt zurück zu %3. Ein Empfänger folgt der Schleife bis zum Limit von 10 Lookups: permerror, sofern kein früherer Term passt. Die angezeigten Zählungen enden an der Schleife.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2: %3 has no SPF record (%4).</source>
        <translation>„%1“ in %2: %3 hat keinen SPF-Eintrag (%4).</translation>
    </message>
    <message>
        <source>%1 is evaluated again by &quot;%2&quot; in %3.</source>
        <translation>%1 wird durch „%2“ in %3 erneut ausgewertet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2: %3</source>
        <translation>„%1“ in %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 finds %3 mail servers.</source>
        <translation>„%1“ in %2 findet %3 Mailserver.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2.</source>
        <translation>„%1“ in %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is ignored.</source>
        <translation>„%1“ in %2 wird ignoriert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is ignored because the record has &quot;all&quot;.</source>
        <translation>„%1“ in %2 wird ignoriert, weil der Eintrag „all“ enthält.</translation>
    </message>
    <message>
        <source>The expanded record needs %1 of the 10 DNS lookups.</source>
        <translation>Der aufgelöste Eintrag braucht %1 der 10 DNS-Lookups.</translation>
    </message>
    <message>
        <source>%1 overlapping pair(s) of ranges, for example %2.</source>
        <translation>%1 überlappende(s) Bereichspaar(e), zum Beispiel %2.</translation>
    </message>
    <message>
        <source>20 or more</source>
        <translation>20 oder mehr</translation>
    </message>
    <message>
        <source>%1 ends in &quot;%2&quot;.</source>
        <translation>%1 endet mit „%2“.</translation>
    </message>
    <message>
        <source>%1 has neither &quot;all&quot; nor redirect.</source>
        <translation>%1 hat weder „all“ noch redirect.</translation>
    </message>
    <message>
        <source> | … (%1 more)</source>
        <translation> | … (%1 weitere)</translation>
    </message>
    <message>
        <source>the tree is shown up to its %1th lookup in evaluation order (a receiver stops at the 10th); the lookup count is at least %2</source>
        <translation>der Baum wird bis zu seinem %1. Lookup in Auswertungsreihenfolge gezeigt (ein Empfänger bricht beim 10. ab); die Zahl der Lookups ist mindestens %2</translation>
    </message>
    <message>
        <source>the tree was expanded until its %1 DNS questions were spent; the lookup count is at least %2</source>
        <translation>der Baum wurde aufgelöst, bis seine %1 DNS-Anfragen aufgebraucht waren; die Zahl der Lookups ist mindestens %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
</context>
<context>
    <name>SpfTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>+ pass</source>
        <translation>+ pass</translation>
    </message>
    <message>
        <source>- fail</source>
        <translation>- fail</translation>
    </message>
    <message>
        <source>~ softfail</source>
        <translation>~ softfail</translation>
    </message>
    <message>
        <source>? neutral</source>
        <translation>? neutral</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>nicht ausgewertet</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>passt</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation>Lookups</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Kumuliert</translation>
    </message>
    <message>
        <source>IP ranges</source>
        <translation>IP-Bereiche</translation>
    </message>
</context>
<context>
    <name>SubmissionServerDialog</name>
    <message>
        <source>Submission server</source>
        <translation>Submission-Server</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meist Port 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (meist Port 465)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>postmaster@your-domain.example</source>
        <translation>postmaster@your-domain.example</translation>
    </message>
    <message>
        <source>The test message goes out through your own server, from an address of the audited domain, so that the seeds judge your real setup.</source>
        <translation>Die Testnachricht geht über Ihren eigenen Server hinaus, von einer Adresse der geprüften Domain, damit die Seed-Postfächer Ihre echte Konfiguration beurteilen.</translation>
    </message>
    <message>
        <source>The password is kept in the desktop keyring.</source>
        <translation>Das Passwort wird im Desktop-Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>No desktop keyring is available: the password is used for the next run only.</source>
        <translation>Kein Desktop-Schlüsselbund verfügbar: Das Passwort wird nur für den nächsten Durchlauf verwendet.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Give the submission server&apos;s host name.</source>
        <translation>Geben Sie den Hostnamen des Submission-Servers an.</translation>
    </message>
    <message>
        <source>Give the user name for the submission server.</source>
        <translation>Geben Sie den Benutzernamen für den Submission-Server an.</translation>
    </message>
    <message>
        <source>Give the From address (an address of the audited domain).</source>
        <translation>Geben Sie die From-Adresse an (eine Adresse der geprüften Domain).</translation>
    </message>
</context>
<context>
    <name>TransportMxModel</name>
    <message>
        <source>Pref.</source>
        <translation>Präf.</translation>
    </message>
    <message>
        <source>MX host</source>
        <translation>MX-Host</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Reverse DNS (FCrDNS)</source>
        <translation>Reverse-DNS (FCrDNS)</translation>
    </message>
    <message>
        <source>MTA-STS</source>
        <translation>MTA-STS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>%1: lookup failed (%2)</source>
        <translation>%1: Abfrage fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>%1 → %2 (confirmed)</source>
        <translation>%1 → %2 (bestätigt)</translation>
    </message>
    <message>
        <source>%1: no PTR</source>
        <translation>%1: kein PTR</translation>
    </message>
    <message>
        <source>%1 → %2 (does not resolve back)</source>
        <translation>%1 → %2 (löst nicht zurück auf)</translation>
    </message>
    <message>
        <source>no policy</source>
        <translation>keine Richtlinie</translation>
    </message>
    <message>
        <source>The domain publishes no MTA-STS policy.</source>
        <translation>Die Domain veröffentlicht keine MTA-STS-Richtlinie.</translation>
    </message>
    <message>
        <source>not fetched</source>
        <translation>nicht abgerufen</translation>
    </message>
    <message>
        <source>policy unusable</source>
        <translation>Richtlinie unbrauchbar</translation>
    </message>
    <message>
        <source>Senders cannot use the policy: see the findings.</source>
        <translation>Absender können die Richtlinie nicht verwenden: siehe die Befunde.</translation>
    </message>
    <message>
        <source>covered by %1</source>
        <translation>abgedeckt durch %1</translation>
    </message>
    <message>
        <source>The policy&apos;s mx pattern %1 matches this host.</source>
        <translation>Das mx-Muster %1 der Richtlinie passt auf diesen Host.</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>nicht abgedeckt</translation>
    </message>
    <message>
        <source>No mx pattern of the policy matches this host: senders applying an enforce policy refuse to deliver here.</source>
        <translation>Kein mx-Muster der Richtlinie passt auf diesen Host: Absender, die eine enforce-Richtlinie anwenden, stellen hier nicht zu.</translation>
    </message>
    <message>
        <source>probing…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Probe SMTP connects to port 25 of each MX host (off by default).</source>
        <translation>„SMTP prüfen“ verbindet sich mit Port 25 jedes MX-Hosts (standardmäßig aus).</translation>
    </message>
    <message>
        <source>certificate until %1 (%2 days)</source>
        <translation>Zertifikat bis %1 (%2 Tage)</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
Names: %3</source>
        <translation>Inhaber: %1
Aussteller: %2
Namen: %3</translation>
    </message>
    <message>
        <source>certificate not valid</source>
        <translation>Zertifikat ungültig</translation>
    </message>
    <message>
        <source>certificate names another host</source>
        <translation>Zertifikat nennt einen anderen Host</translation>
    </message>
    <message>
        <source>not offered: clear text</source>
        <translation>nicht angeboten: Klartext</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>probe cancelled</source>
        <translation>Prüfung abgebrochen</translation>
    </message>
    <message>
        <source>not reached (%1)</source>
        <translation>nicht erreicht (%1)</translation>
    </message>
    <message>
        <source>%1. This says nothing about TLS on this host.</source>
        <translation>%1. Das sagt nichts über TLS auf diesem Host.</translation>
    </message>
    <message>
        <source>alias (CNAME) of %1</source>
        <translation>Alias (CNAME) von %1</translation>
    </message>
    <message>
        <source>an IP address, not a host name</source>
        <translation>eine IP-Adresse, kein Hostname</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>Senders cannot deliver to this host.</source>
        <translation>Absender können an diesen Host nicht zustellen.</translation>
    </message>
    <message>
        <source>certificate expired on %1</source>
        <translation>Zertifikat abgelaufen am %1</translation>
    </message>
    <message>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <source>lookup failed</source>
        <translation>Abfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>The TLSA lookup of %1 failed: %2. DANE senders defer mail to this host until it answers.</source>
        <translation>Die TLSA-Abfrage von %1 ist fehlgeschlagen: %2. DANE-Absender stellen Mails an diesen Host zurück, bis die Abfrage beantwortet wird.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No TLSA records at %1: senders use no DANE for this host.</source>
        <translation>Keine TLSA-Einträge unter %1: Absender verwenden für diesen Host kein DANE.</translation>
    </message>
    <message>
        <source>TLSA records at %1 (DNSSEC: %2%3):</source>
        <translation>TLSA-Einträge unter %1 (DNSSEC: %2%3):</translation>
    </message>
    <message>
        <source> — matches</source>
        <translation> — passt</translation>
    </message>
    <message>
        <source> — does not match</source>
        <translation> — passt nicht</translation>
    </message>
    <message>
        <source>The records are DNSSEC-bogus: validating senders defer mail to this host.</source>
        <translation>Die Einträge sind DNSSEC-bogus: Validierende Absender stellen Mails an diesen Host zurück.</translation>
    </message>
    <message>
        <source>The records are not DNSSEC-signed: senders ignore them.</source>
        <translation>Die Einträge sind nicht DNSSEC-signiert: Absender ignorieren sie.</translation>
    </message>
    <message>
        <source>bogus (DNSSEC)</source>
        <translation>bogus (DNSSEC)</translation>
    </message>
    <message>
        <source>not secure</source>
        <translation>nicht sicher</translation>
    </message>
    <message>
        <source>A single DANE-EE record: the next certificate renewal with a new key breaks delivery from DANE senders.</source>
        <translation>Ein einzelner DANE-EE-Eintrag: Die nächste Zertifikatserneuerung mit neuem Schlüssel unterbricht die Zustellung von DANE-Absendern.</translation>
    </message>
    <message>
        <source>matches
single record</source>
        <translation>passt
einzelner Eintrag</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>passt</translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation>passt nicht</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), not matched</source>
        <translation>
            <numerusform>%n Eintrag, passt nicht</numerusform>
            <numerusform>%n Einträge, passen nicht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransportSectionHtml</name>
    <message>
        <source>MX hosts</source>
        <translation>MX-Hosts</translation>
    </message>
    <message>
        <source>MTA-STS (RFC 8461)</source>
        <translation>MTA-STS (RFC 8461)</translation>
    </message>
    <message>
        <source>TLS reporting (TLS-RPT, RFC 8460)</source>
        <translation>TLS-Berichte (TLS-RPT, RFC 8460)</translation>
    </message>
    <message>
        <source>Transport findings</source>
        <translation>Transport-Befunde</translation>
    </message>
    <message>
        <source>The MX query failed: %1.</source>
        <translation>Die MX-Abfrage ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>a null MX (RFC 7505): the domain receives no mail.</source>
        <translation>ein Null-MX (RFC 7505): die Domain empfängt keine Mail.</translation>
    </message>
    <message>
        <source>No MX record and no address: mail to this domain bounces.</source>
        <translation>Kein MX-Record und keine Adresse: Mail an diese Domain kommt zurück.</translation>
    </message>
    <message>
        <source>No MX record: senders deliver to the domain&apos;s own address (RFC 5321 §5.1): %1.</source>
        <translation>Kein MX-Record: Absender stellen an die eigene Adresse der Domain zu (RFC 5321 §5.1): %1.</translation>
    </message>
    <message>
        <source>Pref.</source>
        <translation>Präf.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Reverse DNS (FCrDNS)</source>
        <translation>Reverse-DNS (FCrDNS)</translation>
    </message>
    <message>
        <source>MTA-STS</source>
        <translation>MTA-STS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>an alias (CNAME) of %1</source>
        <translation>ein Alias (CNAME) von %1</translation>
    </message>
    <message>
        <source>%1: lookup failed (%2)</source>
        <translation>%1: Abfrage fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>%1: no PTR</source>
        <translation>%1: kein PTR</translation>
    </message>
    <message>
        <source>%1 → %2, not confirmed</source>
        <translation>%1 → %2, nicht bestätigt</translation>
    </message>
    <message>
        <source>no policy</source>
        <translation>keine Richtlinie</translation>
    </message>
    <message>
        <source>not fetched</source>
        <translation>nicht abgerufen</translation>
    </message>
    <message>
        <source>policy unusable</source>
        <translation>Richtlinie unbrauchbar</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>abgedeckt</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>nicht abgedeckt</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>not probed (opt-in)</source>
        <translation>nicht geprüft (optional)</translation>
    </message>
    <message>
        <source>%1, certificate not valid</source>
        <translation>%1, Zertifikat ungültig</translation>
    </message>
    <message>
        <source>certificate valid until %1</source>
        <translation>Zertifikat gültig bis %1</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>nicht angeboten</translation>
    </message>
    <message>
        <source>not reached (%1): says nothing about TLS</source>
        <translation>nicht erreicht (%1): sagt nichts über TLS</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>No _mta-sts record: senders use TLS only when offered, and an attacker on the path can strip it.</source>
        <translation>Kein _mta-sts-Record: Absender verwenden TLS nur, wenn es angeboten wird, und ein Angreifer auf dem Weg kann es entfernen.</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Record:</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>Richtlinie: %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>content type %1</source>
        <translation>Inhaltstyp %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>certificate valid</source>
        <translation>Zertifikat gültig</translation>
    </message>
    <message>
        <source>certificate not valid</source>
        <translation>Zertifikat ungültig</translation>
    </message>
    <message>
        <source>Policy fetched from</source>
        <translation>Richtlinie abgerufen von</translation>
    </message>
    <message>
        <source>The fetch failed: %1</source>
        <translation>Der Abruf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No _smtp._tls record: senders send no reports of TLS failures, so problems go unnoticed.</source>
        <translation>Kein _smtp._tls-Record: Absender schicken keine Berichte über TLS-Fehler, Probleme bleiben unbemerkt.</translation>
    </message>
    <message>
        <source>Reports of TLS failures go to:</source>
        <translation>Berichte über TLS-Fehler gehen an:</translation>
    </message>
    <message>
        <source>None: nothing to fix in how mail reaches this domain.</source>
        <translation>Keine: am Weg der Mail zu dieser Domain ist nichts zu beheben.</translation>
    </message>
    <message>
        <source>How mail reaches %1</source>
        <translation>Wie Mail %1 erreicht</translation>
    </message>
    <message>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not known: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message>
        <source>TLSA lookup failed: %1</source>
        <translation>TLSA-Abfrage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <source>no record matches</source>
        <translation>kein Eintrag stimmt überein</translation>
    </message>
    <message>
        <source>not DNSSEC-secure: senders ignore it</source>
        <translation>nicht DNSSEC-gesichert: Absender ignorieren ihn</translation>
    </message>
    <message>
        <source>published, not matched (not probed)</source>
        <translation>veröffentlicht, nicht abgeglichen (nicht getestet)</translation>
    </message>
    <message>
        <source>DNSSEC: %1</source>
        <translation>DNSSEC: %1</translation>
    </message>
</context>
<context>
    <name>TransportTab</name>
    <message>
        <source>the policy host has no address</source>
        <translation>der Richtlinien-Host hat keine Adresse</translation>
    </message>
    <message>
        <source>connection refused or unreachable</source>
        <translation>Verbindung abgelehnt oder nicht erreichbar</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>certificate check failed</source>
        <translation>Zertifikatsprüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>not a valid HTTP response</source>
        <translation>keine gültige HTTP-Antwort</translation>
    </message>
    <message>
        <source>the policy is larger than 64 KiB</source>
        <translation>die Richtlinie ist größer als 64 KiB</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>&amp;Probe SMTP</source>
        <translation>SMTP &amp;prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>BIMI</source>
        <translation>BIMI</translation>
    </message>
    <message>
        <source>Connect to port 25 of every MX host, ask for STARTTLS and check the certificate. Many networks block port 25: then the probe says nothing about the hosts.</source>
        <translation>Mit Port 25 jedes MX-Hosts verbinden, STARTTLS anfordern und das Zertifikat prüfen. Viele Netze sperren Port 25: dann sagt die Prüfung nichts über die Hosts.</translation>
    </message>
    <message>
        <source>Transport check progress</source>
        <translation>Fortschritt der Transport-Prüfung</translation>
    </message>
    <message>
        <source>MX hosts</source>
        <translation>MX-Hosts</translation>
    </message>
    <message>
        <source>The MTA-STS policy as fetched</source>
        <translation>Die MTA-STS-Richtlinie wie abgerufen</translation>
    </message>
    <message>
        <source>MTA-STS policy (RFC 8461)</source>
        <translation>MTA-STS-Richtlinie (RFC 8461)</translation>
    </message>
    <message>
        <source>TLS reporting (TLS-RPT, RFC 8460)</source>
        <translation>TLS-Berichte (TLS-RPT, RFC 8460)</translation>
    </message>
    <message>
        <source>Transport findings</source>
        <translation>Transport-Befunde</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Enter a domain and press Audit to see how mail reaches it.</source>
        <translation>Geben Sie eine Domain ein und drücken Sie Prüfen, um zu sehen, wie Mail sie erreicht.</translation>
    </message>
    <message>
        <source>Offline (demo or zone files): no connection is made.</source>
        <translation>Offline (Demo oder Zonendateien): es wird keine Verbindung aufgebaut.</translation>
    </message>
    <message>
        <source>Probing port 25 (STARTTLS) of the MX hosts of %1…</source>
        <translation>Port 25 (STARTTLS) der MX-Hosts von %1 wird geprüft…</translation>
    </message>
    <message>
        <source>Reading the MX hosts of %1 and fetching its MTA-STS policy…</source>
        <translation>MX-Hosts von %1 werden gelesen und die MTA-STS-Richtlinie abgerufen…</translation>
    </message>
    <message>
        <source>Cancelled: what was not checked is unknown.</source>
        <translation>Abgebrochen: was nicht geprüft wurde, ist unbekannt.</translation>
    </message>
    <message>
        <source>The transport check of %1 was cancelled.</source>
        <translation>Die Transport-Prüfung von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Transport: %1</source>
        <translation>Transport: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The _smtp._tls query failed: %1.</source>
        <translation>Die _smtp._tls-Abfrage ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>No _smtp._tls record: senders send no reports of TLS failures, so problems go unnoticed.</source>
        <translation>Kein _smtp._tls-Record: Absender schicken keine Berichte über TLS-Fehler, Probleme bleiben unbemerkt.</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>Record: %1</translation>
    </message>
    <message>
        <source>Reports of TLS failures go to:</source>
        <translation>Berichte über TLS-Fehler gehen an:</translation>
    </message>
    <message>
        <source>None: nothing to fix in how mail reaches this domain.</source>
        <translation>Keine: am Weg der Mail zu dieser Domain ist nichts zu beheben.</translation>
    </message>
    <message>
        <source>Probed port 25 of %1 MX host(s); connections made: %2</source>
        <translation>Port 25 von %1 MX-Host(s) geprüft; Verbindungen: %2</translation>
    </message>
    <message>
        <source>Connections made: %1. STARTTLS not probed.</source>
        <translation>Verbindungen: %1. STARTTLS nicht geprüft.</translation>
    </message>
    <message>
        <source>The _mta-sts query failed: %1.</source>
        <translation>Die _mta-sts-Abfrage ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>No _mta-sts record: senders use TLS only when offered, and an attacker on the path can strip it.</source>
        <translation>Kein _mta-sts-Record: Absender verwenden TLS nur, wenn es angeboten wird, und ein Angreifer auf dem Weg kann es entfernen.</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>Richtlinie: %1</translation>
    </message>
    <message>
        <source>Fetched from %1</source>
        <translation>Abgerufen von %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>content type %1</source>
        <translation>Inhaltstyp %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>answered by %1</source>
        <translation>beantwortet von %1</translation>
    </message>
    <message>
        <source>certificate valid</source>
        <translation>Zertifikat gültig</translation>
    </message>
    <message>
        <source>certificate not valid</source>
        <translation>Zertifikat ungültig</translation>
    </message>
    <message>
        <source>certificate until %1</source>
        <translation>Zertifikat bis %1</translation>
    </message>
    <message>
        <source>a redirect to %1: senders do not follow it</source>
        <translation>eine Umleitung nach %1: Absender folgen ihr nicht</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>MTA-STS, TLS-RPT and BIMI</source>
        <translation>MTA-STS, TLS-RPT und BIMI</translation>
    </message>
</context>
<context>
    <name>TransportVerdict</name>
    <message>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <source>Partly protected</source>
        <translation>Teilweise geschützt</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>No mail</source>
        <translation>Keine Mail</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>The MX records of %1 could not be read (%2), so nothing is known about how mail reaches it.</source>
        <translation>Die MX-Records von %1 konnten nicht gelesen werden (%2), daher ist nichts darüber bekannt, wie Mail die Domain erreicht.</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (RFC 7505): it receives no mail, and senders bounce mail to it at once.</source>
        <translation>%1 veröffentlicht einen Null-MX (RFC 7505): die Domain empfängt keine Mail, und Absender weisen Mail an sie sofort zurück.</translation>
    </message>
    <message>
        <source>%1 has no MX record and no address: mail to it bounces.</source>
        <translation>%1 hat keinen MX-Record und keine Adresse: Mail an die Domain kommt zurück.</translation>
    </message>
    <message>
        <source>%1 has no MX record: senders deliver to the domain&apos;s own address (RFC 5321 §5.1), without MTA-STS.</source>
        <translation>%1 hat keinen MX-Record: Absender stellen an die eigene Adresse der Domain zu (RFC 5321 §5.1), ohne MTA-STS.</translation>
    </message>
    <message>
        <source>Mail reaches %1 over 1 MX host</source>
        <translation>Mail erreicht %1 über 1 MX-Host</translation>
    </message>
    <message>
        <source>Mail reaches %1 over %2 MX hosts</source>
        <translation>Mail erreicht %1 über %2 MX-Hosts</translation>
    </message>
    <message>
        <source>no MTA-STS: senders use TLS only if it is offered, and an attacker can strip it</source>
        <translation>kein MTA-STS: Absender verwenden TLS nur, wenn es angeboten wird, und ein Angreifer kann es entfernen</translation>
    </message>
    <message>
        <source>the MTA-STS record is invalid, so senders ignore MTA-STS</source>
        <translation>der MTA-STS-Record ist ungültig, daher ignorieren Absender MTA-STS</translation>
    </message>
    <message>
        <source>an MTA-STS record is published; the policy was not fetched (offline)</source>
        <translation>ein MTA-STS-Record ist veröffentlicht; die Richtlinie wurde nicht abgerufen (offline)</translation>
    </message>
    <message>
        <source>the MTA-STS policy cannot be used by senders (see the findings)</source>
        <translation>Absender können die MTA-STS-Richtlinie nicht verwenden (siehe die Befunde)</translation>
    </message>
    <message>
        <source>MTA-STS enforce covers both</source>
        <translation>MTA-STS enforce deckt beide ab</translation>
    </message>
    <message>
        <source>MTA-STS enforce covers all of them</source>
        <translation>MTA-STS enforce deckt alle ab</translation>
    </message>
    <message>
        <source>MTA-STS enforce leaves %1 of them uncovered: senders that apply it refuse to deliver there</source>
        <translation>MTA-STS enforce lässt %1 davon unabgedeckt: Absender, die es anwenden, stellen dort nicht zu</translation>
    </message>
    <message>
        <source>MTA-STS is in testing mode: senders report TLS failures but still deliver without TLS</source>
        <translation>MTA-STS ist im Testmodus: Absender melden TLS-Fehler, stellen aber weiterhin ohne TLS zu</translation>
    </message>
    <message>
        <source>MTA-STS mode none: senders forget any earlier policy</source>
        <translation>MTA-STS-Modus none: Absender vergessen jede frühere Richtlinie</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>; STARTTLS works on %1 of %2 probed</source>
        <translation>; STARTTLS funktioniert auf %1 von %2 geprüften</translation>
    </message>
</context>
<context>
    <name>TrustPlan</name>
    <message>
        <source>The blocklists file in Settings cannot be used: %1</source>
        <translation>Die Sperrlisten-Datei in den Einstellungen kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The trust anchor file in Settings cannot be used: %1</source>
        <translation>Die Vertrauensanker-Datei in den Einstellungen kann nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>VerdictComparison</name>
    <message>
        <source>%1 (%2): the receiver said %3, Mailsight says %4. %5</source>
        <translation>%1 (%2): Der Empfänger sagte %3, Mailsight sagt %4. %5</translation>
    </message>
    <message>
        <source>Mailsight could not evaluate SPF: %1</source>
        <translation>Mailsight konnte SPF nicht auswerten: %1</translation>
    </message>
    <message>
        <source>the receiver checked the MAIL FROM domain %1, Mailsight checked %2 (from %3)</source>
        <translation>der Empfänger prüfte die Domain %1 aus MAIL FROM, Mailsight prüfte %2 (aus %3)</translation>
    </message>
    <message>
        <source>the receiver checked the address %1, Mailsight checked %2 (from %3)</source>
        <translation>der Empfänger prüfte die Adresse %1, Mailsight prüfte %2 (aus %3)</translation>
    </message>
    <message>
        <source>Mailsight&apos;s DNS lookups failed now; retry, or ask another resolver</source>
        <translation>Mailsights DNS-Abfragen sind gerade fehlgeschlagen; versuchen Sie es erneut oder fragen Sie einen anderen Resolver</translation>
    </message>
    <message>
        <source>the receiver met a %1 at delivery (a DNS failure or a broken record then); today&apos;s records give %2</source>
        <translation>der Empfänger stieß bei der Zustellung auf ein %1 (damals ein DNS-Fehler oder ein defekter Eintrag); die heutigen Einträge ergeben %2</translation>
    </message>
    <message>
        <source>same address and domain: the SPF record of %1 (or a record it includes) changed since delivery; Mailsight evaluates today&apos;s records</source>
        <translation>gleiche Adresse und Domain: Der SPF-Eintrag von %1 (oder ein von ihm eingebundener Eintrag) hat sich seit der Zustellung geändert; Mailsight wertet die heutigen Einträge aus</translation>
    </message>
    <message>
        <source>the message no longer carries the signature the receiver reported: a DKIM-Signature field was removed after delivery</source>
        <translation>die Nachricht trägt die vom Empfänger gemeldete Signatur nicht mehr: Ein DKIM-Signature-Feld wurde nach der Zustellung entfernt</translation>
    </message>
    <message>
        <source>the receiver verified it with the key published at delivery; there is no key at %1 now (%2): the key was rotated or withdrawn since</source>
        <translation>der Empfänger hat sie mit dem bei der Zustellung veröffentlichten Schlüssel verifiziert; unter %1 gibt es jetzt keinen Schlüssel (%2): Der Schlüssel wurde seitdem gewechselt oder zurückgezogen</translation>
    </message>
    <message>
        <source>the receiver verified it at delivery; the key at %1 is revoked now (empty p=): the signer rotated its key since</source>
        <translation>der Empfänger hat sie bei der Zustellung verifiziert; der Schlüssel unter %1 ist jetzt widerrufen (leeres p=): Der Signierer hat seinen Schlüssel seitdem gewechselt</translation>
    </message>
    <message>
        <source>Mailsight could not fetch the key at %1 now; retry</source>
        <translation>Mailsight konnte den Schlüssel unter %1 gerade nicht abrufen; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the body changed after delivery (an archive, a client or an export rewrote it: line endings, encoding, an added footer)</source>
        <translation>der Body wurde nach der Zustellung verändert (ein Archiv, ein Mailprogramm oder ein Export hat ihn umgeschrieben: Zeilenenden, Kodierung, eine angehängte Fußzeile)</translation>
    </message>
    <message>
        <source>the body still matches but the key published at %1 today does not verify the signature: the key was replaced under the same selector since delivery, or a signed header was changed after delivery</source>
        <translation>der Body stimmt noch, aber der heute unter %1 veröffentlichte Schlüssel verifiziert die Signatur nicht: Der Schlüssel wurde seit der Zustellung unter demselben Selector ersetzt, oder ein signierter Header wurde nach der Zustellung verändert</translation>
    </message>
    <message>
        <source>the signature has expired (x=) since delivery</source>
        <translation>die Signatur ist seit der Zustellung abgelaufen (x=)</translation>
    </message>
    <message>
        <source>the key record at %1 changed since delivery: %2</source>
        <translation>der Schlüsseleintrag unter %1 hat sich seit der Zustellung geändert: %2</translation>
    </message>
    <message>
        <source>it verifies today: the receiver may have met a DNS failure or a key not yet published at delivery, or saw the message before a change that a later hop undid%1</source>
        <translation>sie lässt sich heute verifizieren: Der Empfänger ist bei der Zustellung vielleicht auf einen DNS-Fehler oder einen noch nicht veröffentlichten Schlüssel gestoßen, oder er sah die Nachricht vor einer Änderung, die eine spätere Station rückgängig gemacht hat%1</translation>
    </message>
    <message>
        <source> (receiver&apos;s reason: %1)</source>
        <translation> (Begründung des Empfängers: %1)</translation>
    </message>
    <message>
        <source>both do not pass, for different reasons: %1</source>
        <translation>beide bestehen nicht, aus unterschiedlichen Gründen: %1</translation>
    </message>
    <message>
        <source>the receiver reads DMARC as RFC 9989 does (the DNS tree walk); RFC 7489 receivers would say %1</source>
        <translation>der Empfänger liest DMARC wie RFC 9989 (der DNS-Tree-Walk); Empfänger nach RFC 7489 würden %1 sagen</translation>
    </message>
    <message>
        <source>the receiver still follows RFC 7489 (the Public Suffix List, pct); RFC 9989 receivers would say %1</source>
        <translation>der Empfänger folgt noch RFC 7489 (die Public Suffix List, pct); Empfänger nach RFC 9989 würden %1 sagen</translation>
    </message>
    <message>
        <source>this follows from the SPF and DKIM differences above</source>
        <translation>das folgt aus den obigen Unterschieden bei SPF und DKIM</translation>
    </message>
    <message>
        <source>SPF and DKIM agree, so the DMARC record (its policy or alignment modes) changed since delivery</source>
        <translation>SPF und DKIM stimmen überein, also hat sich der DMARC-Eintrag (seine Richtlinie oder seine Alignment-Modi) seit der Zustellung geändert</translation>
    </message>
    <message>
        <source>Mailsight could not fetch a sealer&apos;s key now; retry</source>
        <translation>Mailsight konnte den Schlüssel eines Versieglers gerade nicht abrufen; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the chain verified at delivery and does not now (%1): a sealer&apos;s key changed since, or the message was changed after delivery</source>
        <translation>die Kette ließ sich bei der Zustellung verifizieren und jetzt nicht mehr (%1): Der Schlüssel eines Versieglers hat sich seitdem geändert, oder die Nachricht wurde nach der Zustellung verändert</translation>
    </message>
    <message>
        <source>the receiver may check ARC differently or not at all (its result: %1; Mailsight: %2)</source>
        <translation>der Empfänger prüft ARC vielleicht anders oder gar nicht (sein Ergebnis: %1; Mailsight: %2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Audits a domain&apos;s email authentication (SPF, DKIM, DMARC).</source>
        <translation>Prüft die E-Mail-Authentifizierung einer Domain (SPF, DKIM, DMARC).</translation>
    </message>
    <message>
        <source>The domain to audit, or zone files to stage.</source>
        <translation>Die zu prüfende Domain oder vorzumerkende Zonendateien.</translation>
    </message>
    <message>
        <source>Open the offline demo on the bundled zones.</source>
        <translation>Die Offline-Demo mit den mitgelieferten Zonen öffnen.</translation>
    </message>
    <message>
        <source>Save every tab as DIR/&lt;tab&gt;.png once the audit is done, then quit.</source>
        <translation>Jeden Reiter als DIR/&lt;tab&gt;.png speichern, sobald die Prüfung fertig ist, dann beenden.</translation>
    </message>
    <message>
        <source>With --screenshots: only this tab (a file name such as spf; repeatable).</source>
        <translation>Mit --screenshots: nur dieser Reiter (ein Dateiname wie spf; wiederholbar).</translation>
    </message>
    <message>
        <source>Colours: system, light, dark or high-contrast (saved as in Settings).</source>
        <translation>Farben: system, light, dark oder high-contrast (gespeichert wie in den Einstellungen).</translation>
    </message>
</context>
</TS>
