#!/usr/bin/env python3
"""Fill and check the French translation (translations/mailsight_fr.ts).

The French strings live in this script (FR, one dictionary per lupdate context) so that new
strings can be translated once here and filled after every lupdate run:

    /usr/lib/qt6/bin/lupdate core ui app -locations none -target-language fr_FR \
        -ts translations/mailsight_fr.ts
    python3 packaging/fill-translations-fr.py            # fill unfinished messages, then check
    python3 packaging/fill-translations-fr.py --check    # only check (exit 1 on a problem)
    /usr/lib/qt6/bin/lrelease translations/mailsight_fr.ts -qm /tmp/fr.qm

A message is filled from FR[context][source], else from the same source in another context of
FR, else from a finished translation of the same source elsewhere in the .ts (so a string whose
context moved keeps its translation). Messages left unfinished are listed; translate them by
adding them to FR. Existing finished translations are never overwritten unless --overwrite.

Style (keep it consistent with the other translations): "constat" for finding, "enregistrement"
for DNS record, "sélecteur", "clé", "politique", "rapport agrégé", "expéditeur", "requête"
(query/lookup), "résolveur", "fichier de zone", "gravité" (severity), "note" (grade), "balise"
(DKIM/DMARC tag). SPF/DKIM/DMARC/MX/TXT, mechanism names (include, redirect, all, ...), tag names
(p=, rua=, sp=, ...) and DNS outcome names (NXDOMAIN, SERVFAIL, ...) stay as they are. French
typography: a no-break space (U+00A0) before « : ; ? ! » and inside « »; the dictionary below is
written with ordinary spaces and the script turns them into no-break spaces (typography()).
"""

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NBSP = "\u00a0"

# Translations that are the same as the source on purpose (technical terms, names, formats).
IDENTICAL_OK = {
    "<p>CNAME → <span style='font-family:%1'>%2</span>%3</p>",
    ' ms',
    '#',
    '%1 (%2)',
    '%1 bits',
    '%1 → %2. %3',
    '+ pass',
    '- fail',
    '1–8',
    '? neutral',
    'Bits',
    'CNAME',
    'Code',
    'DKIM',
    'DMARC',
    'Destination',
    'Gmail, Yahoo (2024)',
    'Info',
    'Message',
    'Messages',
    'NODATA',
    'NXDOMAIN',
    'OK',
    'Outlook.com (2025), M3AAWG',
    'Public Suffix List',
    'REFUSED',
    'RSA 3072 bits',
    'RSA 4096 bits',
    'SERVFAIL',
    'SPF',
    'Sessions',
    'Source',
    'Sources',
    'TLS-RPT',
    'TTL',
    'Type',
    'Verdict',
    'cache',
    'd=',
    'example.com, bücher.example, …',
    'message %1',
    'ms',
    'p=quarantine',
    'p=reject',
    's=',
    'strict',
    'zone %1',
    '~ softfail',
    'ℹ Info',
    '✔ OK',
}

FR = {}

FR["AuditDocument"] = {
    "%n domain(s) audited for SPF, DKIM and DMARC": ("%n domaine audité pour SPF, DKIM et DMARC", "%n domaines audités pour SPF, DKIM et DMARC"),
    "Email authentication audit": "Audit de l'authentification des e-mails",
    "Email authentication audit — %1": "Audit de l'authentification des e-mails — %1",
    "Page %1 of %2": "Page %1 sur %2",
}

FR["AuditExpectations"] = {
    "%1 Expected: %2. Actual: %3.": "%1 Attendu : %2. Obtenu : %3.",
    "no DMARC record": "aucun enregistrement DMARC",
    "The DMARC policy must be at least the expected one.": "La politique DMARC doit être au moins celle attendue.",
    "DMARC aggregate reports must be requested.": "Les rapports agrégés DMARC doivent être demandés.",
    "an authorised rua= address": "une adresse rua= autorisée",
    "no rua= address": "aucune adresse rua=",
    "%1 rua= address(es), none authorised": "%1 adresse(s) rua=, aucune autorisée",
    "SPF must stay within the lookup budget.": "SPF doit rester dans la limite de requêtes DNS.",
    "at most %1 lookups": "au plus %1 requêtes",
    "%1 lookups": "%1 requêtes",
    "Every SPF include must be on the allowed list.": "Chaque include SPF doit figurer dans la liste autorisée.",
    "no includes": "aucun include",
    "The selector '%1' must publish a key.": "Le sélecteur « %1 » doit publier une clé.",
    "a key at %1._domainkey.%2": "une clé en %1._domainkey.%2",
    "not probed": "non sondé",
    "The key at selector '%1' must be large enough.": "La clé du sélecteur « %1 » doit être assez longue.",
    "at least %1 bits": "au moins %1 bits",
    "%1 bits": "%1 bits",
    "The key at selector '%1' must be rotated in time (first seen %2).": "La clé du sélecteur « %1 » doit être renouvelée à temps (vue pour la première fois le %2).",
    "at most %1 days old": "au plus %1 jours d'ancienneté",
    "%1 days old": "%1 jours d'ancienneté",
}

FR["AuditFindingsModel"] = {
    "Fix: ": "Correction : ",
    "Severity": "Gravité",
    "Code": "Code",
    "Area": "Catégorie",
    "Finding": "Constat",
    "Domain": "Domaine",
}

FR["AuditGrader"] = {
    "F: nothing could be checked (invalid name, resolver failure, audit timed out), or neither SPF nor DMARC is published, or 3 or more errors.": "F : rien n'a pu être vérifié (nom invalide, échec du résolveur, délai de l'audit dépassé), ou ni SPF ni DMARC n'est publié, ou 3 erreurs ou plus.",
    "D: 1 or 2 errors.": "D : 1 ou 2 erreurs.",
    "C: no errors, but DMARC does not enforce (p=none or t=y), or 4 or more warnings.": "C : aucune erreur, mais DMARC n'est pas appliqué (p=none ou t=y), ou 4 avertissements ou plus.",
    "B: no errors, 1 to 3 warnings.": "B : aucune erreur, 1 à 3 avertissements.",
    "A: no errors and no warnings (information notes allowed).": "A : aucune erreur et aucun avertissement (les constats de niveau Info sont admis).",
    "F because nothing could be checked: %1": "F car rien n'a pu être vérifié : %1",
    "F because neither SPF nor DMARC is published (SPF-MISSING, DMARC-MISSING)": "F car ni SPF ni DMARC n'est publié (SPF-MISSING, DMARC-MISSING)",
    "F because of %1 errors: %2": "F à cause de %1 erreurs : %2",
    "D because of %n error(s): %1": ("D à cause de %n erreur : %1", "D à cause de %n erreurs : %1"),
    "C because DMARC does not enforce its policy (p=none or t=y)": "C car DMARC n'applique pas sa politique (p=none ou t=y)",
    "C because of %1 warnings: %2": "C à cause de %1 avertissements : %2",
    "B because of %n warning(s): %1": ("B à cause de %n avertissement : %1", "B à cause de %n avertissements : %1"),
    "A: no errors and no warnings": "A : aucune erreur et aucun avertissement",
}

FR["AuditHtmlExporter"] = {
    "Executive summary": "Synthèse",
    "Grades and findings over the quarters": "Notes et constats au fil des trimestres",
    "Appendix A: raw records": "Annexe A : enregistrements bruts",
    "Appendix B: resolver and evidence": "Annexe B : résolveur et preuves",
    "Appendix C: how grades are given": "Annexe C : attribution des notes",
    "Your organisation": "Votre organisation",
    "Email authentication audit": "Audit de l'authentification des e-mails",
    "Audit period:": "Période d'audit :",
    "Contents": "Sommaire",
    "Domain": "Domaine",
    "Grade": "Note",
    "Errors": "Erreurs",
    "Warnings": "Avertissements",
    "Since the previous audit": "Depuis l'audit précédent",
    "no earlier audit": "aucun audit antérieur",
    "improved": "en hausse",
    "regressed": "en baisse",
    "unchanged": "stable",
    "staged": "en préparation",
    "What improved": "Ce qui s'est amélioré",
    "Nothing was fixed since the previous audit, or there is no earlier audit.": "Rien n'a été corrigé depuis l'audit précédent, ou il n'y a pas d'audit antérieur.",
    "What regressed": "Ce qui s'est dégradé",
    "Nothing new went wrong since the previous audit, or there is no earlier audit.": "Aucun nouveau problème depuis l'audit précédent, ou il n'y a pas d'audit antérieur.",
    "The three most urgent fixes": "Les trois corrections les plus urgentes",
    "Nothing urgent: no errors or warnings.": "Rien d'urgent : aucune erreur ni aucun avertissement.",
    "Fix:": "Correction :",
    "No stored audits yet: the trend starts with this one.": "Aucun audit enregistré pour l'instant : la tendance commence avec celui-ci.",
    "Quarter": "Trimestre",
    "Grades": "Notes",
    "Grade:": "Note :",
    "Staged audit:": "Audit en préparation :",
    "some records come from files not yet deployed (%1); they are marked in Appendix A.": "certains enregistrements proviennent de fichiers pas encore déployés (%1) ; ils sont signalés dans l'annexe A.",
    "Changes since the previous audit": "Changements depuis l'audit précédent",
    "SPF: who may send mail, and what it costs in lookups": "SPF : qui peut envoyer du courrier, et ce que cela coûte en requêtes",
    "DKIM keys": "Clés DKIM",
    "DMARC: what receivers do with mail that fails": "DMARC : ce que font les destinataires du courrier en échec",
    "Findings": "Constats",
    "No records were found.": "Aucun enregistrement trouvé.",
    "Name": "Nom",
    "Type": "Type",
    "Data": "Données",
    "Source": "Source",
    "Resolver used:": "Résolveur utilisé :",
    "The complete query log (every question, its outcome, timing and source) is stored with each audit and included in the JSON export, so the audit can be replayed and defended later.": "Le journal complet des requêtes (chaque question, son résultat, sa durée et sa source) est conservé avec chaque audit et inclus dans l'export JSON, afin que l'audit puisse être rejoué et justifié plus tard.",
    "Audited (UTC)": "Date d'audit (UTC)",
    "DNS queries": "Requêtes DNS",
    "Failed": "En échec",
    "The first rule that matches gives the grade. Codes and severities are listed in docs/findings.md.": "La première règle qui s'applique donne la note. Les codes et les gravités sont listés dans docs/findings.md.",
}

FR["AuditOverviewTab"] = {
    "Export…": "Exporter…",
    "All severities": "Toutes les gravités",
    "Warnings and errors": "Avertissements et erreurs",
    "Errors only": "Erreurs uniquement",
    "All areas": "Toutes les catégories",
    "Show:": "Afficher :",
    "Save this audit as PDF, HTML, JSON, CSV or SARIF": "Enregistrer cet audit en PDF, HTML, JSON, CSV ou SARIF",
    "Since the last audit:": "Depuis le dernier audit :",
    "Audit a domain to see its grade.": "Auditez un domaine pour voir sa note.",
    "Auditing %1: SPF, DMARC and DKIM…": "Audit de %1 : SPF, DMARC et DKIM…",
    "Grade %1": "Note %1",
    "Staged: some records come from files not yet deployed.": "En préparation : certains enregistrements proviennent de fichiers pas encore déployés.",
    "No history is kept.": "Aucun historique n'est conservé.",
    "No earlier audit of this domain.": "Aucun audit antérieur de ce domaine.",
    "%1: grade %2, %3 finding(s)": "%1 : note %2, %3 constat(s)",
    "There is no audit to export yet.": "Il n'y a pas encore d'audit à exporter.",
    "Unknown export format '.%1': use .pdf, .html, .json, .csv or .sarif.": "Format d'export « .%1 » inconnu : utilisez .pdf, .html, .json, .csv ou .sarif.",
    "Export the audit": "Exporter l'audit",
    "PDF report (*.pdf);;HTML report (*.html);;JSON (*.json);;CSV, one row per finding (*.csv);;SARIF (*.sarif)": "Rapport PDF (*.pdf);;Rapport HTML (*.html);;JSON (*.json);;CSV, une ligne par constat (*.csv);;SARIF (*.sarif)",
    "Export failed": "Échec de l'export",
    "Exported to %1": "Exporté vers %1",
    "Overview": "Vue d'ensemble",
}

FR["AuditRunner"] = {
    "The checks of %1 were stopped after %2 ms.": "Les vérifications de %1 ont été arrêtées au bout de %2 ms.",
}

FR["DemoWorld"] = {
    "A clean setup: one SPF provider, 2048-bit DKIM, DMARC p=reject.": "Une configuration propre : un seul fournisseur SPF, DKIM 2048 bits, DMARC p=reject.",
    "Each team added its sender: SPF needs more than 10 DNS lookups.": "Chaque équipe a ajouté son expéditeur : SPF demande plus de 10 requêtes DNS.",
    "DMARC only monitors (p=none) and reports go to an address that never agreed.": "DMARC ne fait que surveiller (p=none) et les rapports partent vers une adresse qui n'a jamais donné son accord.",
    "A 1024-bit DKIM key left in testing mode, and sampled DMARC (pct=50).": "Une clé DKIM de 1024 bits laissée en mode test, et DMARC échantillonné (pct=50).",
    "An SPF include loop: the record includes itself.": "Une boucle d'include SPF : l'enregistrement s'inclut lui-même.",
}

FR["DkimChecker"] = {
    "%1 of %2 queries for common selectors failed; a key published at one of them could not be seen.": "%1 requêtes sur %2 pour les sélecteurs courants ont échoué ; une clé publiée sous l'un d'eux n'a pas pu être vue.",
    "No key at any of the %1 selectors tried for %2. %3": "Aucune clé sous les %1 sélecteurs essayés pour %2. %3",
}

FR["DkimKeyAnalyzer"] = {
    " It decodes as a DER public key: an RSA key published with k=ed25519?": " Elle se décode comme une clé publique DER : une clé RSA publiée avec k=ed25519 ?",
    "an Ed25519 key is 32 raw bytes; p= decodes to %1 bytes.": "une clé Ed25519 fait 32 octets bruts ; p= se décode en %1 octets.",
    "OpenSSL rejected the Ed25519 key: %1": "OpenSSL a rejeté la clé Ed25519 : %1",
    "k=%1 is not a key type this program can read": "k=%1 n'est pas un type de clé que ce programme sait lire",
    "k=rsa but the key is a %1 key": "k=rsa mais la clé est de type %1",
    "p= holds 32 bytes, the size of an Ed25519 key, but the record says k=rsa (or no k=, which means rsa): add k=ed25519": "p= contient 32 octets, la taille d'une clé Ed25519, mais l'enregistrement indique k=rsa (ou pas de k=, ce qui signifie rsa) : ajoutez k=ed25519",
    "p= decodes to %1 bytes that are not a DER RSA public key (truncated, or a key split wrongly across strings?)": "p= se décode en %1 octets qui ne sont pas une clé publique RSA DER (tronquée, ou mal découpée entre les chaînes ?)",
    "A verifier ignores this record, so every signature made with this selector fails: %1.": "Un vérificateur ignore cet enregistrement, donc toute signature faite avec ce sélecteur échoue : %1.",
    "The RSA key is %1 bits. RFC 8301 §3.2: verifiers must not accept keys under 1024 bits, and such keys can be factored.": "La clé RSA fait %1 bits. RFC 8301 §3.2 : les vérificateurs ne doivent pas accepter de clés de moins de 1024 bits, et de telles clés peuvent être factorisées.",
    "The RSA key is %1 bits. RFC 8301 §3.2 asks signers to use at least 2048 bits.": "La clé RSA fait %1 bits. RFC 8301 §3.2 demande aux signataires d'utiliser au moins 2048 bits.",
    "The RSA key is %1 bits. RFC 8301 §3.2 only requires verifiers to handle keys up to 4096 bits; larger ones may not be verified.": "La clé RSA fait %1 bits. RFC 8301 §3.2 n'exige des vérificateurs que la prise en charge des clés jusqu'à 4096 bits ; les plus grandes risquent de ne pas être vérifiées.",
    "The public exponent is %1.": "L'exposant public est %1.",
    "h=%1 allows only SHA-1: RFC 8301 §3.1 forbids signing with it and verifiers treat such signatures as failing.": "h=%1 n'autorise que SHA-1 : RFC 8301 §3.1 interdit de signer avec et les vérificateurs considèrent ces signatures comme en échec.",
    "h=%1 still allows SHA-1 next to SHA-256 (RFC 8301 §3.1): drop sha1.": "h=%1 autorise encore SHA-1 à côté de SHA-256 (RFC 8301 §3.1) : retirez sha1.",
    "g=%1 comes from DomainKeys (RFC 4870). RFC 6376 ignores it, but old verifiers may reject signatures whose i= local part does not match it.": "g=%1 vient de DomainKeys (RFC 4870). RFC 6376 l'ignore, mais d'anciens vérificateurs peuvent rejeter les signatures dont la partie locale de i= ne lui correspond pas.",
}

FR["DkimKeyGenDialog"] = {
    "Generate a new DKIM key": "Générer une nouvelle clé DKIM",
    "RSA 2048 bits (recommended)": "RSA 2048 bits (recommandé)",
    "RSA 3072 bits": "RSA 3072 bits",
    "RSA 4096 bits": "RSA 4096 bits",
    "Ed25519 (add an RSA key too)": "Ed25519 (ajoutez aussi une clé RSA)",
    "Browse…": "Parcourir…",
    "Generate": "Générer",
    "The record to publish and the rotation plan appear here. The private key is written to the folder with permissions 0600 and never shown.": "L'enregistrement à publier et le plan de renouvellement apparaissent ici. La clé privée est écrite dans le dossier avec les permissions 0600 et n'est jamais affichée.",
    "Domain:": "Domaine :",
    "New selector:": "Nouveau sélecteur :",
    "Key type:": "Type de clé :",
    "Private key folder:": "Dossier de la clé privée :",
    "Folder for the private key": "Dossier pour la clé privée",
    "Enter a valid domain and selector.": "Saisissez un domaine et un sélecteur valides.",
    "Generating…": "Génération…",
    "Generation failed: %1": "Échec de la génération : %1",
    "Private key written to %1 (mode 0600).\nKey: %2 %3 bits, %4\n\n": "Clé privée écrite dans %1 (mode 0600).\nClé : %2 %3 bits, %4\n\n",
    "BIND zone line:\n%1\n\nTerraform:\n%2\nRotation plan:\n%3\n": "Ligne de zone BIND :\n%1\n\nTerraform :\n%2\nPlan de renouvellement :\n%3\n",
}

FR["DkimKeyGenerator"] = {
    "1. Publish the record at %1 and wait until it is visible everywhere (at least the old TTL; check with: mailsight-cli dkim %2 --selector %3).": "1. Publiez l'enregistrement en %1 et attendez qu'il soit visible partout (au moins l'ancien TTL ; vérifiez avec : mailsight-cli dkim %2 --selector %3).",
    "2. Check that the private key matches what DNS serves: mailsight-cli dkim match %1 %2 --private-key FILE.": "2. Vérifiez que la clé privée correspond à ce que sert le DNS : mailsight-cli dkim match %1 %2 --private-key FICHIER.",
    "3. Switch the signer (MTA, provider) to selector %1 with the new private key; send a test message and verify it: mailsight-cli dkim verify MESSAGE.eml.": "3. Basculez le signataire (MTA, fournisseur) sur le sélecteur %1 avec la nouvelle clé privée ; envoyez un message de test et vérifiez-le : mailsight-cli dkim verify MESSAGE.eml.",
    "4. Keep the old selector's key published until mail signed with it has aged out (a week is common; DMARC reports show when it stops appearing).": "4. Laissez publiée la clé de l'ancien sélecteur jusqu'à ce que le courrier signé avec elle ait disparu (une semaine est courant ; les rapports DMARC montrent quand il cesse d'apparaître).",
    "5. Revoke the old key by publishing its record with an empty p= (v=DKIM1; p=), rather than deleting it, so verifiers see a clear revocation; remove it later.": "5. Révoquez l'ancienne clé en publiant son enregistrement avec un p= vide (v=DKIM1; p=) plutôt qu'en le supprimant, afin que les vérificateurs voient une révocation claire ; supprimez-le plus tard.",
    "6. Delete the old private key from the signing host.": "6. Supprimez l'ancienne clé privée de l'hôte signataire.",
    "the output folder %1 does not exist": "le dossier de sortie %1 n'existe pas",
    "key generation failed: %1": "échec de la génération de la clé : %1",
    "cannot encode the private key: %1": "impossible d'encoder la clé privée : %1",
}

FR["DkimKeyMatchDialog"] = {
    "Does my private key match %1?": "Ma clé privée correspond-elle à %1 ?",
    "Choose the private key file your signer uses (PEM or DER, PKCS#1 or PKCS#8, RSA or Ed25519). It is read in memory only and compared with the key published at <b>%1</b>; it is never stored, copied or shown.": "Choisissez le fichier de clé privée qu'utilise votre signataire (PEM ou DER, PKCS#1 ou PKCS#8, RSA ou Ed25519). Il est lu uniquement en mémoire et comparé à la clé publiée en <b>%1</b> ; il n'est jamais enregistré, copié ni affiché.",
    "Choose private key…": "Choisir la clé privée…",
    "Private key": "Clé privée",
    "<b>Cannot read the key:</b> %1": "<b>Impossible de lire la clé :</b> %1",
    "<b>MATCH</b> — %1": "<b>CORRESPOND</b> — %1",
    "<b>MISMATCH</b> — %1": "<b>NE CORRESPOND PAS</b> — %1",
    "<br/>Private key (public half): <span style='font-family:%1'>%2</span>": "<br/>Clé privée (partie publique) : <span style='font-family:%1'>%2</span>",
    "<br/>Published key: <span style='font-family:%1'>%2</span>": "<br/>Clé publiée : <span style='font-family:%1'>%2</span>",
}

FR["DkimKeyMatcher"] = {
    "the file is not a private key this program reads (PEM or DER, PKCS#1 or PKCS#8, RSA or Ed25519; an encrypted key must be decrypted first)": "le fichier n'est pas une clé privée que ce programme sait lire (PEM ou DER, PKCS#1 ou PKCS#8, RSA ou Ed25519 ; une clé chiffrée doit d'abord être déchiffrée)",
    "the private key is neither RSA nor Ed25519": "la clé privée n'est ni RSA ni Ed25519",
    "cannot read %1: %2": "impossible de lire %1 : %2",
    "%1 is too large to be a private key": "%1 est trop volumineux pour être une clé privée",
    "the selector's key is revoked (empty p=): nothing to match": "la clé du sélecteur est révoquée (p= vide) : rien à comparer",
    "the published key cannot be read: %1": "la clé publiée ne peut pas être lue : %1",
    "the private key matches the published %1 key (%2)": "la clé privée correspond à la clé %1 publiée (%2)",
    "the private key is %1, the published key is %2": "la clé privée est %1, la clé publiée est %2",
    "the private key's public half is not the published key (fingerprints differ)": "la partie publique de la clé privée n'est pas la clé publiée (les empreintes diffèrent)",
}

FR["DkimSelectorDiscovery"] = {
    "%1 selectors were tried. DNS cannot list a domain's DKIM selectors, so a selector that is not on the list and not named (or seen in a message you gave) stays unknown: finding none does not prove there is none.": "%1 sélecteurs ont été essayés. Le DNS ne permet pas de lister les sélecteurs DKIM d'un domaine : un sélecteur absent de la liste et non indiqué (ou vu dans un message fourni) reste inconnu. N'en trouver aucun ne prouve pas qu'il n'y en a pas.",
}

FR["DkimSelectorInspector"] = {
    "The query for %1 TXT failed (%2). Whether a key is published there is unknown.": "La requête %1 TXT a échoué (%2). On ne sait pas si une clé y est publiée.",
    "%1 is a CNAME to %2, where %3.": "%1 est un CNAME vers %2, où %3.",
    "the name does not exist (NXDOMAIN)": "le nom n'existe pas (NXDOMAIN)",
    "no DKIM key record is published": "aucun enregistrement de clé DKIM n'est publié",
    "No key at %1 (%2).": "Aucune clé en %1 (%2).",
    "%1 holds %2 TXT records; a verifier may use any of them.": "%1 contient %2 enregistrements TXT ; un vérificateur peut utiliser n'importe lequel.",
}

FR["DkimSelectorModel"] = {
    "OK": "OK",
    "DNS error": "Erreur DNS",
    "dangling CNAME": "CNAME orphelin",
    "no key": "aucune clé",
    "revoked": "révoquée",
    "found": "trouvée",
    "common list": "liste courante",
    "added": "ajouté",
    "message %1": "message %1",
    "DMARC reports": "rapports DMARC",
    "Selector": "Sélecteur",
    "Status": "État",
    "Key": "Clé",
    "Bits": "Bits",
    "Flags": "Indicateurs",
    "Severity": "Gravité",
    "Source": "Source",
}

FR["DkimSignatureModel"] = {
    "unsigned": "non signé",
    "the message has no DKIM-Signature header": "le message n'a pas d'en-tête DKIM-Signature",
    "Message": "Message",
    "Result": "Résultat",
    "d=": "d=",
    "s=": "s=",
    "Algorithm": "Algorithme",
    "Alignment with From": "Alignement avec From",
    "Reason": "Motif",
}

