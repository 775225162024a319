# Интерфейс разбора на русском языке, переведённый с locales/en.ftl (прошёл редакторскую
# вычитку; ждёт проверки носителем языка). Даты и цифры берутся из данных локали (ICU4X), не
# отсюда; { $date-genitive } — дата с месяцем в родительном падеже («с марта 2024 г.»).

## The language

date-locale = ru
language-name = Русский
date-calendar = gregorian
date-both = { $local } ({ $gregorian })
# Год без месяца: «2003 г.» (узкий неразрывный пробел, как в датах ICU).
date-year = { $year } г.

## Punctuation

dateline = { $place }, { $date }
cite-paragraphs = {", "}
cite-section = { $paragraphs } ({ $section })
cite-sections = {"; "}
history-date = { $when } — { $facet }
list-separator = {", "}
pair-name = { $a } — { $b }
step-page-title = { $step } — { $headline }
era-span = { $title } ({ $from }–{ $to })
era-open = { $title } ({ $from }–)

## The page

page-title = { $headline }: разбор
app-notice = Интерактивная хронология и карточки не загрузились в этом браузере. Весь текст разбора — ниже.
languages = Языки
embed-provider = Интерактивный разбор
embed-failed = Интерактивный разбор здесь не загрузился. Откройте его на отдельной странице:{" "}

## The walkthrough

walkthrough = Разбор по шагам
steps-nav = Шаги
previous = Назад
next = Далее
step-count = Шаг { $n } из { $total }
key-hint = Подсказка: переключать шаги можно клавишами ← и →.
share-step = Поделиться шагом
embed = Встроить
embed-label = Вставьте этот код на страницу, чтобы показать там разбор:
embed-copy = Скопировать код
embed-theme = Светлое или тёмное оформление
embed-theme-auto = Как в настройках устройства читателя
embed-theme-light = Светлое
embed-theme-dark = Тёмное
embed-theme-host = Как на странице сайта
embed-plain = Без заголовка (у страницы есть свой)
embed-step = Открыть на этом шаге
embed-language = Язык
share-url = Ссылка на этот шаг
link-copied = Ссылка на шаг скопирована.
code-copied = Код для встраивания скопирован.
link-failed = Не удалось скопировать. Ссылка выделена ниже: скопируйте её оттуда.
code-failed = Не удалось скопировать. Код выделен: скопируйте его оттуда.
step-link = Шаг { $n }: { $title }
go-to-step = Перейти к шагу { $n } из { $total }: { $title }
step-moved-to = Теперь этот шаг входит в шаг «{ $title }».

## The stage

stage = Шаг на хронологии и на карте
map-name = Карта отношений по состоянию на
map-actor = { $name }: показать отношения
map-not-yet = Пока ничего не отмечено
map-by = { $stance } (без даты)
nothing-yet = пока ничего не отмечено
back-to = Назад во времени: { $from } → { $to }. Так карта выглядела тогда.
forward-to = Вперёд во времени: { $from } → { $to }.
same-date = Дата та же, что и в предыдущем шаге ({ $to }): ничего не изменилось.
map-key = Условные обозначения
key-none = На эту дату пока ничего не отмечено
key-claim = Чьё-то заявление, а не факт, сообщённый источником
key-in-step = В этом шаге (толстая линия, тёмная точка)
changed-since = Что изменилось после предыдущего шага ({ $from } → { $to }):
change-was = , { $facet }: было{" "}
change-arrow = {" "}→{" "}
change-new = , { $facet }, новое:{" "}
change-now = {" "}стало{" "}
stage-step = Шаг { $n }:{" "}
as-of = По состоянию на { $date }
map-list = Все участники на карте — списком

## The relationship cards

relationships = Отношения
explore = Подробнее
dates-shown = Дата, на которую показаны хронология и отношения
as-of-label = По состоянию на{" "}
earlier-date = Предыдущая дата
later-date = Следующая дата
filter-show = Показать
filter-all = все отношения
filter-actor = отношения: { $name }
pair-and = {" "}и{" "}
none-before = До { $date-genitive } источник ничего не сообщает об этой паре.
history = Как менялись отношения
changed = Изменилось
state-from = С { $date-genitive }
state-since = С { $date-genitive }
state-by = По данным на { $date }
events-chips = События:{" "}

## The timeline and events

timeline = Хронология
dated-events = Датированные события, от ранних к поздним
undated = Без даты в источнике
in-focus = {" "}(в фокусе)
years-pass = { $years ->
    [one] проходит { $years } год
    [few] проходят { $years } года
    [many] проходят { $years } лет
   *[other] проходят { $years } года
}
event-hint = Выберите событие, чтобы узнать, что произошло, кто участвовал и откуда это известно.
involved = Участники:{" "}
changed-chips = Изменились отношения:{" "}

## Sources and updates

source = Источник:{" "}
fact = Факт по данным источника
claim-by = Заявление: { $name }
analysis-by = Анализ: { $name }
analysis-own = Анализ (оценка самой статьи)
updated = Обновлено { $date }
translation-note = Перевод сделан с нашего английского текста и прошёл редакторскую вычитку; он ещё ждёт проверки носителем языка.
updates = Обновления
update-changed = Изменено:
colophon = Источник: { $source }. У каждого шага, события и отношения указано, из каких абзацев (¶) они взяты и что это: факт, сообщённый источником, чьё-то заявление (чьё именно) или анализ. Текст — наш; в кавычках — слова тех, кого мы цитируем.
colophon-sources = Источники: { $sources }. У каждого шага, события и отношения указано, из какого источника и каких абзацев (¶) они взяты и что это: факт, сообщённый источником, чьё-то заявление (чьё именно) или анализ. Текст — наш; в кавычках — слова тех, кого мы цитируем.
colophon-source = { $outlet }, { $title }
colophon-source-dated = { $source } ({ $date })
when-since = С { $date-genitive }
when-by = Не позднее { $date-genitive }
when-undated = Без даты

## Stances (a relationship's standing) and facets

facet-official = Официально
facet-practice = На деле
stance-none = Отношения пока не отмечены
stance-at-war = Война
stance-terrorist-listing = В списке террористов
stance-hostile = Вражда
stance-protest = Протест
stance-rivalry = Соперничество
stance-sanctions = Санкции
stance-restrictions = Ограничения
stance-no-formal-ties = Не признаны
stance-pragmatic-ties = Прагматичные связи
stance-backing = Поддержка
stance-cooperation = Сотрудничество
stance-formal-recognition = Официальное признание
stance-ended = Завершено
