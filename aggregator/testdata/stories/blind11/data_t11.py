"""Week T (tuning11.json): Mon 2 – Wed 4 Nov 2026. All text written by hand.

Tuples: (kind, source, day, "HH:MM" UTC, title, summary). `cut` and `copy`
items take summary None (build.py fills it from the original)."""
import datetime as dt

from common import Corpus, region_pairs

C = Corpus("t11", dt.date(2026, 11, 2))
S = C.story

# ---------------------------------------------------------------- region cluster: Karabakh / Syunik
S("k1-tegh-shooting", [
    ("original", "armnews", 1, "06:40", "Տեղ գյուղի մոտ հայկական դիրքերն ենթարկվել են կրակոցների, կա վիրավոր",
     "ՀՀ պաշտպանության նախարարության հաղորդմամբ՝ երկուշաբթի առավոտյան Սյունիքի մարզի Տեղ գյուղի մատույցներում տեղակայված հայկական դիրքերը ենթարկվել են հրաձգային զենքից կրակոցների։ Պայմանագրային զինծառայող է վիրավորվել, նրա կյանքին վտանգ չի սպառնում։"),
    ("rewrite", "yerevanor", 1, "08:15", "Սյունիքում՝ Տեղի հատվածում, կրակոցներից զինվոր է վիրավորվել",
     "Տեղ համայնքի մոտ հայ-ադրբեջանական սահմանին երկուշաբթի առավոտյան կրակոցներ են հնչել, հայտնում է Պաշտպանության նախարարությունը։ Վիրավորված պայմանագրային զինծառայողը տեղափոխվել է Գորիսի բժշկական կենտրոն, նրա վիճակը կայուն է։"),
    ("translation", "kavkazvestnik", 1, "09:10", "Минобороны Армении: у села Тех обстреляны армянские позиции, ранен военнослужащий",
     "Армянские позиции у села Тех в Сюникской области в понедельник утром подверглись обстрелу из стрелкового оружия, сообщило министерство обороны Армении. Ранен военнослужащий по контракту, его жизни ничего не угрожает."),
    ("translation", "caucasuswire", 1, "10:05", "Armenia says soldier wounded by gunfire near Tegh in Syunik",
     "Armenian positions near the village of Tegh in the southern Syunik province came under small-arms fire on Monday morning, Armenia's defence ministry said. A contract soldier was wounded; his life is not in danger, the ministry added."),
    ("update", "araratlur", 1, "13:30", "ԹԱՐՄԱՑՎԱԾ՝ Տեղի մոտ կրակոցներից վիրավորվել է երկու զինծառայող",
     "Պաշտպանության նախարարությունը ճշգրտել է տվյալները․ Տեղ գյուղի մոտ առավոտյան կրակոցների հետևանքով վիրավորվել է ոչ թե մեկ, այլ երկու պայմանագրային զինծառայող։ Երկուսն էլ Գորիսի հիվանդանոցում են, նրանց կյանքին վտանգ չի սպառնում։"),
])

S("k2-fuzuli-deminer", [
    ("original", "azxeber", 1, "07:20", "Füzuli rayonunda mina partlayışı: ANAMA əməkdaşı yaralanıb",
     "Füzuli rayonunun Qaraxanbəyli kəndi ərazisində minatəmizləmə işləri aparılarkən piyada əleyhinə mina partlayıb. Azərbaycan Respublikası Minadan Təmizləmə Agentliyinin (ANAMA) 34 yaşlı əməkdaşı ayağından yaralanıb və Füzuli rayon xəstəxanasına çatdırılıb."),
    ("brief", "sherqxeber", 1, "07:35", "TƏCİLİ: Füzulidə minatəmizləmə zamanı partlayış, bir yaralı",
     "Füzuli rayonunun Qaraxanbəyli kəndində minatəmizləmə işləri zamanı mina partlayıb, ANAMA-nın bir əməkdaşı yaralanıb. Yaralı dərhal Füzuli rayon xəstəxanasına aparılıb, ətraflı məlumat veriləcək."),
    ("rewrite", "bakipost", 1, "09:00", "Qaraxanbəylidə minatəmizləyən partlayışda yaralandı",
     "ANAMA-nın əməkdaşı bazar ertəsi səhər Füzulinin Qaraxanbəyli kəndində ərazini minalardan təmizləyərkən partlayışa məruz qalıb. Agentlikdən bildirilib ki, 34 yaşlı minatəmizləyənin sol ayağı zədələnib, lakin həyatı təhlükə altında deyil."),
    ("translation", "kavkazvestnik", 1, "10:30", "В Физулинском районе на мине подорвался сапёр ANAMA",
     "В селе Гараханбейли Физулинского района во время разминирования взорвалась противопехотная мина. Ранен 34-летний сотрудник Агентства по разминированию Азербайджана (ANAMA), его доставили в районную больницу, сообщает ведомство."),
    ("translation", "caucasuswire", 1, "11:40", "Azerbaijani deminer injured by landmine in Fuzuli district",
     "A 34-year-old deminer from Azerbaijan's mine action agency ANAMA was injured on Monday when an anti-personnel mine exploded during clearance work near the village of Garakhanbayli in the Fuzuli district. He was taken to hospital with a leg wound."),
])

S("k3-aghdam-returnees", [
    ("original", "azxeber", 2, "06:30", "Ağdam şəhərinə daha 52 ailə qayıdıb",
     "Böyük Qayıdış proqramı çərçivəsində çərşənbə axşamı Ağdam şəhərinə 52 ailə, ümumilikdə 214 nəfər köçürülüb. Keçmiş məcburi köçkünlər Bakı, Sumqayıt və Bərdədən yola salınıb, onlara yeni tikilmiş yaşayış binalarında mənzillərin açarları təqdim olunub."),
    ("cut", "bakipost", 2, "08:10", "214 nəfər Ağdama köçdü: yeni mənzillərin açarları verildi", None),
    ("translation", "kafkashaber", 2, "11:00", "Ağdam'a 52 aile daha döndü",
     "Azerbaycan'ın Büyük Dönüş programı kapsamında salı günü Ağdam şehrine 52 aile, toplam 214 kişi yerleştirildi. Bakü, Sumgayıt ve Berde'den gelen ailelere yeni yapılan binalardaki dairelerin anahtarları teslim edildi."),
    ("translation", "caucasusdigest", 3, "05:00", "Caucasus digest: 52 more families resettled in Aghdam",
     "Fifty-two families, 214 people in all, moved back to the town of Aghdam on Tuesday under Azerbaijan's Great Return programme and received keys to flats in newly built blocks. They travelled from Baku, Sumgait and Barda."),
    ("regional", "qisaxeber", 3, "05:30", "Qısa xəbərlər: Ağdama 52 ailə köçürülüb",
     "Dünən Ağdam şəhərinə 52 ailə, 214 nəfər qayıdıb. Köçkünlər Bakı, Sumqayıt və Bərdədən gəliblər və yeni yaşayış binalarında mənzil alıblar, bu, şəhərə qayıdışın növbəti mərhələsidir."),
])

S("k4-kornidzor-commissions", [
    ("original", "armnews", 2, "09:00", "Սահմանազատման հանձնաժողովները հանդիպել են Կոռնիձորի մոտ",
     "Հայաստանի և Ադրբեջանի սահմանազատման պետական հանձնաժողովները երեքշաբթի փոխվարչապետերի գլխավորությամբ անցկացրել են հերթական՝ տասնհինգերորդ նիստը սահմանի վրա՝ Կոռնիձորի մոտ։ Քննարկվել է Սյունիքի հատվածում սահմանագծման կանոնակարգը, և կողմերը պայմանավորվել են հաջորդ հանդիպումն անցկացնել դեկտեմբերին։"),
    ("translation", "sherqxeber", 2, "10:40", "Sərhəd komissiyalarının 15-ci iclası Laçın yaxınlığında keçirilib",
     "Azərbaycan və Ermənistanın dövlət sərhədinin delimitasiyası üzrə komissiyalarının növbəti, 15-ci iclası çərşənbə axşamı baş nazir müavinlərinin rəhbərliyi ilə Laçın rayonu ilə həmsərhəd ərazidə keçirilib. Tərəflər növbəti görüşü dekabrda keçirməyi razılaşdırıblar."),
    ("rewrite", "yerevanor", 2, "11:20", "Երևանն ու Բաքուն Կոռնիձորում քննարկել են Սյունիքի սահմանը",
     "Սահմանազատման հարցերով հայկական և ադրբեջանական հանձնաժողովների 15-րդ նիստը երեքշաբթի տեղի է ունեցել Կոռնիձոր գյուղի մոտ։ Համատեղ հաղորդագրության համաձայն՝ կողմերը քննարկել են Սյունիքի հատվածի աշխատանքները, իսկ հաջորդ նիստը նախատեսված է դեկտեմբերին։"),
    ("translation", "kavkazvestnik", 2, "12:00", "Комиссии Армении и Азербайджана по делимитации провели 15-е заседание",
     "Государственные комиссии Армении и Азербайджана по делимитации границы во главе с вице-премьерами провели во вторник 15-е заседание на границе у села Корнидзор. Обсуждался порядок работ на сюникском участке, следующая встреча запланирована на декабрь."),
    ("translation", "caucasuswire", 2, "13:10", "Armenia, Azerbaijan border commissions hold 15th round near Kornidzor",
     "The Armenian and Azerbaijani state commissions on border delimitation, led by deputy prime ministers, met for the 15th time on Tuesday on the border near Kornidzor. They discussed the Syunik section and agreed to meet again in December."),
])