FR["DkimTab"] = {
    "Audit a domain to look for its DKIM selectors, or drop .eml/.mbox files here.": "Auditez un domaine pour rechercher ses sélecteurs DKIM, ou déposez ici des fichiers .eml/.mbox.",
    "selector, e.g. s2024 (Enter adds it)": "sélecteur, p. ex. s2024 (Entrée pour l'ajouter)",
    "Add selector": "Ajouter le sélecteur",
    "Check private key…": "Vérifier la clé privée…",
    "Confirm that a private key file matches the key published at the selected selector": "Confirmer qu'un fichier de clé privée correspond à la clé publiée sous le sélecteur choisi",
    "Generate new key…": "Générer une nouvelle clé…",
    "Signatures of dropped messages (drop .eml or .mbox files anywhere on this tab):": "Signatures des messages déposés (déposez des fichiers .eml ou .mbox n'importe où dans cet onglet) :",
    "Looking for DKIM selectors of %1…": "Recherche des sélecteurs DKIM de %1…",
    "DKIM: asking %1 selectors of %2": "DKIM : interrogation de %1 sélecteurs de %2",
    "%1: no DKIM key found at the %2 selectors tried — which does not prove there is none.": "%1 : aucune clé DKIM trouvée sous les %2 sélecteurs essayés — ce qui ne prouve pas qu'il n'y en a pas.",
    "%1: %n usable DKIM key(s)": ("%1 : %n clé DKIM utilisable", "%1 : %n clés DKIM utilisables"),
    " at %n selector(s) found": (" sur %n sélecteur trouvé", " sur %n sélecteurs trouvés"),
    " — worst finding: %1": " — constat le plus grave : %1",
    " — no problems found": " — aucun problème trouvé",
    "<p>Select a selector to see its key record, every tag explained, the key's fingerprint and where a CNAME leads.</p>": "<p>Choisissez un sélecteur pour voir son enregistrement de clé, chaque balise expliquée, l'empreinte de la clé et la cible d'un éventuel CNAME.</p>",
    "<p>CNAME → <span style='font-family:%1'>%2</span>%3</p>": "<p>CNAME → <span style='font-family:%1'>%2</span>%3</p>",
    " <b>(dangling: the target holds no key)</b>": " <b>(orphelin : la cible ne contient aucune clé)</b>",
    "<p><b>DNS error:</b> %1. Whether a key is published here is unknown.</p>": "<p><b>Erreur DNS :</b> %1. On ne sait pas si une clé est publiée ici.</p>",
    "<p>No key record here (%1).</p>": "<p>Aucun enregistrement de clé ici (%1).</p>",
    "Record as published (strings of at most 255 bytes):": "Enregistrement tel que publié (chaînes d'au plus 255 octets) :",
    "<p><b>Key:</b> %1, %2 bits%3, %4<br/><b>Fingerprint:</b> <span style='font-family:%5'>%6</span></p>": "<p><b>Clé :</b> %1, %2 bits%3, %4<br/><b>Empreinte :</b> <span style='font-family:%5'>%6</span></p>",
    ", exponent %1": ", exposant %1",
    "<p><b>The key cannot be read:</b> %1</p>": "<p><b>La clé ne peut pas être lue :</b> %1</p>",
    "Audit a domain first, then add its selectors.": "Auditez d'abord un domaine, puis ajoutez ses sélecteurs.",
    "'%1' cannot be a selector of %2.": "« %1 » ne peut pas être un sélecteur de %2.",
    "no DKIM signature": "aucune signature DKIM",
    "DKIM for DMARC: a signature aligned with From %1 passes": "DKIM pour DMARC : une signature alignée sur le From %1 est valide",
    "DKIM for DMARC: no passing signature aligned with From %1": "DKIM pour DMARC : aucune signature valide alignée sur le From %1",
    "DKIM: %n message(s) verified": ("DKIM : %n message vérifié", "DKIM : %n messages vérifiés"),
    "DKIM": "DKIM",
}

FR["DkimTagExplainer"] = {
    "Version: this is a DKIM key record (DKIM1). It must be the first tag.": "Version : c'est un enregistrement de clé DKIM (DKIM1). Ce doit être la première balise.",
    "Version %1 is unknown: verifiers ignore the record (only DKIM1 exists).": "La version %1 est inconnue : les vérificateurs ignorent l'enregistrement (seule DKIM1 existe).",
    "Key type RSA (the default): signatures use rsa-sha256.": "Type de clé RSA (par défaut) : les signatures utilisent rsa-sha256.",
    "Key type Ed25519 (RFC 8463): signatures use ed25519-sha256; the key is 32 raw bytes. Not every receiver verifies it yet.": "Type de clé Ed25519 (RFC 8463) : les signatures utilisent ed25519-sha256 ; la clé fait 32 octets bruts. Tous les destinataires ne la vérifient pas encore.",
    "Key type %1 is unknown: verifiers ignore the record.": "Le type de clé %1 est inconnu : les vérificateurs ignorent l'enregistrement.",
    "Hash algorithms allowed with this key: %1. Without h=, every hash is allowed; sha1 must no longer be used (RFC 8301).": "Algorithmes de hachage autorisés avec cette clé : %1. Sans h=, tous les hachages sont autorisés ; sha1 ne doit plus être utilisé (RFC 8301).",
    "Public key: empty, so the key is revoked and every signature naming this selector fails.": "Clé publique : vide, donc la clé est révoquée et toute signature désignant ce sélecteur échoue.",
    "Public key, base64 (%1 characters). Verifiers check signatures with it.": "Clé publique, en base64 (%1 caractères). Les vérificateurs contrôlent les signatures avec elle.",
    "Notes for people; ignored by verifiers.": "Notes destinées aux humains ; ignorées par les vérificateurs.",
    "Service types the key may be used for: %1 (email or * for mail).": "Types de service pour lesquels la clé peut servir : %1 (email ou * pour le courrier).",
    "y: testing mode, receivers may treat signed mail as unsigned": "y : mode test, les destinataires peuvent traiter le courrier signé comme non signé",
    "s: the signing identity i= may not be a subdomain of d=": "s : l'identité de signature i= ne peut pas être un sous-domaine de d=",
    "%1: unknown flag, ignored": "%1 : indicateur inconnu, ignoré",
    "Flags: %1.": "Indicateurs : %1.",
    "Granularity %1 from DomainKeys (RFC 4870): ignored by DKIM verifiers, may be enforced by very old ones.": "Granularité %1 issue de DomainKeys (RFC 4870) : ignorée par les vérificateurs DKIM, peut être appliquée par de très anciens.",
    "Unknown tag: ignored by verifiers.": "Balise inconnue : ignorée par les vérificateurs.",
}

FR["DkimVerifier"] = {
    "malformed signature: %1": "signature malformée : %1",
    "l=%1 of a canonical body of %2 bytes.": "l=%1 sur un corps canonique de %2 octets.",
    "The signature uses a=rsa-sha1, which RFC 8301 forbids.": "La signature utilise a=rsa-sha1, que RFC 8301 interdit.",
    "The key at %1 could not be read (%2).": "La clé en %1 n'a pas pu être lue (%2).",
    "the key could not be fetched: %1": "la clé n'a pas pu être récupérée : %1",
    "No key record at %1 (%2).": "Aucun enregistrement de clé en %1 (%2).",
    "no key published at %1": "aucune clé publiée en %1",
    "The signature names %1, whose key is revoked.": "La signature désigne %1, dont la clé est révoquée.",
    "the key at %1 is revoked (empty p=)": "la clé en %1 est révoquée (p= vide)",
    "the key record is unusable: %1": "l'enregistrement de clé est inutilisable : %1",
    "the signature uses %1 but the key is k=%2": "la signature utilise %1 mais la clé est k=%2",
    "the key's h=%1 does not allow %2": "le h=%1 de la clé n'autorise pas %2",
    "the key has t=s but i=%1 is a subdomain of d=%2": "la clé a t=s mais i=%1 est un sous-domaine de d=%2",
    "the public key cannot be read: %1": "la clé publique ne peut pas être lue : %1",
    "%1-bit key.": "Clé de %1 bits.",
    "the key is %1 bits; RFC 8301 forbids accepting keys under 1024 bits": "la clé fait %1 bits ; RFC 8301 interdit d'accepter des clés de moins de 1024 bits",
    "l=%1 is longer than the body: the body was cut": "l=%1 est plus long que le corps : le corps a été tronqué",
    "bh=%1 was signed; the body now hashes to %2.": "bh=%1 a été signé ; le hachage du corps donne maintenant %2.",
    "the body hash did not match: the body changed after signing": "le hachage du corps ne correspond pas : le corps a changé après la signature",
    "the body hash matches but the signature does not verify with the published key (a signed header changed, or the key does not match the signer's)": "le hachage du corps correspond mais la signature n'est pas vérifiée par la clé publiée (un en-tête signé a changé, ou la clé ne correspond pas à celle du signataire)",
    "x=%1 (%2) is in the past.": "x=%1 (%2) est dans le passé.",
    "the signature verifies but expired at %1": "la signature est vérifiée mais a expiré le %1",
    "the signature verifies but uses rsa-sha1, which verifiers must not accept (RFC 8301)": "la signature est vérifiée mais utilise rsa-sha1, que les vérificateurs ne doivent pas accepter (RFC 8301)",
    "the signature verifies with the %1 key at %2": "la signature est vérifiée avec la clé %1 en %2",
    " (the key is in testing mode, t=y)": " (la clé est en mode test, t=y)",
    "From is %1; signatures: %2.": "From est %1 ; signatures : %2.",
}

FR["Dmarc"] = {
    "delivered as if there were no DMARC (only reported)": "distribué comme s'il n'y avait pas de DMARC (seulement signalé)",
    "treated as suspicious (usually put in the spam folder)": "traité comme suspect (généralement placé dans le dossier spam)",
    "refused during delivery": "refusé lors de la remise",
}

FR["DmarcCheck"] = {
    "The tree walk stopped at %1 TXT, above the record that applies: %2. The organizational domain may lie higher than shown. %3": "Le parcours de l'arborescence s'est arrêté à %1 TXT, au-dessus de l'enregistrement qui s'applique : %2. Le domaine organisationnel peut se trouver plus haut qu'indiqué. %3",
    "The query %1 TXT failed: %2. %3": "La requête %1 TXT a échoué : %2. %3",
    "The RFC 7489 query %1 TXT failed: %2.": "La requête RFC 7489 %1 TXT a échoué : %2.",
    "%1 has %2 DMARC records. RFC 7489 receivers apply no DMARC when this is the From domain's or organizational domain's name; RFC 9989 receivers discard them and continue the tree walk%3.": "%1 a %2 enregistrements DMARC. Les destinataires RFC 7489 n'appliquent pas DMARC quand c'est le nom du domaine From ou du domaine organisationnel ; les destinataires RFC 9989 les écartent et poursuivent le parcours de l'arborescence%3.",
    " (here to %1)": " (ici jusqu'à %1)",
    ", which finds nothing above": ", qui ne trouve rien au-dessus",
    "%1 answers with an SPF record, most likely through a wildcard TXT record (*.%2); receivers ignore it as not DMARC.": "%1 répond avec un enregistrement SPF, très probablement via un enregistrement TXT générique (*.%2) ; les destinataires l'ignorent car ce n'est pas du DMARC.",
    "%1 is a CNAME to %2, which holds an SPF record; receivers ignore it as not DMARC.": "%1 est un CNAME vers %2, qui contient un enregistrement SPF ; les destinataires l'ignorent car ce n'est pas du DMARC.",
    "%1 itself has the TXT record \"%2\"; receivers never read it there.": "%1 lui-même a l'enregistrement TXT « %2 » ; les destinataires ne le lisent jamais à cet endroit.",
    "No DMARC record applies to %1. %2.": "Aucun enregistrement DMARC ne s'applique à %1. %2.",
    " The TXT record at %1 looks like DMARC but is discarded: %2.": " L'enregistrement TXT en %1 ressemble à du DMARC mais est écarté : %2.",
    "%1%2: %3 — %4.": "%1%2 : %3 — %4.",
    "(in _dmarc.%1)": "(dans _dmarc.%1)",
    "_dmarc.%1 says p=none: mail that fails DMARC, forged mail included, is delivered.": "_dmarc.%1 indique p=none : le courrier en échec DMARC, y compris le courrier usurpé, est distribué.",
    "sp=%1 for existing subdomains": "sp=%1 pour les sous-domaines existants",
    "np%1=%2 for non-existent subdomains": "np%1=%2 pour les sous-domaines inexistants",
    " (from sp)": " (d'après sp)",
    "p=%1, but %2.": "p=%1, mais %2.",
    " and ": " et ",
    "t=y has no effect while the policy that applies is none.": "t=y n'a aucun effet tant que la politique qui s'applique est none.",
    "t=y: RFC 9989 receivers apply %1 instead of %2; RFC 7489 receivers ignore t and apply %2.": "t=y : les destinataires RFC 9989 appliquent %1 au lieu de %2 ; les destinataires RFC 7489 ignorent t et appliquent %2.",
    "pct=%1: RFC 7489 receivers apply %2 to %1% of failing mail and %3 to the rest; RFC 9989 receivers apply %2 to all of it.": "pct=%1 : les destinataires RFC 7489 appliquent %2 à %1 % du courrier en échec et %3 au reste ; les destinataires RFC 9989 appliquent %2 à la totalité.",
    "_dmarc.%1 has no rua tag.": "_dmarc.%1 n'a pas de balise rua.",
    "_dmarc.%1 has rua, but none of its addresses is usable.": "_dmarc.%1 a une balise rua, mais aucune de ses adresses n'est utilisable.",
    "Checking the %1 destination %2 failed: %3.": "La vérification de la destination %1 %2 a échoué : %3.",
    "%1 sends %2 reports to %3, outside %4, but %5 has no v=DMARC1 record: receivers send nothing there.": "%1 envoie les rapports %2 à %3, hors de %4, mais %5 n'a pas d'enregistrement v=DMARC1 : les destinataires n'y envoient rien.",
    "aggregate": "agrégés",
    "failure": "d'échec",
    "%1 publishes a null MX (RFC 7505): reports to %2 are refused.": "%1 publie un MX nul (RFC 7505) : les rapports vers %2 sont refusés.",
    "%1 has no MX record: reports to %2 cannot be delivered (some senders fall back to its address record; many report generators do not).": "%1 n'a pas d'enregistrement MX : les rapports vers %2 ne peuvent pas être remis (certains expéditeurs se rabattent sur son enregistrement d'adresse ; beaucoup de générateurs de rapports non).",
    "%1 has no record of its own; %2 applies (%3). %4": "%1 n'a pas d'enregistrement propre ; %2 s'applique (%3). %4",
    "For mail from %1, RFC 9989 receivers apply %2 (%3), RFC 7489 receivers apply %4 (%5).": "Pour le courrier de %1, les destinataires RFC 9989 appliquent %2 (%3), les destinataires RFC 7489 appliquent %4 (%5).",
    "RFC 9989: %1": "RFC 9989 : %1",
    "RFC 7489: %1": "RFC 7489 : %1",
    "RFC 9989 tree walk: %1 (%2). RFC 7489 Public Suffix List: %3.": "Parcours de l'arborescence RFC 9989 : %1 (%2). Public Suffix List RFC 7489 : %3.",
}

FR["DmarcDestinationChecker"] = {
    "not usable: %1": "inutilisable : %1",
    "inside the organizational domain: no authorization needed": "dans le domaine organisationnel : aucune autorisation nécessaire",
    "external; %1 authorizes reports for %2": "externe ; %1 autorise les rapports pour %2",
    "external; the authorization query %1 failed (%2)": "externe ; la requête d'autorisation %1 a échoué (%2)",
    "external and not authorized: %1 has no v=DMARC1 TXT record, so receivers send nothing there": "externe et non autorisée : %1 n'a pas d'enregistrement TXT v=DMARC1, donc les destinataires n'y envoient rien",
    "the MX query failed (%1)": "la requête MX a échoué (%1)",
    "%1 publishes a null MX: it takes no mail": "%1 publie un MX nul : il n'accepte aucun courrier",
    "%1 has no MX record": "%1 n'a pas d'enregistrement MX",
}

FR["DmarcDiscovery"] = {
    "the query for %1 failed (%2); the tree walk cannot go on": "la requête pour %1 a échoué (%2) ; le parcours de l'arborescence ne peut pas continuer",
    "published at %1": "publié en %1",
    "inherited: the tree walk found it at %1 (query %2 of the walk)": "hérité : le parcours de l'arborescence l'a trouvé en %1 (requête %2 du parcours)",
    "; the several records at %1 were discarded": " ; les différents enregistrements en %1 ont été écartés",
    "several records at %1 were discarded and no other name on the walk has one (asked: %2)": "plusieurs enregistrements en %1 ont été écartés et aucun autre nom du parcours n'en a (noms interrogés : %2)",
    "no DMARC record at any name of the tree walk (asked: %1)": "aucun enregistrement DMARC sur aucun nom du parcours de l'arborescence (noms interrogés : %1)",
    "the record at %1 says psd=n": "l'enregistrement en %1 indique psd=n",
    "the record at %1 says psd=y (a public suffix domain): the organizational domain is one label below it": "l'enregistrement en %1 indique psd=y (un domaine de suffixe public) : le domaine organisationnel est un niveau en dessous",
    "the record with the fewest labels on the tree walk is at %1": "l'enregistrement ayant le moins de labels sur le parcours de l'arborescence est en %1",
    "no record on the tree walk: the From domain is its own organizational domain": "aucun enregistrement sur le parcours de l'arborescence : le domaine From est son propre domaine organisationnel",
    "the query for %1 failed (%2)": "la requête pour %1 a échoué (%2)",
    "several DMARC records at %1: RFC 7489 receivers apply no DMARC": "plusieurs enregistrements DMARC en %1 : les destinataires RFC 7489 n'appliquent pas DMARC",
    "inherited from the organizational domain (Public Suffix List): %1": "hérité du domaine organisationnel (Public Suffix List) : %1",
    "no DMARC record at %1": "aucun enregistrement DMARC en %1",
    " or ": " ou ",
}

FR["DmarcExplainer"] = {
    "Default: %1": "Par défaut : %1",
    "Not set: subdomains get p=%1.": "Non défini : les sous-domaines reçoivent p=%1.",
    "Not set: non-existent subdomains get sp (or p).": "Non défini : les sous-domaines inexistants reçoivent sp (ou p).",
    "Not set: nobody receives aggregate reports.": "Non défini : personne ne reçoit de rapports agrégés.",
    "Not set: no failure reports (usual; few receivers send them).": "Non défini : pas de rapports d'échec (habituel ; peu de destinataires en envoient).",
    "Not set: the default applies.": "Non défini : la valeur par défaut s'applique.",
    "unknown": "inconnu",
    "Unknown: the DMARC record of %1 could not be read because DNS failed.": "Inconnu : l'enregistrement DMARC de %1 n'a pas pu être lu à cause d'un échec DNS.",
    "Not protected: no DMARC policy applies to mail from %1.": "Non protégé : aucune politique DMARC ne s'applique au courrier de %1.",
    "Protected: mail from %1 that fails DMARC is refused.": "Protégé : le courrier de %1 en échec DMARC est refusé.",
    "Monitoring only: mail from %1 that fails DMARC is still delivered.": "Surveillance seulement : le courrier de %1 en échec DMARC est tout de même distribué.",
    "Partly protected: mail from %1 that fails DMARC goes to spam, it is not refused.": "Partiellement protégé : le courrier de %1 en échec DMARC va dans le spam, il n'est pas refusé.",
    "Partly protected: receivers disagree; some %1 failing mail from %2, others only %3 it.": "Partiellement protégé : les destinataires divergent ; certains appliquent %1 au courrier en échec de %2, d'autres seulement %3.",
    "refuse": "le rejet",
    "quarantine": "la quarantaine",
    "report": "le signalement",
    "The DNS queries for the DMARC record failed, so Mailsight cannot tell what receivers do. This is not the same as having no record: receivers in the same situation usually try again later.": "Les requêtes DNS pour l'enregistrement DMARC ont échoué : Mailsight ne peut donc pas dire ce que font les destinataires. Ce n'est pas la même chose que l'absence d'enregistrement : les destinataires dans la même situation réessaient généralement plus tard.",
    "Several DMARC records are published where one is expected; receivers discard them all.": "Plusieurs enregistrements DMARC sont publiés là où un seul est attendu ; les destinataires les écartent tous.",
    "No DMARC record covers %1, so receivers apply no policy: anyone can send mail that claims to come from it and it will be judged on spam filters alone. Nobody receives reports about it.": "Aucun enregistrement DMARC ne couvre %1, donc les destinataires n'appliquent aucune politique : n'importe qui peut envoyer du courrier prétendant en provenir, et il ne sera jugé que par les filtres antispam. Personne ne reçoit de rapports à ce sujet.",
    "%1 has no DMARC record of its own; the record of %2 applies.": "%1 n'a pas d'enregistrement DMARC propre ; l'enregistrement de %2 s'applique.",
    "Mail that claims to come from %1 and fails DMARC (neither an aligned SPF pass nor an aligned DKIM signature) is %2.": "Le courrier qui prétend provenir de %1 et échoue à DMARC (ni SPF valide et aligné, ni signature DKIM alignée) est %2.",
    "The record is in testing mode (t=y): RFC 9989 receivers apply one level less than it says, RFC 7489 receivers apply it in full.": "L'enregistrement est en mode test (t=y) : les destinataires RFC 9989 appliquent un niveau de moins que ce qu'il indique, les destinataires RFC 7489 l'appliquent entièrement.",
    "Receivers disagree: under RFC 9989 it is %1, under RFC 7489 it is %2.": "Les destinataires divergent : selon RFC 9989 il est %1, selon RFC 7489 il est %2.",
    "Its subdomains get %1; names under it that do not exist get %2.": "Ses sous-domaines reçoivent %1 ; les noms inexistants en dessous reçoivent %2.",
    "No aggregate reports are delivered anywhere, so nobody sees who sends mail as this domain.": "Aucun rapport agrégé n'est remis nulle part : personne ne voit qui envoie du courrier au nom de ce domaine.",
    "Daily aggregate reports go to %1.": "Les rapports agrégés quotidiens sont envoyés à %1.",
    "Risky: %1.": "Risques : %1.",
    "strict: a DKIM signature aligns only if d=%1 exactly (d=mail.%2 does not)": "strict : une signature DKIM n'est alignée que si d=%1 exactement (d=mail.%2 ne l'est pas)",
    "relaxed: a DKIM signature aligns if its d= is in %1 (d=%1 or d=mail.%1 both align with From: %2)": "souple : une signature DKIM est alignée si son d= est dans %1 (d=%1 comme d=mail.%1 sont alignés avec From: %2)",
    "strict: SPF aligns only if the envelope sender (Return-Path) domain is exactly %1": "strict : SPF n'est aligné que si le domaine de l'expéditeur d'enveloppe (Return-Path) est exactement %1",
    "relaxed: SPF aligns if the envelope sender domain is in %1 (bounce.%1 aligns with From: %2)": "souple : SPF est aligné si le domaine de l'expéditeur d'enveloppe est dans %1 (bounce.%1 est aligné avec From: %2)",
    "Publish p=none with aggregate reports": "Publier p=none avec des rapports agrégés",
    "Nothing yet; this step only collects reports. Keep it for 2-4 weeks.": "Rien pour l'instant ; cette étape ne fait que collecter des rapports. Gardez-la 2 à 4 semaines.",
    "Quarantine failing mail": "Mettre en quarantaine le courrier en échec",
    "In the reports, every legitimate source (your servers, newsletter and CRM services, ticketing, invoicing) passes with aligned SPF or DKIM; what still fails is forged or forwarded mail. Adding t=y first softens the step for RFC 9989 receivers only.": "Dans les rapports, chaque source légitime (vos serveurs, services de newsletter et de CRM, ticketing, facturation) passe avec SPF ou DKIM aligné ; ce qui échoue encore est du courrier usurpé ou transféré. Ajouter d'abord t=y adoucit l'étape pour les seuls destinataires RFC 9989.",
    "Reject failing mail": "Rejeter le courrier en échec",
    "After 2-4 weeks of quarantine, no legitimate mail shows up as failing (and no user reports missing mail from the spam folder); remove t=y if set.": "Après 2 à 4 semaines de quarantaine, aucun courrier légitime n'apparaît en échec (et aucun utilisateur ne signale de courrier manquant dans le dossier spam) ; retirez t=y s'il est présent.",
    "Protect every subdomain": "Protéger tous les sous-domaines",
    "Subdomains that send mail appear in the reports and pass; then nothing under the domain can be forged.": "Les sous-domaines qui envoient du courrier apparaissent dans les rapports et passent ; plus rien sous le domaine ne peut alors être usurpé.",
    "Add aggregate reports (rua) to p=none": "Ajouter des rapports agrégés (rua) à p=none",
    "Gmail, Yahoo (2024)": "Gmail, Yahoo (2024)",
    "Gmail, Yahoo (2024); Outlook.com (2025)": "Gmail, Yahoo (2024) ; Outlook.com (2025)",
    "SPF or DKIM for every sender": "SPF ou DKIM pour chaque expéditeur",
    "%1 publishes an SPF record.": "%1 publie un enregistrement SPF.",
    "%1 publishes no SPF record; DKIM cannot be seen from DNS without knowing the selectors.": "%1 ne publie pas d'enregistrement SPF ; DKIM ne peut pas être vu depuis le DNS sans connaître les sélecteurs.",
    "SPF and DKIM for bulk senders (5,000+ a day)": "SPF et DKIM pour les expéditeurs en masse (plus de 5 000 par jour)",
    "SPF is published; whether mail is DKIM-signed cannot be seen from DNS (use the DKIM tab with your selectors).": "SPF est publié ; on ne peut pas voir depuis le DNS si le courrier est signé DKIM (utilisez l'onglet DKIM avec vos sélecteurs).",
    "%1 publishes no SPF record.": "%1 ne publie pas d'enregistrement SPF.",
    "A DMARC record, at least p=none (bulk senders)": "Un enregistrement DMARC, au moins p=none (expéditeurs en masse)",
    "Policy %1 from _dmarc.%2.": "Politique %1 issue de _dmarc.%2.",
    "DNS failed; the record could not be read.": "Échec DNS ; l'enregistrement n'a pas pu être lu.",
    "No DMARC record applies.": "Aucun enregistrement DMARC ne s'applique.",
    "From domain aligned with SPF or DKIM": "Domaine From aligné avec SPF ou DKIM",
    "Possible: an envelope sender in %1 passes SPF with %2 alignment; actual alignment shows in the aggregate reports.": "Possible : un expéditeur d'enveloppe dans %1 passe SPF avec un alignement %2 ; l'alignement réel apparaît dans les rapports agrégés.",
    "strict": "strict",
    "relaxed": "souple",
    "Depends on the envelope sender and DKIM d= of real mail; the aggregate reports show it.": "Dépend de l'expéditeur d'enveloppe et du d= DKIM du courrier réel ; les rapports agrégés le montrent.",
    "Aggregate reports to watch alignment (recommended)": "Rapports agrégés pour surveiller l'alignement (recommandé)",
    "Outlook.com (2025), M3AAWG": "Outlook.com (2025), M3AAWG",
    "rua is set and at least one destination can receive reports.": "rua est défini et au moins une destination peut recevoir les rapports.",
    "rua is set, but no destination will receive reports (not authorized or no MX).": "rua est défini, mais aucune destination ne recevra de rapports (non autorisée ou sans MX).",
    "No valid rua address.": "Aucune adresse rua valide.",
    "One-click unsubscribe, spam rate below 0.3%, forward and reverse DNS of sending IPs, TLS": "Désabonnement en un clic, taux de spam sous 0,3 %, DNS direct et inverse des IP d'envoi, TLS",
    "Cannot be seen from the domain's DNS.": "Impossible à voir depuis le DNS du domaine.",
}

