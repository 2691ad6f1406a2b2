# -*- coding: utf-8 -*-
"""Held-out half (h15): week of Monday 28 December 2026; day 1..3 = 28..30 Dec.

I(key, label, kind, source, day, "HH:MM", title, summary)
  label None -> the item is a story of its own (label derived from the key).
C(key, head_key, source, day, "HH:MM", kind="copy", title=None, summary=None)
  repeats the head's text unless title/summary are given.
Keys and labels are internal; links are built from titles in build.py.
"""

ITEMS = []


def I(key, label, kind, src, day, hm, title, summary):
    ITEMS.append({"key": key, "label": label, "kind": kind, "src": src,
                  "day": day, "hm": hm, "title": title, "summary": summary})


def C(key, of, src, day, hm, kind="copy", title=None, summary=None):
    h = [x for x in ITEMS if x["key"] == of][0]
    I(key, h["label"], kind, src, day, hm,
      h["title"] if title is None else title,
      h["summary"] if summary is None else summary)


# ---------------------------------------------------------------- English
L = "fenwick-ashby-3-3"
I("fc_ap_prev", None, "lookalike", "northway-news", 1, "10:00",
  "Fenwick County v Ashby Park preview: Vance set to start up front",
  "Ashby Park striker Callum Vance is expected to start at Fenwick County this afternoon after shaking off "
  "a hamstring problem. County have won only one of their last six home games.")
I("fc_ap", L, "original", "kestrel-sport", 1, "17:02",
  "Fenwick County 3-3 Ashby Park: Vance rescues point in six-goal thriller",
  "Callum Vance headed a stoppage-time equaliser as Ashby Park came from 3-1 down to draw 3-3 at Fenwick "
  "County. Jordan Pike had scored twice for the home side.")
C("fc_ap_c", "fc_ap", "northway-news", 1, "17:21")
I("fc_ap_rw", L, "rewrite", "pitchside-wire", 1, "17:48",
  "Ashby Park snatch 3-3 draw at Fenwick with last-gasp Vance header",
  "Ashby Park looked beaten at 3-1 down with ten minutes left, but goals from Reece Dolan and a 94th-minute "
  "Callum Vance header earned a 3-3 draw at Fenwick County despite Jordan Pike's double.")
I("fc_ap_reg", L, "regional", "harbour-gazette", 2, "06:40",
  "Park fight back to draw at Fenwick as Vance strikes late",
  "Ashby Park supporters who made the trip to Fenwick saw their side recover from 3-1 down to draw 3-3, "
  "Callum Vance heading in the equaliser deep into stoppage time.")
I("fc_ap_br", L, "brief", "midland-echo", 2, "07:30",
  "In brief: Fenwick and Ashby share six goals",
  "In brief: Fenwick County and Ashby Park drew 3-3 on Monday, Callum Vance heading a stoppage-time "
  "equaliser after Jordan Pike's double for County.")
I("st_ra", None, "lookalike", "kestrel-sport", 1, "17:05",
  "Saltash Town 3-3 Redhill Athletic: Baines rescues point in six-goal thriller",
  "Tom Baines struck in stoppage time as Redhill Athletic came from 3-1 down to draw 3-3 at Saltash Town. "
  "Kieran Moss had scored twice for the home side.")

L = "dunmere-millbrook"
I("dc_mt_ht", L, "original", "pitchside-wire", 2, "20:50",
  "Half-time: Dunmere City 0-1 Millbrook Town",
  "Millbrook Town lead Dunmere City 1-0 at the break at Ashgrove Park after Chris Fenn turned in a corner "
  "in the 19th minute of interim boss Paul Ingram's second game.")
I("dc_mt_up", L, "update", "pitchside-wire", 2, "21:54",
  "UPDATE: Dunmere City 1-1 Millbrook Town, full time",
  "Full time at Ashgrove Park: Dunmere City 1-1 Millbrook Town. Chris Fenn's first-half goal for Millbrook "
  "was cancelled out by Sam Lyle's 80th-minute equaliser for City.")
I("dc_mt_rw", L, "rewrite", "kestrel-sport", 2, "22:20",
  "Ingram's Millbrook hold Dunmere to 1-1 draw",
  "Paul Ingram's Millbrook Town earned a second straight point as Sam Lyle's late leveller for Dunmere City "
  "cancelled out Chris Fenn's early goal in a 1-1 draw at Ashgrove Park.")
I("hr_bu_ht", None, "lookalike", "pitchside-wire", 2, "20:52",
  "Half-time: Harwick Rovers 0-1 Blackwater United",
  "Blackwater United lead Harwick Rovers 1-0 at the interval at Millfield Road, where Leon Ferris scored "
  "from the penalty spot after 31 minutes.")

L = "eastcombe-sack-kemble"
I("ea_sack", L, "original", "kestrel-sport", 2, "10:00",
  "Eastcombe Albion sack manager Stuart Kemble",
  "Eastcombe Albion have sacked manager Stuart Kemble after a run of one win in ten league games left them "
  "18th in the Premier Division. Assistant Mick Lawlor will take charge of training.")
C("ea_sack_c", "ea_sack", "northway-news", 2, "10:24")
I("ea_sack_rw", L, "rewrite", "midland-echo", 2, "11:10",
  "Kemble pays price for Eastcombe slump",
  "Stuart Kemble has become the second Premier Division manager to lose his job this month, Eastcombe Albion "
  "ending his two-year reign after one win in ten league games.")
I("ea_sack_br", L, "brief", "harbour-gazette", 2, "13:00",
  "In brief: Eastcombe dismiss Kemble",
  "In brief: Eastcombe Albion sacked manager Stuart Kemble on Tuesday after one win in ten league games. "
  "Assistant Mick Lawlor takes training for now.")
L = "eastcombe-appoint-holt"
I("ea_appoint", L, "original", "kestrel-sport", 3, "14:00",
  "Eastcombe Albion appoint Dean Holt as manager",
  "Eastcombe Albion have appointed former Saltash Town boss Dean Holt as manager on an 18-month contract, "
  "a day after dismissing Stuart Kemble. Holt's first game is at home to Harwick Rovers.")
C("ea_appoint_c", "ea_appoint", "northway-news", 3, "14:22")

L = "harwick-sign-brandt"
I("hr_sign", L, "original", "pitchside-wire", 3, "09:30",
  "Harwick Rovers sign defender Luca Brandt from Fenwick County",
  "Harwick Rovers have signed centre-back Luca Brandt from Fenwick County for an undisclosed fee. "
  "The 26-year-old has agreed a deal until 2030 and will join on 1 January.")
C("hr_sign_c", "hr_sign", "midland-echo", 3, "09:51")
I("hr_sign_cut", L, "cut", "northway-news", 3, "10:40",
  "Harwick complete Brandt signing",
  "Harwick Rovers have completed the signing of Fenwick County centre-back Luca Brandt, who joins on "
  "1 January on a deal until 2030.")