S("k5-khankendi-gas", [
    ("original", "bakipost", 2, "05:50", "Xankəndi və Xocalıda qaz təchizatı müvəqqəti dayandırılır",
     "Əsgəran yaxınlığında magistral qaz kəmərinin zədələnmiş hissəsində təmir işləri aparılacağı üçün çərşənbə axşamı Xankəndi şəhərinə və Xocalı rayonuna qaz verilişi müvəqqəti dayandırılıb. “Qarabağqaz” MMC təmirin axşam saatlarınadək başa çatacağını gözləyir."),
    ("update", "azxeber", 2, "15:40", "YENİLƏNİB: Xankəndi və Xocalıya qaz verilişi bərpa olunub",
     "“Qarabağqaz” MMC bildirib ki, Əsgəran yaxınlığında qaz kəmərindəki təmir işləri başa çatıb və Xankəndi ilə Xocalıya qaz verilişi saat 19:00-da tam bərpa olunub. Təchizat təxminən on saat dayanmışdı."),
    ("translation", "kratkoinfo", 3, "05:00", "Коротко: в Ханкенди и Ходжалы восстановили подачу газа",
     "Во вторник вечером в Ханкенди (Степанакерте) и Ходжалинском районе восстановлена подача газа, прерванная на десять часов из-за ремонта поврежденного газопровода у Аскерана, сообщила компания «Карабахгаз»."),
    ("translation", "caucasusdigest", 3, "05:05", "Caucasus digest: gas back on in Khankendi after pipeline repair",
     "Gas supplies to Khankendi, known to Armenians as Stepanakert, and the Khojaly district were restored on Tuesday evening after a ten-hour cut for repairs to a damaged trunk pipeline near Askeran, the supplier Karabakhgaz said."),
    ("regional", "qisaxeber", 3, "05:35", "Qısa xəbərlər: Xankəndidə qaz bərpa olundu",
     "Əsgəran yaxınlığında qaz kəmərinin təmiri ilə əlaqədar dünən on saat dayandırılan qaz verilişi axşam Xankəndi və Xocalıda bərpa olunub. Bu barədə “Qarabağqaz” MMC məlumat yayıb."),
])

S("k6-goris-kapan-rockfall", [
    ("original", "syunikpost", 1, "04:50", "Գորիս–Կապան ճանապարհը փակ է քարաթափման պատճառով",
     "Գորիս–Կապան միջպետական ճանապարհի՝ Շուռնուխ գյուղի մոտակայքում գտնվող հատվածում գիշերը քարաթափում է տեղի ունեցել, և երթևեկությունը երկու ուղղությամբ էլ դադարեցվել է։ Տեղում աշխատում է ճանապարհային տեխնիկան, վարորդներին խորհուրդ է տրվում օգտվել այլընտրանքային ճանապարհից։"),
    ("brief", "araratlur", 1, "05:10", "ՇՏԱՊ՝ Քարաթափում Գորիս–Կապան ճանապարհին, երթևեկությունը դադարեցված է",
     "Շուռնուխ գյուղի մոտ քարաթափման հետևանքով Գորիս–Կապան ճանապարհը փակ է երկու ուղղությամբ։ Տուժածներ չկան, մանրամասները ճշտվում են, իսկ վարորդներին խնդրում են ժամանակավորապես ընտրել այլ երթուղի։"),
    ("copy", "yerevanor", 1, "05:40", "Քարաթափում Շուռնուխի մոտ․ Գորիս–Կապան ճանապարհը փակ է", None),
    ("update", "armnews", 1, "12:30", "ԹԱՐՄԱՑՎԱԾ՝ Գորիս–Կապան ճանապարհը կրկին բաց է",
     "Շուռնուխի մոտ քարաթափումից հետո փակված Գորիս–Կապան ճանապարհը վերաբացվել է։ Ճանապարհային ծառայությունները մաքրել են երթևեկելի մասը, և մեքենաները կրկին շարժվում են երկու ուղղությամբ, սակայն վարորդներին խորհուրդ է տրվում զգույշ լինել։"),
])

C.one("kl1-khankendi-crash", "lookalike", "sherqxeber", 2, "14:10", "Xankəndidə yol qəzası: iki nəfər xəstəxanaya çatdırılıb",
      "Çərşənbə axşamı Xankəndi şəhərinin mərkəzində iki minik avtomobili toqquşub. Hadisə nəticəsində sürücülərdən biri və sərnişin xəsarət alaraq xəstəxanaya çatdırılıb, faktla bağlı Xankəndi şəhər polis şöbəsində araşdırma aparılır.")
C.one("kl2-anama-october", "lookalike", "azxeber", 1, "12:00", "ANAMA: Füzulidə oktyabrda 1 300-dən çox mina zərərsizləşdirilib",
      "ANAMA-nın məlumatına görə, oktyabr ayında Füzuli rayonunda 640 hektar ərazi minalardan və partlamamış hərbi sursatlardan təmizlənib. Bu müddətdə 1 214 piyada əleyhinə və 93 tank əleyhinə mina aşkarlanaraq zərərsizləşdirilib.")
C.one("kl3-tegh-case", "lookalike", "araratlur", 2, "10:00", "Տեղի մոտ կրակոցների առթիվ քրեական վարույթ է նախաձեռնվել",
      "Քննչական կոմիտեն քրեական վարույթ է նախաձեռնել Տեղ գյուղի մոտ երկուշաբթի տեղի ունեցած կրակոցների առթիվ, որոնց հետևանքով վիրավորվել էին երկու զինծառայող։ Նշանակվել են դատաբժշկական և բալիստիկ փորձաքննություններ։")
C.one("kl4-khankendi-school", "lookalike", "rusinform", 2, "09:30", "В Ханкенди открыли новую школу на 960 мест",
      "Во вторник в Ханкенди, который армяне называют Степанакертом, открылась новая общеобразовательная школа на 960 учеников. Здание построено за полтора года, сообщили в администрации города.")
C.one("kl5-fuzuli-airport", "lookalike", "asiamonitor", 1, "14:00", "Fuzuli airport adds weekly flights to Istanbul",
      "Fuzuli International Airport in Azerbaijan's Karabakh region will get a weekly service to Istanbul from December, operated by the carrier Caspian Wings, the airport said on Monday. It is the first scheduled international route from Fuzuli.")

# ---------------------------------------------------------------- Chinese
S("z1-luding-quake", [
    ("original", "huaxiawire", 1, "02:10", "四川甘孜州泸定县发生5.1级地震",
     "中国地震台网自动测定，11月2日10时08分在四川甘孜州泸定县发生5.1级地震，震源深度12千米。震中距泸定县城约20公里，成都等地震感明显，目前暂无人员伤亡报告。"),
    ("brief", "shenjiang", 1, "02:15", "快讯：四川泸定发生地震 成都震感明显",
     "据中国地震台网消息，今天上午10时08分，四川甘孜州泸定县发生5.1级地震。成都、雅安等地网友反映震感明显，具体情况仍在核实中。"),
    ("update", "jinlingbao", 1, "02:40", "更新：泸定地震正式测定为5.3级",
     "中国地震台网正式测定，2日上午发生在四川甘孜州泸定县的地震震级为5.3级，此前自动测定为5.1级，震源深度10千米。当地已启动四级应急响应，部分老旧房屋出现裂缝。"),
    ("rewrite", "lingnan", 1, "03:30", "甘孜泸定地震：震中附近房屋受损 暂无伤亡",
     "2日上午，四川甘孜藏族自治州泸定县发生地震，中国地震台网测定震级为5.1级。记者从当地应急管理部门获悉，震中附近磨西镇有少量房屋出现墙体开裂，暂未收到人员伤亡报告。"),
    ("translation", "asiamonitor", 1, "04:00", "Magnitude 5.1 quake strikes Luding county in China's Sichuan",
     "An earthquake of magnitude 5.1 struck Luding county in the Garze Tibetan prefecture of Sichuan province on Monday morning, the China Earthquake Networks Center said. Tremors were felt in Chengdu; no casualties were immediately reported."),
])
C.one("zl1-wushi-quake", "lookalike", "huaxiawire", 1, "06:30", "新疆阿克苏地区乌什县发生4.6级地震",
      "中国地震台网正式测定，11月2日14时25分在新疆阿克苏地区乌什县发生4.6级地震，震源深度15千米。当地应急管理部门正在了解灾情，暂无人员伤亡报告。")

S("z2-huachen-recall", [
    ("original", "huaxiawire", 2, "03:00", "华辰汽车召回12.6万辆纯电动车",
     "国家市场监督管理总局3日发布消息，华辰汽车有限公司将召回2023年至2025年生产的“星河”系列纯电动车共12.6万辆。部分车辆动力电池包密封不良，可能导致进水短路，存在安全隐患。"),
    ("cut", "shenjiang", 2, "04:00", "华辰召回“星河”12.6万辆：电池包可能进水", None),
    ("rewrite", "lingnan", 2, "05:10", "“星河”电动车存电池隐患 华辰汽车启动召回",
     "因动力电池包密封存在缺陷，华辰汽车将召回12.6万辆“星河”系列电动车，涉及2023年至2025年生产的车型。华辰汽车表示，将为车主免费更换密封组件，预计每辆车维修时间约两小时。"),
    ("translation", "nihonwire", 2, "06:00", "中国の華辰汽車、EV12万6000台をリコール",
     "中国の国家市場監督管理総局は3日、華辰汽車が電気自動車「星河」シリーズ12万6000台をリコールすると発表した。電池パックの密閉が不十分で、浸水によりショートするおそれがあるという。"),
])
C.one("zl2-huachen-president", "lookalike", "huaxiawire", 3, "02:00", "华辰汽车总裁王立新辞职",
      "华辰汽车4日上午公告，公司总裁王立新因个人原因辞去总裁职务，由董事长暂代其职责。公告未提及本周宣布的“星河”系列召回，公司股价早盘下跌3.2%。")

S("z3-shanghai-metro2", [
    ("original", "shenjiang", 3, "00:30", "上海地铁2号线早高峰故障 部分区段停运",
     "4日早高峰期间，上海地铁2号线因信号设备故障，静安寺站至龙阳路站区段列车停运约50分钟。地铁方面启动公交短驳，部分乘客改乘其他线路，9时20分起运营逐步恢复。"),
    ("rewrite", "jinlingbao", 3, "02:10", "信号故障致申城地铁2号线中断近一小时",
     "4日上午，上海地铁2号线因信号系统故障，静安寺至龙阳路区间暂停运营近一小时，大批通勤乘客受到影响。上海地铁称故障已经排除，列车运行恢复正常。"),
])
C.one("zl3-pudong-warehouse-fire", "lookalike", "lingnan", 3, "05:00", "上海浦东一物流仓库起火 无人员伤亡",
      "4日中午，上海浦东新区川沙新镇一处物流仓库发生火灾，消防部门调派20辆消防车到场处置，火势于一小时后得到控制。事故未造成人员伤亡，起火原因正在调查中。")
C.one("zs1-harbin-snow", "single", "jinlingbao", 2, "01:00", "哈尔滨迎来今冬首场大范围降雪",
      "3日凌晨起，黑龙江哈尔滨迎来今冬首场大范围降雪，市区积雪深度达8厘米。当地出动除雪车辆600余台，部分公交线路临时调整，中小学推迟一小时上课。")
