<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../pages/admin.py" line="57"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="57"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="57"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="58"/>
        <source>Locked until</source>
        <translation>Bloqué jusqu&apos;à</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="65"/>
        <source>Add operator</source>
        <translation>Ajouter un opérateur</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="69"/>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="70"/>
        <source>first password</source>
        <translation>premier mot de passe</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="74"/>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="80"/>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="82"/>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="83"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="84"/>
        <source>New passphrase again</source>
        <translation>Nouvelle phrase secrète (confirmation)</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="86"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="95"/>
        <source>library default</source>
        <translation>valeur par défaut</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="100"/>
        <source>Save settings</source>
        <translation>Enregistrer les réglages</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="102"/>
        <source>Match threshold (supervisor review)</source>
        <translation>Seuil de correspondance (revue superviseur)</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="103"/>
        <source>Possible-match threshold (shown)</source>
        <translation>Seuil de correspondance possible (affichée)</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="105"/>
        <source>Card validity (days)</source>
        <translation>Validité de la carte (jours)</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="106"/>
        <source>Idle lock (minutes)</source>
        <translation>Verrouillage après inactivité (minutes)</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="108"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="111"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="111"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="111"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="111"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="112"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="112"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="113"/>
        <source>Verify the audit chain</source>
        <translation>Vérifier la chaîne d&apos;audit</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="114"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="122"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="170"/>
        <source>The first password needs at least 8 characters.</source>
        <translation>Le premier mot de passe doit compter au moins 8 caractères.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="174"/>
        <source>Operator %s added.</source>
        <translation>Opérateur %s ajouté.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="187"/>
        <source>The two new passphrases differ.</source>
        <translation>Les deux nouvelles phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="190"/>
        <source>The passphrase needs at least 12 characters.</source>
        <translation>La phrase secrète doit compter au moins 12 caractères.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="198"/>
        <source>Passphrase changed.</source>
        <translation>Phrase secrète changée.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="210"/>
        <source>Settings saved.</source>
        <translation>Réglages enregistrés.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="220"/>
        <source>The audit chain is intact (%d events).</source>
        <translation>La chaîne d&apos;audit est intacte (%d événements).</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="223"/>
        <source>The audit chain is broken: %s</source>
        <translation>La chaîne d&apos;audit est rompue : %s</translation>
    </message>