FR["DmarcPolicyResolver"] = {
    "%1 does not exist (NXDOMAIN), so np=%2 from %3 applies": "%1 n'existe pas (NXDOMAIN), donc np=%2 de %3 s'applique",
    "%1 is below %2, so sp=%3 applies": "%1 est sous %2, donc sp=%3 s'applique",
    "(the name does not exist, but the record has no np)": "(le nom n'existe pas, mais l'enregistrement n'a pas de np)",
    "the record at %1 says p=%2": "l'enregistrement en %1 indique p=%2",
    "%1 is below %2, which sets no sp, so p=%3 applies": "%1 est sous %2, qui ne définit pas de sp, donc p=%3 s'applique",
    "the record at %1 has no valid p, which RFC 9989 reads as p=none": "l'enregistrement en %1 n'a pas de p valide, ce que RFC 9989 interprète comme p=none",
    "t=y (testing) lowers it one level to %1": "t=y (test) l'abaisse d'un niveau, à %1",
    "pct=%1 is ignored (removed by RFC 9989)": "pct=%1 est ignoré (supprimé par RFC 9989)",
    "%1: failing mail is %2.": "%1 : le courrier en échec est %2.",
    "The record at %1 has %2 and no valid rua address, so RFC 7489 receivers apply no DMARC at all: failing mail is delivered.": "L'enregistrement en %1 a %2 et aucune adresse rua valide, donc les destinataires RFC 7489 n'appliquent pas du tout DMARC : le courrier en échec est distribué.",
    "no valid p": "aucun p valide",
    "an invalid sp": "un sp invalide",
    "The record at %1 has %2; because rua holds a valid address RFC 7489 receivers act as if p=none: failing mail is %3.": "L'enregistrement en %1 a %2 ; comme rua contient une adresse valide, les destinataires RFC 7489 agissent comme si p=none : le courrier en échec est %3.",
    "%1 is below the organizational domain %2, so sp=%3 applies": "%1 est sous le domaine organisationnel %2, donc sp=%3 s'applique",
    "%1 is below the organizational domain %2, which sets no sp, so p=%3 applies": "%1 est sous le domaine organisationnel %2, qui ne définit pas de sp, donc p=%3 s'applique",
    "np is not part of RFC 7489 and is ignored": "np ne fait pas partie de RFC 7489 et est ignoré",
    "t is not part of RFC 7489 and is ignored": "t ne fait pas partie de RFC 7489 et est ignoré",
    "pct=0: no message is sampled, so every failing message gets %1": "pct=0 : aucun message n'est échantillonné, donc chaque message en échec reçoit %1",
    "pct=%1: %1% of failing messages get %2, the other %3% get %4": "pct=%1 : %1 % des messages en échec reçoivent %2, les %3 % restants reçoivent %4",
    " (Shown: what most failing messages get.)": " (Affiché : ce que reçoivent la plupart des messages en échec.)",
}

FR["DmarcRecordParser"] = {
    "%1 has an empty entry (a comma at the end or two commas in a row)": "%1 a une entrée vide (une virgule finale ou deux virgules consécutives)",
    "receivers skip the empty entry": "les destinataires ignorent l'entrée vide",
    "%1 destination \"%2\": %3": "%1, destination « %2 » : %3",
    "receivers skip this destination; no %1 reports are sent to it": "les destinataires ignorent cette destination ; les rapports %1 n'y sont pas envoyés",
    "aggregate": "agrégés",
    "failure": "d'échec",
    "\"!%1\" is not a size limit (digits with an optional k, m, g or t); a literal '!' must be written %21": "« !%1 » n'est pas une limite de taille (des chiffres suivis éventuellement de k, m, g ou t) ; un « ! » littéral doit s'écrire %21",
    "%1 destination \"%2\" carries the size limit \"!%3\", which RFC 9990 no longer defines": "%1, la destination « %2 » porte la limite de taille « !%3 », que RFC 9990 ne définit plus",
    "RFC 7489 receivers skip reports larger than %1 for this destination; RFC 9989/9990 receivers ignore the suffix": "les destinataires RFC 7489 n'envoient pas à cette destination les rapports de plus de %1 ; les destinataires RFC 9989/9990 ignorent le suffixe",
    "it has no URI scheme; write it as mailto:%1": "elle n'a pas de schéma d'URI ; écrivez-la mailto:%1",
    "only mailto: destinations are used (RFC 9990 §3.2.1, RFC 9991); \"%1:\" is not": "seules les destinations mailto: sont utilisées (RFC 9990 §3.2.1, RFC 9991) ; « %1: » ne l'est pas",
    "the address contains white space": "l'adresse contient des espaces",
    "\"%1\" is not an email address (local-part@domain)": "« %1 » n'est pas une adresse e-mail (partie-locale@domaine)",
    "the domain of \"%1\" is not valid: %2": "le domaine de « %1 » n'est pas valide : %2",
    "it has a single label": "il n'a qu'un seul label",
    "\"%1\" is not a tag=value pair": "« %1 » n'est pas une paire balise=valeur",
    "receivers ignore it": "les destinataires l'ignorent",
    "\"%1\" is not a valid tag name": "« %1 » n'est pas un nom de balise valide",
    "receivers ignore the tag": "les destinataires ignorent la balise",
    "the record has an empty tag (\";;\" or \"; ;\")": "l'enregistrement a une balise vide (« ;; » ou « ; ; »)",
    "receivers skip it": "les destinataires l'ignorent",
    "receivers discard the record: the domain is treated as having no DMARC record": "les destinataires écartent l'enregistrement : le domaine est traité comme n'ayant pas d'enregistrement DMARC",
    "v=DMARC1 must be the first tag; here it is tag %1": "v=DMARC1 doit être la première balise ; ici c'est la balise %1",
    "the record has no v=DMARC1 tag": "l'enregistrement n'a pas de balise v=DMARC1",
    "the version tag is written \"%1\"; it must be a lower-case \"v\"": "la balise de version est écrite « %1 » ; ce doit être un « v » minuscule",
    "v=%1 must be written exactly \"DMARC1\" (upper case)": "v=%1 doit s'écrire exactement « DMARC1 » (en majuscules)",
    "v=%1 is not a DMARC version; the only version is DMARC1": "v=%1 n'est pas une version de DMARC ; la seule version est DMARC1",
    "the record must start with v=DMARC1; here \"%1\" stands before it": "l'enregistrement doit commencer par v=DMARC1 ; ici « %1 » le précède",
    "the record starts with white space before v=DMARC1": "l'enregistrement commence par des espaces avant v=DMARC1",
    "most receivers accept it; strict ones discard records that do not start with \"v=DMARC1\"": "la plupart des destinataires l'acceptent ; les plus stricts écartent les enregistrements qui ne commencent pas par « v=DMARC1 »",
    "the tag %1 appears more than once (\"%1=%2\" repeats it)": "la balise %1 apparaît plusieurs fois (« %1=%2 » la répète)",
    "the tag-list rules (RFC 6376 §3.2) make the whole record invalid; receivers differ: some discard the record, most keep the first value, some the last. Mailsight reads the first": "les règles des listes de balises (RFC 6376 §3.2) rendent tout l'enregistrement invalide ; les destinataires divergent : certains écartent l'enregistrement, la plupart gardent la première valeur, certains la dernière. Mailsight lit la première",
    "the tag name \"%1\" is not lower case": "le nom de balise « %1 » n'est pas en minuscules",
    "tag names are case-sensitive in the tag-value syntax (RFC 6376 §3.2); most receivers accept \"%1\" as \"%2\", some ignore the tag": "les noms de balise sont sensibles à la casse dans la syntaxe tag-value (RFC 6376 §3.2) ; la plupart des destinataires acceptent « %1 » comme « %2 », certains ignorent la balise",
    "%1 has no value; allowed: %2": "%1 n'a pas de valeur ; valeurs admises : %2",
    "%1=%2 is not valid; allowed: %3": "%1=%2 n'est pas valide ; valeurs admises : %3",
    "RFC 9989 receivers treat the record as p=none; RFC 7489 receivers act as if p=none when rua holds a valid address, and otherwise apply no DMARC at all": "les destinataires RFC 9989 traitent l'enregistrement comme p=none ; les destinataires RFC 7489 agissent comme si p=none quand rua contient une adresse valide, et sinon n'appliquent pas du tout DMARC",
    "RFC 9989 receivers use p for subdomains instead; RFC 7489 receivers act as if p=none when rua holds a valid address, and otherwise apply no DMARC at all": "les destinataires RFC 9989 utilisent p à la place pour les sous-domaines ; les destinataires RFC 7489 agissent comme si p=none quand rua contient une adresse valide, et sinon n'appliquent pas du tout DMARC",
    "receivers use sp (or p) for non-existent subdomains instead": "les destinataires utilisent sp (ou p) à la place pour les sous-domaines inexistants",
    "fo holds \"%1\", which is not an option (0, 1, d, s separated by ':')": "fo contient « %1 », qui n'est pas une option (0, 1, d, s séparées par « : »)",
    "receivers ignore the unknown options and use the others": "les destinataires ignorent les options inconnues et utilisent les autres",
    "%1 is empty": "%1 est vide",
    "receivers send no %1 reports": "les destinataires n'envoient pas de rapports %1",
    "RFC 7489 receivers use pct=100; RFC 9989 receivers ignore pct anyway": "les destinataires RFC 7489 utilisent pct=100 ; les destinataires RFC 9989 ignorent pct de toute façon",
    "pct=%1 was removed by RFC 9989": "pct=%1 a été supprimé par RFC 9989",
    "no effect under either reading": "aucun effet, quelle que soit la lecture",
    "RFC 7489 receivers apply the policy to %1% of failing messages and the next weaker policy to the rest; RFC 9989 receivers ignore pct and apply the policy to all of them": "les destinataires RFC 7489 appliquent la politique à %1 % des messages en échec et la politique immédiatement plus faible au reste ; les destinataires RFC 9989 ignorent pct et appliquent la politique à tous",
    "RFC 7489 receivers use rf=afrf; RFC 9989 receivers ignore rf anyway": "les destinataires RFC 7489 utilisent rf=afrf ; les destinataires RFC 9989 ignorent rf de toute façon",
    "rf was removed by RFC 9989": "rf a été supprimé par RFC 9989",
    "RFC 7489 receivers read it (afrf is the only format they know); RFC 9989 receivers ignore it: failure reports are always in the RFC 9991 format": "les destinataires RFC 7489 le lisent (afrf est le seul format qu'ils connaissent) ; les destinataires RFC 9989 l'ignorent : les rapports d'échec sont toujours au format RFC 9991",
    "RFC 7489 receivers use ri=86400 (one day); RFC 9989 receivers ignore ri anyway": "les destinataires RFC 7489 utilisent ri=86400 (un jour) ; les destinataires RFC 9989 ignorent ri de toute façon",
    "ri=%1 was removed by RFC 9989": "ri=%1 a été supprimé par RFC 9989",
    "RFC 7489 receivers may honour it (most send daily regardless); RFC 9989 receivers ignore it and send daily reports": "les destinataires RFC 7489 peuvent le respecter (la plupart envoient quand même chaque jour) ; les destinataires RFC 9989 l'ignorent et envoient des rapports quotidiens",
    " (did you mean \"%1\"?)": " (vouliez-vous dire « %1 » ?)",
    "\"%1\" is not a DMARC tag%2": "« %1 » n'est pas une balise DMARC%2",
    "the record has no p tag": "l'enregistrement n'a pas de balise p",
    "RFC 9989 receivers treat it as p=none; RFC 7489 receivers (p is required) act as if p=none when rua holds a valid address, and otherwise apply no DMARC at all": "les destinataires RFC 9989 le traitent comme p=none ; les destinataires RFC 7489 (p est obligatoire) agissent comme si p=none quand rua contient une adresse valide, et sinon n'appliquent pas du tout DMARC",
    "p is not the second tag; RFC 7489's grammar puts it right after v": "p n'est pas la deuxième balise ; la grammaire de RFC 7489 la place juste après v",
    "receivers accept any order; a few strict RFC 7489 parsers do not": "les destinataires acceptent n'importe quel ordre ; quelques analyseurs RFC 7489 stricts non",
}

FR["DmarcTab"] = {
    "Protected": "Protégé",
    "Partly protected": "Partiellement protégé",
    "Monitoring only": "Surveillance seulement",
    "Not protected": "Non protégé",
    "Unknown": "Inconnu",
    "unknown (DNS failed)": "inconnu (échec DNS)",
    "none (no DMARC)": "aucune (pas de DMARC)",
    "&Try": "&Tester",
    "Enter a domain and press Audit to read its DMARC policy.": "Saisissez un domaine et cliquez sur Auditer pour lire sa politique DMARC.",
    "a From subdomain, e.g. newsletter or billing.example.com": "un sous-domaine From, p. ex. newsletter ou billing.example.com",
    "Which policy applies to mail whose From address is in this subdomain": "Quelle politique s'applique au courrier dont l'adresse From est dans ce sous-domaine",
    "Mail &from:": "Courrier &From :",
    "DMARC": "DMARC",
    "\"%1\" is not a domain name: %2": "« %1 » n'est pas un nom de domaine : %2",
    "Showing the policy for mail From: …@%1": "Politique affichée pour le courrier From: …@%1",
    "Reading the DMARC policy for %1…": "Lecture de la politique DMARC de %1…",
    "DMARC: %1": "DMARC : %1",
    "How receivers read it": "Comment les destinataires la lisent",
    "RFC 9989 and RFC 7489 receivers agree:": "Les destinataires RFC 9989 et RFC 7489 sont d'accord :",
    "Policy applied": "Politique appliquée",
    "Record used": "Enregistrement utilisé",
    "Organizational domain": "Domaine organisationnel",
    "Public Suffix List": "Public Suffix List",
    "Why": "Pourquoi",
    "DKIM alignment: ": "Alignement DKIM : ",
    "SPF alignment: ": "Alignement SPF : ",
    "Report destinations": "Destinations des rapports",
    "None: no rua or ruf address.": "Aucune : pas d'adresse rua ni ruf.",
    "Tag": "Balise",
    "Destination": "Destination",
    "Authorized": "Autorisée",
    "Details": "Détails",
    "Yes": "Oui",
    "authorized": "autorisée",
    "not authorized": "non autorisée",
    "Roll-out, step by step": "Déploiement, étape par étape",
    "done": "fait",
    "next step": "étape suivante",
    "later": "plus tard",
    "Before this step: ": "Avant cette étape : ",
    "Bulk-sender checklist": "Liste de contrôle des expéditeurs en masse",
    "Met": "Rempli",
    "Not met": "Non rempli",
    "Cannot be seen from DNS": "Invisible depuis le DNS",
    "Findings": "Constats",
    "None.": "Aucun.",
    "Fix: ": "Correction : ",
}

FR["DmarcTagModel"] = {
    "(not set)": "(non défini)",
    "Tag": "Balise",
    "Value": "Valeur",
    "Meaning": "Signification",
    "Default if absent": "Valeur par défaut si absent",
    "Defined by": "Défini par",
    "Issue": "Problème",
}

FR["DnsName"] = {
    "the name is empty": "le nom est vide",
    "the name contains white space": "le nom contient des espaces",
    "the character '%1' is not allowed in a domain name (letters, digits, '-', '_' and '.' only)": "le caractère « %1 » n'est pas autorisé dans un nom de domaine (lettres, chiffres, « - », « _ » et « . » uniquement)",
    "\"%1\" cannot be converted to an internationalised domain name (IDNA)": "« %1 » ne peut pas être converti en nom de domaine internationalisé (IDNA)",
    "the label \"%1\" starts or ends with a hyphen": "le label « %1 » commence ou se termine par un tiret",
}

FR["DnsOutcome"] = {
    "answer": "réponse",
    "NODATA: the name exists but has no record of this type": "NODATA : le nom existe mais n'a pas d'enregistrement de ce type",
    "NXDOMAIN: the name does not exist": "NXDOMAIN : le nom n'existe pas",
    "SERVFAIL: the server could not answer (not the same as no record)": "SERVFAIL : le serveur n'a pas pu répondre (ce n'est pas une absence d'enregistrement)",
    "REFUSED: the server refused to answer": "REFUSED : le serveur a refusé de répondre",
    "timeout: no answer within the time limit (not the same as no record)": "délai dépassé : aucune réponse dans le temps imparti (ce n'est pas une absence d'enregistrement)",
    "network error: the server could not be reached": "erreur réseau : le serveur est injoignable",
    "format error: the reply was malformed or did not match the question": "erreur de format : la réponse était malformée ou ne correspondait pas à la question",
    "invalid name: not asked": "nom invalide : non interrogé",
    "cancelled": "annulée",
}

FR["DnsSession"] = {
    "cancelled": "annulée",
}

