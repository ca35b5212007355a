<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../civicdesk/ui/health/evidence.py" line="+53"/>
        <source>Figures for this question: {0}</source>
        <translation>Ffigurau ar gyfer y cwestiwn hwn: {0}</translation>
    </message>
</context>
<context>
    <name>AccessibilityEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/widgets.py" line="+248"/>
        <source>Problem with accessibility</source>
        <translation>Problem gyda’r hygyrchedd</translation>
    </message>
</context>
<context>
    <name>AcvEditor</name>
    <message>
        <location line="+166"/>
        <source>&amp;Nominated on:</source>
        <translation>&amp;Enwebwyd ar:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nominated as an asset of community value</source>
        <translation>Enwebwyd fel ased o werth cymunedol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Listed on:</source>
        <translation>&amp;Rhestrwyd ar:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listed as an asset of community value on</source>
        <translation>Rhestrwyd fel ased o werth cymunedol ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing e&amp;xpires:</source>
        <translation>Rhestriad yn &amp;dod i ben:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listing expires</source>
        <translation>Rhestriad yn dod i ben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;isposal notice on:</source>
        <translation>Hysbysiad g&amp;waredu ar:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner&apos;s notice of sale given on</source>
        <translation>Rhoddodd y perchennog hysbysiad gwerthu ar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem with the asset of community value dates</source>
        <translation>Problem gyda dyddiadau’r ased o werth cymunedol</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>AddressEditor</name>
    <message>
        <location line="-311"/>
        <source>for example LS7 3AB</source>
        <translation>er enghraifft LS7 3AB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address line &amp;1:</source>
        <translation>Llinell gyfeiriad &amp;1:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address line 1</source>
        <translation>Llinell gyfeiriad 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address line &amp;2:</source>
        <translation>Llinell gyfeiriad &amp;2:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address line 2</source>
        <translation>Llinell gyfeiriad 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loc&amp;ality:</source>
        <translation>&amp;Ardal:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locality</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Town:</source>
        <translation>&amp;Tref:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Town</source>
        <translation>Tref</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post&amp;code:</source>
        <translation>C&amp;od post:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem with the postcode</source>
        <translation>Problem gyda’r cod post</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../civicdesk/ui/diary/dialog.py" line="+72"/>
        <location line="+1"/>
        <source>Book a room</source>
        <translation>Archebu ystafell</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (for %1)</source>
        <translation> (i %1 o bobl)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Room:</source>
        <translation>&amp;Ystafell:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room</source>
        <translation>Ystafell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it is for, e.g. Yoga</source>
        <translation>At beth mae’r archeb, e.e. Ioga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What:</source>
        <translation>&amp;Beth:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it is for</source>
        <translation>At beth mae’r archeb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hirer:</source>
        <translation>&amp;Llogwr:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hirer</source>
        <translation>Llogwr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A one-off hirer&apos;s phone or email (optional)</source>
        <translation>Ffôn neu e-bost llogwr untro (dewisol)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontact:</source>
        <translation>&amp;Cyswllt:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One-off hirer&apos;s phone or email</source>
        <translation>Ffôn neu e-bost llogwr untro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They agreed we keep these details to arrange the booking</source>
        <translation>Maen nhw wedi cytuno ein bod yn cadw’r manylion hyn i drefnu’r archeb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hirer agreed to be contacted</source>
        <translation>Mae’r llogwr wedi cytuno i ni gysylltu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Amser dechrau:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts</source>
        <translation>Yn dechrau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends:</source>
        <translation>Amser &amp;gorffen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends</source>
        <translation>Yn gorffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source> min</source>
        <translation> munud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set-&amp;up before:</source>
        <translation>Amser &amp;paratoi cyn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set-up time before, in minutes</source>
        <translation>Amser paratoi cyn, mewn munudau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear-away after:</source>
        <translation>Amser clir&amp;io wedyn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear-away time after, in minutes</source>
        <translation>Amser clirio wedyn, mewn munudau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;peat:</source>
        <translation>Ailadr&amp;odd:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat</source>
        <translation>Ailadrodd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On a date</source>
        <translation>Ar ddyddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a number of times</source>
        <translation>Ar ôl nifer o weithiau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How the series ends</source>
        <translation>Sut mae’r gyfres yn gorffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last date</source>
        <translation>Dyddiad olaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of times</source>
        <translation>Nifer o weithiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;nds:</source>
        <translation>Yn gorffe&amp;n:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untick a date to skip it</source>
        <translation>Dad-diciwch ddyddiad i’w hepgor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates (untick to s&amp;kip):</source>
        <translation>Dyddiadau (dad-diciwch i’w &amp;hepgor):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates of the series</source>
        <translation>Dyddiadau’r gyfres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed</source>
        <translation>Wedi’i chadarnhau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provisional</source>
        <translation>Dros dro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not set</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>Cymunedol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular</source>
        <translation>Rheolaidd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commercial</source>
        <translation>Masnachol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate band</source>
        <translation>Band pris</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate b&amp;and:</source>
        <translation>Band p&amp;ris:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pri&amp;vate: printed and shared only as “booked”</source>
        <translation>Prei&amp;fat: yn cael ei hargraffu a’i rhannu fel “wedi’i harchebu” yn unig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private booking</source>
        <translation>Archeb breifat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clash</source>
        <translation>Gwrthdaro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;ook over it on purpose</source>
        <translation>Archebu drosto’n f&amp;wriadol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book over the clash on purpose</source>
        <translation>Archebu dros y gwrthdaro’n fwriadol</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Book</source>
        <translation>Archeb&amp;u</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Once</source>
        <translation>Unwaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every %1</source>
        <translation>Bob %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every other %1</source>
        <translation>%1 bob yn ail wythnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 %2 of each month</source>
        <translation>%2: y %1 ym mhob mis</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Dates of the series, %1 dates</source>
        <translation>Dyddiadau’r gyfres, %1 dyddiad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The booking ends before it starts.</source>
        <translation>Mae’r archeb yn gorffen cyn iddi ddechrau.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Tick that the hirer agreed we keep their phone or email, or leave the contact empty.</source>
        <translation>Ticiwch fod y llogwr wedi cytuno ein bod yn cadw ei ffôn neu ei e-bost, neu gadewch y cyswllt yn wag.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>One-off hirer of a room</source>
        <translation>Llogwr untro ystafell</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The booking cannot be made</source>
        <translation>Does dim modd gwneud yr archeb</translation>
    </message>
</context>
<context>
    <name>BuildersView</name>
    <message>
        <location filename="../../civicdesk/ui/builders/view.py" line="+45"/>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Wedi’i ateb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Wedi’i dderbyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Wedi’i wneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Wedi’i dynnu’n ôl</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+139"/>
        <location line="+140"/>
        <source>Builders</source>
        <translation>Adeiladwyr</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>&amp;Offer help…</source>
        <translation>&amp;Cynnig help…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ask for help…</source>
        <translation>&amp;Gofyn am help…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print “who can help” sheet…</source>
        <translation>&amp;Argraffu’r daflen “pwy all helpu”…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport hours…</source>
        <translation>A&amp;llforio oriau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours of help given, per piece of help, as a spreadsheet for funders</source>
        <translation>Oriau o help a roddwyd, fesul darn o help, fel taenlen i gyllidwyr</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Offers</source>
        <translation>Cynigion</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often</source>
        <translation>Pa mor aml</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+144"/>
        <source>Offers of help</source>
        <translation>Cynigion help</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Requests</source>
        <translation>Ceisiadau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who helped</source>
        <translation>Pwy helpodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their group</source>
        <translation>Eu grŵp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group helped</source>
        <translation>Grŵp a gafodd help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done</source>
        <translation>Beth a wnaed</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+130"/>
        <source>Help given</source>
        <translation>Help a roddwyd</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Kit reservations</source>
        <translation>Neilltuadau cyfarpar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who helped most, and gaps</source>
        <translation>Pwy helpodd fwyaf, a’r bylchau</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Asked by</source>
        <translation>Gofynnwyd gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help wanted</source>
        <translation>Help sydd ei angen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed by</source>
        <translation>Ei angen erbyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered by</source>
        <translation>Atebwyd gan</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+99"/>
        <source>Requests for help</source>
        <translation>Ceisiadau am help</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+13"/>
        <location line="+161"/>
        <source>Who could help</source>
        <translation>Pwy allai helpu</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>A&amp;nswer with this offer</source>
        <translation>At&amp;eb â’r cynnig hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ccept</source>
        <translation>&amp;Derbyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;done…</source>
        <translation>Nodi’n g&amp;yflawn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Tynnu’n ôl</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>anywhere</source>
        <translation>unrhyw le</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No offers or requests yet. Groups and volunteers can offer their skills and kit to other groups (a volunteer needs their consent to be listed as a builder), and ask for help; offers travel to partner groups in bundles, so a borough&apos;s groups see one pool of builders.</source>
        <translation>Dim cynigion na cheisiadau eto. Gall grwpiau a gwirfoddolwyr gynnig eu sgiliau a’u cyfarpar i grwpiau eraill (mae angen caniatâd gwirfoddolwr i’w restru fel adeiladwr cymunedol), a gofyn am help; mae cynigion yn teithio i grwpiau partner mewn bwndeli, felly mae grwpiau’r fwrdeistref yn gweld un gronfa o adeiladwyr cymunedol.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 offers of help · %2 requests open · %3 hours of help given</source>
        <translation>Cynigion help: %1 · ceisiadau ar agor: %2 · oriau o help a roddwyd: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Who has helped most</source>
        <translation>Pwy sydd wedi helpu fwyaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No help logged yet.</source>
        <translation>Does dim help wedi’i gofnodi eto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteers</source>
        <translation>Gwirfoddolwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody offers</source>
        <translation>Does neb yn cynnig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every skill asked for is offered.</source>
        <translation>Mae rhywun yn cynnig pob sgìl y gofynnwyd amdano.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No offer fits yet.</source>
        <translation>Does dim cynnig yn addas eto.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Save the “who can help” sheet</source>
        <translation>Cadw’r daflen “pwy all helpu”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved the sheet with %1 offers to %2</source>
        <translation>Cadwyd y daflen (cynigion: %1) yn %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who can help</source>
        <translation>Pwy all helpu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export hours of help</source>
        <translation>Allforio oriau o help</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved %1 rows of help given to %2</source>
        <translation>Cadwyd %1 rhes o help a roddwyd yn %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export hours</source>
        <translation>Allforio oriau</translation>
    </message>
