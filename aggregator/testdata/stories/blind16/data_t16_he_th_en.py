# -*- coding: utf-8 -*-
"""t16 part: Hebrew, Thai and English-control items (translations hl5/ib6 live
with their stories in data_t16_zh.py / data_t16_ja.py).

Tuple: key, story, kind, source, when (MM-DDTHH:MM, UTC), section, slug, title, summary.
Israel is UTC+2, Thailand UTC+7, Kashmir UTC+5:30, Bangladesh UTC+6, Singapore UTC+8.
"""
HALF = "t16"
DAYS = ["2027-01-04", "2027-01-05", "2027-01-06"]

ITEMS = [
    # =============================== Hebrew =======================================
    # --- Haifa flooding ----------------------------------------------------------
    ("hf1", "haifa-flooding", "original", "sochnut-kesher", "01-05T06:00", "news", "haifa-downtown-flooding-drivers-rescued",
     "הצפות בחיפה: כבישים נחסמו בעיר התחתית, נהגים חולצו מרכבים",
     "גשמים עזים שירדו הבוקר בחיפה גרמו להצפות בעיר התחתית ובשדרות ההגנה. כוחות כיבוי והצלה חילצו שלושה נהגים שנלכדו ברכביהם, ומספר כבישים נחסמו לתנועה. המשטרה מבקשת מהציבור להימנע מנסיעה לאזורים המוצפים."),
    ("hf4", "haifa-flooding", "brief", "mabat-news", "01-05T06:20", "flash", "haifa-flooding-flash",
     "מבזק: הצפות בעיר התחתית בחיפה",
     "כבישים נחסמו הבוקר בעיר התחתית בחיפה בעקבות גשמים עזים, וכוחות הכבאות חילצו שלושה נהגים שנלכדו ברכביהם."),
    ("hf2", "haifa-flooding", "copy", "haboker", "01-05T06:40", "israel", "haifa-floods-roads-closed",
     "הצפות בחיפה: שלושה נהגים חולצו, כבישים נחסמו",
     "גשמים עזים שירדו הבוקר בחיפה גרמו להצפות בעיר התחתית ובשדרות ההגנה. לוחמי כבאות והצלה חילצו שלושה נהגים שנלכדו ברכביהם, וכמה כבישים נחסמו לתנועה. המשטרה מבקשת מהציבור להימנע מנסיעה לאזורים המוצפים."),
    ("hf3", "haifa-flooding", "update", "sochnut-kesher", "01-05T11:00", "news", "haifa-flooding-seven-rescued-update",
     "עדכון: שבעה נהגים חולצו בהצפות בחיפה, מנהרות הכרמל נסגרו זמנית",
     "מספר הנהגים שחולצו מרכבים שנלכדו במים בחיפה עלה לשבעה. בעיר התחתית נמדדו 62 מילימטר גשם בתוך שלוש שעות, ומנהרות הכרמל נסגרו לתנועה למשך כשעה. העירייה פתחה מוקד חירום לדיווחי תושבים."),
    ("nh1", "nahariya-flooding", "lookalike", "mabat-news", "01-05T11:30", "news", "nahariya-flooding-drivers-rescued",
     "הצפות בנהריה: כבישים נחסמו במרכז העיר, נהגים חולצו מרכבים",
     "גשמים עזים שירדו בצהריים בנהריה גרמו להצפות במרכז העיר ולאורך נחל הגעתון. כוחות כיבוי והצלה חילצו שני נהגים שנלכדו ברכביהם, ומספר כבישים נחסמו לתנועה. המשטרה מבקשת מהציבור להימנע מנסיעה לאזורים המוצפים."),

    # --- road closures (template) ---------------------------------------------------
    ("r90a", "route90-closure", "template", "sochnut-kesher", "01-06T07:00", "news", "route-90-closed-ein-gedi-masada",
     "כביש 90 נחסם לתנועה בין עין גדי למצדה בשל שיטפונות",
     "משטרת ישראל הודיעה על חסימת כביש 90 לתנועה בשני הכיוונים בין עין גדי למצדה, בשל זרימת שיטפונות בנחלים החוצים את הכביש. הנהגים מתבקשים להימנע מהגעה לאזור ולהישמע להוראות השוטרים בשטח."),
    ("r90b", "route90-closure", "copy", "kav-hahof", "01-06T07:30", "south", "road-90-dead-sea-flash-floods",
     "שיטפונות: כביש 90 נחסם בין עין גדי למצדה",
     "המשטרה הודיעה על חסימת כביש 90 לתנועה בשני הכיוונים בין עין גדי למצדה, בשל זרימת שיטפונות בנחלים שחוצים את הכביש. הנהגים מתבקשים להימנע מהגעה לאזור ולציית להוראות השוטרים בשטח."),
    ("r40", "route40-closure", "lookalike", "sochnut-kesher", "01-06T08:30", "news", "route-40-closed-mitzpe-ramon",
     "כביש 40 נחסם לתנועה בין מצפה רמון לצומת ציחור בשל שיטפונות",
     "משטרת ישראל הודיעה על חסימת כביש 40 לתנועה בשני הכיוונים בין מצפה רמון לצומת ציחור, בשל זרימת שיטפונות בנחלים החוצים את הכביש. הנהגים מתבקשים להימנע מהגעה לאזור ולהישמע להוראות השוטרים בשטח."),

    # --- obituaries ------------------------------------------------------------
    ("ob1", "obit-immanuel-shahar", "original", "mabat-news", "01-04T09:00", "culture", "author-immanuel-shahar-dies-88",
     "הסופר עמנואל שחר הלך לעולמו בגיל 88",
     "הסופר והמתרגם עמנואל שחר, מחבר הרומן \"בית על החולות\", הלך לעולמו הלילה בביתו בתל אביב בגיל 88. שחר פרסם יותר מעשרים ספרים ותרגם לעברית מהספרות הרוסית והצרפתית. הלווייתו תתקיים מחר בבית העלמין קריית שאול."),
    ("ob2", "obit-immanuel-shahar", "copy", "haboker", "01-04T09:40", "culture", "immanuel-shahar-obituary",
     "מת הסופר עמנואל שחר, מחבר \"בית על החולות\"",
     "הסופר והמתרגם עמנואל שחר, מחבר הרומן \"בית על החולות\", מת הלילה בביתו בתל אביב בגיל 88. הוא פרסם יותר מעשרים ספרים ותרגם לעברית מהספרות הרוסית והצרפתית. ההלוויה תתקיים מחר בבית העלמין קריית שאול."),
    ("oblk", "obit-yehuda-rosenthal", "lookalike", "kav-hahof", "01-04T12:00", "culture", "author-yehuda-rosenthal-dies-91",
     "הסופר יהודה רוזנטל הלך לעולמו בגיל 91",
     "הסופר והמשורר יהודה רוזנטל, מחבר הרומן \"נמל הבוקר\", הלך לעולמו היום בבית החולים רמב\"ם בחיפה בגיל 91. רוזנטל פרסם יותר משלושים ספרי פרוזה ושירה. הלווייתו תתקיים מחר בבית העלמין בקיבוץ יגור."),

    # --- singles ------------------------------------------------------------------
    ("bsof", "beersheba-offices", "single", "haboker", "01-05T12:00", "real-estate", "beersheba-north-station-office-towers",
     "מתחם משרדים חדש ייבנה ליד תחנת הרכבת באר שבע צפון",
     "הוועדה המחוזית לתכנון ובנייה מחוז דרום אישרה להפקדה תוכנית להקמת מתחם משרדים בן ארבעה מגדלים סמוך לתחנת הרכבת באר שבע צפון. התוכנית כוללת כ-120 אלף מטרים רבועים של שטחי תעסוקה ומסחר."),
    ("snork", "eilat-snorkel-trail", "single", "kav-hahof", "01-06T10:00", "south", "eilat-new-snorkel-trail-palm-beach",
     "שביל שנירקול חדש נפתח באילת",
     "רשות הטבע והגנים ועיריית אילת חנכו שביל שנירקול מסומן באורך 300 מטר, עם מצופים ושלטים תת-ימיים המסבירים על האלמוגים ודגי השונית. הכניסה לשביל חופשית, והוא יהיה פתוח בשעות היום בלבד."),

    # ================================ Thai =========================================
    # --- PM2.5 (template) ---------------------------------------------------------
    ("cm1", "chiangmai-pm25", "template", "rungarun-wire", "01-04T01:30", "environment", "chiang-mai-pm25-all-stations-0104",
     "เชียงใหม่ฝุ่น PM2.5 พุ่ง เกินมาตรฐานทุกสถานี",
     "เช้านี้ (4 ม.ค.) เชียงใหม่ค่าฝุ่น PM2.5 เฉลี่ย 24 ชม. 58-97 มคก./ลบ.ม. เกินมาตรฐานทุกสถานี สูงสุดที่อำเภอเมือง แนะนำสวมหน้ากาก N95"),
    ("cm2", "chiangmai-pm25", "copy", "lanna-khao", "01-04T02:00", "local", "chiang-mai-dust-exceeds-standard",
     "ฝุ่น PM2.5 เชียงใหม่เกินมาตรฐานทุกสถานี",
     "เช้านี้ (4 ม.ค.) สถานีตรวจวัดในจังหวัดเชียงใหม่พบค่าฝุ่น PM2.5 เฉลี่ย 24 ชม. 58-97 มคก./ลบ.ม. เกินมาตรฐานทุกสถานี สูงสุดที่อำเภอเมือง"),
    ("cr1", "chiangrai-pm25", "lookalike", "rungarun-wire", "01-04T02:30", "environment", "chiang-rai-pm25-all-stations-0104",
     "เชียงรายฝุ่น PM2.5 พุ่ง เกินมาตรฐานทุกสถานี",
     "เช้านี้ (4 ม.ค.) เชียงรายค่าฝุ่น PM2.5 เฉลี่ย 24 ชม. 61-112 มคก./ลบ.ม. เกินมาตรฐานทุกสถานี สูงสุดที่อำเภอแม่สาย แนะนำสวมหน้ากาก N95"),
    ("cm4", "chiangmai-pm25", "brief", "sayam-wannee", "01-04T03:00", "briefs", "chiang-mai-pm25-brief",
     "ข่าวสั้น: ฝุ่น PM2.5 เชียงใหม่เกินมาตรฐานทุกสถานี",
     "เช้านี้ค่าฝุ่น PM2.5 ในเชียงใหม่เกินมาตรฐานทุกสถานี สูงสุด 97 มคก./ลบ.ม. ที่อำเภอเมือง"),
    ("cm3", "chiangmai-pm25", "update", "rungarun-wire", "01-04T09:00", "environment", "chiang-mai-pm25-work-from-home-update",
     "อัปเดต: ฝุ่นเชียงใหม่พุ่ง 132 มคก. จังหวัดขอให้ทำงานที่บ้าน",
     "ค่าฝุ่น PM2.5 เชียงใหม่ช่วงบ่ายขึ้นถึง 132 มคก./ลบ.ม. ที่อำเภอเมือง ผู้ว่าฯ ขอให้หน่วยงานรัฐให้บุคลากรทำงานที่บ้าน 5-6 ม.ค."),

    # --- baht opening (daily template) ---------------------------------------------
    ("thb1", "thb-0104", "template", "chaophraya-post", "01-04T01:40", "business", "baht-opens-0104",
     "เงินบาทเปิดเช้านี้ 34.12 บาทต่อดอลลาร์ แข็งค่าขึ้น",
     "ค่าเงินบาทเช้านี้ (4 ม.ค.) เปิดที่ 34.12 บาทต่อดอลลาร์ แข็งค่าจากปิดวันก่อนหน้าที่ 34.25 นักบริหารเงินประเมินกรอบวันนี้ 34.00-34.25"),
    ("thbd2", "thb-0105", "lookalike", "chaophraya-post", "01-05T01:40", "business", "baht-opens-0105",
     "เงินบาทเปิดเช้านี้ 34.18 บาทต่อดอลลาร์ อ่อนค่าลง",
     "ค่าเงินบาทเช้านี้ (5 ม.ค.) เปิดที่ 34.18 บาทต่อดอลลาร์ อ่อนค่าจากปิดวันก่อนหน้าที่ 34.09 นักบริหารเงินประเมินกรอบวันนี้ 34.05-34.30"),

    # --- single -------------------------------------------------------------------
    ("pkferry", "phuket-ferry-route", "single", "sayam-wannee", "01-05T05:00", "travel", "phuket-koh-lanta-ferry-route",
     "เปิดเส้นทางเรือเฟอร์รี่ภูเก็ต-เกาะลันตา เริ่ม 15 ม.ค.",
     "กรมเจ้าท่าอนุมัติเส้นทางเรือโดยสารภูเก็ต-เกาะลันตา วันละ 2 เที่ยว ออกจากท่าเรือรัษฎา เริ่ม 15 ม.ค.นี้ ใช้เวลาราว 2 ชั่วโมงครึ่ง"),

    # ============================ English controls ==================================
    ("jur", "jurong-cycling-bridge", "single", "pacific-brief", "01-04T03:00", "singapore", "jurong-lake-district-cycling-bridge",
     "New cycling bridge to link Jurong Lake District and Jurong East by 2028",
     "Singapore's Land Transport Authority said on Monday it has awarded a contract to build a 180-metre cycling and pedestrian bridge over the Sungei Jurong, linking the Jurong Lake District with Jurong East. Construction starts in March and is due to finish in 2028."),
    ("zj1", "zojila-closure", "template", "meridian-wire", "01-05T05:00", "asia", "zojila-pass-closed-fresh-snow",
     "Zojila pass closed to traffic after fresh snowfall",
     "Authorities closed the Zojila pass on the Srinagar-Leh highway to traffic on Tuesday after fresh snowfall of about two feet, officials said. Stranded trucks were being held at Sonamarg, and the road will reopen only after snow clearance by the Border Roads Organisation."),
    ("zj2", "zojila-closure", "copy", "pacific-brief", "01-05T06:00", "south-asia", "zojila-shut-srinagar-leh-highway",
     "Zojila pass shut after two feet of fresh snow",
     "Authorities closed the Zojila pass on the Srinagar-Leh highway to traffic on Tuesday after about two feet of fresh snow, officials said. Trucks were being held at Sonamarg, and the road will reopen only after the Border Roads Organisation clears the snow."),
    ("mg1", "mughal-road-closure", "lookalike", "eastgate-times", "01-05T07:30", "region", "mughal-road-closed-fresh-snow",
     "Mughal Road closed to traffic after fresh snowfall",
     "Authorities closed the Mughal Road linking Poonch and Shopian to traffic on Tuesday after fresh snowfall of about a foot at Peer Ki Gali, officials said. Vehicles were being held at Bufliaz, and the road will reopen only after snow clearance is completed."),
    ("dk1", "ashulia-factory-fire", "original", "eastgate-times", "01-06T04:00", "region", "ashulia-garment-factory-fire",
     "Fire at Ashulia garment factory injures 11 workers",
     "A fire broke out at a garment factory in Ashulia on the outskirts of Dhaka on Wednesday morning, injuring 11 workers who were rushed to hospital, fire service officials said. Twelve units brought the blaze under control after three hours; the cause is being investigated."),
    ("cg1", "kalurghat-factory-fire", "lookalike", "harbor-ledger", "01-06T09:00", "world", "kalurghat-garment-factory-fire",
     "Fire at Kalurghat garment factory injures 7 workers",
     "A fire broke out at a garment factory in the Kalurghat industrial area of Chattogram on Wednesday afternoon, injuring seven workers who were taken to hospital, fire service officials said. Nine units brought the blaze under control after two hours; the cause is being investigated."),
]

TRAPS = [
    # Hebrew
    ("hf1", "nh1", "other-city"), ("hf2", "nh1", "other-city"), ("hf4", "nh1", "other-city"),
    ("r90a", "r40", "other-road"), ("r90b", "r40", "other-road"),
    ("ob1", "oblk", "other-person"), ("ob2", "oblk", "other-person"),
    # Thai
    ("cm1", "cr1", "other-province"), ("cm2", "cr1", "other-province"), ("cm4", "cr1", "other-province"),
    ("thb1", "thbd2", "next-day"),
    # English
    ("zj1", "mg1", "other-pass"), ("zj2", "mg1", "other-pass"),
    ("dk1", "cg1", "other-city"),
]
