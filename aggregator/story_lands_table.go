package aggregator

// The countries story grouping reads in titles (story_lands.go), by
// language.

// landLanguages are the languages of landTable's columns, in order.
var landLanguages = []string{"en", "fr", "es", "it", "pt", "nl", "de", "da"}

// landTable lists countries, one a line, by their names and their
// capitals' in each of landLanguages, apart by semicolons ("-" for none:
// English "Chad" and "Jordan" are first names as often); a country's
// names apart by bars; a country's capital, or a city or seat news
// names it by ("Kremlin", "Johannesburg"). Abbreviations are matched in
// capitals only ("US", not "us"), and not in a title all in capitals
// ("TELL US WHAT…"). Left out: names that are as often common words,
// first names or other places ("La Paz", peace; "Santiago"; "Sofia";
// English "Georgia", "America", "Washington", "Korea" alone; Portuguese
// "Peru", a turkey, and "Camarões", shrimps; Danish "Rabat", a
// discount; German "Moldau", the Vltava); Congo's two countries are one.
const landTable = `
Afghanistan|Kabul; Afghanistan|Kaboul; Afganistán|Kabul; Afghanistan|Kabul; Afeganistão|Cabul; Afghanistan|Kaboel; Afghanistan|Kabul; Afghanistan|Kabul
Albania|Tirana; Albanie|Tirana; Albania|Tirana; Albania|Tirana; Albânia|Tirana; Albanië|Tirana; Albanien|Tirana; Albanien|Tirana
Algeria|Algiers; Algérie|Alger; Argelia|Argel; Algeria|Algeri; Argélia|Argel; Algerije|Algiers; Algerien|Algier; Algeriet|Algier
Argentina|Buenos Aires; Argentine|Buenos Aires; Argentina|Buenos Aires; Argentina|Buenos Aires; Argentina|Buenos Aires; Argentinië|Buenos Aires; Argentinien|Buenos Aires; Argentina|Buenos Aires
Armenia|Yerevan; Arménie|Erevan; Armenia|Ereván; Armenia|Erevan; Arménia|Erevan; Armenië|Jerevan; Armenien|Eriwan; Armenien|Jerevan
Australia|Canberra; Australie|Canberra; Australia|Canberra; Australia|Canberra; Austrália|Camberra; Australië|Canberra; Australien|Canberra; Australien|Canberra
Austria|Vienna; Autriche; Austria|Viena; Austria|Vienna; Áustria|Viena; Oostenrijk|Wenen; Österreich|Wien; Østrig|Wien
Azerbaijan|Baku; Azerbaïdjan|Bakou; Azerbaiyán|Bakú; Azerbaigian|Baku; Azerbaijão|Baku; Azerbeidzjan|Bakoe; Aserbaidschan|Baku; Aserbajdsjan|Baku
Bangladesh|Dhaka; Bangladesh|Dacca; Bangladés|Daca; Bangladesh|Dacca; Bangladesh|Daca; Bangladesh|Dhaka; Bangladesch|Dhaka; Bangladesh|Dhaka
Belarus|Minsk; Biélorussie|Bélarus|Minsk; Bielorrusia|Minsk; Bielorussia|Minsk; Bielorrússia|Minsk; Wit-Rusland|Belarus|Minsk; Belarus|Weißrussland|Minsk; Hviderusland|Belarus|Minsk
Belgium|Brussels; Belgique|Bruxelles; Bélgica|Bruselas; Belgio|Bruxelles; Bélgica|Bruxelas; België|Brussel; Belgien|Brüssel; Belgien|Bruxelles
Bolivia; Bolivie; Bolivia; Bolivia; Bolívia; Bolivia; Bolivien; Bolivia
Bosnia|Bosnia and Herzegovina|Sarajevo; Bosnie|Bosnie-Herzégovine|Sarajevo; Bosnia|Bosnia y Herzegovina|Sarajevo; Bosnia|Bosnia ed Erzegovina|Sarajevo; Bósnia|Sarajevo; Bosnië|Bosnië en Herzegovina|Sarajevo; Bosnien|Bosnien-Herzegowina|Sarajevo; Bosnien|Bosnien-Hercegovina|Sarajevo
Brazil|Brasilia; Brésil|Brasilia; Brasil|Brasilia; Brasile|Brasilia; Brasil|Brasília; Brazilië|Brasilia; Brasilien|Brasília; Brasilien|Brasília
Bulgaria; Bulgarie; Bulgaria; Bulgaria; Bulgária; Bulgarije; Bulgarien; Bulgarien
Cambodia|Phnom Penh; Cambodge|Phnom Penh; Camboya|Nom Pen; Cambogia|Phnom Penh; Camboja|Phnom Penh; Cambodja|Phnom Penh; Kambodscha|Phnom Penh; Cambodja|Phnom Penh
Cameroon|Yaounde; Cameroun|Yaoundé; Camerún|Yaundé; Camerun|Yaoundé; Iaundé; Kameroen|Yaoundé; Kamerun|Jaunde; Cameroun|Yaoundé
Canada|Ottawa; Canada|Ottawa; Canadá|Ottawa; Canada|Ottawa; Canadá|Otava; Canada|Ottawa; Kanada|Ottawa; Canada|Ottawa
-; Tchad|N'Djamena; Chad|Yamena; Ciad|N'Djamena; Chade|Jamena; Tsjaad|N'Djamena; Tschad|N'Djamena; Tchad
Chile; Chili; Chile; Cile; Chile; Chili; Chile; Chile
China|Beijing|Peking; Chine|Pékin; China|Pekín; Cina|Pechino; China|Pequim; China|Peking; China|Peking; Kina|Beijing|Peking
Colombia|Bogota; Colombie|Bogota; Colombia|Bogotá; Colombia|Bogotà; Colômbia|Bogotá; Colombia|Bogota; Kolumbien|Bogotá; Colombia|Bogotá
Congo|DR Congo|Kinshasa; Congo|RDC|RD Congo|Kinshasa; Congo|RDC|RD Congo|Kinsasa; Congo|RDC|Kinshasa; Congo|RDC|Kinshasa; Congo|Kinshasa; Kongo|Kinshasa; Congo|Kinshasa
Croatia|Zagreb; Croatie|Zagreb; Croacia|Zagreb; Croazia|Zagabria; Croácia|Zagreb; Kroatië|Zagreb; Kroatien|Zagreb; Kroatien|Zagreb
Cuba|Havana; Cuba|La Havane; Cuba|La Habana; Cuba|Avana; Cuba|Havana; Cuba|Havana; Kuba|Havanna; Cuba|Havana
Cyprus|Nicosia; Chypre|Nicosie; Chipre|Nicosia; Cipro; Chipre|Nicósia; Cyprus|Nicosia; Zypern|Nikosia; Cypern|Nicosia
Czech Republic|Czechia|Prague; République tchèque|Tchéquie|Prague; República Checa|Chequia|Praga; Repubblica Ceca|Cechia|Praga; República Checa|Chéquia|Praga; Tsjechië|Praag; Tschechien|Prag; Tjekkiet|Prag
Denmark|Copenhagen; Danemark|Copenhague; Dinamarca|Copenhague; Danimarca|Copenaghen; Dinamarca|Copenhaga; Denemarken|Kopenhagen; Dänemark|Kopenhagen; Danmark|København
Ecuador|Quito; Équateur|Quito; Ecuador|Quito; Ecuador|Quito; Equador|Quito; Ecuador|Quito; Ecuador|Quito; Ecuador|Quito
Egypt|Cairo; Égypte|Le Caire; Egipto|El Cairo; Egitto|Il Cairo; Egito|Cairo; Egypte|Caïro; Ägypten|Kairo; Egypten|Kairo
Estonia|Tallinn; Estonie|Tallinn; Estonia|Tallin; Estonia|Tallinn; Estónia|Estônia|Tallinn; Estland|Tallinn; Estland|Tallinn; Estland|Tallinn
Ethiopia|Addis Ababa; Éthiopie|Addis-Abeba; Etiopía|Adís Abeba; Etiopia|Addis Abeba; Etiópia|Adis Abeba; Ethiopië|Addis Abeba; Äthiopien|Addis Abeba; Etiopien|Addis Abeba
Finland|Helsinki; Finlande|Helsinki; Finlandia|Helsinki; Finlandia|Helsinki; Finlândia|Helsínquia; Finland|Helsinki; Finnland|Helsinki; Finland|Helsinki
France|Paris; France|Paris; Francia|París; Francia|Parigi; França|Paris; Frankrijk|Parijs; Frankreich|Paris; Frankrig|Paris
Tbilisi; Tbilissi; Tiflis; Tbilisi; Tbilisi; Tbilisi; Georgien|Tiflis|Tbilissi; Georgien|Tbilisi
Germany|Berlin; Allemagne|Berlin; Alemania|Berlín; Germania|Berlino; Alemanha|Berlim; Duitsland|Berlijn; Deutschland|Berlin; Tyskland|Berlin
Ghana|Accra; Ghana|Accra; Ghana|Acra; Ghana|Accra; Gana|Acra; Ghana|Accra; Ghana|Accra; Ghana|Accra
Greece|Athens; Grèce|Athènes; Grecia|Atenas; Grecia|Atene; Grécia|Atenas; Griekenland|Athene; Griechenland|Athen; Grækenland|Athen
Haiti|Port-au-Prince; Haïti|Port-au-Prince; Haití|Puerto Príncipe; Haiti|Port-au-Prince; Haiti|Porto Príncipe; Haïti|Port-au-Prince; Haiti|Port-au-Prince; Haiti
Hungary|Budapest; Hongrie|Budapest; Hungría|Budapest; Ungheria|Budapest; Hungria|Budapeste; Hongarije|Boedapest; Ungarn|Budapest; Ungarn|Budapest
Iceland|Reykjavik; Islande|Reykjavik; Islandia|Reikiavik; Islanda|Reykjavík; Islândia|Reiquiavique; IJsland|Reykjavik; Island|Reykjavík; Island|Reykjavik
India|New Delhi; Inde|New Delhi; India|Nueva Delhi; India|Nuova Delhi; Índia|Nova Deli; India|New Delhi; Indien|Neu-Delhi; Indien|New Delhi
Indonesia|Jakarta; Indonésie|Jakarta; Indonesia|Yakarta; Indonesia|Giacarta; Indonésia|Jacarta; Indonesië|Jakarta; Indonesien|Jakarta; Indonesien|Jakarta
Iran|Tehran; Iran|Téhéran; Irán|Teherán; Iran|Teheran; Irã|Irão|Teerã|Teerão; Iran|Teheran; Iran|Teheran; Iran|Teheran
Iraq|Baghdad; Irak|Bagdad; Irak|Bagdad; Iraq|Baghdad; Iraque|Bagdá|Bagdade; Irak|Bagdad; Irak|Bagdad; Irak|Bagdad
Ireland|Dublin; Irlande|Dublin; Irlanda|Dublín; Irlanda|Dublino; Irlanda|Dublin; Ierland|Dublin; Irland|Dublin; Irland|Dublin
Israel|Israël; Israël; Israel; Israele; Israel; Israël; Israel; Israel
Italy|Rome; Italie|Rome; Italia|Roma; Italia|Roma; Itália|Roma; Italië|Rome; Italien|Rom; Italien|Rom
Japan|Tokyo; Japon|Tokyo; Japón|Tokio; Giappone|Tokyo; Japão|Tóquio; Japan|Tokio; Japan|Tokio; Japan|Tokyo
-; Jordanie|Amman; Jordania|Amán; Giordania|Amman; Jordânia|Amã; Jordanië|Amman; Jordanien|Amman; Jordan|Amman
Kazakhstan|Astana; Kazakhstan|Astana; Kazajistán|Astaná; Kazakistan|Astana; Cazaquistão|Astana; Kazachstan|Astana; Kasachstan|Astana; Kasakhstan|Astana
Kenya|Nairobi; Kenya|Nairobi; Kenia|Nairobi; Kenya|Nairobi; Quênia|Quénia|Nairóbi; Kenia|Nairobi; Kenia|Nairobi; Kenya|Nairobi
Kosovo|Pristina; Kosovo|Pristina; Kosovo|Pristina; Kosovo|Pristina; Kosovo|Pristina; Kosovo|Pristina; Kosovo|Pristina; Kosovo|Pristina
Kuwait; Koweït; Kuwait; Kuwait; Kuwait; Koeweit; Kuwait; Kuwait
Latvia|Riga; Lettonie|Riga; Letonia|Riga; Lettonia|Riga; Letónia|Letônia|Riga; Letland|Riga; Lettland|Riga; Letland|Riga
Lebanon|Beirut; Liban|Beyrouth; Líbano|Beirut; Libano|Beirut; Líbano|Beirute; Libanon|Beiroet; Libanon|Beirut; Libanon|Beirut
Libya|Tripoli; Libye|Tripoli; Libia|Trípoli; Libia|Tripoli; Líbia|Trípoli; Libië|Tripoli; Libyen|Tripolis; Libyen|Tripoli
Lithuania|Vilnius; Lituanie|Vilnius; Lituania|Vilna; Lituania|Vilnius; Lituânia|Vilnius; Litouwen|Vilnius; Litauen|Vilnius; Litauen|Vilnius
Luxembourg; Luxembourg; Luxemburgo; Lussemburgo; Luxemburgo; Luxemburg; Luxemburg; Luxembourg
Malaysia|Kuala Lumpur; Malaisie|Kuala Lumpur; Malasia|Kuala Lumpur; Malesia|Kuala Lumpur; Malásia|Kuala Lumpur; Maleisië|Kuala Lumpur; Malaysia|Kuala Lumpur; Malaysia|Kuala Lumpur
Mali|Bamako; Mali|Bamako; Malí|Bamako; Bamako; Mali|Bamako; Mali|Bamako; Mali|Bamako; Mali|Bamako
Malta|Valletta; Malte|La Valette; Malta|La Valeta; Malta|La Valletta; Malta|Valeta; Malta|Valletta; Malta|Valletta; Malta|Valletta
Mexico|Mexico City; Mexique|Mexico; México|Méjico; Messico|Città del Messico; México; Mexico|Mexico-Stad; Mexiko|Mexiko-Stadt; Mexico
Moldova|Chisinau; Moldavie|Chisinau; Moldavia|Chisináu; Moldavia|Chisinau; Moldávia|Chisinau; Moldavië|Chisinau; Moldawien|Chisinau; Moldova|Chisinau
Mongolia|Ulaanbaatar; Mongolie|Oulan-Bator; Mongolia|Ulán Bator; Mongolia|Ulan Bator; Mongólia|Ulan Bator; Mongolië|Ulaanbaatar; Mongolei|Ulan Bator; Mongoliet|Ulaanbaatar
Montenegro|Podgorica; Monténégro|Podgorica; Montenegro|Podgorica; Montenegro|Podgorica; Montenegro|Podgorica; Montenegro|Podgorica; Montenegro|Podgorica; Montenegro|Podgorica
Morocco|Rabat; Maroc|Rabat; Marruecos|Rabat; Marocco|Rabat; Marrocos|Rabat; Marokko|Rabat; Marokko|Rabat; Marokko
Mozambique|Maputo; Mozambique|Maputo; Mozambique|Maputo; Mozambico|Maputo; Moçambique|Maputo; Mozambique|Maputo; Mosambik|Maputo; Mozambique|Maputo
Myanmar|Burma|Naypyidaw; Birmanie|Myanmar|Naypyidaw; Birmania|Myanmar|Naipyidó; Birmania|Myanmar|Naypyidaw; Mianmar|Birmânia|Naypyidaw; Myanmar|Birma|Naypyidaw; Myanmar|Birma|Naypyidaw; Myanmar|Burma
Nepal|Kathmandu; Népal|Katmandou; Nepal|Katmandú; Nepal|Kathmandu; Nepal|Catmandu; Nepal|Kathmandu; Nepal|Kathmandu; Nepal|Kathmandu
Netherlands|Amsterdam|The Hague; Pays-Bas|Hollande|Amsterdam|La Haye; Países Bajos|Holanda|Ámsterdam|La Haya; Paesi Bassi|Olanda|Amsterdam|Aia; Países Baixos|Holanda|Amesterdão|Amsterdã|Haia; Nederland|Holland|Amsterdam|Den Haag; Niederlande|Holland|Amsterdam|Den Haag; Holland|Nederlandene|Amsterdam|Haag
New Zealand|Wellington; Nouvelle-Zélande|Wellington; Nueva Zelanda|Wellington; Nuova Zelanda|Wellington; Nova Zelândia|Wellington; Nieuw-Zeeland|Wellington; Neuseeland|Wellington; New Zealand|Wellington
Nicaragua|Managua; Nicaragua|Managua; Nicaragua|Managua; Nicaragua|Managua; Nicarágua|Manágua; Nicaragua|Managua; Nicaragua|Managua; Nicaragua|Managua
Niger|Niamey; Niger|Niamey; Níger|Niamey; Niger|Niamey; Níger|Niamei; Niger|Niamey; Niger|Niamey; Niger|Niamey
Nigeria|Abuja; Nigeria|Abuja; Nigeria|Abuya; Nigeria|Abuja; Nigéria|Abuja; Nigeria|Abuja; Nigeria|Abuja; Nigeria|Abuja
North Korea|Pyongyang; Corée du Nord|Pyongyang; Corea del Norte|Pionyang; Corea del Nord|Pyongyang; Coreia do Norte|Pyongyang; Noord-Korea|Pyongyang; Nordkorea|Pjöngjang; Nordkorea|Pyongyang
North Macedonia|Macedonia|Skopje; Macédoine du Nord|Skopje; Macedonia del Norte|Skopie; Macedonia del Nord|Skopje; Macedônia do Norte|Macedónia do Norte|Escópia; Noord-Macedonië|Skopje; Nordmazedonien|Skopje; Nordmakedonien|Skopje
Norway|Oslo; Norvège|Oslo; Noruega|Oslo; Norvegia|Oslo; Noruega|Oslo; Noorwegen|Oslo; Norwegen|Oslo; Norge|Oslo
Pakistan|Islamabad; Pakistan|Islamabad; Pakistán|Islamabad; Pakistan|Islamabad; Paquistão|Islamabade; Pakistan|Islamabad; Pakistan|Islamabad; Pakistan|Islamabad
Panama; Panama; Panamá; Panama; Panamá; Panama; Panama; Panama
Paraguay; Paraguay; Paraguay; Paraguay; Paraguai|Assunção; Paraguay; Paraguay; Paraguay
Peru|Lima; Pérou|Lima; Perú|Lima; Perù|Lima; -; Peru|Lima; Peru|Lima; Peru|Lima
Philippines|Manila; Philippines|Manille; Filipinas|Manila; Filippine|Manila; Filipinas|Manila; Filipijnen|Manilla; Philippinen|Manila; Filippinerne|Manila
Poland|Warsaw; Pologne|Varsovie; Polonia|Varsovia; Polonia|Varsavia; Polónia|Polônia|Varsóvia; Polen|Warschau; Polen|Warschau; Polen|Warszawa
Portugal|Lisbon; Portugal|Lisbonne; Portugal|Lisboa; Portogallo|Lisbona; Portugal|Lisboa; Portugal|Lissabon; Portugal|Lissabon; Portugal|Lissabon
Qatar|Doha; Qatar|Doha; Catar|Doha; Qatar|Doha; Catar|Doha; Qatar|Doha; Katar|Doha; Qatar|Doha
Romania|Bucharest; Roumanie|Bucarest; Rumania|Bucarest; Romania|Bucarest; Roménia|Romênia|Bucareste; Roemenië|Boekarest; Rumänien|Bukarest; Rumænien|Bukarest
Russia|Moscow|Kremlin; Russie|Moscou|Kremlin; Rusia|Moscú|Kremlin; Russia|Mosca|Cremlino; Rússia|Moscou|Moscovo|Kremlin; Rusland|Moskou|Kremlin; Russland|Moskau|Kreml; Rusland|Moskva|Kreml
Rwanda|Kigali; Rwanda|Kigali; Ruanda|Kigali; Ruanda|Kigali; Ruanda|Kigali; Rwanda|Kigali; Ruanda|Kigali; Rwanda|Kigali
Saudi Arabia|Riyadh; Arabie saoudite|Riyad; Arabia Saudita|Arabia Saudí|Riad; Arabia Saudita|Riad; Arábia Saudita|Riade; Saoedi-Arabië|Riyad; Saudi-Arabien|Riad; Saudi-Arabien|Riyadh
Senegal|Dakar; Sénégal|Dakar; Senegal|Dakar; Senegal|Dakar; Senegal|Dacar; Senegal|Dakar; Senegal|Dakar; Senegal|Dakar
Serbia|Belgrade; Serbie|Belgrade; Serbia|Belgrado; Serbia|Belgrado; Sérvia|Belgrado; Servië|Belgrado; Serbien|Belgrad; Serbien|Beograd
Singapore; Singapour; Singapur; Singapore; Singapura; Singapore; Singapur; Singapore
Slovakia|Bratislava; Slovaquie|Bratislava; Eslovaquia|Bratislava; Slovacchia|Bratislava; Eslováquia|Bratislava; Slowakije|Bratislava; Slowakei|Bratislava; Slovakiet|Bratislava
Slovenia|Ljubljana; Slovénie|Ljubljana; Eslovenia|Liubliana; Slovenia|Lubiana; Eslovénia|Eslovênia|Liubliana; Slovenië|Ljubljana; Slowenien|Ljubljana; Slovenien|Ljubljana
Somalia|Mogadishu; Somalie|Mogadiscio; Somalia|Mogadiscio; Somalia|Mogadiscio; Somália|Mogadíscio; Somalië|Mogadishu; Somalia|Mogadischu; Somalia|Mogadishu
South Africa|Pretoria|Johannesburg|Cape Town; Afrique du Sud|Pretoria|Johannesburg; Sudáfrica|Pretoria|Johannesburgo; Sudafrica|Pretoria|Johannesburg; África do Sul|Pretória|Joanesburgo; Zuid-Afrika|Pretoria|Johannesburg; Südafrika|Pretoria|Johannesburg|Kapstadt; Sydafrika|Pretoria|Johannesburg
South Korea|Seoul; Corée du Sud|Séoul; Corea del Sur|Seúl; Corea del Sud|Seul; Coreia do Sul|Seul; Zuid-Korea|Seoul; Südkorea|Seoul; Sydkorea|Seoul
South Sudan|Juba; Soudan du Sud|Djouba; Sudán del Sur|Yuba; Sud Sudan|Giuba; Sudão do Sul|Juba; Zuid-Soedan|Juba; Südsudan|Juba; Sydsudan|Juba
Spain|Madrid; Espagne|Madrid; España|Madrid; Spagna|Madrid; Espanha|Madrid; Spanje|Madrid; Spanien|Madrid; Spanien|Madrid
Sri Lanka|Colombo; Sri Lanka|Colombo; Sri Lanka|Colombo; Sri Lanka|Colombo; Sri Lanka|Colombo; Sri Lanka|Colombo; Sri Lanka|Colombo; Sri Lanka|Colombo
Sudan|Khartoum; Soudan|Khartoum; Sudán|Jartum; Sudan|Khartum; Sudão|Cartum; Soedan|Khartoem; Sudan|Khartum; Sudan|Khartoum
Sweden|Stockholm; Suède|Stockholm; Suecia|Estocolmo; Svezia|Stoccolma; Suécia|Estocolmo; Zweden|Stockholm; Schweden|Stockholm; Sverige|Stockholm
Switzerland|Bern; Suisse|Berne; Suiza|Berna; Svizzera|Berna; Suíça|Berna; Zwitserland|Bern; Schweiz|Bern; Schweiz|Bern
Syria|Damascus; Syrie|Damas; Siria|Damasco; Siria|Damasco; Síria|Damasco; Syrië|Damascus; Syrien|Damaskus; Syrien|Damaskus
Taiwan|Taipei; Taïwan|Taipei; Taiwán|Taipéi; Taiwan|Taipei; Taiwan|Taipé; Taiwan|Taipei; Taiwan|Taipeh; Taiwan|Taipei
Tanzania|Dodoma; Tanzanie|Dodoma; Tanzania|Dodoma; Tanzania|Dodoma; Tanzânia|Dodoma; Tanzania|Dodoma; Tansania|Dodoma; Tanzania|Dodoma
Thailand|Bangkok; Thaïlande|Bangkok; Tailandia|Bangkok; Thailandia|Bangkok; Tailândia|Banguecoque|Bangkok; Thailand|Bangkok; Thailand|Bangkok; Thailand|Bangkok
Tunisia|Tunis; Tunisie|Tunis; Túnez; Tunisia|Tunisi; Tunísia|Túnis; Tunesië|Tunis; Tunesien|Tunis; Tunesien|Tunis
Turkey|Türkiye|Ankara; Turquie|Ankara; Turquía|Ankara; Turchia|Ankara; Turquia|Ancara; Turkije|Ankara; Türkei|Ankara; Tyrkiet|Ankara
Uganda|Kampala; Ouganda|Kampala; Uganda|Kampala; Uganda|Kampala; Uganda|Kampala; Oeganda|Kampala; Uganda|Kampala; Uganda|Kampala
Ukraine|Kyiv|Kiev; Ukraine|Kiev|Kyiv; Ucrania|Kiev; Ucraina|Kiev; Ucrânia|Kiev; Oekraïne|Kiev|Kyiv; Ukraine|Kiew; Ukraine|Kyiv|Kiev
United Arab Emirates|UAE|Abu Dhabi|Dubai; Émirats arabes unis|EAU|Abou Dhabi|Dubaï; Emiratos Árabes Unidos|EAU|Abu Dabi|Dubái; Emirati Arabi Uniti|Abu Dhabi|Dubai; Emirados Árabes Unidos|EAU|Abu Dhabi|Dubai; Verenigde Arabische Emiraten|Abu Dhabi|Dubai; Vereinigte Arabische Emirate|VAE|Abu Dhabi|Dubai; Forenede Arabiske Emirater|Abu Dhabi|Dubai
United Kingdom|UK|Britain|Great Britain|England|London; Royaume-Uni|Grande-Bretagne|Angleterre|Londres; Reino Unido|Gran Bretaña|Inglaterra|Londres; Regno Unito|Gran Bretagna|Inghilterra|Londra; Reino Unido|Grã-Bretanha|Inglaterra|Londres; Verenigd Koninkrijk|Groot-Brittannië|Engeland|Londen; Großbritannien|Vereinigtes Königreich|England|London; Storbritannien|England|London
United States|US|USA; États-Unis; Estados Unidos|EEUU; Stati Uniti|USA; Estados Unidos|EUA; Verenigde Staten|VS; USA|Vereinigte Staaten; USA
Uruguay|Montevideo; Uruguay|Montevideo; Uruguay|Montevideo; Uruguay|Montevideo; Uruguai|Montevidéu|Montevideu; Uruguay|Montevideo; Uruguay|Montevideo; Uruguay|Montevideo
Uzbekistan|Tashkent; Ouzbékistan|Tachkent; Uzbekistán|Taskent; Uzbekistan|Tashkent; Uzbequistão|Tashkent; Oezbekistan|Tasjkent; Usbekistan|Taschkent; Usbekistan|Tasjkent
Venezuela|Caracas; Venezuela|Caracas; Venezuela|Caracas; Venezuela|Caracas; Venezuela|Caracas; Venezuela|Caracas; Venezuela|Caracas; Venezuela|Caracas
Vietnam|Hanoi; Viêt Nam|Vietnam|Hanoï; Vietnam|Hanói; Vietnam|Hanoi; Vietnã|Vietname|Hanói; Vietnam|Hanoi; Vietnam|Hanoi; Vietnam|Hanoi
Yemen|Sanaa; Yémen|Sanaa; Yemen|Saná; Yemen|Sana'a; Iémen|Iêmen|Sanaa; Jemen|Sanaa; Jemen|Sanaa; Yemen|Sanaa
Zambia|Lusaka; Zambie|Lusaka; Zambia|Lusaka; Zambia|Lusaka; Zâmbia|Lusaka; Zambia|Lusaka; Sambia|Lusaka; Zambia|Lusaka
Zimbabwe|Harare; Zimbabwe|Harare; Zimbabue|Harare; Zimbabwe|Harare; Zimbábue|Zimbabué|Harare; Zimbabwe|Harare; Simbabwe|Harare; Zimbabwe|Harare
`
