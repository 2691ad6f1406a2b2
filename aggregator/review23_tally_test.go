package aggregator

import (
	"testing"
	"time"
)

// Review 23: a rule (18b213b, reverted) read a whole number followed by a
// word as a count of that word, and let a later title giving a larger
// number before the same word, within 12 hours, revise the earlier's
// figures as a wire's update does (docs/stories.md, "A tally risen"). A
// number followed by a word is no tally far more often than it is: ages
// ("45 años", "40대"), ordinals of a series ("5th attack"), models
// ("Boeing 737 jets"), lines and floors ("2호선", "5층"), dates ("5
// March"), index levels of an opening and a closing report, another
// day's daily count, another incident's count. These pairs guard against
// such a rule's return.

type review23Pair struct {
	name, lang, t1, s1, t2, s2 string
	after                      time.Duration
}

func review23Measure(p review23Pair) likeness {
	return measurePairApart(p.lang, p.t1, p.s1, p.t2, p.s2, p.after)
}

// TestReview23TallyDifferentNews: pairs of different news whose later
// title gives a larger number before the same word. Each must be two
// stories; all fail on 18b213b.
func TestReview23TallyDifferentNews(t *testing.T) {
	o := StoryOptions{}.withDefaults()
	for _, p := range []review23Pair{
		// ages of two victims of two accidents: the commonest template of local news
		{"es: two motorcyclists' deaths, ages 45 and 52", "es",
			"Muere un motorista de 45 años tras chocar con un turismo en Málaga",
			"Un motorista de 45 años ha fallecido este lunes tras chocar con un turismo en la avenida de Velázquez, en Málaga, según informó el 112 de Andalucía.",
			"Muere un motorista de 52 años tras chocar con un turismo en Málaga",
			"Un motorista de 52 años ha fallecido este lunes tras chocar con un turismo en la carretera de Cádiz, en Málaga, según informó el 112 de Andalucía.", 7 * time.Hour},
		{"it: 45enne and 52enne", "it",
			"Incidente stradale a Bari, muore un 45enne in scooter",
			"Un uomo di 45 anni è morto in un incidente stradale a Bari: il suo scooter si è scontrato con un'auto in via Amendola, hanno detto i vigili.",
			"Incidente stradale a Bari, muore un 52enne in scooter",
			"Un uomo di 52 anni è morto in un incidente stradale a Bari: il suo scooter si è scontrato con un furgone sulla statale 16, hanno detto i vigili.", 7 * time.Hour},
		{"fr: two men shot, 45 and 52 ans", "fr",
			"Lyon : un homme de 45 ans tué par balle",
			"Un homme de 45 ans a été tué par balle dans la nuit de dimanche à lundi dans le 8e arrondissement de Lyon, a indiqué le parquet de Lyon.",
			"Lyon : un homme de 52 ans tué par balle",
			"Un homme de 52 ans a été tué par balle lundi après-midi dans le 9e arrondissement de Lyon, a indiqué le parquet de Lyon.", 10 * time.Hour},
		{"ko: drivers in their 40s and 60s", "ko",
			"부산서 교통사고…40대 운전자 숨져",
			"13일 오전 7시쯤 부산 해운대구 한 교차로에서 승용차와 트럭이 충돌해 승용차 운전자 40대 A씨가 숨졌다.",
			"부산서 교통사고…60대 운전자 숨져",
			"13일 오후 4시쯤 부산 사하구 한 도로에서 승용차가 가로수를 들이받아 운전자 60대 B씨가 숨졌다.", 9 * time.Hour},
		{"ja: two fires, men in their 60s and 80s", "ja",
			"大阪市で火事 60代の男性死亡",
			"1日未明、大阪市生野区の住宅で火事があり、焼け跡から60代の男性が見つかり、死亡が確認されました。",
			"大阪市で火事 80代の男性死亡",
			"1日午後、大阪市西成区のアパートで火事があり、80代の男性が病院に運ばれましたが、死亡が確認されました。", 9 * time.Hour},
		// ordinals of a series: each is another event
		{"en: 5th and 6th missile attack", "en",
			"Kyiv hit by 5th Russian missile attack this month",
			"Russia launched missiles at Kyiv overnight, the fifth such attack on the capital this month; two people were injured in the Obolon district.",
			"Kyiv hit by 6th Russian missile attack this month",
			"Russia launched missiles at Kyiv on Thursday afternoon, the sixth such attack on the capital this month; a power plant in the Darnytsia district was hit.", 9 * time.Hour},
		// identifiers followed by a noun
		{"en: Boeing 737 and 787 directives", "en",
			"FAA orders inspections of Boeing 737 jets over faulty wiring",
			"The Federal Aviation Administration ordered airlines to inspect Boeing 737 jets for faulty wiring in the cockpit that could cause instruments to fail.",
			"FAA orders inspections of Boeing 787 jets over fuel pump issue",
			"The Federal Aviation Administration ordered airlines to inspect Boeing 787 jets over a fuel pump issue that could lead to engine shutdowns.", 5 * time.Hour},
		{"ko: subway lines 2 and 4 delayed", "ko",
			"서울 지하철 2호선 운행 지연…출근길 혼잡",
			"13일 오전 8시쯤 서울 지하철 2호선 강남역에서 열차 고장으로 운행이 20분가량 지연됐다.",
			"서울 지하철 4호선 운행 지연…퇴근길 혼잡",
			"13일 오후 6시쯤 서울 지하철 4호선 사당역에서 신호 장애로 열차 운행이 30분가량 지연됐다.", 10 * time.Hour},
		{"ko: fires on the 5th and the 12th floor", "ko",
			"인천 아파트 5층서 불…주민 대피",
			"13일 오전 인천 남동구 한 아파트 5층에서 불이 나 주민 20여명이 대피했다.",
			"인천 아파트 12층서 불…주민 대피",
			"13일 오후 인천 서구 한 아파트 12층에서 불이 나 주민 30여명이 대피했다.", 7 * time.Hour},
		// dates
		{"en: strikes on 5 and 12 March by two unions", "en",
			"Lisbon metro strike set for 5 March",
			"Lisbon metro workers will stop work on 5 March in a dispute over pay, their union said on Monday.",
			"Lisbon metro strike set for 12 March",
			"Lisbon metro workers will stop work on 12 March in a dispute over night shifts, a second union said on Monday.", 6 * time.Hour},
		// a market's opening and closing reports
		{"en: Nikkei open and close", "en",
			"Nikkei opens 200 points higher",
			"Japan's Nikkei share average opened 200 points higher on Tuesday, tracking overnight gains on Wall Street.",
			"Nikkei closes 450 points higher",
			"Japan's Nikkei share average closed 450 points higher on Tuesday as exporters rallied on a weaker yen.", 6 * time.Hour},
		{"es: Ibex 35 open and close", "es",
			"El Ibex 35 abre al alza y recupera los 11.900 puntos",
			"El principal indicador de la Bolsa española abrió la sesión del martes con subidas y recuperó los 11.900 puntos.",
			"El Ibex 35 cierra al alza y conquista los 12.000 puntos",
			"El principal indicador de la Bolsa española cerró la sesión del martes con ganancias y superó los 12.000 puntos por primera vez en el año.", 8 * time.Hour},
		{"de: DAX open and close", "de",
			"DAX startet mit 100 Punkten im Plus",
			"Der deutsche Leitindex DAX ist am Dienstagmorgen mit einem Plus von 100 Punkten in den Handel gestartet, gestützt von Autowerten.",
			"DAX schließt mit 250 Punkten im Plus",
			"Der deutsche Leitindex DAX hat den Handel am Dienstagabend mit einem Plus von 250 Punkten beendet, gestützt von Autowerten.", 9 * time.Hour},
		// a measure of one road at two rush hours
		{"de: morning and evening jam on the A8", "de",
			"A8 bei München: 15 Kilometer Stau",
			"Im morgendlichen Berufsverkehr staut sich der Verkehr auf der A8 zwischen Holzkirchen und München auf 15 Kilometern.",
			"A8 bei München: 20 Kilometer Stau",
			"Im abendlichen Feierabendverkehr staut sich der Verkehr auf der A8 zwischen München und Holzkirchen auf 20 Kilometern.", 9 * time.Hour},
		// daily new cases of two days
		{"es: Monday's and Tuesday's new cases", "es",
			"Madrid registra 1.200 nuevos contagios de covid",
			"La Comunidad de Madrid ha notificado este lunes 1.200 nuevos contagios de covid, según los datos de la Consejería de Sanidad.",
			"Madrid registra 1.450 nuevos contagios de covid",
			"La Comunidad de Madrid ha notificado este martes 1.450 nuevos contagios de covid, según los datos de la Consejería de Sanidad.", 11 * time.Hour},
		{"ja: the 1st's and the 2nd's new cases", "ja",
			"東京都 新たに1200人感染確認",
			"東京都は1日、新型コロナウイルスの感染者を新たに1200人確認したと発表しました。",
			"東京都 新たに1450人感染確認",
			"東京都は2日、新型コロナウイルスの感染者を新たに1450人確認したと発表しました。", 11 * time.Hour},
		// two figures of one unit that measure different things
		{"en: inflation rate then policy rate, both percent", "en",
			"Turkish inflation climbs to 61 percent",
			"Turkey's annual consumer price inflation rose to 61 percent, the statistics institute said on Monday.",
			"Turkish central bank lifts key rate to 65 percent",
			"Turkey's central bank raised its one-week repo rate to 65 percent on Monday, as inflation keeps climbing.", 6 * time.Hour},
		// two incidents of one kind in one place
		{"en: two Chicago shootings", "en",
			"Chicago shooting leaves 3 wounded",
			"Three people were wounded in a shooting in the Englewood neighbourhood of Chicago early on Saturday, police said.",
			"Chicago shooting: 5 wounded at house party",
			"Five people were wounded when gunfire broke out at a house party in the Austin neighbourhood of Chicago on Saturday evening, police said.", 11 * time.Hour},
		{"en: two cocaine seizures at Antwerp", "en",
			"Police seize 200 kg of cocaine in Antwerp port",
			"Belgian customs found 200 kg of cocaine hidden in a container of bananas from Ecuador at the port of Antwerp, prosecutors said.",
			"Antwerp port: 500 kg of cocaine seized in container of pineapples",
			"Customs officers seized 500 kg of cocaine in a shipment of pineapples from Costa Rica at Antwerp port, prosecutors said.", 8 * time.Hour},
	} {
		t.Run(p.name, func(t *testing.T) {
			if l := review23Measure(p); l.same(o) {
				t.Errorf("%q then %q: one story (%.2f similar, conflict %q); want two", p.t1, p.t2, l.similarity, l.conflict)
			}
		})
	}
}
