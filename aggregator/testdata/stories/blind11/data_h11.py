"""Week H (heldout11.json): Mon 9 – Wed 11 Nov 2026. All text written by hand.

Tuples: (kind, source, day, "HH:MM" UTC, title, summary). `cut` and `copy`
items take summary None (build.py fills it from the original)."""
import datetime as dt

from common import Corpus, region_pairs

C = Corpus("h11", dt.date(2026, 11, 9))
S = C.story

# ---------------------------------------------------------------- region cluster: Tavush–Qazax border
S("k1-chinari-farmer-shot", [
    ("original", "armnews", 1, "07:10", "Չինարիի մոտ կրակոցներից գյուղացի է վիրավորվել",
     "Տավուշի մարզի Չինարի գյուղի մոտ երկուշաբթի առավոտյան դաշտային աշխատանքներ կատարող 52-ամյա գյուղացին վիրավորվել է սահմանի կողմից արձակված կրակոցից, հայտնում է ՆԳՆ-ն։ Նա տեղափոխվել է Բերդի բժշկական կենտրոն, վիճակը գնահատվում է միջին ծանրության։"),
    ("rewrite", "yerevanor", 1, "08:40", "Բերդի համայնքում դաշտում աշխատող տղամարդը գնդակից վիրավորվել է",
     "Բերդի խոշորացված համայնքի Չինարի բնակավայրում երկուշաբթի առավոտյան կրակոց է հնչել, որից վիրավորվել է դաշտում աշխատող 52-ամյա տղամարդը։ Նրան Բերդի բժշկական կենտրոն են տեղափոխել, բժիշկները վիճակը միջին ծանրության են որակում։"),
    ("translation", "kavkazvestnik", 1, "09:30", "В Тавушской области Армении от выстрела ранен фермер",
     "У села Чинари в Тавушской области Армении в понедельник утром выстрелом со стороны границы ранен 52-летний фермер, работавший в поле, сообщило МВД Армении. Его доставили в медцентр Берда в состоянии средней тяжести."),
    ("translation", "caucasuswire", 1, "10:15", "Armenian farmer wounded by gunfire near Chinari in Tavush",
     "A 52-year-old farmer working in a field near the village of Chinari in Armenia's Tavush province was wounded by a shot fired from across the border on Monday morning, Armenia's interior ministry said. He is in moderate condition in Berd."),
    ("update", "araratlur", 1, "14:00", "ԹԱՐՄԱՑՎԱԾ՝ Չինարիի մոտ կրակոցներից վիրավորվել է երկու մարդ",
     "ՆԳՆ-ն ճշգրտել է տեղեկությունները․ Չինարիի մոտ առավոտյան կրակոցներից վիրավորվել է ոչ միայն 52-ամյա գյուղացին, այլև նրա 24-ամյա որդին, որը թեթև վնասվածք է ստացել։ Երկուսն էլ Բերդի բժշկական կենտրոնում են։"),
])

S("k2-qazax-tractor-mine", [
    ("original", "azxeber", 1, "06:50", "Qazaxda traktor minaya düşüb, sürücü yaralanıb",
     "Qazax rayonunun Qızılhacılı kəndi yaxınlığında əkin sahəsində işləyən traktor tank əleyhinə minaya düşüb. Partlayış nəticəsində 41 yaşlı traktor sürücüsü müxtəlif xəsarətlər alıb və Qazax Rayon Mərkəzi Xəstəxanasına yerləşdirilib, ANAMA ərazidə yoxlama aparır."),
    ("brief", "sherqxeber", 1, "07:05", "TƏCİLİ: Qazaxda traktor minaya düşdü",
     "Qazax rayonunun Qızılhacılı kəndi yaxınlığında traktor minaya düşüb, sürücü yaralanıb. Yaralı xəstəxanaya çatdırılıb, hadisə yerinə ANAMA və polis əməkdaşları göndərilib, ətraflı məlumat veriləcək."),
    ("rewrite", "bakipost", 1, "08:30", "Qızılhacılıda əkin sahəsində partlayış: traktorçu xəstəxanadadır",
     "Bazar ertəsi səhər Qazaxın Qızılhacılı kəndi ərazisində şum aparan traktorun altında tank əleyhinə mina partlayıb. 41 yaşlı sürücü qolundan və ayağından yaralanıb, həkimlər onun vəziyyətini orta ağır qiymətləndirirlər."),
    ("translation", "kavkazvestnik", 1, "10:50", "В Газахском районе Азербайджана трактор подорвался на мине",
     "У села Гызылгаджылы Газахского района Азербайджана в понедельник трактор, работавший в поле, подорвался на противотанковой мине. 41-летний тракторист получил ранения и госпитализирован в районную больницу, на месте работают сотрудники ANAMA."),
    ("translation", "caucasuswire", 1, "11:30", "Tractor hits landmine in Azerbaijan's Gazakh district, driver hurt",
     "A tractor ploughing a field near the village of Gizilhajili in Azerbaijan's Gazakh district struck an anti-tank mine on Monday, injuring its 41-year-old driver. He was taken to the district hospital and the ANAMA mine agency is searching the area."),
])

S("k3-baganis-ayrim-families", [
    ("original", "azxeber", 2, "07:00", "Bağanis Ayrım kəndinə ilk 30 ailə köçürülüb",
     "Qazax rayonunun yenidən qurulan Bağanis Ayrım kəndinə çərşənbə axşamı ilk 30 ailə, ümumilikdə 126 nəfər köçürülüb. Sakinlərə yeni fərdi evlərin açarları təqdim olunub, kənddə məktəb, tibb məntəqəsi və su xətti artıq istifadəyə verilib."),
    ("cut", "bakipost", 2, "08:20", "126 nəfər doğma Bağanis Ayrıma qayıtdı", None),
    ("translation", "kafkashaber", 2, "11:30", "Bağanis Ayrım köyüne ilk 30 aile yerleşti",
     "Azerbaycan'ın Kazak rayonunda yeniden inşa edilen Bağanis Ayrım köyüne salı günü ilk 30 aile, toplam 126 kişi taşındı. Ailelere yeni evlerin anahtarları verildi; köyde okul, sağlık ocağı ve su hattı hizmete açıldı."),
    ("translation", "caucasusdigest", 3, "05:00", "Caucasus digest: first 30 families move into rebuilt Baganis Ayrim",
     "The first 30 families, 126 people, moved on Tuesday into the rebuilt village of Baganis Ayrim in Azerbaijan's Gazakh district, receiving keys to new houses. A school, a clinic and a water line are already open."),
    ("regional", "qisaxeber", 3, "05:30", "Qısa xəbərlər: Bağanis Ayrıma 30 ailə köçdü",
     "Dünən Qazax rayonunun Bağanis Ayrım kəndinə ilk 30 ailə, 126 nəfər köçürülüb. Yeni evlərin açarları təqdim olunub, kənddə məktəb və tibb məntəqəsi fəaliyyətə başlayıb."),
])

S("k4-ijevan-commissions", [
    ("original", "armnews", 2, "09:20", "Սահմանազատման հանձնաժողովների 16-րդ նիստը տեղի է ունեցել Իջևանում",
     "Հայաստանի և Ադրբեջանի սահմանազատման պետական հանձնաժողովները երեքշաբթի Իջևանում անցկացրել են իրենց 16-րդ նիստը՝ փոխվարչապետերի գլխավորությամբ։ Քննարկվել են Տավուշի և Ղազախի միջև արդեն սահմանազատված հատվածում սահմանային նշանների տեղադրման աշխատանքները։"),
    ("translation", "sherqxeber", 2, "10:30", "Delimitasiya komissiyalarının 16-cı iclası İcevanda keçirilib",
     "Azərbaycan və Ermənistan arasında dövlət sərhədinin delimitasiyası üzrə komissiyaların 16-cı iclası çərşənbə axşamı İcevanda baş nazir müavinlərinin rəhbərliyi ilə keçirilib. Qazax–Tavuş hissəsində sərhəd dirəklərinin quraşdırılması müzakirə olunub."),
    ("rewrite", "yerevanor", 2, "11:40", "Իջևանում քննարկել են Տավուշ–Ղազախ հատվածում սահմանասյուների տեղադրումը",
     "Երեքշաբթի Իջևանում հանդիպել են Հայաստանի և Ադրբեջանի սահմանազատման հանձնաժողովները, ինչը նրանց 16-րդ նիստն էր։ Կողմերը քննարկել են Տավուշի հատվածում սահմանասյուների տեղադրումը և պայմանավորվել շարունակել աշխատանքը մինչև տարեվերջ։"),
    ("translation", "kavkazvestnik", 2, "12:10", "В Иджеване прошло 16-е заседание комиссий по делимитации",
     "Государственные комиссии Армении и Азербайджана по делимитации границы во главе с вице-премьерами провели во вторник в Иджеване 16-е заседание. Обсуждалась установка пограничных столбов на уже делимитированном участке между Тавушем и Газахом."),
    ("translation", "caucasuswire", 2, "13:00", "Armenia, Azerbaijan border commissions meet in Ijevan for 16th round",
     "The Armenian and Azerbaijani border delimitation commissions, led by deputy prime ministers, held their 16th meeting in Ijevan on Tuesday. They discussed placing border markers along the already delimited section between Tavush and Gazakh."),
])

S("k5-qazax-water-cut", [
    ("original", "bakipost", 2, "05:40", "Qazax şəhərində su təchizatı müvəqqəti dayandırılıb",
     "Qazax şəhərini içməli su ilə təmin edən magistral xəttin Ağstafaçay yaxınlığındakı hissəsində qəza təmiri aparıldığı üçün çərşənbə axşamı şəhərə su verilişi müvəqqəti dayandırılıb. “Qazax Su Kanal” MMC təmirin axşamadək başa çatacağını bildirib."),
    ("update", "azxeber", 2, "16:10", "YENİLƏNİB: Qazax şəhərinə su verilişi bərpa olunub",
     "“Qazax Su Kanal” MMC məlumat yayıb ki, magistral su xəttindəki təmir işləri başa çatıb və saat 20:00-dan Qazax şəhərinə içməli su verilişi tam bərpa olunub. Şəhər təxminən on iki saat susuz qalmışdı."),
    ("translation", "kratkoinfo", 3, "05:00", "Коротко: в Газахе восстановили водоснабжение",
     "Во вторник вечером в азербайджанском Газахе восстановлена подача питьевой воды, прерванная на двенадцать часов из-за аварийного ремонта магистрального водовода у реки Агстафачай, сообщила компания «Газах Су Канал»."),
    ("translation", "caucasusdigest", 3, "05:05", "Caucasus digest: water back on in Gazakh after main repair",
     "Drinking water supplies to the Azerbaijani town of Gazakh were restored on Tuesday evening after a twelve-hour cut for emergency repairs to a trunk main near the Agstafachay river, the local utility said."),
    ("regional", "qisaxeber", 3, "05:35", "Qısa xəbərlər: Qazaxa su verilişi bərpa olundu",
     "Magistral xəttin təmiri ilə əlaqədar dünən on iki saat dayandırılan içməli su verilişi axşam Qazax şəhərində bərpa olunub. Bu barədə “Qazax Su Kanal” MMC məlumat verib."),
])

