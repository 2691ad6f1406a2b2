package aggregator

import (
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// Korean agencies mark a report's version after its title: "(종합)" or
// "(종합2보)", the report rewritten with what came since, is an update;
// "(1보)" and "(속보)", a first flash, are stripped and are not; "(2보)"
// stays, its number one of the title's (a column's instalments are
// numbered so too).
func TestKoreanVersionMarks(t *testing.T) {
	checkWireTags(t, []wireTagRow{
		{"울산항 파업 사흘째…선박 9척 대기(종합)", "울산항 파업 사흘째…선박 9척 대기", true},
		{"울산항 파업 사흘째…선박 9척 대기 (종합)", "울산항 파업 사흘째…선박 9척 대기", true},
		{"울산항 파업 사흘째…선박 14척 대기(종합2보)", "울산항 파업 사흘째…선박 14척 대기", true},
		{"울산항 파업 사흘째…선박 14척 대기(종합 2보)", "울산항 파업 사흘째…선박 14척 대기", true},
		{"울산항 파업 사흘째…선박 14척 대기(2보)", "울산항 파업 사흘째…선박 14척 대기(2보)", false},
		{"울산항 파업 사흘째…선박 14척 대기（종합）", "울산항 파업 사흘째…선박 14척 대기", true},
		{"울산항 하역노조 파업 돌입(1보)", "울산항 하역노조 파업 돌입", false},
		{"울산항 하역노조 파업 돌입(속보)", "울산항 하역노조 파업 돌입", false},
		{"[속보] 울산항 하역노조 파업 돌입(종합)", "울산항 하역노조 파업 돌입", true},
		// the roundup's mark before the title, and Japanese papers'
		// follow-up and full report
		{"[종합] 울산항 하역노조 파업 사흘째", "울산항 하역노조 파업 사흘째", true},
		{"【続報】福岡・博多区の倉庫火災、けが人は3人に", "福岡・博多区の倉庫火災、けが人は3人に", true},
		{"【詳報】福岡・博多区の倉庫火災 約5時間後に鎮火", "福岡・博多区の倉庫火災 約5時間後に鎮火", true},
		// brackets that mark no version stay
		{"울산 북구 아파트서 불(사진)", "울산 북구 아파트서 불(사진)", false},
		{"울산시, 항만 지원금 12억원 편성(2024년)", "울산시, 항만 지원금 12억원 편성(2024년)", false},
		{"울산 남구 공장 화재 (3명 부상)", "울산 남구 공장 화재 (3명 부상)", false},
		{"Strike at Ulsan port (update)", "Strike at Ulsan port (update)", false},
		{"Strike ends (2)", "Strike ends (2)", false},
	})
}

// wireTagRow is a title, what wireTags leaves of it and whether it reads
// an update.
type wireTagRow struct {
	title, rest string
	update      bool
}

func checkWireTags(t *testing.T, rows []wireTagRow) {
	t.Helper()
	for _, tt := range rows {
		if rest, update := wireTags(tt.title); rest != tt.rest || update != tt.update {
			t.Errorf("wireTags(%q) = %q, %v; want %q, %v", tt.title, rest, update, tt.rest, tt.update)
		}
	}
}

// A Korean agency's report marked "(종합)", its later version with a
// rising count, is one story with its first report, as an "UPDATE 1-"
// is: its new figure is no disagreement.
func TestKoreanConsolidatedUpdateJoins(t *testing.T) {
	t0 := time.Date(2027, 3, 2, 1, 0, 0, 0, time.UTC)
	first := &storage.Item{ID: "a", Language: "ko-KR", Sources: []string{"wire"}, Published: t0,
		Title:   "광주공항 안개로 항공편 23편 결항",
		Summary: "(광주=가람통신) 최민수 기자 = 짙은 안개가 낀 2일 오전 광주공항에서 항공편 23편이 결항했다. 한국공항공사 광주지사는 시정이 100m 안팎에 그쳐 이착륙이 어렵다고 밝혔다."}
	later := &storage.Item{ID: "b", Language: "ko-KR", Sources: []string{"wire"}, Published: t0.Add(3 * time.Hour),
		Title:   "광주공항 안개 결항 41편으로 늘어(종합)",
		Summary: "(광주=가람통신) 최민수 기자 = 짙은 안개가 이어진 2일 광주공항의 결항 편수가 낮 12시 현재 41편으로 늘었다. 한국공항공사 광주지사는 오후부터 시정이 나아질 것으로 내다봤다."}
	v := compareStories(newStoryPrint(first), newStoryPrint(later), StoryOptions{})
	if !v.Same {
		t.Errorf("a report and its (종합) update: %s", v.Reason)
	}
}

// The updates and flashes of Catalan's, Galician's, Basque's,
// Norwegian's, Icelandic's and Irish's agencies, and their papers'
// columns of briefs (blind22's tuning half).
func TestEdgeLanguagesTags(t *testing.T) {
	checkWireTags(t, []wireTagRow{
		{"ACTUALITZACIÓ: L'incendi de Reus crema 300 hectàrees", "L'incendi de Reus crema 300 hectàrees", true},
		{"ACTUALITZAT 1-L'incendi de Reus, estabilitzat", "L'incendi de Reus, estabilitzat", true},
		{"EGUNERATUA: Irungo suteak 40 hektarea erre ditu", "Irungo suteak 40 hektarea erre ditu", true},
		{"UPPFÆRT: Skjálftinn við Egilsstaði var 4,1 að stærð", "Skjálftinn við Egilsstaði var 4,1 að stærð", true},
		{"NUASHONRÚ: Tuilte i Luimneach – 60 teach buailte", "Tuilte i Luimneach – 60 teach buailte", true},
		{"URXENTE: Incendio nun almacén de Ourense", "Incendio nun almacén de Ourense", false},
		{"AZKEN ORDUA: Sutea Gernikako lantegi batean", "Sutea Gernikako lantegi batean", false},
		{"SISTE: Brann i Trondheim sentrum", "Brann i Trondheim sentrum", false},
		{"NÝJUSTU FRÉTTIR: Skjálfti fannst í Reykjanesbæ", "Skjálfti fannst í Reykjanesbæ", false},
		{"NUACHT LE FÁIL: Tine i Sligeach", "Tine i Sligeach", false},
		// "siste" is a word too, "last": only the agency's capitals tag
		{"Siste: Brann i Trondheim sentrum", "Siste: Brann i Trondheim sentrum", false},
	})
	for _, title := range []string{"En breu: Incendi a Reus", "Laburrean: Sutea Irunen", "Kort fortalt: Brann i Bodø",
		"Stutt: Skjálfti við Egilsstaði", "Go hachomair: Tuilte i Luimneach"} {
		if _, column := briefColumn(title); !column {
			t.Errorf("briefColumn(%q): no column", title)
		}
	}
}
