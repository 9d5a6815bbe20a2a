<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>Your data is safe: the change that failed was not saved.</source>
        <translation>Ваши данные в безопасности: неудавшееся изменение не было сохранено.</translation>
    </message>
    <message>
        <source>The details were written to the log file:</source>
        <translation>Подробности записаны в файл журнала:</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>при открытии базы данных</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>{0} already exists; use Open database… to open it.</source>
        <translation>{0} уже существует; чтобы открыть его, выберите «Открыть базу данных…».</translation>
    </message>
    <message>
        <source>No other recent databases</source>
        <translation>Других недавних баз данных нет</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Создать резервную копию базы данных</translation>
    </message>
    <message>
        <source>SQLite copy (*.sqlite3);;JSON dump (*.json)</source>
        <translation>Копия SQLite (*.sqlite3);;Выгрузка JSON (*.json)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <source>Add the sample event</source>
        <translation>Добавить пример мероприятия</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Import a schedule</source>
        <translation>Импортировать расписание</translation>
    </message>
    <message>
        <source>Schedules (*.xml *.json);;All files (*)</source>
        <translation>Расписания (*.xml *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Чтение {0}…</translation>
    </message>
    <message>
        <source>Import “{0}”</source>
        <translation>Импорт «{0}»</translation>
    </message>
    <message>
        <source>Import speakers from “{0}”</source>
        <translation>Импорт докладчиков из «{0}»</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Import speakers</source>
        <translation>Импортировать выступающих</translation>
    </message>
    <message>
        <source>Speaker lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Списки выступающих (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Apply these changes?</source>
        <translation>Применить эти изменения?</translation>
    </message>
    <message>
        <source>Reading the speaker list…</source>
        <translation>Чтение списка выступающих…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Select an event first.</source>
        <translation>Сначала выберите мероприятие.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>О программе {0}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Plan official events and print their programme.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Планируйте официальные мероприятия и печатайте их программы.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Data:&lt;/b&gt; {0}&lt;br&gt;&lt;b&gt;Logs:&lt;/b&gt; {1}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Данные:&lt;/b&gt; {0}&lt;br&gt;&lt;b&gt;Журналы:&lt;/b&gt; {1}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Распространяется по лицензии GNU GPL версии 3 или более поздней.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome speech</source>
        <translation>Приветственное слово</translation>
    </message>
    <message>
        <source>Opening remarks</source>
        <translation>Вступительное слово</translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation>Основной доклад</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Выступление</translation>
    </message>
    <message>
        <source>Video message</source>
        <translation>Видеообращение</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Панельная дискуссия</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Обсуждение</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Вопросы и ответы</translation>
    </message>
    <message>
        <source>Coffee break</source>
        <translation>Кофе-брейк</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Обед</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>Церемония</translation>
    </message>
    <message>
        <source>Closing remarks</source>
        <translation>Заключительное слово</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Модератор</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Ведущий</translation>
    </message>
    <message>
        <source>Panelist</source>
        <translation>Участник дискуссии</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Принимающая сторона</translation>
    </message>
    <message>
        <source>Co-organizer</source>
        <translation>Соорганизатор</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Спонсор</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Поддерживающая сторона</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Государственный орган</translation>
    </message>
    <message>
        <source>Intergovernmental</source>
        <translation>Межправительственная</translation>
    </message>
    <message>
        <source>UN agency</source>
        <translation>Агентство ООН</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>НКО</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>Научная</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Частный сектор</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Окончательный</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Мин</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Аббревиатура</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Precedence</source>
        <translation>Старшинство</translation>
    </message>
    <message>
        <source>Day change time</source>
        <translation>Время смены дня</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <extracomment>The fields an inline edit shows before it is saved (`AgendaModel.echo`): a title never moves its row and is hardly ever refused (a NUL or an over-long paste; then it is taken back). A new start or length may re-time or move rows, or be out of range: those show once saved. (after this (start, id) key or None for the first, at most this many) -&gt; the next slots in (start, id) order. The event&apos;s day-change time (set by the view): a time typed before it is after midnight, same day. (slot, changes) -&gt; accepted? Set by the view; returns False when the change was refused. (slot, new index among the slots of its day and room) -&gt; accepted?</extracomment>
        <translation>Продолжительность в минутах</translation>
    </message>
    <message>
        <source>Speaker list (CSV)…</source>
        <translation>Список выступающих (CSV)…</translation>
    </message>
    <message>
        <source>Speaker list (Excel)…</source>
        <translation>Список выступающих (Excel)…</translation>
    </message>
    <message>
        <source>Speaker list (PDF)…</source>
        <translation>Список выступающих (PDF)…</translation>
    </message>
    <message>
        <source>Speaker list (Word)…</source>
        <translation>Список выступающих (Word)…</translation>
    </message>
    <message>
        <source>Schedule (iCalendar)…</source>
        <translation>Расписание (iCalendar)…</translation>
    </message>
    <message>
        <source>Schedule (XML)…</source>
        <translation>Расписание (XML)…</translation>
    </message>
    <message>
        <source>Schedule (JSON)…</source>
        <translation>Расписание (JSON)…</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>Не удаётся открыть базу данных.</translation>
    </message>
    <message>
        <source>Choose another database…</source>
        <translation>Выбрать другую базу данных…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>Выберите базу данных</translation>
    </message>
    <message>
        <source>Event Planner databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Базы данных Event Planner (*.sqlite3 *.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Available in a later version</source>
        <translation>Будет доступно в следующей версии</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Length (minutes)</source>
        <translation>Продолжительность (мин)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Дистанционно</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Выступающие</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Venue address</source>
        <translation>Адрес места проведения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Звание</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Биография</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>The new language is used after a restart. Restart now?</source>
        <translation>Новый язык будет применён после перезапуска. Перезапустить сейчас?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Перезапустить сейчас</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>П&amp;озже</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>Event Planner backups (*.sqlite3 *.sqlite *.db *.json);;All files (*)</source>
        <translation>Резервные копии Event Planner (*.sqlite3 *.sqlite *.db *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replace everything in this database with the backup?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Заменить всё содержимое этой базы данных резервной копией?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The current data is saved beside the database first, so the restore can be undone.</source>
        <translation>Текущие данные сначала сохраняются рядом с базой данных, поэтому восстановление можно отменить.</translation>
    </message>
    <message>
        <source>Make a backup of the server first if you may need today&apos;s data.</source>
        <translation>Если сегодняшние данные могут понадобиться, сначала сделайте резервную копию сервера.</translation>
    </message>
    <message>
        <source>Backup: {0}&lt;br&gt;Database: {1}&lt;br&gt;&lt;br&gt;Everyone using this database will see the restored data. {2}</source>
        <translation>Резервная копия: {0}&lt;br&gt;База данных: {1}&lt;br&gt;&lt;br&gt;Все, кто работает с этой базой данных, увидят восстановленные данные. {2}</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>при восстановлении из резервной копии</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>(a picture)</source>
        <translation>(изображение)</translation>
    </message>
    <message>
        <source>loading the timetable</source>
        <translation>при загрузке расписания</translation>
    </message>
    <message>
        <source>Move “{0}” to {1}</source>
        <translation>Перенести «{0}» на {1}</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>без зала</translation>
    </message>
    <message>
        <source>Move “{0}” to {1}, {2}</source>
        <translation>Перенести «{0}»: {1}, {2}</translation>
    </message>
    <message>
        <source>Make “{0}” {1} min long</source>
        <translation>Продолжительность «{0}»: {1} мин</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Новый пункт</translation>
    </message>
    <message>
        <source>Add a slot at {0}</source>
        <translation>Добавить пункт на {0}</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Без зала</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>Day shown in the timetable</source>
        <translation>День в расписании</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Предыдущий день</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Следующий день</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Уменьшить (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Увеличить (Ctrl++)</translation>
    </message>
    <message>
        <source>Drag a block to move it, its lower edge to change its length; double-click to edit or, on empty space, to add.</source>
        <translation>Перетащите блок, чтобы переместить его, или его нижний край, чтобы изменить продолжительность; двойной щелчок открывает редактирование, а на пустом месте — добавляет пункт.</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>День %1 · %2</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <extracomment>Offered an action whose save found a newer version (ui/team/stale.py); True when it then saved.</extracomment>
        <translation>Отменено: ничего не изменено.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Edit “{0}”</source>
        <translation>Изменение «{0}»</translation>
    </message>
    <message>
        <source>Delete “{0}”</source>
        <translation>Удаление «{0}»</translation>
    </message>
    <message>
        <source>Move “{0}”</source>
        <translation>Перемещение «{0}»</translation>
    </message>
    <message>
        <source>Order {0} slot(s) by protocol</source>
        <translation>Упорядочить по протоколу (пунктов: {0})</translation>
    </message>
    <message>
        <source>Create event “{0}”</source>
        <translation>Создание мероприятия «{0}»</translation>
    </message>
    <message>
        <source>Delete event “{0}”</source>
        <translation>Удаление мероприятия «{0}»</translation>
    </message>
    <message>
        <source>Duplicate “{0}” as next year&apos;s event</source>
        <translation>Копия «{0}» как мероприятие следующего года</translation>
    </message>
    <message>
        <source>Change {0} of “{1}”</source>
        <translation>Изменение «{1}»: {0}</translation>
    </message>
    <message>
        <source>Add room “{0}”</source>
        <translation>Добавление зала «{0}»</translation>
    </message>
    <message>
        <source>Rename room “{0}” to “{1}”</source>
        <translation>Переименование зала «{0}» в «{1}»</translation>
    </message>
    <message>
        <source>Reorder rooms</source>
        <translation>Изменение порядка залов</translation>
    </message>
    <message>
        <source>Delete room “{0}”</source>
        <translation>Удаление зала «{0}»</translation>
    </message>
    <message>
        <source>PDF, A4 landscape (*.pdf)</source>
        <translation>PDF, A4 альбомная (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, A3 landscape (*.pdf)</source>
        <translation>PDF, A3 альбомная (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image, A4 landscape (*.png)</source>
        <translation>Изображение PNG, A4 альбомная (*.png)</translation>
    </message>
    <message>
        <source>PNG image, A3 landscape (*.png)</source>
        <translation>Изображение PNG, A3 альбомная (*.png)</translation>
    </message>
    <message>
        <source>Wall chart</source>
        <translation>Настенный график</translation>
    </message>
    <message>
        <source>Export a wall chart</source>
        <translation>Экспорт настенного графика</translation>
    </message>
    <message>
        <source>Reading the agenda…</source>
        <translation>Чтение повестки дня…</translation>
    </message>
    <message>
        <source>Drawing the wall chart…</source>
        <translation>Построение настенного графика…</translation>
    </message>
    <message>
        <source>Exporting the wall chart…</source>
        <translation>Экспорт настенного графика…</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Новое мероприятие…</translation>
    </message>
    <message>
        <source>Create a new event</source>
        <translation>Создать новое мероприятие</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>Open another database file</source>
        <translation>Открыть другой файл базы данных</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>Новая &amp;база данных…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Недавние базы данных</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import a schedule (XML, JSON) as a new event</source>
        <translation>Импортировать расписание (XML, JSON) как новое мероприятие</translation>
    </message>
    <message>
        <source>Import &amp;speakers…</source>
        <translation>Импорт &amp;выступающих…</translation>
    </message>
    <message>
        <source>Programme (&amp;Word document)…</source>
        <translation>Программа (документ &amp;Word)…</translation>
    </message>
    <message>
        <source>The programme as an editable Word document, in your letterhead</source>
        <translation>Программа в виде редактируемого документа Word на вашем бланке</translation>
    </message>
    <message>
        <source>&amp;Wall chart (PDF/PNG)…</source>
        <translation>&amp;Настенный график (PDF/PNG)…</translation>
    </message>
    <message>
        <source>The day&apos;s timetable on one A4 or A3 landscape page, to pin by the door</source>
        <translation>Расписание дня на одной альбомной странице A4 или A3, чтобы повесить у двери</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print the programme</source>
        <translation>Напечатать программу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delete the selected slots or speakers</source>
        <translation>Удалить выбранные пункты или выступающих</translation>
    </message>
    <message>
        <source>Delete &amp;event…</source>
        <translation>Удалить &amp;мероприятие…</translation>
    </message>
    <message>
        <source>Delete the selected event with its agenda (can be undone)</source>
        <translation>Удалить выбранное мероприятие вместе с повесткой (можно отменить)</translation>
    </message>
    <message>
        <source>&amp;Find speaker…</source>
        <translation>&amp;Найти выступающего…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Пара&amp;метры…</translation>
    </message>
    <message>
        <source>Language, programme defaults, ripple, backups and the database</source>
        <translation>Язык, параметры программы по умолчанию, сдвиг, резервные копии и база данных</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Ripple later slots</source>
        <translation>&amp;Сдвигать последующие пункты</translation>
    </message>
    <message>
        <source>Changing a slot&apos;s length or start moves the slots after it in the same room</source>
        <translation>При изменении продолжительности или начала пункта последующие пункты в том же зале сдвигаются</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Повестка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation>&amp;О программе {0}</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Add slot</source>
        <translation>Добавить пункт</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <source>Protocol order</source>
        <translation>Порядок по протоколу</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>Add {0} to the speakers</source>
        <translation>Добавить {0} в докладчики</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Изменение: {0}</translation>
    </message>
    <message>
        <source>Merge {0} duplicate(s) into {1}</source>
        <translation>Объединить дубликаты ({0}) с {1}</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>Удалить {0}</translation>
    </message>
    <message>
        <source>Delete {0} people</source>
        <translation>Удалить людей: {0}</translation>
    </message>
    <message>
        <source>Add organization “{0}”</source>
        <translation>Добавить организацию «{0}»</translation>
    </message>
    <message>
        <source>Edit organization “{0}”</source>
        <translation>Изменение организации «{0}»</translation>
    </message>
    <message>
        <source>Delete organization “{0}”</source>
        <translation>Удалить организацию «{0}»</translation>
    </message>
    <message>
        <source>Save the programme as a Word document</source>
        <translation>Сохранить программу как документ Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing the Word document…</source>
        <translation>Запись документа Word…</translation>
    </message>
    <message>
        <source>Programme saved to {0}</source>
        <translation>Программа сохранена: {0}</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Документ Word</translation>
    </message>
    <message>
        <source>The Word document was saved, with remarks:</source>
        <translation>Документ Word сохранён, с замечаниями:</translation>
    </message>
    <message>
        <source>Set the letterhead to {0}</source>
        <translation>Назначить бланк {0}</translation>
    </message>
    <message>
        <source>Remove the event&apos;s letterhead</source>
        <translation>Удалить бланк мероприятия</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Use the de&amp;fault</source>
        <translation>Использовать &amp;общий</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Уд&amp;алить</translation>
    </message>
    <message>
        <source>A Word document (.docx or .dotx) with your letterhead, margins and styles</source>
        <translation>Документ Word (.docx или .dotx) с вашим бланком, полями и стилями</translation>
    </message>
    <message>
        <source>The default: {0}</source>
        <translation>Общий: {0}</translation>
    </message>
    <message>
        <source>None (a plain page)</source>
        <translation>Нет (чистая страница)</translation>
    </message>
    <message>
        <source>Choose a letterhead</source>
        <translation>Выберите бланк</translation>
    </message>
    <message>
        <source>Word documents (*.docx *.dotx)</source>
        <translation>Документы Word (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Бланк</translation>
    </message>
    <message>
        <source>storing the letterhead</source>
        <translation>сохранение бланка</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Сигнал</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Edit cue</source>
        <translation>Изменить сигнал</translation>
    </message>
    <message>
        <source>Add cue</source>
        <translation>Добавить сигнал</translation>
    </message>
    <message>
        <source> min from the start</source>
        <translation> мин от начала</translation>
    </message>
    <message>
        <source>Draft the MC introduction</source>
        <translation>Составить текст ведущего</translation>
    </message>
    <message>
        <source>Write the master of ceremonies&apos; words from the speakers&apos; data, in each language</source>
        <translation>Написать слова ведущего по данным выступающих на каждом языке</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Master of ceremonies</source>
        <translation>Ведущий</translation>
    </message>
    <message>
        <source>Add cue…</source>
        <translation>Добавить сигнал…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>no call</source>
        <translation>без вызова</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> мин до начала</translation>
    </message>
    <message>
        <source>Call note</source>
        <translation>Примечание к вызову</translation>
    </message>
    <message>
        <source>Technical needs</source>
        <translation>Техническое обеспечение</translation>
    </message>
    <message>
        <source>Save call time and needs</source>
        <translation>Сохранить вызов и требования</translation>
    </message>
    <message>
        <source>Call time and technical needs</source>
        <translation>Время вызова и техническое обеспечение</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Вызов</translation>
    </message>
    <message>
        <source>Cues: {0}</source>
        <translation>Сигналы: {0}</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показ</translation>
    </message>
    <message>
        <source>&amp;Start show…</source>
        <translation>&amp;Начать показ…</translation>
    </message>
    <message>
        <source>Open the operator window and the stage timer; a show in progress resumes</source>
        <translation>Открыть окно оператора и таймер сцены; идущий показ продолжится</translation>
    </message>
    <message>
        <source>&amp;Cues of the selected slot…</source>
        <translation>&amp;Сигналы выбранного пункта…</translation>
    </message>
    <message>
        <source>&amp;Run sheet (PDF, Excel)…</source>
        <translation>&amp;Сценарий (PDF, Excel)…</translation>
    </message>
    <message>
        <source>&amp;Follow the show (stage timer)…</source>
        <translation>&amp;Следить за показом (таймер сцены)…</translation>
    </message>
    <message>
        <source>Show the stage timer of a show another workstation runs; read-only</source>
        <translation>Показать таймер сцены для показа, который ведёт другое рабочее место; только чтение</translation>
    </message>
    <message>
        <source>&amp;Timings: planned vs actual (CSV, Excel)…</source>
        <translation>&amp;Хронометраж: план и факт (CSV, Excel)…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показ</translation>
    </message>
    <message>
        <source>Start show</source>
        <translation>Начать показ</translation>
    </message>
    <message>
        <source>Which day and room?</source>
        <translation>Какой день и зал?</translation>
    </message>
    <message>
        <source>No show of this event has been started yet; the timer will follow as soon as one starts.</source>
        <translation>Показ этого мероприятия ещё не начат; таймер начнёт следить, как только он начнётся.</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Сигналы</translation>
    </message>
    <message>
        <source>Select a slot in the agenda first.</source>
        <translation>Сначала выберите пункт в программе.</translation>
    </message>
    <message>
        <source>Run sheet</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Everyone (full version)</source>
        <translation>Для всех (полная версия)</translation>
    </message>
    <message>
        <source>Technical crew</source>
        <translation>Технический персонал</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <source>Write the run sheet</source>
        <translation>Сохранить сценарий</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the run sheet…</source>
        <translation>Сценарий сохраняется…</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <source>Write the timings</source>
        <translation>Сохранить хронометраж</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing the timings…</source>
        <translation>Хронометраж сохраняется…</translation>
    </message>
    <message>
        <source>MC</source>
        <translation>Ведущий</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Звук</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Light/stage</source>
        <translation>Свет/сцена</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>planned for {0}</source>
        <translation>запланировано на {0}</translation>
    </message>
    <message>
        <source>{0} h {1} min behind schedule</source>
        <translation>отставание от графика {0} ч {1} мин</translation>
    </message>
    <message>
        <source>Show: {0}</source>
        <translation>Показ: {0}</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 мин</translation>
    </message>
    <message>
        <source>Shorten the coffee break…</source>
        <translation>Сократить кофе-брейк…</translation>
    </message>
    <message>
        <source>Message to the speaker, e.g. “Please conclude”</source>
        <translation>Сообщение выступающему, напр. «Пожалуйста, завершайте»</translation>
    </message>
    <message>
        <source>Show on stage</source>
        <translation>Показать на сцене</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Во весь экран</translation>
    </message>
    <message>
        <source>Show stage timer</source>
        <translation>Показать таймер сцены</translation>
    </message>
    <message>
        <source>Stage timer on</source>
        <translation>Таймер сцены на</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Cues of the current item</source>
        <translation>Сигналы текущего пункта</translation>
    </message>
    <message>
        <source>Call times coming up</source>
        <translation>Ближайшие вызовы</translation>
    </message>
    <message>
        <source>Running order</source>
        <translation>Порядок проведения</translation>
    </message>
    <message>
        <source>No break is left to shorten.</source>
        <translation>Не осталось перерыва, который можно сократить.</translation>
    </message>
    <message>
        <source>Shorten the coffee break</source>
        <translation>Сократить кофе-брейк</translation>
    </message>
    <message>
        <source>The break at {0} lasts {1} min. Shorten it by (minutes):</source>
        <translation>Перерыв в {0} длится {1} мин. Сократить на (минут):</translation>
    </message>
    <message>
        <source>Ready to start</source>
        <translation>Готово к началу</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Идёт</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>The show is over</source>
        <translation>Показ завершён</translation>
    </message>
    <message>
        <source>{0} min behind schedule</source>
        <translation>отставание от графика {0} мин</translation>
    </message>
    <message>
        <source>Elapsed {0}</source>
        <translation>Прошло {0}</translation>
    </message>
    <message>
        <source>Remaining {0}</source>
        <translation>Осталось {0}</translation>
    </message>
    <message>
        <source>Nothing more today</source>
        <translation>На сегодня всё</translation>
    </message>
    <message>
        <source>Planned {0}, expected {1}</source>
        <translation>По плану {0}, ожидается {1}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Technical needs: {0}</source>
        <translation>Техническое обеспечение: {0}</translation>
    </message>
    <message>
        <source>No calls in the next 30 minutes</source>
        <translation>В ближайшие 30 минут вызовов нет</translation>
    </message>
    <message>
        <source>Stage timer</source>
        <translation>Таймер сцены</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Далее: {0}</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Спасибо</translation>
    </message>
    <message>
        <source>Delete cue</source>
        <translation>Удалить сигнал</translation>
    </message>
    <message>
        <source>Edit call time and technical needs</source>
        <translation>Изменить вызов и техническое обеспечение</translation>
    </message>
    <message>
        <source>The agenda has {0} conflict(s), for example:
{1}</source>
        <translation>В программе конфликтов: {0}. Например:
{1}</translation>
    </message>
    <message>
        <source>The Problems panel lists them all. Go on anyway?</source>
        <translation>Все они перечислены на панели «Проблемы». Продолжить?</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Dinner</source>
        <translation>Ужин</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Photo session</source>
        <translation>Фотосессия</translation>
    </message>
    <message>
        <source>Signing ceremony</source>
        <translation>Церемония подписания</translation>
    </message>
    <message>
        <source>Press conference</source>
        <translation>Пресс-конференция</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Нетворкинг</translation>
    </message>
    <message>
        <source>Name badges (PDF)…</source>
        <translation>Бейджи (PDF)…</translation>
    </message>
    <message>
        <source>Table cards (PDF)…</source>
        <translation>Настольные карточки (PDF)…</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)</translation>
    </message>
    <message>
        <source>Move &amp;parallel sessions too</source>
        <translation>Сдвигать и &amp;параллельные секции</translation>
    </message>
    <message>
        <source>Ripple also moves the later slots in the day&apos;s other rooms, so parallel sessions stay side by side</source>
        <translation>Сдвиг затрагивает и последующие пункты в других залах этого дня, чтобы параллельные секции оставались рядом</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>Planning an agenda, translations, printing, working as a team</source>
        <translation>Составление программы, переводы, печать, работа в команде</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Open the &amp;sample event</source>
        <translation>Открыть &amp;пример мероприятия</translation>
    </message>
    <message>
        <source>International Migrants Day 2021, to look around or try things out</source>
        <translation>Международный день мигрантов 2021 — чтобы осмотреться или попробовать</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <source>Saved {0} in {1}</source>
        <translation>Файл {0} сохранён в {1}</translation>
    </message>
    <message>
        <source>Double-click the role to change it; drag a row to reorder</source>
        <translation>Дважды щёлкните роль, чтобы изменить её; перетащите строку, чтобы изменить порядок</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>Zoom the preview or the timetable in / out</source>
        <translation>Увеличить / уменьшить просмотр или расписание</translation>
    </message>
    <message>
        <source>Open the selected slot in the timetable</source>
        <translation>Открыть выбранный пункт в расписании</translation>
    </message>
    <message>
        <source>Go to the neighbouring slot in the timetable</source>
        <translation>Перейти к соседнему пункту в расписании</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Saved, but this creates a conflict: {0}</source>
        <translation>Сохранено, но возник конфликт: {0}</translation>
    </message>
    <message>
        <source>(and {0} more; see Problems)</source>
        <translation>(и ещё {0}; см. «Проблемы»)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Slot title</source>
        <translation>Название пункта</translation>
    </message>
    <message>
        <source>Position or rank</source>
        <translation>Должность или звание</translation>
    </message>
    <message>
        <source>&amp;Guest documents</source>
        <translation>&amp;Документы для гостей</translation>
    </message>
    <message>
        <source>Guest documents</source>
        <translation>Документы для гостей</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>List of participants (PDF)…</source>
        <translation>Список участников (PDF)…</translation>
    </message>
    <message>
        <source>List of participants</source>
        <translation>Список участников</translation>
    </message>
    <message>
        <source>List of participants (Excel)…</source>
        <translation>Список участников (Excel)…</translation>
    </message>
    <message>
        <source>List of participants (Word)…</source>
        <translation>Список участников (Word)…</translation>
    </message>
    <message>
        <source>Guest list (CSV)…</source>
        <translation>Список гостей (CSV)…</translation>
    </message>
    <message>
        <source>Guest list</source>
        <translation>Список гостей</translation>
    </message>
    <message>
        <source>Sign-in sheet (PDF)…</source>
        <translation>Лист регистрации (PDF)…</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Лист регистрации</translation>
    </message>
    <message>
        <source>Seating charts (PDF)…</source>
        <translation>Схемы рассадки (PDF)…</translation>
    </message>
    <message>
        <source>Seating charts</source>
        <translation>Схемы рассадки</translation>
    </message>
    <message>
        <source>Place cards (PDF)…</source>
        <translation>Именные таблички (PDF)…</translation>
    </message>
    <message>
        <source>Place cards</source>
        <translation>Именные таблички</translation>
    </message>
    <message>
        <source>Invitation letters, merged (PDF)…</source>
        <translation>Пригласительные письма, одним файлом (PDF)…</translation>
    </message>
    <message>
        <source>Invitation letters</source>
        <translation>Пригласительные письма</translation>
    </message>
    <message>
        <source>Invitation letters, merged (Word)…</source>
        <translation>Пригласительные письма, одним файлом (Word)…</translation>
    </message>
    <message>
        <source>Folder for one letter per guest</source>
        <translation>Папка для писем (по одному на гостя)</translation>
    </message>
    <message>
        <source>Wrote the letters into {0}</source>
        <translation>Письма записаны в {0}</translation>
    </message>
    <message>
        <source>Invitation letters, one PDF per guest…</source>
        <translation>Пригласительные письма, по PDF на гостя…</translation>
    </message>
    <message>
        <source>Folder for the reminder drafts</source>
        <translation>Папка для черновиков напоминаний</translation>
    </message>
    <message>
        <source>Wrote reminder drafts (.eml) into {0}. Open them in your mail program to send them.</source>
        <translation>Черновики напоминаний (.eml) записаны в {0}. Откройте их в почтовой программе, чтобы отправить.</translation>
    </message>
    <message>
        <source>Reminders to guests without an answer (.eml)…</source>
        <translation>Напоминания гостям без ответа (.eml)…</translation>
    </message>
    <message>
        <source>Certificates of participation (PDF)…</source>
        <translation>Сертификаты участников (PDF)…</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <source>Delegation / organization</source>
        <translation>Делегация / организация</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Dietary and access needs</source>
        <translation>Питание и доступность</translation>
    </message>
    <message>
        <source>{0} guests</source>
        <translation>Гостей: {0}</translation>
    </message>
    <message>
        <source>Edit the delegation “{0}”</source>
        <translation>Изменить делегацию «{0}»</translation>
    </message>
    <message>
        <source>New delegation “{0}”</source>
        <translation>Новая делегация «{0}»</translation>
    </message>
    <message>
        <source>Delete the delegation “{0}”</source>
        <translation>Удалить делегацию «{0}»</translation>
    </message>
    <message>
        <source>{0} into the delegation “{1}”</source>
        <translation>{0}: в делегацию «{1}»</translation>
    </message>
    <message>
        <source>{0} out of their delegation</source>
        <translation>{0}: вне делегации</translation>
    </message>
    <message>
        <source>Import the guest list {0}</source>
        <translation>Импорт списка гостей {0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Invite {0} guest(s)</source>
        <translation>Пригласить гостей: {0}</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>Убрать {0}</translation>
    </message>
    <message>
        <source>Remove {0} guests</source>
        <translation>Убрать гостей: {0}</translation>
    </message>
    <message>
        <source>Add the seating chart “{0}”</source>
        <translation>Добавить схему рассадки «{0}»</translation>
    </message>
    <message>
        <source>Edit the invitation letter ({0})</source>
        <translation>Изменить пригласительное письмо ({0})</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Save the whole activity log of this event as a CSV file</source>
        <translation>Сохранить весь журнал действий по этому мероприятию в файл CSV</translation>
    </message>
    <message>
        <source>Choose an event to see who changed what.</source>
        <translation>Выберите мероприятие, чтобы увидеть, кто что изменил.</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Изменений пока нет.</translation>
    </message>
    <message>
        <source>{0} change(s), newest first</source>
        <translation>Изменений: {0}, сначала новые</translation>
    </message>
    <message>
        <source>Export the activity log</source>
        <translation>Экспорт журнала действий</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}.</source>
        <translation>Не удаётся записать {0}: {1}.</translation>
    </message>
</context>
<context>
    <name>AgendaEdits</name>
    <message>
        <source>Move “{0}” to {1}</source>
        <translation>Перенести «{0}» на {1}</translation>
    </message>
    <message>
        <source>Make “{0}” {1} min</source>
        <translation>Продолжительность «{0}»: {1} мин</translation>
    </message>
    <message>
        <source>Rename “{0}” to “{1}”</source>
        <translation>Переименование «{0}» в «{1}»</translation>
    </message>
    <message>
        <source>Add “{0}” at {1}</source>
        <translation>Добавление «{0}» на {1}</translation>
    </message>
    <message>
        <source>Duplicate “{0}”</source>
        <translation>Дублирование «{0}»</translation>
    </message>
    <message>
        <source>Insert a break after “{0}”</source>
        <translation>Перерыв после «{0}»</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>без зала</translation>
    </message>
    <message>
        <source>Move to &amp;day</source>
        <translation>Перенести на &amp;день</translation>
    </message>
    <message>
        <source>Move to &amp;room</source>
        <translation>Перенести в &amp;зал</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Без зала</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>&amp;Add slot…</source>
        <extracomment>Whether ripple moves the other rooms&apos; later slots too (the window&apos;s Agenda menu toggle).</extracomment>
        <translation>&amp;Добавить пункт…</translation>
    </message>
    <message>
        <source>Add a slot after the selected one (Ctrl+Shift+N)</source>
        <translation>Добавить пункт после выбранного (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Edit slot…</source>
        <translation>&amp;Изменить пункт…</translation>
    </message>
    <message>
        <source>Edit every field of the selected slot (Ctrl+E)</source>
        <translation>Изменить все поля выбранного пункта (Ctrl+E)</translation>
    </message>
    <message>
        <source>Insert &amp;break</source>
        <translation>Вставить &amp;перерыв</translation>
    </message>
    <message>
        <source>Insert a 15-minute coffee break after the selected slot (Ctrl+B)</source>
        <translation>Вставить 15-минутный кофе-брейк после выбранного пункта (Ctrl+B)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Д&amp;ублировать</translation>
    </message>
    <message>
        <source>Duplicate the selected slot (Ctrl+D)</source>
        <translation>Дублировать выбранный пункт (Ctrl+D)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <source>Move the slot earlier and re-time the day (Ctrl+Up)</source>
        <translation>Передвинуть пункт раньше и пересчитать время дня (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <source>Move the slot later and re-time the day (Ctrl+Down)</source>
        <translation>Передвинуть пункт позже и пересчитать время дня (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Order by &amp;protocol</source>
        <translation>Упорядочить по &amp;протоколу</translation>
    </message>
    <message>
        <source>Sort speakers, or the selected speeches, by precedence</source>
        <translation>Упорядочить выступающих или выбранные выступления по старшинству</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No slots on this day yet&lt;/h3&gt;&lt;p&gt;Add the first item of the agenda: a welcome speech, a panel, a break…&lt;/p&gt;</source>
        <translation>&lt;h3&gt;На этот день пунктов пока нет&lt;/h3&gt;&lt;p&gt;Добавьте первый пункт повестки: приветственное слово, дискуссию, перерыв…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add the first slot…</source>
        <translation>Добавить первый пункт…</translation>
    </message>
    <message>
        <source>Day {0} · {1}</source>
        <translation>День {0} · {1}</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Automatic backups</source>
        <translation>Автоматическое резервное копирование</translation>
    </message>
</context>
<context>
    <name>BackupForm</name>
    <message>
        <source>&amp;Back up the database once a day, when the application starts</source>
        <translation>Создавать резервную копию базы данных раз в день при &amp;запуске программы</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Хранить последние:</translation>
    </message>
    <message>
        <source>Older automatic backups are deleted; other files in the folder are never touched. A folder on another disk or machine survives the loss of this one.</source>
        <translation>Более старые автоматические копии удаляются; другие файлы в папке не затрагиваются. Папка на другом диске или компьютере уцелеет, даже если этот выйдет из строя.</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Папка для автоматических резервных копий</translation>
    </message>
</context>
<context>
    <name>ChartDialog</name>
    <message>
        <source>New seating chart</source>
        <translation>Новая схема рассадки</translation>
    </message>
    <message>
        <source>Presidium</source>
        <translation>Президиум</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Seats per table, row or base</source>
        <translation>Мест за столом, в ряду или в основании</translation>
    </message>
    <message>
        <source>Rows, tables, or seats per arm</source>
        <translation>Рядов, столов или мест в крыле</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <source>Edit the delegation</source>
        <translation>Изменить делегацию</translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>Новая делегация</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Search guests…</source>
        <translation>Поиск гостей…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Страна</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Члены</translation>
    </message>
    <message>
        <source>&amp;Head</source>
        <translation>&amp;Глава</translation>
    </message>
    <message>
        <source>Space ticks a member; the head is one of the members.</source>
        <translation>Пробел отмечает члена делегации; глава выбирается из её членов.</translation>
    </message>
</context>
<context>
    <name>DelegationsDialog</name>
    <message>
        <source>Delegations</source>
        <translation>Делегации</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Новая…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Keys: Insert adds (with the guests selected in the list) · Enter or F2 edits · Delete deletes</source>
        <translation>Клавиши: Insert добавляет (с выбранными в списке гостями) · Enter или F2 изменяет · Delete удаляет</translation>
    </message>
    <message>
        <source>{0} — {1} member(s)</source>
        <translation>{0} — членов: {1}</translation>
    </message>
    <message>
        <source>, head: {0}</source>
        <translation>, глава: {0}</translation>
    </message>
    <message>
        <source>Delete the delegation</source>
        <translation>Удалить делегацию</translation>
    </message>
    <message>
        <source>Delete the delegation “{0}”? Its guests stay on the list.</source>
        <translation>Удалить делегацию «{0}»? Её гости останутся в списке.</translation>
    </message>
</context>
<context>
    <name>DescriptionLimit</name>
    <message>
        <source>No limit</source>
        <translation>Без ограничения</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> строк(и)</translation>
    </message>
    <message>
        <source>For large events: each description ends with “…” after this many lines. PDF and printing only; a Word document keeps every line.</source>
        <translation>Для больших мероприятий: каждое описание обрывается многоточием «…» после стольких строк. Только для PDF и печати; в документе Word остаются все строки.</translation>
    </message>
    <message>
        <source>Descriptions fill about {0}% of the programme&apos;s {1} pages.</source>
        <translation>Описания занимают около {0}% из {1} страниц программы.</translation>
    </message>
    <message>
        <source>Limit them to {0} lines</source>
        <translation>Ограничить их {0} строками</translation>
    </message>
</context>
<context>
    <name>EventDetails</name>
    <message>
        <source>Optional; used in running headers</source>
        <translation>Необязательно; используется в колонтитулах</translation>
    </message>
    <message>
        <source>When one conference day ends and the next begins. With 04:00, a show at 00:15 belongs to the day before: it prints with that day in the programme, timetable and run sheet. 00:00 keeps calendar days.</source>
        <translation>Когда заканчивается один день конференции и начинается следующий. При 04:00 шоу в 00:15 относится к предыдущему дню: в программе, расписании и сценарии оно стоит в этом дне. 00:00 — обычные календарные дни.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Окончательный</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>S&amp;hort title:</source>
        <translation>&amp;Краткое название:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Даты:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source>Ne&amp;w day starts at:</source>
        <translation>Новый день начинается &amp;в:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Word documents of this event are written into this letterhead; without one, into the default from Preferences.</source>
        <translation>Документы Word этого мероприятия создаются на этом бланке, а без него — на общем бланке из настроек.</translation>
    </message>
    <message>
        <source>Lette&amp;rhead:</source>
        <translation>&amp;Бланк:</translation>
    </message>
    <message>
        <source>Word documents</source>
        <translation>Документы Word</translation>
    </message>
    <message>
        <source>Duplicate as next year&apos;s event</source>
        <translation>Создать копию на следующий год</translation>
    </message>
    <message>
        <source>Copy rooms, organizations and the agenda to the same dates one year later</source>
        <translation>Скопировать залы, организации и повестку на те же даты через год</translation>
    </message>
    <message>
        <source>Changes are saved as you go; Ctrl+Z undoes them.</source>
        <translation>Изменения сохраняются сразу; Ctrl+Z отменяет их.</translation>
    </message>
    <message>
        <source>Type a city, e.g. Baku</source>
        <translation>Введите город, например Baku</translation>
    </message>
    <message>
        <source>Content languages:</source>
        <translation>Языки содержания:</translation>
    </message>
    <message>
        <source>Offer the content in {0}</source>
        <translation>Предлагать содержание на языке: {0}</translation>
    </message>
    <message>
        <source>Stop offering the content in {0}</source>
        <translation>Не предлагать содержание на языке: {0}</translation>
    </message>
    <message>
        <source>Edit a translation</source>
        <translation>Изменить перевод</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>The event&apos;s language</source>
        <translation>Язык мероприятия</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Head of the delegation</source>
        <translation>Глава делегации</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Особенности питания</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>Потребности в доступности</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Отъезд</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>GuestLabels</name>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Официальное лицо</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Делегат</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Приглашён</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принял приглашение</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отказался</translation>
    </message>
    <message>
        <source>Sends a representative</source>
        <translation>Направляет представителя</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>Head table (presidium)</source>
        <translation>Стол президиума</translation>
    </message>
    <message>
        <source>Theatre rows</source>
        <translation>Театральные ряды</translation>
    </message>
    <message>
        <source>Round tables</source>
        <translation>Круглые столы</translation>
    </message>
    <message>
        <source>U-shaped table</source>
        <translation>П-образный стол</translation>
    </message>
</context>
<context>
    <name>GuestListPage</name>
    <message>
        <source>Search names, organizations, needs…</source>
        <translation>Поиск по именам, организациям, потребностям…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>Все ответы</translation>
    </message>
    <message>
        <source>Keys: A accepted · D declined · R sends a representative · I invited (no answer) · Enter edits · Delete removes · Ctrl+G puts into a delegation</source>
        <translation>Клавиши: A принял · D отказался · R направляет представителя · I приглашён (нет ответа) · Enter изменить · Delete убрать · Ctrl+G включить в делегацию</translation>
    </message>
    <message>
        <source>Invite people…</source>
        <translation>Пригласить…</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Импорт списка…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>De&amp;legations…</source>
        <translation>Де&amp;легации…</translation>
    </message>
    <message>
        <source>&amp;Assign to a delegation…</source>
        <translation>&amp;Включить в делегацию…</translation>
    </message>
    <message>
        <source>Put the selected guests into a delegation (Ctrl+G)</source>
        <translation>Включить выбранных гостей в делегацию (Ctrl+G)</translation>
    </message>
    <message>
        <source>{0} guests: {1}. Coming: {2} (by category: {3}; by sex: {4}).</source>
        <translation>Гостей: {0}: {1}. Придут: {2} (по категориям: {3}; по полу: {4}).</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <source>Choose one guest to name their representative.</source>
        <translation>Выберите одного гостя, чтобы указать его представителя.</translation>
    </message>
    <message>
        <source>Who comes in place of {0}?</source>
        <translation>Кто придёт вместо {0}?</translation>
    </message>
    <message>
        <source>Import a guest list</source>
        <translation>Импорт списка гостей</translation>
    </message>
    <message>
        <source>Guest lists (*.csv *.xlsx)</source>
        <translation>Списки гостей (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Import these guests? Edit &gt; Undo takes the whole import back.</source>
        <translation>Импортировать этих гостей? «Правка &gt; Отменить» отменит весь импорт целиком.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Delegation of {0}:</source>
        <translation>Делегация для: {0}</translation>
    </message>
    <message>
        <source>{0} guests</source>
        <translation>Гостей: {0}</translation>
    </message>
    <message>
        <source>Assign to a delegation</source>
        <translation>Включить в делегацию</translation>
    </message>
</context>
<context>
    <name>GuestsPage</name>
    <message>
        <source>Guest list</source>
        <extracomment>The kinds of rows the Guests page shows (a slot or cue edit leaves it alone).</extracomment>
        <translation>Список гостей</translation>
    </message>
    <message>
        <source>Seating</source>
        <translation>Рассадка</translation>
    </message>
    <message>
        <source>Invitation letter</source>
        <translation>Пригласительное письмо</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Гости</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <source>{0} is not a picture that can be read.</source>
        <translation>Файл {0} не является читаемым изображением.</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite people</source>
        <translation>Пригласить</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Texts in:</source>
        <translation>Тексты на:</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <source>Answer by</source>
        <translation>Ответить до</translation>
    </message>
    <message>
        <source>Insert a placeholder…</source>
        <translation>Вставить подстановку…</translation>
    </message>
    <message>
        <source>Save letter</source>
        <translation>Сохранить письмо</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Preview for</source>
        <translation>Просмотр для</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Contact for answers</source>
        <translation>Контакт для ответа</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписывает</translation>
    </message>
    <message>
        <source>Title of the signatory</source>
        <translation>Должность подписывающего</translation>
    </message>
    <message>
        <source>Add guests to see their letter here.</source>
        <translation>Добавьте гостей, чтобы увидеть здесь их письмо.</translation>
    </message>
    <message>
        <source>Unknown placeholders (printed as typed): {0}</source>
        <translation>Неизвестные подстановки (печатаются как написаны): {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New event…</source>
        <extracomment>Set by Preferences when the language changed: app.main builds a new window after this one closes.</extracomment>
        <translation>Новое мероприятие…</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Повестка</translation>
    </message>
    <message>
        <source>&amp;Speakers</source>
        <translation>&amp;Выступающие</translation>
    </message>
    <message>
        <source>&amp;Organizations</source>
        <translation>&amp;Организации</translation>
    </message>
    <message>
        <source>Event &amp;details</source>
        <translation>&amp;Сведения</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Пр&amp;осмотр</translation>
    </message>
    <message>
        <source>&amp;Timetable</source>
        <translation>&amp;Расписание</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Every change is saved at once.</source>
        <translation>Каждое изменение сохраняется сразу.</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (только чтение)</translation>
    </message>
    <message>
        <source>Problems ({0})</source>
        <translation>Проблемы ({0})</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Удалить мероприятие</translation>
    </message>
    <message>
        <source>Delete “{0}” and its {1} agenda slot(s)?</source>
        <translation>Удалить «{0}» и пункты его повестки (всего: {1})?</translation>
    </message>
    <message>
        <source>Its rooms and organizations&apos; roles go too. Edit ▸ Undo brings it back.</source>
        <translation>Залы и роли организаций тоже будут удалены. Правка ▸ Отменить вернёт всё обратно.</translation>
    </message>
    <message>
        <source>T&amp;ranslations</source>
        <translation>П&amp;ереводы</translation>
    </message>
    <message>
        <source>&amp;Guests</source>
        <translation>&amp;Гости</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>e.g. International Migrants Day 2025</source>
        <translation>напр., Международный день мигрантов 2025</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Первый день:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>П&amp;оследний день:</translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation>У мероприятия должно быть название.</translation>
    </message>
</context>
<context>
    <name>OrgDialog</name>
    <message>
        <source>Edit organization</source>
        <translation>Изменить организацию</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Выбрать логотип…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Удалить логотип</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Аббревиатура:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Веб-сайт:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Нет логотипа</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Выберите логотип</translation>
    </message>
    <message>
        <source>An organization needs a name.</source>
        <translation>У организации должно быть название.</translation>
    </message>
    <message>
        <source>Add to “{0}” as</source>
        <translation>Добавить в «{0}» как</translation>
    </message>
</context>
<context>
    <name>OrgView</name>
    <message>
        <source>&amp;New organization…</source>
        <translation>&amp;Новая организация…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>Все организации</translation>
    </message>
    <message>
        <source>◀ Add selected as</source>
        <translation>◀ Добавить выбранную как</translation>
    </message>
    <message>
        <source>Give the organization selected on the left a role in this event</source>
        <translation>Назначить организации, выбранной слева, роль в этом мероприятии</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>In this event</source>
        <translation>В этом мероприятии</translation>
    </message>
    <message>
        <source>In “{0}”</source>
        <translation>В «{0}»</translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation>Удалить организацию</translation>
    </message>
    <message>
        <source>Delete “{0}”?</source>
        <translation>Удалить «{0}»?</translation>
    </message>
    <message>
        <source>Its people stay in the directory without an organization, and it leaves every event it has a role in. You can undo this with Ctrl+Z.</source>
        <translation>Её сотрудники останутся в справочнике без организации, а сама она будет убрана из всех мероприятий, где у неё есть роль. Это можно отменить клавишами Ctrl+Z.</translation>
    </message>
    <message>
        <source>Select an organization on the left first.</source>
        <translation>Сначала выберите организацию слева.</translation>
    </message>
    <message>
        <source>Add “{0}” as {1}</source>
        <translation>Добавление «{0}»: {1}</translation>
    </message>
    <message>
        <source>Remove “{0}” from the event</source>
        <translation>Удаление «{0}» из мероприятия</translation>
    </message>
    <message>
        <source>Reorder the event&apos;s organizations</source>
        <translation>Изменение порядка организаций мероприятия</translation>
    </message>
    <message>
        <source>The programme&apos;s header lists them by role, then in this order. Double-click a role to change it; drag a row to reorder.</source>
        <translation>В шапке программы они перечислены по ролям, затем в этом порядке. Дважды щёлкните роль, чтобы изменить её; перетащите строку, чтобы изменить порядок.</translation>
    </message>
    <message>
        <source>Make “{0}” {1}</source>
        <translation>Сделать «{0}»: {1}</translation>
    </message>
</context>
<context>
    <name>PageStrip</name>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Уменьшить (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Увеличить (Ctrl++)</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Страница {0} из {1}</translation>
    </message>
    <message>
        <source>Page {0} of …</source>
        <translation>Страница {0} из …</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <comment>a person&apos;s name</comment>
        <translation>Имя</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Filter by name, position or organization (Ctrl+F)</source>
        <translation>Фильтр по имени, должности или организации (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New speaker…</source>
        <translation>&amp;Новый выступающий…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;Merge duplicates…</source>
        <translation>&amp;Объединить дубликаты…</translation>
    </message>
    <message>
        <source>{0} of {1} people</source>
        <translation>{0} из {1} чел.</translation>
    </message>
    <message>
        <source>{0} people</source>
        <translation>{0} чел.</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select a speaker to see their details and the slots they appear in.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Выберите выступающего, чтобы увидеть сведения о нём и пункты, в которых он участвует.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Нет фото</translation>
    </message>
    <message>
        <source>Protocol precedence: {0}</source>
        <translation>Протокольное старшинство: {0}</translation>
    </message>
    <message>
        <source>Appears in</source>
        <translation>Участвует в</translation>
    </message>
    <message>
        <source>Could not be read.</source>
        <translation>Не удалось прочитать.</translation>
    </message>
    <message>
        <source>No slot yet.</source>
        <translation>Пока ни в одном пункте.</translation>
    </message>
    <message>
        <source>Delete {0} from the speaker directory?</source>
        <translation>Удалить {0} из справочника выступающих?</translation>
    </message>
    <message>
        <source>They will be removed from these slots:</source>
        <translation>Они будут убраны из этих пунктов:</translation>
    </message>
    <message>
        <source>…and {0} more.</source>
        <translation>…и ещё {0}.</translation>
    </message>
    <message>
        <source>They do not appear in any slot.</source>
        <translation>Они не участвуют ни в одном пункте.</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Это можно отменить клавишами Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete speaker</source>
        <translation>Удалить выступающего</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Объединить дубликаты</translation>
    </message>
    <message>
        <source>No duplicates found. To merge people whose names differ, select them first (Ctrl+click).</source>
        <translation>Дубликаты не найдены. Чтобы объединить людей с разными именами, сначала выберите их (Ctrl+щелчок).</translation>
    </message>
    <message>
        <source>Merge {0} records. Keep which one? The others&apos; slots move to it.</source>
        <translation>Объединение записей: {0}. Какую оставить? Пункты остальных перейдут к ней.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit speaker</source>
        <translation>Изменить выступающего</translation>
    </message>
    <message>
        <source>New speaker</source>
        <translation>Новый выступающий</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Protocol precedence: a lower number speaks first</source>
        <translation>Протокольное старшинство: меньший номер выступает раньше</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Выбрать фото…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Удалить фото</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>Ran&amp;k:</source>
        <translation>&amp;Звание:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>Pre&amp;cedence:</source>
        <translation>&amp;Старшинство:</translation>
    </message>
    <message>
        <source>&amp;Biography:</source>
        <translation>&amp;Биография:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Нет фото</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Выберите фото</translation>
    </message>
    <message>
        <source>A person needs a given name or a family name.</source>
        <translation>У человека должно быть имя или фамилия.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Новый язык применяется при следующем запуске.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>The event&apos;s language</source>
        <translation>Язык мероприятия</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>Programme lan&amp;guage:</source>
        <translation>&amp;Язык программы:</translation>
    </message>
    <message>
        <source>&amp;Ripple: changing a slot&apos;s length or start moves the later slots in its room</source>
        <translation>&amp;Сдвиг: при изменении продолжительности или начала пункта последующие пункты в его зале сдвигаются</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Open another database (File ▸ Open database…)</source>
        <translation>Открыть другую базу данных (Файл ▸ Открыть базу данных…)</translation>
    </message>
    <message>
        <source>Default lett&amp;erhead:</source>
        <translation>Общий &amp;бланк:</translation>
    </message>
    <message>
        <source>Saved in the database at once, for every event without a letterhead of its own.</source>
        <translation>Сразу сохраняется в базе данных, для всех мероприятий без собственного бланка.</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <source>Programme defaults</source>
        <translation>Программа по умолчанию</translation>
    </message>
    <message>
        <source>Word documents</source>
        <translation>Документы Word</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Редактирование</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Автоматическое резервное копирование</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Save PDF…</source>
        <extracomment>The notice&apos;s link: show the Translations page filtered to the texts this language lacks. Asked before a programme with conflicts is printed or saved; True goes on (the window sets it).</extracomment>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Word document…</source>
        <translation>Документ Word…</translation>
    </message>
    <message>
        <source>Save the programme with these options as an editable Word document, in the letterhead chosen in Preferences or the event&apos;s details</source>
        <translation>Сохранить программу с этими параметрами как редактируемый документ Word на бланке, выбранном в настройках или в сведениях о мероприятии</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Stop laying out the programme; the pages shown so far stay</source>
        <translation>Остановить вёрстку программы; уже показанные страницы останутся</translation>
    </message>
    <message>
        <source>Lay out all pages</source>
        <translation>Сверстать все страницы</translation>
    </message>
    <message>
        <source>Building the programme…</source>
        <translation>Подготовка программы…</translation>
    </message>
    <message>
        <source>Page 1 is ready; laying out the other pages…</source>
        <translation>Страница 1 готова; остальные страницы верстаются…</translation>
    </message>
    <message>
        <source>{0} page(s)</source>
        <translation>Страниц: {0}</translation>
    </message>
    <message>
        <source>Stopped: only page 1 is shown.</source>
        <translation>Остановлено: показана только страница 1.</translation>
    </message>
    <message>
        <source>Stopped: the pages shown are from before the last change.</source>
        <translation>Остановлено: показаны страницы до последнего изменения.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <source>Only page 1 is shown; it is not the whole programme.</source>
        <translation>Показана только страница 1; это не вся программа.</translation>
    </message>
    <message>
        <source>The PDF programme is not available in this build.</source>
        <translation>В этой сборке PDF-программа недоступна.</translation>
    </message>
    <message>
        <source>The programme could not be built.</source>
        <translation>Не удалось подготовить программу.</translation>
    </message>
    <message>
        <source>building the programme</source>
        <translation>при подготовке программы</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <source>saving the PDF</source>
        <translation>при сохранении PDF</translation>
    </message>
    <message>
        <source>⚠ The agenda has {0} conflict(s); the Problems panel lists them. Printing or saving asks first.</source>
        <translation>⚠ В программе конфликтов: {0}; они перечислены на панели «Проблемы». Перед печатью или сохранением будет задан вопрос.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>{0}: {1} texts have no translation; they print in {2} instead.</source>
        <translation>{0}: текстов без перевода — {1}; вместо них печатается основной язык ({2}).</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Показать</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Double-click to select the slot</source>
        <translation>Дважды щёлкните, чтобы выбрать пункт</translation>
    </message>
    <message>
        <source>No problems: no overlaps, double bookings or empty items.</source>
        <translation>Проблем нет: ни наложений, ни двойных назначений, ни пустых пунктов.</translation>
    </message>
</context>
<context>
    <name>ProgrammeOptionsForm</name>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Planned vs actual</source>
        <translation>План и факт</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>Друг под другом</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Рядом</translation>
    </message>
    <message>
        <source>Descriptions</source>
        <translation>Описания</translation>
    </message>
    <message>
        <source>Biographies</source>
        <translation>Биографии</translation>
    </message>
    <message>
        <source>Partner organizations</source>
        <translation>Организации-партнёры</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Second language:</source>
        <translation>&amp;Второй язык:</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>&amp;Макет:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Включить:</translation>
    </message>
    <message>
        <source>Li&amp;mit descriptions:</source>
        <translation>&amp;Ограничить описания:</translation>
    </message>
</context>
<context>
    <name>ReadOnlyGuard</name>
    <message>
        <source>This database is read-only: you can look and print, but not change anything.</source>
        <translation>Эта база данных доступна только для чтения: можно просматривать и печатать, но ничего нельзя изменить.</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Уведомление о режиме только для чтения</translation>
    </message>
</context>
<context>
    <name>RoomsBox</name>
    <message>
        <source>Rooms</source>
        <translation>Залы</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Without rooms, every slot takes place in the main hall.</source>
        <translation>Если залов нет, все пункты проходят в главном зале.</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>Добавить зал</translation>
    </message>
    <message>
        <source>Name of the room:</source>
        <translation>Название зала:</translation>
    </message>
    <message>
        <source>Rename room</source>
        <translation>Переименовать зал</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое название:</translation>
    </message>
</context>
<context>
    <name>SeatingEditor</name>
    <message>
        <source>New chart…</source>
        <translation>Новая схема…</translation>
    </message>
    <message>
        <source>Fill by precedence</source>
        <translation>Заполнить по старшинству</translation>
    </message>
    <message>
        <source>Seat accepted guests and speakers: the host&apos;s principal in the centre, then right and left alternately</source>
        <translation>Рассадить принявших приглашение гостей и выступающих: глава принимающей стороны в центре, затем поочерёдно справа и слева</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Схема:</translation>
    </message>
    <message>
        <source>Drag a name onto another seat to swap the two (Ctrl+Z undoes). Seat 1 is the seat of honour; even numbers are on its right, odd numbers on its left.</source>
        <translation>Перетащите имя на другое место, чтобы поменять их местами (Ctrl+Z отменяет). Место 1 — почётное; чётные номера справа от него, нечётные слева.</translation>
    </message>
    <message>
        <source>No seating chart yet: add one with “New chart…”.</source>
        <translation>Схемы рассадки ещё нет: добавьте её кнопкой «Новая схема…».</translation>
    </message>
    <message>
        <source>Seat {0} (empty)</source>
        <translation>Место {0} (свободно)</translation>
    </message>
    <message>
        <source>{0} (on behalf of {1})</source>
        <translation>{0} (от имени {1})</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Предупреждений нет.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Зрители</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Сцена</translation>
    </message>
    <message>
        <source>Table {0}</source>
        <translation>Стол {0}</translation>
    </message>
    <message>
        <source>Swap seats {0} and {1}</source>
        <translation>Поменять места {0} и {1}</translation>
    </message>
    <message>
        <source>Fill “{0}” by precedence</source>
        <translation>Заполнить «{0}» по старшинству</translation>
    </message>
    <message>
        <source>Clear “{0}”</source>
        <translation>Очистить «{0}»</translation>
    </message>
</context>
<context>
    <name>SlotDialog</name>
    <message>
        <source>Edit slot</source>
        <translation>Изменить пункт</translation>
    </message>
    <message>
        <source>New slot</source>
        <translation>Новый пункт</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Shown in the programme; empty uses the kind</source>
        <translation>Показывается в программе; если пусто — тип пункта</translation>
    </message>
    <message>
        <source>No room (main hall)</source>
        <translation>Без зала (главный зал)</translation>
    </message>
    <message>
        <source>Event language</source>
        <translation>Язык мероприятия</translation>
    </message>
    <message>
        <source>Remote (video or online)</source>
        <translation>Дистанционно (видео или онлайн)</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Зал:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Participants, in speaking order</source>
        <translation>Участники в порядке выступления</translation>
    </message>
    <message>
        <source>Type a name to add a participant…</source>
        <translation>Введите имя, чтобы добавить участника…</translation>
    </message>
    <message>
        <source>Role of the selected participant</source>
        <translation>Роль выбранного участника</translation>
    </message>
    <message>
        <source>New speaker…</source>
        <translation>Новый выступающий…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Breaks and meals have no speakers.</source>
        <translation>У перерывов и приёмов пищи нет выступающих.</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Без зала</translation>
    </message>
    <message>
        <source>busy: {0}</source>
        <translation>занят(а): {0}</translation>
    </message>
    <message>
        <source>main hall</source>
        <translation>главный зал</translation>
    </message>
    <message>
        <source>“{0}” {1}, {2}</source>
        <translation>«{0}» {1}, {2}</translation>
    </message>
    <message>
        <source>{0} is already in {1}.</source>
        <translation>{0} уже участвует в {1}.</translation>
    </message>
</context>
<context>
    <name>StaleDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <source>&lt;b&gt;Someone else saved a change to this item while you were editing it.&lt;/b&gt;&lt;br&gt;Your change (“{0}”) was not saved yet. Compare the versions:</source>
        <translation>&lt;b&gt;Пока вы редактировали этот элемент, другой пользователь сохранил в нём изменения.&lt;/b&gt;&lt;br&gt;Ваше изменение («{0}») ещё не сохранено. Сравните версии:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Когда вы открыли</translation>
    </message>
    <message>
        <source>Their version (saved)</source>
        <translation>Их версия (сохранена)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваша</translation>
    </message>
    <message>
        <source>&amp;Reload (discard mine)</source>
        <translation>&amp;Перезагрузить (отбросить мои)</translation>
    </message>
    <message>
        <source>Keep their version and show it; your change is dropped</source>
        <translation>Оставить и показать их версию; ваше изменение отбрасывается</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation>&amp;Записать мои поверх</translation>
    </message>
    <message>
        <source>Save your values over theirs; Undo puts theirs back</source>
        <translation>Сохранить ваши значения поверх их; «Отменить» вернёт их значения</translation>
    </message>
</context>
<context>
    <name>TeamFeatures</name>
    <message>
        <source>Activity</source>
        <translation>Журнал действий</translation>
    </message>
    <message>
        <source>Backup &amp;settings…</source>
        <translation>&amp;Настройки резервного копирования…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>Replace the database&apos;s content with a backup</source>
        <translation>Заменить содержимое базы данных резервной копией</translation>
    </message>
    <message>
        <source>Updated with changes saved by someone else.</source>
        <translation>Обновлено с учётом изменений, сохранённых другим пользователем.</translation>
    </message>
    <message>
        <source>Today&apos;s backup was written to {0}</source>
        <translation>Сегодняшняя резервная копия записана: {0}</translation>
    </message>
    <message>
        <source>The automatic backup failed: {0}</source>
        <translation>Автоматическое резервное копирование не удалось: {0}</translation>
    </message>
    <message>
        <source>Restored {0}</source>
        <translation>Восстановлено: {0}</translation>
    </message>
</context>
<context>
    <name>TranslationsModel</name>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>{0} (primary)</source>
        <translation>{0} (основной)</translation>
    </message>
    <message>
        <source>No translation: the programme prints the primary text here</source>
        <translation>Перевода нет: в программе здесь печатается основной текст</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>нет перевода</translation>
    </message>
</context>
<context>
    <name>TranslationsPage</name>
    <message>
        <source>Every kind of text</source>
        <translation>Все виды текстов</translation>
    </message>
    <message>
        <source>Kind of text</source>
        <translation>Вид текста</translation>
    </message>
    <message>
        <source>&amp;Missing only</source>
        <translation>&amp;Только без перевода</translation>
    </message>
    <message>
        <source>Missing in</source>
        <translation>Без перевода на</translation>
    </message>
    <message>
        <source>Find text…</source>
        <translation>Найти текст…</translation>
    </message>
    <message>
        <source>E&amp;xport workbook…</source>
        <translation>&amp;Экспорт книги…</translation>
    </message>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>&amp;Импорт книги…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>in any language</source>
        <translation>на любом языке</translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation>{0}</translation>
    </message>
    <message>
        <source>{0}: {1} missing</source>
        <translation>{0}: без перевода {1}</translation>
    </message>
    <message>
        <source>{0} texts</source>
        <translation>Текстов: {0}</translation>
    </message>
    <message>
        <source>Edit a translation</source>
        <translation>Изменить перевод</translation>
    </message>
    <message>
        <source>Edit {0} translations</source>
        <translation>Изменить переводы ({0})</translation>
    </message>
    <message>
        <source>Paste {0} translations</source>
        <translation>Вставить переводы ({0})</translation>
    </message>
    <message>
        <source>Clear {0} translations</source>
        <translation>Очистить переводы ({0})</translation>
    </message>
    <message>
        <source>Export the texts for translators</source>
        <translation>Экспорт текстов для переводчиков</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Import translations</source>
        <translation>Импорт переводов</translation>
    </message>
    <message>
        <source>The workbook holds no change to this event&apos;s texts.</source>
        <translation>В книге нет изменений текстов этого мероприятия.</translation>
    </message>
    <message>
        <source>Import {0} translations from {1}</source>
        <translation>Импорт переводов ({0}) из {1}</translation>
    </message>
    <message>
        <source>{0} texts change. Apply them as one step (Undo takes them back)?</source>
        <translation>Изменяется текстов: {0}. Применить одним шагом (Отмена вернёт их)?</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to {0}</source>
        <translation>Добро пожаловать в {0}</translation>
    </message>
    <message>
        <source>Plan an official event: its agenda, its speakers in protocol order, the partner organizations, and a programme ready to print.</source>
        <translation>Спланируйте официальное мероприятие: повестку дня, выступающих в протокольном порядке, организации-партнёры и готовую к печати программу.</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Новое мероприятие…</translation>
    </message>
    <message>
        <source>Start with a title and the dates.</source>
        <translation>Начните с названия и дат.</translation>
    </message>
    <message>
        <source>Open the sample event</source>
        <translation>Открыть пример мероприятия</translation>
    </message>
    <message>
        <source>International Migrants Day 2021: a complete example to explore.</source>
        <translation>Международный день мигрантов 2021: полный пример для знакомства.</translation>
    </message>
    <message>
        <source>Import a schedule…</source>
        <translation>Импортировать расписание…</translation>
    </message>
    <message>
        <source>Bring in an agenda from a schedule XML or JSON file (frab, pretalx).</source>
        <translation>Загрузите повестку из файла расписания XML или JSON (frab, pretalx).</translation>
    </message>
    <message>
        <source>Data is stored in {0}</source>
        <translation>Данные хранятся в {0}</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
</context>
</TS>
