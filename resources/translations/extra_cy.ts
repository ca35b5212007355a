<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Translations of the strings added or changed after the translators began (plural forms,
     Settings, the words from data); merged into civicdesk_cy.qm by `make translations`, where
     civicdesk_cy.ts has no finished translation of its own. -->
<TS version="2.1" language="cy" sourcelanguage="en">
    <context>
        <name>CompliancePanel</name>
        <message numerus="yes">
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
            <source>overdue by %Ln day(s)</source>
            <translation>
                <numerusform>%Ln diwrnod yn hwyr</numerusform>
                <numerusform>%Ln diwrnod yn hwyr</numerusform>
                <numerusform>%Ln diwrnod yn hwyr</numerusform>
                <numerusform>%Ln diwrnod yn hwyr</numerusform>
                <numerusform>%Ln diwrnod yn hwyr</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Data</name>
        <message>
            <source>Accessible toilet</source>
            <translation>Toiled hygyrch</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Gweithgareddau</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Ardal</translation>
        </message>
        <message>
            <source>Associations</source>
            <translation>Cymdeithasau</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>Mewn perygl</translation>
        </message>
        <message>
            <source>Baby change</source>
            <translation>Cyfleusterau newid babanod</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categori</translation>
        </message>
        <message>
            <source>Charity</source>
            <translation>Elusen</translation>
        </message>
        <message>
            <source>Civic</source>
            <translation>Dinesig</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Ar gau</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Cymunedol</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>Data protection</source>
            <translation>Diogelu data</translation>
        </message>
        <message>
            <source>Digital</source>
            <translation>Digidol</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-bost</translation>
        </message>
        <message>
            <source>Faith</source>
            <translation>Ffydd</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Dydd Gwener</translation>
        </message>
        <message>
            <source>Good for</source>
            <translation>Da ar gyfer</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grwpiau</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Iechyd</translation>
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
            <source>In directory</source>
            <translation>Yn y cyfeiriadur</translation>
        </message>
        <message>
            <source>In group</source>
            <translation>Mewn grŵp</translation>
        </message>
        <message>
            <source>Is it growing or shrinking?</source>
            <translation>Ydy e’n tyfu neu’n crebachu?</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Math</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Ieithoedd</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Newidiwyd ddiwethaf</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Map</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Dydd Llun</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>Near public transport</source>
            <translation>Ger trafnidiaeth gyhoeddus</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>Angen adolygu</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Rhwydwaith</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Newydd</translation>
        </message>
        <message>
            <source>Occasions</source>
            <translation>Achlysuron</translation>
        </message>
        <message>
            <source>Outdoors</source>
            <translation>Awyr agored</translation>
        </message>
        <message>
            <source>Parking</source>
            <translation>Parcio</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Pobl</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Ffôn</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Cod post</translation>
        </message>
        <message>
            <source>Private</source>
            <translation>Preifat</translation>
        </message>
        <message>
            <source>Public</source>
            <translation>Cyhoeddus</translation>
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
            <source>Saturday</source>
            <translation>Dydd Sadwrn</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Sgiliau</translation>
        </message>
        <message>
            <source>Spaces</source>
            <translation>Mannau</translation>
        </message>
        <message>
            <source>Stable</source>
            <translation>Sefydlog</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>Step-free access</source>
            <translation>Mynediad heb risiau</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Dydd Sul</translation>
        </message>
        <message>
            <source>Thriving</source>
            <translation>Ffyniannus</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Dydd Iau</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>Offer</translation>
        </message>
        <message>
            <source>Traditional</source>
            <translation>Traddodiadol</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Dydd Mawrth</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Math o le</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Dydd Mercher</translation>
        </message>
        <message>
            <source>What condition is the place in?</source>
            <translation>Ym mha gyflwr mae’r lle?</translation>
        </message>
        <message>
            <source>Who can use it?</source>
            <translation>Pwy all ei ddefnyddio?</translation>
        </message>
        <message>
            <source>a few times a year</source>
            <translation>ychydig o weithiau’r flwyddyn</translation>
        </message>
        <message>
            <source>appreciated</source>
            <translation>yn cael ei werthfawrogi</translation>
        </message>
        <message>
            <source>associations</source>
            <translation>cymdeithasau</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation>mewn perygl</translation>
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
            <source>civic</source>
            <translation>dinesig</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>ar gau</translation>
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
            <source>digital</source>
            <translation>digidol</translation>
        </message>
        <message>
            <source>dying</source>
            <translation>yn marw</translation>
        </message>
        <message>
            <source>fair</source>
            <translation>gweddol</translation>
        </message>
        <message>
            <source>for sale/closure threatened</source>
            <translation>ar werth / dan fygythiad cau</translation>
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
            <source>healthy</source>
            <translation>iach</translation>
        </message>
        <message>
            <source>little noticed</source>
            <translation>prin y sylwir arno</translation>
        </message>
        <message>
            <source>loved</source>
            <translation>yn cael ei garu</translation>
        </message>
        <message>
            <source>members only</source>
            <translation>aelodau’n unig</translation>
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
            <source>new</source>
            <translation>newydd</translation>
        </message>
        <message>
            <source>occasions</source>
            <translation>achlysuron</translation>
        </message>
        <message>
            <source>open to all</source>
            <translation>agored i bawb</translation>
        </message>
        <message>
            <source>outdoors</source>
            <translation>awyr agored</translation>
        </message>
        <message>
            <source>poor</source>
            <translation>gwael</translation>
        </message>
        <message>
            <source>private</source>
            <translation>preifat</translation>
        </message>
        <message>
            <source>public</source>
            <translation>cyhoeddus</translation>
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
            <source>religious</source>
            <translation>crefyddol</translation>
        </message>
        <message>
            <source>routes</source>
            <translation>llwybrau</translation>
        </message>
        <message>
            <source>secure</source>
            <translation>diogel</translation>
        </message>
        <message>
            <source>stable</source>
            <translation>sefydlog</translation>
        </message>
        <message>
            <source>steady</source>
            <translation>yn gyson</translation>
        </message>
        <message>
            <source>struggling</source>
            <translation>yn ei chael hi’n anodd</translation>
        </message>
        <message>
            <source>surplus</source>
            <translation>gwarged</translation>
        </message>
        <message>
            <source>taken for granted</source>
            <translation>yn cael ei gymryd yn ganiataol</translation>
        </message>
        <message>
            <source>thriving</source>
            <translation>ffyniannus</translation>
        </message>
        <message>
            <source>traditional</source>
            <translation>traddodiadol</translation>
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
            <source>weekly</source>
            <translation>yn wythnosol</translation>
        </message>
    </context>
    <context>
        <name>HealthCheckDialog</name>
        <message numerus="yes">
            <source>Score: answer %Ln more question(s) to see it</source>
            <translation>
                <numerusform>Sgôr: atebwch %Ln cwestiwn arall i’w gweld</numerusform>
                <numerusform>Sgôr: atebwch %Ln cwestiwn arall i’w gweld</numerusform>
                <numerusform>Sgôr: atebwch %Ln cwestiwn arall i’w gweld</numerusform>
                <numerusform>Sgôr: atebwch %Ln cwestiwn arall i’w gweld</numerusform>
                <numerusform>Sgôr: atebwch %Ln cwestiwn arall i’w gweld</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HealthHistoryWidget</name>
        <message numerus="yes">
            <source>%Ln check(s). Latest on {0}: score {1:g}, {2}.</source>
            <translation>
                <numerusform>%Ln gwiriad. Yr olaf: {0}, sgôr {1:g}, {2}.</numerusform>
                <numerusform>%Ln gwiriad. Yr olaf: {0}, sgôr {1:g}, {2}.</numerusform>
                <numerusform>%Ln gwiriad. Yr olaf: {0}, sgôr {1:g}, {2}.</numerusform>
                <numerusform>%Ln gwiriad. Yr olaf: {0}, sgôr {1:g}, {2}.</numerusform>
                <numerusform>%Ln gwiriad. Yr olaf: {0}, sgôr {1:g}, {2}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
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
            <source>Add group</source>
            <translation>Ychwanegu grŵp</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>Ychwanegu person</translation>
        </message>
        <message>
            <source>Add space</source>
            <translation>Ychwanegu man</translation>
        </message>
        <message>
            <source>Add tool</source>
            <translation>Ychwanegu offeryn</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>&amp;Gosodiadau…</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message numerus="yes">
            <source>%1 of %Ln space(s) shown</source>
            <translation>
                <numerusform>Yn dangos %1 o %Ln man</numerusform>
                <numerusform>Yn dangos %1 o %Ln man</numerusform>
                <numerusform>Yn dangos %1 o %Ln man</numerusform>
                <numerusform>Yn dangos %1 o %Ln man</numerusform>
                <numerusform>Yn dangos %1 o %Ln man</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NetworkView</name>
        <message numerus="yes">
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
            <source>group</source>
            <translation>grŵp</translation>
        </message>
        <message>
            <source>person</source>
            <translation>person</translation>
        </message>
        <message>
            <source>space</source>
            <translation>man</translation>
        </message>
        <message>
            <source>tool</source>
            <translation>offeryn</translation>
        </message>
    </context>
    <context>
        <name>NewKindDialog</name>
        <message numerus="yes">
            <source>every %Ln month(s)</source>
            <translation>
                <numerusform>bob %Ln mis</numerusform>
                <numerusform>bob %Ln mis</numerusform>
                <numerusform>bob %Ln mis</numerusform>
                <numerusform>bob %Ln mis</numerusform>
                <numerusform>bob %Ln mis</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>Close without Saving</source>
            <translation>Cau heb gadw</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Na</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ie</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Terfynu</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Gweithredu</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cau</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Gwaredu</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Cymorth</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Anwybyddu</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Na i’r cy&amp;fan</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Iawn</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Agor</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Ailosod</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Adfer y rhagosodiadau</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Ceisio eto</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Cadw</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Cadw’r cyfan</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ie i’r c&amp;yfan</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Iaith:</translation>
        </message>
        <message>
            <source>A new language is used from the next time CivicDesk starts.</source>
            <translation>Defnyddir iaith newydd y tro nesaf y bydd CivicDesk yn cychwyn.</translation>
        </message>
        <message>
            <source>As this computer (%1)</source>
            <translation>Fel y cyfrifiadur hwn (%1)</translation>
        </message>
        <message>
            <source>CivicDesk will be in %1 the next time it starts.</source>
            <translation>Iaith CivicDesk y tro nesaf y bydd yn cychwyn: %1</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Iaith</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Gosodiadau</translation>
        </message>
        <message>
            <source>The language of the window and of printed pages</source>
            <translation>Iaith y ffenestr a’r tudalennau printiedig</translation>
        </message>
    </context>
    <context>
        <name>ToolPageView</name>
        <message numerus="yes">
            <source>%Ln rating(s)</source>
            <translation>
                <numerusform>%Ln sgôr</numerusform>
                <numerusform>%Ln sgôr</numerusform>
                <numerusform>%Ln sgôr</numerusform>
                <numerusform>%Ln sgôr</numerusform>
                <numerusform>%Ln sgôr</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>OVERDUE by %Ln day(s)</source>
            <translation>
                <numerusform>%Ln diwrnod YN HWYR</numerusform>
                <numerusform>%Ln diwrnod YN HWYR</numerusform>
                <numerusform>%Ln diwrnod YN HWYR</numerusform>
                <numerusform>%Ln diwrnod YN HWYR</numerusform>
                <numerusform>%Ln diwrnod YN HWYR</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ToolStore</name>
        <message numerus="yes">
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
            <source>Saved the kit list (%Ln item(s)) to %1</source>
            <translation>
                <numerusform>Cadwyd y rhestr gyfarpar (%Ln eitem): %1</numerusform>
                <numerusform>Cadwyd y rhestr gyfarpar (%Ln eitem): %1</numerusform>
                <numerusform>Cadwyd y rhestr gyfarpar (%Ln eitem): %1</numerusform>
                <numerusform>Cadwyd y rhestr gyfarpar (%Ln eitem): %1</numerusform>
                <numerusform>Cadwyd y rhestr gyfarpar (%Ln eitem): %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BuildersView</name>
        <message>
            <source>Open</source>
            <translation>Ar agor</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Wedi’i ateb</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Wedi’i dderbyn</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Wedi’i wneud</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Wedi’i dynnu’n ôl</translation>
        </message>
        <message>
            <source>Who has helped most</source>
            <translation>Pwy sydd wedi helpu fwyaf</translation>
        </message>
        <message>
            <source>No help logged yet.</source>
            <translation>Does dim help wedi’i gofnodi eto.</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>Gwirfoddolwyr</translation>
        </message>
        <message>
            <source>Nobody offers</source>
            <translation>Does neb yn cynnig</translation>
        </message>
        <message>
            <source>Every skill asked for is offered.</source>
            <translation>Mae rhywun yn cynnig pob sgìl y gofynnwyd amdano.</translation>
        </message>
    </context>
    <context>
        <name>DiaryView</name>
        <message>
            <source>Mon</source>
            <translation>Llun</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Maw</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Mer</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Iau</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Gwe</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sad</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Sul</translation>
        </message>
    </context>
    <context>
        <name>KitTab</name>
        <message>
            <source>Reserved</source>
            <translation>Wedi’i neilltuo</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Yn aros</translation>
        </message>
        <message>
            <source>Out on loan</source>
            <translation>Ar fenthyg</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Dychwelwyd</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Wedi’i ganslo</translation>
        </message>
    </context>
    <context>
        <name>MoneyPanel</name>
        <message>
            <source>Hire</source>
            <translation>Llogi</translation>
        </message>
        <message>
            <source>Grant</source>
            <translation>Grant</translation>
        </message>
        <message>
            <source>Donation</source>
            <translation>Rhodd</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Digwyddiad</translation>
        </message>
        <message>
            <source>Bar</source>
            <translation>Bar</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Arall</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>Ynni</translation>
        </message>
        <message>
            <source>Insurance</source>
            <translation>Yswiriant</translation>
        </message>
        <message>
            <source>Repairs</source>
            <translation>Atgyweiriadau</translation>
        </message>
        <message>
            <source>Cleaning</source>
            <translation>Glanhau</translation>
        </message>
        <message>
            <source>Business rates</source>
            <translation>Ardrethi busnes</translation>
        </message>
        <message>
            <source>Water</source>
            <translation>Dŵr</translation>
        </message>
        <message>
            <source>Licences</source>
            <translation>Trwyddedau</translation>
        </message>
        <message>
            <source>Roof</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Heating</source>
            <translation>Gwresogi</translation>
        </message>
        <message>
            <source>Accessibility</source>
            <translation>Hygyrchedd</translation>
        </message>
        <message>
            <source>Electrics</source>
            <translation>Trydan</translation>
        </message>
        <message>
            <source>Windows</source>
            <translation>Ffenestri</translation>
        </message>
        <message>
            <source>Kitchen</source>
            <translation>Cegin</translation>
        </message>
        <message>
            <source>Toilets</source>
            <translation>Toiledau</translation>
        </message>
        <message>
            <source>urgent (safety or closure)</source>
            <translation>brys (diogelwch neu gau)</translation>
        </message>
        <message>
            <source>high (within a year)</source>
            <translation>uchel (o fewn blwyddyn)</translation>
        </message>
        <message>
            <source>medium (within three years)</source>
            <translation>canolig (o fewn tair blynedd)</translation>
        </message>
        <message>
            <source>low (when funds allow)</source>
            <translation>isel (pan fydd arian ar gael)</translation>
        </message>
    </context>
    <context>
        <name>OfferDialog</name>
        <message>
            <source>Advice by phone</source>
            <translation>Cyngor dros y ffôn</translation>
        </message>
        <message>
            <source>Come and run it</source>
            <translation>Dod i’w redeg</translation>
        </message>
        <message>
            <source>Lend</source>
            <translation>Rhoi benthyg</translation>
        </message>
        <message>
            <source>Train others</source>
            <translation>Hyfforddi eraill</translation>
        </message>
    </context>
</TS>