I("hr_okafor", None, "lookalike", "pitchside-wire", 3, "16:15",
  "Harwick Rovers striker Daniel Okafor signs new contract",
  "Harwick Rovers striker Daniel Okafor has signed a new contract until 2030, ending speculation over his "
  "future. The 27-year-old has scored 11 goals this season.")

L = "kingsmoor-oldfield-expelled"
I("km_expel", L, "original", "northway-news", 1, "12:30",
  "Kingsmoor and Oldfield Rangers expelled from County Cup",
  "The county FA has expelled Kingsmoor FC and Oldfield Rangers from the County Cup and fined both clubs "
  "5,000 pounds after last week's abandoned quarter-final. Both have seven days to appeal.")
C("km_expel_c", "km_expel", "pitchside-wire", 1, "12:55")
L = "kingsmoor-appeal"
I("km_appeal", L, "original", "northway-news", 2, "15:10",
  "Kingsmoor lodge appeal against County Cup expulsion",
  "Kingsmoor FC have lodged an appeal against their expulsion from the County Cup, arguing that Oldfield "
  "Rangers players started last week's brawl. Oldfield say they will accept the ruling.")
C("km_appeal_c", "km_appeal", "harbour-gazette", 2, "15:40")
I("km_appeal_rw", L, "rewrite", "pitchside-wire", 2, "16:20",
  "Kingsmoor fight County Cup ban as Oldfield accept punishment",
  "Kingsmoor FC will challenge their County Cup expulsion and 5,000-pound fine, while Oldfield Rangers have "
  "decided not to appeal against the same sanctions handed out on Monday.")

L = "atlas-rally-stage2"
I("rr_s2", L, "original", "kestrel-sport", 1, "16:40",
  "Atlas Rally: Brenner wins stage two to take overall lead",
  "German driver Felix Brenner won the 412km second stage of the Atlas Rally from Erfoud by four minutes and "
  "now leads the car category by two minutes from France's Julien Moreau.")
C("rr_s2_c", "rr_s2", "northway-news", 1, "17:05")
I("rr_s2_de", L, "translation", "nordblatt", 1, "17:30",
  "Atlas-Rallye: Brenner gewinnt zweite Etappe und übernimmt Führung",
  "Felix Brenner hat die 412 Kilometer lange zweite Etappe der Atlas-Rallye gewonnen und führt in der "
  "Autowertung nun mit zwei Minuten Vorsprung auf den Franzosen Julien Moreau.")
I("rr_s3", None, "lookalike", "kestrel-sport", 2, "16:45",
  "Atlas Rally: Moreau wins stage three as Brenner keeps lead",
  "Julien Moreau won the third stage of the Atlas Rally, a 380km loop around Erfoud, but Felix Brenner "
  "limited his losses to 40 seconds and still leads the car category.")
I("rr_s3_de", None, "lookalike", "nordblatt", 2, "17:20",
  "Atlas-Rallye: Moreau gewinnt dritte Etappe, Brenner bleibt vorn",
  "Der Franzose Julien Moreau hat die dritte Etappe der Atlas-Rallye gewonnen. Felix Brenner verlor nur "
  "40 Sekunden und führt weiter die Autowertung an.")

L = "weather-aberdeen-29dec"
I("wx_abd_29", L, "template", "northway-news", 2, "05:30",
  "Aberdeen weather, Tuesday 29 December: snow showers, highs of 2C",
  "Snow showers push into Aberdeen from the north this morning, with 2-4cm possible on higher ground. "
  "Highs of 2C and lows of minus 3C overnight, with a strong northerly wind.")
C("wx_abd_29_c", "wx_abd_29", "harbour-gazette", 2, "06:05")
I("wx_inv_29", None, "template", "northway-news", 2, "05:31",
  "Inverness weather, Tuesday 29 December: snow showers, highs of 1C",
  "Snow showers affect Inverness through the morning, with 3-5cm possible on higher ground. "
  "Highs of 1C and lows of minus 4C overnight, with a fresh northerly wind.")
I("wx_abd_30", None, "template", "northway-news", 3, "05:30",
  "Aberdeen weather, Wednesday 30 December: dry and bright, highs of 3C",
  "After an icy start, Aberdeen stays dry and bright with long sunny spells. Highs of 3C and lows of minus 5C "
  "overnight, with light winds and freezing fog possible.")

L = "daily-millions-28dec"
I("lot_28", L, "template", "harbour-gazette", 1, "21:10",
  "Daily Millions results for Monday 28 December",
  "The winning Daily Millions numbers for Monday 28 December are 06, 14, 22, 30, 37 and 49, with bonus ball 18. "
  "No ticket matched all six, so the jackpot rolls over to 1.6 million pounds.")
C("lot_28_c", "lot_28", "northway-news", 1, "21:33", summary="")
I("lot_29", None, "template", "harbour-gazette", 2, "21:10",
  "Daily Millions results for Tuesday 29 December",
  "The winning Daily Millions numbers for Tuesday 29 December are 01, 09, 17, 26, 35 and 42, with bonus ball 30. "
  "No ticket matched all six, so the jackpot rolls over to 2.1 million pounds.")

L = "obit-harrow"
I("ob_harrow", L, "original", "midland-echo", 1, "09:40",
  "Former Blackwater United manager Jim Harrow dies aged 88",
  "Jim Harrow, who led Blackwater United to promotion twice in the 1980s and managed the club in more than "
  "500 matches, has died aged 88. A minute's applause will be held before Saturday's game.")
C("ob_harrow_c", "ob_harrow", "pitchside-wire", 1, "10:05")
I("ob_harrow_br", L, "brief", "northway-news", 1, "13:15",
  "In brief: Blackwater mourn former boss Harrow",
  "In brief: Jim Harrow, who twice won promotion as Blackwater United manager in the 1980s and took charge "
  "of more than 500 games, has died aged 88.")
I("ob_lusk", None, "lookalike", "midland-echo", 3, "10:10",
  "Former Eastcombe Albion winger Pete Lusk dies aged 88",
  "Pete Lusk, who played on the wing for Eastcombe Albion in the 1960s and made more than 300 appearances "
  "for the club, has died aged 88. A minute's applause will be held before the next home game.")

L = "bin-strike-sheffield"
I("str_shef", L, "original", "midland-echo", 3, "07:15",
  "Sheffield bin collectors strike over holiday pay",
  "Refuse collectors in Sheffield began a five-day strike on Wednesday in a dispute over holiday pay, leaving "
  "Christmas waste uncollected. The council has urged residents to hold on to rubbish.")