</context>
<context>
    <name>ChangeTree</name>
    <message>
        <location filename="../../civicdesk/ui/change_tree.py" line="+28"/>
        <source>the other group</source>
        <translation>y grŵp arall</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the bundle changes</source>
        <translation>Beth mae’r bwndel yn ei newid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open all</source>
        <translation>Agor y cyfan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close all</source>
        <translation>Cau’r cyfan</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing would change: you already have everything in this bundle.</source>
        <translation>Fyddai dim byd yn newid: mae popeth sydd yn y bwndel hwn gennych chi’n barod.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Will wait in Needs review (%1)</source>
        <translation>Yn aros yn “Angen adolygu” (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ours</source>
        <translation>ein un ni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waits: %1 (%2). Everyone will see: %3.</source>
        <translation>Yn aros: %1 (%2). Bydd pawb yn gweld: %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changed (%1)</source>
        <translation>Wedi newid (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New (%1)</source>
        <translation>Newydd (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brought back (%1)</source>
        <translation>Wedi dod yn ôl (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted (%1)</source>
        <translation>Wedi’u dileu (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>… and %1 more</source>
        <translation>… a %1 arall</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 detail</source>
        <translation>1 manylyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 details</source>
        <translation>%1 manylyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 to review</source>
        <translation>, %1 i’w adolygu</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../civicdesk/ui/importing/wizard.py" line="+359"/>
        <source>Check before importing</source>
        <translation>Gwirio cyn mewnforio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Checking…</source>
        <translation>Wrthi’n gwirio…</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Problems found in the file</source>
        <translation>Problemau a gafwyd yn y ffeil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge into the existing record</source>
        <translation>Cyfuno â’r cofnod sy’n bodoli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the row</source>
        <translation>Hepgor y rhes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new record anyway</source>
        <translation>Creu cofnod newydd beth bynnag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the good rows and leave out rows with &amp;problems</source>
        <translation>Mewnforio’r rhesi da a gadael y rhesi â &amp;phroblemau allan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refuse a row for any bad cell (otherwise a bad website, phone, email, number or postcode is left out and the row kept)</source>
        <translation>&amp;Gwrthod rhes am unrhyw gell wallus (fel arall, caiff gwefan, ffôn, e-bost, rhif neu god post gwallus ei adael allan a chedwir y rhes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check &amp;again</source>
        <translation>Gwirio &amp;eto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When a row matches a record already here:</source>
        <translation>Pan fydd rhes yn cyfateb i gofnod sydd yma’n barod:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The file cannot be imported.</source>
        <translation>Does dim modd mewnforio’r ffeil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fix the rows below, or tick the box to leave them out.</source>
        <translation>Cywirwch y rhesi isod, neu ticiwch y blwch i’w gadael allan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No problems found.</source>
        <translation>Ni chafwyd unrhyw broblemau.</translation>
    </message>
</context>
<context>
    <name>CompliancePanel</name>
    <message>
        <location filename="../../civicdesk/ui/health/compliance_panel.py" line="+111"/>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Last done</source>
        <translation>Gwnaed ddiwethaf</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Next due</source>
        <translation>Yn ddyledus nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (set by hand)</source>
        <translation> (wedi’i osod â llaw)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>Tystysgrif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Safety and compliance items</source>
        <translation>Eitemau diogelwch a chydymffurfio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark done &amp;today</source>
        <translation>Nodi’n gyflawn h&amp;eddiw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach &amp;certificate…</source>
        <translation>Atodi &amp;tystysgrif…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind of item to add</source>
        <translation>Math o eitem i’w hychwanegu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not known</source>
        <translation>anhysbys</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add item</source>
        <translation>Ychwa&amp;negu eitem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add:</source>
        <translation>Ychwanegu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last done</source>
        <translation>gwnaed ddiwethaf</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>overdue by %Ln day(s)</source>
        <translation>
            <numerusform>%Ln diwrnod yn hwyr</numerusform>
            <numerusform>%Ln diwrnod yn hwyr</numerusform>
            <numerusform>%Ln diwrnod yn hwyr</numerusform>
            <numerusform>%Ln diwrnod yn hwyr</numerusform>
            <numerusform>%Ln diwrnod yn hwyr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>due in %Ln day(s)</source>
        <translation>
            <numerusform>yn ddyledus mewn %Ln diwrnod</numerusform>
            <numerusform>yn ddyledus mewn %Ln diwrnod</numerusform>
            <numerusform>yn ddyledus mewn %Ln diwrnod</numerusform>
            <numerusform>yn ddyledus mewn %Ln diwrnod</numerusform>
            <numerusform>yn ddyledus mewn %Ln diwrnod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>every %Ln month(s)</source>
        <translation>
            <numerusform>bob %Ln mis</numerusform>
            <numerusform>bob %Ln mis</numerusform>
            <numerusform>bob %Ln mis</numerusform>
            <numerusform>bob %Ln mis</numerusform>
            <numerusform>bob %Ln mis</numerusform>
        </translation>
    </message>
    <message>
        <location line="-26"/>
        <source>in date</source>
        <translation>yn ddilys</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>&amp;New kind…</source>
        <translation>Math ne&amp;wydd…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no date set</source>
        <translation>dim dyddiad wedi’i osod</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no fixed renewal</source>
        <translation>dim adnewyddu penodol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — your own</source>
        <translation> — eich un chi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compliance</source>
        <translation>Cydymffurfio</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Mark %1 done</source>
        <translation>Nodi %1 yn gyflawn</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attach a certificate</source>
        <translation>Atodi tystysgrif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Dogfennau (*.pdf *.jpg *.jpeg *.png);;Pob ffeil (*)</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/widgets.py" line="+172"/>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How given</source>
        <translation>Sut y’i rhoddwyd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by</source>
        <translation>Cofnodwyd gan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your name</source>
        <translation>eich enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>dyddiad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>how given</source>
        <translation>sut y’i rhoddwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recorded by</source>
        <translation>cofnodwyd gan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem with consent: %1</source>
        <translation>Problem gyda’r caniatâd: %1</translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <location filename="../../civicdesk/ui/data_words.py" line="+10"/>
        <source>a few times a year</source>
        <translation>ychydig o weithiau’r flwyddyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility</source>
        <translation>Hygyrchedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility notes</source>
        <translation>Nodiadau hygyrchedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessible toilet</source>
        <translation>Toiled hygyrch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>gweithredol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Gweithgareddau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ACV listed on</source>
        <translation>Rhestrwyd fel ACV ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ACV nominated on</source>
        <translation>Enwebwyd fel ACV ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address lines</source>
        <translation>Llinellau’r cyfeiriad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered by</source>
        <translation>Atebwyd gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies to</source>
        <translation>Yn berthnasol i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appreciated</source>
        <translation>yn cael ei werthfawrogi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas</source>
        <translation>Ardaloedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked by</source>
        <translation>Gofynnwyd gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessor</source>
        <translation>Aseswr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset of Community Value</source>
        <translation>Ased o Werth Cymunedol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associations</source>
        <translation>Cymdeithasau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>associations</source>
        <translation>cymdeithasau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>Mewn perygl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at risk</source>
        <translation>mewn perygl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at risk (triangle)</source>
        <translation>mewn perygl (triongl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audiences</source>
        <translation>Cynulleidfaoedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>Argaeledd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baby change</source>
        <translation>Cyfleusterau newid babanod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic</source>
        <translation>Sylfaenol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breaking even</source>
        <translation>yn adennill costau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Builders</source>
        <translation>Adeiladwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by arrangement</source>
        <translation>drwy drefniant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Capasiti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate file</source>
        <translation>Ffeil y dystysgrif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate or check</source>
        <translation>Tystysgrif neu wiriad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate or check</source>
        <translation>tystysgrif neu wiriad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chair</source>
        <translation>cadeirydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charity</source>
        <translation>Elusen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>charity</source>
        <translation>elusen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charity number</source>
        <translation>Rhif elusen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked on</source>
        <translation>Gwiriwyd ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CIC</source>
        <translation>CBC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civic</source>
        <translation>Dinesig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>civic</source>
        <translation>dinesig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>ar gau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed (hollow square)</source>
        <translation>ar gau (sgwâr gwag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Club</source>
        <translation>Clwb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>club</source>
        <translation>clwb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clubs and association halls</source>
        <translation>Clybiau a neuaddau cymdeithasau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>Cymunedol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Cwmni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company</source>
        <translation>cwmni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company number</source>
        <translation>Rhif cwmni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact by email (yes/no)</source>
        <translation>Cysylltu drwy e-bost (ie/na)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact by phone (yes/no)</source>
        <translation>Cysylltu dros y ffôn (ie/na)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact email</source>
        <translation>E-bost cyswllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact name</source>
        <translation>Enw cyswllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact phone</source>
        <translation>Ffôn cyswllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinator</source>
        <translation>cydlynydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crumbling</source>
        <translation>yn dadfeilio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily</source>
        <translation>yn ddyddiol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data protection</source>
        <translation>Diogelu data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DBS check</source>
        <translation>Gwiriad DBS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DBS check expired</source>
        <translation>Gwiriad DBS wedi dod i ben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DBS check type</source>
        <translation>Math o wiriad DBS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DBS issued on</source>
        <translation>Cyhoeddwyd y DBS ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DBS renewal was due</source>
        <translation>Roedd angen adnewyddu’r DBS erbyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declining</source>
        <translation>yn dirywio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Wedi’i ddileu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted, details still held</source>
        <translation>Wedi’i ddileu, y manylion yn dal gennym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diary</source>
        <translation>Dyddiadur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital</source>
        <translation>Digidol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>digital</source>
        <translation>digidol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital app/platform</source>
        <translation>Ap/platfform digidol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>digital app/platform</source>
        <translation>ap/platfform digidol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory consent date</source>
        <translation>Dyddiad y caniatâd i’r cyfeiriadur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on</source>
        <translation>Gwnaed ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dormant</source>
        <translation>Segur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dormant</source>
        <translation>segur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due back</source>
        <translation>Yn ôl erbyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date set by hand</source>
        <translation>Dyddiad dyledus wedi’i osod â llaw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dying</source>
        <translation>yn marw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electrical installation condition report (EICR)</source>
        <translation>Adroddiad cyflwr gosodiad trydanol (EICR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency lighting annual test</source>
        <translation>Prawf blynyddol goleuadau argyfwng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhanced</source>
        <translation>Manwl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhanced with barred lists</source>
        <translation>Manwl gyda’r rhestrau gwahardd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erased</source>
        <translation>Wedi’i ddileu’n llwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every (months)</source>
        <translation>Bob (mis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilities</source>
        <translation>Cyfleusterau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fair</source>
        <translation>gweddol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faith</source>
        <translation>Ffydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faith group</source>
        <translation>Grŵp ffydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>faith group</source>
        <translation>grŵp ffydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finances</source>
        <translation>Cyllid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fire extinguisher service</source>
        <translation>Gwasanaethu diffoddwyr tân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fire risk assessment</source>
        <translation>Asesiad risg tân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix O/0 in postcodes</source>
        <translation>Cywiro O/0 mewn codau post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food business registration</source>
        <translation>Cofrestru busnes bwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for sale/closure threatened</source>
        <translation>ar werth / dan fygythiad cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fortnightly</source>
        <translation>Bob pythefnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free</source>
        <translation>Am ddim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free</source>
        <translation>am ddim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Dydd Gwener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas safety certificate</source>
        <translation>Tystysgrif diogelwch nwy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get organised</source>
        <translation>Trefnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>get organised</source>
        <translation>trefnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>given</source>
        <translation>wedi’i roi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>good</source>
        <translation>da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good for</source>
        <translation>Da ar gyfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group</source>
        <translation>grŵp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group helped</source>
        <translation>Grŵp a gafodd help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group&apos;s use of a tool</source>
        <translation>defnydd grŵp o offeryn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>Grwpiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>growing</source>
        <translation>yn tyfu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Halls, libraries and community centres</source>
        <translation>Neuaddau, llyfrgelloedd a chanolfannau cymunedol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has a role</source>
        <translation>Yn dal rôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health check</source>
        <translation>gwiriad iechyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>healthy</source>
        <translation>iach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing loop</source>
        <translation>Dolen sain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by</source>
        <translation>Yng ngofal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>help given</source>
        <translation>help a roddwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helper</source>
        <translation>Helpwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helper&apos;s group</source>
        <translation>Grŵp yr helpwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden from the directory</source>
        <translation>Wedi’i guddio o’r cyfeiriadur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hire cost</source>
        <translation>Cost llogi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home address</source>
        <translation>Cyfeiriad cartref</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How do local people feel about it?</source>
        <translation>Beth yw barn pobl leol amdano?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How does it stand financially?</source>
        <translation>Sut mae’n sefyll yn ariannol?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often</source>
        <translation>Pa mor aml</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often is it used?</source>
        <translation>Pa mor aml mae’n cael ei ddefnyddio?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How secure is its ownership or lease?</source>
        <translation>Pa mor ddiogel yw ei berchnogaeth neu ei brydles?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to use</source>
        <translation>Sut i’w ddefnyddio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How valued</source>
        <translation>Gwerthfawrogiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ids in other systems</source>
        <translation>Dynodwyr mewn systemau eraill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In directory</source>
        <translation>Yn y cyfeiriadur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In group</source>
        <translation>Mewn grŵp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informal</source>
        <translation>Anffurfiol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>informal</source>
        <translation>anffurfiol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurance</source>
        <translation>Yswiriant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is it growing or shrinking?</source>
        <translation>Ydy e’n tyfu neu’n crebachu?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the first web address</source>
        <translation>Cadw’r cyfeiriad gwe cyntaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind (sub-type)</source>
        <translation>Math (is-fath)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind of certificate</source>
        <translation>math o dystysgrif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of group</source>
        <translation>Math o grŵp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of link</source>
        <translation>Math o gysylltiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of tool</source>
        <translation>Math o offeryn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kit</source>
        <translation>Cyfarpar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Ieithoedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last activity</source>
        <translation>Gweithgarwch diwethaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed</source>
        <translation>Newidiwyd ddiwethaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last done</source>
        <translation>Gwnaed ddiwethaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Lledred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legionella risk review</source>
        <translation>Adolygiad risg legionela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lent despite overdue kit</source>
        <translation>Benthycwyd er bod cyfarpar yn hwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lent on</source>
        <translation>Benthycwyd ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lent to</source>
        <translation>Benthycwyd i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Dolen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link</source>
        <translation>cysylltiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed as a builder (offers help to other groups)</source>
        <translation>Wedi’i restru fel adeiladwr cymunedol (yn cynnig help i grwpiau eraill)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed in directory (yes/no)</source>
        <translation>Yn y cyfeiriadur (ie/na)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed in the printed directory</source>
        <translation>Wedi’i restru yn y cyfeiriadur printiedig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>little noticed</source>
        <translation>prin y sylwir arno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loan</source>
        <translation>Benthyciad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loan</source>
        <translation>benthyciad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locality</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location on the map</source>
        <translation>Lleoliad ar y map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Hydred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look after a space</source>
        <translation>Gofalu am fan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>look after a space</source>
        <translation>gofalu am fan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loved</source>
        <translation>yn cael ei garu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower case</source>
        <translation>llythrennau bach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintainer</source>
        <translation>Cynhaliwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May be contacted by email</source>
        <translation>Gellir cysylltu drwy e-bost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May be contacted by phone</source>
        <translation>Gellir cysylltu dros y ffôn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meet neighbours</source>
        <translation>Cwrdd â chymdogion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meet neighbours</source>
        <translation>cwrdd â chymdogion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting</source>
        <translation>cyfarfod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meets at</source>
        <translation>Man cyfarfod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member</source>
        <translation>aelod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>members only</source>
        <translation>aelodau’n unig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Dull</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>method</source>
        <translation>dull</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monday</source>
        <translation>Dydd Llun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Yn fisol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly</source>
        <translation>yn fisol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mostly members</source>
        <translation>aelodau gan amlaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mostly open</source>
        <translation>agored gan amlaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Near public transport</source>
        <translation>Ger trafnidiaeth gyhoeddus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed by</source>
        <translation>Ei angen erbyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs review</source>
        <translation>Angen adolygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Rhwydwaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new (dashed ring)</source>
        <translation>newydd (cylch toredig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next due</source>
        <translation>Yn ddyledus nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No role and no activity</source>
        <translation>Heb rôl a heb weithgarwch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of the listed features</source>
        <translation>dim un o’r nodweddion a restrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>heb ei roi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occasionally</source>
        <translation>Yn achlysurol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occasions</source>
        <translation>Achlysuron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>occasions</source>
        <translation>achlysuron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>Cynnig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offer of help</source>
        <translation>cynnig help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered by</source>
        <translation>Cynigiwyd gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered through</source>
        <translation>Cynigiwyd drwy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on %1</source>
        <translation>ar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online groups</source>
        <translation>Grwpiau ar-lein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open to all</source>
        <translation>agored i bawb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours</source>
        <translation>Oriau agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours (as text)</source>
        <translation>Oriau agor (fel testun)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Openness</source>
        <translation>Bod yn agored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Gweithredwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outdoors</source>
        <translation>Awyr agored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outdoors</source>
        <translation>awyr agored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over £200</source>
        <translation>Dros £200</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over £200</source>
        <translation>dros £200</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ownership risk</source>
        <translation>Risg i’r berchnogaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ownership type</source>
        <translation>Math o berchnogaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parking</source>
        <translation>Parcio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parks, gardens and green spaces</source>
        <translation>Parciau, gerddi a mannau gwyrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People (volunteers)</source>
        <translation>Pobl (gwirfoddolwyr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Lluniau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place on the waiting list</source>
        <translation>Lle ar y rhestr aros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places of worship</source>
        <translation>Addoldai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>poor</source>
        <translation>gwael</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portable appliance testing (PAT), higher risk</source>
        <translation>Profi offer trydanol cludadwy (PAT), risg uwch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portable appliance testing (PAT), low risk</source>
        <translation>Profi offer trydanol cludadwy (PAT), risg isel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode (for finding duplicates)</source>
        <translation>Cod post (i ganfod dyblygion)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Premises licence</source>
        <translation>Trwydded safle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>Preifat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private</source>
        <translation>preifat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private venues</source>
        <translation>Lleoliadau preifat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PRS/PPL music licence</source>
        <translation>Trwydded cerddoriaeth PRS/PPL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public</source>
        <translation>Cyhoeddus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public</source>
        <translation>cyhoeddus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public service</source>
        <translation>Gwasanaeth cyhoeddus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public service</source>
        <translation>gwasanaeth cyhoeddus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public services and venues</source>
        <translation>Gwasanaethau a lleoliadau cyhoeddus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pubs, cafés and local shops</source>
        <translation>Tafarndai, caffis a siopau lleol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes</source>
        <translation>Dibenion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise money</source>
        <translation>Codi arian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>raise money</source>
        <translation>codi arian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rarely</source>
        <translation>anaml</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach isolated people</source>
        <translation>Cyrraedd pobl ynysig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reach isolated people</source>
        <translation>cyrraedd pobl ynysig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as a date</source>
        <translation>Darllen fel dyddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read yes/no</source>
        <translation>Darllen ie/na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recorded by %1</source>
        <translation>cofnodwyd gan %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refreshed</source>
        <translation>wedi’i adnewyddu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Religious</source>
        <translation>Crefyddol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>religious</source>
        <translation>crefyddol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Cais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>request for help</source>
        <translation>cais am help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reservation</source>
        <translation>neilltuad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved for</source>
        <translation>Wedi’i neilltuo i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved together</source>
        <translation>Wedi’u neilltuo gyda’i gilydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residents&apos; association</source>
        <translation>Cymdeithas preswylwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>residents&apos; association</source>
        <translation>cymdeithas preswylwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned on</source>
        <translation>Dychwelwyd ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>rôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routes</source>
        <translation>Llwybrau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routes</source>
        <translation>llwybrau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a meeting</source>
        <translation>Cynnal cyfarfod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run a meeting</source>
        <translation>cynnal cyfarfod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run by</source>
        <translation>Yn cael ei redeg gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safeguarding lead</source>
        <translation>arweinydd diogelu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safeguarding policy review</source>
        <translation>Adolygiad polisi diogelu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Dydd Sadwrn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secretary</source>
        <translation>ysgrifennydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secure</source>
        <translation>diogel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup time</source>
        <translation>Amser paratoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share things</source>
        <translation>Rhannu pethau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share things</source>
        <translation>rhannu pethau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared kit</source>
        <translation>Cyfarpar a rennir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shared kit</source>
        <translation>cyfarpar a rennir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared with other groups in bundles</source>
        <translation>Wedi’i rannu â grwpiau eraill mewn bwndeli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Ers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>Sgiliau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills needed</source>
        <translation>Sgiliau sydd eu hangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills wanted</source>
        <translation>Sgiliau sydd eu hangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Man</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>space</source>
        <translation>man</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spaces</source>
        <translation>Mannau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spaces (halls, parks, pubs…)</source>
        <translation>Mannau (neuaddau, parciau, tafarndai…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split a list (; or ,)</source>
        <translation>Rhannu rhestr (; neu ,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stable</source>
        <translation>Sefydlog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stable</source>
        <translation>sefydlog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stable (circle)</source>
        <translation>sefydlog (cylch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard</source>
        <translation>Safonol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starter kit</source>
        <translation>Pecyn cychwyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>steady</source>
        <translation>yn gyson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step-free access</source>
        <translation>Mynediad heb risiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>struggling</source>
        <translation>yn ei chael hi’n anodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Dydd Sul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>surplus</source>
        <translation>gwarged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tagiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taken for granted</source>
        <translation>yn cael ei gymryd yn ganiataol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template/document</source>
        <translation>Templed/dogfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>template/document</source>
        <translation>templed/dogfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thriving</source>
        <translation>Ffyniannus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thriving</source>
        <translation>ffyniannus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thriving (bold ring)</source>
        <translation>ffyniannus (cylch trwchus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Dydd Iau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidy spaces</source>
        <translation>Tacluso bylchau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title Case</source>
        <translation>Priflythyren i Bob Gair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool</source>
        <translation>Offeryn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tool</source>
        <translation>offeryn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town</source>
        <translation>Tref</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traditional</source>
        <translation>Traddodiadol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>traditional</source>
        <translation>traddodiadol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>treasurer</source>
        <translation>trysorydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>Tuedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted borrower</source>
        <translation>Benthyciwr dibynadwy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trusted borrower</source>
        <translation>benthyciwr dibynadwy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted since</source>
        <translation>Dibynadwy ers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trustee</source>
        <translation>ymddiriedolwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Dydd Mawrth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Math o le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of place</source>
        <translation>Math o le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncertain</source>
        <translation>ansicr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under £50</source>
        <translation>Llai na £50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under £50</source>
        <translation>llai na £50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsustainable</source>
        <translation>anghynaliadwy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Tan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPRN (property reference)</source>
        <translation>UPRN (cyfeirnod eiddo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage</source>
        <translation>Defnydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valuable (only for trusted borrowers)</source>
        <translation>Gwerthfawr (i fenthycwyr dibynadwy yn unig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valued</source>
        <translation>yn cael ei barchu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verbal</source>
        <translation>Ar lafar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vice-chair</source>
        <translation>is-gadeirydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>volunteer</source>
        <translation>gwirfoddolwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walks and routes</source>
        <translation>Teithiau cerdded a llwybrau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Gwefan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website or online link</source>
        <translation>Gwefan neu ddolen ar-lein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Dydd Mercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Yn wythnosol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly</source>
        <translation>yn wythnosol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What condition is the place in?</source>
        <translation>Ym mha gyflwr mae’r lle?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done</source>
        <translation>Beth a wnaed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who can use it?</source>
        <translation>Pwy all ei ddefnyddio?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it is listed</source>
        <translation>Pam mae ar y rhestr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Wedi’i dynnu’n ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>wedi’i dynnu’n ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>Yn flynyddol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly occasions</source>
        <translation>Achlysuron blynyddol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>£50–£200</source>
        <translation>£50–£200</translation>
    </message>
</context>
<context>
    <name>DataProtectionView</name>
    <message>
        <location filename="../../civicdesk/ui/privacy/view.py" line="+61"/>
        <source>Data protection</source>
        <translation>Diogelu data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The law says to keep people&apos;s details only while you need them. Listed here: people with no role and nothing happening with them for the period below, people whose DBS check has expired, and people deleted from the lists whose details are still held. An expired DBS check needs renewing, not anonymising. Anonymise (for inactive or deleted people) keeps only their town and postcode district, so the neighbourhood&apos;s counts still add up.</source>
        <translation>Mae’r gyfraith yn dweud y dylech gadw manylion pobl dim ond tra bo eu hangen arnoch chi. Yn y rhestr hon mae: pobl heb rôl a heb ddim yn digwydd gyda nhw ers y cyfnod isod, pobl y mae eu gwiriad DBS wedi dod i ben, a phobl a ddilëwyd o’r rhestrau y mae eu manylion yn dal i gael eu cadw. Mae angen adnewyddu gwiriad DBS sydd wedi dod i ben, nid ei ddienwi. Mae Dienwi (ar gyfer pobl anweithgar neu bobl a ddilëwyd) yn cadw eu tref a’u hardal cod post yn unig, fel bod ffigurau’r gymdogaeth yn dal i adio i fyny.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> years</source>
        <translation> blynedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep details of inactive people for</source>
        <translation>Cadw manylion pobl anweithgar am</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep details of people with no role and no activity for</source>
        <translation>Cadw manylion pobl heb rôl a heb weithgarwch am</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>People whose details may no longer be needed</source>
        <translation>Pobl nad oes angen eu manylion mwyach, efallai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport everything we hold…</source>
        <translation>&amp;Allforio popeth sydd gennym…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Dienwi…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Looking through people&apos;s records…</source>
        <translation>Wrthi’n edrych drwy gofnodion pobl…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not check people&apos;s records</source>
        <translation>Methu gwirio cofnodion pobl</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nobody to review: everyone listed has a reason to be kept.</source>
        <translation>Neb i’w adolygu: mae rheswm dros gadw pawb sydd ar y rhestr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 with no role and no activity since %2 · %3 with an expired DBS check · %4 deleted but still held</source>
        <translation>%1 heb rôl a heb weithgarwch ers %2 · %3 â gwiriad DBS sydd wedi dod i ben · %4 wedi’u dileu ond yn dal i gael eu cadw</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no name)</source>
        <translation>(dim enw)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>oes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nac oes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save the period</source>
        <translation>Methu cadw’r cyfnod</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1&apos;s DBS check has expired: renew it and record the new renewal date on their record.</source>
        <translation>%1: mae’r gwiriad DBS wedi dod i ben. Adnewyddwch ef a chofnodwch y dyddiad adnewyddu newydd ar y cofnod.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person</source>
        <translation>Y person hwn</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not anonymise</source>
        <translation>Methu dienwi</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../civicdesk/ui/editors/widgets.py" line="-256"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/bbbb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose from a calendar</source>
        <translation>Dewis o galendr</translation>
    </message>
</context>
<context>
    <name>DaysEditor</name>
    <message>
        <location line="+197"/>
        <source>Mon</source>
        <translation>Llun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>Maw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>Iau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>Gwe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>Sad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sun</source>
        <translation>Sul</translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <location filename="../../civicdesk/ui/diary/view.py" line="+57"/>
        <source>Space</source>
        <translation>Man</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Space:</source>
        <translation>&amp;Man:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Blaenorol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;oday</source>
        <translation>&amp;Heddiw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Nesaf ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous week or month</source>
        <translation>Yr wythnos neu’r mis blaenorol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next week or month</source>
        <translation>Yr wythnos neu’r mis nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Week</source>
        <translation>&amp;Wythnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month</source>
        <translation>M&amp;is</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Book…</source>
        <translation>&amp;Archebu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book a room of this space (Ctrl+B)</source>
        <translation>Archebu un o ystafelloedd y man hwn (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the &amp;week…</source>
        <translation>A&amp;rgraffu’r wythnos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week&apos;s bookings as an A4 noticeboard sheet (PDF)</source>
        <translation>Archebion yr wythnos ar daflen A4 i’r hysbysfwrdd (PDF)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Week</source>
        <translation>Wythnos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mon</source>
        <translation>Llun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>Maw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>Iau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>Gwe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>Sad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>Sul</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Month overview</source>
        <translation>Trosolwg o’r mis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a space above to see its diary. A space with no rooms yet becomes one room when you first book it (Book…).</source>
        <translation>Dewiswch fan uchod i weld ei ddyddiadur. Bydd man heb ystafelloedd eto yn dod yn un ystafell pan fyddwch yn ei archebu am y tro cyntaf (Archebu…).</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>The diary cannot be shown</source>
        <translation>Does dim modd dangos y dyddiadur</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+23"/>
        <source>1 booking</source>
        <translation>1 archeb</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+23"/>
        <source>%1 bookings</source>
        <translation>%1 archeb</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1: week of %2 to %3 · %4, %5 hours booked</source>
        <translation>%1: yr wythnos o %2 i %3 · %4, %5 awr wedi’u harchebu</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Book a room</source>
        <translation>Archebu ystafell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a space first.</source>
        <translation>Dewiswch fan yn gyntaf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Book %1</source>
        <translation>Archebu %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a room</source>
        <translation>ystafell</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The room is booked then</source>
        <translation>Mae’r ystafell wedi’i harchebu bryd hynny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move it there anyway?</source>
        <translation>Ei symud yno beth bynnag?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The booking cannot be moved</source>
        <translation>Does dim modd symud yr archeb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move %1 to %2</source>
        <translation>Symud %1 i %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel the booking</source>
        <translation>Canslo’r archeb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel %1?</source>
        <translation>Canslo %1?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel this &amp;date</source>
        <translation>Canslo’r &amp;dyddiad hwn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel &amp;every date</source>
        <translation>Canslo &amp;pob dyddiad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the &amp;booking</source>
        <translation>Canslo’r &amp;archeb</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel %1</source>
        <translation>Canslo %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the confirmation</source>
        <translation>Cadw’r cadarnhad</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the week&apos;s noticeboard sheet</source>
        <translation>Cadw taflen hysbysfwrdd yr wythnos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved %1</source>
        <translation>Cadwyd %1</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <location filename="../../civicdesk/ui/directory/dialog.py" line="+50"/>
        <location line="+162"/>
        <source>Print directory</source>
        <translation>Argraffu’r cyfeiriadur</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>A4, two columns</source>
        <translation>A4, dwy golofn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A5 booklet (fold and staple)</source>
        <translation>Llyfryn A5 (plygu a styffylu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large print</source>
        <translation>Print bras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by category</source>
        <translation>fesul categori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by area</source>
        <translation>fesul ardal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories to include</source>
        <translation>Categorïau i’w cynnwys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick each category of space to print</source>
        <translation>Ticiwch bob categori o fannau i’w argraffu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only spaces &amp;open to all</source>
        <translation>Dim ond mannau sy’n a&amp;gored i bawb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spaces whose latest health check rates them open to all (4 or 5), or, if never checked, that are publicly or community owned or public by nature.</source>
        <translation>Mannau y mae eu gwiriad iechyd diweddaraf yn dweud eu bod yn agored i bawb (4 neu 5), neu, os na chawson nhw eu gwirio erioed, sydd dan berchnogaeth gyhoeddus neu gymunedol neu’n gyhoeddus o’u natur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include a &amp;map (entries numbered)</source>
        <translation>Cynnwys &amp;map (eitemau wedi’u rhifo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number the entries and add map pages showing where each numbered place is, over the offline map you chose.</source>
        <translation>Rhifo’r eitemau ac ychwanegu tudalennau map sy’n dangos ble mae pob lle wedi’i rifo, dros y map all-lein a ddewisoch chi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number the entries and add map pages showing where each numbered place is.</source>
        <translation>Rhifo’r eitemau ac ychwanegu tudalennau map sy’n dangos ble mae pob lle wedi’i rifo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Layout</source>
        <translation>&amp;Cynllun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ections</source>
        <translation>Ad&amp;rannau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Categories</source>
        <translation>Ca&amp;tegorïau</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Save PDF…</source>
        <translation>Cadw &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Tick at least one category.</source>
        <translation>Ticiwch o leiaf un categori.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preparing the preview…</source>
        <translation>Wrthi’n paratoi’r rhagolwg…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>place</source>
        <translation>lle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>places</source>
        <translation>lle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page</source>
        <translation>tudalen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pages</source>
        <translation>tudalen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sheet</source>
        <translation>dalen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sheets</source>
        <translation>dalen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The preview could not be made.</source>
        <translation>Doedd dim modd creu’r rhagolwg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save directory as PDF</source>
        <translation>Cadw’r cyfeiriadur fel PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save PDF</source>
        <translation>Cadw PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to {path}</source>
        <translation>Cadwyd yn {path}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <location filename="../../civicdesk/ui/builders/dialogs.py" line="+212"/>
        <source>Mark done: %1</source>
        <translation>Nodi’n gyflawn: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done on</source>
        <translation>Gwnaed ar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Done on:</source>
        <translation>&amp;Gwnaed ar:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> hours</source>
        <translation> awr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours of help</source>
        <translation>Oriau o help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hours:</source>
        <translation>&amp;Oriau:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was done</source>
        <translation>Beth a wnaed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;What was done:</source>
        <translation>Beth a &amp;wnaed:</translation>
    </message>
</context>
<context>
    <name>DuplicatesTable</name>
    <message>
        <location filename="../../civicdesk/ui/importing/duplicates.py" line="+22"/>
        <source>Rows that may already be here</source>
        <translation>Rhesi a allai fod yma’n barod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row</source>
        <translation>Rhes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the file</source>
        <translation>Yn y ffeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already here (or an earlier row)</source>
        <translation>Yma’n barod (neu res gynharach)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do</source>
        <translation>Beth i’w wneud</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> (row %1)</source>
        <translation> (rhes %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no address</source>
        <translation>dim cyfeiriad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>possible: %1</source>
        <translation>posibl: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to do with row %1</source>
        <translation>Beth i’w wneud â rhes %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Merge</source>
        <translation>Cyfuno</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Skip</source>
        <translation>Hepgor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create new</source>
        <translation>Creu un newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep apart</source>
        <translation>Cadw ar wahân</translation>
    </message>
</context>
<context>
    <name>EditBookingDialog</name>
    <message>
        <location filename="../../civicdesk/ui/diary/edit_dialog.py" line="+52"/>
        <source>Cancelled</source>
        <translation>Wedi’i ganslo</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>the booking</source>
        <translation>yr archeb</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Change %1 on %2 only</source>
        <translation>Newid %1: %2 yn unig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change %1</source>
        <translation>Newid %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes</source>
        <translation>Cadw’r newidiadau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print a con&amp;firmation…</source>
        <translation>Argraffu &amp;cadarnhad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the hirer&apos;s confirmation as saved</source>
        <translation>Argraffu cadarnhad y llogwr fel y’i cadwyd</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The booking cannot be changed</source>
        <translation>Does dim modd newid yr archeb</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <location filename="../../civicdesk/ui/privacy/actions.py" line="+28"/>
        <source>this person</source>
        <translation>y person hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only their town and postcode district are kept, for the neighbourhood&apos;s counts.</source>
        <translation>Dim ond eu tref a’u hardal cod post a gedwir, ar gyfer ffigurau’r gymdogaeth.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing personal is kept.</source>
        <translation>Ni chedwir dim byd personol.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymising</source>
        <translation>Dienwi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erasing</source>
        <translation>Dileu’n llwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2:

• their name, contact details, address, skills, notes and DBS check are blanked. %3
• their history of changes is purged;
• their roles in groups end;
• the record is marked erased, and groups you exchange bundles with erase it too when they import your next bundle — an old copy from another group cannot bring it back.

This cannot be undone (older backups keep the details until they are replaced).</source>
        <translation>%1: %2

• bydd eu henw, eu manylion cyswllt, eu cyfeiriad, eu sgiliau, eu nodiadau a’u gwiriad DBS yn cael eu clirio. %3
• bydd hanes eu newidiadau’n cael ei ddileu;
• bydd eu rolau mewn grwpiau’n dod i ben;
• bydd y cofnod yn cael ei nodi fel un wedi’i ddileu’n llwyr, a bydd y grwpiau rydych chi’n cyfnewid bwndeli â nhw yn ei ddileu hefyd pan fyddan nhw’n mewnforio eich bwndel nesaf — all hen gopi gan grŵp arall ddim dod ag ef yn ôl.

Does dim modd dadwneud hyn (bydd copïau wrth gefn hŷn yn cadw’r manylion nes iddyn nhw gael eu disodli).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Anonymise %1?</source>
        <translation>Dienwi %1?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase %1?</source>
        <translation>Dileu %1 yn llwyr?</translation>
    </message>
</context>
<context>
    <name>ExchangeFolderDialog</name>
    <message>
        <location filename="../../civicdesk/ui/exchange.py" line="+131"/>
        <location line="+14"/>
        <source>Exchange folder</source>
        <translation>Ffolder cyfnewid</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>If your groups share a folder — a USB stick, Syncthing or Nextcloud — CivicDesk can watch it. Each new bundle that appears there opens the usual preview, once; nothing is applied until you press Apply. Bundles you send are saved there too. Keep this folder for bundles only: your database itself never goes in a shared folder.</source>
        <translation>Os yw eich grwpiau’n rhannu ffolder — cof bach USB, Syncthing neu Nextcloud — gall CivicDesk gadw llygad arno. Mae pob bwndel newydd sy’n ymddangos yno’n agor y rhagolwg arferol, unwaith; does dim byd yn cael ei roi ar waith nes i chi bwyso Gweithredu. Mae’r bwndeli rydych chi’n eu hanfon yn cael eu cadw yno hefyd. Cadwch y ffolder hwn ar gyfer bwndeli yn unig: dydy eich cronfa ddata ei hun byth yn mynd mewn ffolder a rennir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not watching any folder</source>
        <translation>Ddim yn gwylio unrhyw ffolder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Dewis ffolder…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop watching</source>
        <translation>&amp;Stopio gwylio</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Folder to watch for bundles</source>
        <translation>Ffolder i’w wylio am fwndeli</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../civicdesk/ui/importing/wizard.py" line="-303"/>
        <source>Choose a file</source>
        <translation>Dewis ffeil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A spreadsheet (CSV or Excel), an Open Referral file or folder, GeoJSON, or an OpenStreetMap .osm file.</source>
        <translation>Taenlen (CSV neu Excel), ffeil neu ffolder Open Referral, GeoJSON, neu ffeil .osm OpenStreetMap.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File to import</source>
        <translation>Ffeil i’w mewnforio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What each row is</source>
        <translation>Beth yw pob rhes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File:</source>
        <translation>&amp;Ffeil:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each row is &amp;a:</source>
        <translation>Math pob &amp;rhes:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import from</source>
        <translation>Mewnforio o</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importable files (*.csv *.tsv *.txt *.xlsx *.json *.geojson *.osm);;All files (*)</source>
        <translation>Ffeiliau y gellir eu mewnforio (*.csv *.tsv *.txt *.xlsx *.json *.geojson *.osm);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: there is no such file</source>
        <translation>%1: does dim ffeil o’r fath</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
</context>
<context>
    <name>FunderPackButton</name>
    <message>
        <location filename="../../civicdesk/ui/money/funder_button.py" line="+23"/>
        <source>&amp;Funder pack…</source>
        <translation>Pecyn cy&amp;llidwyr…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a PDF for grant-makers: who uses the space, its income and costs, the work it needs, its health checks and compliance</source>
        <translation>Cadw PDF ar gyfer cyrff sy’n rhoi grantiau: pwy sy’n defnyddio’r man, ei incwm a’i gostau, y gwaith sydd ei angen arno, ei wiriadau iechyd a’i gydymffurfio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the funder pack</source>
        <translation>Cadw’r pecyn cyllidwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Funder pack saved</source>
        <translation>Wedi cadw’r pecyn cyllidwyr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved {0}. Open it now?</source>
        <translation>Cadwyd {0}. Ei agor nawr?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Funder pack not saved</source>
        <translation>Heb gadw’r pecyn cyllidwyr</translation>
    </message>
</context>
<context>
    <name>GraphicsExport</name>
    <message>
        <location filename="../../civicdesk/ui/graphics_export.py" line="+78"/>
        <source>PNG pictures (*.png)</source>
        <translation>Lluniau PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/group.py" line="+26"/>
        <source>&amp;Details</source>
        <translation>&amp;Manylion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ontact</source>
        <translation>&amp;Cyswllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where and when it &amp;meets</source>
        <translation>Ble a phryd mae’n c&amp;wrdd</translation>
    </message>
    <message>
        <location line="+53"/>
        <location filename="../../forms/group_editor.ui" line="+211"/>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New group</source>
        <translation>Grŵp newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group: %1</source>
        <translation>Grŵp: %1</translation>
    </message>
    <message>
        <location filename="../../forms/group_editor.ui" line="-197"/>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind:</source>
        <translation>M&amp;ath:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind of group</source>
        <translation>Math o grŵp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Disgrifiad:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Activities:</source>
        <translation>&amp;Gweithgareddau:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+60"/>
        <source>separate with commas</source>
        <translation>gwahanwch â chomas</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Activities</source>
        <translation>Gweithgareddau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;udiences:</source>
        <translation>C&amp;ynulleidfaoedd:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example families, older people</source>
        <translation>er enghraifft teuluoedd, pobl hŷn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audiences</source>
        <translation>Cynulleidfaoedd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Ieithoedd:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example English, Polish</source>
        <translation>er enghraifft Cymraeg, Pwyleg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Languages</source>
        <translation>Ieithoedd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Tagiau:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tags</source>
        <translation>Tagiau</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Contact &amp;name:</source>
        <translation>&amp;Enw cyswllt:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>who people should ask for</source>
        <translation>yr enw i bobl ofyn amdano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact name</source>
        <translation>Enw cyswllt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Email:</source>
        <translation>E-&amp;bost:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>name@example.org</source>
        <translation>enw@example.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact email</source>
        <translation>E-bost cyswllt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Ffôn:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example 0113 496 0000</source>
        <translation>er enghraifft 0113 496 0000</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact phone</source>
        <translation>Ffôn cyswllt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Website:</source>
        <translation>&amp;Gwefan:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website</source>
        <translation>Gwefan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Charity number:</source>
        <translation>Rhif e&amp;lusen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Charity number</source>
        <translation>Rhif elusen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Company n&amp;umber:</source>
        <translation>&amp;Rhif cwmni:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Company number</source>
        <translation>Rhif cwmni</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Where and when it meets</source>
        <translation>Ble a phryd mae’n cwrdd</translation>
    </message>
</context>
<context>
    <name>HealthCheckDialog</name>
    <message>
        <location filename="../../civicdesk/ui/health/check_form.py" line="+54"/>
        <source>Health check: {0}</source>
        <translation>Gwiriad iechyd: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health check</source>
        <translation>Gwiriad iechyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer each question for how things are now. The score and status update as you go; saving adds a new dated check and keeps the old ones.</source>
        <translation>Atebwch bob cwestiwn yn ôl sut mae pethau nawr. Mae’r sgôr a’r statws yn newid wrth i chi fynd; mae cadw’n ychwanegu gwiriad newydd â dyddiad arno ac yn cadw’r hen rai.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checked on</source>
        <translation>Gwiriwyd ar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who answered (optional)</source>
        <translation>Pwy atebodd (dewisol)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessor</source>
        <translation>Aseswr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anything the committee should know (optional)</source>
        <translation>Unrhyw beth y dylai’r pwyllgor ei wybod (dewisol)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Score: answer %Ln more question(s) to see it</source>
        <translation>
            <numerusform>Sgôr: atebwch %Ln cwestiwn arall i’w gweld</numerusform>
            <numerusform>Sgôr: atebwch %Ln cwestiwn arall i’w gweld</numerusform>
            <numerusform>Sgôr: atebwch %Ln cwestiwn arall i’w gweld</numerusform>
            <numerusform>Sgôr: atebwch %Ln cwestiwn arall i’w gweld</numerusform>
            <numerusform>Sgôr: atebwch %Ln cwestiwn arall i’w gweld</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Score: {0} out of 100 — {1}</source>
        <translation>Sgôr: {0} allan o 100 — {1}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Health check not saved</source>
        <translation>Heb gadw’r gwiriad iechyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a space</source>
        <translation>man</translation>
    </message>
</context>
<context>
    <name>HealthDashboard</name>
    <message>
        <location filename="../../civicdesk/ui/health/dashboard.py" line="+49"/>
        <source>never</source>
        <translation>byth</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&lt;b&gt;What needs attention&lt;/b&gt;</source>
        <translation>&lt;b&gt;Beth sydd angen sylw&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All categories</source>
        <translation>Pob categori</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All owners</source>
        <translation>Pob perchennog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Adnewyddu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categori:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Perchennog:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Space</source>
        <translation>Man</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Was due</source>
        <translation>Roedd yn ddyledus</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <location line="+10"/>
        <source>Days overdue</source>
        <translation>Diwrnodau’n hwyr</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Due within 30 days</source>
        <translation>Yn ddyledus o fewn 30 diwrnod</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>Due</source>
        <translation>Yn ddyledus</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+13"/>
        <source>Days left</source>
        <translation>Diwrnodau ar ôl</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>At risk</source>
        <translation>Mewn perygl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Last checked</source>
        <translation>Gwiriwyd ddiwethaf</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>ACV listing ending</source>
        <translation>Rhestriad ACV yn dod i ben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listing ends</source>
        <translation>Rhestriad yn dod i ben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listed on</source>
        <translation>Rhestrwyd ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposal notice</source>
        <translation>Hysbysiad gwaredu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not checked in 12 months</source>
        <translation>Heb ei wirio ers 12 mis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kit not returned</source>
        <translation>Cyfarpar heb ei ddychwelyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kit</source>
        <translation>Cyfarpar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borrowed by</source>
        <translation>Wedi’i fenthyg gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Was due back</source>
        <translation>Roedd i fod yn ôl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looked after by</source>
        <translation>Yng ngofal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unpaid invoices</source>
        <translation>Anfonebau heb eu talu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Anfoneb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hirer</source>
        <translation>Llogwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed</source>
        <translation>Heb ei dalu</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Loading…</source>
        <translation>Wrthi’n llwytho…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The health lists could not be loaded.</source>
        <translation>Doedd dim modd llwytho’r rhestrau iechyd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>On {0}: {1} overdue, {2} due within 30 days, {3} spaces at risk, {4} ACV listings ending within 6 months, {5} spaces never checked and {6} not checked in the last 12 months; {7} pieces of kit not returned; {8} invoices unpaid, {9} of them overdue. Double-click a row (or press Enter) to open it.</source>
        <translation>Ar {0}: yn hwyr: {1}; yn ddyledus o fewn 30 diwrnod: {2}; mannau mewn perygl: {3}; rhestriadau ACV yn dod i ben o fewn 6 mis: {4}; mannau heb eu gwirio erioed: {5}; heb eu gwirio yn y 12 mis diwethaf: {6}; eitemau o gyfarpar heb eu dychwelyd: {7}; anfonebau heb eu talu: {8}, a {9} ohonyn nhw’n hwyr. Cliciwch ddwywaith ar res (neu pwyswch Enter) i’w hagor.</translation>
    </message>
</context>
<context>
    <name>HealthHistoryWidget</name>
    <message>
        <location filename="../../civicdesk/ui/health/history.py" line="+44"/>
        <location line="+25"/>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>thriving from {0:g}</source>
        <translation>yn ffynnu o {0:g}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at risk below {0:g}</source>
        <translation>mewn perygl o dan {0:g}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Hours booked a month (from the diary)</source>
        <translation>Oriau wedi’u harchebu bob mis (o’r dyddiadur)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Show &amp;booked hours from the diary</source>
        <translation>Dangos yr oriau wedi’u h&amp;archebu o’r dyddiadur</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Adds each month&apos;s booked hours to the chart: figures from the diary, not a rating</source>
        <translation>Yn ychwanegu oriau wedi’u harchebu pob mis at y siart: ffigurau o’r dyddiadur, nid sgôr</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loading…</source>
        <translation>Wrthi’n llwytho…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load the history</source>
        <translation>Methu llwytho’r hanes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not read the diary</source>
        <translation>Methu darllen y dyddiadur</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%Ln check(s). Latest on {0}: score {1:g}, {2}.</source>
        <translation>
            <numerusform>%Ln gwiriad. Yr olaf: {0}, sgôr {1:g}, {2}.</numerusform>
            <numerusform>%Ln gwiriad. Yr olaf: {0}, sgôr {1:g}, {2}.</numerusform>
            <numerusform>%Ln gwiriad. Yr olaf: {0}, sgôr {1:g}, {2}.</numerusform>
            <numerusform>%Ln gwiriad. Yr olaf: {0}, sgôr {1:g}, {2}.</numerusform>
            <numerusform>%Ln gwiriad. Yr olaf: {0}, sgôr {1:g}, {2}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No health checks yet: add one to start the trend.</source>
        <translation>Dim gwiriadau iechyd eto: ychwanegwch un i ddechrau’r duedd.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../civicdesk/ui/editors/history.py" line="+56"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Was</source>
        <translation>Cynt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this computer</source>
        <translation>y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location filename="../../forms/history_dialog.ui" line="+14"/>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every change to this record, oldest first.</source>
        <translation>Pob newid i’r cofnod hwn, yr hynaf yn gyntaf.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Change history</source>
        <translation>Hanes newidiadau</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../civicdesk/ui/importing/wizard.py" line="+267"/>
        <source>Importing</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing…</source>
        <translation>Wrthi’n mewnforio…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopping…</source>
        <translation>Wrthi’n stopio…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported.</source>
        <translation>Chafodd dim byd ei fewnforio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location line="-406"/>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
</context>
<context>
    <name>InactivityLock</name>
    <message>
        <location filename="../../civicdesk/ui/security/lock.py" line="+209"/>
        <source>CivicDesk is locked</source>
        <translation>Mae CivicDesk wedi’i gloi</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>That passphrase is not right. Please try again.</source>
        <translation>Dydy’r cyfrinymadrodd hwnnw ddim yn gywir. Rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../civicdesk/ui/money/invoice_dialog.py" line="+61"/>
        <location line="+1"/>
        <source>New invoice</source>
        <translation>Anfoneb newydd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;To:</source>
        <translation>&amp;At:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To (the hirer)</source>
        <translation>At (y llogwr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional, on one line</source>
        <translation>dewisol, ar un llinell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their &amp;address:</source>
        <translation>Eu &amp;cyfeiriad:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their address</source>
        <translation>Eu cyfeiriad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dat&amp;e:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoice date</source>
        <translation>Dyddiad yr anfoneb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Nifer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price each (£)</source>
        <translation>Pris yr un (£)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Swm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Li&amp;nes:</source>
        <translation>&amp;Llinellau:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+98"/>
        <source>Lines of the invoice</source>
        <translation>Llinellau’r anfoneb</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Add a &amp;line</source>
        <translation>Ychwanegu ll&amp;inell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove the line</source>
        <translation>&amp;Tynnu’r llinell</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Booking:</source>
        <translation>Arch&amp;eb:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A booking whose dates to add</source>
        <translation>Archeb i ychwanegu ei dyddiadau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its dates &amp;from:</source>
        <translation>Ei dyddiadau &amp;o:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charge the booking&apos;s dates from</source>
        <translation>Codi tâl am ddyddiadau’r archeb o</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;until:</source>
        <translation>&amp;hyd at:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charge the booking&apos;s dates until</source>
        <translation>Codi tâl am ddyddiadau’r archeb hyd at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;its dates</source>
        <translation>Ych&amp;wanegu ei dyddiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the booking&apos;s dates as a line</source>
        <translation>Ychwanegu dyddiadau’r archeb fel llinell</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Total: %1</source>
        <translation>Cyfanswm: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total: a line&apos;s quantity or price is not a number yet</source>
        <translation>Cyfanswm: nid yw nifer neu bris un o’r llinellau yn rhif eto</translation>
    </message>
</context>
<context>
    <name>KitReturned</name>
    <message>
        <location filename="../../civicdesk/ui/editors/lend_anyway.py" line="+91"/>
        <source>Now booked from the waiting list: %1. Let them know it is theirs.</source>
        <translation>Wedi symud o’r rhestr aros i neilltuad: %1. Rhowch wybod iddyn nhw mai nhw fydd yn ei gael.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next reserved: %1.</source>
        <translation>Y neilltuad nesaf: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kit returned</source>
        <translation>Cyfarpar wedi’i ddychwelyd</translation>
    </message>
</context>
<context>
    <name>KitTab</name>
    <message>
        <location filename="../../civicdesk/ui/builders/kit_tab.py" line="+98"/>
        <source>Kit</source>
        <translation>Cyfarpar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reserved for</source>
        <translation>Wedi’i neilltuo i</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>Diwrnodau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+72"/>
        <location line="+50"/>
        <source>Reservations</source>
        <translation>Neilltuadau</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>&amp;Reserve…</source>
        <translation>&amp;Neilltuo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel reservation</source>
        <translation>&amp;Canslo’r neilltuad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>Symud i f&amp;yny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Symud i &amp;lawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lend now</source>
        <translation>Rhoi &amp;benthyg nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came &amp;back</source>
        <translation>Wedi &amp;dod yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up the waiting list</source>
        <translation>Symud i fyny’r rhestr aros</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Kit:</source>
        <translation>Cyf&amp;arpar:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Waiting, #%1</source>
        <translation>Yn aros, rhif %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing reserved ahead. Press Reserve… to hold it for a date.</source>
        <translation>Dim byd wedi’i neilltuo o flaen llaw. Pwyswch Neilltuo… i’w gadw ar gyfer dyddiad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reserved first, by date; then the waiting list, in order. When a reservation is cancelled or the kit comes back early, the first on the waiting list that fits is booked.</source>
        <translation>Y neilltuadau yn gyntaf, yn ôl dyddiad; yna’r rhestr aros, yn ei threfn. Pan fydd neilltuad yn cael ei ganslo neu’r cyfarpar yn dod yn ôl yn gynnar, bydd y cyntaf ar y rhestr aros sy’n ffitio yn cael ei archebu.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Booked from the waiting list: %1</source>
        <translation>Wedi’i archebu o’r rhestr aros: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel reservation</source>
        <translation>Canslo’r neilltuad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the reservation for %1?</source>
        <translation>Canslo’r neilltuad ar gyfer %1?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lend now</source>
        <translation>Rhoi benthyg nawr</translation>
    </message>
</context>
<context>
    <name>LendAnywayDialog</name>
    <message>
        <location filename="../../civicdesk/ui/editors/lend_anyway.py" line="-64"/>
        <source>Kit overdue</source>
        <translation>Cyfarpar yn hwyr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the holder you can lend it anyway: your name, today&apos;s date and the reason are recorded on the loan and shown with it.</source>
        <translation>Gan mai chi sy’n gofalu am y cyfarpar, gallwch roi benthyg er hynny: bydd eich enw, dyddiad heddiw a’r rheswm yn cael eu cofnodi ar y benthyciad a’u dangos gydag ef.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreed by</source>
        <translation>Cytunwyd gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your name</source>
        <translation>eich enw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why lend anyway</source>
        <translation>Pam rhoi benthyg er hynny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: the fun day needs it; the mower is being mended</source>
        <translation>er enghraifft: mae ei angen ar gyfer y diwrnod hwyl; mae’r peiriant torri gwair yn cael ei drwsio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed &amp;by:</source>
        <translation>Cytunwyd &amp;gan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why:</source>
        <translation>&amp;Pam:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Lend anyway</source>
        <translation>&amp;Rhoi benthyg er hynny</translation>
    </message>
</context>
<context>
    <name>LoanEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/subrecords.py" line="+167"/>
        <source>Lent despite overdue kit</source>
        <translation>Benthycwyd er bod cyfarpar yn hwyr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lent despite overdue kit: agreed by %1 on %2 (%3)</source>
        <translation>Benthycwyd er bod cyfarpar yn hwyr: %1 a gytunodd, ar %2 (%3)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>loan to %1</source>
        <translation>benthyciad i %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lend this kit</source>
        <translation>Rhoi benthyg y cyfarpar hwn</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../forms/loan_editor.ui" line="+14"/>
        <source>Loan</source>
        <translation>Benthyciad</translation>
    </message>
    <message>
        <location filename="../../forms/loan_editor.ui" line="+14"/>
        <source>&amp;Borrower:</source>
        <translation>&amp;Benthyciwr:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Borrower</source>
        <translation>Benthyciwr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Out on:</source>
        <translation>Benthycwyd &amp;ar:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lent out on</source>
        <translation>Benthycwyd ar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Due back:</source>
        <translation>&amp;Yn ôl erbyn:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Due back on</source>
        <translation>I fod yn ôl erbyn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Returned on:</source>
        <translation>&amp;Dychwelwyd ar:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Returned on</source>
        <translation>Dychwelwyd ar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Nodiadau:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
</context>
<context>
    <name>LoansPanel</name>
    <message>
        <location filename="../../civicdesk/ui/editors/relations.py" line="+243"/>
        <source>Borrower</source>
        <translation>Benthyciwr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out</source>
        <translation>Allan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due back</source>
        <translation>Yn ôl erbyn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned</source>
        <translation>Dychwelwyd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loans</source>
        <translation>Benthyciadau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who has borrowed this kit, latest first.</source>
        <translation>Pwy sydd wedi benthyg y cyfarpar hwn, y diweddaraf yn gyntaf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the record first to add loans.</source>
        <translation>Cadwch y cofnod yn gyntaf i ychwanegu benthyciadau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../civicdesk/ui/security/lock.py" line="-213"/>
        <source>CivicDesk is locked</source>
        <translation>Mae CivicDesk wedi’i gloi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It locked itself after a while without use, because the database is encrypted. Type the passphrase to carry on where you left off.</source>
        <translation>Cafodd ei gloi ar ôl cyfnod heb ei ddefnyddio, gan fod y gronfa ddata wedi’i hamgryptio. Teipiwch y cyfrinymadrodd i barhau lle gwnaethoch chi adael.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../civicdesk/ui/main_window.py" line="+96"/>
        <source>Views</source>
        <translation>Golygon</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opening your neighbourhood’s records…</source>
        <translation>Wrthi’n agor cofnodion eich cymdogaeth…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Opening the database…</source>
        <translation>Wrthi’n agor y gronfa ddata…</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%Ln space(s)</source>
        <translation>
            <numerusform>%Ln man</numerusform>
            <numerusform>%Ln man</numerusform>
            <numerusform>%Ln man</numerusform>
            <numerusform>%Ln man</numerusform>
            <numerusform>%Ln man</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln grŵp</numerusform>
            <numerusform>%Ln grŵp</numerusform>
            <numerusform>%Ln grŵp</numerusform>
            <numerusform>%Ln grŵp</numerusform>
            <numerusform>%Ln grŵp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln o bobl</numerusform>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln o bobl</numerusform>
            <numerusform>%Ln o bobl</numerusform>
            <numerusform>%Ln o bobl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln tool(s)</source>
        <translation>
            <numerusform>%Ln offeryn</numerusform>
            <numerusform>%Ln offeryn</numerusform>
            <numerusform>%Ln offeryn</numerusform>
            <numerusform>%Ln offeryn</numerusform>
            <numerusform>%Ln offeryn</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Select a record to delete first.</source>
        <translation>Dewiswch gofnod i’w ddileu yn gyntaf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete “%1”?</source>
        <translation>Dileu “%1”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1”? You can undo this with Ctrl+Z, and the record&apos;s history is kept.</source>
        <translation>Dileu “%1”? Gallwch ddadwneud hyn â Ctrl+Z, a bydd hanes y cofnod yn cael ei gadw.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleted “%1”. Press Ctrl+Z to undo.</source>
        <translation>Wedi dileu “%1”. Pwyswch Ctrl+Z i ddadwneud.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>About CivicDesk</source>
        <translation>Ynghylch CivicDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;CivicDesk %1&lt;/h3&gt;&lt;p&gt;Keep the map of your neighbourhood&apos;s social infrastructure.&lt;/p&gt;&lt;p&gt;Database: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Qt %3 · Python&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CivicDesk %1&lt;/h3&gt;&lt;p&gt;Cadwch fap o seilwaith cymdeithasol eich cymdogaeth.&lt;/p&gt;&lt;p&gt;Cronfa ddata: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Qt %3 · Python&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../civicdesk/ui/bundles.py" line="+220"/>
        <source>Save bundle</source>
        <translation>Cadw’r bwndel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CivicDesk bundles (*.civicdesk)</source>
        <translation>Bwndeli CivicDesk (*.civicdesk)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bundle saved</source>
        <translation>Wedi cadw’r bwndel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1 (%2 records; %3 volunteers&apos; details shared, %4 kept back). </source>
        <translation>Cadwyd %1 (cofnodion: %2; manylion gwirfoddolwyr wedi’u rhannu: %3, wedi’u cadw’n ôl: %4). </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not save the bundle</source>
        <translation>Methu cadw’r bwndel</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>Receive a bundle</source>
        <translation>Derbyn bwndel</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Another bundle is being received; please try again when it is done.</source>
        <translation>Mae bwndel arall yn cael ei dderbyn; rhowch gynnig arall arni pan fydd wedi gorffen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CivicDesk bundles (*.civicdesk);;All files (*)</source>
        <translation>Bwndeli CivicDesk (*.civicdesk);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not read the bundle</source>
        <translation>Methu darllen y bwndel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle %1 is locked. Its passphrase:</source>
        <translation>Mae’r bwndel %1 wedi’i gloi. Ei gyfrinymadrodd:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This bundle was not applied</source>
        <translation>Heb roi’r bwndel hwn ar waith</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bundle applied</source>
        <translation>Wedi rhoi’r bwndel ar waith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 new, %2 updated, %3 deleted; %4 to review in “Needs review”.</source>
        <translation>%1 newydd, %2 wedi’u diweddaru, %3 wedi’u dileu; %4 i’w hadolygu yn “Angen adolygu”.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/ui/file_actions.py" line="+34"/>
        <source>Example neighbourhood</source>
        <translation>Cymdogaeth enghreifftiol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The example neighbourhood can only be loaded into an empty database, so that it never mixes with your own records.</source>
        <translation>Dim ond i gronfa ddata wag y gellir llwytho’r gymdogaeth enghreifftiol, fel nad yw byth yn cymysgu â’ch cofnodion eich hun.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Creating the example neighbourhood…</source>
        <translation>Wrthi’n creu’r gymdogaeth enghreifftiol…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The example neighbourhood is ready to explore.</source>
        <translation>Mae’r gymdogaeth enghreifftiol yn barod i’w harchwilio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not create the example</source>
        <translation>Methu creu’r enghraifft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backing up…</source>
        <translation>Wrthi’n gwneud copi wrth gefn…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backed up to %1</source>
        <translation>Gwnaed copi wrth gefn yn %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup failed</source>
        <translation>Methodd y copi wrth gefn</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore from a backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CivicDesk backups (*.sqlite3);;All files (*)</source>
        <translation>Copïau wrth gefn CivicDesk (*.sqlite3);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace all data?</source>
        <translation>Disodli’r holl ddata?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace everything in CivicDesk with the backup “%1”? What is here now is backed up first, so you can go back.</source>
        <translation>Disodli popeth yn CivicDesk â’r copi wrth gefn “%1”? Bydd copi wrth gefn o’r hyn sydd yma nawr yn cael ei wneud yn gyntaf, er mwyn i chi allu mynd yn ôl.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not restore</source>
        <translation>Methu adfer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored. The previous state was saved to %1</source>
        <translation>Wedi adfer. Cadwyd y cyflwr blaenorol yn %1</translation>
    </message>
    <message>
        <location filename="../../civicdesk/ui/lists/view.py" line="+278"/>
        <source>No spaces yet.

Add the halls, libraries, parks, pubs and places of worship people meet in with “Add space”, or start with the example neighbourhood from the File menu.</source>
        <translation>Dim mannau eto.

Ychwanegwch y neuaddau, y llyfrgelloedd, y parciau, y tafarndai a’r addoldai lle mae pobl yn cwrdd ag “Ychwanegu man”, neu dechreuwch gyda’r gymdogaeth enghreifftiol o’r ddewislen Ffeil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No groups yet.

Add the clubs, charities and associations that run activities with “Add group”.</source>
        <translation>Dim grwpiau eto.

Ychwanegwch y clybiau, yr elusennau a’r cymdeithasau sy’n cynnal gweithgareddau ag “Ychwanegu grŵp”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No volunteers yet.

Add the people who hold things together with “Add person”. Their details stay on this computer unless they consent.</source>
        <translation>Dim gwirfoddolwyr eto.

Ychwanegwch y bobl sy’n cadw pethau i fynd ag “Ychwanegu person”. Mae eu manylion yn aros ar y cyfrifiadur hwn oni bai eu bod yn rhoi caniatâd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No tools yet.

Add the methods, apps and shared kit your groups use with “Add tool”.</source>
        <translation>Dim offer eto.

Ychwanegwch y dulliau, yr apiau a’r cyfarpar a rennir y mae eich grwpiau’n eu defnyddio ag “Ychwanegu offeryn”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add space</source>
        <translation>Ychwanegu man</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add group</source>
        <translation>Ychwanegu grŵp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add tool</source>
        <translation>Ychwanegu offeryn</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not load the list</source>
        <translation>Methu llwytho’r rhestr</translation>
    </message>
    <message>
        <location filename="../../civicdesk/ui/map/view.py" line="+443"/>
        <location filename="../../civicdesk/ui/map_actions.py" line="+39"/>
        <source>Map background</source>
        <translation>Cefndir y map</translation>
    </message>
    <message>
        <location filename="../../civicdesk/ui/map_actions.py" line="-14"/>
        <source>Choose a map background</source>
        <translation>Dewis cefndir i’r map</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MBTiles maps (*.mbtiles);;All files (*)</source>
        <translation>Mapiau MBTiles (*.mbtiles);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open the map or the network view to export it.</source>
        <translation>Agorwch y map neu’r rhwydwaith i allforio’r olwg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export view</source>
        <translation>Allforio’r olwg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG image (*.png)</source>
        <translation>Delwedd PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dogfen PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not export</source>
        <translation>Methu allforio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %1</source>
        <translation>Cadwyd %1</translation>
    </message>
    <message>
        <location filename="../../civicdesk/ui/menus.py" line="+72"/>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New record in this view</source>
        <translation>Cofnod newydd yn yr olwg hon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Space</source>
        <translation>&amp;Man</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group</source>
        <translation>&amp;Grŵp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tool</source>
        <translation>&amp;Offeryn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load the &amp;example neighbourhood</source>
        <translation>Llwytho’r gymdogaeth &amp;enghreifftiol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import a spreadsheet or map data…</source>
        <translation>&amp;Mewnforio taenlen neu ddata map…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print directory…</source>
        <translation>&amp;Argraffu’r cyfeiriadur…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Send to another group…</source>
        <translation>An&amp;fon at grŵp arall…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Receive a bundle…</source>
        <translation>&amp;Derbyn bwndel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Watch an exchange folder…</source>
        <translation>G&amp;wylio ffolder cyfnewid…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose &amp;map background…</source>
        <translation>Dewis &amp;cefndir i’r map…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export view as PN&amp;G…</source>
        <translation>Allforio’r olwg fel &amp;PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export view as PD&amp;F…</source>
        <translation>Allf&amp;orio’r olwg fel PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back up now</source>
        <translation>Gwneud copi wr&amp;th gefn nawr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Res&amp;tore from a backup…</source>
        <translation>Adfe&amp;r o gopi wrth gefn…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database se&amp;curity…</source>
        <translation>D&amp;iogelwch y gronfa ddata…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock now</source>
        <translation>C&amp;loi nawr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open selected</source>
        <translation>Ag&amp;or y cofnod a ddewiswyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete selected…</source>
        <translation>Di&amp;leu’r cofnod a ddewiswyd…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find…</source>
        <translation>&amp;Canfod…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Gosodiadau…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>G&amp;weld</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;load</source>
        <translation>Ai&amp;l-lwytho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CivicDesk</source>
        <translation>&amp;Ynghylch CivicDesk</translation>
    </message>
    <message>
        <location filename="../../civicdesk/ui/security/context.py" line="+38"/>
        <source>Only an encrypted database can be locked: see File › Database security.</source>
        <translation>Dim ond cronfa ddata wedi’i hamgryptio y gellir ei chloi: gweler Ffeil › Diogelwch y gronfa ddata.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/ui/security/convert.py" line="+34"/>
        <source>Changing the passphrase…</source>
        <translation>Wrthi’n newid y cyfrinymadrodd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting the database…</source>
        <translation>Wrthi’n amgryptio’r gronfa ddata…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removing the encryption…</source>
        <translation>Wrthi’n dileu’r amgryptio…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The passphrase was changed; the old one no longer opens the database.</source>
        <translation>Mae’r cyfrinymadrodd wedi newid; dydy’r hen un ddim yn agor y gronfa ddata mwyach.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is now encrypted.</source>
        <translation>Mae’r gronfa ddata wedi’i hamgryptio nawr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is no longer encrypted.</source>
        <translation>Dydy’r gronfa ddata ddim wedi’i hamgryptio mwyach.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not change the encryption</source>
        <translation>Methu newid yr amgryptio</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../../civicdesk/ui/map/canvas.py" line="+320"/>
        <source>Bubbles: ring = mix of categories,</source>
        <translation>Swigod: cylch = cymysgedd o gategorïau,</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>red badge = how many at risk</source>
        <translation>bathodyn coch = faint sydd mewn perygl</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../civicdesk/ui/map/view.py" line="-356"/>
        <location line="+17"/>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Basemap…</source>
        <translation>Map sylfaen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show an offline map (an .mbtiles file) under the markers</source>
        <translation>Dangos map all-lein (ffeil .mbtiles) o dan y marcwyr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As a picture (PNG)…</source>
        <translation>Fel llun (PNG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a PDF…</source>
        <translation>Fel PDF…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Space without a location</source>
        <translation>Man heb leoliad</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+244"/>
        <source>Place on map</source>
        <translation>Rhoi ar y map</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>Then click on the map where the chosen space is</source>
        <translation>Yna cliciwch ar y map lle mae’r man a ddewiswyd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not on the map yet:</source>
        <translation>Ddim ar y map eto:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scroll to zoom, drag the map to move around. Click a marker to open the space; drag a marker to change where it is (Undo puts it back).</source>
        <translation>Sgroliwch i chwyddo, llusgwch y map i symud o gwmpas. Cliciwch ar farciwr i agor y man; llusgwch farciwr i newid ble mae (mae Dadwneud yn ei roi’n ôl).</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+57"/>
        <source>any</source>
        <translation>unrhyw un</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 ownership</source>
        <translation>Perchnogaeth: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%1 of %Ln space(s) shown</source>
        <translation>
            <numerusform>Yn dangos %1 o %Ln man</numerusform>
            <numerusform>Yn dangos %1 o %Ln man</numerusform>
            <numerusform>Yn dangos %1 o %Ln man</numerusform>
            <numerusform>Yn dangos %1 o %Ln man</numerusform>
            <numerusform>Yn dangos %1 o %Ln man</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 without a location</source>
        <translation>%1 heb leoliad</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Move space</source>
        <translation>Symud man</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> (online)</source>
        <translation> (ar-lein)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Click on the map where “%1” is (drag to move the map; Esc cancels).</source>
        <translation>Cliciwch ar y map lle mae “%1” (llusgwch i symud y map; mae Esc yn canslo).</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Choose an offline map</source>
        <translation>Dewis map all-lein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline maps (*.mbtiles);;All files (*)</source>
        <translation>Mapiau all-lein (*.mbtiles);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Basemap</source>
        <translation>Map sylfaen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Map of spaces</source>
        <translation>Map o’r mannau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the map</source>
        <translation>Allforio’r map</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../civicdesk/ui/importing/wizard.py" line="+170"/>
        <source>Match columns to fields</source>
        <translation>Paru colofnau â meysydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CivicDesk guessed from the column names and contents. Change anything that is wrong; choose “(not imported)” to leave a column out.</source>
        <translation>Mae CivicDesk wedi dyfalu o enwau a chynnwys y colofnau. Newidiwch unrhyw beth sy’n anghywir; dewiswch “(heb ei mewnforio)” i adael colofn allan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns of the file and the fields they fill</source>
        <translation>Colofnau’r ffeil a’r meysydd maen nhw’n eu llenwi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column (first values)</source>
        <translation>Colofn (gwerthoedd cyntaf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Also</source>
        <translation>Hefyd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category for rows that do not say</source>
        <translation>Categori ar gyfer rhesi nad ydyn nhw’n dweud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Cadw’r paru…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Category for rows that do not say:</source>
        <translation>Categori ar gyfer rhesi &amp;nad ydyn nhw’n dweud:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Empty in every row</source>
        <translation>Gwag ym mhob rhes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field for column %1</source>
        <translation>Maes ar gyfer colofn %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not imported)</source>
        <translation>(heb ei mewnforio)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to read column %1</source>
        <translation>Sut i ddarllen colofn %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as it is</source>
        <translation>fel y mae</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(guess from the name)</source>
        <translation>(dyfalu o’r enw)</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+6"/>
        <source>Save mapping</source>
        <translation>Cadw’r paru</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Mapping (*.json)</source>
        <translation>Paru colofnau (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the column that holds the name.</source>
        <translation>Dewiswch y golofn sy’n cynnwys yr enw.</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/subrecords.py" line="-141"/>
        <source>space</source>
        <translation>man</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, or leave it empty for a meeting online</source>
        <translation>, neu gadewch ef yn wag ar gyfer cyfarfod ar-lein</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the times</source>
        <translation>yr amseroedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a meeting place</source>
        <translation>Ychwanegu man cyfarfod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting place</source>
        <translation>Man cyfarfod</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="+14"/>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Where:</source>
        <translation>&amp;Ble:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Space where it meets</source>
        <translation>Y man lle mae’n cwrdd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Days:</source>
        <translation>&amp;Diwrnodau:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days</source>
        <translation>Diwrnodau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Amser dechrau:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start time</source>
        <translation>Amser dechrau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Ends:</source>
        <translation>Amser &amp;gorffen:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>End time</source>
        <translation>Amser gorffen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;How often:</source>
        <translation>&amp;Pa mor aml:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How often</source>
        <translation>Pa mor aml</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Nodiadau:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example term time only</source>
        <translation>er enghraifft yn ystod y tymor yn unig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <location filename="../../civicdesk/ui/editors/relations.py" line="-88"/>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where and when the group meets</source>
        <translation>Ble a phryd mae’r grŵp yn cwrdd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The places this group meets and when. Double-click a row to change it.</source>
        <translation>Y mannau lle mae’r grŵp hwn yn cwrdd, a phryd. Cliciwch ddwywaith ar res i’w newid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the record first to add where and when the group meets.</source>
        <translation>Cadwch y cofnod yn gyntaf i ychwanegu ble a phryd mae’r grŵp yn cwrdd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Online or no fixed place</source>
        <translation>Ar-lein neu heb le sefydlog</translation>
    </message>
</context>
<context>
    <name>MoneyPanel</name>
    <message>
        <location filename="../../civicdesk/ui/money/panel.py" line="+118"/>
        <source>Loading…</source>
        <translation>Wrthi’n llwytho…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amounts are in pounds. Hire income counts the payments against invoices.</source>
        <translation>Mae’r symiau mewn punnoedd. Mae’r incwm llogi yn cyfrif y taliadau ar gyfer anfonebau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add &amp;income…</source>
        <translation>Ychwanegu in&amp;cwm…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State the r&amp;eserves…</source>
        <translation>Nodi’r cronfeydd wrth g&amp;efn…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New in&amp;voice…</source>
        <translation>Anfoneb &amp;newydd…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pri&amp;nt…</source>
        <translation>Ar&amp;graffu…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Add a &amp;cost…</source>
        <translation>Ychwanegu c&amp;ost…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add w&amp;ork…</source>
        <translation>Ychwanegu g&amp;waith…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice a &amp;booking…</source>
        <translation>Anfonebu am arc&amp;heb…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record a payment…</source>
        <translation>Cofnodi &amp;taliad…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money se&amp;ttings…</source>
        <translation>Go&amp;sodiadau arian…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+152"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+8"/>
        <location line="+170"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location line="-177"/>
        <location line="+140"/>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Amount</source>
        <translation>Swm</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+149"/>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Work</source>
        <translation>Gwaith</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+175"/>
        <source>Urgency</source>
        <translation>Brys</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+8"/>
        <source>Due</source>
        <translation>Yn ddyledus</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Estimated cost</source>
        <translation>Cost amcangyfrifedig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hirer</source>
        <translation>Llogwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Cyhoeddwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still owed</source>
        <translation>Heb ei dalu</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+84"/>
        <source>Income and costs</source>
        <translation>Incwm a chostau</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+83"/>
        <source>Backlog</source>
        <translation>Gwaith sy’n aros</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+82"/>
        <source>Invoices</source>
        <translation>Anfonebau</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+186"/>
        <source>Money</source>
        <translation>Arian</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>From the accounts: </source>
        <translation>O’r cyfrifon: </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+110"/>
        <source>income</source>
        <translation>incwm</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>cost</source>
        <translation>cost</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reserves</source>
        <translation>cronfeydd wrth gefn</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Amount (£)</source>
        <translation>Swm (£)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+96"/>
        <source>optional</source>
        <translation>dewisol</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Add income</source>
        <translation>Ychwanegu incwm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a running cost</source>
        <translation>Ychwanegu cost rhedeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State the reserves held on a date</source>
        <translation>Nodi’r cronfeydd wrth gefn ar ddyddiad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a running cost</source>
        <translation>cost rhedeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reserves held</source>
        <translation>y cronfeydd wrth gefn</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Work needed</source>
        <translation>Gwaith sydd ei angen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Roof repairs</source>
        <translation>e.e. Atgyweirio’r to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Estimated cost (£)</source>
        <translation>Cost amcangyfrifedig (£)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due in the year</source>
        <translation>Blwyddyn y mae’n ddyledus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add work to the backlog</source>
        <translation>Ychwanegu gwaith sy’n aros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>work to the backlog</source>
        <translation>gwaith sy’n aros</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>please enter who the invoice is for</source>
        <translation>nodwch at bwy mae’r anfoneb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invoice %1</source>
        <translation>anfoneb %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose an invoice in the list first.</source>
        <translation>Dewiswch anfoneb yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amount received (£)</source>
        <translation>Swm a dderbyniwyd (£)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Received on</source>
        <translation>Derbyniwyd ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>payment against %1</source>
        <translation>taliad ar gyfer %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment against %1</source>
        <translation>Taliad ar gyfer %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Invoice</source>
        <translation>Anfoneb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the receipt for the latest payment? (No prints the invoice)</source>
        <translation>Argraffu’r dderbynneb ar gyfer y taliad diweddaraf? (Mae “Na” yn argraffu’r anfoneb)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Derbynneb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save %1</source>
        <translation>Cadw %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>Not printed</source>
        <translation>Heb ei argraffu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved</source>
        <translation>Wedi cadw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved %1.</source>
        <translation>Cadwyd %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete “%1”? Edit ▸ Undo brings it back.</source>
        <translation>Dileu “%1”? Mae Golygu ▸ Dadwneud yn dod ag ef yn ôl.</translation>
    </message>
</context>
<context>
    <name>MoneySettingsDialog</name>
    <message>
        <location filename="../../civicdesk/ui/money/settings_dialog.py" line="+36"/>
        <location line="+1"/>
        <source>Money settings</source>
        <translation>Gosodiadau arian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What invoices and receipts print. These stay on this computer; each computer numbers its own invoices under its own prefix.</source>
        <translation>Beth sy’n cael ei argraffu ar anfonebau a derbynebau. Mae’r rhain yn aros ar y cyfrifiadur hwn; mae pob cyfrifiadur yn rhifo ei anfonebau ei hun o dan ei ragddodiad ei hun.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Mill Lane Village Hall</source>
        <translation>e.e. Mill Lane Village Hall</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>eight digits</source>
        <translation>wyth digid</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> diwrnod</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pa&amp;yee:</source>
        <translation>Talwch &amp;i:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name on invoices</source>
        <translation>Enw ar anfonebau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;harity number:</source>
        <translation>Rhif e&amp;lusen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered charity number</source>
        <translation>Rhif elusen gofrestredig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Cyfeiriad:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address on invoices</source>
        <translation>Cyfeiriad ar anfonebau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account na&amp;me:</source>
        <translation>E&amp;nw’r cyfrif:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bank account name</source>
        <translation>Enw’r cyfrif banc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ort code:</source>
        <translation>C&amp;od didoli:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sort code</source>
        <translation>Cod didoli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account n&amp;umber:</source>
        <translation>Rhif y c&amp;yfrif:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account number</source>
        <translation>Rhif y cyfrif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number &amp;prefix:</source>
        <translation>&amp;Rhagddodiad rhif anfoneb:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoice number prefix</source>
        <translation>Rhagddodiad rhif anfoneb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment &amp;terms:</source>
        <translation>&amp;Telerau talu:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days to pay an invoice</source>
        <translation>Diwrnodau i dalu anfoneb</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Invoices are numbered PREFIX-0001, receipts PREFIX-R0001</source>
        <translation>Mae anfonebau’n cael eu rhifo RHAGDDODIAD-0001, a derbynebau RHAGDDODIAD-R0001</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message numerus="yes">
        <location filename="../../civicdesk/ui/network/view.py" line="+67"/>
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln cysylltiad</numerusform>
            <numerusform>%Ln cysylltiad</numerusform>
            <numerusform>%Ln cysylltiad</numerusform>
            <numerusform>%Ln cysylltiad</numerusform>
            <numerusform>%Ln cysylltiad</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show:</source>
        <translation>Dangos:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+18"/>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+6"/>
        <location line="+140"/>
        <source>any</source>
        <translation>unrhyw un</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+13"/>
        <source>District</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>At most this many records</source>
        <translation>Dim mwy na hyn o gofnodion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The most connected records are shown; the findings always are</source>
        <translation>Dangosir y cofnodion â’r mwyaf o gysylltiadau; dangosir y canfyddiadau bob amser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At most</source>
        <translation>Dim mwy na</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+89"/>
        <source>Working out the network…</source>
        <translation>Wrthi’n cyfrifo’r rhwydwaith…</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As a picture (PNG)…</source>
        <translation>Fel llun (PNG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a PDF…</source>
        <translation>Fel PDF…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where the network is thin</source>
        <translation>Lle mae’r rhwydwaith yn denau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the network is thin; Enter opens the record</source>
        <translation>Lle mae’r rhwydwaith yn denau; mae Enter yn agor y cofnod</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Where the network is thin&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lle mae’r rhwydwaith yn denau&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Red rings mark these on the picture. Select one to find it; double-click to open it. People are named only if they agreed to be listed; otherwise by their initials.</source>
        <translation>Mae cylchoedd coch yn dangos y rhain ar y llun. Dewiswch un i ddod o hyd iddo; cliciwch ddwywaith i’w agor. Dim ond pobl a gytunodd i gael eu rhestru sy’n cael eu henwi; fel arall, dangosir eu llythrennau cyntaf.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Network</source>
        <translation>Rhwydwaith</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 records, %3 links shown</source>
        <translation>Yn dangos %1 o’r %2 cofnod, %3 cysylltiad</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Dashed: one group helped another</source>
        <translation>Llinell doredig: mae un grŵp wedi helpu grŵp arall</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>People who hold groups together</source>
        <translation>Pobl sy’n cadw grwpiau at ei gilydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spaces many groups depend on</source>
        <translation>Mannau y mae llawer o grwpiau’n dibynnu arnyn nhw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups kept going by one volunteer</source>
        <translation>Grwpiau sy’n dibynnu ar un gwirfoddolwr</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None found.</source>
        <translation>Heb ganfod dim un.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Network of groups and spaces</source>
        <translation>Rhwydwaith o grwpiau a mannau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the network</source>
        <translation>Allforio’r rhwydwaith</translation>
    </message>
    <message>
        <location filename="../../civicdesk/ui/network/canvas.py" line="+66"/>
        <source>group</source>
        <translation>grŵp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>space</source>
        <translation>man</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tool</source>
        <translation>offeryn</translation>
    </message>
</context>
<context>
    <name>NewKindDialog</name>
    <message>
        <location filename="../../civicdesk/ui/health/compliance_panel.py" line="-197"/>
        <source>New kind of item</source>
        <translation>Math newydd o eitem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example: Defibrillator pads</source>
        <translation>er enghraifft: Padiau diffibriliwr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> months</source>
        <translation> mis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no fixed renewal</source>
        <translation>dim adnewyddu penodol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any space</source>
        <translation>unrhyw fan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buildings</source>
        <translation>adeiladau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew every</source>
        <translation>Adnewyddu bob</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies to</source>
        <translation>Yn berthnasol i</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <location filename="../../civicdesk/ui/builders/dialogs.py" line="-198"/>
        <source>Advice by phone</source>
        <translation>Cyngor dros y ffôn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Come and run it</source>
        <translation>Dod i’w redeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lend</source>
        <translation>Rhoi benthyg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train others</source>
        <translation>Hyfforddi eraill</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Offer help</source>
        <translation>Cynnig help</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer your skills or kit to other groups. A volunteer is listed only with their consent to be listed as a builder (on their page, under Consent).</source>
        <translation>Cynigiwch eich sgiliau neu’ch cyfarpar i grwpiau eraill. Dim ond gyda’i ganiatâd i gael ei restru fel adeiladwr cymunedol y caiff gwirfoddolwr ei restru (ar ei dudalen, o dan Caniatâd).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who offers</source>
        <translation>Pwy sy’n cynnig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group itself</source>
        <translation>Y grŵp ei hun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Who offers:</source>
        <translation>&amp;Pwy sy’n cynnig:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Through the group</source>
        <translation>Drwy’r grŵp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the volunteer&apos;s own group if left empty</source>
        <translation>grŵp y gwirfoddolwr ei hun os caiff ei adael yn wag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through the &amp;group:</source>
        <translation>Drwy’r &amp;grŵp:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Skills:</source>
        <translation>&amp;Sgiliau:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skills</source>
        <translation>Sgiliau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for example: first aid, PAT testing</source>
        <translation>er enghraifft: cymorth cyntaf, profion PAT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tool</source>
        <translation>Offeryn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tool (if any):</source>
        <translation>&amp;Offeryn (os oes un):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Areas:</source>
        <translation>&amp;Ardaloedd:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Areas</source>
        <translation>Ardaloedd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>empty: anywhere</source>
        <translation>gwag: unrhyw le</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How:</source>
        <translation>Sut:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How &amp;often:</source>
        <translation>Pa mor a&amp;ml:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How often</source>
        <translation>Pa mor aml</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for example: once a month</source>
        <translation>er enghraifft: unwaith y mis</translation>
    </message>
</context>
<context>
    <name>OpeningHoursEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/widgets.py" line="-101"/>
        <source>&amp;Tuesday</source>
        <translation>Dydd Ma&amp;wrth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>W&amp;ednesday</source>
        <translation>Dydd M&amp;ercher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>M&amp;onday</source>
        <translation>Dydd Llun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu&amp;rsday</source>
        <translation>Dydd I&amp;au</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Friday</source>
        <translation>Dydd &amp;Gwener</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;aturday</source>
        <translation>Dydd &amp;Sadwrn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;unday</source>
        <translation>Dydd S&amp;ul</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>opens</source>
        <translation>yn agor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closes</source>
        <translation>yn cau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>to</source>
        <translation>tan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Nodiadau:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example closed on bank holidays</source>
        <translation>er enghraifft ar gau ar wyliau banc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours notes</source>
        <translation>Nodiadau oriau agor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem with the opening hours</source>
        <translation>Problem gyda’r oriau agor</translation>
    </message>
</context>
<context>
    <name>PartyEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/pickers.py" line="+100"/>
        <source>Type a name or choose a group</source>
        <translation>Teipiwch enw neu dewiswch grŵp</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../civicdesk/ui/security/passphrase.py" line="+51"/>
        <source>Open the encrypted database</source>
        <translation>Agor y gronfa ddata wedi’i hamgryptio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is encrypted. Type its passphrase to open it.</source>
        <translation>Mae “%1” wedi’i amgryptio. Teipiwch ei gyfrinymadrodd i’w agor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember it on this computer (in the keyring)</source>
        <translation>C&amp;ofio ar y cyfrifiadur hwn (yn y cylch allweddi)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That passphrase is not right. Please try again.</source>
        <translation>Dydy’r cyfrinymadrodd hwnnw ddim yn gywir. Rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/person.py" line="+24"/>
        <source>&amp;Details</source>
        <translation>&amp;Manylion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;onsent</source>
        <translation>&amp;Caniatâd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sa&amp;feguarding</source>
        <translation>&amp;Diogelu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles in &amp;groups</source>
        <translation>&amp;Rolau mewn grwpiau</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../forms/person_editor.ui" line="+169"/>
        <source>Home address</source>
        <translation>Cyfeiriad cartref</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../forms/person_editor.ui" line="+67"/>
        <location line="+6"/>
        <source>DBS check</source>
        <translation>Gwiriad DBS</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>E&amp;xport everything we hold…</source>
        <translation>A&amp;llforio popeth sydd gennym…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase…</source>
        <translation>Dileu’n llwyr…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New person</source>
        <translation>Person newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person: %1</source>
        <translation>Person: %1</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="-228"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Email:</source>
        <translation>E-&amp;bost:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>name@example.org</source>
        <translation>enw@example.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Ffôn:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example 07700 900123</source>
        <translation>er enghraifft 07700 900123</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;kills:</source>
        <translation>&amp;Sgiliau:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>separate with commas</source>
        <translation>gwahanwch â chomas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skills</source>
        <translation>Sgiliau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;vailability:</source>
        <translation>Ar&amp;gaeledd:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example weekday evenings</source>
        <translation>er enghraifft gyda’r nos yn ystod yr wythnos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Availability</source>
        <translation>Argaeledd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note&amp;s:</source>
        <translation>&amp;Nodiadau:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Home address (private, never printed)</source>
        <translation>Cyfeiriad cartref (preifat, byth yn cael ei argraffu)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick what this person has agreed to, with the date and how they told you. To record a withdrawal, untick it and give the date.</source>
        <translation>Ticiwch yr hyn y mae’r person hwn wedi cytuno iddo, gyda’r dyddiad a sut y dywedodd wrthych chi. I gofnodi bod caniatâd wedi’i dynnu’n ôl, dad-diciwch ef a rhowch y dyddiad.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Consents</source>
        <translation>Caniatadau</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Safeguarding</source>
        <translation>Diogelu</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Roles in groups</source>
        <translation>Rolau mewn grwpiau</translation>
    </message>
</context>
<context>
    <name>PersonPrivacyActions</name>
    <message>
        <location filename="../../civicdesk/ui/privacy/actions.py" line="+25"/>
        <source>Export everything we hold</source>
        <translation>Allforio popeth sydd gennym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF summary and JSON data (*.pdf)</source>
        <translation>Crynodeb PDF a data JSON (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not export</source>
        <translation>Methu allforio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported</source>
        <translation>Wedi allforio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything we hold about %1 is in:
%2 (a summary to read)
%3 (all of it, as data)</source>
        <translation>Mae popeth sydd gennym ynghylch %1 yn:
%2 (crynodeb i’w ddarllen)
%3 (y cyfan, fel data)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not erase</source>
        <translation>Methu dileu’n llwyr</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../civicdesk/ui/bundles.py" line="-219"/>
        <source>an unnamed group</source>
        <translation>grŵp heb enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle from %1</source>
        <translation>Bwndel gan %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From &lt;b&gt;%1&lt;/b&gt;. Their key&apos;s fingerprint: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Gan &lt;b&gt;%1&lt;/b&gt;. Ôl bys eu hallwedd: &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is the first bundle from them: read the fingerprint to them by phone and check it matches theirs before you apply it.</source>
        <translation>Dyma’r bwndel cyntaf ganddyn nhw: darllenwch yr ôl bys iddyn nhw dros y ffôn a gwiriwch ei fod yn cyfateb i’w un nhw cyn i chi ei roi ar waith.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 new · %2 updated · %3 deleted · %4 to review · %5 unchanged</source>
        <translation>%1 newydd · %2 wedi’u diweddaru · %3 wedi’u dileu · %4 i’w hadolygu · %5 heb newid</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Apply</source>
        <translation>&amp;Gweithredu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 records of a kind this version does not know — kept and passed on</source>
        <translation>%1 cofnod o fath nad yw’r fersiwn hon yn ei adnabod — wedi’u cadw a’u trosglwyddo ymlaen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 record of a kind this version does not know — kept and passed on</source>
        <translation>1 cofnod o fath nad yw’r fersiwn hon yn ei adnabod — wedi’i gadw a’i drosglwyddo ymlaen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reservations that clash with ours:</source>
        <translation>Neilltuadau sy’n gwrthdaro â’n rhai ni:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A backup is made first; everything is applied at once or not at all.</source>
        <translation>Mae copi wrth gefn yn cael ei wneud yn gyntaf; mae popeth yn cael ei roi ar waith ar unwaith neu ddim o gwbl.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the other group</source>
        <translation>y grŵp arall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 reserved it for %3 — the same days as our reservation for %4. Both are kept and wait in Needs review for you to choose who has it.</source>
        <translation>%1: neilltuodd %2 ef ar gyfer %3 — yr un dyddiau â’n neilltuad ni ar gyfer %4. Mae’r ddau’n cael eu cadw ac yn aros yn “Angen adolygu” i chi ddewis pwy sy’n ei gael.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../civicdesk/ui/importing/wizard.py" line="-157"/>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First rows of the file</source>
        <translation>Rhesi cyntaf y ffeil</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 rows%2. The first %3 are shown.</source>
        <translation>%1 rhes%2. Dangosir y %3 cyntaf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row %1 has more or fewer cells than the header; it will be listed as failed</source>
        <translation>Mae gan res %1 fwy neu lai o gelloedd na’r pennyn; bydd yn cael ei rhestru fel un a fethodd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows %1 have more or fewer cells than the header; they will be listed as failed</source>
        <translation>Mae gan resi %1 fwy neu lai o gelloedd na’r pennyn; byddan nhw’n cael eu rhestru fel rhai a fethodd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (check for a comma in a cell without quotes around it).</source>
        <translation> (chwiliwch am goma mewn cell heb ddyfynodau o’i chwmpas).</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../../civicdesk/ui/tools/dialogs.py" line="+42"/>
        <source>Rate “%1”</source>
        <translation>Rhoi sgôr i “%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grŵp:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 stars</source>
        <translation>%1 seren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rating:</source>
        <translation>Sgôr:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sentence or two for other groups: what worked, what to watch</source>
        <translation>Brawddeg neu ddwy i grwpiau eraill: beth weithiodd, beth i gadw llygad arno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Review:</source>
        <translation>&amp;Adolygiad:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose the group that uses it from the list.</source>
        <translation>Dewiswch o’r rhestr y grŵp sy’n ei ddefnyddio.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/base.py" line="+72"/>
        <source>Problem saving</source>
        <translation>Problem wrth gadw</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Histor&amp;y…</source>
        <translation>&amp;Hanes…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Problem with %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Could not save</source>
        <translation>Methu cadw</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unsaved changes</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your changes to %1 before closing?</source>
        <translation>Cadw eich newidiadau (%1) cyn cau?</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../civicdesk/ui/lists/view.py" line="-229"/>
        <source>any</source>
        <translation>unrhyw un</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All</source>
        <translation>Pob un</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by %1</source>
        <translation>Hidlo yn ôl %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Columns</source>
        <translation>Colofnau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose columns</source>
        <translation>Dewis colofnau</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Nothing matches these filters.</source>
        <translation>Does dim yn cyfateb i’r hidlau hyn.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../civicdesk/ui/editors/pickers.py" line="-60"/>
        <source>Type to search…</source>
        <translation>Teipiwch i chwilio…</translation>
    </message>
</context>
<context>
    <name>RelationPanel</name>
    <message>
        <location filename="../../civicdesk/ui/editors/relations.py" line="-108"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ychwanegu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Golygu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1”? You can undo this from the Edit menu.</source>
        <translation>Tynnu “%1”? Gallwch ddadwneud hyn o’r ddewislen Golygu.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../civicdesk/ui/builders/dialogs.py" line="+33"/>
        <source>Ask for help</source>
        <translation>Gofyn am help</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group asking</source>
        <translation>Grŵp sy’n gofyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group asking:</source>
        <translation>&amp;Grŵp sy’n gofyn:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What help:</source>
        <translation>Pa &amp;help:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What help</source>
        <translation>Pa help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: first aid cover for the fun day on 14 June</source>
        <translation>er enghraifft: cymorth cyntaf ar gyfer y diwrnod hwyl ar 14 Mehefin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Skills wanted:</source>
        <translation>&amp;Sgiliau sydd eu hangen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skills wanted</source>
        <translation>Sgiliau sydd eu hangen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for example: first aid</source>
        <translation>er enghraifft: cymorth cyntaf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tool</source>
        <translation>Offeryn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tool (if any):</source>
        <translation>&amp;Offeryn (os oes un):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area:</source>
        <translation>&amp;Ardal:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>where the help is needed</source>
        <translation>lle mae angen yr help</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needed by</source>
        <translation>Ei angen erbyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Needed by:</source>
        <translation>Ei angen &amp;erbyn:</translation>
    </message>
</context>
<context>
    <name>ReserveDialog</name>
    <message>
        <location filename="../../civicdesk/ui/builders/kit_tab.py" line="-216"/>
        <source>Reserve %1</source>
        <translation>Neilltuo: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reserved for</source>
        <translation>Wedi’i neilltuo i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved &amp;for:</source>
        <translation>Wedi’i &amp;neilltuo i:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day</source>
        <translation>Diwrnod cyntaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;irst day:</source>
        <translation>Diwrnod &amp;cyntaf:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day</source>
        <translation>Diwrnod olaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last day:</source>
        <translation>Diwrnod &amp;olaf:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it is for</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: street party</source>
        <translation>er enghraifft: parti stryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is f&amp;or:</source>
        <translation>&amp;Diben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If it is taken, join the &amp;waiting list</source>
        <translation>Os yw eisoes wedi’i gymryd, ymuno â’r &amp;rhestr aros</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../civicdesk/ui/review.py" line="+65"/>
        <location line="+77"/>
        <location line="+93"/>
        <location line="+24"/>
        <source>Needs review</source>
        <translation>Angen adolygu</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Manylyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept version (everyone sees it)</source>
        <translation>Y fersiwn a gadwyd (mae pawb yn ei gweld)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other version</source>
        <translation>Y fersiwn arall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noticed</source>
        <translation>Sylwyd</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Changes that need a decision</source>
        <translation>Newidiadau sydd angen penderfyniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep this version</source>
        <translation>&amp;Cadw’r fersiwn hon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use the other version</source>
        <translation>&amp;Defnyddio’r fersiwn arall</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>One change from another group clashed with yours.</source>
        <translation>Roedd un o newidiadau grŵp arall yn gwrthdaro â’ch rhai chi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changes from other groups clashed with yours.</source>
        <translation>Roedd %1 o newidiadau grwpiau eraill yn gwrthdaro â’ch rhai chi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone already sees the kept version; use the other one where it is right.</source>
        <translation>Mae pawb yn gweld y fersiwn a gadwyd yn barod; defnyddiwch y llall lle mae’n gywir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing needs review.

When you receive a bundle from another group and you both changed the same detail without seeing each other&apos;s change — say, a hall&apos;s opening hours — CivicDesk keeps one version so that everyone agrees, and lists the other one here. You can then see both side by side, with who changed what and when, and choose which to keep.</source>
        <translation>Does dim byd angen ei adolygu.

Pan fyddwch chi’n derbyn bwndel gan grŵp arall a’r ddau ohonoch chi wedi newid yr un manylyn heb weld newid y llall — oriau agor neuadd, er enghraifft — mae CivicDesk yn cadw un fersiwn fel bod pawb yn cytuno, ac yn rhestru’r llall yma. Yna gallwch weld y ddwy fersiwn ochr yn ochr, gyda phwy newidiodd beth a phryd, a dewis pa un i’w chadw.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>changed by %1</source>
        <translation>newidiwyd gan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> on %1</source>
        <translation> ar %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 for %2 · %3</source>
        <translation>%1 ar gyfer %2 · %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kept %1</source>
        <translation>Cadwyd %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used %1</source>
        <translation>Defnyddiwyd %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> for %1 · %2.</source>
        <translation> ar gyfer %1 · %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Done: %1.</source>
        <translation>Wedi’i wneud: %1.</translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/subrecords.py" line="+12"/>
        <source>group</source>
        <translation>grŵp</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a role</source>
        <translation>Ychwanegu rôl</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../forms/role_editor.ui" line="+14"/>
        <location line="+44"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location filename="../../forms/role_editor.ui" line="-30"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grŵp:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Since:</source>
        <translation>&amp;Ers:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Since</source>
        <translation>Ers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Until:</source>
        <translation>&amp;Tan:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Until</source>
        <translation>Tan</translation>
    </message>
</context>
<context>
    <name>RolesPanel</name>
    <message>
        <location filename="../../civicdesk/ui/editors/relations.py" line="+39"/>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Ers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>Tan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roles in groups</source>
        <translation>Rolau mewn grwpiau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What this person does in which group. Double-click a row to change it.</source>
        <translation>Beth mae’r person hwn yn ei wneud ym mha grŵp. Cliciwch ddwywaith ar res i’w newid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the record first to add roles in groups.</source>
        <translation>Cadwch y cofnod yn gyntaf i ychwanegu rolau mewn grwpiau.</translation>
    </message>
</context>
<context>
    <name>SafeguardingEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/widgets.py" line="+171"/>
        <source>No check recorded</source>
        <translation>Dim gwiriad wedi’i gofnodi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check &amp;type:</source>
        <translation>Ma&amp;th o wiriad:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DBS check type</source>
        <translation>Math o wiriad DBS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issued on:</source>
        <translation>Cyhoeddwyd &amp;ar:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DBS check issued on</source>
        <translation>Gwiriad DBS wedi’i gyhoeddi ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Renewal due:</source>
        <translation>Adnewyddu &amp;erbyn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DBS renewal due</source>
        <translation>Adnewyddu DBS erbyn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem with the DBS check</source>
        <translation>Problem gyda’r gwiriad DBS</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../civicdesk/ui/search_box.py" line="+34"/>
        <source>Search spaces, groups, people and tools (Ctrl+K)</source>
        <translation>Chwilio mannau, grwpiau, pobl ac offer (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search everything</source>
        <translation>Chwilio popeth</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Nothing found for “%1”</source>
        <translation>Dim byd wedi’i ganfod ar gyfer “%1”</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../../civicdesk/ui/security/dialog.py" line="+36"/>
        <source>Database security</source>
        <translation>Diogelwch y gronfa ddata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Encrypt with a passphrase…</source>
        <translation>&amp;Amgryptio â chyfrinymadrodd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove the encryption…</source>
        <translation>&amp;Dileu’r amgryptio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Newid y cyfrinymadrodd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the passphrase on this computer (in the keyring)</source>
        <translation>Cofio’r cyfrinymadrodd ar y cyfrifiadur hwn (yn y cylch allweddi)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> minutes</source>
        <translation> munud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>byth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after minutes without use</source>
        <translation>Cloi ar ôl hyn o funudau heb ddefnydd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New &amp;passphrase:</source>
        <translation>&amp;Cyfrinymadrodd newydd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same &amp;again:</source>
        <translation>Yr un peth &amp;eto:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock CivicDesk after:</source>
        <translation>C&amp;loi CivicDesk ar ôl:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This database and its backups are encrypted. To change the passphrase, type the new one twice, then “Change the passphrase…”. CivicDesk locks itself after the time below without use.</source>
        <translation>Mae’r gronfa ddata hon a’i chopïau wrth gefn wedi’u hamgryptio. I newid y cyfrinymadrodd, teipiwch yr un newydd ddwywaith, yna “Newid y cyfrinymadrodd…”. Mae CivicDesk yn cloi ei hun ar ôl yr amser isod heb ddefnydd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database is not encrypted: anyone who can read the file can read your volunteers&apos; details. Encrypt it with a passphrase; without the passphrase nobody, not even you, can open it or its backups.</source>
        <translation>Dydy’r gronfa ddata hon ddim wedi’i hamgryptio: gall unrhyw un sy’n gallu darllen y ffeil ddarllen manylion eich gwirfoddolwyr. Amgryptiwch hi â chyfrinymadrodd; heb y cyfrinymadrodd, all neb, dim hyd yn oed chi, ei hagor hi na’i chopïau wrth gefn.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Change the passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the passphrase the database has now.</source>
        <translation>Teipiwch gyfrinymadrodd presennol y gronfa ddata.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Mae’r cyfrinymadrodd newydd yr un fath â’r un presennol.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the encryption</source>
        <translation>Dileu’r amgryptio</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../civicdesk/ui/bundles.py" line="-138"/>
        <source>Send to another group</source>
        <translation>Anfon at grŵp arall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CivicDesk writes one file with your records to send by email, USB stick or a shared folder. Volunteers&apos; details go in only if they agreed to sharing; the file is locked with a passphrase. Tell the other group the passphrase by phone, not in the same email.</source>
        <translation>Mae CivicDesk yn ysgrifennu un ffeil gyda’ch cofnodion i’w hanfon drwy e-bost, cof bach USB neu ffolder a rennir. Dim ond manylion gwirfoddolwyr sydd wedi cytuno i’w rhannu sy’n cael eu cynnwys; mae’r ffeil wedi’i chloi â chyfrinymadrodd. Dywedwch y cyfrinymadrodd wrth y grŵp arall dros y ffôn, nid yn yr un e-bost.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Any group — everything we have</source>
        <translation>Unrhyw grŵp — popeth sydd gennym</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — only what is new to them</source>
        <translation>%1 — dim ond yr hyn sy’n newydd iddyn nhw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group it is for</source>
        <translation>Y grŵp y mae ar ei gyfer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Cyfrinymadrodd eto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;For:</source>
        <translation>&amp;Ar gyfer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include our &amp;money: income, costs, reserves, backlog, invoices</source>
        <translation>Cynnwys ein har&amp;ian: incwm, costau, cronfeydd wrth gefn, gwaith sy’n aros, anfonebau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for a group you trust with your finances; CivicDesk remembers it for that group</source>
        <translation>Dim ond ar gyfer grŵp rydych chi’n ymddiried eich cyllid iddo; mae CivicDesk yn cofio hyn ar gyfer y grŵp hwnnw</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase a&amp;gain:</source>
        <translation>Cyfrinymadrodd &amp;eto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save bundle…</source>
        <translation>Cadw’r &amp;bwndel…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a group: money never goes into a bundle for any group</source>
        <translation>Dewiswch grŵp: dydy arian byth yn mynd i fwndel ar gyfer unrhyw grŵp</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Please choose a passphrase of at least 8 characters.</source>
        <translation>Dewiswch gyfrinymadrodd o 8 nod o leiaf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases are not the same.</source>
        <translation>Dydy’r ddau gyfrinymadrodd ddim yr un fath.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../civicdesk/ui/settings.py" line="+19"/>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As this computer (%1)</source>
        <translation>Fel y cyfrifiadur hwn (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the window and of printed pages</source>
        <translation>Iaith y ffenestr a’r tudalennau printiedig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language is used from the next time CivicDesk starts.</source>
        <translation>Defnyddir iaith newydd y tro nesaf y bydd CivicDesk yn cychwyn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
</context>
<context>
    <name>SpaceEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/space.py" line="+24"/>
        <source>&amp;Details</source>
        <translation>&amp;Manylion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Where</source>
        <translation>&amp;Ble</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>O&amp;pening and access</source>
        <translation>Oriau agor a m&amp;ynediad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner&amp;ship</source>
        <translation>&amp;Perchnogaeth</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a category…</source>
        <translation>Dewis categori…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../forms/space_editor.ui" line="+246"/>
        <location line="+6"/>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../forms/space_editor.ui" line="+105"/>
        <location line="+6"/>
        <source>Opening hours</source>
        <translation>Oriau agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/space_editor.ui" line="+10"/>
        <location line="+6"/>
        <source>Accessibility</source>
        <translation>Hygyrchedd</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../forms/space_editor.ui" line="-228"/>
        <source>Not known</source>
        <translation>Anhysbys</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/space_editor.ui" line="+341"/>
        <location line="+6"/>
        <source>Asset of Community Value</source>
        <translation>Ased o Werth Cymunedol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Health and compliance</source>
        <translation>&amp;Iechyd a chydymffurfio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Money</source>
        <translation>A&amp;rian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boo&amp;k…</source>
        <translation>Archeb&amp;u…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Book a room of this space</source>
        <translation>Archebu un o ystafelloedd y man hwn</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Book %1</source>
        <translation>Archebu %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a room</source>
        <translation>ystafell</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Record a health check…</source>
        <translation>&amp;Cofnodi gwiriad iechyd…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>New space</source>
        <translation>Man newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space: %1</source>
        <translation>Man: %1</translation>
    </message>
    <message>
        <location filename="../../forms/space_editor.ui" line="-484"/>
        <source>Space</source>
        <translation>Man</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categori:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Type:</source>
        <translation>M&amp;ath:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example village hall, mosque, allotment</source>
        <translation>er enghraifft neuadd bentref, mosg, rhandir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type of place</source>
        <translation>Math o le</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stat&amp;us:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Disgrifiad:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Capac&amp;ity:</source>
        <translation>Capasi&amp;ti:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> people</source>
        <translation> o bobl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capacity</source>
        <translation>Capasiti</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Facilities:</source>
        <translation>Cy&amp;fleusterau:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kitchen, stage, garden (separate with commas)</source>
        <translation>cegin, llwyfan, gardd (gwahanwch â chomas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facilities</source>
        <translation>Cyfleusterau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hire c&amp;ost:</source>
        <translation>C&amp;ost llogi:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example £15 an hour</source>
        <translation>er enghraifft £15 yr awr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hire cost</source>
        <translation>Cost llogi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;giau:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>separate with commas</source>
        <translation>gwahanwch â chomas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>Tagiau</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Online and on the map</source>
        <translation>Ar-lein ac ar y map</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>We&amp;bsite:</source>
        <translation>&amp;Gwefan:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website or online link</source>
        <translation>Gwefan neu ddolen ar-lein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Latitude:</source>
        <translation>&amp;Lledred:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example 53.8008</source>
        <translation>er enghraifft 53.8008</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latitude</source>
        <translation>Lledred</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>L&amp;ongitude:</source>
        <translation>Hyd&amp;red:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example -1.5491</source>
        <translation>er enghraifft -1.5491</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longitude</source>
        <translation>Hydred</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Opening and access</source>
        <translation>Oriau agor a mynediad</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Ownership</source>
        <translation>Perchnogaeth</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who owns, runs and looks after it</source>
        <translation>Pwy sy’n berchen arno, yn ei redeg ac yn gofalu amdano</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Owner:</source>
        <translation>Perche&amp;nnog:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ope&amp;rator:</source>
        <translation>&amp;Gweithredwr:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Operator</source>
        <translation>Gweithredwr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>M&amp;aintainer:</source>
        <translation>&amp;Cynhaliwr:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Maintainer</source>
        <translation>Cynhaliwr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ownership typ&amp;e:</source>
        <translation>M&amp;ath o berchnogaeth:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ownership type</source>
        <translation>Math o berchnogaeth</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <location filename="../../civicdesk/ui/tools/dialogs.py" line="+16"/>
        <source>Suggest tools</source>
        <translation>Awgrymu offer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a &amp;group</source>
        <translation>&amp;grŵp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a s&amp;pace</source>
        <translation>&amp;man</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suggest tools for:</source>
        <translation>Awgrymu offer ar gyfer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group or space</source>
        <translation>Grŵp neu fan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Which:</source>
        <translation>&amp;Pa un:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any purpose</source>
        <translation>Unrhyw ddiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To &amp;help:</source>
        <translation>I &amp;helpu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Suggest</source>
        <translation>&amp;Awgrymu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suggested tools</source>
        <translation>Offer a awgrymir</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+24"/>
        <source>Choose a group or a space to see suggestions.</source>
        <translation>Dewiswch grŵp neu fan i weld awgrymiadau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not suggest tools</source>
        <translation>Methu awgrymu offer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Double-click a suggestion to open its page.</source>
        <translation>Cliciwch ddwywaith ar awgrym i agor ei dudalen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to suggest yet: rate the tools your groups use and suggestions follow.</source>
        <translation>Dim byd i’w awgrymu eto: rhowch sgôr i’r offer y mae eich grwpiau’n eu defnyddio a bydd awgrymiadau’n dilyn.</translation>
    </message>
</context>
<context>
    <name>ToolEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/tool.py" line="+22"/>
        <source>&amp;Details</source>
        <translation>&amp;Manylion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>K&amp;it and use</source>
        <translation>&amp;Cyfarpar a defnydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups &amp;using it</source>
        <translation>Grwpia&amp;u sy’n ei ddefnyddio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loan&amp;s</source>
        <translation>&amp;Benthyciadau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hidden from the directory</source>
        <translation>Wedi’i guddio o’r cyfeiriadur</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Valuable — lend only to trusted borrowers</source>
        <translation>&amp;Gwerthfawr — rhoi benthyg i fenthycwyr dibynadwy yn unig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valuable — lend only to trusted borrowers</source>
        <translation>Gwerthfawr — rhoi benthyg i fenthycwyr dibynadwy yn unig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loans and reservations of this kit are refused for anyone not on the list of trusted borrowers (Trusted borrowers… on the tool&apos;s page)</source>
        <translation>Mae benthyciadau a neilltuadau o’r cyfarpar hwn yn cael eu gwrthod i unrhyw un nad yw ar y rhestr o fenthycwyr dibynadwy (Benthycwyr dibynadwy… ar dudalen yr offeryn)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Valuable (only for trusted borrowers)</source>
        <translation>Gwerthfawr (i fenthycwyr dibynadwy yn unig)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New tool</source>
        <translation>Offeryn newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool: %1</source>
        <translation>Offeryn: %1</translation>
    </message>
    <message>
        <location filename="../../forms/tool_editor.ui" line="+14"/>
        <source>Tool</source>
        <translation>Offeryn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind:</source>
        <translation>M&amp;ath:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind of tool</source>
        <translation>Math o offeryn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Disgrifiad:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;How to use:</source>
        <translation>Sut i’w ddefn&amp;yddio:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>How to use</source>
        <translation>Sut i’w ddefnyddio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Link:</source>
        <translation>D&amp;olen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link</source>
        <translation>Dolen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Cost:</source>
        <translation>Co&amp;st:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example free, £5 a month</source>
        <translation>er enghraifft am ddim, £5 y mis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Tagiau:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+117"/>
        <location line="+20"/>
        <source>separate with commas</source>
        <translation>gwahanwch â chomas</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Tags</source>
        <translation>Tagiau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide from the &amp;printed directory</source>
        <translation>Cuddio o’r cyfeiriadur &amp;printiedig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide from the printed directory</source>
        <translation>Cuddio o’r cyfeiriadur printiedig</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kit and use</source>
        <translation>Cyfarpar a defnydd</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Held &amp;by:</source>
        <translation>&amp;Yng ngofal:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Held by</source>
        <translation>Yng ngofal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;ondition:</source>
        <translation>Cyf&amp;lwr:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example good, needs new batteries</source>
        <translation>er enghraifft da, angen batris newydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Condition</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Se&amp;tup time:</source>
        <translation>&amp;Amser paratoi:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example 10 minutes</source>
        <translation>er enghraifft 10 munud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setup time</source>
        <translation>Amser paratoi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Purposes:</source>
        <translation>&amp;Dibenion:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Purposes</source>
        <translation>Dibenion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skills &amp;needed:</source>
        <translation>&amp;Sgiliau sydd eu hangen:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Skills needed</source>
        <translation>Sgiliau sydd eu hangen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Accessibility notes:</source>
        <translation>&amp;Nodiadau hygyrchedd:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Accessibility notes</source>
        <translation>Nodiadau hygyrchedd</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Groups using it</source>
        <translation>Grwpiau sy’n ei ddefnyddio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loans</source>
        <translation>Benthyciadau</translation>
    </message>
</context>
<context>
    <name>ToolPageView</name>
    <message>
        <location filename="../../civicdesk/ui/tools/page.py" line="+41"/>
        <source>← All tools</source>
        <translation>← Pob offeryn</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Rate / review for a group…</source>
        <translation>&amp;Rhoi sgôr / adolygiad ar ran grŵp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lend…</source>
        <translation>Rhoi &amp;benthyg…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark re&amp;turned</source>
        <translation>Nodi wedi’i &amp;ddychwelyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tr&amp;usted borrowers…</source>
        <translation>Benthyc&amp;wyr dibynadwy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who may borrow or reserve kit marked valuable</source>
        <translation>Pwy gaiff fenthyg neu neilltuo cyfarpar sydd wedi’i nodi’n werthfawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Golygu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>&amp;Hide</source>
        <translation>&amp;Cuddio</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>About this tool</source>
        <translation>Ynghylch yr offeryn hwn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>set up: %1</source>
        <translation>paratoi: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not rated yet: be the first group to rate it</source>
        <translation>Dim sgôr eto: byddwch y grŵp cyntaf i roi sgôr iddo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;how in the store</source>
        <translation>D&amp;angos yn y storfa</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln rating(s)</source>
        <translation>
            <numerusform>%Ln sgôr</numerusform>
            <numerusform>%Ln sgôr</numerusform>
            <numerusform>%Ln sgôr</numerusform>
            <numerusform>%Ln sgôr</numerusform>
            <numerusform>%Ln sgôr</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Good for:</source>
        <translation>Da ar gyfer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none in particular</source>
        <translation>dim byd penodol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills needed:</source>
        <translation>Sgiliau sydd eu hangen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to start</source>
        <translation>Sut i ddechrau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Making it accessible</source>
        <translation>Ei wneud yn hygyrch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Groups using it</source>
        <translation>Grwpiau sy’n ei ddefnyddio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not rated</source>
        <translation>heb sgôr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partner: %1</source>
        <translation>partner: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No group has said it uses this yet.</source>
        <translation>Does dim grŵp wedi dweud ei fod yn defnyddio hwn eto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who can help</source>
        <translation>Pwy all helpu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nobody listed yet. Add the tool to a volunteer&apos;s skills (with their consent to be listed).</source>
        <translation>Does neb wedi’i restru eto. Ychwanegwch yr offeryn at sgiliau gwirfoddolwr (gyda’u caniatâd i gael eu rhestru).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nobody recorded</source>
        <translation>neb wedi’i gofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kit</source>
        <translation>Y cyfarpar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looked after by:</source>
        <translation>Yng ngofal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition:</source>
        <translation>Cyflwr:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never lent out yet.</source>
        <translation>Heb gael ei fenthyg erioed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Borrower</source>
        <translation>Benthyciwr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out</source>
        <translation>Allan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due back</source>
        <translation>Yn ôl erbyn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned</source>
        <translation>Dychwelwyd</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>OVERDUE by %Ln day(s)</source>
        <translation>
            <numerusform>%Ln diwrnod YN HWYR</numerusform>
            <numerusform>%Ln diwrnod YN HWYR</numerusform>
            <numerusform>%Ln diwrnod YN HWYR</numerusform>
            <numerusform>%Ln diwrnod YN HWYR</numerusform>
            <numerusform>%Ln diwrnod YN HWYR</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet</source>
        <translation>ddim eto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loans</source>
        <translation>Benthyciadau</translation>
    </message>
</context>
<context>
    <name>ToolStore</name>
    <message>
        <location filename="../../civicdesk/ui/tools/store.py" line="+95"/>
        <source>Search tools…</source>
        <translation>Chwilio offer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search tools</source>
        <translation>Chwilio offer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any purpose</source>
        <translation>Unrhyw ddiben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any kind</source>
        <translation>Unrhyw fath</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any cost</source>
        <translation>Unrhyw gost</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any skills</source>
        <translation>Unrhyw sgiliau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skills</source>
        <translation>Sgiliau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show hidden</source>
        <translation>Dangos y rhai cudd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Suggest tools for…</source>
        <translation>&amp;Awgrymu offer ar gyfer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print &amp;kit list…</source>
        <translation>Argraffu rhestr g&amp;yfarpar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add tool…</source>
        <translation>Ychwanegu &amp;offeryn…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tools</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tools shown by the filters; Enter opens one</source>
        <translation>Yr offer a ddangosir gan yr hidlau; mae Enter yn agor un</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Could not load the tools</source>
        <translation>Methu llwytho’r offer</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%Ln tool(s)</source>
        <translation>
            <numerusform>%Ln offeryn</numerusform>
            <numerusform>%Ln offeryn</numerusform>
            <numerusform>%Ln offeryn</numerusform>
            <numerusform>%Ln offeryn</numerusform>
            <numerusform>%Ln offeryn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %Ln tool(s)</source>
        <translation>
            <numerusform>%1 o %Ln offeryn</numerusform>
            <numerusform>%1 o %Ln offeryn</numerusform>
            <numerusform>%1 o %Ln offeryn</numerusform>
            <numerusform>%1 o %Ln offeryn</numerusform>
            <numerusform>%1 o %Ln offeryn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+146"/>
        <source>Saved the kit list (%Ln item(s)) to %1</source>
        <translation>
            <numerusform>Cadwyd y rhestr gyfarpar (%Ln eitem): %1</numerusform>
            <numerusform>Cadwyd y rhestr gyfarpar (%Ln eitem): %1</numerusform>
            <numerusform>Cadwyd y rhestr gyfarpar (%Ln eitem): %1</numerusform>
            <numerusform>Cadwyd y rhestr gyfarpar (%Ln eitem): %1</numerusform>
            <numerusform>Cadwyd y rhestr gyfarpar (%Ln eitem): %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+4"/>
        <source>rating</source>
        <translation>sgôr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not save the rating</source>
        <translation>Methu cadw’r sgôr</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>loan</source>
        <translation>benthyciad</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Save the kit list</source>
        <translation>Cadw’r rhestr gyfarpar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not save the kit list</source>
        <translation>Methu cadw’r rhestr gyfarpar</translation>
    </message>
</context>
<context>
    <name>ToolUseEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/subrecords.py" line="+12"/>
        <source>group</source>
        <translation>grŵp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not rated</source>
        <translation>Dim sgôr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a group using this tool</source>
        <translation>Ychwanegu grŵp sy’n defnyddio’r offeryn hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/tool_use_editor.ui" line="+14"/>
        <source>Group using this tool</source>
        <translation>Grŵp sy’n defnyddio’r offeryn hwn</translation>
    </message>
    <message>
        <location filename="../../forms/tool_use_editor.ui" line="+14"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grŵp:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Rating:</source>
        <translation>&amp;Sgôr:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rating</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;view:</source>
        <translation>&amp;Adolygiad:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
</context>
<context>
    <name>ToolUsesPanel</name>
    <message>
        <location filename="../../civicdesk/ui/editors/relations.py" line="+15"/>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rating</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Groups using this tool</source>
        <translation>Grwpiau sy’n defnyddio’r offeryn hwn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Groups that use this tool, and what they think of it.</source>
        <translation>Grwpiau sy’n defnyddio’r offeryn hwn, a beth maen nhw’n ei feddwl ohono.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the record first to add groups using it.</source>
        <translation>Cadwch y cofnod yn gyntaf i ychwanegu grwpiau sy’n ei ddefnyddio.</translation>
    </message>
</context>
<context>
    <name>TrustedBorrowersDialog</name>
    <message>
        <location filename="../../civicdesk/ui/tools/trusted.py" line="+46"/>
        <location line="+51"/>
        <location line="+28"/>
        <location line="+16"/>
        <source>Trusted borrowers</source>
        <translation>Benthycwyr dibynadwy</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Kit ticked “Valuable” in its editor is lent and reserved only to the groups and people on this list. The list is the same for all your kit, and goes to partner groups in bundles.</source>
        <translation>Dim ond i’r grwpiau a’r bobl ar y rhestr hon y mae cyfarpar sydd wedi’i dicio’n “Gwerthfawr” yn ei olygydd yn cael ei fenthyg a’i neilltuo. Mae’r rhestr yr un fath ar gyfer eich holl gyfarpar, ac mae’n mynd i grwpiau partner mewn bwndeli.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Borrower:</source>
        <translation>&amp;Benthyciwr:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Borrower to trust</source>
        <translation>Benthyciwr i ymddiried ynddo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add to the list</source>
        <translation>&amp;Ychwanegu at y rhestr</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Take off the list</source>
        <translation>&amp;Tynnu oddi ar y rhestr</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (since %1)</source>
        <translation> (ers %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody yet: valuable kit is lent to nobody.</source>
        <translation>Neb eto: does dim cyfarpar gwerthfawr yn cael ei fenthyg i neb.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+20"/>
        <source>trusted borrower “%1”</source>
        <translation>benthyciwr dibynadwy “%1”</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../civicdesk/ui/diary/grid.py" line="+50"/>
        <source>Week of bookings</source>
        <translation>Wythnos o archebion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, week of %2, %3 bookings</source>
        <translation>%1, wythnos %2, %3 archeb</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../civicdesk/ui/welcome.py" line="+25"/>
        <location line="+2"/>
        <source>Welcome to CivicDesk</source>
        <translation>Croeso i CivicDesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CivicDesk keeps the map of your neighbourhood&apos;s social infrastructure on this computer: the places people meet, the groups that run things, the volunteers who hold it together and the tools you share. Nothing leaves this computer unless you send it.</source>
        <translation>Mae CivicDesk yn cadw map o seilwaith cymdeithasol eich cymdogaeth ar y cyfrifiadur hwn: y mannau lle mae pobl yn cwrdd, y grwpiau sy’n trefnu pethau, y gwirfoddolwyr sy’n dal y cyfan at ei gilydd a’r offer rydych chi’n eu rhannu. Does dim byd yn gadael y cyfrifiadur hwn oni bai eich bod chi’n ei anfon.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>for example Chapeltown Residents&apos; Association</source>
        <translation>er enghraifft Chapeltown Residents&apos; Association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your group&apos;s name</source>
        <translation>Enw eich grŵp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example Chapeltown, Leeds</source>
        <translation>er enghraifft Chapeltown, Leeds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your area</source>
        <translation>Eich ardal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your group&apos;s &amp;name:</source>
        <translation>&amp;Enw eich grŵp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area you cover:</source>
        <translation>Yr &amp;ardal rydych chi’n ei chwmpasu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with an e&amp;xample neighbourhood</source>
        <translation>Dechrau gyda chymdogaeth e&amp;nghreifftiol</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A made-up village with halls, groups, volunteers and tools to try things out. You can delete it later.</source>
        <translation>Pentref dychmygol gyda neuaddau, grwpiau, gwirfoddolwyr ac offer i chi roi cynnig ar bethau. Gallwch ei ddileu yn nes ymlaen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start &amp;empty</source>
        <translation>Dechrau’n &amp;wag</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Protect the database with a passphrase (encryption)</source>
        <translation>&amp;Diogelu’r gronfa ddata â chyfrinymadrodd (amgryptio)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same passphrase again</source>
        <translation>Yr un cyfrinymadrodd eto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember it on this computer (in the keyring)</source>
        <translation>Cofio ar y cyfrifiadur hwn (yn y cylch allweddi)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Worth it on a shared or portable computer: without the passphrase nobody can read the database or its backups — not even you, so keep it somewhere safe. CivicDesk then locks itself after 10 minutes without use. You can change this later in File › Database security.</source>
        <translation>Gwerth ei wneud ar gyfrifiadur a rennir neu ar liniadur: heb y cyfrinymadrodd all neb ddarllen y gronfa ddata na’i chopïau wrth gefn — dim hyd yn oed chi, felly cadwch ef yn rhywle diogel. Yna bydd CivicDesk yn cloi ei hun ar ôl 10 munud heb ddefnydd. Gallwch newid hyn yn nes ymlaen yn Ffeil › Diogelwch y gronfa ddata.</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../civicdesk/ui/builders/dialogs.py" line="-138"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>_SubEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/subrecords.py" line="-87"/>
        <source>there is no %1 called “%2”: choose one from the list</source>
        <translation>does dim %1 o’r enw “%2”: dewiswch un o’r rhestr</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../civicdesk/ui/settings.py" line="+36"/>
        <source>CivicDesk will be in %1 the next time it starts.</source>
        <translation>Bydd CivicDesk yn yr iaith hon y tro nesaf y bydd yn dechrau: %1.</translation>
    </message>
</context>
<context>
    <name>diary</name>
    <message>
        <location filename="../../civicdesk/ui/diary/undo.py" line="+63"/>
        <source>This step can no longer be done</source>
        <translation>Does dim modd gwneud y cam hwn mwyach</translation>
    </message>
</context>
<context>
    <name>encryption</name>
    <message>
        <location filename="../../civicdesk/ui/security/passphrase.py" line="-55"/>
        <source>Encryption is not available on this computer (the sqlcipher3 component is missing), so your data is stored unencrypted.</source>
        <translation>Dydy amgryptio ddim ar gael ar y cyfrifiadur hwn (mae’r gydran sqlcipher3 ar goll), felly mae eich data’n cael ei storio heb ei amgryptio.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>CivicDesk cannot open its database</source>
        <translation>Dydy CivicDesk ddim yn gallu agor ei gronfa ddata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is encrypted, but this copy of CivicDesk cannot open encrypted databases (the sqlcipher3 component is missing). Install CivicDesk again, or open the database on the computer that encrypted it.</source>
        <translation>Mae’r gronfa ddata wedi’i hamgryptio, ond dydy’r copi hwn o CivicDesk ddim yn gallu agor cronfeydd data wedi’u hamgryptio (mae’r gydran sqlcipher3 ar goll). Gosodwch CivicDesk eto, neu agorwch y gronfa ddata ar y cyfrifiadur a’i hamgryptiodd.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../civicdesk/ui/editors/history.py" line="-35"/>
        <source>Added</source>
        <translation>Ychwanegwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Dilëwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brought back</source>
        <translation>Adferwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed by another group: %1</source>
        <translation>Newidiwyd gan grŵp arall: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed %1</source>
        <translation>Newidiwyd: %1</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="../../civicdesk/ui/review_undo.py" line="+57"/>
        <source>This step can no longer be done</source>
        <translation>Does dim modd gwneud y cam hwn mwyach</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../civicdesk/ui/bundles.py" line="+120"/>
        <source>%1 money records stayed home (the group is not trusted with our finances). </source>
        <translation>Arhosodd %1 cofnod arian yma (dydyn ni ddim wedi ymddiried ein cyllid i’r grŵp hwn). </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open your email to send it?</source>
        <translation>Agor eich e-bost i’w anfon?</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../civicdesk/ui/undo.py" line="+53"/>
        <source>This step can no longer be done</source>
        <translation>Does dim modd gwneud y cam hwn mwyach</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add %1</source>
        <translation>Ychwanegu %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit %1</source>
        <translation>Golygu %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete %1</source>
        <translation>Dileu %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Record a health check of %1</source>
        <translation>Cofnodi gwiriad iechyd: %1</translation>
    </message>
</context>
</TS>