</context>
<context>
    <name>CaptureStep</name>
    <message>
        <location filename="../wizard/capture.py" line="73"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="74"/>
        <source>Import photo…</source>
        <translation>Importer une photo…</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="75"/>
        <source>Capture automatically when all checks pass</source>
        <translation>Prendre automatiquement quand tous les contrôles passent</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="77"/>
        <source>Capture now</source>
        <translation>Prendre maintenant</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="78"/>
        <source>No picture yet</source>
        <translation>Pas encore d&apos;image</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="84"/>
        <source>Check the blink again</source>
        <translation>Vérifier le clignement à nouveau</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="87"/>
        <source>Reason to accept a photo failing a check</source>
        <translation>Motif pour accepter une photo qui échoue à un contrôle</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="91"/>
        <source>Use this photo</source>
        <translation>Utiliser cette photo</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="92"/>
        <source>Retake</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="100"/>
        <source>&lt;b&gt;Photo checks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contrôles de la photo&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="109"/>
        <source>&lt;b&gt;ID portrait: check it and approve&lt;/b&gt;</source>
        <translation>&lt;b&gt;Portrait d&apos;identité : vérifiez-le et approuvez&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="120"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="141"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="155"/>
        <source>Folder of photos…</source>
        <translation>Dossier de photos…</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="156"/>
        <source>Video file…</source>
        <translation>Fichier vidéo…</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="158"/>
        <source>No camera was found on this computer. Import a photo, or choose a folder of photos or a video file.</source>
        <translation>Aucune caméra trouvée sur cet ordinateur. Importez une photo, ou choisissez un dossier de photos ou un fichier vidéo.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="168"/>
        <source>Folder of photos</source>
        <translation>Dossier de photos</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="170"/>
        <source>Video file</source>
        <translation>Fichier vidéo</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="178"/>
        <source>Opening the camera…</source>
        <translation>Ouverture de la caméra…</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="236"/>
        <source>Please blink: ask the person to look at the camera and blink once.</source>
        <translation>Clignez des yeux, s&apos;il vous plaît : demandez à la personne de regarder la caméra et de cligner des yeux une fois.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="238"/>
        <source>Blink seen: a live person is in front of the camera.</source>
        <translation>Clignement vu : une personne vivante est devant la caméra.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="240"/>
        <source>No blink seen in time. Ask the person to blink, then press “Check the blink again”.</source>
        <translation>Aucun clignement vu à temps. Demandez à la personne de cligner des yeux, puis appuyez sur « Vérifier le clignement à nouveau ».</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="243"/>
        <source>Imported photo: no liveness check.</source>
        <translation>Photo importée : pas de contrôle de présence.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="277"/>
        <source>The source has no more pictures. Capture the best one, or choose another source.</source>
        <translation>La source n&apos;a plus d&apos;images. Prenez la meilleure, ou choisissez une autre source.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="343"/>
        <source>No face found yet: wait for the checklist, or import a photo.</source>
        <translation>Aucun visage trouvé : attendez la liste des contrôles, ou importez une photo.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="347"/>
        <source>This photo cannot be used: %s</source>
        <translation>Cette photo ne peut pas être utilisée : %s</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="351"/>
        <source>The photo fails a check: retake it, or type a reason to accept it.</source>
        <translation>La photo échoue à un contrôle : reprenez-la, ou indiquez un motif pour l&apos;accepter.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="362"/>
        <source>All checks passed.</source>
        <translation>Tous les contrôles sont passés.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="363"/>
        <source>Accepted with a reason despite: %s</source>
        <translation>Acceptée avec un motif malgré : %s</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="371"/>
        <source>Liveness: blink seen.</source>
        <translation>Présence : clignement vu.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="372"/>
        <source>Liveness: no blink seen (recorded as not passed).</source>
        <translation>Présence : aucun clignement vu (enregistré comme non réussi).</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="383"/>
        <source>Photo approved.</source>
        <translation>Photo approuvée.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="401"/>
        <source>Import photo</source>
        <translation>Importer une photo</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="401"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="409"/>
        <source>Checking the photo…</source>
        <translation>Vérification de la photo…</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="425"/>
        <source>No usable face in this photo.</source>
        <translation>Aucun visage utilisable sur cette photo.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="433"/>
        <source>Capture and approve a photo first (or import one).</source>
        <translation>Prenez et approuvez d&apos;abord une photo (ou importez-en une).</translation>
    </message>
</context>
<context>
    <name>CardPreview</name>
    <message>
        <location filename="../card_preview.py" line="57"/>
        <source>Front</source>
        <translation>Recto</translation>
    </message>
    <message>
        <location filename="../card_preview.py" line="58"/>
        <source>Back</source>
        <translation>Verso</translation>
    </message>
    <message>
        <location filename="../card_preview.py" line="59"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../card_preview.py" line="60"/>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <location filename="../card_preview.py" line="84"/>
        <source>Preparing the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <location filename="../card_preview.py" line="112"/>
        <source>Saved %s</source>
        <translation>%s enregistré</translation>
    </message>
    <message>
        <location filename="../card_preview.py" line="116"/>
        <source>Save card</source>
        <translation>Enregistrer la carte</translation>
    </message>
    <message>
        <location filename="../card_preview.py" line="150"/>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
