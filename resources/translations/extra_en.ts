<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Translations of the strings added or changed after the translators began (plural forms,
     Settings, the words from data); merged into civicdesk_en.qm by `make translations`, where
     civicdesk_en.ts has no finished translation of its own. -->
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CompliancePanel</name>
        <message numerus="yes">
            <source>due in %Ln day(s)</source>
            <translation>
                <numerusform>due in %Ln day</numerusform>
                <numerusform>due in %Ln days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>overdue by %Ln day(s)</source>
            <translation>
                <numerusform>overdue by %Ln day</numerusform>
                <numerusform>overdue by %Ln days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HealthCheckDialog</name>
        <message numerus="yes">
            <source>Score: answer %Ln more question(s) to see it</source>
            <translation>
                <numerusform>Score: answer %Ln more question to see it</numerusform>
                <numerusform>Score: answer %Ln more questions to see it</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HealthHistoryWidget</name>
        <message numerus="yes">
            <source>%Ln check(s). Latest on {0}: score {1:g}, {2}.</source>
            <translation>
                <numerusform>%Ln check. Latest on {0}: score {1:g}, {2}.</numerusform>
                <numerusform>%Ln checks. Latest on {0}: score {1:g}, {2}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%Ln group(s)</source>
            <translation>
                <numerusform>%Ln group</numerusform>
                <numerusform>%Ln groups</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln person(s)</source>
            <translation>
                <numerusform>%Ln person</numerusform>
                <numerusform>%Ln people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln space(s)</source>
            <translation>
                <numerusform>%Ln space</numerusform>
                <numerusform>%Ln spaces</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln tool(s)</source>
            <translation>
                <numerusform>%Ln tool</numerusform>
                <numerusform>%Ln tools</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message numerus="yes">
            <source>%1 of %Ln space(s) shown</source>
            <translation>
                <numerusform>%1 of %Ln space shown</numerusform>
                <numerusform>%1 of %Ln spaces shown</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NetworkView</name>
        <message numerus="yes">
            <source>%Ln link(s)</source>
            <translation>
                <numerusform>%Ln link</numerusform>
                <numerusform>%Ln links</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewKindDialog</name>
        <message numerus="yes">
            <source>every %Ln month(s)</source>
            <translation>
                <numerusform>every %Ln month</numerusform>
                <numerusform>every %Ln months</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ToolPageView</name>
        <message numerus="yes">
            <source>%Ln rating(s)</source>
            <translation>
                <numerusform>%Ln rating</numerusform>
                <numerusform>%Ln ratings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>OVERDUE by %Ln day(s)</source>
            <translation>
                <numerusform>OVERDUE by %Ln day</numerusform>
                <numerusform>OVERDUE by %Ln days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ToolStore</name>
        <message numerus="yes">
            <source>%1 of %Ln tool(s)</source>
            <translation>
                <numerusform>%1 of %Ln tool</numerusform>
                <numerusform>%1 of %Ln tools</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln tool(s)</source>
            <translation>
                <numerusform>%Ln tool</numerusform>
                <numerusform>%Ln tools</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved the kit list (%Ln item(s)) to %1</source>
            <translation>
                <numerusform>Saved the kit list (%Ln item) to %1</numerusform>
                <numerusform>Saved the kit list (%Ln items) to %1</numerusform>
            </translation>
        </message>
    </context>
</TS>