C("str_shef_c", "str_shef", "northway-news", 3, "07:40")
I("str_cov", None, "lookalike", "midland-echo", 3, "07:25",
  "Coventry bin collectors strike over holiday pay",
  "Refuse collectors in Coventry walked out on Wednesday for three days in a separate dispute over holiday "
  "pay. The city council says recycling centres will stay open.")

L = "flu-admissions-england-wk52"
I("flu_eng2", L, "original", "northway-news", 3, "12:00",
  "Flu admissions in England rise 15% in week to 27 December",
  "Hospital admissions for flu in England rose 15% to 4,960 in the week to 27 December, the Health Protection "
  "Agency said, although the rate of increase slowed for a second week.")
C("flu_eng2_c", "flu_eng2", "harbour-gazette", 3, "12:28")
I("flu_wal", None, "lookalike", "northway-news", 3, "12:40",
  "Flu admissions in Wales rise 12% in week to 27 December",
  "Hospital admissions for flu in Wales rose 12% to 388 in the week to 27 December, public health officials "
  "said, with the rate of increase slowing for a second week.")

L = "a66-snow-closure"
I("a66_close", L, "original", "midland-echo", 3, "06:20",
  "A66 closed by snow between Scotch Corner and Penrith",
  "The A66 is closed in both directions between Scotch Corner and Penrith after heavy overnight snow left "
  "several lorries stranded near Bowes. Drivers are advised to use the M6 and A69.")
C("a66_close_c", "a66_close", "harbour-gazette", 3, "06:48")
I("a66_open", None, "lookalike", "midland-echo", 3, "13:05",
  "A66 reopens between Scotch Corner and Penrith after snow",
  "The A66 has reopened between Scotch Corner and Penrith after gritters and ploughs cleared overnight snow. "
  "Drivers are urged to take care because of ice near Bowes.")

I("s_ashby_pitch", None, "single", "pitchside-wire", 1, "08:15",
  "Ashby Park to install heated pitch before next season",
  "Ashby Park will install undersoil heating at Lowfield Road next summer after three home games were "
  "postponed because of frost last winter, the club has confirmed.")
I("s_diesel", None, "single", "midland-echo", 2, "14:20",
  "Diesel price rises for first time in two months, says motoring group",
  "The average price of diesel rose by 0.8p to 138.9p a litre in the past week, the first increase in two "
  "months, according to the Drivers' Association.")

# ---------------------------------------------------------------- German
L = "moorfeld-kaltenbach-4-3"
I("eh_mf_kb", L, "original", "nordblatt", 2, "22:10",
  "EC Moorfeld schlägt Rheinadler Kaltenbach 4:3 nach Verlängerung",
  "Der EC Moorfeld hat die Rheinadler Kaltenbach mit 4:3 nach Verlängerung bezwungen. Kapitän Lukas Endres "
  "traf nach 63 Minuten zum Sieg, zuvor hatte Moorfeld zweimal einen Rückstand aufgeholt.")
C("eh_mf_kb_c", "eh_mf_kb", "elbe-rundschau", 2, "22:31")
I("eh_mf_kb_rw", L, "rewrite", "alpenkurier", 2, "23:02",
  "Endres schießt Moorfeld in der Verlängerung zum Sieg",
  "Lukas Endres war der Held des Abends: Der Kapitän des EC Moorfeld erzielte in der Verlängerung das 4:3 "
  "gegen die Rheinadler Kaltenbach, die zweimal geführt hatten.")
I("eh_mf_kb_br", L, "brief", "nordblatt", 3, "07:00",
  "Kurz notiert: Moorfeld siegt nach Verlängerung",
  "Kurz notiert: Der EC Moorfeld hat am Dienstagabend die Rheinadler Kaltenbach mit 4:3 nach Verlängerung "
  "geschlagen, Lukas Endres erzielte das Siegtor.")
I("eh_ph_es", None, "lookalike", "elbe-rundschau", 2, "22:16",
  "Pinguine Harzburg schlagen EV Saalstadt 4:3 nach Verlängerung",
  "Die Pinguine Harzburg haben den EV Saalstadt mit 4:3 nach Verlängerung bezwungen. Verteidiger Jonas Keil "
  "traf nach 62 Minuten zum Sieg, Harzburg hatte zuvor einen Rückstand aufgeholt.")

L = "dax-close-28dec"
I("dax_28", L, "template", "elbe-rundschau", 1, "17:45",
  "DAX schließt 0,2 Prozent höher bei 20.512 Punkten",
  "Der deutsche Leitindex hat den Montag mit einem Plus von 0,2 Prozent bei 20.512 Punkten beendet. "
  "Zwischen den Jahren blieben die Umsätze gering, der Euro notierte bei 1,0866 Dollar.")
C("dax_28_c", "dax_28", "alpenkurier", 1, "18:04")
I("dax_30", None, "template", "elbe-rundschau", 3, "14:30",
  "DAX schließt letzten Handelstag 0,4 Prozent höher bei 20.655 Punkten",
  "Der deutsche Leitindex hat den letzten Handelstag des Jahres mit einem Plus von 0,4 Prozent bei "
  "20.655 Punkten beendet. Auf Jahressicht steht ein Gewinn von 14 Prozent.")

L = "spritpreise-28dez"
I("sprit_de", L, "template", "nordblatt", 1, "11:00",
  "Spritpreise zwischen den Jahren: Diesel kostet 1,63 Euro",
  "Ein Liter Diesel kostet im bundesweiten Schnitt 1,63 Euro, Super E10 1,71 Euro, meldet ein Autoclub. "
  "Damit sind beide Sorten zwei Cent teurer als vor einer Woche.")
C("sprit_de_c", "sprit_de", "elbe-rundschau", 1, "11:25")
I("sprit_at", None, "template", "alpenkurier", 1, "11:05",
  "Spritpreise zwischen den Jahren: Diesel kostet in Österreich 1,55 Euro",
  "Ein Liter Diesel kostet im österreichweiten Schnitt 1,55 Euro, Super 95 1,62 Euro, meldet ein "
  "Autofahrerclub. Damit sind beide Sorten einen Cent teurer als vor einer Woche.")

L = "obit-falk"
I("ob_falk", L, "original", "elbe-rundschau", 2, "09:30",
  "Schlagersänger Rudi Falk mit 77 Jahren gestorben",
  "Der Schlagersänger Rudi Falk, der in den Siebzigerjahren mit 'Sommer an der Elbe' bekannt wurde, ist im "
  "Alter von 77 Jahren gestorben. Das teilte seine Familie mit.")
C("ob_falk_c", "ob_falk", "nordblatt", 2, "09:55")
I("ob_lohm", None, "lookalike", "elbe-rundschau", 3, "09:30",
  "Schauspielerin Gerda Lohmann mit 77 Jahren gestorben",
  "Die Schauspielerin Gerda Lohmann, die in den Siebzigerjahren mit der Serie 'Hafenwache' bekannt wurde, "
  "ist im Alter von 77 Jahren gestorben. Das teilte ihre Familie mit.")

