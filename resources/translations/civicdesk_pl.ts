<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../civicdesk/ui/health/evidence.py" line="+53"/>
        <source>Figures for this question: {0}</source>
        <translation>Liczby do tego pytania: {0}</translation>
    </message>
</context>
<context>
    <name>AccessibilityEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/widgets.py" line="+248"/>
        <source>Problem with accessibility</source>
        <translation>Problem z dostępnością</translation>
    </message>
</context>
<context>
    <name>AcvEditor</name>
    <message>
        <location line="+166"/>
        <source>&amp;Nominated on:</source>
        <translation>&amp;Zgłoszono:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nominated as an asset of community value</source>
        <translation>Data zgłoszenia jako obiektu o wartości dla społeczności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Listed on:</source>
        <translation>&amp;Wpisano na listę:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listed as an asset of community value on</source>
        <translation>Data wpisu na listę obiektów o wartości dla społeczności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing e&amp;xpires:</source>
        <translation>Wpis wy&amp;gasa:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listing expires</source>
        <translation>Data wygaśnięcia wpisu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;isposal notice on:</source>
        <translation>Zawiadomienie o &amp;sprzedaży:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner&apos;s notice of sale given on</source>
        <translation>Data zawiadomienia właściciela o sprzedaży</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem with the asset of community value dates</source>
        <translation>Problem z datami obiektu o wartości dla społeczności</translation>
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
        <translation>np. LS7 3AB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address line &amp;1:</source>
        <translation>Adres, wiersz &amp;1:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address line 1</source>
        <translation>Adres, wiersz 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address line &amp;2:</source>
        <translation>Adres, wiersz &amp;2:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address line 2</source>
        <translation>Adres, wiersz 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loc&amp;ality:</source>
        <translation>Dzie&amp;lnica:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locality</source>
        <translation>Dzielnica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Town:</source>
        <translation>M&amp;iejscowość:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Town</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post&amp;code:</source>
        <translation>Kod &amp;pocztowy:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem with the postcode</source>
        <translation>Problem z kodem pocztowym</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../civicdesk/ui/diary/dialog.py" line="+72"/>
        <location line="+1"/>
        <source>Book a room</source>
        <translation>Zarezerwuj salę</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (for %1)</source>
        <translation> (dla %1 os.)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Room:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it is for, e.g. Yoga</source>
        <translation>Na co, np. joga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What:</source>
        <translation>&amp;Cel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it is for</source>
        <translation>Cel rezerwacji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hirer:</source>
        <translation>&amp;Najemca:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hirer</source>
        <translation>Najemca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A one-off hirer&apos;s phone or email (optional)</source>
        <translation>Telefon lub e-mail jednorazowego najemcy (opcjonalnie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontact:</source>
        <translation>K&amp;ontakt:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One-off hirer&apos;s phone or email</source>
        <translation>Telefon lub e-mail jednorazowego najemcy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They agreed we keep these details to arrange the booking</source>
        <translation>Najemca zgodził się, żebyśmy przechowywali te dane do obsługi rezerwacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hirer agreed to be contacted</source>
        <translation>Najemca zgodził się na kontakt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Początek:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Koniec:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set-&amp;up before:</source>
        <translation>P&amp;rzygotowanie przed:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set-up time before, in minutes</source>
        <translation>Czas na przygotowanie przed, w minutach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear-away after:</source>
        <translation>Sprzątani&amp;e po:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear-away time after, in minutes</source>
        <translation>Czas na sprzątanie po, w minutach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;peat:</source>
        <translation>Po&amp;wtarzanie:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat</source>
        <translation>Powtarzanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On a date</source>
        <translation>W dniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a number of times</source>
        <translation>Po określonej liczbie razy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How the series ends</source>
        <translation>Kiedy kończy się cykl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last date</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of times</source>
        <translation>Liczba razy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;nds:</source>
        <translation>Koniec cykl&amp;u:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untick a date to skip it</source>
        <translation>Odznacz datę, aby ją pominąć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates (untick to s&amp;kip):</source>
        <translation>&amp;Lista dat (odznacz, aby pominąć):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates of the series</source>
        <translation>Daty cyklu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed</source>
        <translation>Potwierdzona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provisional</source>
        <translation>Wstępna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not set</source>
        <translation>Nie ustalono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>Społeczna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular</source>
        <translation>Dla stałych najemców</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commercial</source>
        <translation>Komercyjna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate band</source>
        <translation>Stawka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate b&amp;and:</source>
        <translation>St&amp;awka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pri&amp;vate: printed and shared only as “booked”</source>
        <translation>Pr&amp;ywatna: drukowana i udostępniana tylko jako „zarezerwowane”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private booking</source>
        <translation>Rezerwacja prywatna</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clash</source>
        <translation>Kolizja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;ook over it on purpose</source>
        <translation>Zarezerwuj &amp;mimo to, celowo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book over the clash on purpose</source>
        <translation>Zarezerwuj celowo mimo kolizji</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Book</source>
        <translation>&amp;Zarezerwuj</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Once</source>
        <translation>Jednorazowo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every %1</source>
        <translation>Co tydzień: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every other %1</source>
        <translation>Co dwa tygodnie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 %2 of each month</source>
        <translation>Co miesiąc: %1 %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Dates of the series, %1 dates</source>
        <translation>Daty cyklu, liczba dat: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The booking ends before it starts.</source>
        <translation>Rezerwacja kończy się, zanim się zaczyna.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Tick that the hirer agreed we keep their phone or email, or leave the contact empty.</source>
        <translation>Zaznacz, że najemca zgodził się na przechowywanie jego telefonu lub e-maila, albo zostaw pole kontaktu puste.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>One-off hirer of a room</source>
        <translation>Jednorazowy najemca sali</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The booking cannot be made</source>
        <translation>Nie można zrobić rezerwacji</translation>
    </message>
</context>
<context>
    <name>BuildersView</name>
    <message>
        <location filename="../../civicdesk/ui/builders/view.py" line="+45"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Z odpowiedzią</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Przyjęta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Wykonana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Wycofanie</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+139"/>
        <location line="+140"/>
        <source>Builders</source>
        <translation>Pomocnicy</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>&amp;Offer help…</source>
        <translation>&amp;Zaoferuj pomoc…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ask for help…</source>
        <translation>Pop&amp;roś o pomoc…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print “who can help” sheet…</source>
        <translation>&amp;Drukuj arkusz „kto może pomóc”…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport hours…</source>
        <translation>E&amp;ksportuj godziny…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours of help given, per piece of help, as a spreadsheet for funders</source>
        <translation>Godziny udzielonej pomocy, osobno dla każdej pomocy, jako arkusz kalkulacyjny dla grantodawców</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Offers</source>
        <translation>Oferty</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Jak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often</source>
        <translation>Jak często</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+144"/>
        <source>Offers of help</source>
        <translation>Oferty pomocy</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Requests</source>
        <translation>Prośby</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who helped</source>
        <translation>Kto pomógł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their group</source>
        <translation>Grupa pomagającego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group helped</source>
        <translation>Wspierana grupa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done</source>
        <translation>Co zrobiono</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+130"/>
        <source>Help given</source>
        <translation>Udzielona pomoc</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Kit reservations</source>
        <translation>Rezerwacje sprzętu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who helped most, and gaps</source>
        <translation>Kto pomagał najwięcej i czego brakuje</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Asked by</source>
        <translation>Kto prosi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help wanted</source>
        <translation>Potrzebna pomoc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed by</source>
        <translation>Potrzebne do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered by</source>
        <translation>Odpowiedź od</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+99"/>
        <source>Requests for help</source>
        <translation>Prośby o pomoc</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+13"/>
        <location line="+161"/>
        <source>Who could help</source>
        <translation>Kto mógłby pomóc</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>A&amp;nswer with this offer</source>
        <translation>&amp;Odpowiedz tą ofertą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ccept</source>
        <translation>Przyj&amp;mij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;done…</source>
        <translation>Oznacz jako wykona&amp;ne…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw</source>
        <translation>Wyco&amp;faj</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>anywhere</source>
        <translation>wszędzie</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No offers or requests yet. Groups and volunteers can offer their skills and kit to other groups (a volunteer needs their consent to be listed as a builder), and ask for help; offers travel to partner groups in bundles, so a borough&apos;s groups see one pool of builders.</source>
        <translation>Nie ma jeszcze ofert ani próśb. Grupy i wolontariusze mogą oferować innym grupom swoje umiejętności i sprzęt (wolontariusz musi wyrazić zgodę na umieszczenie na liście pomocników) oraz prosić o pomoc; oferty trafiają do grup partnerskich w paczkach, więc wszystkie grupy w dzielnicy widzą jedną wspólną pulę pomocników.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 offers of help · %2 requests open · %3 hours of help given</source>
        <translation>Oferty pomocy: %1 · otwarte prośby: %2 · godziny udzielonej pomocy: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Who has helped most</source>
        <translation>Kto pomógł najwięcej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No help logged yet.</source>
        <translation>Nie zapisano jeszcze żadnej pomocy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteers</source>
        <translation>Wolontariusze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody offers</source>
        <translation>Nikt nie oferuje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every skill asked for is offered.</source>
        <translation>Każda potrzebna umiejętność jest w ofertach.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No offer fits yet.</source>
        <translation>Żadna oferta jeszcze nie pasuje.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Save the “who can help” sheet</source>
        <translation>Zapisz arkusz „kto może pomóc”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved the sheet with %1 offers to %2</source>
        <translation>Zapisano arkusz (oferty: %1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who can help</source>
        <translation>Kto może pomóc</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export hours of help</source>
        <translation>Eksportuj godziny pomocy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved %1 rows of help given to %2</source>
        <translation>Zapisano udzieloną pomoc (wiersze: %1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export hours</source>
        <translation>Eksport godzin</translation>
    </message>
</context>
<context>
    <name>ChangeTree</name>
    <message>
        <location filename="../../civicdesk/ui/change_tree.py" line="+28"/>
        <source>the other group</source>
        <translation>druga grupa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the bundle changes</source>
        <translation>Co zmienia paczka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open all</source>
        <translation>Rozwiń wszystko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close all</source>
        <translation>Zwiń wszystko</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing would change: you already have everything in this bundle.</source>
        <translation>Nic by się nie zmieniło: masz już wszystko, co jest w tej paczce.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Will wait in Needs review (%1)</source>
        <translation>Trafi do listy „Do przejrzenia” (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ours</source>
        <translation>nasza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waits: %1 (%2). Everyone will see: %3.</source>
        <translation>Czeka: %1 (%2). Wszyscy zobaczą: %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changed (%1)</source>
        <translation>Zmienione (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New (%1)</source>
        <translation>Nowe (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brought back (%1)</source>
        <translation>Przywrócone (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted (%1)</source>
        <translation>Usunięte (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>… and %1 more</source>
        <translation>… i jeszcze %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 detail</source>
        <translation>1 szczegół</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 details</source>
        <translation>szczegóły: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 to review</source>
        <translation>, do przejrzenia: %1</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../civicdesk/ui/importing/wizard.py" line="+359"/>
        <source>Check before importing</source>
        <translation>Sprawdzenie przed importem</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Problems found in the file</source>
        <translation>Problemy znalezione w pliku</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge into the existing record</source>
        <translation>Scal z istniejącym rekordem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the row</source>
        <translation>Pomiń wiersz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new record anyway</source>
        <translation>Mimo to utwórz nowy rekord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the good rows and leave out rows with &amp;problems</source>
        <translation>Importuj poprawne wiersze, a wiersze z &amp;problemami pomiń</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refuse a row for any bad cell (otherwise a bad website, phone, email, number or postcode is left out and the row kept)</source>
        <translation>&amp;Odrzucaj wiersz z każdą błędną komórką (inaczej pomijana jest tylko błędna wartość — strona WWW, telefon, e-mail, liczba lub kod pocztowy — a wiersz zostaje)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check &amp;again</source>
        <translation>Sprawdź &amp;jeszcze raz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When a row matches a record already here:</source>
        <translation>Gdy wiersz pasuje do rekordu, który już tu jest:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The file cannot be imported.</source>
        <translation>Tego pliku nie można zaimportować.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fix the rows below, or tick the box to leave them out.</source>
        <translation>Popraw poniższe wiersze albo zaznacz pole, aby je pominąć.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No problems found.</source>
        <translation>Nie znaleziono problemów.</translation>
    </message>
</context>
<context>
    <name>CompliancePanel</name>
    <message>
        <location filename="../../civicdesk/ui/health/compliance_panel.py" line="+111"/>
        <source>Item</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Last done</source>
        <translation>Ostatnio wykonano</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Next due</source>
        <translation>Następny termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (set by hand)</source>
        <translation> (ustawiony ręcznie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>Certyfikat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Safety and compliance items</source>
        <translation>Przeglądy bezpieczeństwa i wymogi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark done &amp;today</source>
        <translation>Oznacz jako wykonane &amp;dziś</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach &amp;certificate…</source>
        <translation>Dołącz &amp;certyfikat…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind of item to add</source>
        <translation>Rodzaj pozycji do dodania</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not known</source>
        <translation>nie wiadomo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add item</source>
        <translation>Dod&amp;aj pozycję</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add:</source>
        <translation>Dodaj:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last done</source>
        <translation>ostatnio wykonano</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>overdue by %Ln day(s)</source>
        <translation>
            <numerusform>po terminie o %Ln dzień</numerusform>
            <numerusform>po terminie o %Ln dni</numerusform>
            <numerusform>po terminie o %Ln dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>due in %Ln day(s)</source>
        <translation>
            <numerusform>termin za %Ln dzień</numerusform>
            <numerusform>termin za %Ln dni</numerusform>
            <numerusform>termin za %Ln dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>every %Ln month(s)</source>
        <translation>
            <numerusform>co %Ln miesiąc</numerusform>
            <numerusform>co %Ln miesiące</numerusform>
            <numerusform>co %Ln miesięcy</numerusform>
        </translation>
    </message>
    <message>
        <location line="-26"/>
        <source>in date</source>
        <translation>aktualne</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>&amp;New kind…</source>
        <translation>Nowy &amp;rodzaj…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no date set</source>
        <translation>bez daty</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no fixed renewal</source>
        <translation>bez stałego terminu odnowienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — your own</source>
        <translation> — własny</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compliance</source>
        <translation>Wymogi</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Mark %1 done</source>
        <translation>Oznacz „%1” jako wykonane</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attach a certificate</source>
        <translation>Dołącz certyfikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Dokumenty (*.pdf *.jpg *.jpeg *.png);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/widgets.py" line="+172"/>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How given</source>
        <translation>Jak wyrażona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by</source>
        <translation>Kto zapisał</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your name</source>
        <translation>twoje imię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>how given</source>
        <translation>jak wyrażona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recorded by</source>
        <translation>kto zapisał</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem with consent: %1</source>
        <translation>Problem ze zgodą: %1</translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <location filename="../../civicdesk/ui/data_words.py" line="+10"/>
        <source>a few times a year</source>
        <translation>kilka razy w roku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility</source>
        <translation>Dostępność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility notes</source>
        <translation>Uwagi o dostępności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessible toilet</source>
        <translation>Toaleta dostępna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Działa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>działa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Zajęcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ACV listed on</source>
        <translation>Data wpisu na listę ACV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ACV nominated on</source>
        <translation>Data zgłoszenia ACV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address lines</source>
        <translation>Wiersze adresu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered by</source>
        <translation>Odpowiedź od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies to</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appreciated</source>
        <translation>doceniane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Okolica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas</source>
        <translation>Okolice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked by</source>
        <translation>Kto prosi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessor</source>
        <translation>Oceniający</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset of Community Value</source>
        <translation>Obiekt o wartości dla społeczności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associations</source>
        <translation>Stowarzyszenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>associations</source>
        <translation>stowarzyszenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>Zagrożone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at risk</source>
        <translation>zagrożone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at risk (triangle)</source>
        <translation>zagrożone (trójkąt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audiences</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>Dostępność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baby change</source>
        <translation>Przewijak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic</source>
        <translation>Podstawowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breaking even</source>
        <translation>wychodzi na zero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Builders</source>
        <translation>Pomocnicy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by arrangement</source>
        <translation>po uzgodnieniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Maksymalna liczba osób</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate file</source>
        <translation>Plik certyfikatu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate or check</source>
        <translation>Certyfikat lub przegląd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate or check</source>
        <translation>certyfikat lub przegląd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chair</source>
        <translation>przewodniczący</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charity</source>
        <translation>Organizacja charytatywna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>charity</source>
        <translation>organizacja charytatywna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charity number</source>
        <translation>Numer organizacji charytatywnej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked on</source>
        <translation>Data oceny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CIC</source>
        <translation>CIC (spółka non-profit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civic</source>
        <translation>Obywatelskie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>civic</source>
        <translation>obywatelskie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>zamknięte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed (hollow square)</source>
        <translation>zamknięte (pusty kwadrat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Club</source>
        <translation>Klub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>club</source>
        <translation>klub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clubs and association halls</source>
        <translation>Kluby i sale stowarzyszeń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>Społeczne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Spółka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company</source>
        <translation>spółka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company number</source>
        <translation>Numer w rejestrze spółek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact by email (yes/no)</source>
        <translation>Kontakt e-mailem (tak/nie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact by phone (yes/no)</source>
        <translation>Kontakt telefoniczny (tak/nie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact email</source>
        <translation>E-mail kontaktowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact name</source>
        <translation>Osoba do kontaktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact phone</source>
        <translation>Telefon kontaktowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinator</source>
        <translation>koordynator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crumbling</source>
        <translation>rozpada się</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily</source>
        <translation>codziennie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data protection</source>
        <translation>Ochrona danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DBS check</source>
        <translation>Zaświadczenie DBS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DBS check expired</source>
        <translation>Wygasło zaświadczenie DBS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DBS check type</source>
        <translation>Rodzaj zaświadczenia DBS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DBS issued on</source>
        <translation>Data wydania zaświadczenia DBS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DBS renewal was due</source>
        <translation>Minął termin odnowienia DBS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declining</source>
        <translation>słabnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Usunięcie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted, details still held</source>
        <translation>Usunięta, dane wciąż przechowywane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diary</source>
        <translation>Terminarz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital</source>
        <translation>Cyfrowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>digital</source>
        <translation>cyfrowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital app/platform</source>
        <translation>Aplikacja/platforma cyfrowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>digital app/platform</source>
        <translation>aplikacja/platforma cyfrowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory consent date</source>
        <translation>Data zgody na informator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on</source>
        <translation>Data wykonania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dormant</source>
        <translation>W zawieszeniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dormant</source>
        <translation>w zawieszeniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due back</source>
        <translation>Termin zwrotu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date set by hand</source>
        <translation>Termin ustawiony ręcznie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dying</source>
        <translation>zamiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electrical installation condition report (EICR)</source>
        <translation>Protokół przeglądu instalacji elektrycznej (EICR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency lighting annual test</source>
        <translation>Coroczny test oświetlenia awaryjnego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhanced</source>
        <translation>Rozszerzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhanced with barred lists</source>
        <translation>Rozszerzone ze sprawdzeniem list zakazów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erased</source>
        <translation>Wymazanie danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every (months)</source>
        <translation>Co ile miesięcy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilities</source>
        <translation>Wyposażenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fair</source>
        <translation>w przeciętnym stanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faith</source>
        <translation>Wyznaniowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faith group</source>
        <translation>Wspólnota wyznaniowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>faith group</source>
        <translation>wspólnota wyznaniowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finances</source>
        <translation>Finanse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fire extinguisher service</source>
        <translation>Przegląd gaśnic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fire risk assessment</source>
        <translation>Ocena ryzyka pożarowego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix O/0 in postcodes</source>
        <translation>Popraw O/0 w kodach pocztowych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food business registration</source>
        <translation>Rejestracja działalności spożywczej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for sale/closure threatened</source>
        <translation>na sprzedaż / grozi zamknięcie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>Formularz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fortnightly</source>
        <translation>Co dwa tygodnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free</source>
        <translation>Bezpłatne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free</source>
        <translation>bezpłatne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Piątek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas safety certificate</source>
        <translation>Świadectwo bezpieczeństwa instalacji gazowej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get organised</source>
        <translation>Organizowanie się</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>get organised</source>
        <translation>organizowanie się</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>given</source>
        <translation>udzielona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>good</source>
        <translation>w dobrym stanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good for</source>
        <translation>Do czego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group</source>
        <translation>grupa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group helped</source>
        <translation>Wspierana grupa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group&apos;s use of a tool</source>
        <translation>korzystanie grupy z narzędzia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>growing</source>
        <translation>rozwija się</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Halls, libraries and community centres</source>
        <translation>Sale, biblioteki i domy kultury</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has a role</source>
        <translation>Pełni rolę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Kondycja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health check</source>
        <translation>ocena kondycji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>healthy</source>
        <translation>dobra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing loop</source>
        <translation>Pętla indukcyjna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by</source>
        <translation>U kogo jest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>help given</source>
        <translation>udzielona pomoc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helper</source>
        <translation>Pomagający</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helper&apos;s group</source>
        <translation>Grupa pomagającego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden from the directory</source>
        <translation>Ukryte w informatorze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hire cost</source>
        <translation>Koszt wynajmu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home address</source>
        <translation>Adres domowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Jak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How do local people feel about it?</source>
        <translation>Co sądzą o nim mieszkańcy?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How does it stand financially?</source>
        <translation>Jaka jest jego sytuacja finansowa?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often</source>
        <translation>Jak często</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often is it used?</source>
        <translation>Jak często jest używane?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How secure is its ownership or lease?</source>
        <translation>Jak pewna jest jego własność lub dzierżawa?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to use</source>
        <translation>Jak używać</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How valued</source>
        <translation>Jak cenione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ids in other systems</source>
        <translation>Identyfikatory w innych systemach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In directory</source>
        <translation>W informatorze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In group</source>
        <translation>W grupie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informal</source>
        <translation>Grupa nieformalna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>informal</source>
        <translation>grupa nieformalna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurance</source>
        <translation>Ubezpieczenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is it growing or shrinking?</source>
        <translation>Czy się rozwija, czy kurczy?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the first web address</source>
        <translation>Zostaw pierwszy adres WWW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind (sub-type)</source>
        <translation>Rodzaj (podtyp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind of certificate</source>
        <translation>rodzaj certyfikatu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of group</source>
        <translation>Rodzaj grupy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of link</source>
        <translation>Rodzaj powiązania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of tool</source>
        <translation>Rodzaj narzędzia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kit</source>
        <translation>Sprzęt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last activity</source>
        <translation>Ostatnia aktywność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed</source>
        <translation>Ostatnia zmiana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last done</source>
        <translation>Ostatnio wykonano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Szerokość geograficzna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legionella risk review</source>
        <translation>Przegląd ryzyka legionelli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lent despite overdue kit</source>
        <translation>Wypożyczono mimo sprzętu po terminie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lent on</source>
        <translation>Data wypożyczenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lent to</source>
        <translation>Komu wypożyczono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link</source>
        <translation>powiązanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed as a builder (offers help to other groups)</source>
        <translation>Na liście pomocników (pomaga innym grupom)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed in directory (yes/no)</source>
        <translation>W informatorze (tak/nie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed in the printed directory</source>
        <translation>Umieszczenie w drukowanym informatorze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>little noticed</source>
        <translation>mało zauważane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loan</source>
        <translation>Wypożyczenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loan</source>
        <translation>wypożyczenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locality</source>
        <translation>Dzielnica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location on the map</source>
        <translation>Położenie na mapie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Długość geograficzna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look after a space</source>
        <translation>Dbanie o miejsce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>look after a space</source>
        <translation>dbanie o miejsce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loved</source>
        <translation>kochane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower case</source>
        <translation>małe litery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintainer</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May be contacted by email</source>
        <translation>Kontakt e-mailem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May be contacted by phone</source>
        <translation>Kontakt telefoniczny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meet neighbours</source>
        <translation>Poznawanie sąsiadów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meet neighbours</source>
        <translation>poznawanie sąsiadów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting</source>
        <translation>spotkanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meets at</source>
        <translation>Miejsce spotkań</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member</source>
        <translation>członek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>members only</source>
        <translation>tylko członkowie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Metoda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>method</source>
        <translation>metoda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monday</source>
        <translation>Poniedziałek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Co miesiąc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly</source>
        <translation>co miesiąc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mostly members</source>
        <translation>głównie członkowie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mostly open</source>
        <translation>w większości otwarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Near public transport</source>
        <translation>Blisko komunikacji publicznej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed by</source>
        <translation>Potrzebne do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs review</source>
        <translation>Do przejrzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Sieć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Nowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>nowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new (dashed ring)</source>
        <translation>nowe (przerywany okrąg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next due</source>
        <translation>Następny termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No role and no activity</source>
        <translation>Bez roli i bez aktywności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of the listed features</source>
        <translation>żadne z wymienionych udogodnień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>nieudzielona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occasionally</source>
        <translation>Od czasu do czasu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occasions</source>
        <translation>Wydarzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>occasions</source>
        <translation>wydarzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offer of help</source>
        <translation>oferta pomocy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered by</source>
        <translation>Kto oferuje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered through</source>
        <translation>Za pośrednictwem grupy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on %1</source>
        <translation>dnia %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online groups</source>
        <translation>Grupy online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open to all</source>
        <translation>otwarte dla wszystkich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours</source>
        <translation>Godziny otwarcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours (as text)</source>
        <translation>Godziny otwarcia (jako tekst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Openness</source>
        <translation>Otwartość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Zarządca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Inaczej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outdoors</source>
        <translation>Plenerowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outdoors</source>
        <translation>plenerowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over £200</source>
        <translation>Ponad £200</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over £200</source>
        <translation>ponad £200</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ownership risk</source>
        <translation>Pewność własności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ownership type</source>
        <translation>Rodzaj własności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parking</source>
        <translation>Parking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parks, gardens and green spaces</source>
        <translation>Parki, ogrody i tereny zielone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People (volunteers)</source>
        <translation>Osoby (wolontariusze)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>osoba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Zdjęcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place on the waiting list</source>
        <translation>Miejsce na liście oczekujących</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places of worship</source>
        <translation>Miejsca kultu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>poor</source>
        <translation>w złym stanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portable appliance testing (PAT), higher risk</source>
        <translation>Badanie przenośnych urządzeń elektrycznych (PAT), wyższe ryzyko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portable appliance testing (PAT), low risk</source>
        <translation>Badanie przenośnych urządzeń elektrycznych (PAT), niskie ryzyko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode (for finding duplicates)</source>
        <translation>Kod pocztowy (do wyszukiwania duplikatów)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Premises licence</source>
        <translation>Zezwolenie dla lokalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>Prywatne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private</source>
        <translation>prywatne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private venues</source>
        <translation>Lokale prywatne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PRS/PPL music licence</source>
        <translation>Licencja muzyczna PRS/PPL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public</source>
        <translation>Publiczne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public</source>
        <translation>publiczne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public service</source>
        <translation>Służba publiczna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public service</source>
        <translation>służba publiczna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public services and venues</source>
        <translation>Usługi i obiekty publiczne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pubs, cafés and local shops</source>
        <translation>Puby, kawiarnie i sklepy osiedlowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes</source>
        <translation>Cele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise money</source>
        <translation>Zbieranie pieniędzy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>raise money</source>
        <translation>zbieranie pieniędzy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rarely</source>
        <translation>rzadko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach isolated people</source>
        <translation>Docieranie do osób samotnych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reach isolated people</source>
        <translation>docieranie do osób samotnych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as a date</source>
        <translation>Odczytaj jako datę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read yes/no</source>
        <translation>Odczytaj jako tak/nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recorded by %1</source>
        <translation>zapisana przez: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refreshed</source>
        <translation>odnowione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Religious</source>
        <translation>Religijne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>religious</source>
        <translation>religijne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Prośba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>request for help</source>
        <translation>prośba o pomoc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reservation</source>
        <translation>rezerwacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved for</source>
        <translation>Dla kogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved together</source>
        <translation>Zarezerwowane razem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residents&apos; association</source>
        <translation>Stowarzyszenie mieszkańców</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>residents&apos; association</source>
        <translation>stowarzyszenie mieszkańców</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned on</source>
        <translation>Data zwrotu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Opinia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>rola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routes</source>
        <translation>Trasy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routes</source>
        <translation>trasy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a meeting</source>
        <translation>Prowadzenie zebrań</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run a meeting</source>
        <translation>prowadzenie zebrań</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run by</source>
        <translation>Prowadzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safeguarding lead</source>
        <translation>osoba odpowiedzialna za ochronę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safeguarding policy review</source>
        <translation>Przegląd polityki ochrony (safeguarding)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Sobota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secretary</source>
        <translation>sekretarz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secure</source>
        <translation>bezpieczne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup time</source>
        <translation>Czas przygotowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share things</source>
        <translation>Dzielenie się rzeczami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share things</source>
        <translation>dzielenie się rzeczami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared kit</source>
        <translation>Wspólny sprzęt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shared kit</source>
        <translation>wspólny sprzęt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared with other groups in bundles</source>
        <translation>Udostępnianie innym grupom w paczkach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>Umiejętności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills needed</source>
        <translation>Wymagane umiejętności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills wanted</source>
        <translation>Potrzebne umiejętności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>space</source>
        <translation>miejsce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spaces</source>
        <translation>Miejsca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spaces (halls, parks, pubs…)</source>
        <translation>Miejsca (sale, parki, puby…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split a list (; or ,)</source>
        <translation>Podziel listę (; lub ,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stable</source>
        <translation>Stabilne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stable</source>
        <translation>stabilne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stable (circle)</source>
        <translation>stabilne (okrąg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard</source>
        <translation>Standardowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starter kit</source>
        <translation>Zestaw startowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>steady</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step-free access</source>
        <translation>Dostęp bez schodów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>struggling</source>
        <translation>z trudem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Niedziela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>surplus</source>
        <translation>nadwyżka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taken for granted</source>
        <translation>traktowane jako oczywistość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template/document</source>
        <translation>Szablon/dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>template/document</source>
        <translation>szablon/dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thriving</source>
        <translation>Kwitnące</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thriving</source>
        <translation>kwitnące</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thriving (bold ring)</source>
        <translation>kwitnące (pogrubiony okrąg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Czwartek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidy spaces</source>
        <translation>Uporządkuj odstępy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title Case</source>
        <translation>Wielkie Pierwsze Litery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool</source>
        <translation>Narzędzie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tool</source>
        <translation>narzędzie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools</source>
        <translation>Narzędzia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traditional</source>
        <translation>Tradycyjne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>traditional</source>
        <translation>tradycyjne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>treasurer</source>
        <translation>skarbnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>Tendencja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted borrower</source>
        <translation>Zaufany wypożyczający</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trusted borrower</source>
        <translation>zaufany wypożyczający</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted since</source>
        <translation>Zaufany od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trustee</source>
        <translation>członek zarządu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Wtorek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of place</source>
        <translation>Typ miejsca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncertain</source>
        <translation>niepewne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under £50</source>
        <translation>Poniżej £50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under £50</source>
        <translation>poniżej £50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsustainable</source>
        <translation>nie do utrzymania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPRN (property reference)</source>
        <translation>UPRN (numer nieruchomości)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage</source>
        <translation>Wykorzystanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valuable (only for trusted borrowers)</source>
        <translation>Cenny (tylko dla zaufanych wypożyczających)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valued</source>
        <translation>cenione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verbal</source>
        <translation>Ustnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vice-chair</source>
        <translation>wiceprzewodniczący</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>volunteer</source>
        <translation>wolontariusz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walks and routes</source>
        <translation>Spacery i trasy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website or online link</source>
        <translation>Strona WWW lub link online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Środa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Co tydzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly</source>
        <translation>co tydzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What condition is the place in?</source>
        <translation>W jakim stanie jest to miejsce?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done</source>
        <translation>Co zrobiono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who can use it?</source>
        <translation>Kto może z niego korzystać?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it is listed</source>
        <translation>Dlaczego jest na liście</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Wycofanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>wycofana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>Co roku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly occasions</source>
        <translation>Coroczne wydarzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Tak</translation>
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
        <translation>Ochrona danych</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The law says to keep people&apos;s details only while you need them. Listed here: people with no role and nothing happening with them for the period below, people whose DBS check has expired, and people deleted from the lists whose details are still held. An expired DBS check needs renewing, not anonymising. Anonymise (for inactive or deleted people) keeps only their town and postcode district, so the neighbourhood&apos;s counts still add up.</source>
        <translation>Prawo nakazuje przechowywać dane osób tylko tak długo, jak są potrzebne. Na liście są: osoby bez żadnej roli, z którymi nic się nie dzieje przez okres podany niżej, osoby, którym wygasło zaświadczenie DBS, oraz osoby usunięte z list, których dane wciąż są przechowywane. Wygasłe zaświadczenie DBS trzeba odnowić, a nie anonimizować. Anonimizacja (osób nieaktywnych lub usuniętych) zostawia tylko miejscowość i pierwszą część kodu pocztowego, żeby liczby dla okolicy nadal się zgadzały.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> years</source>
        <translation> </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep details of inactive people for</source>
        <translation>Okres przechowywania danych nieaktywnych osób (w latach)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep details of people with no role and no activity for</source>
        <translation>Przechowuj dane osób bez roli i aktywności (liczba lat)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>People whose details may no longer be needed</source>
        <translation>Osoby, których dane mogą już nie być potrzebne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport everything we hold…</source>
        <translation>E&amp;ksportuj wszystko, co mamy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Zanonimizuj…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Looking through people&apos;s records…</source>
        <translation>Przeglądanie rekordów osób…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not check people&apos;s records</source>
        <translation>Nie udało się sprawdzić rekordów osób</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nobody to review: everyone listed has a reason to be kept.</source>
        <translation>Nie ma nikogo do przejrzenia: dla każdej osoby na liście jest powód, by zachować jej dane.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 with no role and no activity since %2 · %3 with an expired DBS check · %4 deleted but still held</source>
        <translation>Bez roli i aktywności od %2: %1 · z wygasłym zaświadczeniem DBS: %3 · usunięte, ale wciąż przechowywane: %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no name)</source>
        <translation>(bez nazwiska)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save the period</source>
        <translation>Nie udało się zapisać okresu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1&apos;s DBS check has expired: renew it and record the new renewal date on their record.</source>
        <translation>%1: zaświadczenie DBS straciło ważność. Odnów je i wpisz nową datę odnowienia w rekordzie tej osoby.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person</source>
        <translation>Ta osoba</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not anonymise</source>
        <translation>Nie udało się zanonimizować</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../civicdesk/ui/editors/widgets.py" line="-256"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/rrrr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose from a calendar</source>
        <translation>Wybierz z kalendarza</translation>
    </message>
</context>
<context>
    <name>DaysEditor</name>
    <message>
        <location line="+197"/>
        <source>Mon</source>
        <translation>Pn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>Wt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>Śr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>Cz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>Pt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>So</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sun</source>
        <translation>Nd</translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <location filename="../../civicdesk/ui/diary/view.py" line="+57"/>
        <source>Space</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Space:</source>
        <translation>&amp;Miejsce:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ Pop&amp;rzedni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;oday</source>
        <translation>&amp;Dziś</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Następny ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous week or month</source>
        <translation>Poprzedni tydzień lub miesiąc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next week or month</source>
        <translation>Następny tydzień lub miesiąc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Week</source>
        <translation>&amp;Tydzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month</source>
        <translation>M&amp;iesiąc</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Book…</source>
        <translation>&amp;Zarezerwuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book a room of this space (Ctrl+B)</source>
        <translation>Zarezerwuj salę w tym miejscu (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the &amp;week…</source>
        <translation>Drukuj t&amp;ydzień…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week&apos;s bookings as an A4 noticeboard sheet (PDF)</source>
        <translation>Rezerwacje z tygodnia jako arkusz A4 na tablicę ogłoszeń (PDF)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Week</source>
        <translation>Tydzień</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mon</source>
        <translation>Pn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>Wt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>Śr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>Cz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>Pt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>So</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>Nd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Month overview</source>
        <translation>Przegląd miesiąca</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a space above to see its diary. A space with no rooms yet becomes one room when you first book it (Book…).</source>
        <translation>Wybierz miejsce powyżej, aby zobaczyć jego terminarz. Miejsce, które nie ma jeszcze sal, przy pierwszej rezerwacji staje się jedną salą (Zarezerwuj…).</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>The diary cannot be shown</source>
        <translation>Nie można wyświetlić terminarza</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+23"/>
        <source>1 booking</source>
        <translation>1 rezerwacja</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+23"/>
        <source>%1 bookings</source>
        <translation>Rezerwacje: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1: week of %2 to %3 · %4, %5 hours booked</source>
        <translation>%1: tydzień od %2 do %3 · %4, łącznie godzin: %5</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Book a room</source>
        <translation>Zarezerwuj salę</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a space first.</source>
        <translation>Najpierw wybierz miejsce.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Book %1</source>
        <translation>zarezerwowanie: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a room</source>
        <translation>sala</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The room is booked then</source>
        <translation>Sala jest wtedy zajęta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move it there anyway?</source>
        <translation>Przenieść mimo to?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The booking cannot be moved</source>
        <translation>Nie można przenieść rezerwacji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move %1 to %2</source>
        <translation>przeniesienie: %1 na %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel the booking</source>
        <translation>Odwołaj rezerwację</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel %1?</source>
        <translation>Odwołać rezerwację: %1?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel this &amp;date</source>
        <translation>Odwołaj tylko ten &amp;dzień</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel &amp;every date</source>
        <translation>Odwołaj &amp;wszystkie dni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the &amp;booking</source>
        <translation>Odwołaj &amp;rezerwację</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel %1</source>
        <translation>odwołanie: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the confirmation</source>
        <translation>Zapisz potwierdzenie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the week&apos;s noticeboard sheet</source>
        <translation>Zapisz arkusz tygodnia na tablicę ogłoszeń</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved %1</source>
        <translation>Zapisano %1</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <location filename="../../civicdesk/ui/directory/dialog.py" line="+50"/>
        <location line="+162"/>
        <source>Print directory</source>
        <translation>Drukowanie informatora</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>A4, two columns</source>
        <translation>A4, dwie kolumny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A5 booklet (fold and staple)</source>
        <translation>Broszura A5 (złożyć i zszyć)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large print</source>
        <translation>Duży druk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by category</source>
        <translation>według kategorii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by area</source>
        <translation>według rejonu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories to include</source>
        <translation>Kategorie do uwzględnienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick each category of space to print</source>
        <translation>Zaznacz każdą kategorię miejsc, którą chcesz wydrukować</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only spaces &amp;open to all</source>
        <translation>Tylko miejsca &amp;otwarte dla wszystkich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spaces whose latest health check rates them open to all (4 or 5), or, if never checked, that are publicly or community owned or public by nature.</source>
        <translation>Miejsca, które w ostatniej ocenie kondycji uznano za otwarte dla wszystkich (4 lub 5), a jeśli nigdy ich nie oceniano — będące własnością publiczną lub społeczną albo publiczne z natury.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include a &amp;map (entries numbered)</source>
        <translation>Dołącz &amp;mapę (pozycje ponumerowane)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number the entries and add map pages showing where each numbered place is, over the offline map you chose.</source>
        <translation>Ponumeruj pozycje i dodaj strony z mapą, na których widać, gdzie jest każde ponumerowane miejsce, na wybranej mapie offline.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number the entries and add map pages showing where each numbered place is.</source>
        <translation>Ponumeruj pozycje i dodaj strony z mapą, na których widać, gdzie jest każde ponumerowane miejsce.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Layout</source>
        <translation>&amp;Układ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ections</source>
        <translation>&amp;Sekcje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Categories</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Zapisz PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Tick at least one category.</source>
        <translation>Zaznacz co najmniej jedną kategorię.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preparing the preview…</source>
        <translation>Przygotowywanie podglądu…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>place</source>
        <translation>pozycja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>places</source>
        <translation>poz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page</source>
        <translation>strona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pages</source>
        <translation>str.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sheet</source>
        <translation>arkusz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sheets</source>
        <translation>ark.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The preview could not be made.</source>
        <translation>Nie udało się przygotować podglądu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save directory as PDF</source>
        <translation>Zapisz informator jako PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save PDF</source>
        <translation>Zapisz PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to {path}</source>
        <translation>Zapisano w {path}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print</source>
        <translation>Drukuj</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <location filename="../../civicdesk/ui/builders/dialogs.py" line="+212"/>
        <source>Mark done: %1</source>
        <translation>Oznacz jako wykonane: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done on</source>
        <translation>Data wykonania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Done on:</source>
        <translation>&amp;Data wykonania:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> hours</source>
        <translation> godz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours of help</source>
        <translation>Godziny pomocy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hours:</source>
        <translation>&amp;Godziny:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was done</source>
        <translation>Co zrobiono</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;What was done:</source>
        <translation>&amp;Co zrobiono:</translation>
    </message>
</context>
<context>
    <name>DuplicatesTable</name>
    <message>
        <location filename="../../civicdesk/ui/importing/duplicates.py" line="+22"/>
        <source>Rows that may already be here</source>
        <translation>Wiersze, które mogą już tu być</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the file</source>
        <translation>W pliku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already here (or an earlier row)</source>
        <translation>Już jest (lub we wcześniejszym wierszu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do</source>
        <translation>Co zrobić</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> (row %1)</source>
        <translation> (wiersz %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no address</source>
        <translation>brak adresu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>possible: %1</source>
        <translation>możliwe: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to do with row %1</source>
        <translation>Co zrobić z wierszem %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Merge</source>
        <translation>Scal</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create new</source>
        <translation>Utwórz nowy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep apart</source>
        <translation>Zostaw osobno</translation>
    </message>
</context>
<context>
    <name>EditBookingDialog</name>
    <message>
        <location filename="../../civicdesk/ui/diary/edit_dialog.py" line="+52"/>
        <source>Cancelled</source>
        <translation>Odwołane</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>the booking</source>
        <translation>rezerwacja</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Change %1 on %2 only</source>
        <translation>Zmiana: %1, tylko %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change %1</source>
        <translation>Zmiana: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes</source>
        <translation>Zapisz zmiany</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print a con&amp;firmation…</source>
        <translation>Drukuj &amp;potwierdzenie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the hirer&apos;s confirmation as saved</source>
        <translation>Drukuj potwierdzenie dla najemcy w zapisanej postaci</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The booking cannot be changed</source>
        <translation>Nie można zmienić rezerwacji</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <location filename="../../civicdesk/ui/privacy/actions.py" line="+28"/>
        <source>this person</source>
        <translation>(bez nazwiska)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only their town and postcode district are kept, for the neighbourhood&apos;s counts.</source>
        <translation>Zostają tylko miejscowość i pierwsza część kodu pocztowego, żeby zgadzały się liczby dla okolicy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing personal is kept.</source>
        <translation>Nie zostają żadne dane osobowe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymising</source>
        <translation>Anonimizacja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erasing</source>
        <translation>Wymazanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2:

• their name, contact details, address, skills, notes and DBS check are blanked. %3
• their history of changes is purged;
• their roles in groups end;
• the record is marked erased, and groups you exchange bundles with erase it too when they import your next bundle — an old copy from another group cannot bring it back.

This cannot be undone (older backups keep the details until they are replaced).</source>
        <translation>%1 danych osoby %2:

• imię i nazwisko, dane kontaktowe, adres, umiejętności, notatki i zaświadczenie DBS zostają wyczyszczone. %3
• historia zmian zostaje usunięta;
• role w grupach się kończą;
• rekord zostaje oznaczony jako wymazany, a grupy, z którymi wymieniasz paczki, też go wymażą, gdy zaimportują twoją następną paczkę — stara kopia od innej grupy nie przywróci tych danych.

Tego nie można cofnąć (starsze kopie zapasowe zachowują te dane, dopóki nie zostaną zastąpione).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Anonymise %1?</source>
        <translation>Zanonimizować dane osoby %1?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase %1?</source>
        <translation>Wymazać dane osoby %1?</translation>
    </message>
</context>
<context>
    <name>ExchangeFolderDialog</name>
    <message>
        <location filename="../../civicdesk/ui/exchange.py" line="+131"/>
        <location line="+14"/>
        <source>Exchange folder</source>
        <translation>Folder wymiany</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>If your groups share a folder — a USB stick, Syncthing or Nextcloud — CivicDesk can watch it. Each new bundle that appears there opens the usual preview, once; nothing is applied until you press Apply. Bundles you send are saved there too. Keep this folder for bundles only: your database itself never goes in a shared folder.</source>
        <translation>Jeśli twoje grupy mają wspólny folder — pendrive, Syncthing lub Nextcloud — CivicDesk może go obserwować. Każda nowa paczka, która się tam pojawi, jeden raz otwiera zwykły podgląd; nic nie zostanie zastosowane, dopóki nie naciśniesz „Zastosuj”. Wysyłane przez ciebie paczki też są tam zapisywane. Trzymaj w tym folderze tylko paczki: samej bazy danych nigdy nie umieszczaj we wspólnym folderze.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not watching any folder</source>
        <translation>Żaden folder nie jest obserwowany</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Wybierz folder…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop watching</source>
        <translation>&amp;Przestań obserwować</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Folder to watch for bundles</source>
        <translation>Folder obserwowany w poszukiwaniu paczek</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../civicdesk/ui/importing/wizard.py" line="-303"/>
        <source>Choose a file</source>
        <translation>Wybierz plik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A spreadsheet (CSV or Excel), an Open Referral file or folder, GeoJSON, or an OpenStreetMap .osm file.</source>
        <translation>Arkusz kalkulacyjny (CSV lub Excel), plik albo folder Open Referral, GeoJSON lub plik .osm z OpenStreetMap.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File to import</source>
        <translation>Plik do zaimportowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What each row is</source>
        <translation>Czym jest każdy wiersz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File:</source>
        <translation>P&amp;lik:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each row is &amp;a:</source>
        <translation>Każdy &amp;wiersz to:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import from</source>
        <translation>Importuj z pliku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importable files (*.csv *.tsv *.txt *.xlsx *.json *.geojson *.osm);;All files (*)</source>
        <translation>Pliki do importu (*.csv *.tsv *.txt *.xlsx *.json *.geojson *.osm);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: there is no such file</source>
        <translation>%1: nie ma takiego pliku</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>FunderPackButton</name>
    <message>
        <location filename="../../civicdesk/ui/money/funder_button.py" line="+23"/>
        <source>&amp;Funder pack…</source>
        <translation>&amp;Pakiet dla grantodawców…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a PDF for grant-makers: who uses the space, its income and costs, the work it needs, its health checks and compliance</source>
        <translation>Zapisuje PDF dla grantodawców: kto korzysta z miejsca, jego przychody i koszty, potrzebne prace, oceny kondycji i wymogi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the funder pack</source>
        <translation>Zapisz pakiet dla grantodawców</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Funder pack saved</source>
        <translation>Zapisano pakiet dla grantodawców</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved {0}. Open it now?</source>
        <translation>Zapisano {0}. Otworzyć teraz?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Funder pack not saved</source>
        <translation>Nie zapisano pakietu dla grantodawców</translation>
    </message>
</context>
<context>
    <name>GraphicsExport</name>
    <message>
        <location filename="../../civicdesk/ui/graphics_export.py" line="+78"/>
        <source>PNG pictures (*.png)</source>
        <translation>Obrazy PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/group.py" line="+26"/>
        <source>&amp;Details</source>
        <translation>&amp;Szczegóły</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ontact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where and when it &amp;meets</source>
        <translation>&amp;Gdzie i kiedy się spotyka</translation>
    </message>
    <message>
        <location line="+53"/>
        <location filename="../../forms/group_editor.ui" line="+211"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New group</source>
        <translation>Nowa grupa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group: %1</source>
        <translation>Grupa: %1</translation>
    </message>
    <message>
        <location filename="../../forms/group_editor.ui" line="-197"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind of group</source>
        <translation>Rodzaj grupy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Activities:</source>
        <translation>Za&amp;jęcia:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+60"/>
        <source>separate with commas</source>
        <translation>rozdziel przecinkami</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Activities</source>
        <translation>Zajęcia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;udiences:</source>
        <translation>Od&amp;biorcy:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example families, older people</source>
        <translation>np. rodziny, seniorzy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audiences</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Languages:</source>
        <translation>Ję&amp;zyki:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example English, Polish</source>
        <translation>np. angielski, polski</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ta&amp;gs:</source>
        <translation>T&amp;agi:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Contact &amp;name:</source>
        <translation>&amp;Osoba do kontaktu:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>who people should ask for</source>
        <translation>o kogo pytać</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact name</source>
        <translation>Osoba do kontaktu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact email</source>
        <translation>E-mail kontaktowy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example 0113 496 0000</source>
        <translation>np. 0113 496 0000</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact phone</source>
        <translation>Telefon kontaktowy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Website:</source>
        <translation>Strona &amp;WWW:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Charity number:</source>
        <translation>Nr organizacji &amp;charytatywnej:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Charity number</source>
        <translation>Numer organizacji charytatywnej</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Company n&amp;umber:</source>
        <translation>Nr w &amp;rejestrze spółek:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Company number</source>
        <translation>Numer w rejestrze spółek</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Where and when it meets</source>
        <translation>Gdzie i kiedy się spotyka</translation>
    </message>
</context>
<context>
    <name>HealthCheckDialog</name>
    <message>
        <location filename="../../civicdesk/ui/health/check_form.py" line="+54"/>
        <source>Health check: {0}</source>
        <translation>Ocena kondycji: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health check</source>
        <translation>Ocena kondycji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer each question for how things are now. The score and status update as you go; saving adds a new dated check and keeps the old ones.</source>
        <translation>Odpowiedz na każde pytanie zgodnie z tym, jak jest teraz. Wynik i status zmieniają się na bieżąco; zapisanie dodaje nową ocenę z datą i zachowuje poprzednie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checked on</source>
        <translation>Data oceny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who answered (optional)</source>
        <translation>Kto odpowiadał (opcjonalnie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessor</source>
        <translation>Oceniający</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anything the committee should know (optional)</source>
        <translation>Co powinien wiedzieć zarząd (opcjonalnie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Score: answer %Ln more question(s) to see it</source>
        <translation>
            <numerusform>Wynik: odpowiedz jeszcze na %Ln pytanie, aby go zobaczyć</numerusform>
            <numerusform>Wynik: odpowiedz jeszcze na %Ln pytania, aby go zobaczyć</numerusform>
            <numerusform>Wynik: odpowiedz jeszcze na %Ln pytań, aby go zobaczyć</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Score: {0} out of 100 — {1}</source>
        <translation>Wynik: {0} na 100 — {1}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Health check not saved</source>
        <translation>Nie zapisano oceny kondycji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a space</source>
        <translation>miejsce</translation>
    </message>
</context>
<context>
    <name>HealthDashboard</name>
    <message>
        <location filename="../../civicdesk/ui/health/dashboard.py" line="+49"/>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&lt;b&gt;What needs attention&lt;/b&gt;</source>
        <translation>&lt;b&gt;Co wymaga uwagi&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All categories</source>
        <translation>Wszystkie kategorie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All owners</source>
        <translation>Wszyscy właściciele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategoria:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Właściciel:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Space</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Item</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Was due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <location line="+10"/>
        <source>Days overdue</source>
        <translation>Dni po terminie</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Due within 30 days</source>
        <translation>Termin w ciągu 30 dni</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+13"/>
        <source>Days left</source>
        <translation>Zostało dni</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>At risk</source>
        <translation>Zagrożone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Last checked</source>
        <translation>Ostatnia ocena</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>ACV listing ending</source>
        <translation>Kończące się wpisy ACV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listing ends</source>
        <translation>Koniec wpisu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listed on</source>
        <translation>Wpisano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposal notice</source>
        <translation>Zawiadomienie o sprzedaży</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not checked in 12 months</source>
        <translation>Bez oceny od 12 miesięcy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kit not returned</source>
        <translation>Niezwrócony sprzęt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kit</source>
        <translation>Sprzęt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borrowed by</source>
        <translation>Wypożyczający</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Was due back</source>
        <translation>Termin zwrotu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looked after by</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unpaid invoices</source>
        <translation>Niezapłacone faktury</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hirer</source>
        <translation>Najemca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed</source>
        <translation>Do zapłaty</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The health lists could not be loaded.</source>
        <translation>Nie udało się wczytać zestawień kondycji.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Kondycja</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>On {0}: {1} overdue, {2} due within 30 days, {3} spaces at risk, {4} ACV listings ending within 6 months, {5} spaces never checked and {6} not checked in the last 12 months; {7} pieces of kit not returned; {8} invoices unpaid, {9} of them overdue. Double-click a row (or press Enter) to open it.</source>
        <translation>Stan na {0}: po terminie: {1}, termin w ciągu 30 dni: {2}, zagrożone miejsca: {3}, wpisy ACV kończące się w ciągu 6 miesięcy: {4}, miejsca nigdy nieocenione: {5}, bez oceny w ostatnich 12 miesiącach: {6}; niezwrócony sprzęt: {7}; niezapłacone faktury: {8}, w tym po terminie: {9}. Kliknij dwukrotnie wiersz (lub naciśnij Enter), aby go otworzyć.</translation>
    </message>
</context>
<context>
    <name>HealthHistoryWidget</name>
    <message>
        <location filename="../../civicdesk/ui/health/history.py" line="+44"/>
        <location line="+25"/>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>thriving from {0:g}</source>
        <translation>kwitnące od {0:g}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at risk below {0:g}</source>
        <translation>zagrożone poniżej {0:g}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Hours booked a month (from the diary)</source>
        <translation>Zarezerwowane godziny w miesiącu (z terminarza)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Show &amp;booked hours from the diary</source>
        <translation>Pokaż zarezerwowane godziny z &amp;terminarza</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Adds each month&apos;s booked hours to the chart: figures from the diary, not a rating</source>
        <translation>Dodaje do wykresu zarezerwowane godziny z każdego miesiąca: liczby z terminarza, nie ocena</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load the history</source>
        <translation>Nie udało się wczytać historii</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not read the diary</source>
        <translation>Nie udało się odczytać terminarza</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%Ln check(s). Latest on {0}: score {1:g}, {2}.</source>
        <translation>
            <numerusform>%Ln ocena. Ostatnia: {0}, wynik {1:g}, {2}.</numerusform>
            <numerusform>%Ln oceny. Ostatnia: {0}, wynik {1:g}, {2}.</numerusform>
            <numerusform>%Ln ocen. Ostatnia: {0}, wynik {1:g}, {2}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No health checks yet: add one to start the trend.</source>
        <translation>Nie ma jeszcze ocen kondycji: dodaj pierwszą, aby zacząć śledzić trend.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../civicdesk/ui/editors/history.py" line="+56"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Was</source>
        <translation>Było</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Jest</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this computer</source>
        <translation>ten komputer</translation>
    </message>
    <message>
        <location filename="../../forms/history_dialog.ui" line="+14"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every change to this record, oldest first.</source>
        <translation>Wszystkie zmiany tego rekordu, od najstarszej.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Change history</source>
        <translation>Historia zmian</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../civicdesk/ui/importing/wizard.py" line="+267"/>
        <source>Importing</source>
        <translation>Importowanie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Stop</source>
        <translation>&amp;Zatrzymaj</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopping…</source>
        <translation>Zatrzymywanie…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported.</source>
        <translation>Nic nie zaimportowano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location line="-406"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>InactivityLock</name>
    <message>
        <location filename="../../civicdesk/ui/security/lock.py" line="+209"/>
        <source>CivicDesk is locked</source>
        <translation>CivicDesk jest zablokowany</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>That passphrase is not right. Please try again.</source>
        <translation>To hasło jest nieprawidłowe. Spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../civicdesk/ui/money/invoice_dialog.py" line="+61"/>
        <location line="+1"/>
        <source>New invoice</source>
        <translation>Nowa faktura</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;To:</source>
        <translation>&amp;Odbiorca:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To (the hirer)</source>
        <translation>Dla kogo (najemca)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional, on one line</source>
        <translation>opcjonalnie, w jednym wierszu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their &amp;address:</source>
        <translation>&amp;Adres odbiorcy:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their address</source>
        <translation>Adres najemcy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dat&amp;e:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoice date</source>
        <translation>Data faktury</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price each (£)</source>
        <translation>Cena jednostkowa (£)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Li&amp;nes:</source>
        <translation>&amp;Pozycje:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+98"/>
        <source>Lines of the invoice</source>
        <translation>Pozycje faktury</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Add a &amp;line</source>
        <translation>Dodaj po&amp;zycję</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove the line</source>
        <translation>&amp;Usuń pozycję</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Booking:</source>
        <translation>&amp;Rezerwacja:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A booking whose dates to add</source>
        <translation>Rezerwacja, której daty dodać</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its dates &amp;from:</source>
        <translation>&amp;Jej daty od:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charge the booking&apos;s dates from</source>
        <translation>Policz daty rezerwacji od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;until:</source>
        <translation>&amp;do:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charge the booking&apos;s dates until</source>
        <translation>Policz daty rezerwacji do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;its dates</source>
        <translation>Dodaj jej dat&amp;y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the booking&apos;s dates as a line</source>
        <translation>Dodaj daty rezerwacji jako pozycję</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Total: %1</source>
        <translation>Razem: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total: a line&apos;s quantity or price is not a number yet</source>
        <translation>Razem: ilość lub cena w jednej z pozycji nie jest jeszcze liczbą</translation>
    </message>
</context>
<context>
    <name>KitReturned</name>
    <message>
        <location filename="../../civicdesk/ui/editors/lend_anyway.py" line="+91"/>
        <source>Now booked from the waiting list: %1. Let them know it is theirs.</source>
        <translation>Zarezerwowano z listy oczekujących: %1. Daj im znać, że sprzęt na nich czeka.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next reserved: %1.</source>
        <translation>Następna rezerwacja: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kit returned</source>
        <translation>Sprzęt zwrócony</translation>
    </message>
</context>
<context>
    <name>KitTab</name>
    <message>
        <location filename="../../civicdesk/ui/builders/kit_tab.py" line="+98"/>
        <source>Kit</source>
        <translation>Sprzęt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reserved for</source>
        <translation>Dla kogo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>Dni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+72"/>
        <location line="+50"/>
        <source>Reservations</source>
        <translation>Rezerwacje</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>&amp;Reserve…</source>
        <translation>Zarezerw&amp;uj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel reservation</source>
        <translation>Odwoł&amp;aj rezerwację</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>W&amp;yżej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Niżej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lend now</source>
        <translation>Wypożycz &amp;teraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came &amp;back</source>
        <translation>&amp;Oddano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up the waiting list</source>
        <translation>Przesuń wyżej na liście oczekujących</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Kit:</source>
        <translation>&amp;Sprzęt:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Waiting, #%1</source>
        <translation>Oczekuje, nr %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 to %2</source>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing reserved ahead. Press Reserve… to hold it for a date.</source>
        <translation>Nic nie jest zarezerwowane. Naciśnij Zarezerwuj…, aby zatrzymać sprzęt na wybrany termin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reserved first, by date; then the waiting list, in order. When a reservation is cancelled or the kit comes back early, the first on the waiting list that fits is booked.</source>
        <translation>Najpierw rezerwacje według dat, potem lista oczekujących po kolei. Gdy rezerwacja zostanie odwołana albo sprzęt wróci wcześniej, rezerwację dostaje pierwszy pasujący wpis z listy oczekujących.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Booked from the waiting list: %1</source>
        <translation>Zarezerwowano z listy oczekujących: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel reservation</source>
        <translation>Odwołaj rezerwację</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the reservation for %1?</source>
        <translation>Odwołać rezerwację: %1?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lend now</source>
        <translation>Wypożycz teraz</translation>
    </message>
</context>
<context>
    <name>LendAnywayDialog</name>
    <message>
        <location filename="../../civicdesk/ui/editors/lend_anyway.py" line="-64"/>
        <source>Kit overdue</source>
        <translation>Sprzęt po terminie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the holder you can lend it anyway: your name, today&apos;s date and the reason are recorded on the loan and shown with it.</source>
        <translation>Jako osoba, u której jest sprzęt, możesz go mimo to wypożyczyć: twoje imię i nazwisko, dzisiejsza data i powód zostaną zapisane przy wypożyczeniu i będą przy nim widoczne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreed by</source>
        <translation>Kto się zgodził</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your name</source>
        <translation>twoje imię</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why lend anyway</source>
        <translation>Dlaczego wypożyczyć mimo to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: the fun day needs it; the mower is being mended</source>
        <translation>na przykład: potrzebny na festyn; kosiarka jest w naprawie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed &amp;by:</source>
        <translation>&amp;Kto się zgodził:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why:</source>
        <translation>&amp;Powód:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Lend anyway</source>
        <translation>&amp;Wypożycz mimo to</translation>
    </message>
</context>
<context>
    <name>LoanEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/subrecords.py" line="+167"/>
        <source>Lent despite overdue kit</source>
        <translation>Wypożyczono mimo sprzętu po terminie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lent despite overdue kit: agreed by %1 on %2 (%3)</source>
        <translation>Wypożyczono mimo sprzętu po terminie: zgoda %1 z dnia %2 (%3)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>loan to %1</source>
        <translation>wypożyczenie: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lend this kit</source>
        <translation>Wypożycz ten sprzęt</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../forms/loan_editor.ui" line="+14"/>
        <source>Loan</source>
        <translation>Wypożyczenie</translation>
    </message>
    <message>
        <location filename="../../forms/loan_editor.ui" line="+14"/>
        <source>&amp;Borrower:</source>
        <translation>&amp;Wypożyczający:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Borrower</source>
        <translation>Wypożyczający</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Out on:</source>
        <translation>Data wy&amp;pożyczenia:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lent out on</source>
        <translation>Data wypożyczenia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Due back:</source>
        <translation>&amp;Termin zwrotu:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Due back on</source>
        <translation>Termin zwrotu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Returned on:</source>
        <translation>Data &amp;zwrotu:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Returned on</source>
        <translation>Data zwrotu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notatki:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
</context>
<context>
    <name>LoansPanel</name>
    <message>
        <location filename="../../civicdesk/ui/editors/relations.py" line="+243"/>
        <source>Borrower</source>
        <translation>Wypożyczający</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out</source>
        <translation>Wypożyczono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due back</source>
        <translation>Termin zwrotu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned</source>
        <translation>Zwrócono</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loans</source>
        <translation>Wypożyczenia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who has borrowed this kit, latest first.</source>
        <translation>Kto wypożyczał ten sprzęt, od najnowszych.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the record first to add loans.</source>
        <translation>Najpierw zapisz rekord, aby dodawać wypożyczenia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not yet</source>
        <translation>Jeszcze nie</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../civicdesk/ui/security/lock.py" line="-213"/>
        <source>CivicDesk is locked</source>
        <translation>CivicDesk jest zablokowany</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It locked itself after a while without use, because the database is encrypted. Type the passphrase to carry on where you left off.</source>
        <translation>CivicDesk zablokował się po pewnym czasie bezczynności, ponieważ baza danych jest zaszyfrowana. Wpisz hasło, aby wrócić do przerwanej pracy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Odblokuj</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../civicdesk/ui/main_window.py" line="+96"/>
        <source>Views</source>
        <translation>Widoki</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opening your neighbourhood’s records…</source>
        <translation>Otwieranie rekordów twojej okolicy…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search</source>
        <translation>Wyszukiwanie</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Opening the database…</source>
        <translation>Otwieranie bazy danych…</translation>
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
            <numerusform>%Ln miejsce</numerusform>
            <numerusform>%Ln miejsca</numerusform>
            <numerusform>%Ln miejsc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln grupa</numerusform>
            <numerusform>%Ln grupy</numerusform>
            <numerusform>%Ln grup</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln osoba</numerusform>
            <numerusform>%Ln osoby</numerusform>
            <numerusform>%Ln osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln tool(s)</source>
        <translation>
            <numerusform>%Ln narzędzie</numerusform>
            <numerusform>%Ln narzędzia</numerusform>
            <numerusform>%Ln narzędzi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Select a record to delete first.</source>
        <translation>Najpierw zaznacz rekord do usunięcia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete “%1”?</source>
        <translation>Usunąć „%1”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1”? You can undo this with Ctrl+Z, and the record&apos;s history is kept.</source>
        <translation>Usunąć „%1”? Możesz to cofnąć skrótem Ctrl+Z, a historia rekordu zostanie zachowana.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleted “%1”. Press Ctrl+Z to undo.</source>
        <translation>Usunięto „%1”. Naciśnij Ctrl+Z, aby cofnąć.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>About CivicDesk</source>
        <translation>O programie CivicDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;CivicDesk %1&lt;/h3&gt;&lt;p&gt;Keep the map of your neighbourhood&apos;s social infrastructure.&lt;/p&gt;&lt;p&gt;Database: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Qt %3 · Python&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CivicDesk %1&lt;/h3&gt;&lt;p&gt;Prowadź mapę infrastruktury społecznej swojej okolicy.&lt;/p&gt;&lt;p&gt;Baza danych: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Qt %3 · Python&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../civicdesk/ui/bundles.py" line="+220"/>
        <source>Save bundle</source>
        <translation>Zapisz paczkę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CivicDesk bundles (*.civicdesk)</source>
        <translation>Paczki CivicDesk (*.civicdesk)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bundle saved</source>
        <translation>Zapisano paczkę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1 (%2 records; %3 volunteers&apos; details shared, %4 kept back). </source>
        <translation>Zapisano %1 (rekordy: %2; udostępnione dane wolontariuszy: %3, zatrzymane: %4). </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not save the bundle</source>
        <translation>Nie udało się zapisać paczki</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>Receive a bundle</source>
        <translation>Odbierz paczkę</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Another bundle is being received; please try again when it is done.</source>
        <translation>Trwa odbieranie innej paczki; spróbuj ponownie, gdy się zakończy.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CivicDesk bundles (*.civicdesk);;All files (*)</source>
        <translation>Paczki CivicDesk (*.civicdesk);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not read the bundle</source>
        <translation>Nie udało się odczytać paczki</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle %1 is locked. Its passphrase:</source>
        <translation>Paczka %1 jest zabezpieczona hasłem. Jej hasło:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This bundle was not applied</source>
        <translation>Ta paczka nie została zastosowana</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bundle applied</source>
        <translation>Zastosowano paczkę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 new, %2 updated, %3 deleted; %4 to review in “Needs review”.</source>
        <translation>Nowe: %1, zmienione: %2, usunięte: %3; do przejrzenia na liście „Do przejrzenia”: %4.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/ui/file_actions.py" line="+34"/>
        <source>Example neighbourhood</source>
        <translation>Przykładowa okolica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The example neighbourhood can only be loaded into an empty database, so that it never mixes with your own records.</source>
        <translation>Przykładową okolicę można wczytać tylko do pustej bazy danych, żeby nigdy nie pomieszała się z twoimi rekordami.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Creating the example neighbourhood…</source>
        <translation>Tworzenie przykładowej okolicy…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The example neighbourhood is ready to explore.</source>
        <translation>Przykładowa okolica jest gotowa do zwiedzania.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not create the example</source>
        <translation>Nie udało się utworzyć przykładu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backing up…</source>
        <translation>Tworzenie kopii zapasowej…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backed up to %1</source>
        <translation>Utworzono kopię zapasową: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup failed</source>
        <translation>Nie udało się utworzyć kopii zapasowej</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore from a backup</source>
        <translation>Przywróć z kopii zapasowej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CivicDesk backups (*.sqlite3);;All files (*)</source>
        <translation>Kopie zapasowe CivicDesk (*.sqlite3);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace all data?</source>
        <translation>Zastąpić wszystkie dane?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace everything in CivicDesk with the backup “%1”? What is here now is backed up first, so you can go back.</source>
        <translation>Zastąpić wszystko w CivicDesk kopią zapasową „%1”? Obecne dane zostaną najpierw zapisane w kopii zapasowej, więc będzie można do nich wrócić.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not restore</source>
        <translation>Nie udało się przywrócić</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored. The previous state was saved to %1</source>
        <translation>Przywrócono. Poprzedni stan zapisano w %1</translation>
    </message>
    <message>
        <location filename="../../civicdesk/ui/lists/view.py" line="+278"/>
        <source>No spaces yet.

Add the halls, libraries, parks, pubs and places of worship people meet in with “Add space”, or start with the example neighbourhood from the File menu.</source>
        <translation>Nie ma jeszcze miejsc.

Dodaj sale, biblioteki, parki, puby i miejsca kultu, w których spotykają się ludzie, przyciskiem „Dodaj miejsce” albo zacznij od przykładowej okolicy z menu Plik.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No groups yet.

Add the clubs, charities and associations that run activities with “Add group”.</source>
        <translation>Nie ma jeszcze grup.

Dodaj kluby, organizacje charytatywne i stowarzyszenia, które prowadzą zajęcia, przyciskiem „Dodaj grupę”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No volunteers yet.

Add the people who hold things together with “Add person”. Their details stay on this computer unless they consent.</source>
        <translation>Nie ma jeszcze wolontariuszy.

Dodaj osoby, dzięki którym wszystko działa, przyciskiem „Dodaj osobę”. Ich dane zostają na tym komputerze, chyba że wyrażą zgodę na ich udostępnianie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No tools yet.

Add the methods, apps and shared kit your groups use with “Add tool”.</source>
        <translation>Nie ma jeszcze narzędzi.

Dodaj metody, aplikacje i wspólny sprzęt, z których korzystają twoje grupy, przyciskiem „Dodaj narzędzie”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add space</source>
        <translation>Dodaj miejsce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add group</source>
        <translation>Dodaj grupę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add person</source>
        <translation>Dodaj osobę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add tool</source>
        <translation>Dodaj narzędzie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not load the list</source>
        <translation>Nie udało się wczytać listy</translation>
    </message>
    <message>
        <location filename="../../civicdesk/ui/map/view.py" line="+443"/>
        <location filename="../../civicdesk/ui/map_actions.py" line="+39"/>
        <source>Map background</source>
        <translation>Tło mapy</translation>
    </message>
    <message>
        <location filename="../../civicdesk/ui/map_actions.py" line="-14"/>
        <source>Choose a map background</source>
        <translation>Wybierz tło mapy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MBTiles maps (*.mbtiles);;All files (*)</source>
        <translation>Mapy MBTiles (*.mbtiles);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open the map or the network view to export it.</source>
        <translation>Otwórz widok mapy lub sieci, aby go wyeksportować.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export view</source>
        <translation>Eksportuj widok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG image (*.png)</source>
        <translation>Obraz PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not export</source>
        <translation>Nie udało się wyeksportować</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %1</source>
        <translation>Zapisano %1</translation>
    </message>
    <message>
        <location filename="../../civicdesk/ui/menus.py" line="+72"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Nowy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New record in this view</source>
        <translation>Nowy rekord w tym widoku</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Space</source>
        <translation>&amp;Miejsce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group</source>
        <translation>&amp;Grupa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person</source>
        <translation>&amp;Osoba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tool</source>
        <translation>&amp;Narzędzie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load the &amp;example neighbourhood</source>
        <translation>Wczytaj przykładową &amp;okolicę</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import a spreadsheet or map data…</source>
        <translation>&amp;Importuj arkusz lub dane mapy…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print directory…</source>
        <translation>&amp;Drukuj informator…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Send to another group…</source>
        <translation>&amp;Wyślij do innej grupy…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Receive a bundle…</source>
        <translation>Odbie&amp;rz paczkę…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Watch an exchange folder…</source>
        <translation>Ob&amp;serwuj folder wymiany…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose &amp;map background…</source>
        <translation>Wybierz &amp;tło mapy…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export view as PN&amp;G…</source>
        <translation>Eksportuj widok jako PN&amp;G…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export view as PD&amp;F…</source>
        <translation>Eksportuj widok jako PD&amp;F…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Utwórz kopię zapasową teraz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Res&amp;tore from a backup…</source>
        <translation>Prz&amp;ywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database se&amp;curity…</source>
        <translation>&amp;Bezpieczeństwo bazy danych…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Zablokuj teraz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open selected</source>
        <translation>&amp;Otwórz zaznaczone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete selected…</source>
        <translation>&amp;Usuń zaznaczone…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find…</source>
        <translation>&amp;Znajdź…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se&amp;ttings…</source>
        <translation>U&amp;stawienia…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;load</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CivicDesk</source>
        <translation>&amp;O programie CivicDesk</translation>
    </message>
    <message>
        <location filename="../../civicdesk/ui/security/context.py" line="+38"/>
        <source>Only an encrypted database can be locked: see File › Database security.</source>
        <translation>Zablokować można tylko zaszyfrowaną bazę danych: zobacz Plik › Bezpieczeństwo bazy danych.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/ui/security/convert.py" line="+34"/>
        <source>Changing the passphrase…</source>
        <translation>Zmienianie hasła…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting the database…</source>
        <translation>Szyfrowanie bazy danych…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removing the encryption…</source>
        <translation>Usuwanie szyfrowania…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The passphrase was changed; the old one no longer opens the database.</source>
        <translation>Hasło zostało zmienione; stare hasło nie otwiera już bazy danych.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is now encrypted.</source>
        <translation>Baza danych jest teraz zaszyfrowana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is no longer encrypted.</source>
        <translation>Baza danych nie jest już zaszyfrowana.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not change the encryption</source>
        <translation>Nie udało się zmienić szyfrowania</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../../civicdesk/ui/map/canvas.py" line="+320"/>
        <source>Bubbles: ring = mix of categories,</source>
        <translation>Bąbelki: pierścień = udział kategorii,</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>red badge = how many at risk</source>
        <translation>czerwony znaczek = ile zagrożonych</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../civicdesk/ui/map/view.py" line="-356"/>
        <location line="+17"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Basemap…</source>
        <translation>Podkład mapy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show an offline map (an .mbtiles file) under the markers</source>
        <translation>Pokaż pod znacznikami mapę offline (plik .mbtiles)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>Eksportuj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As a picture (PNG)…</source>
        <translation>Jako obraz (PNG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a PDF…</source>
        <translation>Jako PDF…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Space without a location</source>
        <translation>Miejsce bez lokalizacji</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+244"/>
        <source>Place on map</source>
        <translation>Umieść na mapie</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>Then click on the map where the chosen space is</source>
        <translation>Potem kliknij na mapie tam, gdzie jest wybrane miejsce</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not on the map yet:</source>
        <translation>Jeszcze nie na mapie:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scroll to zoom, drag the map to move around. Click a marker to open the space; drag a marker to change where it is (Undo puts it back).</source>
        <translation>Kółkiem myszy zmieniasz powiększenie, a przeciągając mapę — przesuwasz ją. Kliknij znacznik, aby otworzyć miejsce; przeciągnij znacznik, aby zmienić jego położenie („Cofnij” przywraca poprzednie).</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+57"/>
        <source>any</source>
        <translation>wszystkie</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 ownership</source>
        <translation>własność: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%1 of %Ln space(s) shown</source>
        <translation>
            <numerusform>Widoczne: %1 z %Ln miejsca</numerusform>
            <numerusform>Widoczne: %1 z %Ln miejsc</numerusform>
            <numerusform>Widoczne: %1 z %Ln miejsc</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 without a location</source>
        <translation>bez lokalizacji: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Move space</source>
        <translation>Przenieś miejsce</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> (online)</source>
        <translation> (online)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Click on the map where “%1” is (drag to move the map; Esc cancels).</source>
        <translation>Kliknij na mapie tam, gdzie jest „%1” (przeciągnij, aby przesunąć mapę; Esc anuluje).</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Choose an offline map</source>
        <translation>Wybierz mapę offline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline maps (*.mbtiles);;All files (*)</source>
        <translation>Mapy offline (*.mbtiles);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Basemap</source>
        <translation>Podkład mapy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Map of spaces</source>
        <translation>Mapa miejsc</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the map</source>
        <translation>Eksportuj mapę</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../civicdesk/ui/importing/wizard.py" line="+170"/>
        <source>Match columns to fields</source>
        <translation>Przypisz kolumny do pól</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CivicDesk guessed from the column names and contents. Change anything that is wrong; choose “(not imported)” to leave a column out.</source>
        <translation>CivicDesk odgadł przypisanie na podstawie nazw i zawartości kolumn. Popraw to, co jest błędne; wybierz „(pomiń)”, aby nie importować kolumny.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns of the file and the fields they fill</source>
        <translation>Kolumny pliku i pola, które wypełniają</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column (first values)</source>
        <translation>Kolumna (pierwsze wartości)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Also</source>
        <translation>Także</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category for rows that do not say</source>
        <translation>Kategoria dla wierszy, które jej nie podają</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Zapisz przypisanie…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Category for rows that do not say:</source>
        <translation>Kategoria dla wierszy, które jej &amp;nie podają:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Empty in every row</source>
        <translation>Puste w każdym wierszu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field for column %1</source>
        <translation>Pole dla kolumny %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not imported)</source>
        <translation>(pomiń)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to read column %1</source>
        <translation>Jak odczytać kolumnę %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as it is</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(guess from the name)</source>
        <translation>(odgadnij z nazwy)</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+6"/>
        <source>Save mapping</source>
        <translation>Zapisz przypisanie</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Mapping (*.json)</source>
        <translation>Przypisanie kolumn (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the column that holds the name.</source>
        <translation>Wybierz kolumnę, w której jest nazwa.</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/subrecords.py" line="-141"/>
        <source>space</source>
        <translation>miejsca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, or leave it empty for a meeting online</source>
        <translation>, albo zostaw pole puste, jeśli grupa spotyka się online</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the times</source>
        <translation>godziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a meeting place</source>
        <translation>Dodaj miejsce spotkań</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting place</source>
        <translation>Miejsce spotkań</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="+14"/>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Where:</source>
        <translation>&amp;Gdzie:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Space where it meets</source>
        <translation>Miejsce, w którym grupa się spotyka</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Days:</source>
        <translation>&amp;Dni:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days</source>
        <translation>Dni</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Początek:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start time</source>
        <translation>Godzina rozpoczęcia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Koniec:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>End time</source>
        <translation>Godzina zakończenia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;How often:</source>
        <translation>&amp;Jak często:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How often</source>
        <translation>Jak często</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Notatki:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example term time only</source>
        <translation>np. tylko w roku szkolnym</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <location filename="../../civicdesk/ui/editors/relations.py" line="-88"/>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where and when the group meets</source>
        <translation>Gdzie i kiedy grupa się spotyka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The places this group meets and when. Double-click a row to change it.</source>
        <translation>Miejsca i terminy spotkań tej grupy. Kliknij dwukrotnie wiersz, aby go zmienić.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the record first to add where and when the group meets.</source>
        <translation>Najpierw zapisz rekord, aby dodać, gdzie i kiedy grupa się spotyka.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Online or no fixed place</source>
        <translation>Online lub bez stałego miejsca</translation>
    </message>
</context>
<context>
    <name>MoneyPanel</name>
    <message>
        <location filename="../../civicdesk/ui/money/panel.py" line="+118"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amounts are in pounds. Hire income counts the payments against invoices.</source>
        <translation>Kwoty są w funtach. Przychód z wynajmu to suma wpłat na poczet faktur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add &amp;income…</source>
        <translation>Dodaj przyc&amp;hód…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State the r&amp;eserves…</source>
        <translation>Podaj stan r&amp;ezerw…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New in&amp;voice…</source>
        <translation>Nowa f&amp;aktura…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pri&amp;nt…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Add a &amp;cost…</source>
        <translation>Dodaj kosz&amp;t…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add w&amp;ork…</source>
        <translation>Dodaj p&amp;racę…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice a &amp;booking…</source>
        <translation>Faktura za rezerwa&amp;cję…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record a payment…</source>
        <translation>Zapisz w&amp;płatę…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money se&amp;ttings…</source>
        <translation>Ustawienia &amp;finansów…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+152"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+8"/>
        <location line="+170"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="-177"/>
        <location line="+140"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+149"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Work</source>
        <translation>Praca</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+175"/>
        <source>Urgency</source>
        <translation>Pilność</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+8"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Estimated cost</source>
        <translation>Szacowany koszt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hirer</source>
        <translation>Najemca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Wystawiono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still owed</source>
        <translation>Pozostało do zapłaty</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+84"/>
        <source>Income and costs</source>
        <translation>Przychody i koszty</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+83"/>
        <source>Backlog</source>
        <translation>Prace do wykonania</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+82"/>
        <source>Invoices</source>
        <translation>Faktury</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+186"/>
        <source>Money</source>
        <translation>Finanse</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>From the accounts: </source>
        <translation>Z rozliczeń: </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+110"/>
        <source>income</source>
        <translation>przychód</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>cost</source>
        <translation>koszt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reserves</source>
        <translation>rezerwy</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Amount (£)</source>
        <translation>Kwota (£)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+96"/>
        <source>optional</source>
        <translation>opcjonalnie</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Add income</source>
        <translation>Dodaj przychód</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a running cost</source>
        <translation>Dodaj koszt bieżący</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State the reserves held on a date</source>
        <translation>Podaj stan rezerw na dany dzień</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a running cost</source>
        <translation>koszt bieżący</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reserves held</source>
        <translation>stan rezerw</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Work needed</source>
        <translation>Potrzebna praca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Roof repairs</source>
        <translation>np. naprawa dachu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Estimated cost (£)</source>
        <translation>Szacowany koszt (£)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due in the year</source>
        <translation>Do wykonania w roku</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add work to the backlog</source>
        <translation>Dodaj pracę do wykonania</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>work to the backlog</source>
        <translation>praca do wykonania</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>please enter who the invoice is for</source>
        <translation>wpisz, dla kogo jest faktura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invoice %1</source>
        <translation>faktura %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose an invoice in the list first.</source>
        <translation>Najpierw wybierz fakturę z listy.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amount received (£)</source>
        <translation>Otrzymana kwota (£)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Received on</source>
        <translation>Data otrzymania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Sposób</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Numer referencyjny</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>payment against %1</source>
        <translation>wpłata na fakturę %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment against %1</source>
        <translation>Wpłata na fakturę %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print</source>
        <translation>Drukuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the receipt for the latest payment? (No prints the invoice)</source>
        <translation>Wydrukować pokwitowanie ostatniej wpłaty? (Nie – wydrukuje fakturę)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Pokwitowanie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save %1</source>
        <translation>Zapisz – %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>Not printed</source>
        <translation>Nie wydrukowano</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved %1.</source>
        <translation>Zapisano: %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete “%1”? Edit ▸ Undo brings it back.</source>
        <translation>Usunąć „%1”? Edycja ▸ Cofnij przywróci pozycję.</translation>
    </message>
</context>
<context>
    <name>MoneySettingsDialog</name>
    <message>
        <location filename="../../civicdesk/ui/money/settings_dialog.py" line="+36"/>
        <location line="+1"/>
        <source>Money settings</source>
        <translation>Ustawienia finansów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What invoices and receipts print. These stay on this computer; each computer numbers its own invoices under its own prefix.</source>
        <translation>Co drukuje się na fakturach i pokwitowaniach. Te ustawienia zostają na tym komputerze; każdy komputer numeruje swoje faktury z własnym prefiksem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Mill Lane Village Hall</source>
        <translation>np. Mill Lane Village Hall</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>eight digits</source>
        <translation>osiem cyfr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pa&amp;yee:</source>
        <translation>&amp;Odbiorca wpłat:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name on invoices</source>
        <translation>Nazwa na fakturach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;harity number:</source>
        <translation>Nr organizacji &amp;charytatywnej:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered charity number</source>
        <translation>Numer zarejestrowanej organizacji charytatywnej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address on invoices</source>
        <translation>Adres na fakturach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account na&amp;me:</source>
        <translation>&amp;Nazwa konta:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bank account name</source>
        <translation>Nazwa konta bankowego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ort code:</source>
        <translation>Kod &amp;banku (sort code):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sort code</source>
        <translation>Kod banku (sort code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account n&amp;umber:</source>
        <translation>N&amp;umer konta:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account number</source>
        <translation>Numer konta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number &amp;prefix:</source>
        <translation>&amp;Prefiks numeru faktury:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoice number prefix</source>
        <translation>Prefiks numeru faktury</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment &amp;terms:</source>
        <translation>&amp;Termin płatności:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days to pay an invoice</source>
        <translation>Liczba dni na zapłatę faktury</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Invoices are numbered PREFIX-0001, receipts PREFIX-R0001</source>
        <translation>Faktury mają numery PREFIKS-0001, pokwitowania PREFIKS-R0001</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message numerus="yes">
        <location filename="../../civicdesk/ui/network/view.py" line="+67"/>
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln powiązanie</numerusform>
            <numerusform>%Ln powiązania</numerusform>
            <numerusform>%Ln powiązań</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show:</source>
        <translation>Pokaż:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+18"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+6"/>
        <location line="+140"/>
        <source>any</source>
        <translation>wszystkie</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+13"/>
        <source>District</source>
        <translation>Rejon</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>At most this many records</source>
        <translation>Najwyżej tyle rekordów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The most connected records are shown; the findings always are</source>
        <translation>Pokazywane są rekordy z największą liczbą powiązań; wnioski — zawsze</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At most</source>
        <translation>Najwyżej</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+89"/>
        <source>Working out the network…</source>
        <translation>Obliczanie sieci powiązań…</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Export</source>
        <translation>Eksportuj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As a picture (PNG)…</source>
        <translation>Jako obraz (PNG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a PDF…</source>
        <translation>Jako PDF…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where the network is thin</source>
        <translation>Słabe punkty sieci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the network is thin; Enter opens the record</source>
        <translation>Słabe punkty sieci; Enter otwiera rekord</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Where the network is thin&lt;/b&gt;</source>
        <translation>&lt;b&gt;Słabe punkty sieci&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Red rings mark these on the picture. Select one to find it; double-click to open it. People are named only if they agreed to be listed; otherwise by their initials.</source>
        <translation>Czerwone pierścienie zaznaczają je na rysunku. Wybierz jeden, aby go odnaleźć; kliknij dwukrotnie, aby go otworzyć. Osoby są podpisane imieniem i nazwiskiem tylko wtedy, gdy zgodziły się na umieszczenie w wykazie; w przeciwnym razie — inicjałami.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Network</source>
        <translation>Sieć</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 records, %3 links shown</source>
        <translation>Widoczne rekordy: %1 z %2, powiązania: %3</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Dashed: one group helped another</source>
        <translation>Linia przerywana: jedna grupa pomogła drugiej</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>People who hold groups together</source>
        <translation>Osoby, na których opierają się grupy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spaces many groups depend on</source>
        <translation>Miejsca, od których zależy wiele grup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups kept going by one volunteer</source>
        <translation>Grupy prowadzone przez jednego wolontariusza</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None found.</source>
        <translation>Nie znaleziono.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Network of groups and spaces</source>
        <translation>Sieć grup i miejsc</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the network</source>
        <translation>Eksportuj sieć</translation>
    </message>
    <message>
        <location filename="../../civicdesk/ui/network/canvas.py" line="+66"/>
        <source>group</source>
        <translation>grupa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>space</source>
        <translation>miejsce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>osoba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tool</source>
        <translation>narzędzie</translation>
    </message>
</context>
<context>
    <name>NewKindDialog</name>
    <message>
        <location filename="../../civicdesk/ui/health/compliance_panel.py" line="-197"/>
        <source>New kind of item</source>
        <translation>Nowy rodzaj pozycji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example: Defibrillator pads</source>
        <translation>np. elektrody do defibrylatora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> months</source>
        <translation> mies.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no fixed renewal</source>
        <translation>bez stałego terminu odnowienia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any space</source>
        <translation>każde miejsce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buildings</source>
        <translation>budynki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew every</source>
        <translation>Odnawiaj co</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies to</source>
        <translation>Dotyczy</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <location filename="../../civicdesk/ui/builders/dialogs.py" line="-198"/>
        <source>Advice by phone</source>
        <translation>Doradzić przez telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Come and run it</source>
        <translation>Przyjść i poprowadzić</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lend</source>
        <translation>Wypożyczyć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train others</source>
        <translation>Przeszkolić innych</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Offer help</source>
        <translation>Zaoferuj pomoc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer your skills or kit to other groups. A volunteer is listed only with their consent to be listed as a builder (on their page, under Consent).</source>
        <translation>Zaoferuj innym grupom swoje umiejętności lub sprzęt. Wolontariusz pojawia się na liście tylko wtedy, gdy zgodził się na umieszczenie na liście pomocników (w jego rekordzie, na karcie Zgody).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who offers</source>
        <translation>Kto oferuje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group itself</source>
        <translation>Sama grupa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Who offers:</source>
        <translation>&amp;Kto oferuje:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Through the group</source>
        <translation>Za pośrednictwem grupy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the volunteer&apos;s own group if left empty</source>
        <translation>jeśli puste: grupa wolontariusza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through the &amp;group:</source>
        <translation>Za pośrednictwem &amp;grupy:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Skills:</source>
        <translation>&amp;Umiejętności:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skills</source>
        <translation>Umiejętności</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for example: first aid, PAT testing</source>
        <translation>np. pierwsza pomoc, testy PAT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tool</source>
        <translation>Narzędzie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tool (if any):</source>
        <translation>&amp;Narzędzie (jeśli jest):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Areas:</source>
        <translation>&amp;Okolice:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Areas</source>
        <translation>Okolice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>empty: anywhere</source>
        <translation>puste: wszędzie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How:</source>
        <translation>Jak:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How &amp;often:</source>
        <translation>Jak &amp;często:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How often</source>
        <translation>Jak często</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for example: once a month</source>
        <translation>np. raz w miesiącu</translation>
    </message>
</context>
<context>
    <name>OpeningHoursEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/widgets.py" line="-101"/>
        <source>&amp;Tuesday</source>
        <translation>&amp;Wtorek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>W&amp;ednesday</source>
        <translation>Ś&amp;roda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>M&amp;onday</source>
        <translation>Poniedziałek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu&amp;rsday</source>
        <translation>&amp;Czwartek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Friday</source>
        <translation>Pią&amp;tek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;aturday</source>
        <translation>&amp;Sobota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;unday</source>
        <translation>&amp;Niedziela</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>opens</source>
        <translation>otwarcie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closes</source>
        <translation>zamknięcie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Notes:</source>
        <translation>N&amp;otatki:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example closed on bank holidays</source>
        <translation>np. zamknięte w święta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours notes</source>
        <translation>Uwagi do godzin otwarcia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem with the opening hours</source>
        <translation>Problem z godzinami otwarcia</translation>
    </message>
</context>
<context>
    <name>PartyEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/pickers.py" line="+100"/>
        <source>Type a name or choose a group</source>
        <translation>Wpisz nazwę albo wybierz grupę</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../civicdesk/ui/security/passphrase.py" line="+51"/>
        <source>Open the encrypted database</source>
        <translation>Otwórz zaszyfrowaną bazę danych</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is encrypted. Type its passphrase to open it.</source>
        <translation>Baza „%1” jest zaszyfrowana. Wpisz jej hasło, aby ją otworzyć.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember it on this computer (in the keyring)</source>
        <translation>&amp;Zapamiętaj je na tym komputerze (w pęku kluczy)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That passphrase is not right. Please try again.</source>
        <translation>To hasło jest nieprawidłowe. Spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/person.py" line="+24"/>
        <source>&amp;Details</source>
        <translation>&amp;Szczegóły</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;onsent</source>
        <translation>&amp;Zgody</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sa&amp;feguarding</source>
        <translation>O&amp;chrona (DBS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles in &amp;groups</source>
        <translation>&amp;Role w grupach</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../forms/person_editor.ui" line="+169"/>
        <source>Home address</source>
        <translation>Adres domowy</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../forms/person_editor.ui" line="+67"/>
        <location line="+6"/>
        <source>DBS check</source>
        <translation>Zaświadczenie DBS</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>E&amp;xport everything we hold…</source>
        <translation>E&amp;ksportuj wszystko, co mamy…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase…</source>
        <translation>Wymaż dane…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New person</source>
        <translation>Nowa osoba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person: %1</source>
        <translation>Osoba: %1</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="-228"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example 07700 900123</source>
        <translation>np. 07700 900123</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;kills:</source>
        <translation>&amp;Umiejętności:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>separate with commas</source>
        <translation>rozdziel przecinkami</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skills</source>
        <translation>Umiejętności</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;vailability:</source>
        <translation>&amp;Dostępność:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example weekday evenings</source>
        <translation>np. wieczory w dni robocze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Availability</source>
        <translation>Dostępność</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note&amp;s:</source>
        <translation>&amp;Notatki:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Home address (private, never printed)</source>
        <translation>Adres domowy (prywatny, nigdy nie jest drukowany)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Consent</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick what this person has agreed to, with the date and how they told you. To record a withdrawal, untick it and give the date.</source>
        <translation>Zaznacz, na co ta osoba się zgodziła, z datą i sposobem, w jaki to przekazała. Aby zapisać wycofanie zgody, odznacz ją i podaj datę.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Consents</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Safeguarding</source>
        <translation>Ochrona osób narażonych</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Roles in groups</source>
        <translation>Role w grupach</translation>
    </message>
</context>
<context>
    <name>PersonPrivacyActions</name>
    <message>
        <location filename="../../civicdesk/ui/privacy/actions.py" line="+25"/>
        <source>Export everything we hold</source>
        <translation>Eksportuj wszystko, co mamy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF summary and JSON data (*.pdf)</source>
        <translation>Podsumowanie PDF i dane JSON (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not export</source>
        <translation>Nie udało się wyeksportować</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported</source>
        <translation>Wyeksportowano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything we hold about %1 is in:
%2 (a summary to read)
%3 (all of it, as data)</source>
        <translation>Wszystko, co mamy o osobie %1, jest w plikach:
%2 (podsumowanie do przeczytania)
%3 (wszystkie dane)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not erase</source>
        <translation>Nie udało się wymazać danych</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../civicdesk/ui/bundles.py" line="-219"/>
        <source>an unnamed group</source>
        <translation>grupa bez nazwy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle from %1</source>
        <translation>Paczka od: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From &lt;b&gt;%1&lt;/b&gt;. Their key&apos;s fingerprint: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Od: &lt;b&gt;%1&lt;/b&gt;. Odcisk ich klucza: &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is the first bundle from them: read the fingerprint to them by phone and check it matches theirs before you apply it.</source>
        <translation>To pierwsza paczka od tej grupy: zanim ją zastosujesz, odczytaj im odcisk klucza przez telefon i sprawdź, czy zgadza się z ich odciskiem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 new · %2 updated · %3 deleted · %4 to review · %5 unchanged</source>
        <translation>nowe: %1 · zmienione: %2 · usunięte: %3 · do przejrzenia: %4 · bez zmian: %5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Apply</source>
        <translation>&amp;Zastosuj</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 records of a kind this version does not know — kept and passed on</source>
        <translation>Rekordy rodzaju nieznanego tej wersji: %1 — zachowane i przekazywane dalej</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 record of a kind this version does not know — kept and passed on</source>
        <translation>1 rekord rodzaju nieznanego tej wersji — zachowany i przekazywany dalej</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reservations that clash with ours:</source>
        <translation>Rezerwacje kolidujące z naszymi:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A backup is made first; everything is applied at once or not at all.</source>
        <translation>Najpierw powstaje kopia zapasowa; wszystko zostaje zastosowane naraz albo wcale.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the other group</source>
        <translation>druga grupa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 reserved it for %3 — the same days as our reservation for %4. Both are kept and wait in Needs review for you to choose who has it.</source>
        <translation>%1: %2 zarezerwowała go na %3 — w te same dni co nasza rezerwacja na %4. Obie zostają zachowane i czekają w „Do przejrzenia”, aż wybierzesz, kto go dostanie.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../civicdesk/ui/importing/wizard.py" line="-157"/>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First rows of the file</source>
        <translation>Pierwsze wiersze pliku</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 rows%2. The first %3 are shown.</source>
        <translation>Liczba wierszy: %1%2. Pokazano pierwsze %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row %1 has more or fewer cells than the header; it will be listed as failed</source>
        <translation>Wiersz %1 ma więcej lub mniej komórek niż nagłówek; zostanie oznaczony jako nieudany</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows %1 have more or fewer cells than the header; they will be listed as failed</source>
        <translation>Wiersze %1 mają więcej lub mniej komórek niż nagłówek; zostaną oznaczone jako nieudane</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (check for a comma in a cell without quotes around it).</source>
        <translation> (sprawdź, czy w którejś komórce nie ma przecinka bez cudzysłowu).</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../../civicdesk/ui/tools/dialogs.py" line="+42"/>
        <source>Rate “%1”</source>
        <translation>Oceń „%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grupa:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 stars</source>
        <translation>Gwiazdki: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rating:</source>
        <translation>Ocena:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sentence or two for other groups: what worked, what to watch</source>
        <translation>Zdanie lub dwa dla innych grup: co się sprawdziło, na co uważać</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Opinia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Review:</source>
        <translation>&amp;Opinia:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose the group that uses it from the list.</source>
        <translation>Wybierz z listy grupę, która z niego korzysta.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/base.py" line="+72"/>
        <source>Problem saving</source>
        <translation>Problem z zapisaniem</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Histor&amp;y…</source>
        <translation>&amp;Historia…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Problem with %1</source>
        <translation>Problem z polem „%1”</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Could not save</source>
        <translation>Nie udało się zapisać</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your changes to %1 before closing?</source>
        <translation>Zapisać zmiany w „%1” przed zamknięciem?</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../civicdesk/ui/lists/view.py" line="-229"/>
        <source>any</source>
        <translation>wszystkie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by %1</source>
        <translation>Filtruj według: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose columns</source>
        <translation>Wybierz kolumny</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Nothing matches these filters.</source>
        <translation>Nic nie pasuje do tych filtrów.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../civicdesk/ui/editors/pickers.py" line="-60"/>
        <source>Type to search…</source>
        <translation>Pisz, aby wyszukać…</translation>
    </message>
</context>
<context>
    <name>RelationPanel</name>
    <message>
        <location filename="../../civicdesk/ui/editors/relations.py" line="-108"/>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1”? You can undo this from the Edit menu.</source>
        <translation>Usunąć „%1”? Możesz to cofnąć w menu Edycja.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../civicdesk/ui/builders/dialogs.py" line="+33"/>
        <source>Ask for help</source>
        <translation>Poproś o pomoc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group asking</source>
        <translation>Grupa prosząca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group asking:</source>
        <translation>&amp;Grupa prosząca:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What help:</source>
        <translation>&amp;Jaka pomoc:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What help</source>
        <translation>Jaka pomoc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: first aid cover for the fun day on 14 June</source>
        <translation>np. dyżur pierwszej pomocy na festynie 14 czerwca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Skills wanted:</source>
        <translation>Potrzebne &amp;umiejętności:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skills wanted</source>
        <translation>Potrzebne umiejętności</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for example: first aid</source>
        <translation>np. pierwsza pomoc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tool</source>
        <translation>Narzędzie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tool (if any):</source>
        <translation>&amp;Narzędzie (jeśli jest):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area:</source>
        <translation>&amp;Okolica:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area</source>
        <translation>Okolica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>where the help is needed</source>
        <translation>gdzie potrzebna jest pomoc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needed by</source>
        <translation>Potrzebne do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Needed by:</source>
        <translation>Potrzebne &amp;do:</translation>
    </message>
</context>
<context>
    <name>ReserveDialog</name>
    <message>
        <location filename="../../civicdesk/ui/builders/kit_tab.py" line="-216"/>
        <source>Reserve %1</source>
        <translation>Zarezerwuj: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reserved for</source>
        <translation>Dla kogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved &amp;for:</source>
        <translation>&amp;Dla kogo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;irst day:</source>
        <translation>&amp;Pierwszy dzień:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last day:</source>
        <translation>&amp;Ostatni dzień:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it is for</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: street party</source>
        <translation>np. festyn uliczny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is f&amp;or:</source>
        <translation>&amp;Cel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If it is taken, join the &amp;waiting list</source>
        <translation>Jeśli jest zajęty, zapisz na &amp;listę oczekujących</translation>
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
        <translation>Do przejrzenia</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Szczegół</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept version (everyone sees it)</source>
        <translation>Zachowana wersja (widzą ją wszyscy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other version</source>
        <translation>Druga wersja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noticed</source>
        <translation>Zauważono</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Changes that need a decision</source>
        <translation>Zmiany wymagające decyzji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep this version</source>
        <translation>&amp;Zachowaj tę wersję</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use the other version</source>
        <translation>&amp;Użyj drugiej wersji</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>One change from another group clashed with yours.</source>
        <translation>Jedna zmiana od innej grupy koliduje z twoją.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changes from other groups clashed with yours.</source>
        <translation>Zmiany od innych grup kolidujące z twoimi: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone already sees the kept version; use the other one where it is right.</source>
        <translation>Wszyscy już widzą zachowaną wersję; tam, gdzie właściwa jest druga, użyj jej.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing needs review.

When you receive a bundle from another group and you both changed the same detail without seeing each other&apos;s change — say, a hall&apos;s opening hours — CivicDesk keeps one version so that everyone agrees, and lists the other one here. You can then see both side by side, with who changed what and when, and choose which to keep.</source>
        <translation>Nic nie czeka na przejrzenie.

Gdy dostaniesz paczkę od innej grupy, a ten sam szczegół zmieniono po obu stronach, zanim ktokolwiek zobaczył drugą zmianę — np. godziny otwarcia sali — CivicDesk zachowuje jedną wersję, żeby wszyscy mieli to samo, a drugą umieszcza tutaj. Możesz wtedy zobaczyć obie obok siebie, razem z tym, kto co i kiedy zmienił, i wybrać, którą zachować.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>changed by %1</source>
        <translation>zmienione przez: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> on %1</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 for %2 · %3</source>
        <translation>%1: %2 · %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kept %1</source>
        <translation>Zachowano %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used %1</source>
        <translation>Użyto %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> for %1 · %2.</source>
        <translation> — %1 · %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Done: %1.</source>
        <translation>Gotowe: %1.</translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/subrecords.py" line="+12"/>
        <source>group</source>
        <translation>grupy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a role</source>
        <translation>Dodaj rolę</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../forms/role_editor.ui" line="+14"/>
        <location line="+44"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location filename="../../forms/role_editor.ui" line="-30"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grupa:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rola:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Since:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Until:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Until</source>
        <translation>Do</translation>
    </message>
</context>
<context>
    <name>RolesPanel</name>
    <message>
        <location filename="../../civicdesk/ui/editors/relations.py" line="+39"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roles in groups</source>
        <translation>Role w grupach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What this person does in which group. Double-click a row to change it.</source>
        <translation>Co ta osoba robi w poszczególnych grupach. Kliknij dwukrotnie wiersz, aby go zmienić.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the record first to add roles in groups.</source>
        <translation>Najpierw zapisz rekord, aby dodać role w grupach.</translation>
    </message>
</context>
<context>
    <name>SafeguardingEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/widgets.py" line="+171"/>
        <source>No check recorded</source>
        <translation>Brak zapisanego zaświadczenia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check &amp;type:</source>
        <translation>&amp;Rodzaj zaświadczenia:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DBS check type</source>
        <translation>Rodzaj zaświadczenia DBS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issued on:</source>
        <translation>&amp;Wydano:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DBS check issued on</source>
        <translation>Data wydania zaświadczenia DBS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Renewal due:</source>
        <translation>Termin &amp;odnowienia:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DBS renewal due</source>
        <translation>Termin odnowienia zaświadczenia DBS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem with the DBS check</source>
        <translation>Problem z zaświadczeniem DBS</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../civicdesk/ui/search_box.py" line="+34"/>
        <source>Search spaces, groups, people and tools (Ctrl+K)</source>
        <translation>Szukaj miejsc, grup, osób i narzędzi (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search everything</source>
        <translation>Szukaj wszędzie</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Nothing found for “%1”</source>
        <translation>Nic nie znaleziono dla „%1”</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../../civicdesk/ui/security/dialog.py" line="+36"/>
        <source>Database security</source>
        <translation>Bezpieczeństwo bazy danych</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Encrypt with a passphrase…</source>
        <translation>&amp;Zaszyfruj hasłem…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove the encryption…</source>
        <translation>&amp;Usuń szyfrowanie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change the passphrase…</source>
        <translation>Z&amp;mień hasło…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Powtórz nowe hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the passphrase on this computer (in the keyring)</source>
        <translation>Zapamiętaj hasło na tym komputerze (w pęku kluczy)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> minutes</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after minutes without use</source>
        <translation>Blokuj po tylu minutach bezczynności</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New &amp;passphrase:</source>
        <translation>Nowe &amp;hasło:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same &amp;again:</source>
        <translation>&amp;Powtórz:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock CivicDesk after:</source>
        <translation>Za&amp;blokuj CivicDesk po:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This database and its backups are encrypted. To change the passphrase, type the new one twice, then “Change the passphrase…”. CivicDesk locks itself after the time below without use.</source>
        <translation>Ta baza danych i jej kopie zapasowe są zaszyfrowane. Aby zmienić hasło, wpisz dwa razy nowe, a potem kliknij „Zmień hasło…”. CivicDesk blokuje się sam po podanym niżej czasie bezczynności.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database is not encrypted: anyone who can read the file can read your volunteers&apos; details. Encrypt it with a passphrase; without the passphrase nobody, not even you, can open it or its backups.</source>
        <translation>Ta baza danych nie jest zaszyfrowana: każdy, kto może odczytać plik, może odczytać dane twoich wolontariuszy. Zaszyfruj ją hasłem; bez hasła nikt — nawet ty — nie otworzy jej ani jej kopii zapasowych.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Change the passphrase</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the passphrase the database has now.</source>
        <translation>Wpisz obecne hasło bazy danych.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Nowe hasło jest takie samo jak obecne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the encryption</source>
        <translation>Usuń szyfrowanie</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../civicdesk/ui/bundles.py" line="-138"/>
        <source>Send to another group</source>
        <translation>Wyślij do innej grupy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CivicDesk writes one file with your records to send by email, USB stick or a shared folder. Volunteers&apos; details go in only if they agreed to sharing; the file is locked with a passphrase. Tell the other group the passphrase by phone, not in the same email.</source>
        <translation>CivicDesk zapisuje jeden plik z twoimi rekordami, który możesz wysłać e-mailem, na pendrivie albo przez wspólny folder. Dane wolontariuszy trafiają do niego tylko wtedy, gdy zgodzili się na udostępnianie; plik jest zabezpieczony hasłem. Podaj hasło drugiej grupie przez telefon, a nie w tym samym e-mailu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Any group — everything we have</source>
        <translation>Dowolna grupa — wszystko, co mamy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — only what is new to them</source>
        <translation>%1 — tylko to, czego jeszcze nie mają</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group it is for</source>
        <translation>Dla jakiej grupy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Powtórz hasło</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;For:</source>
        <translation>&amp;Dla:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include our &amp;money: income, costs, reserves, backlog, invoices</source>
        <translation>Dołącz nasze &amp;finanse: przychody, koszty, rezerwy, prace do wykonania, faktury</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for a group you trust with your finances; CivicDesk remembers it for that group</source>
        <translation>Tylko dla grupy, której powierzasz swoje finanse; CivicDesk zapamięta to dla tej grupy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase a&amp;gain:</source>
        <translation>&amp;Powtórz hasło:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save bundle…</source>
        <translation>&amp;Zapisz paczkę…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a group: money never goes into a bundle for any group</source>
        <translation>Wybierz grupę: finanse nigdy nie trafiają do paczki dla dowolnej grupy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Please choose a passphrase of at least 8 characters.</source>
        <translation>Wybierz hasło, które ma co najmniej 8 znaków.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases are not the same.</source>
        <translation>Te dwa hasła się różnią.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../civicdesk/ui/settings.py" line="+19"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As this computer (%1)</source>
        <translation>Jak na tym komputerze (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the window and of printed pages</source>
        <translation>Język okna i drukowanych stron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language is used from the next time CivicDesk starts.</source>
        <translation>Nowy język zostanie użyty przy następnym uruchomieniu CivicDesk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
</context>
<context>
    <name>SpaceEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/space.py" line="+24"/>
        <source>&amp;Details</source>
        <translation>&amp;Szczegóły</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Where</source>
        <translation>&amp;Gdzie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>O&amp;pening and access</source>
        <translation>&amp;Otwarcie i dostępność</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner&amp;ship</source>
        <translation>&amp;Własność</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a category…</source>
        <translation>Wybierz kategorię…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../forms/space_editor.ui" line="+246"/>
        <location line="+6"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../forms/space_editor.ui" line="+105"/>
        <location line="+6"/>
        <source>Opening hours</source>
        <translation>Godziny otwarcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/space_editor.ui" line="+10"/>
        <location line="+6"/>
        <source>Accessibility</source>
        <translation>Dostępność</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../forms/space_editor.ui" line="-228"/>
        <source>Not known</source>
        <translation>Nie wiadomo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/space_editor.ui" line="+341"/>
        <location line="+6"/>
        <source>Asset of Community Value</source>
        <translation>Obiekt o wartości dla społeczności</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Health and compliance</source>
        <translation>&amp;Kondycja i wymogi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Money</source>
        <translation>&amp;Finanse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boo&amp;k…</source>
        <translation>Zare&amp;zerwuj…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Book a room of this space</source>
        <translation>Zarezerwuj salę w tym miejscu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Book %1</source>
        <translation>zarezerwowanie: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a room</source>
        <translation>sala</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Record a health check…</source>
        <translation>Dodaj ocenę ko&amp;ndycji…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>New space</source>
        <translation>Nowe miejsce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space: %1</source>
        <translation>Miejsce: %1</translation>
    </message>
    <message>
        <location filename="../../forms/space_editor.ui" line="-484"/>
        <source>Space</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Category:</source>
        <translation>Kat&amp;egoria:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example village hall, mosque, allotment</source>
        <translation>np. świetlica wiejska, meczet, ogródki działkowe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type of place</source>
        <translation>Typ miejsca</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>D&amp;escription:</source>
        <translation>O&amp;pis:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Capac&amp;ity:</source>
        <translation>&amp;Maks. liczba osób:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> people</source>
        <translation> os.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capacity</source>
        <translation>Maksymalna liczba osób</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Facilities:</source>
        <translation>W&amp;yposażenie:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kitchen, stage, garden (separate with commas)</source>
        <translation>kuchnia, scena, ogród (rozdziel przecinkami)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facilities</source>
        <translation>Wyposażenie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hire c&amp;ost:</source>
        <translation>Koszt wyna&amp;jmu:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example £15 an hour</source>
        <translation>np. £15 za godzinę</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hire cost</source>
        <translation>Koszt wynajmu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ta&amp;gs:</source>
        <translation>T&amp;agi:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>separate with commas</source>
        <translation>rozdziel przecinkami</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Online and on the map</source>
        <translation>W internecie i na mapie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>We&amp;bsite:</source>
        <translation>St&amp;rona WWW:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website or online link</source>
        <translation>Strona WWW lub link online</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Latitude:</source>
        <translation>Sz&amp;erokość geograficzna:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example 53.8008</source>
        <translation>np. 53.8008</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latitude</source>
        <translation>Szerokość geograficzna</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>L&amp;ongitude:</source>
        <translation>Dł&amp;ugość geograficzna:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example -1.5491</source>
        <translation>np. -1.5491</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longitude</source>
        <translation>Długość geograficzna</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Opening and access</source>
        <translation>Otwarcie i dostępność</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Ownership</source>
        <translation>Własność</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who owns, runs and looks after it</source>
        <translation>Kto jest właścicielem, kto je prowadzi i kto się nim opiekuje</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Owner:</source>
        <translation>Właś&amp;ciciel:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ope&amp;rator:</source>
        <translation>&amp;Zarządca:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Operator</source>
        <translation>Zarządca</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>M&amp;aintainer:</source>
        <translation>O&amp;piekun:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Maintainer</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ownership typ&amp;e:</source>
        <translation>&amp;Rodzaj własności:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ownership type</source>
        <translation>Rodzaj własności</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <location filename="../../civicdesk/ui/tools/dialogs.py" line="+16"/>
        <source>Suggest tools</source>
        <translation>Propozycje narzędzi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a &amp;group</source>
        <translation>&amp;grupy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a s&amp;pace</source>
        <translation>&amp;miejsca</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suggest tools for:</source>
        <translation>Zaproponuj narzędzia dla:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group or space</source>
        <translation>Grupa lub miejsce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Which:</source>
        <translation>&amp;Wybór:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any purpose</source>
        <translation>Dowolny cel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To &amp;help:</source>
        <translation>W &amp;czym pomóc:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Suggest</source>
        <translation>&amp;Zaproponuj</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suggested tools</source>
        <translation>Proponowane narzędzia</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+24"/>
        <source>Choose a group or a space to see suggestions.</source>
        <translation>Wybierz grupę lub miejsce, aby zobaczyć propozycje.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not suggest tools</source>
        <translation>Nie udało się zaproponować narzędzi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Double-click a suggestion to open its page.</source>
        <translation>Kliknij dwukrotnie propozycję, aby otworzyć jej stronę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to suggest yet: rate the tools your groups use and suggestions follow.</source>
        <translation>Na razie nie ma czego zaproponować: oceń narzędzia, z których korzystają twoje grupy, a pojawią się propozycje.</translation>
    </message>
</context>
<context>
    <name>ToolEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/tool.py" line="+22"/>
        <source>&amp;Details</source>
        <translation>&amp;Szczegóły</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>K&amp;it and use</source>
        <translation>S&amp;przęt i użycie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups &amp;using it</source>
        <translation>&amp;Grupy korzystające</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loan&amp;s</source>
        <translation>&amp;Wypożyczenia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hidden from the directory</source>
        <translation>Ukryte w informatorze</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Valuable — lend only to trusted borrowers</source>
        <translation>C&amp;enny — wypożyczaj tylko zaufanym wypożyczającym</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valuable — lend only to trusted borrowers</source>
        <translation>Cenny — wypożyczaj tylko zaufanym wypożyczającym</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loans and reservations of this kit are refused for anyone not on the list of trusted borrowers (Trusted borrowers… on the tool&apos;s page)</source>
        <translation>Wypożyczenia i rezerwacje tego sprzętu są odrzucane dla każdego, kogo nie ma na liście zaufanych wypożyczających (Zaufani wypożyczający… na stronie narzędzia)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Valuable (only for trusted borrowers)</source>
        <translation>Cenny (tylko dla zaufanych wypożyczających)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New tool</source>
        <translation>Nowe narzędzie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool: %1</source>
        <translation>Narzędzie: %1</translation>
    </message>
    <message>
        <location filename="../../forms/tool_editor.ui" line="+14"/>
        <source>Tool</source>
        <translation>Narzędzie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind of tool</source>
        <translation>Rodzaj narzędzia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;How to use:</source>
        <translation>&amp;Jak używać:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>How to use</source>
        <translation>Jak używać</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Cost:</source>
        <translation>&amp;Koszt:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example free, £5 a month</source>
        <translation>np. bezpłatne, £5 miesięcznie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ta&amp;gs:</source>
        <translation>T&amp;agi:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+117"/>
        <location line="+20"/>
        <source>separate with commas</source>
        <translation>rozdziel przecinkami</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide from the &amp;printed directory</source>
        <translation>Ukr&amp;yj w drukowanym informatorze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide from the printed directory</source>
        <translation>Ukryj w drukowanym informatorze</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kit and use</source>
        <translation>Sprzęt i użycie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Held &amp;by:</source>
        <translation>&amp;U kogo jest:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Held by</source>
        <translation>U kogo jest</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;ondition:</source>
        <translation>S&amp;tan:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example good, needs new batteries</source>
        <translation>np. dobry, trzeba wymienić baterie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Condition</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Se&amp;tup time:</source>
        <translation>C&amp;zas przygotowania:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example 10 minutes</source>
        <translation>np. 10 minut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setup time</source>
        <translation>Czas przygotowania</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Purposes:</source>
        <translation>&amp;Cele:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Purposes</source>
        <translation>Cele</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skills &amp;needed:</source>
        <translation>Wymagane u&amp;miejętności:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Skills needed</source>
        <translation>Wymagane umiejętności</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Accessibility notes:</source>
        <translation>Uwagi o &amp;dostępności:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Accessibility notes</source>
        <translation>Uwagi o dostępności</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Groups using it</source>
        <translation>Grupy korzystające</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loans</source>
        <translation>Wypożyczenia</translation>
    </message>
</context>
<context>
    <name>ToolPageView</name>
    <message>
        <location filename="../../civicdesk/ui/tools/page.py" line="+41"/>
        <source>← All tools</source>
        <translation>← Wszystkie narzędzia</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Rate / review for a group…</source>
        <translation>&amp;Oceń / wystaw opinię w imieniu grupy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lend…</source>
        <translation>&amp;Wypożycz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark re&amp;turned</source>
        <translation>Oznacz jako &amp;zwrócone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tr&amp;usted borrowers…</source>
        <translation>Z&amp;aufani wypożyczający…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who may borrow or reserve kit marked valuable</source>
        <translation>Kto może wypożyczać i rezerwować sprzęt oznaczony jako cenny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>&amp;Hide</source>
        <translation>&amp;Ukryj</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>About this tool</source>
        <translation>O tym narzędziu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>set up: %1</source>
        <translation>przygotowanie: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not rated yet: be the first group to rate it</source>
        <translation>Jeszcze bez ocen: niech twoja grupa oceni je pierwsza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;how in the store</source>
        <translation>&amp;Pokaż w katalogu</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln rating(s)</source>
        <translation>
            <numerusform>%Ln ocena</numerusform>
            <numerusform>%Ln oceny</numerusform>
            <numerusform>%Ln ocen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Good for:</source>
        <translation>Do czego:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none in particular</source>
        <translation>żadne szczególne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills needed:</source>
        <translation>Wymagane umiejętności:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to start</source>
        <translation>Jak zacząć</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Making it accessible</source>
        <translation>Jak zapewnić dostępność</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Groups using it</source>
        <translation>Grupy korzystające</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not rated</source>
        <translation>bez oceny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partner: %1</source>
        <translation>partner: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No group has said it uses this yet.</source>
        <translation>Żadna grupa nie zgłosiła jeszcze, że z tego korzysta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who can help</source>
        <translation>Kto może pomóc</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nobody listed yet. Add the tool to a volunteer&apos;s skills (with their consent to be listed).</source>
        <translation>Nikt nie jest jeszcze wpisany. Dodaj to narzędzie do umiejętności wolontariusza (jeśli zgodził się na umieszczenie w wykazie).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nobody recorded</source>
        <translation>nikogo nie wpisano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>nie zapisano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kit</source>
        <translation>Sprzęt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looked after by:</source>
        <translation>Opiekun:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition:</source>
        <translation>Stan:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never lent out yet.</source>
        <translation>Jeszcze nigdy nie był wypożyczany.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Borrower</source>
        <translation>Wypożyczający</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out</source>
        <translation>Wypożyczono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due back</source>
        <translation>Termin zwrotu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned</source>
        <translation>Zwrócono</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>OVERDUE by %Ln day(s)</source>
        <translation>
            <numerusform>PO TERMINIE o %Ln dzień</numerusform>
            <numerusform>PO TERMINIE o %Ln dni</numerusform>
            <numerusform>PO TERMINIE o %Ln dni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet</source>
        <translation>jeszcze nie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loans</source>
        <translation>Wypożyczenia</translation>
    </message>
</context>
<context>
    <name>ToolStore</name>
    <message>
        <location filename="../../civicdesk/ui/tools/store.py" line="+95"/>
        <source>Search tools…</source>
        <translation>Szukaj narzędzi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search tools</source>
        <translation>Szukaj narzędzi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any purpose</source>
        <translation>Dowolny cel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any kind</source>
        <translation>Dowolny rodzaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any cost</source>
        <translation>Dowolny koszt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any skills</source>
        <translation>Dowolne umiejętności</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skills</source>
        <translation>Umiejętności</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show hidden</source>
        <translation>Pokaż ukryte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Suggest tools for…</source>
        <translation>&amp;Zaproponuj narzędzia dla…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print &amp;kit list…</source>
        <translation>Drukuj &amp;listę sprzętu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add tool…</source>
        <translation>&amp;Dodaj narzędzie…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tools</source>
        <translation>Narzędzia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tools shown by the filters; Enter opens one</source>
        <translation>Narzędzia wybrane filtrami; Enter otwiera zaznaczone</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Could not load the tools</source>
        <translation>Nie udało się wczytać narzędzi</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%Ln tool(s)</source>
        <translation>
            <numerusform>%Ln narzędzie</numerusform>
            <numerusform>%Ln narzędzia</numerusform>
            <numerusform>%Ln narzędzi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %Ln tool(s)</source>
        <translation>
            <numerusform>%1 z %Ln narzędzia</numerusform>
            <numerusform>%1 z %Ln narzędzi</numerusform>
            <numerusform>%1 z %Ln narzędzi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+146"/>
        <source>Saved the kit list (%Ln item(s)) to %1</source>
        <translation>
            <numerusform>Zapisano listę sprzętu (%Ln pozycja): %1</numerusform>
            <numerusform>Zapisano listę sprzętu (%Ln pozycje): %1</numerusform>
            <numerusform>Zapisano listę sprzętu (%Ln pozycji): %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+4"/>
        <source>rating</source>
        <translation>ocena</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not save the rating</source>
        <translation>Nie udało się zapisać oceny</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>loan</source>
        <translation>wypożyczenie</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Save the kit list</source>
        <translation>Zapisz listę sprzętu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not save the kit list</source>
        <translation>Nie udało się zapisać listy sprzętu</translation>
    </message>
</context>
<context>
    <name>ToolUseEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/subrecords.py" line="+12"/>
        <source>group</source>
        <translation>grupy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not rated</source>
        <translation>Bez oceny</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a group using this tool</source>
        <translation>Dodaj grupę korzystającą z tego narzędzia</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/tool_use_editor.ui" line="+14"/>
        <source>Group using this tool</source>
        <translation>Grupa korzystająca z tego narzędzia</translation>
    </message>
    <message>
        <location filename="../../forms/tool_use_editor.ui" line="+14"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grupa:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Rating:</source>
        <translation>&amp;Ocena:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rating</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;view:</source>
        <translation>O&amp;pinia:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Review</source>
        <translation>Opinia</translation>
    </message>
</context>
<context>
    <name>ToolUsesPanel</name>
    <message>
        <location filename="../../civicdesk/ui/editors/relations.py" line="+15"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rating</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>Opinia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Groups using this tool</source>
        <translation>Grupy korzystające z tego narzędzia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Groups that use this tool, and what they think of it.</source>
        <translation>Grupy, które korzystają z tego narzędzia, i co o nim sądzą.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the record first to add groups using it.</source>
        <translation>Najpierw zapisz rekord, aby dodać grupy, które z niego korzystają.</translation>
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
        <translation>Zaufani wypożyczający</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Kit ticked “Valuable” in its editor is lent and reserved only to the groups and people on this list. The list is the same for all your kit, and goes to partner groups in bundles.</source>
        <translation>Sprzęt zaznaczony w edytorze jako „Cenny” jest wypożyczany i rezerwowany tylko grupom i osobom z tej listy. Lista jest wspólna dla całego waszego sprzętu i trafia do grup partnerskich w paczkach.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Borrower:</source>
        <translation>&amp;Wypożyczający:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Borrower to trust</source>
        <translation>Wypożyczający do dodania jako zaufany</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add to the list</source>
        <translation>&amp;Dodaj do listy</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Take off the list</source>
        <translation>&amp;Usuń z listy</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (since %1)</source>
        <translation> (od %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody yet: valuable kit is lent to nobody.</source>
        <translation>Nikogo jeszcze nie ma: cenny sprzęt nie jest nikomu wypożyczany.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+20"/>
        <source>trusted borrower “%1”</source>
        <translation>zaufany wypożyczający „%1”</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../civicdesk/ui/diary/grid.py" line="+50"/>
        <source>Week of bookings</source>
        <translation>Tydzień rezerwacji</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, week of %2, %3 bookings</source>
        <translation>%1, tydzień od %2, rezerwacje: %3</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../civicdesk/ui/welcome.py" line="+25"/>
        <location line="+2"/>
        <source>Welcome to CivicDesk</source>
        <translation>Witamy w CivicDesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CivicDesk keeps the map of your neighbourhood&apos;s social infrastructure on this computer: the places people meet, the groups that run things, the volunteers who hold it together and the tools you share. Nothing leaves this computer unless you send it.</source>
        <translation>CivicDesk przechowuje na tym komputerze mapę infrastruktury społecznej twojej okolicy: miejsca, w których spotykają się ludzie, grupy, które coś prowadzą, wolontariuszy, na których wszystko się opiera, i narzędzia, którymi się dzielicie. Nic nie opuszcza tego komputera, chyba że to wyślesz.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>for example Chapeltown Residents&apos; Association</source>
        <translation>np. Chapeltown Residents&apos; Association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your group&apos;s name</source>
        <translation>Nazwa twojej grupy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example Chapeltown, Leeds</source>
        <translation>np. Chapeltown, Leeds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your area</source>
        <translation>Twoja okolica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your group&apos;s &amp;name:</source>
        <translation>&amp;Nazwa twojej grupy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area you cover:</source>
        <translation>&amp;Obszar działania:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with an e&amp;xample neighbourhood</source>
        <translation>Zacznij od &amp;przykładowej okolicy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A made-up village with halls, groups, volunteers and tools to try things out. You can delete it later.</source>
        <translation>Zmyślona wieś ze świetlicami, grupami, wolontariuszami i narzędziami, na której można wszystko wypróbować. Możesz ją później usunąć.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start &amp;empty</source>
        <translation>Zacznij z pustą &amp;bazą</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Protect the database with a passphrase (encryption)</source>
        <translation>&amp;Chroń bazę danych hasłem (szyfrowanie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same passphrase again</source>
        <translation>Powtórz to samo hasło</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember it on this computer (in the keyring)</source>
        <translation>Zapamiętaj je na tym komputerze (w pęku kluczy)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Worth it on a shared or portable computer: without the passphrase nobody can read the database or its backups — not even you, so keep it somewhere safe. CivicDesk then locks itself after 10 minutes without use. You can change this later in File › Database security.</source>
        <translation>Warto, jeśli komputer jest wspólny lub przenośny: bez hasła nikt nie odczyta bazy danych ani jej kopii zapasowych — nawet ty, więc przechowuj je w bezpiecznym miejscu. CivicDesk blokuje się wtedy sam po 10 minutach bezczynności. Możesz to później zmienić w menu Plik › Bezpieczeństwo bazy danych.</translation>
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
        <translation>nie ma %1 o nazwie „%2”: wybierz z listy</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../civicdesk/ui/settings.py" line="+36"/>
        <source>CivicDesk will be in %1 the next time it starts.</source>
        <translation>Język CivicDesk od następnego uruchomienia: %1.</translation>
    </message>
</context>
<context>
    <name>diary</name>
    <message>
        <location filename="../../civicdesk/ui/diary/undo.py" line="+63"/>
        <source>This step can no longer be done</source>
        <translation>Tego kroku nie można już wykonać</translation>
    </message>
</context>
<context>
    <name>encryption</name>
    <message>
        <location filename="../../civicdesk/ui/security/passphrase.py" line="-55"/>
        <source>Encryption is not available on this computer (the sqlcipher3 component is missing), so your data is stored unencrypted.</source>
        <translation>Szyfrowanie nie jest dostępne na tym komputerze (brakuje składnika sqlcipher3), więc dane są zapisywane bez szyfrowania.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>CivicDesk cannot open its database</source>
        <translation>CivicDesk nie może otworzyć swojej bazy danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is encrypted, but this copy of CivicDesk cannot open encrypted databases (the sqlcipher3 component is missing). Install CivicDesk again, or open the database on the computer that encrypted it.</source>
        <translation>Baza danych jest zaszyfrowana, ale ta kopia CivicDesk nie potrafi otwierać zaszyfrowanych baz (brakuje składnika sqlcipher3). Zainstaluj CivicDesk ponownie albo otwórz bazę na komputerze, na którym została zaszyfrowana.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../civicdesk/ui/editors/history.py" line="-35"/>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brought back</source>
        <translation>Przywrócono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed by another group: %1</source>
        <translation>Zmienione przez inną grupę: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed %1</source>
        <translation>Zmieniono: %1</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="../../civicdesk/ui/review_undo.py" line="+57"/>
        <source>This step can no longer be done</source>
        <translation>Tego kroku nie można już wykonać</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../civicdesk/ui/bundles.py" line="+120"/>
        <source>%1 money records stayed home (the group is not trusted with our finances). </source>
        <translation>Rekordy finansowe, które zostały u nas (tej grupie nie powierzamy finansów): %1. </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open your email to send it?</source>
        <translation>Otworzyć program pocztowy, aby ją wysłać?</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../civicdesk/ui/undo.py" line="+53"/>
        <source>This step can no longer be done</source>
        <translation>Tego kroku nie można już wykonać</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add %1</source>
        <translation>dodanie: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit %1</source>
        <translation>edytowanie: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete %1</source>
        <translation>usunięcie: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Record a health check of %1</source>
        <translation>dodanie oceny kondycji: %1</translation>
    </message>
</context>
</TS>