for d, (title, summ) in enumerate([
    ("沪指收盘：上证指数11月2日收涨0.42%",
     "上证指数2日收报3326.15点，上涨0.42%；深证成指收报10512.33点，上涨0.67%。两市成交额合计1.12万亿元，电力设备板块领涨。"),
    ("沪指收盘：上证指数11月3日收跌0.18%",
     "上证指数3日收报3320.17点，下跌0.18%；深证成指收报10488.90点，下跌0.22%。两市成交额合计1.05万亿元，汽车板块走弱，华辰汽车跌4.1%。"),
    ("沪指收盘：上证指数11月4日收涨0.09%",
     "上证指数4日收报3323.16点，上涨0.09%；深证成指收报10501.45点，上涨0.12%。两市成交额合计0.98万亿元，半导体板块表现活跃。"),
], 1):
    C.one("zt-shcomp-d%d" % d, "template", "caijingkuai", d, "07:10", title, summ)

# ---------------------------------------------------------------- Japanese
S("j1-nishinari-fire", [
    ("original", "nihonwire", 1, "00:40", "大阪・西成区で住宅火災、2人死亡",
     "2日未明、大阪市西成区天下茶屋の木造2階建て住宅から出火し、約120平方メートルを全焼した。焼け跡から2人の遺体が見つかり、警察と消防は住人の高齢夫婦とみて身元の確認を進めている。"),
    ("rewrite", "toyoshimbun", 1, "02:00", "西成の木造住宅全焼、焼け跡から2遺体",
     "大阪市西成区天下茶屋で2日未明に起きた火災で、木造2階建て住宅が全焼し、焼け跡から性別不明の2人の遺体が見つかった。この家に住む80代の夫婦と連絡が取れていないという。"),
    ("update", "kansainippo", 1, "08:30", "【更新】西成区の住宅火災、死亡の2人は住人夫婦と判明",
     "大阪市西成区天下茶屋の住宅火災で、大阪府警は2日、焼け跡から見つかった2人の遺体をこの家に住む無職の男性（84）と妻（81）と確認したと発表した。出火原因を調べている。"),
    ("regional", "kansainippo", 2, "00:20", "西成区の住宅火災　死亡の2人は80代夫婦",
     "2日未明に大阪市西成区天下茶屋の木造住宅が全焼した火災で、死亡した2人は住人の84歳の男性と81歳の妻と確認された。警察が出火原因を調べている。"),
])
C.one("jl1-midosuji-outage", "lookalike", "kansainippo", 1, "03:00", "大阪メトロ御堂筋線、停電で一時運転見合わせ",
      "2日正午ごろ、大阪メトロ御堂筋線の梅田駅付近で停電が発生し、新大阪—天王寺間で約40分間運転を見合わせた。約3万人に影響が出たが、けが人はいなかった。")

S("j2-chiba-quake", [
    ("original", "nihonwire", 2, "01:20", "千葉県東方沖でM5.0、銚子市で震度4",
     "3日午前10時12分ごろ、千葉県東方沖を震源とする地震があり、銚子市と旭市で震度4を観測した。気象庁によると震源の深さは約40キロ、地震の規模はマグニチュード5.0と推定される。津波の心配はない。"),
    ("brief", "toyoshimbun", 2, "01:24", "【速報】千葉県で震度4　津波の心配なし",
     "3日午前10時12分ごろ、千葉県東方沖を震源とする地震があり、千葉県銚子市などで震度4の揺れを観測した。この地震による津波の心配はない。"),
    ("rewrite", "hokushin", 2, "03:00", "銚子で震度4　千葉県東方沖の地震、被害報告なし",
     "気象庁によると、3日午前の千葉県東方沖を震源とする地震の規模はM5.0、震源の深さは約40キロだった。最大震度4を観測した銚子市や旭市では、これまでに被害の報告はない。"),
])
C.one("jl2-ibaraki-quake", "lookalike", "kansainippo", 2, "06:00", "茨城県南部でM4.2、土浦市で震度3",
      "3日午後2時48分ごろ、茨城県南部を震源とする地震があり、土浦市とつくば市で震度3を観測した。震源の深さは約50キロ、地震の規模はマグニチュード4.2と推定される。")
C.one("jl3-chiba-quake-again", "lookalike", "nihonwire", 3, "00:50", "千葉県東方沖でまた地震、銚子市で震度3",
      "4日午前9時35分ごろ、千葉県東方沖を震源とするM4.1の地震があり、銚子市で震度3を観測した。同じ海域では3日にもM5.0の地震があり、気象庁は1週間程度は同程度の揺れに注意するよう呼びかけている。")
C.one("js1-asahikawa-snow", "single", "hokushin", 3, "02:30", "旭川で初雪、平年より8日遅く",
      "旭川地方気象台は4日、旭川市で初雪を観測したと発表した。平年より8日、昨年より5日遅い。市内では朝の最低気温が氷点下2度まで下がり、車のタイヤ交換を急ぐ人の姿が見られた。")
for d, (title, summ) in enumerate([
    ("東京の天気　2日（月）：晴れ、最高気温19度",
     "2日の東京地方は高気圧に覆われておおむね晴れ。最高気温は19度、最低気温は11度で、降水確率は午前、午後とも10％の見込み。朝晩は冷えるため上着があると安心。"),
    ("東京の天気　3日（火・祝）：曇りのち雨、最高気温16度",
     "3日の東京地方は低気圧の接近で曇り、夕方から雨の見込み。最高気温は16度、最低気温は12度で、降水確率は午前20％、午後60％。外出には傘を持っていくとよい。"),
    ("東京の天気　4日（水）：晴れ時々曇り、最高気温18度",
     "4日の東京地方は晴れ時々曇り。最高気温は18度、最低気温は10度で、降水確率は午前、午後とも10％の見込み。北風がやや強く、体感温度は低く感じられそう。"),
], 1):
    C.one("jt-tokyo-weather-d%d" % d, "template", "tenkinews", d, "00:05", title, summ)

# ---------------------------------------------------------------- Korean
S("ko1-busan-crane", [
    ("original", "hanbando", 1, "02:30", "부산항 신선대부두서 크레인 붕괴…작업자 1명 부상",
     "2일 오전 10시 50분께 부산 남구 신선대부두에서 컨테이너를 옮기던 대형 크레인 한 대가 무너졌다. 이 사고로 크레인 아래에서 작업하던 50대 하청업체 직원 1명이 다리를 다쳐 병원으로 옮겨졌고, 부두 하역 작업이 전면 중단됐다."),
    ("brief", "namhaeilbo", 1, "02:36", "[속보] 부산 신선대부두 크레인 넘어져…인명피해 확인 중",
     "2일 오전 부산 남구 신선대부두에서 대형 컨테이너 크레인이 넘어졌다는 신고가 들어와 소방당국이 출동했다. 소방당국은 현장에서 정확한 인명피해 규모를 확인하고 있다."),
    ("rewrite", "namhaeilbo", 1, "04:00", "무너진 갠트리 크레인…신선대부두 하역 멈춰",
     "부산항 신선대부두에서 2일 오전 컨테이너 하역용 갠트리 크레인이 붕괴해 하청 노동자 1명이 부상을 입었다. 부두 운영사는 사고 직후 모든 하역 작업을 중단했으며, 소방당국은 크레인 주변 추가 붕괴 위험을 점검하고 있다."),
    ("update", "hanbando", 1, "09:00", "[업데이트] 신선대부두 크레인 붕괴 부상자 3명으로 늘어",
     "2일 부산항 신선대부두에서 발생한 크레인 붕괴 사고의 부상자가 1명에서 3명으로 늘었다. 부산 남부소방서는 인근에서 작업하던 노동자 2명이 추가로 가벼운 부상을 입은 사실을 확인했다고 밝혔다."),
])
C.one("kol1-busan-subway", "lookalike", "namhaeilbo", 1, "06:30", "[속보] 부산 도시철도 1호선 한때 운행 중단…전력 장애",
      "2일 오후 3시 20분께 부산 도시철도 1호선 서면역 인근에서 전력 공급 장애가 발생해 노포∼다대포해수욕장 전 구간 열차 운행이 약 30분간 중단됐다. 승객들은 역에서 대기하거나 버스로 갈아탔다.")

S("ko2-hangyeol-q3", [
    ("original", "kyungjenews", 2, "00:30", "한결전자, 3분기 영업이익 32% 감소…반도체 부진",
     "한결전자는 3일 올해 3분기 연결 기준 영업이익이 4천120억원으로 지난해 같은 기간보다 32% 감소했다고 공시했다. 매출은 18조3천억원으로 2% 줄었으며, 메모리 반도체 가격 하락이 실적에 부담을 줬다. 회사는 4분기에도 수요 회복이 더딜 것으로 내다봤다."),
    ("rewrite", "hanbando", 2, "02:00", "메모리 값 하락에 발목…한결전자 3분기 이익 4천120억원",
     "한결전자가 메모리 반도체 가격 하락 여파로 3분기 영업이익 4천120억원을 기록했다고 3일 밝혔다. 이는 전년 동기 대비 32% 줄어든 수치로, 시장 예상치인 4천500억원에도 미치지 못했다."),
    ("cut", "namhaeilbo", 2, "03:00", "한결전자 3분기 영업익 32%↓…매출 18조3천억원", None),
])
C.one("kol2-hangyeol-recall", "lookalike", "kyungjenews", 3, "01:00", "한결전자, 보조배터리 8만대 자발적 리콜",
      "한결전자는 4일 발열 위험이 확인된 보조배터리 제품 8만 대를 자발적으로 리콜한다고 밝혔다. 회사는 충전 중 과열 신고가 12건 접수됐다며, 구매 고객에게 사용 중지를 당부하고 무상 교환을 진행하기로 했다.")
C.one("kos1-seoul-first-ice", "single", "hanbando", 3, "00:10", "서울 올가을 첫 얼음…평년보다 열흘 빨라",
      "기상청은 4일 아침 서울의 최저기온이 영하 0.4도까지 떨어지면서 올가을 첫 얼음이 관측됐다고 밝혔다. 이는 평년보다 열흘가량 빠른 것으로, 서울 곳곳에서 첫서리도 함께 관측됐다.")
