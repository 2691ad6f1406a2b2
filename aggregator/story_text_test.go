package aggregator

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/feedsieve/feedsieve/storage"
)

// TestStoryTextStripsWireFurniture: wire prefixes, datelines, bylines and
// a cut summary's ellipsis are stripped; text that only looks like them
// is kept.
func TestStoryTextStripsWireFurniture(t *testing.T) {
	for _, tt := range []struct {
		name, in, want string
		strip          func(string) string
	}{
		{"update", "UPDATE 2-Volterra's cost cuts cheer investors", "Volterra's cost cuts cheer investors", stripWirePrefix},
		{"several tags", "REFILE-UPDATE 1-SkyNord bets on growth", "SkyNord bets on growth", stripWirePrefix},
		{"brief", "BRIEF-Spain Feb final CPI +2.6% y/y", "Spain Feb final CPI +2.6% y/y", stripWirePrefix},
		{"a word that starts alike", "Updated rules for drones", "Updated rules for drones", stripWirePrefix},
		{"spanish update", "ACTUALIZACIÓN 1-El fuego de Guadarrama arrasa 1.100 hectáreas", "El fuego de Guadarrama arrasa 1.100 hectáreas", stripWirePrefix},
		{"polish update", "AKTUALIZACJA 2-Katastrofa kolejowa koło Poznania", "Katastrofa kolejowa koło Poznania", stripWirePrefix},
		{"russian update", "ОБНОВЛЕНИЕ 1-Пожар на ТЭЦ в Новосибирске", "Пожар на ТЭЦ в Новосибирске", stripWirePrefix},
		{"a title that starts with the tag's word", "Aggiornamento software per i treni regionali", "Aggiornamento software per i treni regionali", stripWirePrefix},
		{"a tag of words, spaced", "MISE À JOUR 1 - Grève RATP : le mouvement reconduit mardi", "Grève RATP : le mouvement reconduit mardi", stripWirePrefix},
		{"a tag and a colon", "AKTUALIZACE: Systém na letišti v Praze opět funguje", "Systém na letišti v Praze opět funguje", stripWirePrefix},
		{"dpa's roundup", "ROUNDUP 2: Stellwerk in Hamburg wieder in Betrieb", "Stellwerk in Hamburg wieder in Betrieb", stripWirePrefix},
		{"urgency", "URGENT - La ministre de l'Agriculture démissionne", "La ministre de l'Agriculture démissionne", stripWirePrefix},
		{"a name before a colon", "RATP : la ligne 14 perturbée", "RATP : la ligne 14 perturbée", stripWirePrefix},
		{"a tag in brackets", "【速報】千葉県で震度4　津波の心配なし", "千葉県で震度4　津波の心配なし", stripWirePrefix},
		{"a tag in square brackets", "[속보] 부산 신선대부두 크레인 넘어져", "부산 신선대부두 크레인 넘어져", stripWirePrefix},
		{"brackets that are no tag", "[Busan] crane collapse", "[Busan] crane collapse", stripWirePrefix},
		{"a page's kind in brackets", "[Video] Busan crane collapse", "Busan crane collapse", stripWirePrefix},
		{"a live blog", "LIVE: Heathrow cancels 180 flights as fog blankets London", "Heathrow cancels 180 flights as fog blankets London", stripWirePrefix},
		{"a live blog's longer tag", "LIVE UPDATES: Storm Ciarán hits Cornwall", "Storm Ciarán hits Cornwall", stripWirePrefix},
		{"a German live ticker", "Liveticker: Bahnstreik legt Fernverkehr lahm", "Bahnstreik legt Fernverkehr lahm", stripWirePrefix},
		{"a French live", "EN DIRECT - Grève SNCF : trafic très perturbé", "Grève SNCF : trafic très perturbé", stripWirePrefix},
		{"a video", "VIDEO: Flood waters sweep through Valencia", "Flood waters sweep through Valencia", stripWirePrefix},
		{"a word that starts as live", "Lively debate in parliament over budget", "Lively debate in parliament over budget", stripWirePrefix},
		{"a full-width colon", "更新：上海地铁2号线恢复运营", "上海地铁2号线恢复运营", stripWirePrefix},
		{"an Armenian tag", "ԹԱՐՄԱՑՎԱԾ՝ Գորիս–Կապան ճանապարհը կրկին բաց է", "Գորիս–Կապան ճանապարհը կրկին բաց է", stripWirePrefix},
		{"an Azerbaijani tag", "TƏCİLİ: Füzulidə partlayış", "Füzulidə partlayış", stripWirePrefix},
		{"a Hebrew tag", "עדכון: השריפה בנמל חיפה כובתה", "השריפה בנמל חיפה כובתה", stripWirePrefix},
		{"a Persian tag", "فوری: زلزله در دماوند", "زلزله در دماوند", stripWirePrefix},
		{"a Malay tag", "KEMAS KINI: Mangsa banjir Kelantan cecah 6,430 orang", "Mangsa banjir Kelantan cecah 6,430 orang", stripWirePrefix},
		{"a Thai tag and its exclamation mark", "ด่วน! บีทีเอสสายสีลมขัดข้อง", "บีทีเอสสายสีลมขัดข้อง", stripWirePrefix},
		{"a Vietnamese tag", "Cập nhật: Bão số 12 làm 3 người chết", "Bão số 12 làm 3 người chết", stripWirePrefix},
		{"a Swahili tag", "IMESASISHWA: Idadi ya waliofariki yafikia saba", "Idadi ya waliofariki yafikia saba", stripWirePrefix},
		{"a Hindi tag", "अपडेट: चमोली में बदरीनाथ हाईवे खुला", "चमोली में बदरीनाथ हाईवे खुला", stripWirePrefix},
		{"an exclamation that is no tag", "Wow! A record crowd", "Wow! A record crowd", stripWirePrefix},
		{"an Amharic tag and its colon", "ሰበር ዜና፡ በመርካቶ የእሳት አደጋ", "በመርካቶ የእሳት አደጋ", stripWirePrefix},
		{"an Amharic preface colon", "ሰበር ዜና፦ በመርካቶ የእሳት አደጋ", "በመርካቶ የእሳት አደጋ", stripWirePrefix},
		{"a run of marks", "BREAKING!!! Fire in Soho", "Fire in Soho", stripWirePrefix},
		{"a Traditional Chinese tag in brackets", "【快訊】花蓮外海規模5.2地震", "花蓮外海規模5.2地震", stripWirePrefix},
		{"a Traditional Chinese tag", "突發：台北信義區大樓火警", "台北信義區大樓火警", stripWirePrefix},
		{"a flash tag in Traditional characters", "【速報】花蓮外海規模5.2地震", "花蓮外海規模5.2地震", stripWirePrefix},
		{"a flash tag in Simplified characters", "【速报】花莲外海规模5.2地震", "花莲外海规模5.2地震", stripWirePrefix},
		{"a Serbian tag in Cyrillic", "НАЈНОВИЈЕ: Пожар у Новом Саду", "Пожар у Новом Саду", stripWirePrefix},
		{"a Serbian tag in Latin letters", "AŽURIRANO: Požar u Novom Sadu lokalizovan", "Požar u Novom Sadu lokalizovan", stripWirePrefix},
		{"a Finnish flash", "KIIREELLINEN: Tulipalo Tampereen Lakalaivassa", "Tulipalo Tampereen Lakalaivassa", stripWirePrefix},
		{"a Lithuanian flash", "SKUBIAI: Kaune, Aleksote, liepsnoja baldų sandėlis", "Kaune, Aleksote, liepsnoja baldų sandėlis", stripWirePrefix},
		{"a Slovenian flash", "NUJNO: Močan potres na Rodosu", "Močan potres na Rodosu", stripWirePrefix},
		// a word that is a tag of its language, then a range, is no tag:
		// only the agencies' tags are numbered ("UPDATE 2-")
		{"a Vietnamese word and a range", "Nóng 40-41 độ C, miền Bắc nắng gắt", "Nóng 40-41 độ C, miền Bắc nắng gắt", stripWirePrefix},
		{"an Indonesian word and a score", "Terkini 2-1, Persib tekuk Persija", "Terkini 2-1, Persib tekuk Persija", stripWirePrefix},
		{"an Armenian full stop", "ՇՏԱՊ։ Երևանում հրդեհ է բռնկվել", "Երևանում հրդեհ է բռնկվել", stripWirePrefix},
		// a flash in capitals may end with a Latin full stop; a tag
		// written as a word before one is a sentence's, and a full stop
		// of an abbreviation is no mark
		{"a flash in capitals and a full stop", "ՇՏԱՊ. Սյունիքում երկրաշարժ է գրանցվել", "Սյունիքում երկրաշարժ է գրանցվել", stripWirePrefix},
		{"an English flash and a full stop", "URGENT. Fire at Tyne docks", "Fire at Tyne docks", stripWirePrefix},
		{"a number's full stop is an ordinal's", "LIVE 2. Bundesliga: Alle Spiele des 12. Spieltags", "LIVE 2. Bundesliga: Alle Spiele des 12. Spieltags", stripWirePrefix},
		{"a club's ordinal after a tag", "VIDEO 1. FC Köln feiert Aufstieg", "VIDEO 1. FC Köln feiert Aufstieg", stripWirePrefix},
		{"a tag's word and a full stop", "Breaking. The bridge is shut", "Breaking. The bridge is shut", stripWirePrefix},
		{"a full stop without a space", "URGENT.Fire at Tyne docks", "URGENT.Fire at Tyne docks", stripWirePrefix},
		{"an abbreviation that is no tag", "ԿԲ. Դոլարի միջին փոխարժեքը", "ԿԲ. Դոլարի միջին փոխարժեքը", stripWirePrefix},
		// but an update tag written in capitals is an agency's, numbered
		{"an Azerbaijani agency's numbered update", "YENİLƏNİB 1-Lənkəranda su basan evlərin sayı 65-ə çatıb", "Lənkəranda su basan evlərin sayı 65-ə çatıb", stripWirePrefix},
		{"an Armenian agency's numbered update", "ԹԱՐՄԱՑՎԱԾ 2-Գորիսի մոտ երկրաշարժի մագնիտուդը ճշգրտվել է", "Գորիսի մոտ երկրաշարժի մագնիտուդը ճշգրտվել է", stripWirePrefix},
		{"a Vietnamese update word and a range", "Cập nhật 2-3 ngày tới mưa lớn", "Cập nhật 2-3 ngày tới mưa lớn", stripWirePrefix},
		{"a Vietnamese update tag in capitals and a range", "CẬP NHẬT 2-3 ngày tới mưa lớn", "CẬP NHẬT 2-3 ngày tới mưa lớn", stripWirePrefix},
		{"an Indonesian tag in capitals and a score", "TERKINI 2-1, Persib tekuk Persija", "TERKINI 2-1, Persib tekuk Persija", stripWirePrefix},
		{"an Azerbaijani tag in capitals and a year", "YENİLƏNİB 2024-cü ilin büdcəsi təsdiqlənib", "YENİLƏNİB 2024-cü ilin büdcəsi təsdiqlənib", stripWirePrefix},
		{"an Armenian tag in capitals and an ordinal", "ԹԱՐՄԱՑՎԱԾ 5-րդ օրը", "ԹԱՐՄԱՑՎԱԾ 5-րդ օրը", stripWirePrefix},
		{"a Greek tag in small letters", "Έκτακτο: Πλημμύρες στη Ρόδο", "Πλημμύρες στη Ρόδο", stripWirePrefix},
		{"a dotted İ in small letters", "Təcili: Füzulidə partlayış", "Füzulidə partlayış", stripWirePrefix},
		{"a Turkish tag in small letters", "Son dakika: Ankara'da deprem", "Ankara'da deprem", stripWirePrefix},
		{"dateline", "ATHENS (Meridian) - An earthquake struck…", "An earthquake struck", stripDateline},
		{"dateline with a date", "TOURS, 16 mars (CPA) - Hélène Marchand a obtenu", "Hélène Marchand a obtenu", stripDateline},
		{"byline", "By Anna Whitcombe, Business Correspondent. Volterra is to axe jobs", "Volterra is to axe jobs", stripDateline},
		{"brackets that are no dateline", "The Food Standards Agency (FSA) - which", "The Food Standards Agency (FSA) - which", stripDateline},
		{"a dateline's place", "ATHENS (Meridian) - An earthquake struck…", "ATHENS", datelinePlace},
		{"a dated dateline's place", "TOURS, 16 mars (CPA) - Hélène Marchand a obtenu", "TOURS", datelinePlace},
		// the Baltic agencies close theirs with a full stop, after a date
		{"a Lithuanian dateline", "KAUNAS, gegužės 10 d. (BNA). Kauno Aleksoto seniūnijoje dega sandėlis", "Kauno Aleksoto seniūnijoje dega sandėlis", stripDateline},
		{"a Latvian dateline's place", "LIEPĀJA, 11. maijs (DZA). Konkurences padome piemērojusi sodu", "LIEPĀJA", datelinePlace},
		{"capitals and brackets ending a sentence", "NATO (the alliance). Its ministers met", "NATO (the alliance). Its ministers met", stripDateline},
		{"a date but no capitals", "Kaunas, gegužės 10 d. (BNA). Kauno Aleksoto seniūnijoje", "", datelinePlace},
		{"no dateline, no place", "The Food Standards Agency (FSA) - which", "", datelinePlace},
		// in a script without capitals, the brackets and the dash alone
		// tell a dateline; in one with them, small letters tell none
		{"an Arabic dateline", "بيروت (وكالة النيل) - أعلنت قوة الأمم المتحدة", "أعلنت قوة الأمم المتحدة", stripDateline},
		{"an Arabic dateline's place", "بيروت (وكالة النيل) - أعلنت قوة الأمم المتحدة", "بيروت", datelinePlace},
		{"a Hebrew dateline's place", "ירושלים (סוכנות הים) - המשטרה הודיעה", "ירושלים", datelinePlace},
		{"a dateline in small letters", "Leipzig (dnw) - Die Stadt hat", "", datelinePlace},
		{"Arabic brackets that are no dateline", "أعلنت الشركة (المدرجة في البورصة) أرباحا", "", datelinePlace},
		// but not a ministry's or a body's name before brackets, a tag, or
		// a firm's share code; a listed place of two words is one, and
		// the Arabic comma ends the place as a comma does
		{"a ministry's name", "وزارة الصحة (غزة) - ارتفع عدد", "", datelinePlace},
		{"a flash's tag", "عاجل (فيديو) - انفجار في", "", datelinePlace},
		{"a firm's share code", "トヨタ(7203) - 通期予想を上方修正", "", datelinePlace},
		{"an Arabic dateline with a date", "دبي، 6 أبريل (وكالة النيل) - أعلنت", "دبي", datelinePlace},
		{"a byline is no place", "By Anna Whitcombe, Business Correspondent. Volterra is to axe jobs", "", datelinePlace},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.strip(tt.in); got != tt.want {
				t.Errorf("%q, want %q", got, tt.want)
			}
		})
	}
}