S("k6-ijevan-noyemberyan-landslide", [
    ("original", "tavushlur", 1, "05:00", "Սողանքի պատճառով Իջևան–Նոյեմբերյան ճանապարհը փակ է",
     "Իջևան–Նոյեմբերյան միջպետական ճանապարհի՝ Բերդավանի մոտակայքում գտնվող հատվածում գիշերը տեղացած անձրևներից հետո սողանք է տեղի ունեցել, և ճանապարհը փակվել է երկու ուղղությամբ։ Տեղում աշխատում է ճանապարհային տեխնիկա, վարորդներին առաջարկվում է օգտվել շրջանցիկ ճանապարհից։"),
    ("brief", "araratlur", 1, "05:20", "ՇՏԱՊ՝ Սողանք Իջևան–Նոյեմբերյան ճանապարհին, երթևեկությունը դադարեցված է",
     "Բերդավանի մոտ սողանքի հետևանքով Իջևան–Նոյեմբերյան ճանապարհը փակ է երկու ուղղությամբ։ Տուժածներ չկան, ճանապարհային ծառայությունները տեղում են, իսկ վարորդներին խնդրում են ընտրել այլընտրանքային երթուղի։"),
    ("copy", "yerevanor", 1, "05:50", "Սողանք Բերդավանի մոտ․ Իջևան–Նոյեմբերյան ճանապարհը փակ է", None),
    ("update", "armnews", 1, "13:10", "ԹԱՐՄԱՑՎԱԾ՝ Իջևան–Նոյեմբերյան ճանապարհը վերաբացվել է",
     "Բերդավանի մոտ սողանքից հետո փակված Իջևան–Նոյեմբերյան ճանապարհը վերաբացվել է։ Ճանապարհային ծառայությունները մաքրել են երթևեկելի մասը, մեքենաները կրկին շարժվում են երկու ուղղությամբ, սակայն մի հատվածում արագությունը սահմանափակված է։"),
])

C.one("kl1-qazax-crash", "lookalike", "sherqxeber", 2, "14:20", "Qazaxda iki avtomobil toqquşub, üç nəfər yaralanıb",
      "Çərşənbə axşamı Qazax şəhərində, Heydər Əliyev prospektində iki minik avtomobili toqquşub. Qəza nəticəsində üç nəfər xəsarət alaraq Qazax Rayon Mərkəzi Xəstəxanasına çatdırılıb, faktla bağlı araşdırma aparılır.")
C.one("kl2-anama-qazax-october", "lookalike", "azxeber", 1, "12:10", "ANAMA: Qazaxda oktyabrda 310 hektar ərazi minalardan təmizlənib",
      "ANAMA-nın məlumatına görə, oktyabr ayında Qazax rayonunda 310 hektar ərazi minalardan və partlamamış hərbi sursatlardan təmizlənib. Bu müddətdə 412 piyada əleyhinə və 37 tank əleyhinə mina aşkarlanaraq zərərsizləşdirilib.")
C.one("kl3-chinari-case", "lookalike", "araratlur", 2, "09:50", "Չինարիի մոտ կրակոցների առթիվ քրեական վարույթ է նախաձեռնվել",
      "Քննչական կոմիտեն քրեական վարույթ է նախաձեռնել Չինարի գյուղի մոտ երկուշաբթի արձակված կրակոցների առթիվ, որոնցից վիրավորվել էին գյուղացին և նրա որդին։ Դեպքի վայրում զննություն է կատարվել, նշանակվել են փորձաքննություններ։")
C.one("kl4-kirants-checkpoint", "lookalike", "rusinform", 2, "09:40", "У армянского села Киранц начали строить пограничный пункт",
      "Во вторник у села Киранц в Тавушской области Армении начато строительство пограничного пункта на недавно делимитированном участке границы с Азербайджаном. Работы планируется завершить к лету, сообщили в пограничной службе.")
C.one("kl5-ijevan-hospital", "lookalike", "asiamonitor", 1, "14:30", "Armenia opens new hospital wing in Ijevan",
      "A new 80-bed surgical wing opened on Monday at the medical centre in Ijevan, the capital of Armenia's Tavush province, the health ministry said. It serves border villages from Berd to Noyemberyan.")

# ---------------------------------------------------------------- Chinese
S("z1-yangbi-quake", [
    ("original", "huaxiawire", 1, "01:40", "云南大理州漾濞县发生5.0级地震",
     "中国地震台网自动测定，11月9日9时36分在云南大理州漾濞县发生5.0级地震，震源深度9千米。大理市区、巍山等地震感明显，目前暂无人员伤亡报告，当地正在核查灾情。"),
    ("brief", "shenjiang", 1, "01:45", "快讯：云南漾濞发生地震 大理震感强烈",
     "据中国地震台网消息，今天上午9时36分，云南大理州漾濞县发生5.0级地震。大理古城、下关等地居民反映震感强烈，具体情况仍在核实中。"),
    ("update", "jinlingbao", 1, "02:20", "更新：漾濞地震正式测定为5.2级",
     "中国地震台网正式测定，9日上午发生在云南大理州漾濞县的地震震级为5.2级，此前自动测定为5.0级，震源深度8千米。云南省已启动地震四级应急响应，派出工作组赶赴震区。"),
    ("rewrite", "lingnan", 1, "03:40", "大理漾濞地震：震中附近部分民房墙体开裂",
     "9日上午，云南大理白族自治州漾濞彝族自治县发生地震，中国地震台网测定震级为5.0级。记者从当地获悉，震中附近苍山西镇部分民房墙体开裂，学校已组织学生疏散，暂无人员伤亡。"),
    ("translation", "asiamonitor", 1, "04:10", "Magnitude 5.0 quake hits Yangbi county in China's Yunnan",
     "An earthquake of magnitude 5.0 struck Yangbi county in the Dali prefecture of Yunnan province on Monday morning, the China Earthquake Networks Center said. Strong shaking was felt in Dali; no casualties were immediately reported."),
])
C.one("zl1-dingri-quake", "lookalike", "huaxiawire", 1, "06:50", "西藏日喀则市定日县发生4.5级地震",
      "中国地震台网正式测定，11月9日14时41分在西藏日喀则市定日县发生4.5级地震，震源深度10千米。当地应急管理部门正在了解灾情，暂无人员伤亡报告。")

S("z2-yuanpeng-outage", [
    ("original", "huaxiawire", 2, "02:30", "远鹏航空系统故障 全国逾200个航班延误",
     "10日早间，远鹏航空值机和离港系统发生故障，北京、上海、广州等多个机场的远鹏航空柜台无法办理乘机手续，全国逾200个航班延误。公司称正在全力抢修，建议旅客通过手机提前查询航班动态。"),
    ("cut", "shenjiang", 2, "03:10", "远鹏航空离港系统“宕机” 多地机场排长队", None),
    ("rewrite", "lingnan", 2, "04:20", "值机系统突发故障 远鹏航空200多个航班受影响",
     "因值机和离港系统突发故障，远鹏航空10日上午在全国多个机场出现大面积延误，受影响航班超过200个。广州白云机场现场旅客排起长队，部分旅客改签其他航空公司航班。"),
    ("translation", "nihonwire", 2, "05:30", "中国の遠鵬航空でシステム障害、200便超に遅れ",
     "中国の遠鵬航空で10日朝、チェックインと出発管理のシステムに障害が発生し、北京や上海、広州など各地の空港で200便を超える便に遅れが出た。同社は復旧作業を急いでいる。"),
])
C.one("zl2-yuanpeng-c919-order", "lookalike", "huaxiawire", 3, "03:00", "远鹏航空签约订购30架C919客机",
      "远鹏航空11日与中国商飞签署协议，订购30架C919客机，计划于2028年至2032年陆续交付。公司表示，新飞机将主要用于国内干线航班，这是该公司迄今最大的一笔飞机订单。")

S("z3-guangzhou-metro3", [
    ("original", "shenjiang", 3, "00:40", "广州地铁3号线早高峰故障 部分区段停运",
     "11日早高峰期间，广州地铁3号线因接触网故障，体育西路站至珠江新城站区段列车停运约40分钟。地铁方面组织公交接驳疏导乘客，8时50分起列车运行逐步恢复正常。"),
    ("rewrite", "jinlingbao", 3, "02:20", "接触网故障致羊城地铁3号线中断40分钟",
     "11日上午，广州地铁3号线因接触网设备故障，体育西路至珠江新城区间暂停运营约40分钟，大量通勤乘客滞留站内。广州地铁表示故障已排除，列车运行恢复正常。"),
])
C.one("zl3-baiyun-factory-fire", "lookalike", "lingnan", 3, "05:30", "广州白云区一厂房起火 无人员伤亡",
      "11日中午，广州白云区太和镇一处服装加工厂房发生火灾，消防部门调派18辆消防车到场扑救，火势于40分钟后得到控制。事故未造成人员伤亡，起火原因正在调查中。")
C.one("zs1-lanzhou-heating", "single", "jinlingbao", 2, "01:10", "兰州提前启动供暖 覆盖120万户居民",
      "受寒潮影响，甘肃兰州市10日起提前五天启动城市集中供暖，覆盖约120万户居民。当地供热部门表示，管网已完成检修，全市室温将在三天内达到标准。")
for d, (title, summ) in enumerate([
    ("恒指收盘：恒生指数11月9日收涨0.61%",
     "恒生指数9日收报20415.38点，上涨0.61%；恒生科技指数收报4512.06点，上涨1.12%。大市成交额1286亿港元，科技股领涨。"),
    ("恒指收盘：恒生指数11月10日收跌0.35%",
     "恒生指数10日收报20343.92点，下跌0.35%；恒生科技指数收报4488.71点，下跌0.52%。大市成交额1193亿港元，航空股走弱，远鹏航空跌3.6%。"),
    ("恒指收盘：恒生指数11月11日收涨0.27%",
     "恒生指数11日收报20398.85点，上涨0.27%；恒生科技指数收报4503.40点，上涨0.33%。大市成交额1150亿港元，内房股表现活跃。"),
], 1):
    C.one("zt-hangseng-d%d" % d, "template", "huilvkuai", d, "08:20", title, summ)