for d, (title, summ) in enumerate([
    ("코스피 마감: 2일 2,615.32…0.80% 상승",
     "2일 코스피는 전 거래일보다 20.71포인트(0.80%) 오른 2,615.32에 장을 마쳤다. 외국인이 2천800억원어치를 순매수하며 상승을 이끌었고, 코스닥은 0.5% 오른 752.18로 장을 마감했다."),
    ("코스피 마감: 3일 2,598.07…0.66% 하락",
     "3일 코스피는 전 거래일보다 17.25포인트(0.66%) 내린 2,598.07에 마감했다. 한결전자가 실적 부진에 4.2% 급락하며 지수를 끌어내렸고, 코스닥은 0.3% 내린 749.90으로 마감했다."),
    ("코스피 마감: 4일 2,604.55…0.25% 상승",
     "4일 코스피는 전 거래일보다 6.48포인트(0.25%) 오른 2,604.55에 거래를 마쳤다. 기관이 1천500억원어치를 순매수하며 지수를 떠받쳤고, 코스닥은 0.4% 오른 752.90으로 장을 마감했다."),
], 1):
    C.one("kot-kospi-d%d" % d, "template", "kyungjenews", d, "06:40", title, summ)

# ---------------------------------------------------------------- Arabic
S("a1-ataba-fire", [
    ("original", "nilepost", 1, "07:30", "حريق هائل في سوق العتبة بوسط القاهرة",
     "اندلع حريق هائل صباح الاثنين في عدد من المحلات التجارية بسوق العتبة في وسط القاهرة، ودفعت الحماية المدنية بـ15 سيارة إطفاء إلى موقع الحادث. ولم تُسجّل إصابات حتى الآن، فيما أُخليت العقارات المجاورة احترازيًا."),
    ("brief", "arabwire", 1, "07:45", "عاجل: حريق في سوق العتبة بالقاهرة وسيارات الإطفاء تهرع إلى المكان",
     "اندلع حريق في محلات تجارية بسوق العتبة وسط القاهرة صباح الاثنين، وتوجهت سيارات الإطفاء إلى المكان للسيطرة على النيران، ولا معلومات بعد عن وقوع إصابات."),
    ("rewrite", "qahirapress", 1, "09:00", "النيران تلتهم محلات في العتبة.. والحماية المدنية تحاصر الحريق",
     "التهمت النيران صباح الاثنين عشرات المحلات التجارية في منطقة العتبة بوسط القاهرة، وتعمل 15 سيارة إطفاء على محاصرة الحريق ومنع امتداده إلى المباني السكنية المجاورة. ولم يُبلَّغ عن ضحايا."),
    ("update", "nilepost", 1, "12:10", "تحديث: السيطرة على حريق سوق العتبة دون إصابات",
     "أعلنت الحماية المدنية السيطرة على الحريق الذي اندلع صباح الاثنين في سوق العتبة بوسط القاهرة، بعد نحو أربع ساعات من جهود الإطفاء. وأسفر الحريق عن احتراق 23 محلًا تجاريًا دون وقوع إصابات بشرية، وبدأت أعمال التبريد."),
])
C.one("al1-cairo-metro-line1", "lookalike", "qahirapress", 1, "13:00", "عاجل: توقف مؤقت للخط الأول لمترو القاهرة بسبب عطل فني",
      "توقفت حركة القطارات على الخط الأول لمترو القاهرة بين محطتي السادات وحلوان لمدة 45 دقيقة ظهر الاثنين بسبب عطل فني في الإشارات، قبل أن تعود الحركة تدريجيًا، وفق الشركة المصرية لإدارة وتشغيل المترو.")
S("a2-egypt-inflation", [
    ("original", "arabwire", 2, "08:00", "التضخم السنوي في مصر يتراجع إلى 12.1% في أكتوبر",
     "أعلن الجهاز المركزي للتعبئة العامة والإحصاء يوم الثلاثاء أن معدل التضخم السنوي لأسعار المستهلكين في المدن المصرية تراجع إلى 12.1% في أكتوبر، مقابل 12.8% في سبتمبر، مدعومًا بتباطؤ ارتفاع أسعار الطعام والمشروبات."),
    ("rewrite", "nilepost", 2, "09:30", "تباطؤ التضخم في المدن المصرية إلى ١٢٫١٪ خلال أكتوبر",
     "سجّل معدل التضخم السنوي في الحضر المصري ١٢٫١٪ خلال شهر أكتوبر، نزولًا من ١٢٫٨٪ في سبتمبر، بحسب بيانات الجهاز المركزي للتعبئة العامة والإحصاء الصادرة الثلاثاء، وسط تراجع وتيرة زيادة أسعار الغذاء."),
    ("cut", "qahirapress", 2, "10:00", "الإحصاء: التضخم في مصر ينخفض إلى 12.1%", None),
    ("translation", "levantledger", 2, "11:00", "Egypt's urban inflation eases to 12.1% in October",
     "Annual urban consumer price inflation in Egypt slowed to 12.1% in October from 12.8% in September, the state statistics agency CAPMAS said on Tuesday, helped by a slower rise in food prices."),
])
C.one("al2-jordan-inflation", "lookalike", "arabwire", 2, "10:30", "التضخم السنوي في الأردن يرتفع إلى 1.8% في أكتوبر",
      "أظهرت بيانات دائرة الإحصاءات العامة الأردنية يوم الثلاثاء أن معدل التضخم السنوي ارتفع إلى 1.8% في أكتوبر مقارنة بـ1.6% في سبتمبر، مدفوعًا بزيادة أسعار الوقود والإيجارات.")
C.one("al3-ataba-inquiry", "lookalike", "nilepost", 3, "08:00", "النيابة العامة تفتح تحقيقًا في حريق سوق العتبة",
      "أمرت النيابة العامة يوم الأربعاء بفتح تحقيق في أسباب حريق سوق العتبة الذي أتى على 23 محلًا تجاريًا، وانتداب خبراء الأدلة الجنائية لمعاينة الموقع، وطلبت تحريات المباحث حول ملابسات الحادث.")
C.one("as1-tangier-med-record", "single", "maghrebtoday", 3, "11:00", "ميناء طنجة المتوسط يسجل رقمًا قياسيًا في حركة الحاويات خلال أكتوبر",
      "أعلنت سلطة ميناء طنجة المتوسط يوم الأربعاء أن الميناء عالج أكثر من 960 ألف حاوية نمطية خلال شهر أكتوبر، وهو أعلى رقم شهري منذ افتتاحه، بزيادة 9% على أساس سنوي.")

# ---------------------------------------------------------------- Persian
S("f1-damavand-quake", [
    ("original", "tehranpayam", 1, "04:10", "زلزله ۴٫۸ ریشتری حوالی دماوند را لرزاند",
     "زمین‌لرزه‌ای به بزرگی ۴٫۸ ریشتر صبح دوشنبه حوالی شهر دماوند در استان تهران را لرزاند. به گزارش مرکز لرزه‌نگاری کشوری، عمق این زلزله ۱۰ کیلومتر بود و در تهران نیز احساس شد."),
    ("brief", "farsnameh", 1, "04:20", "فوری: زلزله در دماوند؛ تهران لرزید",
     "دقایقی پیش زمین‌لرزه‌ای نسبتاً شدید حوالی دماوند رخ داد و ساکنان تهران نیز آن را احساس کردند. جزئیات بیشتر درباره بزرگی زلزله و خسارت‌های احتمالی به‌زودی منتشر می‌شود."),
    ("rewrite", "khazarkhabar", 1, "06:00", "دماوند با زمین‌لرزه 4.8 ریشتری لرزید",
     "مرکز لرزه‌نگاری مؤسسه ژئوفیزیک دانشگاه تهران بزرگی زلزله صبح امروز دماوند را 4.8 ریشتر اعلام کرد. این زمین‌لرزه در عمق ده کیلومتری زمین رخ داد و مردم در شرق تهران و شهرهای پردیس و بومهن آن را حس کردند."),
    ("update", "tehranpayam", 1, "10:30", "به‌روزرسانی: زلزله دماوند تلفات جانی نداشت؛ ۱۴ واحد مسکونی آسیب دید",
     "رئیس جمعیت هلال‌احمر استان تهران اعلام کرد زلزله ۴٫۸ ریشتری صبح دوشنبه در دماوند تلفات جانی نداشته است. بر اساس ارزیابی اولیه، ۱۴ واحد مسکونی روستایی دچار ترک‌خوردگی شده و دو واحد نیاز به بازسازی دارد."),
])
C.one("fl1-ravar-quake", "lookalike", "farsnameh", 1, "09:00", "زلزله ۴٫۲ ریشتری راور در استان کرمان را لرزاند",
      "زمین‌لرزه‌ای به بزرگی ۴٫۲ ریشتر ظهر دوشنبه حوالی شهر راور در استان کرمان رخ داد. به گزارش مرکز لرزه‌نگاری کشوری، عمق این زلزله هشت کیلومتر بود و تاکنون گزارشی از خسارت نرسیده است.")
C.one("fl3-damavand-aftershock", "lookalike", "tehranpayam", 2, "01:30", "پس‌لرزه ۳٫۹ ریشتری بار دیگر دماوند را لرزاند",
      "بامداد سه‌شنبه پس‌لرزه‌ای به بزرگی ۳٫۹ ریشتر حوالی دماوند رخ داد. مرکز لرزه‌نگاری کشوری اعلام کرد از زمان زلزله ۴٫۸ ریشتری دوشنبه تاکنون ۲۷ پس‌لرزه در این منطقه ثبت شده است.")
S("f2-tehran-schools-pollution", [
    ("original", "tehranpayam", 2, "14:00", "مدارس تهران فردا به دلیل آلودگی هوا غیرحضوری شد",
     "استانداری تهران اعلام کرد به دلیل تداوم آلودگی هوا و رسیدن شاخص کیفیت هوا به ۱۶۵، همه مدارس و دانشگاه‌های استان تهران روز چهارشنبه به‌صورت غیرحضوری برگزار می‌شوند. ادارات نیز با ظرفیت پنجاه درصد فعالیت خواهند کرد."),
    ("rewrite", "khazarkhabar", 2, "15:30", "هوای ناسالم؛ آموزش در پایتخت چهارشنبه مجازی است",
     "با رسیدن شاخص آلودگی هوای پایتخت به ۱۶۵ و وضعیت ناسالم برای همه گروه‌ها، کلاس‌های مدارس و دانشگاه‌های استان تهران چهارشنبه به‌صورت مجازی برگزار خواهد شد. کارمندان ادارات دولتی هم نیمی حضوری کار می‌کنند."),
    ("regional", "farsnameh", 3, "03:00", "مدارس تهران امروز غیرحضوری است",
     "به دلیل آلودگی هوا، مدارس و دانشگاه‌های استان تهران امروز چهارشنبه غیرحضوری هستند و ادارات با نیمی از کارکنان کار می‌کنند. شاخص کیفیت هوای تهران دیروز به ۱۶۵ رسیده بود."),
])
C.one("fl2-tehran-metro-line4", "lookalike", "khazarkhabar", 2, "08:00", "اختلال در خط ۴ متروی تهران؛ قطارها با تأخیر حرکت کردند",
      "صبح سه‌شنبه به دلیل نقص فنی یک قطار در ایستگاه فردوسی، حرکت قطارهای خط ۴ متروی تهران حدود ۴۰ دقیقه با تأخیر انجام شد. شرکت بهره‌برداری متروی تهران اعلام کرد مشکل برطرف شده است.")