FR["Findings"] = {
    "The DMARC policy is weaker than the expectations file requires": "La politique DMARC est plus faible que ce qu'exige le fichier d'attentes",
    "The team's expectations file asks for a minimum DMARC policy (none < quarantine < reject). The policy a receiver applies for this domain is weaker, so spoofed mail is treated more leniently than agreed.": "Le fichier d'attentes de l'équipe demande une politique DMARC minimale (none < quarantine < reject). La politique qu'un destinataire applique à ce domaine est plus faible : le courrier usurpé est donc traité avec plus d'indulgence que convenu.",
    "Publish the agreed policy (p=) at _dmarc.<domain>, or change the expectation in the file through review if the weaker policy is intended.": "Publiez la politique convenue (p=) en _dmarc.<domaine>, ou modifiez l'attente dans le fichier après revue si la politique plus faible est voulue.",
    "DMARC aggregate reports are required but not requested": "Les rapports agrégés DMARC sont exigés mais pas demandés",
    "The expectations file requires an rua= report address, and the DMARC record has none (or none that is authorised). Without reports nobody sees who sends mail in the domain's name.": "Le fichier d'attentes exige une adresse de rapport rua=, et l'enregistrement DMARC n'en a pas (ou aucune autorisée). Sans rapports, personne ne voit qui envoie du courrier au nom du domaine.",
    "Add rua=mailto:<mailbox> to the DMARC record; for an external mailbox publish its authorisation record.": "Ajoutez rua=mailto:<boîte> à l'enregistrement DMARC ; pour une boîte externe, publiez son enregistrement d'autorisation.",
    "SPF needs more DNS lookups than the expectations file allows": "SPF demande plus de requêtes DNS que ne l'autorise le fichier d'attentes",
    "The team set a lookup budget below the RFC limit of 10 so that a provider adding an include does not break SPF overnight. The expanded record needs more lookups than that budget.": "L'équipe a fixé un budget de requêtes inférieur à la limite de 10 de la RFC, pour qu'un fournisseur qui ajoute un include ne casse pas SPF du jour au lendemain. L'enregistrement développé demande plus de requêtes que ce budget.",
    "Remove unused includes, replace a/mx terms with ip4/ip6 ranges, or raise the budget in the expectations file through review.": "Retirez les include inutilisés, remplacez les termes a/mx par des plages ip4/ip6, ou relevez le budget dans le fichier d'attentes après revue.",
    "SPF includes a domain the expectations file does not allow": "SPF inclut un domaine que le fichier d'attentes n'autorise pas",
    "Every include: authorises another organisation to send mail as this domain. The expectations file lists the allowed ones; this include is not among them.": "Chaque include: autorise une autre organisation à envoyer du courrier au nom de ce domaine. Le fichier d'attentes liste ceux qui sont admis ; cet include n'en fait pas partie.",
    "Remove the include, or add it to allowedIncludes in the expectations file through review.": "Retirez l'include, ou ajoutez-le à allowedIncludes dans le fichier d'attentes après revue.",
    "An expected DKIM selector publishes no key": "Un sélecteur DKIM attendu ne publie aucune clé",
    "The expectations file names the selectors the domain signs with. No DKIM key record was found at this one, so mail signed with it fails DKIM.": "Le fichier d'attentes nomme les sélecteurs avec lesquels le domaine signe. Aucun enregistrement de clé DKIM n'a été trouvé pour celui-ci : le courrier signé avec lui échoue à DKIM.",
    "Publish the key at <selector>._domainkey.<domain>, or remove the selector from the expectations file if it was retired.": "Publiez la clé en <sélecteur>._domainkey.<domaine>, ou retirez le sélecteur du fichier d'attentes s'il n'est plus utilisé.",
    "A DKIM key is smaller than the expectations file requires": "Une clé DKIM est plus courte que ce qu'exige le fichier d'attentes",
    "The team requires RSA keys of at least this many bits; this selector publishes a smaller one. Ed25519 keys are exempt.": "L'équipe exige des clés RSA d'au moins ce nombre de bits ; ce sélecteur en publie une plus courte. Les clés Ed25519 sont exemptées.",
    "Generate a larger key (mailsight-cli dkim keygen), publish it under a new selector, switch the signer, then revoke the old key.": "Générez une clé plus longue (mailsight-cli dkim keygen), publiez-la sous un nouveau sélecteur, basculez le signataire, puis révoquez l'ancienne clé.",
    "A DKIM key is older than the expectations file allows": "Une clé DKIM est plus ancienne que ne l'autorise le fichier d'attentes",
    "The key's age counts from the first stored audit that saw it. Keys that live long are more likely to have leaked; the team agreed to rotate them.": "L'âge de la clé compte à partir du premier audit enregistré qui l'a vue. Plus une clé vit longtemps, plus elle risque d'avoir fuité ; l'équipe a convenu de les renouveler.",
    "Rotate the key: publish a new selector, switch the signer, keep the old key until its mail has aged out, then publish it with an empty p=.": "Renouvelez la clé : publiez un nouveau sélecteur, basculez le signataire, gardez l'ancienne clé jusqu'à ce que son courrier ait disparu, puis publiez-la avec un p= vide.",
    "The audit of this domain did not finish in time": "L'audit de ce domaine ne s'est pas terminé à temps",
    "The domain's checks ran past the per-domain time bound and were stopped. Results that were not complete are not graded as missing.": "Les vérifications du domaine ont dépassé la limite de temps par domaine et ont été arrêtées. Les résultats incomplets ne sont pas notés comme absents.",
    "Run the audit again, raise --domain-timeout, or check the resolver.": "Relancez l'audit, augmentez --domain-timeout, ou vérifiez le résolveur.",
    "No DKIM key was found at any selector tried": "Aucune clé DKIM trouvée sous les sélecteurs essayés",
    "DKIM keys live at <selector>._domainkey.<domain> and DNS offers no way to list selectors. None of the selectors tried (a list of common ones, the ones you named, and those read from your messages) holds a key. This does not prove the domain has no DKIM key: it may use a selector not on the list.": "Les clés DKIM se trouvent en <sélecteur>._domainkey.<domaine> et le DNS ne permet pas de lister les sélecteurs. Aucun des sélecteurs essayés (une liste de sélecteurs courants, ceux que vous avez indiqués et ceux lus dans vos messages) ne contient de clé. Cela ne prouve pas que le domaine n'a pas de clé DKIM : il peut utiliser un sélecteur absent de la liste.",
    "Name the selector your mail server or provider signs with (--selector, or drop a message signed by it), or set up DKIM signing if there is none.": "Indiquez le sélecteur avec lequel signe votre serveur de messagerie ou votre fournisseur (--selector, ou déposez un message signé par lui), ou mettez en place la signature DKIM s'il n'y en a pas.",
    "A selector that was named or used in a message has no key": "Un sélecteur indiqué ou utilisé dans un message n'a pas de clé",
    "The selector was named by you or appears in the s= tag of a message's DKIM-Signature, but DNS says no key record exists there (NXDOMAIN or no TXT record). Signatures made with it fail.": "Le sélecteur a été indiqué par vous ou figure dans la balise s= de l'en-tête DKIM-Signature d'un message, mais le DNS indique qu'aucun enregistrement de clé n'y existe (NXDOMAIN ou pas d'enregistrement TXT). Les signatures faites avec lui échouent.",
    "Publish the key record at <selector>._domainkey.<domain>, or stop signing with that selector.": "Publiez l'enregistrement de clé en <sélecteur>._domainkey.<domaine>, ou cessez de signer avec ce sélecteur.",
    "The RSA key is shorter than 1024 bits": "La clé RSA fait moins de 1024 bits",
    "Keys under 1024 bits can be factored with modest resources; RFC 8301 forbids verifiers to accept them, so signatures made with this key count as failing.": "Les clés de moins de 1024 bits peuvent être factorisées avec des moyens modestes ; RFC 8301 interdit aux vérificateurs de les accepter, donc les signatures faites avec cette clé comptent comme en échec.",
    "Generate a 2048-bit RSA key (mailsight-cli dkim keygen), publish it at a new selector and switch the signer to it.": "Générez une clé RSA de 2048 bits (mailsight-cli dkim keygen), publiez-la sous un nouveau sélecteur et basculez le signataire dessus.",
    "The RSA key is shorter than 2048 bits": "La clé RSA fait moins de 2048 bits",
    "A 1024-bit RSA key is still accepted, but RFC 8301 asks signers for at least 2048 bits and 1024-bit keys are within reach of well-funded attackers.": "Une clé RSA de 1024 bits est encore acceptée, mais RFC 8301 demande aux signataires au moins 2048 bits et les clés de 1024 bits sont à la portée d'attaquants bien équipés.",
    "Rotate to a 2048-bit RSA key at a new selector (mailsight-cli dkim keygen), then revoke the old one.": "Passez à une clé RSA de 2048 bits sous un nouveau sélecteur (mailsight-cli dkim keygen), puis révoquez l'ancienne.",
    "The RSA key is larger than 4096 bits": "La clé RSA fait plus de 4096 bits",
    "Verifiers are only required to handle RSA keys from 1024 to 4096 bits; some reject larger keys, and the record may not fit in DNS replies comfortably.": "Les vérificateurs ne sont tenus de gérer que les clés RSA de 1024 à 4096 bits ; certains rejettent les clés plus longues, et l'enregistrement peut avoir du mal à tenir dans les réponses DNS.",
    "Use a 2048- or 3072-bit RSA key.": "Utilisez une clé RSA de 2048 ou 3072 bits.",
    "The RSA public exponent is unusually small": "L'exposant public RSA est anormalement petit",
    "Public exponents below 65537 (such as 3) have a history of implementation attacks and are rejected by some libraries.": "Les exposants publics inférieurs à 65537 (comme 3) ont un historique d'attaques sur les implémentations et sont rejetés par certaines bibliothèques.",
    "Generate a new key with the standard exponent 65537.": "Générez une nouvelle clé avec l'exposant standard 65537.",
    "The key at this selector is revoked (empty p=)": "La clé de ce sélecteur est révoquée (p= vide)",
    "An empty p= tag means the key was withdrawn: every signature that names this selector fails. That is the right last step of a key rotation, and wrong if a signer still uses the selector.": "Une balise p= vide signifie que la clé a été retirée : toute signature qui désigne ce sélecteur échoue. C'est la bonne dernière étape d'un renouvellement de clé, et une erreur si un signataire utilise encore le sélecteur.",
    "Nothing to do if the selector is retired; otherwise publish the current public key or switch the signer to a live selector.": "Rien à faire si le sélecteur n'est plus utilisé ; sinon, publiez la clé publique actuelle ou basculez le signataire sur un sélecteur actif.",
    "The key record cannot be used": "L'enregistrement de clé est inutilisable",
    "The record has a syntax error, an unknown key type, a public key that is not valid base64 or DER, or a version other than DKIM1. A verifier ignores such a record, so every signature made with this selector fails.": "L'enregistrement a une erreur de syntaxe, un type de clé inconnu, une clé publique qui n'est pas du base64 ou du DER valide, ou une version autre que DKIM1. Un vérificateur ignore un tel enregistrement, donc toute signature faite avec ce sélecteur échoue.",
    "Publish the record exactly as the signer generated it: v=DKIM1; k=rsa (or ed25519); p=<base64 key>. Check that long keys were split into strings without losing characters.": "Publiez l'enregistrement exactement tel que le signataire l'a généré : v=DKIM1; k=rsa (ou ed25519); p=<clé base64>. Vérifiez que les clés longues ont été découpées en chaînes sans perte de caractères.",
    "The key is in testing mode (t=y)": "La clé est en mode test (t=y)",
    "With t=y, receivers are asked to treat signatures as if unsigned; DMARC may still count them, but some receivers ignore DKIM results for such keys. It is often left on by mistake after setup.": "Avec t=y, les destinataires sont invités à traiter les signatures comme si le message n'était pas signé ; DMARC peut encore les compter, mais certains destinataires ignorent les résultats DKIM de ces clés. Il est souvent laissé par erreur après la mise en place.",
    "Remove t=y from the record once signing works.": "Retirez t=y de l'enregistrement une fois que la signature fonctionne.",
    "The key may not sign for subdomains (t=s)": "La clé ne peut pas signer pour les sous-domaines (t=s)",
    "With t=s, the i= identity of a signature must be in exactly the signing domain, not a subdomain. Mail signed with i=@sub.<domain> and this key fails.": "Avec t=s, l'identité i= d'une signature doit être exactement dans le domaine signataire, pas dans un sous-domaine. Le courrier signé avec i=@sub.<domaine> et cette clé échoue.",
    "Keep t=s only if no signer uses a subdomain in i=.": "Ne gardez t=s que si aucun signataire n'utilise de sous-domaine dans i=.",
    "The record carries the DomainKeys g= tag": "L'enregistrement porte la balise DomainKeys g=",
    "g= comes from DomainKeys (RFC 4870) and limits which local parts may sign. RFC 6376 dropped it; current verifiers ignore it, old ones may enforce it.": "g= vient de DomainKeys (RFC 4870) et limite les parties locales autorisées à signer. RFC 6376 l'a abandonnée ; les vérificateurs actuels l'ignorent, les anciens peuvent l'appliquer.",
    "Remove g= from the record unless you rely on DomainKeys verifiers.": "Retirez g= de l'enregistrement, sauf si vous dépendez de vérificateurs DomainKeys.",
    "SHA-1 is allowed or used": "SHA-1 est autorisé ou utilisé",
    "RFC 8301 forbids signing with rsa-sha1 and tells verifiers not to accept it: SHA-1 collisions are practical. A key with h=sha1, or a signature with a=rsa-sha1, fails at most receivers.": "RFC 8301 interdit de signer avec rsa-sha1 et demande aux vérificateurs de ne pas l'accepter : les collisions SHA-1 sont réalisables en pratique. Une clé avec h=sha1, ou une signature avec a=rsa-sha1, échoue chez la plupart des destinataires.",
    "Sign with rsa-sha256 (or ed25519-sha256) and remove h=sha1 from the key record.": "Signez avec rsa-sha256 (ou ed25519-sha256) et retirez h=sha1 de l'enregistrement de clé.",
    "Several TXT records at one selector": "Plusieurs enregistrements TXT sous un même sélecteur",
    "A selector must hold one key record. With several, verifiers may pick any of them or give up (RFC 6376 §3.6.2.2 leaves it open), so signatures fail unpredictably.": "Un sélecteur doit contenir un seul enregistrement de clé. S'il y en a plusieurs, les vérificateurs peuvent prendre n'importe lequel ou abandonner (RFC 6376 §3.6.2.2 laisse la question ouverte) : les signatures échouent de façon imprévisible.",
    "Delete every TXT record at the selector except the current key.": "Supprimez tous les enregistrements TXT du sélecteur sauf la clé actuelle.",
    "The selector is a CNAME that leads nowhere": "Le sélecteur est un CNAME qui ne mène nulle part",
    "The selector is delegated by CNAME (as cloud mail providers ask), but the target does not exist or holds no key. Signatures made with this selector fail; a dangling CNAME to a provider's namespace may also be claimed by someone else.": "Le sélecteur est délégué par CNAME (comme le demandent les fournisseurs de messagerie en nuage), mais la cible n'existe pas ou ne contient pas de clé. Les signatures faites avec ce sélecteur échouent ; un CNAME orphelin vers l'espace de noms d'un fournisseur peut aussi être revendiqué par quelqu'un d'autre.",
    "Point the CNAME at the target your provider shows in its console, or delete it if the provider is no longer used.": "Faites pointer le CNAME vers la cible que votre fournisseur indique dans sa console, ou supprimez-le si le fournisseur n'est plus utilisé.",
    "Every key found is Ed25519": "Toutes les clés trouvées sont Ed25519",
    "Ed25519 (RFC 8463) is sound, but some large receivers still do not verify it: mail signed only with Ed25519 counts as unsigned there and fails DMARC.": "Ed25519 (RFC 8463) est solide, mais certains grands destinataires ne le vérifient toujours pas : le courrier signé uniquement en Ed25519 y compte comme non signé et échoue à DMARC.",
    "Sign with an RSA-2048 key as well (two signatures on each message).": "Signez aussi avec une clé RSA-2048 (deux signatures sur chaque message).",
    "The key record could not be read: DNS failed": "L'enregistrement de clé n'a pas pu être lu : échec DNS",
    "The DNS query for the selector timed out, was refused or failed (SERVFAIL). This says nothing about whether the key exists: it was not read. Receivers facing the same failure give a temporary error.": "La requête DNS pour le sélecteur a expiré, a été refusée ou a échoué (SERVFAIL). Cela ne dit rien de l'existence de la clé : elle n'a pas été lue. Les destinataires confrontés au même échec renvoient une erreur temporaire.",
    "Check the domain's name servers (they must answer for _domainkey names), or choose another resolver, then retry.": "Vérifiez les serveurs de noms du domaine (ils doivent répondre pour les noms _domainkey), ou choisissez un autre résolveur, puis réessayez.",
    "The message has no DKIM signature": "Le message n'a pas de signature DKIM",
    "No DKIM-Signature header was found, so the message cannot pass DKIM and DMARC relies on SPF alone.": "Aucun en-tête DKIM-Signature n'a été trouvé : le message ne peut pas passer DKIM et DMARC ne repose que sur SPF.",
    "Enable DKIM signing on the system that sent the message.": "Activez la signature DKIM sur le système qui a envoyé le message.",
    "A DKIM-Signature header is malformed": "Un en-tête DKIM-Signature est malformé",
    "A required tag is missing or a tag value is invalid (version, algorithm, domain, canonicalization, base64). Verifiers give permerror and ignore the signature.": "Une balise obligatoire manque ou une valeur de balise est invalide (version, algorithme, domaine, canonicalisation, base64). Les vérificateurs renvoient permerror et ignorent la signature.",
    "Check the signer's configuration; the header must carry v=1, a=, b=, bh=, d=, h= (with From) and s=.": "Vérifiez la configuration du signataire ; l'en-tête doit porter v=1, a=, b=, bh=, d=, h= (avec From) et s=.",
    "The body hash does not match: the body changed after signing": "Le hachage du corps ne correspond pas : le corps a changé après la signature",
    "The hash of the canonicalized body differs from bh=. Something modified the body in transit (a footer added by a list or a gateway, line endings or encoding changed), or it was signed wrongly.": "Le hachage du corps canonicalisé diffère de bh=. Quelque chose a modifié le corps en transit (pied de page ajouté par une liste ou une passerelle, fins de ligne ou encodage modifiés), ou la signature a été mal faite.",
    "Find the hop that changes the body (mailing list footers, antivirus banners, re-encoding); sign after it, or use c=relaxed/relaxed.": "Trouvez le relais qui modifie le corps (pieds de page de listes de diffusion, bannières antivirus, réencodage) ; signez après lui, ou utilisez c=relaxed/relaxed.",
    "The signature does not verify against the published key": "La signature n'est pas vérifiée par la clé publiée",
    "The body hash matches, but the signature over the headers does not verify: a signed header was changed in transit, or the private key used does not match the key published at the selector.": "Le hachage du corps correspond, mais la signature des en-têtes n'est pas vérifiée : un en-tête signé a été modifié en transit, ou la clé privée utilisée ne correspond pas à la clé publiée sous le sélecteur.",
    "Check that the signer's private key matches the published key (mailsight-cli dkim match), and that no hop rewrites signed headers (Subject tags, From rewriting).": "Vérifiez que la clé privée du signataire correspond à la clé publiée (mailsight-cli dkim match), et qu'aucun relais ne réécrit les en-têtes signés (étiquettes dans Subject, réécriture de From).",
    "The signature's key is not published": "La clé de la signature n'est pas publiée",
    "The selector named in s= has no key record in DNS (NXDOMAIN or no TXT record). Verifiers give permerror.": "Le sélecteur nommé dans s= n'a pas d'enregistrement de clé dans le DNS (NXDOMAIN ou pas d'enregistrement TXT). Les vérificateurs renvoient permerror.",
    "Publish the key at <s>._domainkey.<d>, or configure the signer to use a published selector.": "Publiez la clé en <s>._domainkey.<d>, ou configurez le signataire pour utiliser un sélecteur publié.",
    "The signature has expired (x=)": "La signature a expiré (x=)",
    "The signature's expiry time x= is in the past; verifiers treat it as failing. This is expected for old messages and a problem for fresh ones.": "L'heure d'expiration x= de la signature est dans le passé ; les vérificateurs la considèrent comme en échec. C'est normal pour les anciens messages et problématique pour les récents.",
    "If the message is recent, give the signer a longer expiry (or none).": "Si le message est récent, donnez au signataire une expiration plus longue (ou aucune).",
    "The signature covers only part of the body (l=)": "La signature ne couvre qu'une partie du corps (l=)",
    "With l=, anything appended after the signed length is not covered: an attacker can add content to a validly signed message.": "Avec l=, tout ce qui est ajouté après la longueur signée n'est pas couvert : un attaquant peut ajouter du contenu à un message valablement signé.",
    "Configure the signer not to use the body length limit.": "Configurez le signataire pour qu'il n'utilise pas la limite de longueur du corps.",
    "From is not over-signed": "From n'est pas sur-signé",
    "h= lists From only as many times as it occurs, so a second From header added in transit would not break the signature. Listing it once more than it occurs (over-signing) prevents that.": "h= ne liste From qu'autant de fois qu'il apparaît : un second en-tête From ajouté en transit ne casserait pas la signature. Le lister une fois de plus qu'il n'apparaît (sur-signature) l'empêche.",
    "Configure the signer to over-sign From (and Subject, To, Date).": "Configurez le signataire pour sur-signer From (ainsi que Subject, To, Date).",
    "No passing signature is aligned with the From domain": "Aucune signature valide n'est alignée sur le domaine From",
    "DMARC counts a DKIM pass only when the signing domain d= matches the From domain (exactly in strict mode, same organizational domain in relaxed mode). No signature of this message both passes and aligns.": "DMARC ne compte un succès DKIM que si le domaine signataire d= correspond au domaine From (exactement en mode strict, même domaine organisationnel en mode souple). Aucune signature de ce message n'est à la fois valide et alignée.",
    "Sign with the From domain (or a subdomain of it) as d=, not only with the provider's domain.": "Signez avec le domaine From (ou un de ses sous-domaines) comme d=, pas seulement avec le domaine du fournisseur.",
    "The domain name is not valid": "Le nom de domaine n'est pas valide",
    "The name cannot be asked in DNS: a label is empty or longer than 63 bytes, the name is longer than 253 bytes, or it holds a forbidden character.": "Le nom ne peut pas être interrogé dans le DNS : un label est vide ou dépasse 63 octets, le nom dépasse 253 octets, ou il contient un caractère interdit.",
    "Correct the name and run the audit again.": "Corrigez le nom et relancez l'audit.",
    "The resolver did not answer; nothing could be checked": "Le résolveur n'a pas répondu ; rien n'a pu être vérifié",
    "Every query timed out or could not reach the server. This says nothing about the domain's records: they were not read.": "Toutes les requêtes ont expiré ou n'ont pas pu joindre le serveur. Cela ne dit rien des enregistrements du domaine : ils n'ont pas été lus.",
    "Check the network, or choose another resolver in Settings (or --resolver), then retry.": "Vérifiez le réseau, ou choisissez un autre résolveur dans les Paramètres (ou --resolver), puis réessayez.",
}

FR["MainWindow"] = {
    "Type a domain and press Enter to audit it, or try the demo (File menu).": "Saisissez un domaine et appuyez sur Entrée pour l'auditer, ou essayez la démo (menu Fichier).",
    "&Domain:": "&Domaine :",
    "Domain to audit": "Domaine à auditer",
    "example.com, bücher.example, …": "example.com, bücher.example, …",
    "The domain to audit (Ctrl+L). Enter starts the audit.": "Le domaine à auditer (Ctrl+L). Entrée lance l'audit.",
    "&Audit": "A&uditer",
    "Read the domain's records and check them (Enter)": "Lire les enregistrements du domaine et les vérifier (Entrée)",
    "Ca&ncel": "Annu&ler",
    "Stop the running audit (Esc)": "Arrêter l'audit en cours (Échap)",
    "Audit progress": "Progression de l'audit",
    "%v of %m checks": "%v vérifications sur %m",
    "Query log": "Journal des requêtes",
    "Filter: a name, a type, an outcome (timeout, NXDOMAIN…), a server": "Filtre : un nom, un type, un résultat (délai dépassé, NXDOMAIN…), un serveur",
    "Filter the query log": "Filtrer le journal des requêtes",
    "&Copy selected queries": "&Copier les requêtes sélectionnées",
    "Queries copied.": "Requêtes copiées.",
    "Copy the whole log as &JSON": "Copier tout le journal en &JSON",
    "Query log copied as JSON (the \"queries\" array of the CLI's output).": "Journal des requêtes copié en JSON (le tableau « queries » de la sortie de la CLI).",
    "Query log — queries: %1": "Journal des requêtes — requêtes : %1",
    "Query log — queries: %1, failed or cut short: %2": "Journal des requêtes — requêtes : %1, en échec ou interrompues : %2",
    "&File": "&Fichier",
    "&Open zone file…": "&Ouvrir un fichier de zone…",
    "Overlay zone files on live DNS to audit a change before deploying it": "Superposer des fichiers de zone au DNS réel pour auditer une modification avant de la déployer",
    "&Close staged zone files": "&Fermer les fichiers de zone en préparation",
    "Try the &demo": "Essayer la &démo",
    "Audit fictional domains from the bundled zone files, offline": "Auditer des domaines fictifs à partir des fichiers de zone fournis, hors ligne",
    "Demo: stage the &planned change": "Démo : préparer la &modification prévue",
    "Overlay the demo's planned zone change and audit it": "Superposer la modification de zone prévue par la démo et l'auditer",
    "&Export audit…": "&Exporter l'audit…",
    "Save the audit as PDF, HTML, JSON, CSV or SARIF": "Enregistrer l'audit en PDF, HTML, JSON, CSV ou SARIF",
    "&Settings…": "&Paramètres…",
    "&Quit": "&Quitter",
    "&View": "&Affichage",
    "&Query log": "&Journal des requêtes",
    "&Help": "Aid&e",
    "&About Mailsight": "À &propos de Mailsight",
    "<b>Staged audit:</b> answers for the zones in %1 come from these files, overlaid on %2. Nothing is published yet.": "<b>Audit en préparation :</b> les réponses pour les zones de %1 proviennent de ces fichiers, superposés à %2. Rien n'est encore publié.",
    "the demo zones": "les zones de la démo",
    "live DNS": "le DNS réel",
    "Close staged files": "Fermer les fichiers en préparation",
    "<b>Demo:</b> offline, answering from the bundled zones of fictional domains. Try %1.": "<b>Démo :</b> hors ligne, réponses tirées des zones fournies de domaines fictifs. Essayez %1.",
    "Leave demo": "Quitter la démo",
    "<b>Offline:</b> answering only from the zone files chosen in Settings (%1); names outside them are not asked.": "<b>Hors ligne :</b> réponses tirées uniquement des fichiers de zone choisis dans les Paramètres (%1) ; les noms en dehors ne sont pas interrogés.",
    "Settings…": "Paramètres…",
    "<b>New to Mailsight?</b> Type a domain above and press Enter, or try the demo: fictional domains with good and broken mail setups, answered offline from bundled zone files.": "<b>Nouveau dans Mailsight ?</b> Saisissez un domaine ci-dessus et appuyez sur Entrée, ou essayez la démo : des domaines fictifs aux configurations de messagerie correctes ou cassées, servis hors ligne depuis des fichiers de zone fournis.",
    "Try the demo": "Essayer la démo",
    "Demo zones (offline)": "Zones de la démo (hors ligne)",
    "System resolver": "Résolveur du système",
    "Servers: %1": "Serveurs : %1",
    "Offline zone files": "Fichiers de zone hors ligne",
    " + staged": " + en préparation",
    "Not audited: %1.": "Non audité : %1.",
    "The domain name is not valid; nothing was asked.": "Le nom de domaine n'est pas valide ; aucune requête n'a été faite.",
    "Auditing %1 — asked as %2": "Audit de %1 — interrogé sous la forme %2",
    "%1 (staged)": "%1 (en préparation)",
    "Not audited: the resolver could not be set up.": "Non audité : le résolveur n'a pas pu être configuré.",
    "Auditing %1 via %2…": "Audit de %1 via %2…",
    "Audit of %1 cancelled after %2 ms: %3 queries answered, %4 cut short. Nothing is known about what they would have returned.": "Audit de %1 annulé au bout de %2 ms : %3 requêtes ont reçu une réponse, %4 ont été interrompues. On ne sait rien de ce qu'elles auraient renvoyé.",
    "%1 audited in %2 ms; DNS queries: %3": "%1 audité en %2 ms ; requêtes DNS : %3",
    ", of which failed: %1 (see the query log)": ", dont en échec : %1 (voir le journal des requêtes)",
    "Demo closed; audits use the resolver chosen in Settings.": "Démo fermée ; les audits utilisent le résolveur choisi dans les Paramètres.",
    "Zone file not loaded": "Fichier de zone non chargé",
    "The zone file could not be read, so nothing was staged.\n\n%1": "Le fichier de zone n'a pas pu être lu, rien n'a donc été préparé.\n\n%1",
    "Zone files staged (%1): press Enter to audit with them.": "Fichiers de zone en préparation (%1) : appuyez sur Entrée pour auditer avec eux.",
    "Staged zone files closed; audits ask live DNS again.": "Fichiers de zone en préparation fermés ; les audits interrogent de nouveau le DNS réel.",
    "Open zone files to stage": "Ouvrir des fichiers de zone à préparer",
    "Zone files (*.zone *.db *.txt);;All files (*)": "Fichiers de zone (*.zone *.db *.txt);;Tous les fichiers (*)",
    "Settings saved; they apply when you leave the demo.": "Paramètres enregistrés ; ils s'appliqueront quand vous quitterez la démo.",
    "Settings saved; the next audit uses them.": "Paramètres enregistrés ; le prochain audit les utilisera.",
    "About Mailsight": "À propos de Mailsight",
    "<h3>Mailsight %1</h3><p>Audits a domain's email authentication (SPF, DKIM, DMARC) from what its DNS publishes, live or from zone files before they are deployed.</p><p><b>Keyboard</b></p><table><tr><td>Enter</td><td>&nbsp;audit the domain in the field</td></tr><tr><td>Ctrl+L</td><td>&nbsp;go to the domain field</td></tr><tr><td>F5</td><td>&nbsp;audit again (staged zone files are read again)</td></tr><tr><td>Esc</td><td>&nbsp;cancel the running audit</td></tr><tr><td>Ctrl+O</td><td>&nbsp;open a zone file for a staged audit</td></tr><tr><td>Ctrl+C</td><td>&nbsp;copy the selected records or queries</td></tr><tr><td>Ctrl+Q</td><td>&nbsp;quit</td></tr></table>": "<h3>Mailsight %1</h3><p>Audite l'authentification des e-mails d'un domaine (SPF, DKIM, DMARC) à partir de ce que publie son DNS, en direct ou depuis des fichiers de zone avant leur déploiement.</p><p><b>Clavier</b></p><table><tr><td>Entrée</td><td>&nbsp;auditer le domaine saisi</td></tr><tr><td>Ctrl+L</td><td>&nbsp;aller au champ du domaine</td></tr><tr><td>F5</td><td>&nbsp;auditer à nouveau (les fichiers de zone en préparation sont relus)</td></tr><tr><td>Échap</td><td>&nbsp;annuler l'audit en cours</td></tr><tr><td>Ctrl+O</td><td>&nbsp;ouvrir un fichier de zone pour un audit en préparation</td></tr><tr><td>Ctrl+C</td><td>&nbsp;copier les enregistrements ou requêtes sélectionnés</td></tr><tr><td>Ctrl+Q</td><td>&nbsp;quitter</td></tr></table>",
}

FR["OutcomeStyle"] = {
    "answer": "réponse",
    "NODATA": "NODATA",
    "NXDOMAIN": "NXDOMAIN",
    "SERVFAIL": "SERVFAIL",
    "REFUSED": "REFUSED",
    "timeout": "délai dépassé",
    "network error": "erreur réseau",
    "format error": "erreur de format",
    "invalid name": "nom invalide",
    "cancelled": "annulée",
    "not answered: audit cancelled": "sans réponse : audit annulé",
    "not asked": "non interrogé",
    "network": "réseau",
    "network %1": "réseau %1",
    "zone file": "fichier de zone",
    "zone %1": "zone %1",
    "cache": "cache",
    " (staged)": " (en préparation)",
}

FR["QObject"] = {
    "Errors": "Erreurs",
    "Warnings": "Avertissements",
    "Average grade": "Note moyenne",
    "Findings": "Constats",
}

FR["QueryLogModel"] = {
    "%1, shared with an identical query": "%1, partagée avec une requête identique",
    "The UDP reply was truncated; the answer came over TCP.": "La réponse UDP était tronquée ; la réponse est arrivée par TCP.",
    "#": "#",
    "Name": "Nom",
    "Type": "Type",
    "Outcome": "Résultat",
    "ms": "ms",
    "Source / server": "Source / serveur",
}

FR["RecordSetModel"] = {
    "Not published: the name %1 does not exist.": "Non publié : le nom %1 n'existe pas.",
    "Not published: %1 exists but has no %2 record.": "Non publié : %1 existe mais n'a pas d'enregistrement %2.",
    "Could not be read: %1. Not the same as having no record.": "Lecture impossible : %1. Ce n'est pas une absence d'enregistrement.",
    "Not read: the audit was cancelled.": "Non lu : l'audit a été annulé.",
    "asking…": "interrogation…",
    "1 record": "1 enregistrement",
    "%1 records": "%1 enregistrements",
    "CNAME": "CNAME",
    "%1, %2 strings": "%1, %2 chaînes",
    "Character-strings: %1 bytes; joined: %2 bytes": "Chaînes de caractères : %1 octets ; jointes : %2 octets",
    "What": "Quoi",
    "Record": "Enregistrement",
    "Outcome": "Résultat",
    "TTL": "TTL",
    "Source": "Source",
    "ms": "ms",
    "no answer yet": "pas encore de réponse",
    "not read, the audit was cancelled": "non lu, l'audit a été annulé",
}