# ---------------------------------------------------------------- Japanese
S("j1-sapporo-higashi-fire", [
    ("original", "nihonwire", 1, "00:30", "札幌・東区で住宅火災、1人死亡",
     "9日未明、札幌市東区北28条東の木造2階建て住宅から出火し、約150平方メートルを全焼した。焼け跡から1人の遺体が見つかり、警察はこの家に住む70代の男性とみて身元の確認を進めている。"),
    ("rewrite", "hokushin", 1, "02:10", "札幌市東区の木造住宅全焼、焼け跡から1遺体",
     "札幌市東区北28条東で9日未明に起きた火災で、木造2階建て住宅が全焼し、焼け跡から1人の遺体が見つかった。この家に1人で住む70代の男性と連絡が取れていないという。"),
    ("update", "toyoshimbun", 1, "08:40", "【更新】札幌・東区の住宅火災、死亡したのは住人男性と判明",
     "札幌市東区北28条東の住宅火災で、北海道警は9日、焼け跡から見つかった遺体をこの家に住む無職の男性（76）と確認したと発表した。ストーブ付近から出火したとみて原因を調べている。"),
    ("regional", "hokushin", 2, "00:20", "札幌・東区の住宅火災　死亡の男性は76歳の住人",
     "9日未明に札幌市東区北28条東の木造住宅が全焼した火災で、死亡したのはこの家に住む76歳の男性と確認された。警察はストーブ付近から出火したとみて調べている。"),
])
C.one("jl1-sapporo-jr-snow", "lookalike", "hokushin", 1, "03:10", "大雪でJR札幌駅発着の列車、一時運転見合わせ",
      "9日は札幌市内で今季初の本格的な大雪となり、JR北海道は昼ごろ札幌駅発着の快速エアポートなど約60本を運休した。午後には順次運転を再開したが、新千歳空港へ向かう客に影響が出た。")

S("j2-kumamoto-quake", [
    ("original", "nihonwire", 2, "01:50", "熊本県熊本地方でM4.9、益城町で震度4",
     "10日午前10時41分ごろ、熊本県熊本地方を震源とする地震があり、益城町と西原村で震度4を観測した。気象庁によると震源の深さは約10キロ、地震の規模はマグニチュード4.9と推定される。津波の心配はない。"),
    ("brief", "toyoshimbun", 2, "01:55", "【速報】熊本県で震度4　津波の心配なし",
     "10日午前10時41分ごろ、熊本県熊本地方を震源とする地震があり、益城町などで震度4の揺れを観測した。この地震による津波の心配はない。"),
    ("rewrite", "kansainippo", 2, "03:20", "益城町で震度4　熊本地方の地震、被害報告なし",
     "気象庁によると、10日午前の熊本県熊本地方を震源とする地震の規模はM4.9、震源の深さは約10キロだった。最大震度4を観測した益城町や西原村では、これまでに被害の報告はない。"),
])
C.one("jl2-miyagi-quake", "lookalike", "hokushin", 2, "06:20", "宮城県沖でM4.5、石巻市で震度3",
      "10日午後3時5分ごろ、宮城県沖を震源とする地震があり、石巻市と東松島市で震度3を観測した。震源の深さは約50キロ、地震の規模はマグニチュード4.5と推定される。")
C.one("jl3-kumamoto-quake-again", "lookalike", "nihonwire", 3, "01:10", "熊本地方でまた地震、益城町で震度3",
      "11日午前9時58分ごろ、熊本県熊本地方を震源とするM3.8の地震があり、益城町で震度3を観測した。同じ地域では10日にもM4.9の地震があり、気象庁は今後1週間程度は揺れに注意するよう呼びかけている。")
C.one("js1-kyoto-autumn-leaves", "single", "kansainippo", 3, "03:00", "京都・嵐山で紅葉見頃、観光客でにぎわう",
      "京都市右京区の嵐山で紅葉が見頃を迎え、11日は平日にもかかわらず多くの観光客でにぎわった。今年は夏の暑さの影響で色づきが例年より1週間ほど遅く、見頃は今月下旬まで続く見込み。")
for d, (title, summ) in enumerate([
    ("東京外為・17時：1ドル＝151円82銭（9日）",
     "9日の東京外国為替市場で、円相場は午後5時時点で1ドル＝151円82～84銭と、前週末比25銭の円安・ドル高で推移した。米長期金利の上昇を受けて円売りが優勢だった。"),
    ("東京外為・17時：1ドル＝151円47銭（10日）",
     "10日の東京外国為替市場で、円相場は午後5時時点で1ドル＝151円47～49銭と、前日比35銭の円高・ドル安で推移した。国内輸出企業の円買いが目立った。"),
    ("東京外為・17時：1ドル＝151円60銭（11日）",
     "11日の東京外国為替市場で、円相場は午後5時時点で1ドル＝151円60～62銭と、前日比13銭の円安・ドル高で推移した。米国の物価統計を前に様子見ムードが広がった。"),
], 1):
    C.one("jt-usdjpy-d%d" % d, "template", "kawasewatch", d, "08:05", title, summ)

# ---------------------------------------------------------------- Korean
S("ko1-incheon-warehouse-fire", [
    ("original", "hanbando", 1, "01:40", "인천항 물류창고서 큰불…대응 2단계 발령",
     "9일 오전 10시 20분께 인천 중구 인천항 내항 인근 물류창고에서 불이 나 소방당국이 대응 2단계를 발령했다. 창고 안에 있던 직원 30여 명은 스스로 대피했으며, 현재까지 인명피해는 확인되지 않았다."),
    ("brief", "namhaeilbo", 1, "01:46", "[속보] 인천항 물류창고 화재…소방 대응 2단계",
     "9일 오전 인천 중구 인천항 인근 물류창고에서 불이 나 소방당국이 대응 2단계를 발령하고 진화 작업을 벌이고 있다. 현장에서는 검은 연기가 치솟고 있다."),
    ("rewrite", "namhaeilbo", 1, "03:30", "검은 연기 뒤덮은 인천 내항…물류창고 화재 진화 중",
     "인천항 내항 인근 물류창고에서 9일 오전 발생한 화재로 검은 연기가 인천 중구 일대를 뒤덮었다. 소방당국은 대응 2단계를 발령하고 소방차 60여 대를 투입해 불길을 잡고 있으며, 직원 30여 명은 모두 대피했다."),
    ("update", "hanbando", 1, "09:30", "[업데이트] 인천항 물류창고 화재 8시간 만에 완진",
     "9일 오전 인천항 내항 인근 물류창고에서 난 불이 약 8시간 만에 완전히 꺼졌다. 소방당국은 창고 건물 1개 동 약 9천900㎡가 모두 탔으나 인명피해는 없었다고 밝혔다."),
])
C.one("kol1-incheon-subway2", "lookalike", "namhaeilbo", 1, "07:00", "[속보] 인천지하철 2호선 한때 운행 중단…신호 장애",
      "9일 오후 3시 40분께 인천지하철 2호선 인천시청역 인근에서 신호 장애가 발생해 검단오류∼운연 전 구간 열차 운행이 약 25분간 중단됐다. 인천교통공사는 승객들에게 버스 이용을 안내했다.")

S("ko2-daehyun-lng-order", [
    ("original", "kyungjenews", 2, "00:40", "대현중공업, LNG운반선 4척 1조2천억원 수주",
     "대현중공업은 10일 유럽 소재 선사로부터 17만4천㎥급 액화천연가스(LNG) 운반선 4척을 1조2천억원에 수주했다고 공시했다. 선박은 울산조선소에서 건조돼 2029년 상반기까지 순차적으로 인도될 예정이며, 이로써 올해 누적 수주액은 목표의 92%에 이르렀다."),
    ("rewrite", "hanbando", 2, "02:10", "대현중공업 LNG선 4척 따냈다…올해 수주 목표 92% 달성",
     "대현중공업이 유럽 선사와 1조2천억원 규모의 LNG 운반선 4척 건조 계약을 맺었다고 10일 밝혔다. 이번 계약으로 올해 누적 수주액은 연간 목표의 92%에 도달했다."),
    ("cut", "namhaeilbo", 2, "03:00", "대현중공업 LNG운반선 4척 수주…2029년 인도", None),
])
C.one("kol2-daehyun-strike", "lookalike", "kyungjenews", 3, "01:10", "대현중공업 노조, 4시간 부분파업 돌입",
      "대현중공업 노동조합은 11일 임금 협상 결렬에 따라 4시간 부분파업에 들어갔다. 노조는 기본급 인상과 성과급 기준 개선을 요구하고 있으며, 회사 측은 생산 차질을 최소화하겠다고 밝혔다.")
C.one("kos1-seoul-kimjang", "single", "hanbando", 3, "00:20", "서울시, 김장철 맞아 배추·무 가격 안정 대책 발표",
      "서울시는 11일 김장철을 맞아 가락시장 배추와 무 공급을 평소보다 20% 늘리는 가격 안정 대책을 발표했다. 시는 이달 말까지 농수산물 가격을 매일 점검하고 시민들에게 정보를 제공할 계획이다.")
for d, (title, summ) in enumerate([
    ("원/달러 환율 마감: 9일 1,384.5원…2.3원 상승",
     "9일 서울 외환시장에서 원/달러 환율은 전 거래일보다 2.3원 오른 1,384.5원에 거래를 마쳤다. 미국 국채 금리 상승으로 달러 강세가 이어지면서 환율이 소폭 올랐다."),
    ("원/달러 환율 마감: 10일 1,379.8원…4.7원 하락",
     "10일 서울 외환시장에서 원/달러 환율은 전 거래일보다 4.7원 내린 1,379.8원에 거래를 마쳤다. 조선업체들의 대규모 수주에 따른 달러 매도 물량이 환율을 끌어내렸다."),
    ("원/달러 환율 마감: 11일 1,381.1원…1.3원 상승",
     "11일 서울 외환시장에서 원/달러 환율은 전 거래일보다 1.3원 오른 1,381.1원에 거래를 마쳤다. 미국 물가 지표 발표를 앞두고 관망세가 짙어지면서 좁은 범위에서 움직였다."),
], 1):
    C.one("kot-usdkrw-d%d" % d, "template", "kyungjenews", d, "06:50", title, summ)

