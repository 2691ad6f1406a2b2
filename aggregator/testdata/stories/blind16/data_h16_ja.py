# -*- coding: utf-8 -*-
"""h16 part: Japanese items plus the English translation mg4.

Tuple: key, story, kind, source, when (MM-DDTHH:MM, UTC), section, slug, title, summary.
Japan Standard Time is UTC+9. 2027-01-11 is Coming of Age Day (markets closed).
"""
HALF = "h16"
DAYS = ["2027-01-11", "2027-01-12", "2027-01-13"]

ITEMS = [
    # --- heavy-snow warnings (template) -------------------------------------------
    ("nc1", "chuetsu-snow-warning", "template", "hinode-tsushin", "01-11T00:40", "weather", "niigata-chuetsu-heavy-snow-warning",
     "新潟県中越に大雪警報 12日朝までに70センチ予想",
     "新潟地方気象台は11日午前、新潟県中越に大雪警報を発表した。12日朝までの24時間に予想される降雪量は、山沿いの多い所で70センチ、平地で40センチ。交通障害や落雪に警戒するよう呼びかけている。"),
    ("nc2", "chuetsu-snow-warning", "copy", "asanagi-shimbun", "01-11T01:20", "society", "chuetsu-snow-warning-70cm",
     "新潟・中越に大雪警報 山沿いで70センチ",
     "新潟地方気象台は11日午前、新潟県中越に大雪警報を出した。12日朝までの24時間に予想される降雪量は、山沿いの多い所で70センチ、平地で40センチ。交通障害や落雪に警戒するよう呼びかけている。"),
    ("tyj", "toyama-snow-warning", "lookalike", "hinode-tsushin", "01-11T02:00", "weather", "toyama-east-heavy-snow-warning",
     "富山県東部に大雪警報 12日朝までに60センチ予想",
     "富山地方気象台は11日午前、富山県東部に大雪警報を発表した。12日朝までの24時間に予想される降雪量は、山間部の多い所で60センチ、平野部で35センチ。交通障害や落雪に警戒するよう呼びかけている。"),
    ("nc3", "chuetsu-snow-warning", "rewrite", "kitakaze-nippo", "01-11T03:00", "national", "nagaoka-snow-task-force",
     "長岡市が雪害対策本部 大雪警報、平地でも40センチ予想",
     "長岡市は11日、大雪警報の発表を受けて雪害対策本部を設置し、市内全域で除雪車を出動させた。12日朝までの降雪は平地で40センチ、山沿いで70センチに達する見込み。市は不要不急の外出を控えるよう求めている。"),
    ("ym", "okitama-snow-warning", "lookalike", "hinode-tsushin", "01-11T03:30", "weather", "yamagata-okitama-heavy-snow-warning",
     "山形県置賜に大雪警報 12日朝までに70センチ予想",
     "山形地方気象台は11日午前、山形県置賜に大雪警報を発表した。12日朝までの24時間に予想される降雪量は、山沿いの多い所で70センチ、平地で40センチ。交通障害や落雪に警戒するよう呼びかけている。"),
    ("nc4", "chuetsu-snow-warning", "update", "hinode-tsushin", "01-11T08:00", "weather", "chuetsu-snow-forecast-raised-update",
     "【更新】新潟県中越の大雪警報 予想降雪量を最大90センチに引き上げ",
     "新潟地方気象台は11日午後、新潟県中越に発表中の大雪警報について、12日朝までの24時間予想降雪量を山沿いの多い所で90センチ、平地で50センチに引き上げた。関越道の一部区間では予防的通行止めの可能性がある。"),
    ("ncd2", "chuetsu-snow-warning-d2", "lookalike", "asanagi-shimbun", "01-12T01:00", "society", "chuetsu-snow-warning-50cm-0112",
     "新潟・中越に大雪警報 山沿いで50センチ",
     "新潟地方気象台は12日午前、新潟県中越に改めて大雪警報を出した。13日朝までの24時間に予想される降雪量は、山沿いの多い所で50センチ、平地で30センチ。交通障害や落雪に警戒するよう呼びかけている。"),

    # --- Miyagi offshore quake ------------------------------------------------------
    ("mg1", "miyagi-quake", "original", "hinode-tsushin", "01-12T03:00", "national", "miyagi-offshore-quake-ishinomaki",
     "宮城県沖で地震 石巻市で震度5弱 津波の心配なし",
     "12日午前11時48分ごろ、宮城県沖を震源とする地震があり、石巻市で震度5弱を観測した。気象庁によると震源の深さは約50キロ、地震の規模はM5.6と推定される。この地震による津波の心配はない。"),
    ("mg3", "miyagi-quake", "brief", "kitakaze-nippo", "01-12T03:10", "flash", "miyagi-quake-flash",
     "【速報】宮城県で震度5弱",
     "12日午前11時48分ごろ、宮城県沖を震源とする地震があり、石巻市で震度5弱を観測した。津波の心配はない。"),
    ("mg2", "miyagi-quake", "copy", "kazamidori-news", "01-12T03:30", "national", "ishinomaki-shindo-5-lower-no-tsunami",
     "宮城県沖地震、石巻で震度5弱 津波の心配なし",
     "12日午前11時48分ごろ、宮城県沖を震源とする地震があり、石巻市で震度5弱を観測した。気象庁によると、震源の深さは約50キロ、地震の規模（マグニチュード）は5.6と推定される。津波の心配はない。"),
    ("mg4", "miyagi-quake", "translation", "meridian-wire", "01-12T05:00", "asia", "miyagi-offshore-magnitude-5-6-quake",
     "Magnitude 5.6 quake off Miyagi shakes northeastern Japan, no tsunami",
     "An earthquake of magnitude 5.6 struck off Miyagi prefecture in northeastern Japan shortly before noon on Tuesday, registering lower 5 on the Japanese intensity scale in Ishinomaki, the Japan Meteorological Agency said. There was no tsunami warning and no immediate report of damage."),
    ("fk1", "fukushima-quake", "lookalike", "hinode-tsushin", "01-12T07:30", "national", "fukushima-offshore-quake-iwaki",
     "福島県沖で地震 いわき市で震度5弱 津波の心配なし",
     "12日午後4時21分ごろ、福島県沖を震源とする地震があり、いわき市で震度5弱を観測した。気象庁によると震源の深さは約40キロ、地震の規模はM5.4と推定される。この地震による津波の心配はない。"),

    # --- Tokyo FX (daily template) -------------------------------------------------
    ("fx1", "tokyo-fx-0112", "template", "minato-keizai", "01-12T08:10", "markets", "tokyo-fx-close-0112",
     "東京外為市場・17時 1ドル=151円台前半",
     "3連休明けの12日の東京外国為替市場で、円相場は午後5時時点で1ドル=151円08〜10銭で取引された。前週末比42銭の円安・ドル高。米雇用統計の堅調さを受けた円売り・ドル買いが優勢だった。"),
    ("fx2", "tokyo-fx-0112", "copy", "asanagi-shimbun", "01-12T08:40", "economy", "yen-dollar-tokyo-0112",
     "円相場、1ドル=151円台前半 東京外為市場",
     "12日の東京外国為替市場で、円相場は午後5時時点で1ドル=151円08〜10銭で取引された。前週末比42銭の円安・ドル高。米雇用統計の堅調さを受け、円売り・ドル買いが優勢だった。"),
    ("fxd2", "tokyo-fx-0113", "lookalike", "minato-keizai", "01-13T08:10", "markets", "tokyo-fx-close-0113",
     "東京外為市場・17時 1ドル=150円台後半",
     "13日の東京外国為替市場で、円相場は午後5時時点で1ドル=150円64〜66銭で取引された。前日比44銭の円高・ドル安。日銀の追加利上げ観測が強まり、円買い・ドル売りが優勢だった。"),

    # --- obituaries -----------------------------------------------------------------
    ("hm1", "obit-himuro", "original", "hinode-tsushin", "01-13T03:00", "obituaries", "actor-himuro-kengo-dies",
     "俳優の氷室健吾さん死去 92歳 時代劇で活躍",
     "時代劇「江戸の風」シリーズなどで活躍した俳優の氷室健吾（ひむろ・けんご）さんが10日、老衰のため東京都内の自宅で死去した。92歳。京都府出身。葬儀は近親者で済ませた。後日お別れの会を開く予定。"),
    ("hm2", "obit-himuro", "copy", "asanagi-shimbun", "01-13T03:40", "obituaries", "himuro-kengo-obituary",
     "氷室健吾さん死去 俳優、「江戸の風」",
     "時代劇「江戸の風」シリーズなどで活躍した俳優の氷室健吾（ひむろ・けんご）さんが10日、老衰のため東京都内の自宅で亡くなった。92歳。京都府出身。葬儀は近親者で営んだ。後日お別れの会を開く。"),
    ("hm3", "obit-himuro", "rewrite", "kazamidori-news", "01-13T05:00", "culture", "himuro-kengo-sword-fight-star-remembered",
     "「江戸の風」の名優、氷室健吾さん逝く 殺陣の美しさで魅了",
     "テレビ時代劇の黄金期を支えた氷室健吾さんが92歳で亡くなった。京都の撮影所で大部屋俳優から身を起こし、流れるような殺陣で人気を集めた。晩年は後進の指導に力を注いだ。所属事務所が13日に発表した。"),
    ("mk1", "obit-mikumo", "lookalike", "kitakaze-nippo", "01-13T06:30", "obituaries", "actor-mikumo-tatsuya-dies",
     "俳優の三雲達也さん死去 87歳 刑事ドラマで活躍",
     "刑事ドラマ「湾岸署24時」シリーズなどで活躍した俳優の三雲達也（みくも・たつや）さんが11日、肺炎のため札幌市内の病院で死去した。87歳。北海道出身。葬儀は近親者で済ませた。"),

    # --- Sapporo building fires --------------------------------------------------
    ("sc1", "chuo-ku-fire", "original", "kitakaze-nippo", "01-11T12:00", "sapporo", "sapporo-chuo-ku-building-fire",
     "札幌・中央区の雑居ビルで火災 客ら30人避難",
     "11日午後7時半ごろ、札幌市中央区南4条西3丁目の7階建て雑居ビルの4階飲食店から出火、約50平方メートルを焼いた。客や従業員ら約30人が避難し、男性1人が煙を吸って病院に運ばれた。札幌中央署が原因を調べている。"),
    ("sc2", "chuo-ku-fire", "rewrite", "hinode-tsushin", "01-11T13:00", "national", "susukino-building-restaurant-fire",
     "すすきののビル火災、飲食店から出火 1人搬送",
     "札幌の歓楽街すすきののビルで11日夜に火事があり、4階の飲食店の一部が焼けた。警察と消防によると、店内の厨房付近から火が出たとみられる。ビル内の約30人は自力で避難し、男性客1人が煙を吸って手当てを受けた。"),
    ("th1", "toyohira-fire", "lookalike", "kitakaze-nippo", "01-12T02:00", "sapporo", "sapporo-toyohira-ku-building-fire",
     "札幌・豊平区の雑居ビルで火災 客ら20人避難",
     "12日午前10時ごろ、札幌市豊平区平岸2条7丁目の5階建て雑居ビルの2階飲食店から出火、約40平方メートルを焼いた。客や従業員ら約20人が避難し、けが人はなかった。豊平署が原因を調べている。"),

    # --- Hokuriku road closures (template) ----------------------------------------
    ("hrj1", "hokuriku-kanazawa-closure", "template", "hinode-tsushin", "01-13T00:30", "traffic", "hokuriku-expressway-closed-kanazawa",
     "北陸道、大雪で金沢森本―小矢部間を通行止め",
     "中日本高速道路によると、北陸自動車道は大雪のため、13日午前8時から金沢森本インターチェンジ（石川県）―小矢部インターチェンジ（富山県）間の上下線で通行止めとなっている。解除の見通しは立っていない。"),
    ("hrj2", "hokuriku-kanazawa-closure", "copy", "asanagi-shimbun", "01-13T01:00", "society", "hokuriku-kanazawa-morimoto-oyabe-closed",
     "北陸道の金沢森本―小矢部間、大雪で通行止め",
     "中日本高速道路によると、北陸自動車道は大雪の影響で、13日午前8時から金沢森本インターチェンジ（石川県）―小矢部インターチェンジ（富山県）間の上下線が通行止めとなっている。解除の見通しは立っていない。"),
    ("hrjl", "hokuriku-fukui-closure", "lookalike", "hinode-tsushin", "01-13T02:10", "traffic", "route-8-closed-fukui-snow",
     "国道8号、大雪で福井県坂井市―あわら市間を通行止め",
     "国土交通省福井河川国道事務所によると、国道8号は大雪のため、13日午前10時から福井県坂井市丸岡町―あわら市間の上下線で通行止めとなっている。解除の見通しは立っていない。"),

    # --- motorcycle-parts merger ---------------------------------------------------
    ("em1", "enshu-motor-merger", "original", "minato-keizai", "01-12T06:30", "companies", "enshu-motor-hamana-seiki-merge",
     "二輪部品の遠州モーターと浜名精機が経営統合 10月に持ち株会社",
     "二輪車部品の遠州モーターと浜名精機は12日、10月1日に共同持ち株会社を設立して経営統合すると発表した。統合後の売上高は約2400億円。電動二輪向けモーターの開発投資を一本化し、インドや東南アジアでの競争力を高める。"),
    ("em2", "enshu-motor-merger", "rewrite", "asanagi-shimbun", "01-12T09:00", "economy", "shizuoka-motorcycle-parts-makers-integrate",
     "静岡の二輪部品2社が統合 電動化投資を一本化",
     "静岡県西部に本社を置く二輪車部品の遠州モーターと浜名精機が経営統合する。10月に持ち株会社を設け、両社が傘下に入る。電動二輪向けの開発を一本化し、価格競争が激しいアジア市場で中国勢に対抗する。"),
    ("em3", "enshu-motor-merger", "cut", "kazamidori-news", "01-12T10:00", "economy", "enshu-hamana-merger",
     "遠州モーターと浜名精機が経営統合へ",
     ""),

    # --- singles --------------------------------------------------------------------
    ("hatachi", "naha-hatachi", "single", "kazamidori-news", "01-11T05:00", "local", "naha-coming-of-age-ceremony",
     "那覇市で「二十歳のつどい」 約3千人が門出祝う",
     "成人の日の11日、那覇市の沖縄セルラーパーク那覇で「二十歳のつどい」が開かれ、約3千人が出席した。華やかな振り袖や紋付きはかま姿の若者らが、友人との再会を喜び合った。"),
    ("jozenji", "jozenji-lights", "single", "asanagi-shimbun", "01-13T04:00", "local", "sendai-jozenji-dori-redevelopment-plan",
     "定禅寺通の再整備、中央緑道を広場に 仙台市が計画案",
     "仙台市は13日、定禅寺通の再整備に向けた基本計画案を公表した。中央緑道を拡幅して広場として活用し、車道を片側2車線から1車線に減らす。2029年度の着工を目指し、2月に市民の意見を募る。"),
]

TRAPS = [
    ("nc1", "tyj", "other-prefecture"), ("nc2", "tyj", "other-prefecture"),
    ("nc1", "ym", "other-prefecture"), ("nc3", "ym", "other-prefecture"),
    ("nc1", "ncd2", "next-day"), ("nc4", "ncd2", "next-day"),
    ("mg1", "fk1", "other-prefecture"), ("mg2", "fk1", "other-prefecture"), ("mg3", "fk1", "other-prefecture"),
    ("fx1", "fxd2", "next-day"), ("fx2", "fxd2", "next-day"),
    ("hm1", "mk1", "other-person"), ("hm2", "mk1", "other-person"),
    ("sc1", "th1", "other-district"), ("sc2", "th1", "other-district"),
    ("hrj1", "hrjl", "other-road"), ("hrj2", "hrjl", "other-road"),
]