FR["RecordsTab"] = {
    "Show 255-byte string &splits": "Afficher la &segmentation en chaînes de 255 octets",
    "&Copy records": "&Copier les enregistrements",
    "Enter a domain and press Audit to read what it publishes.": "Saisissez un domaine et cliquez sur Auditer pour lire ce qu'il publie.",
    "A TXT record is a list of character-strings of at most 255 bytes each. Receivers join them without spaces; show them as published to check where they are split.": "Un enregistrement TXT est une liste de chaînes de caractères d'au plus 255 octets chacune. Les destinataires les joignent sans espace ; affichez-les telles que publiées pour vérifier où elles sont coupées.",
    "Copy the selected record sets (or all) as zone-file lines (Ctrl+C)": "Copier les jeux d'enregistrements sélectionnés (ou tous) sous forme de lignes de fichier de zone (Ctrl+C)",
    "Published records": "Enregistrements publiés",
    "Selected records as zone-file text": "Enregistrements sélectionnés en texte de fichier de zone",
    "The selected record sets as zone-file text.": "Les jeux d'enregistrements sélectionnés en texte de fichier de zone.",
    "Records": "Enregistrements",
    "TXT at the domain (SPF lives here)": "TXT du domaine (SPF se trouve ici)",
    "SPF type 99 (obsolete, RFC 7208 §3.1)": "SPF type 99 (obsolète, RFC 7208 §3.1)",
    "Mail exchangers": "Serveurs de messagerie (MX)",
    "IPv4 addresses": "Adresses IPv4",
    "IPv6 addresses": "Adresses IPv6",
    "Name servers": "Serveurs de noms",
    "DMARC policy": "Politique DMARC",
    "MTA-STS policy id": "Identifiant de politique MTA-STS",
    "TLS reporting (TLS-RPT)": "Rapports TLS (TLS-RPT)",
    "Reading %1 record sets of %2…": "Lecture de %1 jeux d'enregistrements de %2…",
    "Reading the records %1 publishes…": "Lecture des enregistrements publiés par %1…",
    "Reading %1 record sets of %2… %3 answered": "Lecture de %1 jeux d'enregistrements de %2… %3 réponses",
    "1 record set read in %1 ms": "1 jeu d'enregistrements lu en %1 ms",
    "%1 record sets read in %2 ms": "%1 jeux d'enregistrements lus en %2 ms",
    "%1 not published": "%1 non publiés",
    "1 lookup failed (%1)": "1 requête en échec (%1)",
    "%1 lookups failed (%2)": "%1 requêtes en échec (%2)",
    "1 lookup cancelled": "1 requête annulée",
    "%1 lookups cancelled": "%1 requêtes annulées",
    "The name is outside the loaded zone files, so nothing could be read: offline audits answer only for names inside them. Audit a name of the loaded zones, or ask live DNS (File → Settings).": "Le nom est en dehors des fichiers de zone chargés, rien n'a donc pu être lu : les audits hors ligne ne répondent que pour les noms qu'ils contiennent. Auditez un nom des zones chargées, ou interrogez le DNS réel (Fichier → Paramètres).",
    "A lookup that failed says nothing about whether the record exists: it is unknown, not missing. Retry, or choose another resolver in File → Settings.": "Une requête en échec ne dit rien de l'existence de l'enregistrement : il est inconnu, pas absent. Réessayez, ou choisissez un autre résolveur dans Fichier → Paramètres.",
    "%1: %2": "%1 : %2",
    "Records copied as zone-file lines.": "Enregistrements copiés sous forme de lignes de fichier de zone.",
}

FR["ReportSourcesModel"] = {
    "authorised": "autorisée",
    "forwarder": "redirecteur",
    "passes": "valide",
    "failing": "en échec",
    "unknown sender": "expéditeur inconnu",
    "(not looked up)": "(non résolu)",
    "%1: %2 messages, SPF pass %3, DKIM pass %4, DMARC pass %5, forwarded %6, quarantined %7, rejected %8": "%1 : %2 messages, SPF valide %3, DKIM valide %4, DMARC valide %5, transférés %6, en quarantaine %7, rejetés %8",
    "Verdict": "Verdict",
    "Source IP": "IP source",
    "Reverse name": "Nom inverse",
    "SPF include": "Include SPF",
    "Messages": "Messages",
    "SPF aligned": "SPF aligné",
    "DKIM aligned": "DKIM aligné",
    "DMARC pass": "DMARC valide",
    "Forwarded": "Transférés",
}

FR["ReportsTab"] = {
    "The domain the reports are about (policy_published)": "Le domaine concerné par les rapports (policy_published)",
    "All dates": "Toutes les dates",
    "Import files…": "Importer des fichiers…",
    "Import folder…": "Importer un dossier…",
    "Domain:": "Domaine :",
    "From:": "Du :",
    "To:": "Au :",
    "Drop DMARC aggregate or TLS-RPT reports here (.xml, .gz, .zip, .json, .eml, .mbox or folders), or use Import.": "Déposez ici des rapports agrégés DMARC ou TLS-RPT (.xml, .gz, .zip, .json, .eml, .mbox ou dossiers), ou utilisez Importer.",
    "Messages": "Messages",
    "DMARC pass %": "% DMARC valide",
    "Overview": "Vue d'ensemble",
    "Filter by address, reverse name, include or verdict": "Filtrer par adresse, nom inverse, include ou verdict",
    "Sources": "Sources",
    "p=quarantine": "p=quarantine",
    "p=reject": "p=reject",
    "If the domain published": "Si le domaine publiait",
    "Policy impact": "Impact de la politique",
    "Sessions": "Sessions",
    "TLS-RPT": "TLS-RPT",
    "No import yet.": "Aucun import pour l'instant.",
    "Import log": "Journal d'import",
    "DMARC pass": "DMARC valide",
    "fail, delivered": "en échec, distribués",
    "quarantined": "mis en quarantaine",
    "rejected": "rejetés",
    "No TLS-RPT report for this domain.": "Aucun rapport TLS-RPT pour ce domaine.",
    "The history database could not be opened: %1": "La base de données d'historique n'a pas pu être ouverte : %1",
    "The reports could not be read: %1": "Les rapports n'ont pas pu être lus : %1",
    "Choose a domain, or drop reports here to import them.": "Choisissez un domaine, ou déposez ici des rapports pour les importer.",
    "No report about %1 in the database yet. Drop its DMARC aggregate (rua) or TLS-RPT reports here, or use Import.": "Aucun rapport sur %1 dans la base pour l'instant. Déposez ici ses rapports agrégés DMARC (rua) ou TLS-RPT, ou utilisez Importer.",
    "%1: %2 messages from %3 sources in %4 reports; DMARC pass %5%.": "%1 : %2 messages de %3 sources dans %4 rapports ; DMARC valide à %5 %.",
    "%n source(s) match no SPF include.": ("%n source ne correspond à aucun include SPF.", "%n sources ne correspondent à aucun include SPF."),
    "(No SPF tree stored yet: includes show as unknown.)": "(Aucun arbre SPF enregistré pour l'instant : les include apparaissent comme inconnus.)",
    "%1: %2": "%1 : %2",
    "%1 TLS reports: %2 successful and %3 failed sessions.%4": "%1 rapports TLS : %2 sessions réussies et %3 sessions en échec.%4",
    "Failures by type: %1.": "Échecs par type : %1.",
    "successful sessions": "sessions réussies",
    "failed sessions": "sessions en échec",
    "Messages from %1 per day": "Messages de %1 par jour",
    "No DMARC aggregate data for this domain and period.": "Aucune donnée agrégée DMARC pour ce domaine et cette période.",
    "Under p=%1, %2 of %3 messages (from %4 sources) would have been %5; %6 of them were not already.": "Avec p=%1, %2 messages sur %3 (de %4 sources) auraient été %5 ; %6 d'entre eux ne l'étaient pas déjà.",
    "%1 of them come from senders the SPF record authorises: fix their DKIM or SPF alignment first.": "%1 d'entre eux viennent d'expéditeurs autorisés par l'enregistrement SPF : corrigez d'abord leur alignement DKIM ou SPF.",
    "Importing…": "Import…",
    "Importing reports…": "Import des rapports…",
    "imported   %1 (%2 report(s), %3 rows)\n": "importé    %1 (%2 rapport(s), %3 lignes)\n",
    "           warning: %1\n": "           avertissement : %1\n",
    "duplicate  %1 (already imported)\n": "doublon    %1 (déjà importé)\n",
    "REFUSED    %1\n           %2\n": "REFUSÉ     %1\n           %2\n",
    "%1 imported, %2 skipped as duplicates, %3 refused.": "%1 importé(s), %2 ignoré(s) comme doublons, %3 refusé(s).",
    "See the Import log tab for why.": "Voir l'onglet Journal d'import pour la raison.",
    "Import reports": "Importer des rapports",
    "Reports (*.xml *.gz *.zip *.json *.eml *.mbox);;All files (*)": "Rapports (*.xml *.gz *.zip *.json *.eml *.mbox);;Tous les fichiers (*)",
    "Import a folder of reports": "Importer un dossier de rapports",
    "Reports": "Rapports",
}

FR["ResolverPlan"] = {
    "The demo zones could not be loaded: %1": "Les zones de la démo n'ont pas pu être chargées : %1",
    "Offline mode has no zone file to answer from. Add one in Settings.": "Le mode hors ligne n'a aucun fichier de zone pour répondre. Ajoutez-en un dans les Paramètres.",
    "The server \"%1\" in Settings is not valid: %2": "Le serveur « %1 » des Paramètres n'est pas valide : %2",
    "No custom DNS server is set. Add one in Settings.": "Aucun serveur DNS personnalisé n'est défini. Ajoutez-en un dans les Paramètres.",
    "/etc/resolv.conf lists no DNS server. Choose custom servers or offline zone files in Settings.": "/etc/resolv.conf ne liste aucun serveur DNS. Choisissez des serveurs personnalisés ou des fichiers de zone hors ligne dans les Paramètres.",
    "The staged zone file could not be read: %1": "Le fichier de zone en préparation n'a pas pu être lu : %1",
}

FR["SettingsDialog"] = {
    "&System resolver": "Résolveur du &système",
    "C&ustom DNS servers": "Serveurs DNS &personnalisés",
    "&Offline: answer only from zone files": "&Hors ligne : répondre uniquement depuis des fichiers de zone",
    "&Add zone files…": "&Ajouter des fichiers de zone…",
    "&Remove": "&Retirer",
    "Settings": "Paramètres",
    "/etc/resolv.conf lists no server.": "/etc/resolv.conf ne liste aucun serveur.",
    "From /etc/resolv.conf: %1": "Depuis /etc/resolv.conf : %1",
    "One per line: 192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53": "Un par ligne : 192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53",
    " ms": " ms",
    "How long to wait for each server's answer before trying again or reporting a timeout": "Durée d'attente de la réponse de chaque serveur avant de réessayer ou de signaler un dépassement de délai",
    "Where answers come from": "Origine des réponses",
    "&Timeout per query:": "&Délai par requête :",
    "Enter at least one server address.": "Saisissez au moins une adresse de serveur.",
    "\"%1\": %2": "« %1 » : %2",
    "Add at least one zone file to answer from.": "Ajoutez au moins un fichier de zone pour répondre.",
    "Zone files to answer from": "Fichiers de zone servant aux réponses",
    "Zone files (*.zone *.db *.txt);;All files (*)": "Fichiers de zone (*.zone *.db *.txt);;Tous les fichiers (*)",
}

FR["Severity"] = {
    "Info": "Info",
    "Warning": "Avertissement",
    "Error": "Erreur",
}

FR["SpfEvaluator"] = {
    "This sender is not authorised by the domain's SPF record": "Cet expéditeur n'est pas autorisé par l'enregistrement SPF du domaine",
    "more than %1 DNS lookups found nothing (void lookup limit, RFC 7208 §4.6.4)": "plus de %1 requêtes DNS n'ont rien trouvé (limite de requêtes vides, RFC 7208 §4.6.4)",
    "\"%1\" is not a valid multi-label domain name (RFC 7208 §4.3)": "« %1 » n'est pas un nom de domaine valide à plusieurs labels (RFC 7208 §4.3)",
    "includes nest too deeply": "les include sont imbriqués trop profondément",
    "syntax error in the record of %1: %2": "erreur de syntaxe dans l'enregistrement de %1 : %2",
    "the TXT lookup of %1 failed: %2": "la requête TXT de %1 a échoué : %2",
    "%1 publishes no SPF record": "%1 ne publie pas d'enregistrement SPF",
    "%1 publishes %2 SPF records; exactly one is allowed (RFC 7208 §4.5)": "%1 publie %2 enregistrements SPF ; un seul est autorisé (RFC 7208 §4.5)",
    "more than %1 DNS-querying terms; the limit is crossed at \"%2\" in %3 (RFC 7208 §4.6.4)": "plus de %1 termes faisant des requêtes DNS ; la limite est franchie à « %2 » dans %3 (RFC 7208 §4.6.4)",
    "the client matched \"%1\" in %2": "le client correspond à « %1 » dans %2",
    "the redirect target %1 has no SPF record (RFC 7208 §6.1): %2": "la cible de redirect %1 n'a pas d'enregistrement SPF (RFC 7208 §6.1) : %2",
    "(no term matched)": "(aucun terme ne correspond)",
    "no term of %1 matched; the default result is neutral": "aucun terme de %1 ne correspond ; le résultat par défaut est neutral",
    "\"%1\" is not a valid domain name, so \"%2\" matches nothing": "« %1 » n'est pas un nom de domaine valide, donc « %2 » ne correspond à rien",
    "the %1 lookup of %2 for \"%3\" failed: %4": "la requête %1 de %2 pour « %3 » a échoué : %4",
    "%1 passes for this client (%2)": "%1 est valide pour ce client (%2)",
    "the include target %1 has no SPF record (RFC 7208 §5.2): %2": "la cible d'include %1 n'a pas d'enregistrement SPF (RFC 7208 §5.2) : %2",
    "%1 has %2 MX records; \"mx\" may look up at most %3 (RFC 7208 §4.6.4)": "%1 a %2 enregistrements MX ; « mx » peut en résoudre au plus %3 (RFC 7208 §4.6.4)",
}

FR["SpfFlattener"] = {
    "Flattened records go stale: providers change their ranges without notice, and a flattened record then rejects their mail or authorises addresses they gave up. Re-flatten regularly (daily) or keep the includes.": "Les enregistrements aplatis se périment : les fournisseurs changent leurs plages sans prévenir, et un enregistrement aplati rejette alors leur courrier ou autorise des adresses qu'ils ont abandonnées. Ré-aplatissez régulièrement (chaque jour) ou gardez les include.",
}

FR["SpfMacroExpander"] = {
    "a '%' at the end must be written '%%'": "un « % » final doit s'écrire « %% »",
    "'%' must be followed by '{', '%', '_' or '-' (write '%%' for a percent sign)": "« % » doit être suivi de « { », « % », « _ » ou « - » (écrivez « %% » pour un signe pourcentage)",
    "the character '%1' is not 7-bit ASCII": "le caractère « %1 » n'est pas de l'ASCII 7 bits",
    "the character (code %1) is not allowed here": "le caractère (code %1) n'est pas autorisé ici",
}

FR["SpfRecordParser"] = {
    "a domain is required here": "un domaine est requis ici",
    "the domain must end in a dot and a top-level label (such as \".com\")": "le domaine doit se terminer par un point et un label de premier niveau (comme « .com »)",
    "\"%1\" is not a valid top-level label (letters, digits, inner hyphens; not all digits)": "« %1 » n'est pas un label de premier niveau valide (lettres, chiffres, tirets internes ; pas uniquement des chiffres)",
    "the record does not start with \"v=spf1\"": "l'enregistrement ne commence pas par « v=spf1 »",
    "the character (code %1) is not allowed: SPF records are 7-bit ASCII": "le caractère (code %1) n'est pas autorisé : les enregistrements SPF sont en ASCII 7 bits",
    "the modifier \"%1\" appears more than once (RFC 7208 §6)": "le modificateur « %1 » apparaît plusieurs fois (RFC 7208 §6)",
    "a mechanism name is missing": "un nom de mécanisme manque",
    "\"%1\" is not an SPF mechanism (all, include, a, mx, ptr, ip4, ip6, exists) nor a modifier (name=value)": "« %1 » n'est ni un mécanisme SPF (all, include, a, mx, ptr, ip4, ip6, exists) ni un modificateur (nom=valeur)",
    "\"all\" takes no argument": "« all » ne prend pas d'argument",
    "\"%1\" needs \":domain\"": "« %1 » exige « :domaine »",
    "\"ptr\" takes only \":domain\"": "« ptr » ne prend que « :domaine »",
    "\"//%1\" is not an IPv6 prefix length (0-128)": "« //%1 » n'est pas une longueur de préfixe IPv6 (0-128)",
    "\"/%1\" is not an IPv4 prefix length (0-32)": "« /%1 » n'est pas une longueur de préfixe IPv4 (0-32)",
    "expected \":domain\" or \"/prefix\" after \"%1\"": "« :domaine » ou « /préfixe » attendu après « %1 »",
    "\"%1\" needs \":address\"": "« %1 » exige « :adresse »",
    "\"%1\" is not an IPv4 prefix length (0-32)": "« %1 » n'est pas une longueur de préfixe IPv4 (0-32)",
    "\"%1\" is not an IPv6 prefix length (0-128)": "« %1 » n'est pas une longueur de préfixe IPv6 (0-128)",
    "\"%1\" is not an IPv4 address (four numbers 0-255, no leading zeros)": "« %1 » n'est pas une adresse IPv4 (quatre nombres de 0 à 255, sans zéros initiaux)",
    "\"%1\" is not an IPv6 address": "« %1 » n'est pas une adresse IPv6",
}

FR["SpfSyntaxError"] = {
    "term %1 \"%2\" (character %3): %4": "terme %1 « %2 » (caractère %3) : %4",
}

FR["SpfTab"] = {
    "Test": "Tester",
    "Enter a domain and audit it to see its SPF tree.": "Saisissez un domaine et auditez-le pour voir son arbre SPF.",
    "Copy record": "Copier l'enregistrement",
    "Search the tree (Ctrl+F)": "Rechercher dans l'arbre (Ctrl+F)",
    "Expand to problems": "Déplier jusqu'aux problèmes",
    "192.0.2.1 or 2001:db8::1": "192.0.2.1 ou 2001:db8::1",
    "user@domain (optional)": "utilisateur@domaine (facultatif)",
    "mail.example.com (optional)": "mail.example.com (facultatif)",
    "Optional: a record to test instead of the published one (v=spf1 …)": "Facultatif : un enregistrement à tester à la place de celui publié (v=spf1 …)",
    "What if (IP, sender, HELO):": "Et si (IP, expéditeur, HELO) :",
    "Record:": "Enregistrement :",
    "Audit a domain first.": "Auditez d'abord un domaine.",
    "\"%1\" is not an IPv4 or IPv6 address.": "« %1 » n'est pas une adresse IPv4 ou IPv6.",
    "Evaluating…": "Évaluation…",
    "Reading the SPF tree of %1…": "Lecture de l'arbre SPF de %1…",
    "~ softfail": "~ softfail",
    "not evaluated": "non évalué",
    "Lookups": "Requêtes",
    "Cumulative": "Cumul",
    "%1 — %2: %3": "%1 — %2 : %3",
    "Fix: ": "Correction : ",
    "%1 → %2. %3": "%1 → %2. %3",
    "SPF: %1 DNS lookups of 10": "SPF : %1 requêtes DNS sur 10",
    "✖ Error: %1 publishes no SPF record.": "✖ Erreur : %1 ne publie pas d'enregistrement SPF.",
    "✖ Error: %1 publishes more than one SPF record.": "✖ Erreur : %1 publie plus d'un enregistrement SPF.",
    "✖ Error: the SPF record of %1 could not be read (%2) — not the same as having none. Retry, or choose another resolver.": "✖ Erreur : l'enregistrement SPF de %1 n'a pas pu être lu (%2) — ce n'est pas une absence d'enregistrement. Réessayez, ou choisissez un autre résolveur.",
    "✖ Error: the SPF record has a syntax error: %1": "✖ Erreur : l'enregistrement SPF a une erreur de syntaxe : %1",
    "✔ OK": "✔ OK",
    "✖ Error": "✖ Erreur",
    "⚠ Warning": "⚠ Avertissement",
    "ℹ Info": "ℹ Info",
    "%1: %2 of 10 DNS lookups, %3 void, %4 finding(s).": "%1 : %2 requêtes DNS sur 10, %3 vides, %4 constat(s).",
    " Receivers stop at the 11th lookup: SPF fails with permerror.": " Les destinataires s'arrêtent à la 11e requête : SPF échoue en permerror.",
    " An include loops back: receivers follow it until the limit (permerror).": " Un include boucle : les destinataires le suivent jusqu'à la limite (permerror).",
    "1–8": "1–8",
    "9–10: near": "9–10 : proche",
    "11+: fails": "11+ : échec",
    "DNS lookups": "Requêtes DNS",
    "Lookups per branch: %1 of 10": "Requêtes par branche : %1 sur 10",
    "<p>Published as %1 strings: <code>%2</code></p>": "<p>Publié en %1 chaînes : <code>%2</code></p>",
    "<p>Resolved: %1</p>": "<p>Résolu : %1</p>",
    "<p>Authorises: <code>%1</code></p>": "<p>Autorise : <code>%1</code></p>",
    "<p>Flags: %1</p>": "<p>Indicateurs : %1</p>",
    "<p>Cost %1; running count after it: %2 of 10.</p>": "<p>Coût %1 ; total cumulé après lui : %2 sur 10.</p>",
    "SPF": "SPF",
}

FR["SpfTermExplainer"] = {
    " and %1 more": " et %1 de plus",
    "passes": "passe",
    "fails": "échoue",
    "soft-fails (accepted but marked suspicious)": "est en softfail (accepté mais marqué comme suspect)",
    "is neutral (neither passes nor fails)": "est neutre (ni réussite ni échec)",
    "%1: %2.": "%1 : %2.",
    "The SPF record of %1; evaluating it costs %2 DNS lookups.": "L'enregistrement SPF de %1 ; son évaluation coûte %2 requêtes DNS.",
    "Depends on the message (macros %1): with an IP and sender it looks up \"%2\" expanded; costs 1 lookup.": "Dépend du message (macros %1) : avec une IP et un expéditeur, il résout « %2 » développé ; coûte 1 requête.",
    "Every other sender %1.": "Tout autre expéditeur %1.",
    "Mail from %1 %2.": "Le courrier venant de %1 %2.",
    "Looks up the addresses of %1, but the lookup failed (temperror); costs 1 lookup.": "Résout les adresses de %1, mais la requête a échoué (temperror) ; coûte 1 requête.",
    "Mail from the addresses of %1 %2, but it has none (a void lookup); costs 1 lookup.": "Le courrier venant des adresses de %1 %2, mais il n'en a aucune (requête vide) ; coûte 1 requête.",
    "Mail from the addresses of %1 (%2) %3; costs 1 lookup.": "Le courrier venant des adresses de %1 (%2) %3 ; coûte 1 requête.",
    "Mail from the mail servers of %1 %2, but it has no MX records (a void lookup); costs 1 lookup.": "Le courrier venant des serveurs de messagerie de %1 %2, mais il n'a pas d'enregistrement MX (requête vide) ; coûte 1 requête.",
    "Mail from the mail servers of %1 (%2) %3; costs 1 lookup plus address lookups of %4 host(s).": "Le courrier venant des serveurs de messagerie de %1 (%2) %3 ; coûte 1 requête plus la résolution des adresses de %4 hôte(s).",
    "Mail %1 if the client's reverse DNS name, confirmed forward, ends in %2 (slow and discouraged); costs 1 lookup plus up to 10 more.": "Le courrier %1 si le nom DNS inverse du client, confirmé en direct, se termine par %2 (lent et déconseillé) ; coûte 1 requête plus jusqu'à 10 autres.",
    "Mail %1 if %2 has an IPv4 address (any address); costs 1 lookup.": "Le courrier %1 si %2 a une adresse IPv4 (n'importe laquelle) ; coûte 1 requête.",
    "Evaluates %1, which is already on this path: a loop, not followed.": "Évalue %1, qui est déjà sur ce chemin : une boucle, non suivie.",
    "Evaluates %1, which has no SPF record: evaluation ends in permerror here.": "Évalue %1, qui n'a pas d'enregistrement SPF : l'évaluation se termine ici en permerror.",
    "Evaluates %1; %2 if that passes; costs 1 lookup plus %3 inside.": "Évalue %1 ; le courrier %2 si celui-ci passe ; coûte 1 requête plus %3 à l'intérieur.",
    "Ignored: the record has \"all\", so redirect to %1 never applies.": "Ignoré : l'enregistrement contient « all », donc le redirect vers %1 ne s'applique jamais.",
    "If nothing above matched, the result is that of %1's record; costs 1 lookup plus %2 inside.": "Si rien au-dessus n'a correspondu, le résultat est celui de l'enregistrement de %1 ; coûte 1 requête plus %2 à l'intérieur.",
    "On fail, the reason shown to the sender comes from the TXT record of %1; costs no counted lookup.": "En cas d'échec, le motif présenté à l'expéditeur vient de l'enregistrement TXT de %1 ; ne coûte aucune requête comptée.",
    "An unknown modifier \"%1\": receivers ignore it.": "Un modificateur inconnu « %1 » : les destinataires l'ignorent.",
}