# ---------------------------------------------------------------- Arabic
S("a1-derb-omar-fire", [
    ("original", "maghrebtoday", 1, "08:20", "حريق كبير يأتي على محلات بسوق درب عمر في الدار البيضاء",
     "شبّ حريق كبير صباح الاثنين في عدد من المحلات التجارية بسوق درب عمر في الدار البيضاء، وهرعت عناصر الوقاية المدنية بأكثر من 12 شاحنة إطفاء إلى المكان. ولم تسجل أي إصابات إلى حدود الساعة، فيما أُغلقت الأزقة المجاورة."),
    ("brief", "arabwire", 1, "08:35", "عاجل: حريق في سوق درب عمر بالدار البيضاء",
     "اندلع حريق صباح الاثنين في محلات تجارية بسوق درب عمر في الدار البيضاء، وتعمل فرق الوقاية المدنية على محاصرة النيران، ولا أنباء بعد عن سقوط ضحايا."),
    ("rewrite", "atlasakhbar", 1, "09:50", "ألسنة اللهب تلتهم محلات درب عمر.. والوقاية المدنية تطوق الحريق",
     "التهمت النيران صباح الاثنين عشرات المحلات لبيع الأثواب والأواني في سوق درب عمر بالعاصمة الاقتصادية، وتعمل 12 شاحنة إطفاء على منع امتداد الحريق إلى البنايات السكنية المحيطة. ولم يُبلَّغ عن ضحايا."),
    ("update", "maghrebtoday", 1, "13:00", "تحديث: السيطرة على حريق سوق درب عمر دون خسائر بشرية",
     "تمكنت عناصر الوقاية المدنية من السيطرة على الحريق الذي اندلع صباح الاثنين في سوق درب عمر بالدار البيضاء، بعد نحو خمس ساعات من التدخل. وأتت النيران على 31 محلًا تجاريًا دون تسجيل إصابات، وانطلقت عمليات التبريد."),
])
C.one("al1-casablanca-tram-halt", "lookalike", "atlasakhbar", 1, "13:40", "عاجل: توقف مؤقت لخط الترامواي الأول بالدار البيضاء إثر عطل كهربائي",
      "توقفت حركة الترامواي على الخط الأول في الدار البيضاء بين محطتي ساحة الأمم المتحدة وسيدي مومن لمدة ساعة تقريبًا بعد ظهر الاثنين بسبب عطل كهربائي، قبل أن تستأنف تدريجيًا، وفق الشركة المسيّرة.")
S("a2-morocco-inflation", [
    ("original", "arabwire", 2, "09:00", "التضخم في المغرب يتراجع إلى 1.6% في أكتوبر",
     "أعلنت المندوبية السامية للتخطيط يوم الثلاثاء أن معدل التضخم السنوي في المغرب تراجع إلى 1.6% في أكتوبر، مقابل 2.1% في سبتمبر، بفعل انخفاض أسعار المواد الغذائية والمحروقات."),
    ("rewrite", "atlasakhbar", 2, "10:20", "المندوبية السامية للتخطيط: ارتفاع الأسعار يتباطأ إلى 1.6%",
     "سجل مؤشر أسعار الاستهلاك في المغرب ارتفاعًا سنويًا بنسبة 1.6% خلال شهر أكتوبر، نزولًا من 2.1% في الشهر السابق، وفق أرقام المندوبية السامية للتخطيط الصادرة الثلاثاء، مع تراجع أسعار الخضر والمحروقات."),
    ("cut", "nilepost", 2, "11:00", "المغرب: التضخم ينخفض إلى ١٫٦٪ في أكتوبر", None),
    ("translation", "levantledger", 2, "11:30", "Morocco's inflation slows to 1.6% in October",
     "Annual consumer price inflation in Morocco slowed to 1.6% in October from 2.1% in September, the High Commission for Planning said on Tuesday, as food and fuel prices fell."),
])
C.one("al2-tunisia-inflation", "lookalike", "arabwire", 2, "11:10", "التضخم في تونس يستقر عند 5.4% في أكتوبر",
      "أظهرت بيانات المعهد الوطني للإحصاء يوم الثلاثاء أن معدل التضخم السنوي في تونس استقر عند 5.4% في أكتوبر للشهر الثاني على التوالي، مع ارتفاع أسعار الغذاء وتراجع أسعار الملابس.")
C.one("al3-derb-omar-arrest", "lookalike", "maghrebtoday", 3, "09:00", "توقيف مشتبه به في قضية حريق سوق درب عمر",
      "أوقفت الشرطة القضائية بالدار البيضاء يوم الأربعاء حارسًا ليليًا يُشتبه في تسببه بحريق سوق درب عمر عن طريق الإهمال، ووضعته تحت الحراسة النظرية بتعليمات من النيابة العامة، في انتظار نتائج الخبرة التقنية.")
C.one("as1-kuwait-first-rain", "single", "arabwire", 3, "06:00", "أمطار الخير الأولى تهطل على الكويت وتحذيرات من تجمعات المياه",
      "هطلت أمطار غزيرة على مناطق متفرقة من الكويت صباح الأربعاء لأول مرة هذا الموسم، ودعت الإدارة العامة للإطفاء السائقين إلى الحذر وتجنب الأنفاق التي تتجمع فيها المياه.")

# ---------------------------------------------------------------- Persian
S("f1-bandarabbas-quake", [
    ("original", "tehranpayam", 1, "03:50", "زلزله ۵٫۰ ریشتری حوالی بندرعباس را لرزاند",
     "زمین‌لرزه‌ای به بزرگی ۵٫۰ ریشتر صبح دوشنبه حوالی بندرعباس در استان هرمزگان را لرزاند. به گزارش مرکز لرزه‌نگاری کشوری، عمق این زلزله ۱۲ کیلومتر بود و در قشم و میناب نیز احساس شد."),
    ("brief", "farsnameh", 1, "04:00", "فوری: زلزله بندرعباس را لرزاند",
     "دقایقی پیش زمین‌لرزه‌ای شدید حوالی بندرعباس رخ داد و مردم در شهر و جزیره قشم به خیابان‌ها آمدند. جزئیات بیشتر درباره بزرگی زلزله و خسارت‌های احتمالی به‌زودی منتشر می‌شود."),
    ("rewrite", "khazarkhabar", 1, "05:40", "زمین‌لرزه 5 ریشتری هرمزگان را تکان داد",
     "مؤسسه ژئوفیزیک دانشگاه تهران بزرگی زلزله صبح امروز بندرعباس را 5 ریشتر اعلام کرد. این زمین‌لرزه در عمق دوازده کیلومتری رخ داد و ساکنان بندرعباس، قشم و میناب لرزش آن را به‌خوبی حس کردند."),
    ("update", "tehranpayam", 1, "10:00", "به‌روزرسانی: زلزله بندرعباس ۶ مصدوم سرپایی داشت؛ ۳۰ واحد آسیب دید",
     "مدیرکل مدیریت بحران هرمزگان اعلام کرد زلزله ۵٫۰ ریشتری صبح دوشنبه بندرعباس تلفات جانی نداشته و ۶ نفر به‌صورت سرپایی مداوا شدند. طبق ارزیابی اولیه، ۳۰ واحد مسکونی در روستاهای اطراف آسیب دیده است."),
])
C.one("fl1-kashmar-quake", "lookalike", "farsnameh", 1, "09:30", "زلزله ۴٫۴ ریشتری کاشمر در خراسان رضوی را لرزاند",
      "زمین‌لرزه‌ای به بزرگی ۴٫۴ ریشتر ظهر دوشنبه حوالی شهر کاشمر در استان خراسان رضوی رخ داد. به گزارش مرکز لرزه‌نگاری کشوری، عمق این زلزله ده کیلومتر بود و گزارشی از خسارت نرسیده است.")
C.one("fl3-bandarabbas-aftershock", "lookalike", "tehranpayam", 2, "01:40", "پس‌لرزه ۴٫۱ ریشتری بار دیگر بندرعباس را لرزاند",
      "بامداد سه‌شنبه پس‌لرزه‌ای به بزرگی ۴٫۱ ریشتر حوالی بندرعباس رخ داد. مرکز لرزه‌نگاری کشوری اعلام کرد از زمان زلزله ۵٫۰ ریشتری دوشنبه تاکنون ۳۴ پس‌لرزه در این منطقه ثبت شده است.")
S("f2-chalus-road-rockfall", [
    ("original", "khazarkhabar", 2, "05:30", "ریزش کوه جاده چالوس را مسدود کرد",
     "پلیس راه مازندران اعلام کرد به دلیل ریزش کوه در محدوده مرزن‌آباد، جاده چالوس از صبح سه‌شنبه در هر دو مسیر مسدود شده است. رانندگان برای سفر به شمال از آزادراه تهران–شمال یا محور هراز استفاده کنند."),
    ("rewrite", "tehranpayam", 2, "07:00", "محور کرج–چالوس بسته شد؛ ریزش سنگ در مرزن‌آباد",
     "ریزش حجم زیادی سنگ و خاک در نزدیکی مرزن‌آباد، تردد در محور کرج–چالوس را در هر دو جهت متوقف کرد. ماشین‌آلات راهداری در محل مشغول پاکسازی هستند و پلیس راه مسیرهای جایگزین را اعلام کرده است."),
    ("update", "khazarkhabar", 2, "14:30", "به‌روزرسانی: جاده چالوس بازگشایی شد",
     "پلیس راه مازندران اعلام کرد جاده چالوس پس از پاکسازی محل ریزش کوه در مرزن‌آباد، از ساعت ۱۷ سه‌شنبه در هر دو مسیر بازگشایی شد. رانندگان در این محدوده با احتیاط و سرعت مطمئنه حرکت کنند."),
])
C.one("fl2-tehran-north-bus-crash", "lookalike", "farsnameh", 2, "08:30", "واژگونی اتوبوس در آزادراه تهران–شمال ۱۲ مصدوم برجا گذاشت",
      "صبح سه‌شنبه یک دستگاه اتوبوس مسافربری در آزادراه تهران–شمال، در محدوده شهرستانک، واژگون شد. رئیس اورژانس استان البرز گفت ۱۲ مسافر مصدوم شدند که هفت نفر به بیمارستان منتقل شدند.")
