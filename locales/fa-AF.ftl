# رابط گزارش تحلیلی به دری، ترجمه از locales/en.ftl. یک بازبینی ویرایشی بر آن انجام شده و
# هنوز در انتظار بازبینی یک گویندهٔ بومی است. رقم‌ها و نام ماه‌ها از دادهٔ محلی (ICU4X) می‌آیند.
# تاریخ روز به تقویم هجری شمسی با نام ماه‌های افغانی و تاریخ میلادی در کنار آن نشان داده می‌شود؛
# ماه و سال میلادی می‌مانند، چون منبع تنها آن‌ها را می‌دهد و یک ماه میلادی دو ماه شمسی را می‌پوشاند.

## The language

date-locale = fa-AF
language-name = دری
date-calendar = persian
date-both = { $local } ({ $gregorian })
date-year = { $year }

## Punctuation: no "·", which beside Persian digits reads as the digit zero

dateline = { $place }، { $date }
cite-paragraphs = {"، "}
cite-section = { $paragraphs } ({ $section })
cite-sections = {"؛ "}
history-date = { $when } — { $facet }
list-separator = {"، "}
pair-name = { $a } و { $b }
step-page-title = { $step } | { $headline }
era-span = { $title } ({ $from }–{ $to })
era-open = { $title } (از { $from })

## The page

page-title = { $headline }: گزارش تحلیلی
app-notice = خط زمانی و کارت‌های تعاملی در این مرورگر باز نشدند. روایت کامل به صورت متن در پایین آمده است.
languages = زبان‌ها
embed-provider = گزارش تحلیلی تعاملی
embed-failed = گزارش تحلیلی تعاملی در اینجا باز نشد. آن را در صفحهٔ جداگانهٔ آن بخوانید:{" "}

## The walkthrough

walkthrough = گام به گام
steps-nav = گام‌ها
previous = قبلی
next = بعدی
step-count = گام { $n } از { $total }
key-hint = نکته: با کلیدهای → و ← میان گام‌ها حرکت کنید.
share-step = شریک‌سازی این گام
embed = درج در سایت
embed-label = این کد را در صفحه‌ای پیست کنید تا این گزارش تحلیلی در آنجا نمایش داده شود:
embed-copy = کاپی کد
embed-theme = نمای روشن یا تاریک
embed-theme-auto = مطابق تنظیمات دستگاه خواننده
embed-theme-light = روشن
embed-theme-dark = تاریک
embed-theme-host = مطابق صفحهٔ میزبان
embed-plain = بدون عنوان (صفحه عنوان خودش را دارد)
embed-step = باز شدن در همین گام
embed-language = زبان
share-url = لینک این گام
link-copied = لینک این گام کاپی شد.
code-copied = کد درج کاپی شد.
link-failed = کاپی نشد. لینک در پایین انتخاب شده است؛ آن را از آنجا کاپی کنید.
code-failed = کاپی نشد. کد انتخاب شده است؛ آن را از همان‌جا کاپی کنید.
step-link = گام { $n }: { $title }
go-to-step = رفتن به گام { $n } از { $total }: { $title }
step-moved-to = این گام اکنون بخشی از «{ $title }» است.

## The stage

stage = این گام در خط زمانی و نقشه
map-name = نقشهٔ روابط به تاریخ
map-actor = { $name }: نمایش روابط
map-not-yet = هنوز چیزی ثبت نشده
map-by = { $stance } (بی‌تاریخ)
nothing-yet = هنوز چیزی ثبت نشده
back-to = بازگشت به گذشته: { $from } ← { $to }. نقشه همان‌گونه که در آن زمان بود.
forward-to = حرکت به جلو در زمان: { $from } ← { $to }.
same-date = همان تاریخ گام قبلی ({ $to })؛ تغییری رخ نداده است.
map-key = رهنمای نقشه
key-none = تا این تاریخ هنوز چیزی ثبت نشده
key-claim = ادعای کسی، نه واقعیتی گزارش‌شده
key-in-step = در این گام (خط ضخیم، نقطهٔ تیره)
changed-since = تغییرات نسبت به گام قبلی ({ $from } ← { $to }):
change-was = ، { $facet }: پیش‌تر{" "}
change-arrow = {" "}←{" "}
change-new = ، { $facet }، تازه:{" "}
change-now = {" "}اکنون{" "}
stage-step = گام { $n }:{" "}
as-of = به تاریخ { $date }
map-list = فهرست همهٔ طرف‌های روی نقشه

