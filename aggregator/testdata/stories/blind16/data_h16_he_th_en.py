# -*- coding: utf-8 -*-
"""h16 part: Hebrew, Thai and English-control items (translations ty6/mg4 live
with their stories in data_h16_zh.py / data_h16_ja.py).

Tuple: key, story, kind, source, when (MM-DDTHH:MM, UTC), section, slug, title, summary.
Israel is UTC+2, Thailand UTC+7, Afghanistan UTC+4:30, Pakistan UTC+5, Singapore UTC+8.
"""
HALF = "h16"
DAYS = ["2027-01-11", "2027-01-12", "2027-01-13"]

ITEMS = [
    # =============================== Hebrew =======================================
    # --- snow alerts (template) ---------------------------------------------------
    ("js1", "jerusalem-snow-alert", "template", "sochnut-kesher", "01-12T06:00", "news", "jerusalem-snow-alert-10cm",
     "התרעה על שלג בירושלים: צפויים עד 10 ס\"מ בלילה",
     "השירות המטאורולוגי פרסם התרעה על שלג בירושלים ובהרי יהודה החל מהערב. בשעות הלילה צפויים להצטבר עד 10 סנטימטרים של שלג באזורים הגבוהים, והמשטרה עשויה לחסום את הכניסות לעיר. הציבור מתבקש להימנע מנסיעות שאינן הכרחיות."),
    ("js2", "jerusalem-snow-alert", "copy", "haboker", "01-12T06:40", "israel", "snow-expected-jerusalem-tonight",
     "שלג בירושלים הלילה: עד 10 ס\"מ באזורים הגבוהים",
     "השירות המטאורולוגי פרסם התרעה על שלג בירושלים ובהרי יהודה החל מהערב. בלילה צפויים להצטבר עד 10 סנטימטרים של שלג באזורים הגבוהים, והמשטרה עשויה לחסום את הכניסות לעיר. הציבור מתבקש להימנע מנסיעות שאינן הכרחיות."),
    ("gol1", "golan-snow-alert", "lookalike", "sochnut-kesher", "01-12T07:30", "news", "golan-snow-alert-15cm",
     "התרעה על שלג ברמת הגולן: צפויים עד 15 ס\"מ בלילה",
     "השירות המטאורולוגי פרסם התרעה על שלג בצפון רמת הגולן ובחרמון החל מהערב. בשעות הלילה צפויים להצטבר עד 15 סנטימטרים של שלג באזורים הגבוהים, והמשטרה עשויה לחסום כבישים ביישובי הצפון. הציבור מתבקש להימנע מנסיעות שאינן הכרחיות."),
    ("js3", "jerusalem-snow-alert", "update", "sochnut-kesher", "01-12T12:00", "news", "jerusalem-snow-20cm-schools-closed-update",
     "עדכון: עד 20 ס\"מ שלג בירושלים, בתי הספר בעיר ייסגרו מחר",
     "השירות המטאורולוגי עדכן את תחזית השלג לירושלים וצופה הצטברות של עד 20 סנטימטרים באזורים הגבוהים. עיריית ירושלים הודיעה כי מוסדות החינוך בעיר לא יפעלו מחר, והמשטרה תחסום את כביש 1 לכניסה לעיר החל מחצות."),

    # --- municipal strikes ---------------------------------------------------------
    ("hs1", "haifa-municipal-strike", "original", "mabat-news", "01-11T05:00", "news", "haifa-municipality-workers-strike",
     "שביתה בעיריית חיפה: הזבל לא ייאסף ומוקד 106 לא יפעל",
     "עובדי עיריית חיפה פתחו הבוקר בשביתה בעקבות עיכוב בתשלום שכר חודש דצמבר. במהלך השביתה לא יתבצע פינוי אשפה, מוקד 106 לא יפעל ומשרדי קבלת הקהל ייסגרו. מוסדות החינוך יפעלו כסדרם."),
    ("hs2", "haifa-municipal-strike", "copy", "kav-hahof", "01-11T05:40", "north", "haifa-city-hall-strike-garbage",
     "עובדי עיריית חיפה שובתים: אין פינוי אשפה",
     "עובדי עיריית חיפה פתחו הבוקר בשביתה בשל עיכוב בתשלום שכר דצמבר. במהלך השביתה לא יפונה זבל, מוקד 106 לא יפעל ומשרדי קבלת הקהל יהיו סגורים. מוסדות החינוך יפעלו כרגיל."),
    ("bs1", "beersheba-municipal-strike", "lookalike", "haboker", "01-11T08:00", "israel", "beersheba-municipality-workers-strike",
     "שביתה בעיריית באר שבע: הזבל לא ייאסף ומוקד 106 לא יפעל",
     "עובדי עיריית באר שבע פתחו היום בשביתה בעקבות מחלוקת על הסכם השכר החדש. במהלך השביתה לא יתבצע פינוי אשפה, מוקד 106 לא יפעל ומשרדי קבלת הקהל ייסגרו. מוסדות החינוך יפעלו כסדרם."),

    # --- obituaries ------------------------------------------------------------
    ("pn1", "obit-painter-a", "original", "sochnut-kesher", "01-13T08:00", "culture", "painter-arie-gilboa-dies-93",
     "הצייר אריה גלבוע הלך לעולמו בגיל 93",
     "הצייר אריה גלבוע, מחלוצי האמנות המופשטת בישראל, הלך לעולמו הלילה בביתו בצפת בגיל 93. עבודותיו מוצגות במוזיאונים בארץ ובעולם, והוא לימד במשך שלושה עשורים באקדמיה לאמנות. הלווייתו תתקיים מחר בבית העלמין העתיק בצפת."),
    ("pn2", "obit-painter-a", "copy", "mabat-news", "01-13T08:40", "culture", "arie-gilboa-obituary",
     "מת הצייר אריה גלבוע, מחלוצי המופשט בישראל",
     "הצייר אריה גלבוע, מחלוצי האמנות המופשטת בישראל, מת הלילה בביתו בצפת בגיל 93. עבודותיו מוצגות במוזיאונים בארץ ובעולם, והוא לימד שלושה עשורים באקדמיה לאמנות. ההלוויה תתקיים מחר בבית העלמין העתיק בצפת."),
    ("pl1", "obit-painter-b", "lookalike", "kav-hahof", "01-13T11:00", "culture", "painter-naomi-barak-dies-88",
     "הציירת נעמי ברק הלכה לעולמה בגיל 88",
     "הציירת נעמי ברק, מבכירות ציירי הנוף בישראל, הלכה לעולמה היום בבית החולים ברזילי באשקלון בגיל 88. עבודותיה מוצגות במוזיאונים בארץ, והיא לימדה במשך שני עשורים בסמינר הקיבוצים. הלווייתה תתקיים מחר בקיבוץ ניר עם."),

    # --- shekel rate (daily template) ---------------------------------------------
    ("sh1", "ils-0111", "template", "haboker", "01-11T13:30", "markets", "shekel-dollar-representative-rate-0111",
     "השקל התחזק: שער הדולר היציג נקבע על 3.512 שקלים",
     "שער הדולר היציג נקבע היום על 3.512 שקלים, ירידה של 0.6% לעומת השער היציג הקודם. שער האירו היציג נקבע על 3.842 שקלים, ירידה של 0.4%. בשוק מייחסים את התחזקות השקל למכירות מטבע של גופים מוסדיים."),
    ("shd2", "ils-0112", "lookalike", "haboker", "01-12T13:30", "markets", "shekel-dollar-representative-rate-0112",
     "השקל נחלש: שער הדולר היציג נקבע על 3.531 שקלים",
     "שער הדולר היציג נקבע היום על 3.531 שקלים, עלייה של 0.5% לעומת השער היציג הקודם. שער האירו היציג נקבע על 3.851 שקלים, עלייה של 0.2%. בשוק מייחסים את היחלשות השקל לירידות במדדי וול סטריט."),

    # --- single -------------------------------------------------------------------
    ("akko", "akko-sea-wall", "single", "kav-hahof", "01-12T09:00", "north", "akko-old-city-sea-wall-restoration",
     "חומת הים של עכו העתיקה תשוקם: העבודות יימשכו כשנה",
     "רשות העתיקות ועיריית עכו יחלו בחודש הבא בעבודות שיקום של חומת הים בעיר העתיקה, שנפגעה בסערות החורף. העבודות, בעלות של כ-18 מיליון שקל, יימשכו כשנה, וחלק מהטיילת לאורך החומה ייסגר לציבור."),

    # ================================ Thai =========================================
    # --- PM2.5 (template) ---------------------------------------------------------
    ("bk1", "bangkok-pm25", "template", "rungarun-wire", "01-12T01:00", "environment", "bangkok-pm25-48-areas-0112",
     "กทม. ฝุ่น PM2.5 เกินมาตรฐาน 48 พื้นที่",
     "เช้านี้ (12 ม.ค.) กทม. ค่าฝุ่น PM2.5 เฉลี่ย 24 ชม. 38-72 มคก./ลบ.ม. เกินมาตรฐาน 48 พื้นที่ สูงสุดที่เขตหนองแขม แนะนำสวมหน้ากาก N95"),
    ("bk2", "bangkok-pm25", "copy", "chaophraya-post", "01-12T01:30", "bangkok", "bangkok-dust-exceeds-48-areas",
     "ฝุ่น PM2.5 กรุงเทพฯ เกินมาตรฐาน 48 พื้นที่",
     "เช้านี้ (12 ม.ค.) กรุงเทพฯ ค่าฝุ่น PM2.5 เฉลี่ย 24 ชม. 38-72 มคก./ลบ.ม. เกินมาตรฐาน 48 พื้นที่ สูงสุดที่เขตหนองแขม"),
    ("sp1", "samutprakan-pm25", "lookalike", "rungarun-wire", "01-12T01:40", "environment", "samut-prakan-pm25-6-areas-0112",
     "สมุทรปราการฝุ่น PM2.5 เกินมาตรฐาน 6 พื้นที่",
     "เช้านี้ (12 ม.ค.) สมุทรปราการค่าฝุ่น PM2.5 เฉลี่ย 24 ชม. 41-68 มคก./ลบ.ม. เกินมาตรฐาน 6 พื้นที่ สูงสุดที่อำเภอบางพลี แนะนำสวมหน้ากาก N95"),
    ("bk4", "bangkok-pm25", "brief", "sayam-wannee", "01-12T02:00", "briefs", "bangkok-pm25-brief",
     "ข่าวสั้น: ฝุ่น PM2.5 กทม. เกินมาตรฐาน 48 พื้นที่",
     "เช้านี้ค่าฝุ่น PM2.5 ใน กทม. เกินมาตรฐาน 48 พื้นที่ สูงสุด 72 มคก./ลบ.ม. ที่เขตหนองแขม"),
    ("bk3", "bangkok-pm25", "update", "rungarun-wire", "01-12T08:00", "environment", "bangkok-pm25-63-areas-wfh-update",
     "อัปเดต: ฝุ่น กทม. เกินมาตรฐานเพิ่มเป็น 63 พื้นที่ ขอให้ทำงานที่บ้าน",
     "บ่ายนี้ PM2.5 กทม. เกินมาตรฐานเพิ่มเป็น 63 พื้นที่ สูงสุด 89 มคก./ลบ.ม. ที่บางขุนเทียน ผู้ว่าฯ ขอเอกชนให้พนักงานทำงานที่บ้าน 13-14 ม.ค."),

    # --- cold mountain tops (template) -------------------------------------------
    ("di1", "inthanon-cold", "template", "lanna-khao", "01-13T00:30", "local", "doi-inthanon-2-degrees-frost",
     "ดอยอินทนนท์หนาวจัด 2 องศา เกิดแม่คะนิ้ง",
     "เช้านี้ (13 ม.ค.) ยอดดอยอินทนนท์ จ.เชียงใหม่ อุณหภูมิต่ำสุด 2 องศาเซลเซียส เกิดแม่คะนิ้งบริเวณกิ่วแม่ปาน นักท่องเที่ยวขึ้นไปชมจำนวนมาก"),
    ("pt1", "phuthapboek-cold", "lookalike", "sayam-wannee", "01-13T01:30", "travel", "phu-thap-boek-4-degrees-frost",
     "ภูทับเบิกหนาวจัด 4 องศา เกิดแม่คะนิ้ง",
     "เช้านี้ (13 ม.ค.) ภูทับเบิก จ.เพชรบูรณ์ อุณหภูมิต่ำสุด 4 องศาเซลเซียส เกิดแม่คะนิ้งบนไร่กะหล่ำปลี นักท่องเที่ยวขึ้นไปชมจำนวนมาก"),

    # --- single -------------------------------------------------------------------
    ("ayboat", "ayutthaya-boat-market", "single", "chaophraya-post", "01-11T04:00", "travel", "ayutthaya-floating-market-boat-tour",
     "ตลาดน้ำอโยธยาเปิดเส้นทางล่องเรือชมโบราณสถาน",
     "ตลาดน้ำอโยธยา จ.อยุธยา เปิดล่องเรือชมโบราณสถานรอบเกาะเมือง ใช้เวลา 1 ชั่วโมง ทุกเสาร์-อาทิตย์ เริ่ม 16 ม.ค. ค่าโดยสาร 200 บาท"),

    # ============================ English controls ==================================
    ("sl1", "salang-closure", "template", "meridian-wire", "01-11T06:00", "asia", "salang-pass-closed-heavy-snow",
     "Salang pass closed after heavy snowfall",
     "Afghan authorities closed the Salang pass, the main route linking Kabul with the country's north, to traffic on Monday after heavy snowfall and a high risk of avalanches, officials said. Hundreds of vehicles were held on both sides while crews worked to clear the road."),
    ("sl2", "salang-closure", "copy", "pacific-brief", "01-11T07:00", "south-asia", "salang-shut-kabul-north-route",
     "Afghanistan shuts Salang pass as heavy snow falls",
     "Afghan authorities closed the Salang pass, the main road between Kabul and the north of the country, to traffic on Monday after heavy snowfall and a high avalanche risk, officials said. Hundreds of vehicles were stuck on both sides as crews cleared the road."),
    ("lw1", "lowari-closure", "lookalike", "eastgate-times", "01-11T09:00", "region", "lowari-pass-closed-heavy-snow",
     "Lowari pass closed after heavy snowfall",
     "Pakistani authorities closed the Lowari pass road linking Chitral with Dir to traffic on Monday after heavy snowfall and a high risk of avalanches, officials said. Dozens of vehicles were held on both sides while crews worked to clear the approach to the tunnel."),
    ("ar1", "obit-architect-a", "original", "harbor-ledger", "01-12T10:00", "culture", "architect-helena-varga-dies-84",
     "Architect Helena Varga, designer of Lisbon's river terminal, dies at 84",
     "Helena Varga, the Hungarian-born architect whose glass-roofed river terminal in Lisbon became a landmark of the city's waterfront, has died at 84, her studio said on Tuesday. She taught for three decades in Porto and designed more than forty public buildings."),
    ("arl", "obit-architect-b", "lookalike", "pacific-brief", "01-12T14:00", "culture", "architect-tomas-lindqvist-dies-79",
     "Architect Tomas Lindqvist, designer of Gothenburg's harbour library, dies at 79",
     "Tomas Lindqvist, the Swedish architect whose timber-clad harbour library in Gothenburg became a landmark of the city's waterfront, has died at 79, his family said on Tuesday. He taught for two decades in Stockholm and designed more than thirty public buildings."),
    ("skyp", "sky-park-hours", "single", "harbor-ledger", "01-13T03:00", "travel", "marina-bay-skypark-later-hours",
     "Marina Bay SkyPark observation deck to stay open later on weekends",
     "The SkyPark observation deck at Marina Bay Sands in Singapore will stay open until 11 p.m. on Fridays and Saturdays from February, its operator said on Wednesday, adding an hour to weekend evenings to meet demand from visitors."),
]

TRAPS = [
    # Hebrew
    ("js1", "gol1", "other-region"), ("js2", "gol1", "other-region"),
    ("hs1", "bs1", "other-city"), ("hs2", "bs1", "other-city"),
    ("pn1", "pl1", "other-person"), ("pn2", "pl1", "other-person"),
    ("sh1", "shd2", "next-day"),
    # Thai
    ("bk1", "sp1", "other-province"), ("bk2", "sp1", "other-province"), ("bk4", "sp1", "other-province"),
    ("di1", "pt1", "other-province"),
    # English
    ("sl1", "lw1", "other-pass"), ("sl2", "lw1", "other-pass"),
    ("ar1", "arl", "other-person"),
]
