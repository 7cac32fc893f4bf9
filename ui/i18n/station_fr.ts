<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../record_view.py" line="65"/>
        <source>about %s (estimated)</source>
        <translation>vers %s (estimée)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="360"/>
        <location filename="../record_view.py" line="78"/>
        <location filename="../record_view.py" line="95"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="78"/>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="79"/>
        <source>taken with the camera</source>
        <translation>prise avec la caméra</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="80"/>
        <source>imported from a file</source>
        <translation>importée d&apos;un fichier</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="83"/>
        <source>Checked: a blink was seen on camera</source>
        <translation>Vérifiée : un clignement a été vu à la caméra</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="85"/>
        <source>Failed: no blink was seen</source>
        <translation>Échouée : aucun clignement vu</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="87"/>
        <source>Not checked (taken from a still photo)</source>
        <translation>Non vérifiée (photo fixe)</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="90"/>
        <source>Failed, accepted by the officer: %s</source>
        <translation>Échoué, accepté par l&apos;agent : %s</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="92"/>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="94"/>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <location filename="extracted.py" line="357"/>
        <source>Registration number</source>
        <translation>Numéro d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="extracted.py" line="358"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="extracted.py" line="359"/>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="extracted.py" line="361"/>
        <location filename="../record_view.py" line="95"/>
        <source>Liveness</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="extracted.py" line="362"/>
        <location filename="../record_view.py" line="95"/>
        <source>Quality check</source>
        <translation>Contrôle de qualité</translation>
    </message>
    <message>
        <location filename="extracted.py" line="363"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="extracted.py" line="364"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="extracted.py" line="365"/>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location filename="extracted.py" line="366"/>
        <source>Latin</source>
        <translation>En caractères latins</translation>
    </message>
    <message>
        <location filename="extracted.py" line="367"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="extracted.py" line="368"/>
        <source>Birth</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <location filename="extracted.py" line="369"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="extracted.py" line="370"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="extracted.py" line="371"/>
        <source>Local language</source>
        <translation>Langue locale</translation>
    </message>
    <message>
        <location filename="extracted.py" line="372"/>
        <source>Arrived</source>
        <translation>Arrivé le</translation>
    </message>
    <message>
        <location filename="extracted.py" line="373"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="extracted.py" line="374"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="extracted.py" line="375"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="376"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="extracted.py" line="377"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="extracted.py" line="378"/>
        <source>Reach in an emergency by</source>
        <translation>Joindre en cas d&apos;urgence par</translation>
    </message>
    <message>
        <location filename="extracted.py" line="379"/>
        <source>Emergency contacts</source>
        <translation>Contacts d&apos;urgence</translation>
    </message>
    <message>
        <location filename="extracted.py" line="380"/>
        <source>Family contacts</source>
        <translation>Contacts familiaux</translation>
    </message>
    <message>
        <location filename="extracted.py" line="381"/>
        <source>Dependants</source>
        <translation>Personnes à charge</translation>
    </message>
    <message>
        <location filename="extracted.py" line="382"/>
        <source>Vulnerabilities</source>
        <translation>Vulnérabilités</translation>
    </message>
    <message>
        <location filename="extracted.py" line="383"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="108"/>
        <source>%s — same person as %s</source>
        <translation>%s — même personne que %s</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="112"/>
        <source>%s at %s-%s</source>
        <translation>%s à %s-%s</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="148"/>
        <source>%s: %s, valid until %s</source>
        <translation>%s : %s, valable jusqu&apos;au %s</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="150"/>
        <source>No card</source>
        <translation>Pas de carte</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="163"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="165"/>
        <source>%s (withdrawn: %s)</source>
        <translation>%s (retiré : %s)</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../pages/admin.py" line="75"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="75"/>
        <location filename="../pages/admin.py" line="112"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="75"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="78"/>
        <location filename="../pages/admin.py" line="290"/>
        <source>Choose an operator in the list.</source>
        <translation>Choisissez un opérateur dans la liste.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="79"/>
        <source>Unlock…</source>
        <translation>Débloquer…</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="80"/>
        <source>Deactivate…</source>
        <translation>Désactiver…</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="82"/>
        <source>new password</source>
        <translation>nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="84"/>
        <source>new password again</source>
        <translation>nouveau mot de passe (confirmation)</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="85"/>
        <source>Reset password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="264"/>
        <source>Locked after wrong passwords, until %s</source>
        <translation>Bloqué après des mots de passe erronés, jusqu&apos;au %s</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="265"/>
        <source>Locked after wrong passwords</source>
        <translation>Bloqué après des mots de passe erronés</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="267"/>
        <source>Locked by an administrator</source>
        <translation>Bloqué par un administrateur</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="269"/>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="270"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="93"/>
        <source>Add operator</source>
        <translation>Ajouter un opérateur</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="95"/>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="96"/>
        <source>first password</source>
        <translation>premier mot de passe</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="98"/>
        <source>The operator chosen</source>
        <translation>L&apos;opérateur choisi</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="106"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="107"/>
        <source>New password again</source>
        <translation>Nouveau mot de passe (confirmation)</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="109"/>
        <source>Add an operator</source>
        <translation>Ajouter un opérateur</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="111"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="113"/>
        <source>First password</source>
        <translation>Premier mot de passe</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="126"/>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="132"/>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="134"/>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="135"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="136"/>
        <source>New passphrase again</source>
        <translation>Nouvelle phrase secrète (confirmation)</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="138"/>
        <source>Save the card verifier page…</source>
        <translation>Enregistrer la page de vérification des cartes…</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="140"/>
        <source>One web page that checks cards offline on any phone, with this station&apos;s current list of trusted stations and revoked cards. Copy it to a phone or a USB stick.</source>
        <translation>Une page web qui vérifie les cartes sans connexion sur n&apos;importe quel téléphone, avec la liste actuelle de cette station des stations de confiance et des cartes révoquées. Copiez-la sur un téléphone ou une clé USB.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="146"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="155"/>
        <source>library default</source>
        <translation>valeur par défaut</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="160"/>
        <source>Save settings</source>
        <translation>Enregistrer les réglages</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="162"/>
        <source>Match threshold (supervisor review)</source>
        <translation>Seuil de correspondance (revue superviseur)</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="163"/>
        <source>Possible-match threshold (shown)</source>
        <translation>Seuil de correspondance possible (affichée)</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="165"/>
        <source>Card validity (days)</source>
        <translation>Validité de la carte (jours)</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="166"/>
        <source>Idle lock (minutes)</source>
        <translation>Verrouillage après inactivité (minutes)</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="168"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="171"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="171"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="171"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="171"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="172"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="172"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="173"/>
        <source>Verify the audit chain</source>
        <translation>Vérifier la chaîne d&apos;audit</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="174"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="182"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="288"/>
        <source>%s: %s</source>
        <translation>%s : %s</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="305"/>
        <source>Unlock the account of %s?</source>
        <translation>Débloquer le compte de %s ?</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="306"/>
        <source>%s can log in again at once, and has the full number of tries again.</source>
        <translation>%s peut se reconnecter tout de suite, avec de nouveau tous ses essais.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="307"/>
        <source>Unlock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="309"/>
        <source>Account %s unlocked: they can log in again.</source>
        <translation>Compte %s débloqué : la personne peut se reconnecter.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="316"/>
        <source>Deactivate the account of %s?</source>
        <translation>Désactiver le compte de %s ?</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="317"/>
        <source>%s will never be able to log in again; the name stays in the audit log. This cannot be undone: a returning person gets a new account.</source>
        <translation>%s ne pourra plus jamais se connecter ; le nom reste dans le journal d&apos;audit. C&apos;est définitif : une personne qui revient reçoit un nouveau compte.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="319"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="321"/>
        <source>Account %s deactivated: it can no longer log in.</source>
        <translation>Compte %s désactivé : il ne peut plus se connecter.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="329"/>
        <source>The new password needs at least %d characters.</source>
        <translation>Le nouveau mot de passe doit compter au moins %d caractères.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="334"/>
        <source>The two new passwords differ; type them again.</source>
        <translation>Les deux nouveaux mots de passe diffèrent ; tapez-les à nouveau.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="338"/>
        <source>Reset the password of %s?</source>
        <translation>Réinitialiser le mot de passe de %s ?</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="339"/>
        <source>The old password of %s stops working at once, and a lock after wrong passwords ends. Give them the new password in person.</source>
        <translation>L&apos;ancien mot de passe de %s cesse aussitôt de fonctionner, et un blocage après des mots de passe erronés prend fin. Donnez le nouveau mot de passe en personne.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="341"/>
        <source>Reset the password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="344"/>
        <source>Password of %s reset: they log in with the new one.</source>
        <translation>Mot de passe de %s réinitialisé : la personne se connecte avec le nouveau.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="365"/>
        <source>The first password needs at least %d characters.</source>
        <translation>Le premier mot de passe doit compter au moins %d caractères.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="370"/>
        <source>Operator %s added as %s.</source>
        <translation>Opérateur %s ajouté comme %s.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="384"/>
        <source>The two new passphrases differ.</source>
        <translation>Les deux nouvelles phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="387"/>
        <source>The passphrase needs at least 12 characters.</source>
        <translation>La phrase secrète doit compter au moins 12 caractères.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="395"/>
        <source>Passphrase changed.</source>
        <translation>Phrase secrète changée.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="407"/>
        <source>Settings saved.</source>
        <translation>Réglages enregistrés.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="418"/>
        <source>The card verifier page was written to %s.</source>
        <translation>La page de vérification des cartes a été enregistrée dans %s.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="422"/>
        <source>Save the card verifier page</source>
        <translation>Enregistrer la page de vérification des cartes</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="423"/>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="433"/>
        <source>The audit chain is intact (%d events).</source>
        <translation>La chaîne d&apos;audit est intacte (%d événements).</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="436"/>
        <source>The audit chain is broken: %s</source>
        <translation>La chaîne d&apos;audit est rompue : %s</translation>
    </message>
</context>
<context>
    <name>AutoSyncDriver</name>
    <message>
        <location filename="../auto_sync.py" line="193"/>
        <source>station locked</source>
        <translation>station verrouillée</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="196"/>
        <source>checking the registry…</source>
        <translation>vérification du registre…</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="197"/>
        <source>waiting for an operator to log in</source>
        <translation>en attente de la connexion d&apos;un opérateur</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="199"/>
        <source>connected to the registry</source>
        <translation>connecté au registre</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="201"/>
        <source>registry not reachable, next try at %s</source>
        <translation>registre injoignable, prochain essai à %s</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="203"/>
        <source>sync failed, next try at %s</source>
        <translation>échec de la synchronisation, prochain essai à %s</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="205"/>
        <source>not joined to a registry yet</source>
        <translation>pas encore rattaché à un registre</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="207"/>
        <source>no registry address set</source>
        <translation>aucune adresse de registre réglée</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="209"/>
        <source>sending paused by %s at %s</source>
        <translation>envoi suspendu par %s à %s</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="217"/>
        <source>%d pending; %s</source>
        <translation>%d en attente ; %s</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="219"/>
        <source>up to date</source>
        <translation>à jour</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="227"/>
        <source>Sending in the background</source>
        <translation>Envoi en arrière-plan</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="229"/>
        <source>Records waiting</source>
        <translation>Dossiers en attente</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="230"/>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="231"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="233"/>
        <source>Next check</source>
        <translation>Prochaine vérification</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="236"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../widgets.py" line="46"/>
        <source>Close the message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>CaptureStep</name>
    <message>
        <location filename="../wizard/capture.py" line="98"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="99"/>
        <source>Import photo…</source>
        <translation>Importer une photo…</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="100"/>
        <source>Capture automatically when all checks pass</source>
        <translation>Prendre automatiquement quand tous les contrôles passent</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="102"/>
        <source>Capture now</source>
        <translation>Prendre maintenant</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="103"/>
        <source>Next picture</source>
        <translation>Image suivante</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="104"/>
        <source>Show the next photo of the folder now</source>
        <translation>Afficher maintenant la photo suivante du dossier</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="106"/>
        <source>No picture yet</source>
        <translation>Pas encore d&apos;image</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="107"/>
        <source>Live picture</source>
        <translation>Image en direct</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="116"/>
        <source>Photo checks</source>
        <translation>Contrôles de la photo</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="120"/>
        <source>Check the blink again</source>
        <translation>Vérifier le clignement à nouveau</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="123"/>
        <source>Reason to accept a photo failing a check</source>
        <translation>Motif pour accepter une photo qui échoue à un contrôle</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="130"/>
        <source>Use this photo</source>
        <translation>Utiliser cette photo</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="131"/>
        <source>Retake</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="139"/>
        <source>&lt;b&gt;Framing&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cadrage&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="141"/>
        <source>&lt;b&gt;Photo checks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contrôles de la photo&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="151"/>
        <source>&lt;b&gt;ID portrait: check it and approve&lt;/b&gt;</source>
        <translation>&lt;b&gt;Portrait d&apos;identité : vérifiez-le et approuvez&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="162"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="184"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="207"/>
        <source>Folder of photos…</source>
        <translation>Dossier de photos…</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="208"/>
        <source>Video file…</source>
        <translation>Fichier vidéo…</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="210"/>
        <source>No camera was found on this computer. Import a photo, or choose a folder of photos or a video file.</source>
        <translation>Aucune caméra trouvée sur cet ordinateur. Importez une photo, ou choisissez un dossier de photos ou un fichier vidéo.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="220"/>
        <source>Folder of photos</source>
        <translation>Dossier de photos</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="223"/>
        <source>Video file</source>
        <translation>Fichier vidéo</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="235"/>
        <source>Opening the camera…</source>
        <translation>Ouverture de la caméra…</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="327"/>
        <source>Please blink: ask the person to look at the camera and blink once.</source>
        <translation>Clignez des yeux, s&apos;il vous plaît : demandez à la personne de regarder la caméra et de cligner des yeux une fois.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="329"/>
        <source>Blink seen: a live person is in front of the camera.</source>
        <translation>Clignement vu : une personne vivante est devant la caméra.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="331"/>
        <source>No blink seen in time. Ask the person to blink, then press “Check the blink again”.</source>
        <translation>Aucun clignement vu à temps. Demandez à la personne de cligner des yeux, puis appuyez sur « Vérifier le clignement à nouveau ».</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="333"/>
        <source>Liveness cannot be checked from still pictures: it is recorded as not checked. You can go on with the photo.</source>
        <translation>La présence ne peut pas être vérifiée sur des images fixes : elle est enregistrée comme non vérifiée. Vous pouvez continuer avec la photo.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="337"/>
        <source>Imported photo: no liveness check.</source>
        <translation>Photo importée : pas de contrôle de présence.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="404"/>
        <source>The source has no more pictures. Capture the best one, or choose another source.</source>
        <translation>La source n&apos;a plus d&apos;images. Prenez la meilleure, ou choisissez une autre source.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="483"/>
        <source>No face found yet: wait for the checklist, or import a photo.</source>
        <translation>Aucun visage trouvé : attendez la liste des contrôles, ou importez une photo.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="487"/>
        <source>This photo cannot be used: %s</source>
        <translation>Cette photo ne peut pas être utilisée : %s</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="491"/>
        <source>The photo fails a check: retake it, or type a reason to accept it.</source>
        <translation>La photo échoue à un contrôle : reprenez-la, ou indiquez un motif pour l&apos;accepter.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="502"/>
        <source>All checks passed.</source>
        <translation>Tous les contrôles sont passés.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="503"/>
        <source>Accepted with a reason despite: %s</source>
        <translation>Acceptée avec un motif malgré : %s</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="518"/>
        <source>Liveness: blink seen.</source>
        <translation>Présence : clignement vu.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="520"/>
        <source>Liveness: not checked (still pictures).</source>
        <translation>Présence : non vérifiée (images fixes).</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="521"/>
        <source>Liveness: no blink seen (recorded as not passed).</source>
        <translation>Présence : aucun clignement vu (enregistré comme non réussi).</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="533"/>
        <source>Photo approved.</source>
        <translation>Photo approuvée.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="551"/>
        <source>Import photo</source>
        <translation>Importer une photo</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="552"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="563"/>
        <source>Checking the photo…</source>
        <translation>Vérification de la photo…</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="581"/>
        <source>No usable face in this photo.</source>
        <translation>Aucun visage utilisable sur cette photo.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="589"/>
        <source>Capture and approve a photo first (or import one).</source>
        <translation>Prenez et approuvez d&apos;abord une photo (ou importez-en une).</translation>
    </message>
</context>
<context>
    <name>CardPreview</name>
    <message>
        <location filename="../card_preview.py" line="71"/>
        <source>Front</source>
        <translation>Recto</translation>
    </message>
    <message>
        <location filename="../card_preview.py" line="72"/>
        <source>Back</source>
        <translation>Verso</translation>
    </message>
    <message>
        <location filename="../card_preview.py" line="73"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../card_preview.py" line="74"/>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <location filename="../card_preview.py" line="101"/>
        <source>Preparing the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <location filename="../card_preview.py" line="135"/>
        <source>Saved %s</source>
        <translation>%s enregistré</translation>
    </message>
    <message>
        <location filename="../card_preview.py" line="139"/>
        <source>Save PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <location filename="../card_preview.py" line="186"/>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