C.one("fs1-ardabil-snow", "single", "khazarkhabar", 3, "05:00", "نخستین برف پاییزی ارتفاعات اردبیل را سفیدپوش کرد",
      "نخستین برف پاییزی امسال بامداد چهارشنبه ارتفاعات استان اردبیل و گردنه حیران را سفیدپوش کرد. پلیس راه از رانندگان خواست تنها با زنجیر چرخ در این محورها تردد کنند.")

# ---------------------------------------------------------------- Hebrew
S("h1-haifa-port-fire", [
    ("original", "hadoar", 1, "06:30", "שריפה גדולה פרצה במחסן בנמל חיפה",
     "שריפה גדולה פרצה הבוקר במחסן לוגיסטי בתחום נמל חיפה, ועשרה צוותי כבאות והצלה פועלים במקום. לפי הדיווחים אין נפגעים, אך עשן סמיך מיתמר מעל מפרץ חיפה והתושבים התבקשו לסגור חלונות."),
    ("brief", "yomonline", 1, "06:40", "מבזק: שריפה במחסן בנמל חיפה, כוחות כיבוי רבים בדרך",
     "שריפה פרצה לפני זמן קצר במחסן בנמל חיפה. צוותי כבאות והצלה רבים הוזנקו למקום, ועמוד עשן גבוה נראה למרחוק מכל רחבי הקריות. אין דיווח על נפגעים."),
    ("copy", "tzafonnews", 1, "07:10", "שריפה גדולה במחסן בנמל חיפה", None),
    ("rewrite", "haifanews", 1, "08:00", "עשן שחור מעל המפרץ: מחסן בנמל עלה באש",
     "מחסן לוגיסטי בנמל חיפה עלה הבוקר באש, ועשרה צוותי כיבוי נלחמים בלהבות. עשן שחור כיסה את מפרץ חיפה, ורשות הכבאות המליצה לתושבי הקריות ובת גלים להישאר בבתים ולסגור חלונות."),
    ("update", "hadoar", 1, "13:30", "עדכון: השריפה בנמל חיפה כובתה, המחסן נשרף כליל",
     "לוחמי האש השלימו את כיבוי השריפה שפרצה בבוקר במחסן בנמל חיפה, לאחר כשש שעות של מאמצים. המחסן, ששימש לאחסון חלקי רכב, נשרף כליל, ואיש לא נפגע."),
])
C.one("hl1-carmelit-stoppage", "lookalike", "haifanews", 1, "10:00", "הכרמלית הושבתה בשל תקלה חשמלית",
      "הכרמלית בחיפה הושבתה הבוקר בשל תקלה במערכת החשמל ליד תחנת מסדה. חברת יפה נוף הודיעה כי הופעלו אוטובוסים חלופיים בין כיכר פריז לגן האם, וכי התקלה צפויה להיות מתוקנת עד הערב.")
S("h2-boi-rate-hold", [
    ("original", "hadoar", 2, "14:00", "בנק ישראל הותיר את הריבית ללא שינוי ברמה של 4%",
     "הוועדה המוניטרית של בנק ישראל החליטה היום להותיר את הריבית ללא שינוי ברמה של 4%, בהתאם לציפיות. בהודעה נמסר כי קצב האינפלציה אמנם התמתן, אך סביבת אי-הוודאות עדיין גבוהה ומחייבת זהירות."),
    ("rewrite", "yomonline", 2, "14:30", "הריבית נשארת 4%: ההחלטה החדשה של בנק ישראל",
     "בנק ישראל הודיע היום כי הריבית תישאר ברמה של 4%, ללא שינוי לעומת ההחלטה הקודמת. כלכלנים העריכו מראש שהוועדה לא תמהר להוריד את הריבית בשל אי-הוודאות הגבוהה במשק."),
    ("cut", "haifanews", 2, "15:00", "בלי הפתעות: הריבית בישראל נותרה 4%", None),
    ("translation", "levantledger", 2, "15:10", "Bank of Israel holds key rate at 4%",
     "The Bank of Israel's monetary committee kept its benchmark interest rate unchanged at 4% on Tuesday, as expected, saying that although inflation had eased, uncertainty remained high and called for caution."),
])
C.one("hl2-boi-governor-housing", "lookalike", "yomonline", 3, "08:00", "נגיד בנק ישראל: מחירי הדיור ימשיכו לעלות בקצב מתון",
      "נגיד בנק ישראל אמר היום בכנס נדל״ן בתל אביב כי מחירי הדיור צפויים להמשיך לעלות בקצב מתון בשנה הקרובה, וקרא לממשלה להאיץ את שיווק הקרקעות למגורים.")
C.one("hs1-first-rain-north", "single", "haifanews", 3, "04:30", "הגשם הראשון של העונה ירד בגליל ובגולן",
      "הגשם הראשון של העונה ירד הלילה בגליל ובגולן, ובאזור הכנרת נמדדו 12 מילימטרים. השירות המטאורולוגי צופה המשך ממטרים מקומיים בצפון עד סוף השבוע.")

# ---------------------------------------------------------------- Greek
S("g1-rhodes-floods", [
    ("original", "athinaiki", 1, "06:00", "Κακοκαιρία: πλημμύρες στη Ρόδο, εγκλωβισμένοι σε σπίτια και αυτοκίνητα",
     "Ισχυρές βροχοπτώσεις έπληξαν από τα ξημερώματα της Δευτέρας τη Ρόδο, προκαλώντας πλημμύρες σε Ιαλυσό, Κρεμαστή και Φαληράκι. Η Πυροσβεστική απεγκλώβισε 27 άτομα από σπίτια και οχήματα, ενώ τα σχολεία του νησιού παραμένουν κλειστά."),
    ("brief", "aigaionews", 1, "06:10", "ΕΚΤΑΚΤΟ: Πλημμύρες στη Ρόδο, κλειστά τα σχολεία",
     "Σε κατάσταση συναγερμού βρίσκεται η Ρόδος λόγω των έντονων βροχοπτώσεων που πλημμύρισαν δρόμους και σπίτια. Κλειστά παραμένουν σήμερα όλα τα σχολεία του νησιού, σύμφωνα με απόφαση του δήμου."),
    ("rewrite", "voreiapost", 1, "08:00", "Το νησί των Ιπποτών κάτω από το νερό: 27 απεγκλωβισμοί",
     "Πλημμυρισμένοι δρόμοι, εγκλωβισμένοι οδηγοί και σπίτια με νερό ως το γόνατο: η κακοκαιρία χτύπησε τη Δευτέρα τη Ρόδο. Οι πυροσβέστες απεγκλώβισαν 27 ανθρώπους σε Ιαλυσό, Κρεμαστή και Φαληράκι."),
    ("update", "athinaiki", 1, "15:00", "ΕΝΗΜΕΡΩΣΗ: Πάνω από 300 σπίτια πλημμύρισαν στη Ρόδο",
     "Σε περισσότερα από 300 ανέρχονται τα σπίτια και τα καταστήματα που πλημμύρισαν στη Ρόδο, σύμφωνα με νεότερη καταγραφή του δήμου. Οι βροχές εξασθένησαν το απόγευμα, ενώ συνεργεία αντλούν νερά σε Ιαλυσό και Κρεμαστή."),
    ("regional", "aigaionews", 2, "05:00", "Ρόδος: μετρούν τις ζημιές μετά τις πλημμύρες",
     "Πάνω από 300 σπίτια και καταστήματα πλημμύρισαν στη Ρόδο από την κακοκαιρία της Δευτέρας. Οι πυροσβέστες έκαναν 27 απεγκλωβισμούς, και τα σχολεία του νησιού ανοίγουν ξανά σήμερα."),
])
C.one("gl1-rhodes-ferry-fault", "lookalike", "aigaionews", 1, "10:00", "Ρόδος: μηχανική βλάβη στο πλοίο «Αστέρι του Αιγαίου», ταλαιπωρία για 400 επιβάτες",
      "Με μηχανική βλάβη έμεινε τη Δευτέρα στο λιμάνι της Ρόδου το επιβατηγό πλοίο «Αστέρι του Αιγαίου», με 400 επιβάτες για τον Πειραιά. Το Λιμεναρχείο απαγόρευσε τον απόπλου μέχρι την αποκατάσταση της βλάβης.")
C.one("gl3-rhodes-emergency", "lookalike", "athinaiki", 2, "11:00", "Σε κατάσταση έκτακτης ανάγκης κηρύχθηκε η Ρόδος",
      "Η Γενική Γραμματεία Πολιτικής Προστασίας κήρυξε την Τρίτη τη Ρόδο σε κατάσταση έκτακτης ανάγκης πολιτικής προστασίας για τρεις μήνες, μετά τις πλημμύρες της Δευτέρας, ώστε να επισπευσθούν οι αποζημιώσεις.")
S("g2-crete-quake", [
    ("original", "athinaiki", 2, "03:20", "Σεισμός 4,7 Ρίχτερ νότια της Κρήτης",
     "Σεισμική δόνηση μεγέθους 4,7 Ρίχτερ σημειώθηκε στις 05:12 της Τρίτης στη θαλάσσια περιοχή νότια της Ιεράπετρας, σύμφωνα με το Γεωδυναμικό Ινστιτούτο. Ο σεισμός έγινε αισθητός σε όλη την ανατολική Κρήτη, χωρίς αναφορές για ζημιές."),
    ("rewrite", "voreiapost", 2, "05:00", "Ταρακούνησε την ανατολική Κρήτη σεισμός 4,7 Ρίχτερ",
     "Αισθητός σε Ιεράπετρα, Άγιο Νικόλαο και Σητεία έγινε ο σεισμός των 4,7 Ρίχτερ που καταγράφηκε τα ξημερώματα της Τρίτης στη θάλασσα νότια της Κρήτης. Δεν υπάρχουν αναφορές για ζημιές ή τραυματισμούς."),
    ("update", "aigaionews", 2, "08:00", "ΕΝΗΜΕΡΩΣΗ: Στα 4,9 Ρίχτερ αναθεωρήθηκε ο σεισμός νότια της Κρήτης",
     "Το Γεωδυναμικό Ινστιτούτο αναθεώρησε στα 4,9 Ρίχτερ το μέγεθος του σεισμού που σημειώθηκε την Τρίτη το πρωί νότια της Ιεράπετρας, από 4,7 αρχικά. Το εστιακό βάθος υπολογίζεται στα 18 χιλιόμετρα."),
])
C.one("gl2-zakynthos-quake", "lookalike", "athinaiki", 2, "13:00", "Σεισμός 4,1 Ρίχτερ στη Ζάκυνθο",
      "Σεισμός μεγέθους 4,1 Ρίχτερ σημειώθηκε το μεσημέρι της Τρίτης στη θαλάσσια περιοχή δυτικά της Ζακύνθου, σύμφωνα με το Γεωδυναμικό Ινστιτούτο. Έγινε αισθητός στο νησί, χωρίς να προκαλέσει ζημιές.")