C.one("fs1-isfahan-zayandeh", "single", "farsnameh", 3, "06:00", "آب زاینده‌رود برای کشت پاییزه باز شد",
      "مدیرعامل آب منطقه‌ای اصفهان اعلام کرد دریچه‌های سد زاینده‌رود از چهارشنبه برای کشت پاییزه کشاورزان شرق اصفهان به مدت ده روز باز می‌شود. این آب از پل‌های تاریخی شهر نیز عبور خواهد کرد.")

# ---------------------------------------------------------------- Hebrew
S("h1-ashdod-factory-fire", [
    ("original", "hadoar", 1, "07:00", "שריפה גדולה במפעל באזור התעשייה באשדוד",
     "שריפה גדולה פרצה הבוקר במפעל לייצור מוצרי פלסטיק באזור התעשייה הצפוני באשדוד, ושנים-עשר צוותי כבאות והצלה פועלים במקום. אין דיווח על נפגעים, אך עשן סמיך מיתמר מעל העיר והתושבים התבקשו לסגור חלונות."),
    ("brief", "yomonline", 1, "07:10", "מבזק: שריפה במפעל באשדוד, צוותי כיבוי רבים בדרך",
     "שריפה פרצה לפני זמן קצר במפעל באזור התעשייה של אשדוד. צוותי כבאות והצלה רבים הוזנקו למקום, ועמוד עשן שחור נראה למרחוק עד אשקלון. אין דיווח על נפגעים."),
    ("rewrite", "darommedia", 1, "08:30", "עשן שחור מעל אשדוד: מפעל פלסטיק עלה באש",
     "מפעל לייצור מוצרי פלסטיק באזור התעשייה הצפוני של אשדוד עלה הבוקר באש, ושנים-עשר צוותי כיבוי נאבקים בלהבות. רשות הכבאות המליצה לתושבי הרובעים הסמוכים להישאר בבתים ולסגור חלונות."),
    ("copy", "haifanews", 1, "09:00", "שריפה גדולה במפעל פלסטיק באשדוד", None),
    ("update", "hadoar", 1, "14:10", "עדכון: השריפה במפעל באשדוד כובתה, אין נפגעים",
     "לוחמי האש השלימו את כיבוי השריפה שפרצה בבוקר במפעל הפלסטיק באזור התעשייה באשדוד, לאחר כשבע שעות של מאמצים. אולם הייצור נשרף כליל, ואיש לא נפגע."),
])
C.one("hl1-ashdod-port-strike", "lookalike", "darommedia", 1, "10:30", "עובדי נמל אשדוד פתחו בשביתה",
      "עובדי נמל אשדוד פתחו הבוקר בשביתה על רקע מחלוקת עם ההנהלה בנוגע להסכם השכר החדש. עשרות אוניות ממתינות מחוץ לנמל, וארגון המשלחים מזהיר מעיכובים באספקת סחורות לקראת סוף השנה.")
S("h2-galim-network-outage", [
    ("original", "hadoar", 2, "08:00", "תקלה ארצית ברשת הסלולר של גלים תקשורת",
     "מאות אלפי לקוחות של חברת גלים תקשורת נותרו הבוקר ללא שירותי שיחות וגלישה בסלולר בעקבות תקלה ארצית ברשת. החברה מסרה כי צוותים טכניים פועלים לאיתור התקלה וכי השירות יחזור בהדרגה בשעות הקרובות."),
    ("rewrite", "yomonline", 2, "08:40", "לקוחות גלים תקשורת מנותקים: אין שיחות ואין אינטרנט",
     "תקלה ארצית ברשת הסלולר של גלים תקשורת השביתה הבוקר את השיחות והגלישה של מאות אלפי מנויים ברחבי הארץ. בחברה אומרים שהתקלה אותרה ושהשירות יחזור בהדרגה עד הצהריים."),
    ("cut", "haifanews", 2, "09:10", "גלים תקשורת: מאות אלפים בלי סלולר", None),
    ("translation", "levantledger", 2, "09:30", "Israel's Galim Communications hit by nationwide mobile outage",
     "Hundreds of thousands of customers of Israeli operator Galim Communications were left without mobile calls and data on Tuesday morning by a nationwide network fault. The company said service would return gradually within hours."),
])
C.one("hl2-galim-compensation", "lookalike", "yomonline", 3, "09:00", "גלים תקשורת תפצה את לקוחותיה בחודש גלישה חינם",
      "חברת גלים תקשורת הודיעה היום כי תפצה את כל לקוחותיה בחודש גלישה ללא תשלום בעקבות התקלה הארצית ביום שלישי. משרד התקשורת דרש מהחברה להגיש דוח מפורט על נסיבות התקלה בתוך שבוע.")
C.one("hs1-eilat-birds", "single", "darommedia", 3, "05:00", "שיא בנדידת הציפורים: עשרות אלפי חסידות מעל אילת",
      "צופי ציפורים ספרו אתמול יותר מ-40 אלף חסידות לבנות מעל אילת והערבה, מספר שיא לחודש נובמבר. לדברי החוקרים, מזג האוויר החם עיכב השנה את הנדידה דרומה.")

# ---------------------------------------------------------------- Greek
S("g1-chalkidiki-floods", [
    ("original", "voreiapost", 1, "05:40", "Κακοκαιρία: πλημμύρες στη Χαλκιδική, απεγκλωβισμοί σε Κασσάνδρα και Νέα Μουδανιά",
     "Έντονες βροχοπτώσεις έπληξαν από τα ξημερώματα της Δευτέρας τη Χαλκιδική, προκαλώντας πλημμύρες σε Νέα Μουδανιά, Κασσάνδρεια και Νέα Φώκαια. Η Πυροσβεστική απεγκλώβισε 19 άτομα από σπίτια και οχήματα, ενώ τα σχολεία παραμένουν κλειστά."),
    ("brief", "athinaiki", 1, "05:55", "ΕΚΤΑΚΤΟ: Πλημμύρες στη Χαλκιδική, κλειστά τα σχολεία",
     "Σε κατάσταση συναγερμού βρίσκεται η Χαλκιδική λόγω των έντονων βροχοπτώσεων που πλημμύρισαν δρόμους και σπίτια. Κλειστά παραμένουν σήμερα τα σχολεία στους δήμους Κασσάνδρας και Νέας Προποντίδας."),
    ("rewrite", "aigaionews", 1, "07:30", "Το «πρώτο πόδι» κάτω από το νερό: 19 απεγκλωβισμοί στην Κασσάνδρα",
     "Πλημμυρισμένοι δρόμοι, αυτοκίνητα παγιδευμένα στα νερά και αυλές που έγιναν λίμνες: η κακοκαιρία χτύπησε τη Δευτέρα τη Χαλκιδική. Οι πυροσβέστες απεγκλώβισαν 19 ανθρώπους σε Νέα Μουδανιά, Κασσάνδρεια και Νέα Φώκαια."),
    ("update", "voreiapost", 1, "14:30", "ΕΝΗΜΕΡΩΣΗ: Πάνω από 200 σπίτια πλημμύρισαν στη Χαλκιδική",
     "Σε περισσότερα από 200 ανέρχονται τα σπίτια και τα καταστήματα που πλημμύρισαν στη Χαλκιδική, σύμφωνα με νεότερη καταγραφή της Περιφέρειας. Οι βροχές εξασθένησαν το απόγευμα, ενώ συνεργεία αντλούν νερά στην Κασσάνδρεια."),
    ("regional", "athinaiki", 2, "05:00", "Χαλκιδική: καταμετρούν τις ζημιές μετά τις πλημμύρες",
     "Πάνω από 200 σπίτια και καταστήματα πλημμύρισαν στη Χαλκιδική από την κακοκαιρία της Δευτέρας. Οι πυροσβέστες έκαναν 19 απεγκλωβισμούς, και τα σχολεία ανοίγουν κανονικά σήμερα."),
])
C.one("gl1-moudania-road-crash", "lookalike", "voreiapost", 1, "11:00", "Τροχαίο στη Θεσσαλονίκης–Νέων Μουδανιών: κλειστή η οδός για δύο ώρες",
      "Σύγκρουση φορτηγού με δύο ΙΧ σημειώθηκε τη Δευτέρα στην εθνική οδό Θεσσαλονίκης–Νέων Μουδανιών, στο ύψος της Νέας Τρίγλιας. Τρεις άνθρωποι τραυματίστηκαν ελαφρά και η κυκλοφορία διακόπηκε για δύο ώρες.")
C.one("gl3-chalkidiki-emergency", "lookalike", "athinaiki", 2, "10:40", "Σε κατάσταση έκτακτης ανάγκης κηρύχθηκαν δήμοι της Χαλκιδικής",
      "Η Γενική Γραμματεία Πολιτικής Προστασίας κήρυξε την Τρίτη τους δήμους Κασσάνδρας και Νέας Προποντίδας σε κατάσταση έκτακτης ανάγκης για τρεις μήνες, μετά τις πλημμύρες της Δευτέρας, ώστε να επισπευσθούν οι αποζημιώσεις.")
S("g2-samos-quake", [
    ("original", "aigaionews", 2, "02:50", "Σεισμός 5,0 Ρίχτερ βόρεια της Σάμου",
     "Σεισμική δόνηση μεγέθους 5,0 Ρίχτερ σημειώθηκε στις 04:41 της Τρίτης στη θαλάσσια περιοχή βόρεια του Καρλοβασίου, σύμφωνα με το Γεωδυναμικό Ινστιτούτο. Ο σεισμός έγινε αισθητός σε Σάμο, Ικαρία και Χίο, χωρίς αναφορές για ζημιές."),
    ("rewrite", "athinaiki", 2, "04:30", "Ξύπνησαν από τον σεισμό των 5 Ρίχτερ στη Σάμο",
     "Αισθητός σε Καρλόβασι, Βαθύ, Ικαρία και Χίο έγινε ο σεισμός των 5,0 Ρίχτερ που καταγράφηκε τα ξημερώματα της Τρίτης στη θάλασσα βόρεια της Σάμου. Δεν υπάρχουν αναφορές για ζημιές ή τραυματισμούς."),
    ("update", "voreiapost", 2, "07:40", "ΕΝΗΜΕΡΩΣΗ: Στα 5,2 Ρίχτερ αναθεωρήθηκε ο σεισμός στη Σάμο",
     "Το Γεωδυναμικό Ινστιτούτο αναθεώρησε στα 5,2 Ρίχτερ το μέγεθος του σεισμού που σημειώθηκε την Τρίτη το πρωί βόρεια του Καρλοβασίου, από 5,0 αρχικά. Το εστιακό βάθος υπολογίζεται στα 11 χιλιόμετρα."),
])
C.one("gl2-chios-quake", "lookalike", "aigaionews", 2, "12:40", "Σεισμός 4,3 Ρίχτερ στη Χίο",
      "Σεισμός μεγέθους 4,3 Ρίχτερ σημειώθηκε το μεσημέρι της Τρίτης στη θαλάσσια περιοχή νοτιοδυτικά της Χίου, σύμφωνα με το Γεωδυναμικό Ινστιτούτο. Έγινε αισθητός στο νησί, χωρίς να προκαλέσει ζημιές.")