I("s_feuerwerk", None, "single", "nordblatt", 2, "08:00",
  "Feuerwerksverkauf startet: Händler rechnen mit weniger Umsatz",
  "Ab heute darf wieder Silvesterfeuerwerk verkauft werden. Der Handel rechnet wegen neuer Verbotszonen in "
  "vielen Innenstädten mit rund zehn Prozent weniger Umsatz als im Vorjahr.")

# ---------------------------------------------------------------- French
L = "basket-varennes-saintaubin"
I("bk_ev_sa", L, "original", "courrier-des-stades", 1, "22:30",
  "Basket : l'Élan Varennois bat Saint-Aubin 88-81",
  "L'Élan Varennois a battu Saint-Aubin Basket 88-81 lundi soir, porté par les 27 points de son meneur "
  "américain Tyrell Banks. Varennes reste invaincu à domicile.")
C("bk_ev_sa_c", "bk_ev_sa", "le-veilleur", 1, "22:52")
I("bk_ev_sa_rw", L, "rewrite", "matin-loire", 2, "07:10",
  "Tyrell Banks porte Varennes face à Saint-Aubin",
  "Avec 27 points, le meneur Tyrell Banks a mené l'Élan Varennois à la victoire face à Saint-Aubin (88-81), "
  "le huitième succès en huit matchs à domicile cette saison.")
I("bk_mc_pr", None, "lookalike", "courrier-des-stades", 1, "22:36",
  "Basket : Montclair bat Pradelles 88-81",
  "Montclair Basket a battu l'ES Pradelles 88-81 lundi soir grâce aux 22 points de son ailier Mathis Dufour. "
  "Montclair remonte à la sixième place.")

L = "greve-eboueurs-marseille"
I("gr_mrs", L, "original", "le-veilleur", 2, "07:00",
  "Grève des éboueurs à Marseille : les poubelles s'accumulent",
  "Les agents de collecte des déchets de Marseille sont en grève depuis mardi matin pour réclamer une prime "
  "de fin d'année. Plusieurs arrondissements ne sont plus collectés.")
C("gr_mrs_c", "gr_mrs", "matin-loire", 2, "07:24")
I("gr_mrs_br", L, "brief", "echo-de-meuse", 2, "12:00",
  "En bref : grève des éboueurs à Marseille",
  "En bref : à Marseille, les éboueurs ont cessé le travail mardi matin pour obtenir une prime de fin "
  "d'année ; la collecte est interrompue dans plusieurs arrondissements.")
I("gr_mtp", None, "lookalike", "le-veilleur", 2, "07:10",
  "Grève des éboueurs à Montpellier : les poubelles s'accumulent",
  "Les agents de collecte de la métropole de Montpellier ont cessé le travail mardi pour protester contre "
  "la suppression de postes. La collecte des bacs jaunes est suspendue.")

L = "loto-28dec"
I("loto_28", L, "template", "matin-loire", 1, "21:00",
  "Résultats du Loto du lundi 28 décembre 2026",
  "Les numéros gagnants du tirage du Loto du lundi 28 décembre sont le 8, 14, 27, 36 et 44, numéro chance 4. "
  "Aucun joueur n'a trouvé la bonne combinaison, le jackpot passe à 4 millions d'euros.")
C("loto_28_c", "loto_28", "le-veilleur", 1, "21:22")
I("loto_30", None, "template", "matin-loire", 3, "21:00",
  "Résultats du Loto du mercredi 30 décembre 2026",
  "Les numéros gagnants du tirage du Loto du mercredi 30 décembre sont le 1, 10, 19, 31 et 48, numéro chance 9. "
  "Aucun joueur n'a trouvé la bonne combinaison, le jackpot passe à 5 millions d'euros.")

I("s_ardenne", None, "single", "echo-de-meuse", 2, "06:00",
  "Météo : neige en Ardenne, routes glissantes ce mardi",
  "L'institut météorologique annonce jusqu'à 8 centimètres de neige sur les hauteurs de l'Ardenne ce mardi. "
  "La prudence est de mise sur la E411 entre Namur et Arlon.")
I("s_varennes_centre", None, "single", "courrier-des-stades", 3, "11:00",
  "L'Olympique de Varennes dévoile son futur centre d'entraînement",
  "L'Olympique de Varennes a présenté mercredi son futur centre d'entraînement, un projet de 18 millions "
  "d'euros qui doit ouvrir à l'été 2028 en périphérie de la ville.")

# ---------------------------------------------------------------- Spanish
L = "basket-albaran-marjal"
I("bk_alb_mar", L, "original", "diario-del-estadio", 1, "21:40",
  "El Baloncesto Albarán gana 91-84 al Marjal",
  "El Baloncesto Albarán derrotó 91-84 al CB Marjal con 25 puntos del base Álex Prieto y encadena cuatro "
  "victorias seguidas en la liga.")
C("bk_alb_mar_c", "bk_alb_mar", "noticias-ebro", 1, "22:02")
I("bk_alb_mar_rw", L, "rewrite", "cronica-levante", 2, "08:00",
  "Álex Prieto guía al Albarán ante el Marjal",
  "Los 25 puntos de Álex Prieto sostuvieron al Baloncesto Albarán, que superó 91-84 al CB Marjal en un "
  "último cuarto muy igualado y suma cuatro triunfos consecutivos.")
I("bk_tor_sot", None, "lookalike", "diario-del-estadio", 1, "21:46",
  "El Tordesal Basket gana 91-84 al Sotomayor",
  "El Tordesal Basket derrotó 91-84 al CB Sotomayor con 21 puntos del pívot Marc Olivé y se mantiene en "
  "la zona de play-off.")

I("s_inocentes", None, "single", "cronica-levante", 1, "09:00",
  "Día de los Santos Inocentes: las bromas más sonadas de este año", "")

L = "sorteo-diario-28dic"
I("sd_28", L, "template", "noticias-ebro", 1, "21:45",
  "Sorteo Diario del lunes 28 de diciembre: combinación ganadora",
  "La combinación ganadora del Sorteo Diario del lunes 28 de diciembre es 3, 11, 25, 32, 40 y 47, "
  "complementario 19 y reintegro 6. No hay acertantes de primera categoría.")
C("sd_28_c", "sd_28", "cronica-levante", 1, "22:10")
I("sd_29", None, "template", "noticias-ebro", 2, "21:45",
  "Sorteo Diario del martes 29 de diciembre: combinación ganadora",
  "La combinación ganadora del Sorteo Diario del martes 29 de diciembre es 7, 13, 20, 28, 39 y 44, "
  "complementario 2 y reintegro 1. Hay un acertante de primera categoría en Teruel.")

