<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- The printed pages' words (directory, health report, kit list), read by civicdesk/reports/words.py. -->
<TS version="2.1" language="cy" sourcelanguage="en">
    <context>
        <name>Print</name>
        <message>
            <source> (set by hand)</source>
            <translation> (wedi’i gosod â llaw)</translation>
        </message>
        <message>
            <source>%1 (continued)</source>
            <translation>%1 (parhad)</translation>
        </message>
        <message>
            <source>%1 days overdue</source>
            <translation>%1 diwrnod yn hwyr</translation>
        </message>
        <message>
            <source>%1 of 5</source>
            <translation>%1 o 5</translation>
        </message>
        <message>
            <source>%1 · last updated %2</source>
            <translation>%1 · diweddarwyd ddiwethaf: %2</translation>
        </message>
        <message>
            <source>%1 — health report, %2</source>
            <translation>%1 — adroddiad iechyd, %2</translation>
        </message>
        <message>
            <source>, by %1</source>
            <translation>, gan %1</translation>
        </message>
        <message>
            <source>a few times a year</source>
            <translation>ychydig o weithiau’r flwyddyn</translation>
        </message>
        <message>
            <source>Accessible toilet</source>
            <translation>Toiled hygyrch</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Ateb</translation>
        </message>
        <message>
            <source>appreciated</source>
            <translation>yn cael ei werthfawrogi</translation>
        </message>
        <message>
            <source>Asset of Community Value</source>
            <translation>Ased o werth cymunedol</translation>
        </message>
        <message>
            <source>Associations</source>
            <translation>Cymdeithasau</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation>mewn perygl</translation>
        </message>
        <message>
            <source>Baby change</source>
            <translation>Cyfleusterau newid babanod</translation>
        </message>
        <message>
            <source>breaking even</source>
            <translation>yn adennill costau</translation>
        </message>
        <message>
            <source>by arrangement</source>
            <translation>drwy drefniant</translation>
        </message>
        <message>
            <source>Charity</source>
            <translation>Elusen</translation>
        </message>
        <message>
            <source>Checked on %1%2. Score %3 out of 100: %4.</source>
            <translation>Gwiriwyd ar %1%2. Sgôr %3 allan o 100: %4.</translation>
        </message>
        <message>
            <source>Civic</source>
            <translation>Dinesig</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>ar gau</translation>
        </message>
        <message>
            <source>Clubs and association halls</source>
            <translation>Clybiau a neuaddau cymdeithasau</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Cymunedol</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Cyflwr</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Cynnwys</translation>
        </message>
        <message>
            <source>crumbling</source>
            <translation>yn dadfeilio</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>yn ddyddiol</translation>
        </message>
        <message>
            <source>declining</source>
            <translation>yn dirywio</translation>
        </message>
        <message>
            <source>Digital</source>
            <translation>Digidol</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>I’w ddychwelyd erbyn</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>Yn ddyledus cyn hir</translation>
        </message>
        <message>
            <source>dying</source>
            <translation>yn marw</translation>
        </message>
        <message>
            <source>Elsewhere</source>
            <translation>Mannau eraill</translation>
        </message>
        <message>
            <source>fair</source>
            <translation>gweddol</translation>
        </message>
        <message>
            <source>Faith</source>
            <translation>Ffydd</translation>
        </message>
        <message>
            <source>for sale/closure threatened</source>
            <translation>ar werth / dan fygythiad cau</translation>
        </message>
        <message>
            <source>Fortnightly</source>
            <translation>bob pythefnos</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Gwe</translation>
        </message>
        <message>
            <source>Fridays</source>
            <translation>dyddiau Gwener</translation>
        </message>
        <message>
            <source>good</source>
            <translation>da</translation>
        </message>
        <message>
            <source>growing</source>
            <translation>yn tyfu</translation>
        </message>
        <message>
            <source>Halls, libraries and community centres</source>
            <translation>Neuaddau, llyfrgelloedd a chanolfannau cymunedol</translation>
        </message>
        <message>
            <source>Health checks</source>
            <translation>Gwiriadau iechyd</translation>
        </message>
        <message>
            <source>Health report: %1</source>
            <translation>Adroddiad iechyd: %1</translation>
        </message>
        <message>
            <source>healthy</source>
            <translation>iach</translation>
        </message>
        <message>
            <source>Hearing loop</source>
            <translation>Dolen sain</translation>
        </message>
        <message>
            <source>How do local people feel about it?</source>
            <translation>Beth yw barn pobl leol amdano?</translation>
        </message>
        <message>
            <source>How does it stand financially?</source>
            <translation>Sut mae’n sefyll yn ariannol?</translation>
        </message>
        <message>
            <source>How often is it used?</source>
            <translation>Pa mor aml mae’n cael ei ddefnyddio?</translation>
        </message>
        <message>
            <source>How secure is its ownership or lease?</source>
            <translation>Pa mor ddiogel yw ei berchnogaeth neu ei brydles?</translation>
        </message>
        <message>
            <source>In date</source>
            <translation>Mewn pryd</translation>
        </message>
        <message>
            <source>In store</source>
            <translation>Yn y stordy</translation>
        </message>
        <message>
            <source>Index</source>
            <translation>Mynegai</translation>
        </message>
        <message>
            <source>Is it growing or shrinking?</source>
            <translation>Ydy e’n tyfu neu’n crebachu?</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Eitem</translation>
        </message>
        <message>
            <source>Items: %1 · printed %2 · to borrow something, ask the person or group named next to it</source>
            <translation>Eitemau: %1 · argraffwyd %2 · i gael benthyg rhywbeth, gofynnwch i’r person neu’r grŵp a enwir wrth ei ymyl</translation>
        </message>
        <message>
            <source>Kit</source>
            <translation>Cyfarpar</translation>
        </message>
        <message>
            <source>Last done</source>
            <translation>Gwnaed ddiwethaf</translation>
        </message>
        <message>
            <source>Latest health check</source>
            <translation>Y gwiriad iechyd diweddaraf</translation>
        </message>
        <message>
            <source>little noticed</source>
            <translation>prin y sylwir arno</translation>
        </message>
        <message>
            <source>Local directory</source>
            <translation>Cyfeiriadur lleol</translation>
        </message>
        <message>
            <source>Local spaces, groups and what happens where</source>
            <translation>Mannau a grwpiau lleol, a beth sy’n digwydd ble</translation>
        </message>
        <message>
            <source>Local spaces, groups and what happens where in %1</source>
            <translation>Mannau a grwpiau lleol, a beth sy’n digwydd ble: %1</translation>
        </message>
        <message>
            <source>loved</source>
            <translation>yn cael ei garu</translation>
        </message>
        <message>
            <source>Maintainer</source>
            <translation>Cynhaliwr</translation>
        </message>
        <message>
            <source>members only</source>
            <translation>aelodau’n unig</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Llun</translation>
        </message>
        <message>
            <source>Mondays</source>
            <translation>dyddiau Llun</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>bob mis</translation>
        </message>
        <message>
            <source>monthly</source>
            <translation>yn fisol</translation>
        </message>
        <message>
            <source>mostly members</source>
            <translation>aelodau gan amlaf</translation>
        </message>
        <message>
            <source>mostly open</source>
            <translation>agored gan amlaf</translation>
        </message>
        <message>
            <source>Near public transport</source>
            <translation>Ger trafnidiaeth gyhoeddus</translation>
        </message>
        <message>
            <source>new</source>
            <translation>newydd</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Yn ddyledus nesaf</translation>
        </message>
        <message>
            <source>No certificates, licences or reviews are recorded for this space.</source>
            <translation>Does dim tystysgrifau, trwyddedau nac adolygiadau wedi’u cofnodi ar gyfer y man hwn.</translation>
        </message>
        <message>
            <source>No date set</source>
            <translation>Dim dyddiad wedi’i osod</translation>
        </message>
        <message>
            <source>No places match the chosen filters.</source>
            <translation>Does dim lleoedd yn cyfateb i’r hidlwyr a ddewiswyd.</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>heb ei gofnodi</translation>
        </message>
        <message>
            <source>Notes: %1</source>
            <translation>Nodiadau: %1</translation>
        </message>
        <message>
            <source>Occasionally</source>
            <translation>o bryd i’w gilydd</translation>
        </message>
        <message>
            <source>Occasions</source>
            <translation>Achlysuron</translation>
        </message>
        <message>
            <source>On loan to</source>
            <translation>Ar fenthyg i</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Ar-lein</translation>
        </message>
        <message>
            <source>Online groups</source>
            <translation>Grwpiau ar-lein</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ar agor</translation>
        </message>
        <message>
            <source>open to all</source>
            <translation>agored i bawb</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Gweithredwr</translation>
        </message>
        <message>
            <source>Outdoors</source>
            <translation>Awyr agored</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Yn hwyr</translation>
        </message>
        <message>
            <source>Overdue by %1 days</source>
            <translation>%1 diwrnod yn hwyr</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Perchennog</translation>
        </message>
        <message>
            <source>Ownership type</source>
            <translation>Math o berchnogaeth</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>Tudalen %1</translation>
        </message>
        <message>
            <source>Parking</source>
            <translation>Parcio</translation>
        </message>
        <message>
            <source>Parks, gardens and green spaces</source>
            <translation>Parciau, gerddi a mannau gwyrdd</translation>
        </message>
        <message>
            <source>Places of worship</source>
            <translation>Addoldai</translation>
        </message>
        <message>
            <source>Places: %1 · printed %2</source>
            <translation>Lleoedd: %1 · argraffwyd %2</translation>
        </message>
        <message>
            <source>poor</source>
            <translation>gwael</translation>
        </message>
        <message>
            <source>Printed on %1</source>
            <translation>Argraffwyd ar %1</translation>
        </message>
        <message>
            <source>Private</source>
            <translation>Preifat</translation>
        </message>
        <message>
            <source>Private venues</source>
            <translation>Lleoliadau preifat</translation>
        </message>
        <message>
            <source>Public</source>
            <translation>Cyhoeddus</translation>
        </message>
        <message>
            <source>Public services and venues</source>
            <translation>Gwasanaethau a lleoliadau cyhoeddus</translation>
        </message>
        <message>
            <source>Pubs, cafés and local shops</source>
            <translation>Tafarndai, caffis a siopau lleol</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Cwestiwn</translation>
        </message>
        <message>
            <source>rarely</source>
            <translation>anaml</translation>
        </message>
        <message>
            <source>refreshed</source>
            <translation>wedi’i adnewyddu</translation>
        </message>
        <message>
            <source>Religious</source>
            <translation>Crefyddol</translation>
        </message>
        <message>
            <source>Routes</source>
            <translation>Llwybrau</translation>
        </message>
        <message>
            <source>Run by</source>
            <translation>Yn cael ei redeg gan</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sad</translation>
        </message>
        <message>
            <source>Saturdays</source>
            <translation>dyddiau Sadwrn</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Graddfa</translation>
        </message>
        <message>
            <source>Scan a square code with a phone camera to open the place's website. Groups are listed under the place where they meet; contact details of volunteers are printed only with their consent.</source>
            <translation>Sganiwch god sgwâr â chamera ffôn i agor gwefan y lle. Rhestrir grwpiau o dan y lle y maen nhw’n cyfarfod ynddo; dim ond gyda’u caniatâd y caiff manylion cyswllt gwirfoddolwyr eu hargraffu.</translation>
        </message>
        <message>
            <source>secure</source>
            <translation>diogel</translation>
        </message>
        <message>
            <source>Shared kit</source>
            <translation>Cyfarpar a rennir</translation>
        </message>
        <message>
            <source>Shared kit — %1</source>
            <translation>Cyfarpar a rennir — %1</translation>
        </message>
        <message>
            <source>someone not named</source>
            <translation>rhywun heb ei enwi</translation>
        </message>
        <message>
            <source>stable</source>
            <translation>sefydlog</translation>
        </message>
        <message>
            <source>stable from %1</source>
            <translation>sefydlog o %1</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Cyflwr</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>steady</source>
            <translation>yn gyson</translation>
        </message>
        <message>
            <source>Step-free access</source>
            <translation>Mynediad heb risiau</translation>
        </message>
        <message>
            <source>struggling</source>
            <translation>yn ei chael hi’n anodd</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Sul</translation>
        </message>
        <message>
            <source>Sundays</source>
            <translation>dyddiau Sul</translation>
        </message>
        <message>
            <source>surplus</source>
            <translation>gwarged</translation>
        </message>
        <message>
            <source>Symbols used in this directory</source>
            <translation>Symbolau yn y cyfeiriadur hwn</translation>
        </message>
        <message>
            <source>taken for granted</source>
            <translation>yn cael ei gymryd yn ganiataol</translation>
        </message>
        <message>
            <source>This space has never been checked. A check takes five minutes: answer seven questions on the space's page.</source>
            <translation>Does neb wedi gwirio’r man hwn erioed. Mae gwiriad yn cymryd pum munud: atebwch saith cwestiwn ar dudalen y man.</translation>
        </message>
        <message>
            <source>thriving</source>
            <translation>ffyniannus</translation>
        </message>
        <message>
            <source>thriving from %1</source>
            <translation>ffyniannus o %1</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Iau</translation>
        </message>
        <message>
            <source>Thursdays</source>
            <translation>dyddiau Iau</translation>
        </message>
        <message>
            <source>Traditional</source>
            <translation>Traddodiadol</translation>
        </message>
        <message>
            <source>Trend (checks: %1)</source>
            <translation>Tuedd (gwiriadau: %1)</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Maw</translation>
        </message>
        <message>
            <source>Tuesdays</source>
            <translation>dyddiau Mawrth</translation>
        </message>
        <message>
            <source>uncertain</source>
            <translation>ansicr</translation>
        </message>
        <message>
            <source>unsustainable</source>
            <translation>anghynaliadwy</translation>
        </message>
        <message>
            <source>valued</source>
            <translation>yn cael ei barchu</translation>
        </message>
        <message>
            <source>Walks and routes</source>
            <translation>Teithiau cerdded a llwybrau</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Mer</translation>
        </message>
        <message>
            <source>Wednesdays</source>
            <translation>dyddiau Mercher</translation>
        </message>
        <message>
            <source>weekly</source>
            <translation>yn wythnosol</translation>
        </message>
        <message>
            <source>What condition is the place in?</source>
            <translation>Ym mha gyflwr mae’r lle?</translation>
        </message>
        <message>
            <source>What is due</source>
            <translation>Beth sy’n ddyledus</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Ble</translation>
        </message>
        <message>
            <source>Who can use it?</source>
            <translation>Pwy all ei ddefnyddio?</translation>
        </message>
        <message>
            <source>Whom to ask</source>
            <translation>At bwy i fynd</translation>
        </message>
        <message>
            <source>Yearly</source>
            <translation>bob blwyddyn</translation>
        </message>
        <message>
            <source>Yearly occasions</source>
            <translation>Achlysuron blynyddol</translation>
        </message>
    </context>
</TS>