for d, (title, summ) in enumerate([
    ("Καιρός στην Αθήνα, Δευτέρα 9 Νοεμβρίου: συννεφιά και μποφόρ, έως 19 βαθμούς",
     "Συννεφιά με τοπικές βροχές τις πρωινές ώρες και βελτίωση το απόγευμα προβλέπεται τη Δευτέρα στην Αθήνα. Η θερμοκρασία θα κυμανθεί από 12 έως 19 βαθμούς Κελσίου, με βοριάδες 5 μποφόρ."),
    ("Καιρός στην Αθήνα, Τρίτη 10 Νοεμβρίου: λιακάδα, έως 20 βαθμούς",
     "Λιακάδα με λίγες νεφώσεις προβλέπεται την Τρίτη στην Αθήνα. Η θερμοκρασία θα κυμανθεί από 11 έως 20 βαθμούς Κελσίου, με βοριάδες 3 έως 4 μποφόρ που θα εξασθενήσουν το βράδυ."),
    ("Καιρός στην Αθήνα, Τετάρτη 11 Νοεμβρίου: αίθριος, έως 21 βαθμούς",
     "Αίθριος καιρός προβλέπεται την Τετάρτη στην Αθήνα, με λίγες τοπικές νεφώσεις το απόγευμα. Η θερμοκρασία θα κυμανθεί από 12 έως 21 βαθμούς Κελσίου, με ασθενείς νοτιάδες 2 έως 3 μποφόρ."),
], 1):
    C.one("gt-athens-weather-d%d" % d, "template", "kairoskairos", d, "04:00", title, summ)

# ---------------------------------------------------------------- Turkish
S("tr1-samandag-quake", [
    ("original", "anadoluekspres", 1, "06:10", "Hatay'ın Samandağ ilçesinde 4,9 büyüklüğünde deprem",
     "AFAD'ın açıklamasına göre Hatay'ın Samandağ ilçesinde saat 09.02'de 4,9 büyüklüğünde deprem meydana geldi. Yerin 10 kilometre derinliğinde gerçekleşen deprem Antakya, İskenderun ve Adana'dan da hissedildi; ilk belirlemelere göre can kaybı bulunmuyor."),
    ("brief", "bogazpost", 1, "06:15", "SON DAKİKA: Hatay'da 4,9 büyüklüğünde deprem",
     "AFAD, Hatay'ın Samandağ ilçesinde 4,9 büyüklüğünde deprem meydana geldiğini duyurdu. Deprem çevre illerde de hissedildi, ayrıntılar gelecek. Vatandaşlar kısa süreli panik yaşayarak sokağa çıktı."),
    ("rewrite", "kafkashaber", 1, "07:40", "Samandağ 4,9 ile sarsıldı, konteyner kentlerde korku",
     "Hatay'a bağlı Samandağ'da sabah saatlerinde yaşanan 4,9 büyüklüğündeki deprem, konteyner kentlerde kalan depremzedeleri yeniden korkuttu. Valilik, AFAD ve AKUT ekiplerinin sahada tarama yaptığını, olumsuz bir durum bildirilmediğini açıkladı."),
    ("update", "anadoluekspres", 1, "10:00", "GÜNCELLEME: Samandağ depreminin büyüklüğü 5,1 olarak revize edildi",
     "AFAD, Hatay'ın Samandağ ilçesinde sabah meydana gelen depremin büyüklüğünü 4,9'dan 5,1'e revize etti. Yapılan incelemelerde daha önce hasar görmüş üç boş binada kısmi çökme tespit edildi, can kaybı bulunmuyor."),
])
C.one("trl1-datca-quake", "lookalike", "bogazpost", 1, "11:30", "SON DAKİKA: Muğla Datça açıklarında 4,2 büyüklüğünde deprem",
      "AFAD verilerine göre Akdeniz'de, Muğla'nın Datça ilçesi açıklarında saat 14.18'de 4,2 büyüklüğünde deprem meydana geldi. Deprem Datça, Marmaris ve İstanköy'de hissedildi, herhangi bir hasar bildirilmedi.")
C.one("trl3-samandag-aftershock", "lookalike", "kafkashaber", 2, "02:10", "Samandağ'da 4,0 büyüklüğünde artçı deprem",
      "Hatay'ın Samandağ ilçesinde salı sabaha karşı 4,0 büyüklüğünde bir deprem daha meydana geldi. AFAD, pazartesi günkü 5,1'lik depremin ardından bölgede 60'tan fazla artçı sarsıntı kaydedildiğini bildirdi.")
S("tr2-ankaray-fault", [
    ("original", "bogazpost", 2, "04:40", "Ankaray'da arıza: AŞTİ–Kızılay arası seferler durdu",
     "Ankara'da Ankaray hattında sabah saatlerinde meydana gelen sinyalizasyon arızası nedeniyle AŞTİ ile Kızılay istasyonları arasında seferler durduruldu. EGO Genel Müdürlüğü yolculara ek otobüs seferleri düzenlendiğini duyurdu; binlerce kişi işe geç kaldı."),
    ("rewrite", "anadoluekspres", 2, "06:10", "Başkentte raylı sistemde sinyal arızası, Ankaray'da sabah çilesi",
     "Ankara'da salı sabahı Ankaray hattında yaşanan sinyalizasyon arızası, AŞTİ–Kızılay arasındaki seferleri durdurdu. EGO'nun ek otobüs seferlerine rağmen duraklarda uzun kuyruklar oluştu, öğrenciler ve çalışanlar mağdur oldu."),
    ("update", "bogazpost", 2, "08:30", "GÜNCELLEME: Ankaray seferleri normale döndü",
     "Sabah saatlerinde sinyalizasyon arızası nedeniyle durdurulan Ankaray seferleri, yaklaşık üç saat sonra yeniden başladı. EGO Genel Müdürlüğü, arızanın Maltepe istasyonundaki bir kablo hasarından kaynaklandığını açıkladı."),
])
C.one("trl4-canakkale-fishing-boat", "lookalike", "kafkashaber", 2, "09:20", "Çanakkale Boğazı'nda balıkçı teknesi battı, iki balıkçı kurtarıldı",
      "Çanakkale Boğazı'nda, Kilitbahir açıklarında salı sabahı su alan bir balıkçı teknesi battı. Denizde mahsur kalan iki balıkçı, Sahil Güvenlik ekipleri tarafından kurtarılarak hastaneye kaldırıldı; sağlık durumlarının iyi olduğu bildirildi.")
C.one("trl2-kecioren-gas-blast", "lookalike", "kafkashaber", 2, "11:00", "Ankara Keçiören'de doğalgaz patlaması: 4 yaralı",
      "Ankara'nın Keçiören ilçesinde dört katlı bir binanın giriş katındaki dairede doğalgaz kaçağı nedeniyle patlama meydana geldi. Dört kişi hafif yaralandı, binadaki 12 daire tahliye edildi.")

# ---------------------------------------------------------------- Russian
S("r1-omsk-water-main", [
    ("original", "sibvedomosti", 1, "02:00", "В Омске из-за прорыва водовода без воды остались 300 домов",
     "В понедельник утром в Кировском округе Омска произошел прорыв магистрального водовода на улице Лукашевича. Без холодной воды остались около 300 жилых домов, 15 школ и детских садов, сообщили в мэрии."),
    ("brief", "rusinform", 1, "02:15", "СРОЧНО: прорыв водовода в Омске, 300 домов без воды",
     "В Кировском округе Омска прорвало магистральный водовод, холодная вода отключена примерно в 300 жилых домах. На месте работают аварийные бригады, к домам направлены автоцистерны."),
    ("rewrite", "obvestnik", 1, "04:30", "Левый берег без воды: авария на водоводе на Лукашевича",
     "Авария на магистральном водоводе на улице Лукашевича оставила без воды около 300 многоквартирных домов Кировского округа Омска. Жители набирают воду из автоцистерн, коммунальщики обещают закончить ремонт к ночи."),
    ("update", "sibvedomosti", 2, "01:30", "ОБНОВЛЕНО 1-Водоснабжение в Кировском округе Омска восстановлено",
     "Подача холодной воды в 300 домов Кировского округа Омска, отключенных после прорыва водовода на улице Лукашевича, полностью восстановлена ночью. Поврежденный участок трубы длиной восемь метров заменен, сообщили в мэрии."),
])
C.one("rl1-omsk-market-fire", "lookalike", "obvestnik", 1, "08:00", "В Омске горел рынок на Левом берегу",
      "В понедельник днем в Кировском округе Омска загорелся павильон вещевого рынка. Огонь распространился на площади около 400 квадратных метров, пострадавших нет, причину пожара устанавливают дознаватели МЧС.")
C.one("rl2-omsk-negligence-case", "lookalike", "rusinform", 2, "06:30", "В Омске возбудили дело о халатности после аварии на водоводе",
      "Следственный комитет возбудил уголовное дело о халатности после прорыва водовода на улице Лукашевича в Омске, из-за которого 300 домов почти сутки оставались без воды. Проверят, проводился ли плановый ремонт сетей.")
