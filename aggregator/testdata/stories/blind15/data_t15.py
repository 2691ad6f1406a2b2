# -*- coding: utf-8 -*-
"""Tuning half (t15): week of Monday 21 December 2026; day 1..3 = 21..23 Dec.

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
L = "harwick-dunmere-2-1"
I("hr_dc_prev", None, "lookalike", "midland-echo", 1, "09:30",
  "Harwick Rovers v Dunmere City: team news and prediction",
  "Harwick Rovers host Dunmere City at Millfield Road tonight with striker Daniel Okafor passed fit. "
  "City travel without suspended captain Joe Marsh and have lost their last three away games.")
I("hr_dc", L, "original", "pitchside-wire", 1, "21:58",
  "Harwick Rovers 2-1 Dunmere City: Okafor double settles Monday clash",
  "Daniel Okafor scored twice in the second half as Harwick Rovers came from behind to beat Dunmere City 2-1 "
  "at Millfield Road. Sam Lyle had given the visitors a first-half lead.")
C("hr_dc_c", "hr_dc", "midland-echo", 1, "22:14")
I("hr_dc_rw", L, "rewrite", "kestrel-sport", 1, "22:47",
  "Dunmere City fall 2-1 at Harwick as Okafor strikes twice",
  "Dunmere City let a half-time lead slip at Millfield Road, where a second-half brace from Daniel Okafor "
  "handed Harwick Rovers a 2-1 victory on Monday night.")
I("hr_dc_reg", L, "regional", "dunmere-evening-post", 2, "06:35",
  "City beaten at Harwick despite Lyle opener",
  "Sam Lyle's first goal of the season was not enough for Dunmere City, who lost 2-1 at Harwick Rovers "
  "after Daniel Okafor netted twice in the second half of Monday's game.")
I("hr_dc_br", L, "brief", "harbour-gazette", 2, "07:20",
  "In brief: Harwick edge Dunmere",
  "In brief: Harwick Rovers beat Dunmere City 2-1 on Monday night, with Daniel Okafor scoring both goals "
  "after Sam Lyle had put City ahead.")
I("ra_mt", None, "lookalike", "pitchside-wire", 1, "22:03",
  "Redhill Athletic 2-1 Millbrook Town: Baines header settles derby",
  "Tom Baines headed an 88th-minute winner as Redhill Athletic came from behind to beat Millbrook Town 2-1 "
  "in Monday's other Premier Division fixture at Copse Lane.")

L = "blackwater-eastcombe"
I("bu_ea_ht", L, "original", "kestrel-sport", 2, "20:52",
  "Half-time: Blackwater United 1-0 Eastcombe Albion",
  "Blackwater United lead Eastcombe Albion 1-0 at the break at Quarry Lane, where Leon Ferris fired in "
  "from the edge of the box in the 28th minute.")
I("bu_ea_up", L, "update", "kestrel-sport", 2, "21:56",
  "UPDATE: Blackwater United 2-1 Eastcombe Albion, full time",
  "Full time at Quarry Lane: Blackwater United beat Eastcombe Albion 2-1. Leon Ferris and Marco Dunne scored "
  "before Ike Adeyemi pulled one back for Albion in stoppage time.")
I("bu_ea_rw", L, "rewrite", "northway-news", 2, "22:31",
  "Ferris and Dunne fire Blackwater past Eastcombe",
  "Leon Ferris and Marco Dunne were on target as Blackwater United beat Eastcombe Albion 2-1 on Tuesday, "
  "Ike Adeyemi's stoppage-time header coming too late for the visitors.")
I("bu_ea_cut", L, "cut", "midland-echo", 2, "22:40",
  "Blackwater United 2-1 Eastcombe Albion", "")
I("tw_st_ht", None, "lookalike", "kestrel-sport", 2, "20:55",
  "Half-time: Thornley Wanderers 1-0 Saltash Town",
  "Thornley Wanderers lead Saltash Town 1-0 at the interval at Brook Park after Ben Achterberg converted "
  "a 35th-minute penalty.")

L = "millbrook-sack-lowe"
I("mt_sack", L, "original", "pitchside-wire", 2, "09:10",
  "Millbrook Town sack manager Gareth Lowe after derby defeat",
  "Millbrook Town have dismissed manager Gareth Lowe, a day after a 2-1 loss at Redhill Athletic left the club "
  "19th in the Premier Division. First-team coach Paul Ingram takes interim charge.")
C("mt_sack_c", "mt_sack", "harbour-gazette", 2, "09:33")
I("mt_sack_rw", L, "rewrite", "kestrel-sport", 2, "10:05",
  "Gareth Lowe out at Millbrook after 14 months in charge",
  "Gareth Lowe's 14-month spell as Millbrook Town manager is over. The club confirmed his departure on "
  "Tuesday morning, with coach Paul Ingram placed in interim charge.")
I("mt_sack_br", L, "brief", "northway-news", 2, "12:02",
  "In brief: Millbrook part company with Lowe",
  "In brief: Millbrook Town dismissed manager Gareth Lowe on Tuesday after Monday's derby defeat. "
  "Coach Paul Ingram is interim boss.")
I("mt_next", None, "lookalike", "midland-echo", 3, "11:05",
  "Millbrook Town v Thornley Wanderers: Ingram prepares for first game in charge",
  "Interim boss Paul Ingram will lead Millbrook Town for the first time when Thornley Wanderers visit on "
  "Saturday, days after Gareth Lowe was dismissed.")

L = "dunmere-sign-asante"
I("dc_sign", L, "original", "pitchside-wire", 3, "10:00",
  "Dunmere City sign winger Kofi Asante from Saltash Town",
  "Dunmere City have agreed a deal to sign winger Kofi Asante from Saltash Town for a reported 4.5 million pounds. "
  "The 23-year-old has signed until 2029 and joins when the window opens on 1 January.")
C("dc_sign_c", "dc_sign", "midland-echo", 3, "10:22")
I("dc_sign_cut", L, "cut", "dunmere-evening-post", 3, "11:15",
  "Asante agrees City move",
  "Saltash Town winger Kofi Asante has agreed to join Dunmere City for a reported 4.5 million pounds "
  "when the transfer window opens on 1 January.")
I("dc_loan", None, "lookalike", "harbour-gazette", 3, "15:40",
  "Dunmere City sign goalkeeper Ewan Pryce on loan",
  "Dunmere City have signed goalkeeper Ewan Pryce on loan from Blackwater United until the end of the season "
  "to cover for the injured Liam Roe.")

L = "kingsmoor-oldfield-abandoned"
I("km_brawl", L, "original", "northway-news", 2, "21:41",
  "Kingsmoor v Oldfield Rangers cup tie abandoned after brawl",
  "The County Cup quarter-final between Kingsmoor FC and Oldfield Rangers was abandoned in the 71st minute "
  "after a mass brawl involving players from both sides and several spectators.")
C("km_brawl_c", "km_brawl", "pitchside-wire", 2, "22:06")
I("km_brawl_rw", L, "rewrite", "harbour-gazette", 3, "07:02",
  "Mass brawl halts Kingsmoor cup quarter-final",
  "Referee Dan Osei took the players off with Kingsmoor FC leading Oldfield Rangers 1-0 after a fight spread "
  "from the pitch to the dugouts in Tuesday night's County Cup tie.")
L = "kingsmoor-oldfield-suspended"
I("km_susp", L, "original", "northway-news", 3, "13:30",
  "Kingsmoor and Oldfield Rangers suspended from County Cup",
  "The county FA has suspended Kingsmoor FC and Oldfield Rangers from this season's County Cup pending an "
  "inquiry into Tuesday's abandoned quarter-final, and warned both clubs of heavy fines.")
C("km_susp_c", "km_susp", "pitchside-wire", 3, "13:54")

L = "darts-priestley-vanoorden"
I("dart_pvo", L, "original", "kestrel-sport", 1, "22:40",
  "Darts worlds: Priestley beats Van Oorden 3-1 to reach last 32",
  "Mark Priestley averaged 97.4 to beat Dutchman Joris van Oorden 3-1 in the second round at the Crown Hall "
  "and now meets Dean Calloway in the third round.")
C("dart_pvo_c", "dart_pvo", "northway-news", 1, "23:04")
I("dart_cs", None, "lookalike", "kestrel-sport", 1, "21:35",
  "Darts worlds: Calloway beats Szabo 3-1 to reach last 32",
  "Dean Calloway survived two match darts against Hungary's Bence Szabo to win 3-1 and set up a third-round "
  "meeting with Mark Priestley at the Crown Hall.")

L = "weather-leeds-22dec"
I("wx_leeds_22", L, "template", "harbour-gazette", 2, "05:30",
  "Leeds weather, Tuesday 22 December: rain clearing, highs of 7C",
  "Rain in Leeds clears by late morning to leave bright spells this afternoon. Highs of 7C and lows of 2C "
  "overnight, with a moderate westerly wind.")
C("wx_leeds_22_c", "wx_leeds_22", "midland-echo", 2, "06:02")
I("wx_york_22", None, "template", "harbour-gazette", 2, "05:31",
  "York weather, Tuesday 22 December: rain clearing, highs of 6C",
  "Rain in York clears by midday to leave bright spells this afternoon. Highs of 6C and lows of 1C overnight, "
  "with a light westerly wind.")
I("wx_leeds_23", None, "template", "harbour-gazette", 3, "05:30",
  "Leeds weather, Wednesday 23 December: frosty start, highs of 5C",
  "A frosty start in Leeds gives way to a dry, sunny day. Highs of 5C and lows of minus 2C overnight, "
  "with fog patches possible late in the evening.")

L = "daily-millions-22dec"
I("lot_21", None, "template", "harbour-gazette", 1, "21:10",
  "Daily Millions results for Monday 21 December",
  "The winning Daily Millions numbers for Monday 21 December are 02, 15, 23, 31, 40 and 44, with bonus ball 09. "
  "No ticket matched all six, so the jackpot rolls over to 1.9 million pounds.")
I("lot_22", L, "template", "harbour-gazette", 2, "21:10",
  "Daily Millions results for Tuesday 22 December",
  "The winning Daily Millions numbers for Tuesday 22 December are 04, 11, 19, 27, 38 and 45, with bonus ball 13. "
  "No ticket matched all six, so the jackpot rolls over to 2.4 million pounds.")
C("lot_22_c", "lot_22", "northway-news", 2, "21:31")
I("lot_23", None, "template", "harbour-gazette", 3, "21:10",
  "Daily Millions results for Wednesday 23 December",
  "The winning Daily Millions numbers for Wednesday 23 December are 07, 12, 18, 29, 33 and 47, with bonus ball 21. "
  "One ticket matched all six to win the 2.4 million pound jackpot.")

L = "obit-whitcombe"
I("ob_whit", L, "original", "dunmere-evening-post", 1, "11:00",
  "Former Dunmere City captain Ron Whitcombe dies aged 81",
  "Ron Whitcombe, who captained Dunmere City to the 1971 County Cup and made 412 appearances for the club, "
  "has died aged 81. Flags at Ashgrove Park will fly at half-mast.")
C("ob_whit_c", "ob_whit", "midland-echo", 1, "11:42")
I("ob_whit_br", L, "brief", "pitchside-wire", 1, "14:05",
  "In brief: Dunmere great Whitcombe dies at 81",
  "In brief: Ron Whitcombe, Dunmere City's captain in the 1971 County Cup win and a veteran of 412 games "
  "for the club, has died aged 81.")
I("ob_greaves", None, "lookalike", "pitchside-wire", 2, "12:20",
  "Former Harwick Rovers goalkeeper Alan Greaves dies aged 79",
  "Alan Greaves, who kept goal for Harwick Rovers for 11 seasons and made 389 appearances for the club, "
  "has died aged 79. Flags at Millfield Road will fly at half-mast.")

L = "bus-strike-leicester"
I("strike_lei", L, "original", "midland-echo", 3, "06:10",
  "Bus drivers in Leicester begin 48-hour strike over pay",
  "Foxline bus drivers in Leicester walked out at 4am on Wednesday in the first of two 48-hour strikes over pay. "
  "Most city routes are not running and park-and-ride sites are closed.")
C("strike_lei_c", "strike_lei", "northway-news", 3, "06:44")
I("strike_bri", None, "lookalike", "harbour-gazette", 3, "07:00",
  "Bus drivers in Bristol begin 24-hour strike over pay",
  "Harbourline bus drivers in Bristol walked out on Wednesday morning in a 24-hour strike after rejecting a "
  "4% pay offer. Most city routes are not running and school services are suspended.")

L = "byelection-eastgate"
I("el_eastgate", L, "original", "dunmere-evening-post", 3, "01:10",
  "Greens hold Eastgate ward in Dunmere council by-election",
  "The Green Party held Eastgate ward in Tuesday's Dunmere council by-election with 1,204 votes, "
  "ahead of Labour on 876. Turnout was 24%.")
C("el_eastgate_c", "el_eastgate", "midland-echo", 3, "08:05")
I("el_northfield", None, "lookalike", "dunmere-evening-post", 3, "01:25",
  "Liberal Democrats gain Northfield ward in Dunmere council by-election",
  "The Liberal Democrats gained Northfield ward from Labour in Tuesday's Dunmere council by-election with "
  "1,088 votes, ahead of Labour on 931. Turnout was 27%.")

L = "flu-admissions-england-wk51"
I("flu_eng", L, "original", "northway-news", 3, "12:00",
  "Flu admissions in England rise 22% in week to 20 December",
  "Hospital admissions for flu in England rose 22% to 4,310 in the week to 20 December, the Health Protection "
  "Agency said, with the sharpest increase among people over 75.")
C("flu_eng_c", "flu_eng", "harbour-gazette", 3, "12:31")
I("flu_sco", None, "lookalike", "northway-news", 3, "12:40",
  "Flu admissions in Scotland rise 9% in week to 20 December",
  "Hospital admissions for flu in Scotland rose 9% to 512 in the week to 20 December, public health officials "
  "said, with the sharpest increase among children under five.")

I("s_stand", None, "single", "pitchside-wire", 1, "08:00",
  "Redhill Athletic unveil plans for 18,000-seat stand",
  "Redhill Athletic have submitted plans for a new 18,000-seat north stand at Copse Lane, which would lift "
  "capacity to 31,000 by the 2028-29 season if the council approves them.")
I("s_petrol", None, "single", "midland-echo", 2, "14:30",
  "Petrol prices fall for third week running, motoring group says",
  "The average price of unleaded petrol fell by 1.2p to 131.4p a litre in the past week, the third weekly "
  "fall in a row, according to the Drivers' Association.")

# ---------------------------------------------------------------- German
L = "handball-elbtal-heidmark"
I("hb_el_hm", L, "original", "nordblatt", 1, "21:10",
  "Handball: SG Elbtal schlägt TV Heidmark 31:28",
  "Die SG Elbtal hat das Nordderby gegen den TV Heidmark mit 31:28 gewonnen. Bester Werfer vor 3.100 "
  "Zuschauern war Linksaußen Jannik Brede mit neun Toren.")
C("hb_el_hm_c", "hb_el_hm", "elbe-rundschau", 1, "21:34")
I("hb_el_hm_rw", L, "rewrite", "alpenkurier", 1, "22:20",
  "Brede wirft Elbtal zum Derbysieg gegen Heidmark",
  "Neun Tore von Jannik Brede haben der SG Elbtal den 31:28-Heimsieg gegen den TV Heidmark gesichert. "
  "Heidmark lag zur Pause noch mit zwei Toren vorn.")
I("hb_el_hm_br", L, "brief", "nordblatt", 2, "07:00",
  "Kurz notiert: Elbtal gewinnt Nordderby",
  "Kurz notiert: Die SG Elbtal hat am Montagabend das Nordderby gegen den TV Heidmark mit 31:28 gewonnen, "
  "Jannik Brede traf neunmal.")
I("hb_mb_ld", None, "lookalike", "elbe-rundschau", 1, "21:22",
  "Handball: HSG Moorbach schlägt VfL Lindenau 31:28",
  "Die HSG Moorbach hat ihr Heimspiel gegen den VfL Lindenau mit 31:28 gewonnen. Bester Werfer war "
  "Rückraumspieler Ole Fransen mit acht Toren.")

L = "dax-close-22dec"
I("dax_22", L, "template", "elbe-rundschau", 2, "17:45",
  "DAX schließt 0,6 Prozent höher bei 20.184 Punkten",
  "Der deutsche Leitindex hat den Dienstag mit einem Plus von 0,6 Prozent bei 20.184 Punkten beendet. "
  "Gefragt waren vor allem Autowerte, der Euro notierte bei 1,0821 Dollar.")
C("dax_22_c", "dax_22", "alpenkurier", 2, "18:06")
I("dax_23", None, "template", "elbe-rundschau", 3, "17:45",
  "DAX schließt 0,3 Prozent tiefer bei 20.121 Punkten",
  "Der deutsche Leitindex hat den Mittwoch mit einem Minus von 0,3 Prozent bei 20.121 Punkten beendet. "
  "Vor den Feiertagen war der Handel dünn, der Euro notierte bei 1,0804 Dollar.")

L = "wetter-hamburg-21dez"
I("wx_hh", L, "template", "elbe-rundschau", 1, "06:00",
  "Wetter in Hamburg am Montag: Sturmböen bis 85 km/h",
  "In Hamburg bleibt es am Montag stürmisch mit Böen bis 85 Kilometer pro Stunde. Dazu gibt es Regenschauer "
  "bei Höchstwerten von acht Grad, nachts kühlt es auf vier Grad ab.")
C("wx_hh_c", "wx_hh", "nordblatt", 1, "06:21")
I("wx_hb", None, "template", "elbe-rundschau", 1, "06:01",
  "Wetter in Bremen am Montag: Sturmböen bis 80 km/h",
  "In Bremen bleibt es am Montag stürmisch mit Böen bis 80 Kilometer pro Stunde. Dazu gibt es Regenschauer "
  "bei Höchstwerten von neun Grad, nachts kühlt es auf fünf Grad ab.")

L = "obit-renner"
I("ob_renner", L, "original", "alpenkurier", 2, "10:00",
  "Früherer Torhüter Klaus Renner mit 84 Jahren gestorben",
  "Klaus Renner, der in den Sechzigerjahren 280 Spiele für den SV Donautal bestritt und zweimal Meister wurde, "
  "ist im Alter von 84 Jahren gestorben. Der Verein trauert um ein Idol.")
C("ob_renner_c", "ob_renner", "nordblatt", 2, "10:31")
I("ob_mayr", None, "lookalike", "alpenkurier", 3, "09:00",
  "Früherer Skispringer Herbert Mayrhofer mit 84 Jahren gestorben",
  "Herbert Mayrhofer, der in den Sechzigerjahren zweimal Staatsmeister wurde und 1964 bei Olympia startete, "
  "ist im Alter von 84 Jahren gestorben. Der Verband trauert um ein Idol.")

I("s_gluehwein", None, "single", "nordblatt", 3, "12:00",
  "Glühwein auf Weihnachtsmärkten im Schnitt zehn Prozent teurer",
  "Eine Tasse Glühwein kostet auf den Weihnachtsmärkten im Norden in diesem Jahr im Schnitt 4,40 Euro und "
  "damit zehn Prozent mehr als im Vorjahr, hat eine Umfrage ergeben.")
I("s_a7", None, "single", "elbe-rundschau", 3, "07:10",
  "A7 bei Soltau nach Lkw-Unfall wieder frei",
  "Nach einem Lkw-Unfall in der Nacht ist die A7 zwischen Soltau-Ost und Bispingen seit dem frühen Morgen "
  "wieder in beide Richtungen befahrbar. Verletzt wurde niemand.")

# ---------------------------------------------------------------- French
L = "varennes-saintaubin-2-0"
I("fb_var_sa", L, "original", "courrier-des-stades", 3, "22:50",
  "Varennes s'impose 2-0 face à Saint-Aubin",
  "L'Olympique de Varennes a battu le FC Saint-Aubin 2-0 mercredi soir au stade des Tilleuls grâce à des buts "
  "de Yanis Belkacem et Hugo Ferrand, et remonte à la quatrième place.")
C("fb_var_sa_c", "fb_var_sa", "le-veilleur", 3, "23:12")
I("fb_var_sa_rw", L, "rewrite", "matin-loire", 3, "23:41",
  "Saint-Aubin chute à Varennes, Belkacem et Ferrand buteurs",
  "Battu 2-0 à Varennes mercredi, le FC Saint-Aubin enchaîne une troisième défaite. Yanis Belkacem a ouvert "
  "le score avant la pause, Hugo Ferrand a doublé la mise à la 77e minute.")
I("fb_mc_pr", None, "lookalike", "courrier-des-stades", 3, "22:54",
  "Montclair s'impose 2-0 face à Pradelles",
  "Le Stade Montclair a battu l'AS Pradelles 2-0 mercredi soir grâce à un doublé de Kévin Maury, "
  "et reste au contact du podium à la trêve.")

L = "loto-21dec"
I("loto_21", L, "template", "matin-loire", 1, "21:00",
  "Résultats du Loto du lundi 21 décembre 2026",
  "Les numéros gagnants du tirage du Loto du lundi 21 décembre sont le 5, 12, 24, 33 et 41, numéro chance 7. "
  "Aucun joueur n'a trouvé la bonne combinaison, le jackpot passe à 9 millions d'euros.")
C("loto_21_c", "loto_21", "le-veilleur", 1, "21:24", summary="")
I("loto_23", None, "template", "matin-loire", 3, "21:00",
  "Résultats du Loto du mercredi 23 décembre 2026",
  "Les numéros gagnants du tirage du Loto du mercredi 23 décembre sont le 3, 18, 22, 39 et 46, numéro chance 2. "
  "Un joueur a trouvé la bonne combinaison et remporte 9 millions d'euros.")

L = "greve-tram-toulouse"
I("gr_tlse", L, "original", "le-veilleur", 2, "06:30",
  "Grève du tram à Toulouse : trafic très perturbé ce mardi",
  "Les conducteurs du tramway toulousain sont en grève ce mardi à l'appel de deux syndicats qui réclament "
  "une prime de fin d'année. Une rame sur quatre circule sur la ligne T1.")
C("gr_tlse_c", "gr_tlse", "matin-loire", 2, "07:02")
I("gr_bdx", None, "lookalike", "le-veilleur", 2, "06:41",
  "Grève du tram à Bordeaux : trafic très perturbé ce mardi",
  "Les conducteurs du tramway bordelais sont en grève ce mardi pour protester contre la réorganisation "
  "des horaires. Une rame sur trois circule sur les lignes A et B.")

I("s_montclair", None, "single", "courrier-des-stades", 1, "12:00",
  "Le Stade Montclair prolonge son entraîneur Didier Roussel jusqu'en 2028",
  "Le Stade Montclair a annoncé lundi la prolongation du contrat de son entraîneur Didier Roussel, "
  "arrivé en 2024, jusqu'en juin 2028.")

# ---------------------------------------------------------------- Spanish
L = "altiplano-etapa3"
I("vda_e3", L, "original", "observador-andino", 1, "19:30",
  "Vuelta del Altiplano: Matías Quiroga gana la tercera etapa en Tilcara",
  "El argentino Matías Quiroga ganó al esprint la tercera etapa de la Vuelta del Altiplano, 168 kilómetros "
  "con final en Tilcara, y se viste con la camiseta de líder.")
C("vda_e3_c", "vda_e3", "diario-del-estadio", 1, "20:02")
I("vda_e3_rw", L, "rewrite", "cronica-levante", 1, "21:10",
  "Quiroga se impone en Tilcara y es el nuevo líder del Altiplano",
  "Matías Quiroga, del equipo Andes Pro, fue el más rápido en la llegada masiva de Tilcara y arrebata el "
  "liderato de la Vuelta del Altiplano al chileno Felipe Araya.")
I("vda_e4", None, "lookalike", "observador-andino", 2, "19:40",
  "Vuelta del Altiplano: Bruno Salvatierra gana la cuarta etapa en Humahuaca",
  "El boliviano Bruno Salvatierra ganó en solitario la cuarta etapa de la Vuelta del Altiplano, 141 kilómetros "
  "con final en Humahuaca. Matías Quiroga conserva la camiseta de líder.")

L = "albaran-sotomayor-1-1"
I("alb_renov", None, "lookalike", "noticias-ebro", 1, "13:00",
  "El Albarán renueva a su capitán Iker Lasa hasta 2029",
  "El Real Club Albarán ha renovado a su capitán, el central Iker Lasa, hasta junio de 2029. "
  "El jugador de 29 años lleva once temporadas en el club.")
I("fb_alb_sot", L, "original", "diario-del-estadio", 2, "21:15",
  "El Albarán y el Sotomayor empatan 1-1 en un derbi tenso",
  "El Real Club Albarán y el Atlético Sotomayor firmaron tablas (1-1) en el derbi del Ebro. Adrián Pascual "
  "adelantó a los locales y Rubén Olmedo igualó de penalti en el minuto 82.")
C("fb_alb_sot_c", "fb_alb_sot", "noticias-ebro", 2, "21:39")
I("fb_alb_sot_br", L, "brief", "cronica-levante", 3, "08:00",
  "Breves: tablas en el derbi del Ebro",
  "Breves: el Real Club Albarán y el Atlético Sotomayor empataron 1-1 el martes; Adrián Pascual marcó "
  "para el Albarán y Rubén Olmedo igualó de penalti.")
I("fb_tor_mar", None, "lookalike", "diario-del-estadio", 2, "21:20",
  "El Tordesal y el Marjal empatan 1-1 en un partido tenso",
  "El Real Tordesal y el CD Marjal firmaron tablas (1-1) en un partido con tres expulsados. Íñigo Sanz marcó "
  "para los locales y Dani Cuesta igualó en el minuto 64.")

L = "gasolina-22dic"
I("gas_22", L, "template", "cronica-levante", 2, "07:00",
  "Precio de la gasolina hoy, martes 22 de diciembre: 1,512 euros el litro",
  "El litro de gasolina 95 cuesta de media 1,512 euros este martes 22 de diciembre, y el de gasóleo "
  "1,431 euros, según el boletín diario del Ministerio. Ambos bajan una décima.")
C("gas_22_c", "gas_22", "noticias-ebro", 2, "07:31")
I("gas_23", None, "template", "cronica-levante", 3, "07:00",
  "Precio de la gasolina hoy, miércoles 23 de diciembre: 1,508 euros el litro",
  "El litro de gasolina 95 cuesta de media 1,508 euros este miércoles 23 de diciembre, y el de gasóleo "
  "1,429 euros, según el boletín diario del Ministerio. Ambos vuelven a bajar.")

# ---------------------------------------------------------------- Italian
L = "montalto-valbruna-3-1"
I("fb_mon_val", L, "original", "cronista-sportivo", 1, "22:50",
  "Virtus Montalto-Sporting Valbruna 3-1: doppietta di Ricci",
  "La Virtus Montalto batte 3-1 lo Sporting Valbruna nel posticipo del lunedì. Doppietta di Lorenzo Ricci "
  "e gol di Gallo, per gli ospiti inutile la rete di Esposti.")
C("fb_mon_val_c", "fb_mon_val", "notiziario-padano", 1, "23:11")
I("fb_mon_val_reg", L, "regional", "eco-di-valbruna", 2, "07:05",
  "Valbruna, ko a Montalto: non basta il gol di Esposti",
  "Lo Sporting Valbruna torna a mani vuote da Montalto: finisce 3-1 per la Virtus, trascinata dalla "
  "doppietta di Lorenzo Ricci. Di Marco Esposti l'unico gol biancoverde.")
I("fb_mon_val_br", L, "brief", "notiziario-padano", 2, "08:30",
  "In breve: la Virtus Montalto batte il Valbruna 3-1",
  "In breve: nel posticipo di lunedì la Virtus Montalto ha superato lo Sporting Valbruna 3-1 con la "
  "doppietta di Lorenzo Ricci e il gol di Gallo.")
I("fb_fer_cas", None, "lookalike", "cronista-sportivo", 1, "22:56",
  "Atletico Ferrano-Pro Castelbosco 3-1: doppietta di Neri",
  "L'Atletico Ferrano batte 3-1 la Pro Castelbosco nell'altro posticipo del lunedì. Doppietta di Simone Neri "
  "e gol di Conti, per gli ospiti inutile la rete di Baldini.")

L = "borsa-milano-21dic"
I("bor_21", L, "template", "notiziario-padano", 1, "17:50",
  "Borsa: Piazza Affari chiude in rialzo dello 0,8%",
  "Seduta positiva per Piazza Affari, che lunedì chiude in rialzo dello 0,8% a 35.420 punti trainata da banche "
  "ed energia. Lo spread tra Btp e Bund scende a 108 punti base.")
C("bor_21_c", "bor_21", "eco-di-valbruna", 1, "18:12")
I("bor_22", None, "template", "notiziario-padano", 2, "17:50",
  "Borsa: Piazza Affari chiude in calo dello 0,4%",
  "Seduta negativa per Piazza Affari, che martedì chiude in calo dello 0,4% a 35.278 punti zavorrata dai "
  "titoli del lusso. Lo spread tra Btp e Bund sale a 111 punti base.")

L = "a1-code-modena-bologna"
I("tr_a1", L, "original", "notiziario-padano", 3, "07:30",
  "Traffico: code di 12 chilometri sull'A1 tra Modena e Bologna per un incidente",
  "Un tamponamento tra tre mezzi pesanti ha causato 12 chilometri di coda sull'A1 in direzione Bologna "
  "tra Modena Sud e Valsamoggia. Non ci sono feriti gravi.")
C("tr_a1_c", "tr_a1", "eco-di-valbruna", 3, "07:52")
I("tr_a1_open", None, "lookalike", "notiziario-padano", 3, "10:40",
  "A1, riaperte tutte le corsie tra Modena e Bologna dopo l'incidente",
  "È tornata percorribile su tutte le corsie l'A1 tra Modena Sud e Valsamoggia, dove in mattinata un "
  "tamponamento tra tre mezzi pesanti aveva causato lunghe code. Il traffico si sta normalizzando.")

# ---------------------------------------------------------------- Portuguese (+ it translation)
L = "ribeirense-serrano-2-1"
I("fb_rib_ser", L, "original", "relvado-diario", 2, "21:30",
  "Ribeirense vence Serrano por 2-1 com golo de Tavares nos descontos",
  "O Ribeirense venceu o Atlético Serrano por 2-1 no Estádio do Rio, com um golo de Nuno Tavares aos 90+3 "
  "minutos. Caio Rezende tinha inaugurado o marcador.")
C("fb_rib_ser_c", "fb_rib_ser", "noticias-do-tejo", 2, "21:52")
I("fb_rib_ser_rw", L, "rewrite", "diario-da-ria", 2, "22:30",
  "Serrano perde no Estádio do Rio com golo sofrido aos 90+3",
  "O Atlético Serrano saiu derrotado do terreno do Ribeirense (2-1), depois de um golo de Nuno Tavares já "
  "nos descontos. Gonçalo Pires tinha empatado para os visitantes.")
I("fb_vil_lus", None, "lookalike", "relvado-diario", 2, "21:36",
  "Académico de Vilar vence Lusitânia por 2-1 com golo de Fonseca nos descontos",
  "O Académico de Vilar venceu o Lusitânia por 2-1, com um golo de Rui Fonseca aos 90+2 minutos. "
  "Os visitantes tinham chegado ao empate na segunda parte.")

L = "caio-rezende-montalto"
I("caio_br", L, "original", "folha-do-cerrado", 3, "11:00",
  "Atacante Caio Rezende acerta transferência para a Virtus Montalto",
  "O atacante mineiro Caio Rezende, de 24 anos, acertou sua transferência do Ribeirense, de Portugal, "
  "para a Virtus Montalto, da Itália, por cerca de 6 milhões de euros.")
I("caio_pt", L, "rewrite", "relvado-diario", 3, "11:40",
  "Caio Rezende deixa o Ribeirense rumo a Itália",
  "O Ribeirense chegou a acordo com a Virtus Montalto para a venda do avançado brasileiro Caio Rezende "
  "por seis milhões de euros. O jogador marcou nove golos esta época.")
I("caio_it", L, "translation", "cronista-sportivo", 3, "12:30",
  "Virtus Montalto, preso l'attaccante brasiliano Caio Rezende",
  "La Virtus Montalto ha definito l'acquisto dell'attaccante brasiliano Caio Rezende dal Ribeirense per "
  "circa 6 milioni di euro. Il giocatore arriverà in Italia a gennaio.")
I("rib_faria", None, "lookalike", "relvado-diario", 3, "15:05",
  "Ribeirense contrata médio Diogo Faria ao Lusitânia",
  "O Ribeirense garantiu a contratação do médio Diogo Faria, de 27 anos, ao Lusitânia. O jogador assinou "
  "até 2029 e chega em janeiro para reforçar o meio-campo.")

I("fx_br_21", None, "template", "folha-do-cerrado", 1, "17:30",
  "Dólar fecha a R$ 5,42 nesta segunda-feira",
  "O dólar fechou a segunda-feira cotado a R$ 5,42, alta de 0,6%, com investidores cautelosos antes do feriado. "
  "O Ibovespa recuou 0,3% e terminou aos 131 mil pontos.")
I("fx_br_22", None, "template", "folha-do-cerrado", 2, "17:30",
  "Dólar fecha a R$ 5,39 nesta terça-feira",
  "O dólar fechou a terça-feira cotado a R$ 5,39, queda de 0,5%, com a entrada de recursos de exportadores. "
  "O Ibovespa subiu 0,4% e terminou aos 131 mil pontos.")
I("s_lisboa", None, "single", "noticias-do-tejo", 1, "08:00",
  "Chuva forte deixa Lisboa e Setúbal sob aviso amarelo",
  "Os distritos de Lisboa e Setúbal estão sob aviso amarelo até às 21h00 de segunda-feira devido à chuva "
  "por vezes forte e a rajadas de vento até 70 km/h.")

# ---------------------------------------------------------------- Dutch (+ fr translation)
L = "darts-priestley-vanoorden"
I("dart_pvo_nl", L, "translation", "sportkrant-delta", 1, "23:20",
  "WK darts: Van Oorden met 3-1 uitgeschakeld door Priestley",
  "Joris van Oorden is in de tweede ronde van het WK darts uitgeschakeld. De Engelsman Mark Priestley won "
  "met 3-1 in sets en gooide een gemiddelde van 97,4.")
I("dart_pvo_nl2", L, "rewrite", "polderbode", 2, "07:30",
  "Van Oorden strandt in tweede ronde tegen Priestley",
  "Voor Joris van Oorden zit het WK darts er al op. Hij verloor maandagavond met 3-1 van Mark Priestley, "
  "die in de derde ronde Dean Calloway treft.")
I("dart_nl_z", None, "lookalike", "sportkrant-delta", 1, "23:35",
  "WK darts: Zwart wint met 3-1 van Hughes",
  "Niels Zwart heeft zich op het WK darts geplaatst voor de derde ronde. De Fries versloeg de Welshman "
  "Rhys Hughes met 3-1 in sets.")

L = "zuiderhaven-oostmeer-2-1"
I("fb_zh_om", L, "original", "sportkrant-delta", 1, "22:10",
  "FC Zuiderhaven wint met 2-1 van SV Oostmeer",
  "FC Zuiderhaven heeft in de Eerste Divisie met 2-1 gewonnen van SV Oostmeer. Spits Thijs Bakker maakte "
  "in de slotfase het winnende doelpunt.")
C("fb_zh_om_c", "fb_zh_om", "polderbode", 1, "22:31")
I("fb_zh_om_reg", L, "regional", "havenkoerier", 2, "06:50",
  "Bakker bezorgt Zuiderhaven drie punten tegen Oostmeer",
  "Dankzij een doelpunt van Thijs Bakker in de 86e minuut won FC Zuiderhaven maandagavond met 2-1 van "
  "SV Oostmeer. Het stadion aan de Kade was uitverkocht.")
I("fb_kb_lv", None, "lookalike", "sportkrant-delta", 1, "22:15",
  "VV Kranenburg wint met 2-1 van FC Leidevaart",
  "VV Kranenburg heeft in de Eerste Divisie met 2-1 gewonnen van FC Leidevaart. Middenvelder Sem Vos maakte "
  "vlak voor tijd het winnende doelpunt.")

L = "cx-dewilde-hulsbeke"
I("cx_dw", L, "original", "scheldepost", 3, "16:30",
  "Veldrijden: Lotte De Wilde wint in Hulsbeke",
  "Lotte De Wilde heeft woensdag de veldrit van Hulsbeke gewonnen. De Belgische kampioene hield de "
  "Nederlandse Sanne Kool op 24 seconden in het diepe modderparcours.")
C("cx_dw_c", "cx_dw", "sportkrant-delta", 3, "17:01")
I("cx_dw_fr", L, "translation", "echo-de-meuse", 3, "17:30",
  "Cyclo-cross : Lotte De Wilde s'impose à Hulsbeke",
  "La championne de Belgique Lotte De Wilde a remporté mercredi le cyclo-cross de Hulsbeke en devançant "
  "la Néerlandaise Sanne Kool de 24 secondes dans la boue.")
I("cx_jv", None, "lookalike", "scheldepost", 3, "16:46",
  "Veldrijden: Jens Verhaegen wint bij de mannen in Hulsbeke",
  "Jens Verhaegen heeft woensdag bij de mannen de veldrit van Hulsbeke gewonnen. Hij reed in de derde ronde "
  "weg en hield Tom Peeters op 31 seconden.")

I("s_glad", None, "single", "polderbode", 2, "05:45",
  "Code oranje voor gladheid in Groningen en Friesland",
  "Het weerinstituut heeft code oranje afgegeven voor Groningen en Friesland vanwege ijzel. Weggebruikers "
  "wordt gevraagd tot 11.00 uur alleen noodzakelijke ritten te maken.")

# ---------------------------------------------------------------- Swedish
L = "norrvik-sjobacka-4-2"
I("ih_nv_sb", L, "original", "sportposten-norr", 2, "21:40",
  "Norrvik vann mot Sjöbacka med 4–2",
  "Norrvik IF besegrade Sjöbacka HC med 4–2 på hemmaplan. Emil Lindqvist gjorde två mål och målvakten "
  "Oskar Berg räddade 31 skott.")
C("ih_nv_sb_c", "ih_nv_sb", "malarbladet", 2, "22:01")
I("ih_nv_sb_rw", L, "rewrite", "gota-tidningen", 2, "22:40",
  "Lindqvist matchhjälte när Norrvik slog Sjöbacka",
  "Emil Lindqvist avgjorde med sitt andra mål för kvällen i tredje perioden när Norrvik IF slog Sjöbacka HC "
  "med 4–2 inför 5 800 åskådare.")
I("ih_nv_sb_br", L, "brief", "malarbladet", 3, "07:00",
  "Kort om sport: Norrvik slog Sjöbacka",
  "Kort om sport: Norrvik IF vann tisdagens match mot Sjöbacka HC med 4–2 efter två mål av Emil Lindqvist "
  "och 31 räddningar av Oskar Berg.")
I("ih_vf_km", None, "lookalike", "sportposten-norr", 2, "21:44",
  "Västerfors vann mot Kallmora med 4–2",
  "Västerfors IK besegrade Kallmora AIK med 4–2 på bortaplan. Viktor Åberg gjorde två mål och laget "
  "klättrade till femte plats i tabellen.")

L = "elpris-se3-23dec"
I("el_se3_23", L, "template", "malarbladet", 2, "13:10",
  "Elpriset i SE3 på onsdag: 1,84 kronor per kilowattimme",
  "Snittpriset på el i elområde 3 blir 1,84 kronor per kilowattimme på onsdag, enligt elbörsen. "
  "Dyrast blir det mellan klockan 17 och 18 med 3,12 kronor.")
C("el_se3_23_c", "el_se3_23", "gota-tidningen", 2, "13:32")
I("el_se4_23", None, "template", "malarbladet", 2, "13:11",
  "Elpriset i SE4 på onsdag: 2,31 kronor per kilowattimme",
  "Snittpriset på el i elområde 4 blir 2,31 kronor per kilowattimme på onsdag, enligt elbörsen. "
  "Dyrast blir det mellan klockan 17 och 18 med 3,86 kronor.")
I("el_se3_24", None, "template", "malarbladet", 3, "13:10",
  "Elpriset i SE3 på julafton: 1,12 kronor per kilowattimme",
  "Snittpriset på el i elområde 3 blir 1,12 kronor per kilowattimme på julafton, enligt elbörsen. "
  "Dyrast blir det mellan klockan 16 och 17 med 1,95 kronor.")

I("s_sundsvall", None, "single", "sportposten-norr", 1, "07:00",
  "Snökaos i Sundsvall – flera tåg inställda",
  "Kraftigt snöfall har lamslagit trafiken i Sundsvall. Flera regionaltåg är inställda och bussarna går "
  "med stora förseningar, meddelar trafikbolaget.")

# ---------------------------------------------------------------- Polish
L = "orzel-wisloka-3-1"
I("vb_or_wk", L, "original", "kurier-stadionowy", 2, "20:50",
  "Orzeł Dąbrowa pokonał Wisłokę Krosno 3:1",
  "Siatkarze Orła Dąbrowa pokonali we wtorek Wisłokę Krosno 3:1 w meczu 14. kolejki. Najlepszym zawodnikiem "
  "spotkania wybrano atakującego Piotra Nowaka.")
C("vb_or_wk_c", "vb_or_wk", "glos-nadwislanski", 2, "21:12")
I("vb_or_wk_rw", L, "rewrite", "dziennik-poranny", 2, "22:00",
  "Dąbrowianie lepsi od Wisłoki, statuetka MVP dla Nowaka",
  "Orzeł Dąbrowa wygrał z Wisłoką Krosno 3:1, choć przegrał pierwszego seta. Piotr Nowak zdobył 24 punkty "
  "i został wybrany najlepszym zawodnikiem meczu.")
I("vb_cz_st", None, "lookalike", "kurier-stadionowy", 2, "20:56",
  "Czarni Ostrołęka pokonali Stal Bieruń 3:1",
  "Siatkarze Czarnych Ostrołęka pokonali we wtorek Stal Bieruń 3:1 w meczu 14. kolejki. Najlepszym "
  "zawodnikiem spotkania wybrano przyjmującego Kacpra Lisa.")

L = "kursy-nbp-21gru"
I("fx_pl_21", L, "template", "glos-nadwislanski", 1, "12:10",
  "Kursy walut NBP z 21 grudnia: euro po 4,2731 zł",
  "Według poniedziałkowej tabeli NBP euro kosztuje 4,2731 zł, dolar 3,9488 zł, a frank szwajcarski 4,5120 zł. "
  "Złoty lekko umocnił się wobec głównych walut.")
C("fx_pl_21_c", "fx_pl_21", "dziennik-poranny", 1, "12:41")
I("fx_pl_22", None, "template", "glos-nadwislanski", 2, "12:10",
  "Kursy walut NBP z 22 grudnia: euro po 4,2688 zł",
  "Według wtorkowej tabeli NBP euro kosztuje 4,2688 zł, dolar 3,9402 zł, a frank szwajcarski 4,5067 zł. "
  "Złoty dalej umacnia się wobec głównych walut.")

L = "ceny-paliw-23gru"
I("fuel_pl", L, "template", "dziennik-poranny", 3, "08:00",
  "Ceny paliw przed świętami: benzyna 95 po 6,04 zł",
  "Średnia cena benzyny 95 na stacjach spadła w ostatnim tygodniu do 6,04 zł za litr, a oleju napędowego "
  "do 6,11 zł, wynika z notowań analityków rynku paliw.")
C("fuel_pl_c", "fuel_pl", "glos-nadwislanski", 3, "08:32", summary="")

L = "wisloka-zwalnia-trenera"
I("wk_sack", L, "original", "kurier-stadionowy", 3, "10:00",
  "Wisłoka Krosno zwolniła trenera Marka Zielińskiego",
  "Zarząd Wisłoki Krosno rozwiązał umowę z trenerem Markiem Zielińskim dzień po porażce 1:3 z Orłem Dąbrowa. "
  "Drużynę tymczasowo poprowadzi jego asystent Paweł Kruk.")
C("wk_sack_c", "wk_sack", "dziennik-poranny", 3, "10:33")
I("wk_next", None, "lookalike", "kurier-stadionowy", 3, "15:00",
  "Wisłoka Krosno przed meczem z Czarnymi: Kruk stawia na rutynę",
  "Tymczasowy trener Wisłoki Krosno Paweł Kruk poprowadzi drużynę w niedzielnym meczu z Czarnymi Ostrołęka. "
  "Do składu wraca kapitan Michał Wójcik.")

# ---------------------------------------------------------------- Turkish
L = "yesilirmak-korfez-2-1"
I("fb_ye_kb", L, "original", "saha-haber", 1, "21:50",
  "Yeşilırmakspor, Körfez Belediyespor'u 2-1 yendi",
  "Yeşilırmakspor, evinde Körfez Belediyespor'u 2-1 mağlup etti. Ev sahibinin gollerini Emre Yalçın ve "
  "Serkan Acar attı, konuk ekibin tek golü Burak Yıldız'dan geldi.")
C("fb_ye_kb_c", "fb_ye_kb", "bogaz-gazetesi", 1, "22:12")
I("fb_ye_kb_rw", L, "rewrite", "ege-ekspres", 1, "22:50",
  "Burak Yıldız'ın golü yetmedi: Körfez deplasmanda 2-1 kaybetti",
  "Körfez Belediyespor, Yeşilırmakspor deplasmanında 2-1 yenildi. Burak Yıldız'ın beraberlik golü "
  "yetmezken Serkan Acar 78. dakikada skoru belirledi.")
I("fb_ye_kb_br", L, "brief", "bogaz-gazetesi", 2, "08:00",
  "Kısa kısa: Yeşilırmakspor sahasında 2-1 kazandı",
  "Kısa kısa: Yeşilırmakspor dün akşam Körfez Belediyespor'u 2-1 yendi. Golleri Emre Yalçın, Serkan Acar "
  "ve Burak Yıldız kaydetti.")
I("fb_kp_mg", None, "lookalike", "saha-haber", 1, "21:55",
  "Kapadokya FK, Marmara Gençlik'i 2-1 yendi",
  "Kapadokya FK, evinde Marmara Gençlik'i 2-1 mağlup etti. Ev sahibinin gollerini Mert Aydın ve Ozan Kılıç "
  "attı, konuk ekibin tek golü Kerem Uysal'dan geldi.")

L = "korfez-ucar-ayrilik"
I("kb_sack", L, "original", "saha-haber", 2, "13:00",
  "Körfez Belediyespor, teknik direktör Ahmet Uçar ile yollarını ayırdı",
  "Körfez Belediyespor, Yeşilırmakspor yenilgisinin ardından teknik direktör Ahmet Uçar ile karşılıklı "
  "anlaşarak yollarını ayırdı. Takımı geçici olarak yardımcı antrenör Cem Arslan çalıştıracak.")
C("kb_sack_c", "kb_sack", "ege-ekspres", 2, "13:34")
I("kb_next", None, "lookalike", "saha-haber", 3, "11:00",
  "Körfez Belediyespor, Kapadokya FK deplasmanına hazırlanıyor",
  "Teknik direktör Ahmet Uçar'dan ayrılan Körfez Belediyespor, cumartesi günü Kapadokya FK deplasmanına "
  "çıkacak. Takımı geçici olarak Cem Arslan hazırlıyor.")

L = "kar-istanbul-23ara"
I("wx_ist", L, "original", "bogaz-gazetesi", 3, "06:30",
  "İstanbul'a kar geliyor: Meteoroloji'den sarı uyarı",
  "Meteoroloji, İstanbul için çarşamba akşamından itibaren kar yağışı ve buzlanma uyarısı yaptı. "
  "Sıcaklığın gece sıfırın altına düşmesi bekleniyor.")
C("wx_ist_c", "wx_ist", "ege-ekspres", 3, "07:02")
I("wx_ank", None, "lookalike", "bogaz-gazetesi", 3, "06:36",
  "Ankara'ya kar geliyor: Meteoroloji'den sarı uyarı",
  "Meteoroloji, Ankara için çarşamba öğleden sonra itibaren yoğun kar yağışı ve buzlanma uyarısı yaptı. "
  "Sıcaklığın gece eksi 8 dereceye düşmesi bekleniyor.")


TRAPS = [
    ("ra_mt", "hr_dc", "same-round"),
    ("hr_dc_prev", "hr_dc", "same-club"),
    ("tw_st_ht", "bu_ea_ht", "same-round"),
    ("mt_next", "mt_sack", "same-club"),
    ("mt_sack", "ra_mt", "follow-up"),
    ("dc_loan", "dc_sign", "same-club"),
    ("km_susp", "km_brawl", "follow-up"),
    ("dart_cs", "dart_pvo", "same-round"),
    ("dart_nl_z", "dart_pvo_nl", "same-round"),
    ("wx_york_22", "wx_leeds_22", "series"),
    ("wx_leeds_23", "wx_leeds_22", "same-place"),
    ("lot_21", "lot_22", "series"),
    ("lot_23", "lot_22", "series"),
    ("ob_greaves", "ob_whit", "obituary"),
    ("strike_bri", "strike_lei", "series"),
    ("el_northfield", "el_eastgate", "series"),
    ("flu_sco", "flu_eng", "series"),
    ("hb_mb_ld", "hb_el_hm", "same-round"),
    ("dax_23", "dax_22", "series"),
    ("wx_hb", "wx_hh", "series"),
    ("ob_mayr", "ob_renner", "obituary"),
    ("fb_mc_pr", "fb_var_sa", "same-round"),
    ("loto_23", "loto_21", "series"),
    ("gr_bdx", "gr_tlse", "series"),
    ("vda_e4", "vda_e3", "series"),
    ("fb_tor_mar", "fb_alb_sot", "same-round"),
    ("alb_renov", "fb_alb_sot", "same-club"),
    ("gas_23", "gas_22", "series"),
    ("fb_fer_cas", "fb_mon_val", "same-round"),
    ("caio_it", "fb_mon_val", "same-club"),
    ("bor_22", "bor_21", "series"),
    ("tr_a1_open", "tr_a1", "follow-up"),
    ("fb_vil_lus", "fb_rib_ser", "same-round"),
    ("rib_faria", "caio_pt", "same-club"),
    ("fx_br_21", "fx_br_22", "series"),
    ("fb_kb_lv", "fb_zh_om", "same-round"),
    ("cx_jv", "cx_dw", "same-place"),
    ("ih_vf_km", "ih_nv_sb", "same-round"),
    ("el_se4_23", "el_se3_23", "series"),
    ("el_se3_24", "el_se3_23", "same-place"),
    ("vb_cz_st", "vb_or_wk", "same-round"),
    ("wk_sack", "vb_or_wk", "follow-up"),
    ("wk_next", "wk_sack", "same-club"),
    ("fx_pl_22", "fx_pl_21", "series"),
    ("fb_kp_mg", "fb_ye_kb", "same-round"),
    ("kb_sack", "fb_ye_kb", "follow-up"),
    ("kb_next", "kb_sack", "same-club"),
    ("wx_ank", "wx_ist", "series"),
]