L = "consulta-distrito-centro"
I("cons_centro", L, "original", "cronica-levante", 3, "22:00",
  "Consulta sobre la peatonalización: el 'sí' gana en el distrito Centro con el 58%",
  "El 'sí' a la peatonalización del casco histórico se impuso en el distrito Centro con el 58% de los votos "
  "y una participación del 41%, según el escrutinio municipal.")
C("cons_centro_c", "cons_centro", "noticias-ebro", 3, "22:21")
I("cons_norte", None, "lookalike", "cronica-levante", 3, "22:04",
  "Consulta sobre la peatonalización: el 'no' gana en el distrito Norte con el 52%",
  "El 'no' a la peatonalización del casco histórico se impuso en el distrito Norte con el 52% de los votos "
  "y una participación del 37%, según el escrutinio municipal.")

I("s_quebrada", None, "single", "observador-andino", 2, "22:00",
  "Atlético Quebrada le ganó 2-0 a Sportivo Mendieta en el torneo de verano",
  "Atlético Quebrada venció 2-0 a Sportivo Mendieta en el arranque del torneo de verano, con goles de "
  "Lautaro Benítez y Franco Ibarra en el segundo tiempo.")

# ---------------------------------------------------------------- Italian
L = "valbruna-ferrano-0-0"
I("fb_val_fer", L, "original", "cronista-sportivo", 2, "22:45",
  "Sporting Valbruna-Atletico Ferrano 0-0: pali e parate, nessun gol",
  "Finisce senza reti la sfida tra Sporting Valbruna e Atletico Ferrano. Due legni per i padroni di casa, "
  "decisivo il portiere ospite Davide Sala con tre grandi interventi.")
C("fb_val_fer_c", "fb_val_fer", "notiziario-padano", 2, "23:04")
I("fb_val_fer_reg", L, "regional", "eco-di-valbruna", 3, "07:00",
  "Valbruna, pari a reti bianche col Ferrano: due pali e tanti rimpianti",
  "Allo Sporting Valbruna manca solo il gol: contro l'Atletico Ferrano finisce 0-0 dopo due pali colpiti da "
  "Marco Esposti e le parate di Davide Sala.")
I("fb_val_fer_br", L, "brief", "notiziario-padano", 3, "08:30",
  "In breve: Valbruna e Ferrano non si fanno male, 0-0",
  "In breve: Sporting Valbruna e Atletico Ferrano hanno pareggiato 0-0 martedì sera; due pali per i padroni "
  "di casa e tre parate decisive di Davide Sala.")
I("fb_cas_mon", None, "lookalike", "cronista-sportivo", 2, "22:50",
  "Pro Castelbosco-Virtus Montalto 0-0: traverse e parate, nessun gol",
  "Finisce senza reti la sfida tra Pro Castelbosco e Virtus Montalto. Una traversa per parte, ottimo il "
  "portiere di casa Luca Ferri, decisivo su Lorenzo Ricci.")

L = "meteo-milano-29dic"
I("mt_mi", L, "template", "notiziario-padano", 2, "06:00",
  "Meteo Milano, martedì 29 dicembre: nebbia fitta e minime a -2",
  "A Milano la giornata di martedì si apre con nebbia fitta e visibilità sotto i 100 metri. Minime a -2 gradi, "
  "massime a 5, cielo poco nuvoloso nel pomeriggio.")
C("mt_mi_c", "mt_mi", "eco-di-valbruna", 2, "06:22")
I("mt_to", None, "template", "notiziario-padano", 2, "06:01",
  "Meteo Torino, martedì 29 dicembre: nebbia fitta e minime a -3",
  "A Torino la giornata di martedì si apre con nebbia fitta nelle zone di pianura. Minime a -3 gradi, "
  "massime a 4, cielo sereno nel pomeriggio.")

L = "obit-bellandi"
I("ob_bell", L, "original", "eco-di-valbruna", 1, "10:00",
  "È morto Franco Bellandi, storico presidente del Valbruna: aveva 90 anni",
  "Si è spento a 90 anni Franco Bellandi, presidente dello Sporting Valbruna per 22 stagioni e artefice della "
  "promozione del 1979. I funerali giovedì in cattedrale.")
C("ob_bell_c", "ob_bell", "cronista-sportivo", 1, "10:31")
I("ob_tara", None, "lookalike", "cronista-sportivo", 3, "11:00",
  "È morto Gino Tarabusi, storico presidente della Pro Castelbosco: aveva 90 anni",
  "Si è spento a 90 anni Gino Tarabusi, presidente della Pro Castelbosco per 18 stagioni e artefice della "
  "promozione del 1985. I funerali sabato nella chiesa parrocchiale.")

I("s_borsa_anno", None, "single", "notiziario-padano", 3, "17:45",
  "Piazza Affari chiude il 2026 con un rialzo del 12%",
  "Ultima seduta dell'anno in lieve rialzo per Piazza Affari, che archivia il 2026 con un guadagno del 12%, "
  "il migliore degli ultimi tre anni, trainata dai titoli bancari.")

# ---------------------------------------------------------------- Portuguese (+ es translation)
L = "lusitania-ribeirense-1-3"
I("fb_lus_rib", L, "original", "relvado-diario", 1, "21:30",
  "Ribeirense vence no terreno do Lusitânia por 3-1",
  "O Ribeirense venceu o Lusitânia por 3-1, com dois golos de Nuno Tavares e um de André Brito. "
  "O Lusitânia ainda reduziu por Paulo Reis na segunda parte.")
C("fb_lus_rib_c", "fb_lus_rib", "noticias-do-tejo", 1, "21:52")
I("fb_lus_rib_rw", L, "rewrite", "diario-da-ria", 2, "07:00",
  "Bis de Tavares dá vitória ao Ribeirense frente ao Lusitânia",
  "Nuno Tavares marcou dois golos e o Ribeirense foi ganhar por 3-1 ao Lusitânia, que ainda reduziu por "
  "Paulo Reis na segunda parte. André Brito fechou o resultado.")
I("fb_ser_vil", None, "lookalike", "relvado-diario", 1, "21:35",
  "Atlético Serrano vence no terreno do Académico de Vilar por 3-1",
  "O Atlético Serrano venceu o Académico de Vilar por 3-1, com dois golos de Gonçalo Pires e um de Hugo Matos. "
  "O Vilar ainda reduziu por Rui Fonseca na segunda parte.")

L = "cerrado-ocampo"
I("ocampo_br", L, "original", "folha-do-cerrado", 2, "15:00",
  "Cerrado EC anuncia o técnico argentino Hernán Ocampo",
  "O Cerrado EC anunciou nesta terça-feira a contratação do técnico argentino Hernán Ocampo, de 46 anos, "
  "que assina até dezembro de 2027. Ele deixou o Deportivo Cuyano.")
