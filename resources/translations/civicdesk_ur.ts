<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../civicdesk/ui/health/evidence.py" line="+53"/>
        <source>Figures for this question: {0}</source>
        <translation>اس سوال کے اعداد و شمار: {0}</translation>
    </message>
</context>
<context>
    <name>AccessibilityEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/widgets.py" line="+248"/>
        <source>Problem with accessibility</source>
        <translation>رسائی میں مسئلہ</translation>
    </message>
</context>
<context>
    <name>AcvEditor</name>
    <message>
        <location line="+166"/>
        <source>&amp;Nominated on:</source>
        <translation>&amp;نامزدگی کی تاریخ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nominated as an asset of community value</source>
        <translation>کمیونٹی قدر کے اثاثے کے طور پر نامزدگی کی تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Listed on:</source>
        <translation>فہرست میں &amp;شمولیت:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listed as an asset of community value on</source>
        <translation>کمیونٹی قدر کے اثاثے کے طور پر فہرست میں شمولیت کی تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing e&amp;xpires:</source>
        <translation>فہرست بندی کی میعاد &amp;ختم:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listing expires</source>
        <translation>فہرست بندی کی میعاد ختم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;isposal notice on:</source>
        <translation>&amp;فروخت کا نوٹس:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner&apos;s notice of sale given on</source>
        <translation>مالک کی طرف سے فروخت کے نوٹس کی تاریخ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem with the asset of community value dates</source>
        <translation>کمیونٹی قدر کے اثاثے کی تاریخوں میں مسئلہ</translation>
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
        <translation>مثلاً LS7 3AB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address line &amp;1:</source>
        <translation>پتہ، سطر &amp;1:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address line 1</source>
        <translation>پتہ، سطر 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address line &amp;2:</source>
        <translation>پتہ، سطر &amp;2:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address line 2</source>
        <translation>پتہ، سطر 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loc&amp;ality:</source>
        <translation>&amp;علاقہ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locality</source>
        <translation>علاقہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Town:</source>
        <translation>&amp;شہر:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Town</source>
        <translation>شہر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post&amp;code:</source>
        <translation>&amp;پوسٹ کوڈ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postcode</source>
        <translation>پوسٹ کوڈ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem with the postcode</source>
        <translation>پوسٹ کوڈ میں مسئلہ</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../civicdesk/ui/diary/dialog.py" line="+72"/>
        <location line="+1"/>
        <source>Book a room</source>
        <translation>کمرہ بک کریں</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (for %1)</source>
        <translation> (%1 افراد کے لیے)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Room:</source>
        <translation>&amp;کمرہ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room</source>
        <translation>کمرہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it is for, e.g. Yoga</source>
        <translation>کس مقصد کے لیے، مثلاً یوگا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What:</source>
        <translation>&amp;مقصد:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it is for</source>
        <translation>کس مقصد کے لیے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hirer:</source>
        <translation>کرا&amp;یہ دار:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hirer</source>
        <translation>کرایہ دار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A one-off hirer&apos;s phone or email (optional)</source>
        <translation>ایک بار کے کرایہ دار کا فون یا ای میل (اختیاری)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontact:</source>
        <translation>&amp;رابطہ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One-off hirer&apos;s phone or email</source>
        <translation>ایک بار کے کرایہ دار کا فون یا ای میل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They agreed we keep these details to arrange the booking</source>
        <translation>وہ رضامند ہیں کہ بکنگ کا انتظام کرنے کے لیے ہم یہ تفصیلات رکھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hirer agreed to be contacted</source>
        <translation>کرایہ دار رابطہ کیے جانے پر رضامند ہے</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Date:</source>
        <translation>&amp;تاریخ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Starts:</source>
        <translation>&amp;شروع:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends:</source>
        <translation>&amp;ختم:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends</source>
        <translation>ختم</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source> min</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set-&amp;up before:</source>
        <translation>&amp;پہلے تیاری:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set-up time before, in minutes</source>
        <translation>پہلے تیاری کا وقت، منٹوں میں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear-away after:</source>
        <translation>بعد میں &amp;سمیٹنا:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear-away time after, in minutes</source>
        <translation>بعد میں سمیٹنے کا وقت، منٹوں میں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;peat:</source>
        <translation>&amp;دہرانا:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat</source>
        <translation>دہرانا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On a date</source>
        <translation>کسی تاریخ پر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a number of times</source>
        <translation>اتنی بار کے بعد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How the series ends</source>
        <translation>سلسلہ کیسے ختم ہو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last date</source>
        <translation>آخری تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of times</source>
        <translation>کتنی بار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;nds:</source>
        <translation>&amp;اختتام:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untick a date to skip it</source>
        <translation>کسی تاریخ کو چھوڑنے کے لیے اس کا نشان ہٹائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates (untick to s&amp;kip):</source>
        <translation>تاریخیں (چھوڑنے کے لیے نشان &amp;ہٹائیں):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates of the series</source>
        <translation>سلسلے کی تاریخیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed</source>
        <translation>تصدیق شدہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provisional</source>
        <translation>عارضی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;حیثیت:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not set</source>
        <translation>مقرر نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>کمیونٹی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular</source>
        <translation>باقاعدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commercial</source>
        <translation>تجارتی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate band</source>
        <translation>کرائے کا درجہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate b&amp;and:</source>
        <translation>کرائے کا در&amp;جہ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pri&amp;vate: printed and shared only as “booked”</source>
        <translation>&amp;نجی: پرنٹ اور شیئر کرنے پر صرف “بک شدہ” لکھا جاتا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private booking</source>
        <translation>نجی بکنگ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clash</source>
        <translation>ٹکراؤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;ook over it on purpose</source>
        <translation>&amp;ٹکراؤ کے باوجود جان بوجھ کر بک کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book over the clash on purpose</source>
        <translation>ٹکراؤ کے باوجود جان بوجھ کر بک کریں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Book</source>
        <translation>&amp;بک کریں</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Once</source>
        <translation>ایک بار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every %1</source>
        <translation>ہر %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every other %1</source>
        <translation>ہر دوسرے %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 %2 of each month</source>
        <translation>ہر مہینے کا %1 %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Dates of the series, %1 dates</source>
        <translation>سلسلے کی تاریخیں، %1 تاریخیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The booking ends before it starts.</source>
        <translation>بکنگ شروع ہونے سے پہلے ہی ختم ہو رہی ہے۔</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Tick that the hirer agreed we keep their phone or email, or leave the contact empty.</source>
        <translation>نشان لگائیں کہ کرایہ دار ہمارے پاس اپنا فون یا ای میل رکھنے پر رضامند ہے، یا رابطے کا خانہ خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>One-off hirer of a room</source>
        <translation>کمرے کا ایک بار کا کرایہ دار</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The booking cannot be made</source>
        <translation>بکنگ نہیں ہو سکتی</translation>
    </message>
</context>
<context>
    <name>BuildersView</name>
    <message>
        <location filename="../../civicdesk/ui/builders/view.py" line="+45"/>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>جواب دیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>قبول شدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>واپس لی گئی</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+139"/>
        <location line="+140"/>
        <source>Builders</source>
        <translation>معمار</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>&amp;Offer help…</source>
        <translation>مدد کی &amp;پیشکش کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ask for help…</source>
        <translation>مدد &amp;مانگیں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print “who can help” sheet…</source>
        <translation>“کون مدد کر سکتا ہے” کی &amp;شیٹ پرنٹ کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport hours…</source>
        <translation>گھنٹے &amp;برآمد کریں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours of help given, per piece of help, as a spreadsheet for funders</source>
        <translation>دی گئی مدد کے گھنٹے، ہر کام کے حساب سے، فنڈ دہندگان کے لیے اسپریڈشیٹ کی صورت میں</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Who</source>
        <translation>کس نے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>گروپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Offers</source>
        <translation>پیشکشیں</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Where</source>
        <translation>کہاں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>کیسے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often</source>
        <translation>کتنی بار</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+144"/>
        <source>Offers of help</source>
        <translation>مدد کی پیشکشیں</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Requests</source>
        <translation>درخواستیں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who helped</source>
        <translation>کس نے مدد کی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their group</source>
        <translation>ان کا گروپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group helped</source>
        <translation>جس گروپ کی مدد ہوئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>گھنٹے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done</source>
        <translation>کیا کام ہوا</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+130"/>
        <source>Help given</source>
        <translation>دی گئی مدد</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Kit reservations</source>
        <translation>سامان کی ریزرویشنز</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who helped most, and gaps</source>
        <translation>سب سے زیادہ مدد کرنے والے، اور کمیاں</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Asked by</source>
        <translation>کس نے مانگی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help wanted</source>
        <translation>مطلوبہ مدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed by</source>
        <translation>کب تک درکار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>کیفیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered by</source>
        <translation>کس نے جواب دیا</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+99"/>
        <source>Requests for help</source>
        <translation>مدد کی درخواستیں</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+13"/>
        <location line="+161"/>
        <source>Who could help</source>
        <translation>کون مدد کر سکتا ہے</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>A&amp;nswer with this offer</source>
        <translation>اس پیشکش سے &amp;جواب دیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ccept</source>
        <translation>&amp;قبول کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;done…</source>
        <translation>م&amp;کمل قرار دیں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;واپس لیں</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>anywhere</source>
        <translation>کہیں بھی</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No offers or requests yet. Groups and volunteers can offer their skills and kit to other groups (a volunteer needs their consent to be listed as a builder), and ask for help; offers travel to partner groups in bundles, so a borough&apos;s groups see one pool of builders.</source>
        <translation>ابھی تک کوئی پیشکش یا درخواست نہیں۔ گروپ اور رضاکار اپنی مہارتیں اور سامان دوسرے گروپوں کو پیش کر سکتے ہیں (کسی رضاکار کو معمار کے طور پر درج کرنے کے لیے اس کی رضامندی درکار ہے)، اور مدد مانگ سکتے ہیں؛ پیشکشیں بنڈلوں کے ذریعے شراکت دار گروپوں تک پہنچتی ہیں، اس لیے پورے بورو کے گروپوں کو معماروں کا ایک ہی مجموعہ نظر آتا ہے۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 offers of help · %2 requests open · %3 hours of help given</source>
        <translation>مدد کی %1 پیشکشیں · %2 کھلی درخواستیں · %3 گھنٹے کی مدد دی گئی</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Who has helped most</source>
        <translation>سب سے زیادہ مدد کس نے کی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No help logged yet.</source>
        <translation>ابھی تک کوئی مدد درج نہیں ہوئی۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteers</source>
        <translation>رضاکار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody offers</source>
        <translation>کوئی پیشکش نہیں کرتا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every skill asked for is offered.</source>
        <translation>مانگی گئی ہر مہارت کی پیشکش موجود ہے۔</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No offer fits yet.</source>
        <translation>ابھی کوئی پیشکش موزوں نہیں۔</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Save the “who can help” sheet</source>
        <translation>“کون مدد کر سکتا ہے” کی شیٹ محفوظ کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved the sheet with %1 offers to %2</source>
        <translation>%1 پیشکشوں والی شیٹ محفوظ کر دی گئی: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who can help</source>
        <translation>کون مدد کر سکتا ہے</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export hours of help</source>
        <translation>مدد کے گھنٹے برآمد کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved %1 rows of help given to %2</source>
        <translation>دی گئی مدد کی %1 قطاریں محفوظ کر دی گئیں: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export hours</source>
        <translation>گھنٹے برآمد کریں</translation>
    </message>