for d, (title, summ) in enumerate([
    ("Χρηματιστήριο Αθηνών: ο Γενικός Δείκτης έκλεισε στις 1.612,45 μονάδες (+0,54%)",
     "Με άνοδο 0,54% έκλεισε τη Δευτέρα ο Γενικός Δείκτης του Χρηματιστηρίου Αθηνών, στις 1.612,45 μονάδες. Ο τζίρος ανήλθε σε 152,3 εκατομμύρια ευρώ, με τις τράπεζες να οδηγούν την άνοδο."),
    ("Χρηματιστήριο Αθηνών: ο Γενικός Δείκτης έκλεισε στις 1.598,20 μονάδες (-0,88%)",
     "Με πτώση 0,88% έκλεισε την Τρίτη ο Γενικός Δείκτης του Χρηματιστηρίου Αθηνών, στις 1.598,20 μονάδες. Ο τζίρος ανήλθε σε 168,9 εκατομμύρια ευρώ, με πιέσεις στις τράπεζες και στην ενέργεια."),
    ("Χρηματιστήριο Αθηνών: ο Γενικός Δείκτης έκλεισε στις 1.604,71 μονάδες (+0,41%)",
     "Με άνοδο 0,41% έκλεισε την Τετάρτη ο Γενικός Δείκτης του Χρηματιστηρίου Αθηνών, στις 1.604,71 μονάδες. Ο τζίρος ανήλθε σε 139,6 εκατομμύρια ευρώ, με κέρδη στις κατασκευές."),
], 1):
    C.one("gt-athex-d%d" % d, "template", "agoragr", d, "15:30", title, summ)

# ---------------------------------------------------------------- Turkish
S("tr1-goksun-quake", [
    ("original", "anadoluekspres", 1, "05:30", "Kahramanmaraş'ın Göksun ilçesinde 4,6 büyüklüğünde deprem",
     "AFAD'ın açıklamasına göre Kahramanmaraş'ın Göksun ilçesinde saat 08.24'te 4,6 büyüklüğünde deprem meydana geldi. Yerin 7 kilometre derinliğinde gerçekleşen deprem Malatya ve Kayseri'den de hissedildi; ilk belirlemelere göre can kaybı ya da hasar bulunmuyor."),
    ("brief", "bogazpost", 1, "05:35", "SON DAKİKA: Kahramanmaraş'ta 4,6 büyüklüğünde deprem",
     "AFAD, Kahramanmaraş'ın Göksun ilçesinde 4,6 büyüklüğünde deprem meydana geldiğini duyurdu. Deprem çevre illerde de hissedildi, ayrıntılar gelecek. Vatandaşlar kısa süreli panik yaşayarak sokağa çıktı."),
    ("rewrite", "kafkashaber", 1, "07:00", "Göksun 4,6 ile sallandı, vatandaşlar sokağa döküldü",
     "Kahramanmaraş'a bağlı Göksun'da sabah saatlerinde yaşanan 4,6 büyüklüğündeki deprem kısa süreli paniğe neden oldu. Valilik, AFAD ekiplerinin köylerde inceleme yaptığını ve şu ana kadar olumsuz bir durum bildirilmediğini açıkladı."),
    ("update", "anadoluekspres", 1, "09:30", "GÜNCELLEME: Göksun depreminin büyüklüğü 4,8 olarak revize edildi",
     "AFAD, Kahramanmaraş'ın Göksun ilçesinde sabah meydana gelen depremin büyüklüğünü 4,6'dan 4,8'e revize etti. Yapılan saha taramalarında iki köyde eski kerpiç evlerde hafif çatlaklar tespit edildi, can kaybı bulunmuyor."),
])
C.one("trl1-ayvacik-quake", "lookalike", "bogazpost", 1, "11:00", "SON DAKİKA: Çanakkale Ayvacık açıklarında 4,1 büyüklüğünde deprem",
      "AFAD verilerine göre Ege Denizi'nde, Çanakkale'nin Ayvacık ilçesi açıklarında saat 13.47'de 4,1 büyüklüğünde deprem meydana geldi. Deprem Ayvacık ve Midilli'de hissedildi, herhangi bir hasar bildirilmedi.")
C.one("trl3-goksun-aftershock", "lookalike", "kafkashaber", 2, "02:00", "Göksun'da 3,9 büyüklüğünde artçı deprem",
      "Kahramanmaraş'ın Göksun ilçesinde salı sabaha karşı 3,9 büyüklüğünde bir deprem daha meydana geldi. AFAD, pazartesi günkü 4,8'lik depremin ardından bölgede 40'tan fazla artçı sarsıntı kaydedildiğini bildirdi.")
S("tr2-marmaray-fault", [
    ("original", "bogazpost", 2, "04:30", "Marmaray'da arıza: Ayrılık Çeşmesi–Kazlıçeşme arası seferler durdu",
     "Marmaray'da sabah saatlerinde meydana gelen elektrik arızası nedeniyle Ayrılık Çeşmesi ile Kazlıçeşme istasyonları arasında seferler durduruldu. TCDD Taşımacılık, yolcuların alternatif toplu taşıma araçlarını kullanmasını istedi; binlerce kişi işe geç kaldı."),
    ("rewrite", "anadoluekspres", 2, "06:00", "Boğaz'ın altındaki hatta elektrik kesintisi, İstanbul'da sabah çilesi",
     "İstanbul'da Avrupa ve Asya yakalarını bağlayan Marmaray hattında salı sabahı yaşanan elektrik arızası, Ayrılık Çeşmesi–Kazlıçeşme arasındaki seferleri durdurdu. Metrobüs duraklarında ve vapur iskelelerinde uzun kuyruklar oluştu."),
    ("update", "bogazpost", 2, "09:00", "GÜNCELLEME: Marmaray seferleri normale döndü",
     "Sabah saatlerinde meydana gelen elektrik arızası nedeniyle durdurulan Marmaray seferleri, yaklaşık dört saat sonra yeniden başladı. TCDD Taşımacılık, arızanın Sirkeci yakınlarındaki bir trafo merkezinden kaynaklandığını açıkladı."),
])
C.one("trl2-kadikoy-bus-fire", "lookalike", "kafkashaber", 2, "10:00", "İstanbul Kadıköy'de İETT otobüsü alev alev yandı",
      "İstanbul Kadıköy'de seyir halindeki bir İETT otobüsünde motor bölümünden çıkan yangın kısa sürede tüm araca yayıldı. Şoförün uyarısıyla 30 yolcu otobüsten tahliye edildi, yaralanan olmadı.")

# ---------------------------------------------------------------- Russian
S("r1-novosibirsk-heating", [
    ("original", "sibvedomosti", 1, "01:30", "В Новосибирске из-за прорыва теплотрассы без отопления остались 180 домов",
     "В понедельник утром в Ленинском районе Новосибирска произошел прорыв магистральной теплотрассы на улице Станиславского. Без отопления и горячей воды остались 180 жилых домов, 12 школ и детских садов, сообщили в мэрии."),
    ("brief", "rusinform", 1, "01:45", "СРОЧНО: прорыв теплотрассы в Новосибирске, 180 домов без тепла",
     "В Ленинском районе Новосибирска прорвало магистральную теплотрассу, отопление отключено в 180 жилых домах. На месте работают аварийные бригады, сроки восстановления уточняются."),
    ("rewrite", "obvestnik", 1, "04:00", "Ленинский район замерзает: авария на теплотрассе на Станиславского",
     "Авария на магистральной теплотрассе на улице Станиславского оставила без тепла 180 многоквартирных домов Ленинского района Новосибирска. На улице минус двенадцать, коммунальщики обещают дать тепло к утру вторника."),
    ("update", "sibvedomosti", 2, "02:00", "ОБНОВЛЕНО 1-Отопление в Ленинском районе Новосибирска восстановлено",
     "Подача тепла в 180 домов Ленинского района Новосибирска, отключенных после прорыва теплотрассы на улице Станиславского, полностью восстановлена к утру вторника. Поврежденный участок трубы длиной 12 метров заменен, сообщили в мэрии."),
])
C.one("rl1-novosibirsk-bus-crash", "lookalike", "obvestnik", 1, "07:00", "В Новосибирске рейсовый автобус столкнулся с грузовиком, пострадали шесть человек",
      "В понедельник на Северном проезде в Новосибирске рейсовый автобус столкнулся с грузовиком. Шесть пассажиров получили травмы и доставлены в больницы, обстоятельства аварии выясняет Госавтоинспекция.")
C.one("rl2-novosibirsk-prosecutor", "lookalike", "rusinform", 2, "06:00", "Прокуратура начала проверку после аварии на теплотрассе в Новосибирске",
      "Прокуратура Новосибирска начала проверку после прорыва теплотрассы на улице Станиславского, из-за которого 180 домов сутки оставались без отопления. Проверят, как теплоснабжающая компания готовилась к отопительному сезону.")
