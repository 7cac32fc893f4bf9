<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw_TZ">
<context>
    <name></name>
    <message>
        <location filename="extracted.py" line="357"/>
        <source>Registration number</source>
        <translation>Namba ya usajili</translation>
    </message>
    <message>
        <location filename="extracted.py" line="358"/>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location filename="extracted.py" line="359"/>
        <source>Registered</source>
        <translation>Alisajiliwa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="360"/>
        <location filename="../record_view.py" line="78"/>
        <location filename="../record_view.py" line="95"/>
        <source>Photo</source>
        <translation>Picha</translation>
    </message>
    <message>
        <location filename="extracted.py" line="361"/>
        <location filename="../record_view.py" line="95"/>
        <source>Liveness</source>
        <translation>Uhai</translation>
    </message>
    <message>
        <location filename="extracted.py" line="362"/>
        <location filename="../record_view.py" line="95"/>
        <source>Quality check</source>
        <translation>Ukaguzi wa ubora</translation>
    </message>
    <message>
        <location filename="extracted.py" line="363"/>
        <source>Given name</source>
        <translation>Jina la kwanza</translation>
    </message>
    <message>
        <location filename="extracted.py" line="364"/>
        <source>Family name</source>
        <translation>Jina la ukoo</translation>
    </message>
    <message>
        <location filename="extracted.py" line="365"/>
        <source>Other names</source>
        <translation>Majina mengine</translation>
    </message>
    <message>
        <location filename="extracted.py" line="366"/>
        <source>Latin</source>
        <translation>Kwa herufi za Kilatini</translation>
    </message>
    <message>
        <location filename="extracted.py" line="367"/>
        <source>Sex</source>
        <translation>Jinsia</translation>
    </message>
    <message>
        <location filename="extracted.py" line="368"/>
        <source>Birth</source>
        <translation>Kuzaliwa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="369"/>
        <source>Nationality</source>
        <translation>Uraia</translation>
    </message>
    <message>
        <location filename="extracted.py" line="370"/>
        <source>Languages</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <location filename="extracted.py" line="371"/>
        <source>Local language</source>
        <translation>Lugha ya eneo</translation>
    </message>
    <message>
        <location filename="extracted.py" line="372"/>
        <source>Arrived</source>
        <translation>Aliwasili</translation>
    </message>
    <message>
        <location filename="extracted.py" line="373"/>
        <source>Region</source>
        <translation>Mkoa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="374"/>
        <source>District</source>
        <translation>Wilaya</translation>
    </message>
    <message>
        <location filename="extracted.py" line="375"/>
        <source>Place</source>
        <translation>Mahali</translation>
    </message>
    <message>
        <location filename="extracted.py" line="376"/>
        <source>Phone</source>
        <translation>Simu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="377"/>
        <source>E-mail</source>
        <translation>Barua pepe</translation>
    </message>
    <message>
        <location filename="extracted.py" line="378"/>
        <source>Reach in an emergency by</source>
        <translation>Wasiliana wakati wa dharura kwa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="379"/>
        <source>Emergency contacts</source>
        <translation>Watu wa kuwasiliana wakati wa dharura</translation>
    </message>
    <message>
        <location filename="extracted.py" line="380"/>
        <source>Family contacts</source>
        <translation>Mawasiliano ya familia</translation>
    </message>
    <message>
        <location filename="extracted.py" line="381"/>
        <source>Dependants</source>
        <translation>Wategemezi</translation>
    </message>
    <message>
        <location filename="extracted.py" line="382"/>
        <source>Vulnerabilities</source>
        <translation>Hali hatarishi</translation>
    </message>
    <message>
        <location filename="extracted.py" line="383"/>
        <source>Needs</source>
        <translation>Mahitaji</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="65"/>
        <source>about %s (estimated)</source>
        <translation>karibu %s (makadirio)</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="78"/>
        <source>No photo</source>
        <translation>Hakuna picha</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="79"/>
        <source>taken with the camera</source>
        <translation>imepigwa kwa kamera</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="80"/>
        <source>imported from a file</source>
        <translation>imeingizwa kutoka faili</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="83"/>
        <source>Checked: a blink was seen on camera</source>
        <translation>Imehakikiwa: kupepesa macho kulionekana kwenye kamera</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="85"/>
        <source>Failed: no blink was seen</source>
        <translation>Imeshindwa: kupepesa macho hakukuonekana</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="87"/>
        <source>Not checked (taken from a still photo)</source>
        <translation>Haijahakikiwa (picha tuli)</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="90"/>
        <source>Failed, accepted by the officer: %s</source>
        <translation>Imeshindwa, imekubaliwa na afisa: %s</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="92"/>
        <source>Passed</source>
        <translation>Imefaulu</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="94"/>
        <source>Failed</source>
        <translation>Imeshindwa</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="108"/>
        <source>%s — same person as %s</source>
        <translation>%s — mtu yule yule kama %s</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="112"/>
        <source>%s at %s-%s</source>
        <translation>%s katika %s-%s</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="148"/>
        <source>%s: %s, valid until %s</source>
        <translation>%s: %s, halali hadi %s</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="150"/>
        <source>No card</source>
        <translation>Hakuna kitambulisho</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="163"/>
        <source>nothing</source>
        <translation>hakuna</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="165"/>
        <source>%s (withdrawn: %s)</source>
        <translation>%s (imeondolewa: %s)</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../pages/admin.py" line="75"/>
        <source>User</source>
        <translation>Mtumiaji</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="75"/>
        <location filename="../pages/admin.py" line="112"/>
        <source>Role</source>
        <translation>Jukumu</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="75"/>
        <source>Account</source>
        <translation>Akaunti</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="78"/>
        <location filename="../pages/admin.py" line="290"/>
        <source>Choose an operator in the list.</source>
        <translation>Chagua mtumiaji kwenye orodha.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="79"/>
        <source>Unlock…</source>
        <translation>Fungua akaunti…</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="80"/>
        <source>Deactivate…</source>
        <translation>Zima akaunti…</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="82"/>
        <source>new password</source>
        <translation>nenosiri jipya</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="84"/>
        <source>new password again</source>
        <translation>rudia nenosiri jipya</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="85"/>
        <source>Reset password…</source>
        <translation>Weka nenosiri jipya…</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="93"/>
        <source>Add operator</source>
        <translation>Ongeza mtumiaji</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="95"/>
        <source>user name</source>
        <translation>jina la mtumiaji</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="96"/>
        <source>first password</source>
        <translation>nenosiri la kwanza</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="98"/>
        <source>The operator chosen</source>
        <translation>Mtumiaji aliyechaguliwa</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="106"/>
        <source>New password</source>
        <translation>Nenosiri jipya</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="107"/>
        <source>New password again</source>
        <translation>Rudia nenosiri jipya</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="109"/>
        <source>Add an operator</source>
        <translation>Ongeza mtumiaji</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="111"/>
        <source>User name</source>
        <translation>Jina la mtumiaji</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="113"/>
        <source>First password</source>
        <translation>Nenosiri la kwanza</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="126"/>
        <source>Operators</source>
        <translation>Watumiaji</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="132"/>
        <source>Change passphrase</source>
        <translation>Badilisha kaulisiri</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="134"/>
        <source>Current passphrase</source>
        <translation>Kaulisiri ya sasa</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="135"/>
        <source>New passphrase</source>
        <translation>Kaulisiri mpya</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="136"/>
        <source>New passphrase again</source>
        <translation>Rudia kaulisiri mpya</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="138"/>
        <source>Save the card verifier page…</source>
        <translation>Hifadhi ukurasa wa kuhakiki vitambulisho…</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="140"/>
        <source>One web page that checks cards offline on any phone, with this station&apos;s current list of trusted stations and revoked cards. Copy it to a phone or a USB stick.</source>
        <translation>Ukurasa mmoja wa wavuti unaohakiki vitambulisho bila mtandao kwenye simu yoyote, pamoja na orodha ya sasa ya kituo hiki ya vituo vinavyoaminika na vitambulisho vilivyobatilishwa. Unakili kwenye simu au kwenye USB.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="146"/>
        <source>Passphrase</source>
        <translation>Kaulisiri</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="155"/>
        <source>library default</source>
        <translation>kiwango cha kawaida</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="160"/>
        <source>Save settings</source>
        <translation>Hifadhi mipangilio</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="162"/>
        <source>Match threshold (supervisor review)</source>
        <translation>Kiwango cha kufanana (ukaguzi wa msimamizi)</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="163"/>
        <source>Possible-match threshold (shown)</source>
        <translation>Kiwango cha uwezekano wa kufanana (kinaonyeshwa)</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="165"/>
        <source>Card validity (days)</source>
        <translation>Muda wa kitambulisho (siku)</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="166"/>
        <source>Idle lock (minutes)</source>
        <translation>Funga baada ya kutotumika (dakika)</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="168"/>
        <source>Settings</source>
        <translation>Mipangilio</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="171"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="171"/>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="171"/>
        <source>Who</source>
        <translation>Nani</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="171"/>
        <source>Action</source>
        <translation>Kitendo</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="172"/>
        <source>Subject</source>
        <translation>Kuhusu</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="172"/>
        <source>Details</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="173"/>
        <source>Verify the audit chain</source>
        <translation>Hakiki mnyororo wa ukaguzi</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="174"/>
        <source>Refresh</source>
        <translation>Onyesha upya</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="182"/>
        <source>Audit log</source>
        <translation>Kumbukumbu za ukaguzi</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="264"/>
        <source>Locked after wrong passwords, until %s</source>
        <translation>Imefungwa baada ya manenosiri yasiyo sahihi, hadi %s</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="265"/>
        <source>Locked after wrong passwords</source>
        <translation>Imefungwa baada ya manenosiri yasiyo sahihi</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="267"/>
        <source>Locked by an administrator</source>
        <translation>Imefungwa na msimamizi wa mfumo</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="269"/>
        <source>Deactivated</source>
        <translation>Imezimwa</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="270"/>
        <source>Active</source>
        <translation>Inatumika</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="288"/>
        <source>%s: %s</source>
        <translation>%s: %s</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="305"/>
        <source>Unlock the account of %s?</source>
        <translation>Fungua akaunti ya %s?</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="306"/>
        <source>%s can log in again at once, and has the full number of tries again.</source>
        <translation>%s anaweza kuingia tena mara moja, na atapata tena majaribio yote.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="307"/>
        <source>Unlock</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="309"/>
        <source>Account %s unlocked: they can log in again.</source>
        <translation>Akaunti ya %s imefunguliwa: anaweza kuingia tena.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="316"/>
        <source>Deactivate the account of %s?</source>
        <translation>Zima akaunti ya %s?</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="317"/>
        <source>%s will never be able to log in again; the name stays in the audit log. This cannot be undone: a returning person gets a new account.</source>
        <translation>%s hataweza kuingia tena kamwe; jina linabaki kwenye kumbukumbu za ukaguzi. Hili haliwezi kutenguliwa: mtu akirudi atapewa akaunti mpya.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="319"/>
        <source>Deactivate</source>
        <translation>Zima</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="321"/>
        <source>Account %s deactivated: it can no longer log in.</source>
        <translation>Akaunti ya %s imezimwa: haiwezi kuingia tena.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="329"/>
        <source>The new password needs at least %d characters.</source>
        <translation>Nenosiri jipya linahitaji herufi %d au zaidi.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="334"/>
        <source>The two new passwords differ; type them again.</source>
        <translation>Manenosiri mapya mawili hayafanani; yaandike tena.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="338"/>
        <source>Reset the password of %s?</source>
        <translation>Weka nenosiri jipya la %s?</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="339"/>
        <source>The old password of %s stops working at once, and a lock after wrong passwords ends. Give them the new password in person.</source>
        <translation>Nenosiri la zamani la %s litaacha kufanya kazi mara moja, na kufungwa kwa sababu ya manenosiri yasiyo sahihi kunaisha. Mpe nenosiri jipya ana kwa ana.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="341"/>
        <source>Reset the password</source>
        <translation>Weka nenosiri jipya</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="344"/>
        <source>Password of %s reset: they log in with the new one.</source>
        <translation>Nenosiri la %s limewekwa upya: ataingia kwa nenosiri jipya.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="365"/>
        <source>The first password needs at least %d characters.</source>
        <translation>Nenosiri la kwanza linahitaji herufi %d au zaidi.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="370"/>
        <source>Operator %s added as %s.</source>
        <translation>Mtumiaji %s ameongezwa kama %s.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="384"/>
        <source>The two new passphrases differ.</source>
        <translation>Kaulisiri mpya mbili hazifanani.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="387"/>
        <source>The passphrase needs at least 12 characters.</source>
        <translation>Kaulisiri inahitaji herufi 12 au zaidi.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="395"/>
        <source>Passphrase changed.</source>
        <translation>Kaulisiri imebadilishwa.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="407"/>
        <source>Settings saved.</source>
        <translation>Mipangilio imehifadhiwa.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="418"/>
        <source>The card verifier page was written to %s.</source>
        <translation>Ukurasa wa kuhakiki vitambulisho umehifadhiwa kwenye %s.</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="422"/>
        <source>Save the card verifier page</source>
        <translation>Hifadhi ukurasa wa kuhakiki vitambulisho</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="423"/>
        <source>Web page (*.html)</source>
        <translation>Ukurasa wa wavuti (*.html)</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="433"/>
        <source>The audit chain is intact (%d events).</source>
        <translation>Mnyororo wa ukaguzi uko salama (matukio %d).</translation>
    </message>
    <message>
        <location filename="../pages/admin.py" line="436"/>
        <source>The audit chain is broken: %s</source>
        <translation>Mnyororo wa ukaguzi umevunjika: %s</translation>
    </message>
</context>
<context>
    <name>AutoSyncDriver</name>
    <message>
        <location filename="../auto_sync.py" line="193"/>
        <source>station locked</source>
        <translation>kituo kimefungwa</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="196"/>
        <source>checking the registry…</source>
        <translation>inaangalia daftari kuu…</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="197"/>
        <source>waiting for an operator to log in</source>
        <translation>inasubiri mtumiaji aingie</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="199"/>
        <source>connected to the registry</source>
        <translation>imeunganishwa na daftari kuu</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="201"/>
        <source>registry not reachable, next try at %s</source>
        <translation>daftari kuu halipatikani, jaribio lijalo saa %s</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="203"/>
        <source>sync failed, next try at %s</source>
        <translation>usawazishaji umeshindwa, jaribio lijalo saa %s</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="205"/>
        <source>not joined to a registry yet</source>
        <translation>bado haijaunganishwa na daftari kuu</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="207"/>
        <source>no registry address set</source>
        <translation>anwani ya daftari kuu haijawekwa</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="209"/>
        <source>sending paused by %s at %s</source>
        <translation>utumaji umesitishwa na %s saa %s</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="217"/>
        <source>%d pending; %s</source>
        <translation>%d zinasubiri; %s</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="219"/>
        <source>up to date</source>
        <translation>imesasishwa</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="227"/>
        <source>Sending in the background</source>
        <translation>Utumaji chinichini</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="229"/>
        <source>Records waiting</source>
        <translation>Rekodi zinazosubiri</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="230"/>
        <source>Last sync</source>
        <translation>Usawazishaji wa mwisho</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="231"/>
        <source>never</source>
        <translation>bado</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="233"/>
        <source>Next check</source>
        <translation>Ukaguzi ujao</translation>
    </message>
    <message>
        <location filename="../auto_sync.py" line="236"/>
        <source>Problem</source>
        <translation>Tatizo</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../widgets.py" line="46"/>
        <source>Close the message</source>
        <translation>Funga ujumbe</translation>
    </message>