## The relationship cards

relationships = روابط
explore = کاوش در گزارش
dates-shown = تاریخ نمایش خط زمانی و روابط
as-of-label = به تاریخ{" "}
earlier-date = تاریخ قبلی
later-date = تاریخ بعدی
filter-show = نمایش
filter-all = همهٔ روابط
filter-actor = روابط { $name }
pair-and = {" "}و{" "}
none-before = منبع پیش از { $date } دربارهٔ این دو طرف چیزی ثبت نکرده است.
history = چگونه تغییر کرد
changed = تغییر یافته
state-from = از { $date }
state-since = از { $date } به این سو
state-by = گزارش‌شده، نه دیرتر از { $date }
events-chips = رویدادها:{" "}

## The timeline and events

timeline = خط زمانی
dated-events = رویدادهای تاریخ‌دار، از قدیم به جدید
undated = بی‌تاریخ در منبع
in-focus = {" "}(در کانون توجه)
years-pass = { $years } سال می‌گذرد
event-hint = رویدادی را انتخاب کنید تا ببینید چه رخ داد، چه کسانی در آن نقش داشتند و منبع آن چیست.
involved = طرف‌ها:{" "}
changed-chips = تغییر در:{" "}

## Sources and updates

source = منبع:{" "}
fact = واقعیت گزارش‌شده
claim-by = ادعای { $name }
analysis-by = تحلیل { $name }
analysis-own = تحلیل (از خود گزارش)
updated = به‌روزشده در { $date }
translation-note = این ترجمه از متن انگلیسی ما انجام شده و یک بار ویرایش شده است؛ هنوز در انتظار بازبینی یک گویندهٔ بومی است.
updates = به‌روزرسانی‌ها
update-changed = موارد تغییریافته:
colophon = منبع: { $source }. هر گام، رویداد و رابطه، بندهای (¶) منبع خود را ذکر می‌کند و روشن می‌سازد که واقعیتی گزارش‌شده است، ادعا (و ادعای چه کسی) یا تحلیل. متن از ماست؛ سخنانی که در ناخنک آمده، از خود گویندگان است.
colophon-sources = منابع: { $sources }. هر گام، رویداد و رابطه، منبع و بندهای (¶) آن را ذکر می‌کند و روشن می‌سازد که واقعیتی گزارش‌شده است، ادعا (و ادعای چه کسی) یا تحلیل. متن از ماست؛ سخنانی که در ناخنک آمده، از خود گویندگان است.
colophon-source = { $outlet }، { $title }
colophon-source-dated = { $source } ({ $date })
when-since = از { $date } به این سو
when-by = نه دیرتر از { $date }
when-undated = بی‌تاریخ

## Stances (a relationship's standing) and facets

facet-official = رسمی
facet-practice = در عمل
stance-none = هنوز رابطه‌ای ثبت نشده
stance-at-war = در جنگ
stance-terrorist-listing = در فهرست تروریستی
stance-hostile = دشمنی
stance-protest = اعتراض
stance-rivalry = رقابت
stance-sanctions = تحریم
stance-restrictions = محدودیت
stance-no-formal-ties = به رسمیت شناخته نشده
stance-pragmatic-ties = روابط واقع‌بینانه
stance-backing = حمایت
stance-cooperation = همکاری
stance-formal-recognition = به رسمیت شناختن
stance-ended = پایان‌یافته