C("ocampo_br_c", "ocampo_br", "gazeta-do-planalto", 2, "15:20")
I("ocampo_es", L, "translation", "observador-andino", 2, "16:00",
  "Hernán Ocampo será el nuevo entrenador del Cerrado EC",
  "El entrenador argentino Hernán Ocampo firmó con el Cerrado EC de Brasil hasta diciembre de 2027. "
  "Dejó el club mendocino Deportivo Cuyano tras tres temporadas.")
I("cer_mello", None, "lookalike", "folha-do-cerrado", 3, "10:30",
  "Cerrado EC renova com o goleiro Tiago Mello até 2028",
  "O Cerrado EC renovou o contrato do goleiro Tiago Mello, de 31 anos, até dezembro de 2028. "
  "Titular há quatro temporadas, ele é o capitão da equipe.")

L = "dolar-29dez"
I("fx_br_29", L, "template", "folha-do-cerrado", 2, "17:30",
  "Dólar fecha a R$ 5,38 nesta terça-feira",
  "O dólar fechou a terça-feira cotado a R$ 5,38, queda de 0,4%, em sessão de baixa liquidez típica de fim "
  "de ano. O Ibovespa subiu 0,2% e terminou aos 133 mil pontos.")
C("fx_br_29_c", "fx_br_29", "gazeta-do-planalto", 2, "17:52")
I("fx_br_30", None, "template", "folha-do-cerrado", 3, "17:30",
  "Dólar fecha a R$ 5,41 nesta quarta-feira",
  "O dólar fechou a quarta-feira, último pregão do ano, cotado a R$ 5,41, alta de 0,6%. O Ibovespa recuou "
  "0,1% e terminou o ano aos 133 mil pontos.")

I("s_madeira", None, "single", "noticias-do-tejo", 2, "08:00",
  "Aviso laranja para a Madeira devido a chuva forte",
  "A Madeira está sob aviso laranja até quarta-feira devido a períodos de chuva forte, sobretudo nas "
  "vertentes norte. A Proteção Civil pede cuidado com deslizamentos de terras.")
I("s_reveillon", None, "single", "gazeta-do-planalto", 3, "09:00",
  "Brasília terá queima de fogos de 12 minutos no réveillon", "")

# ---------------------------------------------------------------- Dutch (+ en translation)
L = "darts-zwart-marsden"
I("dart_zc", L, "original", "sportkrant-delta", 2, "23:00",
  "WK darts: Zwart naar kwartfinale na 4-2 tegen Marsden",
  "Niels Zwart heeft de kwartfinale van het WK darts bereikt. De Fries versloeg de Engelsman Lee Marsden "
  "met 4-2 in sets, gooide negen keer 180 en had een gemiddelde van 99,1.")
C("dart_zc_c", "dart_zc", "polderbode", 2, "23:21")
I("dart_zc_rw", L, "rewrite", "havenkoerier", 3, "07:00",
  "Negen keer 180: Zwart te sterk voor Marsden",
  "Met negen maximale scores en een gemiddelde van 99,1 was Niels Zwart dinsdagavond te sterk voor Lee "
  "Marsden. Hij won met 4-2 en staat in de kwartfinale van het WK.")
I("dart_zc_en", L, "translation", "kestrel-sport", 2, "23:40",
  "Darts worlds: Zwart knocks out Marsden 4-2 to reach quarter-finals",
  "Dutchman Niels Zwart beat Lee Marsden 4-2 at the Crown Hall to reach the quarter-finals of the world "
  "championship, averaging 99.1 and hitting nine 180s.")
I("dart_pb", None, "lookalike", "sportkrant-delta", 2, "23:06",
  "WK darts: Priestley naar kwartfinale na 4-2 tegen Brandsma",
  "Mark Priestley heeft de kwartfinale van het WK darts bereikt. De Engelsman versloeg de Nederlander "
  "Ruben Brandsma met 4-2 in sets en gooide een gemiddelde van 96,8.")

L = "spits-ijzel-30dec"
I("file_och", L, "original", "polderbode", 3, "08:30",
  "Ochtendspits: 210 kilometer file door ijzel",
  "Door ijzel staat er woensdagochtend 210 kilometer file in het land, vooral op de A28 en de A7 in het "
  "noorden. Er gebeurden tientallen kleine ongelukken.")
C("file_och_c", "file_och", "havenkoerier", 3, "08:52")
I("file_av", None, "lookalike", "polderbode", 3, "17:40",
  "Avondspits: 95 kilometer file door ongelukken",
  "In de avondspits staat woensdag 95 kilometer file, vooral rond Utrecht en op de A2. Het ijzel van de "
  "ochtend is verdwenen, maar meerdere ongelukken zorgen voor vertraging.")

L = "cx-verhaegen-dorpveld"
I("cx_jv_dv", L, "original", "scheldepost", 1, "16:30",
  "Veldrijden: Jens Verhaegen wint in Dorpveld",
  "Jens Verhaegen heeft maandag de veldrit van Dorpveld gewonnen. Hij reed al in de tweede ronde weg en "
  "hield Tom Peeters op 19 seconden.")
C("cx_jv_dv_c", "cx_jv_dv", "sportkrant-delta", 1, "16:58")
I("cx_jv_lb", None, "lookalike", "scheldepost", 3, "16:35",
  "Veldrijden: Jens Verhaegen wint ook in Lommelberg",
  "Jens Verhaegen heeft woensdag ook de veldrit van Lommelberg gewonnen, zijn tweede zege in drie dagen. "
  "Hij hield Tom Peeters op 12 seconden.")

I("s_vuurwerk", None, "single", "havenkoerier", 2, "10:00",
  "Vuurwerkverbod in binnenstad Zuiderhaven gaat gewoon door",
  "De gemeente Zuiderhaven houdt vast aan het vuurwerkverbod in de binnenstad. Handhavers gaan op "
  "oudejaarsavond extra controleren rond de Kade en het Stationsplein.")

# ---------------------------------------------------------------- Swedish
L = "sjobacka-kallmora-3-0"
I("ih_sb_km", L, "original", "sportposten-norr", 1, "19:30",
  "Sjöbacka vann mot Kallmora med 3–0",
  "Sjöbacka HC besegrade Kallmora AIK med 3–0. Målvakten Anton Holm höll nollan med 28 räddningar och "
  "Filip Strand gjorde två av målen.")
C("ih_sb_km_c", "ih_sb_km", "malarbladet", 1, "19:52")
I("ih_sb_km_rw", L, "rewrite", "gota-tidningen", 1, "20:30",
  "Holm höll nollan när Sjöbacka slog Kallmora",
  "Anton Holm stoppade alla 28 skott och Filip Strand gjorde två mål när Sjöbacka HC vann med 3–0 mot "
  "Kallmora AIK i mellandagsmatchen.")
