<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- The printed pages' words (directory, health report, kit list), read by civicdesk/reports/words.py. -->
<TS version="2.1" language="pl" sourcelanguage="en">
    <context>
        <name>Print</name>
        <message>
            <source> (set by hand)</source>
            <translation> (ustawiony ręcznie)</translation>
        </message>
        <message>
            <source>%1 (continued)</source>
            <translation>%1 (ciąg dalszy)</translation>
        </message>
        <message>
            <source>%1 days overdue</source>
            <translation>po terminie (dni: %1)</translation>
        </message>
        <message>
            <source>%1 of 5</source>
            <translation>%1 z 5</translation>
        </message>
        <message>
            <source>%1 · last updated %2</source>
            <translation>%1 · ostatnia aktualizacja: %2</translation>
        </message>
        <message>
            <source>%1 — health report, %2</source>
            <translation>%1 — raport o kondycji, %2</translation>
        </message>
        <message>
            <source>, by %1</source>
            <translation>, oceniający: %1</translation>
        </message>
        <message>
            <source>a few times a year</source>
            <translation>kilka razy w roku</translation>
        </message>
        <message>
            <source>Accessible toilet</source>
            <translation>Toaleta dostępna</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Odpowiedź</translation>
        </message>
        <message>
            <source>appreciated</source>
            <translation>doceniane</translation>
        </message>
        <message>
            <source>Asset of Community Value</source>
            <translation>Obiekt o wartości dla społeczności</translation>
        </message>
        <message>
            <source>Associations</source>
            <translation>Stowarzyszenia</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation>zagrożone</translation>
        </message>
        <message>
            <source>Baby change</source>
            <translation>Przewijak</translation>
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
            <source>Charity</source>
            <translation>Organizacja charytatywna</translation>
        </message>
        <message>
            <source>Checked on %1%2. Score %3 out of 100: %4.</source>
            <translation>Ocena z %1%2. Wynik %3 na 100: %4.</translation>
        </message>
        <message>
            <source>Civic</source>
            <translation>Obywatelskie</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>zamknięte</translation>
        </message>
        <message>
            <source>Clubs and association halls</source>
            <translation>Kluby i sale stowarzyszeń</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Społeczne</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Spis treści</translation>
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
            <source>Digital</source>
            <translation>Cyfrowe</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>Zwrot do</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>Wkrótce termin</translation>
        </message>
        <message>
            <source>dying</source>
            <translation>zamiera</translation>
        </message>
        <message>
            <source>Elsewhere</source>
            <translation>Gdzie indziej</translation>
        </message>
        <message>
            <source>fair</source>
            <translation>w przeciętnym stanie</translation>
        </message>
        <message>
            <source>Faith</source>
            <translation>Wyznaniowe</translation>
        </message>
        <message>
            <source>for sale/closure threatened</source>
            <translation>na sprzedaż / grozi zamknięcie</translation>
        </message>
        <message>
            <source>Fortnightly</source>
            <translation>co dwa tygodnie</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>pt.</translation>
        </message>
        <message>
            <source>Fridays</source>
            <translation>w piątki</translation>
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
            <source>Halls, libraries and community centres</source>
            <translation>Sale, biblioteki i domy kultury</translation>
        </message>
        <message>
            <source>Health checks</source>
            <translation>Oceny kondycji</translation>
        </message>
        <message>
            <source>Health report: %1</source>
            <translation>Raport o kondycji: %1</translation>
        </message>
        <message>
            <source>healthy</source>
            <translation>dobra</translation>
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
            <source>In date</source>
            <translation>W terminie</translation>
        </message>
        <message>
            <source>In store</source>
            <translation>W magazynie</translation>
        </message>
        <message>
            <source>Index</source>
            <translation>Indeks</translation>
        </message>
        <message>
            <source>Is it growing or shrinking?</source>
            <translation>Czy się rozwija, czy kurczy?</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Wymóg</translation>
        </message>
        <message>
            <source>Items: %1 · printed %2 · to borrow something, ask the person or group named next to it</source>
            <translation>Pozycje: %1 · wydrukowano %2 · aby coś wypożyczyć, zapytaj osobę lub grupę wskazaną obok</translation>
        </message>
        <message>
            <source>Kit</source>
            <translation>Sprzęt</translation>
        </message>
        <message>
            <source>Last done</source>
            <translation>Ostatnio wykonano</translation>
        </message>
        <message>
            <source>Latest health check</source>
            <translation>Ostatnia ocena kondycji</translation>
        </message>
        <message>
            <source>little noticed</source>
            <translation>mało zauważane</translation>
        </message>
        <message>
            <source>Local directory</source>
            <translation>Lokalny informator</translation>
        </message>
        <message>
            <source>Local spaces, groups and what happens where</source>
            <translation>Miejsca i grupy w okolicy – co, gdzie i kiedy</translation>
        </message>
        <message>
            <source>Local spaces, groups and what happens where in %1</source>
            <translation>Miejsca i grupy w okolicy – co, gdzie i kiedy: %1</translation>
        </message>
        <message>
            <source>loved</source>
            <translation>kochane</translation>
        </message>
        <message>
            <source>Maintainer</source>
            <translation>Opiekun</translation>
        </message>
        <message>
            <source>members only</source>
            <translation>tylko członkowie</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>pon.</translation>
        </message>
        <message>
            <source>Mondays</source>
            <translation>w poniedziałki</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>co miesiąc</translation>
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
            <source>Near public transport</source>
            <translation>Blisko komunikacji publicznej</translation>
        </message>
        <message>
            <source>new</source>
            <translation>nowe</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Następny termin</translation>
        </message>
        <message>
            <source>No certificates, licences or reviews are recorded for this space.</source>
            <translation>Dla tego miejsca nie zapisano żadnych certyfikatów, licencji ani przeglądów.</translation>
        </message>
        <message>
            <source>No date set</source>
            <translation>Brak terminu</translation>
        </message>
        <message>
            <source>No places match the chosen filters.</source>
            <translation>Żadne miejsce nie pasuje do wybranych filtrów.</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>nie zapisano</translation>
        </message>
        <message>
            <source>Notes: %1</source>
            <translation>Uwagi: %1</translation>
        </message>
        <message>
            <source>Occasionally</source>
            <translation>od czasu do czasu</translation>
        </message>
        <message>
            <source>Occasions</source>
            <translation>Wydarzenia</translation>
        </message>
        <message>
            <source>On loan to</source>
            <translation>Wypożyczone przez</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Online groups</source>
            <translation>Grupy online</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Otwarte</translation>
        </message>
        <message>
            <source>open to all</source>
            <translation>otwarte dla wszystkich</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Zarządca</translation>
        </message>
        <message>
            <source>Outdoors</source>
            <translation>Plenerowe</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Po terminie</translation>
        </message>
        <message>
            <source>Overdue by %1 days</source>
            <translation>Po terminie (dni: %1)</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Właściciel</translation>
        </message>
        <message>
            <source>Ownership type</source>
            <translation>Rodzaj własności</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>Strona %1</translation>
        </message>
        <message>
            <source>Parking</source>
            <translation>Parking</translation>
        </message>
        <message>
            <source>Parks, gardens and green spaces</source>
            <translation>Parki, ogrody i tereny zielone</translation>
        </message>
        <message>
            <source>Places of worship</source>
            <translation>Miejsca kultu</translation>
        </message>
        <message>
            <source>Places: %1 · printed %2</source>
            <translation>Miejsca: %1 · wydrukowano %2</translation>
        </message>
        <message>
            <source>poor</source>
            <translation>w złym stanie</translation>
        </message>
        <message>
            <source>Printed on %1</source>
            <translation>Wydrukowano %1</translation>
        </message>
        <message>
            <source>Private</source>
            <translation>Prywatne</translation>
        </message>
        <message>
            <source>Private venues</source>
            <translation>Lokale prywatne</translation>
        </message>
        <message>
            <source>Public</source>
            <translation>Publiczne</translation>
        </message>
        <message>
            <source>Public services and venues</source>
            <translation>Usługi i obiekty publiczne</translation>
        </message>
        <message>
            <source>Pubs, cafés and local shops</source>
            <translation>Puby, kawiarnie i sklepy osiedlowe</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pytanie</translation>
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
            <source>Religious</source>
            <translation>Religijne</translation>
        </message>
        <message>
            <source>Routes</source>
            <translation>Trasy</translation>
        </message>
        <message>
            <source>Run by</source>
            <translation>Prowadzi</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>sob.</translation>
        </message>
        <message>
            <source>Saturdays</source>
            <translation>w soboty</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Skala</translation>
        </message>
        <message>
            <source>Scan a square code with a phone camera to open the place's website. Groups are listed under the place where they meet; contact details of volunteers are printed only with their consent.</source>
            <translation>Zeskanuj kwadratowy kod aparatem w telefonie, aby otworzyć stronę internetową miejsca. Grupy są wymienione przy miejscu, w którym się spotykają; dane kontaktowe wolontariuszy drukujemy tylko za ich zgodą.</translation>
        </message>
        <message>
            <source>secure</source>
            <translation>bezpieczne</translation>
        </message>
        <message>
            <source>Shared kit</source>
            <translation>Wspólny sprzęt</translation>
        </message>
        <message>
            <source>Shared kit — %1</source>
            <translation>Wspólny sprzęt — %1</translation>
        </message>
        <message>
            <source>someone not named</source>
            <translation>osoba nieujawniona</translation>
        </message>
        <message>
            <source>stable</source>
            <translation>stabilne</translation>
        </message>
        <message>
            <source>stable from %1</source>
            <translation>stabilne od %1</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>steady</source>
            <translation>bez zmian</translation>
        </message>
        <message>
            <source>Step-free access</source>
            <translation>Dostęp bez schodów</translation>
        </message>
        <message>
            <source>struggling</source>
            <translation>z trudem</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>niedz.</translation>
        </message>
        <message>
            <source>Sundays</source>
            <translation>w niedziele</translation>
        </message>
        <message>
            <source>surplus</source>
            <translation>nadwyżka</translation>
        </message>
        <message>
            <source>Symbols used in this directory</source>
            <translation>Symbole użyte w tym informatorze</translation>
        </message>
        <message>
            <source>taken for granted</source>
            <translation>traktowane jako oczywistość</translation>
        </message>
        <message>
            <source>This space has never been checked. A check takes five minutes: answer seven questions on the space's page.</source>
            <translation>To miejsce nie zostało jeszcze ocenione. Ocena zajmuje pięć minut: odpowiedz na siedem pytań na stronie miejsca.</translation>
        </message>
        <message>
            <source>thriving</source>
            <translation>kwitnące</translation>
        </message>
        <message>
            <source>thriving from %1</source>
            <translation>kwitnące od %1</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>czw.</translation>
        </message>
        <message>
            <source>Thursdays</source>
            <translation>w czwartki</translation>
        </message>
        <message>
            <source>Traditional</source>
            <translation>Tradycyjne</translation>
        </message>
        <message>
            <source>Trend (checks: %1)</source>
            <translation>Trend (oceny: %1)</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>wt.</translation>
        </message>
        <message>
            <source>Tuesdays</source>
            <translation>we wtorki</translation>
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
            <source>Walks and routes</source>
            <translation>Spacery i trasy</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>śr.</translation>
        </message>
        <message>
            <source>Wednesdays</source>
            <translation>w środy</translation>
        </message>
        <message>
            <source>weekly</source>
            <translation>co tydzień</translation>
        </message>
        <message>
            <source>What condition is the place in?</source>
            <translation>W jakim stanie jest to miejsce?</translation>
        </message>
        <message>
            <source>What is due</source>
            <translation>Co jest do zrobienia</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Gdzie</translation>
        </message>
        <message>
            <source>Who can use it?</source>
            <translation>Kto może z niego korzystać?</translation>
        </message>
        <message>
            <source>Whom to ask</source>
            <translation>Kogo zapytać</translation>
        </message>
        <message>
            <source>Yearly</source>
            <translation>raz w roku</translation>
        </message>
        <message>
            <source>Yearly occasions</source>
            <translation>Coroczne wydarzenia</translation>
        </message>
    </context>
</TS>
