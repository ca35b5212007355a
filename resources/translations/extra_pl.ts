<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Translations of the strings added or changed after the translators began (plural forms,
     Settings, the words from data); merged into civicdesk_pl.qm by `make translations`, where
     civicdesk_pl.ts has no finished translation of its own. -->
<TS version="2.1" language="pl" sourcelanguage="en">
    <context>
        <name>CompliancePanel</name>
        <message numerus="yes">
            <source>due in %Ln day(s)</source>
            <translation>
                <numerusform>termin za %Ln dzień</numerusform>
                <numerusform>termin za %Ln dni</numerusform>
                <numerusform>termin za %Ln dni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>overdue by %Ln day(s)</source>
            <translation>
                <numerusform>po terminie o %Ln dzień</numerusform>
                <numerusform>po terminie o %Ln dni</numerusform>
                <numerusform>po terminie o %Ln dni</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Data</name>
        <message>
            <source>Accessible toilet</source>
            <translation>Toaleta dostępna</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Działania</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Okolica</translation>
        </message>
        <message>
            <source>Associations</source>
            <translation>Stowarzyszenia</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>Zagrożone</translation>
        </message>
        <message>
            <source>Baby change</source>
            <translation>Przewijak</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategoria</translation>
        </message>
        <message>
            <source>Charity</source>
            <translation>Organizacja charytatywna</translation>
        </message>
        <message>
            <source>Civic</source>
            <translation>Obywatelskie</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Zamknięte</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Społeczne</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Koszt</translation>
        </message>
        <message>
            <source>Data protection</source>
            <translation>Ochrona danych</translation>
        </message>
        <message>
            <source>Digital</source>
            <translation>Cyfrowe</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Faith</source>
            <translation>Wyznaniowe</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Piątek</translation>
        </message>
        <message>
            <source>Good for</source>
            <translation>Do czego</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grupy</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Kondycja</translation>
        </message>
        <message>
            <source>Hearing loop</source>
            <translation>Pętla indukcyjna</translation>
        </message>
        <message>
            <source>How do local people feel about it?</source>
            <translation>Co sądzą o nim mieszkańcy?</translation>
        </message>
        <message>
            <source>How does it stand financially?</source>
            <translation>Jaka jest jego sytuacja finansowa?</translation>
        </message>
        <message>
            <source>How often is it used?</source>
            <translation>Jak często jest używane?</translation>
        </message>
        <message>
            <source>How secure is its ownership or lease?</source>
            <translation>Jak pewna jest jego własność lub dzierżawa?</translation>
        </message>
        <message>
            <source>In directory</source>
            <translation>W informatorze</translation>
        </message>
        <message>
            <source>In group</source>
            <translation>W grupie</translation>
        </message>
        <message>
            <source>Is it growing or shrinking?</source>
            <translation>Czy się rozwija, czy kurczy?</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Języki</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Ostatnia zmiana</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Mapa</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Poniedziałek</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <source>Near public transport</source>
            <translation>Blisko komunikacji publicznej</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>Do przejrzenia</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Sieć</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nowe</translation>
        </message>
        <message>
            <source>Occasions</source>
            <translation>Wydarzenia</translation>
        </message>
        <message>
            <source>Outdoors</source>
            <translation>Plenerowe</translation>
        </message>
        <message>
            <source>Parking</source>
            <translation>Parking</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Osoby</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Kod pocztowy</translation>
        </message>
        <message>
            <source>Private</source>
            <translation>Prywatne</translation>
        </message>
        <message>
            <source>Public</source>
            <translation>Publiczne</translation>
        </message>
        <message>
            <source>Religious</source>
            <translation>Religijne</translation>
        </message>
        <message>
            <source>Routes</source>
            <translation>Trasy</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Sobota</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Umiejętności</translation>
        </message>
        <message>
            <source>Spaces</source>
            <translation>Miejsca</translation>
        </message>
        <message>
            <source>Stable</source>
            <translation>Stabilne</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Step-free access</source>
            <translation>Dostęp bez schodów</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Niedziela</translation>
        </message>
        <message>
            <source>Thriving</source>
            <translation>Kwitnące</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Czwartek</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>Narzędzia</translation>
        </message>
        <message>
            <source>Traditional</source>
            <translation>Tradycyjne</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Wtorek</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Środa</translation>
        </message>
        <message>
            <source>What condition is the place in?</source>
            <translation>W jakim stanie jest to miejsce?</translation>
        </message>
        <message>
            <source>Who can use it?</source>
            <translation>Kto może z niego korzystać?</translation>
        </message>
        <message>
            <source>a few times a year</source>
            <translation>kilka razy w roku</translation>
        </message>
        <message>
            <source>appreciated</source>
            <translation>doceniane</translation>
        </message>
        <message>
            <source>associations</source>
            <translation>stowarzyszenia</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation>zagrożone</translation>
        </message>
        <message>
            <source>breaking even</source>
            <translation>wychodzi na zero</translation>
        </message>
        <message>
            <source>by arrangement</source>
            <translation>po uzgodnieniu</translation>
        </message>
        <message>
            <source>civic</source>
            <translation>obywatelskie</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>zamknięte</translation>
        </message>
        <message>
            <source>crumbling</source>
            <translation>rozpada się</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>codziennie</translation>
        </message>
        <message>
            <source>declining</source>
            <translation>słabnie</translation>
        </message>
        <message>
            <source>digital</source>
            <translation>cyfrowe</translation>
        </message>
        <message>
            <source>dying</source>
            <translation>zamiera</translation>
        </message>
        <message>
            <source>fair</source>
            <translation>w przeciętnym stanie</translation>
        </message>
        <message>
            <source>for sale/closure threatened</source>
            <translation>na sprzedaż / grozi zamknięcie</translation>
        </message>
        <message>
            <source>good</source>
            <translation>w dobrym stanie</translation>
        </message>
        <message>
            <source>growing</source>
            <translation>rozwija się</translation>
        </message>
        <message>
            <source>healthy</source>
            <translation>dobra</translation>
        </message>
        <message>
            <source>little noticed</source>
            <translation>mało zauważane</translation>
        </message>
        <message>
            <source>loved</source>
            <translation>kochane</translation>
        </message>
        <message>
            <source>members only</source>
            <translation>tylko członkowie</translation>
        </message>
        <message>
            <source>monthly</source>
            <translation>co miesiąc</translation>
        </message>
        <message>
            <source>mostly members</source>
            <translation>głównie członkowie</translation>
        </message>
        <message>
            <source>mostly open</source>
            <translation>w większości otwarte</translation>
        </message>
        <message>
            <source>new</source>
            <translation>nowe</translation>
        </message>
        <message>
            <source>occasions</source>
            <translation>wydarzenia</translation>
        </message>
        <message>
            <source>open to all</source>
            <translation>otwarte dla wszystkich</translation>
        </message>
        <message>
            <source>outdoors</source>
            <translation>plenerowe</translation>
        </message>
        <message>
            <source>poor</source>
            <translation>w złym stanie</translation>
        </message>
        <message>
            <source>private</source>
            <translation>prywatne</translation>
        </message>
        <message>
            <source>public</source>
            <translation>publiczne</translation>
        </message>
        <message>
            <source>rarely</source>
            <translation>rzadko</translation>
        </message>
        <message>
            <source>refreshed</source>
            <translation>odnowione</translation>
        </message>
        <message>
            <source>religious</source>
            <translation>religijne</translation>
        </message>
        <message>
            <source>routes</source>
            <translation>trasy</translation>
        </message>
        <message>
            <source>secure</source>
            <translation>bezpieczne</translation>
        </message>
        <message>
            <source>stable</source>
            <translation>stabilne</translation>
        </message>
        <message>
            <source>steady</source>
            <translation>bez zmian</translation>
        </message>
        <message>
            <source>struggling</source>
            <translation>z trudem</translation>
        </message>
        <message>
            <source>surplus</source>
            <translation>nadwyżka</translation>
        </message>
        <message>
            <source>taken for granted</source>
            <translation>traktowane jako oczywistość</translation>
        </message>
        <message>
            <source>thriving</source>
            <translation>kwitnące</translation>
        </message>
        <message>
            <source>traditional</source>
            <translation>tradycyjne</translation>
        </message>
        <message>
            <source>uncertain</source>
            <translation>niepewne</translation>
        </message>
        <message>
            <source>unsustainable</source>
            <translation>nie do utrzymania</translation>
        </message>
        <message>
            <source>valued</source>
            <translation>cenione</translation>
        </message>
        <message>
            <source>weekly</source>
            <translation>co tydzień</translation>
        </message>
    </context>
    <context>
        <name>HealthCheckDialog</name>
        <message numerus="yes">
            <source>Score: answer %Ln more question(s) to see it</source>
            <translation>
                <numerusform>Wynik: odpowiedz jeszcze na %Ln pytanie, aby go zobaczyć</numerusform>
                <numerusform>Wynik: odpowiedz jeszcze na %Ln pytania, aby go zobaczyć</numerusform>
                <numerusform>Wynik: odpowiedz jeszcze na %Ln pytań, aby go zobaczyć</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HealthHistoryWidget</name>
        <message numerus="yes">
            <source>%Ln check(s). Latest on {0}: score {1:g}, {2}.</source>
            <translation>
                <numerusform>%Ln ocena. Ostatnia: {0}, wynik {1:g}, {2}.</numerusform>
                <numerusform>%Ln oceny. Ostatnia: {0}, wynik {1:g}, {2}.</numerusform>
                <numerusform>%Ln ocen. Ostatnia: {0}, wynik {1:g}, {2}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%Ln group(s)</source>
            <translation>
                <numerusform>%Ln grupa</numerusform>
                <numerusform>%Ln grupy</numerusform>
                <numerusform>%Ln grup</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln person(s)</source>
            <translation>
                <numerusform>%Ln osoba</numerusform>
                <numerusform>%Ln osoby</numerusform>
                <numerusform>%Ln osób</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln space(s)</source>
            <translation>
                <numerusform>%Ln miejsce</numerusform>
                <numerusform>%Ln miejsca</numerusform>
                <numerusform>%Ln miejsc</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln tool(s)</source>
            <translation>
                <numerusform>%Ln narzędzie</numerusform>
                <numerusform>%Ln narzędzia</numerusform>
                <numerusform>%Ln narzędzi</numerusform>
            </translation>
        </message>
        <message>
            <source>Add group</source>
            <translation>Dodaj grupę</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>Dodaj osobę</translation>
        </message>
        <message>
            <source>Add space</source>
            <translation>Dodaj miejsce</translation>
        </message>
        <message>
            <source>Add tool</source>
            <translation>Dodaj narzędzie</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>&amp;Ustawienia…</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message numerus="yes">
            <source>%1 of %Ln space(s) shown</source>
            <translation>
                <numerusform>Widoczne: %1 z %Ln miejsca</numerusform>
                <numerusform>Widoczne: %1 z %Ln miejsc</numerusform>
                <numerusform>Widoczne: %1 z %Ln miejsc</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NetworkView</name>
        <message numerus="yes">
            <source>%Ln link(s)</source>
            <translation>
                <numerusform>%Ln powiązanie</numerusform>
                <numerusform>%Ln powiązania</numerusform>
                <numerusform>%Ln powiązań</numerusform>
            </translation>
        </message>
        <message>
            <source>group</source>
            <translation>grupa</translation>
        </message>
        <message>
            <source>person</source>
            <translation>osoba</translation>
        </message>
        <message>
            <source>space</source>
            <translation>miejsce</translation>
        </message>
        <message>
            <source>tool</source>
            <translation>narzędzie</translation>
        </message>
    </context>
    <context>
        <name>NewKindDialog</name>
        <message numerus="yes">
            <source>every %Ln month(s)</source>
            <translation>
                <numerusform>co %Ln miesiąc</numerusform>
                <numerusform>co %Ln miesiące</numerusform>
                <numerusform>co %Ln miesięcy</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Język:</translation>
        </message>
        <message>
            <source>A new language is used from the next time CivicDesk starts.</source>
            <translation>Nowy język zostanie użyty przy następnym uruchomieniu CivicDesk.</translation>
        </message>
        <message>
            <source>As this computer (%1)</source>
            <translation>Jak na tym komputerze (%1)</translation>
        </message>
        <message>
            <source>CivicDesk will be in %1 the next time it starts.</source>
            <translation>Język CivicDesk od następnego uruchomienia: %1</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Język</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ustawienia</translation>
        </message>
        <message>
            <source>The language of the window and of printed pages</source>
            <translation>Język okna i drukowanych stron</translation>
        </message>
    </context>
    <context>
        <name>ToolPageView</name>
        <message numerus="yes">
            <source>%Ln rating(s)</source>
            <translation>
                <numerusform>%Ln ocena</numerusform>
                <numerusform>%Ln oceny</numerusform>
                <numerusform>%Ln ocen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>OVERDUE by %Ln day(s)</source>
            <translation>
                <numerusform>PO TERMINIE o %Ln dzień</numerusform>
                <numerusform>PO TERMINIE o %Ln dni</numerusform>
                <numerusform>PO TERMINIE o %Ln dni</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ToolStore</name>
        <message numerus="yes">
            <source>%1 of %Ln tool(s)</source>
            <translation>
                <numerusform>%1 z %Ln narzędzia</numerusform>
                <numerusform>%1 z %Ln narzędzi</numerusform>
                <numerusform>%1 z %Ln narzędzi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln tool(s)</source>
            <translation>
                <numerusform>%Ln narzędzie</numerusform>
                <numerusform>%Ln narzędzia</numerusform>
                <numerusform>%Ln narzędzi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved the kit list (%Ln item(s)) to %1</source>
            <translation>
                <numerusform>Zapisano listę sprzętu (%Ln pozycja): %1</numerusform>
                <numerusform>Zapisano listę sprzętu (%Ln pozycje): %1</numerusform>
                <numerusform>Zapisano listę sprzętu (%Ln pozycji): %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BuildersView</name>
        <message>
            <source>Open</source>
            <translation>Otwarta</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Z odpowiedzią</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Przyjęta</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Wykonana</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Wycofana</translation>
        </message>
        <message>
            <source>Who has helped most</source>
            <translation>Kto pomógł najwięcej</translation>
        </message>
        <message>
            <source>No help logged yet.</source>
            <translation>Nie zapisano jeszcze żadnej pomocy.</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>Wolontariusze</translation>
        </message>
        <message>
            <source>Nobody offers</source>
            <translation>Nikt nie oferuje</translation>
        </message>
        <message>
            <source>Every skill asked for is offered.</source>
            <translation>Każda potrzebna umiejętność jest w ofertach.</translation>
        </message>
    </context>
    <context>
        <name>KitTab</name>
        <message>
            <source>Reserved</source>
            <translation>Zarezerwowane</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Oczekuje</translation>
        </message>
        <message>
            <source>Out on loan</source>
            <translation>Wypożyczone</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Zwrócone</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Odwołane</translation>
        </message>
    </context>
    <context>
        <name>MoneyPanel</name>
        <message>
            <source>urgent (safety or closure)</source>
            <translation>najwyższa (bezpieczeństwo lub zamknięcie)</translation>
        </message>
        <message>
            <source>high (within a year)</source>
            <translation>wysoka (w ciągu roku)</translation>
        </message>
        <message>
            <source>medium (within three years)</source>
            <translation>średnia (w ciągu trzech lat)</translation>
        </message>
        <message>
            <source>low (when funds allow)</source>
            <translation>niska (gdy pozwolą fundusze)</translation>
        </message>
        <message>
            <source>Roof</source>
            <translation>Dach</translation>
        </message>
        <message>
            <source>Heating</source>
            <translation>Ogrzewanie</translation>
        </message>
        <message>
            <source>Accessibility</source>
            <translation>Dostępność</translation>
        </message>
        <message>
            <source>Electrics</source>
            <translation>Instalacja elektryczna</translation>
        </message>
        <message>
            <source>Windows</source>
            <translation>Okna</translation>
        </message>
        <message>
            <source>Kitchen</source>
            <translation>Kuchnia</translation>
        </message>
        <message>
            <source>Toilets</source>
            <translation>Toalety</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Inne</translation>
        </message>
        <message>
            <source>bank transfer</source>
            <translation>przelew</translation>
        </message>
        <message>
            <source>cash</source>
            <translation>gotówka</translation>
        </message>
        <message>
            <source>cheque</source>
            <translation>czek</translation>
        </message>
        <message>
            <source>card</source>
            <translation>karta</translation>
        </message>
        <message>
            <source>Hire</source>
            <translation>Wynajem</translation>
        </message>
        <message>
            <source>Grant</source>
            <translation>Dotacja</translation>
        </message>
        <message>
            <source>Donation</source>
            <translation>Darowizna</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Wydarzenie</translation>
        </message>
        <message>
            <source>Bar</source>
            <translation>Bar</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>Energia</translation>
        </message>
        <message>
            <source>Insurance</source>
            <translation>Ubezpieczenie</translation>
        </message>
        <message>
            <source>Repairs</source>
            <translation>Naprawy</translation>
        </message>
        <message>
            <source>Cleaning</source>
            <translation>Sprzątanie</translation>
        </message>
        <message>
            <source>Business rates</source>
            <translation>Podatek od nieruchomości</translation>
        </message>
        <message>
            <source>Water</source>
            <translation>Woda</translation>
        </message>
        <message>
            <source>Licences</source>
            <translation>Licencje</translation>
        </message>
    </context>
    <context>
        <name>OfferDialog</name>
        <message>
            <source>Advice by phone</source>
            <translation>Doradzić przez telefon</translation>
        </message>
        <message>
            <source>Come and run it</source>
            <translation>Przyjść i poprowadzić</translation>
        </message>
        <message>
            <source>Lend</source>
            <translation>Wypożyczyć</translation>
        </message>
        <message>
            <source>Train others</source>
            <translation>Przeszkolić innych</translation>
        </message>
    </context>
    <context>
        <name>QLabel</name>
        <message>
            <source>Figures from the diary and the accounts — evidence only; the ratings are the committee&apos;s</source>
            <translation>Liczby z terminarza i rozliczeń — tylko jako dowody; oceny należą do komitetu</translation>
        </message>
        <message>
            <source>Figures for this question: {0}</source>
            <translation>Liczby do tego pytania: {0}</translation>
        </message>
    </context>
    <context>
        <name>money</name>
        <message>
            <source>Invoice a booking</source>
            <translation>Faktura za rezerwację</translation>
        </message>
        <message>
            <source>Booking</source>
            <translation>Rezerwacja</translation>
        </message>
        <message>
            <source>No bookings in the diary</source>
            <translation>Brak rezerwacji w terminarzu</translation>
        </message>
        <message>
            <source>Charge dates from</source>
            <translation>Naliczaj od dnia</translation>
        </message>
        <message>
            <source>until</source>
            <translation>do dnia</translation>
        </message>
        <message>
            <source>Invoice date</source>
            <translation>Data faktury</translation>
        </message>
        <message>
            <source>this space has no bookings to invoice</source>
            <translation>to miejsce nie ma rezerwacji do zafakturowania</translation>
        </message>
        <message>
            <source>the last date comes before the first</source>
            <translation>ostatnia data jest wcześniejsza niż pierwsza</translation>
        </message>
        <message>
            <source>invoice %1</source>
            <translation>faktura %1</translation>
        </message>
    </context>
</TS>