// TestWireUpdateTags: the tags that mark a wire's update, in any of
// its languages, are told from the others.
func TestWireUpdateTags(t *testing.T) {
	for _, tt := range []struct {
		title  string
		update bool
	}{
		{"UPDATE 1-Chile quake kills two", true},
		{"REFILE-UPDATE 2-Chile quake kills two", true},
		{"AGGIORNAMENTO 1-Etna, riaperto lo scalo di Catania", true},
		{"ACTUALIZA 1-Incendio en Chulilla", true},
		{"ACTUALISATION 1-Grève à Marseille", true},
		{"MISE À JOUR 2 - Feu de l'Estaque : 700 hectares parcourus", true},
		{"AKTUALIZACE: Systém na letišti opět funguje", true},
		{"ОНОВЛЕННЯ 1-Злива в Одесі", true},
		{"ROUNDUP: Stellwerk in Hamburg wieder in Betrieb", true},
		{"UPDATED: Kelowna evacuation order expanded", true},
		{"ОБНОВЛЕНО 1-Число пострадавших в Новосибирске выросло", true},
		{"ОНОВЛЕНО: Злива в Одесі", true},
		{"ACTUALIZADO 2-Incendio en Chulilla", true},
		{"AKTUALISIERT: Strecke Hamburg–Hannover wieder frei", true},
		{"AKTUALISIERUNG 1-Warnstreik in Düsseldorf: 412 Flüge gestrichen", true},
		{"UPPDATERAD: Spåret vid Hallsberg öppnas tidigast i kväll", true},
		{"OPDATERET: Brand i Odense slukket", true},
		{"OPPDATERT 1-Brann i Bergen slukket", true},
		{"ZAKTUALIZOWANO: Pożar w porcie w Gdyni opanowany", true},
		{"AKTUALIZOVÁNO 1-Požár skládky v Ostravě je pod kontrolou", true},
		{"GÜNCELLENDİ: İzmir'de orman yangını kontrol altında", true},
		{"PÄIVITETTY: Junaliikenne palautuu Tampereella", true},
		{"FRISSÍTVE: Helyreállt a forgalom Győrben", true},
		{"ΕΝΗΜΕΡΩΣΗ 1-Σεισμός στη Ρόδο", true},
		{"ACTUALIZAT: Traficul pe A1 a fost reluat", true},
		{"ΕΝΗΜΕΡΩΜΕΝΟ: Πλημμύρες στη Ρόδο", true},
		// the updates of Estonia's, Lithuania's, Latvia's and Slovenia's
		// agencies
		{"UUENDATUD: Tartu laohoone põleng on kustutatud", true}, {"ATNAUJINTA: Klaipėdos uoste laukia jau 18 laivų", true},
		{"PAPILDINĀTS: Daugavpilī cietušo skaits pieaudzis līdz 12", true}, {"POSODOBLJENO: Potres na Rodosu z magnitudo 5,6", true},
		// Chinese (and Japanese) and Serbian updates, in either script
		{"【更新】花蓮地震規模修正為5.8", true}, {"【更新】西成区の住宅火災", true},
		{"Ažurirano: jačina zemljotresa kod Kraljeva 4,4", true}, {"АЖУРИРАНО: Пожар у Нишу угашен", true},
		// the Caucasus', other scripts', South and Southeast Asia's and
		// Africa's updates, written without a number
		{"განახლება: საბურთალოზე ხანძარი ლოკალიზებულია", true}, {"[업데이트] 부산 크레인 사고 부상자 3명으로 늘어", true},
		{"تحديث: ارتفاع عدد المصابين في حريق العتبة", true}, {"עדכון: השריפה בנמל חיפה כובתה", true},
		{"Cập nhật: Bão số 12 làm 3 người chết", true}, {"KEMAS KINI: Mangsa banjir Kelantan cecah 6,430", true},
		{"IMESASISHWA: Idadi ya waliofariki Mombasa yafikia saba", true}, {"อัปเดต: พบตัวนักท่องเที่ยวที่สูญหายแล้ว", true},
		{"अपडेट: बदरीनाथ हाईवे नौ घंटे बाद खुला", true},
		// stripped, and not read as updates (story_wire.go)
		{"【快訊】花蓮縣近海規模5.6地震", false}, {"НАЈНОВИЈЕ: Пожар у Нишу", false},
		{"[속보] 부산 신선대부두서 크레인 붕괴", false}, {"عاجل: حريق في مخزن بالعتبة", false}, {"ด่วน! บีทีเอสสายสีลมขัดข้อง", false},
		{"СРОЧНО-В Новосибирске обрушилась кровля", false},
		{"SKUBIAI: Kaune, Aleksote, liepsnoja baldų sandėlis", false}, {"NUJNO: Močan potres na Rodosu", false},
		{"Updated guidance: what passengers need to know", false},
		{"URGENT - La ministre démissionne", false},
		{"EXCLUSIVE-Quorra weighs appeal", false},
		{"BRIEF-Brandt Q1 EBIT EUR 214 mln", false},
		{"CORRECTED-Chile quake kills two", false},
		{"Update on the Chile quake", false},
	} {
		if _, update := wireTags(tt.title); update != tt.update {
			t.Errorf("%q: update %v, want %v", tt.title, update, tt.update)
		}
	}
}