S("r2-kazan-mall-roof", [
    ("original", "rusinform", 2, "09:00", "В Казани обрушилась часть кровли торгового центра",
     "Во вторник в Казани в торговом центре «Волжский пассаж» на улице Восстания обрушилась часть кровли площадью около 200 квадратных метров. Пострадали три человека, из здания эвакуированы около 800 посетителей и сотрудников."),
    ("brief", "kazanday", 2, "09:05", "СРОЧНО: в Казани рухнула крыша торгового центра",
     "В торговом центре «Волжский пассаж» в Казани обрушилась часть крыши, есть пострадавшие. Из здания эвакуируют людей, на месте работают спасатели МЧС."),
    ("rewrite", "nasheslovo", 2, "11:00", "Обрушение в «Волжском пассаже»: трое пострадавших, 800 человек эвакуированы",
     "В казанском торговом центре «Волжский пассаж» во вторник рухнул участок кровли около 200 квадратных метров. По данным МЧС Татарстана, пострадали три человека, из здания вывели 800 человек."),
    ("update", "kazanday", 2, "15:00", "ОБНОВЛЕНО 1-Число пострадавших при обрушении в казанском ТЦ выросло до семи",
     "Число пострадавших при обрушении кровли торгового центра «Волжский пассаж» в Казани выросло до семи, двое из них госпитализированы, сообщил минздрав Татарстана. Обрушение произошло днем над фуд-кортом на третьем этаже."),
    ("regional", "kratkoinfo", 3, "05:10", "Коротко: в Казани при обрушении кровли ТЦ пострадали семь человек",
     "Во вторник в Казани в торговом центре «Волжский пассаж» обрушился участок кровли площадью около 200 квадратных метров. Пострадали семь человек, эвакуированы 800 посетителей и сотрудников."),
])
C.one("rl3-perm-warehouse-roof", "lookalike", "sibvedomosti", 2, "12:00", "В Перми обрушилась кровля складского комплекса",
      "Во вторник в Перми на улице Героев Хасана обрушилась часть кровли складского комплекса. По данным МЧС, пострадавших нет, площадь обрушения составила около 300 квадратных метров.")

# ---------------------------------------------------------------- Georgian
S("ka1-saburtalo-fire", [
    ("original", "sakinfo", 1, "05:30", "საბურთალოზე მრავალსართულიან კორპუსში ხანძარი გაჩნდა, 40 ადამიანი ევაკუირებულია",
     "თბილისში, საბურთალოზე, ვაჟა-ფშაველას გამზირზე მდებარე 16-სართულიან საცხოვრებელ კორპუსში ორშაბათს დილით ხანძარი გაჩნდა. საგანგებო სიტუაციების მართვის სამსახურის ინფორმაციით, შენობიდან 40 ადამიანი ევაკუირებულია, დაშავებულების შესახებ ინფორმაცია არ არის."),
    ("rewrite", "tbilisidghes", 1, "07:00", "ვაჟა-ფშაველაზე კორპუსი იწვის: მაცხოვრებლები გარეთ გამოიყვანეს",
     "ვაჟა-ფშაველას გამზირზე 16-სართულიან კორპუსში ხანძრის გამო მეხანძრე-მაშველებმა 40 მაცხოვრებელი გამოიყვანეს. ცეცხლი მეცხრე სართულზე, ერთ-ერთ ბინაში გაჩნდა, ადგილზე ათი სახანძრო ბრიგადა მუშაობს."),
    ("update", "kartlipress", 1, "10:00", "განახლება: საბურთალოზე ხანძარი ლოკალიზებულია",
     "საგანგებო სიტუაციების მართვის სამსახურის ცნობით, ვაჟა-ფშაველას გამზირზე, 16-სართულიან კორპუსში გაჩენილი ხანძარი ლოკალიზებულია. ცეცხლი მხოლოდ ერთ ბინაში გავრცელდა, მსხვერპლი და დაშავებული არ არის, მაცხოვრებლები სახლებში ბრუნდებიან."),
    ("regional", "tbilisidghes", 2, "04:00", "საბურთალოს ხანძარი: დაზიანდა ერთი ბინა, მსხვერპლი არ არის",
     "ორშაბათს საბურთალოზე, ვაჟა-ფშაველას გამზირის 16-სართულიან კორპუსში გაჩენილი ხანძარი რამდენიმე საათში ლოკალიზდა. ცეცხლი მხოლოდ ერთ ბინაში გავრცელდა, 40 ევაკუირებული მაცხოვრებელი სახლებში დაბრუნდა."),
])
C.one("kal1-tbilisi-metro-stop", "lookalike", "kartlipress", 1, "12:00", "თბილისის მეტროში მატარებელი გვირაბში გაჩერდა",
      "თბილისის მეტროს საბურთალოს ხაზზე, სადგურებს „დელისსა“ და „ვაჟა-ფშაველას“ შორის, ორშაბათს შუადღისას მატარებელი ტექნიკური ხარვეზის გამო გაჩერდა. მგზავრები 20 წუთის შემდეგ გამოიყვანეს, დაშავებული არავინაა.")
C.one("kal3-saburtalo-probe", "lookalike", "sakinfo", 2, "08:00", "საბურთალოზე ხანძრის ფაქტზე გამოძიება დაიწყო",
      "შინაგან საქმეთა სამინისტრომ ვაჟა-ფშაველას გამზირზე, საცხოვრებელ კორპუსში გაჩენილი ხანძრის ფაქტზე გამოძიება დაიწყო. გამოძიება სხვისი ნივთის გაუფრთხილებლად დაზიანების მუხლით მიმდინარეობს, ხანძრის მიზეზს ექსპერტიზა დაადგენს.")
S("ka2-larsi-road-snow", [
    ("original", "sakinfo", 2, "04:30", "სტეფანწმინდა–ლარსის გზა თოვლის გამო დაიკეტა",
     "შინაგან საქმეთა სამინისტროს ინფორმაციით, ძლიერი თოვლისა და ზვავსაშიშროების გამო გუდაური–სტეფანწმინდა–ლარსის საავტომობილო გზა ყველა სახის ტრანსპორტისთვის დაიკეტა. რუსეთის მიმართულებით ყაზბეგის გზაზე დაახლოებით 600 სატვირთო ავტომობილი დგას."),
    ("rewrite", "tbilisidghes", 2, "06:00", "ჯვრის უღელტეხილი ჩაიკეტა: ყაზბეგის გზაზე 600 სატვირთო დგას",
     "გუდაურსა და ჯვრის უღელტეხილზე მოსული თოვლის გამო სტეფანწმინდა–ლარსის გზაზე მოძრაობა შეზღუდულია ყველა სახის ავტომობილისთვის. ლარსის მიმართულებით მიმავალი დაახლოებით 600 სატვირთო კობსა და ფასანაურში გზის გახსნას ელოდება."),
    ("update", "kartlipress", 3, "06:00", "განახლება: სტეფანწმინდა–ლარსის გზა გაიხსნა",
     "გუდაური–სტეფანწმინდა–ლარსის საავტომობილო გზა ყველა სახის ტრანსპორტისთვის გაიხსნა, აცხადებს შინაგან საქმეთა სამინისტრო. გზის გაწმენდის შემდეგ მოძრაობა აღდგა, კობსა და ფასანაურში მდგარმა სატვირთოებმა გადაადგილება დაიწყეს."),
    ("translation", "kratkoinfo", 3, "08:00", "Коротко: Военно-Грузинская дорога снова открыта",
     "В среду Грузия открыла для всех видов транспорта дорогу Гудаури — Степанцминда — Ларс, закрытую во вторник из-за снегопада и угрозы схода лавин. Около 600 грузовиков, ожидавших в Коби и Пасанаури, начали движение."),
    ("translation", "caucasusdigest", 3, "08:10", "Caucasus digest: Georgia reopens snowbound road to Upper Lars",
     "Georgia reopened the Gudauri–Stepantsminda–Larsi road to all traffic on Wednesday after a day-long closure caused by heavy snow and avalanche risk. About 600 lorries that had waited at Kobi and Pasanauri began moving towards Russia."),
])
C.one("kal2-gombori-pass-snow", "lookalike", "sakinfo", 2, "10:00", "გომბორის უღელტეხილზე მოძრაობა თოვლის გამო შეიზღუდა",
      "კახეთის მიმართულებით, გომბორის უღელტეხილზე, თოვლის გამო საავტომობილო მოძრაობა შეიზღუდა მისაბმელიანი და ჯაჭვების გარეშე მოძრავი ავტომობილებისთვის. შინაგან საქმეთა სამინისტრო მძღოლებს სიფრთხილისკენ მოუწოდებს.")

# ---------------------------------------------------------------- English-led
S("e1-bosphorus-tanker", [
    ("original", "bosphoruslog", 2, "05:00", "Tanker Caspian Pearl runs aground in Bosphorus, strait closed to traffic",
     "The 92,000-tonne tanker Caspian Pearl ran aground off Istanbul's Yenikoy on Tuesday morning after a steering failure, and authorities suspended traffic through the Bosphorus in both directions. No injuries or leaks were reported, the coastal safety agency said."),
    ("rewrite", "asiamonitor", 2, "07:00", "Steering failure strands tanker off Yenikoy, halting Bosphorus transits",
     "Shipping through the Bosphorus was halted on Tuesday after the laden tanker Caspian Pearl lost steering and grounded near Yenikoy on the strait's European shore. Tugs were sent to the scene and no pollution was reported."),
    ("translation", "anadoluekspres", 2, "07:30", "İstanbul Boğazı'nda tanker karaya oturdu, gemi trafiği durduruldu",
     "Dümen arızası yapan 92 bin tonluk Caspian Pearl isimli tanker salı sabahı Yeniköy açıklarında karaya oturdu. Kıyı Emniyeti Genel Müdürlüğü, İstanbul Boğazı'nın gemi trafiğine çift yönlü olarak kapatıldığını açıkladı."),
    ("update", "bosphoruslog", 2, "13:00", "UPDATE 1-Bosphorus reopens after grounded tanker Caspian Pearl is refloated",
     "Turkish authorities reopened the Bosphorus to shipping on Tuesday afternoon after salvage tugs refloated the tanker Caspian Pearl, which had grounded off Yenikoy in the morning. About 40 vessels had been waiting at both ends of the strait."),
])
S("e2-gardabani-derailment", [
    ("original", "caucasuswire", 3, "07:00", "Freight train derails near Gardabani in Georgia, line to Azerbaijan blocked",
     "Nine tank wagons of a freight train carrying fuel oil derailed near Gardabani in south-eastern Georgia early on Wednesday, blocking the main line towards the Azerbaijani border. No one was hurt and no leak was found, Georgian Railway said."),
    ("translation", "sakinfo", 3, "08:00", "გარდაბანთან სატვირთო მატარებლის ვაგონები რელსებიდან გადავიდა",
     "ოთხშაბათს დილით გარდაბანთან მაზუთით დატვირთული სატვირთო მატარებლის ცხრა ვაგონ-ცისტერნა რელსებიდან გადავიდა. საქართველოს რკინიგზის ცნობით, დაშავებული არავინაა, გაჟონვა არ დაფიქსირებულა, აზერბაიჯანის მიმართულებით მოძრაობა შეჩერებულია."),
    ("rewrite", "asiamonitor", 3, "09:00", "Derailment near Gardabani cuts Georgia's rail link to Azerbaijan",
     "Rail traffic between Tbilisi and the Azerbaijani border was halted on Wednesday after nine fuel-oil tank wagons came off the track near Gardabani. Georgian Railway said there were no injuries or spills and that repairs were under way."),
])

