<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppTheme</name>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
</context>
<context>
    <name>ArcChainVerifier</name>
    <message>
        <source>the message carries no ARC header fields</source>
        <translation>le message ne contient aucun champ d&apos;en-tête ARC</translation>
    </message>
    <message>
        <source>The ARC-Message-Signature of i=%1 (d=%2) lists Authentication-Results in h=.</source>
        <translation>L&apos;ARC-Message-Signature de i=%1 (d=%2) liste Authentication-Results dans h=.</translation>
    </message>
    <message>
        <source>%1 ARC-Seal fields: more than the 50 sets allowed</source>
        <translation>%1 champs ARC-Seal&#xa0;: plus que les 50 jeux autorisés</translation>
    </message>
    <message>
        <source>The message carries %1 ARC-Seal header fields.</source>
        <translation>Le message contient %1 champs d&apos;en-tête ARC-Seal.</translation>
    </message>
    <message>
        <source> Today the ARC-Message-Signature of i=%1 (d=%2) does not verify: %3.</source>
        <translation> Aujourd&apos;hui, l&apos;ARC-Message-Signature de i=%1 (d=%2) ne se vérifie pas&#xa0;: %3.</translation>
    </message>
    <message>
        <source> Today the ARC-Seal of i=%1 (d=%2) does not verify: %3.</source>
        <translation> Aujourd&apos;hui, l&apos;ARC-Seal de i=%1 (d=%2) ne se vérifie pas&#xa0;: %3.</translation>
    </message>
    <message>
        <source>the sealer of i=%1 (d=%2) found the chain already broken and sealed it with cv=fail</source>
        <translation>le scelleur de i=%1 (d=%2) a trouvé la chaîne déjà rompue et l&apos;a scellée avec cv=fail</translation>
    </message>
    <message>
        <source>The ARC-Seal of i=%1 (d=%2) says cv=fail.</source>
        <translation>L&apos;ARC-Seal de i=%1 (d=%2) indique cv=fail.</translation>
    </message>
    <message>
        <source>%1 ARC header field(s) without a valid instance number</source>
        <translation>%1 champ(s) d&apos;en-tête ARC sans numéro d&apos;instance valide</translation>
    </message>
    <message>
        <source>Fields without a valid i=: %1.</source>
        <translation>Champs sans i= valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>instance %1 is missing: the sets are not numbered 1..%2</source>
        <translation>l&apos;instance %1 manque&#xa0;: les jeux ne sont pas numérotés de 1 à %2</translation>
    </message>
    <message>
        <source>The chain has sets up to i=%1 but none with i=%2.</source>
        <translation>La chaîne a des jeux jusqu&apos;à i=%1, mais aucun avec i=%2.</translation>
    </message>
    <message>
        <source>instance %1 appears more than once</source>
        <translation>l&apos;instance %1 apparaît plus d&apos;une fois</translation>
    </message>
    <message>
        <source>Repeated at i=%1: %2.</source>
        <translation>Répété à i=%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the set of instance %1 has no %2</source>
        <translation>le jeu de l&apos;instance %1 n&apos;a pas de %2</translation>
    </message>
    <message>
        <source>The set i=%1 lacks: %2.</source>
        <translation>Il manque au jeu i=%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>an ARC header field of instance %1 cannot be read</source>
        <translation>un champ d&apos;en-tête ARC de l&apos;instance %1 ne peut pas être lu</translation>
    </message>
    <message>
        <source>At i=%1: %2.</source>
        <translation>À i=%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the seal of instance %1 says cv=%2 where cv=%3 is required</source>
        <translation>le sceau de l&apos;instance %1 indique cv=%2 alors que cv=%3 est requis</translation>
    </message>
    <message>
        <source>The ARC-Seal of i=%1 (d=%2) says cv=%3; at this place in the chain it must say cv=%4.</source>
        <translation>L&apos;ARC-Seal de i=%1 (d=%2) indique cv=%3&#xa0;; à cette place dans la chaîne, il doit indiquer cv=%4.</translation>
    </message>
    <message>
        <source>the ARC-Message-Signature of i=%1 (d=%2) does not verify: %3</source>
        <translation>l&apos;ARC-Message-Signature de i=%1 (d=%2) ne se vérifie pas&#xa0;: %3</translation>
    </message>
    <message>
        <source>The ARC-Message-Signature of i=%1 (d=%2): %3.</source>
        <translation>L&apos;ARC-Message-Signature de i=%1 (d=%2)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The key of the ARC-Message-Signature of i=%1 could not be fetched: %2.</source>
        <translation>La clé de l&apos;ARC-Message-Signature de i=%1 n&apos;a pas pu être récupérée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The ARC-Message-Signature of i=%1 (d=%2) no longer verifies (%3): the message was changed after %2 signed it, before %4 (i=%5) did. oldest-pass=%5.</source>
        <translation>L&apos;ARC-Message-Signature de i=%1 (d=%2) ne se vérifie plus (%3)&#xa0;: le message a été modifié après la signature de %2 et avant celle de %4 (i=%5). oldest-pass=%5.</translation>
    </message>
    <message>
        <source>the ARC-Seal of i=%1 (d=%2) does not verify: %3</source>
        <translation>l&apos;ARC-Seal de i=%1 (d=%2) ne se vérifie pas&#xa0;: %3</translation>
    </message>
    <message>
        <source>The ARC-Seal of i=%1 (d=%2): %3.</source>
        <translation>L&apos;ARC-Seal de i=%1 (d=%2)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 ARC set(s), sealed by %2: every seal verifies and the latest signature matches the message</source>
        <translation>%1 jeu(x) ARC, scellé(s) par %2&#xa0;: chaque sceau se vérifie et la dernière signature correspond au message</translation>
    </message>
    <message>
        <source>a=rsa-sha1 is not accepted (RFC 8301)</source>
        <translation>a=rsa-sha1 n&apos;est pas accepté (RFC 8301)</translation>
    </message>
    <message>
        <source>the ARC-Message-Signature cannot be read: %1</source>
        <translation>l&apos;ARC-Message-Signature ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>the key at %1 is %2 bits; RFC 8301 forbids accepting keys under 1024 bits</source>
        <translation>la clé en %1 fait %2 bits&#xa0;; RFC 8301 interdit d&apos;accepter des clés de moins de 1024 bits</translation>
    </message>
    <message>
        <source>l=%1 is longer than the body: the body was cut</source>
        <translation>l=%1 est plus long que le corps&#xa0;: le corps a été tronqué</translation>
    </message>
    <message>
        <source>the body hash does not match: the body changed after this hop signed it</source>
        <translation>le hachage du corps ne correspond pas&#xa0;: le corps a changé après la signature de cette étape</translation>
    </message>
    <message>
        <source>the signature does not verify with the key at %1 (a signed header changed, or the key is not the signer&apos;s)</source>
        <translation>la signature ne se vérifie pas avec la clé en %1 (un en-tête signé a changé, ou la clé n&apos;est pas celle du signataire)</translation>
    </message>
    <message>
        <source>verifies with the %1 key at %2</source>
        <translation>se vérifie avec la clé %1 en %2</translation>
    </message>
    <message>
        <source>the header signature verifies with the key at %1; the body was not given, so its hash was not checked</source>
        <translation>la signature d&apos;en-tête se vérifie avec la clé en %1&#xa0;; le corps n&apos;a pas été fourni, son hachage n&apos;a donc pas été vérifié</translation>
    </message>
    <message>
        <source>the ARC-Seal cannot be read: %1</source>
        <translation>l&apos;ARC-Seal ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>not checked: the sets up to i=%1 are not complete and numbered 1..%1</source>
        <translation>non vérifié&#xa0;: les jeux jusqu&apos;à i=%1 ne sont pas complets et numérotés de 1 à %1</translation>
    </message>
    <message>
        <source>the seal does not verify with the key at %1: an ARC header field of sets 1..%2 changed after sealing, or the key is not the sealer&apos;s</source>
        <translation>le sceau ne se vérifie pas avec la clé en %1&#xa0;: un champ d&apos;en-tête ARC des jeux 1 à %2 a changé après le scellement, ou la clé n&apos;est pas celle du scelleur</translation>
    </message>
    <message>
        <source>the seal over sets 1..%1 verifies with the %2 key at %3</source>
        <translation>le sceau sur les jeux 1 à %1 se vérifie avec la clé %2 en %3</translation>
    </message>
</context>
<context>
    <name>AreaSummaryHtml</name>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
</context>
<context>
    <name>AuditAreaCard</name>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
    <message>
        <source>Opens the %1 tab</source>
        <translation>Ouvre l&apos;onglet %1</translation>
    </message>
    <message>
        <source>%1 — %2
%3
Click to open the %1 tab.</source>
        <translation>%1 — %2
%3
Cliquez pour ouvrir l&apos;onglet %1.</translation>
    </message>
</context>
<context>
    <name>AuditAreaCards</name>
    <message>
        <source>Areas of the audit</source>
        <translation>Volets de l&apos;audit</translation>
    </message>
</context>
<context>
    <name>AuditAreaSummary</name>
    <message>
        <source>No SPF record: receivers cannot tell who may send</source>
        <translation>Aucun enregistrement SPF&#xa0;: les destinataires ne savent pas qui peut envoyer</translation>
    </message>
    <message>
        <source>More than one SPF record: SPF fails</source>
        <translation>Plus d&apos;un enregistrement SPF&#xa0;: SPF échoue</translation>
    </message>
    <message>
        <source>The SPF record could not be read</source>
        <translation>L&apos;enregistrement SPF n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>The SPF record has a syntax error: SPF fails</source>
        <translation>L&apos;enregistrement SPF contient une erreur de syntaxe&#xa0;: SPF échoue</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>%1 of %2 lookups: SPF fails</source>
        <translation>%1 requêtes sur %2&#xa0;: SPF échoue</translation>
    </message>
    <message>
        <source>%1 of %2 lookups</source>
        <translation>%1 requêtes sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 lookups, ends in %3</source>
        <translation>%1 requêtes sur %2, se termine par %3</translation>
    </message>
    <message numerus="yes">
        <source>No key among %n selector(s) tried</source>
        <translation>
            <numerusform>Aucune clé parmi %n sélecteur essayé</numerusform>
            <numerusform>Aucune clé parmi %n sélecteurs essayés</numerusform>
        </translation>
    </message>
    <message>
        <source>No selector known</source>
        <translation>Aucun sélecteur connu</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s): </source>
        <translation>
            <numerusform>%n clé&#xa0;: </numerusform>
            <numerusform>%n clés&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>No DMARC record: forged mail is not refused</source>
        <translation>Aucun enregistrement DMARC&#xa0;: le courrier falsifié n&apos;est pas refusé</translation>
    </message>
    <message numerus="yes">
        <source>reports to %n address(es)</source>
        <translation>
            <numerusform>rapports à %n adresse</numerusform>
            <numerusform>rapports à %n adresses</numerusform>
        </translation>
    </message>
    <message>
        <source>no aggregate reports (rua)</source>
        <translation>aucun rapport agrégé (rua)</translation>
    </message>
    <message>
        <source>No DMARC or TLS-RPT report imported</source>
        <translation>Aucun rapport DMARC ou TLS-RPT importé</translation>
    </message>
    <message numerus="yes">
        <source>%1 messages from %n source(s), %2% pass DMARC</source>
        <translation>
            <numerusform>%1 messages de %n source, %2&#xa0;% passent DMARC</numerusform>
            <numerusform>%1 messages de %n sources, %2&#xa0;% passent DMARC</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed TLS session(s)</source>
        <translation>
            <numerusform>%n session TLS échouée</numerusform>
            <numerusform>%n sessions TLS échouées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n TLS-RPT report(s), no failure</source>
        <translation>
            <numerusform>%n rapport TLS-RPT, aucun échec</numerusform>
            <numerusform>%n rapports TLS-RPT, aucun échec</numerusform>
        </translation>
    </message>
    <message>
        <source>The MX records could not be read</source>
        <translation>Les enregistrements MX n&apos;ont pas pu être lus</translation>
    </message>
    <message>
        <source>Null MX: receives no mail</source>
        <translation>MX nul&#xa0;: ne reçoit aucun courrier</translation>
    </message>
    <message>
        <source>No MX record</source>
        <translation>Aucun enregistrement MX</translation>
    </message>
    <message>
        <source>no MTA-STS</source>
        <translation>pas de MTA-STS</translation>
    </message>
    <message>
        <source>MTA-STS record invalid</source>
        <translation>enregistrement MTA-STS invalide</translation>
    </message>
    <message>
        <source>MTA-STS policy not fetched</source>
        <translation>politique MTA-STS non récupérée</translation>
    </message>
    <message>
        <source>MTA-STS policy not usable</source>
        <translation>politique MTA-STS inutilisable</translation>
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
        <translation>DNSSEC non validé</translation>
    </message>
    <message>
        <source>chain secure</source>
        <translation>chaîne sûre</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>non signé</translation>
    </message>
    <message>
        <source>chain broken</source>
        <translation>chaîne rompue</translation>
    </message>
    <message>
        <source>DNSSEC %1</source>
        <translation>DNSSEC %1</translation>
    </message>
    <message>
        <source>servers not checked</source>
        <translation>serveurs non vérifiés</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s), answers differ</source>
        <translation>
            <numerusform>%n serveur, réponses divergentes</numerusform>
            <numerusform>%n serveurs, réponses divergentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) agree</source>
        <translation>
            <numerusform>%n serveur concordant</numerusform>
            <numerusform>%n serveurs concordants</numerusform>
        </translation>
    </message>
    <message>
        <source>blocklists not asked</source>
        <translation>listes de blocage non interrogées</translation>
    </message>
    <message numerus="yes">
        <source>listed %n time(s)</source>
        <translation>
            <numerusform>listé %n fois</numerusform>
            <numerusform>listé %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>on no blocklist</source>
        <translation>sur aucune liste de blocage</translation>
    </message>
    <message>
        <source>no blocklist answered</source>
        <translation>aucune liste de blocage n&apos;a répondu</translation>
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
        <translation>Rapports</translation>
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
        <translation>Non vérifié&#xa0;: l&apos;audit a été annulé</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>AuditController</name>
    <message>
        <source>Not audited: the resolver could not be set up.</source>
        <translation>Non audité&#xa0;: le résolveur n&apos;a pas pu être configuré.</translation>
    </message>
    <message>
        <source>Auditing %1 via %2…</source>
        <translation>Audit de %1 via %2…</translation>
    </message>
    <message>
        <source>Audit of %1 cancelled after %2 ms: %3 queries answered, %4 cut short. Nothing is known about what they would have returned.</source>
        <translation>Audit de %1 annulé au bout de %2 ms&#xa0;: %3 requêtes ont reçu une réponse, %4 ont été interrompues. On ne sait rien de ce qu&apos;elles auraient renvoyé.</translation>
    </message>
    <message>
        <source>%1 audited in %2 ms; DNS queries: %3</source>
        <translation>%1 audité en %2 ms&#xa0;; requêtes DNS&#xa0;: %3</translation>
    </message>
    <message>
        <source>, of which failed: %1 (see the query log)</source>
        <translation>, dont en échec&#xa0;: %1 (voir le journal des requêtes)</translation>
    </message>
</context>
<context>
    <name>AuditDiff</name>
    <message>
        <source>improved</source>
        <translation>en hausse</translation>
    </message>
    <message>
        <source>regressed</source>
        <translation>en baisse</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>Grade: %1 -&gt; %2 (%3)</source>
        <translation>Note&#xa0;: %1 -&gt; %2 (%3)</translation>
    </message>
    <message>
        <source>New: </source>
        <translation>Nouveau&#xa0;: </translation>
    </message>
    <message>
        <source>Fixed: </source>
        <translation>Corrigé&#xa0;: </translation>
    </message>
    <message>
        <source>DMARC policy: %1 -&gt; %2</source>
        <translation>Politique DMARC&#xa0;: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>SPF lookups: %1 -&gt; %2</source>
        <translation>Requêtes SPF&#xa0;: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>SPF include added: %1 (%2 lookups)</source>
        <translation>include SPF ajouté&#xa0;: %1 (%2 requêtes)</translation>
    </message>
    <message>
        <source>SPF include removed: %1</source>
        <translation>include SPF supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>DKIM key added: %1 (%2 %3 bits)</source>
        <translation>Clé DKIM ajoutée&#xa0;: %1 (%2 %3 bits)</translation>
    </message>
    <message>
        <source>DKIM key removed: %1</source>
        <translation>Clé DKIM supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>DKIM key replaced: %1</source>
        <translation>Clé DKIM remplacée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Record added: </source>
        <translation>Enregistrement ajouté&#xa0;: </translation>
    </message>
    <message>
        <source>Record removed: </source>
        <translation>Enregistrement supprimé&#xa0;: </translation>
    </message>
    <message>
        <source>Record changed: </source>
        <translation>Enregistrement modifié&#xa0;: </translation>
    </message>
</context>
<context>
    <name>AuditDiffFindingsModel</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Found in the later audit, not in the earlier one</source>
        <translation>Présent dans l&apos;audit le plus récent, pas dans le plus ancien</translation>
    </message>
    <message>
        <source>Found in the earlier audit, gone from the later one</source>
        <translation>Présent dans l&apos;audit le plus ancien, disparu du plus récent</translation>
    </message>
    <message>
        <source>Found in both audits</source>
        <translation>Présent dans les deux audits</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
</context>
<context>
    <name>AuditDiffRecordsModel</name>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 bits</translation>
    </message>
    <message numerus="yes">
        <source>%n DNS lookup(s)</source>
        <translation>
            <numerusform>%n requête DNS</numerusform>
            <numerusform>%n requêtes DNS</numerusform>
        </translation>
    </message>
    <message>
        <source>DMARC policy</source>
        <translation>Politique DMARC</translation>
    </message>
    <message>
        <source>SPF lookups</source>
        <translation>Requêtes SPF</translation>
    </message>
    <message>
        <source>SPF term</source>
        <translation>Terme SPF</translation>
    </message>
    <message>
        <source>SPF include</source>
        <translation>Include SPF</translation>
    </message>
    <message>
        <source>DKIM key</source>
        <translation>Clé DKIM</translation>
    </message>
    <message>
        <source>DNS record</source>
        <translation>Enregistrement DNS</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>AuditDocument</name>
    <message numerus="yes">
        <source>%n domain(s) audited for SPF, DKIM and DMARC</source>
        <translation>
            <numerusform>%n domaine audité pour SPF, DKIM et DMARC</numerusform>
            <numerusform>%n domaines audités pour SPF, DKIM et DMARC</numerusform>
        </translation>
    </message>
    <message>
        <source>Email authentication audit</source>
        <translation>Audit de l&apos;authentification des e-mails</translation>
    </message>
    <message>
        <source>Email authentication audit — %1</source>
        <translation>Audit de l&apos;authentification des e-mails — %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The SPF check was not run.</source>
        <translation>La vérification SPF n&apos;a pas été effectuée.</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Enregistrement&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>DNS lookups needed: %1 of the 10 allowed; void lookups: %2; deepest include chain: %3.</source>
        <translation>Requêtes DNS nécessaires&#xa0;: %1 sur les 10 autorisées&#xa0;; requêtes vides&#xa0;: %2&#xa0;; chaîne d&apos;include la plus profonde&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>The DKIM check was not run.</source>
        <translation>La vérification DKIM n&apos;a pas été effectuée.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>No DKIM key was found at the selectors tried.</source>
        <translation>Aucune clé DKIM n&apos;a été trouvée sous les sélecteurs essayés.</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Sélecteur</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvée</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Empreinte (SHA-256)</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>The DMARC check was not run.</source>
        <translation>La vérification DMARC n&apos;a pas été effectuée.</translation>
    </message>
    <message>
        <source>Policy applied by RFC 9989 receivers: %1; by RFC 7489 receivers: %2.</source>
        <translation>Politique appliquée par les destinataires RFC 9989&#xa0;: %1&#xa0;; par les destinataires RFC 7489&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Aucun constat.</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Preuves&#xa0;:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Correction&#xa0;:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
    <message>
        <source>The %1 biggest of %2 are shown; the Reports tab and `mailsight-cli reports summary` list them all.</source>
        <translation>Les %1 plus importantes sur %2 sont affichées&#xa0;; l&apos;onglet Rapports et `mailsight-cli reports summary` les listent toutes.</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>toutes les dates</translation>
    </message>
    <message numerus="yes">
        <source>Receivers sent %n DMARC aggregate report(s) about %1 for %2: %3 messages claimed to come from the domain.</source>
        <translation>
            <numerusform>Les destinataires ont envoyé %n rapport agrégé DMARC sur %1 pour %2&#xa0;: %3 messages prétendaient venir du domaine.</numerusform>
            <numerusform>Les destinataires ont envoyé %n rapports agrégés DMARC sur %1 pour %2&#xa0;: %3 messages prétendaient venir du domaine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>DMARC pass</source>
        <translation>DMARC valide</translation>
    </message>
    <message>
        <source>SPF aligned pass</source>
        <translation>SPF aligné réussi</translation>
    </message>
    <message>
        <source>DKIM aligned pass</source>
        <translation>DKIM aligné réussi</translation>
    </message>
    <message>
        <source>Policy the receivers saw: p=%1 (pct=%2).</source>
        <translation>Politique vue par les destinataires&#xa0;: p=%1 (pct=%2).</translation>
    </message>
    <message>
        <source>Volume over time, by result</source>
        <translation>Volume dans le temps, par résultat</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <source>Failed, delivered</source>
        <translation>En échec, distribués</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Mis en quarantaine</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>Top sources</source>
        <translation>Principales sources</translation>
    </message>
    <message>
        <source>Each source address with the SPF term of the domain that covers it (from the SPF tree stored by the last audit; &quot;unknown&quot;: none does) and the share of its messages that passed aligned SPF, aligned DKIM and DMARC.</source>
        <translation>Chaque adresse source avec le terme SPF du domaine qui la couvre (d&apos;après l&apos;arbre SPF enregistré par le dernier audit&#xa0;; «&#xa0;unknown&#xa0;»&#xa0;: aucun) et la part de ses messages ayant réussi SPF aligné, DKIM aligné et DMARC.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Reverse name</source>
        <translation>Nom inverse</translation>
    </message>
    <message>
        <source>Matched SPF term</source>
        <translation>Terme SPF correspondant</translation>
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
        <translation>Sources inconnues qui envoient du courrier au nom du domaine</translation>
    </message>
    <message>
        <source>No term of the SPF record covers these addresses: %1 messages. Those that pass DKIM are often a service someone signed up for without telling IT (shadow IT: add it to SPF or have it sign with the domain&apos;s key); those failing everything are spoofing that a reject policy stops.</source>
        <translation>Aucun terme de l&apos;enregistrement SPF ne couvre ces adresses&#xa0;: %1 messages. Ceux qui réussissent DKIM sont souvent un service souscrit sans prévenir l&apos;informatique (shadow IT&#xa0;: ajoutez-le à SPF ou faites-le signer avec la clé du domaine)&#xa0;; ceux qui échouent partout sont de l&apos;usurpation qu&apos;une politique reject arrête.</translation>
    </message>
    <message>
        <source>DKIM pass</source>
        <translation>DKIM réussi</translation>
    </message>
    <message>
        <source>DMARC fail</source>
        <translation>DMARC en échec</translation>
    </message>
    <message>
        <source>Forwarders</source>
        <translation>Redirections</translation>
    </message>
    <message>
        <source>Mail that passed DKIM but failed SPF: it was relayed (a mailing list, a forwarding mailbox) and the signature survived. DMARC still passes through DKIM, so keep signing all mail.</source>
        <translation>Courrier ayant réussi DKIM mais échoué SPF&#xa0;: il a été relayé (liste de diffusion, boîte de redirection) et la signature a survécu. DMARC réussit encore grâce à DKIM&#xa0;: continuez donc à signer tout le courrier.</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Transférés</translation>
    </message>
    <message>
        <source>What a stricter policy would do</source>
        <translation>Effet d&apos;une politique plus stricte</translation>
    </message>
    <message>
        <source>Under p=reject, %1 messages from %2 sources would have been rejected; %3 of them already were.</source>
        <translation>Avec p=reject, %1 messages de %2 sources auraient été rejetés&#xa0;; %3 d&apos;entre eux l&apos;ont déjà été.</translation>
    </message>
    <message>
        <source>Under p=quarantine, %1 messages from %2 sources would have been quarantined; %3 of them already were (or were rejected).</source>
        <translation>Avec p=quarantine, %1 messages de %2 sources auraient été mis en quarantaine&#xa0;; %3 d&apos;entre eux l&apos;ont déjà été (ou ont été rejetés).</translation>
    </message>
    <message>
        <source>%1 of them come from addresses the SPF record authorises: fix their alignment (DKIM signing) before enforcing.</source>
        <translation>%1 d&apos;entre eux viennent d&apos;adresses autorisées par l&apos;enregistrement SPF&#xa0;: corrigez leur alignement (signature DKIM) avant d&apos;appliquer la politique.</translation>
    </message>
    <message>
        <source>Failing messages</source>
        <translation>Messages en échec</translation>
    </message>
    <message>
        <source>TLS-RPT: failures delivering to the domain</source>
        <translation>TLS-RPT&#xa0;: échecs de distribution vers le domaine</translation>
    </message>
    <message numerus="yes">
        <source>%n SMTP TLS report(s): %1 sessions succeeded, %2 failed (%3).</source>
        <translation>
            <numerusform>%n rapport SMTP TLS&#xa0;: %1 sessions réussies, %2 en échec (%3).</numerusform>
            <numerusform>%n rapports SMTP TLS&#xa0;: %1 sessions réussies, %2 en échec (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Failure type</source>
        <translation>Type d&apos;échec</translation>
    </message>
    <message>
        <source>Failed sessions</source>
        <translation>Sessions en échec</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more domain(s)</source>
        <translation>
            <numerusform>%1 et %n autre domaine</numerusform>
            <numerusform>%1 et %n autres domaines</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>Messages par jour</translation>
    </message>
    <message>
        <source>Not expanded to its end: %1.</source>
        <translation>Non développé jusqu&apos;au bout&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>AuditExpectations</name>
    <message>
        <source>%1 Expected: %2. Actual: %3.</source>
        <translation>%1 Attendu&#xa0;: %2. Obtenu&#xa0;: %3.</translation>
    </message>
    <message>
        <source>no DMARC record</source>
        <translation>aucun enregistrement DMARC</translation>
    </message>
    <message>
        <source>The DMARC policy must be at least the expected one.</source>
        <translation>La politique DMARC doit être au moins celle attendue.</translation>
    </message>
    <message>
        <source>DMARC aggregate reports must be requested.</source>
        <translation>Les rapports agrégés DMARC doivent être demandés.</translation>
    </message>
    <message>
        <source>an authorised rua= address</source>
        <translation>une adresse rua= autorisée</translation>
    </message>
    <message>
        <source>no rua= address</source>
        <translation>aucune adresse rua=</translation>
    </message>
    <message>
        <source>%1 rua= address(es), none authorised</source>
        <translation>%1 adresse(s) rua=, aucune autorisée</translation>
    </message>
    <message>
        <source>SPF must stay within the lookup budget.</source>
        <translation>SPF doit rester dans la limite de requêtes DNS.</translation>
    </message>
    <message>
        <source>at most %1 lookups</source>
        <translation>au plus %1 requêtes</translation>
    </message>
    <message>
        <source>%1 lookups</source>
        <translation>%1 requêtes</translation>
    </message>
    <message>
        <source>Every SPF include must be on the allowed list.</source>
        <translation>Chaque include SPF doit figurer dans la liste autorisée.</translation>
    </message>
    <message>
        <source>no includes</source>
        <translation>aucun include</translation>
    </message>
    <message>
        <source>The selector &apos;%1&apos; must publish a key.</source>
        <translation>Le sélecteur «&#xa0;%1&#xa0;» doit publier une clé.</translation>
    </message>
    <message>
        <source>a key at %1._domainkey.%2</source>
        <translation>une clé en %1._domainkey.%2</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>non sondé</translation>
    </message>
    <message>
        <source>The key at selector &apos;%1&apos; must be large enough.</source>
        <translation>La clé du sélecteur «&#xa0;%1&#xa0;» doit être assez longue.</translation>
    </message>
    <message>
        <source>at least %1 bits</source>
        <translation>au moins %1 bits</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 bits</translation>
    </message>
    <message>
        <source>The key at selector &apos;%1&apos; must be rotated in time (first seen %2).</source>
        <translation>La clé du sélecteur «&#xa0;%1&#xa0;» doit être renouvelée à temps (vue pour la première fois le %2).</translation>
    </message>
    <message>
        <source>at most %1 days old</source>
        <translation>au plus %1 jours d&apos;ancienneté</translation>
    </message>
    <message>
        <source>%1 days old</source>
        <translation>%1 jours d&apos;ancienneté</translation>
    </message>
</context>
<context>
    <name>AuditExportWriter</name>
    <message>
        <source>There is no finished audit to export.</source>
        <translation>Aucun audit terminé à exporter.</translation>
    </message>
    <message>
        <source>Unknown export format &apos;.%1&apos;: use .pdf, .html, .json, .csv, .sarif or .xml (JUnit).</source>
        <translation>Format d&apos;export inconnu «&#xa0;.%1&#xa0;»&#xa0;: utilisez .pdf, .html, .json, .csv, .sarif ou .xml (JUnit).</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Rapport PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Rapport HTML (*.html)</translation>
    </message>
    <message>
        <source>JSON, the full report (*.json)</source>
        <translation>JSON, le rapport complet (*.json)</translation>
    </message>
    <message>
        <source>CSV, one row per finding (*.csv)</source>
        <translation>CSV, une ligne par constat (*.csv)</translation>
    </message>
    <message>
        <source>SARIF 2.1.0 (*.sarif)</source>
        <translation>SARIF 2.1.0 (*.sarif)</translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation>XML JUnit (*.xml)</translation>
    </message>
</context>
<context>
    <name>AuditFindingsModel</name>
    <message>
        <source>Fix: </source>
        <translation>Correction&#xa0;: </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
</context>
<context>
    <name>AuditGrader</name>
    <message>
        <source>F: nothing could be checked (invalid name, resolver failure, audit timed out), or neither SPF nor DMARC is published, or 3 or more errors.</source>
        <translation>F&#xa0;: rien n&apos;a pu être vérifié (nom invalide, échec du résolveur, délai de l&apos;audit dépassé), ou ni SPF ni DMARC n&apos;est publié, ou 3 erreurs ou plus.</translation>
    </message>
    <message>
        <source>D: 1 or 2 errors.</source>
        <translation>D&#xa0;: 1 ou 2 erreurs.</translation>
    </message>
    <message>
        <source>C: no errors, but DMARC does not enforce (p=none or t=y), or 4 or more warnings.</source>
        <translation>C&#xa0;: aucune erreur, mais DMARC n&apos;est pas appliqué (p=none ou t=y), ou 4 avertissements ou plus.</translation>
    </message>
    <message>
        <source>B: no errors, 1 to 3 warnings.</source>
        <translation>B&#xa0;: aucune erreur, 1 à 3 avertissements.</translation>
    </message>
    <message>
        <source>A: no errors and no warnings (information notes allowed).</source>
        <translation>A&#xa0;: aucune erreur et aucun avertissement (les constats de niveau Info sont admis).</translation>
    </message>
    <message>
        <source>F because nothing could be checked: %1</source>
        <translation>F car rien n&apos;a pu être vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>F because neither SPF nor DMARC is published (SPF-MISSING, DMARC-MISSING)</source>
        <translation>F car ni SPF ni DMARC n&apos;est publié (SPF-MISSING, DMARC-MISSING)</translation>
    </message>
    <message>
        <source>F because of %1 errors: %2</source>
        <translation>F à cause de %1 erreurs&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>D because of %n error(s): %1</source>
        <translation>
            <numerusform>D à cause de %n erreur&#xa0;: %1</numerusform>
            <numerusform>D à cause de %n erreurs&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>C because DMARC does not enforce its policy (p=none or t=y)</source>
        <translation>C car DMARC n&apos;applique pas sa politique (p=none ou t=y)</translation>
    </message>
    <message>
        <source>C because of %1 warnings: %2</source>
        <translation>C à cause de %1 avertissements&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>B because of %n warning(s): %1</source>
        <translation>
            <numerusform>B à cause de %n avertissement&#xa0;: %1</numerusform>
            <numerusform>B à cause de %n avertissements&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A: no errors and no warnings</source>
        <translation>A&#xa0;: aucune erreur et aucun avertissement</translation>
    </message>
</context>
<context>
    <name>AuditHistoryModel</name>
    <message>
        <source>%1 · grade %2 · staged</source>
        <translation>%1 · note %2 · en préparation</translation>
    </message>
    <message>
        <source>%1 · grade %2</source>
        <translation>%1 · note %2</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Some records came from staged zone files or a plan, not live DNS</source>
        <translation>Certains enregistrements viennent de fichiers de zone en préparation ou d&apos;un plan, pas du DNS réel</translation>
    </message>
    <message>
        <source>Every answer came from the resolver</source>
        <translation>Toutes les réponses viennent du résolveur</translation>
    </message>
    <message>
        <source>Audited</source>
        <translation>Audité le</translation>
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
        <translation>Résolveur</translation>
    </message>
</context>
<context>
    <name>AuditHtmlExporter</name>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Grades and findings over the quarters</source>
        <translation>Notes et constats au fil des trimestres</translation>
    </message>
    <message>
        <source>Appendix A: raw records</source>
        <translation>Annexe A&#xa0;: enregistrements bruts</translation>
    </message>
    <message>
        <source>Appendix B: resolver and evidence</source>
        <translation>Annexe B&#xa0;: résolveur et preuves</translation>
    </message>
    <message>
        <source>Appendix C: how grades are given</source>
        <translation>Annexe C&#xa0;: attribution des notes</translation>
    </message>
    <message>
        <source>Email authentication audit</source>
        <translation>Audit de l&apos;authentification des e-mails</translation>
    </message>
    <message>
        <source>Audit period:</source>
        <translation>Période d&apos;audit&#xa0;:</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Since the previous audit</source>
        <translation>Depuis l&apos;audit précédent</translation>
    </message>
    <message>
        <source>no earlier audit</source>
        <translation>aucun audit antérieur</translation>
    </message>
    <message>
        <source>improved</source>
        <translation>en hausse</translation>
    </message>
    <message>
        <source>regressed</source>
        <translation>en baisse</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>staged</source>
        <translation>en préparation</translation>
    </message>
    <message>
        <source>What improved</source>
        <translation>Ce qui s&apos;est amélioré</translation>
    </message>
    <message>
        <source>Nothing was fixed since the previous audit, or there is no earlier audit.</source>
        <translation>Rien n&apos;a été corrigé depuis l&apos;audit précédent, ou il n&apos;y a pas d&apos;audit antérieur.</translation>
    </message>
    <message>
        <source>What regressed</source>
        <translation>Ce qui s&apos;est dégradé</translation>
    </message>
    <message>
        <source>Nothing new went wrong since the previous audit, or there is no earlier audit.</source>
        <translation>Aucun nouveau problème depuis l&apos;audit précédent, ou il n&apos;y a pas d&apos;audit antérieur.</translation>
    </message>
    <message>
        <source>The three most urgent fixes</source>
        <translation>Les trois corrections les plus urgentes</translation>
    </message>
    <message>
        <source>Nothing urgent: no errors or warnings.</source>
        <translation>Rien d&apos;urgent&#xa0;: aucune erreur ni aucun avertissement.</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Correction&#xa0;:</translation>
    </message>
    <message>
        <source>No stored audits yet: the trend starts with this one.</source>
        <translation>Aucun audit enregistré pour l&apos;instant&#xa0;: la tendance commence avec celui-ci.</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>Staged audit:</source>
        <translation>Audit en préparation&#xa0;:</translation>
    </message>
    <message>
        <source>some records come from files not yet deployed (%1); they are marked in Appendix A.</source>
        <translation>certains enregistrements proviennent de fichiers pas encore déployés (%1)&#xa0;; ils sont signalés dans l&apos;annexe A.</translation>
    </message>
    <message>
        <source>Changes since the previous audit</source>
        <translation>Changements depuis l&apos;audit précédent</translation>
    </message>
    <message>
        <source>SPF: who may send mail, and what it costs in lookups</source>
        <translation>SPF&#xa0;: qui peut envoyer du courrier, et ce que cela coûte en requêtes</translation>
    </message>
    <message>
        <source>DKIM keys</source>
        <translation>Clés DKIM</translation>
    </message>
    <message>
        <source>DMARC: what receivers do with mail that fails</source>
        <translation>DMARC&#xa0;: ce que font les destinataires du courrier en échec</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>No records were found.</source>
        <translation>Aucun enregistrement trouvé.</translation>
    </message>
    <message>
        <source>Resolver used:</source>
        <translation>Résolveur utilisé&#xa0;:</translation>
    </message>
    <message>
        <source>The complete query log (every question, its outcome, timing and source) is stored with each audit and included in the JSON export, so the audit can be replayed and defended later.</source>
        <translation>Le journal complet des requêtes (chaque question, son résultat, sa durée et sa source) est conservé avec chaque audit et inclus dans l&apos;export JSON, afin que l&apos;audit puisse être rejoué et justifié plus tard.</translation>
    </message>
    <message>
        <source>Audited (UTC)</source>
        <translation>Date d&apos;audit (UTC)</translation>
    </message>
    <message>
        <source>DNS queries</source>
        <translation>Requêtes DNS</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>The first rule that matches gives the grade. Codes and severities are listed in docs/findings.md.</source>
        <translation>La première règle qui s&apos;applique donne la note. Les codes et les gravités sont listés dans docs/findings.md.</translation>
    </message>
    <message>
        <source>%1: who sends as this domain</source>
        <translation>%1&#xa0;: qui envoie au nom de ce domaine</translation>
    </message>
    <message>
        <source>Who sends as this domain</source>
        <translation>Qui envoie au nom de ce domaine</translation>
    </message>
    <message>
        <source>Each area at a glance</source>
        <translation>Chaque volet en un coup d&apos;œil</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditOverviewTab</name>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs uniquement</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Audit a domain to see its grade.</source>
        <translation>Auditez un domaine pour voir sa note.</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Note %1</translation>
    </message>
    <message>
        <source>Staged: some records come from files not yet deployed.</source>
        <translation>En préparation&#xa0;: certains enregistrements proviennent de fichiers pas encore déployés.</translation>
    </message>
    <message>
        <source>%1: grade %2, %3 finding(s)</source>
        <translation>%1&#xa0;: note %2, %3 constat(s)</translation>
    </message>
    <message>
        <source>There is no audit to export yet.</source>
        <translation>Il n&apos;y a pas encore d&apos;audit à exporter.</translation>
    </message>
    <message>
        <source>Export the audit</source>
        <translation>Exporter l&apos;audit</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Save this audit as PDF, HTML, JSON, CSV, SARIF or JUnit XML</source>
        <translation>Enregistrer cet audit en PDF, HTML, JSON, CSV, SARIF ou XML JUnit</translation>
    </message>
    <message>
        <source>Show findings of severity</source>
        <translation>Afficher les constats de gravité</translation>
    </message>
    <message>
        <source>Show findings of area</source>
        <translation>Afficher les constats de la catégorie</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Changes since the last audit</source>
        <translation>Changements depuis le dernier audit</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Since the &amp;last audit:</source>
        <translation>Depuis le &amp;dernier audit&#xa0;:</translation>
    </message>
    <message>
        <source>Compared with the audit of %1 (grade %2):</source>
        <translation>Comparé à l&apos;audit du %1 (note %2)&#xa0;:</translation>
    </message>
    <message>
        <source>The history could not be used: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>No history is kept (Settings → Audit history).</source>
        <translation>Aucun historique n&apos;est conservé (Paramètres → Historique des audits).</translation>
    </message>
    <message>
        <source>The audit was cancelled, so it was not stored or compared.</source>
        <translation>L&apos;audit a été annulé&#xa0;: il n&apos;a donc été ni enregistré ni comparé.</translation>
    </message>
    <message>
        <source>No earlier live audit of this domain to compare the staged one with.</source>
        <translation>Aucun audit en direct antérieur de ce domaine avec lequel comparer l&apos;audit en préparation.</translation>
    </message>
    <message>
        <source>No earlier audit of this domain: this one is the first in the history.</source>
        <translation>Aucun audit antérieur de ce domaine&#xa0;: celui-ci est le premier de l&apos;historique.</translation>
    </message>
    <message>
        <source>No finding and no record changed.</source>
        <translation>Aucun constat ni aucun enregistrement n&apos;a changé.</translation>
    </message>
    <message>
        <source>Auditing %1: SPF, DMARC, DKIM, transport and DNS trust…</source>
        <translation>Audit de %1&#xa0;: SPF, DMARC, DKIM, acheminement et confiance DNS…</translation>
    </message>
    <message>
        <source>Not audited: %1</source>
        <translation>Non audité&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AuditRunner</name>
    <message>
        <source>The checks of %1 were stopped after %2 ms.</source>
        <translation>Les vérifications de %1 ont été arrêtées au bout de %2 ms.</translation>
    </message>
</context>
<context>
    <name>AuditTabWidget</name>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
</context>
<context>
    <name>BatchAuditDialog</name>
    <message>
        <source>&amp;Load from file…</source>
        <translation>C&amp;harger depuis un fichier…</translation>
    </message>
    <message>
        <source>&amp;Start audit</source>
        <translation>&amp;Lancer l&apos;audit</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Batch audit</source>
        <translation>Audit par lots</translation>
    </message>
    <message>
        <source>Domains to audit</source>
        <translation>Domaines à auditer</translation>
    </message>
    <message>
        <source>example.com
example.org   # a comment
…</source>
        <translation>example.com
example.org   # un commentaire
…</translation>
    </message>
    <message>
        <source>Read the domains from a text file: one a line, # starts a comment</source>
        <translation>Lire les domaines depuis un fichier texte&#xa0;: un par ligne, # commence un commentaire</translation>
    </message>
    <message>
        <source>How many domains are audited at the same time</source>
        <translation>Combien de domaines sont audités en même temps</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A domain whose checks take longer is stopped and marked timed out</source>
        <translation>Un domaine dont les vérifications durent plus longtemps est arrêté et marqué délai dépassé</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Progression du lot</translation>
    </message>
    <message>
        <source>No batch started yet</source>
        <translation>Aucun lot lancé pour l&apos;instant</translation>
    </message>
    <message>
        <source>Filter domains</source>
        <translation>Filtrer les domaines</translation>
    </message>
    <message>
        <source>Filter the domains</source>
        <translation>Filtrer les domaines</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <source>Grade C or worse</source>
        <translation>Note C ou moins bonne</translation>
    </message>
    <message>
        <source>Not audited (timed out, cancelled, DNS failure)</source>
        <translation>Non audités (délai dépassé, annulés, échec DNS)</translation>
    </message>
    <message>
        <source>Double-click a domain, or select it and press Enter, to open it in the main window</source>
        <translation>Double-cliquez sur un domaine, ou sélectionnez-le et appuyez sur Entrée, pour l&apos;ouvrir dans la fenêtre principale</translation>
    </message>
    <message>
        <source>Grades per domain</source>
        <translation>Notes par domaine</translation>
    </message>
    <message>
        <source>Save the finished audits as PDF, HTML, JSON, CSV, SARIF or JUnit XML</source>
        <translation>Enregistrer les audits terminés en PDF, HTML, JSON, CSV, SARIF ou XML JUnit</translation>
    </message>
    <message>
        <source>&amp;Domains to audit, one a line (# starts a comment):</source>
        <translation>&amp;Domaines à auditer, un par ligne (# commence un commentaire)&#xa0;:</translation>
    </message>
    <message>
        <source>Domains at &amp;once:</source>
        <translation>Domaines en &amp;parallèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time bound per domain:</source>
        <translation>&amp;Temps maximal par domaine&#xa0;:</translation>
    </message>
    <message>
        <source>Paste or load a list of domains, then start the audit.</source>
        <translation>Collez ou chargez une liste de domaines, puis lancez l&apos;audit.</translation>
    </message>
    <message>
        <source>Domain list not loaded</source>
        <translation>Liste de domaines non chargée</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Load a domain list</source>
        <translation>Charger une liste de domaines</translation>
    </message>
    <message>
        <source>Text files (*.txt *.list);;All files (*)</source>
        <translation>Fichiers texte (*.txt *.list);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) to audit</source>
        <translation>
            <numerusform>%n domaine à auditer</numerusform>
            <numerusform>%n domaines à auditer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n duplicate line(s) counted once</source>
        <translation>
            <numerusform>&#xa0;; %n ligne en double comptée une fois</numerusform>
            <numerusform>&#xa0;; %n lignes en double comptées une fois</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: “%2” is not a domain name (%3)</source>
        <translation>ligne %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nom de domaine (%3)</translation>
    </message>
    <message numerus="yes">
        <source>✖ %n line(s) will be skipped:</source>
        <translation>
            <numerusform>✖ %n ligne sera ignorée&#xa0;:</numerusform>
            <numerusform>✖ %n lignes seront ignorées&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no valid domain name in the list: nothing was audited.</source>
        <translation>La liste ne contient aucun nom de domaine valide&#xa0;: rien n&apos;a été audité.</translation>
    </message>
    <message>
        <source>%v of %m domains</source>
        <translation>%v domaines sur %m</translation>
    </message>
    <message>
        <source>%v of %m domains, %1 a second, about %2:%3 left</source>
        <translation>%v sur %m domaines, %1 par seconde, encore environ %2:%3</translation>
    </message>
    <message numerus="yes">
        <source>Auditing %n domain(s)…</source>
        <translation>
            <numerusform>Audit de %n domaine…</numerusform>
            <numerusform>Audit de %n domaines…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: the domains being audited stop, those not started are not asked.</source>
        <translation>Annulation&#xa0;: les domaines en cours d&apos;audit s&apos;arrêtent, ceux qui n&apos;ont pas commencé ne sont pas interrogés.</translation>
    </message>
    <message>
        <source>Not audited: %1</source>
        <translation>Non audité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Batch audit not started</source>
        <translation>Audit par lots non lancé</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n domain(s) audited in %2 s</source>
        <translation>
            <numerusform>%1 domaine sur %n audité en %2 s</numerusform>
            <numerusform>%1 domaines sur %n audités en %2 s</numerusform>
        </translation>
    </message>
    <message>
        <source>; grades %1</source>
        <translation>&#xa0;; notes %1</translation>
    </message>
    <message>
        <source>; cancelled: %1</source>
        <translation>&#xa0;; annulés&#xa0;: %1</translation>
    </message>
    <message>
        <source>; timed out: %1</source>
        <translation>&#xa0;; délai dépassé&#xa0;: %1</translation>
    </message>
    <message>
        <source>; DNS failure: %1</source>
        <translation>&#xa0;; échec DNS&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stored in the history: %n audit(s).</source>
        <translation>
            <numerusform>Enregistré dans l&apos;historique&#xa0;: %n audit.</numerusform>
            <numerusform>Enregistrés dans l&apos;historique&#xa0;: %n audits.</numerusform>
        </translation>
    </message>
    <message>
        <source>History not written: %1</source>
        <translation>Historique non écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Double-click a domain to open it in the main window.</source>
        <translation>Double-cliquez sur un domaine pour l&apos;ouvrir dans la fenêtre principale.</translation>
    </message>
    <message>
        <source>Export the batch audit</source>
        <translation>Exporter l&apos;audit par lots</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit(s) to %1</source>
        <translation>
            <numerusform>%n audit exporté vers %1</numerusform>
            <numerusform>%n audits exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no finished audit to show.</source>
        <translation>%1 n&apos;a pas d&apos;audit terminé à afficher.</translation>
    </message>
    <message>
        <source>Show domains</source>
        <translation>Afficher les domaines</translation>
    </message>
</context>
<context>
    <name>BatchAuditModel</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>DNS failure</source>
        <translation>échec DNS</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>excellent</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bon</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>insuffisant</translation>
    </message>
    <message>
        <source>Double-click to open %1 in the main window</source>
        <translation>Double-cliquez pour ouvrir %1 dans la fenêtre principale</translation>
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
        <translation> (en préparation)</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Infos</source>
        <translation>Infos</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>BimiPanel</name>
    <message>
        <source>Record:</source>
        <translation>Enregistrement&#xa0;:</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>DMARC prerequisite:</source>
        <translation>Prérequis DMARC&#xa0;:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <source>Mark Certificate:</source>
        <translation>Certificat de marque&#xa0;:</translation>
    </message>
    <message>
        <source>No BIMI record at %1: receivers show no brand logo.</source>
        <translation>Aucun enregistrement BIMI à %1&#xa0;: les destinataires n&apos;affichent aucun logo de marque.</translation>
    </message>
    <message>
        <source>The BIMI record at %1 could not be read: %2</source>
        <translation>L&apos;enregistrement BIMI à %1 n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Found at %1 (the organizational domain&apos;s record applies).</source>
        <translation>Trouvé à %1 (l&apos;enregistrement du domaine organisationnel s&apos;applique).</translation>
    </message>
    <message>
        <source>Invalid; receivers ignore it:</source>
        <translation>Invalide&#xa0;; les destinataires l&apos;ignorent&#xa0;:</translation>
    </message>
    <message>
        <source>Declination to publish: receivers show no logo for this domain.</source>
        <translation>Refus de publier&#xa0;: les destinataires n&apos;affichent aucun logo pour ce domaine.</translation>
    </message>
    <message>
        <source>Met: DMARC quarantine or reject for all mail (RFC 9989: %1, RFC 7489: %2).</source>
        <translation>Rempli&#xa0;: DMARC quarantine ou reject pour tout le courrier (RFC 9989&#xa0;: %1, RFC 7489&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Not met, no logo is shown:</source>
        <translation>Non rempli, aucun logo n&apos;est affiché&#xa0;:</translation>
    </message>
    <message>
        <source>%1
SVG Tiny PS, title &quot;%2&quot;.</source>
        <translation>%1
SVG Tiny PS, titre «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1
Not valid; not shown:</source>
        <translation>%1
Non valide&#xa0;; non affiché&#xa0;:</translation>
    </message>
    <message>
        <source>None (a= is empty): most mailbox providers need a VMC or CMC.</source>
        <translation>Aucun (a= est vide)&#xa0;: la plupart des fournisseurs de messagerie exigent un VMC ou un CMC.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Émetteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Valide du %1 au %2</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Noms&#xa0;: %1</translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation>Valide.</translation>
    </message>
    <message>
        <source>Not valid:</source>
        <translation>Non valide&#xa0;:</translation>
    </message>
</context>
<context>
    <name>BimiSectionHtml</name>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>BIMI (brand logo)</source>
        <translation>BIMI (logo de marque)</translation>
    </message>
    <message>
        <source>No BIMI record at %1.</source>
        <translation>Aucun enregistrement BIMI à %1.</translation>
    </message>
    <message>
        <source>The BIMI record at %1 could not be read: %2.</source>
        <translation>L&apos;enregistrement BIMI à %1 n&apos;a pas pu être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>(the organizational domain&apos;s record, at %1)</source>
        <translation>(l&apos;enregistrement du domaine organisationnel, à %1)</translation>
    </message>
    <message>
        <source>Declined: the domain asks receivers to show no logo.</source>
        <translation>Refusé&#xa0;: le domaine demande aux destinataires de n&apos;afficher aucun logo.</translation>
    </message>
    <message>
        <source>DMARC prerequisite</source>
        <translation>Prérequis DMARC</translation>
    </message>
    <message>
        <source>Met: quarantine or reject for all mail (RFC 9989: %1, RFC 7489: %2).</source>
        <translation>Rempli&#xa0;: quarantine ou reject pour tout le courrier (RFC 9989&#xa0;: %1, RFC 7489&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Not met:</source>
        <translation>Non rempli&#xa0;:</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>SVG Tiny PS, title &quot;%1&quot;.</source>
        <translation>SVG Tiny PS, titre «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Not valid; not shown:</source>
        <translation>Non valide&#xa0;; non affiché&#xa0;:</translation>
    </message>
    <message>
        <source>Mark Certificate</source>
        <translation>Certificat de marque (Mark Certificate)</translation>
    </message>
    <message>
        <source>None (a= is empty).</source>
        <translation>Aucun (a= est vide).</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Émetteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Valide du %1 au %2</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Noms&#xa0;: %1</translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation>Valide.</translation>
    </message>
    <message>
        <source>Not valid:</source>
        <translation>Non valide&#xa0;:</translation>
    </message>
</context>
<context>
    <name>BlocklistPanel</name>
    <message>
        <source>Blocklist results</source>
        <translation>Résultats des listes de blocage</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Address or name</source>
        <translation>Adresse ou nom</translation>
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
        <translation>Signification</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Listé</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Non listé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Blocklists not checked.</source>
        <translation>Listes de blocage non vérifiées.</translation>
    </message>
    <message>
        <source>No blocklist was asked: %1</source>
        <translation>Aucune liste de blocage interrogée : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s) found: receivers that use these lists reject or junk the mail.</source>
        <translation>
            <numerusform>%n inscription trouvée : les destinataires qui utilisent ces listes rejettent le courrier ou le classent en indésirable.</numerusform>
            <numerusform>%n inscriptions trouvées : les destinataires qui utilisent ces listes rejettent le courrier ou le classent en indésirable.</numerusform>
        </translation>
    </message>
    <message>
        <source>No listing found on the lists that answered.</source>
        <translation>Aucune inscription sur les listes qui ont répondu.</translation>
    </message>
    <message numerus="yes">
        <source>%n lookup(s) refused by the list: query through your own resolver.</source>
        <translation>
            <numerusform>%n requête refusée par la liste : interrogez-la par votre propre résolveur.</numerusform>
            <numerusform>%n requêtes refusées par la liste : interrogez-la par votre propre résolveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lookup(s) got no usable answer: unknown, not listed.</source>
        <translation>
            <numerusform>%n requête sans réponse exploitable : inconnu, pas compté comme listé.</numerusform>
            <numerusform>%n requêtes sans réponse exploitable : inconnu, pas compté comme listé.</numerusform>
        </translation>
    </message>
    <message>
        <source>removal: %1</source>
        <translation>désinscription : %1</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>a répondu</translation>
    </message>
    <message>
        <source>nothing to look up</source>
        <translation>rien à interroger</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3, %n queries</source>
        <translation>
            <numerusform>%1 (%2) : %3, %n requête</numerusform>
            <numerusform>%1 (%2) : %3, %n requêtes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlocklistSectionHtml</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Listé</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Non listé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>No blocklist was asked: %1</source>
        <translation>Aucune liste de blocage interrogée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Address or name</source>
        <translation>Adresse ou nom</translation>
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
        <translation>Signification</translation>
    </message>
    <message>
        <source>nothing to look up</source>
        <translation>rien à interroger</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Non interrogé</translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s): receivers that use these lists reject or junk the mail.</source>
        <translation>
            <numerusform>%n inscription&#xa0;: les destinataires qui utilisent ces listes rejettent le courrier ou le classent en indésirable.</numerusform>
            <numerusform>%n inscriptions&#xa0;: les destinataires qui utilisent ces listes rejettent le courrier ou le classent en indésirable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No listing on the lists that answered (%n lookup(s) clear).</source>
        <translation>
            <numerusform>Aucune inscription sur les listes qui ont répondu (%n requête sans inscription).</numerusform>
            <numerusform>Aucune inscription sur les listes qui ont répondu (%n requêtes sans inscription).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lookup(s) refused by the list (query through your own resolver) and %2 without a usable answer: these are unknown, not listings.</source>
        <translation>%1 requête(s) refusée(s) par la liste (interrogez-la via votre propre résolveur) et %2 sans réponse exploitable&#xa0;: leur résultat est inconnu, ce ne sont pas des inscriptions.</translation>
    </message>
    <message>
        <source>Removal:</source>
        <translation>Retrait&#xa0;:</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Lists asked:</source>
        <translation>Listes interrogées&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Include &amp;MX, MTA-STS and TLS-RPT</source>
        <translation>Inclure &amp;MX, MTA-STS et TLS-RPT</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Show &amp;differences only</source>
        <translation>Afficher seulement les &amp;différences</translation>
    </message>
    <message>
        <source>Compare two domains</source>
        <translation>Comparer deux domaines</translation>
    </message>
    <message>
        <source>staging.example.com</source>
        <translation>staging.example.com</translation>
    </message>
    <message>
        <source>Domain A (for example staging)</source>
        <translation>Domaine A (par exemple la préproduction)</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Domain B (for example production)</source>
        <translation>Domaine B (par exemple la production)</translation>
    </message>
    <message>
        <source>staging.example.com=example.com</source>
        <translation>staging.example.com=example.com</translation>
    </message>
    <message>
        <source>Expected differences in names</source>
        <translation>Différences de noms attendues</translation>
    </message>
    <message>
        <source>Names on A&apos;s side that stand for names on B&apos;s side, as FROM=TO; several separated by commas or spaces. They are rewritten before comparing, so that only unexpected differences remain.</source>
        <translation>Noms du côté de A qui correspondent à des noms du côté de B, sous la forme DE=VERS&#xa0;; plusieurs séparés par des virgules ou des espaces. Ils sont réécrits avant la comparaison, pour que seules les différences inattendues restent.</translation>
    </message>
    <message>
        <source>Comparison progress</source>
        <translation>Avancement de la comparaison</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <source>Both sides per area</source>
        <translation>Les deux côtés par catégorie</translation>
    </message>
    <message>
        <source>Domain &amp;A (staging):</source>
        <translation>Domaine &amp;A (préproduction)&#xa0;:</translation>
    </message>
    <message>
        <source>Domain &amp;B (production):</source>
        <translation>Domaine &amp;B (production)&#xa0;:</translation>
    </message>
    <message>
        <source>Name &amp;map (optional):</source>
        <translation>Corres&amp;pondance des noms (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Enter two domains, then compare.</source>
        <translation>Saisissez deux domaines, puis comparez-les.</translation>
    </message>
    <message>
        <source>Both domains are audited (SPF, DMARC, DKIM and, if checked, MX, MTA-STS and TLS-RPT) and compared item by item, not as text.</source>
        <translation>Les deux domaines sont audités (SPF, DMARC, DKIM et, si la case est cochée, MX, MTA-STS et TLS-RPT) et comparés élément par élément, pas comme du texte.</translation>
    </message>
    <message>
        <source>✖ “%1” is not a domain name: %2</source>
        <translation>✖ «&#xa0;%1&#xa0;» n&apos;est pas un nom de domaine&#xa0;: %2</translation>
    </message>
    <message>
        <source>%v of %m domains audited</source>
        <translation>%v domaines audités sur %m</translation>
    </message>
    <message>
        <source>Auditing %1 and %2…</source>
        <translation>Audit de %1 et %2…</translation>
    </message>
    <message>
        <source>Cancelling: the DNS questions in flight stop.</source>
        <translation>Annulation&#xa0;: les requêtes DNS en cours s&apos;arrêtent.</translation>
    </message>
    <message>
        <source>Not compared</source>
        <translation>Non comparé</translation>
    </message>
    <message>
        <source>Not compared.</source>
        <translation>Non comparé.</translation>
    </message>
    <message>
        <source>✖ The resolver could not be set up: %1</source>
        <translation>✖ Le résolveur n&apos;a pas pu être configuré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Cancelled: nothing was compared.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été comparé.</translation>
    </message>
    <message>
        <source>Start again to compare the two domains.</source>
        <translation>Relancez pour comparer les deux domaines.</translation>
    </message>
    <message>
        <source>Both domains audited</source>
        <translation>Les deux domaines sont audités</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>Identiques</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Différents</translation>
    </message>
    <message numerus="yes">
        <source>all %n item(s) are the same on both sides</source>
        <translation>
            <numerusform>l&apos;élément (%n) est identique des deux côtés</numerusform>
            <numerusform>les %n éléments sont identiques des deux côtés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) differ</source>
        <translation>
            <numerusform>%1 élément sur %n diffère</numerusform>
            <numerusform>%1 éléments sur %n diffèrent</numerusform>
        </translation>
    </message>
    <message>
        <source>Names mapped on A: %1.</source>
        <translation>Noms mis en correspondance du côté A&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>Remarque&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Select a row to see why a difference matters.</source>
        <translation>Sélectionnez une ligne pour voir pourquoi une différence compte.</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>Pourquoi c&apos;est important&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is the same on both sides.</source>
        <translation>%1 est identique des deux côtés.</translation>
    </message>
</context>
<context>
    <name>ConfigComparisonModel</name>
    <message>
        <source>The same on both sides.</source>
        <translation>Identique des deux côtés.</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Différent</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Identique</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A&#xa0;: %1</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DeliverabilityTab</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Progress per seed</source>
        <translation>Progression par boîte témoin</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Boîte témoin</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Écoulé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Placement per seed</source>
        <translation>Emplacement par boîte témoin</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Délai d&apos;attente</translation>
    </message>
    <message>
        <source>Time between two looks</source>
        <translation>Intervalle entre deux consultations</translation>
    </message>
    <message>
        <source>Verdicts of the selected seed</source>
        <translation>Verdicts de la boîte témoin sélectionnée</translation>
    </message>
    <message>
        <source>Findings of the run</source>
        <translation>Constats de l&apos;exécution</translation>
    </message>
    <message>
        <source>Seed mailboxes</source>
        <translation>Boîtes témoins</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Message de test</translation>
    </message>
    <message>
        <source>&amp;Wait up to:</source>
        <translation>A&amp;ttendre jusqu&apos;à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Look every:</source>
        <translation>&amp;Regarder toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>No desktop keyring is available: Mailsight does not store the seeds&apos; passwords; it asks for them before each run and forgets them when the run ends.</source>
        <translation>Aucun trousseau de bureau n&apos;est disponible&#xa0;: Mailsight ne conserve pas les mots de passe des boîtes témoins&#xa0;; il les demande avant chaque exécution et les oublie à la fin de celle-ci.</translation>
    </message>
    <message>
        <source>Where do the big mailbox providers put your mail? Seed mailboxes tell.</source>
        <translation>Où les grands fournisseurs de messagerie placent-ils votre courrier&#xa0;? Les boîtes témoins le disent.</translation>
    </message>
    <message>
        <source>Where do the big mailbox providers put mail from %1?</source>
        <translation>Où les grands fournisseurs de messagerie placent-ils le courrier de %1&#xa0;?</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Seed mailboxes&lt;/b&gt; are mailboxes you own at the providers your recipients use (Gmail, Outlook, Yahoo, your own server). Mailsight sends a test message through your submission server to each of them, then looks over IMAP where it landed: inbox, spam, another folder, or nowhere; and compares the receiver&apos;s verdict with its own.&lt;/p&gt;&lt;p&gt;Add a seed with &lt;b&gt;Add seed…&lt;/b&gt; (IMAP server, user, address; the password goes to the desktop keyring), give your &lt;b&gt;Submission server…&lt;/b&gt;, then press &lt;b&gt;Send test and check&lt;/b&gt;. If your own system sends the message, tick &lt;b&gt;Only watch&lt;/b&gt; and give its token.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les &lt;b&gt;boîtes témoins&lt;/b&gt; sont des boîtes aux lettres qui vous appartiennent chez les fournisseurs qu&apos;utilisent vos destinataires (Gmail, Outlook, Yahoo, votre propre serveur). Mailsight envoie un message de test à chacune d&apos;elles via votre serveur de soumission, puis regarde par IMAP où il est arrivé&#xa0;: boîte de réception, spam, un autre dossier, ou nulle part&#xa0;; et compare le verdict du destinataire avec le sien.&lt;/p&gt;&lt;p&gt;Ajoutez une boîte témoin avec &lt;b&gt;Ajouter une boîte témoin…&lt;/b&gt; (serveur IMAP, utilisateur, adresse&#xa0;; le mot de passe va dans le trousseau du bureau), indiquez votre &lt;b&gt;Serveur de soumission…&lt;/b&gt;, puis appuyez sur &lt;b&gt;Envoyer le test et vérifier&lt;/b&gt;. Si votre propre système envoie le message, cochez &lt;b&gt;Observer uniquement&lt;/b&gt; et indiquez son jeton.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No seed run of %1 is stored yet: nothing is sent until you ask.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune exécution témoin de %1 n&apos;est encore enregistrée&#xa0;: rien n&apos;est envoyé tant que vous ne le demandez pas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where each seed put the test message, run after run, appears here once a domain is audited and a seed run is stored.</source>
        <translation>L&apos;emplacement où chaque boîte témoin a placé le message de test, exécution après exécution, apparaît ici dès qu&apos;un domaine est audité et qu&apos;une exécution témoin est enregistrée.</translation>
    </message>
    <message>
        <source>No seed run of %1 is stored yet. Where each seed put the test message, run after run, appears here.</source>
        <translation>Aucune exécution témoin de %1 n&apos;est encore enregistrée. L&apos;emplacement où chaque boîte témoin a placé le message de test, exécution après exécution, apparaît ici.</translation>
    </message>
    <message>
        <source>Check &amp;only</source>
        <translation>&amp;Vérifier seulement</translation>
    </message>
    <message>
        <source>&amp;Send test and check</source>
        <translation>&amp;Envoyer le test et vérifier</translation>
    </message>
    <message>
        <source>Look into every seed for the message your own system sends</source>
        <translation>Chercher dans chaque boîte témoin le message que votre propre système envoie</translation>
    </message>
    <message>
        <source>Send the test message through your submission server, then look where each seed put it</source>
        <translation>Envoyer le message de test via votre serveur de soumission, puis regarder où chaque boîte témoin l&apos;a placé</translation>
    </message>
    <message>
        <source>Add a seed mailbox first.</source>
        <translation>Ajoutez d&apos;abord une boîte témoin.</translation>
    </message>
    <message>
        <source>Give the token your own system puts in its message: 8 to 64 letters, digits and &apos;-&apos;.</source>
        <translation>Indiquez le jeton que votre propre système met dans son message&#xa0;: 8 à 64 lettres, chiffres et «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>Give your submission server first (Submission server…), or only watch.</source>
        <translation>Indiquez d&apos;abord votre serveur de soumission (Serveur de soumission…), ou observez uniquement.</translation>
    </message>
    <message>
        <source>The demo and offline mode make no connection: seed mailboxes are real IMAP accounts. Leave the demo (or offline mode) to use them.</source>
        <translation>La démo et le mode hors ligne n&apos;établissent aucune connexion&#xa0;: les boîtes témoins sont de vrais comptes IMAP. Quittez la démo (ou le mode hors ligne) pour les utiliser.</translation>
    </message>
    <message>
        <source>Reading the passwords…</source>
        <translation>Lecture des mots de passe…</translation>
    </message>
    <message>
        <source>Not started: no password for %1.</source>
        <translation>Non démarré&#xa0;: aucun mot de passe pour %1.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>(submission)</source>
        <translation>(soumission)</translation>
    </message>
    <message numerus="yes">
        <source>Sending the test message, then looking into %n seed(s)…</source>
        <translation>
            <numerusform>Envoi du message de test, puis consultation de %n boîte témoin…</numerusform>
            <numerusform>Envoi du message de test, puis consultation de %n boîtes témoins…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looking into %n seed(s)…</source>
        <translation>
            <numerusform>Consultation de %n boîte témoin…</numerusform>
            <numerusform>Consultation de %n boîtes témoins…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>not found in time</source>
        <translation>non trouvé à temps</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Constats (%1)</translation>
    </message>
    <message>
        <source>Sent through %1.</source>
        <translation>Envoyé via %1.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The seed history cannot be read: %1</source>
        <translation>L&apos;historique des boîtes témoins ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deliverability</source>
        <translation>Délivrabilité</translation>
    </message>
</context>
<context>
    <name>DemoWorld</name>
    <message>
        <source>A clean setup: one SPF provider, 2048-bit DKIM, DMARC p=reject.</source>
        <translation>Une configuration propre&#xa0;: un seul fournisseur SPF, DKIM 2048 bits, DMARC p=reject.</translation>
    </message>
    <message>
        <source>Each team added its sender: SPF needs more than 10 DNS lookups.</source>
        <translation>Chaque équipe a ajouté son expéditeur&#xa0;: SPF demande plus de 10 requêtes DNS.</translation>
    </message>
    <message>
        <source>DMARC only monitors (p=none) and reports go to an address that never agreed.</source>
        <translation>DMARC ne fait que surveiller (p=none) et les rapports partent vers une adresse qui n&apos;a jamais donné son accord.</translation>
    </message>
    <message>
        <source>A 1024-bit DKIM key left in testing mode, and sampled DMARC (pct=50).</source>
        <translation>Une clé DKIM de 1024 bits laissée en mode test, et DMARC échantillonné (pct=50).</translation>
    </message>
    <message>
        <source>An SPF include loop: the record includes itself.</source>
        <translation>Une boucle d&apos;include SPF&#xa0;: l&apos;enregistrement s&apos;inclut lui-même.</translation>
    </message>
    <message>
        <source>Newsletter from example.com</source>
        <translation>Newsletter de example.com</translation>
    </message>
    <message>
        <source>Signed and sent from example.com&apos;s own server: SPF and DKIM pass, aligned.</source>
        <translation>Signé et envoyé depuis le propre serveur d&apos;example.com&#xa0;: SPF et DKIM réussissent, alignés.</translation>
    </message>
    <message>
        <source>The same, through a mailing list</source>
        <translation>La même, via une liste de diffusion</translation>
    </message>
    <message>
        <source>A list tagged the subject and added a footer: DKIM breaks and DMARC fails (p=reject), but the list&apos;s ARC chain is intact.</source>
        <translation>Une liste a marqué le sujet et ajouté un pied de page&#xa0;: DKIM est rompu et DMARC échoue (p=reject), mais la chaîne ARC de la liste est intacte.</translation>
    </message>
    <message>
        <source>A spoof of monitor.test</source>
        <translation>Une usurpation de monitor.test</translation>
    </message>
    <message>
        <source>Sent from an outside server in monitor.test&apos;s name: DMARC fails, but p=none lets it through.</source>
        <translation>Envoyé depuis un serveur extérieur au nom de monitor.test&#xa0;: DMARC échoue, mais p=none le laisse passer.</translation>
    </message>
    <message>
        <source>An older message, key rotated since</source>
        <translation>Un message plus ancien, clé changée depuis</translation>
    </message>
    <message>
        <source>The receiver verified its DKIM signature in June; the key has been withdrawn since.</source>
        <translation>Le destinataire a vérifié sa signature DKIM en juin&#xa0;; la clé a été retirée depuis.</translation>
    </message>
</context>
<context>
    <name>DkimChecker</name>
    <message>
        <source>%1 of %2 queries for common selectors failed; a key published at one of them could not be seen.</source>
        <translation>%1 requêtes sur %2 pour les sélecteurs courants ont échoué&#xa0;; une clé publiée sous l&apos;un d&apos;eux n&apos;a pas pu être vue.</translation>
    </message>
    <message>
        <source>No key at any of the %1 selectors tried for %2. %3</source>
        <translation>Aucune clé sous les %1 sélecteurs essayés pour %2. %3</translation>
    </message>
</context>
<context>
    <name>DkimKeyAnalyzer</name>
    <message>
        <source> It decodes as a DER public key: an RSA key published with k=ed25519?</source>
        <translation> Elle se décode comme une clé publique DER&#xa0;: une clé RSA publiée avec k=ed25519&#xa0;?</translation>
    </message>
    <message>
        <source>an Ed25519 key is 32 raw bytes; p= decodes to %1 bytes.</source>
        <translation>une clé Ed25519 fait 32 octets bruts&#xa0;; p= se décode en %1 octets.</translation>
    </message>
    <message>
        <source>OpenSSL rejected the Ed25519 key: %1</source>
        <translation>OpenSSL a rejeté la clé Ed25519&#xa0;: %1</translation>
    </message>
    <message>
        <source>k=%1 is not a key type this program can read</source>
        <translation>k=%1 n&apos;est pas un type de clé que ce programme sait lire</translation>
    </message>
    <message>
        <source>k=rsa but the key is a %1 key</source>
        <translation>k=rsa mais la clé est de type %1</translation>
    </message>
    <message>
        <source>p= holds 32 bytes, the size of an Ed25519 key, but the record says k=rsa (or no k=, which means rsa): add k=ed25519</source>
        <translation>p= contient 32 octets, la taille d&apos;une clé Ed25519, mais l&apos;enregistrement indique k=rsa (ou pas de k=, ce qui signifie rsa)&#xa0;: ajoutez k=ed25519</translation>
    </message>
    <message>
        <source>p= decodes to %1 bytes that are not a DER RSA public key (truncated, or a key split wrongly across strings?)</source>
        <translation>p= se décode en %1 octets qui ne sont pas une clé publique RSA DER (tronquée, ou mal découpée entre les chaînes&#xa0;?)</translation>
    </message>
    <message>
        <source>A verifier ignores this record, so every signature made with this selector fails: %1.</source>
        <translation>Un vérificateur ignore cet enregistrement, donc toute signature faite avec ce sélecteur échoue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The RSA key is %1 bits. RFC 8301 §3.2: verifiers must not accept keys under 1024 bits, and such keys can be factored.</source>
        <translation>La clé RSA fait %1 bits. RFC 8301 §3.2&#xa0;: les vérificateurs ne doivent pas accepter de clés de moins de 1024 bits, et de telles clés peuvent être factorisées.</translation>
    </message>
    <message>
        <source>The RSA key is %1 bits. RFC 8301 §3.2 asks signers to use at least 2048 bits.</source>
        <translation>La clé RSA fait %1 bits. RFC 8301 §3.2 demande aux signataires d&apos;utiliser au moins 2048 bits.</translation>
    </message>
    <message>
        <source>The RSA key is %1 bits. RFC 8301 §3.2 only requires verifiers to handle keys up to 4096 bits; larger ones may not be verified.</source>
        <translation>La clé RSA fait %1 bits. RFC 8301 §3.2 n&apos;exige des vérificateurs que la prise en charge des clés jusqu&apos;à 4096 bits&#xa0;; les plus grandes risquent de ne pas être vérifiées.</translation>
    </message>
    <message>
        <source>The public exponent is %1.</source>
        <translation>L&apos;exposant public est %1.</translation>
    </message>
    <message>
        <source>h=%1 allows only SHA-1: RFC 8301 §3.1 forbids signing with it and verifiers treat such signatures as failing.</source>
        <translation>h=%1 n&apos;autorise que SHA-1&#xa0;: RFC 8301 §3.1 interdit de signer avec et les vérificateurs considèrent ces signatures comme en échec.</translation>
    </message>
    <message>
        <source>h=%1 still allows SHA-1 next to SHA-256 (RFC 8301 §3.1): drop sha1.</source>
        <translation>h=%1 autorise encore SHA-1 à côté de SHA-256 (RFC 8301 §3.1)&#xa0;: retirez sha1.</translation>
    </message>
    <message>
        <source>g=%1 comes from DomainKeys (RFC 4870). RFC 6376 ignores it, but old verifiers may reject signatures whose i= local part does not match it.</source>
        <translation>g=%1 vient de DomainKeys (RFC 4870). RFC 6376 l&apos;ignore, mais d&apos;anciens vérificateurs peuvent rejeter les signatures dont la partie locale de i= ne lui correspond pas.</translation>
    </message>
    <message>
        <source>the key is empty (p=): the key is revoked</source>
        <translation>la clé est vide (p=)&#xa0;: la clé est révoquée</translation>
    </message>
    <message>
        <source>p= is not base64: the character &apos;%1&apos; is not allowed</source>
        <translation>p= n&apos;est pas du base64&#xa0;: le caractère «&#xa0;%1&#xa0;» n&apos;est pas autorisé</translation>
    </message>
    <message>
        <source>p= is not valid base64: its length (%1 characters) is not a multiple of 4 (truncated or badly split record?)</source>
        <translation>p= n&apos;est pas du base64 valide&#xa0;: sa longueur (%1 caractères) n&apos;est pas un multiple de 4 (enregistrement tronqué ou mal découpé&#xa0;?)</translation>
    </message>
    <message>
        <source>p= is not valid base64 (&apos;=&apos; padding in the middle of the key?)</source>
        <translation>p= n&apos;est pas du base64 valide (remplissage «&#xa0;=&#xa0;» au milieu de la clé&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>DkimKeyGenDialog</name>
    <message>
        <source>Generate a new DKIM key</source>
        <translation>Générer une nouvelle clé DKIM</translation>
    </message>
    <message>
        <source>RSA 2048 bits (recommended)</source>
        <translation>RSA 2048 bits (recommandé)</translation>
    </message>
    <message>
        <source>RSA 3072 bits</source>
        <translation>RSA 3072 bits</translation>
    </message>
    <message>
        <source>RSA 4096 bits</source>
        <translation>RSA 4096 bits</translation>
    </message>
    <message>
        <source>Ed25519 (add an RSA key too)</source>
        <translation>Ed25519 (ajoutez aussi une clé RSA)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>The record to publish and the rotation plan appear here. The private key is written to the folder with permissions 0600 and never shown.</source>
        <translation>L&apos;enregistrement à publier et le plan de renouvellement apparaissent ici. La clé privée est écrite dans le dossier avec les permissions 0600 et n&apos;est jamais affichée.</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>New selector:</source>
        <translation>Nouveau sélecteur&#xa0;:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Type de clé&#xa0;:</translation>
    </message>
    <message>
        <source>Private key folder:</source>
        <translation>Dossier de la clé privée&#xa0;:</translation>
    </message>
    <message>
        <source>Folder for the private key</source>
        <translation>Dossier pour la clé privée</translation>
    </message>
    <message>
        <source>Enter a valid domain and selector.</source>
        <translation>Saisissez un domaine et un sélecteur valides.</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Génération…</translation>
    </message>
    <message>
        <source>Generation failed: %1</source>
        <translation>Échec de la génération&#xa0;: %1</translation>
    </message>
    <message>
        <source>Private key written to %1 (mode 0600).
Key: %2 %3 bits, %4

</source>
        <translation>Clé privée écrite dans %1 (mode 0600).
Clé&#xa0;: %2 %3 bits, %4

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
        <translation>Ligne de zone BIND&#xa0;:
%1

Terraform&#xa0;:
%2
Plan de renouvellement&#xa0;:
%3
</translation>
    </message>
</context>
<context>
    <name>DkimKeyGenerator</name>
    <message>
        <source>1. Publish the record at %1 and wait until it is visible everywhere (at least the old TTL; check with: mailsight-cli dkim %2 --selector %3).</source>
        <translation>1. Publiez l&apos;enregistrement en %1 et attendez qu&apos;il soit visible partout (au moins l&apos;ancien TTL&#xa0;; vérifiez avec&#xa0;: mailsight-cli dkim %2 --selector %3).</translation>
    </message>
    <message>
        <source>2. Check that the private key matches what DNS serves: mailsight-cli dkim match %1 %2 --private-key FILE.</source>
        <translation>2. Vérifiez que la clé privée correspond à ce que sert le DNS&#xa0;: mailsight-cli dkim match %1 %2 --private-key FICHIER.</translation>
    </message>
    <message>
        <source>3. Switch the signer (MTA, provider) to selector %1 with the new private key; send a test message and verify it: mailsight-cli dkim verify MESSAGE.eml.</source>
        <translation>3. Basculez le signataire (MTA, fournisseur) sur le sélecteur %1 avec la nouvelle clé privée&#xa0;; envoyez un message de test et vérifiez-le&#xa0;: mailsight-cli dkim verify MESSAGE.eml.</translation>
    </message>
    <message>
        <source>4. Keep the old selector&apos;s key published until mail signed with it has aged out (a week is common; DMARC reports show when it stops appearing).</source>
        <translation>4. Laissez publiée la clé de l&apos;ancien sélecteur jusqu&apos;à ce que le courrier signé avec elle ait disparu (une semaine est courant&#xa0;; les rapports DMARC montrent quand il cesse d&apos;apparaître).</translation>
    </message>
    <message>
        <source>5. Revoke the old key by publishing its record with an empty p= (v=DKIM1; p=), rather than deleting it, so verifiers see a clear revocation; remove it later.</source>
        <translation>5. Révoquez l&apos;ancienne clé en publiant son enregistrement avec un p= vide (v=DKIM1; p=) plutôt qu&apos;en le supprimant, afin que les vérificateurs voient une révocation claire&#xa0;; supprimez-le plus tard.</translation>
    </message>
    <message>
        <source>6. Delete the old private key from the signing host.</source>
        <translation>6. Supprimez l&apos;ancienne clé privée de l&apos;hôte signataire.</translation>
    </message>
    <message>
        <source>the output folder %1 does not exist</source>
        <translation>le dossier de sortie %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>key generation failed: %1</source>
        <translation>échec de la génération de la clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot encode the private key: %1</source>
        <translation>impossible d&apos;encoder la clé privée&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DkimKeyMatchDialog</name>
    <message>
        <source>Does my private key match %1?</source>
        <translation>Ma clé privée correspond-elle à %1&#xa0;?</translation>
    </message>
    <message>
        <source>Choose the private key file your signer uses (PEM or DER, PKCS#1 or PKCS#8, RSA or Ed25519). It is read in memory only and compared with the key published at &lt;b&gt;%1&lt;/b&gt;; it is never stored, copied or shown.</source>
        <translation>Choisissez le fichier de clé privée qu&apos;utilise votre signataire (PEM ou DER, PKCS#1 ou PKCS#8, RSA ou Ed25519). Il est lu uniquement en mémoire et comparé à la clé publiée en &lt;b&gt;%1&lt;/b&gt;&#xa0;; il n&apos;est jamais enregistré, copié ni affiché.</translation>
    </message>
    <message>
        <source>Choose private key…</source>
        <translation>Choisir la clé privée…</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot read the key:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Impossible de lire la clé&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;MATCH&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;CORRESPOND&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;MISMATCH&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;NE CORRESPOND PAS&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>&lt;br/&gt;Private key (public half): &lt;span style=&apos;font-family:%1&apos;&gt;%2&lt;/span&gt;</source>
        <translation>&lt;br/&gt;Clé privée (partie publique)&#xa0;: &lt;span style=&apos;font-family:%1&apos;&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;br/&gt;Published key: &lt;span style=&apos;font-family:%1&apos;&gt;%2&lt;/span&gt;</source>
        <translation>&lt;br/&gt;Clé publiée&#xa0;: &lt;span style=&apos;font-family:%1&apos;&gt;%2&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>DkimKeyMatcher</name>
    <message>
        <source>the file is not a private key this program reads (PEM or DER, PKCS#1 or PKCS#8, RSA or Ed25519; an encrypted key must be decrypted first)</source>
        <translation>le fichier n&apos;est pas une clé privée que ce programme sait lire (PEM ou DER, PKCS#1 ou PKCS#8, RSA ou Ed25519&#xa0;; une clé chiffrée doit d&apos;abord être déchiffrée)</translation>
    </message>
    <message>
        <source>the private key is neither RSA nor Ed25519</source>
        <translation>la clé privée n&apos;est ni RSA ni Ed25519</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a private key</source>
        <translation>%1 est trop volumineux pour être une clé privée</translation>
    </message>
    <message>
        <source>the selector&apos;s key is revoked (empty p=): nothing to match</source>
        <translation>la clé du sélecteur est révoquée (p= vide)&#xa0;: rien à comparer</translation>
    </message>
    <message>
        <source>the published key cannot be read: %1</source>
        <translation>la clé publiée ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>the private key matches the published %1 key (%2)</source>
        <translation>la clé privée correspond à la clé %1 publiée (%2)</translation>
    </message>
    <message>
        <source>the private key is %1, the published key is %2</source>
        <translation>la clé privée est %1, la clé publiée est %2</translation>
    </message>
    <message>
        <source>the private key&apos;s public half is not the published key (fingerprints differ)</source>
        <translation>la partie publique de la clé privée n&apos;est pas la clé publiée (les empreintes diffèrent)</translation>
    </message>
</context>
<context>
    <name>DkimPublicKey</name>
    <message>
        <source>the key at %1 is revoked (empty p=)</source>
        <translation>la clé en %1 est révoquée (p= vide)</translation>
    </message>
    <message>
        <source>the signature uses %1 but the key is k=%2</source>
        <translation>la signature utilise %1 mais la clé est k=%2</translation>
    </message>
    <message>
        <source>the key&apos;s h=%1 does not allow %2</source>
        <translation>le h=%1 de la clé n&apos;autorise pas %2</translation>
    </message>
    <message>
        <source>the key has t=s but i=%1 is a subdomain of d=%2</source>
        <translation>la clé a t=s mais i=%1 est un sous-domaine de d=%2</translation>
    </message>
    <message>
        <source>the key at %1 could not be fetched: %2</source>
        <translation>la clé à %1 n&apos;a pas pu être récupérée&#xa0;: %2</translation>
    </message>
    <message>
        <source>no key published at %1 (%2)</source>
        <translation>aucune clé publiée à %1 (%2)</translation>
    </message>
    <message>
        <source>the key record at %1 is unusable: %2</source>
        <translation>l&apos;enregistrement de clé à %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>the public key at %1 cannot be read: %2</source>
        <translation>la clé publique à %1 ne peut pas être lue&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DkimSelectorDiscovery</name>
    <message>
        <source>%1 selectors were tried. DNS cannot list a domain&apos;s DKIM selectors, so a selector that is not on the list and not named (or seen in a message you gave) stays unknown: finding none does not prove there is none.</source>
        <translation>%1 sélecteurs ont été essayés. Le DNS ne permet pas de lister les sélecteurs DKIM d&apos;un domaine&#xa0;: un sélecteur absent de la liste et non indiqué (ou vu dans un message fourni) reste inconnu. N&apos;en trouver aucun ne prouve pas qu&apos;il n&apos;y en a pas.</translation>
    </message>
</context>
<context>
    <name>DkimSelectorInspector</name>
    <message>
        <source>The query for %1 TXT failed (%2). Whether a key is published there is unknown.</source>
        <translation>La requête %1 TXT a échoué (%2). On ne sait pas si une clé y est publiée.</translation>
    </message>
    <message>
        <source>%1 is a CNAME to %2, where %3.</source>
        <translation>%1 est un CNAME vers %2, où %3.</translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN)</source>
        <translation>le nom n&apos;existe pas (NXDOMAIN)</translation>
    </message>
    <message>
        <source>no DKIM key record is published</source>
        <translation>aucun enregistrement de clé DKIM n&apos;est publié</translation>
    </message>
    <message>
        <source>No key at %1 (%2).</source>
        <translation>Aucune clé en %1 (%2).</translation>
    </message>
    <message>
        <source>%1 holds %2 TXT records; a verifier may use any of them.</source>
        <translation>%1 contient %2 enregistrements TXT&#xa0;; un vérificateur peut utiliser n&apos;importe lequel.</translation>
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
        <translation>Erreur DNS</translation>
    </message>
    <message>
        <source>dangling CNAME</source>
        <translation>CNAME orphelin</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>aucune clé</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
    <message>
        <source>found</source>
        <translation>trouvée</translation>
    </message>
    <message>
        <source>common list</source>
        <translation>liste courante</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>message %1</translation>
    </message>
    <message>
        <source>DMARC reports</source>
        <translation>rapports DMARC</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Sélecteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>DkimSignatureModel</name>
    <message>
        <source>unsigned</source>
        <translation>non signé</translation>
    </message>
    <message>
        <source>the message has no DKIM-Signature header</source>
        <translation>le message n&apos;a pas d&apos;en-tête DKIM-Signature</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
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
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>Alignment with From</source>
        <translation>Alignement avec From</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>DomainKeys only</source>
        <translation>DomainKeys seulement</translation>
    </message>
    <message>
        <source>a DomainKey-Signature (RFC 4870, historic) is not evaluated; without a DKIM-Signature the message counts as unsigned</source>
        <translation>une DomainKey-Signature (RFC 4870, historique) n&apos;est pas évaluée&#xa0;; sans DKIM-Signature, le message compte comme non signé</translation>
    </message>
    <message>
        <source>RFC 9989: %1
RFC 7489: %2</source>
        <translation>RFC 9989&#xa0;: %1
RFC 7489&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DkimTab</name>
    <message>
        <source>Audit a domain to look for its DKIM selectors, or drop .eml/.mbox files here.</source>
        <translation>Auditez un domaine pour rechercher ses sélecteurs DKIM, ou déposez ici des fichiers .eml/.mbox.</translation>
    </message>
    <message>
        <source>selector, e.g. s2024 (Enter adds it)</source>
        <translation>sélecteur, p. ex. s2024 (Entrée pour l&apos;ajouter)</translation>
    </message>
    <message>
        <source>Add selector</source>
        <translation>Ajouter le sélecteur</translation>
    </message>
    <message>
        <source>Check private key…</source>
        <translation>Vérifier la clé privée…</translation>
    </message>
    <message>
        <source>Confirm that a private key file matches the key published at the selected selector</source>
        <translation>Confirmer qu&apos;un fichier de clé privée correspond à la clé publiée sous le sélecteur choisi</translation>
    </message>
    <message>
        <source>Generate new key…</source>
        <translation>Générer une nouvelle clé…</translation>
    </message>
    <message>
        <source>Signatures of dropped messages (drop .eml or .mbox files anywhere on this tab):</source>
        <translation>Signatures des messages déposés (déposez des fichiers .eml ou .mbox n&apos;importe où dans cet onglet)&#xa0;:</translation>
    </message>
    <message>
        <source>Looking for DKIM selectors of %1…</source>
        <translation>Recherche des sélecteurs DKIM de %1…</translation>
    </message>
    <message>
        <source>DKIM: asking %1 selectors of %2</source>
        <translation>DKIM&#xa0;: interrogation de %1 sélecteurs de %2</translation>
    </message>
    <message>
        <source>%1: no DKIM key found at the %2 selectors tried — which does not prove there is none.</source>
        <translation>%1&#xa0;: aucune clé DKIM trouvée sous les %2 sélecteurs essayés — ce qui ne prouve pas qu&apos;il n&apos;y en a pas.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n usable DKIM key(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n clé DKIM utilisable</numerusform>
            <numerusform>%1&#xa0;: %n clés DKIM utilisables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> at %n selector(s) found</source>
        <translation>
            <numerusform> sur %n sélecteur trouvé</numerusform>
            <numerusform> sur %n sélecteurs trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source> — worst finding: %1</source>
        <translation> — constat le plus grave&#xa0;: %1</translation>
    </message>
    <message>
        <source> — no problems found</source>
        <translation> — aucun problème trouvé</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a selector to see its key record, every tag explained, the key&apos;s fingerprint and where a CNAME leads.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez un sélecteur pour voir son enregistrement de clé, chaque balise expliquée, l&apos;empreinte de la clé et la cible d&apos;un éventuel CNAME.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;CNAME → &lt;span style=&apos;font-family:%1&apos;&gt;%2&lt;/span&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;CNAME → &lt;span style=&apos;font-family:%1&apos;&gt;%2&lt;/span&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source> &lt;b&gt;(dangling: the target holds no key)&lt;/b&gt;</source>
        <translation> &lt;b&gt;(orphelin&#xa0;: la cible ne contient aucune clé)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;DNS error:&lt;/b&gt; %1. Whether a key is published here is unknown.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Erreur DNS&#xa0;:&lt;/b&gt; %1. On ne sait pas si une clé est publiée ici.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No key record here (%1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun enregistrement de clé ici (%1).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Record as published (strings of at most 255 bytes):</source>
        <translation>Enregistrement tel que publié (chaînes d&apos;au plus 255 octets)&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Key:&lt;/b&gt; %1, %2 bits%3, %4&lt;br/&gt;&lt;b&gt;Fingerprint:&lt;/b&gt; &lt;span style=&apos;font-family:%5&apos;&gt;%6&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Clé&#xa0;:&lt;/b&gt; %1, %2 bits%3, %4&lt;br/&gt;&lt;b&gt;Empreinte&#xa0;:&lt;/b&gt; &lt;span style=&apos;font-family:%5&apos;&gt;%6&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, exponent %1</source>
        <translation>, exposant %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The key cannot be read:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;La clé ne peut pas être lue&#xa0;:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Audit a domain first, then add its selectors.</source>
        <translation>Auditez d&apos;abord un domaine, puis ajoutez ses sélecteurs.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a selector of %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un sélecteur de %2.</translation>
    </message>
    <message>
        <source>no DKIM signature</source>
        <translation>aucune signature DKIM</translation>
    </message>
    <message>
        <source>DKIM for DMARC: a signature aligned with From %1 passes</source>
        <translation>DKIM pour DMARC&#xa0;: une signature alignée sur le From %1 est valide</translation>
    </message>
    <message>
        <source>DKIM for DMARC: no passing signature aligned with From %1</source>
        <translation>DKIM pour DMARC&#xa0;: aucune signature valide alignée sur le From %1</translation>
    </message>
    <message numerus="yes">
        <source>DKIM: %n message(s) verified</source>
        <translation>
            <numerusform>DKIM&#xa0;: %n message vérifié</numerusform>
            <numerusform>DKIM&#xa0;: %n messages vérifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>DKIM selector to add</source>
        <translation>Sélecteur DKIM à ajouter</translation>
    </message>
    <message>
        <source>DKIM selectors</source>
        <translation>Sélecteurs DKIM</translation>
    </message>
    <message>
        <source>The selected selector&apos;s key record explained</source>
        <translation>L&apos;enregistrement de clé du sélecteur choisi, expliqué</translation>
    </message>
    <message>
        <source>Signatures of dropped messages</source>
        <translation>Signatures des messages glissés-déposés</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>aligned</source>
        <translation>aligné</translation>
    </message>
    <message>
        <source>not aligned</source>
        <translation>non aligné</translation>
    </message>
    <message>
        <source>no DKIM signature; a DomainKey-Signature (RFC 4870, historic) by %1 is not evaluated</source>
        <translation>aucune signature DKIM&#xa0;; une DomainKey-Signature (RFC 4870, historique) de %1 n&apos;est pas évaluée</translation>
    </message>
    <message>
        <source>DKIM for DMARC: receivers disagree on alignment with From %3 (RFC 9989: %1, RFC 7489: %2)</source>
        <translation>DKIM pour DMARC&#xa0;: les destinataires divergent sur l&apos;alignement avec le From %3 (RFC 9989&#xa0;: %1, RFC 7489&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>DkimTagExplainer</name>
    <message>
        <source>Version: this is a DKIM key record (DKIM1). It must be the first tag.</source>
        <translation>Version&#xa0;: c&apos;est un enregistrement de clé DKIM (DKIM1). Ce doit être la première balise.</translation>
    </message>
    <message>
        <source>Version %1 is unknown: verifiers ignore the record (only DKIM1 exists).</source>
        <translation>La version %1 est inconnue&#xa0;: les vérificateurs ignorent l&apos;enregistrement (seule DKIM1 existe).</translation>
    </message>
    <message>
        <source>Key type RSA (the default): signatures use rsa-sha256.</source>
        <translation>Type de clé RSA (par défaut)&#xa0;: les signatures utilisent rsa-sha256.</translation>
    </message>
    <message>
        <source>Key type Ed25519 (RFC 8463): signatures use ed25519-sha256; the key is 32 raw bytes. Not every receiver verifies it yet.</source>
        <translation>Type de clé Ed25519 (RFC 8463)&#xa0;: les signatures utilisent ed25519-sha256&#xa0;; la clé fait 32 octets bruts. Tous les destinataires ne la vérifient pas encore.</translation>
    </message>
    <message>
        <source>Key type %1 is unknown: verifiers ignore the record.</source>
        <translation>Le type de clé %1 est inconnu&#xa0;: les vérificateurs ignorent l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Hash algorithms allowed with this key: %1. Without h=, every hash is allowed; sha1 must no longer be used (RFC 8301).</source>
        <translation>Algorithmes de hachage autorisés avec cette clé&#xa0;: %1. Sans h=, tous les hachages sont autorisés&#xa0;; sha1 ne doit plus être utilisé (RFC 8301).</translation>
    </message>
    <message>
        <source>Public key: empty, so the key is revoked and every signature naming this selector fails.</source>
        <translation>Clé publique&#xa0;: vide, donc la clé est révoquée et toute signature désignant ce sélecteur échoue.</translation>
    </message>
    <message>
        <source>Public key, base64 (%1 characters). Verifiers check signatures with it.</source>
        <translation>Clé publique, en base64 (%1 caractères). Les vérificateurs contrôlent les signatures avec elle.</translation>
    </message>
    <message>
        <source>Notes for people; ignored by verifiers.</source>
        <translation>Notes destinées aux humains&#xa0;; ignorées par les vérificateurs.</translation>
    </message>
    <message>
        <source>Service types the key may be used for: %1 (email or * for mail).</source>
        <translation>Types de service pour lesquels la clé peut servir&#xa0;: %1 (email ou * pour le courrier).</translation>
    </message>
    <message>
        <source>y: testing mode, receivers may treat signed mail as unsigned</source>
        <translation>y&#xa0;: mode test, les destinataires peuvent traiter le courrier signé comme non signé</translation>
    </message>
    <message>
        <source>s: the signing identity i= may not be a subdomain of d=</source>
        <translation>s&#xa0;: l&apos;identité de signature i= ne peut pas être un sous-domaine de d=</translation>
    </message>
    <message>
        <source>%1: unknown flag, ignored</source>
        <translation>%1&#xa0;: indicateur inconnu, ignoré</translation>
    </message>
    <message>
        <source>Flags: %1.</source>
        <translation>Indicateurs&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Granularity %1 from DomainKeys (RFC 4870): ignored by DKIM verifiers, may be enforced by very old ones.</source>
        <translation>Granularité %1 issue de DomainKeys (RFC 4870)&#xa0;: ignorée par les vérificateurs DKIM, peut être appliquée par de très anciens.</translation>
    </message>
    <message>
        <source>Unknown tag: ignored by verifiers.</source>
        <translation>Balise inconnue&#xa0;: ignorée par les vérificateurs.</translation>
    </message>
</context>
<context>
    <name>DkimVerifier</name>
    <message>
        <source>malformed signature: %1</source>
        <translation>signature malformée&#xa0;: %1</translation>
    </message>
    <message>
        <source>l=%1 of a canonical body of %2 bytes.</source>
        <translation>l=%1 sur un corps canonique de %2 octets.</translation>
    </message>
    <message>
        <source>The signature uses a=rsa-sha1, which RFC 8301 forbids.</source>
        <translation>La signature utilise a=rsa-sha1, que RFC 8301 interdit.</translation>
    </message>
    <message>
        <source>The key at %1 could not be read (%2).</source>
        <translation>La clé en %1 n&apos;a pas pu être lue (%2).</translation>
    </message>
    <message>
        <source>the key could not be fetched: %1</source>
        <translation>la clé n&apos;a pas pu être récupérée&#xa0;: %1</translation>
    </message>
    <message>
        <source>No key record at %1 (%2).</source>
        <translation>Aucun enregistrement de clé en %1 (%2).</translation>
    </message>
    <message>
        <source>no key published at %1</source>
        <translation>aucune clé publiée en %1</translation>
    </message>
    <message>
        <source>The signature names %1, whose key is revoked.</source>
        <translation>La signature désigne %1, dont la clé est révoquée.</translation>
    </message>
    <message>
        <source>the key at %1 is revoked (empty p=)</source>
        <translation>la clé en %1 est révoquée (p= vide)</translation>
    </message>
    <message>
        <source>the key record is unusable: %1</source>
        <translation>l&apos;enregistrement de clé est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>the signature uses %1 but the key is k=%2</source>
        <translation>la signature utilise %1 mais la clé est k=%2</translation>
    </message>
    <message>
        <source>the key&apos;s h=%1 does not allow %2</source>
        <translation>le h=%1 de la clé n&apos;autorise pas %2</translation>
    </message>
    <message>
        <source>the key has t=s but i=%1 is a subdomain of d=%2</source>
        <translation>la clé a t=s mais i=%1 est un sous-domaine de d=%2</translation>
    </message>
    <message>
        <source>the public key cannot be read: %1</source>
        <translation>la clé publique ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1-bit key.</source>
        <translation>Clé de %1 bits.</translation>
    </message>
    <message>
        <source>the key is %1 bits; RFC 8301 forbids accepting keys under 1024 bits</source>
        <translation>la clé fait %1 bits&#xa0;; RFC 8301 interdit d&apos;accepter des clés de moins de 1024 bits</translation>
    </message>
    <message>
        <source>l=%1 is longer than the body: the body was cut</source>
        <translation>l=%1 est plus long que le corps&#xa0;: le corps a été tronqué</translation>
    </message>
    <message>
        <source>bh=%1 was signed; the body now hashes to %2.</source>
        <translation>bh=%1 a été signé&#xa0;; le hachage du corps donne maintenant %2.</translation>
    </message>
    <message>
        <source>the body hash did not match: the body changed after signing</source>
        <translation>le hachage du corps ne correspond pas&#xa0;: le corps a changé après la signature</translation>
    </message>
    <message>
        <source>the body hash matches but the signature does not verify with the published key (a signed header changed, or the key does not match the signer&apos;s)</source>
        <translation>le hachage du corps correspond mais la signature n&apos;est pas vérifiée par la clé publiée (un en-tête signé a changé, ou la clé ne correspond pas à celle du signataire)</translation>
    </message>
    <message>
        <source>x=%1 (%2) is in the past.</source>
        <translation>x=%1 (%2) est dans le passé.</translation>
    </message>
    <message>
        <source>the signature verifies with the %1 key at %2</source>
        <translation>la signature est vérifiée avec la clé %1 en %2</translation>
    </message>
    <message>
        <source> (the key is in testing mode, t=y)</source>
        <translation> (la clé est en mode test, t=y)</translation>
    </message>
    <message>
        <source>From is %1; signatures: %2.</source>
        <translation>From est %1&#xa0;; signatures&#xa0;: %2.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>it uses rsa-sha1, which verifiers must not accept (RFC 8301)</source>
        <translation>elle utilise rsa-sha1, que les vérificateurs ne doivent pas accepter (RFC 8301)</translation>
    </message>
    <message>
        <source>it expired at %1 (x=)</source>
        <translation>elle a expiré le %1 (x=)</translation>
    </message>
    <message>
        <source>the signature verifies but is refused: %1</source>
        <translation>la signature se vérifie mais est refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>a DomainKey-Signature (RFC 4870, historic) by d=%1 with selector s=%2%3</source>
        <translation>une DomainKey-Signature (RFC 4870, historique) de d=%1 avec le sélecteur s=%2%3</translation>
    </message>
    <message>
        <source>, a=%1</source>
        <translation>, a=%1</translation>
    </message>
    <message>
        <source>The message carries %1 and no DKIM-Signature. DomainKeys is not evaluated (by Mailsight or by receivers): for DKIM and DMARC the message is unsigned.</source>
        <translation>Le message contient %1 et aucune DKIM-Signature. DomainKeys n&apos;est pas évalué (ni par Mailsight ni par les destinataires)&#xa0;: pour DKIM et DMARC, le message n&apos;est pas signé.</translation>
    </message>
    <message>
        <source>The message carries %1 besides its DKIM signatures; it is not evaluated.</source>
        <translation>Le message contient %1 en plus de ses signatures DKIM&#xa0;; elle n&apos;est pas évaluée.</translation>
    </message>
    <message>
        <source>cannot tell (a DNS query failed)</source>
        <translation>indéterminable (une requête DNS a échoué)</translation>
    </message>
    <message>
        <source>an aligned signature passes</source>
        <translation>une signature alignée est valide</translation>
    </message>
    <message>
        <source>no passing signature is aligned</source>
        <translation>aucune signature valide n&apos;est alignée</translation>
    </message>
    <message>
        <source>From is %1. RFC 9989 receivers (organizational domain by the DNS tree walk, adkim=%2): %3. RFC 7489 receivers (Public Suffix List, adkim=%4): %5.</source>
        <translation>From est %1. Destinataires RFC 9989 (domaine organisationnel par le parcours de l&apos;arborescence DNS, adkim=%2)&#xa0;: %3. Destinataires RFC 7489 (Public Suffix List, adkim=%4)&#xa0;: %5.</translation>
    </message>
</context>
<context>
    <name>Dmarc</name>
    <message>
        <source>delivered as if there were no DMARC (only reported)</source>
        <translation>distribué comme s&apos;il n&apos;y avait pas de DMARC (seulement signalé)</translation>
    </message>
    <message>
        <source>treated as suspicious (usually put in the spam folder)</source>
        <translation>traité comme suspect (généralement placé dans le dossier spam)</translation>
    </message>
    <message>
        <source>refused during delivery</source>
        <translation>refusé lors de la remise</translation>
    </message>
</context>
<context>
    <name>DmarcAlignment</name>
    <message>
        <source>the query for %1 failed (%2)</source>
        <translation>la requête pour %1 a échoué (%2)</translation>
    </message>
    <message>
        <source>%1 is a public suffix (or a single label): it stands for itself</source>
        <translation>%1 est un suffixe public (ou un label unique)&#xa0;: il se représente lui-même</translation>
    </message>
    <message>
        <source>the registrable domain under the public suffix %1 (Public Suffix List)</source>
        <translation>le domaine enregistrable sous le suffixe public %1 (Public Suffix List)</translation>
    </message>
    <message>
        <source>no tree walk was made</source>
        <translation>aucun parcours de l&apos;arborescence n&apos;a été fait</translation>
    </message>
    <message>
        <source>DNS tree walk, RFC 9989 §4.10.2</source>
        <translation>parcours de l&apos;arborescence DNS, RFC 9989 §4.10.2</translation>
    </message>
    <message>
        <source>Public Suffix List, RFC 7489 §3.2</source>
        <translation>Public Suffix List, RFC 7489 §3.2</translation>
    </message>
    <message>
        <source>there is no From domain to align with</source>
        <translation>il n&apos;y a pas de domaine From avec lequel s&apos;aligner</translation>
    </message>
    <message>
        <source>there is no authenticated domain to align</source>
        <translation>il n&apos;y a pas de domaine authentifié à aligner</translation>
    </message>
    <message>
        <source>%1 is the From domain itself (aligned in both modes)</source>
        <translation>%1 est le domaine From lui-même (aligné dans les deux modes)</translation>
    </message>
    <message>
        <source>strict alignment needs %1 exactly; %2 is another name</source>
        <translation>l&apos;alignement strict exige exactement %1&#xa0;; %2 est un autre nom</translation>
    </message>
    <message>
        <source>the organizational domain of %1 cannot be determined: a query of the tree walk failed</source>
        <translation>le domaine organisationnel de %1 ne peut pas être déterminé&#xa0;: une requête du parcours de l&apos;arborescence a échoué</translation>
    </message>
    <message>
        <source>relaxed: %1 and %2 share the organizational domain %3 (%4)</source>
        <translation>souple&#xa0;: %1 et %2 partagent le domaine organisationnel %3 (%4)</translation>
    </message>
    <message>
        <source>relaxed: the organizational domain of %1 is %2, that of %3 is %4 (%5)</source>
        <translation>souple&#xa0;: le domaine organisationnel de %1 est %2, celui de %3 est %4 (%5)</translation>
    </message>
    <message>
        <source>; a query of the tree walk failed, so a record higher up could change this</source>
        <translation>&#xa0;; une requête du parcours de l&apos;arborescence a échoué, un enregistrement plus haut pourrait donc changer cela</translation>
    </message>
</context>
<context>
    <name>DmarcCheck</name>
    <message>
        <source>The query %1 TXT failed: %2. %3</source>
        <translation>La requête %1 TXT a échoué&#xa0;: %2. %3</translation>
    </message>
    <message>
        <source>The RFC 7489 query %1 TXT failed: %2.</source>
        <translation>La requête RFC 7489 %1 TXT a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 has %2 DMARC records. RFC 7489 receivers apply no DMARC when this is the From domain&apos;s or organizational domain&apos;s name; RFC 9989 receivers discard them and continue the tree walk%3.</source>
        <translation>%1 a %2 enregistrements DMARC. Les destinataires RFC 7489 n&apos;appliquent pas DMARC quand c&apos;est le nom du domaine From ou du domaine organisationnel&#xa0;; les destinataires RFC 9989 les écartent et poursuivent le parcours de l&apos;arborescence%3.</translation>
    </message>
    <message>
        <source> (here to %1)</source>
        <translation> (ici jusqu&apos;à %1)</translation>
    </message>
    <message>
        <source>, which finds nothing above</source>
        <translation>, qui ne trouve rien au-dessus</translation>
    </message>
    <message>
        <source>%1 answers with an SPF record, most likely through a wildcard TXT record (*.%2); receivers ignore it as not DMARC.</source>
        <translation>%1 répond avec un enregistrement SPF, très probablement via un enregistrement TXT générique (*.%2)&#xa0;; les destinataires l&apos;ignorent car ce n&apos;est pas du DMARC.</translation>
    </message>
    <message>
        <source>%1 is a CNAME to %2, which holds an SPF record; receivers ignore it as not DMARC.</source>
        <translation>%1 est un CNAME vers %2, qui contient un enregistrement SPF&#xa0;; les destinataires l&apos;ignorent car ce n&apos;est pas du DMARC.</translation>
    </message>
    <message>
        <source>%1 itself has the TXT record &quot;%2&quot;; receivers never read it there.</source>
        <translation>%1 lui-même a l&apos;enregistrement TXT «&#xa0;%2&#xa0;»&#xa0;; les destinataires ne le lisent jamais à cet endroit.</translation>
    </message>
    <message>
        <source>No DMARC record applies to %1. %2.</source>
        <translation>Aucun enregistrement DMARC ne s&apos;applique à %1. %2.</translation>
    </message>
    <message>
        <source> The TXT record at %1 looks like DMARC but is discarded: %2.</source>
        <translation> L&apos;enregistrement TXT en %1 ressemble à du DMARC mais est écarté&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1%2: %3 — %4.</source>
        <translation>%1%2&#xa0;: %3 — %4.</translation>
    </message>
    <message>
        <source>(in _dmarc.%1)</source>
        <translation>(dans _dmarc.%1)</translation>
    </message>
    <message>
        <source>_dmarc.%1 says p=none: mail that fails DMARC, forged mail included, is delivered.</source>
        <translation>_dmarc.%1 indique p=none&#xa0;: le courrier en échec DMARC, y compris le courrier usurpé, est distribué.</translation>
    </message>
    <message>
        <source>sp=%1 for existing subdomains</source>
        <translation>sp=%1 pour les sous-domaines existants</translation>
    </message>
    <message>
        <source>np%1=%2 for non-existent subdomains</source>
        <translation>np%1=%2 pour les sous-domaines inexistants</translation>
    </message>
    <message>
        <source> (from sp)</source>
        <translation> (d&apos;après sp)</translation>
    </message>
    <message>
        <source>p=%1, but %2.</source>
        <translation>p=%1, mais %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>t=y has no effect while the policy that applies is none.</source>
        <translation>t=y n&apos;a aucun effet tant que la politique qui s&apos;applique est none.</translation>
    </message>
    <message>
        <source>t=y: RFC 9989 receivers apply %1 instead of %2; RFC 7489 receivers ignore t and apply %2.</source>
        <translation>t=y&#xa0;: les destinataires RFC 9989 appliquent %1 au lieu de %2&#xa0;; les destinataires RFC 7489 ignorent t et appliquent %2.</translation>
    </message>
    <message>
        <source>pct=%1: RFC 7489 receivers apply %2 to %1% of failing mail and %3 to the rest; RFC 9989 receivers apply %2 to all of it.</source>
        <translation>pct=%1&#xa0;: les destinataires RFC 7489 appliquent %2 à %1 % du courrier en échec et %3 au reste&#xa0;; les destinataires RFC 9989 appliquent %2 à la totalité.</translation>
    </message>
    <message>
        <source>_dmarc.%1 has no rua tag.</source>
        <translation>_dmarc.%1 n&apos;a pas de balise rua.</translation>
    </message>
    <message>
        <source>_dmarc.%1 has rua, but none of its addresses is usable.</source>
        <translation>_dmarc.%1 a une balise rua, mais aucune de ses adresses n&apos;est utilisable.</translation>
    </message>
    <message>
        <source>Checking the %1 destination %2 failed: %3.</source>
        <translation>La vérification de la destination %1 %2 a échoué&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 sends %2 reports to %3, outside %4, but %5 has no v=DMARC1 record: receivers send nothing there.</source>
        <translation>%1 envoie les rapports %2 à %3, hors de %4, mais %5 n&apos;a pas d&apos;enregistrement v=DMARC1&#xa0;: les destinataires n&apos;y envoient rien.</translation>
    </message>
    <message>
        <source>aggregate</source>
        <translation>agrégés</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>d&apos;échec</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (RFC 7505): reports to %2 are refused.</source>
        <translation>%1 publie un MX nul (RFC 7505)&#xa0;: les rapports vers %2 sont refusés.</translation>
    </message>
    <message>
        <source>%1 has no MX record: reports to %2 cannot be delivered (some senders fall back to its address record; many report generators do not).</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement MX&#xa0;: les rapports vers %2 ne peuvent pas être remis (certains expéditeurs se rabattent sur son enregistrement d&apos;adresse&#xa0;; beaucoup de générateurs de rapports non).</translation>
    </message>
    <message>
        <source>%1 has no record of its own; %2 applies (%3). %4</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement propre&#xa0;; %2 s&apos;applique (%3). %4</translation>
    </message>
    <message>
        <source>For mail from %1, RFC 9989 receivers apply %2 (%3), RFC 7489 receivers apply %4 (%5).</source>
        <translation>Pour le courrier de %1, les destinataires RFC 9989 appliquent %2 (%3), les destinataires RFC 7489 appliquent %4 (%5).</translation>
    </message>
    <message>
        <source>RFC 9989: %1</source>
        <translation>RFC 9989&#xa0;: %1</translation>
    </message>
    <message>
        <source>RFC 7489: %1</source>
        <translation>RFC 7489&#xa0;: %1</translation>
    </message>
    <message>
        <source>RFC 9989 tree walk: %1 (%2). RFC 7489 Public Suffix List: %3.</source>
        <translation>Parcours de l&apos;arborescence RFC 9989&#xa0;: %1 (%2). Public Suffix List RFC 7489&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The tree walk stopped at %1 TXT, above the record that applies: %2. The organizational domain, and with it the record that applies, may lie higher than shown. %3</source>
        <translation>Le parcours de l&apos;arborescence s&apos;est arrêté à %1 TXT, au-dessus de l&apos;enregistrement qui s&apos;applique&#xa0;: %2. Le domaine organisationnel, et avec lui l&apos;enregistrement qui s&apos;applique, peut se situer plus haut qu&apos;indiqué. %3</translation>
    </message>
</context>
<context>
    <name>DmarcDestinationChecker</name>
    <message>
        <source>not usable: %1</source>
        <translation>inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>inside the organizational domain: no authorization needed</source>
        <translation>dans le domaine organisationnel&#xa0;: aucune autorisation nécessaire</translation>
    </message>
    <message>
        <source>external; %1 authorizes reports for %2</source>
        <translation>externe&#xa0;; %1 autorise les rapports pour %2</translation>
    </message>
    <message>
        <source>external; the authorization query %1 failed (%2)</source>
        <translation>externe&#xa0;; la requête d&apos;autorisation %1 a échoué (%2)</translation>
    </message>
    <message>
        <source>external and not authorized: %1 has no v=DMARC1 TXT record, so receivers send nothing there</source>
        <translation>externe et non autorisée&#xa0;: %1 n&apos;a pas d&apos;enregistrement TXT v=DMARC1, donc les destinataires n&apos;y envoient rien</translation>
    </message>
    <message>
        <source>the MX query failed (%1)</source>
        <translation>la requête MX a échoué (%1)</translation>
    </message>
    <message>
        <source>%1 publishes a null MX: it takes no mail</source>
        <translation>%1 publie un MX nul&#xa0;: il n&apos;accepte aucun courrier</translation>
    </message>
    <message>
        <source>%1 has no MX record</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement MX</translation>
    </message>
</context>
<context>
    <name>DmarcDiscovery</name>
    <message>
        <source>the query for %1 failed (%2); the tree walk cannot go on</source>
        <translation>la requête pour %1 a échoué (%2)&#xa0;; le parcours de l&apos;arborescence ne peut pas continuer</translation>
    </message>
    <message>
        <source>published at %1</source>
        <translation>publié en %1</translation>
    </message>
    <message>
        <source>; the several records at %1 were discarded</source>
        <translation>&#xa0;; les différents enregistrements en %1 ont été écartés</translation>
    </message>
    <message>
        <source>several records at %1 were discarded and no other name on the walk has one (asked: %2)</source>
        <translation>plusieurs enregistrements en %1 ont été écartés et aucun autre nom du parcours n&apos;en a (noms interrogés&#xa0;: %2)</translation>
    </message>
    <message>
        <source>no DMARC record at any name of the tree walk (asked: %1)</source>
        <translation>aucun enregistrement DMARC sur aucun nom du parcours de l&apos;arborescence (noms interrogés&#xa0;: %1)</translation>
    </message>
    <message>
        <source>the query for %1 failed (%2)</source>
        <translation>la requête pour %1 a échoué (%2)</translation>
    </message>
    <message>
        <source>several DMARC records at %1: RFC 7489 receivers apply no DMARC</source>
        <translation>plusieurs enregistrements DMARC en %1&#xa0;: les destinataires RFC 7489 n&apos;appliquent pas DMARC</translation>
    </message>
    <message>
        <source>inherited from the organizational domain (Public Suffix List): %1</source>
        <translation>hérité du domaine organisationnel (Public Suffix List)&#xa0;: %1</translation>
    </message>
    <message>
        <source>no DMARC record at %1</source>
        <translation>aucun enregistrement DMARC en %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>inherited from the organizational domain %1 (%2): the record at %3</source>
        <translation>hérité du domaine organisationnel %1 (%2)&#xa0;: l&apos;enregistrement à %3</translation>
    </message>
    <message>
        <source>inherited from the public suffix domain %1 (psd=y): the organizational domain %2 has no record of its own</source>
        <translation>hérité du domaine de suffixe public %1 (psd=y)&#xa0;: le domaine organisationnel %2 n&apos;a pas d&apos;enregistrement propre</translation>
    </message>
    <message>
        <source>; the record at %1 is neither the From domain&apos;s nor the organizational domain&apos;s and is not applied (RFC 9989 §4.10.1)</source>
        <translation>&#xa0;; l&apos;enregistrement à %1 n&apos;est ni celui du domaine From ni celui du domaine organisationnel et n&apos;est pas appliqué (RFC 9989 §4.10.1)</translation>
    </message>
</context>
<context>
    <name>DmarcExplainer</name>
    <message>
        <source>Default: %1</source>
        <translation>Par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not set: subdomains get p=%1.</source>
        <translation>Non défini&#xa0;: les sous-domaines reçoivent p=%1.</translation>
    </message>
    <message>
        <source>Not set: non-existent subdomains get sp (or p).</source>
        <translation>Non défini&#xa0;: les sous-domaines inexistants reçoivent sp (ou p).</translation>
    </message>
    <message>
        <source>Not set: nobody receives aggregate reports.</source>
        <translation>Non défini&#xa0;: personne ne reçoit de rapports agrégés.</translation>
    </message>
    <message>
        <source>Not set: no failure reports (usual; few receivers send them).</source>
        <translation>Non défini&#xa0;: pas de rapports d&apos;échec (habituel&#xa0;; peu de destinataires en envoient).</translation>
    </message>
    <message>
        <source>Not set: the default applies.</source>
        <translation>Non défini&#xa0;: la valeur par défaut s&apos;applique.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Unknown: the DMARC record of %1 could not be read because DNS failed.</source>
        <translation>Inconnu&#xa0;: l&apos;enregistrement DMARC de %1 n&apos;a pas pu être lu à cause d&apos;un échec DNS.</translation>
    </message>
    <message>
        <source>Not protected: no DMARC policy applies to mail from %1.</source>
        <translation>Non protégé&#xa0;: aucune politique DMARC ne s&apos;applique au courrier de %1.</translation>
    </message>
    <message>
        <source>Protected: mail from %1 that fails DMARC is refused.</source>
        <translation>Protégé&#xa0;: le courrier de %1 en échec DMARC est refusé.</translation>
    </message>
    <message>
        <source>Monitoring only: mail from %1 that fails DMARC is still delivered.</source>
        <translation>Surveillance seulement&#xa0;: le courrier de %1 en échec DMARC est tout de même distribué.</translation>
    </message>
    <message>
        <source>Partly protected: mail from %1 that fails DMARC goes to spam, it is not refused.</source>
        <translation>Partiellement protégé&#xa0;: le courrier de %1 en échec DMARC va dans le spam, il n&apos;est pas refusé.</translation>
    </message>
    <message>
        <source>Partly protected: receivers disagree; some %1 failing mail from %2, others only %3 it.</source>
        <translation>Partiellement protégé&#xa0;: les destinataires divergent&#xa0;; certains appliquent %1 au courrier en échec de %2, d&apos;autres seulement %3.</translation>
    </message>
    <message>
        <source>refuse</source>
        <translation>le rejet</translation>
    </message>
    <message>
        <source>quarantine</source>
        <translation>la quarantaine</translation>
    </message>
    <message>
        <source>report</source>
        <translation>le signalement</translation>
    </message>
    <message>
        <source>The DNS queries for the DMARC record failed, so Mailsight cannot tell what receivers do. This is not the same as having no record: receivers in the same situation usually try again later.</source>
        <translation>Les requêtes DNS pour l&apos;enregistrement DMARC ont échoué&#xa0;: Mailsight ne peut donc pas dire ce que font les destinataires. Ce n&apos;est pas la même chose que l&apos;absence d&apos;enregistrement&#xa0;: les destinataires dans la même situation réessaient généralement plus tard.</translation>
    </message>
    <message>
        <source>Several DMARC records are published where one is expected; receivers discard them all.</source>
        <translation>Plusieurs enregistrements DMARC sont publiés là où un seul est attendu&#xa0;; les destinataires les écartent tous.</translation>
    </message>
    <message>
        <source>No DMARC record covers %1, so receivers apply no policy: anyone can send mail that claims to come from it and it will be judged on spam filters alone. Nobody receives reports about it.</source>
        <translation>Aucun enregistrement DMARC ne couvre %1, donc les destinataires n&apos;appliquent aucune politique&#xa0;: n&apos;importe qui peut envoyer du courrier prétendant en provenir, et il ne sera jugé que par les filtres antispam. Personne ne reçoit de rapports à ce sujet.</translation>
    </message>
    <message>
        <source>%1 has no DMARC record of its own; the record of %2 applies.</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement DMARC propre&#xa0;; l&apos;enregistrement de %2 s&apos;applique.</translation>
    </message>
    <message>
        <source>Mail that claims to come from %1 and fails DMARC (neither an aligned SPF pass nor an aligned DKIM signature) is %2.</source>
        <translation>Le courrier qui prétend provenir de %1 et échoue à DMARC (ni SPF valide et aligné, ni signature DKIM alignée) est %2.</translation>
    </message>
    <message>
        <source>The record is in testing mode (t=y): RFC 9989 receivers apply one level less than it says, RFC 7489 receivers apply it in full.</source>
        <translation>L&apos;enregistrement est en mode test (t=y)&#xa0;: les destinataires RFC 9989 appliquent un niveau de moins que ce qu&apos;il indique, les destinataires RFC 7489 l&apos;appliquent entièrement.</translation>
    </message>
    <message>
        <source>Receivers disagree: under RFC 9989 it is %1, under RFC 7489 it is %2.</source>
        <translation>Les destinataires divergent&#xa0;: selon RFC 9989 il est %1, selon RFC 7489 il est %2.</translation>
    </message>
    <message>
        <source>Its subdomains get %1; names under it that do not exist get %2.</source>
        <translation>Ses sous-domaines reçoivent %1&#xa0;; les noms inexistants en dessous reçoivent %2.</translation>
    </message>
    <message>
        <source>No aggregate reports are delivered anywhere, so nobody sees who sends mail as this domain.</source>
        <translation>Aucun rapport agrégé n&apos;est remis nulle part&#xa0;: personne ne voit qui envoie du courrier au nom de ce domaine.</translation>
    </message>
    <message>
        <source>Daily aggregate reports go to %1.</source>
        <translation>Les rapports agrégés quotidiens sont envoyés à %1.</translation>
    </message>
    <message>
        <source>Risky: %1.</source>
        <translation>Risques&#xa0;: %1.</translation>
    </message>
    <message>
        <source>strict: a DKIM signature aligns only if d=%1 exactly (d=mail.%2 does not)</source>
        <translation>strict&#xa0;: une signature DKIM n&apos;est alignée que si d=%1 exactement (d=mail.%2 ne l&apos;est pas)</translation>
    </message>
    <message>
        <source>relaxed: a DKIM signature aligns if its d= is in %1 (d=%1 or d=mail.%1 both align with From: %2)</source>
        <translation>souple&#xa0;: une signature DKIM est alignée si son d= est dans %1 (d=%1 comme d=mail.%1 sont alignés avec From: %2)</translation>
    </message>
    <message>
        <source>strict: SPF aligns only if the envelope sender (Return-Path) domain is exactly %1</source>
        <translation>strict&#xa0;: SPF n&apos;est aligné que si le domaine de l&apos;expéditeur d&apos;enveloppe (Return-Path) est exactement %1</translation>
    </message>
    <message>
        <source>relaxed: SPF aligns if the envelope sender domain is in %1 (bounce.%1 aligns with From: %2)</source>
        <translation>souple&#xa0;: SPF est aligné si le domaine de l&apos;expéditeur d&apos;enveloppe est dans %1 (bounce.%1 est aligné avec From: %2)</translation>
    </message>
    <message>
        <source>Publish p=none with aggregate reports</source>
        <translation>Publier p=none avec des rapports agrégés</translation>
    </message>
    <message>
        <source>Nothing yet; this step only collects reports. Keep it for 2-4 weeks.</source>
        <translation>Rien pour l&apos;instant&#xa0;; cette étape ne fait que collecter des rapports. Gardez-la 2 à 4 semaines.</translation>
    </message>
    <message>
        <source>Quarantine failing mail</source>
        <translation>Mettre en quarantaine le courrier en échec</translation>
    </message>
    <message>
        <source>In the reports, every legitimate source (your servers, newsletter and CRM services, ticketing, invoicing) passes with aligned SPF or DKIM; what still fails is forged or forwarded mail. Adding t=y first softens the step for RFC 9989 receivers only.</source>
        <translation>Dans les rapports, chaque source légitime (vos serveurs, services de newsletter et de CRM, ticketing, facturation) passe avec SPF ou DKIM aligné&#xa0;; ce qui échoue encore est du courrier usurpé ou transféré. Ajouter d&apos;abord t=y adoucit l&apos;étape pour les seuls destinataires RFC 9989.</translation>
    </message>
    <message>
        <source>Reject failing mail</source>
        <translation>Rejeter le courrier en échec</translation>
    </message>
    <message>
        <source>After 2-4 weeks of quarantine, no legitimate mail shows up as failing (and no user reports missing mail from the spam folder); remove t=y if set.</source>
        <translation>Après 2 à 4 semaines de quarantaine, aucun courrier légitime n&apos;apparaît en échec (et aucun utilisateur ne signale de courrier manquant dans le dossier spam)&#xa0;; retirez t=y s&apos;il est présent.</translation>
    </message>
    <message>
        <source>Protect every subdomain</source>
        <translation>Protéger tous les sous-domaines</translation>
    </message>
    <message>
        <source>Subdomains that send mail appear in the reports and pass; then nothing under the domain can be forged.</source>
        <translation>Les sous-domaines qui envoient du courrier apparaissent dans les rapports et passent&#xa0;; plus rien sous le domaine ne peut alors être usurpé.</translation>
    </message>
    <message>
        <source>Add aggregate reports (rua) to p=none</source>
        <translation>Ajouter des rapports agrégés (rua) à p=none</translation>
    </message>
    <message>
        <source>Gmail, Yahoo (2024)</source>
        <translation>Gmail, Yahoo (2024)</translation>
    </message>
    <message>
        <source>Gmail, Yahoo (2024); Outlook.com (2025)</source>
        <translation>Gmail, Yahoo (2024)&#xa0;; Outlook.com (2025)</translation>
    </message>
    <message>
        <source>SPF or DKIM for every sender</source>
        <translation>SPF ou DKIM pour chaque expéditeur</translation>
    </message>
    <message>
        <source>%1 publishes an SPF record.</source>
        <translation>%1 publie un enregistrement SPF.</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record; DKIM cannot be seen from DNS without knowing the selectors.</source>
        <translation>%1 ne publie pas d&apos;enregistrement SPF&#xa0;; DKIM ne peut pas être vu depuis le DNS sans connaître les sélecteurs.</translation>
    </message>
    <message>
        <source>SPF and DKIM for bulk senders (5,000+ a day)</source>
        <translation>SPF et DKIM pour les expéditeurs en masse (plus de 5 000 par jour)</translation>
    </message>
    <message>
        <source>SPF is published; whether mail is DKIM-signed cannot be seen from DNS (use the DKIM tab with your selectors).</source>
        <translation>SPF est publié&#xa0;; on ne peut pas voir depuis le DNS si le courrier est signé DKIM (utilisez l&apos;onglet DKIM avec vos sélecteurs).</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record.</source>
        <translation>%1 ne publie pas d&apos;enregistrement SPF.</translation>
    </message>
    <message>
        <source>A DMARC record, at least p=none (bulk senders)</source>
        <translation>Un enregistrement DMARC, au moins p=none (expéditeurs en masse)</translation>
    </message>
    <message>
        <source>Policy %1 from _dmarc.%2.</source>
        <translation>Politique %1 issue de _dmarc.%2.</translation>
    </message>
    <message>
        <source>DNS failed; the record could not be read.</source>
        <translation>Échec DNS&#xa0;; l&apos;enregistrement n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>No DMARC record applies.</source>
        <translation>Aucun enregistrement DMARC ne s&apos;applique.</translation>
    </message>
    <message>
        <source>From domain aligned with SPF or DKIM</source>
        <translation>Domaine From aligné avec SPF ou DKIM</translation>
    </message>
    <message>
        <source>Possible: an envelope sender in %1 passes SPF with %2 alignment; actual alignment shows in the aggregate reports.</source>
        <translation>Possible&#xa0;: un expéditeur d&apos;enveloppe dans %1 passe SPF avec un alignement %2&#xa0;; l&apos;alignement réel apparaît dans les rapports agrégés.</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>strict</translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation>souple</translation>
    </message>
    <message>
        <source>Depends on the envelope sender and DKIM d= of real mail; the aggregate reports show it.</source>
        <translation>Dépend de l&apos;expéditeur d&apos;enveloppe et du d= DKIM du courrier réel&#xa0;; les rapports agrégés le montrent.</translation>
    </message>
    <message>
        <source>Aggregate reports to watch alignment (recommended)</source>
        <translation>Rapports agrégés pour surveiller l&apos;alignement (recommandé)</translation>
    </message>
    <message>
        <source>Outlook.com (2025), M3AAWG</source>
        <translation>Outlook.com (2025), M3AAWG</translation>
    </message>
    <message>
        <source>rua is set and at least one destination can receive reports.</source>
        <translation>rua est défini et au moins une destination peut recevoir les rapports.</translation>
    </message>
    <message>
        <source>rua is set, but no destination will receive reports (not authorized or no MX).</source>
        <translation>rua est défini, mais aucune destination ne recevra de rapports (non autorisée ou sans MX).</translation>
    </message>
    <message>
        <source>No valid rua address.</source>
        <translation>Aucune adresse rua valide.</translation>
    </message>
    <message>
        <source>One-click unsubscribe, spam rate below 0.3%, forward and reverse DNS of sending IPs, TLS</source>
        <translation>Désabonnement en un clic, taux de spam sous 0,3 %, DNS direct et inverse des IP d&apos;envoi, TLS</translation>
    </message>
    <message>
        <source>Cannot be seen from the domain&apos;s DNS.</source>
        <translation>Impossible à voir depuis le DNS du domaine.</translation>
    </message>
    <message>
        <source>RFC 9989 (unknown to RFC 7489 receivers)</source>
        <translation>RFC 9989 (inconnu des destinataires RFC 7489)</translation>
    </message>
    <message>
        <source>RFC 7489 only (removed by RFC 9989)</source>
        <translation>RFC 7489 uniquement (supprimé par RFC 9989)</translation>
    </message>
    <message>
        <source>not a policy: receivers ignore this value</source>
        <translation>pas une politique&#xa0;: les destinataires ignorent cette valeur</translation>
    </message>
    <message>
        <source>Mail from %1 that fails DMARC is %2.</source>
        <translation>Le courrier de %1 en échec DMARC est %2.</translation>
    </message>
    <message>
        <source>Marks the TXT record as a DMARC record (version 1).</source>
        <translation>Marque l&apos;enregistrement TXT comme enregistrement DMARC (version 1).</translation>
    </message>
    <message>
        <source>subdomains of %1</source>
        <translation>sous-domaines de %1</translation>
    </message>
    <message>
        <source>subdomains of %1 that do not exist</source>
        <translation>sous-domaines inexistants de %1</translation>
    </message>
    <message>
        <source>This domain is a public suffix (like a registry): names under it are separate organizations.</source>
        <translation>Ce domaine est un suffixe public (comme un registre)&#xa0;: les noms en dessous sont des organisations distinctes.</translation>
    </message>
    <message>
        <source>This domain is an organizational domain: the tree walk stops here.</source>
        <translation>Ce domaine est un domaine organisationnel&#xa0;: le parcours de l&apos;arborescence s&apos;arrête ici.</translation>
    </message>
    <message>
        <source>Not stated: the tree walk decides where the organization starts.</source>
        <translation>Non indiqué&#xa0;: le parcours de l&apos;arborescence détermine où commence l&apos;organisation.</translation>
    </message>
    <message>
        <source>Testing: RFC 9989 receivers apply one level less (reject acts as quarantine, quarantine as none).</source>
        <translation>Test&#xa0;: les destinataires RFC 9989 appliquent un niveau de moins (reject agit comme quarantine, quarantine comme none).</translation>
    </message>
    <message>
        <source>The policy is enforced as written.</source>
        <translation>La politique est appliquée telle qu&apos;écrite.</translation>
    </message>
    <message>
        <source>Strict DKIM alignment: the signing domain (d=) must equal the From domain exactly; d=mail.%1 does not align with From: %1.</source>
        <translation>Alignement DKIM strict&#xa0;: le domaine signataire (d=) doit être exactement le domaine From&#xa0;; d=mail.%1 n&apos;est pas aligné avec From: %1.</translation>
    </message>
    <message>
        <source>Relaxed DKIM alignment: a signature by any name in the same organization aligns; d=mail.%1 aligns with From: %1.</source>
        <translation>Alignement DKIM souple&#xa0;: une signature par n&apos;importe quel nom de la même organisation est alignée&#xa0;; d=mail.%1 est aligné avec From: %1.</translation>
    </message>
    <message>
        <source>Strict SPF alignment: the envelope sender (Return-Path) domain must equal the From domain; bounce.%1 does not align with From: %1.</source>
        <translation>Alignement SPF strict&#xa0;: le domaine de l&apos;expéditeur d&apos;enveloppe (Return-Path) doit être le domaine From&#xa0;; bounce.%1 n&apos;est pas aligné avec From: %1.</translation>
    </message>
    <message>
        <source>Relaxed SPF alignment: an envelope sender in the same organization aligns; bounce.%1 aligns with From: %1.</source>
        <translation>Alignement SPF souple&#xa0;: un expéditeur d&apos;enveloppe de la même organisation est aligné&#xa0;; bounce.%1 est aligné avec From: %1.</translation>
    </message>
    <message>
        <source>when both SPF and DKIM fail alignment</source>
        <translation>quand SPF et DKIM échouent tous deux à l&apos;alignement</translation>
    </message>
    <message>
        <source>when either fails</source>
        <translation>quand l&apos;un des deux échoue</translation>
    </message>
    <message>
        <source>when a DKIM signature fails</source>
        <translation>quand une signature DKIM échoue</translation>
    </message>
    <message>
        <source>when SPF fails</source>
        <translation>quand SPF échoue</translation>
    </message>
    <message>
        <source>Failure reports are requested %1.</source>
        <translation>Les rapports d&apos;échec sont demandés %1.</translation>
    </message>
    <message>
        <source>by default (both fail)</source>
        <translation>par défaut (les deux échouent)</translation>
    </message>
    <message>
        <source>, or </source>
        <translation>, ou </translation>
    </message>
    <message>
        <source>Daily aggregate reports (who sent mail as the domain, what passed) go to: %1.</source>
        <translation>Les rapports agrégés quotidiens (qui a envoyé du courrier au nom du domaine, ce qui est passé) sont envoyés à&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Per-message failure reports go to: %1 (few receivers send them).</source>
        <translation>Les rapports d&apos;échec par message sont envoyés à&#xa0;: %1 (peu de destinataires en envoient).</translation>
    </message>
    <message>
        <source>RFC 7489 receivers apply the policy to %1% of failing mail; RFC 9989 receivers ignore it.</source>
        <translation>Les destinataires RFC 7489 appliquent la politique à %1 % du courrier en échec&#xa0;; les destinataires RFC 9989 l&apos;ignorent.</translation>
    </message>
    <message>
        <source>Format of failure reports (afrf); RFC 9989 receivers ignore it.</source>
        <translation>Format des rapports d&apos;échec (afrf)&#xa0;; les destinataires RFC 9989 l&apos;ignorent.</translation>
    </message>
    <message>
        <source>Asks for aggregate reports every %1 s (%2 h); most receivers send daily anyway.</source>
        <translation>Demande des rapports agrégés toutes les %1 s (%2 h)&#xa0;; la plupart des destinataires envoient quand même chaque jour.</translation>
    </message>
    <message>
        <source>Requested report interval; not a number here.</source>
        <translation>Intervalle de rapport demandé&#xa0;; ici ce n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Not a DMARC tag: receivers ignore it.</source>
        <translation>Pas une balise DMARC&#xa0;: les destinataires l&apos;ignorent.</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(obligatoire)</translation>
    </message>
    <message>
        <source>the value of p</source>
        <translation>la valeur de p</translation>
    </message>
    <message>
        <source>the value of sp, else p</source>
        <translation>la valeur de sp, sinon p</translation>
    </message>
    <message>
        <source>(none: no aggregate reports)</source>
        <translation>(aucune&#xa0;: pas de rapports agrégés)</translation>
    </message>
    <message>
        <source>(none: no failure reports)</source>
        <translation>(aucune&#xa0;: pas de rapports d&apos;échec)</translation>
    </message>
    <message>
        <source>none (with rua), else no DMARC</source>
        <translation>none (avec rua), sinon pas de DMARC</translation>
    </message>
    <message>
        <source>%1 publishes a DMARC record at %2, but receivers apply no DMARC with it: %3</source>
        <translation>%1 publie un enregistrement DMARC à %2, mais les destinataires n&apos;appliquent aucun DMARC avec&#xa0;: %3</translation>
    </message>
    <message>
        <source>Under RFC 7489: %1</source>
        <translation>Selon RFC 7489&#xa0;: %1</translation>
    </message>
    <message>
        <source>no DMARC at all</source>
        <translation>aucun DMARC du tout</translation>
    </message>
    <message>
        <source>; under RFC 7489 (Public Suffix List) the organizational domain is %1 instead of %2 (RFC 9989, DNS tree walk), so a name inside one but not the other aligns for some receivers only</source>
        <translation>&#xa0;; selon RFC 7489 (Public Suffix List), le domaine organisationnel est %1 au lieu de %2 (RFC 9989, parcours de l&apos;arborescence DNS), donc un nom situé dans l&apos;un mais pas dans l&apos;autre n&apos;est aligné que pour certains destinataires</translation>
    </message>
    <message>
        <source>_dmarc.%1 has no valid p (or an invalid sp/np) and no valid rua: receivers apply no DMARC with it.</source>
        <translation>_dmarc.%1 n&apos;a pas de p valide (ou a un sp/np invalide) et pas de rua valide&#xa0;: les destinataires n&apos;appliquent aucun DMARC avec.</translation>
    </message>
</context>
<context>
    <name>DmarcPolicyResolver</name>
    <message>
        <source>%1 does not exist (NXDOMAIN), so np=%2 from %3 applies</source>
        <translation>%1 n&apos;existe pas (NXDOMAIN), donc np=%2 de %3 s&apos;applique</translation>
    </message>
    <message>
        <source>%1 is below %2, so sp=%3 applies</source>
        <translation>%1 est sous %2, donc sp=%3 s&apos;applique</translation>
    </message>
    <message>
        <source>(the name does not exist, but the record has no np)</source>
        <translation>(le nom n&apos;existe pas, mais l&apos;enregistrement n&apos;a pas de np)</translation>
    </message>
    <message>
        <source>the record at %1 says p=%2</source>
        <translation>l&apos;enregistrement en %1 indique p=%2</translation>
    </message>
    <message>
        <source>%1 is below %2, which sets no sp, so p=%3 applies</source>
        <translation>%1 est sous %2, qui ne définit pas de sp, donc p=%3 s&apos;applique</translation>
    </message>
    <message>
        <source>t=y (testing) lowers it one level to %1</source>
        <translation>t=y (test) l&apos;abaisse d&apos;un niveau, à %1</translation>
    </message>
    <message>
        <source>pct=%1 is ignored (removed by RFC 9989)</source>
        <translation>pct=%1 est ignoré (supprimé par RFC 9989)</translation>
    </message>
    <message>
        <source>%1: failing mail is %2.</source>
        <translation>%1&#xa0;: le courrier en échec est %2.</translation>
    </message>
    <message>
        <source>%1 is below the organizational domain %2, so sp=%3 applies</source>
        <translation>%1 est sous le domaine organisationnel %2, donc sp=%3 s&apos;applique</translation>
    </message>
    <message>
        <source>%1 is below the organizational domain %2, which sets no sp, so p=%3 applies</source>
        <translation>%1 est sous le domaine organisationnel %2, qui ne définit pas de sp, donc p=%3 s&apos;applique</translation>
    </message>
    <message>
        <source>np is not part of RFC 7489 and is ignored</source>
        <translation>np ne fait pas partie de RFC 7489 et est ignoré</translation>
    </message>
    <message>
        <source>t is not part of RFC 7489 and is ignored</source>
        <translation>t ne fait pas partie de RFC 7489 et est ignoré</translation>
    </message>
    <message>
        <source>pct=0: no message is sampled, so every failing message gets %1</source>
        <translation>pct=0&#xa0;: aucun message n&apos;est échantillonné, donc chaque message en échec reçoit %1</translation>
    </message>
    <message>
        <source>pct=%1: %1% of failing messages get %2, the other %3% get %4</source>
        <translation>pct=%1&#xa0;: %1 % des messages en échec reçoivent %2, les %3 % restants reçoivent %4</translation>
    </message>
    <message>
        <source> (Shown: what most failing messages get.)</source>
        <translation> (Affiché&#xa0;: ce que reçoivent la plupart des messages en échec.)</translation>
    </message>
    <message>
        <source>DNS failed (%1): receivers defer or skip DMARC; the policy cannot be determined.</source>
        <translation>Échec DNS (%1)&#xa0;: les destinataires diffèrent ou sautent DMARC&#xa0;; la politique ne peut pas être déterminée.</translation>
    </message>
    <message>
        <source>No DMARC policy applies (%1): failing mail is delivered as if DMARC did not exist.</source>
        <translation>Aucune politique DMARC ne s&apos;applique (%1)&#xa0;: le courrier en échec est distribué comme si DMARC n&apos;existait pas.</translation>
    </message>
    <message>
        <source>an invalid p (p=%1)</source>
        <translation>un p invalide (p=%1)</translation>
    </message>
    <message>
        <source>no p tag</source>
        <translation>pas de tag p</translation>
    </message>
    <message>
        <source>an invalid sp (sp=%1)</source>
        <translation>un sp invalide (sp=%1)</translation>
    </message>
    <message>
        <source>an invalid np (np=%1)</source>
        <translation>un np invalide (np=%1)</translation>
    </message>
    <message>
        <source>RFC 9989 receivers (§4.10.1)</source>
        <translation>les destinataires RFC 9989 (§4.10.1)</translation>
    </message>
    <message>
        <source>RFC 7489 receivers (§6.6.3)</source>
        <translation>les destinataires RFC 7489 (§6.6.3)</translation>
    </message>
    <message>
        <source>The record at %1 has %2 and no valid rua address, so %3 apply no DMARC at all: failing mail is delivered as if DMARC did not exist.</source>
        <translation>L&apos;enregistrement à %1 a %2 et aucune adresse rua valide, donc %3 n&apos;appliquent aucun DMARC&#xa0;: le courrier en échec est distribué comme si DMARC n&apos;existait pas.</translation>
    </message>
    <message>
        <source>The record at %1 has %2; because rua holds a valid address %3 act as if it said p=none: failing mail is %4.</source>
        <translation>L&apos;enregistrement à %1 a %2&#xa0;; comme rua contient une adresse valide, %3 agissent comme s&apos;il indiquait p=none&#xa0;: le courrier en échec est %4.</translation>
    </message>
</context>
<context>
    <name>DmarcRecordParser</name>
    <message>
        <source>%1 has an empty entry (a comma at the end or two commas in a row)</source>
        <translation>%1 a une entrée vide (une virgule finale ou deux virgules consécutives)</translation>
    </message>
    <message>
        <source>receivers skip the empty entry</source>
        <translation>les destinataires ignorent l&apos;entrée vide</translation>
    </message>
    <message>
        <source>%1 destination &quot;%2&quot;: %3</source>
        <translation>%1, destination «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>receivers skip this destination; no %1 reports are sent to it</source>
        <translation>les destinataires ignorent cette destination&#xa0;; les rapports %1 n&apos;y sont pas envoyés</translation>
    </message>
    <message>
        <source>aggregate</source>
        <translation>agrégés</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>d&apos;échec</translation>
    </message>
    <message>
        <source>&quot;!%1&quot; is not a size limit (digits with an optional k, m, g or t); a literal &apos;!&apos; must be written %21</source>
        <translation>«&#xa0;!%1&#xa0;» n&apos;est pas une limite de taille (des chiffres suivis éventuellement de k, m, g ou t)&#xa0;; un «&#xa0;!&#xa0;» littéral doit s&apos;écrire %21</translation>
    </message>
    <message>
        <source>%1 destination &quot;%2&quot; carries the size limit &quot;!%3&quot;, which RFC 9990 no longer defines</source>
        <translation>%1, la destination «&#xa0;%2&#xa0;» porte la limite de taille «&#xa0;!%3&#xa0;», que RFC 9990 ne définit plus</translation>
    </message>
    <message>
        <source>RFC 7489 receivers skip reports larger than %1 for this destination; RFC 9989/9990 receivers ignore the suffix</source>
        <translation>les destinataires RFC 7489 n&apos;envoient pas à cette destination les rapports de plus de %1&#xa0;; les destinataires RFC 9989/9990 ignorent le suffixe</translation>
    </message>
    <message>
        <source>it has no URI scheme; write it as mailto:%1</source>
        <translation>elle n&apos;a pas de schéma d&apos;URI&#xa0;; écrivez-la mailto:%1</translation>
    </message>
    <message>
        <source>only mailto: destinations are used (RFC 9990 §3.2.1, RFC 9991); &quot;%1:&quot; is not</source>
        <translation>seules les destinations mailto: sont utilisées (RFC 9990 §3.2.1, RFC 9991)&#xa0;; «&#xa0;%1:&#xa0;» ne l&apos;est pas</translation>
    </message>
    <message>
        <source>the address contains white space</source>
        <translation>l&apos;adresse contient des espaces</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address (local-part@domain)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail (partie-locale@domaine)</translation>
    </message>
    <message>
        <source>the domain of &quot;%1&quot; is not valid: %2</source>
        <translation>le domaine de «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>it has a single label</source>
        <translation>il n&apos;a qu&apos;un seul label</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tag=value pair</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une paire balise=valeur</translation>
    </message>
    <message>
        <source>receivers ignore it</source>
        <translation>les destinataires l&apos;ignorent</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag name</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de balise valide</translation>
    </message>
    <message>
        <source>receivers ignore the tag</source>
        <translation>les destinataires ignorent la balise</translation>
    </message>
    <message>
        <source>the record has an empty tag (&quot;;;&quot; or &quot;; ;&quot;)</source>
        <translation>l&apos;enregistrement a une balise vide («&#xa0;;;&#xa0;» ou «&#xa0;;&#xa0;;&#xa0;»)</translation>
    </message>
    <message>
        <source>receivers skip it</source>
        <translation>les destinataires l&apos;ignorent</translation>
    </message>
    <message>
        <source>receivers discard the record: the domain is treated as having no DMARC record</source>
        <translation>les destinataires écartent l&apos;enregistrement&#xa0;: le domaine est traité comme n&apos;ayant pas d&apos;enregistrement DMARC</translation>
    </message>
    <message>
        <source>v=DMARC1 must be the first tag; here it is tag %1</source>
        <translation>v=DMARC1 doit être la première balise&#xa0;; ici c&apos;est la balise %1</translation>
    </message>
    <message>
        <source>the record has no v=DMARC1 tag</source>
        <translation>l&apos;enregistrement n&apos;a pas de balise v=DMARC1</translation>
    </message>
    <message>
        <source>v=%1 must be written exactly &quot;DMARC1&quot; (upper case)</source>
        <translation>v=%1 doit s&apos;écrire exactement «&#xa0;DMARC1&#xa0;» (en majuscules)</translation>
    </message>
    <message>
        <source>v=%1 is not a DMARC version; the only version is DMARC1</source>
        <translation>v=%1 n&apos;est pas une version de DMARC&#xa0;; la seule version est DMARC1</translation>
    </message>
    <message>
        <source>the record must start with v=DMARC1; here &quot;%1&quot; stands before it</source>
        <translation>l&apos;enregistrement doit commencer par v=DMARC1&#xa0;; ici «&#xa0;%1&#xa0;» le précède</translation>
    </message>
    <message>
        <source>the record starts with white space before v=DMARC1</source>
        <translation>l&apos;enregistrement commence par des espaces avant v=DMARC1</translation>
    </message>
    <message>
        <source>most receivers accept it; strict ones discard records that do not start with &quot;v=DMARC1&quot;</source>
        <translation>la plupart des destinataires l&apos;acceptent&#xa0;; les plus stricts écartent les enregistrements qui ne commencent pas par «&#xa0;v=DMARC1&#xa0;»</translation>
    </message>
    <message>
        <source>the tag %1 appears more than once (&quot;%1=%2&quot; repeats it)</source>
        <translation>la balise %1 apparaît plusieurs fois («&#xa0;%1=%2&#xa0;» la répète)</translation>
    </message>
    <message>
        <source>the tag-list rules (RFC 6376 §3.2) make the whole record invalid; receivers differ: some discard the record, most keep the first value, some the last. Mailsight reads the first</source>
        <translation>les règles des listes de balises (RFC 6376 §3.2) rendent tout l&apos;enregistrement invalide&#xa0;; les destinataires divergent&#xa0;: certains écartent l&apos;enregistrement, la plupart gardent la première valeur, certains la dernière. Mailsight lit la première</translation>
    </message>
    <message>
        <source>the tag name &quot;%1&quot; is not lower case</source>
        <translation>le nom de balise «&#xa0;%1&#xa0;» n&apos;est pas en minuscules</translation>
    </message>
    <message>
        <source>%1 has no value; allowed: %2</source>
        <translation>%1 n&apos;a pas de valeur&#xa0;; valeurs admises&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1=%2 is not valid; allowed: %3</source>
        <translation>%1=%2 n&apos;est pas valide&#xa0;; valeurs admises&#xa0;: %3</translation>
    </message>
    <message>
        <source>fo holds &quot;%1&quot;, which is not an option (0, 1, d, s separated by &apos;:&apos;)</source>
        <translation>fo contient «&#xa0;%1&#xa0;», qui n&apos;est pas une option (0, 1, d, s séparées par «&#xa0;:&#xa0;»)</translation>
    </message>
    <message>
        <source>receivers ignore the unknown options and use the others</source>
        <translation>les destinataires ignorent les options inconnues et utilisent les autres</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>receivers send no %1 reports</source>
        <translation>les destinataires n&apos;envoient pas de rapports %1</translation>
    </message>
    <message>
        <source>RFC 7489 receivers use pct=100; RFC 9989 receivers ignore pct anyway</source>
        <translation>les destinataires RFC 7489 utilisent pct=100&#xa0;; les destinataires RFC 9989 ignorent pct de toute façon</translation>
    </message>
    <message>
        <source>pct=%1 was removed by RFC 9989</source>
        <translation>pct=%1 a été supprimé par RFC 9989</translation>
    </message>
    <message>
        <source>no effect under either reading</source>
        <translation>aucun effet, quelle que soit la lecture</translation>
    </message>
    <message>
        <source>RFC 7489 receivers apply the policy to %1% of failing messages and the next weaker policy to the rest; RFC 9989 receivers ignore pct and apply the policy to all of them</source>
        <translation>les destinataires RFC 7489 appliquent la politique à %1 % des messages en échec et la politique immédiatement plus faible au reste&#xa0;; les destinataires RFC 9989 ignorent pct et appliquent la politique à tous</translation>
    </message>
    <message>
        <source>RFC 7489 receivers use rf=afrf; RFC 9989 receivers ignore rf anyway</source>
        <translation>les destinataires RFC 7489 utilisent rf=afrf&#xa0;; les destinataires RFC 9989 ignorent rf de toute façon</translation>
    </message>
    <message>
        <source>rf was removed by RFC 9989</source>
        <translation>rf a été supprimé par RFC 9989</translation>
    </message>
    <message>
        <source>RFC 7489 receivers read it (afrf is the only format they know); RFC 9989 receivers ignore it: failure reports are always in the RFC 9991 format</source>
        <translation>les destinataires RFC 7489 le lisent (afrf est le seul format qu&apos;ils connaissent)&#xa0;; les destinataires RFC 9989 l&apos;ignorent&#xa0;: les rapports d&apos;échec sont toujours au format RFC 9991</translation>
    </message>
    <message>
        <source>RFC 7489 receivers use ri=86400 (one day); RFC 9989 receivers ignore ri anyway</source>
        <translation>les destinataires RFC 7489 utilisent ri=86400 (un jour)&#xa0;; les destinataires RFC 9989 ignorent ri de toute façon</translation>
    </message>
    <message>
        <source>ri=%1 was removed by RFC 9989</source>
        <translation>ri=%1 a été supprimé par RFC 9989</translation>
    </message>
    <message>
        <source>RFC 7489 receivers may honour it (most send daily regardless); RFC 9989 receivers ignore it and send daily reports</source>
        <translation>les destinataires RFC 7489 peuvent le respecter (la plupart envoient quand même chaque jour)&#xa0;; les destinataires RFC 9989 l&apos;ignorent et envoient des rapports quotidiens</translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (vouliez-vous dire «&#xa0;%1&#xa0;»&#xa0;?)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DMARC tag%2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une balise DMARC%2</translation>
    </message>
    <message>
        <source>the record has no p tag</source>
        <translation>l&apos;enregistrement n&apos;a pas de balise p</translation>
    </message>
    <message>
        <source>p is not the second tag; RFC 7489&apos;s grammar puts it right after v</source>
        <translation>p n&apos;est pas la deuxième balise&#xa0;; la grammaire de RFC 7489 la place juste après v</translation>
    </message>
    <message>
        <source>receivers accept any order; a few strict RFC 7489 parsers do not</source>
        <translation>les destinataires acceptent n&apos;importe quel ordre&#xa0;; quelques analyseurs RFC 7489 stricts non</translation>
    </message>
    <message>
        <source>tag names are case-insensitive (the ABNF of RFC 9989 §4.8 and RFC 7489 §6.4 writes them as quoted strings): receivers read &quot;%1&quot; as &quot;%2&quot;; lower case is the usual spelling</source>
        <translation>les noms de tags ne sont pas sensibles à la casse (l&apos;ABNF de RFC 9989 §4.8 et RFC 7489 §6.4 les écrit comme chaînes entre guillemets)&#xa0;: les destinataires lisent «&#xa0;%1&#xa0;» comme «&#xa0;%2&#xa0;»&#xa0;; les minuscules sont l&apos;écriture habituelle</translation>
    </message>
    <message>
        <source>RFC 9989 receivers act as if the record said p=none when rua holds a valid address, and otherwise apply no DMARC at all (§4.10.1); RFC 7489 receivers do not know np and ignore it</source>
        <translation>les destinataires RFC 9989 agissent comme si l&apos;enregistrement indiquait p=none quand rua contient une adresse valide, et sinon n&apos;appliquent aucun DMARC (§4.10.1)&#xa0;; les destinataires RFC 7489 ne connaissent pas np et l&apos;ignorent</translation>
    </message>
    <message>
        <source>receivers of both RFCs act as if the record said p=none when rua holds a valid address, and otherwise apply no DMARC at all (RFC 9989 §4.10.1, RFC 7489 §6.6.3)</source>
        <translation>les destinataires des deux RFC agissent comme si l&apos;enregistrement indiquait p=none quand rua contient une adresse valide, et sinon n&apos;appliquent aucun DMARC (RFC 9989 §4.10.1, RFC 7489 §6.6.3)</translation>
    </message>
    <message>
        <source>rua holds a valid address, so receivers of both RFCs act as if it said p=none (RFC 9989 §4.10.1, RFC 7489 §6.6.3)</source>
        <translation>rua contient une adresse valide, donc les destinataires des deux RFC agissent comme s&apos;il indiquait p=none (RFC 9989 §4.10.1, RFC 7489 §6.6.3)</translation>
    </message>
    <message>
        <source>rua holds no valid address either, so receivers of both RFCs apply no DMARC at all (RFC 9989 §4.10.1, RFC 7489 §6.6.3)</source>
        <translation>rua ne contient pas non plus d&apos;adresse valide, donc les destinataires des deux RFC n&apos;appliquent aucun DMARC (RFC 9989 §4.10.1, RFC 7489 §6.6.3)</translation>
    </message>
</context>
<context>
    <name>DmarcTab</name>
    <message>
        <source>Protected</source>
        <translation>Protégé</translation>
    </message>
    <message>
        <source>Partly protected</source>
        <translation>Partiellement protégé</translation>
    </message>
    <message>
        <source>Monitoring only</source>
        <translation>Surveillance seulement</translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation>Non protégé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>unknown (DNS failed)</source>
        <translation>inconnu (échec DNS)</translation>
    </message>
    <message>
        <source>none (no DMARC)</source>
        <translation>aucune (pas de DMARC)</translation>
    </message>
    <message>
        <source>&amp;Try</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Enter a domain and press Audit to read its DMARC policy.</source>
        <translation>Saisissez un domaine et cliquez sur Auditer pour lire sa politique DMARC.</translation>
    </message>
    <message>
        <source>a From subdomain, e.g. newsletter or billing.example.com</source>
        <translation>un sous-domaine From, p. ex. newsletter ou billing.example.com</translation>
    </message>
    <message>
        <source>Which policy applies to mail whose From address is in this subdomain</source>
        <translation>Quelle politique s&apos;applique au courrier dont l&apos;adresse From est dans ce sous-domaine</translation>
    </message>
    <message>
        <source>Mail &amp;from:</source>
        <translation>Courrier &amp;From&#xa0;:</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de domaine&#xa0;: %2</translation>
    </message>
    <message>
        <source>Showing the policy for mail From: …@%1</source>
        <translation>Politique affichée pour le courrier From: …@%1</translation>
    </message>
    <message>
        <source>Reading the DMARC policy for %1…</source>
        <translation>Lecture de la politique DMARC de %1…</translation>
    </message>
    <message>
        <source>DMARC: %1</source>
        <translation>DMARC&#xa0;: %1</translation>
    </message>
    <message>
        <source>How receivers read it</source>
        <translation>Comment les destinataires la lisent</translation>
    </message>
    <message>
        <source>RFC 9989 and RFC 7489 receivers agree:</source>
        <translation>Les destinataires RFC 9989 et RFC 7489 sont d&apos;accord&#xa0;:</translation>
    </message>
    <message>
        <source>Policy applied</source>
        <translation>Politique appliquée</translation>
    </message>
    <message>
        <source>Record used</source>
        <translation>Enregistrement utilisé</translation>
    </message>
    <message>
        <source>Organizational domain</source>
        <translation>Domaine organisationnel</translation>
    </message>
    <message>
        <source>Public Suffix List</source>
        <translation>Public Suffix List</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>DKIM alignment: </source>
        <translation>Alignement DKIM&#xa0;: </translation>
    </message>
    <message>
        <source>SPF alignment: </source>
        <translation>Alignement SPF&#xa0;: </translation>
    </message>
    <message>
        <source>Report destinations</source>
        <translation>Destinations des rapports</translation>
    </message>
    <message>
        <source>None: no rua or ruf address.</source>
        <translation>Aucune&#xa0;: pas d&apos;adresse rua ni ruf.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Balise</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Autorisée</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>authorized</source>
        <translation>autorisée</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>non autorisée</translation>
    </message>
    <message>
        <source>Roll-out, step by step</source>
        <translation>Déploiement, étape par étape</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>étape suivante</translation>
    </message>
    <message>
        <source>later</source>
        <translation>plus tard</translation>
    </message>
    <message>
        <source>Before this step: </source>
        <translation>Avant cette étape&#xa0;: </translation>
    </message>
    <message>
        <source>Bulk-sender checklist</source>
        <translation>Liste de contrôle des expéditeurs en masse</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Rempli</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non rempli</translation>
    </message>
    <message>
        <source>Cannot be seen from DNS</source>
        <translation>Invisible depuis le DNS</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation>Correction&#xa0;: </translation>
    </message>
    <message>
        <source>DMARC record</source>
        <translation>Enregistrement DMARC</translation>
    </message>
    <message>
        <source>DMARC tags</source>
        <translation>Balises DMARC</translation>
    </message>
    <message>
        <source>DMARC details: readings, report destinations, roll-out, checklist</source>
        <translation>Détails DMARC&#xa0;: lectures, destinations des rapports, déploiement, liste de contrôle</translation>
    </message>
</context>
<context>
    <name>DmarcTagModel</name>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Balise</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Default if absent</source>
        <translation>Valeur par défaut si absent</translation>
    </message>
    <message>
        <source>Defined by</source>
        <translation>Défini par</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>DmarcTreeWalk</name>
    <message>
        <source>the record at %1 says psd=n</source>
        <translation>l&apos;enregistrement en %1 indique psd=n</translation>
    </message>
    <message>
        <source>the record at %1 says psd=y (a public suffix domain): the organizational domain is one label below it</source>
        <translation>l&apos;enregistrement en %1 indique psd=y (un domaine de suffixe public)&#xa0;: le domaine organisationnel est un niveau en dessous</translation>
    </message>
    <message>
        <source>the record with the fewest labels on the tree walk is at %1</source>
        <translation>l&apos;enregistrement ayant le moins de labels sur le parcours de l&apos;arborescence est en %1</translation>
    </message>
    <message>
        <source>no record on the tree walk: %1 is its own organizational domain</source>
        <translation>aucun enregistrement sur le parcours de l&apos;arborescence&#xa0;: %1 est son propre domaine organisationnel</translation>
    </message>
    <message>
        <source> (a query of the walk failed: the organizational domain may lie higher)</source>
        <translation> (une requête du parcours a échoué&#xa0;: le domaine organisationnel peut se situer plus haut)</translation>
    </message>
</context>
<context>
    <name>DnsName</name>
    <message>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <source>the name contains white space</source>
        <translation>le nom contient des espaces</translation>
    </message>
    <message>
        <source>the character &apos;%1&apos; is not allowed in a domain name (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only)</source>
        <translation>le caractère «&#xa0;%1&#xa0;» n&apos;est pas autorisé dans un nom de domaine (lettres, chiffres, «&#xa0;-&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;.&#xa0;» uniquement)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be converted to an internationalised domain name (IDNA)</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être converti en nom de domaine internationalisé (IDNA)</translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; starts or ends with a hyphen</source>
        <translation>le label «&#xa0;%1&#xa0;» commence ou se termine par un tiret</translation>
    </message>
    <message>
        <source>the name has an empty label (two dots in a row, or a leading dot)</source>
        <translation>le nom a un label vide (deux points consécutifs, ou un point initial)</translation>
    </message>
    <message>
        <source>the label &quot;%1…&quot; is %2 bytes long; a DNS label is at most 63 bytes (RFC 1035 §2.3.4)</source>
        <translation>le label «&#xa0;%1…&#xa0;» fait %2 octets&#xa0;; un label DNS fait au plus 63 octets (RFC 1035 §2.3.4)</translation>
    </message>
    <message>
        <source>the name is %1 bytes long; a domain name is at most 253 bytes (RFC 1035 §2.3.4)</source>
        <translation>le nom fait %1 octets&#xa0;; un nom de domaine fait au plus 253 octets (RFC 1035 §2.3.4)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IP address, not a domain name: give the domain instead (the address&apos;s own name is found by a PTR query for %2)</source>
        <translation>«&#xa0;%1&#xa0;» est une adresse IP, pas un nom de domaine&#xa0;: indiquez plutôt le domaine (le nom propre de l&apos;adresse se trouve par une requête PTR pour %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an address literal, not a domain name: give the domain instead</source>
        <translation>«&#xa0;%1&#xa0;» est un littéral d&apos;adresse, pas un nom de domaine&#xa0;: indiquez plutôt le domaine</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name: its last label &quot;%2&quot; is all digits, which no top-level domain is (RFC 3696 §2); an IP address is not accepted where a domain is</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de domaine&#xa0;: son dernier label «&#xa0;%2&#xa0;» n&apos;est composé que de chiffres, ce qu&apos;aucun domaine de premier niveau n&apos;est (RFC 3696 §2)&#xa0;; une adresse IP n&apos;est pas acceptée là où un domaine est attendu</translation>
    </message>
</context>
<context>
    <name>DnsOutcome</name>
    <message>
        <source>answer</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>NODATA: the name exists but has no record of this type</source>
        <translation>NODATA&#xa0;: le nom existe mais n&apos;a pas d&apos;enregistrement de ce type</translation>
    </message>
    <message>
        <source>NXDOMAIN: the name does not exist</source>
        <translation>NXDOMAIN&#xa0;: le nom n&apos;existe pas</translation>
    </message>
    <message>
        <source>SERVFAIL: the server could not answer (not the same as no record)</source>
        <translation>SERVFAIL&#xa0;: le serveur n&apos;a pas pu répondre (ce n&apos;est pas une absence d&apos;enregistrement)</translation>
    </message>
    <message>
        <source>REFUSED: the server refused to answer</source>
        <translation>REFUSED&#xa0;: le serveur a refusé de répondre</translation>
    </message>
    <message>
        <source>timeout: no answer within the time limit (not the same as no record)</source>
        <translation>délai dépassé&#xa0;: aucune réponse dans le temps imparti (ce n&apos;est pas une absence d&apos;enregistrement)</translation>
    </message>
    <message>
        <source>network error: the server could not be reached</source>
        <translation>erreur réseau&#xa0;: le serveur est injoignable</translation>
    </message>
    <message>
        <source>format error: the reply was malformed or did not match the question</source>
        <translation>erreur de format&#xa0;: la réponse était malformée ou ne correspondait pas à la question</translation>
    </message>
    <message>
        <source>invalid name: not asked</source>
        <translation>nom invalide&#xa0;: non interrogé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>CNAME loop or chain too long: the aliases never reach a record (not the same as no record)</source>
        <translation>boucle CNAME ou chaîne trop longue&#xa0;: les alias n&apos;atteignent jamais d&apos;enregistrement (ce n&apos;est pas la même chose qu&apos;aucun enregistrement)</translation>
    </message>
</context>
<context>
    <name>DnsSession</name>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>DnsTab</name>
    <message>
        <source>Chain of trust (DNSSEC)</source>
        <translation>Chaîne de confiance (DNSSEC)</translation>
    </message>
    <message>
        <source>Every authoritative server</source>
        <translation>Chaque serveur faisant autorité</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Listes de blocage</translation>
    </message>
    <message>
        <source>DNS trust details</source>
        <translation>Détails de la confiance DNS</translation>
    </message>
    <message>
        <source>DNS trust</source>
        <translation>Confiance DNS</translation>
    </message>
    <message>
        <source>Audit a domain to see whether its DNS can be trusted.</source>
        <translation>Auditez un domaine pour savoir si son DNS est digne de confiance.</translation>
    </message>
    <message>
        <source>No audit yet.</source>
        <translation>Pas encore d&apos;audit.</translation>
    </message>
    <message>
        <source>Checking %1: DNSSEC, every authoritative server and the blocklists, once the other checks are done…</source>
        <translation>Vérification de %1 : DNSSEC, chaque serveur faisant autorité et les listes de blocage, une fois les autres vérifications terminées…</translation>
    </message>
    <message>
        <source>The audit was cancelled before this check ran.</source>
        <translation>L&apos;audit a été annulé avant cette vérification.</translation>
    </message>
    <message>
        <source>The audit ran out of time before this check finished.</source>
        <translation>Le temps de l&apos;audit s&apos;est écoulé avant la fin de cette vérification.</translation>
    </message>
    <message>
        <source>Not part of this audit (left out in the settings or on the command line).</source>
        <translation>Ne fait pas partie de cet audit (exclu dans les réglages ou sur la ligne de commande).</translation>
    </message>
    <message>
        <source>%1: the audit was cancelled.</source>
        <translation>%1 : l&apos;audit a été annulé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n problem(s) that break trust in the DNS</source>
        <translation>
            <numerusform>%1 %2 : %n problème qui rompt la confiance dans le DNS</numerusform>
            <numerusform>%1 %2 : %n problèmes qui rompent la confiance dans le DNS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n warning(s).</source>
        <translation>
            <numerusform>, et %n avertissement.</numerusform>
            <numerusform>, et %n avertissements.</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n warning(s) about the DNS.</source>
        <translation>
            <numerusform>%1 %2 : %n avertissement sur le DNS.</numerusform>
            <numerusform>%1 %2 : %n avertissements sur le DNS.</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ %1: no problem found with DNSSEC, the servers or the blocklists checked.</source>
        <translation>✔ %1 : aucun problème trouvé avec DNSSEC, les serveurs ou les listes de blocage vérifiées.</translation>
    </message>
</context>
<context>
    <name>DnsTrustSectionHtml</name>
    <message>
        <source>Not part of this audit.</source>
        <translation>Ne fait pas partie de cet audit.</translation>
    </message>
    <message>
        <source>Chain of trust (DNSSEC)</source>
        <translation>Chaîne de confiance (DNSSEC)</translation>
    </message>
    <message>
        <source>Every authoritative server</source>
        <translation>Chaque serveur faisant autorité</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Listes de blocage</translation>
    </message>
    <message>
        <source>Can the DNS of %1 be trusted</source>
        <translation>Le DNS de %1 est-il digne de confiance</translation>
    </message>
</context>
<context>
    <name>DnssecPanel</name>
    <message>
        <source>Secure</source>
        <translation>Sûr</translation>
    </message>
    <message>
        <source>Insecure (unsigned)</source>
        <translation>Non sécurisé (non signé)</translation>
    </message>
    <message>
        <source>Bogus</source>
        <translation>Invalide</translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <translation>Indéterminé</translation>
    </message>
    <message>
        <source>Names validated</source>
        <translation>Noms validés</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Chain of trust</source>
        <translation>Chaîne de confiance</translation>
    </message>
    <message>
        <source>delegates to</source>
        <translation>délègue à</translation>
    </message>
    <message>
        <source>Where the chain breaks: %1</source>
        <translation>Où la chaîne se rompt : %1</translation>
    </message>
    <message>
        <source>DNSSEC not checked yet.</source>
        <translation>DNSSEC pas encore vérifié.</translation>
    </message>
    <message>
        <source>Not validated: %1</source>
        <translation>Non validé : %1</translation>
    </message>
    <message>
        <source>every record checked is signed and its chain of trust is intact.</source>
        <translation>chaque enregistrement vérifié est signé et sa chaîne de confiance est intacte.</translation>
    </message>
    <message>
        <source>records are not signed: nothing proves they come from the domain&apos;s owner.</source>
        <translation>les enregistrements ne sont pas signés : rien ne prouve qu&apos;ils viennent du propriétaire du domaine.</translation>
    </message>
    <message>
        <source>signatures do not validate: validating resolvers cannot read these names.</source>
        <translation>les signatures ne se valident pas : les résolveurs validants ne peuvent pas lire ces noms.</translation>
    </message>
    <message>
        <source>the chain of trust could not be checked.</source>
        <translation>la chaîne de confiance n&apos;a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>Signing health:</source>
        <translation>État des signatures :</translation>
    </message>
    <message>
        <source>No DNSSEC findings.</source>
        <translation>Aucun constat DNSSEC.</translation>
    </message>
</context>
<context>
    <name>DnssecSectionHtml</name>
    <message>
        <source>Chain of trust</source>
        <translation>Chaîne de confiance</translation>
    </message>
    <message>
        <source>Names validated</source>
        <translation>Noms validés</translation>
    </message>
    <message>
        <source>Where the chain breaks: %1</source>
        <translation>Où la chaîne se rompt&#xa0;: %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>indeterminate</source>
        <translation>indéterminé</translation>
    </message>
    <message>
        <source>secure</source>
        <translation>sûr</translation>
    </message>
    <message>
        <source>insecure (unsigned)</source>
        <translation>non sécurisé (non signé)</translation>
    </message>
    <message>
        <source>bogus</source>
        <translation>invalide (bogus)</translation>
    </message>
    <message>
        <source>DNSSEC was not validated: %1.</source>
        <translation>DNSSEC n&apos;a pas été validé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Every record checked is signed and its chain of trust from the root is intact.</source>
        <translation>Chaque enregistrement vérifié est signé et sa chaîne de confiance depuis la racine est intacte.</translation>
    </message>
    <message>
        <source>Records are not signed: nothing proves they come from the domain&apos;s owner, and senders ignore DANE (TLSA) records.</source>
        <translation>Les enregistrements ne sont pas signés&#xa0;: rien ne prouve qu&apos;ils viennent du propriétaire du domaine, et les expéditeurs ignorent les enregistrements DANE (TLSA).</translation>
    </message>
    <message>
        <source>Signatures do not validate: validating resolvers answer SERVFAIL for these names, so mail and its authentication fail for their users.</source>
        <translation>Les signatures ne se valident pas&#xa0;: les résolveurs validants répondent SERVFAIL pour ces noms, donc le courrier et son authentification échouent pour leurs utilisateurs.</translation>
    </message>
    <message>
        <source>The chain of trust could not be checked (a lookup failed).</source>
        <translation>La chaîne de confiance n&apos;a pas pu être vérifiée (une requête a échoué).</translation>
    </message>
    <message>
        <source>Trust anchor: %1</source>
        <translation>Ancre de confiance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signing health</source>
        <translation>Santé de la signature</translation>
    </message>
    <message>
        <source>DNSSEC findings</source>
        <translation>Constats DNSSEC</translation>
    </message>
    <message>
        <source>No name was validated.</source>
        <translation>Aucun nom n&apos;a été validé.</translation>
    </message>
    <message>
        <source>Names (types)</source>
        <translation>Noms (types)</translation>
    </message>
    <message>
        <source>%1 more names were not validated.</source>
        <translation>%1 autres noms n&apos;ont pas été validés.</translation>
    </message>
</context>
<context>
    <name>DomainBar</name>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>Domain to audit</source>
        <translation>Domaine à auditer</translation>
    </message>
    <message>
        <source>example.com, bücher.example, …</source>
        <translation>example.com, bücher.example, …</translation>
    </message>
    <message>
        <source>The domain to audit (Ctrl+L). Enter starts the audit.</source>
        <translation>Le domaine à auditer (Ctrl+L). Entrée lance l&apos;audit.</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>A&amp;uditer</translation>
    </message>
    <message>
        <source>Read the domain&apos;s records and check them (Enter)</source>
        <translation>Lire les enregistrements du domaine et les vérifier (Entrée)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>Stop the running audit (Esc)</source>
        <translation>Arrêter l&apos;audit en cours (Échap)</translation>
    </message>
    <message>
        <source>Audit progress</source>
        <translation>Progression de l&apos;audit</translation>
    </message>
    <message>
        <source>%v of %m checks</source>
        <translation>%v vérifications sur %m</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>The DMARC policy is weaker than the expectations file requires</source>
        <translation>La politique DMARC est plus faible que ce qu&apos;exige le fichier d&apos;attentes</translation>
    </message>
    <message>
        <source>The team&apos;s expectations file asks for a minimum DMARC policy (none &lt; quarantine &lt; reject). The policy a receiver applies for this domain is weaker, so spoofed mail is treated more leniently than agreed.</source>
        <translation>Le fichier d&apos;attentes de l&apos;équipe demande une politique DMARC minimale (none &lt; quarantine &lt; reject). La politique qu&apos;un destinataire applique à ce domaine est plus faible&#xa0;: le courrier usurpé est donc traité avec plus d&apos;indulgence que convenu.</translation>
    </message>
    <message>
        <source>Publish the agreed policy (p=) at _dmarc.&lt;domain&gt;, or change the expectation in the file through review if the weaker policy is intended.</source>
        <translation>Publiez la politique convenue (p=) en _dmarc.&lt;domaine&gt;, ou modifiez l&apos;attente dans le fichier après revue si la politique plus faible est voulue.</translation>
    </message>
    <message>
        <source>DMARC aggregate reports are required but not requested</source>
        <translation>Les rapports agrégés DMARC sont exigés mais pas demandés</translation>
    </message>
    <message>
        <source>The expectations file requires an rua= report address, and the DMARC record has none (or none that is authorised). Without reports nobody sees who sends mail in the domain&apos;s name.</source>
        <translation>Le fichier d&apos;attentes exige une adresse de rapport rua=, et l&apos;enregistrement DMARC n&apos;en a pas (ou aucune autorisée). Sans rapports, personne ne voit qui envoie du courrier au nom du domaine.</translation>
    </message>
    <message>
        <source>Add rua=mailto:&lt;mailbox&gt; to the DMARC record; for an external mailbox publish its authorisation record.</source>
        <translation>Ajoutez rua=mailto:&lt;boîte&gt; à l&apos;enregistrement DMARC&#xa0;; pour une boîte externe, publiez son enregistrement d&apos;autorisation.</translation>
    </message>
    <message>
        <source>SPF needs more DNS lookups than the expectations file allows</source>
        <translation>SPF demande plus de requêtes DNS que ne l&apos;autorise le fichier d&apos;attentes</translation>
    </message>
    <message>
        <source>The team set a lookup budget below the RFC limit of 10 so that a provider adding an include does not break SPF overnight. The expanded record needs more lookups than that budget.</source>
        <translation>L&apos;équipe a fixé un budget de requêtes inférieur à la limite de 10 de la RFC, pour qu&apos;un fournisseur qui ajoute un include ne casse pas SPF du jour au lendemain. L&apos;enregistrement développé demande plus de requêtes que ce budget.</translation>
    </message>
    <message>
        <source>Remove unused includes, replace a/mx terms with ip4/ip6 ranges, or raise the budget in the expectations file through review.</source>
        <translation>Retirez les include inutilisés, remplacez les termes a/mx par des plages ip4/ip6, ou relevez le budget dans le fichier d&apos;attentes après revue.</translation>
    </message>
    <message>
        <source>SPF includes a domain the expectations file does not allow</source>
        <translation>SPF inclut un domaine que le fichier d&apos;attentes n&apos;autorise pas</translation>
    </message>
    <message>
        <source>Every include: authorises another organisation to send mail as this domain. The expectations file lists the allowed ones; this include is not among them.</source>
        <translation>Chaque include: autorise une autre organisation à envoyer du courrier au nom de ce domaine. Le fichier d&apos;attentes liste ceux qui sont admis&#xa0;; cet include n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <source>Remove the include, or add it to allowedIncludes in the expectations file through review.</source>
        <translation>Retirez l&apos;include, ou ajoutez-le à allowedIncludes dans le fichier d&apos;attentes après revue.</translation>
    </message>
    <message>
        <source>An expected DKIM selector publishes no key</source>
        <translation>Un sélecteur DKIM attendu ne publie aucune clé</translation>
    </message>
    <message>
        <source>The expectations file names the selectors the domain signs with. No DKIM key record was found at this one, so mail signed with it fails DKIM.</source>
        <translation>Le fichier d&apos;attentes nomme les sélecteurs avec lesquels le domaine signe. Aucun enregistrement de clé DKIM n&apos;a été trouvé pour celui-ci&#xa0;: le courrier signé avec lui échoue à DKIM.</translation>
    </message>
    <message>
        <source>Publish the key at &lt;selector&gt;._domainkey.&lt;domain&gt;, or remove the selector from the expectations file if it was retired.</source>
        <translation>Publiez la clé en &lt;sélecteur&gt;._domainkey.&lt;domaine&gt;, ou retirez le sélecteur du fichier d&apos;attentes s&apos;il n&apos;est plus utilisé.</translation>
    </message>
    <message>
        <source>A DKIM key is smaller than the expectations file requires</source>
        <translation>Une clé DKIM est plus courte que ce qu&apos;exige le fichier d&apos;attentes</translation>
    </message>
    <message>
        <source>The team requires RSA keys of at least this many bits; this selector publishes a smaller one. Ed25519 keys are exempt.</source>
        <translation>L&apos;équipe exige des clés RSA d&apos;au moins ce nombre de bits&#xa0;; ce sélecteur en publie une plus courte. Les clés Ed25519 sont exemptées.</translation>
    </message>
    <message>
        <source>Generate a larger key (mailsight-cli dkim keygen), publish it under a new selector, switch the signer, then revoke the old key.</source>
        <translation>Générez une clé plus longue (mailsight-cli dkim keygen), publiez-la sous un nouveau sélecteur, basculez le signataire, puis révoquez l&apos;ancienne clé.</translation>
    </message>
    <message>
        <source>A DKIM key is older than the expectations file allows</source>
        <translation>Une clé DKIM est plus ancienne que ne l&apos;autorise le fichier d&apos;attentes</translation>
    </message>
    <message>
        <source>The key&apos;s age counts from the first stored audit that saw it. Keys that live long are more likely to have leaked; the team agreed to rotate them.</source>
        <translation>L&apos;âge de la clé compte à partir du premier audit enregistré qui l&apos;a vue. Plus une clé vit longtemps, plus elle risque d&apos;avoir fuité&#xa0;; l&apos;équipe a convenu de les renouveler.</translation>
    </message>
    <message>
        <source>Rotate the key: publish a new selector, switch the signer, keep the old key until its mail has aged out, then publish it with an empty p=.</source>
        <translation>Renouvelez la clé&#xa0;: publiez un nouveau sélecteur, basculez le signataire, gardez l&apos;ancienne clé jusqu&apos;à ce que son courrier ait disparu, puis publiez-la avec un p= vide.</translation>
    </message>
    <message>
        <source>The audit of this domain did not finish in time</source>
        <translation>L&apos;audit de ce domaine ne s&apos;est pas terminé à temps</translation>
    </message>
    <message>
        <source>The domain&apos;s checks ran past the per-domain time bound and were stopped. Results that were not complete are not graded as missing.</source>
        <translation>Les vérifications du domaine ont dépassé la limite de temps par domaine et ont été arrêtées. Les résultats incomplets ne sont pas notés comme absents.</translation>
    </message>
    <message>
        <source>Run the audit again, raise --domain-timeout, or check the resolver.</source>
        <translation>Relancez l&apos;audit, augmentez --domain-timeout, ou vérifiez le résolveur.</translation>
    </message>
    <message>
        <source>The audit of this domain was cancelled</source>
        <translation>L’audit de ce domaine a été annulé</translation>
    </message>
    <message>
        <source>The batch was interrupted (Ctrl-C, SIGTERM) before this domain&apos;s checks were done: nothing about the domain was concluded, and the audit was not stored in the history.</source>
        <translation>Le lot a été interrompu (Ctrl-C, SIGTERM) avant la fin des vérifications de ce domaine : rien n’a été conclu sur le domaine, et l’audit n’a pas été enregistré dans l’historique.</translation>
    </message>
    <message>
        <source>Run the audit of this domain again.</source>
        <translation>Relancez l’audit de ce domaine.</translation>
    </message>
    <message>
        <source>No DKIM key was found at any selector tried</source>
        <translation>Aucune clé DKIM trouvée sous les sélecteurs essayés</translation>
    </message>
    <message>
        <source>DKIM keys live at &lt;selector&gt;._domainkey.&lt;domain&gt; and DNS offers no way to list selectors. None of the selectors tried (a list of common ones, the ones you named, and those read from your messages) holds a key. This does not prove the domain has no DKIM key: it may use a selector not on the list.</source>
        <translation>Les clés DKIM se trouvent en &lt;sélecteur&gt;._domainkey.&lt;domaine&gt; et le DNS ne permet pas de lister les sélecteurs. Aucun des sélecteurs essayés (une liste de sélecteurs courants, ceux que vous avez indiqués et ceux lus dans vos messages) ne contient de clé. Cela ne prouve pas que le domaine n&apos;a pas de clé DKIM&#xa0;: il peut utiliser un sélecteur absent de la liste.</translation>
    </message>
    <message>
        <source>Name the selector your mail server or provider signs with (--selector, or drop a message signed by it), or set up DKIM signing if there is none.</source>
        <translation>Indiquez le sélecteur avec lequel signe votre serveur de messagerie ou votre fournisseur (--selector, ou déposez un message signé par lui), ou mettez en place la signature DKIM s&apos;il n&apos;y en a pas.</translation>
    </message>
    <message>
        <source>A selector that was named or used in a message has no key</source>
        <translation>Un sélecteur indiqué ou utilisé dans un message n&apos;a pas de clé</translation>
    </message>
    <message>
        <source>The selector was named by you or appears in the s= tag of a message&apos;s DKIM-Signature, but DNS says no key record exists there (NXDOMAIN or no TXT record). Signatures made with it fail.</source>
        <translation>Le sélecteur a été indiqué par vous ou figure dans la balise s= de l&apos;en-tête DKIM-Signature d&apos;un message, mais le DNS indique qu&apos;aucun enregistrement de clé n&apos;y existe (NXDOMAIN ou pas d&apos;enregistrement TXT). Les signatures faites avec lui échouent.</translation>
    </message>
    <message>
        <source>Publish the key record at &lt;selector&gt;._domainkey.&lt;domain&gt;, or stop signing with that selector.</source>
        <translation>Publiez l&apos;enregistrement de clé en &lt;sélecteur&gt;._domainkey.&lt;domaine&gt;, ou cessez de signer avec ce sélecteur.</translation>
    </message>
    <message>
        <source>The RSA key is shorter than 1024 bits</source>
        <translation>La clé RSA fait moins de 1024 bits</translation>
    </message>
    <message>
        <source>Generate a 2048-bit RSA key (mailsight-cli dkim keygen), publish it at a new selector and switch the signer to it.</source>
        <translation>Générez une clé RSA de 2048 bits (mailsight-cli dkim keygen), publiez-la sous un nouveau sélecteur et basculez le signataire dessus.</translation>
    </message>
    <message>
        <source>The RSA key is shorter than 2048 bits</source>
        <translation>La clé RSA fait moins de 2048 bits</translation>
    </message>
    <message>
        <source>A 1024-bit RSA key is still accepted, but RFC 8301 asks signers for at least 2048 bits and 1024-bit keys are within reach of well-funded attackers.</source>
        <translation>Une clé RSA de 1024 bits est encore acceptée, mais RFC 8301 demande aux signataires au moins 2048 bits et les clés de 1024 bits sont à la portée d&apos;attaquants bien équipés.</translation>
    </message>
    <message>
        <source>Rotate to a 2048-bit RSA key at a new selector (mailsight-cli dkim keygen), then revoke the old one.</source>
        <translation>Passez à une clé RSA de 2048 bits sous un nouveau sélecteur (mailsight-cli dkim keygen), puis révoquez l&apos;ancienne.</translation>
    </message>
    <message>
        <source>The RSA key is larger than 4096 bits</source>
        <translation>La clé RSA fait plus de 4096 bits</translation>
    </message>
    <message>
        <source>Verifiers are only required to handle RSA keys from 1024 to 4096 bits; some reject larger keys, and the record may not fit in DNS replies comfortably.</source>
        <translation>Les vérificateurs ne sont tenus de gérer que les clés RSA de 1024 à 4096 bits&#xa0;; certains rejettent les clés plus longues, et l&apos;enregistrement peut avoir du mal à tenir dans les réponses DNS.</translation>
    </message>
    <message>
        <source>Use a 2048- or 3072-bit RSA key.</source>
        <translation>Utilisez une clé RSA de 2048 ou 3072 bits.</translation>
    </message>
    <message>
        <source>The RSA public exponent is unusually small</source>
        <translation>L&apos;exposant public RSA est anormalement petit</translation>
    </message>
    <message>
        <source>Public exponents below 65537 (such as 3) have a history of implementation attacks and are rejected by some libraries.</source>
        <translation>Les exposants publics inférieurs à 65537 (comme 3) ont un historique d&apos;attaques sur les implémentations et sont rejetés par certaines bibliothèques.</translation>
    </message>
    <message>
        <source>Generate a new key with the standard exponent 65537.</source>
        <translation>Générez une nouvelle clé avec l&apos;exposant standard 65537.</translation>
    </message>
    <message>
        <source>The key at this selector is revoked (empty p=)</source>
        <translation>La clé de ce sélecteur est révoquée (p= vide)</translation>
    </message>
    <message>
        <source>An empty p= tag means the key was withdrawn: every signature that names this selector fails. That is the right last step of a key rotation, and wrong if a signer still uses the selector.</source>
        <translation>Une balise p= vide signifie que la clé a été retirée&#xa0;: toute signature qui désigne ce sélecteur échoue. C&apos;est la bonne dernière étape d&apos;un renouvellement de clé, et une erreur si un signataire utilise encore le sélecteur.</translation>
    </message>
    <message>
        <source>Nothing to do if the selector is retired; otherwise publish the current public key or switch the signer to a live selector.</source>
        <translation>Rien à faire si le sélecteur n&apos;est plus utilisé&#xa0;; sinon, publiez la clé publique actuelle ou basculez le signataire sur un sélecteur actif.</translation>
    </message>
    <message>
        <source>The key record cannot be used</source>
        <translation>L&apos;enregistrement de clé est inutilisable</translation>
    </message>
    <message>
        <source>The record has a syntax error, an unknown key type, a public key that is not valid base64 or DER, or a version other than DKIM1. A verifier ignores such a record, so every signature made with this selector fails.</source>
        <translation>L&apos;enregistrement a une erreur de syntaxe, un type de clé inconnu, une clé publique qui n&apos;est pas du base64 ou du DER valide, ou une version autre que DKIM1. Un vérificateur ignore un tel enregistrement, donc toute signature faite avec ce sélecteur échoue.</translation>
    </message>
    <message>
        <source>Publish the record exactly as the signer generated it: v=DKIM1; k=rsa (or ed25519); p=&lt;base64 key&gt;. Check that long keys were split into strings without losing characters.</source>
        <translation>Publiez l&apos;enregistrement exactement tel que le signataire l&apos;a généré&#xa0;: v=DKIM1; k=rsa (ou ed25519); p=&lt;clé base64&gt;. Vérifiez que les clés longues ont été découpées en chaînes sans perte de caractères.</translation>
    </message>
    <message>
        <source>The key is in testing mode (t=y)</source>
        <translation>La clé est en mode test (t=y)</translation>
    </message>
    <message>
        <source>With t=y, receivers are asked to treat signatures as if unsigned; DMARC may still count them, but some receivers ignore DKIM results for such keys. It is often left on by mistake after setup.</source>
        <translation>Avec t=y, les destinataires sont invités à traiter les signatures comme si le message n&apos;était pas signé&#xa0;; DMARC peut encore les compter, mais certains destinataires ignorent les résultats DKIM de ces clés. Il est souvent laissé par erreur après la mise en place.</translation>
    </message>
    <message>
        <source>Remove t=y from the record once signing works.</source>
        <translation>Retirez t=y de l&apos;enregistrement une fois que la signature fonctionne.</translation>
    </message>
    <message>
        <source>The key may not sign for subdomains (t=s)</source>
        <translation>La clé ne peut pas signer pour les sous-domaines (t=s)</translation>
    </message>
    <message>
        <source>With t=s, the i= identity of a signature must be in exactly the signing domain, not a subdomain. Mail signed with i=@sub.&lt;domain&gt; and this key fails.</source>
        <translation>Avec t=s, l&apos;identité i= d&apos;une signature doit être exactement dans le domaine signataire, pas dans un sous-domaine. Le courrier signé avec i=@sub.&lt;domaine&gt; et cette clé échoue.</translation>
    </message>
    <message>
        <source>Keep t=s only if no signer uses a subdomain in i=.</source>
        <translation>Ne gardez t=s que si aucun signataire n&apos;utilise de sous-domaine dans i=.</translation>
    </message>
    <message>
        <source>The record carries the DomainKeys g= tag</source>
        <translation>L&apos;enregistrement porte la balise DomainKeys g=</translation>
    </message>
    <message>
        <source>g= comes from DomainKeys (RFC 4870) and limits which local parts may sign. RFC 6376 dropped it; current verifiers ignore it, old ones may enforce it.</source>
        <translation>g= vient de DomainKeys (RFC 4870) et limite les parties locales autorisées à signer. RFC 6376 l&apos;a abandonnée&#xa0;; les vérificateurs actuels l&apos;ignorent, les anciens peuvent l&apos;appliquer.</translation>
    </message>
    <message>
        <source>Remove g= from the record unless you rely on DomainKeys verifiers.</source>
        <translation>Retirez g= de l&apos;enregistrement, sauf si vous dépendez de vérificateurs DomainKeys.</translation>
    </message>
    <message>
        <source>SHA-1 is allowed or used</source>
        <translation>SHA-1 est autorisé ou utilisé</translation>
    </message>
    <message>
        <source>Sign with rsa-sha256 (or ed25519-sha256) and remove h=sha1 from the key record.</source>
        <translation>Signez avec rsa-sha256 (ou ed25519-sha256) et retirez h=sha1 de l&apos;enregistrement de clé.</translation>
    </message>
    <message>
        <source>Several TXT records at one selector</source>
        <translation>Plusieurs enregistrements TXT sous un même sélecteur</translation>
    </message>
    <message>
        <source>A selector must hold one key record. With several, verifiers may pick any of them or give up (RFC 6376 §3.6.2.2 leaves it open), so signatures fail unpredictably.</source>
        <translation>Un sélecteur doit contenir un seul enregistrement de clé. S&apos;il y en a plusieurs, les vérificateurs peuvent prendre n&apos;importe lequel ou abandonner (RFC 6376 §3.6.2.2 laisse la question ouverte)&#xa0;: les signatures échouent de façon imprévisible.</translation>
    </message>
    <message>
        <source>Delete every TXT record at the selector except the current key.</source>
        <translation>Supprimez tous les enregistrements TXT du sélecteur sauf la clé actuelle.</translation>
    </message>
    <message>
        <source>The selector is a CNAME that leads nowhere</source>
        <translation>Le sélecteur est un CNAME qui ne mène nulle part</translation>
    </message>
    <message>
        <source>The selector is delegated by CNAME (as cloud mail providers ask), but the target does not exist or holds no key. Signatures made with this selector fail; a dangling CNAME to a provider&apos;s namespace may also be claimed by someone else.</source>
        <translation>Le sélecteur est délégué par CNAME (comme le demandent les fournisseurs de messagerie en nuage), mais la cible n&apos;existe pas ou ne contient pas de clé. Les signatures faites avec ce sélecteur échouent&#xa0;; un CNAME orphelin vers l&apos;espace de noms d&apos;un fournisseur peut aussi être revendiqué par quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>Point the CNAME at the target your provider shows in its console, or delete it if the provider is no longer used.</source>
        <translation>Faites pointer le CNAME vers la cible que votre fournisseur indique dans sa console, ou supprimez-le si le fournisseur n&apos;est plus utilisé.</translation>
    </message>
    <message>
        <source>Every key found is Ed25519</source>
        <translation>Toutes les clés trouvées sont Ed25519</translation>
    </message>
    <message>
        <source>Ed25519 (RFC 8463) is sound, but some large receivers still do not verify it: mail signed only with Ed25519 counts as unsigned there and fails DMARC.</source>
        <translation>Ed25519 (RFC 8463) est solide, mais certains grands destinataires ne le vérifient toujours pas&#xa0;: le courrier signé uniquement en Ed25519 y compte comme non signé et échoue à DMARC.</translation>
    </message>
    <message>
        <source>Sign with an RSA-2048 key as well (two signatures on each message).</source>
        <translation>Signez aussi avec une clé RSA-2048 (deux signatures sur chaque message).</translation>
    </message>
    <message>
        <source>The key record could not be read: DNS failed</source>
        <translation>L&apos;enregistrement de clé n&apos;a pas pu être lu&#xa0;: échec DNS</translation>
    </message>
    <message>
        <source>The DNS query for the selector timed out, was refused or failed (SERVFAIL). This says nothing about whether the key exists: it was not read. Receivers facing the same failure give a temporary error.</source>
        <translation>La requête DNS pour le sélecteur a expiré, a été refusée ou a échoué (SERVFAIL). Cela ne dit rien de l&apos;existence de la clé&#xa0;: elle n&apos;a pas été lue. Les destinataires confrontés au même échec renvoient une erreur temporaire.</translation>
    </message>
    <message>
        <source>Check the domain&apos;s name servers (they must answer for _domainkey names), or choose another resolver, then retry.</source>
        <translation>Vérifiez les serveurs de noms du domaine (ils doivent répondre pour les noms _domainkey), ou choisissez un autre résolveur, puis réessayez.</translation>
    </message>
    <message>
        <source>The message has no DKIM signature</source>
        <translation>Le message n&apos;a pas de signature DKIM</translation>
    </message>
    <message>
        <source>No DKIM-Signature header was found, so the message cannot pass DKIM and DMARC relies on SPF alone.</source>
        <translation>Aucun en-tête DKIM-Signature n&apos;a été trouvé&#xa0;: le message ne peut pas passer DKIM et DMARC ne repose que sur SPF.</translation>
    </message>
    <message>
        <source>Enable DKIM signing on the system that sent the message.</source>
        <translation>Activez la signature DKIM sur le système qui a envoyé le message.</translation>
    </message>
    <message>
        <source>A DKIM-Signature header is malformed</source>
        <translation>Un en-tête DKIM-Signature est malformé</translation>
    </message>
    <message>
        <source>A required tag is missing or a tag value is invalid (version, algorithm, domain, canonicalization, base64). Verifiers give permerror and ignore the signature.</source>
        <translation>Une balise obligatoire manque ou une valeur de balise est invalide (version, algorithme, domaine, canonicalisation, base64). Les vérificateurs renvoient permerror et ignorent la signature.</translation>
    </message>
    <message>
        <source>Check the signer&apos;s configuration; the header must carry v=1, a=, b=, bh=, d=, h= (with From) and s=.</source>
        <translation>Vérifiez la configuration du signataire&#xa0;; l&apos;en-tête doit porter v=1, a=, b=, bh=, d=, h= (avec From) et s=.</translation>
    </message>
    <message>
        <source>The body hash does not match: the body changed after signing</source>
        <translation>Le hachage du corps ne correspond pas&#xa0;: le corps a changé après la signature</translation>
    </message>
    <message>
        <source>The hash of the canonicalized body differs from bh=. Something modified the body in transit (a footer added by a list or a gateway, line endings or encoding changed), or it was signed wrongly.</source>
        <translation>Le hachage du corps canonicalisé diffère de bh=. Quelque chose a modifié le corps en transit (pied de page ajouté par une liste ou une passerelle, fins de ligne ou encodage modifiés), ou la signature a été mal faite.</translation>
    </message>
    <message>
        <source>Find the hop that changes the body (mailing list footers, antivirus banners, re-encoding); sign after it, or use c=relaxed/relaxed.</source>
        <translation>Trouvez le relais qui modifie le corps (pieds de page de listes de diffusion, bannières antivirus, réencodage)&#xa0;; signez après lui, ou utilisez c=relaxed/relaxed.</translation>
    </message>
    <message>
        <source>The signature does not verify against the published key</source>
        <translation>La signature n&apos;est pas vérifiée par la clé publiée</translation>
    </message>
    <message>
        <source>The body hash matches, but the signature over the headers does not verify: a signed header was changed in transit, or the private key used does not match the key published at the selector.</source>
        <translation>Le hachage du corps correspond, mais la signature des en-têtes n&apos;est pas vérifiée&#xa0;: un en-tête signé a été modifié en transit, ou la clé privée utilisée ne correspond pas à la clé publiée sous le sélecteur.</translation>
    </message>
    <message>
        <source>Check that the signer&apos;s private key matches the published key (mailsight-cli dkim match), and that no hop rewrites signed headers (Subject tags, From rewriting).</source>
        <translation>Vérifiez que la clé privée du signataire correspond à la clé publiée (mailsight-cli dkim match), et qu&apos;aucun relais ne réécrit les en-têtes signés (étiquettes dans Subject, réécriture de From).</translation>
    </message>
    <message>
        <source>The signature&apos;s key is not published</source>
        <translation>La clé de la signature n&apos;est pas publiée</translation>
    </message>
    <message>
        <source>The selector named in s= has no key record in DNS (NXDOMAIN or no TXT record). Verifiers give permerror.</source>
        <translation>Le sélecteur nommé dans s= n&apos;a pas d&apos;enregistrement de clé dans le DNS (NXDOMAIN ou pas d&apos;enregistrement TXT). Les vérificateurs renvoient permerror.</translation>
    </message>
    <message>
        <source>Publish the key at &lt;s&gt;._domainkey.&lt;d&gt;, or configure the signer to use a published selector.</source>
        <translation>Publiez la clé en &lt;s&gt;._domainkey.&lt;d&gt;, ou configurez le signataire pour utiliser un sélecteur publié.</translation>
    </message>
    <message>
        <source>The signature has expired (x=)</source>
        <translation>La signature a expiré (x=)</translation>
    </message>
    <message>
        <source>If the message is recent, give the signer a longer expiry (or none).</source>
        <translation>Si le message est récent, donnez au signataire une expiration plus longue (ou aucune).</translation>
    </message>
    <message>
        <source>The signature covers only part of the body (l=)</source>
        <translation>La signature ne couvre qu&apos;une partie du corps (l=)</translation>
    </message>
    <message>
        <source>With l=, anything appended after the signed length is not covered: an attacker can add content to a validly signed message.</source>
        <translation>Avec l=, tout ce qui est ajouté après la longueur signée n&apos;est pas couvert&#xa0;: un attaquant peut ajouter du contenu à un message valablement signé.</translation>
    </message>
    <message>
        <source>Configure the signer not to use the body length limit.</source>
        <translation>Configurez le signataire pour qu&apos;il n&apos;utilise pas la limite de longueur du corps.</translation>
    </message>
    <message>
        <source>From is not over-signed</source>
        <translation>From n&apos;est pas sur-signé</translation>
    </message>
    <message>
        <source>h= lists From only as many times as it occurs, so a second From header added in transit would not break the signature. Listing it once more than it occurs (over-signing) prevents that.</source>
        <translation>h= ne liste From qu&apos;autant de fois qu&apos;il apparaît&#xa0;: un second en-tête From ajouté en transit ne casserait pas la signature. Le lister une fois de plus qu&apos;il n&apos;apparaît (sur-signature) l&apos;empêche.</translation>
    </message>
    <message>
        <source>Configure the signer to over-sign From (and Subject, To, Date).</source>
        <translation>Configurez le signataire pour sur-signer From (ainsi que Subject, To, Date).</translation>
    </message>
    <message>
        <source>No passing signature is aligned with the From domain</source>
        <translation>Aucune signature valide n&apos;est alignée sur le domaine From</translation>
    </message>
    <message>
        <source>DMARC counts a DKIM pass only when the signing domain d= matches the From domain (exactly in strict mode, same organizational domain in relaxed mode). No signature of this message both passes and aligns.</source>
        <translation>DMARC ne compte un succès DKIM que si le domaine signataire d= correspond au domaine From (exactement en mode strict, même domaine organisationnel en mode souple). Aucune signature de ce message n&apos;est à la fois valide et alignée.</translation>
    </message>
    <message>
        <source>Sign with the From domain (or a subdomain of it) as d=, not only with the provider&apos;s domain.</source>
        <translation>Signez avec le domaine From (ou un de ses sous-domaines) comme d=, pas seulement avec le domaine du fournisseur.</translation>
    </message>
    <message>
        <source>The domain name is not valid</source>
        <translation>Le nom de domaine n&apos;est pas valide</translation>
    </message>
    <message>
        <source>The name cannot be asked in DNS: a label is empty or longer than 63 bytes, the name is longer than 253 bytes, or it holds a forbidden character.</source>
        <translation>Le nom ne peut pas être interrogé dans le DNS&#xa0;: un label est vide ou dépasse 63 octets, le nom dépasse 253 octets, ou il contient un caractère interdit.</translation>
    </message>
    <message>
        <source>Correct the name and run the audit again.</source>
        <translation>Corrigez le nom et relancez l&apos;audit.</translation>
    </message>
    <message>
        <source>The resolver did not answer; nothing could be checked</source>
        <translation>Le résolveur n&apos;a pas répondu&#xa0;; rien n&apos;a pu être vérifié</translation>
    </message>
    <message>
        <source>Every query timed out or could not reach the server. This says nothing about the domain&apos;s records: they were not read.</source>
        <translation>Toutes les requêtes ont expiré ou n&apos;ont pas pu joindre le serveur. Cela ne dit rien des enregistrements du domaine&#xa0;: ils n&apos;ont pas été lus.</translation>
    </message>
    <message>
        <source>Check the network, or choose another resolver in Settings (or --resolver), then retry.</source>
        <translation>Vérifiez le réseau, ou choisissez un autre résolveur dans les Paramètres (ou --resolver), puis réessayez.</translation>
    </message>
    <message>
        <source>No DMARC record applies to the domain</source>
        <translation>Aucun enregistrement DMARC ne s&apos;applique au domaine</translation>
    </message>
    <message>
        <source>Neither the domain nor any parent publishes a DMARC record, so receivers apply no DMARC policy: anyone can send mail that claims to come from this domain, and no reports tell you about it. Gmail, Yahoo and Outlook.com require a DMARC record from bulk senders.</source>
        <translation>Ni le domaine ni aucun parent ne publie d&apos;enregistrement DMARC&#xa0;: les destinataires n&apos;appliquent donc aucune politique DMARC. N&apos;importe qui peut envoyer du courrier prétendant venir de ce domaine, et aucun rapport ne vous en informe. Gmail, Yahoo et Outlook.com exigent un enregistrement DMARC des expéditeurs en masse.</translation>
    </message>
    <message>
        <source>Publish a TXT record at _dmarc.&lt;domain&gt;: &quot;v=DMARC1; p=none; rua=mailto:dmarc-reports@&lt;domain&gt;&quot;, then tighten the policy as the reports allow.</source>
        <translation>Publiez un enregistrement TXT en _dmarc.&lt;domain&gt;&#xa0;: «&#xa0;v=DMARC1; p=none; rua=mailto:dmarc-reports@&lt;domain&gt;&#xa0;», puis durcissez la politique selon ce que permettent les rapports.</translation>
    </message>
    <message>
        <source>More than one DMARC record at the same name</source>
        <translation>Plusieurs enregistrements DMARC au même nom</translation>
    </message>
    <message>
        <source>Several TXT records at _dmarc start with v=DMARC1. Receivers discard them all: RFC 7489 receivers then apply no DMARC, RFC 9989 receivers continue the tree walk towards the parent domains.</source>
        <translation>Plusieurs enregistrements TXT en _dmarc commencent par v=DMARC1. Les destinataires les écartent tous&#xa0;: les destinataires RFC 7489 n&apos;appliquent alors aucun DMARC, les destinataires RFC 9989 poursuivent le parcours de l&apos;arborescence vers les domaines parents.</translation>
    </message>
    <message>
        <source>Keep exactly one v=DMARC1 TXT record at _dmarc.&lt;domain&gt;; merge the tags.</source>
        <translation>Gardez exactement un enregistrement TXT v=DMARC1 en _dmarc.&lt;domain&gt;&#xa0;; fusionnez les balises.</translation>
    </message>
    <message>
        <source>The DMARC record has a syntax error</source>
        <translation>L&apos;enregistrement DMARC contient une erreur de syntaxe</translation>
    </message>
    <message>
        <source>A tag or value cannot be read. Depending on the tag, receivers ignore the value and use the default, or discard the whole record.</source>
        <translation>Une balise ou une valeur est illisible. Selon la balise, les destinataires ignorent la valeur et utilisent la valeur par défaut, ou écartent tout l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Correct the tag as the detail says; each tag is name=value, separated by &apos;;&apos;.</source>
        <translation>Corrigez la balise comme l&apos;indique le détail&#xa0;; chaque balise s&apos;écrit nom=valeur, séparée par «&#xa0;;&#xa0;».</translation>
    </message>
    <message>
        <source>The DMARC record has a tag that is not DMARC</source>
        <translation>L&apos;enregistrement DMARC contient une balise qui n&apos;est pas DMARC</translation>
    </message>
    <message>
        <source>Receivers ignore tags they do not know. Usually a typo, so the intended setting has no effect.</source>
        <translation>Les destinataires ignorent les balises qu&apos;ils ne connaissent pas. C&apos;est souvent une faute de frappe&#xa0;: le réglage voulu n&apos;a donc aucun effet.</translation>
    </message>
    <message>
        <source>Correct the tag name or remove the tag.</source>
        <translation>Corrigez le nom de la balise ou supprimez la balise.</translation>
    </message>
    <message>
        <source>The record uses a tag removed by RFC 9989</source>
        <translation>L&apos;enregistrement utilise une balise supprimée par RFC 9989</translation>
    </message>
    <message>
        <source>pct, rf and ri exist only in RFC 7489. RFC 7489 receivers still honour them, RFC 9989 receivers ignore them, so the same record means different things to different receivers.</source>
        <translation>pct, rf et ri n&apos;existent que dans RFC 7489. Les destinataires RFC 7489 les respectent encore, les destinataires RFC 9989 les ignorent&#xa0;: le même enregistrement n&apos;a donc pas le même sens pour tous les destinataires.</translation>
    </message>
    <message>
        <source>Remove pct, rf and ri. Instead of pct=0 use t=y for a testing phase.</source>
        <translation>Supprimez pct, rf et ri. Au lieu de pct=0, utilisez t=y pour une phase de test.</translation>
    </message>
    <message>
        <source>The policy is p=none: failing mail is delivered</source>
        <translation>La politique est p=none&#xa0;: le courrier en échec est distribué</translation>
    </message>
    <message>
        <source>p=none only asks for reports; mail that fails DMARC (including forged mail) is delivered normally. It is the right first step, not a place to stay.</source>
        <translation>p=none demande seulement des rapports&#xa0;; le courrier en échec DMARC (y compris le courrier falsifié) est distribué normalement. C&apos;est la bonne première étape, pas un état où rester.</translation>
    </message>
    <message>
        <source>Read the aggregate reports; once every legitimate source passes with aligned SPF or DKIM, move to p=quarantine, then p=reject.</source>
        <translation>Lisez les rapports agrégés&#xa0;; quand chaque source légitime réussit avec SPF ou DKIM aligné, passez à p=quarantine, puis à p=reject.</translation>
    </message>
    <message>
        <source>Subdomains get a weaker policy than the domain</source>
        <translation>Les sous-domaines ont une politique plus faible que le domaine</translation>
    </message>
    <message>
        <source>sp (existing subdomains) or np (non-existent subdomains) is weaker than p, so attackers can forge mail from any name under the domain, such as billing.&lt;domain&gt;, even where the domain itself is protected.</source>
        <translation>sp (sous-domaines existants) ou np (sous-domaines inexistants) est plus faible que p&#xa0;: des attaquants peuvent donc falsifier du courrier depuis n&apos;importe quel nom sous le domaine, comme billing.&lt;domain&gt;, même si le domaine lui-même est protégé.</translation>
    </message>
    <message>
        <source>Raise sp and np to at least p, or remove them so that p applies.</source>
        <translation>Relevez sp et np au moins au niveau de p, ou supprimez-les pour que p s&apos;applique.</translation>
    </message>
    <message>
        <source>The policy is in testing mode (t=y)</source>
        <translation>La politique est en mode test (t=y)</translation>
    </message>
    <message>
        <source>t=y asks RFC 9989 receivers to apply one level less than the policy: reject becomes quarantine, quarantine becomes none. RFC 7489 receivers do not know t and apply the policy in full.</source>
        <translation>t=y demande aux destinataires RFC 9989 d&apos;appliquer un niveau de moins que la politique&#xa0;: reject devient quarantine, quarantine devient none. Les destinataires RFC 7489 ne connaissent pas t et appliquent la politique en entier.</translation>
    </message>
    <message>
        <source>When the reports show no legitimate failures, remove t=y.</source>
        <translation>Quand les rapports ne montrent plus d&apos;échecs légitimes, supprimez t=y.</translation>
    </message>
    <message>
        <source>pct applies the policy to only part of the failing mail</source>
        <translation>pct n&apos;applique la politique qu&apos;à une partie du courrier en échec</translation>
    </message>
    <message>
        <source>With pct below 100, RFC 7489 receivers apply the policy to that share of failing messages and the next weaker policy to the rest. RFC 9989 removed pct: its receivers apply the policy to all of them.</source>
        <translation>Avec pct inférieur à 100, les destinataires RFC 7489 appliquent la politique à cette part des messages en échec et la politique immédiatement plus faible au reste. RFC 9989 a supprimé pct&#xa0;: ses destinataires appliquent la politique à tous.</translation>
    </message>
    <message>
        <source>Remove pct (use t=y while testing).</source>
        <translation>Supprimez pct (utilisez t=y pendant les tests).</translation>
    </message>
    <message>
        <source>No aggregate reports are requested</source>
        <translation>Aucun rapport agrégé n&apos;est demandé</translation>
    </message>
    <message>
        <source>Without a valid rua address nobody learns which servers send mail as the domain or what fails, so the policy cannot be tightened safely. Without a valid p, RFC 7489 receivers also need a valid rua to apply any DMARC at all.</source>
        <translation>Sans adresse rua valide, personne ne sait quels serveurs envoient du courrier au nom du domaine ni ce qui échoue&#xa0;: la politique ne peut donc pas être durcie sans risque. Sans p valide, les destinataires RFC 7489 ont aussi besoin d&apos;un rua valide pour appliquer DMARC.</translation>
    </message>
    <message>
        <source>Add rua=mailto:dmarc-reports@&lt;domain&gt; (or a report-processing service&apos;s address).</source>
        <translation>Ajoutez rua=mailto:dmarc-reports@&lt;domain&gt; (ou l&apos;adresse d&apos;un service de traitement des rapports).</translation>
    </message>
    <message>
        <source>A report destination is not usable</source>
        <translation>Une destination de rapports est inutilisable</translation>
    </message>
    <message>
        <source>A rua or ruf entry is not a mailto: URI with a valid address. Receivers skip it.</source>
        <translation>Une entrée rua ou ruf n&apos;est pas une URI mailto: avec une adresse valide. Les destinataires l&apos;ignorent.</translation>
    </message>
    <message>
        <source>Write each destination as mailto:local@domain, separated by commas.</source>
        <translation>Écrivez chaque destination sous la forme mailto:local@domain, séparées par des virgules.</translation>
    </message>
    <message>
        <source>An external report destination has not authorised the domain</source>
        <translation>Une destination de rapports externe n&apos;a pas autorisé le domaine</translation>
    </message>
    <message>
        <source>Reports to a domain outside the organizational domain are sent only if that domain publishes &lt;domain&gt;._report._dmarc.&lt;destination&gt; TXT &quot;v=DMARC1&quot; (or a wildcard). Without it receivers send nothing there.</source>
        <translation>Les rapports vers un domaine extérieur au domaine organisationnel ne sont envoyés que si ce domaine publie &lt;domain&gt;._report._dmarc.&lt;destination&gt; TXT «&#xa0;v=DMARC1&#xa0;» (ou un joker). Sans cela, les destinataires n&apos;y envoient rien.</translation>
    </message>
    <message>
        <source>Ask the destination&apos;s owner (often a report-processing service) to publish the authorization record, or use an address inside your own domain.</source>
        <translation>Demandez au propriétaire de la destination (souvent un service de traitement des rapports) de publier l&apos;enregistrement d&apos;autorisation, ou utilisez une adresse dans votre propre domaine.</translation>
    </message>
    <message>
        <source>A report destination&apos;s domain receives no mail</source>
        <translation>Le domaine d&apos;une destination de rapports ne reçoit pas de courrier</translation>
    </message>
    <message>
        <source>The destination domain has no MX record (or a null MX), so reports cannot be delivered there.</source>
        <translation>Le domaine de destination n&apos;a pas d&apos;enregistrement MX (ou un MX nul)&#xa0;: les rapports ne peuvent donc pas y être distribués.</translation>
    </message>
    <message>
        <source>Publish an MX for the destination domain or use another address.</source>
        <translation>Publiez un MX pour le domaine de destination ou utilisez une autre adresse.</translation>
    </message>
    <message>
        <source>A report destination carries the obsolete !size suffix</source>
        <translation>Une destination de rapports porte le suffixe obsolète&#xa0;!taille</translation>
    </message>
    <message>
        <source>RFC 7489 let a destination limit report size (mailto:a@b!10m). RFC 9990 dropped it: RFC 9989 receivers ignore it, RFC 7489 receivers skip larger reports.</source>
        <translation>RFC 7489 permettait à une destination de limiter la taille des rapports (mailto:a@b!10m). RFC 9990 l&apos;a abandonné&#xa0;: les destinataires RFC 9989 l&apos;ignorent, les destinataires RFC 7489 n&apos;envoient pas les rapports plus gros.</translation>
    </message>
    <message>
        <source>Remove the !size suffix.</source>
        <translation>Supprimez le suffixe&#xa0;!taille.</translation>
    </message>
    <message>
        <source>The policy comes from a parent domain</source>
        <translation>La politique vient d&apos;un domaine parent</translation>
    </message>
    <message>
        <source>The domain has no record of its own; the record of a parent domain applies (through sp or np where given).</source>
        <translation>Le domaine n&apos;a pas d&apos;enregistrement propre&#xa0;; l&apos;enregistrement d&apos;un domaine parent s&apos;applique (via sp ou np s&apos;ils sont indiqués).</translation>
    </message>
    <message>
        <source>Nothing to do if intended; publish _dmarc.&lt;domain&gt; to set its own policy.</source>
        <translation>Rien à faire si c&apos;est voulu&#xa0;; publiez _dmarc.&lt;domain&gt; pour définir sa propre politique.</translation>
    </message>
    <message>
        <source>RFC 9989 and RFC 7489 receivers apply different policies</source>
        <translation>Les destinataires RFC 9989 et RFC 7489 appliquent des politiques différentes</translation>
    </message>
    <message>
        <source>Receivers will follow both specifications for years. Here they reach different results (different record found, t=y, pct, np), so the domain is protected differently depending on the receiver.</source>
        <translation>Les destinataires suivront les deux spécifications pendant des années. Ici, elles aboutissent à des résultats différents (enregistrement trouvé différent, t=y, pct, np)&#xa0;: le domaine est donc protégé différemment selon le destinataire.</translation>
    </message>
    <message>
        <source>Publish a record both readings agree on: no pct, rf or ri, a record at the organizational domain.</source>
        <translation>Publiez un enregistrement sur lequel les deux lectures s&apos;accordent&#xa0;: ni pct, ni rf, ni ri, et un enregistrement au domaine organisationnel.</translation>
    </message>
    <message>
        <source>The two methods find different organizational domains</source>
        <translation>Les deux méthodes trouvent des domaines organisationnels différents</translation>
    </message>
    <message>
        <source>RFC 9989 finds the organizational domain by walking the DNS tree, RFC 7489 from the Public Suffix List. They disagree here, so relaxed alignment and the subdomain policy can differ between receivers.</source>
        <translation>RFC 9989 trouve le domaine organisationnel en parcourant l&apos;arborescence DNS, RFC 7489 à partir de la Public Suffix List. Ici, ils ne s&apos;accordent pas&#xa0;: l&apos;alignement souple et la politique des sous-domaines peuvent donc différer selon les destinataires.</translation>
    </message>
    <message>
        <source>Publish a record at the organizational domain (with psd=n if needed).</source>
        <translation>Publiez un enregistrement au domaine organisationnel (avec psd=n si nécessaire).</translation>
    </message>
    <message>
        <source>An SPF record answers at _dmarc</source>
        <translation>Un enregistrement SPF répond en _dmarc</translation>
    </message>
    <message>
        <source>A TXT query for _dmarc.&lt;domain&gt; returns an SPF record, through a wildcard TXT or a CNAME. Receivers ignore it as not DMARC, but it hides the absence of a DMARC record and shows that a wildcard catches names it should not.</source>
        <translation>Une requête TXT pour _dmarc.&lt;domain&gt; renvoie un enregistrement SPF, via un TXT joker ou un CNAME. Les destinataires l&apos;ignorent car ce n&apos;est pas du DMARC, mais il masque l&apos;absence d&apos;enregistrement DMARC et montre qu&apos;un joker capte des noms qu&apos;il ne devrait pas.</translation>
    </message>
    <message>
        <source>Publish a real DMARC record at _dmarc.&lt;domain&gt; (an explicit name overrides the wildcard), or fix the CNAME.</source>
        <translation>Publiez un vrai enregistrement DMARC en _dmarc.&lt;domain&gt; (un nom explicite prime sur le joker), ou corrigez le CNAME.</translation>
    </message>
    <message>
        <source>A DMARC record is published at the domain itself, not at _dmarc</source>
        <translation>Un enregistrement DMARC est publié au domaine lui-même, pas en _dmarc</translation>
    </message>
    <message>
        <source>A v=DMARC1 TXT record at the domain&apos;s own name is never read: receivers only look at _dmarc.&lt;domain&gt;.</source>
        <translation>Un enregistrement TXT v=DMARC1 au nom même du domaine n&apos;est jamais lu&#xa0;: les destinataires ne regardent que _dmarc.&lt;domain&gt;.</translation>
    </message>
    <message>
        <source>Move the record to _dmarc.&lt;domain&gt;.</source>
        <translation>Déplacez l&apos;enregistrement en _dmarc.&lt;domain&gt;.</translation>
    </message>
    <message>
        <source>The DMARC record could not be read because DNS failed</source>
        <translation>L&apos;enregistrement DMARC n&apos;a pas pu être lu à cause d&apos;un échec DNS</translation>
    </message>
    <message>
        <source>A DMARC query timed out or failed (SERVFAIL, REFUSED). This is not the same as having no record: receivers in the same situation defer or skip DMARC.</source>
        <translation>Une requête DMARC a expiré ou échoué (SERVFAIL, REFUSED). Ce n&apos;est pas la même chose que l&apos;absence d&apos;enregistrement&#xa0;: dans la même situation, les destinataires diffèrent ou sautent DMARC.</translation>
    </message>
    <message>
        <source>Retry, or choose another resolver; if it persists, check the domain&apos;s name servers.</source>
        <translation>Réessayez, ou choisissez un autre résolveur&#xa0;; si le problème persiste, vérifiez les serveurs de noms du domaine.</translation>
    </message>
    <message>
        <source>The domain publishes no SPF record</source>
        <translation>Le domaine ne publie aucun enregistrement SPF</translation>
    </message>
    <message>
        <source>No TXT record starting with &quot;v=spf1&quot; exists, so receivers cannot tell which servers may send mail for this domain (SPF result &quot;none&quot;).</source>
        <translation>Aucun enregistrement TXT commençant par «&#xa0;v=spf1&#xa0;» n&apos;existe&#xa0;: les destinataires ne peuvent donc pas savoir quels serveurs peuvent envoyer du courrier pour ce domaine (résultat SPF «&#xa0;none&#xa0;»).</translation>
    </message>
    <message>
        <source>Publish one TXT record such as &quot;v=spf1 mx -all&quot; listing the servers that send your mail, or &quot;v=spf1 -all&quot; if the domain sends no mail.</source>
        <translation>Publiez un enregistrement TXT tel que «&#xa0;v=spf1 mx -all&#xa0;» listant les serveurs qui envoient votre courrier, ou «&#xa0;v=spf1 -all&#xa0;» si le domaine n&apos;envoie pas de courrier.</translation>
    </message>
    <message>
        <source>The domain publishes more than one SPF record</source>
        <translation>Le domaine publie plusieurs enregistrements SPF</translation>
    </message>
    <message>
        <source>Exactly one &quot;v=spf1&quot; record is allowed; with two or more, every check ends in permerror.</source>
        <translation>Un seul enregistrement «&#xa0;v=spf1&#xa0;» est autorisé&#xa0;; avec deux ou plus, chaque vérification se termine en permerror.</translation>
    </message>
    <message>
        <source>Merge the records into one TXT record and delete the others.</source>
        <translation>Fusionnez les enregistrements en un seul enregistrement TXT et supprimez les autres.</translation>
    </message>
    <message>
        <source>The SPF record has a syntax error</source>
        <translation>L&apos;enregistrement SPF contient une erreur de syntaxe</translation>
    </message>
    <message>
        <source>A term does not follow the RFC 7208 grammar; receivers stop at once with permerror.</source>
        <translation>Un terme ne respecte pas la grammaire de RFC 7208&#xa0;; les destinataires s&apos;arrêtent aussitôt avec permerror.</translation>
    </message>
    <message>
        <source>Correct the term shown (the character position points at the problem).</source>
        <translation>Corrigez le terme indiqué (la position du caractère désigne le problème).</translation>
    </message>
    <message>
        <source>More than 10 DNS lookups: SPF evaluation fails</source>
        <translation>Plus de 10 requêtes DNS&#xa0;: l&apos;évaluation SPF échoue</translation>
    </message>
    <message>
        <source>include, a, mx, ptr, exists and redirect each cost one DNS lookup, counted across every include. Past 10, receivers return permerror and your mail fails SPF.</source>
        <translation>include, a, mx, ptr, exists et redirect coûtent chacun une requête DNS, comptée à travers tous les include. Au-delà de 10, les destinataires renvoient permerror et votre courrier échoue SPF.</translation>
    </message>
    <message>
        <source>Remove unused includes, replace a/mx with ip4/ip6 where addresses are stable, or move senders to subdomains with their own records.</source>
        <translation>Supprimez les include inutilisés, remplacez a/mx par ip4/ip6 là où les adresses sont stables, ou déplacez des expéditeurs vers des sous-domaines ayant leurs propres enregistrements.</translation>
    </message>
    <message>
        <source>SPF uses 8 to 10 of its 10 DNS lookups</source>
        <translation>SPF utilise 8 à 10 de ses 10 requêtes DNS</translation>
    </message>
    <message>
        <source>The record still works, but one more include (or a provider adding one inside theirs) breaks it.</source>
        <translation>L&apos;enregistrement fonctionne encore, mais un include de plus (ou un fournisseur qui en ajoute un dans le sien) le casse.</translation>
    </message>
    <message>
        <source>Make room now: drop unused includes or replace a/mx terms by ip4/ip6.</source>
        <translation>Faites de la place dès maintenant&#xa0;: retirez les include inutilisés ou remplacez les termes a/mx par ip4/ip6.</translation>
    </message>
    <message>
        <source>More than 2 lookups find nothing (void lookups)</source>
        <translation>Plus de 2 requêtes ne trouvent rien (requêtes vides)</translation>
    </message>
    <message>
        <source>Lookups that answer NXDOMAIN or no records are limited to two; the third gives permerror.</source>
        <translation>Les requêtes qui répondent NXDOMAIN ou aucun enregistrement sont limitées à deux&#xa0;; la troisième donne permerror.</translation>
    </message>
    <message>
        <source>Remove terms that point at names without records.</source>
        <translation>Supprimez les termes qui pointent vers des noms sans enregistrement.</translation>
    </message>
    <message>
        <source>An include or redirect loops back to itself</source>
        <translation>Un include ou un redirect boucle sur lui-même</translation>
    </message>
    <message>
        <source>Following the chain comes back to a record already on the path; evaluation can only end in permerror at the lookup limit.</source>
        <translation>Suivre la chaîne ramène à un enregistrement déjà sur le chemin&#xa0;; l&apos;évaluation ne peut que finir en permerror à la limite de requêtes.</translation>
    </message>
    <message>
        <source>Remove the include or redirect that points back up the chain.</source>
        <translation>Supprimez l&apos;include ou le redirect qui renvoie plus haut dans la chaîne.</translation>
    </message>
    <message>
        <source>An include or redirect target has no SPF record</source>
        <translation>La cible d&apos;un include ou d&apos;un redirect n&apos;a pas d&apos;enregistrement SPF</translation>
    </message>
    <message>
        <source>include and redirect need the target to publish an SPF record; without one, evaluation ends in permerror.</source>
        <translation>include et redirect exigent que la cible publie un enregistrement SPF&#xa0;; sans cela, l&apos;évaluation se termine en permerror.</translation>
    </message>
    <message>
        <source>Fix the target name (a typo?) or remove the term.</source>
        <translation>Corrigez le nom de la cible (une faute de frappe&#xa0;?) ou supprimez le terme.</translation>
    </message>
    <message>
        <source>The same include is evaluated more than once</source>
        <translation>Le même include est évalué plusieurs fois</translation>
    </message>
    <message>
        <source>A target reached twice costs its lookups twice without authorising anything new.</source>
        <translation>Une cible atteinte deux fois coûte deux fois ses requêtes sans rien autoriser de nouveau.</translation>
    </message>
    <message>
        <source>Keep one include of that target.</source>
        <translation>Gardez un seul include de cette cible.</translation>
    </message>
    <message>
        <source>The record ends in &quot;+all&quot;: anyone may send</source>
        <translation>L&apos;enregistrement se termine par «&#xa0;+all&#xa0;»&#xa0;: tout le monde peut envoyer</translation>
    </message>
    <message>
        <source>&quot;+all&quot; (or a bare &quot;all&quot;) authorises every server on the Internet to send mail for the domain.</source>
        <translation>«&#xa0;+all&#xa0;» (ou un «&#xa0;all&#xa0;» seul) autorise tous les serveurs d&apos;Internet à envoyer du courrier pour le domaine.</translation>
    </message>
    <message>
        <source>End the record with &quot;-all&quot; (or &quot;~all&quot; while testing).</source>
        <translation>Terminez l&apos;enregistrement par «&#xa0;-all&#xa0;» (ou «&#xa0;~all&#xa0;» pendant les tests).</translation>
    </message>
    <message>
        <source>The record does not say what happens to other senders</source>
        <translation>L&apos;enregistrement ne dit pas ce qu&apos;il advient des autres expéditeurs</translation>
    </message>
    <message>
        <source>&quot;?all&quot;, or no &quot;all&quot; and no redirect, leaves every unlisted sender neutral: SPF then protects nothing.</source>
        <translation>«&#xa0;?all&#xa0;», ou l&apos;absence de «&#xa0;all&#xa0;» et de redirect, laisse tout expéditeur non listé en neutral&#xa0;: SPF ne protège alors rien.</translation>
    </message>
    <message>
        <source>End the record with &quot;-all&quot; (or &quot;~all&quot;).</source>
        <translation>Terminez l&apos;enregistrement par «&#xa0;-all&#xa0;» (ou «&#xa0;~all&#xa0;»).</translation>
    </message>
    <message>
        <source>The record uses the &quot;ptr&quot; mechanism</source>
        <translation>L&apos;enregistrement utilise le mécanisme «&#xa0;ptr&#xa0;»</translation>
    </message>
    <message>
        <source>ptr is slow, unreliable and must not be used; many receivers skip it.</source>
        <translation>ptr est lent, peu fiable et ne doit pas être utilisé&#xa0;; de nombreux destinataires l&apos;ignorent.</translation>
    </message>
    <message>
        <source>Replace ptr with ip4/ip6 or a terms naming the servers.</source>
        <translation>Remplacez ptr par des termes ip4/ip6 ou a désignant les serveurs.</translation>
    </message>
    <message>
        <source>An obsolete SPF (type 99) record is published</source>
        <translation>Un enregistrement SPF obsolète (type 99) est publié</translation>
    </message>
    <message>
        <source>RFC 7208 removed the SPF record type; only TXT is read. A type-99 record that differs from the TXT one misleads anyone reading DNS.</source>
        <translation>RFC 7208 a supprimé le type d&apos;enregistrement SPF&#xa0;; seul TXT est lu. Un enregistrement de type 99 différent du TXT induit en erreur quiconque lit le DNS.</translation>
    </message>
    <message>
        <source>Delete the type-99 record and keep the TXT record.</source>
        <translation>Supprimez l&apos;enregistrement de type 99 et gardez l&apos;enregistrement TXT.</translation>
    </message>
    <message>
        <source>The SPF record is longer than 450 bytes</source>
        <translation>L&apos;enregistrement SPF dépasse 450 octets</translation>
    </message>
    <message>
        <source>Long records risk DNS answers over 512 bytes, which some receivers do not fetch over TCP.</source>
        <translation>Les enregistrements longs risquent des réponses DNS de plus de 512 octets, que certains destinataires ne récupèrent pas en TCP.</translation>
    </message>
    <message>
        <source>Shorten it: move senders to an include on a subdomain.</source>
        <translation>Raccourcissez-le&#xa0;: déplacez des expéditeurs dans un include sur un sous-domaine.</translation>
    </message>
    <message>
        <source>An &quot;mx&quot; term finds more than 10 mail servers</source>
        <translation>Un terme «&#xa0;mx&#xa0;» trouve plus de 10 serveurs de messagerie</translation>
    </message>
    <message>
        <source>mx may look up at most 10 names; with more, evaluation ends in permerror.</source>
        <translation>mx peut interroger au plus 10 noms&#xa0;; au-delà, l&apos;évaluation se termine en permerror.</translation>
    </message>
    <message>
        <source>Use ip4/ip6 for the servers instead of mx.</source>
        <translation>Utilisez ip4/ip6 pour les serveurs au lieu de mx.</translation>
    </message>
    <message>
        <source>redirect is ignored because the record has &quot;all&quot;</source>
        <translation>redirect est ignoré car l&apos;enregistrement contient «&#xa0;all&#xa0;»</translation>
    </message>
    <message>
        <source>With an &quot;all&quot; mechanism anywhere, redirect never applies.</source>
        <translation>Avec un mécanisme «&#xa0;all&#xa0;» n&apos;importe où, redirect ne s&apos;applique jamais.</translation>
    </message>
    <message>
        <source>Remove either the redirect or the all.</source>
        <translation>Supprimez soit le redirect, soit le all.</translation>
    </message>
    <message>
        <source>Terms after &quot;all&quot; are never evaluated</source>
        <translation>Les termes après «&#xa0;all&#xa0;» ne sont jamais évalués</translation>
    </message>
    <message>
        <source>Evaluation stops at &quot;all&quot;; whatever follows it has no effect.</source>
        <translation>L&apos;évaluation s&apos;arrête à «&#xa0;all&#xa0;»&#xa0;; ce qui suit n&apos;a aucun effet.</translation>
    </message>
    <message>
        <source>Move the terms before &quot;all&quot;, or delete them.</source>
        <translation>Déplacez les termes avant «&#xa0;all&#xa0;», ou supprimez-les.</translation>
    </message>
    <message>
        <source>Two terms authorise overlapping address ranges</source>
        <translation>Deux termes autorisent des plages d&apos;adresses qui se chevauchent</translation>
    </message>
    <message>
        <source>The same addresses are listed twice (often through two includes); harmless but it hides stale entries.</source>
        <translation>Les mêmes adresses sont listées deux fois (souvent via deux include)&#xa0;; sans danger, mais cela masque des entrées périmées.</translation>
    </message>
    <message>
        <source>Remove the narrower duplicate.</source>
        <translation>Supprimez le doublon le plus étroit.</translation>
    </message>
    <message>
        <source>A DNS lookup failed while reading SPF</source>
        <translation>Une requête DNS a échoué pendant la lecture de SPF</translation>
    </message>
    <message>
        <source>A lookup timed out or the server failed (temperror). This says nothing about whether the record exists: it could not be read.</source>
        <translation>Une requête a expiré ou le serveur a échoué (temperror). Cela ne dit rien de l&apos;existence de l&apos;enregistrement&#xa0;: il n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Check the domain&apos;s name servers answer, then retry.</source>
        <translation>Vérifiez que les serveurs de noms du domaine répondent, puis réessayez.</translation>
    </message>
    <message>
        <source>An address or name of the domain is on a blocklist</source>
        <translation>Une adresse ou un nom du domaine figure sur une liste de blocage</translation>
    </message>
    <message>
        <source>A DNS blocklist lists one of the domain&apos;s sending or receiving addresses (an MX host, an address the SPF record authorises, a busy source of the aggregate reports) or the domain or an MX host name. Receivers that use the list reject or junk mail from the address, or mail that names the domain. The list&apos;s return code says why it lists it.</source>
        <translation>Une liste de blocage DNS répertorie l&apos;une des adresses d&apos;envoi ou de réception du domaine (un hôte MX, une adresse autorisée par l&apos;enregistrement SPF, une source fréquente des rapports agrégés), ou le domaine ou le nom d&apos;un hôte MX. Les destinataires qui utilisent la liste rejettent ou classent en spam le courrier de cette adresse, ou le courrier qui mentionne le domaine. Le code de retour de la liste indique la raison de l&apos;inscription.</translation>
    </message>
    <message>
        <source>Find and stop what got the address listed (a compromised account, a bulk send to old addresses, an open relay), then ask for removal on the list&apos;s page named in the finding; most lists also drop entries on their own some days after the last spam.</source>
        <translation>Trouvez et arrêtez ce qui a fait inscrire l&apos;adresse (un compte compromis, un envoi en masse à d&apos;anciennes adresses, un relais ouvert), puis demandez le retrait sur la page de la liste indiquée dans le constat&#xa0;; la plupart des listes retirent aussi les inscriptions d&apos;elles-mêmes quelques jours après le dernier spam.</translation>
    </message>
    <message>
        <source>A blocklist refused to answer: query through your own resolver</source>
        <translation>Une liste de blocage a refusé de répondre&#xa0;: interrogez-la via votre propre résolveur</translation>
    </message>
    <message>
        <source>The list answered with one of its refusal codes (Spamhaus: 127.255.255.254 for queries through public resolvers, 127.255.255.255 for too many queries; SURBL: 127.0.0.1). That is not a listing: the list did not say anything about the domain&apos;s addresses or names.</source>
        <translation>La liste a répondu par l&apos;un de ses codes de refus (Spamhaus&#xa0;: 127.255.255.254 pour les requêtes via des résolveurs publics, 127.255.255.255 pour trop de requêtes&#xa0;; SURBL&#xa0;: 127.0.0.1). Ce n&apos;est pas une inscription&#xa0;: la liste n&apos;a rien dit sur les adresses ou noms du domaine.</translation>
    </message>
    <message>
        <source>Run the check through your own recursive resolver (--resolver ADDR) rather than a public one such as 8.8.8.8, 1.1.1.1 or 9.9.9.9, and keep within the list&apos;s terms of use (docs/blocklists.md).</source>
        <translation>Lancez la vérification via votre propre résolveur récursif (--resolver ADDR) plutôt qu&apos;un résolveur public comme 8.8.8.8, 1.1.1.1 ou 9.9.9.9, et respectez les conditions d&apos;utilisation de la liste (docs/blocklists.md).</translation>
    </message>
    <message>
        <source>Some blocklists could not be asked</source>
        <translation>Certaines listes de blocage n&apos;ont pas pu être interrogées</translation>
    </message>
    <message>
        <source>A list did not answer its test query or a lookup (timeout, SERVFAIL, REFUSED by the resolver, an answer outside 127.0.0.0/8), so whether the domain&apos;s addresses are listed there is unknown. An unreachable list is not the domain&apos;s fault and is never counted as a listing.</source>
        <translation>Une liste n&apos;a pas répondu à sa requête de test ou à une requête (délai dépassé, SERVFAIL, REFUSED par le résolveur, une réponse hors de 127.0.0.0/8)&#xa0;; on ne sait donc pas si les adresses du domaine y sont inscrites. Une liste injoignable n&apos;est pas la faute du domaine et n&apos;est jamais comptée comme une inscription.</translation>
    </message>
    <message>
        <source>Check that your resolver reaches the list&apos;s zone (dig 2.0.0.127.&lt;list zone&gt; A should answer 127.0.0.2), register the resolver where a list requires it (Barracuda), and run the check again.</source>
        <translation>Vérifiez que votre résolveur atteint la zone de la liste (dig 2.0.0.127.&lt;zone de la liste&gt; A doit répondre 127.0.0.2), enregistrez le résolveur là où une liste l&apos;exige (Barracuda), puis relancez la vérification.</translation>
    </message>
    <message>
        <source>Keys under 1024 bits can be factored with modest resources; RFC 8301 forbids verifiers to accept them, so a signature made with this key is refused even when it verifies (RFC 8601 result &quot;policy&quot;) and never counts for DMARC.</source>
        <translation>Les clés de moins de 1024 bits peuvent être factorisées avec des moyens modestes&#xa0;; RFC 8301 interdit aux vérificateurs de les accepter, donc une signature faite avec cette clé est refusée même si elle se vérifie (résultat RFC 8601 «&#xa0;policy&#xa0;») et ne compte jamais pour DMARC.</translation>
    </message>
    <message>
        <source>RFC 8301 forbids signing with rsa-sha1 and tells verifiers not to accept it: SHA-1 collisions are practical. A key with h=sha1, or a signature with a=rsa-sha1, fails at most receivers: a verifying rsa-sha1 signature gets the RFC 8601 result &quot;policy&quot; and does not count for DMARC.</source>
        <translation>RFC 8301 interdit de signer avec rsa-sha1 et demande aux vérificateurs de ne pas l&apos;accepter&#xa0;: les collisions SHA-1 sont réalisables en pratique. Une clé avec h=sha1, ou une signature avec a=rsa-sha1, échoue chez la plupart des destinataires&#xa0;: une signature rsa-sha1 qui se vérifie obtient le résultat RFC 8601 «&#xa0;policy&#xa0;» et ne compte pas pour DMARC.</translation>
    </message>
    <message>
        <source>The signature&apos;s expiry time x= is in the past: verifiers refuse it even when it verifies (RFC 8601 result &quot;policy&quot;). This is expected for old messages and a problem for fresh ones.</source>
        <translation>La date d&apos;expiration x= de la signature est passée&#xa0;: les vérificateurs la refusent même si elle se vérifie (résultat RFC 8601 «&#xa0;policy&#xa0;»). C&apos;est attendu pour d&apos;anciens messages et problématique pour des messages récents.</translation>
    </message>
    <message>
        <source>RFC 9989 and RFC 7489 receivers disagree on DKIM alignment</source>
        <translation>Les destinataires RFC 9989 et RFC 7489 divergent sur l&apos;alignement DKIM</translation>
    </message>
    <message>
        <source>Relaxed alignment compares organizational domains. RFC 9989 receivers find them with the DNS tree walk (psd=y, psd=n, else the DMARC record with the fewest labels), RFC 7489 receivers with the Public Suffix List; the two readings can also apply different DMARC records with different adkim. Here a passing signature aligns with From under one reading and not under the other, so the message passes DMARC at some receivers and fails at others.</source>
        <translation>L&apos;alignement souple compare les domaines organisationnels. Les destinataires RFC 9989 les trouvent par le parcours de l&apos;arborescence DNS (psd=y, psd=n, sinon l&apos;enregistrement DMARC ayant le moins de labels), les destinataires RFC 7489 avec la Public Suffix List&#xa0;; les deux lectures peuvent aussi appliquer des enregistrements DMARC différents avec des adkim différents. Ici, une signature valide est alignée sur le From selon une lecture et pas selon l&apos;autre&#xa0;: le message réussit DMARC chez certains destinataires et échoue chez d&apos;autres.</translation>
    </message>
    <message>
        <source>Sign with the From domain itself as d= (aligned under both readings and both modes), or align the DMARC records (psd tags, adkim) so that both readings agree.</source>
        <translation>Signez avec le domaine From lui-même comme d= (aligné selon les deux lectures et dans les deux modes), ou harmonisez les enregistrements DMARC (tags psd, adkim) pour que les deux lectures concordent.</translation>
    </message>
    <message>
        <source>The message carries a DomainKeys signature (RFC 4870), not evaluated</source>
        <translation>Le message contient une signature DomainKeys (RFC 4870), non évaluée</translation>
    </message>
    <message>
        <source>DomainKey-Signature is the header of DomainKeys, DKIM&apos;s predecessor, historic since DKIM replaced it in 2007. Mailsight reports it (domain, selector, algorithm) but does not evaluate it, and neither do receivers: without a DKIM-Signature the message counts as unsigned for DKIM and DMARC.</source>
        <translation>DomainKey-Signature est l&apos;en-tête de DomainKeys, le prédécesseur de DKIM, historique depuis que DKIM l&apos;a remplacé en 2007. Mailsight le signale (domaine, sélecteur, algorithme) mais ne l&apos;évalue pas, pas plus que les destinataires&#xa0;: sans DKIM-Signature, le message compte comme non signé pour DKIM et DMARC.</translation>
    </message>
    <message>
        <source>Sign with DKIM (rsa-sha256 or ed25519-sha256) and stop adding DomainKey-Signature.</source>
        <translation>Signez avec DKIM (rsa-sha256 ou ed25519-sha256) et cessez d&apos;ajouter DomainKey-Signature.</translation>
    </message>
    <message>
        <source>A DNSSEC signature does not validate (bogus)</source>
        <translation>Une signature DNSSEC ne se valide pas (bogus)</translation>
    </message>
    <message>
        <source>The zone is signed, but the chain of trust from the root to this record is broken: a signature expired or is not yet valid, a record has no signature, the DS record at the parent matches no key of the zone, or the NSEC/NSEC3 records do not prove that a name or record does not exist. Validating resolvers (most large mail providers use one) answer SERVFAIL for such names: they cannot read the record at all, so mail to the domain is delayed or bounced and SPF, DKIM and DMARC fail as temporary errors.</source>
        <translation>La zone est signée, mais la chaîne de confiance de la racine jusqu&apos;à cet enregistrement est rompue&#xa0;: une signature a expiré ou n&apos;est pas encore valide, un enregistrement n&apos;a pas de signature, l&apos;enregistrement DS chez le parent ne correspond à aucune clé de la zone, ou les enregistrements NSEC/NSEC3 ne prouvent pas qu&apos;un nom ou un enregistrement n&apos;existe pas. Les résolveurs validants (la plupart des grands fournisseurs de messagerie en utilisent un) répondent SERVFAIL pour ces noms&#xa0;: ils ne peuvent pas du tout lire l&apos;enregistrement, donc le courrier vers le domaine est retardé ou renvoyé et SPF, DKIM et DMARC échouent en erreurs temporaires.</translation>
    </message>
    <message>
        <source>Re-sign the zone (check that the signer runs and its clock is right), or publish at the parent (your registrar) the DS record of the key the zone really uses. To leave DNSSEC, remove the DS at the parent first and wait for its TTL before unsigning the zone.</source>
        <translation>Re-signez la zone (vérifiez que le signataire tourne et que son horloge est juste), ou publiez chez le parent (votre registrar) l&apos;enregistrement DS de la clé que la zone utilise réellement. Pour quitter DNSSEC, retirez d&apos;abord le DS chez le parent et attendez son TTL avant de retirer la signature de la zone.</translation>
    </message>
    <message>
        <source>The domain is not signed with DNSSEC</source>
        <translation>Le domaine n&apos;est pas signé avec DNSSEC</translation>
    </message>
    <message>
        <source>The chain of trust ends at a delegation without a DS record, so nothing proves that the records senders read (MX, SPF, DKIM keys, DMARC, MTA-STS, TLSA) come from the domain&apos;s owner. An attacker on the path can forge them. DANE for SMTP needs DNSSEC: without it, senders ignore TLSA records.</source>
        <translation>La chaîne de confiance s&apos;arrête à une délégation sans enregistrement DS&#xa0;: rien ne prouve donc que les enregistrements lus par les expéditeurs (MX, SPF, clés DKIM, DMARC, MTA-STS, TLSA) viennent du propriétaire du domaine. Un attaquant sur le chemin peut les falsifier. DANE pour SMTP nécessite DNSSEC&#xa0;: sans lui, les expéditeurs ignorent les enregistrements TLSA.</translation>
    </message>
    <message>
        <source>Sign the zone at your DNS provider (most offer it with one switch) and publish the DS record it gives you at your registrar.</source>
        <translation>Signez la zone chez votre fournisseur DNS (la plupart le proposent d&apos;un simple interrupteur) et publiez chez votre registrar l&apos;enregistrement DS qu&apos;il vous donne.</translation>
    </message>
    <message>
        <source>DNSSEC signatures expire within 7 days</source>
        <translation>Des signatures DNSSEC expirent dans moins de 7 jours</translation>
    </message>
    <message>
        <source>Signatures carry an expiration date. Signers renew them well ahead of time (usually days to weeks); a signature this close to its end suggests the signer has stopped. When it expires, validating resolvers treat the record as bogus and the domain stops resolving for them.</source>
        <translation>Les signatures portent une date d&apos;expiration. Les signataires les renouvellent bien à l&apos;avance (généralement des jours ou des semaines)&#xa0;; une signature si proche de sa fin suggère que le signataire s&apos;est arrêté. Quand elle expire, les résolveurs validants traitent l&apos;enregistrement comme bogus et le domaine ne se résout plus pour eux.</translation>
    </message>
    <message>
        <source>Check that the zone&apos;s signer (or your DNS provider&apos;s automatic signing) runs and re-signs the zone; re-sign it now by hand if it does not.</source>
        <translation>Vérifiez que le signataire de la zone (ou la signature automatique de votre fournisseur DNS) tourne et re-signe la zone&#xa0;; sinon, re-signez-la maintenant à la main.</translation>
    </message>
    <message>
        <source>The zone is signed with an algorithm that must no longer be used</source>
        <translation>La zone est signée avec un algorithme qui ne doit plus être utilisé</translation>
    </message>
    <message>
        <source>RFC 8624 says not to sign with RSAMD5, DSA, RSASHA1, DSA-NSEC3-SHA1, RSASHA1-NSEC3-SHA1 or ECC-GOST: they are weak or no longer implemented. Validators are dropping them (some distributions already treat SHA-1 signatures as insecure), and then the zone counts as unsigned or fails to validate.</source>
        <translation>RFC 8624 dit de ne pas signer avec RSAMD5, DSA, RSASHA1, DSA-NSEC3-SHA1, RSASHA1-NSEC3-SHA1 ou ECC-GOST&#xa0;: ils sont faibles ou ne sont plus implémentés. Les validateurs les abandonnent (certaines distributions traitent déjà les signatures SHA-1 comme non sûres), et la zone compte alors comme non signée ou échoue à la validation.</translation>
    </message>
    <message>
        <source>Roll the zone over to ECDSAP256SHA256 (13) or ED25519 (15): add keys of the new algorithm, sign with both, replace the DS at the parent, then remove the old keys (RFC 6781 §4.1.4).</source>
        <translation>Faites basculer la zone vers ECDSAP256SHA256 (13) ou ED25519 (15)&#xa0;: ajoutez des clés du nouvel algorithme, signez avec les deux, remplacez le DS chez le parent, puis retirez les anciennes clés (RFC 6781 §4.1.4).</translation>
    </message>
    <message>
        <source>NSEC3 uses additional hash iterations</source>
        <translation>NSEC3 utilise des itérations de hachage supplémentaires</translation>
    </message>
    <message>
        <source>Extra NSEC3 iterations add no real protection against zone walking but cost every validating resolver CPU time. RFC 9276 says to use 0; resolvers may treat answers with more iterations as insecure or even bogus (RFC 9276 §3.2).</source>
        <translation>Les itérations NSEC3 supplémentaires n&apos;apportent aucune vraie protection contre l&apos;énumération de zone mais coûtent du temps CPU à chaque résolveur validant. RFC 9276 dit d&apos;utiliser 0&#xa0;; les résolveurs peuvent traiter les réponses avec plus d&apos;itérations comme non sûres, voire bogus (RFC 9276 §3.2).</translation>
    </message>
    <message>
        <source>Set the NSEC3 parameters to 0 iterations and no salt (NSEC3PARAM 1 0 0 -), or switch to NSEC, and re-sign the zone.</source>
        <translation>Réglez les paramètres NSEC3 à 0 itération et sans sel (NSEC3PARAM 1 0 0 -), ou passez à NSEC, et re-signez la zone.</translation>
    </message>
    <message>
        <source>The message carries more than 50 ARC sets</source>
        <translation>Le message contient plus de 50 jeux ARC</translation>
    </message>
    <message>
        <source>RFC 8617 allows at most 50 ARC sets on a message; with more, the chain fails without further checks. A message this far forwarded is most likely looping between intermediaries.</source>
        <translation>RFC 8617 autorise au plus 50 jeux ARC sur un message&#xa0;; au-delà, la chaîne échoue sans autre vérification. Un message transféré aussi loin tourne très probablement en boucle entre des intermédiaires.</translation>
    </message>
    <message>
        <source>Look for a forwarding loop between the intermediaries that sealed the message (the ARC-Seal d= values) and break it.</source>
        <translation>Cherchez une boucle de transfert entre les intermédiaires qui ont scellé le message (les valeurs d= des ARC-Seal) et cassez-la.</translation>
    </message>
    <message>
        <source>The most recent ARC-Seal says the chain had already failed</source>
        <translation>Le plus récent ARC-Seal indique que la chaîne avait déjà échoué</translation>
    </message>
    <message>
        <source>An intermediary that finds a broken chain still seals the message, with cv=fail. Every later verifier must then treat the chain as failed: the failure is propagated, whatever the earlier sets look like now.</source>
        <translation>Un intermédiaire qui trouve une chaîne rompue scelle quand même le message, avec cv=fail. Chaque vérificateur ultérieur doit alors traiter la chaîne comme en échec&#xa0;: l&apos;échec est propagé, quel que soit l&apos;état actuel des jeux précédents.</translation>
    </message>
    <message>
        <source>Find the hop before the sealer that wrote cv=fail: its ARC set did not verify when the message arrived there (a modified message, a missing key or a broken sealer).</source>
        <translation>Trouvez l&apos;étape précédant le scelleur qui a écrit cv=fail&#xa0;: son jeu ARC ne se vérifiait pas à l&apos;arrivée du message (un message modifié, une clé manquante ou un scelleur défaillant).</translation>
    </message>
    <message>
        <source>An ARC set lacks one of its three header fields</source>
        <translation>Il manque à un jeu ARC l&apos;un de ses trois champs d&apos;en-tête</translation>
    </message>
    <message>
        <source>Each ARC set holds exactly one ARC-Authentication-Results, one ARC-Message-Signature and one ARC-Seal with the same i=. A set missing one of them makes the whole chain fail.</source>
        <translation>Chaque jeu ARC contient exactement un ARC-Authentication-Results, un ARC-Message-Signature et un ARC-Seal avec le même i=. Un jeu auquel l&apos;un d&apos;eux manque fait échouer toute la chaîne.</translation>
    </message>
    <message>
        <source>The intermediary of that instance writes incomplete ARC sets, or a later hop removed a field: fix the sealer&apos;s configuration, or stop the hop that strips ARC header fields.</source>
        <translation>L&apos;intermédiaire de cette instance écrit des jeux ARC incomplets, ou une étape ultérieure a retiré un champ&#xa0;: corrigez la configuration du scelleur, ou arrêtez l&apos;étape qui supprime des champs d&apos;en-tête ARC.</translation>
    </message>
    <message>
        <source>An ARC instance appears more than once</source>
        <translation>Une instance ARC apparaît plus d&apos;une fois</translation>
    </message>
    <message>
        <source>Two ARC header fields of the same kind carry the same i=. Instances must run from 1 to N without repetition; a repeated one makes the chain fail. Two intermediaries that both thought they were first, or a sealer that signs twice, cause this.</source>
        <translation>Deux champs d&apos;en-tête ARC du même type portent le même i=. Les instances doivent aller de 1 à N sans répétition&#xa0;; une instance répétée fait échouer la chaîne. Cela vient de deux intermédiaires qui se croyaient tous deux les premiers, ou d&apos;un scelleur qui signe deux fois.</translation>
    </message>
    <message>
        <source>Each sealer must add the next instance (the highest i= seen plus one) and seal a message once.</source>
        <translation>Chaque scelleur doit ajouter l&apos;instance suivante (le plus grand i= vu plus un) et sceller un message une seule fois.</translation>
    </message>
    <message>
        <source>The ARC instances do not run from 1 without gaps</source>
        <translation>Les instances ARC ne se suivent pas sans trou à partir de 1</translation>
    </message>
    <message>
        <source>The instance numbers of the ARC sets must form the sequence 1, 2, ... N. A gap means a set was removed, or a sealer numbered its set wrongly; the chain fails.</source>
        <translation>Les numéros d&apos;instance des jeux ARC doivent former la suite 1, 2, ... N. Un trou signifie qu&apos;un jeu a été retiré ou qu&apos;un scelleur a mal numéroté son jeu&#xa0;; la chaîne échoue.</translation>
    </message>
    <message>
        <source>Check which hop removes ARC header fields or numbers its set wrongly (the sealer of the instance after the gap).</source>
        <translation>Vérifiez quelle étape supprime des champs d&apos;en-tête ARC ou numérote mal son jeu (le scelleur de l&apos;instance après le trou).</translation>
    </message>
    <message>
        <source>An ARC header field has no valid instance number</source>
        <translation>Un champ d&apos;en-tête ARC n&apos;a pas de numéro d&apos;instance valide</translation>
    </message>
    <message>
        <source>Every ARC header field starts with i= and a number from 1 to 50. A field without one cannot be placed in a set, and the chain fails.</source>
        <translation>Chaque champ d&apos;en-tête ARC commence par i= et un nombre de 1 à 50. Un champ qui n&apos;en a pas ne peut être placé dans aucun jeu, et la chaîne échoue.</translation>
    </message>
    <message>
        <source>Fix the sealer that writes the field without a valid i= tag.</source>
        <translation>Corrigez le scelleur qui écrit le champ sans tag i= valide.</translation>
    </message>
    <message>
        <source>An ARC-Seal has the wrong cv= value for its place in the chain</source>
        <translation>Un ARC-Seal a une valeur cv= erronée pour sa place dans la chaîne</translation>
    </message>
    <message>
        <source>The first seal (i=1) must say cv=none and every later seal cv=pass; any other value, or cv=fail on a seal that is not the most recent, makes the chain fail.</source>
        <translation>Le premier sceau (i=1) doit indiquer cv=none et chaque sceau suivant cv=pass&#xa0;; toute autre valeur, ou cv=fail sur un sceau qui n&apos;est pas le plus récent, fait échouer la chaîne.</translation>
    </message>
    <message>
        <source>Fix the sealer of that instance: it must state the result of its own chain validation (none when it adds the first set).</source>
        <translation>Corrigez le scelleur de cette instance&#xa0;: il doit indiquer le résultat de sa propre validation de la chaîne (none quand il ajoute le premier jeu).</translation>
    </message>
    <message>
        <source>An ARC header field cannot be read</source>
        <translation>Un champ d&apos;en-tête ARC ne peut pas être lu</translation>
    </message>
    <message>
        <source>A required tag is missing, a value is malformed (base64, domain, algorithm), or the field breaks the tag=value syntax. An unreadable ARC field makes the chain fail.</source>
        <translation>Un tag obligatoire manque, une valeur est malformée (base64, domaine, algorithme), ou le champ enfreint la syntaxe tag=value. Un champ ARC illisible fait échouer la chaîne.</translation>
    </message>
    <message>
        <source>Fix the sealer that wrote the field; the detail names the tag at fault.</source>
        <translation>Corrigez le scelleur qui a écrit le champ&#xa0;; le détail nomme le tag fautif.</translation>
    </message>
    <message>
        <source>The most recent ARC-Message-Signature does not verify</source>
        <translation>La plus récente ARC-Message-Signature ne se vérifie pas</translation>
    </message>
    <message>
        <source>The signature the last intermediary put on the message no longer matches it: the message was changed after the last sealer, its key is missing or changed, or the sealer signs badly. The chain fails.</source>
        <translation>La signature que le dernier intermédiaire a apposée sur le message ne lui correspond plus&#xa0;: le message a été modifié après le dernier scelleur, sa clé manque ou a changé, ou le scelleur signe mal. La chaîne échoue.</translation>
    </message>
    <message>
        <source>Find what changed the message after the last sealer (a footer, a gateway that rewrites headers) or check the sealer&apos;s published key at &lt;selector&gt;._domainkey.&lt;d&gt;.</source>
        <translation>Trouvez ce qui a modifié le message après le dernier scelleur (un pied de page, une passerelle qui réécrit les en-têtes) ou vérifiez la clé publiée du scelleur à &lt;selector&gt;._domainkey.&lt;d&gt;.</translation>
    </message>
    <message>
        <source>An earlier ARC-Message-Signature no longer verifies</source>
        <translation>Une ARC-Message-Signature antérieure ne se vérifie plus</translation>
    </message>
    <message>
        <source>An intermediary changed the message after an earlier hop had signed it (a subject tag, a footer). That is what ARC exists for and does not make the chain fail; the oldest signature that still verifies (oldest-pass) shows where the change happened.</source>
        <translation>Un intermédiaire a modifié le message après qu&apos;une étape antérieure l&apos;a signé (un marquage du sujet, un pied de page). C&apos;est précisément la raison d&apos;être d&apos;ARC, et la chaîne n&apos;échoue pas pour autant&#xa0;; la plus ancienne signature qui se vérifie encore (oldest-pass) montre où la modification a eu lieu.</translation>
    </message>
    <message>
        <source>Nothing to fix if the intermediary is expected to modify messages (a mailing list). Receivers decide from the seals and the earlier authentication results.</source>
        <translation>Rien à corriger si l&apos;intermédiaire est censé modifier les messages (une liste de diffusion). Les destinataires décident d&apos;après les sceaux et les résultats d&apos;authentification antérieurs.</translation>
    </message>
    <message>
        <source>An ARC-Seal does not verify</source>
        <translation>Un ARC-Seal ne se vérifie pas</translation>
    </message>
    <message>
        <source>The seal covers every ARC set up to its own. When it does not verify, an ARC header field was changed or removed after sealing, the sealer&apos;s key is missing or changed, or the sealer signs badly. The chain fails at that instance.</source>
        <translation>Le sceau couvre chaque jeu ARC jusqu&apos;au sien. S&apos;il ne se vérifie pas, un champ d&apos;en-tête ARC a été modifié ou retiré après le scellement, la clé du scelleur manque ou a changé, ou le scelleur signe mal. La chaîne échoue à cette instance.</translation>
    </message>
    <message>
        <source>Check the sealer&apos;s key at &lt;selector&gt;._domainkey.&lt;d&gt; and whether a later hop rewrites or reorders ARC header fields.</source>
        <translation>Vérifiez la clé du scelleur à &lt;selector&gt;._domainkey.&lt;d&gt; et si une étape ultérieure réécrit ou réordonne des champs d&apos;en-tête ARC.</translation>
    </message>
    <message>
        <source>A key of the ARC chain could not be fetched</source>
        <translation>Une clé de la chaîne ARC n&apos;a pas pu être récupérée</translation>
    </message>
    <message>
        <source>The DNS query for a sealer&apos;s key failed (timeout, SERVFAIL): the signature could not be checked and the chain counts as failed. This is not the same as a missing key; a retry may succeed.</source>
        <translation>La requête DNS pour la clé d&apos;un scelleur a échoué (délai dépassé, SERVFAIL)&#xa0;: la signature n&apos;a pas pu être vérifiée et la chaîne compte comme en échec. Ce n&apos;est pas la même chose qu&apos;une clé manquante&#xa0;; un nouvel essai peut réussir.</translation>
    </message>
    <message>
        <source>Retry, or ask another resolver; if it persists, the sealer&apos;s DNS is broken.</source>
        <translation>Réessayez, ou interrogez un autre résolveur&#xa0;; si cela persiste, le DNS du scelleur est défaillant.</translation>
    </message>
    <message>
        <source>An ARC-Message-Signature signs Authentication-Results</source>
        <translation>Une ARC-Message-Signature signe Authentication-Results</translation>
    </message>
    <message>
        <source>Authentication-Results header fields are removed or rewritten by later hops as a matter of course; an ARC-Message-Signature that covers them breaks as soon as one is touched.</source>
        <translation>Les champs d&apos;en-tête Authentication-Results sont couramment retirés ou réécrits par les étapes ultérieures&#xa0;; une ARC-Message-Signature qui les couvre se rompt dès que l&apos;un d&apos;eux est touché.</translation>
    </message>
    <message>
        <source>Remove Authentication-Results from the header list (h=) the sealer signs.</source>
        <translation>Retirez Authentication-Results de la liste d&apos;en-têtes (h=) que le scelleur signe.</translation>
    </message>
    <message>
        <source>The message has no usable From address</source>
        <translation>Le message n&apos;a pas d&apos;adresse From utilisable</translation>
    </message>
    <message>
        <source>DMARC is applied to the domain of the From header field. Without a From field, or with one whose address has no domain, there is nothing to align SPF and DKIM with; receivers typically reject such messages.</source>
        <translation>DMARC s&apos;applique au domaine du champ d&apos;en-tête From. Sans champ From, ou avec un champ dont l&apos;adresse n&apos;a pas de domaine, il n&apos;y a rien sur quoi aligner SPF et DKIM&#xa0;; les destinataires rejettent généralement ces messages.</translation>
    </message>
    <message>
        <source>Make the sending application write one From field with one full address (name@domain).</source>
        <translation>Faites écrire par l&apos;application d&apos;envoi un seul champ From avec une adresse complète (nom@domaine).</translation>
    </message>
    <message>
        <source>The message has several From fields or addresses</source>
        <translation>Le message a plusieurs champs ou adresses From</translation>
    </message>
    <message>
        <source>With several From fields, or several addresses in one, the author domain is ambiguous: receivers reject the message, or apply DMARC to every domain and take the strictest outcome. Mailsight evaluates the first one.</source>
        <translation>Avec plusieurs champs From, ou plusieurs adresses dans un seul, le domaine de l&apos;auteur est ambigu&#xa0;: les destinataires rejettent le message, ou appliquent DMARC à chaque domaine et retiennent le résultat le plus strict. Mailsight évalue la première.</translation>
    </message>
    <message>
        <source>Send with a single author address in a single From field; put other addresses in Sender or Reply-To.</source>
        <translation>Envoyez avec une seule adresse d&apos;auteur dans un seul champ From&#xa0;; mettez les autres adresses dans Sender ou Reply-To.</translation>
    </message>
    <message>
        <source>Only the header was given: body hashes were not checked</source>
        <translation>Seul l&apos;en-tête a été fourni&#xa0;: les empreintes du corps n&apos;ont pas été vérifiées</translation>
    </message>
    <message>
        <source>DKIM and ARC signatures cover the body through a hash (bh=). Without the body, only the header part of each signature can be verified, so a signature marked as passing here could still fail on a changed body.</source>
        <translation>Les signatures DKIM et ARC couvrent le corps par une empreinte (bh=). Sans le corps, seule la partie en-tête de chaque signature peut être vérifiée&#xa0;: une signature marquée ici comme valide pourrait donc encore échouer sur un corps modifié.</translation>
    </message>
    <message>
        <source>Give the whole message (save it as .eml from the mail client: &quot;Show original&quot; or &quot;View source&quot;) for a complete verification.</source>
        <translation>Fournissez le message entier (enregistrez-le en .eml depuis le client de messagerie&#xa0;: «&#xa0;Afficher l&apos;original&#xa0;» ou «&#xa0;Afficher la source&#xa0;») pour une vérification complète.</translation>
    </message>
    <message>
        <source>The address of the sending server could not be read from the message</source>
        <translation>L&apos;adresse du serveur d&apos;envoi n&apos;a pas pu être lue dans le message</translation>
    </message>
    <message>
        <source>SPF checks the address that connected to the receiving server. It is read from the Received field the receiving system added (or its Received-SPF); none of them names an address here, so SPF was not evaluated.</source>
        <translation>SPF vérifie l&apos;adresse qui s&apos;est connectée au serveur de réception. Elle est lue dans le champ Received ajouté par le système de réception (ou dans son Received-SPF)&#xa0;; ici aucun d&apos;eux ne nomme d&apos;adresse, donc SPF n&apos;a pas été évalué.</translation>
    </message>
    <message>
        <source>Give the whole header including every Received field, or name the address with --ip (and --helo, --mail-from).</source>
        <translation>Fournissez l&apos;en-tête entier avec chaque champ Received, ou indiquez l&apos;adresse avec --ip (et --helo, --mail-from).</translation>
    </message>
    <message>
        <source>A Received field could not be read</source>
        <translation>Un champ Received n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>A Received field has no recognisable from/by clauses or an unreadable date. The delivery path shows it as written; delays next to it are unknown.</source>
        <translation>Un champ Received n&apos;a pas de clauses from/by reconnaissables ou a une date illisible. Le chemin de distribution l&apos;affiche tel qu&apos;il est écrit&#xa0;; les délais qui l&apos;entourent sont inconnus.</translation>
    </message>
    <message>
        <source>Nothing to do for the message; if the field comes from your own server, check its trace header format.</source>
        <translation>Rien à faire pour le message&#xa0;; si le champ vient de votre propre serveur, vérifiez le format de ses en-têtes de trace.</translation>
    </message>
    <message>
        <source>A hop is dated before the hop that handed the message to it</source>
        <translation>Une étape est datée d&apos;avant l&apos;étape qui lui a remis le message</translation>
    </message>
    <message>
        <source>The Received fields record the time at each server. A later hop dated earlier than the one before it means one of the two clocks is wrong, which also makes signature times (t=, x=) and report periods unreliable.</source>
        <translation>Les champs Received enregistrent l&apos;heure sur chaque serveur. Une étape ultérieure datée d&apos;avant la précédente signifie que l&apos;une des deux horloges est fausse, ce qui rend aussi peu fiables les heures de signature (t=, x=) et les périodes des rapports.</translation>
    </message>
    <message>
        <source>Synchronise the clocks of the servers named in the two fields with NTP.</source>
        <translation>Synchronisez avec NTP les horloges des serveurs nommés dans les deux champs.</translation>
    </message>
    <message>
        <source>The message waited more than an hour between two hops</source>
        <translation>Le message a attendu plus d&apos;une heure entre deux étapes</translation>
    </message>
    <message>
        <source>A long gap between two Received fields means the message sat in a queue: the next server was unreachable, deferred it (greylisting, rate limits), or the sender retried late.</source>
        <translation>Un long écart entre deux champs Received signifie que le message est resté dans une file d&apos;attente&#xa0;: le serveur suivant était injoignable, l&apos;a différé (greylisting, limites de débit), ou l&apos;expéditeur a réessayé tard.</translation>
    </message>
    <message>
        <source>Look at the logs of the server that held the message (the &quot;by&quot; of the earlier hop) for deferrals at that time.</source>
        <translation>Cherchez dans les journaux du serveur qui a retenu le message (le «&#xa0;by&#xa0;» de l&apos;étape antérieure) des reports à ce moment-là.</translation>
    </message>
    <message>
        <source>The message fails DMARC</source>
        <translation>Le message échoue à DMARC</translation>
    </message>
    <message>
        <source>Neither SPF nor any DKIM signature passes for a domain aligned with the From domain, and the From domain publishes DMARC: receivers apply its policy (reject, quarantine, or only report with p=none).</source>
        <translation>Ni SPF ni aucune signature DKIM ne réussit pour un domaine aligné sur le domaine From, et le domaine From publie DMARC&#xa0;: les destinataires appliquent sa politique (reject, quarantine, ou seulement des rapports avec p=none).</translation>
    </message>
    <message>
        <source>Sign the mail with DKIM under the From domain (or a subdomain of it) at the sending service, and authorise the service&apos;s servers in the SPF record of a MAIL FROM domain under the From domain.</source>
        <translation>Signez le courrier avec DKIM sous le domaine From (ou un sous-domaine) chez le service d&apos;envoi, et autorisez les serveurs du service dans l&apos;enregistrement SPF d&apos;un domaine MAIL FROM sous le domaine From.</translation>
    </message>
    <message>
        <source>RFC 9989 and RFC 7489 receivers treat the message differently</source>
        <translation>Les destinataires RFC 9989 et RFC 7489 traitent le message différemment</translation>
    </message>
    <message>
        <source>The organizational domain (DNS tree walk against the Public Suffix List), the policy record found, or the pct and t tags lead the two kinds of receiver to different results or policies for this message.</source>
        <translation>Le domaine organisationnel (parcours de l&apos;arborescence DNS contre Public Suffix List), l&apos;enregistrement de politique trouvé, ou les tags pct et t conduisent les deux types de destinataires à des résultats ou des politiques différents pour ce message.</translation>
    </message>
    <message>
        <source>Publish records that give the same answer under both readings: a DMARC record at the organizational domain with an explicit sp, no pct below 100 and no t=y.</source>
        <translation>Publiez des enregistrements qui donnent la même réponse selon les deux lectures&#xa0;: un enregistrement DMARC au domaine organisationnel avec un sp explicite, pas de pct inférieur à 100 et pas de t=y.</translation>
    </message>
    <message>
        <source>A receiver could accept the message on its ARC chain</source>
        <translation>Un destinataire pourrait accepter le message sur la foi de sa chaîne ARC</translation>
    </message>
    <message>
        <source>The message fails DMARC, but its ARC chain passes and an intermediary recorded aligned authentication before it changed the message. A receiver that trusts the sealers may override the DMARC policy locally (reported as local_policy or arc); nothing obliges it to.</source>
        <translation>Le message échoue à DMARC, mais sa chaîne ARC est valide et un intermédiaire a enregistré une authentification alignée avant de modifier le message. Un destinataire qui fait confiance aux scelleurs peut passer outre la politique DMARC localement (signalé comme local_policy ou arc)&#xa0;; rien ne l&apos;y oblige.</translation>
    </message>
    <message>
        <source>Nothing to fix at the sender if the message went through a mailing list or forwarder; the intermediary can avoid the failure by not modifying messages or by rewriting From to its own domain.</source>
        <translation>Rien à corriger chez l&apos;expéditeur si le message est passé par une liste de diffusion ou un transfert&#xa0;; l&apos;intermédiaire peut éviter l&apos;échec en ne modifiant pas les messages ou en réécrivant From vers son propre domaine.</translation>
    </message>
    <message>
        <source>The receiver&apos;s verdict differs from Mailsight&apos;s</source>
        <translation>Le verdict du destinataire diffère de celui de Mailsight</translation>
    </message>
    <message>
        <source>The receiving system recorded its own results in Authentication-Results when the message arrived. Mailsight verifies again now, from the message as given: DNS may have changed since, the message may have been changed after delivery, or the receiver may read the rules differently.</source>
        <translation>Le système de réception a enregistré ses propres résultats dans Authentication-Results à l&apos;arrivée du message. Mailsight vérifie à nouveau maintenant, à partir du message tel que fourni&#xa0;: le DNS a pu changer depuis, le message a pu être modifié après la remise, ou le destinataire peut lire les règles différemment.</translation>
    </message>
    <message>
        <source>Read the explanation next to each difference; when in doubt, trust the receiver&apos;s verdict for what happened at delivery and Mailsight&apos;s for what the same message would get today.</source>
        <translation>Lisez l&apos;explication à côté de chaque différence&#xa0;; en cas de doute, fiez-vous au verdict du destinataire pour ce qui s&apos;est passé à la remise et à celui de Mailsight pour ce que le même message obtiendrait aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>A DKIM key changed since the message was delivered</source>
        <translation>Une clé DKIM a changé depuis la remise du message</translation>
    </message>
    <message>
        <source>The receiver verified the signature at delivery, but the key it names is now missing, revoked or different. The signer rotated its key since; old messages cannot be verified any more, which is expected after a rotation.</source>
        <translation>Le destinataire a vérifié la signature à la remise, mais la clé qu&apos;elle nomme est maintenant absente, révoquée ou différente. Le signataire a changé de clé depuis&#xa0;; les anciens messages ne peuvent plus être vérifiés, ce qui est attendu après une rotation.</translation>
    </message>
    <message>
        <source>Nothing to fix for delivered mail. If the message is recent, check that the signer already signs with the new selector before the old key was withdrawn.</source>
        <translation>Rien à corriger pour le courrier déjà remis. Si le message est récent, vérifiez que le signataire signait déjà avec le nouveau sélecteur avant le retrait de l&apos;ancienne clé.</translation>
    </message>
    <message>
        <source>The message carries no verdict of its receiver</source>
        <translation>Le message ne porte aucun verdict de son destinataire</translation>
    </message>
    <message>
        <source>No Authentication-Results or Received-SPF field was found from the receiving system, so there is nothing to compare Mailsight&apos;s results with. Some systems remove them, and a message copied before delivery has none.</source>
        <translation>Aucun champ Authentication-Results ou Received-SPF du système de réception n&apos;a été trouvé&#xa0;: il n&apos;y a donc rien à quoi comparer les résultats de Mailsight. Certains systèmes les retirent, et un message copié avant la remise n&apos;en a pas.</translation>
    </message>
    <message>
        <source>Take the message from the recipient&apos;s mailbox (&quot;Show original&quot;), as the receiver stored it.</source>
        <translation>Prenez le message dans la boîte aux lettres du destinataire («&#xa0;Afficher l&apos;original&#xa0;»), tel que le destinataire l&apos;a stocké.</translation>
    </message>
    <message>
        <source>The authoritative servers serve different records</source>
        <translation>Les serveurs faisant autorité servent des enregistrements différents</translation>
    </message>
    <message>
        <source>Asked directly, the domain&apos;s authoritative servers do not all give the same answer for a mail record. Resolvers pick a server at random, so receivers see one version or the other: a stale secondary still handing out an old SPF, DMARC or DKIM record fails part of the mail, silently and only now and then.</source>
        <translation>Interrogés directement, les serveurs faisant autorité du domaine ne donnent pas tous la même réponse pour un enregistrement de messagerie. Les résolveurs choisissent un serveur au hasard, donc les destinataires voient l&apos;une ou l&apos;autre version&#xa0;: un secondaire périmé qui distribue encore un ancien enregistrement SPF, DMARC ou DKIM fait échouer une partie du courrier, silencieusement et seulement de temps en temps.</translation>
    </message>
    <message>
        <source>Find out why the servers named here hold another version: a secondary that no longer transfers the zone (check NOTIFY and the transfer ACLs, RFC 1996), or a provider edited by hand. Make every server serve the current zone, then run the check again.</source>
        <translation>Déterminez pourquoi les serveurs nommés ici ont une autre version&#xa0;: un secondaire qui ne transfère plus la zone (vérifiez NOTIFY et les ACL de transfert, RFC 1996), ou un fournisseur modifié à la main. Faites servir la zone actuelle par chaque serveur, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>The authoritative servers hold different versions of the zone</source>
        <translation>Les serveurs faisant autorité ont des versions différentes de la zone</translation>
    </message>
    <message>
        <source>The SOA serial differs between the domain&apos;s authoritative servers. Right after a change this lasts until the secondaries have transferred the zone (seconds with NOTIFY); if it lasts longer, a secondary has stopped following the primary and serves old records.</source>
        <translation>Le numéro de série SOA diffère entre les serveurs faisant autorité du domaine. Juste après une modification, cela dure jusqu&apos;à ce que les secondaires aient transféré la zone (quelques secondes avec NOTIFY)&#xa0;; si cela dure plus longtemps, un secondaire ne suit plus le primaire et sert d&apos;anciens enregistrements.</translation>
    </message>
    <message>
        <source>Check again in a few minutes; if the serials still differ, look at the transfer logs of the servers with the lower serial (NOTIFY reaching them, transfers allowed from them), or raise the serial and reload the primary.</source>
        <translation>Vérifiez à nouveau dans quelques minutes&#xa0;; si les numéros de série diffèrent encore, consultez les journaux de transfert des serveurs au numéro le plus bas (NOTIFY leur parvient-il, les transferts leur sont-ils permis), ou augmentez le numéro de série et rechargez le primaire.</translation>
    </message>
    <message>
        <source>An authoritative server does not serve the zone (lame)</source>
        <translation>Un serveur faisant autorité ne sert pas la zone (lame)</translation>
    </message>
    <message>
        <source>A server named for the zone gave no usable answer to its SOA question: no answer at all, REFUSED, SERVFAIL, or an answer without the authoritative (AA) flag. Resolvers that pick it wait for a timeout or retry elsewhere, which slows every lookup of the domain and, when all servers are lame, makes its mail records unreachable.</source>
        <translation>Un serveur nommé pour la zone n&apos;a pas donné de réponse utilisable à sa question SOA&#xa0;: aucune réponse, REFUSED, SERVFAIL, ou une réponse sans le drapeau d&apos;autorité (AA). Les résolveurs qui le choisissent attendent un délai d&apos;expiration ou réessaient ailleurs, ce qui ralentit chaque résolution du domaine et, quand tous les serveurs sont lame, rend ses enregistrements de messagerie inaccessibles.</translation>
    </message>
    <message>
        <source>Configure the server named here to serve the zone (as a primary or a secondary), or remove its NS record from the zone and from the delegation at the parent (your registrar).</source>
        <translation>Configurez le serveur nommé ici pour qu&apos;il serve la zone (comme primaire ou secondaire), ou retirez son enregistrement NS de la zone et de la délégation chez le parent (votre registrar).</translation>
    </message>
    <message>
        <source>The parent&apos;s delegation differs from the zone&apos;s own NS records</source>
        <translation>La délégation du parent diffère des enregistrements NS propres à la zone</translation>
    </message>
    <message>
        <source>The NS set the parent zone hands out (set at the registrar) is not the NS set the zone itself publishes. Resolvers use one or the other depending on what they saw first, so a server listed only on one side is asked by some and ignored by others; after a provider move, the old servers often stay at the parent and keep answering with old records.</source>
        <translation>L&apos;ensemble NS distribué par la zone parente (défini chez le registrar) n&apos;est pas l&apos;ensemble NS que la zone publie elle-même. Les résolveurs utilisent l&apos;un ou l&apos;autre selon ce qu&apos;ils ont vu en premier, donc un serveur listé d&apos;un seul côté est interrogé par certains et ignoré par d&apos;autres&#xa0;; après un changement de fournisseur, les anciens serveurs restent souvent chez le parent et continuent de répondre avec d&apos;anciens enregistrements.</translation>
    </message>
    <message>
        <source>Make both sets the same: update the name servers at the registrar, or the NS records in the zone, so that they list exactly the servers that serve it.</source>
        <translation>Rendez les deux ensembles identiques&#xa0;: mettez à jour les serveurs de noms chez le registrar, ou les enregistrements NS dans la zone, pour qu&apos;ils listent exactement les serveurs qui la servent.</translation>
    </message>
    <message>
        <source>The zone has fewer than two authoritative servers</source>
        <translation>La zone a moins de deux serveurs faisant autorité</translation>
    </message>
    <message>
        <source>The zone is served by a single name server (one name, or several names on one address). When it is down or unreachable, the domain&apos;s MX, SPF, DKIM and DMARC records cannot be read and mail to and from the domain fails.</source>
        <translation>La zone est servie par un seul serveur de noms (un nom, ou plusieurs noms sur une adresse). Quand il est en panne ou injoignable, les enregistrements MX, SPF, DKIM et DMARC du domaine ne peuvent pas être lus et le courrier vers et depuis le domaine échoue.</translation>
    </message>
    <message>
        <source>Add at least one more authoritative server, on another address (a secondary from another provider or your registrar), and list it both in the zone and at the registrar.</source>
        <translation>Ajoutez au moins un autre serveur faisant autorité, sur une autre adresse (un secondaire chez un autre fournisseur ou votre registrar), et listez-le à la fois dans la zone et chez le registrar.</translation>
    </message>
    <message>
        <source>Every authoritative server is in the same network</source>
        <translation>Tous les serveurs faisant autorité sont dans le même réseau</translation>
    </message>
    <message>
        <source>All addresses of the zone&apos;s name servers lie in one IPv4 /24 (and one IPv6 /48): very likely one site, one upstream link or one provider. A single outage or routing problem there takes every server, and with them the domain&apos;s mail records, off the net at once.</source>
        <translation>Toutes les adresses des serveurs de noms de la zone se trouvent dans un même /24 IPv4 (et un même /48 IPv6)&#xa0;: très probablement un seul site, une seule liaison amont ou un seul fournisseur. Une seule panne ou un seul problème de routage à cet endroit met hors ligne d&apos;un coup tous les serveurs, et avec eux les enregistrements de messagerie du domaine.</translation>
    </message>
    <message>
        <source>Place at least one secondary in another network (another provider or another site with another upstream), and add it to the zone and at the registrar.</source>
        <translation>Placez au moins un secondaire dans un autre réseau (un autre fournisseur, ou un autre site avec une autre liaison amont), et ajoutez-le dans la zone et chez le registrar.</translation>
    </message>
    <message>
        <source>A seed mailbox put the test message in spam</source>
        <translation>Une boîte témoin a placé le message de test dans le spam</translation>
    </message>
    <message>
        <source>The test message arrived, but the receiving provider filed it in the spam (junk) folder. Real messages from the domain to that provider are likely to land there too. Authentication (SPF, DKIM, DMARC) is one input; reputation of the sending IP and domain, content and recipient engagement are others.</source>
        <translation>Le message de test est arrivé, mais le fournisseur de réception l&apos;a classé dans le dossier spam (courrier indésirable). Les vrais messages du domaine vers ce fournisseur risquent d&apos;y arriver aussi. L&apos;authentification (SPF, DKIM, DMARC) est un facteur&#xa0;; la réputation de l&apos;IP d&apos;envoi et du domaine, le contenu et l&apos;engagement des destinataires en sont d&apos;autres.</translation>
    </message>
    <message>
        <source>Check the receiver&apos;s verdict shown beside the seed: fix any SPF, DKIM or DMARC failure first; then check the sending IP&apos;s blocklist listings and the provider&apos;s postmaster tools (Gmail Postmaster, Microsoft SNDS).</source>
        <translation>Vérifiez le verdict du destinataire affiché à côté de la boîte témoin&#xa0;: corrigez d&apos;abord tout échec SPF, DKIM ou DMARC&#xa0;; puis vérifiez les inscriptions de l&apos;IP d&apos;envoi sur les listes de blocage et les outils postmaster du fournisseur (Gmail Postmaster, Microsoft SNDS).</translation>
    </message>
    <message>
        <source>A seed mailbox did not receive the test message in time</source>
        <translation>Une boîte témoin n&apos;a pas reçu le message de test à temps</translation>
    </message>
    <message>
        <source>The token was not found in any folder of the seed within the waiting time. The message may have been rejected or silently dropped by the provider, be delayed (greylisting), or was never sent (when the seed only watches, the own system must send a message carrying the token).</source>
        <translation>Le jeton n&apos;a été trouvé dans aucun dossier de la boîte témoin pendant le délai d&apos;attente. Le message a pu être rejeté ou silencieusement supprimé par le fournisseur, être retardé (greylisting), ou n&apos;a jamais été envoyé (quand la boîte témoin ne fait qu&apos;observer, le système lui-même doit envoyer un message portant le jeton).</translation>
    </message>
    <message>
        <source>Look for a bounce in the sending mailbox and in the submission server&apos;s log; run the check again with a longer --wait to tell a delay from a loss.</source>
        <translation>Cherchez un message de non-remise dans la boîte d&apos;envoi et dans le journal du serveur de soumission&#xa0;; relancez la vérification avec un --wait plus long pour distinguer un retard d&apos;une perte.</translation>
    </message>
    <message>
        <source>A seed mailbox put the test message in a folder other than the inbox</source>
        <translation>Une boîte témoin a placé le message de test dans un dossier autre que la boîte de réception</translation>
    </message>
    <message>
        <source>The message arrived and is not in spam, but a rule, a category tab or an archive moved it out of the inbox. Recipients may not see it.</source>
        <translation>Le message est arrivé et n&apos;est pas dans le spam, mais une règle, un onglet de catégorie ou un archivage l&apos;a sorti de la boîte de réception. Les destinataires risquent de ne pas le voir.</translation>
    </message>
    <message>
        <source>Check the seed&apos;s own filtering rules first; if there are none, the provider classified the message (promotions, bulk) by its content and headers.</source>
        <translation>Vérifiez d&apos;abord les règles de filtrage propres à la boîte témoin&#xa0;; s&apos;il n&apos;y en a pas, le fournisseur a classé le message (promotions, envoi en masse) d&apos;après son contenu et ses en-têtes.</translation>
    </message>
    <message>
        <source>A seed mailbox could not be reached</source>
        <translation>Une boîte témoin n&apos;a pas pu être jointe</translation>
    </message>
    <message>
        <source>Mailsight could not look into the seed mailbox: the host name does not resolve, the connection was refused or timed out, the TLS certificate is not trusted, or the server did not answer as an IMAP server. Where the message landed is unknown.</source>
        <translation>Mailsight n&apos;a pas pu consulter la boîte témoin&#xa0;: le nom d&apos;hôte ne se résout pas, la connexion a été refusée ou a expiré, le certificat TLS n&apos;est pas de confiance, ou le serveur n&apos;a pas répondu comme un serveur IMAP. On ne sait pas où le message est arrivé.</translation>
    </message>
    <message>
        <source>Check the seed&apos;s host, port and TLS mode in the seed configuration; for a private certificate authority give its certificate with caFile or --ca-file.</source>
        <translation>Vérifiez l&apos;hôte, le port et le mode TLS de la boîte témoin dans la configuration des boîtes témoins&#xa0;; pour une autorité de certification privée, indiquez son certificat avec caFile ou --ca-file.</translation>
    </message>
    <message>
        <source>A seed mailbox refused the login</source>
        <translation>Une boîte témoin a refusé la connexion</translation>
    </message>
    <message>
        <source>The IMAP server refused the user name or password of the seed. Providers also refuse a normal password when the account requires an app password or OAuth.</source>
        <translation>Le serveur IMAP a refusé le nom d&apos;utilisateur ou le mot de passe de la boîte témoin. Les fournisseurs refusent aussi un mot de passe normal quand le compte exige un mot de passe d&apos;application ou OAuth.</translation>
    </message>
    <message>
        <source>Check the user name and the password&apos;s source (the environment variable or file named in the configuration); create an app password where the provider asks for one.</source>
        <translation>Vérifiez le nom d&apos;utilisateur et la source du mot de passe (la variable d&apos;environnement ou le fichier nommé dans la configuration)&#xa0;; créez un mot de passe d&apos;application là où le fournisseur en demande un.</translation>
    </message>
    <message>
        <source>The test message could not be sent</source>
        <translation>Le message de test n&apos;a pas pu être envoyé</translation>
    </message>
    <message>
        <source>The submission server could not be reached, its certificate was not accepted, it refused the login (535) or refused the sender or a seed address. No seed could receive the message.</source>
        <translation>Le serveur de soumission n&apos;a pas pu être joint, son certificat n&apos;a pas été accepté, il a refusé la connexion (535), ou il a refusé l&apos;expéditeur ou une adresse témoin. Aucune boîte témoin n&apos;a pu recevoir le message.</translation>
    </message>
    <message>
        <source>Check the submission host, port and TLS mode (587 with STARTTLS, 465 with implicit TLS), the user and password, and that the From address may be used by that user.</source>
        <translation>Vérifiez l&apos;hôte, le port et le mode TLS de soumission (587 avec STARTTLS, 465 avec TLS implicite), l&apos;utilisateur et le mot de passe, et que l&apos;adresse From peut être utilisée par cet utilisateur.</translation>
    </message>
    <message>
        <source>The Authentication-Results the receiving provider wrote on the seed&apos;s copy disagree with Mailsight&apos;s own evaluation of the same copy. Each difference is explained; the usual reasons are DNS changed since delivery, a receiver that does not look up a key or include, or a forwarding hop that changed the message.</source>
        <translation>Les Authentication-Results écrits par le fournisseur de réception sur la copie de la boîte témoin divergent de l&apos;évaluation de cette même copie par Mailsight. Chaque différence est expliquée&#xa0;; les raisons habituelles sont un DNS modifié depuis la remise, un destinataire qui ne résout pas une clé ou un include, ou une étape de transfert qui a modifié le message.</translation>
    </message>
    <message>
        <source>Read the explanation of each difference; when the receiver failed what Mailsight passes, fix the record or key the receiver could not use.</source>
        <translation>Lisez l&apos;explication de chaque différence&#xa0;; quand le destinataire a mis en échec ce que Mailsight valide, corrigez l&apos;enregistrement ou la clé que le destinataire n&apos;a pas pu utiliser.</translation>
    </message>
    <message>
        <source>A seed&apos;s receiver recorded DMARC as failed</source>
        <translation>Le destinataire d&apos;une boîte témoin a enregistré DMARC en échec</translation>
    </message>
    <message>
        <source>The receiving provider evaluated DMARC on the test message and recorded a failure in its Authentication-Results: neither SPF nor DKIM passed aligned with the From domain as that provider saw them. Messages failing DMARC are filed as spam or rejected under the domain&apos;s policy.</source>
        <translation>Le fournisseur de réception a évalué DMARC sur le message de test et enregistré un échec dans ses Authentication-Results&#xa0;: ni SPF ni DKIM n&apos;a réussi aligné sur le domaine From tel que ce fournisseur les a vus. Les messages qui échouent à DMARC sont classés en spam ou rejetés selon la politique du domaine.</translation>
    </message>
    <message>
        <source>Make the submission server sign with a DKIM key of the From domain, and list its sending addresses in the domain&apos;s SPF record.</source>
        <translation>Faites signer le serveur de soumission avec une clé DKIM du domaine From, et listez ses adresses d&apos;envoi dans l&apos;enregistrement SPF du domaine.</translation>
    </message>
    <message>
        <source>No TLSA record matches the certificate an MX host presents</source>
        <translation>Aucun enregistrement TLSA ne correspond au certificat présenté par un hôte MX</translation>
    </message>
    <message>
        <source>The MX host publishes TLSA records at _25._tcp.&lt;host&gt;, so DANE senders (Postfix, Exim, and the large providers that validate DNSSEC) require STARTTLS and a certificate chain that one of those records matches. None does: DANE-EE(3) records are compared with the server&apos;s own certificate or key, DANE-TA(2) records with the CA certificates the server sends above it. DANE senders refuse to deliver to this host and queue the mail until it bounces; senders without DANE are not affected, which is why this goes unnoticed.</source>
        <translation>L&apos;hôte MX publie des enregistrements TLSA à _25._tcp.&lt;host&gt;, donc les expéditeurs DANE (Postfix, Exim, et les grands fournisseurs qui valident DNSSEC) exigent STARTTLS et une chaîne de certificats à laquelle l&apos;un de ces enregistrements correspond. Aucun ne correspond&#xa0;: les enregistrements DANE-EE(3) sont comparés au certificat ou à la clé propre du serveur, les DANE-TA(2) aux certificats d&apos;AC que le serveur envoie au-dessus. Les expéditeurs DANE refusent de remettre à cet hôte et gardent le courrier en file d&apos;attente jusqu&apos;à ce qu&apos;il soit renvoyé&#xa0;; les expéditeurs sans DANE ne sont pas concernés, c&apos;est pourquoi cela passe inaperçu.</translation>
    </message>
    <message>
        <source>Publish a TLSA record for the key the server uses now, e.g. &quot;_25._tcp.mx.example.com. IN TLSA 3 1 1 &lt;SHA-256 of the SubjectPublicKeyInfo&gt;&quot; (openssl x509 -in cert.pem -noout -pubkey | openssl pkey -pubin -outform DER | sha256sum), wait for the old records&apos; TTL, then remove the stale records. If the server should present a different certificate, install it (with its CA certificate in the chain for 2 x x records).</source>
        <translation>Publiez un enregistrement TLSA pour la clé que le serveur utilise maintenant, par exemple &quot;_25._tcp.mx.example.com. IN TLSA 3 1 1 &lt;SHA-256 du SubjectPublicKeyInfo&gt;&quot; (openssl x509 -in cert.pem -noout -pubkey | openssl pkey -pubin -outform DER | sha256sum), attendez le TTL des anciens enregistrements, puis retirez les enregistrements périmés. Si le serveur doit présenter un autre certificat, installez-le (avec son certificat d&apos;AC dans la chaîne pour les enregistrements 2 x x).</translation>
    </message>
    <message>
        <source>TLSA records of an MX host are not DNSSEC-secure</source>
        <translation>Les enregistrements TLSA d&apos;un hôte MX ne sont pas sécurisés par DNSSEC</translation>
    </message>
    <message>
        <source>TLSA records protect anything only when DNSSEC proves them authentic. When the _25._tcp.&lt;host&gt; records are insecure (an unsigned zone, or a delegation without DS), senders ignore them and deliver with opportunistic TLS, as if no TLSA were published: the records give a false sense of protection. When they are bogus (signatures that do not check out), validating senders cannot use the MX host at all and defer the mail.</source>
        <translation>Les enregistrements TLSA ne protègent que si DNSSEC prouve leur authenticité. Quand les enregistrements à _25._tcp.&lt;host&gt; ne sont pas sécurisés (une zone non signée, ou une délégation sans DS), les expéditeurs les ignorent et remettent en TLS opportuniste, comme si aucun TLSA n&apos;était publié&#xa0;: les enregistrements donnent un faux sentiment de protection. Quand ils sont bogus (des signatures qui ne se vérifient pas), les expéditeurs validants ne peuvent pas du tout utiliser l&apos;hôte MX et diffèrent le courrier.</translation>
    </message>
    <message>
        <source>Sign the zone that holds the TLSA records (and the MX host&apos;s address records) with DNSSEC and publish its DS record at the parent; if they are bogus, fix the signatures (re-sign, or correct the DS at the parent) before anything else.</source>
        <translation>Signez avec DNSSEC la zone qui contient les enregistrements TLSA (et les enregistrements d&apos;adresse de l&apos;hôte MX) et publiez son enregistrement DS chez le parent&#xa0;; s&apos;ils sont bogus, corrigez les signatures (re-signer, ou corriger le DS chez le parent) avant toute chose.</translation>
    </message>
    <message>
        <source>A single TLSA record pins only the current certificate</source>
        <translation>Un seul enregistrement TLSA n&apos;épingle que le certificat actuel</translation>
    </message>
    <message>
        <source>The MX host has exactly one usable TLSA record and it is DANE-EE(3): it names only the key (or certificate) the server uses today. The next certificate renewal with a new key breaks delivery from DANE senders until the TLSA record is updated and the old one&apos;s TTL has run out; automated renewals (ACME) do this without warning.</source>
        <translation>L&apos;hôte MX a exactement un enregistrement TLSA utilisable et il est DANE-EE(3)&#xa0;: il ne nomme que la clé (ou le certificat) que le serveur utilise aujourd&apos;hui. Le prochain renouvellement du certificat avec une nouvelle clé interrompt la remise depuis les expéditeurs DANE jusqu&apos;à ce que l&apos;enregistrement TLSA soit mis à jour et que le TTL de l&apos;ancien soit écoulé&#xa0;; les renouvellements automatiques (ACME) le font sans prévenir.</translation>
    </message>
    <message>
        <source>Publish a second record before each renewal: either &quot;3 1 1&quot; for the next key (generate it in advance and keep it across renewals), or &quot;2 1 1&quot; for your CA&apos;s intermediate key beside the &quot;3 1 1&quot; record; then reuse the key on renewal or roll the records in the order current + next, switch, remove the old one.</source>
        <translation>Publiez un second enregistrement avant chaque renouvellement&#xa0;: soit &quot;3 1 1&quot; pour la prochaine clé (générez-la à l&apos;avance et gardez-la d&apos;un renouvellement à l&apos;autre), soit &quot;2 1 1&quot; pour la clé intermédiaire de votre AC à côté de l&apos;enregistrement &quot;3 1 1&quot;&#xa0;; puis réutilisez la clé au renouvellement, ou faites tourner les enregistrements dans l&apos;ordre actuel + suivant, basculer, retirer l&apos;ancien.</translation>
    </message>
    <message>
        <source>The MX records could not be read</source>
        <translation>Les enregistrements MX n&apos;ont pas pu être lus</translation>
    </message>
    <message>
        <source>The MX query failed (timeout, SERVFAIL, refused). Sending servers that see the same failure queue mail and retry, then bounce it after a few days. Nothing about the domain&apos;s mail hosts could be checked.</source>
        <translation>La requête MX a échoué (délai dépassé, SERVFAIL, refusée). Les serveurs d&apos;envoi qui voient le même échec mettent le courrier en file d&apos;attente et réessaient, puis le renvoient après quelques jours. Rien n&apos;a pu être vérifié sur les hôtes de messagerie du domaine.</translation>
    </message>
    <message>
        <source>Check that every authoritative name server of the domain answers MX queries, then run the check again.</source>
        <translation>Vérifiez que chaque serveur de noms faisant autorité du domaine répond aux requêtes MX, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>The domain publishes no MX record</source>
        <translation>Le domaine ne publie aucun enregistrement MX</translation>
    </message>
    <message>
        <source>Without MX records, sending servers fall back to the domain&apos;s own A/AAAA address (the implicit MX of RFC 5321 §5.1) and try to deliver there. If that address is a web server, mail waits in queues for days and then bounces; if there is no address, mail bounces at once but without saying that the domain takes no mail.</source>
        <translation>Sans enregistrements MX, les serveurs d&apos;envoi se rabattent sur l&apos;adresse A/AAAA du domaine lui-même (le MX implicite de RFC 5321 §5.1) et tentent d&apos;y remettre le courrier. Si cette adresse est un serveur web, le courrier attend des jours dans les files puis est renvoyé&#xa0;; s&apos;il n&apos;y a pas d&apos;adresse, le courrier est renvoyé immédiatement, mais sans indiquer que le domaine ne reçoit pas de courrier.</translation>
    </message>
    <message>
        <source>Publish MX records for the hosts that receive mail, or, if the domain receives no mail, the null MX &quot;@ IN MX 0 .&quot; (RFC 7505).</source>
        <translation>Publiez des enregistrements MX pour les hôtes qui reçoivent le courrier, ou, si le domaine ne reçoit pas de courrier, le MX nul &quot;@ IN MX 0 .&quot; (RFC 7505).</translation>
    </message>
    <message>
        <source>The domain receives no mail (null MX)</source>
        <translation>Le domaine ne reçoit pas de courrier (MX nul)</translation>
    </message>
    <message>
        <source>The single MX record &quot;0 .&quot; declares that the domain accepts no mail. Senders bounce mail to it at once instead of queueing it, and may reject mail whose envelope sender uses the domain, since replies could not be delivered.</source>
        <translation>L&apos;unique enregistrement MX &quot;0 .&quot; déclare que le domaine n&apos;accepte aucun courrier. Les expéditeurs renvoient immédiatement le courrier qui lui est destiné au lieu de le mettre en file d&apos;attente, et peuvent rejeter le courrier dont l&apos;expéditeur d&apos;enveloppe utilise le domaine, puisque les réponses ne pourraient pas être remises.</translation>
    </message>
    <message>
        <source>Nothing to do if the domain really takes no mail; otherwise replace the null MX with the MX records of your mail servers.</source>
        <translation>Rien à faire si le domaine ne reçoit vraiment pas de courrier&#xa0;; sinon, remplacez le MX nul par les enregistrements MX de vos serveurs de messagerie.</translation>
    </message>
    <message>
        <source>A null MX is published beside other MX records</source>
        <translation>Un MX nul est publié à côté d&apos;autres enregistrements MX</translation>
    </message>
    <message>
        <source>A domain that advertises a null MX must not advertise any other MX. With both, senders disagree: some deliver to the other hosts, some bounce the mail as undeliverable.</source>
        <translation>Un domaine qui annonce un MX nul ne doit annoncer aucun autre MX. Avec les deux, les expéditeurs divergent&#xa0;: certains remettent aux autres hôtes, d&apos;autres renvoient le courrier comme impossible à remettre.</translation>
    </message>
    <message>
        <source>Remove the &quot;0 .&quot; record if the domain receives mail, or remove every other MX record if it does not.</source>
        <translation>Retirez l&apos;enregistrement &quot;0 .&quot; si le domaine reçoit du courrier, ou retirez tous les autres enregistrements MX s&apos;il n&apos;en reçoit pas.</translation>
    </message>
    <message>
        <source>An MX host name is an alias (CNAME)</source>
        <translation>Un nom d&apos;hôte MX est un alias (CNAME)</translation>
    </message>
    <message>
        <source>The exchange named by an MX record must have its own address records; an MX that points at a CNAME is forbidden. Most senders follow the alias anyway, some do not, and TLS name checks (MTA-STS, DANE) then use the alias target.</source>
        <translation>L&apos;échangeur nommé par un enregistrement MX doit avoir ses propres enregistrements d&apos;adresse&#xa0;; un MX qui pointe vers un CNAME est interdit. La plupart des expéditeurs suivent quand même l&apos;alias, certains non, et les vérifications de nom TLS (MTA-STS, DANE) utilisent alors la cible de l&apos;alias.</translation>
    </message>
    <message>
        <source>Point the MX record at the canonical name (the CNAME&apos;s target), or replace the CNAME with A/AAAA records.</source>
        <translation>Faites pointer l&apos;enregistrement MX vers le nom canonique (la cible du CNAME), ou remplacez le CNAME par des enregistrements A/AAAA.</translation>
    </message>
    <message>
        <source>An MX record names an IP address</source>
        <translation>Un enregistrement MX nomme une adresse IP</translation>
    </message>
    <message>
        <source>The exchange of an MX record is a host name. &quot;MX 10 192.0.2.25&quot; asks senders to look up a host literally called 192.0.2.25, which does not exist, so they cannot deliver to it.</source>
        <translation>L&apos;échangeur d&apos;un enregistrement MX est un nom d&apos;hôte. &quot;MX 10 192.0.2.25&quot; demande aux expéditeurs de résoudre un hôte littéralement nommé 192.0.2.25, qui n&apos;existe pas&#xa0;: ils ne peuvent donc pas y remettre le courrier.</translation>
    </message>
    <message>
        <source>Give the mail server a host name with an A/AAAA record (mx.example.com A 192.0.2.25) and name that host in the MX record.</source>
        <translation>Donnez au serveur de messagerie un nom d&apos;hôte avec un enregistrement A/AAAA (mx.example.com A 192.0.2.25) et nommez cet hôte dans l&apos;enregistrement MX.</translation>
    </message>
    <message>
        <source>An MX host has no address</source>
        <translation>Un hôte MX n&apos;a pas d&apos;adresse</translation>
    </message>
    <message>
        <source>The host named by an MX record has neither an A nor an AAAA record, so senders skip it. When it is the only host, or all hosts lack addresses, no mail can be delivered.</source>
        <translation>L&apos;hôte nommé par un enregistrement MX n&apos;a ni enregistrement A ni AAAA, donc les expéditeurs l&apos;ignorent. Quand c&apos;est le seul hôte, ou quand aucun hôte n&apos;a d&apos;adresse, aucun courrier ne peut être remis.</translation>
    </message>
    <message>
        <source>Publish the A and/or AAAA record of the mail host, or remove the MX record that names it.</source>
        <translation>Publiez l&apos;enregistrement A et/ou AAAA de l&apos;hôte de messagerie, ou retirez l&apos;enregistrement MX qui le nomme.</translation>
    </message>
    <message>
        <source>An MX address has no forward-confirmed reverse name</source>
        <translation>Une adresse MX n&apos;a pas de nom inverse confirmé par résolution directe (FCrDNS)</translation>
    </message>
    <message>
        <source>The address of an MX host has no PTR record, or its PTR names a host that does not resolve back to the same address. Mail servers usually send from the same address they receive on, and many receivers reject or downgrade mail from addresses without forward-confirmed reverse DNS.</source>
        <translation>L&apos;adresse d&apos;un hôte MX n&apos;a pas d&apos;enregistrement PTR, ou son PTR nomme un hôte qui ne se résout pas vers la même adresse. Les serveurs de messagerie envoient généralement depuis l&apos;adresse sur laquelle ils reçoivent, et beaucoup de destinataires rejettent ou déclassent le courrier venant d&apos;adresses sans DNS inverse confirmé (FCrDNS).</translation>
    </message>
    <message>
        <source>Ask whoever runs the address (your hosting or network provider) to set a PTR record naming the mail host, and make that name resolve to the address.</source>
        <translation>Demandez à qui gère l&apos;adresse (votre hébergeur ou fournisseur réseau) de définir un enregistrement PTR nommant l&apos;hôte de messagerie, et faites que ce nom se résolve vers l&apos;adresse.</translation>
    </message>
    <message>
        <source>The domain publishes no MTA-STS policy</source>
        <translation>Le domaine ne publie aucune politique MTA-STS</translation>
    </message>
    <message>
        <source>Without MTA-STS, sending servers use STARTTLS opportunistically: an attacker on the path can strip STARTTLS or present any certificate and read the mail. MTA-STS lets the domain require valid TLS to its MX hosts.</source>
        <translation>Sans MTA-STS, les serveurs d&apos;envoi utilisent STARTTLS de façon opportuniste&#xa0;: un attaquant sur le chemin peut supprimer STARTTLS ou présenter n&apos;importe quel certificat et lire le courrier. MTA-STS permet au domaine d&apos;exiger un TLS valide vers ses hôtes MX.</translation>
    </message>
    <message>
        <source>Serve a policy at https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt (start with mode: testing), then publish _mta-sts.&lt;domain&gt; TXT &quot;v=STSv1; id=&lt;date&gt;&quot;.</source>
        <translation>Servez une politique à https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt (commencez avec mode: testing), puis publiez _mta-sts.&lt;domain&gt; TXT &quot;v=STSv1; id=&lt;date&gt;&quot;.</translation>
    </message>
    <message>
        <source>The _mta-sts record is invalid</source>
        <translation>L&apos;enregistrement _mta-sts est invalide</translation>
    </message>
    <message>
        <source>The _mta-sts TXT record has a syntax error, no id, or there is more than one record starting with v=STSv1. Sending servers then act as if the domain had no MTA-STS policy at all: the policy file is never fetched.</source>
        <translation>L&apos;enregistrement TXT _mta-sts a une erreur de syntaxe, pas d&apos;id, ou il y a plus d&apos;un enregistrement commençant par v=STSv1. Les serveurs d&apos;envoi agissent alors comme si le domaine n&apos;avait aucune politique MTA-STS&#xa0;: le fichier de politique n&apos;est jamais récupéré.</translation>
    </message>
    <message>
        <source>Publish exactly one record of the form &quot;v=STSv1; id=20260101T000000&quot; (the id: 1 to 32 letters and digits, changed whenever the policy changes).</source>
        <translation>Publiez exactement un enregistrement de la forme &quot;v=STSv1; id=20260101T000000&quot; (l&apos;id&#xa0;: 1 à 32 lettres et chiffres, changé à chaque modification de la politique).</translation>
    </message>
    <message>
        <source>The MTA-STS policy file could not be fetched</source>
        <translation>Le fichier de politique MTA-STS n&apos;a pas pu être récupéré</translation>
    </message>
    <message>
        <source>The record announces a policy, but fetching https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt failed (no address, connection refused, timeout, or an HTTP status other than 200). Senders without a cached policy deliver without MTA-STS; senders with a cached one keep using it until it expires.</source>
        <translation>L&apos;enregistrement annonce une politique, mais la récupération de https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt a échoué (pas d&apos;adresse, connexion refusée, délai dépassé, ou un statut HTTP autre que 200). Les expéditeurs sans politique en cache remettent sans MTA-STS&#xa0;; ceux qui en ont une en cache continuent de l&apos;utiliser jusqu&apos;à son expiration.</translation>
    </message>
    <message>
        <source>Make mta-sts.&lt;domain&gt; resolve and serve the policy over HTTPS with status 200 at /.well-known/mta-sts.txt.</source>
        <translation>Faites que mta-sts.&lt;domain&gt; se résolve et serve la politique en HTTPS avec le statut 200 à /.well-known/mta-sts.txt.</translation>
    </message>
    <message>
        <source>The MTA-STS policy is invalid</source>
        <translation>La politique MTA-STS est invalide</translation>
    </message>
    <message>
        <source>The policy file was fetched but a sending server would reject it: a content type other than text/plain, a body over 64 KiB, a missing or wrong version, mode or max_age, or no mx pattern. Senders then treat the domain as having no valid policy.</source>
        <translation>Le fichier de politique a été récupéré, mais un serveur d&apos;envoi le rejetterait&#xa0;: un type de contenu autre que text/plain, un corps de plus de 64 Kio, une version, un mode ou un max_age manquant ou erroné, ou aucun motif mx. Les expéditeurs traitent alors le domaine comme n&apos;ayant pas de politique valide.</translation>
    </message>
    <message>
        <source>Serve the file as text/plain with the lines &quot;version: STSv1&quot;, &quot;mode: testing|enforce|none&quot;, &quot;max_age: 604800&quot; and one &quot;mx: &lt;host or *.domain&gt;&quot; per MX host.</source>
        <translation>Servez le fichier en text/plain avec les lignes &quot;version: STSv1&quot;, &quot;mode: testing|enforce|none&quot;, &quot;max_age: 604800&quot; et une ligne &quot;mx: &lt;host or *.domain&gt;&quot; par hôte MX.</translation>
    </message>
    <message>
        <source>The certificate of mta-sts.&lt;domain&gt; is not valid</source>
        <translation>Le certificat de mta-sts.&lt;domain&gt; n&apos;est pas valide</translation>
    </message>
    <message>
        <source>Senders fetch the policy only over HTTPS with a certificate that chains to a trusted root, is within its validity dates and names mta-sts.&lt;domain&gt;. This one fails that check, so no sender can read the policy.</source>
        <translation>Les expéditeurs ne récupèrent la politique qu&apos;en HTTPS avec un certificat qui remonte à une racine de confiance, est dans sa période de validité et nomme mta-sts.&lt;domain&gt;. Celui-ci échoue à cette vérification, donc aucun expéditeur ne peut lire la politique.</translation>
    </message>
    <message>
        <source>Install a certificate from a public CA that covers mta-sts.&lt;domain&gt; (with its intermediate certificates), and renew it before it expires.</source>
        <translation>Installez un certificat d&apos;une AC publique couvrant mta-sts.&lt;domain&gt; (avec ses certificats intermédiaires), et renouvelez-le avant son expiration.</translation>
    </message>
    <message>
        <source>The MTA-STS policy URL redirects</source>
        <translation>L&apos;URL de la politique MTA-STS redirige</translation>
    </message>
    <message>
        <source>The policy URL answered with an HTTP redirect. Sending servers must not follow redirects when fetching the policy, so for them the policy does not exist.</source>
        <translation>L&apos;URL de la politique a répondu par une redirection HTTP. Les serveurs d&apos;envoi ne doivent pas suivre les redirections en récupérant la politique&#xa0;: pour eux, la politique n&apos;existe donc pas.</translation>
    </message>
    <message>
        <source>Serve the policy directly at https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt with status 200.</source>
        <translation>Servez la politique directement à https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt avec le statut 200.</translation>
    </message>
    <message>
        <source>An MX host is not covered by the MTA-STS policy</source>
        <translation>Un hôte MX n&apos;est pas couvert par la politique MTA-STS</translation>
    </message>
    <message>
        <source>No mx pattern of the policy matches this MX host. In enforce mode, senders that apply the policy refuse to deliver to it; in testing mode they deliver but report a failure through TLS-RPT.</source>
        <translation>Aucun motif mx de la politique ne correspond à cet hôte MX. En mode enforce, les expéditeurs qui appliquent la politique refusent de lui remettre le courrier&#xa0;; en mode testing, ils le remettent mais signalent un échec via TLS-RPT.</translation>
    </message>
    <message>
        <source>Add an &quot;mx:&quot; line naming the host (or a *.domain pattern covering it) to the policy, change the id in the _mta-sts record, or remove the MX record.</source>
        <translation>Ajoutez à la politique une ligne &quot;mx:&quot; nommant l&apos;hôte (ou un motif *.domain qui le couvre), changez l&apos;id dans l&apos;enregistrement _mta-sts, ou retirez l&apos;enregistrement MX.</translation>
    </message>
    <message>
        <source>The MTA-STS policy is in testing mode</source>
        <translation>La politique MTA-STS est en mode testing</translation>
    </message>
    <message>
        <source>In testing mode senders report TLS failures (to the TLS-RPT address) but still deliver over unauthenticated or plain connections, so the policy does not yet protect mail.</source>
        <translation>En mode testing, les expéditeurs signalent les échecs TLS (à l&apos;adresse TLS-RPT) mais remettent quand même sur des connexions non authentifiées ou en clair&#xa0;: la politique ne protège donc pas encore le courrier.</translation>
    </message>
    <message>
        <source>Once TLS-RPT reports show no failures, switch the policy to &quot;mode: enforce&quot; and change the id in the _mta-sts record.</source>
        <translation>Une fois que les rapports TLS-RPT ne montrent plus d&apos;échec, passez la politique en &quot;mode: enforce&quot; et changez l&apos;id dans l&apos;enregistrement _mta-sts.</translation>
    </message>
    <message>
        <source>The MTA-STS max_age is short</source>
        <translation>Le max_age MTA-STS est court</translation>
    </message>
    <message>
        <source>max_age tells senders how long to cache the policy. Under a day, an attacker who blocks the policy fetch for a short time makes senders forget the policy; weeks or more are recommended once the policy is stable.</source>
        <translation>max_age indique aux expéditeurs combien de temps garder la politique en cache. En dessous d&apos;un jour, un attaquant qui bloque brièvement la récupération de la politique fait oublier la politique aux expéditeurs&#xa0;; des semaines ou plus sont recommandées une fois la politique stable.</translation>
    </message>
    <message>
        <source>Set max_age to at least 604800 (one week), ideally 31557600, once the MX hosts are stable.</source>
        <translation>Réglez max_age à au moins 604800 (une semaine), idéalement 31557600, une fois les hôtes MX stables.</translation>
    </message>
    <message>
        <source>The domain publishes no TLS-RPT record</source>
        <translation>Le domaine ne publie aucun enregistrement TLS-RPT</translation>
    </message>
    <message>
        <source>Without a _smtp._tls record, sending servers cannot tell you when TLS to your MX hosts fails (expired certificates, MTA-STS mismatches, stripped STARTTLS).</source>
        <translation>Sans enregistrement _smtp._tls, les serveurs d&apos;envoi ne peuvent pas vous signaler quand TLS vers vos hôtes MX échoue (certificats expirés, non-concordances MTA-STS, STARTTLS supprimé).</translation>
    </message>
    <message>
        <source>Publish _smtp._tls.&lt;domain&gt; TXT &quot;v=TLSRPTv1; rua=mailto:tls-reports@&lt;domain&gt;&quot;.</source>
        <translation>Publiez _smtp._tls.&lt;domain&gt; TXT &quot;v=TLSRPTv1; rua=mailto:tls-reports@&lt;domain&gt;&quot;.</translation>
    </message>
    <message>
        <source>The TLS-RPT record is invalid</source>
        <translation>L&apos;enregistrement TLS-RPT est invalide</translation>
    </message>
    <message>
        <source>The _smtp._tls record has a syntax error, no usable rua URI (only mailto: and https: are allowed), or there is more than one record starting with v=TLSRPTv1. Senders then send no reports.</source>
        <translation>L&apos;enregistrement _smtp._tls a une erreur de syntaxe, aucune URI rua utilisable (seuls mailto: et https: sont permis), ou il y a plus d&apos;un enregistrement commençant par v=TLSRPTv1. Les expéditeurs n&apos;envoient alors aucun rapport.</translation>
    </message>
    <message>
        <source>Publish exactly one record of the form &quot;v=TLSRPTv1; rua=mailto:tls-reports@&lt;domain&gt;&quot; (several URIs separated by commas).</source>
        <translation>Publiez exactement un enregistrement de la forme &quot;v=TLSRPTv1; rua=mailto:tls-reports@&lt;domain&gt;&quot; (plusieurs URI séparées par des virgules).</translation>
    </message>
    <message>
        <source>An MX host does not offer working STARTTLS</source>
        <translation>Un hôte MX n&apos;offre pas de STARTTLS fonctionnel</translation>
    </message>
    <message>
        <source>The MX host answered EHLO without STARTTLS, or accepted STARTTLS and then failed the TLS handshake. Mail to it travels in clear text, readable and changeable by anyone on the path; senders bound by MTA-STS in enforce mode refuse to deliver to it.</source>
        <translation>L&apos;hôte MX a répondu à EHLO sans STARTTLS, ou a accepté STARTTLS puis échoué à la négociation TLS. Le courrier vers lui circule en clair, lisible et modifiable par quiconque sur le chemin&#xa0;; les expéditeurs liés par MTA-STS en mode enforce refusent de lui remettre le courrier.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on the mail server with a certificate for the MX host name (in Postfix: smtpd_tls_security_level = may, smtpd_tls_chain_files).</source>
        <translation>Activez STARTTLS sur le serveur de messagerie avec un certificat pour le nom d&apos;hôte MX (dans Postfix&#xa0;: smtpd_tls_security_level = may, smtpd_tls_chain_files).</translation>
    </message>
    <message>
        <source>The STARTTLS certificate of an MX host is not valid</source>
        <translation>Le certificat STARTTLS d&apos;un hôte MX n&apos;est pas valide</translation>
    </message>
    <message>
        <source>The certificate the MX host presents after STARTTLS does not chain to a trusted root, is self-signed, or is outside its validity dates. Opportunistic senders still deliver; senders that apply an MTA-STS policy (or DANE) refuse to, so with MTA-STS in enforce mode this stops mail.</source>
        <translation>Le certificat que l&apos;hôte MX présente après STARTTLS ne remonte pas à une racine de confiance, est auto-signé, ou est hors de sa période de validité. Les expéditeurs opportunistes remettent quand même&#xa0;; ceux qui appliquent une politique MTA-STS (ou DANE) refusent, donc avec MTA-STS en mode enforce cela bloque le courrier.</translation>
    </message>
    <message>
        <source>Install a certificate from a public CA for the MX host name, with its intermediate certificates, and renew it automatically.</source>
        <translation>Installez un certificat d&apos;une AC publique pour le nom d&apos;hôte MX, avec ses certificats intermédiaires, et renouvelez-le automatiquement.</translation>
    </message>
    <message>
        <source>The STARTTLS certificate does not name the MX host</source>
        <translation>Le certificat STARTTLS ne nomme pas l&apos;hôte MX</translation>
    </message>
    <message>
        <source>Neither the subjectAltName nor the common name of the certificate matches the MX host name. Senders that apply MTA-STS check exactly this name and refuse to deliver when it does not match.</source>
        <translation>Ni le subjectAltName ni le nom commun du certificat ne correspondent au nom d&apos;hôte MX. Les expéditeurs qui appliquent MTA-STS vérifient exactement ce nom et refusent de remettre le courrier s&apos;il ne correspond pas.</translation>
    </message>
    <message>
        <source>Get a certificate whose subjectAltName lists the MX host name as published in the MX record (or point the MX record at the name the certificate covers).</source>
        <translation>Obtenez un certificat dont le subjectAltName liste le nom d&apos;hôte MX tel que publié dans l&apos;enregistrement MX (ou faites pointer l&apos;enregistrement MX vers le nom que couvre le certificat).</translation>
    </message>
    <message>
        <source>The STARTTLS certificate expires within 21 days</source>
        <translation>Le certificat STARTTLS expire dans moins de 21 jours</translation>
    </message>
    <message>
        <source>The certificate is valid today but expires soon. When it does, senders that apply MTA-STS stop delivering and the rest lose authenticated TLS.</source>
        <translation>Le certificat est valide aujourd&apos;hui mais expire bientôt. À ce moment, les expéditeurs qui appliquent MTA-STS cessent de remettre le courrier et les autres perdent le TLS authentifié.</translation>
    </message>
    <message>
        <source>Renew the certificate now and automate renewal (ACME).</source>
        <translation>Renouvelez le certificat maintenant et automatisez le renouvellement (ACME).</translation>
    </message>
    <message>
        <source>An MX host negotiates TLS older than 1.2</source>
        <translation>Un hôte MX négocie un TLS antérieur à 1.2</translation>
    </message>
    <message>
        <source>TLS 1.0 and 1.1 are deprecated: they rely on weak constructions and many senders no longer accept them, falling back to clear text or refusing to deliver.</source>
        <translation>TLS 1.0 et 1.1 sont obsolètes&#xa0;: ils reposent sur des constructions faibles et beaucoup d&apos;expéditeurs ne les acceptent plus, se rabattant sur le texte en clair ou refusant de remettre le courrier.</translation>
    </message>
    <message>
        <source>Enable TLS 1.2 and 1.3 on the mail server and disable TLS 1.0 and 1.1.</source>
        <translation>Activez TLS 1.2 et 1.3 sur le serveur de messagerie et désactivez TLS 1.0 et 1.1.</translation>
    </message>
    <message>
        <source>The SMTP port of an MX host could not be probed</source>
        <translation>Le port SMTP d&apos;un hôte MX n&apos;a pas pu être sondé</translation>
    </message>
    <message>
        <source>The connection to port 25 was refused, nothing answered, or the server did not speak SMTP. This says nothing about TLS. Many networks block outgoing port 25, so check from a network that allows it before concluding the host is down.</source>
        <translation>La connexion au port 25 a été refusée, rien n&apos;a répondu, ou le serveur ne parlait pas SMTP. Cela ne dit rien sur TLS. Beaucoup de réseaux bloquent le port 25 sortant&#xa0;: vérifiez depuis un réseau qui l&apos;autorise avant de conclure que l&apos;hôte est en panne.</translation>
    </message>
    <message>
        <source>Probe again from a network that allows port 25; if the host is really unreachable, fix the server or firewall, or remove its MX record.</source>
        <translation>Sondez à nouveau depuis un réseau qui autorise le port 25&#xa0;; si l&apos;hôte est vraiment injoignable, réparez le serveur ou le pare-feu, ou retirez son enregistrement MX.</translation>
    </message>
    <message>
        <source>The BIMI record is invalid</source>
        <translation>L&apos;enregistrement BIMI est invalide</translation>
    </message>
    <message>
        <source>The TXT record at default._bimi.&lt;domain&gt; starts with v=BIMI1 but breaks the record syntax: a missing or malformed l= tag, an a= or l= value that is not a single https URI, a tag written twice, or more than one v=BIMI1 record. Receivers must not repair records, so they ignore it and show no logo.</source>
        <translation>L&apos;enregistrement TXT à default._bimi.&lt;domain&gt; commence par v=BIMI1 mais enfreint la syntaxe&#xa0;: un tag l= manquant ou malformé, une valeur a= ou l= qui n&apos;est pas une seule URI https, un tag écrit deux fois, ou plus d&apos;un enregistrement v=BIMI1. Les destinataires ne doivent pas réparer les enregistrements&#xa0;: ils l&apos;ignorent et n&apos;affichent aucun logo.</translation>
    </message>
    <message>
        <source>Publish exactly one record of the form &quot;v=BIMI1; l=https://&lt;host&gt;/logo.svg; a=https://&lt;host&gt;/vmc.pem&quot; (or &quot;v=BIMI1; l=; a=;&quot; to decline BIMI).</source>
        <translation>Publiez exactement un enregistrement de la forme &quot;v=BIMI1; l=https://&lt;host&gt;/logo.svg; a=https://&lt;host&gt;/vmc.pem&quot; (ou &quot;v=BIMI1; l=; a=;&quot; pour refuser BIMI).</translation>
    </message>
    <message>
        <source>BIMI is published but DMARC is not enforced</source>
        <translation>BIMI est publié mais DMARC n&apos;est pas appliqué</translation>
    </message>
    <message>
        <source>Receivers show a BIMI logo only for domains whose DMARC policy is quarantine or reject for all failing mail: p=none or sp=none at the domain or its organizational domain, pct below 100 (RFC 7489) or t=y (RFC 9989) all stop BIMI. The logo is not shown.</source>
        <translation>Les destinataires n&apos;affichent un logo BIMI que pour les domaines dont la politique DMARC est quarantine ou reject pour tout le courrier en échec&#xa0;: p=none ou sp=none au domaine ou à son domaine organisationnel, pct inférieur à 100 (RFC 7489) ou t=y (RFC 9989) empêchent tous BIMI. Le logo n&apos;est pas affiché.</translation>
    </message>
    <message>
        <source>Move the DMARC record to p=quarantine or p=reject without pct (or pct=100) and without t=y, and make sure no sp=none applies, once your DMARC reports show that all legitimate mail passes.</source>
        <translation>Passez l&apos;enregistrement DMARC à p=quarantine ou p=reject sans pct (ou pct=100) et sans t=y, et assurez-vous qu&apos;aucun sp=none ne s&apos;applique, une fois que vos rapports DMARC montrent que tout le courrier légitime réussit.</translation>
    </message>
    <message>
        <source>The BIMI logo cannot be fetched or is not SVG Tiny PS</source>
        <translation>Le logo BIMI ne peut pas être récupéré ou n&apos;est pas au format SVG Tiny PS</translation>
    </message>
    <message>
        <source>The logo at the l= URL could not be fetched over HTTPS with a valid certificate, or it breaks the SVG Tiny Portable/Secure profile: no baseProfile=&quot;tiny-ps&quot; version=&quot;1.2&quot;, no &lt;title&gt;, scripts or event attributes, external references, raster images, foreignObject, animation, a viewBox that is not square, x=/y= on the root, or more than 32 KiB. Receivers do not show such a logo.</source>
        <translation>Le logo à l&apos;URL l= n&apos;a pas pu être récupéré en HTTPS avec un certificat valide, ou il enfreint le profil SVG Tiny Portable/Secure&#xa0;: pas de baseProfile=&quot;tiny-ps&quot; version=&quot;1.2&quot;, pas de &lt;title&gt;, des scripts ou attributs d&apos;événement, des références externes, des images matricielles, foreignObject, une animation, une viewBox non carrée, x=/y= sur la racine, ou plus de 32 Kio. Les destinataires n&apos;affichent pas un tel logo.</translation>
    </message>
    <message>
        <source>Export the logo as SVG Tiny 1.2 and convert it to SVG Tiny PS (square viewBox, a &lt;title&gt; with the brand name, no scripts, links, images or animation), keep it under 32 KiB, and serve it as image/svg+xml over HTTPS.</source>
        <translation>Exportez le logo en SVG Tiny 1.2 et convertissez-le en SVG Tiny PS (viewBox carrée, un &lt;title&gt; avec le nom de la marque, pas de scripts, liens, images ni animation), gardez-le sous 32 Kio et servez-le en image/svg+xml via HTTPS.</translation>
    </message>
    <message>
        <source>The BIMI Mark Certificate is not valid</source>
        <translation>Le certificat de marque BIMI n&apos;est pas valide</translation>
    </message>
    <message>
        <source>The evidence document at the a= URL (a Verified or Common Mark Certificate in PEM) could not be fetched, does not chain to a trusted root, is outside its validity dates, lacks the BIMI extended key usage, does not name the domain in its subjectAltName, or its logotype extension (RFC 3709) does not embed the same SVG as the one at l=. Receivers that require a Mark Certificate show no logo.</source>
        <translation>Le document de preuve à l&apos;URL a= (un Verified ou Common Mark Certificate en PEM) n&apos;a pas pu être récupéré, ne remonte pas à une racine de confiance, est hors de sa période de validité, n&apos;a pas l&apos;usage de clé étendu BIMI, ne nomme pas le domaine dans son subjectAltName, ou son extension logotype (RFC 3709) n&apos;intègre pas le même SVG que celui à l=. Les destinataires qui exigent un certificat de marque n&apos;affichent aucun logo.</translation>
    </message>
    <message>
        <source>Publish the full chain (leaf first, then intermediates) from your mark certificate issuer at the a= URL, renew it before it expires, and publish at l= exactly the SVG the certificate embeds.</source>
        <translation>Publiez à l&apos;URL a= la chaîne complète (le certificat final d&apos;abord, puis les intermédiaires) de l&apos;émetteur de votre certificat de marque, renouvelez-la avant son expiration, et publiez à l= exactement le SVG que le certificat intègre.</translation>
    </message>
    <message>
        <source>The BIMI record has no Mark Certificate</source>
        <translation>L&apos;enregistrement BIMI n&apos;a pas de certificat de marque</translation>
    </message>
    <message>
        <source>The record has an empty or no a= tag, so there is no evidence that the domain owner holds the mark. BIMI allows this, but the large mailbox providers show logos only for domains with a Verified or Common Mark Certificate.</source>
        <translation>L&apos;enregistrement a un tag a= vide ou absent&#xa0;: il n&apos;y a donc aucune preuve que le propriétaire du domaine détient la marque. BIMI le permet, mais les grands fournisseurs de messagerie n&apos;affichent de logos que pour les domaines ayant un Verified ou Common Mark Certificate.</translation>
    </message>
    <message>
        <source>Obtain a VMC (registered trademark) or CMC from a mark verifying authority and publish its PEM chain at an https URL named in a=.</source>
        <translation>Obtenez un VMC (marque déposée) ou un CMC auprès d&apos;une autorité de vérification de marque (Mark Verifying Authority) et publiez sa chaîne PEM à une URL https indiquée dans a=.</translation>
    </message>
</context>
<context>
    <name>HistoryConnectionCheck</name>
    <message>
        <source>Connected to %1: the history can be kept there.</source>
        <translation>Connecté à %1&#xa0;: l&apos;historique peut y être conservé.</translation>
    </message>
    <message>
        <source>Connected to %1 (PostgreSQL %2): the history can be kept there.</source>
        <translation>Connecté à %1 (PostgreSQL %2)&#xa0;: l&apos;historique peut y être conservé.</translation>
    </message>
    <message>
        <source>The server refused the connection: nothing accepts connections at %1.</source>
        <translation>Le serveur a refusé la connexion&#xa0;: rien n&apos;accepte de connexions sur %1.</translation>
    </message>
    <message>
        <source>Timeout: %1 did not answer in time.</source>
        <translation>Délai dépassé&#xa0;: %1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Authentication failed for %1: check the user name and the password.</source>
        <translation>Échec de l&apos;authentification auprès de %1&#xa0;: vérifiez le nom d&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>The host of %1 was not found in the DNS.</source>
        <translation>L&apos;hôte de %1 est introuvable dans le DNS.</translation>
    </message>
    <message>
        <source>The server has no such database: %1.</source>
        <translation>Le serveur n&apos;a pas cette base de données&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The history store could not be opened.</source>
        <translation>Le stockage de l&apos;historique n&apos;a pas pu être ouvert.</translation>
    </message>
</context>
<context>
    <name>HistoryStoreBox</name>
    <message>
        <source>Audit history</source>
        <translation>Historique des audits</translation>
    </message>
    <message>
        <source>&amp;Keep every audit in the history</source>
        <translation>&amp;Conserver chaque audit dans l&apos;historique</translation>
    </message>
    <message>
        <source>S&amp;QLite file on this computer</source>
        <translation>Fichier S&amp;QLite sur cet ordinateur</translation>
    </message>
    <message>
        <source>Shared Post&amp;greSQL server (with the team and the CLI)</source>
        <translation>Serveur Post&amp;greSQL partagé (avec l&apos;équipe et la CLI)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Remember in the desktop ke&amp;yring</source>
        <translation>&amp;Mémoriser dans le trousseau du bureau</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Stored audits feed the History tab and the Overview&apos;s &quot;since the last audit&quot;; the CLI&apos;s --history uses the same file by default</source>
        <translation>Les audits enregistrés alimentent l&apos;onglet Historique et le «&#xa0;depuis le dernier audit&#xa0;» de la Vue d&apos;ensemble&#xa0;; l&apos;option --history de la CLI utilise le même fichier par défaut</translation>
    </message>
    <message>
        <source>The SQLite database of the audit history; empty: the default</source>
        <translation>La base SQLite de l&apos;historique des audits&#xa0;; vide&#xa0;: celle par défaut</translation>
    </message>
    <message>
        <source>Browse for the history database file</source>
        <translation>Choisir le fichier de la base de l&apos;historique</translation>
    </message>
    <message>
        <source>The CLI&apos;s --database URL: postgresql://USER@HOST:PORT/DB, with sslmode=… and connect_timeout=… allowed after a ?; never the password</source>
        <translation>L&apos;URL de --database de la CLI&#xa0;: postgresql://UTILISATEUR@HÔTE:PORT/BASE, avec sslmode=… et connect_timeout=… permis après un ?&#xa0;; jamais le mot de passe</translation>
    </message>
    <message>
        <source>Empty: libpq&apos;s PGPASSFILE or ~/.pgpass</source>
        <translation>Vide&#xa0;: PGPASSFILE ou ~/.pgpass de libpq</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>Mot de passe PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>URL du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The demo keeps its own temporary history.</source>
        <translation>La démo conserve son propre historique temporaire.</translation>
    </message>
    <message>
        <source>History database</source>
        <translation>Base de données de l&apos;historique</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données SQLite (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No desktop keyring is available: the password is kept for this session only.</source>
        <translation>Aucun trousseau du bureau n&apos;est disponible&#xa0;: le mot de passe n&apos;est conservé que pour cette session.</translation>
    </message>
    <message>
        <source>This is a server&apos;s URL, not a file: choose PostgreSQL server and enter it there.</source>
        <translation>Ceci est l&apos;URL d&apos;un serveur, pas un fichier&#xa0;: choisissez Serveur PostgreSQL et saisissez-la là.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s URL: postgresql://USER@HOST:PORT/DB.</source>
        <translation>Saisissez l&apos;URL du serveur&#xa0;: postgresql://UTILISATEUR@HÔTE:PORT/BASE.</translation>
    </message>
    <message>
        <source>Enter a postgresql:// URL here; an SQLite file goes in the Database field above.</source>
        <translation>Saisissez ici une URL postgresql://&#xa0;; un fichier SQLite va dans le champ Base de données ci-dessus.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Show &amp;unchanged findings</source>
        <translation>Afficher les constats &amp;inchangés</translation>
    </message>
    <message>
        <source>Select two audits to compare them</source>
        <translation>Sélectionnez deux audits pour les comparer</translation>
    </message>
    <message>
        <source>Stored audits</source>
        <translation>Audits enregistrés</translation>
    </message>
    <message>
        <source>Trend of grade and findings</source>
        <translation>Évolution de la note et des constats</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Earlier audit</source>
        <translation>Audit le plus ancien</translation>
    </message>
    <message>
        <source>Later audit</source>
        <translation>Audit le plus récent</translation>
    </message>
    <message>
        <source>Findings that changed between the two audits</source>
        <translation>Constats qui ont changé entre les deux audits</translation>
    </message>
    <message>
        <source>Records that changed between the two audits</source>
        <translation>Enregistrements qui ont changé entre les deux audits</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>a&amp;vec</translation>
    </message>
    <message>
        <source>Audit a domain to see its past audits, how they changed and the trend.</source>
        <translation>Auditez un domaine pour voir ses audits passés, leurs changements et leur évolution.</translation>
    </message>
    <message>
        <source>Two stored audits of a domain are compared here, finding by finding and record by record.</source>
        <translation>Deux audits enregistrés d&apos;un domaine sont comparés ici, constat par constat et enregistrement par enregistrement.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: no history is kept. Turn it on in Settings → Audit history to compare audits over time.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: aucun historique n&apos;est conservé. Activez-le dans Paramètres → Historique des audits pour comparer les audits dans le temps.</translation>
    </message>
    <message>
        <source>History is off, so there is nothing to compare.</source>
        <translation>L&apos;historique est désactivé&#xa0;: il n&apos;y a donc rien à comparer.</translation>
    </message>
    <message>
        <source>History is off.</source>
        <translation>L&apos;historique est désactivé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: reading the history…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: lecture de l&apos;historique…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: the history could not be read: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: l&apos;historique n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n audit(s) in the demo&apos;s own history (temporary, removed when Mailsight closes).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %n audit dans l&apos;historique propre à la démo (temporaire, supprimé à la fermeture de Mailsight).</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %n audits dans l&apos;historique propre à la démo (temporaire, supprimé à la fermeture de Mailsight).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n audit(s) stored in %2</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %n audit enregistré dans %2</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %n audits enregistrés dans %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read, so nothing can be compared.</source>
        <translation>L&apos;historique n&apos;a pas pu être lu&#xa0;: rien ne peut donc être comparé.</translation>
    </message>
    <message>
        <source>No audit of %1 is stored yet. When this audit finishes it is stored, and the next one can be compared with it.</source>
        <translation>Aucun audit de %1 n&apos;est encore enregistré. Quand cet audit se termine, il est enregistré, et le suivant pourra lui être comparé.</translation>
    </message>
    <message>
        <source>Only one audit of %1 is stored. Audit it again later (or stage a planned change) to see what changed.</source>
        <translation>Un seul audit de %1 est enregistré. Auditez-le à nouveau plus tard (ou mettez en préparation une modification prévue) pour voir ce qui a changé.</translation>
    </message>
    <message>
        <source>Compared since last quarter: with the last audit of %1.</source>
        <translation>Comparaison depuis le trimestre dernier&#xa0;: avec le dernier audit du %1.</translation>
    </message>
    <message>
        <source>Compared with the last live audit before: none is from an earlier quarter.</source>
        <translation>Comparaison avec le dernier audit en direct précédent&#xa0;: aucun ne date d&apos;un trimestre antérieur.</translation>
    </message>
    <message>
        <source>Compared with the audit before: no live audit is stored.</source>
        <translation>Comparaison avec l&apos;audit précédent&#xa0;: aucun audit en direct n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Pick two different audits to compare.</source>
        <translation>Choisissez deux audits différents à comparer.</translation>
    </message>
    <message>
        <source>The audits could not be compared: %1</source>
        <translation>Les audits n&apos;ont pas pu être comparés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Findings: %1 new, %2 fixed, %3 unchanged</source>
        <translation>Constats&#xa0;: %1 nouveaux, %2 corrigés, %3 inchangés</translation>
    </message>
    <message numerus="yes">
        <source>Records: %n change(s)</source>
        <translation>
            <numerusform>Enregistrements&#xa0;: %n changement</numerusform>
            <numerusform>Enregistrements&#xa0;: %n changements</numerusform>
        </translation>
    </message>
    <message>
        <source>improved</source>
        <translation>en hausse</translation>
    </message>
    <message>
        <source>regressed</source>
        <translation>en baisse</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>Grade &lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: &lt;span style=&quot;color:%3&quot;&gt;%4 %5&lt;/span&gt;</source>
        <translation>Note &lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;&#xa0;: &lt;span style=&quot;color:%3&quot;&gt;%4 %5&lt;/span&gt;</translation>
    </message>
    <message>
        <source>staged</source>
        <translation>en préparation</translation>
    </message>
    <message>
        <source>The trend of the grade and of the findings by severity over the stored audits appears here.</source>
        <translation>L&apos;évolution de la note et des constats par gravité au fil des audits enregistrés apparaît ici.</translation>
    </message>
    <message>
        <source>No stored audit of %1 yet.</source>
        <translation>Aucun audit enregistré de %1 pour l&apos;instant.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>No keyring backend: %1</source>
        <translation>Aucun moteur de trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keyring answered: %1</source>
        <translation>Le trousseau a répondu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The desktop keyring did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le trousseau du bureau n&apos;a pas répondu en %n seconde.</numerusform>
            <numerusform>Le trousseau du bureau n&apos;a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Query log</source>
        <translation>&amp;Journal des requêtes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Mailsight</source>
        <translation>À &amp;propos de Mailsight</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open zone file…</source>
        <translation>&amp;Ouvrir un fichier de zone…</translation>
    </message>
    <message>
        <source>Overlay zone files on live DNS to audit a change before deploying it</source>
        <translation>Superposer des fichiers de zone au DNS réel pour auditer une modification avant de la déployer</translation>
    </message>
    <message>
        <source>Open &amp;Terraform plan…</source>
        <translation>Ouvrir un plan &amp;Terraform…</translation>
    </message>
    <message>
        <source>Overlay the DNS records of a `terraform show -json` plan on live DNS to audit them before apply</source>
        <translation>Superposer au DNS réel les enregistrements DNS d&apos;un plan `terraform show -json` pour les auditer avant l&apos;apply</translation>
    </message>
    <message>
        <source>&amp;Close staged files</source>
        <translation>&amp;Fermer les fichiers en préparation</translation>
    </message>
    <message>
        <source>&amp;Recent domains</source>
        <translation>Domaines &amp;récents</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <source>Audit fictional domains from the bundled zone files, offline</source>
        <translation>Auditer des domaines fictifs à partir des fichiers de zone fournis, hors ligne</translation>
    </message>
    <message>
        <source>Demo: stage the &amp;planned change</source>
        <translation>Démo&#xa0;: préparer la &amp;modification prévue</translation>
    </message>
    <message>
        <source>Overlay the demo&apos;s planned zone change and audit it</source>
        <translation>Superposer la modification de zone prévue par la démo et l&apos;auditer</translation>
    </message>
    <message>
        <source>&amp;Batch audit…</source>
        <translation>Audit par &amp;lots…</translation>
    </message>
    <message>
        <source>Audit a list of domains and compare their grades</source>
        <translation>Auditer une liste de domaines et comparer leurs notes</translation>
    </message>
    <message>
        <source>Mo&amp;nitor…</source>
        <translation>Sur&amp;veillance…</translation>
    </message>
    <message>
        <source>Re-audit domains every few hours and be told when one regresses</source>
        <translation>Auditer à nouveau des domaines toutes les quelques heures et être prévenu quand l&apos;un se dégrade</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>&amp;Comparer…</translation>
    </message>
    <message>
        <source>Compare two domains&apos; mail configuration, staging against production</source>
        <translation>Comparer la configuration mail de deux domaines, préproduction contre production</translation>
    </message>
    <message>
        <source>&amp;Export audit…</source>
        <translation>&amp;Exporter l&apos;audit…</translation>
    </message>
    <message>
        <source>Save the audit as PDF, HTML, JSON, CSV, SARIF or JUnit XML</source>
        <translation>Enregistrer l&apos;audit en PDF, HTML, JSON, CSV, SARIF ou XML JUnit</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>No domain audited yet</source>
        <translation>Aucun domaine audité pour l&apos;instant</translation>
    </message>
    <message>
        <source>About Mailsight</source>
        <translation>À propos de Mailsight</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mailsight %1&lt;/h3&gt;&lt;p&gt;Audits a domain&apos;s email authentication (SPF, DKIM, DMARC) from what its DNS publishes, live or from zone files before they are deployed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keyboard&lt;/b&gt;&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Enter&lt;/td&gt;&lt;td&gt;&amp;nbsp;audit the domain in the field&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+L&lt;/td&gt;&lt;td&gt;&amp;nbsp;go to the domain field&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+1…9&lt;/td&gt;&lt;td&gt;&amp;nbsp;show the first… ninth tab&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+PgDown, Ctrl+PgUp&lt;/td&gt;&lt;td&gt;&amp;nbsp;next, previous tab&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tab, Shift+Tab&lt;/td&gt;&lt;td&gt;&amp;nbsp;move between the controls of a tab&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+F&lt;/td&gt;&lt;td&gt;&amp;nbsp;search the SPF tree&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F5&lt;/td&gt;&lt;td&gt;&amp;nbsp;audit again (staged zone files are read again)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc&lt;/td&gt;&lt;td&gt;&amp;nbsp;cancel the running audit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+O&lt;/td&gt;&lt;td&gt;&amp;nbsp;open a zone file for a staged audit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+B&lt;/td&gt;&lt;td&gt;&amp;nbsp;batch audit of a list of domains&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+C&lt;/td&gt;&lt;td&gt;&amp;nbsp;copy the selected records or queries&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Q&lt;/td&gt;&lt;td&gt;&amp;nbsp;quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Mailsight %1&lt;/h3&gt;&lt;p&gt;Audite l&apos;authentification des e-mails d&apos;un domaine (SPF, DKIM, DMARC) à partir de ce que publie son DNS, en direct ou depuis des fichiers de zone avant leur déploiement.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clavier&lt;/b&gt;&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Entrée&lt;/td&gt;&lt;td&gt;&amp;nbsp;auditer le domaine saisi&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+L&lt;/td&gt;&lt;td&gt;&amp;nbsp;aller au champ du domaine&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+1…9&lt;/td&gt;&lt;td&gt;&amp;nbsp;afficher le premier… neuvième onglet&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Pg suiv, Ctrl+Pg préc&lt;/td&gt;&lt;td&gt;&amp;nbsp;onglet suivant, précédent&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tab, Maj+Tab&lt;/td&gt;&lt;td&gt;&amp;nbsp;passer d&apos;un contrôle à l&apos;autre dans un onglet&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+F&lt;/td&gt;&lt;td&gt;&amp;nbsp;rechercher dans l&apos;arbre SPF&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F5&lt;/td&gt;&lt;td&gt;&amp;nbsp;auditer à nouveau (les fichiers de zone en préparation sont relus)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Échap&lt;/td&gt;&lt;td&gt;&amp;nbsp;annuler l&apos;audit en cours&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+O&lt;/td&gt;&lt;td&gt;&amp;nbsp;ouvrir un fichier de zone pour un audit en préparation&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+B&lt;/td&gt;&lt;td&gt;&amp;nbsp;audit par lots d&apos;une liste de domaines&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+C&lt;/td&gt;&lt;td&gt;&amp;nbsp;copier les enregistrements ou requêtes sélectionnés&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Q&lt;/td&gt;&lt;td&gt;&amp;nbsp;quitter&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Type a domain and press Enter to audit it, or try the demo (File menu).</source>
        <translation>Saisissez un domaine et appuyez sur Entrée pour l&apos;auditer, ou essayez la démo (menu Fichier).</translation>
    </message>
    <message>
        <source>Demo zones (offline)</source>
        <translation>Zones de la démo (hors ligne)</translation>
    </message>
    <message>
        <source>System resolver</source>
        <translation>Résolveur du système</translation>
    </message>
    <message>
        <source>Servers: %1</source>
        <translation>Serveurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Offline zone files</source>
        <translation>Fichiers de zone hors ligne</translation>
    </message>
    <message>
        <source> + staged</source>
        <translation> + en préparation</translation>
    </message>
    <message>
        <source>Not audited: %1.</source>
        <translation>Non audité&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The domain name is not valid; nothing was asked.</source>
        <translation>Le nom de domaine n&apos;est pas valide&#xa0;; aucune requête n&apos;a été faite.</translation>
    </message>
    <message>
        <source>Auditing %1 — asked as %2</source>
        <translation>Audit de %1 — interrogé sous la forme %2</translation>
    </message>
    <message>
        <source>%1 (staged)</source>
        <translation>%1 (en préparation)</translation>
    </message>
    <message>
        <source>Demo closed; audits use the resolver chosen in Settings.</source>
        <translation>Démo fermée&#xa0;; les audits utilisent le résolveur choisi dans les Paramètres.</translation>
    </message>
    <message>
        <source>Zone file not loaded</source>
        <translation>Fichier de zone non chargé</translation>
    </message>
    <message>
        <source>The zone file could not be read, so nothing was staged.

%1</source>
        <translation>Le fichier de zone n&apos;a pas pu être lu, rien n&apos;a donc été préparé.

%1</translation>
    </message>
    <message>
        <source>Open zone files to stage</source>
        <translation>Ouvrir des fichiers de zone à préparer</translation>
    </message>
    <message>
        <source>Zone files (*.zone *.db *.txt);;All files (*)</source>
        <translation>Fichiers de zone (*.zone *.db *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Settings saved; they apply when you leave the demo.</source>
        <translation>Paramètres enregistrés&#xa0;; ils s&apos;appliqueront quand vous quitterez la démo.</translation>
    </message>
    <message>
        <source>Settings saved; the next audit uses them.</source>
        <translation>Paramètres enregistrés&#xa0;; le prochain audit les utilisera.</translation>
    </message>
    <message>
        <source>Terraform plan not loaded</source>
        <translation>Plan Terraform non chargé</translation>
    </message>
    <message>
        <source>The Terraform plan could not be used, so nothing was staged.

%1</source>
        <translation>Le plan Terraform n&apos;a pas pu être utilisé, rien n&apos;a donc été mis en préparation.

%1</translation>
    </message>
    <message>
        <source>%1 plans no DNS record of the types Mailsight reads (aws_route53_record, cloudflare_record, cloudflare_dns_record, google_dns_record_set, azurerm_dns_txt_record).</source>
        <translation>%1 ne prévoit aucun enregistrement DNS des types que lit Mailsight (aws_route53_record, cloudflare_record, cloudflare_dns_record, google_dns_record_set, azurerm_dns_txt_record).</translation>
    </message>
    <message numerus="yes">
        <source>Staged (%n file(s)): press Enter to audit with them.</source>
        <translation>
            <numerusform>En préparation (%n fichier)&#xa0;: appuyez sur Entrée pour auditer avec.</numerusform>
            <numerusform>En préparation (%n fichiers)&#xa0;: appuyez sur Entrée pour auditer avec.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan resources skipped: %1</source>
        <translation>Ressources du plan ignorées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Staged files closed; audits ask live DNS again.</source>
        <translation>Fichiers en préparation fermés&#xa0;; les audits interrogent à nouveau le DNS réel.</translation>
    </message>
    <message>
        <source>Open a Terraform plan to stage</source>
        <translation>Ouvrir un plan Terraform à mettre en préparation</translation>
    </message>
    <message>
        <source>Terraform plan, `terraform show -json` output (*.json);;All files (*)</source>
        <translation>Plan Terraform, sortie de `terraform show -json` (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The demo&apos;s DMARC reports could not be loaded.</source>
        <translation>Les rapports DMARC de la démo n&apos;ont pas pu être chargés.</translation>
    </message>
</context>
<context>
    <name>MemoryCredentialStore</name>
    <message>
        <source>No keyring is available.</source>
        <translation>Aucun trousseau n&apos;est disponible.</translation>
    </message>
</context>
<context>
    <name>MessageAnalyzer</name>
    <message>
        <source>Hop %1: %2.</source>
        <translation>Étape %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Hop %1 (by %2) is dated %3 s before hop %4 (by %5).</source>
        <translation>L&apos;étape %1 (by %2) est datée %3 s avant l&apos;étape %4 (by %5).</translation>
    </message>
    <message>
        <source>The message waited %1 min before hop %2 (by %3) took it.</source>
        <translation>Le message a attendu %1 min avant que l&apos;étape %2 (by %3) le prenne.</translation>
    </message>
    <message>
        <source>the connecting IP is unknown (give --ip)</source>
        <translation>l&apos;IP de connexion est inconnue (indiquez --ip)</translation>
    </message>
    <message>
        <source>no %1 identity is known</source>
        <translation>aucune identité %1 connue</translation>
    </message>
    <message>
        <source>%1 is not a domain name: check_host() gives none (RFC 7208 §4.3)</source>
        <translation>%1 n&apos;est pas un nom de domaine&#xa0;: check_host() donne none (RFC 7208 §4.3)</translation>
    </message>
    <message>
        <source>%1: p=%2 from _dmarc.%3, so the message is %4.</source>
        <translation>%1&#xa0;: p=%2 de _dmarc.%3, donc le message est %4.</translation>
    </message>
    <message>
        <source>RFC 9989: %1%2 (organizational domain %3). RFC 7489: %4%5 (organizational domain %6).</source>
        <translation>RFC 9989&#xa0;: %1%2 (domaine organisationnel %3). RFC 7489&#xa0;: %4%5 (domaine organisationnel %6).</translation>
    </message>
    <message>
        <source>The message has no From domain: DMARC cannot be applied.</source>
        <translation>Le message n&apos;a pas de domaine From&#xa0;: DMARC ne peut pas être appliqué.</translation>
    </message>
    <message>
        <source>passes (%1, aligned with %2)</source>
        <translation>réussit (%1, aligné avec %2)</translation>
    </message>
    <message>
        <source>fails: p=%1, the message is %2</source>
        <translation>échoue&#xa0;: p=%1, le message est %2</translation>
    </message>
    <message>
        <source>cannot be determined (DNS failed)</source>
        <translation>ne peut pas être déterminé (échec DNS)</translation>
    </message>
    <message>
        <source>does not apply (%1 has no DMARC policy)</source>
        <translation>ne s&apos;applique pas (%1 n&apos;a pas de politique DMARC)</translation>
    </message>
    <message>
        <source>DMARC %1 under both RFC 9989 and RFC 7489.</source>
        <translation>DMARC selon RFC 9989 et RFC 7489&#xa0;: %1.</translation>
    </message>
    <message>
        <source>DMARC under RFC 9989 %1; under RFC 7489 it %2.</source>
        <translation>DMARC selon RFC 9989&#xa0;: %1&#xa0;; selon RFC 7489&#xa0;: %2.</translation>
    </message>
    <message>
        <source> A receiver trusting the ARC sealers (%1) may still accept it.</source>
        <translation> Un destinataire qui fait confiance aux scelleurs ARC (%1) peut quand même l&apos;accepter.</translation>
    </message>
    <message>
        <source>%1 From field(s) with %2 address(es): %3.</source>
        <translation>%1 champ(s) From avec %2 adresse(s)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>the header signature does not verify with the published key (the body was not given)</source>
        <translation>la signature d&apos;en-tête ne se vérifie pas avec la clé publiée (le corps n&apos;a pas été fourni)</translation>
    </message>
    <message>
        <source>the header signature verifies but the signature has expired (the body was not given)</source>
        <translation>la signature d&apos;en-tête se vérifie mais la signature a expiré (le corps n&apos;a pas été fourni)</translation>
    </message>
    <message>
        <source>the header signature verifies but uses rsa-sha1, which RFC 8301 forbids</source>
        <translation>la signature d&apos;en-tête se vérifie mais utilise rsa-sha1, que RFC 8301 interdit</translation>
    </message>
    <message>
        <source>the header signature verifies with the key at %1; the body was not given, so its hash (bh=) was not checked</source>
        <translation>la signature d&apos;en-tête se vérifie avec la clé en %1&#xa0;; le corps n&apos;a pas été fourni, son hachage (bh=) n&apos;a donc pas été vérifié</translation>
    </message>
    <message>
        <source>SPF for %1</source>
        <translation>SPF pour %1</translation>
    </message>
    <message>
        <source>DKIM d=%1</source>
        <translation>DKIM d=%1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
</context>
<context>
    <name>MessageDetailHtml</name>
    <message>
        <source>aligned</source>
        <translation>aligné</translation>
    </message>
    <message>
        <source>not aligned</source>
        <translation>non aligné</translation>
    </message>
    <message>
        <source>SPF for the HELO identity</source>
        <translation>SPF pour l&apos;identité HELO</translation>
    </message>
    <message>
        <source>SPF for the MAIL FROM identity</source>
        <translation>SPF pour l&apos;identité MAIL FROM</translation>
    </message>
    <message>
        <source>Domain checked</source>
        <translation>Domaine vérifié</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Connecting IP</source>
        <translation>IP de connexion</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnue)</translation>
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
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Path through the records</source>
        <translation>Chemin à travers les enregistrements</translation>
    </message>
    <message>
        <source>%1 DNS lookups of 10, %2 void lookups of 2.</source>
        <translation>%1 requêtes DNS sur 10, %2 requêtes vides sur 2.</translation>
    </message>
    <message>
        <source>Alignment with the From domain</source>
        <translation>Alignement avec le domaine From</translation>
    </message>
    <message>
        <source>&lt;p&gt;The message carries no DKIM signature.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le message ne porte aucune signature DKIM.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>Canonicalization</source>
        <translation>Canonisation</translation>
    </message>
    <message>
        <source>Signed header fields</source>
        <translation>Champs d&apos;en-tête signés</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Body hash</source>
        <translation>Empreinte du corps</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>correspond</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>ne correspond pas</translation>
    </message>
    <message>
        <source>Header signature</source>
        <translation>Signature des en-têtes</translation>
    </message>
    <message>
        <source>verifies</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>does not verify</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>ARC chain</source>
        <translation>Chaîne ARC</translation>
    </message>
    <message>
        <source>The chain broke at instance %1.</source>
        <translation>La chaîne s&apos;est rompue à l&apos;instance %1.</translation>
    </message>
    <message>
        <source>oldest-pass = %1: the message was changed after the hop before it.</source>
        <translation>oldest-pass = %1 : le message a été modifié après l&apos;étape précédente.</translation>
    </message>
    <message>
        <source>Sealer</source>
        <translation>Scelleur</translation>
    </message>
    <message>
        <source>Signature (AMS)</source>
        <translation>Signature (AMS)</translation>
    </message>
    <message>
        <source>Seal (AS)</source>
        <translation>Sceau (AS)</translation>
    </message>
    <message>
        <source>What it recorded</source>
        <translation>Ce qu&apos;il a consigné</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui arrive</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>distribué</translation>
    </message>
    <message>
        <source>Organizational domain</source>
        <translation>Domaine organisationnel</translation>
    </message>
    <message>
        <source>ARC override plausible:</source>
        <translation>Dérogation ARC plausible :</translation>
    </message>
    <message>
        <source>ARC override not plausible:</source>
        <translation>Dérogation ARC non plausible :</translation>
    </message>
    <message>
        <source>The receiver&apos;s verdict</source>
        <translation>Le verdict du destinataire</translation>
    </message>
    <message>
        <source>The message carries no Authentication-Results of its receiver.</source>
        <translation>Le message ne porte aucun Authentication-Results de son destinataire.</translation>
    </message>
    <message>
        <source>The receiver&apos;s verdict (%1)</source>
        <translation>Le verdict du destinataire (%1)</translation>
    </message>
    <message>
        <source>Mailsight agrees with the receiver.</source>
        <translation>Mailsight est d&apos;accord avec le destinataire.</translation>
    </message>
    <message>
        <source>Where Mailsight differs, and why</source>
        <translation>Où Mailsight diffère, et pourquoi</translation>
    </message>
    <message>
        <source>Select a check to see its evidence.</source>
        <translation>Choisissez une vérification pour voir ses preuves.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No findings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun constat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Correction :</translation>
    </message>
</context>
<context>
    <name>MessageDmarcEvaluator</name>
    <message>
        <source>no DKIM signature</source>
        <translation>aucune signature DKIM</translation>
    </message>
    <message>
        <source>SPF was not evaluated</source>
        <translation>SPF n&apos;a pas été évalué</translation>
    </message>
    <message>
        <source>an aligned identifier passes: DMARC passes and the policy (%1) is not applied.</source>
        <translation>un identifiant aligné réussit&#xa0;: DMARC réussit et la politique (%1) n&apos;est pas appliquée.</translation>
    </message>
    <message>
        <source>a passing identifier&apos;s alignment cannot be decided (DNS failed): DMARC cannot be determined.</source>
        <translation>l&apos;alignement d&apos;un identifiant valide ne peut pas être décidé (échec DNS)&#xa0;: DMARC ne peut pas être déterminé.</translation>
    </message>
    <message>
        <source>no aligned identifier passes: DMARC fails</source>
        <translation>aucun identifiant aligné ne réussit&#xa0;: DMARC échoue</translation>
    </message>
    <message>
        <source>the policy is none: failing mail is delivered anyway, there is nothing to override</source>
        <translation>la politique est none&#xa0;: le courrier en échec est remis de toute façon, il n&apos;y a rien à outrepasser</translation>
    </message>
    <message>
        <source>the message has no ARC chain: no intermediary vouches for it</source>
        <translation>le message n&apos;a pas de chaîne ARC&#xa0;: aucun intermédiaire ne s&apos;en porte garant</translation>
    </message>
    <message>
        <source>the ARC chain fails (%1): receivers cannot rely on it</source>
        <translation>la chaîne ARC échoue (%1)&#xa0;: les destinataires ne peuvent pas s&apos;y fier</translation>
    </message>
    <message>
        <source>the ARC chain passes (sealed by %1) and %2 (i=%3) recorded %4 before the message changed: a receiver that trusts %5 may accept the message in spite of p=%6 (local policy)</source>
        <translation>la chaîne ARC est valide (scellée par %1) et %2 (i=%3) a enregistré %4 avant la modification du message&#xa0;: un destinataire qui fait confiance à %5 peut accepter le message malgré p=%6 (politique locale)</translation>
    </message>
    <message>
        <source>the ARC chain passes, but no intermediary recorded authentication aligned with %1: an override would have nothing to rest on</source>
        <translation>la chaîne ARC est valide, mais aucun intermédiaire n&apos;a enregistré d&apos;authentification alignée sur %1&#xa0;: une dérogation ne reposerait sur rien</translation>
    </message>
    <message>
        <source>The message has no From domain: DMARC cannot be applied.</source>
        <translation>Le message n&apos;a pas de domaine From&#xa0;: DMARC ne peut pas être appliqué.</translation>
    </message>
    <message>
        <source> (alignment unknown: a DNS query failed)</source>
        <translation> (alignement inconnu&#xa0;: une requête DNS a échoué)</translation>
    </message>
    <message>
        <source>aligned, %1</source>
        <translation>aligné, %1</translation>
    </message>
    <message>
        <source>not aligned</source>
        <translation>non aligné</translation>
    </message>
    <message>
        <source>, tentative</source>
        <translation>, provisoire</translation>
    </message>
</context>
<context>
    <name>MessageTab</name>
    <message>
        <source>Drop a received message (.eml, .mbox) here, open one, or paste its header: Mailsight tells why it passed or failed DMARC.</source>
        <translation>Déposez ici un message reçu (.eml, .mbox), ouvrez-en un ou collez son en-tête : Mailsight explique pourquoi il a réussi ou échoué DMARC.</translation>
    </message>
    <message>
        <source>Open message…</source>
        <translation>Ouvrir un message…</translation>
    </message>
    <message>
        <source>Paste header…</source>
        <translation>Coller l&apos;en-tête…</translation>
    </message>
    <message>
        <source>Demo messages</source>
        <translation>Messages de démonstration</translation>
    </message>
    <message>
        <source>Connecting IP</source>
        <translation>IP de connexion</translation>
    </message>
    <message>
        <source>IP (from the message)</source>
        <translation>IP (du message)</translation>
    </message>
    <message>
        <source>HELO name</source>
        <translation>Nom HELO</translation>
    </message>
    <message>
        <source>HELO (from the message)</source>
        <translation>HELO (du message)</translation>
    </message>
    <message>
        <source>MAIL FROM address</source>
        <translation>Adresse MAIL FROM</translation>
    </message>
    <message>
        <source>MAIL FROM (from the message)</source>
        <translation>MAIL FROM (du message)</translation>
    </message>
    <message>
        <source>Analyze again</source>
        <translation>Analyser à nouveau</translation>
    </message>
    <message>
        <source>Analyze the same message again, with the IP, HELO and MAIL FROM given here</source>
        <translation>Analyser à nouveau le même message, avec l&apos;IP, le HELO et le MAIL FROM indiqués ici</translation>
    </message>
    <message>
        <source>Message of the file</source>
        <translation>Message du fichier</translation>
    </message>
    <message>
        <source>Pasted message header</source>
        <translation>En-tête de message collé</translation>
    </message>
    <message>
        <source>Paste the message header here (&quot;Show original&quot; or &quot;View source&quot; in the mail client), with the body if you have it.</source>
        <translation>Collez ici l&apos;en-tête du message (« Afficher l&apos;original » ou « Afficher la source » dans le client de messagerie), avec le corps si vous l&apos;avez.</translation>
    </message>
    <message>
        <source>Analyze pasted text</source>
        <translation>Analyser le texte collé</translation>
    </message>
    <message>
        <source>Checks of the message</source>
        <translation>Vérifications du message</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Evidence of the selected check</source>
        <translation>Preuves de la vérification choisie</translation>
    </message>
    <message>
        <source>Delivery path</source>
        <translation>Chemin de distribution</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>From (HELO)</source>
        <translation>De (HELO)</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Reverse name</source>
        <translation>Nom inverse</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Findings of the message</source>
        <translation>Constats du message</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Open a received message</source>
        <translation>Ouvrir un message reçu</translation>
    </message>
    <message>
        <source>Messages (*.eml *.mbox *.msg *.txt);;All files (*)</source>
        <translation>Messages (*.eml *.mbox *.msg *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Demo messages…</source>
        <translation>Messages de démonstration…</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Nothing to analyze: paste a message header first.</source>
        <translation>Rien à analyser : collez d&apos;abord un en-tête de message.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texte collé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation>« %1 » n&apos;est pas une adresse IPv4 ou IPv6.</translation>
    </message>
    <message>
        <source>Analyzing…</source>
        <translation>Analyse en cours…</translation>
    </message>
    <message>
        <source>Analyzing the message: SPF, DKIM, ARC and DMARC…</source>
        <translation>Analyse du message : SPF, DKIM, ARC et DMARC…</translation>
    </message>
    <message numerus="yes">
        <source>Message analyzed: %n message(s)</source>
        <translation>
            <numerusform>Message analysé : %n message</numerusform>
            <numerusform>Message analysé : %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no header field: give a message or its header.</source>
        <translation>%1 ne contient aucun champ d&apos;en-tête : donnez un message ou son en-tête.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 · From %2 · %3 · via %4 (%5)</source>
        <translation>%1 · De %2 · %3 · via %4 (%5)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>an unknown IP</source>
        <translation>une IP inconnue</translation>
    </message>
    <message>
        <source>give it above</source>
        <translation>indiquez-la ci-dessus</translation>
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
        <translation>aligné</translation>
    </message>
    <message>
        <source>not aligned</source>
        <translation>non aligné</translation>
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
        <translation>aucune signature</translation>
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
        <translation>AMS %1, sceau %2, cv=%3</translation>
    </message>
    <message>
        <source>Receiver&apos;s verdict</source>
        <translation>Verdict du destinataire</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>concorde</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n difference(s)</source>
        <translation>
            <numerusform>%1 : %n différence</numerusform>
            <numerusform>%1 : %n différences</numerusform>
        </translation>
    </message>
    <message>
        <source>no Authentication-Results of the receiver</source>
        <translation>aucun Authentication-Results du destinataire</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The receiving system accepted the message here: %1</source>
        <translation>C&apos;est ici que le système destinataire a accepté le message : %1</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Constats (%1)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ModeBanner</name>
    <message>
        <source>Mode of the audit</source>
        <translation>Mode de l&apos;audit</translation>
    </message>
    <message>
        <source>answers for the zones in %1 come from these files</source>
        <translation>les réponses pour les zones de %1 proviennent de ces fichiers</translation>
    </message>
    <message>
        <source>the records planned in the Terraform plan %1 are answered from it</source>
        <translation>les enregistrements prévus par le plan Terraform %1 sont répondus depuis ce plan</translation>
    </message>
    <message>
        <source>&lt;b&gt;Staged audit:&lt;/b&gt; %1, overlaid on %2. Nothing is published yet.</source>
        <translation>&lt;b&gt;Audit en préparation&#xa0;:&lt;/b&gt; %1, superposés à %2. Rien n&apos;est encore publié.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>the demo zones</source>
        <translation>les zones de la démo</translation>
    </message>
    <message>
        <source>live DNS</source>
        <translation>le DNS réel</translation>
    </message>
    <message>
        <source>Close staged files</source>
        <translation>Fermer les fichiers en préparation</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; offline, answering from the bundled zones of fictional domains. Try %1.</source>
        <translation>&lt;b&gt;Démo&#xa0;:&lt;/b&gt; hors ligne, réponses tirées des zones fournies de domaines fictifs. Essayez %1.</translation>
    </message>
    <message>
        <source>Leave demo</source>
        <translation>Quitter la démo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline:&lt;/b&gt; answering only from the zone files chosen in Settings (%1); names outside them are not asked.</source>
        <translation>&lt;b&gt;Hors ligne&#xa0;:&lt;/b&gt; réponses tirées uniquement des fichiers de zone choisis dans les Paramètres (%1)&#xa0;; les noms en dehors ne sont pas interrogés.</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>&lt;b&gt;New to Mailsight?&lt;/b&gt; Type a domain above and press Enter, or try the demo: fictional domains with good and broken mail setups, answered offline from bundled zone files.</source>
        <translation>&lt;b&gt;Nouveau dans Mailsight&#xa0;?&lt;/b&gt; Saisissez un domaine ci-dessus et appuyez sur Entrée, ou essayez la démo&#xa0;: des domaines fictifs aux configurations de messagerie correctes ou cassées, servis hors ligne depuis des fichiers de zone fournis.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
</context>
<context>
    <name>MonitorController</name>
    <message>
        <source>&apos;%1&apos; is not a domain name: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de domaine&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not compared: the history could not be used (%1)</source>
        <translation>Non comparé&#xa0;: l&apos;historique n&apos;a pas pu être utilisé (%1)</translation>
    </message>
    <message>
        <source>Not compared: no history is kept (Settings → Audit history)</source>
        <translation>Non comparé&#xa0;: aucun historique n&apos;est conservé (Paramètres → Historique des audits)</translation>
    </message>
    <message>
        <source>First audit: the baseline of the next runs</source>
        <translation>Premier audit&#xa0;: la référence des prochaines exécutions</translation>
    </message>
</context>
<context>
    <name>MonitorDialog</name>
    <message>
        <source>Monitor &amp;while Mailsight runs</source>
        <translation>&amp;Surveiller tant que Mailsight tourne</translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation>&amp;Lancer maintenant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Mailsight audits these domains again every few hours while it runs, compares each audit with the previous one, and tells you (tray icon and desktop notification) when something regresses: a lower grade, a new warning or error, a changed record or DKIM key. To audit while Mailsight is closed, install a systemd user timer.</source>
        <translation>Tant qu&apos;il tourne, Mailsight audite à nouveau ces domaines toutes les quelques heures, compare chaque audit au précédent et vous prévient (icône de la zone de notification et notification du bureau) quand quelque chose se dégrade&#xa0;: une note plus basse, un nouvel avertissement ou une nouvelle erreur, un enregistrement ou une clé DKIM modifiés. Pour auditer quand Mailsight est fermé, installez un minuteur utilisateur systemd.</translation>
    </message>
    <message>
        <source>example.com, example.net</source>
        <translation>example.com, example.net</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation>&amp;Retirer la sélection</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>chaque jour</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>toutes les heures</translation>
    </message>
    <message>
        <source>every %1 hours</source>
        <translation>toutes les %1 heures</translation>
    </message>
    <message>
        <source>Select a domain to see everything that changed.</source>
        <translation>Sélectionnez un domaine pour voir tout ce qui a changé.</translation>
    </message>
    <message>
        <source>%v of %m domains</source>
        <translation>%v domaines sur %m</translation>
    </message>
    <message>
        <source>&amp;Install as a systemd user timer</source>
        <translation>&amp;Installer comme minuteur utilisateur systemd</translation>
    </message>
    <message>
        <source>Remove the timer</source>
        <translation>Retirer le minuteur</translation>
    </message>
    <message>
        <source>The timer&apos;s name: mailsight-audit@NAME.timer, ~/.config/mailsight/NAME.conf</source>
        <translation>Le nom du minuteur&#xa0;: mailsight-audit@NAME.timer, ~/.config/mailsight/NAME.conf</translation>
    </message>
    <message>
        <source>Timer name:</source>
        <translation>Nom du minuteur&#xa0;:</translation>
    </message>
    <message>
        <source>Run finished: no regression.</source>
        <translation>Exécution terminée&#xa0;: aucune dégradation.</translation>
    </message>
    <message>
        <source>Run finished: %1 domain(s) regressed, %2 failed.</source>
        <translation>Exécution terminée&#xa0;: %1 domaine(s) dégradé(s), %2 en échec.</translation>
    </message>
    <message numerus="yes">
        <source>Auditing %n domain(s)…</source>
        <translation>
            <numerusform>Audit de %n domaine…</numerusform>
            <numerusform>Audit de %n domaines…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>next run: %1</source>
        <translation>prochaine exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>non planifiée</translation>
    </message>
    <message>
        <source>mailsight-cli was not found beside Mailsight or on PATH: the timer needs it.</source>
        <translation>mailsight-cli est introuvable à côté de Mailsight et dans le PATH&#xa0;: le minuteur en a besoin.</translation>
    </message>
    <message>
        <source>The timer was not installed: %1</source>
        <translation>Le minuteur n&apos;a pas été installé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Written: %1, %2 and %3.
Enable it with:  %4
Remove it with:  %5, then “Remove the timer” here.</source>
        <translation>Écrits&#xa0;: %1, %2 et %3.
Activez-le avec&#xa0;:  %4
Retirez-le avec&#xa0;:  %5, puis «&#xa0;Retirer le minuteur&#xa0;» ici.</translation>
    </message>
    <message>
        <source>The timer was not removed: %1</source>
        <translation>Le minuteur n&apos;a pas été retiré&#xa0;: %1</translation>
    </message>
    <message>
        <source>There was no timer named %1.</source>
        <translation>Il n&apos;y avait pas de minuteur nommé %1.</translation>
    </message>
    <message>
        <source>Removed: %1. %2</source>
        <translation>Supprimés&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>If it was enabled, also run:  %1</source>
        <translation>S&apos;il était activé, exécutez aussi&#xa0;:  %1</translation>
    </message>
    <message>
        <source>The timer was stopped and disabled.</source>
        <translation>Le minuteur a été arrêté et désactivé.</translation>
    </message>
    <message>
        <source>systemctl could not disable it; if it was enabled, run:  %1</source>
        <translation>systemctl n&apos;a pas pu le désactiver&#xa0;; s&apos;il était activé, exécutez&#xa0;:  %1</translation>
    </message>
    <message>
        <source>Stopping mailsight-audit@%1.timer…</source>
        <translation>Arrêt de mailsight-audit@%1.timer…</translation>
    </message>
</context>
<context>
    <name>MonitorHub</name>
    <message>
        <source>Monitor: %1</source>
        <translation>Surveillance&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Monitor: %n domain(s) audited, no regression.</source>
        <translation>
            <numerusform>Surveillance&#xa0;: %n domaine audité, aucune dégradation.</numerusform>
            <numerusform>Surveillance&#xa0;: %n domaines audités, aucune dégradation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitor: regressed: %1 (File → Monitor… says what changed).</source>
        <translation>Surveillance&#xa0;: dégradé(s)&#xa0;: %1 (Fichier → Surveillance… indique ce qui a changé).</translation>
    </message>
    <message>
        <source>Monitor: regressed: %1; not audited: %2.</source>
        <translation>Surveillance&#xa0;: dégradé(s)&#xa0;: %1&#xa0;; non audité(s)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Show Mailsight</source>
        <translation>Afficher Mailsight</translation>
    </message>
    <message>
        <source>Monitor…</source>
        <translation>Surveillance…</translation>
    </message>
    <message>
        <source>Run the Monitor now</source>
        <translation>Lancer la surveillance maintenant</translation>
    </message>
    <message numerus="yes">
        <source>Mailsight Monitor: %n domain(s) regressed</source>
        <translation>
            <numerusform>Surveillance Mailsight&#xa0;: %n domaine dégradé</numerusform>
            <numerusform>Surveillance Mailsight&#xa0;: %n domaines dégradés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mailsight Monitor: %n domain(s), no regression</source>
        <translation>
            <numerusform>Surveillance Mailsight&#xa0;: %n domaine, aucune dégradation</numerusform>
            <numerusform>Surveillance Mailsight&#xa0;: %n domaines, aucune dégradation</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 regressed</source>
        <translation>%1 s&apos;est dégradé</translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… et %n de plus</numerusform>
            <numerusform>
… et %n de plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitorStateModel</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>auditing…</source>
        <translation>audit en cours…</translation>
    </message>
    <message>
        <source>no regression</source>
        <translation>aucune dégradation</translation>
    </message>
    <message>
        <source>regressed</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Last audit</source>
        <translation>Dernier audit</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
</context>
<context>
    <name>MtaStsExplanation</name>
    <message>
        <source>%1 s (about %2 years)</source>
        <translation>%1 s (environ %2 ans)</translation>
    </message>
    <message>
        <source>%1 s (about a year)</source>
        <translation>%1 s (environ un an)</translation>
    </message>
    <message>
        <source>%1 s (%2 days)</source>
        <translation>%1 s (%2 jours)</translation>
    </message>
    <message>
        <source>%1 s (a day)</source>
        <translation>%1 s (un jour)</translation>
    </message>
    <message>
        <source>%1 s (%2 hours)</source>
        <translation>%1 s (%2 heures)</translation>
    </message>
    <message>
        <source>%1 s (an hour)</source>
        <translation>%1 s (une heure)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>mode: enforce — senders that apply MTA-STS deliver only over TLS with a valid certificate to an MX host matching one of the mx patterns; otherwise they keep the message and retry, and never fall back to clear text.</source>
        <translation>mode: enforce — les expéditeurs qui appliquent MTA-STS ne livrent que via TLS avec un certificat valide à un hôte MX correspondant à l&apos;un des motifs mx ; sinon ils gardent le message et réessaient, sans jamais revenir au texte en clair.</translation>
    </message>
    <message>
        <source>mode: testing — senders check TLS and the certificate and report failures (TLS-RPT), but deliver anyway: nothing is protected yet.</source>
        <translation>mode: testing — les expéditeurs vérifient TLS et le certificat et signalent les échecs (TLS-RPT), mais livrent quand même : rien n&apos;est encore protégé.</translation>
    </message>
    <message>
        <source>mode: none — senders drop any policy they cached: the way to retire MTA-STS.</source>
        <translation>mode: none — les expéditeurs abandonnent toute politique en cache : c&apos;est ainsi qu&apos;on retire MTA-STS.</translation>
    </message>
    <message>
        <source>mode: missing or unknown — senders reject the policy.</source>
        <translation>mode: absent ou inconnu — les expéditeurs rejettent la politique.</translation>
    </message>
    <message>
        <source>max_age: %1 — how long senders keep applying this policy after fetching it, even if the policy host becomes unreachable. RFC 8461 suggests weeks (e.g. 1209600 s, 14 days) or more.</source>
        <translation>max_age: %1 — combien de temps les expéditeurs appliquent cette politique après l&apos;avoir récupérée, même si l&apos;hôte de la politique devient injoignable. La RFC 8461 suggère des semaines (p. ex. 1209600 s, 14 jours) ou plus.</translation>
    </message>
    <message>
        <source>max_age: missing — senders reject the policy.</source>
        <translation>max_age: absent — les expéditeurs rejettent la politique.</translation>
    </message>
    <message>
        <source>mx: none — no MX host can match, so an enforce policy would stop all mail.</source>
        <translation>mx: aucun — aucun hôte MX ne peut correspondre, une politique enforce arrêterait donc tout le courrier.</translation>
    </message>
    <message>
        <source>mx: %1 — the MX host names senders accept; &quot;*.example.com&quot; matches exactly one label in place of the &quot;*&quot; (mx1.example.com, not a.b.example.com).</source>
        <translation>mx: %1 — les noms d&apos;hôtes MX acceptés par les expéditeurs ; « *.example.com » correspond à exactement un label à la place du « * » (mx1.example.com, pas a.b.example.com).</translation>
    </message>
    <message>
        <source>id: %1 (in the _mta-sts TXT record) — senders re-fetch the policy only when this id changes or their cached copy expires: change the id every time you change the policy file.</source>
        <translation>id: %1 (dans l&apos;enregistrement TXT _mta-sts) — les expéditeurs ne récupèrent à nouveau la politique que si cet id change ou si leur copie expire : changez l&apos;id à chaque modification du fichier de politique.</translation>
    </message>
</context>
<context>
    <name>NetPlan</name>
    <message>
        <source>The connect-to rule &quot;%1&quot; in Settings is not valid: %2</source>
        <translation>La règle connect-to « %1 » des paramètres n&apos;est pas valide : %2</translation>
    </message>
</context>
<context>
    <name>NsSectionHtml</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Lame: %1</source>
        <translation>Défaillant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Differs: %1</source>
        <translation>Diffère&#xa0;: %1</translation>
    </message>
    <message>
        <source>Older serial</source>
        <translation>Numéro de série plus ancien</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Records served</source>
        <translation>Enregistrements servis</translation>
    </message>
    <message>
        <source>Authoritative servers not compared:</source>
        <translation>Serveurs faisant autorité non comparés&#xa0;:</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Zone&#xa0;:</translation>
    </message>
    <message>
        <source>Delegation not checked:</source>
        <translation>Délégation non vérifiée&#xa0;:</translation>
    </message>
    <message>
        <source>Delegation matches the zone.</source>
        <translation>La délégation correspond à la zone.</translation>
    </message>
    <message>
        <source>Delegation differs from the zone.</source>
        <translation>La délégation diffère de la zone.</translation>
    </message>
    <message>
        <source>At the parent (%1)</source>
        <translation>Dans la zone parente (%1)</translation>
    </message>
    <message>
        <source>In the zone</source>
        <translation>Dans la zone</translation>
    </message>
    <message>
        <source>Every server that serves the zone gives the same records.</source>
        <translation>Chaque serveur de la zone renvoie les mêmes enregistrements.</translation>
    </message>
    <message>
        <source>Records that differ between servers:</source>
        <translation>Enregistrements qui diffèrent entre les serveurs&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n direct question(s) without recursion, listed in the JSON report.</source>
        <translation>
            <numerusform>%n requête directe sans récursion, listée dans le rapport JSON.</numerusform>
            <numerusform>%n requêtes directes sans récursion, listées dans le rapport JSON.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NsServersPanel</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Records served</source>
        <translation>Enregistrements servis</translation>
    </message>
    <message>
        <source>Authoritative servers</source>
        <translation>Serveurs faisant autorité</translation>
    </message>
    <message>
        <source>Records that differ between servers</source>
        <translation>Enregistrements qui diffèrent entre serveurs</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>The authoritative servers were not compared: %1</source>
        <translation>Les serveurs faisant autorité n&apos;ont pas été comparés : %1</translation>
    </message>
    <message>
        <source>Lame: %1</source>
        <translation>Défaillant : %1</translation>
    </message>
    <message>
        <source>Differs: %1</source>
        <translation>Diffère : %1</translation>
    </message>
    <message>
        <source>Older serial</source>
        <translation>Numéro de série plus ancien</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Differs: %1 %2</source>
        <translation>Diffère : %1 %2</translation>
    </message>
    <message>
        <source>Delegation not checked: %1</source>
        <translation>Délégation non vérifiée : %1</translation>
    </message>
    <message>
        <source>Delegation at %1 matches the zone: %2</source>
        <translation>La délégation chez %1 correspond à la zone : %2</translation>
    </message>
    <message>
        <source>Delegation differs: at %1: %2; in the zone: %3</source>
        <translation>La délégation diffère : chez %1 : %2 ; dans la zone : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n server address(es) of %1 answer alike.</source>
        <translation>
            <numerusform>%n adresse de serveur de %1 répond de la même façon.</numerusform>
            <numerusform>%n adresses de serveurs de %1 répondent de la même façon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record set(s) differ between servers</source>
        <translation>
            <numerusform>%n ensemble d&apos;enregistrements diffère entre serveurs</numerusform>
            <numerusform>%n ensembles d&apos;enregistrements diffèrent entre serveurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different serials</source>
        <translation>
            <numerusform>%n numéro de série différent</numerusform>
            <numerusform>%n numéros de série différents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lame server address(es)</source>
        <translation>
            <numerusform>%n adresse de serveur défaillante</numerusform>
            <numerusform>%n adresses de serveurs défaillantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomeStyle</name>
    <message>
        <source>answer</source>
        <translation>réponse</translation>
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
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>erreur réseau</translation>
    </message>
    <message>
        <source>format error</source>
        <translation>erreur de format</translation>
    </message>
    <message>
        <source>invalid name</source>
        <translation>nom invalide</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>not answered: audit cancelled</source>
        <translation>sans réponse&#xa0;: audit annulé</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>non interrogé</translation>
    </message>
    <message>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>network %1</source>
        <translation>réseau %1</translation>
    </message>
    <message>
        <source>zone file</source>
        <translation>fichier de zone</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>zone %1</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>cache</translation>
    </message>
    <message>
        <source> (staged)</source>
        <translation> (en préparation)</translation>
    </message>
    <message>
        <source>CNAME loop</source>
        <translation>Boucle CNAME</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Average grade</source>
        <translation>Note moyenne</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
</context>
<context>
    <name>QueryLogDock</name>
    <message>
        <source>Query log</source>
        <translation>Journal des requêtes</translation>
    </message>
    <message>
        <source>Filter: a name, a type, an outcome (timeout, NXDOMAIN…), a server</source>
        <translation>Filtre&#xa0;: un nom, un type, un résultat (délai dépassé, NXDOMAIN…), un serveur</translation>
    </message>
    <message>
        <source>Filter the query log</source>
        <translation>Filtrer le journal des requêtes</translation>
    </message>
    <message>
        <source>&amp;Copy selected queries</source>
        <translation>&amp;Copier les requêtes sélectionnées</translation>
    </message>
    <message>
        <source>Copy the whole log as &amp;JSON</source>
        <translation>Copier tout le journal en &amp;JSON</translation>
    </message>
    <message>
        <source>Queries copied.</source>
        <translation>Requêtes copiées.</translation>
    </message>
    <message>
        <source>Query log copied as JSON (the &quot;queries&quot; array of the CLI&apos;s output).</source>
        <translation>Journal des requêtes copié en JSON (le tableau «&#xa0;queries&#xa0;» de la sortie de la CLI).</translation>
    </message>
    <message>
        <source>Query log — queries: %1</source>
        <translation>Journal des requêtes — requêtes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Query log — queries: %1, failed or cut short: %2</source>
        <translation>Journal des requêtes — requêtes&#xa0;: %1, en échec ou interrompues&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>QueryLogModel</name>
    <message>
        <source>%1, shared with an identical query</source>
        <translation>%1, partagée avec une requête identique</translation>
    </message>
    <message>
        <source>The UDP reply was truncated; the answer came over TCP.</source>
        <translation>La réponse UDP était tronquée&#xa0;; la réponse est arrivée par TCP.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Source / server</source>
        <translation>Source / serveur</translation>
    </message>
</context>
<context>
    <name>RecordSetModel</name>
    <message>
        <source>Not published: the name %1 does not exist.</source>
        <translation>Non publié&#xa0;: le nom %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Not published: %1 exists but has no %2 record.</source>
        <translation>Non publié&#xa0;: %1 existe mais n&apos;a pas d&apos;enregistrement %2.</translation>
    </message>
    <message>
        <source>Could not be read: %1. Not the same as having no record.</source>
        <translation>Lecture impossible&#xa0;: %1. Ce n&apos;est pas une absence d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Not read: the audit was cancelled.</source>
        <translation>Non lu&#xa0;: l&apos;audit a été annulé.</translation>
    </message>
    <message>
        <source>asking…</source>
        <translation>interrogation…</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 enregistrement</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 enregistrements</translation>
    </message>
    <message>
        <source>CNAME</source>
        <translation>CNAME</translation>
    </message>
    <message>
        <source>%1, %2 strings</source>
        <translation>%1, %2 chaînes</translation>
    </message>
    <message>
        <source>Character-strings: %1 bytes; joined: %2 bytes</source>
        <translation>Chaînes de caractères&#xa0;: %1 octets&#xa0;; jointes&#xa0;: %2 octets</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>pas encore de réponse</translation>
    </message>
    <message>
        <source>not read, the audit was cancelled</source>
        <translation>non lu, l&apos;audit a été annulé</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <source>Show 255-byte string &amp;splits</source>
        <translation>Afficher la &amp;segmentation en chaînes de 255 octets</translation>
    </message>
    <message>
        <source>&amp;Copy records</source>
        <translation>&amp;Copier les enregistrements</translation>
    </message>
    <message>
        <source>Enter a domain and press Audit to read what it publishes.</source>
        <translation>Saisissez un domaine et cliquez sur Auditer pour lire ce qu&apos;il publie.</translation>
    </message>
    <message>
        <source>A TXT record is a list of character-strings of at most 255 bytes each. Receivers join them without spaces; show them as published to check where they are split.</source>
        <translation>Un enregistrement TXT est une liste de chaînes de caractères d&apos;au plus 255 octets chacune. Les destinataires les joignent sans espace&#xa0;; affichez-les telles que publiées pour vérifier où elles sont coupées.</translation>
    </message>
    <message>
        <source>Copy the selected record sets (or all) as zone-file lines (Ctrl+C)</source>
        <translation>Copier les jeux d&apos;enregistrements sélectionnés (ou tous) sous forme de lignes de fichier de zone (Ctrl+C)</translation>
    </message>
    <message>
        <source>Published records</source>
        <translation>Enregistrements publiés</translation>
    </message>
    <message>
        <source>Selected records as zone-file text</source>
        <translation>Enregistrements sélectionnés en texte de fichier de zone</translation>
    </message>
    <message>
        <source>The selected record sets as zone-file text.</source>
        <translation>Les jeux d&apos;enregistrements sélectionnés en texte de fichier de zone.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>TXT at the domain (SPF lives here)</source>
        <translation>TXT du domaine (SPF se trouve ici)</translation>
    </message>
    <message>
        <source>SPF type 99 (obsolete, RFC 7208 §3.1)</source>
        <translation>SPF type 99 (obsolète, RFC 7208 §3.1)</translation>
    </message>
    <message>
        <source>Mail exchangers</source>
        <translation>Serveurs de messagerie (MX)</translation>
    </message>
    <message>
        <source>IPv4 addresses</source>
        <translation>Adresses IPv4</translation>
    </message>
    <message>
        <source>IPv6 addresses</source>
        <translation>Adresses IPv6</translation>
    </message>
    <message>
        <source>Name servers</source>
        <translation>Serveurs de noms</translation>
    </message>
    <message>
        <source>DMARC policy</source>
        <translation>Politique DMARC</translation>
    </message>
    <message>
        <source>MTA-STS policy id</source>
        <translation>Identifiant de politique MTA-STS</translation>
    </message>
    <message>
        <source>TLS reporting (TLS-RPT)</source>
        <translation>Rapports TLS (TLS-RPT)</translation>
    </message>
    <message>
        <source>Reading %1 record sets of %2…</source>
        <translation>Lecture de %1 jeux d&apos;enregistrements de %2…</translation>
    </message>
    <message>
        <source>Reading the records %1 publishes…</source>
        <translation>Lecture des enregistrements publiés par %1…</translation>
    </message>
    <message>
        <source>Reading %1 record sets of %2… %3 answered</source>
        <translation>Lecture de %1 jeux d&apos;enregistrements de %2… %3 réponses</translation>
    </message>
    <message>
        <source>1 record set read in %1 ms</source>
        <translation>1 jeu d&apos;enregistrements lu en %1 ms</translation>
    </message>
    <message>
        <source>%1 record sets read in %2 ms</source>
        <translation>%1 jeux d&apos;enregistrements lus en %2 ms</translation>
    </message>
    <message>
        <source>%1 not published</source>
        <translation>%1 non publiés</translation>
    </message>
    <message>
        <source>1 lookup failed (%1)</source>
        <translation>1 requête en échec (%1)</translation>
    </message>
    <message>
        <source>%1 lookups failed (%2)</source>
        <translation>%1 requêtes en échec (%2)</translation>
    </message>
    <message>
        <source>1 lookup cancelled</source>
        <translation>1 requête annulée</translation>
    </message>
    <message>
        <source>%1 lookups cancelled</source>
        <translation>%1 requêtes annulées</translation>
    </message>
    <message>
        <source>The name is outside the loaded zone files, so nothing could be read: offline audits answer only for names inside them. Audit a name of the loaded zones, or ask live DNS (File → Settings).</source>
        <translation>Le nom est en dehors des fichiers de zone chargés, rien n&apos;a donc pu être lu&#xa0;: les audits hors ligne ne répondent que pour les noms qu&apos;ils contiennent. Auditez un nom des zones chargées, ou interrogez le DNS réel (Fichier → Paramètres).</translation>
    </message>
    <message>
        <source>A lookup that failed says nothing about whether the record exists: it is unknown, not missing. Retry, or choose another resolver in File → Settings.</source>
        <translation>Une requête en échec ne dit rien de l&apos;existence de l&apos;enregistrement&#xa0;: il est inconnu, pas absent. Réessayez, ou choisissez un autre résolveur dans Fichier → Paramètres.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Records copied as zone-file lines.</source>
        <translation>Enregistrements copiés sous forme de lignes de fichier de zone.</translation>
    </message>
</context>
<context>
    <name>ReportSourcesModel</name>
    <message>
        <source>authorised</source>
        <translation>autorisée</translation>
    </message>
    <message>
        <source>forwarder</source>
        <translation>redirecteur</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>unknown sender</source>
        <translation>expéditeur inconnu</translation>
    </message>
    <message>
        <source>(not looked up)</source>
        <translation>(non résolu)</translation>
    </message>
    <message>
        <source>%1: %2 messages, SPF pass %3, DKIM pass %4, DMARC pass %5, forwarded %6, quarantined %7, rejected %8</source>
        <translation>%1&#xa0;: %2 messages, SPF valide %3, DKIM valide %4, DMARC valide %5, transférés %6, en quarantaine %7, rejetés %8</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>IP source</translation>
    </message>
    <message>
        <source>Reverse name</source>
        <translation>Nom inverse</translation>
    </message>
    <message>
        <source>SPF include</source>
        <translation>Include SPF</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>SPF aligned</source>
        <translation>SPF aligné</translation>
    </message>
    <message>
        <source>DKIM aligned</source>
        <translation>DKIM aligné</translation>
    </message>
    <message>
        <source>DMARC pass</source>
        <translation>DMARC valide</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Transférés</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>No sending source in these reports</source>
        <translation>Aucune source d’envoi dans ces rapports</translation>
    </message>
    <message>
        <source>The domain the reports are about (policy_published)</source>
        <translation>Le domaine concerné par les rapports (policy_published)</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Importer des fichiers…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au&#xa0;:</translation>
    </message>
    <message>
        <source>Drop DMARC aggregate or TLS-RPT reports here (.xml, .gz, .zip, .json, .eml, .mbox or folders), or use Import.</source>
        <translation>Déposez ici des rapports agrégés DMARC ou TLS-RPT (.xml, .gz, .zip, .json, .eml, .mbox ou dossiers), ou utilisez Importer.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Filter by address, reverse name, include or verdict</source>
        <translation>Filtrer par adresse, nom inverse, include ou verdict</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
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
        <translation>Si le domaine publiait</translation>
    </message>
    <message>
        <source>Policy impact</source>
        <translation>Impact de la politique</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>TLS-RPT</source>
        <translation>TLS-RPT</translation>
    </message>
    <message>
        <source>No import yet.</source>
        <translation>Aucun import pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>Journal d&apos;import</translation>
    </message>
    <message>
        <source>DMARC pass</source>
        <translation>DMARC valide</translation>
    </message>
    <message>
        <source>fail, delivered</source>
        <translation>en échec, distribués</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>mis en quarantaine</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetés</translation>
    </message>
    <message>
        <source>No TLS-RPT report for this domain.</source>
        <translation>Aucun rapport TLS-RPT pour ce domaine.</translation>
    </message>
    <message>
        <source>The history database could not be opened: %1</source>
        <translation>La base de données d&apos;historique n&apos;a pas pu être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>The reports could not be read: %1</source>
        <translation>Les rapports n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose a domain, or drop reports here to import them.</source>
        <translation>Choisissez un domaine, ou déposez ici des rapports pour les importer.</translation>
    </message>
    <message>
        <source>No report about %1 in the database yet. Drop its DMARC aggregate (rua) or TLS-RPT reports here, or use Import.</source>
        <translation>Aucun rapport sur %1 dans la base pour l&apos;instant. Déposez ici ses rapports agrégés DMARC (rua) ou TLS-RPT, ou utilisez Importer.</translation>
    </message>
    <message>
        <source>%1: %2 messages from %3 sources in %4 reports; DMARC pass %5%.</source>
        <translation>%1&#xa0;: %2 messages de %3 sources dans %4 rapports&#xa0;; DMARC valide à %5 %.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) match no SPF include.</source>
        <translation>
            <numerusform>%n source ne correspond à aucun include SPF.</numerusform>
            <numerusform>%n sources ne correspondent à aucun include SPF.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tables list the %1 biggest of %2 sources.</source>
        <translation>Les tableaux montrent les %1 plus grandes sur %2 sources.</translation>
    </message>
    <message>
        <source>(No SPF tree stored yet: includes show as unknown.)</source>
        <translation>(Aucun arbre SPF enregistré pour l&apos;instant&#xa0;: les include apparaissent comme inconnus.)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>TLS reports: %1. Sessions: %2 successful, %3 failed.%4</source>
        <translation>Rapports TLS&#xa0;: %1. Sessions&#xa0;: %2 réussies, %3 en échec.%4</translation>
    </message>
    <message>
        <source>Failures by type: %1.</source>
        <translation>Échecs par type&#xa0;: %1.</translation>
    </message>
    <message>
        <source>successful sessions</source>
        <translation>sessions réussies</translation>
    </message>
    <message>
        <source>failed sessions</source>
        <translation>sessions en échec</translation>
    </message>
    <message>
        <source>Messages from %1 per day</source>
        <translation>Messages de %1 par jour</translation>
    </message>
    <message>
        <source>No DMARC aggregate data for this domain and period.</source>
        <translation>Aucune donnée agrégée DMARC pour ce domaine et cette période.</translation>
    </message>
    <message>
        <source>Under p=%1, %2 of %3 messages (from %4 sources) would have been %5; %6 of them were not already.</source>
        <translation>Avec p=%1, %2 messages sur %3 (de %4 sources) auraient été %5&#xa0;; %6 d&apos;entre eux ne l&apos;étaient pas déjà.</translation>
    </message>
    <message>
        <source>%1 of them come from senders the SPF record authorises: fix their DKIM or SPF alignment first.</source>
        <translation>%1 d&apos;entre eux viennent d&apos;expéditeurs autorisés par l&apos;enregistrement SPF&#xa0;: corrigez d&apos;abord leur alignement DKIM ou SPF.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Importing reports…</source>
        <translation>Import des rapports…</translation>
    </message>
    <message>
        <source>imported   %1 (%2 report(s), %3 rows)
</source>
        <translation>importé    %1 (%2 rapport(s), %3 lignes)
</translation>
    </message>
    <message>
        <source>           warning: %1
</source>
        <translation>           avertissement&#xa0;: %1
</translation>
    </message>
    <message>
        <source>duplicate  %1 (already imported)
</source>
        <translation>doublon    %1 (déjà importé)
</translation>
    </message>
    <message>
        <source>REFUSED    %1
           %2
</source>
        <translation>REFUSÉ     %1
           %2
</translation>
    </message>
    <message>
        <source>%1 imported, %2 skipped as duplicates, %3 refused.</source>
        <translation>%1 importé(s), %2 ignoré(s) comme doublons, %3 refusé(s).</translation>
    </message>
    <message>
        <source>See the Import log tab for why.</source>
        <translation>Voir l&apos;onglet Journal d&apos;import pour la raison.</translation>
    </message>
    <message>
        <source>Import reports</source>
        <translation>Importer des rapports</translation>
    </message>
    <message>
        <source>Reports (*.xml *.gz *.zip *.json *.eml *.mbox);;All files (*)</source>
        <translation>Rapports (*.xml *.gz *.zip *.json *.eml *.mbox);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a folder of reports</source>
        <translation>Importer un dossier de rapports</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Domain the reports are about</source>
        <translation>Domaine concerné par les rapports</translation>
    </message>
    <message>
        <source>Include in PDF report</source>
        <translation>Inclure dans le rapport PDF</translation>
    </message>
    <message>
        <source>File → Export adds &quot;Who sends as this domain&quot; to the PDF and HTML report: volume, top sources, unknown senders, forwarders, the policy simulation and TLS-RPT failures of the dates chosen here (else the last 90 days)</source>
        <translation>Fichier → Exporter l&apos;audit ajoute «&#xa0;Qui envoie au nom de ce domaine&#xa0;» au rapport PDF et HTML&#xa0;: volume, principales sources, expéditeurs inconnus, redirections, simulation de politique et échecs TLS-RPT pour les dates choisies ici (sinon les 90 derniers jours)</translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation>Do&amp;maine&#xa0;:</translation>
    </message>
    <message>
        <source>Reports from</source>
        <translation>Rapports du</translation>
    </message>
    <message>
        <source>Reports until</source>
        <translation>Rapports jusqu&apos;au</translation>
    </message>
    <message>
        <source>Report views</source>
        <translation>Vues des rapports</translation>
    </message>
    <message>
        <source>Chart: messages per day by DMARC result</source>
        <translation>Graphique&#xa0;: messages par jour selon le résultat DMARC</translation>
    </message>
    <message>
        <source>Filter the sources</source>
        <translation>Filtrer les sources</translation>
    </message>
    <message>
        <source>Sending sources</source>
        <translation>Sources d&apos;envoi</translation>
    </message>
    <message>
        <source>Chart: the selected source&apos;s messages per day</source>
        <translation>Graphique&#xa0;: messages par jour de la source sélectionnée</translation>
    </message>
    <message>
        <source>Policy to simulate</source>
        <translation>Politique à simuler</translation>
    </message>
    <message>
        <source>Sources under the simulated policy</source>
        <translation>Sources sous la politique simulée</translation>
    </message>
    <message>
        <source>Chart: TLS sessions per day</source>
        <translation>Graphique&#xa0;: sessions TLS par jour</translation>
    </message>
    <message>
        <source>Connecting to the history database…</source>
        <translation>Connexion à la base de données d&apos;historique…</translation>
    </message>
</context>
<context>
    <name>ResolverPlan</name>
    <message>
        <source>The demo zones could not be loaded: %1</source>
        <translation>Les zones de la démo n&apos;ont pas pu être chargées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Offline mode has no zone file to answer from. Add one in Settings.</source>
        <translation>Le mode hors ligne n&apos;a aucun fichier de zone pour répondre. Ajoutez-en un dans les Paramètres.</translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; in Settings is not valid: %2</source>
        <translation>Le serveur «&#xa0;%1&#xa0;» des Paramètres n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>No custom DNS server is set. Add one in Settings.</source>
        <translation>Aucun serveur DNS personnalisé n&apos;est défini. Ajoutez-en un dans les Paramètres.</translation>
    </message>
    <message>
        <source>/etc/resolv.conf lists no DNS server. Choose custom servers or offline zone files in Settings.</source>
        <translation>/etc/resolv.conf ne liste aucun serveur DNS. Choisissez des serveurs personnalisés ou des fichiers de zone hors ligne dans les Paramètres.</translation>
    </message>
    <message>
        <source>The staged zone file could not be read: %1</source>
        <translation>Le fichier de zone en préparation n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The Terraform plan could not be read: %1</source>
        <translation>Le plan Terraform n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SectionFindingsHtml</name>
    <message>
        <source>Fix:</source>
        <translation>Correction&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SeedAccountDialog</name>
    <message>
        <source>Edit seed mailbox</source>
        <translation>Modifier la boîte témoin</translation>
    </message>
    <message>
        <source>Add seed mailbox</source>
        <translation>Ajouter une boîte témoin</translation>
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
        <translation>TLS (IMAPS, généralement port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (généralement port 143)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>seed@example.net</source>
        <translation>seed@example.net</translation>
    </message>
    <message>
        <source>The password is kept in the desktop keyring, never in Mailsight&apos;s settings.</source>
        <translation>Le mot de passe est conservé dans le trousseau du bureau, jamais dans les paramètres de Mailsight.</translation>
    </message>
    <message>
        <source>No desktop keyring is available: the password is used for the next run only and written nowhere.</source>
        <translation>Aucun trousseau de bureau n&apos;est disponible&#xa0;: le mot de passe sert uniquement à la prochaine exécution et n&apos;est écrit nulle part.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>IMAP &amp;server:</source>
        <translation>&amp;Serveur IMAP&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Give the seed a name.</source>
        <translation>Donnez un nom à la boîte témoin.</translation>
    </message>
    <message>
        <source>Another seed is already named &quot;%1&quot;.</source>
        <translation>Une autre boîte témoin s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Give the IMAP server&apos;s host name.</source>
        <translation>Indiquez le nom d&apos;hôte du serveur IMAP.</translation>
    </message>
    <message>
        <source>Give the user name of the mailbox.</source>
        <translation>Indiquez le nom d&apos;utilisateur de la boîte aux lettres.</translation>
    </message>
    <message>
        <source>Give the mailbox&apos;s address (the test message goes there).</source>
        <translation>Indiquez l&apos;adresse de la boîte aux lettres (le message de test y est envoyé).</translation>
    </message>
    <message>
        <source>Give the mailbox&apos;s password.</source>
        <translation>Indiquez le mot de passe de la boîte aux lettres.</translation>
    </message>
</context>
<context>
    <name>SeedListPanel</name>
    <message>
        <source>&amp;Add seed…</source>
        <translation>Ajouter une &amp;boîte témoin…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Submission &amp;server…</source>
        <translation>Serveur de s&amp;oumission…</translation>
    </message>
    <message>
        <source>Only &amp;watch (my system sends)</source>
        <translation>Observer &amp;uniquement (mon système envoie)</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Seed mailboxes</source>
        <translation>Boîtes témoins</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Mailsight sends nothing: it looks for the message your own system sends with the token in its X-Mailsight-Token header or subject.</source>
        <translation>Mailsight n&apos;envoie rien&#xa0;: il cherche le message que votre propre système envoie avec le jeton dans son en-tête X-Mailsight-Token ou dans son objet.</translation>
    </message>
    <message>
        <source>Token of the message your system sends</source>
        <translation>Jeton du message que votre système envoie</translation>
    </message>
    <message>
        <source>8 to 64 letters, digits and &apos;-&apos;</source>
        <translation>8 à 64 lettres, chiffres et «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <source>Sends through %1:%2 (%3) as %4, from %5</source>
        <translation>Envoie via %1:%2 (%3) en tant que %4, depuis %5</translation>
    </message>
    <message>
        <source>No submission server yet: give yours to send the test message, or only watch.</source>
        <translation>Pas encore de serveur de soumission&#xa0;: indiquez le vôtre pour envoyer le message de test, ou observez uniquement.</translation>
    </message>
</context>
<context>
    <name>SeedPasswordCollector</name>
    <message>
        <source>the submission server</source>
        <translation>le serveur de soumission</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>la boîte témoin %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password of %1 (for this run only):</source>
        <translation>Mot de passe pour %1 (pour cette exécution seulement)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SeedPlacementChart</name>
    <message>
        <source>Placement of the test message over time, per seed</source>
        <translation>Emplacement du message de test au fil du temps, par boîte témoin</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Other folder</source>
        <translation>Autre dossier</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Absent</translation>
    </message>
</context>
<context>
    <name>SeedPlacementStyle</name>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Other folder</source>
        <translation>Autre dossier</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>hôte introuvable</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>bad certificate</source>
        <translation>certificat invalide</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>échec TLS</translation>
    </message>
    <message>
        <source>login refused</source>
        <translation>authentification refusée</translation>
    </message>
    <message>
        <source>not IMAP / protocol error</source>
        <translation>pas IMAP / erreur de protocole</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>envoi en cours</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>looked, not there yet</source>
        <translation>consulté, pas encore arrivé</translation>
    </message>
    <message>
        <source>found in &quot;%1&quot;</source>
        <translation>trouvé dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SeedRunStore</name>
    <message>
        <source>Cancelled: the run is not stored.</source>
        <translation>Annulé&#xa0;: l&apos;exécution n&apos;est pas enregistrée.</translation>
    </message>
    <message>
        <source>Not stored: the test message was not sent, so nothing was measured.</source>
        <translation>Non enregistré&#xa0;: le message de test n&apos;a pas été envoyé, rien n&apos;a donc été mesuré.</translation>
    </message>
    <message>
        <source>Not stored: audit a domain first, the run is filed under it.</source>
        <translation>Non enregistré&#xa0;: auditez d&apos;abord un domaine, l&apos;exécution est classée sous celui-ci.</translation>
    </message>
    <message>
        <source>Not stored: the history is off (Settings).</source>
        <translation>Non enregistré&#xa0;: l&apos;historique est désactivé (Paramètres).</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stored in the history of %1.</source>
        <translation>Enregistré dans l&apos;historique de %1.</translation>
    </message>
</context>
<context>
    <name>SeedVerdictHtml</name>
    <message>
        <source>Address: %1</source>
        <translation>Adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Found in &quot;%1&quot; after %2 s</source>
        <translation>Trouvé dans «&#xa0;%1&#xa0;» après %2 s</translation>
    </message>
    <message>
        <source>The copy was not analyzed (no DNS resolver for this run).</source>
        <translation>La copie n&apos;a pas été analysée (aucun résolveur DNS pour cette exécution).</translation>
    </message>
    <message>
        <source>No copy arrived: there is no verdict to compare.</source>
        <translation>Aucune copie n&apos;est arrivée&#xa0;: il n&apos;y a pas de verdict à comparer.</translation>
    </message>
    <message>
        <source>The receiver added no Authentication-Results field.</source>
        <translation>Le destinataire n&apos;a ajouté aucun champ Authentication-Results.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Receiver (%1)</source>
        <translation>Destinataire (%1)</translation>
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
        <translation>Le destinataire et Mailsight sont d&apos;accord.</translation>
    </message>
    <message>
        <source>Nothing to compare.</source>
        <translation>Rien à comparer.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>receiver %1, Mailsight %2</source>
        <translation>destinataire %1, Mailsight %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;System resolver</source>
        <translation>Résolveur du &amp;système</translation>
    </message>
    <message>
        <source>C&amp;ustom DNS servers</source>
        <translation>Serveurs DNS &amp;personnalisés</translation>
    </message>
    <message>
        <source>&amp;Offline: answer only from zone files</source>
        <translation>&amp;Hors ligne&#xa0;: répondre uniquement depuis des fichiers de zone</translation>
    </message>
    <message>
        <source>&amp;Add zone files…</source>
        <translation>&amp;Ajouter des fichiers de zone…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>/etc/resolv.conf lists no server.</source>
        <translation>/etc/resolv.conf ne liste aucun serveur.</translation>
    </message>
    <message>
        <source>From /etc/resolv.conf: %1</source>
        <translation>Depuis /etc/resolv.conf&#xa0;: %1</translation>
    </message>
    <message>
        <source>One per line: 192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53</source>
        <translation>Un par ligne&#xa0;: 192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long to wait for each server&apos;s answer before trying again or reporting a timeout</source>
        <translation>Durée d&apos;attente de la réponse de chaque serveur avant de réessayer ou de signaler un dépassement de délai</translation>
    </message>
    <message>
        <source>Where answers come from</source>
        <translation>Origine des réponses</translation>
    </message>
    <message>
        <source>&amp;Timeout per query:</source>
        <translation>&amp;Délai par requête&#xa0;:</translation>
    </message>
    <message>
        <source>Enter at least one server address.</source>
        <translation>Saisissez au moins une adresse de serveur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Add at least one zone file to answer from.</source>
        <translation>Ajoutez au moins un fichier de zone pour répondre.</translation>
    </message>
    <message>
        <source>Zone files to answer from</source>
        <translation>Fichiers de zone servant aux réponses</translation>
    </message>
    <message>
        <source>Zone files (*.zone *.db *.txt);;All files (*)</source>
        <translation>Fichiers de zone (*.zone *.db *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Mailsight.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Mailsight.</translation>
    </message>
    <message>
        <source>Custom DNS servers</source>
        <translation>Serveurs DNS personnalisés</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <source>Dark and High contrast keep severity readable: icon and word as well as colour</source>
        <translation>Sombre et Contraste élevé gardent la gravité lisible&#xa0;: icône et mot en plus de la couleur</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Probe SMTP automatically (port 25 STARTTLS)</source>
        <translation>Sonder SMTP auto&amp;matiquement (port 25, STARTTLS)</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parcour&amp;ir…</translation>
    </message>
    <message>
        <source>Off by default: many networks block outgoing port 25, and a blocked port says nothing about the MX host. The Transport tab&apos;s Probe SMTP button works either way.</source>
        <translation>Désactivé par défaut : beaucoup de réseaux bloquent le port 25 sortant, et un port bloqué ne dit rien de l&apos;hôte MX. Le bouton « Sonder SMTP » de l&apos;onglet Transport fonctionne dans tous les cas.</translation>
    </message>
    <message>
        <source>Connect-to rules</source>
        <translation>Règles connect-to</translation>
    </message>
    <message>
        <source>One per line, like curl&apos;s --connect-to: mta-sts.example.com:443:192.0.2.10:8443</source>
        <translation>Une par ligne, comme --connect-to de curl : mta-sts.example.com:443:192.0.2.10:8443</translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities only</source>
        <translation>Seulement les autorités de certification du système</translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities trusted in addition to the system&apos;s (a private PKI)</source>
        <translation>Un fichier PEM d&apos;autorités de certification approuvées en plus de celles du système (PKI privée)</translation>
    </message>
    <message>
        <source>Mail transport (MTA-STS, STARTTLS)</source>
        <translation>Transport du courrier (MTA-STS, STARTTLS)</translation>
    </message>
    <message>
        <source>Extra certificate authorities</source>
        <translation>Autorités de certification supplémentaires</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Co&amp;nnect-to rules:</source>
        <translation>Règles co&amp;nnect-to :</translation>
    </message>
    <message>
        <source>E&amp;xtra CA file:</source>
        <translation>Fichi&amp;er d&apos;AC supplémentaire :</translation>
    </message>
    <message>
        <source>Ask e&amp;very authoritative server</source>
        <translation>Interroger cha&amp;que serveur faisant autorité</translation>
    </message>
    <message>
        <source>Asks each of the domain&apos;s name servers directly on port 53, which some networks block</source>
        <translation>Interroge directement chaque serveur de noms du domaine sur le port 53, que certains réseaux bloquent</translation>
    </message>
    <message>
        <source>Blocklist files (*.conf *.ini *.txt);;All files (*)</source>
        <translation>Fichiers de listes de blocage (*.conf *.ini *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Listes de blocage</translation>
    </message>
    <message>
        <source>Brows&amp;e…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <source>Browse for the blocklists file</source>
        <translation>Choisir le fichier de listes de blocage</translation>
    </message>
    <message>
        <source>Browse for the trust anchor file</source>
        <translation>Choisir le fichier d&apos;ancre de confiance</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Check blockl&amp;ists</source>
        <translation>&amp;Vérifier les listes de blocage</translation>
    </message>
    <message>
        <source>Custo&amp;m blocklists:</source>
        <translation>Listes de bloca&amp;ge personnalisées&#xa0;:</translation>
    </message>
    <message>
        <source>DNS trust and reputation</source>
        <translation>Confiance DNS et réputation</translation>
    </message>
    <message>
        <source>DNSSEC trust anchor</source>
        <translation>Ancre de confiance DNSSEC</translation>
    </message>
    <message>
        <source>DS or DNSKEY records to validate DNSSEC from (a private root or a test tree); empty: the system&apos;s root key, or offline the zone files&apos; own keys</source>
        <translation>Enregistrements DS ou DNSKEY à partir desquels valider DNSSEC (une racine privée ou une arborescence de test)&#xa0;; vide&#xa0;: la clé racine du système, ou hors ligne les propres clés des fichiers de zone</translation>
    </message>
    <message>
        <source>Looks up the MX and SPF addresses and the domain. Some lists forbid queries through public resolvers (8.8.8.8, 1.1.1.1) and answer those with an error code.</source>
        <translation>Interroge les adresses MX et SPF ainsi que le domaine. Certaines listes interdisent les requêtes passant par des résolveurs publics (8.8.8.8, 1.1.1.1) et y répondent par un code d&apos;erreur.</translation>
    </message>
    <message>
        <source>The built-in lists</source>
        <translation>Les listes intégrées</translation>
    </message>
    <message>
        <source>The system&apos;s root key: %1</source>
        <translation>La clé racine du système&#xa0;: %1</translation>
    </message>
    <message>
        <source>Trust anchor &amp;file:</source>
        <translation>&amp;Fichier d&apos;ancre de confiance&#xa0;:</translation>
    </message>
    <message>
        <source>Trust anchors, DS or DNSKEY records (*.key *.ds *.anchor);;All files (*)</source>
        <translation>Ancres de confiance, enregistrements DS ou DNSKEY (*.key *.ds *.anchor);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Your own set of DNS blocklists, one [zone] section each (docs/blocklists.md; `mailsight-cli blocklists --print-defaults` writes the built-in ones)</source>
        <translation>Votre propre jeu de listes de blocage DNS, une section [zone] chacune (docs/blocklists.md&#xa0;; `mailsight-cli blocklists --print-defaults` écrit les listes intégrées)</translation>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>SourceVolumeChart</name>
    <message>
        <source>Chart: messages of the biggest sources by DMARC result</source>
        <translation>Graphique&#xa0;: messages des principales sources par résultat DMARC</translation>
    </message>
    <message>
        <source>%1
%2 messages: %3 pass DMARC, %4 fail (%5 quarantined, %6 rejected)</source>
        <translation>%1
%2 messages&#xa0;: %3 passent DMARC, %4 échouent (%5 en quarantaine, %6 rejetés)</translation>
    </message>
</context>
<context>
    <name>SpfEvaluator</name>
    <message>
        <source>This sender is not authorised by the domain&apos;s SPF record</source>
        <translation>Cet expéditeur n&apos;est pas autorisé par l&apos;enregistrement SPF du domaine</translation>
    </message>
    <message>
        <source>more than %1 DNS lookups found nothing (void lookup limit, RFC 7208 §4.6.4)</source>
        <translation>plus de %1 requêtes DNS n&apos;ont rien trouvé (limite de requêtes vides, RFC 7208 §4.6.4)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid multi-label domain name (RFC 7208 §4.3)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de domaine valide à plusieurs labels (RFC 7208 §4.3)</translation>
    </message>
    <message>
        <source>includes nest too deeply</source>
        <translation>les include sont imbriqués trop profondément</translation>
    </message>
    <message>
        <source>syntax error in the record of %1: %2</source>
        <translation>erreur de syntaxe dans l&apos;enregistrement de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the TXT lookup of %1 failed: %2</source>
        <translation>la requête TXT de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record</source>
        <translation>%1 ne publie pas d&apos;enregistrement SPF</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records; exactly one is allowed (RFC 7208 §4.5)</source>
        <translation>%1 publie %2 enregistrements SPF&#xa0;; un seul est autorisé (RFC 7208 §4.5)</translation>
    </message>
    <message>
        <source>more than %1 DNS-querying terms; the limit is crossed at &quot;%2&quot; in %3 (RFC 7208 §4.6.4)</source>
        <translation>plus de %1 termes faisant des requêtes DNS&#xa0;; la limite est franchie à «&#xa0;%2&#xa0;» dans %3 (RFC 7208 §4.6.4)</translation>
    </message>
    <message>
        <source>the client matched &quot;%1&quot; in %2</source>
        <translation>le client correspond à «&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message>
        <source>the redirect target %1 has no SPF record (RFC 7208 §6.1): %2</source>
        <translation>la cible de redirect %1 n&apos;a pas d&apos;enregistrement SPF (RFC 7208 §6.1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>(no term matched)</source>
        <translation>(aucun terme ne correspond)</translation>
    </message>
    <message>
        <source>no term of %1 matched; the default result is neutral</source>
        <translation>aucun terme de %1 ne correspond&#xa0;; le résultat par défaut est neutral</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name, so &quot;%2&quot; matches nothing</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de domaine valide, donc «&#xa0;%2&#xa0;» ne correspond à rien</translation>
    </message>
    <message>
        <source>the %1 lookup of %2 for &quot;%3&quot; failed: %4</source>
        <translation>la requête %1 de %2 pour «&#xa0;%3&#xa0;» a échoué&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 passes for this client (%2)</source>
        <translation>%1 est valide pour ce client (%2)</translation>
    </message>
    <message>
        <source>the include target %1 has no SPF record (RFC 7208 §5.2): %2</source>
        <translation>la cible d&apos;include %1 n&apos;a pas d&apos;enregistrement SPF (RFC 7208 §5.2)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has %2 MX records; &quot;mx&quot; may look up at most %3 (RFC 7208 §4.6.4)</source>
        <translation>%1 a %2 enregistrements MX&#xa0;; «&#xa0;mx&#xa0;» peut en résoudre au plus %3 (RFC 7208 §4.6.4)</translation>
    </message>
</context>
<context>
    <name>SpfExpansionBudget</name>
    <message>
        <source>not expanded: the tree is shown up to its %1th lookup (a receiver stops at the 10th)</source>
        <translation>non développé&#xa0;: l&apos;arbre est affiché jusqu&apos;à sa %1e requête (un destinataire s&apos;arrête à la 10e)</translation>
    </message>
    <message>
        <source>not resolved: the %1 DNS questions this tree may ask are spent</source>
        <translation>non résolu&#xa0;: les %1 questions DNS que cet arbre peut poser sont épuisées</translation>
    </message>
</context>
<context>
    <name>SpfFlattener</name>
    <message>
        <source>Flattened records go stale: providers change their ranges without notice, and a flattened record then rejects their mail or authorises addresses they gave up. Re-flatten regularly (daily) or keep the includes.</source>
        <translation>Les enregistrements aplatis se périment&#xa0;: les fournisseurs changent leurs plages sans prévenir, et un enregistrement aplati rejette alors leur courrier ou autorise des adresses qu&apos;ils ont abandonnées. Ré-aplatissez régulièrement (chaque jour) ou gardez les include.</translation>
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
        <translation>%1 %2 (dépasse 10)</translation>
    </message>
    <message>
        <source>DNS error</source>
        <translation>erreur DNS</translation>
    </message>
    <message>
        <source>crosses 10</source>
        <translation>dépasse 10</translation>
    </message>
    <message>
        <source>loop</source>
        <translation>boucle</translation>
    </message>
    <message>
        <source>near limit</source>
        <translation>proche de la limite</translation>
    </message>
    <message>
        <source>no record</source>
        <translation>aucun enregistrement</translation>
    </message>
    <message>
        <source>not expanded</source>
        <translation>non développé</translation>
    </message>
    <message>
        <source>over limit</source>
        <translation>au-delà de la limite</translation>
    </message>
    <message>
        <source>own %1 · total %2</source>
        <translation>propres %1 · total %2</translation>
    </message>
    <message>
        <source>void</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>what-if path</source>
        <translation>chemin simulé</translation>
    </message>
    <message>
        <source>within limit</source>
        <translation>dans la limite</translation>
    </message>
</context>
<context>
    <name>SpfGraphSvg</name>
    <message>
        <source>%1 %2 (up to 8)   %3 %4 (9–10)   %5 %6 (past 10)   dashed: loop or void</source>
        <translation>%1 %2 (jusqu&apos;à 8)   %3 %4 (9–10)   %5 %6 (au-delà de 10)   pointillés&#xa0;: boucle ou requête vide</translation>
    </message>
    <message>
        <source>%1: %2 of 10 DNS lookups, %3 void</source>
        <translation>%1&#xa0;: %2 requêtes DNS sur 10, %3 vides</translation>
    </message>
    <message>
        <source>No SPF record to draw</source>
        <translation>Aucun enregistrement SPF à dessiner</translation>
    </message>
</context>
<context>
    <name>SpfGraphView</name>
    <message>
        <source>SPF include graph</source>
        <translation>Graphe des include SPF</translation>
    </message>
    <message>
        <source>record: %1</source>
        <translation>enregistrement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SpfMacroExpander</name>
    <message>
        <source>a &apos;%&apos; at the end must be written &apos;%%&apos;</source>
        <translation>un «&#xa0;%&#xa0;» final doit s&apos;écrire «&#xa0;%%&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%&apos; must be followed by &apos;{&apos;, &apos;%&apos;, &apos;_&apos; or &apos;-&apos; (write &apos;%%&apos; for a percent sign)</source>
        <translation>«&#xa0;%&#xa0;» doit être suivi de «&#xa0;{&#xa0;», «&#xa0;%&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;» (écrivez «&#xa0;%%&#xa0;» pour un signe pourcentage)</translation>
    </message>
    <message>
        <source>the character &apos;%1&apos; is not 7-bit ASCII</source>
        <translation>le caractère «&#xa0;%1&#xa0;» n&apos;est pas de l&apos;ASCII 7 bits</translation>
    </message>
    <message>
        <source>the character (code %1) is not allowed here</source>
        <translation>le caractère (code %1) n&apos;est pas autorisé ici</translation>
    </message>
    <message>
        <source>the macro is not closed with &apos;}&apos;</source>
        <translation>la macro n&apos;est pas fermée par «&#xa0;}&#xa0;»</translation>
    </message>
    <message>
        <source>the macro letter &apos;%1&apos; is allowed only in explanation text (RFC 7208 §7.2)</source>
        <translation>la lettre de macro «&#xa0;%1&#xa0;» n&apos;est autorisée que dans le texte d&apos;explication (RFC 7208 §7.2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a macro letter (s, l, o, d, i, p, h, v; c, r, t in explanations)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une lettre de macro (s, l, o, d, i, p, h, v&#xa0;; c, r, t dans les explications)</translation>
    </message>
    <message>
        <source>the number of parts in a macro must not be zero (RFC 7208 §7.3)</source>
        <translation>le nombre de parties d&apos;une macro ne doit pas être nul (RFC 7208 §7.3)</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; in a macro (expected a delimiter or &apos;}&apos;)</source>
        <translation>caractère «&#xa0;%1&#xa0;» inattendu dans une macro (délimiteur ou «&#xa0;}&#xa0;» attendu)</translation>
    </message>
</context>
<context>
    <name>SpfRecordParser</name>
    <message>
        <source>a domain is required here</source>
        <translation>un domaine est requis ici</translation>
    </message>
    <message>
        <source>the domain must end in a dot and a top-level label (such as &quot;.com&quot;)</source>
        <translation>le domaine doit se terminer par un point et un label de premier niveau (comme «&#xa0;.com&#xa0;»)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid top-level label (letters, digits, inner hyphens; not all digits)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un label de premier niveau valide (lettres, chiffres, tirets internes&#xa0;; pas uniquement des chiffres)</translation>
    </message>
    <message>
        <source>the record does not start with &quot;v=spf1&quot;</source>
        <translation>l&apos;enregistrement ne commence pas par «&#xa0;v=spf1&#xa0;»</translation>
    </message>
    <message>
        <source>the character (code %1) is not allowed: SPF records are 7-bit ASCII</source>
        <translation>le caractère (code %1) n&apos;est pas autorisé&#xa0;: les enregistrements SPF sont en ASCII 7 bits</translation>
    </message>
    <message>
        <source>the modifier &quot;%1&quot; appears more than once (RFC 7208 §6)</source>
        <translation>le modificateur «&#xa0;%1&#xa0;» apparaît plusieurs fois (RFC 7208 §6)</translation>
    </message>
    <message>
        <source>a mechanism name is missing</source>
        <translation>un nom de mécanisme manque</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SPF mechanism (all, include, a, mx, ptr, ip4, ip6, exists) nor a modifier (name=value)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un mécanisme SPF (all, include, a, mx, ptr, ip4, ip6, exists) ni un modificateur (nom=valeur)</translation>
    </message>
    <message>
        <source>&quot;all&quot; takes no argument</source>
        <translation>«&#xa0;all&#xa0;» ne prend pas d&apos;argument</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;:domain&quot;</source>
        <translation>«&#xa0;%1&#xa0;» exige «&#xa0;:domaine&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;ptr&quot; takes only &quot;:domain&quot;</source>
        <translation>«&#xa0;ptr&#xa0;» ne prend que «&#xa0;:domaine&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;//%1&quot; is not an IPv6 prefix length (0-128)</source>
        <translation>«&#xa0;//%1&#xa0;» n&apos;est pas une longueur de préfixe IPv6 (0-128)</translation>
    </message>
    <message>
        <source>&quot;/%1&quot; is not an IPv4 prefix length (0-32)</source>
        <translation>«&#xa0;/%1&#xa0;» n&apos;est pas une longueur de préfixe IPv4 (0-32)</translation>
    </message>
    <message>
        <source>expected &quot;:domain&quot; or &quot;/prefix&quot; after &quot;%1&quot;</source>
        <translation>«&#xa0;:domaine&#xa0;» ou «&#xa0;/préfixe&#xa0;» attendu après «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;:address&quot;</source>
        <translation>«&#xa0;%1&#xa0;» exige «&#xa0;:adresse&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 prefix length (0-32)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une longueur de préfixe IPv4 (0-32)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 prefix length (0-128)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une longueur de préfixe IPv6 (0-128)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address (four numbers 0-255, no leading zeros)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv4 (quatre nombres de 0 à 255, sans zéros initiaux)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv6</translation>
    </message>
</context>
<context>
    <name>SpfSyntaxError</name>
    <message>
        <source>term %1 &quot;%2&quot; (character %3): %4</source>
        <translation>terme %1 «&#xa0;%2&#xa0;» (caractère %3)&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>SpfTab</name>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Enter a domain and audit it to see its SPF tree.</source>
        <translation>Saisissez un domaine et auditez-le pour voir son arbre SPF.</translation>
    </message>
    <message>
        <source>Copy record</source>
        <translation>Copier l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Search the tree (Ctrl+F)</source>
        <translation>Rechercher dans l&apos;arbre (Ctrl+F)</translation>
    </message>
    <message>
        <source>Expand to problems</source>
        <translation>Déplier jusqu&apos;aux problèmes</translation>
    </message>
    <message>
        <source>192.0.2.1 or 2001:db8::1</source>
        <translation>192.0.2.1 ou 2001:db8::1</translation>
    </message>
    <message>
        <source>user@domain (optional)</source>
        <translation>utilisateur@domaine (facultatif)</translation>
    </message>
    <message>
        <source>mail.example.com (optional)</source>
        <translation>mail.example.com (facultatif)</translation>
    </message>
    <message>
        <source>Optional: a record to test instead of the published one (v=spf1 …)</source>
        <translation>Facultatif&#xa0;: un enregistrement à tester à la place de celui publié (v=spf1 …)</translation>
    </message>
    <message>
        <source>What if (IP, sender, HELO):</source>
        <translation>Et si (IP, expéditeur, HELO)&#xa0;:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Enregistrement&#xa0;:</translation>
    </message>
    <message>
        <source>Audit a domain first.</source>
        <translation>Auditez d&apos;abord un domaine.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv4 ou IPv6.</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Évaluation…</translation>
    </message>
    <message>
        <source>Reading the SPF tree of %1…</source>
        <translation>Lecture de l&apos;arbre SPF de %1…</translation>
    </message>
    <message>
        <source>~ softfail</source>
        <translation>~ softfail</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumul</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation>Correction&#xa0;: </translation>
    </message>
    <message>
        <source>%1 → %2. %3</source>
        <translation>%1 → %2. %3</translation>
    </message>
    <message>
        <source>SPF: %1 DNS lookups of 10</source>
        <translation>SPF&#xa0;: %1 requêtes DNS sur 10</translation>
    </message>
    <message>
        <source>✖ Error: %1 publishes no SPF record.</source>
        <translation>✖ Erreur&#xa0;: %1 ne publie pas d&apos;enregistrement SPF.</translation>
    </message>
    <message>
        <source>✖ Error: %1 publishes more than one SPF record.</source>
        <translation>✖ Erreur&#xa0;: %1 publie plus d&apos;un enregistrement SPF.</translation>
    </message>
    <message>
        <source>✖ Error: the SPF record of %1 could not be read (%2) — not the same as having none. Retry, or choose another resolver.</source>
        <translation>✖ Erreur&#xa0;: l&apos;enregistrement SPF de %1 n&apos;a pas pu être lu (%2) — ce n&apos;est pas une absence d&apos;enregistrement. Réessayez, ou choisissez un autre résolveur.</translation>
    </message>
    <message>
        <source>✖ Error: the SPF record has a syntax error: %1</source>
        <translation>✖ Erreur&#xa0;: l&apos;enregistrement SPF a une erreur de syntaxe&#xa0;: %1</translation>
    </message>
    <message>
        <source>✔ OK</source>
        <translation>✔ OK</translation>
    </message>
    <message>
        <source>✖ Error</source>
        <translation>✖ Erreur</translation>
    </message>
    <message>
        <source>⚠ Warning</source>
        <translation>⚠ Avertissement</translation>
    </message>
    <message>
        <source>ℹ Info</source>
        <translation>ℹ Info</translation>
    </message>
    <message>
        <source>%1: %2 of 10 DNS lookups, %3 void, %4 finding(s).</source>
        <translation>%1&#xa0;: %2 requêtes DNS sur 10, %3 vides, %4 constat(s).</translation>
    </message>
    <message>
        <source> Receivers stop at the 11th lookup: SPF fails with permerror.</source>
        <translation> Les destinataires s&apos;arrêtent à la 11e requête&#xa0;: SPF échoue en permerror.</translation>
    </message>
    <message>
        <source> An include loops back: receivers follow it until the limit (permerror).</source>
        <translation> Un include boucle&#xa0;: les destinataires le suivent jusqu&apos;à la limite (permerror).</translation>
    </message>
    <message>
        <source>1–8</source>
        <translation>1–8</translation>
    </message>
    <message>
        <source>9–10: near</source>
        <translation>9–10&#xa0;: proche</translation>
    </message>
    <message>
        <source>11+: fails</source>
        <translation>11+&#xa0;: échec</translation>
    </message>
    <message>
        <source>DNS lookups</source>
        <translation>Requêtes DNS</translation>
    </message>
    <message>
        <source>Lookups per branch: %1 of 10</source>
        <translation>Requêtes par branche&#xa0;: %1 sur 10</translation>
    </message>
    <message>
        <source>&lt;p&gt;Published as %1 strings: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Publié en %1 chaînes&#xa0;: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Resolved: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Résolu&#xa0;: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Authorises: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Autorise&#xa0;: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Flags: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Indicateurs&#xa0;: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cost %1; running count after it: %2 of 10.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Coût %1&#xa0;; total cumulé après lui&#xa0;: %2 sur 10.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>SPF record</source>
        <translation>Enregistrement SPF</translation>
    </message>
    <message>
        <source>Search the SPF tree</source>
        <translation>Rechercher dans l&apos;arbre SPF</translation>
    </message>
    <message>
        <source>SPF lookup tree</source>
        <translation>Arbre des requêtes SPF</translation>
    </message>
    <message>
        <source>SPF findings</source>
        <translation>Constats SPF</translation>
    </message>
    <message>
        <source>Explanation of the selected term</source>
        <translation>Explication du terme sélectionné</translation>
    </message>
    <message>
        <source>Chart: DNS lookups per branch of the SPF tree</source>
        <translation>Graphique&#xa0;: requêtes DNS par branche de l&apos;arbre SPF</translation>
    </message>
    <message>
        <source>What if: client IP address</source>
        <translation>Simulation&#xa0;: adresse IP du client</translation>
    </message>
    <message>
        <source>What if: sender address</source>
        <translation>Simulation&#xa0;: adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>What if: HELO name</source>
        <translation>Simulation&#xa0;: nom HELO</translation>
    </message>
    <message>
        <source>What if: SPF record to test instead of the published one</source>
        <translation>Simulation&#xa0;: enregistrement SPF à tester à la place de celui publié</translation>
    </message>
    <message>
        <source> Not expanded to its end: %1.</source>
        <translation> Non développé jusqu&apos;au bout&#xa0;: %1.</translation>
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
        <translation>Faites glisser pour déplacer la vue. Couleur, icône et mot&#xa0;: dans la limite de 10 requêtes (jusqu&apos;à 8), proche (9–10), au-delà&#xa0;; pointillés&#xa0;: boucle ou requête vide.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the whole graph in view (Ctrl+0)</source>
        <translation>Ajuster tout le graphe à la vue (Ctrl+0)</translation>
    </message>
    <message>
        <source>Include graph</source>
        <translation>Graphe des include</translation>
    </message>
    <message>
        <source>Lookups per branch</source>
        <translation>Requêtes par branche</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=, or the mouse wheel)</source>
        <translation>Zoom avant (Ctrl+= ou molette de la souris)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-, or the mouse wheel)</source>
        <translation>Zoom arrière (Ctrl+- ou molette de la souris)</translation>
    </message>
</context>
<context>
    <name>SpfTermExplainer</name>
    <message>
        <source> and %1 more</source>
        <translation> et %1 de plus</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>passe</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>échoue</translation>
    </message>
    <message>
        <source>soft-fails (accepted but marked suspicious)</source>
        <translation>est en softfail (accepté mais marqué comme suspect)</translation>
    </message>
    <message>
        <source>is neutral (neither passes nor fails)</source>
        <translation>est neutre (ni réussite ni échec)</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The SPF record of %1; evaluating it costs %2 DNS lookups.</source>
        <translation>L&apos;enregistrement SPF de %1&#xa0;; son évaluation coûte %2 requêtes DNS.</translation>
    </message>
    <message>
        <source>Depends on the message (macros %1): with an IP and sender it looks up &quot;%2&quot; expanded; costs 1 lookup.</source>
        <translation>Dépend du message (macros %1)&#xa0;: avec une IP et un expéditeur, il résout «&#xa0;%2&#xa0;» développé&#xa0;; coûte 1 requête.</translation>
    </message>
    <message>
        <source>Every other sender %1.</source>
        <translation>Tout autre expéditeur %1.</translation>
    </message>
    <message>
        <source>Mail from %1 %2.</source>
        <translation>Le courrier venant de %1 %2.</translation>
    </message>
    <message>
        <source>Looks up the addresses of %1, but the lookup failed (temperror); costs 1 lookup.</source>
        <translation>Résout les adresses de %1, mais la requête a échoué (temperror)&#xa0;; coûte 1 requête.</translation>
    </message>
    <message>
        <source>Mail from the addresses of %1 %2, but it has none (a void lookup); costs 1 lookup.</source>
        <translation>Le courrier venant des adresses de %1 %2, mais il n&apos;en a aucune (requête vide)&#xa0;; coûte 1 requête.</translation>
    </message>
    <message>
        <source>Mail from the addresses of %1 (%2) %3; costs 1 lookup.</source>
        <translation>Le courrier venant des adresses de %1 (%2) %3&#xa0;; coûte 1 requête.</translation>
    </message>
    <message>
        <source>Mail from the mail servers of %1 %2, but it has no MX records (a void lookup); costs 1 lookup.</source>
        <translation>Le courrier venant des serveurs de messagerie de %1 %2, mais il n&apos;a pas d&apos;enregistrement MX (requête vide)&#xa0;; coûte 1 requête.</translation>
    </message>
    <message>
        <source>Mail from the mail servers of %1 (%2) %3; costs 1 lookup plus address lookups of %4 host(s).</source>
        <translation>Le courrier venant des serveurs de messagerie de %1 (%2) %3&#xa0;; coûte 1 requête plus la résolution des adresses de %4 hôte(s).</translation>
    </message>
    <message>
        <source>Mail %1 if the client&apos;s reverse DNS name, confirmed forward, ends in %2 (slow and discouraged); costs 1 lookup plus up to 10 more.</source>
        <translation>Le courrier %1 si le nom DNS inverse du client, confirmé en direct, se termine par %2 (lent et déconseillé)&#xa0;; coûte 1 requête plus jusqu&apos;à 10 autres.</translation>
    </message>
    <message>
        <source>Mail %1 if %2 has an IPv4 address (any address); costs 1 lookup.</source>
        <translation>Le courrier %1 si %2 a une adresse IPv4 (n&apos;importe laquelle)&#xa0;; coûte 1 requête.</translation>
    </message>
    <message>
        <source>Evaluates %1, which is already on this path: a loop, not followed.</source>
        <translation>Évalue %1, qui est déjà sur ce chemin&#xa0;: une boucle, non suivie.</translation>
    </message>
    <message>
        <source>Evaluates %1, which has no SPF record: evaluation ends in permerror here.</source>
        <translation>Évalue %1, qui n&apos;a pas d&apos;enregistrement SPF&#xa0;: l&apos;évaluation se termine ici en permerror.</translation>
    </message>
    <message>
        <source>Evaluates %1; %2 if that passes; costs 1 lookup plus %3 inside.</source>
        <translation>Évalue %1&#xa0;; le courrier %2 si celui-ci passe&#xa0;; coûte 1 requête plus %3 à l&apos;intérieur.</translation>
    </message>
    <message>
        <source>Ignored: the record has &quot;all&quot;, so redirect to %1 never applies.</source>
        <translation>Ignoré&#xa0;: l&apos;enregistrement contient «&#xa0;all&#xa0;», donc le redirect vers %1 ne s&apos;applique jamais.</translation>
    </message>
    <message>
        <source>If nothing above matched, the result is that of %1&apos;s record; costs 1 lookup plus %2 inside.</source>
        <translation>Si rien au-dessus n&apos;a correspondu, le résultat est celui de l&apos;enregistrement de %1&#xa0;; coûte 1 requête plus %2 à l&apos;intérieur.</translation>
    </message>
    <message>
        <source>On fail, the reason shown to the sender comes from the TXT record of %1; costs no counted lookup.</source>
        <translation>En cas d&apos;échec, le motif présenté à l&apos;expéditeur vient de l&apos;enregistrement TXT de %1&#xa0;; ne coûte aucune requête comptée.</translation>
    </message>
    <message>
        <source>An unknown modifier &quot;%1&quot;: receivers ignore it.</source>
        <translation>Un modificateur inconnu «&#xa0;%1&#xa0;»&#xa0;: les destinataires l&apos;ignorent.</translation>
    </message>
    <message>
        <source>Evaluates %1; costs 1 lookup plus what it holds, not followed here: %2.</source>
        <translation>Évalue %1&#xa0;; coûte 1 requête plus ce qu&apos;il contient, non suivi ici&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Looks up %1; costs 1 lookup. Not resolved here: the tree is shown only up to its %2th lookup, and asks at most %3 DNS questions.</source>
        <translation>Résout %1&#xa0;; coûte 1 requête. Non résolu ici&#xa0;: l&apos;arbre n&apos;est affiché que jusqu&apos;à sa %2e requête et pose au plus %3 questions DNS.</translation>
    </message>
</context>
<context>
    <name>SpfTreeBuilder</name>
    <message>
        <source>&quot;%1&quot; is not a valid domain name</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de domaine valide</translation>
    </message>
    <message>
        <source>the TXT lookup failed: %1</source>
        <translation>la requête TXT a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN)</source>
        <translation>le nom n&apos;existe pas (NXDOMAIN)</translation>
    </message>
    <message>
        <source>no TXT record starts with &quot;v=spf1&quot;</source>
        <translation>aucun enregistrement TXT ne commence par «&#xa0;v=spf1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 SPF records: %2</source>
        <translation>%1 enregistrements SPF&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a valid domain name</source>
        <translation>nom de domaine invalide</translation>
    </message>
    <message>
        <source>loop: %1 is already on this path (%2)</source>
        <translation>boucle&#xa0;: %1 est déjà sur ce chemin (%2)</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 also publishes %2 type-99 record(s): %3</source>
        <translation>%1 publie aussi %2 enregistrement(s) de type 99&#xa0;: %3</translation>
    </message>
    <message>
        <source>The record of %1 is %2 bytes long.</source>
        <translation>L&apos;enregistrement de %1 fait %2 octets.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 comes after &quot;all&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» dans %2 vient après «&#xa0;all&#xa0;».</translation>
    </message>
    <message>
        <source>The expanded record needs %1 DNS lookups. The count passes 10 at &quot;%2&quot; in %3: evaluation ends in permerror there.%4</source>
        <translation>L&apos;enregistrement développé demande %1 requêtes DNS. Le compte dépasse 10 à «&#xa0;%2&#xa0;» dans %3&#xa0;: l&apos;évaluation s&apos;y termine en permerror.%4</translation>
    </message>
    <message>
        <source> The costliest branch is &quot;%1&quot; with %2 lookups.</source>
        <translation> La branche la plus coûteuse est «&#xa0;%1&#xa0;» avec %2 requêtes.</translation>
    </message>
    <message>
        <source>The third lookup that finds nothing is &quot;%1&quot; in %2.</source>
        <translation>La troisième requête qui ne trouve rien est «&#xa0;%1&#xa0;» dans %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 leads back to %3. A receiver follows the loop until the 10-lookup limit: permerror, unless an earlier term matches. The counts shown stop at the loop.</source>
        <translation>«&#xa0;%1&#xa0;» dans %2 ramène à %3. Un destinataire suit la boucle jusqu&apos;à la limite de 10 requêtes&#xa0;: permerror, sauf si un terme précédent correspond. Les comptes affichés s&apos;arrêtent à la boucle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2: %3 has no SPF record (%4).</source>
        <translation>«&#xa0;%1&#xa0;» dans %2&#xa0;: %3 n&apos;a pas d&apos;enregistrement SPF (%4).</translation>
    </message>
    <message>
        <source>%1 is evaluated again by &quot;%2&quot; in %3.</source>
        <translation>%1 est évalué de nouveau par «&#xa0;%2&#xa0;» dans %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2: %3</source>
        <translation>«&#xa0;%1&#xa0;» dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 finds %3 mail servers.</source>
        <translation>«&#xa0;%1&#xa0;» dans %2 trouve %3 serveurs de messagerie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2.</source>
        <translation>«&#xa0;%1&#xa0;» dans %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is ignored.</source>
        <translation>«&#xa0;%1&#xa0;» dans %2 est ignoré.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is ignored because the record has &quot;all&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» dans %2 est ignoré car l&apos;enregistrement contient «&#xa0;all&#xa0;».</translation>
    </message>
    <message>
        <source>The expanded record needs %1 of the 10 DNS lookups.</source>
        <translation>L&apos;enregistrement développé demande %1 des 10 requêtes DNS.</translation>
    </message>
    <message>
        <source>%1 overlapping pair(s) of ranges, for example %2.</source>
        <translation>%1 paire(s) de plages qui se chevauchent, par exemple %2.</translation>
    </message>
    <message>
        <source>20 or more</source>
        <translation>20 ou plus</translation>
    </message>
    <message>
        <source>%1 ends in &quot;%2&quot;.</source>
        <translation>%1 se termine par «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 has neither &quot;all&quot; nor redirect.</source>
        <translation>%1 n&apos;a ni «&#xa0;all&#xa0;» ni redirect.</translation>
    </message>
    <message>
        <source> | … (%1 more)</source>
        <translation> | … (%1 de plus)</translation>
    </message>
    <message>
        <source>the tree is shown up to its %1th lookup in evaluation order (a receiver stops at the 10th); the lookup count is at least %2</source>
        <translation>l&apos;arbre est affiché jusqu&apos;à sa %1e requête dans l&apos;ordre d&apos;évaluation (un destinataire s&apos;arrête à la 10e)&#xa0;; le nombre de requêtes est d&apos;au moins %2</translation>
    </message>
    <message>
        <source>the tree was expanded until its %1 DNS questions were spent; the lookup count is at least %2</source>
        <translation>l&apos;arbre a été développé jusqu&apos;à épuisement de ses %1 questions DNS&#xa0;; le nombre de requêtes est d&apos;au moins %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
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
        <translation>non évalué</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>correspond</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumul</translation>
    </message>
    <message>
        <source>IP ranges</source>
        <translation>Plages IP</translation>
    </message>
</context>
<context>
    <name>SubmissionServerDialog</name>
    <message>
        <source>Submission server</source>
        <translation>Serveur de soumission</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (généralement port 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (généralement port 465)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>postmaster@your-domain.example</source>
        <translation>postmaster@your-domain.example</translation>
    </message>
    <message>
        <source>The test message goes out through your own server, from an address of the audited domain, so that the seeds judge your real setup.</source>
        <translation>Le message de test part par votre propre serveur, depuis une adresse du domaine audité, afin que les boîtes témoins jugent votre configuration réelle.</translation>
    </message>
    <message>
        <source>The password is kept in the desktop keyring.</source>
        <translation>Le mot de passe est conservé dans le trousseau du bureau.</translation>
    </message>
    <message>
        <source>No desktop keyring is available: the password is used for the next run only.</source>
        <translation>Aucun trousseau de bureau n&apos;est disponible&#xa0;: le mot de passe sert uniquement à la prochaine exécution.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Adresse &amp;From&#xa0;:</translation>
    </message>
    <message>
        <source>Give the submission server&apos;s host name.</source>
        <translation>Indiquez le nom d&apos;hôte du serveur de soumission.</translation>
    </message>
    <message>
        <source>Give the user name for the submission server.</source>
        <translation>Indiquez le nom d&apos;utilisateur pour le serveur de soumission.</translation>
    </message>
    <message>
        <source>Give the From address (an address of the audited domain).</source>
        <translation>Indiquez l&apos;adresse From (une adresse du domaine audité).</translation>
    </message>
</context>
<context>
    <name>TransportMxModel</name>
    <message>
        <source>Pref.</source>
        <translation>Préf.</translation>
    </message>
    <message>
        <source>MX host</source>
        <translation>Hôte MX</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Reverse DNS (FCrDNS)</source>
        <translation>DNS inverse (FCrDNS)</translation>
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
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>%1: lookup failed (%2)</source>
        <translation>%1 : échec de la requête (%2)</translation>
    </message>
    <message>
        <source>%1 → %2 (confirmed)</source>
        <translation>%1 → %2 (confirmé)</translation>
    </message>
    <message>
        <source>%1: no PTR</source>
        <translation>%1 : pas de PTR</translation>
    </message>
    <message>
        <source>%1 → %2 (does not resolve back)</source>
        <translation>%1 → %2 (ne résout pas en retour)</translation>
    </message>
    <message>
        <source>no policy</source>
        <translation>aucune politique</translation>
    </message>
    <message>
        <source>The domain publishes no MTA-STS policy.</source>
        <translation>Le domaine ne publie aucune politique MTA-STS.</translation>
    </message>
    <message>
        <source>not fetched</source>
        <translation>non récupérée</translation>
    </message>
    <message>
        <source>policy unusable</source>
        <translation>politique inutilisable</translation>
    </message>
    <message>
        <source>Senders cannot use the policy: see the findings.</source>
        <translation>Les expéditeurs ne peuvent pas utiliser la politique : voir les constats.</translation>
    </message>
    <message>
        <source>covered by %1</source>
        <translation>couvert par %1</translation>
    </message>
    <message>
        <source>The policy&apos;s mx pattern %1 matches this host.</source>
        <translation>Le motif mx %1 de la politique correspond à cet hôte.</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>non couvert</translation>
    </message>
    <message>
        <source>No mx pattern of the policy matches this host: senders applying an enforce policy refuse to deliver here.</source>
        <translation>Aucun motif mx de la politique ne correspond à cet hôte : les expéditeurs qui appliquent une politique enforce refusent d&apos;y livrer.</translation>
    </message>
    <message>
        <source>probing…</source>
        <translation>sondage…</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>non sondé</translation>
    </message>
    <message>
        <source>Probe SMTP connects to port 25 of each MX host (off by default).</source>
        <translation>« Sonder SMTP » se connecte au port 25 de chaque hôte MX (désactivé par défaut).</translation>
    </message>
    <message>
        <source>certificate until %1 (%2 days)</source>
        <translation>certificat jusqu&apos;au %1 (%2 jours)</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
Names: %3</source>
        <translation>Sujet : %1
Émetteur : %2
Noms : %3</translation>
    </message>
    <message>
        <source>certificate not valid</source>
        <translation>certificat non valide</translation>
    </message>
    <message>
        <source>certificate names another host</source>
        <translation>le certificat nomme un autre hôte</translation>
    </message>
    <message>
        <source>not offered: clear text</source>
        <translation>non proposé : texte en clair</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>échec de la négociation TLS</translation>
    </message>
    <message>
        <source>probe cancelled</source>
        <translation>sondage annulé</translation>
    </message>
    <message>
        <source>not reached (%1)</source>
        <translation>non joint (%1)</translation>
    </message>
    <message>
        <source>%1. This says nothing about TLS on this host.</source>
        <translation>%1. Cela ne dit rien de TLS sur cet hôte.</translation>
    </message>
    <message>
        <source>alias (CNAME) of %1</source>
        <translation>alias (CNAME) de %1</translation>
    </message>
    <message>
        <source>an IP address, not a host name</source>
        <translation>une adresse IP, pas un nom d&apos;hôte</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>aucune adresse</translation>
    </message>
    <message>
        <source>Senders cannot deliver to this host.</source>
        <translation>Les expéditeurs ne peuvent pas livrer à cet hôte.</translation>
    </message>
    <message>
        <source>certificate expired on %1</source>
        <translation>certificat expiré le %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>correspond</translation>
    </message>
    <message>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <source>lookup failed</source>
        <translation>requête en échec</translation>
    </message>
    <message>
        <source>The TLSA lookup of %1 failed: %2. DANE senders defer mail to this host until it answers.</source>
        <translation>La requête TLSA de %1 a échoué&#xa0;: %2. Les expéditeurs DANE diffèrent le courrier vers cet hôte jusqu&apos;à ce qu&apos;elle aboutisse.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>No TLSA records at %1: senders use no DANE for this host.</source>
        <translation>Aucun enregistrement TLSA à %1&#xa0;: les expéditeurs n&apos;utilisent pas DANE pour cet hôte.</translation>
    </message>
    <message>
        <source>TLSA records at %1 (DNSSEC: %2%3):</source>
        <translation>Enregistrements TLSA à %1 (DNSSEC&#xa0;: %2%3)&#xa0;:</translation>
    </message>
    <message>
        <source> — matches</source>
        <translation> — correspond</translation>
    </message>
    <message>
        <source> — does not match</source>
        <translation> — ne correspond pas</translation>
    </message>
    <message>
        <source>The records are DNSSEC-bogus: validating senders defer mail to this host.</source>
        <translation>Les enregistrements sont bogus au sens DNSSEC&#xa0;: les expéditeurs validants diffèrent le courrier vers cet hôte.</translation>
    </message>
    <message>
        <source>The records are not DNSSEC-signed: senders ignore them.</source>
        <translation>Les enregistrements ne sont pas signés par DNSSEC&#xa0;: les expéditeurs les ignorent.</translation>
    </message>
    <message>
        <source>bogus (DNSSEC)</source>
        <translation>bogus (DNSSEC)</translation>
    </message>
    <message>
        <source>not secure</source>
        <translation>non sécurisé</translation>
    </message>
    <message>
        <source>A single DANE-EE record: the next certificate renewal with a new key breaks delivery from DANE senders.</source>
        <translation>Un seul enregistrement DANE-EE&#xa0;: le prochain renouvellement du certificat avec une nouvelle clé interrompt la remise depuis les expéditeurs DANE.</translation>
    </message>
    <message>
        <source>matches
single record</source>
        <translation>correspond
enregistrement unique</translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation>ne correspond pas</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), not matched</source>
        <translation>
            <numerusform>%n enregistrement, sans correspondance</numerusform>
            <numerusform>%n enregistrements, sans correspondance</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransportSectionHtml</name>
    <message>
        <source>MX hosts</source>
        <translation>Hôtes MX</translation>
    </message>
    <message>
        <source>MTA-STS (RFC 8461)</source>
        <translation>MTA-STS (RFC 8461)</translation>
    </message>
    <message>
        <source>TLS reporting (TLS-RPT, RFC 8460)</source>
        <translation>Rapports TLS (TLS-RPT, RFC 8460)</translation>
    </message>
    <message>
        <source>Transport findings</source>
        <translation>Constats de transport</translation>
    </message>
    <message>
        <source>The MX query failed: %1.</source>
        <translation>La requête MX a échoué : %1.</translation>
    </message>
    <message>
        <source>a null MX (RFC 7505): the domain receives no mail.</source>
        <translation>un MX nul (RFC 7505) : le domaine ne reçoit pas de courrier.</translation>
    </message>
    <message>
        <source>No MX record and no address: mail to this domain bounces.</source>
        <translation>Aucun enregistrement MX et aucune adresse : le courrier pour ce domaine est renvoyé.</translation>
    </message>
    <message>
        <source>No MX record: senders deliver to the domain&apos;s own address (RFC 5321 §5.1): %1.</source>
        <translation>Aucun enregistrement MX : les expéditeurs livrent à l&apos;adresse du domaine lui-même (RFC 5321 §5.1) : %1.</translation>
    </message>
    <message>
        <source>Pref.</source>
        <translation>Préf.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Reverse DNS (FCrDNS)</source>
        <translation>DNS inverse (FCrDNS)</translation>
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
        <translation>un alias (CNAME) de %1</translation>
    </message>
    <message>
        <source>%1: lookup failed (%2)</source>
        <translation>%1 : échec de la requête (%2)</translation>
    </message>
    <message>
        <source>%1: no PTR</source>
        <translation>%1 : pas de PTR</translation>
    </message>
    <message>
        <source>%1 → %2, not confirmed</source>
        <translation>%1 → %2, non confirmé</translation>
    </message>
    <message>
        <source>no policy</source>
        <translation>aucune politique</translation>
    </message>
    <message>
        <source>not fetched</source>
        <translation>non récupérée</translation>
    </message>
    <message>
        <source>policy unusable</source>
        <translation>politique inutilisable</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>couvert</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>non couvert</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>non sondé</translation>
    </message>
    <message>
        <source>not probed (opt-in)</source>
        <translation>non sondé (facultatif)</translation>
    </message>
    <message>
        <source>%1, certificate not valid</source>
        <translation>%1, certificat non valide</translation>
    </message>
    <message>
        <source>certificate valid until %1</source>
        <translation>certificat valide jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>non proposé</translation>
    </message>
    <message>
        <source>not reached (%1): says nothing about TLS</source>
        <translation>non joint (%1) : ne dit rien de TLS</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>aucune adresse</translation>
    </message>
    <message>
        <source>No _mta-sts record: senders use TLS only when offered, and an attacker on the path can strip it.</source>
        <translation>Aucun enregistrement _mta-sts : les expéditeurs n&apos;utilisent TLS que s&apos;il est proposé, et un attaquant sur le chemin peut le supprimer.</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Enregistrement :</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>Politique : %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>statut HTTP %1</translation>
    </message>
    <message>
        <source>content type %1</source>
        <translation>type de contenu %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>certificate valid</source>
        <translation>certificat valide</translation>
    </message>
    <message>
        <source>certificate not valid</source>
        <translation>certificat non valide</translation>
    </message>
    <message>
        <source>Policy fetched from</source>
        <translation>Politique récupérée depuis</translation>
    </message>
    <message>
        <source>The fetch failed: %1</source>
        <translation>La récupération a échoué : %1</translation>
    </message>
    <message>
        <source>No _smtp._tls record: senders send no reports of TLS failures, so problems go unnoticed.</source>
        <translation>Aucun enregistrement _smtp._tls : les expéditeurs n&apos;envoient pas de rapports d&apos;échecs TLS, les problèmes passent inaperçus.</translation>
    </message>
    <message>
        <source>Reports of TLS failures go to:</source>
        <translation>Les rapports d&apos;échecs TLS vont à :</translation>
    </message>
    <message>
        <source>None: nothing to fix in how mail reaches this domain.</source>
        <translation>Aucun : rien à corriger dans la façon dont le courrier atteint ce domaine.</translation>
    </message>
    <message>
        <source>How mail reaches %1</source>
        <translation>Comment le courrier atteint %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>correspond</translation>
    </message>
    <message>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <source>not known: %1</source>
        <translation>inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>TLSA lookup failed: %1</source>
        <translation>Échec de la requête TLSA&#xa0;: %1</translation>
    </message>
    <message>
        <source>no record matches</source>
        <translation>aucun enregistrement ne correspond</translation>
    </message>
    <message>
        <source>not DNSSEC-secure: senders ignore it</source>
        <translation>non sécurisé par DNSSEC&#xa0;: les expéditeurs l&apos;ignorent</translation>
    </message>
    <message>
        <source>published, not matched (not probed)</source>
        <translation>publié, non comparé (non sondé)</translation>
    </message>
    <message>
        <source>DNSSEC: %1</source>
        <translation>DNSSEC&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TransportTab</name>
    <message>
        <source>the policy host has no address</source>
        <translation>l&apos;hôte de la politique n&apos;a pas d&apos;adresse</translation>
    </message>
    <message>
        <source>connection refused or unreachable</source>
        <translation>connexion refusée ou injoignable</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>certificate check failed</source>
        <translation>échec de la vérification du certificat</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>échec de la négociation TLS</translation>
    </message>
    <message>
        <source>not a valid HTTP response</source>
        <translation>réponse HTTP non valide</translation>
    </message>
    <message>
        <source>the policy is larger than 64 KiB</source>
        <translation>la politique dépasse 64 Kio</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>&amp;Probe SMTP</source>
        <translation>&amp;Sonder SMTP</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>BIMI</source>
        <translation>BIMI</translation>
    </message>
    <message>
        <source>Connect to port 25 of every MX host, ask for STARTTLS and check the certificate. Many networks block port 25: then the probe says nothing about the hosts.</source>
        <translation>Se connecter au port 25 de chaque hôte MX, demander STARTTLS et vérifier le certificat. Beaucoup de réseaux bloquent le port 25 : le sondage ne dit alors rien des hôtes.</translation>
    </message>
    <message>
        <source>Transport check progress</source>
        <translation>Progression de la vérification du transport</translation>
    </message>
    <message>
        <source>MX hosts</source>
        <translation>Hôtes MX</translation>
    </message>
    <message>
        <source>The MTA-STS policy as fetched</source>
        <translation>La politique MTA-STS telle que récupérée</translation>
    </message>
    <message>
        <source>MTA-STS policy (RFC 8461)</source>
        <translation>Politique MTA-STS (RFC 8461)</translation>
    </message>
    <message>
        <source>TLS reporting (TLS-RPT, RFC 8460)</source>
        <translation>Rapports TLS (TLS-RPT, RFC 8460)</translation>
    </message>
    <message>
        <source>Transport findings</source>
        <translation>Constats de transport</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Enter a domain and press Audit to see how mail reaches it.</source>
        <translation>Saisissez un domaine et appuyez sur Auditer pour voir comment le courrier l&apos;atteint.</translation>
    </message>
    <message>
        <source>Offline (demo or zone files): no connection is made.</source>
        <translation>Hors ligne (démo ou fichiers de zone) : aucune connexion n&apos;est établie.</translation>
    </message>
    <message>
        <source>Probing port 25 (STARTTLS) of the MX hosts of %1…</source>
        <translation>Sondage du port 25 (STARTTLS) des hôtes MX de %1…</translation>
    </message>
    <message>
        <source>Reading the MX hosts of %1 and fetching its MTA-STS policy…</source>
        <translation>Lecture des hôtes MX de %1 et récupération de sa politique MTA-STS…</translation>
    </message>
    <message>
        <source>Cancelled: what was not checked is unknown.</source>
        <translation>Annulé : ce qui n&apos;a pas été vérifié reste inconnu.</translation>
    </message>
    <message>
        <source>The transport check of %1 was cancelled.</source>
        <translation>La vérification du transport de %1 a été annulée.</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Non vérifié : %1</translation>
    </message>
    <message>
        <source>Transport: %1</source>
        <translation>Transport : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The _smtp._tls query failed: %1.</source>
        <translation>La requête _smtp._tls a échoué : %1.</translation>
    </message>
    <message>
        <source>No _smtp._tls record: senders send no reports of TLS failures, so problems go unnoticed.</source>
        <translation>Aucun enregistrement _smtp._tls : les expéditeurs n&apos;envoient pas de rapports d&apos;échecs TLS, les problèmes passent inaperçus.</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>Enregistrement : %1</translation>
    </message>
    <message>
        <source>Reports of TLS failures go to:</source>
        <translation>Les rapports d&apos;échecs TLS vont à :</translation>
    </message>
    <message>
        <source>None: nothing to fix in how mail reaches this domain.</source>
        <translation>Aucun : rien à corriger dans la façon dont le courrier atteint ce domaine.</translation>
    </message>
    <message>
        <source>Probed port 25 of %1 MX host(s); connections made: %2</source>
        <translation>Port 25 de %1 hôte(s) MX sondé ; connexions : %2</translation>
    </message>
    <message>
        <source>Connections made: %1. STARTTLS not probed.</source>
        <translation>Connexions : %1. STARTTLS non sondé.</translation>
    </message>
    <message>
        <source>The _mta-sts query failed: %1.</source>
        <translation>La requête _mta-sts a échoué : %1.</translation>
    </message>
    <message>
        <source>No _mta-sts record: senders use TLS only when offered, and an attacker on the path can strip it.</source>
        <translation>Aucun enregistrement _mta-sts : les expéditeurs n&apos;utilisent TLS que s&apos;il est proposé, et un attaquant sur le chemin peut le supprimer.</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>Politique : %1</translation>
    </message>
    <message>
        <source>Fetched from %1</source>
        <translation>Récupérée depuis %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>statut HTTP %1</translation>
    </message>
    <message>
        <source>content type %1</source>
        <translation>type de contenu %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>answered by %1</source>
        <translation>répondu par %1</translation>
    </message>
    <message>
        <source>certificate valid</source>
        <translation>certificat valide</translation>
    </message>
    <message>
        <source>certificate not valid</source>
        <translation>certificat non valide</translation>
    </message>
    <message>
        <source>certificate until %1</source>
        <translation>certificat jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>a redirect to %1: senders do not follow it</source>
        <translation>une redirection vers %1 : les expéditeurs ne la suivent pas</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction : %1</translation>
    </message>
    <message>
        <source>MTA-STS, TLS-RPT and BIMI</source>
        <translation>MTA-STS, TLS-RPT et BIMI</translation>
    </message>
</context>
<context>
    <name>TransportVerdict</name>
    <message>
        <source>Protected</source>
        <translation>Protégé</translation>
    </message>
    <message>
        <source>Partly protected</source>
        <translation>Partiellement protégé</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>No mail</source>
        <translation>Pas de courrier</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>The MX records of %1 could not be read (%2), so nothing is known about how mail reaches it.</source>
        <translation>Les enregistrements MX de %1 n&apos;ont pas pu être lus (%2) : on ne sait donc rien de la façon dont le courrier l&apos;atteint.</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (RFC 7505): it receives no mail, and senders bounce mail to it at once.</source>
        <translation>%1 publie un MX nul (RFC 7505) : il ne reçoit pas de courrier, et les expéditeurs renvoient aussitôt le courrier qui lui est destiné.</translation>
    </message>
    <message>
        <source>%1 has no MX record and no address: mail to it bounces.</source>
        <translation>%1 n&apos;a ni enregistrement MX ni adresse : le courrier qui lui est destiné est renvoyé.</translation>
    </message>
    <message>
        <source>%1 has no MX record: senders deliver to the domain&apos;s own address (RFC 5321 §5.1), without MTA-STS.</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement MX : les expéditeurs livrent à l&apos;adresse du domaine lui-même (RFC 5321 §5.1), sans MTA-STS.</translation>
    </message>
    <message>
        <source>Mail reaches %1 over 1 MX host</source>
        <translation>Le courrier atteint %1 via 1 hôte MX</translation>
    </message>
    <message>
        <source>Mail reaches %1 over %2 MX hosts</source>
        <translation>Le courrier atteint %1 via %2 hôtes MX</translation>
    </message>
    <message>
        <source>no MTA-STS: senders use TLS only if it is offered, and an attacker can strip it</source>
        <translation>pas de MTA-STS : les expéditeurs n&apos;utilisent TLS que s&apos;il est proposé, et un attaquant peut le supprimer</translation>
    </message>
    <message>
        <source>the MTA-STS record is invalid, so senders ignore MTA-STS</source>
        <translation>l&apos;enregistrement MTA-STS n&apos;est pas valide, les expéditeurs ignorent donc MTA-STS</translation>
    </message>
    <message>
        <source>an MTA-STS record is published; the policy was not fetched (offline)</source>
        <translation>un enregistrement MTA-STS est publié ; la politique n&apos;a pas été récupérée (hors ligne)</translation>
    </message>
    <message>
        <source>the MTA-STS policy cannot be used by senders (see the findings)</source>
        <translation>les expéditeurs ne peuvent pas utiliser la politique MTA-STS (voir les constats)</translation>
    </message>
    <message>
        <source>MTA-STS enforce covers both</source>
        <translation>MTA-STS enforce couvre les deux</translation>
    </message>
    <message>
        <source>MTA-STS enforce covers all of them</source>
        <translation>MTA-STS enforce les couvre tous</translation>
    </message>
    <message>
        <source>MTA-STS enforce leaves %1 of them uncovered: senders that apply it refuse to deliver there</source>
        <translation>MTA-STS enforce en laisse %1 sans couverture : les expéditeurs qui l&apos;appliquent refusent d&apos;y livrer</translation>
    </message>
    <message>
        <source>MTA-STS is in testing mode: senders report TLS failures but still deliver without TLS</source>
        <translation>MTA-STS est en mode test : les expéditeurs signalent les échecs TLS mais livrent toujours sans TLS</translation>
    </message>
    <message>
        <source>MTA-STS mode none: senders forget any earlier policy</source>
        <translation>MTA-STS en mode none : les expéditeurs oublient toute politique antérieure</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>; STARTTLS works on %1 of %2 probed</source>
        <translation>; STARTTLS fonctionne sur %1 des %2 sondés</translation>
    </message>
</context>
<context>
    <name>TrustPlan</name>
    <message>
        <source>The blocklists file in Settings cannot be used: %1</source>
        <translation>Le fichier de listes de blocage des Paramètres est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The trust anchor file in Settings cannot be used: %1</source>
        <translation>Le fichier d&apos;ancre de confiance des Paramètres est inutilisable&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>VerdictComparison</name>
    <message>
        <source>%1 (%2): the receiver said %3, Mailsight says %4. %5</source>
        <translation>%1 (%2)&#xa0;: le destinataire a dit %3, Mailsight dit %4. %5</translation>
    </message>
    <message>
        <source>Mailsight could not evaluate SPF: %1</source>
        <translation>Mailsight n&apos;a pas pu évaluer SPF&#xa0;: %1</translation>
    </message>
    <message>
        <source>the receiver checked the MAIL FROM domain %1, Mailsight checked %2 (from %3)</source>
        <translation>le destinataire a vérifié le domaine MAIL FROM %1, Mailsight a vérifié %2 (d&apos;après %3)</translation>
    </message>
    <message>
        <source>the receiver checked the address %1, Mailsight checked %2 (from %3)</source>
        <translation>le destinataire a vérifié l&apos;adresse %1, Mailsight a vérifié %2 (d&apos;après %3)</translation>
    </message>
    <message>
        <source>Mailsight&apos;s DNS lookups failed now; retry, or ask another resolver</source>
        <translation>les requêtes DNS de Mailsight ont échoué à l&apos;instant&#xa0;; réessayez, ou interrogez un autre résolveur</translation>
    </message>
    <message>
        <source>the receiver met a %1 at delivery (a DNS failure or a broken record then); today&apos;s records give %2</source>
        <translation>le destinataire a rencontré un %1 à la remise (un échec DNS ou un enregistrement défectueux à ce moment-là)&#xa0;; les enregistrements d&apos;aujourd&apos;hui donnent %2</translation>
    </message>
    <message>
        <source>same address and domain: the SPF record of %1 (or a record it includes) changed since delivery; Mailsight evaluates today&apos;s records</source>
        <translation>même adresse et même domaine&#xa0;: l&apos;enregistrement SPF de %1 (ou un enregistrement qu&apos;il inclut) a changé depuis la remise&#xa0;; Mailsight évalue les enregistrements d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>the message no longer carries the signature the receiver reported: a DKIM-Signature field was removed after delivery</source>
        <translation>le message ne porte plus la signature signalée par le destinataire&#xa0;: un champ DKIM-Signature a été supprimé après la remise</translation>
    </message>
    <message>
        <source>the receiver verified it with the key published at delivery; there is no key at %1 now (%2): the key was rotated or withdrawn since</source>
        <translation>le destinataire l&apos;a vérifiée avec la clé publiée à la remise&#xa0;; il n&apos;y a plus de clé en %1 (%2)&#xa0;: la clé a été changée ou retirée depuis</translation>
    </message>
    <message>
        <source>the receiver verified it at delivery; the key at %1 is revoked now (empty p=): the signer rotated its key since</source>
        <translation>le destinataire l&apos;a vérifiée à la remise&#xa0;; la clé en %1 est maintenant révoquée (p= vide)&#xa0;: le signataire a changé de clé depuis</translation>
    </message>
    <message>
        <source>Mailsight could not fetch the key at %1 now; retry</source>
        <translation>Mailsight n&apos;a pas pu récupérer la clé en %1 à l&apos;instant&#xa0;; réessayez</translation>
    </message>
    <message>
        <source>the body changed after delivery (an archive, a client or an export rewrote it: line endings, encoding, an added footer)</source>
        <translation>le corps a changé après la remise (une archive, un client ou un export l&apos;a réécrit&#xa0;: fins de ligne, encodage, un pied de page ajouté)</translation>
    </message>
    <message>
        <source>the body still matches but the key published at %1 today does not verify the signature: the key was replaced under the same selector since delivery, or a signed header was changed after delivery</source>
        <translation>le corps correspond encore mais la clé publiée aujourd&apos;hui en %1 ne vérifie pas la signature&#xa0;: la clé a été remplacée sous le même sélecteur depuis la remise, ou un en-tête signé a été modifié après la remise</translation>
    </message>
    <message>
        <source>the signature has expired (x=) since delivery</source>
        <translation>la signature a expiré (x=) depuis la remise</translation>
    </message>
    <message>
        <source>the key record at %1 changed since delivery: %2</source>
        <translation>l&apos;enregistrement de clé en %1 a changé depuis la remise&#xa0;: %2</translation>
    </message>
    <message>
        <source>it verifies today: the receiver may have met a DNS failure or a key not yet published at delivery, or saw the message before a change that a later hop undid%1</source>
        <translation>elle se vérifie aujourd&apos;hui&#xa0;: le destinataire a pu rencontrer un échec DNS ou une clé pas encore publiée à la remise, ou voir le message avant une modification qu&apos;une étape ultérieure a annulée%1</translation>
    </message>
    <message>
        <source> (receiver&apos;s reason: %1)</source>
        <translation> (raison du destinataire&#xa0;: %1)</translation>
    </message>
    <message>
        <source>both do not pass, for different reasons: %1</source>
        <translation>aucun des deux ne réussit, pour des raisons différentes&#xa0;: %1</translation>
    </message>
    <message>
        <source>the receiver reads DMARC as RFC 9989 does (the DNS tree walk); RFC 7489 receivers would say %1</source>
        <translation>le destinataire lit DMARC comme RFC 9989 (le parcours de l&apos;arborescence DNS)&#xa0;; les destinataires RFC 7489 diraient %1</translation>
    </message>
    <message>
        <source>the receiver still follows RFC 7489 (the Public Suffix List, pct); RFC 9989 receivers would say %1</source>
        <translation>le destinataire suit encore RFC 7489 (la Public Suffix List, pct)&#xa0;; les destinataires RFC 9989 diraient %1</translation>
    </message>
    <message>
        <source>this follows from the SPF and DKIM differences above</source>
        <translation>cela découle des différences SPF et DKIM ci-dessus</translation>
    </message>
    <message>
        <source>SPF and DKIM agree, so the DMARC record (its policy or alignment modes) changed since delivery</source>
        <translation>SPF et DKIM concordent, donc l&apos;enregistrement DMARC (sa politique ou ses modes d&apos;alignement) a changé depuis la remise</translation>
    </message>
    <message>
        <source>Mailsight could not fetch a sealer&apos;s key now; retry</source>
        <translation>Mailsight n&apos;a pas pu récupérer la clé d&apos;un scelleur à l&apos;instant&#xa0;; réessayez</translation>
    </message>
    <message>
        <source>the chain verified at delivery and does not now (%1): a sealer&apos;s key changed since, or the message was changed after delivery</source>
        <translation>la chaîne se vérifiait à la remise et plus maintenant (%1)&#xa0;: la clé d&apos;un scelleur a changé depuis, ou le message a été modifié après la remise</translation>
    </message>
    <message>
        <source>the receiver may check ARC differently or not at all (its result: %1; Mailsight: %2)</source>
        <translation>le destinataire vérifie peut-être ARC autrement ou pas du tout (son résultat&#xa0;: %1&#xa0;; Mailsight&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Audits a domain&apos;s email authentication (SPF, DKIM, DMARC).</source>
        <translation>Audite l&apos;authentification des e-mails d&apos;un domaine (SPF, DKIM, DMARC).</translation>
    </message>
    <message>
        <source>The domain to audit, or zone files to stage.</source>
        <translation>Le domaine à auditer, ou des fichiers de zone à préparer.</translation>
    </message>
    <message>
        <source>Open the offline demo on the bundled zones.</source>
        <translation>Ouvrir la démo hors ligne sur les zones fournies.</translation>
    </message>
    <message>
        <source>Save every tab as DIR/&lt;tab&gt;.png once the audit is done, then quit.</source>
        <translation>Enregistrer chaque onglet sous DIR/&lt;tab&gt;.png une fois l&apos;audit terminé, puis quitter.</translation>
    </message>
    <message>
        <source>With --screenshots: only this tab (a file name such as spf; repeatable).</source>
        <translation>Avec --screenshots&#xa0;: seulement cet onglet (un nom de fichier comme spf&#xa0;; répétable).</translation>
    </message>
    <message>
        <source>Colours: system, light, dark or high-contrast (saved as in Settings).</source>
        <translation>Couleurs&#xa0;: system, light, dark ou high-contrast (enregistré comme dans les Paramètres).</translation>
    </message>
</context>
</TS>