// TestStoryTextNumbers: a number is read one way however it is written,
// and a code written with digits is no number.
func TestStoryTextNumbers(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"3,500 jobs", "3500"}, {"3.500 Stellen", "3500"}, {"80 000 foyers", "80000"}, {"80\u202f000 foyers", "80000"},
		{"magnitude 5,1", "5.1"}, {"magnitude 5.1", "5.1"}, {"8,112.45 points", "8112.45"}, {"8 112,45 points", "8112.45"},
		{"$1.1674", "1.1674"}, {"52,4 %", "52.4"},
		// a decimal part's trailing zeros say nothing: 12.0% is 12 per
		// cent; but one digit keeps its decimal zero, a magnitude or a rate
		{"rate cut to 12.0%", "12"}, {"2,50 euros", "2.5"}, {"1.000 Stellen", "1000"}, {"am 10.10.2020", "10.10.2020"},
		{"rate cut to 3.0%", "3.0"}, {"magnitudo 4,00", "4.0"}, {"rate cut to 0.0%", "0.0"},
		// a code with digits is a word, not a number
		{"Q1 EBIT EUR 214 mln", "214"}, {"40 A321neo jets", "40"}, {"G20 summit for 2 days", "2"},
		{"M25 closed for 3 hours", "3"},
		// but a quake's magnitude written onto its M is the number
		{"Gempa M5,2 Guncang Sumbawa", "5.2"}, {"M5.2 quake off Crete", "5.2"}, {"Mw6.1 earthquake", "6.1"},
		// the digits of other scripts are the same numbers, with the
		// Arabic decimal and thousands separators
		{"التضخم ١٢٫١٪", "12.1"}, {"زلزله ۴٫۸ ریشتری", "4.8"}, {"۱٬۳۰۰ خانه", "1300"}, {"١٢,٥ مليون", "12.5"},
		{"地震で１２人けが", "12"}, {"M５.０", "5.0"}, {"दिल्ली में १२ घायल", "12"}, {"৩.৫ শতাংশ", "3.5"},
		{"前年比３．５％増", "3.5"}, {"１，２００人が避難", "1200"}, {"١٢ ٥٠٠ شخص", "12500"},
		// lakhs and crores
		{"1,20,000 स्कूटर", "120000"}, {"₹1,00,00,000", "10000000"}, {"१,२०,००० स्कूटर", "120000"},
	} {
		var got []string
		scanWords(tt.in, -1, func(w string, _ int, num bool) {
			if num {
				got = append(got, w)
			}
		})
		if !slices.Equal(got, []string{tt.want}) {
			t.Errorf("%q: numbers %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestParticleBeforeNumber: a particle drawn out to its number with a
// tatweel ("بـ12", "with 12") is dropped, and the number read, whatever
// its digits.
func TestParticleBeforeNumber(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"والدفع بـ12 سيارة", []string{"والدفع", "12", "سيارة"}},
		{"ارتفاع لـ٣٥ قتيلا", []string{"ارتفاع", "35", "قتيلا"}},
	} {
		var got []string
		scanWords(tt.text, -1, func(w string, _ int, _ bool) { got = append(got, w) })
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestDecimalZeroIsAFigure: a magnitude or a rate written with its
// decimal zero is a figure two titles agree on, as "5.1" is, where a lone
// digit is not; and it is the same number as the digit written without
// it.
func TestDecimalZeroIsAFigure(t *testing.T) {
	print := func(title string) storyPrint {
		return newStoryPrint(&storage.Item{Language: "en", Title: title})
	}
	quake, rewrite := print("Magnitude 6.0 earthquake strikes off Hokkaido"), print("Strong 6.0 tremor shakes northern Japan, no tsunami")
	if !sharesTitleNumber(&quake, &rewrite) {
		t.Errorf("%v and %v: no title number shared", quake.words.titleNums, rewrite.words.titleNums)
	}
	lone, other := print("6 dead in Hokkaido landslide"), print("Landslide in Hokkaido: 6 rescued")
	if sharesTitleNumber(&lone, &other) {
		t.Errorf("%v and %v: a lone digit shared as a figure", lone.words.titleNums, other.words.titleNums)
	}
	plain := print("Strong 6 tremor shakes northern Japan")
	if !quake.hasNumber("6") || !plain.hasNumber("6.0") {
		t.Errorf("6 and 6.0 are not one number")
	}
	if quake.hasNumber("6.5") || quake.holdsNumber("60") {
		t.Errorf("6.0 is read as 6.5 or 60")
	}
	// a lone digit stands for 5.0 in a title only, as for 5: two quakes,
	// 5.0 and 4.6, are told apart though one summary says "at 5 a.m."
	t0 := time.Date(2026, 11, 2, 8, 0, 0, 0, time.UTC)
	a := newStoryPrint(&storage.Item{Language: "en", Published: t0, Sources: []string{"a"}, NormLink: "https://a.example/1",
		Title: "Magnitude 5.0 earthquake strikes off Crete", Summary: "The quake struck south of Ierapetra at a depth of 10 km, the Geodynamic Institute said. No damage was reported."})
	b := newStoryPrint(&storage.Item{Language: "en", Published: t0.Add(3 * time.Hour), Sources: []string{"b"}, NormLink: "https://b.example/2",
		Title: "Magnitude 4.6 earthquake strikes off Crete", Summary: "The quake struck south of Ierapetra at 5 a.m. at a depth of 12 km, the Geodynamic Institute said. No damage was reported."})
	if b.hasNumber("5.0") {
		t.Errorf("the 5 of %q's summary holds the title's 5.0", b.words.nums)
	}
	if v := compareStories(a, b, StoryOptions{}); v.Same {
		t.Errorf("a 5.0 and a 4.6 quake are one story: %s", v.Reason)
	}
}

// TestCompareStoriesEvidence: a wire update and a cut copy are one story
// with the original; a template headline on another event is not, and
// the verdict says on what the titles disagree.
func TestCompareStoriesEvidence(t *testing.T) {
	t0 := time.Date(2026, 3, 16, 4, 31, 0, 0, time.UTC)
	quake := storage.Item{Language: "en", Published: t0, Sources: []string{"meridian"},
		Title:   "Magnitude 5.1 earthquake strikes off Crete",
		Summary: "ATHENS (Meridian) - An earthquake of magnitude 5.1 struck off the southern coast of Crete early on Monday, Greece's Geodynamic Institute said. The quake hit at 04:12 GMT at a depth of 10 km, about 38 km south of Ierapetra."}
	edit := func(f func(*storage.Item)) storage.Item {
		it := quake
		f(&it)
		return it
	}
	for _, tt := range []struct {
		name string
		b    storage.Item
		same bool
		why  string
	}{
		{"update with a rewritten lede", edit(func(it *storage.Item) {
			it.Title = "UPDATE 1-Crete quake cracks walls in Ierapetra"
			it.Summary = "ATHENS (Meridian) - Monday's magnitude 5.1 tremor off southern Crete cracked walls in Ierapetra, about 38 km from the epicentre, the governor's office said…"
			it.Published = t0.Add(3 * time.Hour)
		}), true, "similar (at least"},
		{"cut copy", edit(func(it *storage.Item) {
			it.Sources = []string{"ledger"}
			it.Summary = "An earthquake of magnitude 5.1 struck off the southern coast of Crete early on Monday…"
		}), true, "similar (at least"},
		{"template on another event", edit(func(it *storage.Item) {
			it.Title = "Magnitude 4.8 earthquake strikes off Sicily"
			it.Summary = "ROME (Meridian) - An earthquake of magnitude 4.8 struck off the eastern coast of Sicily early on Monday, the institute said. The quake hit at 02:40 GMT at a depth of 12 km, about 30 km east of Catania."
		}), false, "disagree on numbers"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			v := compareStories(newStoryPrint(&quake), newStoryPrint(&tt.b), StoryOptions{})
			if v.Same != tt.same || !strings.Contains(v.Reason, tt.why) {
				t.Errorf("same %v (%s), want %v with %q", v.Same, v.Reason, tt.same, tt.why)
			}
		})
	}
	a, b := newStoryPrint(&quake), newStoryPrint(&storage.Item{Language: "en", Title: "Magnitude 4.8 earthquake strikes off Sicily", Summary: "A quake struck."})
	s := newWordStats()
	if _, disagree := storyEvidence(&s, &quake, &storage.Item{Language: "en", Title: "Magnitude 4.8 earthquake strikes off Sicily", Summary: "A quake struck."}, &a, &b); !slices.Contains(disagree, "5.1") || !slices.Contains(disagree, "4.8") || !slices.Contains(disagree, "sicily") {
		t.Errorf("disagreeing evidence %q, want 5.1, 4.8 and sicily among it", disagree)
	}
	// Shared words are spelled as they were compared: a country's
	// adjective as the country, a BRIEF's abbreviation as its words.
	greek := storage.Item{Language: "en", Title: "Greek island of Crete shaken by quake", Summary: "BRIEF: Q1 tremor near Ierapetra."}
	greece := storage.Item{Language: "en", Title: "Quake shakes the Greek island of Crete", Summary: "Q1 tremor near Ierapetra."}
	pa, pb := newStoryPrint(&greek), newStoryPrint(&greece)
	shared, _ := storyEvidence(&s, &greek, &greece, &pa, &pb)
	for _, want := range []string{"greece", "crete", "ierapetra"} {
		if !slices.Contains(shared, want) {
			t.Errorf("shared evidence %q lacks %q", shared, want)
		}
	}
	if slices.Contains(shared, "") {
		t.Errorf("shared evidence %q has an empty word", shared)
	}
}

// TestStoryTextWireAbbreviations: a BRIEF's abbreviations are read as the
// words a story writes, so that each of its words is in the story.
func TestStoryTextWireAbbreviations(t *testing.T) {
	brief := readStoryWords("en", "BRIEF-Brandt Logistik Q1 EBIT EUR 214 mln, 18 pct lower", "")
	story := readStoryWords("en", "Brandt Logistik first-quarter operating profit falls 18% to 214 million euros, lower than a year ago", "")
	for _, w := range brief.words {
		if _, ok := slices.BinarySearch(story.words, w); !ok {
			t.Errorf("a word of the brief (hash %x) is not in the story", w)
		}
	}
	if len(brief.titleCaps) != 2 {
		t.Errorf("the brief's title has %d names, want 2 (Brandt Logistik; its abbreviations are none)", len(brief.titleCaps))
	}
}

// TestStoryTextPrefixNoName: a capitalized prefix before a hyphen and a
// lower-case word ("Ex-minister") is no name of the title; a compound of
// names ("Nagorno-Karabakh") is.
func TestStoryTextPrefixNoName(t *testing.T) {
	for title, want := range map[string]int{
		"Ex-minister Ruiz gets six-year term":  1,
		"Anti-war protest in Nagorno-Karabakh": 2,
	} {
		if got := len(readStoryWords("en", title, "").titleCaps); got != want {
			t.Errorf("%q: %d names, want %d", title, got, want)
		}
	}
}

// TestStoryTextDemonyms: a country's adjective is read as the country,
// which a rewrite names instead ("a Greek island", "Greece's").
func TestStoryTextDemonyms(t *testing.T) {
	adjective := readStoryWords("en", "Wildfire reaches Greek holiday island", "")
	country := readStoryWords("en", "Ferry runs aground off Greece", "")
	if shared := sharedWords(adjective, country); shared != 1 {
		t.Errorf("%d words shared, want 1 (Greece)", shared)
	}
}

// sharedWords counts the words a and b both have.
func sharedWords(a, b storyWords) int {
	n := 0
	for _, w := range a.words {
		if _, ok := slices.BinarySearch(b.words, w); ok {
			n++
		}
	}
	return n
}

// TestStoryTextSynonyms: the words for one kind of event are read as
// one ("sisma" as "terremoto"), in their language only; other words of
// the kind are not.
func TestStoryTextSynonyms(t *testing.T) {
	for _, tt := range []struct {
		lang, a, b string
		shared     int
	}{
		{"en", "Blaze", "Fire", 1},
		{"en", "Tremors", "Earthquake", 1},
		{"it", "Sisma", "Terremoto", 1},
		{"it", "scossa", "terremoto", 1},
		{"es", "sismo", "terremoto", 1},
		{"fr", "Séisme", "tremblement", 1},
		{"de", "Großbrand", "Feuer", 1},
		{"de", "Ausstand", "Warnstreik", 1},
		{"pl", "nawałnicy", "Burza", 1},
		{"ru", "Пожар", "возгорание", 1},
		{"uk", "Землетрус", "землетрусу", 1},
		{"en", "Blast", "Explosion", 0},      // "X blasts Y" is criticism
		{"fr", "feu", "incendie", 0},         // "feu vert" is an approval
		{"es", "paro", "huelga", 0},          // "paro" is unemployment too
		{"en", "Sisma", "Terremoto", 0},      // Italian words in an English item
		{"de", "Brand", "Überschwemmung", 0}, // another kind of event
	} {
		a, b := readStoryWords(tt.lang, tt.a, ""), readStoryWords(tt.lang, tt.b, "")
		if shared := sharedWords(a, b); shared != tt.shared {
			t.Errorf("%s %q and %q: %d words shared, want %d", tt.lang, tt.a, tt.b, shared, tt.shared)
		}
	}
}

// TestStoryTextTruncation: a long word's endings do not make two words
// of one (inflection, derivation, the tail of a compound), while shorter
// words keep theirs; a title's template is still told by its words as
// stemmed, not truncated.
func TestStoryTextTruncation(t *testing.T) {
	for _, tt := range []struct {
		lang, a, b string
		shared     bool
	}{
		{"en", "evacuated", "evacuation", true},
		{"de", "Verspätungen", "Verspätung", true},
		{"cs", "zpoždění", "zpožděním", true},
		{"ru", "Новосибирске", "Новосибирск", true},
		{"it", "automobilisti", "automobilista", true},
		{"en", "police", "policy", false},
		{"en", "Hamburg", "Hamburgo", false}, // seven letters, and eight stemmed to seven
		{"de", "Großbrand", "Großeinsatz", false},
	} {
		a, b := readStoryWords(tt.lang, tt.a, ""), readStoryWords(tt.lang, tt.b, "")
		if shared := slices.Equal(a.words, b.words); shared != tt.shared {
			t.Errorf("%s %q and %q: one word %v, want %v", tt.lang, tt.a, tt.b, shared, tt.shared)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"evacuation", "evacua"},
		{"Kłodzkiej", "Kłodzk"},
		{"ewakuacja", "ewakua"},
		{"station", "station"},
		{"Verspätung", "Verspä"},
		{"", ""},
	} {
		if got := truncateStem(tt.in); got != tt.want {
			t.Errorf("truncateStem(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// Titles alike only once truncated are not written alike: an update
	// whose words end otherwise is no template of its report, though
	// its words are compared truncated.
	a := readStoryWords("en", "Evacuations ordered near Kelowna", "")
	b := readStoryWords("en", "Evacuated residents return near Kelowna", "")
	if n := sharedHashes(a.words, b.words); n != 3 {
		t.Errorf("%d words shared, want 3 (evacua, near, kelowna)", n)
	}
	if n := sharedHashes(a.titleRest, b.titleRest); n != 2 {
		t.Errorf("%d title words shared, want 2 (near, kelowna)", n)
	}
}

// sharedHashes counts the hashes two sorted sets share.
func sharedHashes(a, b []uint32) int {
	n := 0
	for _, h := range a {
		if _, ok := slices.BinarySearch(b, h); ok {
			n++
		}
	}
	return n
}

// TestScanLatinInChinese: a word of Latin letters written into Chinese
// or Japanese without spaces is a word of its own, and the letters of
// the script around it are read in pairs up to it: no pair spans the
// two, and no fragment of the Latin word is a capitalized name.
func TestScanLatinInChinese(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"制造业PMI为50.4%", []string{"制造", "造业", "PMI", "为", "50.4"}},
		{"苹果iPhone销量", []string{"苹果", "iPhone", "销量"}},
		{"NBA总决赛", []string{"NBA", "总决", "决赛"}},
		{"华为Mate60发布", []string{"华为", "Mate60", "发布"}},
		{"日銀がETF購入", []string{"日銀", "銀が", "ETF", "購入"}},
		// the long vowel mark is of no script, and stays in its word
		{"プーチン氏", []string{"プー", "ーチ", "チン", "ン氏"}},
		{"ニューヨークで火災", []string{"ニュ", "ュー", "ーヨ", "ヨー", "ーク", "クで", "で火", "火災"}},
	} {
		var got []string
		scanWords(tt.text, -1, func(w string, _ int, _ bool) { got = append(got, w) })
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
	if w := readStoryWords("zh", "2月份制造业PMI为50.4%", ""); len(w.titleCaps) != 1 {
		t.Errorf("制造业PMI为: %d names, want 1 (PMI)", len(w.titleCaps))
	}
}

// TestScanWordsLimit: story grouping reads a summary's first
// storyLeadWords words, counting a spaceless script's character pairs
// as words, and says where it stopped: the rest is unread.
func TestScanWordsLimit(t *testing.T) {
	for _, tt := range []struct {
		in    string
		limit int
		want  []string
		rest  string
	}{
		{"Tram derails in Lisbon", -1, []string{"Tram", "derails", "in", "Lisbon"}, ""},
		{"Tram derails in Lisbon", 2, []string{"Tram", "derails"}, " in Lisbon"},
		{"Tram, 14 hurt", 2, []string{"Tram", "14"}, " hurt"},
		{"里斯本电车。车", 2, []string{"里斯", "斯本"}, "。车"},                            // the run of letters is passed
		{"ผู้โดยสาร", -1, []string{"ผู้โ", "โด", "ดย", "ยส", "สา", "าร"}, ""}, // a letter's marks go with it ("passengers")
		{"ผู้", -1, []string{"ผู้"}, ""},
		{"ｶﾞｽ爆発", -1, []string{"ｶﾞｽ", "ｽ爆", "爆発"}, ""}, // half-width katakana's voiced mark goes with its letter
		{"ﾊﾟﾘ", -1, []string{"ﾊﾟﾘ"}, ""},
		{"Tram derails", 0, nil, "Tram derails"},
	} {
		var got []string
		stop := scanWords(tt.in, tt.limit, func(w string, _ int, _ bool) { got = append(got, w) })
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q, limit %d: %q, want %q", tt.in, tt.limit, got, tt.want)
		}
		if rest := tt.in[stop:]; rest != tt.rest {
			t.Errorf("%q, limit %d: left %q, want %q", tt.in, tt.limit, rest, tt.rest)
		}
	}
	long := strings.Repeat("filler ", storyLeadWords) + "Ierapetra"
	if w := readStoryWords("en", "Quake", long); slices.Contains(w.words, pairHash("en", truncateStem(stem("ierapetra")))) {
		t.Errorf("a word past the first %d of a summary was read", storyLeadWords)
	}
	if w := readStoryWords("en", "Quake", "Ierapetra "+long); !slices.Contains(w.words, pairHash("en", truncateStem(stem("ierapetra")))) {
		t.Errorf("the first word of a summary was not read")
	}
}

// TestHalfwidthKatakanaAsFullwidth: a title in half-width katakana, whose
// voiced sound marks are letters of their own ("ｶﾞ"), is read as the same
// title in full-width katakana ("ガ"): one outlet's copy in the old
// half-width forms shares its words with the others'.
func TestHalfwidthKatakanaAsFullwidth(t *testing.T) {
	for _, c := range [][2]string{
		{"ｶﾞｽ爆発でﾋﾞﾙ倒壊、3人けが", "ガス爆発でビル倒壊、3人けが"},
		{"ﾊﾟﾘで大規模ﾃﾞﾓ", "パリで大規模デモ"},
	} {
		half, full := readStoryWords("ja", c[0], ""), readStoryWords("ja", c[1], "")
		if !slices.Equal(half.words, full.words) {
			t.Errorf("%q read otherwise than %q: %v against %v", c[0], c[1], half.words, full.words)
		}
	}
}

// TestFoldWord: foldWord's shortcuts for ASCII agree with Fold.
func TestFoldWord(t *testing.T) {
	for _, w := range []string{"quake", "Quake", "QUAKE", "Q1", "A321neo", "McDonald", "Ierapetra", "Æbleø", "İstanbul", "Москве", "Naïve", "ǅemal"} {
		if got, want := newWordReader("", 1, 1).foldWord(w), Fold(w); got != want {
			t.Errorf("foldWord(%q) = %q, Fold gives %q", w, got, want)
		}
	}
}

// TestIsPrefix: a capitalized word before a hyphen and a lower-case word
// is a prefix, not a name, wherever it stands in the title.
func TestIsPrefix(t *testing.T) {
	for _, c := range []struct {
		title, word string
		want        bool
	}{
		{"Ex-minister says sorry", "Ex", true},
		{"Anti-war rally in Bern", "Anti", true},
		{"Pro and Pro-growth parties", "Pro", true},
		{"Jean-Luc Mélenchon speaks", "Jean", false},
		{"Pro-Russian forces advance", "Pro", false},
		{"Ex- minister", "Ex", false},
		{"Talks end: Ex-", "Ex", false},
		{"Exeter beats Ex-Pats", "Ex", false},
		{"Über-fans queue", "Über", true},
		{"Ex", "Ex", false},
	} {
		if p := prefixesOf(c.title); p.has(c.word) != c.want {
			t.Errorf("prefixesOf(%q).has(%q) = %v, want %v", c.title, c.word, !c.want, c.want)
		}
	}
}

// TestInflections: a word is read alike with the particles, prefixes
// and endings its language writes onto it, only in that language and
// its script, and not so cut that other words become it.
func TestInflections(t *testing.T) {
	for _, tt := range []struct {
		lang  string
		forms []string
	}{
		{"ko", []string{"신선대부두", "신선대부두에서", "신선대부두서", "신선대부두의"}},
		{"ko", []string{"크레인", "크레인이", "크레인을"}},
		// names that end as a particle does: every form is cut alike
		{"ko", []string{"김정은", "김정은이", "김정은의"}},
		{"ko", []string{"우크라이나", "우크라이나에서", "우크라이나의"}},
		{"ko", []string{"벨기에", "벨기에에서"}},
		{"ko", []string{"전문가", "전문가가"}},
		{"he", []string{"שריפה", "השריפה", "והשריפה"}},
		{"ar", []string{"مصر", "مصرية", "المصرية", "والمصرية"}}, // a country's adjective is the country, as in English (demonyms)
		{"ar", []string{"مدينة", "المدينة", "بالمدينة"}},
		{"el", []string{"Ρόδος", "Ρόδο", "Ρόδου"}},
		{"az", []string{"Lənkəran", "Lənkəranda", "Lənkərandan"}},
		{"az", []string{"Gəncə", "Gəncədə", "Gəncədən"}},
		{"az", []string{"Bakı", "Bakıda"}},
		{"az", []string{"Ermənistan", "Ermənistanda", "Ermənistandan"}},
		{"az", []string{"Rusiya", "Rusiyada"}},
		{"az", []string{"Qazaxıstan", "Qazaxıstanda"}},
		// a word of another script is stemmed as in English
		{"el", []string{"Oscar", "Oscars"}},
		{"he", []string{"Oscar", "Oscars"}},
		{"ar", []string{"Oscar", "Oscars"}},
		{"ko", []string{"Oscar", "Oscars"}},
	} {
		first := readStoryWords(tt.lang, tt.forms[0], "").words
		for _, f := range tt.forms[1:] {
			n := 1 // one word, and a place the list knows ("مصر") as one more (story_places.go)
			placesIn(tt.lang, Fold(f), func(string, string) { n++ })
			if got := readStoryWords(tt.lang, f, "").words; !slices.Equal(got, first) || len(got) != n {
				t.Errorf("%s: %q read as %v, %q as %v", tt.lang, f, got, tt.forms[0], first)
			}
		}
	}
	for _, tt := range []struct{ lang, a, b string }{
		{"he", "נמל", "מל"},        // three letters are kept
		{"he", "כלכלה", "כלה"},     // economy, bride: a preposition's letter begins words too
		{"he", "הבריאות", "ריאות"}, // health, lungs
		{"he", "מקרון", "קרון"},    // Macron, wagon
		{"ar", "بولندا", "كندا"},   // Poland, Canada
		{"ar", "بوريس", "باريس"},   // Boris, Paris
		{"ar", "بحر", "حر"},        // three letters are kept
		{"en", "Ρόδος", "Ρόδο"},    // only in its language
	} {
		if a, b := readStoryWords(tt.lang, tt.a, "").words, readStoryWords(tt.lang, tt.b, "").words; slices.Equal(a, b) {
			t.Errorf("%s: %q and %q are read alike", tt.lang, tt.a, tt.b)
		}
	}
}

// TestPolishCaseEndings: in Polish a name is read as one word in any of
// its cases ("Poznań", "pod Poznaniem", "koło Poznania"), and so is a
// noun ("pociągów", "pociągi"); a short word keeps its ending.
func TestPolishCaseEndings(t *testing.T) {
	words := func(lang, title string) []uint32 { return readStoryWords(lang, title, "").words }
	common := func(a, b []uint32) int {
		n := 0
		for _, w := range a {
			if _, ok := slices.BinarySearch(b, w); ok {
				n++
			}
		}
		return n
	}
	base := words("pl", "Poznań pociągi")
	for _, title := range []string{"pod Poznaniem pociągów", "koło Poznania pociągu"} {
		if n := common(base, words("pl", title)); n != 2 {
			t.Errorf("%q shares %d words with %q, want 2", title, n, "Poznań pociągi")
		}
	}
	if n := common(words("pl", "dom"), words("pl", "domu")); n != 0 {
		t.Errorf("a three-letter stem was cut: %d shared", n)
	}
	if n := common(words("en", "Poznań"), words("en", "Poznania")); n != 0 {
		t.Errorf("English words lost a Polish ending: %d shared", n)
	}
}

// TestPrefixLanguages: in the languages that write their cases onto a
// word, a name is one word in any of its forms, by its first four
// letters ("Tampere", "Tampereen", "Tampereella"); in the others its
// forms stay apart ("Москва", "Москве"), and so do words that only
// begin alike ("police", "policy").
func TestPrefixLanguages(t *testing.T) {
	words := func(lang, title string) []uint32 { return readStoryWords(lang, title, "").words }
	for _, tt := range []struct {
		lang  string
		forms []string
		one   bool
	}{
		{"fi", []string{"Tampere", "Tampereen", "Tampereella"}, true},
		{"et", []string{"Pärnu", "Pärnus", "Pärnusse"}, true},
		{"hu", []string{"Debrecen", "Debrecenben", "debreceni"}, true},
		{"lt", []string{"Kaunas", "Kaune", "Kauno"}, true},
		{"lv", []string{"Liepāja", "Liepājā", "Liepājas"}, true},
		{"sl", []string{"Rodos", "Rodosu"}, true},
		{"az", []string{"Lənkəran", "Lənkəranda", "Lənkəranın"}, true},

		{"sr", []string{"Kraljevo", "Kraljeva", "Краљеву"}, true},
		{"ru", []string{"Москва", "Москве"}, false},
		{"pl", []string{"Wichura", "Wichrowa"}, false},
		{"en", []string{"police", "policy"}, false},
	} {
		first := words(tt.lang, tt.forms[0])
		for _, form := range tt.forms[1:] {
			if got := slices.Equal(first, words(tt.lang, form)); got != tt.one {
				t.Errorf("%s: %q and %q read as one word: %v, want %v", tt.lang, tt.forms[0], form, got, tt.one)
			}
		}
	}
	// but as a name, a beginning is no name: "Kemi" is not in
	// "Kemijärvi", nor "Budapest" in "Budaörs"; a name's cases that
	// differ only in their last vowels are ("Kaune", "Kauno")
	for _, tt := range []struct {
		lang, a, b string
		has        bool
	}{
		{"fi", "Kemi", "Kemijärvi", false},
		{"hu", "Budapest", "Budaörs", false},
		{"tr", "İzmir", "İzmit", false},
		{"lt", "Kaune", "Kauno", true},
		{"cs", "Praha", "Prahy", true},
	} {
		a := newStoryPrint(&storage.Item{Language: tt.lang, Title: "Xx " + tt.a})
		b := newStoryPrint(&storage.Item{Language: tt.lang, Title: tt.b})
		if len(a.words.titleCaps) != 2 {
			t.Fatalf("%q: names %v", tt.a, a.words.titleCaps)
		}
		if got := b.hasName(a.words.titleCaps[1]); got != tt.has {
			t.Errorf("%s: %q has the name %q: %v, want %v", tt.lang, tt.b, tt.a, got, tt.has)
		}
	}
}

// TestTitleOpeningWord: a title's first word is capitalized wherever it
// stands, so it is taken for a name only when the summary names it too,
// or it is a country.
func TestTitleOpeningWord(t *testing.T) {
	for _, tt := range []struct {
		lang, title, summary string
		opening              bool
	}{
		{"es", "Doce heridos en el fuego de un bloque de pisos en Vallecas", "Doce personas resultaron heridas en un incendio en Vallecas.", false},
		{"es", "Muere uno de los heridos graves del incendio de Vallecas", "Uno de los dos heridos graves del incendio de un edificio en Vallecas ha fallecido.", true},
		{"en", "Lisbon tram crash: 14 injured", "A tram derailed in Lisbon on Monday, injuring 14 people.", false},
		{"en", "Spanish wildfire spreads, evacuations rise to 1,800", "Firefighters fought the blaze near Chulilla as evacuations rose.", false},
		{"en", "Brussels hits Lumiq with a fine", "Lumiq was fined by the Commission.", false},
		{"en", "Quake strikes off Crete", "", false}, // nothing to tell by
	} {
		w := readStoryWords(tt.lang, tt.title, tt.summary)
		if len(w.titleCaps) == 0 {
			t.Fatalf("%q: no capitalized word", tt.title)
		}
		if got := w.titleCaps[0].opening; got != tt.opening {
			t.Errorf("%q: opening %v, want %v", tt.title, got, tt.opening)
		}
	}
}

// TestTellsPhrases: the phrases by which a report tells its news as
// following another's ("a day after"), serving readers of news already
// out ("what passengers need to know") or a figure risen ("rise to"), in
// the languages of Europe and only in the item's own.
func TestTellsPhrases(t *testing.T) {
	dayAfter, service, rise := "day after", "service", "rise"
	tells := map[string]func(w *storyWords) bool{
		dayAfter: func(w *storyWords) bool { return w.dayAfter },
		service:  func(w *storyWords) bool { return w.service },
		rise:     func(w *storyWords) bool { return w.rises },
	}
	for _, tt := range []struct {
		kind, lang, text string
		want             bool
	}{
		{dayAfter, "en", "Skyvane cabin crew will strike, a day after a pilots' walkout", true},
		{dayAfter, "en", "A day after the vote, counting goes on", true},
		{dayAfter, "", "A day after the vote, counting goes on", true},
		{dayAfter, "fr", "Une fusée Ariane 6 a décollé mardi, au lendemain d'un report", true},
		{dayAfter, "fr", "Au lendemain de l'effondrement, les habitants", true},
		{dayAfter, "de", "Ein Tag der offenen Tür, einen Tag nach der Wahl", true},
		{dayAfter, "ru", "Поставки возобновились на следующий день", true},
		{dayAfter, "tr", "Yangın bir gün sonrasında söndürüldü", true}, // the phrase's last word goes on
		{dayAfter, "en", "The day's results after the vote", false},
		{dayAfter, "en", "Midday after the vote, counting goes on", false},
		{dayAfter, "en", "Aday after the vote", false},                      // the phrase's space is missing
		{dayAfter, "en", "Trains run again, a  day after the storm", false}, // two spaces: no such phrase
		{dayAfter, "en", "Trains run again the day after the storm", true},
		{dayAfter, "en", "Skyvane pilots strike over pay on Monday", false},
		{dayAfter, "de", "a day after", false}, // not German
		{service, "en", "Crete earthquake: what holidaymakers need to know", true},
		{service, "", "Skyvane strike: What passengers need to know", true},
		{service, "fr", "Incendie de l'Estaque : ce qu'il faut savoir ce mercredi", true},
		{service, "fr", "Incendie de l’Estaque : ce qu’il faut savoir", true},
		{service, "de", "Bahnchaos in Hamburg: Was Pendler jetzt wissen müssen", true},
		{service, "de", "Tramstreik am Donnerstag – das müssen Fahrgäste wissen", true},
		{service, "it", "Aeroporto di Catania, cosa sapere se hai un volo", true},
		{service, "uk", "Злива в Одесі: що потрібно знати мешканцям", true},
		{service, "en", "Crete earthquake injures 11", false},
		{service, "de", "Wissen: Müssen Pendler zahlen?", false}, // the parts out of order
		{service, "fr", "need to know", false},                   // not French
		// a column of briefs reprints yesterday's news, in any language
		{service, "de", "Kurz notiert: Hafenbrand gelöscht", true},
		{service, "pl", "Krótko: pogorzelisko w Komornikach", true},
		{service, "sv", "Kort om: Tågen rullar igen förbi Hallsberg", true},
		{service, "en", "News in brief – Ferry refloated off Mull", true},
		{service, "de", "Aus der Region", true},
		{service, "de", "KURZ NOTIERT - Hafenbrand gelöscht", true},
		{service, "en", "Regional round-up", true},
		{service, "en", "Round-up of the Tour de France stage", false},
		{service, "de", "Kurzarbeit: Autozulieferer streicht Schichten", false},
		{service, "en", "Briefly, the minister resigned", false},
		{rise, "en", "Bristol measles: cases rise to 17 as third school affected", true},
		{rise, "en", "Death toll from fuel depot explosion rises to 170", true},
		{rise, "de", "Zahl der Verletzten steigt auf 23", true},
		{rise, "pl", "Liczba rannych wzrosła do 23", true},
		{rise, "en", "Measles outbreak in Bristol: 14 cases confirmed", false},
		{rise, "de", "rises to", false},                    // not German
		{rise, "de", "Umstieg auf 12 Elektroautos", false}, // a phrase's letters ending a word
		// Chinese, in either script, where a word starts anywhere; Serbian in either alphabet
		{rise, "zh", "沪蓉高速多车相撞事故死亡人数升至3人", true},
		{rise, "zh", "永康街餐廳火警增為2人受傷", true},
		{rise, "zh", "永康街餐厅火警2人受伤", false},
		{rise, "sr", "Broj povređenih u Nišu porastao na 12", true},
		{rise, "sr", "Број повређених у Нишу порастао на 12", true},
		// a figure raised by someone, in Spanish and Portuguese; Arabic's
		// toll; Japanese, where a word starts anywhere; a language that
		// says "to" by the number's case reaches it
		{rise, "es", "Los bomberos elevan a 60 los rescatados por la tromba de agua en Murcia", true},
		{rise, "es", "Una tromba de agua obliga a rescatar a 25 personas en Murcia", false},
		{rise, "pt", "Número de desalojados em Porto Alegre sobe para 340", true},
		{rise, "ar", "المغرب: ارتفاع حصيلة انهيار منزل في فاس إلى 5 قتلى", true},
		{rise, "ar", "مقتل 3 وإصابة 4 في انهيار منزل قديم في فاس", false},
		{rise, "ja", "仙台の地震、けが人5人に増加", true},
		{rise, "ja", "仙台で震度5弱、けが人3人", false},
		{rise, "ro", "Numărul victimelor a crescut la 7", true},
		{rise, "el", "Ο αριθμός των νεκρών αυξήθηκε σε 5", true},
		{rise, "th", "ยอดผู้เสียชีวิตเพิ่มเป็น 5 ราย", true},
		{rise, "es", "rises to 5", false}, // not Spanish
		// not a verb of arriving, of being promoted, of boarding, nor a
		// rise by some percent
		{rise, "az", "Humanitar yardım karvanı 30 yük maşını ilə Parisə çatıb", false},
		{rise, "es", "Tres equipos ascienden a Segunda tras la jornada 38", false},
		{rise, "he", "ראש הממשלה עלה לטיסה ל-3 ימים", false},
		{rise, "he", "מספר ההרוגים בשריפה עלתה לטיסה", false},
		{rise, "ko", "수출 7% 늘어", false},
		// a figure within the phrase, right between its words
		{rise, "ur", "لیاری عمارت حادثہ، جاں بحق افراد کی تعداد ۹ ہو گئی", true},
		{rise, "ur", "شائقین کی بڑی تعداد کے سامنے کراچی کی 3 وکٹوں سے جیت، پشاور کی مہم ختم ہو گئی", false},
		{rise, "fa", "شمار کشته\u200cهای آتش\u200cسوزی به ۵ نفر رسید", true},
		{rise, "fa", "دیدار استقلال و تراکتور با تساوی ۱ بر ۱ به پایان رسید", false},
		{rise, "ko", "신선대부두 크레인 붕괴 부상자 3명으로 늘어", true},
		{rise, "ko", "수출 7% 늘어", false},
		{rise, "hi", "चमोली हादसे में मृतकों की संख्या बढ़कर 5 हो गई", true},
		{rise, "hi", "सेंसेक्स 500 अंक बढ़कर बंद", false},
		{rise, "ur", "لیاری عمارت حادثہ، جاں بحق افراد کی تعداد بڑھ کر 9 ہوگئی", true},
		{rise, "ko", "크레인 붕괴 부상자 3명으로 늘었다", true},
		{rise, "hi", "हादसे में मृतकों की संख्या बढ़कर 5 हुई", true},
		{rise, "hi", "हादसे में मृतकों की संख्या ब\u095dकर 5 हुई", true}, // ढ़ as one letter
		{rise, "fa", "شمار مصدومان به ۱۲ نفر افزایش یافت", true},
		{rise, "bn", "মিরপুরের কারখানার আগুন, মৃতের সংখ্যা বেড়ে ৫", true},
		{rise, "ta", "சென்னை விபத்தில் பலி எண்ணிக்கை 5 ஆக உயர்வு", true},
		{rise, "he", "מספר ההרוגים בשריפה בחיפה עלה ל-5", true},
	} {
		w := readStoryWords(tt.lang, tt.text, "")
		if got := tells[tt.kind](&w); got != tt.want {
			t.Errorf("%s, %s %q: %v, want %v", tt.kind, tt.lang, tt.text, got, tt.want)
		}
	}
}

// TestDayAfterInLead: an item tells its news as following another's when
// its title or its summary's lead says so, not when only a later
// paragraph of background does.
func TestDayAfterInLead(t *testing.T) {
	filler := strings.Repeat("The ferry operator said services would resume within hours. ", 8)
	for _, tt := range []struct {
		name, title, summary string
		want                 bool
	}{
		{"title", "Cabin crew strike, a day after a pilots' walkout", "Skyvane cabin crew walked out.", true},
		{"lede", "Skyvane cabin crew strike", "Cabin crew walked out a day after a pilots' walkout.", true},
		{"past the lead", "Skyvane cabin crew strike", "Cabin crew walked out. " + filler + "A day after the vote, counting went on.", false},
		{"nowhere", "Skyvane cabin crew strike", "Cabin crew walked out. " + filler, false},
	} {
		if got := readStoryWords("en", tt.title, tt.summary).dayAfter; got != tt.want {
			t.Errorf("%s: dayAfter %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestTitleWeekdays: the days of the week a title names, in the forms
// titles use, in the languages listed and not in others.
func TestTitleWeekdays(t *testing.T) {
	const mon, tue, wed, thu, fri, sat = 1, 2, 4, 8, 16, 32
	for _, tt := range []struct {
		lang, title string
		days        uint8
	}{
		{"en", "Tube strike on Monday and Tuesday", mon | tue},
		{"", "Monday's quake: what we know", mon},
		{"de", "Warnstreik: Trambahnen stehen am Donnerstag still", thu},
		{"fr", "Grève RATP : le mouvement reconduit mardi", tue},
		{"pl", "Utrudnienia w środę na moście", wed},
		{"ru", "Метро закроют в пятницу", fri},
		{"sv", "Allsvenskan: resultat från lördagens matcher", sat},
		{"es", "Huelga de metro el miércoles", wed},
		{"en", "Strike called at the port", 0},
		{"pt", "Greve na segunda-feira", 0}, // "segunda" is also "second"
	} {
		if got := readStoryWords(tt.lang, tt.title, "").titleDays; got != tt.days {
			t.Errorf("%s %q: days %06b, want %06b", tt.lang, tt.title, got, tt.days)
		}
	}
}

// TestTitleSentenceOpeners: a capitalized word that begins a sentence
// within a title ("… zamknięty. Inspektorzy wykryli…") is no name unless
// the summary names it too, as a title's first word is not; a word
// after a colon or in mid-sentence keeps its capital's meaning.
func TestTitleSentenceOpeners(t *testing.T) {
	for _, tt := range []struct {
		lang, title, summary string
		opening              []bool // of the title's capitalized words, in order
	}{
		{"pl", "Most Łazienkowski zamknięty. Inspektorzy wykryli pęknięcie", "Most Łazienkowski w Warszawie zamknięto po wykryciu pęknięcia.",
			[]bool{false, false, true}},
		{"pl", "Nawałnica nad Pomorzem. Gdańsk bez prądu", "Nawałnica pozbawiła prądu mieszkańców Gdańska i okolic; Gdańsk liczy straty.",
			[]bool{false, false}}, // a storm is no name (story_synonyms.go)
		{"en", "Quake off Crete! Tourists flee hotels", "A strong quake off Crete sent guests running from hotels in Ierapetra.",
			[]bool{false, true}},
		{"pl", "Most Łazienkowski zamknięty. Gdańsk bez prądu", "Most Łazienkowski zamknięto; Gdańsk liczy straty.",
			[]bool{false, false, false}},
		{"en", "Lisbon tram crash: Carris blames brakes", "Carris said the brakes of the Lisbon tram failed.",
			[]bool{false, false}},
	} {
		w := readStoryWords(tt.lang, tt.title, tt.summary)
		var got []bool
		for _, nw := range w.titleCaps {
			got = append(got, nw.opening)
		}
		if !slices.Equal(got, tt.opening) {
			t.Errorf("%q: opening %v, want %v", tt.title, got, tt.opening)
		}
	}
}

// TestColumnNameIsNotRead: the name of a column of briefs is a paper's
// furniture, read as a service report's mark, not as words of the news:
// two briefs of one column on different news share none of its words.
func TestColumnNameIsNotRead(t *testing.T) {
	for _, tt := range []struct{ lang, title, news string }{
		{"de", "Kurz notiert: Hafenbrand gelöscht", "Hafenbrand gelöscht"},
		{"en", "News in brief - Ferry service resumes", "Ferry service resumes"},
		{"pl", "Krótko: pogorzelisko w Komornikach", "pogorzelisko w Komornikach"},
	} {
		got, want := readStoryWords(tt.lang, tt.title, ""), readStoryWords(tt.lang, tt.news, "")
		if !slices.Equal(got.words, want.words) {
			t.Errorf("%q reads %d words, %q %d: the column's name is read", tt.title, len(got.words), tt.news, len(want.words))
		}
		if !got.service {
			t.Errorf("%q: not read as a column of briefs", tt.title)
		}
	}
}

// TestOtherScriptsDigits: digits of other scripts are read as numbers,
// and reading a title with them ends: "۱" once made reading loop for
// ever on the same spot, which any feed could send.
func TestOtherScriptsDigits(t *testing.T) {
	for _, title := range []string{"cambias۱nda 12", "انفجار في بيروت: ١٢ قتيلاً", "दिल्ली में १२ घायल", "地震で１２人けが", "۱", "x٣"} {
		done := make(chan storyWords, 1)
		go func() { done <- readStoryWords("nl", title, "A summary with ٤٥ in it.") }()
		select {
		case w := <-done:
			if len(w.titleNums) == 0 {
				t.Errorf("%q: no number read in the title", title)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%q: reading does not end", title)
		}
	}
}

// TestStopWordsAreNotRead reads every stop word of every language, as
// listed, capitalized and in capitals, and finds no word: the lists are
// written folded, as the reader folds a title's words ("Für", "FÜR").
func TestStopWordsAreNotRead(t *testing.T) {
	for lang, list := range stopWords {
		for _, w := range strings.Fields(list) {
			r, size := utf8.DecodeRuneInString(w)
			for _, form := range []string{w, string(unicode.ToUpper(r)) + w[size:], strings.ToUpper(w)} {
				if got := readStoryWords(lang, form, ""); len(got.words) != 0 {
					t.Errorf("%s: stop word %q read as %d words", lang, form, len(got.words))
				}
			}
		}
	}
}

// TestDigitValue: a digit of any script is worth what it says, in the
// basic plane and beyond it.
func TestDigitValue(t *testing.T) {
	for _, tt := range []struct {
		r    rune
		want byte
	}{
		{'0', 0}, {'9', 9}, {'٣', 3}, {'۷', 7}, {'७', 7}, {'๕', 5}, {'９', 9}, {'𝟘', 0}, {'𝟡', 9}, {'𝟫', 9},
	} {
		if got, ok := digitValue(tt.r); !ok || got != tt.want {
			t.Errorf("%q (%U): %d %v, want %d", tt.r, tt.r, got, ok, tt.want)
		}
	}
	for _, r := range []rune{'a', '٫', '½', 'Ⅷ', '①'} {
		if _, ok := digitValue(r); ok {
			t.Errorf("%q (%U) read as a digit", r, r)
		}
	}
}

// TestTwoScriptsReadAsOne: a report and its copy in the other script of
// its language, Serbian in Cyrillic and Latin letters, Chinese in
// Traditional and Simplified characters, are read as the same words and
// are one story; Russian Cyrillic is read as written.
func TestTwoScriptsReadAsOne(t *testing.T) {
	t0 := time.Date(2026, 11, 2, 8, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		name                       string
		langA, titleA, summaryA    string
		langB, titleB, summaryB    string
		otherLang, other, otherAlt string // read apart
	}{
		{"Serbian", "sr", "Пожар у хали у Новом Саду, ватрогасци на терену", "Ђорђе Јовановић, шеф ватрогасаца, рекао је да нема повређених у пожару у Футошкој улици.",
			"sr-Latn", "Požar u hali u Novom Sadu, vatrogasci na terenu", "Đorđe Jovanović, šef vatrogasaca, rekao je da nema povređenih u požaru u Futoškoj ulici.",
			"ru", "Пожар", "Pozar"},
		{"Chinese", "zh-TW", "花蓮縣發生規模5.2級地震", "中央氣象署說，地震發生在花蓮縣近海，深度15公里，暫無傷亡報告。",
			"zh-CN", "花莲县发生规模5.2级地震", "中央气象署说，地震发生在花莲县近海，深度15公里，暂无伤亡报告。",
			"", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := newStoryPrint(&storage.Item{Language: tt.langA, Published: t0, Sources: []string{"a"}, NormLink: "https://a.example/1", Title: tt.titleA, Summary: tt.summaryA})
			b := newStoryPrint(&storage.Item{Language: tt.langB, Published: t0.Add(time.Hour), Sources: []string{"b"}, NormLink: "https://b.example/2", Title: tt.titleB, Summary: tt.summaryB})
			if !slices.Equal(a.words.words, b.words.words) {
				t.Errorf("read apart: %d words and %d", len(a.words.words), len(b.words.words))
			}
			if len(a.words.titleCaps) != len(b.words.titleCaps) {
				t.Errorf("names of the titles: %d and %d", len(a.words.titleCaps), len(b.words.titleCaps))
			}
			if v := compareStories(a, b, StoryOptions{}); !v.Same {
				t.Errorf("two stories: %s", v.Reason)
			}
			if tt.other != "" && slices.Equal(readStoryWords(tt.otherLang, tt.other, "").words, readStoryWords(tt.otherLang, tt.otherAlt, "").words) {
				t.Errorf("%s: %q read as %q", tt.otherLang, tt.other, tt.otherAlt)
			}
		})
	}
}

// TestTitleCaseNames: in a title written in Title Case, where every word
// is capitalized, a word is a name only when the summary's lead
// capitalizes it too; in a title written otherwise, as before.
func TestTitleCaseNames(t *testing.T) {
	for _, tt := range []struct {
		lang, title, summary string
		names                []string
	}{
		{"id", "Gempa M5,2 Guncang Sumbawa, Warga Berhamburan Keluar Rumah",
			"Gempa bermagnitudo 5,2 mengguncang Sumbawa, Nusa Tenggara Barat, pagi ini. Warga berhamburan keluar rumah.", []string{"sumbawa"}},
		{"en", "Storm Ciara Batters Cornwall As Trains Are Cancelled",
			"Storm Ciara battered Cornwall on Sunday and trains were cancelled across the South West.", []string{"ciara", "cornwall"}}, // "Storm" begins the lead's sentence
		{"en", "Storm batters Cornwall as trains are cancelled", "Trains were cancelled.", []string{"cornwall"}}, // not Title Case
	} {
		text := map[uint32]string{}
		w := readStoryText(tt.lang, tt.title, tt.summary, text)
		s := newWordStats()
		var names []string
		for _, nw := range w.titleCaps {
			if s.isTitleName(nw) {
				names = append(names, text[nw.word])
			}
		}
		if !slices.Equal(names, tt.names) {
			t.Errorf("%q: names %q, want %q", tt.title, names, tt.names)
		}
	}
}

// datelinePlace is the place of a summary's dateline, "" for none.
func datelinePlace(s string) string {
	_, place := cutDateline("", s)
	return place
}