</context>
<context>
    <name>CentralPage</name>
    <message>
        <location filename="../pages/central.py" line="41"/>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="42"/>
        <source>already imported</source>
        <translation>déjà importé</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="43"/>
        <source>rejected</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="74"/>
        <source>Folder of the registry (its home)</source>
        <translation>Dossier du registre (son répertoire)</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="75"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="78"/>
        <source>Registry passphrase</source>
        <translation>Phrase secrète du registre</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="79"/>
        <source>Open registry</source>
        <translation>Ouvrir le registre</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="80"/>
        <location filename="../pages/central.py" line="162"/>
        <source>No registry open.</source>
        <translation>Aucun registre ouvert.</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="82"/>
        <source>Import batch files…</source>
        <translation>Importer des fichiers de lot…</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="83"/>
        <source>Refresh queue</source>
        <translation>Actualiser la file</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="84"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="84"/>
        <location filename="../pages/central.py" line="87"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="84"/>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="85"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="85"/>
        <source>Records imported</source>
        <translation>Dossiers importés</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="86"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="87"/>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="87"/>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="88"/>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="88"/>
        <source>Candidate station</source>
        <translation>Station du candidat</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="89"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="89"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="89"/>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="94"/>
        <location filename="../pages/central.py" line="127"/>
        <source>Registry folder</source>
        <translation>Dossier du registre</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="95"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="107"/>
        <source>&lt;b&gt;Imported batch files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fichiers de lots importés&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="109"/>
        <source>&lt;b&gt;Cross-site duplicate queue&lt;/b&gt;</source>
        <translation>&lt;b&gt;File des doublons entre sites&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="140"/>
        <source>Opening the registry…</source>
        <translation>Ouverture du registre…</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="154"/>
        <source>Registry open.</source>
        <translation>Registre ouvert.</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="169"/>
        <source>Batch files (*.batch *.zip);;All (*)</source>
        <translation>Fichiers de lots (*.batch *.zip);;Tous (*)</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="180"/>
        <source>Importing batch files…</source>
        <translation>Importation des fichiers de lots…</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="180"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="182"/>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="210"/>
        <source>Stopping after the current file…</source>
        <translation>Arrêt après le fichier en cours…</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="217"/>
        <source>Imported %d of %d file(s)…</source>
        <translation>%d fichier(s) sur %d importé(s)…</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="243"/>
        <source>%d imported, %d already imported, %d rejected.</source>
        <translation>%d importé(s), %d déjà importé(s), %d refusé(s).</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="246"/>
        <source>Stopped: the other files were not imported.</source>
        <translation>Arrêté : les autres fichiers n&apos;ont pas été importés.</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="253"/>
        <source>%s (moved to quarantine)</source>
        <translation>%s (mis en quarantaine)</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="255"/>
        <source>batches missing before it: %s</source>
        <translation>lots manquants avant celui-ci : %s</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="286"/>
        <source>Registry open: %d records from %d station(s), %d batch(es), %d rejected file(s), %d open cross-site case(s).</source>
        <translation>Registre ouvert : %d dossiers de %d station(s), %d lot(s), %d fichier(s) refusé(s), %d cas de doublon entre sites ouvert(s).</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="102"/>
        <source>&lt;h2&gt;Central registry: import batches&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Registre central : importer des lots&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="169"/>
        <source>Batch files</source>
        <translation>Fichiers de lots</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <location filename="../wizard/steps.py" line="108"/>
        <source>The person agrees to</source>
        <translation>La personne accepte</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="118"/>
        <source>Language of the person</source>
        <translation>Langue de la personne</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="128"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="139"/>
        <source>Consent text version %s, shown in %s</source>
        <translation>Texte de consentement version %s, affiché en %s</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="164"/>
        <source>Consent to registration is needed to enrol a person.</source>
        <translation>Le consentement à l&apos;enregistrement est nécessaire pour enregistrer une personne.</translation>
    </message>
</context>
<context>
    <name>ContactsStep</name>
    <message>
        <location filename="../wizard/steps.py" line="399"/>
        <location filename="../wizard/steps.py" line="406"/>
        <location filename="../wizard/steps.py" line="407"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="400"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="403"/>
        <source>Preferred channel in an emergency</source>
        <translation>Canal préféré en cas d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="405"/>
        <location filename="../wizard/steps.py" line="407"/>
        <location filename="../wizard/steps.py" line="409"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="405"/>
        <location filename="../wizard/steps.py" line="407"/>
        <location filename="../wizard/steps.py" line="409"/>
        <source>Relationship</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="408"/>
        <source>Registration number</source>
        <translation>Numéro d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="410"/>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="411"/>
        <source>Emergency contacts</source>
        <translation>Contacts d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="412"/>
        <source>Family contacts</source>
        <translation>Contacts familiaux</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="413"/>
        <source>Dependants</source>
        <translation>Personnes à charge</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="422"/>
        <source>Contacts and family</source>
        <translation>Contacts et famille</translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <location filename="../correct_dialog.py" line="71"/>
        <source>Correct details of %s</source>
        <translation>Corriger les informations de %s</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="73"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="73"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="74"/>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="75"/>
        <source>Birth date (YYYY-MM-DD, or a year)</source>
        <translation>Date de naissance (AAAA-MM-JJ, ou une année)</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="76"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="76"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="77"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="77"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="78"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="88"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="91"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="92"/>
        <source>Save correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="97"/>
        <source>&lt;b&gt;Record history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historique du dossier&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="100"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="100"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="100"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="100"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="130"/>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="134"/>
        <source>Corrections are not available in this build.</source>
        <translation>Les corrections ne sont pas disponibles dans cette version.</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="137"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="155"/>
        <source>Corrected: %s.</source>
        <translation>Corrigé : %s.</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="171"/>
        <source>(not kept)</source>
        <translation>(non conservé)</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../pickers.py" line="54"/>
        <source>type to search, e.g. Congo or COD</source>
        <translation>tapez pour chercher, p. ex. Congo ou COD</translation>
    </message>