FR["SpfTreeBuilder"] = {
    "\"%1\" is not a valid domain name": "« %1 » n'est pas un nom de domaine valide",
    "the TXT lookup failed: %1": "la requête TXT a échoué : %1",
    "the name does not exist (NXDOMAIN)": "le nom n'existe pas (NXDOMAIN)",
    "no TXT record starts with \"v=spf1\"": "aucun enregistrement TXT ne commence par « v=spf1 »",
    "%1 SPF records: %2": "%1 enregistrements SPF : %2",
    "not a valid domain name": "nom de domaine invalide",
    "loop: %1 is already on this path (%2)": "boucle : %1 est déjà sur ce chemin (%2)",
    "%1: %2.": "%1 : %2.",
    "%1: %2": "%1 : %2",
    "%1 also publishes %2 type-99 record(s): %3": "%1 publie aussi %2 enregistrement(s) de type 99 : %3",
    "The record of %1 is %2 bytes long.": "L'enregistrement de %1 fait %2 octets.",
    "\"%1\" in %2 comes after \"all\".": "« %1 » dans %2 vient après « all ».",
    "The expanded record needs %1 DNS lookups. The count passes 10 at \"%2\" in %3: evaluation ends in permerror there.%4": "L'enregistrement développé demande %1 requêtes DNS. Le compte dépasse 10 à « %2 » dans %3 : l'évaluation s'y termine en permerror.%4",
    " The costliest branch is \"%1\" with %2 lookups.": " La branche la plus coûteuse est « %1 » avec %2 requêtes.",
    "The third lookup that finds nothing is \"%1\" in %2.": "La troisième requête qui ne trouve rien est « %1 » dans %2.",
    "\"%1\" in %2 leads back to %3. A receiver follows the loop until the 10-lookup limit: permerror, unless an earlier term matches. The counts shown stop at the loop.": "« %1 » dans %2 ramène à %3. Un destinataire suit la boucle jusqu'à la limite de 10 requêtes : permerror, sauf si un terme précédent correspond. Les comptes affichés s'arrêtent à la boucle.",
    "\"%1\" in %2: %3 has no SPF record (%4).": "« %1 » dans %2 : %3 n'a pas d'enregistrement SPF (%4).",
    "%1 is evaluated again by \"%2\" in %3.": "%1 est évalué de nouveau par « %2 » dans %3.",
    "\"%1\" in %2: %3": "« %1 » dans %2 : %3",
    "\"%1\" in %2 finds %3 mail servers.": "« %1 » dans %2 trouve %3 serveurs de messagerie.",
    "\"%1\" in %2.": "« %1 » dans %2.",
    "\"%1\" in %2 is ignored.": "« %1 » dans %2 est ignoré.",
    "\"%1\" in %2 is ignored because the record has \"all\".": "« %1 » dans %2 est ignoré car l'enregistrement contient « all ».",
    "The expanded record needs %1 of the 10 DNS lookups.": "L'enregistrement développé demande %1 des 10 requêtes DNS.",
    "%1 overlapping pair(s) of ranges, for example %2.": "%1 paire(s) de plages qui se chevauchent, par exemple %2.",
    "20 or more": "20 ou plus",
    "%1 ends in \"%2\".": "%1 se termine par « %2 ».",
    "%1 has neither \"all\" nor redirect.": "%1 n'a ni « all » ni redirect.",
}

FR["SpfTreeModel"] = {
    "%1 (%2)": "%1 (%2)",
    "+ pass": "+ pass",
    "- fail": "- fail",
    "~ softfail": "~ softfail",
    "? neutral": "? neutral",
    "not evaluated": "non évalué",
    "matched": "correspond",
    "Term": "Terme",
    "Result": "Résultat",
    "Status": "État",
    "Lookups": "Requêtes",
    "Cumulative": "Cumul",
    "IP ranges": "Plages IP",
}

FR["main"] = {
    "Audits a domain's email authentication (SPF, DKIM, DMARC).": "Audite l'authentification des e-mails d'un domaine (SPF, DKIM, DMARC).",
    "The domain to audit, or zone files to stage.": "Le domaine à auditer, ou des fichiers de zone à préparer.",
    "Open the offline demo on the bundled zones.": "Ouvrir la démo hors ligne sur les zones fournies.",
}

# Strings whose tr() lupdate cannot place yet ("tr() cannot be called without context": free functions
# in AuditHtmlExporter.cpp, DkimKeyAnalyzer.cpp, DkimKeyGenerator.cpp, DmarcExplainer.cpp,
# DmarcPolicyResolver.cpp, DnsName.cpp, SpfMacroExpander.cpp). Translated ahead: once the code gives
# them a context, the next lupdate adds them and this script fills them by source text.
FR["_pending"] = {
    "The SPF check was not run.": "La vérification SPF n'a pas été effectuée.",
    "Record:": "Enregistrement :",
    "(none)": "(aucun)",
    "DNS lookups needed: %1 of the 10 allowed; void lookups: %2; deepest include chain: %3.": "Requêtes DNS nécessaires : %1 sur les 10 autorisées ; requêtes vides : %2 ; chaîne d'include la plus profonde : %3.",
    "Term": "Terme",
    "Cost": "Coût",
    "Total": "Total",
    "What it does": "Effet",
    "The DKIM check was not run.": "La vérification DKIM n'a pas été effectuée.",
    "yes": "oui",
    "no": "non",
    "No DKIM key was found at the selectors tried.": "Aucune clé DKIM n'a été trouvée sous les sélecteurs essayés.",
    "Selector": "Sélecteur",
    "Found": "Trouvée",
    "Type": "Type",
    "Bits": "Bits",
    "Fingerprint (SHA-256)": "Empreinte (SHA-256)",
    "Flags": "Indicateurs",
    "The DMARC check was not run.": "La vérification DMARC n'a pas été effectuée.",
    "Policy applied by RFC 9989 receivers: %1; by RFC 7489 receivers: %2.": "Politique appliquée par les destinataires RFC 9989 : %1 ; par les destinataires RFC 7489 : %2.",
    "No findings.": "Aucun constat.",
    "Evidence:": "Preuves :",
    "Fix:": "Correction :",
    "Reference:": "Référence :",
    "the key is empty (p=): the key is revoked": "la clé est vide (p=) : la clé est révoquée",
    "p= is not base64: the character '%1' is not allowed": "p= n'est pas du base64 : le caractère « %1 » n'est pas autorisé",
    "p= is not valid base64 ('=' padding in the middle of the key?)": "p= n'est pas du base64 valide (remplissage « = » au milieu de la clé ?)",
    "cannot create %1: %2": "impossible de créer %1 : %2",
    "cannot write %1: %2": "impossible d'écrire %1 : %2",
    "not a policy: receivers ignore this value": "pas une politique : les destinataires ignorent cette valeur",
    "Mail from %1 that fails DMARC is %2.": "Le courrier de %1 en échec DMARC est %2.",
    "Marks the TXT record as a DMARC record (version 1).": "Marque l'enregistrement TXT comme enregistrement DMARC (version 1).",
    "subdomains of %1": "sous-domaines de %1",
    "subdomains of %1 that do not exist": "sous-domaines inexistants de %1",
    "This domain is an organizational domain: the tree walk stops here.": "Ce domaine est un domaine organisationnel : le parcours de l'arborescence s'arrête ici.",
    "Not stated: the tree walk decides where the organization starts.": "Non indiqué : le parcours de l'arborescence détermine où commence l'organisation.",
    "The policy is enforced as written.": "La politique est appliquée telle qu'écrite.",
    "when both SPF and DKIM fail alignment": "quand SPF et DKIM échouent tous deux à l'alignement",
    "when either fails": "quand l'un des deux échoue",
    "when a DKIM signature fails": "quand une signature DKIM échoue",
    "when SPF fails": "quand SPF échoue",
    "Failure reports are requested %1.": "Les rapports d'échec sont demandés %1.",
    "by default (both fail)": "par défaut (les deux échouent)",
    ", or ": ", ou ",
    "Daily aggregate reports (who sent mail as the domain, what passed) go to: %1.": "Les rapports agrégés quotidiens (qui a envoyé du courrier au nom du domaine, ce qui est passé) sont envoyés à : %1.",
    "Per-message failure reports go to: %1 (few receivers send them).": "Les rapports d'échec par message sont envoyés à : %1 (peu de destinataires en envoient).",
    "RFC 7489 receivers apply the policy to %1% of failing mail; RFC 9989 receivers ignore it.": "Les destinataires RFC 7489 appliquent la politique à %1 % du courrier en échec ; les destinataires RFC 9989 l'ignorent.",
    "Format of failure reports (afrf); RFC 9989 receivers ignore it.": "Format des rapports d'échec (afrf) ; les destinataires RFC 9989 l'ignorent.",
    "Asks for aggregate reports every %1 s (%2 h); most receivers send daily anyway.": "Demande des rapports agrégés toutes les %1 s (%2 h) ; la plupart des destinataires envoient quand même chaque jour.",
    "Requested report interval; not a number here.": "Intervalle de rapport demandé ; ici ce n'est pas un nombre.",
    "Not a DMARC tag: receivers ignore it.": "Pas une balise DMARC : les destinataires l'ignorent.",
    "DNS failed (%1): receivers defer or skip DMARC; the policy cannot be determined.": "Échec DNS (%1) : les destinataires diffèrent ou sautent DMARC ; la politique ne peut pas être déterminée.",
    "No DMARC policy applies (%1): failing mail is delivered as if DMARC did not exist.": "Aucune politique DMARC ne s'applique (%1) : le courrier en échec est distribué comme si DMARC n'existait pas.",
    "the name is empty": "le nom est vide",
    "the name has an empty label (two dots in a row, or a leading dot)": "le nom a un label vide (deux points consécutifs, ou un point initial)",
    "the label \"%1…\" is %2 bytes long; a DNS label is at most 63 bytes (RFC 1035 §2.3.4)": "le label « %1… » fait %2 octets ; un label DNS fait au plus 63 octets (RFC 1035 §2.3.4)",
    "the name is %1 bytes long; a domain name is at most 253 bytes (RFC 1035 §2.3.4)": "le nom fait %1 octets ; un nom de domaine fait au plus 253 octets (RFC 1035 §2.3.4)",
    "the macro is not closed with '}'": "la macro n'est pas fermée par « } »",
    "the macro letter '%1' is allowed only in explanation text (RFC 7208 §7.2)": "la lettre de macro « %1 » n'est autorisée que dans le texte d'explication (RFC 7208 §7.2)",
    "'%1' is not a macro letter (s, l, o, d, i, p, h, v; c, r, t in explanations)": "« %1 » n'est pas une lettre de macro (s, l, o, d, i, p, h, v ; c, r, t dans les explications)",
    "the number of parts in a macro must not be zero (RFC 7208 §7.3)": "le nombre de parties d'une macro ne doit pas être nul (RFC 7208 §7.3)",
    "unexpected character '%1' in a macro (expected a delimiter or '}')": "caractère « %1 » inattendu dans une macro (délimiteur ou « } » attendu)",
}


# ---------------------------------------------------------------------------------------------

def typography(text):
    """Ordinary spaces before : ; ? ! » and after « become no-break spaces (French typography)."""
    text = re.sub(r" ([:;?!»])", NBSP + r"\1", text)
    text = text.replace("« ", "«" + NBSP)
    return text


def lookup(context, source):
    """(translation, where it came from) from FR: same context first, then any context."""
    if source in FR.get(context, {}):
        return FR[context][source], None
    for other, entries in FR.items():
        if source in entries:
            return entries[source], other
    return None, None


def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;").replace(NBSP, "&#xa0;"))  # as lupdate writes it


MESSAGE_RE = re.compile(r"<message( numerus=\"yes\")?>.*?</message>", re.S)
TRANSLATION_RE = re.compile(r"<translation[^>]*?(?:/>|>.*?</translation>)", re.S)
CONTEXT_RE = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)


def is_finished(message):
    tr = message.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    if message.get("numerus") == "yes":
        forms = [f.text or "" for f in tr.findall("numerusform")]
        return bool(forms) and all(forms)
    return bool(tr.text)


def translation_of(message):
    tr = message.find("translation")
    if message.get("numerus") == "yes":
        return tuple(f.text or "" for f in tr.findall("numerusform"))
    return tr.text or ""


def translation_xml(value, numerus):
    if numerus:
        if isinstance(value, str):
            value = (value, value)
        forms = "".join(f"\n            <numerusform>{escape(typography(v))}</numerusform>" for v in value)
        return f"<translation>{forms}\n        </translation>"
    return f"<translation>{escape(typography(value))}</translation>"


def fill(path, overwrite):
    text = path.read_text(encoding="utf-8")
    root = ET.fromstring(text)
    known = {}  # source -> finished translation anywhere in the file (also vanished entries)
    for message in root.iter("message"):
        tr = message.find("translation")
        if tr is not None and (tr.text or tr.findall("numerusform")) and tr.get("type") != "unfinished":
            known.setdefault(message.find("source").text, translation_of(message))
    filled, missing, borrowed = 0, [], []

    def do_context(cm):
        context = cm.group(1)

        def do_message(mm):
            nonlocal filled
            block = mm.group(0)
            message = ET.fromstring(block)
            tr = message.find("translation")
            if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                return block
            source = message.find("source").text or ""
            if is_finished(message) and not overwrite:
                return block
            value, other = lookup(context, source)
            if value is None and source in known:
                value, other = known[source], "the .ts"
            if value is not None and other is not None:
                borrowed.append((context, source, other))
            if value is None:
                if not is_finished(message):
                    missing.append((context, source))
                return block
            filled += 1
            numerus = mm.group(1) is not None
            return TRANSLATION_RE.sub(lambda _: translation_xml(value, numerus), block, count=1)

        body = MESSAGE_RE.sub(do_message, cm.group(0))
        return body

    text = CONTEXT_RE.sub(do_context, text)
    path.write_text(text, encoding="utf-8")
    print(f"{path}: filled {filled} message(s)")
    for context, source, other in borrowed:
        print(f"  filled from another context ({other}), worth a look: [{context}] {source!r}")
    for context, source in missing:
        print(f"  unfinished: [{context}] {source!r}")
    return not missing


PLACEHOLDER_RE = re.compile(r"%(?:L?[1-9]|n|v|m|p)")
# Only real HTML tags: "<domain>" or "<selector>" in a fix are words for the reader, translated.
HTML_TAGS = ("a|b|big|body|br|center|code|div|em|font|h[1-6]|head|hr|html|i|img|li|nobr|ol|p|pre|"
             "qt|s|small|span|strong|style|sub|sup|table|tbody|td|th|thead|tr|tt|u|ul")
TAG_RE = re.compile(r"</?(" + HTML_TAGS + r")\b[^>]*>", re.I)
ENTITY_RE = re.compile(r"&(?:[a-zA-Z]+|#[0-9]+);")


def accelerators(text):
    """Positions of keyboard accelerators: & followed by a letter/digit, not an HTML entity."""
    out = []
    for m in re.finditer(r"&(&|.)", text):
        if m.group(1) == "&":
            continue
        if ENTITY_RE.match(text, m.start()):
            continue
        if m.group(1).isalnum():
            out.append(m.group(1))
    return out


def problems_of(source, value):
    out = []
    if not value.strip():
        return ["empty translation"]
    if sorted(set(PLACEHOLDER_RE.findall(source))) != sorted(set(PLACEHOLDER_RE.findall(value))):
        out.append(f"placeholders {sorted(set(PLACEHOLDER_RE.findall(source)))} != "
                   f"{sorted(set(PLACEHOLDER_RE.findall(value)))}")
    if sorted(TAG_RE.findall(source)) != sorted(TAG_RE.findall(value)):
        out.append("HTML tags differ")
    if sorted(ENTITY_RE.findall(source)) != sorted(ENTITY_RE.findall(value)):
        out.append("HTML entities differ")
    if "<" in source and ">" in source:
        pass
    elif len(accelerators(source)) != len(accelerators(value)):
        out.append("accelerator count differs")
    # A no-break space before French punctuation is typography, not a leading space.
    lead = lambda s: s[: len(s) - len(s.lstrip(" \t\n"))]
    trail = lambda s: s[len(s.rstrip(" \t\n")):]
    if lead(source) != lead(value) or trail(source) != trail(value):
        out.append("leading/trailing whitespace differs")
    src_end, val_end = source.rstrip(), value.rstrip()
    for mark in ("…", ".", ":", "?", "!"):
        if src_end.endswith(mark) and not val_end.endswith(mark):
            if not (mark == "." and val_end.endswith(("…", ".)", "»."))):
                out.append(f"source ends with {mark!r}, translation does not")
            break
    if src_end and src_end[-1].isalnum() and val_end and val_end[-1] in ".:…":
        out.append("translation ends with punctuation the source does not have")
    return out


def check_dictionary():
    """The same checks on every entry of FR, also the ones not (yet) in the .ts."""
    bad = 0
    for context, entries in FR.items():
        for source, value in entries.items():
            values = value if isinstance(value, tuple) else (value,)
            for v in values:
                for p in problems_of(source, typography(v)):
                    print(f"FR[{context!r}] {source!r}: {p}")
                    bad += 1
    return bad


def check(path):
    root = ET.parse(path).getroot()
    bad, identical, total, unfinished = check_dictionary(), [], 0, 0
    for context in root.findall("context"):
        name = context.find("name").text
        accel_by_menu = {}
        for message in context.findall("message"):
            tr = message.find("translation")
            if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                continue
            total += 1
            source = message.find("source").text or ""
            if not is_finished(message):
                unfinished += 1
                print(f"[{name}] unfinished: {source!r}")
                continue
            value = translation_of(message)
            values = value if isinstance(value, tuple) else (value,)
            if isinstance(value, tuple):
                if len(value) != 2:
                    print(f"[{name}] {source!r}: French needs 2 plural forms, got {len(value)}")
                    bad += 1
                # %n may be left out of the singular form only if the source has it: keep it in both.
            for v in values:
                for p in problems_of(source, v):
                    print(f"[{name}] {source!r} -> {v!r}: {p}")
                    bad += 1
                if v == source:
                    identical.append((name, source))
                    if source not in IDENTICAL_OK:
                        print(f"[{name}] identical to the source, not in IDENTICAL_OK: {source!r}")
                        bad += 1
    for menu, strings in MENUS.items():
        keys = []
        for context_name, source in strings:
            ctx = root.find(f"./context[name='{context_name}']")
            if ctx is None:
                continue
            for message in ctx.findall("message"):
                if message.find("source").text == source and is_finished(message):
                    acc = accelerators(translation_of(message))
                    keys += [a.lower() for a in acc]
        dupes = sorted({k for k in keys if keys.count(k) > 1})
        if dupes:
            print(f"menu {menu}: accelerator(s) used twice: {dupes}")
            bad += 1
    print(f"{path}: {total} message(s), {unfinished} unfinished, {bad} problem(s), "
          f"{len(identical)} identical to the source on purpose")
    for name, source in identical:
        print(f"  identical: [{name}] {source!r}")
    return bad == 0 and unfinished == 0


# Batch audit, Terraform plans and exports in the desktop app (branch batch-gui).
IDENTICAL_OK |= {"SARIF 2.1.0 (*.sarif)", " s", "excellent", "%1 ms", "%1 s", "Infos"}
FR["AuditExportWriter"] = {
    "There is no finished audit to export.": "Aucun audit terminé à exporter.",
    "Unknown export format '.%1': use .pdf, .html, .json, .csv, .sarif or .xml (JUnit).": "Format d'export inconnu « .%1 » : utilisez .pdf, .html, .json, .csv, .sarif ou .xml (JUnit).",
    "PDF report (*.pdf)": "Rapport PDF (*.pdf)",
    "HTML report (*.html)": "Rapport HTML (*.html)",
    "JSON, the full report (*.json)": "JSON, le rapport complet (*.json)",
    "CSV, one row per finding (*.csv)": "CSV, une ligne par constat (*.csv)",
    "SARIF 2.1.0 (*.sarif)": "SARIF 2.1.0 (*.sarif)",
    "JUnit XML (*.xml)": "XML JUnit (*.xml)",
}
FR["AuditOverviewTab"].update({
    "Save this audit as PDF, HTML, JSON, CSV, SARIF or JUnit XML": "Enregistrer cet audit en PDF, HTML, JSON, CSV, SARIF ou XML JUnit",
})
FR["ResolverPlan"].update({
    "The Terraform plan could not be read: %1": "Le plan Terraform n'a pas pu être lu : %1",
})
FR["MainWindow"].update({
    "Open &Terraform plan…": "Ouvrir un plan &Terraform…",
    "Overlay the DNS records of a `terraform show -json` plan on live DNS to audit them before apply": "Superposer au DNS réel les enregistrements DNS d'un plan `terraform show -json` pour les auditer avant l'apply",
    "&Close staged files": "&Fermer les fichiers en préparation",
    "&Batch audit…": "Audit par &lots…",
    "Audit a list of domains and compare their grades": "Auditer une liste de domaines et comparer leurs notes",
    "Save the audit as PDF, HTML, JSON, CSV, SARIF or JUnit XML": "Enregistrer l'audit en PDF, HTML, JSON, CSV, SARIF ou XML JUnit",
    "answers for the zones in %1 come from these files": "les réponses pour les zones de %1 proviennent de ces fichiers",
    "the records planned in the Terraform plan %1 are answered from it": "les enregistrements prévus par le plan Terraform %1 sont répondus depuis ce plan",
    "<b>Staged audit:</b> %1, overlaid on %2. Nothing is published yet.": "<b>Audit en préparation :</b> %1, superposés à %2. Rien n'est encore publié.",
    "; ": " ; ",
    "Terraform plan not loaded": "Plan Terraform non chargé",
    "The Terraform plan could not be used, so nothing was staged.\n\n%1": "Le plan Terraform n'a pas pu être utilisé, rien n'a donc été mis en préparation.\n\n%1",
    "%1 plans no DNS record of the types Mailsight reads (aws_route53_record, cloudflare_record, cloudflare_dns_record, google_dns_record_set, azurerm_dns_txt_record).": "%1 ne prévoit aucun enregistrement DNS des types que lit Mailsight (aws_route53_record, cloudflare_record, cloudflare_dns_record, google_dns_record_set, azurerm_dns_txt_record).",
    "Staged (%n file(s)): press Enter to audit with them.": ("En préparation (%n fichier) : appuyez sur Entrée pour auditer avec.", "En préparation (%n fichiers) : appuyez sur Entrée pour auditer avec."),
    "Plan resources skipped: %1": "Ressources du plan ignorées : %1",
    "Staged files closed; audits ask live DNS again.": "Fichiers en préparation fermés ; les audits interrogent à nouveau le DNS réel.",
    "Open a Terraform plan to stage": "Ouvrir un plan Terraform à mettre en préparation",
    "Terraform plan, `terraform show -json` output (*.json);;All files (*)": "Plan Terraform, sortie de `terraform show -json` (*.json);;Tous les fichiers (*)",
    "<h3>Mailsight %1</h3><p>Audits a domain's email authentication (SPF, DKIM, DMARC) from what its DNS publishes, live or from zone files before they are deployed.</p><p><b>Keyboard</b></p><table><tr><td>Enter</td><td>&nbsp;audit the domain in the field</td></tr><tr><td>Ctrl+L</td><td>&nbsp;go to the domain field</td></tr><tr><td>F5</td><td>&nbsp;audit again (staged zone files are read again)</td></tr><tr><td>Esc</td><td>&nbsp;cancel the running audit</td></tr><tr><td>Ctrl+O</td><td>&nbsp;open a zone file for a staged audit</td></tr><tr><td>Ctrl+B</td><td>&nbsp;batch audit of a list of domains</td></tr><tr><td>Ctrl+C</td><td>&nbsp;copy the selected records or queries</td></tr><tr><td>Ctrl+Q</td><td>&nbsp;quit</td></tr></table>": "<h3>Mailsight %1</h3><p>Audite l'authentification des e-mails d'un domaine (SPF, DKIM, DMARC) à partir de ce que publie son DNS, en direct ou depuis des fichiers de zone avant leur déploiement.</p><p><b>Clavier</b></p><table><tr><td>Entrée</td><td>&nbsp;auditer le domaine saisi</td></tr><tr><td>Ctrl+L</td><td>&nbsp;aller au champ du domaine</td></tr><tr><td>F5</td><td>&nbsp;auditer à nouveau (les fichiers de zone en préparation sont relus)</td></tr><tr><td>Échap</td><td>&nbsp;annuler l'audit en cours</td></tr><tr><td>Ctrl+O</td><td>&nbsp;ouvrir un fichier de zone pour un audit en préparation</td></tr><tr><td>Ctrl+B</td><td>&nbsp;audit par lots d'une liste de domaines</td></tr><tr><td>Ctrl+C</td><td>&nbsp;copier les enregistrements ou requêtes sélectionnés</td></tr><tr><td>Ctrl+Q</td><td>&nbsp;quitter</td></tr></table>",
})
FR["BatchAuditDialog"] = {
    "&Load from file…": "C&harger depuis un fichier…",
    "&Start audit": "&Lancer l'audit",
    "Ca&ncel": "A&nnuler",
    "&Export…": "&Exporter…",
    "Batch audit": "Audit par lots",
    "Domains to audit": "Domaines à auditer",
    "example.com\nexample.org   # a comment\n…": "example.com\nexample.org   # un commentaire\n…",
    "Read the domains from a text file: one a line, # starts a comment": "Lire les domaines depuis un fichier texte : un par ligne, # commence un commentaire",
    "How many domains are audited at the same time": "Combien de domaines sont audités en même temps",
    " s": " s",
    "A domain whose checks take longer is stopped and marked timed out": "Un domaine dont les vérifications durent plus longtemps est arrêté et marqué délai dépassé",
    "Batch progress": "Progression du lot",
    "No batch started yet": "Aucun lot lancé pour l'instant",
    "Filter domains": "Filtrer les domaines",
    "Filter the domains": "Filtrer les domaines",
    "All domains": "Tous les domaines",
    "Grade C or worse": "Note C ou moins bonne",
    "Not audited (timed out, cancelled, DNS failure)": "Non audités (délai dépassé, annulés, échec DNS)",
    "Double-click a domain, or select it and press Enter, to open it in the main window": "Double-cliquez sur un domaine, ou sélectionnez-le et appuyez sur Entrée, pour l'ouvrir dans la fenêtre principale",
    "Grades per domain": "Notes par domaine",
    "Save the finished audits as PDF, HTML, JSON, CSV, SARIF or JUnit XML": "Enregistrer les audits terminés en PDF, HTML, JSON, CSV, SARIF ou XML JUnit",
    "&Domains to audit, one a line (# starts a comment):": "&Domaines à auditer, un par ligne (# commence un commentaire) :",
    "Domains at &once:": "Domaines en &parallèle :",
    "&Time bound per domain:": "&Temps maximal par domaine :",
    "Paste or load a list of domains, then start the audit.": "Collez ou chargez une liste de domaines, puis lancez l'audit.",
    "Domain list not loaded": "Liste de domaines non chargée",
    "%1 could not be read: %2": "%1 n'a pas pu être lu : %2",
    "Load a domain list": "Charger une liste de domaines",
    "Text files (*.txt *.list);;All files (*)": "Fichiers texte (*.txt *.list);;Tous les fichiers (*)",
    "%n domain(s) to audit": ("%n domaine à auditer", "%n domaines à auditer"),
    "; %n duplicate line(s) counted once": (" ; %n ligne en double comptée une fois", " ; %n lignes en double comptées une fois"),
    "line %1: “%2” is not a domain name (%3)": "ligne %1 : « %2 » n'est pas un nom de domaine (%3)",
    "✖ %n line(s) will be skipped:": ("✖ %n ligne sera ignorée :", "✖ %n lignes seront ignorées :"),
    "… and %n more": ("… et %n autre", "… et %n autres"),
    "There is no valid domain name in the list: nothing was audited.": "La liste ne contient aucun nom de domaine valide : rien n'a été audité.",
    "%v of %m domains": "%v domaines sur %m",
    "Auditing %n domain(s)…": ("Audit de %n domaine…", "Audit de %n domaines…"),
    "Cancelling: the domains being audited stop, those not started are not asked.": "Annulation : les domaines en cours d'audit s'arrêtent, ceux qui n'ont pas commencé ne sont pas interrogés.",
    "Not audited: %1": "Non audité : %1",
    "Batch audit not started": "Audit par lots non lancé",
    "%1 of %n domain(s) audited in %2 s": ("%1 domaine sur %n audité en %2 s", "%1 domaines sur %n audités en %2 s"),
    "; grades %1": " ; notes %1",
    "; cancelled: %1": " ; annulés : %1",
    "; timed out: %1": " ; délai dépassé : %1",
    "; DNS failure: %1": " ; échec DNS : %1",
    "Stored in the history: %n audit(s).": ("Enregistré dans l'historique : %n audit.", "Enregistrés dans l'historique : %n audits."),
    "History not written: %1": "Historique non écrit : %1",
    "Double-click a domain to open it in the main window.": "Double-cliquez sur un domaine pour l'ouvrir dans la fenêtre principale.",
    "Export the batch audit": "Exporter l'audit par lots",
    "Export failed": "Échec de l'export",
    "Exported %n audit(s) to %1": ("%n audit exporté vers %1", "%n audits exportés vers %1"),
    "%1 has no finished audit to show.": "%1 n'a pas d'audit terminé à afficher.",
}
FR["BatchAuditModel"] = {
    "waiting": "en attente",
    "done": "terminé",
    "timed out": "délai dépassé",
    "cancelled": "annulé",
    "DNS failure": "échec DNS",
    "excellent": "excellent",
    "good": "bon",
    "fair": "moyen",
    "poor": "faible",
    "failing": "insuffisant",
    "Double-click to open %1 in the main window": "Double-cliquez pour ouvrir %1 dans la fenêtre principale",
    "%1 ms": "%1 ms",
    "%1 s": "%1 s",
    " (staged)": " (en préparation)",
    "Domain": "Domaine",
    "Grade": "Note",
    "Errors": "Erreurs",
    "Warnings": "Avertissements",
    "Infos": "Infos",
    "Duration": "Durée",
    "Status": "État",
}