# ---------------------------------------------------------------- other singles and series
C.one("hys1-yerevan-metro-station", "single", "yerevanor", 3, "07:00", "Երևանի մետրոյում կսկսվի նոր կայարանի շինարարությունը",
      "Երևանի քաղաքապետարանը հայտարարել է, որ 2027 թվականի գարնանը կսկսվի «Աջափնյակ» նոր մետրոկայարանի շինարարությունը։ Նախագծի արժեքը գնահատվում է մոտ 90 միլիոն դոլար, աշխատանքները կտևեն չորս տարի։")
C.one("azs1-baku-boulevard", "single", "qisaxeber", 3, "05:40", "Qısa xəbərlər: Bakı bulvarında yeni piyada körpüsü açılıb",
      "Dünən Bakı dənizkənarı bulvarında Neftçilər prospekti üzərindən keçən yeni piyada körpüsü istifadəyə verilib. Körpünün uzunluğu 86 metrdir, burada liftlər və velosiped yolu da quraşdırılıb.")
C.one("ens1-tbilisi-marathon", "single", "caucasuswire", 1, "16:00", "Tbilisi to host first winter half-marathon in December",
      "Tbilisi will hold its first winter half-marathon on 13 December, with a course along the Mtkvari embankments and through Vake Park, the city hall said on Monday. Organisers expect about 3,000 runners.")
for d, (title, summ) in enumerate([
    ("AMB: noyabrın 2-si üçün rəsmi məzənnə 1 USD = 1,7000 AZN",
     "Azərbaycan Mərkəzi Bankı noyabrın 2-si üçün rəsmi məzənnələri açıqlayıb. ABŞ dollarının rəsmi məzənnəsi 1,7000 manat, avronun məzənnəsi 1,9712 manat, Rusiya rublunun məzənnəsi isə 0,0211 manat təşkil edib."),
    ("AMB: noyabrın 3-ü üçün rəsmi məzənnə 1 USD = 1,7000 AZN",
     "Azərbaycan Mərkəzi Bankı noyabrın 3-ü üçün rəsmi məzənnələri açıqlayıb. ABŞ dollarının rəsmi məzənnəsi 1,7000 manat, avronun məzənnəsi 1,9688 manat, Rusiya rublunun məzənnəsi isə 0,0210 manat təşkil edib."),
    ("AMB: noyabrın 4-ü üçün rəsmi məzənnə 1 USD = 1,7000 AZN",
     "Azərbaycan Mərkəzi Bankı noyabrın 4-ü üçün rəsmi məzənnələri açıqlayıb. ABŞ dollarının rəsmi məzənnəsi 1,7000 manat, avronun məzənnəsi 1,9741 manat, Rusiya rublunun məzənnəsi isə 0,0212 manat təşkil edib."),
], 1):
    C.one("azt-cbar-rate-d%d" % d, "template", "manatinfo", d, "06:30", title, summ)

# ---------------------------------------------------------------- traps
T = C.trap
# same company / institution
T("company", "k2-fuzuli-deminer", "kl2-anama-october", "ANAMA: deminer injured vs monthly clearance figures, same day")
T("company", "z2-huachen-recall", "zl2-huachen-president", "Huachen recall vs president resigns next day")
T("company", "ko2-hangyeol-q3", "kol2-hangyeol-recall", "Hangyeol Q3 profit vs power-bank recall next day")
T("company", "h2-boi-rate-hold", "hl2-boi-governor-housing", "Bank of Israel rate hold vs governor on housing next day")
# same place, same day (outside the cluster)
T("place", "z3-shanghai-metro2", "zl3-pudong-warehouse-fire", "Shanghai, d3")
T("place", "j1-nishinari-fire", "jl1-midosuji-outage", "Osaka, d1")
T("place", "ko1-busan-crane", "kol1-busan-subway", "Busan, d1")
T("place", "a1-ataba-fire", "al1-cairo-metro-line1", "central Cairo, d1")
T("place", "f2-tehran-schools-pollution", "fl2-tehran-metro-line4", "Tehran, d2")
T("place", "h1-haifa-port-fire", "hl1-carmelit-stoppage", "Haifa, d1")
T("place", "g1-rhodes-floods", "gl1-rhodes-ferry-fault", "Rhodes, d1")
T("place", "tr2-marmaray-fault", "trl2-kadikoy-bus-fire", "Istanbul, d2")
T("place", "e1-bosphorus-tanker", "tr2-marmaray-fault", "Bosphorus tanker vs Marmaray tunnel under the Bosphorus, d2 (tr)")
T("place", "e1-bosphorus-tanker", "trl2-kadikoy-bus-fire", "Istanbul, d2 (tr)")
T("place", "r1-novosibirsk-heating", "rl1-novosibirsk-bus-crash", "Novosibirsk, d1")
T("place", "ka1-saburtalo-fire", "kal1-tbilisi-metro-stop", "Saburtalo / Vazha-Pshavela, d1")
T("vocab", "ka2-larsi-road-snow", "e2-gardabani-derailment", "Georgian road / rail line closed, ka d2/d3")
# template
T("template", "z1-luding-quake", "zl1-wushi-quake", "中国地震台网…级地震")
T("template", "j2-chiba-quake", "jl2-ibaraki-quake", "…でM…、…で震度…")
T("template", "f1-damavand-quake", "fl1-ravar-quake", "زلزله … ریشتری … را لرزاند")
T("template", "g2-crete-quake", "gl2-zakynthos-quake", "Σεισμός …,… Ρίχτερ")
T("template", "tr1-goksun-quake", "trl1-ayvacik-quake", "… büyüklüğünde deprem")
T("template", "a2-egypt-inflation", "al2-jordan-inflation", "التضخم السنوي في … في أكتوبر")
T("template", "r2-kazan-mall-roof", "rl3-perm-warehouse-roof", "обрушилась кровля")
T("template", "ka2-larsi-road-snow", "kal2-gombori-pass-snow", "road closed by snow")
for series, n in (("zt-shcomp", 3), ("jt-tokyo-weather", 3), ("kot-kospi", 3), ("gt-athex", 3), ("azt-cbar-rate", 3)):
    for a, b in ((1, 2), (2, 3), (1, 3)):
        T("template", "%s-d%d" % (series, a), "%s-d%d" % (series, b), "series")
# vocabulary
T("vocab", "k5-khankendi-gas", "ka2-larsi-road-snow", "Коротко: / Caucasus digest: columns d3")
T("vocab", "k5-khankendi-gas", "r2-kazan-mall-roof", "Коротко: column d3")
T("vocab", "ka2-larsi-road-snow", "r2-kazan-mall-roof", "Коротко: column d3")
T("vocab", "k3-aghdam-returnees", "ka2-larsi-road-snow", "Caucasus digest: column d3")
T("vocab", "k3-aghdam-returnees", "azs1-baku-boulevard", "Qısa xəbərlər: column d3")
T("vocab", "k5-khankendi-gas", "azs1-baku-boulevard", "Qısa xəbərlər: column d3")
T("vocab", "z2-huachen-recall", "zt-shcomp-d2", "index close mentions Huachen")
T("vocab", "ko2-hangyeol-q3", "kot-kospi-d2", "KOSPI close mentions Hangyeol")
T("vocab", "r1-novosibirsk-heating", "r2-kazan-mall-roof", "СРОЧНО / ОБНОВЛЕНО 1- of two events")
T("vocab", "g1-rhodes-floods", "g2-crete-quake", "ΕΚΤΑΚΤΟ/ΕΝΗΜΕΡΩΣΗ of two events")
T("vocab", "j1-nishinari-fire", "j2-chiba-quake", "【更新】/【速報】 of two events")
T("vocab", "h1-haifa-port-fire", "h2-boi-rate-hold", "one outlet's news, two events")
# follow-ups that are separate stories
T("followup", "k1-tegh-shooting", "kl3-tegh-case", "criminal case opened")
T("followup", "a1-ataba-fire", "al3-ataba-inquiry", "prosecutors' inquiry")
T("followup", "j2-chiba-quake", "jl3-chiba-quake-again", "new quake in the same area")
T("followup", "tr1-goksun-quake", "trl3-goksun-aftershock", "aftershock")
T("followup", "r1-novosibirsk-heating", "rl2-novosibirsk-prosecutor", "prosecutors' check")
T("followup", "ka1-saburtalo-fire", "kal3-saburtalo-probe", "investigation opened")
T("followup", "g1-rhodes-floods", "gl3-rhodes-emergency", "state of emergency declared")
T("followup", "f1-damavand-quake", "fl3-damavand-aftershock", "aftershock")
# the region cluster: every pair sharing a language
region_pairs(C, ["k1-tegh-shooting", "k2-fuzuli-deminer", "k3-aghdam-returnees", "k4-kornidzor-commissions",
                 "k5-khankendi-gas", "k6-goris-kapan-rockfall", "kl1-khankendi-crash", "kl2-anama-october",
                 "kl3-tegh-case", "kl4-khankendi-school", "kl5-fuzuli-airport"])

for lab, note in (
        ("k1-tegh-shooting", "two soldiers wounded (revised count)"),
        ("k5-khankendi-gas", "gas restored"),
        ("k6-goris-kapan-rockfall", "road reopened"),
        ("z1-luding-quake", "magnitude revised to 5.3"),
        ("j1-nishinari-fire", "victims identified"),
        ("ko1-busan-crane", "injured revised to 3"),
        ("a1-ataba-fire", "fire under control"),
        ("f1-damavand-quake", "damage assessed"),
        ("h1-haifa-port-fire", "fire out"),
        ("g1-rhodes-floods", "homes flooded revised"),
        ("g2-crete-quake", "magnitude revised to 4.9"),
        ("tr1-goksun-quake", "magnitude revised to 4.8"),
        ("tr2-marmaray-fault", "service restored, cause"),
        ("r1-novosibirsk-heating", "heating restored"),
        ("r2-kazan-mall-roof", "injured revised to 7"),
        ("ka1-saburtalo-fire", "fire localised"),
        ("ka2-larsi-road-snow", "road reopened"),
        ("e1-bosphorus-tanker", "strait reopened"),
):
    C.same_followup(lab, note)

CORPUS = C