I("ih_nv_vf", None, "lookalike", "sportposten-norr", 1, "19:35",
  "Norrvik vann mot Västerfors med 3–0",
  "Norrvik IF besegrade Västerfors IK med 3–0. Målvakten Oskar Berg höll nollan med 24 räddningar och "
  "Emil Lindqvist gjorde två av målen.")

L = "elpris-se3-29dec"
I("el_se3_29", L, "template", "malarbladet", 1, "13:10",
  "Elpriset i SE3 på tisdag: 1,46 kronor per kilowattimme",
  "Snittpriset på el i elområde 3 blir 1,46 kronor per kilowattimme på tisdag, enligt elbörsen. "
  "Dyrast blir det mellan klockan 17 och 18 med 2,74 kronor.")
C("el_se3_29_c", "el_se3_29", "gota-tidningen", 1, "13:33")
I("el_se1_29", None, "template", "malarbladet", 1, "13:11",
  "Elpriset i SE1 på tisdag: 0,38 kronor per kilowattimme",
  "Snittpriset på el i elområde 1 blir 0,38 kronor per kilowattimme på tisdag, enligt elbörsen. "
  "Dyrast blir det mellan klockan 8 och 9 med 0,61 kronor.")
I("el_se3_30", None, "template", "malarbladet", 2, "13:10",
  "Elpriset i SE3 på onsdag: 1,63 kronor per kilowattimme",
  "Snittpriset på el i elområde 3 blir 1,63 kronor per kilowattimme på onsdag, enligt elbörsen. "
  "Dyrast blir det mellan klockan 17 och 18 med 2,95 kronor.")

L = "obit-hed"
I("ob_hed", L, "original", "malarbladet", 2, "10:00",
  "Skidlegendaren Gösta Hed är död – blev 86 år",
  "Gösta Hed, som vann Vasaloppet två gånger på 1960-talet och tog OS-silver i stafett, har avlidit. "
  "Han blev 86 år gammal, meddelar familjen.")
C("ob_hed_c", "ob_hed", "sportposten-norr", 2, "10:25")
I("ob_fors", None, "lookalike", "malarbladet", 3, "10:00",
  "Brottarlegendaren Nils Fors är död – blev 86 år",
  "Nils Fors, som vann två EM-guld i brottning på 1960-talet och deltog i tre olympiska spel, har avlidit. "
  "Han blev 86 år gammal, meddelar familjen.")

I("s_rean", None, "single", "gota-tidningen", 2, "12:00",
  "Mellandagsrean slog rekord i Göteborg",
  "Handeln i Göteborg omsatte 14 procent mer under annandagen och måndagen än i fjol, enligt "
  "handelsföreningen. Mest såldes kläder och hemelektronik.")

# ---------------------------------------------------------------- Polish
L = "skoki-wierzbicki-gaisberg"
I("sj_q", None, "lookalike", "kurier-stadionowy", 1, "15:00",
  "Skoki: Tomasz Wierzbicki trzeci w kwalifikacjach w Gaisbergu",
  "Tomasz Wierzbicki zajął trzecie miejsce w kwalifikacjach do konkursu Pucharu Świata w Gaisbergu po skoku "
  "na odległość 131 metrów. Awansowało pięciu Polaków.")
I("sj_win", L, "original", "kurier-stadionowy", 2, "15:30",
  "Skoki: Tomasz Wierzbicki wygrywa w Gaisbergu",
  "Tomasz Wierzbicki wygrał konkurs Pucharu Świata w Gaisbergu po skokach na 134 i 137 metrów. "
  "Drugi był Norweg Eirik Solheim, trzeci Austriak Lukas Moser.")
C("sj_win_c", "sj_win", "glos-nadwislanski", 2, "15:52")
I("sj_win_rw", L, "rewrite", "dziennik-poranny", 2, "16:30",
  "Wierzbicki najlepszy w Gaisbergu, Solheim pokonany",
  "Po dwóch znakomitych skokach Tomasz Wierzbicki odniósł w Gaisbergu swoje trzecie zwycięstwo w karierze. "
  "Norweg Eirik Solheim stracił do niego 4,6 punktu.")
I("sj_win_br", L, "brief", "glos-nadwislanski", 3, "07:00",
  "W skrócie: Wierzbicki wygrał w Gaisbergu",
  "W skrócie: Tomasz Wierzbicki wygrał we wtorek konkurs Pucharu Świata w Gaisbergu, wyprzedzając Norwega "
  "Eirika Solheima i Austriaka Lukasa Mosera.")

L = "wybory-kielno-okreg7"
I("wyb_7", L, "original", "dziennik-poranny", 1, "08:00",
  "Wybory uzupełniające w okręgu nr 7 w Kielnie: wygrywa Anna Sroka",
  "Anna Sroka z komitetu Wspólne Kielno wygrała niedzielne wybory uzupełniające do rady miasta w okręgu "
  "nr 7, zdobywając 612 głosów. Frekwencja wyniosła 19 procent.")
C("wyb_7_c", "wyb_7", "glos-nadwislanski", 1, "08:31")
I("wyb_3", None, "lookalike", "dziennik-poranny", 1, "08:05",
  "Wybory uzupełniające w okręgu nr 3 w Borowcu: wygrywa Jan Mazur",
  "Jan Mazur z komitetu Razem dla Borowca wygrał niedzielne wybory uzupełniające do rady gminy w okręgu "
  "nr 3, zdobywając 288 głosów. Frekwencja wyniosła 23 procent.")

L = "kursy-nbp-28gru"
I("fx_pl_28", L, "template", "glos-nadwislanski", 1, "12:10",
  "Kursy walut NBP z 28 grudnia: euro po 4,2590 zł",
  "Według poniedziałkowej tabeli NBP euro kosztuje 4,2590 zł, dolar 3,9175 zł, a frank szwajcarski "
  "4,4981 zł. Złoty jest najmocniejszy od trzech miesięcy.")
C("fx_pl_28_c", "fx_pl_28", "dziennik-poranny", 1, "12:38")
I("fx_pl_30", None, "template", "glos-nadwislanski", 3, "12:10",
  "Kursy walut NBP z 30 grudnia: euro po 4,2644 zł",
  "Według środowej tabeli NBP euro kosztuje 4,2644 zł, dolar 3,9263 zł, a frank szwajcarski 4,5032 zł. "
  "Złoty nieznacznie osłabł w ostatnich dniach roku.")

I("s_smog", None, "single", "dziennik-poranny", 3, "07:30",
  "Smog w Krakowie: obowiązuje drugi stopień alarmu",
  "W Krakowie obowiązuje drugi stopień alarmu smogowego. Komunikacja miejska jest bezpłatna dla kierowców "
  "samochodów, a strażnicy miejscy kontrolują piece w domach jednorodzinnych.")