</context>
<context>
    <name>DetailsStep</name>
    <message>
        <location filename="../wizard/steps.py" line="195"/>
        <source>Sex *</source>
        <translation>Sexe *</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="203"/>
        <source>Only the year is known (estimated)</source>
        <translation>Seule l&apos;année est connue (estimée)</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="210"/>
        <source>Date of birth *</source>
        <translation>Date de naissance *</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="213"/>
        <source>Nationality *</source>
        <translation>Nationalité *</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="218"/>
        <source>Local language proficiency</source>
        <translation>Maîtrise de la langue locale</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="221"/>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="227"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="228"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="229"/>
        <source>Place of residence</source>
        <translation>Lieu de résidence</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="230"/>
        <source>Arrival date</source>
        <translation>Date d&apos;arrivée</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="245"/>
        <source>Personal details</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="323"/>
        <location filename="../wizard/steps.py" line="324"/>
        <source>Choose the sex.</source>
        <translation>Choisissez le sexe.</translation>
    </message>
</context>
<context>
    <name>DuplicateAlert</name>
    <message>
        <location filename="../wizard/alert.py" line="29"/>
        <source>Possible earlier registration</source>
        <translation>Enregistrement antérieur possible</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="33"/>
        <source>&lt;h3&gt;This person may be registered already&lt;/h3&gt;&lt;p&gt;Compare the photos. If you recognise the person, open the existing record. Otherwise continue: a close match is sent to a supervisor, and no card is printed until the supervisor decides.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cette personne est peut-être déjà enregistrée&lt;/h3&gt;&lt;p&gt;Comparez les photos. Si vous reconnaissez la personne, ouvrez le dossier existant. Sinon, continuez : une forte ressemblance est transmise à un superviseur, et aucune carte n&apos;est imprimée avant sa décision.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="41"/>
        <source>&lt;b&gt;Now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Maintenant&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="46"/>
        <source>no photo</source>
        <translation>pas de photo</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="49"/>
        <source>close match</source>
        <translation>forte ressemblance</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="49"/>
        <source>possible</source>
        <translation>possible</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="51"/>
        <source>distance %.3f</source>
        <translation>distance %.3f</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="53"/>
        <source>Open this record</source>
        <translation>Ouvrir ce dossier</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="57"/>
        <source>Continue with a new registration</source>
        <translation>Continuer avec un nouvel enregistrement</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <location filename="../wizard/wizard.py" line="116"/>
        <source>Make the card</source>
        <translation>Faire la carte</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="125"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="126"/>
        <location filename="../wizard/wizard.py" line="274"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="128"/>
        <source>New enrolment</source>
        <translation>Nouvel enregistrement</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="129"/>
        <source>Resume draft</source>
        <translation>Reprendre le brouillon</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="130"/>
        <source>Discard draft</source>
        <translation>Abandonner le brouillon</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="179"/>
        <source>An unfinished enrolment from %s was kept. Resume it or discard it.</source>
        <translation>Un enregistrement inachevé du %s a été conservé. Reprenez-le ou abandonnez-le.</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="196"/>
        <source>Draft resumed. The photo must be taken again.</source>
        <translation>Brouillon repris. La photo doit être reprise.</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="268"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="273"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="290"/>
        <source>Looking for earlier registrations…</source>
        <translation>Recherche d&apos;enregistrements antérieurs…</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="298"/>
        <source>No earlier registration resembles this person.</source>
        <translation>Aucun enregistrement antérieur ne ressemble à cette personne.</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="325"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="342"/>
        <source>&lt;h3&gt;Registered as %s&lt;/h3&gt;&lt;p&gt;This person closely resembles an earlier registration. A supervisor will review the case (number %d); the card can be printed after the decision.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Enregistré sous %s&lt;/h3&gt;&lt;p&gt;Cette personne ressemble fortement à un enregistrement antérieur. Un superviseur examinera le cas (numéro %d) ; la carte pourra être imprimée après la décision.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="348"/>
        <source>&lt;h3&gt;Registered as %s&lt;/h3&gt;&lt;p&gt;Make the card, check it, then print it or save the PDF.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Enregistré sous %s&lt;/h3&gt;&lt;p&gt;Créez la carte, vérifiez-la, puis imprimez-la ou enregistrez le PDF.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="353"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="364"/>
        <source>Cards are not available in this build.</source>
        <translation>Les cartes ne sont pas disponibles dans cette version.</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="368"/>
        <source>Making the card…</source>
        <translation>Création de la carte…</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="373"/>
        <source>Card %s made.</source>
        <translation>Carte %s créée.</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="374"/>
        <source>Card %s, valid until %s</source>
        <translation>Carte %s, valable jusqu&apos;au %s</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../pickers.py" line="84"/>
        <source>search languages, e.g. Tigrinya or tir</source>
        <translation>chercher une langue, p. ex. tigrigna ou tir</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../pages/start.py" line="162"/>
        <source>&lt;h2&gt;Operator login&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Connexion de l&apos;opérateur&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="165"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="166"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="167"/>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="173"/>
        <source>The station is locked.</source>
        <translation>La station est verrouillée.</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="176"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="137"/>
        <source>The station locked itself after a pause. Log in to continue.</source>
        <translation>La station s&apos;est verrouillée après une pause. Connectez-vous pour continuer.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../pages/registry.py" line="56"/>
        <source>Enrol a person</source>
        <translation>Enregistrer une personne</translation>
    </message>
    <message>
        <location filename="../pages/registry.py" line="58"/>
        <source>Duplicate review</source>
        <translation>Revue des doublons</translation>
    </message>
    <message>
        <location filename="../pages/registry.py" line="60"/>
        <source>Records</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../pages/registry.py" line="62"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../pages/registry.py" line="64"/>
        <source>Central import</source>
        <translation>Import central</translation>
    </message>
    <message>
        <location filename="../pages/registry.py" line="66"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>NeedsStep</name>
    <message>
        <location filename="../wizard/steps.py" line="463"/>
        <source>Vulnerabilities</source>
        <translation>Vulnérabilités</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="465"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="467"/>
        <source>Notes (kept encrypted)</source>
        <translation>Notes (conservées chiffrées)</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="471"/>
        <source>Women, minors, elderly people, newcomers and people not fluent in the local language are flagged automatically.</source>
        <translation>Les femmes, les mineurs, les personnes âgées, les nouveaux arrivants et les personnes ne maîtrisant pas la langue locale sont signalés automatiquement.</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="490"/>
        <source>Vulnerabilities and needs</source>
        <translation>Vulnérabilités et besoins</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <location filename="../wizard/steps.py" line="345"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="346"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <location filename="../print_queue.py" line="41"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../print_queue.py" line="42"/>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <location filename="../print_queue.py" line="43"/>
        <source>Print sheet</source>
        <translation>Imprimer la planche</translation>
    </message>
    <message>
        <location filename="../print_queue.py" line="96"/>
        <source>Cards are not available in this build.</source>
        <translation>Les cartes ne sont pas disponibles dans cette version.</translation>
    </message>
    <message>
        <location filename="../print_queue.py" line="101"/>
        <source>Making the sheet of %d card(s)…</source>
        <translation>Préparation de la planche de %d carte(s)…</translation>
    </message>
    <message>
        <location filename="../print_queue.py" line="115"/>
        <source>Sheet ready: %d card(s) on %d page(s). Print it double-sided, or save it.</source>
        <translation>Planche prête : %d carte(s) sur %d page(s). Imprimez-la en recto verso, ou enregistrez-la.</translation>
    </message>
    <message>
        <location filename="../print_queue.py" line="117"/>
        <source>A4 sheet: fronts, then backs (mirrored for double-sided printing)</source>
        <translation>Planche A4 : recto, puis verso (en miroir pour l&apos;impression recto verso)</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../pages/records.py" line="59"/>
        <source>Registration number, card number or name</source>
        <translation>Numéro d&apos;enregistrement, numéro de carte ou nom</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="61"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="64"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="64"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="64"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="64"/>
        <source>Latin</source>
        <translation>Latin</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="65"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="65"/>
        <source>Birth</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="65"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="65"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="70"/>
        <source>no photo</source>
        <translation>pas de photo</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="72"/>
        <source>Print / reprint card</source>
        <translation>Imprimer / réimprimer la carte</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="73"/>
        <source>Replace card</source>
        <translation>Remplacer la carte</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="74"/>
        <source>Revoke card</source>
        <translation>Révoquer la carte</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="75"/>
        <source>Add to print queue</source>
        <translation>Ajouter à la file d&apos;impression</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="76"/>
        <source>Correct details…</source>
        <translation>Corriger les informations…</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="81"/>
        <source>Withdraw consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="89"/>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="90"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="91"/>
        <location filename="../pages/records.py" line="238"/>
        <source>Print queue (%d)</source>
        <translation>File d&apos;impression (%d)</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="98"/>
        <source>Consent for</source>
        <translation>Consentement pour</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="143"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="155"/>
        <source>%d found.</source>
        <translation>%d trouvé(s).</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="195"/>
        <location filename="../pages/records.py" line="245"/>
        <source>Cards are not available in this build.</source>
        <translation>Les cartes ne sont pas disponibles dans cette version.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="204"/>
        <source>reprinted</source>
        <translation>réimprimée</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="204"/>
        <source>issued</source>
        <translation>délivrée</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="205"/>
        <source>Card %s %s.</source>
        <translation>Carte %s %s.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="206"/>
        <source>Card %s, valid until %s</source>
        <translation>Carte %s, valable jusqu&apos;au %s</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="231"/>
        <source>%s added to the print queue.</source>
        <translation>%s ajouté à la file d&apos;impression.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="233"/>
        <source>%s is in the print queue already.</source>
        <translation>%s est déjà dans la file d&apos;impression.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="250"/>
        <source>This person has no valid card.</source>
        <translation>Cette personne n&apos;a pas de carte valide.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="253"/>
        <source>Card %s revoked.</source>
        <translation>Carte %s révoquée.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="262"/>
        <source>Consent withdrawal is not available in this build.</source>
        <translation>Le retrait du consentement n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="267"/>
        <source>Consent for %s withdrawn.</source>
        <translation>Consentement pour %s retiré.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../pages/review.py" line="51"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="53"/>
        <location filename="../pages/review.py" line="54"/>
        <source>no photo</source>
        <translation>pas de photo</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="58"/>
        <source>Reason for the decision (required)</source>
        <translation>Motif de la décision (obligatoire)</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="59"/>
        <source>Same person</source>
        <translation>Même personne</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="60"/>
        <source>Different people</source>
        <translation>Personnes différentes</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="61"/>
        <source>Needs more information</source>
        <translation>Informations complémentaires nécessaires</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="63"/>
        <source>&lt;b&gt;New registration&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nouvel enregistrement&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="65"/>
        <source>&lt;b&gt;Existing record&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dossier existant&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="84"/>
        <source>&lt;b&gt;Open cases&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cas ouverts&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="103"/>
        <source>Duplicate review is not available in this build.</source>
        <translation>L&apos;examen des doublons n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="125"/>
        <source>Case %d: %s (%s)</source>
        <translation>Cas %d : %s (%s)</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="131"/>
        <source>No open duplicate cases.</source>
        <translation>Aucun cas de doublon ouvert.</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="161"/>
        <source>%s (distance %.3f)</source>
        <translation>%s (distance %.3f)</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="197"/>
        <source>Give a reason for the decision.</source>
        <translation>Indiquez un motif pour la décision.</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="213"/>
        <source>Case %d decided: %s.</source>
        <translation>Cas %d décidé : %s.</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <location filename="../wizard/wizard.py" line="44"/>
        <source>no photo</source>
        <translation>pas de photo</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="51"/>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="55"/>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="56"/>
        <source>Names in Latin letters</source>
        <translation>Noms en lettres latines</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="58"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="59"/>
        <source>Birth</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="60"/>
        <source>(estimated)</source>
        <translation>(estimée)</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="61"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="62"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="63"/>
        <source>Region / district / place</source>
        <translation>Région / district / lieu</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="65"/>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="66"/>
        <source>Phone / e-mail</source>
        <translation>Téléphone / courriel</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="67"/>
        <source>Preferred channel</source>
        <translation>Canal préféré</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="68"/>
        <source>Emergency contacts</source>
        <translation>Contacts d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="70"/>
        <source>Family contacts</source>
        <translation>Contacts familiaux</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="71"/>
        <source>Dependants</source>
        <translation>Personnes à charge</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="72"/>
        <source>Vulnerabilities</source>
        <translation>Vulnérabilités</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="73"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="74"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../session.py" line="95"/>
        <source>Enrolment station</source>
        <translation>Station d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../session.py" line="98"/>
        <source>operator: %s</source>
        <translation>opérateur : %s</translation>
    </message>
    <message>
        <location filename="../session.py" line="99"/>
        <source>locked</source>
        <translation>verrouillée</translation>
    </message>
    <message>
        <location filename="../session.py" line="100"/>
        <source>sync: %s</source>
        <translation>synchro : %s</translation>
    </message>
    <message>
        <location filename="../session.py" line="100"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>SetupAssistant</name>
    <message>
        <location filename="../pages/start.py" line="78"/>
        <source>&lt;h2&gt;Set up this station&lt;/h2&gt;&lt;p&gt;This is done once. Choose the site and station codes given by the registry, a passphrase that protects all data on this computer, and the first administrator.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Configurer cette station&lt;/h2&gt;&lt;p&gt;Cela se fait une seule fois. Choisissez les codes de site et de station donnés par le registre, une phrase secrète qui protège toutes les données de cet ordinateur, et le premier administrateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="84"/>
        <source>e.g. DAR</source>
        <translation>ex. DAR</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="86"/>
        <source>e.g. 01</source>
        <translation>ex. 01</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="92"/>
        <source>Site code</source>
        <translation>Code du site</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="93"/>
        <source>Station code</source>
        <translation>Code de la station</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="94"/>
        <source>Station passphrase</source>
        <translation>Phrase secrète de la station</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="95"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète (confirmation)</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="96"/>
        <source>Administrator user name</source>
        <translation>Nom de l&apos;administrateur</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="97"/>
        <source>Administrator password</source>
        <translation>Mot de passe de l&apos;administrateur</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="98"/>
        <source>Password again</source>
        <translation>Mot de passe (confirmation)</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="99"/>
        <source>Create station</source>
        <translation>Créer la station</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="104"/>
        <source>The passphrase needs at least %d characters.</source>
        <translation>La phrase secrète doit compter au moins %d caractères.</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="106"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="108"/>
        <source>The password needs at least %d characters.</source>
        <translation>Le mot de passe doit compter au moins %d caractères.</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="110"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="122"/>
        <source>Creating the station and its keys…</source>
        <translation>Création de la station et de ses clés…</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../pages/sync_page.py" line="65"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="66"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="68"/>
        <source>Export batch to folder…</source>
        <translation>Exporter le lot vers un dossier…</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="69"/>
        <source>Import acknowledgement…</source>
        <translation>Importer un accusé de réception…</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="70"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="77"/>
        <source>Registry address</source>
        <translation>Adresse du registre</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="80"/>
        <source>&lt;h2&gt;Sync with the central registry&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Synchronisation avec le registre central&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="94"/>
        <source>Sync is not available in this build.</source>
        <translation>La synchronisation n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="125"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="158"/>
        <source>Connecting to the registry…</source>
        <translation>Connexion au registre…</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="163"/>
        <source>Sending batch %d of %d</source>
        <translation>Envoi du lot %d sur %d</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="168"/>
        <source>Stopping after the current batch…</source>
        <translation>Arrêt après le lot en cours…</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="173"/>
        <source>Sync cancelled; what was sent is kept.</source>
        <translation>Synchronisation annulée ; ce qui a été envoyé est conservé.</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="175"/>
        <source>Sync finished: %d batch(es) sent, %d record(s) acknowledged.</source>
        <translation>Synchronisation terminée : %d lot(s) envoyé(s), %d dossier(s) confirmé(s).</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="187"/>
        <source>Export batches to</source>
        <translation>Exporter les lots vers</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="200"/>
        <source>%d batch file(s) written to the folder.</source>
        <translation>%d fichier(s) de lot écrit(s) dans le dossier.</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="205"/>
        <source>Acknowledgement file</source>
        <translation>Fichier d&apos;accusé de réception</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="218"/>
        <source>Acknowledgement of batch %s accepted: %d record(s) synced.</source>
        <translation>Accusé de réception du lot %s accepté : %d dossier(s) synchronisé(s).</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../pages/start.py" line="137"/>
        <source>&lt;h2&gt;Unlock the station&lt;/h2&gt;&lt;p&gt;Type the station passphrase.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Déverrouiller la station&lt;/h2&gt;&lt;p&gt;Tapez la phrase secrète de la station.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="140"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="141"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="146"/>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
</context>
</TS>