</context>
<context>
    <name>CardPrinting</name>
    <message numerus="yes">
        <location filename="../print_dialog.py" line="239"/>
        <source>Making %n card(s) for %s…</source>
        <translation>
            <numerusform>Création de %n carte pour %s…</numerusform>
            <numerusform>Création de %n cartes pour %s…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="249"/>
        <source>Sending to %s…</source>
        <translation>Envoi à %s…</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="263"/>
        <source>Sent to %s; waiting for it to print…</source>
        <translation>Envoyé à %s ; en attente de l&apos;impression…</translation>
    </message>
    <message numerus="yes">
        <location filename="../print_dialog.py" line="294"/>
        <source>%s printed %n job(s).</source>
        <translation>
            <numerusform>%s a imprimé %n travail.</numerusform>
            <numerusform>%s a imprimé %n travaux.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CentralPage</name>
    <message>
        <location filename="../pages/central.py" line="45"/>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="46"/>
        <source>already imported</source>
        <translation>déjà importé</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="47"/>
        <source>rejected</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="78"/>
        <source>Folder of the registry (its home)</source>
        <translation>Dossier du registre (son répertoire)</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="79"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="82"/>
        <source>Registry passphrase</source>
        <translation>Phrase secrète du registre</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="84"/>
        <source>Your account at the registry</source>
        <translation>Votre compte au registre</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="87"/>
        <source>Your registry password</source>
        <translation>Votre mot de passe du registre</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="88"/>
        <source>Open registry</source>
        <translation>Ouvrir le registre</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="89"/>
        <location filename="../pages/central.py" line="178"/>
        <source>No registry open.</source>
        <translation>Aucun registre ouvert.</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="91"/>
        <source>Import batch files…</source>
        <translation>Importer des fichiers de lot…</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="93"/>
        <source>Refresh queue</source>
        <translation>Actualiser la file</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="94"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="94"/>
        <location filename="../pages/central.py" line="97"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="94"/>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="95"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="95"/>
        <source>Records imported</source>
        <translation>Dossiers importés</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="96"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="97"/>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="97"/>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="98"/>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="98"/>
        <source>Candidate station</source>
        <translation>Station du candidat</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="99"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="99"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="99"/>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="104"/>
        <location filename="../pages/central.py" line="140"/>
        <source>Registry folder</source>
        <translation>Dossier du registre</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="105"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="106"/>
        <source>Registry account</source>
        <translation>Compte du registre</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="107"/>
        <source>Account password</source>
        <translation>Mot de passe du compte</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="119"/>
        <source>&lt;b&gt;Imported batch files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fichiers de lots importés&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="121"/>
        <source>&lt;b&gt;Cross-site duplicate queue&lt;/b&gt;</source>
        <translation>&lt;b&gt;File des doublons entre sites&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="155"/>
        <source>Opening the registry…</source>
        <translation>Ouverture du registre…</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="170"/>
        <source>Registry open.</source>
        <translation>Registre ouvert.</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="186"/>
        <source>Batch files (*.batch *.zip);;All (*)</source>
        <translation>Fichiers de lots (*.batch *.zip);;Tous (*)</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="197"/>
        <source>Importing batch files…</source>
        <translation>Importation des fichiers de lots…</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="197"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="199"/>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="227"/>
        <source>Stopping after the current file…</source>
        <translation>Arrêt après le fichier en cours…</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="234"/>
        <source>Imported %d of %d file(s)…</source>
        <translation>%d fichier(s) sur %d importé(s)…</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="260"/>
        <source>%d imported, %d already imported, %d rejected.</source>
        <translation>%d importé(s), %d déjà importé(s), %d refusé(s).</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="263"/>
        <source>Stopped: the other files were not imported.</source>
        <translation>Arrêté : les autres fichiers n&apos;ont pas été importés.</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="270"/>
        <source>%s (moved to quarantine)</source>
        <translation>%s (mis en quarantaine)</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="272"/>
        <source>batches missing before it: %s</source>
        <translation>lots manquants avant celui-ci : %s</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="305"/>
        <source>Registry open as %s (%s): %d records from %d station(s), %d batch(es), %d rejected file(s), %d open cross-site case(s).</source>
        <translation>Registre ouvert en tant que %s (%s) : %d dossiers de %d station(s), %d lot(s), %d fichier(s) refusé(s), %d cas entre sites ouvert(s).</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="311"/>
        <source>Your registry account cannot see the duplicate queue.</source>
        <translation>Votre compte du registre ne peut pas voir la file des doublons.</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="114"/>
        <source>&lt;h2&gt;Central registry: import batches&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Registre central : importer des lots&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="185"/>
        <source>Batch files</source>
        <translation>Fichiers de lots</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../confirm.py" line="54"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <location filename="../wizard/steps.py" line="132"/>
        <source>Registration (required)</source>
        <translation>Enregistrement (obligatoire)</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="133"/>
        <source>Photo and face template, to find duplicate registrations</source>
        <translation>Photo et modèle du visage, pour trouver les enregistrements en double</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="135"/>
        <source>An identity card</source>
        <translation>Une carte d&apos;identité</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="136"/>
        <source>Being contacted, or the family contacted, in an emergency</source>
        <translation>Être contacté, ou que la famille soit contactée, en cas d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="138"/>
        <source>Sharing with partner agencies for assistance</source>
        <translation>Partage avec les agences partenaires pour l&apos;assistance</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="154"/>
        <source>The person agrees to</source>
        <translation>La personne accepte</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="162"/>
        <source>The person agrees to all of these</source>
        <translation>La personne accepte tout cela</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="167"/>
        <source>Language of the person</source>
        <translation>Langue de la personne</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="177"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="191"/>
        <source>Consent text version %s, shown in %s</source>
        <translation>Texte de consentement version %s, affiché en %s</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="216"/>
        <source>Consent to registration is needed to enrol a person.</source>
        <translation>Le consentement à l&apos;enregistrement est nécessaire pour enregistrer une personne.</translation>
    </message>
</context>
<context>
    <name>ContactsStep</name>
    <message>
        <location filename="../wizard/steps.py" line="470"/>
        <location filename="../wizard/steps.py" line="478"/>
        <location filename="../wizard/steps.py" line="479"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="471"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="474"/>
        <source>Preferred channel in an emergency</source>
        <translation>Canal préféré en cas d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="477"/>
        <location filename="../wizard/steps.py" line="479"/>
        <location filename="../wizard/steps.py" line="481"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="477"/>
        <location filename="../wizard/steps.py" line="479"/>
        <location filename="../wizard/steps.py" line="481"/>
        <source>Relationship</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="480"/>
        <source>Registration number</source>
        <translation>Numéro d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="482"/>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="484"/>
        <source>Emergency contacts</source>
        <translation>Contacts d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="485"/>
        <source>Family contacts</source>
        <translation>Contacts familiaux</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="486"/>
        <source>Dependants</source>
        <translation>Personnes à charge</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="497"/>
        <source>Contacts and family</source>
        <translation>Contacts et famille</translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <location filename="../correct_dialog.py" line="80"/>
        <source>Correct details of %s</source>
        <translation>Corriger les informations de %s</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="82"/>
        <location filename="../correct_dialog.py" line="168"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="82"/>
        <location filename="../correct_dialog.py" line="168"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="83"/>
        <location filename="../correct_dialog.py" line="169"/>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="84"/>
        <source>Birth date (YYYY-MM-DD, or a year)</source>
        <translation>Date de naissance (AAAA-MM-JJ, ou une année)</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="85"/>
        <location filename="../correct_dialog.py" line="170"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="85"/>
        <location filename="../correct_dialog.py" line="171"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="86"/>
        <location filename="../correct_dialog.py" line="171"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="86"/>
        <location filename="../correct_dialog.py" line="172"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="87"/>
        <location filename="../correct_dialog.py" line="172"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="97"/>
        <location filename="../correct_dialog.py" line="173"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="100"/>
        <location filename="../correct_dialog.py" line="173"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="101"/>
        <source>Save correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="106"/>
        <source>&lt;b&gt;Record history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historique du dossier&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="109"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="109"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="109"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="109"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="139"/>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="143"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="161"/>
        <source>Corrected: %s.</source>
        <translation>Corrigé : %s.</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="169"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="170"/>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="192"/>
        <source>(not kept)</source>
        <translation>(non conservé)</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../pickers.py" line="131"/>
        <source>type to search, e.g. Congo or COD</source>
        <translation>tapez pour chercher, p. ex. Congo ou COD</translation>
    </message>
</context>
<context>
    <name>DetailsStep</name>
    <message>
        <location filename="../wizard/steps.py" line="222"/>
        <source>Given name(s)</source>
        <translation>Prénom(s)</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="223"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="224"/>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="226"/>
        <source>Given name in Latin letters</source>
        <translation>Prénom en lettres latines</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="228"/>
        <source>Family name in Latin letters</source>
        <translation>Nom de famille en lettres latines</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="249"/>
        <source>Sex *</source>
        <translation>Sexe *</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="255"/>
        <source>Only the year is known (estimated)</source>
        <translation>Seule l&apos;année est connue (estimée)</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="262"/>
        <source>Date of birth *</source>
        <translation>Date de naissance *</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="265"/>
        <source>Nationality *</source>
        <translation>Nationalité *</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="270"/>
        <source>Local language proficiency</source>
        <translation>Maîtrise de la langue locale</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="274"/>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="281"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="282"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="283"/>
        <source>Place of residence</source>
        <translation>Lieu de résidence</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="287"/>
        <source>Arrival date</source>
        <translation>Date d&apos;arrivée</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="310"/>
        <source>Personal details</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="394"/>
        <location filename="../wizard/steps.py" line="395"/>
        <source>Choose the sex.</source>
        <translation>Choisissez le sexe.</translation>
    </message>
</context>
<context>
    <name>DuplicateAlert</name>
    <message>
        <location filename="../wizard/alert.py" line="38"/>
        <source>Possible earlier registration</source>
        <translation>Enregistrement antérieur possible</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="43"/>
        <source>&lt;h3&gt;This person may be registered already&lt;/h3&gt;&lt;p&gt;Compare the photos and the details. If you recognise the person, open the existing record: this enrolment is kept, and you can come back to it. Otherwise continue: a close match is sent to a supervisor, and no card is printed until the supervisor decides.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cette personne est peut-être déjà enregistrée&lt;/h3&gt;&lt;p&gt;Comparez les photos et les informations. Si vous reconnaissez la personne, ouvrez le dossier existant : cet enregistrement est conservé et vous pourrez y revenir. Sinon continuez : une forte ressemblance est envoyée à un superviseur, et aucune carte n&apos;est imprimée avant sa décision.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="52"/>
        <source>&lt;b&gt;Now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Maintenant&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="58"/>
        <source>no photo</source>
        <translation>pas de photo</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="83"/>
        <source>Very likely the same person</source>
        <translation>Très probablement la même personne</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="84"/>
        <source>Possibly the same person</source>
        <translation>Peut-être la même personne</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="86"/>
        <source>Registration %s</source>
        <translation>Enregistrement %s</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="90"/>
        <source>%d (year only)</source>
        <translation>%d (année seulement)</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="93"/>
        <source>Born %s</source>
        <translation>Né(e) le %s</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="94"/>
        <source>Nationality: %s</source>
        <translation>Nationalité : %s</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="96"/>
        <source>Registered at %s on %s</source>
        <translation>Enregistré à %s le %s</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="67"/>
        <source>Open this record</source>
        <translation>Ouvrir ce dossier</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="71"/>
        <source>Continue with a new registration</source>
        <translation>Continuer avec un nouvel enregistrement</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <location filename="../wizard/wizard.py" line="152"/>
        <source>Make the card</source>
        <translation>Faire la carte</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="153"/>
        <location filename="../wizard/wizard.py" line="485"/>
        <source>Print slip</source>
        <translation>Imprimer le récépissé</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="154"/>
        <source>An acknowledgement slip for the person: the registration number, what happens next and where to come back</source>
        <translation>Un récépissé pour la personne : le numéro d&apos;enregistrement, la suite et où revenir</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="157"/>
        <source>Next person</source>
        <translation>Personne suivante</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="173"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="174"/>
        <location filename="../wizard/wizard.py" line="381"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="177"/>
        <source>New enrolment</source>
        <translation>Nouvel enregistrement</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="178"/>
        <source>Resume draft</source>
        <translation>Reprendre le brouillon</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="179"/>
        <source>Discard draft</source>
        <translation>Abandonner le brouillon</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="186"/>
        <source>Continue as a new registration</source>
        <translation>Continuer comme un nouvel enregistrement</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="188"/>
        <source>Discard this enrolment</source>
        <translation>Abandonner cet enregistrement</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="246"/>
        <source>An unfinished enrolment from %s was kept. Resume it or discard it.</source>
        <translation>Un enregistrement inachevé du %s a été conservé. Reprenez-le ou abandonnez-le.</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="263"/>
        <source>Draft resumed. The photo must be taken again.</source>
        <translation>Brouillon repris. La photo doit être reprise.</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="376"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="380"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="398"/>
        <source>Looking for earlier registrations…</source>
        <translation>Recherche d&apos;enregistrements antérieurs…</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="406"/>
        <source>No earlier registration resembles this person.</source>
        <translation>Aucun enregistrement antérieur ne ressemble à cette personne.</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="421"/>
        <source>This enrolment is kept while you look at record %s. Continue it as a new registration, or discard it.</source>
        <translation>Cet enregistrement est conservé pendant que vous consultez le dossier %s. Continuez-le comme un nouvel enregistrement, ou abandonnez-le.</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="450"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="469"/>
        <source>&lt;h3&gt;Registered as %s&lt;/h3&gt;&lt;p&gt;This person closely resembles an earlier registration. A supervisor will review the case (number %d); the card can be printed after the decision. Print the slip and give it to the person: it says what happens next and where to come back.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Enregistré sous %s&lt;/h3&gt;&lt;p&gt;Cette personne ressemble fortement à un enregistrement antérieur. Un superviseur examinera le cas (numéro %d) ; la carte pourra être imprimée après la décision. Imprimez le récépissé et remettez-le à la personne : il dit la suite et où revenir.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="476"/>
        <source>&lt;h3&gt;Registered as %s&lt;/h3&gt;&lt;p&gt;The card is being made: check it, then print it or save the PDF.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Enregistré sous %s&lt;/h3&gt;&lt;p&gt;La carte est en cours de création : vérifiez-la, puis imprimez-la ou enregistrez le PDF.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="481"/>
        <source>&lt;h3&gt;Registered as %s&lt;/h3&gt;&lt;p&gt;No card was asked for. Print a slip as a receipt if the person wants one.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Enregistré sous %s&lt;/h3&gt;&lt;p&gt;Aucune carte n&apos;a été demandée. Imprimez un récépissé si la personne en veut un.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="485"/>
        <source>Print receipt</source>
        <translation>Imprimer le reçu</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="519"/>
        <source>Making the slip…</source>
        <translation>Préparation du récépissé…</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="525"/>
        <source>Slip for %s made: print it and give it to the person.</source>
        <translation>Récépissé pour %s prêt : imprimez-le et remettez-le à la personne.</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="527"/>
        <source>Acknowledgement slip for %s</source>
        <translation>Récépissé pour %s</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="486"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="500"/>
        <source>Making the card…</source>
        <translation>Création de la carte…</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="505"/>
        <source>Card %s made.</source>
        <translation>Carte %s créée.</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="506"/>
        <source>Card %s, valid until %s</source>
        <translation>Carte %s, valable jusqu&apos;au %s</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../language.py" line="402"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../language.py" line="415"/>
        <source>Make it the station&apos;s language</source>
        <translation>En faire la langue de la station</translation>
    </message>
    <message>
        <location filename="../language.py" line="416"/>
        <source>Shown on the start screens and to operators who have not chosen a language</source>
        <translation>Affichée sur les écrans de démarrage et aux opérateurs qui n&apos;ont pas choisi de langue</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../pickers.py" line="220"/>
        <source>search languages, e.g. Tigrinya or tir; Enter ticks it</source>
        <translation>chercher une langue, p. ex. Tigrigna ou tir ; Entrée la coche</translation>
    </message>
