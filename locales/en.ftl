# The explainer's interface in English: every word the page shows that is not the story's own.
# Project Fluent syntax (https://projectfluent.org/fluent/guide/). Each translation,
# locales/<lang>.ftl, has every message here and no other; `scripts/check.sh` lists what a
# catalogue lacks. Variables ($n, $date, $name) are filled in by the build; a number selects
# its plural form ([one], [few], [many], *[other]: the language's CLDR categories).
# Dates and digits are not written here: they come from the locale's data (ICU4X). A date
# variable has two forms: { $date } as the date stands alone ("март 2024 г."), and
# { $date-genitive } with its month in the case a day's date puts it in ("с марта 2024 г."),
# for words that govern the genitive; in English both are the same.

## The language

# The locale whose date forms the page uses (here: "3 July 2025", not "July 3, 2025").
date-locale = en-GB
# The language's own name, in the language switcher.
language-name = English
# The calendar a day's date is shown in first: gregorian, or persian (the Solar Hijri, with the
# month names of date-locale), which shows the Gregorian date beside it. A month's or a year's
# date stays Gregorian: it spans two months of another calendar, and the source gives no more.
date-calendar = gregorian
# A day's date in that calendar, with the Gregorian date the source gives.
date-both = { $local } ({ $gregorian })
# A year's date, the year in the locale's digits ("2003"; Russian: "2003 г.").
date-year = { $year }

## Punctuation: what separates the parts of a line (none is written in the page's code)

# The dateline under the headline: the place, and the date the story was published.
dateline = { $place } · { $date }
# Between the paragraphs a fact cites from one section: "¶9, ¶10".
cite-paragraphs = {", "}
# Paragraphs and the title of their section: "¶9, ¶10 · From Enemy to Ally?".
cite-section = { $paragraphs } · { $section }
# Between the sections a fact cites: "¶1 · Lead; ¶9 · From Enemy to Ally?" (and between the
# sources a colophon lists).
cite-sections = {"; "}
# A relationship's state in its history: when, and which facet (officially, in practice).
history-date = { $when } · { $facet }
# Between the names of a list on one line (who was involved, the map key's stances).
list-separator = {", "}
# A relationship's name, its two sides' short names: "Russia – Taliban".
pair-name = { $a } – { $b }
# A step's page title: the step's title and the story's headline.
step-page-title = { $step } · { $headline }
# An era in the timeline's key, with its years: "Soviet war in Afghanistan (1979–1989)".
era-span = { $title } ({ $from }–{ $to })
# An era that has not ended: "Taliban rule (2021–)".
era-open = { $title } ({ $from }–)

## The page

page-title = { $headline }: an explainer
app-notice = The interactive timeline and cards could not load in this browser. The whole story is below as text.
languages = Languages
embed-provider = Interactive explainer
embed-failed = The interactive explainer could not load here. Read it on its own page:{" "}

## The walkthrough

walkthrough = Walkthrough
steps-nav = Steps
previous = Previous
next = Next
step-count = Step { $n } of { $total }
key-hint = Tip: ← and → keys move between steps.
share-step = Share this step
embed = Embed
embed-label = Paste this code into a page to show the explainer there:
embed-copy = Copy the code
embed-theme = Light or dark
embed-theme-auto = As the reader's device is set
embed-theme-light = Light
embed-theme-dark = Dark
embed-theme-host = As the host page is
embed-plain = Without the headline (the page has its own)
embed-step = Open at this step
embed-language = Language
share-url = Link to this step
link-copied = Link to this step copied.
code-copied = Embed code copied.
link-failed = Could not copy. The link is selected below: copy it from there.
code-failed = Could not copy. The code is selected: copy it from there.
step-link = Step { $n }: { $title }
# On a step's own page, for readers without JavaScript (who see the whole story from the top).
go-to-step = Go to step { $n } of { $total }: { $title }
# The page of a step that was merged into another, which it sends the reader on to.
step-moved-to = This step is now part of “{ $title }”.

## The stage

stage = The step on a timeline and a map
map-name = Relationship map as of
map-actor = { $name }: show their relationships
map-not-yet = Nothing recorded yet
map-by = { $stance } (undated)
nothing-yet = nothing recorded yet
back-to = Back in time: { $from } → { $to }. The map as it stood then.
forward-to = Forward in time: { $from } → { $to }.
same-date = Same date as the last step ({ $to }): nothing changed.
map-key = Key
key-none = Nothing recorded yet at this date
key-claim = Someone's claim, not a reported fact
key-in-step = In this step (thick line, dark dot)
changed-since = Changed since the last step ({ $from } → { $to }):
change-was = , { $facet }: was{" "}
# Points from what was to what is now, the way the page reads.
change-arrow = {" "}→{" "}
change-now = {" "}now{" "}
# A facet that had no state at the last step's date and has one now.
change-new = , { $facet }, new:{" "}
stage-step = Step { $n }:{" "}
as-of = As of { $date }
map-list = Everyone on the map, as a list

## The relationship cards

relationships = Relationships
# The view below the walkthrough: the timeline and the relationships under one date.
explore = Explore the story
dates-shown = Date the timeline and relationships show
# The words before the date the cards show (the date follows them).
as-of-label = As of{" "}
earlier-date = Earlier date
later-date = Later date
filter-show = Show
filter-all = every relationship
filter-actor = those of { $name }
pair-and = {" "}and{" "}
none-before = The source records nothing about this pair before { $date }.
history = How it changed
changed = Changed
state-from = From { $date }
state-since = Since { $date }
state-by = Reported by { $date }
events-chips = Events:{" "}

## The timeline and events

timeline = Timeline
dated-events = Dated events, oldest first
undated = Undated in the source
in-focus = {" "}(in focus)
years-pass = { $years } years pass
event-hint = Choose an event to see what happened, who was involved and where it comes from.
involved = Involved:{" "}
changed-chips = Changed:{" "}

## Sources and updates

source = Source:{" "}
fact = Reported fact
claim-by = Claim by { $name }
analysis-by = Analysis by { $name }
analysis-own = Analysis (the article's own)
updated = Updated { $date }
# Under a translation's colophon (never on the English page): what review it has had.
translation-note = This translation was made from our English text and has had an editor's pass; it still awaits a native speaker's review.
updates = Updates
update-changed = Changed:
colophon = Source: { $source }. Every step, event and relationship names the paragraphs (¶) it comes from and whether it is a reported fact, a claim (and whose) or analysis. The text is ours; quoted words are the speakers'.
# A story of several sources: the list of them (each from colophon-source), then the same promise.
colophon-sources = Sources: { $sources }. Every step, event and relationship names the source and paragraphs (¶) it comes from and whether it is a reported fact, a claim (and whose) or analysis. The text is ours; quoted words are the speakers'.
# A source in that list: its outlet (a link) and its title: "open.kg, Israel became the first country…".
colophon-source = { $outlet }, { $title }
# A source whose date is known.
colophon-source-dated = { $source } ({ $date })
when-since = Since { $date }
when-by = By { $date }
when-undated = Undated

## Stances (a relationship's standing) and facets

facet-official = Officially
facet-practice = In practice
stance-none = No recorded relationship yet
stance-at-war = At war
stance-terrorist-listing = Listed as terrorists
stance-hostile = Hostile
stance-protest = Protest
stance-rivalry = Rivalry
stance-sanctions = Sanctions
stance-restrictions = Restrictions
stance-no-formal-ties = Not recognised
stance-pragmatic-ties = Pragmatic ties
stance-backing = Backing
stance-cooperation = Cooperation
stance-formal-recognition = Formal recognition
stance-ended = Ended
