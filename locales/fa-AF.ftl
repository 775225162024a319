# رابط توضیح‌نامه به دری، ترجمه از locales/en.ftl (در انتظار بازبینی یک گویندهٔ بومی).
# تاریخ‌ها و رقم‌ها از دادهٔ محلی (ICU4X) می‌آیند، نه از اینجا. تاریخ‌ها به تقویم میلادی‌اند،
# چون منبع آن‌ها را به ماه و سال میلادی می‌دهد.

## The language

date-locale = fa-AF
language-name = دری

## The page

page-title = روسیه چگونه نخستین کشوری شد که طالبان را به رسمیت شناخت: توضیح‌نامه
page-description = گام به گام ببینید مسکو چگونه از گذاشتن طالبان در فهرست تروریستی در ۲۰۰۳ به پذیرفتن سفیر آنان در جولای ۲۰۲۵ رسید، با خط زمانی و کارت‌های رابطه که برای هر واقعیت منبع می‌آورند.
app-notice = خط زمانی و کارت‌های تعاملی در این مرورگر بار نشدند. همهٔ داستان در پایین به صورت متن آمده است.
languages = زبان‌ها
embed-provider = توضیح‌نامهٔ تعاملی
embed-failed = توضیح‌نامهٔ تعاملی اینجا بار نشد. آن را در صفحهٔ خودش بخوانید:{" "}

## The walkthrough

walkthrough = گام به گام
steps-nav = گام‌ها
previous = پیشین
next = بعدی
step-count = گام { $n } از { $total }
key-hint = راهنما: کلیدهای → و ← میان گام‌ها جابه‌جا می‌کنند.
share-step = همرسانی این گام
embed = جاسازی
embed-label = این کد را در یک صفحه بگذارید تا توضیح‌نامه در آنجا نشان داده شود:
embed-copy = کاپی کد
share-url = پیوند این گام
link-copied = پیوند این گام کاپی شد.
code-copied = کد جاسازی کاپی شد.
link-failed = کاپی نشد. پیوند در پایین انتخاب شده است: از آنجا کاپی کنید.
code-failed = کاپی نشد. کد انتخاب شده است: از آنجا کاپی کنید.
step-link = گام { $n }: { $title }
go-to-step = رفتن به گام { $n } از { $total }: { $title }
step-moved-to = این گام اکنون بخشی از «{ $title }» است.

## The stage

stage = این گام بر خط زمانی و نقشه
map-name = نقشهٔ روابط تا تاریخ
map-actor = { $name }: نمایش روابط
map-not-yet = هنوز چیزی ثبت نشده
map-by = { $stance } (بی‌تاریخ)
nothing-yet = هنوز چیزی ثبت نشده
back-to = بازگشت در زمان: { $from } ← { $to }. نقشه آن‌گونه که در آن زمان بود.
forward-to = پیش در زمان: { $from } ← { $to }.
same-date = همان تاریخ گام پیشین ({ $to }): چیزی تغییر نکرد.
map-key = راهنما
key-none = تا این تاریخ هنوز چیزی ثبت نشده
key-claim = ادعای کسی، نه واقعیتی گزارش‌شده
key-in-step = در این گام (خط ضخیم، نقطهٔ تیره)
changed-since = تغییر از گام پیشین ({ $from } ← { $to }):
change-was = ، { $facet }: پیش‌تر{" "}
change-arrow = {" "}←{" "}
change-new = ، { $facet }، تازه:{" "}
change-now = {" "}اکنون{" "}
stage-step = گام { $n }:{" "}
as-of = تا تاریخ { $date }
map-list = همه بر نقشه، به صورت فهرست

## The relationship cards

relationships = روابط
explore = کاوش در داستان
dates-shown = تاریخی که خط زمانی و روابط نشان می‌دهند
as-of-label = تا تاریخ{" "}
earlier-date = تاریخ پیش‌تر
later-date = تاریخ پس‌تر
filter-show = نمایش
filter-all = همهٔ روابط
filter-actor = روابط { $name }
pair-and = {" "}و{" "}
none-before = منبع پیش از { $date } چیزی دربارهٔ این دو ثبت نکرده است.
history = چگونه تغییر کرد
changed = تغییر کرد
state-from = از { $date }
state-since = از { $date } به این سو
state-by = گزارش‌شده تا { $date }
events-chips = رویدادها:{" "}

## The timeline and events

timeline = خط زمانی
dated-events = رویدادهای تاریخ‌دار، از قدیم به جدید
undated = بی‌تاریخ در منبع
in-focus = {" "}(در کانون)
years-pass = { $years } سال می‌گذرد
event-hint = رویدادی را برگزینید تا ببینید چه شد، چه کسانی درگیر بودند و از کجا آمده است.
involved = درگیران:{" "}
changed-chips = تغییر داد:{" "}

## Sources and updates

source = منبع:{" "}
fact = واقعیت گزارش‌شده
claim-by = ادعای { $name }
analysis-by = تحلیل { $name }
analysis-own = تحلیل (از خود گزارش)
updated = به‌روزشده در { $date }
updates = به‌روزرسانی‌ها
update-changed = تغییر یافت:
colophon = منبع: { $source }. هر گام، رویداد و رابطه بندهایی (¶) را که از آن آمده نام می‌برد و می‌گوید که واقعیت گزارش‌شده است، ادعا (و از چه کسی) یا تحلیل. متن از ماست؛ سخنان داخل گیومه از گویندگان است.
when-since = از { $date } به این سو
when-by = تا { $date }
when-undated = بی‌تاریخ

## Stances (a relationship's standing) and facets

facet-official = رسمی
facet-practice = در عمل
stance-none = هنوز رابطه‌ای ثبت نشده
stance-at-war = در جنگ
stance-terrorist-listing = در فهرست تروریستی
stance-hostile = دشمنی
stance-rivalry = رقابت
stance-sanctions = تحریم
stance-restrictions = محدودیت
stance-no-formal-ties = به رسمیت شناخته نشده
stance-pragmatic-ties = پیوندهای عملی
stance-backing = پشتیبانی
stance-cooperation = همکاری
stance-formal-recognition = به رسمیت شناختن رسمی
stance-ended = پایان‌یافته
