<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Translations of the strings added or changed after the translators began (plural forms,
     Settings, the words from data); merged into civicdesk_ur.qm by `make translations`, where
     civicdesk_ur.ts has no finished translation of its own. -->
<TS version="2.1" language="ur" sourcelanguage="en">
    <context>
        <name>CompliancePanel</name>
        <message numerus="yes">
            <source>due in %Ln day(s)</source>
            <translation>
                <numerusform>مقررہ تاریخ %Ln دن میں</numerusform>
                <numerusform>مقررہ تاریخ %Ln دن میں</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>overdue by %Ln day(s)</source>
            <translation>
                <numerusform>%Ln دن کی تاخیر</numerusform>
                <numerusform>%Ln دن کی تاخیر</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Data</name>
        <message>
            <source>Accessible toilet</source>
            <translation>قابلِ رسائی بیت الخلا</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>سرگرمیاں</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>علاقہ</translation>
        </message>
        <message>
            <source>Associations</source>
            <translation>انجمنیں</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>خطرے میں</translation>
        </message>
        <message>
            <source>Baby change</source>
            <translation>بچوں کے کپڑے بدلنے کی جگہ</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>زمرہ</translation>
        </message>
        <message>
            <source>Charity</source>
            <translation>خیراتی ادارہ</translation>
        </message>
        <message>
            <source>Civic</source>
            <translation>شہری</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>بند</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>کمیونٹی</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>لاگت</translation>
        </message>
        <message>
            <source>Data protection</source>
            <translation>ڈیٹا کا تحفظ</translation>
        </message>
        <message>
            <source>Digital</source>
            <translation>ڈیجیٹل</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>ای میل</translation>
        </message>
        <message>
            <source>Faith</source>
            <translation>مذہبی ادارہ</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>جمعہ</translation>
        </message>
        <message>
            <source>Good for</source>
            <translation>کس کام کا</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>گروپ</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>صحت</translation>
        </message>
        <message>
            <source>Hearing loop</source>
            <translation>سماعتی لوپ</translation>
        </message>
        <message>
            <source>How do local people feel about it?</source>
            <translation>مقامی لوگ اس کے بارے میں کیا محسوس کرتے ہیں؟</translation>
        </message>
        <message>
            <source>How does it stand financially?</source>
            <translation>مالی حالت کیسی ہے؟</translation>
        </message>
        <message>
            <source>How often is it used?</source>
            <translation>یہ کتنی بار استعمال ہوتی ہے؟</translation>
        </message>
        <message>
            <source>How secure is its ownership or lease?</source>
            <translation>اس کی ملکیت یا لیز کتنی محفوظ ہے؟</translation>
        </message>
        <message>
            <source>In directory</source>
            <translation>ڈائریکٹری میں</translation>
        </message>
        <message>
            <source>In group</source>
            <translation>گروپ میں</translation>
        </message>
        <message>
            <source>Is it growing or shrinking?</source>
            <translation>کیا یہ بڑھ رہی ہے یا گھٹ رہی ہے؟</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>قسم</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>زبانیں</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>آخری تبدیلی</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>نقشہ</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>پیر</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Near public transport</source>
            <translation>پبلک ٹرانسپورٹ کے قریب</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>جائزہ درکار</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>نیٹ ورک</translation>
        </message>
        <message>
            <source>New</source>
            <translation>نئی</translation>
        </message>
        <message>
            <source>Occasions</source>
            <translation>مواقع</translation>
        </message>
        <message>
            <source>Outdoors</source>
            <translation>کھلی فضا</translation>
        </message>
        <message>
            <source>Parking</source>
            <translation>پارکنگ</translation>
        </message>
        <message>
            <source>People</source>
            <translation>لوگ</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>فون</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>پوسٹ کوڈ</translation>
        </message>
        <message>
            <source>Private</source>
            <translation>نجی</translation>
        </message>
        <message>
            <source>Public</source>
            <translation>عوامی</translation>
        </message>
        <message>
            <source>Religious</source>
            <translation>مذہبی</translation>
        </message>
        <message>
            <source>Routes</source>
            <translation>راستے</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>ہفتہ</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>مہارتیں</translation>
        </message>
        <message>
            <source>Spaces</source>
            <translation>جگہیں</translation>
        </message>
        <message>
            <source>Stable</source>
            <translation>مستحکم</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>حیثیت</translation>
        </message>
        <message>
            <source>Step-free access</source>
            <translation>بغیر سیڑھی رسائی</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>اتوار</translation>
        </message>
        <message>
            <source>Thriving</source>
            <translation>پھلتی پھولتی</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>جمعرات</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>ٹولز</translation>
        </message>
        <message>
            <source>Traditional</source>
            <translation>روایتی</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>منگل</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>قسم</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>بدھ</translation>
        </message>
        <message>
            <source>What condition is the place in?</source>
            <translation>جگہ کی حالت کیسی ہے؟</translation>
        </message>
        <message>
            <source>Who can use it?</source>
            <translation>اسے کون استعمال کر سکتا ہے؟</translation>
        </message>
        <message>
            <source>a few times a year</source>
            <translation>سال میں چند بار</translation>
        </message>
        <message>
            <source>appreciated</source>
            <translation>قدر کی جاتی ہے</translation>
        </message>
        <message>
            <source>associations</source>
            <translation>انجمنیں</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation>خطرے میں</translation>
        </message>
        <message>
            <source>breaking even</source>
            <translation>خرچ پورا ہو رہا ہے</translation>
        </message>
        <message>
            <source>by arrangement</source>
            <translation>پیشگی انتظام سے</translation>
        </message>
        <message>
            <source>civic</source>
            <translation>شہری</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>بند</translation>
        </message>
        <message>
            <source>crumbling</source>
            <translation>خستہ حال</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>روزانہ</translation>
        </message>
        <message>
            <source>declining</source>
            <translation>زوال پذیر</translation>
        </message>
        <message>
            <source>digital</source>
            <translation>ڈیجیٹل</translation>
        </message>
        <message>
            <source>dying</source>
            <translation>ختم ہو رہی ہے</translation>
        </message>
        <message>
            <source>fair</source>
            <translation>مناسب</translation>
        </message>
        <message>
            <source>for sale/closure threatened</source>
            <translation>فروخت یا بندش کا خطرہ</translation>
        </message>
        <message>
            <source>good</source>
            <translation>اچھی</translation>
        </message>
        <message>
            <source>growing</source>
            <translation>بڑھ رہی ہے</translation>
        </message>
        <message>
            <source>healthy</source>
            <translation>صحت مند</translation>
        </message>
        <message>
            <source>little noticed</source>
            <translation>کم توجہ ملتی ہے</translation>
        </message>
        <message>
            <source>loved</source>
            <translation>بہت پسند کی جاتی ہے</translation>
        </message>
        <message>
            <source>members only</source>
            <translation>صرف اراکین</translation>
        </message>
        <message>
            <source>monthly</source>
            <translation>ماہانہ</translation>
        </message>
        <message>
            <source>mostly members</source>
            <translation>زیادہ تر اراکین</translation>
        </message>
        <message>
            <source>mostly open</source>
            <translation>زیادہ تر کھلی</translation>
        </message>
        <message>
            <source>new</source>
            <translation>نئی</translation>
        </message>
        <message>
            <source>occasions</source>
            <translation>مواقع</translation>
        </message>
        <message>
            <source>open to all</source>
            <translation>سب کے لیے کھلی</translation>
        </message>
        <message>
            <source>outdoors</source>
            <translation>کھلی فضا</translation>
        </message>
        <message>
            <source>poor</source>
            <translation>خراب</translation>
        </message>
        <message>
            <source>private</source>
            <translation>نجی</translation>
        </message>
        <message>
            <source>public</source>
            <translation>عوامی</translation>
        </message>
        <message>
            <source>rarely</source>
            <translation>شاذ و نادر</translation>
        </message>
        <message>
            <source>refreshed</source>
            <translation>نئی مرمت شدہ</translation>
        </message>
        <message>
            <source>religious</source>
            <translation>مذہبی</translation>
        </message>
        <message>
            <source>routes</source>
            <translation>راستے</translation>
        </message>
        <message>
            <source>secure</source>
            <translation>محفوظ</translation>
        </message>
        <message>
            <source>stable</source>
            <translation>مستحکم</translation>
        </message>
        <message>
            <source>steady</source>
            <translation>یکساں</translation>
        </message>
        <message>
            <source>struggling</source>
            <translation>مشکل میں</translation>
        </message>
        <message>
            <source>surplus</source>
            <translation>بچت</translation>
        </message>
        <message>
            <source>taken for granted</source>
            <translation>معمولی سمجھی جاتی ہے</translation>
        </message>
        <message>
            <source>thriving</source>
            <translation>پھلتی پھولتی</translation>
        </message>
        <message>
            <source>traditional</source>
            <translation>روایتی</translation>
        </message>
        <message>
            <source>uncertain</source>
            <translation>غیر یقینی</translation>
        </message>
        <message>
            <source>unsustainable</source>
            <translation>ناقابلِ برداشت</translation>
        </message>
        <message>
            <source>valued</source>
            <translation>اہم سمجھی جاتی ہے</translation>
        </message>
        <message>
            <source>weekly</source>
            <translation>ہفتہ وار</translation>
        </message>
    </context>
    <context>
        <name>HealthCheckDialog</name>
        <message numerus="yes">
            <source>Score: answer %Ln more question(s) to see it</source>
            <translation>
                <numerusform>اسکور: دیکھنے کے لیے مزید %Ln سوال کا جواب دیں</numerusform>
                <numerusform>اسکور: دیکھنے کے لیے مزید %Ln سوالوں کے جواب دیں</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HealthHistoryWidget</name>
        <message numerus="yes">
            <source>%Ln check(s). Latest on {0}: score {1:g}, {2}.</source>
            <translation>
                <numerusform>%Ln جانچ۔ تازہ ترین: {0}، اسکور {1:g}، {2}۔</numerusform>
                <numerusform>%Ln جانچیں۔ تازہ ترین: {0}، اسکور {1:g}، {2}۔</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%Ln group(s)</source>
            <translation>
                <numerusform>%Ln گروپ</numerusform>
                <numerusform>%Ln گروپ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln person(s)</source>
            <translation>
                <numerusform>%Ln فرد</numerusform>
                <numerusform>%Ln افراد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln space(s)</source>
            <translation>
                <numerusform>%Ln جگہ</numerusform>
                <numerusform>%Ln جگہیں</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln tool(s)</source>
            <translation>
                <numerusform>%Ln ٹول</numerusform>
                <numerusform>%Ln ٹولز</numerusform>
            </translation>
        </message>
        <message>
            <source>Add group</source>
            <translation>گروپ شامل کریں</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>فرد شامل کریں</translation>
        </message>
        <message>
            <source>Add space</source>
            <translation>جگہ شامل کریں</translation>
        </message>
        <message>
            <source>Add tool</source>
            <translation>ٹول شامل کریں</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>ترتی&amp;بات…</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message numerus="yes">
            <source>%1 of %Ln space(s) shown</source>
            <translation>
                <numerusform>%Ln میں سے %1 جگہیں دکھائی گئی ہیں</numerusform>
                <numerusform>%Ln میں سے %1 جگہیں دکھائی گئی ہیں</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NetworkView</name>
        <message numerus="yes">
            <source>%Ln link(s)</source>
            <translation>
                <numerusform>%Ln ربط</numerusform>
                <numerusform>%Ln روابط</numerusform>
            </translation>
        </message>
        <message>
            <source>group</source>
            <translation>گروپ</translation>
        </message>
        <message>
            <source>person</source>
            <translation>فرد</translation>
        </message>
        <message>
            <source>space</source>
            <translation>جگہ</translation>
        </message>
        <message>
            <source>tool</source>
            <translation>ٹول</translation>
        </message>
    </context>
    <context>
        <name>NewKindDialog</name>
        <message numerus="yes">
            <source>every %Ln month(s)</source>
            <translation>
                <numerusform>ہر %Ln ماہ</numerusform>
                <numerusform>ہر %Ln ماہ</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>Close without Saving</source>
            <translation>محفوظ کیے بغیر بند کریں</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation>&amp;نہیں</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;ہاں</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>ختم کریں</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>لاگو کریں</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>بند کریں</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>ترک کریں</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>مدد</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>نظر انداز کریں</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>&amp;سب کے لیے نہیں</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>ٹھیک ہے</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>کھولیں</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>ری سیٹ کریں</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>پہلے سے طے شدہ بحال کریں</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>دوبارہ کوشش کریں</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>محفوظ کریں</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>سب محفوظ کریں</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>سب کے &amp;لیے ہاں</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;زبان:</translation>
        </message>
        <message>
            <source>A new language is used from the next time CivicDesk starts.</source>
            <translation>نئی زبان اگلی بار CivicDesk شروع ہونے پر استعمال ہوگی۔</translation>
        </message>
        <message>
            <source>As this computer (%1)</source>
            <translation>اس کمپیوٹر کے مطابق (%1)</translation>
        </message>
        <message>
            <source>CivicDesk will be in %1 the next time it starts.</source>
            <translation>اگلی بار شروع ہونے پر CivicDesk کی زبان: %1</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>زبان</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>ترتیبات</translation>
        </message>
        <message>
            <source>The language of the window and of printed pages</source>
            <translation>ونڈو اور چھپے ہوئے صفحات کی زبان</translation>
        </message>
    </context>
    <context>
        <name>ToolPageView</name>
        <message numerus="yes">
            <source>%Ln rating(s)</source>
            <translation>
                <numerusform>%Ln درجہ بندی</numerusform>
                <numerusform>%Ln درجہ بندیاں</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>OVERDUE by %Ln day(s)</source>
            <translation>
                <numerusform>%Ln دن کی تاخیر</numerusform>
                <numerusform>%Ln دن کی تاخیر</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ToolStore</name>
        <message numerus="yes">
            <source>%1 of %Ln tool(s)</source>
            <translation>
                <numerusform>%Ln میں سے %1 ٹول</numerusform>
                <numerusform>%Ln میں سے %1 ٹول</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln tool(s)</source>
            <translation>
                <numerusform>%Ln ٹول</numerusform>
                <numerusform>%Ln ٹولز</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved the kit list (%Ln item(s)) to %1</source>
            <translation>
                <numerusform>سامان کی فہرست (%Ln شے) محفوظ کر دی گئی: %1</numerusform>
                <numerusform>سامان کی فہرست (%Ln اشیاء) محفوظ کر دی گئی: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BuildersView</name>
        <message>
            <source>Open</source>
            <translation>کھلی</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>جواب دیا گیا</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>قبول شدہ</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>مکمل</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>واپس لی گئی</translation>
        </message>
        <message>
            <source>Who has helped most</source>
            <translation>سب سے زیادہ مدد کس نے کی</translation>
        </message>
        <message>
            <source>No help logged yet.</source>
            <translation>ابھی تک کوئی مدد درج نہیں ہوئی۔</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>رضاکار</translation>
        </message>
        <message>
            <source>Nobody offers</source>
            <translation>کوئی پیشکش نہیں کرتا</translation>
        </message>
        <message>
            <source>Every skill asked for is offered.</source>
            <translation>مانگی گئی ہر مہارت کی پیشکش موجود ہے۔</translation>
        </message>
    </context>
    <context>
        <name>DiaryView</name>
        <message>
            <source>Mon</source>
            <translation>پیر</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>منگل</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>بدھ</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>جمعرات</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>جمعہ</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>ہفتہ</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>اتوار</translation>
        </message>
    </context>
    <context>
        <name>KitTab</name>
        <message>
            <source>Reserved</source>
            <translation>ریزرو</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>انتظار میں</translation>
        </message>
        <message>
            <source>Out on loan</source>
            <translation>ادھار پر</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>واپس آیا</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>منسوخ</translation>
        </message>
    </context>
    <context>
        <name>MoneyPanel</name>
        <message>
            <source>urgent (safety or closure)</source>
            <translation>فوری (حفاظت یا بندش کا خطرہ)</translation>
        </message>
        <message>
            <source>high (within a year)</source>
            <translation>زیادہ (ایک سال کے اندر)</translation>
        </message>
        <message>
            <source>medium (within three years)</source>
            <translation>درمیانی (تین سال کے اندر)</translation>
        </message>
        <message>
            <source>low (when funds allow)</source>
            <translation>کم (جب رقم دستیاب ہو)</translation>
        </message>
        <message>
            <source>bank transfer</source>
            <translation>بینک ٹرانسفر</translation>
        </message>
        <message>
            <source>cash</source>
            <translation>نقد</translation>
        </message>
        <message>
            <source>cheque</source>
            <translation>چیک</translation>
        </message>
        <message>
            <source>card</source>
            <translation>کارڈ</translation>
        </message>
        <message>
            <source>Hire</source>
            <translation>کرایہ</translation>
        </message>
        <message>
            <source>Grant</source>
            <translation>گرانٹ</translation>
        </message>
        <message>
            <source>Donation</source>
            <translation>عطیہ</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>تقریب</translation>
        </message>
        <message>
            <source>Bar</source>
            <translation>بار</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>دیگر</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>بجلی اور گیس</translation>
        </message>
        <message>
            <source>Insurance</source>
            <translation>انشورنس</translation>
        </message>
        <message>
            <source>Repairs</source>
            <translation>مرمت</translation>
        </message>
        <message>
            <source>Cleaning</source>
            <translation>صفائی</translation>
        </message>
        <message>
            <source>Business rates</source>
            <translation>بزنس ریٹس</translation>
        </message>
        <message>
            <source>Water</source>
            <translation>پانی</translation>
        </message>
        <message>
            <source>Licences</source>
            <translation>لائسنس</translation>
        </message>
        <message>
            <source>Roof</source>
            <translation>چھت</translation>
        </message>
        <message>
            <source>Heating</source>
            <translation>ہیٹنگ</translation>
        </message>
        <message>
            <source>Accessibility</source>
            <translation>رسائی</translation>
        </message>
        <message>
            <source>Electrics</source>
            <translation>بجلی کا نظام</translation>
        </message>
        <message>
            <source>Windows</source>
            <translation>کھڑکیاں</translation>
        </message>
        <message>
            <source>Kitchen</source>
            <translation>باورچی خانہ</translation>
        </message>
        <message>
            <source>Toilets</source>
            <translation>بیت الخلا</translation>
        </message>
    </context>
    <context>
        <name>OfferDialog</name>
        <message>
            <source>Advice by phone</source>
            <translation>فون پر مشورہ</translation>
        </message>
        <message>
            <source>Come and run it</source>
            <translation>آ کر خود چلائیں</translation>
        </message>
        <message>
            <source>Lend</source>
            <translation>ادھار دیں</translation>
        </message>
        <message>
            <source>Train others</source>
            <translation>دوسروں کو تربیت دیں</translation>
        </message>
    </context>
</TS>
