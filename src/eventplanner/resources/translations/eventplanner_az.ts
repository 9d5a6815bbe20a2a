<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Unexpected error</source>
        <translation>Gözlənilməz xəta</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Nəsə səhv getdi</translation>
    </message>
    <message>
        <source>Your data is safe: the change that failed was not saved.</source>
        <translation>Məlumatlarınız təhlükəsizdir: alınmayan dəyişiklik saxlanmadı.</translation>
    </message>
    <message>
        <source>The details were written to the log file:</source>
        <translation>Təfərrüatlar jurnal faylına yazıldı:</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Verilənlər bazasını açmaq mümkün deyil</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>verilənlər bazası açılarkən</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Verilənlər bazasını aç</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Yeni verilənlər bazası</translation>
    </message>
    <message>
        <source>{0} already exists; use Open database… to open it.</source>
        <translation>{0} artıq mövcuddur; onu açmaq üçün “Verilənlər bazasını aç…” əmrindən istifadə edin.</translation>
    </message>
    <message>
        <source>No other recent databases</source>
        <translation>Başqa son verilənlər bazası yoxdur</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Ehtiyat nüsxə</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Verilənlər bazasının ehtiyat nüsxəsini çıxar</translation>
    </message>
    <message>
        <source>SQLite copy (*.sqlite3);;JSON dump (*.json)</source>
        <translation>SQLite nüsxəsi (*.sqlite3);;JSON çıxarışı (*.json)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Ehtiyat nüsxə çıxarılır…</translation>
    </message>
    <message>
        <source>Add the sample event</source>
        <translation>Nümunə tədbiri əlavə et</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İdxal</translation>
    </message>
    <message>
        <source>Import a schedule</source>
        <translation>Cədvəli idxal et</translation>
    </message>
    <message>
        <source>Schedules (*.xml *.json);;All files (*)</source>
        <translation>Cədvəllər (*.xml *.json);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} oxunur…</translation>
    </message>
    <message>
        <source>Import “{0}”</source>
        <translation>“{0}” idxalı</translation>
    </message>
    <message>
        <source>Import speakers from “{0}”</source>
        <translation>“{0}” faylından məruzəçilərin idxalı</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>İdxal başa çatdı</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>İdxal edilir…</translation>
    </message>
    <message>
        <source>Import speakers</source>
        <translation>Məruzəçiləri idxal et</translation>
    </message>
    <message>
        <source>Speaker lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Məruzəçi siyahıları (*.csv *.xlsx);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>Apply these changes?</source>
        <translation>Bu dəyişikliklər tətbiq edilsin?</translation>
    </message>
    <message>
        <source>Reading the speaker list…</source>
        <translation>Məruzəçi siyahısı oxunur…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;İxrac</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>İxrac</translation>
    </message>
    <message>
        <source>Select an event first.</source>
        <translation>Əvvəlcə tədbir seçin.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>İxrac edilir…</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>{0} haqqında</translation>
    </message>
    <message>
        <source>&lt;p&gt;Plan official events and print their programme.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rəsmi tədbirləri planlaşdırın və proqramlarını çap edin.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Data:&lt;/b&gt; {0}&lt;br&gt;&lt;b&gt;Logs:&lt;/b&gt; {1}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Məlumatlar:&lt;/b&gt; {0}&lt;br&gt;&lt;b&gt;Jurnallar:&lt;/b&gt; {1}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;GNU GPL lisenziyası, 3-cü və ya daha sonrakı versiya.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome speech</source>
        <translation>Salamlama nitqi</translation>
    </message>
    <message>
        <source>Opening remarks</source>
        <translation>Açılış nitqi</translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation>Əsas məruzə</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Çıxış</translation>
    </message>
    <message>
        <source>Video message</source>
        <translation>Video müraciət</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Təqdimat</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel müzakirəsi</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Müzakirə</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Suallar və cavablar</translation>
    </message>
    <message>
        <source>Coffee break</source>
        <translation>Kofe fasiləsi</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Nahar</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>Mərasim</translation>
    </message>
    <message>
        <source>Closing remarks</source>
        <translation>Yekun nitqi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Digər</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Məruzəçi</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Sədr</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Təqdimatçı</translation>
    </message>
    <message>
        <source>Panelist</source>
        <translation>Panel iştirakçısı</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Ev sahibi</translation>
    </message>
    <message>
        <source>Co-organizer</source>
        <translation>Həmtəşkilatçı</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Tərəfdaş</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Dəstəkçi</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Dövlət qurumu</translation>
    </message>
    <message>
        <source>Intergovernmental</source>
        <translation>Hökumətlərarası</translation>
    </message>
    <message>
        <source>UN agency</source>
        <translation>BMT qurumu</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>QHT</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>Akademik</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Özəl sektor</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Qaralama</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Yekun</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Vaxt</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Dəq</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>İştirakçılar</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Zal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Qısaltma</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Vəzifə</translation>
    </message>
    <message>
        <source>Precedence</source>
        <translation>Protokol sırası</translation>
    </message>
    <message>
        <source>Day change time</source>
        <translation>Günün dəyişmə vaxtı</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <extracomment>The fields an inline edit shows before it is saved (`AgendaModel.echo`): a title never moves its row and is hardly ever refused (a NUL or an over-long paste; then it is taken back). A new start or length may re-time or move rows, or be out of range: those show once saved. (after this (start, id) key or None for the first, at most this many) -&gt; the next slots in (start, id) order. The event&apos;s day-change time (set by the view): a time typed before it is after midnight, same day. (slot, changes) -&gt; accepted? Set by the view; returns False when the change was refused. (slot, new index among the slots of its day and room) -&gt; accepted?</extracomment>
        <translation>Müddət, dəqiqə ilə</translation>
    </message>
    <message>
        <source>Speaker list (CSV)…</source>
        <translation>Məruzəçi siyahısı (CSV)…</translation>
    </message>
    <message>
        <source>Speaker list (Excel)…</source>
        <translation>Məruzəçi siyahısı (Excel)…</translation>
    </message>
    <message>
        <source>Speaker list (PDF)…</source>
        <translation>Məruzəçi siyahısı (PDF)…</translation>
    </message>
    <message>
        <source>Speaker list (Word)…</source>
        <translation>Məruzəçi siyahısı (Word)…</translation>
    </message>
    <message>
        <source>Schedule (iCalendar)…</source>
        <translation>Cədvəl (iCalendar)…</translation>
    </message>
    <message>
        <source>Schedule (XML)…</source>
        <translation>Cədvəl (XML)…</translation>
    </message>
    <message>
        <source>Schedule (JSON)…</source>
        <translation>Cədvəl (JSON)…</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>Verilənlər bazasını açmaq mümkün deyil.</translation>
    </message>
    <message>
        <source>Choose another database…</source>
        <translation>Başqa verilənlər bazası seç…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Çıxış</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>Verilənlər bazası seçin</translation>
    </message>
    <message>
        <source>Event Planner databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Event Planner verilənlər bazaları (*.sqlite3 *.sqlite *.db);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>Available in a later version</source>
        <translation>Sonrakı versiyada olacaq</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <source>Length (minutes)</source>
        <translation>Müddət (dəqiqə)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Uzaqdan</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Məruzəçilər</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Tərcümələr</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>İlk gün</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Son gün</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Mövzu</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Qısa başlıq</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Saat qurşağı</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Məkan</translation>
    </message>
    <message>
        <source>Venue address</source>
        <translation>Məkanın ünvanı</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Müraciət forması</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rütbə</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-poçt</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Tərcümeyi-hal</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Veb-sayt</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Loqo</translation>
    </message>
    <message>
        <source>The new language is used after a restart. Restart now?</source>
        <translation>Yeni dil yenidən başladıqdan sonra tətbiq olunur. İndi yenidən başladılsın?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;İndi yenidən başlat</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Sonra</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Ehtiyat nüsxədən bərpa et</translation>
    </message>
    <message>
        <source>Event Planner backups (*.sqlite3 *.sqlite *.db *.json);;All files (*)</source>
        <translation>Event Planner ehtiyat nüsxələri (*.sqlite3 *.sqlite *.db *.json);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replace everything in this database with the backup?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bu verilənlər bazasındakı hər şey ehtiyat nüsxə ilə əvəz edilsin?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The current data is saved beside the database first, so the restore can be undone.</source>
        <translation>Cari məlumatlar əvvəlcə verilənlər bazasının yanında saxlanılır, ona görə bərpanı geri qaytarmaq olar.</translation>
    </message>
    <message>
        <source>Make a backup of the server first if you may need today&apos;s data.</source>
        <translation>Bugünkü məlumatlar lazım ola bilərsə, əvvəlcə serverin ehtiyat nüsxəsini çıxarın.</translation>
    </message>
    <message>
        <source>Backup: {0}&lt;br&gt;Database: {1}&lt;br&gt;&lt;br&gt;Everyone using this database will see the restored data. {2}</source>
        <translation>Ehtiyat nüsxə: {0}&lt;br&gt;Verilənlər bazası: {1}&lt;br&gt;&lt;br&gt;Bu verilənlər bazasından istifadə edən hər kəs bərpa olunmuş məlumatları görəcək. {2}</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>ehtiyat nüsxədən bərpa edilərkən</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Bəli</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Xeyr</translation>
    </message>
    <message>
        <source>(a picture)</source>
        <translation>(şəkil)</translation>
    </message>
    <message>
        <source>loading the timetable</source>
        <translation>cədvəl yüklənərkən</translation>
    </message>
    <message>
        <source>Move “{0}” to {1}</source>
        <translation>“{0}” bəndini {1} vaxtına köçür</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>zal yoxdur</translation>
    </message>
    <message>
        <source>Move “{0}” to {1}, {2}</source>
        <translation>“{0}” bəndini {1}, {2} vaxtına köçür</translation>
    </message>
    <message>
        <source>Make “{0}” {1} min long</source>
        <translation>“{0}” müddətini {1} dəq et</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Yeni bənd</translation>
    </message>
    <message>
        <source>Add a slot at {0}</source>
        <translation>{0} vaxtına bənd əlavə et</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Zal yoxdur</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Gündəlik</translation>
    </message>
    <message>
        <source>Day shown in the timetable</source>
        <translation>Cədvəldə göstərilən gün</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Əvvəlki gün</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Növbəti gün</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Kiçilt (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Böyüt (Ctrl++)</translation>
    </message>
    <message>
        <source>Drag a block to move it, its lower edge to change its length; double-click to edit or, on empty space, to add.</source>
        <translation>Bloku köçürmək üçün onu, müddətini dəyişmək üçün aşağı kənarını sürüşdürün; redaktə üçün iki dəfə klikləyin, boş yerdə isə yeni bənd əlavə olunur.</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>%1-ci gün · %2</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <extracomment>Offered an action whose save found a newer version (ui/team/stale.py); True when it then saved.</extracomment>
        <translation>Ləğv edildi: heç nə dəyişmədi.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Təkrarla</translation>
    </message>
    <message>
        <source>Edit “{0}”</source>
        <translation>“{0}” redaktəsi</translation>
    </message>
    <message>
        <source>Delete “{0}”</source>
        <translation>“{0}” silinməsi</translation>
    </message>
    <message>
        <source>Move “{0}”</source>
        <translation>“{0}” köçürülməsi</translation>
    </message>
    <message>
        <source>Order {0} slot(s) by protocol</source>
        <translation>Bəndləri protokol üzrə sırala: {0}</translation>
    </message>
    <message>
        <source>Create event “{0}”</source>
        <translation>“{0}” tədbirinin yaradılması</translation>
    </message>
    <message>
        <source>Delete event “{0}”</source>
        <translation>“{0}” tədbirinin silinməsi</translation>
    </message>
    <message>
        <source>Duplicate “{0}” as next year&apos;s event</source>
        <translation>“{0}” tədbirini gələn ilin tədbiri kimi təkrarla</translation>
    </message>
    <message>
        <source>Change {0} of “{1}”</source>
        <translation>“{1}”: {0} dəyişikliyi</translation>
    </message>
    <message>
        <source>Add room “{0}”</source>
        <translation>“{0}” zalının əlavə edilməsi</translation>
    </message>
    <message>
        <source>Rename room “{0}” to “{1}”</source>
        <translation>“{0}” zalının adının “{1}” ilə əvəzlənməsi</translation>
    </message>
    <message>
        <source>Reorder rooms</source>
        <translation>Zalların sırasının dəyişdirilməsi</translation>
    </message>
    <message>
        <source>Delete room “{0}”</source>
        <translation>“{0}” zalının silinməsi</translation>
    </message>
    <message>
        <source>PDF, A4 landscape (*.pdf)</source>
        <translation>PDF, A4 albom (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, A3 landscape (*.pdf)</source>
        <translation>PDF, A3 albom (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image, A4 landscape (*.png)</source>
        <translation>PNG şəkli, A4 albom (*.png)</translation>
    </message>
    <message>
        <source>PNG image, A3 landscape (*.png)</source>
        <translation>PNG şəkli, A3 albom (*.png)</translation>
    </message>
    <message>
        <source>Wall chart</source>
        <translation>Divar cədvəli</translation>
    </message>
    <message>
        <source>Export a wall chart</source>
        <translation>Divar cədvəlini ixrac et</translation>
    </message>
    <message>
        <source>Reading the agenda…</source>
        <translation>Gündəlik oxunur…</translation>
    </message>
    <message>
        <source>Drawing the wall chart…</source>
        <translation>Divar cədvəli çəkilir…</translation>
    </message>
    <message>
        <source>Exporting the wall chart…</source>
        <translation>Divar cədvəli ixrac edilir…</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Yeni tədbir…</translation>
    </message>
    <message>
        <source>Create a new event</source>
        <translation>Yeni tədbir yarat</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Verilənlər bazasını &amp;aç…</translation>
    </message>
    <message>
        <source>Open another database file</source>
        <translation>Başqa verilənlər bazası faylını aç</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>Yeni &amp;verilənlər bazası…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Son verilənlər bazaları</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Ehtiyat nüsxə…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;İdxal…</translation>
    </message>
    <message>
        <source>Import a schedule (XML, JSON) as a new event</source>
        <translation>Cədvəli (XML, JSON) yeni tədbir kimi idxal et</translation>
    </message>
    <message>
        <source>Import &amp;speakers…</source>
        <translation>&amp;Məruzəçiləri idxal et…</translation>
    </message>
    <message>
        <source>Programme (&amp;Word document)…</source>
        <translation>Proqram (&amp;Word sənədi)…</translation>
    </message>
    <message>
        <source>The programme as an editable Word document, in your letterhead</source>
        <translation>Proqram redaktə oluna bilən Word sənədi kimi, sizin blankınızda</translation>
    </message>
    <message>
        <source>&amp;Wall chart (PDF/PNG)…</source>
        <translation>&amp;Divar cədvəli (PDF/PNG)…</translation>
    </message>
    <message>
        <source>The day&apos;s timetable on one A4 or A3 landscape page, to pin by the door</source>
        <translation>Günün cədvəli bir A4 və ya A3 albom səhifədə, qapının yanından asmaq üçün</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Çap et…</translation>
    </message>
    <message>
        <source>Print the programme</source>
        <translation>Proqramı çap et</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;xış</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>Delete the selected slots or speakers</source>
        <translation>Seçilmiş bəndləri və ya məruzəçiləri sil</translation>
    </message>
    <message>
        <source>Delete &amp;event…</source>
        <translation>&amp;Tədbiri sil…</translation>
    </message>
    <message>
        <source>Delete the selected event with its agenda (can be undone)</source>
        <translation>Seçilmiş tədbiri gündəliyi ilə birlikdə sil (geri almaq olar)</translation>
    </message>
    <message>
        <source>&amp;Find speaker…</source>
        <translation>Məruzəçini &amp;tap…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Parametrlər…</translation>
    </message>
    <message>
        <source>Language, programme defaults, ripple, backups and the database</source>
        <translation>Dil, proqramın standart parametrləri, sürüşdürmə, ehtiyat nüsxələr və verilənlər bazası</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Düzəliş</translation>
    </message>
    <message>
        <source>&amp;Ripple later slots</source>
        <translation>Sonrakı bəndləri &amp;sürüşdür</translation>
    </message>
    <message>
        <source>Changing a slot&apos;s length or start moves the slots after it in the same room</source>
        <translation>Bəndin müddəti və ya başlanğıcı dəyişəndə eyni zaldakı sonrakı bəndlər də sürüşür</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Gündəlik</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüş</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Kömək</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation>{0} &amp;haqqında</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Yeni tədbir</translation>
    </message>
    <message>
        <source>Add slot</source>
        <translation>Bənd əlavə et</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Fasilə</translation>
    </message>
    <message>
        <source>Protocol order</source>
        <translation>Protokol sırası</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Çap et</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Əsas alətlər paneli</translation>
    </message>
    <message>
        <source>Add {0} to the speakers</source>
        <translation>{0} məruzəçilərə əlavə et</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>{0} redaktəsi</translation>
    </message>
    <message>
        <source>Merge {0} duplicate(s) into {1}</source>
        <translation>{0} təkrarı {1} ilə birləşdir</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>{0} sil</translation>
    </message>
    <message>
        <source>Delete {0} people</source>
        <translation>{0} nəfəri sil</translation>
    </message>
    <message>
        <source>Add organization “{0}”</source>
        <translation>“{0}” təşkilatını əlavə et</translation>
    </message>
    <message>
        <source>Edit organization “{0}”</source>
        <translation>“{0}” təşkilatının redaktəsi</translation>
    </message>
    <message>
        <source>Delete organization “{0}”</source>
        <translation>“{0}” təşkilatını sil</translation>
    </message>
    <message>
        <source>Save the programme as a Word document</source>
        <translation>Proqramı Word sənədi kimi saxlayın</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word sənədləri (*.docx)</translation>
    </message>
    <message>
        <source>Writing the Word document…</source>
        <translation>Word sənədi yazılır…</translation>
    </message>
    <message>
        <source>Programme saved to {0}</source>
        <translation>Proqram saxlanıldı: {0}</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word sənədi</translation>
    </message>
    <message>
        <source>The Word document was saved, with remarks:</source>
        <translation>Word sənədi saxlanıldı, qeydlərlə:</translation>
    </message>
    <message>
        <source>Set the letterhead to {0}</source>
        <translation>Blankı {0} olaraq təyin edin</translation>
    </message>
    <message>
        <source>Remove the event&apos;s letterhead</source>
        <translation>Tədbirin blankını silin</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>&amp;Seçin…</translation>
    </message>
    <message>
        <source>Use the de&amp;fault</source>
        <translation>&amp;Standartdan istifadə edin</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>S&amp;ilin</translation>
    </message>
    <message>
        <source>A Word document (.docx or .dotx) with your letterhead, margins and styles</source>
        <translation>Blankınız, kənar boşluqlarınız və üslublarınız olan Word sənədi (.docx və ya .dotx)</translation>
    </message>
    <message>
        <source>The default: {0}</source>
        <translation>Standart: {0}</translation>
    </message>
    <message>
        <source>None (a plain page)</source>
        <translation>Yoxdur (sadə səhifə)</translation>
    </message>
    <message>
        <source>Choose a letterhead</source>
        <translation>Blank seçin</translation>
    </message>
    <message>
        <source>Word documents (*.docx *.dotx)</source>
        <translation>Word sənədləri (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Blank</translation>
    </message>
    <message>
        <source>storing the letterhead</source>
        <translation>blankın saxlanması</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Göstəriş</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Məsul</translation>
    </message>
    <message>
        <source>Edit cue</source>
        <translation>Göstərişi redaktə et</translation>
    </message>
    <message>
        <source>Add cue</source>
        <translation>Göstəriş əlavə et</translation>
    </message>
    <message>
        <source> min from the start</source>
        <translation> dəq (başlanğıcdan)</translation>
    </message>
    <message>
        <source>Draft the MC introduction</source>
        <translation>Aparıcının təqdimat mətnini hazırla</translation>
    </message>
    <message>
        <source>Write the master of ceremonies&apos; words from the speakers&apos; data, in each language</source>
        <translation>Aparıcının sözlərini natiqlərin məlumatlarından hər dildə yaz</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <source>Master of ceremonies</source>
        <translation>Aparıcı</translation>
    </message>
    <message>
        <source>Add cue…</source>
        <translation>Göstəriş əlavə et…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redaktə et…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>no call</source>
        <translation>çağırış yoxdur</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> dəq əvvəl</translation>
    </message>
    <message>
        <source>Call note</source>
        <translation>Çağırış qeydi</translation>
    </message>
    <message>
        <source>Technical needs</source>
        <translation>Texniki tələblər</translation>
    </message>
    <message>
        <source>Save call time and needs</source>
        <translation>Çağırış vaxtını və tələbləri saxla</translation>
    </message>
    <message>
        <source>Call time and technical needs</source>
        <translation>Çağırış vaxtı və texniki tələblər</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Çağırış</translation>
    </message>
    <message>
        <source>Cues: {0}</source>
        <translation>Göstərişlər: {0}</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tədbir</translation>
    </message>
    <message>
        <source>&amp;Start show…</source>
        <translation>Tədbiri &amp;başlat…</translation>
    </message>
    <message>
        <source>Open the operator window and the stage timer; a show in progress resumes</source>
        <translation>Operator pəncərəsini və səhnə taymerini aç; davam edən tədbir bərpa olunur</translation>
    </message>
    <message>
        <source>&amp;Cues of the selected slot…</source>
        <translation>Seçilmiş bəndin &amp;göstərişləri…</translation>
    </message>
    <message>
        <source>&amp;Run sheet (PDF, Excel)…</source>
        <translation>&amp;Ssenari (PDF, Excel)…</translation>
    </message>
    <message>
        <source>&amp;Follow the show (stage timer)…</source>
        <translation>Tədbiri &amp;izlə (səhnə taymeri)…</translation>
    </message>
    <message>
        <source>Show the stage timer of a show another workstation runs; read-only</source>
        <translation>Başqa iş yerində aparılan tədbirin səhnə taymerini göstər; yalnız oxumaq üçün</translation>
    </message>
    <message>
        <source>&amp;Timings: planned vs actual (CSV, Excel)…</source>
        <translation>&amp;Vaxtlar: plan və fakt (CSV, Excel)…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tədbir</translation>
    </message>
    <message>
        <source>Start show</source>
        <translation>Tədbiri başlat</translation>
    </message>
    <message>
        <source>Which day and room?</source>
        <translation>Hansı gün və zal?</translation>
    </message>
    <message>
        <source>No show of this event has been started yet; the timer will follow as soon as one starts.</source>
        <translation>Bu tədbir hələ başlanmayıb; başlayan kimi taymer onu izləyəcək.</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Göstərişlər</translation>
    </message>
    <message>
        <source>Select a slot in the agenda first.</source>
        <translation>Əvvəlcə gündəlikdə bir bənd seçin.</translation>
    </message>
    <message>
        <source>Run sheet</source>
        <translation>Ssenari</translation>
    </message>
    <message>
        <source>Everyone (full version)</source>
        <translation>Hamı üçün (tam versiya)</translation>
    </message>
    <message>
        <source>Technical crew</source>
        <translation>Texniki heyət</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokol</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Kim üçün</translation>
    </message>
    <message>
        <source>Write the run sheet</source>
        <translation>Ssenarini yaz</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the run sheet…</source>
        <translation>Ssenari yazılır…</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>{0} yazıldı</translation>
    </message>
    <message>
        <source>Write the timings</source>
        <translation>Vaxtları yaz</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing the timings…</source>
        <translation>Vaxtlar yazılır…</translation>
    </message>
    <message>
        <source>MC</source>
        <translation>Aparıcı</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Səs</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Light/stage</source>
        <translation>İşıq/səhnə</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Tərcümə</translation>
    </message>
    <message>
        <source>planned for {0}</source>
        <translation>{0} tarixinə planlaşdırılıb</translation>
    </message>
    <message>
        <source>{0} h {1} min behind schedule</source>
        <translation>qrafikdən {0} saat {1} dəq geri</translation>
    </message>
    <message>
        <source>Show: {0}</source>
        <translation>Tədbir: {0}</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>İndi</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Növbəti</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Fasilə</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 dəq</translation>
    </message>
    <message>
        <source>Shorten the coffee break…</source>
        <translation>Kofe fasiləsini qısalt…</translation>
    </message>
    <message>
        <source>Message to the speaker, e.g. “Please conclude”</source>
        <translation>Natiqə mesaj, məs. “Xahiş edirik, yekunlaşdırın”</translation>
    </message>
    <message>
        <source>Show on stage</source>
        <translation>Səhnədə göstər</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Təmizlə</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Tam ekran</translation>
    </message>
    <message>
        <source>Show stage timer</source>
        <translation>Səhnə taymerini göstər</translation>
    </message>
    <message>
        <source>Stage timer on</source>
        <translation>Səhnə taymeri</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Gözlənilən</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Bənd</translation>
    </message>
    <message>
        <source>Cues of the current item</source>
        <translation>Cari bəndin göstərişləri</translation>
    </message>
    <message>
        <source>Call times coming up</source>
        <translation>Yaxınlaşan çağırışlar</translation>
    </message>
    <message>
        <source>Running order</source>
        <translation>Gediş ardıcıllığı</translation>
    </message>
    <message>
        <source>No break is left to shorten.</source>
        <translation>Qısaltmaq üçün fasilə qalmayıb.</translation>
    </message>
    <message>
        <source>Shorten the coffee break</source>
        <translation>Kofe fasiləsini qısalt</translation>
    </message>
    <message>
        <source>The break at {0} lasts {1} min. Shorten it by (minutes):</source>
        <translation>Saat {0} fasiləsi {1} dəq davam edir. Neçə dəqiqə qısaldılsın:</translation>
    </message>
    <message>
        <source>Ready to start</source>
        <translation>Başlamağa hazırdır</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Gedir</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Dayandırılıb</translation>
    </message>
    <message>
        <source>The show is over</source>
        <translation>Tədbir başa çatıb</translation>
    </message>
    <message>
        <source>{0} min behind schedule</source>
        <translation>qrafikdən {0} dəq geri</translation>
    </message>
    <message>
        <source>Elapsed {0}</source>
        <translation>Keçib {0}</translation>
    </message>
    <message>
        <source>Remaining {0}</source>
        <translation>Qalıb {0}</translation>
    </message>
    <message>
        <source>Nothing more today</source>
        <translation>Bu gün başqa bənd yoxdur</translation>
    </message>
    <message>
        <source>Planned {0}, expected {1}</source>
        <translation>Plan {0}, gözlənilən {1}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Davam et</translation>
    </message>
    <message>
        <source>Technical needs: {0}</source>
        <translation>Texniki tələblər: {0}</translation>
    </message>
    <message>
        <source>No calls in the next 30 minutes</source>
        <translation>Növbəti 30 dəqiqədə çağırış yoxdur</translation>
    </message>
    <message>
        <source>Stage timer</source>
        <translation>Səhnə taymeri</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Növbəti: {0}</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Təşəkkür edirik</translation>
    </message>
    <message>
        <source>Delete cue</source>
        <translation>Göstərişi sil</translation>
    </message>
    <message>
        <source>Edit call time and technical needs</source>
        <translation>Çağırış vaxtını və texniki tələbləri dəyiş</translation>
    </message>
    <message>
        <source>The agenda has {0} conflict(s), for example:
{1}</source>
        <translation>Gündəlikdə {0} münaqişə var, məsələn:
{1}</translation>
    </message>
    <message>
        <source>The Problems panel lists them all. Go on anyway?</source>
        <translation>Hamısı «Problemlər» panelində göstərilir. Yenə də davam edilsin?</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Davam et</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Qeydiyyat</translation>
    </message>
    <message>
        <source>Dinner</source>
        <translation>Şam yeməyi</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Rəsmi qəbul</translation>
    </message>
    <message>
        <source>Photo session</source>
        <translation>Fotosessiya</translation>
    </message>
    <message>
        <source>Signing ceremony</source>
        <translation>İmzalanma mərasimi</translation>
    </message>
    <message>
        <source>Press conference</source>
        <translation>Mətbuat konfransı</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Tanışlıq və ünsiyyət</translation>
    </message>
    <message>
        <source>Name badges (PDF)…</source>
        <translation>Ad nişanları (PDF)…</translation>
    </message>
    <message>
        <source>Table cards (PDF)…</source>
        <translation>Masa kartları (PDF)…</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)</source>
        <translation>Şəkillər (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)</translation>
    </message>
    <message>
        <source>Move &amp;parallel sessions too</source>
        <translation>&amp;Paralel sessiyaları da sürüşdür</translation>
    </message>
    <message>
        <source>Ripple also moves the later slots in the day&apos;s other rooms, so parallel sessions stay side by side</source>
        <translation>Sürüşdürmə günün digər zallarındakı sonrakı bəndlərə də aid olur ki, paralel sessiyalar yanaşı qalsın</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;İstifadəçi bələdçisi</translation>
    </message>
    <message>
        <source>Planning an agenda, translations, printing, working as a team</source>
        <translation>Gündəliyin planlaşdırılması, tərcümələr, çap, komanda ilə iş</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klaviatura qısayolları</translation>
    </message>
    <message>
        <source>Open the &amp;sample event</source>
        <translation>&amp;Nümunə tədbiri aç</translation>
    </message>
    <message>
        <source>International Migrants Day 2021, to look around or try things out</source>
        <translation>Beynəlxalq Miqrantlar Günü 2021 — tanış olmaq və ya sınamaq üçün</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Qovluqda göstər</translation>
    </message>
    <message>
        <source>Saved {0} in {1}</source>
        <translation>{0} faylı {1} qovluğunda saxlanıldı</translation>
    </message>
    <message>
        <source>Double-click the role to change it; drag a row to reorder</source>
        <translation>Rolu dəyişmək üçün iki dəfə klikləyin; sıranı dəyişmək üçün sətri sürüşdürün</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>İstifadəçi bələdçisi</translation>
    </message>
    <message>
        <source>Zoom the preview or the timetable in / out</source>
        <translation>Önbaxışı və ya cədvəli böyüt / kiçilt</translation>
    </message>
    <message>
        <source>Open the selected slot in the timetable</source>
        <translation>Cədvəldə seçilmiş bəndi aç</translation>
    </message>
    <message>
        <source>Go to the neighbouring slot in the timetable</source>
        <translation>Cədvəldə qonşu bəndə keç</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Əməliyyat</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Düymələr</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klaviatura qısayolları</translation>
    </message>
    <message>
        <source>Saved, but this creates a conflict: {0}</source>
        <translation>Saxlanıldı, lakin münaqişə yarandı: {0}</translation>
    </message>
    <message>
        <source>(and {0} more; see Problems)</source>
        <translation>(və daha {0}; «Problemlər»ə baxın)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tədbir</translation>
    </message>
    <message>
        <source>Slot title</source>
        <translation>Bəndin adı</translation>
    </message>
    <message>
        <source>Position or rank</source>
        <translation>Vəzifə və ya rütbə</translation>
    </message>
    <message>
        <source>&amp;Guest documents</source>
        <translation>&amp;Qonaq sənədləri</translation>
    </message>
    <message>
        <source>Guest documents</source>
        <translation>Qonaq sənədləri</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Sənədlər</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF faylları (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel kitabları (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV faylları (*.csv)</translation>
    </message>
    <message>
        <source>List of participants (PDF)…</source>
        <translation>İştirakçıların siyahısı (PDF)…</translation>
    </message>
    <message>
        <source>List of participants</source>
        <translation>İştirakçıların siyahısı</translation>
    </message>
    <message>
        <source>List of participants (Excel)…</source>
        <translation>İştirakçıların siyahısı (Excel)…</translation>
    </message>
    <message>
        <source>List of participants (Word)…</source>
        <translation>İştirakçıların siyahısı (Word)…</translation>
    </message>
    <message>
        <source>Guest list (CSV)…</source>
        <translation>Qonaq siyahısı (CSV)…</translation>
    </message>
    <message>
        <source>Guest list</source>
        <translation>Qonaq siyahısı</translation>
    </message>
    <message>
        <source>Sign-in sheet (PDF)…</source>
        <translation>Qeydiyyat vərəqi (PDF)…</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Qeydiyyat vərəqi</translation>
    </message>
    <message>
        <source>Seating charts (PDF)…</source>
        <translation>Oturacaq planları (PDF)…</translation>
    </message>
    <message>
        <source>Seating charts</source>
        <translation>Oturacaq planları</translation>
    </message>
    <message>
        <source>Place cards (PDF)…</source>
        <translation>Ad kartları (PDF)…</translation>
    </message>
    <message>
        <source>Place cards</source>
        <translation>Ad kartları</translation>
    </message>
    <message>
        <source>Invitation letters, merged (PDF)…</source>
        <translation>Dəvət məktubları, bir faylda (PDF)…</translation>
    </message>
    <message>
        <source>Invitation letters</source>
        <translation>Dəvət məktubları</translation>
    </message>
    <message>
        <source>Invitation letters, merged (Word)…</source>
        <translation>Dəvət məktubları, bir faylda (Word)…</translation>
    </message>
    <message>
        <source>Folder for one letter per guest</source>
        <translation>Hər qonağa bir məktub üçün qovluq</translation>
    </message>
    <message>
        <source>Wrote the letters into {0}</source>
        <translation>Məktublar {0} qovluğuna yazıldı</translation>
    </message>
    <message>
        <source>Invitation letters, one PDF per guest…</source>
        <translation>Dəvət məktubları, hər qonağa bir PDF…</translation>
    </message>
    <message>
        <source>Folder for the reminder drafts</source>
        <translation>Xatırlatma qaralamaları üçün qovluq</translation>
    </message>
    <message>
        <source>Wrote reminder drafts (.eml) into {0}. Open them in your mail program to send them.</source>
        <translation>Xatırlatma qaralamaları (.eml) {0} qovluğuna yazıldı. Göndərmək üçün onları poçt proqramınızda açın.</translation>
    </message>
    <message>
        <source>Reminders to guests without an answer (.eml)…</source>
        <translation>Cavab verməyən qonaqlara xatırlatmalar (.eml)…</translation>
    </message>
    <message>
        <source>Certificates of participation (PDF)…</source>
        <translation>İştirak sertifikatları (PDF)…</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sertifikatlar</translation>
    </message>
    <message>
        <source>Delegation / organization</source>
        <translation>Nümayəndə heyəti / təşkilat</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Cavab</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Nümayəndə</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Cins</translation>
    </message>
    <message>
        <source>Dietary and access needs</source>
        <translation>Qida və əlçatanlıq ehtiyacları</translation>
    </message>
    <message>
        <source>{0} guests</source>
        <translation>{0} qonaq</translation>
    </message>
    <message>
        <source>Edit the delegation “{0}”</source>
        <translation>«{0}» nümayəndə heyətini redaktə et</translation>
    </message>
    <message>
        <source>New delegation “{0}”</source>
        <translation>Yeni nümayəndə heyəti «{0}»</translation>
    </message>
    <message>
        <source>Delete the delegation “{0}”</source>
        <translation>«{0}» nümayəndə heyətini sil</translation>
    </message>
    <message>
        <source>{0} into the delegation “{1}”</source>
        <translation>{0}: «{1}» nümayəndə heyətinə</translation>
    </message>
    <message>
        <source>{0} out of their delegation</source>
        <translation>{0}: nümayəndə heyətindən çıxarıldı</translation>
    </message>
    <message>
        <source>Import the guest list {0}</source>
        <translation>{0} qonaq siyahısının idxalı</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Invite {0} guest(s)</source>
        <translation>{0} qonaq dəvət et</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>{0} siyahıdan çıxar</translation>
    </message>
    <message>
        <source>Remove {0} guests</source>
        <translation>{0} qonağı siyahıdan çıxar</translation>
    </message>
    <message>
        <source>Add the seating chart “{0}”</source>
        <translation>“{0}” oturacaq planını əlavə et</translation>
    </message>
    <message>
        <source>Edit the invitation letter ({0})</source>
        <translation>Dəvət məktubunu redaktə et ({0})</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Əməliyyat</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nə</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;İxrac…</translation>
    </message>
    <message>
        <source>Save the whole activity log of this event as a CSV file</source>
        <translation>Bu tədbirin bütün fəaliyyət jurnalını CSV faylı kimi saxla</translation>
    </message>
    <message>
        <source>Choose an event to see who changed what.</source>
        <translation>Kimin nəyi dəyişdiyini görmək üçün tədbir seçin.</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Hələ heç bir dəyişiklik qeydə alınmayıb.</translation>
    </message>
    <message>
        <source>{0} change(s), newest first</source>
        <translation>{0} dəyişiklik, əvvəlcə ən yeniləri</translation>
    </message>
    <message>
        <source>Export the activity log</source>
        <translation>Fəaliyyət jurnalını ixrac et</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV faylları (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}.</source>
        <translation>{0} yazıla bilmir: {1}.</translation>
    </message>
</context>
<context>
    <name>AgendaEdits</name>
    <message>
        <source>Move “{0}” to {1}</source>
        <translation>“{0}” bəndini {1} vaxtına köçür</translation>
    </message>
    <message>
        <source>Make “{0}” {1} min</source>
        <translation>“{0}” müddəti {1} dəq</translation>
    </message>
    <message>
        <source>Rename “{0}” to “{1}”</source>
        <translation>“{0}” adının “{1}” ilə əvəzlənməsi</translation>
    </message>
    <message>
        <source>Add “{0}” at {1}</source>
        <translation>{1} vaxtına “{0}” əlavə edilməsi</translation>
    </message>
    <message>
        <source>Duplicate “{0}”</source>
        <translation>“{0}” surətinin çıxarılması</translation>
    </message>
    <message>
        <source>Insert a break after “{0}”</source>
        <translation>“{0}” bəndindən sonra fasilə əlavə edilməsi</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>zal yoxdur</translation>
    </message>
    <message>
        <source>Move to &amp;day</source>
        <translation>&amp;Günə köçür</translation>
    </message>
    <message>
        <source>Move to &amp;room</source>
        <translation>&amp;Zala köçür</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Zal yoxdur</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>&amp;Add slot…</source>
        <extracomment>Whether ripple moves the other rooms&apos; later slots too (the window&apos;s Agenda menu toggle).</extracomment>
        <translation>Bənd əl&amp;avə et…</translation>
    </message>
    <message>
        <source>Add a slot after the selected one (Ctrl+Shift+N)</source>
        <translation>Seçilmiş bənddən sonra yeni bənd əlavə et (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Edit slot…</source>
        <translation>Bəndi &amp;redaktə et…</translation>
    </message>
    <message>
        <source>Edit every field of the selected slot (Ctrl+E)</source>
        <translation>Seçilmiş bəndin bütün sahələrini redaktə et (Ctrl+E)</translation>
    </message>
    <message>
        <source>Insert &amp;break</source>
        <translation>&amp;Fasilə əlavə et</translation>
    </message>
    <message>
        <source>Insert a 15-minute coffee break after the selected slot (Ctrl+B)</source>
        <translation>Seçilmiş bənddən sonra 15 dəqiqəlik kofe fasiləsi əlavə et (Ctrl+B)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Surətini çıxar</translation>
    </message>
    <message>
        <source>Duplicate the selected slot (Ctrl+D)</source>
        <translation>Seçilmiş bəndin surətini çıxar (Ctrl+D)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Yuxarı</translation>
    </message>
    <message>
        <source>Move the slot earlier and re-time the day (Ctrl+Up)</source>
        <translation>Bəndi irəli çək və günün vaxtlarını yenidən hesabla (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Aşağı</translation>
    </message>
    <message>
        <source>Move the slot later and re-time the day (Ctrl+Down)</source>
        <translation>Bəndi geri çək və günün vaxtlarını yenidən hesabla (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Order by &amp;protocol</source>
        <translation>&amp;Protokol üzrə sırala</translation>
    </message>
    <message>
        <source>Sort speakers, or the selected speeches, by precedence</source>
        <translation>Məruzəçiləri və ya seçilmiş çıxışları protokol sırasına görə düz</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No slots on this day yet&lt;/h3&gt;&lt;p&gt;Add the first item of the agenda: a welcome speech, a panel, a break…&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bu gün üçün hələ bənd yoxdur&lt;/h3&gt;&lt;p&gt;Gündəliyin ilk bəndini əlavə edin: salamlama nitqi, panel müzakirəsi, fasilə…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add the first slot…</source>
        <translation>İlk bəndi əlavə et…</translation>
    </message>
    <message>
        <source>Day {0} · {1}</source>
        <translation>{0}-ci gün · {1}</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Automatic backups</source>
        <translation>Avtomatik ehtiyat nüsxələr</translation>
    </message>
</context>
<context>
    <name>BackupForm</name>
    <message>
        <source>&amp;Back up the database once a day, when the application starts</source>
        <translation>&amp;Verilənlər bazasının ehtiyat nüsxəsini gündə bir dəfə, proqram işə düşəndə çıxar</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> gün</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Qovluq:</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Son nüsxələri saxla:</translation>
    </message>
    <message>
        <source>Older automatic backups are deleted; other files in the folder are never touched. A folder on another disk or machine survives the loss of this one.</source>
        <translation>Köhnə avtomatik nüsxələr silinir; qovluqdakı digər fayllara toxunulmur. Başqa diskdə və ya kompüterdə olan qovluq bu kompüter itəndə də salamat qalır.</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Avtomatik ehtiyat nüsxələr üçün qovluq</translation>
    </message>
</context>
<context>
    <name>ChartDialog</name>
    <message>
        <source>New seating chart</source>
        <translation>Yeni oturacaq planı</translation>
    </message>
    <message>
        <source>Presidium</source>
        <translation>Rəyasət heyəti</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Zal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Seats per table, row or base</source>
        <translation>Masada, cərgədə və ya əsasda yer sayı</translation>
    </message>
    <message>
        <source>Rows, tables, or seats per arm</source>
        <translation>Cərgələr, masalar və ya qolda yer sayı</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <source>Edit the delegation</source>
        <translation>Nümayəndə heyətini redaktə et</translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>Yeni nümayəndə heyəti</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yoxdur)</translation>
    </message>
    <message>
        <source>Search guests…</source>
        <translation>Qonaq axtar…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Ad</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Təşkilat</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>Ö&amp;lkə</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>Ü&amp;zvlər</translation>
    </message>
    <message>
        <source>&amp;Head</source>
        <translation>&amp;Rəhbər</translation>
    </message>
    <message>
        <source>Space ticks a member; the head is one of the members.</source>
        <translation>Boşluq düyməsi üzvü işarələyir; rəhbər üzvlərdən biridir.</translation>
    </message>
</context>
<context>
    <name>DelegationsDialog</name>
    <message>
        <source>Delegations</source>
        <translation>Nümayəndə heyətləri</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Yeni…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redaktə et…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>Keys: Insert adds (with the guests selected in the list) · Enter or F2 edits · Delete deletes</source>
        <translation>Düymələr: Insert əlavə edir (siyahıda seçilmiş qonaqlarla) · Enter və ya F2 redaktə edir · Delete silir</translation>
    </message>
    <message>
        <source>{0} — {1} member(s)</source>
        <translation>{0} — {1} üzv</translation>
    </message>
    <message>
        <source>, head: {0}</source>
        <translation>, rəhbər: {0}</translation>
    </message>
    <message>
        <source>Delete the delegation</source>
        <translation>Nümayəndə heyətini sil</translation>
    </message>
    <message>
        <source>Delete the delegation “{0}”? Its guests stay on the list.</source>
        <translation>«{0}» nümayəndə heyəti silinsin? Onun qonaqları siyahıda qalır.</translation>
    </message>
</context>
<context>
    <name>DescriptionLimit</name>
    <message>
        <source>No limit</source>
        <translation>Məhdudiyyətsiz</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> sətir</translation>
    </message>
    <message>
        <source>For large events: each description ends with “…” after this many lines. PDF and printing only; a Word document keeps every line.</source>
        <translation>Böyük tədbirlər üçün: hər təsvir bu qədər sətirdən sonra “…” ilə bitir. Yalnız PDF və çap üçün; Word sənədində bütün sətirlər qalır.</translation>
    </message>
    <message>
        <source>Descriptions fill about {0}% of the programme&apos;s {1} pages.</source>
        <translation>Təsvirlər proqramın {1} səhifəsinin təxminən {0}%-ni tutur.</translation>
    </message>
    <message>
        <source>Limit them to {0} lines</source>
        <translation>Onları {0} sətirlə məhdudlaşdır</translation>
    </message>
</context>
<context>
    <name>EventDetails</name>
    <message>
        <source>Optional; used in running headers</source>
        <translation>İstəyə bağlı; səhifə başlıqlarında istifadə olunur</translation>
    </message>
    <message>
        <source>When one conference day ends and the next begins. With 04:00, a show at 00:15 belongs to the day before: it prints with that day in the programme, timetable and run sheet. 00:00 keeps calendar days.</source>
        <translation>Bir konfrans gününün bitib növbətinin başladığı vaxt. 04:00 olduqda saat 00:15-dəki şou əvvəlki günə aiddir: proqramda, cədvəldə və ssenaridə həmin günlə birlikdə göstərilir. 00:00 təqvim günlərini saxlayır.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Qaralama</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Yekun</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Başlıq:</translation>
    </message>
    <message>
        <source>S&amp;hort title:</source>
        <translation>&amp;Qısa başlıq:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Mövzu:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Tarixlər:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Saat &amp;qurşağı:</translation>
    </message>
    <message>
        <source>Ne&amp;w day starts at:</source>
        <translation>&amp;Yeni gün başlayır:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Məkan:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Ü&amp;nvan:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Qeydlər:</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tədbir</translation>
    </message>
    <message>
        <source>Word documents of this event are written into this letterhead; without one, into the default from Preferences.</source>
        <translation>Bu tədbirin Word sənədləri bu blanka yazılır; blank yoxdursa, Parametrlərdəki standart blanka.</translation>
    </message>
    <message>
        <source>Lette&amp;rhead:</source>
        <translation>&amp;Blank:</translation>
    </message>
    <message>
        <source>Word documents</source>
        <translation>Word sənədləri</translation>
    </message>
    <message>
        <source>Duplicate as next year&apos;s event</source>
        <translation>Gələn ilin tədbiri kimi təkrarla</translation>
    </message>
    <message>
        <source>Copy rooms, organizations and the agenda to the same dates one year later</source>
        <translation>Zalları, təşkilatları və gündəliyi bir il sonrakı eyni tarixlərə köçür</translation>
    </message>
    <message>
        <source>Changes are saved as you go; Ctrl+Z undoes them.</source>
        <translation>Dəyişikliklər dərhal saxlanılır; Ctrl+Z onları geri alır.</translation>
    </message>
    <message>
        <source>Type a city, e.g. Baku</source>
        <translation>Şəhər adını yazın, məsələn Baku</translation>
    </message>
    <message>
        <source>Content languages:</source>
        <translation>Məzmunun dilləri:</translation>
    </message>
    <message>
        <source>Offer the content in {0}</source>
        <translation>Məzmunu {0} dilində təqdim et</translation>
    </message>
    <message>
        <source>Stop offering the content in {0}</source>
        <translation>Məzmunu {0} dilində təqdim etmə</translation>
    </message>
    <message>
        <source>Edit a translation</source>
        <translation>Tərcüməni dəyiş</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>The event&apos;s language</source>
        <translation>Tədbirin dili</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yoxdur)</translation>
    </message>
    <message>
        <source>Head of the delegation</source>
        <translation>Nümayəndə heyətinin rəhbəri</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Nümayəndə heyəti</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Cins</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Qida ehtiyacları</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>Əlçatanlıq ehtiyacları</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Gəliş</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Gediş</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Qeydlər</translation>
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
        <translation>Rəsmi şəxs</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Nümayəndə heyətinin üzvü</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Əməkdaş</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Digər</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Dəvət olunub</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Qəbul edib</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>İmtina edib</translation>
    </message>
    <message>
        <source>Sends a representative</source>
        <translation>Nümayəndə göndərir</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Qeyd edilməyib</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Qadın</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>Head table (presidium)</source>
        <translation>Rəyasət heyəti masası</translation>
    </message>
    <message>
        <source>Theatre rows</source>
        <translation>Teatr cərgələri</translation>
    </message>
    <message>
        <source>Round tables</source>
        <translation>Dairəvi masalar</translation>
    </message>
    <message>
        <source>U-shaped table</source>
        <translation>П-şəkilli masa</translation>
    </message>
</context>
<context>
    <name>GuestListPage</name>
    <message>
        <source>Search names, organizations, needs…</source>
        <translation>Ad, təşkilat, ehtiyac axtar…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Bütün kateqoriyalar</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>Bütün cavablar</translation>
    </message>
    <message>
        <source>Keys: A accepted · D declined · R sends a representative · I invited (no answer) · Enter edits · Delete removes · Ctrl+G puts into a delegation</source>
        <translation>Düymələr: A qəbul edib · D imtina edib · R nümayəndə göndərir · I dəvət olunub (cavab yoxdur) · Enter redaktə · Delete çıxar · Ctrl+G nümayəndə heyətinə daxil et</translation>
    </message>
    <message>
        <source>Invite people…</source>
        <translation>Şəxsləri dəvət et…</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Siyahını idxal et…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Çıxar</translation>
    </message>
    <message>
        <source>De&amp;legations…</source>
        <translation>&amp;Nümayəndə heyətləri…</translation>
    </message>
    <message>
        <source>&amp;Assign to a delegation…</source>
        <translation>Nümayəndə heyətinə &amp;daxil et…</translation>
    </message>
    <message>
        <source>Put the selected guests into a delegation (Ctrl+G)</source>
        <translation>Seçilmiş qonaqları nümayəndə heyətinə daxil et (Ctrl+G)</translation>
    </message>
    <message>
        <source>{0} guests: {1}. Coming: {2} (by category: {3}; by sex: {4}).</source>
        <translation>{0} qonaq: {1}. Gələcək: {2} (kateqoriya üzrə: {3}; cins üzrə: {4}).</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Nümayəndə</translation>
    </message>
    <message>
        <source>Choose one guest to name their representative.</source>
        <translation>Nümayəndəni göstərmək üçün bir qonaq seçin.</translation>
    </message>
    <message>
        <source>Who comes in place of {0}?</source>
        <translation>{0} əvəzinə kim gəlir?</translation>
    </message>
    <message>
        <source>Import a guest list</source>
        <translation>Qonaq siyahısını idxal et</translation>
    </message>
    <message>
        <source>Guest lists (*.csv *.xlsx)</source>
        <translation>Qonaq siyahıları (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Import these guests? Edit &gt; Undo takes the whole import back.</source>
        <translation>Bu qonaqlar idxal edilsin? «Düzəliş &gt; Geri al» bütün idxalı birlikdə geri qaytarır.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yoxdur)</translation>
    </message>
    <message>
        <source>Delegation of {0}:</source>
        <translation>Nümayəndə heyəti ({0}):</translation>
    </message>
    <message>
        <source>{0} guests</source>
        <translation>{0} qonaq</translation>
    </message>
    <message>
        <source>Assign to a delegation</source>
        <translation>Nümayəndə heyətinə daxil et</translation>
    </message>
</context>
<context>
    <name>GuestsPage</name>
    <message>
        <source>Guest list</source>
        <extracomment>The kinds of rows the Guests page shows (a slot or cue edit leaves it alone).</extracomment>
        <translation>Qonaq siyahısı</translation>
    </message>
    <message>
        <source>Seating</source>
        <translation>Oturacaq planı</translation>
    </message>
    <message>
        <source>Invitation letter</source>
        <translation>Dəvət məktubu</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Sənədlər</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Qonaqlar</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <source>{0} is not a picture that can be read.</source>
        <translation>{0} oxuna bilən şəkil deyil.</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite people</source>
        <translation>Şəxsləri dəvət et</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Axtar…</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Texts in:</source>
        <translation>Mətnlərin dili:</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <source>Answer by</source>
        <translation>Cavab müddəti</translation>
    </message>
    <message>
        <source>Insert a placeholder…</source>
        <translation>Əvəzedici əlavə et…</translation>
    </message>
    <message>
        <source>Save letter</source>
        <translation>Məktubu saxla</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Geri qaytar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Preview for</source>
        <translation>Önbaxış</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Mövzu</translation>
    </message>
    <message>
        <source>Contact for answers</source>
        <translation>Cavab üçün əlaqə</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>İmzalayan</translation>
    </message>
    <message>
        <source>Title of the signatory</source>
        <translation>İmzalayanın vəzifəsi</translation>
    </message>
    <message>
        <source>Add guests to see their letter here.</source>
        <translation>Məktubu burada görmək üçün qonaq əlavə edin.</translation>
    </message>
    <message>
        <source>Unknown placeholders (printed as typed): {0}</source>
        <translation>Naməlum əvəzedicilər (yazıldığı kimi çap olunur): {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New event…</source>
        <extracomment>Set by Preferences when the language changed: app.main builds a new window after this one closes.</extracomment>
        <translation>Yeni tədbir…</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Gündəlik</translation>
    </message>
    <message>
        <source>&amp;Speakers</source>
        <translation>&amp;Məruzəçilər</translation>
    </message>
    <message>
        <source>&amp;Organizations</source>
        <translation>&amp;Təşkilatlar</translation>
    </message>
    <message>
        <source>Event &amp;details</source>
        <translation>Tədbir &amp;haqqında</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Önbaxış</translation>
    </message>
    <message>
        <source>&amp;Timetable</source>
        <translation>&amp;Cədvəl</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemlər</translation>
    </message>
    <message>
        <source>Every change is saved at once.</source>
        <translation>Hər dəyişiklik dərhal saxlanılır.</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (yalnız oxumaq üçün)</translation>
    </message>
    <message>
        <source>Problems ({0})</source>
        <translation>Problemlər ({0})</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Tədbiri sil</translation>
    </message>
    <message>
        <source>Delete “{0}” and its {1} agenda slot(s)?</source>
        <translation>“{0}” və onun gündəliyindəki bəndlər ({1}) silinsin?</translation>
    </message>
    <message>
        <source>Its rooms and organizations&apos; roles go too. Edit ▸ Undo brings it back.</source>
        <translation>Onun zalları və təşkilatların rolları da silinir. Düzəliş ▸ Geri al hamısını qaytarır.</translation>
    </message>
    <message>
        <source>T&amp;ranslations</source>
        <translation>T&amp;ərcümələr</translation>
    </message>
    <message>
        <source>&amp;Guests</source>
        <translation>&amp;Qonaqlar</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>New event</source>
        <translation>Yeni tədbir</translation>
    </message>
    <message>
        <source>e.g. International Migrants Day 2025</source>
        <translation>məs., Beynəlxalq Miqrantlar Günü 2025</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Başlıq:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;İlk gün:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Son gün:</translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation>Tədbirin başlığı olmalıdır.</translation>
    </message>
</context>
<context>
    <name>OrgDialog</name>
    <message>
        <source>Edit organization</source>
        <translation>Təşkilatı redaktə et</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Yeni təşkilat</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Loqo seç…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Loqonu sil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Qısaltma:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Növ:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Ö&amp;lkə:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Veb-sayt:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Q&amp;eydlər:</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Loqo yoxdur</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Loqo seçin</translation>
    </message>
    <message>
        <source>An organization needs a name.</source>
        <translation>Təşkilatın adı olmalıdır.</translation>
    </message>
    <message>
        <source>Add to “{0}” as</source>
        <translation>«{0}» tədbirinə əlavə et:</translation>
    </message>
</context>
<context>
    <name>OrgView</name>
    <message>
        <source>&amp;New organization…</source>
        <translation>&amp;Yeni təşkilat…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redaktə et…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>Bütün təşkilatlar</translation>
    </message>
    <message>
        <source>◀ Add selected as</source>
        <translation>◀ Seçiləni bu rolda əlavə et:</translation>
    </message>
    <message>
        <source>Give the organization selected on the left a role in this event</source>
        <translation>Solda seçilmiş təşkilata bu tədbirdə rol ver</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Yuxarı</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Aşağı</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Çıxar</translation>
    </message>
    <message>
        <source>In this event</source>
        <translation>Bu tədbirdə</translation>
    </message>
    <message>
        <source>In “{0}”</source>
        <translation>“{0}” tədbirində</translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation>Təşkilatı sil</translation>
    </message>
    <message>
        <source>Delete “{0}”?</source>
        <translation>“{0}” silinsin?</translation>
    </message>
    <message>
        <source>Its people stay in the directory without an organization, and it leaves every event it has a role in. You can undo this with Ctrl+Z.</source>
        <translation>Onun əməkdaşları kataloqda təşkilatsız qalır, təşkilat isə rolu olduğu bütün tədbirlərdən çıxarılır. Bunu Ctrl+Z ilə geri ala bilərsiniz.</translation>
    </message>
    <message>
        <source>Select an organization on the left first.</source>
        <translation>Əvvəlcə solda təşkilat seçin.</translation>
    </message>
    <message>
        <source>Add “{0}” as {1}</source>
        <translation>“{0}” təşkilatını əlavə et: {1}</translation>
    </message>
    <message>
        <source>Remove “{0}” from the event</source>
        <translation>“{0}” təşkilatının tədbirdən çıxarılması</translation>
    </message>
    <message>
        <source>Reorder the event&apos;s organizations</source>
        <translation>Tədbirin təşkilatlarının sırasının dəyişdirilməsi</translation>
    </message>
    <message>
        <source>The programme&apos;s header lists them by role, then in this order. Double-click a role to change it; drag a row to reorder.</source>
        <translation>Proqramın başlığında onlar rola görə, sonra bu sıra ilə göstərilir. Rolu dəyişmək üçün iki dəfə klikləyin; sıranı dəyişmək üçün sətri sürüşdürün.</translation>
    </message>
    <message>
        <source>Make “{0}” {1}</source>
        <translation>«{0}» — {1}</translation>
    </message>
</context>
<context>
    <name>PageStrip</name>
    <message>
        <source>Fit width</source>
        <translation>Enə görə</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Səhifəyə görə</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Kiçilt (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Böyüt (Ctrl++)</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Səhifə {0} / {1}</translation>
    </message>
    <message>
        <source>Page {0} of …</source>
        <translation>Səhifə {0} / …</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <comment>a person&apos;s name</comment>
        <translation>Ad</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Filter by name, position or organization (Ctrl+F)</source>
        <translation>Ada, vəzifəyə və ya təşkilata görə süz (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New speaker…</source>
        <translation>&amp;Yeni məruzəçi…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redaktə et…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <source>&amp;Merge duplicates…</source>
        <translation>&amp;Təkrarları birləşdir…</translation>
    </message>
    <message>
        <source>{0} of {1} people</source>
        <translation>{1} nəfərdən {0}</translation>
    </message>
    <message>
        <source>{0} people</source>
        <translation>{0} nəfər</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select a speaker to see their details and the slots they appear in.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Məlumatları və çıxış etdiyi bəndləri görmək üçün məruzəçini seçin.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Foto yoxdur</translation>
    </message>
    <message>
        <source>Protocol precedence: {0}</source>
        <translation>Protokol sırası: {0}</translation>
    </message>
    <message>
        <source>Appears in</source>
        <translation>Çıxış etdiyi bəndlər</translation>
    </message>
    <message>
        <source>Could not be read.</source>
        <translation>Oxumaq mümkün olmadı.</translation>
    </message>
    <message>
        <source>No slot yet.</source>
        <translation>Hələ bənd yoxdur.</translation>
    </message>
    <message>
        <source>Delete {0} from the speaker directory?</source>
        <translation>{0} məruzəçilər kataloqundan silinsin?</translation>
    </message>
    <message>
        <source>They will be removed from these slots:</source>
        <translation>Onlar bu bəndlərdən çıxarılacaq:</translation>
    </message>
    <message>
        <source>…and {0} more.</source>
        <translation>…və daha {0}.</translation>
    </message>
    <message>
        <source>They do not appear in any slot.</source>
        <translation>Onlar heç bir bənddə iştirak etmir.</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Bunu Ctrl+Z ilə geri ala bilərsiniz.</translation>
    </message>
    <message>
        <source>Delete speaker</source>
        <translation>Məruzəçini sil</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Təkrarları birləşdir</translation>
    </message>
    <message>
        <source>No duplicates found. To merge people whose names differ, select them first (Ctrl+click).</source>
        <translation>Təkrar tapılmadı. Adları fərqli olan şəxsləri birləşdirmək üçün əvvəlcə onları seçin (Ctrl+klik).</translation>
    </message>
    <message>
        <source>Merge {0} records. Keep which one? The others&apos; slots move to it.</source>
        <translation>{0} qeyd birləşdirilir. Hansı saxlanılsın? Digərlərinin bəndləri ona keçəcək.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit speaker</source>
        <translation>Məruzəçini redaktə et</translation>
    </message>
    <message>
        <source>New speaker</source>
        <translation>Yeni məruzəçi</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yoxdur)</translation>
    </message>
    <message>
        <source>Protocol precedence: a lower number speaks first</source>
        <translation>Protokol sırası: nömrəsi kiçik olan əvvəl çıxış edir</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Foto seç…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Fotonu sil</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Vəzifə:</translation>
    </message>
    <message>
        <source>Ran&amp;k:</source>
        <translation>&amp;Rütbə:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Təşkilat:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-poçt:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Pre&amp;cedence:</source>
        <translation>&amp;Protokol sırası:</translation>
    </message>
    <message>
        <source>&amp;Biography:</source>
        <translation>Tərcümeyi-&amp;hal:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Q&amp;eydlər:</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Foto yoxdur</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Foto seçin</translation>
    </message>
    <message>
        <source>A person needs a given name or a family name.</source>
        <translation>Şəxsin adı və ya soyadı olmalıdır.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Parametrlər</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sistemin dili</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Yeni dil növbəti başlanğıcdan istifadə olunur.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>The event&apos;s language</source>
        <translation>Tədbirin dili</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Kağız:</translation>
    </message>
    <message>
        <source>Programme lan&amp;guage:</source>
        <translation>Proqramın &amp;dili:</translation>
    </message>
    <message>
        <source>&amp;Ripple: changing a slot&apos;s length or start moves the later slots in its room</source>
        <translation>&amp;Sürüşdürmə: bəndin müddəti və ya başlanğıcı dəyişəndə həmin zaldakı sonrakı bəndlər də sürüşür</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Dəyiş…</translation>
    </message>
    <message>
        <source>Open another database (File ▸ Open database…)</source>
        <translation>Başqa verilənlər bazasını aç (Fayl ▸ Verilənlər bazasını aç…)</translation>
    </message>
    <message>
        <source>Default lett&amp;erhead:</source>
        <translation>Standart &amp;blank:</translation>
    </message>
    <message>
        <source>Saved in the database at once, for every event without a letterhead of its own.</source>
        <translation>Dərhal verilənlər bazasında saxlanılır; öz blankı olmayan hər tədbir üçün.</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>İnterfeys</translation>
    </message>
    <message>
        <source>Programme defaults</source>
        <translation>Proqramın standart parametrləri</translation>
    </message>
    <message>
        <source>Word documents</source>
        <translation>Word sənədləri</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Redaktə</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Avtomatik ehtiyat nüsxələr</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Verilənlər bazası</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Save PDF…</source>
        <extracomment>The notice&apos;s link: show the Translations page filtered to the texts this language lacks. Asked before a programme with conflicts is printed or saved; True goes on (the window sets it).</extracomment>
        <translation>PDF kimi saxla…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Çap et…</translation>
    </message>
    <message>
        <source>Word document…</source>
        <translation>Word sənədi…</translation>
    </message>
    <message>
        <source>Save the programme with these options as an editable Word document, in the letterhead chosen in Preferences or the event&apos;s details</source>
        <translation>Proqramı bu seçimlərlə redaktə oluna bilən Word sənədi kimi, Parametrlərdə və ya tədbirin məlumatlarında seçilmiş blankda saxlayın</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dayandır</translation>
    </message>
    <message>
        <source>Stop laying out the programme; the pages shown so far stay</source>
        <translation>Proqramın səhifələnməsini dayandırın; indiyədək göstərilən səhifələr qalır</translation>
    </message>
    <message>
        <source>Lay out all pages</source>
        <translation>Bütün səhifələri hazırla</translation>
    </message>
    <message>
        <source>Building the programme…</source>
        <translation>Proqram hazırlanır…</translation>
    </message>
    <message>
        <source>Page 1 is ready; laying out the other pages…</source>
        <translation>1-ci səhifə hazırdır; digər səhifələr hazırlanır…</translation>
    </message>
    <message>
        <source>{0} page(s)</source>
        <translation>{0} səhifə</translation>
    </message>
    <message>
        <source>Stopped: only page 1 is shown.</source>
        <translation>Dayandırıldı: yalnız 1-ci səhifə göstərilir.</translation>
    </message>
    <message>
        <source>Stopped: the pages shown are from before the last change.</source>
        <translation>Dayandırıldı: göstərilən səhifələr son dəyişiklikdən əvvəlkidir.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Dayandırıldı.</translation>
    </message>
    <message>
        <source>Only page 1 is shown; it is not the whole programme.</source>
        <translation>Yalnız 1-ci səhifə göstərilir; bu, proqramın tamamı deyil.</translation>
    </message>
    <message>
        <source>The PDF programme is not available in this build.</source>
        <translation>Bu versiyada PDF proqramı mövcud deyil.</translation>
    </message>
    <message>
        <source>The programme could not be built.</source>
        <translation>Proqramı hazırlamaq mümkün olmadı.</translation>
    </message>
    <message>
        <source>building the programme</source>
        <translation>proqram hazırlanarkən</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF kimi saxla</translation>
    </message>
    <message>
        <source>saving the PDF</source>
        <translation>PDF saxlanılarkən</translation>
    </message>
    <message>
        <source>⚠ The agenda has {0} conflict(s); the Problems panel lists them. Printing or saving asks first.</source>
        <translation>⚠ Gündəlikdə {0} münaqişə var; onlar «Problemlər» panelində göstərilir. Çap və ya saxlama əvvəlcə soruşacaq.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Çap et</translation>
    </message>
    <message>
        <source>{0}: {1} texts have no translation; they print in {2} instead.</source>
        <translation>{0}: {1} mətnin tərcüməsi yoxdur; əvəzində əsas dildə ({2}) çap olunur.</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Göstər</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Double-click to select the slot</source>
        <translation>Bəndi seçmək üçün iki dəfə klikləyin</translation>
    </message>
    <message>
        <source>No problems: no overlaps, double bookings or empty items.</source>
        <translation>Problem yoxdur: üst-üstə düşmə, təkrar bron və ya boş bənd yoxdur.</translation>
    </message>
</context>
<context>
    <name>ProgrammeOptionsForm</name>
    <message>
        <source>Programme</source>
        <translation>Proqram</translation>
    </message>
    <message>
        <source>Planned vs actual</source>
        <translation>Plan və fakt</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Yoxdur</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>Alt-alta</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Yan-yana</translation>
    </message>
    <message>
        <source>Descriptions</source>
        <translation>Təsvirlər</translation>
    </message>
    <message>
        <source>Biographies</source>
        <translation>Tərcümeyi-hallar</translation>
    </message>
    <message>
        <source>Partner organizations</source>
        <translation>Tərəfdaş təşkilatlar</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Sənəd:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Kağız:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>&amp;Second language:</source>
        <translation>&amp;İkinci dil:</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>&amp;Düzülüş:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Daxil et:</translation>
    </message>
    <message>
        <source>Li&amp;mit descriptions:</source>
        <translation>Təsvir &amp;həddi:</translation>
    </message>
</context>
<context>
    <name>ReadOnlyGuard</name>
    <message>
        <source>This database is read-only: you can look and print, but not change anything.</source>
        <translation>Bu verilənlər bazası yalnız oxumaq üçündür: baxmaq və çap etmək olar, lakin heç nəyi dəyişmək olmaz.</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Yalnız oxumaq bildirişi</translation>
    </message>
</context>
<context>
    <name>RoomsBox</name>
    <message>
        <source>Rooms</source>
        <translation>Zallar</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Əlavə et…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Adını dəyiş…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Yuxarı</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Aşağı</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Without rooms, every slot takes place in the main hall.</source>
        <translation>Zal olmadıqda bütün bəndlər əsas zalda keçirilir.</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>Zal əlavə et</translation>
    </message>
    <message>
        <source>Name of the room:</source>
        <translation>Zalın adı:</translation>
    </message>
    <message>
        <source>Rename room</source>
        <translation>Zalın adını dəyiş</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Yeni ad:</translation>
    </message>
</context>
<context>
    <name>SeatingEditor</name>
    <message>
        <source>New chart…</source>
        <translation>Yeni plan…</translation>
    </message>
    <message>
        <source>Fill by precedence</source>
        <translation>Protokol qaydası ilə doldur</translation>
    </message>
    <message>
        <source>Seat accepted guests and speakers: the host&apos;s principal in the centre, then right and left alternately</source>
        <translation>Dəvəti qəbul edən qonaqları və məruzəçiləri oturt: ev sahibinin rəhbəri mərkəzdə, sonra növbə ilə sağda və solda</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Təmizlə</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Drag a name onto another seat to swap the two (Ctrl+Z undoes). Seat 1 is the seat of honour; even numbers are on its right, odd numbers on its left.</source>
        <translation>Yerlərini dəyişmək üçün adı başqa yerin üzərinə sürüşdürün (Ctrl+Z geri qaytarır). 1 nömrəli yer fəxri yerdir; cüt nömrələr onun sağında, tək nömrələr solundadır.</translation>
    </message>
    <message>
        <source>No seating chart yet: add one with “New chart…”.</source>
        <translation>Hələ oturacaq planı yoxdur: “Yeni plan…” ilə əlavə edin.</translation>
    </message>
    <message>
        <source>Seat {0} (empty)</source>
        <translation>{0} nömrəli yer (boş)</translation>
    </message>
    <message>
        <source>{0} (on behalf of {1})</source>
        <translation>{0} ({1} adından)</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Xəbərdarlıq yoxdur.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Auditoriya</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Səhnə</translation>
    </message>
    <message>
        <source>Table {0}</source>
        <translation>{0} nömrəli masa</translation>
    </message>
    <message>
        <source>Swap seats {0} and {1}</source>
        <translation>{0} və {1} yerlərini dəyiş</translation>
    </message>
    <message>
        <source>Fill “{0}” by precedence</source>
        <translation>“{0}” planını protokol qaydası ilə doldur</translation>
    </message>
    <message>
        <source>Clear “{0}”</source>
        <translation>“{0}” planını təmizlə</translation>
    </message>
</context>
<context>
    <name>SlotDialog</name>
    <message>
        <source>Edit slot</source>
        <translation>Bəndi redaktə et</translation>
    </message>
    <message>
        <source>New slot</source>
        <translation>Yeni bənd</translation>
    </message>
    <message>
        <source> min</source>
        <translation> dəq</translation>
    </message>
    <message>
        <source>Shown in the programme; empty uses the kind</source>
        <translation>Proqramda göstərilir; boş olduqda növ göstərilir</translation>
    </message>
    <message>
        <source>No room (main hall)</source>
        <translation>Zal yoxdur (əsas zal)</translation>
    </message>
    <message>
        <source>Event language</source>
        <translation>Tədbirin dili</translation>
    </message>
    <message>
        <source>Remote (video or online)</source>
        <translation>Uzaqdan (video və ya onlayn)</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Vaxt:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Növ:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Başlıq:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Təsvir:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Zal:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>Participants, in speaking order</source>
        <translation>İştirakçılar, çıxış sırası ilə</translation>
    </message>
    <message>
        <source>Type a name to add a participant…</source>
        <translation>İştirakçı əlavə etmək üçün ad yazın…</translation>
    </message>
    <message>
        <source>Role of the selected participant</source>
        <translation>Seçilmiş iştirakçının rolu</translation>
    </message>
    <message>
        <source>New speaker…</source>
        <translation>Yeni məruzəçi…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Yuxarı</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Aşağı</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Çıxar</translation>
    </message>
    <message>
        <source>Breaks and meals have no speakers.</source>
        <translation>Fasilə və yeməklərdə məruzəçi olmur.</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Zal yoxdur</translation>
    </message>
    <message>
        <source>busy: {0}</source>
        <translation>məşğuldur: {0}</translation>
    </message>
    <message>
        <source>main hall</source>
        <translation>əsas zal</translation>
    </message>
    <message>
        <source>“{0}” {1}, {2}</source>
        <translation>«{0}» {1}, {2}</translation>
    </message>
    <message>
        <source>{0} is already in {1}.</source>
        <translation>{0} artıq buradadır: {1}.</translation>
    </message>
</context>
<context>
    <name>StaleDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Başqası tərəfindən dəyişdirilib</translation>
    </message>
    <message>
        <source>&lt;b&gt;Someone else saved a change to this item while you were editing it.&lt;/b&gt;&lt;br&gt;Your change (“{0}”) was not saved yet. Compare the versions:</source>
        <translation>&lt;b&gt;Siz bu elementi redaktə edərkən başqası ona dəyişiklik edib saxladı.&lt;/b&gt;&lt;br&gt;Sizin dəyişikliyiniz (“{0}”) hələ saxlanmayıb. Versiyaları müqayisə edin:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Açdığınız zaman</translation>
    </message>
    <message>
        <source>Their version (saved)</source>
        <translation>Onların versiyası (saxlanılıb)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Sizinki</translation>
    </message>
    <message>
        <source>&amp;Reload (discard mine)</source>
        <translation>&amp;Yenidən yüklə (mənimkini at)</translation>
    </message>
    <message>
        <source>Keep their version and show it; your change is dropped</source>
        <translation>Onların versiyasını saxla və göstər; sizin dəyişikliyiniz atılır</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation>Mənimki ilə ü&amp;zərinə yaz</translation>
    </message>
    <message>
        <source>Save your values over theirs; Undo puts theirs back</source>
        <translation>Dəyərlərinizi onlarınkının üzərinə yazın; Geri al onlarınkını qaytarır</translation>
    </message>
</context>
<context>
    <name>TeamFeatures</name>
    <message>
        <source>Activity</source>
        <translation>Fəaliyyət</translation>
    </message>
    <message>
        <source>Backup &amp;settings…</source>
        <translation>Ehtiyat nüsxə &amp;parametrləri…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Bərpa et…</translation>
    </message>
    <message>
        <source>Replace the database&apos;s content with a backup</source>
        <translation>Verilənlər bazasının məzmununu ehtiyat nüsxə ilə əvəz et</translation>
    </message>
    <message>
        <source>Updated with changes saved by someone else.</source>
        <translation>Başqasının saxladığı dəyişikliklərlə yeniləndi.</translation>
    </message>
    <message>
        <source>Today&apos;s backup was written to {0}</source>
        <translation>Bugünkü ehtiyat nüsxə yazıldı: {0}</translation>
    </message>
    <message>
        <source>The automatic backup failed: {0}</source>
        <translation>Avtomatik ehtiyat nüsxə alınmadı: {0}</translation>
    </message>
    <message>
        <source>Restored {0}</source>
        <translation>Bərpa edildi: {0}</translation>
    </message>
</context>
<context>
    <name>TranslationsModel</name>
    <message>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Harada</translation>
    </message>
    <message>
        <source>{0} (primary)</source>
        <translation>{0} (əsas)</translation>
    </message>
    <message>
        <source>No translation: the programme prints the primary text here</source>
        <translation>Tərcümə yoxdur: proqramda burada əsas mətn çap olunur</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>yoxdur</translation>
    </message>
</context>
<context>
    <name>TranslationsPage</name>
    <message>
        <source>Every kind of text</source>
        <translation>Bütün mətn növləri</translation>
    </message>
    <message>
        <source>Kind of text</source>
        <translation>Mətnin növü</translation>
    </message>
    <message>
        <source>&amp;Missing only</source>
        <translation>&amp;Yalnız çatışmayanlar</translation>
    </message>
    <message>
        <source>Missing in</source>
        <translation>Çatışmayan dil</translation>
    </message>
    <message>
        <source>Find text…</source>
        <translation>Mətn axtar…</translation>
    </message>
    <message>
        <source>E&amp;xport workbook…</source>
        <translation>İş kitabını &amp;ixrac et…</translation>
    </message>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>İş kitabını i&amp;dxal et…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Göstər:</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Yapışdır</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Təmizlə</translation>
    </message>
    <message>
        <source>in any language</source>
        <translation>istənilən dildə</translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation>{0}</translation>
    </message>
    <message>
        <source>{0}: {1} missing</source>
        <translation>{0}: {1} çatışmır</translation>
    </message>
    <message>
        <source>{0} texts</source>
        <translation>{0} mətn</translation>
    </message>
    <message>
        <source>Edit a translation</source>
        <translation>Tərcüməni dəyiş</translation>
    </message>
    <message>
        <source>Edit {0} translations</source>
        <translation>{0} tərcüməni dəyiş</translation>
    </message>
    <message>
        <source>Paste {0} translations</source>
        <translation>{0} tərcüməni yapışdır</translation>
    </message>
    <message>
        <source>Clear {0} translations</source>
        <translation>{0} tərcüməni təmizlə</translation>
    </message>
    <message>
        <source>Export the texts for translators</source>
        <translation>Mətnləri tərcüməçilər üçün ixrac et</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel iş kitabları (*.xlsx)</translation>
    </message>
    <message>
        <source>Import translations</source>
        <translation>Tərcümələri idxal et</translation>
    </message>
    <message>
        <source>The workbook holds no change to this event&apos;s texts.</source>
        <translation>İş kitabında bu tədbirin mətnlərinə heç bir dəyişiklik yoxdur.</translation>
    </message>
    <message>
        <source>Import {0} translations from {1}</source>
        <translation>{1} faylından {0} tərcüməni idxal et</translation>
    </message>
    <message>
        <source>{0} texts change. Apply them as one step (Undo takes them back)?</source>
        <translation>{0} mətn dəyişir. Onlar bir addımda tətbiq edilsin (Geri al onları qaytarır)?</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to {0}</source>
        <translation>{0} proqramına xoş gəlmisiniz</translation>
    </message>
    <message>
        <source>Plan an official event: its agenda, its speakers in protocol order, the partner organizations, and a programme ready to print.</source>
        <translation>Rəsmi tədbiri planlaşdırın: gündəliyi, protokol sırası ilə məruzəçiləri, tərəfdaş təşkilatları və çapa hazır proqramı.</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Yeni tədbir…</translation>
    </message>
    <message>
        <source>Start with a title and the dates.</source>
        <translation>Başlıq və tarixlərlə başlayın.</translation>
    </message>
    <message>
        <source>Open the sample event</source>
        <translation>Nümunə tədbiri aç</translation>
    </message>
    <message>
        <source>International Migrants Day 2021: a complete example to explore.</source>
        <translation>Beynəlxalq Miqrantlar Günü 2021: öyrənmək üçün tam nümunə.</translation>
    </message>
    <message>
        <source>Import a schedule…</source>
        <translation>Cədvəli idxal et…</translation>
    </message>
    <message>
        <source>Bring in an agenda from a schedule XML or JSON file (frab, pretalx).</source>
        <translation>Gündəliyi XML və ya JSON cədvəl faylından gətirin (frab, pretalx).</translation>
    </message>
    <message>
        <source>Data is stored in {0}</source>
        <translation>Məlumatlar burada saxlanılır: {0}</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Printing…</source>
        <translation>Çap edilir…</translation>
    </message>
</context>
</TS>