S("r2-yekaterinburg-slab-collapse", [
    ("original", "rusinform", 2, "08:30", "В Екатеринбурге на стройке обрушилось перекрытие, погибли двое рабочих",
     "Во вторник в Екатеринбурге на строящемся жилом комплексе на улице Московской обрушилось бетонное перекрытие между седьмым и восьмым этажами. Погибли два рабочих, еще трое получили травмы, сообщили в МЧС."),
    ("brief", "nasheslovo", 2, "08:40", "СРОЧНО: в Екатеринбурге обрушилось перекрытие на стройке",
     "На стройке жилого комплекса на улице Московской в Екатеринбурге обрушилось перекрытие, есть погибшие. На месте работают спасатели МЧС, под завалами могут находиться люди."),
    ("rewrite", "obvestnik", 2, "10:30", "Трагедия на Московской: двое рабочих погибли при обрушении перекрытия",
     "На строительной площадке жилого комплекса на улице Московской в Екатеринбурге во вторник рухнула бетонная плита перекрытия. По данным МЧС, двое рабочих погибли, трое пострадавших доставлены в больницу."),
    ("update", "kazanday", 2, "15:30", "ОБНОВЛЕНО 1-Число погибших при обрушении на стройке в Екатеринбурге выросло до трех",
     "Число погибших при обрушении перекрытия на стройке на улице Московской в Екатеринбурге выросло до трех: один из пострадавших скончался в больнице, сообщил минздрав Свердловской области. Двое рабочих остаются в больнице."),
    ("regional", "kratkoinfo", 3, "05:10", "Коротко: при обрушении на стройке в Екатеринбурге погибли трое",
     "Во вторник в Екатеринбурге на стройке жилого комплекса на улице Московской обрушилось бетонное перекрытие. Погибли три рабочих, еще двое находятся в больнице."),
])
C.one("rl3-chelyabinsk-gym-roof", "lookalike", "sibvedomosti", 2, "12:30", "В Челябинске обрушилась кровля спортзала школы",
      "Во вторник в Челябинске под тяжестью снега обрушилась часть кровли спортивного зала школы на улице Салютной. Занятия в зале не проводились, пострадавших нет, ученики переведены на дистанционное обучение.")

# ---------------------------------------------------------------- Georgian
S("ka1-batumi-hotel-fire", [
    ("original", "sakinfo", 1, "06:00", "ბათუმში სასტუმროში ხანძარი გაჩნდა, 60 სტუმარი ევაკუირებულია",
     "ბათუმში, შერიფ ხიმშიაშვილის ქუჩაზე მდებარე 12-სართულიან სასტუმროში ორშაბათს დილით ხანძარი გაჩნდა. საგანგებო სიტუაციების მართვის სამსახურის ინფორმაციით, შენობიდან 60 სტუმარი და თანამშრომელი ევაკუირებულია, დაშავებულების შესახებ ინფორმაცია არ არის."),
    ("rewrite", "adjaranews", 1, "07:20", "ხიმშიაშვილის ქუჩაზე სასტუმრო იწვის: სტუმრები გარეთ გამოიყვანეს",
     "ბათუმში, ხიმშიაშვილის ქუჩაზე, 12-სართულიან სასტუმროში გაჩენილი ხანძრის გამო მეხანძრე-მაშველებმა 60 ადამიანი გამოიყვანეს. ცეცხლი მეხუთე სართულზე, სამრეცხაოში გაჩნდა, ადგილზე რვა სახანძრო ბრიგადა მუშაობს."),
    ("update", "kartlipress", 1, "10:30", "განახლება: ბათუმის სასტუმროში ხანძარი ლიკვიდირებულია",
     "საგანგებო სიტუაციების მართვის სამსახურის ცნობით, ბათუმში, ხიმშიაშვილის ქუჩაზე მდებარე სასტუმროში გაჩენილი ხანძარი სრულად ლიკვიდირებულია. ცეცხლი მხოლოდ ერთ სართულზე გავრცელდა, მსხვერპლი და დაშავებული არ არის."),
    ("regional", "adjaranews", 2, "04:10", "ბათუმის სასტუმროს ხანძარი: დაზიანდა ერთი სართული",
     "ორშაბათს ბათუმში, ხიმშიაშვილის ქუჩის 12-სართულიან სასტუმროში გაჩენილი ხანძარი რამდენიმე საათში ჩაქრა. ცეცხლი მხოლოდ ერთ სართულზე გავრცელდა, ევაკუირებული 60 ადამიანი სასტუმროში დაბრუნდა."),
])
C.one("kal1-batumi-bus-crash", "lookalike", "adjaranews", 1, "12:30", "ბათუმში ავტობუსი და მსუბუქი ავტომობილი ერთმანეთს შეეჯახა",
      "ბათუმში, ჭავჭავაძის ქუჩაზე, ორშაბათს შუადღისას მუნიციპალური ავტობუსი და მსუბუქი ავტომობილი ერთმანეთს შეეჯახა. ორი ადამიანი მსუბუქად დაშავდა და საავადმყოფოში გადაიყვანეს, ფაქტზე გამოძიება მიმდინარეობს.")
C.one("kal3-batumi-hotel-arrest", "lookalike", "sakinfo", 2, "08:20", "ბათუმის სასტუმროს ხანძრის საქმეზე ტექნიკური მენეჯერი დააკავეს",
      "შინაგან საქმეთა სამინისტრომ ბათუმში, ხიმშიაშვილის ქუჩაზე მდებარე სასტუმროში გაჩენილი ხანძრის საქმეზე სასტუმროს ტექნიკური მენეჯერი დააკავა. მას ხანძარსაწინააღმდეგო წესების დარღვევას ედავებიან.")
S("ka2-rikoti-landslide", [
    ("original", "sakinfo", 2, "05:00", "რიკოთის უღელტეხილზე მეწყერის გამო გზა ჩაიკეტა",
     "შინაგან საქმეთა სამინისტროს ინფორმაციით, რიკოთის უღელტეხილზე, ხაშური–ზესტაფონის მონაკვეთზე, ძლიერი წვიმის შემდეგ ჩამოწოლილი მეწყერის გამო აღმოსავლეთ-დასავლეთის მაგისტრალზე მოძრაობა ორივე მიმართულებით შეჩერდა. ადგილზე ტექნიკა მუშაობს."),
    ("rewrite", "tbilisidghes", 2, "06:40", "აღმოსავლეთ-დასავლეთის მაგისტრალი ჩაკეტილია: რიკოთზე მიწა ჩამოწვა",
     "რიკოთის უღელტეხილზე ჩამოწოლილმა მიწის მასამ აღმოსავლეთ-დასავლეთის მაგისტრალი ორივე მიმართულებით ჩაკეტა. ხაშურსა და ზესტაფონში ასობით ავტომობილი გზის გახსნას ელოდება, მძღოლებს შემოვლითი გზით სარგებლობას ურჩევენ."),
    ("update", "kartlipress", 3, "05:30", "განახლება: რიკოთის უღელტეხილზე მოძრაობა აღდგა",
     "რიკოთის უღელტეხილზე, ხაშური–ზესტაფონის მონაკვეთზე, მეწყერის გაწმენდის შემდეგ მოძრაობა ორივე მიმართულებით აღდგა, აცხადებს შინაგან საქმეთა სამინისტრო. უღელტეხილზე ერთ-ერთ მონაკვეთში მოძრაობა ჯერჯერობით ერთი ზოლით ხორციელდება, მძღოლებს სიფრთხილისკენ მოუწოდებენ."),
    ("translation", "kratkoinfo", 3, "08:00", "Коротко: в Грузии снова открыт Рикотский перевал",
     "В среду в Грузии возобновилось движение через Рикотский перевал на магистрали Восток — Запад, перекрытой во вторник из-за оползня между Хашури и Зестафони. Дорогу расчистили, сообщило МВД Грузии."),
    ("translation", "caucasusdigest", 3, "08:10", "Caucasus digest: Georgia's Rikoti pass reopens after landslide",
     "Traffic resumed on Wednesday over the Rikoti pass on Georgia's main east–west highway, a day after a landslide between Khashuri and Zestaponi closed the road in both directions, the interior ministry said."),
])
C.one("kal2-mestia-road-snow", "lookalike", "sakinfo", 2, "10:20", "ზუგდიდი–მესტიის გზაზე მოძრაობა თოვლის გამო შეიზღუდა",
      "ზემო სვანეთის მიმართულებით, ზუგდიდი–მესტიის საავტომობილო გზაზე, თოვლის გამო მოძრაობა შეიზღუდა მისაბმელიანი და ჯაჭვების გარეშე მოძრავი ავტომობილებისთვის. შინაგან საქმეთა სამინისტრო მძღოლებს სიფრთხილისკენ მოუწოდებს.")

# ---------------------------------------------------------------- English-led
S("e1-dardanelles-volga-star", [
    ("original", "bosphoruslog", 2, "05:20", "Bulk carrier Volga Star loses power in Dardanelles, strait closed",
     "The 58,000-tonne bulk carrier Volga Star lost engine power off Canakkale on Tuesday morning and drifted towards the shore, and authorities suspended traffic through the Dardanelles in both directions. Tugs took the ship under control; no injuries were reported."),
    ("rewrite", "asiamonitor", 2, "07:10", "Engine failure leaves bulker adrift off Canakkale, Dardanelles shut",
     "Shipping through the Dardanelles was halted on Tuesday after the grain-laden bulk carrier Volga Star suffered an engine failure and drifted near Canakkale. Coastal safety tugs secured the vessel and no pollution was reported."),
    ("translation", "anadoluekspres", 2, "07:40", "Çanakkale Boğazı'nda arızalanan gemi nedeniyle trafik durduruldu",
     "Makine arızası yapan 58 bin tonluk Volga Star isimli dökme yük gemisi salı sabahı Çanakkale açıklarında sürüklendi. Kıyı Emniyeti römorkörleri gemiyi kontrol altına alırken Çanakkale Boğazı gemi trafiğine çift yönlü kapatıldı."),
    ("update", "bosphoruslog", 2, "12:40", "UPDATE 1-Dardanelles reopens after Volga Star is towed to anchorage",
     "Turkish authorities reopened the Dardanelles to shipping on Tuesday afternoon after tugs towed the disabled bulk carrier Volga Star to an anchorage off Canakkale. About 30 vessels had been waiting at both ends of the strait."),
])
S("e2-akhalkalaki-derailment", [
    ("original", "caucasuswire", 3, "06:40", "Freight train derails near Akhalkalaki on Baku–Tbilisi–Kars line",
     "Seven wagons of a freight train carrying grain derailed near Akhalkalaki in southern Georgia early on Wednesday, halting traffic on the Baku–Tbilisi–Kars railway. No one was hurt, Georgian Railway said, adding that repairs could take two days."),
    ("translation", "sakinfo", 3, "07:50", "ახალქალაქთან სატვირთო მატარებლის ვაგონები რელსებიდან გადავიდა",
     "ოთხშაბათს დილით ახალქალაქთან მარცვლეულით დატვირთული სატვირთო მატარებლის შვიდი ვაგონი რელსებიდან გადავიდა. საქართველოს რკინიგზის ცნობით, დაშავებული არავინაა, ბაქო–თბილისი–ყარსის ხაზზე მოძრაობა შეჩერებულია."),
    ("translation", "bakipost", 3, "08:20", "Bakı–Tbilisi–Qars xəttində yük qatarı relsdən çıxıb",
     "Çərşənbə günü səhər Gürcüstanın Axalkalaki şəhəri yaxınlığında taxıl daşıyan yük qatarının yeddi vaqonu relsdən çıxıb. Gürcüstan Dəmir Yolunun məlumatına görə, xəsarət alan yoxdur, Bakı–Tbilisi–Qars xəttində hərəkət dayandırılıb."),
    ("rewrite", "asiamonitor", 3, "09:10", "Derailment in southern Georgia halts Baku–Tbilisi–Kars rail traffic",
     "Rail traffic on the Baku–Tbilisi–Kars line was suspended on Wednesday after seven grain wagons came off the track near Akhalkalaki. Georgian Railway reported no injuries and said repairs to the track could take up to two days."),
])

