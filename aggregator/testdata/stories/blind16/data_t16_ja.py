# -*- coding: utf-8 -*-
"""t16 part: Japanese items plus the English translation ib6.

Tuple: key, story, kind, source, when (MM-DDTHH:MM, UTC), section, slug, title, summary.
Japan Standard Time is UTC+9.
"""
HALF = "t16"
DAYS = ["2027-01-04", "2027-01-05", "2027-01-06"]

ITEMS = [
    # --- Ibaraki quake --------------------------------------------------------------
    ("ib1", "ibaraki-quake", "original", "hinode-tsushin", "01-04T01:20", "national", "ibaraki-north-quake-shindo-5-lower",
     "茨城県北部で震度5弱 津波の心配なし",
     "4日午前10時9分ごろ、茨城県北部を震源とする地震があり、日立市で震度5弱を観測した。気象庁によると震源の深さは約10キロ、地震の規模はM5.2と推定される。この地震による津波の心配はない。"),
    ("ib5", "ibaraki-quake", "brief", "kitakaze-nippo", "01-04T01:25", "flash", "ibaraki-quake-flash",
     "【速報】茨城県北部で震度5弱",
     "4日午前10時9分ごろ、茨城県北部で震度5弱の地震があった。津波の心配はない。"),
    ("ib2", "ibaraki-quake", "copy", "asanagi-shimbun", "01-04T01:45", "society", "ibaraki-quake-no-tsunami",
     "茨城県北部で震度5弱、津波の心配なし",
     "4日午前10時9分ごろ、茨城県北部を震源とする地震があり、日立市で震度5弱を観測した。気象庁によると、震源の深さは約10キロ、地震の規模（マグニチュード）は5.2と推定される。津波の心配はない。"),
    ("ib3", "ibaraki-quake", "rewrite", "kazamidori-news", "01-04T03:10", "local", "hitachi-city-strong-shaking-joban-line",
     "日立市で震度5弱 棚から商品落下、常磐線一時見合わせ",
     "4日午前、日立市で震度5弱の揺れを観測した。市内のスーパーでは棚から商品が落ちるなどしたが、市によるとけが人の情報は入っていない。JR常磐線は勝田―高萩間で一時運転を見合わせ、約1時間後に再開した。"),
    ("ib6", "ibaraki-quake", "translation", "harbor-ledger", "01-04T04:00", "world", "ibaraki-earthquake-hitachi-no-tsunami",
     "Strong quake shakes Ibaraki north of Tokyo; no tsunami risk",
     "An earthquake with a preliminary magnitude of 5.2 struck northern Ibaraki prefecture on Monday morning, registering lower 5 on Japan's seven-point intensity scale in Hitachi city, the Japan Meteorological Agency said. There was no tsunami threat and no immediate report of serious damage."),
    ("ib4", "ibaraki-quake", "update", "hinode-tsushin", "01-04T06:00", "national", "ibaraki-quake-two-injured-update",
     "【更新】茨城県北部で震度5弱 軽傷2人、余震8回",
     "4日午前10時9分ごろに茨城県北部を震源とする地震があり、日立市で震度5弱を観測した。地震の規模はM5.3に修正された。県によると転倒などで2人が軽傷。午後2時までに震度1以上の余震が8回あった。"),
    ("tg1", "tochigi-quake", "lookalike", "hinode-tsushin", "01-04T07:40", "national", "tochigi-north-quake-shindo-5-lower",
     "栃木県北部で震度5弱 津波の心配なし",
     "4日午後4時27分ごろ、栃木県北部を震源とする地震があり、日光市で震度5弱を観測した。気象庁によると震源の深さは約10キロ、地震の規模はM4.9と推定される。この地震による津波の心配はない。"),
    ("tg2", "tochigi-quake", "copy", "asanagi-shimbun", "01-04T08:00", "society", "tochigi-quake-no-tsunami",
     "栃木県北部で震度5弱、津波の心配なし",
     "4日午後4時27分ごろ、栃木県北部を震源とする地震があり、日光市で震度5弱を観測した。気象庁によると、震源の深さは約10キロ、地震の規模（マグニチュード）は4.9と推定される。津波の心配はない。"),
    ("ibd2", "ibaraki-quake-d2", "lookalike", "kazamidori-news", "01-05T00:30", "local", "ibaraki-north-quake-again-0105",
     "茨城県北部で再び震度5弱 津波の心配なし",
     "5日午前9時2分ごろ、茨城県北部を震源とする地震があり、日立市と高萩市で震度5弱を観測した。震源の深さは約10キロ、地震の規模はM5.0と推定される。津波の心配はない。2日続けての強い揺れとなった。"),

    # --- heavy-snow warnings (template) -----------------------------------------------
    ("hk1", "ishikari-snow-warning", "template", "hinode-tsushin", "01-05T01:00", "weather", "ishikari-heavy-snow-warning",
     "石狩地方に大雪警報 札幌市など24時間で50センチ予想",
     "札幌管区気象台は5日午前、札幌市など石狩地方に大雪警報を発表した。6日朝までの24時間に予想される降雪量は多い所で50センチ。交通障害や屋根からの落雪に警戒するよう呼びかけている。"),
    ("hk2", "ishikari-snow-warning", "copy", "kitakaze-nippo", "01-05T01:40", "doshin", "sapporo-ishikari-snow-warning",
     "石狩地方に大雪警報 6日朝までに50センチ",
     "札幌管区気象台は5日午前、札幌市を含む石狩地方に大雪警報を出した。6日朝までの24時間に予想される降雪量は多い所で50センチ。交通障害や屋根からの落雪に警戒するよう呼びかけている。"),
    ("ng1", "joetsu-snow-warning", "lookalike", "hinode-tsushin", "01-05T02:30", "weather", "joetsu-heavy-snow-warning",
     "上越地方に大雪警報 上越市など24時間で70センチ予想",
     "新潟地方気象台は5日午前、上越市など新潟県上越地方に大雪警報を発表した。6日朝までの24時間に予想される降雪量は多い所で70センチ。交通障害や屋根からの落雪に警戒するよう呼びかけている。"),

    # --- Tokyo FX (daily template) -------------------------------------------------
    ("fx1", "tokyo-fx-0104", "template", "minato-keizai", "01-04T08:10", "markets", "tokyo-fx-close-0104",
     "東京外為市場・17時 1ドル=148円台前半",
     "大発会の4日の東京外国為替市場で、円相場は午後5時時点で1ドル=148円20〜22銭で取引された。前年末比35銭の円高・ドル安。米長期金利の低下を受けて円買い・ドル売りが優勢だった。"),
    ("fx2", "tokyo-fx-0104", "copy", "asanagi-shimbun", "01-04T08:40", "economy", "yen-dollar-tokyo-0104",
     "円相場、1ドル=148円台前半 東京外為市場",
     "4日の東京外国為替市場で、円相場は午後5時時点で1ドル=148円20〜22銭で取引された。前年末比35銭の円高・ドル安。米長期金利の低下を受け、円買い・ドル売りが優勢だった。"),
    ("fxd2", "tokyo-fx-0105", "lookalike", "minato-keizai", "01-05T08:10", "markets", "tokyo-fx-close-0105",
     "東京外為市場・17時 1ドル=148円台後半",
     "5日の東京外国為替市場で、円相場は午後5時時点で1ドル=148円71〜73銭で取引された。前日比51銭の円安・ドル高。国内輸入企業の円売り・ドル買いが優勢だった。"),

    # --- obituaries -----------------------------------------------------------------
    ("sk1", "obit-sakuraba", "original", "hinode-tsushin", "01-05T03:00", "obituaries", "novelist-sakuraba-nobuhiko-dies",
     "作家の桜庭信彦さん死去 84歳 「北の灯台」",
     "「北の灯台」などで知られる作家の桜庭信彦（さくらば・のぶひこ）さんが3日、肺炎のため東京都内の病院で死去した。84歳。北海道出身。葬儀は近親者で行う。1979年に直木賞を受賞した。"),
    ("sk2", "obit-sakuraba", "copy", "kazamidori-news", "01-05T03:40", "culture", "sakuraba-nobuhiko-obituary",
     "桜庭信彦さん死去 作家、「北の灯台」",
     "「北の灯台」などで知られる作家の桜庭信彦（さくらば・のぶひこ）さんが3日、肺炎のため東京都内の病院で亡くなった。84歳。北海道出身。葬儀は近親者で営む。79年に直木賞を受けた。"),
    ("kj1", "obit-kamijo", "lookalike", "asanagi-shimbun", "01-05T06:00", "obituaries", "novelist-kamijo-yukiko-dies",
     "作家の上条由紀子さん死去 79歳 「海辺の時刻表」",
     "「海辺の時刻表」などで知られる作家の上条由紀子（かみじょう・ゆきこ）さんが2日、心不全のため横浜市内の病院で死去した。79歳。神奈川県出身。葬儀は近親者で行った。1988年に芥川賞を受賞した。"),

    # --- shipbuilders merger --------------------------------------------------------
    ("kb1", "shipbuilders-merger", "original", "minato-keizai", "01-06T06:30", "companies", "setonai-kanmon-shipbuilders-merge",
     "中堅造船の瀬戸内重工と関門造船が経営統合へ 10月に持ち株会社",
     "中堅造船の瀬戸内重工業と関門造船は6日、2027年10月に共同持ち株会社を設立し経営統合すると発表した。統合後の建造量は国内4位規模となる。中国・韓国勢との受注競争が激しくなるなか、設計部門の一本化で費用を削減する。"),
    ("kb2", "shipbuilders-merger", "rewrite", "asanagi-shimbun", "01-06T09:00", "economy", "two-shipbuilders-integrate-fourth-largest",
     "造船2社が統合、国内4位規模に 中韓勢に対抗",
     "瀬戸内重工業と関門造船が経営統合で合意した。10月に持ち株会社を設け、両社はその傘下に入る。設計や資材調達を一本化し、年間の建造能力は国内4位規模になる。中韓勢に押される中堅造船の再編が進む。"),
    ("kb3", "shipbuilders-merger", "cut", "kitakaze-nippo", "01-06T10:00", "economy", "setonai-kanmon-merger-announced",
     "瀬戸内重工と関門造船、経営統合を発表",
     ""),

    # --- expressway closures (template) ---------------------------------------------
    ("ke1", "kanetsu-closure", "template", "hinode-tsushin", "01-05T03:20", "traffic", "kanetsu-expressway-closed-snow",
     "関越道、大雪で月夜野―湯沢間を通行止め",
     "東日本高速道路によると、関越自動車道は大雪のため、5日正午から月夜野インターチェンジ（群馬県）―湯沢インターチェンジ（新潟県）間の上下線で通行止めとなっている。解除の見通しは立っていない。"),
    ("ke2", "kanetsu-closure", "copy", "kitakaze-nippo", "01-05T03:50", "national", "kanetsu-tsukiyono-yuzawa-closed",
     "関越道の月夜野―湯沢間、大雪で通行止め",
     "東日本高速道路によると、関越自動車道は大雪の影響で、5日正午から月夜野インターチェンジ（群馬県）―湯沢インターチェンジ（新潟県）間の上下線が通行止めとなっている。解除の見通しは立っていない。"),
    ("js1", "joshinetsu-closure", "lookalike", "hinode-tsushin", "01-05T05:10", "traffic", "joshinetsu-expressway-closed-snow",
     "上信越道、大雪で信濃町―上越高田間を通行止め",
     "東日本高速道路によると、上信越自動車道は大雪のため、5日午後2時から信濃町インターチェンジ（長野県）―上越高田インターチェンジ（新潟県）間の上下線で通行止めとなっている。解除の見通しは立っていない。"),
    ("kere", "kanetsu-reopen", "lookalike", "kazamidori-news", "01-06T00:40", "traffic", "kanetsu-closure-lifted-after-20-hours",
     "関越道の月夜野―湯沢間、通行止め解除 約20時間ぶり",
     "大雪のため5日から通行止めとなっていた関越自動車道の月夜野インターチェンジ―湯沢インターチェンジ間は、6日午前8時に上下線とも解除された。約20時間ぶり。東日本高速道路は引き続き冬用タイヤの装着を呼びかけている。"),

    # --- Osaka house fires ----------------------------------------------------------
    ("ns1", "nishinari-fire", "original", "kazamidori-news", "01-06T02:00", "local", "osaka-nishinari-house-fire",
     "大阪・西成区で住宅火災 木造2階建て全焼、1人けが",
     "6日午前9時40分ごろ、大阪市西成区天下茶屋の住宅から出火、木造2階建て約80平方メートルが全焼した。住人の70代男性が煙を吸って病院に運ばれた。大阪府警西成署が出火原因を調べている。"),
    ("ns2", "nishinari-fire", "copy", "asanagi-shimbun", "01-06T02:40", "society", "nishinari-tengachaya-house-burns",
     "大阪市西成区で住宅全焼、70代男性搬送",
     "6日午前9時40分ごろ、大阪市西成区天下茶屋の住宅から出火し、木造2階建て約80平方メートルが全焼した。住人の70代男性が煙を吸って病院に運ばれた。西成署が出火原因を調べている。"),
    ("ik1", "ikuno-fire", "lookalike", "kazamidori-news", "01-06T05:00", "local", "osaka-ikuno-house-fire",
     "大阪・生野区で住宅火災 木造2階建て全焼、1人けが",
     "6日午後1時15分ごろ、大阪市生野区桃谷の住宅から出火、木造2階建て約70平方メートルが全焼した。住人の60代女性がやけどを負い病院に運ばれた。大阪府警生野署が出火原因を調べている。"),
    ("ns3", "nishinari-fire", "update", "hinode-tsushin", "01-06T07:30", "national", "nishinari-fire-body-found-update",
     "【更新】大阪・西成区の住宅火災 隣接2棟に延焼、焼け跡から1人の遺体",
     "6日午前に大阪市西成区天下茶屋で起きた住宅火災で、火は隣接する住宅2棟にも燃え広がり、計約180平方メートルを焼いた。焼け跡から1人の遺体が見つかり、警察は連絡が取れていない80代の女性とみて身元を調べている。"),

    # --- singles --------------------------------------------------------------------
    ("arsh", "arashiyama-pedestrian", "single", "kazamidori-news", "01-04T05:00", "local", "arashiyama-togetsukyo-traffic-trial",
     "嵐山・渡月橋周辺で週末の車両規制を試行へ 京都市",
     "京都市は4日、観光客で混雑する嵐山の渡月橋周辺で、2月から土日祝日の日中に一般車両の通行を規制する社会実験を始めると発表した。歩行者の安全確保と渋滞緩和の効果を検証する。"),
    ("koala", "higashiyama-zoo-koala", "single", "asanagi-shimbun", "01-06T04:00", "local", "higashiyama-zoo-baby-koala",
     "東山動植物園のコアラの赤ちゃん、袋から顔出す",
     "名古屋市の東山動植物園は6日、昨年7月に生まれたコアラの赤ちゃんが母親の袋から顔を出す姿が確認されたと発表した。性別は未確認で、春ごろから一般公開する予定という。"),
]

TRAPS = [
    ("ib1", "tg1", "other-prefecture"), ("ib2", "tg2", "other-prefecture"), ("ib5", "tg1", "other-prefecture"),
    ("ib1", "ibd2", "next-day"), ("ib4", "ibd2", "next-day"),
    ("hk1", "ng1", "other-region"), ("hk2", "ng1", "other-region"),
    ("fx1", "fxd2", "next-day"), ("fx2", "fxd2", "next-day"),
    ("sk1", "kj1", "other-person"), ("sk2", "kj1", "other-person"),
    ("ke1", "js1", "other-road"), ("ke2", "js1", "other-road"),
    ("ke1", "kere", "follow-up"), ("ke2", "kere", "follow-up"),
    ("ns1", "ik1", "other-district"), ("ns2", "ik1", "other-district"), ("ns3", "ik1", "other-district"),
]
