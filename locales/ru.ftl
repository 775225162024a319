# Интерфейс разбора на русском языке, переведённый с locales/en.ftl (ждёт проверки носителем
# языка). Даты и цифры берутся из данных локали (ICU4X), не отсюда.

## The language

date-locale = ru
language-name = Русский

## The page

page-title = Как Россия первой признала власть талибов: разбор
page-description = Шаг за шагом: как Москва прошла путь от внесения талибов в список террористов в 2003 году до приёма их посла в июле 2025 года, с хронологией и карточками отношений, где у каждого факта есть ссылка.
app-notice = Интерактивная хронология и карточки не загрузились в этом браузере. Весь текст разбора — ниже.
languages = Языки
embed-provider = Интерактивный разбор
embed-failed = Интерактивный разбор не загрузился здесь. Читайте его на его странице:{" "}

## The walkthrough

walkthrough = Разбор по шагам
steps-nav = Шаги
previous = Назад
next = Далее
step-count = Шаг { $n } из { $total }
key-hint = Совет: клавиши ← и → переключают шаги.
share-step = Поделиться шагом
embed = Встроить
embed-label = Вставьте этот код на страницу, чтобы показать там разбор:
embed-copy = Скопировать код
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
map-name = Карта отношений на
map-actor = { $name }: показать отношения
map-not-yet = Пока ничего не известно
map-by = { $stance } (без даты)
nothing-yet = пока ничего не известно
back-to = Назад во времени: { $from } → { $to }; карта такой, какой она была тогда.
forward-to = Вперёд во времени: { $from } → { $to }
same-date = Та же дата, что и в прошлом шаге ({ $to }): ничего не изменилось.
map-key = Условные обозначения
key-none = На эту дату ещё ничего не известно
key-claim = Чьё-то заявление, а не установленный факт
key-in-step = В этом шаге (толстая линия, тёмная точка)
changed-since = Изменилось с прошлого шага ({ $from } → { $to }):
change-was = , { $facet }: было{" "}
change-arrow = {" "}→{" "}
change-new = , { $facet }, впервые:{" "}
change-now = {" "}стало{" "}
stage-step = Шаг { $n }:{" "}
as-of = По состоянию на { $date }
map-list = Все на карте — списком

## The relationship cards

relationships = Отношения
explore = Подробнее
dates-shown = Дата, на которую показаны хронология и отношения
as-of-label = По состоянию на{" "}
earlier-date = Более ранняя дата
later-date = Более поздняя дата
filter-show = Показать
filter-all = все отношения
filter-actor = отношения: { $name }
pair-and = {" "}и{" "}
none-before = До даты «{ $date }» источник ничего не сообщает об этой паре.
history = Как менялось
changed = Изменилось
state-from = Начало: { $date }
state-since = Начиная с: { $date }
state-by = Известно к: { $date }
events-chips = События:{" "}

## The timeline and events

timeline = Хронология
dated-events = События с датой, от ранних к поздним
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
changed-chips = Изменило:{" "}

## Sources and updates

source = Источник:{" "}
fact = Сообщённый факт
claim-by = Заявление: { $name }
analysis-by = Анализ: { $name }
analysis-own = Анализ (оценка самой статьи)
updated = Обновлено: { $date }
updates = Обновления
update-changed = Изменено:
colophon = Источник: { $source }. У каждого шага, события и отношения указаны абзацы (¶), откуда они взяты, и что это: сообщённый факт, чьё-то заявление (чьё) или анализ. Текст наш; слова в кавычках принадлежат говорящим.
when-since = Начиная с: { $date }
when-by = Известно к: { $date }
when-undated = Без даты

## Stances (a relationship's standing) and facets

facet-official = Официально
facet-practice = На деле
stance-none = Отношения пока не отмечены
stance-at-war = Война
stance-terrorist-listing = В списке террористов
stance-hostile = Вражда
stance-rivalry = Соперничество
stance-sanctions = Санкции
stance-restrictions = Ограничения
stance-no-formal-ties = Не признаны
stance-pragmatic-ties = Прагматичные связи
stance-backing = Поддержка
stance-cooperation = Сотрудничество
stance-formal-recognition = Официальное признание
stance-ended = Завершено