</context>
<context>
    <name>LivePreview</name>
    <message>
        <location filename="../wizard/live_preview.py" line="34"/>
        <source>One face</source>
        <translation>Un seul visage</translation>
    </message>
    <message>
        <location filename="../wizard/live_preview.py" line="35"/>
        <source>Only the person being registered may be seen.</source>
        <translation>Seule la personne enregistrée doit être visible.</translation>
    </message>
    <message>
        <location filename="../wizard/live_preview.py" line="37"/>
        <source>Close enough</source>
        <translation>Assez près</translation>
    </message>
    <message>
        <location filename="../wizard/live_preview.py" line="38"/>
        <source>Come closer to the camera.</source>
        <translation>Approchez-vous de la caméra.</translation>
    </message>
    <message>
        <location filename="../wizard/live_preview.py" line="39"/>
        <source>Centred</source>
        <translation>Centré</translation>
    </message>
    <message>
        <location filename="../wizard/live_preview.py" line="40"/>
        <source>Move to the centre of the picture.</source>
        <translation>Placez-vous au centre de l&apos;image.</translation>
    </message>
    <message>
        <location filename="../wizard/live_preview.py" line="41"/>
        <source>Head upright</source>
        <translation>Tête droite</translation>
    </message>
    <message>
        <location filename="../wizard/live_preview.py" line="42"/>
        <source>Hold the head straight.</source>
        <translation>Tenez la tête droite.</translation>
    </message>
    <message>
        <location filename="../wizard/live_preview.py" line="43"/>
        <source>Facing the camera</source>
        <translation>Face à la caméra</translation>
    </message>
    <message>
        <location filename="../wizard/live_preview.py" line="44"/>
        <source>Look straight into the camera.</source>
        <translation>Regardez droit dans la caméra.</translation>
    </message>
    <message>
        <location filename="../wizard/live_preview.py" line="46"/>
        <source>No face in the picture: ask the person to look at the camera.</source>
        <translation>Aucun visage dans l&apos;image : demandez à la personne de regarder la caméra.</translation>
    </message>
    <message>
        <location filename="../wizard/live_preview.py" line="48"/>
        <source>Well framed: hold still.</source>
        <translation>Bien cadré : ne bougez plus.</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../pages/start.py" line="294"/>
        <source>&lt;h2&gt;Operator login&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Connexion de l&apos;opérateur&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="297"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="298"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="299"/>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="310"/>
        <source>The station is locked.</source>
        <translation>La station est verrouillée.</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="314"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="333"/>
        <source>Careful: one more wrong password for this name locks the account for %d minutes.</source>
        <translation>Attention : encore un mot de passe erroné pour ce nom et le compte est bloqué pendant %d minutes.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="382"/>
        <source>You signed out. The next operator can log in.</source>
        <translation>Vous êtes déconnecté. L&apos;opérateur suivant peut se connecter.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="384"/>
        <source>The station is locked. Log in to continue where you left off.</source>
        <translation>La station est verrouillée. Connectez-vous pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="386"/>
        <source>The station locked itself after %d minutes without use. Log in to continue where you left off.</source>
        <translation>La station s&apos;est verrouillée après %d minutes sans utilisation. Connectez-vous pour reprendre là où vous en étiez.</translation>
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
        <location filename="../wizard/steps.py" line="544"/>
        <source>Vulnerabilities</source>
        <translation>Vulnérabilités</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="546"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="548"/>
        <source>Notes (kept encrypted)</source>
        <translation>Notes (conservées chiffrées)</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="559"/>
        <source>Women, minors, elderly people, newcomers and people not fluent in the local language are flagged automatically.</source>
        <translation>Les femmes, les mineurs, les personnes âgées, les nouveaux arrivants et les personnes ne maîtrisant pas la langue locale sont signalés automatiquement.</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="582"/>
        <source>Vulnerabilities and needs</source>
        <translation>Vulnérabilités et besoins</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <location filename="../wizard/steps.py" line="416"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="417"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../print_dialog.py" line="56"/>
        <source>Print cards</source>
        <translation>Imprimer des cartes</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="56"/>
        <location filename="../print_dialog.py" line="78"/>
        <source>Print slip</source>
        <translation>Imprimer le récépissé</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="62"/>
        <source>Card printer: one card, 85.6 × 54 mm, front and back</source>
        <translation>Imprimante de cartes : une carte, 85,6 × 54 mm, recto et verso</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="64"/>
        <source>A4 sheet: up to ten cards a page, to cut out</source>
        <translation>Feuille A4 : jusqu&apos;à dix cartes par page, à découper</translation>
    </message>
    <message numerus="yes">
        <location filename="../print_dialog.py" line="79"/>
        <source>Print %n card(s)</source>
        <translation>
            <numerusform>Imprimer %n carte</numerusform>
            <numerusform>Imprimer %n cartes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="83"/>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="85"/>
        <location filename="../print_dialog.py" line="87"/>
        <source>Print on</source>
        <translation>Imprimer sur</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="89"/>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="101"/>
        <source>Looking for printers…</source>
        <translation>Recherche des imprimantes…</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="115"/>
        <source> (paused)</source>
        <translation> (en pause)</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="122"/>
        <source>No printer is set up on this computer. Ask for one to be added, or save the PDF instead.</source>
        <translation>Aucune imprimante n&apos;est configurée sur cet ordinateur. Demandez qu&apos;on en ajoute une, ou enregistrez plutôt le PDF.</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="155"/>
        <source>A4 paper: the %s slip scaled to fit the page</source>
        <translation>Papier A4 : le récépissé %s ajusté à la page</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="157"/>
        <source>%s has no %s paper: the slip is printed scaled to fit an A4 page.</source>
        <translation>%s n&apos;a pas de papier %s : le récépissé sera imprimé ajusté à une page A4.</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="160"/>
        <source>%s slip, %s</source>
        <translation>Récépissé %s, %s</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="186"/>
        <source>prints both sides of a card</source>
        <translation>imprime les deux faces d&apos;une carte</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="199"/>
        <source>a card</source>
        <translation>une carte</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="199"/>
        <source>A4 paper</source>
        <translation>papier A4</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="201"/>
        <source>%s paper or A4</source>
        <translation>papier %s ou A4</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="202"/>
        <source>%s cannot print on %s: choose another printer.</source>
        <translation>%s ne peut pas imprimer sur %s : choisissez une autre imprimante.</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="206"/>
        <source>%s is paused in the print service: resume it or choose another printer.</source>
        <translation>%s est en pause dans le service d&apos;impression : relancez-la ou choisissez une autre imprimante.</translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <location filename="../print_queue.py" line="44"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../print_queue.py" line="45"/>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <location filename="../print_queue.py" line="46"/>
        <source>Print sheet</source>
        <translation>Imprimer la planche</translation>
    </message>
    <message>
        <location filename="../print_queue.py" line="47"/>
        <source>Send to printer…</source>
        <translation>Envoyer à l&apos;imprimante…</translation>
    </message>
    <message numerus="yes">
        <location filename="../print_queue.py" line="113"/>
        <source>Making the sheet of %n card(s)…</source>
        <translation>
            <numerusform>Préparation de la planche de %n carte…</numerusform>
            <numerusform>Préparation de la planche de %n cartes…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../print_queue.py" line="128"/>
        <source>Sheet ready: %d card(s) on %d page(s). Print it double-sided, or save it.</source>
        <translation>Planche prête : %d carte(s) sur %d page(s). Imprimez-la en recto verso, ou enregistrez-la.</translation>
    </message>
    <message>
        <location filename="../print_queue.py" line="130"/>
        <source>A4 sheet: fronts, then backs (mirrored for double-sided printing)</source>
        <translation>Planche A4 : recto, puis verso (en miroir pour l&apos;impression recto verso)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="extracted.py" line="476"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Regarder dans :</translation>
    </message>
    <message>
        <location filename="extracted.py" line="477"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
    <message>
        <location filename="extracted.py" line="478"/>
        <source>Look in:</source>
        <translation>Regarder dans :</translation>
    </message>
    <message>
        <location filename="extracted.py" line="479"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nom de fichier :</translation>
    </message>
    <message>
        <location filename="extracted.py" line="480"/>
        <source>Files of type:</source>
        <translation>Fichiers de type :</translation>
    </message>
    <message>
        <location filename="extracted.py" line="481"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="extracted.py" line="482"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="extracted.py" line="483"/>
        <source>&amp;Choose</source>
        <translation>&amp;Choisir</translation>
    </message>
    <message>
        <location filename="extracted.py" line="484"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="extracted.py" line="485"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="extracted.py" line="486"/>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="extracted.py" line="487"/>
        <source>Parent Directory</source>
        <translation>Dossier parent</translation>
    </message>
    <message>
        <location filename="extracted.py" line="488"/>
        <source>Create New Folder</source>
        <translation>Créer un nouveau dossier</translation>
    </message>
    <message>
        <location filename="extracted.py" line="489"/>
        <source>List View</source>
        <translation>Affichage liste</translation>
    </message>
    <message>
        <location filename="extracted.py" line="490"/>
        <source>Detail View</source>
        <translation>Affichage détaillé</translation>
    </message>
    <message>
        <location filename="extracted.py" line="491"/>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="extracted.py" line="492"/>
        <source>Recent Places</source>
        <translation>Emplacements récents</translation>
    </message>
    <message>
        <location filename="extracted.py" line="493"/>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <location filename="extracted.py" line="494"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="extracted.py" line="495"/>
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location filename="extracted.py" line="496"/>
        <source>All Files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="497"/>
        <source>Directory:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location filename="extracted.py" line="498"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="extracted.py" line="499"/>
        <source>Directory</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="extracted.py" line="500"/>
        <source>Sidebar</source>
        <translation>Barre latérale</translation>
    </message>
    <message>
        <location filename="extracted.py" line="501"/>
        <source>List of places and bookmarks</source>
        <translation>Liste des emplacements et des signets</translation>
    </message>
    <message>
        <location filename="extracted.py" line="502"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="extracted.py" line="503"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <location filename="extracted.py" line="504"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="extracted.py" line="505"/>
        <source>Show &amp;hidden files</source>
        <translation>Afficher les fichiers &amp;cachés</translation>
    </message>
    <message>
        <location filename="extracted.py" line="506"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <location filename="extracted.py" line="507"/>
        <source>Go back</source>
        <translation>Revenir en arrière</translation>
    </message>
    <message>
        <location filename="extracted.py" line="508"/>
        <source>Go forward</source>
        <translation>Aller en avant</translation>
    </message>
    <message>
        <location filename="extracted.py" line="509"/>
        <source>Go to the parent directory</source>
        <translation>Aller au dossier parent</translation>
    </message>
    <message>
        <location filename="extracted.py" line="510"/>
        <source>Create a New Folder</source>
        <translation>Créer un nouveau dossier</translation>
    </message>
    <message>
        <location filename="extracted.py" line="511"/>
        <source>Change to list view mode</source>
        <translation>Passer en affichage liste</translation>
    </message>
    <message>
        <location filename="extracted.py" line="512"/>
        <source>Change to detail view mode</source>
        <translation>Passer en affichage détaillé</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="extracted.py" line="513"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="extracted.py" line="514"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="extracted.py" line="515"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="extracted.py" line="516"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="extracted.py" line="517"/>
        <source>Date Modified</source>
        <translation>Date de modification</translation>
    </message>
    <message>
        <location filename="extracted.py" line="518"/>
        <source>My Computer</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <location filename="extracted.py" line="519"/>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="extracted.py" line="528"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="extracted.py" line="529"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="extracted.py" line="530"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="extracted.py" line="531"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="extracted.py" line="532"/>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <location filename="extracted.py" line="533"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="extracted.py" line="534"/>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="extracted.py" line="535"/>
        <source>Show Details...</source>
        <translation>Afficher les détails...</translation>
    </message>
    <message>
        <location filename="extracted.py" line="536"/>
        <source>Hide Details...</source>
        <translation>Masquer les détails...</translation>
    </message>
    <message>
        <location filename="extracted.py" line="537"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="extracted.py" line="538"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="extracted.py" line="458"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="extracted.py" line="459"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="extracted.py" line="460"/>
        <source>Save All</source>
        <translation>Tout enregistrer</translation>
    </message>
    <message>
        <location filename="extracted.py" line="461"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="extracted.py" line="462"/>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <location filename="extracted.py" line="463"/>
        <source>Yes to &amp;All</source>
        <translation>Oui à &amp;tout</translation>
    </message>
    <message>
        <location filename="extracted.py" line="464"/>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <location filename="extracted.py" line="465"/>
        <source>N&amp;o to All</source>
        <translation>Non à to&amp;ut</translation>
    </message>
    <message>
        <location filename="extracted.py" line="466"/>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="extracted.py" line="467"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="extracted.py" line="468"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="extracted.py" line="469"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="extracted.py" line="470"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="extracted.py" line="471"/>
        <source>Discard</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <location filename="extracted.py" line="472"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="extracted.py" line="473"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="extracted.py" line="474"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="extracted.py" line="475"/>
        <source>Restore Defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="extracted.py" line="520"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="extracted.py" line="521"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="extracted.py" line="522"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="extracted.py" line="523"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="extracted.py" line="524"/>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <location filename="extracted.py" line="525"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="extracted.py" line="526"/>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <location filename="extracted.py" line="527"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copier l&apos;adresse du &amp;lien</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../pages/records.py" line="65"/>
        <source>Registration number (or part of it), card number, site code or name</source>
        <translation>Numéro d&apos;enregistrement (ou une partie), numéro de carte, code de site ou nom</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="67"/>
        <source>Search records</source>
        <translation>Rechercher des dossiers</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="68"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="72"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="72"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="72"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="72"/>
        <source>Latin</source>
        <translation>Latin</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="73"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="73"/>
        <source>Birth</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="73"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="73"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="83"/>
        <source>no photo</source>
        <translation>pas de photo</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="85"/>
        <source>Print / reprint card</source>
        <translation>Imprimer / réimprimer la carte</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="86"/>
        <source>Replace card</source>
        <translation>Remplacer la carte</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="87"/>
        <source>Revoke card</source>
        <translation>Révoquer la carte</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="88"/>
        <source>Add to print queue</source>
        <translation>Ajouter à la file d&apos;impression</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="89"/>
        <source>Correct details…</source>
        <translation>Corriger les informations…</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="95"/>
        <location filename="../pages/records.py" line="344"/>
        <source>Withdraw consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="82"/>
        <location filename="../pages/records.py" line="103"/>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="104"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="105"/>
        <location filename="../pages/records.py" line="269"/>
        <source>Print queue (%d)</source>
        <translation>File d&apos;impression (%d)</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="111"/>
        <source>Consent for</source>
        <translation>Consentement pour</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="160"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="206"/>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="207"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="287"/>
        <source>Revoke card %s?</source>
        <translation>Révoquer la carte %s ?</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="288"/>
        <source>Card %s of %s will be revoked. Card readers will refuse it from the next revocation list, and it can never be valid again; the person will need a new card.</source>
        <translation>La carte %s de %s sera révoquée. Les lecteurs de cartes la refuseront dès la prochaine liste de révocation, et elle ne pourra plus jamais être valable ; la personne aura besoin d&apos;une nouvelle carte.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="291"/>
        <source>Revoke the card</source>
        <translation>Révoquer la carte</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="292"/>
        <source>Reason (kept with the card; no personal details)</source>
        <translation>Motif (conservé avec la carte ; aucune donnée personnelle)</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="293"/>
        <source>e.g. lost, stolen, issued in error</source>
        <translation>p. ex. perdue, volée, délivrée par erreur</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="310"/>
        <source>The person still has valid card %s.</source>
        <translation>La personne a encore la carte valable %s.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="311"/>
        <source>The person has no valid card now.</source>
        <translation>La personne n&apos;a plus de carte valable.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="312"/>
        <source>Card %s revoked. %s</source>
        <translation>Carte %s révoquée. %s</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="318"/>
        <source>Everything held about %s will be erased except the registration number: details, photo, face template and history. Their cards are revoked. This cannot be undone.</source>
        <translation>Tout ce qui est conservé sur %s sera effacé sauf le numéro d&apos;enregistrement : informations, photo, modèle du visage et historique. Ses cartes sont révoquées. C&apos;est définitif.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="323"/>
        <source>The photo and face template of %s will be erased.</source>
        <translation>La photo et le modèle du visage de %s seront effacés.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="325"/>
        <source>Their cards will be revoked and no new card can be printed.</source>
        <translation>Ses cartes seront révoquées et aucune nouvelle carte ne pourra être imprimée.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="328"/>
        <source>The phone, e-mail, emergency and family contacts of %s will be erased.</source>
        <translation>Le téléphone, le courriel, les contacts d&apos;urgence et familiaux de %s seront effacés.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="331"/>
        <source>The record of %s will no longer be shared with partner agencies.</source>
        <translation>Le dossier de %s ne sera plus partagé avec les agences partenaires.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="333"/>
        <source>This cannot be undone.</source>
        <translation>C&apos;est définitif.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="343"/>
        <source>Withdraw consent for “%s”?</source>
        <translation>Retirer le consentement pour « %s » ?</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="361"/>
        <source>Consent for “%s” of %s was withdrawn already; nothing changed.</source>
        <translation>Le consentement pour « %s » de %s était déjà retiré ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="364"/>
        <source>Consent for “%s” of %s withdrawn.</source>
        <translation>Consentement pour « %s » de %s retiré.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="366"/>
        <source>The card revocation and erasure it asks for are waiting for a supervisor to confirm them; tell the person they take effect then.</source>
        <translation>La révocation de la carte et l&apos;effacement demandés attendent la confirmation d&apos;un superviseur ; dites à la personne qu&apos;ils prendront effet à ce moment-là.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="371"/>
        <source>The record is erased; only its number remains.</source>
        <translation>Le dossier est effacé ; seul son numéro reste.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="374"/>
        <source>Photo and face template erased.</source>
        <translation>Photo et modèle du visage effacés.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="376"/>
        <source>Contacts erased.</source>
        <translation>Contacts effacés.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="378"/>
        <source>Card %s revoked; the person has no valid card now.</source>
        <translation>Carte %s révoquée ; la personne n&apos;a plus de carte valable.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="232"/>
        <source>reprinted</source>
        <translation>réimprimée</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/records.py" line="174"/>
        <source>%n found.</source>
        <translation>
            <numerusform>%n trouvé.</numerusform>
            <numerusform>%n trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="232"/>
        <source>issued</source>
        <translation>délivrée</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="233"/>
        <source>Card %s %s.</source>
        <translation>Carte %s %s.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="234"/>
        <source>Card %s, valid until %s</source>
        <translation>Carte %s, valable jusqu&apos;au %s</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="262"/>
        <source>%s added to the print queue.</source>
        <translation>%s ajouté à la file d&apos;impression.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="264"/>
        <source>%s is in the print queue already.</source>
        <translation>%s est déjà dans la file d&apos;impression.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="276"/>
        <source>%s (%s)</source>
        <translation>%s (%s)</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="284"/>
        <source>This person has no valid card.</source>
        <translation>Cette personne n&apos;a pas de carte valide.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../pages/review.py" line="59"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="62"/>
        <location filename="../pages/review.py" line="63"/>
        <source>no photo</source>
        <translation>pas de photo</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="66"/>
        <source>New registration</source>
        <translation>Nouvel enregistrement</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="67"/>
        <source>Existing record</source>
        <translation>Dossier existant</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="68"/>
        <source>Open cases</source>
        <translation>Cas ouverts</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="70"/>
        <source>Reason for the decision (required)</source>
        <translation>Motif de la décision (obligatoire)</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="71"/>
        <source>Same person</source>
        <translation>Même personne</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="72"/>
        <source>Different people</source>
        <translation>Personnes différentes</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="73"/>
        <source>Needs more information</source>
        <translation>Informations complémentaires nécessaires</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="75"/>
        <source>&lt;b&gt;New registration&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nouvel enregistrement&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="77"/>
        <source>&lt;b&gt;Existing record&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dossier existant&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="96"/>
        <source>&lt;b&gt;Open cases&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cas ouverts&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="136"/>
        <source>Case %d: %s
%s</source>
        <translation>Cas %d : %s