# ---------------------------------------------------------------- Turkish
L = "marmara-korfez-0-2"
I("fb_mg_kb", L, "original", "saha-haber", 2, "19:00",
  "Körfez Belediyespor, Marmara Gençlik deplasmanında 2-0 kazandı",
  "Körfez Belediyespor, Marmara Gençlik'i deplasmanda 2-0 yendi. Golleri Burak Yıldız ve Tolga Şen attı; "
  "geçici teknik direktör Cem Arslan ilk galibiyetini aldı.")
C("fb_mg_kb_c", "fb_mg_kb", "bogaz-gazetesi", 2, "19:22")
I("fb_mg_kb_rw", L, "rewrite", "ege-ekspres", 2, "20:00",
  "Cem Arslan'lı Körfez, Marmara'dan üç puanla döndü",
  "Geçici teknik direktör Cem Arslan yönetimindeki Körfez Belediyespor, Burak Yıldız ve Tolga Şen'in "
  "golleriyle Marmara Gençlik'i deplasmanda 2-0 mağlup etti.")
I("fb_ye_kp", None, "lookalike", "saha-haber", 2, "19:05",
  "Kapadokya FK, Yeşilırmakspor deplasmanında 2-0 kazandı",
  "Kapadokya FK, Yeşilırmakspor'u deplasmanda 2-0 yendi. Golleri Mert Aydın ve Ozan Kılıç attı; "
  "konuk ekip üst üste üçüncü galibiyetini aldı.")

L = "borsa-istanbul-28ara"
I("bist_28", L, "template", "bogaz-gazetesi", 1, "18:20",
  "Borsa günü yüzde 1,4 yükselişle tamamladı",
  "Borsa İstanbul'da BIST 100 endeksi günü yüzde 1,4 değer kazanarak 10.240 puandan tamamladı. "
  "En çok yükselen sektör bankacılık oldu, dolar/TL 41,20 seviyesinde.")
C("bist_28_c", "bist_28", "ege-ekspres", 1, "18:41")
I("bist_29", None, "template", "bogaz-gazetesi", 2, "18:20",
  "Borsa günü yüzde 0,6 düşüşle tamamladı",
  "Borsa İstanbul'da BIST 100 endeksi günü yüzde 0,6 değer kaybederek 10.178 puandan tamamladı. "
  "En çok düşen sektör holdingler oldu, dolar/TL 41,26 seviyesinde.")

L = "benzin-zam-30ara"
I("benzin_zam", L, "original", "bogaz-gazetesi", 3, "09:00",
  "Benzine zam geldi: İstanbul'da litresi 46,80 lira",
  "Benzinin litre fiyatına gece yarısından itibaren 1,15 lira zam yapıldı. İstanbul'da benzinin litresi "
  "46,80 liraya, Ankara'da 47,55 liraya yükseldi.")
C("benzin_zam_c", "benzin_zam", "ege-ekspres", 3, "09:24")
I("motorin_ind", None, "lookalike", "bogaz-gazetesi", 3, "09:10",
  "Motorine indirim geldi: İstanbul'da litresi 44,90 lira",
  "Motorinin litre fiyatında gece yarısından itibaren 0,85 lira indirim yapıldı. İstanbul'da motorinin "
  "litresi 44,90 liraya, Ankara'da 45,60 liraya geriledi.")

I("s_izmir", None, "single", "ege-ekspres", 1, "08:00",
  "İzmir'de fırtına: vapur seferleri iptal edildi",
  "İzmir Körfezi'nde etkili olan fırtına nedeniyle sabah saatlerinde tüm vapur seferleri iptal edildi. "
  "Yolcular metro ve otobüslere yönlendirildi.")
I("s_kb_stad", None, "single", "saha-haber", 3, "12:00",
  "Körfez Belediyespor'un yeni stadı için ihale tarihi belli oldu",
  "Körfez Belediyesi, 15 bin kişilik yeni stadyumun ihalesinin 20 Ocak'ta yapılacağını açıkladı. "
  "Stadın 2028 sezonuna yetiştirilmesi planlanıyor.")


TRAPS = [
    ("st_ra", "fc_ap", "same-round"),
    ("fc_ap_prev", "fc_ap", "same-club"),
    ("hr_bu_ht", "dc_mt_ht", "same-round"),
    ("hr_bu_ht", "dc_mt_up", "same-round"),
    ("ea_appoint", "ea_sack", "follow-up"),
    ("hr_okafor", "hr_sign", "same-club"),
    ("km_appeal", "km_expel", "follow-up"),
    ("rr_s3", "rr_s2", "series"),
    ("rr_s3_de", "rr_s2_de", "series"),
    ("wx_inv_29", "wx_abd_29", "series"),
    ("wx_abd_30", "wx_abd_29", "same-place"),
    ("lot_29", "lot_28", "series"),
    ("ob_lusk", "ob_harrow", "obituary"),
    ("str_cov", "str_shef", "series"),
    ("flu_wal", "flu_eng2", "series"),
    ("a66_open", "a66_close", "follow-up"),
    ("dart_pb", "dart_zc", "same-round"),
    ("eh_ph_es", "eh_mf_kb", "same-round"),
    ("dax_30", "dax_28", "series"),
    ("sprit_at", "sprit_de", "series"),
    ("ob_lohm", "ob_falk", "obituary"),
    ("bk_mc_pr", "bk_ev_sa", "same-round"),
    ("gr_mtp", "gr_mrs", "series"),
    ("loto_30", "loto_28", "series"),
    ("bk_tor_sot", "bk_alb_mar", "same-round"),
    ("sd_29", "sd_28", "series"),
    ("cons_norte", "cons_centro", "series"),
    ("fb_cas_mon", "fb_val_fer", "same-round"),
    ("mt_to", "mt_mi", "series"),
    ("ob_tara", "ob_bell", "obituary"),
    ("fb_ser_vil", "fb_lus_rib", "same-round"),
    ("cer_mello", "ocampo_br", "same-club"),
    ("fx_br_30", "fx_br_29", "series"),
    ("file_av", "file_och", "series"),
    ("cx_jv_lb", "cx_jv_dv", "series"),
    ("ih_nv_vf", "ih_sb_km", "same-round"),
    ("el_se1_29", "el_se3_29", "series"),
    ("el_se3_30", "el_se3_29", "same-place"),
    ("ob_fors", "ob_hed", "obituary"),
    ("sj_q", "sj_win", "same-place"),
    ("wyb_3", "wyb_7", "series"),
    ("fx_pl_30", "fx_pl_28", "series"),
    ("fb_ye_kp", "fb_mg_kb", "same-round"),
    ("bist_29", "bist_28", "series"),
    ("motorin_ind", "benzin_zam", "series"),
    ("s_kb_stad", "fb_mg_kb", "same-club"),
]