# ---------------------------------------------------------------- other singles and series
C.one("hys1-gyumri-airport", "single", "yerevanor", 3, "07:20", "Գյումրու օդանավակայանից կբացվի նոր չվերթ դեպի Վիեննա",
      "Գյումրու «Շիրակ» միջազգային օդանավակայանից դեկտեմբերի կեսից շաբաթական երկու չվերթ կիրականացվի դեպի Վիեննա։ Չվերթերը կիրականացնի «Արարատ Սքայ» ավիաընկերությունը, տոմսերի վաճառքն արդեն մեկնարկել է։")
C.one("azs1-ganja-park", "single", "qisaxeber", 3, "05:40", "Qısa xəbərlər: Gəncədə yeni şəhər parkı açılıb",
      "Dünən Gəncə şəhərində Gəncəçayın sahilində 12 hektar ərazidə yeni şəhər parkı istifadəyə verilib. Parkda 4 mindən çox ağac əkilib, uşaq meydançaları və velosiped yolu salınıb.")
C.one("ens1-baku-book-fair", "single", "caucasuswire", 1, "16:10", "Baku book fair opens with record 300 publishers",
      "The Baku International Book Fair opened on Monday with a record 300 publishers from 25 countries, the organisers said. The five-day fair at the Baku Expo Centre expects about 60,000 visitors.")
for d, (title, summ) in enumerate([
    ("Bakıda hava: 9 noyabr, yağışlı, +14 dərəcə",
     "Bakıda və Abşeron yarımadasında noyabrın 9-da hava dəyişkən buludlu olacaq, arabir yağış yağacağı gözlənilir. Mülayim şimal-qərb küləyi əsəcək, gündüz temperatur 12-14 dərəcə isti olacaq."),
    ("Bakıda hava: 10 noyabr, küləkli, +12 dərəcə",
     "Bakıda və Abşeron yarımadasında noyabrın 10-da hava əsasən buludlu olacaq, yağmursuz keçəcək. Güclü şimal küləyi əsəcək, gündüz temperatur 10-12 dərəcə isti olacaq."),
    ("Bakıda hava: 11 noyabr, aydın, +15 dərəcə",
     "Bakıda və Abşeron yarımadasında noyabrın 11-də hava əsasən aydın olacaq, yağmursuz keçəcək. Mülayim cənub-şərq küləyi əsəcək, gündüz temperatur 13-15 dərəcə isti olacaq."),
], 1):
    C.one("azt-baku-weather-d%d" % d, "template", "havaxeber", d, "03:30", title, summ)

# ---------------------------------------------------------------- traps
T = C.trap
T("company", "k2-qazax-tractor-mine", "kl2-anama-qazax-october", "ANAMA: tractor mine vs monthly clearance figures, same day")
T("company", "z2-yuanpeng-outage", "zl2-yuanpeng-c919-order", "Yuanpeng outage vs aircraft order next day")
T("company", "ko2-daehyun-lng-order", "kol2-daehyun-strike", "Daehyun order vs union strike next day")
T("company", "h2-galim-network-outage", "hl2-galim-compensation", "Galim outage vs compensation decision next day")
T("place", "z3-guangzhou-metro3", "zl3-baiyun-factory-fire", "Guangzhou, d3")
T("place", "j1-sapporo-higashi-fire", "jl1-sapporo-jr-snow", "Sapporo, d1")
T("place", "ko1-incheon-warehouse-fire", "kol1-incheon-subway2", "Incheon, d1")
T("place", "a1-derb-omar-fire", "al1-casablanca-tram-halt", "Casablanca, d1")
T("place", "f2-chalus-road-rockfall", "fl2-tehran-north-bus-crash", "Tehran–north roads, d2")
T("place", "h1-ashdod-factory-fire", "hl1-ashdod-port-strike", "Ashdod, d1")
T("place", "g1-chalkidiki-floods", "gl1-moudania-road-crash", "Chalkidiki / Nea Moudania, d1")
T("place", "tr2-ankaray-fault", "trl2-kecioren-gas-blast", "Ankara, d2")
T("place", "r1-omsk-water-main", "rl1-omsk-market-fire", "Omsk Kirovsky district, d1")
T("place", "ka1-batumi-hotel-fire", "kal1-batumi-bus-crash", "Batumi, d1")
T("vocab", "ka2-rikoti-landslide", "e2-akhalkalaki-derailment", "Georgian road / rail line closed, ka d2/d3")
T("place", "e1-dardanelles-volga-star", "trl4-canakkale-fishing-boat", "Dardanelles off Canakkale, d2 (tr)")
T("template", "z1-yangbi-quake", "zl1-dingri-quake", "中国地震台网…级地震")
T("template", "j2-kumamoto-quake", "jl2-miyagi-quake", "…でM…、…で震度…")
T("template", "f1-bandarabbas-quake", "fl1-kashmar-quake", "زلزله … ریشتری … را لرزاند")
T("template", "g2-samos-quake", "gl2-chios-quake", "Σεισμός …,… Ρίχτερ")
T("template", "tr1-samandag-quake", "trl1-datca-quake", "… büyüklüğünde deprem")
T("template", "a2-morocco-inflation", "al2-tunisia-inflation", "التضخم في … في أكتوبر")
T("template", "r2-yekaterinburg-slab-collapse", "rl3-chelyabinsk-gym-roof", "обрушилось перекрытие / кровля")
T("template", "ka2-rikoti-landslide", "kal2-mestia-road-snow", "road closed")
for series in ("zt-hangseng", "jt-usdjpy", "kot-usdkrw", "gt-athens-weather", "azt-baku-weather"):
    for a, b in ((1, 2), (2, 3), (1, 3)):
        T("template", "%s-d%d" % (series, a), "%s-d%d" % (series, b), "series")
T("vocab", "k5-qazax-water-cut", "ka2-rikoti-landslide", "Коротко: / Caucasus digest: columns d3")
T("vocab", "k5-qazax-water-cut", "r2-yekaterinburg-slab-collapse", "Коротко: column d3")
T("vocab", "ka2-rikoti-landslide", "r2-yekaterinburg-slab-collapse", "Коротко: column d3")
T("vocab", "k3-baganis-ayrim-families", "ka2-rikoti-landslide", "Caucasus digest: column d3")
T("vocab", "k3-baganis-ayrim-families", "azs1-ganja-park", "Qısa xəbərlər: column d3")
T("vocab", "k5-qazax-water-cut", "azs1-ganja-park", "Qısa xəbərlər: column d3")
T("vocab", "z2-yuanpeng-outage", "zt-hangseng-d2", "index close mentions Yuanpeng")
T("vocab", "ko2-daehyun-lng-order", "kot-usdkrw-d2", "FX close mentions shipbuilders' orders")
T("vocab", "r1-omsk-water-main", "r2-yekaterinburg-slab-collapse", "СРОЧНО / ОБНОВЛЕНО 1- of two events")
T("vocab", "g1-chalkidiki-floods", "g2-samos-quake", "ΕΚΤΑΚΤΟ/ΕΝΗΜΕΡΩΣΗ of two events")
T("vocab", "j1-sapporo-higashi-fire", "j2-kumamoto-quake", "【更新】/【速報】 of two events")
T("vocab", "h1-ashdod-factory-fire", "h2-galim-network-outage", "one outlet's news, two events")
T("followup", "k1-chinari-farmer-shot", "kl3-chinari-case", "criminal case opened")
T("followup", "a1-derb-omar-fire", "al3-derb-omar-arrest", "arrest")
T("followup", "j2-kumamoto-quake", "jl3-kumamoto-quake-again", "new quake in the same area")
T("followup", "tr1-samandag-quake", "trl3-samandag-aftershock", "aftershock")
T("followup", "r1-omsk-water-main", "rl2-omsk-negligence-case", "criminal case")
T("followup", "ka1-batumi-hotel-fire", "kal3-batumi-hotel-arrest", "arrest")
T("followup", "g1-chalkidiki-floods", "gl3-chalkidiki-emergency", "state of emergency declared")
T("followup", "f1-bandarabbas-quake", "fl3-bandarabbas-aftershock", "aftershock")
region_pairs(C, ["k1-chinari-farmer-shot", "k2-qazax-tractor-mine", "k3-baganis-ayrim-families",
                 "k4-ijevan-commissions", "k5-qazax-water-cut", "k6-ijevan-noyemberyan-landslide",
                 "kl1-qazax-crash", "kl2-anama-qazax-october", "kl3-chinari-case", "kl4-kirants-checkpoint",
                 "kl5-ijevan-hospital"])

for lab, note in (
        ("k1-chinari-farmer-shot", "second person wounded (revised count)"),
        ("k5-qazax-water-cut", "water restored"),
        ("k6-ijevan-noyemberyan-landslide", "road reopened"),
        ("z1-yangbi-quake", "magnitude revised to 5.2"),
        ("j1-sapporo-higashi-fire", "victim identified"),
        ("ko1-incheon-warehouse-fire", "fire out"),
        ("a1-derb-omar-fire", "fire under control"),
        ("f1-bandarabbas-quake", "damage assessed"),
        ("f2-chalus-road-rockfall", "road reopened"),
        ("h1-ashdod-factory-fire", "fire out"),
        ("g1-chalkidiki-floods", "homes flooded revised"),
        ("g2-samos-quake", "magnitude revised to 5.2"),
        ("tr1-samandag-quake", "magnitude revised to 5.1"),
        ("tr2-ankaray-fault", "service restored, cause"),
        ("r1-omsk-water-main", "water restored"),
        ("r2-yekaterinburg-slab-collapse", "toll revised to 3"),
        ("ka1-batumi-hotel-fire", "fire out"),
        ("ka2-rikoti-landslide", "road reopened"),
        ("e1-dardanelles-volga-star", "strait reopened"),
):
    C.same_followup(lab, note)

CORPUS = C