</context>
<context>
    <name>ChangeTree</name>
    <message>
        <location filename="../../civicdesk/ui/change_tree.py" line="+28"/>
        <source>the other group</source>
        <translation>دوسرا گروپ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the bundle changes</source>
        <translation>بنڈل سے کیا بدلے گا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open all</source>
        <translation>سب کھولیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close all</source>
        <translation>سب بند کریں</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing would change: you already have everything in this bundle.</source>
        <translation>کچھ نہیں بدلے گا: اس بنڈل کی ہر چیز آپ کے پاس پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Will wait in Needs review (%1)</source>
        <translation>“جائزہ درکار” میں جائیں گی (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ours</source>
        <translation>ہمارا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waits: %1 (%2). Everyone will see: %3.</source>
        <translation>منتظر: %1 (%2)۔ سب کو نظر آئے گا: %3۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changed (%1)</source>
        <translation>تبدیل شدہ (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New (%1)</source>
        <translation>نئے (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brought back (%1)</source>
        <translation>واپس لائے گئے (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted (%1)</source>
        <translation>حذف شدہ (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>… and %1 more</source>
        <translation>… اور %1 مزید</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 detail</source>
        <translation>1 تفصیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 details</source>
        <translation>%1 تفصیلات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 to review</source>
        <translation>، %1 جائزے کے لیے</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../civicdesk/ui/importing/wizard.py" line="+359"/>
        <source>Check before importing</source>
        <translation>درآمد سے پہلے جانچ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Checking…</source>
        <translation>جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Problems found in the file</source>
        <translation>فائل میں ملنے والے مسائل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge into the existing record</source>
        <translation>موجودہ ریکارڈ میں ضم کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the row</source>
        <translation>قطار چھوڑ دیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new record anyway</source>
        <translation>پھر بھی نیا ریکارڈ بنائیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the good rows and leave out rows with &amp;problems</source>
        <translation>درست قطاریں درآمد کریں اور &amp;مسائل والی قطاریں چھوڑ دیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refuse a row for any bad cell (otherwise a bad website, phone, email, number or postcode is left out and the row kept)</source>
        <translation>کسی بھی غلط خانے پر پوری قطار &amp;رد کریں (ورنہ غلط ویب سائٹ، فون، ای میل، نمبر یا پوسٹ کوڈ چھوڑ دیا جاتا ہے اور قطار رکھ لی جاتی ہے)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check &amp;again</source>
        <translation>&amp;دوبارہ جانچیں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When a row matches a record already here:</source>
        <translation>جب کوئی قطار یہاں پہلے سے موجود کسی ریکارڈ سے ملتی ہو:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The file cannot be imported.</source>
        <translation>یہ فائل درآمد نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fix the rows below, or tick the box to leave them out.</source>
        <translation>نیچے دی گئی قطاریں درست کریں، یا انہیں چھوڑنے کے لیے خانے پر نشان لگائیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No problems found.</source>
        <translation>کوئی مسئلہ نہیں ملا۔</translation>
    </message>
</context>
<context>
    <name>CompliancePanel</name>
    <message>
        <location filename="../../civicdesk/ui/health/compliance_panel.py" line="+111"/>
        <source>Item</source>
        <translation>مد</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Last done</source>
        <translation>آخری بار کیا گیا</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Next due</source>
        <translation>اگلی مقررہ تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (set by hand)</source>
        <translation> (ہاتھ سے مقرر)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>کیفیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>سرٹیفکیٹ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Safety and compliance items</source>
        <translation>حفاظت اور تعمیل کی مدیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark done &amp;today</source>
        <translation>&amp;آج مکمل قرار دیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach &amp;certificate…</source>
        <translation>&amp;سرٹیفکیٹ منسلک کریں…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind of item to add</source>
        <translation>شامل کی جانے والی مد کی قسم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not known</source>
        <translation>معلوم نہیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add item</source>
        <translation>مد &amp;شامل کریں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add:</source>
        <translation>شامل کریں:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last done</source>
        <translation>آخری بار کیا گیا</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>overdue by %Ln day(s)</source>
        <translation>
            <numerusform>%Ln دن کی تاخیر</numerusform>
            <numerusform>%Ln دن کی تاخیر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>due in %Ln day(s)</source>
        <translation>
            <numerusform>مقررہ تاریخ %Ln دن میں</numerusform>
            <numerusform>مقررہ تاریخ %Ln دن میں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>every %Ln month(s)</source>
        <translation>
            <numerusform>ہر %Ln ماہ</numerusform>
            <numerusform>ہر %Ln ماہ</numerusform>
        </translation>
    </message>
    <message>
        <location line="-26"/>
        <source>in date</source>
        <translation>میعاد کے اندر</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>&amp;New kind…</source>
        <translation>&amp;نئی قسم…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no date set</source>
        <translation>کوئی تاریخ مقرر نہیں</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no fixed renewal</source>
        <translation>تجدید کی کوئی مقررہ مدت نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — your own</source>
        <translation> — آپ کی اپنی</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compliance</source>
        <translation>تعمیل</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Mark %1 done</source>
        <translation>%1 مکمل قرار دیں</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attach a certificate</source>
        <translation>سرٹیفکیٹ منسلک کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>دستاویزات (*.pdf *.jpg *.jpeg *.png);;تمام فائلیں (*)</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/widgets.py" line="+172"/>
        <source>Consent</source>
        <translation>رضامندی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How given</source>
        <translation>کیسے دی گئی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by</source>
        <translation>درج کرنے والا</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your name</source>
        <translation>آپ کا نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>how given</source>
        <translation>کیسے دی گئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recorded by</source>
        <translation>درج کرنے والا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem with consent: %1</source>
        <translation>رضامندی میں مسئلہ: %1</translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <location filename="../../civicdesk/ui/data_words.py" line="+10"/>
        <source>a few times a year</source>
        <translation>سال میں چند بار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility</source>
        <translation>رسائی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility notes</source>
        <translation>رسائی کے نوٹس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessible toilet</source>
        <translation>قابلِ رسائی بیت الخلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>سرگرمیاں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ACV listed on</source>
        <translation>ACV فہرست میں شمولیت کی تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ACV nominated on</source>
        <translation>ACV نامزدگی کی تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address lines</source>
        <translation>پتے کی سطریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered by</source>
        <translation>کس نے جواب دیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies to</source>
        <translation>کن پر لاگو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appreciated</source>
        <translation>قدر کی جاتی ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>علاقہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas</source>
        <translation>علاقے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked by</source>
        <translation>کس نے مانگی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessor</source>
        <translation>جانچ کرنے والا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset of Community Value</source>
        <translation>کمیونٹی قدر کا اثاثہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associations</source>
        <translation>انجمنیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>associations</source>
        <translation>انجمنیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>خطرے میں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at risk</source>
        <translation>خطرے میں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at risk (triangle)</source>
        <translation>خطرے میں (تکون)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audiences</source>
        <translation>کن لوگوں کے لیے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>دستیابی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baby change</source>
        <translation>بچوں کے کپڑے بدلنے کی جگہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic</source>
        <translation>بنیادی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breaking even</source>
        <translation>خرچ پورا ہو رہا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Builders</source>
        <translation>معمار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by arrangement</source>
        <translation>پیشگی انتظام سے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>گنجائش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate file</source>
        <translation>سرٹیفکیٹ کی فائل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate or check</source>
        <translation>سرٹیفکیٹ یا چیک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate or check</source>
        <translation>سرٹیفکیٹ یا چیک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chair</source>
        <translation>صدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charity</source>
        <translation>خیراتی ادارہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>charity</source>
        <translation>خیراتی ادارہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charity number</source>
        <translation>چیریٹی نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked on</source>
        <translation>جانچ کی تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CIC</source>
        <translation>CIC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civic</source>
        <translation>شہری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>civic</source>
        <translation>شہری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>بند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>بند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed (hollow square)</source>
        <translation>بند (خالی مربع)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Club</source>
        <translation>کلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>club</source>
        <translation>کلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clubs and association halls</source>
        <translation>کلب اور انجمنوں کے ہال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>کمیونٹی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>کمپنی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company</source>
        <translation>کمپنی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company number</source>
        <translation>کمپنی نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>حالت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>رابطہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact by email (yes/no)</source>
        <translation>ای میل سے رابطہ (ہاں/نہیں)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact by phone (yes/no)</source>
        <translation>فون سے رابطہ (ہاں/نہیں)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact email</source>
        <translation>رابطے کی ای میل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact name</source>
        <translation>رابطے کے لیے نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact phone</source>
        <translation>رابطے کا فون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinator</source>
        <translation>کوآرڈینیٹر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>لاگت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crumbling</source>
        <translation>خستہ حال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily</source>
        <translation>روزانہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data protection</source>
        <translation>ڈیٹا کا تحفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DBS check</source>
        <translation>DBS چیک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DBS check expired</source>
        <translation>DBS چیک کی میعاد ختم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DBS check type</source>
        <translation>DBS چیک کی قسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DBS issued on</source>
        <translation>DBS جاری ہونے کی تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DBS renewal was due</source>
        <translation>DBS تجدید کی مقررہ تاریخ تھی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declining</source>
        <translation>زوال پذیر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>حذف شدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted, details still held</source>
        <translation>حذف شدہ، تفصیلات اب بھی محفوظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>وضاحت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diary</source>
        <translation>ڈائری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital</source>
        <translation>ڈیجیٹل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>digital</source>
        <translation>ڈیجیٹل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital app/platform</source>
        <translation>ڈیجیٹل ایپ/پلیٹ فارم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>digital app/platform</source>
        <translation>ڈیجیٹل ایپ/پلیٹ فارم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory consent date</source>
        <translation>ڈائریکٹری کی رضامندی کی تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on</source>
        <translation>تکمیل کی تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dormant</source>
        <translation>غیر فعال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dormant</source>
        <translation>غیر فعال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due back</source>
        <translation>واپسی کی تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date set by hand</source>
        <translation>مقررہ تاریخ ہاتھ سے طے کی گئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dying</source>
        <translation>ختم ہو رہی ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electrical installation condition report (EICR)</source>
        <translation>برقی تنصیبات کی حالت کی رپورٹ (EICR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency lighting annual test</source>
        <translation>ہنگامی روشنی کا سالانہ ٹیسٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhanced</source>
        <translation>تفصیلی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhanced with barred lists</source>
        <translation>تفصیلی، ممنوعہ فہرستوں سمیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erased</source>
        <translation>مٹا دیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every (months)</source>
        <translation>ہر کتنے ماہ بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilities</source>
        <translation>سہولیات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fair</source>
        <translation>مناسب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faith</source>
        <translation>مذہبی ادارہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faith group</source>
        <translation>مذہبی گروپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>faith group</source>
        <translation>مذہبی گروپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finances</source>
        <translation>مالی حالت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fire extinguisher service</source>
        <translation>آگ بجھانے کے آلات کی سروس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fire risk assessment</source>
        <translation>آگ کے خطرے کا جائزہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix O/0 in postcodes</source>
        <translation>پوسٹ کوڈ میں O/0 درست کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food business registration</source>
        <translation>فوڈ بزنس کی رجسٹریشن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>مقصد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for sale/closure threatened</source>
        <translation>فروخت یا بندش کا خطرہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>فارم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fortnightly</source>
        <translation>پندرہ روزہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free</source>
        <translation>مفت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free</source>
        <translation>مفت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>جمعہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>کس تاریخ سے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas safety certificate</source>
        <translation>گیس سیفٹی سرٹیفکیٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get organised</source>
        <translation>منظم ہونا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>get organised</source>
        <translation>منظم ہونا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>given</source>
        <translation>دی گئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>good</source>
        <translation>اچھی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good for</source>
        <translation>کس کام کا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>گروپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group</source>
        <translation>گروپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group helped</source>
        <translation>جس گروپ کی مدد ہوئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group&apos;s use of a tool</source>
        <translation>گروپ کا ٹول استعمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>گروپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>growing</source>
        <translation>بڑھ رہی ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Halls, libraries and community centres</source>
        <translation>ہال، لائبریریاں اور کمیونٹی سینٹر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has a role</source>
        <translation>کوئی کردار ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>صحت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health check</source>
        <translation>صحت کی جانچ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>healthy</source>
        <translation>صحت مند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing loop</source>
        <translation>سماعتی لوپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by</source>
        <translation>کس کے پاس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>help given</source>
        <translation>دی گئی مدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helper</source>
        <translation>مددگار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helper&apos;s group</source>
        <translation>مددگار کا گروپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden from the directory</source>
        <translation>ڈائریکٹری سے پوشیدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hire cost</source>
        <translation>کرایہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home address</source>
        <translation>گھر کا پتہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>گھنٹے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>کیسے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How do local people feel about it?</source>
        <translation>مقامی لوگ اس کے بارے میں کیا محسوس کرتے ہیں؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How does it stand financially?</source>
        <translation>مالی حالت کیسی ہے؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often</source>
        <translation>کتنی بار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often is it used?</source>
        <translation>یہ کتنی بار استعمال ہوتی ہے؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How secure is its ownership or lease?</source>
        <translation>اس کی ملکیت یا لیز کتنی محفوظ ہے؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to use</source>
        <translation>استعمال کا طریقہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How valued</source>
        <translation>کتنی قدر کی جاتی ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ids in other systems</source>
        <translation>دوسرے نظاموں میں شناختی نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In directory</source>
        <translation>ڈائریکٹری میں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In group</source>
        <translation>گروپ میں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informal</source>
        <translation>غیر رسمی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>informal</source>
        <translation>غیر رسمی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurance</source>
        <translation>انشورنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is it growing or shrinking?</source>
        <translation>کیا یہ بڑھ رہی ہے یا گھٹ رہی ہے؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the first web address</source>
        <translation>صرف پہلا ویب ایڈریس رکھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind (sub-type)</source>
        <translation>قسم (ذیلی قسم)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind of certificate</source>
        <translation>سرٹیفکیٹ کی قسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of group</source>
        <translation>گروپ کی قسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of link</source>
        <translation>ربط کی قسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of tool</source>
        <translation>ٹول کی قسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kit</source>
        <translation>سامان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>زبانیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last activity</source>
        <translation>آخری سرگرمی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed</source>
        <translation>آخری تبدیلی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last done</source>
        <translation>آخری بار کیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>عرض بلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legionella risk review</source>
        <translation>لیجیونیلا کے خطرے کا جائزہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lent despite overdue kit</source>
        <translation>تاخیر شدہ سامان کے باوجود ادھار دیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lent on</source>
        <translation>ادھار دینے کی تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lent to</source>
        <translation>کس کو ادھار دیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>لنک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link</source>
        <translation>ربط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed as a builder (offers help to other groups)</source>
        <translation>بطور معمار درج (دوسرے گروپوں کو مدد پیش کرتا ہے)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed in directory (yes/no)</source>
        <translation>ڈائریکٹری میں درج (ہاں/نہیں)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed in the printed directory</source>
        <translation>پرنٹ شدہ ڈائریکٹری میں درج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>little noticed</source>
        <translation>کم توجہ ملتی ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loan</source>
        <translation>ادھار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loan</source>
        <translation>ادھار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locality</source>
        <translation>علاقہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location on the map</source>
        <translation>نقشے پر مقام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>طول بلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look after a space</source>
        <translation>جگہ کی دیکھ بھال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>look after a space</source>
        <translation>جگہ کی دیکھ بھال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loved</source>
        <translation>بہت پسند کی جاتی ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower case</source>
        <translation>چھوٹے حروف (lower case)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintainer</source>
        <translation>دیکھ بھال کرنے والا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>نقشہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May be contacted by email</source>
        <translation>ای میل سے رابطہ کیا جا سکتا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May be contacted by phone</source>
        <translation>فون سے رابطہ کیا جا سکتا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meet neighbours</source>
        <translation>پڑوسیوں سے ملاقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meet neighbours</source>
        <translation>پڑوسیوں سے ملاقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting</source>
        <translation>ملاقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meets at</source>
        <translation>ملاقات کی جگہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member</source>
        <translation>رکن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>members only</source>
        <translation>صرف اراکین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>طریقہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>method</source>
        <translation>طریقہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monday</source>
        <translation>پیر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>ماہانہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly</source>
        <translation>ماہانہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mostly members</source>
        <translation>زیادہ تر اراکین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mostly open</source>
        <translation>زیادہ تر کھلی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Near public transport</source>
        <translation>پبلک ٹرانسپورٹ کے قریب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed by</source>
        <translation>کب تک درکار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs review</source>
        <translation>جائزہ درکار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>نیٹ ورک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>نئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>نئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new (dashed ring)</source>
        <translation>نئی (ٹوٹی لکیر والا حلقہ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next due</source>
        <translation>اگلی مقررہ تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No role and no activity</source>
        <translation>نہ کوئی کردار، نہ کوئی سرگرمی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of the listed features</source>
        <translation>درج سہولیات میں سے کوئی نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>نہیں دی گئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occasionally</source>
        <translation>کبھی کبھار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occasions</source>
        <translation>مواقع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>occasions</source>
        <translation>مواقع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>پیشکش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offer of help</source>
        <translation>مدد کی پیشکش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered by</source>
        <translation>پیشکش کرنے والا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered through</source>
        <translation>کس گروپ کے ذریعے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on %1</source>
        <translation>بتاریخ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online groups</source>
        <translation>آن لائن گروپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open to all</source>
        <translation>سب کے لیے کھلی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours</source>
        <translation>کھلنے کے اوقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours (as text)</source>
        <translation>کھلنے کے اوقات (عبارت کی صورت میں)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Openness</source>
        <translation>کھلا پن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>چلانے والا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outdoors</source>
        <translation>کھلی فضا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outdoors</source>
        <translation>کھلی فضا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over £200</source>
        <translation>£200 سے زیادہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over £200</source>
        <translation>£200 سے زیادہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ownership risk</source>
        <translation>ملکیت کا خطرہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ownership type</source>
        <translation>ملکیت کی قسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parking</source>
        <translation>پارکنگ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parks, gardens and green spaces</source>
        <translation>پارک، باغات اور سبز جگہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>لوگ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People (volunteers)</source>
        <translation>لوگ (رضاکار)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>تصاویر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place on the waiting list</source>
        <translation>انتظار کی فہرست میں نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places of worship</source>
        <translation>عبادت گاہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>poor</source>
        <translation>خراب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portable appliance testing (PAT), higher risk</source>
        <translation>پورٹیبل آلات کی جانچ (PAT)، زیادہ خطرہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portable appliance testing (PAT), low risk</source>
        <translation>پورٹیبل آلات کی جانچ (PAT)، کم خطرہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>پوسٹ کوڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode (for finding duplicates)</source>
        <translation>پوسٹ کوڈ (دہرے ریکارڈ ڈھونڈنے کے لیے)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Premises licence</source>
        <translation>احاطے کا لائسنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>نجی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private</source>
        <translation>نجی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private venues</source>
        <translation>نجی مقامات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PRS/PPL music licence</source>
        <translation>PRS/PPL موسیقی لائسنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public</source>
        <translation>عوامی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public</source>
        <translation>عوامی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public service</source>
        <translation>عوامی خدمت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public service</source>
        <translation>عوامی خدمت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public services and venues</source>
        <translation>عوامی خدمات اور مقامات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pubs, cafés and local shops</source>
        <translation>پب، کیفے اور مقامی دکانیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes</source>
        <translation>مقاصد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise money</source>
        <translation>پیسے اکٹھے کرنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>raise money</source>
        <translation>پیسے اکٹھے کرنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rarely</source>
        <translation>شاذ و نادر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>درجہ بندی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach isolated people</source>
        <translation>تنہا لوگوں تک پہنچنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reach isolated people</source>
        <translation>تنہا لوگوں تک پہنچنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as a date</source>
        <translation>تاریخ کے طور پر پڑھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read yes/no</source>
        <translation>ہاں/نہیں کے طور پر پڑھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recorded by %1</source>
        <translation>درج کرنے والا: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refreshed</source>
        <translation>نئی مرمت شدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Religious</source>
        <translation>مذہبی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>religious</source>
        <translation>مذہبی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>درخواست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>request for help</source>
        <translation>مدد کی درخواست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reservation</source>
        <translation>ریزرویشن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved for</source>
        <translation>کس کے لیے ریزرو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved together</source>
        <translation>ایک ساتھ ریزرو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residents&apos; association</source>
        <translation>رہائشیوں کی انجمن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>residents&apos; association</source>
        <translation>رہائشیوں کی انجمن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned on</source>
        <translation>لوٹانے کی تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>تبصرہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routes</source>
        <translation>راستے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routes</source>
        <translation>راستے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a meeting</source>
        <translation>میٹنگ چلانا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run a meeting</source>
        <translation>میٹنگ چلانا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run by</source>
        <translation>زیرِ انتظام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safeguarding lead</source>
        <translation>تحفظ کا ذمہ دار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safeguarding policy review</source>
        <translation>تحفظ (سیف گارڈنگ) پالیسی کا جائزہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>ہفتہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>اسکور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secretary</source>
        <translation>سیکرٹری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secure</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup time</source>
        <translation>تیاری کا وقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share things</source>
        <translation>چیزیں بانٹنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share things</source>
        <translation>چیزیں بانٹنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared kit</source>
        <translation>مشترکہ سامان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shared kit</source>
        <translation>مشترکہ سامان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared with other groups in bundles</source>
        <translation>بنڈلوں کے ذریعے دوسرے گروپوں سے شیئر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>کب سے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>مہارتیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills needed</source>
        <translation>درکار مہارتیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills wanted</source>
        <translation>مطلوبہ مہارتیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>جگہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>space</source>
        <translation>جگہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spaces</source>
        <translation>جگہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spaces (halls, parks, pubs…)</source>
        <translation>جگہیں (ہال، پارک، پب…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split a list (; or ,)</source>
        <translation>فہرست الگ الگ کریں (; یا ,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stable</source>
        <translation>مستحکم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stable</source>
        <translation>مستحکم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stable (circle)</source>
        <translation>مستحکم (دائرہ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard</source>
        <translation>معیاری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starter kit</source>
        <translation>ابتدائی سیٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>steady</source>
        <translation>یکساں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step-free access</source>
        <translation>بغیر سیڑھی رسائی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>struggling</source>
        <translation>مشکل میں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>اتوار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>surplus</source>
        <translation>بچت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>ٹیگز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taken for granted</source>
        <translation>معمولی سمجھی جاتی ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template/document</source>
        <translation>ٹیمپلیٹ/دستاویز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>template/document</source>
        <translation>ٹیمپلیٹ/دستاویز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thriving</source>
        <translation>پھلتی پھولتی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thriving</source>
        <translation>پھلتی پھولتی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thriving (bold ring)</source>
        <translation>پھلتی پھولتی (موٹا حلقہ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>جمعرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidy spaces</source>
        <translation>فالتو خالی جگہ ہٹائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title Case</source>
        <translation>ہر لفظ کا پہلا حرف بڑا (Title Case)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>کس تاریخ تک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool</source>
        <translation>ٹول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tool</source>
        <translation>ٹول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools</source>
        <translation>ٹولز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town</source>
        <translation>شہر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traditional</source>
        <translation>روایتی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>traditional</source>
        <translation>روایتی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>treasurer</source>
        <translation>خزانچی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>رجحان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted borrower</source>
        <translation>قابلِ اعتماد ادھار لینے والا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trusted borrower</source>
        <translation>قابلِ اعتماد ادھار لینے والا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted since</source>
        <translation>کب سے قابلِ اعتماد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trustee</source>
        <translation>ٹرسٹی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>منگل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of place</source>
        <translation>جگہ کی قسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncertain</source>
        <translation>غیر یقینی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under £50</source>
        <translation>£50 سے کم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under £50</source>
        <translation>£50 سے کم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsustainable</source>
        <translation>ناقابلِ برداشت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>کب تک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPRN (property reference)</source>
        <translation>UPRN (جائیداد کا حوالہ نمبر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage</source>
        <translation>استعمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valuable (only for trusted borrowers)</source>
        <translation>قیمتی (صرف قابلِ اعتماد ادھار لینے والوں کے لیے)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valued</source>
        <translation>اہم سمجھی جاتی ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verbal</source>
        <translation>زبانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vice-chair</source>
        <translation>نائب صدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>volunteer</source>
        <translation>رضاکار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walks and routes</source>
        <translation>سیر اور راستے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>ویب سائٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website or online link</source>
        <translation>ویب سائٹ یا آن لائن لنک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>بدھ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>ہفتہ وار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly</source>
        <translation>ہفتہ وار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What condition is the place in?</source>
        <translation>جگہ کی حالت کیسی ہے؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done</source>
        <translation>کیا کام ہوا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who can use it?</source>
        <translation>اسے کون استعمال کر سکتا ہے؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it is listed</source>
        <translation>فہرست میں کیوں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>واپس لی گئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>واپس لی گئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>سالانہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly occasions</source>
        <translation>سالانہ مواقع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>ہاں</translation>
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
        <translation>ڈیٹا کا تحفظ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The law says to keep people&apos;s details only while you need them. Listed here: people with no role and nothing happening with them for the period below, people whose DBS check has expired, and people deleted from the lists whose details are still held. An expired DBS check needs renewing, not anonymising. Anonymise (for inactive or deleted people) keeps only their town and postcode district, so the neighbourhood&apos;s counts still add up.</source>
        <translation>قانون کے مطابق لوگوں کی تفصیلات صرف اسی وقت تک رکھیں جب تک آپ کو ان کی ضرورت ہو۔ یہاں درج ہیں: وہ لوگ جن کا نیچے دی گئی مدت سے نہ کوئی کردار ہے اور نہ ان سے متعلق کوئی سرگرمی، وہ لوگ جن کے DBS چیک کی میعاد ختم ہو چکی ہے، اور وہ لوگ جو فہرستوں سے حذف ہو چکے ہیں مگر جن کی تفصیلات ابھی تک محفوظ ہیں۔ میعاد ختم شدہ DBS چیک کی تجدید ضروری ہے، گمنام کرنا نہیں۔ گمنام کرنا (غیر فعال یا حذف شدہ لوگوں کے لیے) صرف ان کا شہر اور پوسٹ کوڈ ڈسٹرکٹ رکھتا ہے، تاکہ محلے کی گنتی پھر بھی پوری رہے۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> years</source>
        <translation> سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep details of inactive people for</source>
        <translation>غیر فعال لوگوں کی تفصیلات رکھنے کی مدت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep details of people with no role and no activity for</source>
        <translation>بغیر کردار اور بغیر سرگرمی والے لوگوں کی تفصیلات رکھنے کی مدت</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>People whose details may no longer be needed</source>
        <translation>وہ لوگ جن کی تفصیلات کی شاید اب ضرورت نہیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport everything we hold…</source>
        <translation>ہمارے پاس موجود سب کچھ &amp;برآمد کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Anonymise…</source>
        <translation>&amp;گمنام کریں…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Looking through people&apos;s records…</source>
        <translation>لوگوں کے ریکارڈ دیکھے جا رہے ہیں…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not check people&apos;s records</source>
        <translation>لوگوں کے ریکارڈ جانچے نہیں جا سکے</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nobody to review: everyone listed has a reason to be kept.</source>
        <translation>جائزے کے لیے کوئی نہیں: درج ہر فرد کو رکھنے کی کوئی نہ کوئی وجہ موجود ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 with no role and no activity since %2 · %3 with an expired DBS check · %4 deleted but still held</source>
        <translation>%1 جن کا %2 سے نہ کوئی کردار ہے نہ سرگرمی · %3 جن کے DBS چیک کی میعاد ختم ہو چکی ہے · %4 حذف شدہ مگر اب بھی محفوظ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no name)</source>
        <translation>(بے نام)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save the period</source>
        <translation>مدت محفوظ نہیں ہو سکی</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1&apos;s DBS check has expired: renew it and record the new renewal date on their record.</source>
        <translation>%1 کے DBS چیک کی میعاد ختم ہو چکی ہے: اس کی تجدید کروائیں اور ان کے ریکارڈ میں تجدید کی نئی تاریخ درج کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person</source>
        <translation>اس فرد</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not anonymise</source>
        <translation>گمنام نہیں کیا جا سکا</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../civicdesk/ui/editors/widgets.py" line="-256"/>
        <source>dd/mm/yyyy</source>
        <translation>دن/ماہ/سال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose from a calendar</source>
        <translation>کیلنڈر سے منتخب کریں</translation>
    </message>
</context>
<context>
    <name>DaysEditor</name>
    <message>
        <location line="+197"/>
        <source>Mon</source>
        <translation>پیر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>منگل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>بدھ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>جمعرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>جمعہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>ہفتہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sun</source>
        <translation>اتوار</translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <location filename="../../civicdesk/ui/diary/view.py" line="+57"/>
        <source>Space</source>
        <translation>جگہ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Space:</source>
        <translation>&amp;جگہ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ &amp;Previous</source>
        <translation>▶ &amp;پچھلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;oday</source>
        <translation>&amp;آج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;اگلا ◀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous week or month</source>
        <translation>پچھلا ہفتہ یا مہینہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next week or month</source>
        <translation>اگلا ہفتہ یا مہینہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Week</source>
        <translation>&amp;ہفتہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month</source>
        <translation>&amp;مہینہ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Book…</source>
        <translation>&amp;بک کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book a room of this space (Ctrl+B)</source>
        <translation>اس جگہ کا کوئی کمرہ بک کریں (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the &amp;week…</source>
        <translation>ہفتہ پ&amp;رنٹ کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week&apos;s bookings as an A4 noticeboard sheet (PDF)</source>
        <translation>ہفتے کی بکنگز، A4 نوٹس بورڈ شیٹ کی صورت میں (PDF)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Week</source>
        <translation>ہفتہ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mon</source>
        <translation>پیر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>منگل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>بدھ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>جمعرات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>جمعہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>ہفتہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>اتوار</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Month overview</source>
        <translation>مہینے کا خلاصہ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a space above to see its diary. A space with no rooms yet becomes one room when you first book it (Book…).</source>
        <translation>ڈائری دیکھنے کے لیے اوپر سے کوئی جگہ منتخب کریں۔ جس جگہ کا ابھی کوئی کمرہ درج نہیں، پہلی بکنگ پر وہ پوری جگہ ایک کمرہ بن جاتی ہے (بک کریں…)۔</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>The diary cannot be shown</source>
        <translation>ڈائری نہیں دکھائی جا سکتی</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+23"/>
        <source>1 booking</source>
        <translation>1 بکنگ</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+23"/>
        <source>%1 bookings</source>
        <translation>%1 بکنگز</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1: week of %2 to %3 · %4, %5 hours booked</source>
        <translation>⁨%1⁩: ہفتہ ⁨%2⁩ تا ⁨%3⁩ · %4، %5 گھنٹے بک شدہ</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Book a room</source>
        <translation>کمرہ بک کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a space first.</source>
        <translation>پہلے کوئی جگہ منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Book %1</source>
        <translation>بکنگ: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a room</source>
        <translation>کمرہ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The room is booked then</source>
        <translation>اس وقت کمرہ پہلے سے بک ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move it there anyway?</source>
        <translation>پھر بھی وہاں منتقل کریں؟</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The booking cannot be moved</source>
        <translation>بکنگ منتقل نہیں ہو سکتی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move %1 to %2</source>
        <translation>⁨%1⁩ کو ⁨%2⁩ پر منتقل کریں</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel the booking</source>
        <translation>بکنگ منسوخ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel %1?</source>
        <translation>⁨%1⁩ منسوخ کریں؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel this &amp;date</source>
        <translation>صرف یہ &amp;تاریخ منسوخ کریں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel &amp;every date</source>
        <translation>&amp;ساری تاریخیں منسوخ کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the &amp;booking</source>
        <translation>&amp;بکنگ منسوخ کریں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel %1</source>
        <translation>منسوخی: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the confirmation</source>
        <translation>تصدیق نامہ محفوظ کریں</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the week&apos;s noticeboard sheet</source>
        <translation>ہفتے کی نوٹس بورڈ شیٹ محفوظ کریں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved %1</source>
        <translation>محفوظ ہو گیا: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <location filename="../../civicdesk/ui/directory/dialog.py" line="+50"/>
        <location line="+162"/>
        <source>Print directory</source>
        <translation>ڈائریکٹری پرنٹ کریں</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>A4, two columns</source>
        <translation>A4، دو کالم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A5 booklet (fold and staple)</source>
        <translation>A5 کتابچہ (موڑ کر اسٹیپل کریں)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large print</source>
        <translation>بڑے حروف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by category</source>
        <translation>زمرے کے لحاظ سے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by area</source>
        <translation>علاقے کے لحاظ سے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories to include</source>
        <translation>شامل کیے جانے والے زمرے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick each category of space to print</source>
        <translation>جگہوں کا ہر وہ زمرہ منتخب کریں جسے پرنٹ کرنا ہے</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only spaces &amp;open to all</source>
        <translation>صرف سب کے لیے &amp;کھلی جگہیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spaces whose latest health check rates them open to all (4 or 5), or, if never checked, that are publicly or community owned or public by nature.</source>
        <translation>وہ جگہیں جنہیں صحت کی تازہ ترین جانچ میں سب کے لیے کھلا قرار دیا گیا ہو (4 یا 5)، یا اگر کبھی جانچ نہ ہوئی ہو تو جو سرکاری یا کمیونٹی کی ملکیت ہوں یا اپنی نوعیت کے لحاظ سے عوامی ہوں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include a &amp;map (entries numbered)</source>
        <translation>&amp;نقشہ شامل کریں (اندراجات پر نمبر)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number the entries and add map pages showing where each numbered place is, over the offline map you chose.</source>
        <translation>اندراجات پر نمبر لگائیں اور آپ کے منتخب کردہ آف لائن نقشے پر ایسے صفحات شامل کریں جو دکھائیں کہ ہر نمبر والی جگہ کہاں ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number the entries and add map pages showing where each numbered place is.</source>
        <translation>اندراجات پر نمبر لگائیں اور نقشے کے ایسے صفحات شامل کریں جو دکھائیں کہ ہر نمبر والی جگہ کہاں ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Layout</source>
        <translation>&amp;ترتیب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ections</source>
        <translation>&amp;حصے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Categories</source>
        <translation>&amp;زمرے</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;محفوظ کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;پرنٹ کریں…</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Tick at least one category.</source>
        <translation>کم از کم ایک زمرہ منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preparing the preview…</source>
        <translation>پیش نظارہ تیار ہو رہا ہے…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>place</source>
        <translation>جگہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>places</source>
        <translation>جگہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page</source>
        <translation>صفحہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pages</source>
        <translation>صفحات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sheet</source>
        <translation>شیٹ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sheets</source>
        <translation>شیٹیں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The preview could not be made.</source>
        <translation>پیش نظارہ نہیں بن سکا۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save directory as PDF</source>
        <translation>ڈائریکٹری کو PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save PDF</source>
        <translation>PDF محفوظ کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to {path}</source>
        <translation>محفوظ کر دی گئی: {path}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print</source>
        <translation>پرنٹ</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <location filename="../../civicdesk/ui/builders/dialogs.py" line="+212"/>
        <source>Mark done: %1</source>
        <translation>مکمل قرار دیں: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done on</source>
        <translation>تکمیل کی تاریخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Done on:</source>
        <translation>&amp;تکمیل کی تاریخ:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> hours</source>
        <translation> گھنٹے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours of help</source>
        <translation>مدد کے گھنٹے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hours:</source>
        <translation>&amp;گھنٹے:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was done</source>
        <translation>کیا کام ہوا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;What was done:</source>
        <translation>کیا &amp;کام ہوا:</translation>
    </message>
</context>
<context>
    <name>DuplicatesTable</name>
    <message>
        <location filename="../../civicdesk/ui/importing/duplicates.py" line="+22"/>
        <source>Rows that may already be here</source>
        <translation>وہ قطاریں جو شاید پہلے سے یہاں موجود ہیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row</source>
        <translation>قطار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the file</source>
        <translation>فائل میں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already here (or an earlier row)</source>
        <translation>پہلے سے یہاں (یا پچھلی قطار)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do</source>
        <translation>کیا کریں</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> (row %1)</source>
        <translation> (قطار %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no address</source>
        <translation>کوئی پتہ نہیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>possible: %1</source>
        <translation>ممکنہ: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to do with row %1</source>
        <translation>قطار %1 کے ساتھ کیا کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Merge</source>
        <translation>ضم کریں</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Skip</source>
        <translation>چھوڑیں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create new</source>
        <translation>نیا بنائیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep apart</source>
        <translation>الگ رکھیں</translation>
    </message>
</context>
<context>
    <name>EditBookingDialog</name>
    <message>
        <location filename="../../civicdesk/ui/diary/edit_dialog.py" line="+52"/>
        <source>Cancelled</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>the booking</source>
        <translation>بکنگ</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Change %1 on %2 only</source>
        <translation>ترمیم: ⁨%1⁩ (صرف ⁨%2⁩)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change %1</source>
        <translation>ترمیم: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes</source>
        <translation>تبدیلیاں محفوظ کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print a con&amp;firmation…</source>
        <translation>ت&amp;صدیق نامہ پرنٹ کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the hirer&apos;s confirmation as saved</source>
        <translation>کرایہ دار کا تصدیق نامہ محفوظ شدہ صورت میں پرنٹ کریں</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The booking cannot be changed</source>
        <translation>بکنگ تبدیل نہیں ہو سکتی</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <location filename="../../civicdesk/ui/privacy/actions.py" line="+28"/>
        <source>this person</source>
        <translation>اس فرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only their town and postcode district are kept, for the neighbourhood&apos;s counts.</source>
        <translation>محلے کی گنتی کے لیے صرف ان کا شہر اور پوسٹ کوڈ ڈسٹرکٹ رکھا جاتا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing personal is kept.</source>
        <translation>کوئی ذاتی معلومات نہیں رکھی جاتیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymising</source>
        <translation>گمنام کرنے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erasing</source>
        <translation>مٹانے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2:

• their name, contact details, address, skills, notes and DBS check are blanked. %3
• their history of changes is purged;
• their roles in groups end;
• the record is marked erased, and groups you exchange bundles with erase it too when they import your next bundle — an old copy from another group cannot bring it back.

This cannot be undone (older backups keep the details until they are replaced).</source>
        <translation>%2 کو %1 کا مطلب:

• ان کا نام، رابطے کی تفصیلات، پتہ، مہارتیں، نوٹس اور DBS چیک خالی کر دیے جاتے ہیں۔ %3
• ان کی تبدیلیوں کا تاریخچہ مٹا دیا جاتا ہے؛
• گروپوں میں ان کے کردار ختم ہو جاتے ہیں؛
• ریکارڈ پر “مٹا دیا گیا” کا نشان لگ جاتا ہے، اور جن گروپوں سے آپ بنڈلوں کا تبادلہ کرتے ہیں وہ بھی آپ کا اگلا بنڈل درآمد کرتے وقت اسے مٹا دیتے ہیں — کسی دوسرے گروپ کی پرانی کاپی اسے واپس نہیں لا سکتی۔

یہ عمل واپس نہیں ہو سکتا (پرانے بیک اپ ان تفصیلات کو اس وقت تک رکھتے ہیں جب تک ان کی جگہ نئے بیک اپ نہ آ جائیں)۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Anonymise %1?</source>
        <translation>%1 کو گمنام کریں؟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase %1?</source>
        <translation>%1 کو مٹائیں؟</translation>
    </message>
</context>
<context>
    <name>ExchangeFolderDialog</name>
    <message>
        <location filename="../../civicdesk/ui/exchange.py" line="+131"/>
        <location line="+14"/>
        <source>Exchange folder</source>
        <translation>تبادلے کا فولڈر</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>If your groups share a folder — a USB stick, Syncthing or Nextcloud — CivicDesk can watch it. Each new bundle that appears there opens the usual preview, once; nothing is applied until you press Apply. Bundles you send are saved there too. Keep this folder for bundles only: your database itself never goes in a shared folder.</source>
        <translation>اگر آپ کے گروپ کوئی فولڈر مشترکہ طور پر استعمال کرتے ہیں — USB اسٹک، Syncthing یا Nextcloud — تو CivicDesk اس پر نظر رکھ سکتا ہے۔ وہاں آنے والا ہر نیا بنڈل ایک بار معمول کا پیش نظارہ کھولتا ہے؛ جب تک آپ “لاگو کریں” نہ دبائیں کچھ بھی لاگو نہیں ہوتا۔ آپ کے بھیجے ہوئے بنڈل بھی وہیں محفوظ ہوتے ہیں۔ یہ فولڈر صرف بنڈلوں کے لیے رکھیں: آپ کا ڈیٹا بیس خود کبھی کسی مشترکہ فولڈر میں نہیں جاتا۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not watching any folder</source>
        <translation>کسی فولڈر پر نظر نہیں رکھی جا رہی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose folder…</source>
        <translation>فولڈر &amp;منتخب کریں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop watching</source>
        <translation>نظر رکھنا &amp;بند کریں</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Folder to watch for bundles</source>
        <translation>وہ فولڈر جس میں بنڈلوں کا انتظار کیا جائے</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../civicdesk/ui/importing/wizard.py" line="-303"/>
        <source>Choose a file</source>
        <translation>فائل منتخب کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A spreadsheet (CSV or Excel), an Open Referral file or folder, GeoJSON, or an OpenStreetMap .osm file.</source>
        <translation>اسپریڈشیٹ (CSV یا Excel)، Open Referral فائل یا فولڈر، GeoJSON، یا OpenStreetMap کی ‎.osm فائل۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File to import</source>
        <translation>درآمد کرنے کی فائل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;براؤز کریں…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What each row is</source>
        <translation>ہر قطار کیا ہے</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File:</source>
        <translation>&amp;فائل:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each row is &amp;a:</source>
        <translation>ہر قطار کی &amp;قسم:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import from</source>
        <translation>درآمد کے لیے فائل منتخب کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importable files (*.csv *.tsv *.txt *.xlsx *.json *.geojson *.osm);;All files (*)</source>
        <translation>درآمد کے قابل فائلیں (*.csv *.tsv *.txt *.xlsx *.json *.geojson *.osm);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: there is no such file</source>
        <translation>%1: ایسی کوئی فائل موجود نہیں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>درآمد</translation>
    </message>
</context>
<context>
    <name>FunderPackButton</name>
    <message>
        <location filename="../../civicdesk/ui/money/funder_button.py" line="+23"/>
        <source>&amp;Funder pack…</source>
        <translation>فنڈ دہندگان کا &amp;پیک…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a PDF for grant-makers: who uses the space, its income and costs, the work it needs, its health checks and compliance</source>
        <translation>گرانٹ دینے والے اداروں کے لیے PDF محفوظ کریں: جگہ کون استعمال کرتا ہے، اس کی آمدنی اور اخراجات، اسے درکار کام، اس کی صحت کی جانچیں اور تعمیل</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the funder pack</source>
        <translation>فنڈ دہندگان کا پیک محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Funder pack saved</source>
        <translation>فنڈ دہندگان کا پیک محفوظ ہو گیا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved {0}. Open it now?</source>
        <translation>محفوظ ہو گیا: {0}۔ ابھی کھولیں؟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Funder pack not saved</source>
        <translation>فنڈ دہندگان کا پیک محفوظ نہیں ہوا</translation>
    </message>
</context>
<context>
    <name>GraphicsExport</name>
    <message>
        <location filename="../../civicdesk/ui/graphics_export.py" line="+78"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG تصاویر (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF دستاویزات (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export</source>
        <translation>برآمد</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/group.py" line="+26"/>
        <source>&amp;Details</source>
        <translation>&amp;تفصیلات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ontact</source>
        <translation>&amp;رابطہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where and when it &amp;meets</source>
        <translation>ملاقات کی &amp;جگہ اور وقت</translation>
    </message>
    <message>
        <location line="+53"/>
        <location filename="../../forms/group_editor.ui" line="+211"/>
        <source>Contact</source>
        <translation>رابطہ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New group</source>
        <translation>نیا گروپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group: %1</source>
        <translation>گروپ: %1</translation>
    </message>
    <message>
        <location filename="../../forms/group_editor.ui" line="-197"/>
        <source>Group</source>
        <translation>گروپ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Details</source>
        <translation>تفصیلات</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind:</source>
        <translation>&amp;قسم:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind of group</source>
        <translation>گروپ کی قسم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;حیثیت:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>D&amp;escription:</source>
        <translation>&amp;وضاحت:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Description</source>
        <translation>وضاحت</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Activities:</source>
        <translation>&amp;سرگرمیاں:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+60"/>
        <source>separate with commas</source>
        <translation>کوما (,) سے الگ کریں</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Activities</source>
        <translation>سرگرمیاں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;udiences:</source>
        <translation>&amp;کن لوگوں کے لیے:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example families, older people</source>
        <translation>مثلاً خاندان, بزرگ افراد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audiences</source>
        <translation>کن لوگوں کے لیے</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Languages:</source>
        <translation>&amp;زبانیں:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example English, Polish</source>
        <translation>مثلاً انگریزی, پولش</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Languages</source>
        <translation>زبانیں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ta&amp;gs:</source>
        <translation>&amp;ٹیگز:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tags</source>
        <translation>ٹیگز</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Contact &amp;name:</source>
        <translation>رابطے کے لیے &amp;نام:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>who people should ask for</source>
        <translation>لوگ کس سے بات کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact name</source>
        <translation>رابطے کے لیے نام</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Email:</source>
        <translation>&amp;ای میل:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact email</source>
        <translation>رابطے کی ای میل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Phone:</source>
        <translation>&amp;فون:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example 0113 496 0000</source>
        <translation>مثلاً 0113 496 0000</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact phone</source>
        <translation>رابطے کا فون</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Website:</source>
        <translation>&amp;ویب سائٹ:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website</source>
        <translation>ویب سائٹ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Charity number:</source>
        <translation>&amp;چیریٹی نمبر:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Charity number</source>
        <translation>چیریٹی نمبر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Company n&amp;umber:</source>
        <translation>&amp;کمپنی نمبر:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Company number</source>
        <translation>کمپنی نمبر</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Where and when it meets</source>
        <translation>ملاقات کی جگہ اور وقت</translation>
    </message>
</context>
<context>
    <name>HealthCheckDialog</name>
    <message>
        <location filename="../../civicdesk/ui/health/check_form.py" line="+54"/>
        <source>Health check: {0}</source>
        <translation>صحت کی جانچ: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health check</source>
        <translation>صحت کی جانچ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer each question for how things are now. The score and status update as you go; saving adds a new dated check and keeps the old ones.</source>
        <translation>ہر سوال کا جواب موجودہ صورتِ حال کے مطابق دیں۔ اسکور اور حیثیت ساتھ ساتھ بدلتے رہتے ہیں؛ محفوظ کرنے سے تاریخ کے ساتھ ایک نئی جانچ شامل ہو جاتی ہے اور پرانی جانچیں بھی باقی رہتی ہیں۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose…</source>
        <translation>منتخب کریں…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checked on</source>
        <translation>جانچ کی تاریخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who answered (optional)</source>
        <translation>جواب کس نے دیے (اختیاری)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessor</source>
        <translation>جانچ کرنے والا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anything the committee should know (optional)</source>
        <translation>کوئی بات جو کمیٹی کو معلوم ہونی چاہیے (اختیاری)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Score: answer %Ln more question(s) to see it</source>
        <translation>
            <numerusform>اسکور: دیکھنے کے لیے مزید %Ln سوال کا جواب دیں</numerusform>
            <numerusform>اسکور: دیکھنے کے لیے مزید %Ln سوالوں کے جواب دیں</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Score: {0} out of 100 — {1}</source>
        <translation>اسکور: 100 میں سے {0} — {1}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Health check not saved</source>
        <translation>صحت کی جانچ محفوظ نہیں ہوئی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a space</source>
        <translation>ایک جگہ</translation>
    </message>
</context>
<context>
    <name>HealthDashboard</name>
    <message>
        <location filename="../../civicdesk/ui/health/dashboard.py" line="+49"/>
        <source>never</source>
        <translation>کبھی نہیں</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&lt;b&gt;What needs attention&lt;/b&gt;</source>
        <translation>&lt;b&gt;کن چیزوں پر توجہ درکار ہے&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All categories</source>
        <translation>تمام زمرے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All owners</source>
        <translation>تمام مالکان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>تازہ کریں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Category:</source>
        <translation>&amp;زمرہ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Owner:</source>
        <translation>&amp;مالک:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Space</source>
        <translation>جگہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>تاخیر شدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Item</source>
        <translation>مد</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Was due</source>
        <translation>مقررہ تاریخ تھی</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <location line="+10"/>
        <source>Days overdue</source>
        <translation>تاخیر کے دن</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Due within 30 days</source>
        <translation>30 دن میں واجب</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>Due</source>
        <translation>مقررہ تاریخ</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+13"/>
        <source>Days left</source>
        <translation>باقی دن</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>At risk</source>
        <translation>خطرے میں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>اسکور</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Last checked</source>
        <translation>آخری جانچ</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>ACV listing ending</source>
        <translation>ACV فہرست بندی ختم ہو رہی ہے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listing ends</source>
        <translation>فہرست بندی کا اختتام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listed on</source>
        <translation>فہرست میں شمولیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposal notice</source>
        <translation>فروخت کا نوٹس</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not checked in 12 months</source>
        <translation>12 ماہ سے جانچ نہیں ہوئی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kit not returned</source>
        <translation>سامان واپس نہیں ہوا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kit</source>
        <translation>سامان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borrowed by</source>
        <translation>ادھار لینے والا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Was due back</source>
        <translation>واپسی کی تاریخ تھی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looked after by</source>
        <translation>نگہداشت کرنے والا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unpaid invoices</source>
        <translation>غیر ادا شدہ انوائسیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>انوائس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hirer</source>
        <translation>کرایہ دار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed</source>
        <translation>واجب الادا</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Loading…</source>
        <translation>لوڈ ہو رہا ہے…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The health lists could not be loaded.</source>
        <translation>صحت کی فہرستیں لوڈ نہیں ہو سکیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>صحت</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>On {0}: {1} overdue, {2} due within 30 days, {3} spaces at risk, {4} ACV listings ending within 6 months, {5} spaces never checked and {6} not checked in the last 12 months; {7} pieces of kit not returned; {8} invoices unpaid, {9} of them overdue. Double-click a row (or press Enter) to open it.</source>
        <translation>بتاریخ {0}: {1} تاخیر شدہ، {2} کی مقررہ تاریخ 30 دن کے اندر، {3} جگہیں خطرے میں، {4} ACV فہرست بندیاں 6 ماہ کے اندر ختم ہو رہی ہیں، {5} جگہوں کی کبھی جانچ نہیں ہوئی اور {6} کی پچھلے 12 ماہ میں جانچ نہیں ہوئی؛ سامان کی {7} اشیاء واپس نہیں ہوئیں؛ {8} انوائسیں غیر ادا شدہ، جن میں سے {9} تاخیر شدہ۔ کھولنے کے لیے کسی قطار پر ڈبل کلک کریں (یا Enter دبائیں)۔</translation>
    </message>
</context>
<context>
    <name>HealthHistoryWidget</name>
    <message>
        <location filename="../../civicdesk/ui/health/history.py" line="+44"/>
        <location line="+25"/>
        <source>Score</source>
        <translation>اسکور</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>thriving from {0:g}</source>
        <translation>{0:g} سے پھلتی پھولتی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at risk below {0:g}</source>
        <translation>{0:g} سے کم پر خطرے میں</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Hours booked a month (from the diary)</source>
        <translation>ماہانہ بک شدہ گھنٹے (ڈائری سے)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hours</source>
        <translation>گھنٹے</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Show &amp;booked hours from the diary</source>
        <translation>ڈائری سے &amp;بک شدہ گھنٹے دکھائیں</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Adds each month&apos;s booked hours to the chart: figures from the diary, not a rating</source>
        <translation>ہر مہینے کے بک شدہ گھنٹے چارٹ میں شامل کرتا ہے: یہ ڈائری کے اعداد ہیں، درجہ بندی نہیں</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loading…</source>
        <translation>لوڈ ہو رہا ہے…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load the history</source>
        <translation>تاریخچہ لوڈ نہیں ہو سکا</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not read the diary</source>
        <translation>ڈائری پڑھی نہیں جا سکی</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%Ln check(s). Latest on {0}: score {1:g}, {2}.</source>
        <translation>
            <numerusform>%Ln جانچ۔ تازہ ترین: {0}، اسکور {1:g}، {2}۔</numerusform>
            <numerusform>%Ln جانچیں۔ تازہ ترین: {0}، اسکور {1:g}، {2}۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No health checks yet: add one to start the trend.</source>
        <translation>ابھی تک صحت کی کوئی جانچ نہیں: رجحان شروع کرنے کے لیے ایک جانچ شامل کریں۔</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../civicdesk/ui/editors/history.py" line="+56"/>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>کس نے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Was</source>
        <translation>پہلے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>اب</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this computer</source>
        <translation>یہ کمپیوٹر</translation>
    </message>
    <message>
        <location filename="../../forms/history_dialog.ui" line="+14"/>
        <source>History</source>
        <translation>تاریخچہ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every change to this record, oldest first.</source>
        <translation>اس ریکارڈ کی ہر تبدیلی، پرانی سے نئی کی ترتیب میں۔</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Change history</source>
        <translation>تبدیلیوں کا تاریخچہ</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../civicdesk/ui/importing/wizard.py" line="+267"/>
        <source>Importing</source>
        <translation>درآمد جاری ہے</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Stop</source>
        <translation>&amp;روکیں</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing…</source>
        <translation>درآمد ہو رہا ہے…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopping…</source>
        <translation>روکا جا رہا ہے…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported.</source>
        <translation>کچھ بھی درآمد نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>درآمد</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location line="-406"/>
        <source>Import</source>
        <translation>درآمد</translation>
    </message>
</context>
<context>
    <name>InactivityLock</name>
    <message>
        <location filename="../../civicdesk/ui/security/lock.py" line="+209"/>
        <source>CivicDesk is locked</source>
        <translation>CivicDesk مقفل ہے</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>That passphrase is not right. Please try again.</source>
        <translation>یہ پاس فریز درست نہیں۔ براہِ کرم دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../civicdesk/ui/money/invoice_dialog.py" line="+61"/>
        <location line="+1"/>
        <source>New invoice</source>
        <translation>نئی انوائس</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;To:</source>
        <translation>&amp;بنام:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To (the hirer)</source>
        <translation>بنام (کرایہ دار)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional, on one line</source>
        <translation>اختیاری، ایک سطر میں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their &amp;address:</source>
        <translation>ان کا &amp;پتہ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their address</source>
        <translation>ان کا پتہ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dat&amp;e:</source>
        <translation>&amp;تاریخ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoice date</source>
        <translation>انوائس کی تاریخ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>وضاحت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price each (£)</source>
        <translation>فی عدد قیمت (£)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Li&amp;nes:</source>
        <translation>سط&amp;ریں:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+98"/>
        <source>Lines of the invoice</source>
        <translation>انوائس کی سطریں</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Add a &amp;line</source>
        <translation>سطر &amp;شامل کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove the line</source>
        <translation>سطر &amp;ہٹائیں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Booking:</source>
        <translation>بک&amp;نگ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A booking whose dates to add</source>
        <translation>وہ بکنگ جس کی تاریخیں شامل کرنی ہیں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its dates &amp;from:</source>
        <translation>اس کی تاریخیں کب &amp;سے:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charge the booking&apos;s dates from</source>
        <translation>بکنگ کی تاریخوں کا کرایہ اس تاریخ سے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;until:</source>
        <translation>کب ت&amp;ک:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charge the booking&apos;s dates until</source>
        <translation>بکنگ کی تاریخوں کا کرایہ اس تاریخ تک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;its dates</source>
        <translation>&amp;اس کی تاریخیں شامل کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the booking&apos;s dates as a line</source>
        <translation>بکنگ کی تاریخیں ایک سطر کے طور پر شامل کریں</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Total: %1</source>
        <translation>کل: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total: a line&apos;s quantity or price is not a number yet</source>
        <translation>کل: کسی سطر کی تعداد یا قیمت ابھی عدد نہیں ہے</translation>
    </message>
</context>
<context>
    <name>KitReturned</name>
    <message>
        <location filename="../../civicdesk/ui/editors/lend_anyway.py" line="+91"/>
        <source>Now booked from the waiting list: %1. Let them know it is theirs.</source>
        <translation>انتظار کی فہرست سے اب بکنگ ہو گئی: ⁨%1⁩۔ انہیں بتا دیں کہ سامان انہیں مل گیا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next reserved: %1.</source>
        <translation>اگلی ریزرویشن: ⁨%1⁩۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kit returned</source>
        <translation>سامان واپس آ گیا</translation>
    </message>
</context>
<context>
    <name>KitTab</name>
    <message>
        <location filename="../../civicdesk/ui/builders/kit_tab.py" line="+98"/>
        <source>Kit</source>
        <translation>سامان</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>State</source>
        <translation>کیفیت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reserved for</source>
        <translation>کس کے لیے ریزرو</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>دن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For</source>
        <translation>مقصد</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+72"/>
        <location line="+50"/>
        <source>Reservations</source>
        <translation>ریزرویشنز</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>&amp;Reserve…</source>
        <translation>&amp;ریزرو کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel reservation</source>
        <translation>ریزرویشن &amp;منسوخ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>&amp;اوپر کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;نیچے کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lend now</source>
        <translation>ابھی ادھار &amp;دیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came &amp;back</source>
        <translation>&amp;واپس آ گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up the waiting list</source>
        <translation>انتظار کی فہرست میں اوپر کریں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Kit:</source>
        <translation>&amp;سامان:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Waiting, #%1</source>
        <translation>انتظار میں، نمبر %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 to %2</source>
        <translation>%1 تا %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing reserved ahead. Press Reserve… to hold it for a date.</source>
        <translation>آگے کے لیے کچھ ریزرو نہیں۔ کسی تاریخ کے لیے اسے روکنے کو “ریزرو کریں…” دبائیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reserved first, by date; then the waiting list, in order. When a reservation is cancelled or the kit comes back early, the first on the waiting list that fits is booked.</source>
        <translation>پہلے ریزرویشنز، تاریخ کے لحاظ سے؛ پھر انتظار کی فہرست، ترتیب سے۔ جب کوئی ریزرویشن منسوخ ہو یا سامان جلدی واپس آ جائے تو انتظار کی فہرست میں جو پہلا موزوں ہو اس کی بکنگ ہو جاتی ہے۔</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Booked from the waiting list: %1</source>
        <translation>انتظار کی فہرست سے بکنگ ہو گئی: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel reservation</source>
        <translation>ریزرویشن منسوخ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the reservation for %1?</source>
        <translation>⁨%1⁩ کی ریزرویشن منسوخ کریں؟</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lend now</source>
        <translation>ابھی ادھار دیں</translation>
    </message>
</context>
<context>
    <name>LendAnywayDialog</name>
    <message>
        <location filename="../../civicdesk/ui/editors/lend_anyway.py" line="-64"/>
        <source>Kit overdue</source>
        <translation>سامان کی واپسی میں تاخیر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the holder you can lend it anyway: your name, today&apos;s date and the reason are recorded on the loan and shown with it.</source>
        <translation>سامان آپ کے پاس ہے، اس لیے آپ پھر بھی اسے ادھار دے سکتے ہیں: آپ کا نام، آج کی تاریخ اور وجہ ادھار کے ساتھ درج ہو جاتی ہیں اور اسی کے ساتھ دکھائی جاتی ہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreed by</source>
        <translation>منظوری دینے والا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your name</source>
        <translation>آپ کا نام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why lend anyway</source>
        <translation>پھر بھی ادھار دینے کی وجہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: the fun day needs it; the mower is being mended</source>
        <translation>مثلاً: تفریحی دن کے لیے اس کی ضرورت ہے؛ گھاس کاٹنے کی مشین مرمت میں ہے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed &amp;by:</source>
        <translation>&amp;منظوری دینے والا:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why:</source>
        <translation>&amp;وجہ:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Lend anyway</source>
        <translation>پھر بھی &amp;ادھار دیں</translation>
    </message>
</context>
<context>
    <name>LoanEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/subrecords.py" line="+167"/>
        <source>Lent despite overdue kit</source>
        <translation>تاخیر شدہ سامان کے باوجود ادھار دیا گیا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lent despite overdue kit: agreed by %1 on %2 (%3)</source>
        <translation>تاخیر شدہ سامان کے باوجود ادھار دیا گیا: ⁨%2⁩ کو ⁨%1⁩ کی منظوری سے (⁨%3⁩)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>loan to %1</source>
        <translation>%1 کو ادھار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lend this kit</source>
        <translation>یہ سامان ادھار دیں</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../forms/loan_editor.ui" line="+14"/>
        <source>Loan</source>
        <translation>ادھار</translation>
    </message>
    <message>
        <location filename="../../forms/loan_editor.ui" line="+14"/>
        <source>&amp;Borrower:</source>
        <translation>&amp;ادھار لینے والا:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Borrower</source>
        <translation>ادھار لینے والا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Out on:</source>
        <translation>ادھار &amp;دینے کی تاریخ:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lent out on</source>
        <translation>ادھار دینے کی تاریخ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Due back:</source>
        <translation>&amp;واپسی کی مقررہ تاریخ:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Due back on</source>
        <translation>واپسی کی مقررہ تاریخ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Returned on:</source>
        <translation>&amp;لوٹانے کی تاریخ:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Returned on</source>
        <translation>لوٹانے کی تاریخ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Notes:</source>
        <translation>&amp;نوٹس:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
</context>
<context>
    <name>LoansPanel</name>
    <message>
        <location filename="../../civicdesk/ui/editors/relations.py" line="+243"/>
        <source>Borrower</source>
        <translation>ادھار لینے والا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out</source>
        <translation>دیا گیا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due back</source>
        <translation>واپسی کی تاریخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned</source>
        <translation>واپس آیا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loans</source>
        <translation>ادھار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who has borrowed this kit, latest first.</source>
        <translation>یہ سامان کس کس نے ادھار لیا، تازہ ترین پہلے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the record first to add loans.</source>
        <translation>ادھار شامل کرنے کے لیے پہلے ریکارڈ محفوظ کریں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not yet</source>
        <translation>ابھی نہیں</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../civicdesk/ui/security/lock.py" line="-213"/>
        <source>CivicDesk is locked</source>
        <translation>CivicDesk مقفل ہے</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It locked itself after a while without use, because the database is encrypted. Type the passphrase to carry on where you left off.</source>
        <translation>کچھ دیر استعمال نہ ہونے پر یہ خود بخود مقفل ہو گیا، کیونکہ ڈیٹا بیس خفیہ کردہ ہے۔ جہاں چھوڑا تھا وہیں سے جاری رکھنے کے لیے پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>پاس فریز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>&amp;قفل کھولیں</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../civicdesk/ui/main_window.py" line="+96"/>
        <source>Views</source>
        <translation>مناظر</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opening your neighbourhood’s records…</source>
        <translation>آپ کے محلے کے ریکارڈ کھولے جا رہے ہیں…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search</source>
        <translation>تلاش</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Opening the database…</source>
        <translation>ڈیٹا بیس کھولا جا رہا ہے…</translation>
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
            <numerusform>%Ln جگہ</numerusform>
            <numerusform>%Ln جگہیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln گروپ</numerusform>
            <numerusform>%Ln گروپ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln فرد</numerusform>
            <numerusform>%Ln افراد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln tool(s)</source>
        <translation>
            <numerusform>%Ln ٹول</numerusform>
            <numerusform>%Ln ٹولز</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Select a record to delete first.</source>
        <translation>پہلے وہ ریکارڈ منتخب کریں جسے حذف کرنا ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete “%1”?</source>
        <translation>“%1” حذف کریں؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1”? You can undo this with Ctrl+Z, and the record&apos;s history is kept.</source>
        <translation>“%1” حذف کریں؟ آپ Ctrl+Z سے اسے کالعدم کر سکتے ہیں، اور ریکارڈ کا تاریخچہ محفوظ رہتا ہے۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleted “%1”. Press Ctrl+Z to undo.</source>
        <translation>“%1” حذف ہو گیا۔ کالعدم کرنے کے لیے Ctrl+Z دبائیں۔</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>About CivicDesk</source>
        <translation>CivicDesk کے بارے میں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;CivicDesk %1&lt;/h3&gt;&lt;p&gt;Keep the map of your neighbourhood&apos;s social infrastructure.&lt;/p&gt;&lt;p&gt;Database: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Qt %3 · Python&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CivicDesk %1&lt;/h3&gt;&lt;p&gt;اپنے محلے کے سماجی بنیادی ڈھانچے کا نقشہ سنبھال کر رکھیں۔&lt;/p&gt;&lt;p&gt;ڈیٹا بیس: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Qt %3 · Python&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../civicdesk/ui/bundles.py" line="+220"/>
        <source>Save bundle</source>
        <translation>بنڈل محفوظ کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CivicDesk bundles (*.civicdesk)</source>
        <translation>CivicDesk بنڈل (*.civicdesk)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bundle saved</source>
        <translation>بنڈل محفوظ ہو گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1 (%2 records; %3 volunteers&apos; details shared, %4 kept back). </source>
        <translation>محفوظ ہو گیا: ⁨%1⁩ (%2 ریکارڈ؛ %3 رضاکاروں کی تفصیلات شیئر کی گئیں، %4 کی روک لی گئیں)۔ </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not save the bundle</source>
        <translation>بنڈل محفوظ نہیں ہو سکا</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>Receive a bundle</source>
        <translation>بنڈل وصول کریں</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Another bundle is being received; please try again when it is done.</source>
        <translation>ایک اور بنڈل وصول ہو رہا ہے؛ اس کے مکمل ہونے کے بعد دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CivicDesk bundles (*.civicdesk);;All files (*)</source>
        <translation>CivicDesk بنڈل (*.civicdesk);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not read the bundle</source>
        <translation>بنڈل پڑھا نہیں جا سکا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase</source>
        <translation>پاس فریز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle %1 is locked. Its passphrase:</source>
        <translation>بنڈل %1 مقفل ہے۔ اس کا پاس فریز:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This bundle was not applied</source>
        <translation>یہ بنڈل لاگو نہیں ہوا</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bundle applied</source>
        <translation>بنڈل لاگو ہو گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 new, %2 updated, %3 deleted; %4 to review in “Needs review”.</source>
        <translation>%1 نئے، %2 تازہ کردہ، %3 حذف شدہ؛ %4 کا جائزہ “جائزہ درکار” میں لیں۔</translation>
    </message>
    <message>
        <location filename="../../civicdesk/ui/file_actions.py" line="+34"/>
        <source>Example neighbourhood</source>
        <translation>مثالی محلہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The example neighbourhood can only be loaded into an empty database, so that it never mixes with your own records.</source>
        <translation>مثالی محلہ صرف خالی ڈیٹا بیس میں لوڈ کیا جا سکتا ہے، تاکہ یہ کبھی آپ کے اپنے ریکارڈ سے گڈمڈ نہ ہو۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Creating the example neighbourhood…</source>
        <translation>مثالی محلہ بنایا جا رہا ہے…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The example neighbourhood is ready to explore.</source>
        <translation>مثالی محلہ دیکھنے کے لیے تیار ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not create the example</source>
        <translation>مثال نہیں بنائی جا سکی</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backing up…</source>
        <translation>بیک اپ لیا جا رہا ہے…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backed up to %1</source>
        <translation>بیک اپ محفوظ ہو گیا: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup failed</source>
        <translation>بیک اپ ناکام ہو گیا</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore from a backup</source>
        <translation>بیک اپ سے بحال کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CivicDesk backups (*.sqlite3);;All files (*)</source>
        <translation>CivicDesk بیک اپ (*.sqlite3);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace all data?</source>
        <translation>سارا ڈیٹا بدل دیں؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace everything in CivicDesk with the backup “%1”? What is here now is backed up first, so you can go back.</source>
        <translation>CivicDesk میں موجود ہر چیز کو بیک اپ “%1” سے بدل دیں؟ ابھی جو کچھ یہاں ہے اس کا پہلے بیک اپ لیا جاتا ہے، تاکہ آپ واپس جا سکیں۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not restore</source>
        <translation>بحال نہیں ہو سکا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored. The previous state was saved to %1</source>
        <translation>بحال ہو گیا۔ پچھلی حالت یہاں محفوظ کی گئی: %1</translation>
    </message>
    <message>
        <location filename="../../civicdesk/ui/lists/view.py" line="+278"/>
        <source>No spaces yet.

Add the halls, libraries, parks, pubs and places of worship people meet in with “Add space”, or start with the example neighbourhood from the File menu.</source>
        <translation>ابھی کوئی جگہ نہیں۔

وہ ہال، لائبریریاں، پارک، پب اور عبادت گاہیں جہاں لوگ ملتے ہیں، “جگہ شامل کریں” سے شامل کریں، یا “فائل” مینو سے مثالی محلے کے ساتھ شروع کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No groups yet.

Add the clubs, charities and associations that run activities with “Add group”.</source>
        <translation>ابھی کوئی گروپ نہیں۔

سرگرمیاں چلانے والے کلب، خیراتی ادارے اور انجمنیں “گروپ شامل کریں” سے شامل کریں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No volunteers yet.

Add the people who hold things together with “Add person”. Their details stay on this computer unless they consent.</source>
        <translation>ابھی کوئی رضاکار نہیں۔

سب کو جوڑے رکھنے والے لوگوں کو “فرد شامل کریں” سے شامل کریں۔ ان کی رضامندی کے بغیر ان کی تفصیلات اسی کمپیوٹر پر رہتی ہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No tools yet.

Add the methods, apps and shared kit your groups use with “Add tool”.</source>
        <translation>ابھی کوئی ٹول نہیں۔

آپ کے گروپ جو طریقے، ایپس اور مشترکہ سامان استعمال کرتے ہیں، انہیں “ٹول شامل کریں” سے شامل کریں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add space</source>
        <translation>جگہ شامل کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add group</source>
        <translation>گروپ شامل کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add person</source>
        <translation>فرد شامل کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add tool</source>
        <translation>ٹول شامل کریں</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not load the list</source>
        <translation>فہرست لوڈ نہیں ہو سکی</translation>
    </message>
    <message>
        <location filename="../../civicdesk/ui/map/view.py" line="+443"/>
        <location filename="../../civicdesk/ui/map_actions.py" line="+39"/>
        <source>Map background</source>
        <translation>نقشے کا پس منظر</translation>
    </message>
    <message>
        <location filename="../../civicdesk/ui/map_actions.py" line="-14"/>
        <source>Choose a map background</source>
        <translation>نقشے کا پس منظر منتخب کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MBTiles maps (*.mbtiles);;All files (*)</source>
        <translation>MBTiles نقشے (*.mbtiles);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open the map or the network view to export it.</source>
        <translation>برآمد کرنے کے لیے نقشہ یا نیٹ ورک کا منظر کھولیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export view</source>
        <translation>منظر برآمد کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG image (*.png)</source>
        <translation>PNG تصویر (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF دستاویز (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not export</source>
        <translation>برآمد نہیں ہو سکا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %1</source>
        <translation>محفوظ ہو گیا: %1</translation>
    </message>
    <message>
        <location filename="../../civicdesk/ui/menus.py" line="+72"/>
        <source>&amp;File</source>
        <translation>&amp;فائل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;نیا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New record in this view</source>
        <translation>اس منظر میں نیا ریکارڈ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Space</source>
        <translation>&amp;جگہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group</source>
        <translation>&amp;گروپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person</source>
        <translation>&amp;فرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tool</source>
        <translation>&amp;ٹول</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load the &amp;example neighbourhood</source>
        <translation>&amp;مثالی محلہ لوڈ کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import a spreadsheet or map data…</source>
        <translation>اسپریڈشیٹ یا نقشے کا ڈیٹا &amp;درآمد کریں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print directory…</source>
        <translation>&amp;ڈائریکٹری پرنٹ کریں…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Send to another group…</source>
        <translation>دوسرے گروپ کو &amp;بھیجیں…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Receive a bundle…</source>
        <translation>بنڈل &amp;وصول کریں…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Watch an exchange folder…</source>
        <translation>&amp;تبادلے کے فولڈر پر نظر رکھیں…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose &amp;map background…</source>
        <translation>نقشے کا &amp;پس منظر منتخب کریں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export view as PN&amp;G…</source>
        <translation>منظر کو PN&amp;G میں برآمد کریں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export view as PD&amp;F…</source>
        <translation>منظر کو PD&amp;F میں برآمد کریں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back up now</source>
        <translation>&amp;ابھی بیک اپ لیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Res&amp;tore from a backup…</source>
        <translation>بیک اپ سے بحا&amp;ل کریں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database se&amp;curity…</source>
        <translation>ڈیٹا بیس کی &amp;حفاظت…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock now</source>
        <translation>ابھی &amp;قفل لگائیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;خارج ہوں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;ترمیم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;کالعدم کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;دوبارہ کریں</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open selected</source>
        <translation>منتخب &amp;ریکارڈ کھولیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete selected…</source>
        <translation>منتخب ریکارڈ &amp;حذف کریں…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find…</source>
        <translation>&amp;تلاش کریں…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se&amp;ttings…</source>
        <translation>ترتی&amp;بات…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;منظر</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;load</source>
        <translation>دوبارہ &amp;لوڈ کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>مد&amp;د</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CivicDesk</source>
        <translation>CivicDesk کے &amp;بارے میں</translation>
    </message>
    <message>
        <location filename="../../civicdesk/ui/security/context.py" line="+38"/>
        <source>Only an encrypted database can be locked: see File › Database security.</source>
        <translation>صرف خفیہ کردہ ڈیٹا بیس ہی مقفل کیا جا سکتا ہے: “فائل” مینو میں “ڈیٹا بیس کی حفاظت” دیکھیں۔</translation>
    </message>
    <message>
        <location filename="../../civicdesk/ui/security/convert.py" line="+34"/>
        <source>Changing the passphrase…</source>
        <translation>پاس فریز تبدیل ہو رہا ہے…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting the database…</source>
        <translation>ڈیٹا بیس خفیہ کیا جا رہا ہے…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removing the encryption…</source>
        <translation>خفیہ کاری ہٹائی جا رہی ہے…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The passphrase was changed; the old one no longer opens the database.</source>
        <translation>پاس فریز تبدیل ہو گیا؛ پرانا پاس فریز اب ڈیٹا بیس نہیں کھولتا۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is now encrypted.</source>
        <translation>ڈیٹا بیس اب خفیہ کردہ ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is no longer encrypted.</source>
        <translation>ڈیٹا بیس اب خفیہ کردہ نہیں رہا۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not change the encryption</source>
        <translation>خفیہ کاری تبدیل نہیں ہو سکی</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../../civicdesk/ui/map/canvas.py" line="+320"/>
        <source>Bubbles: ring = mix of categories,</source>
        <translation>بلبلے: حلقہ = زمروں کا ملاپ،</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>red badge = how many at risk</source>
        <translation>سرخ نشان = کتنی خطرے میں</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../civicdesk/ui/map/view.py" line="-356"/>
        <location line="+17"/>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>Owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Basemap…</source>
        <translation>پس منظر کا نقشہ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show an offline map (an .mbtiles file) under the markers</source>
        <translation>نشانات کے نیچے آف لائن نقشہ دکھائیں (‎.mbtiles فائل)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>برآمد کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As a picture (PNG)…</source>
        <translation>تصویر کے طور پر (PNG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a PDF…</source>
        <translation>PDF کے طور پر…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Space without a location</source>
        <translation>مقام کے بغیر جگہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+244"/>
        <source>Place on map</source>
        <translation>نقشے پر رکھیں</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>Then click on the map where the chosen space is</source>
        <translation>پھر نقشے پر وہاں کلک کریں جہاں منتخب جگہ ہے</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not on the map yet:</source>
        <translation>ابھی نقشے پر نہیں:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scroll to zoom, drag the map to move around. Click a marker to open the space; drag a marker to change where it is (Undo puts it back).</source>
        <translation>زوم کرنے کے لیے اسکرول کریں، ادھر ادھر جانے کے لیے نقشہ گھسیٹیں۔ جگہ کھولنے کے لیے نشان پر کلک کریں؛ اس کا مقام بدلنے کے لیے نشان کو گھسیٹیں (“کالعدم کریں” اسے واپس لے آتا ہے)۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+57"/>
        <source>any</source>
        <translation>کوئی بھی</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Map</source>
        <translation>نقشہ</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 ownership</source>
        <translation>ملکیت: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%1 of %Ln space(s) shown</source>
        <translation>
            <numerusform>دکھائی گئی جگہیں: %Ln میں سے %1</numerusform>
            <numerusform>دکھائی گئی جگہیں: %Ln میں سے %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 without a location</source>
        <translation>%1 بغیر مقام کے</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Move space</source>
        <translation>جگہ منتقل کریں</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> (online)</source>
        <translation> (آن لائن)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Click on the map where “%1” is (drag to move the map; Esc cancels).</source>
        <translation>نقشے پر وہاں کلک کریں جہاں “%1” ہے (نقشہ ہلانے کے لیے گھسیٹیں؛ Esc سے منسوخ)۔</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Choose an offline map</source>
        <translation>آف لائن نقشہ منتخب کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline maps (*.mbtiles);;All files (*)</source>
        <translation>آف لائن نقشے (*.mbtiles);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Basemap</source>
        <translation>پس منظر کا نقشہ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Map of spaces</source>
        <translation>جگہوں کا نقشہ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the map</source>
        <translation>نقشہ برآمد کریں</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../civicdesk/ui/importing/wizard.py" line="+170"/>
        <source>Match columns to fields</source>
        <translation>کالموں کو خانوں سے ملائیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CivicDesk guessed from the column names and contents. Change anything that is wrong; choose “(not imported)” to leave a column out.</source>
        <translation>CivicDesk نے کالموں کے ناموں اور مواد سے اندازہ لگایا ہے۔ جو غلط ہو اسے بدل دیں؛ کسی کالم کو چھوڑنے کے لیے “(درآمد نہیں ہوگا)” منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns of the file and the fields they fill</source>
        <translation>فائل کے کالم اور وہ خانے جنہیں وہ بھرتے ہیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column (first values)</source>
        <translation>کالم (پہلی قدریں)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>خانہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Also</source>
        <translation>مزید</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category for rows that do not say</source>
        <translation>ان قطاروں کا زمرہ جن میں زمرہ درج نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save mapping…</source>
        <translation>میپنگ &amp;محفوظ کریں…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Category for rows that do not say:</source>
        <translation>جن قطاروں میں درج &amp;نہ ہو ان کا زمرہ:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Empty in every row</source>
        <translation>ہر قطار میں خالی</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field for column %1</source>
        <translation>کالم %1 کا خانہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not imported)</source>
        <translation>(درآمد نہیں ہوگا)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to read column %1</source>
        <translation>کالم %1 کو کیسے پڑھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as it is</source>
        <translation>جیسا ہے</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(guess from the name)</source>
        <translation>(نام سے اندازہ)</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+6"/>
        <source>Save mapping</source>
        <translation>میپنگ محفوظ کریں</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Mapping (*.json)</source>
        <translation>میپنگ (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the column that holds the name.</source>
        <translation>وہ کالم منتخب کریں جس میں نام ہے۔</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/subrecords.py" line="-141"/>
        <source>space</source>
        <translation>جگہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, or leave it empty for a meeting online</source>
        <translation>، یا آن لائن ملاقات کے لیے اسے خالی چھوڑ دیں</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the times</source>
        <translation>اوقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a meeting place</source>
        <translation>ملاقات کی جگہ شامل کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting place</source>
        <translation>ملاقات کی جگہ</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="+14"/>
        <source>Meeting</source>
        <translation>ملاقات</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Where:</source>
        <translation>&amp;کہاں:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Space where it meets</source>
        <translation>وہ جگہ جہاں ملاقات ہوتی ہے</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Days:</source>
        <translation>&amp;دن:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days</source>
        <translation>دن</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Starts:</source>
        <translation>&amp;شروع:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start time</source>
        <translation>شروع ہونے کا وقت</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Ends:</source>
        <translation>&amp;ختم:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>End time</source>
        <translation>ختم ہونے کا وقت</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;How often:</source>
        <translation>کتنی &amp;بار:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How often</source>
        <translation>کتنی بار</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>N&amp;otes:</source>
        <translation>&amp;نوٹس:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example term time only</source>
        <translation>مثلاً صرف اسکول کے دنوں میں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <location filename="../../civicdesk/ui/editors/relations.py" line="-88"/>
        <source>Where</source>
        <translation>کہاں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where and when the group meets</source>
        <translation>گروپ کی ملاقات کی جگہ اور وقت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The places this group meets and when. Double-click a row to change it.</source>
        <translation>یہ گروپ کن جگہوں پر اور کب ملتا ہے۔ تبدیلی کے لیے کسی قطار پر ڈبل کلک کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the record first to add where and when the group meets.</source>
        <translation>ملاقات کی جگہ اور وقت شامل کرنے کے لیے پہلے ریکارڈ محفوظ کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Online or no fixed place</source>
        <translation>آن لائن یا کوئی مقررہ جگہ نہیں</translation>
    </message>
</context>
<context>
    <name>MoneyPanel</name>
    <message>
        <location filename="../../civicdesk/ui/money/panel.py" line="+118"/>
        <source>Loading…</source>
        <translation>لوڈ ہو رہا ہے…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amounts are in pounds. Hire income counts the payments against invoices.</source>
        <translation>رقمیں پاؤنڈ میں ہیں۔ کرائے کی آمدنی میں انوائسوں کے عوض ملنے والی ادائیگیاں شمار ہوتی ہیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add &amp;income…</source>
        <translation>&amp;آمدنی شامل کریں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State the r&amp;eserves…</source>
        <translation>مالی &amp;ذخائر درج کریں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New in&amp;voice…</source>
        <translation>&amp;نئی انوائس…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pri&amp;nt…</source>
        <translation>&amp;پرنٹ…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Add a &amp;cost…</source>
        <translation>&amp;خرچ شامل کریں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add w&amp;ork…</source>
        <translation>&amp;کام شامل کریں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice a &amp;booking…</source>
        <translation>&amp;بکنگ کی انوائس…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record a payment…</source>
        <translation>&amp;ادائیگی درج کریں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete</source>
        <translation>&amp;حذف کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money se&amp;ttings…</source>
        <translation>مالیات کی &amp;ترتیبات…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+152"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+8"/>
        <location line="+170"/>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location line="-177"/>
        <location line="+140"/>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Amount</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+149"/>
        <source>Description</source>
        <translation>وضاحت</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Work</source>
        <translation>کام</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+175"/>
        <source>Urgency</source>
        <translation>فوریت</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+8"/>
        <source>Due</source>
        <translation>مقررہ تاریخ</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Estimated cost</source>
        <translation>تخمینی لاگت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hirer</source>
        <translation>کرایہ دار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>تاریخِ اجرا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>کل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still owed</source>
        <translation>ابھی واجب الادا</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+84"/>
        <source>Income and costs</source>
        <translation>آمدنی اور اخراجات</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+83"/>
        <source>Backlog</source>
        <translation>زیرِ التوا کام</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+82"/>
        <source>Invoices</source>
        <translation>انوائسیں</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+186"/>
        <source>Money</source>
        <translation>مالیات</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>From the accounts: </source>
        <translation>حسابات سے: </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+110"/>
        <source>income</source>
        <translation>آمدنی</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>cost</source>
        <translation>خرچ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reserves</source>
        <translation>مالی ذخائر</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Amount (£)</source>
        <translation>رقم (£)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+96"/>
        <source>optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Add income</source>
        <translation>آمدنی شامل کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a running cost</source>
        <translation>جاری خرچ شامل کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State the reserves held on a date</source>
        <translation>کسی تاریخ پر موجود مالی ذخائر درج کریں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a running cost</source>
        <translation>جاری خرچ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reserves held</source>
        <translation>مالی ذخائر</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Work needed</source>
        <translation>درکار کام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Roof repairs</source>
        <translation>مثلاً چھت کی مرمت</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Estimated cost (£)</source>
        <translation>تخمینی لاگت (£)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due in the year</source>
        <translation>کس سال میں درکار</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add work to the backlog</source>
        <translation>زیرِ التوا کاموں میں کام شامل کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>work to the backlog</source>
        <translation>زیرِ التوا کاموں میں نیا کام</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>please enter who the invoice is for</source>
        <translation>براہِ کرم درج کریں کہ انوائس کس کے نام ہے</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invoice %1</source>
        <translation>انوائس %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose an invoice in the list first.</source>
        <translation>پہلے فہرست میں سے کوئی انوائس منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amount received (£)</source>
        <translation>وصول شدہ رقم (£)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Received on</source>
        <translation>وصولی کی تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>کیسے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>حوالہ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>payment against %1</source>
        <translation>⁨%1⁩ کی ادائیگی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment against %1</source>
        <translation>⁨%1⁩ کی ادائیگی</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Invoice</source>
        <translation>انوائس</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print</source>
        <translation>پرنٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the receipt for the latest payment? (No prints the invoice)</source>
        <translation>تازہ ترین ادائیگی کی رسید پرنٹ کریں؟ (“نہیں” دبانے پر انوائس پرنٹ ہوگی)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save %1</source>
        <translation>%1 محفوظ کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>Not printed</source>
        <translation>پرنٹ نہیں ہوا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved</source>
        <translation>محفوظ ہو گیا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved %1.</source>
        <translation>محفوظ ہو گیا: %1۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete “%1”? Edit ▸ Undo brings it back.</source>
        <translation>“⁨%1⁩” حذف کریں؟ “ترمیم ▸ کالعدم کریں” سے یہ واپس آ جاتا ہے۔</translation>
    </message>
</context>
<context>
    <name>MoneySettingsDialog</name>
    <message>
        <location filename="../../civicdesk/ui/money/settings_dialog.py" line="+36"/>
        <location line="+1"/>
        <source>Money settings</source>
        <translation>مالیات کی ترتیبات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What invoices and receipts print. These stay on this computer; each computer numbers its own invoices under its own prefix.</source>
        <translation>انوائسوں اور رسیدوں پر کیا چھپتا ہے۔ یہ ترتیبات اسی کمپیوٹر پر رہتی ہیں؛ ہر کمپیوٹر اپنی انوائسوں کو اپنے سابقے کے ساتھ نمبر دیتا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Mill Lane Village Hall</source>
        <translation>مثلاً Mill Lane Village Hall</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>eight digits</source>
        <translation>آٹھ ہندسے</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> دن</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pa&amp;yee:</source>
        <translation>&amp;وصول کنندہ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name on invoices</source>
        <translation>انوائسوں پر نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;harity number:</source>
        <translation>&amp;چیریٹی نمبر:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered charity number</source>
        <translation>رجسٹرڈ چیریٹی نمبر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;پتہ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address on invoices</source>
        <translation>انوائسوں پر پتہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account na&amp;me:</source>
        <translation>اکاؤنٹ کا &amp;نام:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bank account name</source>
        <translation>بینک اکاؤنٹ کا نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ort code:</source>
        <translation>سارٹ &amp;کوڈ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sort code</source>
        <translation>سارٹ کوڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account n&amp;umber:</source>
        <translation>&amp;اکاؤنٹ نمبر:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account number</source>
        <translation>اکاؤنٹ نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number &amp;prefix:</source>
        <translation>انوائس نمبر کا &amp;سابقہ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoice number prefix</source>
        <translation>انوائس نمبر کا سابقہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment &amp;terms:</source>
        <translation>ادائیگی کی &amp;مدت:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days to pay an invoice</source>
        <translation>انوائس کی ادائیگی کے لیے دن</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Invoices are numbered PREFIX-0001, receipts PREFIX-R0001</source>
        <translation>انوائسوں کے نمبر PREFIX-0001 کی طرح ہوتے ہیں، رسیدوں کے PREFIX-R0001 کی طرح</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message numerus="yes">
        <location filename="../../civicdesk/ui/network/view.py" line="+67"/>
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln ربط</numerusform>
            <numerusform>%Ln روابط</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show:</source>
        <translation>دکھائیں:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+18"/>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+6"/>
        <location line="+140"/>
        <source>any</source>
        <translation>کوئی بھی</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+13"/>
        <source>District</source>
        <translation>ڈسٹرکٹ</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>At most this many records</source>
        <translation>زیادہ سے زیادہ اتنے ریکارڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The most connected records are shown; the findings always are</source>
        <translation>سب سے زیادہ جڑے ہوئے ریکارڈ دکھائے جاتے ہیں؛ نتائج ہمیشہ دکھائے جاتے ہیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At most</source>
        <translation>زیادہ سے زیادہ</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+89"/>
        <source>Working out the network…</source>
        <translation>نیٹ ورک تیار ہو رہا ہے…</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Export</source>
        <translation>برآمد کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As a picture (PNG)…</source>
        <translation>تصویر کے طور پر (PNG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a PDF…</source>
        <translation>PDF کے طور پر…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where the network is thin</source>
        <translation>جہاں نیٹ ورک کمزور ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the network is thin; Enter opens the record</source>
        <translation>جہاں نیٹ ورک کمزور ہے؛ Enter سے ریکارڈ کھلتا ہے</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Where the network is thin&lt;/b&gt;</source>
        <translation>&lt;b&gt;جہاں نیٹ ورک کمزور ہے&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Red rings mark these on the picture. Select one to find it; double-click to open it. People are named only if they agreed to be listed; otherwise by their initials.</source>
        <translation>تصویر پر سرخ حلقے انہیں نمایاں کرتے ہیں۔ کسی کو ڈھونڈنے کے لیے اسے منتخب کریں؛ کھولنے کے لیے ڈبل کلک کریں۔ لوگوں کے نام صرف تب دکھائے جاتے ہیں جب وہ فہرست میں آنے پر رضامند ہوں؛ ورنہ ان کے نام کے پہلے حروف۔</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Network</source>
        <translation>نیٹ ورک</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 records, %3 links shown</source>
        <translation>%2 میں سے %1 ریکارڈ، %3 روابط دکھائے گئے</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Dashed: one group helped another</source>
        <translation>ٹوٹی لکیر: ایک گروپ نے دوسرے کی مدد کی</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>People who hold groups together</source>
        <translation>وہ لوگ جو گروپوں کو جوڑے رکھتے ہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spaces many groups depend on</source>
        <translation>وہ جگہیں جن پر کئی گروپ انحصار کرتے ہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups kept going by one volunteer</source>
        <translation>وہ گروپ جو ایک ہی رضاکار کے سہارے چل رہے ہیں</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None found.</source>
        <translation>کوئی نہیں ملا۔</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Network of groups and spaces</source>
        <translation>گروپوں اور جگہوں کا نیٹ ورک</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the network</source>
        <translation>نیٹ ورک برآمد کریں</translation>
    </message>
    <message>
        <location filename="../../civicdesk/ui/network/canvas.py" line="+66"/>
        <source>group</source>
        <translation>گروپ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>space</source>
        <translation>جگہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tool</source>
        <translation>ٹول</translation>
    </message>
</context>
<context>
    <name>NewKindDialog</name>
    <message>
        <location filename="../../civicdesk/ui/health/compliance_panel.py" line="-197"/>
        <source>New kind of item</source>
        <translation>مد کی نئی قسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example: Defibrillator pads</source>
        <translation>مثلاً: ڈیفبریلیٹر پیڈز</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> months</source>
        <translation> ماہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no fixed renewal</source>
        <translation>تجدید کی کوئی مقررہ مدت نہیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any space</source>
        <translation>کوئی بھی جگہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buildings</source>
        <translation>عمارتیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew every</source>
        <translation>تجدید کی مدت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies to</source>
        <translation>کن پر لاگو</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <location filename="../../civicdesk/ui/builders/dialogs.py" line="-198"/>
        <source>Advice by phone</source>
        <translation>فون پر مشورہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Come and run it</source>
        <translation>آ کر خود چلائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lend</source>
        <translation>ادھار دیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train others</source>
        <translation>دوسروں کو تربیت دیں</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Offer help</source>
        <translation>مدد کی پیشکش کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer your skills or kit to other groups. A volunteer is listed only with their consent to be listed as a builder (on their page, under Consent).</source>
        <translation>اپنی مہارتیں یا سامان دوسرے گروپوں کو پیش کریں۔ کوئی رضاکار صرف اسی صورت میں درج ہوتا ہے جب وہ معمار کے طور پر درج ہونے پر رضامند ہو (اس کے صفحے پر، “رضامندی” کے تحت)۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who offers</source>
        <translation>پیشکش کون کر رہا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group itself</source>
        <translation>خود گروپ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Who offers:</source>
        <translation>پیشکش &amp;کون کر رہا ہے:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Through the group</source>
        <translation>کس گروپ کے ذریعے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the volunteer&apos;s own group if left empty</source>
        <translation>خالی چھوڑیں تو رضاکار کا اپنا گروپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through the &amp;group:</source>
        <translation>کس &amp;گروپ کے ذریعے:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Skills:</source>
        <translation>&amp;مہارتیں:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skills</source>
        <translation>مہارتیں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for example: first aid, PAT testing</source>
        <translation>مثلاً: ابتدائی طبی امداد, PAT ٹیسٹنگ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tool</source>
        <translation>ٹول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tool (if any):</source>
        <translation>&amp;ٹول (اگر ہو):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Areas:</source>
        <translation>&amp;علاقے:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Areas</source>
        <translation>علاقے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>empty: anywhere</source>
        <translation>خالی: کہیں بھی</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How:</source>
        <translation>کیسے:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How &amp;often:</source>
        <translation>کتنی &amp;بار:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How often</source>
        <translation>کتنی بار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for example: once a month</source>
        <translation>مثلاً: مہینے میں ایک بار</translation>
    </message>
</context>
<context>
    <name>OpeningHoursEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/widgets.py" line="-101"/>
        <source>&amp;Tuesday</source>
        <translation>&amp;منگل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>W&amp;ednesday</source>
        <translation>&amp;بدھ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>M&amp;onday</source>
        <translation>پیر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu&amp;rsday</source>
        <translation>&amp;جمعرات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Friday</source>
        <translation>جم&amp;عہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;aturday</source>
        <translation>&amp;ہفتہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;unday</source>
        <translation>&amp;اتوار</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>opens</source>
        <translation>کھلنے کا وقت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closes</source>
        <translation>بند ہونے کا وقت</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Notes:</source>
        <translation>&amp;نوٹس:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example closed on bank holidays</source>
        <translation>مثلاً بینک ہالیڈے پر بند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours notes</source>
        <translation>کھلنے کے اوقات کے نوٹس</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem with the opening hours</source>
        <translation>کھلنے کے اوقات میں مسئلہ</translation>
    </message>
</context>
<context>
    <name>PartyEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/pickers.py" line="+100"/>
        <source>Type a name or choose a group</source>
        <translation>نام لکھیں یا کوئی گروپ منتخب کریں</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../civicdesk/ui/security/passphrase.py" line="+51"/>
        <source>Open the encrypted database</source>
        <translation>خفیہ کردہ ڈیٹا بیس کھولیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is encrypted. Type its passphrase to open it.</source>
        <translation>“%1” خفیہ کردہ ہے۔ اسے کھولنے کے لیے اس کا پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase</source>
        <translation>پاس فریز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember it on this computer (in the keyring)</source>
        <translation>اسے اس کمپیوٹر پر &amp;یاد رکھیں (کی رنگ میں)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open</source>
        <translation>&amp;کھولیں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;پاس فریز:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That passphrase is not right. Please try again.</source>
        <translation>یہ پاس فریز درست نہیں۔ براہِ کرم دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/person.py" line="+24"/>
        <source>&amp;Details</source>
        <translation>&amp;تفصیلات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;onsent</source>
        <translation>&amp;رضامندی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sa&amp;feguarding</source>
        <translation>ت&amp;حفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles in &amp;groups</source>
        <translation>گروپوں میں &amp;کردار</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../forms/person_editor.ui" line="+169"/>
        <source>Home address</source>
        <translation>گھر کا پتہ</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../forms/person_editor.ui" line="+67"/>
        <location line="+6"/>
        <source>DBS check</source>
        <translation>DBS چیک</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>E&amp;xport everything we hold…</source>
        <translation>ہمارے پاس موجود سب کچھ &amp;برآمد کریں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase…</source>
        <translation>مٹائیں…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New person</source>
        <translation>نیا فرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person: %1</source>
        <translation>فرد: %1</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="-228"/>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Details</source>
        <translation>تفصیلات</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Email:</source>
        <translation>&amp;ای میل:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Phone:</source>
        <translation>&amp;فون:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example 07700 900123</source>
        <translation>مثلاً 07700 900123</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;kills:</source>
        <translation>&amp;مہارتیں:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>separate with commas</source>
        <translation>کوما (,) سے الگ کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skills</source>
        <translation>مہارتیں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;vailability:</source>
        <translation>&amp;دستیابی:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example weekday evenings</source>
        <translation>مثلاً پیر تا جمعہ شام کو</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Availability</source>
        <translation>دستیابی</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note&amp;s:</source>
        <translation>&amp;نوٹس:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Home address (private, never printed)</source>
        <translation>گھر کا پتہ (نجی، کبھی پرنٹ نہیں ہوتا)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Consent</source>
        <translation>رضامندی</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick what this person has agreed to, with the date and how they told you. To record a withdrawal, untick it and give the date.</source>
        <translation>اس فرد نے جن باتوں پر رضامندی دی ہے ان پر نشان لگائیں، تاریخ کے ساتھ اور یہ کہ انہوں نے آپ کو کیسے بتایا۔ رضامندی واپس لینے کا اندراج کرنے کے لیے نشان ہٹائیں اور تاریخ درج کریں۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Consents</source>
        <translation>رضامندیاں</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Safeguarding</source>
        <translation>تحفظ</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Roles in groups</source>
        <translation>گروپوں میں کردار</translation>
    </message>
</context>
<context>
    <name>PersonPrivacyActions</name>
    <message>
        <location filename="../../civicdesk/ui/privacy/actions.py" line="+25"/>
        <source>Export everything we hold</source>
        <translation>ہمارے پاس موجود سب کچھ برآمد کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF summary and JSON data (*.pdf)</source>
        <translation>PDF خلاصہ اور JSON ڈیٹا (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not export</source>
        <translation>برآمد نہیں ہو سکا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported</source>
        <translation>برآمد ہو گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything we hold about %1 is in:
%2 (a summary to read)
%3 (all of it, as data)</source>
        <translation>%1 کے بارے میں ہمارے پاس موجود سب کچھ یہاں ہے:
%2 (پڑھنے کے لیے خلاصہ)
%3 (سب کچھ، ڈیٹا کی شکل میں)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not erase</source>
        <translation>مٹایا نہیں جا سکا</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../civicdesk/ui/bundles.py" line="-219"/>
        <source>an unnamed group</source>
        <translation>ایک بے نام گروپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle from %1</source>
        <translation>%1 کی طرف سے بنڈل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From &lt;b&gt;%1&lt;/b&gt;. Their key&apos;s fingerprint: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>بھیجنے والا: &lt;b&gt;%1&lt;/b&gt;۔ ان کی کلید کا فنگر پرنٹ: &lt;b&gt;%2&lt;/b&gt;۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is the first bundle from them: read the fingerprint to them by phone and check it matches theirs before you apply it.</source>
        <translation>یہ ان کی طرف سے پہلا بنڈل ہے: لاگو کرنے سے پہلے فون پر انہیں فنگر پرنٹ پڑھ کر سنائیں اور تصدیق کریں کہ یہ ان کے فنگر پرنٹ سے ملتا ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 new · %2 updated · %3 deleted · %4 to review · %5 unchanged</source>
        <translation>%1 نئے · %2 تازہ کردہ · %3 حذف شدہ · %4 جائزے کے لیے · %5 بغیر تبدیلی</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Apply</source>
        <translation>&amp;لاگو کریں</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 records of a kind this version does not know — kept and passed on</source>
        <translation>%1 ریکارڈ ایسی قسم کے ہیں جسے یہ ورژن نہیں جانتا — محفوظ رکھے گئے اور آگے بھیجے جائیں گے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 record of a kind this version does not know — kept and passed on</source>
        <translation>1 ریکارڈ ایسی قسم کا ہے جسے یہ ورژن نہیں جانتا — محفوظ رکھا گیا اور آگے بھیجا جائے گا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reservations that clash with ours:</source>
        <translation>وہ ریزرویشنز جو ہماری ریزرویشنز سے ٹکراتی ہیں:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A backup is made first; everything is applied at once or not at all.</source>
        <translation>پہلے بیک اپ بنایا جاتا ہے؛ سب کچھ ایک ساتھ لاگو ہوتا ہے یا بالکل نہیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the other group</source>
        <translation>دوسرا گروپ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 reserved it for %3 — the same days as our reservation for %4. Both are kept and wait in Needs review for you to choose who has it.</source>
        <translation>⁨%1⁩: ⁨%2⁩ نے اسے ⁨%3⁩ کے لیے ریزرو کیا ہے — انہی دنوں میں ہماری ریزرویشن ⁨%4⁩ کے لیے ہے۔ دونوں رکھی گئی ہیں اور “جائزہ درکار” میں انتظار کریں گی کہ آپ طے کریں یہ کسے ملے۔</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../civicdesk/ui/importing/wizard.py" line="-157"/>
        <source>Preview</source>
        <translation>پیش نظارہ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First rows of the file</source>
        <translation>فائل کی پہلی قطاریں</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 rows%2. The first %3 are shown.</source>
        <translation>%1 قطاریں%2۔ پہلی %3 دکھائی گئی ہیں۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row %1 has more or fewer cells than the header; it will be listed as failed</source>
        <translation>قطار %1 میں ہیڈر سے زیادہ یا کم خانے ہیں؛ اسے ناکام کے طور پر درج کیا جائے گا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows %1 have more or fewer cells than the header; they will be listed as failed</source>
        <translation>قطاروں %1 میں ہیڈر سے زیادہ یا کم خانے ہیں؛ انہیں ناکام کے طور پر درج کیا جائے گا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (check for a comma in a cell without quotes around it).</source>
        <translation> (دیکھیں کہ کسی خانے میں ایسا کوما تو نہیں جس کے گرد کوٹیشن مارکس نہ ہوں)۔</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../../civicdesk/ui/tools/dialogs.py" line="+42"/>
        <source>Rate “%1”</source>
        <translation>“%1” کی درجہ بندی کریں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group</source>
        <translation>گروپ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Group:</source>
        <translation>&amp;گروپ:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 stars</source>
        <translation>%1 ستارے</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rating:</source>
        <translation>درجہ بندی:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sentence or two for other groups: what worked, what to watch</source>
        <translation>دوسرے گروپوں کے لیے ایک دو جملے: کیا کارآمد رہا، کس بات کا خیال رکھیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>تبصرہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Review:</source>
        <translation>&amp;تبصرہ:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose the group that uses it from the list.</source>
        <translation>فہرست سے وہ گروپ منتخب کریں جو اسے استعمال کرتا ہے۔</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/base.py" line="+72"/>
        <source>Problem saving</source>
        <translation>محفوظ کرنے میں مسئلہ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Histor&amp;y…</source>
        <translation>تاری&amp;خچہ…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Problem with %1</source>
        <translation>%1 میں مسئلہ</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Could not save</source>
        <translation>محفوظ نہیں ہو سکا</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unsaved changes</source>
        <translation>غیر محفوظ تبدیلیاں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your changes to %1 before closing?</source>
        <translation>بند کرنے سے پہلے %1 میں اپنی تبدیلیاں محفوظ کریں؟</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../civicdesk/ui/lists/view.py" line="-229"/>
        <source>any</source>
        <translation>کوئی بھی</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All</source>
        <translation>سب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by %1</source>
        <translation>%1 کے لحاظ سے فلٹر کریں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Columns</source>
        <translation>کالم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose columns</source>
        <translation>کالم منتخب کریں</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Nothing matches these filters.</source>
        <translation>ان فلٹرز سے کچھ نہیں ملتا۔</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../civicdesk/ui/editors/pickers.py" line="-60"/>
        <source>Type to search…</source>
        <translation>تلاش کے لیے لکھیں…</translation>
    </message>
</context>
<context>
    <name>RelationPanel</name>
    <message>
        <location filename="../../civicdesk/ui/editors/relations.py" line="-108"/>
        <source>&amp;Add…</source>
        <translation>&amp;شامل کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;ترمیم کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;ہٹائیں</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1”? You can undo this from the Edit menu.</source>
        <translation>“%1” ہٹائیں؟ آپ اسے “ترمیم” مینو سے کالعدم کر سکتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../civicdesk/ui/builders/dialogs.py" line="+33"/>
        <source>Ask for help</source>
        <translation>مدد مانگیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group asking</source>
        <translation>مدد مانگنے والا گروپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group asking:</source>
        <translation>مدد مانگنے والا &amp;گروپ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What help:</source>
        <translation>&amp;کون سی مدد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What help</source>
        <translation>کون سی مدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: first aid cover for the fun day on 14 June</source>
        <translation>مثلاً: 14 جون کے تفریحی میلے کے لیے ابتدائی طبی امداد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Skills wanted:</source>
        <translation>مطلوبہ &amp;مہارتیں:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skills wanted</source>
        <translation>مطلوبہ مہارتیں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for example: first aid</source>
        <translation>مثلاً: ابتدائی طبی امداد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tool</source>
        <translation>ٹول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tool (if any):</source>
        <translation>&amp;ٹول (اگر ہو):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area:</source>
        <translation>&amp;علاقہ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area</source>
        <translation>علاقہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>where the help is needed</source>
        <translation>جہاں مدد درکار ہے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needed by</source>
        <translation>کب تک درکار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Needed by:</source>
        <translation>کب &amp;تک درکار:</translation>
    </message>
</context>
<context>
    <name>ReserveDialog</name>
    <message>
        <location filename="../../civicdesk/ui/builders/kit_tab.py" line="-216"/>
        <source>Reserve %1</source>
        <translation>⁨%1⁩ ریزرو کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reserved for</source>
        <translation>کس کے لیے ریزرو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved &amp;for:</source>
        <translation>&amp;کس کے لیے ریزرو:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day</source>
        <translation>پہلا دن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;irst day:</source>
        <translation>&amp;پہلا دن:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day</source>
        <translation>آخری دن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last day:</source>
        <translation>&amp;آخری دن:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it is for</source>
        <translation>کس مقصد کے لیے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: street party</source>
        <translation>مثلاً: اسٹریٹ پارٹی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is f&amp;or:</source>
        <translation>کس &amp;مقصد کے لیے:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If it is taken, join the &amp;waiting list</source>
        <translation>اگر پہلے سے بک ہو تو &amp;انتظار کی فہرست میں شامل کریں</translation>
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
        <translation>جائزہ درکار</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Record</source>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept version (everyone sees it)</source>
        <translation>رکھا گیا ورژن (سب کو نظر آتا ہے)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other version</source>
        <translation>دوسرا ورژن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noticed</source>
        <translation>کب پتہ چلا</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Changes that need a decision</source>
        <translation>وہ تبدیلیاں جن پر فیصلہ درکار ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep this version</source>
        <translation>یہ ورژن &amp;رکھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use the other version</source>
        <translation>دوسرا ورژن &amp;استعمال کریں</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>One change from another group clashed with yours.</source>
        <translation>دوسرے گروپ کی ایک تبدیلی آپ کی تبدیلی سے ٹکرا گئی۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changes from other groups clashed with yours.</source>
        <translation>دوسرے گروپوں کی %1 تبدیلیاں آپ کی تبدیلیوں سے ٹکرا گئیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone already sees the kept version; use the other one where it is right.</source>
        <translation>سب کو پہلے ہی رکھا گیا ورژن نظر آ رہا ہے؛ جہاں دوسرا ورژن درست ہو وہاں اسے استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing needs review.

When you receive a bundle from another group and you both changed the same detail without seeing each other&apos;s change — say, a hall&apos;s opening hours — CivicDesk keeps one version so that everyone agrees, and lists the other one here. You can then see both side by side, with who changed what and when, and choose which to keep.</source>
        <translation>کسی چیز کا جائزہ درکار نہیں۔

جب آپ کو کسی دوسرے گروپ سے بنڈل ملے اور آپ دونوں نے ایک دوسرے کی تبدیلی دیکھے بغیر ایک ہی تفصیل بدلی ہو — مثلاً کسی ہال کے کھلنے کے اوقات — تو CivicDesk ایک ورژن رکھ لیتا ہے تاکہ سب متفق رہیں، اور دوسرا ورژن یہاں درج کر دیتا ہے۔ پھر آپ دونوں کو ساتھ ساتھ دیکھ سکتے ہیں، یہ بھی کہ کس نے کیا اور کب بدلا، اور چن سکتے ہیں کہ کون سا رکھنا ہے۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>changed by %1</source>
        <translation>%1 نے بدلا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> on %1</source>
        <translation> بتاریخ %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 for %2 · %3</source>
        <translation>%2 کے لیے %1 · %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kept %1</source>
        <translation>%1 رکھا گیا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used %1</source>
        <translation>%1 استعمال کیا گیا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> for %1 · %2.</source>
        <translation> (%1 · %2 کے لیے)۔</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Done: %1.</source>
        <translation>ہو گیا: %1۔</translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/subrecords.py" line="+12"/>
        <source>group</source>
        <translation>گروپ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a role</source>
        <translation>کردار شامل کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../forms/role_editor.ui" line="+14"/>
        <location line="+44"/>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <location filename="../../forms/role_editor.ui" line="-30"/>
        <source>&amp;Group:</source>
        <translation>&amp;گروپ:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Group</source>
        <translation>گروپ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Role:</source>
        <translation>&amp;کردار:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Since:</source>
        <translation>کب &amp;سے:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Since</source>
        <translation>کب سے</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Until:</source>
        <translation>کب &amp;تک:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Until</source>
        <translation>کب تک</translation>
    </message>
</context>
<context>
    <name>RolesPanel</name>
    <message>
        <location filename="../../civicdesk/ui/editors/relations.py" line="+39"/>
        <source>Group</source>
        <translation>گروپ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>کب سے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>کب تک</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roles in groups</source>
        <translation>گروپوں میں کردار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What this person does in which group. Double-click a row to change it.</source>
        <translation>یہ فرد کس گروپ میں کیا کرتا ہے۔ تبدیلی کے لیے کسی قطار پر ڈبل کلک کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the record first to add roles in groups.</source>
        <translation>گروپوں میں کردار شامل کرنے کے لیے پہلے ریکارڈ محفوظ کریں۔</translation>
    </message>
</context>
<context>
    <name>SafeguardingEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/widgets.py" line="+171"/>
        <source>No check recorded</source>
        <translation>کوئی چیک درج نہیں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check &amp;type:</source>
        <translation>چیک کی &amp;قسم:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DBS check type</source>
        <translation>DBS چیک کی قسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issued on:</source>
        <translation>&amp;جاری ہونے کی تاریخ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DBS check issued on</source>
        <translation>DBS چیک جاری ہونے کی تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Renewal due:</source>
        <translation>&amp;تجدید کی تاریخ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DBS renewal due</source>
        <translation>DBS تجدید کی مقررہ تاریخ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem with the DBS check</source>
        <translation>DBS چیک میں مسئلہ</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../civicdesk/ui/search_box.py" line="+34"/>
        <source>Search spaces, groups, people and tools (Ctrl+K)</source>
        <translation>جگہیں، گروپ، لوگ اور ٹولز تلاش کریں (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search everything</source>
        <translation>ہر چیز میں تلاش کریں</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Nothing found for “%1”</source>
        <translation>“%1” کے لیے کچھ نہیں ملا</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../../civicdesk/ui/security/dialog.py" line="+36"/>
        <source>Database security</source>
        <translation>ڈیٹا بیس کی حفاظت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Encrypt with a passphrase…</source>
        <translation>پاس فریز سے &amp;خفیہ کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove the encryption…</source>
        <translation>خفیہ کاری &amp;ہٹائیں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change the passphrase…</source>
        <translation>پاس فریز &amp;تبدیل کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>نیا پاس فریز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>نیا پاس فریز دوبارہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the passphrase on this computer (in the keyring)</source>
        <translation>پاس فریز اس کمپیوٹر پر یاد رکھیں (کی رنگ میں)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> minutes</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>کبھی نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after minutes without use</source>
        <translation>استعمال کے بغیر اتنے منٹ بعد قفل لگائیں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New &amp;passphrase:</source>
        <translation>نیا &amp;پاس فریز:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same &amp;again:</source>
        <translation>&amp;دوبارہ وہی:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock CivicDesk after:</source>
        <translation>اتنی دیر بعد CivicDesk &amp;مقفل کریں:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This database and its backups are encrypted. To change the passphrase, type the new one twice, then “Change the passphrase…”. CivicDesk locks itself after the time below without use.</source>
        <translation>یہ ڈیٹا بیس اور اس کے بیک اپ خفیہ کردہ ہیں۔ پاس فریز بدلنے کے لیے نیا پاس فریز دو بار لکھیں، پھر “پاس فریز تبدیل کریں…” دبائیں۔ استعمال نہ ہونے پر CivicDesk نیچے دیے گئے وقت کے بعد خود بخود مقفل ہو جاتا ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database is not encrypted: anyone who can read the file can read your volunteers&apos; details. Encrypt it with a passphrase; without the passphrase nobody, not even you, can open it or its backups.</source>
        <translation>یہ ڈیٹا بیس خفیہ کردہ نہیں ہے: جو بھی یہ فائل پڑھ سکتا ہے وہ آپ کے رضاکاروں کی تفصیلات بھی پڑھ سکتا ہے۔ اسے پاس فریز سے خفیہ کریں؛ پاس فریز کے بغیر کوئی بھی، حتیٰ کہ آپ خود بھی، اسے یا اس کے بیک اپ نہیں کھول سکے گا۔</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Change the passphrase</source>
        <translation>پاس فریز تبدیل کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the passphrase the database has now.</source>
        <translation>ڈیٹا بیس کا موجودہ پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>نیا پاس فریز موجودہ پاس فریز جیسا ہی ہے۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the encryption</source>
        <translation>خفیہ کاری ہٹائیں</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../civicdesk/ui/bundles.py" line="-138"/>
        <source>Send to another group</source>
        <translation>دوسرے گروپ کو بھیجیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CivicDesk writes one file with your records to send by email, USB stick or a shared folder. Volunteers&apos; details go in only if they agreed to sharing; the file is locked with a passphrase. Tell the other group the passphrase by phone, not in the same email.</source>
        <translation>CivicDesk آپ کے ریکارڈ کی ایک فائل بناتا ہے جسے ای میل، USB اسٹک یا مشترکہ فولڈر کے ذریعے بھیجا جا سکتا ہے۔ رضاکاروں کی تفصیلات صرف اسی صورت میں شامل ہوتی ہیں جب وہ شیئر کرنے پر رضامند ہوں؛ فائل پاس فریز سے مقفل ہوتی ہے۔ دوسرے گروپ کو پاس فریز فون پر بتائیں، اسی ای میل میں نہیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Any group — everything we have</source>
        <translation>کوئی بھی گروپ — ہمارے پاس موجود سب کچھ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — only what is new to them</source>
        <translation>%1 — صرف وہ جو ان کے لیے نیا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group it is for</source>
        <translation>کس گروپ کے لیے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>پاس فریز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>پاس فریز دوبارہ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;For:</source>
        <translation>&amp;کس کے لیے:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include our &amp;money: income, costs, reserves, backlog, invoices</source>
        <translation>ہماری مالیات بھی &amp;شامل کریں: آمدنی، اخراجات، مالی ذخائر، زیرِ التوا کام، انوائسیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for a group you trust with your finances; CivicDesk remembers it for that group</source>
        <translation>صرف اس گروپ کے لیے جس پر آپ اپنی مالیات کے معاملے میں بھروسا کرتے ہیں؛ CivicDesk اس گروپ کے لیے یہ انتخاب یاد رکھتا ہے</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;پاس فریز:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase a&amp;gain:</source>
        <translation>&amp;دوبارہ پاس فریز:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save bundle…</source>
        <translation>بنڈل &amp;محفوظ کریں…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a group: money never goes into a bundle for any group</source>
        <translation>کوئی گروپ منتخب کریں: “کوئی بھی گروپ” والے بنڈل میں مالیات کبھی شامل نہیں ہوتیں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Please choose a passphrase of at least 8 characters.</source>
        <translation>براہِ کرم کم از کم 8 حروف کا پاس فریز چنیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases are not the same.</source>
        <translation>دونوں پاس فریز ایک جیسے نہیں ہیں۔</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../civicdesk/ui/settings.py" line="+19"/>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As this computer (%1)</source>
        <translation>اس کمپیوٹر کے مطابق (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the window and of printed pages</source>
        <translation>ونڈو اور چھپے ہوئے صفحات کی زبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language is used from the next time CivicDesk starts.</source>
        <translation>نئی زبان اگلی بار CivicDesk شروع ہونے پر استعمال ہوگی۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
</context>
<context>
    <name>SpaceEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/space.py" line="+24"/>
        <source>&amp;Details</source>
        <translation>&amp;تفصیلات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Where</source>
        <translation>&amp;کہاں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>O&amp;pening and access</source>
        <translation>اوقات اور &amp;رسائی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner&amp;ship</source>
        <translation>&amp;ملکیت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a category…</source>
        <translation>زمرہ منتخب کریں…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../forms/space_editor.ui" line="+246"/>
        <location line="+6"/>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../forms/space_editor.ui" line="+105"/>
        <location line="+6"/>
        <source>Opening hours</source>
        <translation>کھلنے کے اوقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/space_editor.ui" line="+10"/>
        <location line="+6"/>
        <source>Accessibility</source>
        <translation>رسائی</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../forms/space_editor.ui" line="-228"/>
        <source>Not known</source>
        <translation>معلوم نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/space_editor.ui" line="+341"/>
        <location line="+6"/>
        <source>Asset of Community Value</source>
        <translation>کمیونٹی قدر کا اثاثہ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Health and compliance</source>
        <translation>&amp;صحت اور تعمیل</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Money</source>
        <translation>مالی&amp;ات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boo&amp;k…</source>
        <translation>&amp;بک کریں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Book a room of this space</source>
        <translation>اس جگہ کا کوئی کمرہ بک کریں</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Book %1</source>
        <translation>بکنگ: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a room</source>
        <translation>کمرہ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Record a health check…</source>
        <translation>صحت کی جانچ &amp;درج کریں…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>New space</source>
        <translation>نئی جگہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space: %1</source>
        <translation>جگہ: %1</translation>
    </message>
    <message>
        <location filename="../../forms/space_editor.ui" line="-484"/>
        <source>Space</source>
        <translation>جگہ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Details</source>
        <translation>تفصیلات</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Category:</source>
        <translation>&amp;زمرہ:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Type:</source>
        <translation>&amp;قسم:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example village hall, mosque, allotment</source>
        <translation>مثلاً ولیج ہال، مسجد، الاٹمنٹ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type of place</source>
        <translation>جگہ کی قسم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stat&amp;us:</source>
        <translation>&amp;حیثیت:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>D&amp;escription:</source>
        <translation>&amp;وضاحت:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Description</source>
        <translation>وضاحت</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Capac&amp;ity:</source>
        <translation>&amp;گنجائش:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> people</source>
        <translation> افراد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capacity</source>
        <translation>گنجائش</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Facilities:</source>
        <translation>&amp;سہولیات:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kitchen, stage, garden (separate with commas)</source>
        <translation>باورچی خانہ, اسٹیج, باغ (کوما سے الگ کریں)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facilities</source>
        <translation>سہولیات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hire c&amp;ost:</source>
        <translation>کرا&amp;یہ:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example £15 an hour</source>
        <translation>مثلاً £15 فی گھنٹہ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hire cost</source>
        <translation>کرایہ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ta&amp;gs:</source>
        <translation>&amp;ٹیگز:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>separate with commas</source>
        <translation>کوما (,) سے الگ کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>ٹیگز</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Where</source>
        <translation>کہاں</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Online and on the map</source>
        <translation>آن لائن اور نقشے پر</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>We&amp;bsite:</source>
        <translation>&amp;ویب سائٹ:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website or online link</source>
        <translation>ویب سائٹ یا آن لائن لنک</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Latitude:</source>
        <translation>&amp;عرض بلد:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example 53.8008</source>
        <translation>مثلاً 53.8008</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latitude</source>
        <translation>عرض بلد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>L&amp;ongitude:</source>
        <translation>&amp;طول بلد:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example -1.5491</source>
        <translation>مثلاً ‎-1.5491</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longitude</source>
        <translation>طول بلد</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Opening and access</source>
        <translation>کھلنے کے اوقات اور رسائی</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Ownership</source>
        <translation>ملکیت</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who owns, runs and looks after it</source>
        <translation>اس کا مالک کون ہے، اسے کون چلاتا ہے اور اس کی دیکھ بھال کون کرتا ہے</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Owner:</source>
        <translation>&amp;مالک:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ope&amp;rator:</source>
        <translation>&amp;چلانے والا:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Operator</source>
        <translation>چلانے والا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>M&amp;aintainer:</source>
        <translation>&amp;دیکھ بھال کرنے والا:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Maintainer</source>
        <translation>دیکھ بھال کرنے والا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ownership typ&amp;e:</source>
        <translation>ملکیت کی &amp;قسم:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ownership type</source>
        <translation>ملکیت کی قسم</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <location filename="../../civicdesk/ui/tools/dialogs.py" line="+16"/>
        <source>Suggest tools</source>
        <translation>ٹولز تجویز کریں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a &amp;group</source>
        <translation>&amp;گروپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a s&amp;pace</source>
        <translation>&amp;جگہ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suggest tools for:</source>
        <translation>ٹولز کی تجویز کس کے لیے:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group or space</source>
        <translation>گروپ یا جگہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Which:</source>
        <translation>&amp;انتخاب:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any purpose</source>
        <translation>کوئی بھی مقصد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purpose</source>
        <translation>مقصد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To &amp;help:</source>
        <translation>کس چیز میں &amp;مدد:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Suggest</source>
        <translation>&amp;تجویز کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suggested tools</source>
        <translation>تجویز کردہ ٹولز</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+24"/>
        <source>Choose a group or a space to see suggestions.</source>
        <translation>تجاویز دیکھنے کے لیے کوئی گروپ یا جگہ منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not suggest tools</source>
        <translation>ٹولز تجویز نہیں کیے جا سکے</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Double-click a suggestion to open its page.</source>
        <translation>کسی تجویز کا صفحہ کھولنے کے لیے اس پر ڈبل کلک کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to suggest yet: rate the tools your groups use and suggestions follow.</source>
        <translation>ابھی تجویز کرنے کو کچھ نہیں: آپ کے گروپ جو ٹولز استعمال کرتے ہیں ان کی درجہ بندی کریں، تجاویز خود آ جائیں گی۔</translation>
    </message>
</context>
<context>
    <name>ToolEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/tool.py" line="+22"/>
        <source>&amp;Details</source>
        <translation>&amp;تفصیلات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>K&amp;it and use</source>
        <translation>&amp;سامان اور استعمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups &amp;using it</source>
        <translation>استعمال کرنے والے &amp;گروپ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loan&amp;s</source>
        <translation>&amp;ادھار</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hidden from the directory</source>
        <translation>ڈائریکٹری سے پوشیدہ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Valuable — lend only to trusted borrowers</source>
        <translation>قیمتی — &amp;صرف قابلِ اعتماد ادھار لینے والوں کو دیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valuable — lend only to trusted borrowers</source>
        <translation>قیمتی — صرف قابلِ اعتماد ادھار لینے والوں کو دیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loans and reservations of this kit are refused for anyone not on the list of trusted borrowers (Trusted borrowers… on the tool&apos;s page)</source>
        <translation>جو قابلِ اعتماد ادھار لینے والوں کی فہرست میں نہیں، اسے یہ سامان نہ ادھار دیا جاتا ہے نہ اس کے لیے ریزرو کیا جاتا ہے (ٹول کے صفحے پر “قابلِ اعتماد ادھار لینے والے…”)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Valuable (only for trusted borrowers)</source>
        <translation>قیمتی (صرف قابلِ اعتماد ادھار لینے والوں کے لیے)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New tool</source>
        <translation>نیا ٹول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool: %1</source>
        <translation>ٹول: %1</translation>
    </message>
    <message>
        <location filename="../../forms/tool_editor.ui" line="+14"/>
        <source>Tool</source>
        <translation>ٹول</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Details</source>
        <translation>تفصیلات</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind:</source>
        <translation>&amp;قسم:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind of tool</source>
        <translation>ٹول کی قسم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>D&amp;escription:</source>
        <translation>&amp;وضاحت:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Description</source>
        <translation>وضاحت</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;How to use:</source>
        <translation>استعمال کا &amp;طریقہ:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>How to use</source>
        <translation>استعمال کا طریقہ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Link:</source>
        <translation>لن&amp;ک:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link</source>
        <translation>لنک</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Cost:</source>
        <translation>&amp;لاگت:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example free, £5 a month</source>
        <translation>مثلاً مفت، £5 ماہانہ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost</source>
        <translation>لاگت</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ta&amp;gs:</source>
        <translation>&amp;ٹیگز:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+117"/>
        <location line="+20"/>
        <source>separate with commas</source>
        <translation>کوما (,) سے الگ کریں</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Tags</source>
        <translation>ٹیگز</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide from the &amp;printed directory</source>
        <translation>پرنٹ شدہ ڈائریکٹری سے &amp;چھپائیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide from the printed directory</source>
        <translation>پرنٹ شدہ ڈائریکٹری سے چھپائیں</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kit and use</source>
        <translation>سامان اور استعمال</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Held &amp;by:</source>
        <translation>&amp;کس کے پاس:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Held by</source>
        <translation>کس کے پاس</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;ondition:</source>
        <translation>&amp;حالت:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example good, needs new batteries</source>
        <translation>مثلاً اچھی، نئی بیٹریاں درکار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Condition</source>
        <translation>حالت</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Se&amp;tup time:</source>
        <translation>تیاری کا &amp;وقت:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example 10 minutes</source>
        <translation>مثلاً 10 منٹ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setup time</source>
        <translation>تیاری کا وقت</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Purposes:</source>
        <translation>&amp;مقاصد:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Purposes</source>
        <translation>مقاصد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skills &amp;needed:</source>
        <translation>&amp;درکار مہارتیں:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Skills needed</source>
        <translation>درکار مہارتیں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Accessibility notes:</source>
        <translation>&amp;رسائی کے نوٹس:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Accessibility notes</source>
        <translation>رسائی کے نوٹس</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Groups using it</source>
        <translation>استعمال کرنے والے گروپ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loans</source>
        <translation>ادھار</translation>
    </message>
</context>
<context>
    <name>ToolPageView</name>
    <message>
        <location filename="../../civicdesk/ui/tools/page.py" line="+41"/>
        <source>← All tools</source>
        <translation>→ تمام ٹولز</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Rate / review for a group…</source>
        <translation>کسی گروپ کی طرف سے &amp;درجہ بندی / تبصرہ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lend…</source>
        <translation>&amp;ادھار دیں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark re&amp;turned</source>
        <translation>&amp;واپسی درج کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tr&amp;usted borrowers…</source>
        <translation>&amp;قابلِ اعتماد ادھار لینے والے…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who may borrow or reserve kit marked valuable</source>
        <translation>قیمتی قرار دیا گیا سامان کون ادھار لے یا ریزرو کر سکتا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;ترمیم کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>&amp;Hide</source>
        <translation>&amp;چھپائیں</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>About this tool</source>
        <translation>اس ٹول کے بارے میں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>set up: %1</source>
        <translation>تیاری: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not rated yet: be the first group to rate it</source>
        <translation>ابھی درجہ بندی نہیں ہوئی: درجہ بندی کرنے والا پہلا گروپ بنیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;how in the store</source>
        <translation>اسٹور میں د&amp;کھائیں</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln rating(s)</source>
        <translation>
            <numerusform>%Ln درجہ بندی</numerusform>
            <numerusform>%Ln درجہ بندیاں</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Good for:</source>
        <translation>کس کام کا:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none in particular</source>
        <translation>کوئی خاص نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills needed:</source>
        <translation>درکار مہارتیں:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to start</source>
        <translation>شروع کیسے کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Making it accessible</source>
        <translation>اسے قابلِ رسائی بنانا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Groups using it</source>
        <translation>استعمال کرنے والے گروپ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not rated</source>
        <translation>درجہ بندی نہیں ہوئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partner: %1</source>
        <translation>شراکت دار: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No group has said it uses this yet.</source>
        <translation>ابھی تک کسی گروپ نے نہیں بتایا کہ وہ اسے استعمال کرتا ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who can help</source>
        <translation>کون مدد کر سکتا ہے</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nobody listed yet. Add the tool to a volunteer&apos;s skills (with their consent to be listed).</source>
        <translation>ابھی تک کوئی درج نہیں۔ یہ ٹول کسی رضاکار کی مہارتوں میں شامل کریں (فہرست میں نام آنے کی ان کی رضامندی کے ساتھ)۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nobody recorded</source>
        <translation>کوئی درج نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kit</source>
        <translation>سامان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looked after by:</source>
        <translation>نگہداشت کرنے والا:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition:</source>
        <translation>حالت:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never lent out yet.</source>
        <translation>ابھی تک کبھی ادھار نہیں دیا گیا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Borrower</source>
        <translation>ادھار لینے والا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out</source>
        <translation>دیا گیا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due back</source>
        <translation>واپسی کی تاریخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned</source>
        <translation>واپس آیا</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>OVERDUE by %Ln day(s)</source>
        <translation>
            <numerusform>%Ln دن کی تاخیر</numerusform>
            <numerusform>%Ln دن کی تاخیر</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet</source>
        <translation>ابھی نہیں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loans</source>
        <translation>ادھار</translation>
    </message>
</context>
<context>
    <name>ToolStore</name>
    <message>
        <location filename="../../civicdesk/ui/tools/store.py" line="+95"/>
        <source>Search tools…</source>
        <translation>ٹولز تلاش کریں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search tools</source>
        <translation>ٹولز تلاش کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any purpose</source>
        <translation>کوئی بھی مقصد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>مقصد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any kind</source>
        <translation>کوئی بھی قسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any cost</source>
        <translation>کوئی بھی لاگت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>لاگت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any skills</source>
        <translation>کوئی بھی مہارت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skills</source>
        <translation>مہارتیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show hidden</source>
        <translation>پوشیدہ بھی دکھائیں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Suggest tools for…</source>
        <translation>کس کے لیے ٹولز &amp;تجویز کریں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print &amp;kit list…</source>
        <translation>سامان کی &amp;فہرست پرنٹ کریں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add tool…</source>
        <translation>ٹول &amp;شامل کریں…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tools</source>
        <translation>ٹولز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tools shown by the filters; Enter opens one</source>
        <translation>فلٹرز کے مطابق دکھائے گئے ٹولز؛ Enter سے منتخب ٹول کھلتا ہے</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Could not load the tools</source>
        <translation>ٹولز لوڈ نہیں ہو سکے</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%Ln tool(s)</source>
        <translation>
            <numerusform>%Ln ٹول</numerusform>
            <numerusform>%Ln ٹولز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %Ln tool(s)</source>
        <translation>
            <numerusform>%Ln میں سے %1 ٹول</numerusform>
            <numerusform>%Ln میں سے %1 ٹول</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+146"/>
        <source>Saved the kit list (%Ln item(s)) to %1</source>
        <translation>
            <numerusform>سامان کی فہرست (%Ln شے) محفوظ کر دی گئی: %1</numerusform>
            <numerusform>سامان کی فہرست (%Ln اشیاء) محفوظ کر دی گئی: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+4"/>
        <source>rating</source>
        <translation>درجہ بندی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not save the rating</source>
        <translation>درجہ بندی محفوظ نہیں ہو سکی</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>loan</source>
        <translation>ادھار</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Save the kit list</source>
        <translation>سامان کی فہرست محفوظ کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not save the kit list</source>
        <translation>سامان کی فہرست محفوظ نہیں ہو سکی</translation>
    </message>
</context>
<context>
    <name>ToolUseEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/subrecords.py" line="+12"/>
        <source>group</source>
        <translation>گروپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not rated</source>
        <translation>درجہ بندی نہیں ہوئی</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a group using this tool</source>
        <translation>یہ ٹول استعمال کرنے والا گروپ شامل کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/tool_use_editor.ui" line="+14"/>
        <source>Group using this tool</source>
        <translation>یہ ٹول استعمال کرنے والا گروپ</translation>
    </message>
    <message>
        <location filename="../../forms/tool_use_editor.ui" line="+14"/>
        <source>&amp;Group:</source>
        <translation>&amp;گروپ:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Group</source>
        <translation>گروپ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Rating:</source>
        <translation>&amp;درجہ بندی:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rating</source>
        <translation>درجہ بندی</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;view:</source>
        <translation>&amp;تبصرہ:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Review</source>
        <translation>تبصرہ</translation>
    </message>
</context>
<context>
    <name>ToolUsesPanel</name>
    <message>
        <location filename="../../civicdesk/ui/editors/relations.py" line="+15"/>
        <source>Group</source>
        <translation>گروپ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rating</source>
        <translation>درجہ بندی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>تبصرہ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Groups using this tool</source>
        <translation>یہ ٹول استعمال کرنے والے گروپ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Groups that use this tool, and what they think of it.</source>
        <translation>وہ گروپ جو یہ ٹول استعمال کرتے ہیں، اور اس کے بارے میں ان کی رائے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the record first to add groups using it.</source>
        <translation>اسے استعمال کرنے والے گروپ شامل کرنے کے لیے پہلے ریکارڈ محفوظ کریں۔</translation>
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
        <translation>قابلِ اعتماد ادھار لینے والے</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Kit ticked “Valuable” in its editor is lent and reserved only to the groups and people on this list. The list is the same for all your kit, and goes to partner groups in bundles.</source>
        <translation>جس سامان پر اس کی ترمیم کی ونڈو میں “قیمتی” کا نشان لگا ہو، وہ صرف اس فہرست کے گروپوں اور لوگوں کو ادھار دیا اور ان کے لیے ریزرو کیا جاتا ہے۔ یہ فہرست آپ کے سارے سامان کے لیے ایک ہی ہے، اور بنڈلوں کے ذریعے شراکت دار گروپوں کو جاتی ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Borrower:</source>
        <translation>&amp;ادھار لینے والا:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Borrower to trust</source>
        <translation>فہرست میں شامل کرنے کے لیے ادھار لینے والا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add to the list</source>
        <translation>فہرست میں &amp;شامل کریں</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Take off the list</source>
        <translation>فہرست سے &amp;ہٹائیں</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (since %1)</source>
        <translation> (⁨%1⁩ سے)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody yet: valuable kit is lent to nobody.</source>
        <translation>ابھی کوئی نہیں: قیمتی سامان کسی کو ادھار نہیں دیا جاتا۔</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+20"/>
        <source>trusted borrower “%1”</source>
        <translation>قابلِ اعتماد ادھار لینے والا “⁨%1⁩”</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../civicdesk/ui/diary/grid.py" line="+50"/>
        <source>Week of bookings</source>
        <translation>ہفتے کی بکنگز</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, week of %2, %3 bookings</source>
        <translation>%1، ہفتہ %2، %3 بکنگز</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../civicdesk/ui/welcome.py" line="+25"/>
        <location line="+2"/>
        <source>Welcome to CivicDesk</source>
        <translation>CivicDesk میں خوش آمدید</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CivicDesk keeps the map of your neighbourhood&apos;s social infrastructure on this computer: the places people meet, the groups that run things, the volunteers who hold it together and the tools you share. Nothing leaves this computer unless you send it.</source>
        <translation>CivicDesk آپ کے محلے کے سماجی بنیادی ڈھانچے کا نقشہ اسی کمپیوٹر پر رکھتا ہے: وہ جگہیں جہاں لوگ ملتے ہیں، وہ گروپ جو کام چلاتے ہیں، وہ رضاکار جو سب کو جوڑے رکھتے ہیں اور وہ ٹولز جو آپ مل کر استعمال کرتے ہیں۔ جب تک آپ خود نہ بھیجیں، کچھ بھی اس کمپیوٹر سے باہر نہیں جاتا۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>for example Chapeltown Residents&apos; Association</source>
        <translation>مثلاً Chapeltown Residents&apos; Association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your group&apos;s name</source>
        <translation>آپ کے گروپ کا نام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example Chapeltown, Leeds</source>
        <translation>مثلاً Chapeltown, Leeds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your area</source>
        <translation>آپ کا علاقہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your group&apos;s &amp;name:</source>
        <translation>آپ کے گروپ کا &amp;نام:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area you cover:</source>
        <translation>آپ کا &amp;علاقہ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with an e&amp;xample neighbourhood</source>
        <translation>&amp;مثالی محلے سے شروع کریں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A made-up village with halls, groups, volunteers and tools to try things out. You can delete it later.</source>
        <translation>آزمانے کے لیے ایک فرضی گاؤں، جس میں ہال، گروپ، رضاکار اور ٹولز ہیں۔ آپ اسے بعد میں حذف کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start &amp;empty</source>
        <translation>&amp;خالی شروع کریں</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Protect the database with a passphrase (encryption)</source>
        <translation>ڈیٹا بیس کو &amp;پاس فریز سے محفوظ کریں (خفیہ کاری)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase</source>
        <translation>پاس فریز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same passphrase again</source>
        <translation>وہی پاس فریز دوبارہ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember it on this computer (in the keyring)</source>
        <translation>اسے اس کمپیوٹر پر یاد رکھیں (کی رنگ میں)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Worth it on a shared or portable computer: without the passphrase nobody can read the database or its backups — not even you, so keep it somewhere safe. CivicDesk then locks itself after 10 minutes without use. You can change this later in File › Database security.</source>
        <translation>مشترکہ یا ساتھ لے جانے والے کمپیوٹر پر یہ فائدہ مند ہے: پاس فریز کے بغیر کوئی بھی ڈیٹا بیس یا اس کے بیک اپ نہیں پڑھ سکتا — آپ خود بھی نہیں، اس لیے اسے کسی محفوظ جگہ رکھیں۔ پھر CivicDesk استعمال کے بغیر 10 منٹ گزرنے پر خود بخود مقفل ہو جاتا ہے۔ آپ اسے بعد میں “فائل” مینو کے “ڈیٹا بیس کی حفاظت” میں بدل سکتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../civicdesk/ui/builders/dialogs.py" line="-138"/>
        <source>Problem</source>
        <translation>مسئلہ</translation>
    </message>
</context>
<context>
    <name>_SubEditor</name>
    <message>
        <location filename="../../civicdesk/ui/editors/subrecords.py" line="-87"/>
        <source>there is no %1 called “%2”: choose one from the list</source>
        <translation>“%2” نام کی کوئی %1 موجود نہیں: فہرست سے منتخب کریں</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../civicdesk/ui/settings.py" line="+36"/>
        <source>CivicDesk will be in %1 the next time it starts.</source>
        <translation>اگلی بار شروع ہونے پر CivicDesk کی زبان: %1</translation>
    </message>
</context>
<context>
    <name>diary</name>
    <message>
        <location filename="../../civicdesk/ui/diary/undo.py" line="+63"/>
        <source>This step can no longer be done</source>
        <translation>یہ عمل اب ممکن نہیں</translation>
    </message>
</context>
<context>
    <name>encryption</name>
    <message>
        <location filename="../../civicdesk/ui/security/passphrase.py" line="-55"/>
        <source>Encryption is not available on this computer (the sqlcipher3 component is missing), so your data is stored unencrypted.</source>
        <translation>اس کمپیوٹر پر خفیہ کاری دستیاب نہیں (sqlcipher3 جزو موجود نہیں)، اس لیے آپ کا ڈیٹا خفیہ کیے بغیر محفوظ ہو رہا ہے۔</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>CivicDesk cannot open its database</source>
        <translation>CivicDesk اپنا ڈیٹا بیس نہیں کھول سکتا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is encrypted, but this copy of CivicDesk cannot open encrypted databases (the sqlcipher3 component is missing). Install CivicDesk again, or open the database on the computer that encrypted it.</source>
        <translation>ڈیٹا بیس خفیہ کردہ ہے، لیکن CivicDesk کی یہ کاپی خفیہ کردہ ڈیٹا بیس نہیں کھول سکتی (sqlcipher3 جزو موجود نہیں)۔ CivicDesk دوبارہ انسٹال کریں، یا ڈیٹا بیس اسی کمپیوٹر پر کھولیں جس پر اسے خفیہ کیا گیا تھا۔</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../civicdesk/ui/editors/history.py" line="-35"/>
        <source>Added</source>
        <translation>شامل کیا گیا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>حذف کیا گیا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brought back</source>
        <translation>واپس لایا گیا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed by another group: %1</source>
        <translation>دوسرے گروپ نے بدلا: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed %1</source>
        <translation>%1 میں تبدیلی</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="../../civicdesk/ui/review_undo.py" line="+57"/>
        <source>This step can no longer be done</source>
        <translation>یہ عمل اب ممکن نہیں</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Undo</source>
        <translation>&amp;کالعدم کریں</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../civicdesk/ui/bundles.py" line="+120"/>
        <source>%1 money records stayed home (the group is not trusted with our finances). </source>
        <translation>مالیات کے %1 ریکارڈ یہیں رہے (اس گروپ پر ہماری مالیات کے لیے بھروسا نہیں کیا گیا)۔ </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open your email to send it?</source>
        <translation>بھیجنے کے لیے اپنی ای میل کھولیں؟</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../civicdesk/ui/undo.py" line="+53"/>
        <source>This step can no longer be done</source>
        <translation>یہ عمل اب ممکن نہیں</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add %1</source>
        <translation>اضافہ: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit %1</source>
        <translation>ترمیم: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete %1</source>
        <translation>حذف: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Record a health check of %1</source>
        <translation>صحت کی جانچ کا اندراج: %1</translation>
    </message>
</context>
</TS>
