<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- The printed pages' words (directory, health report, kit list), read by civicdesk/reports/words.py. -->
<TS version="2.1" language="ur" sourcelanguage="en">
    <context>
        <name>Print</name>
        <message>
            <source> (set by hand)</source>
            <translation> (ہاتھ سے مقرر)</translation>
        </message>
        <message>
            <source>%1 (continued)</source>
            <translation>%1 (جاری)</translation>
        </message>
        <message>
            <source>%1 days overdue</source>
            <translation>%1 دن کی تاخیر</translation>
        </message>
        <message>
            <source>%1 of 5</source>
            <translation>5 میں سے %1</translation>
        </message>
        <message>
            <source>%1 · last updated %2</source>
            <translation>%1 · آخری تازہ کاری: %2</translation>
        </message>
        <message>
            <source>%1 — health report, %2</source>
            <translation>%1 — صحت کی رپورٹ، %2</translation>
        </message>
        <message>
            <source>, by %1</source>
            <translation>، از %1</translation>
        </message>
        <message>
            <source>a few times a year</source>
            <translation>سال میں چند بار</translation>
        </message>
        <message>
            <source>Accessible toilet</source>
            <translation>قابلِ رسائی بیت الخلا</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>جواب</translation>
        </message>
        <message>
            <source>appreciated</source>
            <translation>قدر کی جاتی ہے</translation>
        </message>
        <message>
            <source>Asset of Community Value</source>
            <translation>کمیونٹی قدر کا اثاثہ</translation>
        </message>
        <message>
            <source>Associations</source>
            <translation>انجمنیں</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation>خطرے میں</translation>
        </message>
        <message>
            <source>Baby change</source>
            <translation>بچوں کے کپڑے بدلنے کی جگہ</translation>
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
            <source>Charity</source>
            <translation>خیراتی ادارہ</translation>
        </message>
        <message>
            <source>Checked on %1%2. Score %3 out of 100: %4.</source>
            <translation>جانچ کی تاریخ %1%2۔ اسکور 100 میں سے %3: %4۔</translation>
        </message>
        <message>
            <source>Civic</source>
            <translation>شہری</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>بند</translation>
        </message>
        <message>
            <source>Clubs and association halls</source>
            <translation>کلب اور انجمنوں کے ہال</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>کمیونٹی</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>حالت</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>فہرستِ مضامین</translation>
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
            <source>Digital</source>
            <translation>ڈیجیٹل</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>واپسی کی تاریخ</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>جلد مقررہ</translation>
        </message>
        <message>
            <source>dying</source>
            <translation>ختم ہو رہی ہے</translation>
        </message>
        <message>
            <source>Elsewhere</source>
            <translation>دیگر مقامات</translation>
        </message>
        <message>
            <source>fair</source>
            <translation>مناسب</translation>
        </message>
        <message>
            <source>Faith</source>
            <translation>مذہبی ادارہ</translation>
        </message>
        <message>
            <source>for sale/closure threatened</source>
            <translation>فروخت یا بندش کا خطرہ</translation>
        </message>
        <message>
            <source>Fortnightly</source>
            <translation>ہر دو ہفتے</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>جمعہ</translation>
        </message>
        <message>
            <source>Fridays</source>
            <translation>ہر جمعہ</translation>
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
            <source>Halls, libraries and community centres</source>
            <translation>ہال، لائبریریاں اور کمیونٹی سینٹر</translation>
        </message>
        <message>
            <source>Health checks</source>
            <translation>صحت کی جانچیں</translation>
        </message>
        <message>
            <source>Health report: %1</source>
            <translation>صحت کی رپورٹ: %1</translation>
        </message>
        <message>
            <source>healthy</source>
            <translation>صحت مند</translation>
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
            <source>In date</source>
            <translation>بروقت</translation>
        </message>
        <message>
            <source>In store</source>
            <translation>اسٹور میں</translation>
        </message>
        <message>
            <source>Index</source>
            <translation>اشاریہ</translation>
        </message>
        <message>
            <source>Is it growing or shrinking?</source>
            <translation>کیا یہ بڑھ رہی ہے یا گھٹ رہی ہے؟</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>مد</translation>
        </message>
        <message>
            <source>Items: %1 · printed %2 · to borrow something, ask the person or group named next to it</source>
            <translation>اشیاء: %1 · چھپائی %2 · کچھ ادھار لینے کے لیے اس کے ساتھ درج فرد یا گروپ سے پوچھیں</translation>
        </message>
        <message>
            <source>Kit</source>
            <translation>سامان</translation>
        </message>
        <message>
            <source>Last done</source>
            <translation>آخری بار</translation>
        </message>
        <message>
            <source>Latest health check</source>
            <translation>تازہ ترین صحت کی جانچ</translation>
        </message>
        <message>
            <source>little noticed</source>
            <translation>کم توجہ ملتی ہے</translation>
        </message>
        <message>
            <source>Local directory</source>
            <translation>مقامی ڈائریکٹری</translation>
        </message>
        <message>
            <source>Local spaces, groups and what happens where</source>
            <translation>مقامی جگہیں، گروپ اور کہاں کیا ہوتا ہے</translation>
        </message>
        <message>
            <source>Local spaces, groups and what happens where in %1</source>
            <translation>%1 کی مقامی جگہیں، گروپ اور کہاں کیا ہوتا ہے</translation>
        </message>
        <message>
            <source>loved</source>
            <translation>بہت پسند کی جاتی ہے</translation>
        </message>
        <message>
            <source>Maintainer</source>
            <translation>دیکھ بھال کرنے والا</translation>
        </message>
        <message>
            <source>members only</source>
            <translation>صرف اراکین</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>پیر</translation>
        </message>
        <message>
            <source>Mondays</source>
            <translation>ہر پیر</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>ماہانہ</translation>
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
            <source>Near public transport</source>
            <translation>پبلک ٹرانسپورٹ کے قریب</translation>
        </message>
        <message>
            <source>new</source>
            <translation>نئی</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>اگلی مقررہ تاریخ</translation>
        </message>
        <message>
            <source>No certificates, licences or reviews are recorded for this space.</source>
            <translation>اس جگہ کے لیے کوئی سرٹیفکیٹ، لائسنس یا جائزہ درج نہیں ہے۔</translation>
        </message>
        <message>
            <source>No date set</source>
            <translation>کوئی تاریخ مقرر نہیں</translation>
        </message>
        <message>
            <source>No places match the chosen filters.</source>
            <translation>کوئی جگہ منتخب فلٹرز سے مطابقت نہیں رکھتی۔</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>درج نہیں</translation>
        </message>
        <message>
            <source>Notes: %1</source>
            <translation>نوٹس: %1</translation>
        </message>
        <message>
            <source>Occasionally</source>
            <translation>کبھی کبھار</translation>
        </message>
        <message>
            <source>Occasions</source>
            <translation>مواقع</translation>
        </message>
        <message>
            <source>On loan to</source>
            <translation>ادھار لینے والا</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>آن لائن</translation>
        </message>
        <message>
            <source>Online groups</source>
            <translation>آن لائن گروپ</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>اوقات</translation>
        </message>
        <message>
            <source>open to all</source>
            <translation>سب کے لیے کھلی</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>چلانے والا</translation>
        </message>
        <message>
            <source>Outdoors</source>
            <translation>کھلی فضا</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>تاخیر شدہ</translation>
        </message>
        <message>
            <source>Overdue by %1 days</source>
            <translation>%1 دن کی تاخیر</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>مالک</translation>
        </message>
        <message>
            <source>Ownership type</source>
            <translation>ملکیت کی قسم</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>صفحہ %1</translation>
        </message>
        <message>
            <source>Parking</source>
            <translation>پارکنگ</translation>
        </message>
        <message>
            <source>Parks, gardens and green spaces</source>
            <translation>پارک، باغات اور سبز جگہیں</translation>
        </message>
        <message>
            <source>Places of worship</source>
            <translation>عبادت گاہیں</translation>
        </message>
        <message>
            <source>Places: %1 · printed %2</source>
            <translation>جگہیں: %1 · چھپائی %2</translation>
        </message>
        <message>
            <source>poor</source>
            <translation>خراب</translation>
        </message>
        <message>
            <source>Printed on %1</source>
            <translation>چھپائی کی تاریخ: %1</translation>
        </message>
        <message>
            <source>Private</source>
            <translation>نجی</translation>
        </message>
        <message>
            <source>Private venues</source>
            <translation>نجی مقامات</translation>
        </message>
        <message>
            <source>Public</source>
            <translation>عوامی</translation>
        </message>
        <message>
            <source>Public services and venues</source>
            <translation>عوامی خدمات اور مقامات</translation>
        </message>
        <message>
            <source>Pubs, cafés and local shops</source>
            <translation>پب، کیفے اور مقامی دکانیں</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>سوال</translation>
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
            <source>Religious</source>
            <translation>مذہبی</translation>
        </message>
        <message>
            <source>Routes</source>
            <translation>راستے</translation>
        </message>
        <message>
            <source>Run by</source>
            <translation>زیرِ انتظام</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>ہفتہ</translation>
        </message>
        <message>
            <source>Saturdays</source>
            <translation>ہر ہفتہ</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>پیمانہ</translation>
        </message>
        <message>
            <source>Scan a square code with a phone camera to open the place's website. Groups are listed under the place where they meet; contact details of volunteers are printed only with their consent.</source>
            <translation>جگہ کی ویب سائٹ کھولنے کے لیے فون کے کیمرے سے چوکور کوڈ اسکین کریں۔ گروپ اس جگہ کے تحت درج ہیں جہاں وہ ملتے ہیں؛ رضاکاروں کے رابطے کی تفصیلات صرف ان کی رضامندی سے چھاپی جاتی ہیں۔</translation>
        </message>
        <message>
            <source>secure</source>
            <translation>محفوظ</translation>
        </message>
        <message>
            <source>Shared kit</source>
            <translation>مشترکہ سامان</translation>
        </message>
        <message>
            <source>Shared kit — %1</source>
            <translation>مشترکہ سامان — %1</translation>
        </message>
        <message>
            <source>someone not named</source>
            <translation>کوئی بے نام فرد</translation>
        </message>
        <message>
            <source>stable</source>
            <translation>مستحکم</translation>
        </message>
        <message>
            <source>stable from %1</source>
            <translation>%1 سے مستحکم</translation>
        </message>
        <message>
            <source>State</source>
            <translation>کیفیت</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>حیثیت</translation>
        </message>
        <message>
            <source>steady</source>
            <translation>یکساں</translation>
        </message>
        <message>
            <source>Step-free access</source>
            <translation>بغیر سیڑھی رسائی</translation>
        </message>
        <message>
            <source>struggling</source>
            <translation>مشکل میں</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>اتوار</translation>
        </message>
        <message>
            <source>Sundays</source>
            <translation>ہر اتوار</translation>
        </message>
        <message>
            <source>surplus</source>
            <translation>بچت</translation>
        </message>
        <message>
            <source>Symbols used in this directory</source>
            <translation>اس ڈائریکٹری میں استعمال شدہ علامات</translation>
        </message>
        <message>
            <source>taken for granted</source>
            <translation>معمولی سمجھی جاتی ہے</translation>
        </message>
        <message>
            <source>This space has never been checked. A check takes five minutes: answer seven questions on the space's page.</source>
            <translation>اس جگہ کی کبھی جانچ نہیں ہوئی۔ جانچ میں پانچ منٹ لگتے ہیں: جگہ کے صفحے پر سات سوالوں کے جواب دیں۔</translation>
        </message>
        <message>
            <source>thriving</source>
            <translation>پھلتی پھولتی</translation>
        </message>
        <message>
            <source>thriving from %1</source>
            <translation>%1 سے پھلتی پھولتی</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>جمعرات</translation>
        </message>
        <message>
            <source>Thursdays</source>
            <translation>ہر جمعرات</translation>
        </message>
        <message>
            <source>Traditional</source>
            <translation>روایتی</translation>
        </message>
        <message>
            <source>Trend (checks: %1)</source>
            <translation>رجحان (جانچیں: %1)</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>منگل</translation>
        </message>
        <message>
            <source>Tuesdays</source>
            <translation>ہر منگل</translation>
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
            <source>Walks and routes</source>
            <translation>سیر اور راستے</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>بدھ</translation>
        </message>
        <message>
            <source>Wednesdays</source>
            <translation>ہر بدھ</translation>
        </message>
        <message>
            <source>weekly</source>
            <translation>ہفتہ وار</translation>
        </message>
        <message>
            <source>What condition is the place in?</source>
            <translation>جگہ کی حالت کیسی ہے؟</translation>
        </message>
        <message>
            <source>What is due</source>
            <translation>کیا واجب ہے</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>پتہ</translation>
        </message>
        <message>
            <source>Who can use it?</source>
            <translation>اسے کون استعمال کر سکتا ہے؟</translation>
        </message>
        <message>
            <source>Whom to ask</source>
            <translation>کس سے پوچھیں</translation>
        </message>
        <message>
            <source>Yearly</source>
            <translation>سالانہ</translation>
        </message>
        <message>
            <source>Yearly occasions</source>
            <translation>سالانہ مواقع</translation>
        </message>
    </context>
</TS>