# History tab, themes, accessibility names, report sections, findings seen by lupdate (branch tr-fr).
IDENTICAL_OK |= {"DNS", "%1, %2 bits", "Total"}
FR.setdefault("AppTheme", {}).update({
    "System": "Système",
    "Light": "Clair",
    "Dark": "Sombre",
    "High contrast": "Contraste élevé",
})
FR.setdefault("AuditDiff", {}).update({
    "Grade: %1 -> %2 (%3)": "Note : %1 -> %2 (%3)",
    "New: ": "Nouveau : ",
    "Fixed: ": "Corrigé : ",
    "DMARC policy: %1 -> %2": "Politique DMARC : %1 -> %2",
    "SPF lookups: %1 -> %2": "Requêtes SPF : %1 -> %2",
    "SPF include added: %1 (%2 lookups)": "include SPF ajouté : %1 (%2 requêtes)",
    "SPF include removed: %1": "include SPF supprimé : %1",
    "DKIM key added: %1 (%2 %3 bits)": "Clé DKIM ajoutée : %1 (%2 %3 bits)",
    "DKIM key removed: %1": "Clé DKIM supprimée : %1",
    "DKIM key replaced: %1": "Clé DKIM remplacée : %1",
    "Record added: ": "Enregistrement ajouté : ",
    "Record removed: ": "Enregistrement supprimé : ",
    "Record changed: ": "Enregistrement modifié : ",
})
FR.setdefault("AuditDiffFindingsModel", {}).update({
    "New": "Nouveau",
    "Fixed": "Corrigé",
    "Unchanged": "Inchangé",
    "Found in the later audit, not in the earlier one": "Présent dans l'audit le plus récent, pas dans le plus ancien",
    "Found in the earlier audit, gone from the later one": "Présent dans l'audit le plus ancien, disparu du plus récent",
    "Found in both audits": "Présent dans les deux audits",
    "Change": "Changement",
})
FR.setdefault("AuditDiffRecordsModel", {}).update({
    "%1, %2 bits": "%1, %2 bits",
    "%n DNS lookup(s)": ("%n requête DNS", "%n requêtes DNS"),
    "SPF lookups": "Requêtes SPF",
    "SPF term": "Terme SPF",
    "DKIM key": "Clé DKIM",
    "DNS record": "Enregistrement DNS",
    "Added": "Ajouté",
    "Removed": "Supprimé",
    "Changed": "Modifié",
    "Change": "Changement",
    "Before": "Avant",
    "After": "Après",
})
FR["AuditDocument"].update({
    "The %1 biggest of %2 are shown; the Reports tab and `mailsight-cli reports summary` list them all.": "Les %1 plus importantes sur %2 sont affichées ; l'onglet Rapports et `mailsight-cli reports summary` les listent toutes.",
    "all dates": "toutes les dates",
    "Receivers sent %n DMARC aggregate report(s) about %1 for %2: %3 messages claimed to come from the domain.": ("Les destinataires ont envoyé %n rapport agrégé DMARC sur %1 pour %2 : %3 messages prétendaient venir du domaine.", "Les destinataires ont envoyé %n rapports agrégés DMARC sur %1 pour %2 : %3 messages prétendaient venir du domaine."),
    "SPF aligned pass": "SPF aligné réussi",
    "DKIM aligned pass": "DKIM aligné réussi",
    "Policy the receivers saw: p=%1 (pct=%2).": "Politique vue par les destinataires : p=%1 (pct=%2).",
    "Volume over time, by result": "Volume dans le temps, par résultat",
    "Week of": "Semaine du",
    "Failed, delivered": "En échec, distribués",
    "Quarantined": "Mis en quarantaine",
    "Rejected": "Rejetés",
    "Top sources": "Principales sources",
    "Each source address with the SPF term of the domain that covers it (from the SPF tree stored by the last audit; \"unknown\": none does) and the share of its messages that passed aligned SPF, aligned DKIM and DMARC.": "Chaque adresse source avec le terme SPF du domaine qui la couvre (d'après l'arbre SPF enregistré par le dernier audit ; « unknown » : aucun) et la part de ses messages ayant réussi SPF aligné, DKIM aligné et DMARC.",
    "Matched SPF term": "Terme SPF correspondant",
    "Unknown sources that send mail as the domain": "Sources inconnues qui envoient du courrier au nom du domaine",
    "No term of the SPF record covers these addresses: %1 messages. Those that pass DKIM are often a service someone signed up for without telling IT (shadow IT: add it to SPF or have it sign with the domain's key); those failing everything are spoofing that a reject policy stops.": "Aucun terme de l'enregistrement SPF ne couvre ces adresses : %1 messages. Ceux qui réussissent DKIM sont souvent un service souscrit sans prévenir l'informatique (shadow IT : ajoutez-le à SPF ou faites-le signer avec la clé du domaine) ; ceux qui échouent partout sont de l'usurpation qu'une politique reject arrête.",
    "DKIM pass": "DKIM réussi",
    "DMARC fail": "DMARC en échec",
    "Forwarders": "Redirections",
    "Mail that passed DKIM but failed SPF: it was relayed (a mailing list, a forwarding mailbox) and the signature survived. DMARC still passes through DKIM, so keep signing all mail.": "Courrier ayant réussi DKIM mais échoué SPF : il a été relayé (liste de diffusion, boîte de redirection) et la signature a survécu. DMARC réussit encore grâce à DKIM : continuez donc à signer tout le courrier.",
    "What a stricter policy would do": "Effet d'une politique plus stricte",
    "Under p=reject, %1 messages from %2 sources would have been rejected; %3 of them already were.": "Avec p=reject, %1 messages de %2 sources auraient été rejetés ; %3 d'entre eux l'ont déjà été.",
    "Under p=quarantine, %1 messages from %2 sources would have been quarantined; %3 of them already were (or were rejected).": "Avec p=quarantine, %1 messages de %2 sources auraient été mis en quarantaine ; %3 d'entre eux l'ont déjà été (ou ont été rejetés).",
    "%1 of them come from addresses the SPF record authorises: fix their alignment (DKIM signing) before enforcing.": "%1 d'entre eux viennent d'adresses autorisées par l'enregistrement SPF : corrigez leur alignement (signature DKIM) avant d'appliquer la politique.",
    "Failing messages": "Messages en échec",
    "TLS-RPT: failures delivering to the domain": "TLS-RPT : échecs de distribution vers le domaine",
    "%n SMTP TLS report(s): %1 sessions succeeded, %2 failed (%3).": ("%n rapport SMTP TLS : %1 sessions réussies, %2 en échec (%3).", "%n rapports SMTP TLS : %1 sessions réussies, %2 en échec (%3)."),
    "Failure type": "Type d'échec",
    "Failed sessions": "Sessions en échec",
    "%1 and %n more domain(s)": ("%1 et %n autre domaine", "%1 et %n autres domaines"),
    "Messages per day": "Messages par jour",
})
FR.setdefault("AuditHistoryModel", {}).update({
    "%1 · grade %2 · staged": "%1 · note %2 · en préparation",
    "%1 · grade %2": "%1 · note %2",
    "Staged": "En préparation",
    "Live": "En direct",
    "Some records came from staged zone files or a plan, not live DNS": "Certains enregistrements viennent de fichiers de zone en préparation ou d'un plan, pas du DNS réel",
    "Every answer came from the resolver": "Toutes les réponses viennent du résolveur",
    "Audited": "Audité le",
    "DNS": "DNS",
    "Resolver": "Résolveur",
})
FR["AuditHtmlExporter"].update({
    "%1: who sends as this domain": "%1 : qui envoie au nom de ce domaine",
    "Who sends as this domain": "Qui envoie au nom de ce domaine",
})
FR["AuditOverviewTab"].update({
    "Show findings of severity": "Afficher les constats de gravité",
    "Show findings of area": "Afficher les constats de la catégorie",
    "Changes since the last audit": "Changements depuis le dernier audit",
    "&Show:": "&Afficher :",
    "Since the &last audit:": "Depuis le &dernier audit :",
    "Compared with the audit of %1 (grade %2):": "Comparé à l'audit du %1 (note %2) :",
    "The history could not be used: %1": "L'historique n'a pas pu être utilisé : %1",
    "No history is kept (Settings → Audit history).": "Aucun historique n'est conservé (Paramètres → Historique des audits).",
    "The audit was cancelled, so it was not stored or compared.": "L'audit a été annulé : il n'a donc été ni enregistré ni comparé.",
    "No earlier live audit of this domain to compare the staged one with.": "Aucun audit en direct antérieur de ce domaine avec lequel comparer l'audit en préparation.",
    "No earlier audit of this domain: this one is the first in the history.": "Aucun audit antérieur de ce domaine : celui-ci est le premier de l'historique.",
    "No finding and no record changed.": "Aucun constat ni aucun enregistrement n'a changé.",
})
FR["BatchAuditDialog"].update({
    "Show domains": "Afficher les domaines",
})
FR["DkimKeyAnalyzer"].update({
    "p= is not valid base64: its length (%1 characters) is not a multiple of 4 (truncated or badly split record?)": "p= n'est pas du base64 valide : sa longueur (%1 caractères) n'est pas un multiple de 4 (enregistrement tronqué ou mal découpé ?)",
})
FR["DkimTab"].update({
    "DKIM selector to add": "Sélecteur DKIM à ajouter",
    "DKIM selectors": "Sélecteurs DKIM",
    "The selected selector's key record explained": "L'enregistrement de clé du sélecteur choisi, expliqué",
    "Signatures of dropped messages": "Signatures des messages glissés-déposés",
})
FR["DmarcExplainer"].update({
    "RFC 9989 (unknown to RFC 7489 receivers)": "RFC 9989 (inconnu des destinataires RFC 7489)",
    "RFC 7489 only (removed by RFC 9989)": "RFC 7489 uniquement (supprimé par RFC 9989)",
    "This domain is a public suffix (like a registry): names under it are separate organizations.": "Ce domaine est un suffixe public (comme un registre) : les noms en dessous sont des organisations distinctes.",
    "Testing: RFC 9989 receivers apply one level less (reject acts as quarantine, quarantine as none).": "Test : les destinataires RFC 9989 appliquent un niveau de moins (reject agit comme quarantine, quarantine comme none).",
    "Strict DKIM alignment: the signing domain (d=) must equal the From domain exactly; d=mail.%1 does not align with From: %1.": "Alignement DKIM strict : le domaine signataire (d=) doit être exactement le domaine From ; d=mail.%1 n'est pas aligné avec From: %1.",
    "Relaxed DKIM alignment: a signature by any name in the same organization aligns; d=mail.%1 aligns with From: %1.": "Alignement DKIM souple : une signature par n'importe quel nom de la même organisation est alignée ; d=mail.%1 est aligné avec From: %1.",
    "Strict SPF alignment: the envelope sender (Return-Path) domain must equal the From domain; bounce.%1 does not align with From: %1.": "Alignement SPF strict : le domaine de l'expéditeur d'enveloppe (Return-Path) doit être le domaine From ; bounce.%1 n'est pas aligné avec From: %1.",
    "Relaxed SPF alignment: an envelope sender in the same organization aligns; bounce.%1 aligns with From: %1.": "Alignement SPF souple : un expéditeur d'enveloppe de la même organisation est aligné ; bounce.%1 est aligné avec From: %1.",
    "(required)": "(obligatoire)",
    "none; RFC 7489: required": "aucune ; RFC 7489 : obligatoire",
    "the value of p": "la valeur de p",
    "the value of sp, else p": "la valeur de sp, sinon p",
    "(none: no aggregate reports)": "(aucune : pas de rapports agrégés)",
    "(none: no failure reports)": "(aucune : pas de rapports d'échec)",
})
FR["DmarcTab"].update({
    "DMARC record": "Enregistrement DMARC",
    "DMARC tags": "Balises DMARC",
    "DMARC details: readings, report destinations, roll-out, checklist": "Détails DMARC : lectures, destinations des rapports, déploiement, liste de contrôle",
})
FR["Findings"].update({
    "No DMARC record applies to the domain": "Aucun enregistrement DMARC ne s'applique au domaine",
    "Neither the domain nor any parent publishes a DMARC record, so receivers apply no DMARC policy: anyone can send mail that claims to come from this domain, and no reports tell you about it. Gmail, Yahoo and Outlook.com require a DMARC record from bulk senders.": "Ni le domaine ni aucun parent ne publie d'enregistrement DMARC : les destinataires n'appliquent donc aucune politique DMARC. N'importe qui peut envoyer du courrier prétendant venir de ce domaine, et aucun rapport ne vous en informe. Gmail, Yahoo et Outlook.com exigent un enregistrement DMARC des expéditeurs en masse.",
    "Publish a TXT record at _dmarc.<domain>: \"v=DMARC1; p=none; rua=mailto:dmarc-reports@<domain>\", then tighten the policy as the reports allow.": "Publiez un enregistrement TXT en _dmarc.<domain> : « v=DMARC1; p=none; rua=mailto:dmarc-reports@<domain> », puis durcissez la politique selon ce que permettent les rapports.",
    "More than one DMARC record at the same name": "Plusieurs enregistrements DMARC au même nom",
    "Several TXT records at _dmarc start with v=DMARC1. Receivers discard them all: RFC 7489 receivers then apply no DMARC, RFC 9989 receivers continue the tree walk towards the parent domains.": "Plusieurs enregistrements TXT en _dmarc commencent par v=DMARC1. Les destinataires les écartent tous : les destinataires RFC 7489 n'appliquent alors aucun DMARC, les destinataires RFC 9989 poursuivent le parcours de l'arborescence vers les domaines parents.",
    "Keep exactly one v=DMARC1 TXT record at _dmarc.<domain>; merge the tags.": "Gardez exactement un enregistrement TXT v=DMARC1 en _dmarc.<domain> ; fusionnez les balises.",
    "The DMARC record has a syntax error": "L'enregistrement DMARC contient une erreur de syntaxe",
    "A tag or value cannot be read. Depending on the tag, receivers ignore the value and use the default, or discard the whole record.": "Une balise ou une valeur est illisible. Selon la balise, les destinataires ignorent la valeur et utilisent la valeur par défaut, ou écartent tout l'enregistrement.",
    "Correct the tag as the detail says; each tag is name=value, separated by ';'.": "Corrigez la balise comme l'indique le détail ; chaque balise s'écrit nom=valeur, séparée par « ; ».",
    "The DMARC record has a tag that is not DMARC": "L'enregistrement DMARC contient une balise qui n'est pas DMARC",
    "Receivers ignore tags they do not know. Usually a typo, so the intended setting has no effect.": "Les destinataires ignorent les balises qu'ils ne connaissent pas. C'est souvent une faute de frappe : le réglage voulu n'a donc aucun effet.",
    "Correct the tag name or remove the tag.": "Corrigez le nom de la balise ou supprimez la balise.",
    "The record uses a tag removed by RFC 9989": "L'enregistrement utilise une balise supprimée par RFC 9989",
    "pct, rf and ri exist only in RFC 7489. RFC 7489 receivers still honour them, RFC 9989 receivers ignore them, so the same record means different things to different receivers.": "pct, rf et ri n'existent que dans RFC 7489. Les destinataires RFC 7489 les respectent encore, les destinataires RFC 9989 les ignorent : le même enregistrement n'a donc pas le même sens pour tous les destinataires.",
    "Remove pct, rf and ri. Instead of pct=0 use t=y for a testing phase.": "Supprimez pct, rf et ri. Au lieu de pct=0, utilisez t=y pour une phase de test.",
    "The policy is p=none: failing mail is delivered": "La politique est p=none : le courrier en échec est distribué",
    "p=none only asks for reports; mail that fails DMARC (including forged mail) is delivered normally. It is the right first step, not a place to stay.": "p=none demande seulement des rapports ; le courrier en échec DMARC (y compris le courrier falsifié) est distribué normalement. C'est la bonne première étape, pas un état où rester.",
    "Read the aggregate reports; once every legitimate source passes with aligned SPF or DKIM, move to p=quarantine, then p=reject.": "Lisez les rapports agrégés ; quand chaque source légitime réussit avec SPF ou DKIM aligné, passez à p=quarantine, puis à p=reject.",
    "Subdomains get a weaker policy than the domain": "Les sous-domaines ont une politique plus faible que le domaine",
    "sp (existing subdomains) or np (non-existent subdomains) is weaker than p, so attackers can forge mail from any name under the domain, such as billing.<domain>, even where the domain itself is protected.": "sp (sous-domaines existants) ou np (sous-domaines inexistants) est plus faible que p : des attaquants peuvent donc falsifier du courrier depuis n'importe quel nom sous le domaine, comme billing.<domain>, même si le domaine lui-même est protégé.",
    "Raise sp and np to at least p, or remove them so that p applies.": "Relevez sp et np au moins au niveau de p, ou supprimez-les pour que p s'applique.",
    "The policy is in testing mode (t=y)": "La politique est en mode test (t=y)",
    "t=y asks RFC 9989 receivers to apply one level less than the policy: reject becomes quarantine, quarantine becomes none. RFC 7489 receivers do not know t and apply the policy in full.": "t=y demande aux destinataires RFC 9989 d'appliquer un niveau de moins que la politique : reject devient quarantine, quarantine devient none. Les destinataires RFC 7489 ne connaissent pas t et appliquent la politique en entier.",
    "When the reports show no legitimate failures, remove t=y.": "Quand les rapports ne montrent plus d'échecs légitimes, supprimez t=y.",
    "pct applies the policy to only part of the failing mail": "pct n'applique la politique qu'à une partie du courrier en échec",
    "With pct below 100, RFC 7489 receivers apply the policy to that share of failing messages and the next weaker policy to the rest. RFC 9989 removed pct: its receivers apply the policy to all of them.": "Avec pct inférieur à 100, les destinataires RFC 7489 appliquent la politique à cette part des messages en échec et la politique immédiatement plus faible au reste. RFC 9989 a supprimé pct : ses destinataires appliquent la politique à tous.",
    "Remove pct (use t=y while testing).": "Supprimez pct (utilisez t=y pendant les tests).",
    "No aggregate reports are requested": "Aucun rapport agrégé n'est demandé",
    "Without a valid rua address nobody learns which servers send mail as the domain or what fails, so the policy cannot be tightened safely. Without a valid p, RFC 7489 receivers also need a valid rua to apply any DMARC at all.": "Sans adresse rua valide, personne ne sait quels serveurs envoient du courrier au nom du domaine ni ce qui échoue : la politique ne peut donc pas être durcie sans risque. Sans p valide, les destinataires RFC 7489 ont aussi besoin d'un rua valide pour appliquer DMARC.",
    "Add rua=mailto:dmarc-reports@<domain> (or a report-processing service's address).": "Ajoutez rua=mailto:dmarc-reports@<domain> (ou l'adresse d'un service de traitement des rapports).",
    "A report destination is not usable": "Une destination de rapports est inutilisable",
    "A rua or ruf entry is not a mailto: URI with a valid address. Receivers skip it.": "Une entrée rua ou ruf n'est pas une URI mailto: avec une adresse valide. Les destinataires l'ignorent.",
    "Write each destination as mailto:local@domain, separated by commas.": "Écrivez chaque destination sous la forme mailto:local@domain, séparées par des virgules.",
    "An external report destination has not authorised the domain": "Une destination de rapports externe n'a pas autorisé le domaine",
    "Reports to a domain outside the organizational domain are sent only if that domain publishes <domain>._report._dmarc.<destination> TXT \"v=DMARC1\" (or a wildcard). Without it receivers send nothing there.": "Les rapports vers un domaine extérieur au domaine organisationnel ne sont envoyés que si ce domaine publie <domain>._report._dmarc.<destination> TXT « v=DMARC1 » (ou un joker). Sans cela, les destinataires n'y envoient rien.",
    "Ask the destination's owner (often a report-processing service) to publish the authorization record, or use an address inside your own domain.": "Demandez au propriétaire de la destination (souvent un service de traitement des rapports) de publier l'enregistrement d'autorisation, ou utilisez une adresse dans votre propre domaine.",
    "A report destination's domain receives no mail": "Le domaine d'une destination de rapports ne reçoit pas de courrier",
    "The destination domain has no MX record (or a null MX), so reports cannot be delivered there.": "Le domaine de destination n'a pas d'enregistrement MX (ou un MX nul) : les rapports ne peuvent donc pas y être distribués.",
    "Publish an MX for the destination domain or use another address.": "Publiez un MX pour le domaine de destination ou utilisez une autre adresse.",
    "A report destination carries the obsolete !size suffix": "Une destination de rapports porte le suffixe obsolète !taille",
    "RFC 7489 let a destination limit report size (mailto:a@b!10m). RFC 9990 dropped it: RFC 9989 receivers ignore it, RFC 7489 receivers skip larger reports.": "RFC 7489 permettait à une destination de limiter la taille des rapports (mailto:a@b!10m). RFC 9990 l'a abandonné : les destinataires RFC 9989 l'ignorent, les destinataires RFC 7489 n'envoient pas les rapports plus gros.",
    "Remove the !size suffix.": "Supprimez le suffixe !taille.",
    "The policy comes from a parent domain": "La politique vient d'un domaine parent",
    "The domain has no record of its own; the record of a parent domain applies (through sp or np where given).": "Le domaine n'a pas d'enregistrement propre ; l'enregistrement d'un domaine parent s'applique (via sp ou np s'ils sont indiqués).",
    "Nothing to do if intended; publish _dmarc.<domain> to set its own policy.": "Rien à faire si c'est voulu ; publiez _dmarc.<domain> pour définir sa propre politique.",
    "RFC 9989 and RFC 7489 receivers apply different policies": "Les destinataires RFC 9989 et RFC 7489 appliquent des politiques différentes",
    "Receivers will follow both specifications for years. Here they reach different results (different record found, t=y, pct, np), so the domain is protected differently depending on the receiver.": "Les destinataires suivront les deux spécifications pendant des années. Ici, elles aboutissent à des résultats différents (enregistrement trouvé différent, t=y, pct, np) : le domaine est donc protégé différemment selon le destinataire.",
    "Publish a record both readings agree on: no pct, rf or ri, a record at the organizational domain.": "Publiez un enregistrement sur lequel les deux lectures s'accordent : ni pct, ni rf, ni ri, et un enregistrement au domaine organisationnel.",
    "The two methods find different organizational domains": "Les deux méthodes trouvent des domaines organisationnels différents",
    "RFC 9989 finds the organizational domain by walking the DNS tree, RFC 7489 from the Public Suffix List. They disagree here, so relaxed alignment and the subdomain policy can differ between receivers.": "RFC 9989 trouve le domaine organisationnel en parcourant l'arborescence DNS, RFC 7489 à partir de la Public Suffix List. Ici, ils ne s'accordent pas : l'alignement souple et la politique des sous-domaines peuvent donc différer selon les destinataires.",
    "Publish a record at the organizational domain (with psd=n if needed).": "Publiez un enregistrement au domaine organisationnel (avec psd=n si nécessaire).",
    "An SPF record answers at _dmarc": "Un enregistrement SPF répond en _dmarc",
    "A TXT query for _dmarc.<domain> returns an SPF record, through a wildcard TXT or a CNAME. Receivers ignore it as not DMARC, but it hides the absence of a DMARC record and shows that a wildcard catches names it should not.": "Une requête TXT pour _dmarc.<domain> renvoie un enregistrement SPF, via un TXT joker ou un CNAME. Les destinataires l'ignorent car ce n'est pas du DMARC, mais il masque l'absence d'enregistrement DMARC et montre qu'un joker capte des noms qu'il ne devrait pas.",
    "Publish a real DMARC record at _dmarc.<domain> (an explicit name overrides the wildcard), or fix the CNAME.": "Publiez un vrai enregistrement DMARC en _dmarc.<domain> (un nom explicite prime sur le joker), ou corrigez le CNAME.",
    "A DMARC record is published at the domain itself, not at _dmarc": "Un enregistrement DMARC est publié au domaine lui-même, pas en _dmarc",
    "A v=DMARC1 TXT record at the domain's own name is never read: receivers only look at _dmarc.<domain>.": "Un enregistrement TXT v=DMARC1 au nom même du domaine n'est jamais lu : les destinataires ne regardent que _dmarc.<domain>.",
    "Move the record to _dmarc.<domain>.": "Déplacez l'enregistrement en _dmarc.<domain>.",
    "The DMARC record could not be read because DNS failed": "L'enregistrement DMARC n'a pas pu être lu à cause d'un échec DNS",
    "A DMARC query timed out or failed (SERVFAIL, REFUSED). This is not the same as having no record: receivers in the same situation defer or skip DMARC.": "Une requête DMARC a expiré ou échoué (SERVFAIL, REFUSED). Ce n'est pas la même chose que l'absence d'enregistrement : dans la même situation, les destinataires diffèrent ou sautent DMARC.",
    "Retry, or choose another resolver; if it persists, check the domain's name servers.": "Réessayez, ou choisissez un autre résolveur ; si le problème persiste, vérifiez les serveurs de noms du domaine.",
    "The domain publishes no SPF record": "Le domaine ne publie aucun enregistrement SPF",
    "No TXT record starting with \"v=spf1\" exists, so receivers cannot tell which servers may send mail for this domain (SPF result \"none\").": "Aucun enregistrement TXT commençant par « v=spf1 » n'existe : les destinataires ne peuvent donc pas savoir quels serveurs peuvent envoyer du courrier pour ce domaine (résultat SPF « none »).",
    "Publish one TXT record such as \"v=spf1 mx -all\" listing the servers that send your mail, or \"v=spf1 -all\" if the domain sends no mail.": "Publiez un enregistrement TXT tel que « v=spf1 mx -all » listant les serveurs qui envoient votre courrier, ou « v=spf1 -all » si le domaine n'envoie pas de courrier.",
    "The domain publishes more than one SPF record": "Le domaine publie plusieurs enregistrements SPF",
    "Exactly one \"v=spf1\" record is allowed; with two or more, every check ends in permerror.": "Un seul enregistrement « v=spf1 » est autorisé ; avec deux ou plus, chaque vérification se termine en permerror.",
    "Merge the records into one TXT record and delete the others.": "Fusionnez les enregistrements en un seul enregistrement TXT et supprimez les autres.",
    "The SPF record has a syntax error": "L'enregistrement SPF contient une erreur de syntaxe",
    "A term does not follow the RFC 7208 grammar; receivers stop at once with permerror.": "Un terme ne respecte pas la grammaire de RFC 7208 ; les destinataires s'arrêtent aussitôt avec permerror.",
    "Correct the term shown (the character position points at the problem).": "Corrigez le terme indiqué (la position du caractère désigne le problème).",
    "More than 10 DNS lookups: SPF evaluation fails": "Plus de 10 requêtes DNS : l'évaluation SPF échoue",
    "include, a, mx, ptr, exists and redirect each cost one DNS lookup, counted across every include. Past 10, receivers return permerror and your mail fails SPF.": "include, a, mx, ptr, exists et redirect coûtent chacun une requête DNS, comptée à travers tous les include. Au-delà de 10, les destinataires renvoient permerror et votre courrier échoue SPF.",
    "Remove unused includes, replace a/mx with ip4/ip6 where addresses are stable, or move senders to subdomains with their own records.": "Supprimez les include inutilisés, remplacez a/mx par ip4/ip6 là où les adresses sont stables, ou déplacez des expéditeurs vers des sous-domaines ayant leurs propres enregistrements.",
    "SPF uses 8 to 10 of its 10 DNS lookups": "SPF utilise 8 à 10 de ses 10 requêtes DNS",
    "The record still works, but one more include (or a provider adding one inside theirs) breaks it.": "L'enregistrement fonctionne encore, mais un include de plus (ou un fournisseur qui en ajoute un dans le sien) le casse.",
    "Make room now: drop unused includes or replace a/mx terms by ip4/ip6.": "Faites de la place dès maintenant : retirez les include inutilisés ou remplacez les termes a/mx par ip4/ip6.",
    "More than 2 lookups find nothing (void lookups)": "Plus de 2 requêtes ne trouvent rien (requêtes vides)",
    "Lookups that answer NXDOMAIN or no records are limited to two; the third gives permerror.": "Les requêtes qui répondent NXDOMAIN ou aucun enregistrement sont limitées à deux ; la troisième donne permerror.",
    "Remove terms that point at names without records.": "Supprimez les termes qui pointent vers des noms sans enregistrement.",
    "An include or redirect loops back to itself": "Un include ou un redirect boucle sur lui-même",
    "Following the chain comes back to a record already on the path; evaluation can only end in permerror at the lookup limit.": "Suivre la chaîne ramène à un enregistrement déjà sur le chemin ; l'évaluation ne peut que finir en permerror à la limite de requêtes.",
    "Remove the include or redirect that points back up the chain.": "Supprimez l'include ou le redirect qui renvoie plus haut dans la chaîne.",
    "An include or redirect target has no SPF record": "La cible d'un include ou d'un redirect n'a pas d'enregistrement SPF",
    "include and redirect need the target to publish an SPF record; without one, evaluation ends in permerror.": "include et redirect exigent que la cible publie un enregistrement SPF ; sans cela, l'évaluation se termine en permerror.",
    "Fix the target name (a typo?) or remove the term.": "Corrigez le nom de la cible (une faute de frappe ?) ou supprimez le terme.",
    "The same include is evaluated more than once": "Le même include est évalué plusieurs fois",
    "A target reached twice costs its lookups twice without authorising anything new.": "Une cible atteinte deux fois coûte deux fois ses requêtes sans rien autoriser de nouveau.",
    "Keep one include of that target.": "Gardez un seul include de cette cible.",
    "The record ends in \"+all\": anyone may send": "L'enregistrement se termine par « +all » : tout le monde peut envoyer",
    "\"+all\" (or a bare \"all\") authorises every server on the Internet to send mail for the domain.": "« +all » (ou un « all » seul) autorise tous les serveurs d'Internet à envoyer du courrier pour le domaine.",
    "End the record with \"-all\" (or \"~all\" while testing).": "Terminez l'enregistrement par « -all » (ou « ~all » pendant les tests).",
    "The record does not say what happens to other senders": "L'enregistrement ne dit pas ce qu'il advient des autres expéditeurs",
    "\"?all\", or no \"all\" and no redirect, leaves every unlisted sender neutral: SPF then protects nothing.": "« ?all », ou l'absence de « all » et de redirect, laisse tout expéditeur non listé en neutral : SPF ne protège alors rien.",
    "End the record with \"-all\" (or \"~all\").": "Terminez l'enregistrement par « -all » (ou « ~all »).",
    "The record uses the \"ptr\" mechanism": "L'enregistrement utilise le mécanisme « ptr »",
    "ptr is slow, unreliable and must not be used; many receivers skip it.": "ptr est lent, peu fiable et ne doit pas être utilisé ; de nombreux destinataires l'ignorent.",
    "Replace ptr with ip4/ip6 or a terms naming the servers.": "Remplacez ptr par des termes ip4/ip6 ou a désignant les serveurs.",
    "An obsolete SPF (type 99) record is published": "Un enregistrement SPF obsolète (type 99) est publié",
    "RFC 7208 removed the SPF record type; only TXT is read. A type-99 record that differs from the TXT one misleads anyone reading DNS.": "RFC 7208 a supprimé le type d'enregistrement SPF ; seul TXT est lu. Un enregistrement de type 99 différent du TXT induit en erreur quiconque lit le DNS.",
    "Delete the type-99 record and keep the TXT record.": "Supprimez l'enregistrement de type 99 et gardez l'enregistrement TXT.",
    "The SPF record is longer than 450 bytes": "L'enregistrement SPF dépasse 450 octets",
    "Long records risk DNS answers over 512 bytes, which some receivers do not fetch over TCP.": "Les enregistrements longs risquent des réponses DNS de plus de 512 octets, que certains destinataires ne récupèrent pas en TCP.",
    "Shorten it: move senders to an include on a subdomain.": "Raccourcissez-le : déplacez des expéditeurs dans un include sur un sous-domaine.",
    "An \"mx\" term finds more than 10 mail servers": "Un terme « mx » trouve plus de 10 serveurs de messagerie",
    "mx may look up at most 10 names; with more, evaluation ends in permerror.": "mx peut interroger au plus 10 noms ; au-delà, l'évaluation se termine en permerror.",
    "Use ip4/ip6 for the servers instead of mx.": "Utilisez ip4/ip6 pour les serveurs au lieu de mx.",
    "redirect is ignored because the record has \"all\"": "redirect est ignoré car l'enregistrement contient « all »",
    "With an \"all\" mechanism anywhere, redirect never applies.": "Avec un mécanisme « all » n'importe où, redirect ne s'applique jamais.",
    "Remove either the redirect or the all.": "Supprimez soit le redirect, soit le all.",
    "Terms after \"all\" are never evaluated": "Les termes après « all » ne sont jamais évalués",
    "Evaluation stops at \"all\"; whatever follows it has no effect.": "L'évaluation s'arrête à « all » ; ce qui suit n'a aucun effet.",
    "Move the terms before \"all\", or delete them.": "Déplacez les termes avant « all », ou supprimez-les.",
    "Two terms authorise overlapping address ranges": "Deux termes autorisent des plages d'adresses qui se chevauchent",
    "The same addresses are listed twice (often through two includes); harmless but it hides stale entries.": "Les mêmes adresses sont listées deux fois (souvent via deux include) ; sans danger, mais cela masque des entrées périmées.",
    "Remove the narrower duplicate.": "Supprimez le doublon le plus étroit.",
    "A DNS lookup failed while reading SPF": "Une requête DNS a échoué pendant la lecture de SPF",
    "A lookup timed out or the server failed (temperror). This says nothing about whether the record exists: it could not be read.": "Une requête a expiré ou le serveur a échoué (temperror). Cela ne dit rien de l'existence de l'enregistrement : il n'a pas pu être lu.",
    "Check the domain's name servers answer, then retry.": "Vérifiez que les serveurs de noms du domaine répondent, puis réessayez.",
})
FR.setdefault("HistoryTab", {}).update({
    "Show &unchanged findings": "Afficher les constats &inchangés",
    "Select two audits to compare them": "Sélectionnez deux audits pour les comparer",
    "Stored audits": "Audits enregistrés",
    "Trend of grade and findings": "Évolution de la note et des constats",
    "Earlier audit": "Audit le plus ancien",
    "Later audit": "Audit le plus récent",
    "Findings that changed between the two audits": "Constats qui ont changé entre les deux audits",
    "Records that changed between the two audits": "Enregistrements qui ont changé entre les deux audits",
    "&Compare": "&Comparer",
    "&with": "a&vec",
    "Audit a domain to see its past audits, how they changed and the trend.": "Auditez un domaine pour voir ses audits passés, leurs changements et leur évolution.",
    "Two stored audits of a domain are compared here, finding by finding and record by record.": "Deux audits enregistrés d'un domaine sont comparés ici, constat par constat et enregistrement par enregistrement.",
    "<b>%1</b>: no history is kept. Turn it on in Settings → Audit history to compare audits over time.": "<b>%1</b> : aucun historique n'est conservé. Activez-le dans Paramètres → Historique des audits pour comparer les audits dans le temps.",
    "History is off, so there is nothing to compare.": "L'historique est désactivé : il n'y a donc rien à comparer.",
    "History is off.": "L'historique est désactivé.",
    "<b>%1</b>: reading the history…": "<b>%1</b> : lecture de l'historique…",
    "<b>%1</b>: the history could not be read: %2": "<b>%1</b> : l'historique n'a pas pu être lu : %2",
    "<b>%1</b>: %n audit(s) in the demo's own history (temporary, removed when Mailsight closes).": ("<b>%1</b> : %n audit dans l'historique propre à la démo (temporaire, supprimé à la fermeture de Mailsight).", "<b>%1</b> : %n audits dans l'historique propre à la démo (temporaire, supprimé à la fermeture de Mailsight)."),
    "<b>%1</b>: %n audit(s) stored in %2": ("<b>%1</b> : %n audit enregistré dans %2", "<b>%1</b> : %n audits enregistrés dans %2"),
    "The history could not be read, so nothing can be compared.": "L'historique n'a pas pu être lu : rien ne peut donc être comparé.",
    "No audit of %1 is stored yet. When this audit finishes it is stored, and the next one can be compared with it.": "Aucun audit de %1 n'est encore enregistré. Quand cet audit se termine, il est enregistré, et le suivant pourra lui être comparé.",
    "Only one audit of %1 is stored. Audit it again later (or stage a planned change) to see what changed.": "Un seul audit de %1 est enregistré. Auditez-le à nouveau plus tard (ou mettez en préparation une modification prévue) pour voir ce qui a changé.",
    "Compared since last quarter: with the last audit of %1.": "Comparaison depuis le trimestre dernier : avec le dernier audit du %1.",
    "Compared with the last live audit before: none is from an earlier quarter.": "Comparaison avec le dernier audit en direct précédent : aucun ne date d'un trimestre antérieur.",
    "Compared with the audit before: no live audit is stored.": "Comparaison avec l'audit précédent : aucun audit en direct n'est enregistré.",
    "Pick two different audits to compare.": "Choisissez deux audits différents à comparer.",
    "The audits could not be compared: %1": "Les audits n'ont pas pu être comparés : %1",
    "Findings: %1 new, %2 fixed, %3 unchanged": "Constats : %1 nouveaux, %2 corrigés, %3 inchangés",
    "Records: %n change(s)": ("Enregistrements : %n changement", "Enregistrements : %n changements"),
    "Grade <b>%1</b> → <b>%2</b>: <span style=\"color:%3\">%4 %5</span>": "Note <b>%1</b> → <b>%2</b> : <span style=\"color:%3\">%4 %5</span>",
    "The trend of the grade and of the findings by severity over the stored audits appears here.": "L'évolution de la note et des constats par gravité au fil des audits enregistrés apparaît ici.",
    "No stored audit of %1 yet.": "Aucun audit enregistré de %1 pour l'instant.",
    "History": "Historique",
})
FR["MainWindow"].update({
    "Mode of the audit": "Mode de l'audit",
    "Checks": "Vérifications",
    "&Recent domains": "Domaines &récents",
    "No domain audited yet": "Aucun domaine audité pour l'instant",
    "The demo's DMARC reports could not be loaded.": "Les rapports DMARC de la démo n'ont pas pu être chargés.",
    "<h3>Mailsight %1</h3><p>Audits a domain's email authentication (SPF, DKIM, DMARC) from what its DNS publishes, live or from zone files before they are deployed.</p><p><b>Keyboard</b></p><table><tr><td>Enter</td><td>&nbsp;audit the domain in the field</td></tr><tr><td>Ctrl+L</td><td>&nbsp;go to the domain field</td></tr><tr><td>Ctrl+1…9</td><td>&nbsp;show the first… ninth tab</td></tr><tr><td>Ctrl+PgDown, Ctrl+PgUp</td><td>&nbsp;next, previous tab</td></tr><tr><td>Tab, Shift+Tab</td><td>&nbsp;move between the controls of a tab</td></tr><tr><td>Ctrl+F</td><td>&nbsp;search the SPF tree</td></tr><tr><td>F5</td><td>&nbsp;audit again (staged zone files are read again)</td></tr><tr><td>Esc</td><td>&nbsp;cancel the running audit</td></tr><tr><td>Ctrl+O</td><td>&nbsp;open a zone file for a staged audit</td></tr><tr><td>Ctrl+B</td><td>&nbsp;batch audit of a list of domains</td></tr><tr><td>Ctrl+C</td><td>&nbsp;copy the selected records or queries</td></tr><tr><td>Ctrl+Q</td><td>&nbsp;quit</td></tr></table>": "<h3>Mailsight %1</h3><p>Audite l'authentification des e-mails d'un domaine (SPF, DKIM, DMARC) à partir de ce que publie son DNS, en direct ou depuis des fichiers de zone avant leur déploiement.</p><p><b>Clavier</b></p><table><tr><td>Entrée</td><td>&nbsp;auditer le domaine saisi</td></tr><tr><td>Ctrl+L</td><td>&nbsp;aller au champ du domaine</td></tr><tr><td>Ctrl+1…9</td><td>&nbsp;afficher le premier… neuvième onglet</td></tr><tr><td>Ctrl+Pg suiv, Ctrl+Pg préc</td><td>&nbsp;onglet suivant, précédent</td></tr><tr><td>Tab, Maj+Tab</td><td>&nbsp;passer d'un contrôle à l'autre dans un onglet</td></tr><tr><td>Ctrl+F</td><td>&nbsp;rechercher dans l'arbre SPF</td></tr><tr><td>F5</td><td>&nbsp;auditer à nouveau (les fichiers de zone en préparation sont relus)</td></tr><tr><td>Échap</td><td>&nbsp;annuler l'audit en cours</td></tr><tr><td>Ctrl+O</td><td>&nbsp;ouvrir un fichier de zone pour un audit en préparation</td></tr><tr><td>Ctrl+B</td><td>&nbsp;audit par lots d'une liste de domaines</td></tr><tr><td>Ctrl+C</td><td>&nbsp;copier les enregistrements ou requêtes sélectionnés</td></tr><tr><td>Ctrl+Q</td><td>&nbsp;quitter</td></tr></table>",
})
FR["ReportsTab"].update({
    "Domain the reports are about": "Domaine concerné par les rapports",
    "Include in PDF report": "Inclure dans le rapport PDF",
    "File → Export adds \"Who sends as this domain\" to the PDF and HTML report: volume, top sources, unknown senders, forwarders, the policy simulation and TLS-RPT failures of the dates chosen here (else the last 90 days)": "Fichier → Exporter l'audit ajoute « Qui envoie au nom de ce domaine » au rapport PDF et HTML : volume, principales sources, expéditeurs inconnus, redirections, simulation de politique et échecs TLS-RPT pour les dates choisies ici (sinon les 90 derniers jours)",
    "Do&main:": "Do&maine :",
    "Reports from": "Rapports du",
    "Reports until": "Rapports jusqu'au",
    "Report views": "Vues des rapports",
    "Chart: messages per day by DMARC result": "Graphique : messages par jour selon le résultat DMARC",
    "Chart: DMARC pass rate of the biggest sources": "Graphique : taux de réussite DMARC des principales sources",
    "Filter the sources": "Filtrer les sources",
    "Sending sources": "Sources d'envoi",
    "Chart: the selected source's messages per day": "Graphique : messages par jour de la source sélectionnée",
    "Policy to simulate": "Politique à simuler",
    "Sources under the simulated policy": "Sources sous la politique simulée",
    "Chart: TLS sessions per day": "Graphique : sessions TLS par jour",
})
FR["SettingsDialog"].update({
    "&Keep every audit in the history": "&Conserver chaque audit dans l'historique",
    "&Browse…": "Parc&ourir…",
    "The new language is used from the next start of Mailsight.": "La nouvelle langue sera utilisée au prochain démarrage de Mailsight.",
    "Custom DNS servers": "Serveurs DNS personnalisés",
    "Stored audits feed the History tab and the Overview's \"since the last audit\"; the CLI's --history uses the same file by default": "Les audits enregistrés alimentent l'onglet Historique et le « depuis le dernier audit » de la Vue d'ensemble ; l'option --history de la CLI utilise le même fichier par défaut",
    "The SQLite database of the audit history; empty: the default": "La base SQLite de l'historique des audits ; vide : celle par défaut",
    "System (%1)": "Système (%1)",
    "Dark and High contrast keep severity readable: icon and word as well as colour": "Sombre et Contraste élevé gardent la gravité lisible : icône et mot en plus de la couleur",
    "T&heme:": "&Thème :",
    "&Language:": "&Langue :",
    "Audit history": "Historique des audits",
    "&Database:": "&Base de données :",
    "The demo keeps its own temporary history.": "La démo conserve son propre historique temporaire.",
    "History database": "Base de données de l'historique",
    "SQLite databases (*.sqlite *.db);;All files (*)": "Bases de données SQLite (*.sqlite *.db);;Tous les fichiers (*)",
})
FR["SpfTab"].update({
    "SPF record": "Enregistrement SPF",
    "Search the SPF tree": "Rechercher dans l'arbre SPF",
    "SPF lookup tree": "Arbre des requêtes SPF",
    "SPF findings": "Constats SPF",
    "Explanation of the selected term": "Explication du terme sélectionné",
    "Chart: DNS lookups per branch of the SPF tree": "Graphique : requêtes DNS par branche de l'arbre SPF",
    "What if: client IP address": "Simulation : adresse IP du client",
    "What if: sender address": "Simulation : adresse de l'expéditeur",
    "What if: HELO name": "Simulation : nom HELO",
    "What if: SPF record to test instead of the published one": "Simulation : enregistrement SPF à tester à la place de celui publié",
})
FR["main"].update({
    "Save every tab as DIR/<tab>.png once the audit is done, then quit.": "Enregistrer chaque onglet sous DIR/<tab>.png une fois l'audit terminé, puis quitter.",
    "With --screenshots: only this tab (a file name such as spf; repeatable).": "Avec --screenshots : seulement cet onglet (un nom de fichier comme spf ; répétable).",
    "Colours: system, light, dark or high-contrast (saved as in Settings).": "Couleurs : system, light, dark ou high-contrast (enregistré comme dans les Paramètres).",
})