</context>
<context>
    <name>CaptureStep</name>
    <message>
        <location filename="../wizard/capture.py" line="98"/>
        <source>Start</source>
        <translation>Anza</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="99"/>
        <source>Import photo…</source>
        <translation>Ingiza picha…</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="100"/>
        <source>Capture automatically when all checks pass</source>
        <translation>Piga picha moja kwa moja ukaguzi wote ukifaulu</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="102"/>
        <source>Capture now</source>
        <translation>Piga picha sasa</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="103"/>
        <source>Next picture</source>
        <translation>Picha inayofuata</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="104"/>
        <source>Show the next photo of the folder now</source>
        <translation>Onyesha sasa picha inayofuata ya folda</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="106"/>
        <source>No picture yet</source>
        <translation>Bado hakuna picha</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="107"/>
        <source>Live picture</source>
        <translation>Picha ya moja kwa moja</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="116"/>
        <source>Photo checks</source>
        <translation>Ukaguzi wa picha</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="120"/>
        <source>Check the blink again</source>
        <translation>Angalia kupepesa macho tena</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="123"/>
        <source>Reason to accept a photo failing a check</source>
        <translation>Sababu ya kukubali picha iliyoshindwa ukaguzi</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="130"/>
        <source>Use this photo</source>
        <translation>Tumia picha hii</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="131"/>
        <source>Retake</source>
        <translation>Piga tena</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="139"/>
        <source>&lt;b&gt;Framing&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mpangilio wa picha&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="141"/>
        <source>&lt;b&gt;Photo checks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ukaguzi wa picha&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="151"/>
        <source>&lt;b&gt;ID portrait: check it and approve&lt;/b&gt;</source>
        <translation>&lt;b&gt;Picha ya kitambulisho: ikague na uikubali&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="162"/>
        <source>Source</source>
        <translation>Chanzo</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="184"/>
        <source>Photo</source>
        <translation>Picha</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="207"/>
        <source>Folder of photos…</source>
        <translation>Folda ya picha…</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="208"/>
        <source>Video file…</source>
        <translation>Faili la video…</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="210"/>
        <source>No camera was found on this computer. Import a photo, or choose a folder of photos or a video file.</source>
        <translation>Hakuna kamera iliyopatikana kwenye kompyuta hii. Ingiza picha, au chagua folda ya picha au faili la video.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="220"/>
        <source>Folder of photos</source>
        <translation>Folda ya picha</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="223"/>
        <source>Video file</source>
        <translation>Faili la video</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="235"/>
        <source>Opening the camera…</source>
        <translation>Inafungua kamera…</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="327"/>
        <source>Please blink: ask the person to look at the camera and blink once.</source>
        <translation>Tafadhali pepesa macho: mwombe mtu aangalie kamera na apepese macho mara moja.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="329"/>
        <source>Blink seen: a live person is in front of the camera.</source>
        <translation>Kupepesa kumeonekana: mtu halisi yuko mbele ya kamera.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="331"/>
        <source>No blink seen in time. Ask the person to blink, then press “Check the blink again”.</source>
        <translation>Kupepesa hakukuonekana kwa wakati. Mwombe mtu apepese macho, kisha bonyeza “Angalia kupepesa macho tena”.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="333"/>
        <source>Liveness cannot be checked from still pictures: it is recorded as not checked. You can go on with the photo.</source>
        <translation>Uhai hauwezi kuhakikiwa kwa picha tuli: umeandikwa kuwa haujahakikiwa. Unaweza kuendelea na picha.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="337"/>
        <source>Imported photo: no liveness check.</source>
        <translation>Picha imeingizwa: hakuna ukaguzi wa uhai.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="404"/>
        <source>The source has no more pictures. Capture the best one, or choose another source.</source>
        <translation>Chanzo hakina picha zaidi. Piga picha bora zaidi, au chagua chanzo kingine.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="483"/>
        <source>No face found yet: wait for the checklist, or import a photo.</source>
        <translation>Bado hakuna uso uliopatikana: subiri orodha ya ukaguzi, au ingiza picha.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="487"/>
        <source>This photo cannot be used: %s</source>
        <translation>Picha hii haiwezi kutumika: %s</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="491"/>
        <source>The photo fails a check: retake it, or type a reason to accept it.</source>
        <translation>Picha imeshindwa ukaguzi: piga tena, au andika sababu ya kuikubali.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="502"/>
        <source>All checks passed.</source>
        <translation>Ukaguzi wote umefaulu.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="503"/>
        <source>Accepted with a reason despite: %s</source>
        <translation>Imekubaliwa kwa sababu iliyotolewa licha ya: %s</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="518"/>
        <source>Liveness: blink seen.</source>
        <translation>Uhai: kupepesa kumeonekana.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="520"/>
        <source>Liveness: not checked (still pictures).</source>
        <translation>Uhai: haujahakikiwa (picha tuli).</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="521"/>
        <source>Liveness: no blink seen (recorded as not passed).</source>
        <translation>Uhai: kupepesa hakukuonekana (imeandikwa kuwa haikufaulu).</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="533"/>
        <source>Photo approved.</source>
        <translation>Picha imekubaliwa.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="551"/>
        <source>Import photo</source>
        <translation>Ingiza picha</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="552"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Picha (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="563"/>
        <source>Checking the photo…</source>
        <translation>Inakagua picha…</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="581"/>
        <source>No usable face in this photo.</source>
        <translation>Hakuna uso unaofaa kwenye picha hii.</translation>
    </message>
    <message>
        <location filename="../wizard/capture.py" line="589"/>
        <source>Capture and approve a photo first (or import one).</source>
        <translation>Kwanza piga picha na uikubali (au ingiza moja).</translation>
    </message>
</context>
<context>
    <name>CardPreview</name>
    <message>
        <location filename="../card_preview.py" line="71"/>
        <source>Front</source>
        <translation>Mbele</translation>
    </message>
    <message>
        <location filename="../card_preview.py" line="72"/>
        <source>Back</source>
        <translation>Nyuma</translation>
    </message>
    <message>
        <location filename="../card_preview.py" line="73"/>
        <source>Print…</source>
        <translation>Chapisha…</translation>
    </message>
    <message>
        <location filename="../card_preview.py" line="74"/>
        <source>Save PDF…</source>
        <translation>Hifadhi PDF…</translation>
    </message>
    <message>
        <location filename="../card_preview.py" line="101"/>
        <source>Preparing the preview…</source>
        <translation>Inaandaa onyesho…</translation>
    </message>
    <message>
        <location filename="../card_preview.py" line="135"/>
        <source>Saved %s</source>
        <translation>Imehifadhiwa %s</translation>
    </message>
    <message>
        <location filename="../card_preview.py" line="139"/>
        <source>Save PDF</source>
        <translation>Hifadhi PDF</translation>
    </message>
    <message>
        <location filename="../card_preview.py" line="186"/>
        <source>Sent to the printer.</source>
        <translation>Imetumwa kwa printa.</translation>
    </message>
</context>
<context>
    <name>CardPrinting</name>
    <message numerus="yes">
        <location filename="../print_dialog.py" line="239"/>
        <source>Making %n card(s) for %s…</source>
        <translation>
            <numerusform>Inatengeneza kitambulisho %n kwa %s…</numerusform>
            <numerusform>Inatengeneza vitambulisho %n kwa %s…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="249"/>
        <source>Sending to %s…</source>
        <translation>Inatuma kwa %s…</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="263"/>
        <source>Sent to %s; waiting for it to print…</source>
        <translation>Imetumwa kwa %s; inasubiri kuchapishwa…</translation>
    </message>
    <message numerus="yes">
        <location filename="../print_dialog.py" line="294"/>
        <source>%s printed %n job(s).</source>
        <translation>
            <numerusform>%s imechapisha kazi %n.</numerusform>
            <numerusform>%s imechapisha kazi %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CentralPage</name>
    <message>
        <location filename="../pages/central.py" line="45"/>
        <source>imported</source>
        <translation>imeingizwa</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="46"/>
        <source>already imported</source>
        <translation>iliingizwa tayari</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="47"/>
        <source>rejected</source>
        <translation>imekataliwa</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="78"/>
        <source>Folder of the registry (its home)</source>
        <translation>Folda ya daftari kuu (makao yake)</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="79"/>
        <source>Choose…</source>
        <translation>Chagua…</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="82"/>
        <source>Registry passphrase</source>
        <translation>Kaulisiri ya daftari kuu</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="84"/>
        <source>Your account at the registry</source>
        <translation>Akaunti yako kwenye daftari kuu</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="87"/>
        <source>Your registry password</source>
        <translation>Nenosiri lako la daftari kuu</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="88"/>
        <source>Open registry</source>
        <translation>Fungua daftari kuu</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="89"/>
        <location filename="../pages/central.py" line="178"/>
        <source>No registry open.</source>
        <translation>Hakuna daftari kuu lililofunguliwa.</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="91"/>
        <source>Import batch files…</source>
        <translation>Ingiza mafaili ya vifurushi…</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="93"/>
        <source>Refresh queue</source>
        <translation>Onyesha foleni upya</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="94"/>
        <source>File</source>
        <translation>Faili</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="94"/>
        <location filename="../pages/central.py" line="97"/>
        <source>Station</source>
        <translation>Kituo</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="94"/>
        <source>Sequence</source>
        <translation>Mfuatano</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="95"/>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="95"/>
        <source>Records imported</source>
        <translation>Rekodi zilizoingizwa</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="96"/>
        <source>Reason</source>
        <translation>Sababu</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="97"/>
        <source>Case</source>
        <translation>Shauri</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="97"/>
        <source>Record</source>
        <translation>Rekodi</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="98"/>
        <source>Candidate</source>
        <translation>Rekodi inayofanana</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="98"/>
        <source>Candidate station</source>
        <translation>Kituo cha rekodi inayofanana</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="99"/>
        <source>Kind</source>
        <translation>Aina</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="99"/>
        <source>Distance</source>
        <translation>Umbali</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="99"/>
        <source>Opened</source>
        <translation>Lilifunguliwa</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="104"/>
        <location filename="../pages/central.py" line="140"/>
        <source>Registry folder</source>
        <translation>Folda ya daftari kuu</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="105"/>
        <source>Passphrase</source>
        <translation>Kaulisiri</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="106"/>
        <source>Registry account</source>
        <translation>Akaunti ya daftari kuu</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="107"/>
        <source>Account password</source>
        <translation>Nenosiri la akaunti</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="114"/>
        <source>&lt;h2&gt;Central registry: import batches&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Daftari kuu: ingiza vifurushi&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="119"/>
        <source>&lt;b&gt;Imported batch files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mafaili ya vifurushi yaliyoingizwa&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="121"/>
        <source>&lt;b&gt;Cross-site duplicate queue&lt;/b&gt;</source>
        <translation>&lt;b&gt;Foleni ya marudio kati ya vituo&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="155"/>
        <source>Opening the registry…</source>
        <translation>Inafungua daftari kuu…</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="170"/>
        <source>Registry open.</source>
        <translation>Daftari kuu limefunguliwa.</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="185"/>
        <source>Batch files</source>
        <translation>Mafaili ya vifurushi</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="186"/>
        <source>Batch files (*.batch *.zip);;All (*)</source>
        <translation>Mafaili ya vifurushi (*.batch *.zip);;Yote (*)</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="197"/>
        <source>Importing batch files…</source>
        <translation>Inaingiza mafaili ya vifurushi…</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="197"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="199"/>
        <source>Import</source>
        <translation>Kuingiza</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="227"/>
        <source>Stopping after the current file…</source>
        <translation>Inasimama baada ya faili la sasa…</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="234"/>
        <source>Imported %d of %d file(s)…</source>
        <translation>Faili %d kati ya %d zimeingizwa…</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="260"/>
        <source>%d imported, %d already imported, %d rejected.</source>
        <translation>%d zimeingizwa, %d ziliingizwa tayari, %d zimekataliwa.</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="263"/>
        <source>Stopped: the other files were not imported.</source>
        <translation>Imesimama: mafaili mengine hayakuingizwa.</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="270"/>
        <source>%s (moved to quarantine)</source>
        <translation>%s (imetengwa)</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="272"/>
        <source>batches missing before it: %s</source>
        <translation>vifurushi vinavyokosekana kabla yake: %s</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="305"/>
        <source>Registry open as %s (%s): %d records from %d station(s), %d batch(es), %d rejected file(s), %d open cross-site case(s).</source>
        <translation>Daftari kuu limefunguliwa kama %s (%s): rekodi %d kutoka vituo %d, vifurushi %d, mafaili %d yaliyokataliwa, mashauri %d ya vituo tofauti yaliyo wazi.</translation>
    </message>
    <message>
        <location filename="../pages/central.py" line="311"/>
        <source>Your registry account cannot see the duplicate queue.</source>
        <translation>Akaunti yako ya daftari kuu haiwezi kuona foleni ya marudio.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../confirm.py" line="54"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <location filename="../wizard/steps.py" line="132"/>
        <source>Registration (required)</source>
        <translation>Usajili (unahitajika)</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="133"/>
        <source>Photo and face template, to find duplicate registrations</source>
        <translation>Picha na kiolezo cha uso, ili kugundua usajili unaojirudia</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="135"/>
        <source>An identity card</source>
        <translation>Kitambulisho</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="136"/>
        <source>Being contacted, or the family contacted, in an emergency</source>
        <translation>Kuwasiliana naye, au na familia yake, wakati wa dharura</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="138"/>
        <source>Sharing with partner agencies for assistance</source>
        <translation>Kushirikishwa na mashirika washirika kwa ajili ya msaada</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="154"/>
        <source>The person agrees to</source>
        <translation>Mtu anakubali</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="162"/>
        <source>The person agrees to all of these</source>
        <translation>Mtu anakubali yote haya</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="167"/>
        <source>Language of the person</source>
        <translation>Lugha ya mtu</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="177"/>
        <source>Consent</source>
        <translation>Ridhaa</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="191"/>
        <source>Consent text version %s, shown in %s</source>
        <translation>Maandishi ya ridhaa toleo %s, yameonyeshwa kwa %s</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="216"/>
        <source>Consent to registration is needed to enrol a person.</source>
        <translation>Ridhaa ya usajili inahitajika ili kumsajili mtu.</translation>
    </message>
</context>
<context>
    <name>ContactsStep</name>
    <message>
        <location filename="../wizard/steps.py" line="470"/>
        <location filename="../wizard/steps.py" line="478"/>
        <location filename="../wizard/steps.py" line="479"/>
        <source>Phone</source>
        <translation>Simu</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="471"/>
        <source>E-mail</source>
        <translation>Barua pepe</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="474"/>
        <source>Preferred channel in an emergency</source>
        <translation>Njia inayopendelewa wakati wa dharura</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="477"/>
        <location filename="../wizard/steps.py" line="479"/>
        <location filename="../wizard/steps.py" line="481"/>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="477"/>
        <location filename="../wizard/steps.py" line="479"/>
        <location filename="../wizard/steps.py" line="481"/>
        <source>Relationship</source>
        <translation>Uhusiano</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="480"/>
        <source>Registration number</source>
        <translation>Namba ya usajili</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="482"/>
        <source>Birth year</source>
        <translation>Mwaka wa kuzaliwa</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="484"/>
        <source>Emergency contacts</source>
        <translation>Watu wa kuwasiliana wakati wa dharura</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="485"/>
        <source>Family contacts</source>
        <translation>Mawasiliano ya familia</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="486"/>
        <source>Dependants</source>
        <translation>Wategemezi</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="497"/>
        <source>Contacts and family</source>
        <translation>Mawasiliano na familia</translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <location filename="../correct_dialog.py" line="80"/>
        <source>Correct details of %s</source>
        <translation>Sahihisha taarifa za %s</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="82"/>
        <location filename="../correct_dialog.py" line="168"/>
        <source>Given name</source>
        <translation>Jina la kwanza</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="82"/>
        <location filename="../correct_dialog.py" line="168"/>
        <source>Family name</source>
        <translation>Jina la ukoo</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="83"/>
        <location filename="../correct_dialog.py" line="169"/>
        <source>Other names</source>
        <translation>Majina mengine</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="84"/>
        <source>Birth date (YYYY-MM-DD, or a year)</source>
        <translation>Tarehe ya kuzaliwa (MMMM-MM-SS, au mwaka)</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="85"/>
        <location filename="../correct_dialog.py" line="170"/>
        <source>Phone</source>
        <translation>Simu</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="85"/>
        <location filename="../correct_dialog.py" line="171"/>
        <source>E-mail</source>
        <translation>Barua pepe</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="86"/>
        <location filename="../correct_dialog.py" line="171"/>
        <source>Place</source>
        <translation>Mahali</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="86"/>
        <location filename="../correct_dialog.py" line="172"/>
        <source>Region</source>
        <translation>Mkoa</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="87"/>
        <location filename="../correct_dialog.py" line="172"/>
        <source>District</source>
        <translation>Wilaya</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="97"/>
        <location filename="../correct_dialog.py" line="173"/>
        <source>Nationality</source>
        <translation>Uraia</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="100"/>
        <location filename="../correct_dialog.py" line="173"/>
        <source>Notes</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="101"/>
        <source>Save correction</source>
        <translation>Hifadhi marekebisho</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="106"/>
        <source>&lt;b&gt;Record history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historia ya rekodi&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="109"/>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="109"/>
        <source>By</source>
        <translation>Na</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="109"/>
        <source>Field</source>
        <translation>Sehemu</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="109"/>
        <source>Before</source>
        <translation>Kabla</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="139"/>
        <source>Nothing was changed.</source>
        <translation>Hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="143"/>
        <source>Saving…</source>
        <translation>Inahifadhi…</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="161"/>
        <source>Corrected: %s.</source>
        <translation>Imesahihishwa: %s.</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="169"/>
        <source>Birth date</source>
        <translation>Tarehe ya kuzaliwa</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="170"/>
        <source>Birth year</source>
        <translation>Mwaka wa kuzaliwa</translation>
    </message>
    <message>
        <location filename="../correct_dialog.py" line="192"/>
        <source>(not kept)</source>
        <translation>(haikuhifadhiwa)</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../pickers.py" line="131"/>
        <source>type to search, e.g. Congo or COD</source>
        <translation>andika kutafuta, mf. Kongo au COD</translation>
    </message>
</context>
<context>
    <name>DetailsStep</name>
    <message>
        <location filename="../wizard/steps.py" line="222"/>
        <source>Given name(s)</source>
        <translation>Jina (majina) la kwanza</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="223"/>
        <source>Family name</source>
        <translation>Jina la ukoo</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="224"/>
        <source>Other names</source>
        <translation>Majina mengine</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="226"/>
        <source>Given name in Latin letters</source>
        <translation>Jina la kwanza kwa herufi za Kilatini</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="228"/>
        <source>Family name in Latin letters</source>
        <translation>Jina la ukoo kwa herufi za Kilatini</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="249"/>
        <source>Sex *</source>
        <translation>Jinsia *</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="255"/>
        <source>Only the year is known (estimated)</source>
        <translation>Mwaka pekee ndio unajulikana (makadirio)</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="262"/>
        <source>Date of birth *</source>
        <translation>Tarehe ya kuzaliwa *</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="265"/>
        <source>Nationality *</source>
        <translation>Uraia *</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="270"/>
        <source>Local language proficiency</source>
        <translation>Ujuzi wa lugha ya eneo</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="274"/>
        <source>Languages spoken</source>
        <translation>Lugha anazozungumza</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="281"/>
        <source>Region</source>
        <translation>Mkoa</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="282"/>
        <source>District</source>
        <translation>Wilaya</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="283"/>
        <source>Place of residence</source>
        <translation>Mahali anapoishi</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="287"/>
        <source>Arrival date</source>
        <translation>Tarehe ya kuwasili</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="310"/>
        <source>Personal details</source>
        <translation>Taarifa binafsi</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="394"/>
        <location filename="../wizard/steps.py" line="395"/>
        <source>Choose the sex.</source>
        <translation>Chagua jinsia.</translation>
    </message>
</context>
<context>
    <name>DuplicateAlert</name>
    <message>
        <location filename="../wizard/alert.py" line="38"/>
        <source>Possible earlier registration</source>
        <translation>Huenda alisajiliwa awali</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="43"/>
        <source>&lt;h3&gt;This person may be registered already&lt;/h3&gt;&lt;p&gt;Compare the photos and the details. If you recognise the person, open the existing record: this enrolment is kept, and you can come back to it. Otherwise continue: a close match is sent to a supervisor, and no card is printed until the supervisor decides.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Huenda mtu huyu amesajiliwa tayari&lt;/h3&gt;&lt;p&gt;Linganisha picha na taarifa. Ukimtambua mtu huyu, fungua rekodi iliyopo: usajili huu unahifadhiwa, na unaweza kuurudia. La sivyo endelea: mfanano wa karibu unapelekwa kwa msimamizi, na hakuna kitambulisho kitakachochapishwa mpaka msimamizi aamue.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="52"/>
        <source>&lt;b&gt;Now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sasa&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="58"/>
        <source>no photo</source>
        <translation>hakuna picha</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="67"/>
        <source>Open this record</source>
        <translation>Fungua rekodi hii</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="71"/>
        <source>Continue with a new registration</source>
        <translation>Endelea na usajili mpya</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="83"/>
        <source>Very likely the same person</source>
        <translation>Kuna uwezekano mkubwa ni mtu yule yule</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="84"/>
        <source>Possibly the same person</source>
        <translation>Huenda ni mtu yule yule</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="86"/>
        <source>Registration %s</source>
        <translation>Usajili %s</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="90"/>
        <source>%d (year only)</source>
        <translation>%d (mwaka pekee)</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="93"/>
        <source>Born %s</source>
        <translation>Alizaliwa %s</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="94"/>
        <source>Nationality: %s</source>
        <translation>Uraia: %s</translation>
    </message>
    <message>
        <location filename="../wizard/alert.py" line="96"/>
        <source>Registered at %s on %s</source>
        <translation>Alisajiliwa %s tarehe %s</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <location filename="../wizard/wizard.py" line="152"/>
        <source>Make the card</source>
        <translation>Tengeneza kitambulisho</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="153"/>
        <location filename="../wizard/wizard.py" line="485"/>
        <source>Print slip</source>
        <translation>Chapisha stakabadhi</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="154"/>
        <source>An acknowledgement slip for the person: the registration number, what happens next and where to come back</source>
        <translation>Stakabadhi kwa mtu: namba ya usajili, kinachofuata na mahali pa kurudi</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="157"/>
        <source>Next person</source>
        <translation>Mtu anayefuata</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="173"/>
        <source>Back</source>
        <translation>Rudi</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="174"/>
        <location filename="../wizard/wizard.py" line="381"/>
        <source>Next</source>
        <translation>Endelea</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="177"/>
        <source>New enrolment</source>
        <translation>Usajili mpya</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="178"/>
        <source>Resume draft</source>
        <translation>Endelea na rasimu</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="179"/>
        <source>Discard draft</source>
        <translation>Futa rasimu</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="186"/>
        <source>Continue as a new registration</source>
        <translation>Endelea kama usajili mpya</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="188"/>
        <source>Discard this enrolment</source>
        <translation>Acha usajili huu</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="246"/>
        <source>An unfinished enrolment from %s was kept. Resume it or discard it.</source>
        <translation>Usajili ambao haukukamilika wa %s umehifadhiwa. Uendeleze au uufute.</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="263"/>
        <source>Draft resumed. The photo must be taken again.</source>
        <translation>Rasimu imerejeshwa. Picha lazima ipigwe tena.</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="376"/>
        <source>Card</source>
        <translation>Kitambulisho</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="380"/>
        <source>Save</source>
        <translation>Hifadhi</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="398"/>
        <source>Looking for earlier registrations…</source>
        <translation>Inatafuta usajili wa awali…</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="406"/>
        <source>No earlier registration resembles this person.</source>
        <translation>Hakuna usajili wa awali unaofanana na mtu huyu.</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="421"/>
        <source>This enrolment is kept while you look at record %s. Continue it as a new registration, or discard it.</source>
        <translation>Usajili huu unahifadhiwa wakati unaangalia rekodi %s. Uendeleze kama usajili mpya, au uache.</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="450"/>
        <source>Saving…</source>
        <translation>Inahifadhi…</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="469"/>
        <source>&lt;h3&gt;Registered as %s&lt;/h3&gt;&lt;p&gt;This person closely resembles an earlier registration. A supervisor will review the case (number %d); the card can be printed after the decision. Print the slip and give it to the person: it says what happens next and where to come back.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Amesajiliwa kama %s&lt;/h3&gt;&lt;p&gt;Mtu huyu anafanana sana na usajili wa awali. Msimamizi atakagua shauri (namba %d); kitambulisho kinaweza kuchapishwa baada ya uamuzi. Chapisha stakabadhi na umpe mtu huyu: inaeleza kinachofuata na mahali pa kurudi.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="476"/>
        <source>&lt;h3&gt;Registered as %s&lt;/h3&gt;&lt;p&gt;The card is being made: check it, then print it or save the PDF.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Amesajiliwa kama %s&lt;/h3&gt;&lt;p&gt;Kitambulisho kinatengenezwa: kikague, kisha kichapishe au hifadhi PDF.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="481"/>
        <source>&lt;h3&gt;Registered as %s&lt;/h3&gt;&lt;p&gt;No card was asked for. Print a slip as a receipt if the person wants one.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Amesajiliwa kama %s&lt;/h3&gt;&lt;p&gt;Hakuna kitambulisho kilichoombwa. Chapisha stakabadhi kama risiti mtu akiihitaji.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="485"/>
        <source>Print receipt</source>
        <translation>Chapisha risiti</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="486"/>
        <source>Saved.</source>
        <translation>Imehifadhiwa.</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="500"/>
        <source>Making the card…</source>
        <translation>Inatengeneza kitambulisho…</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="505"/>
        <source>Card %s made.</source>
        <translation>Kitambulisho %s kimetengenezwa.</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="506"/>
        <source>Card %s, valid until %s</source>
        <translation>Kitambulisho %s, halali hadi %s</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="519"/>
        <source>Making the slip…</source>
        <translation>Inaandaa stakabadhi…</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="525"/>
        <source>Slip for %s made: print it and give it to the person.</source>
        <translation>Stakabadhi ya %s iko tayari: ichapishe na umpe mtu huyu.</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="527"/>
        <source>Acknowledgement slip for %s</source>
        <translation>Stakabadhi ya %s</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../language.py" line="402"/>
        <source>&amp;Language</source>
        <translation>&amp;Lugha</translation>
    </message>
    <message>
        <location filename="../language.py" line="415"/>
        <source>Make it the station&apos;s language</source>
        <translation>Ifanye lugha ya kituo</translation>
    </message>
    <message>
        <location filename="../language.py" line="416"/>
        <source>Shown on the start screens and to operators who have not chosen a language</source>
        <translation>Inaonyeshwa kwenye skrini za mwanzo na kwa watumiaji ambao hawajachagua lugha</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../pickers.py" line="220"/>
        <source>search languages, e.g. Tigrinya or tir; Enter ticks it</source>
        <translation>tafuta lugha, mf. Kitigrinya au tir; Enter inaiweka alama</translation>
    </message>
</context>
<context>
    <name>LivePreview</name>
    <message>
        <location filename="../wizard/live_preview.py" line="34"/>
        <source>One face</source>
        <translation>Uso mmoja</translation>
    </message>
    <message>
        <location filename="../wizard/live_preview.py" line="35"/>
        <source>Only the person being registered may be seen.</source>
        <translation>Ni mtu anayesajiliwa tu anayepaswa kuonekana.</translation>
    </message>
    <message>
        <location filename="../wizard/live_preview.py" line="37"/>
        <source>Close enough</source>
        <translation>Karibu vya kutosha</translation>
    </message>
    <message>
        <location filename="../wizard/live_preview.py" line="38"/>
        <source>Come closer to the camera.</source>
        <translation>Sogea karibu na kamera.</translation>
    </message>
    <message>
        <location filename="../wizard/live_preview.py" line="39"/>
        <source>Centred</source>
        <translation>Katikati</translation>
    </message>
    <message>
        <location filename="../wizard/live_preview.py" line="40"/>
        <source>Move to the centre of the picture.</source>
        <translation>Sogea katikati ya picha.</translation>
    </message>
    <message>
        <location filename="../wizard/live_preview.py" line="41"/>
        <source>Head upright</source>
        <translation>Kichwa kimenyooka</translation>
    </message>
    <message>
        <location filename="../wizard/live_preview.py" line="42"/>
        <source>Hold the head straight.</source>
        <translation>Shikilia kichwa kimenyooka.</translation>
    </message>
    <message>
        <location filename="../wizard/live_preview.py" line="43"/>
        <source>Facing the camera</source>
        <translation>Anaiangalia kamera</translation>
    </message>
    <message>
        <location filename="../wizard/live_preview.py" line="44"/>
        <source>Look straight into the camera.</source>
        <translation>Angalia kamera moja kwa moja.</translation>
    </message>
    <message>
        <location filename="../wizard/live_preview.py" line="46"/>
        <source>No face in the picture: ask the person to look at the camera.</source>
        <translation>Hakuna uso kwenye picha: mwombe mtu aangalie kamera.</translation>
    </message>
    <message>
        <location filename="../wizard/live_preview.py" line="48"/>
        <source>Well framed: hold still.</source>
        <translation>Imepangwa vizuri: tulia bila kusogea.</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../pages/start.py" line="294"/>
        <source>&lt;h2&gt;Operator login&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Kuingia kwa mtumiaji&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="297"/>
        <source>User name</source>
        <translation>Jina la mtumiaji</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="298"/>
        <source>Password</source>
        <translation>Nenosiri</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="299"/>
        <source>Log in</source>
        <translation>Ingia</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="310"/>
        <source>The station is locked.</source>
        <translation>Kituo kimefungwa.</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="314"/>
        <source>Checking…</source>
        <translation>Inakagua…</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="333"/>
        <source>Careful: one more wrong password for this name locks the account for %d minutes.</source>
        <translation>Tahadhari: nenosiri moja zaidi lisilo sahihi kwa jina hili litafunga akaunti kwa dakika %d.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="382"/>
        <source>You signed out. The next operator can log in.</source>
        <translation>Umetoka. Mtumiaji anayefuata anaweza kuingia.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="384"/>
        <source>The station is locked. Log in to continue where you left off.</source>
        <translation>Kituo kimefungwa. Ingia ili kuendelea ulipoishia.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="386"/>
        <source>The station locked itself after %d minutes without use. Log in to continue where you left off.</source>
        <translation>Kituo kimejifunga baada ya dakika %d bila kutumika. Ingia ili kuendelea ulipoishia.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../pages/registry.py" line="56"/>
        <source>Enrol a person</source>
        <translation>Sajili mtu</translation>
    </message>
    <message>
        <location filename="../pages/registry.py" line="58"/>
        <source>Duplicate review</source>
        <translation>Ukaguzi wa marudio</translation>
    </message>
    <message>
        <location filename="../pages/registry.py" line="60"/>
        <source>Records</source>
        <translation>Rekodi</translation>
    </message>
    <message>
        <location filename="../pages/registry.py" line="62"/>
        <source>Sync</source>
        <translation>Usawazishaji</translation>
    </message>
    <message>
        <location filename="../pages/registry.py" line="64"/>
        <source>Central import</source>
        <translation>Uingizaji wa makao makuu</translation>
    </message>
    <message>
        <location filename="../pages/registry.py" line="66"/>
        <source>Administration</source>
        <translation>Utawala</translation>
    </message>
</context>
<context>
    <name>NeedsStep</name>
    <message>
        <location filename="../wizard/steps.py" line="544"/>
        <source>Vulnerabilities</source>
        <translation>Hali hatarishi</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="546"/>
        <source>Needs</source>
        <translation>Mahitaji</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="548"/>
        <source>Notes (kept encrypted)</source>
        <translation>Maelezo (yanahifadhiwa kwa usimbaji)</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="559"/>
        <source>Women, minors, elderly people, newcomers and people not fluent in the local language are flagged automatically.</source>
        <translation>Wanawake, watoto, wazee, wageni wapya na watu wasiojua vizuri lugha ya eneo wanawekewa alama yenyewe.</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="582"/>
        <source>Vulnerabilities and needs</source>
        <translation>Hali hatarishi na mahitaji</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <location filename="../wizard/steps.py" line="416"/>
        <source>Add</source>
        <translation>Ongeza</translation>
    </message>
    <message>
        <location filename="../wizard/steps.py" line="417"/>
        <source>Remove</source>
        <translation>Ondoa</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../print_dialog.py" line="56"/>
        <source>Print cards</source>
        <translation>Chapisha vitambulisho</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="56"/>
        <location filename="../print_dialog.py" line="78"/>
        <source>Print slip</source>
        <translation>Chapisha stakabadhi</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="62"/>
        <source>Card printer: one card, 85.6 × 54 mm, front and back</source>
        <translation>Printa ya vitambulisho: kitambulisho kimoja, 85.6 × 54 mm, mbele na nyuma</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="64"/>
        <source>A4 sheet: up to ten cards a page, to cut out</source>
        <translation>Karatasi A4: hadi vitambulisho kumi kwa ukurasa, vya kukata</translation>
    </message>
    <message numerus="yes">
        <location filename="../print_dialog.py" line="79"/>
        <source>Print %n card(s)</source>
        <translation>
            <numerusform>Chapisha kitambulisho %n</numerusform>
            <numerusform>Chapisha vitambulisho %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="83"/>
        <source>Printer</source>
        <translation>Printa</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="85"/>
        <location filename="../print_dialog.py" line="87"/>
        <source>Print on</source>
        <translation>Chapisha kwenye</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="89"/>
        <source>Copies</source>
        <translation>Nakala</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="101"/>
        <source>Looking for printers…</source>
        <translation>Inatafuta printa…</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="115"/>
        <source> (paused)</source>
        <translation> (imesitishwa)</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="122"/>
        <source>No printer is set up on this computer. Ask for one to be added, or save the PDF instead.</source>
        <translation>Hakuna printa iliyowekwa kwenye kompyuta hii. Omba iwekwe, au hifadhi PDF badala yake.</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="155"/>
        <source>A4 paper: the %s slip scaled to fit the page</source>
        <translation>Karatasi A4: stakabadhi ya %s ikirekebishwa ukubwa kujaa ukurasa</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="157"/>
        <source>%s has no %s paper: the slip is printed scaled to fit an A4 page.</source>
        <translation>%s haina karatasi ya %s: stakabadhi itachapishwa ikirekebishwa ukubwa kujaa ukurasa wa A4.</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="160"/>
        <source>%s slip, %s</source>
        <translation>Stakabadhi ya %s, %s</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="186"/>
        <source>prints both sides of a card</source>
        <translation>huchapisha pande zote mbili za kitambulisho</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="199"/>
        <source>a card</source>
        <translation>kitambulisho</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="199"/>
        <source>A4 paper</source>
        <translation>karatasi A4</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="201"/>
        <source>%s paper or A4</source>
        <translation>karatasi ya %s au A4</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="202"/>
        <source>%s cannot print on %s: choose another printer.</source>
        <translation>%s haiwezi kuchapisha kwenye %s: chagua printa nyingine.</translation>
    </message>
    <message>
        <location filename="../print_dialog.py" line="206"/>
        <source>%s is paused in the print service: resume it or choose another printer.</source>
        <translation>%s imesitishwa kwenye huduma ya uchapishaji: iendeleze au chagua printa nyingine.</translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <location filename="../print_queue.py" line="44"/>
        <source>Remove</source>
        <translation>Ondoa</translation>
    </message>
    <message>
        <location filename="../print_queue.py" line="45"/>
        <source>Clear</source>
        <translation>Futa yote</translation>
    </message>
    <message>
        <location filename="../print_queue.py" line="46"/>
        <source>Print sheet</source>
        <translation>Chapisha karatasi</translation>
    </message>
    <message>
        <location filename="../print_queue.py" line="47"/>
        <source>Send to printer…</source>
        <translation>Tuma kwa printa…</translation>
    </message>
    <message numerus="yes">
        <location filename="../print_queue.py" line="113"/>
        <source>Making the sheet of %n card(s)…</source>
        <translation>
            <numerusform>Inaandaa karatasi ya kitambulisho %n…</numerusform>
            <numerusform>Inaandaa karatasi ya vitambulisho %n…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../print_queue.py" line="128"/>
        <source>Sheet ready: %d card(s) on %d page(s). Print it double-sided, or save it.</source>
        <translation>Karatasi iko tayari: vitambulisho %d kwenye kurasa %d. Ichapishe pande mbili, au uihifadhi.</translation>
    </message>
    <message>
        <location filename="../print_queue.py" line="130"/>
        <source>A4 sheet: fronts, then backs (mirrored for double-sided printing)</source>
        <translation>Karatasi A4: mbele, kisha nyuma (zimegeuzwa kwa uchapishaji wa pande mbili)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="extracted.py" line="476"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Angalia ndani ya:</translation>
    </message>
    <message>
        <location filename="extracted.py" line="477"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Aina ya mafaili:</translation>
    </message>
    <message>
        <location filename="extracted.py" line="478"/>
        <source>Look in:</source>
        <translation>Angalia ndani ya:</translation>
    </message>
    <message>
        <location filename="extracted.py" line="479"/>
        <source>File &amp;name:</source>
        <translation>&amp;Jina la faili:</translation>
    </message>
    <message>
        <location filename="extracted.py" line="480"/>
        <source>Files of type:</source>
        <translation>Aina ya mafaili:</translation>
    </message>
    <message>
        <location filename="extracted.py" line="481"/>
        <source>&amp;Open</source>
        <translation>&amp;Fungua</translation>
    </message>
    <message>
        <location filename="extracted.py" line="482"/>
        <source>&amp;Save</source>
        <translation>&amp;Hifadhi</translation>
    </message>
    <message>
        <location filename="extracted.py" line="483"/>
        <source>&amp;Choose</source>
        <translation>&amp;Chagua</translation>
    </message>
    <message>
        <location filename="extracted.py" line="484"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <location filename="extracted.py" line="485"/>
        <source>Back</source>
        <translation>Nyuma</translation>
    </message>
    <message>
        <location filename="extracted.py" line="486"/>
        <source>Forward</source>
        <translation>Mbele</translation>
    </message>
    <message>
        <location filename="extracted.py" line="487"/>
        <source>Parent Directory</source>
        <translation>Folda mama</translation>
    </message>
    <message>
        <location filename="extracted.py" line="488"/>
        <source>Create New Folder</source>
        <translation>Unda folda mpya</translation>
    </message>
    <message>
        <location filename="extracted.py" line="489"/>
        <source>List View</source>
        <translation>Mwonekano wa orodha</translation>
    </message>
    <message>
        <location filename="extracted.py" line="490"/>
        <source>Detail View</source>
        <translation>Mwonekano wa kina</translation>
    </message>
    <message>
        <location filename="extracted.py" line="491"/>
        <source>New Folder</source>
        <translation>Folda mpya</translation>
    </message>
    <message>
        <location filename="extracted.py" line="492"/>
        <source>Recent Places</source>
        <translation>Mahali pa karibuni</translation>
    </message>
    <message>
        <location filename="extracted.py" line="493"/>
        <source>Computer</source>
        <translation>Kompyuta</translation>
    </message>
    <message>
        <location filename="extracted.py" line="494"/>
        <source>Open</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <location filename="extracted.py" line="495"/>
        <source>Save As</source>
        <translation>Hifadhi kama</translation>
    </message>
    <message>
        <location filename="extracted.py" line="496"/>
        <source>All Files (*)</source>
        <translation>Mafaili yote (*)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="497"/>
        <source>Directory:</source>
        <translation>Folda:</translation>
    </message>
    <message>
        <location filename="extracted.py" line="498"/>
        <source>File</source>
        <translation>Faili</translation>
    </message>
    <message>
        <location filename="extracted.py" line="499"/>
        <source>Directory</source>
        <translation>Folda</translation>
    </message>
    <message>
        <location filename="extracted.py" line="500"/>
        <source>Sidebar</source>
        <translation>Upau wa pembeni</translation>
    </message>
    <message>
        <location filename="extracted.py" line="501"/>
        <source>List of places and bookmarks</source>
        <translation>Orodha ya mahali na alamisho</translation>
    </message>
    <message>
        <location filename="extracted.py" line="502"/>
        <source>Remove</source>
        <translation>Ondoa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="503"/>
        <source>&amp;Rename</source>
        <translation>&amp;Badilisha jina</translation>
    </message>
    <message>
        <location filename="extracted.py" line="504"/>
        <source>&amp;Delete</source>
        <translation>&amp;Futa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="505"/>
        <source>Show &amp;hidden files</source>
        <translation>Onyesha mafaili &amp;yaliyofichwa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="506"/>
        <source>&amp;New Folder</source>
        <translation>Folda &amp;mpya</translation>
    </message>
    <message>
        <location filename="extracted.py" line="507"/>
        <source>Go back</source>
        <translation>Rudi nyuma</translation>
    </message>
    <message>
        <location filename="extracted.py" line="508"/>
        <source>Go forward</source>
        <translation>Nenda mbele</translation>
    </message>
    <message>
        <location filename="extracted.py" line="509"/>
        <source>Go to the parent directory</source>
        <translation>Nenda kwenye folda mama</translation>
    </message>
    <message>
        <location filename="extracted.py" line="510"/>
        <source>Create a New Folder</source>
        <translation>Unda folda mpya</translation>
    </message>
    <message>
        <location filename="extracted.py" line="511"/>
        <source>Change to list view mode</source>
        <translation>Badili kwenda mwonekano wa orodha</translation>
    </message>
    <message>
        <location filename="extracted.py" line="512"/>
        <source>Change to detail view mode</source>
        <translation>Badili kwenda mwonekano wa kina</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="extracted.py" line="513"/>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location filename="extracted.py" line="514"/>
        <source>Size</source>
        <translation>Ukubwa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="515"/>
        <source>Kind</source>
        <translation>Aina</translation>
    </message>
    <message>
        <location filename="extracted.py" line="516"/>
        <source>Type</source>
        <translation>Aina</translation>
    </message>
    <message>
        <location filename="extracted.py" line="517"/>
        <source>Date Modified</source>
        <translation>Tarehe ya kubadilishwa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="518"/>
        <source>My Computer</source>
        <translation>Kompyuta yangu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="519"/>
        <source>Computer</source>
        <translation>Kompyuta</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="extracted.py" line="528"/>
        <source>&amp;Undo</source>
        <translation>&amp;Tendua</translation>
    </message>
    <message>
        <location filename="extracted.py" line="529"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rudia</translation>
    </message>
    <message>
        <location filename="extracted.py" line="530"/>
        <source>Cu&amp;t</source>
        <translation>Ka&amp;ta</translation>
    </message>
    <message>
        <location filename="extracted.py" line="531"/>
        <source>&amp;Copy</source>
        <translation>&amp;Nakili</translation>
    </message>
    <message>
        <location filename="extracted.py" line="532"/>
        <source>&amp;Paste</source>
        <translation>&amp;Bandika</translation>
    </message>
    <message>
        <location filename="extracted.py" line="533"/>
        <source>Delete</source>
        <translation>Futa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="534"/>
        <source>Select All</source>
        <translation>Chagua yote</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="extracted.py" line="535"/>
        <source>Show Details...</source>
        <translation>Onyesha maelezo...</translation>
    </message>
    <message>
        <location filename="extracted.py" line="536"/>
        <source>Hide Details...</source>
        <translation>Ficha maelezo...</translation>
    </message>
    <message>
        <location filename="extracted.py" line="537"/>
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="538"/>
        <source>Help</source>
        <translation>Msaada</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="extracted.py" line="458"/>
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="459"/>
        <source>Save</source>
        <translation>Hifadhi</translation>
    </message>
    <message>
        <location filename="extracted.py" line="460"/>
        <source>Save All</source>
        <translation>Hifadhi zote</translation>
    </message>
    <message>
        <location filename="extracted.py" line="461"/>
        <source>Open</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <location filename="extracted.py" line="462"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ndiyo</translation>
    </message>
    <message>
        <location filename="extracted.py" line="463"/>
        <source>Yes to &amp;All</source>
        <translation>Ndiyo kwa &amp;zote</translation>
    </message>
    <message>
        <location filename="extracted.py" line="464"/>
        <source>&amp;No</source>
        <translation>&amp;Hapana</translation>
    </message>
    <message>
        <location filename="extracted.py" line="465"/>
        <source>N&amp;o to All</source>
        <translation>Ha&amp;pana kwa zote</translation>
    </message>
    <message>
        <location filename="extracted.py" line="466"/>
        <source>Abort</source>
        <translation>Acha</translation>
    </message>
    <message>
        <location filename="extracted.py" line="467"/>
        <source>Retry</source>
        <translation>Jaribu tena</translation>
    </message>
    <message>
        <location filename="extracted.py" line="468"/>
        <source>Ignore</source>
        <translation>Puuza</translation>
    </message>
    <message>
        <location filename="extracted.py" line="469"/>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <location filename="extracted.py" line="470"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <location filename="extracted.py" line="471"/>
        <source>Discard</source>
        <translation>Usihifadhi</translation>
    </message>
    <message>
        <location filename="extracted.py" line="472"/>
        <source>Help</source>
        <translation>Msaada</translation>
    </message>
    <message>
        <location filename="extracted.py" line="473"/>
        <source>Apply</source>
        <translation>Tekeleza</translation>
    </message>
    <message>
        <location filename="extracted.py" line="474"/>
        <source>Reset</source>
        <translation>Rejesha</translation>
    </message>
    <message>
        <location filename="extracted.py" line="475"/>
        <source>Restore Defaults</source>
        <translation>Rejesha chaguo-msingi</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="extracted.py" line="520"/>
        <source>&amp;Undo</source>
        <translation>&amp;Tendua</translation>
    </message>
    <message>
        <location filename="extracted.py" line="521"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rudia</translation>
    </message>
    <message>
        <location filename="extracted.py" line="522"/>
        <source>Cu&amp;t</source>
        <translation>Ka&amp;ta</translation>
    </message>
    <message>
        <location filename="extracted.py" line="523"/>
        <source>&amp;Copy</source>
        <translation>&amp;Nakili</translation>
    </message>
    <message>
        <location filename="extracted.py" line="524"/>
        <source>&amp;Paste</source>
        <translation>&amp;Bandika</translation>
    </message>
    <message>
        <location filename="extracted.py" line="525"/>
        <source>Delete</source>
        <translation>Futa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="526"/>
        <source>Select All</source>
        <translation>Chagua yote</translation>
    </message>
    <message>
        <location filename="extracted.py" line="527"/>
        <source>Copy &amp;Link Location</source>
        <translation>Nakili &amp;anwani ya kiungo</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../pages/records.py" line="65"/>
        <source>Registration number (or part of it), card number, site code or name</source>
        <translation>Namba ya usajili (au sehemu yake), namba ya kitambulisho, msimbo wa eneo au jina</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="67"/>
        <source>Search records</source>
        <translation>Tafuta rekodi</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="68"/>
        <source>Search</source>
        <translation>Tafuta</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="72"/>
        <source>Number</source>
        <translation>Namba</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="72"/>
        <source>Given name</source>
        <translation>Jina la kwanza</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="72"/>
        <source>Family name</source>
        <translation>Jina la ukoo</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="72"/>
        <source>Latin</source>
        <translation>Kilatini</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="73"/>
        <source>Sex</source>
        <translation>Jinsia</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="73"/>
        <source>Birth</source>
        <translation>Kuzaliwa</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="73"/>
        <source>Nationality</source>
        <translation>Uraia</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="73"/>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="83"/>
        <source>no photo</source>
        <translation>hakuna picha</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="85"/>
        <source>Print / reprint card</source>
        <translation>Chapisha / chapisha tena kitambulisho</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="86"/>
        <source>Replace card</source>
        <translation>Badilisha kitambulisho</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="87"/>
        <source>Revoke card</source>
        <translation>Batilisha kitambulisho</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="88"/>
        <source>Add to print queue</source>
        <translation>Ongeza kwenye foleni ya uchapishaji</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="89"/>
        <source>Correct details…</source>
        <translation>Sahihisha taarifa…</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="95"/>
        <location filename="../pages/records.py" line="344"/>
        <source>Withdraw consent</source>
        <translation>Ondoa ridhaa</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="82"/>
        <location filename="../pages/records.py" line="103"/>
        <source>Record</source>
        <translation>Rekodi</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="104"/>
        <source>Card</source>
        <translation>Kitambulisho</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="105"/>
        <location filename="../pages/records.py" line="269"/>
        <source>Print queue (%d)</source>
        <translation>Foleni ya uchapishaji (%d)</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="111"/>
        <source>Consent for</source>
        <translation>Ridhaa kwa</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="160"/>
        <source>Searching…</source>
        <translation>Inatafuta…</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/records.py" line="174"/>
        <source>%n found.</source>
        <translation>
            <numerusform>Rekodi %n imepatikana.</numerusform>
            <numerusform>Rekodi %n zimepatikana.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="206"/>
        <source>Cards</source>
        <translation>Vitambulisho</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="207"/>
        <source>Consent</source>
        <translation>Ridhaa</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="232"/>
        <source>reprinted</source>
        <translation>kimechapishwa tena</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="232"/>
        <source>issued</source>
        <translation>kimetolewa</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="233"/>
        <source>Card %s %s.</source>
        <translation>Kitambulisho %s %s.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="234"/>
        <source>Card %s, valid until %s</source>
        <translation>Kitambulisho %s, halali hadi %s</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="262"/>
        <source>%s added to the print queue.</source>
        <translation>%s imeongezwa kwenye foleni ya uchapishaji.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="264"/>
        <source>%s is in the print queue already.</source>
        <translation>%s tayari iko kwenye foleni ya uchapishaji.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="276"/>
        <source>%s (%s)</source>
        <translation>%s (%s)</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="284"/>
        <source>This person has no valid card.</source>
        <translation>Mtu huyu hana kitambulisho halali.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="287"/>
        <source>Revoke card %s?</source>
        <translation>Batilisha kitambulisho %s?</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="288"/>
        <source>Card %s of %s will be revoked. Card readers will refuse it from the next revocation list, and it can never be valid again; the person will need a new card.</source>
        <translation>Kitambulisho %s cha %s kitabatilishwa. Visomaji vya vitambulisho vitakikataa kuanzia orodha ijayo ya ubatilishaji, na hakitakuwa halali tena kamwe; mtu huyu atahitaji kitambulisho kipya.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="291"/>
        <source>Revoke the card</source>
        <translation>Batilisha kitambulisho</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="292"/>
        <source>Reason (kept with the card; no personal details)</source>
        <translation>Sababu (inahifadhiwa pamoja na kitambulisho; bila taarifa binafsi)</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="293"/>
        <source>e.g. lost, stolen, issued in error</source>
        <translation>mf. kimepotea, kimeibiwa, kilitolewa kwa makosa</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="310"/>
        <source>The person still has valid card %s.</source>
        <translation>Mtu huyu bado ana kitambulisho halali %s.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="311"/>
        <source>The person has no valid card now.</source>
        <translation>Mtu huyu sasa hana kitambulisho halali.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="312"/>
        <source>Card %s revoked. %s</source>
        <translation>Kitambulisho %s kimebatilishwa. %s</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="318"/>
        <source>Everything held about %s will be erased except the registration number: details, photo, face template and history. Their cards are revoked. This cannot be undone.</source>
        <translation>Kila kitu kinachohifadhiwa kuhusu %s kitafutwa isipokuwa namba ya usajili: taarifa, picha, kiolezo cha uso na historia. Vitambulisho vyake vinabatilishwa. Hili haliwezi kutenguliwa.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="323"/>
        <source>The photo and face template of %s will be erased.</source>
        <translation>Picha na kiolezo cha uso cha %s vitafutwa.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="325"/>
        <source>Their cards will be revoked and no new card can be printed.</source>
        <translation>Vitambulisho vyake vitabatilishwa na hakuna kitambulisho kipya kitakachochapishwa.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="328"/>
        <source>The phone, e-mail, emergency and family contacts of %s will be erased.</source>
        <translation>Simu, barua pepe, na mawasiliano ya dharura na ya familia ya %s yatafutwa.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="331"/>
        <source>The record of %s will no longer be shared with partner agencies.</source>
        <translation>Rekodi ya %s haitashirikiwa tena na mashirika washirika.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="333"/>
        <source>This cannot be undone.</source>
        <translation>Hili haliwezi kutenguliwa.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="343"/>
        <source>Withdraw consent for “%s”?</source>
        <translation>Ondoa ridhaa ya “%s”?</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="361"/>
        <source>Consent for “%s” of %s was withdrawn already; nothing changed.</source>
        <translation>Ridhaa ya “%s” ya %s ilikwisha ondolewa; hakuna kilichobadilika.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="364"/>
        <source>Consent for “%s” of %s withdrawn.</source>
        <translation>Ridhaa ya “%s” ya %s imeondolewa.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="366"/>
        <source>The card revocation and erasure it asks for are waiting for a supervisor to confirm them; tell the person they take effect then.</source>
        <translation>Ubatilishaji wa kitambulisho na ufutaji ulioombwa vinasubiri msimamizi avithibitishe; mweleze mtu huyu kwamba vitaanza kutumika wakati huo.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="371"/>
        <source>The record is erased; only its number remains.</source>
        <translation>Rekodi imefutwa; namba yake pekee ndiyo imebaki.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="374"/>
        <source>Photo and face template erased.</source>
        <translation>Picha na kiolezo cha uso vimefutwa.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="376"/>
        <source>Contacts erased.</source>
        <translation>Mawasiliano yamefutwa.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="378"/>
        <source>Card %s revoked; the person has no valid card now.</source>
        <translation>Kitambulisho %s kimebatilishwa; mtu huyu sasa hana kitambulisho halali.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../pages/review.py" line="59"/>
        <source>Refresh</source>
        <translation>Onyesha upya</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="62"/>
        <location filename="../pages/review.py" line="63"/>
        <source>no photo</source>
        <translation>hakuna picha</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="66"/>
        <source>New registration</source>
        <translation>Usajili mpya</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="67"/>
        <source>Existing record</source>
        <translation>Rekodi iliyopo</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="68"/>
        <source>Open cases</source>
        <translation>Mashauri yaliyo wazi</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="70"/>
        <source>Reason for the decision (required)</source>
        <translation>Sababu ya uamuzi (inahitajika)</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="71"/>
        <source>Same person</source>
        <translation>Mtu yule yule</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="72"/>
        <source>Different people</source>
        <translation>Watu tofauti</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="73"/>
        <source>Needs more information</source>
        <translation>Inahitaji taarifa zaidi</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="75"/>
        <source>&lt;b&gt;New registration&lt;/b&gt;</source>
        <translation>&lt;b&gt;Usajili mpya&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="77"/>
        <source>&lt;b&gt;Existing record&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rekodi iliyopo&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="96"/>
        <source>&lt;b&gt;Open cases&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mashauri yaliyo wazi&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="136"/>
        <source>Case %d: %s
%s</source>
        <translation>Shauri %d: %s
%s</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="146"/>
        <source>No open duplicate cases.</source>
        <translation>Hakuna mashauri ya marudio yaliyo wazi.</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="180"/>
        <source>very close face</source>
        <translation>uso unaofanana sana</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="181"/>
        <source>similar face</source>
        <translation>uso unaofanana</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="182"/>
        <source>%s — %s (distance %.2f)</source>
        <translation>%s — %s (umbali %.2f)</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="219"/>
        <source>The new registration %s will be recorded as the same person as %s. It is cancelled, points to %s and leaves the face gallery; it can never get a card. This cannot be undone.</source>
        <translation>Usajili mpya %s utaandikwa kuwa ni mtu yule yule kama %s. Unafutwa, unaelekeza kwa %s na unaondolewa kwenye hifadhi ya nyuso; hautapata kitambulisho kamwe. Hili haliwezi kutenguliwa.</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="223"/>
        <source>%s and %s will be recorded as different people. The new registration becomes a record of its own and can get a card once no other case about it is open. This cannot be undone.</source>
        <translation>%s na %s wataandikwa kuwa ni watu tofauti. Usajili mpya unakuwa rekodi yake yenyewe na unaweza kupata kitambulisho pale ambapo hakuna shauri lingine lililo wazi kuhusu usajili huo. Hili haliwezi kutenguliwa.</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="228"/>
        <source>The case stays open, marked as waiting for information; %s stays held and gets no card until a decision.</source>
        <translation>Shauri linabaki wazi, likiwa na alama ya kusubiri taarifa; %s kinabaki kimezuiliwa na hakipati kitambulisho mpaka uamuzi utolewe.</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="230"/>
        <source>Reason: %s</source>
        <translation>Sababu: %s</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="238"/>
        <source>Give a reason for the decision.</source>
        <translation>Toa sababu ya uamuzi.</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="244"/>
        <source>Case %d: %s?</source>
        <translation>Shauri %d: %s?</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="246"/>
        <source>Record the decision</source>
        <translation>Andika uamuzi</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="274"/>
        <source>%s is cancelled and points to %s.</source>
        <translation>%s imefutwa na inaelekeza kwa %s.</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="276"/>
        <source>%s stays held: another case about it is still open.</source>
        <translation>%s kinabaki kimezuiliwa: shauri lingine kuhusu usajili huo bado liko wazi.</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="278"/>
        <source>%s is now registered and can get a card.</source>
        <translation>%s sasa amesajiliwa na anaweza kupata kitambulisho.</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="280"/>
        <source>%s stays held until the information comes.</source>
        <translation>%s kinabaki kimezuiliwa mpaka taarifa zifike.</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="281"/>
        <source>decided</source>
        <translation>limeamuliwa</translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="283"/>
        <source>Case %d %s: %s. %s</source>
        <translation>Shauri %d %s: %s. %s</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <location filename="../wizard/wizard.py" line="62"/>
        <source>no photo</source>
        <translation>hakuna picha</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="69"/>
        <source>Review</source>
        <translation>Hakiki</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="80"/>
        <source>Names</source>
        <translation>Majina</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="82"/>
        <source>Names in Latin letters</source>
        <translation>Majina kwa herufi za Kilatini</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="84"/>
        <source>Sex</source>
        <translation>Jinsia</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="85"/>
        <source>Birth</source>
        <translation>Kuzaliwa</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="86"/>
        <source>(only the year is known)</source>
        <translation>(mwaka pekee ndio unajulikana)</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="87"/>
        <source>Nationality</source>
        <translation>Uraia</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="88"/>
        <source>Languages</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="89"/>
        <source>Region / district / place</source>
        <translation>Mkoa / wilaya / mahali</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="91"/>
        <source>Arrival</source>
        <translation>Kuwasili</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="92"/>
        <source>Phone / e-mail</source>
        <translation>Simu / barua pepe</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="93"/>
        <source>Preferred channel</source>
        <translation>Njia inayopendelewa</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="94"/>
        <source>Emergency contacts</source>
        <translation>Watu wa kuwasiliana wakati wa dharura</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="96"/>
        <source>Family contacts</source>
        <translation>Mawasiliano ya familia</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="97"/>
        <source>Dependants</source>
        <translation>Wategemezi</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="98"/>
        <source>Vulnerabilities</source>
        <translation>Hali hatarishi</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="100"/>
        <source>Needs</source>
        <translation>Mahitaji</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="101"/>
        <source>Consent</source>
        <translation>Ridhaa</translation>
    </message>
    <message>
        <location filename="../wizard/wizard.py" line="103"/>
        <source>text version %s</source>
        <translation>toleo la maandishi %s</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../session.py" line="123"/>
        <source>Enrolment station</source>
        <translation>Kituo cha usajili</translation>
    </message>
    <message>
        <location filename="../session.py" line="126"/>
        <source>operator: %s</source>
        <translation>mtumiaji: %s</translation>
    </message>
    <message>
        <location filename="../session.py" line="127"/>
        <source>signed out</source>
        <translation>ametoka</translation>
    </message>
    <message>
        <location filename="../session.py" line="128"/>
        <source>locked</source>
        <translation>kimefungwa</translation>
    </message>
    <message>
        <location filename="../session.py" line="129"/>
        <source>sync: %s</source>
        <translation>usawazishaji: %s</translation>
    </message>
    <message>
        <location filename="../session.py" line="129"/>
        <source>unknown</source>
        <translation>haijulikani</translation>
    </message>
</context>
<context>
    <name>SetupAssistant</name>
    <message>
        <location filename="../language.py" line="483"/>
        <source>Station language</source>
        <translation>Lugha ya kituo</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="116"/>
        <source>&lt;h2&gt;Set up this station&lt;/h2&gt;&lt;p&gt;This is done once. Choose the site and station codes given by the registry, a passphrase that protects all data on this computer, and the first administrator.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Weka kituo hiki&lt;/h2&gt;&lt;p&gt;Hili hufanyika mara moja tu. Chagua misimbo ya eneo na ya kituo uliyopewa na daftari kuu, kaulisiri inayolinda data yote kwenye kompyuta hii, na msimamizi wa mfumo wa kwanza.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="122"/>
        <source>e.g. DAR</source>
        <translation>mf. DAR</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="124"/>
        <source>e.g. 01</source>
        <translation>mf. 01</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="130"/>
        <source>Site code</source>
        <translation>Msimbo wa eneo</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="131"/>
        <source>Station code</source>
        <translation>Msimbo wa kituo</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="132"/>
        <source>Station passphrase</source>
        <translation>Kaulisiri ya kituo</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="133"/>
        <source>Passphrase again</source>
        <translation>Rudia kaulisiri</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="134"/>
        <source>Administrator user name</source>
        <translation>Jina la mtumiaji la msimamizi wa mfumo</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="135"/>
        <source>Administrator password</source>
        <translation>Nenosiri la msimamizi wa mfumo</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="136"/>
        <source>Password again</source>
        <translation>Rudia nenosiri</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="139"/>
        <source>none: join the registry later</source>
        <translation>hakuna: jiunge na daftari kuu baadaye</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="141"/>
        <source>Choose file…</source>
        <translation>Chagua faili…</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="149"/>
        <source>Registry trust bundle</source>
        <translation>Kifurushi cha uaminifu cha daftari kuu</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="150"/>
        <source>The registry gives a trust bundle file for this station, usually on a USB stick. Without one, set up the station now and join later on the Sync page: there the station can also write a request file for the registry, so that no key travels.</source>
        <translation>Daftari kuu hutoa faili la kifurushi cha uaminifu kwa kituo hiki, kwa kawaida kwenye USB. Kama huna, weka kituo sasa na ujiunge baadaye kwenye ukurasa wa Usawazishaji: hapo kituo kinaweza pia kuandika faili la ombi kwa daftari kuu, ili hakuna ufunguo unaosafirishwa.</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="158"/>
        <source>Delete the bundle file now</source>
        <translation>Futa faili la kifurushi sasa</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="164"/>
        <source>Create station</source>
        <translation>Unda kituo</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="170"/>
        <source>Trust bundle from the registry</source>
        <translation>Kifurushi cha uaminifu kutoka daftari kuu</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="171"/>
        <source>Trust bundles (*.json);;All files (*)</source>
        <translation>Vifurushi vya uaminifu (*.json);;Mafaili yote (*)</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="188"/>
        <source>This bundle carries no station key: it was made for a station set up already. Check the site and station codes.</source>
        <translation>Kifurushi hiki hakina ufunguo wa kituo: kilitengenezwa kwa kituo kilichokwisha wekwa. Hakiki misimbo ya eneo na ya kituo.</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="194"/>
        <source>Trust bundle for station %s-%s chosen.</source>
        <translation>Kifurushi cha uaminifu cha kituo %s-%s kimechaguliwa.</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="199"/>
        <source>The passphrase needs at least %d characters.</source>
        <translation>Kaulisiri inahitaji herufi %d au zaidi.</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="201"/>
        <source>The two passphrases differ.</source>
        <translation>Kaulisiri mbili hazifanani.</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="203"/>
        <source>The password needs at least %d characters.</source>
        <translation>Nenosiri linahitaji herufi %d au zaidi.</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="205"/>
        <source>The two passwords differ.</source>
        <translation>Manenosiri mawili hayafanani.</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="220"/>
        <source>Creating the station and its keys…</source>
        <translation>Inaunda kituo na funguo zake…</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="221"/>
        <source>Creating the station and joining the registry…</source>
        <translation>Inaunda kituo na kujiunga na daftari kuu…</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="242"/>
        <source>Station %s is set up and has joined the registry.</source>
        <translation>Kituo %s kimewekwa na kimejiunga na daftari kuu.</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="245"/>
        <source>The bundle file held this station&apos;s private key; it is now sealed inside the station. Delete the file %s from the USB stick now.</source>
        <translation>Faili la kifurushi lilikuwa na ufunguo binafsi wa kituo hiki; sasa umefungiwa ndani ya kituo. Futa faili %s kwenye USB sasa hivi.</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="250"/>
        <source>Continue to login</source>
        <translation>Endelea kuingia</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="260"/>
        <source>The bundle file %s was deleted. Continue to the login.</source>
        <translation>Faili la kifurushi %s limefutwa. Endelea kuingia.</translation>
    </message>
</context>
<context>
    <name>StationAlerts</name>
    <message>
        <location filename="../station_alerts.py" line="92"/>
        <source>The audit log was tampered with: its newest event was deleted or changed in the database file. The station keeps working. A supervisor should check the audit log (Administration page) and report it.</source>
        <translation>Kumbukumbu ya ukaguzi imechezewa: tukio lake la mwisho limefutwa au kubadilishwa katika faili la hifadhidata. Kituo kinaendelea kufanya kazi. Msimamizi anapaswa kukagua kumbukumbu ya ukaguzi (ukurasa wa Utawala) na kuripoti.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="96"/>
        <source>The security settings (lock-out and idle lock) were changed outside the station. The safe shipped values are used for now. An administrator should check them and save the settings again (Administration page).</source>
        <translation>Mipangilio ya usalama (kufungia akaunti na kufunga kituo bila matumizi) ilibadilishwa nje ya kituo. Thamani salama za awali zinatumika kwa sasa. Msimamizi wa mfumo anapaswa kuikagua na kuhifadhi mipangilio tena (ukurasa wa Utawala).</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="100"/>
        <source>The disk is full: the station is working on its reserve space. Free space on the disk now (ask your technician), or records cannot be saved.</source>
        <translation>Diski imejaa: kituo kinafanya kazi kwa nafasi ya akiba. Ondoa vitu kwenye diski sasa (muulize fundi wako), la sivyo rekodi hazitaweza kuhifadhiwa.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="103"/>
        <source>The disk is almost full. Free space on the disk soon (ask your technician), before records can no longer be saved.</source>
        <translation>Diski inakaribia kujaa. Ondoa vitu kwenye diski hivi karibuni (muulize fundi wako), kabla rekodi hazijashindwa kuhifadhiwa.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="106"/>
        <source>These accounts were changed outside the station (in the database file) and cannot log in: %s. Deactivate them, add new accounts for the people, and find out who edited the file (Administration page).</source>
        <translation>Akaunti hizi zilibadilishwa nje ya kituo (katika faili la hifadhidata) na haziwezi kuingia: %s. Zizime, ongeza akaunti mpya kwa watu hao, na tafuta nani alihariri faili (ukurasa wa Utawala).</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="110"/>
        <source>%d record(s) cannot be sent to the registry until a field is corrected. The Sync page lists them.</source>
        <translation>Rekodi %d haziwezi kutumwa kwa daftari kuu hadi sehemu moja isahihishwe. Ukurasa wa Usawazishaji unaziorodhesha.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="116"/>
        <source>too long: at most %s characters</source>
        <translation>ni ndefu mno: isizidi herufi %s</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="117"/>
        <source>too many entries: at most %s</source>
        <translation>vipengele ni vingi mno: visizidi %s</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="118"/>
        <source>it holds characters that cannot be sent</source>
        <translation>ina herufi zisizoweza kutumwa</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="120"/>
        <source>it is missing</source>
        <translation>haipo</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="122"/>
        <source>it does not meet the registry&apos;s rules</source>
        <translation>haifuati kanuni za daftari kuu</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="123"/>
        <source>a record the registry would refuse</source>
        <translation>rekodi ambayo daftari kuu lingeikataa</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="124"/>
        <source>correct %s (%s)</source>
        <translation>sahihisha %s (%s)</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="125"/>
        <source>a part the station fills in itself does not meet the registry&apos;s rules: ask your technician</source>
        <translation>sehemu ambayo kituo hujaza chenyewe haifuati kanuni za daftari kuu: muulize fundi wako</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="128"/>
        <source>Open the Sync page</source>
        <translation>Fungua ukurasa wa Usawazishaji</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="133"/>
        <source>The registry refused batch %s: it cannot read the file (it is damaged or incomplete).</source>
        <translation>Daftari kuu limekataa kifurushi %s: haliwezi kusoma faili (limeharibika au halijakamilika).</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="136"/>
        <source>The registry refused batch %s: it does not take batches from this station (unknown to it, or withdrawn). Ask central staff.</source>
        <translation>Daftari kuu limekataa kifurushi %s: halipokei vifurushi kutoka kituo hiki (halikijui, au kituo kimeondolewa). Waulize wafanyakazi wa makao makuu.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="139"/>
        <source>The registry refused batch %s: it does not follow the batches the registry holds from this station.</source>
        <translation>Daftari kuu limekataa kifurushi %s: hakifuatani na vifurushi ambavyo daftari kuu limeshapokea kutoka kituo hiki.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="143"/>
        <source>The registry refused batch %s: a record in it has a field the registry does not accept.</source>
        <translation>Daftari kuu limekataa kifurushi %s: rekodi moja ndani yake ina sehemu ambayo daftari kuu haliikubali.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="146"/>
        <source>The registry refused batch %s: its contents are not in the form the registry reads.</source>
        <translation>Daftari kuu limekataa kifurushi %s: yaliyomo ndani yake hayako katika muundo ambao daftari kuu linasoma.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="149"/>
        <source>The registry refused batch %s: the same record is in it twice.</source>
        <translation>Daftari kuu limekataa kifurushi %s: rekodi ileile imo ndani yake mara mbili.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="151"/>
        <source>The registry refused batch %s: it holds more than the registry takes in one batch.</source>
        <translation>Daftari kuu limekataa kifurushi %s: kina zaidi ya kile ambacho daftari kuu hupokea katika kifurushi kimoja.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="154"/>
        <source>The registry refused batch %s: it cannot open it (the file was damaged, or belongs to another batch).</source>
        <translation>Daftari kuu limekataa kifurushi %s: haliwezi kukifungua (faili liliharibika, au ni la kifurushi kingine).</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="157"/>
        <source>The registry refused batch %s: the file was changed after the station sealed it.</source>
        <translation>Daftari kuu limekataa kifurushi %s: faili lilibadilishwa baada ya kituo kulifunga.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="160"/>
        <source>The registry refused batch %s: it was sealed for another registry.</source>
        <translation>Daftari kuu limekataa kifurushi %s: kilifungwa kwa ajili ya daftari kuu jingine.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="162"/>
        <source>The registry refused batch %s: it holds records of another station.</source>
        <translation>Daftari kuu limekataa kifurushi %s: kina rekodi za kituo kingine.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="171"/>
        <source>Correct the record; the next sync sends a new batch.</source>
        <translation>Sahihisha rekodi; usawazishaji unaofuata utatuma kifurushi kipya.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="173"/>
        <source>Correct the record, then export again: a new batch %s takes the refused one&apos;s place.</source>
        <translation>Sahihisha rekodi, kisha hamisha tena: kifurushi kipya %s kitachukua nafasi ya kile kilichokataliwa.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="176"/>
        <source>The batch is kept and sent again at the next sync.</source>
        <translation>Kifurushi kimehifadhiwa na kitatumwa tena katika usawazishaji unaofuata.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="178"/>
        <source>The refusal could not be verified, so the batch is kept and sent again at the next sync.</source>
        <translation>Ukataaji haukuweza kuthibitishwa, kwa hiyo kifurushi kimehifadhiwa na kitatumwa tena katika usawazishaji unaofuata.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="181"/>
        <source>The batch was replaced meanwhile; nothing changed.</source>
        <translation>Kifurushi kimeshabadilishwa na kingine; hakuna kilichobadilika.</translation>
    </message>
    <message>
        <location filename="../station_alerts.py" line="183"/>
        <source>Batch %s, sent after it, was acknowledged already, so it cannot be replaced: ask central staff.</source>
        <translation>Kifurushi %s, kilichotumwa baada yake, kimeshathibitishwa kupokelewa, kwa hiyo kifurushi kilichokataliwa hakiwezi kubadilishwa: waulize wafanyakazi wa makao makuu.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../pages/sync_page.py" line="90"/>
        <source>Send now</source>
        <translation>Tuma sasa</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="92"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="94"/>
        <source>Export batch to folder…</source>
        <translation>Hamisha kifurushi kwenda folda…</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="95"/>
        <source>Import acknowledgement…</source>
        <translation>Ingiza uthibitisho wa kupokelewa…</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="99"/>
        <source>Refresh</source>
        <translation>Onyesha upya</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="106"/>
        <source>Registry address</source>
        <translation>Anwani ya daftari kuu</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="110"/>
        <source>Registry</source>
        <translation>Daftari kuu</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="113"/>
        <location filename="../pages/sync_page.py" line="307"/>
        <source>Join a registry with its bundle file…</source>
        <translation>Jiunge na daftari kuu kwa faili la kifurushi chake…</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="115"/>
        <source>Write a join request…</source>
        <translation>Andika ombi la kujiunga…</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="116"/>
        <source>Delete the bundle file now</source>
        <translation>Futa faili la kifurushi sasa</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="127"/>
        <source>Sending when connected</source>
        <translation>Kutuma ikiunganishwa</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="129"/>
        <location filename="../pages/sync_page.py" line="320"/>
        <source>Pause sending</source>
        <translation>Sitisha utumaji</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="130"/>
        <source>Check the registry now</source>
        <translation>Angalia daftari kuu sasa</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="178"/>
        <source>&lt;h2&gt;Sync with the central registry&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Usawazishaji na daftari kuu&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="244"/>
        <source>none</source>
        <translation>hakuna</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="50"/>
        <location filename="../pages/sync_page.py" line="249"/>
        <source>Last acknowledgement</source>
        <translation>Uthibitisho wa mwisho wa kupokelewa</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="41"/>
        <source>Records not yet sent</source>
        <translation>Rekodi ambazo bado hazijatumwa</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="42"/>
        <source>Records sent, awaiting acknowledgement</source>
        <translation>Rekodi zilizotumwa, zinasubiri uthibitisho wa kupokelewa</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="43"/>
        <source>Records acknowledged by the registry</source>
        <translation>Rekodi zilizothibitishwa kupokelewa na daftari kuu</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="44"/>
        <source>Card events not yet sent</source>
        <translation>Matukio ya vitambulisho ambayo bado hayajatumwa</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="45"/>
        <source>Records not yet in a batch</source>
        <translation>Rekodi ambazo bado hazijawekwa kwenye kifurushi</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="46"/>
        <source>Card events not yet in a batch</source>
        <translation>Matukio ya vitambulisho ambayo bado hayajawekwa kwenye kifurushi</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="47"/>
        <source>Duplicate decisions not yet in a batch</source>
        <translation>Maamuzi ya marudio ambayo bado hayajawekwa kwenye kifurushi</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="48"/>
        <source>Batches sent, awaiting acknowledgement</source>
        <translation>Vifurushi vilivyotumwa, vinasubiri uthibitisho wa kupokelewa</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="49"/>
        <source>Last batch</source>
        <translation>Kifurushi cha mwisho</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="96"/>
        <source>Take a file the registry wrote for this station (USB stick): the acknowledgement of a batch, or its refusal</source>
        <translation>Chukua faili ambalo daftari kuu limeandika kwa kituo hiki (kifaa cha USB): uthibitisho wa kupokelewa kwa kifurushi, au kukataliwa kwake</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="140"/>
        <source>Records held back</source>
        <translation>Rekodi zilizozuiliwa</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="141"/>
        <source>These records are not sent: a field breaks the limits the registry accepts. Open each record and correct the field named; it is sent with the next batch.</source>
        <translation>Rekodi hizi hazitumwi: sehemu moja inavuka mipaka inayokubaliwa na daftari kuu. Fungua kila rekodi na usahihishe sehemu iliyotajwa; itatumwa pamoja na kifurushi kinachofuata.</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="147"/>
        <source>Registration number</source>
        <translation>Namba ya usajili</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="148"/>
        <source>What to correct</source>
        <translation>Cha kusahihisha</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="154"/>
        <source>Open the record to correct it</source>
        <translation>Fungua rekodi ili uisahihishe</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="250"/>
        <source>never</source>
        <translation>bado</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="298"/>
        <source>This station has joined its registry.</source>
        <translation>Kituo hiki kimejiunga na daftari kuu lake.</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="300"/>
        <source>Address: %s</source>
        <translation>Anwani: %s</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="302"/>
        <source>This station has not joined a registry yet: nothing can be sent. Choose the trust bundle file the registry made for this station, or write a join request, take it to the registry, and choose the bundle file it gives back.</source>
        <translation>Kituo hiki bado hakijajiunga na daftari kuu: hakuna kinachoweza kutumwa. Chagua faili la kifurushi cha uaminifu ambalo daftari kuu limetengeneza kwa kituo hiki, au andika ombi la kujiunga, lipeleke kwa daftari kuu, kisha uchague faili la kifurushi watakalokurudishia.</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="308"/>
        <source>Load a new bundle file…</source>
        <translation>Pakia faili jipya la kifurushi…</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="319"/>
        <source>Resume sending</source>
        <translation>Endelea kutuma</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="326"/>
        <source>Trust bundle from the registry</source>
        <translation>Kifurushi cha uaminifu kutoka daftari kuu</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="327"/>
        <source>Trust bundles (*.json);;All files (*)</source>
        <translation>Vifurushi vya uaminifu (*.json);;Mafaili yote (*)</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="333"/>
        <source>Joining the registry…</source>
        <translation>Inajiunga na daftari kuu…</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="340"/>
        <source>Station %s has joined the registry; records can be sent now.</source>
        <translation>Kituo %s kimejiunga na daftari kuu; rekodi zinaweza kutumwa sasa.</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="343"/>
        <source>The bundle file held this station&apos;s private key; it is now sealed inside the station. Delete the file %s from the USB stick now.</source>
        <translation>Faili la kifurushi lilikuwa na ufunguo binafsi wa kituo hiki; sasa umefungiwa ndani ya kituo. Futa faili %s kwenye USB sasa hivi.</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="366"/>
        <source>The bundle file %s was deleted.</source>
        <translation>Faili la kifurushi %s limefutwa.</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="372"/>
        <source>Write the join request to</source>
        <translation>Andika ombi la kujiunga katika</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="373"/>
        <source>Join requests (*.json)</source>
        <translation>Maombi ya kujiunga (*.json)</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="384"/>
        <source>Join request written to %s. It holds only this station&apos;s public key. Take it to the registry; its staff certify it and give back a trust bundle file: choose that file with “Join a registry with its bundle file”. The registry shows this key fingerprint, compare the two: %s</source>
        <translation>Ombi la kujiunga limeandikwa katika %s. Lina ufunguo wa umma wa kituo hiki pekee. Lipeleke kwa daftari kuu; watumishi wake hulithibitisha na kukurudishia faili la kifurushi cha uaminifu: chagua faili hilo kwa “Jiunge na daftari kuu kwa faili la kifurushi chake”. Daftari kuu huonyesha alama ya ufunguo huu, linganisha hizo mbili: %s</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="409"/>
        <source>Records are being sent in the background already.</source>
        <translation>Rekodi tayari zinatumwa chinichini.</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="438"/>
        <source>Connecting to the registry…</source>
        <translation>Inaunganisha na daftari kuu…</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="443"/>
        <source>Sending batch %d of %d</source>
        <translation>Inatuma kifurushi %d kati ya %d</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="448"/>
        <source>Stopping after the current batch…</source>
        <translation>Inasimama baada ya kifurushi cha sasa…</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="455"/>
        <source>Sending cancelled; what was sent is kept.</source>
        <translation>Utumaji umeghairiwa; kilichotumwa kimehifadhiwa.</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="463"/>
        <source>Sent: the registry acknowledged %d record(s); %d still waiting.</source>
        <translation>Imetumwa: daftari kuu limethibitisha kupokea rekodi %d; %d bado zinasubiri.</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="477"/>
        <source>Export batches to</source>
        <translation>Hamisha vifurushi kwenda</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="491"/>
        <source>%d batch file(s) written to %s: %s</source>
        <translation>Mafaili %d ya vifurushi yameandikwa katika %s: %s</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="494"/>
        <source>Nothing to export: every record was acknowledged.</source>
        <translation>Hakuna cha kuhamisha: rekodi zote zimethibitishwa kupokelewa.</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="499"/>
        <source>Acknowledgement or refusal file</source>
        <translation>Faili la uthibitisho wa kupokelewa au la kukataliwa</translation>
    </message>
    <message>
        <location filename="../pages/sync_page.py" line="525"/>
        <source>Acknowledgement of batch %s accepted: %d record(s) synced.</source>
        <translation>Uthibitisho wa kupokelewa kwa kifurushi %s umekubaliwa: rekodi %d zimesawazishwa.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../pages/start.py" line="269"/>
        <source>&lt;h2&gt;Unlock the station&lt;/h2&gt;&lt;p&gt;Type the station passphrase.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Fungua kituo&lt;/h2&gt;&lt;p&gt;Andika kaulisiri ya kituo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="272"/>
        <source>Passphrase</source>
        <translation>Kaulisiri</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="273"/>
        <source>Unlock</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <location filename="../pages/start.py" line="278"/>
        <source>Unlocking…</source>
        <translation>Inafungua…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../main_window.py" line="72"/>
        <source>Pages</source>
        <translation>Kurasa</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="82"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Funga (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="83"/>
        <source>Lock the station; log in again to go on where you left off</source>
        <translation>Funga kituo; ingia tena ili kuendelea ulipoishia</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="85"/>
        <source>Sign out</source>
        <translation>Toka</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="86"/>
        <source>End your session; the next operator sees nothing of it</source>
        <translation>Maliza kipindi chako; mtumiaji anayefuata haoni chochote chake</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="90"/>
        <source>Enrolment station</source>
        <translation>Kituo cha usajili</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="187"/>
        <source>Signed in: %s (%s)</source>
        <translation>Ameingia: %s (%s)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="263"/>
        <source>To send: %d</source>
        <translation>Za kutuma: %d</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="265"/>
        <source>Open cases: %d</source>
        <translation>Mashauri yaliyo wazi: %d</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="263"/>
        <source>All sent</source>
        <translation>Zote zimetumwa</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="273"/>
        <source>Enrolment station %s-%s</source>
        <translation>Kituo cha usajili %s-%s</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="275"/>
        <source>Site %s</source>
        <translation>Eneo %s</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="291"/>
        <source>%s (%d)</source>
        <translation>%s (%d)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="294"/>
        <source>%s: %d to send</source>
        <translation>%s: %d za kutuma</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="295"/>
        <source>%s: all sent</source>
        <translation>%s: zote zimetumwa</translation>
    </message>
</context>
<context>
    <name>YearEdit</name>
    <message>
        <location filename="../wizard/steps.py" line="103"/>
        <source>year, e.g. 1988</source>
        <translation>mwaka, mf. 1988</translation>
    </message>
</context>
<context>
    <name>_Screen</name>
    <message>
        <location filename="../pages/start.py" line="81"/>
        <source>Enrolment station</source>
        <translation>Kituo cha usajili</translation>
    </message>
</context>
<context>
    <name>_StateLabel</name>
    <message>
        <location filename="../auto_sync.py" line="254"/>
        <source>Sync: %s</source>
        <translation>Usawazishaji: %s</translation>
    </message>
</context>
<context>
    <name>countries</name>
    <message>
        <location filename="extracted.py" line="284"/>
        <source>Congo, The Democratic Republic of the</source>
        <translation>Jamhuri ya Kidemokrasia ya Kongo</translation>
    </message>
    <message>
        <location filename="extracted.py" line="285"/>
        <source>Congo</source>
        <translation>Jamhuri ya Kongo</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="extracted.py" line="86"/>
        <source>the person never agreed to {purpose_value}</source>
        <translation>mtu huyu hakuwahi kukubali {purpose_value}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="87"/>
        <source>a revocation needs a reason</source>
        <translation>ubatilishaji unahitaji sababu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="88"/>
        <source>this card is already {self_status_value}</source>
        <translation>kitambulisho hiki tayari ni {self_status_value}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="89"/>
        <source>a decision needs a reason</source>
        <translation>uamuzi unahitaji sababu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="90"/>
        <source>this case was decided already</source>
        <translation>shauri hili limekwisha amuliwa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="91"/>
        <source>this account is deactivated</source>
        <translation>akaunti hii imezimwa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="92"/>
        <source>this account is deactivated: it cannot be unlocked</source>
        <translation>akaunti hii imezimwa: haiwezi kufunguliwa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="93"/>
        <source>this account is deactivated already</source>
        <translation>akaunti hii imekwisha zimwa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="94"/>
        <source>same person: name one of the case&apos;s candidates</source>
        <translation>mtu yule yule: taja mojawapo ya rekodi zinazofanana za shauri</translation>
    </message>
    <message>
        <location filename="extracted.py" line="95"/>
        <source>the {role_value} role may not {action}</source>
        <translation>jukumu la {role_value} haliruhusiwi {action}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="96"/>
        <source>The {field_words} must be one of: {allowed}</source>
        <translation>{field_words} lazima iwe mojawapo ya: {allowed}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="97"/>
        <source>{what} is longer than {max_name_length} characters</source>
        <translation>{what} ina herufi zaidi ya {max_name_length}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="98"/>
        <source>{what} contains control characters</source>
        <translation>{what} ina herufi za udhibiti</translation>
    </message>
    <message>
        <location filename="extracted.py" line="99"/>
        <source>{what} must not contain digits</source>
        <translation>{what} isiwe na tarakimu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="100"/>
        <source>the {what} is longer than {limit} characters</source>
        <translation>{what} ina herufi zaidi ya {limit}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="101"/>
        <source>the {what} contains control characters</source>
        <translation>{what} ina herufi za udhibiti</translation>
    </message>
    <message>
        <location filename="extracted.py" line="102"/>
        <source>At most {limit} {field_words} can be recorded</source>
        <translation>Zinaweza kuandikwa {limit} tu za {field_words}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="103"/>
        <source>The {field_words} must be an ISO 3166 alpha-3 code (or XXA stateless, XXB/XXC refugee, XXX unknown)</source>
        <translation>{field_words} lazima iwe msimbo wa ISO 3166 alpha-3 (au XXA asiye na uraia, XXB/XXC mkimbizi, XXX haijulikani)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="104"/>
        <source>The {field_words} hold an unknown language code (use ISO 639)</source>
        <translation>{field_words} ina msimbo wa lugha usiojulikana (tumia ISO 639)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="105"/>
        <source>Give either the birth date or the birth year, not both</source>
        <translation>Toa tarehe ya kuzaliwa au mwaka wa kuzaliwa, si vyote viwili</translation>
    </message>
    <message>
        <location filename="extracted.py" line="106"/>
        <source>The birth date or the birth year is required</source>
        <translation>Tarehe au mwaka wa kuzaliwa unahitajika</translation>
    </message>
    <message>
        <location filename="extracted.py" line="107"/>
        <source>The birth year is before {earliest_birth_year}</source>
        <translation>Mwaka wa kuzaliwa ni kabla ya {earliest_birth_year}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="108"/>
        <source>The birth date is in the future</source>
        <translation>Tarehe ya kuzaliwa iko mbele ya leo</translation>
    </message>
    <message>
        <location filename="extracted.py" line="109"/>
        <source>The {field_words} is in the future</source>
        <translation>{field_words} iko mbele ya leo</translation>
    </message>
    <message>
        <location filename="extracted.py" line="110"/>
        <source>The {field_words} is before the date of birth</source>
        <translation>{field_words} iko kabla ya tarehe ya kuzaliwa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="111"/>
        <source>The {field_words} must be digits, optionally starting with +</source>
        <translation>{field_words} lazima iwe tarakimu, inaweza kuanza na +</translation>
    </message>
    <message>
        <location filename="extracted.py" line="112"/>
        <source>The {field_words} is longer than {limits_email} characters</source>
        <translation>{field_words} ina herufi zaidi ya {limits_email}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="113"/>
        <source>The {field_words} must look like name@example.org</source>
        <oldsource>The {field_words} is not an e-mail address</oldsource>
        <translation>{field_words} lazima ifanane na jina@mfano.org</translation>
    </message>
    <message>
        <location filename="extracted.py" line="114"/>
        <source>Consent is required: list the purposes agreed</source>
        <translation>Ridhaa inahitajika: orodhesha madhumuni yaliyokubaliwa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="115"/>
        <source>Consent to registration is required to enrol a person</source>
        <translation>Ridhaa ya usajili inahitajika ili kumsajili mtu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="116"/>
        <source>{what} is required</source>
        <translation>{what} inahitajika</translation>
    </message>
    <message>
        <location filename="extracted.py" line="117"/>
        <source>The birth date must be a real date written YYYY-MM-DD</source>
        <translation>Tarehe ya kuzaliwa lazima iwe tarehe halisi iliyoandikwa MMMM-MM-SS</translation>
    </message>
    <message>
        <location filename="extracted.py" line="118"/>
        <source>The {field_words} must be a real date written YYYY-MM-DD</source>
        <translation>{field_words} lazima iwe tarehe halisi iliyoandikwa MMMM-MM-SS</translation>
    </message>
    <message>
        <location filename="extracted.py" line="119"/>
        <source>Unknown purpose of consent (allowed: {allowed}, or all)</source>
        <translation>Madhumuni ya ridhaa hayajulikani (yanayoruhusiwa: {allowed}, au all)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="120"/>
        <source>k (smallest group published) must be 1 or more</source>
        <translation>k (kundi dogo kabisa linalochapishwa) lazima iwe 1 au zaidi</translation>
    </message>
    <message>
        <location filename="extracted.py" line="121"/>
        <source>rounding base must be 1 or more</source>
        <translation>msingi wa kukadiria lazima uwe 1 au zaidi</translation>
    </message>
    <message>
        <location filename="extracted.py" line="122"/>
        <source>a grouping field is repeated</source>
        <translation>sehemu ya kupanga makundi imerudiwa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="123"/>
        <source>cannot group by {dimension}: use {join}</source>
        <translation>haiwezekani kupanga kwa {dimension}: tumia {join}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="124"/>
        <source>stored data has an unknown format</source>
        <translation>data iliyohifadhiwa ina muundo usiojulikana</translation>
    </message>
    <message>
        <location filename="extracted.py" line="125"/>
        <source>stored data does not decrypt: it was altered, or belongs to another record</source>
        <translation>data iliyohifadhiwa haifunguki: imebadilishwa, au ni ya rekodi nyingine</translation>
    </message>
    <message>
        <location filename="extracted.py" line="126"/>
        <source>a record key has an unknown format</source>
        <translation>ufunguo wa rekodi una muundo usiojulikana</translation>
    </message>
    <message>
        <location filename="extracted.py" line="127"/>
        <source>a record key does not unwrap: it was altered, or belongs to another record</source>
        <translation>ufunguo wa rekodi haufunguki: ulibadilishwa, au ni wa rekodi nyingine</translation>
    </message>
    <message>
        <location filename="extracted.py" line="128"/>
        <source>the {what} must be at least {length} characters: {advice}</source>
        <translation>{what} lazima iwe na herufi {length} au zaidi: {advice}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="129"/>
        <source>this {what} is too easy to guess{reason}: {advice}</source>
        <translation>{what} hii ni rahisi mno kukisiwa{reason}: {advice}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="130"/>
        <source>this station&apos;s security chip (TPM) does not answer: the key file is bound to it and opens only on the machine the station was set up on, with its chip working</source>
        <translation>chipu ya usalama (TPM) ya kituo hiki haijibu: faili la funguo limefungwa nayo na hufunguka tu kwenye mashine ambayo kituo kiliwekwa, chipu yake ikifanya kazi</translation>
    </message>
    <message>
        <location filename="extracted.py" line="131"/>
        <source>this station&apos;s security chip (TPM) no longer holds the station&apos;s secret (the station was wiped, or this is another machine): the key file cannot be opened; restore from the registry</source>
        <translation>chipu ya usalama (TPM) ya kituo hiki haina tena siri ya kituo (kituo kilifutwa, au hii ni mashine nyingine): faili la funguo haliwezi kufunguliwa; rejesha kutoka daftari kuu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="132"/>
        <source>the station&apos;s key file is bound to the machine&apos;s security chip (TPM), or is to be, but the tpm2-tools package is not installed: install it (apt-get install tpm2-tools)</source>
        <translation>faili la funguo la kituo limefungwa (au litafungwa) na chipu ya usalama (TPM) ya mashine, lakini kifurushi cha tpm2-tools hakijasakinishwa: kisakinishe (apt-get install tpm2-tools)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="133"/>
        <source>the machine&apos;s security chip (TPM) has no room for the station&apos;s secret: free a persistent object in it, or set the station up without the chip</source>
        <translation>chipu ya usalama (TPM) ya mashine haina nafasi kwa siri ya kituo: ondoa kitu kimoja cha kudumu ndani yake, au weka kituo bila chipu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="134"/>
        <source>no security chip (TPM 2.0) was found on this machine: set the station up without it, or on a machine that has one</source>
        <translation>hakuna chipu ya usalama (TPM 2.0) iliyopatikana kwenye mashine hii: weka kituo bila chipu, au kwenye mashine iliyo nayo</translation>
    </message>
    <message>
        <location filename="extracted.py" line="135"/>
        <source>the security chip choice must be auto, require or off</source>
        <translation>chaguo la chipu ya usalama lazima liwe auto, require au off</translation>
    </message>
    <message>
        <location filename="extracted.py" line="136"/>
        <source>the station&apos;s key file is missing: this station was wiped or never set up (restore from the registry)</source>
        <translation>faili la funguo za kituo halipo: kituo hiki kilifutwa au hakikuwahi kuwekwa (kirejeshe kutoka daftari kuu)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="137"/>
        <source>the station&apos;s key file asks for a key derivation cost out of range: it is damaged</source>
        <translation>faili la funguo za kituo linaomba gharama ya kuzalisha ufunguo iliyo nje ya kiwango: limeharibika</translation>
    </message>
    <message>
        <location filename="extracted.py" line="138"/>
        <source>cannot write {path_name}: {exc_strerror}</source>
        <translation>haiwezekani kuandika {path_name}: {exc_strerror}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="139"/>
        <source>the station&apos;s key file is damaged</source>
        <translation>faili la funguo za kituo limeharibika</translation>
    </message>
    <message>
        <location filename="extracted.py" line="140"/>
        <source>unlock the key file first</source>
        <translation>kwanza fungua faili la funguo</translation>
    </message>
    <message>
        <location filename="extracted.py" line="141"/>
        <source>cannot write the station&apos;s key file: {exc_strerror}</source>
        <translation>haiwezekani kuandika faili la funguo za kituo: {exc_strerror}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="142"/>
        <source>the station&apos;s key file cannot be read</source>
        <translation>faili la funguo za kituo haliwezi kusomwa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="143"/>
        <source>wrong passphrase</source>
        <translation>kaulisiri si sahihi</translation>
    </message>
    <message>
        <location filename="extracted.py" line="144"/>
        <source>the photo checks stopped unexpectedly and were started again; the next picture will be checked</source>
        <translation>ukaguzi wa picha ulisimama bila kutarajiwa na umeanzishwa upya; picha inayofuata itakaguliwa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="145"/>
        <source>the photo checks are closed: the window is closing</source>
        <translation>ukaguzi wa picha umefungwa: dirisha linafungwa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="146"/>
        <source>the photo checks failed on this picture ({cause}); the next picture will be checked</source>
        <translation>ukaguzi wa picha umeshindwa kwenye picha hii ({cause}); picha inayofuata itakaguliwa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="147"/>
        <source>unknown camera source {kind}</source>
        <translation>chanzo cha kamera kisichojulikana {kind}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="148"/>
        <source>a suspected duplicate awaits a supervisor&apos;s decision: no card yet</source>
        <translation>usajili unaoshukiwa kujirudia unasubiri uamuzi wa msimamizi: bado hakuna kitambulisho</translation>
    </message>
    <message>
        <location filename="extracted.py" line="149"/>
        <source>the record is {enrolment_status_value}: no card can be issued</source>
        <translation>rekodi iko katika hali ya {enrolment_status_value}: hakuna kitambulisho kinachoweza kutolewa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="150"/>
        <source>the person has not consented to (or withdrew consent for) a card</source>
        <translation>mtu huyu hajakubali kupewa kitambulisho (au ameondoa ridhaa hiyo)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="151"/>
        <source>the record has no approved photo: capture one first</source>
        <translation>rekodi haina picha iliyokubaliwa: piga picha kwanza</translation>
    </message>
    <message>
        <location filename="extracted.py" line="152"/>
        <source>card number: {exc}</source>
        <translation>namba ya kitambulisho: {exc}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="153"/>
        <source>card: {exc}</source>
        <translation>kitambulisho: {exc}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="154"/>
        <source>cannot write the card file ({exc_strerror}); the card is recorded: print it again as a reprint</source>
        <translation>haiwezekani kuandika faili la kitambulisho ({exc_strerror}); kitambulisho kimeandikwa: kichapishe tena kama nakala</translation>
    </message>
    <message>
        <location filename="extracted.py" line="155"/>
        <source>no registry is set up in this folder</source>
        <translation>hakuna daftari kuu lililowekwa kwenye folda hii</translation>
    </message>
    <message>
        <location filename="extracted.py" line="156"/>
        <source>the registry passphrase has at least {min_passphrase} characters</source>
        <translation>kaulisiri ya daftari kuu ina herufi {min_passphrase} au zaidi</translation>
    </message>
    <message>
        <location filename="extracted.py" line="157"/>
        <source>give your registry account name</source>
        <translation>andika jina la akaunti yako ya daftari kuu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="158"/>
        <source>give your registry account password</source>
        <translation>andika nenosiri la akaunti yako ya daftari kuu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="159"/>
        <source>no consent text version {version} in language {language}</source>
        <translation>hakuna maandishi ya ridhaa toleo {version} kwa lugha {language}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="160"/>
        <source>consent text {version}/{language} lacks purposes: {join}</source>
        <translation>maandishi ya ridhaa {version}/{language} hayana madhumuni haya: {join}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="161"/>
        <source>purpose must be one of: {allowed}</source>
        <translation>madhumuni lazima yawe mojawapo ya: {allowed}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="162"/>
        <source>no withdrawal of consent waits for confirmation for {number}</source>
        <translation>hakuna uondoaji wa ridhaa unaosubiri uthibitisho kwa {number}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="163"/>
        <source>this account&apos;s record was changed outside the station (in the database file), so it cannot log in: an administrator must deactivate it and add a new account, and find out who edited the file</source>
        <translation>rekodi ya akaunti hii ilibadilishwa nje ya kituo (ndani ya faili la hifadhidata), kwa hiyo haiwezi kuingia: msimamizi wa mfumo aizime na aongeze akaunti mpya, na achunguze nani alihariri faili hilo</translation>
    </message>
    <message>
        <location filename="extracted.py" line="164"/>
        <source>STATION_SCRYPT_N={cost} is below the shipped passphrase cost {default_scrypt_n}: a lower cost is for the test suite only (which also sets {weak_kdf_for_tests}=1); unset STATION_SCRYPT_N</source>
        <translation>STATION_SCRYPT_N={cost} iko chini ya gharama ya kaulisiri iliyowekwa {default_scrypt_n}: gharama ndogo ni kwa majaribio tu (ambayo pia huweka {weak_kdf_for_tests}=1); ondoa STATION_SCRYPT_N</translation>
    </message>
    <message>
        <location filename="extracted.py" line="165"/>
        <source>site must be 2-5 and station 1-3 capital letters or digits</source>
        <translation>eneo lazima liwe na herufi kubwa au tarakimu 2 hadi 5, na kituo 1 hadi 3</translation>
    </message>
    <message>
        <location filename="extracted.py" line="166"/>
        <source>a station is already set up in this home folder</source>
        <translation>kituo kimekwisha wekwa kwenye folda hii</translation>
    </message>
    <message>
        <location filename="extracted.py" line="167"/>
        <source>database URL must be postgresql://... or sqlite:///... (or nothing, for the embedded store)</source>
        <translation>URL ya hifadhidata lazima iwe postgresql://... au sqlite:///... (au tupu, kwa hifadhi ya ndani)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="168"/>
        <source>user name must be letters, digits, dot, dash or underscore</source>
        <translation>jina la mtumiaji liwe na herufi, tarakimu, nukta, kistari au kistari cha chini</translation>
    </message>
    <message>
        <location filename="extracted.py" line="169"/>
        <source>the user name holds compatibility characters (full-width letters, ligatures, ...): write it as {usernames_normalise}</source>
        <translation>jina la mtumiaji lina herufi zisizo za kawaida (herufi pana, herufi zilizounganishwa…): liandike hivi: {usernames_normalise}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="170"/>
        <source>user name: {mixed}</source>
        <translation>jina la mtumiaji: {mixed}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="171"/>
        <source>unknown user or wrong password</source>
        <translation>mtumiaji hajulikani au nenosiri si sahihi</translation>
    </message>
    <message>
        <location filename="extracted.py" line="172"/>
        <source>wrong password: this account is now locked until {local_clock} after {policy_attempts} wrong passwords in a row</source>
        <translation>nenosiri si sahihi: akaunti hii sasa imefungwa hadi {local_clock} baada ya manenosiri {policy_attempts} yasiyo sahihi mfululizo</translation>
    </message>
    <message>
        <location filename="extracted.py" line="173"/>
        <source>your account is locked or deactivated: log in again</source>
        <translation>akaunti yako imefungwa au imezimwa: ingia tena</translation>
    </message>
    <message>
        <location filename="extracted.py" line="174"/>
        <source>this home folder holds a wiped station: set up the new station in another folder (or delete this one)</source>
        <translation>folda hii ina kituo kilichofutwa: weka kituo kipya kwenye folda nyingine (au futa hii)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="175"/>
        <source>cannot create the home folder: {exc_strerror}</source>
        <translation>haiwezekani kuunda folda: {exc_strerror}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="176"/>
        <source>this database already belongs to a station</source>
        <translation>hifadhidata hii tayari ni ya kituo kingine</translation>
    </message>
    <message>
        <location filename="extracted.py" line="177"/>
        <source>this station&apos;s {what} counter is at {sequence}, beyond the {max_sequence} numbers a station code holds: nothing was saved; ask the registry for a new station code</source>
        <translation>kihesabu cha {what} cha kituo hiki kimefika {sequence}, zaidi ya namba {max_sequence} ambazo msimbo wa kituo unaruhusu: hakuna kilichohifadhiwa; omba daftari kuu likupe msimbo mpya wa kituo</translation>
    </message>
    <message>
        <location filename="extracted.py" line="178"/>
        <source>a photo needs consent to biometrics</source>
        <translation>picha inahitaji ridhaa ya bayometriki</translation>
    </message>
    <message>
        <location filename="extracted.py" line="179"/>
        <source>{field_words} is required</source>
        <translation>{field_words} inahitajika</translation>
    </message>
    <message>
        <location filename="extracted.py" line="180"/>
        <source>Sex is required (F, M or X)</source>
        <translation>Jinsia inahitajika (F, M au X)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="181"/>
        <source>form: unknown fields: {join}</source>
        <translation>fomu: sehemu zisizojulikana: {join}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="182"/>
        <source>The {field_words} is required</source>
        <translation>{field_words} inahitajika</translation>
    </message>
    <message>
        <location filename="extracted.py" line="183"/>
        <source>The kind of {field_words} is required</source>
        <translation>Aina ya {field_words} inahitajika</translation>
    </message>
    <message>
        <location filename="extracted.py" line="184"/>
        <source>form: malformed field values</source>
        <translation>fomu: thamani za sehemu zimekosewa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="185"/>
        <source>The birth year of {field_words} must be a year</source>
        <translation>Mwaka wa kuzaliwa wa {field_words} lazima uwe mwaka</translation>
    </message>
    <message>
        <location filename="extracted.py" line="186"/>
        <source>The expiry date of {field_words} must be written YYYY-MM-DD</source>
        <translation>Tarehe ya kuisha muda ya {field_words} lazima iandikwe MMMM-MM-SS</translation>
    </message>
    <message>
        <location filename="extracted.py" line="187"/>
        <source>The registration number of {field_words} is not valid: {exc}</source>
        <translation>Namba ya usajili ya {field_words} si halali: {exc}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="188"/>
        <source>the holder&apos;s mark on the card must be signature, thumbprint or nothing</source>
        <translation>alama ya mwenye kitambulisho lazima iwe sahihi, alama ya kidole gumba au hakuna</translation>
    </message>
    <message>
        <location filename="extracted.py" line="189"/>
        <source>the collected fields must be a list of field names</source>
        <translation>sehemu zinazokusanywa lazima ziwe orodha ya majina ya sehemu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="190"/>
        <source>card validity must be between 1 and 730 days</source>
        <translation>muda wa kitambulisho lazima uwe kati ya siku 1 na 730</translation>
    </message>
    <message>
        <location filename="extracted.py" line="191"/>
        <source>the same-person threshold must not be above the possible-duplicate threshold ({match} &gt; {possible})</source>
        <translation>kiwango cha mtu yule yule kisizidi kiwango cha uwezekano wa marudio ({match} &gt; {possible})</translation>
    </message>
    <message>
        <location filename="extracted.py" line="192"/>
        <source>the idle lock must be between 1 and 240 minutes</source>
        <translation>kufunga baada ya kutotumika lazima kuwe kati ya dakika 1 na 240</translation>
    </message>
    <message>
        <location filename="extracted.py" line="193"/>
        <source>failed sign-ins before a lock must be between 1 and 20</source>
        <translation>majaribio yaliyoshindwa kabla ya kufunga lazima yawe kati ya 1 na 20</translation>
    </message>
    <message>
        <location filename="extracted.py" line="194"/>
        <source>the lock time must be between 1 minute and 24 hours</source>
        <translation>muda wa kufungwa lazima uwe kati ya dakika 1 na saa 24</translation>
    </message>
    <message>
        <location filename="extracted.py" line="195"/>
        <source>the registry address must start with https://</source>
        <translation>anwani ya daftari kuu lazima ianze na https://</translation>
    </message>
    <message>
        <location filename="extracted.py" line="196"/>
        <source>no station is set up in this home folder: run `station init`</source>
        <translation>hakuna kituo kilichowekwa kwenye folda hii: endesha `station init`</translation>
    </message>
    <message>
        <location filename="extracted.py" line="197"/>
        <source>unlock the station first</source>
        <translation>kwanza fungua kituo</translation>
    </message>
    <message>
        <location filename="extracted.py" line="198"/>
        <source>{words} must be a whole number</source>
        <translation>{words} lazima iwe namba kamili</translation>
    </message>
    <message>
        <location filename="extracted.py" line="199"/>
        <source>the {label} threshold must be a number</source>
        <translation>kiwango cha {label} lazima kiwe namba</translation>
    </message>
    <message>
        <location filename="extracted.py" line="200"/>
        <source>the setting {item_name} must be text</source>
        <translation>mpangilio {item_name} lazima uwe maandishi</translation>
    </message>
    <message>
        <location filename="extracted.py" line="201"/>
        <source>the setting {item_name} is too long (at most 500 characters)</source>
        <translation>mpangilio {item_name} ni mrefu mno (si zaidi ya herufi 500)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="202"/>
        <source>the {label} threshold must be between 0 and 2</source>
        <translation>kiwango cha {label} lazima kiwe kati ya 0 na 2</translation>
    </message>
    <message>
        <location filename="extracted.py" line="203"/>
        <source>the station&apos;s settings file {config_name} cannot be read or is damaged: restore it from a backup</source>
        <translation>faili la mipangilio ya kituo {config_name} haliwezi kusomwa au limeharibika: lirejeshe kutoka nakala ya akiba</translation>
    </message>
    <message>
        <location filename="extracted.py" line="204"/>
        <source>the station&apos;s settings file {config_name} holds a value out of range: {exc}; correct it in the file or restore it from a backup</source>
        <translation>faili la mipangilio ya kituo {config_name} lina thamani iliyo nje ya kiwango: {exc}; isahihishe kwenye faili au lirejeshe kutoka nakala ya akiba</translation>
    </message>
    <message>
        <location filename="extracted.py" line="205"/>
        <source>{what}: the file is larger than {max_bytes____2____20} MB</source>
        <translation>{what}: faili ni kubwa kuliko MB {max_bytes____2____20}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="206"/>
        <source>{what}: not a JSON object</source>
        <translation>{what}: si kitu cha JSON</translation>
    </message>
    <message>
        <location filename="extracted.py" line="207"/>
        <source>{what}: nested too deeply (at most {max_depth} levels)</source>
        <translation>{what}: limepangwa ndani kwa ndani kupita kiasi (si zaidi ya viwango {max_depth})</translation>
    </message>
    <message>
        <location filename="extracted.py" line="208"/>
        <source>{what}: file not found</source>
        <translation>{what}: faili halikupatikana</translation>
    </message>
    <message>
        <location filename="extracted.py" line="209"/>
        <source>{what}: cannot read the file ({exc_strerror})</source>
        <translation>{what}: haiwezekani kusoma faili ({exc_strerror})</translation>
    </message>
    <message>
        <location filename="extracted.py" line="210"/>
        <source>{what}: not UTF-8 text</source>
        <translation>{what}: si maandishi ya UTF-8</translation>
    </message>
    <message>
        <location filename="extracted.py" line="211"/>
        <source>{what}: not a JSON file</source>
        <translation>{what}: si faili la JSON</translation>
    </message>
    <message>
        <location filename="extracted.py" line="212"/>
        <source>collected_fields names unknown fields: {join}</source>
        <translation>collected_fields inataja sehemu zisizojulikana: {join}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="213"/>
        <source>{name} is not collected in this deployment</source>
        <translation>{name} haikusanywi katika utumiaji huu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="214"/>
        <source>this account&apos;s record was changed outside the station (in the database file): it can only be deactivated; add a new account for the person</source>
        <translation>rekodi ya akaunti hii ilibadilishwa nje ya kituo (ndani ya faili la hifadhidata): inaweza kuzimwa tu; ongeza akaunti mpya kwa mtu huyo</translation>
    </message>
    <message>
        <location filename="extracted.py" line="215"/>
        <source>no operator with this user name</source>
        <translation>hakuna mtumiaji mwenye jina hili</translation>
    </message>
    <message>
        <location filename="extracted.py" line="216"/>
        <source>an administrator cannot {verb} their own account</source>
        <translation>msimamizi wa mfumo hawezi {verb} akaunti yake mwenyewe</translation>
    </message>
    <message>
        <location filename="extracted.py" line="217"/>
        <source>this is the last active administrator: add another before you {verb} this one</source>
        <translation>huyu ndiye msimamizi wa mfumo wa mwisho anayefanya kazi: ongeza mwingine kabla ya {verb} huyu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="218"/>
        <source>photo rejected: {reasons}</source>
        <translation>picha imekataliwa: {reasons}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="219"/>
        <source>photo fails quality: {reasons}. Retake it, or accept it with a reason (--quality-override REASON)</source>
        <translation>picha haijafikia ubora: {reasons}. Ipige tena, au uikubali kwa sababu (--quality-override SABABU)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="220"/>
        <source>photo: {exc}</source>
        <translation>picha: {exc}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="221"/>
        <source>the printer {name} is not set up on this computer</source>
        <translation>printa {name} haijawekwa kwenye kompyuta hii</translation>
    </message>
    <message>
        <location filename="extracted.py" line="222"/>
        <source>the print service of this computer is not running; start it or ask for help</source>
        <translation>huduma ya uchapishaji ya kompyuta hii haifanyi kazi; iwashe au omba msaada</translation>
    </message>
    <message>
        <location filename="extracted.py" line="223"/>
        <source>copies must be between 1 and {max_copies}</source>
        <translation>idadi ya nakala lazima iwe kati ya 1 na {max_copies}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="224"/>
        <source>{printer_label} cannot print on {layout_words}: {other}</source>
        <translation>{printer_label} haiwezi kuchapisha kwenye {layout_words}: {other}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="225"/>
        <source>{printer_label} is switched off in the print service (paused or not taking jobs); resume it or choose another printer</source>
        <translation>{printer_label} imezimwa kwenye huduma ya uchapishaji (imesitishwa au haipokei kazi); iendeleze au chagua printa nyingine</translation>
    </message>
    <message>
        <location filename="extracted.py" line="226"/>
        <source>{printer_label} did not take the job; check that it is set up and switched on, then try again</source>
        <translation>{printer_label} haikupokea kazi; hakikisha imewekwa na imewashwa, kisha jaribu tena</translation>
    </message>
    <message>
        <location filename="extracted.py" line="227"/>
        <source>a slip is printed with print_slip, not as cards</source>
        <translation>stakabadhi huchapishwa kama stakabadhi, si kama vitambulisho</translation>
    </message>
    <message>
        <location filename="extracted.py" line="228"/>
        <source>no records to print</source>
        <translation>hakuna rekodi za kuchapisha</translation>
    </message>
    <message>
        <location filename="extracted.py" line="229"/>
        <source>a slip is printed on A6 or A5</source>
        <translation>stakabadhi huchapishwa kwenye karatasi A6 au A5</translation>
    </message>
    <message>
        <location filename="extracted.py" line="230"/>
        <source>this computer has no print service installed (CUPS); ask for it to be set up</source>
        <translation>kompyuta hii haina huduma ya uchapishaji (CUPS); omba iwekwe</translation>
    </message>
    <message>
        <location filename="extracted.py" line="231"/>
        <source>the print service did not answer within a minute; try again</source>
        <translation>huduma ya uchapishaji haikujibu ndani ya dakika moja; jaribu tena</translation>
    </message>
    <message>
        <location filename="extracted.py" line="232"/>
        <source>the print service of this computer is not running</source>
        <translation>huduma ya uchapishaji ya kompyuta hii haifanyi kazi</translation>
    </message>
    <message>
        <location filename="extracted.py" line="233"/>
        <source>registration number: {exc}</source>
        <translation>namba ya usajili: {exc}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="234"/>
        <source>{said} {then}</source>
        <translation>{said} {then}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="235"/>
        <source>k may not be lower than the configured {configured_k}</source>
        <translation>k haiwezi kuwa chini ya kiwango kilichowekwa {configured_k}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="236"/>
        <source>report file must end in .pdf, .csv or .json</source>
        <translation>faili la ripoti lazima liishe na .pdf, .csv au .json</translation>
    </message>
    <message>
        <location filename="extracted.py" line="237"/>
        <source>days must be between 0 and 3650</source>
        <translation>idadi ya siku lazima iwe kati ya 0 na 3650</translation>
    </message>
    <message>
        <location filename="extracted.py" line="238"/>
        <source>{disclosure_file} must hold {{&quot;k&quot;: N, &quot;rounding&quot;: N}}</source>
        <translation>{disclosure_file} lazima liwe na {{&quot;k&quot;: N, &quot;rounding&quot;: N}}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="239"/>
        <source>cannot write the report: {exc_strerror}</source>
        <translation>haiwezekani kuandika ripoti: {exc_strerror}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="240"/>
        <source>unknown retention rule: {join}</source>
        <translation>kanuni ya kuhifadhi isiyojulikana: {join}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="241"/>
        <source>{retention_file} is not valid JSON</source>
        <translation>{retention_file} si JSON halali</translation>
    </message>
    <message>
        <location filename="extracted.py" line="242"/>
        <source>retention rule {name} must be a whole number of days (0 or more) or null</source>
        <translation>kanuni ya kuhifadhi {name} lazima iwe idadi kamili ya siku (0 au zaidi) au null</translation>
    </message>
    <message>
        <location filename="extracted.py" line="243"/>
        <source>unknown setting {unknown_0}</source>
        <translation>mpangilio usiojulikana {unknown_0}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="244"/>
        <source>--out must be a folder, and this is a file</source>
        <translation>--out lazima iwe folda, na hii ni faili</translation>
    </message>
    <message>
        <location filename="extracted.py" line="245"/>
        <source>birth_year must be a year</source>
        <translation>birth_year lazima iwe mwaka</translation>
    </message>
    <message>
        <location filename="extracted.py" line="246"/>
        <source>correctable fields are: {join}</source>
        <translation>sehemu zinazoweza kusahihishwa ni: {join}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="247"/>
        <source>cannot write the export: {exc_strerror}</source>
        <translation>haiwezekani kuandika uhamishaji: {exc_strerror}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="248"/>
        <source>the sealed file of batch {batch_sequence} was altered on disk</source>
        <translation>faili lililofungwa la kifurushi {batch_sequence} lilibadilishwa kwenye diski</translation>
    </message>
    <message>
        <location filename="extracted.py" line="249"/>
        <source>the output folder does not exist</source>
        <translation>folda ya kutolea haipo</translation>
    </message>
    <message>
        <location filename="extracted.py" line="250"/>
        <source>no registry URL: give --url or set registry_url</source>
        <translation>hakuna URL ya daftari kuu: toa --url au weka registry_url</translation>
    </message>
    <message>
        <location filename="extracted.py" line="251"/>
        <source>the sealed file of batch {batch_sequence} is missing from the outbox; restore it from a backup or an exported copy</source>
        <translation>faili lililofungwa la kifurushi {batch_sequence} halipo kwenye sanduku la kutuma; lirejeshe kutoka nakala ya akiba au nakala iliyohamishwa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="252"/>
        <source>acknowledgement: {exc}</source>
        <translation>uthibitisho wa kupokelewa: {exc}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="253"/>
        <source>sync stopped: {exc}</source>
        <translation>usawazishaji umesimama: {exc}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="254"/>
        <source>cannot write the batch file: {exc_strerror}</source>
        <translation>haiwezekani kuandika faili la kifurushi: {exc_strerror}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="255"/>
        <source>cannot write to the output folder: {exc_strerror}</source>
        <translation>haiwezekani kuandika kwenye folda ya kutolea: {exc_strerror}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="256"/>
        <source>trust bundle: its private-key mark does not match its content</source>
        <translation>kifurushi cha uaminifu: alama yake ya ufunguo binafsi hailingani na maudhui yake</translation>
    </message>
    <message>
        <location filename="extracted.py" line="257"/>
        <source>the trust bundle certifies another key than this station&apos;s</source>
        <translation>kifurushi cha uaminifu kinathibitisha ufunguo mwingine, si wa kituo hiki</translation>
    </message>
    <message>
        <location filename="extracted.py" line="258"/>
        <source>the trust bundle lacks the registry&apos;s encryption key</source>
        <translation>kifurushi cha uaminifu hakina ufunguo wa usimbaji wa daftari kuu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="259"/>
        <source>this station has joined a registry already</source>
        <translation>kituo hiki kimekwisha jiunga na daftari kuu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="260"/>
        <source>the folder for the join request does not exist</source>
        <translation>folda ya ombi la kujiunga haipo</translation>
    </message>
    <message>
        <location filename="extracted.py" line="261"/>
        <source>this station has joined another registry already</source>
        <translation>kituo hiki kimekwisha jiunga na daftari kuu jingine</translation>
    </message>
    <message>
        <location filename="extracted.py" line="262"/>
        <source>trust bundle: it holds no service certificate of its registry valid today</source>
        <translation>kifurushi cha uaminifu: hakina cheti cha huduma cha daftari kuu lake kilicho halali leo</translation>
    </message>
    <message>
        <location filename="extracted.py" line="263"/>
        <source>the trust bundle is for another station</source>
        <translation>kifurushi cha uaminifu ni cha kituo kingine</translation>
    </message>
    <message>
        <location filename="extracted.py" line="264"/>
        <source>trust bundle: {exc}</source>
        <translation>kifurushi cha uaminifu: {exc}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="265"/>
        <source>trust bundle: the station key in it is malformed</source>
        <translation>kifurushi cha uaminifu: ufunguo wa kituo ulio ndani yake umekosewa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="266"/>
        <source>cannot write the join request: {exc_strerror}</source>
        <translation>haiwezekani kuandika ombi la kujiunga: {exc_strerror}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="267"/>
        <source>this file is not a trust bundle of a registry</source>
        <translation>faili hili si kifurushi cha uaminifu cha daftari kuu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="268"/>
        <source>trust bundle: a service certificate is not signed by its root</source>
        <translation>kifurushi cha uaminifu: cheti cha huduma hakijatiwa saini na mzizi wake</translation>
    </message>
    <message>
        <location filename="extracted.py" line="269"/>
        <source>trust bundle: a certificate is not signed by its root</source>
        <translation>kifurushi cha uaminifu: cheti hakijatiwa saini na mzizi wake</translation>
    </message>
    <message>
        <location filename="extracted.py" line="270"/>
        <source>the store is on a read-only disk: nothing can be saved; remount it writable or move the station home to a writable disk</source>
        <translation>hifadhi iko kwenye diski ya kusoma tu: hakuna kinachoweza kuhifadhiwa; iweke iweze kuandikwa au hamishia folda ya kituo kwenye diski inayoandikika</translation>
    </message>
    <message>
        <location filename="extracted.py" line="271"/>
        <source>the store cannot be used ({first_words})</source>
        <translation>hifadhi haiwezi kutumika ({first_words})</translation>
    </message>
    <message>
        <location filename="extracted.py" line="272"/>
        <source>the database refused the change: {type}</source>
        <translation>hifadhidata imekataa mabadiliko: {type}</translation>
    </message>
    <message>
        <location filename="extracted.py" line="273"/>
        <source>the store is on a read-only disk: nothing was saved</source>
        <translation>hifadhi iko kwenye diski ya kusoma tu: hakuna kilichohifadhiwa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="274"/>
        <source>the store file cannot be opened (missing folder or permissions)</source>
        <translation>faili la hifadhi haliwezi kufunguliwa (folda haipo au ruhusa)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="275"/>
        <source>the store is busy in another program; retry</source>
        <translation>hifadhi inatumiwa na programu nyingine; jaribu tena</translation>
    </message>
    <message>
        <location filename="extracted.py" line="276"/>
        <source>no enrolment with this registration number</source>
        <translation>hakuna usajili wenye namba hii ya usajili</translation>
    </message>
    <message>
        <location filename="extracted.py" line="277"/>
        <source>this registration number is already used</source>
        <translation>namba hii ya usajili tayari inatumika</translation>
    </message>
    <message>
        <location filename="extracted.py" line="278"/>
        <source>no card with this number</source>
        <translation>hakuna kitambulisho chenye namba hii</translation>
    </message>
    <message>
        <location filename="extracted.py" line="279"/>
        <source>no duplicate case with this number</source>
        <translation>hakuna shauri la marudio lenye namba hii</translation>
    </message>
    <message>
        <location filename="extracted.py" line="280"/>
        <source>an operator with this user name exists already</source>
        <translation>mtumiaji mwenye jina hili tayari yupo</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="66"/>
        <source>the computer ran out of memory; close other programs and retry</source>
        <translation>kompyuta imeishiwa kumbukumbu; funga programu nyingine na ujaribu tena</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="69"/>
        <source>a file or device could not be used ({cause})</source>
        <translation>faili au kifaa hakikuweza kutumika ({cause})</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="72"/>
        <source>unexpected problem ({cause}); nothing was saved, please retry</source>
        <translation>tatizo lisilotarajiwa ({cause}); hakuna kilichohifadhiwa, tafadhali jaribu tena</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="extracted.py" line="387"/>
        <source>given_name</source>
        <translation>jina la kwanza</translation>
    </message>
    <message>
        <location filename="extracted.py" line="388"/>
        <source>family_name</source>
        <translation>jina la ukoo</translation>
    </message>
    <message>
        <location filename="extracted.py" line="389"/>
        <source>other_names</source>
        <translation>majina mengine</translation>
    </message>
    <message>
        <location filename="extracted.py" line="390"/>
        <source>given_name_latin</source>
        <translation>jina la kwanza kwa herufi za Kilatini</translation>
    </message>
    <message>
        <location filename="extracted.py" line="391"/>
        <source>family_name_latin</source>
        <translation>jina la ukoo kwa herufi za Kilatini</translation>
    </message>
    <message>
        <location filename="extracted.py" line="392"/>
        <source>other_names_latin</source>
        <translation>majina mengine kwa herufi za Kilatini</translation>
    </message>
    <message>
        <location filename="extracted.py" line="393"/>
        <source>sex</source>
        <translation>jinsia</translation>
    </message>
    <message>
        <location filename="extracted.py" line="394"/>
        <source>birth_date</source>
        <translation>tarehe ya kuzaliwa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="395"/>
        <source>birth_year</source>
        <translation>mwaka wa kuzaliwa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="396"/>
        <source>nationality</source>
        <translation>uraia</translation>
    </message>
    <message>
        <location filename="extracted.py" line="397"/>
        <source>languages</source>
        <translation>lugha</translation>
    </message>
    <message>
        <location filename="extracted.py" line="398"/>
        <source>local_language</source>
        <translation>ujuzi wa lugha ya eneo</translation>
    </message>
    <message>
        <location filename="extracted.py" line="399"/>
        <source>region</source>
        <translation>mkoa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="400"/>
        <source>district</source>
        <translation>wilaya</translation>
    </message>
    <message>
        <location filename="extracted.py" line="401"/>
        <source>place</source>
        <translation>mahali</translation>
    </message>
    <message>
        <location filename="extracted.py" line="402"/>
        <source>arrival_date</source>
        <translation>tarehe ya kuwasili</translation>
    </message>
    <message>
        <location filename="extracted.py" line="403"/>
        <source>phone</source>
        <translation>simu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="404"/>
        <source>email</source>
        <translation>barua pepe</translation>
    </message>
    <message>
        <location filename="extracted.py" line="405"/>
        <source>preferred_channel</source>
        <translation>njia inayopendelewa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="406"/>
        <source>emergency_contacts</source>
        <translation>watu wa kuwasiliana wakati wa dharura</translation>
    </message>
    <message>
        <location filename="extracted.py" line="407"/>
        <source>family_contacts</source>
        <translation>mawasiliano ya familia</translation>
    </message>
    <message>
        <location filename="extracted.py" line="408"/>
        <source>dependants</source>
        <translation>wategemezi</translation>
    </message>
    <message>
        <location filename="extracted.py" line="409"/>
        <source>documents</source>
        <translation>hati</translation>
    </message>
    <message>
        <location filename="extracted.py" line="410"/>
        <source>vulnerabilities</source>
        <translation>hali hatarishi</translation>
    </message>
    <message>
        <location filename="extracted.py" line="411"/>
        <source>needs</source>
        <translation>mahitaji</translation>
    </message>
    <message>
        <location filename="extracted.py" line="412"/>
        <source>notes</source>
        <translation>maelezo</translation>
    </message>
    <message>
        <location filename="extracted.py" line="413"/>
        <source>consent_purposes</source>
        <translation>madhumuni ya ridhaa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="414"/>
        <source>consent_language</source>
        <translation>lugha ya ridhaa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="415"/>
        <source>consent_text_version</source>
        <translation>toleo la maandishi ya ridhaa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="416"/>
        <source>purpose</source>
        <translation>madhumuni</translation>
    </message>
    <message>
        <location filename="extracted.py" line="417"/>
        <source>reason</source>
        <translation>sababu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="418"/>
        <source>username</source>
        <translation>jina la mtumiaji</translation>
    </message>
    <message>
        <location filename="extracted.py" line="419"/>
        <source>same_as</source>
        <translation>mtu yule yule kama</translation>
    </message>
    <message>
        <location filename="extracted.py" line="420"/>
        <source>consent</source>
        <translation>ridhaa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="421"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location filename="extracted.py" line="422"/>
        <source>rounding</source>
        <translation>ukadiriaji</translation>
    </message>
    <message>
        <location filename="extracted.py" line="423"/>
        <source>by</source>
        <translation>upangaji</translation>
    </message>
    <message>
        <location filename="extracted.py" line="424"/>
        <source>tpm</source>
        <translation>chipu ya usalama</translation>
    </message>
    <message>
        <location filename="extracted.py" line="425"/>
        <source>photo</source>
        <translation>picha</translation>
    </message>
    <message>
        <location filename="extracted.py" line="426"/>
        <source>card_number</source>
        <translation>namba ya kitambulisho</translation>
    </message>
    <message>
        <location filename="extracted.py" line="427"/>
        <source>registry_home</source>
        <translation>folda ya daftari kuu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="428"/>
        <source>passphrase</source>
        <translation>kaulisiri</translation>
    </message>
    <message>
        <location filename="extracted.py" line="429"/>
        <source>registry_user</source>
        <translation>akaunti ya daftari kuu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="430"/>
        <source>registry_password</source>
        <translation>nenosiri la daftari kuu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="431"/>
        <source>consent_text</source>
        <translation>maandishi ya ridhaa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="432"/>
        <source>STATION_SCRYPT_N</source>
        <translation>STATION_SCRYPT_N</translation>
    </message>
    <message>
        <location filename="extracted.py" line="433"/>
        <source>site</source>
        <translation>eneo</translation>
    </message>
    <message>
        <location filename="extracted.py" line="434"/>
        <source>db</source>
        <translation>hifadhidata</translation>
    </message>
    <message>
        <location filename="extracted.py" line="435"/>
        <source>form</source>
        <translation>fomu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="436"/>
        <source>card_holder_mark</source>
        <translation>alama ya mwenye kitambulisho</translation>
    </message>
    <message>
        <location filename="extracted.py" line="437"/>
        <source>collected_fields</source>
        <translation>sehemu zinazokusanywa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="438"/>
        <source>card_validity_days</source>
        <translation>muda wa kitambulisho (siku)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="439"/>
        <source>match_threshold</source>
        <translation>kiwango cha kufanana</translation>
    </message>
    <message>
        <location filename="extracted.py" line="440"/>
        <source>idle_lock_minutes</source>
        <translation>kufunga baada ya kutotumika (dakika)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="441"/>
        <source>lockout_attempts</source>
        <translation>majaribio kabla ya kufunga</translation>
    </message>
    <message>
        <location filename="extracted.py" line="442"/>
        <source>lockout_minutes</source>
        <translation>muda wa kufungwa (dakika)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="443"/>
        <source>registry_url</source>
        <translation>anwani ya daftari kuu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="444"/>
        <source>copies</source>
        <translation>nakala</translation>
    </message>
    <message>
        <location filename="extracted.py" line="445"/>
        <source>layout</source>
        <translation>muundo wa uchapishaji</translation>
    </message>
    <message>
        <location filename="extracted.py" line="446"/>
        <source>numbers</source>
        <translation>namba</translation>
    </message>
    <message>
        <location filename="extracted.py" line="447"/>
        <source>registration_number</source>
        <translation>namba ya usajili</translation>
    </message>
    <message>
        <location filename="extracted.py" line="448"/>
        <source>out</source>
        <translation>folda ya kutolea</translation>
    </message>
    <message>
        <location filename="extracted.py" line="449"/>
        <source>days</source>
        <translation>siku</translation>
    </message>
    <message>
        <location filename="extracted.py" line="450"/>
        <source>disclosure</source>
        <translation>utoaji wa takwimu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="451"/>
        <source>retention</source>
        <translation>uhifadhi</translation>
    </message>
    <message>
        <location filename="extracted.py" line="452"/>
        <source>trust</source>
        <translation>uaminifu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="453"/>
        <source>url</source>
        <translation>anwani</translation>
    </message>
    <message>
        <location filename="extracted.py" line="454"/>
        <source>file</source>
        <translation>faili</translation>
    </message>
    <message>
        <location filename="../language.py" line="527"/>
        <source>emergency contact</source>
        <translation>mtu wa kuwasiliana wakati wa dharura</translation>
    </message>
    <message>
        <location filename="../language.py" line="528"/>
        <source>family contact</source>
        <translation>mtu wa familia wa kuwasiliana</translation>
    </message>
    <message>
        <location filename="../language.py" line="529"/>
        <source>dependant</source>
        <translation>mtegemezi</translation>
    </message>
    <message>
        <location filename="../language.py" line="530"/>
        <source>identity document</source>
        <translation>hati ya utambulisho</translation>
    </message>
    <message>
        <location filename="../language.py" line="534"/>
        <source>name</source>
        <translation>jina</translation>
    </message>
    <message>
        <location filename="../language.py" line="535"/>
        <source>relationship</source>
        <translation>uhusiano</translation>
    </message>
    <message>
        <location filename="../language.py" line="536"/>
        <source>kind</source>
        <translation>aina</translation>
    </message>
    <message>
        <location filename="../language.py" line="537"/>
        <source>number</source>
        <translation>namba</translation>
    </message>
    <message>
        <location filename="../language.py" line="538"/>
        <source>issuing country</source>
        <translation>nchi iliyotoa</translation>
    </message>
    <message>
        <location filename="../language.py" line="539"/>
        <source>expiry date</source>
        <translation>tarehe ya kuisha muda</translation>
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
        <translation>Mwanamke</translation>
    </message>
    <message>
        <location filename="extracted.py" line="11"/>
        <source>Male</source>
        <translation>Mwanamume</translation>
    </message>
    <message>
        <location filename="extracted.py" line="12"/>
        <source>Not stated</source>
        <translation>Haijaelezwa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="13"/>
        <source>Registration</source>
        <translation>Usajili</translation>
    </message>
    <message>
        <location filename="extracted.py" line="14"/>
        <source>Photo and face template</source>
        <translation>Picha na kiolezo cha uso</translation>
    </message>
    <message>
        <location filename="extracted.py" line="15"/>
        <source>Identity card</source>
        <translation>Kitambulisho</translation>
    </message>
    <message>
        <location filename="extracted.py" line="16"/>
        <source>Contact in an emergency</source>
        <translation>Mawasiliano wakati wa dharura</translation>
    </message>
    <message>
        <location filename="extracted.py" line="17"/>
        <source>Sharing with partner agencies</source>
        <translation>Kushirikishwa na mashirika washirika</translation>
    </message>
    <message>
        <location filename="extracted.py" line="18"/>
        <source>Text message (SMS)</source>
        <translation>Ujumbe mfupi (SMS)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="19"/>
        <source>Phone call</source>
        <translation>Kupigiwa simu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="20"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="extracted.py" line="21"/>
        <source>Email</source>
        <translation>Barua pepe</translation>
    </message>
    <message>
        <location filename="extracted.py" line="22"/>
        <source>Radio</source>
        <translation>Redio</translation>
    </message>
    <message>
        <location filename="extracted.py" line="23"/>
        <source>In person</source>
        <translation>Ana kwa ana</translation>
    </message>
    <message>
        <location filename="extracted.py" line="24"/>
        <source>None</source>
        <translation>Hakuna</translation>
    </message>
    <message>
        <location filename="extracted.py" line="25"/>
        <source>Basic</source>
        <translation>Ya msingi</translation>
    </message>
    <message>
        <location filename="extracted.py" line="26"/>
        <source>Good</source>
        <translation>Nzuri</translation>
    </message>
    <message>
        <location filename="extracted.py" line="27"/>
        <source>Fluent</source>
        <translation>Fasaha</translation>
    </message>
    <message>
        <location filename="extracted.py" line="28"/>
        <source>Has no documents</source>
        <translation>Hana hati</translation>
    </message>
    <message>
        <location filename="extracted.py" line="29"/>
        <source>No health cover</source>
        <translation>Hana bima ya afya</translation>
    </message>
    <message>
        <location filename="extracted.py" line="30"/>
        <source>Lives in a risky place</source>
        <translation>Anaishi mahali pa hatari</translation>
    </message>
    <message>
        <location filename="extracted.py" line="31"/>
        <source>Works in a risky place</source>
        <translation>Anafanya kazi mahali pa hatari</translation>
    </message>
    <message>
        <location filename="extracted.py" line="32"/>
        <source>Disability</source>
        <translation>Ulemavu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="33"/>
        <source>Serious medical condition</source>
        <translation>Ugonjwa mkubwa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="34"/>
        <source>Pregnant or breastfeeding</source>
        <translation>Mjamzito au anayenyonyesha</translation>
    </message>
    <message>
        <location filename="extracted.py" line="35"/>
        <source>Child without an adult</source>
        <translation>Mtoto asiye na mtu mzima</translation>
    </message>
    <message>
        <location filename="extracted.py" line="36"/>
        <source>Child separated from parents</source>
        <translation>Mtoto aliyetenganishwa na wazazi</translation>
    </message>
    <message>
        <location filename="extracted.py" line="37"/>
        <source>Caring for children alone</source>
        <translation>Analea watoto peke yake</translation>
    </message>
    <message>
        <location filename="extracted.py" line="38"/>
        <source>Survivor of violence</source>
        <translation>Manusura wa ukatili</translation>
    </message>
    <message>
        <location filename="extracted.py" line="39"/>
        <source>Shelter</source>
        <translation>Makazi</translation>
    </message>
    <message>
        <location filename="extracted.py" line="40"/>
        <source>Food</source>
        <translation>Chakula</translation>
    </message>
    <message>
        <location filename="extracted.py" line="41"/>
        <source>Water</source>
        <translation>Maji</translation>
    </message>
    <message>
        <location filename="extracted.py" line="42"/>
        <source>Medical care</source>
        <translation>Matibabu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="43"/>
        <source>Psychological support</source>
        <translation>Msaada wa kisaikolojia</translation>
    </message>
    <message>
        <location filename="extracted.py" line="44"/>
        <source>Legal help</source>
        <translation>Msaada wa kisheria</translation>
    </message>
    <message>
        <location filename="extracted.py" line="45"/>
        <source>Interpreter</source>
        <translation>Mkalimani</translation>
    </message>
    <message>
        <location filename="extracted.py" line="46"/>
        <source>Documents</source>
        <translation>Hati</translation>
    </message>
    <message>
        <location filename="extracted.py" line="47"/>
        <source>Finding family</source>
        <translation>Kutafuta familia</translation>
    </message>
    <message>
        <location filename="extracted.py" line="48"/>
        <source>Child protection</source>
        <translation>Ulinzi wa mtoto</translation>
    </message>
    <message>
        <location filename="extracted.py" line="49"/>
        <source>Registered</source>
        <translation>Amesajiliwa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="50"/>
        <source>Held for duplicate review</source>
        <translation>Inasubiri ukaguzi wa marudio</translation>
    </message>
    <message>
        <location filename="extracted.py" line="51"/>
        <source>Cancelled (same person as another record)</source>
        <translation>Imefutwa (mtu yule yule wa rekodi nyingine)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="52"/>
        <source>Erased</source>
        <translation>Imefutwa kabisa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="53"/>
        <source>Registration officer</source>
        <translation>Afisa usajili</translation>
    </message>
    <message>
        <location filename="extracted.py" line="54"/>
        <source>Supervisor</source>
        <translation>Msimamizi</translation>
    </message>
    <message>
        <location filename="extracted.py" line="55"/>
        <source>Central staff</source>
        <translation>Watumishi wa makao makuu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="56"/>
        <source>Administrator</source>
        <translation>Msimamizi wa mfumo</translation>
    </message>
    <message>
        <location filename="extracted.py" line="57"/>
        <source>Valid</source>
        <translation>Halali</translation>
    </message>
    <message>
        <location filename="extracted.py" line="58"/>
        <source>Revoked</source>
        <translation>Imebatilishwa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="59"/>
        <source>Replaced</source>
        <translation>Imebadilishwa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="60"/>
        <source>Waiting for a decision</source>
        <translation>Inasubiri uamuzi</translation>
    </message>
    <message>
        <location filename="extracted.py" line="61"/>
        <source>Waiting for information</source>
        <translation>Inasubiri taarifa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="62"/>
        <source>Decided</source>
        <translation>Imeamuliwa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="63"/>
        <source>Same person</source>
        <translation>Mtu yule yule</translation>
    </message>
    <message>
        <location filename="extracted.py" line="64"/>
        <source>Different people</source>
        <translation>Watu tofauti</translation>
    </message>
    <message>
        <location filename="extracted.py" line="65"/>
        <source>More information needed</source>
        <translation>Taarifa zaidi zinahitajika</translation>
    </message>
    <message>
        <location filename="extracted.py" line="66"/>
        <source>No way to reach them</source>
        <translation>Hakuna njia ya kumpata</translation>
    </message>
    <message>
        <location filename="extracted.py" line="67"/>
        <source>Stateless</source>
        <translation>Hana uraia</translation>
    </message>
    <message>
        <location filename="extracted.py" line="68"/>
        <source>Refugee (1951 convention)</source>
        <translation>Mkimbizi (mkataba wa 1951)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="69"/>
        <source>Refugee (other)</source>
        <translation>Mkimbizi (mwingine)</translation>
    </message>
    <message>
        <location filename="extracted.py" line="70"/>
        <source>Unknown</source>
        <translation>Haijulikani</translation>
    </message>
    <message>
        <location filename="extracted.py" line="71"/>
        <source>Jan</source>
        <comment>month</comment>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="extracted.py" line="72"/>
        <source>Feb</source>
        <comment>month</comment>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="extracted.py" line="73"/>
        <source>Mar</source>
        <comment>month</comment>
        <translation>Mac</translation>
    </message>
    <message>
        <location filename="extracted.py" line="74"/>
        <source>Apr</source>
        <comment>month</comment>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="extracted.py" line="75"/>
        <source>May</source>
        <comment>month</comment>
        <translation>Mei</translation>
    </message>
    <message>
        <location filename="extracted.py" line="76"/>
        <source>Jun</source>
        <comment>month</comment>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="extracted.py" line="77"/>
        <source>Jul</source>
        <comment>month</comment>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="extracted.py" line="78"/>
        <source>Aug</source>
        <comment>month</comment>
        <translation>Ago</translation>
    </message>
    <message>
        <location filename="extracted.py" line="79"/>
        <source>Sep</source>
        <comment>month</comment>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="extracted.py" line="80"/>
        <source>Oct</source>
        <comment>month</comment>
        <translation>Okt</translation>
    </message>
    <message>
        <location filename="extracted.py" line="81"/>
        <source>Nov</source>
        <comment>month</comment>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="extracted.py" line="82"/>
        <source>Dec</source>
        <comment>month</comment>
        <translation>Des</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <location filename="extracted.py" line="286"/>
        <source>Swahili (individual language)</source>
        <translation>Kiswahili</translation>
    </message>
    <message>
        <location filename="extracted.py" line="287"/>
        <source>Congo Swahili</source>
        <translation>Kiswahili cha Kongo</translation>
    </message>
</context>
<context>
    <name>photo checks</name>
    <message>
        <location filename="extracted.py" line="291"/>
        <source>one face</source>
        <translation>uso mmoja</translation>
    </message>
    <message>
        <location filename="extracted.py" line="292"/>
        <source>face in frame</source>
        <translation>uso ndani ya picha</translation>
    </message>
    <message>
        <location filename="extracted.py" line="293"/>
        <source>background</source>
        <translation>mandharinyuma</translation>
    </message>
    <message>
        <location filename="extracted.py" line="294"/>
        <source>head yaw</source>
        <translation>kugeuka kwa kichwa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="295"/>
        <source>head pitch</source>
        <translation>kuinama kwa kichwa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="296"/>
        <source>head roll</source>
        <translation>kulala kwa kichwa upande</translation>
    </message>
    <message>
        <location filename="extracted.py" line="297"/>
        <source>exposure</source>
        <translation>mwanga</translation>
    </message>
    <message>
        <location filename="extracted.py" line="298"/>
        <source>contrast</source>
        <translation>utofautishaji</translation>
    </message>
    <message>
        <location filename="extracted.py" line="299"/>
        <source>lighting uniformity</source>
        <translation>mwanga sawa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="300"/>
        <source>sharpness</source>
        <translation>uwazi</translation>
    </message>
    <message>
        <location filename="extracted.py" line="301"/>
        <source>centring</source>
        <translation>kukaa katikati</translation>
    </message>
    <message>
        <location filename="extracted.py" line="302"/>
        <source>face size</source>
        <translation>ukubwa wa uso</translation>
    </message>
    <message>
        <location filename="extracted.py" line="303"/>
        <source>eye distance</source>
        <translation>umbali kati ya macho</translation>
    </message>
    <message>
        <location filename="extracted.py" line="304"/>
        <source>eyes open</source>
        <translation>macho wazi</translation>
    </message>
    <message>
        <location filename="extracted.py" line="305"/>
        <source>mouth closed</source>
        <translation>mdomo umefungwa</translation>
    </message>
    <message>
        <location filename="extracted.py" line="306"/>
        <source>left</source>
        <translation>kushoto</translation>
    </message>
    <message>
        <location filename="extracted.py" line="307"/>
        <source>right</source>
        <translation>kulia</translation>
    </message>
    <message>
        <location filename="extracted.py" line="308"/>
        <source>top</source>
        <translation>juu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="309"/>
        <source>bottom</source>
        <translation>chini</translation>
    </message>
    <message>
        <location filename="extracted.py" line="310"/>
        <source>up</source>
        <translation>juu</translation>
    </message>
    <message>
        <location filename="extracted.py" line="311"/>
        <source>down</source>
        <translation>chini</translation>
    </message>
    <message>
        <location filename="extracted.py" line="312"/>
        <source>to their left</source>
        <translation>kushoto kwake</translation>
    </message>
    <message>
        <location filename="extracted.py" line="313"/>
        <source>to their right</source>
        <translation>kulia kwake</translation>
    </message>
    <message>
        <location filename="extracted.py" line="314"/>
        <source>The background is busy or uneven: stand in front of a plain, light wall.</source>
        <translation>Mandharinyuma yana vitu vingi au si sawa: simama mbele ya ukuta mweupe usio na kitu.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="315"/>
        <source>{count} faces are visible: only the person being registered may be in the photo.</source>
        <translation>Nyuso {count} zinaonekana: mtu anayesajiliwa pekee ndiye awe kwenye picha.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="316"/>
        <source>The face is cut off at the {and___join} edge: the whole face must be in the photo.</source>
        <translation>Uso umekatika upande wa {and___join}: uso wote lazima uwe ndani ya picha.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="317"/>
        <source>Exactly one face is visible.</source>
        <translation>Uso mmoja tu unaonekana.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="318"/>
        <source>No face found: face the camera in good light.</source>
        <translation>Hakuna uso uliopatikana: angalia kamera mahali penye mwanga mzuri.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="319"/>
        <source>The whole face is inside the photo.</source>
        <translation>Uso wote uko ndani ya picha.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="320"/>
        <source>The head faces the camera.</source>
        <translation>Kichwa kinaelekea kamera.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="321"/>
        <source>The head is turned {turn} ({abs}°): look straight into the camera.</source>
        <translation>Kichwa kimegeuka {turn} ({abs}°): angalia kamera moja kwa moja.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="322"/>
        <source>The head is level.</source>
        <translation>Kichwa kiko sawa.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="323"/>
        <source>The head is tilted {down__if_pitch___0_else__up} ({abs}°): keep the chin level.</source>
        <translation>Kichwa kimeinama {down__if_pitch___0_else__up} ({abs}°): weka kidevu sawa.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="324"/>
        <source>The head is upright.</source>
        <translation>Kichwa kimesimama wima.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="325"/>
        <source>The head leans to one side ({abs}°): hold the head straight.</source>
        <translation>Kichwa kimelala upande mmoja ({abs}°): nyoosha kichwa.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="326"/>
        <source>Too dark: add light in front of the face.</source>
        <translation>Giza mno: ongeza mwanga mbele ya uso.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="327"/>
        <source>The face shows enough contrast.</source>
        <translation>Uso una utofautishaji wa kutosha.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="328"/>
        <source>The face looks flat and washed out: use even, brighter light on the face.</source>
        <translation>Uso unaonekana umefifia: tumia mwanga sawa na wenye nguvu zaidi usoni.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="329"/>
        <source>The face is evenly lit.</source>
        <translation>Uso una mwanga sawa.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="330"/>
        <source>One side of the face is in shadow (darker on the {darker} of the photo): light the face evenly from the front.</source>
        <translation>Upande mmoja wa uso uko kivulini (giza zaidi upande wa {darker} wa picha): mulika uso sawasawa kutoka mbele.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="331"/>
        <source>The photo is sharp.</source>
        <translation>Picha iko wazi.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="332"/>
        <source>The photo is blurred: hold still, keep the camera steady and in focus.</source>
        <translation>Picha imefifia: tulia, shikilia kamera bila kutikisika na iwe imelenga vizuri.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="333"/>
        <source>The face is off-centre (towards the {way} of the photo): centre the face.</source>
        <translation>Uso haujakaa katikati (umeelekea {way} ya picha): weka uso katikati.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="334"/>
        <source>The face is large enough.</source>
        <translation>Uso ni mkubwa wa kutosha.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="335"/>
        <source>The face is too small: move closer to the camera or use a higher resolution.</source>
        <translation>Uso ni mdogo mno: sogea karibu na kamera au tumia ubora wa juu zaidi.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="336"/>
        <source>The eyes are far enough apart in pixels.</source>
        <translation>Macho yako mbali vya kutosha kwa pikseli.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="337"/>
        <source>The face is too small (eyes too close together in pixels): move closer.</source>
        <translation>Uso ni mdogo mno (macho yako karibu mno kwa pikseli): sogea karibu.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="338"/>
        <source>The eyes are open.</source>
        <translation>Macho yako wazi.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="339"/>
        <source>The eyes look closed: keep the eyes open and look ahead.</source>
        <translation>Macho yanaonekana yamefungwa: fumbua macho na uangalie mbele.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="340"/>
        <source>The mouth is closed.</source>
        <translation>Mdomo umefungwa.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="341"/>
        <source>The mouth is open: close the mouth, neutral expression.</source>
        <translation>Mdomo uko wazi: funga mdomo, uso wa kawaida.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="342"/>
        <source>Too little background is visible to judge it.</source>
        <translation>Mandharinyuma yanaonekana kidogo mno kuyapima.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="343"/>
        <source>The background is plain.</source>
        <translation>Mandharinyuma ni safi.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="344"/>
        <source>The background is busy; the card portrait gets a plain background instead.</source>
        <translation>Mandharinyuma yana vitu vingi; picha ya kitambulisho inapewa mandharinyuma safi badala yake.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="345"/>
        <source>The background is busy, and it cannot be replaced while the photo ends too close to the head: retake the photo with space around the head, or in front of a plain wall.</source>
        <translation>Mandharinyuma yana vitu vingi, na hayawezi kubadilishwa kwa sababu picha inaishia karibu mno na kichwa: piga picha tena ukiacha nafasi kuzunguka kichwa, au mbele ya ukuta usio na kitu.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="346"/>
        <source>{len} faces found; the largest one was assessed.</source>
        <translation>Nyuso {len} zimepatikana; uso mkubwa zaidi ndio umepimwa.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="347"/>
        <source>The face was found only with a relaxed detector: check the photo.</source>
        <translation>Uso umepatikana tu kwa kigunduzi kilicholegezwa: kagua picha.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="348"/>
        <source>The background was replaced by a plain one on the card portrait: check that the hair and shoulders look right.</source>
        <translation>Mandharinyuma yamebadilishwa kwa safi kwenye picha ya kitambulisho: hakikisha nywele na mabega yanaonekana sawa.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="349"/>
        <source>Too bright: reduce the light or move out of direct sun.</source>
        <translation>Mwanga mkali mno: punguza mwanga au ondoka kwenye jua kali.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="350"/>
        <source>The face is well exposed.</source>
        <translation>Uso una mwanga mzuri.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="351"/>
        <source>The head is too close to the edge: leave space above the head and around the face.</source>
        <translation>Kichwa kiko karibu mno na ukingo: acha nafasi juu ya kichwa na kuzunguka uso.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="352"/>
        <source>The face is centred; the photo did not fill the portrait frame, so the rest was filled with the plain background.</source>
        <translation>Uso uko katikati; picha haikujaza fremu ya picha ya kitambulisho, kwa hiyo sehemu iliyobaki imejazwa mandharinyuma safi.</translation>
    </message>
    <message>
        <location filename="extracted.py" line="353"/>
        <source>The face is centred with room around it.</source>
        <translation>Uso uko katikati na una nafasi kuuzunguka.</translation>
    </message>
</context>
</TS>