%s</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="180"/>
        <source>very close face</source>
        <translation>visage très proche</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="181"/>
        <source>similar face</source>
        <translation>visage semblable</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="182"/>
        <source>%s — %s (distance %.2f)</source>
        <translation>%s — %s (distance %.2f)</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="219"/>
        <source>The new registration %s will be recorded as the same person as %s. It is cancelled, points to %s and leaves the face gallery; it can never get a card. This cannot be undone.</source>
        <translation>Le nouvel enregistrement %s sera inscrit comme la même personne que %s. Il est annulé, renvoie à %s et quitte la galerie des visages ; il ne pourra jamais recevoir de carte. C&apos;est définitif.</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="223"/>
        <source>%s and %s will be recorded as different people. The new registration becomes a record of its own and can get a card once no other case about it is open. This cannot be undone.</source>
        <translation>%s et %s seront inscrits comme des personnes différentes. Le nouvel enregistrement devient un dossier à part entière et pourra recevoir une carte dès qu&apos;aucun autre cas le concernant n&apos;est ouvert. C&apos;est définitif.</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="228"/>
        <source>The case stays open, marked as waiting for information; %s stays held and gets no card until a decision.</source>
        <translation>Le cas reste ouvert, marqué en attente d&apos;informations ; %s reste en attente et ne reçoit pas de carte avant une décision.</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="230"/>
        <source>Reason: %s</source>
        <translation>Motif : %s</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="244"/>
        <source>Case %d: %s?</source>
        <translation>Cas %d : %s ?</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="246"/>
        <source>Record the decision</source>
        <translation>Inscrire la décision</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="274"/>
        <source>%s is cancelled and points to %s.</source>
        <translation>%s est annulé et renvoie à %s.</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="276"/>
        <source>%s stays held: another case about it is still open.</source>
        <translation>%s reste en attente : un autre cas le concernant est encore ouvert.</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="278"/>
        <source>%s is now registered and can get a card.</source>
        <translation>%s est maintenant enregistré et peut recevoir une carte.</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="280"/>
        <source>%s stays held until the information comes.</source>
        <translation>%s reste en attente jusqu&apos;à l&apos;arrivée des informations.</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="281"/>
        <source>decided</source>
        <translation>décidé</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="283"/>
        <source>Case %d %s: %s. %s</source>
        <translation>Cas %d %s : %s. %s</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="146"/>
        <source>No open duplicate cases.</source>
        <translation>Aucun cas de doublon ouvert.</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="238"/>
        <source>Give a reason for the decision.</source>
        <translation>Indiquez un motif pour la décision.</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <location filename="../wizard/wizard.py" line="62"/>
        <source>no photo</source>
        <translation>pas de photo</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="69"/>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="80"/>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="82"/>
        <source>Names in Latin letters</source>
        <translation>Noms en lettres latines</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="84"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="85"/>
        <source>Birth</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="86"/>
        <source>(only the year is known)</source>
        <translation>(seule l&apos;année est connue)</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="87"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="88"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="89"/>
        <source>Region / district / place</source>
        <translation>Région / district / lieu</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="91"/>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="92"/>
        <source>Phone / e-mail</source>
        <translation>Téléphone / courriel</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="93"/>
        <source>Preferred channel</source>
        <translation>Canal préféré</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="94"/>
        <source>Emergency contacts</source>
        <translation>Contacts d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="96"/>
        <source>Family contacts</source>
        <translation>Contacts familiaux</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="97"/>
        <source>Dependants</source>
        <translation>Personnes à charge</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="98"/>
        <source>Vulnerabilities</source>
        <translation>Vulnérabilités</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="100"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="101"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="103"/>
        <source>text version %s</source>
        <translation>version du texte %s</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../session.py" line="123"/>
        <source>Enrolment station</source>
        <translation>Station d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../session.py" line="126"/>
        <source>operator: %s</source>
        <translation>opérateur : %s</translation>
    </message>
    <message>
        <location filename="../session.py" line="127"/>
        <source>signed out</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <location filename="../session.py" line="128"/>
        <source>locked</source>
        <translation>verrouillée</translation>
    </message>
    <message>
        <location filename="../session.py" line="129"/>
        <source>sync: %s</source>
        <translation>synchro : %s</translation>
    </message>
    <message>
        <location filename="../session.py" line="129"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>SetupAssistant</name>
    <message>
        <location filename="../pages/start.py" line="116"/>
        <source>&lt;h2&gt;Set up this station&lt;/h2&gt;&lt;p&gt;This is done once. Choose the site and station codes given by the registry, a passphrase that protects all data on this computer, and the first administrator.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Configurer cette station&lt;/h2&gt;&lt;p&gt;Cela se fait une seule fois. Choisissez les codes de site et de station donnés par le registre, une phrase secrète qui protège toutes les données de cet ordinateur, et le premier administrateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="122"/>
        <source>e.g. DAR</source>
        <translation>ex. DAR</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="124"/>
        <source>e.g. 01</source>
        <translation>ex. 01</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="130"/>
        <source>Site code</source>
        <translation>Code du site</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="131"/>
        <source>Station code</source>
        <translation>Code de la station</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="132"/>
        <source>Station passphrase</source>
        <translation>Phrase secrète de la station</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="133"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète (confirmation)</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="134"/>
        <source>Administrator user name</source>
        <translation>Nom de l&apos;administrateur</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="135"/>
        <source>Administrator password</source>
        <translation>Mot de passe de l&apos;administrateur</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="136"/>
        <source>Password again</source>
        <translation>Mot de passe (confirmation)</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="139"/>
        <source>none: join the registry later</source>
        <translation>aucun : rejoindre le registre plus tard</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="141"/>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="149"/>
        <source>Registry trust bundle</source>
        <translation>Paquet de confiance du registre</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="150"/>
        <source>The registry gives a trust bundle file for this station, usually on a USB stick. Without one, set up the station now and join later on the Sync page: there the station can also write a request file for the registry, so that no key travels.</source>
        <translation>Le registre remet un fichier de paquet de confiance pour cette station, en général sur une clé USB. Sans lui, configurez la station maintenant et rejoignez plus tard depuis la page Synchronisation : la station peut aussi y écrire un fichier de demande pour le registre, afin qu&apos;aucune clé ne voyage.</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="158"/>
        <source>Delete the bundle file now</source>
        <translation>Supprimer le fichier du paquet maintenant</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="164"/>
        <source>Create station</source>
        <translation>Créer la station</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="170"/>
        <source>Trust bundle from the registry</source>
        <translation>Paquet de confiance du registre</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="171"/>
        <source>Trust bundles (*.json);;All files (*)</source>
        <translation>Paquets de confiance (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="188"/>
        <source>This bundle carries no station key: it was made for a station set up already. Check the site and station codes.</source>
        <translation>Ce paquet ne contient pas de clé de station : il a été fait pour une station déjà configurée. Vérifiez les codes de site et de station.</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="194"/>
        <source>Trust bundle for station %s-%s chosen.</source>
        <translation>Paquet de confiance pour la station %s-%s choisi.</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="199"/>
        <source>The passphrase needs at least %d characters.</source>
        <translation>La phrase secrète doit compter au moins %d caractères.</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="201"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="203"/>
        <source>The password needs at least %d characters.</source>
        <translation>Le mot de passe doit compter au moins %d caractères.</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="205"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="220"/>
        <source>Creating the station and its keys…</source>
        <translation>Création de la station et de ses clés…</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="221"/>
        <source>Creating the station and joining the registry…</source>
        <translation>Création de la station et rattachement au registre…</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="242"/>
        <source>Station %s is set up and has joined the registry.</source>
        <translation>La station %s est configurée et a rejoint le registre.</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="245"/>
        <source>The bundle file held this station&apos;s private key; it is now sealed inside the station. Delete the file %s from the USB stick now.</source>
        <translation>Le fichier du paquet contenait la clé privée de cette station ; elle est maintenant scellée dans la station. Supprimez tout de suite le fichier %s de la clé USB.</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="250"/>
        <source>Continue to login</source>
        <translation>Continuer vers la connexion</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="260"/>
        <source>The bundle file %s was deleted. Continue to the login.</source>
        <translation>Le fichier du paquet %s a été supprimé. Continuez vers la connexion.</translation>
    </message>
    <message>
        <location filename="../language.py" line="483"/>
        <source>Station language</source>
        <translation>Langue de la station</translation>
    </message>
</context>
<context>
    <name>StationAlerts</name>
    <message>
        <location filename="../station_alerts.py" line="92"/>
        <source>The audit log was tampered with: its newest event was deleted or changed in the database file. The station keeps working. A supervisor should check the audit log (Administration page) and report it.</source>
        <translation>Le journal d&apos;audit a été falsifié : son dernier événement a été supprimé ou modifié dans le fichier de la base de données. La station continue de fonctionner. Un superviseur doit vérifier le journal d&apos;audit (page Administration) et le signaler.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="96"/>
        <source>The security settings (lock-out and idle lock) were changed outside the station. The safe shipped values are used for now. An administrator should check them and save the settings again (Administration page).</source>
        <translation>Les réglages de sécurité (blocage et verrouillage d&apos;inactivité) ont été modifiés hors de la station. Les valeurs sûres d&apos;origine s&apos;appliquent pour l&apos;instant. Un administrateur doit les vérifier et enregistrer à nouveau les réglages (page Administration).</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="100"/>
        <source>The disk is full: the station is working on its reserve space. Free space on the disk now (ask your technician), or records cannot be saved.</source>
        <translation>Le disque est plein : la station fonctionne sur son espace de réserve. Libérez de l&apos;espace sur le disque maintenant (demandez à votre technicien), sinon les dossiers ne pourront plus être enregistrés.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="103"/>
        <source>The disk is almost full. Free space on the disk soon (ask your technician), before records can no longer be saved.</source>
        <translation>Le disque est presque plein. Libérez bientôt de l&apos;espace sur le disque (demandez à votre technicien), avant que les dossiers ne puissent plus être enregistrés.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="106"/>
        <source>These accounts were changed outside the station (in the database file) and cannot log in: %s. Deactivate them, add new accounts for the people, and find out who edited the file (Administration page).</source>
        <translation>Ces comptes ont été modifiés hors de la station (dans le fichier de la base de données) et ne peuvent pas se connecter : %s. Désactivez-les, créez de nouveaux comptes pour ces personnes et cherchez qui a modifié le fichier (page Administration).</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="110"/>
        <source>%d record(s) cannot be sent to the registry until a field is corrected. The Sync page lists them.</source>
        <translation>%d dossier(s) ne peuvent pas être envoyés au registre tant qu&apos;un champ n&apos;est pas corrigé. La page Synchronisation les liste.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="116"/>
        <source>too long: at most %s characters</source>
        <translation>trop long : %s caractères au plus</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="117"/>
        <source>too many entries: at most %s</source>
        <translation>trop d&apos;entrées : %s au plus</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="118"/>
        <source>it holds characters that cannot be sent</source>
        <translation>il contient des caractères qui ne peuvent pas être envoyés</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="120"/>
        <source>it is missing</source>
        <translation>champ manquant</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="122"/>
        <source>it does not meet the registry&apos;s rules</source>
        <translation>il ne respecte pas les règles du registre</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="123"/>
        <source>a record the registry would refuse</source>
        <translation>un dossier que le registre refuserait</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="124"/>
        <source>correct %s (%s)</source>
        <translation>corriger %s (%s)</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="125"/>
        <source>a part the station fills in itself does not meet the registry&apos;s rules: ask your technician</source>
        <translation>une partie que la station remplit elle-même ne respecte pas les règles du registre : demandez à votre technicien</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="128"/>
        <source>Open the Sync page</source>
        <translation>Ouvrir la page Synchronisation</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="133"/>
        <source>The registry refused batch %s: it cannot read the file (it is damaged or incomplete).</source>
        <translation>Le registre a refusé le lot %s : il ne peut pas lire le fichier (il est endommagé ou incomplet).</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="136"/>
        <source>The registry refused batch %s: it does not take batches from this station (unknown to it, or withdrawn). Ask central staff.</source>
        <translation>Le registre a refusé le lot %s : il n&apos;accepte pas les lots de cette station (elle lui est inconnue, ou a été retirée). Adressez-vous au personnel central.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="139"/>
        <source>The registry refused batch %s: it does not follow the batches the registry holds from this station.</source>
        <translation>Le registre a refusé le lot %s : il ne fait pas suite aux lots que le registre a déjà reçus de cette station.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="143"/>
        <source>The registry refused batch %s: a record in it has a field the registry does not accept.</source>
        <translation>Le registre a refusé le lot %s : un dossier du lot a un champ que le registre n&apos;accepte pas.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="146"/>
        <source>The registry refused batch %s: its contents are not in the form the registry reads.</source>
        <translation>Le registre a refusé le lot %s : son contenu n&apos;a pas la forme que le registre sait lire.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="149"/>
        <source>The registry refused batch %s: the same record is in it twice.</source>
        <translation>Le registre a refusé le lot %s : le même dossier y figure deux fois.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="151"/>
        <source>The registry refused batch %s: it holds more than the registry takes in one batch.</source>
        <translation>Le registre a refusé le lot %s : il contient plus que ce que le registre accepte en un seul lot.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="154"/>
        <source>The registry refused batch %s: it cannot open it (the file was damaged, or belongs to another batch).</source>
        <translation>Le registre a refusé le lot %s : il ne peut pas l&apos;ouvrir (le fichier a été endommagé, ou appartient à un autre lot).</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="157"/>
        <source>The registry refused batch %s: the file was changed after the station sealed it.</source>
        <translation>Le registre a refusé le lot %s : le fichier a été modifié après que la station l&apos;a scellé.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="160"/>
        <source>The registry refused batch %s: it was sealed for another registry.</source>
        <translation>Le registre a refusé le lot %s : il a été scellé pour un autre registre.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="162"/>
        <source>The registry refused batch %s: it holds records of another station.</source>
        <translation>Le registre a refusé le lot %s : il contient des dossiers d&apos;une autre station.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="171"/>
        <source>Correct the record; the next sync sends a new batch.</source>
        <translation>Corrigez le dossier ; la prochaine synchronisation enverra un nouveau lot.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="173"/>
        <source>Correct the record, then export again: a new batch %s takes the refused one&apos;s place.</source>
        <translation>Corrigez le dossier, puis exportez à nouveau : un nouveau lot %s prendra la place de celui qui a été refusé.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="176"/>
        <source>The batch is kept and sent again at the next sync.</source>
        <translation>Le lot est conservé et sera renvoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="178"/>
        <source>The refusal could not be verified, so the batch is kept and sent again at the next sync.</source>
        <translation>Le refus n&apos;a pas pu être vérifié : le lot est donc conservé et sera renvoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="181"/>
        <source>The batch was replaced meanwhile; nothing changed.</source>
        <translation>Le lot a été remplacé entre-temps ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="183"/>
        <source>Batch %s, sent after it, was acknowledged already, so it cannot be replaced: ask central staff.</source>
        <translation>Le registre a déjà accusé réception du lot %s, envoyé après celui-ci : le lot refusé ne peut donc pas être remplacé. Adressez-vous au personnel central.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../pages/sync_page.py" line="90"/>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="92"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="94"/>
        <source>Export batch to folder…</source>
        <translation>Exporter le lot vers un dossier…</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="95"/>
        <source>Import acknowledgement…</source>
        <translation>Importer un accusé de réception…</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="99"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="106"/>
        <source>Registry address</source>
        <translation>Adresse du registre</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="110"/>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="113"/>
        <location filename="../pages/sync_page.py" line="307"/>
        <source>Join a registry with its bundle file…</source>
        <translation>Rejoindre un registre avec son fichier de paquet…</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="115"/>
        <source>Write a join request…</source>
        <translation>Écrire une demande de rattachement…</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="116"/>
        <source>Delete the bundle file now</source>
        <translation>Supprimer le fichier du paquet maintenant</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="127"/>
        <source>Sending when connected</source>
        <translation>Envoi dès que connecté</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="129"/>
        <location filename="../pages/sync_page.py" line="320"/>
        <source>Pause sending</source>
        <translation>Suspendre l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="130"/>
        <source>Check the registry now</source>
        <translation>Vérifier le registre maintenant</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="178"/>
        <source>&lt;h2&gt;Sync with the central registry&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Synchronisation avec le registre central&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="244"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="50"/>
        <location filename="../pages/sync_page.py" line="249"/>
        <source>Last acknowledgement</source>
        <translation>Dernier accusé de réception</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="41"/>
        <source>Records not yet sent</source>
        <translation>Dossiers pas encore envoyés</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="42"/>
        <source>Records sent, awaiting acknowledgement</source>
        <translation>Dossiers envoyés, en attente d&apos;accusé de réception</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="43"/>
        <source>Records acknowledged by the registry</source>
        <translation>Dossiers dont le registre a accusé réception</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="44"/>
        <source>Card events not yet sent</source>
        <translation>Événements de carte pas encore envoyés</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="45"/>
        <source>Records not yet in a batch</source>
        <translation>Dossiers pas encore dans un lot</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="46"/>
        <source>Card events not yet in a batch</source>
        <translation>Événements de carte pas encore dans un lot</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="47"/>
        <source>Duplicate decisions not yet in a batch</source>
        <translation>Décisions sur les doublons pas encore dans un lot</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="48"/>
        <source>Batches sent, awaiting acknowledgement</source>
        <translation>Lots envoyés, en attente d&apos;accusé de réception</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="49"/>
        <source>Last batch</source>
        <translation>Dernier lot</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="96"/>
        <source>Take a file the registry wrote for this station (USB stick): the acknowledgement of a batch, or its refusal</source>
        <translation>Prendre un fichier que le registre a écrit pour cette station (clé USB) : l&apos;accusé de réception d&apos;un lot, ou son refus</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="140"/>
        <source>Records held back</source>
        <translation>Dossiers retenus</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="141"/>
        <source>These records are not sent: a field breaks the limits the registry accepts. Open each record and correct the field named; it is sent with the next batch.</source>
        <translation>Ces dossiers ne sont pas envoyés : un champ dépasse les limites acceptées par le registre. Ouvrez chaque dossier et corrigez le champ indiqué ; il partira avec le prochain lot.</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="147"/>
        <source>Registration number</source>
        <translation>Numéro d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="148"/>
        <source>What to correct</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="154"/>
        <source>Open the record to correct it</source>
        <translation>Ouvrir le dossier pour le corriger</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="250"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="298"/>
        <source>This station has joined its registry.</source>
        <translation>Cette station a rejoint son registre.</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="300"/>
        <source>Address: %s</source>
        <translation>Adresse : %s</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="302"/>
        <source>This station has not joined a registry yet: nothing can be sent. Choose the trust bundle file the registry made for this station, or write a join request, take it to the registry, and choose the bundle file it gives back.</source>
        <translation>Cette station n&apos;a pas encore rejoint de registre : rien ne peut être envoyé. Choisissez le fichier de paquet de confiance que le registre a fait pour cette station, ou écrivez une demande de rattachement, portez-la au registre, et choisissez le fichier de paquet qu&apos;il vous rend.</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="308"/>
        <source>Load a new bundle file…</source>
        <translation>Charger un nouveau fichier de paquet…</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="319"/>
        <source>Resume sending</source>
        <translation>Reprendre l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="326"/>
        <source>Trust bundle from the registry</source>
        <translation>Paquet de confiance du registre</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="327"/>
        <source>Trust bundles (*.json);;All files (*)</source>
        <translation>Paquets de confiance (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="333"/>
        <source>Joining the registry…</source>
        <translation>Rattachement au registre…</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="340"/>
        <source>Station %s has joined the registry; records can be sent now.</source>
        <translation>La station %s a rejoint le registre ; les dossiers peuvent maintenant être envoyés.</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="343"/>
        <source>The bundle file held this station&apos;s private key; it is now sealed inside the station. Delete the file %s from the USB stick now.</source>
        <translation>Le fichier du paquet contenait la clé privée de cette station ; elle est maintenant scellée dans la station. Supprimez tout de suite le fichier %s de la clé USB.</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="366"/>
        <source>The bundle file %s was deleted.</source>
        <translation>Le fichier du paquet %s a été supprimé.</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="372"/>
        <source>Write the join request to</source>
        <translation>Écrire la demande de rattachement dans</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="373"/>
        <source>Join requests (*.json)</source>
        <translation>Demandes de rattachement (*.json)</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="384"/>
        <source>Join request written to %s. It holds only this station&apos;s public key. Take it to the registry; its staff certify it and give back a trust bundle file: choose that file with “Join a registry with its bundle file”. The registry shows this key fingerprint, compare the two: %s</source>
        <translation>Demande de rattachement écrite dans %s. Elle ne contient que la clé publique de cette station. Portez-la au registre ; son personnel la certifie et vous rend un fichier de paquet de confiance : choisissez ce fichier avec « Rejoindre un registre avec son fichier de paquet ». Le registre affiche l&apos;empreinte de cette clé, comparez les deux : %s</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="409"/>
        <source>Records are being sent in the background already.</source>
        <translation>Les dossiers sont déjà envoyés en arrière-plan.</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="438"/>
        <source>Connecting to the registry…</source>
        <translation>Connexion au registre…</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="443"/>
        <source>Sending batch %d of %d</source>
        <translation>Envoi du lot %d sur %d</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="448"/>
        <source>Stopping after the current batch…</source>
        <translation>Arrêt après le lot en cours…</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="455"/>
        <source>Sending cancelled; what was sent is kept.</source>
        <translation>Envoi annulé ; ce qui a été envoyé est conservé.</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="463"/>
        <source>Sent: the registry acknowledged %d record(s); %d still waiting.</source>
        <translation>Envoyé : le registre a accusé réception de %d dossier(s) ; %d encore en attente.</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="491"/>
        <source>%d batch file(s) written to %s: %s</source>
        <translation>%d fichier(s) de lot écrit(s) dans %s : %s</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="494"/>
        <source>Nothing to export: every record was acknowledged.</source>
        <translation>Rien à exporter : le registre a accusé réception de tous les dossiers.</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="499"/>
        <source>Acknowledgement or refusal file</source>
        <translation>Fichier d&apos;accusé de réception ou de refus</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="477"/>
        <source>Export batches to</source>
        <translation>Exporter les lots vers</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="525"/>
        <source>Acknowledgement of batch %s accepted: %d record(s) synced.</source>
        <translation>Accusé de réception du lot %s accepté : %d dossier(s) synchronisé(s).</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../pages/start.py" line="269"/>
        <source>&lt;h2&gt;Unlock the station&lt;/h2&gt;&lt;p&gt;Type the station passphrase.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Déverrouiller la station&lt;/h2&gt;&lt;p&gt;Tapez la phrase secrète de la station.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="272"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="273"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="278"/>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../main_window.py" line="72"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="82"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Verrouiller (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="83"/>
        <source>Lock the station; log in again to go on where you left off</source>
        <translation>Verrouiller la station ; reconnectez-vous pour reprendre là où vous en étiez</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="85"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="86"/>
        <source>End your session; the next operator sees nothing of it</source>
        <translation>Terminer votre session ; l&apos;opérateur suivant n&apos;en voit rien</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="90"/>
        <source>Enrolment station</source>
        <translation>Station d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="187"/>
        <source>Signed in: %s (%s)</source>
        <translation>Connecté : %s (%s)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="263"/>
        <source>To send: %d</source>
        <translation>À envoyer : %d</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="265"/>
        <source>Open cases: %d</source>
        <translation>Cas ouverts : %d</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="263"/>
        <source>All sent</source>
        <translation>Tout est envoyé</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="273"/>
        <source>Enrolment station %s-%s</source>
        <translation>Station d&apos;enregistrement %s-%s</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="275"/>
        <source>Site %s</source>
        <translation>Site %s</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="291"/>
        <source>%s (%d)</source>
        <translation>%s (%d)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="294"/>
        <source>%s: %d to send</source>
        <translation>%s : %d à envoyer</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="295"/>
        <source>%s: all sent</source>
        <translation>%s : tout est envoyé</translation>
    </message>
</context>
<context>
    <name>YearEdit</name>
    <message>
        <location filename="../wizard/steps.py" line="103"/>
        <source>year, e.g. 1988</source>
        <translation>année, p. ex. 1988</translation>
    </message>
</context>
<context>
    <name>_Screen</name>
    <message>
        <location filename="../pages/start.py" line="81"/>
        <source>Enrolment station</source>
        <translation>Station d&apos;enregistrement</translation>
    </message>
</context>
<context>
    <name>_StateLabel</name>
    <message>
        <location filename="../auto_sync.py" line="254"/>
        <source>Sync: %s</source>
        <translation>Synchro : %s</translation>
    </message>
</context>
<context>
    <name>countries</name>
    <message>
        <location filename="extracted.py" line="284"/>
        <source>Congo, The Democratic Republic of the</source>
        <translation>République démocratique du Congo</translation>
    </message>
    <message>
        <location filename="extracted.py" line="285"/>
        <source>Congo</source>
        <translation>Congo</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="extracted.py" line="86"/>
        <source>the person never agreed to {purpose_value}</source>
        <translation>la personne n&apos;a jamais consenti à {purpose_value}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="87"/>
        <source>a revocation needs a reason</source>
        <translation>une révocation demande un motif</translation>
    </message>
    <message>
        <location filename="extracted.py" line="88"/>
        <source>this card is already {self_status_value}</source>
        <translation>cette carte est déjà {self_status_value}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="89"/>
        <source>a decision needs a reason</source>
        <translation>une décision demande un motif</translation>
    </message>
    <message>
        <location filename="extracted.py" line="90"/>
        <source>this case was decided already</source>
        <translation>ce cas a déjà été décidé</translation>
    </message>
    <message>
        <location filename="extracted.py" line="91"/>
        <source>this account is deactivated</source>
        <translation>ce compte est désactivé</translation>
    </message>
    <message>
        <location filename="extracted.py" line="92"/>
        <source>this account is deactivated: it cannot be unlocked</source>
        <translation>ce compte est désactivé : il ne peut pas être débloqué</translation>
    </message>
    <message>
        <location filename="extracted.py" line="93"/>
        <source>this account is deactivated already</source>
        <translation>ce compte est déjà désactivé</translation>
    </message>
    <message>
        <location filename="extracted.py" line="94"/>
        <source>same person: name one of the case&apos;s candidates</source>
        <translation>même personne : indiquez l&apos;un des candidats du cas</translation>
    </message>
    <message>
        <location filename="extracted.py" line="95"/>
        <source>the {role_value} role may not {action}</source>
        <translation>le rôle {role_value} ne permet pas de {action}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="96"/>
        <source>The {field_words} must be one of: {allowed}</source>
        <oldsource>{field} must be one of: {allowed}</oldsource>
        <translation>{field_words} doit être l&apos;un de : {allowed}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="97"/>
        <source>{what} is longer than {max_name_length} characters</source>
        <oldsource>{field} is longer than {max_name_length} characters</oldsource>
        <translation>{what} : au plus {max_name_length} caractères</translation>
    </message>
    <message>
        <location filename="extracted.py" line="98"/>
        <source>{what} contains control characters</source>
        <oldsource>{field} contains control characters</oldsource>
        <translation>{what} contient des caractères de contrôle</translation>
    </message>
    <message>
        <location filename="extracted.py" line="99"/>
        <source>{what} must not contain digits</source>
        <oldsource>{field} must not contain digits</oldsource>
        <translation>{what} ne doit pas contenir de chiffres</translation>
    </message>
    <message>
        <location filename="extracted.py" line="100"/>
        <source>the {what} is longer than {limit} characters</source>
        <oldsource>the {field} is longer than {limit} characters</oldsource>
        <translation>{what} : au plus {limit} caractères</translation>
    </message>
    <message>
        <location filename="extracted.py" line="101"/>
        <source>the {what} contains control characters</source>
        <oldsource>the {field} contains control characters</oldsource>
        <translation>{what} contient des caractères de contrôle</translation>
    </message>
    <message>
        <location filename="extracted.py" line="102"/>
        <source>At most {limit} {field_words} can be recorded</source>
        <oldsource>at most {limit} {field}</oldsource>
        <translation>Pas plus de {limit} à enregistrer pour {field_words}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="103"/>
        <source>The {field_words} must be an ISO 3166 alpha-3 code (or XXA stateless, XXB/XXC refugee, XXX unknown)</source>
        <oldsource>{field} must be an ISO 3166 alpha-3 code (or XXA stateless, XXB/XXC refugee, XXX unknown)</oldsource>
        <translation>{field_words} doit être un code ISO 3166 alpha-3 (ou XXA apatride, XXB/XXC réfugié, XXX inconnu)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="104"/>
        <source>The {field_words} hold an unknown language code (use ISO 639)</source>
        <oldsource>{field}: unknown language code (use ISO 639)</oldsource>
        <translation>{field_words} contient un code de langue inconnu (utilisez ISO 639)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="105"/>
        <source>Give either the birth date or the birth year, not both</source>
        <oldsource>give either birth date or birth year, not both</oldsource>
        <translation>Donnez la date ou l&apos;année de naissance, pas les deux</translation>
    </message>
    <message>
        <location filename="extracted.py" line="106"/>
        <source>The birth date or the birth year is required</source>
        <oldsource>birth date or birth year is required</oldsource>
        <translation>La date ou l&apos;année de naissance est obligatoire</translation>
    </message>
    <message>
        <location filename="extracted.py" line="107"/>
        <source>The birth year is before {earliest_birth_year}</source>
        <oldsource>birth year before {earliest_birth_year}</oldsource>
        <translation>L&apos;année de naissance est avant {earliest_birth_year}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="108"/>
        <source>The birth date is in the future</source>
        <oldsource>birth date is in the future</oldsource>
        <translation>La date de naissance est dans le futur</translation>
    </message>
    <message>
        <location filename="extracted.py" line="109"/>
        <source>The {field_words} is in the future</source>
        <oldsource>{field} is in the future</oldsource>
        <translation>{field_words} est dans le futur</translation>
    </message>
    <message>
        <location filename="extracted.py" line="110"/>
        <source>The {field_words} is before the date of birth</source>
        <oldsource>{field} is before the date of birth</oldsource>
        <translation>{field_words} est avant la date de naissance</translation>
    </message>
    <message>
        <location filename="extracted.py" line="111"/>
        <source>The {field_words} must be digits, optionally starting with +</source>
        <oldsource>{field} must be digits, optionally starting with +</oldsource>
        <translation>{field_words} doit être fait de chiffres, avec un + au début si besoin</translation>
    </message>
    <message>
        <location filename="extracted.py" line="112"/>
        <source>The {field_words} is longer than {limits_email} characters</source>
        <oldsource>{field} is longer than {limits_email} characters</oldsource>
        <translation>{field_words} dépasse {limits_email} caractères</translation>
    </message>
    <message>
        <location filename="extracted.py" line="113"/>
        <source>The {field_words} must look like name@example.org</source>
        <oldsource>The {field_words} is not an e-mail address</oldsource>
        <translation>{field_words} doit ressembler à nom@exemple.org</translation>
    </message>
    <message>
        <location filename="extracted.py" line="114"/>
        <source>Consent is required: list the purposes agreed</source>
        <oldsource>consent is required: list the purposes agreed</oldsource>
        <translation>Le consentement est obligatoire : indiquez les finalités acceptées</translation>
    </message>
    <message>
        <location filename="extracted.py" line="115"/>
        <source>Consent to registration is required to enrol a person</source>
        <oldsource>consent to registration is required to enrol a person</oldsource>
        <translation>Le consentement à l&apos;enregistrement est obligatoire pour enregistrer une personne</translation>
    </message>
    <message>
        <location filename="extracted.py" line="116"/>
        <source>{what} is required</source>
        <oldsource>{field} is required</oldsource>
        <translation>{what} est obligatoire</translation>
    </message>
    <message>
        <location filename="extracted.py" line="117"/>
        <source>The birth date must be a real date written YYYY-MM-DD</source>
        <oldsource>birth date must be a real date written YYYY-MM-DD</oldsource>
        <translation>La date de naissance doit être une vraie date écrite AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="extracted.py" line="118"/>
        <source>The {field_words} must be a real date written YYYY-MM-DD</source>
        <oldsource>{field} must be a real date written YYYY-MM-DD</oldsource>
        <translation>{field_words} doit être une vraie date écrite AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="extracted.py" line="119"/>
        <source>Unknown purpose of consent (allowed: {allowed}, or all)</source>
        <oldsource>consent: unknown purpose (allowed: {allowed}, or all)</oldsource>
        <translation>Finalité de consentement inconnue (possibles : {allowed}, ou all)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="120"/>
        <source>k (smallest group published) must be 1 or more</source>
        <translation>k (plus petit groupe publié) doit valoir 1 ou plus</translation>
    </message>
    <message>
        <location filename="extracted.py" line="121"/>
        <source>rounding base must be 1 or more</source>
        <translation>la base d&apos;arrondi doit valoir 1 ou plus</translation>
    </message>
    <message>
        <location filename="extracted.py" line="122"/>
        <source>a grouping field is repeated</source>
        <translation>un champ de regroupement est répété</translation>
    </message>
    <message>
        <location filename="extracted.py" line="123"/>
        <source>cannot group by {dimension}: use {join}</source>
        <translation>impossible de regrouper par {dimension} : utilisez {join}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="124"/>
        <source>stored data has an unknown format</source>
        <translation>les données stockées ont un format inconnu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="125"/>
        <source>stored data does not decrypt: it was altered, or belongs to another record</source>
        <translation>les données stockées ne se déchiffrent pas : elles ont été modifiées, ou appartiennent à un autre dossier</translation>
    </message>
    <message>
        <location filename="extracted.py" line="126"/>
        <source>a record key has an unknown format</source>
        <translation>une clé de dossier a un format inconnu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="127"/>
        <source>a record key does not unwrap: it was altered, or belongs to another record</source>
        <translation>une clé de dossier ne se déchiffre pas : elle a été modifiée, ou appartient à un autre dossier</translation>
    </message>
    <message>
        <location filename="extracted.py" line="128"/>
        <source>the {what} must be at least {length} characters: {advice}</source>
        <translation>le champ {what} doit compter au moins {length} caractères : {advice}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="129"/>
        <source>this {what} is too easy to guess{reason}: {advice}</source>
        <translation>ce {what} est trop facile à deviner{reason} : {advice}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="130"/>
        <source>this station&apos;s security chip (TPM) does not answer: the key file is bound to it and opens only on the machine the station was set up on, with its chip working</source>
        <translation>la puce de sécurité (TPM) de cette station ne répond pas : le fichier de clés lui est lié et ne s&apos;ouvre que sur la machine où la station a été installée, avec sa puce en état de marche</translation>
    </message>
    <message>
        <location filename="extracted.py" line="131"/>
        <source>this station&apos;s security chip (TPM) no longer holds the station&apos;s secret (the station was wiped, or this is another machine): the key file cannot be opened; restore from the registry</source>
        <translation>la puce de sécurité (TPM) de cette station ne contient plus le secret de la station (la station a été effacée, ou c&apos;est une autre machine) : le fichier de clés ne peut pas être ouvert ; restaurez depuis le registre</translation>
    </message>
    <message>
        <location filename="extracted.py" line="132"/>
        <source>the station&apos;s key file is bound to the machine&apos;s security chip (TPM), or is to be, but the tpm2-tools package is not installed: install it (apt-get install tpm2-tools)</source>
        <translation>le fichier de clés de la station est lié (ou doit l&apos;être) à la puce de sécurité (TPM) de la machine, mais le paquet tpm2-tools n&apos;est pas installé : installez-le (apt-get install tpm2-tools)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="133"/>
        <source>the machine&apos;s security chip (TPM) has no room for the station&apos;s secret: free a persistent object in it, or set the station up without the chip</source>
        <translation>la puce de sécurité (TPM) de la machine n&apos;a plus de place pour le secret de la station : libérez-y un objet persistant, ou installez la station sans la puce</translation>
    </message>
    <message>
        <location filename="extracted.py" line="134"/>
        <source>no security chip (TPM 2.0) was found on this machine: set the station up without it, or on a machine that has one</source>
        <translation>aucune puce de sécurité (TPM 2.0) n&apos;a été trouvée sur cette machine : installez la station sans elle, ou sur une machine qui en a une</translation>
    </message>
    <message>
        <location filename="extracted.py" line="135"/>
        <source>the security chip choice must be auto, require or off</source>
        <translation>le choix de la puce de sécurité doit être auto, require ou off</translation>
    </message>
    <message>
        <location filename="extracted.py" line="136"/>
        <source>the station&apos;s key file is missing: this station was wiped or never set up (restore from the registry)</source>
        <translation>le fichier de clés de la station manque : cette station a été effacée ou jamais configurée (restaurez-la depuis le registre)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="137"/>
        <source>the station&apos;s key file asks for a key derivation cost out of range: it is damaged</source>
        <translation>le fichier de clés de la station demande un coût de dérivation hors limites : il est endommagé</translation>
    </message>
    <message>
        <location filename="extracted.py" line="138"/>
        <source>cannot write {path_name}: {exc_strerror}</source>
        <translation>impossible d&apos;écrire {path_name} : {exc_strerror}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="139"/>
        <source>the station&apos;s key file is damaged</source>
        <translation>le fichier de clés de la station est endommagé</translation>
    </message>
    <message>
        <location filename="extracted.py" line="140"/>
        <source>unlock the key file first</source>
        <translation>déverrouillez d&apos;abord le fichier de clés</translation>
    </message>
    <message>
        <location filename="extracted.py" line="141"/>
        <source>cannot write the station&apos;s key file: {exc_strerror}</source>
        <translation>impossible d&apos;écrire le fichier de clés de la station : {exc_strerror}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="142"/>
        <source>the station&apos;s key file cannot be read</source>
        <translation>le fichier de clés de la station est illisible</translation>
    </message>
    <message>
        <location filename="extracted.py" line="143"/>
        <source>wrong passphrase</source>
        <translation>phrase secrète erronée</translation>
    </message>
    <message>
        <location filename="extracted.py" line="144"/>
        <source>the photo checks stopped unexpectedly and were started again; the next picture will be checked</source>
        <translation>les contrôles de la photo se sont arrêtés de façon inattendue et ont été relancés ; l&apos;image suivante sera contrôlée</translation>
    </message>
    <message>
        <location filename="extracted.py" line="145"/>
        <source>the photo checks are closed: the window is closing</source>
        <translation>les contrôles de la photo sont arrêtés : la fenêtre se ferme</translation>
    </message>
    <message>
        <location filename="extracted.py" line="146"/>
        <source>the photo checks failed on this picture ({cause}); the next picture will be checked</source>
        <translation>les contrôles de la photo ont échoué sur cette image ({cause}) ; l&apos;image suivante sera contrôlée</translation>
    </message>
    <message>
        <location filename="extracted.py" line="147"/>
        <source>unknown camera source {kind}</source>
        <translation>source de caméra inconnue {kind}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="148"/>
        <source>a suspected duplicate awaits a supervisor&apos;s decision: no card yet</source>
        <translation>un doublon présumé attend la décision d&apos;un superviseur : pas encore de carte</translation>
    </message>
    <message>
        <location filename="extracted.py" line="149"/>
        <source>the record is {enrolment_status_value}: no card can be issued</source>
        <translation>le dossier est {enrolment_status_value} : aucune carte ne peut être délivrée</translation>
    </message>
    <message>
        <location filename="extracted.py" line="150"/>
        <source>the person has not consented to (or withdrew consent for) a card</source>
        <translation>la personne n&apos;a pas consenti à une carte (ou a retiré ce consentement)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="151"/>
        <source>the record has no approved photo: capture one first</source>
        <translation>le dossier n&apos;a pas de photo approuvée : prenez-en une d&apos;abord</translation>
    </message>
    <message>
        <location filename="extracted.py" line="152"/>
        <source>card number: {exc}</source>
        <translation>numéro de carte : {exc}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="153"/>
        <source>card: {exc}</source>
        <translation>carte : {exc}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="154"/>
        <source>cannot write the card file ({exc_strerror}); the card is recorded: print it again as a reprint</source>
        <translation>impossible d&apos;écrire le fichier de la carte ({exc_strerror}) ; la carte est enregistrée : imprimez-la à nouveau comme réimpression</translation>
    </message>
    <message>
        <location filename="extracted.py" line="155"/>
        <source>no registry is set up in this folder</source>
        <translation>aucun registre n&apos;est configuré dans ce dossier</translation>
    </message>
    <message>
        <location filename="extracted.py" line="156"/>
        <source>the registry passphrase has at least {min_passphrase} characters</source>
        <translation>la phrase secrète du registre compte au moins {min_passphrase} caractères</translation>
    </message>
    <message>
        <location filename="extracted.py" line="157"/>
        <source>give your registry account name</source>
        <translation>indiquez le nom de votre compte au registre</translation>
    </message>
    <message>
        <location filename="extracted.py" line="158"/>
        <source>give your registry account password</source>
        <translation>indiquez le mot de passe de votre compte au registre</translation>
    </message>
    <message>
        <location filename="extracted.py" line="159"/>
        <source>no consent text version {version} in language {language}</source>
        <translation>pas de texte de consentement version {version} en langue {language}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="160"/>
        <source>consent text {version}/{language} lacks purposes: {join}</source>
        <translation>il manque des finalités au texte de consentement {version}/{language} : {join}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="161"/>
        <source>purpose must be one of: {allowed}</source>
        <translation>la finalité doit être l&apos;une de : {allowed}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="162"/>
        <source>no withdrawal of consent waits for confirmation for {number}</source>
        <translation>aucun retrait de consentement n&apos;attend de confirmation pour {number}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="163"/>
        <source>this account&apos;s record was changed outside the station (in the database file), so it cannot log in: an administrator must deactivate it and add a new account, and find out who edited the file</source>
        <oldsource>this account&apos;s record was changed outside the station (in the database file), so it cannot log in: an administrator must reset its password, and someone should find out who edited the file</oldsource>
        <translation>le dossier de ce compte a été modifié hors de la station (dans le fichier de la base), il ne peut donc pas se connecter : un administrateur doit le désactiver et créer un nouveau compte, et chercher qui a modifié le fichier</translation>
    </message>
    <message>
        <location filename="extracted.py" line="164"/>
        <source>STATION_SCRYPT_N={cost} is below the shipped passphrase cost {default_scrypt_n}: a lower cost is for the test suite only (which also sets {weak_kdf_for_tests}=1); unset STATION_SCRYPT_N</source>
        <translation>STATION_SCRYPT_N={cost} est inférieur au coût livré de la phrase secrète {default_scrypt_n} : un coût plus bas est réservé aux tests (qui règlent aussi {weak_kdf_for_tests}=1) ; retirez STATION_SCRYPT_N</translation>
    </message>
    <message>
        <location filename="extracted.py" line="165"/>
        <source>site must be 2-5 and station 1-3 capital letters or digits</source>
        <translation>le site doit compter 2 à 5 et la station 1 à 3 lettres majuscules ou chiffres</translation>
    </message>
    <message>
        <location filename="extracted.py" line="166"/>
        <source>a station is already set up in this home folder</source>
        <translation>une station est déjà configurée dans ce dossier</translation>
    </message>
    <message>
        <location filename="extracted.py" line="167"/>
        <source>database URL must be postgresql://... or sqlite:///... (or nothing, for the embedded store)</source>
        <translation>l&apos;URL de la base doit être postgresql://... ou sqlite:///... (ou rien, pour le stockage intégré)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="168"/>
        <source>user name must be letters, digits, dot, dash or underscore</source>
        <translation>le nom d&apos;utilisateur doit être fait de lettres, chiffres, point, tiret ou tiret bas</translation>
    </message>
    <message>
        <location filename="extracted.py" line="169"/>
        <source>the user name holds compatibility characters (full-width letters, ligatures, ...): write it as {usernames_normalise}</source>
        <translation>le nom d&apos;utilisateur contient des caractères de compatibilité (lettres pleine largeur, ligatures…) : écrivez-le {usernames_normalise}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="170"/>
        <source>user name: {mixed}</source>
        <translation>nom d&apos;utilisateur : {mixed}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="171"/>
        <source>unknown user or wrong password</source>
        <translation>utilisateur inconnu ou mot de passe erroné</translation>
    </message>
    <message>
        <location filename="extracted.py" line="172"/>
        <source>wrong password: this account is now locked until {local_clock} after {policy_attempts} wrong passwords in a row</source>
        <translation>mot de passe erroné : ce compte est maintenant bloqué jusqu&apos;à {local_clock} après {policy_attempts} mots de passe erronés de suite</translation>
    </message>
    <message>
        <location filename="extracted.py" line="173"/>
        <source>your account is locked or deactivated: log in again</source>
        <translation>votre compte est bloqué ou désactivé : reconnectez-vous</translation>
    </message>
    <message>
        <location filename="extracted.py" line="174"/>
        <source>this home folder holds a wiped station: set up the new station in another folder (or delete this one)</source>
        <translation>ce dossier contient une station effacée : configurez la nouvelle station dans un autre dossier (ou supprimez celui-ci)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="175"/>
        <source>cannot create the home folder: {exc_strerror}</source>
        <translation>impossible de créer le dossier : {exc_strerror}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="176"/>
        <source>this database already belongs to a station</source>
        <translation>cette base appartient déjà à une station</translation>
    </message>
    <message>
        <location filename="extracted.py" line="177"/>
        <source>this station&apos;s {what} counter is at {sequence}, beyond the {max_sequence} numbers a station code holds: nothing was saved; ask the registry for a new station code</source>
        <translation>le compteur {what} de cette station est à {sequence}, au-delà des {max_sequence} numéros que permet un code de station : rien n&apos;a été enregistré ; demandez au registre un nouveau code de station</translation>
    </message>
    <message>
        <location filename="extracted.py" line="178"/>
        <source>a photo needs consent to biometrics</source>
        <translation>une photo demande le consentement à la biométrie</translation>
    </message>
    <message>
        <location filename="extracted.py" line="179"/>
        <source>{field_words} is required</source>
        <oldsource>{field_name} is required</oldsource>
        <translation>{field_words} est obligatoire</translation>
    </message>
    <message>
        <location filename="extracted.py" line="180"/>
        <source>Sex is required (F, M or X)</source>
        <oldsource>sex is required (F, M or X)</oldsource>
        <translation>Le sexe est obligatoire (F, M ou X)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="181"/>
        <source>form: unknown fields: {join}</source>
        <translation>formulaire : champs inconnus : {join}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="182"/>
        <source>The {field_words} is required</source>
        <oldsource>{label}.relationship is required</oldsource>
        <translation>{field_words} est obligatoire</translation>
    </message>
    <message>
        <location filename="extracted.py" line="183"/>
        <source>The kind of {field_words} is required</source>
        <oldsource>{label}.kind is required</oldsource>
        <translation>Le type de {field_words} est obligatoire</translation>
    </message>
    <message>
        <location filename="extracted.py" line="184"/>
        <source>form: malformed field values</source>
        <translation>formulaire : valeurs de champs mal formées</translation>
    </message>
    <message>
        <location filename="extracted.py" line="185"/>
        <source>The birth year of {field_words} must be a year</source>
        <oldsource>{label}.birth_year must be a year</oldsource>
        <translation>L&apos;année de naissance de {field_words} doit être une année</translation>
    </message>
    <message>
        <location filename="extracted.py" line="186"/>
        <source>The expiry date of {field_words} must be written YYYY-MM-DD</source>
        <oldsource>{label}.expiry must be YYYY-MM-DD</oldsource>
        <translation>La date d&apos;expiration de {field_words} doit être écrite AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="extracted.py" line="187"/>
        <source>The registration number of {field_words} is not valid: {exc}</source>
        <oldsource>{label}.registration_number: {exc}</oldsource>
        <translation>Le numéro d&apos;enregistrement de {field_words} n&apos;est pas valable : {exc}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="188"/>
        <source>the holder&apos;s mark on the card must be signature, thumbprint or nothing</source>
        <translation>la marque du titulaire sur la carte doit être une signature, une empreinte du pouce ou rien</translation>
    </message>
    <message>
        <location filename="extracted.py" line="189"/>
        <source>the collected fields must be a list of field names</source>
        <translation>les champs collectés doivent être une liste de noms de champs</translation>
    </message>
    <message>
        <location filename="extracted.py" line="190"/>
        <source>card validity must be between 1 and 730 days</source>
        <translation>la validité de la carte doit être de 1 à 730 jours</translation>
    </message>
    <message>
        <location filename="extracted.py" line="191"/>
        <source>the same-person threshold must not be above the possible-duplicate threshold ({match} &gt; {possible})</source>
        <translation>le seuil de même personne ne doit pas dépasser le seuil de doublon possible ({match} &gt; {possible})</translation>
    </message>
    <message>
        <location filename="extracted.py" line="192"/>
        <source>the idle lock must be between 1 and 240 minutes</source>
        <translation>le verrouillage après inactivité doit être de 1 à 240 minutes</translation>
    </message>
    <message>
        <location filename="extracted.py" line="193"/>
        <source>failed sign-ins before a lock must be between 1 and 20</source>
        <translation>les connexions ratées avant un blocage doivent être de 1 à 20</translation>
    </message>
    <message>
        <location filename="extracted.py" line="194"/>
        <source>the lock time must be between 1 minute and 24 hours</source>
        <translation>la durée de blocage doit être de 1 minute à 24 heures</translation>
    </message>
    <message>
        <location filename="extracted.py" line="195"/>
        <source>the registry address must start with https://</source>
        <translation>l&apos;adresse du registre doit commencer par https://</translation>
    </message>
    <message>
        <location filename="extracted.py" line="196"/>
        <source>no station is set up in this home folder: run `station init`</source>
        <translation>aucune station n&apos;est configurée dans ce dossier : lancez `station init`</translation>
    </message>
    <message>
        <location filename="extracted.py" line="197"/>
        <source>unlock the station first</source>
        <translation>déverrouillez d&apos;abord la station</translation>
    </message>
    <message>
        <location filename="extracted.py" line="198"/>
        <source>{words} must be a whole number</source>
        <translation>{words} doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="extracted.py" line="199"/>
        <source>the {label} threshold must be a number</source>
        <translation>le seuil {label} doit être un nombre</translation>
    </message>
    <message>
        <location filename="extracted.py" line="200"/>
        <source>the setting {item_name} must be text</source>
        <translation>le réglage {item_name} doit être du texte</translation>
    </message>
    <message>
        <location filename="extracted.py" line="201"/>
        <source>the setting {item_name} is too long (at most 500 characters)</source>
        <translation>le réglage {item_name} est trop long (500 caractères au plus)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="202"/>
        <source>the {label} threshold must be between 0 and 2</source>
        <translation>le seuil {label} doit être entre 0 et 2</translation>
    </message>
    <message>
        <location filename="extracted.py" line="203"/>
        <source>the station&apos;s settings file {config_name} cannot be read or is damaged: restore it from a backup</source>
        <translation>le fichier de réglages de la station {config_name} est illisible ou endommagé : restaurez-le depuis une sauvegarde</translation>
    </message>
    <message>
        <location filename="extracted.py" line="204"/>
        <source>the station&apos;s settings file {config_name} holds a value out of range: {exc}; correct it in the file or restore it from a backup</source>
        <translation>le fichier de réglages de la station {config_name} contient une valeur hors limites : {exc} ; corrigez-la dans le fichier ou restaurez-le depuis une sauvegarde</translation>
    </message>
    <message>
        <location filename="extracted.py" line="205"/>
        <source>{what}: the file is larger than {max_bytes____2____20} MB</source>
        <translation>{what} : le fichier dépasse {max_bytes____2____20} Mo</translation>
    </message>
    <message>
        <location filename="extracted.py" line="206"/>
        <source>{what}: not a JSON object</source>
        <translation>{what} : pas un objet JSON</translation>
    </message>
    <message>
        <location filename="extracted.py" line="207"/>
        <source>{what}: nested too deeply (at most {max_depth} levels)</source>
        <translation>{what} : imbrication trop profonde (au plus {max_depth} niveaux)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="208"/>
        <source>{what}: file not found</source>
        <translation>{what} : fichier introuvable</translation>
    </message>
    <message>
        <location filename="extracted.py" line="209"/>
        <source>{what}: cannot read the file ({exc_strerror})</source>
        <translation>{what} : impossible de lire le fichier ({exc_strerror})</translation>
    </message>
    <message>
        <location filename="extracted.py" line="210"/>
        <source>{what}: not UTF-8 text</source>
        <translation>{what} : pas du texte UTF-8</translation>
    </message>
    <message>
        <location filename="extracted.py" line="211"/>
        <source>{what}: not a JSON file</source>
        <translation>{what} : pas un fichier JSON</translation>
    </message>
    <message>
        <location filename="extracted.py" line="212"/>
        <source>collected_fields names unknown fields: {join}</source>
        <translation>collected_fields nomme des champs inconnus : {join}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="213"/>
        <source>{name} is not collected in this deployment</source>
        <translation>{name} n&apos;est pas collecté dans ce déploiement</translation>
    </message>
    <message>
        <location filename="extracted.py" line="214"/>
        <source>this account&apos;s record was changed outside the station (in the database file): it can only be deactivated; add a new account for the person</source>
        <translation>le dossier de ce compte a été modifié hors de la station (dans le fichier de la base) : il peut seulement être désactivé ; créez un nouveau compte pour la personne</translation>
    </message>
    <message>
        <location filename="extracted.py" line="215"/>
        <source>no operator with this user name</source>
        <translation>aucun opérateur avec ce nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="extracted.py" line="216"/>
        <source>an administrator cannot {verb} their own account</source>
        <translation>un administrateur ne peut pas {verb} son propre compte</translation>
    </message>
    <message>
        <location filename="extracted.py" line="217"/>
        <source>this is the last active administrator: add another before you {verb} this one</source>
        <translation>c&apos;est le dernier administrateur actif : ajoutez-en un autre avant de {verb} celui-ci</translation>
    </message>
    <message>
        <location filename="extracted.py" line="218"/>
        <source>photo rejected: {reasons}</source>
        <translation>photo refusée : {reasons}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="219"/>
        <source>photo fails quality: {reasons}. Retake it, or accept it with a reason (--quality-override REASON)</source>
        <translation>la photo ne passe pas le contrôle de qualité : {reasons}. Reprenez-la, ou acceptez-la avec un motif (--quality-override MOTIF)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="220"/>
        <source>photo: {exc}</source>
        <translation>photo : {exc}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="221"/>
        <source>the printer {name} is not set up on this computer</source>
        <translation>l&apos;imprimante {name} n&apos;est pas configurée sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="extracted.py" line="222"/>
        <source>the print service of this computer is not running; start it or ask for help</source>
        <translation>le service d&apos;impression de cet ordinateur ne tourne pas ; démarrez-le ou demandez de l&apos;aide</translation>
    </message>
    <message>
        <location filename="extracted.py" line="223"/>
        <source>copies must be between 1 and {max_copies}</source>
        <translation>le nombre de copies doit être entre 1 et {max_copies}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="224"/>
        <source>{printer_label} cannot print on {layout_words}: {other}</source>
        <translation>{printer_label} ne peut pas imprimer sur {layout_words} : {other}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="225"/>
        <source>{printer_label} is switched off in the print service (paused or not taking jobs); resume it or choose another printer</source>
        <translation>{printer_label} est désactivée dans le service d&apos;impression (en pause ou refuse les travaux) ; relancez-la ou choisissez une autre imprimante</translation>
    </message>
    <message>
        <location filename="extracted.py" line="226"/>
        <source>{printer_label} did not take the job; check that it is set up and switched on, then try again</source>
        <translation>{printer_label} n&apos;a pas pris le travail ; vérifiez qu&apos;elle est configurée et allumée, puis réessayez</translation>
    </message>
    <message>
        <location filename="extracted.py" line="227"/>
        <source>a slip is printed with print_slip, not as cards</source>
        <translation>un récépissé s&apos;imprime comme récépissé, pas comme des cartes</translation>
    </message>
    <message>
        <location filename="extracted.py" line="228"/>
        <source>no records to print</source>
        <translation>aucun dossier à imprimer</translation>
    </message>
    <message>
        <location filename="extracted.py" line="229"/>
        <source>a slip is printed on A6 or A5</source>
        <translation>un récépissé s&apos;imprime sur du papier A6 ou A5</translation>
    </message>
    <message>
        <location filename="extracted.py" line="230"/>
        <source>this computer has no print service installed (CUPS); ask for it to be set up</source>
        <translation>cet ordinateur n&apos;a pas de service d&apos;impression installé (CUPS) ; demandez qu&apos;on l&apos;installe</translation>
    </message>
    <message>
        <location filename="extracted.py" line="231"/>
        <source>the print service did not answer within a minute; try again</source>
        <translation>le service d&apos;impression n&apos;a pas répondu en une minute ; réessayez</translation>
    </message>
    <message>
        <location filename="extracted.py" line="232"/>
        <source>the print service of this computer is not running</source>
        <translation>le service d&apos;impression de cet ordinateur ne tourne pas</translation>
    </message>
    <message>
        <location filename="extracted.py" line="233"/>
        <source>registration number: {exc}</source>
        <translation>numéro d&apos;enregistrement : {exc}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="234"/>
        <source>{said} {then}</source>
        <translation>{said} {then}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="235"/>
        <source>k may not be lower than the configured {configured_k}</source>
        <translation>k ne peut pas être inférieur au réglage {configured_k}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="236"/>
        <source>report file must end in .pdf, .csv or .json</source>
        <translation>le fichier du rapport doit finir par .pdf, .csv ou .json</translation>
    </message>
    <message>
        <location filename="extracted.py" line="237"/>
        <source>days must be between 0 and 3650</source>
        <translation>le nombre de jours doit être entre 0 et 3650</translation>
    </message>
    <message>
        <location filename="extracted.py" line="238"/>
        <source>{disclosure_file} must hold {{&quot;k&quot;: N, &quot;rounding&quot;: N}}</source>
        <translation>{disclosure_file} doit contenir {{&quot;k&quot;: N, &quot;rounding&quot;: N}}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="239"/>
        <source>cannot write the report: {exc_strerror}</source>
        <translation>impossible d&apos;écrire le rapport : {exc_strerror}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="240"/>
        <source>unknown retention rule: {join}</source>
        <translation>règle de conservation inconnue : {join}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="241"/>
        <source>{retention_file} is not valid JSON</source>
        <translation>{retention_file} n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <location filename="extracted.py" line="242"/>
        <source>retention rule {name} must be a whole number of days (0 or more) or null</source>
        <translation>la règle de conservation {name} doit être un nombre entier de jours (0 ou plus) ou null</translation>
    </message>
    <message>
        <location filename="extracted.py" line="243"/>
        <source>unknown setting {unknown_0}</source>
        <translation>réglage inconnu {unknown_0}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="244"/>
        <source>--out must be a folder, and this is a file</source>
        <translation>--out doit être un dossier, et ceci est un fichier</translation>
    </message>
    <message>
        <location filename="extracted.py" line="245"/>
        <source>birth_year must be a year</source>
        <translation>birth_year doit être une année</translation>
    </message>
    <message>
        <location filename="extracted.py" line="246"/>
        <source>correctable fields are: {join}</source>
        <translation>les champs corrigeables sont : {join}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="247"/>
        <source>cannot write the export: {exc_strerror}</source>
        <translation>impossible d&apos;écrire l&apos;export : {exc_strerror}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="248"/>
        <source>the sealed file of batch {batch_sequence} was altered on disk</source>
        <translation>le fichier scellé du lot {batch_sequence} a été modifié sur le disque</translation>
    </message>
    <message>
        <location filename="extracted.py" line="249"/>
        <source>the output folder does not exist</source>
        <translation>le dossier de sortie n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="extracted.py" line="250"/>
        <source>no registry URL: give --url or set registry_url</source>
        <translation>pas d&apos;URL de registre : donnez --url ou réglez registry_url</translation>
    </message>
    <message>
        <location filename="extracted.py" line="251"/>
        <source>the sealed file of batch {batch_sequence} is missing from the outbox; restore it from a backup or an exported copy</source>
        <translation>le fichier scellé du lot {batch_sequence} manque dans la boîte d&apos;envoi ; restaurez-le depuis une sauvegarde ou une copie exportée</translation>
    </message>
    <message>
        <location filename="extracted.py" line="252"/>
        <source>acknowledgement: {exc}</source>
        <translation>accusé de réception : {exc}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="253"/>
        <source>sync stopped: {exc}</source>
        <translation>synchronisation arrêtée : {exc}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="254"/>
        <source>cannot write the batch file: {exc_strerror}</source>
        <translation>impossible d&apos;écrire le fichier du lot : {exc_strerror}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="255"/>
        <source>cannot write to the output folder: {exc_strerror}</source>
        <translation>impossible d&apos;écrire dans le dossier de sortie : {exc_strerror}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="256"/>
        <source>trust bundle: its private-key mark does not match its content</source>
        <translation>paquet de confiance : sa marque de clé privée ne correspond pas à son contenu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="257"/>
        <source>the trust bundle certifies another key than this station&apos;s</source>
        <translation>le paquet de confiance certifie une autre clé que celle de cette station</translation>
    </message>
    <message>
        <location filename="extracted.py" line="258"/>
        <source>the trust bundle lacks the registry&apos;s encryption key</source>
        <translation>il manque au paquet de confiance la clé de chiffrement du registre</translation>
    </message>
    <message>
        <location filename="extracted.py" line="259"/>
        <source>this station has joined a registry already</source>
        <translation>cette station a déjà rejoint un registre</translation>
    </message>
    <message>
        <location filename="extracted.py" line="260"/>
        <source>the folder for the join request does not exist</source>
        <translation>le dossier de la demande de rattachement n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="extracted.py" line="261"/>
        <source>this station has joined another registry already</source>
        <translation>cette station a déjà rejoint un autre registre</translation>
    </message>
    <message>
        <location filename="extracted.py" line="262"/>
        <source>trust bundle: it holds no service certificate of its registry valid today</source>
        <translation>paquet de confiance : il ne contient aucun certificat de service de son registre valable aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="extracted.py" line="263"/>
        <source>the trust bundle is for another station</source>
        <translation>le paquet de confiance est pour une autre station</translation>
    </message>
    <message>
        <location filename="extracted.py" line="264"/>
        <source>trust bundle: {exc}</source>
        <translation>paquet de confiance : {exc}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="265"/>
        <source>trust bundle: the station key in it is malformed</source>
        <translation>paquet de confiance : la clé de station qu&apos;il contient est mal formée</translation>
    </message>
    <message>
        <location filename="extracted.py" line="266"/>
        <source>cannot write the join request: {exc_strerror}</source>
        <translation>impossible d&apos;écrire la demande de rattachement : {exc_strerror}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="267"/>
        <source>this file is not a trust bundle of a registry</source>
        <translation>ce fichier n&apos;est pas un paquet de confiance d&apos;un registre</translation>
    </message>
    <message>
        <location filename="extracted.py" line="268"/>
        <source>trust bundle: a service certificate is not signed by its root</source>
        <translation>paquet de confiance : un certificat de service n&apos;est pas signé par sa racine</translation>
    </message>
    <message>
        <location filename="extracted.py" line="269"/>
        <source>trust bundle: a certificate is not signed by its root</source>
        <translation>paquet de confiance : un certificat n&apos;est pas signé par sa racine</translation>
    </message>
    <message>
        <location filename="extracted.py" line="270"/>
        <source>the store is on a read-only disk: nothing can be saved; remount it writable or move the station home to a writable disk</source>
        <translation>le stockage est sur un disque en lecture seule : rien ne peut être enregistré ; remontez-le en écriture ou déplacez le dossier de la station sur un disque inscriptible</translation>
    </message>
    <message>
        <location filename="extracted.py" line="271"/>
        <source>the store cannot be used ({first_words})</source>
        <translation>le stockage ne peut pas être utilisé ({first_words})</translation>
    </message>
    <message>
        <location filename="extracted.py" line="272"/>
        <source>the database refused the change: {type}</source>
        <translation>la base a refusé la modification : {type}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="273"/>
        <source>the store is on a read-only disk: nothing was saved</source>
        <translation>le stockage est sur un disque en lecture seule : rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <location filename="extracted.py" line="274"/>
        <source>the store file cannot be opened (missing folder or permissions)</source>
        <translation>le fichier de stockage ne peut pas être ouvert (dossier manquant ou permissions)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="275"/>
        <source>the store is busy in another program; retry</source>
        <translation>le stockage est occupé par un autre programme ; réessayez</translation>
    </message>
    <message>
        <location filename="extracted.py" line="276"/>
        <source>no enrolment with this registration number</source>
        <translation>aucun enregistrement avec ce numéro d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="extracted.py" line="277"/>
        <source>this registration number is already used</source>
        <translation>ce numéro d&apos;enregistrement est déjà utilisé</translation>
    </message>
    <message>
        <location filename="extracted.py" line="278"/>
        <source>no card with this number</source>
        <translation>aucune carte avec ce numéro</translation>
    </message>
    <message>
        <location filename="extracted.py" line="279"/>
        <source>no duplicate case with this number</source>
        <translation>aucun cas de doublon avec ce numéro</translation>
    </message>
    <message>
        <location filename="extracted.py" line="280"/>
        <source>an operator with this user name exists already</source>
        <translation>un opérateur avec ce nom d&apos;utilisateur existe déjà</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="66"/>
        <source>the computer ran out of memory; close other programs and retry</source>
        <translation>l&apos;ordinateur manque de mémoire ; fermez d&apos;autres programmes et réessayez</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="69"/>
        <source>a file or device could not be used ({cause})</source>
        <translation>un fichier ou un appareil n&apos;a pas pu être utilisé ({cause})</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="72"/>
        <source>unexpected problem ({cause}); nothing was saved, please retry</source>
        <translation>problème inattendu ({cause}) ; rien n&apos;a été enregistré, réessayez</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="extracted.py" line="387"/>
        <source>given_name</source>
        <translation>le prénom</translation>
    </message>
    <message>
        <location filename="extracted.py" line="388"/>
        <source>family_name</source>
        <translation>le nom de famille</translation>
    </message>
    <message>
        <location filename="extracted.py" line="389"/>
        <source>other_names</source>
        <translation>les autres noms</translation>
    </message>
    <message>
        <location filename="extracted.py" line="390"/>
        <source>given_name_latin</source>
        <translation>le prénom en lettres latines</translation>
    </message>
    <message>
        <location filename="extracted.py" line="391"/>
        <source>family_name_latin</source>
        <translation>le nom de famille en lettres latines</translation>
    </message>
    <message>
        <location filename="extracted.py" line="392"/>
        <source>other_names_latin</source>
        <translation>les autres noms en lettres latines</translation>
    </message>
    <message>
        <location filename="extracted.py" line="393"/>
        <source>sex</source>
        <translation>le sexe</translation>
    </message>
    <message>
        <location filename="extracted.py" line="394"/>
        <source>birth_date</source>
        <translation>la date de naissance</translation>
    </message>
    <message>
        <location filename="extracted.py" line="395"/>
        <source>birth_year</source>
        <translation>l&apos;année de naissance</translation>
    </message>
    <message>
        <location filename="extracted.py" line="396"/>
        <source>nationality</source>
        <translation>la nationalité</translation>
    </message>
    <message>
        <location filename="extracted.py" line="397"/>
        <source>languages</source>
        <translation>les langues</translation>
    </message>
    <message>
        <location filename="extracted.py" line="398"/>
        <source>local_language</source>
        <translation>la maîtrise de la langue locale</translation>
    </message>
    <message>
        <location filename="extracted.py" line="399"/>
        <source>region</source>
        <translation>la région</translation>
    </message>
    <message>
        <location filename="extracted.py" line="400"/>
        <source>district</source>
        <translation>le district</translation>
    </message>
    <message>
        <location filename="extracted.py" line="401"/>
        <source>place</source>
        <translation>le lieu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="402"/>
        <source>arrival_date</source>
        <translation>la date d&apos;arrivée</translation>
    </message>
    <message>
        <location filename="extracted.py" line="403"/>
        <source>phone</source>
        <translation>le téléphone</translation>
    </message>
    <message>
        <location filename="extracted.py" line="404"/>
        <source>email</source>
        <translation>le courriel</translation>
    </message>
    <message>
        <location filename="extracted.py" line="405"/>
        <source>preferred_channel</source>
        <translation>le canal préféré</translation>
    </message>
    <message>
        <location filename="extracted.py" line="406"/>
        <source>emergency_contacts</source>
        <translation>les contacts d&apos;urgence</translation>
    </message>
    <message>
        <location filename="extracted.py" line="407"/>
        <source>family_contacts</source>
        <translation>les contacts familiaux</translation>
    </message>
    <message>
        <location filename="extracted.py" line="408"/>
        <source>dependants</source>
        <translation>les personnes à charge</translation>
    </message>
    <message>
        <location filename="extracted.py" line="409"/>
        <source>documents</source>
        <translation>les documents</translation>
    </message>
    <message>
        <location filename="extracted.py" line="410"/>
        <source>vulnerabilities</source>
        <translation>les vulnérabilités</translation>
    </message>
    <message>
        <location filename="extracted.py" line="411"/>
        <source>needs</source>
        <translation>les besoins</translation>
    </message>
    <message>
        <location filename="extracted.py" line="412"/>
        <source>notes</source>
        <translation>les notes</translation>
    </message>
    <message>
        <location filename="extracted.py" line="413"/>
        <source>consent_purposes</source>
        <translation>les finalités du consentement</translation>
    </message>
    <message>
        <location filename="extracted.py" line="414"/>
        <source>consent_language</source>
        <translation>la langue du consentement</translation>
    </message>
    <message>
        <location filename="extracted.py" line="415"/>
        <source>consent_text_version</source>
        <translation>la version du texte de consentement</translation>
    </message>
    <message>
        <location filename="extracted.py" line="416"/>
        <source>purpose</source>
        <translation>la finalité</translation>
    </message>
    <message>
        <location filename="extracted.py" line="417"/>
        <source>reason</source>
        <translation>le motif</translation>
    </message>
    <message>
        <location filename="extracted.py" line="418"/>
        <source>username</source>
        <translation>le nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="extracted.py" line="419"/>
        <source>same_as</source>
        <translation>la même personne que</translation>
    </message>
    <message>
        <location filename="extracted.py" line="420"/>
        <source>consent</source>
        <translation>le consentement</translation>
    </message>
    <message>
        <location filename="extracted.py" line="421"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location filename="extracted.py" line="422"/>
        <source>rounding</source>
        <translation>l&apos;arrondi</translation>
    </message>
    <message>
        <location filename="extracted.py" line="423"/>
        <source>by</source>
        <translation>le regroupement</translation>
    </message>
    <message>
        <location filename="extracted.py" line="424"/>
        <source>tpm</source>
        <translation>la puce de sécurité</translation>
    </message>
    <message>
        <location filename="extracted.py" line="425"/>
        <source>photo</source>
        <translation>la photo</translation>
    </message>
    <message>
        <location filename="extracted.py" line="426"/>
        <source>card_number</source>
        <translation>le numéro de carte</translation>
    </message>
    <message>
        <location filename="extracted.py" line="427"/>
        <source>registry_home</source>
        <translation>le dossier du registre</translation>
    </message>
    <message>
        <location filename="extracted.py" line="428"/>
        <source>passphrase</source>
        <translation>la phrase secrète</translation>
    </message>
    <message>
        <location filename="extracted.py" line="429"/>
        <source>registry_user</source>
        <translation>le compte du registre</translation>
    </message>
    <message>
        <location filename="extracted.py" line="430"/>
        <source>registry_password</source>
        <translation>le mot de passe du registre</translation>
    </message>
    <message>
        <location filename="extracted.py" line="431"/>
        <source>consent_text</source>
        <translation>le texte de consentement</translation>
    </message>
    <message>
        <location filename="extracted.py" line="432"/>
        <source>STATION_SCRYPT_N</source>
        <translation>STATION_SCRYPT_N</translation>
    </message>
    <message>
        <location filename="extracted.py" line="433"/>
        <source>site</source>
        <translation>le site</translation>
    </message>
    <message>
        <location filename="extracted.py" line="434"/>
        <source>db</source>
        <translation>la base de données</translation>
    </message>
    <message>
        <location filename="extracted.py" line="435"/>
        <source>form</source>
        <translation>le formulaire</translation>
    </message>
    <message>
        <location filename="extracted.py" line="436"/>
        <source>card_holder_mark</source>
        <translation>la marque du titulaire</translation>
    </message>
    <message>
        <location filename="extracted.py" line="438"/>
        <source>card_validity_days</source>
        <translation>la validité de la carte (jours)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="439"/>
        <source>match_threshold</source>
        <translation>le seuil de correspondance</translation>
    </message>
    <message>
        <location filename="extracted.py" line="440"/>
        <source>idle_lock_minutes</source>
        <translation>le verrouillage après inactivité (minutes)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="441"/>
        <source>lockout_attempts</source>
        <translation>les essais avant blocage</translation>
    </message>
    <message>
        <location filename="extracted.py" line="442"/>
        <source>lockout_minutes</source>
        <translation>la durée de blocage (minutes)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="443"/>
        <source>registry_url</source>
        <translation>l&apos;adresse du registre</translation>
    </message>
    <message>
        <location filename="extracted.py" line="437"/>
        <source>collected_fields</source>
        <translation>les champs collectés</translation>
    </message>
    <message>
        <location filename="extracted.py" line="444"/>
        <source>copies</source>
        <translation>les copies</translation>
    </message>
    <message>
        <location filename="extracted.py" line="445"/>
        <source>layout</source>
        <translation>le format d&apos;impression</translation>
    </message>
    <message>
        <location filename="extracted.py" line="446"/>
        <source>numbers</source>
        <translation>les numéros</translation>
    </message>
    <message>
        <location filename="extracted.py" line="447"/>
        <source>registration_number</source>
        <translation>le numéro d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="extracted.py" line="448"/>
        <source>out</source>
        <translation>le dossier de sortie</translation>
    </message>
    <message>
        <location filename="extracted.py" line="449"/>
        <source>days</source>
        <translation>les jours</translation>
    </message>
    <message>
        <location filename="extracted.py" line="450"/>
        <source>disclosure</source>
        <translation>la diffusion</translation>
    </message>
    <message>
        <location filename="extracted.py" line="451"/>
        <source>retention</source>
        <translation>la conservation</translation>
    </message>
    <message>
        <location filename="extracted.py" line="452"/>
        <source>trust</source>
        <translation>la confiance</translation>
    </message>
    <message>
        <location filename="extracted.py" line="453"/>
        <source>url</source>
        <translation>l&apos;adresse</translation>
    </message>
    <message>
        <location filename="extracted.py" line="454"/>
        <source>file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <location filename="../language.py" line="527"/>
        <source>emergency contact</source>
        <translation>contact d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../language.py" line="528"/>
        <source>family contact</source>
        <translation>contact familial</translation>
    </message>
    <message>
        <location filename="../language.py" line="529"/>
        <source>dependant</source>
        <translation>personne à charge</translation>
    </message>
    <message>
        <location filename="../language.py" line="530"/>
        <source>identity document</source>
        <translation>pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../language.py" line="534"/>
        <source>name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <location filename="../language.py" line="535"/>
        <source>relationship</source>
        <translation>le lien de parenté</translation>
    </message>
    <message>
        <location filename="../language.py" line="536"/>
        <source>kind</source>
        <translation>le type</translation>
    </message>
    <message>
        <location filename="../language.py" line="537"/>
        <source>number</source>
        <translation>le numéro</translation>
    </message>
    <message>
        <location filename="../language.py" line="538"/>
        <source>issuing country</source>
        <translation>le pays de délivrance</translation>
    </message>
    <message>
        <location filename="../language.py" line="539"/>
        <source>expiry date</source>
        <translation>la date d&apos;expiration</translation>
    </message>
    <message>
        <location filename="../language.py" line="542"/>
        <location filename="../station_alerts.py" line="265"/>
        <source>{part} of {row} {number}</source>
        <translation>{part} ({row} {number})</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="extracted.py" line="10"/>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location filename="extracted.py" line="11"/>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location filename="extracted.py" line="12"/>
        <source>Not stated</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <location filename="extracted.py" line="13"/>
        <source>Registration</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="extracted.py" line="14"/>
        <source>Photo and face template</source>
        <translation>Photo et modèle du visage</translation>
    </message>
    <message>
        <location filename="extracted.py" line="15"/>
        <source>Identity card</source>
        <translation>Carte d&apos;identité</translation>
    </message>
    <message>
        <location filename="extracted.py" line="16"/>
        <source>Contact in an emergency</source>
        <translation>Contact en cas d&apos;urgence</translation>
    </message>
    <message>
        <location filename="extracted.py" line="17"/>
        <source>Sharing with partner agencies</source>
        <translation>Partage avec les agences partenaires</translation>
    </message>
    <message>
        <location filename="extracted.py" line="18"/>
        <source>Text message (SMS)</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="extracted.py" line="19"/>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <location filename="extracted.py" line="20"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="extracted.py" line="21"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="extracted.py" line="22"/>
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <location filename="extracted.py" line="23"/>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <location filename="extracted.py" line="24"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="extracted.py" line="25"/>
        <source>Basic</source>
        <translation>Élémentaire</translation>
    </message>
    <message>
        <location filename="extracted.py" line="26"/>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <location filename="extracted.py" line="27"/>
        <source>Fluent</source>
        <translation>Courante</translation>
    </message>
    <message>
        <location filename="extracted.py" line="28"/>
        <source>Has no documents</source>
        <translation>N&apos;a pas de documents</translation>
    </message>
    <message>
        <location filename="extracted.py" line="29"/>
        <source>No health cover</source>
        <translation>Sans couverture santé</translation>
    </message>
    <message>
        <location filename="extracted.py" line="30"/>
        <source>Lives in a risky place</source>
        <translation>Vit dans un lieu à risque</translation>
    </message>
    <message>
        <location filename="extracted.py" line="31"/>
        <source>Works in a risky place</source>
        <translation>Travaille dans un lieu à risque</translation>
    </message>
    <message>
        <location filename="extracted.py" line="32"/>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <location filename="extracted.py" line="33"/>
        <source>Serious medical condition</source>
        <translation>Maladie grave</translation>
    </message>
    <message>
        <location filename="extracted.py" line="34"/>
        <source>Pregnant or breastfeeding</source>
        <translation>Enceinte ou allaitante</translation>
    </message>
    <message>
        <location filename="extracted.py" line="35"/>
        <source>Child without an adult</source>
        <translation>Enfant sans adulte</translation>
    </message>
    <message>
        <location filename="extracted.py" line="36"/>
        <source>Child separated from parents</source>
        <translation>Enfant séparé de ses parents</translation>
    </message>
    <message>
        <location filename="extracted.py" line="37"/>
        <source>Caring for children alone</source>
        <translation>S&apos;occupe seul(e) d&apos;enfants</translation>
    </message>
    <message>
        <location filename="extracted.py" line="38"/>
        <source>Survivor of violence</source>
        <translation>Survivant(e) de violences</translation>
    </message>
    <message>
        <location filename="extracted.py" line="39"/>
        <source>Shelter</source>
        <translation>Abri</translation>
    </message>
    <message>
        <location filename="extracted.py" line="40"/>
        <source>Food</source>
        <translation>Nourriture</translation>
    </message>
    <message>
        <location filename="extracted.py" line="41"/>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <location filename="extracted.py" line="42"/>
        <source>Medical care</source>
        <translation>Soins médicaux</translation>
    </message>
    <message>
        <location filename="extracted.py" line="43"/>
        <source>Psychological support</source>
        <translation>Soutien psychologique</translation>
    </message>
    <message>
        <location filename="extracted.py" line="44"/>
        <source>Legal help</source>
        <translation>Aide juridique</translation>
    </message>
    <message>
        <location filename="extracted.py" line="45"/>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <location filename="extracted.py" line="46"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="extracted.py" line="47"/>
        <source>Finding family</source>
        <translation>Recherche de la famille</translation>
    </message>
    <message>
        <location filename="extracted.py" line="48"/>
        <source>Child protection</source>
        <translation>Protection de l&apos;enfance</translation>
    </message>
    <message>
        <location filename="extracted.py" line="49"/>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="extracted.py" line="50"/>
        <source>Held for duplicate review</source>
        <translation>En attente de la revue des doublons</translation>
    </message>
    <message>
        <location filename="extracted.py" line="51"/>
        <source>Cancelled (same person as another record)</source>
        <translation>Annulé (même personne qu&apos;un autre dossier)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="52"/>
        <source>Erased</source>
        <translation>Effacé</translation>
    </message>
    <message>
        <location filename="extracted.py" line="53"/>
        <source>Registration officer</source>
        <translation>Agent d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="extracted.py" line="54"/>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <location filename="extracted.py" line="55"/>
        <source>Central staff</source>
        <translation>Personnel central</translation>
    </message>
    <message>
        <location filename="extracted.py" line="56"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="extracted.py" line="57"/>
        <source>Valid</source>
        <translation>Valable</translation>
    </message>
    <message>
        <location filename="extracted.py" line="58"/>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <location filename="extracted.py" line="59"/>
        <source>Replaced</source>
        <translation>Remplacée</translation>
    </message>
    <message>
        <location filename="extracted.py" line="60"/>
        <source>Waiting for a decision</source>
        <translation>En attente d&apos;une décision</translation>
    </message>
    <message>
        <location filename="extracted.py" line="61"/>
        <source>Waiting for information</source>
        <translation>En attente d&apos;informations</translation>
    </message>
    <message>
        <location filename="extracted.py" line="62"/>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
    <message>
        <location filename="extracted.py" line="63"/>
        <source>Same person</source>
        <translation>Même personne</translation>
    </message>
    <message>
        <location filename="extracted.py" line="64"/>
        <source>Different people</source>
        <translation>Personnes différentes</translation>
    </message>
    <message>
        <location filename="extracted.py" line="65"/>
        <source>More information needed</source>
        <translation>Informations complémentaires nécessaires</translation>
    </message>
    <message>
        <location filename="extracted.py" line="66"/>
        <source>No way to reach them</source>
        <translation>Aucun moyen de la joindre</translation>
    </message>
    <message>
        <location filename="extracted.py" line="67"/>
        <source>Stateless</source>
        <translation>Apatride</translation>
    </message>
    <message>
        <location filename="extracted.py" line="68"/>
        <source>Refugee (1951 convention)</source>
        <translation>Réfugié (convention de 1951)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="69"/>
        <source>Refugee (other)</source>
        <translation>Réfugié (autre)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="70"/>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <location filename="extracted.py" line="71"/>
        <source>Jan</source>
        <comment>month</comment>
        <translation>janv.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="72"/>
        <source>Feb</source>
        <comment>month</comment>
        <translation>févr.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="73"/>
        <source>Mar</source>
        <comment>month</comment>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="extracted.py" line="74"/>
        <source>Apr</source>
        <comment>month</comment>
        <translation>avr.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="75"/>
        <source>May</source>
        <comment>month</comment>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="extracted.py" line="76"/>
        <source>Jun</source>
        <comment>month</comment>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="extracted.py" line="77"/>
        <source>Jul</source>
        <comment>month</comment>
        <translation>juil.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="78"/>
        <source>Aug</source>
        <comment>month</comment>
        <translation>août</translation>
    </message>
    <message>
        <location filename="extracted.py" line="79"/>
        <source>Sep</source>
        <comment>month</comment>
        <translation>sept.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="80"/>
        <source>Oct</source>
        <comment>month</comment>
        <translation>oct.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="81"/>
        <source>Nov</source>
        <comment>month</comment>
        <translation>nov.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="82"/>
        <source>Dec</source>
        <comment>month</comment>
        <translation>déc.</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <location filename="extracted.py" line="286"/>
        <source>Swahili (individual language)</source>
        <translation>Swahili (langue individuelle)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="287"/>
        <source>Congo Swahili</source>
        <translation>Swahili du Congo</translation>
    </message>
</context>
<context>
    <name>photo checks</name>
    <message>
        <location filename="extracted.py" line="291"/>
        <source>one face</source>
        <translation>un seul visage</translation>
    </message>
    <message>
        <location filename="extracted.py" line="292"/>
        <source>face in frame</source>
        <translation>visage dans le cadre</translation>
    </message>
    <message>
        <location filename="extracted.py" line="293"/>
        <source>background</source>
        <translation>arrière-plan</translation>
    </message>
    <message>
        <location filename="extracted.py" line="294"/>
        <source>head yaw</source>
        <translation>rotation de la tête</translation>
    </message>
    <message>
        <location filename="extracted.py" line="295"/>
        <source>head pitch</source>
        <translation>inclinaison de la tête</translation>
    </message>
    <message>
        <location filename="extracted.py" line="296"/>
        <source>head roll</source>
        <translation>penchement de la tête</translation>
    </message>
    <message>
        <location filename="extracted.py" line="297"/>
        <source>exposure</source>
        <translation>exposition</translation>
    </message>
    <message>
        <location filename="extracted.py" line="298"/>
        <source>contrast</source>
        <translation>contraste</translation>
    </message>
    <message>
        <location filename="extracted.py" line="299"/>
        <source>lighting uniformity</source>
        <translation>éclairage uniforme</translation>
    </message>
    <message>
        <location filename="extracted.py" line="300"/>
        <source>sharpness</source>
        <translation>netteté</translation>
    </message>
    <message>
        <location filename="extracted.py" line="301"/>
        <source>centring</source>
        <translation>centrage</translation>
    </message>
    <message>
        <location filename="extracted.py" line="302"/>
        <source>face size</source>
        <translation>taille du visage</translation>
    </message>
    <message>
        <location filename="extracted.py" line="303"/>
        <source>eye distance</source>
        <translation>écart des yeux</translation>
    </message>
    <message>
        <location filename="extracted.py" line="304"/>
        <source>eyes open</source>
        <translation>yeux ouverts</translation>
    </message>
    <message>
        <location filename="extracted.py" line="305"/>
        <source>mouth closed</source>
        <translation>bouche fermée</translation>
    </message>
    <message>
        <location filename="extracted.py" line="306"/>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <location filename="extracted.py" line="307"/>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <location filename="extracted.py" line="308"/>
        <source>top</source>
        <translation>haut</translation>
    </message>
    <message>
        <location filename="extracted.py" line="309"/>
        <source>bottom</source>
        <translation>bas</translation>
    </message>
    <message>
        <location filename="extracted.py" line="310"/>
        <source>up</source>
        <translation>vers le haut</translation>
    </message>
    <message>
        <location filename="extracted.py" line="311"/>
        <source>down</source>
        <translation>vers le bas</translation>
    </message>
    <message>
        <location filename="extracted.py" line="312"/>
        <source>to their left</source>
        <translation>vers sa gauche</translation>
    </message>
    <message>
        <location filename="extracted.py" line="313"/>
        <source>to their right</source>
        <translation>vers sa droite</translation>
    </message>
    <message>
        <location filename="extracted.py" line="314"/>
        <source>The background is busy or uneven: stand in front of a plain, light wall.</source>
        <translation>L&apos;arrière-plan est chargé ou irrégulier : placez-vous devant un mur uni et clair.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="315"/>
        <source>{count} faces are visible: only the person being registered may be in the photo.</source>
        <translation>{count} visages sont visibles : seule la personne enregistrée doit être sur la photo.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="316"/>
        <source>The face is cut off at the {and___join} edge: the whole face must be in the photo.</source>
        <translation>Le visage est coupé au bord ({and___join}) : tout le visage doit être sur la photo.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="317"/>
        <source>Exactly one face is visible.</source>
        <translation>Un seul visage est visible.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="318"/>
        <source>No face found: face the camera in good light.</source>
        <translation>Aucun visage trouvé : faites face à la caméra, en bonne lumière.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="319"/>
        <source>The whole face is inside the photo.</source>
        <translation>Tout le visage est dans la photo.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="320"/>
        <source>The head faces the camera.</source>
        <translation>La tête fait face à la caméra.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="321"/>
        <source>The head is turned {turn} ({abs}°): look straight into the camera.</source>
        <translation>La tête est tournée {turn} ({abs}°) : regardez droit vers la caméra.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="322"/>
        <source>The head is level.</source>
        <translation>La tête est droite.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="323"/>
        <source>The head is tilted {down__if_pitch___0_else__up} ({abs}°): keep the chin level.</source>
        <translation>La tête est inclinée {down__if_pitch___0_else__up} ({abs}°) : gardez le menton droit.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="324"/>
        <source>The head is upright.</source>
        <translation>La tête est bien droite.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="325"/>
        <source>The head leans to one side ({abs}°): hold the head straight.</source>
        <translation>La tête penche d&apos;un côté ({abs}°) : tenez la tête droite.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="326"/>
        <source>Too dark: add light in front of the face.</source>
        <translation>Trop sombre : ajoutez de la lumière devant le visage.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="327"/>
        <source>The face shows enough contrast.</source>
        <translation>Le visage montre assez de contraste.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="328"/>
        <source>The face looks flat and washed out: use even, brighter light on the face.</source>
        <translation>Le visage paraît plat et délavé : éclairez-le de façon égale et plus forte.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="329"/>
        <source>The face is evenly lit.</source>
        <translation>Le visage est éclairé de façon égale.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="330"/>
        <source>One side of the face is in shadow (darker on the {darker} of the photo): light the face evenly from the front.</source>
        <translation>Un côté du visage est dans l&apos;ombre (plus sombre à {darker} de la photo) : éclairez le visage de façon égale, de face.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="331"/>
        <source>The photo is sharp.</source>
        <translation>La photo est nette.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="332"/>
        <source>The photo is blurred: hold still, keep the camera steady and in focus.</source>
        <translation>La photo est floue : ne bougez pas, tenez la caméra stable et mise au point.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="333"/>
        <source>The face is off-centre (towards the {way} of the photo): centre the face.</source>
        <translation>Le visage est décentré (vers {way} de la photo) : centrez le visage.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="334"/>
        <source>The face is large enough.</source>
        <translation>Le visage est assez grand.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="335"/>
        <source>The face is too small: move closer to the camera or use a higher resolution.</source>
        <translation>Le visage est trop petit : approchez-vous de la caméra ou utilisez une meilleure résolution.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="336"/>
        <source>The eyes are far enough apart in pixels.</source>
        <translation>Les yeux sont assez écartés en pixels.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="337"/>
        <source>The face is too small (eyes too close together in pixels): move closer.</source>
        <translation>Le visage est trop petit (yeux trop proches en pixels) : approchez-vous.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="338"/>
        <source>The eyes are open.</source>
        <translation>Les yeux sont ouverts.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="339"/>
        <source>The eyes look closed: keep the eyes open and look ahead.</source>
        <translation>Les yeux semblent fermés : gardez les yeux ouverts et regardez devant vous.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="340"/>
        <source>The mouth is closed.</source>
        <translation>La bouche est fermée.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="341"/>
        <source>The mouth is open: close the mouth, neutral expression.</source>
        <translation>La bouche est ouverte : fermez la bouche, expression neutre.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="342"/>
        <source>Too little background is visible to judge it.</source>
        <translation>On voit trop peu d&apos;arrière-plan pour en juger.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="343"/>
        <source>The background is plain.</source>
        <translation>L&apos;arrière-plan est uni.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="344"/>
        <source>The background is busy; the card portrait gets a plain background instead.</source>
        <translation>L&apos;arrière-plan est chargé ; le portrait de la carte reçoit à la place un fond uni.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="345"/>
        <source>The background is busy, and it cannot be replaced while the photo ends too close to the head: retake the photo with space around the head, or in front of a plain wall.</source>
        <translation>L&apos;arrière-plan est chargé, et il ne peut pas être remplacé car la photo s&apos;arrête trop près de la tête : reprenez la photo avec de l&apos;espace autour de la tête, ou devant un mur uni.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="346"/>
        <source>{len} faces found; the largest one was assessed.</source>
        <translation>{len} visages trouvés ; le plus grand a été évalué.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="347"/>
        <source>The face was found only with a relaxed detector: check the photo.</source>
        <translation>Le visage n&apos;a été trouvé qu&apos;avec un détecteur assoupli : vérifiez la photo.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="348"/>
        <source>The background was replaced by a plain one on the card portrait: check that the hair and shoulders look right.</source>
        <translation>L&apos;arrière-plan a été remplacé par un fond uni sur le portrait de la carte : vérifiez que les cheveux et les épaules sont corrects.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="349"/>
        <source>Too bright: reduce the light or move out of direct sun.</source>
        <translation>Trop clair : réduisez la lumière ou sortez du soleil direct.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="350"/>
        <source>The face is well exposed.</source>
        <translation>Le visage est bien exposé.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="351"/>
        <source>The head is too close to the edge: leave space above the head and around the face.</source>
        <translation>La tête est trop près du bord : laissez de l&apos;espace au-dessus de la tête et autour du visage.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="352"/>
        <source>The face is centred; the photo did not fill the portrait frame, so the rest was filled with the plain background.</source>
        <translation>Le visage est centré ; la photo ne remplissait pas le cadre du portrait, le reste a donc été rempli avec le fond uni.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="353"/>
        <source>The face is centred with room around it.</source>
        <translation>Le visage est centré, avec de l&apos;espace autour.</translation>
    </message>
</context>
</TS>
