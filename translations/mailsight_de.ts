<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditDocument</name>
    <message numerus="yes">
        <source>%n domain(s) audited for SPF, DKIM and DMARC</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Email authentication audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email authentication audit — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF check was not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS lookups needed: %1 of the 10 allowed; void lookups: %2; deepest include chain: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM check was not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DKIM key was found at the selectors tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Typ</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC check was not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy applied by RFC 9989 receivers: %1; by RFC 7489 receivers: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditExpectations</name>
    <message>
        <source>%1 Expected: %2. Actual: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DMARC record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC policy must be at least the expected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC aggregate reports must be requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an authorised rua= address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rua= address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rua= address(es), none authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF must stay within the lookup budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every SPF include must be on the allowed list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no includes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selector &apos;%1&apos; must publish a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key at %1._domainkey.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key at selector &apos;%1&apos; must be large enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key at selector &apos;%1&apos; must be rotated in time (first seen %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 days old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days old</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D: 1 or 2 errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C: no errors, but DMARC does not enforce (p=none or t=y), or 4 or more warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: no errors, 1 to 3 warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: no errors and no warnings (information notes allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F because nothing could be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F because neither SPF nor DMARC is published (SPF-MISSING, DMARC-MISSING)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F because of %1 errors: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>D because of %n error(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>C because DMARC does not enforce its policy (p=none or t=y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C because of %1 warnings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>B because of %n warning(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A: no errors and no warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditHtmlExporter</name>
    <message>
        <source>Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades and findings over the quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix A: raw records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix B: resolver and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix C: how grades are given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email authentication audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished">Domain</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished">Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished">Warnungen</translation>
    </message>
    <message>
        <source>Since the previous audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no earlier audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was fixed since the previous audit, or there is no earlier audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What regressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new went wrong since the previous audit, or there is no earlier audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The three most urgent fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing urgent: no errors or warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stored audits yet: the trend starts with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staged audit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some records come from files not yet deployed (%1); they are marked in Appendix A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since the previous audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF: who may send mail, and what it costs in lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC: what receivers do with mail that fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished">Befunde</translation>
    </message>
    <message>
        <source>No records were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Typ</translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Quelle</translation>
    </message>
    <message>
        <source>Resolver used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complete query log (every question, its outcome, timing and source) is stored with each audit and included in the JSON export, so the audit can be replayed and defended later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audited (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rule that matches gives the grade. Codes and severities are listed in docs/findings.md.</source>
        <translation type="unfinished"></translation>
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
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Save this audit as PDF, HTML, JSON, CSV or SARIF</source>
        <translation>Diese Prüfung als PDF, HTML, JSON, CSV oder SARIF speichern</translation>
    </message>
    <message>
        <source>Since the last audit:</source>
        <translation>Seit der letzten Prüfung:</translation>
    </message>
    <message>
        <source>Audit a domain to see its grade.</source>
        <translation>Prüfen Sie eine Domain, um ihre Note zu sehen.</translation>
    </message>
    <message>
        <source>Auditing %1: SPF, DMARC and DKIM…</source>
        <translation>Prüfe %1: SPF, DMARC und DKIM…</translation>
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
        <source>No history is kept.</source>
        <translation>Es wird kein Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>No earlier audit of this domain.</source>
        <translation>Keine frühere Prüfung dieser Domain.</translation>
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
        <source>Unknown export format &apos;.%1&apos;: use .pdf, .html, .json, .csv or .sarif.</source>
        <translation>Unbekanntes Exportformat „.%1“: verwenden Sie .pdf, .html, .json, .csv oder .sarif.</translation>
    </message>
    <message>
        <source>Export the audit</source>
        <translation>Prüfung exportieren</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;HTML report (*.html);;JSON (*.json);;CSV, one row per finding (*.csv);;SARIF (*.sarif)</source>
        <translation>PDF-Bericht (*.pdf);;HTML-Bericht (*.html);;JSON (*.json);;CSV, eine Zeile pro Befund (*.csv);;SARIF (*.sarif)</translation>
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
</context>
<context>
    <name>AuditRunner</name>
    <message>
        <source>The checks of %1 were stopped after %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWorld</name>
    <message>
        <source>A clean setup: one SPF provider, 2048-bit DKIM, DMARC p=reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each team added its sender: SPF needs more than 10 DNS lookups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC only monitors (p=none) and reports go to an address that never agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 1024-bit DKIM key left in testing mode, and sampled DMARC (pct=50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SPF include loop: the record includes itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DkimChecker</name>
    <message>
        <source>%1 of %2 queries for common selectors failed; a key published at one of them could not be seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key at any of the %1 selectors tried for %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DkimKeyAnalyzer</name>
    <message>
        <source> It decodes as a DER public key: an RSA key published with k=ed25519?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Ed25519 key is 32 raw bytes; p= decodes to %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL rejected the Ed25519 key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k=%1 is not a key type this program can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k=rsa but the key is a %1 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p= holds 32 bytes, the size of an Ed25519 key, but the record says k=rsa (or no k=, which means rsa): add k=ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p= decodes to %1 bytes that are not a DER RSA public key (truncated, or a key split wrongly across strings?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verifier ignores this record, so every signature made with this selector fails: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key is %1 bits. RFC 8301 §3.2: verifiers must not accept keys under 1024 bits, and such keys can be factored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key is %1 bits. RFC 8301 §3.2 asks signers to use at least 2048 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key is %1 bits. RFC 8301 §3.2 only requires verifiers to handle keys up to 4096 bits; larger ones may not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public exponent is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h=%1 allows only SHA-1: RFC 8301 §3.1 forbids signing with it and verifiers treat such signatures as failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h=%1 still allows SHA-1 next to SHA-256 (RFC 8301 §3.1): drop sha1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>g=%1 comes from DomainKeys (RFC 4870). RFC 6376 ignores it, but old verifiers may reject signatures whose i= local part does not match it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is empty (p=): the key is revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p= is not base64: the character &apos;%1&apos; is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p= is not valid base64: its length (%1 characters) is not a multiple of 4 (truncated or badly split record?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p= is not valid base64 (&apos;=&apos; padding in the middle of the key?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DkimKeyGenDialog</name>
    <message>
        <source>Generate a new DKIM key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 2048 bits (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 3072 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 4096 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 (add an RSA key too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record to publish and the rotation plan appear here. The private key is written to the folder with permissions 0600 and never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New selector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid domain and selector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key written to %1 (mode 0600).
Key: %2 %3 bits, %4

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIND zone line:
%1

Terraform:
%2
Rotation plan:
%3
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DkimKeyGenerator</name>
    <message>
        <source>1. Publish the record at %1 and wait until it is visible everywhere (at least the old TTL; check with: mailsight-cli dkim %2 --selector %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Check that the private key matches what DNS serves: mailsight-cli dkim match %1 %2 --private-key FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Switch the signer (MTA, provider) to selector %1 with the new private key; send a test message and verify it: mailsight-cli dkim verify MESSAGE.eml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Keep the old selector&apos;s key published until mail signed with it has aged out (a week is common; DMARC reports show when it stops appearing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Revoke the old key by publishing its record with an empty p= (v=DKIM1; p=), rather than deleting it, so verifiers see a clear revocation; remove it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Delete the old private key from the signing host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key generation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode the private key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DkimKeyMatchDialog</name>
    <message>
        <source>Does my private key match %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the private key file your signer uses (PEM or DER, PKCS#1 or PKCS#8, RSA or Ed25519). It is read in memory only and compared with the key published at &lt;b&gt;%1&lt;/b&gt;; it is never stored, copied or shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose private key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot read the key:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;MATCH&lt;/b&gt; — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;MISMATCH&lt;/b&gt; — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br/&gt;Private key (public half): &lt;span style=&apos;font-family:%1&apos;&gt;%2&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br/&gt;Published key: &lt;span style=&apos;font-family:%1&apos;&gt;%2&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DkimKeyMatcher</name>
    <message>
        <source>the file is not a private key this program reads (PEM or DER, PKCS#1 or PKCS#8, RSA or Ed25519; an encrypted key must be decrypted first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key is neither RSA nor Ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selector&apos;s key is revoked (empty p=): nothing to match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the published key cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key matches the published %1 key (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key is %1, the published key is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key&apos;s public half is not the published key (fingerprints differ)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DkimSelectorDiscovery</name>
    <message>
        <source>%1 selectors were tried. DNS cannot list a domain&apos;s DKIM selectors, so a selector that is not on the list and not named (or seen in a message you gave) stays unknown: finding none does not prove there is none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DkimSelectorInspector</name>
    <message>
        <source>The query for %1 TXT failed (%2). Whether a key is published there is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a CNAME to %2, where %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DKIM key record is published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 TXT records; a verifier may use any of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DkimSelectorModel</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dangling CNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>common list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished">Schweregrad</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Quelle</translation>
    </message>
</context>
<context>
    <name>DkimSignatureModel</name>
    <message>
        <source>unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message has no DKIM-Signature header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment with From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DkimTab</name>
    <message>
        <source>Audit a domain to look for its DKIM selectors, or drop .eml/.mbox files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selector, e.g. s2024 (Enter adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check private key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that a private key file matches the key published at the selected selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate new key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures of dropped messages (drop .eml or .mbox files anywhere on this tab):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for DKIM selectors of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM: asking %1 selectors of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no DKIM key found at the %2 selectors tried — which does not prove there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n usable DKIM key(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> at %n selector(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> — worst finding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — no problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a selector to see its key record, every tag explained, the key&apos;s fingerprint and where a CNAME leads.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;CNAME → &lt;span style=&apos;font-family:%1&apos;&gt;%2&lt;/span&gt;%3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;b&gt;(dangling: the target holds no key)&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;DNS error:&lt;/b&gt; %1. Whether a key is published here is unknown.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No key record here (%1).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as published (strings of at most 255 bytes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Key:&lt;/b&gt; %1, %2 bits%3, %4&lt;br/&gt;&lt;b&gt;Fingerprint:&lt;/b&gt; &lt;span style=&apos;font-family:%5&apos;&gt;%6&lt;/span&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, exponent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The key cannot be read:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit a domain first, then add its selectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a selector of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DKIM signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM for DMARC: a signature aligned with From %1 passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM for DMARC: no passing signature aligned with From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>DKIM: %n message(s) verified</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DkimTagExplainer</name>
    <message>
        <source>Version: this is a DKIM key record (DKIM1). It must be the first tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is unknown: verifiers ignore the record (only DKIM1 exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type RSA (the default): signatures use rsa-sha256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type Ed25519 (RFC 8463): signatures use ed25519-sha256; the key is 32 raw bytes. Not every receiver verifies it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type %1 is unknown: verifiers ignore the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash algorithms allowed with this key: %1. Without h=, every hash is allowed; sha1 must no longer be used (RFC 8301).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key: empty, so the key is revoked and every signature naming this selector fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key, base64 (%1 characters). Verifiers check signatures with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for people; ignored by verifiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service types the key may be used for: %1 (email or * for mail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y: testing mode, receivers may treat signed mail as unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s: the signing identity i= may not be a subdomain of d=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown flag, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granularity %1 from DomainKeys (RFC 4870): ignored by DKIM verifiers, may be enforced by very old ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tag: ignored by verifiers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DkimVerifier</name>
    <message>
        <source>malformed signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l=%1 of a canonical body of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature uses a=rsa-sha1, which RFC 8301 forbids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key at %1 could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key record at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key published at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature names %1, whose key is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key at %1 is revoked (empty p=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key record is unusable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature uses %1 but the key is k=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key&apos;s h=%1 does not allow %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key has t=s but i=%1 is a subdomain of d=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public key cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-bit key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is %1 bits; RFC 8301 forbids accepting keys under 1024 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l=%1 is longer than the body: the body was cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bh=%1 was signed; the body now hashes to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body hash did not match: the body changed after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body hash matches but the signature does not verify with the published key (a signed header changed, or the key does not match the signer&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x=%1 (%2) is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature verifies but expired at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature verifies but uses rsa-sha1, which verifiers must not accept (RFC 8301)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature verifies with the %1 key at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the key is in testing mode, t=y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From is %1; signatures: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dmarc</name>
    <message>
        <source>delivered as if there were no DMARC (only reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>treated as suspicious (usually put in the spam folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused during delivery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DmarcCheck</name>
    <message>
        <source>The tree walk stopped at %1 TXT, above the record that applies: %2. The organizational domain may lie higher than shown. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query %1 TXT failed: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFC 7489 query %1 TXT failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 DMARC records. RFC 7489 receivers apply no DMARC when this is the From domain&apos;s or organizational domain&apos;s name; RFC 9989 receivers discard them and continue the tree walk%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (here to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, which finds nothing above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers with an SPF record, most likely through a wildcard TXT record (*.%2); receivers ignore it as not DMARC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a CNAME to %2, which holds an SPF record; receivers ignore it as not DMARC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 itself has the TXT record &quot;%2&quot;; receivers never read it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DMARC record applies to %1. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The TXT record at %1 looks like DMARC but is discarded: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2: %3 — %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in _dmarc.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>_dmarc.%1 says p=none: mail that fails DMARC, forged mail included, is delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sp=%1 for existing subdomains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>np%1=%2 for non-existent subdomains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from sp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p=%1, but %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t=y has no effect while the policy that applies is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t=y: RFC 9989 receivers apply %1 instead of %2; RFC 7489 receivers ignore t and apply %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pct=%1: RFC 7489 receivers apply %2 to %1% of failing mail and %3 to the rest; RFC 9989 receivers apply %2 to all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>_dmarc.%1 has no rua tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>_dmarc.%1 has rua, but none of its addresses is usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the %1 destination %2 failed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends %2 reports to %3, outside %4, but %5 has no v=DMARC1 record: receivers send nothing there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aggregate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes a null MX (RFC 7505): reports to %2 are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no MX record: reports to %2 cannot be delivered (some senders fall back to its address record; many report generators do not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no record of its own; %2 applies (%3). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For mail from %1, RFC 9989 receivers apply %2 (%3), RFC 7489 receivers apply %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 9989: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 7489: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 9989 tree walk: %1 (%2). RFC 7489 Public Suffix List: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DmarcDestinationChecker</name>
    <message>
        <source>not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside the organizational domain: no authorization needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external; %1 authorizes reports for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external; the authorization query %1 failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external and not authorized: %1 has no v=DMARC1 TXT record, so receivers send nothing there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MX query failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes a null MX: it takes no mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no MX record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DmarcDiscovery</name>
    <message>
        <source>the query for %1 failed (%2); the tree walk cannot go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inherited: the tree walk found it at %1 (query %2 of the walk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the several records at %1 were discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several records at %1 were discarded and no other name on the walk has one (asked: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DMARC record at any name of the tree walk (asked: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record at %1 says psd=n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record at %1 says psd=y (a public suffix domain): the organizational domain is one label below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record with the fewest labels on the tree walk is at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no record on the tree walk: the From domain is its own organizational domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query for %1 failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several DMARC records at %1: RFC 7489 receivers apply no DMARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inherited from the organizational domain (Public Suffix List): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DMARC record at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DmarcExplainer</name>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: subdomains get p=%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: non-existent subdomains get sp (or p).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: nobody receives aggregate reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: no failure reports (usual; few receivers send them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: the default applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: the DMARC record of %1 could not be read because DNS failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not protected: no DMARC policy applies to mail from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected: mail from %1 that fails DMARC is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring only: mail from %1 that fails DMARC is still delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly protected: mail from %1 that fails DMARC goes to spam, it is not refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly protected: receivers disagree; some %1 failing mail from %2, others only %3 it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS queries for the DMARC record failed, so Mailsight cannot tell what receivers do. This is not the same as having no record: receivers in the same situation usually try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several DMARC records are published where one is expected; receivers discard them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DMARC record covers %1, so receivers apply no policy: anyone can send mail that claims to come from it and it will be judged on spam filters alone. Nobody receives reports about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no DMARC record of its own; the record of %2 applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail that claims to come from %1 and fails DMARC (neither an aligned SPF pass nor an aligned DKIM signature) is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is in testing mode (t=y): RFC 9989 receivers apply one level less than it says, RFC 7489 receivers apply it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivers disagree: under RFC 9989 it is %1, under RFC 7489 it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its subdomains get %1; names under it that do not exist get %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No aggregate reports are delivered anywhere, so nobody sees who sends mail as this domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily aggregate reports go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risky: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strict: a DKIM signature aligns only if d=%1 exactly (d=mail.%2 does not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relaxed: a DKIM signature aligns if its d= is in %1 (d=%1 or d=mail.%1 both align with From: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strict: SPF aligns only if the envelope sender (Return-Path) domain is exactly %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relaxed: SPF aligns if the envelope sender domain is in %1 (bounce.%1 aligns with From: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish p=none with aggregate reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet; this step only collects reports. Keep it for 2-4 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine failing mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the reports, every legitimate source (your servers, newsletter and CRM services, ticketing, invoicing) passes with aligned SPF or DKIM; what still fails is forged or forwarded mail. Adding t=y first softens the step for RFC 9989 receivers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject failing mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After 2-4 weeks of quarantine, no legitimate mail shows up as failing (and no user reports missing mail from the spam folder); remove t=y if set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect every subdomain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subdomains that send mail appear in the reports and pass; then nothing under the domain can be forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add aggregate reports (rua) to p=none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail, Yahoo (2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail, Yahoo (2024); Outlook.com (2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF or DKIM for every sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes an SPF record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes no SPF record; DKIM cannot be seen from DNS without knowing the selectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF and DKIM for bulk senders (5,000+ a day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF is published; whether mail is DKIM-signed cannot be seen from DNS (use the DKIM tab with your selectors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes no SPF record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DMARC record, at least p=none (bulk senders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1 from _dmarc.%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS failed; the record could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DMARC record applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From domain aligned with SPF or DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible: an envelope sender in %1 passes SPF with %2 alignment; actual alignment shows in the aggregate reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on the envelope sender and DKIM d= of real mail; the aggregate reports show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate reports to watch alignment (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook.com (2025), M3AAWG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rua is set and at least one destination can receive reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rua is set, but no destination will receive reports (not authorized or no MX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid rua address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-click unsubscribe, spam rate below 0.3%, forward and reverse DNS of sending IPs, TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be seen from the domain&apos;s DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a policy: receivers ignore this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail from %1 that fails DMARC is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks the TXT record as a DMARC record (version 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subdomains of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subdomains of %1 that do not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This domain is a public suffix (like a registry): names under it are separate organizations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This domain is an organizational domain: the tree walk stops here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated: the tree walk decides where the organization starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing: RFC 9989 receivers apply one level less (reject acts as quarantine, quarantine as none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy is enforced as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict DKIM alignment: the signing domain (d=) must equal the From domain exactly; d=mail.%1 does not align with From: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relaxed DKIM alignment: a signature by any name in the same organization aligns; d=mail.%1 aligns with From: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict SPF alignment: the envelope sender (Return-Path) domain must equal the From domain; bounce.%1 does not align with From: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relaxed SPF alignment: an envelope sender in the same organization aligns; bounce.%1 aligns with From: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when both SPF and DKIM fail alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when either fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when a DKIM signature fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when SPF fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure reports are requested %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by default (both fail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily aggregate reports (who sent mail as the domain, what passed) go to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-message failure reports go to: %1 (few receivers send them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 7489 receivers apply the policy to %1% of failing mail; RFC 9989 receivers ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format of failure reports (afrf); RFC 9989 receivers ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for aggregate reports every %1 s (%2 h); most receivers send daily anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested report interval; not a number here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a DMARC tag: receivers ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DmarcPolicyResolver</name>
    <message>
        <source>%1 does not exist (NXDOMAIN), so np=%2 from %3 applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is below %2, so sp=%3 applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the name does not exist, but the record has no np)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record at %1 says p=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is below %2, which sets no sp, so p=%3 applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record at %1 has no valid p, which RFC 9989 reads as p=none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t=y (testing) lowers it one level to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pct=%1 is ignored (removed by RFC 9989)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failing mail is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record at %1 has %2 and no valid rua address, so RFC 7489 receivers apply no DMARC at all: failing mail is delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invalid sp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record at %1 has %2; because rua holds a valid address RFC 7489 receivers act as if p=none: failing mail is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is below the organizational domain %2, so sp=%3 applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is below the organizational domain %2, which sets no sp, so p=%3 applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>np is not part of RFC 7489 and is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t is not part of RFC 7489 and is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pct=0: no message is sampled, so every failing message gets %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pct=%1: %1% of failing messages get %2, the other %3% get %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Shown: what most failing messages get.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS failed (%1): receivers defer or skip DMARC; the policy cannot be determined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DMARC policy applies (%1): failing mail is delivered as if DMARC did not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DmarcRecordParser</name>
    <message>
        <source>%1 has an empty entry (a comma at the end or two commas in a row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receivers skip the empty entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 destination &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receivers skip this destination; no %1 reports are sent to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aggregate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;!%1&quot; is not a size limit (digits with an optional k, m, g or t); a literal &apos;!&apos; must be written %21</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 destination &quot;%2&quot; carries the size limit &quot;!%3&quot;, which RFC 9990 no longer defines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 7489 receivers skip reports larger than %1 for this destination; RFC 9989/9990 receivers ignore the suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no URI scheme; write it as mailto:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only mailto: destinations are used (RFC 9990 §3.2.1, RFC 9991); &quot;%1:&quot; is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address contains white space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address (local-part@domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain of &quot;%1&quot; is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has a single label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tag=value pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receivers ignore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receivers ignore the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has an empty tag (&quot;;;&quot; or &quot;; ;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receivers skip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receivers discard the record: the domain is treated as having no DMARC record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v=DMARC1 must be the first tag; here it is tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has no v=DMARC1 tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version tag is written &quot;%1&quot;; it must be a lower-case &quot;v&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v=%1 must be written exactly &quot;DMARC1&quot; (upper case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v=%1 is not a DMARC version; the only version is DMARC1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record must start with v=DMARC1; here &quot;%1&quot; stands before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record starts with white space before v=DMARC1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most receivers accept it; strict ones discard records that do not start with &quot;v=DMARC1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag %1 appears more than once (&quot;%1=%2&quot; repeats it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag-list rules (RFC 6376 §3.2) make the whole record invalid; receivers differ: some discard the record, most keep the first value, some the last. Mailsight reads the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag name &quot;%1&quot; is not lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag names are case-sensitive in the tag-value syntax (RFC 6376 §3.2); most receivers accept &quot;%1&quot; as &quot;%2&quot;, some ignore the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no value; allowed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=%2 is not valid; allowed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 9989 receivers treat the record as p=none; RFC 7489 receivers act as if p=none when rua holds a valid address, and otherwise apply no DMARC at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 9989 receivers use p for subdomains instead; RFC 7489 receivers act as if p=none when rua holds a valid address, and otherwise apply no DMARC at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receivers use sp (or p) for non-existent subdomains instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fo holds &quot;%1&quot;, which is not an option (0, 1, d, s separated by &apos;:&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receivers ignore the unknown options and use the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receivers send no %1 reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 7489 receivers use pct=100; RFC 9989 receivers ignore pct anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pct=%1 was removed by RFC 9989</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no effect under either reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 7489 receivers apply the policy to %1% of failing messages and the next weaker policy to the rest; RFC 9989 receivers ignore pct and apply the policy to all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 7489 receivers use rf=afrf; RFC 9989 receivers ignore rf anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rf was removed by RFC 9989</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 7489 receivers read it (afrf is the only format they know); RFC 9989 receivers ignore it: failure reports are always in the RFC 9991 format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 7489 receivers use ri=86400 (one day); RFC 9989 receivers ignore ri anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ri=%1 was removed by RFC 9989</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 7489 receivers may honour it (most send daily regardless); RFC 9989 receivers ignore it and send daily reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DMARC tag%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has no p tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 9989 receivers treat it as p=none; RFC 7489 receivers (p is required) act as if p=none when rua holds a valid address, and otherwise apply no DMARC at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p is not the second tag; RFC 7489&apos;s grammar puts it right after v</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receivers accept any order; a few strict RFC 7489 parsers do not</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DmarcTab</name>
    <message>
        <source>Protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (DNS failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (no DMARC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a domain and press Audit to read its DMARC policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a From subdomain, e.g. newsletter or billing.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which policy applies to mail whose From address is in this subdomain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the policy for mail From: …@%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the DMARC policy for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How receivers read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 9989 and RFC 7489 receivers agree:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizational domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public Suffix List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM alignment: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF alignment: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: no rua or ruf address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll-out, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before this step: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk-sender checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be seen from DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished">Befunde</translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation type="unfinished">Behebung: </translation>
    </message>
</context>
<context>
    <name>DmarcTagModel</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default if absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnsName</name>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name contains white space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the character &apos;%1&apos; is not allowed in a domain name (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be converted to an internationalised domain name (IDNA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; starts or ends with a hyphen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name has an empty label (two dots in a row, or a leading dot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label &quot;%1…&quot; is %2 bytes long; a DNS label is at most 63 bytes (RFC 1035 §2.3.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is %1 bytes long; a domain name is at most 253 bytes (RFC 1035 §2.3.4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnsOutcome</name>
    <message>
        <source>answer</source>
        <translation type="unfinished">Antwort</translation>
    </message>
    <message>
        <source>NODATA: the name exists but has no record of this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NXDOMAIN: the name does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVFAIL: the server could not answer (not the same as no record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUSED: the server refused to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout: no answer within the time limit (not the same as no record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error: the server could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format error: the reply was malformed or did not match the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid name: not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished">abgebrochen</translation>
    </message>
</context>
<context>
    <name>DnsSession</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished">abgebrochen</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>The DMARC policy is weaker than the expectations file requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s expectations file asks for a minimum DMARC policy (none &lt; quarantine &lt; reject). The policy a receiver applies for this domain is weaker, so spoofed mail is treated more leniently than agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the agreed policy (p=) at _dmarc.&lt;domain&gt;, or change the expectation in the file through review if the weaker policy is intended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC aggregate reports are required but not requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expectations file requires an rua= report address, and the DMARC record has none (or none that is authorised). Without reports nobody sees who sends mail in the domain&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rua=mailto:&lt;mailbox&gt; to the DMARC record; for an external mailbox publish its authorisation record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF needs more DNS lookups than the expectations file allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team set a lookup budget below the RFC limit of 10 so that a provider adding an include does not break SPF overnight. The expanded record needs more lookups than that budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove unused includes, replace a/mx terms with ip4/ip6 ranges, or raise the budget in the expectations file through review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF includes a domain the expectations file does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every include: authorises another organisation to send mail as this domain. The expectations file lists the allowed ones; this include is not among them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the include, or add it to allowedIncludes in the expectations file through review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expected DKIM selector publishes no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expectations file names the selectors the domain signs with. No DKIM key record was found at this one, so mail signed with it fails DKIM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the key at &lt;selector&gt;._domainkey.&lt;domain&gt;, or remove the selector from the expectations file if it was retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DKIM key is smaller than the expectations file requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team requires RSA keys of at least this many bits; this selector publishes a smaller one. Ed25519 keys are exempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a larger key (mailsight-cli dkim keygen), publish it under a new selector, switch the signer, then revoke the old key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DKIM key is older than the expectations file allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s age counts from the first stored audit that saw it. Keys that live long are more likely to have leaked; the team agreed to rotate them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the key: publish a new selector, switch the signer, keep the old key until its mail has aged out, then publish it with an empty p=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit of this domain did not finish in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain&apos;s checks ran past the per-domain time bound and were stopped. Results that were not complete are not graded as missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the audit again, raise --domain-timeout, or check the resolver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DKIM key was found at any selector tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM keys live at &lt;selector&gt;._domainkey.&lt;domain&gt; and DNS offers no way to list selectors. None of the selectors tried (a list of common ones, the ones you named, and those read from your messages) holds a key. This does not prove the domain has no DKIM key: it may use a selector not on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the selector your mail server or provider signs with (--selector, or drop a message signed by it), or set up DKIM signing if there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A selector that was named or used in a message has no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selector was named by you or appears in the s= tag of a message&apos;s DKIM-Signature, but DNS says no key record exists there (NXDOMAIN or no TXT record). Signatures made with it fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the key record at &lt;selector&gt;._domainkey.&lt;domain&gt;, or stop signing with that selector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key is shorter than 1024 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys under 1024 bits can be factored with modest resources; RFC 8301 forbids verifiers to accept them, so signatures made with this key count as failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a 2048-bit RSA key (mailsight-cli dkim keygen), publish it at a new selector and switch the signer to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key is shorter than 2048 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 1024-bit RSA key is still accepted, but RFC 8301 asks signers for at least 2048 bits and 1024-bit keys are within reach of well-funded attackers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate to a 2048-bit RSA key at a new selector (mailsight-cli dkim keygen), then revoke the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key is larger than 4096 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifiers are only required to handle RSA keys from 1024 to 4096 bits; some reject larger keys, and the record may not fit in DNS replies comfortably.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a 2048- or 3072-bit RSA key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA public exponent is unusually small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public exponents below 65537 (such as 3) have a history of implementation attacks and are rejected by some libraries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new key with the standard exponent 65537.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key at this selector is revoked (empty p=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty p= tag means the key was withdrawn: every signature that names this selector fails. That is the right last step of a key rotation, and wrong if a signer still uses the selector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do if the selector is retired; otherwise publish the current public key or switch the signer to a live selector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key record cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has a syntax error, an unknown key type, a public key that is not valid base64 or DER, or a version other than DKIM1. A verifier ignores such a record, so every signature made with this selector fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the record exactly as the signer generated it: v=DKIM1; k=rsa (or ed25519); p=&lt;base64 key&gt;. Check that long keys were split into strings without losing characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is in testing mode (t=y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With t=y, receivers are asked to treat signatures as if unsigned; DMARC may still count them, but some receivers ignore DKIM results for such keys. It is often left on by mistake after setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove t=y from the record once signing works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key may not sign for subdomains (t=s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With t=s, the i= identity of a signature must be in exactly the signing domain, not a subdomain. Mail signed with i=@sub.&lt;domain&gt; and this key fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep t=s only if no signer uses a subdomain in i=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record carries the DomainKeys g= tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>g= comes from DomainKeys (RFC 4870) and limits which local parts may sign. RFC 6376 dropped it; current verifiers ignore it, old ones may enforce it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove g= from the record unless you rely on DomainKeys verifiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-1 is allowed or used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 8301 forbids signing with rsa-sha1 and tells verifiers not to accept it: SHA-1 collisions are practical. A key with h=sha1, or a signature with a=rsa-sha1, fails at most receivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with rsa-sha256 (or ed25519-sha256) and remove h=sha1 from the key record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several TXT records at one selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A selector must hold one key record. With several, verifiers may pick any of them or give up (RFC 6376 §3.6.2.2 leaves it open), so signatures fail unpredictably.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every TXT record at the selector except the current key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selector is a CNAME that leads nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selector is delegated by CNAME (as cloud mail providers ask), but the target does not exist or holds no key. Signatures made with this selector fail; a dangling CNAME to a provider&apos;s namespace may also be claimed by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the CNAME at the target your provider shows in its console, or delete it if the provider is no longer used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key found is Ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 (RFC 8463) is sound, but some large receivers still do not verify it: mail signed only with Ed25519 counts as unsigned there and fails DMARC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with an RSA-2048 key as well (two signatures on each message).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key record could not be read: DNS failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS query for the selector timed out, was refused or failed (SERVFAIL). This says nothing about whether the key exists: it was not read. Receivers facing the same failure give a temporary error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the domain&apos;s name servers (they must answer for _domainkey names), or choose another resolver, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no DKIM signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DKIM-Signature header was found, so the message cannot pass DKIM and DMARC relies on SPF alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable DKIM signing on the system that sent the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DKIM-Signature header is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required tag is missing or a tag value is invalid (version, algorithm, domain, canonicalization, base64). Verifiers give permerror and ignore the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the signer&apos;s configuration; the header must carry v=1, a=, b=, bh=, d=, h= (with From) and s=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body hash does not match: the body changed after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hash of the canonicalized body differs from bh=. Something modified the body in transit (a footer added by a list or a gateway, line endings or encoding changed), or it was signed wrongly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the hop that changes the body (mailing list footers, antivirus banners, re-encoding); sign after it, or use c=relaxed/relaxed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not verify against the published key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body hash matches, but the signature over the headers does not verify: a signed header was changed in transit, or the private key used does not match the key published at the selector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the signer&apos;s private key matches the published key (mailsight-cli dkim match), and that no hop rewrites signed headers (Subject tags, From rewriting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature&apos;s key is not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selector named in s= has no key record in DNS (NXDOMAIN or no TXT record). Verifiers give permerror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the key at &lt;s&gt;._domainkey.&lt;d&gt;, or configure the signer to use a published selector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature has expired (x=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature&apos;s expiry time x= is in the past; verifiers treat it as failing. This is expected for old messages and a problem for fresh ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the message is recent, give the signer a longer expiry (or none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature covers only part of the body (l=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With l=, anything appended after the signed length is not covered: an attacker can add content to a validly signed message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure the signer not to use the body length limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From is not over-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h= lists From only as many times as it occurs, so a second From header added in transit would not break the signature. Listing it once more than it occurs (over-signing) prevents that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure the signer to over-sign From (and Subject, To, Date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passing signature is aligned with the From domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC counts a DKIM pass only when the signing domain d= matches the From domain (exactly in strict mode, same organizational domain in relaxed mode). No signature of this message both passes and aligns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with the From domain (or a subdomain of it) as d=, not only with the provider&apos;s domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain name is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot be asked in DNS: a label is empty or longer than 63 bytes, the name is longer than 253 bytes, or it holds a forbidden character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the name and run the audit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolver did not answer; nothing could be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every query timed out or could not reach the server. This says nothing about the domain&apos;s records: they were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network, or choose another resolver in Settings (or --resolver), then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DMARC record applies to the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither the domain nor any parent publishes a DMARC record, so receivers apply no DMARC policy: anyone can send mail that claims to come from this domain, and no reports tell you about it. Gmail, Yahoo and Outlook.com require a DMARC record from bulk senders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a TXT record at _dmarc.&lt;domain&gt;: &quot;v=DMARC1; p=none; rua=mailto:dmarc-reports@&lt;domain&gt;&quot;, then tighten the policy as the reports allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one DMARC record at the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several TXT records at _dmarc start with v=DMARC1. Receivers discard them all: RFC 7489 receivers then apply no DMARC, RFC 9989 receivers continue the tree walk towards the parent domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep exactly one v=DMARC1 TXT record at _dmarc.&lt;domain&gt;; merge the tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC record has a syntax error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag or value cannot be read. Depending on the tag, receivers ignore the value and use the default, or discard the whole record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the tag as the detail says; each tag is name=value, separated by &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC record has a tag that is not DMARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivers ignore tags they do not know. Usually a typo, so the intended setting has no effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the tag name or remove the tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record uses a tag removed by RFC 9989</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pct, rf and ri exist only in RFC 7489. RFC 7489 receivers still honour them, RFC 9989 receivers ignore them, so the same record means different things to different receivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove pct, rf and ri. Instead of pct=0 use t=y for a testing phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy is p=none: failing mail is delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p=none only asks for reports; mail that fails DMARC (including forged mail) is delivered normally. It is the right first step, not a place to stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the aggregate reports; once every legitimate source passes with aligned SPF or DKIM, move to p=quarantine, then p=reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subdomains get a weaker policy than the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sp (existing subdomains) or np (non-existent subdomains) is weaker than p, so attackers can forge mail from any name under the domain, such as billing.&lt;domain&gt;, even where the domain itself is protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise sp and np to at least p, or remove them so that p applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy is in testing mode (t=y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t=y asks RFC 9989 receivers to apply one level less than the policy: reject becomes quarantine, quarantine becomes none. RFC 7489 receivers do not know t and apply the policy in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the reports show no legitimate failures, remove t=y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pct applies the policy to only part of the failing mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With pct below 100, RFC 7489 receivers apply the policy to that share of failing messages and the next weaker policy to the rest. RFC 9989 removed pct: its receivers apply the policy to all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove pct (use t=y while testing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No aggregate reports are requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a valid rua address nobody learns which servers send mail as the domain or what fails, so the policy cannot be tightened safely. Without a valid p, RFC 7489 receivers also need a valid rua to apply any DMARC at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rua=mailto:dmarc-reports@&lt;domain&gt; (or a report-processing service&apos;s address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report destination is not usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rua or ruf entry is not a mailto: URI with a valid address. Receivers skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each destination as mailto:local@domain, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An external report destination has not authorised the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports to a domain outside the organizational domain are sent only if that domain publishes &lt;domain&gt;._report._dmarc.&lt;destination&gt; TXT &quot;v=DMARC1&quot; (or a wildcard). Without it receivers send nothing there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the destination&apos;s owner (often a report-processing service) to publish the authorization record, or use an address inside your own domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report destination&apos;s domain receives no mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination domain has no MX record (or a null MX), so reports cannot be delivered there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish an MX for the destination domain or use another address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report destination carries the obsolete !size suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 7489 let a destination limit report size (mailto:a@b!10m). RFC 9990 dropped it: RFC 9989 receivers ignore it, RFC 7489 receivers skip larger reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the !size suffix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy comes from a parent domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain has no record of its own; the record of a parent domain applies (through sp or np where given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do if intended; publish _dmarc.&lt;domain&gt; to set its own policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 9989 and RFC 7489 receivers apply different policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivers will follow both specifications for years. Here they reach different results (different record found, t=y, pct, np), so the domain is protected differently depending on the receiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a record both readings agree on: no pct, rf or ri, a record at the organizational domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two methods find different organizational domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 9989 finds the organizational domain by walking the DNS tree, RFC 7489 from the Public Suffix List. They disagree here, so relaxed alignment and the subdomain policy can differ between receivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a record at the organizational domain (with psd=n if needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SPF record answers at _dmarc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TXT query for _dmarc.&lt;domain&gt; returns an SPF record, through a wildcard TXT or a CNAME. Receivers ignore it as not DMARC, but it hides the absence of a DMARC record and shows that a wildcard catches names it should not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a real DMARC record at _dmarc.&lt;domain&gt; (an explicit name overrides the wildcard), or fix the CNAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DMARC record is published at the domain itself, not at _dmarc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A v=DMARC1 TXT record at the domain&apos;s own name is never read: receivers only look at _dmarc.&lt;domain&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the record to _dmarc.&lt;domain&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC record could not be read because DNS failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DMARC query timed out or failed (SERVFAIL, REFUSED). This is not the same as having no record: receivers in the same situation defer or skip DMARC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry, or choose another resolver; if it persists, check the domain&apos;s name servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain publishes no SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TXT record starting with &quot;v=spf1&quot; exists, so receivers cannot tell which servers may send mail for this domain (SPF result &quot;none&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish one TXT record such as &quot;v=spf1 mx -all&quot; listing the servers that send your mail, or &quot;v=spf1 -all&quot; if the domain sends no mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain publishes more than one SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly one &quot;v=spf1&quot; record is allowed; with two or more, every check ends in permerror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the records into one TXT record and delete the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record has a syntax error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A term does not follow the RFC 7208 grammar; receivers stop at once with permerror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the term shown (the character position points at the problem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 10 DNS lookups: SPF evaluation fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include, a, mx, ptr, exists and redirect each cost one DNS lookup, counted across every include. Past 10, receivers return permerror and your mail fails SPF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove unused includes, replace a/mx with ip4/ip6 where addresses are stable, or move senders to subdomains with their own records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF uses 8 to 10 of its 10 DNS lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record still works, but one more include (or a provider adding one inside theirs) breaks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make room now: drop unused includes or replace a/mx terms by ip4/ip6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 2 lookups find nothing (void lookups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookups that answer NXDOMAIN or no records are limited to two; the third gives permerror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove terms that point at names without records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An include or redirect loops back to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following the chain comes back to a record already on the path; evaluation can only end in permerror at the lookup limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the include or redirect that points back up the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An include or redirect target has no SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include and redirect need the target to publish an SPF record; without one, evaluation ends in permerror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the target name (a typo?) or remove the term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same include is evaluated more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target reached twice costs its lookups twice without authorising anything new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one include of that target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record ends in &quot;+all&quot;: anyone may send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;+all&quot; (or a bare &quot;all&quot;) authorises every server on the Internet to send mail for the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the record with &quot;-all&quot; (or &quot;~all&quot; while testing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record does not say what happens to other senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;?all&quot;, or no &quot;all&quot; and no redirect, leaves every unlisted sender neutral: SPF then protects nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the record with &quot;-all&quot; (or &quot;~all&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record uses the &quot;ptr&quot; mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ptr is slow, unreliable and must not be used; many receivers skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace ptr with ip4/ip6 or a terms naming the servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An obsolete SPF (type 99) record is published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 7208 removed the SPF record type; only TXT is read. A type-99 record that differs from the TXT one misleads anyone reading DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the type-99 record and keep the TXT record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record is longer than 450 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long records risk DNS answers over 512 bytes, which some receivers do not fetch over TCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten it: move senders to an include on a subdomain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &quot;mx&quot; term finds more than 10 mail servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mx may look up at most 10 names; with more, evaluation ends in permerror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use ip4/ip6 for the servers instead of mx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect is ignored because the record has &quot;all&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an &quot;all&quot; mechanism anywhere, redirect never applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove either the redirect or the all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms after &quot;all&quot; are never evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation stops at &quot;all&quot;; whatever follows it has no effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the terms before &quot;all&quot;, or delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two terms authorise overlapping address ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same addresses are listed twice (often through two includes); harmless but it hides stale entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the narrower duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DNS lookup failed while reading SPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lookup timed out or the server failed (temperror). This says nothing about whether the record exists: it could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the domain&apos;s name servers answer, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Type a domain and press Enter to audit it, or try the demo (File menu).</source>
        <translation>Geben Sie eine Domain ein und drücken Sie Enter, um sie zu prüfen, oder probieren Sie die Demo aus (Menü Datei).</translation>
    </message>
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
        <source>Queries copied.</source>
        <translation>Abfragen kopiert.</translation>
    </message>
    <message>
        <source>Copy the whole log as &amp;JSON</source>
        <translation>Gesamtes Protokoll als &amp;JSON kopieren</translation>
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
        <source>&amp;Close staged zone files</source>
        <translation>Vorgemerkte Zonendateien s&amp;chließen</translation>
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
        <source>&amp;Export audit…</source>
        <translation>Prüfung &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the audit as PDF, HTML, JSON, CSV or SARIF</source>
        <translation>Die Prüfung als PDF, HTML, JSON, CSV oder SARIF speichern</translation>
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
        <source>&lt;b&gt;Staged audit:&lt;/b&gt; answers for the zones in %1 come from these files, overlaid on %2. Nothing is published yet.</source>
        <translation>&lt;b&gt;Vorab-Prüfung:&lt;/b&gt; Antworten für die Zonen in %1 kommen aus diesen Dateien, über %2 gelegt. Noch ist nichts veröffentlicht.</translation>
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
        <source>Zone files staged (%1): press Enter to audit with them.</source>
        <translation>Zonendateien vorgemerkt (%1): Enter drücken, um mit ihnen zu prüfen.</translation>
    </message>
    <message>
        <source>Staged zone files closed; audits ask live DNS again.</source>
        <translation>Vorgemerkte Zonendateien geschlossen; Prüfungen fragen wieder das Live-DNS.</translation>
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
        <source>About Mailsight</source>
        <translation>Über Mailsight</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mailsight %1&lt;/h3&gt;&lt;p&gt;Audits a domain&apos;s email authentication (SPF, DKIM, DMARC) from what its DNS publishes, live or from zone files before they are deployed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keyboard&lt;/b&gt;&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Enter&lt;/td&gt;&lt;td&gt;&amp;nbsp;audit the domain in the field&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+L&lt;/td&gt;&lt;td&gt;&amp;nbsp;go to the domain field&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F5&lt;/td&gt;&lt;td&gt;&amp;nbsp;audit again (staged zone files are read again)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc&lt;/td&gt;&lt;td&gt;&amp;nbsp;cancel the running audit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+O&lt;/td&gt;&lt;td&gt;&amp;nbsp;open a zone file for a staged audit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+C&lt;/td&gt;&lt;td&gt;&amp;nbsp;copy the selected records or queries&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Q&lt;/td&gt;&lt;td&gt;&amp;nbsp;quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Mailsight %1&lt;/h3&gt;&lt;p&gt;Prüft die E-Mail-Authentifizierung einer Domain (SPF, DKIM, DMARC) anhand dessen, was ihr DNS veröffentlicht – live oder aus Zonendateien, bevor sie veröffentlicht werden.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tastatur&lt;/b&gt;&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Enter&lt;/td&gt;&lt;td&gt;&amp;nbsp;die Domain im Eingabefeld prüfen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+L&lt;/td&gt;&lt;td&gt;&amp;nbsp;zum Domain-Feld springen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F5&lt;/td&gt;&lt;td&gt;&amp;nbsp;erneut prüfen (vorgemerkte Zonendateien werden neu gelesen)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc&lt;/td&gt;&lt;td&gt;&amp;nbsp;die laufende Prüfung abbrechen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+O&lt;/td&gt;&lt;td&gt;&amp;nbsp;eine Zonendatei für eine Vorab-Prüfung öffnen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+C&lt;/td&gt;&lt;td&gt;&amp;nbsp;die ausgewählten Einträge oder Abfragen kopieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+Q&lt;/td&gt;&lt;td&gt;&amp;nbsp;beenden&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not looked up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 messages, SPF pass %3, DKIM pass %4, DMARC pass %5, forwarded %6, quarantined %7, rejected %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF aligned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM aligned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>The domain the reports are about (policy_published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop DMARC aggregate or TLS-RPT reports here (.xml, .gz, .zip, .json, .eml, .mbox or folders), or use Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC pass %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished">Übersicht</translation>
    </message>
    <message>
        <source>Filter by address, reverse name, include or verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p=quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p=reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the domain published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-RPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No import yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail, delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS-RPT report for this domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reports could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a domain, or drop reports here to import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report about %1 in the database yet. Drop its DMARC aggregate (rua) or TLS-RPT reports here, or use Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 messages from %3 sources in %4 reports; DMARC pass %5%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) match no SPF include.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(No SPF tree stored yet: includes show as unknown.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>%1 TLS reports: %2 successful and %3 failed sessions.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures by type: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>successful sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages from %1 per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DMARC aggregate data for this domain and period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under p=%1, %2 of %3 messages (from %4 sources) would have been %5; %6 of them were not already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of them come from senders the SPF record authorises: fix their DKIM or SPF alignment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported   %1 (%2 report(s), %3 rows)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>           warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate  %1 (already imported)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUSED    %1
           %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported, %2 skipped as duplicates, %3 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the Import log tab for why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports (*.xml *.gz *.zip *.json *.eml *.mbox);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
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
    <name>SpfEvaluator</name>
    <message>
        <source>This sender is not authorised by the domain&apos;s SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 DNS lookups found nothing (void lookup limit, RFC 7208 §4.6.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid multi-label domain name (RFC 7208 §4.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>includes nest too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syntax error in the record of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TXT lookup of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes no SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records; exactly one is allowed (RFC 7208 §4.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 DNS-querying terms; the limit is crossed at &quot;%2&quot; in %3 (RFC 7208 §4.6.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client matched &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the redirect target %1 has no SPF record (RFC 7208 §6.1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no term matched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no term of %1 matched; the default result is neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name, so &quot;%2&quot; matches nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 lookup of %2 for &quot;%3&quot; failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passes for this client (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the include target %1 has no SPF record (RFC 7208 §5.2): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 MX records; &quot;mx&quot; may look up at most %3 (RFC 7208 §4.6.4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpfFlattener</name>
    <message>
        <source>Flattened records go stale: providers change their ranges without notice, and a flattened record then rejects their mail or authorises addresses they gave up. Re-flatten regularly (daily) or keep the includes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpfMacroExpander</name>
    <message>
        <source>a &apos;%&apos; at the end must be written &apos;%%&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%&apos; must be followed by &apos;{&apos;, &apos;%&apos;, &apos;_&apos; or &apos;-&apos; (write &apos;%%&apos; for a percent sign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the character &apos;%1&apos; is not 7-bit ASCII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the character (code %1) is not allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the macro is not closed with &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the macro letter &apos;%1&apos; is allowed only in explanation text (RFC 7208 §7.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a macro letter (s, l, o, d, i, p, h, v; c, r, t in explanations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of parts in a macro must not be zero (RFC 7208 §7.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; in a macro (expected a delimiter or &apos;}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpfRecordParser</name>
    <message>
        <source>a domain is required here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain must end in a dot and a top-level label (such as &quot;.com&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid top-level label (letters, digits, inner hyphens; not all digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record does not start with &quot;v=spf1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the character (code %1) is not allowed: SPF records are 7-bit ASCII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the modifier &quot;%1&quot; appears more than once (RFC 7208 §6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mechanism name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SPF mechanism (all, include, a, mx, ptr, ip4, ip6, exists) nor a modifier (name=value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;all&quot; takes no argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;:domain&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ptr&quot; takes only &quot;:domain&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;//%1&quot; is not an IPv6 prefix length (0-128)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;/%1&quot; is not an IPv4 prefix length (0-32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;:domain&quot; or &quot;/prefix&quot; after &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;:address&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 prefix length (0-32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 prefix length (0-128)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address (four numbers 0-255, no leading zeros)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpfSyntaxError</name>
    <message>
        <source>term %1 &quot;%2&quot; (character %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpfTab</name>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a domain and audit it to see its SPF tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the tree (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand to problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>192.0.2.1 or 2001:db8::1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user@domain (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail.example.com (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a record to test instead of the published one (v=spf1 …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if (IP, sender, HELO):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit a domain first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the SPF tree of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ softfail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation type="unfinished">Behebung: </translation>
    </message>
    <message>
        <source>%1 → %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF: %1 DNS lookups of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Error: %1 publishes no SPF record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Error: %1 publishes more than one SPF record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Error: the SPF record of %1 could not be read (%2) — not the same as having none. Retry, or choose another resolver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Error: the SPF record has a syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ℹ Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of 10 DNS lookups, %3 void, %4 finding(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Receivers stop at the 11th lookup: SPF fails with permerror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> An include loops back: receivers follow it until the limit (permerror).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9–10: near</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11+: fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookups per branch: %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Published as %1 strings: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Resolved: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Authorises: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Flags: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Cost %1; running count after it: %2 of 10.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpfTermExplainer</name>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soft-fails (accepted but marked suspicious)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is neutral (neither passes nor fails)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished">%1: %2. {1:?}</translation>
    </message>
    <message>
        <source>The SPF record of %1; evaluating it costs %2 DNS lookups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on the message (macros %1): with an IP and sender it looks up &quot;%2&quot; expanded; costs 1 lookup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every other sender %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail from %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks up the addresses of %1, but the lookup failed (temperror); costs 1 lookup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail from the addresses of %1 %2, but it has none (a void lookup); costs 1 lookup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail from the addresses of %1 (%2) %3; costs 1 lookup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail from the mail servers of %1 %2, but it has no MX records (a void lookup); costs 1 lookup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail from the mail servers of %1 (%2) %3; costs 1 lookup plus address lookups of %4 host(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail %1 if the client&apos;s reverse DNS name, confirmed forward, ends in %2 (slow and discouraged); costs 1 lookup plus up to 10 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail %1 if %2 has an IPv4 address (any address); costs 1 lookup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluates %1, which is already on this path: a loop, not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluates %1, which has no SPF record: evaluation ends in permerror here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluates %1; %2 if that passes; costs 1 lookup plus %3 inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored: the record has &quot;all&quot;, so redirect to %1 never applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If nothing above matched, the result is that of %1&apos;s record; costs 1 lookup plus %2 inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On fail, the reason shown to the sender comes from the TXT record of %1; costs no counted lookup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unknown modifier &quot;%1&quot;: receivers ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpfTreeBuilder</name>
    <message>
        <source>&quot;%1&quot; is not a valid domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TXT lookup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TXT record starts with &quot;v=spf1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 SPF records: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loop: %1 is already on this path (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished">%1: %2. {1:?}</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>%1 also publishes %2 type-99 record(s): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of %1 is %2 bytes long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 comes after &quot;all&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expanded record needs %1 DNS lookups. The count passes 10 at &quot;%2&quot; in %3: evaluation ends in permerror there.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The costliest branch is &quot;%1&quot; with %2 lookups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The third lookup that finds nothing is &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 leads back to %3. A receiver follows the loop until the 10-lookup limit: permerror, unless an earlier term matches. The counts shown stop at the loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2: %3 has no SPF record (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is evaluated again by &quot;%2&quot; in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 finds %3 mail servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is ignored because the record has &quot;all&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expanded record needs %1 of the 10 DNS lookups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlapping pair(s) of ranges, for example %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends in &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has neither &quot;all&quot; nor redirect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpfTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ softfail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP ranges</source>
        <translation type="unfinished"></translation>
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
</context>
</TS>