# Strings that share one keyboard-accelerator namespace (a menu, the menu bar, a dialog).
MENUS = {
    "menu bar": [("MainWindow", "&File"), ("MainWindow", "&View"), ("MainWindow", "&Help")],
    "File": [("MainWindow", s) for s in ("&Open zone file…", "Open &Terraform plan…", "&Close staged files",
                                         "Try the &demo", "Demo: stage the &planned change",
                                         "&Batch audit…", "&Export audit…", "&Settings…", "&Quit",
                                         "&Recent domains")],
    "Batch audit dialog": [("BatchAuditDialog", s) for s in ("&Load from file…", "&Start audit", "Ca&ncel",
                                                             "&Export…", "&Domains to audit, one a line (# starts a comment):",
                                                             "Domains at &once:", "&Time bound per domain:")],
    "query log context menu": [("MainWindow", "&Copy selected queries"),
                               ("MainWindow", "Copy the whole log as &JSON")],
    # The main window: tool bar, menu bar and the tabs' own buttons. "Mail &from:" (DMARC tab) is left
    # out: in the source it shares its letter with "&File" too.
    "main window": [("MainWindow", s) for s in ("&Domain:", "&Audit", "Ca&ncel", "&File", "&View", "&Help")]
    + [("RecordsTab", "Show 255-byte string &splits"), ("RecordsTab", "&Copy records"), ("DmarcTab", "&Try")],
    "Settings dialog": [("SettingsDialog", s) for s in ("&System resolver", "C&ustom DNS servers",
                                                        "&Offline: answer only from zone files",
                                                        "&Add zone files…", "&Remove", "&Timeout per query:",
                                                        "&Keep every audit in the history", "&Browse…",
                                                        "T&heme:", "&Language:", "&Database:")],
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", nargs="?", type=Path,
                        default=Path(__file__).resolve().parent.parent / "translations" / "mailsight_fr.ts")
    parser.add_argument("--check", action="store_true", help="only check, do not fill")
    parser.add_argument("--overwrite", action="store_true",
                        help="also replace finished translations by the ones in this script")
    args = parser.parse_args()
    if not args.check:
        fill(args.ts, args.overwrite)
    return 0 if check(args.ts) else 1


if __name__ == "__main__":
    sys.exit(main())
