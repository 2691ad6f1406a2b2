package aggregator

import (
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// "(N보)" also numbers the installments of a paper's serial column (a
// Go game's commentary, 譜: "(11보)", "(12보)"): stripped as a version
// mark and read as an update, the one number that told two days'
// installments apart was gone, and the update flag waived the series
// check, so one source's installments a day apart became one story.
// Before 304e47e their titles disagreed on numbers; since the review's
// mend "(N보)" is stripped but is no update, and the series check keeps
// them apart.
func TestReview21NumberedInstallmentsStayApart(t *testing.T) {
	t0 := time.Date(2027, 3, 2, 1, 0, 0, 0, time.UTC)
	a := &storage.Item{ID: "a", Language: "ko-KR", Sources: []string{"paper"}, Published: t0,
		Title:   "[바둑] 제30기 명인전 결승 1국 신진서 vs 박정환 (11보)",
		Summary: "백 1로 젖힌 수가 날카로웠다. 신진서 9단은 흑 2로 물러섰고 박정환 9단이 우변을 키웠다."}
	b := &storage.Item{ID: "b", Language: "ko-KR", Sources: []string{"paper"}, Published: t0.Add(24 * time.Hour),
		Title:   "[바둑] 제30기 명인전 결승 1국 신진서 vs 박정환 (12보)",
		Summary: "흑 1의 끊음이 승부수였다. 박정환 9단은 백 2로 받았고 신진서 9단이 좌상귀를 살렸다."}
	if v := compareStories(newStoryPrint(a), newStoryPrint(b), StoryOptions{}); v.Same {
		t.Errorf("a column's 11th and 12th installments, a day apart, are one story: %s", v.Reason)
	}
}

// A version's number with a leading zero is the same version: "(01보)"
// is a first flash as "(1보)" is, and "(0보)" or "(00보)" is no version
// past the first; versionMark compares the digits as a string with "1"
// and reads all of them as updates.
func TestReview21VersionMarkLeadingZeros(t *testing.T) {
	for _, title := range []string{"울산항 하역노조 파업 돌입(01보)", "울산항 하역노조 파업 돌입(0보)", "울산항 하역노조 파업 돌입(00보)"} {
		if rest, update := wireTags(title); rest != "울산항 하역노조 파업 돌입" || update {
			t.Errorf("wireTags(%q) = %q, %v; want %q, false", title, rest, update, "울산항 하역노조 파업 돌입")
		}
	}
}

// Full-width brackets were read ("（종합）"), but not the full-width
// digits that come with them in such titles, nor a mark closed by the
// other width's bracket: the mark stayed in the title as words and a
// number, as before 304e47e.
func TestReview21VersionMarkFullWidthDigits(t *testing.T) {
	for _, tt := range []struct {
		title  string
		update bool
	}{
		{"울산항 파업 사흘째…선박 14척 대기（１보）", false},
		{"울산항 파업 사흘째…선박 14척 대기（종합２보）", true},
		{"울산항 파업 사흘째…선박 14척 대기(종합２보)", true},
		{"울산항 파업 사흘째…선박 14척 대기（종합)", true},
	} {
		if rest, update := wireTags(tt.title); rest != "울산항 파업 사흘째…선박 14척 대기" || update != tt.update {
			t.Errorf("wireTags(%q) = %q, %v; want %q, %v", tt.title, rest, update, "울산항 파업 사흘째…선박 14척 대기", tt.update)
		}
	}
}

// A bracket group after a title longer than a mark is left alone, and
// reading it costs no more than a mark's length: an 8 MB title ending
// in a bracket of spaces took 84 ms a call.
func TestReview21VersionMarkLongBracket(t *testing.T) {
	title := "울산항 파업(" + strings.Repeat(" ", 1<<20) + "종합)"
	if rest, update := wireTags(title); rest != title || update {
		t.Errorf("a title ending in a bracket of 1 MB: stripped to %d bytes, update %v", len(rest), update)
	}
}
